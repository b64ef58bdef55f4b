//! Reference 1 of benches/compare.sh: reads a JSON file and parses it into a
//! `serde_json::Value`, the least any tool does with `datalint export`.
//! `cargo run --release --example json_load -- FILE` prints one line of JSON:
//! the file's size, the seconds spent reading it and parsing it, and the CPU
//! seconds of the parse (from /proc/thread-self/schedstat on Linux, so that a
//! busy machine's waiting is not counted; `null` elsewhere).

use std::time::Instant;

/// The same allocator as the datalint binary, so the comparison is of the
/// work, not of the allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: json_load FILE");
        std::process::exit(2);
    };
    let started = Instant::now();
    let bytes = std::fs::read(&path).unwrap_or_else(|e| {
        eprintln!("json_load: cannot read {path}: {e}");
        std::process::exit(2);
    });
    let read = started.elapsed().as_secs_f64();
    let cpu_before = cpu_seconds();
    let parsing = Instant::now();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
        eprintln!("json_load: {path} is not JSON: {e}");
        std::process::exit(1);
    });
    let parse = parsing.elapsed().as_secs_f64();
    let parse_cpu = cpu_before
        .zip(cpu_seconds())
        .map_or("null".to_string(), |(a, b)| format!("{:.4}", b - a));
    let blocks = value["blocks"].as_array().map_or(0, Vec::len);
    println!(
        "{{\"bytes\": {}, \"read_seconds\": {read:.4}, \"parse_seconds\": {parse:.4}, \"parse_cpu_seconds\": {parse_cpu}, \"blocks\": {blocks}}}",
        bytes.len()
    );
}

/// The CPU time of this thread so far: the first field of schedstat, in nanoseconds.
fn cpu_seconds() -> Option<f64> {
    let text = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let nanos: u64 = text.split_whitespace().next()?.parse().ok()?;
    Some(nanos as f64 / 1e9)
}
