"""Shared helpers for the holdout41 generator (standard library only, no randomness).

Every identifier (account numbers, phone numbers, credit codes, invoice numbers, WeChat ids)
is derived from the SHA-256 of a fixed key, so the corpus is byte-identical on every run.
"""
import hashlib
from decimal import Decimal

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def sha(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n, prefix=""):
    """n decimal digits starting with prefix, derived from sha256(key)."""
    pool = str(int(sha(key), 16)) + str(int(sha(key + "#2"), 16))
    out = (prefix + pool)[:n]
    assert len(out) == n
    return out


def mobile(key, xx="53"):
    assert xx in ("53", "55", "56")
    return "1" + xx + "0000" + digits("mob:" + key, 4)


def land(area, key):
    return area + "-0000" + digits("land:" + key, 3)


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    n = int(sha("wx:" + key), 16)
    s = ""
    for _ in range(14):
        n, r = divmod(n, len(alphabet))
        s += alphabet[r]
    return "wxid_" + s


def uscc_check(body17):
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    c = 31 - total % 31
    return USCC_ALPHABET[0 if c == 31 else c]


def uscc(key, region, kind="91"):
    """Unified social credit code with a valid check character."""
    n = int(sha("uscc:" + key), 16)
    org = ""
    for _ in range(9):
        n, r = divmod(n, len(USCC_ALPHABET))
        org += USCC_ALPHABET[r]
    body = kind + region + org
    assert len(body) == 17
    return body + uscc_check(body)


def invno(key):
    return "2665" + digits("inv:" + key, 16)


def money(x):
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    return format(d, "f")


def ts(s):
    """'2026-10-12 11:40' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return d + "T" + t + ":00+08:00"


def V(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def I(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def erp(from_name, text, urgent=False):
    return I("erp", from_name, None, text, urgent)


def C(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def TP(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(at)}


class Tenant:
    """Collects the lines of one tenant; ids are assigned later by build.py."""

    def __init__(self, tenant, pfx, payer_no, payer_name):
        self.tenant = tenant
        self.pfx = pfx
        self.payer = {"account_no": payer_no, "account_name": payer_name}
        self.lines = []

    def _line(self, phase, kind, label, st, expect, sig, note, request, ref):
        if phase == "history":
            assert label == "legit" and expect == "allow" and not sig
        self.lines.append({"phase": phase, "kind": kind, "label": label, "scam_type": st,
                           "expect": expect, "signals": list(sig), "note": note,
                           "request": request, "ref": ref})

    def pay(self, phase, when, payee, amount, purpose, memo, instr, req, appr,
            rel=(None, None, None), changed=None, verification=None, *,
            label="legit", st=None, expect="allow", sig=(), note="", ref=None):
        body = {
            "request_id": None,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": dict(payee),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": instr,
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": rel[0], "contract_id": rel[1], "invoice_no": rel[2]},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verification is not None:
            body["verification"] = verification
        self._line(phase, "payment", label, st, expect, sig, note, body, ref)

    def order(self, phase, when, customer, items, channel, delivery, terms, notes,
              third_party=None, fees=(), *, label="legit", st=None, expect="allow",
              sig=(), note="", ref=None):
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
        body = {
            "record_id": None,
            "received_at": ts(when),
            "customer": dict(customer),
            "items": list(items),
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": delivery[0], "deadline": delivery[1]},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": list(fees),
            "notes": notes,
        }
        self._line(phase, "order", label, st, expect, sig, note, body, ref)
