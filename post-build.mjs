// Trunk's post-build hook (Trunk.toml). In release builds it shrinks two things trunk
// copies as they are (issue 7's size budget); debug builds are left readable.
//  - The JS glue that wasm-bindgen writes (about 50 KB of readable code; trunk's own
//    minifier leaves it alone) is minified with terser, and the file's Subresource
//    Integrity hash in index.html is rewritten to match, since trunk computed it before
//    this hook ran. About 2 KB gzip.
//  - The language files (i18n/*.txt) lose their comments and entry names, which are for
//    translators and tests (src/ui/i18n/table.rs reads only the texts, in order): each
//    line becomes " = text". About 2 KB gzip for a Polish or Russian reader.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

if (process.env.TRUNK_PROFILE !== 'release') process.exit(0);

const root = dirname(fileURLToPath(import.meta.url));
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error('post-build: TRUNK_STAGING_DIR is not set: run me from trunk (Trunk.toml hooks)');
  process.exit(1);
}

// setup.sh installs terser into .tools/ next to wasm-opt; a missing one fails the build
// loudly rather than shipping an unminified glue that breaks the size budget later.
const { minify } = createRequire(join(root, '.tools', 'package.json'))('terser');

const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const html = join(dir, 'index.html');
let page = readFileSync(html, 'utf8');
const glue = readdirSync(dir).filter((f) => /^funnel-[0-9a-f]+\.js$/.test(f));
if (glue.length !== 1) {
  console.error(`post-build: expected one funnel-<hash>.js in ${dir}, found ${glue.length}`);
  process.exit(1);
}
for (const name of glue) {
  const path = join(dir, name);
  const before = readFileSync(path);
  // The glue is an ES module; names it exports and the import object's keys (the wasm's
  // import names) are properties, which terser keeps.
  const { code } = await minify(before.toString('utf8'), { module: true, compress: true, mangle: true });
  writeFileSync(path, code);
  const old = sri(before);
  if (page.includes(old)) page = page.replaceAll(old, sri(Buffer.from(code)));
  console.log(`post-build: ${name} ${before.length} -> ${Buffer.byteLength(code)} bytes`);
}
writeFileSync(html, page);

const i18n = join(dir, 'i18n');
for (const name of readdirSync(i18n).filter((f) => f.endsWith('.txt'))) {
  const path = join(i18n, name);
  const before = readFileSync(path, 'utf8');
  const after = before
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    // Names have no spaces; an empty text may have lost its trailing space in an editor.
    .map((line) => {
      if (!/^[^ ]+ =( |$)/.test(line)) throw new Error(`post-build: ${name}: not a "name = text" line: ${line}`);
      return line.replace(/^[^ ]+ =/, ' =');
    })
    .join('\n');
  writeFileSync(path, `${after}\n`);
  console.log(`post-build: i18n/${name} ${Buffer.byteLength(before)} -> ${Buffer.byteLength(after) + 1} bytes`);
}
