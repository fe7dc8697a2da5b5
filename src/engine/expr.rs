//! The `when` language: tokens, syntax tree and a recursive-descent parser.
//!
//! ```text
//! expr     = or
//! or       = and { "or" and }
//! and      = unary { "and" unary }
//! unary    = "not" unary | test
//! test     = operand [ ("==" | "!=" | "<" | "<=" | ">" | ">=") operand
//!                    | ["not"] "in" ( list | "watchlist" )
//!                    | "has_any" NAME | "matches" NAME ]
//! operand  = NUMBER | DURATION | TIME | STRING | "true" | "false"
//!          | NAME "(" [ expr { "," expr } ] ")" | NAME | "(" expr ")"
//! list     = "[" [ operand { "," operand } ] "]"
//! ```
//!
//! Spans are byte ranges into the expression text; the caller shifts them into the file.

use std::fmt;
use std::ops::Range;
use std::str::FromStr;

use rust_decimal::Decimal;

/// A byte range in the expression text.
pub type Span = Range<usize>;

/// A comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CmpOp {
    /// `==`
    Eq,
    /// `!=`
    Ne,
    /// `<`
    Lt,
    /// `<=`
    Le,
    /// `>`
    Gt,
    /// `>=`
    Ge,
}

impl CmpOp {
    fn as_str(self) -> &'static str {
        match self {
            CmpOp::Eq => "==",
            CmpOp::Ne => "!=",
            CmpOp::Lt => "<",
            CmpOp::Le => "<=",
            CmpOp::Gt => ">",
            CmpOp::Ge => ">=",
        }
    }

    /// Applies the operator to an ordering.
    pub fn holds(self, ordering: std::cmp::Ordering) -> bool {
        use std::cmp::Ordering::*;
        match self {
            CmpOp::Eq => ordering == Equal,
            CmpOp::Ne => ordering != Equal,
            CmpOp::Lt => ordering == Less,
            CmpOp::Le => ordering != Greater,
            CmpOp::Gt => ordering == Greater,
            CmpOp::Ge => ordering != Less,
        }
    }
}

/// A literal value.
#[derive(Clone, Debug, PartialEq)]
pub enum Literal {
    /// `true` / `false`.
    Bool(bool),
    /// A decimal number such as `50000` or `0.9`.
    Number(Decimal),
    /// A duration such as `3d`, in seconds.
    Duration(i64),
    /// A time of day such as `22:30`, in minutes after midnight.
    Time(u32),
    /// A quoted string.
    Text(String),
}

/// A node of the syntax tree.
#[derive(Clone, Debug, PartialEq)]
pub enum Expr {
    /// A literal.
    Literal(Literal, Span),
    /// A field or feature name such as `payee.is_new`.
    Field(String, Span),
    /// `not e`.
    Not(Box<Expr>, Span),
    /// `a and b and ...`.
    And(Vec<Expr>, Span),
    /// `a or b or ...`.
    Or(Vec<Expr>, Span),
    /// `a < b`.
    Compare(Box<Expr>, CmpOp, Box<Expr>, Span),
    /// `a in [x, y]` or `a not in [...]`.
    InList(Box<Expr>, Vec<Expr>, bool, Span),
    /// `a in watchlist` or `a not in watchlist`.
    InWatchlist(Box<Expr>, bool, Span),
    /// `field has_any keyword_set`.
    HasAny(Box<Expr>, String, Span, Span),
    /// `field matches regex_set`.
    Matches(Box<Expr>, String, Span, Span),
    /// `name(args)`.
    Call(String, Span, Vec<Expr>, Span),
}

impl Expr {
    /// The node's span.
    pub fn span(&self) -> Span {
        match self {
            Expr::Literal(_, s)
            | Expr::Field(_, s)
            | Expr::Not(_, s)
            | Expr::And(_, s)
            | Expr::Or(_, s)
            | Expr::Compare(_, _, _, s)
            | Expr::InList(_, _, _, s)
            | Expr::InWatchlist(_, _, s)
            | Expr::HasAny(_, _, _, s)
            | Expr::Matches(_, _, _, s)
            | Expr::Call(_, _, _, s) => s.clone(),
        }
    }

