"""Helpers for the holdout generator: identifiers, request builders, line builder.

Every identifier is derived deterministically from a key, so the file is reproducible.
The texts themselves are written by hand in the tenant modules.
"""
import hashlib
from decimal import Decimal

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

ZW = "\u200b"  # zero-width space, used only where a line is marked evasion_symbols


def uscc_check(s17):
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(s17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc(key, head):
    """A valid unified social credit code: head is 8 chars (type + region), e.g. '91654003'."""
    assert len(head) == 8
    h = hashlib.sha256(("uscc:" + key).encode()).digest()
    body = "MA" + "".join(USCC_CHARSET[b % 31] for b in h[:7])
    s17 = head + body
    return s17 + uscc_check(s17)


def _digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"{key}:{i}".encode()).hexdigest()
        out += "".join(str(int(c, 16) % 10) for c in h)
        i += 1
    return out[:n]


def acct(key, prefix, length):
    assert 16 <= length <= 19
    return prefix + _digits("acct:" + key, length - len(prefix))


def inv(key):
    """A 20-digit fully-digital e-invoice number."""
    return "2665" + _digits("inv:" + key, 16)


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    h = hashlib.sha256(("wx:" + key).encode()).digest()
    return "wxid_" + "".join(alphabet[b % len(alphabet)] for b in h[:14])


def money(x):
    return f"{Decimal(str(x)):.2f}"


def fw(s):
    """Full-width form of ASCII letters and digits (spaces kept as ideographic space)."""
    out = []
    for ch in s:
        if "!" <= ch <= "~":
            out.append(chr(ord(ch) + 0xFEE0))
        elif ch == " ":
            out.append("\u3000")
        else:
            out.append(ch)
    return "".join(out)


def grouped(acc, n=4):
    return " ".join(acc[i:i + n] for i in range(0, len(acc), n))


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def payment(rid, ts, payer, pe, amount, purpose, memo, channel, from_name, from_contact, text,
            urgent, requested_by, approved_by, order_id=None, contract_id=None, invoice_no=None,
            changed_at=None, verification=None):
    req = {
        "request_id": rid,
        "submitted_at": ts,
        "payer": dict(payer),
        "payee": dict(pe),
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
    if verification is not None:
        req["verification"] = verification
    return req


def verification(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": at}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def order(rid, ts, cust, items, channel, address, deadline, terms, notes, third_party=None,
          fees=()):
    its = []
    total = Decimal("0")
    for product, qty, unit, price in items:
        q = Decimal(str(qty))
        p = Decimal(str(price))
        total += q * p
        its.append({"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(p)})
    return {
        "record_id": rid,
        "received_at": ts,
        "customer": dict(cust),
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


class Tenant:
    def __init__(self, tenant):
        self.tenant = tenant
        self.lines = []
        self.h = 0
        self.t = 0

    def _add(self, phase, kind, label, scam_type, expect, signals, note, req):
        if phase == "history":
            self.h += 1
            lid = f"{self.tenant}-h{self.h:03d}"
        else:
            self.t += 1
            lid = f"{self.tenant}-t{self.t:03d}"
        line = {"id": lid, "tenant": self.tenant, "phase": phase,
                "kind": "payment" if "request_id" in req else "order",
                "label": label, "scam_type": scam_type, "expect": expect}
        assert line["kind"] == kind, (lid, kind)
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = req
        self.lines.append(line)
        return lid

    def hist(self, kind, note, req):
        return self._add("history", kind, "legit", None, "allow", [], note, req)

    def legit(self, kind, signals, note, req):
        return self._add("test", kind, "legit", None, "allow", signals, note, req)

    def scam(self, kind, scam_type, expect, signals, note, req):
        return self._add("test", kind, "scam", scam_type, expect, signals, note, req)
