//! Derived features: one typed value per schema field, computed once per request from the
//! request, the counterparty history as of the request's time, and the company settings.

use std::borrow::Cow;

use jiff::Timestamp;
use rust_decimal::Decimal;

use super::history::{
    History, NameRole, account_key_cow, median, name_key, order_mail_domains, payment_mail_domains, terms_key,
};
use super::schema::{F, N_FIELDS};
use super::settings::CompanySettings;
use crate::domain::callback::{callback_noted_on_slip, callback_trusted};
use crate::domain::contract_party::payee_is_not_the_named_party;
use crate::domain::entity::{
    credit_code_is_valid, is_free_mail, is_mobile_number, looks_like_person_name, without_account_label,
};
use crate::domain::founding::{MonthIndex, latest_founding_month};
use crate::domain::named_person::{PersonsNamed, distinct_persons};
use crate::domain::refund_party::payee_is_not_the_refund_party;
use crate::domain::request::{OrderRequest, PaymentRequest, Request};
use crate::domain::stated_account::payee_is_not_the_stated_account;

/// A field's value for one request. `Missing` makes every test on the field unknown.
#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    /// Absent or null.
    Missing,
    /// true / false.
    Bool(bool),
    /// A decimal.
    Number(Decimal),
    /// Seconds.
    Duration(i64),
    /// Minutes after midnight.
    Time(u32),
    /// Text; for joined fields, segments are separated by [`JOIN_SEPARATOR`].
    Text(Cow<'a, str>),
}

/// Separates the parts of a joined text field (order lines, fees). A sentence boundary for
/// the normaliser, so no keyword spans two parts.
pub const JOIN_SEPARATOR: char = '\n';

/// Every field's value for one request.
#[derive(Clone, Debug)]
pub struct Facts<'a> {
    /// One value per field, in [`F`] order; on the stack, so deriving allocates nothing here.
    values: [Value<'a>; N_FIELDS],
}

