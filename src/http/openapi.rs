//! `GET /openapi.json`: the API described from the Rust types (utoipa) and the route table,
//! so clients can be generated and no route is left out.

use utoipa::openapi::path::{HttpMethod, OperationBuilder, ParameterBuilder, ParameterIn, PathItem};
use utoipa::openapi::request_body::RequestBodyBuilder;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityRequirement, SecurityScheme};
use utoipa::openapi::{
    ComponentsBuilder, ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, PathsBuilder, Ref, RefOr, Schema,
};
use utoipa::{PartialSchema, ToSchema};

use super::{Access, ROUTES, TenantSettings, cases, counterparties, incidents, outreach, rules, watchlist, webhooks};
use crate::domain::{Decision, OrderRequest, PaymentRequest};

/// The error body every 4xx and 5xx carries.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct ErrorBody {
    /// Stable machine-readable code, such as `invalid_field`.
    code: String,
    /// What is wrong, for people.
    message: String,
    /// The JSON path of the offending field, when there is one.
    field: Option<String>,
}

/// `POST /v1/decisions/{id}/outcome`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct OutcomeRequest {
    /// `executed`, `cancelled`, `confirmed_fraud` or `false_alarm`.
    outcome: String,
    /// Free text.
    note: Option<String>,
}

/// `POST /v1/rules/rollback`.
#[derive(utoipa::ToSchema)]
#[allow(dead_code)]
struct RollbackRequest {
    /// An archived version, `sha256:...`.
    version: String,
}

fn add<T: ToSchema>(schemas: &mut Vec<(String, RefOr<Schema>)>) {
    schemas.push((T::name().into_owned(), <T as PartialSchema>::schema()));
    T::schemas(schemas);
}

fn json_content(schema: Option<&str>) -> utoipa::openapi::Content {
    match schema {
        Some(name) => ContentBuilder::new().schema(Some(Ref::from_schema_name(name))).build(),
        None => ContentBuilder::new().schema(Some(RefOr::T(Schema::Object(Default::default())))).build(),
    }
}

/// The request and response schemas of a route.
fn bodies(method: &str, path: &str) -> (Option<&'static str>, Option<&'static str>) {
    match (method, path) {
        ("POST", "/v1/screen/payment") => (Some("PaymentRequest"), Some("Decision")),
        ("POST", "/v1/screen/order") => (Some("OrderRequest"), Some("Decision")),
        ("GET", "/v1/decisions/{id}") => (None, Some("Decision")),
        ("POST", "/v1/decisions/{id}/outcome") => (Some("OutcomeRequest"), None),
        ("GET", "/v1/tenants/{tenant}/settings") => (None, Some("TenantSettings")),
        ("PUT", "/v1/tenants/{tenant}/settings") => (Some("TenantSettings"), Some("TenantSettings")),
        ("POST", "/v1/rules/rollback") => (Some("RollbackRequest"), None),
        ("PATCH", "/v1/cases/{id}") => (Some("CaseChange"), None),
        ("POST", "/v1/counterparties/import") => (Some("CounterpartyImport"), None),
        ("POST", "/v1/rules/backtest") => (Some("BacktestRequest"), None),
        ("PUT", "/v1/rules/shadow") => (Some("ShadowRequest"), None),
        ("POST", "/v1/outreach") => (Some("OutreachSession"), None),
        ("POST", "/v1/incidents") => (Some("Incident"), None),
        ("POST", "/v1/webhooks") => (Some("WebhookRequest"), None),
        ("POST", "/v1/watchlist") => (Some("WatchlistEntryRequest"), None),
        _ => (None, None),
    }
}

/// What a route answers with on success, when it is not JSON.
fn response_media(method: &str, path: &str) -> Option<&'static str> {
    match (method, path) {
        ("GET", "/metrics" | "/healthz" | "/readyz") => Some("text/plain"),
        ("GET", "/v1/outreach/export" | "/v1/incidents/export") => Some("text/csv"),
        ("GET", "/v1/cases/{id}/sheet") => Some("text/html"),
        _ => None,
    }
}

/// What a route takes as its body, when it is not JSON (spreadsheets).
fn request_media(method: &str, path: &str) -> Option<&'static str> {
    match (method, path) {
        ("POST", "/v1/outreach/import" | "/v1/incidents/import") => Some("text/csv"),
        _ => None,
    }
}

fn text_content() -> utoipa::openapi::Content {
    ContentBuilder::new().schema(Some(String::schema())).build()
}

