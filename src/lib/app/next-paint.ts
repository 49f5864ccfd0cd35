/**
 * Resolves once the browser has painted what the page shows now. Work that holds the main thread
 * (reading a large backup) waits for it, so the learner sees the step it is on before it starts.
 *
 * @example status = 'Checking…'; await nextPaint(); parse(text);
 */
export function nextPaint(): Promise<void> {
	// A frame callback runs just before the paint; a task queued from it runs just after.
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}
