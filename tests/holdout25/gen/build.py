#!/usr/bin/env python3
"""Build the independent holdout corpus holdout25.

Source of truth for ../holdout25.jsonl. Standard library only, no clock, no
unseeded randomness: every account number, WeChat id, credit code and invoice
number is derived from a fixed seed string with SHA-256, so two runs write
byte-identical output.

Focus: young companies with thin history (a Changji energy-storage start-up,
an Urumqi livestream dried-fruit studio, a new three-shop car-wash chain in
Karamay). Every company, person, account, code, invoice and phone number is
invented.

Run from tests/holdout25:  python3 gen/build.py
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout25.jsonl")


# ---------------------------------------------------------------- helpers

def _h(seed):
    return hashlib.sha256(("holdout25|" + seed).encode("utf-8")).hexdigest()


def num(seed, n, prefix=""):
    """Deterministic digit string of length n starting with prefix."""
    d = str(int(_h(seed), 16)) + str(int(_h(seed + "#2"), 16))
    return (prefix + d)[:n]


_WX = "abcdefghjkmnpqrstuvwxyz23456789"


def wx(seed):
    hv = _h("wx|" + seed)
    return "wxid_" + "".join(_WX[int(hv[i * 2:i * 2 + 2], 16) % len(_WX)] for i in range(14))


_USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(head, seed):
    """Unified social credit code: 8-char head (type + division), MA + 7 chars, check char."""
    hv = _h("uscc|" + seed)
    body = head + "MA" + "".join(_USCC[int(hv[i * 2:i * 2 + 2], 16) % 31] for i in range(7))
    assert len(body) == 17
    s = sum(_USCC.index(c) * w for c, w in zip(body, _USCC_W))
    return body + _USCC[(31 - s % 31) % 31]


def invno(seed):
    return "2665" + num("inv|" + seed, 16)


def fw(s):
    """Full-width form of ASCII digits and letters."""
    out = []
    for ch in s:
        if "0" <= ch <= "9" or "a" <= ch <= "z" or "A" <= ch <= "Z":
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def payee(name, account_no, bank, account_type, vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email=None, im_id=None, customer_id=None):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def ts(s):
    """'2026-10-16 10:35' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return "%sT%s:00+08:00" % (d, t)


class Tenant:
    def __init__(self, tid, code, name, payer_account, pay_code="FK", order_code="XS"):
        self.tid = tid
        self.code = code
        self.name = name
        self.payer = {"account_no": payer_account, "account_name": name}
        self.pay_code = pay_code
        self.order_code = order_code
        self.lines = []

    def _add(self, phase, kind, when, request, label, stype, expect, signals, note, key=None):
        if phase == "test" and label == "legit":
            assert note.startswith("Routine:") or note.startswith("Hard negative:"), note
        self.lines.append({
            "phase": phase, "kind": kind, "when": when, "request": request,
            "label": label, "scam_type": stype, "expect": expect,
            "signals": list(signals), "note": note, "key": key,
            "seq": len(self.lines),
        })

    def pay(self, phase, when, to, amount, purpose, memo, channel, from_name, from_contact,
            text, urgent, req, appr, order=None, contract=None, invoice=None, changed=None,
            verification=None, label="legit", stype=None, expect="allow", signals=(), note=""):
        r = {
            "request_id": None,
            "submitted_at": ts(when),
            "payer": dict(self.payer),
            "payee": dict(to),
            "amount": amount,
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name,
                            "from_contact": from_contact, "text": text, "urgent": urgent},
            "requested_by": req,
            "approved_by": list(appr),
            "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": ts(changed) if changed else None,
        }
        if verification:
            cb_no, by, at = verification
            r["verification"] = {"callback_done": True, "callback_number": cb_no,
                                 "verified_by": by, "verified_at": ts(at)}
        self._add(phase, "payment", when, r, label, stype, expect, signals, note)

    def order(self, phase, when, cust, items, channel, address, deadline, terms, notes,
              third=None, fees=(), key=None, label="legit", stype=None, expect="allow",
              signals=(), note=""):
        total = Decimal("0")
        its = []
        for product, qty, unit, price in items:
            total += Decimal(qty) * Decimal(price)
            its.append({"product": product, "quantity": qty, "unit": unit, "unit_price": price})
        r = {
            "record_id": None,
            "received_at": ts(when),
            "customer": dict(cust),
            "items": its,
            "total_amount": "%.2f" % total.quantize(Decimal("0.01")),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": None,
            "fees_requested": [{"reason": a, "amount": b} for a, b in fees],
            "notes": notes,
        }
        if third:
            name, contact, role, amount = third
            r["third_party"] = {"name": name, "contact": contact, "role": role, "amount": amount}
        self._add(phase, "order", when, r, label, stype, expect, signals, note, key=key)

    def finish(self):
        rank = {"history": 0, "test": 1}
        self.lines.sort(key=lambda x: (rank[x["phase"]], x["when"], x["seq"]))
        keys = {}
        per_day = {}
        for ln in self.lines:
            day = ln["when"][:10].replace("-", "")
            kcode = self.pay_code if ln["kind"] == "payment" else self.order_code
            per_day[(kcode, day)] = per_day.get((kcode, day), 0) + 1
            rid = "%s-%s-%s%02d" % (self.code, kcode, day, per_day[(kcode, day)])
            if ln["kind"] == "payment":
                ln["request"]["request_id"] = rid
            else:
                ln["request"]["record_id"] = rid
                if ln["key"]:
                    keys[ln["key"]] = rid
        out = []
        counters = {"history": 0, "test": 0}
        for ln in self.lines:
            if ln["kind"] == "payment":
                rel = ln["request"]["related"]
                if rel["order_id"] and rel["order_id"].startswith("@"):
                    rel["order_id"] = keys[rel["order_id"][1:]]
            counters[ln["phase"]] += 1
            obj = {
                "id": "%s-%s%03d" % (self.tid, "h" if ln["phase"] == "history" else "t",
                                     counters[ln["phase"]]),
                "tenant": self.tid,
                "phase": ln["phase"],
                "kind": ln["kind"],
                "label": ln["label"],
                "scam_type": ln["scam_type"],
                "expect": ln["expect"],
            }
            if ln["phase"] == "history":
                obj["outcome"] = "executed"
            obj["signals"] = ln["signals"]
            obj["note"] = ln["note"]
            obj["request"] = ln["request"]
            out.append(obj)
        return out


H, T = "history", "test"
SCAM = "scam"


# ======================================================================
# Tenant 1: lingdian — 昌吉凌电储能科技有限公司
# Energy-storage start-up, founded March 2026, Changji high-tech zone.
# Finance office 10:00-19:30 Beijing time, Monday to Friday.
# People: 韩立峰 E2100 founder/GM; 祁晓雯 E2101 cashier; 马慧 E2102 finance
# manager; 帕尔哈提 E2103 procurement; 刘宇 E2104 sales manager;
# 周凯 E2105 delivery engineer.
# ======================================================================

