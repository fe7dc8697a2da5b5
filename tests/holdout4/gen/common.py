"""Shared helpers for the holdout4 corpus generator (standard library only).

Everything here is deterministic: identifiers are derived from fixed keys with
SHA-256, never from the clock or a random seed that could drift.
"""
from __future__ import annotations

import hashlib
from datetime import datetime, timedelta, timezone
from decimal import Decimal

TZ = timezone(timedelta(hours=8))

# --------------------------------------------------------------------------
# Enumerations taken from the corpus README and PRODUCT.md
# --------------------------------------------------------------------------
SCAM_TYPES = [
    "fake_purchaser", "fake_order", "contract_fraud", "fake_salary",
    "boss_impersonation", "account_change", "authority_impersonation",
    "fake_invoice", "advance_fee", "task_rebate", "overpayment_refund",
    "account_lending",
]
INSTRUCTION_CHANNELS = ["erp", "email", "phone", "sms", "im", "in_person", "letter", "other"]
ACCOUNT_TYPES = ["corporate", "personal", "unknown"]
THIRD_PARTY_ROLES = ["designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"]

SIGNALS = set("""
first_time_payee account_changed_recent account_changed_long_ago payee_name_mismatch
personal_account unusual_bank_region third_party_payment_endpoint crypto no_approval
no_po_contract vague_memo sales_order_linked just_below_limit split_payment off_hours
large_vs_usual in_out_match duplicate_invoice shell_company guarantee_unverified
im_instruction email_instruction phone_instruction letter_instruction new_contact
lookalike_domain free_mail
urgency secrecy_words bypass_process cannot_call balance_probe boss_role deposit_words
fee_words fee_asked_of_seller designated_supplier fake_payment_proof refund_to_other_account
refund_words overpayment account_change_words personal_account_pretext account_lending_words
safe_account_words authority_words subsidy_words payroll_change payee_shared_by_employees
payee_not_employee task_rebate_words topup_words loan_fee_words renewal_bill
invoice_trade_words bigproject_words middleman_fee remote_control
new_customer large_first_order credit_terms_requested far_delivery residential_delivery
contact_im_only contact_mismatch lookalike_company institution_claim third_party_payer
small_then_large hazardous_no_permit off_catalogue_item invalid_credit_code
evasion_spacing evasion_fullwidth evasion_traditional evasion_pinyin evasion_homophone
evasion_symbols
""".split())

LINE_KEYS = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
             "signals", "note", "request"]
PAYMENT_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency",
                "purpose", "memo", "instruction", "requested_by", "approved_by", "related",
                "payee_account_changed_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency",
              "channel", "delivery", "payment_terms", "third_party", "fees_requested", "notes"]

# --------------------------------------------------------------------------
# Deterministic digits and codes
# --------------------------------------------------------------------------

def _stream(key: str):
    counter = 0
    while True:
        block = hashlib.sha256(f"holdout4|{key}|{counter}".encode()).digest()
        for b in block:
            yield b
        counter += 1


def digits(key: str, n: int, first_nonzero: bool = True) -> str:
    out = []
    for b in _stream(key):
        if b >= 250:
            continue
        d = b % 10
        if not out and first_nonzero and d == 0:
            continue
        out.append(str(d))
        if len(out) == n:
            return "".join(out)
    raise AssertionError


def account(key: str, n: int, prefix: str = "") -> str:
    """A fictitious bank account number of n digits (16-19)."""
    assert 16 <= n <= 19
    return prefix + digits("acct|" + key, n - len(prefix), first_nonzero=not prefix)


def alnum_id(key: str, n: int, alphabet: str = "abcdefghijkmnpqrstuvwxyz23456789") -> str:
    out = []
    for b in _stream("id|" + key):
        out.append(alphabet[b % len(alphabet)])
        if len(out) == n:
            return "".join(out)
    raise AssertionError


def wxid(key: str) -> str:
    return "wxid_" + alnum_id(key, 14)


def invoice_no(key: str, province: str) -> str:
    """20-digit fully digital e-invoice number: 2-digit year, 2-digit province, 16 digits."""
    return "26" + province + digits("inv|" + key, 16, first_nonzero=False)


# GB 32100-2015 unified social credit code -----------------------------------
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc_check_char(body17: str) -> str:
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    v = 31 - total % 31
    return USCC_CHARSET[0 if v == 31 else v]


