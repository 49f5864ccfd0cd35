/**
 * The names a result code can carry. A code has room for a short name only, so names are kept to
 * lower-case letters (with the Spanish accents and ñ), digits, spaces and - ' . and shown with a
 * capital at the start of each word: "maría josé" comes back as "María José".
 */

/** The symbols a name is spelled with; its length is the base names are coded in. */
export const NAME_ALPHABET = " abcdefghijklmnopqrstuvwxyzáéíóúüñ-'.0123456789";

const WORD_START = /(^|[ \-'])(\p{Ll})/gu;

/**
 * The name as a result code will give it back: trimmed, single spaces, other accents dropped,
 * anything else left out, and each word capitalised.
 *
 * @example nameForCode('  maría   O’BRIEN ') // → "María O'Brien"
 */
export function nameForCode(raw: string): string {
	let spelled = '';
	for (const char of raw.normalize('NFC').toLowerCase().replace(/[’‘`]/g, "'")) {
		if (NAME_ALPHABET.includes(char)) spelled += char;
		else if (/\s/.test(char)) spelled += ' ';
		else {
			const plain = char.normalize('NFD').replace(/\p{M}/gu, '');
			if (plain.length === 1 && NAME_ALPHABET.includes(plain)) spelled += plain;
		}
	}
	return spelled
		.replace(/ +/g, ' ')
		.trim()
		.replace(WORD_START, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** The symbol index of each character of a name made by {@link nameForCode}. */
export function nameSymbols(name: string): number[] {
	return [...name.toLowerCase()].map((char) => NAME_ALPHABET.indexOf(char));
}

/** The inverse of {@link nameSymbols}, capitalised as {@link nameForCode} does. */
export function nameFromSymbols(symbols: readonly number[]): string {
	return nameForCode(symbols.map((symbol) => NAME_ALPHABET[symbol]).join(''));
}
