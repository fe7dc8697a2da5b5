//! Officer-page sessions on SQLite.

use rusqlite::{OptionalExtension, params};

use super::SqliteStore;
use crate::store::{StoreError, UiSession, now};

impl SqliteStore {
    /// Stores a new session, dropping the expired ones (and the browser's earlier one, if any).
    pub async fn put_ui_session(&self, session: UiSession, replaces: Option<String>) -> Result<(), StoreError> {
        let at = now();
        self.write(Box::new(move |tx| {
            tx.prepare_cached("DELETE FROM ui_sessions WHERE expires_at < ?1 OR id_hash = ?2")?
                .execute(params![at, replaces.as_deref().unwrap_or_default()])?;
            tx.prepare_cached("INSERT INTO ui_sessions (id_hash, key_hash, csrf, expires_at) VALUES (?1, ?2, ?3, ?4)")?
                .execute(params![session.id_hash, session.key_hash, session.csrf, session.expires_at])?;
            Ok(1)
        }))
        .await?;
        Ok(())
    }

    /// The session with this id hash, unless it has expired.
    pub fn ui_session(&self, id_hash: &str) -> Result<Option<UiSession>, StoreError> {
        self.read(|conn| {
            Ok(conn
                .prepare_cached(
                    "SELECT id_hash, key_hash, csrf, expires_at FROM ui_sessions WHERE id_hash = ?1 AND expires_at > ?2",
                )?
                .query_row(params![id_hash, now()], |r| {
                    Ok(UiSession { id_hash: r.get(0)?, key_hash: r.get(1)?, csrf: r.get(2)?, expires_at: r.get(3)? })
                })
                .optional()?)
        })
    }

    /// Ends a session.
    pub async fn delete_ui_session(&self, id_hash: &str) -> Result<(), StoreError> {
        let id_hash = id_hash.to_owned();
        self.write(Box::new(move |tx| {
            Ok(tx.prepare_cached("DELETE FROM ui_sessions WHERE id_hash = ?1")?.execute(params![id_hash])?)
        }))
        .await?;
        Ok(())
    }
}
