//! The one integration test binary: the real CLI, the shipped rule packs, diagnostics
//! goldens, the architecture's invariants, and property tests of the engine.

mod cli;
mod cluster;
mod crash;
mod diagnostics;
mod disk_full;
mod engine_api;
mod faults;
mod fuzz_regressions;
mod helpers;
mod integration_kit;
mod kill_cycles;
mod properties;
mod rule_packs;
mod rules_faults;
mod security;
mod service;
mod store_conformance;
mod tidy;
mod ui;
mod webhooks;
