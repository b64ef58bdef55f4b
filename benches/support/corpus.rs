//! A deterministic generator of realistic policy corpora, shared by the
//! benchmarks and `cargo run --example gen_corpus`.

#![allow(dead_code)]

use std::fmt::Write;

/// SplitMix64: a tiny deterministic generator, so a seed always gives the
/// same corpus on every machine without pulling in a RNG crate.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

const CATEGORIES: &[&str] = &[
    "user.biometric.face",
    "user.location.trajectory",
    "user.location.imprecise",
    "user.name",
    "user.contact.phone_number",
    "user.health_and_medical",
    "user.financial.bank_account",
    "user.demographic.date_of_birth",
    "user.demographic.gender",
    "user.contact.address.postal_code",
    "user.government_id.national_identification_number",
    "user.device.device_id",
    "public.transport",
    "public.environment",
    "public.weather",
    "public.enterprise_registry",
    "public.statistics",
    "public.geospatial",
];
const SOURCES: &[&str] = &[
    "public_security",
    "health",
    "transport",
    "social_security",
    "tax",
    "education",
    "utilities",
    "geospatial",
    "environment",
    "enterprise_registry",
    "statistics",
];
const KEYS: &[&str] = &[
    "national_id",
    "phone",
    "plate_number",
    "device_id",
    "face_template",
    "birth_date",
    "postcode",
    "gender",
];
const PURPOSES: &[&str] = &[
    "commercial",
    "research",
    "public_interest",
    "statistics",
    "marketing",
    "ai_training",
    "profiling",
];
const CLAUSES_ZH: &[&str] = &[
    "公共数据授权运营工作坚持党对数据工作的全面领导，建立健全运营管理制度。",
    "运营主体应当按照授权范围使用公共数据，不得用于其他用途，不得向第三方提供原始数据。",
    "授权期满后，经评估合格的，可以申请延续授权；评估不合格的，应当退出并删除相关数据。",
    "公安机关因维护国家安全需要，可以依法调取相关数据，并履行审批程序。",
    "运营收益按照比例上缴财政，具体办法由数据主管部门会同财政部门制定。",
    "数据产品和服务定价应当遵循公平、合理、非歧视原则，公共治理和公益事业使用的，免费提供。",
];
const CLAUSES_EN: &[&str] = &[
    "The operator shall process the data only for the purposes listed in the grant and shall publish an annual report.",
    "Either party may terminate the agreement with six months' notice; on termination the operator returns and deletes the data.",
    "The supervisory authority may audit the operator at any time and publish its findings.",
    "Access by third parties requires a written agreement approved by the data bureau.",
    "The data may be used for any lawful purpose consistent with this agreement.",
];

/// A corpus of `grants` grants with the bodies, operators, datasets, accesses,
/// oversight and clauses around them. About one grant in five is clean.
pub fn generate(grants: usize, seed: u64) -> String {
    let mut rng = Rng::new(seed);
    let mut out = String::with_capacity(grants * 1400);
    let _ = writeln!(
        out,
        "# Generated corpus: {grants} grants, seed {seed}\npolicy \"Generated measures for the authorized operation of public data\" {{\n  jurisdiction \"CN-GZ\"\n  authority    bureau\n  status       draft\n  date         2025-02-24\n}}\n"
    );
    out.push_str("body bureau \"Data Bureau\" {\n  kind regulator\n  reports_to gov\n}\n\n");
    out.push_str("body gov \"Provincial Government\" {\n  kind local_government\n}\n\n");
    out.push_str("body police \"Public Security Department\" {\n  kind security_organ\n}\n\n");
    out.push_str("body board \"Independent Data Board\" {\n  kind supervisory_authority\n  independent true\n}\n\n");
    for i in 0..grants {
        append_unit(&mut out, &mut rng, i);
    }
    out
}

