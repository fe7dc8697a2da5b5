//! Counterparty history: timestamped events the engine derives features from.
//!
//! The history is an append-only list of what happened (payments executed, orders accepted,
//! counterparties imported from a vendor master or payroll), indexed for the lookups the
//! features need. Every query takes the request's own time `t` and sees only events before
//! it, so "the history as of `t`" is well defined and a replay gives the same answer on any day.

use std::collections::HashMap as StdHashMap;

/// History maps hash with foldhash: several lookups per request, keys are short strings.
type HashMap<K, V> = StdHashMap<K, V, foldhash::fast::RandomState>;

use jiff::Timestamp;
use rust_decimal::Decimal;

use crate::domain::entity::normalize_company_name;
use crate::domain::mail_domain::organisation_domains_in;
use crate::domain::request::{OrderRequest, PaymentRequest};
use crate::engine::text::normalize_text;

mod mail;

/// An executed payment.
#[derive(Clone, Debug, PartialEq)]
pub struct PaymentRecord {
    /// When it was submitted.
    pub at: Timestamp,
    /// Payee account number.
    pub account_no: String,
    /// Payee name as paid.
    pub payee_name: String,
    /// The payee name's [`name_key`], computed once when recorded.
    pub payee_key: String,
    /// Vendor-master id, if any.
    pub vendor_id: Option<String>,
    /// Amount paid.
    pub amount: Decimal,
    /// Invoice paid, if any.
    pub invoice_no: Option<String>,
    /// Who requested it.
    pub requested_by: Option<String>,
    /// The payee's phone as our own request gave it: on file for later call-backs.
    pub payee_phone: Option<String>,
    /// Organisation e-mail domains in the instruction's sender, text and memo.
    pub mail_domains: Vec<String>,
}

/// An accepted order.
#[derive(Clone, Debug, PartialEq)]
pub struct OrderRecord {
    /// When it was received.
    pub at: Timestamp,
    /// Our own reference for the order (`record_id`), which payments name as `related.order_id`.
    pub record_id: String,
    /// Customer-master id, if any.
    pub customer_id: Option<String>,
    /// Customer name.
    pub customer_name: String,
    /// Order total.
    pub total: Decimal,
    /// Contact phone.
    pub phone: Option<String>,
    /// Contact e-mail.
    pub email: Option<String>,
    /// Contact IM id.
    pub im_id: Option<String>,
    /// Organisation e-mail domains in the customer's address and notes.
    pub mail_domains: Vec<String>,
    /// The payment terms' [`terms_key`], when the order gave terms.
    pub terms_key: Option<String>,
}

/// A vendor or employee known from master data, with its bank-account history.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct CounterpartyRecord {
    /// When the record became valid (the `since` of the import).
    pub at: Timestamp,
    /// Vendor or employee.
    pub kind: CounterpartyKind,
    /// Vendor id or employee id.
    pub id: String,
    /// Legal or personal name.
    pub name: String,
    /// Current account number.
    pub account_no: String,
    /// When the current account replaced an earlier one, if it did.
    pub account_changed_at: Option<Timestamp>,
    /// Bank and branch on file.
    #[serde(default)]
    pub bank: Option<String>,
    /// Phone on file for call-backs.
    #[serde(default)]
    pub phone: Option<String>,
}

/// Kinds of master-data counterparty.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum CounterpartyKind {
    /// A supplier in the vendor master.
    Vendor,
    /// An employee with a payroll account.
    Employee,
}

/// One event of the history.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    /// A payment was executed.
    Payment(PaymentRecord),
    /// An order was accepted.
    Order(OrderRecord),
    /// A counterparty was imported from master data.
    Counterparty(CounterpartyRecord),
    /// A reviewed false alarm: these rules on this payee or customer are known to be wrong.
    Allowlist(AllowEntry),
}

/// Whose allowlist entry it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AllowKind {
    /// A payee account (payments).
    Payee,
    /// A customer by name (orders).
    Customer,
}

/// An allowlist entry, made when a case is closed as a false alarm: while it lasts, a request to
/// the same payee account (or from the same customer) on which no rule fires beyond `rules`
/// reads as `payee.allowlisted` (`customer.allowlisted`), which the rules treat as a mitigator.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct AllowEntry {
    /// From when.
    pub at: Timestamp,
    /// Until when (exclusive).
    pub until: Timestamp,
    /// Payee or customer.
    pub kind: AllowKind,
    /// The payee's account number or the customer's name, as the request gave it.
    pub value: String,
    /// The rules the review found wrong here.
    pub rules: Vec<String>,
    /// The case that made it.
    #[serde(default)]
    pub case_id: Option<String>,
}

impl AllowEntry {
    /// The history index key of `value` for `kind`.
    fn key(kind: AllowKind, value: &str) -> String {
        match kind {
            AllowKind::Payee => format!("payee:{}", account_key(value)),
            AllowKind::Customer => format!("customer:{}", name_key(value)),
        }
    }
}

