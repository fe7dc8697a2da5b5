"""Deterministic helpers shared by the holdout42 data files (standard library only)."""
import hashlib

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n):
    s, i = "", 0
    while len(s) < n:
        s += str(int(_h("%s#%d" % (key, i)), 16))
        i += 1
    return s[:n]


def acct(key, prefix, length):
    """A fictitious bank account number of `length` digits."""
    return prefix + digits("acct:" + key, length - len(prefix))


def wxid(key):
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    v = int(_h("wx:" + key), 16)
    out = ""
    for _ in range(14):
        out += alphabet[v % 36]
        v //= 36
    return "wxid_" + out


def invoice(key):
    return "2665" + digits("inv:" + key, 16)


def uscc(key, prefix):
    """Unified social credit code: 8-char prefix + 'MA' + 7 chars + check character."""
    v = int(_h("uscc:" + key), 16)
    body = "MA"
    for _ in range(7):
        body += USCC_CHARS[v % 31]
        v //= 31
    s = prefix + body
    assert len(s) == 17
    c = 31 - sum(USCC_CHARS.index(ch) * w for ch, w in zip(s, USCC_W)) % 31
    return s + USCC_CHARS[0 if c == 31 else c]


def mobile(key, xx):
    assert xx in ("57", "58", "59")
    return "1" + xx + "0000" + digits("mob:" + key, 4)


def landline(key, area):
    return area + "-0000" + digits("tel:" + key, 3)


def code(key, n=6):
    """Upper-case alphanumeric reference (bank serial numbers and the like)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    v = int(_h("code:" + key), 16)
    out = ""
    for _ in range(n):
        out += alphabet[v % len(alphabet)]
        v //= len(alphabet)
    return out
