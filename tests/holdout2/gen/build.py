#!/usr/bin/env python3
"""Writes ../holdout2.jsonl: a second, independent labelled holdout corpus.

Written from the corpus README, PRODUCT.md and TYPOLOGIES.md only, without looking at the
rule packs, the engine source or the other corpora. Every company, person, account, phone
number and e-mail address is invented. Run: python3 build.py && python3 validate.py
"""
import json
import os
import random
from decimal import Decimal

from common import make_uscc, money

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "holdout2.jsonl")

_rng = random.Random(20261102)
_accts = {}


def acct(key, prefix, length):
    """A stable fictitious account number: prefix + seeded digits, total length 16-19."""
    if key not in _accts:
        body = "".join(_rng.choice("0123456789") for _ in range(length - len(prefix)))
        _accts[key] = prefix + body
    return _accts[key]


_inv = {}


def inv(key, prefix):
    """A stable fictitious 20-digit e-invoice number."""
    if key not in _inv:
        _inv[key] = prefix + "".join(_rng.choice("0123456789") for _ in range(20 - len(prefix)))
    return _inv[key]


LINES = []


class Tenant:
    def __init__(self, name, pay_prefix, order_prefix, payer, erp_prefix):
        self.name = name
        self.pay_prefix = pay_prefix
        self.order_prefix = order_prefix
        self.payer = payer
        self.erp_prefix = erp_prefix
        self.h = 0
        self.t = 0
        self.seq = {}

    def _rid(self, prefix, ts):
        day = ts[:10].replace("-", "")
        n = self.seq.get((prefix, day), 0) + 1
        self.seq[(prefix, day)] = n
        return f"{prefix}-{day}{n:03d}"

    def _wrap(self, phase, kind, req, label="legit", scam_type=None, expect="allow",
              signals=(), note=""):
        if phase == "history":
            self.h += 1
            lid = f"{self.name}-h{self.h:03d}"
        else:
            self.t += 1
            lid = f"{self.name}-t{self.t:03d}"
        line = {"id": lid, "tenant": self.name, "phase": phase, "kind": kind, "label": label,
                "scam_type": scam_type, "expect": expect}
        if phase == "history":
            line["outcome"] = "executed"
        line["signals"] = list(signals)
        line["note"] = note
        line["request"] = req
        LINES.append(line)
        return line

    def pay(self, phase, ts, payee, amount, purpose, memo, *, channel="erp", from_name=None,
            from_contact=None, text=None, urgent=False, requested_by, approved_by,
            order_id=None, contract_id=None, invoice_no=None, changed_at=None,
            verification=None, currency="CNY", payer=None, **meta):
        if text is None:
            parts = [memo, payee["short"]]
            if contract_id:
                parts.append("合同" + contract_id)
            if invoice_no:
                parts.append("发票" + invoice_no)
            text = self.erp_prefix + "｜".join(parts)
        req = {
            "request_id": self._rid(self.pay_prefix, ts),
            "submitted_at": ts,
            "payer": dict(payer or self.payer),
            "payee": {k: payee[k] for k in ("name", "account_no", "bank", "account_type",
                                            "vendor_id", "phone")},
            "amount": money(amount),
            "currency": currency,
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name,
                            "from_contact": from_contact, "text": text, "urgent": urgent},
            "requested_by": requested_by,
            "approved_by": list(approved_by),
            "related": {"order_id": order_id, "contract_id": contract_id,
                        "invoice_no": invoice_no},
            "payee_account_changed_at": changed_at,
        }
        if verification is not None:
            req["verification"] = verification
        return self._wrap(phase, "payment", req, **meta)

    def order(self, phase, ts, customer, items, *, channel, address, deadline, terms,
              third_party=None, fees=(), notes="", currency="CNY", **meta):
        its = [{"product": p, "quantity": q, "unit": u, "unit_price": money(pr)}
               for p, q, u, pr in items]
        total = sum(Decimal(q) * Decimal(money(pr)) for _, q, _, pr in items)
        req = {
            "record_id": self._rid(self.order_prefix, ts),
            "received_at": ts,
            "customer": {k: customer[k] for k in ("name", "credit_code", "contact_name",
                                                  "phone", "email", "im_id", "customer_id")},
            "items": its,
            "total_amount": money(total),
            "currency": currency,
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        return self._wrap(phase, "order", req, **meta)


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None,
          short=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone,
            "short": short or name}


def cust(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def ts(day, hm):
    return f"2026-{day}T{hm}:00+08:00"


ZW = "\u200b"  # zero-width space used as an evasion device

exec(open(os.path.join(HERE, "tenant_ruihe.py"), encoding="utf-8").read())
exec(open(os.path.join(HERE, "tenant_fenyuan.py"), encoding="utf-8").read())

with open(OUT, "w", encoding="utf-8") as f:
    for line in LINES:
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(f"wrote {len(LINES)} lines to {os.path.normpath(OUT)}")
