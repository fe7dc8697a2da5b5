"""Deterministic helpers for the holdout50 generator (standard library only).

Every identifier (account number, phone, WeChat id, invoice number, credit code)
is derived from the SHA-256 of a fixed key, so a rebuild is byte-identical.
"""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h(f"{key}#{i}"), 16))[3:]
        i += 1
    return out[:n]


def acct(key, prefix, length=19):
    """Bank account number of 16-19 digits: fixed prefix + hash digits."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def mobile(key):
    """Fictitious mobile 1XX0000xxxx, XX in {83, 84, 85}."""
    x = int(_h("mob:" + key), 16)
    return "1" + ["83", "84", "85"][x % 3] + "0000" + digits("mobd:" + key, 4)


def landline(area, key):
    """Fictitious landline area-0000xxx."""
    return f"{area}-0000{digits('tel:' + key, 3)}"


def wxid(key):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    x = int(_h("wx:" + key), 16)
    s = ""
    for _ in range(14):
        s += alphabet[x % len(alphabet)]
        x //= len(alphabet)
    return "wxid_" + s


def inv(key):
    """20-digit fully digital VAT invoice number."""
    return "26" + digits("inv:" + key, 18)


def uscc_check(first17):
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc(key, region):
    """Unified social credit code: 91 + 6-digit region + 9-char org code + check."""
    assert len(region) == 6
    org8 = digits("org:" + key, 8)
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    c = 11 - sum(int(d) * x for d, x in zip(org8, w)) % 11
    org9 = org8 + ("X" if c == 10 else "0" if c == 11 else str(c))
    first17 = "91" + region + org9
    return first17 + uscc_check(first17)


# ---------------------------------------------------------------- line specs

def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None, short=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone, "_short": short or name}


def customer(name, credit_code=None, contact_name=None, phone=None, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


class Ref:
    """Reference to another line's request/record id, resolved after ids are assigned."""

    def __init__(self, key):
        self.key = key


def pay(t, key, p, amount, purpose, memo, *, text=None, ch="erp", frm=None, contact=None, urgent=False,
        req, appr, order=None, contract=None, inv_no=None, changed=None, verif=None,
        label="legit", scam=None, expect="allow", sig=(), note, history_note=None):
    return {"kind": "payment", "t": t, "key": key, "payee": p, "amount": amount, "purpose": purpose,
            "memo": memo, "text": text, "ch": ch, "frm": frm, "contact": contact, "urgent": urgent,
            "req": req, "appr": list(appr), "order": order, "contract": contract, "inv": inv_no,
            "changed": changed, "verif": verif, "label": label, "scam": scam, "expect": expect,
            "sig": list(sig), "note": note}


def order(t, key, c, items, *, ch, addr, deadline, terms, third=None, fees=(), notes,
          label="legit", scam=None, expect="allow", sig=(), note):
    return {"kind": "order", "t": t, "key": key, "cust": c, "items": items, "ch": ch, "addr": addr,
            "deadline": deadline, "terms": terms, "third": third, "fees": list(fees), "notes": notes,
            "label": label, "scam": scam, "expect": expect, "sig": list(sig), "note": note}


def verification(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": at}