def build_lingdian():
    t = Tenant("lingdian", "LD", "昌吉凌电储能科技有限公司", num("ld-payer", 19, "3003"))
    ERP = "金蝶云星空·付款申请单"
    BOSS_WX = wx("ld-boss-real")

    V = {
        "cell": payee("甘肃陇能电芯科技有限公司", num("ld-v01", 19, "2703"), "中国银行兰州新区支行",
                      "corporate", "V-LD01", "0931-0000412"),
        "cell_new": payee("甘肃陇能电芯科技有限公司", num("ld-v01-new", 19, "2918"),
                          "中国农业银行东莞长安支行", "corporate", "V-LD01", "0931-0000412"),
        "box": payee("昌吉市恒钣钣金制造有限公司", num("ld-v02", 18, "8804"), "昌吉农村商业银行",
                     "corporate", "V-LD02", "0994-0000236"),
        "box_new": payee("昌吉市恒钣钣金制造有限公司", num("ld-v02-new", 16, "7731"),
                         "中国光大银行乌鲁木齐分行", "corporate", "V-LD02", "0994-0000236"),
        "bms": payee("深圳储芯电子有限公司", num("ld-v03", 16, "7559"), "招商银行深圳科技园支行",
                     "corporate", "V-LD03", "0755-0000318"),
        "freight": payee("新疆天运达物流有限公司", num("ld-v04", 19, "6501"), "中国建设银行昌吉分行",
                         "corporate", "V-LD04", "0994-0000571"),
        "freight_new": payee("新疆天运达物流有限公司", num("ld-v04-new", 17, "3065"),
                             "中国农业银行昌吉分行", "corporate", "V-LD04", "0994-0000571"),
        "park": payee("昌吉高新区产业园运营管理有限公司", num("ld-v05", 18, "8806"),
                      "昌吉农村商业银行高新区支行", "corporate", "V-LD05", "0994-0000108"),
        "fork": payee("昌吉市安力叉车租赁有限公司", num("ld-v06", 19, "9650"),
                      "中国邮政储蓄银行昌吉市分行", "corporate", "V-LD06", "0994-0000649"),
        "fork_new": payee("昌吉市安力叉车租赁有限公司", num("ld-v06-new", 19, "6501"),
                          "中国建设银行昌吉分行", "corporate", "V-LD06", "0994-0000649"),
        "wangxiao": payee("王啸", num("ld-v07", 19, "621700"), "中国建设银行乌鲁木齐分行",
                          "personal", "V-LD07", "13900002741"),
        "payroll": payee("中国工商银行昌吉分行（代发工资专户）", num("ld-pay", 19, "3003"),
                         "中国工商银行昌吉分行", "corporate", "PAY-01", None),
        "tax": payee("国家金库昌吉回族自治州中心支库", num("ld-tax", 17, "6523"),
                     "国家金库昌吉回族自治州中心支库", "corporate", "TAX-01", None),
    }
    C = {
        "guanghe": customer("昌吉市光合新能源工程有限公司", uscc("91652301", "ld-c01"), "邓经理",
                            "0994-0000327", "dengjl@guanghe-ne.com", None, "C-LD01"),
        "mianfeng": customer("玛纳斯县棉丰轧花有限公司", uscc("91652324", "ld-c02"), "努尔兰",
                             "0994-0000765", None, None, "C-LD02"),
        "chidian": customer("新疆驰电充电运营有限公司", uscc("91650109", "ld-c03"), "付工",
                            "0991-0000482", "fugong@chidian-ev.com", None, "C-LD03"),
    }
    CAB215 = "工商业储能柜LD-215（100kW/215kWh）"
    CAB100 = "工商业储能柜LD-100（50kW/100kWh）"

    # ------------------------------------------------------------ history
    t.order(H, "2026-09-15 10:40", C["guanghe"], [(CAB215, "2", "台", "318000.00")], "email",
            "昌吉市大西渠镇光合分布式光伏项目现场", "2026-10-20", "预付30%，到货60%，验收10%",
            "大西渠镇屋顶光伏配储项目，合同LD-XS-HT-2026-009已双方盖章，预付款190800元9月14日到账。",
            key="guanghe_sep", note="Two storage cabinets for the solar EPC customer's rooftop project.")
    t.pay(H, "2026-09-16 11:20", V["park"], "36000.00", "租金", "10月厂房租金（2号标准厂房）",
          "erp", "祁晓雯", None, ERP + "：10月厂房租金｜高新区产业园运营公司｜租赁合同LD-ZL-2026-001｜1800㎡×20元/㎡",
          False, "E2101", ["E2102"], contract="LD-ZL-2026-001", invoice=invno("ld-h-rent-10"),
          note="Monthly rent for the leased plant hall.")
    t.pay(H, "2026-09-17 15:40", V["cell"], "291200.00", "货款", "314Ah磷酸铁锂电芯第1批（1040只）",
          "erp", "帕尔哈提", None, ERP + "：陇能电芯 314Ah电芯第1批1040只｜合同LD-CG-2026-003｜入库单RK-2609-004",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-003", invoice=invno("ld-h-cell-1"),
          note="First batch of LFP cells from the cell maker.")
    t.pay(H, "2026-09-18 11:05", V["freight"], "8600.00", "运费", "电芯到货运费（兰州—昌吉）",
          "erp", "帕尔哈提", None, ERP + "：天运达物流 电芯第1批干线运费｜运单TYD-0916-33",
          False, "E2103", ["E2102"], contract="LD-WL-2026-002", invoice=invno("ld-h-frt-1"),
          note="Trunk freight for the first cell delivery.")
    t.pay(H, "2026-09-21 16:30", V["box"], "96000.00", "货款", "储能柜柜体第1批（4台）",
          "erp", "帕尔哈提", None, ERP + "：恒钣钣金 储能柜柜体第1批4台（含喷涂）｜合同LD-CG-2026-005｜入库单RK-2609-011",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-005", invoice=invno("ld-h-box-1"),
          note="Cabinet enclosures from the local sheet-metal shop.")
    t.order(H, "2026-09-22 12:15", C["mianfeng"], [(CAB215, "1", "台", "326000.00")], "phone",
            "玛纳斯县包家店镇棉丰轧花厂", "2026-11-20", "定金30%（97800元已到账），发货前付清余款",
            "轧花季削峰填谷用，定金9月22日从对方农商行基本户到账，回单0922-036。",
            key="mianfeng_sep", note="One cabinet for a cotton gin, 30% deposit received.")
    t.pay(H, "2026-09-24 14:20", V["bms"], "58400.00", "货款", "BMS主控板及从控板（4套）",
          "erp", "帕尔哈提", None, ERP + "：储芯电子 BMS主控板及从控板4套｜合同LD-CG-2026-004｜发票见附件",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-004", invoice=invno("ld-h-bms-1"),
          note="Battery-management boards from the Shenzhen supplier.")
    t.pay(H, "2026-09-28 17:10", V["wangxiao"], "8000.00", "劳务费", "储能柜电气原理图设计费（王啸，9月）",
          "erp", "周凯", None, ERP + "：外聘电气工程师王啸 9月设计劳务费｜劳务协议LD-LW-2026-002｜已代扣个税",
          False, "E2105", ["E2102", "E2100"], contract="LD-LW-2026-002",
          note="Monthly fee of the freelance electrical engineer, paid to his own card.")
    t.pay(H, "2026-09-29 10:50", V["fork"], "4500.00", "租赁费", "3吨叉车月租（9月）",
          "erp", "祁晓雯", None, ERP + "：安力叉车 3吨电动叉车9月租金｜租赁合同LD-ZL-2026-003",
          False, "E2101", ["E2102"], contract="LD-ZL-2026-003", invoice=invno("ld-h-fork-9"),
          note="Monthly forklift lease.")
    t.pay(H, "2026-09-30 16:40", V["payroll"], "137600.00", "工资", "9月工资代发（14人）",
          "erp", "马慧", None, ERP + "：9月工资代发（14人），工资表已经韩总审批",
          False, "E2102", ["E2100"], note="Monthly payroll through the bank's payroll account.")
    t.order(H, "2026-10-09 11:30", C["chidian"], [(CAB100, "1", "台", "168000.00")], "email",
            "乌鲁木齐市米东区驰电北郊充电站", "2026-10-30", "款到发货",
            "充电站光储充试点，首台试用，货款10月8日已到账。",
            key="chidian_oct", note="Trial cabinet for a charging-station operator, paid before shipping.")
    t.pay(H, "2026-10-12 15:00", V["cell"], "291200.00", "货款", "314Ah磷酸铁锂电芯第2批（1040只）",
          "erp", "帕尔哈提", None, ERP + "：陇能电芯 314Ah电芯第2批1040只｜合同LD-CG-2026-003｜入库单RK-2610-002",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-003", invoice=invno("ld-h-cell-2"),
          note="Second batch of LFP cells.")
    t.pay(H, "2026-10-15 11:10", V["tax"], "42316.80", "税款", "9月增值税及附加",
          "erp", "马慧", None, "电子税务局三方协议扣缴：9月增值税及附加",
          False, "E2102", ["E2100"], note="Monthly VAT through the tax bureau's debit agreement.")

    # ------------------------------------------------------------ test
    t.pay(T, "2026-10-16 10:35", V["park"], "36000.00", "租金", "11月厂房租金（2号标准厂房）",
          "erp", "祁晓雯", None, ERP + "：11月厂房租金｜高新区产业园运营公司｜租赁合同LD-ZL-2026-001",
          False, "E2101", ["E2102"], contract="LD-ZL-2026-001", invoice=invno("ld-t-rent-11"),
          note="Routine: Monthly plant-hall rent to the park operator.")

    t.order(T, "2026-10-16 15:20",
            customer("呼图壁县禾泉节水农业专业合作社", uscc("93652323", "ld-heqian"), "冯社长",
                     "0994-0000583"),
            [(CAB100, "2", "台", "168000.00")], "phone",
            "呼图壁县五工台镇禾泉合作社1号泵站", "2026-11-15",
            "预付50%（168000元已于10月15日到账），余款验收后付清",
            "合作社光伏提水项目配储，部分为县农业农村局项目配套资金。冯社长先电话询价，后到厂里看了样机；"
            "预付款从合作社农商行基本户汇入，刘宇已将回单与我司网银流水核对一致。",
            signals=["new_customer", "large_first_order"],
            note="Hard negative: A new irrigation cooperative orders two cabinets after visiting the plant; half the price has already cleared from its own account.")

    t.order(T, "2026-10-19 11:10",
            customer("国网能投（新疆）综合能源服务有限公司", None, "程主任", "18000003461",
                     "gwnt_xj@163.com", wx("ld-fake-gw"), None),
            [(CAB215, "20", "台", "318000.00")], "im",
            "甘肃省酒泉市肃州区某物流园区中转库", "2026-10-26", "货到验收后180天内付款",
            "我们是国网系统下属的综合能源公司，酒泉那边风光储一体化项目急需20台215度的柜子，"
            "价格就按你们报价，不用谈了。先发货，款按集团流程半年内结清。合同我们盖好章快递给你们，"
            "中转库有人收货，不用你们去安装。另外集团供应商库入网要交一笔资质审核费，发票我们开。",
            fees=[("供应商入网资质审核费", "8000.00")],
            label=SCAM, stype="fake_purchaser", expect="flag",
            signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                     "far_delivery", "contact_mismatch", "free_mail", "fee_asked_of_seller"],
            note="A 'State Grid energy subsidiary' with a 163.com address orders 20 cabinets (6.36m) on 180-day terms for a Jiuquan transit yard and wants an 8,000 'vendor-registration fee' first.")

    t.pay(T, "2026-10-19 16:40",
          payee("昌吉回族自治州公共资源交易中心", num("ld-ggzy", 19, "6505"), "中国建设银行昌吉分行",
                "corporate", None, "0994-0000150"),
          "50000.00", "投标保证金", "木垒县农光互补储能示范项目投标保证金（CJZ-GGZY-2026-1187）",
          "erp", "刘宇", None,
          ERP + "：按州公共资源交易中心10月15日发布的招标公告（项目编号CJZ-GGZY-2026-1187），"
          "投标保证金须从投标人基本户转入公告所列保证金专户，截止10月21日17:00；未中标的5个工作日内原路退还。"
          "马慧已在交易中心官网核对户名账号。",
          False, "E2104", ["E2102", "E2100"],
          signals=["deposit_words", "first_time_payee"],
          note="Hard negative: Tender deposit for a county storage project, paid to the account printed in the public-resource trading centre's announcement.")

    t.pay(T, "2026-10-20 10:50", V["cell"], "291200.00", "货款", "314Ah磷酸铁锂电芯第3批（1040只）",
          "erp", "帕尔哈提", None,
          "金蝶云星空：采购入库单RK-2610-011已审核过账，应付单AP-2610-007已生成｜陇能电芯 314Ah电芯第3批1040只｜合同LD-CG-2026-003",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-003", invoice=invno("ld-t-cell-3"),
          signals=["account_lending_words"],
          note="Hard negative: Third cell batch to the known account; the ERP text says the goods receipt 'has been posted' (过账) in its bookkeeping sense.")

    t.pay(T, "2026-10-20 14:05",
          payee("霍尔果斯鼎盛启航股权投资管理有限公司", num("ld-dingsheng", 18, "8830"),
                "霍尔果斯农村商业银行", "corporate", None, None),
          "200000.00", "保证金", "A轮投资对赌履约保证金",
          "erp", "马慧", None,
          ERP + "（韩总已口头同意）：鼎盛启航称拟领投我司A轮3000万元，签投资意向书（TS）前须先付“对赌履约保证金”20万元，"
          "投资款到位后随首期款一并返还。对方营业执照显示2026年8月成立、注册资本100万元；"
          "在基金业协会网站未查到其私募基金管理人登记。",
          False, "E2102", ["E2100"],
          label=SCAM, stype="contract_fraud", expect="flag",
          signals=["deposit_words", "first_time_payee", "shell_company", "bigproject_words",
                   "fee_asked_of_seller"],
          note="A two-month-old 'fund manager' promising to lead a 30m Series A wants a 200k 'valuation-adjustment performance bond' before it will sign a term sheet.")

    t.pay(T, "2026-10-21 11:30",
          payee("新疆正衡联合会计师事务所（普通合伙）", num("ld-cpa", 18, "8806"), "昌吉农村商业银行",
                "corporate", None, "0994-0000274"),
          "6000.00", "服务费", "天使轮增资验资报告费",
          "erp", "马慧", None,
          ERP + "：天使轮增资（新增注册资本250万元，投资款10月12日已进我司基本户）验资报告费，"
          "委托合同LD-FW-2026-014，报告已出具并在注协系统可查。",
          False, "E2102", ["E2100"], contract="LD-FW-2026-014", invoice=invno("ld-t-cpa"),
          signals=["loan_fee_words", "fee_words", "first_time_payee"],
          note="Hard negative: A capital-verification report fee to an audit firm after the angel round money arrived in the company's own account.")

    t.order(T, "2026-10-21 16:10",
            customer("哈密天晟矿业集团有限公司", uscc("91652201", "ld-tiansheng"), "秦总", "19500002187",
                     None, wx("ld-tiansheng"), None),
            [(CAB215, "8", "台", "318000.00")], "im",
            "哈密市伊州区某矿区生活区", "2026-10-24",
            "商业承兑汇票（出票人：深圳前海某商业保理有限公司，期限6个月）",
            "矿区微电网要用，8台一起上。商票已经背书给你们了，电子票据截图发你微信了，到期直接兑付。"
            "矿上急，三天内必须发货；现场条件差不方便来看，发到就行，安装我们自己找人。",
            label=SCAM, stype="contract_fraud", expect="flag",
            signals=["guarantee_unverified", "fake_payment_proof", "new_customer", "large_first_order",
                     "urgency"],
            note="A new 'mining group' pays for 2.5m of cabinets with a screenshot of a six-month commercial bill drawn by an unknown factoring firm and wants shipment within three days, no site visit.")

    t.pay(T, "2026-10-22 12:20",
          payee("古丽娜·艾山", num("ld-gulina", 19, "622848"), "中国农业银行乌鲁木齐分行",
                "personal", None, "19500004420"),
          "12000.00", "设计费", "储能柜外观及VI设计费（古丽娜·艾山）",
          "erp", "刘宇", None,
          ERP + "：外观设计委托协议LD-SJ-2026-003，设计稿已交付并经韩总确认；个人劳务所得已代扣个税，实付12000元，付设计师本人账户。",
          False, "E2104", ["E2102", "E2100"], contract="LD-SJ-2026-003",
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A freelance designer found online is paid for the cabinet styling to her own card under a signed design agreement.")

    t.pay(T, "2026-10-23 10:45", V["box_new"], "240000.00", "货款", "储能柜柜体第2批（10台）",
          "erp", "帕尔哈提", None,
          ERP + "：恒钣钣金 储能柜柜体第2批10台｜合同LD-CG-2026-005｜入库单RK-2610-019",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-005", invoice=invno("ld-t-box-2"),
          changed="2026-10-20 17:50",
          label=SCAM, stype="account_change", expect="block",
          signals=["account_changed_recent", "first_time_payee"],
          note="Structural only: The enclosure maker's bank account was swapped in the vendor master three days earlier; this ordinary-looking 240k batch payment is the first to the new account.")

    t.pay(T, "2026-10-26 11:15",
          payee("新疆启源新能源产业发展有限公司", num("ld-qiyuan", 19, "3002"), "中国工商银行乌鲁木齐新市区支行",
                "corporate", None, None),
          "380000.00", "意向金", "A轮投资意向金",
          "im", "韩立峰", "微信群：凌电A轮融资对接群（当日新建）",
          "韩立峰：@祁晓雯 在吗\n祁晓雯：韩总我在\n韩立峰：把工行和建行的可用余额截个图发群里\n"
          "祁晓雯：[图片]\n韩立峰：投资方要我们先付38万投资意向金表示诚意，签完TS就退。"
          "收款：新疆启源新能源产业发展有限公司，工行新市区支行。我和刘总在谈条款，不方便接电话，你先转，"
          "审批单我回公司补签。这事先别在公司大群里说。",
          True, "E2101", [],
          label=SCAM, stype="boss_impersonation", expect="block",
          signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
                   "secrecy_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
          note="In a WeChat 'Series A' group created that day the fake founder has the cashier screenshot both balances, then orders a 380k 'intent deposit' to an unknown company, paperwork later.")

    t.pay(T, "2026-10-26 17:20", V["bms"], "87600.00", "货款", "BMS主控板及从控板第2批（6套）",
          "im", "韩立峰", BOSS_WX,
          "韩立峰：小祁，工行账上现在有多少？储芯那边第2批BMS明天发货，款得先到\n"
          "祁晓雯：韩总，工行可用一百三十多万\n"
          "韩立峰：够，把储芯第2批的款付了，合同还是LD-CG-2026-004，我在金蝶里批",
          True, "E2101", ["E2102", "E2100"], contract="LD-CG-2026-004", invoice=invno("ld-t-bms-2"),
          signals=["im_instruction", "balance_probe", "boss_role", "urgency"],
          note="Hard negative: The real founder asks the cashier on WeChat how much is in the account, then has the known BMS supplier paid through the ERP with both approvals.")

    t.pay(T, "2026-10-27 10:30", V["freight_new"], "11200.00", "运费", "电芯第3批干线运费（兰州—昌吉）",
          "erp", "帕尔哈提", None,
          ERP + "：天运达物流 电芯第3批运费｜运单TYD-1021-08｜该司9月22日寄来盖章的《收款账户变更函》"
          "（基本户由建行迁至农行），马慧当日回拨供应商档案电话核实。",
          False, "E2103", ["E2102"], contract="LD-WL-2026-002", invoice=invno("ld-t-frt-3"),
          changed="2026-09-22 15:30", verification=("0994-0000571", "E2102", "2026-09-22 15:10"),
          signals=["account_changed_long_ago", "first_time_payee"],
          note="Hard negative: Freight to the carrier's new account, changed five weeks ago by stamped letter and confirmed by call-back to the number on file.")

    t.order(T, "2026-10-27 14:50", C["chidian"], [(CAB215, "4", "台", "315000.00")], "email",
            "乌鲁木齐市米东区驰电北郊充电站二期", "2026-12-10",
            "预付30%（378000元已到账），发货前付60%，验收后付10%",
            "驰电要求电芯指定用宁储314Ah（与其现有站点BMS兼容），由我司按自身采购流程向宁储下单，"
            "宁储已通过我司供应商准入审核；预付款10月26日已从驰电对公账户到账。",
            third=("福建宁储电池科技有限公司", "0591-0000736", "designated_supplier", "605000.00"),
            signals=["designated_supplier"],
            note="Hard negative: The charging-station customer specifies the cell brand; its prepayment has cleared and the company buys the cells under its own procurement.")

    t.order(T, "2026-10-28 11:40",
            customer("武警新疆总队某部后勤保障处", None, "李助理", "18000007315", None,
                     wx("ld-fake-wj"), None),
            [(CAB100, "1", "台", "168000.00")], "im",
            "昌吉市郊某训练基地", "2026-10-31", "对公转账（已转，截图显示处理中）",
            "部队野外训练基地要一台100度的柜子，价格不谈。基地还缺40顶棉帐篷，我们和军威军需之前有合作，"
            "上次的单子有点矛盾不方便直接联系，麻烦你们先帮忙付给军威，帐篷钱和柜子钱我们一起对公结算。"
            "转账截图已经发给刘经理了，这周必须进场。有事➕V：jw_li2026",
            third=("乌鲁木齐市沙依巴克区军威军需用品商行", "13900008862", "designated_supplier", "96000.00"),
            key="wj_tent",
            label=SCAM, stype="fake_order", expect="block",
            signals=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
                     "new_customer", "contact_im_only", "urgency", "evasion_symbols"],
            note="An 'armed-police logistics office' orders a cabinet and asks the company to pay first for 40 tents from the shop it names, backed only by a 'processing' transfer screenshot.")

    t.pay(T, "2026-10-28 16:00",
          payee("新疆博衡律师事务所", num("ld-law", 17, "3065"), "中国农业银行乌鲁木齐分行",
                "corporate", None, "0991-0000265"),
          "30000.00", "律师费", "A轮融资法律尽调及投资协议审阅（第一期50%）",
          "erp", "马慧", None,
          ERP + "：委托代理合同LD-FW-2026-016，为A轮融资提供法律尽职调查及投资协议审阅，总价6万分两期；"
          "律所执业许可证已在司法厅网站查询。",
          False, "E2102", ["E2100"], contract="LD-FW-2026-016", invoice=invno("ld-t-law"),
          signals=["first_time_payee", "fee_words"],
          note="Hard negative: First payment to a law firm retained for the Series A due diligence.")

    t.pay(T, "2026-10-29 10:20",
          payee("乌鲁木齐市沙依巴克区军威军需用品商行", num("ld-junwei", 19, "622202"),
                "中国工商银行乌鲁木齐西北路支行", "personal", None, None),
          "96000.00", "代采购", "代武警某部采购棉帐篷40顶",
          "im", "李助理", wx("ld-fake-wj"),
          "刘经理，我们财务那边对公转账银行说要延迟到账，截图你也看到了。军威那边催着要发货，"
          "你们先把96000付过去，和柜子款一起结给你们，今天务必安排一下，谢谢支持部队工作！",
          True, "E2104", ["E2102"], order="@wj_tent",
          label=SCAM, stype="fake_order", expect="block",
          signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                   "fake_payment_proof", "im_instruction", "urgency"],
          note="Sales asks to advance 96k to the tent shop the 'armed-police' buyer named, while the buyer's own payment exists only as a delayed-transfer screenshot.")

    t.order(T, "2026-10-29 15:10", C["guanghe"], [(CAB215, "3", "台", "318000.00")], "email",
            "昌吉市大西渠镇光合分布式光伏项目二期现场", "2026-12-05", "预付30%，到货60%，验收10%",
            "二期配储，合同LD-XS-HT-2026-021，邓经理邮件下单。",
            note="Routine: Second-phase cabinets for the established solar EPC customer.")

    t.pay(T, "2026-10-30 11:00",
          payee("周丽华", num("ld-zhoulh", 19, "621226"), "中国民生银行深圳分行", "personal", None, None),
          "500000.00", "验资款", "A轮投资配套资金验资",
          "im", "远景资本 投资总监 胡总", wx("ld-fake-vc"),
          "韩总、马经理：按我们投委会要求，被投企业要先做配套资金验资，证明能调动不低于投资额5%的自有资金。"
          "请把50万转到我们基金托管专员周丽华的个人账户做验资，三个工作日原路退回；验资报告出来投委会就上会，"
          "1500万首期款下周到位。",
          False, "E2102", ["E2100"],
          label=SCAM, stype="advance_fee", expect="block",
          signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
                   "bigproject_words", "unusual_bank_region"],
          note="A 'venture fund director' says the investment committee needs a 500k 'capital verification' sent to a custodian's personal card before 15m is released.")

    t.pay(T, "2026-10-30 17:30",
          payee("杨继军", num("ld-crane", 19, "623066"), "昌吉农村商业银行", "personal", None, "18000005129"),
          "9800.00", "租赁费", "25吨汽车吊台班费及押金（杨继军）",
          "erp", "周凯", None,
          ERP + "：禾泉合作社项目柜体吊装，吊车车主杨继军为个人（行驶证、特种设备操作证已留档），"
          "2个台班6800元＋押金3000元，吊车归还后退押金；现场签收单已上传。",
          False, "E2105", ["E2102"],
          signals=["personal_account", "first_time_payee", "deposit_words"],
          note="Hard negative: An owner-operated crane hired for a cabinet lift is paid, with a returnable deposit, to the owner's own card.")

    t.pay(T, "2026-11-02 10:40",
          payee("王立国", num("ld-fake-police", 19, "621700"), "中国建设银行西安分行", "personal", None, None),
          "800000.00", "往来款", "配合核查资金转入保全",
          "phone", "自称昌吉州公安局经侦支队 王警官", "0994-0000110",
          "来电记录（祁晓雯接听）：对方称我司10月12日到账的天使轮投资款涉嫌一宗非法集资洗钱案，"
          "要求我司配合核查资金，24小时内把账上资金转入其指定的aqzh“冻结保全”，核查完原路退回；"
          "要求签保密协议，不得告诉公司其他人，否则按妨碍侦查处理。随后短信发来收款人王立国及卡号。",
          True, "E2101", [],
          label=SCAM, stype="authority_impersonation", expect="block",
          signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction",
                   "personal_account", "first_time_payee", "no_approval", "urgency", "evasion_pinyin"],
          note="A caller posing as economic-crime police says the angel money is tied to laundering and has the cashier move 800k to a personal 'aqzh' (safe account) in secret.")

    t.order(T, "2026-11-02 15:00",
            customer("新疆昌能综合能源服务有限公司", uscc("91652301", "ld-changneng"), "闫工", "0994-0000692",
                     "yangong@cjzhny.com.cn", None, None),
            [(CAB215, "6", "台", "309000.00")], "email",
            "昌吉国家农业科技园区综合能源站", "2026-12-20",
            "按招标文件：到货验收付60%，投运后付30%，质保金10%（12个月）",
            "电子采购平台中标通知书ZB-CN-2026-0433，合同以平台电子签章为准；"
            "刘宇已将采购联系人座机与平台公示信息核对一致。",
            signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
            note="Hard negative: A state-owned energy-services company orders six cabinets after a tender won on its e-procurement platform, with milestone payments.")

    t.pay(T, "2026-11-03 11:25",
          payee("新疆融汇通企业管理咨询有限公司", num("ld-ronghui", 16, "6224"), "乌鲁木齐银行高新区支行",
                "corporate", None, "19500007743"),
          "84000.00", "服务费", "科创贷300万前期评估及通道服务费（2.8%）",
          "erp", "马慧", None,
          ERP + "：融汇通称可对接“科创企业信用贷”300万元，年化3.2%，免抵押、一周放款，"
          "放款前须先付2.8%前期评估及通道服务费，放款后不退；目前未见任何银行的授信批复或借款合同。",
          False, "E2102", ["E2100"],
          label=SCAM, stype="advance_fee", expect="flag",
          signals=["loan_fee_words", "fee_words", "first_time_payee", "no_po_contract"],
          note="A consultancy promises a 3m unsecured 'tech-enterprise loan' but wants 84k in 'evaluation and channel fees' before any bank has approved anything.")

    t.pay(T, "2026-11-03 16:45",
          payee("昌吉州融资担保有限责任公司", num("ld-guarantee", 18, "8806"), "昌吉农村商业银行",
                "corporate", None, "0994-0000318"),
          "22500.00", "担保费", "昌吉农商行科技贷150万担保费（1.5%）",
          "erp", "马慧", None,
          ERP + "：昌吉农商行10月30日出具授信批复（150万元，期限1年），委托担保合同DB-2026-0871已签，"
          "担保费按1.5%一次性收取，收款账户与委托担保合同所列一致。",
          False, "E2102", ["E2100"], contract="DB-2026-0871", invoice=invno("ld-t-guar"),
          signals=["loan_fee_words", "fee_words", "first_time_payee"],
          note="Hard negative: A guarantee fee to a licensed guarantee company after the bank has issued its credit approval.")

    t.pay(T, "2026-11-04 10:55", V["fork"], "4500.00", "租赁费", "3吨叉车月租（10月）",
          "erp", "祁晓雯", None, ERP + "：安力叉车 3吨电动叉车10月租金｜租赁合同LD-ZL-2026-003",
          False, "E2101", ["E2102"], contract="LD-ZL-2026-003", invoice=invno("ld-t-fork-10"),
          note="Routine: Monthly forklift lease to the known account.")

    t.pay(T, "2026-11-05 12:10", V["cell_new"], "291200.00", "货款", "314Ah磷酸铁锂电芯第4批（1040只）",
          "email", "陇能电芯 财务部 孙会计", "caiwu@longneng-cell.com",
          "凌电储能财务部：\n您好！因我司接受集团年度审计，原中国银行兰州新区支行账户自11月起暂停收款，"
          "后续货款请汇入我司东莞销售结算账户（户名不变）：\n开户行：中国农业银行东莞长安支行\n"
          "账号：%s\n请以本函为准，原账户请勿再汇。如有疑问请直接回复本邮件。\n甘肃陇能电芯科技有限公司 财务部"
          % V["cell_new"]["account_no"],
          False, "E2101", ["E2102"], contract="LD-CG-2026-003", invoice=invno("ld-t-cell-4"),
          changed="2026-11-02 18:40",
          label=SCAM, stype="account_change", expect="block",
          signals=["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
                   "account_change_words", "unusual_bank_region"],
          note="An e-mail from a hyphenated look-alike of the cell maker's domain moves payment to a Dongguan account 'because of an audit'; keyed in three days before this 291k payment.")

    t.pay(T, "2026-11-06 11:30",
          payee("乌鲁木齐宏图伟业商贸有限公司", num("ld-hongtu", 19, "3002"), "中国工商银行乌鲁木齐北京路支行",
                "corporate", None, None),
          "2970000.00", "往来款", "代转投标保证金",
          "im", "钱总（周总介绍）", wx("ld-fake-qian"),
          "马经理你好，我是周总介绍的老钱。我们投个工程的标，保证金必须公对公，我们自己的公户被限额了，"
          "借你们公户走一下账：300万今天下午打到你们工行，你们收到后转297万到宏图伟业，剩下3万算辛苦费。"
          "周总那边已经打过招呼了。",
          True, "E2102", ["E2100"],
          label=SCAM, stype="account_lending", expect="block",
          signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction",
                   "vague_memo", "urgency"],
          note="A man introduced by the angel investor asks to route 3m through the company's account and forward 2.97m to a trading firm for a 'commission'.")

    t.pay(T, "2026-11-09 14:20", V["fork_new"], "1.00", "租赁费", "新账户小额验证打款（安力叉车）",
          "erp", "祁晓雯", None,
          ERP + "：安力叉车11月5日来函（加盖公章及财务章）称基本户由邮储迁至建行，"
          "11月6日马慧已回拨档案电话与其财务负责人核实；按制度先打1元验证，对方确认到账后再付11月租金。",
          False, "E2101", ["E2102"], contract="LD-ZL-2026-003",
          changed="2026-11-06 16:20", verification=("0994-0000649", "E2102", "2026-11-06 16:05"),
          signals=["account_changed_recent", "first_time_payee"],
          note="Hard negative: A one-yuan test payment to the forklift lessor's freshly changed account after a stamped letter and a call-back, before any real payment.")

    t.pay(T, "2026-11-10 11:00", V["bms"], "58400.00", "货款", "BMS主控板及从控板（4套）",
          "erp", "帕尔哈提", None,
          ERP + "：储芯电子 BMS主控板及从控板4套｜合同LD-CG-2026-004",
          False, "E2103", ["E2102", "E2100"], contract="LD-CG-2026-004", invoice=invno("ld-h-bms-1"),
          label=SCAM, stype="fake_invoice", expect="block",
          signals=["duplicate_invoice"],
          note="Structural only: The BMS supplier's September invoice, already paid, comes back with a plain ERP memo for the same 58.4k.")

    t.pay(T, "2026-11-10 16:30", V["payroll"], "148900.00", "工资", "10月工资代发（15人）",
          "erp", "马慧", None, ERP + "：10月工资代发（15人），工资表已经韩总审批",
          False, "E2102", ["E2100"],
          note="Routine: Monthly payroll through the bank's payroll account.")

    t.pay(T, "2026-11-12 16:20",
          payee("玛纳斯县棉丰轧花有限公司", num("ld-mianfeng-acct", 18, "8807"), "玛纳斯县农村商业银行",
                "corporate", None, "0994-0000765"),
          "97800.00", "退款", "原路退还棉丰轧花储能柜定金（订单取消）",
          "erp", "刘宇", None,
          ERP + "：棉丰轧花因今年轧花季提前结束申请取消订单（对方11月10日盖章函），经韩总同意全额退还定金97800元，"
          "原路退回其9月22日付款的农商行账户（回单0922-036）。",
          False, "E2104", ["E2102", "E2100"], order="@mianfeng_sep",
          signals=["refund_words", "first_time_payee"],
          note="Hard negative: A cancelled order's deposit goes back to the cotton gin's own account, the one it was paid from.")

    t.pay(T, "2026-11-13 11:20", V["tax"], "68540.40", "税款", "10月增值税及附加",
          "erp", "马慧", None, "电子税务局三方协议扣缴：10月增值税及附加",
          False, "E2102", ["E2100"], note="Routine: Monthly VAT.")

    t.order(T, "2026-11-16 10:15",
            customer("奎屯市绿川农业科技有限公司", uscc("91654003", "ld-lvchuan"), "阿不都热合曼",
                     "18000004476", None, wx("ld-lvchuan"), None),
            [(CAB100, "1", "台", "168000.00")], "im",
            "奎屯市开干齐乡绿川农业基地", "2026-11-30", "款到发货",
            "柜子我们要了。货款由我们合作方新疆锦瑞商贸代付，他们会一次打28万过来，里面有12万是他们欠我们的往来款，"
            "到时候你们收到后多出来的部分我再告诉你们退到哪个账户。",
            label=SCAM, stype="overpayment_refund", expect="flag",
            signals=["new_customer", "third_party_payer", "overpayment"],
            note="A new farm-tech buyer says a 'partner' will pay 280k for a 168k cabinet and that it will say later where the difference should be refunded.")

    t.pay(T, "2026-11-17 20:40",
          payee("马永刚", num("ld-driver", 19, "622848"), "中国农业银行呼图壁县支行", "personal", None,
                "13900006603"),
          "3600.00", "运费", "昌吉—呼图壁储能柜运输运费（个体司机马永刚）",
          "erp", "周凯", None,
          "金蝶云星空移动端·付款申请：司机晚上八点多才卸完车，要求当天结运费；运单YD-1117-02、回单已拍照上传，周凯现场签收。",
          True, "E2105", ["E2102"],
          signals=["personal_account", "first_time_payee", "off_hours", "urgency"],
          note="Hard negative: An owner-driver is paid the same evening, after hours, for hauling cabinets to the cooperative's pump station.")

    t.pay(T, "2026-11-19 11:05",
          payee("吴建波", num("ld-wujb", 19, "621700"), "中国建设银行昌吉分行", "personal", None, None),
          "27600.00", "工资", "10月项目现场安装人员工资（3人）",
          "erp", "周凯", None, ERP + "：10月份项目现场安装人员工资，按考勤表发放（3人）",
          False, "E2105", ["E2102"],
          label=SCAM, stype="fake_salary", expect="block",
          signals=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
          note="Structural only: Three site installers' October wages go in one sum to one private card outside the payroll run; the request text is plain.")

    t.order(T, "2026-11-23 16:30",
            customer("昌吉光和新能源工程有限公司", None, "小陈（邓总助理）", "13900009518",
                     "guanghe_xj@126.com", wx("ld-fake-guanghe"), None),
            [(CAB215, "6", "台", "318000.00")], "im",
            "哈密市伊州区某光伏项目临时库房", "2026-11-28", "货到90天付款",
            "邓经理让我对接的，我们在哈密新接了个项目，还是老价格，先发6台，款和之前一样走，"
            "这次集团要求90天账期。以后都由我对接，邓经理调去片区了。",
            label=SCAM, stype="fake_purchaser", expect="flag",
            signals=["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
                     "large_first_order", "far_delivery", "free_mail"],
            note="A name one character off the solar EPC customer (和 for 合), with a new contact on free mail, orders six cabinets on 90-day credit for a Hami storeroom.")

    return t.finish()


