"""Shared helpers for the fraudscreen replay-corpus generator.

The generator only assembles JSON; every test scenario text is written by hand in the
tenant modules.  History lines are produced from small per-vendor schedules with
hand-picked memo variants.
"""
import datetime as dt
import random
from decimal import Decimal, ROUND_HALF_UP

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

# 2026 public holidays (State Council schedule) and make-up working days.
HOLIDAYS = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
             ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"),
             ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07")]:
    d = dt.date.fromisoformat(a)
    while d <= dt.date.fromisoformat(b):
        HOLIDAYS.add(d)
        d += dt.timedelta(days=1)
MAKEUP_WORKDAYS = {dt.date(2026, 1, 4), dt.date(2026, 2, 14), dt.date(2026, 2, 28),
                   dt.date(2026, 5, 9), dt.date(2026, 9, 20), dt.date(2026, 10, 10)}


def is_off_hours(ts: str) -> bool:
    t = dt.datetime.fromisoformat(ts)
    d = t.date()
    if d in HOLIDAYS:
        return True
    if t.weekday() >= 5 and d not in MAKEUP_WORKDAYS:
        return True
    minutes = t.hour * 60 + t.minute
    return minutes < 10 * 60 or minutes >= 20 * 60


def _org_code_check(body8: str) -> str:
    total = 0
    for ch, w in zip(body8, ORG_WEIGHTS):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        total += v * w
    c = 11 - total % 11
    if c == 11:
        return "0"
    if c == 10:
        return "X"
    return str(c)


