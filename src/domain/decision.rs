//! The answer to a screening: decision, score, hits with evidence, and advice.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::request::Kind;

/// What the caller should do with the request.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Go ahead.
    Allow,
    /// Hold for a human check before going ahead.
    Review,
    /// Do not go ahead.
    Block,
}

impl Action {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Allow => "allow",
            Action::Review => "review",
            Action::Block => "block",
        }
    }
}

/// A piece of evidence: where in the request a rule found what it looked for.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Evidence {
    /// The request field (`instruction.text`) or derived feature (`payee.is_new`).
    pub field: String,
    /// The original text matched, or the feature's value.
    pub matched: String,
    /// Half-open `[start, end)` range in Unicode scalar values of the original field text;
    /// absent for derived features.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[schema(value_type = Option<Vec<usize>>)]
    pub at: Option<[usize; 2]>,
}

/// Text shared between a compiled rule and every decision it appears in, so that a hit costs
/// a reference count rather than a copy.
pub type Shared = Arc<str>;

/// One rule that fired.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Hit {
    /// The rule's stable id.
    #[schema(value_type = String)]
    pub rule_id: Shared,
    /// The scam type the rule belongs to.
    #[schema(value_type = String)]
    pub scam_type: Shared,
    /// Chinese title.
    #[schema(value_type = String)]
    pub title: Shared,
    /// English title.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[schema(value_type = Option<String>)]
    pub title_en: Option<Shared>,
    /// The rule's score; negative for a mitigator.
    pub score: i32,
    /// The action the rule forces, if any.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub forced: Option<Action>,
    /// What the rule found.
    pub evidence: Vec<Evidence>,
    /// What to do, in Chinese.
    #[schema(value_type = String)]
    pub advice: Shared,
    /// What to do, in English.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    #[schema(value_type = Option<String>)]
    pub advice_en: Option<Shared>,
}

/// The decision for one request, as the API returns it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Decision {
    /// Assigned by the service when the decision is stored; absent offline.
    #[serde(default)]
    pub decision_id: Option<String>,
    /// The caller's `request_id` (or the order's `record_id`).
    pub request_id: String,
    /// Payment or order.
    pub kind: Kind,
    /// What to do.
    pub decision: Action,
    /// 0-100.
    pub score: u8,
    /// `sha256:` over the canonical content of the loaded rule files.
    #[schema(value_type = String)]
    pub ruleset_version: Shared,
    /// Every rule that fired, in a deterministic order (forced first, then by score, then id).
    pub hits: Vec<Hit>,
    /// The hits' advice, deduplicated, in hit order.
    #[schema(value_type = Vec<String>)]
    pub advice: Vec<Shared>,
    /// The review case opened for a `review` or `block`; assigned by the service.
    #[serde(default)]
    pub case_id: Option<String>,
    /// The case's status now (`open`, `in_review`, `closed`), on `GET /v1/decisions/{id}`:
    /// a finance system holding a payment on `review` polls it for the release.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_status: Option<String>,
    /// How the case was closed (`confirmed_fraud`, `false_alarm`, `cancelled_by_company`,
    /// `paid_after_verification`), on `GET /v1/decisions/{id}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub case_resolution: Option<String>,
}
