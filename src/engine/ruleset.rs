//! Compiling a ruleset from its files, and screening a request against it.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::Sources;
use super::check::{Node, Scope, compile};
use super::diagnostic::{Diagnostic, Diagnostics, Text, did_you_mean, suggestion};
use super::eval::Evaluator;
use super::expr::{self, Expr};
use super::features::Facts;
use super::history::History;
use super::matcher::{KeywordMatcher, RegexGroup, normalize_term};
use super::schema::Applies;
use super::settings::{Settings, TenantOverrides};
use super::syntax::{self, HomophoneGroup, PackFile, TestDef};
use super::watchlist::Watchlist;
use crate::domain::{Action, Decision, Hit, Request};

/// Scam types a rule may belong to; `common` holds cross-cutting signals and mitigators.
pub const SCAM_TYPES: &[&str] = &[
    "fake_purchaser",
    "fake_order",
    "contract_fraud",
    "fake_salary",
    "boss_impersonation",
    "account_change",
    "authority_impersonation",
    "fake_invoice",
    "advance_fee",
    "task_rebate",
    "overpayment_refund",
    "account_lending",
    "common",
];

/// A compiled rule.
#[derive(Clone, Debug)]
pub struct Rule {
    /// Stable id.
    pub id: String,
    /// Chinese title.
    pub title: String,
    /// English title.
    pub title_en: Option<String>,
    /// Scam type (or `common`).
    pub scam_type: String,
    /// Which requests it looks at.
    pub applies: Applies,
    /// The parsed condition (kept for the reference evaluator and for printing).
    pub expr: Expr,
    /// The compiled condition.
    pub node: Node,
    /// Score; negative for a mitigator.
    pub score: i32,
    /// Forced action.
    pub forced: Option<Action>,
    /// Advice in Chinese.
    pub advice: String,
    /// Advice in English.
    pub advice_en: Option<String>,
    /// Whether it runs.
    pub enabled: bool,
    /// Index of its pack.
    pub pack: usize,
}

/// A loaded pack, for listings.
#[derive(Clone, Debug)]
pub struct PackInfo {
    /// Pack id.
    pub id: String,
    /// Chinese title.
    pub title: String,
    /// File it came from.
    pub file: String,
}

/// A compiled ruleset: immutable, shared by every request.
#[derive(Debug)]
pub struct RuleSet {
    /// `sha256:` over the canonical content of the files.
    pub version: String,
    /// Thresholds, calendar and limits.
    pub settings: Settings,
    /// Packs, in file order.
    pub packs: Vec<PackInfo>,
    /// Rules, in file order.
    pub rules: Vec<Rule>,
    /// Keyword set names and their normalised terms, by set index.
    pub keyword_sets: Vec<(String, Vec<String>)>,
    /// Regex set names, patterns and compiled groups, by set index.
    pub regex_sets: Vec<(String, RegexGroup, Vec<String>)>,
    /// All keyword sets in one automaton.
    pub keywords: KeywordMatcher,
    /// The packs' test cases, as written.
    pub tests: Vec<(usize, TestDef)>,
}

/// What a screening needs besides the request.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    /// The tenant's counterparty history.
    pub history: &'a History,
    /// Confirmed scammers' identifiers.
    pub watchlist: &'a Watchlist,
    /// The tenant's own settings.
    pub tenant: Option<&'a TenantOverrides>,
}

