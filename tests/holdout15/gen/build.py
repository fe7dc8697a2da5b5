#!/usr/bin/env python3
"""Build tests/holdout15/holdout15.jsonl, an independent labelled replay corpus.

Python 3.11 standard library only, no randomness: every account number, phone number,
credit code and invoice number is derived from a fixed label with SHA-256, so running
this script twice writes byte-identical output.

Three fictitious companies in Xinjiang:
  kongque  库尔勒孔雀河棉业有限公司   cotton ginning mill, Korla (approval limit 100,000)
  danhong  昌吉丹红番茄制品有限公司   tomato-paste factory, Changji (approval limit 50,000)
  kezi     喀什克孜河建材有限公司     cement and building materials, Kashgar (approval limit 50,000)

Each scenario is one block below: history lines first (ordinary past business that makes
payees known and customers established), then test lines. Lines are sorted by time inside
each tenant and phase, then ids and request ids are assigned.
"""
from __future__ import annotations

import hashlib
import json
from datetime import datetime
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout15.jsonl"

# --------------------------------------------------------------------------------------
# Deterministic fictitious identifiers
# --------------------------------------------------------------------------------------
_values: dict[str, str] = {}   # value -> label, to keep different labels distinct
_cache: dict[str, str] = {}    # label -> value


def _digits(seed: str, n: int) -> str:
    out, i = "", 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f"{seed}#{i}".encode()).hexdigest(), 16))[1:]
        i += 1
    return out[:n]


def _unique(label: str, make) -> str:
    if label in _cache:
        return _cache[label]
    salt = 0
    while True:
        v = make(label if salt == 0 else f"{label}~{salt}")
        if v not in _values:
            break
        salt += 1
    _values[v] = label
    _cache[label] = v
    return v


def acct(label: str, prefix: str, length: int) -> str:
    """Bank account number, 16-19 digits."""
    assert 16 <= length <= 19
    return _unique("acct:" + label, lambda s: prefix + _digits(s, length - len(prefix)))


def mobile(label: str, head: str) -> str:
    """Fictitious mobile: 1880000xxxx, 1570000xxxx or 1470000xxxx."""
    assert head in ("188", "157", "147")
    return _unique("mob:" + label, lambda s: head + "0000" + _digits(s, 4))


def tel(label: str, area: str) -> str:
    """Fictitious landline with a Xinjiang area code: area-0000xxx."""
    return _unique("tel:" + label, lambda s: f"{area}-0000" + _digits(s, 3))


def wxid(label: str) -> str:
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    return _unique("wx:" + label, lambda s: "wxid_" + "".join(
        alphabet[b % len(alphabet)] for b in hashlib.sha256(s.encode()).digest()[:14]))


def invoice(label: str) -> str:
    """20-digit fully digital VAT invoice number (Xinjiang)."""
    return _unique("inv:" + label, lambda s: "2665" + _digits(s, 16))


USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17: str) -> str:
    s = sum(USCC_ALPHABET.index(c) * w for c, w in zip(body17, USCC_WEIGHTS))
    return USCC_ALPHABET[(31 - s % 31) % 31]


def uscc(label: str, head: str, region: str) -> str:
    """Unified social credit code (GB 32100-2015) with a valid check character.
    head: 91 company, 92 individual business, 93 cooperative, 12 public institution."""
    def make(s: str) -> str:
        h = hashlib.sha256(s.encode()).digest()
        if head.startswith("9"):
            org = "MA" + "".join(USCC_ALPHABET[b % 31] for b in h[:7])
        else:
            org = "".join(USCC_ALPHABET[b % 10] for b in h[:8]) + USCC_ALPHABET[h[8] % 31]
        body = head + region + org
        return body + uscc_check(body)
    return _unique("uscc:" + label, make)


# --------------------------------------------------------------------------------------
# Line builders
# --------------------------------------------------------------------------------------
LINES: list[dict] = []


def ts(when: str) -> str:
    return datetime.strptime(when, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:00+08:00")


def money(x) -> str:
    return f"{Decimal(str(x)):.2f}"


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name, "phone": phone,
            "email": email, "im_id": im_id, "customer_id": customer_id}


def instr(channel, from_name, from_contact, text, urgent=False):
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


def _meta(tenant, phase, kind, label, scam_type, expect, signals, note):
    if expect is None:
        expect = "allow" if label == "legit" else None
    assert expect is not None, note
    m = {"id": None, "tenant": tenant, "phase": phase, "kind": kind, "label": label,
         "scam_type": scam_type, "expect": expect}
    if phase == "history":
        m["outcome"] = "executed"
    m["signals"] = list(signals)
    m["note"] = note
    return m


def pay(tenant, phase, when, to, amount, purpose, memo, instruction, requested_by, approved_by, *,
        note, related=(None, None, None), changed_at=None, verification=None,
        label="legit", scam_type=None, expect=None, signals=(), key=None):
    t = TENANTS[tenant]
    if isinstance(instruction, str):          # plain ERP payment slip keyed by the requester
        instruction = instr("erp", t["staff"][requested_by], None, instruction)
    req = {"request_id": None, "submitted_at": ts(when),
           "payer": dict(t["payer"]), "payee": to, "amount": money(amount), "currency": "CNY",
           "purpose": purpose, "memo": memo, "instruction": instruction,
           "requested_by": requested_by, "approved_by": list(approved_by),
           "related": {"order_id": related[0], "contract_id": related[1], "invoice_no": related[2]},
           "payee_account_changed_at": ts(changed_at) if changed_at else None}
    if verification is not None:
        req["verification"] = verification
    line = _meta(tenant, phase, "payment", label, scam_type, expect, signals, note)
    line["request"] = req
    line["_key"] = key
    LINES.append(line)


def item(product, quantity, unit, unit_price):
    return {"product": product, "quantity": str(quantity), "unit": unit, "unit_price": money(unit_price)}


def order(tenant, phase, when, cust, items, channel, address, deadline, terms, notes, *,
          third_party=None, fees=(), label="legit", scam_type=None, expect=None, signals=(),
          note, key=None):
    total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items), Decimal(0))
    req = {"record_id": None, "received_at": ts(when), "customer": cust, "items": items,
           "total_amount": money(total), "currency": "CNY", "channel": channel,
           "delivery": {"address": address, "deadline": deadline}, "payment_terms": terms,
           "third_party": third_party,
           "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
           "notes": notes}
    line = _meta(tenant, phase, "order", label, scam_type, expect, signals, note)
    line["request"] = req
    line["_key"] = key
    LINES.append(line)


def third(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role,
            "amount": money(amount) if amount is not None else None}


def verified(number, by, when):
    return {"callback_done": True, "callback_number": number, "verified_by": by, "verified_at": ts(when)}


# ======================================================================================
# Tenants
# ======================================================================================
TENANTS = {
    "kongque": {
        "prefix": "KQ",
        "payer": {"account_no": acct("kq-payer", "3082", 17), "account_name": "库尔勒孔雀河棉业有限公司"},
        "staff": {"E3101": "艾尔肯·吐尔逊", "E3102": "周丽华", "E3103": "古丽娜尔·买买提",
                  "E3104": "李建新", "E3105": "王海涛", "E3106": "迪丽拜尔·热合曼", "E3107": "陈国栋"},
    },
    "danhong": {
        "prefix": "DH",
        "payer": {"account_no": acct("dh-payer", "3004", 19), "account_name": "昌吉丹红番茄制品有限公司"},
        "staff": {"E5201": "张卫东", "E5202": "努尔古丽·阿不力孜", "E5203": "杨帆", "E5204": "马俊",
                  "E5205": "帕尔哈提·吾斯曼", "E5206": "刘娟", "E5207": "韩雪", "E5208": "阿迪拉·艾山"},
    },
    "kezi": {
        "prefix": "KZ",
        "payer": {"account_no": acct("kz-payer", "6505", 19), "account_name": "喀什克孜河建材有限公司"},
        "staff": {"E8401": "买买提明·艾则孜", "E8402": "王晓燕", "E8403": "阿依夏木·吐送",
                  "E8404": "刘强", "E8405": "艾克拜尔·努尔", "E8406": "周婷", "E8407": "韩磊"},
    },
}

# ======================================================================================
# kongque — 库尔勒孔雀河棉业有限公司 (cotton ginning, Korla)
# Approval: below 100,000 the finance manager E3102 approves; from 100,000 also the GM E3101.
# ======================================================================================
K = "kongque"
KQ_FM, KQ_GM = "E3102", "E3101"

kq_coop = payee("尉犁县塔里木河棉花种植专业合作社", acct("kq-coop", "3082", 17), "中国农业银行尉犁县支行",
                vendor_id="V-KQ01", phone=tel("kq-coop", "0996"))
kq_pack = payee("巴州瑞丰包装材料有限公司", acct("kq-pack", "6505", 19), "中国建设银行库尔勒分行",
                vendor_id="V-KQ02", phone=tel("kq-pack", "0996"))
kq_power = payee("库尔勒经开区供电服务有限公司", acct("kq-power", "3008", 19), "中国工商银行库尔勒分行",
                 vendor_id="V-KQ03", phone=tel("kq-power", "0996"))
kq_store = payee("巴州银星棉花仓储有限公司", acct("kq-store", "10", 18), "中国银行库尔勒分行",
                 vendor_id="V-KQ05", phone=tel("kq-store", "0996"))
kq_freight = payee("巴州通达棉花运输有限公司", acct("kq-freight", "3082", 17), "中国农业银行库尔勒分行",
                   vendor_id="V-KQ06", phone=tel("kq-freight", "0996"))
kq_freight_new = payee("巴州通达棉花运输有限公司", acct("kq-freight-new", "88", 18),
                       "巴音郭楞农村商业银行和静县支行", vendor_id="V-KQ06", phone=tel("kq-freight", "0996"))
kq_parts = payee("阿克苏金棉机械配件有限公司", acct("kq-parts", "3090", 17), "中国农业银行阿克苏分行",
                 vendor_id="V-KQ07", phone=tel("kq-parts", "0997"))
kq_parts_new = payee("阿克苏金棉机械配件有限公司", acct("kq-parts-new", "88", 18), "阿克苏农村商业银行营业部",
                     vendor_id="V-KQ07", phone=tel("kq-parts", "0997"))
kq_sister = payee("尉犁孔雀河棉业有限公司", acct("kq-sister", "3082", 17), "中国农业银行尉犁县支行",
                  vendor_id="G-KQ01", phone=tel("kq-sister", "0996"))
# seasonal gin workers, paid one by one to their own cards
kq_w1_card = acct("kq-w1", "621700", 19)
kq_w1 = payee("买买提江·阿布都拉", kq_w1_card, "中国建设银行库尔勒分行", "personal", "J-2031")
kq_w2 = payee("吐尔洪·司马义", acct("kq-w2", "622848", 19), "中国农业银行库尔勒分行", "personal", "J-2032")

kq_c1 = customer("阿克苏华纺纺织有限公司", uscc("kq-c1", "91", "652901"), "孙建军", tel("kq-c1", "0997"),
                 "sunjj@huafangtex.com", None, "C-KQ01")
kq_c2 = customer("库尔勒银河纺织有限公司", uscc("kq-c2", "91", "652801"), "赵敏", tel("kq-c2", "0996"),
                 "zhaomin@yinhetex.cn", None, "C-KQ02")
kq_c3 = customer("新疆天河油脂有限公司", uscc("kq-c3", "91", "652801"), "马福林", tel("kq-c3", "0996"),
                 "mafl@tianheyouzhi.com", None, "C-KQ03")
KQ_C4 = dict(name="阿克苏华纺纱业有限公司", credit_code=uscc("kq-c4", "91", "652901"), contact_name="黄蕾",
             phone=tel("kq-c4", "0997"), email="huanglei@huafangtex.com", im_id=None)
KQ_C1_ADDR = "阿克苏市纺织工业城华纺纺织厂区"
KQ_C2_ADDR = "库尔勒经济技术开发区纺织服装产业园银河纺织厂区"
KQ_C3_ADDR = "库尔勒市上户镇天河油脂厂"
LINT = "皮棉（3128B，机采棉）"

# ---------------- kongque history ----------------

# Monthly electricity.
pay(K, "history", "2026-09-01 10:40", kq_power, 186400, "电费", "8月生产用电电费",
    f"金蝶付款单：8月电费｜经开区供电｜合同KQ-NY-2026-01｜发票{invoice('kq-h-power')}",
    "E3103", [KQ_FM, KQ_GM], related=(None, "KQ-NY-2026-01", invoice("kq-h-power")),
    note="Monthly electricity bill paid to the park's power company.")

# Bale wrapping and strapping from the regular packaging maker.
pay(K, "history", "2026-09-02 15:20", kq_pack, 56800, "货款", "棉包包装袋及打包带款",
    f"金蝶付款单：棉包包装袋及打包带款｜瑞丰包装｜合同KQ-CG-2026-07｜发票{invoice('kq-pack-1')}",
    "E3104", [KQ_FM], related=(None, "KQ-CG-2026-07", invoice("kq-pack-1")),
    note="Bale bags and strapping from the regular packaging maker.")

# Lint cotton to the Aksu textile mill, prepaid.
order(K, "history", "2026-09-03 11:15", kq_c1, [item("皮棉（3128B，2025/26年度库存）", 120, "吨", 15300)],
      "email", KQ_C1_ADDR, "2026-09-08", "款到发货", "上年度库存皮棉，公检证书随货，款已汇。",
      note="Lint cotton for the established Aksu textile mill, prepaid.")

# Local spinning mill, monthly terms.
order(K, "history", "2026-09-09 11:50", kq_c2, [item(LINT, 80, "吨", 15250)],
      "erp", KQ_C2_ADDR, "2026-09-12", "月结30天", "9月用棉计划",
      note="Monthly lint order from the established local spinning mill.")

# First order of the Aksu mill's sister company (same group, same mail domain), prepaid.
order(K, "history", "2026-09-10 17:05", customer(**KQ_C4, customer_id=None), [item(LINT, 60, "吨", 15300)],
      "email", "阿克苏市纺织工业城华纺纱业二厂", "2026-09-15", "款到发货",
      "华纺纱业二厂首单，与华纺纺织同属华纺集团，营业执照及开票信息已备案，货款已到账。",
      note="First, prepaid order from the yarn mill that belongs to the same group as the Aksu textile mill.")

# Warehouse storage.
pay(K, "history", "2026-09-11 12:20", kq_store, 42300, "仓储费", "8月皮棉仓储费",
    f"金蝶付款单：8月皮棉仓储费｜银星仓储｜合同KQ-CC-2026-01｜发票{invoice('kq-h-store')}",
    "E3103", [KQ_FM], related=(None, "KQ-CC-2026-01", invoice("kq-h-store")),
    note="Monthly storage fee to the cotton warehouse.")

# Group treasury transfer to the sister gin in Yuli.
pay(K, "history", "2026-09-14 16:30", kq_sister, 500000, "资金调拨", "集团内部资金调拨（尉犁厂收购备付金）",
    "金蝶付款单：集团资金调拨｜尉犁孔雀河棉业｜依据集团资金管理办法及总经理办公会纪要2026-17",
    "E3103", [KQ_FM, KQ_GM],
    note="Group treasury transfer to the sister gin in Yuli for seed-cotton buying.")

# Seasonal workers' wages, each to the worker's own card.
pay(K, "history", "2026-09-15 18:40", kq_w1, 6800, "工资", "9月上旬轧花车间季节工工资（买买提江·阿布都拉，出勤15天）",
    "金蝶付款单：季节工工资｜考勤表KQ-RS-0915已审核（买买提江·阿布都拉）", "E3106", [KQ_FM],
    note="A seasonal gin worker's wages paid to his own card.")
pay(K, "history", "2026-09-15 18:45", kq_w2, 6400, "工资", "9月上旬轧花车间季节工工资（吐尔洪·司马义，出勤14天）",
    "金蝶付款单：季节工工资｜考勤表KQ-RS-0915已审核（吐尔洪·司马义）", "E3106", [KQ_FM],
    note="Another seasonal gin worker's wages paid to his own card.")

# Seed cotton from the cooperative.
pay(K, "history", "2026-09-22 13:10", kq_coop, 1050000, "货款", "籽棉收购款（150吨，7.00元/公斤）",
    "金蝶付款单：籽棉收购款｜塔里木河合作社｜合同KQ-SG-2026-01｜过磅单汇总0916-0921",
    "E3104", [KQ_FM, KQ_GM], related=(None, "KQ-SG-2026-01", None),
    note="Seed-cotton payment to the regular growers' cooperative.")