impl Event {
    /// The event for an executed payment request.
    pub fn executed_payment(request: &PaymentRequest) -> Event {
        Event::Payment(PaymentRecord {
            at: request.submitted_at,
            account_no: account_key(&request.payee.account_no),
            payee_name: request.payee.name.clone(),
            payee_key: name_key(&request.payee.name),
            vendor_id: request.payee.vendor_id.clone(),
            amount: request.amount.decimal(),
            invoice_no: request.related.as_ref().and_then(|r| r.invoice_no.clone()),
            requested_by: request.requested_by.clone(),
            payee_phone: request.payee.phone.clone(),
            mail_domains: payment_mail_domains(request),
        })
    }

    /// The event for an accepted order.
    pub fn accepted_order(request: &OrderRequest) -> Event {
        Event::Order(OrderRecord {
            at: request.received_at,
            record_id: request.record_id.clone(),
            customer_id: request.customer.customer_id.clone(),
            customer_name: request.customer.name.clone(),
            total: request.total_amount.decimal(),
            phone: request.customer.phone.clone(),
            email: request.customer.email.clone(),
            im_id: request.customer.im_id.clone(),
            mail_domains: order_mail_domains(request),
            terms_key: request.payment_terms.as_deref().map(terms_key).filter(|k| !k.is_empty()),
        })
    }

    /// When it happened.
    pub fn at(&self) -> Timestamp {
        match self {
            Event::Payment(p) => p.at,
            Event::Order(o) => o.at,
            Event::Counterparty(c) => c.at,
            Event::Allowlist(a) => a.at,
        }
    }
}

/// Payment terms as compared between orders: normalised, with bracketed remarks (a contract
/// number, a credit line) dropped and only letters and digits kept, so that `团款月结（合同X）`
/// and `团款月结` are the same terms.
pub fn terms_key(terms: &str) -> String {
    // Brackets are read in the original: normalising drops punctuation between Chinese words.
    let mut depth = 0usize;
    let mut outside = String::with_capacity(terms.len());
    for c in terms.chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            c if depth == 0 => outside.push(c),
            _ => {}
        }
    }
    normalize_text(&outside).chars().filter(|c| c.is_alphanumeric()).collect()
}

/// The organisation e-mail domains a payment request mentions: its sender, its text, its memo.
pub fn payment_mail_domains(request: &PaymentRequest) -> Vec<String> {
    let instruction = request.instruction.as_ref();
    let texts = [
        instruction.and_then(|i| i.from_contact.as_deref()),
        instruction.and_then(|i| i.text.as_deref()),
        request.memo.as_deref(),
    ];
    distinct_domains(texts)
}

/// The organisation e-mail domains an order mentions: the customer's address and the notes.
pub fn order_mail_domains(request: &OrderRequest) -> Vec<String> {
    distinct_domains([request.customer.email.as_deref(), request.notes.as_deref()])
}

/// The organisation e-mail domains in one text.
pub fn mail_domains_in(text: Option<&str>) -> Vec<String> {
    distinct_domains([text])
}

fn distinct_domains<'t>(texts: impl IntoIterator<Item = Option<&'t str>>) -> Vec<String> {
    let mut domains: Vec<String> = Vec::new();
    for domain in texts.into_iter().flatten().filter(|t| t.contains('@')).flat_map(organisation_domains_in) {
        if !domains.contains(&domain) {
            domains.push(domain);
        }
    }
    domains
}

/// `account_no` as an account key, borrowing when it already is one.
pub(crate) fn account_key_cow(account_no: &str) -> std::borrow::Cow<'_, str> {
    if account_no.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_uppercase()) {
        std::borrow::Cow::Borrowed(account_no)
    } else {
        std::borrow::Cow::Owned(account_key(account_no))
    }
}

/// Account numbers compare on their digits and letters only (spaces and dashes vary).
pub fn account_key(account_no: &str) -> String {
    account_no.chars().filter(|c| c.is_ascii_alphanumeric()).collect::<String>().to_ascii_uppercase()
}

/// Names compare after folding: width, case, separators, brackets and the legal-form suffix
/// (for a person's name there is no suffix, and the fold is the personal-name fold).
pub fn name_key(name: &str) -> String {
    normalize_company_name(name)
}

