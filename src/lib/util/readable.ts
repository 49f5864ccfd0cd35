/**
 * Text from a file, a link or a paste, made fit to quote inside a message. Characters that are
 * invisible or turn the direction of what follows (a right-to-left override, zero-width spaces,
 * line separators) are written as `\u` escapes, so a quoted value cannot hide or reverse the
 * words around it; past `max` characters it is cut with an ellipsis, so a megabyte of text quoted
 * back does not flood the page. Markup needs nothing here: the page shows messages as text.
 *
 * @example readable('gnp\u202E.exe') === 'gnp\\u202e.exe'
 */
export function readable(text: string, max = 200): string {
	const cut = text.length > max ? `${text.slice(0, max)}…` : text;
	return cut.replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, (char) => {
		const hex = char.codePointAt(0)!.toString(16);
		return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
	});
}
