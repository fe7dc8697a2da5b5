"""Shared deterministic helpers for holdout43 (standard library only).

Every identifier (account number, credit code, phone, IM id, invoice number) is derived
from SHA-256 of a fixed key, so the corpus is byte-identical on every rebuild.
"""
import hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(("holdout43|" + key).encode("utf-8")).digest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += "".join(str(b % 10) for b in _h(f"{key}#{i}"))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """Bank account number: fixed prefix + hashed digits, total length 16-19."""
    assert 16 <= length <= 19
    return prefix + digits("acct|" + key, length - len(prefix))


def mob(key):
    """Fictitious mobile 1XX0000xxxx with XX in 60/61/62."""
    d = _h("mob|" + key)
    return "1" + ("60", "61", "62")[d[0] % 3] + "0000" + digits("mobd|" + key, 4)


def tel(area, key):
    return f"{area}-0000" + digits("tel|" + key, 3)


def wx(key):
    a = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(a[b % len(a)] for b in _h("wx|" + key)[:14])


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(key, region, kind="91"):
    d = _h("uscc|" + key)
    org = "MA" + "".join(USCC_CHARS[b % 31] for b in d[:7])
    body = kind + region + org
    assert len(body) == 17
    return body + uscc_check(body)


def inv(key):
    """20-digit fully digital e-invoice number (Xinjiang issuer)."""
    return "2665" + digits("inv|" + key, 16)


def m2(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(s):
    """'2026-06-01T10:32' -> RFC 3339 Beijing time."""
    return s + ":00+08:00"


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


class Tenant:
    def __init__(self, tid, payer_no, payer_name, erp_prefix, staff=None):
        self.tid = tid
        self.staff = staff or {}
        self.payer = {"account_no": payer_no, "account_name": payer_name}
        self.erp_prefix = erp_prefix
        self.lines = []

    # ---- payments -------------------------------------------------------
    def pay(self, rid, at, pe, amount, purpose, memo, *, ch="erp", frm=None, contact=None,
            text=None, urgent=False, req=None, appr=(), order=None, contract=None,
            invoice=None, changed=None, verif=None):
        if frm is None and ch == "erp":
            frm = self.staff.get(req)
        if text is None:
            assert ch == "erp"
            parts = [memo, pe["name"]]
            if contract:
                parts.append("合同" + contract)
            if invoice:
                parts.append("发票" + invoice)
            text = self.erp_prefix + "｜".join(parts)
        body = {
            "request_id": rid,
            "submitted_at": ts(at),
            "payer": dict(self.payer),
            "payee": dict(pe),
            "amount": m2(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": ch, "from_name": frm, "from_contact": contact,
                            "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verif:
            num, who, when = verif
            body["verification"] = {"callback_done": True, "callback_number": num,
                                    "verified_by": who, "verified_at": ts(when)}
        return body

    # ---- orders ---------------------------------------------------------
    def order(self, rid, at, cu, items, *, ch="erp", addr="", deadline=None, terms="",
              tp=None, fees=(), notes=""):
        its, total = [], Decimal("0")
        for product, qty, unit, price in items:
            q = Decimal(str(qty))
            p = Decimal(str(price))
            total += q * p
            its.append({"product": product, "quantity": str(qty), "unit": unit,
                        "unit_price": m2(price)})
        third = None
        if tp:
            name, contact, role, amount = tp
            third = {"name": name, "contact": contact, "role": role, "amount": m2(amount)}
        return {
            "record_id": rid,
            "received_at": ts(at),
            "customer": dict(cu),
            "items": its,
            "total_amount": m2(total),
            "currency": "CNY",
            "channel": ch,
            "delivery": {"address": addr, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third,
            "fees_requested": [{"reason": r, "amount": m2(a)} for r, a in fees],
            "notes": notes,
        }

    # ---- line registration ---------------------------------------------
    def h(self, req, note):
        self.lines.append(dict(phase="history", label="legit", scam_type=None,
                               expect="allow", signals=[], note=note, request=req))

    def legit(self, req, note, signals=()):
        self.lines.append(dict(phase="test", label="legit", scam_type=None,
                               expect="allow", signals=list(signals), note=note, request=req))

    def scam(self, st, expect, req, note, signals=()):
        self.lines.append(dict(phase="test", label="scam", scam_type=st,
                               expect=expect, signals=list(signals), note=note, request=req))