# ======================================================================
# Tenant 2: guoxiang — 乌鲁木齐果香满仓电子商务有限公司
# Livestream studio selling Xinjiang dried fruit on Douyin, about a year
# old. Finance office 11:00-21:00 Beijing time, Monday to Friday.
# People: 苏文博 E3300 owner; 阿依古丽·热合曼 E3301 accountant;
# 林佳琪 E3302 operations lead; 马志强 E3303 sourcing; 唐晓萌 E3304
# streamer; 热依拉 E3305 finance assistant.
# ======================================================================

def build_guoxiang():
    t = Tenant("guoxiang", "GX", "乌鲁木齐果香满仓电子商务有限公司", num("gx-payer", 19, "6505"))
    DT = "钉钉审批「付款申请」已通过："
    BOSS_WX = wx("gx-boss-real")

    V = {
        "dates": payee("和田县昆仑红枣种植农民专业合作社", num("gx-v01", 18, "8812"), "和田农村商业银行",
                       "corporate", "V-GX01", "0903-0000265"),
        "raisin": payee("吐鲁番葡香农产品有限公司", num("gx-v02", 17, "3035"), "中国农业银行吐鲁番分行",
                        "corporate", "V-GX02", "0995-0000318"),
        "pack": payee("乌鲁木齐新彩印务包装有限公司", num("gx-v03", 16, "6223"), "乌鲁木齐银行新市区支行",
                      "corporate", "V-GX03", "0991-0000527"),
        "pack_new": payee("乌鲁木齐新彩印务包装有限公司", num("gx-v03-new", 19, "4400"),
                          "中国建设银行东莞虎门支行", "corporate", "V-GX03", "0991-0000527"),
        "express": payee("乌鲁木齐韵通快递服务有限公司", num("gx-v04", 19, "3002"),
                         "中国工商银行乌鲁木齐经济技术开发区支行", "corporate", "V-GX04", "0991-0000689"),
        "ads": payee("北京巨擎网络科技有限公司", num("gx-v05", 16, "1109"), "招商银行北京分行营业部",
                     "corporate", "V-GX05", "010-0000438"),
        "rent": payee("乌鲁木齐锦华商务楼物业管理有限公司", num("gx-v06", 19, "6500"),
                      "中国建设银行乌鲁木齐天山支行", "corporate", "V-GX06", "0991-0000173"),
        "walnut": payee("依明·托合提", num("gx-v07", 19, "623095"), "新疆温宿县农村信用合作联社",
                        "personal", "V-GX07", "19500003316"),
        "payroll": payee("中国建设银行乌鲁木齐分行（代发工资专户）", num("gx-pay", 19, "6500"),
                         "中国建设银行乌鲁木齐分行", "corporate", "PAY-01", None),
        "tax": payee("国家金库乌鲁木齐市天山区支库", num("gx-tax", 17, "6501"),
                     "国家金库乌鲁木齐市天山区支库", "corporate", "TAX-01", None),
    }
    C = {
        "meijia": customer("乌鲁木齐美佳连锁超市有限公司", uscc("91650102", "gx-c01"), "韩静",
                           "0991-0000745", "caigou@meijiacs.com", None, "C-GX01"),
        "xiguo": customer("上海西果优选电子商务有限公司", uscc("91310114", "gx-c02"), "沈经理",
                          "021-0000862", "shen@xiguoyx.com", None, "C-GX02"),
        "hongyuan": customer("克拉玛依宏远石油技术服务有限公司工会委员会", uscc("81650203", "gx-c03"),
                             "刘主席", "0990-0000615", "gh@hongyuan-oil.com", None, "C-GX03"),
    }
    GIFT = "新疆干果礼盒（红枣、葡萄干、巴旦木、核桃，2kg装）"
    JUJUBE = "若羌灰枣（500g袋装）"
    RAISIN = "吐鲁番无核白葡萄干（500g袋装）"
    ALMOND = "纸皮巴旦木（250g罐装）"
    FIG = "阿图什无花果干（200g袋装）"
    DATEWAL = "红枣夹核桃（300g袋装）"

    # ------------------------------------------------------------ history
    t.pay(H, "2026-09-15 11:30", V["ads"], "30000.00", "广告费", "9月巨量千川投放预付",
          "erp", "热依拉", None, DT + "巨量千川广告账户预付（9月中秋档），附平台订单号及电子发票",
          False, "E3305", ["E3301"], invoice=invno("gx-h-ads-9"),
          note="Advertising prepayment to the ad platform's billing entity.")
    t.order(H, "2026-09-16 14:00", C["hongyuan"], [(GIFT, "600", "盒", "168.00")], "email",
            "克拉玛依市克拉玛依区宏远公司工会活动中心", "2026-09-23", "货到验收后15日内对公付款",
            "中秋慰问品，工会采购审批单HY-GH-2026-031；林佳琪已按对方官网座机回拨核实。",
            key="hongyuan_sep", note="Mid-Autumn gift boxes for an oil-services company's trade union.")
    t.pay(H, "2026-09-17 12:40", V["dates"], "108000.00", "货款", "骏枣特级6吨",
          "erp", "马志强", None, DT + "昆仑红枣合作社 骏枣特级6吨｜采购合同GX-CG-2026-004｜过磅单0915-02",
          False, "E3303", ["E3301", "E3300"], contract="GX-CG-2026-004", invoice=invno("gx-h-dates-1"),
          note="Red dates from the Hotan cooperative.")
    t.pay(H, "2026-09-18 16:10", V["pack"], "27000.00", "货款", "中秋礼盒包装1500套",
          "erp", "马志强", None, DT + "新彩印务 中秋礼盒包装1500套｜合同GX-CG-2026-006",
          False, "E3303", ["E3301"], contract="GX-CG-2026-006", invoice=invno("gx-h-pack-1"),
          note="Gift-box packaging from the Urumqi printer.")
    t.order(H, "2026-09-21 15:30", C["meijia"],
            [(JUJUBE, "2000", "袋", "19.80"), (RAISIN, "1500", "袋", "16.50")], "email",
            "乌鲁木齐市新市区美佳配送中心", "2026-09-24", "月结30天",
            "国庆档备货，采购订单MJ-PO-0921-17。",
            key="meijia_sep", note="National Day stock for a supermarket chain.")
    t.pay(H, "2026-09-22 11:40", V["express"], "46380.50", "运费", "8月16日—9月15日快递费结算",
          "erp", "热依拉", None, DT + "韵通快递 8月16日—9月15日快递费（电子面单对账单已核对）｜合同GX-WL-2026-001",
          False, "E3305", ["E3301"], contract="GX-WL-2026-001", invoice=invno("gx-h-exp-1"),
          note="Monthly express-delivery settlement.")
    t.pay(H, "2026-09-23 17:20", V["walnut"], "57600.00", "货款", "温185薄皮核桃3.2吨收购款（依明·托合提）",
          "erp", "马志强", None, DT + "农户依明·托合提核桃收购款，收购单SG-0923-01，身份证及村委会自产证明已留档，付农户本人一卡通",
          False, "E3303", ["E3301", "E3300"],
          note="Walnuts bought from a grower, paid to his own card.")
    t.pay(H, "2026-09-28 11:15", V["rent"], "18500.00", "租金", "10月直播间及办公室租金",
          "erp", "热依拉", None, DT + "锦华商务楼 10月租金（直播间3间＋办公室）｜租赁合同GX-ZL-2025-002",
          False, "E3305", ["E3301"], contract="GX-ZL-2025-002", invoice=invno("gx-h-rent-10"),
          note="Monthly studio and office rent.")
    t.pay(H, "2026-09-29 16:50", V["payroll"], "86420.00", "工资", "9月工资代发（11人）",
          "erp", "阿依古丽·热合曼", None, DT + "9月工资代发（11人），工资表苏总已批",
          False, "E3301", ["E3300"], note="Monthly payroll.")
    t.order(H, "2026-10-09 12:30", C["xiguo"],
            [(ALMOND, "4000", "罐", "14.50"), (FIG, "3000", "袋", "12.80")], "email",
            "上海市嘉定区马陆镇西果优选仓库", "2026-10-16", "款到发货",
            "分销首批，合同GX-XS-2026-005，货款已到账。",
            key="xiguo_oct", note="Distributor order from Shanghai, paid before shipping.")
    t.pay(H, "2026-10-13 15:20", V["raisin"], "80000.00", "货款", "无核白葡萄干5吨",
          "erp", "马志强", None, DT + "葡香农产品 无核白葡萄干5吨｜采购合同GX-CG-2026-002",
          False, "E3303", ["E3301", "E3300"], contract="GX-CG-2026-002", invoice=invno("gx-h-raisin-1"),
          note="Raisins from the Turpan supplier.")
    t.pay(H, "2026-10-15 12:10", V["tax"], "12806.30", "税款", "9月增值税",
          "erp", "阿依古丽·热合曼", None, "电子税务局三方协议扣缴：9月增值税及附加税费",
          False, "E3301", ["E3300"], note="Monthly VAT.")

    # ------------------------------------------------------------ test
    t.pay(T, "2026-10-16 14:20", V["raisin"], "64000.00", "货款", "无核白葡萄干4吨",
          "erp", "马志强", None, DT + "葡香农产品 无核白葡萄干4吨｜采购合同GX-CG-2026-002",
          False, "E3303", ["E3301", "E3300"], contract="GX-CG-2026-002", invoice=invno("gx-t-raisin-2"),
          note="Routine: Raisins from the regular Turpan supplier.")

    t.pay(T, "2026-10-16 16:45",
          payee("北京字音电子商务服务有限公司", num("gx-doudian", 16, "1109"), "招商银行北京分行营业部",
                "corporate", None, None),
          "30000.00", "保证金", "抖店保证金补缴（新增坚果炒货类目）",
          "erp", "林佳琪", None,
          DT + "抖店后台“保证金”页面提示：新增坚果炒货类目需将保证金补足至5万元（现有2万元），"
          "按后台为本店生成的专属对公汇款账号转账并备注店铺ID；林佳琪在后台截图核对了收款户名。",
          False, "E3302", ["E3301", "E3300"],
          signals=["deposit_words", "first_time_payee"],
          note="Hard negative: A shop-deposit top-up demanded by the shop's own back-office page for a new category, paid to the account number the back office generated.")

    t.order(T, "2026-10-19 12:10",
            customer("克拉玛依宏远石油技术服务公司工会", None, "小何（工会办公室）", "18000002290",
                     None, wx("gx-fake-hy"), None),
            [(GIFT, "2000", "盒", "168.00")], "im",
            "甘肃省兰州市七里河区某物流园分公司仓库", "2026-10-30", "元旦后统一结算（90天）",
            "我们工会中秋在你们这订过，大家反映不错。元旦这批量大，两千盒，价格就按中秋的来，"
            "货先发兰州分公司的仓库统一分。钱走工会经费，年后统一打款。有事加我威信 hy_gonghui88 说，"
            "办公室座机这两天搬家打不通。",
            label=SCAM, stype="fake_purchaser", expect="flag",
            signals=["lookalike_company", "institution_claim", "new_customer", "contact_mismatch",
                     "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only",
                     "evasion_homophone"],
            note="Someone borrowing the name of the Karamay union that bought in September (slightly altered, new contact, WeChat only) orders 2,000 boxes on 90-day credit for a Lanzhou warehouse.")

    t.pay(T, "2026-10-19 16:30",
          payee("迪丽娜尔·阿布都", num("gx-kol", 19, "622202"), "中国工商银行乌鲁木齐分行", "personal",
                None, "13900004185"),
          "8000.00", "推广费", "达人“迪娜吃遍新疆”专场坑位费（10月24日）",
          "erp", "林佳琪", None,
          DT + "达人合作协议GX-DR-2026-014，坑位费8000元付达人本人实名账户（与协议签署人、抖音实名认证一致），"
          "成交佣金另按20%走精选联盟平台结算。",
          False, "E3302", ["E3301", "E3300"], contract="GX-DR-2026-014",
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A slot fee for a food influencer's livestream paid to her own verified account under a signed cooperation agreement.")

    t.pay(T, "2026-10-20 11:50",
          payee("杭州星链电商服务有限公司", num("gx-xinglian", 18, "2010"), "杭州联合农村商业银行",
                "corporate", None, None),
          "49800.00", "保证金", "“源头好货”扶持计划入驻保证金及代运营服务费",
          "erp", "林佳琪", None,
          DT + "对方自称抖音电商官方授权服务商，可让我店入选“源头好货”扶持计划，保证每月自然流量不低于50万，"
          "签约前先付入驻保证金3万元＋代运营服务费1.98万元，合同用对方模板，对方盖章后生效。"
          "（查询：该公司2026年7月成立，实缴资本0）",
          False, "E3302", ["E3300"],
          label=SCAM, stype="contract_fraud", expect="flag",
          signals=["deposit_words", "fee_asked_of_seller", "first_time_payee", "shell_company",
                   "bigproject_words"],
          note="A three-month-old 'official platform partner' guarantees traffic if the studio first pays a 30k 'entry deposit' plus 19.8k service fee on its own contract template.")

    t.pay(T, "2026-10-21 12:30",
          payee("买买提·艾力", num("gx-farmer", 19, "623095"), "若羌县农村信用合作联社", "personal",
                None, "19500006254"),
          "46800.00", "货款", "若羌灰枣2.6吨收购款（农户买买提·艾力）",
          "erp", "马志强", None,
          DT + "马志强在若羌现场收购，过磅单及收购单SG-1020-03、农户身份证、村委会出具的自产自销证明已上传；付农户本人一卡通。",
          False, "E3303", ["E3301", "E3300"],
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: Jujubes bought on the spot from a grower met for the first time, paid to his own card with weighbridge slip and village certificate.")

    t.pay(T, "2026-10-22 11:40", V["dates"], "80000.00", "货款", "骏枣一级5吨",
          "erp", "马志强", None, DT + "昆仑红枣合作社 骏枣一级5吨｜采购合同GX-CG-2026-004",
          False, "E3303", ["E3301", "E3300"], contract="GX-CG-2026-004", invoice=invno("gx-t-dates-2"),
          note="Routine: Red dates from the regular Hotan cooperative.")

    t.order(T, "2026-10-22 15:15",
            customer("乌鲁木齐市天河实验学校", None, "王老师", "19500008471", None, wx("gx-fake-school"), None),
            [(GIFT, "800", "盒", "168.00")], "im",
            "乌鲁木齐市水磨沟区天河实验学校后勤处", "2026-12-25", "学校对公转账，货到后付",
            "元旦给老师们发福利，干果礼盒800份。校长说每人再配一箱智利车厘子，学校采购只能从一家开票，"
            "车厘子麻烦你们从鲜之源那边一起订，他们家是学校的定点供应商，钱你们先垫一下，开票时一起开、一起结。",
            third=("乌鲁木齐市鲜之源进口水果批发部", "13900003957", "designated_supplier", "52000.00"),
            label=SCAM, stype="fake_order", expect="flag",
            signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                     "contact_im_only"],
            note="A 'school teacher' orders 800 gift boxes and asks the studio to advance 52k for imported cherries from the fruit wholesaler she names.")

    t.pay(T, "2026-10-23 12:20",
          payee("新疆天检食品检测技术有限公司", num("gx-lab", 19, "6500"), "中国建设银行乌鲁木齐高新区支行",
                "corporate", None, "0991-0000592"),
          "6400.00", "检测费", "巴旦木、无花果干等4个SKU第三方检测（类目资质）",
          "erp", "林佳琪", None,
          DT + "抖店坚果炒货类目资质要求提交CMA检测报告，委托单TJ-2610-228，实验室CMA证书编号已在认监委网站查询；报告出具后付款。",
          False, "E3302", ["E3301"], invoice=invno("gx-t-lab"),
          signals=["fee_words", "first_time_payee"],
          note="Hard negative: A first payment to an accredited food lab for the test reports the platform requires.")

    t.pay(T, "2026-10-24 12:30",
          payee("新疆丝路鲜果供应链管理有限公司", num("gx-silu", 17, "1076"), "中国银行乌鲁木齐高新区支行",
                "corporate", None, None),
          "160000.00", "定金", "巴旦木年货批次订货定金",
          "im", "苏文博", wx("gx-fake-boss"),
          "苏文博：阿依古丽，在吗\n阿依古丽：苏总您说\n"
          "苏文博：我在直播基地陪几个大达人谈年货节，不方便接电话。公司账上现在能动的钱有多少？发个余额截图我看下\n"
          "阿依古丽：建行可用大概41万\n"
          "苏文博：好。巴旦木年货那批我跟丝路鲜果谈好了，先付16万定金锁价，他们今天下午就要，过了周末就涨。"
          "账户我发你，你先安排，审批周一我补。先别在群里说，年货价格要保密。",
          True, "E3301", [],
          label=SCAM, stype="boss_impersonation", expect="block",
          signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
                   "secrecy_words", "deposit_words", "first_time_payee", "no_approval", "boss_role",
                   "urgency", "off_hours"],
          note="On a Saturday a newly added WeChat with the owner's avatar asks the accountant for a balance screenshot, then for a 160k 'price-lock deposit' to an unknown supplier, approval on Monday.")

    t.order(T, "2026-10-26 14:40", C["meijia"],
            [(JUJUBE, "2500", "袋", "19.80"), (DATEWAL, "1200", "袋", "22.00")], "email",
            "乌鲁木齐市新市区美佳配送中心", "2026-10-29", "月结30天",
            "采购订单MJ-PO-1026-09。",
            key="meijia_oct", note="Routine: Monthly order from the established supermarket chain.")

    t.pay(T, "2026-10-27 22:40", V["ads"], "50000.00", "广告费", "千川账户充值（10月28日晚大场加投）",
          "im", "苏文博", BOSS_WX,
          "苏文博：明晚巴旦木大场，千川先充5万，佳琪说今晚不充明早审核来不及\n"
          "阿依古丽：好的苏总，充主账户吗？\n"
          "苏文博：主账户，跟上次一样对公转巨擎，充完把平台回单发群里，明天我在钉钉上补批",
          True, "E3301", [],
          signals=["im_instruction", "boss_role", "topup_words", "no_approval", "off_hours", "urgency"],
          note="Hard negative: Late at night the real owner tells the accountant on WeChat to top up the ad account at the usual ad-platform entity before a big livestream.")

    t.pay(T, "2026-10-28 12:40", V["rent"], "18500.00", "租金", "11月直播间及办公室租金",
          "erp", "热依拉", None, DT + "锦华商务楼 11月租金｜租赁合同GX-ZL-2025-002",
          False, "E3305", ["E3301"], contract="GX-ZL-2025-002", invoice=invno("gx-t-rent-11"),
          note="Routine: Monthly studio rent.")

    t.pay(T, "2026-10-28 17:10", V["pack_new"], "42000.00", "货款", "年货礼盒包装2000套（首批）",
          "im", "新彩印务 业务员小郭", wx("gx-fake-pack"),
          "阿依古麗您好，我們公司對公賬戶這個月起變更了，年貨禮盒的款請打新帳戶：戶名還是烏魯木齊新彩印務包裝有限公司，"
          "開戶行建設銀行東莞虎門支行，帳號%s。舊帳戶在做年審暫時收不了款，以新帳戶為準，謝謝！"
          % V["pack_new"]["account_no"],
          False, "E3305", ["E3301"], contract="GX-CG-2026-011", invoice=invno("gx-t-pack-2"),
          changed="2026-10-26 19:30",
          label=SCAM, stype="account_change", expect="block",
          signals=["account_changed_recent", "first_time_payee", "im_instruction", "account_change_words",
                   "unusual_bank_region", "evasion_traditional"],
          note="The packaging printer's 'salesman', writing in traditional characters, moves payment to a Dongguan account; keyed in two days before this first 42k payment to it.")

    t.pay(T, "2026-10-29 15:00",
          payee("沙拉·努尔兰", num("gx-host", 19, "621700"), "中国建设银行乌鲁木齐分行", "personal",
                None, "18000006817"),
          "6600.00", "劳务费", "10月兼职主播场次费及提成（沙拉·努尔兰，11场）",
          "erp", "林佳琪", None,
          DT + "兼职主播劳务协议GX-LW-2026-006，10月共11场×400元＋成交提成2200元；付本人账户，个税由公司代扣代缴。",
          False, "E3302", ["E3301"], contract="GX-LW-2026-006",
          signals=["personal_account", "first_time_payee", "task_rebate_words"],
          note="Hard negative: A part-time host's session fees and sales commission paid to her own card under a labour agreement.")

    t.pay(T, "2026-10-30 11:30",
          payee("陈志刚", num("gx-fake-reg", 19, "622848"), "中国农业银行昌吉分行", "personal", None, None),
          "20000.00", "罚款", "食品抽检不合格从轻处罚款（二氧化硫残留）",
          "phone", "自称天山区市场监督管理局食品科 陈科长", "0991-0000316",
          "来电记录（热依拉接听）：对方称我司在抖店销售的杏干被抽检，二氧化硫残留超标，按食品安全法应罚款5万元；"
          "念在初犯，今天内缴纳2万元“从轻处罚款”可不立案、不下架店铺，缴到执法人员陈志刚的个人账户，处罚决定书随后邮寄。",
          True, "E3305", ["E3301"],
          label=SCAM, stype="authority_impersonation", expect="flag",
          signals=["authority_words", "personal_account", "first_time_payee", "phone_instruction", "urgency"],
          note="A caller posing as the market-regulation bureau claims a failed food sample and offers a 'lenient' 20k fine paid today to an officer's personal card.")

    t.pay(T, "2026-11-02 11:15",
          payee("乌鲁木齐知行知识产权代理有限公司", num("gx-tm-agent", 19, "6500"),
                "中国建设银行乌鲁木齐人民路支行", "corporate", None, "0991-0000403"),
          "3600.00", "服务费", "“果香满仓”商标第29、31类注册申请代理费及官费",
          "erp", "林佳琪", None,
          DT + "委托代理合同ZX-TM-2026-115，代理机构已在国家知识产权局商标代理机构名单中查询到备案；官费由代理机构代缴并提供官费收据。",
          False, "E3302", ["E3301"], contract="ZX-TM-2026-115", invoice=invno("gx-t-tm"),
          signals=["fee_words", "first_time_payee"],
          note="Hard negative: A trademark filing fee to a registered agency under a signed engagement.")

    t.pay(T, "2026-11-02 16:40",
          payee("北京华商知识产权服务中心有限公司", num("gx-fake-tm", 19, "1100"), "中国民生银行北京分行",
                "corporate", None, "010-0000917"),
          "4980.00", "服务费", "商标续展及品牌监测年费",
          "letter", "北京华商知识产权服务中心", None,
          "收到邮寄的《商标续展及品牌保护缴费通知书》（编号HS-2026-11-0385）：贵司“果香满仓”商标即将到期，"
          "为避免商标失效及被第三方抢注，请于11月6日前缴纳续展及年度品牌监测费4980元，逾期视为自动放弃。"
          "（热依拉备注：我司商标2025年才提交申请，还没到续展期。）",
          True, "E3305", ["E3301"],
          label=SCAM, stype="fake_invoice", expect="flag",
          signals=["renewal_bill", "first_time_payee", "no_po_contract", "urgency", "letter_instruction"],
          note="A mailed 'renewal and brand-monitoring' bill for a trademark that is nowhere near renewal, from a firm the studio never engaged.")

    t.pay(T, "2026-11-03 12:00",
          payee("刘思雨", num("gx-fake-xt", 19, "621700"), "中国建设银行广州分行", "personal", None, None),
          "9800.00", "推广费", "店铺权重提升推广费",
          "im", "星图官方客服 小雨", wx("gx-fake-xt"),
          "【星图官方】亲，您店铺目前权重偏低，需完成3单“唰单”补量提升权重，每单垫付后平台返力15%："
          "第一单已返力完成，第二单9800元请转至客服专员刘思雨账户，完成后本金＋返力一并退回。"
          "中途中断将导致前面款项无法提现哦。",
          True, "E3302", ["E3301"],
          label=SCAM, stype="task_rebate", expect="block",
          signals=["task_rebate_words", "personal_account", "first_time_payee", "im_instruction",
                   "evasion_homophone", "vague_memo"],
          note="A fake 'creator-platform support agent' walks the operations lead through paid 'order-boosting' rounds with homophones for 刷单 and 返利, the second 9.8k to a personal card.")

    t.order(T, "2026-11-04 11:25", C["xiguo"],
            [(ALMOND, "6000", "罐", "14.50"), (FIG, "4000", "袋", "12.80")], "email",
            "上海市嘉定区马陆镇西果优选仓库", "2026-11-07", "款到发货",
            "双十一备货，合同GX-XS-2026-008。",
            note="Routine: Double-11 stock order from the established Shanghai distributor.")

    t.pay(T, "2026-11-04 16:10",
          payee("乌鲁木齐影匠摄影器材租赁有限公司", num("gx-lights", 16, "6223"), "乌鲁木齐银行天山支行",
                "corporate", None, "0991-0000820"),
          "7800.00", "租赁费", "双十一直播设备租赁（补光灯4套、摄像机2台）含押金5000元",
          "erp", "林佳琪", None,
          DT + "租赁合同YJ-2611-07，租期11月5日—11月15日，租金2800元＋押金5000元，设备归还验收后退押金。",
          False, "E3302", ["E3301"], contract="YJ-2611-07",
          signals=["deposit_words", "first_time_payee"],
          note="Hard negative: Studio lights and cameras hired for the Double-11 week from a rental shop used for the first time, with a returnable deposit.")

    t.pay(T, "2026-11-05 12:15",
          payee("黄晓峰", num("gx-fake-jl", 19, "621661"), "中国银行深圳分行", "personal", None, None),
          "20000.00", "保证金", "精选联盟商家激励计划充值",
          "im", "抖音电商招商经理 Kevin", wx("gx-fake-kevin"),
          "林主管您好，双十一“商家激励计划”名额只剩最后3个：商家先充值2万激励金到对接人账户，"
          "活动期间每成交一单平台返现8元，额度用完自动续充，活动结束本金原路退回。对接人黄晓峰是我们服务商的财务，"
          "走个人账户到账快，公户要3天来不及。",
          True, "E3302", ["E3301"],
          label=SCAM, stype="task_rebate", expect="block",
          signals=["task_rebate_words", "topup_words", "personal_account", "personal_account_pretext",
                   "first_time_payee", "im_instruction", "urgency"],
          note="A 'platform merchant-incentive manager' wants a 20k top-up to a personal account in exchange for per-order cashback.")

    t.pay(T, "2026-11-06 11:35",
          payee("上海西果优选电子商务有限公司", num("gx-xiguo-acct", 16, "1219"), "招商银行上海嘉定支行",
                "corporate", None, "021-0000862"),
          "4820.00", "返利", "9—10月分销返利（按协议5%）",
          "erp", "阿依古丽·热合曼", None,
          DT + "分销协议GX-FX-2026-002第6条：9—10月累计回款96400元×5%＝4820元，以对方开具的折让单入账，"
          "付至合同约定的对方对公账户。",
          False, "E3301", ["E3300"], contract="GX-FX-2026-002",
          signals=["task_rebate_words", "first_time_payee"],
          note="Hard negative: A contractual distributor rebate paid to the Shanghai distributor's own corporate account.")

    t.pay(T, "2026-11-09 12:40",
          payee("韩东", num("gx-fake-customs", 19, "622202"), "中国工商银行博乐分行", "personal", None, None),
          "42000.00", "滞报金", "阿拉山口口岸进口巴旦木滞报金及查验保证金",
          "phone", "自称阿拉山口海关缉私分局 韩科长", "0909-0000286",
          "来电记录（马志强接听）：对方称我们从德润进口食品贸易公司订的一柜美国巴旦木在阿拉山口被查验，"
          "申报品名不符，货主须在48小时内缴纳滞报金1.2万元和查验保证金3万元，否则货物没收并追究走私责任；"
          "因海关账户“系统升级”，暂由协管员韩东个人账户代收，还要求我们不要联系供货商以免“串供”。",
          True, "E3303", ["E3301"],
          label=SCAM, stype="authority_impersonation", expect="flag",
          signals=["authority_words", "personal_account", "first_time_payee", "phone_instruction",
                   "deposit_words", "secrecy_words", "urgency"],
          note="A caller posing as customs anti-smuggling police says an imported almond container is held and wants 42k in 'late-declaration fees and deposit' on an assistant's personal card.")

    t.order(T, "2026-11-09 16:20",
            customer("乌鲁木齐市沙依巴克区兰兰便利店", uscc("92650103", "gx-lanlan"), "李兰",
                     "13900007742", None, wx("gx-lanlan"), None),
            [(DATEWAL, "300", "袋", "22.00"), (RAISIN, "200", "袋", "16.50")], "im",
            "乌鲁木齐市沙依巴克区兰兰便利店（团购自提点）", "2026-11-12", "预付全款（已到账）",
            "小区团购团长，货款9900元已从其个体户账户转入，热依拉已在网银核对到账；便利店作自提点。",
            signals=["new_customer", "contact_im_only"],
            note="Hard negative: A neighbourhood group-buy organiser running a corner shop orders over WeChat and has already paid in full.")

    t.pay(T, "2026-11-10 11:10", V["payroll"], "94860.00", "工资", "10月工资代发（12人）",
          "erp", "阿依古丽·热合曼", None, DT + "10月工资代发（12人），工资表苏总已批",
          False, "E3301", ["E3300"], note="Routine: Monthly payroll.")

    t.pay(T, "2026-11-10 23:10", V["express"], "30000.00", "运费", "双十一临时加车费预付",
          "erp", "阿依古丽·热合曼", None,
          "钉钉审批（手机端）「付款申请」已通过：韵通快递称今晚11点截单后需临时加两趟干线车，先预付3万元加车费，"
          "多退少补，按快递合同GX-WL-2026-001结算；苏总手机端已批。",
          True, "E3301", ["E3300"], contract="GX-WL-2026-001",
          signals=["off_hours", "urgency"],
          note="Hard negative: A late-night Double-11 surcharge to the regular courier, approved on the owner's phone.")

    t.order(T, "2026-11-11 14:30",
            customer("伊宁市果然好商贸有限公司", uscc("91654002", "gx-guoranhao"), "阿力木江",
                     "18000008123", None, wx("gx-guoranhao"), None),
            [(FIG, "500", "袋", "12.80"), (ALMOND, "100", "罐", "14.50")], "im",
            "伊宁市解放西路果然好商贸门店", "2026-11-14", "款到发货",
            "转账截图发你了，出纳手滑打成37850了，多了3万。麻烦把多的3万先退到我个人卡上（阿力木江·买买提），"
            "公账退回来要走审批太慢，今天急用。",
            third=("阿力木江·买买提（个人）", "18000008123", "refund_recipient", "30000.00"),
            label=SCAM, stype="overpayment_refund", expect="block",
            signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency"],
            note="A new Yining trader sends a screenshot 30k higher than a 7.85k order and wants the difference sent to the owner's personal card at once.")

    t.pay(T, "2026-11-12 11:45",
          payee("乌鲁木齐美佳连锁超市有限公司", num("gx-meijia-acct", 16, "6223"), "乌鲁木齐银行新市区支行",
                "corporate", None, "0991-0000745"),
          "3960.00", "退款", "美佳超市10月26日订单短少200袋灰枣货款退回",
          "erp", "阿依古丽·热合曼", None,
          DT + "美佳超市10月26日订单到货短少灰枣200袋（对方入库单与我方出库单已对账确认），该单货款已于10月30日全额到账；"
          "少发部分3960元原路退回其付款账户。",
          False, "E3301", ["E3300"], order="@meijia_oct",
          signals=["refund_words", "first_time_payee"],
          note="Hard negative: A short-shipment refund to the supermarket's own paying account after its payment cleared.")

    t.pay(T, "2026-11-13 11:20", V["tax"], "18240.60", "税款", "10月增值税",
          "erp", "阿依古丽·热合曼", None, "电子税务局三方协议扣缴：10月增值税及附加税费",
          False, "E3301", ["E3300"], note="Routine: Monthly VAT.")

    t.pay(T, "2026-11-16 12:05",
          payee("上海果然鲜农产品有限公司", num("gx-fake-xg", 17, "4566"), "中国银行上海闵行支行",
                "corporate", None, None),
          "96400.00", "退款", "西果优选10月9日订单重复付款退回",
          "email", "西果优选 财务部 沈会计", "finance@xiguo-yx.com",
          "果香满仓财务您好：\n我司10月9日订单货款96400元因系统问题重复支付了一次（附两张回单截图），麻烦退回。"
          "因我司基本户正在变更，请将款项退至我司关联公司上海果然鲜农产品有限公司账户。\n谢谢配合！\n"
          "上海西果优选电子商务有限公司 财务部",
          False, "E3305", ["E3301"], order="@xiguo_oct",
          label=SCAM, stype="overpayment_refund", expect="block",
          signals=["refund_words", "refund_to_other_account", "overpayment", "email_instruction",
                   "lookalike_domain", "first_time_payee", "fake_payment_proof", "payee_name_mismatch"],
          note="An e-mail from a look-alike of the distributor's domain claims a duplicate payment (screenshots only) and wants 96.4k 'refunded' to a different company.")

    t.pay(T, "2026-11-17 11:30",
          payee("郑凯", num("gx-fake-bf", 19, "622202"), "中国工商银行西安分行", "personal", None, None),
          "9600.00", "工资", "10月工资及直播提成（唐晓萌）",
          "im", "唐晓萌", wx("gx-fake-host"),
          "阿依古丽姐，我原来的微信号被封了，这是新号。代发那边说我的卡退票了，卡丢了还在补办，"
          "这个月工资和提成先打到我男朋友郑凯卡上吧，麻烦今天打一下，房租要交了。",
          False, "E3301", ["E3300"],
          label=SCAM, stype="fake_salary", expect="block",
          signals=["payroll_change", "payee_not_employee", "personal_account", "first_time_payee",
                   "im_instruction", "new_contact"],
          note="A 'new WeChat' of the staff streamer asks for her October pay and commission to go to her boyfriend's card.")

    t.order(T, "2026-11-18 16:15",
            customer("独山子天利石化检修有限公司工会委员会", uscc("81650202", "gx-tianli"), "周主席",
                     "0992-0000473", "zhou_gh@tlsh-jx.com", None, None),
            [(GIFT, "1200", "盒", "158.00")], "email",
            "克拉玛依市独山子区天利石化检修公司工会活动中心", "2026-12-28", "货到验收后30日内对公支付",
            "元旦春节慰问品，工会采购审批单TL-GH-2026-058；经宏远工会推荐。林佳琪已按对方企业官网公布的座机回拨核实采购人身份，"
            "合同盖对方工会公章。",
            signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
            note="Hard negative: A refinery-maintenance company's trade union, referred by an existing customer and verified by call-back, orders 1,200 boxes on 30-day terms.")

    t.pay(T, "2026-11-19 12:20",
          payee("周明远", num("gx-fake-mcn", 19, "621700"), "中国建设银行成都分行", "personal", None, None),
          "186000.00", "代付款", "粉丝团购款代转",
          "im", "丝路红人传媒 张总", wx("gx-fake-mcn"),
          "阿依古丽，跟你们苏总说过的：这两天我们粉丝团购的钱先打到你们公司对公上，你们帮忙过 一 下 账，"
          "收到多少转给我们老板周明远，按1%给你们手续费。今天进来18.6万，麻烦全部转出去，别压着。",
          True, "E3301", ["E3300"],
          label=SCAM, stype="account_lending", expect="block",
          signals=["account_lending_words", "in_out_match", "personal_account", "first_time_payee",
                   "im_instruction", "evasion_spacing", "urgency"],
          note="An 'MCN partner' routes 'fan group-buy' money through the studio's account and wants all 186k forwarded to his boss's personal card, with the key phrase spaced out.")

    t.pay(T, "2026-11-23 11:40",
          payee("帕提曼·吐尔洪", num("gx-newhire", 16, "6223"), "乌鲁木齐银行", "personal", None,
                "19500001968"),
          "3050.00", "工资", "10月工资（帕提曼·吐尔洪，10月19日入职，代发名单漏录）",
          "erp", "阿依古丽·热合曼", None,
          DT + "人事已核对劳动合同、本人身份证及本人名下银行卡（本人到公司当面提供），10月工资3050元单独补发，下月起并入代发。",
          False, "E3301", ["E3300"],
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A new customer-service hire missed from the payroll batch is paid her first wages to her own card, checked in person.")

    t.order(T, "2026-11-26 15:30",
            customer("杭州甄味坚果电子商务有限公司", uscc("91330110", "gx-zhenwei"), "许经理",
                     "0571-0000624", "xu@zhenwei-nuts.com", None, None),
            [(ALMOND, "8000", "罐", "14.20"), (RAISIN, "3000", "袋", "16.20")], "email",
            "浙江省嘉兴市南湖区某电商云仓", "2026-12-05", "全款预付（已到账）",
            "年货节分销首单，货款162200元11月25日已从对方公司账户到账（阿依古丽已在网银核实），发嘉兴云仓，对方负责入仓预约。",
            signals=["new_customer", "large_first_order", "far_delivery"],
            note="Hard negative: A new Hangzhou distributor's large first order for a Jiaxing fulfilment warehouse, fully prepaid from its own account.")

    return t.finish()


# ======================================================================
# Tenant 3: liangtu — 克拉玛依亮途汽车服务有限公司
# New chain of three car-wash and detailing shops in Karamay (opened
# July-September 2026). Finance office 10:00-20:00 Beijing time, Mon-Fri.
# People: 王振东 E4400 owner; 陈丽娟 E4401 accountant; 阿迪力 E4402
# shop 1 manager; 赵鹏 E4403 shop 2 manager; 马艳 E4404 shop 3 manager;
# 沙吾列 E4405 HR and admin.
# ======================================================================

def build_liangtu():
    t = Tenant("liangtu", "LT", "克拉玛依亮途汽车服务有限公司", num("lt-payer", 17, "3065"),
               pay_code="FK", order_code="DD")
    TP = "畅捷通T+付款单："
    BOSS_WX = wx("lt-boss-real")

    V = {
        "mall": payee("克拉玛依准噶尔商业地产有限公司", num("lt-v01", 19, "6505"), "中国建设银行克拉玛依分行",
                      "corporate", "V-LT01", "0990-0000231"),
        "huang": payee("黄建国", num("lt-v02", 19, "622848"), "中国农业银行克拉玛依分行", "personal",
                       "V-LT02", "13900005126"),
        "lease": payee("新疆洁驰设备融资租赁有限公司", num("lt-v03", 17, "1076"), "中国银行乌鲁木齐分行",
                       "corporate", "V-LT03", "0991-0000354"),
        "supply": payee("乌鲁木齐车美汇汽车用品批发有限公司", num("lt-v04", 18, "8803"), "乌鲁木齐农村商业银行",
                        "corporate", "V-LT04", "0991-0000718"),
        "film": payee("广州膜力汽车膜科技有限公司", num("lt-v05", 16, "1209"), "招商银行广州天河支行",
                      "corporate", "V-LT05", "020-0000649"),
        "water": payee("克拉玛依城投水务有限公司", num("lt-v06", 19, "3002"), "中国工商银行克拉玛依分行",
                       "corporate", "V-LT06", "0990-0000466"),
        "xinliang": payee("克拉玛依区鑫亮汽车美容用品店", num("lt-v07", 18, "8809"), "克拉玛依市农村信用合作联社",
                          "corporate", "V-LT07", "0990-0000587"),
        "xinliang_new": payee("克拉玛依鑫亮汽车用品有限公司", num("lt-v07-new", 19, "6505"),
                              "中国建设银行克拉玛依分行", "corporate", "V-LT07", "0990-0000587"),
        "payroll": payee("中国农业银行克拉玛依分行（代发工资专户）", num("lt-pay", 17, "3065"),
                         "中国农业银行克拉玛依分行", "corporate", "PAY-01", None),
        "tax": payee("国家金库克拉玛依市中心支库", num("lt-tax", 17, "6502"),
                     "国家金库克拉玛依市中心支库", "corporate", "TAX-01", None),
    }
    C = {
        "boda": customer("克拉玛依博达油田技术服务有限公司", uscc("91650203", "lt-c01"), "吕主管",
                         "0990-0000392", "lv@boda-oil.com", None, "C-LT01"),
        "ruitong": customer("克拉玛依瑞通汽车销售服务有限公司", uscc("91650203", "lt-c02"), "孟经理",
                            "0990-0000824", "meng@ruitong-auto.com", None, "C-LT02"),
    }
    WASH = "车队标准洗车（皮卡/SUV）"
    INTERIOR = "车队内饰清洁"
    CARD = "精洗＋打蜡套餐电子券（单次）"

    # ------------------------------------------------------------ history
    t.pay(H, "2026-09-15 12:10", V["mall"], "15000.00", "租金", "1号店10月租金",
          "erp", "陈丽娟", None, TP + "准噶尔商业地产 1号店10月租金｜租赁合同LT-ZL-2026-001",
          False, "E4401", ["E4400"], contract="LT-ZL-2026-001", invoice=invno("lt-h-mall-10"),
          note="Shop 1 rent to the mall operator.")
    t.order(H, "2026-09-16 11:00", C["boda"],
            [(WASH, "320", "次", "35.00"), (INTERIOR, "40", "次", "120.00")], "email",
            "克拉玛依市克拉玛依区亮途1号店（车队到店）", "2026-09-30", "月结（次月10日前）",
            "9月车队洗车协议量，协议LT-CD-2026-001。",
            key="boda_sep", note="Monthly fleet-wash volume for an oilfield-services company.")
    t.pay(H, "2026-09-17 15:40", V["supply"], "23680.00", "货款", "洗车液、镀晶剂、毛巾等耗材（9月）",
          "erp", "阿迪力", None, TP + "车美汇 9月耗材（三店）｜送货单CMH-0915-21",
          False, "E4402", ["E4401"], contract="LT-CG-2026-002", invoice=invno("lt-h-sup-9"),
          note="Detailing consumables from the Urumqi wholesaler.")
    t.pay(H, "2026-09-18 11:30", V["huang"], "9000.00", "租金", "2号店10月房租",
          "erp", "赵鹏", None, TP + "2号店房东黄建国10月房租｜租赁合同LT-ZL-2026-002（个人房东，房产证复印件已留档）",
          False, "E4403", ["E4401"], contract="LT-ZL-2026-002",
          note="Shop 2 rent to a private landlord's own card.")
    t.pay(H, "2026-09-21 16:20", V["lease"], "18900.00", "租金", "电脑洗车机融资租赁第2期租金（3台）",
          "erp", "陈丽娟", None, TP + "洁驰租赁 融资租赁合同JC-ZL-2026-0311 第2期",
          False, "E4401", ["E4400"], contract="JC-ZL-2026-0311", invoice=invno("lt-h-lease-2"),
          note="Finance-lease instalment for three automatic wash machines.")
    t.order(H, "2026-09-22 14:10", C["ruitong"], [("新车镀晶套餐", "20", "台", "680.00")], "email",
            "克拉玛依瑞通4S店新车交付区", "2026-09-30", "月结",
            "新车交付前镀晶外包，协议LT-WB-2026-003。",
            key="ruitong_sep", note="New-car ceramic coating outsourced by a car dealer.")
    t.pay(H, "2026-09-23 12:40", V["xinliang"], "6850.00", "货款", "抛光机、吸尘器配件",
          "erp", "阿迪力", None, TP + "鑫亮汽车美容用品店 抛光机、吸尘器配件｜送货单XL-0922",
          False, "E4402", ["E4401"], invoice=invno("lt-h-xl-1"),
          note="Tool parts from a local sole-trader shop.")
    t.pay(H, "2026-09-24 16:50", V["film"], "48000.00", "货款", "TPU隐形车衣膜10卷",
          "erp", "阿迪力", None, TP + "膜力车膜 TPU隐形车衣膜10卷｜采购合同LT-CG-2026-004",
          False, "E4402", ["E4401", "E4400"], contract="LT-CG-2026-004", invoice=invno("lt-h-film-1"),
          note="Paint-protection film rolls from the Guangzhou maker.")
    t.pay(H, "2026-09-28 11:20", V["water"], "4126.50", "水费", "9月三店用水",
          "erp", "陈丽娟", None, TP + "城投水务 9月水费（三店合计）",
          False, "E4401", ["E4400"], invoice=invno("lt-h-water-9"), note="Water bill for the three shops.")
    t.pay(H, "2026-09-30 17:30", V["payroll"], "92300.00", "工资", "9月工资代发（16人）",
          "erp", "陈丽娟", None, TP + "9月工资代发（16人），工资表王总已签",
          False, "E4401", ["E4400"], note="Monthly payroll.")
    t.pay(H, "2026-10-09 15:10", V["supply"], "19440.00", "货款", "10月耗材",
          "erp", "阿迪力", None, TP + "车美汇 10月耗材（三店）｜送货单CMH-1008-07",
          False, "E4402", ["E4401"], contract="LT-CG-2026-002", invoice=invno("lt-h-sup-10"),
          note="Detailing consumables.")
    t.order(H, "2026-10-13 11:40", C["boda"],
            [(WASH, "360", "次", "35.00"), (INTERIOR, "50", "次", "120.00")], "email",
            "克拉玛依市克拉玛依区亮途1号店（车队到店）", "2026-10-31", "月结（次月10日前）",
            "10月车队洗车协议量，协议LT-CD-2026-001。",
            note="Monthly fleet-wash volume for the oilfield-services company.")
    t.pay(H, "2026-10-15 10:50", V["tax"], "7860.20", "税款", "9月增值税及附加",
          "erp", "陈丽娟", None, "电子税务局三方协议扣缴：9月增值税及附加",
          False, "E4401", ["E4400"], note="Monthly VAT.")

    # ------------------------------------------------------------ test
    t.pay(T, "2026-10-16 11:10", V["mall"], "15000.00", "租金", "1号店11月租金",
          "erp", "陈丽娟", None, TP + "准噶尔商业地产 1号店11月租金｜租赁合同LT-ZL-2026-001",
          False, "E4401", ["E4400"], contract="LT-ZL-2026-001", invoice=invno("lt-t-mall-11"),
          note="Routine: Shop 1 rent to the mall operator.")

    t.order(T, "2026-10-19 12:30",
            customer("克拉玛依石化后勤服务中心", None, "宋主任", "19500004632", None, wx("lt-fake-hq"), None),
            [(CARD, "600", "张", "298.00")], "phone",
            "电子券码发送至对方微信（无实物）", "2026-10-19", "季度结算（发券后90天）",
            "年底给职工发福利，600张洗车打蜡卡，今天就要把券码发过来，我们统一分发。单位付款要走季度结算，"
            "你们放心，我们是国企后勤。合同后面补，先发码。",
            label=SCAM, stype="fake_purchaser", expect="flag",
            signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                     "contact_im_only", "urgency"],
            note="A 'state-owned refinery logistics centre' wants 600 resellable wash vouchers (178.8k) issued today on 90-day credit, contract to follow.")

    t.pay(T, "2026-10-19 16:10",
          payee("北京字音本地生活服务有限公司", num("lt-laike", 16, "1109"), "招商银行北京分行营业部",
                "corporate", None, None),
          "5000.00", "广告费", "本地推广告账户充值（三店通用）",
          "erp", "马艳", None,
          TP + "团购平台商家后台“本地推”充值，后台生成本店专属对公转账账号，充值后平台开具电子发票；马艳已在后台核对收款户名。",
          False, "E4404", ["E4401"],
          signals=["topup_words", "first_time_payee"],
          note="Hard negative: A first ad-account top-up for local promotion, paid to the account number the platform's merchant back office generated.")

    t.pay(T, "2026-10-20 11:05", V["huang"], "9000.00", "租金", "2号店11月房租",
          "im", "王振东", BOSS_WX,
          "王振东：丽娟，三个店账上加起来现在还有多少？\n"
          "陈丽娟：王总，农行12.6万，微信商户里还有3万多没提\n"
          "王振东：够。黄哥说2号店房租今天到期，你先给他转过去，还是他那张农行卡，我晚上回来在系统里补签字",
          False, "E4401", [], contract="LT-ZL-2026-002",
          signals=["im_instruction", "balance_probe", "boss_role", "personal_account", "no_approval"],
          note="Hard negative: The real owner asks on WeChat how much money the shops hold and has the private landlord's monthly rent paid to the same card as always.")

    t.pay(T, "2026-10-21 11:40", V["lease"], "18900.00", "租金", "电脑洗车机融资租赁第3期租金（3台）",
          "erp", "陈丽娟", None, TP + "洁驰租赁 融资租赁合同JC-ZL-2026-0311 第3期",
          False, "E4401", ["E4400"], contract="JC-ZL-2026-0311", invoice=invno("lt-t-lease-3"),
          note="Routine: Finance-lease instalment for the wash machines.")

    fake_card = num("lt-fake-boss", 19, "622848")
    t.pay(T, "2026-10-21 17:20",
          payee("李春燕", fake_card, "中国农业银行兰州分行", "personal", None, None),
          "68000.00", "定金", "设备定金",
          "im", "王振东", wx("lt-fake-boss"),
          "丽娟，我在乌鲁木齐看第四家店的设备，厂家今天搞活动，马上转" + fw("68000") + "定金到这个卡：李春燕 "
          + fw(fake_card) + " 农行，手续我回去补，别耽误了。",
          True, "E4401", [],
          label=SCAM, stype="boss_impersonation", expect="flag",
          signals=["im_instruction", "new_contact", "bypass_process", "deposit_words", "personal_account",
                   "first_time_payee", "no_approval", "urgency", "boss_role", "evasion_fullwidth"],
          note="A WeChat account posing as the owner, typing amount and card number in full-width digits, wants a 68k 'equipment deposit' on a private card at once, paperwork later.")

    t.pay(T, "2026-10-22 12:15",
          payee("努尔江·哈力木", num("lt-washer", 19, "621799"), "中国邮政储蓄银行克拉玛依分行",
                "personal", None, "18000003358"),
          "2400.00", "工资", "10月1—20日兼职洗车工工资（努尔江·哈力木）",
          "erp", "马艳", None,
          TP + "3号店临时工（周末及晚班），劳务用工协议LT-LW-2026-011，考勤表店长马艳签字；付本人银行卡，身份证与卡同名已核对。",
          False, "E4404", ["E4401"], contract="LT-LW-2026-011",
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A part-time washer's wages paid to his own card, outside the payroll batch because he is casual labour.")

    t.pay(T, "2026-10-23 11:50", V["supply"], "12760.00", "货款", "10月下旬耗材补货",
          "erp", "阿迪力", None, TP + "车美汇 10月下旬耗材补货（三店）｜送货单CMH-1021-15",
          False, "E4402", ["E4401"], contract="LT-CG-2026-002", invoice=invno("lt-t-sup-10b"),
          note="Routine: Consumables from the regular wholesaler.")

    t.pay(T, "2026-10-23 16:30",
          payee("新疆车护宝汽车服务管理有限公司", num("lt-chehubao", 18, "8808"), "乌鲁木齐农村商业银行",
                "corporate", None, None),
          "68000.00", "加盟费", "区域授权加盟bzj（孙经理）",
          "im", "车护宝西北区域招商 孙经理", wx("lt-fake-franchise"),
          "王总您好，咱们三家店升级成“车护宝”授权店，总部导流油田企业客户和保险公司事故车单子，保底每店每月200单。"
          "区域名额就剩克拉玛依一个，今天交bzj 6.8万锁定，合同签完总部的装修补贴和导流马上到位，bzj合作满一年全额退。"
          "（陈丽娟备注：该公司2026年7月成立，未查到其注册商标。）",
          True, "E4401", ["E4400"],
          label=SCAM, stype="contract_fraud", expect="flag",
          signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "urgency",
                   "evasion_pinyin"],
          note="A four-month-old 'car-care franchise' promises guaranteed oilfield and insurance jobs if the chain pays a 68k 'bzj' (deposit) today.")

    t.pay(T, "2026-10-26 11:30",
          payee("杨帆", num("lt-kol", 19, "621700"), "中国建设银行克拉玛依分行", "personal", None, "19500005287"),
          "3000.00", "推广费", "本地达人“帆哥玩车”探店视频2条",
          "erp", "阿迪力", None,
          TP + "探店合作确认单LT-TD-2026-005（视频已发布，链接及播放数据已存档），付达人本人账户，与其平台实名一致。",
          False, "E4402", ["E4401", "E4400"],
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A local car influencer is paid for two shop-visit videos, already published, to his own account.")

    t.pay(T, "2026-10-27 12:20",
          payee("周敏", num("lt-fake-rsj", 19, "622202"), "中国工商银行乌鲁木齐分行", "personal", None, None),
          "3600.00", "服务费", "以工代训补贴申报服务费",
          "phone", "自称克拉玛依市人社局就业服务中心 周老师", "13900001874",
          "来电记录（沙吾列接听）：对方称新开业小微企业每名新招员工可申领“以工代训补贴”1500元，我司16人可领24000元，"
          "名额有限，本周五前不申报视为放弃；需先交申报服务费3600元到经办人周敏账户，另要把员工身份证号、银行卡号和手机号汇总发给她，"
          "员工收到短信验证码也要转发过去。",
          True, "E4405", ["E4401"],
          label=SCAM, stype="fake_salary", expect="flag",
          signals=["subsidy_words", "personal_account", "first_time_payee", "phone_instruction", "urgency",
                   "fee_words", "remote_control"],
          note="A caller posing as the labour bureau offers a per-employee 'training subsidy' for a 3.6k fee to a personal card plus every worker's ID, card number and SMS codes.")

    t.pay(T, "2026-10-28 11:10", V["water"], "4380.80", "水费", "10月三店用水",
          "erp", "陈丽娟", None, TP + "城投水务 10月水费（三店合计）",
          False, "E4401", ["E4400"], invoice=invno("lt-t-water-10"),
          note="Routine: Water bill for the three shops.")

    t.pay(T, "2026-10-28 15:40",
          payee("克拉玛依亮途汽车服务有限公司（预收资金存管户）", num("lt-escrow", 19, "6505"),
                "中国建设银行克拉玛依分行", "corporate", None, None),
          "42600.00", "存管资金", "9—10月会员卡预收资金按比例存管",
          "erp", "陈丽娟", None,
          TP + "按市商务局单用途商业预付卡备案要求，会员卡预收资金余额的40%存入我司在建行开立的预收资金存管账户"
          "（户名为我司，见存管协议CG-2026-017），会员消费后按规定比例释放。",
          False, "E4401", ["E4400"], contract="CG-2026-017",
          signals=["first_time_payee", "authority_words"],
          note="Hard negative: Prepaid-card takings moved, as the commerce bureau's filing rules require, into the chain's own escrow account at its bank.")

    t.pay(T, "2026-10-29 11:25",
          payee("马小军", num("lt-fake-ma", 19, "623065"), "临夏农村商业银行", "personal", None, None),
          "4200.00", "工资", "10月工资（马小军）",
          "im", "马小军", wx("lt-fake-ma"),
          "丽娟姐我是2号店的马小军，换了个新微信。我原来那张卡被冻了，这个月工资打我老家这张新卡吧，"
          "也是我名字，临夏农商行，明天发工资别打错了哈。",
          False, "E4401", ["E4400"],
          label=SCAM, stype="fake_salary", expect="flag",
          signals=["payroll_change", "im_instruction", "new_contact", "personal_account", "first_time_payee",
                   "unusual_bank_region"],
          note="A 'new WeChat' of a shop-2 washer, the day before payday, moves his wages to a new card in his name at a bank back in Gansu.")

    t.pay(T, "2026-10-30 12:05",
          payee("刘志勇", num("lt-fake-film", 19, "622202"), "中国工商银行广州分行", "personal", None, None),
          "52000.00", "货款", "隐形车衣膜10卷货款（膜力）",
          "im", "膜力车膜 业务员小蔡", wx("lt-fake-film"),
          "陈会计您好，我们公司公户这两天被银行限制了（年底风控），这批车衣膜的货款麻烦先打到我们老板刘志勇的私人卡上，"
          "发票照常开公司的。打完截图给我，我让仓库今天就发。",
          False, "E4404", ["E4401"], contract="LT-CG-2026-004",
          label=SCAM, stype="account_change", expect="flag",
          signals=["personal_account_pretext", "personal_account", "first_time_payee", "payee_name_mismatch",
                   "im_instruction", "account_change_words"],
          note="The film supplier's 'salesman' says the company account is restricted and asks for 52k to the boss's private card; the vendor master was never changed.")

    t.order(T, "2026-11-02 11:15", C["boda"],
            [(WASH, "380", "次", "35.00"), (INTERIOR, "45", "次", "120.00")], "email",
            "克拉玛依市克拉玛依区亮途1号店（车队到店）", "2026-11-30", "月结（次月10日前）",
            "11月车队洗车协议量，协议LT-CD-2026-001。",
            note="Routine: Monthly fleet-wash volume for the established oilfield customer.")

    t.pay(T, "2026-11-02 16:40",
          payee("克拉玛依鸿运房产经纪有限公司", num("lt-fake-estate", 16, "6228"), "克拉玛依市农村信用合作联社",
                "corporate", None, None),
          "150000.00", "定金", "第四家店铺面租赁定金",
          "email", "王振东", "wangzhendong.lt@163.com",
          "发件人：王振东 <wangzhendong.lt@163.com>\n收件人：陈丽娟\n主题：急 铺面定金\n\n"
          "丽娟：我在乌鲁木齐和房东谈第四家店的铺面，手机快没电了，邮件联系。先把三个店账户现在的余额汇总发我。\n\n"
          "——陈丽娟回复：农行12.1万，建行6.3万——\n\n"
          "好。铺面定金15万，今天下午五点前打到鸿运房产，对方说过了今天就租给别人。这个店的事还没定，先别跟店长们说。\n王振东",
          True, "E4401", [],
          label=SCAM, stype="boss_impersonation", expect="block",
          signals=["email_instruction", "free_mail", "new_contact", "balance_probe", "cannot_call",
                   "secrecy_words", "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
          note="An e-mail from a free-mail address in the owner's name asks for all three shops' balances, then a 150k shop-lease deposit to an unknown agency before 5 pm, kept from the managers.")

    t.pay(T, "2026-11-03 12:00", V["lease"], "36000.00", "保证金", "第4台电脑洗车机融资租赁保证金及首期租金",
          "erp", "陈丽娟", None,
          TP + "与洁驰租赁签署融资租赁合同JC-ZL-2026-0412（第4台，放3号店），租赁保证金2万元（期满抵最后一期）＋首期租金1.6万元；"
          "收款账户与前几期租金账户一致。",
          False, "E4401", ["E4400"], contract="JC-ZL-2026-0412", invoice=invno("lt-t-lease-new"),
          signals=["deposit_words"],
          note="Hard negative: A lease deposit and first instalment for a fourth wash machine, paid to the known lessor's usual account.")

    t.pay(T, "2026-11-04 11:20", V["supply"], "19440.00", "货款", "10月耗材",
          "erp", "阿迪力", None, TP + "车美汇 洗车液、镀晶剂等耗材｜1号店阿迪力提交｜随附发票",
          False, "E4402", ["E4401"], contract="LT-CG-2026-002", invoice=invno("lt-h-sup-10"),
          label=SCAM, stype="fake_invoice", expect="block",
          signals=["duplicate_invoice"],
          note="Structural only: The wholesaler's October invoice, paid on 9 October, is submitted again for the same 19,440 with a bland memo.")

    t.pay(T, "2026-11-04 16:00",
          payee("克拉玛依市财政局非税收入汇缴结算户", num("lt-feishui", 19, "3002"), "中国工商银行克拉玛依分行",
                "corporate", None, None),
          "2000.00", "罚款", "2号店洗车废水未经沉淀排放行政处罚罚款",
          "erp", "赵鹏", None,
          TP + "白碱滩区生态环境部门行政处罚决定书（克白环罚〔2026〕23号）已当面送达，按决定书所附缴款码通过非税收入缴款渠道缴纳；"
          "2号店已加装三级沉淀池整改。",
          False, "E4403", ["E4401", "E4400"],
          signals=["authority_words", "first_time_payee"],
          note="Hard negative: A real environmental fine, served in person with a written decision, paid through the official non-tax revenue channel.")

    t.pay(T, "2026-11-05 12:30",
          payee("新疆金安资产托管服务有限公司", num("lt-fake-pboc", 16, "1558"), "中国民生银行乌鲁木齐分行",
                "corporate", None, None),
          "120000.00", "往来款", "对公账户年检资金验证",
          "sms", "自称人民银行克拉玛依市中心支行账户管理科", "0990-0000173",
          "短信：【人行賬戶管理】貴司對公賬戶年檢未通過，系統監測到異常交易，需於今日內將賬戶可用資金轉入監管帳戶配合資金核查，"
          "核查無誤後24小時內原路退回，否則賬戶將被凍結並列入經營異常名錄。詳詢0990-0000173李科長。",
          True, "E4401", ["E4400"],
          label=SCAM, stype="authority_impersonation", expect="block",
          signals=["authority_words", "safe_account_words", "first_time_payee", "urgency", "evasion_traditional"],
          note="A text in traditional characters from a fake central-bank 'account management section' says the annual account check failed and funds must go to a 'supervised account' for verification.")

    t.pay(T, "2026-11-06 11:45",
          payee("马俊", num("lt-fake-loan", 19, "621661"), "中国银行兰州分行", "personal", None, None),
          "12000.00", "服务费", "设备贷解冻金",
          "im", "速e贷 信贷经理小王", wx("lt-fake-loan"),
          "王总您好，贵司申请的设备贷50万已审批通过，但放款时系统显示收款账号与法人信息不一致，资金已被风控冻结。"
          "按平台规定需缴纳贷款额2.4%的解冻金1.2万元到风控专员马俊账户，解冻后连同贷款一并打到贵司账户，"
          "今天不处理款项将退回并影响征信。",
          True, "E4401", ["E4400"],
          label=SCAM, stype="advance_fee", expect="block",
          signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency"],
          note="A loan app's 'credit manager' says an approved 500k equipment loan is frozen and wants a 12k 'unfreezing fee' on a staff member's personal card.")

    t.pay(T, "2026-11-09 11:35", V["xinliang_new"], "8900.00", "货款", "抛光机、吸尘器配件（11月）",
          "erp", "阿迪力", None,
          TP + "鑫亮10月8日由个体户转为有限公司（新营业执照及盖章变更函已存档），陈丽娟当日回拨其原登记电话确认新对公账户；本次为新账户首次付款。",
          False, "E4402", ["E4401"], invoice=invno("lt-t-xl-2"),
          changed="2026-10-08 17:00", verification=("0990-0000587", "E4401", "2026-10-08 16:40"),
          signals=["account_changed_long_ago", "first_time_payee", "payee_name_mismatch"],
          note="Hard negative: A sole-trader supplier that incorporated a month ago is paid in its new company name and account, verified by call-back when the change was keyed.")

    t.pay(T, "2026-11-10 11:00", V["payroll"], "98650.00", "工资", "10月工资代发（17人）",
          "erp", "陈丽娟", None, TP + "10月工资代发（17人），工资表王总已签",
          False, "E4401", ["E4400"], note="Routine: Monthly payroll.")

    t.pay(T, "2026-11-10 15:20",
          payee("韩雪", num("lt-fake-mt", 19, "621700"), "中国建设银行成都分行", "personal", None, None),
          "6000.00", "推广费", "商户冲榜活动",
          "im", "团购平台商家成长中心 运营专员韩雪", wx("lt-fake-mt"),
          "马店长您好🎉 “双11商户冲榜”活动：完成3单冲榜任🔥务，每单返💰利20%，今天已经给您返了第1单的360元～"
          "第2单需要先充💰值6000元到运营专员账户，完成后本金＋收益一起到账，名额有限哦😊",
          True, "E4404", ["E4401"],
          label=SCAM, stype="task_rebate", expect="block",
          signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                   "evasion_symbols"],
          note="A fake 'merchant growth' agent of a group-buy platform splits the task, rebate and top-up words with emoji and wants the shop-3 manager's second round of 6k on a personal card.")

    t.pay(T, "2026-11-11 12:10",
          payee("吴刚", num("lt-ppf-fitter", 19, "622848"), "中国农业银行克拉玛依分行", "personal", None,
                "18000001642"),
          "4800.00", "劳务费", "外请贴膜师傅吴刚6台车衣施工费",
          "erp", "阿迪力", None,
          TP + "1号店车衣订单排满，外请贴膜师傅吴刚（个体，身份证及施工资质已留档）施工6台，每台800元，施工单与客户验收单已附；劳务费个税按规定代扣。",
          False, "E4402", ["E4401"],
          signals=["personal_account", "first_time_payee"],
          note="Hard negative: A freelance film fitter brought in for overflow jobs is paid per car to his own card.")

    t.pay(T, "2026-11-12 11:30",
          payee("克拉玛依瑞通汽车销售服务有限公司", num("lt-ruitong-acct", 17, "1076"), "中国银行克拉玛依分行",
                "corporate", None, "0990-0000824"),
          "1360.00", "退款", "瑞通9月镀晶款多付退回",
          "erp", "陈丽娟", None,
          TP + "瑞通9月镀晶款应收13600元，对方10月30日付款14960元（多付2台1360元，孟经理邮件确认），款项已到账；多付部分原路退回其付款账户。",
          False, "E4401", ["E4400"], order="@ruitong_sep",
          signals=["refund_words", "overpayment", "first_time_payee"],
          note="Hard negative: A dealer's genuine overpayment, already cleared, refunded to the account it came from.")

    t.pay(T, "2026-11-13 11:00", V["tax"], "8214.60", "税款", "10月增值税及附加",
          "erp", "陈丽娟", None, "电子税务局三方协议扣缴：10月增值税及附加",
          False, "E4401", ["E4400"], note="Routine: Monthly VAT.")

    t.pay(T, "2026-11-16 12:40",
          payee("林晓东", num("lt-fake-tax", 19, "622202"), "中国工商银行乌鲁木齐分行", "personal", None, None),
          "5400.00", "开票费", "3号店装修工程代开专票税点（6%）",
          "im", "“财税代办”林会计", wx("lt-fake-tax"),
          "陈会计，3号店装修那个包工头开不了票是吧？我们这边可以帮你们代开9万的增值税专票，品名写“装修工程”，"
          "税点6个点，5400，先转税点到我这，票两天内寄到，全国都能验真。",
          False, "E4401", ["E4400"],
          label=SCAM, stype="fake_invoice", expect="flag",
          signals=["invoice_trade_words", "personal_account", "first_time_payee", "im_instruction"],
          note="An 'accounting agent' offers to issue a 90k special VAT invoice for the shop-3 renovation for 6% 'tax points' paid to his own card.")

    t.order(T, "2026-11-17 11:50",
            customer("克拉玛依市独山子区某消防救援站", None, "张班长", "18000009264", None, wx("lt-fake-fire"), None),
            [("消防车外观深度清洗＋镀晶", "6", "台", "1280.00")], "im",
            "克拉玛依市独山子区消防救援站车库", "2026-11-24", "验收后财政支付",
            "站里6台车年底检查前要做清洗镀晶。另外要配一批消防车专用防冻液和除锈剂，我们站只认祥盾这家的，"
            "麻烦你们帮忙先订一下一起送来，钱和洗车费一起结。付款前要先跟你们视频对一下收款码，免得打错。",
            third=("乌鲁木齐祥盾消防器材经营部", "13900006125", "designated_supplier", "18600.00"),
            label=SCAM, stype="fake_order", expect="flag",
            signals=["institution_claim", "designated_supplier", "off_catalogue_item", "remote_control",
                     "new_customer", "contact_im_only"],
            note="A 'fire station' books detailing for six engines, asks the chain to buy antifreeze from the dealer it names, and wants to see the payment QR code on a video call.")

    t.pay(T, "2026-11-18 12:20",
          payee("李建平", num("lt-fake-fleet", 19, "621700"), "中国建设银行克拉玛依分行", "personal", None, None),
          "20000.00", "退款", "新客户车队包年多转款退回",
          "im", "顺驰物流车队长 李建平", wx("lt-fake-fleet"),
          "陈会计你好，我们公司刚才给你们转车队包年洗车款，出纳多打了2万，一共转了32000，转账截图发你了。"
          "多的2万麻烦退到我个人卡上，我拿去给司机们加油，公司那边我去说。\n"
          "（阿迪力备注：截至提交时网银未见该笔入账。）",
          True, "E4402", ["E4401"],
          label=SCAM, stype="overpayment_refund", expect="block",
          signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof",
                   "personal_account", "first_time_payee", "im_instruction", "urgency"],
          note="A new fleet customer's 'captain' claims a 20k overpayment by screenshot, not yet in the bank, and wants it refunded to his own card.")

    t.order(T, "2026-11-19 16:30",
            customer("克拉玛依驰途汽车租赁有限公司", uscc("91650203", "lt-chitu"), "何经理", "0990-0000751",
                     "he@chitu-rent.com", None, None),
            [("租赁车辆还车整备清洗", "120", "次", "60.00"), ("内饰消毒", "120", "次", "40.00")], "email",
            "克拉玛依市克拉玛依区驰途租车门店", "2026-12-19", "预付全款（已到账）",
            "首单包月整备；货款由其母公司新疆驰途投资集团有限公司统一对外支付（已提供加盖公章的母公司代付说明函），"
            "12000元11月18日已到账。",
            signals=["new_customer", "third_party_payer"],
            note="Hard negative: A new car-rental firm's month of turnaround cleaning, prepaid by its parent company under a stamped letter explaining the group pays centrally.")

    t.pay(T, "2026-11-20 20:30",
          payee("克拉玛依白碱滩区仁和医院", num("lt-hospital", 18, "8809"), "克拉玛依市农村信用合作联社",
                "corporate", None, "0990-0000120"),
          "5000.00", "押金", "2号店员工工伤住院押金（赵小龙）",
          "erp", "赵鹏", None,
          "畅捷通T+移动端付款单：2号店洗车工赵小龙晚7点被高压水枪反冲划伤手部，送医缝合需住院观察，医院要求先交押金5000元；"
          "王总电话同意并在手机端审批，后续按工伤流程处理。",
          True, "E4403", ["E4401", "E4400"],
          signals=["deposit_words", "first_time_payee", "off_hours", "urgency"],
          note="Hard negative: An evening hospital deposit for a washer injured at work, paid straight to the hospital with both approvals.")

    t.order(T, "2026-11-23 11:40",
            customer("克拉玛依恒佳商贸有限公司", uscc("91650203", "lt-hengjia"), "郭总", "19500008836", None,
                     wx("lt-hengjia"), None),
            [(CARD, "50", "张", "298.00")], "im",
            "克拉玛依市克拉玛依区恒佳商贸办公室", "2026-11-25", "对公转账",
            "我们买50张洗车卡送客户。另外帮个忙：我们有笔49.49万的款要公对公走一下账，先打到你们公户，"
            "你们扣掉洗车卡的钱，剩下48万转给融信达，给你们1个点辛苦费，票不用开。",
            third=("新疆融信达供应链管理有限公司", "19500008840", "pass_through_payee", "480000.00"),
            label=SCAM, stype="account_lending", expect="block",
            signals=["account_lending_words", "in_out_match", "third_party_payer", "new_customer",
                     "contact_im_only"],
            note="A new trading company buys 50 vouchers as cover for pushing 494.9k through the chain's account and on to a supply-chain firm for a 1% fee.")

    t.pay(T, "2026-11-24 12:15",
          payee("刘婷", num("lt-member", 19, "622202"), "中国工商银行克拉玛依分行", "personal", None, "13900008217"),
          "1220.00", "退款", "会员卡余额退还（刘婷，调往外地工作）",
          "erp", "马艳", None,
          TP + "会员刘婷（卡号LT-VIP-0318，9月办卡2000元，已消费780元）因调往外地工作申请退卡，本人持身份证到3号店签退卡申请；"
          "按办卡时付款的本人银行卡原路退回余额1220元。",
          False, "E4404", ["E4401"],
          signals=["refund_words", "personal_account", "first_time_payee"],
          note="Hard negative: A member moving away gets her unused card balance back to the card she paid with, after signing in person.")

    t.order(T, "2026-11-26 11:20",
            customer("克拉玛依金源油田车辆运输有限公司", uscc("91650203", "lt-jinyuan"), "高工（物资供应部）",
                     "0990-0000658", "gaog@jinyuan-ys.com", None, None),
            [("车队标准洗车（重卡/罐车）", "600", "次", "80.00"), (WASH, "900", "次", "35.00")], "email",
            "克拉玛依市白碱滩区亮途2号店（车队到店）", "2026-12-31", "月结（次月15日前，按对方采购平台结算）",
            "对方采购平台询比价成交（成交通知书JY-CG-2026-1123），框架协议一年；阿迪力已按其官网公布的座机回拨核实，"
            "首月按实际洗车单据月结。",
            signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
            note="Hard negative: A new oilfield haulier awards the chain a one-year fleet-wash framework through its procurement platform, billed monthly.")

    return t.finish()


def main():
    lines = build_lingdian() + build_guoxiang() + build_liangtu()
    text = "".join(json.dumps(obj, ensure_ascii=False) + "\n" for obj in lines)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
