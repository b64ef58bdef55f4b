//! `datalint init`: a starter configuration and policy, never overwriting a
//! file that exists.

use std::path::Path;

/// Every key of `datalint.toml`, commented out at its default.
pub const STARTER_CONFIG: &str = r#"# datalint configuration. Every key is optional; the values shown are the defaults.
# Command-line flags override this file. See the README ("Configuration") and docs/ci.md.

[check]
# The lowest severity that fails the check: error | warning | info | never.
# fail-on = "error"
# The jurisdiction profile: cn | eu | intl. Default: from each policy's `jurisdiction`.
# profile = "eu"
# Rules to check: family prefixes (MON, PRV, PTY, TRN), families, codes or names. Empty: all.
# select = []
# Rules to leave out, in the same forms.
# ignore = []
# Folders of your organization's own rules (*.rule, with pattern lists in patterns/).
# rules = []
# Files to leave out, as glob patterns relative to this file.
# exclude = []

[severity]
# A rule's severity in every profile, by code or name:
# MON004 = "error"

[params]
# A rule parameter, for every rule that has it (`datalint explain CODE` lists them):
# max_term = "5y"
# min_k = 5
"#;

/// A small policy that passes every rule, to start from.
pub const STARTER_POLICY: &str = r#"# A starter policy draft. Run `datalint check policy.dsl`; `datalint explain CODE`
# explains a finding. The language is described in the README.

policy "Re-use of the city's public transport data (draft)" {
  jurisdiction "NL"
  authority    city
  status       draft
  date         2025-01-01
}

body city "City council" {
  kind local_government
}

body regulator "Data protection authority" {
  kind        supervisory_authority
  independent true
}

operator transit_app "Transit App B.V." {
  kind private
}

dataset timetables "Bus and tram timetables" {
  categories [public.transport]
  source     transport
  records    20_000
}

grant timetable_reuse "Re-use of the timetables" {
  operator                transit_app
  datasets                [timetables]
  scope                   municipal
  exclusive               false
  term                    2y
  renewal                 on_review
  review_interval         1y
  selection               open_tender
  published               true
  fair_competition_review true
  exit_terms              true
  purposes                [commercial, research]
  access                  api
  pricing                 free
}

oversight supervision "Supervision of the re-use" {
  body        regulator
  covers      [timetable_reuse]
  independent true
  powers      [audit, suspend, publish]
}
"#;

/// Writes the starter files into `dir`; returns a line for each.
pub fn init(dir: &Path) -> std::io::Result<Vec<String>> {
    std::fs::create_dir_all(dir)?;
    let mut lines = Vec::new();
    for (name, text) in [
        (crate::config::FILE_NAME, STARTER_CONFIG),
        ("policy.dsl", STARTER_POLICY),
    ] {
        let path = dir.join(name);
        // `create_new` fails if the file exists, even if it appeared since a
        // check: nothing a user wrote is overwritten.
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
        {
            Ok(mut file) => {
                std::io::Write::write_all(&mut file, text.as_bytes())?;
                lines.push(format!("wrote {}", path.display()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                lines.push(format!("kept {} (it exists)", path.display()));
            }
            Err(e) => return Err(e),
        }
    }
    Ok(lines)
}
