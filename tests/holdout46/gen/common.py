"""Shared helpers for the holdout46 generator (standard library only, no randomness).

Every identifier (account numbers, phone numbers, WeChat ids, invoice numbers, unified social
credit codes) is derived from the SHA-256 of a fixed key, so a rebuild is byte-identical.
"""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n):
    s = ""
    i = 0
    while len(s) < n:
        s += str(int(_h(f"{key}#{i}"), 16))
        i += 1
    return s[:n]


def acct(key, prefix, length):
    return prefix + digits("acct:" + key, length - len(prefix))


def mobile(key):
    x = int(_h("mob:" + key), 16)
    return "1" + ["70", "71", "72"][x % 3] + "0000" + digits("mob4:" + key, 4)


def land(area, key):
    return f"{area}-0000{digits('land:' + key, 3)}"


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    x = int(_h("wx:" + key), 16)
    out = ""
    for _ in range(14):
        out += alphabet[x % len(alphabet)]
        x //= len(alphabet)
    return "wxid_" + out


def invoice(key):
    return "2665" + digits("inv:" + key, 16)


def uscc(key, region, cat="91"):
    body = ""
    x = int(_h("org:" + key), 16)
    for _ in range(6):
        body += USCC_CHARS[x % 31]
        x //= 31
    org8 = "MA" + body
    # GB 11714 organisation-code check character
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda c: int(c) if c.isdigit() else ord(c) - 55
    r = 11 - sum(val(c) * w for c, w in zip(org8, ow)) % 11
    c9 = {10: "X", 11: "0"}.get(r, str(r))
    s17 = cat + region + org8 + c9
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    return s17 + USCC_CHARS[(31 - total % 31) % 31]


def vendor(name, acct_no, bank, vid=None, phone=None, atype="corporate", changed=None):
    return {"name": name, "account_no": acct_no, "bank": bank, "account_type": atype,
            "vendor_id": vid, "phone": phone, "_changed": changed}


def person(name, acct_no, bank, phone=None):
    return vendor(name, acct_no, bank, None, phone, "personal")


class Tenant:
    def __init__(self, tid, pfx, payer_name, payer_acct):
        self.tid = tid
        self.pfx = pfx
        self.payer = {"account_no": payer_acct, "account_name": payer_name}
        self.lines = []

    def pay(self, phase, ts, payee, amount, purpose, memo, text, *, req, appr, ch="erp",
            frm=None, contact=None, urgent=False, order_id=None, contract_id=None,
            invoice_no=None, verification=None, label="legit", st=None, expect="allow",
            signals=(), note, key=None):
        p = dict(payee)
        changed = p.pop("_changed")
        request = {
            "request_id": None,
            "submitted_at": ts,
            "payer": dict(self.payer),
            "payee": p,
            "amount": amount,
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": ch, "from_name": frm, "from_contact": contact,
                            "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order_id, "contract_id": contract_id,
                        "invoice_no": invoice_no},
            "payee_account_changed_at": changed,
        }
        if verification is not None:
            request["verification"] = verification
        self.lines.append({"phase": phase, "kind": "payment", "label": label,
                           "scam_type": st, "expect": expect, "signals": list(signals),
                           "note": note, "request": request, "_key": key, "_ts": ts})

    def order(self, phase, ts, customer, items, terms, delivery, deadline, notes, *,
              ch="erp", third_party=None, fees=(), label="legit", st=None, expect="allow",
              signals=(), note, key=None):
        from decimal import Decimal
        total = sum((Decimal(q) * Decimal(u) for _, q, _, u in items), Decimal("0"))
        request = {
            "record_id": None,
            "received_at": ts,
            "customer": dict(customer),
            "items": [{"product": p, "quantity": q, "unit": un, "unit_price": u}
                      for p, q, un, u in items],
            "total_amount": str(total.quantize(Decimal("0.01"))),
            "currency": "CNY",
            "channel": ch,
            "delivery": {"address": delivery, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": a} for r, a in fees],
            "notes": notes,
        }
        self.lines.append({"phase": phase, "kind": "order", "label": label,
                           "scam_type": st, "expect": expect, "signals": list(signals),
                           "note": note, "request": request, "_key": key, "_ts": ts})


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": at}
