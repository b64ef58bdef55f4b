// Real-consumer check of editors/vscode/syntaxes/datalint.tmLanguage.json.
//
// Loads the grammar with vscode-textmate and vscode-oniguruma (the libraries VS Code itself
// tokenizes with), tokenizes every examples/*.dsl (plus the waiver and rule-test fixtures) and
// checks that key constructs get the scopes the grammar promises. Exits 1 on any failure,
// including a grammar that does not load.
//
// Two kinds of checks:
//  - generic: derived from the raw text of every file, independently of the grammar (block
//    headers, attribute keys, comments, long-string bodies, scalar values), so a construct that a
//    new example introduces is checked too;
//  - pinned: named tokens in named files (the construct list of the editor brief), plus an
//    inline snippet for what the examples do not contain (escapes, `;`, decimals, ...).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const grammarPath = path.join(root, "editors/vscode/syntaxes/datalint.tmLanguage.json");

let vsctm, oniguruma;
try {
  vsctm = require("vscode-textmate");
  oniguruma = require("vscode-oniguruma");
} catch (e) {
  console.error(`tokenize: cannot load vscode-textmate/vscode-oniguruma (run editors/test/run.sh): ${e.message}`);
  process.exit(1);
}

const failures = [];
let checks = 0;
function fail(msg) {
  failures.push(msg);
}

// ---- load the grammar -------------------------------------------------------------------
let grammar;
try {
  const wasm = fs.readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm")).buffer;
  await oniguruma.loadWASM(wasm);
  const onigLib = Promise.resolve({
    createOnigScanner: (sources) => new oniguruma.OnigScanner(sources),
    createOnigString: (s) => new oniguruma.OnigString(s),
  });
  const raw = fs.readFileSync(grammarPath, "utf8");
  const registry = new vsctm.Registry({
    onigLib,
    loadGrammar: async (scopeName) =>
      scopeName === "source.datalint" ? vsctm.parseRawGrammar(raw, grammarPath) : null,
  });
  grammar = await registry.loadGrammar("source.datalint");
  if (!grammar) throw new Error("loadGrammar returned null");
  // Compiling the patterns happens lazily: force it on a line that reaches every rule.
  grammar.tokenizeLine('x 1 "a" [b.c] {', vsctm.INITIAL);
} catch (e) {
  console.error(`tokenize: FAIL: the grammar did not load: ${e.stack || e}`);
  process.exit(1);
}

// ---- tokenizing ---------------------------------------------------------------------------
const LINE_LIMIT_MS = 200; // a pathological regex shows up as a slow line

/** Tokenizes `text`; returns { lines, tokens[line] = [{start,end,text,scopes}], endState }. */
function tokenize(text, label) {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const tokens = [];
  let state = vsctm.INITIAL;
  lines.forEach((line, i) => {
    const t0 = Date.now();
    const r = grammar.tokenizeLine(line, state);
    if (r.stoppedEarly) fail(`${label}:${i + 1}: tokenizing stopped early`);
    if (Date.now() - t0 > LINE_LIMIT_MS) fail(`${label}:${i + 1}: line took ${Date.now() - t0} ms to tokenize`);
    tokens.push(
      r.tokens.map((tok) => ({
        start: tok.startIndex,
        end: Math.min(tok.endIndex, line.length),
        text: line.slice(tok.startIndex, tok.endIndex),
        scopes: tok.scopes,
      })),
    );
    state = r.ruleStack;
  });
  return { lines, tokens, endState: state };
}

