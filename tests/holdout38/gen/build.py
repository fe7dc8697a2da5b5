#!/usr/bin/env python3
"""Deterministic generator for the holdout38 corpus (education and non-profits).

Standard library only, no network, no unseeded randomness: every account number,
phone, credit code and invoice number is derived from a SHA-256 of a fixed key.
Writes ../holdout38.jsonl (next to the README).  Running it twice gives
byte-identical output.
"""
import datetime as dt
import hashlib
import json
import os
import sys
from decimal import Decimal

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout38.jsonl")

# ---------------------------------------------------------------------------
# deterministic fictitious identifiers
# ---------------------------------------------------------------------------

def _digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(f"holdout38|{key}|{i}".encode()).hexdigest()
        out += "".join(str(int(c, 16) % 10) for c in h)
        i += 1
    return out[:n]


def acct(key, prefix="", n=19):
    """Account number of n digits (16-19) starting with prefix."""
    assert 16 <= n <= 19
    body = _digits("acct|" + key, n - len(prefix))
    if not prefix and body[0] == "0":
        body = "6" + body[1:]
    return prefix + body


def card(key, prefix="6217"):
    return acct(key, prefix, 19)


def mobile(key):
    p = ("133", "134", "135")[int(_digits("mp|" + key, 2)) % 3]
    return p + "0000" + _digits("mobile|" + key, 4)


def landline(area, key):
    return f"{area}-0000{_digits('tel|' + key, 3)}"


