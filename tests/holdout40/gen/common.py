"""Shared helpers for the holdout40 generator (standard library only, deterministic).

Every identifier (account numbers, invoice numbers, credit codes, phone numbers, WeChat ids)
is derived from the SHA-256 of a fixed key, so the corpus is byte-identical on every run.
"""
import hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _hex(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _digits(key, n):
    s = str(int(_hex(key), 16)) + str(int(_hex(key + "#2"), 16))
    return s[:n]


def acct(key, prefix, length):
    """A fictitious account number of `length` digits (16-19) starting with `prefix`."""
    assert 16 <= length <= 19
    return prefix + _digits("acct:" + key, length - len(prefix))


def card(key, prefix="6228"):
    """A fictitious 19-digit personal debit card."""
    return acct(key, prefix, 19)


def inv(key):
    """A fictitious 20-digit fully digital VAT invoice number."""
    return "2665" + _digits("inv:" + key, 16)


def uscc(key, head="91", region="652801"):
    """A unified social credit code with a valid check character (GB 32100-2015)."""
    hx = _hex("uscc:" + key)
    body = "".join(USCC_CHARS[int(hx[2 * i:2 * i + 2], 16) % 31] for i in range(9))
    s = head + region + body
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s, USCC_WEIGHTS))
    return s + USCC_CHARS[(31 - total % 31) % 31]


def mob(key):
    """A fictitious mobile of the form 1XX0000xxxx, XX in {50, 51, 52}."""
    d = _digits("mob:" + key, 6)
    return "1" + ["50", "51", "52"][int(d[:2]) % 3] + "0000" + d[2:6]


def tel(area, key):
    """A fictitious landline area-0000xxx."""
    return area + "-0000" + _digits("tel:" + key, 3)


def wxid(key):
    hx = _hex("wx:" + key)
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alphabet[int(hx[2 * i:2 * i + 2], 16) % len(alphabet)] for i in range(14))


def money(x):
    return "%.2f" % Decimal(str(x))


# ---------------------------------------------------------------- builders

def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, text, from_contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def verification(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": at}


def _meta(phase, label, scam_type, expect, signals, note):
    if phase == "history":
        assert label == "legit" and expect == "allow"
    return {"phase": phase, "label": label, "scam_type": scam_type, "expect": expect,
            "signals": list(signals), "note": note}


def P(ts, payer, pe, amount, purpose, memo, ins, req, appr, order=None, contract=None,
      invoice=None, changed=None, ver=None, phase="test", label="legit", st=None,
      expect="allow", sig=(), note=""):
    """A payment line; the request_id is filled in by build.py."""
    body = {"request_id": None, "submitted_at": ts, "payer": dict(payer), "payee": pe,
            "amount": money(amount), "currency": "CNY", "purpose": purpose, "memo": memo,
            "instruction": ins, "requested_by": req, "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": changed}
    if ver is not None:
        body["verification"] = ver
    e = _meta(phase, label, st, expect, sig, note)
    e.update({"kind": "payment", "ts": ts, "request": body})
    return e


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def O(ts, cust, items, channel, address, deadline, terms, notes, third_party=None, fees=(),
      phase="test", label="legit", st=None, expect="allow", sig=(), note=""):
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
    body = {"record_id": None, "received_at": ts, "customer": cust, "items": list(items),
            "total_amount": money(total), "currency": "CNY", "channel": channel,
            "delivery": {"address": address, "deadline": deadline}, "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes}
    e = _meta(phase, label, st, expect, sig, note)
    e.update({"kind": "order", "ts": ts, "request": body})
    return e


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def T(s):
    """'2026-06-10 14:32' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return "%sT%s:00+08:00" % (d, t)