function tokenAt(doc, line, col) {
  return doc.tokens[line].find((t) => t.start <= col && col < t.end);
}
function hasScope(tok, want) {
  return !!tok && tok.scopes.some((s) => s === want || s.startsWith(want + "."));
}
/** Checks that the token at (line, col), 0-based, has every scope in `wants`. */
function expectAt(doc, label, line, col, wants, what) {
  checks++;
  const tok = tokenAt(doc, line, col);
  const missing = [].concat(wants).filter((w) => !hasScope(tok, w));
  if (missing.length) {
    fail(
      `${label}:${line + 1}:${col + 1}: ${what}: expected ${missing.join(", ")}; ` +
        `token ${JSON.stringify(tok ? tok.text : null)} has [${tok ? tok.scopes.join(" ") : ""}]`,
    );
  }
}
function expectNot(doc, label, line, col, unwanted, what) {
  checks++;
  const tok = tokenAt(doc, line, col);
  if (hasScope(tok, unwanted)) fail(`${label}:${line + 1}:${col + 1}: ${what}: must not be ${unwanted}; has [${tok.scopes.join(" ")}]`);
}
/** Finds `needle` (a string) in the first line matching `lineRe`; returns [line, col]. */
function locate(doc, label, lineRe, needle) {
  for (let i = 0; i < doc.lines.length; i++) {
    if (lineRe.test(doc.lines[i])) {
      const col = doc.lines[i].indexOf(needle);
      if (col >= 0) return [i, col];
    }
  }
  fail(`${label}: fixture changed? no line matching ${lineRe} holds ${JSON.stringify(needle)}`);
  return null;
}
function expectToken(doc, label, lineRe, needle, wants, what) {
  const at = locate(doc, label, lineRe, needle);
  if (at) expectAt(doc, label, at[0], at[1], wants, what ?? JSON.stringify(needle));
}

// ---- scopes ---------------------------------------------------------------------------------
const S = {
  comment: "comment.line.number-sign.datalint",
  waiver: "keyword.other.waiver.datalint",
  rule: "entity.name.tag",
  ruleConst: "support.constant",
  annotation: "keyword.other.annotation.datalint",
  kind: "keyword.other.block.datalint",
  name: "entity.name.type.datalint",
  key: "variable.other.property.datalint",
  keyAlt: "support.type.property-name",
  string: "string.quoted.double.datalint",
  triple: "string.quoted.triple.datalint",
  escape: "constant.character.escape.datalint",
  date: "constant.numeric.date",
  duration: "constant.numeric.duration",
  unit: "keyword.other.unit",
  percent: "constant.numeric.percent",
  number: "constant.numeric",
  bool: "constant.language",
  category: "support.constant.category",
  punct: "punctuation",
};
const KINDS = ["policy", "body", "operator", "dataset", "grant", "access", "oversight", "clause"];
const IDENT = "[A-Za-z_][A-Za-z0-9_-]*";
const HEADER = new RegExp(`^(\\s*)(${KINDS.join("|")})(?:(\\s+)(${IDENT}))?\\s*("|\\{)`);
const ATTR = new RegExp(`^(\\s*)(${IDENT})(\\s+)(\\S.*)$`);

/** Which lines are inside a `"""` long string (body lines, not the opening/closing lines). */
function longStringLines(lines) {
  const inside = new Array(lines.length).fill(false);
  let open = false;
  lines.forEach((line, i) => {
    if (open) inside[i] = true;
    // Outside a long string, `#` starts a comment and `"` a short string; skip those.
    let j = 0;
    while (j < line.length) {
      if (open) {
        const k = line.indexOf('"""', j);
        if (k < 0) break;
        open = false;
        inside[i] = false; // the closing line itself is not a pure body line
        j = k + 3;
      } else if (line.startsWith('"""', j)) {
        open = true;
        j += 3;
      } else if (line[j] === '"') {
        j++;
        while (j < line.length && line[j] !== '"') j += line[j] === "\\" ? 2 : 1;
        j++;
      } else if (line[j] === "#") {
        break;
      } else j++;
    }
  });
  return inside;
}

/** Expected scope of a bare scalar word, or null when the word is a plain identifier. */
function scalarScope(word) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(word)) return [S.date];
  if (/^\d(?:_?\d)*(?:y|mo|w|d)$/.test(word)) return [S.duration];
  if (/^\d(?:_?\d)*(?:\.\d+)?%$/.test(word)) return [S.percent];
  if (/^\d(?:_?\d)*(?:\.\d+)?$/.test(word)) return [S.number];
  if (word === "true" || word === "false") return [S.bool];
  if (new RegExp(`^${IDENT}(?:\\.${IDENT})+$`).test(word)) return [S.category];
  return null;
}

const seen = { header: 0, key: 0, comment: 0, waiver: 0, annotation: 0, triple: 0, scalar: {} };

