//! The rule files as written: a spanned mirror of the TOML, built by walking the parsed
//! document so that every unknown key, wrong type and missing field in every file is
//! reported at once, each with its position.

use std::collections::BTreeSet;
use std::ops::Range;
use std::str::FromStr;

use jiff::civil::Date;
use jiff::tz::TimeZone;
use rust_decimal::Decimal;
use toml::Spanned as TomlSpanned;
use toml::de::{DeTable, DeValue};

use super::diagnostic::{Diagnostic, Text, did_you_mean, suggestion};
use super::settings::{CompanySettings, Limits, Settings};

/// A value with the byte range it came from.
#[derive(Clone, Debug, PartialEq)]
pub struct Spanned<T> {
    /// The value.
    pub value: T,
    /// Where it is in the file.
    pub span: Range<usize>,
}

/// A rule pack file.
#[derive(Clone, Debug, Default)]
pub struct PackFile {
    /// File name.
    pub file: String,
    /// `[pack] id`.
    pub id: Option<Spanned<String>>,
    /// `[pack] title` (Chinese).
    pub title: String,
    /// `[pack] title_en`.
    pub title_en: Option<String>,
    /// `[keywords.NAME]` tables.
    pub keywords: Vec<KeywordSetDef>,
    /// `[regex.NAME]` tables.
    pub regexes: Vec<RegexSetDef>,
    /// `[[rule]]` tables.
    pub rules: Vec<RuleDef>,
    /// `[[test]]` tables.
    pub tests: Vec<TestDef>,
}

/// A named keyword set.
#[derive(Clone, Debug)]
pub struct KeywordSetDef {
    /// Its name.
    pub name: Spanned<String>,
    /// Terms listed inline, pinyin aliases included.
    pub terms: Vec<Spanned<String>>,
    /// A file under `rules/keywords/` with more terms, one per line.
    pub file: Option<Spanned<String>>,
    /// Whether the homophone table expands its terms.
    pub homophones: bool,
}

/// A named regex set.
#[derive(Clone, Debug)]
pub struct RegexSetDef {
    /// Its name.
    pub name: Spanned<String>,
    /// Patterns, run over normalised text.
    pub patterns: Vec<Spanned<String>>,
}

/// A rule as written.
#[derive(Clone, Debug)]
pub struct RuleDef {
    /// Stable id.
    pub id: Spanned<String>,
    /// Chinese title.
    pub title: String,
    /// English title.
    pub title_en: Option<String>,
    /// Scam type.
    pub scam_type: Spanned<String>,
    /// `payment`, `order` or `both`.
    pub applies_to: Spanned<String>,
    /// The condition's text.
    pub when: Spanned<String>,
    /// Byte offset in the file of the condition's first character, when the string has no
    /// escapes (so expression offsets map exactly); otherwise errors underline the whole string.
    pub when_offset: Option<usize>,
    /// Score, negative for a mitigator.
    pub score: Spanned<i64>,
    /// Forced action: `block` or `review`.
    pub action: Option<Spanned<String>>,
    /// Advice in Chinese.
    pub advice: String,
    /// Advice in English.
    pub advice_en: Option<String>,
    /// Whether the rule runs.
    pub enabled: bool,
    /// The whole `[[rule]]` table.
    pub span: Range<usize>,
}

/// A test case as written.
#[derive(Clone, Debug)]
pub struct TestDef {
    /// What it shows.
    pub name: String,
    /// `payment` or `order`.
    pub kind: Spanned<String>,
    /// The request fragment.
    pub input: Spanned<serde_json::Value>,
    /// Earlier executed requests (fragments of the same kind unless they say `kind`).
    pub history: Vec<Spanned<serde_json::Value>>,
    /// Master-data counterparties.
    pub counterparties: Vec<Spanned<serde_json::Value>>,
    /// Watchlist entries.
    pub watchlist: Vec<Spanned<serde_json::Value>>,
    /// Allowlist entries for the test's payee or customer: `{ rules = [...] }`.
    pub allowlist: Vec<Spanned<serde_json::Value>>,
    /// Expected decision.
    pub decision: Option<Spanned<String>>,
    /// Rules that must hit.
    pub hits: Vec<Spanned<String>>,
    /// Rules that must not hit.
    pub not_hits: Vec<Spanned<String>>,
    /// The whole `[[test]]` table.
    pub span: Range<usize>,
}