    /// Nesting depth, for the load-time limit.
    pub fn depth(&self) -> usize {
        1 + match self {
            Expr::Literal(..) | Expr::Field(..) => 0,
            Expr::Not(e, _) | Expr::InWatchlist(e, _, _) | Expr::HasAny(e, ..) | Expr::Matches(e, ..) => e.depth(),
            Expr::And(es, _) | Expr::Or(es, _) | Expr::Call(_, _, es, _) => {
                es.iter().map(Expr::depth).max().unwrap_or(0)
            }
            Expr::Compare(a, _, b, _) => a.depth().max(b.depth()),
            Expr::InList(a, es, _, _) => a.depth().max(es.iter().map(Expr::depth).max().unwrap_or(0)),
        }
    }
}

impl fmt::Display for Literal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Literal::Bool(b) => write!(f, "{b}"),
            Literal::Number(n) => write!(f, "{n}"),
            Literal::Duration(seconds) => {
                let (value, unit) = if seconds % 86_400 == 0 {
                    (seconds / 86_400, "d")
                } else if seconds % 3_600 == 0 {
                    (seconds / 3_600, "h")
                } else if seconds % 60 == 0 {
                    (seconds / 60, "m")
                } else {
                    (*seconds, "s")
                };
                write!(f, "{value}{unit}")
            }
            Literal::Time(minutes) => write!(f, "{:02}:{:02}", minutes / 60, minutes % 60),
            // Strings have no escapes: a literal is whatever lies between its quotes, so it is
            // printed as is, between the quote it does not contain (a parsed one lacks one).
            Literal::Text(s) if s.contains('"') => write!(f, "'{s}'"),
            Literal::Text(s) => write!(f, "\"{s}\""),
        }
    }
}

/// How tightly an expression holds together when printed, loosest first: an expression
/// is wrapped in parentheses only where its place needs a tighter one.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Binding {
    Or,
    And,
    Not,
    /// A comparison or a test (`in`, `has_any`, `matches`): what `not` applies to.
    Test,
    /// A field, a value or a call: what a comparison compares.
    Operand,
}

impl Expr {
    fn binding(&self) -> Binding {
        match self {
            Expr::Or(..) => Binding::Or,
            Expr::And(..) => Binding::And,
            Expr::Not(..) => Binding::Not,
            Expr::Compare(..) | Expr::InList(..) | Expr::InWatchlist(..) | Expr::HasAny(..) | Expr::Matches(..) => {
                Binding::Test
            }
            Expr::Literal(..) | Expr::Field(..) | Expr::Call(..) => Binding::Operand,
        }
    }
}

/// `expr`, parenthesised unless it binds at least as tightly as `needed`.
struct At<'a>(&'a Expr, Binding);

impl fmt::Display for At<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let At(expr, needed) = *self;
        if expr.binding() >= needed { write!(f, "{expr}") } else { write!(f, "({expr})") }
    }
}