# Cottonseed to the oil mill.
order(K, "history", "2026-09-24 16:20", kq_c3, [item("棉籽（毛籽）", 500, "吨", 2350)],
      "phone", KQ_C3_ADDR, "2026-09-30", "款到发货", "新季棉籽，款已到账，自提。",
      note="Cottonseed order from the established oil mill, prepaid.")

pay(K, "history", "2026-09-29 12:40", kq_coop, 1260000, "货款", "籽棉收购款（180吨，7.00元/公斤）",
    "金蝶付款单：籽棉收购款｜塔里木河合作社｜合同KQ-SG-2026-01｜过磅单汇总0922-0928",
    "E3104", [KQ_FM, KQ_GM], related=(None, "KQ-SG-2026-01", None),
    note="Seed-cotton payment to the regular growers' cooperative.")

# Bale bags; this invoice number comes back in the test phase.
pay(K, "history", "2026-10-09 12:10", kq_pack, 62400, "货款", "棉包包装袋款（2,400条）",
    f"金蝶付款单：棉包包装袋款（2,400条）｜瑞丰包装｜合同KQ-CG-2026-07｜发票{invoice('kq-pack-2')}",
    "E3104", [KQ_FM], related=(None, "KQ-CG-2026-07", invoice("kq-pack-2")),
    note="Bale bags from the regular packaging maker.")

order(K, "history", "2026-10-12 11:20", kq_c1, [item("皮棉（3128B，2026/27年度新棉）", 150, "吨", 15600)],
      "email", KQ_C1_ADDR, "2026-10-16", "款到发货", "新棉首批，款已汇，公检证书随货。",
      note="First new-season lint order from the Aksu textile mill, prepaid.")

# Freight to the regular carrier, old account.
pay(K, "history", "2026-10-13 16:50", kq_freight, 91500, "运费", "皮棉外运运费（库尔勒—阿克苏）",
    f"金蝶付款单：皮棉外运运费｜通达运输｜合同KQ-WL-2026-02｜发票{invoice('kq-h-freight')}",
    "E3103", [KQ_FM], related=(None, "KQ-WL-2026-02", invoice("kq-h-freight")),
    note="Lint freight to the regular carrier.")

# Gin spare parts, old account (changed in the test phase after a call-back).
pay(K, "history", "2026-10-16 17:30", kq_parts, 27400, "货款", "轧花机锯片、肋条",
    f"金蝶付款单：轧花机配件款｜金棉机械｜合同KQ-CG-2026-11｜发票{invoice('kq-h-parts')}",
    "E3104", [KQ_FM], related=(None, "KQ-CG-2026-11", invoice("kq-h-parts")),
    note="Gin saw blades and ribs from the regular Aksu parts maker.")

# ---------------- kongque test ----------------

# Routine lint order from the local spinning mill.
order(K, "test", "2026-10-20 11:10", kq_c2, [item(LINT, 90, "吨", 15650)],
      "erp", KQ_C2_ADDR, "2026-10-23", "月结30天", "10月用棉计划",
      note="Routine: Monthly lint order from the established local spinning mill.")

# Structural only: carrier's account switched two days earlier, first freight payment to it.
pay(K, "test", "2026-10-21 12:35", kq_freight_new, 88600, "运费", "皮棉外运运费（库尔勒—阿克苏）",
    f"金蝶付款单：皮棉外运运费｜通达运输｜合同KQ-WL-2026-02｜发票{invoice('kq-t-freight')}",
    "E3103", [KQ_FM], related=(None, "KQ-WL-2026-02", invoice("kq-t-freight")),
    changed_at="2026-10-19 14:20",
    label="scam", scam_type="account_change", expect="block",
    signals=["account_changed_recent", "first_time_payee"],
    note="Structural only: the carrier's bank details were replaced in the vendor master two days before this ordinary freight payment, which is the first to the new account.")

# Routine seed-cotton payment.
pay(K, "test", "2026-10-22 11:45", kq_coop, 1120000, "货款", "籽棉收购款（160吨，7.00元/公斤）",
    "金蝶付款单：籽棉收购款｜塔里木河合作社｜合同KQ-SG-2026-01｜过磅单汇总1015-1021",
    "E3104", [KQ_FM, KQ_GM], related=(None, "KQ-SG-2026-01", None),
    note="Routine: Weekly seed-cotton payment to the regular growers' cooperative.")

# Cooperative "account frozen": vendor master switched that morning to the chairman's card.
pay(K, "test", "2026-10-23 15:05",
    payee("吐尔逊·沙吾提", acct("kq-coop-chair", "622848", 19), "中国农业银行尉犁县支行", "personal",
          "V-KQ01", tel("kq-coop", "0996")),
    980000, "货款", "籽棉收购款（140吨，7.00元/公斤）",
    instr("im", "塔里木河合作社 会计 热孜万古丽", wxid("kq-coop-fake"),
          "李经理，合作社的对公户被信用社冻结了，说是年审资料没交齐，这两天解不了。收购点上还有二百多户农民等着拿籽棉钱，"
          "这批140吨的款先打到我们理事长吐尔逊·沙吾提的个人卡上，他直接给农户发。账户信息发你了，合作社盖章的说明下午补给你。",
          urgent=True),
    "E3104", [KQ_FM, KQ_GM], related=(None, "KQ-SG-2026-01", None), changed_at="2026-10-23 10:30",
    label="scam", scam_type="account_change", expect="block",
    signals=["account_changed_recent", "personal_account", "payee_name_mismatch", "im_instruction",
             "new_contact", "account_change_words", "first_time_payee", "urgency"],
    note="A WeChat message said to come from the cooperative's accountant claims its corporate account is frozen and gets the vendor master switched that morning to the chairman's personal card for a 980k payment.")

# Boss impersonation in a QQ group created that day: balance probe, deposit, no approval.
pay(K, "test", "2026-10-26 12:55",
    payee("新疆金棉联创商贸有限公司", acct("kq-boss-payee", "3002", 19), "中国工商银行乌鲁木齐新华南路支行"),
    380000, "保证金", "棉花收购资格保证金",
    instr("im", "艾尔肯·吐尔逊", "QQ群：孔雀河棉业管理层（10月26日新建）", "\n".join([
        "艾尔肯·吐尔逊：@古丽娜尔 我在乌鲁木齐开自治区棉花工作会，电话不方便接，有事群里说。",
        "艾尔肯·吐尔逊：农行基本户和建行一般户现在一共能动用多少？截个图发群里。",
        "古丽娜尔·买买提：艾总，农行可用312万，建行45万，截图已发。",
        "艾尔肯·吐尔逊：会上定了明年收购资格要交保证金，先给新疆金棉联创商贸有限公司转38万，账号我发你。审批单我回去补签，这事先别在公司里说。"]),
        urgent=True),
    "E3103", [],
    label="scam", scam_type="boss_impersonation", expect="block",
    signals=["im_instruction", "new_contact", "cannot_call", "balance_probe", "boss_role", "deposit_words",
             "bypass_process", "secrecy_words", "first_time_payee", "no_approval", "urgency"],
    note="In a QQ group opened that day the fake GM, 'at a meeting in Urumqi', has the cashier post both bank balances and then orders a 380k 'purchasing-licence deposit' to an unknown trading firm, sign-off later and kept quiet.")

# Routine lint order from the Aksu mill.
order(K, "test", "2026-10-26 12:20", kq_c1, [item("皮棉（3128B，2026/27年度新棉）", 200, "吨", 15600)],
      "email", KQ_C1_ADDR, "2026-10-30", "款到发货", "款已汇，公检证书随货。",
      note="Routine: Prepaid lint order from the established Aksu textile mill.")

# Structural only: late-night transfers by the cashier, no approver, escalating (task-rebate trap).
pay(K, "test", "2026-10-27 23:48",
    payee("陈小军", acct("kq-task-1", "622202", 19), "中国工商银行南宁分行", "personal"),
    3000, "往来款", "往来款", "金蝶付款单：往来款", "E3103", [],
    label="scam", scam_type="task_rebate", expect="flag",
    signals=["off_hours", "no_approval", "personal_account", "first_time_payee", "vague_memo", "unusual_bank_region"],
    note="Structural only: at 23:48 the cashier keys a 3,000 'current account' transfer to a stranger's card in Guangxi with no approver.")
pay(K, "test", "2026-10-28 02:13",
    payee("刘婷婷", acct("kq-task-2", "621700", 19), "中国建设银行重庆分行", "personal"),
    18800, "往来款", "往来款", "金蝶付款单：往来款", "E3103", [],
    label="scam", scam_type="task_rebate", expect="flag",
    signals=["off_hours", "no_approval", "personal_account", "first_time_payee", "vague_memo", "unusual_bank_region"],
    note="Structural only: at 02:13 the same cashier sends 18,800, six times the first amount, to a second stranger's card, again with no approver, the escalating shape of a rebate-task trap.")

# Hard negative: account change verified by call-back to the number on file, first payment to it.
pay(K, "test", "2026-10-29 12:15", kq_parts_new, 44800, "货款", "轧花机配件款（锯片、毛刷）",
    "金蝶付款单：轧花机配件款｜金棉机械｜合同KQ-CG-2026-11。附：金棉机械10月16日盖章《银行账户变更函》"
    "（原农行阿克苏分行账户因网点撤并销户），周丽华10月20日按供应商档案电话回拨其财务负责人核实，"
    "新账户户名与营业执照一致，已先付1元测试款并经对方确认。",
    "E3104", [KQ_FM], related=(None, "KQ-CG-2026-11", invoice("kq-t-parts")),
    changed_at="2026-10-20 11:40",
    verification=verified(tel("kq-parts", "0997"), KQ_FM, "2026-10-20 12:05"),
    signals=["account_changed_recent", "account_change_words", "first_time_payee"],
    note="Hard negative: First payment to the parts maker's new account after a stamped change letter, a call-back on the number on file and a one-yuan test payment.")

# Structural only: a new worker's wages keyed to the card that received another worker's wages.
pay(K, "test", "2026-10-30 18:30",
    payee("阿不都热西提·卡德尔", kq_w1_card, "中国建设银行库尔勒分行", "personal", "J-2047"),
    6300, "工资", "10月下旬轧花车间季节工工资（阿不都热西提·卡德尔，出勤14天）",
    "金蝶付款单：季节工工资｜考勤表KQ-RS-1030已审核（阿不都热西提·卡德尔）", "E3106", [KQ_FM],
    label="scam", scam_type="fake_salary", expect="block",
    signals=["payee_shared_by_employees"],
    note="Structural only: a new seasonal worker's wages are keyed to the very card number that received another worker's wages in September.")

# Hard negative: pledge-supervision fee to the known warehouse (the word 监管 in a normal bill).
pay(K, "test", "2026-10-30 11:20", kq_store, 36500, "监管费", "10月仓单质押监管费（建行质押皮棉1,200吨）",
    "金蝶付款单：建行库尔勒分行仓单质押贷款项下，银星仓储作为第三方监管方，按三方《仓单质押监管协议》JH-2026-031收取10月监管费",
    "E3103", [KQ_FM], related=(None, "JH-2026-031", invoice("kq-t-store")),
    signals=["safe_account_words"],
    note="Hard negative: Monthly collateral-supervision fee to the known cotton warehouse under a three-party pledge agreement with the bank.")

# Hard negative: weekend evening payment in peak harvest, fully approved.
pay(K, "test", "2026-11-01 20:40", kq_coop, 1190000, "货款", "籽棉收购款（170吨，7.00元/公斤）",
    instr("erp", "李建新", None,
          "【加急】金蝶付款单：籽棉收购款｜塔里木河合作社｜合同KQ-SG-2026-01｜收购高峰期周末加班付款，艾尔肯总经理已在系统审批",
          urgent=True),
    "E3104", [KQ_FM, KQ_GM], related=(None, "KQ-SG-2026-01", None),
    signals=["off_hours", "urgency"],
    note="Hard negative: Sunday-evening seed-cotton payment to the regular cooperative at the harvest peak, marked urgent and approved by both managers.")

# Look-alike of the known Aksu customer (坊 for 纺), credit terms, far warehouse.
order(K, "test", "2026-11-02 11:30",
      customer("阿克苏华坊纺织有限公司", uscc("kq-fake-c1", "91", "652901"), "钱主任", mobile("kq-fake-c1", "188"),
               "huafang_cgb@163.com", wxid("kq-fake-c1"), None),
      [item(LINT, 300, "吨", 15900)], "email", "霍尔果斯市亚欧国际物流园某中转库", "2026-11-06", "货到60天电汇",
      "我司为华纺新设采购公司，今后皮棉统一由我司采购。本批发霍尔果斯中转库转口，价格按15900元/吨不压价，请尽快安排发货。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
               "free_mail", "contact_mismatch"],
      note="A company whose name differs from the established Aksu mill by one character (坊 for 纺) orders 300 t above market price on 60-day credit, from free mail, for a Horgos transit warehouse.")

# Established customer, but contact, e-mail, delivery address and terms all differ.
order(K, "test", "2026-11-03 12:40",
      customer("库尔勒银河纺织有限公司", kq_c2["credit_code"], "钱峰", mobile("kq-fake-c2", "157"),
               "yinhe_fangzhi@126.com", None, "C-KQ02"),
      [item(LINT, 260, "吨", 15650)], "email", "乌鲁木齐市米东区某物流园仓库", "2026-11-05", "月结90天",
      "赵敏已调岗，以后由我对接。本批是给乌鲁木齐新厂备的棉，直接发米东库，账期按集团新规定90天。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["contact_mismatch", "free_mail", "far_delivery", "credit_terms_requested", "large_vs_usual"],
      note="An order in an established spinning mill's name comes from an unknown contact on free mail, three times the usual size, for a Urumqi warehouse instead of the mill, and stretches terms from 30 to 90 days.")

# A 'military logistics office' orders linters and wants us to buy quilts from its shop.
order(K, "test", "2026-11-04 12:10",
      customer("某部队后勤保障处", None, "刘助理", mobile("kq-army", "147"), None, wxid("kq-army"), None),
      [item("棉短绒（一道绒）", 30, "吨", 5200)], "phone", "库尔勒市某营区", "2026-11-10", "验收后对公结算",
      "部队冬季被服厂用棉短绒30吨。另外营里急需军用棉被200床，我们有固定合作的和静县暖冬被服店，麻烦你们帮着采购一下，"
      "跟棉短绒一起送，钱一起结。采购清单盖了后勤专用章，发你微信。",
      third_party=third("和静县暖冬被服店", mobile("kq-army-shop", "188"), "designated_supplier", 46000),
      label="scam", scam_type="fake_order", expect="flag",
      signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
      note="A caller from a 'military logistics office' orders cotton linters and asks us to buy 200 army quilts from the one shop it names and deliver them with the order.", key="kq_army")

# Sales asks to pay that shop first; the 'army' payment is only a receipt picture.
pay(K, "test", "2026-11-05 16:45",
    payee("和静县暖冬被服店", acct("kq-army-shop", "622202", 19), "中国工商银行和静县支行", "personal"),
    46000, "代采购", "代购军用棉被200床（部队棉短绒订单）",
    instr("im", "刘助理", wxid("kq-army"),
          "王经理，我们的款已经走完审批了，对公转账要两个工作日，回单先发你看。被服店那边今天不打款不给发货，"
          "麻烦你们先把4.6万转过去，到时候跟棉短绒一起结。", urgent=True),
    "E3105", [KQ_FM], related=("{ref:kq_army}", None, None),
    label="scam", scam_type="fake_order", expect="block",
    signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
             "fake_payment_proof", "im_instruction", "urgency"],
    note="Sales asks to advance 46k to the quilt shop the 'army' named before any of the army's money has arrived, on the strength of a receipt picture.")

# Hard negative: sister company of the Aksu customer, near-identical name, already supplied.
order(K, "test", "2026-11-06 11:20", customer(**KQ_C4, customer_id="C-KQ04"), [item(LINT, 80, "吨", 15650)],
      "email", "阿克苏市纺织工业城华纺纱业二厂", "2026-11-11", "款到发货", "第二批，款已汇。",
      signals=["lookalike_company"],
      note="Hard negative: Prepaid order from the yarn mill that shares a group and a near-identical name with the Aksu textile mill and was already supplied in September.")

