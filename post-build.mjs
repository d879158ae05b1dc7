// Trunk's post-build hook (Trunk.toml). In release builds it shrinks what trunk
// copies as it is (issue 7's size budget); debug builds are left readable. It only
// minifies and strips: it does not edit what another tool generated. So the JS stream
// classes that Leptos's server-function support exports, unused by a client-side app,
// stay in the glue and the wasm (removing them took regex edits of wasm-bindgen's glue
// that any wasm-bindgen or Leptos upgrade could break).
//  - The JS glue that wasm-bindgen writes (about 50 KB of readable code; trunk's own
//    minifier leaves it alone) is minified with terser, and so are its snippets.
//    (Trunk.toml turns Subresource Integrity off, so index.html need not follow the
//    new bytes.)
//  - The language files (i18n/*.txt) lose their comments and entry names, which are for
//    translators and tests (src/ui/i18n/table.rs reads only the texts, in order): each
//    line becomes " = text".
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

const only = (re, what) => {
  const found = readdirSync(dir).filter((f) => re.test(f));
  if (found.length !== 1) {
    console.error(`post-build: expected one ${what} in ${dir}, found ${found.length}`);
    process.exit(1);
  }
  return join(dir, found[0]);
};
const gluePath = only(/^funnel-[0-9a-f]+\.js$/, 'funnel-<hash>.js');

function replaceFile(path, bytes, label) {
  const before = readFileSync(path);
  writeFileSync(path, bytes);
  console.log(`post-build: ${label} ${before.length} -> ${bytes.length} bytes`);
}

// 1. The glue, minified. It is an ES module; names it exports and the import object's
// keys (the wasm's import names) are properties, which terser keeps.
const minifyModule = async (source) => Buffer.from((await minify(source, { module: true, compress: true, mangle: true })).code);
replaceFile(gluePath, await minifyModule(readFileSync(gluePath, 'utf8')), 'JS glue');

// 2. wasm-bindgen's `inline_js` snippets (modules the glue imports), minified the same way.
const snippets = join(dir, 'snippets');
if (existsSync(snippets)) {
  for (const name of readdirSync(snippets, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const path = join(snippets, name);
    replaceFile(path, await minifyModule(readFileSync(path, 'utf8')), `snippet ${name}`);
  }
}

// 3. The language files, down to their texts.
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
