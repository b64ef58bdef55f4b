//! Times repeated passes of the check in one process, for benches/paired.sh
//! (`BEST_OF=N`): `time_passes FILE N` checks FILE N times (parse, model,
//! every built-in rule, diagnostics, dropping them: what `cargo bench --bench
//! check` times as parse+model+rules) and prints the fastest pass and the
//! median, in milliseconds.
//!
//! Why the fastest: on a shared machine the speed of the same binary moves by
//! a third within seconds (stop 26, docs/performance.md), so a pass is
//! slowed by what else runs, never sped up. The fastest of several passes
//! is the figure that drifts least.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use datalint::base::FileId;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(passes)) = (args.next(), args.next()) else {
        eprintln!("usage: time_passes FILE PASSES");
        std::process::exit(2);
    };
    let passes: usize = match passes.parse() {
        Ok(n) if n > 0 => n,
        _ => {
            eprintln!("PASSES is a positive number, not `{passes}`");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let rules = datalint::rules::RuleSet::load(&[]).expect("built-in rules load");
    let mut times: Vec<f64> = (0..passes)
        .map(|_| {
            let start = std::time::Instant::now();
            // On rayon's threads, as `check::check` runs a check; entering
            // the pool is part of the pass, as it is of the benchmark's.
            datalint::check::on_pool(|| {
                let (lowered, _) = datalint::model::lower_source(FileId(0), &text);
                let (model, _) = datalint::model::link(vec![lowered]);
                let findings = rules.run(&model, Default::default());
                let diagnostics = rules.diagnostics(findings);
                std::hint::black_box(diagnostics.len());
                drop(diagnostics);
                drop(model);
            });
            start.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{:.1} {:.1}", times[0], times[passes / 2]);
}