# Fake economic-crime police: 'supervised account' for fund verification.
pay(K, "test", "2026-11-09 11:40",
    payee("新疆涉案资金监管中心", acct("kq-police", "3002", 19), "中国工商银行乌鲁木齐分行"),
    260000, "资金核查", "涉案资金核查（核查后原路退回）",
    instr("phone", "自称巴州公安局经侦支队 马警官", tel("kq-fake-police", "0996"),
          "对方来电称：你公司农行基本户涉嫌接收棉花目标价格补贴骗取案赃款，已被列入冻结名单；为证明清白，"
          "须在今天17点前将账户资金26万元转入公安机关指定的监管账户做资金核查，核查无误原路退回；此案涉密，"
          "已签保密协议，不得告诉公司其他人。", urgent=True),
    "E3103", [],
    label="scam", scam_type="authority_impersonation", expect="block",
    signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
             "no_approval", "urgency"],
    note="A caller posing as the prefecture's economic-crime police says the account received laundered subsidy money and has the cashier move 260k to a 'supervised account' for verification, in secret.")

# Routine cottonseed order.
order(K, "test", "2026-11-10 12:30", kq_c3, [item("棉籽（毛籽）", 400, "吨", 2280)],
      "phone", KQ_C3_ADDR, "2026-11-14", "款到发货", "款已到账，自提。",
      note="Routine: Cottonseed order from the established oil mill, prepaid.")

# Routine wages to the worker's own card.
pay(K, "test", "2026-11-11 16:40", kq_w1, 7100, "工资", "11月上旬轧花车间季节工工资（买买提江·阿布都拉，出勤16天）",
    "金蝶付款单：季节工工资｜考勤表KQ-RS-1110已审核（买买提江·阿布都拉）", "E3106", [KQ_FM],
    note="Routine: A seasonal gin worker's wages paid to his own card, as every time.")

# Fake fibre-inspection penalty by SMS in traditional characters, to a personal account.
pay(K, "test", "2026-11-12 12:50",
    payee("马建平", acct("kq-fine", "621700", 19), "中国建设银行乌鲁木齐分行", "personal"),
    12000, "罚款", "棉花质量公检异常罚款及复检费",
    instr("sms", "自称自治区纤维检验局 稽查科", mobile("kq-fine", "147"),
          "【纖檢稽查】貴公司10月加工皮棉公檢數據異常，涉嫌摻雜使假，依據《棉花質量監督管理條例》擬處罰款。"
          "現可簡易程序處理：今日內將罰款及複檢費共12000元轉至經辦人馬建平賬戶，逾期將暫停加工資格認定。", urgent=True),
    "E3103", [KQ_FM],
    label="scam", scam_type="authority_impersonation", expect="flag",
    signals=["authority_words", "personal_account", "first_time_payee", "evasion_traditional", "urgency"],
    note="An SMS in traditional characters from a fake fibre-inspection bureau demands a 12k 'fine and re-test fee' today to an officer's personal account or the gin loses its licence.")

# Hard negative: established customer's contact changes, announced by letter and confirmed on file number.
order(K, "test", "2026-11-13 15:20",
      customer("库尔勒银河纺织有限公司", kq_c2["credit_code"], "王立新", kq_c2["phone"], "wanglx@yinhetex.cn", None,
               "C-KQ02"),
      [item(LINT, 85, "吨", 15650)], "email", KQ_C2_ADDR, "2026-11-17", "月结30天",
      "赵敏调任生产部，采购改由王立新负责。贵司已收到我司11月10日盖章的《业务联系人变更函》，销售王海涛已按档案座机回电确认。",
      signals=["contact_mismatch"],
      note="Hard negative: The local spinning mill's new buyer orders the usual quantity to the usual address on the usual terms, after a stamped change-of-contact letter confirmed on the landline on file.")

# Structural only: an already-paid invoice number re-presented under a look-alike supplier name.
pay(K, "test", "2026-11-16 11:35",
    payee("巴州瑞丰包装材料有限责任公司", acct("kq-pack-fake", "88", 18), "巴音郭楞农村商业银行库尔勒分行"),
    62400, "货款", "棉包包装袋款（2,400条）",
    f"金蝶付款单：棉包包装袋款（2,400条）｜瑞丰包装｜合同KQ-CG-2026-07｜发票{invoice('kq-pack-2')}（电子发票由邮件转来）",
    "E3104", [KQ_FM], related=(None, "KQ-CG-2026-07", invoice("kq-pack-2")),
    label="scam", scam_type="fake_invoice", expect="block",
    signals=["duplicate_invoice", "first_time_payee", "payee_name_mismatch"],
    note="Structural only: an invoice number already paid on 9 October comes back by e-mail with the same amount, payable to a supplier name with an extra 有限责任 and an account never used before.")

# Hard negative: group treasury transfer to the sister gin already seen in history.
pay(K, "test", "2026-11-17 11:05", kq_sister, 800000, "资金调拨", "集团内部资金调拨（尉犁厂收购备付金）",
    "金蝶付款单：集团资金调拨｜尉犁孔雀河棉业｜依据集团资金管理办法及总经理办公会纪要2026-23",
    "E3103", [KQ_FM, KQ_GM],
    signals=["vague_memo", "large_vs_usual"],
    note="Hard negative: Group treasury transfer to the sister gin in Yuli, larger than in September, under the group's fund-management rules.")

# Loan broker: 'capital verification' money to a staff member's personal card.
pay(K, "test", "2026-11-18 16:10",
    payee("郭海峰", acct("kq-loan", "622202", 19), "中国工商银行郑州分行", "personal"),
    48000, "保证金", "贷款验资保证金（验资后退回）",
    instr("im", "惠农通金融服务 郭经理", wxid("kq-loan"),
          "周经理您好，贵司申请的300万籽棉收购流动贷款已过初审，放款前银行要求验.资，需把贷款额的1.6%即4.8万元"
          "转到我们风控专员郭海峰个人账户做资金冻结，验.资完成当天连同贷款一起退回。今天能转的话明天上午就能放款。",
          urgent=True),
    "E3103", [KQ_FM],
    label="scam", scam_type="advance_fee", expect="block",
    signals=["loan_fee_words", "deposit_words", "personal_account", "first_time_payee", "im_instruction",
             "evasion_symbols", "urgency"],
    note="A loan broker on WeChat says a 3m seed-cotton loan is approved but needs 48k of 'capital verification' money paid first to its risk officer's personal card, with 验资 broken up by dots.")

# Hard negative: bank-acceptance margin into the company's own margin account.
pay(K, "test", "2026-11-19 12:15",
    payee("库尔勒孔雀河棉业有限公司", acct("kq-margin", "3082", 17), "中国农业银行库尔勒经济技术开发区支行"),
    300000, "保证金", "银行承兑汇票保证金（开票100万元，保证金比例30%）",
    "金蝶付款单：农行库尔勒经开区支行银行承兑汇票保证金，存入我司在该行开立的保证金专户（户名：库尔勒孔雀河棉业有限公司），"
    "对应承兑协议NH-CD-2026-115，汇票用于支付塔里木河合作社籽棉款",
    "E3103", [KQ_FM, KQ_GM], related=(None, "NH-CD-2026-115", None),
    signals=["deposit_words", "first_time_payee"],
    note="Hard negative: Bank-acceptance margin moved into the company's own margin account at its own bank.")

# A two-month-old consultancy sells an 'inside' reserve-cotton quota for a finder's fee and deposit.
pay(K, "test", "2026-11-20 12:25",
    payee("北京中棉汇通咨询有限公司", acct("kq-quota", "0200", 19), "中国工商银行北京海淀支行"),
    80000, "服务费", "储备棉轮入指标居间服务费及履约保证金",
    "金蝶付款单：北京中棉汇通咨询称与储备棉管理部门内部有关系，可为我司争取今年储备棉轮入承储指标（一次性5000吨），"
    "须先付居间服务费5万元及指标履约保证金3万元；该公司2026年8月注册，注册资本10万元，未签正式合同，仅有对方盖章的《合作意向函》。",
    "E3107", [KQ_FM],
    label="scam", scam_type="contract_fraud", expect="flag",
    signals=["middleman_fee", "bigproject_words", "deposit_words", "first_time_payee", "shell_company",
             "unusual_bank_region", "no_po_contract"],
    note="A Beijing consultancy registered in August, claiming inside connections, wants an 80k finder's fee and deposit before any contract for a state reserve-cotton quota.")

# Account lending dressed as a cottonseed order.
order(K, "test", "2026-11-23 11:50",
      customer("库车市鑫疆棉籽贸易商行", uscc("kq-lend", "92", "652923"), "艾山江", mobile("kq-lend", "157"), None,
               wxid("kq-lend"), None),
      [item("棉籽（毛籽）", 50, "吨", 2350)], "im", "库车市东城物流园", "2026-11-26", "款到发货",
      "我下游油厂付款有限制，只能付给有棉籽加工资质的厂家。我让他们把80万打到你们公司账上，你们扣下棉籽款11.75万，"
      "剩下68.25万帮我转给霍城聚丰，走一下账，另外给你们5000块辛苦费。",
      third_party=third("霍城县聚丰农产品贸易有限公司", mobile("kq-lend-2", "188"), "pass_through_payee", 682500),
      label="scam", scam_type="account_lending", expect="block",
      signals=["account_lending_words", "new_customer", "third_party_payer", "contact_im_only"],
      note="A new cottonseed trader wants his buyer's 800k paid into our account so we keep 117.5k for the seed and forward the rest to a third company for a 5,000 'tip'.")

# Hard negative: seasonal worker's new card registered in person at HR.
pay(K, "test", "2026-11-24 18:20",
    payee("吐尔洪·司马义", acct("kq-w2-new", "622202", 19), "中国工商银行库尔勒分行", "personal", "J-2032"),
    6900, "工资", "11月中旬轧花车间季节工工资（吐尔洪·司马义，出勤16天）",
    "金蝶付款单：季节工工资｜考勤表KQ-RS-1120已审核｜工资卡变更：本人11月19日持身份证及新卡原件到人事部现场办理，人事系统已更新，迪丽拜尔经办",
    "E3106", [KQ_FM],
    signals=["payroll_change", "first_time_payee", "personal_account"],
    note="Hard negative: A seasonal worker's wages go to his own new card, which he registered in person at HR with his ID.")

# Overpayment screenshot, refund to a cousin's card.
order(K, "test", "2026-11-25 17:20",
      customer("轮台县阿依丁油坊", uscc("kq-refund", "92", "652822"), "阿依丁", mobile("kq-refund", "147"), None,
               wxid("kq-refund"), None),
      [item("棉籽（毛籽）", 20, "吨", 2380)], "im", "轮台县轮南镇阿依丁油坊", "2026-11-26", "款到发货",
      "转账截图发你了，会计手快多转了３万，一共７７６００。多出来的３万退到我表妹帕提古丽的卡上就行，我这边急着用钱，棉籽明天来拉。",
      third_party=third("帕提古丽·艾买提（个人）", mobile("kq-refund-2", "157"), "refund_recipient", 30000),
      label="scam", scam_type="overpayment_refund", expect="block",
      signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "evasion_fullwidth"],
      note="A new oil-press owner sends a transfer screenshot 30k over a small cottonseed order and asks for the excess to go to his cousin's card, amounts typed in full-width digits.")

# Hard negative: exchange-platform sale settled through the exchange's supervised account.
order(K, "test", "2026-11-26 12:05",
      customer("奎屯天棉纺织有限公司", uscc("kq-exch", "91", "654003"), "刘卫国", tel("kq-exch", "0992"),
               "liuwg@tianmiantex.com", None, None),
      [item(LINT, 500, "吨", 15700)], "other", "奎屯市天北新区天棉纺织厂", "2026-12-10",
      "交易市场资金监管结算（买方货款已全额存入交易市场结算账户）",
      "全国棉花交易市场挂牌竞买成交（成交单号MH-2611-20418），买方货款由交易市场监管账户划付，公检证书及仓单随货。",
      signals=["new_customer", "large_first_order", "safe_account_words"],
      note="Hard negative: A large first sale to a Kuitun mill made on the national cotton exchange, whose buyer funds sit in the exchange's supervised settlement account.")

# Hard negative: court enforcement money to the court's own account.
pay(K, "test", "2026-11-27 11:30",
    payee("库尔勒市人民法院", acct("kq-court", "3008", 19), "中国工商银行库尔勒分行", phone=tel("kq-court", "0996")),
    128600, "执行款", "运费纠纷案执行款",
    "金蝶付款单：与某运输公司运费纠纷案，按库尔勒市人民法院执行通知书向法院执行款专户缴纳执行款，账户信息经法务在法院立案庭窗口核对",
    "E3103", [KQ_FM, KQ_GM],
    signals=["authority_words", "first_time_payee"],
    note="Hard negative: Judgment money paid to the Korla court's own enforcement account, checked at the court counter.")

# Hard negative: duplicate payment by a customer refunded to the account it came from.
pay(K, "test", "2026-11-30 11:45",
    payee("新疆天河油脂有限公司", acct("kq-c3-bank", "3082", 17), "中国农业银行库尔勒分行", phone=kq_c3["phone"]),
    23500, "退款", "原路退回天河油脂11月重复付款",
    "金蝶付款单：天河油脂11月10日棉籽货款重复支付（农行回单1110-0365与1110-0371均已入账），经对方财务马福林盖章确认，原路退回其付款账户",
    "E3103", [KQ_FM],
    signals=["refund_words", "overpayment", "first_time_payee"],
    note="Hard negative: A cleared duplicate payment from the oil mill goes back to the same account it came from.")

# Hard negative: university lab buys through the government e-mall, paid after acceptance.
order(K, "test", "2026-12-02 11:15",
      customer("新疆农业大学棉花工程研究中心", uscc("kq-univ", "12", "650000"), "陶老师", tel("kq-univ", "0991"),
               "cotton-lab@xjnydx.edu.cn", None, None),
      [item(LINT, 20, "吨", 15700)], "other", "乌鲁木齐市沙依巴克区农大东路棉花工程研究中心纺纱实验室", "2026-12-15",
      "验收后由学校财务对公支付",
      "政府采购云平台电子卖场成交（订单号ZCY-2026-65-118237），合同已在平台签章，验收后由学校财务处对公支付至贵司基本户。",
      signals=["institution_claim", "new_customer", "credit_terms_requested"],
      note="Hard negative: A university research centre buys 20 t for spinning trials through the government procurement e-mall, paying after acceptance.")

# Hard negative: known customer's new warehouse, announced with a supplementary agreement.
order(K, "test", "2026-12-03 12:40", kq_c1, [item("皮棉（3128B，2026/27年度新棉）", 180, "吨", 15650)],
      "email", "阿瓦提县丰收工业园华纺纺织新建棉库", "2026-12-08", "款到发货",
      "按双方10月28日签订的补充协议（HT-HF-2026-09-B1），我司阿瓦提新建棉库11月起投入使用，本批及以后皮棉发往新库；货款已汇。",
      signals=["far_delivery"],
      note="Hard negative: The Aksu mill ships to its new Awat warehouse, announced in a signed supplementary agreement, from the usual contact and prepaid.")

# Hard negative: a payment screenshot, but the money has already been seen in the bank.
order(K, "test", "2026-12-04 11:20",
      customer("石河子天宇浆纸有限公司", uscc("kq-pulp", "91", "659001"), "徐工", tel("kq-pulp", "0993"),
               "xu@tianyupulp.cn", None, None),
      [item("棉短绒（二道绒）", 60, "吨", 5100)], "email", "石河子经济技术开发区天宇浆纸厂", "2026-12-09", "款到发货",
      "付款回单截图已邮件发送；贵司出纳古丽娜尔已于12月3日在农行网银查询到306,000元到账（付款户名与我司一致）。",
      signals=["new_customer", "fake_payment_proof"],
      note="Hard negative: A new pulp mill sends a receipt screenshot, but the cashier has already seen the full amount arrive from the buyer's own account.")

# ======================================================================================
# danhong — 昌吉丹红番茄制品有限公司 (tomato paste, Changji)
# Approval: below 50,000 the finance manager E5202 approves; from 50,000 also the GM E5201.
# ======================================================================================
D = "danhong"
DH_FM, DH_GM = "E5202", "E5201"

dh_coop = payee("呼图壁县红果番茄种植专业合作社", acct("dh-coop", "3094", 17), "中国农业银行呼图壁县支行",
                vendor_id="V-DH01", phone=tel("dh-coop", "0994"))
dh_bag = payee("乌鲁木齐洁诺无菌包装材料有限公司", acct("dh-bag", "10", 18), "中国银行乌鲁木齐分行",
               vendor_id="V-DH02", phone=tel("dh-bag", "0991"))
