"""Shared helpers for the holdout48 generator (standard library only, deterministic).

Every identifier (account numbers, invoice numbers, WeChat ids, credit codes, phone
suffixes) is derived from SHA-256 of a fixed key, so a rebuild is byte-identical.
"""
import hashlib
from decimal import Decimal

CS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # GB 32100-2015 character set
W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)


def digits(key, n):
    v = _h(key)
    s = ""
    i = 0
    while len(s) < n:
        s += str(_h(key + "#" + str(i)) if i else v)
        i += 1
    return s[:n]


def acct(key, prefix, length):
    """Account number: bank-like prefix + hash digits, total `length` digits (16-19)."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def inv(key):
    """20-digit fully-digital invoice number (Xinjiang-style 2665 prefix)."""
    return "2665" + digits("inv:" + key, 16)


def wx(key):
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    v = _h("wx:" + key)
    out = ""
    for _ in range(14):
        out += alpha[v % len(alpha)]
        v //= len(alpha)
    return "wxid_" + out


def mob(key, xx="77"):
    """Fictitious mobile 1XX0000xxxx with XX in {76,77,78}."""
    assert xx in ("76", "77", "78")
    return "1" + xx + "0000" + digits("mob:" + key, 4)


def land(area, key):
    """Fictitious landline area-0000xxx."""
    return area + "-0000" + digits("land:" + key, 3)


def uscc(key, region, head="91"):
    """Unified social credit code with a valid GB 32100 check character."""
    v = _h("uscc:" + key)
    org = "MA"
    for _ in range(7):
        org += CS[v % 31]
        v //= 31
    body = head + region + org
    assert len(body) == 17
    s = sum(CS.index(c) * w for c, w in zip(body, W))
    c = 31 - s % 31
    return body + CS[0 if c == 31 else c]


def ts(s):
    """'2026-05-20 10:32' -> RFC 3339 Beijing time."""
    d, t = s.split()
    return f"{d}T{t}:00+08:00"


def money(x):
    return f"{Decimal(str(x)).quantize(Decimal('0.01'))}"


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, text, contact=None, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": contact,
            "text": text, "urgent": urgent}


def payment(when, payer, pe, amount, purpose, memo, ins, req, appr,
            order=None, contract=None, invoice=None, changed=None, verification=None):
    d = {
        "request_id": None,
        "submitted_at": ts(when),
        "payer": payer,
        "payee": pe,
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": ins,
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if verification:
        cb_num, by, at = verification
        d["verification"] = {"callback_done": True, "callback_number": cb_num,
                             "verified_by": by, "verified_at": ts(at)}
    return d


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def order(when, cust, items, channel, address, deadline, terms,
          third_party=None, fees=(), notes=""):
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
    return {
        "record_id": None,
        "received_at": ts(when),
        "customer": cust,
        "items": items,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def H(kind, note, req, key=None):
    """History line (always legit / allow / executed)."""
    return {"phase": "history", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": [], "note": note, "request": req, "key": key}


def R(kind, note, req, signals=(), key=None):
    """Routine legitimate test line."""
    return {"phase": "test", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": list(signals), "note": "Routine: " + note,
            "request": req, "key": key}


def N(kind, note, req, signals=(), key=None):
    """Hard negative: legitimate line with a scam-like surface."""
    return {"phase": "test", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": list(signals), "note": "Hard negative: " + note,
            "request": req, "key": key}


def S(kind, scam_type, expect, note, req, signals=(), key=None):
    """Scam test line."""
    return {"phase": "test", "kind": kind, "label": "scam", "scam_type": scam_type,
            "expect": expect, "signals": list(signals), "note": note,
            "request": req, "key": key}
