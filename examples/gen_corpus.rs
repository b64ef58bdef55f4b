//! Writes a deterministic policy corpus:
//! `cargo run --release --example gen_corpus -- --grants N --seed S --out FILE`
//! (or `--bytes B` for a corpus of about B bytes). With `--files K`, the N
//! grants are split over K files `part-00000.dsl` … written into the folder
//! `--out DIR` (created if missing): `--grants 10000 --files 10000 --out dir`.

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn main() {
    let mut grants = None;
    let mut bytes = None;
    let mut files: Option<usize> = None;
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
            "--files" => {
                files = Some(
                    value
                        .parse()
                        .ok()
                        .filter(|&k: &usize| k > 0)
                        .unwrap_or_else(|| usage("--files takes a positive number")),
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
    let Some(out) = out else {
        usage("--out FILE is required")
    };
    if let Some(files) = files {
        let Some(grants) = grants.filter(|_| bytes.is_none()) else {
            usage("--files K needs --grants N (not --bytes)")
        };
        let dir = std::path::Path::new(&out);
        if let Err(e) = std::fs::create_dir_all(dir) {
            fail(&format!("cannot create {out}: {e}"));
        }
        for (k, text) in corpus::generate_files(grants, files, seed)
            .into_iter()
            .enumerate()
        {
            let path = dir.join(format!("part-{k:05}.dsl"));
            if let Err(e) = std::fs::write(&path, text) {
                fail(&format!("cannot write {}: {e}", path.display()));
            }
        }
        return;
    }
    let text = match (grants, bytes) {
        (Some(n), None) => corpus::generate(n, seed),
        (None, Some(b)) => corpus::generate_bytes(b, seed),
        _ => usage("give one of --grants N or --bytes B"),
    };
    if let Err(e) = std::fs::write(&out, text) {
        fail(&format!("cannot write {out}: {e}"));
    }
}

fn fail(problem: &str) -> ! {
    eprintln!("gen_corpus: {problem}");
    std::process::exit(2);
}

fn usage(problem: &str) -> ! {
    eprintln!(
        "gen_corpus: {problem}\nusage: gen_corpus (--grants N | --bytes B) [--seed S] --out FILE\n       gen_corpus --grants N --files K [--seed S] --out DIR"
    );
    std::process::exit(2);
}
