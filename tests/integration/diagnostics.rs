//! Golden tests of rendered diagnostics for broken rule files, plus structural checks on
//! the underlined text where precision matters.
//!
//! Each directory under `tests/data/diagnostics/` is a broken rules directory; its rendering
//! in Chinese and English (human format, no colours) must equal `<dir>.zh.txt` / `<dir>.en.txt`.
//! Set `UPDATE_GOLDENS=1` to rewrite them after an intended change, then review the diff.

use fraudscreen::engine::{Format, Lang, RuleSet};
use fraudscreen::loader::read_rules_dir;

use crate::helpers::root;

fn check_golden(name: &str) {
    let dir = root().join("tests/data/diagnostics").join(name);
    let sources = read_rules_dir(&dir).unwrap_or_else(|e| panic!("{e:#}"));
    let Err(diags) = RuleSet::compile(&sources) else { panic!("{name} should not compile") };
    for (lang, suffix) in [(Lang::Zh, "zh"), (Lang::En, "en")] {
        let rendered = diags.render(&sources, lang, Format::Human);
        let golden = root().join("tests/data/diagnostics").join(format!("{name}.{suffix}.txt"));
        if std::env::var_os("UPDATE_GOLDENS").is_some() {
            std::fs::write(&golden, &rendered).unwrap_or_else(|e| panic!("{e}"));
            continue;
        }
        let expected = std::fs::read_to_string(&golden)
            .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDENS=1", golden.display()));
        assert_eq!(rendered, expected, "rendering of {name} ({suffix}) changed; run with UPDATE_GOLDENS=1 and review");
    }
}

#[test]
fn mixed_problems_render_as_recorded() {
    check_golden("mixed");
}

#[test]
fn every_problem_underlines_the_offending_text() {
    let dir = root().join("tests/data/diagnostics/mixed");
    let sources = read_rules_dir(&dir).unwrap_or_else(|e| panic!("{e:#}"));
    let Err(diags) = RuleSet::compile(&sources) else { panic!("should not compile") };
    let underlined: Vec<(String, String)> = diags
        .0
        .iter()
        .map(|d| (d.message.en.clone(), sources.text_of(&d.file).get(d.span.clone()).unwrap_or("").to_owned()))
        .collect();
    for (message, text) in [
        ("unknown field `payee.is_neww`", "payee.is_neww"),
        ("unknown keyword set `secrecyy`", "secrecyy"),
        ("`instruction.channel` is never `wechat`", "\"wechat\""),
        ("unknown function `exist`", "exist"),
        ("unknown key `scroe` in [[rule]]", "scroe"),
        ("the test names an unknown rule `S-009`", "\"S-009\""),
    ] {
        assert!(
            underlined.iter().any(|(m, t)| m == message && t == text),
            "expected `{message}` underlining `{text}`; got {underlined:#?}"
        );
    }
    let helps: Vec<String> = diags.0.iter().filter_map(|d| d.help.as_ref().map(|h| h.en.clone())).collect();
    for expected in
        ["did you mean `payee.is_new`?", "did you mean `secrecy`?", "did you mean `score`?", "did you mean `exists`?"]
    {
        assert!(helps.iter().any(|h| h == expected), "missing help `{expected}` in {helps:?}");
    }
}

#[test]
fn limits_are_load_time_errors() {
    let dir = crate::helpers::temp_rules(&[
        ("settings.toml", "[limits]\nmax_terms_per_set = 2\nmax_expression_depth = 3\n"),
        (
            "p.toml",
            r#"
[pack]
id = "p"
title = "t"

[keywords.big]
terms = ["一", "二", "三"]

[regex.huge]
patterns = ['\w{1000}\w{1000}\w{1000}']

[[rule]]
id = "P-1"
title = "深"
scam_type = "fake_order"
applies_to = "payment"
when = 'not (not (not (not (amount > 1))))'
score = 10
advice = "核实"
"#,
        ),
    ]);
    let sources = read_rules_dir(dir.path()).unwrap_or_else(|e| panic!("{e:#}"));
    let Err(diags) = RuleSet::compile(&sources) else { panic!("limits should be enforced") };
    let messages: Vec<&str> = diags.0.iter().map(|d| d.message.en.as_str()).collect();
    assert!(messages.iter().any(|m| m.contains("keyword set `big` has 3 terms")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("invalid regex")), "{messages:?}");
    assert!(messages.iter().any(|m| m.contains("nested too deeply")), "{messages:?}");
}