/// A homophone group: variants that stand for a canonical spelling.
#[derive(Clone, Debug)]
pub struct HomophoneGroup {
    /// The canonical spelling found in keyword terms.
    pub canonical: String,
    /// Spellings scammers use instead.
    pub variants: Vec<String>,
}

type Dv<'i> = TomlSpanned<DeValue<'i>>;

/// Walks one parsed file, collecting problems.
pub struct Walker<'d> {
    file: String,
    diags: &'d mut Vec<Diagnostic>,
}

impl<'d> Walker<'d> {
    /// A walker for `file` that appends problems to `diags`.
    pub fn new(file: &str, diags: &'d mut Vec<Diagnostic>) -> Walker<'d> {
        Walker { file: file.to_owned(), diags }
    }

    /// Records a problem.
    pub fn error(&mut self, span: Range<usize>, message: Text, label: Text, help: Option<Text>) {
        self.diags.push(Diagnostic { file: self.file.clone(), span, message, label, help });
    }

    /// Parses a TOML document, reporting syntax errors; `None` if nothing usable came out.
    pub fn parse<'i>(&mut self, text: &'i str) -> Option<TomlSpanned<DeTable<'i>>> {
        let (table, errors) = DeTable::parse_recoverable(text);
        let had_errors = !errors.is_empty();
        for error in errors {
            let span = error.span().unwrap_or(0..0);
            let message = error.message().trim().to_owned();
            self.error(
                span,
                Text::new(format!("TOML 语法错误：{message}"), format!("invalid TOML: {message}")),
                Text::new("此处有误", "here"),
                None,
            );
        }
        (!had_errors).then_some(table)
    }

    /// Reports keys of `table` that are not in `allowed`, with a did-you-mean.
    pub fn check_keys(&mut self, table: &DeTable<'_>, allowed: &[&str], context: &str) {
        for (key, _) in table.iter() {
            let name = key.get_ref().as_ref();
            if !allowed.contains(&name) {
                let close = did_you_mean(name, allowed.iter().copied());
                self.error(
                    key.span(),
                    Text::new(format!("{context} 中有未知字段 `{name}`"), format!("unknown key `{name}` in {context}")),
                    Text::new(
                        format!("可用字段：{}", allowed.join("、")),
                        format!("expected one of: {}", allowed.join(", ")),
                    ),
                    suggestion(close),
                );
            }
        }
    }

    fn wrong_type(&mut self, value: &Dv<'_>, key: &str, expected_zh: &str, expected_en: &str) {
        let found = value.get_ref().type_str();
        self.error(
            value.span(),
            Text::new(format!("`{key}` 的类型不对"), format!("`{key}` has the wrong type")),
            Text::new(format!("应为{expected_zh}，实际是 {found}"), format!("expected {expected_en}, found {found}")),
            None,
        );
    }

    fn missing(&mut self, span: Range<usize>, key: &str, context: &str) {
        self.error(
            span,
            Text::new(
                format!("{context} 缺少必填字段 `{key}`"),
                format!("{context} is missing the required key `{key}`"),
            ),
            Text::new(format!("请添加 `{key} = ...`"), format!("add `{key} = ...`")),
            None,
        );
    }

    /// An optional string.
    pub fn opt_str(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<String>> {
        let value = table.get(key)?;
        match value.get_ref().as_str() {
            Some(s) => Some(Spanned { value: s.to_owned(), span: value.span() }),
            None => {
                self.wrong_type(value, key, "字符串", "a string");
                None
            }
        }
    }

    /// A required string; reports and returns `None` when absent.
    pub fn req_str(
        &mut self,
        table: &DeTable<'_>,
        key: &str,
        at: Range<usize>,
        context: &str,
    ) -> Option<Spanned<String>> {
        if table.get(key).is_none() {
            self.missing(at, key, context);
            return None;
        }
        self.opt_str(table, key)
    }

    /// An optional integer.
    pub fn opt_int(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<i64>> {
        let value = table.get(key)?;
        let parsed = value.get_ref().as_integer().and_then(|i| i64::from_str_radix(i.as_str(), i.radix()).ok());
        match parsed {
            Some(i) => Some(Spanned { value: i, span: value.span() }),
            None => {
                self.wrong_type(value, key, "整数", "an integer");
                None
            }
        }
    }

    /// An optional boolean.
    pub fn opt_bool(&mut self, table: &DeTable<'_>, key: &str) -> Option<bool> {
        let value = table.get(key)?;
        match value.get_ref().as_bool() {
            Some(b) => Some(b),
            None => {
                self.wrong_type(value, key, "布尔值 true/false", "true or false");
                None
            }
        }
    }

    /// An optional decimal, written as a string (`"0.9"`) or an integer.
    pub fn opt_decimal(&mut self, table: &DeTable<'_>, key: &str) -> Option<Spanned<Decimal>> {
        let value = table.get(key)?;
        let parsed = match value.get_ref() {
            DeValue::String(s) => Decimal::from_str(s.trim()).ok(),
            DeValue::Integer(i) => Decimal::from_str(i.as_str()).ok(),
            DeValue::Float(f) => Decimal::from_str(f.as_str()).ok(),
            _ => None,
        };
        match parsed {
            Some(d) => Some(Spanned { value: d, span: value.span() }),
            None => {
                self.wrong_type(value, key, "十进制数（如 \"0.9\"）", "a decimal such as \"0.9\"");
                None
            }
        }
    }

    /// An optional array of strings.
    pub fn opt_str_list(&mut self, table: &DeTable<'_>, key: &str) -> Vec<Spanned<String>> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(value, key, "字符串数组", "an array of strings");
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            match item.get_ref().as_str() {
                Some(s) => out.push(Spanned { value: s.to_owned(), span: item.span() }),
                None => self.wrong_type(item, key, "字符串", "a string"),
            }
        }
        out
    }

    /// An optional sub-table.
    pub fn opt_table<'t, 'i>(&mut self, table: &'t DeTable<'i>, key: &str) -> Option<&'t Dv<'i>> {
        let value = table.get(key)?;
        if value.get_ref().as_table().is_none() {
            self.wrong_type(value, key, "表", "a table");
            return None;
        }
        Some(value)
    }

    /// An optional array of tables (`[[name]]`).
    pub fn table_array<'t, 'i>(&mut self, table: &'t DeTable<'i>, key: &str) -> Vec<&'t Dv<'i>> {
        let Some(value) = table.get(key) else {
            return Vec::new();
        };
        let Some(items) = value.get_ref().as_array() else {
            self.wrong_type(value, key, &format!("表数组 [[{key}]]"), &format!("an array of tables [[{key}]]"));
            return Vec::new();
        };
        let mut out = Vec::new();
        for item in items.iter() {
            if item.get_ref().as_table().is_some() {
                out.push(item);
            } else {
                self.wrong_type(item, key, "表", "a table");
            }
        }
        out
    }
}

