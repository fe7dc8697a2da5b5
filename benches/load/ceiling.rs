//! The ceiling for the load bench: a bare axum server whose screening route only reads the
//! body and parses it into the same domain type the service parses, then answers a constant.
//! Whatever the real service does beyond this (rules, the store, metrics) is what the load
//! bench measures against it.
//!
//! `cargo run --release --example load_ceiling -- 127.0.0.1:8099`

use axum::Router;
use axum::body::Bytes;
use axum::http::StatusCode;
use axum::routing::post;
use fraudscreen::domain::PaymentRequest;

// The same allocator as the service binary, so the comparison is of the work done.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

async fn parse_only(body: Bytes) -> (StatusCode, &'static str) {
    // The same parse as the service: the body straight into the typed request, with the JSON
    // path of any problem tracked.
    let mut deserializer = serde_json::Deserializer::from_slice(&body);
    match serde_path_to_error::deserialize::<_, PaymentRequest>(&mut deserializer) {
        Ok(_) => (StatusCode::OK, "{\"decision\":\"allow\"}"),
        Err(_) => (StatusCode::BAD_REQUEST, "{\"code\":\"invalid_field\"}"),
    }
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let listen = std::env::args().nth(1).unwrap_or_else(|| "127.0.0.1:8099".to_owned());
    let listener = tokio::net::TcpListener::bind(&listen).await?;
    println!("ceiling listening on {}", listener.local_addr()?);
    axum::serve(listener, Router::new().route("/v1/screen/payment", post(parse_only))).await?;
    Ok(())
}