impl<'a> Facts<'a> {
    /// The value of `field`.
    pub fn get(&self, field: F) -> &Value<'a> {
        &self.values[field as usize]
    }

    /// Marks the request's payee or customer as allowlisted (the second pass of screening).
    pub(crate) fn set_allowlisted(&mut self, kind: crate::domain::Kind) {
        let field = match kind {
            crate::domain::Kind::Payment => F::PayeeAllowlisted,
            crate::domain::Kind::Order => F::CustomerAllowlisted,
        };
        self.set(field, Value::Bool(true));
    }

    fn set(&mut self, field: F, value: Value<'a>) {
        self.values[field as usize] = value;
    }

    fn text(&mut self, field: F, value: Option<&'a str>) {
        if let Some(text) = value {
            self.set(field, Value::Text(Cow::Borrowed(text)));
        }
    }

    fn number(&mut self, field: F, value: Option<Decimal>) {
        if let Some(n) = value {
            self.set(field, Value::Number(n));
        }
    }

    fn flag(&mut self, field: F, value: Option<bool>) {
        if let Some(b) = value {
            self.set(field, Value::Bool(b));
        }
    }

    /// Computes every field for `request`.
    pub fn derive(request: &'a Request, history: &History, company: &CompanySettings) -> Facts<'a> {
        let mut facts = Facts { values: std::array::from_fn(|_| Value::Missing) };
        let local = company.local(request.at());
        facts.set(F::LocalHour, Value::Number(Decimal::from(local.hour)));
        facts.set(F::LocalTime, Value::Time(local.minutes));
        facts.set(F::LocalWeekday, Value::Number(Decimal::from(local.weekday)));
        facts.set(F::LocalIsWeekend, Value::Bool(local.is_weekend));
        facts.set(F::LocalIsHoliday, Value::Bool(local.is_holiday));
        facts.set(F::LocalIsWorkday, Value::Bool(local.is_workday));
        facts.set(F::LocalIsBusinessHours, Value::Bool(local.is_business_hours));
        match request {
            Request::Payment(p) => facts.payment(p, history, company),
            Request::Order(o) => facts.order(o, history, company),
        }
        facts.founding(request, local.month_index);
        facts
    }

    /// How long ago the company the texts speak of was founded, when they give the month.
    fn founding(&mut self, request: &Request, now: MonthIndex) {
        let texts = match request {
            Request::Payment(p) => said_in(p),
            Request::Order(o) => [o.notes.as_deref(), o.payment_terms.as_deref(), None],
        };
        // A founding "in the future" is a typo or a contract date misread: ignored.
        let latest = texts.iter().flatten().filter_map(|t| latest_founding_month(t)).filter(|m| *m <= now).max();
        if let Some(month) = latest {
            self.set(F::FoundedMonthsAgo, Value::Number(Decimal::from(now - month)));
        }
    }

    fn payment(&mut self, p: &'a PaymentRequest, history: &History, company: &CompanySettings) {
        let t = p.submitted_at;
        self.text(F::RequestId, Some(&p.request_id));
        if let Some(payer) = &p.payer {
            self.text(F::PayerAccountNo, payer.account_no.as_deref());
            self.text(F::PayerAccountName, payer.account_name.as_deref());
        }
        self.text(F::PayeeName, Some(&p.payee.name));
        self.text(F::PayeeAccountNo, Some(&p.payee.account_no));
        self.text(F::PayeeBank, p.payee.bank.as_deref());
        self.text(F::PayeeAccountType, p.payee.account_type.map(|a| a.as_str()));
        self.text(F::PayeeVendorId, p.payee.vendor_id.as_deref());
        self.text(F::PayeePhone, p.payee.phone.as_deref());
        let amount = p.amount.decimal();
        self.set(F::Amount, Value::Number(amount));
        self.text(F::Currency, Some(p.currency.as_deref().unwrap_or("CNY")));
        self.text(F::Purpose, p.purpose.as_deref());
        self.text(F::Memo, p.memo.as_deref());
        if let Some(instruction) = &p.instruction {
            self.text(F::InstructionChannel, instruction.channel.map(|c| c.as_str()));
            self.text(F::InstructionFromName, instruction.from_name.as_deref());
            self.text(F::InstructionFromContact, instruction.from_contact.as_deref());
            self.text(F::InstructionText, instruction.text.as_deref());
            self.flag(F::InstructionUrgent, instruction.urgent);
            if let Some(contact) = instruction.from_contact.as_deref().filter(|c| c.contains('@')) {
                self.set(F::FromFreeMail, Value::Bool(is_free_mail(contact)));
            }
        }
        self.set(F::LookalikeDomain, Value::Bool(history.has_lookalike_domain(&payment_mail_domains(p), t)));
        self.text(F::RequestedBy, p.requested_by.as_deref());
        self.number(F::Approvals, p.approved_by.as_ref().map(|a| Decimal::from(a.len())));
        if let Some(related) = &p.related {
            self.text(F::RelatedOrderId, related.order_id.as_deref());
            self.text(F::RelatedContractId, related.contract_id.as_deref());
            self.text(F::RelatedInvoiceNo, related.invoice_no.as_deref());
            if let Some(invoice) = related.invoice_no.as_deref().filter(|i| !i.trim().is_empty()) {
                self.set(F::InvoicePaidBefore, Value::Bool(history.invoice_paid(invoice, t).is_some()));
            }
        }
        if let Some(verification) = &p.verification {
            self.flag(F::CallbackDone, verification.callback_done);
            self.text(F::CallbackNumber, verification.callback_number.as_deref());
        }
        // The phone in our records is looked up only for a payment that records or notes a call-back.
        let phone_in_records = || history.vendor_phone(p.payee.vendor_id.as_deref(), &p.payee.name, t);
        let noted = callback_noted_on_slip(p, phone_in_records);
        if noted || p.verification.is_some() {
            self.set(F::CallbackTrusted, Value::Bool(noted || callback_trusted(p, phone_in_records())));
        }

        // History of this account.
        let account = account_key_cow(&p.payee.account_no);
        let account = account.as_ref();
        let payee_key = name_key(&p.payee.name);
        let prior = history.payments_to(account, t);
        self.set(F::PayeeIsNew, Value::Bool(prior.is_empty()));
        self.set(F::PayeePaymentCount, Value::Number(Decimal::from(prior.len())));
        if let Some(first) = prior.first() {
            self.set(F::PayeeFirstPaidAge, Value::Duration(seconds_between(first.at, t)));
            let on_file = prior.iter().any(|r| r.payee_key == payee_key);
            self.set(F::PayeeNameMismatch, Value::Bool(!on_file));
            let typical = median(prior.iter().map(|r| r.amount).collect());
            if let Some(typical) = typical.filter(|m| !m.is_zero()) {
                self.set(F::PayeeAmountRatio, Value::Number((amount / typical).round_dp(4)));
            }
        }
        let within = |window_secs: i64| prior.iter().filter(move |r| seconds_between(r.at, t) <= window_secs);
        self.set(F::PayeePayments24h, Value::Number(Decimal::from(within(24 * 3600).count())));
        self.set(F::PayeePayments72h, Value::Number(Decimal::from(within(72 * 3600).count())));
        let sum_72h: Decimal = within(72 * 3600).map(|r| r.amount).sum::<Decimal>() + amount;
        self.set(F::PayeeSum72h, Value::Number(sum_72h));
        // Several payments to one account inside the window, each below a limit, that together
        // reach it.
        let recent = || within(company.split_window_secs).map(|r| r.amount);
        let recent_sum: Decimal = recent().sum();
        let split = recent().next().is_some()
            && company
                .approval_limits
                .iter()
                .any(|limit| amount < *limit && recent().all(|a| a < *limit) && recent_sum + amount >= *limit);
        self.set(F::SplitPayment, Value::Bool(split));
        self.set(F::JustBelowLimit, Value::Bool(company.just_below_limit(amount)));
        if let Some(requester) = &p.requested_by {
            let times = history.requester_payments(requester, t);
            let count = |secs: i64| Decimal::from(times.iter().filter(|at| seconds_between(**at, t) <= secs).count());
            self.set(F::RequesterPayments24h, Value::Number(count(24 * 3600)));
            self.set(F::RequesterPayments72h, Value::Number(count(72 * 3600)));
        }

        // Account changes: the vendor master's date, or the history's own evidence.
        let vendor_accounts = p.payee.vendor_id.as_deref().map_or(&[][..], |v| history.vendor_accounts(v, t));
        let name_accounts = history.name_accounts(&payee_key, t);
        let differs = vendor_accounts.iter().chain(name_accounts).any(|(_, a)| *a != account);
        self.set(F::PayeeAccountDiffers, Value::Bool(differs));
        // A new account under the very name the vendor's old one had: a driver or herder who
        // changed cards, not a company's money moved to someone else's account.
        let same_holder =
            vendor_accounts.iter().any(|(_, a)| *a != account && name_accounts.iter().any(|(_, b)| b == a));
        self.set(F::PayeeSameHolder, Value::Bool(same_holder));
        let mut employees: Vec<&str> = Vec::new();
        let mut master_change: Option<Timestamp> = None;
        for record in history.counterparties(account, t) {
            match record.kind {
                super::history::CounterpartyKind::Employee => {
                    if !employees.contains(&record.id.as_str()) {
                        employees.push(&record.id);
                    }
                }
                super::history::CounterpartyKind::Vendor => {
                    master_change = master_change.max(record.account_changed_at);
                }
            }
        }
        self.set(F::PayeeEmployeeCount, Value::Number(Decimal::from(employees.len())));
        let changed_at =
            p.payee_account_changed_at.or(master_change).or_else(|| differs.then(|| prior.first().map_or(t, |r| r.at)));
        if let Some(changed_at) = changed_at {
            self.set(F::PayeeAccountChangedAge, Value::Duration(seconds_between(changed_at, t).max(0)));
        }
        self.set(F::PayeeLookalike, Value::Bool(history.is_lookalike(&payee_key, t, NameRole::Payee)));
        // True only after the rules have run: see `RuleSet::screen`.
        self.set(F::PayeeAllowlisted, Value::Bool(false));
        let person = looks_like_person_name(&p.payee.name);
        self.set(F::PayeeIsPersonName, Value::Bool(person));
        // Whom the memo names is read for every payee (wages keyed to a shop's account name an
        // employee too); the head count of names only for a payee who could be an employee.
        let readings = [p.memo.as_deref(), p.purpose.as_deref()].map(|text| text.map(PersonsNamed::read));
        if readings.iter().any(Option::is_some) {
            let could_be_employee = person || p.payee.account_type.is_some_and(|a| a.as_str() == "personal");
            let names_other = readings.iter().flatten().any(|r| r.someone_other_than(&p.payee.name));
            self.set(F::MemoNamesOtherPerson, Value::Bool(names_other));
            if could_be_employee {
                self.set(
                    F::MemoPersonsNamed,
                    Value::Number(Decimal::from(distinct_persons(readings.iter().flatten()))),
                );
            }
        }
        // A payment on one of our orders (a refund, usually) belongs to that order's customer.
        if let Some(customer) =
            p.related.as_ref().and_then(|r| r.order_id.as_deref()).and_then(|id| history.order_customer(id, t))
        {
            self.set(F::PayeeNotOrderCustomer, Value::Bool(customer != payee_key));
        }
        // What the request itself says about where the money should go.
        let said = said_in(p);
        if let Some(elsewhere) = payee_is_not_the_stated_account(said.into_iter().flatten(), &p.payee.account_no) {
            self.set(F::PayeeNotStatedAccount, Value::Bool(elsewhere));
        }
        if let Some(elsewhere) = payee_is_not_the_refund_party(said.into_iter().flatten(), &p.payee.name) {
            self.set(F::PayeeNotRefundParty, Value::Bool(elsewhere));
        }
        let not_named = said.iter().flatten().any(|text| payee_is_not_the_named_party(text, &p.payee.name));
        self.set(F::PayeeNotNamedParty, Value::Bool(not_named));
        if let Some(payer_name) = p.payer.as_ref().and_then(|payer| payer.account_name.as_deref()) {
            let payer_key = name_key(payer_name);
            // Banks name a company's other accounts after it with the account's use in brackets:
            // `某某有限公司（承兑保证金户）` is still the company's own.
            // Folded again only when a label was there to drop: this runs for every payment.
            let unlabelled = without_account_label(&p.payee.name);
            let own =
                payer_key == payee_key || (unlabelled.len() != p.payee.name.len() && name_key(unlabelled) == payer_key);
            self.set(F::PayeeIsOwnAccount, Value::Bool(own));
        }
    }

    fn order(&mut self, o: &'a OrderRequest, history: &History, company: &CompanySettings) {
        let t = o.received_at;
        self.text(F::RecordId, Some(&o.record_id));
        let c = &o.customer;
        self.text(F::CustomerName, Some(&c.name));
        self.text(F::CustomerCreditCode, c.credit_code.as_deref());
        self.text(F::CustomerContactName, c.contact_name.as_deref());
        self.text(F::CustomerPhone, c.phone.as_deref());
        self.text(F::CustomerEmail, c.email.as_deref());
        self.text(F::CustomerImId, c.im_id.as_deref());
        self.text(F::CustomerId, c.customer_id.as_deref());
        self.set(F::TotalAmount, Value::Number(o.total_amount.decimal()));
        self.text(F::Currency, Some(o.currency.as_deref().unwrap_or("CNY")));
        self.text(F::OrderChannel, o.channel.map(|ch| ch.as_str()));
        if let Some(delivery) = &o.delivery {
            self.text(F::DeliveryAddress, delivery.address.as_deref());
            if let Some(deadline) = delivery.deadline {
                let received = t.to_zoned_datetime(company.time_zone.clone()).date();
                let days = received.until(deadline).map_or(0, |span| span.get_days() as i64);
                self.set(F::DeliveryLeadTime, Value::Duration(days * 86_400));
            }
        }
        self.text(F::PaymentTerms, o.payment_terms.as_deref());
        if let Some(third) = &o.third_party {
            self.text(F::ThirdPartyName, third.name.as_deref());
            self.text(F::ThirdPartyContact, third.contact.as_deref());
            self.text(F::ThirdPartyRole, third.role.as_deref());
            self.number(F::ThirdPartyAmount, third.amount.map(|m| m.decimal()));
            if let Some(name) = third.name.as_deref().filter(|n| !n.trim().is_empty()) {
                let paid_before = !history.name_accounts(&name_key(name), t).is_empty();
                self.set(F::ThirdPartyKnownPayee, Value::Bool(paid_before));
            }
        }
        self.set(F::FeesCount, Value::Number(Decimal::from(o.fees_requested.len())));
        let fees_total: Decimal = o.fees_requested.iter().filter_map(|f| f.amount).map(|m| m.decimal()).sum();
        self.set(F::FeesTotal, Value::Number(fees_total));
        self.joined(F::FeesReason, o.fees_requested.iter().filter_map(|f| f.reason.as_deref()));
        self.set(F::ItemsCount, Value::Number(Decimal::from(o.items.len())));
        self.joined(F::ItemsProduct, o.items.iter().map(|i| i.product.as_str()));
        self.text(F::Notes, o.notes.as_deref());

        let by_id = c.customer_id.as_deref().map(|id| history.customer_orders(id, t));
        let by_name = history.customer_name_orders(&c.name, t);
        let order_count = by_id.map_or(0, <[_]>::len).max(by_name.len());
        self.set(F::CustomerOrderCount, Value::Number(Decimal::from(order_count)));
        // A customer id is master data: the customer is established even when this history
        // holds none of its orders.
        self.set(F::CustomerIsNew, Value::Bool(c.customer_id.is_none() && by_name.is_empty()));
        // Someone ordering under a known customer's name without its customer id.
        self.set(F::CustomerKnownByNameOnly, Value::Bool(c.customer_id.is_none() && !by_name.is_empty()));
        if let Some(code) = c.credit_code.as_deref().filter(|s| !s.trim().is_empty()) {
            self.set(F::CreditCodeValid, Value::Bool(credit_code_is_valid(code)));
        }
        self.set(F::CustomerLookalike, Value::Bool(history.is_lookalike(&name_key(&c.name), t, NameRole::Customer)));
        self.set(F::LookalikeDomain, Value::Bool(history.has_lookalike_domain(&order_mail_domains(o), t)));
        // True only after the rules have run: see `RuleSet::screen`.
        self.set(F::CustomerAllowlisted, Value::Bool(false));
        // Contacts are compared with the customer's earlier orders, found by id or else by name.
        let own = by_id.filter(|orders| !orders.is_empty()).unwrap_or(by_name);
        if let Some(largest) = own.iter().map(|o| o.total).max().filter(|m| !m.is_zero()) {
            self.set(F::CustomerSizeVsOwn, Value::Number((o.total_amount.decimal() / largest).round_dp(4)));
        }
        let earlier = by_id.filter(|orders| !orders.is_empty()).or((!by_name.is_empty()).then_some(by_name));
        if let Some(earlier) = earlier {
            let differs = |now: Option<&str>, before: fn(&super::history::OrderRecord) -> Option<&str>| {
                now.is_some_and(|n| {
                    earlier.iter().filter_map(before).all(|b| b != n) && earlier.iter().any(|o| before(o).is_some())
                })
            };
            let contact_differs = differs(c.phone.as_deref(), |o| o.phone.as_deref())
                || differs(c.email.as_deref(), |o| o.email.as_deref())
                || differs(c.im_id.as_deref(), |o| o.im_id.as_deref());
            self.set(F::CustomerContactDiffers, Value::Bool(contact_differs));
            // Without terms of its own the order cannot repeat earlier ones: false, not unknown.
            let key = o.payment_terms.as_deref().map(terms_key).filter(|k| !k.is_empty());
            let as_before = key.is_some_and(|key| earlier.iter().any(|e| e.terms_key.as_deref() == Some(key.as_str())));
            self.set(F::CustomerTermsAsBefore, Value::Bool(as_before));
        }
        if let Some(phone) = c.phone.as_deref().filter(|p| !p.trim().is_empty()) {
            self.set(F::CustomerHasLandline, Value::Bool(!is_mobile_number(phone)));
        }
        if let Some(email) = c.email.as_deref().filter(|e| e.contains('@')) {
            self.set(F::CustomerFreeMail, Value::Bool(is_free_mail(email)));
        }
        if let Some(usual) = history.usual_order_total(t).filter(|u| !u.is_zero()) {
            self.set(F::OrderSizeRatio, Value::Number((o.total_amount.decimal() / usual).round_dp(4)));
        }
    }

    fn joined<I: Iterator<Item = &'a str>>(&mut self, field: F, parts: I) {
        let parts: Vec<&str> = parts.collect();
        match parts.as_slice() {
            [] => {}
            [one] => self.set(field, Value::Text(Cow::Borrowed(one))),
            many => self.set(field, Value::Text(Cow::Owned(many.join(&JOIN_SEPARATOR.to_string())))),
        }
    }
}

/// What a payment request says in words: the instruction, the memo and the purpose.
fn said_in(p: &PaymentRequest) -> [Option<&str>; 3] {
    [p.instruction.as_ref().and_then(|i| i.text.as_deref()), p.memo.as_deref(), p.purpose.as_deref()]
}

fn seconds_between(earlier: Timestamp, later: Timestamp) -> i64 {
    later.duration_since(earlier).as_secs()
}
