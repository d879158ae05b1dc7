// The size ledger: where the release wasm's bytes go, by crate or area of the app.
//
// Input: a copy of the wasm that keeps its name section (bench.sh runs
// `wasm-opt funnel_bg.wasm -Oz -g`, the same optimisation as the release build but with
// the function names kept). Every function body in the code section is attributed to an
// area by its demangled name (`classify`); the data section (string constants, tables)
// and the module's structure (types, imports, exports, tables, section headers) carry no
// names and get rows of their own. Sizes are the bytes in the file, before compression.
//
// No twiggy: its `top` figures for functions are these same code-section sizes, and a
// wasm's sections take a few dozen lines to read, so a fresh machine needs nothing more.
import { readFileSync } from 'node:fs';

// ---------------------------------------------------------------------------------
// Reading the wasm

/** The sections of a wasm module, and each defined function's name and size (its entry
 * in the code section: the body and the length prefix before it). */
export function readWasm(bytes) {
  let pos = 8;
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error('not a wasm module');
  const u32 = () => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++];
      result += (b & 0x7f) * 2 ** shift;
      if ((b & 0x80) === 0) return result;
      shift += 7;
    }
  };
  const str = () => {
    const len = u32();
    const s = bytes.toString('utf8', pos, pos + len);
    pos += len;
    return s;
  };
  const limits = () => {
    const flags = bytes[pos++];
    u32();
    if (flags & 1) u32();
  };

  const sections = [];
  let importedFunctions = 0;
  let bodies = [];
  const names = new Map();
  while (pos < bytes.length) {
    const start = pos;
    const id = bytes[pos++];
    const size = u32();
    const end = pos + size;
    let name = null;
    if (id === 0) {
      name = str();
      if (name === 'name') {
        while (pos < end) {
          const sub = bytes[pos++];
          const subEnd = u32() + pos;
          if (sub === 1) {
            for (let n = u32(); n > 0; n--) {
              const index = u32();
              names.set(index, str());
            }
          }
          pos = subEnd;
        }
      }
    } else if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        str();
        str();
        const kind = bytes[pos++];
        if (kind === 0) { u32(); importedFunctions += 1; } // function: its type
        else if (kind === 1) { pos += 1; limits(); } // table: reference type, limits
        else if (kind === 2) limits(); // memory
        else if (kind === 3) pos += 2; // global: value type, mutability
        else if (kind === 4) { pos += 1; u32(); } // tag
        else throw new Error(`unknown import kind ${kind}`);
      }
    } else if (id === 10) {
      bodies = [];
      for (let n = u32(); n > 0; n--) {
        const entry = pos;
        const length = u32();
        pos += length;
        bodies.push(pos - entry);
      }
    }
    sections.push({ id, name, size: end - start });
    pos = end;
  }
  const functions = bodies.map((size, i) => ({ name: names.get(importedFunctions + i) ?? null, size }));
  return { size: bytes.length, sections, functions };
}

// ---------------------------------------------------------------------------------
// Attributing a name to an area

// The app's own modules, as paths inside its crate; the first that a name's app path
// starts with is its area ('' takes the rest: main, lib).
const APP_AREAS = [
  ['ui::i18n', 'funnel::ui::i18n (texts, plural rules)'],
  ['ui', 'funnel::ui (views)'],
  ['charts', 'funnel::charts'],
  ['domain', 'funnel::domain (engine)'],
  ['state', 'funnel::state (storage, sharing)'],
  ['', 'funnel, other (main, lib)'],
];

