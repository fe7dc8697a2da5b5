//! The rules engine: rule files in, decisions out. Pure and synchronous.
//!
//! Stages: `syntax` (TOML → spanned rule files) → `check` (names, types, limits →
//! compiled conditions) → [`RuleSet`] (keyword automaton, regex sets, rules) →
//! `eval` (one request + its history → [`Decision`](crate::domain::Decision)).
//!
//! The engine does no IO and reads no clock: files arrive as [`Sources`], and every time
//! feature comes from the request's own timestamp.

pub mod check;
mod compile;
pub mod diagnostic;
pub mod eval;
pub mod expr;
pub mod features;
pub mod history;
pub mod matcher;
pub mod reference;
pub mod ruleset;
pub mod ruletest;
pub mod schema;
pub mod settings;
pub mod syntax;
pub mod text;
pub mod watchlist;

/// The text of every rule file of a ruleset, read by the caller.
#[derive(Clone, Debug, Default)]
pub struct Sources {
    /// (path relative to the rules directory, content), sorted by path.
    pub files: Vec<(String, String)>,
}

impl Sources {
    /// The content of `path`, or "" when absent.
    pub fn text_of(&self, path: &str) -> &str {
        self.files.iter().find(|(p, _)| p == path).map_or("", |(_, t)| t.as_str())
    }
}

pub use diagnostic::{Diagnostics, Format, Lang};
pub use history::{Event, History};
pub use ruleset::{Context, RuleSet};
pub use settings::{Settings, TenantOverrides};
pub use watchlist::{WatchEntry, Watchlist};
