// The end-to-end suite: @playwright/test drives Debian's Chromium (/usr/bin/chromium;
// no browser is ever downloaded) against the release build in dist/, served on loopback.
//   cd tests/e2e && npx playwright test            (after trunk build index.html --release)
//   DIST=/other/dist E2E_PORT=4200 npx playwright test
import { defineConfig } from '@playwright/test';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const DIST = process.env.DIST ?? join(here, '..', '..', 'dist');
if (!existsSync(join(DIST, 'index.html'))) {
  throw new Error(`no build in ${DIST}: run \`trunk build index.html --release\` first (or set DIST)`);
}

/** A port nobody listens on now. Other checkouts on the same machine run this suite too,
 * so a fixed port could be taken. */
async function freePort() {
  const probe = createServer();
  await new Promise((ok, fail) => probe.once('error', fail).listen(0, '127.0.0.1', ok));
  const { port } = probe.address();
  await new Promise((ok) => probe.close(ok));
  return port;
}
// Chosen once, in the runner: the workers it starts inherit its environment and read the
// same port when they load this file.
if (!process.env.E2E_PORT) process.env.E2E_PORT = String(await freePort());
const BASE_URL = `http://127.0.0.1:${process.env.E2E_PORT}/`;

export default defineConfig({
  testDir: '.',
  testMatch: '*.test.mjs',
  // Every test opens its own browser context; a file's tests run in order on one worker.
  // Two workers on the 2-core CI machine: faster than one, and no failure in repeated
  // runs (no test depends on timing). E2E_WORKERS=1 serialises.
  fullyParallel: false,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  // A flake must show up as a failure, not be retried away.
  retries: 0,
  forbidOnly: true,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    baseURL: BASE_URL,
    viewport: { width: 1280, height: 900 },
    colorScheme: 'light',
    locale: 'en-US',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      // Without the background-networking flags Chromium keeps trying hosts this closed
      // network refuses; --no-sandbox because CI runs as root.
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `node serve-dist.mjs "${DIST}" ${process.env.E2E_PORT}`,
    url: BASE_URL,
    reuseExistingServer: false,
    timeout: 20_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
