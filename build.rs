//! Rebuild when the built-in theme or the starter site changes: both are compiled into the binary
//! with include_dir, which cannot tell cargo about files added to those folders.

fn main() {
    println!("cargo:rerun-if-changed=themes/default");
    println!("cargo:rerun-if-changed=starter");
}
