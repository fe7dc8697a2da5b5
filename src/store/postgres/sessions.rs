//! Officer-page sessions on PostgreSQL, shared by every instance.

use sqlx::Row;

use super::PgStore;
use crate::store::{StoreError, UiSession, now};

impl PgStore {
    /// Stores a new session, dropping the expired ones (and the browser's earlier one, if any).
    pub async fn put_ui_session(&self, session: UiSession, replaces: Option<String>) -> Result<(), StoreError> {
        let mut tx = self.pool.begin().await?;
        sqlx::query("DELETE FROM ui_sessions WHERE expires_at < $1 OR id_hash = $2")
            .bind(now())
            .bind(replaces.unwrap_or_default())
            .execute(&mut *tx)
            .await?;
        sqlx::query("INSERT INTO ui_sessions (id_hash, key_hash, csrf, expires_at) VALUES ($1, $2, $3, $4)")
            .bind(&session.id_hash)
            .bind(&session.key_hash)
            .bind(&session.csrf)
            .bind(&session.expires_at)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(())
    }

    /// The session with this id hash, unless it has expired.
    pub async fn ui_session(&self, id_hash: &str) -> Result<Option<UiSession>, StoreError> {
        let row = sqlx::query(
            "SELECT id_hash, key_hash, csrf, expires_at FROM ui_sessions WHERE id_hash = $1 AND expires_at > $2",
        )
        .bind(id_hash)
        .bind(now())
        .fetch_optional(&self.pool)
        .await?;
        row.map(|r| {
            Ok(UiSession {
                id_hash: r.try_get(0)?,
                key_hash: r.try_get(1)?,
                csrf: r.try_get(2)?,
                expires_at: r.try_get(3)?,
            })
        })
        .transpose()
    }

    /// Ends a session.
    pub async fn delete_ui_session(&self, id_hash: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM ui_sessions WHERE id_hash = $1").bind(id_hash).execute(&self.pool).await?;
        Ok(())
    }
}
