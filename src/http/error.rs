//! The API's one error type and its table of codes: every error is `{code, message, field}`.

use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

/// An error answered to the caller.
#[derive(Debug)]
pub struct ApiError {
    status: StatusCode,
    code: &'static str,
    message: String,
    field: Option<String>,
}

#[derive(Serialize)]
struct Body<'a> {
    code: &'a str,
    message: &'a str,
    field: Option<&'a str>,
}

impl ApiError {
    /// 400: the body is not JSON.
    pub fn malformed_json(message: String) -> ApiError {
        ApiError { status: StatusCode::BAD_REQUEST, code: "malformed_json", message, field: None }
    }

    /// 400: a field is missing, unknown or wrong.
    pub fn invalid_field(field: String, message: String) -> ApiError {
        let field = (!field.is_empty() && field != ".").then_some(field);
        ApiError { status: StatusCode::BAD_REQUEST, code: "invalid_field", message, field }
    }

    /// 401: no key, or an unknown or revoked one.
    pub fn unauthenticated() -> ApiError {
        ApiError {
            status: StatusCode::UNAUTHORIZED,
            code: "unauthenticated",
            message: "a valid API key is required: `Authorization: Bearer <key>`".into(),
            field: None,
        }
    }

    /// 403: the key's role may not do this.
    pub fn forbidden(role: &str) -> ApiError {
        ApiError {
            status: StatusCode::FORBIDDEN,
            code: "forbidden",
            message: format!("a `{role}` key cannot do this"),
            field: None,
        }
    }

    /// 429: the key made more requests than its rate allows; `retry_after` says when to retry.
    pub fn rate_limited(retry_after: std::time::Duration) -> ApiError {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: "rate_limited",
            message: format!("this key is over its request rate; retry in {} ms", retry_after.as_millis().max(1)),
            field: None,
        }
    }

    /// 429: the caller's address has tried too many unknown keys; retry in `seconds`.
    pub fn too_many_unknown_keys(seconds: u64) -> ApiError {
        ApiError {
            status: StatusCode::TOO_MANY_REQUESTS,
            code: "rate_limited",
            message: format!("too many unknown keys from this address; retry in {seconds} s"),
            field: None,
        }
    }

    /// 414 or 431: the URI or the headers are larger than the limit.
    pub fn header_too_large(status: StatusCode, limit: usize) -> ApiError {
        let what = if status == StatusCode::URI_TOO_LONG { "the URI" } else { "the request headers" };
        ApiError {
            status,
            code: "headers_too_large",
            message: format!("{what} exceed the limit of {limit} bytes"),
            field: None,
        }
    }

    /// 503: the request took longer than the limit; the caller may retry (a screening with the
    /// same request id gets the decision if it was recorded).
    pub fn timeout(limit: std::time::Duration) -> ApiError {
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "timeout",
            message: format!("the request took longer than {} s; retry with the same request id", limit.as_secs()),
            field: None,
        }
    }

    /// 409: the change needs the request as received, which the retention period has purged.
    pub fn request_purged() -> ApiError {
        ApiError {
            status: StatusCode::CONFLICT,
            code: "request_purged",
            message: "the request was purged after the retention period; this change needs it".into(),
            field: None,
        }
    }

    /// The message for people.
    pub fn message(&self) -> &str {
        &self.message
    }

    /// The HTTP status.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The offending field, when there is one.
    pub fn field(&self) -> Option<&str> {
        self.field.as_deref()
    }

    /// 409: the case cannot make this change from where it is, or changed meanwhile.
    pub fn case_conflict(code: &'static str, message: String) -> ApiError {
        ApiError { status: StatusCode::CONFLICT, code, message, field: None }
    }

    /// 404: no such object for this caller.
    pub fn not_found(what: &str) -> ApiError {
        ApiError { status: StatusCode::NOT_FOUND, code: "not_found", message: format!("no such {what}"), field: None }
    }

    /// 409: the id was used before with a different body.
    pub fn idempotency_conflict(id_field: &str) -> ApiError {
        ApiError {
            status: StatusCode::CONFLICT,
            code: "idempotency_conflict",
            message: format!("this `{id_field}` was already screened with a different body"),
            field: Some(id_field.to_owned()),
        }
    }

    /// 413: the body is over the limit.
    pub fn too_large(limit: usize) -> ApiError {
        ApiError {
            status: StatusCode::PAYLOAD_TOO_LARGE,
            code: "payload_too_large",
            message: format!("the body is larger than {limit} bytes"),
            field: None,
        }
    }

    /// 422: a ruleset with errors was refused; the active one keeps serving.
    pub fn invalid_ruleset(diagnostics: String) -> ApiError {
        ApiError {
            status: StatusCode::UNPROCESSABLE_ENTITY,
            code: "invalid_ruleset",
            message: format!("the ruleset was refused and the active one keeps serving:\n{diagnostics}"),
            field: None,
        }
    }

    /// 503: the store cannot record; the caller should hold the payment and retry.
    pub fn unavailable(error: &crate::store::StoreError) -> ApiError {
        tracing::error!(%error, "store unavailable");
        ApiError {
            status: StatusCode::SERVICE_UNAVAILABLE,
            code: "store_unavailable",
            message: "the decision could not be recorded; hold the payment and retry with the same request id".into(),
            field: None,
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = Body { code: self.code, message: &self.message, field: self.field.as_deref() };
        let mut response = (self.status, Json(body)).into_response();
        if self.status == StatusCode::SERVICE_UNAVAILABLE || self.status == StatusCode::TOO_MANY_REQUESTS {
            // The store usually returns within seconds; tell clients when to retry.
            response.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("1"));
        }
        response
    }
}
