"""Shared helpers for the holdout2 generator and validator (no dependency on the engine)."""
from decimal import Decimal

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17: str) -> str:
    total = sum(USCC_CHARSET.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - total % 31) % 31]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARSET for c in code):
        return False
    return uscc_check(code[:17]) == code[17]


def org_code_check(first8: str) -> str:
    """GB 11714 check character of the 9-character organisation code (for realism only)."""
    weights = [3, 7, 9, 10, 5, 8, 4, 2]

    def val(c):
        return int(c) if c.isdigit() else ord(c) - ord("A") + 10

    c9 = 11 - sum(val(c) * w for c, w in zip(first8, weights)) % 11
    return "X" if c9 == 10 else "0" if c9 == 11 else str(c9)


def make_uscc(kind: str, region: str, org8: str) -> str:
    """kind: '91' company, '92' individual business; region: 6-digit division code; org8: 8 chars."""
    first17 = kind + region + org8 + org_code_check(org8)
    assert len(first17) == 17, first17
    return first17 + uscc_check(first17)


def money(x) -> str:
    return f"{Decimal(str(x)).quantize(Decimal('0.01'))}"
