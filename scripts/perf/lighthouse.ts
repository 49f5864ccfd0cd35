/**
 * Lighthouse 12 with its default mobile preset (simulated slow 4G and a 4× slower CPU), run
 * against a Chromium that Playwright started with a debugging port.
 */
import lighthouse from 'lighthouse';

export interface LighthouseFigures {
	performance: number;
	accessibility: number;
	bestPractices: number;
	fcpMs: number;
	lcpMs: number;
	tbtMs: number;
}

export async function runLighthouse(url: string, port: number): Promise<LighthouseFigures> {
	const result = await lighthouse(url, {
		port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance', 'accessibility', 'best-practices']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
	const { categories, audits, runtimeError } = result.lhr;
	if (runtimeError) throw new Error(`Lighthouse on ${url}: ${runtimeError.message}`);
	const score = (id: string) => categories[id]?.score ?? Number.NaN;
	const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
	return {
		performance: score('performance'),
		accessibility: score('accessibility'),
		bestPractices: score('best-practices'),
		fcpMs: value('first-contentful-paint'),
		lcpMs: value('largest-contentful-paint'),
		tbtMs: value('total-blocking-time')
	};
}
