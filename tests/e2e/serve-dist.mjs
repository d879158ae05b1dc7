// Serves the release build for Playwright's webServer (playwright.config.mjs):
//   node serve-dist.mjs DIR PORT
// The same handler as the tests' own servers (server.mjs), so what the suite loads from
// the shared server and from a test's second server (CSP header, host pages) is alike.
import { serve } from './server.mjs';

const [dir, port] = process.argv.slice(2);
if (!dir || !port) {
  console.error('usage: node serve-dist.mjs DIR PORT');
  process.exit(2);
}
const server = await serve(dir, { port: Number(port) });
console.log(`serving ${dir} on ${server.url}`);
// Playwright stops the server with a signal when the run ends; open keep-alive
// connections must not hold the process up.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
