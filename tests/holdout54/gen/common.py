"""Deterministic helpers shared by the holdout54 scenario files (standard library only).

Every identifier (account numbers, invoice numbers, WeChat ids, credit codes) is derived
from SHA-256 of a fixed key, so rebuilding always gives the same bytes.
"""
import hashlib
from decimal import Decimal

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(("holdout54|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    """n decimal digits derived from the key."""
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h(key + "#" + str(i)), 16))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    """A fictitious account number: fixed bank prefix + derived digits, 16-19 digits."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def invoice(key):
    """A 20-digit e-invoice number."""
    return "2665" + digits("inv:" + key, 16)


def wxid(key):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    n = int(_h("wx:" + key), 16)
    s = ""
    for _ in range(14):
        n, r = divmod(n, len(alphabet))
        s += alphabet[r]
    return "wxid_" + s


def uscc_check(first17):
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - total % 31) % 31]


def uscc(key, kind, region, valid=True):
    """Unified social credit code: kind ('91','92','93','12'), 6-digit region, 9-char body."""
    n = int(_h("uscc:" + key), 16)
    body = "MA"
    for _ in range(7):
        n, r = divmod(n, len(USCC_CHARS))
        body += USCC_CHARS[r]
    first17 = kind + region + body
    chk = uscc_check(first17)
    if not valid:
        chk = USCC_CHARS[(USCC_CHARS.index(chk) + 7) % 31]
    return first17 + chk


def money(x):
    return "%s" % Decimal(str(x)).quantize(Decimal("0.01"))


def P(t, payee, amount, purpose, memo, text, req, appr, ch="erp", frm=None, fc=None,
      urgent=False, order=None, contract=None, inv=None, changed=None, verif=None,
      label="legit", st=None, exp="allow", sig=(), note=""):
    """Shorthand for one payment line; build.py expands it."""
    return dict(kind="payment", t=t, payee=payee, amount=amount, purpose=purpose, memo=memo,
                text=text, req=req, appr=list(appr), ch=ch, frm=frm, fc=fc, urgent=urgent,
                order=order, contract=contract, inv=inv, changed=changed, verif=verif,
                label=label, st=st, exp=exp, sig=list(sig), note=note)


def O(t, cust, items, addr, deadline, terms, notes, ch="erp", third=None, fees=(),
      ref=None, label="legit", st=None, exp="allow", sig=(), note=""):
    """Shorthand for one order line; ref is a local key other lines can link to."""
    return dict(kind="order", t=t, cust=cust, items=list(items), addr=addr, deadline=deadline,
                terms=terms, notes=notes, ch=ch, third=third, fees=list(fees), ref=ref,
                label=label, st=st, exp=exp, sig=list(sig), note=note)
