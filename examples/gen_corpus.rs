//! Writes a deterministic policy corpus:
//! `cargo run --release --example gen_corpus -- --grants N --seed S --out FILE`
//! (or `--bytes B` for a corpus of about B bytes).

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() {
    let mut grants = None;
    let mut bytes = None;
    let mut seed = 42u64;
    let mut out = None;
    let mut args = std::env::args().skip(1);
    while let Some(flag) = args.next() {
        let value = args
            .next()
            .unwrap_or_else(|| usage(&format!("{flag} needs a value")));
        match flag.as_str() {
            "--grants" => {
                grants = Some(
                    value
                        .parse()
                        .unwrap_or_else(|_| usage("--grants takes a number")),
                )
            }
            "--bytes" => {
                bytes = Some(
                    value
                        .parse()
                        .unwrap_or_else(|_| usage("--bytes takes a number")),
                )
            }
            "--seed" => {
                seed = value
                    .parse()
                    .unwrap_or_else(|_| usage("--seed takes a number"))
            }
            "--out" => out = Some(value),
            _ => usage(&format!("unknown flag {flag}")),
        }
    }
    let text = match (grants, bytes) {
        (Some(n), None) => corpus::generate(n, seed),
        (None, Some(b)) => corpus::generate_bytes(b, seed),
        _ => usage("give one of --grants N or --bytes B"),
    };
    let Some(out) = out else {
        usage("--out FILE is required")
    };
    if let Err(e) = std::fs::write(&out, text) {
        eprintln!("gen_corpus: cannot write {out}: {e}");
        std::process::exit(2);
    }
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "gen_corpus: {problem}\nusage: gen_corpus (--grants N | --bytes B) [--seed S] --out FILE"
    );
    std::process::exit(2);
}