/// Prints the canonical form: parentheses only where the tree needs them, so the text parses
/// back to the same tree and is never nested deeper than any text that parses to it (a fully
/// parenthesised print could exceed the parser's nesting limit where the rule as written did not).
impl fmt::Display for Expr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn join(f: &mut fmt::Formatter<'_>, es: &[Expr], sep: &str, needed: Binding) -> fmt::Result {
            for (i, e) in es.iter().enumerate() {
                if i > 0 {
                    write!(f, "{sep}")?;
                }
                write!(f, "{}", At(e, needed))?;
            }
            Ok(())
        }
        let not = |negated: bool| if negated { "not " } else { "" };
        match self {
            Expr::Literal(l, _) => write!(f, "{l}"),
            Expr::Field(name, _) => write!(f, "{name}"),
            Expr::Not(e, _) => write!(f, "not {}", At(e, Binding::Not)),
            // A nested `or` in an `or` (or `and` in `and`) keeps its parentheses: the parser
            // would flatten it into a different tree.
            Expr::And(es, _) => join(f, es, " and ", Binding::Not),
            Expr::Or(es, _) => join(f, es, " or ", Binding::And),
            Expr::Compare(a, op, b, _) => {
                write!(f, "{} {} {}", At(a, Binding::Operand), op.as_str(), At(b, Binding::Operand))
            }
            Expr::InList(a, es, negated, _) => {
                write!(f, "{} {}in [", At(a, Binding::Operand), not(*negated))?;
                join(f, es, ", ", Binding::Operand)?;
                write!(f, "]")
            }
            Expr::InWatchlist(a, negated, _) => write!(f, "{} {}in watchlist", At(a, Binding::Operand), not(*negated)),
            Expr::HasAny(a, set, _, _) => write!(f, "{} has_any {set}", At(a, Binding::Operand)),
            Expr::Matches(a, set, _, _) => write!(f, "{} matches {set}", At(a, Binding::Operand)),
            Expr::Call(name, _, args, _) => {
                write!(f, "{name}(")?;
                join(f, args, ", ", Binding::Or)?;
                write!(f, ")")
            }
        }
    }
}

/// A syntax error in a `when` expression.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// Where.
    pub span: Span,
    /// What was found.
    pub found: String,
    /// What was expected, in English.
    pub expected: String,
    /// What was expected, in Chinese.
    pub expected_zh: String,
    /// A suggestion, when the text is close to a keyword.
    pub suggestion: Option<String>,
}

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Name(String),
    Lit(Literal),
    Op(CmpOp),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    End,
}

impl Tok {
    fn describe(&self, text: &str) -> String {
        match self {
            Tok::End => "the end of the expression".to_owned(),
            _ => format!("`{text}`"),
        }
    }
}

/// Words with a meaning of their own; they cannot name fields.
pub const KEYWORDS: &[&str] = &["and", "or", "not", "in", "has_any", "matches", "watchlist", "true", "false"];