impl RuleSet {
    /// Compiles every file of a ruleset, reporting every problem in every file at once.
    pub fn compile(sources: &Sources) -> Result<RuleSet, Diagnostics> {
        let mut diags: Vec<Diagnostic> = Vec::new();
        let mut settings = Settings::default();
        let mut homophones: Vec<HomophoneGroup> = Vec::new();
        let mut packs: Vec<PackFile> = Vec::new();
        let mut keyword_files: HashMap<&str, &str> = HashMap::new();
        for (path, text) in &sources.files {
            let name = path.rsplit('/').next().unwrap_or(path);
            if path.ends_with(".txt") {
                keyword_files.insert(path.as_str(), text.as_str());
            } else if name == "settings.toml" {
                settings = syntax::read_settings(path, text, &mut diags);
            } else if name == "homophones.toml" {
                homophones = syntax::read_homophones(path, text, &mut diags);
            } else if path.ends_with(".toml") {
                packs.push(syntax::read_pack(path, text, &mut diags));
            }
        }
        let limits = settings.limits.clone();

        // Pack ids.
        let mut pack_ids: HashMap<String, String> = HashMap::new();
        for pack in &packs {
            if let Some(id) = &pack.id {
                if let Some(other) = pack_ids.insert(id.value.clone(), pack.file.clone()) {
                    diags.push(error(
                        &pack.file,
                        id.span.clone(),
                        format!("规则包 id `{}` 与 {other} 重复", id.value),
                        format!("pack id `{}` is also used by {other}", id.value),
                        "重复的 id",
                        "duplicate id",
                    ));
                }
            }
        }

        // Keyword sets.
        let mut keyword_index: HashMap<String, u32> = HashMap::new();
        let mut keyword_sets: Vec<(String, Vec<String>)> = Vec::new();
        let mut all_terms: Vec<(u32, String)> = Vec::new();
        for pack in &packs {
            for set in &pack.keywords {
                let set_index = keyword_sets.len() as u32;
                if keyword_index.insert(set.name.value.clone(), set_index).is_some() {
                    diags.push(error(
                        &pack.file,
                        set.name.span.clone(),
                        format!("关键词集合 `{}` 重复定义", set.name.value),
                        format!("keyword set `{}` is defined twice", set.name.value),
                        "集合名称在所有规则包中必须唯一",
                        "set names are shared by all packs and must be unique",
                    ));
                }
                let mut raw: Vec<String> = set.terms.iter().map(|t| t.value.clone()).collect();
                if let Some(file_ref) = &set.file {
                    match keyword_files.get(file_ref.value.as_str()) {
                        Some(content) => raw.extend(
                            content
                                .lines()
                                .map(str::trim)
                                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                                .map(str::to_owned),
                        ),
                        None => diags.push(error(
                            &pack.file,
                            file_ref.span.clone(),
                            format!("找不到关键词文件 `{}`", file_ref.value),
                            format!("keyword file `{}` not found", file_ref.value),
                            "路径相对于规则目录，如 \"keywords/urgency.txt\"",
                            "paths are relative to the rules directory, such as \"keywords/urgency.txt\"",
                        )),
                    }
                }
                for term in &set.terms {
                    if normalize_term(&term.value).is_empty() {
                        diags.push(error(
                            &pack.file,
                            term.span.clone(),
                            "关键词归一化后为空".into(),
                            "the term is empty once normalised".into(),
                            "请删除或改写",
                            "remove or rewrite it",
                        ));
                    }
                }
                let mut terms: Vec<String> = Vec::new();
                for term in raw {
                    let normalized = normalize_term(&term);
                    if normalized.is_empty() {
                        continue;
                    }
                    if set.homophones {
                        for variant in expand_homophones(&normalized, &homophones) {
                            if !terms.contains(&variant) {
                                terms.push(variant);
                            }
                        }
                    }
                    if !terms.contains(&normalized) {
                        terms.push(normalized);
                    }
                }
                if terms.len() > limits.max_terms_per_set {
                    diags.push(error(
                        &pack.file,
                        set.name.span.clone(),
                        format!(
                            "关键词集合 `{}` 有 {} 个词，超过上限 {}",
                            set.name.value,
                            terms.len(),
                            limits.max_terms_per_set
                        ),
                        format!(
                            "keyword set `{}` has {} terms, more than the limit of {}",
                            set.name.value,
                            terms.len(),
                            limits.max_terms_per_set
                        ),
                        "请拆分或在 settings.toml 的 [limits] 中调整",
                        "split it or raise [limits] in settings.toml",
                    ));
                }
                all_terms.extend(terms.iter().map(|t| (set_index, t.clone())));
                keyword_sets.push((set.name.value.clone(), terms));
            }
        }
        if all_terms.len() > limits.max_terms_total {
            let file = packs.first().map_or("settings.toml".to_owned(), |p| p.file.clone());
            diags.push(error(
                &file,
                0..0,
                format!("关键词总数 {} 超过上限 {}", all_terms.len(), limits.max_terms_total),
                format!("{} keyword terms in all, more than the limit of {}", all_terms.len(), limits.max_terms_total),
                "请精简或调整 [limits]",
                "trim them or raise [limits]",
            ));
        }

        // Regex sets.
        let mut regex_index: HashMap<String, u32> = HashMap::new();
        let mut regex_sets: Vec<(String, RegexGroup, Vec<String>)> = Vec::new();
        for pack in &packs {
            for set in &pack.regexes {
                if regex_index.contains_key(&set.name.value) {
                    diags.push(error(
                        &pack.file,
                        set.name.span.clone(),
                        format!("正则集合 `{}` 重复定义", set.name.value),
                        format!("regex set `{}` is defined twice", set.name.value),
                        "重复的名称",
                        "duplicate name",
                    ));
                    continue;
                }
                if set.patterns.len() > limits.max_patterns_per_regex_set {
                    diags.push(error(
                        &pack.file,
                        set.name.span.clone(),
                        format!("正则集合 `{}` 的模式过多", set.name.value),
                        format!("regex set `{}` has too many patterns", set.name.value),
                        format!("上限 {}", limits.max_patterns_per_regex_set).as_str(),
                        format!("the limit is {}", limits.max_patterns_per_regex_set).as_str(),
                    ));
                    continue;
                }
                let patterns: Vec<String> = set.patterns.iter().map(|p| p.value.clone()).collect();
                match RegexGroup::build(&patterns, limits.max_regex_bytes) {
                    Ok(group) => {
                        regex_index.insert(set.name.value.clone(), regex_sets.len() as u32);
                        regex_sets.push((set.name.value.clone(), group, patterns));
                    }
                    Err((i, message)) => {
                        let span = set.patterns.get(i).map_or(set.name.span.clone(), |p| p.span.clone());
                        let first_line = message.lines().last().unwrap_or(&message).trim().to_owned();
                        diags.push(error(
                            &pack.file,
                            span,
                            format!("正则表达式无效：{first_line}"),
                            format!("invalid regex: {first_line}"),
                            "此处",
                            "here",
                        ));
                    }
                }
            }
        }

        // Rules.
        let mut rules: Vec<Rule> = Vec::new();
        let mut rule_ids: HashMap<String, String> = HashMap::new();
        for (pack_index, pack) in packs.iter().enumerate() {
            for def in &pack.rules {
                if let Some(other) = rule_ids.insert(def.id.value.clone(), pack.file.clone()) {
                    diags.push(error(
                        &pack.file,
                        def.id.span.clone(),
                        format!("规则 id `{}` 与 {other} 中的规则重复", def.id.value),
                        format!("rule id `{}` is also used in {other}", def.id.value),
                        "规则 id 必须唯一且稳定",
                        "rule ids must be unique and stable",
                    ));
                }
                if !SCAM_TYPES.contains(&def.scam_type.value.as_str()) {
                    diags.push(Diagnostic {
                        file: pack.file.clone(),
                        span: def.scam_type.span.clone(),
                        message: Text::new(
                            format!("未知诈骗类型 `{}`", def.scam_type.value),
                            format!("unknown scam type `{}`", def.scam_type.value),
                        ),
                        label: Text::new(
                            format!("可用：{}", SCAM_TYPES.join("、")),
                            format!("expected one of: {}", SCAM_TYPES.join(", ")),
                        ),
                        help: suggestion(did_you_mean(&def.scam_type.value, SCAM_TYPES.iter().copied())),
                    });
                }
                let applies = match def.applies_to.value.as_str() {
                    "payment" => Applies::Payment,
                    "order" => Applies::Order,
                    "both" => Applies::Both,
                    other => {
                        diags.push(Diagnostic {
                            file: pack.file.clone(),
                            span: def.applies_to.span.clone(),
                            message: Text::new(
                                format!("applies_to 的值 `{other}` 无效"),
                                format!("invalid applies_to `{other}`"),
                            ),
                            label: Text::new("应为 payment、order 或 both", "expected payment, order or both"),
                            help: suggestion(did_you_mean(other, ["payment", "order", "both"])),
                        });
                        Applies::Both
                    }
                };
                if !(-100..=100).contains(&def.score.value) {
                    diags.push(error(
                        &pack.file,
                        def.score.span.clone(),
                        "分值超出范围".into(),
                        "score out of range".into(),
                        "应在 -100 到 100 之间",
                        "expected -100 to 100",
                    ));
                }
                let forced = match def.action.as_ref().map(|a| (a.value.as_str(), a.span.clone())) {
                    None => None,
                    Some(("block", _)) => Some(Action::Block),
                    Some(("review", _)) => Some(Action::Review),
                    Some((other, span)) => {
                        diags.push(Diagnostic {
                            file: pack.file.clone(),
                            span,
                            message: Text::new(
                                format!("action 的值 `{other}` 无效"),
                                format!("invalid action `{other}`"),
                            ),
                            label: Text::new("应为 block 或 review", "expected block or review"),
                            help: suggestion(did_you_mean(other, ["block", "review"])),
                        });
                        None
                    }
                };
                if forced.is_some() && def.score.value < 0 {
                    diags.push(error(
                        &pack.file,
                        def.score.span.clone(),
                        "减分规则（缓释因素）不能强制处置".into(),
                        "a mitigator (negative score) cannot force an action".into(),
                        "请删除 action 或改为正分",
                        "remove `action` or make the score positive",
                    ));
                }
                let when_span = |range: std::ops::Range<usize>| match def.when_offset {
                    Some(offset) => offset + range.start..offset + range.end,
                    None => def.when.span.clone(),
                };
                let expr = match expr::parse(&def.when.value) {
                    Ok(expr) => expr,
                    Err(e) => {
                        diags.push(Diagnostic {
                            file: pack.file.clone(),
                            span: when_span(e.span.clone()),
                            message: Text::new(
                                format!("条件语法错误：此处是{}", found_zh(&e.found)),
                                format!("syntax error in the condition: found {}", e.found),
                            ),
                            label: Text::new(format!("应为 {}", e.expected_zh), format!("expected {}", e.expected)),
                            help: suggestion(e.suggestion.as_deref()),
                        });
                        continue;
                    }
                };
                let scope = Scope {
                    applies,
                    keyword_sets: &keyword_index,
                    regex_sets: &regex_index,
                    max_depth: limits.max_expression_depth,
                };
                match compile(&expr, &scope) {
                    Ok(node) => rules.push(Rule {
                        id: def.id.value.clone(),
                        title: def.title.clone(),
                        title_en: def.title_en.clone(),
                        scam_type: def.scam_type.value.clone(),
                        applies,
                        expr,
                        node,
                        score: def.score.value.clamp(-100, 100) as i32,
                        forced,
                        advice: def.advice.clone(),
                        advice_en: def.advice_en.clone(),
                        enabled: def.enabled,
                        pack: pack_index,
                    }),
                    Err(problems) => {
                        for p in problems {
                            diags.push(Diagnostic {
                                file: pack.file.clone(),
                                span: when_span(p.span),
                                message: p.message,
                                label: p.label,
                                help: p.help,
                            });
                        }
                    }
                }
            }
        }
        if rules.len() > limits.max_rules {
            let file = packs.first().map_or("settings.toml".to_owned(), |p| p.file.clone());
            diags.push(error(
                &file,
                0..0,
                format!("规则数 {} 超过上限 {}", rules.len(), limits.max_rules),
                format!("{} rules, more than the limit of {}", rules.len(), limits.max_rules),
                "请调整 [limits]",
                "raise [limits]",
            ));
        }

        // Test cases must name existing rules and hold valid requests.
        let mut tests = Vec::new();
        for (pack_index, pack) in packs.iter().enumerate() {
            for test in &pack.tests {
                for rule_ref in test.hits.iter().chain(&test.not_hits) {
                    if !rule_ids.contains_key(&rule_ref.value) {
                        diags.push(Diagnostic {
                            file: pack.file.clone(),
                            span: rule_ref.span.clone(),
                            message: Text::new(
                                format!("测试引用了不存在的规则 `{}`", rule_ref.value),
                                format!("the test names an unknown rule `{}`", rule_ref.value),
                            ),
                            label: Text::new("应为规则 id", "expected a rule id"),
                            help: suggestion(did_you_mean(&rule_ref.value, rule_ids.keys().map(String::as_str))),
                        });
                    }
                }
                if let Some(decision) = &test.decision {
                    if !["allow", "review", "block"].contains(&decision.value.as_str()) {
                        diags.push(error(
                            &pack.file,
                            decision.span.clone(),
                            format!("预期处置 `{}` 无效", decision.value),
                            format!("invalid expected decision `{}`", decision.value),
                            "应为 allow、review 或 block",
                            "expected allow, review or block",
                        ));
                    }
                }
                if let Err(problem) = super::ruletest::build_case(test) {
                    diags.push(Diagnostic {
                        file: pack.file.clone(),
                        span: problem.0,
                        message: Text::new(
                            format!("测试 `{}` 的数据无效：{}", test.name, problem.1),
                            format!("invalid data in test `{}`: {}", test.name, problem.1),
                        ),
                        label: Text::new("此处", "here"),
                        help: None,
                    });
                }
                tests.push((pack_index, test.clone()));
            }
        }

        let keywords = match KeywordMatcher::build(&all_terms) {
            Ok(k) => k,
            Err(message) => {
                let file = packs.first().map_or("settings.toml".to_owned(), |p| p.file.clone());
                diags.push(error(
                    &file,
                    0..0,
                    format!("关键词自动机无法构建：{message}"),
                    format!("the keyword automaton cannot be built: {message}"),
                    "请减少关键词",
                    "use fewer keywords",
                ));
                KeywordMatcher::build(&[]).map_err(|_| Diagnostics(diags.clone()))?
            }
        };
        if !diags.is_empty() {
            diags.sort_by(|a, b| a.file.cmp(&b.file).then(a.span.start.cmp(&b.span.start)));
            return Err(Diagnostics(diags));
        }
        Ok(RuleSet {
            version: version_of(sources),
            settings,
            packs: packs
                .iter()
                .map(|p| PackInfo {
                    id: p.id.as_ref().map(|s| s.value.clone()).unwrap_or_default(),
                    title: p.title.clone(),
                    file: p.file.clone(),
                })
                .collect(),
            rules,
            keyword_sets,
            regex_sets,
            keywords,
            tests,
        })
    }

