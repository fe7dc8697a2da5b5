//! Keeping the in-memory counterparty histories equal to the stored history events.
//!
//! Every history event reaches memory the same way: read back from the store in commit order
//! (`history_events_after`). At start that rebuilds the histories; after a write that added
//! events, the writer's handler catches up before it answers, so the caller's next screening
//! sees them; and with several instances on one database, each catches up when told (or polls),
//! so an event written through one is seen by the others. Applying nothing twice needs no
//! bookkeeping beyond the last sequence number applied.

use crate::domain::{Kind, Request};
use crate::engine::Event;
use crate::store::{HistoryRow, StoreError};

use super::AppState;

/// Events read per query while catching up.
const PAGE: i64 = 10_000;

/// Applies every stored history event not yet applied; returns how many it applied.
pub async fn catch_up_history(state: &AppState) -> Result<usize, StoreError> {
    let mut applied = state.history_applied.lock().await;
    let mut count = 0;
    loop {
        let rows = state.store.history_events_after(*applied, PAGE).await?;
        for row in &rows {
            match event_of_row(row) {
                Ok(event) => {
                    let history = state.history(&row.tenant);
                    history.write().unwrap_or_else(std::sync::PoisonError::into_inner).record(event);
                }
                // A row this version cannot read is skipped, loudly, rather than stopping
                // every later event from reaching memory.
                Err(error) => tracing::error!(seq = row.seq, %error, "unreadable history event skipped"),
            }
            *applied = row.seq;
        }
        count += rows.len();
        if (rows.len() as i64) < PAGE {
            return Ok(count);
        }
    }
}

/// The engine event of a stored row.
fn event_of_row(row: &HistoryRow) -> Result<Event, String> {
    match row.kind.as_str() {
        "counterparty" => serde_json::from_str(&row.json).map(Event::Counterparty).map_err(|e| e.to_string()),
        "payment" | "order" => {
            let kind = if row.kind == "order" { Kind::Order } else { Kind::Payment };
            let value: serde_json::Value = serde_json::from_str(&row.json).map_err(|e| e.to_string())?;
            let request = Request::from_json(kind, value).map_err(|e| e.to_string())?;
            Ok(super::handlers::event_of(&request))
        }
        other => Err(format!("unknown history event kind `{other}`")),
    }
}
