#!/usr/bin/env python3
"""Build holdout52.jsonl deterministically (standard library only).

Every identifier (account numbers, invoice numbers, credit codes, IM ids) is
derived from SHA-256 of a fixed key, so a rebuild is byte-identical.
Structural signals (first_time_payee, personal_account, no_approval,
account_changed_recent/long_ago, duplicate_invoice, new_customer, off_hours)
are computed here from the data and appended to the hand-written signals.
"""
import datetime as dt
import hashlib
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import data_silu  # noqa: E402
import data_kouan  # noqa: E402
import data_dianshang  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "holdout52.jsonl")
TZ = dt.timezone(dt.timedelta(hours=8))
HOLIDAYS = {"2026-05-01", "2026-05-02", "2026-05-03", "2026-05-04", "2026-05-05",
            "2026-06-19", "2026-06-20", "2026-06-21"}
STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def h(key):
    return hashlib.sha256(("holdout52|" + key).encode("utf-8")).hexdigest()


def digits(key, n, prefix=""):
    s = str(int(h(key), 16))
    return (prefix + s)[:n]


def acct(spec):
    if isinstance(spec, str):
        return spec
    seed, n, prefix = spec
    return digits("acct|" + seed, n, prefix)


def invno(seed):
    return digits("inv|" + seed, 20, "2665")


def wxid(seed):
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    v = int(h("wx|" + seed), 16)
    out = []
    for _ in range(14):
        v, r = divmod(v, len(alpha))
        out.append(alpha[r])
    return "wxid_" + "".join(out)


def uscc(seed, region):
    v = int(h("uscc|" + seed), 16)
    body = "91" + region + "MA"
    for _ in range(7):
        v, r = divmod(v, 31)
        body += USCC_CHARS[r]
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def ts(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)
    return d


def iso(d):
    return d.isoformat()


def off_hours(d):
    return d.hour < 10 or d.hour >= 20 or d.weekday() >= 5 or d.strftime("%Y-%m-%d") in HOLIDAYS


def resolve_value(v, tenant_mod):
    """Expand small placeholders used in data files."""
    if isinstance(v, str) and v.startswith("wx:"):
        return wxid(tenant_mod.TENANT + "|" + v[3:])
    return v


