//! Reads a rules directory from disk into [`Sources`] for the engine.

use std::path::Path;

use anyhow::{Context as _, Result};

use crate::engine::Sources;

/// Reads `*.toml` at the top of `dir` and `keywords/*.txt`, sorted by path.
pub fn read_rules_dir(dir: &Path) -> Result<Sources> {
    let mut files = Vec::new();
    let entries =
        std::fs::read_dir(dir).with_context(|| format!("failed to read rules directory {}", dir.display()))?;
    for entry in entries {
        let path = entry?.path();
        if path.extension().is_some_and(|e| e == "toml") && path.is_file() {
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = std::fs::read_to_string(&path)
                .with_context(|| format!("failed to read rule file {}", path.display()))?;
            files.push((name, text));
        }
    }
    let keywords = dir.join("keywords");
    if keywords.is_dir() {
        for entry in std::fs::read_dir(&keywords).with_context(|| format!("failed to read {}", keywords.display()))? {
            let path = entry?.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                let text = std::fs::read_to_string(&path)
                    .with_context(|| format!("failed to read keyword file {}", path.display()))?;
                files.push((format!("keywords/{name}"), text));
            }
        }
    }
    files.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Sources { files })
}
