// Starts the app from a file, not an inline script, so a strict CSP needs no
// 'unsafe-inline' (see Trunk.toml's pattern_script, which writes the two <meta> tags).
// The loading note in the reader's language, before the app (and its texts) arrive.
const LOADING = {
  en: ['Sales funnel calculator', 'Loading the calculator…'],
  pl: ['Kalkulator lejka sprzedażowego', 'Wczytywanie kalkulatora…'],
  ru: ['Калькулятор воронки продаж', 'Загрузка калькулятора…'],
};
const note = document.getElementById('fc-loading');
if (note) {
  const [title, text] = LOADING[(navigator.language || '').slice(0, 2)] ?? LOADING.en;
  note.querySelector('.loading-title').textContent = title;
  note.querySelector('.tagline').textContent = text;
}
const url = (name) => new URL(document.querySelector(`meta[name="${name}"]`).content, document.baseURI).href;
const { default: init } = await import(url('funnel-js'));
const wasm = await init({ module_or_path: url('funnel-wasm') });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
