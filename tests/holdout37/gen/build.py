#!/usr/bin/env python3
"""Deterministic generator for the holdout37 corpus.

Three fictitious subsidiaries of fictitious state-owned energy groups in eastern Xinjiang:
  naomaohu  - open-pit coal mine at Naomaohu (Yiwu county, Hami)
  wucaiwan  - coal-chemical plant at Wucaiwan (Zhundong)
  fengche   - wind-farm operator at Dabancheng (Urumqi)

Standard library only; every pseudo-random value comes from random.Random(37) drawn in a
fixed order, so two runs give byte-identical output.
Writes ../holdout37.jsonl (next to the README).
"""
import datetime as dt
import json
import os
import random
import re
from decimal import Decimal

RND = random.Random(37)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout37.jsonl")

# ---------------------------------------------------------------- helpers: numbers

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
ORG_BODY = "0123456789ABCDEFGHJKLMNPQRTUWXY"


def uscc(region, kind="91"):
    """A unified social credit code with valid org-code and USCC check characters."""
    body = "MA" + "".join(RND.choice(ORG_BODY) for _ in range(6))
    s = 0
    for ch, w in zip(body, ORG_W):
        v = int(ch) if ch.isdigit() else ord(ch) - 55
        s += v * w
    c = 11 - s % 11
    org_check = {10: "X", 11: "0"}.get(c, str(c))
    first17 = kind + region + body + org_check
    total = sum(USCC_CHARS.index(ch) * w for ch, w in zip(first17, USCC_W))
    c18 = (31 - total % 31) % 31
    return first17 + USCC_CHARS[c18]


def digits(n):
    return "".join(RND.choice("0123456789") for _ in range(n))


def corp_acct(prefix, length):
    return prefix + digits(length - len(prefix))


def card(prefix="6222"):
    return prefix + digits(19 - len(prefix))


USED_INV = set()


def invoice():
    while True:
        v = "2665" + digits(16)
        if v not in USED_INV:
            USED_INV.add(v)
            return v


USED_MOB = set()


def mobile():
    while True:
        v = RND.choice(["130", "131", "132"]) + "0000" + digits(4)
        if v not in USED_MOB:
            USED_MOB.add(v)
            return v


def wxid():
    return "wxid_" + "".join(RND.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(14))


def money(x):
    return f"{Decimal(str(x)):.2f}"


def ts(s):
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.strftime("%Y-%m-%dT%H:%M:00+08:00")


# ---------------------------------------------------------------- structural signals

HOLIDAYS = {"2026-09-25"} | {f"2026-10-0{i}" for i in range(1, 8)}


def off_hours(stamp):
    d = dt.datetime.fromisoformat(stamp)
    if d.strftime("%Y-%m-%d") in HOLIDAYS or d.weekday() >= 5:
        return True
    return d.hour < 10 or d.hour >= 20


STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]

# ---------------------------------------------------------------- tenant model


