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
//!
//! `time_passes FILE N --stages` prints the fastest and the median time of
//! each stage over the N passes: lowering (parse and model), linking, the
//! rules, making the diagnostics and dropping them. A change can move one
//! stage and the compiler's choices for another (inlining in the parser
//! after a change to the diagnostics, stop 34); the whole pass shows only
//! the sum.

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
    let mode = match args.next().as_deref() {
        None => Mode::Passes,
        Some("--references") => Mode::References,
        Some("--stages") => Mode::Stages,
        Some(other) => {
            eprintln!("unknown argument `{other}`; the options are --references and --stages");
            std::process::exit(2);
        }
    };
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        eprintln!("cannot read {path}: {e}");
        std::process::exit(2);
    });
    let rules = datalint::rules::RuleSet::load(&[]).expect("built-in rules load");
    // The time of each stage, in milliseconds; the pass's is their sum.
    let pass = || -> [f64; STAGES.len()] {
        // On rayon's threads, as `check::check` runs a check; entering
        // the pool is part of the pass, as it is of the benchmark's, and
        // counts with the first stage (leaving it, with the last).
        let mut laps = Laps {
            last: std::time::Instant::now(),
            stages: [0.0; STAGES.len()],
        };
        on_pool(|| {
            let (lowered, _) = datalint::model::lower_source(FileId(0), &text);
            laps.lap(0);
            let (model, _) = datalint::model::link(vec![lowered]);
            laps.lap(1);
            let findings = rules.run(&model, Default::default());
            laps.lap(2);
            let diagnostics = rules.diagnostics(findings);
            std::hint::black_box(diagnostics.len());
            laps.lap(3);
            drop(diagnostics);
            drop(model);
        });
        laps.lap(4);
        laps.stages
    };
    let total = |stages: [f64; STAGES.len()]| stages.iter().sum::<f64>();
    match mode {
        Mode::References => {
            let references = References::new();
            // The first pass pays for faulting its memory in; it is not timed.
            pass();
            for _ in 0..passes {
                let (core_ms, memory_ms) = references.time();
                let pass_ms = total(pass());
                println!("{core_ms:.2} {memory_ms:.2} {pass_ms:.2}");
            }
        }
        Mode::Passes => {
            let times: Vec<f64> = (0..passes).map(|_| total(pass())).collect();
            let (fastest, median) = fastest_and_median(times);
            println!("{fastest:.1} {median:.1}");
        }
        Mode::Stages => {
            let times: Vec<[f64; STAGES.len()]> = (0..passes).map(|_| pass()).collect();
            println!("stage        fastest  median");
            for (i, name) in STAGES.iter().enumerate() {
                let (fastest, median) = fastest_and_median(times.iter().map(|t| t[i]).collect());
                println!("{name:<12} {fastest:>7.2} {median:>7.2}");
            }
            let (fastest, median) = fastest_and_median(times.into_iter().map(total).collect());
            println!("{:<12} {fastest:>7.2} {median:>7.2}", "pass");
        }
    }
}

enum Mode {
    Passes,
    References,
    Stages,
}

/// The stages of a pass, in order.
const STAGES: [&str; 5] = ["lower", "link", "rules", "diagnostics", "drop"];

/// A stopwatch over the stages of one pass: each stage ends where the
/// next starts.
struct Laps {
    last: std::time::Instant,
    stages: [f64; STAGES.len()],
}

impl Laps {
    fn lap(&mut self, stage: usize) {
        let now = std::time::Instant::now();
        self.stages[stage] = in_milliseconds(now - self.last);
        self.last = now;
    }
}

/// The fastest and the median of `times`.
fn fastest_and_median(mut times: Vec<f64>) -> (f64, f64) {
    times.sort_by(f64::total_cmp);
    (times[0], times[times.len() / 2])
}

/// How long `run` takes, in milliseconds.
fn milliseconds(run: impl FnOnce()) -> f64 {
    let start = std::time::Instant::now();
    run();
    in_milliseconds(start.elapsed())
}

fn in_milliseconds(duration: std::time::Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
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
