"""Shared helpers for holdout45: deterministic identifiers and line builders.

Every identifier is derived from SHA-256 of a fixed key, so the corpus is
byte-identical on every run.  Standard library only.
"""
import hashlib
from decimal import Decimal

YEAR = "2026"


def _h(s):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()


def digits(key, n):
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(_h(f"{key}#{i}"), 16))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    assert 16 <= length <= 19
    return prefix + digits("acct/" + key, length - len(prefix))


def mob(key):
    xx = ["66", "67", "68"][int(_h("mob/" + key), 16) % 3]
    return "1" + xx + "0000" + digits("mob/" + key, 4)


def tel(area, key):
    return f"{area}-0000{digits('tel/' + key, 3)}"


def wxid(key):
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    hx = _h("wx/" + key)
    return "wxid_" + "".join(alphabet[int(hx[2 * i:2 * i + 2], 16) % len(alphabet)] for i in range(14))


def invoice(key):
    return "2665" + digits("inv/" + key, 16)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(key, head):
    """head = 2-char registration/type code + 6-digit region code."""
    assert len(head) == 8
    hx = _h("uscc/" + key)
    body = head + "MA" + "".join(USCC_CHARS[int(hx[2 * i:2 * i + 2], 16) % 31] for i in range(7))
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def ts(md_hm):
    """'08-04 12:10' -> RFC 3339 Beijing time."""
    md, hm = md_hm.split(" ")
    return f"{YEAR}-{md}T{hm}:00+08:00"


def day(md):
    return f"{YEAR}-{md}"


# ---------------------------------------------------------------- specs

def P(when, payee, amount, purpose, memo, *, text=None, ch="erp", frm=None, contact=None,
      urgent=False, req=None, appr=None, order=None, contract=None, inv=None, verif=None):
    return dict(kind="payment", when=when, payee=payee, amount=amount, purpose=purpose, memo=memo,
                text=text, ch=ch, frm=frm, contact=contact, urgent=urgent, req=req, appr=appr,
                order=order, contract=contract, inv=inv, verif=verif)


def O(when, cust, items, terms, notes, *, ch="im", addr=None, deadline=None, third=None,
      fees=(), ref=None):
    return dict(kind="order", when=when, cust=cust, items=items, terms=terms, notes=notes, ch=ch,
                addr=addr, deadline=deadline, third=third, fees=list(fees), ref=ref)


def H(note, spec):
    return dict(phase="history", label="legit", scam=None, expect="allow", sig=[], note=note, spec=spec)


def R(note, spec):
    return dict(phase="test", label="legit", scam=None, expect="allow", sig=[],
                note="Routine: " + note, spec=spec)


def N(sig, note, spec):
    return dict(phase="test", label="legit", scam=None, expect="allow", sig=list(sig),
                note="Hard negative: " + note, spec=spec)


def S(scam, expect, sig, note, spec):
    return dict(phase="test", label="scam", scam=scam, expect=expect, sig=list(sig), note=note, spec=spec)


STRUCT_PAY = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "off_hours"]
STRUCT_ORD = ["new_customer", "off_hours"]
STRUCTURAL = set(STRUCT_PAY) | set(STRUCT_ORD)


def _parse(t):
    # 'YYYY-MM-DDTHH:MM:SS+08:00'
    import datetime
    return datetime.datetime.fromisoformat(t)


def _off_hours(t):
    d = _parse(t)
    return d.weekday() >= 5 or d.hour < 10 or d.hour >= 20


def assemble(mod):
    """Turn a tenant data module into ordered corpus lines."""
    lines = list(mod.LINES)
    order_idx = {"history": 0, "test": 1}
    keyed = sorted(enumerate(lines), key=lambda p: (order_idx[p[1]["phase"]], ts(p[1]["spec"]["when"]), p[0]))
    lines = [l for _, l in keyed]

    # ids and request ids
    seq = {}
    refs = {}
    hcount = tcount = 0
    for l in lines:
        sp = l["spec"]
        t = ts(sp["when"])
        kind_code = "FK" if sp["kind"] == "payment" else "XS"
        dkey = (kind_code, t[:10])
        seq[dkey] = seq.get(dkey, 0) + 1
        l["_rid"] = f"{mod.PREFIX}-{kind_code}-{t[:10].replace('-', '')}{seq[dkey]:03d}"
        l["_ts"] = t
        if l["phase"] == "history":
            hcount += 1
            l["_id"] = f"{mod.TENANT}-h{hcount:03d}"
        else:
            tcount += 1
            l["_id"] = f"{mod.TENANT}-t{tcount:03d}"
        if sp["kind"] == "order" and sp.get("ref"):
            assert sp["ref"] not in refs, sp["ref"]
            refs[sp["ref"]] = l["_rid"]

    hist_payees = set()
    hist_invoices = set()
    out = []
    for l in lines:
        sp = l["spec"]
        if sp["kind"] == "payment":
            req = build_payment(mod, sp, l, refs)
        else:
            req = build_order(mod, sp, l)
        struct = []
        if l["phase"] == "test":
            if sp["kind"] == "payment":
                flags = {
                    "first_time_payee": req["payee"]["account_no"] not in hist_payees,
                    "personal_account": req["payee"]["account_type"] == "personal",
                    "no_approval": len(req["approved_by"]) == 0,
                    "account_changed_recent": False,
                    "account_changed_long_ago": False,
                    "duplicate_invoice": req["related"]["invoice_no"] is not None
                    and req["related"]["invoice_no"] in hist_invoices,
                    "off_hours": _off_hours(req["submitted_at"]),
                }
                ch = req["payee_account_changed_at"]
                if ch is not None:
                    delta = _parse(req["submitted_at"]) - _parse(ch)
                    if delta.total_seconds() <= 30 * 86400:
                        flags["account_changed_recent"] = True
                    else:
                        flags["account_changed_long_ago"] = True
                struct = [s for s in STRUCT_PAY if flags[s]]
            else:
                flags = {"new_customer": req["customer"]["customer_id"] is None,
                         "off_hours": _off_hours(req["received_at"])}
                struct = [s for s in STRUCT_ORD if flags[s]]
        for s in l["sig"]:
            assert s not in STRUCTURAL, (l["_id"], s)
        signals = struct + l["sig"]
        obj = {"id": l["_id"], "tenant": mod.TENANT, "phase": l["phase"], "kind": sp["kind"],
               "label": l["label"], "scam_type": l["scam"], "expect": l["expect"]}
        if l["phase"] == "history":
            obj["outcome"] = "executed"
        obj["signals"] = signals
        obj["note"] = l["note"]
        obj["request"] = req
        out.append(obj)
        if l["phase"] == "history" and sp["kind"] == "payment":
            hist_payees.add(req["payee"]["account_no"])
            if req["related"]["invoice_no"]:
                hist_invoices.add(req["related"]["invoice_no"])
    return out


