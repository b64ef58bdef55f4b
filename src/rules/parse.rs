//! Parsing rule files: `rule CODE NAME { directives }`. Literals are read
//! with the policy language's nom token parsers, so a duration or date means
//! the same in a rule as in a policy.

use crate::base::{Diagnostic, FileId, Severity, Span};
use crate::model::BlockKind;
use crate::syntax::lexer;
use crate::syntax::{Date, Duration, DurationUnit};

use super::ast::*;
use super::codes;

/// Parses one rule file. Returns the rule, if its header could be read, and
/// the syntax errors.
pub fn parse_rule(src: &str, file: FileId) -> (Option<RuleAst>, Vec<Diagnostic>) {
    let mut p = P {
        src,
        pos: 0,
        file,
        depth: 0,
        nesting: 0,
        operators: 0,
        abandoned: false,
        errors: Vec::new(),
    };
    let rule = p.rule_file();
    (rule, p.errors)
}

/// Parses one expression (for tests and templates).
pub fn parse_expr(src: &str, file: FileId, offset: usize) -> Result<Expr, Vec<Diagnostic>> {
    let mut p = P {
        src,
        pos: offset,
        file,
        depth: 1,
        nesting: 0,
        operators: 0,
        abandoned: false,
        errors: Vec::new(),
    };
    match p.expr() {
        Some(e) if p.errors.is_empty() => Ok(e),
        _ => Err(p.errors),
    }
}

struct P<'s> {
    src: &'s str,
    pos: usize,
    file: FileId,
    /// Open parentheses and brackets: inside them line breaks are spaces.
    depth: usize,
    /// Expressions, `not`s and signs the parser is inside of.
    nesting: usize,
    /// Operators (and field accesses) in the current top-level expression.
    operators: usize,
    /// The current top-level expression was too deep or too long: it was
    /// reported once, and the errors of the levels it unwinds through are not.
    abandoned: bool,
    errors: Vec<Diagnostic>,
}

type Res<T> = Option<T>;

/// Expressions nest at most this deep (parentheses, brackets, calls, `not`,
/// signs). The parser, the checker and the engine recurse over expressions:
/// deeper input is an error, not a stack overflow.
pub const MAX_EXPR_NESTING: usize = 64;
/// Operators and field accesses in one expression at most: a chain like
/// `a or b or …` is a tree as deep as it is long.
pub const MAX_EXPR_OPERATORS: usize = 512;

const DIRECTIVES: &[&str] = &[
    "family", "severity", "profile", "param", "summary", "explain", "help", "basis", "note",
    "example", "for", "let", "when", "at", "label", "once", "message",
];