class Tenant:
    def __init__(self, tid, prefix, pay_code, ord_code, payer_name, payer_acct):
        self.tid, self.prefix, self.pay_code, self.ord_code = tid, prefix, pay_code, ord_code
        self.payer = {"account_no": payer_acct, "account_name": payer_name}
        self.vendors, self.customers, self.lines, self.inv = {}, {}, [], {}

    def vendor(self, key, name, acct, bank, atype, vid, phone):
        self.vendors[key] = {"name": name, "account_no": acct, "bank": bank,
                             "account_type": atype, "vendor_id": vid, "phone": phone}

    def customer(self, key, name, code, contact, phone, email, im, cid):
        self.customers[key] = {"name": name, "credit_code": code, "contact_name": contact,
                               "phone": phone, "email": email, "im_id": im, "customer_id": cid}

    def payee(self, p, **over):
        base = dict(self.vendors[p]) if isinstance(p, str) else dict(p)
        base.update(over)
        return {k: base.get(k) for k in ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]}

    # a payment line
    def P(self, when, payee, amount, purpose, memo, text, *, ch="erp", frm=None, contact=None,
          urgent=False, req=None, appr=None, order=None, contract=None, inv=None, changed=None,
          verif=None, lab="legit", st=None, exp="allow", sig=(), note="", key=None, phase="test"):
        if inv == "auto":
            inv = invoice()
        elif isinstance(inv, tuple):
            if inv[0] == "new":
                self.inv[inv[1]] = invoice()
                inv = self.inv[inv[1]]
            else:
                inv = self.inv[inv[1]]
        req_body = {
            "request_id": None,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": payee if isinstance(payee, dict) and "account_type" in payee and len(payee) == 6 else self.payee(payee),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": ch, "from_name": frm or self.clerk, "from_contact": contact,
                            "text": text, "urgent": urgent},
            "requested_by": req or self.req,
            "approved_by": list(self.appr if appr is None else appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verif:
            req_body["verification"] = verif
        self.lines.append(dict(kind="payment", phase=phase, label=lab, scam_type=st, expect=exp,
                               signals=list(sig), note=note, request=req_body, key=key))

    # an order line
    def O(self, when, cust, items, terms, addr, deadline, notes, *, ch="erp", third=None, fees=(),
          lab="legit", st=None, exp="allow", sig=(), note="", key=None, phase="test"):
        c = dict(self.customers[cust]) if isinstance(cust, str) else dict(cust)
        its = [{"product": p, "quantity": str(q), "unit": u, "unit_price": money(pr)} for p, q, u, pr in items]
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its)
        body = {
            "record_id": None,
            "received_at": ts(when),
            "customer": {k: c.get(k) for k in ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]},
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": ch,
            "delivery": {"address": addr, "deadline": deadline},
            "payment_terms": terms,
            "third_party": None if third is None else {"name": third[0], "contact": third[1], "role": third[2], "amount": money(third[3])},
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        self.lines.append(dict(kind="order", phase=phase, label=lab, scam_type=st, expect=exp,
                               signals=list(sig), note=note, request=body, key=key))

    def H(self, *a, **k):  # history payment
        k["phase"] = "history"
        self.P(*a, **k)

    def HO(self, *a, **k):  # history order
        k["phase"] = "history"
        self.O(*a, **k)

    # ------------------------------------------------------------ finalise
    def finalise(self):
        def stamp(l):
            r = l["request"]
            return r.get("submitted_at") or r.get("received_at")
        hist = sorted([l for l in self.lines if l["phase"] == "history"], key=stamp)
        test = sorted([l for l in self.lines if l["phase"] == "test"], key=stamp)
        seq, keymap = {}, {}
        for n, l in enumerate(hist, 1):
            l["id"] = f"{self.tid}-h{n:03d}"
        for n, l in enumerate(test, 1):
            l["id"] = f"{self.tid}-t{n:03d}"
        for l in hist + test:
            r = l["request"]
            day = stamp(l)[:10].replace("-", "")
            code = self.pay_code if l["kind"] == "payment" else self.ord_code
            seq[(code, day)] = seq.get((code, day), 0) + 1
            rid = f"{self.prefix}-{code}-{day}{seq[(code, day)]:03d}"
            if l["kind"] == "payment":
                r["request_id"] = rid
            else:
                r["record_id"] = rid
            if l["key"]:
                keymap[l["key"]] = rid
        for l in hist + test:
            r = l["request"]
            if l["kind"] == "payment" and isinstance(r["related"]["order_id"], tuple):
                r["related"]["order_id"] = keymap[r["related"]["order_id"][1]]
        # structural signals, from the data, for test lines
        seen_acct, seen_inv = set(), set()
        for l in hist:
            r = l["request"]
            if l["kind"] == "payment":
                seen_acct.add(r["payee"]["account_no"])
                if r["related"]["invoice_no"]:
                    seen_inv.add(r["related"]["invoice_no"])
            if l["signals"]:
                raise SystemExit(f"history line {l['id']} must carry no signals")
        for l in test:
            r = l["request"]
            comp = set()
            if l["kind"] == "payment":
                if r["payee"]["account_no"] not in seen_acct:
                    comp.add("first_time_payee")
                if r["payee"]["account_type"] == "personal":
                    comp.add("personal_account")
                if not r["approved_by"]:
                    comp.add("no_approval")
                if r["payee_account_changed_at"]:
                    days = (dt.datetime.fromisoformat(r["submitted_at"]) - dt.datetime.fromisoformat(r["payee_account_changed_at"])).total_seconds() / 86400
                    comp.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                if r["related"]["invoice_no"] in seen_inv:
                    comp.add("duplicate_invoice")
                if off_hours(r["submitted_at"]):
                    comp.add("off_hours")
            else:
                if r["customer"]["customer_id"] is None:
                    comp.add("new_customer")
                if off_hours(r["received_at"]):
                    comp.add("off_hours")
            for s in l["signals"]:
                if s in STRUCTURAL and s not in comp:
                    raise SystemExit(f"{l['id']}: signal {s} given but not in the data")
            for s in STRUCTURAL:
                if s in comp and s not in l["signals"]:
                    l["signals"].append(s)
        return hist + test

    def rows(self):
        out = []
        for l in self.finalise():
            row = {"id": l["id"], "tenant": self.tid, "phase": l["phase"], "kind": l["kind"],
                   "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
            if l["phase"] == "history":
                row["outcome"] = "executed"
            row["signals"] = l["signals"]
            row["note"] = l["note"]
            row["request"] = l["request"]
            out.append(row)
        return out


# ================================================================= tenant 1: naomaohu
def build_naomaohu():
    T = Tenant("naomaohu", "XMLT", "FK", "XS", "伊吾星煤露天煤业有限公司", corp_acct("30020346", 19))
    T.clerk, T.req, T.appr = "马玉梅", "E3101", ["E3102"]
    T.vendor("blast", "哈密天宇爆破工程有限公司", corp_acct("306501", 17), "中国农业银行伊吾县支行", "corporate", "V-NM01", "0902-0000311")
    T.vendor("earth", "新疆戈壁鹰土石方工程有限公司", corp_acct("1076", 18), "中国银行哈密分行", "corporate", "V-NM02", "0902-0000356")
    T.vendor("parts", "哈密众力矿山机械配件有限公司", corp_acct("8803", 18), "哈密市商业银行", "corporate", "V-NM03", "0902-0000472")
    T.vendor("explo", "哈密民安爆破器材专营有限公司", corp_acct("6505", 19), "中国建设银行哈密分行", "corporate", "V-NM04", "0902-0000518")
    T.vendor("labour", "伊吾县鑫诚劳务服务有限公司", corp_acct("306501", 17), "中国农业银行伊吾县支行", "corporate", "V-NM05", "0902-0000593")
    T.vendor("drain", "哈密宏基矿山工程有限公司", corp_acct("3002", 19), "中国工商银行哈密分行", "corporate", "V-NM06", "0902-0000645")
    T.vendor("group", "新疆星煤能源集团有限公司", corp_acct("3002", 19), "中国工商银行乌鲁木齐新华北路支行", "corporate", "GRP-01", "0991-0000210")
    T.vendor("tax", "国家金库伊吾县支库", corp_acct("6505", 17), "国家金库伊吾县支库", "corporate", "TAX-01", None)
    T.vendor("payroll", "中国工商银行哈密分行（代发工资专户）", corp_acct("3002", 19), "中国工商银行哈密分行", "corporate", "PAY-01", None)
    T.customer("tg", "哈密天光发电有限公司", uscc("650502"), "郑科长", "0902-0000634", "rlb@tgfd-power.com", None, "C-NM01")
    T.customer("tq", "哈密通衢煤炭贸易有限公司", uscc("650502"), "何经理", "0902-0000687", "hejl@tqmt.com.cn", None, "C-NM02")
    T.customer("rn", "酒泉瑞能热电有限公司", uscc("620900"), "段主任", "0937-0000452", "rl@ruineng-rd.com", None, "C-NM03")
    tg_addr = "哈密市伊州区二道湖工业园天光电厂煤场"
    # ---------------- history
    T.H("2026-06-24 11:20", "blast", 968400, "工程款", "6月上旬爆破工程进度款（第11期）",
        "用友NC付款单：天宇爆破 6月上旬穿孔爆破进度款，经生产技术部计量确认（爆破量41.2万方）｜合同XM-GC-2026-003", contract="XM-GC-2026-003", inv="auto", appr=["E3102", "E3100"], note="Blasting progress payment to the regular contractor.")
    T.H("2026-06-26 16:40", "parts", 186300, "货款", "电铲斗齿及斗齿座", "用友NC付款单：众力配件 WK-35电铲斗齿及斗齿座｜合同XM-CG-2026-017｜入库单0622-05",
        contract="XM-CG-2026-017", inv="auto", note="Shovel teeth from the regular parts dealer.")
    T.H("2026-06-30 12:10", "earth", 3126000, "工程款", "6月剥离工程进度款（二标段）", "用友NC付款单：戈壁鹰土石方 6月剥离量计量（二标段48.1万方）｜合同XM-GC-2026-001",
        contract="XM-GC-2026-001", inv="auto", appr=["E3102", "E3100"], changed="2026-02-10 15:30", note="Stripping progress to the earthworks contractor whose account change dates from February.")
    T.HO("2026-07-02 10:50", "tg", [("动力煤（5000大卡）", 42000, "吨", 318)], "月结（年度长协）", tg_addr, "2026-07-31", "7月长协计划量，汽运入厂",
         note="Monthly contract coal for the regular power plant.")
    T.H("2026-07-03 17:30", "group", 12000000, "资金归集", "资金池归集（上旬）", "司库系统：按《星煤集团资金集中管理办法》上划资金至集团资金池账户",
        appr=["E3102", "E3100"], note="Cash-pool sweep to the parent group.")
    T.H("2026-07-10 11:35", "tax", 2874650.4, "税款", "6月资源税、增值税及附加", "电子税务局三方协议扣缴：6月资源税、增值税及附加", req="E3102", appr=["E3100"], note="Monthly taxes.")
    T.H("2026-07-14 18:20", "payroll", 3462800, "工资", "6月工资代发（318人）", "用友NC付款单：6月工资代发（318人），工资表经人力资源部审核", req="E3120", appr=["E3102", "E3100"], note="Monthly payroll.")
    T.H("2026-07-16 12:25", "explo", 412600, "货款", "7月民用爆炸物品款（乳化炸药）", "用友NC付款单：民安爆破器材 7月乳化炸药28吨及导爆管雷管｜合同XM-CG-2026-004",
        contract="XM-CG-2026-004", inv="auto", appr=["E3102", "E3100"], note="Explosives from the licensed dealer.")
    T.H("2026-07-20 15:15", "labour", 1108800, "劳务费", "6月辅助工劳务费（121人）", "用友NC付款单：鑫诚劳务 6月辅助工劳务费，按实名制考勤结算｜合同XM-LW-2026-002",
        contract="XM-LW-2026-002", inv="auto", appr=["E3102", "E3100"], note="Labour fees to the labour contractor.")
    T.HO("2026-07-22 11:05", "rn", [("动力煤（5500大卡）", 12000, "吨", 352)], "款到发货", "甘肃省酒泉市肃州区瑞能热电厂", "2026-08-10", "铁路发运，哈密南站装车，预付款已到账",
         key="rn_jul", note="Rail coal order from the regular Gansu power plant.")
    T.H("2026-07-24 16:05", "blast", 1012500, "工程款", "7月上旬爆破工程进度款（第13期）", "用友NC付款单：天宇爆破 7月上旬穿孔爆破进度款（爆破量43.1万方）｜合同XM-GC-2026-003",
        contract="XM-GC-2026-003", inv="auto", appr=["E3102", "E3100"], note="Blasting progress payment to the regular contractor.")
    T.H("2026-07-28 12:40", "parts", 264800, "货款", "液压油缸总成（矿卡举升）", "用友NC付款单：众力配件 矿卡举升液压油缸总成4套｜合同XM-CG-2026-017｜入库单0724-02",
        contract="XM-CG-2026-017", inv=("new", "parts_jul"), note="Hydraulic cylinders from the regular parts dealer.")
    T.HO("2026-07-29 17:20", "tq", [("动力煤（5000大卡）", 15000, "吨", 325)], "月结30天", "哈密市伊州区通衢煤炭储运场", "2026-08-15", "月度采购，自提",
         note="Monthly coal order from the regular trader.")
    T.H("2026-07-31 11:45", "drain", 386500, "工程款", "7月疏干排水工程款", "用友NC付款单：宏基矿山 7月采场疏干排水工程量结算｜合同XM-GC-2026-006",
        contract="XM-GC-2026-006", inv="auto", note="Dewatering work to the regular contractor.")

    # ---------------- test: routine
    R = "Routine: "
    T.P("2026-08-04 11:15", "blast", 1046200, "工程款", "7月下旬爆破工程进度款（第15期）", "用友NC付款单：天宇爆破 7月下旬穿孔爆破进度款（爆破量44.6万方）｜合同XM-GC-2026-003",
        contract="XM-GC-2026-003", inv="auto", appr=["E3102", "E3100"], note=R + "Blasting progress payment to the regular contractor.")
    T.P("2026-08-12 16:30", "parts", 97400, "货款", "矿卡轮胎修补材料及滤芯", "用友NC付款单：众力配件 矿卡轮胎修补材料及三滤｜合同XM-CG-2026-017｜入库单0810-01",
        contract="XM-CG-2026-017", inv="auto", note=R + "Filters and tyre-repair material from the regular parts dealer.")
    T.O("2026-08-18 10:40", "tg", [("动力煤（5000大卡）", 45000, "吨", 318)], "月结（年度长协）", tg_addr, "2026-09-15", "8月长协计划量，汽运入厂",
        note=R + "Monthly contract coal for the regular power plant.")
    T.P("2026-09-10 11:30", "tax", 3015220.6, "税款", "8月资源税、增值税及附加", "电子税务局三方协议扣缴：8月资源税、增值税及附加", req="E3102", appr=["E3100"], note=R + "Monthly taxes.")
    T.P("2026-09-14 18:45", "payroll", 3518400, "工资", "8月工资代发（322人）", "用友NC付款单：8月工资代发（322人），工资表经人力资源部审核", req="E3120", appr=["E3102", "E3100"], note=R + "Monthly payroll.")
    T.O("2026-09-22 16:10", "tq", [("动力煤（5000大卡）", 18000, "吨", 330)], "月结30天", "哈密市伊州区通衢煤炭储运场", "2026-10-12", "月度采购，自提",
        note=R + "Monthly coal order from the regular trader.")
    T.P("2026-10-14 12:20", "blast", 987300, "工程款", "9月下旬爆破工程进度款（第21期）", "用友NC付款单：天宇爆破 9月下旬穿孔爆破进度款（爆破量42.0万方）｜合同XM-GC-2026-003",
        contract="XM-GC-2026-003", inv="auto", appr=["E3102", "E3100"], note=R + "Blasting progress payment to the regular contractor.")

    # ---------------- test: hard negatives
    HN = "Hard negative: "
    T.P("2026-08-07 21:00", "group", 18650000, "资金归集", "资金池日终归集", "司库系统自动指令：按集团资金集中管理协议，日终将基本户超过留存限额（300万元）的余额全额上划集团资金池；当日收到天光发电煤款1,865万元",
        appr=["E3102"], req="E3101", sig=["in_out_match", "large_vs_usual"], note=HN + "The nightly automatic cash-pool sweep passes the day's coal receipts straight up to the group account, as the treasury agreement requires.")
    T.P("2026-08-20 12:05", "tax", 30000, "罚款", "行政处罚罚款（哈应急罚〔2026〕31号）", "用友NC付款单：哈密市应急管理局行政处罚决定书（哈应急罚〔2026〕31号），边坡监测记录不全，罚款3万元；按决定书所附非税收入缴款码缴入国库",
        req="E3102", appr=["E3100"], sig=["authority_words", "fee_words"], note=HN + "A safety fine from a written penalty decision, paid into the state treasury through the official non-tax payment code.")
    T.P("2026-08-26 16:20", "explo", 458800, "货款", "9月民用爆炸物品预付款", "用友NC付款单：民安爆破器材 9月乳化炸药32吨、导爆管雷管6000发预付款；民用爆炸物品购买许可证已由伊吾县公安局审批（伊公民爆购〔2026〕0917号）｜合同XM-CG-2026-004",
        contract="XM-CG-2026-004", inv="auto", appr=["E3102", "E3100"], sig=["authority_words", "deposit_words"], note=HN + "Prepayment for next month's explosives to the licensed dealer, citing the county police purchase permit as the law requires.")
    T.P("2026-09-02 11:40", "earth", 2986000, "工程款", "8月剥离工程进度款（二标段）", "周振东（微信）：马玉梅，戈壁鹰二标段8月的进度款今天要付出去，他们说再拖下周设备就停了，你走OA加急，李经理和我都在线审批。\nOA加急流程已办结：8月剥离量计量45.9万方｜合同XM-GC-2026-001",
        ch="im", frm="周振东", contact="wxid_zhouzd_xm", contract="XM-GC-2026-001", inv="auto", appr=["E3102", "E3100"], urgent=True, changed="2026-02-10 15:30",
        sig=["im_instruction", "boss_role", "urgency"], note=HN + "The real general manager asks on WeChat for an urgent progress payment to the established earthworks contractor, and it goes through the full OA approval.")
    T.P("2026-09-08 16:50", "blast", 300000, "保证金退还", "2025年度爆破工程履约保证金退还", "用友NC付款单：天宇爆破2025年度合同（XM-GC-2025-003）期满，安全环保考核合格，退还履约保证金30万元至其基本户",
        contract="XM-GC-2025-003", appr=["E3102", "E3100"], sig=["refund_words", "deposit_words"], note=HN + "Return of last year's performance bond to the blasting contractor's own account after the contract closed cleanly.")
    T.P("2026-09-15 15:30", "labour", 1146600, "劳务费", "8月辅助工劳务费（126人）", "用友NC付款单：鑫诚劳务 8月辅助工劳务费拨付至其农民工工资专用账户，由劳务公司按实名制名册代发至个人（126人）｜合同XM-LW-2026-002",
        contract="XM-LW-2026-002", inv="auto", appr=["E3102", "E3100"], sig=["payee_shared_by_employees"], note=HN + "Labour fees for 126 workers go in one sum to the labour contractor's dedicated migrant-wage account, which pays each worker by name.")
    T.P("2026-09-23 12:30", T.payee({"name": "酒泉瑞能热电有限公司", "account_no": corp_acct("2706", 19), "bank": "中国工商银行酒泉分行", "account_type": "corporate", "vendor_id": None, "phone": "0937-0000452"}),
        46380, "退款", "8月煤款多收部分原路退回（瑞能热电）", "用友NC付款单：瑞能热电8月到厂煤按热值结算单扣减后多收46,380.00元；对方付款已于8月12日到账（银行流水0812-0237），经双方对账确认，原路退回其付款账户",
        order=("ref", "rn_jul"), appr=["E3102", "E3100"], sig=["refund_words", "overpayment"], note=HN + "Overpaid coal money refunded, after reconciliation, to the same account the power plant paid from.")
    T.P("2026-10-13 22:35", "parts", 138600, "货款", "电铲回转齿圈抢修配件", "【加急】用友NC付款单：2#电铲回转齿圈断齿停机，众力配件连夜从乌鲁木齐调件送达，配件款今晚结算｜合同XM-CG-2026-017",
        contract="XM-CG-2026-017", inv="auto", urgent=True, req="E3130", appr=["E3102", "E3100"], sig=["urgency"], note=HN + "Late-night emergency payment for shovel spares to the regular parts dealer, approved by both managers.")
    T.P("2026-10-16 11:50", T.payee({"name": "伊吾星煤露天煤业有限公司（土地复垦费用共管账户）", "account_no": corp_acct("306501", 17), "bank": "中国农业银行伊吾县支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        1260000, "复垦费用", "三季度土地复垦费用预存", "用友NC付款单：按与伊吾县自然资源局签订的《土地复垦费用使用监督协议》，三季度土地复垦费用预存至本公司与自然资源局共管账户",
        appr=["E3102", "E3100"], sig=["authority_words"], note=HN + "Quarterly land-reclamation reserve into the mine's own account held jointly with the county natural-resources bureau.")
    T.P("2026-10-21 16:15", T.payee({"name": "张建伟", "account_no": card("6228"), "bank": "中国农业银行伊吾县支行", "account_type": "personal", "vendor_id": None, "phone": None}),
        3860, "报销", "爆破安全管理人员取证培训差旅费报销（张建伟）", "用友NC报销单：张建伟赴哈密参加市应急管理局组织的爆破作业安全管理人员考核，住宿及交通费报销，附发票5张",
        req="E3130", appr=["E3102"], sig=["authority_words"], note=HN + "An employee's travel expenses for a safety-certificate exam reimbursed to his own card.")
    T.O("2026-10-26 11:30", "tg", [("动力煤（5000大卡）", 60000, "吨", 322)], "月结（年度长协）", tg_addr, "2026-11-10", "冬储煤计划上调，请加急组织运力，11月10日前到厂",
        sig=["urgency", "large_vs_usual"], note=HN + "The regular power plant raises its winter-stock order and asks for urgent delivery under the annual contract.")
    T.P("2026-10-28 12:45", T.payee({"name": "新疆煤矿安全技术检测中心有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": "V-NM14", "phone": "0991-0000736"}),
        68000, "检测费", "露天矿边坡稳定性年度检测费", "用友NC付款单：2026年度采场边坡稳定性监测与评价（应急管理部门年度检查要求），检测报告XMJC-2026-08已交付｜合同XM-FW-2026-011",
        contract="XM-FW-2026-011", inv="auto", appr=["E3102", "E3100"], sig=["fee_words", "authority_words"], note=HN + "First payment to a licensed testing centre for the yearly slope-stability report the safety regulator requires, under a signed contract.")
    T.O("2026-08-13 12:15", {"name": "鄯善鼎新热电有限公司", "credit_code": uscc("652122"), "contact_name": "燃料部 任经理", "phone": "0995-0000381",
                              "email": "rlb@dxrd-power.com", "im_id": None, "customer_id": None},
        [("动力煤（5000大卡）", 30000, "吨", 321)], "款到发货（集团煤炭销售平台竞拍成交，履约保证金已到账）", "吐鲁番市鄯善县鼎新热电厂煤场", "2026-09-05",
        "集团煤炭销售平台竞拍编号XMXS-2026-0811成交，首批货款963万元已汇入贵司基本户，凭到账通知安排装车", sig=["large_first_order"],
        note=HN + "A large first order from a new power plant, won on the group's coal-sales auction platform and paid in full before loading.")
    T.O("2026-08-27 16:40", "tq", [("动力煤（5500大卡）", 22000, "吨", 346)], "月结30天", "甘肃省酒泉市瓜州县柳园镇铁路货场", "2026-09-20",
        "本批发柳园，铁路运输由我方合同承运商哈密铁联物流负责，运费我方直接与承运商结算，不经贵司", sig=["far_delivery", "designated_supplier"],
        note=HN + "The regular trader ships to a Gansu rail yard with its own contracted carrier, paying the freight itself.")

    # ---------------- test: scams
    T.O("2026-08-10 11:25", {"name": "哈密天光电力有限公司", "credit_code": uscc("650502"), "contact_name": "燃料部 郑主任", "phone": mobile(),
                              "email": "tgdl_rlb@163.com", "im_id": wxid(), "customer_id": None},
        [("动力煤（5000大卡）", 20000, "吨", 318)], "货到验收后60天付款", "甘肃省酒泉市瓜州县柳园镇某中转煤场", "2026-08-20",
        "我是天光燃料部新调来的郑主任，冬储缺口大，先发2万吨到柳园中转场，质量按你们化验单，价格按长协价，60天结清。", ch="im",
        lab="scam", st="fake_purchaser", exp="flag", sig=["lookalike_company", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order", "free_mail"],
        note="A look-alike of the regular power plant (电力 for 发电) asks 20,000 t on 60-day credit shipped to a Gansu transfer yard, from a free-mail contact.")
    T.O("2026-09-16 16:25", {"name": "哈密通衢煤碳贸易有限公司", "credit_code": uscc("650502"), "contact_name": "何经理", "phone": mobile(),
                              "email": "tongqu_coal@126.com", "im_id": None, "customer_id": None},
        [("动力煤（5000大卡）", 16000, "吨", 330)], "月结30天", "内蒙古阿拉善盟额济纳旗策克口岸某储煤场", "2026-10-05", "月度采购", ch="email",
        lab="scam", st="fake_purchaser", exp="flag", sig=["lookalike_company", "far_delivery", "credit_terms_requested", "free_mail", "large_first_order"],
        note="Structural only: an order in the regular trader's usual words comes from a name one character off (碳 for 炭), a free-mail address and a border coal yard, on 30-day credit.")
    T.O("2026-08-19 12:30", {"name": "敦煌市华源供热有限公司", "credit_code": None, "contact_name": "刘主任", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("动力煤（5500大卡）", 8000, "吨", 352)], "款到发货（对方称已付）", "甘肃省敦煌市华源供热站", "2026-08-28",
        "冬季供暖备煤8000吨。进我们站必须用畅安捷运的车（只有他们有进站许可），他们要先收12万运力保证金才排车，你们先付，和煤款一起结。货款281.6万已对公转账，转账截图发你了，银行说跨行延迟到账。",
        ch="im", third=("新疆畅安捷运物流有限公司", mobile(), "designated_supplier", 120000), key="hy_order",
        lab="scam", st="fake_order", exp="block", sig=["designated_supplier", "fake_payment_proof", "large_first_order", "contact_im_only", "institution_claim"],
        note="A 'heating company' orders winter coal, insists on a carrier that must first be paid a 120k capacity deposit by us, and shows only a transfer screenshot for its own payment.")
    T.P("2026-08-21 18:10", T.payee({"name": "新疆畅安捷运物流有限公司", "account_no": corp_acct("8807", 18), "bank": "昌吉农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        120000, "运力保证金", "敦煌华源订单指定承运商运力保证金", "刘主任（微信）：王经理，回单截图昨天就发你了，对公跨行要延迟，银行还在处理中。畅安捷运那边今晚就排车，你们先把12万运力保证金打给他们，煤款到了一起结，别耽误供暖。",
        ch="im", frm="敦煌华源 刘主任", contact="wxid_huayuan_liu", urgent=True, req="E3110", appr=["E3102"], order=("ref", "hy_order"),
        lab="scam", st="fake_order", exp="block", sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
        note="Sales asks to pay the buyer-designated carrier's deposit while the buyer's coal money exists only as a 'processing' screenshot.")
    T.P("2026-09-03 12:40", T.payee({"name": "新疆瀚石矿业咨询有限公司", "account_no": corp_acct("1076", 18), "bank": "中国银行乌鲁木齐南湖路支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        1800000, "保证金", "探矿权竞买保证金", "赵启明：@马玉梅 你们公司工行、农行账上可用资金各有多少，截个图发群里\n马玉梅：赵董，工行1,362万，农行208万，截图已发\n赵启明：集团在巴里坤竞买一个探矿权，保证金180万由你们先垫，打给新疆瀚石矿业咨询有限公司，周总知道这事。我在自治区开会，不方便接电话，手续后面补。",
        ch="im", frm="赵启明", contact="微信群:星煤集团重点项目推进群（当日新建）", urgent=True, appr=[],
        lab="scam", st="boss_impersonation", exp="block", sig=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "boss_role"],
        note="A fake group chairman in a WeChat group created that day asks for both bank balances, then orders a 1.8m 'exploration-right bidding deposit' to an unknown consultancy, paperwork later.")
    T.P("2026-10-03 21:10", T.payee({"name": "杨丽", "account_no": "6217000588321640751", "bank": "中国建设银行兰州分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        86000, "押金", "供应商押金", "周振东（QQ）：马玉梅在吗？有个急事，帮我给一个供应商转８．６万押金，账号６２１７０００５８８３２１６４０７５１，户名杨丽，转完把回单发我。这事先别跟李经理讲，周一我回来补签字。",
        ch="im", frm="周振东", contact="QQ:2871093364", urgent=True, appr=[],
        lab="scam", st="boss_impersonation", exp="flag", sig=["im_instruction", "new_contact", "secrecy_words", "bypass_process", "deposit_words", "urgency", "boss_role", "evasion_fullwidth"],
        note="On a holiday evening the 'GM' on a QQ account types in full-width to ask 86k sent to a private card as a 'supplier deposit', without telling the finance manager.")
    T.P("2026-08-25 16:35", T.payee("drain", account_no=corp_acct("8807", 18), bank="吐鲁番市高昌区农村信用合作联社"), 412300, "工程款", "7月下旬至8月上旬疏干排水工程款", "宏基矿山财务部（邮件）：星煤财务部您好，因年度审计及开户行调整，即日起工程款统一汇入我司新账户（户名不变）：新疆吐鲁番高昌区农村信用合作联社，原工行账户暂停收款，请以本函为准。附件为盖章变更函扫描件。",
        ch="email", frm="宏基矿山财务部", contact="caiwu@hongji-kuangshan.com.cn", contract="XM-GC-2026-006", inv="auto", appr=["E3102", "E3100"],
        changed="2026-08-21 17:20",
        lab="scam", st="account_change", exp="block", sig=["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"],
        note="An e-mail from a look-alike domain moves the dewatering contractor's account to a Turpan rural credit union four days before its progress payment.")
    T.P("2026-09-29 11:55", T.payee("earth", account_no=corp_acct("6201", 19), bank="甘肃银行兰州七里河支行"), 2867000, "工程款", "9月剥离工程进度款（二标段）",
        "用友NC付款单：戈壁鹰土石方 9月剥离量计量（二标段44.1万方）｜合同XM-GC-2026-001", contract="XM-GC-2026-001", inv="auto", appr=["E3102", "E3100"],
        changed="2026-09-23 18:40",
        lab="scam", st="account_change", exp="block", sig=["unusual_bank_region", "large_vs_usual"],
        note="Structural only: the earthworks contractor's bank details were re-keyed six days before this routine progress payment, to a Lanzhou bank.")
    T.P("2026-08-28 17:10", T.payee({"name": "罗永强", "account_no": card("6228"), "bank": "中国农业银行伊吾县支行", "account_type": "personal", "vendor_id": None, "phone": None}),
        167900, "工资", "8月装车临时工工资（23人）", "用友NC付款单：8月装车临时工工资（23人），按班组长提供的账户发放，考勤表附后",
        req="E3120", appr=["E3102"],
        lab="scam", st="fake_salary", exp="block", sig=["payee_shared_by_employees"],
        note="Structural only: the wages of 23 casual loaders are sent in one sum to a single private card given by the crew leader; the wording is bland.")
    T.P("2026-09-09 16:20", T.payee({"name": "北京远通恒泰商务咨询有限公司", "account_no": corp_acct("1100", 19), "bank": "中国民生银行北京亚运村支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        500000, "保证金", "年度长协供煤合同履约保证金", "用友NC付款单：北京远通恒泰能源有限公司称代理某央企发电集团采购，拟签2027年度长协煤300万吨，签约前须缴纳履约保证金50万元，按对方要求付至其关联公司北京远通恒泰商务咨询有限公司；对方成立于2026年5月",
        req="E3110", appr=["E3102", "E3100"],
        lab="scam", st="contract_fraud", exp="flag", sig=["deposit_words", "payee_name_mismatch", "bigproject_words", "fee_asked_of_seller", "shell_company"],
        note="A four-month-old 'agent of a central power group' dangles a 3 Mt supply contract and wants a 500k performance bond, paid to a different company than the contract party.")
    T.P("2026-10-15 11:20", T.payee({"name": "新疆鼎盛达建设工程有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行乌鲁木齐钱塘江路支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        3000000, "代付", "代通衢煤贸支付款项", "何经理（微信）：马会计，今天我们通衢给你们公司转300万，麻烦从你们公户走 一 下 账，转给鼎盛达建设，他们投标急用。我们跟周总是老关系了，手续费按1%给你们。",
        ch="im", frm="通衢煤贸 何经理", contact="wxid_tongqu_he", urgent=True, req="E3101", appr=["E3102"],
        lab="scam", st="account_lending", exp="block", sig=["account_lending_words", "in_out_match", "im_instruction", "evasion_spacing", "urgency"],
        note="The regular trader's contact asks to route 3m through the mine's account to a construction firm for a fee, with the key word spaced out.")
    T.P("2026-09-17 12:15", "parts", 264800, "货款", "液压油缸总成（矿卡举升）", "用友NC付款单：众力配件 矿卡举升液压油缸总成4套｜合同XM-CG-2026-017",
        contract="XM-CG-2026-017", inv=("ref", "parts_jul"),
        lab="scam", st="fake_invoice", exp="block", sig=["duplicate_invoice"],
        note="Structural only: a July invoice for hydraulic cylinders, already paid, is submitted again for payment.")
    T.P("2026-10-22 20:40", T.payee({"name": "林海波", "account_no": card("6222"), "bank": "中国工商银行广州天河支行", "account_type": "personal", "vendor_id": None, "phone": None}),
        42000, "借支", "个人借支", "韩磊（微信）：李经理，家里急用，想借支4.2万，直接打到这个卡上（林海波）。我在一个平台做唰单任务，充值的钱卡住了，交了这笔就能连本带返力一起提出来，下个月工资里扣。",
        ch="im", frm="韩磊", contact="wxid_hanlei_ck", urgent=True, req="E3140", appr=[],
        lab="scam", st="task_rebate", exp="block", sig=["task_rebate_words", "topup_words", "evasion_homophone", "im_instruction", "urgency", "unusual_bank_region"],
        note="A storeman caught in a task-rebate scam asks for a 42k advance paid straight to a stranger's card, in homophone spellings (唰单, 返力).")
    T.P("2026-10-27 16:30", T.payee({"name": "新疆融鑫达金融信息服务有限公司", "account_no": corp_acct("8806", 18), "bank": "乌鲁木齐银行新市区支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        68000, "服务费", "矿卡融资租赁风控保证金及评估服务费", "用友NC付款单：融鑫达称可为我司新购20台矿卡办理3000万元融资租赁，年化3.2%，无需抵押，放款前须缴纳风控保证金5万元及评估服务费1.8万元",
        req="E3102", appr=["E3100"],
        lab="scam", st="advance_fee", exp="flag", sig=["loan_fee_words", "fee_words", "deposit_words"],
        note="A 'financial information' firm promises cheap unsecured leasing for 20 haul trucks but wants a risk deposit and appraisal fee before any money is lent.")
    T.P("2026-08-14 11:45", T.payee({"name": "陈卫国", "account_no": card("6217"), "bank": "中国建设银行哈密分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        48000, "罚款", "应急管理局安全检查罚款", "来电记录：自称哈密市应急管理局执法支队陈科长，称远程视频巡查发现我矿爆破警戒不到位，罚款4.8万元，今天下班前转到执法员陈卫国账户可从轻处理，否则明天停产整顿。",
        ch="phone", frm="自称哈密市应急管理局 陈科长", contact="0902-0000197", urgent=True, req="E3101", appr=["E3102"],
        lab="scam", st="authority_impersonation", exp="flag", sig=["authority_words", "phone_instruction", "urgency"],
        note="A caller posing as the emergency-management bureau demands a 48k 'blasting fine' to an officer's personal card by the end of the day.")
    return T


# ================================================================= tenant 2: wucaiwan
def build_wucaiwan():
    T = Tenant("wucaiwan", "ZYMH", "FK", "XS", "准东准源煤化工有限公司", corp_acct("1076", 18))
    T.clerk, T.req, T.appr = "刘晓燕", "E4201", ["E4202"]
    T.vendor("coal", "准东五彩湾鑫泰煤业有限公司", corp_acct("6505", 19), "中国建设银行吉木萨尔支行", "corporate", "V-WC01", "0994-0000312")
    T.vendor("cat", "昌吉华科催化剂有限公司", corp_acct("3002", 19), "中国工商银行昌吉分行", "corporate", "V-WC02", "0994-0000348")
    T.vendor("waste", "新疆准东环宇危废处置有限公司", corp_acct("306501", 17), "中国农业银行吉木萨尔县支行", "corporate", "V-WC03", "0994-0000395")
    T.vendor("maint", "吉木萨尔县安泰设备检修有限公司", corp_acct("8807", 18), "吉木萨尔县农村信用合作联社", "corporate", "V-WC04", "0994-0000427")
    T.vendor("rail", "准东宏运铁路物流有限公司", corp_acct("1076", 18), "中国银行昌吉分行", "corporate", "V-WC05", "0994-0000463")
    T.vendor("group", "新疆准源化能集团有限公司", corp_acct("3002", 19), "中国工商银行乌鲁木齐分行", "corporate", "GRP-01", "0991-0000284")
    T.vendor("tax", "国家金库吉木萨尔县支库", corp_acct("6523", 17), "国家金库吉木萨尔县支库", "corporate", "TAX-01", None)
    T.vendor("payroll", "中国银行吉木萨尔支行（代发工资专户）", corp_acct("1076", 18), "中国银行吉木萨尔支行", "corporate", "PAY-01", None)
    T.customer("hd", "新疆丝路恒达化工贸易有限公司", uscc("650104"), "苏经理", "0991-0000512", "sujl@slhd-chem.com", None, "C-WC01")
    T.customer("lx", "甘肃兰新化纤有限公司", uscc("620100"), "采购部 魏工", "0931-0000467", "cgb@lanxin-fiber.com", None, "C-WC02")
    T.customer("hty", "新疆宏泰源化工贸易有限公司", uscc("650102"), "于总", mobile(), "htyhg@163.com", wxid(), "C-WC04")
    hd_addr, lx_addr = "乌鲁木齐市米东区化工园丝路恒达储罐区", "甘肃省兰州市西固区兰新化纤厂"
    # ---------------- history
    T.H("2026-06-23 11:30", "coal", 2214000, "货款", "6月中旬原料煤款（6150吨）", "金蝶云付款单：鑫泰煤业 原料煤款（6150吨）｜合同ZY-CG-2026-001｜过磅单汇总0621",
        contract="ZY-CG-2026-001", inv="auto", appr=["E4202", "E4200"], note="Feed coal from the regular mine.")
    T.HO("2026-06-25 12:40", "hd", [("精甲醇", 1200, "吨", 2180)], "月结30天", hd_addr, "2026-07-05", "月度提货计划，危化品运输由我方持证车队承运",
         note="Monthly methanol order from the regular trader.")
    T.H("2026-06-29 16:10", "maint", 176500, "维修费", "气化装置小修检修费", "金蝶云付款单：安泰检修 气化装置6月小修｜合同ZY-FW-2026-004", contract="ZY-FW-2026-004", inv="auto", note="Maintenance by the regular firm.")
    T.HO("2026-07-02 11:20", "lx", [("乙二醇（聚酯级）", 600, "吨", 4150)], "款到发货", lx_addr, "2026-07-12", "预付款已到账，铁路罐车发运", note="Glycol order from the regular fibre maker.")
    T.H("2026-07-06 12:30", "waste", 312000, "处置费", "二季度危废处置费", "金蝶云付款单：环宇危废 二季度废催化剂、焦油渣处置费，转移联单已闭环｜合同ZY-FW-2026-002",
        contract="ZY-FW-2026-002", inv="auto", note="Hazardous-waste disposal by the licensed disposer.")
    T.H("2026-07-08 16:45", "cat", 486000, "货款", "变换催化剂款", "金蝶云付款单：华科催化剂 变换催化剂12吨｜合同ZY-CG-2026-009", contract="ZY-CG-2026-009", inv="auto", appr=["E4202", "E4200"],
        changed="2026-03-18 11:00", note="Catalyst from the supplier whose account changed after its March merger.")
    T.HO("2026-07-09 17:15", "hty", [("精甲醇", 30, "吨", 2200)], "款到发货", "昌吉市三工镇宏泰源仓库", "2026-07-12", "首单，款已到账，自提", note="Small prepaid methanol order.")
    T.H("2026-07-10 11:40", "tax", 1986420.7, "税款", "6月增值税、消费税及附加", "电子税务局三方协议扣缴：6月增值税及附加", req="E4202", appr=["E4200"], note="Monthly taxes.")
    T.H("2026-07-13 18:30", "payroll", 2788600, "工资", "6月工资代发（236人）", "金蝶云付款单：6月工资代发（236人），工资表经人力资源部审核", req="E4220", appr=["E4202", "E4200"], note="Monthly payroll.")
    T.H("2026-07-15 12:20", "rail", 624000, "运费", "6月铁路专用线运费", "金蝶云付款单：宏运铁路物流 6月专用线取送车及运费｜合同ZY-WL-2026-001", contract="ZY-WL-2026-001", inv="auto", note="Rail freight to the regular operator.")
    T.H("2026-07-21 15:50", "coal", 2386800, "货款", "7月中旬原料煤款（6630吨）", "金蝶云付款单：鑫泰煤业 原料煤款（6630吨）｜合同ZY-CG-2026-001｜过磅单汇总0719",
        contract="ZY-CG-2026-001", inv="auto", appr=["E4202", "E4200"], note="Feed coal from the regular mine.")
    T.HO("2026-07-23 12:05", "hty", [("精甲醇", 45, "吨", 2200)], "款到发货", "昌吉市三工镇宏泰源仓库", "2026-07-26", "第二单，款已到账，自提", note="Second small prepaid methanol order.")
    T.H("2026-07-27 16:30", "maint", 98600, "维修费", "空分装置检修费", "金蝶云付款单：安泰检修 空分装置7月检修｜合同ZY-FW-2026-004", contract="ZY-FW-2026-004", inv="auto", note="Maintenance by the regular firm.")
    T.H("2026-07-31 17:40", "group", 15000000, "资金归集", "资金池归集（月末）", "司库系统：按《准源化能集团资金集中管理办法》月末上划资金至集团资金池", appr=["E4202", "E4200"], note="Cash-pool sweep to the parent group.")

    # ---------------- test: routine
    R = "Routine: "
    T.P("2026-08-05 11:50", "coal", 2305800, "货款", "7月下旬原料煤款（6405吨）", "金蝶云付款单：鑫泰煤业 原料煤款（6405吨）｜合同ZY-CG-2026-001｜过磅单汇总0802",
        contract="ZY-CG-2026-001", inv="auto", appr=["E4202", "E4200"], note=R + "Feed coal from the regular mine.")
    T.O("2026-08-11 12:10", "hd", [("精甲醇", 1500, "吨", 2160)], "月结30天", hd_addr, "2026-08-22", "月度提货计划，危化品运输由我方持证车队承运", note=R + "Monthly methanol order from the regular trader.")
    T.P("2026-08-24 16:15", "maint", 142300, "维修费", "甲醇合成装置检修费", "金蝶云付款单：安泰检修 甲醇合成装置8月检修｜合同ZY-FW-2026-004", contract="ZY-FW-2026-004", inv="auto", note=R + "Maintenance by the regular firm.")
    T.O("2026-09-08 11:35", "lx", [("乙二醇（聚酯级）", 800, "吨", 4120)], "款到发货", lx_addr, "2026-09-20", "预付款已到账，铁路罐车发运", note=R + "Glycol order from the regular fibre maker.")
    T.P("2026-09-11 12:00", "tax", 2106380.2, "税款", "8月增值税、消费税及附加", "电子税务局三方协议扣缴：8月增值税及附加", req="E4202", appr=["E4200"], note=R + "Monthly taxes.")
    T.P("2026-09-15 18:35", "payroll", 2816200, "工资", "8月工资代发（238人）", "金蝶云付款单：8月工资代发（238人），工资表经人力资源部审核", req="E4220", appr=["E4202", "E4200"], note=R + "Monthly payroll.")
    T.O("2026-10-19 16:05", "hd", [("精甲醇", 1400, "吨", 2230)], "月结30天", hd_addr, "2026-10-30", "月度提货计划，危化品运输由我方持证车队承运", note=R + "Monthly methanol order from the regular trader.")

    # ---------------- test: hard negatives
    HN = "Hard negative: "
    T.P("2026-08-06 16:40", "waste", 280000, "预付款", "下半年危废处置预付款", "金蝶云付款单：环宇危废（危险废物经营许可证6523XX0027）下半年废催化剂、焦油渣处置预付款，按合同约定预付40%｜合同ZY-FW-2026-002",
        contract="ZY-FW-2026-002", inv="auto", appr=["E4202", "E4200"], sig=["deposit_words"], note=HN + "Contractual prepayment to the licensed hazardous-waste disposer already in the vendor master.")
    T.P("2026-08-17 12:20", "tax", 85000, "罚款", "环境行政处罚罚款（昌环罚〔2026〕18号）", "金蝶云付款单：昌吉州生态环境局行政处罚决定书（昌环罚〔2026〕18号），VOCs在线监测数据超标，罚款8.5万元，按非税收入一般缴款书缴入国库",
        req="E4202", appr=["E4200"], sig=["authority_words", "fee_words"], note=HN + "An environmental fine from a written penalty decision, paid into the treasury with the official non-tax payment form.")
    T.P("2026-08-20 11:25", T.payee({"name": "哈密准源煤业有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行哈密分行", "account_type": "corporate", "vendor_id": "GRP-05", "phone": "0902-0000734"}),
        8000000, "内部借款", "集团内部资金调剂（委托贷款）", "金蝶云付款单：按集团司库调拨指令（SK-2026-0819-03），经集团财务公司办理对兄弟单位哈密准源煤业的委托贷款800万元，委托贷款合同ZY-WD-2026-07，期限6个月",
        contract="ZY-WD-2026-07", appr=["E4202", "E4200"], sig=["vague_memo", "large_vs_usual"], note=HN + "A documented entrusted loan to a sister company on the group treasury's written instruction.")
    T.P("2026-08-31 16:30", T.payee({"name": "大连华创催化材料有限公司", "account_no": corp_acct("3400", 19), "bank": "中国工商银行大连高新园区支行", "account_type": "corporate", "vendor_id": "V-WC11", "phone": "0411-0000582"}),
        1356000, "货款", "甲醇合成催化剂首批款（专利商指定牌号）", "金蝶云付款单：甲醇合成催化剂按工艺包许可方技术协议指定牌号采购，经公开招标（ZY-ZB-2026-021）确定供应商，合同ZY-CG-2026-044，到货验收单0826-03",
        contract="ZY-CG-2026-044", inv="auto", appr=["E4202", "E4200"], sig=["designated_supplier", "unusual_bank_region"], note=HN + "First payment to a Dalian catalyst maker whose grade the process licensor specifies, chosen by open tender under our own procurement.")
    T.P("2026-09-02 12:10", "cat", 512000, "货款", "变换催化剂款", "金蝶云付款单：华科催化剂 变换催化剂12.6吨｜合同ZY-CG-2026-009", contract="ZY-CG-2026-009", inv="auto", appr=["E4202", "E4200"],
        changed="2026-03-18 11:00", verif={"callback_done": True, "callback_number": "0994-0000348", "verified_by": "E4202", "verified_at": "2026-03-19T11:20:00+08:00"},
        sig=["account_change_words"], note=HN + "Catalyst paid to the account the supplier moved to after its March merger, verified by call-back then and used since.")
    T.P("2026-09-09 16:05", T.payee({"name": "昌吉州公共资源交易中心", "account_no": corp_acct("1076", 18), "bank": "中国银行昌吉分行", "account_type": "corporate", "vendor_id": None, "phone": "0994-0000610"}),
        2000000, "竞买保证金", "五彩湾工业用地挂牌出让竞买保证金", "金蝶云付款单：五彩湾工业园2026-G-07号地块挂牌出让（公告编号CJ-GTCR-2026-031），按公告载明的竞买保证金账户缴纳200万元，未竞得原路退还",
        appr=["E4202", "E4200"], sig=["deposit_words"], note=HN + "A land-auction deposit to the account named in the public trading centre's announcement.")
    T.P("2026-09-16 11:45", T.payee({"name": "甘肃兰新化纤有限公司", "account_no": corp_acct("2703", 19), "bank": "中国工商银行兰州西固支行", "account_type": "corporate", "vendor_id": None, "phone": "0931-0000467"}),
        150000, "保证金退还", "2025年度乙二醇供货合同履约保证金退还", "金蝶云付款单：兰新化纤2025年度乙二醇合同期满无违约，退还其履约保证金15万元至原缴款账户（2025年3月缴款回单号0312-088）",
        appr=["E4202", "E4200"], sig=["refund_words", "deposit_words"], note=HN + "A long-standing customer's performance deposit returned at contract end to the account it was paid from.")
    T.P("2026-09-21 12:35", "group", 20000000, "资金归集", "资金池专项上划（集团债券兑付）", "集团财务总监 马建新（微信工作群）：各单位今天下班前把可上划资金报到集团，准东公司请上划2000万用于月底中期票据兑付，走司库系统审批。\n司库系统审批已办结",
        ch="im", frm="马建新", contact="企业微信:准源集团财务工作群", urgent=True, appr=["E4202", "E4200"], sig=["im_instruction", "boss_role", "urgency", "large_vs_usual"],
        note=HN + "The group's finance director asks on the long-standing work chat for an extra sweep to the known group account, approved in the treasury system.")
    T.P("2026-09-23 16:25", T.payee({"name": "周建军", "account_no": card("6217"), "bank": "中国建设银行乌鲁木齐分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        4500, "劳务费", "外聘专家评审劳务费（周建军）", "金蝶云付款单：重大危险源安全评估报告专家评审会（昌吉州应急管理局组织），外聘专家周建军评审劳务费4500元，已代扣个税",
        req="E4230", appr=["E4202"], sig=["authority_words"], note=HN + "An outside expert's review fee for a safety assessment, paid to his own card with tax withheld.")
    T.O("2026-09-29 11:40", {"name": "博乐金川化工有限公司", "credit_code": uscc("652701"), "contact_name": "采购部 阿力木", "phone": "0909-0000273",
                              "email": "cgb@jinchuan-chem.cn", "im_id": None, "customer_id": None},
        [("精甲醇", 2000, "吨", 2190)], "银行承兑汇票（国有大行承兑，已由我司开户行验票并签收）", "博尔塔拉州博乐市金川化工厂区", "2026-10-20",
        "首次合作。已提供危险化学品经营许可证（博危化经字〔2025〕015号）及持证承运商资质；438万元银行承兑汇票已背书并由中国银行吉木萨尔支行验票签收。",
        ch="email", sig=["large_first_order", "fake_payment_proof"], note=HN + "A large first methanol order from a new buyer with permits on file, paid by a bank-accepted bill our own bank has already verified and received.")
    T.O("2026-10-13 12:25", "hd", [("精甲醇", 1000, "吨", 2220)], "月结30天", "巴音郭楞州库尔勒市经济开发区恒润新材料厂", "2026-10-24",
        "本批直接发我司终端客户库尔勒恒润新材料，收货人及卸车资质见附件，其余照旧", sig=["far_delivery"], note=HN + "The regular trader drop-ships one batch straight to its end customer in Korla.")
    T.P("2026-10-14 21:20", "maint", 236800, "维修费", "气化炉烧嘴冷却水盘管抢修费", "【加急】金蝶云付款单：2#气化炉烧嘴冷却水盘管泄漏停车，安泰检修连夜抢修，抢修费今晚结算，韩总、陈部长已审批｜合同ZY-FW-2026-004",
        contract="ZY-FW-2026-004", inv="auto", urgent=True, req="E4230", appr=["E4202", "E4200"], sig=["urgency"], note=HN + "Night-time emergency repair of a gasifier paid to the regular maintenance firm with both approvals.")
    T.P("2026-10-22 21:00", "group", 16420000, "资金归集", "资金池日终归集", "司库系统自动指令：日终将基本户超过留存限额的余额上划集团资金池；当日收到丝路恒达甲醇货款1,642万元",
        appr=["E4202"], sig=["in_out_match"], note=HN + "The nightly automatic cash-pool sweep moves the day's sales receipts to the group account.")
    T.P("2026-10-28 16:40", T.payee({"name": "马建华", "account_no": card("6217"), "bank": "中国建设银行吉木萨尔支行", "account_type": "personal", "vendor_id": None, "phone": None}),
        1860, "工资", "补发9月工资差额（员工：马建华）", "金蝶云付款单：工资系统核算夜班津贴漏计，经人力资源部审批，补发9月工资差额至本人工资卡（与工资系统档案一致）",
        req="E4220", appr=["E4202"], sig=["payroll_change"], note=HN + "A one-off pay correction to the employee's own card already on the payroll file.")

    # ---------------- test: scams
    T.O("2026-08-13 16:20", {"name": "新疆丝路恒达化工商贸有限公司", "credit_code": uscc("650104"), "contact_name": "采购 苏经理", "phone": mobile(),
                              "email": "slhd_cg@qq.com", "im_id": wxid(), "customer_id": None},
        [("精甲醇", 3000, "吨", 2160)], "货到90天付款", "甘肃省武威市凉州区某物流园储罐", "2026-08-20",
        "我们恒达新开武威库，先走3000吨，价格按上月执行，90天账期。车辆和危化品手续到时候再发你。", ch="im",
        lab="scam", st="fake_purchaser", exp="flag", sig=["lookalike_company", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order", "hazardous_no_permit", "free_mail"],
        note="A look-alike of the regular methanol trader (商贸 for 贸易) asks 3,000 t on 90-day credit to a Wuwei logistics yard, with the hazmat papers 'to follow'.")
    T.O("2026-08-18 12:05", {"name": "克拉玛依恒钻油田技术服务有限公司（项目部）", "credit_code": None, "contact_name": "物资部 张工", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("工业硫磺", 200, "吨", 980)], "货到后统一结算", "克拉玛依市白碱滩区某项目部", "2026-08-25",
        "项目上要硫磺200吨。另外还需要30台便携式四合一气体检测仪，我们采购只认乌鲁木齐安检通的货，麻烦你们帮忙代采一起开票送过来，仪器款和硫磺款一起结。",
        ch="im", third=("乌鲁木齐安检通仪器有限公司", mobile(), "designated_supplier", 186000), key="hz_order",
        lab="scam", st="fake_order", exp="flag", sig=["designated_supplier", "off_catalogue_item", "institution_claim", "contact_im_only"],
        note="An oilfield 'project department' orders sulphur and wants us to buy 30 gas detectors from the dealer it names and invoice them together.")
    T.P("2026-08-21 16:50", T.payee({"name": "乌鲁木齐安检通仪器有限公司", "account_no": corp_acct("8806", 18), "bank": "乌鲁木齐农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        186000, "代采购", "代采气体检测仪30台（恒钻项目部订单）", "张工（微信）：苏经理，我们项目部的款已经走对公了，截图发你，银行说要24小时到账。安检通那边今天必须付款才发货，你们先垫.付一下，硫磺款和仪器款一起结。",
        ch="im", frm="恒钻项目部 张工", contact="wxid_hengzuan_zhang", urgent=True, req="E4210", appr=["E4202"], order=("ref", "hz_order"),
        lab="scam", st="fake_order", exp="block", sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "evasion_symbols", "im_instruction", "urgency"],
        note="Sales asks to advance 186k to the buyer's chosen instrument dealer on the strength of a screenshot, with the key word broken by a dot.")
    T.P("2026-08-26 12:15", T.payee({"name": "新疆绿源环保工程科技有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行乌鲁木齐高新区支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        800000, "保证金", "VOCs深度治理EPC项目工程保证金", "金蝶云付款单：绿源环保称可承揽我司VOCs深度治理EPC项目（概算1.2亿），并可协调列入自治区重点项目补助，签约前需付工程保证金80万元，另需向协调人支付居间费；该公司成立于2026年5月，实缴资本0",
        req="E4230", appr=["E4202", "E4200"],
        lab="scam", st="contract_fraud", exp="flag", sig=["deposit_words", "bigproject_words", "middleman_fee", "shell_company"],
        note="A three-month-old shell with no paid-in capital offers a 120m environmental EPC job and a subsidy 'arrangement', asking an 800k deposit before signing.")
    T.O("2026-09-10 16:35", "hty", [("精甲醇", 3000, "吨", 2190)], "商业承兑汇票，90天", "昌吉市三工镇宏泰源仓库", "2026-09-18",
        "前两单合作愉快，这次量大，按商票90天结，出票人是我们合作方新疆鑫润达投资有限公司，票据照片先发你。", ch="im",
        lab="scam", st="contract_fraud", exp="flag", sig=["small_then_large", "credit_terms_requested", "guarantee_unverified", "large_vs_usual"],
        note="After two small prepaid orders the same buyer wants 3,000 t on a 90-day commercial bill drawn by an unknown third company, shown only as a photo.")
    T.P("2026-09-04 20:25", T.payee({"name": "亚森江·吐尔逊", "account_no": card("6228"), "bank": "中国农业银行和田分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        9860, "工资", "离职结算工资（员工：哈力木拉提）", "哈力木拉提（微信）：努尔古丽你好，我是上个月离职的哈力木拉提，原来的工资卡丢了正在补办，结算工资先打到我表哥亚森江的卡上，谢谢。",
        ch="im", frm="哈力木拉提", contact="wxid_halimulati_new", req="E4220", appr=["E4202"],
        lab="scam", st="fake_salary", exp="block", sig=["payee_not_employee", "im_instruction", "new_contact", "payroll_change"],
        note="A new WeChat account 'of a worker who left last month' asks for his final pay to go to a cousin's card in another region.")
    T.P("2026-10-12 12:05", T.payee({"name": "陈磊", "account_no": card("6221"), "bank": "中国邮政储蓄银行南宁分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        6200, "工资", "9月安全绩效奖（员工：陈磊）", "陈磊（邮件）：人事部您好，本人工资卡已更换，原卡已挂失，9月绩效及以后工资请打到以下新卡，谢谢！",
        ch="email", frm="陈磊", contact="chenlei_zy@163.com", req="E4220", appr=["E4202"],
        lab="scam", st="fake_salary", exp="flag", sig=["payroll_change", "email_instruction", "free_mail", "unusual_bank_region"],
        note="A free-mail message 'from' an operator moves his pay to a new card in his name at a Nanning bank, bypassing HR self-service.")
    T.P("2026-09-17 12:50", T.payee({"name": "新疆晟远工程设备有限公司", "account_no": corp_acct("6505", 19), "bank": "中国建设银行乌鲁木齐经济技术开发区支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        1260000, "预付款", "煤气化备件预付款", "孙副总：刘晓燕，今天账上能动用的资金有多少？发个截图\n刘晓燕：孙总，中行可用2,340万，建行186万\n孙副总：集团统一采购的气化炉备件，准东公司先付126万预付款给新疆晟远工程设备有限公司，合同我这边在走，先付，不用等OA。",
        ch="im", frm="孙副总（准源集团）", contact="微信群:准源集团-准东公司财务沟通群（当日新建）", urgent=True, appr=[],
        lab="scam", st="boss_impersonation", exp="block", sig=["im_instruction", "new_contact", "balance_probe", "bypass_process", "boss_role", "urgency"],
        note="A fake group vice-president in a chat group created that day asks for the usable balance, then orders a 1.26m spare-parts prepayment to an unknown firm without OA.")
    T.P("2026-08-27 16:10", T.payee("coal", account_no=corp_acct("8807", 18), bank="昌吉回族自治州村镇银行"), 2468500, "货款", "8月上旬原料煤款（6857吨）",
        "鑫泰煤业財務部（郵件）：準源煤化財務部您好，因合同糾紛我司建行基本戶被法院凍結，即日起貨款請匯入我司新開帳戶（戶名不變），原帳戶請勿再匯款，以本函帳戶為準。",
        ch="email", frm="鑫泰煤业财务部", contact="xintai_coal@126.com", contract="ZY-CG-2026-001", inv="auto", appr=["E4202", "E4200"], changed="2026-08-25 19:05",
        lab="scam", st="account_change", exp="block", sig=["email_instruction", "free_mail", "account_change_words", "evasion_traditional"],
        note="A free-mail message in traditional characters says the coal mine's account is frozen by a court and moves payment to a new rural-bank account keyed two days earlier.")
    T.P("2026-10-16 16:20", T.payee("rail", account_no=corp_acct("6228", 19), bank="中国农业银行西宁城中支行"), 658000, "运费", "9月铁路专用线运费",
        "金蝶云付款单：宏运铁路物流 9月专用线取送车及运费（新账户首次付款；变更资料为对方业务员微信发送的盖章扫描件）｜合同ZY-WL-2026-001",
        contract="ZY-WL-2026-001", inv="auto", changed="2026-08-31 17:50",
        lab="scam", st="account_change", exp="flag", sig=["account_change_words", "unusual_bank_region"],
        note="The rail operator's account was re-keyed 46 days ago from a WeChat scan that nobody called back on, and this is the first payment to it, in Xining.")
    T.P("2026-10-05 11:30", T.payee({"name": "北京中财资金清算服务有限公司", "account_no": corp_acct("1100", 19), "bank": "平安银行北京分行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        2000000, "资金核查", "配合资金核查", "来电记录：自称昌吉州公安局经侦支队王警官，称我司甲醇贸易账户涉嫌洗钱，须将账户资金200万元转入安全账户配合资金核查，核查完毕原路返还；要求签保密协议，不得告知单位领导。",
        ch="phone", frm="自称昌吉州公安局经侦支队 王警官", contact="0994-0000110", urgent=True, req="E4201", appr=[],
        lab="scam", st="authority_impersonation", exp="block", sig=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction"],
        note="On a holiday a caller posing as economic-crime police tells the cashier to move 2m into a 'safe account' for fund verification and to tell no one.")
    T.P("2026-09-24 12:30", T.payee({"name": "乌鲁木齐鑫诚财税咨询有限公司", "account_no": corp_acct("8806", 18), "bank": "乌鲁木齐银行米东支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        37200, "服务费", "运输发票代开税点", "金蝶云付款单：8月个体车辆短倒运费62万元无法取得发票，由鑫诚财税代开运输发票，按6个点支付税点3.72万元",
        req="E4230", appr=["E4202"],
        lab="scam", st="fake_invoice", exp="flag", sig=["invoice_trade_words", "no_po_contract"],
        note="Purchasing asks to pay a 'tax consultancy' six points to issue freight invoices for cash-paid trucking, i.e. buying invoices.")
    T.P("2026-10-20 17:40", T.payee({"name": "高志远", "account_no": card("6222"), "bank": "中国工商银行深圳福田支行", "account_type": "personal", "vendor_id": None, "phone": None}),
        500000, "验资", "流动资金贷款放款前验资", "鑫融通 客户经理（微信）：韩总您好，5000万无抵押流动资金贷款审批已过，放款前要做一次验资，贵司dgzh转50万到我们风控专员高志远个人账户，验资当天连同贷款一起退回。",
        ch="im", frm="鑫融通 客户经理", contact="wxid_xinrongtong_kf", urgent=True, req="E4202", appr=["E4200"],
        lab="scam", st="advance_fee", exp="block", sig=["loan_fee_words", "im_instruction", "evasion_pinyin", "unusual_bank_region"],
        note="A loan 'account manager' wants 500k moved to a risk officer's personal card for 'capital verification' before a 50m unsecured loan, using the pinyin dgzh.")
    T.O("2026-09-30 16:45", {"name": "阜康市鑫汇达化工经销部", "credit_code": uscc("652302", "92"), "contact_name": "李老板", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("精甲醇", 40, "吨", 2200)], "款到发货", "阜康市产业园鑫汇达仓库", "2026-10-09",
        "对公转账截图发你了，会计手快多打了20万，一共转了28.8万。多的20万麻烦退给我们上游供应商王建平的个人卡，省得来回倒，货今天能装吗？",
        ch="im", third=("王建平（个人）", mobile(), "refund_recipient", 200000),
        lab="scam", st="overpayment_refund", exp="block", sig=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only", "urgency"],
        note="A new dealer 'overpays' by 200k on a screenshot and wants the excess sent to its supplier's personal card.")
    T.O("2026-10-27 12:20", {"name": "乌鲁木齐恒金达商贸有限公司", "credit_code": uscc("650106"), "contact_name": "吴总", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("乙二醇（聚酯级）", 100, "吨", 4100)], "款到发货", "乌鲁木齐市头屯河区某仓库", "2026-11-05",
        "乙二醇先要100吨。另外有笔480万的工程款要从你们公司过一下账，到账后转给我们指定的新疆华屹建设，按千分之五给贵司手续费，长期合作。",
        ch="im", third=("新疆华屹建设工程有限公司", mobile(), "pass_through_payee", 4800000),
        lab="scam", st="account_lending", exp="block", sig=["account_lending_words", "contact_im_only", "middleman_fee"],
        note="A new glycol buyer bundles a request to pass 4.8m through our account to a construction firm for a commission.")
    return T


# ================================================================= tenant 3: fengche
def build_fengche():
    T = Tenant("fengche", "BGFD", "FK", "DD", "达坂城博格达风电有限公司", corp_acct("306501", 17))
    T.clerk, T.req, T.appr = "王婷", "E5301", ["E5302"]
    T.vendor("om", "乌鲁木齐天驰风电运维有限公司", corp_acct("3002", 19), "中国工商银行乌鲁木齐分行", "corporate", "V-FC01", "0991-0000316")
    T.vendor("crane", "新疆恒举吊装工程有限公司", corp_acct("6505", 19), "中国建设银行乌鲁木齐分行", "corporate", "V-FC02", "0991-0000352")
    T.vendor("parts", "新疆风源机电设备有限公司", corp_acct("1076", 18), "中国银行乌鲁木齐分行", "corporate", "V-FC03", "0991-0000389")
    T.vendor("land", "达坂城区白杨沟村股份经济合作社", corp_acct("306501", 17), "中国农业银行乌鲁木齐达坂城支行", "corporate", "V-FC04", "0991-0000421")
    T.vendor("driver", "赵德胜", card("6228"), "中国农业银行乌鲁木齐分行", "personal", "V-FC05", mobile())
    T.vendor("tech", "乌鲁木齐捷安风电技术服务有限公司", corp_acct("8806", 18), "乌鲁木齐银行高新区支行", "corporate", "V-FC06", "0991-0000458")
    T.vendor("group", "新疆博格达新能源集团有限公司", corp_acct("3002", 19), "中国工商银行乌鲁木齐人民路支行", "corporate", "GRP-01", "0991-0000230")
    T.vendor("tax", "国家金库乌鲁木齐市达坂城区支库", corp_acct("6501", 17), "国家金库乌鲁木齐市达坂城区支库", "corporate", "TAX-01", None)
    T.vendor("payroll", "中国农业银行乌鲁木齐分行（代发工资专户）", corp_acct("306501", 17), "中国农业银行乌鲁木齐分行", "corporate", "PAY-01", None)
    T.customer("ht", "新疆恒通铝材有限公司", uscc("650106"), "能源部 韩经理", "0991-0000547", "nyb@hengtong-al.com", None, "C-FC01")
    T.customer("lh", "新疆绿环再生资源有限公司", uscc("650107"), "回收部 马经理", "0991-0000583", "hsb@lvhuan-zs.com", None, "C-FC02")
    lh_addr = "乌鲁木齐市达坂城区绿环再生资源回收场"
    # ---------------- history
    T.H("2026-06-22 11:40", "om", 1186000, "运维费", "二季度风电场运维服务费", "浪潮GS付款单：天驰运维 二季度运维服务费（66台机组）｜合同BG-YW-2026-001", contract="BG-YW-2026-001", inv="auto", appr=["E5302", "E5300"], note="Quarterly O&M fee to the regular contractor.")
    T.H("2026-06-24 16:20", "parts", 238400, "货款", "变桨轴承及齿轮箱滤芯", "浪潮GS付款单：风源机电 变桨轴承2套、齿轮箱滤芯｜合同BG-CG-2026-008", contract="BG-CG-2026-008", inv="auto", note="Spare parts from the regular dealer.")
    T.HO("2026-06-29 12:15", "lh", [("废钢（风机塔筒法兰及边角料）", 86, "吨", 2150)], "款到提货", lh_addr, "2026-07-10", "款已到账，自提", note="Scrap steel sold to the regular recycler.")
    T.H("2026-07-01 12:35", "tech", 264000, "技术服务费", "6月叶片检修技术服务费（12人·月）", "浪潮GS付款单：捷安风电 6月叶片无人机巡检及检修技术服务｜合同BG-FW-2026-005", contract="BG-FW-2026-005", inv="auto", note="Blade inspection service by the regular technical firm.")
    T.H("2026-07-06 16:50", "land", 356000, "租金", "上半年风机占地及草场补偿费", "浪潮GS付款单：白杨沟村股份经济合作社 上半年风机占地租金及草场补偿｜合同BG-TD-2021-002", contract="BG-TD-2021-002", appr=["E5302", "E5300"], note="Land rent to the village cooperative.")
    T.H("2026-07-08 11:25", "crane", 186000, "吊装费", "#23风机齿轮箱更换吊装费", "浪潮GS付款单：恒举吊装 #23风机齿轮箱更换吊装｜合同BG-FW-2026-003", contract="BG-FW-2026-003", inv=("new", "crane_jul"),
        changed="2025-11-20 10:30", note="Crane hire from the firm whose account change dates from November 2025.")
    T.H("2026-07-10 12:05", "tax", 864230.5, "税款", "6月增值税及附加", "电子税务局三方协议扣缴：6月增值税及附加", req="E5302", appr=["E5300"], note="Monthly taxes.")
    T.H("2026-07-14 18:10", "payroll", 826400, "工资", "6月工资代发（58人）", "浪潮GS付款单：6月工资代发（58人），工资表经综合部审核", req="E5320", appr=["E5302", "E5300"], note="Monthly payroll.")
    T.HO("2026-07-16 16:30", "ht", [("绿色电力证书", 20000, "张", 5.2)], "平台资金结算", "中国绿色电力证书交易平台（线上交割）", "2026-07-31", "绿证交易平台挂牌成交，平台结算", note="Green certificates sold to the regular aluminium plant.")
    T.H("2026-07-17 11:50", "driver", 8600, "运费", "废齿轮箱油回收运输费", "浪潮GS付款单：个体运输户赵德胜 废油桶（42桶）运至危废暂存库运费｜运输协议BG-YS-2026-02", contract="BG-YS-2026-02", note="Haulage by a regular individual trucker.")
    T.H("2026-07-21 16:15", "group", 9000000, "资金归集", "资金池归集", "司库系统：按《博格达新能源集团资金集中管理办法》上划资金至集团资金池", appr=["E5302", "E5300"], note="Cash-pool sweep to the parent group.")
    T.HO("2026-07-23 12:40", "lh", [("废钢（风机塔筒法兰及边角料）", 64, "吨", 2180)], "款到提货", lh_addr, "2026-08-05", "款已到账，自提", note="Scrap steel sold to the regular recycler.")
    T.H("2026-07-27 11:10", "parts", 158600, "货款", "偏航电机及制动器", "浪潮GS付款单：风源机电 偏航电机2台、偏航制动器｜合同BG-CG-2026-008", contract="BG-CG-2026-008", inv="auto", note="Spare parts from the regular dealer.")
    T.H("2026-07-30 16:35", "om", 412000, "运维费", "7月风机大部件更换人工费", "浪潮GS付款单：天驰运维 7月大部件更换人工费｜合同BG-YW-2026-001", contract="BG-YW-2026-001", inv="auto", appr=["E5302", "E5300"], note="O&M extra work to the regular contractor.")

    # ---------------- test: routine
    R = "Routine: "
    T.P("2026-08-06 12:10", "om", 398000, "运维费", "8月风机大部件更换人工费（一批）", "浪潮GS付款单：天驰运维 8月大部件更换人工费｜合同BG-YW-2026-001", contract="BG-YW-2026-001", inv="auto", appr=["E5302", "E5300"], note=R + "O&M extra work to the regular contractor.")
    T.P("2026-08-19 16:40", "parts", 126800, "货款", "变桨电机及编码器", "浪潮GS付款单：风源机电 变桨电机3台、编码器｜合同BG-CG-2026-008", contract="BG-CG-2026-008", inv="auto", note=R + "Spare parts from the regular dealer.")
    T.O("2026-08-25 11:15", "lh", [("废钢（风机塔筒法兰及边角料）", 72, "吨", 2160)], "款到提货", lh_addr, "2026-09-05", "款已到账，自提", note=R + "Scrap steel sold to the regular recycler.")
    T.P("2026-09-10 11:55", "tax", 912640.3, "税款", "8月增值税及附加", "电子税务局三方协议扣缴：8月增值税及附加", req="E5302", appr=["E5300"], note=R + "Monthly taxes.")
    T.P("2026-09-15 18:05", "payroll", 834200, "工资", "8月工资代发（58人）", "浪潮GS付款单：8月工资代发（58人），工资表经综合部审核", req="E5320", appr=["E5302", "E5300"], note=R + "Monthly payroll.")
    T.O("2026-09-22 16:20", "ht", [("绿色电力证书", 25000, "张", 5.0)], "平台资金结算", "中国绿色电力证书交易平台（线上交割）", "2026-10-15", "绿证交易平台挂牌成交，平台结算", note=R + "Green certificates sold to the regular aluminium plant.")
    T.P("2026-10-20 12:25", "parts", 94300, "货款", "齿轮箱润滑油及滤芯", "浪潮GS付款单：风源机电 齿轮箱润滑油（8桶）及滤芯｜合同BG-CG-2026-008", contract="BG-CG-2026-008", inv="auto", note=R + "Spare parts from the regular dealer.")

    # ---------------- test: hard negatives
    HN = "Hard negative: "
    T.P("2026-08-12 11:35", "crane", 214000, "吊装费", "#41风机主轴承更换吊装费", "浪潮GS付款单：恒举吊装 #41风机主轴承更换吊装（500吨履带吊）｜合同BG-FW-2026-003", contract="BG-FW-2026-003", inv="auto",
        changed="2025-11-20 10:30", sig=[], note=HN + "Crane hire to the firm whose account change was keyed in November 2025 and has been used ever since.")
    T.O("2026-08-14 12:20", {"name": "新疆云算数据科技有限公司", "credit_code": uscc("650106"), "contact_name": "能源管理部 杜经理", "phone": "0991-0000669",
                              "email": "energy@yunsuan-dc.com", "im_id": None, "customer_id": None},
        [("绿色电力证书", 50000, "张", 5.1)], "平台资金结算", "中国绿色电力证书交易平台（线上交割）", "2026-08-31",
        "数据中心年度绿电消纳指标，绿证交易平台摘牌成交（成交编号GEC-2026-0814-117），资金由平台冻结结算", ch="other", sig=["large_first_order"],
        note=HN + "A data centre's large first purchase of green certificates, matched and settled through the official trading platform.")
    T.P("2026-08-20 16:05", T.payee({"name": "新疆天衡特种设备检测有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行乌鲁木齐北京路支行", "account_type": "corporate", "vendor_id": "V-FC12", "phone": "0991-0000702"}),
        52800, "检验费", "风机塔筒升降机定期检验费", "浪潮GS付款单：66台风机塔筒升降机年度定期检验（按市场监管局特种设备安全监察要求），检验报告TH-2026-0815已出具｜合同BG-FW-2026-012",
        contract="BG-FW-2026-012", inv="auto", sig=["fee_words", "authority_words"], note=HN + "First payment to a licensed inspection firm for the yearly statutory check of tower lifts, under contract with reports delivered.")
    T.P("2026-08-28 20:45", "group", 7640000, "资金归集", "资金池日终归集", "司库系统自动指令：日终将基本户超过留存限额的余额上划集团资金池；当日收到国网新疆电力7月电费结算款764万元",
        appr=["E5302"], sig=["in_out_match"], note=HN + "The nightly automatic sweep passes the grid's electricity payment straight up to the group account.")
    T.P("2026-09-03 11:20", "om", 296500, "质保金", "2024年度运维合同质保金返还", "浪潮GS付款单：天驰运维2024年度运维合同质保期满，考核合格，返还5%质保金｜合同BG-YW-2024-001",
        contract="BG-YW-2024-001", appr=["E5302", "E5300"], sig=["deposit_words", "refund_words"], note=HN + "Release of the O&M contractor's retention money after the warranty year, to its usual account.")
    T.P("2026-09-08 16:30", "parts", 468000, "货款", "#12风机齿轮箱高速轴总成（紧急采购）", "吾斯曼·买买提（电话）：我在北京开会，#12风机齿轮箱高速轴断了，风源那边有现货，今天付款明天发货。\n王婷已按通讯录号码回拨吾斯曼总确认；OA紧急采购流程已办结｜合同BG-CG-2026-008",
        ch="phone", frm="吾斯曼·买买提", contact="0991-0000300", contract="BG-CG-2026-008", inv="auto", urgent=True, appr=["E5302", "E5300"],
        verif={"callback_done": True, "callback_number": "0991-0000300", "verified_by": "E5302", "verified_at": "2026-09-08T16:10:00+08:00"},
        sig=["phone_instruction", "boss_role", "urgency", "cannot_call"], note=HN + "The GM phones from Beijing for an urgent gearbox part from the regular dealer; finance calls him back on the directory number and OA approves.")
    T.P("2026-09-12 15:10", "parts", 72600, "货款", "变桨后备电池（紧急采购）", "【加急】浪潮GS付款单：周五大风后#08、#19风机变桨系统后备电源故障停机，风源机电周末送货，电池款当日结算｜合同BG-CG-2026-008",
        contract="BG-CG-2026-008", inv="auto", urgent=True, req="E5310", appr=["E5302", "E5300"], sig=["urgency"], note=HN + "A Saturday emergency purchase of pitch batteries from the regular dealer after a storm.")
    T.P("2026-09-14 12:30", "driver", 9400, "运费", "废齿轮箱油回收运输费", "浪潮GS付款单：个体运输户赵德胜 废油桶（46桶）运至危废暂存库运费｜运输协议BG-YS-2026-02",
        contract="BG-YS-2026-02", sig=[], note=HN + "Freight paid to the personal account of a regular individual trucker.")
    T.O("2026-09-17 16:15", "lh", [("废旧叶片（退役机组）", 18, "片", 6500), ("废钢（退役机组塔筒）", 320, "吨", 2120)], "竞价成交，全款到账后提货", lh_addr, "2026-10-15",
        "集团废旧物资竞价平台成交（JJ-2026-0916），竞买保证金及全款已到账，凭提货单分批提货", sig=["deposit_words", "large_vs_usual"],
        note=HN + "The regular recycler wins a group auction for decommissioned blades and towers and pays in full before collection.")
    T.P("2026-09-23 11:45", "tax", 126000, "规费", "水土保持补偿费", "浪潮GS付款单：乌鲁木齐市水务局水土保持补偿费缴款通知（二期扩建），按非税收入一般缴款书缴入国库",
        req="E5302", appr=["E5300"], sig=["authority_words", "fee_words"], note=HN + "A statutory soil-conservation levy paid into the treasury on the water bureau's official form.")
    T.P("2026-10-14 16:35", T.payee({"name": "新疆鑫盛再生资源有限公司", "account_no": corp_acct("6505", 19), "bank": "中国建设银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": "0991-0000684"}),
        50000, "保证金退还", "废旧叶片竞价未成交竞买保证金退还", "浪潮GS付款单：鑫盛再生参与集团废旧物资竞价（JJ-2026-0916）未成交，竞买保证金5万元已于9月15日到账（回单号0915-0412），原路退回其付款账户",
        appr=["E5302"], sig=["refund_words", "deposit_words"], note=HN + "An unsuccessful bidder's auction deposit, received last month, is returned to the account it came from.")
    T.P("2026-10-16 12:10", T.payee({"name": "新疆天山生态科学研究院有限公司", "account_no": corp_acct("3002", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": "V-FC14", "phone": "0991-0000715"}),
        138000, "技术服务费", "风电场鸟类迁徙监测服务费（秋季）", "浪潮GS付款单：按环评批复要求开展秋季鸟类迁徙监测，阶段报告已验收｜合同BG-FW-2026-014",
        contract="BG-FW-2026-014", inv="auto", appr=["E5302", "E5300"], sig=["institution_claim"], note=HN + "First payment to an ecological research institute for bird-migration monitoring required by the environmental approval.")
    T.P("2026-10-23 11:30", "tech", 276000, "技术服务费", "9月叶片检修技术服务费（12人·月）", "浪潮GS付款单：捷安风电 9月叶片无人机巡检及检修技术服务（12人·月）｜合同BG-FW-2026-005",
        contract="BG-FW-2026-005", inv="auto", sig=["payee_shared_by_employees"], note=HN + "A service fee for twelve technicians paid to their employer's corporate account as every month.")

    # ---------------- test: scams
    T.O("2026-08-31 12:25", {"name": "国资再生物资（新疆）有限公司", "credit_code": uscc("650502"), "contact_name": "物资部 罗部长", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("废旧叶片（退役机组）", 24, "片", 7200), ("废钢（退役机组塔筒）", 600, "吨", 2300)], "提货后30天付款（央企结算流程）", "哈密市伊州区某物流园", "2026-09-10",
        "我们是央企再生资源平台在新疆的公司，价格比市场高，先提货，按我们央企流程30天付款，车下周就到。", ch="im", key="gz_order",
        lab="scam", st="fake_purchaser", exp="flag", sig=["institution_claim", "credit_terms_requested", "large_first_order", "far_delivery", "contact_im_only"],
        note="A self-styled central-SOE recycler offers above-market prices for retired turbines if it can collect first and pay in 30 days, to a Hami yard.")
    T.P("2026-09-16 17:20", T.payee({"name": "新疆远达商贸有限公司", "account_no": corp_acct("8806", 18), "bank": "哈密市商业银行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        200000, "退款", "国资再生多付货款退回", "罗部长（微信）：王会计，我们财务把第二批的款也一起打过去了，多了20万，麻烦退到我们合作方远达商贸的账户，我们那边直接抵账，省得来回走流程。",
        ch="im", frm="国资再生 罗部长", contact="wxid_guozi_luo", urgent=True, req="E5301", appr=["E5302"], order=("ref", "gz_order"),
        lab="scam", st="overpayment_refund", exp="block", sig=["refund_words", "overpayment", "refund_to_other_account", "sales_order_linked", "im_instruction"],
        note="The 'SOE recycler' claims it overpaid by 200k and asks the refund to go to a different trading company.")
    T.O("2026-08-17 16:45", {"name": "新疆恒远数智科技有限公司", "credit_code": None, "contact_name": "刘总", "phone": mobile(), "email": None, "im_id": wxid(), "customer_id": None},
        [("绿色电力证书", 80000, "张", 5.3)], "平台担保交易", "线上交割", "2026-08-20",
        "我们走自己的绿电交易服务平台，卖方需先交5000元平台入驻保证金开通收款，开通要用中银会议共享屏幕，我们客服一步步教你操作。", ch="im",
        fees=[("平台入驻保证金", 5000)],
        lab="scam", st="fake_order", exp="flag", sig=["remote_control", "fee_asked_of_seller", "contact_im_only", "large_first_order"],
        note="A buyer of green certificates wants us on its own 'platform', asking a 5,000 onboarding deposit and a screen share on a fake meeting app.")
    T.P("2026-09-09 12:20", T.payee({"name": "北京中标通工程咨询有限公司", "account_no": corp_acct("1100", 19), "bank": "北京农商银行海淀支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        380000, "咨询费", "风光大基地指标申报咨询费", "浪潮GS付款单：中标通咨询称有国家部委内部关系，可保证我司二期200MW项目纳入风光大基地指标，先付前期公关咨询费38万元，指标下达后再付尾款；无资质证明，成立于2026年3月",
        req="E5310", appr=["E5302", "E5300"],
        lab="scam", st="contract_fraud", exp="flag", sig=["bigproject_words", "middleman_fee", "shell_company"],
        note="A six-month-old consultancy claiming ministry connections wants 380k 'public-relations' fees to guarantee a 200 MW quota.")
    T.P("2026-08-26 16:55", T.payee({"name": "何小军", "account_no": card("6217"), "bank": "中国建设银行昌吉分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        276000, "工资", "8月叶片检修技术员工资（12人）", "捷安风电（邮件）：博格达风电财务您好，我司基本户被冻结，8月12名技术员的工资请直接打到项目经理何小军账户，由他发给大家，服务费发票照开。",
        ch="email", frm="捷安风电 综合部", contact="jiean_fd@163.com", req="E5301", appr=["E5302"],
        lab="scam", st="fake_salary", exp="block", sig=["payee_shared_by_employees", "email_instruction", "free_mail", "personal_account_pretext"],
        note="A free-mail message 'from' the technical contractor asks twelve technicians' wages to be paid into one project manager's personal card.")
    T.P("2026-10-19 11:40", T.payee({"name": "新疆人社通企业服务有限公司", "account_no": corp_acct("8806", 18), "bank": "乌鲁木齐银行天山支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        69600, "服务费", "三季度社保补贴申领服务费（58人）", "转来邮件：《關於2026年第三季度企業職工社保補貼發放的通知》貴單位職工可申領社保補貼每人3200元，須於24小時內由企業統一繳納申領服務費每人1200元，逾期視為放棄，請勿聲張。",
        ch="email", frm="社保补贴发放中心", contact="shbt_notice@163.com", urgent=True, req="E5320", appr=["E5302"],
        lab="scam", st="fake_salary", exp="flag", sig=["subsidy_words", "fee_words", "email_instruction", "free_mail", "secrecy_words", "urgency", "evasion_traditional"],
        note="A 'social-security subsidy' notice in traditional characters asks the company to pay 1,200 per employee within 24 hours to claim a subsidy.")
    T.P("2026-08-10 12:45", T.payee({"name": "北京中能博远投资管理有限公司", "account_no": corp_acct("1100", 19), "bank": "招商银行北京东三环支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        2600000, "诚意金", "风电场股权收购诚意金", "何建国（邮件）：王婷，速将今日各账户余额截图发我。另：集团与某央企签了风电场股权收购意向，需今天付诚意金260万至北京中能博远投资管理有限公司，此事保密，暂不走OA，回头补签。",
        ch="email", frm="何建国", contact="hejianguo@bogda-newenergy.cn", urgent=True, appr=[],
        lab="scam", st="boss_impersonation", exp="block", sig=["email_instruction", "lookalike_domain", "balance_probe", "secrecy_words", "bypass_process", "boss_role", "urgency", "deposit_words"],
        note="An e-mail 'from the group chairman' on a look-alike domain asks for balance screenshots and a secret 2.6m earnest payment for an acquisition.")
    T.P("2026-10-04 10:20", T.payee({"name": "新疆瑞丰达机电设备有限公司", "account_no": corp_acct("8807", 18), "bank": "昌吉农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        480000, "设备款", "风机备件设备款", "吾斯曼·买买提：王婷，我换了个薇信，手机掉水里了，原来的号暂时用不了\n吾斯曼·买买提：现在账上还有多少钱？\n王婷：吾总，农行可用1,126万\n吾斯曼·买买提：瑞丰达的备件款48万今天付掉，节后补流程，我在开会不方便接电话。",
        ch="im", frm="吾斯曼·买买提", contact="wxid_wusiman_new", urgent=True, appr=[],
        lab="scam", st="boss_impersonation", exp="block", sig=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "boss_role", "evasion_homophone"],
        note="On a holiday morning the GM's 'new WeChat' (薇信) probes the balance and orders 480k to an unknown equipment firm, paperwork after the holiday.")
    T.P("2026-09-28 12:15", T.payee("om", account_no=corp_acct("6505", 19), bank="中国建设银行乌鲁木齐友好路支行"), 1226000, "运维费", "三季度风电场运维服务费",
        "天驰运维 项目经理（微信）：孙经理，我们公司基本户在做年审变更，三季度运维款请打到新开的建行账户，户名不变，变更函盖章件发你邮箱了。",
        ch="im", frm="天驰运维 项目经理", contact="wxid_tianchi_pm", contract="BG-YW-2026-001", inv="auto", appr=["E5302", "E5300"], changed="2026-09-24 17:30",
        lab="scam", st="account_change", exp="block", sig=["im_instruction", "account_change_words"],
        note="The O&M contractor's 'project manager' moves the quarterly fee to a new account by WeChat, keyed four days before the payment.")
    T.P("2026-10-12 16:25", T.payee("land", account_no=corp_acct("8807", 18), bank="吐鲁番高昌区农村信用合作联社"), 386000, "租金", "下半年风机占地及草场补偿费",
        "浪潮GS付款单：白杨沟村股份经济合作社 下半年风机占地租金及草场补偿｜合同BG-TD-2021-002", contract="BG-TD-2021-002", appr=["E5302", "E5300"], changed="2026-09-30 12:40",
        lab="scam", st="account_change", exp="block", sig=["unusual_bank_region"],
        note="Structural only: the village cooperative's bank details were changed twelve days before this routine land-rent payment, to a Turpan credit union.")
    T.P("2026-08-21 12:35", T.payee({"name": "乌鲁木齐安环保证服务有限公司", "account_no": corp_acct("8806", 18), "bank": "乌鲁木齐银行水磨沟支行", "account_type": "corporate", "vendor_id": None, "phone": None}),
        200000, "保证金", "安全整改保证金", "短信：【乌鲁木齐市应急管理局】贵单位风电场安全生产专项检查发现重大隐患3项，须于今日17时前将整改保证金20万元存入监 管 账 户（户名：乌鲁木齐安环保证服务有限公司），整改验收合格后全额退还，逾期将依法责令停产。",
        ch="sms", frm="自称乌鲁木齐市应急管理局", contact="10690000186", urgent=True, req="E5301", appr=["E5302"],
        lab="scam", st="authority_impersonation", exp="block", sig=["authority_words", "safe_account_words", "deposit_words", "urgency", "evasion_spacing"],
        note="An SMS 'from the emergency-management bureau' orders a 200k rectification deposit into a spaced-out 'supervised account' of a private company.")
    T.P("2026-09-24 16:10", "crane", 186000, "吊装费", "#23风机齿轮箱更换吊装费（发票重新开具）", "浪潮GS付款单：恒举吊装 #23风机齿轮箱更换吊装｜合同BG-FW-2026-003",
        contract="BG-FW-2026-003", inv=("ref", "crane_jul"), changed="2025-11-20 10:30",
        lab="scam", st="fake_invoice", exp="block", sig=["duplicate_invoice"],
        note="Structural only: the crane firm's July invoice, already paid, comes back for payment a second time.")
    T.P("2026-10-14 12:05", T.payee({"name": "唐伟", "account_no": card("6222"), "bank": "中国工商银行成都分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        38000, "解冻金", "贷款解冻金", "鑫贷通 专员（微信）：王会计，贵司申请的300万经营贷放款失败，系统显示收款卡号错误，资金已被冻结，需缴纳解冻金3.8万元到风控专员唐伟账户，解冻后连同贷款一并到账。",
        ch="im", frm="鑫贷通 专员", contact="wxid_xindaitong_01", urgent=True, req="E5301", appr=["E5302"],
        lab="scam", st="advance_fee", exp="block", sig=["loan_fee_words", "im_instruction", "urgency", "unusual_bank_region"],
        note="An online lender says the loan is 'frozen' by a wrong card number and asks a 38k unfreezing fee to an agent's personal card.")
    T.P("2026-10-22 17:15", T.payee({"name": "陈思雨", "account_no": card("6222"), "bank": "中国工商银行长沙分行", "account_type": "personal", "vendor_id": None, "phone": None}),
        26000, "推广费", "绿电品牌推广点赞任务充值", "浪潮GS付款单：综合部李娜申请，抖音推广服务商要求先充值做点赞任务，完成后返利30%，充值款打到客服陈思雨个人账户",
        req="E5320", appr=["E5302"],
        lab="scam", st="task_rebate", exp="block", sig=["task_rebate_words", "topup_words", "unusual_bank_region"],
        note="An administrative officer routes a 26k 'promotion top-up' for like-tasks with a 30% rebate to a customer-service agent's personal card.")
    return T


def main():
    rows = []
    for b in (build_naomaohu, build_wucaiwan, build_fengche):
        rows.extend(b().rows())
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
