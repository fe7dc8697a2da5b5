"""Deterministic identifier helpers and line constructors for holdout53.

Every identifier is derived from SHA-256 of a fixed key, so the corpus is reproducible.
Standard library only.
"""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(("holdout53|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    """n decimal digits derived from the key."""
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h(key + "#" + str(i)), 16))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """Bank account number: fixed prefix + derived digits, total length 16-19."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def inv(key):
    """20-digit fully-digital e-invoice number (Xinjiang prefix 2665)."""
    return "2665" + digits("inv:" + key, 16)


def wx(key):
    h = _h("wx:" + key)
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    n = int(h, 16)
    s = ""
    for _ in range(14):
        s += alphabet[n % len(alphabet)]
        n //= len(alphabet)
    return "wxid_" + s


def mob(key):
    """Mobile of the reserved fictitious form 1XX0000xxxx, XX in {92, 93, 95}."""
    d = digits("mob:" + key, 5)
    xx = ["92", "93", "95"][int(d[0]) % 3]
    return "1" + xx + "0000" + d[1:]


def tel(area, key):
    """Landline of the fictitious form area-0000xxx."""
    return area + "-0000" + digits("tel:" + area + key, 3)


def uscc(key, head, region):
    """Unified social credit code with a valid GB 32100-2015 check character.

    head: 2 chars (registration authority + entity type), e.g. '91' company,
    '92' individual business, '93' farmers' cooperative, '12' public institution.
    region: 6-digit administrative division code.
    """
    h = int(_h("uscc:" + key), 16)
    body = "MA"
    for _ in range(7):
        body += USCC_CHARS[h % 31]
        h //= 31
    code17 = head + region + body
    assert len(code17) == 17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_WEIGHTS))
    return code17 + USCC_CHARS[(31 - s % 31) % 31]


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code=None, contact_name=None, phone=None, email=None, im_id=None,
             customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def P(t, payee, amount, purpose, memo, text, *, ph="test", label="legit", st=None, exp="allow",
      sig=(), note="", ch="erp", frm=None, fc=None, urgent=False, req=None, appr=(),
      order_id=None, contract=None, invoice=None, changed=None, verif=None, payer=None):
    """A payment line. t = 'YYYY-MM-DD HH:MM' Beijing time."""
    return {"kind": "payment", "t": t, "phase": ph, "label": label, "scam_type": st, "expect": exp,
            "signals": list(sig), "note": note, "payee": payee, "amount": amount,
            "purpose": purpose, "memo": memo, "channel": ch, "from_name": frm,
            "from_contact": fc, "text": text, "urgent": urgent, "requested_by": req,
            "approved_by": list(appr), "order_id": order_id, "contract_id": contract,
            "invoice_no": invoice, "changed": changed, "verification": verif, "payer": payer}


def O(t, cust, items, *, ph="test", label="legit", st=None, exp="allow", sig=(), note="",
      ch="erp", addr="", deadline=None, terms=None, tp=None, fees=(), notes=""):
    """An order line. items = [(product, quantity, unit, unit_price)]."""
    return {"kind": "order", "t": t, "phase": ph, "label": label, "scam_type": st, "expect": exp,
            "signals": list(sig), "note": note, "customer": cust, "items": list(items),
            "channel": ch, "address": addr, "deadline": deadline, "terms": terms, "tp": tp,
            "fees": list(fees), "notes": notes}


def verif(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": at}