impl<'s> P<'s> {
    fn rest(&self) -> &'s str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    fn error(&mut self, span: Span, message: impl Into<String>) {
        if self.abandoned {
            return;
        }
        self.errors.push(Diagnostic::error(
            codes::RULE_SYNTAX,
            self.file,
            span,
            message,
        ));
    }

    fn here(&self) -> Span {
        let len = self.rest().chars().next().map_or(0, char::len_utf8);
        Span::new(self.pos, self.pos + len)
    }

    /// Skips spaces and comments, and line breaks when inside brackets.
    fn ws(&mut self) {
        loop {
            match self.peek() {
                Some(b' ' | b'\t' | b'\r') => self.pos += 1,
                Some(b'\n') if self.depth > 0 => self.pos += 1,
                Some(b'#') => {
                    let end = self
                        .rest()
                        .find('\n')
                        .map_or(self.src.len(), |i| self.pos + i);
                    self.pos = end;
                }
                _ => return,
            }
        }
    }

    /// Skips everything blank, line breaks included.
    fn blank(&mut self) {
        let depth = self.depth;
        self.depth = 1;
        self.ws();
        self.depth = depth;
    }

    fn at_line_end(&mut self) -> bool {
        self.ws();
        matches!(self.peek(), None | Some(b'\n') | Some(b'}'))
    }

    fn skip_line(&mut self) {
        self.pos = self
            .rest()
            .find('\n')
            .map_or(self.src.len(), |i| self.pos + i);
    }

    fn eat(&mut self, token: &str) -> bool {
        self.ws();
        if self.rest().starts_with(token) {
            self.pos += token.len();
            true
        } else {
            false
        }
    }

    fn expect(&mut self, token: &str) -> Res<()> {
        if self.eat(token) {
            return Some(());
        }
        let span = self.here();
        self.error(span, format!("expected `{token}`"));
        None
    }

    /// An identifier (letters, digits, `_`; `-` too when `kebab`).
    fn ident(&mut self, kebab: bool) -> Option<(String, Span)> {
        self.ws();
        let (rest, word) = lexer::ident(self.rest()).ok()?;
        let word = if kebab {
            word
        } else {
            word.split('-').next().unwrap_or(word)
        };
        let _ = rest;
        let start = self.pos;
        self.pos += word.len();
        Some((word.to_string(), Span::new(start, self.pos)))
    }

    fn keyword(&mut self, word: &str) -> bool {
        self.ws();
        let rest = self.rest();
        if rest.starts_with(word)
            && !rest[word.len()..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
        {
            self.pos += word.len();
            true
        } else {
            false
        }
    }

    fn peek_keyword(&mut self, word: &str) -> bool {
        let at = self.pos;
        let found = self.keyword(word);
        self.pos = at;
        found
    }

    // ----- the file --------------------------------------------------------

    fn rule_file(&mut self) -> Option<RuleAst> {
        self.blank();
        if !self.keyword("rule") {
            let span = self.here();
            self.error(span, "a rule file starts with `rule CODE name {`");
            return None;
        }
        let mut rule = RuleAst::default();
        let Some((code, code_span)) = self.ident(false) else {
            let span = self.here();
            self.error(span, "expected the rule's code, like `MON002`");
            return None;
        };
        let Some((name, name_span)) = self.ident(true) else {
            let span = self.here();
            self.error(
                span,
                "expected the rule's kebab-case name, like `exclusive-term-too-long`",
            );
            return None;
        };
        (rule.code, rule.code_span, rule.name, rule.name_span) = (code, code_span, name, name_span);
        self.expect("{")?;
        loop {
            self.blank();
            match self.peek() {
                None => {
                    let span = Span::empty(self.pos);
                    self.error(span, "the rule is not closed: expected `}`");
                    break;
                }
                Some(b'}') => {
                    self.pos += 1;
                    break;
                }
                _ => {
                    let before = self.errors.len();
                    self.directive(&mut rule);
                    if self.errors.len() > before || !self.at_line_end() {
                        if self.errors.len() == before {
                            let span = self.here();
                            self.error(span, "expected the end of the line");
                        }
                        self.depth = 0;
                        self.skip_line();
                    }
                }
            }
        }
        self.blank();
        if self.pos < self.src.len() {
            let span = self.here();
            self.error(
                span,
                "a rule file holds one rule; nothing may follow its `}`",
            );
        }
        Some(rule)
    }

    fn directive(&mut self, rule: &mut RuleAst) {
        let Some((word, span)) = self.ident(false) else {
            let span = self.here();
            self.error(span, "expected a directive, like `when` or `message`");
            return;
        };
        let in_case = !rule.cases.is_empty();
        let case_only = ["let", "when", "at", "label", "once", "message"];
        if case_only.contains(&word.as_str()) && !in_case {
            self.error(
                span,
                format!("`{word}` belongs to a case: write `for KIND VAR` first"),
            );
            return;
        }
        match word.as_str() {
            "family" => {
                if let Some((family, span)) = self.ident(true) {
                    rule.family = Some((family, span));
                }
            }
            "severity" => {
                let Some((level, level_span)) = self.severity() else {
                    return;
                };
                if self.keyword("if") {
                    let Some(cond) = self.expr() else { return };
                    match rule.cases.last_mut() {
                        Some(case) => case.severities.push((level, cond)),
                        None => self.error(
                            span,
                            "`severity … if` belongs to a case: write `for KIND VAR` first",
                        ),
                    }
                } else if in_case {
                    self.error(span, "the rule's severity comes before its first `for`");
                } else {
                    rule.severity = Some((level, level_span));
                }
            }
            "profile" => {
                let Some((profile, span)) = self.ident(false) else {
                    let span = self.here();
                    self.error(span, "expected a profile: cn, eu or intl");
                    return;
                };
                if !["cn", "eu", "intl"].contains(&profile.as_str()) {
                    self.error(
                        span,
                        format!("unknown profile `{profile}`; the profiles are cn, eu and intl"),
                    );
                    return;
                }
                let Some((level, _)) = self.severity() else {
                    return;
                };
                rule.profiles.push((profile, level, span));
            }
            "param" => {
                let Some((name, _)) = self.ident(false) else {
                    let span = self.here();
                    self.error(span, "expected the parameter's name");
                    return;
                };
                let Some(default) = self.primary() else {
                    return;
                };
                let doc = self.optional_string().map(|s| s.value);
                rule.params.push(ParamAst { name, default, doc });
            }
            "summary" => rule.summary = self.string().map(|s| s.value),
            "explain" => rule.explain = self.string().map(|s| s.value),
            "help" => rule.help = self.string().map(|s| s.value),
            "note" => {
                if let Some(note) = self.string() {
                    rule.notes.push(note.value);
                }
            }
            "example" => rule.example = self.string(),
            "basis" => {
                let paraphrase = self.keyword("paraphrase");
                let Some(source) = self.string() else { return };
                let Some(quote) = self.string() else { return };
                rule.basis.push(BasisAst {
                    source: source.value,
                    quote: quote.value,
                    paraphrase,
                });
            }
            "for" => {
                let Some((kind_word, kind_span)) = self.ident(false) else {
                    let span = self.here();
                    self.error(
                        span,
                        "expected a block kind: grant, dataset, access, clause, …",
                    );
                    return;
                };
                let Some(kind) = BlockKind::from_name(&kind_word) else {
                    self.error(kind_span, format!("unknown block kind `{kind_word}`"));
                    return;
                };
                let Some((var, var_span)) = self.ident(false) else {
                    let span = self.here();
                    self.error(
                        span,
                        format!("expected a name for each `{kind_word}`, like `for {kind_word} x`"),
                    );
                    return;
                };
                rule.cases.push(CaseAst {
                    kind,
                    var,
                    span: span.cover(var_span),
                    lets: Vec::new(),
                    when: Vec::new(),
                    severities: Vec::new(),
                    at: None,
                    labels: Vec::new(),
                    once: None,
                    message: None,
                });
            }
            "let" => {
                let Some((name, span)) = self.ident(false) else {
                    let span = self.here();
                    self.error(span, "expected a name");
                    return;
                };
                if self.expect("=").is_none() {
                    return;
                }
                let Some(value) = self.expr() else { return };
                rule.cases
                    .last_mut()
                    .expect("checked")
                    .lets
                    .push((name, span, value));
            }
            "when" => {
                if let Some(cond) = self.expr() {
                    rule.cases.last_mut().expect("checked").when.push(cond);
                }
            }
            "at" => {
                if let Some(at) = self.expr() {
                    rule.cases.last_mut().expect("checked").at = Some(at);
                }
            }
            "once" => {
                if let Some(key) = self.expr() {
                    rule.cases.last_mut().expect("checked").once = Some(key);
                }
            }
            "label" => {
                let Some(target) = self.expr() else { return };
                let Some(text) = self.string() else { return };
                rule.cases
                    .last_mut()
                    .expect("checked")
                    .labels
                    .push((target, text));
            }
            "message" => {
                let Some(text) = self.string() else { return };
                if let Some(template) = self.template(&text) {
                    rule.cases.last_mut().expect("checked").message = Some((template, text.span));
                }
            }
            _ => {
                let near = crate::base::suggest::closest(&word, DIRECTIVES.iter().copied());
                let hint = near.map_or(String::new(), |n| format!("; did you mean `{n}`?"));
                self.error(span, format!("unknown directive `{word}`{hint}"));
            }
        }
    }

    fn severity(&mut self) -> Option<(Severity, Span)> {
        let Some((word, span)) = self.ident(false) else {
            let span = self.here();
            self.error(span, "expected a severity: error, warning or info");
            return None;
        };
        match Severity::parse(&word) {
            Some(level) => Some((level, span)),
            None => {
                self.error(
                    span,
                    format!(
                        "unknown severity `{word}`; the severities are error, warning and info"
                    ),
                );
                None
            }
        }
    }

    // ----- strings ---------------------------------------------------------

    fn optional_string(&mut self) -> Option<Str> {
        self.ws();
        (self.peek() == Some(b'"')).then(|| self.string()).flatten()
    }

    /// A string or long string. Returns its decoded value.
    fn string(&mut self) -> Option<Str> {
        self.ws();
        let start = self.pos;
        if self.peek() != Some(b'"') {
            let span = self.here();
            self.error(span, "expected a string in double quotes");
            return None;
        }
        if self.rest().starts_with("\"\"\"") {
            let mut content = start + 3;
            if self.src[content..].starts_with("\r\n") {
                content += 2;
            } else if self.src[content..].starts_with('\n') {
                content += 1;
            }
            let Some(end) = self.src[content..].find("\"\"\"") else {
                self.error(
                    Span::new(start, start + 3),
                    "this long string is not closed with `\"\"\"`",
                );
                self.pos = self.src.len();
                return None;
            };
            self.pos = content + end + 3;
            return Some(Str {
                value: self.src[content..content + end].to_string(),
                span: Span::new(start, self.pos),
            });
        }
        let mut value = String::new();
        let mut at = start + 1;
        loop {
            let rest = &self.src[at..];
            let Some(i) = rest.find(['"', '\\', '\n']) else {
                self.error(
                    Span::new(start, self.src.len()),
                    "this string is not closed",
                );
                self.pos = self.src.len();
                return None;
            };
            value.push_str(&rest[..i]);
            at += i;
            match self.src.as_bytes()[at] {
                b'"' => {
                    self.pos = at + 1;
                    return Some(Str {
                        value,
                        span: Span::new(start, self.pos),
                    });
                }
                b'\\' => {
                    let (decoded, len) = crate::syntax::ast::decode_escape(&self.src[at..]);
                    match decoded {
                        Some(c) => value.push(c),
                        None => {
                            let len = len.min(self.src.len() - at);
                            self.error(Span::new(at, at + len), "invalid escape");
                        }
                    }
                    at += len.max(1);
                }
                _ => {
                    self.error(
                        Span::new(start, at),
                        "this string is not closed on its line",
                    );
                    self.pos = at;
                    return None;
                }
            }
        }
    }

    /// Splits a message into text and `{expr}` holes (`{{` and `}}` are braces).
    fn template(&mut self, text: &Str) -> Option<Template> {
        let mut pieces = Vec::new();
        let mut literal = String::new();
        let value = &text.value;
        // Positions in the file are exact when the string was written without
        // escapes; otherwise holes point at the whole string.
        let raw = &self.src[text.span.range()];
        let exact = !raw.contains('\\') && !raw.starts_with("\"\"\"");
        let mut chars = value.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' if chars.peek().map(|&(_, n)| n) == Some('{') => {
                    chars.next();
                    literal.push('{');
                }
                '}' if chars.peek().map(|&(_, n)| n) == Some('}') => {
                    chars.next();
                    literal.push('}');
                }
                '{' => {
                    let Some(close) = value[i..].find('}') else {
                        self.error(text.span, "a `{` in the message is not closed with `}`");
                        return None;
                    };
                    let hole = &value[i + 1..i + close];
                    if !literal.is_empty() {
                        pieces.push(Piece::Text(std::mem::take(&mut literal)));
                    }
                    let offset = text.span.start as usize + 1 + i + 1;
                    let parsed = if exact {
                        parse_expr(&self.src[..offset + hole.len()], self.file, offset)
                    } else {
                        parse_expr(hole, self.file, 0).map_err(|_| Vec::new())
                    };
                    match parsed {
                        Ok(mut expr) => {
                            if !exact {
                                relocate(&mut expr, text.span);
                            }
                            pieces.push(Piece::Expr(expr));
                        }
                        Err(errors) => {
                            if errors.is_empty() {
                                self.error(
                                    text.span,
                                    format!("cannot read `{{{hole}}}` in the message"),
                                );
                            }
                            self.errors.extend(errors);
                            return None;
                        }
                    }
                    while chars.peek().is_some_and(|&(j, _)| j <= i + close) {
                        chars.next();
                    }
                }
                c => literal.push(c),
            }
        }
        if !literal.is_empty() {
            pieces.push(Piece::Text(literal));
        }
        Some(Template { pieces })
    }

    // ----- expressions -----------------------------------------------------

    pub fn expr(&mut self) -> Option<Expr> {
        if self.nesting == 0 {
            self.operators = 0;
        }
        let expr = self.nested(Self::or);
        if self.nesting == 0 {
            self.abandoned = false;
        }
        expr
    }

    /// Runs `parse` one level deeper, or reports that the expression is
    /// nested too deep.
    fn nested(&mut self, parse: fn(&mut Self) -> Option<Expr>) -> Option<Expr> {
        if self.nesting >= MAX_EXPR_NESTING {
            return self.too_complex(format!(
                "the expression is nested more than {MAX_EXPR_NESTING} deep"
            ));
        }
        self.nesting += 1;
        let expr = parse(self);
        self.nesting -= 1;
        expr
    }

    /// Counts an operator; false (reported) past [`MAX_EXPR_OPERATORS`].
    fn operator(&mut self) -> bool {
        self.operators += 1;
        self.operators <= MAX_EXPR_OPERATORS || self.too_many_operators().is_some()
    }

    fn too_many_operators(&mut self) -> Option<Expr> {
        self.too_complex(format!(
            "the expression has more than {MAX_EXPR_OPERATORS} operators; split it with `let`"
        ))
    }

    fn too_complex(&mut self, message: String) -> Option<Expr> {
        let span = self.here();
        self.error(span, message);
        self.abandoned = true;
        None
    }

    fn binary(&mut self, op: BinOp, left: Expr, right: Expr) -> Expr {
        self.operators += 1;
        let span = left.span.cover(right.span);
        Expr {
            kind: ExprKind::Binary(op, Box::new(left), Box::new(right)),
            span,
        }
    }

    fn or(&mut self) -> Option<Expr> {
        let mut left = self.and()?;
        while self.keyword("or") {
            let right = self.and()?;
            left = self.binary(BinOp::Or, left, right);
        }
        Some(left)
    }

    fn and(&mut self) -> Option<Expr> {
        let mut left = self.not()?;
        while self.keyword("and") {
            let right = self.not()?;
            left = self.binary(BinOp::And, left, right);
        }
        Some(left)
    }

    fn not(&mut self) -> Option<Expr> {
        self.ws();
        let start = self.pos;
        if self.peek_keyword("not") {
            let at = self.pos;
            self.keyword("not");
            if self.peek_keyword("in") {
                self.pos = at;
            } else {
                if !self.operator() {
                    return None;
                }
                let inner = self.nested(Self::not)?;
                let span = Span::new(start, inner.span.end as usize);
                return Some(Expr {
                    kind: ExprKind::Not(Box::new(inner)),
                    span,
                });
            }
        }
        self.comparison()
    }

    fn comparison(&mut self) -> Option<Expr> {
        let left = self.additive()?;
        self.ws();
        let op = if self.eat("==") {
            BinOp::Eq
        } else if self.eat("!=") {
            BinOp::Ne
        } else if self.eat("<=") {
            BinOp::Le
        } else if self.eat(">=") {
            BinOp::Ge
        } else if self.eat("<") {
            BinOp::Lt
        } else if self.eat(">") {
            BinOp::Gt
        } else if self.keyword("in") {
            BinOp::In
        } else if self.keyword("under") {
            BinOp::Under
        } else if self.peek_keyword("not") {
            let at = self.pos;
            self.keyword("not");
            if self.keyword("in") {
                BinOp::NotIn
            } else {
                self.pos = at;
                return Some(left);
            }
        } else {
            return Some(left);
        };
        let right = self.additive()?;
        Some(self.binary(op, left, right))
    }

    fn additive(&mut self) -> Option<Expr> {
        let mut left = self.multiplicative()?;
        loop {
            self.ws();
            let op = if self.rest().starts_with('+') {
                BinOp::Add
            } else if self.rest().starts_with('-') {
                BinOp::Sub
            } else {
                return Some(left);
            };
            self.pos += 1;
            let right = self.multiplicative()?;
            left = self.binary(op, left, right);
        }
    }

    fn multiplicative(&mut self) -> Option<Expr> {
        let mut left = self.defaulted()?;
        loop {
            self.ws();
            let op = if self.rest().starts_with('*') {
                BinOp::Mul
            } else if self.rest().starts_with('/') {
                BinOp::Div
            } else {
                return Some(left);
            };
            self.pos += 1;
            let right = self.defaulted()?;
            left = self.binary(op, left, right);
        }
    }

    fn defaulted(&mut self) -> Option<Expr> {
        let mut left = self.unary()?;
        while self.eat("??") {
            let right = self.unary()?;
            left = self.binary(BinOp::Default, left, right);
        }
        Some(left)
    }

    fn unary(&mut self) -> Option<Expr> {
        self.ws();
        // Every operand passes here: a chain of binary operators stops at
        // the limit.
        if self.operators > MAX_EXPR_OPERATORS {
            return self.too_many_operators();
        }
        if self.peek() == Some(b'-') {
            let start = self.pos;
            self.pos += 1;
            if !self.operator() {
                return None;
            }
            let inner = self.nested(Self::unary)?;
            let span = Span::new(start, inner.span.end as usize);
            return Some(Expr {
                kind: ExprKind::Neg(Box::new(inner)),
                span,
            });
        }
        self.postfix()
    }

    fn postfix(&mut self) -> Option<Expr> {
        let mut expr = self.primary()?;
        while self.rest().starts_with('.')
            && self.rest()[1..].starts_with(|c: char| lexer::is_ident_start(c))
        {
            if !self.operator() {
                return None;
            }
            self.pos += 1;
            let (field, span) = self.ident(false)?;
            let whole = expr.span.cover(span);
            expr = Expr {
                kind: ExprKind::Field(Box::new(expr), FieldName::new(field), span),
                span: whole,
            };
        }
        Some(expr)
    }

    fn primary(&mut self) -> Option<Expr> {
        self.ws();
        let start = self.pos;
        let Some(c) = self.rest().chars().next() else {
            let span = Span::empty(self.pos);
            self.error(span, "expected an expression");
            return None;
        };
        let kind = match c {
            '"' => ExprKind::Text(self.string()?.value),
            '(' => {
                self.pos += 1;
                self.depth += 1;
                let inner = self.expr();
                let closed = self.expect(")");
                self.depth -= 1;
                let mut inner = inner?;
                closed?;
                inner.span = Span::new(start, self.pos);
                return Some(inner);
            }
            '[' => {
                self.pos += 1;
                self.depth += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.eat("]") {
                        break;
                    }
                    let item = self.expr();
                    let Some(item) = item else {
                        self.depth -= 1;
                        return None;
                    };
                    items.push(item);
                    self.ws();
                    if !self.eat(",") {
                        if self.expect("]").is_none() {
                            self.depth -= 1;
                            return None;
                        }
                        break;
                    }
                }
                self.depth -= 1;
                ExprKind::List(items)
            }
            c if c.is_ascii_digit() => self.number()?,
            c if lexer::is_ident_start(c) => {
                let (word, span) = self.ident(false)?;
                match word.as_str() {
                    "true" => ExprKind::Bool(true),
                    "false" => ExprKind::Bool(false),
                    "match" => ExprKind::Match,
                    _ if self.rest().starts_with('(') => return self.call(word, span),
                    _ => ExprKind::Name(word),
                }
            }
            _ => {
                let span = self.here();
                self.error(span, format!("unexpected `{c}` in an expression"));
                return None;
            }
        };
        Some(Expr {
            kind,
            span: Span::new(start, self.pos),
        })
    }

    fn call(&mut self, name: String, name_span: Span) -> Option<Expr> {
        self.pos += 1; // (
        self.depth += 1;
        let result = self.call_inner(name, name_span);
        self.depth -= 1;
        result
    }

    fn call_inner(&mut self, name: String, name_span: Span) -> Option<Expr> {
        let start = name_span.start as usize;
        if let Some(quantifier) = Quantifier::from_name(&name) {
            // `q(x in …)` is a quantifier; `count(list)` a plain call.
            let at = self.pos;
            if let Some((var, var_span)) = self.ident(false)
                && self.keyword("in")
            {
                let range = self.range()?;
                let filter = if self.keyword("where") {
                    Some(self.expr()?)
                } else {
                    None
                };
                let body = if self.eat(":") {
                    Some(self.expr()?)
                } else {
                    None
                };
                self.expect(")")?;
                return Some(Expr {
                    kind: ExprKind::Quant(Box::new(Quant {
                        quantifier,
                        var,
                        var_span,
                        slot: 0,
                        range,
                        filter,
                        body,
                        plan: None,
                        list_plan: None,
                    })),
                    span: Span::new(start, self.pos),
                });
            }
            self.pos = at;
        }
        let mut args = Vec::new();
        loop {
            self.ws();
            if self.eat(")") {
                break;
            }
            args.push(self.expr()?);
            if !self.eat(",") {
                self.expect(")")?;
                break;
            }
        }
        Some(Expr {
            kind: ExprKind::Call(FuncName::new(name), args),
            span: Span::new(start, self.pos),
        })
    }

    fn range(&mut self) -> Option<Range> {
        self.ws();
        let at = self.pos;
        if let Some((word, span)) = self.ident(false)
            && let Some(kind) = BlockKind::from_name(&word)
        {
            self.ws();
            if self.peek_keyword("where") || matches!(self.peek(), Some(b':' | b')')) {
                return Some(Range::Kind(kind, span));
            }
        }
        self.pos = at;
        Some(Range::List(Box::new(self.expr()?)))
    }

    fn number(&mut self) -> Option<ExprKind> {
        let start = self.pos;
        let (rest, whole) = lexer::digits(self.rest()).ok()?;
        if whole.len() == 4 && rest.starts_with('-') {
            let (rest, (y, m, d)) = match lexer::date(self.rest()) {
                Ok(parsed) => parsed,
                Err(_) => {
                    let span = Span::new(start, start + 4);
                    self.error(span, "expected a date, like 2025-02-24");
                    return None;
                }
            };
            self.pos = self.src.len() - rest.len();
            let Some(date) = Date::new(y, m, d) else {
                let span = Span::new(start, self.pos);
                self.error(span, "not a date in the calendar");
                return None;
            };
            return Some(ExprKind::Date(date));
        }
        self.pos = self.src.len() - rest.len();
        let mut text: String = whole.chars().filter(|&c| c != '_').collect();
        if self.rest().starts_with('.')
            && self.rest()[1..].starts_with(|c: char| c.is_ascii_digit())
        {
            self.pos += 1;
            let (rest, fraction) = lexer::digits(self.rest()).ok()?;
            self.pos = self.src.len() - rest.len();
            text.push('.');
            text.extend(fraction.chars().filter(|&c| c != '_'));
        }
        let value: f64 = text.parse().ok()?;
        if self.rest().starts_with('%') {
            self.pos += 1;
            return Some(ExprKind::Percent(value));
        }
        let unit = if self.rest().starts_with("mo") {
            Some((DurationUnit::Months, 2))
        } else if self.rest().starts_with('y') {
            Some((DurationUnit::Years, 1))
        } else if self.rest().starts_with('w') {
            Some((DurationUnit::Weeks, 1))
        } else if self.rest().starts_with('d') {
            Some((DurationUnit::Days, 1))
        } else {
            None
        };
        if let Some((unit, len)) = unit
            && !self.rest()[len..].starts_with(|c: char| c.is_ascii_alphanumeric() || c == '_')
            && !text.contains('.')
        {
            self.pos += len;
            let Ok(amount) = text.parse::<u32>() else {
                let span = Span::new(start, self.pos);
                self.error(span, "duration too long");
                return None;
            };
            return Some(ExprKind::Duration(Duration { amount, unit }));
        }
        if self.rest().starts_with(|c: char| c.is_ascii_alphabetic()) {
            let span = self.here();
            self.error(
                span,
                "unexpected letter after a number (durations take y, mo, w or d)",
            );
            return None;
        }
        Some(ExprKind::Number(value))
    }
}

