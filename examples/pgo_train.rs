//! The training run of benches/pgo.sh: checks the files named on the command
//! line (parse, model, every built-in rule, diagnostics) on one thread, as
//! `datalint check` does, and returns from `main`. The binary ends with
//! `_exit`, which skips the exit handler an instrumented build writes its
//! profile in.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let texts: Vec<String> = std::env::args()
        .skip(1)
        .map(|path| {
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"))
        })
        .collect();
    let rules = datalint::rules::RuleSet::load(&[]).expect("built-in rules load");
    let lowered = texts
        .iter()
        .enumerate()
        .map(|(i, text)| datalint::model::lower_source(datalint::base::FileId(i as u32), text).0)
        .collect();
    let (model, _) = datalint::model::link(lowered);
    let findings = rules.run(&model, Default::default());
    drop(model);
    println!("{} findings", rules.diagnostics(findings).len());
}