// Crates by area, by the first segment of a path. The Leptos family is the crates of the
// Leptos project and those only it brings in here (futures, slotmap, …).
const LEPTOS = 'leptos (with reactive_graph, tachys, …)';
const STD = 'std / core / alloc (and the allocator)';
const BINDGEN = 'wasm-bindgen / js-sys / web-sys';
const CRATES = new Map([
  ...['leptos', 'leptos_dom', 'leptos_macro', 'leptos_config', 'leptos_server', 'leptos_hot_reload',
    'reactive_graph', 'reactive_stores', 'tachys', 'any_spawner', 'server_fn', 'throw_error',
    'hydration_context', 'oco_ref', 'or_poisoned', 'next_tuple', 'either_of', 'const_str_slice_concat',
    'futures', 'futures_util', 'futures_channel', 'futures_executor', 'futures_core', 'futures_task',
    'futures_sink', 'slotmap', 'send_wrapper', 'wasm_streams', 'guardian', 'pin_project', 'pin_project_lite',
    'async_lock', 'event_listener', 'drain_filter_polyfill', 'erased', 'codee', 'typed_builder',
    'rustc_hash', 'indexmap', 'tracing', 'linear_map', 'html_escape', 'itertools', 'paste']
    .map((c) => [c, LEPTOS]),
  ...['plotters', 'plotters_backend', 'plotters_svg'].map((c) => [c, 'plotters']),
  ...['serde', 'serde_json', 'serde_core', 'serde_derive', 'itoa', 'ryu', 'serde_qs', 'serde_urlencoded']
    .map((c) => [c, 'serde / serde_json (with itoa, ryu)']),
  ...['gloo', 'gloo_storage', 'gloo_utils', 'gloo_events', 'gloo_timers', 'gloo_net'].map((c) => [c, 'gloo']),
  ...['wasm_bindgen', 'wasm_bindgen_futures', 'js_sys', 'web_sys'].map((c) => [c, BINDGEN]),
  ...['std', 'core', 'alloc', 'compiler_builtins', 'dlmalloc', 'hashbrown', 'libm', 'panic_abort', '__rustc']
    .map((c) => [c, STD]),
]);
export const OTHER = 'other / unattributed code';
export const AREAS = [
  ...APP_AREAS.map(([, area]) => area),
  LEPTOS, 'plotters', 'serde / serde_json (with itoa, ryu)', 'gloo', BINDGEN, STD, OTHER,
];

// Names without a path: the allocator's and the runtime's entry points, the glue that
// wasm-bindgen writes into the wasm (exports, closure adapters, externref shims).
const BARE = [
  [/^(__wbindgen|__wbg|__externref|__wbgtest)|externref shim|^closure\d+|^wasm-bindgen|^__wasm_bindgen/, BINDGEN],
  // wasm-streams' exported JS classes (IntoUnderlyingSource…), which Leptos's server_fn
  // brings in: wasm-bindgen names their export shims after the JS methods.
  [/^intounderlying/, LEPTOS],
  // Inherent methods of primitive types (`<char>::escape_debug_ext`, `<[T]>::sort`) and
  // the float functions of compiler-builtins and libm.
  [/^<(char|str|bool|[iuf](8|16|32|64|128|size)|\[.*\])>::/, STD],
  [/^(round|floor|ceil|trunc|fmod|fmin|fmax|sqrt|pow|exp|exp2|log|log2|log10|sin|cos|tan|hypot|cbrt)f?$/, STD],
  [/^(__rust_|__rdl_|__rg_|__rdl|rust_begin_unwind|rust_panic|rust_oom|memcpy|memmove|memset|memcmp|bcmp|strlen|__multi3|__udivti3|__divti3|__umodti3|__modti3|__ashlti3|__lshrti3|__ashrti3|__muloti4|__floattidf|__fixdfti|__fixunsdfti|__floatuntidf|__powidf2|__powisf2|main$|__main_void|__original_main|_start)/, STD],
];

/** Legacy symbols end in a hash (`::h0123…`); v0 ones may name a crate's (`core[…]`). */
const withoutHashes = (name) => name.replace(/::h[0-9a-f]{16}$/, '').replace(/\[[0-9a-f]+\]/g, '');

/** Every `crate::path::segments` in a demangled name, with its depth inside `<…>`
 * (generic arguments and `<T as Trait>` qualifications). */