/// A readable, stable operation id for generated clients: the method and the path's words,
/// `{id}` read as `by_id`, such as `post_v1_decisions_by_id_outcome`.
fn operation_id(method: &str, path: &str) -> String {
    let mut words = vec![method.to_ascii_lowercase()];
    for segment in path.split('/').filter(|s| !s.is_empty()) {
        match segment.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
            Some(name) => words.push(format!("by_{name}")),
            None => words.push(segment.replace(['-', '.'], "_")),
        }
    }
    words.join("_")
}

/// The OpenAPI document.
pub fn document() -> OpenApi {
    let mut schemas = Vec::new();
    add::<PaymentRequest>(&mut schemas);
    add::<OrderRequest>(&mut schemas);
    add::<Decision>(&mut schemas);
    add::<TenantSettings>(&mut schemas);
    add::<ErrorBody>(&mut schemas);
    add::<OutcomeRequest>(&mut schemas);
    add::<RollbackRequest>(&mut schemas);
    add::<cases::Change>(&mut schemas);
    add::<counterparties::CounterpartyImport>(&mut schemas);
    add::<rules::BacktestBody>(&mut schemas);
    add::<rules::ShadowBody>(&mut schemas);
    add::<outreach::OutreachSession>(&mut schemas);
    add::<incidents::Incident>(&mut schemas);
    add::<webhooks::NewWebhook>(&mut schemas);
    add::<watchlist::AddBody>(&mut schemas);
    let mut components = ComponentsBuilder::new()
        .security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    for (name, schema) in schemas {
        components = components.schema(name, schema);
    }
    let mut paths = PathsBuilder::new();
    for route in ROUTES {
        let (request, response) = bodies(route.method, route.path);
        let success = match response_media(route.method, route.path) {
            Some(media) => ResponseBuilder::new().description("success").content(media, text_content()),
            None => ResponseBuilder::new().description("success").content("application/json", json_content(response)),
        };
        let mut operation = OperationBuilder::new()
            .operation_id(Some(operation_id(route.method, route.path)))
            .response("200", success.build());
        if let Some(media) = request_media(route.method, route.path) {
            operation = operation.request_body(Some(
                RequestBodyBuilder::new()
                    .content(media, text_content())
                    .required(Some(utoipa::openapi::Required::True))
                    .build(),
            ));
        }
        for (status, what) in [
            ("400", "bad input"),
            ("401", "missing or unknown key"),
            ("403", "role not allowed"),
            ("404", "not found"),
            ("409", "conflict"),
            ("413", "body too large"),
            ("414", "URI too long"),
            ("422", "refused"),
            (
                "429",
                "over the key's request rate, or too many unknown keys from the caller's address; retry after `Retry-After` seconds",
            ),
            ("431", "headers too large"),
            ("503", "store unavailable, or the request took too long"),
        ] {
            operation = operation.response(
                status,
                ResponseBuilder::new()
                    .description(what)
                    .content("application/json", json_content(Some("ErrorBody")))
                    .build(),
            );
        }
        for name in route.path.split('/').filter_map(|s| s.strip_prefix('{').and_then(|s| s.strip_suffix('}'))) {
            operation = operation.parameter(
                ParameterBuilder::new()
                    .name(name)
                    .parameter_in(ParameterIn::Path)
                    .required(utoipa::openapi::Required::True)
                    .schema(Some(String::schema())),
            );
        }
        if let Some(request) = request {
            operation = operation.request_body(Some(
                RequestBodyBuilder::new()
                    .content("application/json", json_content(Some(request)))
                    .required(Some(utoipa::openapi::Required::True))
                    .build(),
            ));
        }
        if let Access::Roles(_) = route.access {
            operation = operation.securities(Some([SecurityRequirement::new("bearer", Vec::<String>::new())]));
        }
        let method = match route.method {
            "POST" => HttpMethod::Post,
            "PUT" => HttpMethod::Put,
            "PATCH" => HttpMethod::Patch,
            "DELETE" => HttpMethod::Delete,
            _ => HttpMethod::Get,
        };
        paths = paths.path(route.path, PathItem::new(method, operation.build()));
    }
    OpenApiBuilder::new()
        .info(InfoBuilder::new().title("fraudscreen").version(env!("CARGO_PKG_VERSION")).build())
        .paths(paths.build())
        .components(Some(components.build()))
        .build()
}