def wxid(key):
    h = hashlib.sha256(f"holdout38|wx|{key}".encode()).hexdigest()
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alphabet[int(h[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


def invoice(key):
    return "2665" + _digits("inv|" + key, 16)


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def uscc(key, head, division):
    """Unified social credit code with valid organisation-code and final check characters."""
    h = hashlib.sha256(f"holdout38|uscc|{key}".encode()).hexdigest()
    body = "MA" + "".join(USCC_CH[int(h[i:i + 2], 16) % len(USCC_CH)] for i in range(0, 12, 2))
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
    c9 = 11 - sum(v * w for v, w in zip(vals, ORG_W)) % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    first17 = head + division + org
    assert len(first17) == 17
    s = sum(USCC_CH.index(c) * w for c, w in zip(first17, USCC_W))
    c = (31 - s % 31) % 31
    return first17 + USCC_CH[c]


def money(x):
    return f"{Decimal(str(x)).quantize(Decimal('0.01'))}"


# ---------------------------------------------------------------------------
# calendar and structural signals (the generator derives them from the data)
# ---------------------------------------------------------------------------

HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MAKEUP_WORKDAYS = {dt.date(2026, 9, 20), dt.date(2026, 10, 10)}


def parse_ts(s):
    return dt.datetime.fromisoformat(s)


def is_off_hours(ts):
    t = parse_ts(ts)
    d = t.date()
    if d in HOLIDAYS:
        return True
    if t.weekday() >= 5 and d not in MAKEUP_WORKDAYS:
        return True
    minutes = t.hour * 60 + t.minute
    return not (10 * 60 <= minutes < 20 * 60)


STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

# ---------------------------------------------------------------------------
# line builders
# ---------------------------------------------------------------------------

LINES = []  # (tenant, phase, ts, kind, dict-without-ids, tag)


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def pay(tn, ph, ts, pe, amount, purpose, memo, ch, text, req, appr, *, frm=None, contact=None,
        urgent=False, order=None, contract=None, inv=None, changed=None, verif=None,
        label="legit", scam=None, expect="allow", sig=(), note="", tag=None):
    body = {
        "request_id": None,
        "submitted_at": ts + ":00+08:00",
        "payer": dict(TENANTS[tn]["payer"]),
        "payee": pe,
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm, "from_contact": contact, "text": text,
                        "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
        "payee_account_changed_at": (changed + ":00+08:00") if changed else None,
    }
    if verif:
        body["verification"] = {"callback_done": True, "callback_number": verif[0],
                                "verified_by": verif[1], "verified_at": verif[2] + ":00+08:00"}
    LINES.append(dict(tenant=tn, phase=ph, ts=body["submitted_at"], kind="payment", label=label,
                      scam_type=scam, expect=expect, sig=list(sig), note=note, request=body, tag=tag))


def order(tn, ph, ts, cust, items, channel, address, deadline, terms, notes, *, third=None,
          fees=(), label="legit", scam=None, expect="allow", sig=(), note="", tag=None):
    its = [{"product": p, "quantity": str(q), "unit": u, "unit_price": money(up)} for p, q, u, up in items]
    total = sum(Decimal(str(q)) * Decimal(str(up)) for _, q, _, up in items)
    body = {
        "record_id": None,
        "received_at": ts + ":00+08:00",
        "customer": cust,
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }
    LINES.append(dict(tenant=tn, phase=ph, ts=body["received_at"], kind="order", label=label,
                      scam_type=scam, expect=expect, sig=list(sig), note=note, request=body, tag=tag))


def cust(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


# ---------------------------------------------------------------------------
# tenants
# ---------------------------------------------------------------------------

TENANTS = {
    "boda": {"payer": {"account_no": acct("bd-payer", "", 19), "account_name": "乌鲁木齐博达职业技术学院"},
             "pay_prefix": "BD-FK", "order_prefix": "BD-PX"},
    "cihui": {"payer": {"account_no": acct("ch-payer", "", 17), "account_name": "昌吉州慈惠公益基金会"},
              "pay_prefix": "CH-ZC", "order_prefix": "CH-JZ"},
    "shihua": {"payer": {"account_no": acct("sh-payer", "", 18), "account_name": "巴音郭楞蒙古自治州石化装备行业协会"},
               "pay_prefix": "SH-FK", "order_prefix": "SH-HW"},
}
ORDER = ["boda", "cihui", "shihua"]

from data_boda import build as build_boda  # noqa: E402
from data_cihui import build as build_cihui  # noqa: E402
from data_shihua import build as build_shihua  # noqa: E402


def main():
    g = {n: globals()[n] for n in ("pay", "order", "payee", "cust", "third", "acct", "card", "mobile",
                                    "landline", "wxid", "invoice", "uscc", "TENANTS")}
    build_boda(g)
    build_cihui(g)
    build_shihua(g)

    out = []
    tagged = {}
    for tn in ORDER:
        rows = [l for l in LINES if l["tenant"] == tn]
        rows.sort(key=lambda l: (l["phase"] == "test", l["ts"]))
        hist_accts = set()
        hist_invoices = set()
        for l in rows:
            if l["phase"] == "history" and l["kind"] == "payment":
                hist_accts.add(l["request"]["payee"]["account_no"])
                if l["request"]["related"]["invoice_no"]:
                    hist_invoices.add(l["request"]["related"]["invoice_no"])
        counters = {"history": 0, "test": 0}
        daily = {}
        for l in rows:
            counters[l["phase"]] += 1
            lid = f"{tn}-{'h' if l['phase'] == 'history' else 't'}{counters[l['phase']]:03d}"
            pfx = TENANTS[tn]["pay_prefix" if l["kind"] == "payment" else "order_prefix"]
            day = l["ts"][:10].replace("-", "")
            daily[(pfx, day)] = daily.get((pfx, day), 0) + 1
            rid = f"{pfx}-{day}{daily[(pfx, day)]:03d}"
            r = l["request"]
            if l["kind"] == "payment":
                r["request_id"] = rid
            else:
                r["record_id"] = rid
            if l["tag"]:
                tagged[l["tag"]] = rid
            l["id"] = lid
            # structural signals (test lines only)
            struct = []
            if l["phase"] == "test":
                ts = parse_ts(l["ts"])
                if l["kind"] == "payment":
                    if r["payee"]["account_no"] not in hist_accts:
                        struct.append("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        struct.append("personal_account")
                    if not r["approved_by"]:
                        struct.append("no_approval")
                    if r["payee_account_changed_at"]:
                        age = ts - parse_ts(r["payee_account_changed_at"])
                        struct.append("account_changed_recent" if age <= dt.timedelta(days=30)
                                      else "account_changed_long_ago")
                    if r["related"]["invoice_no"] and r["related"]["invoice_no"] in hist_invoices:
                        struct.append("duplicate_invoice")
                else:
                    if r["customer"]["customer_id"] is None:
                        struct.append("new_customer")
                if is_off_hours(l["ts"]):
                    struct.append("off_hours")
                for s in l["sig"]:
                    assert s not in STRUCTURAL, (lid, s, "structural signals are derived, not listed")
            l["signals"] = struct + l["sig"] if l["phase"] == "test" else []
        out.extend(rows)

    # resolve order references
    for l in out:
        if l["kind"] == "payment":
            rel = l["request"]["related"]
            if rel["order_id"] and rel["order_id"].startswith("@"):
                rel["order_id"] = tagged[rel["order_id"][1:]]

    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for l in out:
            line = {"id": l["id"], "tenant": l["tenant"], "phase": l["phase"], "kind": l["kind"],
                    "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
            if l["phase"] == "history":
                line["outcome"] = "executed"
            line["signals"] = l["signals"]
            line["note"] = l["note"]
            line["request"] = l["request"]
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