dh_drum = payee("昌吉市宏运钢桶制造有限公司", acct("dh-drum", "6505", 19), "中国建设银行昌吉分行",
                vendor_id="V-DH03", phone=tel("dh-drum", "0994"))
dh_steam = payee("昌吉高新区热力有限公司", acct("dh-steam", "3004", 19), "中国工商银行昌吉分行",
                 vendor_id="V-DH04", phone=tel("dh-steam", "0994"))
dh_lab = payee("新疆食安检测技术有限公司", acct("dh-lab", "80", 18), "乌鲁木齐银行高新区支行",
               vendor_id="V-DH06", phone=tel("dh-lab", "0991"))
dh_host = payee("乌鲁木齐云联网络科技有限公司", acct("dh-host", "3002", 19), "中国工商银行乌鲁木齐分行",
                vendor_id="V-DH07", phone=tel("dh-host", "0991"))
dh_labour = payee("昌吉市众力劳务服务有限公司", acct("dh-labour", "88", 18), "昌吉农村商业银行",
                  vendor_id="V-DH08", phone=tel("dh-labour", "0994"))
dh_payroll = payee("中国工商银行昌吉分行（代发工资专户）", acct("dh-payroll", "3004", 19), "中国工商银行昌吉分行",
                   vendor_id="PAY-01")

dh_c1 = customer("新疆味美食品有限公司", uscc("dh-c1", "91", "650106"), "冯丽", tel("dh-c1", "0991"),
                 "fengli@weimeifood.cn", None, "C-DH01")
dh_c2 = customer("乌鲁木齐中亚果蔬进出口有限公司", uscc("dh-c2", "91", "650102"), "阿斯哈尔·努尔兰", tel("dh-c2", "0991"),
                 "ashar@zyguoshu.com", None, "C-DH02")
dh_c3 = customer("石河子红川调味品有限公司", uscc("dh-c3", "91", "659001"), "曹建华", tel("dh-c3", "0993"),
                 "caojh@hongchuan-food.cn", None, "C-DH03")
DH_SMALL = dict(name="奎屯市鑫味源调味品商行", credit_code=uscc("dh-small", "92", "654003"), contact_name="陈老板",
                phone=mobile("dh-small", "188"), email=None, im_id=wxid("dh-small"))
DH_C1_ADDR = "乌鲁木齐市头屯河区工业园味美食品厂"
DH_C2_ADDR = "霍尔果斯口岸中亚果蔬出口监管仓"
DH_C3_ADDR = "石河子经济技术开发区红川调味品厂"
PASTE_COLD = "番茄酱（28-30%冷破，220L无菌大袋装）"
PASTE_HOT = "番茄酱（36-38%热破，220L无菌大袋装）"
PASTE_SMALL = "番茄酱（198g×48罐/箱）"

# ---------------- danhong history ----------------

pay(D, "history", "2026-07-01 11:20", dh_steam, 128500, "蒸汽费", "6月生产用蒸汽费",
    f"用友NC付款申请单：6月蒸汽费｜高新区热力｜合同DH-NY-2026-02｜发票{invoice('dh-h-steam')}",
    "E5203", [DH_FM, DH_GM], related=(None, "DH-NY-2026-02", invoice("dh-h-steam")),
    note="Monthly steam bill from the park's heat supplier.")

pay(D, "history", "2026-07-02 15:40", dh_bag, 96000, "货款", "无菌大袋款（6月）",
    f"用友NC付款申请单：无菌大袋款｜洁诺包装｜合同DH-CG-2026-03｜发票{invoice('dh-bag-1')}",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-03", invoice("dh-bag-1")),
    note="Aseptic bags from the regular Urumqi supplier.")

order(D, "history", "2026-07-03 12:10", dh_c1, [item(PASTE_COLD, 80, "吨", 6900)],
      "erp", DH_C1_ADDR, "2026-07-08", "月结30天", "7月生产计划",
      note="Monthly paste order from the established Urumqi ketchup maker.")

pay(D, "history", "2026-07-06 16:20", dh_drum, 148000, "货款", "220L开口钢桶款",
    f"用友NC付款申请单：钢桶款｜宏运钢桶｜合同DH-CG-2026-05｜发票{invoice('dh-drum-1')}",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-05", invoice("dh-drum-1")),
    note="Steel drums from the regular Changji drum maker.")

order(D, "history", "2026-07-07 11:35", dh_c2, [item(PASTE_COLD, 300, "吨", 6650)],
      "email", DH_C2_ADDR, "2026-07-15", "款到发货", "出口哈萨克斯坦阿拉木图，霍尔果斯口岸报关，预付款已到账。",
      note="Export paste order from the established Urumqi exporter, prepaid.")

pay(D, "history", "2026-07-09 12:45", dh_labour, 182000, "劳务费", "7月上旬季节工劳务派遣费（136人，含工资及管理费）",
    f"用友NC付款申请单：众力劳务7月上旬派遣费｜劳务派遣合同DH-LW-2026-01｜考勤及工资表经车间、人事双签｜发票{invoice('dh-h-labour')}",
    "E5206", [DH_FM, DH_GM], related=(None, "DH-LW-2026-01", invoice("dh-h-labour")),
    note="Labour-dispatch fee for the seasonal workers supplied by the agency.")

order(D, "history", "2026-07-14 17:10", dh_c3, [item(PASTE_HOT, 40, "吨", 7200)],
      "erp", DH_C3_ADDR, "2026-07-18", "月结30天", "7月采购计划",
      note="Paste order from the established Shihezi condiment maker.")

pay(D, "history", "2026-07-15 13:25", dh_coop, 420000, "货款", "原料番茄款（1,050吨，400元/吨）",
    "用友NC付款申请单：原料番茄款｜红果合作社｜合同DH-YL-2026-01｜过磅汇总0708-0714",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-YL-2026-01", None),
    note="First raw-tomato payment of the season to the growers' cooperative.")

pay(D, "history", "2026-07-17 11:10", dh_lab, 9800, "检测费", "出口批次农残及霉菌检测费",
    f"用友NC付款申请单：检测费｜食安检测｜合同DH-FW-2026-04｜发票{invoice('dh-h-lab')}",
    "E5208", [DH_FM], related=(None, "DH-FW-2026-04", invoice("dh-h-lab")),
    note="Export-batch lab tests from the regular testing company.")

# A new shop's first, tiny order, paid by a friend's company (the 'small' of small-then-large).
order(D, "history", "2026-07-20 16:35", customer(**DH_SMALL, customer_id=None), [item(PASTE_COLD, 2, "吨", 7300)],
      "im", "奎屯市团结路鑫味源调味品商行门店", "2026-07-23", "款到发货",
      "货款由朋友的公司（奎屯市宏达商贸）代付，已到账。",
      note="A new condiment shop's first two-tonne order, paid by a friend's company.")

pay(D, "history", "2026-07-22 12:20", dh_bag, 112800, "货款", "无菌大袋款（7月）",
    f"用友NC付款申请单：无菌大袋款｜洁诺包装｜合同DH-CG-2026-03｜发票{invoice('dh-bag-2')}",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-03", invoice("dh-bag-2")),
    note="Aseptic bags from the regular Urumqi supplier.")

# Drums; this invoice number is handed in again in the test phase.
pay(D, "history", "2026-07-24 15:10", dh_drum, 136000, "货款", "220L开口钢桶款",
    f"用友NC付款申请单：钢桶款｜宏运钢桶｜合同DH-CG-2026-05｜发票{invoice('dh-drum-2')}",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-05", invoice("dh-drum-2")),
    note="Steel drums from the regular Changji drum maker.")

pay(D, "history", "2026-07-28 12:35", dh_coop, 560000, "货款", "原料番茄款（1,400吨，400元/吨）",
    "用友NC付款申请单：原料番茄款｜红果合作社｜合同DH-YL-2026-01｜过磅汇总0715-0727",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-YL-2026-01", None),
    note="Raw-tomato payment to the growers' cooperative.")

order(D, "history", "2026-07-31 11:50", dh_c1, [item(PASTE_COLD, 100, "吨", 6900)],
      "erp", DH_C1_ADDR, "2026-08-05", "月结30天", "8月生产计划",
      note="Monthly paste order from the established Urumqi ketchup maker.")

pay(D, "history", "2026-08-05 18:30", dh_payroll, 612400, "工资", "7月工资代发（126人）",
    "用友NC付款申请单：7月工资代发（126人），工资表经人事、财务审核", "E5206", [DH_FM, DH_GM],
    note="Monthly payroll through the bank's payroll account.")

pay(D, "history", "2026-08-06 11:40", dh_host, 6800, "服务费", "云服务器及企业邮箱年费",
    f"用友NC付款申请单：云服务器及企业邮箱年费｜云联网络｜合同DH-IT-2026-01｜发票{invoice('dh-h-host')}",
    "E5203", [DH_FM], related=(None, "DH-IT-2026-01", invoice("dh-h-host")),
    note="Annual server and company-mail fee to the company's hosting provider.")

# ---------------- danhong test ----------------

pay(D, "test", "2026-08-11 12:10", dh_coop, 640000, "货款", "原料番茄款（1,600吨，400元/吨）",
    "用友NC付款申请单：原料番茄款｜红果合作社｜合同DH-YL-2026-01｜过磅汇总0728-0810",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-YL-2026-01", None),
    note="Routine: Raw-tomato payment to the regular growers' cooperative.")

# BEC: look-alike domain, 'annual audit', new account of a 'Shenzhen branch', changed two days ago.
pay(D, "test", "2026-08-12 16:35",
    payee("乌鲁木齐洁诺无菌包装材料有限公司深圳分公司", acct("dh-bag-fake", "7559", 16), "招商银行深圳分行车公庙支行",
          vendor_id="V-DH02", phone=tel("dh-bag", "0991")),
    118000, "货款", "无菌大袋款（8月第一批）",
    instr("email", "洁诺包装 财务部 王静", "wangjing@jienuo-pack.com", "\n".join([
        "丹红番茄财务部：",
        "您好！因我司正在进行年度审计，原中国银行乌鲁木齐账户审计期间暂停收款，自即日起货款请汇入我司深圳分公司账户"
        "（户名：乌鲁木齐洁诺无菌包装材料有限公司深圳分公司，开户行：招商银行深圳分行车公庙支行）。",
        "本次8月第一批无菌袋款118,000元请于本周内安排，原账户请勿再汇。",
        "洁诺包装财务部 王静"])),
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-03", None), changed_at="2026-08-10 17:05",
    label="scam", scam_type="account_change", expect="block",
    signals=["account_changed_recent", "lookalike_domain", "email_instruction", "account_change_words",
             "payee_name_mismatch", "unusual_bank_region", "first_time_payee"],
    note="An e-mail from a hyphenated copy of the bag supplier's domain blames an audit and moves payment to a 'Shenzhen branch' account keyed two days earlier.")

order(D, "test", "2026-08-13 11:25", dh_c1, [item(PASTE_COLD, 90, "吨", 6900)],
      "erp", DH_C1_ADDR, "2026-08-18", "月结30天", "8月追加计划",
      note="Routine: Monthly paste order from the established Urumqi ketchup maker.")

# CEO e-mail from a 0-for-o domain: secret acquisition, good-faith money, don't call.
pay(D, "test", "2026-08-14 17:45",
    payee("上海钧澜企业管理咨询有限公司", acct("dh-ceo", "1001", 19), "中国工商银行上海市静安支行"),
    350000, "定金", "排他性谈判诚意金",
    instr("email", "张卫东", "zhangweidong@danhongtomat0.com", "\n".join([
        "努尔古丽：",
        "公司正在秘密洽谈收购一家意大利番茄酱进口商在国内的代理公司，对方要求今天下班前支付35万元排他性谈判诚意金，"
        "收款方是对方指定的上海钧澜企业管理咨询有限公司。",
        "此事目前只有你我知道，董事会决议下周才出，请不要跟其他同事讨论，也不要打电话问我，我一直在和对方律师开会。付完把回单发这个邮箱。",
        "张卫东"]), urgent=True),
    "E5202", [],
    label="scam", scam_type="boss_impersonation", expect="flag",
    signals=["email_instruction", "lookalike_domain", "secrecy_words", "cannot_call", "boss_role", "deposit_words",
             "first_time_payee", "no_approval", "urgency", "unusual_bank_region"],
    note="An e-mail from the GM's name on a domain with a zero for an o tells the finance manager to wire 350k of 'exclusive-negotiation money' for a secret acquisition today, without telling anyone or calling.")

# 'Hospital' order with a designated supplier for food-warmer boxes.
order(D, "test", "2026-08-17 12:30",
      customer("昌吉州某医院营养膳食科", None, "韩主任", mobile("dh-hosp", "157"), None, wxid("dh-hosp"), None),
      [item(PASTE_SMALL, 2000, "箱", 165)], "phone", "昌吉市某医院后勤仓库", "2026-08-21", "验收后医院财务对公支付",
      "医院食堂和住院部配餐用番茄酱2000箱。另外膳食科要换100个保温餐箱，院里只走康膳这一家的，你们顺带帮忙采购一下，"
      "和番茄酱一起送，发票一起开，钱一起结。采购单盖了医院后勤章，微信发你。",
      third_party=third("乌鲁木齐康膳餐饮设备经销部", mobile("dh-hosp-shop", "147"), "designated_supplier", 58000),
      label="scam", scam_type="fake_order", expect="flag",
      signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only"],
      note="A 'hospital nutrition department' orders canned paste and slips in 100 food-warmer boxes that we should buy from the one dealer it names and invoice together.")

# Hard negative: many workers' pay to one account, but it is the dispatch agency under contract.
pay(D, "test", "2026-08-17 16:10", dh_labour, 196000, "劳务费", "8月上旬季节工劳务派遣费（142人，含工资及管理费）",
    f"用友NC付款申请单：众力劳务8月上旬派遣费｜劳务派遣合同DH-LW-2026-01｜考勤及工资表经车间、人事双签｜发票{invoice('dh-t-labour')}",
    "E5206", [DH_FM, DH_GM], related=(None, "DH-LW-2026-01", invoice("dh-t-labour")),
    signals=["payee_shared_by_employees"],
    note="Hard negative: The pay of 142 seasonal workers goes in one sum to the known labour-dispatch agency under its contract, as in July.")

# 'School' order: designated test-kit dealer, backed only by a 'pending' transfer screenshot.
order(D, "test", "2026-08-18 11:40",
      customer("昌吉市某小学（营养餐办公室）", None, "马老师", mobile("dh-school", "188"), None, wxid("dh-school"), None),
      [item(PASTE_SMALL, 600, "箱", 165)], "im", "昌吉市某小学食堂", "2026-08-20", "学校已对公转账（银行处理中）",
      "学校营养餐用番茄酱600箱，教育局要求配送企业同时配一台食品安全快检仪，只能买优检的。学校财务已经把货款和仪器款一起转给你们了，"
      "截图发你，对公2小时到账，麻烦你们先把仪器款3.68万付给优检，他们收到钱今天就送仪器。",
      third_party=third("昌吉市优检食品检测仪器经销部", mobile("dh-school-shop", "157"), "designated_supplier", 36800),
      label="scam", scam_type="fake_order", expect="block",
      signals=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
               "contact_im_only", "urgency"],
      note="A 'primary school' orders canned paste and wants us to pay 36.8k now to the test-kit dealer it names, citing only a screenshot of a transfer 'arriving in two hours'.")

# Established exporter says it paid into 'our new account' from an e-mail we never sent.
order(D, "test", "2026-08-19 12:15", dh_c2, [item(PASTE_COLD, 200, "吨", 6650)],
      "email", DH_C2_ADDR, "2026-08-26", "款到发货",
      "本批货款1,330,000元已于8月18日按贵司8月14日邮件通知的新账户（建设银行乌鲁木齐河北东路支行）汇出，请尽快安排发货。",
      label="scam", scam_type="account_change", expect="flag",
      signals=["account_change_words", "email_instruction"],
      note="The established exporter's order says it paid into the 'new account' announced in an e-mail of 14 August that we never sent, so the mail between us has been intercepted.")