/// Keys of a pack file's top level.
const PACK_KEYS: &[&str] = &["pack", "keywords", "regex", "rule", "test"];
const PACK_HEADER_KEYS: &[&str] = &["id", "title", "title_en", "description", "sources"];
const KEYWORD_KEYS: &[&str] = &["terms", "aliases", "file", "homophones", "title", "note"];
const REGEX_KEYS: &[&str] = &["patterns", "title", "note"];
const RULE_KEYS: &[&str] = &[
    "id",
    "title",
    "title_en",
    "scam_type",
    "applies_to",
    "when",
    "score",
    "action",
    "advice",
    "advice_en",
    "enabled",
    "note",
];
const TEST_KEYS: &[&str] = &["name", "kind", "input", "history", "counterparties", "watchlist", "allowlist", "expect"];
const EXPECT_KEYS: &[&str] = &["decision", "hits", "not_hits"];

/// Reads a pack file.
pub fn read_pack(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> PackFile {
    let mut w = Walker::new(file, diags);
    let mut pack = PackFile { file: file.to_owned(), ..PackFile::default() };
    let Some(doc) = w.parse(text) else {
        return pack;
    };
    let root = doc.get_ref();
    w.check_keys(root, PACK_KEYS, "规则包 / rule pack");
    match w.opt_table(root, "pack") {
        Some(header) => {
            let table = header.get_ref().as_table().unwrap_or(&*EMPTY);
            w.check_keys(table, PACK_HEADER_KEYS, "[pack]");
            pack.id = w.req_str(table, "id", header.span(), "[pack]");
            pack.title = w.req_str(table, "title", header.span(), "[pack]").map(|s| s.value).unwrap_or_default();
            pack.title_en = w.opt_str(table, "title_en").map(|s| s.value);
        }
        None => w.missing(0..0, "[pack]", file),
    }
    if let Some(sets) = w.opt_table(root, "keywords") {
        for (name, value) in sets.get_ref().as_table().unwrap_or(&*EMPTY).iter() {
            let name = Spanned { value: name.get_ref().to_string(), span: name.span() };
            let Some(table) = value.get_ref().as_table() else {
                w.wrong_type(value, &name.value, "表", "a table");
                continue;
            };
            w.check_keys(table, KEYWORD_KEYS, &format!("[keywords.{}]", name.value));
            let mut terms = w.opt_str_list(table, "terms");
            terms.extend(w.opt_str_list(table, "aliases"));
            let file_ref = w.opt_str(table, "file");
            if terms.is_empty() && file_ref.is_none() {
                w.error(
                    value.span(),
                    Text::new(
                        format!("关键词集合 `{}` 是空的", name.value),
                        format!("keyword set `{}` is empty", name.value),
                    ),
                    Text::new("请提供 terms 或 file", "give `terms` or `file`"),
                    None,
                );
            }
            let homophones = w.opt_bool(table, "homophones").unwrap_or(false);
            pack.keywords.push(KeywordSetDef { name, terms, file: file_ref, homophones });
        }
    }
    if let Some(sets) = w.opt_table(root, "regex") {
        for (name, value) in sets.get_ref().as_table().unwrap_or(&*EMPTY).iter() {
            let name = Spanned { value: name.get_ref().to_string(), span: name.span() };
            let Some(table) = value.get_ref().as_table() else {
                w.wrong_type(value, &name.value, "表", "a table");
                continue;
            };
            w.check_keys(table, REGEX_KEYS, &format!("[regex.{}]", name.value));
            let patterns = w.opt_str_list(table, "patterns");
            if patterns.is_empty() {
                w.missing(value.span(), "patterns", &format!("[regex.{}]", name.value));
            }
            pack.regexes.push(RegexSetDef { name, patterns });
        }
    }
    for item in w.table_array(root, "rule") {
        let table = item.get_ref().as_table().unwrap_or(&*EMPTY);
        w.check_keys(table, RULE_KEYS, "[[rule]]");
        let at = item.span();
        let id = w.req_str(table, "id", at.clone(), "[[rule]]");
        let title = w.req_str(table, "title", at.clone(), "[[rule]]");
        let scam_type = w.opt_str(table, "scam_type");
        let applies_to = w.opt_str(table, "applies_to");
        let when = w.req_str(table, "when", at.clone(), "[[rule]]");
        let score = w.req_int(table, "score", at.clone());
        let action = w.opt_str(table, "action");
        let advice = w.req_str(table, "advice", at.clone(), "[[rule]]");
        let advice_en = w.opt_str(table, "advice_en").map(|s| s.value);
        let title_en = w.opt_str(table, "title_en").map(|s| s.value);
        let enabled = w.opt_bool(table, "enabled").unwrap_or(true);
        let (Some(id), Some(title), Some(when), Some(score), Some(advice)) = (id, title, when, score, advice) else {
            continue;
        };
        let when_offset = expression_offset(text, &when);
        let default_type =
            Spanned { value: pack.id.as_ref().map(|s| s.value.clone()).unwrap_or_default(), span: id.span.clone() };
        pack.rules.push(RuleDef {
            id,
            title: title.value,
            title_en,
            scam_type: scam_type.unwrap_or(default_type),
            applies_to: applies_to.unwrap_or(Spanned { value: "both".into(), span: at.clone() }),
            when,
            when_offset,
            score,
            action,
            advice: advice.value,
            advice_en,
            enabled,
            span: at,
        });
    }
    for item in w.table_array(root, "test") {
        let table = item.get_ref().as_table().unwrap_or(&*EMPTY);
        w.check_keys(table, TEST_KEYS, "[[test]]");
        let at = item.span();
        let name = w.req_str(table, "name", at.clone(), "[[test]]").map(|s| s.value).unwrap_or_default();
        let kind = w.opt_str(table, "kind").unwrap_or(Spanned { value: "payment".into(), span: at.clone() });
        let input = match table.get("input") {
            Some(v) if v.get_ref().is_table() => Spanned { value: to_json(v.get_ref()), span: v.span() },
            Some(v) => {
                w.wrong_type(v, "input", "表", "a table");
                continue;
            }
            None => {
                w.missing(at.clone(), "input", "[[test]]");
                continue;
            }
        };
        let list = |w: &mut Walker<'_>, key: &str| -> Vec<Spanned<serde_json::Value>> {
            let Some(value) = table.get(key) else {
                return Vec::new();
            };
            match value.get_ref().as_array() {
                Some(items) => items.iter().map(|i| Spanned { value: to_json(i.get_ref()), span: i.span() }).collect(),
                None => {
                    w.wrong_type(value, key, "表数组", "an array of tables");
                    Vec::new()
                }
            }
        };
        let history = list(&mut w, "history");
        let counterparties = list(&mut w, "counterparties");
        let watchlist = list(&mut w, "watchlist");
        let allowlist = list(&mut w, "allowlist");
        let (mut decision, mut hits, mut not_hits) = (None, Vec::new(), Vec::new());
        match w.opt_table(table, "expect") {
            Some(expect) => {
                let expect_table = expect.get_ref().as_table().unwrap_or(&*EMPTY);
                w.check_keys(expect_table, EXPECT_KEYS, "[test.expect]");
                decision = w.opt_str(expect_table, "decision");
                hits = w.opt_str_list(expect_table, "hits");
                not_hits = w.opt_str_list(expect_table, "not_hits");
            }
            None => w.missing(at.clone(), "expect", "[[test]]"),
        }
        pack.tests.push(TestDef {
            name,
            kind,
            input,
            history,
            counterparties,
            watchlist,
            allowlist,
            decision,
            hits,
            not_hits,
            span: at,
        });
    }
    pack
}

