//! The wasm entry point. Nothing mounts here: the loader, `assets/embed.js`,
//! initialises the module and mounts a widget on every marked element through
//! the API in `host`.

#![forbid(unsafe_code)]

// Links the library, and with it the `#[wasm_bindgen]` exports.
pub use score_readiness::host::mount;

fn main() {}
