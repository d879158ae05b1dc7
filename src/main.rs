//! The browser entry point: mounts the app.

fn main() {
    funnel::ui::start();
}
