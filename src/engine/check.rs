//! Checks a parsed `when` condition against the schema and the ruleset's sets, and compiles
//! it into a [`Node`]: fields resolved to ids, literals to typed constants, set names to
//! indices. Every problem is reported with its span; nothing is left for evaluation time.

use std::collections::HashMap;

use rust_decimal::Decimal;

use super::diagnostic::{Text, did_you_mean, suggestion};
use super::expr::{CmpOp, Expr, Literal, Span};
use super::schema::{Applies, F, FIELDS, Type};

/// A compiled condition.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A true/false field used as a condition.
    Flag(F),
    /// `not`.
    Not(Box<Node>),
    /// `and`.
    And(Vec<Node>),
    /// `or`.
    Or(Vec<Node>),
    /// Field against a constant.
    Compare(F, CmpOp, Const),
    /// Field against field of the same type.
    CompareFields(F, CmpOp, F),
    /// `field in [...]`, negated for `not in`.
    InList(F, Vec<Const>, bool),
    /// `field in watchlist`, negated for `not in`.
    InWatchlist(F, bool),
    /// `field has_any set`.
    HasAny(F, u32),
    /// `field matches set`.
    Matches(F, u32),
    /// `distinct(field, set) op n`: how many different terms of the set occur.
    Distinct(F, u32, CmpOp, Decimal),
    /// `exists(field)`.
    Exists(F),
    /// `missing(field)`.
    Missing(F),
}

/// A typed constant.
#[derive(Clone, Debug, PartialEq)]
pub enum Const {
    /// true / false.
    Bool(bool),
    /// A decimal.
    Number(Decimal),
    /// Seconds.
    Duration(i64),
    /// Minutes after midnight.
    Time(u32),
    /// Text.
    Text(String),
}

/// One problem in a condition.
#[derive(Clone, Debug)]
pub struct Problem {
    /// Where, in the expression text.
    pub span: Span,
    /// What is wrong.
    pub message: Text,
    /// What was expected.
    pub label: Text,
    /// A suggestion.
    pub help: Option<Text>,
}

/// What a condition may refer to.
pub struct Scope<'a> {
    /// Which request kinds the rule applies to.
    pub applies: Applies,
    /// Keyword set names → indices.
    pub keyword_sets: &'a HashMap<String, u32>,
    /// Regex set names → indices.
    pub regex_sets: &'a HashMap<String, u32>,
    /// Maximum nesting depth.
    pub max_depth: usize,
}

/// Functions a condition may call.
pub const FUNCTIONS: &[&str] = &["exists", "missing", "distinct"];

/// Checks and compiles `expr`; returns every problem found.
pub fn compile(expr: &Expr, scope: &Scope<'_>) -> Result<Node, Vec<Problem>> {
    let mut problems = Vec::new();
    if expr.depth() > scope.max_depth {
        problems.push(Problem {
            span: expr.span(),
            message: Text::new("条件嵌套过深", "the condition is nested too deeply"),
            label: Text::new(format!("最多 {} 层", scope.max_depth), format!("at most {} levels", scope.max_depth)),
            help: Some(Text::new("请拆成几条规则", "split it into several rules")),
        });
        return Err(problems);
    }
    let node = Checker { scope, problems: &mut problems }.condition(expr);
    match node {
        Some(node) if problems.is_empty() => Ok(node),
        _ => Err(problems),
    }
}

struct Checker<'s, 'p> {
    scope: &'s Scope<'s>,
    problems: &'p mut Vec<Problem>,
}

/// The type of an operand, or `None` for a literal's type.
enum Operand {
    Field(F),
    Literal(Const, Type),
    Distinct(F, u32),
}

impl Checker<'_, '_> {
    fn problem(&mut self, span: Span, message: Text, label: Text, help: Option<Text>) {
        self.problems.push(Problem { span, message, label, help });
    }