struct Lexer<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn next_token(&mut self) -> Result<(Tok, Span), ParseError> {
        let bytes = self.src.as_bytes();
        while self.pos < bytes.len() && (bytes[self.pos] as char).is_ascii_whitespace() {
            self.pos += 1;
        }
        let start = self.pos;
        let Some(c) = self.src[start..].chars().next() else {
            return Ok((Tok::End, start..start));
        };
        let single = |tok: Tok, lexer: &mut Lexer<'_>| {
            lexer.pos += 1;
            Ok((tok, start..start + 1))
        };
        match c {
            '(' => single(Tok::LParen, self),
            ')' => single(Tok::RParen, self),
            '[' => single(Tok::LBracket, self),
            ']' => single(Tok::RBracket, self),
            ',' => single(Tok::Comma, self),
            '=' | '!' | '<' | '>' => {
                let two = self.src.get(start..start + 2).unwrap_or("");
                let (op, len) = match (c, two) {
                    (_, "==") => (Some(CmpOp::Eq), 2),
                    (_, "!=") => (Some(CmpOp::Ne), 2),
                    (_, "<=") => (Some(CmpOp::Le), 2),
                    (_, ">=") => (Some(CmpOp::Ge), 2),
                    ('<', _) => (Some(CmpOp::Lt), 1),
                    ('>', _) => (Some(CmpOp::Gt), 1),
                    _ => (None, 1),
                };
                self.pos += len;
                match op {
                    Some(op) => Ok((Tok::Op(op), start..self.pos)),
                    None => Err(ParseError {
                        span: start..self.pos,
                        found: format!("`{c}`"),
                        expected: "`==` or `!=`".to_owned(),
                        expected_zh: "`==` 或 `!=`".to_owned(),
                        suggestion: Some(if c == '=' { "==".into() } else { "!=".into() }),
                    }),
                }
            }
            '"' | '\'' => self.string(c, start),
            c if c.is_ascii_digit() || c == '-' => self.number(start),
            c if c.is_alphabetic() || c == '_' => {
                let end = self.src[start..]
                    .char_indices()
                    .find(|(_, ch)| !(ch.is_alphanumeric() || *ch == '_' || *ch == '.'))
                    .map_or(self.src.len(), |(i, _)| start + i);
                self.pos = end;
                let word = &self.src[start..end];
                let tok = match word {
                    "true" => Tok::Lit(Literal::Bool(true)),
                    "false" => Tok::Lit(Literal::Bool(false)),
                    _ => Tok::Name(word.to_owned()),
                };
                Ok((tok, start..end))
            }
            other => {
                self.pos += other.len_utf8();
                Err(ParseError {
                    span: start..self.pos,
                    found: format!("`{other}`"),
                    expected: "a field, a value, `(` or `not`".to_owned(),
                    expected_zh: "字段、值、`(` 或 `not`".to_owned(),
                    suggestion: match other {
                        '＝' => Some("==".into()),
                        '（' => Some("(".into()),
                        '）' => Some(")".into()),
                        '“' | '”' => Some("\"".into()),
                        '，' => Some(",".into()),
                        '&' => Some("and".into()),
                        '|' => Some("or".into()),
                        _ => None,
                    },
                })
            }
        }
    }

    fn string(&mut self, quote: char, start: usize) -> Result<(Tok, Span), ParseError> {
        let body_start = start + 1;
        match self.src[body_start..].find(quote) {
            Some(len) => {
                self.pos = body_start + len + 1;
                let text = self.src[body_start..body_start + len].to_owned();
                Ok((Tok::Lit(Literal::Text(text)), start..self.pos))
            }
            None => {
                self.pos = self.src.len();
                Err(ParseError {
                    span: start..self.src.len(),
                    found: "an unterminated string".to_owned(),
                    expected: format!("a closing `{quote}`"),
                    expected_zh: format!("结束引号 `{quote}`"),
                    suggestion: None,
                })
            }
        }
    }

    fn number(&mut self, start: usize) -> Result<(Tok, Span), ParseError> {
        let rest = &self.src[start..];
        let mut end = rest
            .char_indices()
            .skip(1)
            .find(|(_, c)| !(c.is_ascii_digit() || *c == '.' || *c == '_'))
            .map_or(rest.len(), |(i, _)| i);
        if rest.starts_with('-') && end == 1 {
            self.pos = start + 1;
            return Err(ParseError {
                span: start..start + 1,
                found: "`-`".to_owned(),
                expected: "a number".to_owned(),
                expected_zh: "数字".to_owned(),
                suggestion: None,
            });
        }
        let digits = rest[..end].replace('_', "");
        // A time of day: `22:30`.
        if rest[end..].starts_with(':') {
            let minutes_text: String = rest[end + 1..].chars().take_while(char::is_ascii_digit).collect();
            let total_len = end + 1 + minutes_text.len();
            self.pos = start + total_len;
            let span = start..self.pos;
            let hours = digits.parse::<u32>().ok().filter(|h| *h < 24);
            let minutes = minutes_text.parse::<u32>().ok().filter(|m| *m < 60 && minutes_text.len() == 2);
            return match (hours, minutes) {
                (Some(h), Some(m)) => Ok((Tok::Lit(Literal::Time(h * 60 + m)), span)),
                _ => Err(ParseError {
                    span,
                    found: format!("`{}`", &rest[..total_len]),
                    expected: "a time of day between `00:00` and `23:59`".to_owned(),
                    expected_zh: "`00:00` 到 `23:59` 之间的时刻".to_owned(),
                    suggestion: None,
                }),
            };
        }
        // A duration: `3d`, `24h`, `30m`, `10s`.
        let unit: String = rest[end..].chars().take_while(|c| c.is_ascii_alphabetic()).collect();
        let number = Decimal::from_str(&digits).ok();
        let bad_number = |lexer: &mut Lexer<'_>, len: usize| {
            lexer.pos = start + len;
            Err(ParseError {
                span: start..start + len,
                found: format!("`{}`", &rest[..len]),
                expected: "a number such as `50000` or `0.9`, or a duration such as `3d`, `24h`, `30m`".to_owned(),
                expected_zh: "数字（如 `50000`、`0.9`）或时长（如 `3d`、`24h`、`30m`）".to_owned(),
                suggestion: None,
            })
        };
        if !unit.is_empty() {
            let seconds_per_unit = match unit.as_str() {
                "d" => Some(86_400),
                "h" => Some(3_600),
                "m" => Some(60),
                "s" => Some(1),
                _ => None,
            };
            end += unit.len();
            let value = digits.parse::<i64>().ok();
            return match (seconds_per_unit, value) {
                (Some(per), Some(v)) if v >= 0 => {
                    self.pos = start + end;
                    Ok((Tok::Lit(Literal::Duration(v.saturating_mul(per))), start..start + end))
                }
                _ => bad_number(self, end),
            };
        }
        match number {
            Some(n) => {
                self.pos = start + end;
                Ok((Tok::Lit(Literal::Number(n)), start..start + end))
            }
            None => bad_number(self, end),
        }
    }
}

