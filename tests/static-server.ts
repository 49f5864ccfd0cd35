/**
 * Serves a built app the way a static host does (prerendered pages without their .html suffix, and
 * the app's 404.html with status 404 for any other path).
 * The served folder can be switched while running, which is how the update test deploys build B.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

/** A build of the app made by scripts/e2e.js, by version name. */
export function buildFolder(version: 'e2e-a' | 'e2e-b'): string {
	return fileURLToPath(new URL(`./.output/${version}`, import.meta.url));
}

export interface StaticServer {
	url: string;
	serve(folder: string): void;
	close(): Promise<void>;
}

export async function startStaticServer(folder: string, port = 0): Promise<StaticServer> {
	let handler = handlerFor(folder);
	const server: Server = createServer((request, response) => handler(request, response));
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('server has no port');
	return {
		url: `http://localhost:${address.port}`,
		serve(next) {
			handler = handlerFor(next);
		},
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

function handlerFor(folder: string) {
	// The bench page has no 404.html of its own; the app's build always does.
	const fallback = join(folder, '404.html');
	const notFound = existsSync(fallback) ? readFileSync(fallback) : 'Not found';
	// No HTTP caching of sw.js or pages, as on a well-configured host: updates are found at once.
	const files = sirv(folder, {
		extensions: ['html'],
		dev: true,
		// Compressed as a real host sends it: the build writes a .br and a .gz beside each file.
		brotli: true,
		gzip: true,
		etag: true,
		// As static/_headers asks of a real host: frame-ancestors only works as a header.
		setHeaders: (response) => {
			response.setHeader('Content-Security-Policy', "frame-ancestors 'none'");
			response.setHeader('X-Content-Type-Options', 'nosniff');
		}
	});
	return (request: IncomingMessage, response: ServerResponse) =>
		files(request, response, () => {
			response.writeHead(404, {
				'Content-Type': 'text/html; charset=utf-8',
				'Content-Security-Policy': "frame-ancestors 'none'",
				'X-Content-Type-Options': 'nosniff'
			});
			response.end(notFound);
		});
}