/// One tenant's history, indexed.
#[derive(Default, Debug)]
pub struct History {
    /// Payments by account key, each list in time order.
    payments_by_account: HashMap<String, Vec<PaymentRecord>>,
    /// (time, account key) of payments by vendor id.
    accounts_by_vendor: HashMap<String, Vec<(Timestamp, String)>>,
    /// (time, account key) of payments by payee name key.
    accounts_by_name: HashMap<String, Vec<(Timestamp, String)>>,
    /// First time each invoice number was paid.
    invoices: HashMap<String, Timestamp>,
    /// Payment times by requester.
    payments_by_requester: HashMap<String, Vec<Timestamp>>,
    /// Orders by customer id, in time order.
    orders_by_customer_id: HashMap<String, Vec<OrderRecord>>,
    /// Orders by customer name key, in time order.
    orders_by_customer_name: HashMap<String, Vec<OrderRecord>>,
    /// (time, customer name key) of orders by their record id, in time order: whom a payment
    /// on one of our orders (a refund) should go to.
    customers_by_order: HashMap<String, Vec<(Timestamp, String)>>,
    /// (time, total) of every order, in time order.
    order_totals: Vec<(Timestamp, Decimal)>,
    /// For each position `k` of `order_totals`, the median of the window of orders ending at
    /// `k`, kept up to date on insert so that screening an order does not sort.
    rolling_median: Vec<Decimal>,
    /// Master-data records by account key.
    counterparties_by_account: HashMap<String, Vec<CounterpartyRecord>>,
    /// (time, phone) on file for call-backs, by vendor id and by vendor name key: a changed
    /// account is not on file yet, but the vendor's phone is.
    vendor_phones: HashMap<String, Vec<(Timestamp, String)>>,
    /// The same, from the payee phone our own executed payment requests gave: on file too, and
    /// read only where the vendor master has no phone.
    paid_phones: HashMap<String, Vec<(Timestamp, String)>>,
    /// Names of every known counterparty, for the look-alike test.
    names: NameIndex,
    /// E-mail domains of every payment instruction and order, for the look-alike domain test.
    mail_domains: mail::MailDomainIndex,
    /// Allowlist entries by payee account or customer name key.
    allowlist: HashMap<String, Vec<AllowEntry>>,
}

impl History {
    /// An empty history.
    pub fn new() -> History {
        History::default()
    }