def _payee(mod, p):
    v = mod.VENDORS[p] if isinstance(p, str) else p
    return v


def build_payment(mod, sp, l, refs):
    v = _payee(mod, sp["payee"])
    payee = {"name": v["name"], "account_no": v["acct"], "bank": v["bank"], "account_type": v["type"],
             "vendor_id": v.get("vid"), "phone": v.get("phone")}
    inv = sp["inv"]
    if inv is True:
        inv_no = invoice(f"{mod.TENANT}/{sp['when']}/{v['name']}/{sp['memo']}")
    elif isinstance(inv, str):
        inv_no = invoice(inv)
    else:
        inv_no = None
    text = sp["text"]
    if text is None:
        assert sp["ch"] == "erp"
        text = f"{mod.SOFT}：{sp['memo']}｜{v['name']}"
        if sp["contract"]:
            text += f"｜合同{sp['contract']}"
        if inv_no:
            text += f"｜发票{inv_no}"
    order_id = None
    if sp["order"]:
        order_id = refs[sp["order"]]
    req = {
        "request_id": l["_rid"],
        "submitted_at": ts(sp["when"]),
        "payer": dict(mod.PAYER),
        "payee": payee,
        "amount": sp["amount"],
        "currency": "CNY",
        "purpose": sp["purpose"],
        "memo": sp["memo"],
        "instruction": {"channel": sp["ch"],
                        "from_name": sp["frm"] if sp["frm"] is not None else mod.DEFAULT_FROM,
                        "from_contact": sp["contact"],
                        "text": text, "urgent": sp["urgent"]},
        "requested_by": sp["req"] or mod.DEFAULT_REQ,
        "approved_by": list(sp["appr"]) if sp["appr"] is not None else list(mod.DEFAULT_APPR),
        "related": {"order_id": order_id, "contract_id": sp["contract"], "invoice_no": inv_no},
        "payee_account_changed_at": v.get("changed"),
    }
    if sp["verif"]:
        vf = sp["verif"]
        req["verification"] = {"callback_done": vf[0], "callback_number": vf[1],
                               "verified_by": vf[2], "verified_at": ts(vf[3])}
    return req


def _plus_days(when, n):
    import datetime
    d = datetime.date.fromisoformat(day(when.split(" ")[0])) + datetime.timedelta(days=n)
    return d.isoformat()


def build_order(mod, sp, l):
    c = mod.CUSTOMERS[sp["cust"]] if isinstance(sp["cust"], str) else sp["cust"]
    items = []
    total = Decimal("0")
    for prod, qty, unit, price in sp["items"]:
        items.append({"product": prod, "quantity": qty, "unit": unit, "unit_price": price})
        total += Decimal(qty) * Decimal(price)
    total = total.quantize(Decimal("0.01"))
    third = None
    if sp["third"]:
        t = sp["third"]
        third = {"name": t[0], "contact": t[1], "role": t[2], "amount": t[3]}
    req = {
        "record_id": l["_rid"],
        "received_at": ts(sp["when"]),
        "customer": {"name": c["name"], "credit_code": c.get("code"), "contact_name": c["contact"],
                     "phone": c.get("phone"), "email": c.get("email"), "im_id": c.get("im"),
                     "customer_id": c.get("cid")},
        "items": items,
        "total_amount": f"{total:.2f}",
        "currency": "CNY",
        "channel": sp["ch"],
        "delivery": {"address": sp["addr"] or c["addr"], "deadline": day(sp["deadline"]) if sp["deadline"] else _plus_days(sp["when"], 3)},
        "payment_terms": sp["terms"],
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": a} for r, a in sp["fees"]],
        "notes": sp["notes"],
    }
    return req
