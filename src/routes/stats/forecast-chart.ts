/**
 * The due forecast drawn with uPlot, which is imported here and nowhere else: the stats page loads
 * this module on demand, so the library never weighs on the other pages.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

export interface ForecastChartInput {
	/** Cards due per day, today first. */
	due: readonly number[];
	/** Names the x axis gives day `index` (0 is today). */
	dayLabel(index: number): string;
	width: number;
}

/** The page's colours and font at the moment of drawing, so the chart follows the theme. */
function themeOf(element: HTMLElement) {
	const style = getComputedStyle(element);
	const value = (name: string) => style.getPropertyValue(name).trim();
	return {
		text: value('--text-muted'),
		grid: value('--border'),
		bar: value('--accent'),
		font: `${style.fontSize} ${style.fontFamily}`
	};
}

/**
 * Draws a bar chart of the forecast into `target`, replacing what was there; returns the chart so
 * the caller can resize or destroy it.
 * @example const chart = drawForecast(div, { due, dayLabel, width: div.clientWidth });
 */
export function drawForecast(target: HTMLElement, input: ForecastChartInput): uPlot {
	const theme = themeOf(target);
	const axis = {
		stroke: theme.text,
		font: theme.font,
		grid: { stroke: theme.grid, width: 1 },
		ticks: { stroke: theme.grid, width: 1 }
	};
	target.replaceChildren();
	const fontPx = parseFloat(getComputedStyle(target).fontSize) || 16;
	return new uPlot(
		{
			width: input.width,
			height: Math.round(Math.max(180, fontPx * 12)),
			legend: { show: false },
			cursor: { show: false },
			scales: {
				x: { time: false, range: () => [-0.5, input.due.length - 0.5] },
				y: { range: (_, __, max) => [0, Math.max(1, max)] }
			},
			axes: [
				{
					...axis,
					// A label a week apart, starting today, or two weeks where a week is too narrow.
					splits: () => {
						const every = (input.width / input.due.length) * 7 > fontPx * 5 ? 7 : 14;
						return input.due.map((_, index) => index).filter((index) => index % every === 0);
					},
					values: (_, ticks) => ticks.map((tick) => input.dayLabel(tick)),
					size: fontPx * 2.5
				},
				{
					...axis,
					size: fontPx * 3,
					incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000],
					values: (_, ticks) => ticks.map((tick) => String(tick))
				}
			],
			series: [
				{},
				{
					fill: theme.bar,
					stroke: theme.bar,
					paths: uPlot.paths.bars?.({ size: [0.7, 40] }),
					points: { show: false }
				}
			]
		},
		[input.due.map((_, index) => index), [...input.due]],
		target
	);
}