def _org_value(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def org_check_char(body8: str) -> str:
    total = sum(_org_value(c) * w for c, w in zip(body8, ORG_WEIGHTS))
    v = 11 - total % 11
    return {10: "X", 11: "0"}.get(v, str(v))


def is_valid_uscc(code: str) -> bool:
    if not isinstance(code, str) or len(code) != 18:
        return False
    if any(c not in USCC_CHARSET for c in code):
        return False
    if not code[2:8].isdigit():
        return False
    return uscc_check_char(code[:17]) == code[17]


def make_uscc(key: str, region: str, prefix: str = "91", new_style: bool = True) -> str:
    """prefix: 91 enterprise, 92 individual business, 93 co-operative, 12 public institution."""
    assert len(region) == 6 and region.isdigit()
    attempt = 0
    while True:
        pool = [c for c in USCC_CHARSET]
        chars = []
        for b in _stream(f"uscc|{key}|{attempt}"):
            chars.append(pool[b % len(pool)])
            if len(chars) == 8:
                break
        if new_style:
            body8 = "MA" + "".join(chars[:6])
        else:
            body8 = digits(f"orgdigits|{key}|{attempt}", 8)
        org = body8 + org_check_char(body8)
        if all(c in USCC_CHARSET for c in org):
            body17 = prefix + region + org
            code = body17 + uscc_check_char(body17)
            assert is_valid_uscc(code)
            return code
        attempt += 1


# --------------------------------------------------------------------------
# Time and money
# --------------------------------------------------------------------------

def ts(day: str, hm: str) -> str:
    """day 'YYYY-MM-DD', hm 'HH:MM' -> RFC 3339 Beijing time."""
    dt = datetime.strptime(f"{day} {hm}", "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return dt.isoformat()


def parse_ts(s: str) -> datetime:
    return datetime.fromisoformat(s)


def money(x) -> str:
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    return f"{d:.2f}"


# --------------------------------------------------------------------------
# Request builders
# --------------------------------------------------------------------------

def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    assert account_type in ACCOUNT_TYPES
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def renamed(p: dict, **changes) -> dict:
    q = dict(p)
    q.update(changes)
    return q


def verification(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": at}


class Ref:
    """Reference to another line's request/record id, resolved by build.py."""

    def __init__(self, key: str):
        self.key = key


def payment(*, at, payer, payee, amount, purpose, memo, text, requested_by, approved_by,
            channel="erp", from_name=None, from_contact=None, urgent=False,
            order_id=None, contract_id=None, invoice_no=None, changed_at=None,
            verify=None):
    assert channel in INSTRUCTION_CHANNELS
    req = {
        "request_id": None,
        "submitted_at": at,
        "payer": dict(payer),
        "payee": dict(payee),
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": channel, "from_name": from_name, "from_contact": from_contact,
                        "text": text, "urgent": urgent},
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": changed_at,
    }
    if verify is not None:
        req["verification"] = verify
    return req


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def order(*, at, customer, items, channel, address, deadline, terms, notes,
          third_party=None, fees=()):
    total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items), Decimal("0"))
    return {
        "record_id": None,
        "received_at": at,
        "customer": dict(customer),
        "items": list(items),
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def third_party(name, contact, role, amount):
    assert role in THIRD_PARTY_ROLES
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


# --------------------------------------------------------------------------
# Corpus lines (ids are assigned by build.py)
# --------------------------------------------------------------------------

def history(request, note, key=None):
    kind = "payment" if "request_id" in request else "order"
    return {"_key": key, "phase": "history", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "outcome": "executed", "signals": [], "note": note,
            "request": request}


def legit(request, note, signals=(), key=None):
    kind = "payment" if "request_id" in request else "order"
    return {"_key": key, "phase": "test", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": list(signals), "note": note, "request": request}


def scam(request, scam_type, expect, note, signals, key=None):
    assert scam_type in SCAM_TYPES and expect in ("flag", "block")
    kind = "payment" if "request_id" in request else "order"
    return {"_key": key, "phase": "test", "kind": kind, "label": "scam", "scam_type": scam_type,
            "expect": expect, "signals": list(signals), "note": note, "request": request}


FREE_MAIL_DOMAINS = {"163.com", "126.com", "qq.com", "sina.com", "sohu.com", "yeah.net",
                     "gmail.com", "outlook.com", "hotmail.com", "139.com"}


def is_off_hours(s: str) -> bool:
    """Off-hours for this corpus: weekend, or before 09:00, or from 19:00 on."""
    dt = parse_ts(s)
    if dt.weekday() >= 5:
        return True
    minutes = dt.hour * 60 + dt.minute
    return minutes < 9 * 60 or minutes >= 19 * 60


def in_ambiguous_window(s: str) -> bool:
    """Weekday times that are office hours for one reading and not another
    (09:00-10:00 and 18:00-19:00 in our reading; 10:00-20:00 in the sample's Xinjiang one)."""
    dt = parse_ts(s)
    if dt.weekday() >= 5:
        return False
    minutes = dt.hour * 60 + dt.minute
    return 9 * 60 <= minutes < 10 * 60 or 18 * 60 <= minutes < 20 * 60
