"""Shared helpers for the holdout3 corpus generator (standard library only).

Everything here is format plumbing: request builders that emit the exact key layout of
/work/shared/corpus/README.md, money and timestamp formatting, unified social credit codes
(GB 32100-2015), and the closed vocabularies (scam types, signals, channels).
"""

from __future__ import annotations

import hashlib
from decimal import Decimal, ROUND_HALF_UP

# --------------------------------------------------------------------------------------
# Closed vocabularies (copied from the corpus README; used by build.py and validate.py)
# --------------------------------------------------------------------------------------

SCAM_TYPES = [
    "fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
    "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
    "overpayment_refund", "account_lending",
]

CHANNELS = ["erp", "email", "phone", "sms", "im", "in_person", "letter", "other"]
ACCOUNT_TYPES = ["corporate", "personal", "unknown"]
THIRD_PARTY_ROLES = ["designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"]

SIG_PAYMENT_STRUCTURE = [
    "first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
    "personal_account", "unusual_bank_region", "third_party_payment_endpoint", "crypto", "no_approval",
    "no_po_contract", "vague_memo", "sales_order_linked", "just_below_limit", "split_payment", "off_hours",
    "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company", "guarantee_unverified",
]
SIG_PROVENANCE = [
    "im_instruction", "email_instruction", "phone_instruction", "letter_instruction", "new_contact",
    "lookalike_domain", "free_mail",
]
SIG_WORDING = [
    "urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
    "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier", "fake_payment_proof",
    "refund_to_other_account", "refund_words", "overpayment", "account_change_words",
    "personal_account_pretext", "account_lending_words", "safe_account_words", "authority_words",
    "subsidy_words", "payroll_change", "payee_shared_by_employees", "payee_not_employee",
    "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill", "invoice_trade_words",
    "bigproject_words", "middleman_fee", "remote_control",
]
SIG_ORDER = [
    "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
    "residential_delivery", "contact_im_only", "contact_mismatch", "lookalike_company",
    "institution_claim", "third_party_payer", "small_then_large", "hazardous_no_permit",
    "off_catalogue_item", "invalid_credit_code",
]
SIG_EVASION = [
    "evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
    "evasion_homophone", "evasion_symbols",
]
SIGNAL_VOCAB = set(SIG_PAYMENT_STRUCTURE + SIG_PROVENANCE + SIG_WORDING + SIG_ORDER + SIG_EVASION)

# Characters used inside chat text as evasion (kept here so validate.py can look for them).
ZW = "\u200b"  # zero-width space

# --------------------------------------------------------------------------------------
# Unified social credit code, GB 32100-2015
# --------------------------------------------------------------------------------------

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(body17: str) -> str:
    if len(body17) != 17 or any(c not in USCC_CHARS for c in body17):
        raise ValueError(f"bad USCC body: {body17!r}")
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    r = 31 - total % 31
    return USCC_CHARS[0 if r == 31 else r]


def uscc(body17: str) -> str:
    """Complete a 17-character body with its check character."""
    return body17 + uscc_check_char(body17)


def uscc_valid(code: str) -> bool:
    if not isinstance(code, str) or len(code) != 18:
        return False
    if any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


# --------------------------------------------------------------------------------------
# Money, time, invoice numbers
# --------------------------------------------------------------------------------------

CENT = Decimal("0.01")


def money(x) -> str:
    d = Decimal(str(x)).quantize(CENT, rounding=ROUND_HALF_UP)
    if d < 0:
        raise ValueError("negative amount")
    return f"{d:.2f}"


def ts(day: str, hm: str) -> str:
    """ts('11-02', '11:26') -> '2026-11-02T11:26:00+08:00'."""
    return f"2026-{day}T{hm}:00+08:00"


def inv(province: str, key: str) -> str:
    """A deterministic, fictitious 20-digit fully-digital invoice number: 26 + province + 16 digits."""
    h = hashlib.sha256(key.encode("utf-8")).hexdigest()
    digits = "".join(str(int(c, 16) % 10) for c in h)[:16]
    return f"26{province}{digits}"