function genericChecks(doc, label) {
  const inLong = longStringLines(doc.lines);
  let openLong = false;
  doc.lines.forEach((line, i) => {
    if (inLong[i]) {
      seen.triple++;
      if (line.length) expectAt(doc, label, i, 0, S.triple, "long-string body");
      return;
    }
    if (openLong) return;
    const trimmed = line.trimStart();
    const indent = line.length - trimmed.length;
    if (trimmed.startsWith("#")) {
      seen.comment++;
      expectAt(doc, label, i, indent, S.comment, "comment");
      let m;
      if ((m = /^#\s*(datalint:\s*allow)\b\s*([A-Za-z][A-Za-z0-9_-]*)?\s*("?)/.exec(trimmed))) {
        seen.waiver++;
        expectAt(doc, label, i, indent + trimmed.indexOf("datalint"), [S.comment, S.waiver], "waiver keyword");
        if (m[2]) expectAt(doc, label, i, indent + trimmed.indexOf(m[2], m.index + m[1].length + 1), [S.rule, S.ruleConst], "waived rule");
        if (m[3]) expectAt(doc, label, i, indent + m[0].length - 1, [S.comment, "string"], "waiver reason");
      } else if ((m = /^#\s*(expect|ok):\s*([A-Z]{3}\d{3})?/.exec(trimmed))) {
        seen.annotation++;
        expectAt(doc, label, i, indent + trimmed.indexOf(m[1]), [S.comment, S.annotation], "annotation keyword");
        if (m[2]) expectAt(doc, label, i, indent + trimmed.indexOf(m[2]), [S.rule], "annotated rule");
      }
      return;
    }
    let m;
    if ((m = HEADER.exec(line))) {
      seen.header++;
      expectAt(doc, label, i, m[1].length, S.kind, `block keyword ${m[2]}`);
      if (m[4]) expectAt(doc, label, i, m[1].length + m[2].length + m[3].length, S.name, `block name ${m[4]}`);
      const q = line.indexOf('"');
      if (m[5] === '"') expectAt(doc, label, i, q + 1 < line.length ? q + 1 : q, "string", "block title");
      const brace = line.lastIndexOf("{");
      if (brace >= 0 && line.lastIndexOf('"') < brace)
        expectAt(doc, label, i, brace, S.punct, "block brace");
      return;
    }
    if ((m = ATTR.exec(line)) && !/^[#,\]}]/.test(m[4])) {
      seen.key++;
      expectAt(doc, label, i, m[1].length, [S.key, S.keyAlt], `attribute key ${m[2]}`);
      // Scalar words of the value (when it holds no string or comment).
      const value = m[4];
      const vstart = m[1].length + m[2].length + m[3].length;
      if (!/["#]/.test(value)) {
        const wordRe = /[^\s\[\],;{}]+/g;
        let w;
        while ((w = wordRe.exec(value))) {
          const want = scalarScope(w[0]);
          if (!want) continue;
          seen.scalar[want[0]] = (seen.scalar[want[0]] ?? 0) + 1;
          expectAt(doc, label, i, vstart + w.index, want, `value ${w[0]}`);
          if (want[0] === S.duration || want[0] === S.percent)
            expectAt(doc, label, i, vstart + w.index + w[0].search(/[a-z%]+$/), S.unit, `unit of ${w[0]}`);
        }
        if (value.startsWith("[")) expectAt(doc, label, i, vstart, S.punct, "list bracket");
      }
    } else if (/^\s*[^\s#\[\],]+\s*,?\s*$/.test(line)) {
      // An item of a multi-line list: a value, never an attribute key.
      const word = trimmed.replace(/[\s,]+$/, "");
      expectNot(doc, label, i, indent, S.key, `list item ${word}`);
      const want = scalarScope(word);
      if (want) expectAt(doc, label, i, indent, want, `list item ${word}`);
    }
  });
  // Every construct closed: a header after the end of the file is still a header.
  checks++;
  const probe = grammar.tokenizeLine('grant probe "p" {', doc.endState);
  if (!probe.tokens[0].scopes.includes(S.kind)) fail(`${label}: a rule is left open at the end of the file: [${probe.tokens[0].scopes.join(" ")}]`);
}

// ---- the files ------------------------------------------------------------------------------
const rel = (p) => path.relative(root, p);
const dslIn = (dir) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(".dsl")).sort().map((f) => path.join(dir, f)) : [];
const examples = dslIn(path.join(root, "examples"));
if (examples.length === 0) fail("no examples/*.dsl found");
const fixtures = [...dslIn(path.join(root, "tests/waivers")), ...dslIn(path.join(root, "rules/fixtures"))];

const docs = {};
for (const file of [...examples, ...fixtures]) {
  const label = rel(file);
  try {
    docs[label] = tokenize(fs.readFileSync(file, "utf8"), label);
    genericChecks(docs[label], label);
  } catch (e) {
    fail(`${label}: tokenizing threw: ${e.stack || e}`);
  }
}

// ---- pinned checks --------------------------------------------------------------------------
const PROV = "examples/province-authorized-operation.dsl";
const WAIV = "tests/waivers/waivers.dsl";
if (docs[PROV]) {
  const d = docs[PROV];
  expectToken(d, PROV, /^grant gz_province_wide /, "grant", S.kind, "`grant` at line start");
  expectToken(d, PROV, /^grant gz_province_wide /, "gz_province_wide", S.name, "grant name");
  expectToken(d, PROV, /^grant gz_province_wide /, "全省", S.string, "grant title");
  expectToken(d, PROV, /^\s+term\s+20y/, "term", [S.key, S.keyAlt], "attribute key term");
  expectToken(d, PROV, /^\s+term\s+20y/, "20y", S.duration, "20y");
  expectToken(d, PROV, /^\s+term\s+20y/, "y", S.unit, "unit of 20y");
  expectToken(d, PROV, /^\s+date\s+2025-02-24/, "2025-02-24", S.date, "2025-02-24");
  expectToken(d, PROV, /^\s+revenue_share\s+30%/, "30%", S.percent, "30%");
  expectToken(d, PROV, /^\s+records\s+40_000_000/, "40_000_000", S.number, "40_000_000");
  expectToken(d, PROV, /^\s+exclusive\s+true/, "true", S.bool, "true");
  expectToken(d, PROV, /^\s+published\s+false/, "false", S.bool, "false");
  expectToken(d, PROV, /user\.biometric\.face/, "user.biometric.face", S.category, "user.biometric.face");
  expectToken(d, PROV, /^\s+text """/, '"""', S.triple, "opening of a long string");
  expectToken(d, PROV, /^公共数据授权运营工作坚持党的全面领导/, "党的全面领导", S.triple, "long-string body");
  // `access raw` inside the grant is an attribute; `access gz_police_standing "…" {` is a block.
  expectToken(d, PROV, /^\s+access\s+raw/, "access", [S.key, S.keyAlt], "attribute key access");
  const at = locate(d, PROV, /^\s+access\s+raw/, "access");
  if (at) expectNot(d, PROV, at[0], at[1], S.kind, "attribute key access");
  expectToken(d, PROV, /^access gz_police_standing/, "access", S.kind, "`access` block keyword");
  expectToken(d, PROV, /^\s+body\s+gz_police$/, "body", [S.key, S.keyAlt], "attribute key body");
  expectToken(d, PROV, /^# Example:/, "#", S.comment, "leading comment");
}
if (docs[WAIV]) {
  const d = docs[WAIV];
  const line = /^# datalint: allow exclusive-grant "/;
  expectToken(d, WAIV, line, "#", S.comment, "waiver comment");
  expectToken(d, WAIV, line, "datalint: allow", [S.comment, S.waiver], "`datalint: allow`");
  expectToken(d, WAIV, line, "exclusive-grant", [S.comment, S.rule, S.ruleConst], "waived rule name");
  expectToken(d, WAIV, line, "the only ferry", [S.comment, "string"], "waiver reason");
  expectToken(d, WAIV, /^\s+# datalint: allow MON002/, "MON002", [S.rule], "waived rule code");
  expectToken(d, WAIV, /categories \[public\.transport\]/, "public.transport", S.category, "public.transport");
} else fail(`${WAIV} missing`);
if (!fixtures.some((f) => rel(f).startsWith("rules/fixtures/"))) fail("no rules/fixtures/*.dsl found for the annotation check");
if (seen.annotation === 0) fail("no `# expect:` / `# ok:` annotation comment was checked");

// Constructs the examples do not (all) contain.
const SNIPPET = [
  /* 0 */ 'clause c1 "Art. \\"1\\" \\\\ \\n \\t \\u{4E2D}" { text "x" }',
  /* 1 */ "grant g { term 18mo; review_interval 6w; retention 90d; epsilon 0.5; revenue_share 2.5% }",
  /* 2 */ "  # expect: MON002",
  /* 3 */ "  # ok: MON002",
  /* 4 */ "body b {",
  /* 5 */ "  kind regulator   # trailing comment",
  /* 6 */ '  text """first',
  /* 7 */ '  "not a string" # not a comment',
  /* 8 */ '  """',
  /* 9 */ "  dataset inner {",
  /*10 */ "}",
].join("\n");
{
  const L = "snippet";
  const d = tokenize(SNIPPET, L);
  const col = (line, needle, from = 0) => d.lines[line].indexOf(needle, from);
  expectAt(d, L, 0, 0, S.kind, "clause keyword");
  expectAt(d, L, 0, col(0, "c1"), S.name, "clause name");
  expectAt(d, L, 0, col(0, '\\"'), [S.string, S.escape], "\\\" escape");
  expectAt(d, L, 0, col(0, "\\\\"), [S.escape], "\\\\ escape");
  expectAt(d, L, 0, col(0, "\\n"), [S.escape], "\\n escape");
  expectAt(d, L, 0, col(0, "\\t"), [S.escape], "\\t escape");
  expectAt(d, L, 0, col(0, "\\u{4E2D}"), [S.escape], "\\u{…} escape");
  expectAt(d, L, 0, col(0, "{ text") , S.punct, "{");
  expectAt(d, L, 0, col(0, "text"), [S.key, S.keyAlt], "key after {");
  expectAt(d, L, 1, col(1, "18mo"), S.duration, "18mo");
  expectAt(d, L, 1, col(1, "mo;"), S.unit, "unit mo");
  expectAt(d, L, 1, col(1, ";"), "punctuation.terminator", ";");
  expectAt(d, L, 1, col(1, "review_interval"), [S.key, S.keyAlt], "key after ;");
  expectAt(d, L, 1, col(1, "6w"), S.duration, "6w");
  expectAt(d, L, 1, col(1, "90d"), S.duration, "90d");
  expectAt(d, L, 1, col(1, "0.5"), S.number, "0.5");
  expectAt(d, L, 1, col(1, "2.5%"), S.percent, "2.5%");
  expectAt(d, L, 1, col(1, "}"), S.punct, "}");
  expectAt(d, L, 2, col(2, "expect"), [S.comment, S.annotation], "# expect:");
  expectAt(d, L, 2, col(2, "MON002"), [S.rule], "annotated rule");
  expectAt(d, L, 3, col(3, "ok"), [S.comment, S.annotation], "# ok:");
  expectAt(d, L, 5, col(5, "#"), S.comment, "trailing comment");
  expectAt(d, L, 6, col(6, "first"), S.triple, "long string, first line");
  expectAt(d, L, 7, col(7, '"not'), S.triple, "quote inside a long string");
  expectAt(d, L, 7, col(7, "# not"), S.triple, "# inside a long string");
  expectNot(d, L, 7, col(7, "# not"), S.comment, "# inside a long string");
  expectAt(d, L, 8, col(8, '"""'), S.triple, "closing quotes");
  expectAt(d, L, 9, col(9, "dataset"), S.kind, "nested block keyword");
  expectAt(d, L, 10, 0, S.punct, "closing brace");
}

// ---- result ---------------------------------------------------------------------------------
const nFiles = Object.keys(docs).length;
const summary =
  `${nFiles} files (${examples.length} examples), ${checks} scope checks: ` +
  `${seen.header} block headers, ${seen.key} attribute keys, ${seen.comment} comments ` +
  `(${seen.waiver} waivers, ${seen.annotation} annotations), ${seen.triple} long-string lines, ` +
  Object.entries(seen.scalar)
    .map(([k, v]) => `${v} ${{ [S.bool]: "booleans", [S.number]: "numbers", [S.category]: "categories" }[k] ?? k.split(".").pop() + "s"}`)
    .join(", ");
if (failures.length) {
  for (const f of failures.slice(0, 50)) console.error(`FAIL ${f}`);
  if (failures.length > 50) console.error(`... and ${failures.length - 50} more`);
  console.error(`tokenize: ${failures.length} failure(s); ${summary}`);
  process.exit(1);
}
console.log(`tokenize: ok; ${summary}`);
