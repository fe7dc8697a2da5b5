//! The twenty shipped rules, written once more by hand in CEL and in Zen.
//!
//! The ids name rules in `rules/*.toml`; each rule's score, forced action and scam type are
//! read from there too, so only the conditions are written twice. The twenty cover the six
//! scam types of PRODUCT.md, payments and orders, and every kind of test the `when` language
//! has: flags, numbers and durations, `in` lists, `missing`/`exists`, keyword sets on one field
//! and on the joined `text`, `distinct` counts, regex sets, and mitigators.
//!
//! Variables, the same in both engines (see `host.rs`):
//! - `f`: the derived facts as sent or derived (texts as written, numbers, flags);
//! - `n`: the normalised texts that regex sets run over;
//! - `p`: the normalised texts that keyword sets run over, with every run of ASCII letters and
//!   digits fenced by `\u{1}`, so that a plain substring test keeps our engine's rule that an
//!   English keyword only matches whole words (`urgent` is not found in `urgently`).
//!
//! CEL gets keyword and regex sets through three functions registered with its environment
//! (`hasAny`, `countAny`, `matchesAny`), the fastest keyword matching it supports: an
//! Aho-Corasick automaton per set and a regex compiled once per set. Zen has no user
//! functions: keyword sets are lists it walks with `some`/`count` and `contains`, and regex sets
//! go through its `matches`, which compiles the pattern on every call.
//!
//! Three-valued logic: our engine treats a test on a missing field as unknown and fires a rule
//! only when it is definitely true. CEL's `&&`/`||` absorb errors the same way (a missing key
//! is an error), so its conditions read like ours. Zen reads a missing field as `null`, so its
//! conditions test flags with `== true`/`== false` and keep every negation on a single field:
//! with no negation over an unknown, "definitely true" is the same as "true with unknowns
//! false".
//!
//! Durations are in seconds: `30d` is 2592000, `60d` 5184000, `90d` 7776000.

/// One rule in both languages.
pub struct Translation {
    /// The rule's id in `rules/*.toml`.
    pub id: &'static str,
    /// The condition in CEL.
    pub cel: &'static str,
    /// The condition in Zen's expression language.
    pub zen: &'static str,
}

