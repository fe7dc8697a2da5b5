"""Shared helpers for the holdout5 corpus generator.

Standard library only.  Everything here is deterministic: identifiers are derived
from fixed labels with SHA-256, never from a random generator or the clock.
"""
from __future__ import annotations

import datetime as _dt
import hashlib
from decimal import Decimal, ROUND_HALF_UP

TZ = _dt.timezone(_dt.timedelta(hours=8))
TWO = Decimal("0.01")

# ---------------------------------------------------------------------------
# Unified social credit code (GB 32100-2015) and the embedded organisation code
# (GB 11714-1997).
# ---------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # 31 characters, no I O S V Z
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ORG_WEIGHTS = (3, 7, 9, 10, 5, 8, 4, 2)


def uscc_check_char(first17: str) -> str:
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    value = 31 - total % 31
    if value == 31:
        value = 0
    return USCC_CHARS[value]


def org_check_char(first8: str) -> str:
    def val(c: str) -> int:
        return int(c) if c.isdigit() else ord(c) - 55

    total = sum(val(c) * w for c, w in zip(first8, ORG_WEIGHTS))
    value = 11 - total % 11
    if value == 10:
        return "X"
    if value == 11:
        return "0"
    return str(value)


def uscc(kind: str, region: str, label: str) -> str:
    """Build a valid 18-character code.

    kind: registration authority + organisation type, e.g. "91" company, "92"
    individual business, "93" farmers' cooperative, "12" public institution,
    "51" social organisation, "81" trade union.  region: 6-digit admin code.
    label: any text; it seeds the 8-character organisation-code body.
    """
    assert len(kind) == 2 and len(region) == 6
    digest = hashlib.sha256(("uscc:" + label).encode()).digest()
    body_chars = [USCC_CHARS[b % 31] for b in digest[:6]]
    body = "MA" + "".join(body_chars)  # post-2015 style body starting with MA
    if kind[0] != "9":
        body = "".join(USCC_CHARS[b % 10] for b in digest[:8])  # numeric body
    org = body + org_check_char(body)
    first17 = kind + region + org
    return first17 + uscc_check_char(first17)


def uscc_valid(code: str) -> bool:
    if not isinstance(code, str) or len(code) != 18:
        return False
    if any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


# ---------------------------------------------------------------------------
# Deterministic fictitious identifiers
# ---------------------------------------------------------------------------
def _digits(label: str, n: int) -> str:
    out = ""
    i = 0
    while len(out) < n:
        out += "".join(str(b % 10) for b in hashlib.sha256(f"{label}#{i}".encode()).digest())
        i += 1
    return out[:n]


def acct(label: str, prefix: str, length: int) -> str:
    """A fictitious account number of `length` digits starting with `prefix`."""
    assert 16 <= length <= 19
    return prefix + _digits("acct:" + label, length - len(prefix))


def mobile(label: str) -> str:
    return "1380000" + _digits("mob:" + label, 4)


def landline(area: str, label: str) -> str:
    return f"{area}-0000" + _digits("tel:" + area + label, 3)


def wxid(label: str) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    digest = hashlib.sha256(("wx:" + label).encode()).digest()
    return "wxid_" + "".join(alphabet[b % len(alphabet)] for b in digest[:14])


def invoice(label: str) -> str:
    """20-digit fully digital e-invoice number style (26 = year, 65 = Xinjiang)."""
    return "2665" + _digits("inv:" + label, 16)


# ---------------------------------------------------------------------------
# Money and time
# ---------------------------------------------------------------------------
def money(x) -> str:
    return str(Decimal(str(x)).quantize(TWO, rounding=ROUND_HALF_UP))


def ts(s: str) -> str:
    """'2026-11-03 15:20' -> '2026-11-03T15:20:00+08:00'."""
    d = _dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d.isoformat()


# Public holidays in the corpus window (Beijing): Mid-Autumn 2026-09-25,
# National Day 2026-10-01..07, New Year 2027-01-01.
HOLIDAYS = {_dt.date(2026, 9, 25), _dt.date(2027, 1, 1)} | {
    _dt.date(2026, 10, d) for d in range(1, 8)
}


def is_off_hours(rfc3339: str) -> bool:
    d = _dt.datetime.fromisoformat(rfc3339)
    d = d.astimezone(TZ)
    if d.weekday() >= 5 or d.date() in HOLIDAYS:
        return True
    return d.hour < 10 or d.hour >= 20


# ---------------------------------------------------------------------------
# Line metadata
# ---------------------------------------------------------------------------
def H(note: str) -> dict:
    """History line metadata."""
    return {"phase": "history", "label": "legit", "scam_type": None, "expect": "allow",
            "signals": [], "note": note}


def L(note: str, signals=()) -> dict:
    """Legitimate test line ('Routine:' or 'Hard negative:' note)."""
    return {"phase": "test", "label": "legit", "scam_type": None, "expect": "allow",
            "signals": list(signals), "note": note}


