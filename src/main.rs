//! The browser entry point: mounts the app.

// Talc instead of the standard library's dlmalloc: a smaller wasm and faster allocation
// (README, "Speed and size"). The wasm is single-threaded (no atomics).
#[cfg(all(target_family = "wasm", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

fn main() {
    funnel::ui::start();
}