    /// Screens one request. Never fails: every possible problem was caught at compile time.
    pub fn screen(&self, request: &Request, context: Context<'_>) -> Decision {
        let company = match context.tenant {
            Some(overrides) => std::borrow::Cow::Owned(self.settings.company.with(overrides)),
            None => std::borrow::Cow::Borrowed(&self.settings.company),
        };
        let facts = Facts::derive(request, context.history, &company);
        let kind = request.kind();
        let evaluator = Evaluator::new(self, &facts, kind, context.watchlist);
        let mut fired: Vec<(&Rule, Hit)> = Vec::new();
        for rule in &self.rules {
            if !rule.enabled || !rule.applies.covers(kind) {
                continue;
            }
            if evaluator.eval(&rule.node) == Some(true) {
                let mut evidence = Vec::new();
                evaluator.explain(&rule.node, &mut evidence);
                fired.push((rule, hit_of(rule, evidence)));
            }
        }
        self.decide(request, fired.iter().map(|(r, h)| (*r, h.clone())).collect())
    }

    /// Combines the hits into a score and a decision (see README, "Scoring").
    pub(crate) fn decide(&self, request: &Request, mut fired: Vec<(&Rule, Hit)>) -> Decision {
        let common_mitigation: i32 =
            fired.iter().filter(|(r, _)| r.scam_type == "common" && r.score < 0).map(|(r, _)| r.score).sum();
        // Positive scores of a type are summed and capped at 100 before its mitigators apply.
        let mut type_scores: HashMap<&str, (i32, i32)> = HashMap::new();
        for (rule, _) in &fired {
            if rule.scam_type == "common" && rule.score < 0 {
                continue;
            }
            let entry = type_scores.entry(&rule.scam_type).or_insert((0, 0));
            if rule.score >= 0 { entry.0 += rule.score } else { entry.1 += rule.score }
        }
        let raw = type_scores
            .values()
            .map(|(positive, negative)| (positive.min(&100) + negative + common_mitigation).clamp(0, 100))
            .max()
            .unwrap_or(0);
        let forced = fired.iter().filter_map(|(r, _)| r.forced).max();
        let settings = &self.settings;
        let score = match forced {
            Some(Action::Block) => raw.max(settings.forced_block_score as i32),
            Some(Action::Review) => raw.max(settings.review_at as i32),
            _ => raw,
        } as u8;
        let decision = if forced == Some(Action::Block) || score >= settings.block_at {
            Action::Block
        } else if forced == Some(Action::Review) || score >= settings.review_at {
            Action::Review
        } else {
            Action::Allow
        };
        fired.sort_by(|(a, _), (b, _)| b.forced.cmp(&a.forced).then(b.score.cmp(&a.score)).then(a.id.cmp(&b.id)));
        let hits: Vec<Hit> = fired.into_iter().map(|(_, h)| h).collect();
        let mut advice: Vec<String> = Vec::new();
        for hit in &hits {
            if hit.score > 0 && !advice.contains(&hit.advice) {
                advice.push(hit.advice.clone());
            }
        }
        Decision {
            decision_id: None,
            request_id: request.id().to_owned(),
            kind: request.kind(),
            decision,
            score,
            ruleset_version: self.version.clone(),
            hits,
            advice,
            case_id: None,
        }
    }
}

