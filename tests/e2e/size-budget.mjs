// The size budget: the initial transfer of the release build (every file the page loads
// at start, gzip -9) must stay within BUDGET. Size is deterministic, so this may fail
// the test command; timings are not, and live in the benchmark script instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, extname } from 'node:path';
import { execFileSync } from 'node:child_process';
import { brotliCompressSync, constants } from 'node:zlib';

// The goal (issue 7) is 250 KB. The app is above it today (see bench/RESULTS.md and the
// README's size section): this guard is set just above the measured size so that nothing
// grows unnoticed while the gap is closed. Lower it whenever the app shrinks.
export const GOAL = 250 * 1024;
export const BUDGET = 260 * 1024;
const INITIAL = new Set(['.html', '.js', '.wasm', '.css']);

/** Bytes of `gzip -9 -n` (what the issue names; -n leaves the file name and time out of
 * the header, so the figure depends on the content only). Not node's zlib: node bundles
 * Chromium's fork of zlib, whose level 9 writes about 1 % more than GNU gzip and the zlib
 * that web servers use (248,746 against 246,096 B for the same wasm). */
function gzip9(path) {
  return execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 64 << 20 }).length;
}

export function sizes(dir) {
  const rows = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (!statSync(path).isFile() || !INITIAL.has(extname(name))) continue;
    // The embed loader runs on host pages, not in the app: not part of its first load.
    if (name === 'embed.js') continue;
    const raw = readFileSync(path);
    rows.push({
      file: name,
      raw: raw.length,
      gzip: gzip9(path),
      brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'dist';
  const rows = sizes(dir);
  const total = rows.reduce((a, r) => ({ raw: a.raw + r.raw, gzip: a.gzip + r.gzip, brotli: a.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  for (const r of [...rows, { file: 'total', ...total }]) {
    console.log(`${r.file.padEnd(40)} raw ${String(r.raw).padStart(8)}  gzip ${String(r.gzip).padStart(7)}  brotli ${String(r.brotli).padStart(7)}`);
  }
  if (!rows.some((r) => r.file.endsWith('.wasm'))) {
    console.error(`size budget: no .wasm in ${dir}: build first`);
    process.exit(1);
  }
  if (total.gzip > BUDGET) {
    console.error(`size budget FAILED: initial transfer ${total.gzip} B gzip > budget ${BUDGET} B`);
    process.exit(1);
  }
  console.log(`size budget ok: ${total.gzip} B gzip of ${BUDGET} B (goal ${GOAL} B: ${total.gzip <= GOAL ? 'met' : `${total.gzip - GOAL} B over`})`);
}
