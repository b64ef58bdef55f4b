// Writes GitHub Actions annotations with GitHub's own toolkit (@actions/core),
// for tests/ci_formats.rs to compare datalint's `--format github` with.
// Reads one JSON array from stdin: [{command, message, properties}], where
// command is error, warning or notice and properties are @actions/core's
// AnnotationProperties (title, file, startLine, endLine, startColumn,
// endColumn). Writes one workflow command per element, as the toolkit does.
const core = require("@actions/core");

let input = "";
process.stdin.setEncoding("utf8");
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", () => {
  for (const { command, message, properties } of JSON.parse(input)) {
    core[command](message, properties);
  }
});