struct Parser<'a> {
    lexer: Lexer<'a>,
    tok: Tok,
    span: Span,
    depth: usize,
}

/// Nesting deeper than this is a parse error, so that hostile input cannot overflow the stack.
pub const MAX_PARSE_DEPTH: usize = 64;

/// Parses a `when` expression.
pub fn parse(src: &str) -> Result<Expr, ParseError> {
    let mut lexer = Lexer { src, pos: 0 };
    let (tok, span) = lexer.next_token()?;
    let mut parser = Parser { lexer, tok, span, depth: 0 };
    let expr = parser.or()?;
    if parser.tok != Tok::End {
        return Err(parser.unexpected("`and`, `or` or the end of the expression", "`and`、`or` 或表达式结尾"));
    }
    Ok(expr)
}

impl Parser<'_> {
    fn bump(&mut self) -> Result<(), ParseError> {
        let (tok, span) = self.lexer.next_token()?;
        self.tok = tok;
        self.span = span;
        Ok(())
    }

    fn text(&self) -> &str {
        self.lexer.src.get(self.span.clone()).unwrap_or("")
    }

    fn unexpected(&self, expected: &str, expected_zh: &str) -> ParseError {
        let found_text = self.text().to_owned();
        let suggestion = match &self.tok {
            Tok::Name(word) => KEYWORDS
                .iter()
                .chain(["&&", "||"].iter())
                .filter(|k| strsim::levenshtein(k, word) <= 2 && !KEYWORDS.contains(&word.as_str()))
                .min_by_key(|k| strsim::levenshtein(k, word))
                .map(|k| (*k).to_owned()),
            _ => None,
        };
        ParseError {
            span: self.span.clone(),
            found: self.tok.describe(&found_text),
            expected: expected.to_owned(),
            expected_zh: expected_zh.to_owned(),
            suggestion,
        }
    }

    fn is_word(&self, word: &str) -> bool {
        matches!(&self.tok, Tok::Name(w) if w == word)
    }

    fn enter(&mut self) -> Result<(), ParseError> {
        self.depth += 1;
        if self.depth > MAX_PARSE_DEPTH {
            return Err(ParseError {
                span: self.span.clone(),
                found: "too deep a nesting".to_owned(),
                expected: format!("at most {MAX_PARSE_DEPTH} levels of nesting"),
                expected_zh: format!("最多 {MAX_PARSE_DEPTH} 层嵌套"),
                suggestion: None,
            });
        }
        Ok(())
    }

    fn or(&mut self) -> Result<Expr, ParseError> {
        self.enter()?;
        let first = self.and()?;
        let mut items = vec![first];
        while self.is_word("or") {
            self.bump()?;
            items.push(self.and()?);
        }
        self.depth -= 1;
        Ok(combine(items, Expr::Or))
    }

    fn and(&mut self) -> Result<Expr, ParseError> {
        let first = self.unary()?;
        let mut items = vec![first];
        while self.is_word("and") {
            self.bump()?;
            items.push(self.unary()?);
        }
        Ok(combine(items, Expr::And))
    }

    fn unary(&mut self) -> Result<Expr, ParseError> {
        if self.is_word("not") {
            let start = self.span.start;
            self.bump()?;
            self.enter()?;
            let inner = self.unary()?;
            self.depth -= 1;
            let span = start..inner.span().end;
            return Ok(Expr::Not(Box::new(inner), span));
        }
        self.test()
    }

    fn test(&mut self) -> Result<Expr, ParseError> {
        let left = self.operand()?;
        let start = left.span().start;
        if let Tok::Op(op) = self.tok {
            self.bump()?;
            let right = self.operand()?;
            let span = start..right.span().end;
            return Ok(Expr::Compare(Box::new(left), op, Box::new(right), span));
        }
        let negated = if self.is_word("not") {
            self.bump()?;
            if !self.is_word("in") {
                return Err(self.unexpected("`in` after `not`", "`not` 之后应为 `in`"));
            }
            true
        } else {
            false
        };
        if self.is_word("in") {
            self.bump()?;
            if self.is_word("watchlist") {
                let end = self.span.end;
                self.bump()?;
                return Ok(Expr::InWatchlist(Box::new(left), negated, start..end));
            }
            if self.tok != Tok::LBracket {
                return Err(self.unexpected("a list `[...]` or `watchlist`", "列表 `[...]` 或 `watchlist`"));
            }
            self.bump()?;
            let mut items = Vec::new();
            while self.tok != Tok::RBracket {
                items.push(self.operand()?);
                match self.tok {
                    Tok::Comma => self.bump()?,
                    Tok::RBracket => {}
                    _ => return Err(self.unexpected("`,` or `]`", "`,` 或 `]`")),
                }
            }
            let end = self.span.end;
            self.bump()?;
            return Ok(Expr::InList(Box::new(left), items, negated, start..end));
        }
        for (word, is_keyword_test) in [("has_any", true), ("matches", false)] {
            if self.is_word(word) {
                self.bump()?;
                let Tok::Name(set) = self.tok.clone() else {
                    return Err(self.unexpected(
                        if is_keyword_test { "the name of a keyword set" } else { "the name of a regex set" },
                        if is_keyword_test { "关键词集合的名称" } else { "正则集合的名称" },
                    ));
                };
                let set_span = self.span.clone();
                self.bump()?;
                let span = start..set_span.end;
                return Ok(if is_keyword_test {
                    Expr::HasAny(Box::new(left), set, set_span, span)
                } else {
                    Expr::Matches(Box::new(left), set, set_span, span)
                });
            }
        }
        Ok(left)
    }

    fn operand(&mut self) -> Result<Expr, ParseError> {
        let span = self.span.clone();
        match self.tok.clone() {
            Tok::Lit(literal) => {
                self.bump()?;
                Ok(Expr::Literal(literal, span))
            }
            Tok::LParen => {
                self.bump()?;
                self.enter()?;
                let inner = self.or()?;
                self.depth -= 1;
                if self.tok != Tok::RParen {
                    return Err(self.unexpected("`)`", "`)`"));
                }
                self.bump()?;
                Ok(inner)
            }
            Tok::Name(name) if !KEYWORDS.contains(&name.as_str()) => {
                self.bump()?;
                if self.tok != Tok::LParen {
                    return Ok(Expr::Field(name, span));
                }
                self.bump()?;
                let mut args = Vec::new();
                while self.tok != Tok::RParen {
                    self.enter()?;
                    args.push(self.or()?);
                    self.depth -= 1;
                    match self.tok {
                        Tok::Comma => self.bump()?,
                        Tok::RParen => {}
                        _ => return Err(self.unexpected("`,` or `)`", "`,` 或 `)`")),
                    }
                }
                let end = self.span.end;
                self.bump()?;
                Ok(Expr::Call(name, span.clone(), args, span.start..end))
            }
            _ => Err(self.unexpected("a field, a value, `(` or `not`", "字段、值、`(` 或 `not`")),
        }
    }
}