    /// Appends an event. Events may arrive in any order; each index stays sorted by time.
    pub fn record(&mut self, event: Event) {
        match event {
            Event::Allowlist(entry) => {
                self.allowlist.entry(AllowEntry::key(entry.kind, &entry.value)).or_default().push(entry);
            }
            Event::Payment(p) => {
                let account = account_key(&p.account_no);
                if let Some(vendor_id) = &p.vendor_id {
                    insert_sorted(
                        self.accounts_by_vendor.entry(vendor_id.clone()).or_default(),
                        (p.at, account.clone()),
                    );
                }
                insert_sorted(
                    self.accounts_by_name.entry(name_key(&p.payee_name)).or_default(),
                    (p.at, account.clone()),
                );
                if let Some(invoice) = p.invoice_no.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
                    let first = self.invoices.entry(invoice.to_owned()).or_insert(p.at);
                    *first = (*first).min(p.at);
                }
                if let Some(requester) = &p.requested_by {
                    insert_sorted(self.payments_by_requester.entry(requester.clone()).or_default(), p.at);
                }
                if let Some(phone) = p.payee_phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
                    let keys =
                        p.vendor_id.as_deref().map(vendor_phone_key).into_iter().chain([name_phone_key(&p.payee_name)]);
                    for key in keys {
                        insert_sorted(self.paid_phones.entry(key).or_default(), (p.at, phone.to_owned()));
                    }
                }
                self.names.add(&p.payee_name, p.at, NameRole::Payee);
                for domain in &p.mail_domains {
                    self.mail_domains.add(domain, p.at);
                }
                let list = self.payments_by_account.entry(account).or_default();
                let position = list.partition_point(|q| q.at <= p.at);
                list.insert(position, p);
            }
            Event::Order(o) => {
                let position = self.order_totals.partition_point(|existing| *existing <= (o.at, o.total));
                self.order_totals.insert(position, (o.at, o.total));
                self.rolling_median.insert(position, Decimal::ZERO);
                // Only the windows that contain the new order change.
                let end = (position + USUAL_ORDER_WINDOW).min(self.order_totals.len());
                for k in position..end {
                    let start = (k + 1).saturating_sub(USUAL_ORDER_WINDOW);
                    let window = self.order_totals[start..=k].iter().map(|(_, total)| *total).collect();
                    self.rolling_median[k] = median(window).unwrap_or_default();
                }
                let record_id = o.record_id.trim();
                if !record_id.is_empty() {
                    insert_sorted(
                        self.customers_by_order.entry(record_id.to_owned()).or_default(),
                        (o.at, name_key(&o.customer_name)),
                    );
                }
                let by_name = self.orders_by_customer_name.entry(name_key(&o.customer_name)).or_default();
                let position = by_name.partition_point(|q| q.at <= o.at);
                by_name.insert(position, o.clone());
                self.names.add(&o.customer_name, o.at, NameRole::Customer);
                for domain in &o.mail_domains {
                    self.mail_domains.add(domain, o.at);
                }
                if let Some(id) = &o.customer_id {
                    let list = self.orders_by_customer_id.entry(id.clone()).or_default();
                    let position = list.partition_point(|q| q.at <= o.at);
                    list.insert(position, o);
                }
            }
            Event::Counterparty(c) => {
                if c.kind == CounterpartyKind::Vendor {
                    self.names.add(&c.name, c.at, NameRole::Payee);
                    // The vendor master's accounts count like paid ones when telling whether
                    // a vendor's account changed.
                    let account = account_key(&c.account_no);
                    insert_sorted(self.accounts_by_vendor.entry(c.id.clone()).or_default(), (c.at, account.clone()));
                    insert_sorted(self.accounts_by_name.entry(name_key(&c.name)).or_default(), (c.at, account));
                    if let Some(phone) = c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty()) {
                        for key in [vendor_phone_key(&c.id), name_phone_key(&c.name)] {
                            insert_sorted(self.vendor_phones.entry(key).or_default(), (c.at, phone.to_owned()));
                        }
                    }
                }
                self.counterparties_by_account.entry(account_key(&c.account_no)).or_default().push(c);
            }
        }
    }

    /// Executed payments to `account` before `t`, oldest first.
    pub fn payments_to(&self, account: &str, t: Timestamp) -> &[PaymentRecord] {
        let list = self.payments_by_account.get(account_key_cow(account).as_ref()).map_or(&[][..], Vec::as_slice);
        &list[..list.partition_point(|p| p.at < t)]
    }

    /// Accounts that `vendor_id` was paid to before `t`, with the time of each payment.
    pub fn vendor_accounts(&self, vendor_id: &str, t: Timestamp) -> &[(Timestamp, String)] {
        before(self.accounts_by_vendor.get(vendor_id), t)
    }

    /// Accounts that a payee with this [`name_key`] was paid to before `t`.
    pub fn name_accounts(&self, key: &str, t: Timestamp) -> &[(Timestamp, String)] {
        before(self.accounts_by_name.get(key), t)
    }

    /// When `invoice_no` was first paid, if before `t`.
    pub fn invoice_paid(&self, invoice_no: &str, t: Timestamp) -> Option<Timestamp> {
        self.invoices.get(invoice_no.trim()).copied().filter(|at| *at < t)
    }

    /// Times of payments requested by `requester` before `t`.
    pub fn requester_payments(&self, requester: &str, t: Timestamp) -> &[Timestamp] {
        let list = self.payments_by_requester.get(requester).map_or(&[][..], Vec::as_slice);
        &list[..list.partition_point(|at| *at < t)]
    }

    /// Orders of `customer_id` before `t`.
    pub fn customer_orders(&self, customer_id: &str, t: Timestamp) -> &[OrderRecord] {
        let list = self.orders_by_customer_id.get(customer_id).map_or(&[][..], Vec::as_slice);
        &list[..list.partition_point(|o| o.at < t)]
    }

    /// The name key of the customer of our order `record_id`, as last accepted before `t`.
    pub fn order_customer(&self, record_id: &str, t: Timestamp) -> Option<&str> {
        let list = self.customers_by_order.get(record_id.trim()).map_or(&[][..], Vec::as_slice);
        list[..list.partition_point(|(at, _)| *at < t)].last().map(|(_, key)| key.as_str())
    }

    /// Orders from a customer of this name before `t`.
    pub fn customer_name_orders(&self, name: &str, t: Timestamp) -> &[OrderRecord] {
        let list = self.orders_by_customer_name.get(&name_key(name)).map_or(&[][..], Vec::as_slice);
        &list[..list.partition_point(|o| o.at < t)]
    }

    /// Median of the last [`USUAL_ORDER_WINDOW`] order totals before `t`.
    pub fn usual_order_total(&self, t: Timestamp) -> Option<Decimal> {
        let end = self.order_totals.partition_point(|(at, _)| *at < t);
        end.checked_sub(1).and_then(|last| self.rolling_median.get(last)).copied()
    }

    /// The call-back phone on file for this payee before `t`: the vendor master's newest for
    /// its vendor id, else for its name; without one, the newest an executed payment to it gave
    /// (by vendor id, else by name).
    pub fn vendor_phone(&self, vendor_id: Option<&str>, name: &str, t: Timestamp) -> Option<&str> {
        newest_phone(&self.vendor_phones, vendor_id, name, t)
            .or_else(|| newest_phone(&self.paid_phones, vendor_id, name, t))
    }

    /// Allowlist entries for this payee account or customer name that are in force at `t`.
    pub fn allowlist(&self, kind: AllowKind, value: &str, t: Timestamp) -> impl Iterator<Item = &AllowEntry> {
        self.allowlist
            .get(&AllowEntry::key(kind, value))
            .into_iter()
            .flatten()
            .filter(move |e| e.at <= t && t < e.until)
    }

    /// Every master-data record of `account`, whatever its time.
    pub fn counterparty_records(&self, account: &str) -> Vec<CounterpartyRecord> {
        self.counterparties_by_account.get(account_key_cow(account).as_ref()).cloned().unwrap_or_default()
    }

    /// Master-data records of `account` valid before `t`.
    pub fn counterparties(&self, account: &str, t: Timestamp) -> impl Iterator<Item = &CounterpartyRecord> {
        self.counterparties_by_account
            .get(account_key_cow(account).as_ref())
            .into_iter()
            .flatten()
            .filter(move |c| c.at < t)
    }

    /// Whether `name` is one or two characters off a counterparty known before `t` in `role`,
    /// without being the same name.
    pub fn is_lookalike(&self, key: &str, t: Timestamp, role: NameRole) -> bool {
        self.names.lookalike(key, t, role)
    }

    /// Whether one of `domains` (organisation domains) is new before `t` and looks like one that
    /// is not (`jemis-trade.kz` for `jemistrade.kz`).
    pub fn has_lookalike_domain(&self, domains: &[String], t: Timestamp) -> bool {
        domains.iter().any(|domain| self.mail_domains.lookalike(domain, t))
    }

    /// Number of master-data and payment records, for progress and sizing.
    pub fn len(&self) -> usize {
        self.payments_by_account.values().map(Vec::len).sum::<usize>() + self.order_totals.len()
    }

    /// Whether nothing was recorded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Which side of the business a known name is on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameRole {
    /// Someone we pay.
    Payee,
    /// Someone who orders from us.
    Customer,
}