def build_tenant(mod):
    T = mod.TENANT
    lines = []
    hist_accts = set()
    hist_invoices = set()
    seq = {}
    refs = {}
    last = None
    hn = tn = 0
    for e in mod.LINES:
        d = ts(e["t"])
        assert last is None or d >= last, (T, e["t"])
        last = d
        phase = "history" if e["ph"] == "h" else "test"
        if phase == "test" and hn == 0:
            raise SystemExit("history must come first")
        if phase == "history":
            assert tn == 0, "history after test in " + T
            hn += 1
            lid = "%s-h%03d" % (T, hn)
        else:
            tn += 1
            lid = "%s-t%03d" % (T, tn)
        kind = "payment" if e["k"] == "p" else "order"
        pref = mod.PAY_PREFIX if kind == "payment" else mod.ORDER_PREFIX
        day = d.strftime("%Y%m%d")
        seq[(pref, day)] = seq.get((pref, day), 0) + 1
        rid = "%s-%s%03d" % (pref, day, seq[(pref, day)])
        if "ref" in e:
            refs[e["ref"]] = rid
        struct = []
        if kind == "payment":
            pay = mod.PAYERS[e.get("payer", "cny")]
            pe = e["payee"]
            if isinstance(pe, str):
                v = dict(mod.VENDORS[pe])
                v["vid"] = pe
            else:
                v = dict(pe)
            for k2 in ("acct",):
                if k2 in e:
                    v["acct"] = e[k2]
            if "payee_name" in e:
                v["name"] = e["payee_name"]
            if "bank" in e:
                v["bank"] = e["bank"]
            acc = acct(v["acct"])
            inv = invno(e["inv"]) if e.get("inv") else None
            memo = e.get("memo")
            text = e.get("text")
            if text is None and e.get("ch", "erp") == "erp":
                text = mod.erp_text(e, v, inv)
            repl = {"{tail}": acc[-4:], "{acct}": acc, "{inv}": inv or ""}
            for a, b in repl.items():
                memo = memo.replace(a, b) if memo else memo
                text = text.replace(a, b) if text else text
            req = e.get("req", mod.DEFAULT_REQ)
            appr = list(e.get("appr", mod.DEFAULT_APPR))
            assert req not in appr
            changed = e.get("changed")
            body = {
                "request_id": rid,
                "submitted_at": iso(d),
                "payer": {"account_no": acct(pay[0]), "account_name": pay[1]},
                "payee": {"name": v["name"], "account_no": acc, "bank": v["bank"],
                          "account_type": v["type"], "vendor_id": v.get("vid"),
                          "phone": v.get("phone")},
                "amount": e["amt"],
                "currency": e.get("cur", "CNY"),
                "purpose": e.get("purpose"),
                "memo": memo,
                "instruction": {"channel": e.get("ch", "erp"),
                                "from_name": e.get("frm", mod.EMP.get(req)),
                                "from_contact": resolve_value(e.get("frc"), mod),
                                "text": text, "urgent": e.get("urg", False)},
                "requested_by": req,
                "approved_by": appr,
                "related": {"order_id": refs[e["order"][1:]] if e.get("order", "") and e["order"].startswith("@") else e.get("order"),
                            "contract_id": e.get("contract"), "invoice_no": inv},
                "payee_account_changed_at": iso(ts(changed)) if changed else None,
            }
            if e.get("verif"):
                vf = e["verif"]
                body["verification"] = {"callback_done": True, "callback_number": vf[0],
                                        "verified_by": vf[1], "verified_at": iso(ts(vf[2]))}
            if phase == "test":
                if acc not in hist_accts:
                    struct.append("first_time_payee")
                if v["type"] == "personal":
                    struct.append("personal_account")
                if not appr:
                    struct.append("no_approval")
                if changed:
                    age = d - ts(changed)
                    struct.append("account_changed_recent" if age <= dt.timedelta(days=30)
                                  else "account_changed_long_ago")
                if inv and inv in hist_invoices:
                    struct.append("duplicate_invoice")
            else:
                hist_accts.add(acc)
                if inv:
                    hist_invoices.add(inv)
        else:
            c = e["cust"]
            if isinstance(c, str):
                c = dict(mod.CUSTOMERS[c])
            else:
                c = dict(c)
            cc = c.get("cc")
            items = []
            total = Decimal("0")
            for (prod, q, unit, price) in e["items"]:
                items.append({"product": prod, "quantity": q, "unit": unit, "unit_price": price})
                total += Decimal(q) * Decimal(price)
            total = total.quantize(Decimal("0.01"))
            tp = e.get("tp")
            body = {
                "record_id": rid,
                "received_at": iso(d),
                "customer": {"name": c["name"], "credit_code": uscc(*cc) if isinstance(cc, tuple) else cc,
                             "contact_name": c.get("contact"), "phone": c.get("phone"),
                             "email": c.get("email"), "im_id": resolve_value(c.get("im"), mod),
                             "customer_id": c.get("cid")},
                "items": items,
                "total_amount": "%.2f" % total,
                "currency": e.get("cur", "CNY"),
                "channel": e.get("ch", "erp"),
                "delivery": {"address": e["addr"], "deadline": e["deadline"]},
                "payment_terms": e.get("terms"),
                "third_party": ({"name": tp[0], "contact": tp[1], "role": tp[2], "amount": tp[3]}
                                if tp else None),
                "fees_requested": [{"reason": r, "amount": a} for (r, a) in e.get("fees", [])],
                "notes": e.get("notes"),
            }
            if phase == "test" and not c.get("cid"):
                struct.append("new_customer")
        if phase == "test" and off_hours(d):
            struct.append("off_hours")
        # structural signals are always computed from the data, never hand-written
        sig = [s for s in e.get("sig", []) if s not in STRUCTURAL]
        if phase == "history":
            assert not sig
        label = e.get("lab", "legit")
        line = {"id": lid, "tenant": T, "phase": phase, "kind": kind, "label": label,
                "scam_type": e.get("st"), "expect": e.get("exp", "allow")}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = [] if phase == "history" else sig + struct
        line["note"] = e["note"]
        line["request"] = body
        lines.append(line)
    return lines


def main():
    out = []
    for mod in (data_silu, data_kouan, data_dianshang):
        out.extend(build_tenant(mod))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(out), os.path.normpath(OUT)))


if __name__ == "__main__":
    main()