# Hard negative: performance bond to a long-standing customer under the signed annual contract.
pay(D, "test", "2026-08-20 12:40",
    payee("乌鲁木齐中亚果蔬进出口有限公司", acct("dh-c2-bank", "3002", 19), "中国工商银行乌鲁木齐分行", phone=dh_c2["phone"]),
    99750, "履约保证金", "2026/27年度出口番茄酱供货合同履约保证金（合同金额332.5万元的3%）",
    "用友NC付款申请单：与中亚果蔬签订年度供货合同DH-XS-2026-018（第6.2条约定供方缴纳3%履约保证金，合同期满无质量索赔全额退还），"
    "收款账户为合同首页所列中亚果蔬基本户，韩雪已按客户档案座机核对",
    "E5207", [DH_FM, DH_GM], related=(None, "DH-XS-2026-018", None),
    signals=["deposit_words", "fee_asked_of_seller", "first_time_payee"],
    note="Hard negative: A 3% performance bond paid to the long-standing export customer's own account under a signed annual supply contract.")

# 'Supply-chain finance' wants a risk deposit before a credit line.
pay(D, "test", "2026-08-20 16:50",
    payee("新疆丝路鑫融供应链管理有限公司", acct("dh-scf", "88", 18), "乌鲁木齐农村商业银行"),
    100000, "保证金", "番茄收购季专项授信风险保证金（授信额度500万元的2%）",
    instr("phone", "丝路鑫融 客户经理 贾晓东", mobile("dh-scf", "188"),
          "电话记录（杨帆）：丝路鑫融贾经理来电，称可给我司500万元番茄收购季专项授信，年化6%，免抵押，三个工作日放款；"
          "放款前需先交授信额度2%的风险保证金10万元，放款时一并退还。对方发来《授信确认函》（无银行盖章）。"),
    "E5203", [DH_FM, DH_GM],
    label="scam", scam_type="advance_fee", expect="flag",
    signals=["loan_fee_words", "deposit_words", "first_time_payee", "phone_instruction"],
    note="A 'supply-chain finance' firm offers a 5m unsecured harvest credit line that needs a 100k 'risk deposit' paid before anything is signed with a bank.")

# Fake GM on a 'new WeChat' ('威信'), balance probe, personal card, no approval.
pay(D, "test", "2026-08-21 19:05",
    payee("周海燕", acct("dh-boss", "622848", 19), "中国农业银行广州分行", "personal"),
    176000, "借款", "临时借款",
    instr("im", "张卫东", wxid("dh-boss"), "\n".join([
        "张卫东：努尔古丽，我原来的威信号被封了，这是新号，先别打我电话，在跟检验部门的人吃饭。",
        "张卫东：公司工行基本户现在能用的钱还有多少？",
        "努尔古丽·阿不力孜：张总，工行可用大概240万。",
        "张卫东：好。出口检验那边有点麻烦，需要打点一下，你先转17.6万到这个卡：周海燕，农行广州分行。这个不好走流程，回来我补个借款单。"]),
        urgent=True),
    "E5202", [],
    label="scam", scam_type="boss_impersonation", expect="block",
    signals=["im_instruction", "new_contact", "cannot_call", "balance_probe", "boss_role", "personal_account",
             "first_time_payee", "no_approval", "bypass_process", "evasion_homophone", "urgency"],
    note="The 'GM' on a new 威信 account, unable to talk, asks how much is in the bank and then for 176k to a stranger's card in Guangzhou to 'smooth' an export inspection, paperwork later.")

# A 'central SOE food group purchasing centre': big first order, 90-day terms, bonded-zone warehouse.
order(D, "test", "2026-08-24 11:55",
      customer("中国华粮食品集团西北区域采购中心", None, "钟经理", mobile("dh-soe", "157"), "xbcgzx@hlfoodgroup.cn", None, None),
      [item(PASTE_COLD, 500, "吨", 7050)], "email", "霍尔果斯市综合保税区某物流仓库", "2026-08-28", "货到验收后90天付款",
      "集团年度番茄酱框架采购，西北区由我中心统一采购，首批500吨发霍尔果斯保税区中转，价格按7050元/吨执行，"
      "付款按央企集团统一账期90天，请尽快回签采购订单。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
               "contact_mismatch"],
      note="A 'central state food group's north-west purchasing centre' with no credit code and a mobile contact orders 500 t above market on 90-day terms for a bonded-zone warehouse.")

# Fake 'salary adjustment': six staff's back-pay to an unknown HR company, from free mail.
pay(D, "test", "2026-08-26 12:20",
    payee("新疆薪福通人力资源服务有限公司", acct("dh-salary", "88", 18), "新疆银行乌鲁木齐分行"),
    21600, "工资", "8月一线质检岗调薪补差（6人）",
    instr("email", "人力资源部 刘娟", "hr.danhong@163.com", "\n".join([
        "财务部：",
        "根据公司《关于8月起调整一线质检岗位薪资的通知》，质检组6名员工7—8月调薪补差共21,600元，本次统一由我司合作的薪福通人力资源公司代发，"
        "请将款项汇至其统发账户，明细见附件。请今天办理，员工已在催。",
        "人力资源部 刘娟"]), urgent=True),
    "E5203", [DH_FM],
    label="scam", scam_type="fake_salary", expect="block",
    signals=["payee_not_employee", "payee_shared_by_employees", "email_instruction", "free_mail", "first_time_payee",
             "payroll_change", "urgency"],
    note="A free-mail 'HR' notice about a pay rise sends six lab staff's back-pay in one sum to an HR company that is neither the employees nor the payroll bank.")

# Overpayment: excess to go to the 'buyer's supplier', not back to the buyer.
pay(D, "test", "2026-08-27 15:30",
    payee("王建伟", acct("dh-refund", "621700", 19), "中国建设银行石河子分行", "personal"),
    40000, "退款", "玛纳斯好味来多付货款退款",
    instr("im", "好味来食品 赵总", wxid("dh-refund"),
          "帕尔哈提经理，昨天我们付的货款多打了4万（订单10万，打了14万）。多的4万不用退回我们公司账户了，"
          "直接转给我们番茄原料的供货商王建伟，省得来回倒，卡号发你了。"),
    "E5205", [DH_FM],
    label="scam", scam_type="overpayment_refund", expect="block",
    signals=["refund_to_other_account", "overpayment", "refund_words", "first_time_payee", "personal_account",
             "im_instruction"],
    note="A new sauce maker says it overpaid 40k and asks that the excess go not back to its account but to its grower's personal card.")

# Trade acceptance from an unknown drawer as payment for a large first order.
order(D, "test", "2026-08-28 11:30",
      customer("昌吉市鑫隆食品贸易有限公司", uscc("dh-bill", "91", "652301"), "孙总", mobile("dh-bill", "147"), None,
               wxid("dh-bill"), None),
      [item(PASTE_COLD, 400, "吨", 6950)], "im", "昌吉市榆树沟物流园", "2026-08-31",
      "商业承兑汇票（出票人：河南某置业集团有限公司，期限6个月）",
      "我们付商票，河南大地产集团开的，6个月到期，贵司不想拿也可以找渠道贴现，我帮你介绍。合同今天签，货这周全部发走。",
      label="scam", scam_type="contract_fraud", expect="flag",
      signals=["guarantee_unverified", "fake_payment_proof", "new_customer", "large_first_order", "urgency"],
      note="A new trader wants 400 t shipped this week against a six-month trade acceptance drawn by an unnamed Henan property group, and offers to 'introduce' a discounter.")

# Hard negative: GM instruction on WeChat, but to the known lab, with ERP approval.
pay(D, "test", "2026-08-28 16:20", dh_lab, 12600, "检测费", "出口批次加急检测费",
    instr("im", "张卫东", wxid("dh-gm-real"), "\n".join([
        "张卫东：阿迪拉，发往阿拉木图那批的检测报告今天必须出，跟食安检测说加急，加急费先付了，OA我马上批。",
        "阿迪拉·艾山：好的张总，已在OA提交。"]), urgent=True),
    "E5208", [DH_FM, DH_GM], related=(None, "DH-FW-2026-04", invoice("dh-t-lab")),
    signals=["im_instruction", "boss_role", "urgency"],
    note="Hard negative: The GM asks on WeChat for an urgent lab fee, but the payee is the known testing company and the request went through approval.")

# Fake Chinese-keyword renewal notice.
pay(D, "test", "2026-08-31 12:10",
    payee("北京中网域名信息服务中心", acct("dh-domain", "0200", 19), "中国工商银行北京朝阳支行"),
    4800, "服务费", "“丹红番茄”中文通用网址续费（5年）",
    instr("email", "中网域名审核处", "shenhe@cn-wangzhi.net",
          "丹红番茄负责人：您好！贵司“丹红番茄”中文通用网址及无线网址将于9月5日到期，目前已有第三方公司提交同名注册申请。"
          "依据注册规则，原持有人享有优先续费权，请于到期前缴纳5年续费4,800元，逾期将由申请方注册，贵司品牌将面临被抢注风险。",
          urgent=True),
    "E5203", [DH_FM],
    label="scam", scam_type="fake_invoice", expect="flag",
    signals=["renewal_bill", "email_instruction", "first_time_payee", "no_po_contract", "urgency"],
    note="An unknown 'domain centre' bills a five-year renewal of a Chinese keyword address and warns that another firm will grab the brand if it is not paid.")

# Hard negative: customer-specified bag brand, the bags bought from our own supplier, customer prepaid.
order(D, "test", "2026-08-31 16:40",
      dh_c1, [item(PASTE_COLD, 120, "吨", 6950)], "erp", DH_C1_ADDR, "2026-09-07",
      "款到发货（已到账）",
      "味美食品要求本批灌装使用其合格供方名录内的洁诺无菌袋（我司现有供应商，按我司采购合同正常采购）；货款834,000元已于8月28日到账（工行回单0828-2231）。",
      third_party=third("乌鲁木齐洁诺无菌包装材料有限公司", tel("dh-bag", "0991"), "designated_supplier", 46800),
      signals=["designated_supplier"],
      note="Hard negative: The ketchup maker specifies its approved bag brand, which is already our supplier, and has paid for the order in full.")

# Small-then-large: the shop from July now wants 60 times more on credit.
order(D, "test", "2026-09-01 12:25", customer(**DH_SMALL, customer_id="C-DH07"), [item(PASTE_COLD, 120, "吨", 7300)],
      "im", "奎屯市北京东路某冷库", "2026-09-05", "货到60天付款",
      "上次两吨卖得很好，这次一次拿120吨，老客户了，给60天账期，款分两次结。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["small_then_large", "credit_terms_requested", "third_party_payer", "contact_im_only"],
      note="The shop whose only order was two tonnes paid by a friend's company now wants 120 t on 60-day credit, delivered to a cold store rather than its shop.")

# Fake social-insurance subsidy notice asking the company for a handling fee.
pay(D, "test", "2026-09-02 12:05",
    payee("马晓丽", acct("dh-subsidy", "622202", 19), "中国工商银行昌吉分行", "personal"),
    3600, "服务费", "第三季度社保补贴申领代办费",
    instr("email", "昌吉州社保补贴发放办公室", "sbbt_cj@126.com",
          "关于发放2026年第三季度社保补贴的通知：依据人社部、财政部相关文件，贵单位符合社保补贴发放条件（每人每月补贴300元），"
          "请于48小时内扫描附件二维码登记员工银行卡信息，并由单位缴纳申领代办费3600元至经办人马晓丽账户，逾期视为放弃。"
          "请 勿 声 张，以免影响其他单位申领。", urgent=True),
    "E5206", [DH_FM],
    label="scam", scam_type="fake_salary", expect="flag",
    signals=["subsidy_words", "secrecy_words", "urgency", "personal_account", "first_time_payee", "fee_words",
             "email_instruction", "free_mail", "evasion_spacing"],
    note="A free-mail 'social-insurance subsidy office' wants staff card details by QR code and a 3,600 handling fee to a clerk's card within 48 hours, with 'keep quiet' spaced out.")

# Fake procuratorate: 'national account', spaced out, for fund verification.
pay(D, "test", "2026-09-03 11:20",
    payee("国家资金清算中心核查专户", acct("dh-state", "0200", 19), "中国工商银行北京西城支行"),
    500000, "资金核查", "配合检察机关资金核查",
    instr("phone", "自称最高人民检察院 李检察官", mobile("dh-state", "147"),
          "电话及短信：你公司涉嫌利用番茄酱出口骗取出口退税，案件已由最高检督办，公司账户将被冻结。如需证明资金来源合法，"
          "须在今日15点前将50万元转入国 家 账 户进行资金核查，核查后48小时内原路退回。此案件属于保密案件，不得向任何人透露，包括公司领导。",
          urgent=True),
    "E5203", [],
    label="scam", scam_type="authority_impersonation", expect="block",
    signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "evasion_spacing",
             "first_time_payee", "no_approval", "urgency"],
    note="A 'procurator' accuses the firm of export-rebate fraud and has the accountant move 500k to a spaced-out 'national account' for verification, telling no one, not even the managers.")

# Hard negative: statutory heat allowance through the payroll bank.
pay(D, "test", "2026-09-04 18:10", dh_payroll, 201600, "工资", "7—8月高温津贴（126人）",
    "用友NC付款申请单：按自治区高温津贴发放标准，7—8月一线岗位高温津贴随工资代发（126人），人事表经刘娟编制、张卫东签批",
    "E5206", [DH_FM, DH_GM],
    signals=["subsidy_words"],
    note="Hard negative: The statutory summer heat allowance paid to 126 staff through the usual payroll bank account.")

# Fake market regulator 'sampling' that needs a test fee from the company.
order(D, "test", "2026-09-07 12:40",
      customer("昌吉州市场监督管理局食品抽检组", None, "魏科长", mobile("dh-samr", "188"), None, wxid("dh-samr"), None),
      [item(PASTE_SMALL, 10, "箱", 165)], "phone", "昌吉市某宾馆", "2026-09-08", "抽检样品",
      "州市场监管局2026年第三季度食品安全监督抽检，你公司番茄酱被抽中，样品10箱送到指定宾馆，检验费4800元由企业承担，"
      "今天转到检验机构，不配合按拒绝抽检处理，列入经营异常。",
      fees=[("抽检检验费", 4800)],
      label="scam", scam_type="authority_impersonation", expect="flag",
      signals=["authority_words", "fee_asked_of_seller", "institution_claim", "contact_im_only", "urgency", "new_customer"],
      note="A 'market-regulation sampling team' wants ten cases delivered to a hotel and a 4,800 test fee paid by the company today, or it will be listed as abnormal.")

order(D, "test", "2026-09-09 11:30", dh_c3, [item(PASTE_HOT, 50, "吨", 7200)],
      "erp", DH_C3_ADDR, "2026-09-14", "款到发货", "9月采购计划，预付款已到账",
      note="Routine: Paste order from the established Shihezi condiment maker, prepaid.")

# Kickback variant: pay list price, get the 'discount' back personally, 'pending' transfer.
order(D, "test", "2026-09-10 17:30",
      customer("乌鲁木齐马家大院餐饮连锁有限公司", uscc("dh-kickback", "91", "650105"), "马杰（采购）",
               mobile("dh-kickback", "157"), None, wxid("dh-kickback"), None),
      [item(PASTE_SMALL, 120, "箱", 165)], "im", "乌鲁木齐市天山区马家大院中央厨房", "2026-09-12", "款到发货",
      "公司按原价19800走账，你们收到后按九折算，差价1980退到我个人微信就行，老规矩。付款是延时到账，短信上写以实际到账为准，"
      "你们先把差价退了，我好跟公司报账。",
      third_party=third("马杰（个人微信）", mobile("dh-kickback", "157"), "refund_recipient", 1980),
      label="scam", scam_type="overpayment_refund", expect="block",
      signals=["refund_to_other_account", "fake_payment_proof", "refund_words", "new_customer", "contact_im_only"],
      note="A restaurant chain's 'buyer' pays list price by delayed transfer and wants a 10% 'difference' sent to his personal WeChat before the money has arrived.")

# Hard negative: domain renewal by the company's own hosting provider.
pay(D, "test", "2026-09-14 12:30", dh_host, 1260, "服务费", "danhongtomato.com域名续费（3年）及SSL证书",
    f"用友NC付款申请单：域名续费及SSL证书｜云联网络｜合同DH-IT-2026-01｜发票{invoice('dh-t-host')}",
    "E5203", [DH_FM], related=(None, "DH-IT-2026-01", invoice("dh-t-host")),
    signals=["renewal_bill"],
    note="Hard negative: Domain renewal and certificate billed by the company's own hosting provider under contract.")

# Structural only: a drum invoice paid in July is handed in again.
pay(D, "test", "2026-09-15 16:20", dh_drum, 136000, "货款", "220L开口钢桶款",
    f"用友NC付款申请单：钢桶款｜宏运钢桶｜合同DH-CG-2026-05｜发票{invoice('dh-drum-2')}",
    "E5204", [DH_FM, DH_GM], related=(None, "DH-CG-2026-05", invoice("dh-drum-2")),
    label="scam", scam_type="fake_invoice", expect="block",
    signals=["duplicate_invoice"],
    note="Structural only: the drum maker's salesman hands in again an invoice number paid in full on 24 July, same amount, and it is keyed as a new payment.")