/// Known names with a one-deletion index (the symmetric-delete method): two names whose
/// one-character deletions meet are within two edits, so a look-up costs one hash probe per
/// character instead of a scan over every known name.
#[derive(Default, Debug)]
struct NameIndex {
    /// Name key → (first seen, role).
    known: HashMap<String, Vec<(Timestamp, NameRole)>>,
    /// Name key with one character deleted → name keys.
    deletions: HashMap<String, Vec<String>>,
    /// Name key without its legal-form words ([`without_legal_forms`], the key itself when it
    /// has none) → name keys.
    by_bare_name: HashMap<String, Vec<String>>,
}

/// How many recent orders make "the company's usual order".
pub const USUAL_ORDER_WINDOW: usize = 50;

/// Names shorter than this (after folding) are too short to call one character off a look-alike.
const MIN_LOOKALIKE_CHARS: usize = 4;

/// A known payee's name extended by this many characters (`销售`, `贸易`, `件销售`, `供应链`) reads
/// as the same firm; shorter known names (`新疆某某`) are too generic to extend.
const MIN_ADDED_CHARS: usize = 2;
const MAX_ADDED_CHARS: usize = 4;
const MIN_EXTENDED_CHARS: usize = 6;

impl NameIndex {
    fn add(&mut self, name: &str, at: Timestamp, role: NameRole) {
        let key = name_key(name);
        if key.chars().count() < MIN_LOOKALIKE_CHARS {
            return;
        }
        let entry = self.known.entry(key.clone()).or_default();
        if entry.iter().any(|(first, r)| *r == role && *first <= at) {
            return;
        }
        entry.push((at, role));
        if entry.len() > 1 {
            return;
        }
        // Filed under every one-character deletion (the closure never stops the walk).
        any_one_deletion(&key, |variant| {
            self.deletions.entry(variant.to_owned()).or_default().push(key.clone());
            false
        });
        let bare = without_legal_forms(&key).unwrap_or_else(|| key.clone());
        self.by_bare_name.entry(bare).or_default().push(key.clone());
        self.deletions.entry(key.clone()).or_default().push(key);
    }

    fn lookalike(&self, key: &str, t: Timestamp, role: NameRole) -> bool {
        let n_chars = key.chars().count();
        if n_chars < MIN_LOOKALIKE_CHARS || self.is_known(key, t, role) {
            return false;
        }
        // Two neighbouring characters swapped (`童乐玩教具` for `童乐教玩具`) counts as one edit,
        // as a reader's eye takes it: optimal string alignment, not plain Levenshtein.
        let max_distance = if n_chars >= 8 { 2 } else { 1 };
        let near = |probe: &str| {
            self.deletions.get(probe).is_some_and(|candidates| {
                candidates.iter().any(|candidate| {
                    candidate != key
                        && self.is_known(candidate, t, role)
                        && strsim::osa_distance(candidate, key) <= max_distance
                        && !differ_only_in_numbers(candidate, key)
                })
            })
        };
        // The key itself, then each of its one-character deletions.
        near(key)
            || any_one_deletion(key, near)
            || (role == NameRole::Payee && self.extends_known_payee(key, t))
            || self.same_bare_name(key, t, role)
    }

    /// A known name with its legal-form words dropped or added inside it
    /// (`…服务有限公司工会委员会` written `…服务公司工会`): too many edits for the one-off test, the
    /// same name to a reader.
    fn same_bare_name(&self, key: &str, t: Timestamp, role: NameRole) -> bool {
        // Most names carry no legal-form word inside: they are looked up as they are, without a copy.
        let bare = without_legal_forms(key);
        let bare = bare.as_deref().unwrap_or(key);
        self.by_bare_name.get(bare).is_some_and(|known| known.iter().any(|k| k != key && self.is_known(k, t, role)))
    }

    /// A known payee's name with a few characters added at the end (`北钢特种铸锻` →
    /// `北钢特种铸锻件销售`): a "sales company" named to pass for the supplier. Payees only: a known
    /// customer's branch ordering in its own name is ordinary business.
    fn extends_known_payee(&self, key: &str, t: Timestamp) -> bool {
        let n_chars = key.chars().count();
        // Where the last one to four characters start, nearest the end first: no list is built,
        // as this runs for every payment that is not one edit off a known name.
        key.char_indices().rev().take(MAX_ADDED_CHARS).enumerate().any(|(i, (at, _))| {
            let added = i + 1;
            added >= MIN_ADDED_CHARS
                && n_chars >= MIN_EXTENDED_CHARS + added
                && self.is_known(&key[..at], t, NameRole::Payee)
        })
    }

