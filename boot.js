// Starts the app from a file, not an inline script, so a strict CSP needs no
// 'unsafe-inline' (see Trunk.toml's pattern_script, which writes the two <meta> tags).
const url = (name) => new URL(document.querySelector(`meta[name="${name}"]`).content, document.baseURI).href;
const { default: init } = await import(url('funnel-js'));
const wasm = await init({ module_or_path: url('funnel-wasm') });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
