//! Webhooks: the events fraudscreen announces ([`events`]), how each is put on the wire for
//! each subscription format ([`message`]), the worker that delivers them from the outbox
//! ([`worker`]), and the hosts and addresses it may reach ([`guard`]). The subscriptions API is in `http::webhooks`.

pub mod events;
pub mod guard;
pub mod message;
pub mod worker;

pub use events::{EVENT_TYPES, PARK_WIDE_EVENTS};
pub use worker::{DeliverySettings, Wake, run, send_test};

/// Subscription formats.
pub const FORMATS: [&str; 3] = ["json", "wecom", "dingtalk"];
