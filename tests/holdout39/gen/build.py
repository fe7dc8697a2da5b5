#!/usr/bin/env python3
"""Build holdout39.jsonl: professional services in Xinjiang (law firm, accounting /
tax-agency firm, engineering cost consultancy).

Deterministic, standard library only. Every identifier (account numbers, phones,
WeChat ids, invoice numbers, credit codes) is derived from SHA-256 of a fixed key.
Run:  cd gen && python3 build.py   ->  ../holdout39.jsonl
"""
import datetime as _dt
import hashlib
import json
import os
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "holdout39.jsonl")

TZ = _dt.timezone(_dt.timedelta(hours=8))
HOLIDAYS = {"2026-09-25", "2026-09-26", "2026-09-27"} | {"2026-10-0%d" % d for d in range(1, 8)}

# --------------------------------------------------------------------------- ids

def _h(key):
    return hashlib.sha256(("holdout39|" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    s = str(int(_h(key), 16))
    while len(s) < n:
        s += str(int(_h(key + "+"), 16))
    return s[:n]


def acct(key, prefix, n):
    """Account number of n digits (16-19) starting with prefix."""
    assert 16 <= n <= 19
    return prefix + digits("acct|" + key, n - len(prefix))


def mobile(key):
    v = int(_h("mob|" + key), 16)
    return "1%s0000%04d" % (("36", "37", "38")[v % 3], (v // 3) % 10000)


def landline(area, key):
    v = int(_h("tel|" + key), 16)
    return "%s-0000%03d" % (area, v % 1000)


_B32 = "abcdefghijkmnpqrstuvwxyz23456789"


def wxid(key):
    v = int(_h("wx|" + key), 16)
    s = ""
    for _ in range(14):
        s += _B32[v % 32]
        v //= 32
    return "wxid_" + s


def invoice(key):
    return "2665" + digits("inv|" + key, 16)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    total = 0
    for c, wi in zip(code8, w):
        total += (int(c) if c.isdigit() else ord(c) - 55) * wi
    c9 = 11 - total % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def uscc(key, prefix="91", region="650100"):
    v = int(_h("uscc|" + key), 16)
    body = "MA"
    for _ in range(6):
        body += USCC_CHARS[v % 31]
        v //= 31
    org = body + _org_check(body)
    code17 = prefix + region + org
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code17, USCC_W))
    chk = (31 - total % 31) % 31
    return code17 + USCC_CHARS[chk]


# --------------------------------------------------------------------------- bodies

def money(x):
    d = Decimal(str(x)).quantize(Decimal("0.01"))
    return str(d)


def ts(date, time):
    return "2026-%sT%s:00+08:00" % (date, time)


def payer(account_no, account_name):
    return {"account_no": account_no, "account_name": account_name}


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def instr(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def payment(when, pyr, pye, amount, purpose, memo, instruction, requested_by, approved_by,
            order=None, contract=None, inv=None, changed=None, verification=None):
    date, time = when.split(" ")
    body = {
        "request_id": None,
        "submitted_at": ts(date, time),
        "payer": pyr,
        "payee": pye,
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": instruction,
        "requested_by": requested_by,
        "approved_by": list(approved_by),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
        "payee_account_changed_at": changed,
    }
    if verification is not None:
        body["verification"] = verification
    return ("payment", body)


def verification(number, by, at):
    d, t = at.split(" ")
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(d, t)}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit,
            "unit_price": money(unit_price)}


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def fee(reason, amount):
    return {"reason": reason, "amount": money(amount)}


def order(when, cust, items, channel, address, deadline, terms, third_party=None, fees=(), notes=""):
    date, time = when.split(" ")
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
    return ("order", {
        "record_id": None,
        "received_at": ts(date, time),
        "customer": cust,
        "items": items,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": address, "deadline": "2026-" + deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": list(fees),
        "notes": notes,
    })


# --------------------------------------------------------------------------- lines

def H(req, note, ref=None):
    kind, body = req
    return {"phase": "history", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": [], "note": note, "request": body, "ref": ref}


def L(req, note, signals=(), ref=None):
    assert note.startswith("Routine: ") or note.startswith("Hard negative: "), note
    kind, body = req
    return {"phase": "test", "kind": kind, "label": "legit", "scam_type": None,
            "expect": "allow", "signals": list(signals), "note": note, "request": body, "ref": ref}


def S(req, scam_type, expect, note, signals=(), ref=None):
    assert expect in ("flag", "block")
    kind, body = req
    return {"phase": "test", "kind": kind, "label": "scam", "scam_type": scam_type,
            "expect": expect, "signals": list(signals), "note": note, "request": body, "ref": ref}


STRUCT = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
          "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def _parse(s):
    return _dt.datetime.fromisoformat(s)


def _off_hours(s):
    t = _parse(s)
    return (t.hour < 10 or t.hour >= 20 or t.weekday() >= 5
            or t.date().isoformat() in HOLIDAYS)


def _structural(line, hist_accounts, hist_invoices):
    r = line["request"]
    out = []
    if line["kind"] == "payment":
        if r["payee"]["account_no"] not in hist_accounts:
            out.append("first_time_payee")
        if r["payee"]["account_type"] == "personal":
            out.append("personal_account")
        if not r["approved_by"]:
            out.append("no_approval")
        ch = r["payee_account_changed_at"]
        if ch is not None:
            days = (_parse(r["submitted_at"]) - _parse(ch)).total_seconds() / 86400.0
            out.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
        inv = r["related"]["invoice_no"]
        if inv is not None and inv in hist_invoices:
            out.append("duplicate_invoice")
        when = r["submitted_at"]
    else:
        if r["customer"]["customer_id"] is None:
            out.append("new_customer")
        when = r["received_at"]
    if _off_hours(when):
        out.append("off_hours")
    return out


KEY_ORDER = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome",
             "signals", "note", "request"]


def finish(tenant, prefix, entries):
    def when(e):
        r = e["request"]
        return r["submitted_at"] if e["kind"] == "payment" else r["received_at"]
    hist = sorted([e for e in entries if e["phase"] == "history"], key=when)
    test = sorted([e for e in entries if e["phase"] == "test"], key=when)
    ordered = hist + test
    # request ids
    counters = {}
    refs = {}
    for e in ordered:
        r = e["request"]
        day = when(e)[:10].replace("-", "")
        tag = "FK" if e["kind"] == "payment" else "WT"
        counters[(tag, day)] = counters.get((tag, day), 0) + 1
        rid = "%s-%s-%s%03d" % (prefix, tag, day, counters[(tag, day)])
        if e["kind"] == "payment":
            r["request_id"] = rid
        else:
            r["record_id"] = rid
        if e["ref"]:
            refs[e["ref"]] = rid
    for e in ordered:
        if e["kind"] == "payment":
            o = e["request"]["related"]["order_id"]
            if o and o.startswith("@"):
                e["request"]["related"]["order_id"] = refs[o[1:]]
    hist_accounts = {e["request"]["payee"]["account_no"] for e in hist if e["kind"] == "payment"}
    hist_invoices = {e["request"]["related"]["invoice_no"] for e in hist
                     if e["kind"] == "payment" and e["request"]["related"]["invoice_no"]}
    out = []
    hn = tn = 0
    for e in ordered:
        if e["phase"] == "history":
            hn += 1
            lid = "%s-h%03d" % (tenant, hn)
            signals = []
        else:
            tn += 1
            lid = "%s-t%03d" % (tenant, tn)
            struct = _structural(e, hist_accounts, hist_invoices)
            manual = [s for s in e["signals"] if s not in STRUCT]
            given = [s for s in e["signals"] if s in STRUCT]
            if set(given) - set(struct):
                sys.stderr.write("WARN %s: listed structural %s not in data\n"
                                 % (lid, sorted(set(given) - set(struct))))
            if e["label"] == "legit" and e["note"].startswith("Routine") and (struct or manual):
                sys.stderr.write("WARN %s: routine line has signals %s\n" % (lid, struct + manual))
            signals = struct + [s for s in manual if s not in struct]
        line = {"id": lid, "tenant": tenant, "phase": e["phase"], "kind": e["kind"],
                "label": e["label"], "scam_type": e["scam_type"], "expect": e["expect"],
                "outcome": "executed", "signals": signals, "note": e["note"],
                "request": e["request"]}
        if e["phase"] == "test":
            del line["outcome"]
        out.append(line)
    return out


def main():
    sys.path.insert(0, HERE)
    me = sys.modules[__name__]
    import data_zhengyi
    import data_mingjian
    import data_hecheng
    lines = []
    for mod in (data_zhengyi, data_mingjian, data_hecheng):
        lines += finish(mod.TENANT, mod.PREFIX, mod.build(me))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print("wrote %d lines to %s" % (len(lines), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
