//! Compiling rule files into a [`RuleSet`], one stage per function; every stage reports its
//! problems into one list so that every problem in every file is shown at once.

use std::collections::HashMap;

use super::Sources;
use super::check::Scope;
use super::diagnostic::{Diagnostic, Diagnostics, Text, did_you_mean, suggestion};
use super::expr;
use super::matcher::{KeywordMatcher, RegexGroup, ascii_word_boundaries, normalize_term};
use super::ruleset::{PackInfo, Rule, RuleSet, SCAM_TYPES, version_of};
use super::schema::Applies;
use super::settings::{Limits, Settings};
use super::syntax::{self, HomophoneGroup, PackFile, TestDef};
use crate::domain::Action;

/// The files of a ruleset, read.
struct Files<'s> {
    settings: Settings,
    homophones: Vec<HomophoneGroup>,
    packs: Vec<PackFile>,
    keyword_files: HashMap<&'s str, &'s str>,
}

/// Compiles every file of a ruleset.
pub(crate) fn compile(sources: &Sources) -> Result<RuleSet, Diagnostics> {
    let mut diags: Vec<Diagnostic> = Vec::new();
    let Files { settings, homophones, packs, keyword_files } = read_files(sources, &mut diags);
    let limits = settings.limits.clone();
    check_pack_ids(&packs, &mut diags);
    let (keyword_index, keyword_sets, all_terms) =
        keyword_sets(&packs, &keyword_files, &homophones, &limits, &mut diags);
    let (regex_index, regex_sets) = regex_sets(&packs, &limits, &mut diags);
    let (rules, rule_ids) = rules(&packs, &keyword_index, &regex_index, &limits, &mut diags);
    let tests = tests(&packs, &rule_ids, &mut diags);
    if rules.is_empty() && diags.is_empty() {
        // An emptied or wrong directory must not become a ruleset that allows everything.
        // (Where rules failed to compile, their own errors say enough.)
        diags.push(error(
            ".",
            0..0,
            "规则集中没有任何规则".into(),
            "the ruleset has no rules".into(),
            "空规则集会放行一切：请检查规则目录",
            "an empty ruleset would allow everything: check the rules directory",
        ));
    }
    let keywords = match KeywordMatcher::build(&all_terms) {
        Ok(k) => k,
        Err(message) => {
            diags.push(limit_error(
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
        version: version_of(sources).into(),
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

fn read_files<'s>(sources: &'s Sources, diags: &mut Vec<Diagnostic>) -> Files<'s> {
    let mut settings = Settings::default();
    let mut homophones: Vec<HomophoneGroup> = Vec::new();
    let mut packs: Vec<PackFile> = Vec::new();
    let mut keyword_files: HashMap<&str, &str> = HashMap::new();
    for (path, text) in &sources.files {
        let name = path.rsplit('/').next().unwrap_or(path);
        if path.ends_with(".txt") {
            keyword_files.insert(path.as_str(), text.as_str());
        } else if name == "settings.toml" {
            settings = syntax::read_settings(path, text, diags);
        } else if name == "homophones.toml" {
            homophones = syntax::read_homophones(path, text, diags);
        } else if path.ends_with(".toml") {
            packs.push(syntax::read_pack(path, text, diags));
        }
    }

    Files { settings, homophones, packs, keyword_files }
}

fn check_pack_ids(packs: &[PackFile], diags: &mut Vec<Diagnostic>) {
    let mut pack_ids: HashMap<String, String> = HashMap::new();
    for pack in packs {
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
}

type KeywordSets = (HashMap<String, u32>, Vec<(String, Vec<String>)>, Vec<(u32, String)>);

fn keyword_sets(
    packs: &[PackFile],
    keyword_files: &HashMap<&str, &str>,
    homophones: &[HomophoneGroup],
    limits: &Limits,
    diags: &mut Vec<Diagnostic>,
) -> KeywordSets {
    let mut keyword_index: HashMap<String, u32> = HashMap::new();
    let mut keyword_sets: Vec<(String, Vec<String>)> = Vec::new();
    let mut all_terms: Vec<(u32, String)> = Vec::new();
    for pack in packs {
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
                    for variant in expand_homophones(&normalized, homophones) {
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
        diags.push(limit_error(
            format!("关键词总数 {} 超过上限 {}", all_terms.len(), limits.max_terms_total),
            format!("{} keyword terms in all, more than the limit of {}", all_terms.len(), limits.max_terms_total),
            "请精简或调整 [limits]",
            "trim them or raise [limits]",
        ));
    }

    (keyword_index, keyword_sets, all_terms)
}

type RegexSets = (HashMap<String, u32>, Vec<(String, RegexGroup, Vec<String>)>);

fn regex_sets(packs: &[PackFile], limits: &Limits, diags: &mut Vec<Diagnostic>) -> RegexSets {
    let mut regex_index: HashMap<String, u32> = HashMap::new();
    let mut regex_sets: Vec<(String, RegexGroup, Vec<String>)> = Vec::new();
    for pack in packs {
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
            let patterns: Vec<String> = set.patterns.iter().map(|p| ascii_word_boundaries(&p.value)).collect();
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

    (regex_index, regex_sets)
}

fn rules(
    packs: &[PackFile],
    keyword_index: &HashMap<String, u32>,
    regex_index: &HashMap<String, u32>,
    limits: &Limits,
    diags: &mut Vec<Diagnostic>,
) -> (Vec<Rule>, HashMap<String, String>) {
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
                        message: Text::new(format!("action 的值 `{other}` 无效"), format!("invalid action `{other}`")),
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
                keyword_sets: keyword_index,
                regex_sets: regex_index,
                max_depth: limits.max_expression_depth,
            };
            match super::check::compile(&expr, &scope) {
                Ok(node) => rules.push(Rule {
                    id: def.id.value.as_str().into(),
                    title: def.title.as_str().into(),
                    title_en: def.title_en.as_deref().map(Into::into),
                    scam_type: def.scam_type.value.as_str().into(),
                    applies,
                    expr,
                    node,
                    score: def.score.value.clamp(-100, 100) as i32,
                    forced,
                    advice: def.advice.as_str().into(),
                    advice_en: def.advice_en.as_deref().map(Into::into),
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
        diags.push(limit_error(
            format!("规则数 {} 超过上限 {}", rules.len(), limits.max_rules),
            format!("{} rules, more than the limit of {}", rules.len(), limits.max_rules),
            "请调整 [limits]",
            "raise [limits]",
        ));
    }

    (rules, rule_ids)
}

/// Test cases must name existing rules and hold valid requests.
fn tests(packs: &[PackFile], rule_ids: &HashMap<String, String>, diags: &mut Vec<Diagnostic>) -> Vec<(usize, TestDef)> {
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
    tests
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

/// A problem of the ruleset as a whole (a limit), reported against `settings.toml`, where the
/// limits are set.
fn limit_error(zh: String, en: String, label_zh: &str, label_en: &str) -> Diagnostic {
    error("settings.toml", 0..0, zh, en, label_zh, label_en)
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