    fn condition(&mut self, expr: &Expr) -> Option<Node> {
        match expr {
            Expr::Not(inner, _) => self.condition(inner).map(|n| Node::Not(Box::new(n))),
            Expr::And(items, _) | Expr::Or(items, _) => {
                let nodes: Vec<Option<Node>> = items.iter().map(|e| self.condition(e)).collect();
                let nodes: Option<Vec<Node>> = nodes.into_iter().collect();
                let nodes = nodes?;
                Some(if matches!(expr, Expr::And(..)) { Node::And(nodes) } else { Node::Or(nodes) })
            }
            Expr::Field(name, span) => {
                let field = self.field(name, span)?;
                if field.def().ty != Type::Bool {
                    self.problem(
                        span.clone(),
                        Text::new(
                            format!("`{name}` 不是真假值，不能单独作为条件"),
                            format!("`{name}` is not true/false and cannot stand alone as a condition"),
                        ),
                        Text::new(
                            format!("这是{}", field.def().ty.name_zh()),
                            format!("this is a {}", field.def().ty.name()),
                        ),
                        Some(Text::new(
                            "请与某个值比较，例如 `amount >= 50000`",
                            "compare it with a value, for example `amount >= 50000`",
                        )),
                    );
                    return None;
                }
                Some(Node::Flag(field))
            }
            Expr::Literal(_, span) => {
                self.problem(
                    span.clone(),
                    Text::new("常量不能单独作为条件", "a constant cannot stand alone as a condition"),
                    Text::new("应为字段或比较", "expected a field or a comparison"),
                    None,
                );
                None
            }
            Expr::Compare(left, op, right, span) => self.compare(left, *op, right, span),
            Expr::InList(value, items, negated, _) => {
                let field = self.plain_field(value)?;
                let ty = field.def().ty;
                if !matches!(ty, Type::Text | Type::Number) {
                    self.type_problem(value.span(), "in [...]", ty);
                    return None;
                }
                let mut consts = Vec::new();
                for item in items {
                    match item {
                        Expr::Literal(lit, lit_span) => {
                            let (c, lit_ty) = constant(lit);
                            if lit_ty != ty {
                                self.mismatch(lit_span.clone(), ty, lit_ty);
                            } else {
                                self.check_enum(field, &c, lit_span);
                                consts.push(c);
                            }
                        }
                        other => self.problem(
                            other.span(),
                            Text::new("列表里只能写常量", "a list holds constants only"),
                            Text::new("应为常量", "expected a constant"),
                            None,
                        ),
                    }
                }
                Some(Node::InList(field, consts, *negated))
            }
            Expr::InWatchlist(value, negated, _) => {
                let field = self.plain_field(value)?;
                if field.def().ty != Type::Text {
                    self.type_problem(value.span(), "in watchlist", field.def().ty);
                    return None;
                }
                Some(Node::InWatchlist(field, *negated))
            }
            Expr::HasAny(value, set, set_span, _) => {
                let field = self.text_field(value, "has_any")?;
                let set = self.set(set, set_span, true)?;
                Some(Node::HasAny(field, set))
            }
            Expr::Matches(value, set, set_span, _) => {
                let field = self.text_field(value, "matches")?;
                let set = self.set(set, set_span, false)?;
                Some(Node::Matches(field, set))
            }
            Expr::Call(name, name_span, args, span) => match name.as_str() {
                "exists" | "missing" => {
                    let [arg] = args.as_slice() else {
                        self.arity(span.clone(), name, 1);
                        return None;
                    };
                    let Expr::Field(field_name, field_span) = arg else {
                        self.problem(
                            arg.span(),
                            Text::new(
                                format!("`{name}` 的参数应为字段名"),
                                format!("the argument of `{name}` must be a field"),
                            ),
                            Text::new("应为字段", "expected a field"),
                            None,
                        );
                        return None;
                    };
                    let field = self.field(field_name, field_span)?;
                    Some(if name == "exists" { Node::Exists(field) } else { Node::Missing(field) })
                }
                "distinct" => {
                    self.problem(
                        span.clone(),
                        Text::new(
                            "`distinct(...)` 是数字，需要与数字比较",
                            "`distinct(...)` is a number and must be compared",
                        ),
                        Text::new("例如 `distinct(text, subsidy) >= 2`", "for example `distinct(text, subsidy) >= 2`"),
                        None,
                    );
                    None
                }
                _ => {
                    self.unknown_function(name, name_span);
                    None
                }
            },
        }
    }

