/** Serves build A for the test run (Playwright's webServer). */
import { buildFolder, startStaticServer } from './static-server';

const port = Number(process.env.PORT ?? 4174);
await startStaticServer(buildFolder('e2e-a'), port);
console.log(`serving build e2e-a on http://localhost:${port}`);
