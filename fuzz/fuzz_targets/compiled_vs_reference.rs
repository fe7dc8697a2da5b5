//! The compiled evaluator against the naive reference evaluator: a condition (text up to the
//! first NUL) and a payment (JSON after it); when the condition checks and the payment decodes,
//! both evaluators give the same three-valued answer.
#![no_main]

/// The rules directory, from this package.
const RULES_DIR: &str = "../rules";

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::compiled_vs_reference(data));
