/** What the install prompt needs to know about the browser; pure so it is testable. */

/**
 * iOS Safari offers no install prompt event: people add the app from the Share menu instead.
 * iPadOS reports itself as a Mac, so touch support tells the two apart.
 * @example isIosSafari('Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) … Safari/604.1', 5) === true
 */
export function isIosSafari(userAgent: string, maxTouchPoints: number): boolean {
	const appleMobile =
		/iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
	const otherBrowser = /CriOS|FxiOS|EdgiOS|OPiOS/.test(userAgent);
	return appleMobile && !otherBrowser && /Safari/.test(userAgent);
}

/**
 * Running from the home screen: the display-mode media query, or Safari's own flag.
 * @example isStandalone(true, undefined) === true
 */
export function isStandalone(
	displayModeStandalone: boolean,
	navigatorStandalone?: boolean
): boolean {
	return displayModeStandalone || navigatorStandalone === true;
}