    fn compare(&mut self, left: &Expr, op: CmpOp, right: &Expr, span: &Span) -> Option<Node> {
        let l = self.operand(left)?;
        let r = self.operand(right)?;
        let (l, op, r) = match (l, r) {
            (lit @ Operand::Literal(..), other) => (other, flip(op), lit),
            pair => (pair.0, op, pair.1),
        };
        match (l, r) {
            (Operand::Field(f), Operand::Literal(c, lit_ty)) => {
                let ty = f.def().ty;
                if ty != lit_ty {
                    self.mismatch(right.span().start.min(left.span().start)..span.end, ty, lit_ty);
                    return None;
                }
                self.check_ordering(f, op, span)?;
                self.check_enum(f, &c, &right.span());
                Some(Node::Compare(f, op, c))
            }
            (Operand::Field(a), Operand::Field(b)) => {
                if a.def().ty != b.def().ty {
                    self.mismatch(span.clone(), a.def().ty, b.def().ty);
                    return None;
                }
                self.check_ordering(a, op, span)?;
                Some(Node::CompareFields(a, op, b))
            }
            (Operand::Distinct(f, set), Operand::Literal(Const::Number(n), _)) => Some(Node::Distinct(f, set, op, n)),
            (Operand::Distinct(..), _) | (_, Operand::Distinct(..)) => {
                self.problem(
                    span.clone(),
                    Text::new(
                        "`distinct(...)` 只能与数字常量比较",
                        "`distinct(...)` can only be compared with a number",
                    ),
                    Text::new("例如 `>= 2`", "for example `>= 2`"),
                    None,
                );
                None
            }
            (Operand::Literal(..), _) => {
                self.problem(
                    span.clone(),
                    Text::new("比较的两边不能都是常量", "a comparison needs a field on one side"),
                    Text::new("应有一个字段", "expected a field"),
                    None,
                );
                None
            }
        }
    }

    fn check_ordering(&mut self, field: F, op: CmpOp, span: &Span) -> Option<()> {
        let ty = field.def().ty;
        if matches!(ty, Type::Text | Type::Bool) && !matches!(op, CmpOp::Eq | CmpOp::Ne) {
            self.problem(
                span.clone(),
                Text::new(
                    format!("{}只能用 `==` 或 `!=` 比较", ty.name_zh()),
                    format!("a {} can only be compared with `==` or `!=`", ty.name()),
                ),
                Text::new("此处使用了大小比较", "an ordering is used here"),
                None,
            );
            return None;
        }
        Some(())
    }

    fn operand(&mut self, expr: &Expr) -> Option<Operand> {
        match expr {
            Expr::Field(name, span) => {
                let field = self.field(name, span)?;
                if field.is_composite() {
                    self.composite_problem(span.clone(), name);
                    return None;
                }
                Some(Operand::Field(field))
            }
            Expr::Literal(lit, _) => {
                let (c, ty) = constant(lit);
                Some(Operand::Literal(c, ty))
            }
            Expr::Call(name, _, args, span) if name == "distinct" => {
                let [field_expr, Expr::Field(set_name, set_span)] = args.as_slice() else {
                    self.arity(span.clone(), name, 2);
                    return None;
                };
                let field = self.text_field(field_expr, "distinct")?;
                let set = self.set(set_name, set_span, true)?;
                Some(Operand::Distinct(field, set))
            }
            Expr::Call(name, name_span, _, _) if !FUNCTIONS.contains(&name.as_str()) => {
                self.unknown_function(name, name_span);
                None
            }
            other => {
                self.problem(
                    other.span(),
                    Text::new(
                        "比较的一边应为字段、常量或 distinct(...)",
                        "each side of a comparison must be a field, a constant or distinct(...)",
                    ),
                    Text::new("此处是一个条件", "this is a condition"),
                    Some(Text::new("用 `and` / `or` 连接条件", "join conditions with `and` / `or`")),
                );
                None
            }
        }
    }