fn combine(mut items: Vec<Expr>, make: fn(Vec<Expr>, Span) -> Expr) -> Expr {
    if items.len() == 1 {
        return items.remove(0);
    }
    let start = items.first().map_or(0, |e| e.span().start);
    let end = items.last().map_or(0, |e| e.span().end);
    make(items, start..end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip(src: &str) -> String {
        match parse(src) {
            Ok(e) => e.to_string(),
            Err(e) => format!("error at {:?}: found {}, expected {}", e.span, e.found, e.expected),
        }
    }

    #[test]
    fn strings_print_as_written_between_the_quote_they_lack() {
        // Found by fuzzing: strings have no escapes, so printing `\0` for a NUL did not parse back.
        for src in ["x == \"a\u{0}b\\n\"", "x == 'say \"hi\"'", "x == \"it's\""] {
            let printed = round_trip(src);
            assert_eq!(round_trip(&printed), printed, "{src}");
        }
        assert_eq!(round_trip("x == 'say \"hi\"'"), "x == 'say \"hi\"'");
    }

    #[test]
    fn precedence_is_not_then_and_then_or() {
        // The printer keeps only the parentheses that precedence needs.
        assert_eq!(round_trip("((a and (not b)) or (c == 1))"), "a and not b or c == 1");
        assert_eq!(round_trip("a and (not b or c == 1)"), "a and (not b or c == 1)");
        assert_eq!(round_trip("not (a and b)"), "not (a and b)");
        assert_eq!(round_trip("(not a) == b"), "(not a) == b");
        // Nested groups of the same operator stay nested: flattening would change the tree.
        assert_eq!(round_trip("a or (b or c)"), "a or (b or c)");
    }

    #[test]
    fn printing_never_nests_deeper_than_the_source() {
        // Found by fuzzing: `not not … x` printed as `(not (not … x))` went past the nesting
        // limit that the source was within, so the print did not parse.
        let src = format!("{}x", "not ".repeat(MAX_PARSE_DEPTH - 1));
        assert_eq!(round_trip(&src), src);
    }

    #[test]
    fn literals_of_every_kind_parse() {
        assert_eq!(
            round_trip(r#"x >= 50000.50 and y < 3d and z > 22:30 and w in ["im", "email"] and v not in watchlist"#),
            r#"x >= 50000.50 and y < 3d and z > 22:30 and w in ["im", "email"] and v not in watchlist"#
        );
    }

    #[test]
    fn keyword_tests_and_calls_parse() {
        assert_eq!(
            round_trip("instruction.text has_any secrecy and exists(payee.vendor_id) and memo matches phone"),
            "instruction.text has_any secrecy and exists(payee.vendor_id) and memo matches phone"
        );
    }

    #[test]
    fn printed_form_parses_back_to_the_same_print() {
        let src = "not (a or b) and c != 'x' or d <= 24h";
        let once = round_trip(src);
        assert_eq!(round_trip(&once), once);
    }

    #[test]
    fn a_misspelt_keyword_gets_a_suggestion() {
        let err = parse("payee.is_new annd memo has_any x").err();
        assert_eq!(err.and_then(|e| e.suggestion), Some("and".to_owned()));
    }

    #[test]
    fn errors_point_at_the_offending_text() {
        let err = parse("amount >= ").err();
        assert_eq!(err.map(|e| (e.span, e.found)), Some((10..10, "the end of the expression".into())));
        let err = parse("a = 1").err();
        assert_eq!(err.map(|e| e.span), Some(2..3));
    }

    #[test]
    fn hostile_nesting_is_an_error_not_a_crash() {
        let deep = "(".repeat(10_000) + "a" + &")".repeat(10_000);
        assert!(parse(&deep).is_err());
        let nots = "not ".repeat(10_000) + "a";
        assert!(parse(&nots).is_err());
    }
}
