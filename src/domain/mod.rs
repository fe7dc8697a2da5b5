//! Domain types shared by every layer: requests, money, decisions and entity checks.
//!
//! This module does no IO and knows nothing of the engine, the store or HTTP.

pub mod callback;
pub mod contract_party;
pub mod decision;
pub mod entity;
pub mod founding;
pub mod mail_domain;
pub mod money;
pub mod named_person;
pub mod refund_party;
pub mod request;
pub mod stated_account;

pub use decision::{Action, Decision, Evidence, Hit};
pub use money::Money;
pub use request::{Kind, OrderRequest, PaymentRequest, Request};