export function paths(name) {
  const out = [];
  let depth = 0;
  const re = /->|[<>]|[A-Za-z_][A-Za-z0-9_]*(?:::(?:[A-Za-z_][A-Za-z0-9_]*|\{\{[a-z_]+\}\}|\{[a-z_#0-9]+\}))+/g;
  for (const m of name.matchAll(re)) {
    if (m[0] === '<') depth += 1;
    else if (m[0] === '>') depth -= 1;
    else if (m[0] !== '->') out.push({ path: m[0], crate: m[0].split('::')[0], depth });
  }
  return out;
}

// Generic functions that the app instantiates once, for its own code, which -Oz inlines
// into them; their names do not show it (legacy symbols, see `classify`). By the rule
// below they are the app's, in the module of the code they were instantiated for:
// `mount_to_body(app::App)` in `ui::start` takes in the app's whole root view.
const APP_INSTANCES = [[/^leptos::mount::mount_to_body(::|$)/, 'ui']];

/** The area of one function, by its demangled name. The rule:
 *  - a name that mentions an app path (`funnel::…`) is the app's: the innermost app path
 *    decides which module (so `drop_in_place<funnel::domain::Funnel>` and
 *    `<alloc::vec::Vec<funnel::ui::Row> as Clone>::clone` are the app's: code that exists
 *    for an app type; a derive such as serde's `<funnel::… as serde::Serialize>` too);
 *  - otherwise the innermost path of a known crate decides (drop glue and generic wrappers
 *    go to the crate of the type they serve), the first of equally deep ones;
 *  - names without a path by the BARE patterns; anything else, and functions without a
 *    name, are "other / unattributed".
 * The names show type arguments only where the symbol does. std comes built with v0
 * symbols, which show them (`Vec<funnel::…>`); the other crates are built with legacy
 * ones, which name a generic function by where it is defined, without its type arguments
 * (`<tachys::…::HtmlElement<E,At,Ch> as Render>::build`): a library's generic code counts
 * for the library, even when it was instantiated for the app's types (but APP_INSTANCES). */
export function classify(name, appCrate = 'funnel') {
  if (!name) return OTHER;
  const clean = withoutHashes(name);
  const appArea = (path) => APP_AREAS.find(([m]) => m === '' || path === m || path.startsWith(`${m}::`))[1];
  const instance = APP_INSTANCES.find(([re]) => re.test(clean));
  if (instance) return appArea(instance[1]);
  const found = paths(clean);
  const deepest = (list) => list.reduce((best, p) => (best === null || p.depth > best.depth ? p : best), null);
  const app = deepest(found.filter((p) => p.crate === appCrate));
  if (app) return appArea(app.path.slice(appCrate.length + 2));
  const known = deepest(found.filter((p) => CRATES.has(p.crate)));
  if (known) return CRATES.get(known.crate);
  for (const [re, area] of BARE) if (re.test(clean)) return area;
  return OTHER;
}

/** For the ledger's note: the crate an unattributed name's first path names, if any. */
function firstCrate(name) {
  return name ? paths(withoutHashes(name))[0]?.crate ?? null : null;
}

// ---------------------------------------------------------------------------------
// The ledger

const STRUCTURE = 'wasm structure (types, imports, exports, tables, globals, headers)';
export const DATA = 'static data (data section: strings, constant tables; no names)';

/** Rows { area, bytes } for a wasm with names (of the crate `appCrate`), in AREAS order, then the data and the
 * module structure; `total` is the module without its custom sections (names, producers),
 * i.e. what the release build ships. `unattributed` lists the crates of the largest
 * unattributed items, and `derives` the app's impls of library traits. */
export function ledger(bytes, appCrate = 'funnel') {
  const wasm = readWasm(bytes);
  const byArea = new Map(AREAS.map((a) => [a, 0]));
  const other = new Map();
  const derives = new Map();
  let code = 0;
  for (const f of wasm.functions) {
    const area = classify(f.name, appCrate);
    byArea.set(area, byArea.get(area) + f.size);
    code += f.size;
    if (area === OTHER) {
      const key = firstCrate(f.name) ?? (f.name ? 'names without a crate path' : 'functions without a name');
      other.set(key, (other.get(key) ?? 0) + f.size);
    }
    // `<funnel::… as serde::ser::Serialize>::serialize` and the like: an app type's impl
    // of a library's trait, counted in the app's rows above.
    const impl = f.name && new RegExp(`<${appCrate}::[^<>]*(?:<[^<>]*>)? as ([a-z_0-9]+)::`).exec(f.name);
    if (impl && CRATES.has(impl[1]) && CRATES.get(impl[1]) !== STD) {
      const lib = CRATES.get(impl[1]);
      derives.set(lib, (derives.get(lib) ?? 0) + f.size);
    }
  }
  const sectionBytes = (pred) => wasm.sections.filter(pred).reduce((a, s) => a + s.size, 0);
  const codeSection = sectionBytes((s) => s.id === 10);
  const data = sectionBytes((s) => s.id === 11);
  const custom = sectionBytes((s) => s.id === 0);
  const total = wasm.size - custom;
  // The code section's header and function count are structure, like the other sections.
  const structure = total - data - code;
  const rows = [...byArea].map(([area, b]) => ({ area, bytes: b }));
  rows.push({ area: DATA, bytes: data }, { area: STRUCTURE, bytes: structure });
  return {
    rows,
    total,
    functions: wasm.functions.length,
    named: wasm.functions.filter((f) => f.name).length,
    codeSection,
    unattributed: [...other].sort((a, b) => b[1] - a[1]),
    derives: [...derives].sort((a, b) => b[1] - a[1]),
  };
}

export function ledgerOfFile(path, appCrate = 'funnel') {
  return ledger(readFileSync(path), appCrate);
}