fn append_unit(out: &mut String, rng: &mut Rng, i: usize) {
    let clean = rng.chance(20);
    let operator_kind = rng.pick(&["private", "state_owned", "joint_venture", "research"]);
    let _ = writeln!(
        out,
        "operator op{i} \"Operator {i} Data Co., Ltd.\" {{\n  kind            {operator_kind}\n  affiliated_with [{}]\n  party_role      {}\n  competes_downstream {}\n}}\n",
        if clean { "gov" } else { "bureau" },
        if clean {
            "none"
        } else {
            rng.pick(&["none", "advisory", "decisive"])
        },
        !clean && rng.chance(30),
    );
    let datasets = 1 + rng.below(2) as usize;
    for d in 0..datasets {
        let count = 1 + rng.below(3) as usize;
        let categories: Vec<&str> = (0..count)
            .map(|_| {
                if clean {
                    rng.pick(&CATEGORIES[12..])
                } else {
                    rng.pick(CATEGORIES)
                }
            })
            .collect();
        let keys: Vec<&str> = (0..1 + rng.below(2)).map(|_| rng.pick(KEYS)).collect();
        let _ = writeln!(
            out,
            "dataset ds{i}_{d} \"Dataset {i}-{d}\" {{\n  categories [{}]\n  subjects   [residents]\n  records    {}\n  source     {}\n  keys       [{}]\n}}\n",
            categories.join(", "),
            1_000 + rng.below(5_000_000),
            rng.pick(SOURCES),
            keys.join(", "),
        );
    }
    let names: Vec<String> = (0..datasets).map(|d| format!("ds{i}_{d}")).collect();
    let purposes: Vec<&str> = (0..1 + rng.below(3)).map(|_| rng.pick(PURPOSES)).collect();
    if clean {
        let _ = writeln!(
            out,
            "grant g{i} \"Grant {i}\" {{\n  operator      op{i}\n  datasets      [{}]\n  scope         municipal\n  exclusive     false\n  term          3y\n  renewal       on_review\n  review_interval 1y\n  selection     open_tender\n  published     true\n  fair_competition_review true\n  exit_terms    true\n  purposes      [research, public_interest]\n  access        sandbox\n  anonymization differential_privacy\n  epsilon       0.5\n  legal_basis   law\n  retention     2y\n  impact_assessment true\n  audit         independent\n  pricing       marginal_cost\n  free_for      [public_interest, research]\n  redress       true\n  breach_notification true\n}}\n",
            names.join(", ")
        );
    } else {
        let _ = writeln!(
            out,
            "grant g{i} \"Grant {i}\" {{\n  operator      op{i}\n  datasets      [{}]\n  scope         {}\n  exclusive     {}\n  term          {}\n  renewal       {}\n  selection     {}\n  published     {}\n  purposes      [{}]\n  access        {}\n  anonymization {}\n  legal_basis   {}\n  retention     {}\n  revenue_share {}%\n  revenue_to    bureau\n  pricing       {}\n}}\n",
            names.join(", "),
            rng.pick(&["provincial", "municipal", "national", "district"]),
            rng.chance(40),
            rng.pick(&["20y", "5y", "18mo", "indefinite", "3y"]),
            rng.pick(&["automatic", "on_review", "none"]),
            rng.pick(&[
                "direct_award",
                "open_tender",
                "designation",
                "competitive_negotiation"
            ]),
            rng.chance(30),
            purposes.join(", "),
            rng.pick(&["raw", "api", "sandbox", "query_only"]),
            rng.pick(&["none", "pseudonymized", "k_anonymity", "aggregated"]),
            rng.pick(&["consent", "law", "none", "contract"]),
            rng.pick(&["indefinite", "5y", "10y", "90d"]),
            rng.below(40),
            rng.pick(&["market", "cost_recovery", "free"]),
        );
    }
    if rng.chance(30) {
        let _ = writeln!(
            out,
            "access acc{i} \"Standing access {i}\" {{\n  body     police\n  datasets [{}]\n  basis    {}\n  logging  {}\n}}\n",
            names[0],
            rng.pick(&["administrative_request", "warrant", "court_order", "none"]),
            rng.chance(50),
        );
    }
    if clean || rng.chance(50) {
        let _ = writeln!(
            out,
            "oversight ov{i} {{\n  body        board\n  covers      [g{i}]\n  independent true\n  powers      [audit, suspend, publish]\n}}\n"
        );
    }
    let zh = rng.chance(60);
    let text = if zh {
        rng.pick(CLAUSES_ZH)
    } else {
        rng.pick(CLAUSES_EN)
    };
    let _ = writeln!(
        out,
        "clause art{i} \"Article {i}\" {{\n  text \"\"\"\n{text}\n\"\"\"\n  applies_to [g{i}]\n}}\n"
    );
}

/// The same units as [`generate`] split over `files` files (`files` at most
/// `grants`), for benchmarks of many small files: the first file holds the
/// shared bodies, every file its own policy block, and unit `i` goes to file
/// `i * files / grants`. Names stay unique across the files, and the grants,
/// datasets and clauses are those `generate(grants, seed)` writes.
pub fn generate_files(grants: usize, files: usize, seed: u64) -> Vec<String> {
    let files = files.clamp(1, grants.max(1));
    let mut rng = Rng::new(seed);
    let mut out: Vec<String> = (0..files)
        .map(|f| {
            let mut text = String::with_capacity(grants / files * 1400 + 512);
            let _ = writeln!(
                text,
                "# Generated corpus: part {f} of {files} ({grants} grants, seed {seed})\npolicy \"Generated measures, part {f}\" {{\n  jurisdiction \"CN-GZ\"\n  authority    bureau\n  status       draft\n  date         2025-02-24\n}}\n"
            );
            text
        })
        .collect();
    out[0].push_str("body bureau \"Data Bureau\" {\n  kind regulator\n  reports_to gov\n}\n\n");
    out[0].push_str("body gov \"Provincial Government\" {\n  kind local_government\n}\n\n");
    out[0].push_str("body police \"Public Security Department\" {\n  kind security_organ\n}\n\n");
    out[0].push_str("body board \"Independent Data Board\" {\n  kind supervisory_authority\n  independent true\n}\n\n");
    for i in 0..grants {
        append_unit(&mut out[i * files / grants], &mut rng, i);
    }
    out
}

/// A corpus of about `bytes` bytes.
pub fn generate_bytes(bytes: usize, seed: u64) -> String {
    // Each unit averages a little over 1.3 KB.
    let mut grants = (bytes / 1300).max(1);
    loop {
        let corpus = generate(grants, seed);
        if corpus.len() >= bytes {
            return corpus;
        }
        grants = grants * bytes / corpus.len() + 1;
    }
}
