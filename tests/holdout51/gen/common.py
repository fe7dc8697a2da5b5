"""Shared deterministic helpers for holdout51 (standard library only)."""
import hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def h(key):
    return hashlib.sha256(("holdout51|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += str(int(h(key + "#" + str(i)), 16))
        i += 1
    return out[:n]


def acct(key, n=19, lead="6"):
    """Fictitious bank account number, 16-19 digits, first digit fixed."""
    assert 16 <= n <= 19
    return lead + digits("acct|" + key, n - 1)


def uscc_check(code17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(key, region, kind="91"):
    """Unified social credit code with a valid check character."""
    hx = int(h("uscc|" + key), 16)
    body = "MA"
    for _ in range(7):
        body += USCC_CHARS[hx % 31]
        hx //= 31
    code17 = kind + region + body
    return code17 + uscc_check(code17)


def mobile(key, xx="86"):
    assert xx in ("86", "87", "88")
    return "1" + xx + "0000" + digits("mob|" + key, 4)


def landline(area, key):
    return area + "-0000" + digits("tel|" + key, 3)


def wxid(key):
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    v = int(h("wx|" + key), 16)
    s = ""
    for _ in range(14):
        s += alpha[v % 32]
        v //= 32
    return "wxid_" + s


def inv(key):
    return "2665" + digits("inv|" + key, 16)


def ts(s):
    """'2026-06-01 11:20' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def payee(name, key, bank, atype="corporate", vendor=None, phone=None, n=19, lead="6"):
    return {"name": name, "account_no": acct(key, n, lead), "bank": bank,
            "account_type": atype, "vendor_id": vendor, "phone": phone}


def pay(when, payer, pe, amount, purpose, memo, text, channel="erp", frm=None,
        contact=None, urgent=False, req=None, appr=(), order=None, contract=None,
        invoice=None, changed=None, verification=None):
    r = {
        "request_id": None,
        "submitted_at": ts(when),
        "payer": dict(payer),
        "payee": dict(pe),
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": channel, "from_name": frm, "from_contact": contact,
                        "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if verification:
        num, by, at = verification
        r["verification"] = {"callback_done": True, "callback_number": num,
                             "verified_by": by, "verified_at": ts(at)}
    return r


def cust(name, credit, contact, phone=None, email=None, im=None, cid=None):
    return {"name": name, "credit_code": credit, "contact_name": contact, "phone": phone,
            "email": email, "im_id": im, "customer_id": cid}


def order(when, customer, items, channel, address, deadline, terms, notes,
          third=None, fees=()):
    its, total = [], Decimal("0")
    for prod, qty, unit, price in items:
        its.append({"product": prod, "quantity": str(qty), "unit": unit,
                    "unit_price": money(price)})
        total += Decimal(str(qty)) * Decimal(money(price))
    tp = None
    if third:
        tname, tcontact, role, tamount = third
        tp = {"name": tname, "contact": tcontact, "role": role,
              "amount": money(tamount) if tamount is not None else None}
    return {
        "record_id": None,
        "received_at": ts(when),
        "customer": dict(customer),
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": tp,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


def _line(phase, label, stype, expect, signals, note, req, key):
    kind = "payment" if "request_id" in req else "order"
    return {"phase": phase, "kind": kind, "label": label, "scam_type": stype,
            "expect": expect, "signals": list(signals), "note": note, "request": req,
            "key": key}


def hist(note, req, key=None):
    return _line("history", "legit", None, "allow", [], note, req, key)


def legit(note, req, signals=(), key=None):
    assert note.startswith("Routine: ") or note.startswith("Hard negative: ")
    return _line("test", "legit", None, "allow", signals, note, req, key)


def scam(stype, expect, signals, note, req, key=None):
    return _line("test", "scam", stype, expect, signals, note, req, key)


class Ref:
    """Reference to another line's request/record id, resolved by build.py."""
    def __init__(self, key):
        self.key = key
