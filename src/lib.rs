//! fraudscreen: pre-transfer anti-fraud screening for enterprise payments and orders.
//!
//! - [`domain`]: requests, money, decisions, entity checks (no IO);
//! - [`engine`]: rule files → compiled ruleset → decisions (no IO, no clock);
//! - [`loader`]: reads a rules directory from disk;
//! - [`replay`]: replays a labelled corpus through the engine;
//! - [`cli`]: the command line.

pub mod backtest;
pub mod cli;
pub mod config;
pub mod domain;
pub mod engine;
pub mod http;
pub mod loader;
pub mod replay;
pub mod report;
pub mod retention;
pub mod startup;
pub mod store;
pub mod webhooks;
