//! The two request kinds of the wire contract, parsed and validated at the boundary.
//!
//! Unknown fields are rejected everywhere (`deny_unknown_fields`): a misspelt field must never
//! silently switch a rule off.

use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::money::Money;

/// Which endpoint a request belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// An outgoing payment request.
    Payment,
    /// A new customer order record.
    Order,
}

impl Kind {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Payment => "payment",
            Kind::Order => "order",
        }
    }
}

/// `POST /v1/screen/payment`: an outgoing payment request.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PaymentRequest {
    /// The caller's id for this request; the idempotency key.
    pub request_id: String,
    /// When the request was submitted; every time feature is computed from it.
    #[schema(value_type = String, format = DateTime)]
    pub submitted_at: Timestamp,
    /// The paying account (our company).
    #[serde(default)]
    pub payer: Option<Payer>,
    /// Who receives the money.
    pub payee: Payee,
    /// The amount to pay.
    #[schema(value_type = String, example = "52000.00")]
    pub amount: Money,
    /// ISO currency code, `CNY` when absent.
    #[serde(default)]
    pub currency: Option<String>,
    /// The purpose category (货款, 运费, 工资, ...).
    #[serde(default)]
    pub purpose: Option<String>,
    /// Free-text memo of the payment.
    #[serde(default)]
    pub memo: Option<String>,
    /// How the instruction to pay arrived, with its text as received.
    #[serde(default)]
    pub instruction: Option<Instruction>,
    /// Employee id of the requester.
    #[serde(default)]
    pub requested_by: Option<String>,
    /// Employee ids of the approvers.
    #[serde(default)]
    pub approved_by: Option<Vec<String>>,
    /// Linked order, contract and invoice.
    #[serde(default)]
    pub related: Option<Related>,
    /// When the vendor master recorded a change of this payee's bank details.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub payee_account_changed_at: Option<Timestamp>,
    /// An out-of-band check already made, such as a call-back to a number on file.
    #[serde(default)]
    pub verification: Option<Verification>,
}

/// The paying account.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Payer {
    /// Account number.
    #[serde(default)]
    pub account_no: Option<String>,
    /// Account holder name.
    #[serde(default)]
    pub account_name: Option<String>,
}

/// The receiving party of a payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Payee {
    /// Account holder name as entered.
    pub name: String,
    /// Bank account number.
    pub account_no: String,
    /// Bank and branch.
    #[serde(default)]
    pub bank: Option<String>,
    /// Corporate or personal account.
    #[serde(default)]
    pub account_type: Option<AccountType>,
    /// Vendor-master id, when the payee is a known vendor.
    #[serde(default)]
    pub vendor_id: Option<String>,
    /// Phone number on file.
    #[serde(default)]
    pub phone: Option<String>,
}

/// Whether an account belongs to a company or a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum AccountType {
    /// 对公账户.
    Corporate,
    /// 个人账户.
    Personal,
    /// Not known.
    Unknown,
}

impl AccountType {
    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            AccountType::Corporate => "corporate",
            AccountType::Personal => "personal",
            AccountType::Unknown => "unknown",
        }
    }
}

/// How an instruction reached the company.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Channel {
    /// The ERP or OA workflow.
    Erp,
    /// E-mail.
    Email,
    /// A phone call.
    Phone,
    /// A text message.
    Sms,
    /// Instant messaging (WeChat, QQ, DingTalk, ...).
    Im,
    /// Face to face.
    InPerson,
    /// A paper letter.
    Letter,
    /// Anything else.
    Other,
}

impl Channel {
    /// Every channel, in wire order.
    pub const ALL: [Channel; 8] = [
        Channel::Erp,
        Channel::Email,
        Channel::Phone,
        Channel::Sms,
        Channel::Im,
        Channel::InPerson,
        Channel::Letter,
        Channel::Other,
    ];

    /// The wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Erp => "erp",
            Channel::Email => "email",
            Channel::Phone => "phone",
            Channel::Sms => "sms",
            Channel::Im => "im",
            Channel::InPerson => "in_person",
            Channel::Letter => "letter",
            Channel::Other => "other",
        }
    }
}

/// The instruction to pay, as received.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Instruction {
    /// The channel it came through.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Who it claims to come from.
    #[serde(default)]
    pub from_name: Option<String>,
    /// The sender's address, number or IM id.
    #[serde(default)]
    pub from_contact: Option<String>,
    /// The pasted text of the instruction.
    #[serde(default)]
    pub text: Option<String>,
    /// Marked urgent by the sender or the requester.
    #[serde(default)]
    pub urgent: Option<bool>,
}

/// Documents linked to a payment.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Related {
    /// A sales or purchase order id.
    #[serde(default)]
    pub order_id: Option<String>,
    /// A contract id.
    #[serde(default)]
    pub contract_id: Option<String>,
    /// The invoice number being paid.
    #[serde(default)]
    pub invoice_no: Option<String>,
}