impl Walker<'_> {
    fn req_int(&mut self, table: &DeTable<'_>, key: &str, at: Range<usize>) -> Option<Spanned<i64>> {
        if table.get(key).is_none() {
            self.missing(at, key, "[[rule]]");
            return None;
        }
        self.opt_int(table, key)
    }
}

static EMPTY: std::sync::LazyLock<DeTable<'static>> = std::sync::LazyLock::new(DeTable::new);

/// Where the condition's text starts in the file, if its characters map one to one.
fn expression_offset(file_text: &str, when: &Spanned<String>) -> Option<usize> {
    let raw = file_text.get(when.span.clone())?;
    for quote in ["'''", "\"\"\"", "'", "\""] {
        if let Some(body) = raw.strip_prefix(quote).and_then(|r| r.strip_suffix(quote)) {
            let (body, skipped) = match body.strip_prefix('\n') {
                Some(rest) if quote.len() == 3 => (rest, 1),
                _ => (body, 0),
            };
            return (body == when.value).then_some(when.span.start + quote.len() + skipped);
        }
    }
    None
}

/// Converts a TOML value to JSON, for request fragments in tests.
pub fn to_json(value: &DeValue<'_>) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        DeValue::String(s) => J::String(s.to_string()),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).map_or(J::Null, J::from),
        DeValue::Float(f) => serde_json::Number::from_str(f.as_str()).map_or(J::Null, J::Number),
        DeValue::Boolean(b) => J::Bool(*b),
        DeValue::Datetime(d) => J::String(d.to_string()),
        DeValue::Array(items) => J::Array(items.iter().map(|i| to_json(i.get_ref())).collect()),
        DeValue::Table(table) => {
            J::Object(table.iter().map(|(k, v)| (k.get_ref().to_string(), to_json(v.get_ref()))).collect())
        }
    }
}

