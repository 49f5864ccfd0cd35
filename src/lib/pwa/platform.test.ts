import { describe, expect, it } from 'vitest';
import { isIosSafari, isStandalone } from './platform';

const iphoneSafari =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1';
const iphoneChrome =
	'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/124.0 Mobile/15E148 Safari/604.1';
const ipadDesktopMode =
	'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15';
const androidChrome =
	'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36';

describe('isIosSafari', () => {
	it('recognises Safari on iPhone and on iPad in desktop mode', () => {
		expect(isIosSafari(iphoneSafari, 5)).toBe(true);
		expect(isIosSafari(ipadDesktopMode, 5)).toBe(true);
	});

	it('rejects other iOS browsers, Macs without touch and Android', () => {
		expect(isIosSafari(iphoneChrome, 5)).toBe(false);
		expect(isIosSafari(ipadDesktopMode, 0)).toBe(false);
		expect(isIosSafari(androidChrome, 5)).toBe(false);
	});
});

describe('isStandalone', () => {
	it('is true from the media query or from Safari’s flag', () => {
		expect(isStandalone(true)).toBe(true);
		expect(isStandalone(false, true)).toBe(true);
		expect(isStandalone(false, false)).toBe(false);
		expect(isStandalone(false)).toBe(false);
	});
});
