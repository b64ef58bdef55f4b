//! The table of `datalint check --timings`: where a run's time went, by
//! stage and by rule, slowest rule first. It is written to standard error,
//! so the findings on standard output stay what the format promises.

use std::time::Duration;

use crate::check::Timings;
use crate::rules::RuleSet;

/// Renders the table of a run with `rules`.
pub fn render(timings: &Timings, rules: &RuleSet) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let total: Duration = timings.stages.iter().map(|(_, spent)| *spent).sum();
    let _ = writeln!(out, "{:<18} {:>12}", "stage", "wall time");
    for (stage, spent) in &timings.stages {
        let _ = writeln!(out, "{stage:<18} {}", millis(*spent));
    }
    let _ = writeln!(out, "{:<18} {}", "total", millis(total));
    let _ = writeln!(out);

    let mut by_time: Vec<_> = timings.rules.iter().collect();
    by_time.sort_by(|a, b| {
        let code = |rule: usize| rules.rules[rule].code();
        b.spent.cmp(&a.spent).then(code(a.rule).cmp(code(b.rule)))
    });
    let all_rules: Duration = timings.rules.iter().map(|t| t.spent).sum();
    let name_width = (by_time.iter())
        .map(|t| rules.rules[t.rule].name().len())
        .max()
        .unwrap_or(0)
        .max("name".len());
    let _ = writeln!(
        out,
        "{:<7} {:<name_width$} {:>12} {:>7} {:>9} {:>9}",
        "rule", "name", "time", "share", "checks", "findings"
    );
    for time in by_time {
        let rule = &rules.rules[time.rule];
        let share = if all_rules.is_zero() {
            0.0
        } else {
            100.0 * time.spent.as_secs_f64() / all_rules.as_secs_f64()
        };
        let _ = writeln!(
            out,
            "{:<7} {:<name_width$} {} {:>6.1}% {:>9} {:>9}",
            rule.code(),
            rule.name(),
            millis(time.spent),
            share,
            time.checks,
            time.findings
        );
    }
    let threads = match timings.threads {
        1 => "1 thread".to_string(),
        n => format!("{n} threads"),
    };
    let _ = write!(
        out,
        "\nA check is one of a rule's cases tried on one block. A rule's time is what its checks\n\
         took, summed over the {threads}: its conditions, the indexes its aggregates built, the\n\
         findings it recorded, and compiling each pattern-list regex the first time a text needs\n\
         it. Measuring adds a clock read to every check.\n"
    );
    out
}

fn millis(spent: Duration) -> String {
    format!("{:>9.3} ms", spent.as_secs_f64() * 1000.0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::eval::RuleTime;

    #[test]
    fn slowest_rule_first_with_stages_and_shares() {
        let rules = RuleSet::load(&[]).expect("the built-in rules load");
        let position = |code: &str| {
            (rules.rules.iter().position(|r| r.code() == code)).expect("a built-in rule")
        };
        let ms = Duration::from_micros;
        let timings = Timings {
            stages: vec![
                ("parse and model", ms(61_500)),
                ("rules", ms(140_250)),
                ("diagnostics", ms(11_000)),
                ("output", ms(3_125)),
            ],
            rules: vec![
                RuleTime {
                    rule: position("MON001"),
                    spent: ms(2_500),
                    checks: 8_540,
                    findings: 2_703,
                },
                RuleTime {
                    rule: position("MON007"),
                    spent: ms(15_000),
                    checks: 8_540,
                    findings: 0,
                },
                // Ties are in code order.
                RuleTime {
                    rule: position("PTY004"),
                    spent: ms(2_500),
                    checks: 2_580,
                    findings: 0,
                },
                RuleTime {
                    rule: position("PRV014"),
                    spent: Duration::ZERO,
                    checks: 0,
                    findings: 0,
                },
            ],
            threads: 2,
        };
        insta::assert_snapshot!(render(&timings, &rules));
    }
}
