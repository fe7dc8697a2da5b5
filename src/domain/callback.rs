//! Whether a call-back to the payee counts as verification.
//!
//! A call-back proves an account change only if it reached the payee through a number from our
//! own records, never one the instruction or change letter supplied (TYPOLOGIES, account change).

use super::entity::is_mobile_number;
use super::request::{Channel, PaymentRequest};

/// With a phone on file for the payee (the imported vendor master's first, else the request's),
/// the call must have gone to that number. Without one, it must have gone to a landline (an
/// organisation's number, published and checkable; a mobile no record of ours holds proves
/// nothing about who answered) that the instruction or change letter did not itself supply.
pub fn callback_trusted(p: &PaymentRequest, vendor_master_phone: Option<&str>) -> bool {
    let Some(verification) = &p.verification else { return false };
    let number = verification.callback_number.as_deref().map(phone_digits).unwrap_or_default();
    if verification.callback_done != Some(true) || number.len() < 5 {
        return false;
    }
    match vendor_master_phone.or(p.payee.phone.as_deref()).map(phone_digits).filter(|d| !d.is_empty()) {
        Some(on_file) => on_file == number,
        None => {
            let instruction = p.instruction.as_ref();
            let text = instruction.and_then(|i| i.text.as_deref()).map(phone_digits).unwrap_or_default();
            let contact = instruction.and_then(|i| i.from_contact.as_deref()).map(phone_digits).unwrap_or_default();
            !is_mobile_number(&number) && !text.contains(&number) && contact != number
        }
    }
}

/// Some workflows record the call-back only in the approved slip's own words
/// (`回拨0909-0000231确认`, `按档案座机0992-0000999回拨`) and send no `verification`. That counts
/// as a trusted call-back only when our side wrote it (the ERP, with an approver) and the number
/// it names is the payee's phone in our records: the vendor master or earlier paid requests,
/// never the request's own `payee.phone`, which a forged change letter may have filled in.
pub fn callback_noted_on_slip<'h>(p: &PaymentRequest, phone_in_records: impl FnOnce() -> Option<&'h str>) -> bool {
    let Some(instruction) = p.instruction.as_ref().filter(|i| i.channel == Some(Channel::Erp)) else { return false };
    let Some(text) = instruction.text.as_deref().filter(|t| t.contains("回拨") || t.contains("回电")) else {
        return false;
    };
    if p.approved_by.as_ref().is_none_or(|a| a.is_empty()) {
        return false;
    }
    let Some(on_file) = phone_in_records().map(phone_digits).filter(|d| d.len() >= 7) else { return false };
    phone_numbers_in(text).any(|number| number == on_file)
}

/// The digits of a phone number as written (`0909-0000231` → `09090000231`).
fn phone_digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// Every run of digits in `text`, joined across the single hyphens or spaces a phone number is
/// written with, as digits only.
fn phone_numbers_in(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut chars = text.chars().peekable();
    std::iter::from_fn(move || {
        while chars.peek().is_some_and(|c| !c.is_ascii_digit()) {
            chars.next();
        }
        let mut number = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_ascii_digit() {
                number.push(c);
                chars.next();
            } else if (c == '-' || c == ' ') && !number.is_empty() {
                chars.next();
                if !chars.peek().is_some_and(char::is_ascii_digit) {
                    break;
                }
            } else {
                break;
            }
        }
        (!number.is_empty()).then_some(number)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn payment(json: serde_json::Value) -> PaymentRequest {
        let mut body = serde_json::json!({
            "request_id": "R1", "submitted_at": "2026-10-19T16:15:00+08:00",
            "payee": { "name": "某某油品销售有限公司", "account_no": "3046000000000880374", "phone": "0909-0000231" },
            "amount": "60000.00", "currency": "CNY", "approved_by": ["E1"],
        });
        for (key, value) in json.as_object().unwrap() {
            body[key] = value.clone();
        }
        serde_json::from_value(body).unwrap()
    }

    fn slip(text: &str) -> serde_json::Value {
        serde_json::json!({ "instruction": { "channel": "erp", "text": text } })
    }

    #[test]
    fn phone_numbers_are_read_across_their_hyphens_and_spaces() {
        let numbers: Vec<String> =
            phone_numbers_in("回拨0909-0000231确认，合同BY-CG-2026-002，手机 138 0000 5521").collect();
        assert_eq!(numbers, ["09090000231", "2026002", "13800005521"]);
        assert_eq!(phone_numbers_in("金额 1-").collect::<Vec<_>>(), ["1"]);
    }

    #[test]
    fn a_call_back_noted_on_our_approved_slip_counts_only_to_the_number_in_our_records() {
        let records = Some("0909-0000231");
        assert!(callback_noted_on_slip(&payment(slip("8月已变更结算账户，回拨0909-0000231确认")), || {
            records
        }));
        assert!(callback_noted_on_slip(&payment(slip("按档案座机0909 0000231回拨，已确认")), || records));
        // Another number, no call-back word, no number in our records, or a short one.
        assert!(!callback_noted_on_slip(&payment(slip("已回拨13800005521确认")), || records));
        assert!(!callback_noted_on_slip(&payment(slip("联系人0909-0000231")), || records));
        assert!(!callback_noted_on_slip(&payment(slip("回拨0909-0000231确认")), || None));
        assert!(!callback_noted_on_slip(&payment(slip("回拨231确认")), || Some("231")));
    }

    #[test]
    fn a_noted_call_back_is_ours_only_on_the_erp_with_an_approver() {
        let records = Some("0909-0000231");
        let chat = serde_json::json!({ "instruction": { "channel": "im", "text": "我回拨0909-0000231确认过了" } });
        assert!(!callback_noted_on_slip(&payment(chat), || records));
        let mut unapproved = slip("回拨0909-0000231确认");
        unapproved["approved_by"] = serde_json::json!([]);
        assert!(!callback_noted_on_slip(&payment(unapproved), || records));
    }

    #[test]
    fn a_recorded_call_back_is_trusted_to_the_phone_on_file_or_to_a_landline_the_request_did_not_supply() {
        let called =
            |number: &str| serde_json::json!({ "verification": { "callback_done": true, "callback_number": number } });
        assert!(callback_trusted(&payment(called("0909 0000231")), None), "the request's phone");
        assert!(!callback_trusted(&payment(called("13800005521")), None));
        assert!(callback_trusted(&payment(called("0909-0000777")), Some("0909-0000777")), "the vendor master's first");
        let mut no_phone = called("13800005521");
        no_phone["payee"] = serde_json::json!({ "name": "某某", "account_no": "3046000000000880374" });
        no_phone["instruction"] = serde_json::json!({ "channel": "letter", "text": "如需核实请致电13800005521" });
        assert!(!callback_trusted(&payment(no_phone.clone()), None), "a number the letter supplied");
        no_phone["instruction"] = serde_json::json!({ "channel": "letter", "text": "账户变更函" });
        assert!(!callback_trusted(&payment(no_phone.clone()), None), "a mobile in no record of ours");
        no_phone["verification"]["callback_number"] = serde_json::json!("0996-0000472");
        assert!(callback_trusted(&payment(no_phone), None), "a landline the letter did not supply");
    }
}