pub(crate) fn hit_of(rule: &Rule, evidence: Vec<crate::domain::Evidence>) -> Hit {
    Hit {
        rule_id: rule.id.clone(),
        scam_type: rule.scam_type.clone(),
        title: rule.title.clone(),
        title_en: rule.title_en.clone(),
        score: rule.score,
        forced: rule.forced,
        evidence,
        advice: rule.advice.clone(),
        advice_en: rule.advice_en.clone(),
    }
}

/// `sha256:` over the files in path order, line endings folded to `\n`.
pub fn version_of(sources: &Sources) -> String {
    let mut files: Vec<&(String, String)> = sources.files.iter().collect();
    files.sort_by(|a, b| a.0.cmp(&b.0));
    let mut hasher = Sha256::new();
    for (path, text) in files {
        hasher.update(path.as_bytes());
        hasher.update([0]);
        hasher.update(text.replace("\r\n", "\n").as_bytes());
        hasher.update([0]);
    }
    let digest = hasher.finalize();
    let hex: String = digest.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256:{hex}")
}

/// Every spelling of `term` with one homophone group's canonical form replaced by a variant.
fn expand_homophones(term: &str, groups: &[HomophoneGroup]) -> Vec<String> {
    let mut out = Vec::new();
    for group in groups {
        let canonical = normalize_term(&group.canonical);
        if canonical.is_empty() || !term.contains(&canonical) {
            continue;
        }
        for variant in &group.variants {
            let variant = normalize_term(variant);
            if !variant.is_empty() {
                out.push(term.replacen(&canonical, &variant, 1));
            }
        }
    }
    out
}

fn error(
    file: &str,
    span: std::ops::Range<usize>,
    zh: String,
    en: String,
    label_zh: &str,
    label_en: &str,
) -> Diagnostic {
    Diagnostic {
        file: file.to_owned(),
        span,
        message: Text::new(zh, en),
        label: Text::new(label_zh, label_en),
        help: None,
    }
}

/// The Chinese for what the expression parser found.
fn found_zh(found: &str) -> String {
    match found {
        "the end of the expression" => "表达式结尾".to_owned(),
        "an unterminated string" => "未结束的字符串".to_owned(),
        "too deep a nesting" => "过深的嵌套".to_owned(),
        other => format!(" {other}"),
    }
}
