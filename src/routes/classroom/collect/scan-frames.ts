/**
 * Reads QR codes from camera frames: the browser's BarcodeDetector where it reads QR codes, else
 * jsQR, which is imported only when a scan starts, so no other screen loads it.
 */

/** The text of a QR code in the video's current frame, or null. */
export type FrameReader = (video: HTMLVideoElement) => Promise<string | null>;

interface Detector {
	detect(source: CanvasImageSource): Promise<{ rawValue: string }[]>;
}
interface DetectorClass {
	new (options: { formats: string[] }): Detector;
	getSupportedFormats(): Promise<string[]>;
}

async function nativeReader(): Promise<FrameReader | null> {
	const Native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
	if (!Native || !(await Native.getSupportedFormats()).includes('qr_code')) return null;
	const detector = new Native({ formats: ['qr_code'] });
	return async (video) => (await detector.detect(video))[0]?.rawValue ?? null;
}

async function jsqrReader(): Promise<FrameReader> {
	const { default: jsQR } = await import('jsqr');
	const canvas = document.createElement('canvas');
	const context = canvas.getContext('2d', { willReadFrequently: true })!;
	return async (video) => {
		const { videoWidth: width, videoHeight: height } = video;
		if (!width || !height) return null;
		canvas.width = width;
		canvas.height = height;
		context.drawImage(video, 0, 0, width, height);
		const image = context.getImageData(0, 0, width, height);
		return jsQR(image.data, width, height, { inversionAttempts: 'dontInvert' })?.data ?? null;
	};
}

/** The best reader this browser has. */
export async function frameReader(): Promise<FrameReader> {
	return (await nativeReader()) ?? jsqrReader();
}
