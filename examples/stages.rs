//! Times each stage of the pipeline on a site: `cargo run --release --example stages -- SITE`.
//! A profiling aid for bench/, not part of the tool.

use followthrough::{index, load, output, render, validate};
use std::time::Instant;

/// Resident memory now, in MiB (Linux).
fn rss() -> u64 {
    let statm = std::fs::read_to_string("/proc/self/statm").unwrap_or_default();
    let pages: u64 = statm
        .split_whitespace()
        .nth(1)
        .and_then(|p| p.parse().ok())
        .unwrap_or(0);
    pages * 4096 / (1 << 20)
}

fn main() {
    let root = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: stages SITE"));
    let as_of = chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap();
    let t = Instant::now();
    let loaded = load::load(&root).expect("load");
    println!(
        "load      {:>8.1} ms, {} MiB resident",
        t.elapsed().as_secs_f64() * 1e3,
        rss()
    );
    let t = Instant::now();
    let (site, diags) = validate::validate(&loaded);
    println!(
        "validate  {:>8.1} ms ({} diagnostics)",
        t.elapsed().as_secs_f64() * 1e3,
        diags.len()
    );
    let t = Instant::now();
    let ix = index::build(site, as_of);
    drop(loaded);
    println!(
        "index     {:>8.1} ms, {} MiB resident (raw records dropped)",
        t.elapsed().as_secs_f64() * 1e3,
        rss()
    );
    let t = Instant::now();
    let theme_files = load::theme::read(&root, &ix.site.config.theme).expect("theme");
    let mut theme = render::templates::compile(&theme_files, "default").expect("compile");
    println!("templates {:>8.1} ms", t.elapsed().as_secs_f64() * 1e3);
    let t = Instant::now();
    let manifest = render::manifest::Manifest::plan(&ix, &theme.statics);
    let sink = output::Memory::default();
    let control = render::make::Control {
        progress: &render::Silent,
        stop: &|| false,
    };
    let broken = match render::make::make(&ix, &mut theme, &manifest, &|_| true, &sink, &control) {
        Ok(_) => 0,
        Err(render::make::Failure::Links(b)) => b.len(),
        Err(_) => panic!("render"),
    };
    let files = sink.into_files();
    let bytes: usize = files.values().map(Vec::len).sum();
    println!(
        "render    {:>8.1} ms ({} files, {} MB; links checked: {} broken)",
        t.elapsed().as_secs_f64() * 1e3,
        files.len(),
        bytes / 1_000_000,
        broken
    );
    let out = std::env::temp_dir().join("stages-out");
    let t = Instant::now();
    output::write(&out, &root, &files).expect("write");
    println!(
        "write     {:>8.1} ms (first or changed)",
        t.elapsed().as_secs_f64() * 1e3
    );
    let t = Instant::now();
    output::write(&out, &root, &files).expect("write");
    println!(
        "rewrite   {:>8.1} ms (nothing changed)",
        t.elapsed().as_secs_f64() * 1e3
    );
}