const SETTINGS_KEYS: &[&str] = &["decision", "approval", "calendar", "limits"];
const DECISION_KEYS: &[&str] = &["review_at", "block_at", "forced_block_score", "combine"];
const APPROVAL_KEYS: &[&str] = &["limits", "just_below_ratio", "split_window"];
const CALENDAR_KEYS: &[&str] = &["time_zone", "business_hours", "holidays", "workdays"];
const LIMIT_KEYS: &[&str] = &[
    "max_rules",
    "max_terms_per_set",
    "max_terms_total",
    "max_patterns_per_regex_set",
    "max_regex_bytes",
    "max_expression_depth",
    "max_text_chars",
];

/// Reads `settings.toml`; anything absent keeps its default.
pub fn read_settings(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Settings {
    let mut w = Walker::new(file, diags);
    let mut settings = Settings::default();
    let Some(doc) = w.parse(text) else {
        return settings;
    };
    let root = doc.get_ref();
    w.check_keys(root, SETTINGS_KEYS, "settings.toml");
    if let Some(t) = w.opt_table(root, "decision").and_then(|v| v.get_ref().as_table()) {
        w.check_keys(t, DECISION_KEYS, "[decision]");
        let percent = |w: &mut Walker<'_>, key: &str, slot: &mut u8| {
            if let Some(v) = w.opt_int(t, key) {
                match u8::try_from(v.value).ok().filter(|p| *p <= 100) {
                    Some(p) => *slot = p,
                    None => w.error(
                        v.span,
                        Text::new(format!("`{key}` 超出范围"), format!("`{key}` is out of range")),
                        Text::new("应为 0 到 100", "expected 0 to 100"),
                        None,
                    ),
                }
            }
        };
        percent(&mut w, "review_at", &mut settings.review_at);
        percent(&mut w, "block_at", &mut settings.block_at);
        percent(&mut w, "forced_block_score", &mut settings.forced_block_score);
        if let Some(method) = w.opt_str(t, "combine") {
            if method.value != "capped_sum_max" {
                w.error(
                    method.span,
                    Text::new("不支持的计分方式", "unsupported score combination"),
                    Text::new("目前只支持 \"capped_sum_max\"", "only \"capped_sum_max\" is supported"),
                    None,
                );
            }
        }
        if settings.review_at > settings.block_at {
            w.error(
                doc.span(),
                Text::new("review_at 不能大于 block_at", "review_at cannot exceed block_at"),
                Text::new("请调整阈值", "adjust the thresholds"),
                None,
            );
        }
    }
    if let Some(t) = w.opt_table(root, "approval").and_then(|v| v.get_ref().as_table()) {
        w.check_keys(t, APPROVAL_KEYS, "[approval]");
        settings.company = read_company(&mut w, t, None, settings.company);
    }
    if let Some(t) = w.opt_table(root, "calendar").and_then(|v| v.get_ref().as_table()) {
        w.check_keys(t, CALENDAR_KEYS, "[calendar]");
        settings.company = read_company(&mut w, t, Some(()), settings.company);
    }
    if let Some(t) = w.opt_table(root, "limits").and_then(|v| v.get_ref().as_table()) {
        w.check_keys(t, LIMIT_KEYS, "[limits]");
        let Limits {
            max_rules,
            max_terms_per_set,
            max_terms_total,
            max_patterns_per_regex_set,
            max_regex_bytes,
            max_expression_depth,
            max_text_chars,
        } = &mut settings.limits;
        for (key, slot) in [
            ("max_rules", max_rules),
            ("max_terms_per_set", max_terms_per_set),
            ("max_terms_total", max_terms_total),
            ("max_patterns_per_regex_set", max_patterns_per_regex_set),
            ("max_regex_bytes", max_regex_bytes),
            ("max_expression_depth", max_expression_depth),
            ("max_text_chars", max_text_chars),
        ] {
            if let Some(v) = w.opt_int(t, key) {
                match usize::try_from(v.value).ok().filter(|n| *n > 0) {
                    Some(n) => *slot = n,
                    None => w.error(
                        v.span,
                        Text::new(format!("`{key}` 必须为正整数"), format!("`{key}` must be a positive integer")),
                        Text::new("此处", "here"),
                        None,
                    ),
                }
            }
        }
    }
    settings
}

