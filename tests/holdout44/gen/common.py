"""Shared builders for holdout44. Standard library only, fully deterministic:
every identifier is derived from SHA-256 of a fixed key."""
import hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += str(int(_h(f"{key}#{i}"), 16))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """Fictitious account number of `length` digits starting with `prefix`."""
    return prefix + digits("acct:" + key, length - len(prefix))


def inv(key):
    """Fictitious 20-digit fully-digital e-invoice number."""
    return "2665" + digits("inv:" + key, 16)


def uscc(key, head):
    """Unified social credit code: 8-char head (registration type + region),
    'MA' + 7 hash-derived characters, then the GB 32100 check character."""
    hx = _h("uscc:" + key)
    body = head + "MA" + "".join(USCC_CHARS[int(hx[2 * i:2 * i + 2], 16) % 31] for i in range(7))
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def wxid(key):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    v, s = int(_h("wx:" + key), 16), ""
    for _ in range(14):
        s += alphabet[v % 36]
        v //= 36
    return "wxid_" + s


def ts(s):
    """'2026-06-01 11:30' -> '2026-06-01T11:30:00+08:00'"""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


def money(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def vendor(name, account_no, bank, vendor_id=None, phone=None, account_type="corporate"):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def person(name, account_no, bank, phone=None):
    return vendor(name, account_no, bank, None, phone, "personal")


def cust(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": ts(at)}


def pay(t, payee, amount, purpose, memo, text, *, req, appr=(), channel="erp", frm=None, contact=None,
        urgent=False, order=None, contract=None, invoice=None, changed=None, verification=None):
    r = {
        "request_id": None,
        "submitted_at": ts(t),
        "payer": None,
        "payee": dict(payee),
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": channel, "from_name": frm, "from_contact": contact, "text": text,
                        "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if verification:
        r["verification"] = verification
    return ("payment", r)


def order(t, customer, items, channel, address, deadline, terms, notes, third_party=None, fees=()):
    its, total = [], Decimal("0")
    for product, qty, unit, price in items:
        q, p = Decimal(str(qty)), Decimal(price)
        total += q * p
        its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)})
    r = {
        "record_id": None,
        "received_at": ts(t),
        "customer": dict(customer),
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": [{"reason": r_, "amount": money(a)} for r_, a in fees],
        "notes": notes,
    }
    return ("order", r)


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


# ---- line wrappers -------------------------------------------------------

def H(note, body, key=None):
    return {"phase": "history", "label": "legit", "scam_type": None, "expect": "allow",
            "signals": [], "note": note, "body": body, "key": key}


def R(note, body, key=None):
    return {"phase": "test", "label": "legit", "scam_type": None, "expect": "allow",
            "signals": [], "note": "Routine: " + note, "body": body, "key": key}


def N(signals, note, body, key=None):
    return {"phase": "test", "label": "legit", "scam_type": None, "expect": "allow",
            "signals": list(signals), "note": "Hard negative: " + note, "body": body, "key": key}


def S(scam_type, expect, signals, note, body, key=None, structural=False):
    return {"phase": "test", "label": "scam", "scam_type": scam_type, "expect": expect,
            "signals": list(signals), "note": ("Structural only: " if structural else "") + note,
            "body": body, "key": key}