# Hard negative: large first export order under a confirmed letter of credit.
order(D, "test", "2026-09-16 12:15",
      customer("哈萨克斯坦绿原食品贸易有限责任公司", None, "Dauren Seitkali", None, "d.seitkali@greenfield-food.kz",
               None, None),
      [item(PASTE_HOT, 600, "吨", 6900)], "email", "霍尔果斯口岸（FCA霍尔果斯）", "2026-10-10",
      "即期不可撤销信用证（中国银行新疆区分行已通知并保兑）",
      "首单，信用证编号LC-KZ-2026-0916已由中国银行新疆区分行通知并加具保兑，单证部审核无不符点。",
      signals=["new_customer", "large_first_order", "far_delivery"],
      note="Hard negative: A Kazakh importer's large first order is secured by a sight letter of credit advised and confirmed by the company's bank.")

# Employee caught in a task-rebate trap borrows company money at night ('唰单', '返力').
pay(D, "test", "2026-09-17 22:40",
    payee("李娜", acct("dh-task", "621661", 19), "中国银行湛江分行", "personal"),
    9600, "借支", "员工借支（家中急用）",
    instr("im", "阿迪拉·艾山", wxid("dh-task-staff"),
          "杨帆姐，帮我从公司借支9600，明天就还。我在一个平台做唰单任务卡单了，客服说再充9600就能把前面的本金和返力一起提出来，"
          "钱直接转到平台收款人李娜的卡上就行，千万别跟别人说。", urgent=True),
    "E5203", [],
    label="scam", scam_type="task_rebate", expect="block",
    signals=["task_rebate_words", "topup_words", "personal_account", "evasion_homophone", "first_time_payee", "off_hours",
             "no_approval", "secrecy_words", "im_instruction"],
    note="At night a lab worker stuck in a 'brushing' task asks the accountant to lend her company money as a top-up paid straight to the platform's payee card, with 刷单 and 返利 misspelt.")

# Hard negative: overpayment kept as credit against the next order, not refunded.
order(D, "test", "2026-09-18 11:45", dh_c3, [item(PASTE_HOT, 45, "吨", 7200)],
      "erp", DH_C3_ADDR, "2026-09-23", "月结30天",
      "上批货款我司多付24,000元，经双方对账确认，冲抵本批货款，不退款。",
      signals=["overpayment", "refund_words"],
      note="Hard negative: The condiment maker's earlier overpayment is set against this order after a signed reconciliation, with nothing refunded.")

# Hard negative: cancelled quantity refunded to the account that paid.
pay(D, "test", "2026-09-22 12:10",
    payee("石河子红川调味品有限公司", acct("dh-c3-bank", "3006", 19), "中国工商银行石河子分行", phone=dh_c3["phone"]),
    57600, "退款", "原路退回红川调味品取消订单预付款",
    "用友NC付款申请单：红川调味品9月9日订单中8吨因其生产计划调整取消，经双方书面确认，已到账预付款中57,600元原路退回其付款账户（工行回单0910-1182）",
    "E5203", [DH_FM, DH_GM],
    signals=["refund_words", "first_time_payee"],
    note="Hard negative: Prepayment for a cancelled part of an order goes back to the condiment maker's own paying account after written confirmation.")

# Lending the corporate account: 500k came in this morning, 495k out to a third firm.
pay(D, "test", "2026-09-22 15:50",
    payee("伊宁市博远商贸有限公司", acct("dh-lend", "3017", 19), "中国工商银行伊宁分行"),
    495000, "代付款", "代付往来款",
    instr("im", "周志刚（帕尔哈提的朋友）", wxid("dh-lend"),
          "帕尔哈提，上午50万已经打到你们公司账上了，你问下财务。就是上次说的，我们公司公户被限额了，借你们公户过一下账，"
          "扣5000辛苦费，剩下49.5万今天转给伊宁博远商贸，明天他们要用。", urgent=True),
    "E5205", [DH_FM, DH_GM],
    label="scam", scam_type="account_lending", expect="block",
    signals=["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction", "urgency"],
    note="A salesman's friend has 500k sent into the company account in the morning and asks for 495k to go out the same day to an unrelated Yining firm, keeping 5,000 as a 'tip'.")

# Hard negative: state-group buyer through its own e-procurement platform, 30-day terms.
order(D, "test", "2026-09-23 12:00",
      customer("新疆西域粮油食品集团有限公司", uscc("dh-soe-real", "91", "650100"), "何建军", tel("dh-soe-real", "0991"),
               "hejj@xiyuliangyou.com", None, None),
      [item(PASTE_SMALL, 3000, "箱", 160)], "other", "乌鲁木齐市米东区西域粮油中央仓", "2026-10-12", "验收合格后30天付款",
      "经西域粮油集团电子采购平台公开询价中标（采购编号XY-DZCG-2026-0877），中标通知书可在平台查验，合同已在线签章。",
      signals=["institution_claim", "new_customer", "credit_terms_requested"],
      note="Hard negative: A regional food group buys after an open quotation on its own e-procurement platform, with an award that can be checked there.")

order(D, "test", "2026-09-24 11:35", dh_c1, [item(PASTE_COLD, 110, "吨", 6950)],
      "erp", DH_C1_ADDR, "2026-09-29", "月结30天", "9月下旬生产计划",
      note="Routine: Paste order from the established Urumqi ketchup maker.")

# Hard negative: holiday-night payment to the cooperative at season's end, approved.
pay(D, "test", "2026-09-26 21:10", dh_coop, 380000, "货款", "原料番茄尾款（950吨，400元/吨）",
    instr("erp", "马俊", None,
          "【加急】用友NC付款申请单：原料番茄尾款｜红果合作社｜合同DH-YL-2026-01｜中秋假期收购不停，张卫东已审批", urgent=True),
    "E5204", [DH_FM, DH_GM], related=(None, "DH-YL-2026-01", None),
    signals=["off_hours", "urgency"],
    note="Hard negative: Mid-Autumn holiday evening payment of the season's last tomatoes to the regular cooperative, approved by both managers.")

# Hard negative: a new customer's 30% deposit already received.
order(D, "test", "2026-09-28 12:25",
      customer("阜康市天香食品有限公司", uscc("dh-deposit", "91", "652302"), "吴玉梅", tel("dh-deposit", "0994"),
               "wuym@tianxiangfood.cn", None, None),
      [item(PASTE_COLD, 30, "吨", 6950)], "email", "阜康市产业园天香食品厂", "2026-10-09", "30%定金已到账，余款发货前付清",
      "按合同DH-XS-2026-044，定金62,550元已于9月25日到账（工行回单0925-0418），余款发货前结清。",
      signals=["deposit_words", "new_customer"],
      note="Hard negative: A new food maker's order under a signed contract whose 30% deposit has already reached our account.")

# Hard negative: a noodle shop orders by WeChat only and has already paid.
order(D, "test", "2026-09-29 16:05",
      customer("呼图壁县阿依古丽拌面馆", uscc("dh-noodle", "92", "652323"), "阿依古丽", mobile("dh-noodle", "147"), None,
               wxid("dh-noodle"), None),
      [item(PASTE_SMALL, 20, "箱", 165)], "im", "呼图壁县城南阿依古丽拌面馆", "2026-10-09", "款到发货（已到账）",
      "微信下单，货款3300元已转入公司对公账户，出纳杨帆已查到账。",
      signals=["new_customer", "contact_im_only"],
      note="Hard negative: A local noodle shop orders 20 cases over WeChat and has already paid into the company account.")

# ======================================================================================
# kezi — 喀什克孜河建材有限公司 (cement and building materials, Kashgar)
# Approval: below 50,000 the finance manager E8402 approves; from 50,000 also the GM E8401.
# ======================================================================================
Z = "kezi"
KZ_FM, KZ_GM = "E8402", "E8401"

kz_clinker = payee("阿克陶县帕米尔水泥熟料有限公司", acct("kz-clinker", "3088", 17), "中国农业银行阿克陶县支行",
                   vendor_id="V-KZ01", phone=tel("kz-clinker", "0908"))
kz_gypsum = payee("喀什盛源石膏矿业有限公司", acct("kz-gypsum", "88", 18), "喀什农村商业银行",
                  vendor_id="V-KZ02", phone=tel("kz-gypsum", "0998"))
kz_power = payee("喀什经开区供电服务有限公司", acct("kz-power", "3010", 19), "中国工商银行喀什分行",
                 vendor_id="V-KZ03", phone=tel("kz-power", "0998"))
kz_bags = payee("喀什宏达塑编包装有限公司", acct("kz-bags", "10", 18), "中国银行喀什分行",
                vendor_id="V-KZ04", phone=tel("kz-bags", "0998"))
KZ_BAGS_CHANGED = "2026-03-16 15:20"     # bank change recorded long before the history starts
kz_freight = payee("喀什昆仑通运物流有限公司", acct("kz-freight", "6505", 19), "中国建设银行喀什分行",
                   vendor_id="V-KZ05", phone=tel("kz-freight", "0998"))
kz_payroll = payee("中国建设银行喀什分行（代发工资专户）", acct("kz-payroll", "6505", 19), "中国建设银行喀什分行",
                   vendor_id="PAY-01")
kz_tax = payee("国家金库喀什中心支库", acct("kz-tax", "6531", 17), "国家金库喀什中心支库", vendor_id="TAX-01")

kz_c1 = customer("喀什市城投建设工程有限公司", uscc("kz-c1", "91", "653101"), "孟建国", tel("kz-c1", "0998"),
                 "mengjg@ksctjs.com", None, "C-KZ01")
kz_c2 = customer("疏附县恒通混凝土有限公司", uscc("kz-c2", "91", "653121"), "阿布力克木·吐尔地", tel("kz-c2", "0998"),
                 "ablikim@htconcrete.cn", None, "C-KZ02")
kz_c3 = customer("伽师县兴农建材商行", uscc("kz-c3", "92", "653129"), "肉孜·吾守尔", tel("kz-c3", "0998"), None,
                 wxid("kz-c3"), "C-KZ03")
KZ_KUONA = dict(name="莎车县阔纳建材经销部", credit_code=uscc("kz-kuona", "92", "653125"), contact_name="吾买尔江",
                phone=mobile("kz-kuona", "157"), email=None, im_id=wxid("kz-kuona"))
KZ_ANJU = dict(name="岳普湖县安居建材有限公司", credit_code=uscc("kz-anju", "91", "653128"), contact_name="张宏",
               phone=tel("kz-anju", "0998"), email="zhanghong@anju-jc.cn", im_id=None)
KZ_C1_ADDR = "喀什市深喀大道城投搅拌站"
KZ_C2_ADDR = "疏附县托克扎克镇恒通搅拌站"
KZ_C3_ADDR = "伽师县城建材市场兴农建材商行"
PO_BULK = "P·O 42.5 散装水泥"
PO_BAG = "P·O 42.5 袋装水泥"
PC_BAG = "P·C 32.5R 袋装水泥"

# ---------------- kezi history ----------------

pay(Z, "history", "2026-05-06 11:30", kz_clinker, 680000, "货款", "水泥熟料款（1,700吨）",
    f"浪潮GS付款单：熟料款｜帕米尔熟料｜合同KZ-CG-2026-01｜发票{invoice('kz-h-clinker-1')}",
    "E8404", [KZ_FM, KZ_GM], related=(None, "KZ-CG-2026-01", invoice("kz-h-clinker-1")),
    note="Clinker from the regular Akto supplier.")

order(Z, "history", "2026-05-07 12:15", kz_c1, [item(PO_BULK, 1200, "吨", 420)],
      "erp", KZ_C1_ADDR, "2026-05-12", "月结30天", "5月搅拌站用量",
      note="Monthly bulk cement order from the established city construction company.")

pay(Z, "history", "2026-05-08 16:40", kz_bags, 38500, "货款", "水泥包装袋款（5万条）",
    f"浪潮GS付款单：包装袋款｜宏达塑编｜合同KZ-CG-2026-04｜发票{invoice('kz-h-bags-1')}",
    "E8404", [KZ_FM], related=(None, "KZ-CG-2026-04", invoice("kz-h-bags-1")), changed_at=KZ_BAGS_CHANGED,
    note="Cement bags from the regular maker, whose bank change dates from March.")

pay(Z, "history", "2026-05-11 11:10", kz_power, 265000, "电费", "4月粉磨用电电费",
    f"浪潮GS付款单：4月电费｜经开区供电｜合同KZ-NY-2026-01｜发票{invoice('kz-h-power')}",
    "E8403", [KZ_FM, KZ_GM], related=(None, "KZ-NY-2026-01", invoice("kz-h-power")),
    note="Monthly electricity for the grinding mill.")

order(Z, "history", "2026-05-12 12:30", kz_c2, [item(PO_BULK, 800, "吨", 410)],
      "erp", KZ_C2_ADDR, "2026-05-16", "月结30天", "5月用量",
      note="Monthly bulk cement order from the established ready-mix plant.")

pay(Z, "history", "2026-05-13 17:05", kz_freight, 54600, "运费", "5月上半月水泥外运运费",
    f"浪潮GS付款单：运费｜昆仑通运｜合同KZ-WL-2026-01｜发票{invoice('kz-h-freight-1')}",
    "E8407", [KZ_FM, KZ_GM], related=(None, "KZ-WL-2026-01", invoice("kz-h-freight-1")),
    note="Freight to the regular carrier.")

# First, tiny order of a Yarkant dealer, paid by someone else (the 'small' of small-then-large).
order(Z, "history", "2026-05-15 12:40", customer(**KZ_KUONA, customer_id=None), [item(PO_BAG, 60, "吨", 430)],
      "im", "莎车县城东建材市场阔纳建材", "2026-05-18", "款到发货", "货款由莎车县一家农资公司代付，已到账。",
      note="A new Yarkant dealer's first 60-tonne order, paid by another company.")

pay(Z, "history", "2026-05-18 15:15", kz_gypsum, 46200, "货款", "石膏款（5月上半月）",
    f"浪潮GS付款单：石膏款｜盛源石膏｜合同KZ-CG-2026-02｜发票{invoice('kz-h-gypsum')}",
    "E8404", [KZ_FM], related=(None, "KZ-CG-2026-02", invoice("kz-h-gypsum")),
    note="Gypsum from the regular quarry.")

pay(Z, "history", "2026-05-20 18:20",
    payee("吐尔逊·买买提", acct("kz-driver-1", "622848", 19), "中国农业银行喀什分行", "personal", "V-KZ21"),
    8600, "运费", "个体运费（熟料短倒10车）",
    "浪潮GS付款单：个体运费｜吐尔逊·买买提｜5月18日—19日阿克陶熟料短倒10车，过磅单附后，韩磊核对",
    "E8407", [KZ_FM],
    note="An owner-driver paid to his own card for short clinker hauls.")

# First, prepaid order of a Yopurga builders' merchant (the legitimate small-then-large look-alike).
order(Z, "history", "2026-05-22 11:50", customer(**KZ_ANJU, customer_id=None), [item(PO_BAG, 100, "吨", 430)],
      "email", "岳普湖县城北安居建材仓库", "2026-05-26", "全款预付（已到账）", "首单，货款已从我司基本户汇入。",
      note="A new Yopurga builders' merchant's first order, prepaid from its own account.")

order(Z, "history", "2026-05-26 16:10", kz_c3, [item(PC_BAG, 120, "吨", 395)],
      "im", KZ_C3_ADDR, "2026-05-28", "款到发货", "老客户微信下单，款已到账。",
      note="Bagged cement order from the established Peyziwat dealer, ordered on WeChat as usual and prepaid.")

pay(Z, "history", "2026-05-28 12:20", kz_clinker, 720000, "货款", "水泥熟料款（1,800吨）",
    f"浪潮GS付款单：熟料款｜帕米尔熟料｜合同KZ-CG-2026-01｜发票{invoice('kz-h-clinker-2')}",
    "E8404", [KZ_FM, KZ_GM], related=(None, "KZ-CG-2026-01", invoice("kz-h-clinker-2")),
    note="Clinker from the regular Akto supplier.")