/// Reads the company-specific keys of `[approval]` (when `calendar` is `None`) or `[calendar]`.
fn read_company(
    w: &mut Walker<'_>,
    t: &DeTable<'_>,
    calendar: Option<()>,
    mut company: CompanySettings,
) -> CompanySettings {
    if calendar.is_none() {
        let limits = w.opt_str_list(t, "limits");
        if t.get("limits").is_some() {
            let mut parsed = Vec::new();
            for limit in limits {
                match Decimal::from_str(limit.value.trim()) {
                    Ok(d) if d > Decimal::ZERO => parsed.push(d),
                    _ => w.error(
                        limit.span,
                        Text::new("审批额度无效", "invalid approval limit"),
                        Text::new(
                            "应为正的十进制数字符串，如 \"50000\"",
                            "expected a positive decimal string such as \"50000\"",
                        ),
                        None,
                    ),
                }
            }
            parsed.sort();
            company.approval_limits = parsed;
        }
        if let Some(ratio) = w.opt_decimal(t, "just_below_ratio") {
            if ratio.value > Decimal::ZERO && ratio.value < Decimal::ONE {
                company.just_below_ratio = ratio.value;
            } else {
                w.error(
                    ratio.span,
                    Text::new("比例应在 0 与 1 之间", "the ratio must lie between 0 and 1"),
                    Text::new("例如 \"0.9\"", "for example \"0.9\""),
                    None,
                );
            }
        }
        if let Some(window) = w.opt_str(t, "split_window") {
            match super::expr::parse(&window.value) {
                Ok(super::expr::Expr::Literal(super::expr::Literal::Duration(secs), _)) if secs > 0 => {
                    company.split_window_secs = secs
                }
                _ => w.error(
                    window.span,
                    Text::new("时长无效", "invalid duration"),
                    Text::new("例如 \"72h\" 或 \"3d\"", "for example \"72h\" or \"3d\""),
                    None,
                ),
            }
        }
        return company;
    }
    if let Some(zone) = w.opt_str(t, "time_zone") {
        match TimeZone::get(&zone.value) {
            Ok(tz) => company.time_zone = tz,
            Err(_) => w.error(
                zone.span,
                Text::new("未知时区", "unknown time zone"),
                Text::new("应为 IANA 时区名，如 \"Asia/Shanghai\"", "expected an IANA name such as \"Asia/Shanghai\""),
                None,
            ),
        }
    }
    let hours = w.opt_str_list(t, "business_hours");
    if t.get("business_hours").is_some() {
        let parsed: Vec<Option<u32>> = hours.iter().map(|h| parse_clock(&h.value)).collect();
        match parsed.as_slice() {
            [Some(start), Some(end)] if start < end => company.business_hours = (*start, *end),
            _ => {
                let span = t.get("business_hours").map_or(0..0, |v| v.span());
                w.error(
                    span,
                    Text::new("办公时间无效", "invalid business hours"),
                    Text::new(
                        "应为 [\"10:00\", \"20:00\"] 这样的开始与结束时刻",
                        "expected a start and an end such as [\"10:00\", \"20:00\"]",
                    ),
                    None,
                );
            }
        }
    }
    for (key, slot) in [("holidays", &mut company.holidays), ("workdays", &mut company.workdays)] {
        let Some(value) = t.get(key) else { continue };
        let mut dates = BTreeSet::new();
        match value.get_ref().as_array() {
            Some(items) => {
                for item in items.iter() {
                    let text = match item.get_ref() {
                        DeValue::Datetime(d) => d.to_string(),
                        DeValue::String(s) => s.to_string(),
                        _ => String::new(),
                    };
                    match Date::from_str(&text) {
                        Ok(date) => {
                            dates.insert(date);
                        }
                        Err(_) => w.error(
                            item.span(),
                            Text::new("日期无效", "invalid date"),
                            Text::new("应为 2026-10-01 这样的日期", "expected a date such as 2026-10-01"),
                            None,
                        ),
                    }
                }
            }
            None => w.wrong_type(value, key, "日期数组", "an array of dates"),
        }
        *slot = dates;
    }
    company
}

/// Parses `HH:MM` into minutes after midnight.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.trim().split_once(':')?;
    let (h, m) = (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?);
    (h <= 24 && m < 60 && h * 60 + m <= 24 * 60).then_some(h * 60 + m)
}

/// Reads `homophones.toml`: `[[group]] canonical = "微信", variants = [...]`.
pub fn read_homophones(file: &str, text: &str, diags: &mut Vec<Diagnostic>) -> Vec<HomophoneGroup> {
    let mut w = Walker::new(file, diags);
    let Some(doc) = w.parse(text) else {
        return Vec::new();
    };
    w.check_keys(doc.get_ref(), &["group"], "homophones.toml");
    let mut groups = Vec::new();
    for item in w.table_array(doc.get_ref(), "group") {
        let table = item.get_ref().as_table().unwrap_or(&*EMPTY);
        w.check_keys(table, &["canonical", "variants", "note"], "[[group]]");
        let canonical = w.req_str(table, "canonical", item.span(), "[[group]]");
        let variants = w.opt_str_list(table, "variants");
        if let Some(canonical) = canonical {
            groups.push(HomophoneGroup {
                canonical: canonical.value,
                variants: variants.into_iter().map(|v| v.value).collect(),
            });
        }
    }
    groups
}
