// The size ledger's classifier on names as the wasm's name section spells them
// (demangled by wasm-bindgen). bench.sh runs this before building: node --test bench/
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OTHER, classify, paths, readWasm } from './ledger.mjs';

const cases = [
  // The app's modules, i18n before the rest of ui.
  ['funnel::ui::kpis::kpi_table::{{closure}}::h0123456789abcdef', 'funnel::ui (views)'],
  ['funnel::ui::i18n::table::Table::parse', 'funnel::ui::i18n (texts, plural rules)'],
  ['funnel::charts::timeline::draw', 'funnel::charts'],
  ['funnel::domain::report::report', 'funnel::domain (engine)'],
  ['funnel::state::share::encode', 'funnel::state (storage, sharing)'],
  ['funnel::main', 'funnel, other (main, lib)'],
  // Generic code for an app type is the app's, in the module of the innermost app path.
  ['core::ptr::drop_in_place<funnel::domain::model::Funnel>', 'funnel::domain (engine)'],
  ['<alloc::vec::Vec<funnel::ui::editor::Row> as core::clone::Clone>::clone', 'funnel::ui (views)'],
  ['<<funnel::state::saved::Saved as serde::de::Deserialize>::deserialize::__Visitor as serde::de::Visitor>::visit_map', 'funnel::state (storage, sharing)'],
  ['<reactive_graph::computed::memo::Memo<funnel::domain::report::Report> as core::clone::Clone>::clone', 'funnel::domain (engine)'],
  // Otherwise the innermost known crate: drop glue goes to the type it drops.
  ['core::ptr::drop_in_place<alloc::vec::Vec<reactive_graph::graph::subscriber::AnySubscriber>>', 'leptos (with reactive_graph, tachys, …)'],
  ['<tachys::html::element::HtmlElement<E,At,Ch> as tachys::view::Render>::build', 'leptos (with reactive_graph, tachys, …)'],
  ['plotters::chart::builder::ChartBuilder<DB>::build_cartesian_2d', 'plotters'],
  ['plotters_svg::svg::SVGBackend::draw_line', 'plotters'],
  ['serde_json::de::Deserializer<R>::parse_number', 'serde / serde_json (with itoa, ryu)'],
  ['gloo_storage::local_storage::LocalStorage::raw', 'gloo'],
  ['web_sys::features::gen_Storage::Storage::get_item', 'wasm-bindgen / js-sys / web-sys'],
  ['<wasm_bindgen::JsValue as core::fmt::Debug>::fmt', 'wasm-bindgen / js-sys / web-sys'],
  ['core::fmt::Formatter::pad_integral', 'std / core / alloc (and the allocator)'],
  ['<&T as core::fmt::Display>::fmt', 'std / core / alloc (and the allocator)'],
  ['dlmalloc::dlmalloc::Dlmalloc<A>::malloc', 'std / core / alloc (and the allocator)'],
  // v0 symbols, as rustc-demangle writes them without `{:#}`.
  ['<alloc[5cf3a0e2f44b3de1]::raw_vec::RawVecInner>::reserve::do_reserve_and_handle::<alloc[5cf3a0e2f44b3de1]::alloc::Global>', 'std / core / alloc (and the allocator)'],
  // A function-pointer type's `->` is no closing bracket.
  ['core::ptr::drop_in_place<alloc::boxed::Box<dyn core::ops::function::Fn(&str) -> alloc::string::String>>', 'std / core / alloc (and the allocator)'],
  // Names without a path.
  ['__wbindgen_malloc', 'wasm-bindgen / js-sys / web-sys'],
  ['closure1234 externref shim', 'wasm-bindgen / js-sys / web-sys'],
  ['memcpy', 'std / core / alloc (and the allocator)'],
  ['__rust_alloc', 'std / core / alloc (and the allocator)'],
  ['some_unknown_crate::thing', OTHER],
  ['func123', OTHER],
  [null, OTHER],
];

for (const [name, area] of cases) {
  test(`classify ${name}`, () => assert.equal(classify(name), area));
}

test('paths records the depth inside <…>', () => {
  assert.deepEqual(paths('<a::B<c::D> as e::F>::g').map((p) => [p.path, p.depth]), [['a::B', 1], ['c::D', 2], ['e::F', 1]]);
});

test('readWasm: sizes and names of a hand-made module', () => {
  // (module (func $f) (func $g nop)) with a name section naming both.
  const bytes = Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
    0x03, 0x03, 0x02, 0x00, 0x00, // function section: two functions of type 0
    0x0a, 0x08, 0x02, 0x02, 0x00, 0x0b, 0x03, 0x00, 0x01, 0x0b, // code: `end`, `nop end`
    0x00, 0x0e, 0x04, 0x6e, 0x61, 0x6d, 0x65, // custom section "name"
    0x01, 0x07, 0x02, 0x00, 0x01, 0x66, 0x01, 0x01, 0x67, // function names: 0 "f", 1 "g"
  ]);
  const wasm = readWasm(bytes);
  assert.deepEqual(wasm.functions, [{ name: 'f', size: 3 }, { name: 'g', size: 4 }]);
  assert.deepEqual(wasm.sections.map((s) => [s.id, s.size]), [[1, 6], [3, 5], [10, 10], [0, 16]]);
});

test('more names as the release wasm spells them', () => {
  const more = [
    ['leptos::mount::mount_to_body::h1b8fe2f090c8f35a', 'funnel::ui (views)'],
    ['<dlmalloc[e24a27700634d609]::dlmalloc::Dlmalloc<dlmalloc[e24a27700634d609]::sys::System>>::malloc', 'std / core / alloc (and the allocator)'],
    ['tachys::reactive_graph::<impl tachys::view::Render for F>::build::{{closure}}::h1b983654817e1d85', 'leptos (with reactive_graph, tachys, …)'],
    ['indexmap::set::IndexSet<T,S>::insert::h0e5acfb7e900b7a4', 'leptos (with reactive_graph, tachys, …)'],
    ['<char>::escape_debug_ext', 'std / core / alloc (and the allocator)'],
    ['<usize>::_fmt', 'std / core / alloc (and the allocator)'],
    ['__rustc[b7974e8690430dd9]::__rust_realloc', 'std / core / alloc (and the allocator)'],
    ['intounderlyingsource_cancel', 'leptos (with reactive_graph, tachys, …)'],
    ['round', 'std / core / alloc (and the allocator)'],
  ];
  for (const [name, area] of more) assert.equal(classify(name), area, name);
  // The counter's own code, by its crate name.
  assert.equal(classify('counter::main::{{closure}}::h0123456789abcdef', 'counter'), 'funnel, other (main, lib)');
});
