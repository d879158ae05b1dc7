// Trunk's post-build hook (Trunk.toml). In release builds it shrinks what trunk
// copies as it is (issue 7's size budget); debug builds are left readable.
//  - The JS glue that wasm-bindgen writes (about 50 KB of readable code; trunk's own
//    minifier leaves it alone) is minified with terser. About 2 KB gzip. (Trunk.toml
//    turns Subresource Integrity off, so index.html need not follow the new bytes.)
//  - Leptos always builds server_fn's browser support, which exports three JS stream
//    classes (wasm-streams' IntoUnderlying{Source,ByteSource,Sink}) that a client-side
//    app never uses; being exports, no optimiser can drop them. They are removed from
//    the glue and the wasm (binaryen, from the same npm package as wasm-opt), then
//    everything only they reached: wasm functions, and the glue's import shims the wasm
//    no longer imports. About 1 KB gzip. A glue that does not look as expected stops the
//    build instead of shipping something half-edited.
//  - The wasm then gets a second wasm-opt -Oz: about 1 KB gzip more.
//  - The language files (i18n/*.txt) lose their comments and entry names, which are for
//    translators and tests (src/ui/i18n/table.rs reads only the texts, in order): each
//    line becomes " = text". About 2 KB gzip for a Polish or Russian reader.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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
const wasmPath = only(/^funnel-[0-9a-f]+_bg\.wasm$/, 'funnel-<hash>_bg.wasm');
const fail = (why) => {
  console.error(`post-build: ${why}`);
  process.exit(1);
};

function replaceFile(path, bytes, label) {
  const before = readFileSync(path);
  writeFileSync(path, bytes);
  console.log(`post-build: ${label} ${before.length} -> ${bytes.length} bytes`);
}

// 1. The unused stream classes, out of the wasm.
const binaryen = (await import(pathToFileURL(join(root, '.tools', 'node_modules', 'binaryen', 'index.js')).href)).default;
const STREAMS = /intounderlying/i;
const mod = binaryen.readBinary(readFileSync(wasmPath));
// The features rustc and wasm-opt use here, and no more: with `All`, binaryen would
// write newer encodings (compact imports) that browsers do not read yet.
const F = binaryen.Features;
mod.setFeatures(F.MutableGlobals | F.NontrappingFPToInt | F.BulkMemory | F.BulkMemoryOpt | F.SignExt | F.ReferenceTypes | F.Multivalue | F.CallIndirectOverlong);
if (!mod.validate()) fail('the wasm does not validate with the expected features');
const exportNames = [];
for (let i = 0; i < mod.getNumExports(); i++) exportNames.push(binaryen.getExportInfo(mod.getExportByIndex(i)).name);
const dropped = exportNames.filter((n) => STREAMS.test(n));
for (const name of dropped) mod.removeExport(name);
// Only this pass here, so that the imports read next are those the wasm keeps: the
// wasm-opt program optimises what this writes (step 1b), and does more than binaryen.js's
// own -Oz would.
mod.runPasses(['remove-unused-module-elements']);
const imported = new Set();
for (let i = 0; i < mod.getNumFunctions(); i++) {
  const info = binaryen.getFunctionInfo(mod.getFunctionByIndex(i));
  if (info.module) imported.add(info.base);
}
const wasmBytes = Buffer.from(mod.emitBinary());
mod.dispose();

// 2. The same classes out of the glue, and the import shims nothing imports any more.
let js = readFileSync(gluePath, 'utf8');
const lengthBefore = js.length;
js = js
  .replace(/^export class IntoUnderlying\w+ \{\n[\s\S]*?\n\}\n/gm, '')
  .replace(/^if \(Symbol\.dispose\) IntoUnderlying\w+\.prototype.*\n/gm, '')
  .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, '');
if (STREAMS.test(js)) fail('the JS glue still mentions the stream classes: has wasm-bindgen changed its output?');
let shims = 0;
js = js.replace(/^ {8}(\w+): function\([^)]*\) \{\n[\s\S]*?\n {8}\},\n/gm, (all, name) => {
  if (imported.has(name)) return all;
  shims += 1;
  return '';
});
if (dropped.length === 0 || js.length === lengthBefore) fail('found no stream classes to remove: has leptos or wasm-bindgen changed?');
console.log(`post-build: removed ${dropped.length} stream exports and ${shims} unused import shims`);
replaceFile(wasmPath, wasmBytes, 'wasm');

// 1b. A second wasm-opt -Oz, by the same wasm-opt 132 program trunk ran. Trunk's pass
// came before the stream classes went, and a second pass over an optimised module still
// finds work: 234,888 -> 233,818 B gzip (binaryen.js's optimize() found a third of it).
// The features are step 1's, as wasm-opt's flags. The producers and target-features
// sections are notes for tools; browsers skip them.
const wasmOpt = join(root, '.tools', 'node_modules', '.bin', 'wasm-opt');
const features = ['mutable-globals', 'nontrapping-float-to-int', 'bulk-memory', 'bulk-memory-opt', 'sign-ext', 'reference-types', 'multivalue', 'call-indirect-overlong'];
const beforeOpt = readFileSync(wasmPath).length;
execFileSync(wasmOpt, [wasmPath, '-Oz', '--strip-producers', '--strip-target-features', ...features.map((f) => `--enable-${f}`), '-o', wasmPath], { stdio: 'inherit' });
console.log(`post-build: wasm-opt -Oz again ${beforeOpt} -> ${readFileSync(wasmPath).length} bytes`);

// 3. The glue, minified. It is an ES module; names it exports and the import object's
// keys (the wasm's import names) are properties, which terser keeps.
const minifyModule = async (source) => Buffer.from((await minify(source, { module: true, compress: true, mangle: true })).code);
replaceFile(gluePath, await minifyModule(js), 'JS glue');

// 4. wasm-bindgen's `inline_js` snippets (modules the glue imports), minified the same way.
const snippets = join(dir, 'snippets');
if (existsSync(snippets)) {
  for (const name of readdirSync(snippets, { recursive: true }).filter((f) => f.endsWith('.js'))) {
    const path = join(snippets, name);
    replaceFile(path, await minifyModule(readFileSync(path, 'utf8')), `snippet ${name}`);
  }
}

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
