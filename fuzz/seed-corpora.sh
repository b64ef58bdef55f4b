#!/bin/sh
# Writes the seed corpora fuzz/corpus/<target>/ from the repository's own
# files: the examples, the rule fixtures, the bad-input catalogue, the rules
# and pattern lists, and the configurations under tests/config. The corpora
# are not committed (fuzz/.gitignore); libFuzzer adds what it finds to the
# same folders. Safe to run again: it only (re)writes the seed files.
set -eu
cd "$(dirname "$0")/.."
C=fuzz/corpus
mkdir -p $C/parse $C/check $C/rule_file $C/config

# A built-in rule renamed, so that loading it beside the built-in rules is no
# duplicate code or name (FZ001 fz-exclusive-grant).
renamed() {
    sed -E '1,/^rule /s/^rule ([A-Z]+)([0-9]+) ([a-z0-9-]+)/rule FZ\2 fz-\3/' "$1"
}

for f in examples/*.dsl rules/fixtures/*.dsl tests/bad-input/* tests/waivers/*.dsl \
    tests/diff/*.dsl tests/findings/*.dsl tests/rule-errors/custom/*.dsl \
    $(find tests/config -name '*.dsl'); do
    n=$(echo "$f" | sed 's#^tests/##; s#^rules/fixtures/#rules/#; s#/#-#g')
    cp "$f" "$C/check/$n"
    # The parse target reads UTF-8 only.
    if iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1; then cp "$f" "$C/parse/$n"; fi
done
# Several files checked together (see FILE_SEPARATOR in fuzz/harness.rs).
{ cat tests/diff/v1.dsl; printf '\n#--fuzz-next-file--\n'; cat tests/findings/small-draft.dsl; \
  printf '\n#--fuzz-next-file--\n'; cat tests/diff/v2.dsl; } > $C/check/multi-v1-small-v2.dsl

for f in $(find rules tests/rule-errors -name '*.rule'); do
    renamed "$f" > "$C/rule_file/$(basename "$f")"
done
# A rule and a pattern list `fuzzed` (see PATTERNS_SEPARATOR in fuzz/harness.rs).
for p in rules/patterns/*.toml tests/rule-errors/regex/patterns/*.toml; do
    { renamed tests/rule-errors/custom/ACME001-review-too-rare.rule; \
      printf '\n#--fuzz-patterns--\n'; cat "$p"; } > "$C/rule_file/patterns-$(basename "$p" .toml)"
done

for f in tests/config/*/datalint.toml; do
    cp "$f" "$C/config/$(basename "$(dirname "$f")").toml"
done
# The README's example configuration.
sed -n '/^```toml$/,/^```$/p' README.md | sed '1d;$d' > $C/config/readme.toml