/// The twenty rules.
pub const RULES: [Translation; 20] = [
    // Supplier account change.
    Translation {
        id: "AC-001",
        cel: "f.payee.account_changed_age < 2592000.0 && f.payee.is_new \
              && (f.amount >= 10000.0 || (f.amount >= 1000.0 && !(has(p.text) && hasAny(p.text, 'salary_words')))) \
              && (!has(f.verification.callback_trusted) || f.verification.callback_trusted == false) \
              && !(hasAny(p.payee.name, 'official_payee') && f.payee.account_type != 'personal')",
        zen: "f.payee.account_changed_age < 2592000 and f.payee.is_new == true \
              and (f.amount >= 10000 \
                   or (f.amount >= 1000 and not (p.text != null and some(kw.salary_words, contains(p.text, #))))) \
              and (f.verification.callback_trusted == null or f.verification.callback_trusted == false) \
              and not (some(kw.official_payee, contains(p.payee.name, #)) and f.payee.account_type != \"personal\")",
    },
    Translation {
        id: "AC-002",
        cel: "(hasAny(p.instruction.text, 'account_change_words') || matchesAny(n.instruction.text, 'old_account_dropped')) \
              && f.payee.is_new \
              && (!has(f.verification.callback_trusted) || f.verification.callback_trusted == false)",
        zen: "(some(kw.account_change_words, contains(p.instruction.text, #)) \
               or matches(n.instruction.text, re.old_account_dropped)) and f.payee.is_new == true \
              and (f.verification.callback_trusted == null or f.verification.callback_trusted == false)",
    },
    Translation {
        id: "AC-004",
        cel: "f.payee.account_differs && f.payee.is_new \
              && (!has(p.instruction.text) || !hasAny(p.instruction.text, 'account_change_words')) \
              && (!has(f.verification.callback_trusted) || f.verification.callback_trusted == false) \
              && !(hasAny(p.payee.name, 'official_payee') && f.payee.account_type != 'personal')",
        zen: "f.payee.account_differs == true and f.payee.is_new == true \
              and (p.instruction.text == null or not some(kw.account_change_words, contains(p.instruction.text, #))) \
              and (f.verification.callback_trusted == null or f.verification.callback_trusted == false) \
              and not (some(kw.official_payee, contains(p.payee.name, #)) and f.payee.account_type != \"personal\")",
    },
    // Boss impersonation.
    Translation {
        id: "BI-001",
        cel: "f.instruction.channel in ['im', 'email'] && f.payee.is_new \
              && (hasAny(p.instruction.text, 'balance_probe') \
                  || (hasAny(p.instruction.text, 'balance_lead') && matchesAny(n.instruction.text, 'balance_question'))) \
              && (!has(f.approvals) || f.approvals == 0.0)",
        zen: "f.instruction.channel in [\"im\", \"email\"] and f.payee.is_new == true \
              and (some(kw.balance_probe, contains(p.instruction.text, #)) \
                   or (some(kw.balance_lead, contains(p.instruction.text, #)) and matches(n.instruction.text, re.balance_question))) \
              and (f.approvals == null or f.approvals == 0)",
    },
    Translation {
        id: "BI-002",
        cel: "f.instruction.channel in ['im', 'email'] && f.payee.is_new \
              && (hasAny(p.instruction.text, 'secrecy') || hasAny(p.instruction.text, 'bypass_process') \
                  || matchesAny(n.instruction.text, 'secrecy_phrase') || matchesAny(n.instruction.text, 'paperwork_later')) \
              && (hasAny(p.instruction.text, 'boss_role') || matchesAny(n.instruction.text, 'boss_title') \
                  || hasAny(p.instruction.from_name, 'boss_role') || !has(f.approvals) || f.approvals == 0.0)",
        zen: "f.instruction.channel in [\"im\", \"email\"] and f.payee.is_new == true \
              and (some(kw.secrecy, contains(p.instruction.text, #)) or some(kw.bypass_process, contains(p.instruction.text, #)) \
                   or matches(n.instruction.text, re.secrecy_phrase) or matches(n.instruction.text, re.paperwork_later)) \
              and (some(kw.boss_role, contains(p.instruction.text, #)) or matches(n.instruction.text, re.boss_title) \
                   or some(kw.boss_role, contains(p.instruction.from_name, #)) or f.approvals == null or f.approvals == 0)",
    },
    Translation {
        id: "BI-004",
        cel: "f.instruction.channel == 'im' && f.payee.is_new \
              && (hasAny(p.instruction.text, 'group_setup') || hasAny(p.instruction.from_contact, 'group_setup'))",
        zen: "f.instruction.channel == \"im\" and f.payee.is_new == true \
              and (some(kw.group_setup, contains(p.instruction.text, #)) or some(kw.group_setup, contains(p.instruction.from_contact, #)))",
    },
    Translation {
        id: "BI-007",
        cel: "f.instruction.channel in ['im', 'email'] && f.payee.is_new \
              && (f.instruction.urgent == true || hasAny(p.instruction.text, 'urgency')) \
              && (!has(f.approvals) || f.approvals == 0.0)",
        zen: "f.instruction.channel in [\"im\", \"email\"] and f.payee.is_new == true \
              and (f.instruction.urgent == true or some(kw.urgency, contains(p.instruction.text, #))) \
              and (f.approvals == null or f.approvals == 0)",
    },
    // Contract fraud.
    Translation {
        id: "CF-001",
        cel: "f.payee.is_new && hasAny(p.text, 'bigproject') && hasAny(p.text, 'deposit_words')",
        zen: "f.payee.is_new == true and some(kw.bigproject, contains(p.text, #)) and some(kw.deposit_words, contains(p.text, #))",
    },
    Translation {
        id: "CF-006",
        cel: "f.payee.is_new && (hasAny(p.purpose, 'deposit_words') || hasAny(p.memo, 'deposit_words')) \
              && !has(f.related.contract_id) \
              && (f.instruction.from_free_mail || hasAny(p.instruction.text, 'urgency'))",
        zen: "f.payee.is_new == true \
              and (some(kw.deposit_words, contains(p.purpose, #)) or some(kw.deposit_words, contains(p.memo, #))) \
              and f.related.contract_id == null \
              and (f.instruction.from_free_mail == true or some(kw.urgency, contains(p.instruction.text, #)))",
    },
    // Fake salary.
    Translation {
        id: "FS-001",
        cel: "(hasAny(p.text, 'salary_words') || hasAny(p.text, 'earned_pay')) && f.amount >= 2000.0 \
              && (f.payee.account_type == 'personal' || f.payee.is_person_name) \
              && (matchesAny(n.memo, 'headcount') || matchesAny(n.purpose, 'headcount') || f.payee.employee_count >= 2.0 \
                  || (matchesAny(n.instruction.text, 'headcount') \
                      && !(has(f.memo.persons_named) && f.memo.persons_named == 1.0 && f.memo.names_other_person == false))) \
              && (!has(f.payee.vendor_id) || !has(f.related.contract_id) || f.payee.is_new) \
              && !(hasAny(p.text, 'paid_individually') \
                   && ((has(p.memo) && hasAny(p.memo, 'leader_own_fee')) || (has(p.purpose) && hasAny(p.purpose, 'leader_own_fee'))))",
        zen: "(some(kw.salary_words, contains(p.text, #)) or some(kw.earned_pay, contains(p.text, #))) and f.amount >= 2000 \
              and (f.payee.account_type == \"personal\" or f.payee.is_person_name == true) \
              and (matches(n.memo, re.headcount) or matches(n.purpose, re.headcount) or f.payee.employee_count >= 2 \
                   or (matches(n.instruction.text, re.headcount) \
                       and not (f.memo.persons_named == 1 and f.memo.names_other_person == false))) \
              and (f.payee.vendor_id == null or f.related.contract_id == null or f.payee.is_new == true) \
              and not (some(kw.paid_individually, contains(p.text, #)) \
                       and (some(kw.leader_own_fee, contains(p.memo, #)) or some(kw.leader_own_fee, contains(p.purpose, #))))",
    },
    Translation {
        id: "FS-004",
        cel: "countAny(p.text, 'subsidy_phish') >= 2",
        zen: "count(kw.subsidy_phish, contains(p.text, #)) >= 2",
    },
    // Fake order, on a payment.
    Translation {
        id: "FO-002",
        cel: "f.payee.is_new \
              && (!(hasAny(p.text, 'cleared_prepayment') || matchesAny(n.text, 'cleared_on_date')) \
                  || hasAny(p.text, 'customer_payment_claim')) \
              && (((hasAny(p.text, 'designated_supplier') \
                    || (hasAny(p.text, 'purchase_lead') && matchesAny(n.text, 'designated_purchase'))) \
                   && (hasAny(p.text, 'fake_payment_proof') || f.payee.account_type == 'personal' || has(f.related.order_id))) \
                  || (hasAny(p.text, 'settle_together') \
                      && (hasAny(p.text, 'customer_payment_claim') || hasAny(p.text, 'customer_money_pending') \
                          || f.payee.account_type == 'personal')))",
        zen: "f.payee.is_new == true \
              and ((some(kw.cleared_prepayment, contains(p.text, #)) == false and matches(n.text, re.cleared_on_date) == false) \
                   or some(kw.customer_payment_claim, contains(p.text, #))) \
              and (((some(kw.designated_supplier, contains(p.text, #)) \
                     or (some(kw.purchase_lead, contains(p.text, #)) and matches(n.text, re.designated_purchase))) \
                    and (some(kw.fake_payment_proof, contains(p.text, #)) or f.payee.account_type == \"personal\" \
                         or f.related.order_id != null)) \
                   or (some(kw.settle_together, contains(p.text, #)) \
                       and (some(kw.customer_payment_claim, contains(p.text, #)) or some(kw.customer_money_pending, contains(p.text, #)) \
                            or f.payee.account_type == \"personal\")))",
    },
    // Mitigators on payments.
    Translation {
        id: "CM-M01",
        cel: "has(f.payee.vendor_id) && f.payee.payment_count >= 3.0 && f.payee.first_paid_age >= 5184000.0 \
              && !f.payee.name_mismatch \
              && (!has(f.payee.account_changed_age) || f.payee.account_changed_age >= 7776000.0)",
        zen: "f.payee.vendor_id != null and f.payee.payment_count >= 3 and f.payee.first_paid_age >= 5184000 \
              and f.payee.name_mismatch == false \
              and (f.payee.account_changed_age == null or f.payee.account_changed_age >= 7776000)",
    },
    Translation {
        id: "CM-M02",
        cel: "f.instruction.channel == 'erp' && f.approvals >= 1.0 && f.requested_by != '' \
              && (has(f.related.contract_id) || has(f.related.invoice_no) || has(f.related.order_id))",
        zen: "f.instruction.channel == \"erp\" and f.approvals >= 1 and f.requested_by != null and f.requested_by != \"\" \
              and (f.related.contract_id != null or f.related.invoice_no != null or f.related.order_id != null)",
    },
    // Fake order.
    Translation {
        id: "FO-001",
        cel: "f.customer.is_new && (f.third_party.role == 'designated_supplier' \
              || (hasAny(p.notes, 'designated_supplier') && !matchesAny(n.notes, 'negated_ask')) \
              || hasAny(p.notes, 'settle_together'))",
        zen: "f.customer.is_new == true \
              and (f.third_party.role == \"designated_supplier\" \
                   or (some(kw.designated_supplier, contains(p.notes, #)) and not matches(n.notes, re.negated_ask)) \
                   or some(kw.settle_together, contains(p.notes, #)))",
    },
    Translation {
        id: "FO-003",
        cel: "f.customer.is_new && (f.fees.count >= 1.0 \
              || (hasAny(p.notes, 'seller_fee') && hasAny(p.notes, 'fee_demand') && !matchesAny(n.notes, 'buyer_pays_us')))",
        zen: "f.customer.is_new == true and (f.fees.count >= 1 \
              or (some(kw.seller_fee, contains(p.notes, #)) and some(kw.fee_demand, contains(p.notes, #)) \
                  and not matches(n.notes, re.buyer_pays_us)))",
    },
    // Fake purchaser.
    Translation {
        id: "FP-002",
        cel: "f.customer.is_new \
              && (hasAny(p.payment_terms, 'credit_terms') || hasAny(p.notes, 'credit_terms') \
                  || matchesAny(n.payment_terms, 'credit_days') || matchesAny(n.notes, 'credit_days')) \
              && (f.order.size_vs_usual >= 3.0 || f.total_amount >= 500000.0)",
        zen: "f.customer.is_new == true \
              and (some(kw.credit_terms, contains(p.payment_terms, #)) or some(kw.credit_terms, contains(p.notes, #)) \
                   or matches(n.payment_terms, re.credit_days) or matches(n.notes, re.credit_days)) \
              and (f.order.size_vs_usual >= 3 or f.total_amount >= 500000)",
    },
    Translation {
        id: "FP-003",
        cel: "f.customer.is_new \
              && (hasAny(p.customer.name, 'institution_buyer') || hasAny(p.notes, 'institution_buyer')) \
              && (hasAny(p.payment_terms, 'credit_terms') || hasAny(p.notes, 'credit_terms') \
                  || matchesAny(n.payment_terms, 'credit_days') || hasAny(p.notes, 'ship_to_redirect') \
                  || hasAny(p.delivery.address, 'ship_to_redirect'))",
        zen: "f.customer.is_new == true \
              and (some(kw.institution_buyer, contains(p.customer.name, #)) or some(kw.institution_buyer, contains(p.notes, #))) \
              and (some(kw.credit_terms, contains(p.payment_terms, #)) or some(kw.credit_terms, contains(p.notes, #)) \
                   or matches(n.payment_terms, re.credit_days) or some(kw.ship_to_redirect, contains(p.notes, #)) \
                   or some(kw.ship_to_redirect, contains(p.delivery.address, #)))",
    },
    Translation {
        id: "FP-008",
        cel: "!f.customer.is_new && f.customer.order_count <= 3.0 && f.customer.size_vs_own >= 3.0 \
              && !hasAny(p.text, 'framework_contract') \
              && !(f.customer.terms_as_before && !f.customer.contact_differs) \
              && (hasAny(p.payment_terms, 'credit_terms') || matchesAny(n.payment_terms, 'credit_days') \
                  || hasAny(p.payment_terms, 'unverified_bill') || hasAny(p.notes, 'ship_to_redirect') || hasAny(p.delivery.address, 'ship_to_redirect'))",
        zen: "f.customer.is_new == false and f.customer.order_count <= 3 and f.customer.size_vs_own >= 3 \
              and some(kw.framework_contract, contains(p.text, #)) == false \
              and (f.customer.terms_as_before == false or f.customer.contact_differs == true) \
              and (some(kw.credit_terms, contains(p.payment_terms, #)) or matches(n.payment_terms, re.credit_days) \
                   or some(kw.unverified_bill, contains(p.payment_terms, #)) or some(kw.ship_to_redirect, contains(p.notes, #)) or some(kw.ship_to_redirect, contains(p.delivery.address, #)))",
    },
    // A mitigator on orders.
    Translation {
        id: "CM-M07",
        cel: "has(f.customer.customer_id) && f.customer.order_count >= 3.0 \
              && !f.customer.contact_differs && !f.customer.lookalike_known",
        zen: "f.customer.customer_id != null and f.customer.order_count >= 3 \
              and f.customer.contact_differs == false and f.customer.lookalike_known == false",
    },
];
