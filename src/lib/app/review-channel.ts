/**
 * Tabs studying at once keep in step: each tells the others about every card it reviews or
 * restores, so no tab shows a card another just graded, and the daily new-card count is shared.
 */
import type { CardRecord } from '$lib/srs/types';

/** A card another tab stored, and the change it made to the new cards introduced today. */
export interface CardChange {
	record: CardRecord;
	introduced: -1 | 0 | 1;
}

const CHANNEL = 'repaso-cards';

/**
 * Listens to other tabs' card changes until the returned function is called; `announce` tells the
 * others. Without BroadcastChannel (old browsers) both do nothing: the commit still schedules from
 * the stored card.
 * @example const cards = cardChannel((change) => session.changedElsewhere(change.record, change.introduced));
 */
export function cardChannel(
	onChange: (change: CardChange) => void,
	open: (name: string) => BroadcastChannel | undefined = (name) =>
		typeof BroadcastChannel === 'undefined' ? undefined : new BroadcastChannel(name)
): { announce(change: CardChange): void; close(): void } {
	const channel = open(CHANNEL);
	if (channel) channel.onmessage = (event: MessageEvent<CardChange>) => onChange(event.data);
	return {
		announce: (change) => channel?.postMessage(change),
		close: () => channel?.close()
	};
}