/// Points every span of an expression parsed out of context at `span`.
fn relocate(expr: &mut Expr, span: Span) {
    expr.span = span;
    match &mut expr.kind {
        ExprKind::List(items) | ExprKind::Call(_, items) => {
            items.iter_mut().for_each(|e| relocate(e, span))
        }
        ExprKind::Field(base, _, field_span) => {
            *field_span = span;
            relocate(base, span);
        }
        ExprKind::Not(inner) | ExprKind::Neg(inner) => relocate(inner, span),
        ExprKind::Binary(_, a, b) => {
            relocate(a, span);
            relocate(b, span);
        }
        ExprKind::Quant(q) => {
            q.var_span = span;
            if let Range::List(list) = &mut q.range {
                relocate(list, span);
            }
            if let Some(f) = &mut q.filter {
                relocate(f, span);
            }
            if let Some(b) = &mut q.body {
                relocate(b, span);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expr(src: &str) -> Expr {
        parse_expr(src, FileId(0), 0).unwrap_or_else(|e| panic!("{src}: {e:#?}"))
    }

    #[test]
    fn precedence_and_forms() {
        let e = expr("g.exclusive and g.term > max or not x in [a, b]");
        let ExprKind::Binary(BinOp::Or, left, right) = e.kind else {
            panic!("{e:?}")
        };
        assert!(matches!(left.kind, ExprKind::Binary(BinOp::And, _, _)));
        let ExprKind::Not(inner) = right.kind else {
            panic!()
        };
        assert!(matches!(inner.kind, ExprKind::Binary(BinOp::In, _, _)));
        assert!(matches!(
            expr("a not in b").kind,
            ExprKind::Binary(BinOp::NotIn, _, _)
        ));
        assert!(matches!(expr("12mo").kind, ExprKind::Duration(_)));
        assert!(matches!(expr("30%").kind, ExprKind::Percent(p) if p == 30.0));
        assert!(matches!(expr("1_000_000").kind, ExprKind::Number(n) if n == 1e6));
        assert!(matches!(expr("2025-01-01").kind, ExprKind::Date(_)));
        assert!(matches!(
            expr("d.records ?? 1").kind,
            ExprKind::Binary(BinOp::Default, _, _)
        ));
    }

    #[test]
    fn quantifiers_and_aggregates() {
        let ExprKind::Quant(q) = expr("any(d in g.datasets: sensitive(d))").kind else {
            panic!()
        };
        assert!(matches!(q.range, Range::List(_)));
        assert!(q.filter.is_none() && q.body.is_some());
        let ExprKind::Quant(q) = expr("sum(h in grant where h.x == g.x: len(h.datasets))").kind
        else {
            panic!()
        };
        assert!(matches!(q.range, Range::Kind(BlockKind::Grant, _)));
        assert!(q.filter.is_some());
        assert!(matches!(
            expr("count(g.datasets)").kind,
            ExprKind::Call(_, _)
        ));
    }

    #[test]
    fn spans_point_into_the_file() {
        let src = "xx g.term > 5y";
        let e = parse_expr(src, FileId(0), 3).unwrap();
        assert_eq!(&src[e.span.range()], "g.term > 5y");
    }

    #[test]
    fn rule_file() {
        let src = r#"
# a comment
rule MON002 exclusive-term-too-long {
  family    monopolization
  severity  error
  profile   cn error
  param     max_exclusive_term 12mo "the longest term"
  basis     "DGA Art. 4(4)" "The duration …"
  basis     paraphrase "CN" "text"
  for       grant g
  let       long = (g.term >
                    max_exclusive_term)
  when      g.exclusive and long
  severity  warning if present(g.justification)
  at        g.term
  message   "grant `{g.name}` runs for {g.term}; limit {{ {max_exclusive_term} }}"
}
"#;
        let (rule, errors) = parse_rule(src, FileId(0));
        assert!(errors.is_empty(), "{errors:#?}");
        let rule = rule.unwrap();
        assert_eq!(rule.code, "MON002");
        assert_eq!(rule.name, "exclusive-term-too-long");
        assert_eq!(rule.params.len(), 1);
        assert_eq!(rule.basis.len(), 2);
        assert!(rule.basis[1].paraphrase);
        let case = &rule.cases[0];
        assert_eq!(case.lets.len(), 1);
        assert_eq!(case.severities.len(), 1);
        let (template, _) = case.message.as_ref().unwrap();
        assert_eq!(template.pieces.len(), 7);
        let Piece::Expr(hole) = &template.pieces[1] else {
            panic!()
        };
        assert_eq!(&src[hole.span.range()], "g.name");
    }

    #[test]
    fn errors_point_at_the_mistake() {
        let (_, errors) = parse_rule(
            "rule X1 x {\n  whn a\n  for grant g\n  when (a and\n}\n",
            FileId(0),
        );
        assert!(
            errors[0].message.text().contains("did you mean `when`"),
            "{errors:#?}"
        );
        assert!(errors.len() >= 2);
    }
}
