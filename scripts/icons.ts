/**
 * Renders static/icon.svg into the PNG icons the manifest and iOS ask for.
 * Run after editing the SVG: `npm run icons`.
 */
import { Resvg } from '@resvg/resvg-js';
import { readFileSync, writeFileSync } from 'node:fs';
import { brand } from './web-manifest.ts';

const source = readFileSync('static/icon.svg', 'utf8');

/**
 * A maskable icon is cropped to a circle of 80% of its width by some launchers, so the artwork is
 * shrunk to 70% on a full-bleed background that keeps every drawn part inside that safe zone.
 */
function maskable(svg: string): string {
	const inner = svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
	return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" width="512" height="512">
<rect width="512" height="512" fill="${brand.ink}"/>
<svg x="77" y="77" width="358" height="358" viewBox="0 0 512 512">${inner}</svg>
</svg>`;
}

function render(svg: string, size: number, path: string): void {
	const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
	writeFileSync(path, png);
	console.log(`${path} ${size}x${size} ${png.length} bytes`);
}

render(source, 192, 'static/icons/icon-192.png');
render(source, 512, 'static/icons/icon-512.png');
render(maskable(source), 512, 'static/icons/maskable-512.png');
// iOS draws its own rounded corners and shows black through transparent ones: use the full-bleed art.
render(maskable(source), 180, 'static/icons/apple-touch-icon.png');
render(source, 48, 'static/favicon.png');