/// An out-of-band verification already made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Verification {
    /// A call-back was made.
    #[serde(default)]
    pub callback_done: Option<bool>,
    /// The number called.
    #[serde(default)]
    pub callback_number: Option<String>,
    /// Who verified.
    #[serde(default)]
    pub verified_by: Option<String>,
    /// When.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = DateTime)]
    pub verified_at: Option<Timestamp>,
}

/// `POST /v1/screen/order`: a new customer order record.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OrderRequest {
    /// The caller's id for this record; the idempotency key.
    pub record_id: String,
    /// When the order was received; every time feature is computed from it.
    #[schema(value_type = String, format = DateTime)]
    pub received_at: Timestamp,
    /// Who is ordering.
    pub customer: Customer,
    /// Order lines.
    #[serde(default)]
    pub items: Vec<Item>,
    /// The order's total.
    #[schema(value_type = String, example = "52000.00")]
    pub total_amount: Money,
    /// ISO currency code, `CNY` when absent.
    #[serde(default)]
    pub currency: Option<String>,
    /// How the order arrived.
    #[serde(default)]
    pub channel: Option<Channel>,
    /// Where and when to deliver.
    #[serde(default)]
    pub delivery: Option<Delivery>,
    /// Payment terms as agreed or asked.
    #[serde(default)]
    pub payment_terms: Option<String>,
    /// A third party the customer brought in.
    #[serde(default)]
    pub third_party: Option<ThirdParty>,
    /// Fees or deposits asked of us.
    #[serde(default)]
    pub fees_requested: Vec<Fee>,
    /// Free text: what the customer said.
    #[serde(default)]
    pub notes: Option<String>,
}

/// The ordering customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Customer {
    /// Company or person name.
    pub name: String,
    /// Unified social credit code (统一社会信用代码).
    #[serde(default)]
    pub credit_code: Option<String>,
    /// Contact person.
    #[serde(default)]
    pub contact_name: Option<String>,
    /// Contact phone.
    #[serde(default)]
    pub phone: Option<String>,
    /// Contact e-mail.
    #[serde(default)]
    pub email: Option<String>,
    /// Contact IM id.
    #[serde(default)]
    pub im_id: Option<String>,
    /// Customer-master id; null for a new customer.
    #[serde(default)]
    pub customer_id: Option<String>,
}

/// An order line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Product name.
    pub product: String,
    /// Quantity, as a decimal string.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub quantity: Option<Money>,
    /// Unit of measure.
    #[serde(default)]
    pub unit: Option<String>,
    /// Price per unit.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub unit_price: Option<Money>,
}

/// Delivery instructions.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    /// Ship-to address.
    #[serde(default)]
    pub address: Option<String>,
    /// Requested delivery date.
    #[serde(default)]
    #[schema(value_type = Option<String>, format = Date)]
    pub deadline: Option<Date>,
}

/// A third party brought in by the customer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ThirdParty {
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
    /// Its contact.
    #[serde(default)]
    pub contact: Option<String>,
    /// Its role: `designated_supplier`, `refund_recipient`, `pass_through_payee`, ...
    #[serde(default)]
    pub role: Option<String>,
    /// Money involved.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub amount: Option<Money>,
}

/// A fee or deposit asked of us.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Fee {
    /// What it is for.
    #[serde(default)]
    pub reason: Option<String>,
    /// How much.
    #[serde(default)]
    #[schema(value_type = Option<String>)]
    pub amount: Option<Money>,
}

/// Either kind of request, as the engine screens it.
#[derive(Clone, Debug, PartialEq)]
pub enum Request {
    /// A payment.
    Payment(PaymentRequest),
    /// An order.
    Order(OrderRequest),
}

impl Request {
    /// Which kind this is.
    pub fn kind(&self) -> Kind {
        match self {
            Request::Payment(_) => Kind::Payment,
            Request::Order(_) => Kind::Order,
        }
    }

    /// The caller's id (`request_id`, or `record_id` for orders).
    pub fn id(&self) -> &str {
        match self {
            Request::Payment(p) => &p.request_id,
            Request::Order(o) => &o.record_id,
        }
    }

    /// The request's own timestamp, the only clock the engine reads.
    pub fn at(&self) -> Timestamp {
        match self {
            Request::Payment(p) => p.submitted_at,
            Request::Order(o) => o.received_at,
        }
    }

    /// Parses a JSON body of the given kind, rejecting unknown fields.
    pub fn from_json(kind: Kind, value: serde_json::Value) -> Result<Request, serde_json::Error> {
        Ok(match kind {
            Kind::Payment => Request::Payment(serde_json::from_value(value)?),
            Kind::Order => Request::Order(serde_json::from_value(value)?),
        })
    }
}
