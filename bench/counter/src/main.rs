//! The smallest useful Leptos CSR app: one button that counts its clicks. The baseline
//! that bench.sh compares the calculator's download size with.

use leptos::prelude::*;

fn main() {
    leptos::mount::mount_to_body(|| {
        let (count, set_count) = signal(0);
        view! {
            <button on:click=move |_| set_count.update(|n| *n += 1)>"Clicks: " {count}</button>
        }
    });
}
