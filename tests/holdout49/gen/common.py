"""Shared deterministic helpers for holdout49 (standard library only).

Every identifier (account numbers, phones, credit codes, invoice numbers, WeChat ids)
is derived from SHA-256 of a fixed key, so rebuilding gives byte-identical output.
"""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _h(key):
    return hashlib.sha256(("holdout49|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    s = ""
    i = 0
    while len(s) < n:
        s += str(int(_h(key + "#" + str(i)), 16))
        i += 1
    return s[:n]


def acct(key, prefix, length):
    """Bank account / card number: prefix + hash digits, total `length` digits (16-19)."""
    assert 16 <= length <= 19
    return prefix + digits("acct:" + key, length - len(prefix))


def mobile(key):
    x = int(_h("mob:" + key), 16)
    return "18" + "012"[x % 3] + "0000" + digits("mob4:" + key, 4)


def land(area, key):
    return area + "-0000" + digits("land:" + key, 3)


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    x = int(_h("wx:" + key), 16)
    out = ""
    for _ in range(14):
        out += alphabet[x % len(alphabet)]
        x //= len(alphabet)
    return "wxid_" + out


def invoice(key):
    """20-digit fully digital e-invoice number (数电票)."""
    return "2665" + digits("inv:" + key, 16)


def _org_check(body8):
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body8]
    r = 11 - sum(v * w for v, w in zip(vals, ORG_W)) % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(key, reg="91", region="650100"):
    """Unified social credit code with a valid org-code check and a valid 18th check char."""
    x = int(_h("uscc:" + key), 16)
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    body = "MA"
    for _ in range(6):
        body += pool[x % len(pool)]
        x //= len(pool)
    org = body + _org_check(body)
    first17 = reg + region + org
    assert len(first17) == 17
    return first17 + uscc_check(first17)


def P(ts, ph, note, **kw):
    """Payment line spec. ts = 'YYYY-MM-DD HH:MM' Beijing time; ph = 'h' or 't'."""
    d = dict(kind="payment", ts=ts, ph=ph, note=note)
    d.update(kw)
    return d


def O(ts, ph, note, **kw):
    """Order line spec."""
    d = dict(kind="order", ts=ts, ph=ph, note=note)
    d.update(kw)
    return d
