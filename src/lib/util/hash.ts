/** Content hashes that do not depend on key order or whitespace: backup checksums, the bank version. */

/**
 * JSON with object keys sorted at every level and no whitespace, so equal data always gives the
 * same text. Dates (anything with `toJSON`) serialise as JSON.stringify would.
 *
 * @example canonicalJson({ b: 1, a: [true, null] }) === '{"a":[true,null],"b":1}'
 */
export function canonicalJson(value: unknown): string {
	const json =
		value !== null &&
		typeof value === 'object' &&
		'toJSON' in value &&
		typeof value.toJSON === 'function'
			? (value.toJSON as () => unknown)()
			: value;
	if (Array.isArray(json)) {
		return `[${json.map((item) => (item === undefined ? 'null' : canonicalJson(item))).join(',')}]`;
	}
	if (json !== null && typeof json === 'object') {
		const entries = Object.entries(json)
			.filter(([, item]) => item !== undefined && typeof item !== 'function')
			.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
	}
	return JSON.stringify(json) ?? 'null';
}

/**
 * Lower-case hex SHA-256 of the text's UTF-8 bytes, through Web Crypto (browsers and Node 20).
 *
 * @example await sha256Hex('') === 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
 */
export async function sha256Hex(text: string): Promise<string> {
	const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
	return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