    fn plain_field(&mut self, expr: &Expr) -> Option<F> {
        match expr {
            Expr::Field(name, span) => {
                let field = self.field(name, span)?;
                if field.is_composite() {
                    self.composite_problem(span.clone(), name);
                    return None;
                }
                Some(field)
            }
            other => {
                self.problem(
                    other.span(),
                    Text::new("此处应为字段", "a field is expected here"),
                    Text::new("应为字段名", "expected a field name"),
                    None,
                );
                None
            }
        }
    }

    fn text_field(&mut self, expr: &Expr, operator: &str) -> Option<F> {
        let Expr::Field(name, span) = expr else {
            self.problem(
                expr.span(),
                Text::new(
                    format!("`{operator}` 左边应为文本字段"),
                    format!("`{operator}` needs a text field on its left"),
                ),
                Text::new("应为字段名", "expected a field name"),
                None,
            );
            return None;
        };
        let field = self.field(name, span)?;
        if field.def().ty != Type::Text {
            self.type_problem(span.clone(), operator, field.def().ty);
            return None;
        }
        Some(field)
    }

    fn field(&mut self, name: &str, span: &Span) -> Option<F> {
        let Some(field) = F::by_name(name) else {
            let candidates = FIELDS
                .iter()
                .filter(|f| {
                    f.applies == Applies::Both || self.scope.applies == Applies::Both || f.applies == self.scope.applies
                })
                .map(|f| f.name);
            let close = did_you_mean(name, candidates);
            self.problem(
                span.clone(),
                Text::new(format!("未知字段 `{name}`"), format!("unknown field `{name}`")),
                Text::new("此处应为字段名", "expected a field name"),
                suggestion(close).or_else(|| {
                    Some(Text::new(
                        "运行 `fraudscreen rules fields` 查看全部字段",
                        "run `fraudscreen rules fields` to list every field",
                    ))
                }),
            );
            return None;
        };
        let applies = field.def().applies;
        if self.scope.applies != Applies::Both && applies != Applies::Both && applies != self.scope.applies {
            let (kind_zh, kind_en) = match applies {
                Applies::Payment => ("付款", "payments"),
                _ => ("订单", "orders"),
            };
            self.problem(
                span.clone(),
                Text::new(
                    format!("字段 `{name}` 只存在于{kind_zh}"),
                    format!("field `{name}` exists only on {kind_en}"),
                ),
                Text::new("与本规则的 applies_to 不符", "does not fit this rule's applies_to"),
                Some(Text::new("请修改 applies_to 或换用其他字段", "change applies_to or use another field")),
            );
            return None;
        }
        Some(field)
    }

    fn set(&mut self, name: &str, span: &Span, keyword: bool) -> Option<u32> {
        let sets = if keyword { self.scope.keyword_sets } else { self.scope.regex_sets };
        if let Some(index) = sets.get(name) {
            return Some(*index);
        }
        let close = did_you_mean(name, sets.keys().map(String::as_str));
        let other = if keyword { self.scope.regex_sets } else { self.scope.keyword_sets };
        let help = suggestion(close).or_else(|| {
            other.contains_key(name).then(|| {
                if keyword {
                    Text::new(
                        format!("`{name}` 是正则集合，请用 `matches`"),
                        format!("`{name}` is a regex set: use `matches`"),
                    )
                } else {
                    Text::new(
                        format!("`{name}` 是关键词集合，请用 `has_any`"),
                        format!("`{name}` is a keyword set: use `has_any`"),
                    )
                }
            })
        });
        let (what_zh, what_en) =
            if keyword { ("关键词集合", "keyword set") } else { ("正则集合", "regex set") };
        self.problem(
            span.clone(),
            Text::new(format!("未知{what_zh} `{name}`"), format!("unknown {what_en} `{name}`")),
            Text::new(format!("应为已定义的{what_zh}名称"), format!("expected the name of a defined {what_en}")),
            help,
        );
        None
    }