# --------------------------------------------------------------------------------------
# Request builders: exact key order of the wire contract
# --------------------------------------------------------------------------------------


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None) -> dict:
    return {
        "name": name,
        "account_no": account_no,
        "bank": bank,
        "account_type": account_type,
        "vendor_id": vendor_id,
        "phone": phone,
    }


def payment(*, at, rid, payer, payee, amount, purpose, memo, channel, from_name, from_contact,
            text, urgent, requested_by, approved_by, order_id=None, contract_id=None,
            invoice_no=None, changed_at=None, verification=None, currency="CNY") -> dict:
    req = {
        "request_id": rid,
        "submitted_at": at,
        "payer": dict(payer),
        "payee": dict(payee),
        "amount": money(amount),
        "currency": currency,
        "purpose": purpose,
        "memo": memo,
        "instruction": {
            "channel": channel,
            "from_name": from_name,
            "from_contact": from_contact,
            "text": text,
            "urgent": bool(urgent),
        },
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": changed_at,
    }
    if verification is not None:
        req["verification"] = {
            "callback_done": verification["callback_done"],
            "callback_number": verification["callback_number"],
            "verified_by": verification["verified_by"],
            "verified_at": verification["verified_at"],
        }
    return req


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id) -> dict:
    return {
        "name": name,
        "credit_code": credit_code,
        "contact_name": contact_name,
        "phone": phone,
        "email": email,
        "im_id": im_id,
        "customer_id": customer_id,
    }


def order(*, at, rid, cust, items, channel, address, deadline, terms, notes,
          third_party=None, fees=(), currency="CNY") -> dict:
    item_objs = []
    total = Decimal("0")
    for product, qty, unit, price in items:
        q = Decimal(str(qty))
        p = Decimal(money(price))
        total += q * p
        item_objs.append({"product": product, "quantity": str(qty), "unit": unit,
                          "unit_price": money(price)})
    tp = None
    if third_party is not None:
        tp = {"name": third_party[0], "contact": third_party[1], "role": third_party[2],
              "amount": money(third_party[3])}
    return {
        "record_id": rid,
        "received_at": at,
        "customer": dict(cust),
        "items": item_objs,
        "total_amount": money(total),
        "currency": currency,
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": tp,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


# --------------------------------------------------------------------------------------
# Corpus lines
# --------------------------------------------------------------------------------------


def _kind(req: dict) -> str:
    return "payment" if "request_id" in req else "order"


def H(note: str, req: dict) -> dict:
    """A history line (always legit / allow / executed, no signals)."""
    return {"phase": "history", "kind": _kind(req), "label": "legit", "scam_type": None,
            "expect": "allow", "outcome": "executed", "signals": [], "note": note, "request": req}


def T(scam_type, expect: str, signals, note: str, req: dict) -> dict:
    """A test line. scam_type None means legit (expect must then be 'allow')."""
    return {"phase": "test", "kind": _kind(req), "label": "legit" if scam_type is None else "scam",
            "scam_type": scam_type, "expect": expect, "signals": list(signals), "note": note,
            "request": req}


def finalize(tenant: str, history: list, tests: list) -> list:
    """Assign ids and emit lines in the README key order."""
    out = []
    for phase, lines, letter in (("history", history, "h"), ("test", tests, "t")):
        for i, ln in enumerate(lines, 1):
            assert ln["phase"] == phase
            obj = {
                "id": f"{tenant}-{letter}{i:03d}",
                "tenant": tenant,
                "phase": ln["phase"],
                "kind": ln["kind"],
                "label": ln["label"],
                "scam_type": ln["scam_type"],
                "expect": ln["expect"],
            }
            if phase == "history":
                obj["outcome"] = "executed"
            obj["signals"] = ln["signals"]
            obj["note"] = ln["note"]
            obj["request"] = ln["request"]
            out.append(obj)
    return out
