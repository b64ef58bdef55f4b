//! docs/errors.md stays true: each section's example, checked by the binary,
//! prints the output the section shows.

use assert_cmd::Command;

struct Section<'a> {
    code: &'a str,
    example: Option<&'a str>,
    output: Option<&'a str>,
}

fn sections(doc: &str) -> Vec<Section<'_>> {
    doc.split("\n## ")
        .skip(1)
        .map(|section| {
            let code = section.split_whitespace().next().unwrap();
            Section {
                code,
                example: fenced(section, "```dsl\n"),
                output: fenced(section, "```text\n"),
            }
        })
        .collect()
}

fn fenced<'a>(section: &'a str, opening: &str) -> Option<&'a str> {
    let start = section.find(opening)? + opening.len();
    let end = section[start..].find("```")?;
    Some(&section[start..start + end])
}

#[test]
fn every_example_prints_what_its_section_shows() {
    let doc = std::fs::read_to_string("docs/errors.md").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let sections = sections(&doc);
    assert_eq!(sections.len(), datalint::base::codes::ALL.len());
    for section in sections {
        // E013's and E017's examples are schematic (65 levels, or a name
        // of 1025 bytes, do not fit on a page).
        if section.code == "E013" || section.code == "E017" {
            continue;
        }
        let example = section
            .example
            .unwrap_or_else(|| panic!("{} has no dsl example", section.code));
        let expected = section
            .output
            .unwrap_or_else(|| panic!("{} has no output", section.code));
        // `<FF>` in E001's example stands for the byte 0xFF, `<U+202E>` and
        // the like in E014's for the invisible characters.
        let mut example = example.to_string();
        while let Some(at) = example.find("<U+") {
            let end = at + example[at..].find('>').unwrap();
            let code = u32::from_str_radix(&example[at + 3..end], 16).unwrap();
            example.replace_range(at..=end, &char::from_u32(code).unwrap().to_string());
        }
        let example = example.as_str();
        let mut bytes = example.as_bytes().to_vec();
        if let Some(at) = example.find("<FF>") {
            bytes = [
                &example.as_bytes()[..at],
                b"\xFF",
                &example.as_bytes()[at + 4..],
            ]
            .concat();
        }
        let name = format!("{}.dsl", section.code.to_lowercase());
        std::fs::write(dir.path().join(&name), bytes).unwrap();
        let output = Command::cargo_bin("datalint")
            .unwrap()
            .current_dir(dir.path())
            .args(["check", &name, "--color", "never"])
            // E015's example shows the limit at work on a small file.
            .args([
                "--max-diagnostics",
                if section.code == "E015" { "2" } else { "0" },
            ])
            // E016's example shows a limit of 16 bytes; the file is not
            // checked, so datalint exits 2.
            .args(if section.code == "E016" {
                &["--max-file-size", "16"][..]
            } else {
                &[]
            })
            .env("COLUMNS", "90")
            .output()
            .unwrap();
        let stdout = String::from_utf8(output.stdout).unwrap();
        let expected_code = if section.code == "E016" { 2 } else { 1 };
        assert_eq!(
            output.status.code(),
            Some(expected_code),
            "{}",
            section.code
        );
        assert!(
            stdout.contains(expected.trim_end()),
            "{}: docs/errors.md shows\n{expected}\nbut datalint prints\n{stdout}",
            section.code
        );
    }
}