    fn check_enum(&mut self, field: F, value: &Const, span: &Span) {
        let allowed = field.allowed_values();
        if let Const::Text(text) = value {
            if !allowed.is_empty() && !allowed.contains(&text.as_str()) {
                self.problem(
                    span.clone(),
                    Text::new(
                        format!("`{}` 不可能等于 `{text}`", field.def().name),
                        format!("`{}` is never `{text}`", field.def().name),
                    ),
                    Text::new(
                        format!("可取值：{}", allowed.join("、")),
                        format!("expected one of: {}", allowed.join(", ")),
                    ),
                    suggestion(did_you_mean(text, allowed.iter().copied())),
                );
            }
        }
    }

    fn mismatch(&mut self, span: Span, expected: Type, found: Type) {
        self.problem(
            span,
            Text::new("比较的两边类型不同", "the two sides of the comparison have different types"),
            Text::new(
                format!("应为{}，实际是{}", expected.name_zh(), found.name_zh()),
                format!("expected a {}, found a {}", expected.name(), found.name()),
            ),
            (expected == Type::Number && found == Type::Text).then(|| {
                Text::new("数字不要加引号：`amount >= 50000`", "write numbers without quotes: `amount >= 50000`")
            }),
        );
    }

    fn type_problem(&mut self, span: Span, operator: &str, found: Type) {
        self.problem(
            span,
            Text::new(
                format!("`{operator}` 不能用于{}", found.name_zh()),
                format!("`{operator}` cannot be used on a {}", found.name()),
            ),
            Text::new("应为文本字段", "expected a text field"),
            None,
        );
    }

    fn composite_problem(&mut self, span: Span, name: &str) {
        self.problem(
            span,
            Text::new(
                format!("`{name}` 是多个文本字段的合集，只能用于 has_any、matches 和 distinct"),
                format!("`{name}` stands for several text fields and only works with has_any, matches and distinct"),
            ),
            Text::new("此处不能比较", "cannot be compared here"),
            None,
        );
    }

    fn arity(&mut self, span: Span, name: &str, n: usize) {
        self.problem(
            span,
            Text::new(format!("`{name}` 需要 {n} 个参数"), format!("`{name}` takes {n} argument(s)")),
            Text::new("参数个数不对", "wrong number of arguments"),
            None,
        );
    }

    fn unknown_function(&mut self, name: &str, span: &Span) {
        self.problem(
            span.clone(),
            Text::new(format!("未知函数 `{name}`"), format!("unknown function `{name}`")),
            Text::new(
                format!("可用函数：{}", FUNCTIONS.join("、")),
                format!("expected one of: {}", FUNCTIONS.join(", ")),
            ),
            suggestion(did_you_mean(name, FUNCTIONS.iter().copied())),
        );
    }
}

/// A literal as a typed constant.
pub fn constant(lit: &Literal) -> (Const, Type) {
    match lit {
        Literal::Bool(b) => (Const::Bool(*b), Type::Bool),
        Literal::Number(n) => (Const::Number(*n), Type::Number),
        Literal::Duration(d) => (Const::Duration(*d), Type::Duration),
        Literal::Time(t) => (Const::Time(*t), Type::Time),
        Literal::Text(s) => (Const::Text(s.clone()), Type::Text),
    }
}

fn flip(op: CmpOp) -> CmpOp {
    match op {
        CmpOp::Lt => CmpOp::Gt,
        CmpOp::Le => CmpOp::Ge,
        CmpOp::Gt => CmpOp::Lt,
        CmpOp::Ge => CmpOp::Le,
        other => other,
    }
}