pay(Z, "history", "2026-06-02 15:40", kz_bags, 36900, "货款", "水泥包装袋款（4.8万条）",
    f"浪潮GS付款单：包装袋款｜宏达塑编｜合同KZ-CG-2026-04｜发票{invoice('kz-h-bags-2')}",
    "E8404", [KZ_FM], related=(None, "KZ-CG-2026-04", invoice("kz-h-bags-2")), changed_at=KZ_BAGS_CHANGED,
    note="Cement bags from the regular maker, whose bank change dates from March.")

order(Z, "history", "2026-06-05 11:25", kz_c1, [item(PO_BULK, 1500, "吨", 420)],
      "erp", KZ_C1_ADDR, "2026-06-10", "月结30天", "6月搅拌站用量",
      note="Monthly bulk cement order from the established city construction company.")

pay(Z, "history", "2026-06-09 18:50", kz_payroll, 356000, "工资", "5月工资代发（64人）",
    "浪潮GS付款单：5月工资代发（64人），工资表经人事、财务审核", "E8406", [KZ_FM, KZ_GM],
    note="Monthly payroll through the bank's payroll account.")

pay(Z, "history", "2026-06-10 11:15", kz_tax, 183400, "税款", "5月增值税及附加",
    "电子税务局三方协议扣缴：5月增值税及附加", "E8403", [KZ_FM, KZ_GM],
    note="Monthly VAT debited to the treasury under the tax bureau's three-party agreement.")

pay(Z, "history", "2026-06-11 16:30", kz_freight, 48600, "运费", "5月下半月水泥外运运费",
    f"浪潮GS付款单：运费｜昆仑通运｜合同KZ-WL-2026-01｜发票{invoice('kz-h-freight-2')}",
    "E8407", [KZ_FM], related=(None, "KZ-WL-2026-01", invoice("kz-h-freight-2")),
    note="Freight to the regular carrier, just under the GM's approval level.")

# ---------------- kezi test ----------------

order(Z, "test", "2026-06-15 11:40", kz_c1, [item(PO_BULK, 1300, "吨", 420)],
      "erp", KZ_C1_ADDR, "2026-06-19", "月结30天", "6月下半月搅拌站用量",
      note="Routine: Bulk cement order from the established city construction company.")

# Fake GM: split the payment so each half stays under the approval limit.
pay(Z, "test", "2026-06-16 12:10",
    payee("喀什万通机电设备有限公司", acct("kz-split", "88", 18), "喀什农村商业银行"),
    49600, "设备款", "磨机配件预付款（第一笔）",
    instr("im", "买买提明·艾则孜", wxid("kz-split-boss"), "\n".join([
        "买买提明·艾则孜：晓燕，磨机减速机的配件我跟万通谈好了，先付预付款9.85万。",
        "买买提明·艾则孜：分两笔走，每笔别超过5万，你自己批就行，省得单子又转到我这儿，我这两天在乌鲁木齐跑项目，签不了字。",
        "王晓燕：好的买总，账号发我。"]), urgent=True),
    "E8403", [KZ_FM],
    label="scam", scam_type="boss_impersonation", expect="flag",
    signals=["im_instruction", "new_contact", "boss_role", "just_below_limit", "split_payment", "bypass_process",
             "first_time_payee", "urgency"],
    note="The 'GM' on a new WeChat account tells the finance manager to pay a 98.5k prepayment in two halves under the 50k limit so that he does not have to sign.")

# Structural only: the second half, keyed with a bland ERP text.
pay(Z, "test", "2026-06-16 12:48",
    payee("喀什万通机电设备有限公司", acct("kz-split", "88", 18), "喀什农村商业银行"),
    48900, "设备款", "磨机配件预付款", "浪潮GS付款单：万通机电 磨机配件预付款",
    "E8403", [KZ_FM],
    label="scam", scam_type="boss_impersonation", expect="flag",
    signals=["split_payment", "just_below_limit", "first_time_payee"],
    note="Structural only: 38 minutes later a second sub-limit payment goes to the same new payee, together 98.5k, well over the level that needs the GM.")

pay(Z, "test", "2026-06-17 11:20", kz_clinker, 700000, "货款", "水泥熟料款（1,750吨）",
    f"浪潮GS付款单：熟料款｜帕米尔熟料｜合同KZ-CG-2026-01｜发票{invoice('kz-t-clinker')}",
    "E8404", [KZ_FM, KZ_GM], related=(None, "KZ-CG-2026-01", invoice("kz-t-clinker")),
    note="Routine: Clinker payment to the regular Akto supplier.")

# Gypsum quarry's 'finance' on WeChat: account frozen (dgzh), pay the owner's card.
pay(Z, "test", "2026-06-18 11:35",
    payee("马志强", acct("kz-gypsum-fake", "622848", 19), "中国农业银行喀什分行", "personal", "V-KZ02",
          tel("kz-gypsum", "0998")),
    52800, "货款", "石膏款（6月上半月）",
    instr("im", "盛源石膏 财务 小马", wxid("kz-gypsum-fake"),
          "王会计你好，我们公司dgzh被税务那边冻结了，正在处理，这个月的石膏款先打到我们法人马志强的个人卡上，卡号已经发你，"
          "系统里改一下就行，发票照常开。"),
    "E8404", [KZ_FM, KZ_GM], related=(None, "KZ-CG-2026-02", None), changed_at="2026-06-15 17:40",
    label="scam", scam_type="account_change", expect="block",
    signals=["account_changed_recent", "personal_account", "payee_name_mismatch", "im_instruction", "new_contact",
             "account_change_words", "first_time_payee", "evasion_pinyin"],
    note="A WeChat 'finance clerk' of the gypsum quarry says its corporate account (dgzh) is frozen and has the payee switched three days earlier to the owner's personal card.")

# Hard negative: tender deposit to the account printed in the public tender notice.
pay(Z, "test", "2026-06-22 12:20",
    payee("喀什地区公共资源交易中心", acct("kz-tender", "3010", 19), "中国工商银行喀什分行", phone=tel("kz-tender", "0998")),
    80000, "投标保证金", "喀什市2026年保障性住房项目水泥集中采购（二标段）投标保证金",
    "浪潮GS付款单：按喀什地区公共资源交易中心网站发布的招标公告（项目编号KSGGZY-2026-0614-2）第3.4条列明的保证金账户缴纳，"
    "户名、账号经刘强与公告原文逐字核对；未中标5个工作日内原路退还",
    "E8405", [KZ_FM, KZ_GM],
    signals=["deposit_words", "first_time_payee"],
    note="Hard negative: A bid deposit paid to the public resource trading centre's account exactly as printed in the published tender notice.")

# Small-then-large: the Yarkant dealer wants 2,000 t on credit to another county's yard.
order(Z, "test", "2026-06-22 16:50", customer(**KZ_KUONA, customer_id="C-KZ08"), [item(PO_BAG, 2000, "吨", 430)],
      "im", "叶城县某物流园货场", "2026-06-26", "货到60天付款",
      "上次60吨的钱是按时付的吧，这次工地上量大，2000吨，先发到叶城货场，老规矩，60天结。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["small_then_large", "credit_terms_requested", "third_party_payer", "contact_im_only", "far_delivery"],
      note="The dealer whose only order was 60 t paid by a third party now wants 2,000 t on 60-day credit, delivered to a freight yard in another county.")

# 'Military barracks office': large order on completion terms, WeChat only, border yard.
order(Z, "test", "2026-06-24 11:50",
      customer("新疆军区某部营房处", None, "杨助理员", mobile("kz-army", "188"), None, wxid("kz-army"), None),
      [item(PO_BAG, 3000, "吨", 440)], "phone", "塔什库尔干县某货场（由部队车辆转运）", "2026-06-28",
      "工程完工结算后付款（约90天）",
      "边防营房维修工程用水泥，部队采购不走网上，采购计划已批，价格按你们报价上浮5%，工期紧，这周发完，工程结算后统一付款。"
      "联系只用微信，部队电话不对外。",
      label="scam", scam_type="fake_purchaser", expect="flag",
      signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
               "contact_im_only"],
      note="A 'barracks office' orders 3,000 t at 5% over our price for a border yard, to be paid months after completion, and can only be reached on WeChat.")

# Hard negative: established customer's project site, by supplementary agreement.
order(Z, "test", "2026-06-25 12:35", kz_c1, [item(PO_BULK, 800, "吨", 420)],
      "erp", "疏勒县南疆物流园配套道路工程城投第二项目部工地", "2026-06-29", "月结30天",
      "按6月20日签订的供货补充协议（HT-KZ-2026-12-B2），本批直送城投第二项目部工地，收货人为项目部材料员（名单随协议附后）。",
      signals=["far_delivery", "institution_claim"],
      note="Hard negative: The city construction company has this batch delivered to its road-project site, as set out in a signed supplementary agreement.")

# 'Fire station' order: designated hose shop, 'delayed corporate transfer' screenshot, '薇信'.
order(Z, "test", "2026-06-29 12:15",
      customer("喀什某消防救援站", None, "吴班长", mobile("kz-fire", "147"), None, wxid("kz-fire"), None),
      [item(PO_BAG, 200, "吨", 440)], "im", "喀什市某消防救援站训练场", "2026-07-01", "站里已对公转账（到账延迟）",
      "站里训练塔加固要水泥200吨。另外支队统一要的消防水带300盘，只能在安盾买，麻烦你们帮忙代购一起送来。"
      "我们财务已经把水泥款和水带款一起转给你们了，转账截图发你，说是对公延迟到账，安盾那边要先收钱才发货，你们先垫一下。有事加我薇信。",
      third_party=third("喀什安盾消防器材经营部", mobile("kz-fire-shop", "157"), "designated_supplier", 54000),
      label="scam", scam_type="fake_order", expect="block",
      signals=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
               "contact_im_only", "evasion_homophone"],
      note="A 'fire station' orders cement plus 300 hoses we must advance money for at the shop it names, its own payment being only a 'delayed transfer' screenshot.")

# Hard negative: carrier's second-half freight just under the limit, separate invoice.
pay(Z, "test", "2026-06-30 17:30", kz_freight, 47900, "运费", "6月下半月水泥外运运费",
    f"浪潮GS付款单：运费｜昆仑通运｜合同KZ-WL-2026-01｜发票{invoice('kz-t-freight')}",
    "E8407", [KZ_FM], related=(None, "KZ-WL-2026-01", invoice("kz-t-freight")),
    signals=["just_below_limit"],
    note="Hard negative: The regular carrier's half-month freight bill happens to fall just under the GM's approval level, as it did in June's history.")

# 'School' asks for samples to be tested at the lab it names, fee paid by us first.
order(Z, "test", "2026-07-02 12:05",
      customer("喀什市某中学（基建办）", None, "阿不都老师", mobile("kz-school", "188"), None, wxid("kz-school"), None),
      [item(PO_BAG, 500, "吨", 430)], "phone", "喀什市某中学教学楼加固工地", "2026-07-10", "验收后学校财务付款",
      "学校教学楼加固用水泥500吨，入围前要把样品送到我们指定的华测检测做全项检测，检测费6800元你们先付给华测，报告出来就签合同。",
      third_party=third("喀什华测建材检测中心", mobile("kz-school-lab", "147"), "designated_supplier", 6800),
      fees=[("送检检测费", 6800)],
      label="scam", scam_type="fake_order", expect="flag",
      signals=["institution_claim", "designated_supplier", "fee_asked_of_seller", "new_customer", "contact_im_only"],
      note="A 'school building office' dangles a 500 t order but first wants samples tested at a lab it names, with us paying the 6,800 fee.")

# Fake strategic-project subcontract manager: 'bzj' to a four-month-old firm.
pay(Z, "test", "2026-07-06 11:25",
    payee("新疆丝路恒建建设工程管理有限公司", acct("kz-bond", "6501", 19), "中国建设银行乌鲁木齐分行"),
    300000, "保证金", "中巴公路配套工程水泥供应分包工程保证金",
    "浪潮GS付款单（附对方微信原文）：“艾经理，中巴经济走廊重点项目的水泥供应，总包是中国某建集团喀什项目部，我们是他们授权的分包管理方，"
    "贵司要入围先交30万bzj，合同下周在乌鲁木齐签，名额就剩两个。”——收款方丝路恒建成立于2026年3月，与所称总包无任何书面授权关系。",
    "E8405", [KZ_FM, KZ_GM],
    label="scam", scam_type="contract_fraud", expect="flag",
    signals=["bigproject_words", "deposit_words", "payee_name_mismatch", "shell_company", "first_time_payee",
             "evasion_pinyin", "no_po_contract"],
    note="A firm set up in March, claiming to manage subcontracts on a flagship corridor project, wants a 300k 'bzj' before any contract, with no written link to the main contractor.")

order(Z, "test", "2026-07-07 12:30", kz_c2, [item(PO_BULK, 850, "吨", 410)],
      "erp", KZ_C2_ADDR, "2026-07-11", "月结30天", "7月用量",
      note="Routine: Bulk cement order from the established ready-mix plant.")

# Payroll diversion: 'new card' by QQ, off-cycle, other province; holder name still the employee.
pay(Z, "test", "2026-07-08 18:40",
    payee("艾山·阿不拉", acct("kz-payroll-div", "621483", 16), "招商银行广州分行天河支行", "personal"),
    7800, "工资", "6月工资（艾山·阿不拉，磨机操作工）",
    instr("im", "艾山·阿不拉", "QQ:2876345102",
          "周老师，我换了银行卡，原来的建行卡丢了，以后工资打到这张招行卡上，户名还是我。这个月的工资今天就按新卡单独发，谢谢。"),
    "E8406", [KZ_FM],
    label="scam", scam_type="fake_salary", expect="flag",
    signals=["payroll_change", "im_instruction", "new_contact", "first_time_payee", "unusual_bank_region",
             "personal_account"],
    note="A QQ message in a mill operator's name moves his pay off the payroll batch to a new card at a Guangzhou bank, to be paid separately today.")

# Hard negative: the Yopurga merchant's much larger second order, prepaid from its own account.
order(Z, "test", "2026-07-08 11:15", customer(**KZ_ANJU, customer_id="C-KZ09"), [item(PO_BAG, 600, "吨", 425)],
      "email", "岳普湖县城北安居建材仓库", "2026-07-13", "全款预付（已到账）",
      "五月首单后，本批为乡村安居房项目集中用量，货款255,000元已于7月7日汇入贵司建行基本户（回单0707-0331），付款户名与我司一致。",
      signals=["small_then_large"],
      note="Hard negative: The builders' merchant's second order is six times its first but paid in full in advance from its own account.")

# 'Project manager' wants a performance bond to his own card, written in traditional characters.
order(Z, "test", "2026-07-09 12:45",
      customer("中铁某局喀什至塔什库尔干公路项目经理部", None, "黄经理", mobile("kz-pm", "157"), None, wxid("kz-pm"), None),
      [item(PO_BULK, 5000, "吨", 425)], "im", "阿克陶县某公路项目拌合站", "2026-07-20", "按月计量结算",
      "項目部水泥年度供應，簽合同前需交合同額5%的履約保證金106250元，項目部對公賬戶在年審，先轉到我個人卡上，合同蓋章後項目部統一出收據。",
      fees=[("履約保證金", 106250)],
      label="scam", scam_type="contract_fraud", expect="flag",
      signals=["deposit_words", "fee_asked_of_seller", "personal_account_pretext", "institution_claim", "new_customer",
               "large_first_order", "evasion_traditional", "contact_im_only"],
      note="A 'highway project manager' offers a 5,000 t supply contract if a 106k performance bond goes to his personal card first, written in traditional characters.")

# Hard negative: a new owner-driver paid to his own card with weighbridge slips.
pay(Z, "test", "2026-07-10 17:40",
    payee("艾尼瓦尔·肉孜", acct("kz-driver-2", "622848", 19), "中国农业银行喀什分行", "personal", "V-KZ22"),
    9400, "运费", "个体运费（熟料短倒11车）",
    "浪潮GS付款单：个体运费｜艾尼瓦尔·肉孜｜7月7日—9日阿克陶熟料短倒11车，过磅单及司机身份证、行驶证复印件附后，韩磊核对",
    "E8407", [KZ_FM],
    signals=["personal_account", "first_time_payee"],
    note="Hard negative: A new owner-driver is paid to his own card for clinker hauls backed by weighbridge slips and his ID.")

