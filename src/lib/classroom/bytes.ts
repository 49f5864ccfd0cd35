/** Bytes for quiz links: a growing writer, a reader that refuses to run past the end, base64url. */

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A reader ran past the end of its bytes, or met a number longer than allowed. */
export class TruncatedError extends Error {
	override readonly name = 'TruncatedError';
}

export class ByteWriter {
	readonly #bytes: number[] = [];

	byte(value: number): this {
		this.#bytes.push(value & 0xff);
		return this;
	}

	bytes(values: Iterable<number>): this {
		for (const value of values) this.byte(value);
		return this;
	}

	uint32(value: number): this {
		return this.bytes([value >>> 24, value >>> 16, value >>> 8, value]);
	}

	/** Seven bits a byte, low first, the top bit saying more follow. */
	varint(value: number): this {
		let rest = value;
		while (rest >= 0x80) {
			this.byte((rest & 0x7f) | 0x80);
			rest = Math.floor(rest / 0x80);
		}
		return this.byte(rest);
	}

	toBytes(): Uint8Array {
		return Uint8Array.from(this.#bytes);
	}
}

export class ByteReader {
	#at = 0;

	constructor(readonly bytes: Uint8Array) {}

	get remaining(): number {
		return this.bytes.length - this.#at;
	}

	get offset(): number {
		return this.#at;
	}

	byte(): number {
		if (this.#at >= this.bytes.length) throw new TruncatedError('ends too soon');
		return this.bytes[this.#at++]!;
	}

	take(count: number): Uint8Array {
		if (count > this.remaining) throw new TruncatedError('ends too soon');
		const slice = this.bytes.slice(this.#at, this.#at + count);
		this.#at += count;
		return slice;
	}

	uint32(): number {
		return ((this.byte() << 24) | (this.byte() << 16) | (this.byte() << 8) | this.byte()) >>> 0;
	}

	/** At most three bytes (numbers below 2²¹): a longer one is damage, not data. */
	varint(): number {
		let value = 0;
		for (let shift = 0; shift < 21; shift += 7) {
			const byte = this.byte();
			value |= (byte & 0x7f) << shift;
			if (!(byte & 0x80)) return value;
		}
		throw new TruncatedError('a number is too long');
	}
}

/** @example toBase64Url(Uint8Array.of(251, 255)) // → '-_8' */
export function toBase64Url(bytes: Uint8Array): string {
	let text = '';
	for (let i = 0; i < bytes.length; i += 3) {
		const chunk = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
		const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
		for (let c = 0; c < chars; c++) text += BASE64URL[(chunk >> (18 - 6 * c)) & 63];
	}
	return text;
}

/** The bytes of unpadded base64url text; null for other characters or an impossible length. */
export function fromBase64Url(text: string): Uint8Array | null {
	if (text.length % 4 === 1) return null;
	const bytes: number[] = [];
	let buffer = 0;
	let bits = 0;
	for (const char of text) {
		const value = BASE64URL.indexOf(char);
		if (value < 0) return null;
		buffer = ((buffer << 6) | value) & 0xffffff;
		bits += 6;
		if (bits >= 8) {
			bits -= 8;
			bytes.push((buffer >> bits) & 0xff);
		}
	}
	return Uint8Array.from(bytes);
}
