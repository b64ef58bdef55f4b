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
//!
//! `time_passes FILE N --references`, for benches/calibrated.sh, times two
//! fixed reference workloads before each pass instead, and prints one line
//! per pass: `core_ms memory_ms pass_ms`. The references are code that never
//! changes, so their times say how fast the machine is at that moment: the
//! core alone (a table in the second-level cache) and its memory, which the
//! host shares with other machines (a 64 MiB table).

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use datalint::base::FileId;
use datalint::check::on_pool;

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(path), Some(passes)) = (args.next(), args.next()) else {
        eprintln!("usage: time_passes FILE PASSES [--references]");
        std::process::exit(2);
    };
    let passes: usize = match passes.parse() {
        Ok(n) if n > 0 => n,
        _ => {
            eprintln!("PASSES is a positive number, not `{passes}`");
            std::process::exit(2);
        }
    };
    let with_references = match args.next().as_deref() {
        None => false,
        Some("--references") => true,
        Some(other) => {
            eprintln!("unknown argument `{other}`; the only option is --references");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let rules = datalint::rules::RuleSet::load(&[]).expect("built-in rules load");
    let pass = || {
        // On rayon's threads, as `check::check` runs a check; entering
        // the pool is part of the pass, as it is of the benchmark's.
        milliseconds(|| {
            on_pool(|| {
                let (lowered, _) = datalint::model::lower_source(FileId(0), &text);
                let (model, _) = datalint::model::link(vec![lowered]);
                let findings = rules.run(&model, Default::default());
                let diagnostics = rules.diagnostics(findings);
                std::hint::black_box(diagnostics.len());
                drop(diagnostics);
                drop(model);
            })
        })
    };
    if with_references {
        let references = References::new();
        // The first pass pays for faulting its memory in; it is not timed.
        pass();
        for _ in 0..passes {
            let (core_ms, memory_ms) = references.time();
            let pass_ms = pass();
            println!("{core_ms:.2} {memory_ms:.2} {pass_ms:.2}");
        }
        return;
    }
    let mut times: Vec<f64> = (0..passes).map(|_| pass()).collect();
    times.sort_by(f64::total_cmp);
    println!("{:.1} {:.1}", times[0], times[passes / 2]);
}

/// How long `run` takes, in milliseconds.
fn milliseconds(run: impl FnOnce()) -> f64 {
    let start = std::time::Instant::now();
    run();
    start.elapsed().as_secs_f64() * 1000.0
}

/// Two fixed workloads whose times say how fast the machine is.
struct References {
    /// 256 KiB: beyond the first-level cache, within the second.
    core: Vec<u64>,
    /// 64 MiB: beyond every cache, so reads go to the memory.
    memory: Vec<u64>,
}

impl References {
    /// About 30 ms for the core workload and 60 ms for the memory one on
    /// the development machine: long enough to read, short beside a pass.
    const STEPS: u64 = 6_000_000;

    fn new() -> References {
        let table = |entries: u64| {
            (0..entries)
                .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
                .collect()
        };
        References {
            core: table(32 * 1024),
            memory: table(8 * 1024 * 1024),
        }
    }

    /// Milliseconds each workload takes, on the thread a pass runs on (the
    /// other core's speed can differ).
    fn time(&self) -> (f64, f64) {
        on_pool(|| {
            let core_ms = milliseconds(|| {
                std::hint::black_box(random_reads(&self.core, Self::STEPS));
            });
            let memory_ms = milliseconds(|| {
                std::hint::black_box(random_reads(&self.memory, Self::STEPS / 8));
            });
            (core_ms, memory_ms)
        })
    }
}

/// Four xorshift generators reading `table` at random, with a
/// data-dependent branch. The four are independent of each other, so the
/// core runs them side by side as it runs the check's code; one chain would
/// wait on each step and not feel a core or memory shared with others.
fn random_reads(table: &[u64], steps: u64) -> u64 {
    assert!(table.len().is_power_of_two());
    let mask = table.len() as u64 - 1;
    let mut xs: [u64; 4] = [
        0x2545_F491_4F6C_DD1D,
        0x9E37_79B9_7F4A_7C15,
        0xD1B5_4A32_D192_ED03,
        0x8CB9_2BA7_2F3D_8DD7,
    ];
    let mut acc: [u64; 4] = [0; 4];
    for _ in 0..std::hint::black_box(steps) {
        for (x, acc) in xs.iter_mut().zip(&mut acc) {
            *x ^= *x << 13;
            *x ^= *x >> 7;
            *x ^= *x << 17;
            *acc = acc.wrapping_add(table[(*x & mask) as usize]);
            if *x & 3 == 0 {
                *acc = acc.rotate_left(5) ^ *x;
            }
        }
    }
    acc.iter().fold(0, |a, b| a ^ b)
}