    fn is_known(&self, key: &str, t: Timestamp, role: NameRole) -> bool {
        self.known.get(key).is_some_and(|seen| seen.iter().any(|(at, r)| *r == role && *at < t))
    }
}

/// Characters that number sibling bodies: the eighth and the tenth regiment, the second and the
/// third middle school, branch one and branch two.
const NUMERALS: &str = "0123456789零〇一二三四五六七八九十百千两壹贰叁肆伍陆柒捌玖拾";

/// Whether two names differ only in their numbers (`第一师八团` and `第一师十团`, `第二中学` and
/// `第三中学`): numbered siblings are different bodies, each its own, not one passing for another.
fn differ_only_in_numbers(a: &str, b: &str) -> bool {
    let unnumbered = |name: &str| name.chars().filter(|c| !NUMERALS.contains(*c)).collect::<String>();
    a.contains(|c| NUMERALS.contains(c)) && unnumbered(a) == unnumbered(b)
}

/// Words of a legal form or a body's standing that a name may carry or drop anywhere, not only
/// at its end (the end's `有限公司` is already folded by [`name_key`]).
const LEGAL_FORM_WORDS: [&str; 4] = ["有限", "股份", "责任", "委员会"];

/// `key` without its legal-form words, when it has any.
fn without_legal_forms(key: &str) -> Option<String> {
    LEGAL_FORM_WORDS.iter().any(|w| key.contains(w)).then(|| {
        let mut bare = key.to_owned();
        for word in LEGAL_FORM_WORDS {
            bare = bare.replace(word, "");
        }
        bare
    })
}

/// Calls `f` with `key` less one character, for each character in turn, until `f` returns true.
/// One buffer serves every deletion: this runs for every request's names and mail domains, and a
/// string per deletion was a fifth of deriving the facts.
fn any_one_deletion(key: &str, mut f: impl FnMut(&str) -> bool) -> bool {
    let mut probe = String::with_capacity(key.len());
    key.char_indices().any(|(at, c)| {
        probe.clear();
        probe.push_str(&key[..at]);
        probe.push_str(&key[at + c.len_utf8()..]);
        f(&probe)
    })
}

fn insert_sorted<T: PartialOrd>(list: &mut Vec<T>, item: T) {
    let position = list.partition_point(|existing| *existing <= item);
    list.insert(position, item);
}

/// The newest phone in `phones` before `t`, by vendor id, else by name.
fn newest_phone<'h>(
    phones: &'h HashMap<String, Vec<(Timestamp, String)>>,
    vendor_id: Option<&str>,
    name: &str,
    t: Timestamp,
) -> Option<&'h str> {
    let newest = |key: String| before(phones.get(&key), t).last().map(|(_, phone)| phone.as_str());
    vendor_id.and_then(|id| newest(vendor_phone_key(id))).or_else(|| newest(name_phone_key(name)))
}

/// Keys of `History::vendor_phones` and `History::paid_phones`; the prefixes keep an id from
/// meeting a name.
fn vendor_phone_key(vendor_id: &str) -> String {
    format!("id:{}", vendor_id.trim())
}

fn name_phone_key(name: &str) -> String {
    format!("name:{}", name_key(name))
}

fn before<T>(list: Option<&Vec<(Timestamp, T)>>, t: Timestamp) -> &[(Timestamp, T)] {
    let list = list.map_or(&[][..], Vec::as_slice);
    &list[..list.partition_point(|(at, _)| *at < t)]
}