def uscc_check(code17: str) -> str:
    s = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(code17, USCC_WEIGHTS))
    return USCC_CHARSET[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(ch not in USCC_CHARSET for ch in code):
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(rng: random.Random, admin6: str, kind: str = "91", new_style: bool = True) -> str:
    """kind: '91' enterprise, '92' individual business (个体工商户), '93' cooperative."""
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        if new_style:
            body = "MA" + "".join(rng.choice(pool) for _ in range(6))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        chk = _org_code_check(body)
        code17 = kind + admin6 + body + chk
        if len(code17) == 17 and all(c in USCC_CHARSET for c in code17):
            return code17 + uscc_check(code17)


def money(x) -> str:
    return str(Decimal(str(x)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP))


def ts(s: str) -> str:
    """'2026-03-16 11:20' -> '2026-03-16T11:20:00+08:00'"""
    d, t = s.split(" ")
    if len(t) == 5:
        t += ":00"
    return f"{d}T{t}+08:00"


class Ids:
    """Fictitious identifiers, unique across the corpus."""

    def __init__(self, seed=20260521):
        self.rng = random.Random(seed)
        self.used = set()

    def _uniq(self, f):
        for _ in range(1000):
            v = f()
            if v not in self.used:
                self.used.add(v)
                return v
        raise RuntimeError("id space exhausted")

    def digits(self, n):
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def corp_acct(self, prefix, length):
        return self._uniq(lambda: prefix + self.digits(length - len(prefix)))

    def card(self, prefix="6222"):
        return self._uniq(lambda: prefix + self.digits(19 - len(prefix)))

    def mobile(self):
        return self._uniq(lambda: "1380000" + self.digits(4))

    def landline(self, area):
        return self._uniq(lambda: f"{area}-0000" + self.digits(3))

    def wxid(self):
        a = "abcdefghijklmnopqrstuvwxyz0123456789"
        return self._uniq(lambda: "wxid_" + "".join(self.rng.choice(a) for _ in range(14)))

    def qq(self):
        return self._uniq(lambda: str(self.rng.randint(1, 9)) + self.digits(self.rng.choice([8, 9])))

    def invoice(self):
        return self._uniq(lambda: "2665" + self.digits(16))

    def uscc(self, admin6, kind="91", new_style=True):
        return self._uniq(lambda: make_uscc(self.rng, admin6, kind, new_style))


class Party:
    """A payee as held in the vendor master (or an ad-hoc payee)."""

    def __init__(self, name, account_no, bank, account_type="corporate", vendor_id=None,
                 phone=None, changed_at=None, short=None):
        self.name = name
        self.account_no = account_no
        self.bank = bank
        self.account_type = account_type
        self.vendor_id = vendor_id
        self.phone = phone
        self.changed_at = changed_at
        self.short = short or name

    def payee(self, **over):
        d = {"name": self.name, "account_no": self.account_no, "bank": self.bank,
             "account_type": self.account_type, "vendor_id": self.vendor_id, "phone": self.phone}
        d.update(over)
        return d


class Customer:
    def __init__(self, name, credit_code, contact_name, phone, email=None, im_id=None,
                 customer_id=None, address=None, short=None):
        self.name = name
        self.credit_code = credit_code
        self.contact_name = contact_name
        self.phone = phone
        self.email = email
        self.im_id = im_id
        self.customer_id = customer_id
        self.address = address
        self.short = short or name

    def body(self, **over):
        d = {"name": self.name, "credit_code": self.credit_code, "contact_name": self.contact_name,
             "phone": self.phone, "email": self.email, "im_id": self.im_id,
             "customer_id": self.customer_id}
        d.update(over)
        return d


class Tenant:
    def __init__(self, key, pay_prefix, order_prefix, payer_no, payer_name, staff, erp):
        self.key = key
        self.pay_prefix = pay_prefix
        self.order_prefix = order_prefix
        self.payer = {"account_no": payer_no, "account_name": payer_name}
        self.staff = staff  # code -> name
        self.erp = erp      # callable(memo, party, contract, invoice, when, n) -> text
        self.lines = []
        self._doc = {}

    # ------------------------------------------------------------------ payments
    def payment(self, when, party, amount, purpose, memo, *, text=None, channel="erp",
                from_name=None, from_contact=None, urgent=False, req=None, appr=None,
                order=None, contract=None, invoice=None, changed="default",
                verification=None, payee_over=None):
        if isinstance(party, Party):
            payee = party.payee(**(payee_over or {}))
            if changed == "default":
                changed = party.changed_at
        else:
            payee = dict(party)
            if changed == "default":
                changed = None
        day = when[:10]
        self._doc[day] = self._doc.get(day, 0) + 1
        if text is None:
            assert channel == "erp"
            text = self.erp(memo, party, contract, invoice, when, self._doc[day])
        if from_name is None and channel == "erp":
            from_name = self.staff[req]
        body = {
            "request_id": None,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": payee,
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name,
                            "from_contact": from_contact, "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr or []),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verification is not None:
            v = dict(verification)
            if v.get("verified_at"):
                v["verified_at"] = ts(v["verified_at"])
            body["verification"] = v
        return body

    # ------------------------------------------------------------------ orders
    def order(self, when, customer, items, *, channel="erp", address=None, deadline=None,
              terms="款到发货", third_party=None, fees=None, notes="", cust_over=None, ref=None):
        its = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            q = Decimal(str(qty))
            p = Decimal(money(price))
            total += q * p
            its.append({"product": product, "quantity": str(qty), "unit": unit,
                        "unit_price": money(price)})
        cust = customer.body(**(cust_over or {})) if isinstance(customer, Customer) else dict(customer)
        tp = None
        if third_party:
            tp = dict(third_party)
            if tp.get("amount") is not None:
                tp["amount"] = money(tp["amount"])
        body = {
            "record_id": None,
            "received_at": ts(when),
            "customer": cust,
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address or (customer.address if isinstance(customer, Customer) else None),
                         "deadline": deadline},
            "payment_terms": terms,
            "third_party": tp,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in (fees or [])],
            "notes": notes,
        }
        if ref:
            body["_ref"] = ref
        return body

    # ------------------------------------------------------------------ lines
    def hist(self, kind, note, body):
        self.lines.append({"phase": "history", "kind": kind, "label": "legit", "scam_type": None,
                           "expect": "allow", "signals": [], "note": note, "request": body})

    def legit(self, kind, note, body, signals=()):
        self.lines.append({"phase": "test", "kind": kind, "label": "legit", "scam_type": None,
                           "expect": "allow", "signals": list(signals), "note": note,
                           "request": body})

    def scam(self, kind, stype, expect, signals, note, body):
        self.lines.append({"phase": "test", "kind": kind, "label": "scam", "scam_type": stype,
                           "expect": expect, "signals": list(signals), "note": note,
                           "request": body})

    # ------------------------------------------------------------------ output
    def finish(self):
        """Sort, assign ids and request/record ids, resolve order references."""
        def when(line):
            r = line["request"]
            return r.get("submitted_at") or r.get("received_at")
        hist = sorted([l for l in self.lines if l["phase"] == "history"], key=when)
        test = sorted([l for l in self.lines if l["phase"] == "test"], key=when)
        assert not hist or not test or when(hist[-1]) < when(test[0]), self.key
        seq = {}
        refs = {}
        for line in hist + test:
            r = line["request"]
            w = when(line)
            day = w[2:10].replace("-", "")
            if line["kind"] == "payment":
                k = (self.pay_prefix, day)
                seq[k] = seq.get(k, 0) + 1
                r["request_id"] = f"{self.pay_prefix}-{day}{seq[k]:02d}"
            else:
                k = (self.order_prefix, day)
                seq[k] = seq.get(k, 0) + 1
                r["record_id"] = f"{self.order_prefix}-{day}{seq[k]:02d}"
                ref = r.pop("_ref", None)
                if ref:
                    refs[ref] = r["record_id"]
        for line in hist + test:
            r = line["request"]
            if line["kind"] == "payment":
                oid = r["related"]["order_id"]
                if isinstance(oid, tuple):
                    r["related"]["order_id"] = refs[oid[1]]
                    r["instruction"]["text"] = r["instruction"]["text"].replace("{ORDER}", refs[oid[1]])
        out = []
        for phase, lines, tag in (("history", hist, "h"), ("test", test, "t")):
            for i, line in enumerate(lines, 1):
                o = {"id": f"{self.key}-{tag}{i:03d}", "tenant": self.key, "phase": phase,
                     "kind": line["kind"], "label": line["label"], "scam_type": line["scam_type"],
                     "expect": line["expect"]}
                if phase == "history":
                    o["outcome"] = "executed"
                o["signals"] = line["signals"]
                o["note"] = line["note"]
                o["request"] = line["request"]
                out.append(o)
        return out


def REF(key):
    """Placeholder for a test order's record_id, resolved in Tenant.finish()."""
    return ("REF", key)