# Fake central-bank 'annual account check', full-width QQ, fee to a personal card.
pay(Z, "test", "2026-07-13 12:20",
    payee("刘晓东", acct("kz-pboc", "622202", 19), "中国工商银行深圳分行", "personal"),
    1200, "年检费", "对公账户年检费",
    instr("phone", "自称人民银行喀什地区中心支行 账户管理科", tel("kz-pboc", "0998"),
          "来电称：按人民银行要求，企业对公账户需办理2026年度年检，未年检账户7月15日起停止非柜面业务。"
          "请添加年检专员ＱＱ２８７６１０４５办理，年检工本费1200元转入专员刘晓东账户，资料当天审核。", urgent=True),
    "E8403", [KZ_FM],
    label="scam", scam_type="authority_impersonation", expect="flag",
    signals=["authority_words", "personal_account", "first_time_payee", "evasion_fullwidth", "fee_words",
             "phone_instruction", "urgency"],
    note="A caller from the 'central bank branch' says the corporate account must pass an annual check, with a full-width QQ number and a 1,200 fee to a clerk's card.")

# Hard negative: contract rebate to the customer's own account.
pay(Z, "test", "2026-07-14 12:05",
    payee("疏附县恒通混凝土有限公司", acct("kz-c2-bank", "6505", 19), "中国建设银行疏附县支行", phone=kz_c2["phone"]),
    36750, "返利", "上半年提货返利（10,500吨×3.5元/吨）",
    "浪潮GS付款单：恒通混凝土2026年度购销协议第4条约定的提货返利，1—6月提货10,500吨×3.5元/吨，返至协议首页所列恒通基本户，对账单经双方盖章",
    "E8405", [KZ_FM], related=(None, "KZ-XS-2026-02", None),
    signals=["task_rebate_words", "first_time_payee"],
    note="Hard negative: The half-year volume rebate under the annual agreement goes to the ready-mix plant's own account after a signed reconciliation.")

# Loan 'unfreezing fee' in traditional characters to a personal card.
pay(Z, "test", "2026-07-15 16:30",
    payee("钱立新", acct("kz-unfreeze", "621700", 19), "中国建设银行长沙分行", "personal"),
    28000, "服务费", "贷款解冻金",
    instr("im", "融易贷 审核专员", wxid("kz-unfreeze"),
          "您好，贵司在我平台申请的200万经营贷因收款卡号填写错误，资金已被系统凍結。按规定需缴纳贷款额1.4%的解凍金28000元"
          "至财务专员钱立新账户，解凍后贷款和解凍金一起到账，今天17点前不处理将影响征信。", urgent=True),
    "E8403", [KZ_FM],
    label="scam", scam_type="advance_fee", expect="block",
    signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency", "evasion_traditional"],
    note="An online lender says a 2m loan is 'frozen' by a wrong card number and wants a 28k unfreezing fee, 解冻 written in traditional form, on a clerk's personal card.")

order(Z, "test", "2026-07-16 11:35", kz_c3, [item(PC_BAG, 120, "吨", 395)],
      "im", KZ_C3_ADDR, "2026-07-18", "款到发货", "老客户微信下单，款已到账。",
      note="Routine: Bagged cement from the established Peyziwat dealer, ordered on WeChat as usual and prepaid.")

# Hard negative: guarantee fee to a licensed guarantor after a signed bank loan.
pay(Z, "test", "2026-07-20 12:15",
    payee("喀什地区融资担保有限公司", acct("kz-guarantee", "6505", 19), "中国建设银行喀什分行", phone=tel("kz-guarantee", "0998")),
    24000, "担保费", "建行流动资金贷款担保费（贷款300万元，费率0.8%）",
    "浪潮GS付款单：建设银行喀什分行流动资金借款合同JH-LD-2026-077已签订，由持牌的喀什地区融资担保有限公司提供担保"
    "（委托担保合同DB-2026-131），担保费按合同直接缴至担保公司基本户",
    "E8403", [KZ_FM], related=(None, "DB-2026-131", None),
    signals=["loan_fee_words", "first_time_payee"],
    note="Hard negative: The guarantee fee for a signed bank loan paid to the licensed guarantee company named in the contract.")

# Account lending dressed as a cement order: 1.2m in, 985k out to a steel dealer.
order(Z, "test", "2026-07-20 16:05",
      customer("喀什新城建设工程有限公司第五项目部", uscc("kz-lend", "91", "653101"), "胡经理", mobile("kz-lend", "188"),
               None, wxid("kz-lend"), None),
      [item(PO_BAG, 500, "吨", 430)], "im", "喀什市新城区某安置房工地", "2026-07-23", "款到发货",
      "我们这边甲方拨的工程款是120万，直接打到你们公户，你们留下水泥款21.5万，剩下98.5万帮我们转给钢材商鑫盛，"
      "我们项目部账户用不了，用你们的公户周转一下，下个月还从你们拿水泥。",
      third_party=third("喀什鑫盛钢材经销部", mobile("kz-lend-2", "147"), "pass_through_payee", 985000),
      label="scam", scam_type="account_lending", expect="block",
      signals=["account_lending_words", "overpayment", "new_customer", "third_party_payer", "contact_im_only"],
      note="A new 'project department' wants 1.2m paid into our account for a 215k cement order and the rest passed on to a steel dealer because its own account 'can't be used'.")

# Hard negative: established dealer's same-day rush order on WeChat, already paid.
order(Z, "test", "2026-07-21 19:40", kz_c3, [item(PC_BAG, 80, "吨", 395)],
      "im", KZ_C3_ADDR, "2026-07-21", "款到发货",
      "肉孜：老板，伽师那边一个自建房今天浇筑，80吨今天必须发出去，钱刚转公户了，你们查一下。——出纳已查到账。",
      signals=["urgency", "contact_im_only"],
      note="Hard negative: The established dealer needs 80 t the same evening and orders on WeChat as always, with the money already in the account.")

# Hard negative: new builder's large first order, paid in full and seen in the bank.
order(Z, "test", "2026-07-22 11:20",
      customer("巴楚县顺达建筑安装有限公司", uscc("kz-newbig", "91", "653130"), "邢经理", mobile("kz-newbig", "157"), None,
               wxid("kz-newbig"), None),
      [item(PO_BAG, 1000, "吨", 425)], "im", "巴楚县第二中学宿舍楼工地", "2026-07-25", "全款预付（已到账）",
      "巴楚县第二中学宿舍楼工地急用，全款425,000元已从我司基本户汇入，出纳阿依夏木已在建行网银查到到账，请明天开始发货，越快越好。",
      signals=["new_customer", "large_first_order", "urgency", "contact_im_only"],
      note="Hard negative: A new builder's large, urgent first order over WeChat, already paid in full from its own account.")

# Hard negative: bag maker whose bank change dates from March, paid many times since.
pay(Z, "test", "2026-07-22 16:40", kz_bags, 39800, "货款", "水泥包装袋款（5.2万条）",
    f"浪潮GS付款单：包装袋款｜宏达塑编｜合同KZ-CG-2026-04｜发票{invoice('kz-t-bags')}",
    "E8404", [KZ_FM], related=(None, "KZ-CG-2026-04", invoice("kz-t-bags")), changed_at=KZ_BAGS_CHANGED,
    signals=["account_changed_long_ago"],
    note="Hard negative: Cement bags paid to the regular maker whose bank change was recorded in March and used for every payment since.")

# Loan agent: 'sls' (round-trip turnover) and mail the USB key.
pay(Z, "test", "2026-07-23 12:40",
    payee("喀什锦程商贸有限公司", acct("kz-sls", "88", 18), "喀什农村商业银行"),
    300000, "往来款", "往来款",
    instr("im", "银贷通 顾问 唐经理", wxid("kz-sls"),
          "王经理，银行那边看了你们的流水，说近三个月对公流水不够，贷款批不下来。我们帮你们做sls：你们先把30万转到锦程商贸，"
          "他们当天原路转回来，连续做三轮流水就够了。另外把U盾寄一个给我们，方便夜里帮你们操作，不收手续费。"),
    "E8403", [KZ_FM, KZ_GM],
    label="scam", scam_type="account_lending", expect="block",
    signals=["account_lending_words", "evasion_pinyin", "loan_fee_words", "first_time_payee", "vague_memo",
             "im_instruction", "remote_control"],
    note="A loan 'adviser' has 300k sent to a trading firm to be 'sent back' as fake turnover (sls) for a loan, and asks for the bank USB key to be mailed to him.")

# Hard negative: customer notes a contract rebate already set off against the invoice.
order(Z, "test", "2026-07-27 16:00", kz_c1, [item(PO_BULK, 1100, "吨", 420)],
      "erp", KZ_C1_ADDR, "2026-07-31", "月结30天",
      "按年度协议，上半年提货返利已冲减本批货款（对账单已双方盖章），其余月结30天。",
      signals=["task_rebate_words"],
      note="Hard negative: The city construction company's order mentions the contract volume rebate set off against this invoice.")

# Employee puts company 'petty cash' into a USDT 'investment' via a payment-platform merchant.
pay(Z, "test", "2026-07-27 12:25",
    payee("深圳市汇鑫通网络科技有限公司（财付通特约商户）", acct("kz-crypto", "1900", 18), "财付通支付科技有限公司", "unknown"),
    30000, "备用金", "采购备用金",
    instr("im", "韩磊", wxid("kz-crypto"),
          "王姐，备用金先借我3万，付到这个财付通商户就行，是平台充值U币用的，导师带单一周回本，下周连本带利还上。"),
    "E8407", [KZ_FM],
    label="scam", scam_type="task_rebate", expect="flag",
    signals=["crypto", "third_party_payment_endpoint", "topup_words", "first_time_payee", "vague_memo", "im_instruction"],
    note="A logistics clerk draws 30k of 'petty cash' to top up a USDT account through a payment-platform merchant on a 'mentor's' promise of quick returns.")

# Equipment-leasing 'assessment and notary fees' before any financing.
pay(Z, "test", "2026-07-28 11:40",
    payee("深圳前海恒远融资租赁有限公司", acct("kz-lease", "4000", 19), "中国工商银行深圳前海分行"),
    45000, "服务费", "立磨融资租赁项目评估费及公证费",
    instr("email", "恒远租赁 项目部", "xm@hengyuan-leasing.com",
          "喀什克孜河建材：贵司申请的立磨设备融资租赁（融资额600万元）已通过初审，无需抵押，批复后5个工作日放款。"
          "放款前请先支付项目评估费3万元及公证费1.5万元至我司账户，款到即安排赴喀什签约。"),
    "E8403", [KZ_FM],
    label="scam", scam_type="advance_fee", expect="flag",
    signals=["loan_fee_words", "fee_words", "first_time_payee", "email_instruction", "unusual_bank_region"],
    note="A Shenzhen 'leasing company' promises 6m of unsecured equipment finance once 45k of assessment and notary fees reach its own account.")

# Refund of an 'overpayment' that has not arrived ('以实际到账为准').
order(Z, "test", "2026-07-29 17:10",
      customer("阿图什市天宇建材有限公司", uscc("kz-refund", "91", "653001"), "买合木提", mobile("kz-refund", "188"), None,
               wxid("kz-refund"), None),
      [item(PO_BAG, 300, "吨", 400)], "im", "阿图什市天宇建材仓库", "2026-07-30", "款到发货",
      "刚才手机银行转了18万，多转了6万，短信显示“延时到账，以实际到账为准”。工地急着要周转，你们先把多的6万退回我们公司账户，水泥明天来拉。",
      third_party=third("阿图什市天宇建材有限公司", mobile("kz-refund", "188"), "refund_recipient", 60000),
      label="scam", scam_type="overpayment_refund", expect="block",
      signals=["overpayment", "fake_payment_proof", "refund_words", "new_customer", "urgency", "contact_im_only"],
      note="A new customer 'overpays' 60k by a delayed transfer that has not arrived and wants the excess refunded at once.")

# Unsolicited directory 'renewal' letter.
pay(Z, "test", "2026-07-30 12:10",
    payee("西部企业名录年鉴编辑部", acct("kz-directory", "0200", 19), "中国工商银行北京丰台支行"),
    3980, "服务费", "2026年度企业名录收录及网络推广费",
    instr("letter", "西部企业名录年鉴编辑部", None,
          "（函件）《2026年度西部企业名录》收录确认单：贵单位信息已列入本年度名录及网络黄页，年度收录维护费3980元，"
          "请于8月5日前汇至编辑部账户，逾期将从名录中删除并影响企业信用展示。（右下角小字：本函为服务推广，非政府收费）", urgent=True),
    "E8403", [KZ_FM],
    label="scam", scam_type="fake_invoice", expect="flag",
    signals=["renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract", "urgency"],
    note="A letter styled as a confirmation bills an annual business-directory listing the company never ordered, with the disclaimer in small print.")

# Invoice-for-sale: '6 points' to a tax consultancy for a sand supplier's invoices.
pay(Z, "test", "2026-07-31 16:15",
    payee("喀什聚财财税咨询有限公司", acct("kz-invoice", "88", 18), "喀什农村商业银行"),
    18600, "服务费", "砂石料开票服务费（6个点）",
    "浪潮GS付款单：砂石料个体供货商无法开票，经其介绍由喀什聚财财税咨询代开增值税专用发票31万元，按6个点收取开票服务费18,600元",
    "E8404", [KZ_FM],
    label="scam", scam_type="fake_invoice", expect="flag",
    signals=["invoice_trade_words", "first_time_payee", "no_po_contract"],
    note="A consultancy introduced by a sand supplier sells 310k of VAT invoices for '6 points', paid as a service fee.")

# Hard negative: administrative fine paid to the treasury through the non-tax system.
pay(Z, "test", "2026-07-24 11:50", kz_tax, 20000, "罚款", "扬尘污染行政处罚罚款（喀环罚〔2026〕第047号）",
    "浪潮GS付款单：依据喀什地区生态环境局《行政处罚决定书》喀环罚〔2026〕第047号，通过自治区非税收入收缴系统缴纳罚款，缴款书与决定书编号一致",
    "E8403", [KZ_FM],
    signals=["authority_words"],
    note="Hard negative: A dust-control fine paid to the treasury through the official non-tax payment system, matching a written penalty decision.")


# ======================================================================================
# Assemble: sort, assign ids, resolve references, write
# ======================================================================================
def _resolve(obj, refs):
    if isinstance(obj, dict):
        return {k: _resolve(v, refs) for k, v in obj.items()}
    if isinstance(obj, list):
        return [_resolve(v, refs) for v in obj]
    if isinstance(obj, str) and "{ref:" in obj:
        for k, v in refs.items():
            obj = obj.replace("{ref:" + k + "}", v)
        assert "{ref:" not in obj, obj
    return obj


def assemble() -> list[dict]:
    out = []
    refs = {}
    for tenant in TENANTS:
        prefix = TENANTS[tenant]["prefix"]
        for phase, tag in (("history", "h"), ("test", "t")):
            group = [l for l in LINES if l["tenant"] == tenant and l["phase"] == phase]
            group.sort(key=lambda l: l["request"].get("submitted_at") or l["request"]["received_at"])
            per_day: dict[str, int] = {}
            for n, line in enumerate(group, 1):
                line["id"] = f"{tenant}-{tag}{n:03d}"
                req = line["request"]
                when = req.get("submitted_at") or req["received_at"]
                kind_tag = "FK" if line["kind"] == "payment" else "XS"
                day = when[:10].replace("-", "")
                per_day[kind_tag + day] = per_day.get(kind_tag + day, 0) + 1
                rid = f"{prefix}-{kind_tag}-{day}{per_day[kind_tag + day]:03d}"
                req["request_id" if line["kind"] == "payment" else "record_id"] = rid
                if line["_key"]:
                    refs[line["_key"]] = rid
                out.append(line)
    final = []
    for line in out:
        line = {k: v for k, v in line.items() if k != "_key"}
        final.append(_resolve(line, refs))
    return final


def main() -> None:
    lines = assemble()
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    # summary
    from collections import Counter
    c = Counter((l["tenant"], l["phase"]) for l in lines)
    print(f"wrote {len(lines)} lines to {OUT}")
    for (t, p), n in sorted(c.items()):
        print(f"  {t:8s} {p:8s} {n}")
    test = [l for l in lines if l["phase"] == "test"]
    print("  scam types:", dict(sorted(Counter(l["scam_type"] for l in test if l["label"] == "scam").items())))
    print("  expect:", dict(Counter(l["expect"] for l in test)))
    print("  kinds (test):", dict(Counter(l["kind"] for l in test)), " kinds (all):", dict(Counter(l["kind"] for l in lines)))
    print("  hard negatives:", sum(l["note"].startswith("Hard negative:") for l in test),
          " routine:", sum(l["note"].startswith("Routine:") for l in test),
          " structural only:", sum(l["note"].startswith("Structural only:") for l in test))


if __name__ == "__main__":
    main()