/// The median of `values`, or `None` when empty.
pub fn median(mut values: Vec<Decimal>) -> Option<Decimal> {
    if values.is_empty() {
        return None;
    }
    values.sort_unstable();
    let mid = values.len() / 2;
    Some(if values.len() % 2 == 1 { values[mid] } else { (values[mid - 1] + values[mid]) / Decimal::TWO })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(text: &str) -> Timestamp {
        text.parse().unwrap_or_default()
    }

    fn payment(at: &str, account: &str, name: &str) -> Event {
        Event::Payment(PaymentRecord {
            at: ts(at),
            account_no: account.into(),
            payee_name: name.into(),
            payee_key: name_key(name),
            vendor_id: Some("V1".into()),
            amount: Decimal::from(100),
            invoice_no: Some("INV-1".into()),
            requested_by: Some("E1".into()),
            payee_phone: None,
            mail_domains: Vec::new(),
        })
    }

    #[test]
    fn the_phone_on_file_is_the_vendor_masters_else_the_one_a_paid_request_gave() {
        let mut history = History::new();
        let paid = |at: &str, phone: &str| {
            let mut event = payment(at, "6217 0000 1111", "天山物流有限公司");
            if let Event::Payment(p) = &mut event {
                p.payee_phone = Some(phone.into());
            }
            event
        };
        history.record(paid("2026-05-02T10:00:00+08:00", "0994-1111111"));
        history.record(paid("2026-06-02T10:00:00+08:00", "0994-2222222"));
        let before_any = ts("2026-05-01T10:00:00+08:00");
        let later = ts("2026-07-01T10:00:00+08:00");
        assert_eq!(history.vendor_phone(Some("V1"), "天山物流有限公司", before_any), None);
        assert_eq!(history.vendor_phone(Some("V1"), "天山物流有限公司", later), Some("0994-2222222"));
        assert_eq!(history.vendor_phone(None, "天山物流 有限公司", later), Some("0994-2222222"), "by name");
        history.record(Event::Counterparty(CounterpartyRecord {
            at: ts("2026-04-01T10:00:00+08:00"),
            kind: CounterpartyKind::Vendor,
            id: "V1".into(),
            name: "天山物流有限公司".into(),
            account_no: "6217 0000 1111".into(),
            account_changed_at: None,
            bank: None,
            phone: Some("0994-9999999".into()),
        }));
        assert_eq!(
            history.vendor_phone(Some("V1"), "天山物流有限公司", later),
            Some("0994-9999999"),
            "the master first"
        );
    }

    #[test]
    fn queries_see_only_events_before_t() {
        let mut history = History::new();
        history.record(payment("2026-05-02T10:00:00+08:00", "6217 0000 1111", "天山物流有限公司"));
        history.record(payment("2026-05-01T10:00:00+08:00", "62170000-1111", "天山物流有限公司"));
        assert_eq!(history.payments_to("621700001111", ts("2026-05-01T09:00:00+08:00")).len(), 0);
        assert_eq!(history.payments_to("621700001111", ts("2026-05-01T12:00:00+08:00")).len(), 1);
        assert_eq!(history.payments_to("621700001111", ts("2026-06-01T00:00:00+08:00")).len(), 2);
        assert!(history.invoice_paid("INV-1", ts("2026-05-01T09:00:00+08:00")).is_none());
        assert!(history.invoice_paid("INV-1", ts("2026-05-03T09:00:00+08:00")).is_some());
    }

    #[test]
    fn one_character_off_is_a_lookalike_and_the_same_name_is_not() {
        let mut history = History::new();
        history.record(payment("2026-05-01T10:00:00+08:00", "1", "嘉峪关宏兴铁合金有限公司"));
        let later = ts("2026-06-01T00:00:00+08:00");
        let is = |name: &str, role| history.is_lookalike(&name_key(name), later, role);
        assert!(is("嘉峪关宏鑫铁合金有限公司", NameRole::Payee));
        // One character more, or one fewer.
        assert!(is("嘉峪关宏兴兴铁合金有限公司", NameRole::Payee));
        assert!(is("嘉峪关宏铁合金有限公司", NameRole::Payee));
        assert!(!is("嘉峪关红鑫铁合全有限公司", NameRole::Payee));
        assert!(!is("嘉峪关宏兴铁合金有限责任公司", NameRole::Payee));
        assert!(!is("乌鲁木齐天成化工有限公司", NameRole::Payee));
        assert!(!is("嘉峪关宏鑫铁合金有限公司", NameRole::Customer));
    }

    #[test]
    fn numbered_siblings_are_not_lookalikes_of_each_other() {
        let mut history = History::new();
        history.record(payment("2026-05-01T10:00:00+08:00", "1", "第一师阿拉尔市十团农业发展服务中心"));
        history.record(payment("2026-05-01T10:00:00+08:00", "2", "疏附县第二中学"));
        let later = ts("2026-06-01T00:00:00+08:00");
        let is = |name: &str| history.is_lookalike(&name_key(name), later, NameRole::Payee);
        assert!(!is("第一师阿拉尔市八团农业发展服务中心"));
        assert!(!is("疏附县第三中学"));
        // A changed character that is not a number still is one.
        assert!(is("第一师阿拉尔市十团农业发屐服务中心"));
    }

    #[test]
    fn two_neighbouring_characters_swapped_is_a_lookalike_even_in_a_short_name() {
        let mut history = History::new();
        history.record(payment("2026-05-01T10:00:00+08:00", "1", "昌吉天润农资有限公司"));
        let later = ts("2026-06-01T00:00:00+08:00");
        let is = |name: &str| history.is_lookalike(&name_key(name), later, NameRole::Payee);
        assert!(is("昌吉润天农资有限公司"));
        assert!(is("昌吉天润资农有限公司"));
        // Two characters changed in a short name is another company, swapped or not.
        assert!(!is("昌吉润田农资有限公司"));
        assert!(!is("昌吉天润资农商贸有限公司"));
    }

    #[test]
    fn a_known_payees_name_with_a_trade_word_added_is_a_lookalike_but_not_for_customers() {
        let mut history = History::new();
        history.record(payment("2026-05-01T10:00:00+08:00", "1", "齐齐哈尔北钢特种铸锻有限公司"));
        history.record(payment("2026-05-01T10:00:00+08:00", "2", "新疆天成有限公司"));
        let later = ts("2026-06-01T00:00:00+08:00");
        let is = |name: &str, role| history.is_lookalike(&name_key(name), later, role);
        assert!(is("齐齐哈尔北钢特种铸锻件销售有限公司", NameRole::Payee));
        assert!(is("齐齐哈尔北钢特种铸锻贸易有限公司", NameRole::Payee));
        // Five characters more is another firm; a short known name is too generic to extend.
        assert!(!is("齐齐哈尔北钢特种铸锻件销售服务有限公司", NameRole::Payee));
        assert!(!is("新疆天成化工贸易有限公司", NameRole::Payee));
        assert!(!is("齐齐哈尔北钢特种铸锻件销售有限公司", NameRole::Customer));
    }

    #[test]
    fn a_known_name_with_its_legal_form_words_dropped_inside_is_a_lookalike() {
        let mut history = History::new();
        history.record(payment("2026-05-01T10:00:00+08:00", "1", "克拉玛依某某石油技术服务有限公司工会委员会"));
        history.record(payment("2026-05-01T10:00:00+08:00", "2", "昌吉某某化工股份有限公司"));
        let later = ts("2026-06-01T00:00:00+08:00");
        let is = |name: &str| history.is_lookalike(&name_key(name), later, NameRole::Payee);
        assert!(is("克拉玛依某某石油技术服务公司工会"));
        assert!(is("昌吉某某化工股份责任公司"));
        // The known names themselves are not look-alikes (a legal form at the end is folded
        // already: `…化工有限公司` is the same name), nor is another firm.
        assert!(!is("克拉玛依某某石油技术服务有限公司工会委员会"));
        assert!(!is("昌吉某某化工有限公司"));
        assert!(!is("昌吉另一化工有限公司"));
    }

    #[test]
    fn an_order_s_customer_is_found_by_its_record_id_as_of_a_time() {
        let mut history = History::new();
        let order = |at: &str, customer: &str| {
            Event::Order(OrderRecord {
                at: ts(at),
                record_id: " SO-7 ".into(),
                customer_id: None,
                customer_name: customer.into(),
                total: Decimal::from(100),
                phone: None,
                email: None,
                im_id: None,
                mail_domains: Vec::new(),
                terms_key: None,
            })
        };
        history.record(order("2026-07-01T10:00:00+08:00", "甲有限公司"));
        history.record(order("2026-07-09T10:00:00+08:00", "乙 有限公司"));
        assert_eq!(history.order_customer("SO-7", ts("2026-06-30T10:00:00+08:00")), None);
        assert_eq!(
            history.order_customer("SO-7", ts("2026-07-05T10:00:00+08:00")),
            Some(name_key("甲有限公司").as_str())
        );
        assert_eq!(
            history.order_customer("SO-7", ts("2026-07-10T10:00:00+08:00")),
            Some(name_key("乙有限公司").as_str())
        );
        assert_eq!(history.order_customer("SO-8", ts("2026-07-10T10:00:00+08:00")), None);
    }

    #[test]
    fn usual_order_total_is_the_median_of_the_recent_window_whatever_the_insert_order() {
        let mut history = History::new();
        let day = |d: u32| ts(&format!("2026-0{}-{:02}T10:00:00+08:00", 1 + d / 28, 1 + d % 28));
        // 120 orders inserted in a scrambled order.
        for i in 0..120u32 {
            let d = (i * 37) % 120;
            history.record(Event::Order(OrderRecord {
                at: day(d),
                record_id: format!("SO-{d}"),
                customer_id: None,
                customer_name: format!("客户{d}有限公司"),
                total: Decimal::from(1000 + d),
                phone: None,
                email: None,
                im_id: None,
                mail_domains: Vec::new(),
                terms_key: None,
            }));
        }
        // As of day 100 the last 50 orders are days 50..=99, totals 1050..=1099: median 1074.5.
        assert_eq!(history.usual_order_total(day(100)), Some(Decimal::new(10745, 1)));
        assert_eq!(history.usual_order_total(day(0)), None);
        assert_eq!(history.usual_order_total(day(2)), Some(Decimal::new(10005, 1)));
    }

    #[test]
    fn median_of_even_and_odd_lists() {
        assert_eq!(median(vec![Decimal::from(3), Decimal::from(1), Decimal::from(2)]), Some(Decimal::from(2)));
        assert_eq!(median(vec![Decimal::from(1), Decimal::from(2)]), Some(Decimal::new(15, 1)));
        assert_eq!(median(vec![]), None);
    }

    #[test]
    fn payment_terms_compare_without_their_bracketed_remarks() {
        assert_eq!(
            terms_key("团款月结（合同HZ-XS-2026-003，授信额度30万元）"),
            terms_key("团款月结（合同HZ-XS-2026-003）")
        );
        assert_eq!(terms_key(" 月结 30 天 "), terms_key("月结30天"));
        assert_ne!(terms_key("月结60天"), terms_key("月结30天"));
        assert_ne!(terms_key("款到发货"), terms_key("货到付款"));
        assert_eq!(terms_key("（见合同）"), "");
    }
}