def S(scam_type: str, expect: str, signals, note: str) -> dict:
    """Scam test line."""
    return {"phase": "test", "label": "scam", "scam_type": scam_type, "expect": expect,
            "signals": list(signals), "note": note}


# ---------------------------------------------------------------------------
# Request builders (exact key order of the wire contract)
# ---------------------------------------------------------------------------
class Tenant:
    def __init__(self, key: str, prefix: str, payer_account: str, payer_name: str):
        self.key = key
        self.prefix = prefix
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self.entries: list[dict] = []

    # -- payments ---------------------------------------------------------
    def pay(self, when: str, meta: dict, payee: dict, amount, purpose, memo, *,
            channel="erp", from_name=None, from_contact=None, text="", urgent=False,
            requested_by=None, approved_by=(), order_id=None, contract_id=None,
            invoice_no=None, changed_at=None, verification=None, rid=None):
        req = {
            "request_id": rid,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": {
                "name": payee["name"],
                "account_no": payee["account_no"],
                "bank": payee["bank"],
                "account_type": payee["account_type"],
                "vendor_id": payee.get("vendor_id"),
                "phone": payee.get("phone"),
            },
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {
                "channel": channel,
                "from_name": from_name,
                "from_contact": from_contact,
                "text": text,
                "urgent": bool(urgent),
            },
            "requested_by": requested_by,
            "approved_by": list(approved_by),
            "related": {"order_id": order_id, "contract_id": contract_id,
                        "invoice_no": invoice_no},
            "payee_account_changed_at": ts(changed_at) if changed_at else None,
        }
        if verification is not None:
            v = dict(verification)
            v["verified_at"] = ts(v["verified_at"])
            req["verification"] = {
                "callback_done": v["callback_done"],
                "callback_number": v["callback_number"],
                "verified_by": v["verified_by"],
                "verified_at": v["verified_at"],
            }
        self.entries.append({"kind": "payment", "meta": meta, "request": req})
        return req

    # -- orders -------------------------------------------------------------
    def order(self, when: str, meta: dict, customer: dict, items, *, channel,
              address, deadline, terms, notes, third_party=None, fees=(), rid=None):
        item_objs = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            q = Decimal(str(qty))
            p = Decimal(str(price)).quantize(TWO)
            total += q * p
            item_objs.append({"product": product, "quantity": str(qty), "unit": unit,
                              "unit_price": money(p)})
        tp = None
        if third_party is not None:
            tp = {"name": third_party["name"], "contact": third_party["contact"],
                  "role": third_party["role"], "amount": money(third_party["amount"])}
        req = {
            "record_id": rid,
            "received_at": ts(when),
            "customer": {
                "name": customer["name"],
                "credit_code": customer.get("credit_code"),
                "contact_name": customer.get("contact_name"),
                "phone": customer.get("phone"),
                "email": customer.get("email"),
                "im_id": customer.get("im_id"),
                "customer_id": customer.get("customer_id"),
            },
            "items": item_objs,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": tp,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        self.entries.append({"kind": "order", "meta": meta, "request": req})
        return req

    # -- finalise -------------------------------------------------------------
    def lines(self) -> list[dict]:
        """Sort, assign ids, and return the JSON-ready lines of this tenant."""
        hist = [e for e in self.entries if e["meta"]["phase"] == "history"]
        test = [e for e in self.entries if e["meta"]["phase"] == "test"]

        def when(e):
            r = e["request"]
            return r.get("submitted_at") or r.get("received_at")

        hist.sort(key=when)
        test.sort(key=when)
        if hist and test:
            assert when(hist[-1]) < when(test[0]), "history must precede test"
        out = []
        seq_per_day: dict[tuple, int] = {}
        for phase_tag, group in (("h", hist), ("t", test)):
            for n, e in enumerate(group, 1):
                r = e["request"]
                kind_tag = "FK" if e["kind"] == "payment" else "DD"
                id_key = "request_id" if e["kind"] == "payment" else "record_id"
                if r[id_key] is None:
                    day = when(e)[:10].replace("-", "")
                    k = (kind_tag, day)
                    seq_per_day[k] = seq_per_day.get(k, 0) + 1
                    r[id_key] = f"{self.prefix}-{kind_tag}-{day}-{seq_per_day[k]:02d}"
                m = e["meta"]
                line = {
                    "id": f"{self.key}-{phase_tag}{n:03d}",
                    "tenant": self.key,
                    "phase": m["phase"],
                    "kind": e["kind"],
                    "label": m["label"],
                    "scam_type": m["scam_type"],
                    "expect": m["expect"],
                }
                if m["phase"] == "history":
                    line["outcome"] = "executed"
                line["signals"] = m["signals"]
                line["note"] = m["note"]
                line["request"] = r
                out.append(line)
        return out
