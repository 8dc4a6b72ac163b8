//! Fuzzes what the loader does with one file's bytes: decoding, front matter, YAML parsing into
//! every raw record, error mapping and rendering, and Markdown. Run with
//! `RUSTC_BOOTSTRAP=1 cargo fuzz run load` (see README).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    followthrough::load::fuzz_one_file(data);
});
