#!/usr/bin/env python3
"""Deterministic builder for the holdout9 corpus (Python 3.11 standard library only).

Every scenario, sentence and party below was written by hand for this corpus.
Identifiers (account numbers, phone suffixes, WeChat ids, invoice numbers, credit
codes) are derived from SHA-256 of fixed keys, so the output is byte-identical on
every run.  Run from anywhere:  python3 gen/build.py
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout9.jsonl")

# --------------------------------------------------------------------------- ids


def _h(key):
    return hashlib.sha256(("holdout9/" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += "".join(str(int(c, 16) % 10) for c in _h(f"{key}#{i}"))
        i += 1
    return out[:n]


def acct(key, prefix, length):
    return prefix + digits("acct/" + key, length - len(prefix))


def mobile(key):
    return "1360000" + digits("mob/" + key, 4)


def landline(area, key):
    return f"{area}-0000" + digits("tel/" + key, 3)


def wxid(key):
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    hx = _h("wx/" + key)
    return "wxid_" + "".join(alpha[int(hx[i:i + 2], 16) % 36] for i in range(0, 28, 2))


def whatsapp(key):
    # Ofcom drama range 07700 900000-900999: reserved for fiction.
    return "whatsapp:+447700900" + digits("wa/" + key, 3)


def inv(key, prov):
    return "26" + prov + digits("inv/" + key, 16)


USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
W18 = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
W9 = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def uscc(key, div, head="91", valid=True):
    hx = _h("uscc/" + key)
    body = "MA" + "".join(USCC[int(hx[i:i + 2], 16) % 31] for i in range(0, 12, 2))
    s = sum(_org_val(c) * w for c, w in zip(body, W9))
    c9 = 11 - s % 11
    org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
    first17 = head + div + org
    s = sum(USCC.index(c) * w for c, w in zip(first17, W18))
    chk = (31 - s % 31) % 31
    if not valid:
        chk = (chk + 7) % 31
    return first17 + USCC[chk]


# ------------------------------------------------------------------ line makers

LINES = {"haiyue": {"history": [], "test": []},
         "changqi": {"history": [], "test": []},
         "yiwu": {"history": [], "test": []}}
PAYER = {}


def payee(name, account_no, bank, vendor_id=None, phone=None, account_type="corporate"):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def vendor(v, **over):
    d = dict(v)
    d.update(over)
    return d


def customer(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def _money(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def P(tenant, phase, rid, ts, py, amount, purpose, memo, instr, req, appr,
      related=(None, None, None), changed=None, verification=None, payer=None,
      currency="CNY", label="legit", scam_type=None, expect="allow", signals=(), note=""):
    ch, fname, fcontact, text, urgent = instr
    body = {
        "request_id": rid,
        "submitted_at": ts + ":00+08:00",
        "payer": payer or PAYER[tenant],
        "payee": py,
        "amount": _money(amount),
        "currency": currency,
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": fname, "from_contact": fcontact,
                        "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": related[0], "contract_id": related[1], "invoice_no": related[2]},
        "payee_account_changed_at": (changed + ":00+08:00") if changed else None,
    }
    if verification:
        num, by, at = verification
        body["verification"] = {"callback_done": True, "callback_number": num,
                                "verified_by": by, "verified_at": at + ":00+08:00"}
    _add(tenant, phase, "payment", label, scam_type, expect, signals, note, body)


def O(tenant, phase, rid, ts, cust, items, channel, delivery, terms, notes,
      third_party=None, fees=(), currency="CNY",
      label="legit", scam_type=None, expect="allow", signals=(), note=""):
    total = sum((Decimal(q) * Decimal(p) for _, q, _, p in items), Decimal("0"))
    body = {
        "record_id": rid,
        "received_at": ts + ":00+08:00",
        "customer": cust,
        "items": [{"product": n, "quantity": q, "unit": u, "unit_price": _money(p)}
                  for n, q, u, p in items],
        "total_amount": _money(total),
        "currency": currency,
        "channel": channel,
        "delivery": {"address": delivery[0], "deadline": delivery[1]},
        "payment_terms": terms,
        "third_party": None if third_party is None else {
            "name": third_party[0], "contact": third_party[1], "role": third_party[2],
            "amount": _money(third_party[3])},
        "fees_requested": [{"reason": r, "amount": _money(a)} for r, a in fees],
        "notes": notes,
    }
    _add(tenant, phase, "order", label, scam_type, expect, signals, note, body)


def _add(tenant, phase, kind, label, scam_type, expect, signals, note, body):
    line = {"id": None, "tenant": tenant, "phase": phase, "kind": kind, "label": label,
            "scam_type": scam_type, "expect": expect}
    if phase == "history":
        line["outcome"] = "executed"
    line["signals"] = list(signals)
    line["note"] = note
    line["request"] = body
    LINES[tenant][phase].append(line)


# ============================================================================
# Tenant 1: haiyue - 宁波海悦化工贸易有限公司 (chemical trading, Ningbo)
# ============================================================================
T = "haiyue"
PAYER[T] = {"account_no": acct("hy/payer", "3901", 19), "account_name": "宁波海悦化工贸易有限公司"}

V_HY01 = payee("浙江甬兴石化溶剂有限公司", acct("hy/v01", "3901", 19), "中国工商银行宁波镇海支行",
               "V-HY01", landline("0574", "hy/v01"))
V_HY02 = payee("江苏澄江树脂有限公司", acct("hy/v02", "3220", 18), "江苏江阴农村商业银行澄江支行",
               "V-HY02", landline("0510", "hy/v02"))
V_HY03 = payee("宁波北仑安达危险品运输有限公司", acct("hy/v03", "8601", 18), "宁波银行北仑支行",
               "V-HY03", landline("0574", "hy/v03"))
V_HY04 = payee("宁波恒通包装桶有限公司", acct("hy/v04", "3910", 17), "中国农业银行宁波北仑支行",
               "V-HY04", landline("0574", "hy/v04"))

C_HY01 = customer("台州博雅涂料有限公司", uscc("hy/c01", "331002"), "林工", landline("0576", "hy/c01"),
                  "caigou@boyacoat.com", None, "C-HY01")
C_HY02 = customer("嘉兴润达胶粘制品有限公司", uscc("hy/c02", "330402"), "钱经理", landline("0573", "hy/c02"),
                  "qianjh@rundaglue.cn", None, "C-HY02")
C_HY03 = customer("绍兴柯桥锦程印染助剂有限公司", uscc("hy/c03", "330603"), "俞主管",
                  landline("0575", "hy/c03"), "yu@jinchengzj.com", None, "C-HY03")

INV_HY_RESIN_SEP = inv("hy/h3", "32")

# ---- history
H = "history"
P(T, H, "HY-PMT-20260902-01", "2026-09-02T10:15", V_HY01, "236500.00", "货款", "乙酸乙酯35吨货款",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-0902-01：甬兴石化 乙酸乙酯35吨，合同HYCG-2026-011，入库单RK0828-03，发票已认证。", False),
  "E2102", ["E2101", "E2100"], (None, "HYCG-2026-011", inv("hy/h1", "33")),
  note="Solvent producer paid for ethyl acetate under the annual contract.")
O(T, H, "HY-ORD-20260904-01", "2026-09-04T14:20", C_HY01, [("乙酸丁酯", "40", "吨", "8350.00")], "email",
  ("台州市椒江区外沙路博雅涂料厂区", "2026-09-09"), "月结30天", "九月常规备货，槽车分两趟送，随车附COA。",
  note="Monthly butyl acetate order from the established paint maker.")
P(T, H, "HY-PMT-20260909-02", "2026-09-09T15:40", V_HY02, "128800.00", "货款", "环氧树脂E-51货款（7吨）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-0909-02：澄江树脂 环氧树脂E-51共7吨，合同HYCG-2026-014，到货检验合格。", False),
  "E2102", ["E2101"], (None, "HYCG-2026-014", INV_HY_RESIN_SEP),
  note="Epoxy resin paid to the Jiangyin resin producer.")
O(T, H, "HY-ORD-20260911-01", "2026-09-11T09:50", C_HY02, [("乙酸乙酯", "25", "吨", "6820.00")], "email",
  ("嘉兴市南湖区大桥镇润达胶粘厂区", "2026-09-15"), "款到发货", "货款已到中行账户，周一派车自提，车辆及押运员证件随后发来。",
  note="Prepaid ethyl acetate for the adhesive maker, collected by its own tanker.")
P(T, H, "HY-PMT-20260916-01", "2026-09-16T16:05", V_HY03, "38650.00", "运费", "九月上半月危化品运费（12车次）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-0916-01：安达危运9月1日至15日运费，12车次，对账单双方已签字。", False),
  "E2102", ["E2101"], (None, "HYYS-2026-02", inv("hy/h5", "33")),
  note="Half-monthly freight to the licensed hazmat carrier.")
P(T, H, "HY-PMT-20260922-01", "2026-09-22T11:30", V_HY04, "51000.00", "货款", "200升镀锌桶600只",
  ("erp", "何志远", None, "金蝶云星空付款申请 PA-HY-0922-01：恒通包装 200升镀锌桶600只，合同HYCG-2026-019。", False),
  "E2120", ["E2101"], (None, "HYCG-2026-019", inv("hy/h6", "33")),
  note="Steel drums from the regular drum maker, old bank account.")
O(T, H, "HY-ORD-20260929-01", "2026-09-29T10:40", C_HY03, [("异丙醇", "12", "吨", "7150.00")], "email",
  ("绍兴市柯桥区马鞍街道锦程助剂厂区", "2026-10-09"), "月结30天", "节后第一周送到，铁桶装。",
  note="Isopropanol for the textile-auxiliary customer on monthly terms.")
P(T, H, "HY-PMT-20261013-01", "2026-10-13T14:10", V_HY01, "292800.00", "货款", "二甲苯48吨货款",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1013-01：甬兴石化 二甲苯48吨，合同HYCG-2026-011补充协议，入库单RK1010-01。", False),
  "E2102", ["E2101", "E2100"], (None, "HYCG-2026-011", inv("hy/h8", "33")),
  note="Xylene paid to the solvent producer.")
O(T, H, "HY-ORD-20261020-01", "2026-10-20T10:05", C_HY01, [("二甲苯", "30", "吨", "6480.00")], "email",
  ("台州市椒江区外沙路博雅涂料厂区", "2026-10-23"), "月结30天", "十月追加，请安排危运车，卸货前电话联系仓库。",
  note="Extra xylene for the paint maker.")
P(T, H, "HY-PMT-20261027-02", "2026-10-27T15:25", V_HY02, "96600.00", "货款", "不饱和聚酯树脂191（8.4吨）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1027-02：澄江树脂 不饱和聚酯树脂191共8.4吨，合同HYCG-2026-014。", False),
  "E2102", ["E2101"], (None, "HYCG-2026-014", inv("hy/h10", "32")),
  note="Unsaturated polyester resin from the resin producer.")

# ---- test
X = "test"
O(T, X, "HY-ORD-20261102-01", "2026-11-02T09:40", C_HY01, [("乙酸丁酯", "36", "吨", "8420.00")], "email",
  ("台州市椒江区外沙路博雅涂料厂区", "2026-11-06"), "月结30天", "十一月第一批，按上月槽车路线送，COA随车。",
  note="Routine: Monthly butyl acetate order from the established paint maker.")
P(T, X, "HY-PMT-20261103-01", "2026-11-03T10:25", V_HY01, "218700.00", "货款", "乙酸乙酯32吨货款",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1103-01：甬兴石化 乙酸乙酯32吨，合同HYCG-2026-011，入库单RK1030-02，发票已认证。", False),
  "E2102", ["E2101", "E2100"], (None, "HYCG-2026-011", inv("hy/t2", "33")),
  note="Routine: Ethyl acetate paid to the regular solvent producer.")
O(T, X, "HY-ORD-20261104-01", "2026-11-04T15:10",
  customer("台州博亚涂料有限公司", uscc("hy/t3", "331002"), "丁经理", mobile("hy/t3"), "boyacoat@163.com", None, None),
  [("二甲苯", "60", "吨", "6500.00")], "phone",
  ("福建省福鼎市龙安工业区某物流园3号库", "2026-11-07"), "月结60天",
  "林工调去管生产了，以后采购这块由我对接。这批二甲苯急用，要60吨，还是月底对账，不过这次票期放宽点，给60天。货不用送厂里，直接拉到我们福鼎新租的仓库，那边有人卸。",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
           "far_delivery", "contact_mismatch", "free_mail", "urgency"],
  note="A company one character off the established paint customer (亚 for 雅) phones in 60 t of xylene on 60-day terms via a new contact with a 163 mailbox, for delivery to a warehouse in Fujian.")
P(T, X, "HY-PMT-20261105-02", "2026-11-05T10:50",
  vendor(V_HY04, account_no=acct("hy/v04new", "2010", 19), bank="宁波鄞州农村商业银行新碶支行"),
  "43000.00", "货款", "200升镀锌桶500只",
  ("erp", "李文涛", None,
   "金蝶云星空付款申请 PA-HY-1105-02：恒通包装 200升镀锌桶500只，合同HYCG-2026-019。\n收款账户10月19日变更：恒通10月16日来函（公章、财务章齐全）称原农行账户因贷款行调整停用；周慧敏按供应商档案里的座机回拨恒通财务负责人确认，新账户开户证明上的户名与营业执照一致。本笔为新账户首次付款。", False),
  "E2102", ["E2101", "E2100"], (None, "HYCG-2026-019", inv("hy/t4", "33")),
  changed="2026-10-19T14:20", verification=(V_HY04["phone"], "E2101", "2026-10-19T16:05"),
  signals=["account_changed_recent", "first_time_payee", "account_change_words"],
  note="Hard negative: First payment to the drum maker's new account, changed 17 days earlier on a stamped letter and confirmed by calling the number already on file.")
O(T, X, "HY-ORD-20261106-01", "2026-11-06T14:35",
  customer("中化东南物资集团华东采购中心", uscc("hy/t5", "330100", valid=False), "贾主任", mobile("hy/t5"), None,
           wxid("hy/t5"), None),
  [("丙酮", "200", "吨", "5300.00")], "im",
  ("杭州市萧山区宁围街道某小区12幢底商（临时收货点）", "2026-11-12"), "货到验收后90天付款",
  "我们集团今年统一招采，下面几个厂都缺丙酮，先订200吨，量后面还会加。手续你放心，大集团不差这点钱，易制毒那些备案材料等货到了一起补给你。细节加我威信聊，电话这两天不太方便接。",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
           "hazardous_no_permit", "contact_im_only", "residential_delivery", "invalid_credit_code",
           "evasion_homophone"],
  note="A self-styled group 'procurement centre' with a credit code that fails its check character orders 200 t of acetone (a precursor chemical) on 90-day terms, permits 'later', to a shopfront in a housing estate; 威信 for 微信.")
P(T, X, "HY-PMT-20261109-01", "2026-11-09T11:20",
  payee("宁波市公共资源交易中心镇海分中心", acct("hy/t6", "3315", 19), "中国建设银行宁波镇海支行",
        None, landline("0574", "hy/t6")),
  "20000.00", "投标保证金", "镇海区2026年度市政道路标线涂料用溶剂集中采购投标保证金",
  ("erp", "郑蕾", None,
   "金蝶云星空付款申请 PA-HY-1109-01：按镇海区公共资源交易中心11月3日招标公告（项目编号ZHGGZY-2026-1187）缴纳投标保证金。公告载明的保证金专户已由周慧敏在交易中心官网逐位核对；未中标的开标后五个工作日内原路退还。", False),
  "E2111", ["E2101"],
  signals=["deposit_words", "first_time_payee"],
  note="Hard negative: Tender deposit to the district public-resource trading centre account named in the published announcement.")
O(T, X, "HY-ORD-20261110-01", "2026-11-10T16:40",
  customer("浙东理工学院化学实验教学中心", None, "卢老师", mobile("hy/t7"), None, wxid("hy/t7"), None),
  [("异丙醇", "1.2", "吨", "7600.00"), ("乙酸乙酯", "0.5", "吨", "7000.00")], "im",
  ("宁波市北仑区浙东理工学院实验楼B座", "2026-11-20"), "年底统一结算",
  "实验中心这学期要换一批通风橱，学校只认余姚瑞科的型号，走我们自己的采购流程太慢了。麻烦你们帮忙从瑞科订18台，跟溶剂一起送过来，设备钱和溶剂钱年底一起走学校的账，发票都开你们的就行。",
  third_party=("余姚市瑞科实验室设备厂", mobile("hy/t7tp"), "designated_supplier", "48600.00"),
  label="scam", scam_type="fake_order", expect="flag",
  signals=["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item",
           "contact_im_only", "credit_terms_requested"],
  note="A 'college lab' orders a little solvent and asks us to buy 18 fume cupboards from the maker it names and settle everything at year end.")
P(T, X, "HY-PMT-20261111-01", "2026-11-11T17:05",
  payee("余姚市瑞科实验室设备厂", acct("hy/t8", "3902", 19), "中国农业银行余姚阳明支行"),
  "48600.00", "代采购", "代实验中心采购通风橱18台（预付）",
  ("im", "卢老师", wxid("hy/t7"),
   "郑经理，学校财务刚把全部货款打出去了，网银上显示‘处理中’，截图你看一下，明早肯定到。瑞科那边说不先付款就排不上产，你们先把通风橱的钱垫上，到时候跟溶剂款一块儿结给你们。", True),
  "E2111", ["E2110"], ("HY-ORD-20261110-01", None, None),
  label="scam", scam_type="fake_order", expect="block",
  signals=["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof",
           "im_instruction", "urgency"],
  note="Sales asks to advance 48.6k to the equipment maker the 'college' named, on the strength of an online-banking 'processing' screenshot.")
O(T, X, "HY-ORD-20261112-01", "2026-11-12T09:35",
  customer("湖州锦润新材料有限公司", uscc("hy/t9", "330502"), "潘经理", landline("0572", "hy/t9"),
           "pan@jinrunxcl.com", None, None),
  [("乙酸乙酯", "40", "吨", "6900.00"), ("丙烯酸树脂", "8", "吨", "14500.00")], "email",
  ("湖州市吴兴区八里店镇锦润新材料厂区", "2026-11-18"), "款到发货（全款已到账）",
  "新建的涂布线下个月试车，首单先备40吨乙酸乙酯和8吨丙烯酸树脂。全款39.2万元已于11月11日从我司基本户汇出，贵司中行账户已查到入账。危险化学品经营许可证和营业执照副本已随邮件发送，收货人为我司仓库持证保管员。",
  signals=["new_customer", "large_first_order"],
  note="Hard negative: Large first order from a new coatings plant, paid in full from its own account and cleared, with its hazardous-chemicals licence supplied.")
P(T, X, "HY-PMT-20261113-01", "2026-11-13T14:00",
  vendor(V_HY01, account_no=acct("hy/v01x", "6305", 16), bank="中国民生银行深圳福田支行"),
  "356000.00", "货款", "二甲苯55吨货款",
  ("email", "甬兴石化溶剂 财务部", "finance@yongxing-chem.com",
   "海悦化工财务部：\n我司原工行镇海支行结算户因总部资金集中管理调整，本月起暂停对外收款，之后的货款请汇入下面的深圳账户，户名不变。盖章说明见附件。为免影响发货排期，本月货款请于本周内安排，如有疑问直接回复本邮件即可。\n甬兴石化溶剂 财务部", False),
  "E2102", ["E2101", "E2100"], (None, "HYCG-2026-011", inv("hy/t10", "33")),
  changed="2026-11-10T15:30",
  label="scam", scam_type="account_change", expect="block",
  signals=["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
           "account_change_words", "unusual_bank_region", "urgency"],
  note="An e-mail from a hyphenated copy of the solvent producer's domain moves payment to a Shenzhen account, keyed in three days earlier; first payment to it.")
P(T, X, "HY-PMT-20261116-01", "2026-11-16T10:10", V_HY02, "24000.00", "押金", "IBC吨桶周转押金（20只）",
  ("erp", "何志远", None, "金蝶云星空付款申请 PA-HY-1116-01：澄江树脂改用IBC吨桶发货，按供货合同附件三支付吨桶周转押金20只，每只1200元，吨桶返还后凭回收单退押金。", False),
  "E2120", ["E2101"], (None, "HYCG-2026-014", None),
  signals=["deposit_words"],
  note="Hard negative: Returnable IBC tote deposit to the regular resin producer under its supply contract.")
P(T, X, "HY-PMT-20261117-03", "2026-11-17T11:45",
  vendor(V_HY03, account_no=acct("hy/v03new", "3302", 19), bank="中国邮政储蓄银行宁波北仑区支行"),
  "41280.00", "运费", "十月下半月危化品运费（13车次）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1117-03：安达危运10月16日至31日运费，13车次，对账单已签。", False),
  "E2102", ["E2101"], (None, "HYYS-2026-02", inv("hy/t12", "33")),
  changed="2026-11-09T10:12",
  label="scam", scam_type="account_change", expect="block",
  signals=["account_changed_recent", "first_time_payee"],
  note="Structural only: the hazmat carrier's bank details were re-keyed eight days earlier and this ordinary freight bill is the first payment to the new account.")
O(T, X, "HY-ORD-20261118-01", "2026-11-18T15:20",
  customer("舟山岱宇船舶涂装有限公司", uscc("hy/t13", "330902"), "谢主管", landline("0580", "hy/t13"),
           "xie@daiyucoating.com", None, None),
  [("甲苯", "15", "吨", "6100.00")], "email",
  ("舟山市定海区岱宇船舶涂装公司危化品库", "2026-11-25"), "款到发货",
  "甲苯属第三类易制毒化学品，我司购买备案证明（舟公禁毒备〔2026〕0419号）和危险化学品使用登记已随邮件附上。货款从我司对公账户汇出，户名与营业执照一致；提货车辆为持证危运车。",
  signals=["new_customer"],
  note="Hard negative: New shipyard-coatings buyer orders toluene with its precursor-chemical filing number and pays from its own account.")
P(T, X, "HY-PMT-20261119-01", "2026-11-19T10:30",
  payee("上海晟溯供应链管理有限公司", acct("hy/t14", "3160", 19), "上海农村商业银行浦东分行"),
  "380000.00", "保证金", "仓储合作保证金",
  ("im", "孙海东", wxid("hy/t14boss"),
   "孙海东：小陈在吗\n陈佳怡：孙总您好，在的\n孙海东：中行跟农行两个户头现在能动的一共多少？\n陈佳怡：中行四百一十多万，农行八十来万\n孙海东：好。我在跟上海一家仓储谈合作，对方要先收bzj 38万，合同我今晚签好带回来。你先付给上海晟溯供应链管理有限公司，我这会儿走不开，不好接电话，付完回个截图。", True),
  "E2103", [],
  label="scam", scam_type="boss_impersonation", expect="block",
  signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "first_time_payee",
           "no_approval", "deposit_words", "evasion_pinyin", "cannot_call", "bypass_process", "urgency"],
  note="A new WeChat account posing as the GM asks the cashier for both bank balances, then for a 380k 'bzj' to an unknown Shanghai warehouse firm, contract to follow.")
P(T, X, "HY-PMT-20261120-01", "2026-11-20T09:15",
  payee("嘉兴润达胶粘制品有限公司", acct("hy/t15", "1958", 19), "中国农业银行嘉兴分行", None,
        C_HY02["phone"]),
  "13640.00", "退款", "质量退货款原路退回（乙酸乙酯2吨）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1120-01：润达胶粘11月6日提走的乙酸乙酯中有2吨水分超标，双方质检确认退货，货已于11月16日回库。退款按其原付款账户（农行嘉兴分行，见收款回单）原路退回。", False),
  "E2102", ["E2101"],
  signals=["refund_words", "first_time_payee"],
  note="Hard negative: Refund for off-spec ethyl acetate returned by an established customer, sent back to the account it paid from.")
P(T, X, "HY-PMT-20261123-01", "2026-11-23T14:50",
  payee("杭州鼎衡信息技术有限公司", acct("hy/t16", "7731", 18), "中国光大银行杭州分行"),
  "460000.00", "资金核查", "配合核查临时划转",
  ("phone", "自称宁波市公安局经侦支队 许警官", mobile("hy/t16"),
   "来电记录（出纳陈佳怡整理）：对方自称宁波市公安局经侦支队许警官，说我司中行账户牵涉一宗跨省洗钱案，要求今天下班前把账上资金划过去配合核查，核查完三个工作日内全额退回，期间不能告诉任何人。\n随后收到短信：請於今日17時前將資金劃入資金核查賬戶，收款單位杭州鼎衡信息技术有限公司，逾期視為拒不配合。", True),
  "E2103", [],
  label="scam", scam_type="authority_impersonation", expect="block",
  signals=["authority_words", "safe_account_words", "secrecy_words", "urgency", "first_time_payee",
           "phone_instruction", "no_approval", "evasion_traditional"],
  note="A 'police investigator' says the account is tied to money laundering and wants the funds moved for 'fund verification' today; the follow-up SMS is in traditional characters.")
O(T, X, "HY-ORD-20261124-01", "2026-11-24T10:40",
  customer("慈溪市恒锐五金制品有限公司", uscc("hy/t17", "330282"), "严老板", mobile("hy/t17"), None,
           wxid("hy/t17"), None),
  [("环氧树脂E-51", "2", "吨", "19800.00")], "im",
  ("慈溪市周巷镇恒锐五金厂", "2026-11-27"), "款到发货",
  "货款我让会计从厂里对公打了，回单拍给你了。她手快多打了，一共打过去97,600，多出来的58,000你们直接帮我转给原料供应商温州广源，省得来回折腾。到账可能晚一点，我们那边银行在升级系统。",
  third_party=("温州市广源化工原料经营部", mobile("hy/t17tp"), "refund_recipient", "58000.00"),
  label="scam", scam_type="overpayment_refund", expect="block",
  signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
           "refund_words", "contact_im_only"],
  note="A new hardware maker 'overpays' by photo of a transfer slip and wants the 58k excess sent to its own supplier before anything has arrived.")
P(T, X, "HY-PMT-20261125-02", "2026-11-25T16:15",
  payee("国家金库宁波市中心支库", acct("hy/t18", "3302", 17), "国家金库宁波市中心支库"),
  "143726.40", "税款", "进口环氧树脂关税及进口环节增值税",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1125-02：北仑港进口环氧树脂报关单（310420261000588213）税款缴款书今日生成，须在当天16:30前经海关电子支付缴清，否则按日加收滞纳金，货物也无法放行。孙总已在单据上加签。", True),
  "E2102", ["E2101", "E2100"],
  signals=["urgency", "first_time_payee", "authority_words"],
  note="Hard negative: Same-day customs duty and import VAT to the treasury through the customs e-payment channel, marked urgent and approved by both managers.")
P(T, X, "HY-PMT-20261126-01", "2026-11-26T11:05",
  payee("宁波瑞丰源贸易有限公司", acct("hy/t19", "3901", 19), "中国工商银行宁波江北支行"),
  "300000.00", "往来款", "代收代付",
  ("im", "江总", wxid("hy/t19"),
   "江总：佳怡你好，这事我跟孙总打过招呼了。上午进你们中行那笔30万是我们一个客户打的，他那边对公额度卡住了，借你们公户走 一 下 账，麻烦原数转给宁波瑞丰源贸易，手续费我这边按千分之五补给你们。", False),
  "E2103", [],
  label="scam", scam_type="account_lending", expect="block",
  signals=["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction",
           "new_contact", "no_approval", "evasion_spacing"],
  note="A 'friend of the boss' asks the cashier to forward an unexplained 300k receipt to a third company for a fee, with the key phrase spaced out.")
P(T, X, "HY-PMT-20261130-01", "2026-11-30T09:55",
  payee("宁波镇海华彩广告印务有限公司", acct("hy/t20", "8602", 18), "宁波银行镇海支行", None,
        landline("0574", "hy/t20")),
  "3860.00", "宣传费", "反诈宣传海报及展板印制",
  ("erp", "葛晓琳", None, "金蝶云星空付款申请 PA-HY-1130-01：配合园区派出所12月反诈宣传周，印制海报200张、展板6块。海报主标语按民警提供的文稿：“公检法不会通过电话办案，凡是要你把钱转进安全账户、配合资金核查的，都是诈骗！”", False),
  "E2130", ["E2101"],
  signals=["authority_words", "safe_account_words", "first_time_payee"],
  note="Hard negative: Printing of anti-fraud posters for the park police station, whose slogan quotes the safe-account script.")
O(T, X, "HY-ORD-20261201-01", "2026-12-01T14:25",
  customer("宁波鼎泰新能源材料有限公司", uscc("hy/t21", "330206"), "符总", landline("0574", "hy/t21"),
           "fu@dingtai-nem.com", None, None),
  [("乙酸乙酯", "500", "吨", "6850.00")], "email",
  ("宁波市北仑区大碶街道鼎泰新能源材料仓库", "2026-12-04"), "六个月商业承兑汇票",
  "我司刚拿下一个大型锂电隔膜项目，乙酸乙酯年用量五六千吨，想先签全年框架，首批500吨。付款用我们母公司开的电子商票，六个月期，票面已经出好了，截图先发给你们财务看。希望本周内装车，价格好商量。",
  label="scam", scam_type="contract_fraud", expect="flag",
  signals=["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified",
           "shell_company", "fake_payment_proof", "bigproject_words", "urgency"],
  note="A four-month-old 'new energy' firm wants 500 t of ethyl acetate this week against a six-month commercial acceptance bill shown only as a screenshot.")
P(T, X, "HY-PMT-20261202-02", "2026-12-02T10:20", V_HY02, "128800.00", "货款", "环氧树脂E-51货款（7吨）",
  ("erp", "李文涛", None, "金蝶云星空付款申请 PA-HY-1202-02：澄江树脂 环氧树脂E-51货款，附发票及入库单。", False),
  "E2102", ["E2101"], (None, "HYCG-2026-014", INV_HY_RESIN_SEP),
  label="scam", scam_type="fake_invoice", expect="block",
  signals=["duplicate_invoice"],
  note="Structural only: the September epoxy invoice, already paid, goes through again with the same number and amount; nothing in the wording stands out.")
O(T, X, "HY-ORD-20261203-01", "2026-12-03T15:35",
  customer("浙江海港建设物资有限公司", uscc("hy/t23", "330206"), "蔡工", landline("0574", "hy/t23"),
           "caicg@zjhgwz.com", None, None),
  [("二甲苯", "20", "吨", "6550.00"), ("丙烯酸树脂", "10", "吨", "14200.00")], "other",
  ("宁波市北仑区梅山港区码头工程项目部物资库", "2026-12-10"), "月结60天（框架协议约定）",
  "经浙江海港集团电子采购平台下单，采购订单号ZJHG-CG-2026-11-0387，中标通知书编号见平台；贵司10月已入围该平台2026—2027年度防腐涂料原料框架供应商。收货地址为我司梅山港区码头工程项目部物资库。",
  signals=["new_customer", "institution_claim", "credit_terms_requested"],
  note="Hard negative: A state port group's materials arm orders through its own e-procurement platform under a framework award, on the agreed 60-day terms, to a project site.")
P(T, X, "HY-PMT-20261207-01", "2026-12-07T11:10",
  payee("亚太企业网络名址服务中心", acct("hy/t24", "1000", 19), "中国邮政储蓄银行北京海淀区支行"),
  "3960.00", "服务费", "中文网址三年续费",
  ("letter", "亚太企业网络名址服务中心（函件）", landline("010", "hy/t24"),
   "《网络名址到期续费告知函》\n贵单位注册的中文网址“海悦化工”“海悦化工贸易”将于2026年12月15日到期，到期后即进入公开释放程序，届时可能被同行抢先登记，影响贵单位品牌形象。请于12月12日前汇款续费，逾期不再另行通知。续费标准：三年期3960元。", False),
  "E2130", ["E2101"],
  label="scam", scam_type="fake_invoice", expect="flag",
  signals=["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
  note="A posted 'renewal notice' for Chinese web keywords the company never bought, from an unknown 'service centre', with a deadline.")
O(T, X, "HY-ORD-20261208-01", "2026-12-08T14:40", C_HY03, [("正丁醇", "10", "吨", "7880.00")], "email",
  ("衢州市柯城区衢州明远精细化工有限公司（代工厂）", "2026-12-14"), "月结30天",
  "这批正丁醇是给我们在衢州的代工厂明远精细化工用的，直接送衢州厂区，收货人吕工，签收单照常寄回我们。对账和付款仍由我司负责。",
  signals=["far_delivery"],
  note="Hard negative: Established textile-auxiliary customer has n-butanol drop-shipped to its toll manufacturer, keeping its own terms and billing.")
P(T, X, "HY-PMT-20261209-01", "2026-12-09T16:05",
  payee("宁波汇融通融资担保有限公司", acct("hy/t26", "8601", 18), "宁波通商银行江北支行"),
  "84000.00", "服务费", "经营贷款风险保证金（300万×2.8%）",
  ("phone", "汇融通 客户经理 詹先生", mobile("hy/t26"),
   "电话沟通记录（李文涛）：对方称可帮我司办理300万元经营贷，年化3.6%，不用抵押，三个工作日放款。放款前须先交额度的2.8%作风险保证金到其担保公司账户，放款后随首期利息退还。对方给的合同是他们公司自拟的版本，没有看到任何贷款银行的盖章。", False),
  "E2102", ["E2101"],
  label="scam", scam_type="advance_fee", expect="flag",
  signals=["loan_fee_words", "deposit_words", "first_time_payee", "phone_instruction", "no_po_contract"],
  note="A loan broker wants an 84k 'risk deposit' before arranging a 3m unsecured loan, on its own contract with no bank behind it.")
O(T, X, "HY-ORD-20261211-01", "2026-12-11T10:35",
  customer("台州佳禾化学科技有限公司", uscc("hy/t27", "331003"), "施工", landline("0576", "hy/t27"),
           "shi@jiahechem.cn", None, None),
  [("乙酸丁酯", "0.2", "吨", "8500.00")], "email",
  ("台州市黄岩区江口街道佳禾化学研发楼", "2026-12-16"), "款到发货",
  "先买200公斤做小试。样品我们会送第三方检测所做全项分析，检测费我们自己承担，合格了再谈月度用量。货款已转，请查收。",
  signals=["new_customer", "fee_words"],
  note="Hard negative: A new buyer prepays a 200 kg trial lot and mentions the testing fee it will pay itself.")
O(T, X, "HY-ORD-20261214-01", "2026-12-14T15:50",
  customer("宁波市北仑区舜达进出口有限公司", uscc("hy/t28", "330206"), "聂经理", mobile("hy/t28"),
           "shunda_nb@126.com", None, None),
  [("不饱和聚酯树脂191", "5", "吨", "11200.00")], "phone",
  ("宁波市北仑区新碶街道舜达仓库", "2026-12-18"), "款到发货",
  "我们这边会一次性打80万过来，其中5.6万是这单树脂的货款，剩下的74.4万麻烦你们收到当天转给上海浦贤国际，备注写货款就行。他们那边需要公对公的流水，按转款金额给你们千分之八的辛苦费。",
  third_party=("上海浦贤国际贸易有限公司", landline("021", "hy/t28tp"), "pass_through_payee", "744000.00"),
  label="scam", scam_type="account_lending", expect="block",
  signals=["account_lending_words", "new_customer", "in_out_match", "free_mail"],
  note="A new trading firm will send 800k for a 56k resin order and wants the rest forwarded the same day to a Shanghai company for a commission.")
O(T, X, "HY-ORD-20261216-01", "2026-12-16T10:25", C_HY02, [("乙酸乙酯", "22", "吨", "6780.00")], "email",
  ("嘉兴市南湖区大桥镇润达胶粘厂区", "2026-12-22"), "款到发货", "款已汇，下周二派车自提，车辆资质照旧。",
  note="Routine: Prepaid ethyl acetate for the established adhesive maker.")
O(T, X, "HY-ORD-20261218-01", "2026-12-18T14:15", C_HY03, [("异丙醇", "10", "吨", "7200.00")], "email",
  ("绍兴市柯桥区马鞍街道锦程助剂厂区", "2026-12-23"), "月结30天",
  "十一月的对账单已核对无误，上月发票我们已经过账入系统，本月货款25日前付。本批异丙醇照旧送柯桥厂区。",
  signals=["account_lending_words"],
  note="Hard negative: Established customer says last month's invoices have been posted (过账) to its ledger, the bookkeeping sense of the word.")

# ============================================================================
# Tenant 2: changqi - 长春长骐汽车零部件有限公司 (auto parts, Changchun)
# ============================================================================
T = "changqi"
PAYER[T] = {"account_no": acct("cq/payer", "4200", 19), "account_name": "长春长骐汽车零部件有限公司"}

V_CQ01 = payee("本溪华钢特殊钢销售有限公司", acct("cq/v01", "2105", 19), "中国建设银行本溪分行",
               "V-CQ01", landline("0414", "cq/v01"))
V_CQ02 = payee("吉林市鸿达精密铸造有限公司", acct("cq/v02", "0802", 18), "吉林银行吉林分行",
               "V-CQ02", landline("0432", "cq/v02"))
V_CQ03 = payee("长春精锐模具有限公司", acct("cq/v03", "0711", 19), "长春农村商业银行汽开区支行",
               "V-CQ03", landline("0431", "cq/v03"))
V_CQ04 = payee("长春汇通物流有限公司", acct("cq/v04", "1597", 17), "中国银行长春汽开区支行",
               "V-CQ04", landline("0431", "cq/v04"))
PAY_CQ = payee("中国建设银行长春汽车厂支行（代发工资专户）", acct("cq/pay", "2200", 19),
               "中国建设银行长春汽车厂支行", "PAY-CQ", None)
GRP_CQ = payee("长骐控股集团有限公司", acct("cq/grp", "4200", 19), "中国工商银行长春分行",
               "GRP-CQ", landline("0431", "cq/grp"))

C_CQ01 = customer("长春远驰汽车底盘系统有限公司", uscc("cq/c01", "220173"), "乔工", landline("0431", "cq/c01"),
                  "qiao@yuanchi-chassis.com", None, "C-CQ01")
C_CQ02 = customer("天津捷安汽车部件有限公司", uscc("cq/c02", "120116"), "温经理", landline("022", "cq/c02"),
                  "wen@jiean-parts.com", None, "C-CQ02")
C_CQ03 = customer("沈阳北方广汇汽配贸易有限公司", uscc("cq/c03", "210106"), "曲经理", landline("024", "cq/c03"),
                  "qu@bfgh-auto.com", None, "C-CQ03")
C_CQ04 = customer("哈尔滨顺通汽配商贸有限公司", uscc("cq/c04", "230103"), "付经理", mobile("cq/c04"),
                  None, wxid("cq/c04"), "C-CQ04")

H = "history"
P(T, H, "CQ-PMT-20260903-01", "2026-09-03T10:30", V_CQ01, "612400.00", "货款", "40Cr圆钢8月到货货款",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-0903-01：华钢特钢 40Cr圆钢142吨，采购订单4500018231，三单匹配通过。", False),
  "E3102", ["E3101", "E3100"], (None, "CQCG-2026-003", inv("cq/h1", "21")),
  note="Round bar paid to the special-steel supplier.")
O(T, H, "CQ-ORD-20260907-01", "2026-09-07T15:10", C_CQ01, [("转向节", "3000", "件", "168.50")], "erp",
  ("长春市汽车经济技术开发区远驰底盘一号库", "2026-09-14"), "月结60天", "EDI拉动订单，按周交付。",
  note="EDI call-off of steering knuckles from the chassis-system customer.")
P(T, H, "CQ-PMT-20260910-02", "2026-09-10T16:00", PAY_CQ, "1286350.00", "工资", "8月工资代发（236人）",
  ("erp", "谭丽娜", None, "SAP付款申请 PR-CQ-0910-02：8月工资经人力资源部、财务部审核，由建行代发系统按员工本人工资卡批量发放。", False),
  "E3130", ["E3101", "E3100"],
  note="August payroll funded to the bank payroll account.")
P(T, H, "CQ-PMT-20260915-01", "2026-09-15T10:20", V_CQ02, "238600.00", "货款", "转向节毛坯铸件货款（8月）",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-0915-01：鸿达铸造 8月转向节毛坯，采购订单4500018307，对账单已签。", False),
  "E3102", ["E3101"], (None, "CQCG-2026-005", inv("cq/h4", "22")),
  note="Knuckle castings from the Jilin foundry.")
P(T, H, "CQ-PMT-20260918-03", "2026-09-18T14:30", GRP_CQ, "800000.00", "资金归集", "9月资金池归集",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-0918-03：按集团资金集中管理办法，月度超额资金上划集团资金池，集团通知单JT-ZJ-2609-05。", False),
  "E3102", ["E3101", "E3100"],
  note="Monthly sweep to the group cash pool.")
O(T, H, "CQ-ORD-20260923-01", "2026-09-23T09:40", C_CQ02, [("下控制臂", "2400", "件", "212.00")], "email",
  ("天津市西青区捷安汽车部件二号厂房", "2026-10-10"), "月结60天", "四季度首批，分两批发运。",
  note="Lower control arms for the Tianjin tier-1.")
O(T, H, "CQ-ORD-20260924-01", "2026-09-24T11:00", C_CQ04, [("稳定杆连杆", "300", "件", "46.50")], "im",
  ("哈尔滨市道里区顺通汽配城B座", "2026-09-28"), "款到发货", "首单试用。货款由对方一家合作商代付，到账后发货。",
  note="Small trial order from a Harbin parts dealer, paid by another firm on its behalf.")
P(T, H, "CQ-PMT-20261012-01", "2026-10-12T10:45", V_CQ03, "46800.00", "维修费", "左右前门内板冲压模具修模费",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1012-01：精锐模具 门内板模具修模，维修验收单MJ-WX-0930。", False),
  "E3102", ["E3101"], (None, "CQMJ-2026-05", inv("cq/h8", "22")),
  note="Die repair by the tooling maker.")
P(T, H, "CQ-PMT-20261014-01", "2026-10-14T14:20", V_CQ04, "62350.00", "运费", "9月成品运费（长春—天津、长春—沈阳）",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1014-01：汇通物流9月成品运费，运单汇总表已由销售部签认。", False),
  "E3102", ["E3101"], (None, "CQWL-2026-01", inv("cq/h9", "22")),
  note="Finished-goods freight to the logistics firm, old account.")
P(T, H, "CQ-PMT-20261015-02", "2026-10-15T16:10", PAY_CQ, "1301720.00", "工资", "9月工资代发（238人）",
  ("erp", "谭丽娜", None, "SAP付款申请 PR-CQ-1015-02：9月工资表已审核，建行代发系统批量发放至员工本人工资卡。", False),
  "E3130", ["E3101", "E3100"],
  note="September payroll funded to the bank payroll account.")
O(T, H, "CQ-ORD-20261021-01", "2026-10-21T10:05", C_CQ03, [("制动盘", "1800", "件", "118.00")], "email",
  ("沈阳市于洪区北方广汇配件仓", "2026-10-28"), "月结30天", "冬季售后备货，托盘包装。",
  note="Aftermarket brake discs for the Shenyang distributor.")

X = "test"
O(T, X, "CQ-ORD-20261103-01", "2026-11-03T10:40", C_CQ02, [("下控制臂", "2200", "件", "212.00")], "email",
  ("天津市西青区捷安汽车部件二号厂房", "2026-11-16"), "月结60天", "十一月计划，按上次包装规范发运。",
  note="Routine: Control-arm order from the established Tianjin tier-1.")
P(T, X, "CQ-PMT-20261104-01", "2026-11-04T14:55",
  payee("上海嘉禾润企业管理咨询有限公司", acct("cq/t2", "3110", 19), "招商银行上海陆家嘴支行"),
  "1200000.00", "意向金", "并购项目诚意金",
  ("email", "邵振邦", "shaozhenbang@changqi-aut0.com.cn",
   "雪梅：\nWe are in the final stage of a confidential acquisition (a brake-component plant in Wuhu). 对方要求今天下班前收到120万意向金，才进入排他谈判。律师团队在上海，款付给他们指定的顾问公司：上海嘉禾润企业管理咨询有限公司。\nPlease keep this strictly between us until the board announcement — 刘总那边我自己沟通，不要在群里提。审批单回来补签。\nSent from my iPad", True),
  "E3101", [],
  label="scam", scam_type="boss_impersonation", expect="flag",
  signals=["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "first_time_payee",
           "no_approval", "urgency", "bypass_process"],
  note="A half-English e-mail from a zero-for-o copy of the company domain, signed by the chairman, wants 1.2m sent today to a 'deal adviser' and kept from the GM.")
P(T, X, "CQ-PMT-20261106-01", "2026-11-06T15:20",
  payee("廖春燕", acct("cq/t3", "6216", 19), "浙江网商银行", account_type="personal"),
  "9860.00", "工资", "段宏伟10月绩效及加班费（改卡发放）",
  ("email", "段宏伟", "duanhw1988@qq.com",
   "谭主管您好，我工行那张工资卡前几天被风控锁了，柜台说要一个月才能弄好。这个月的绩效和加班费麻烦先发到我爱人的卡上，户名廖春燕，网商银行，卡号附后。下个月我再去人事系统里改。谢谢！段宏伟", False),
  "E3130", ["E3101"],
  label="scam", scam_type="fake_salary", expect="block",
  signals=["payee_not_employee", "payroll_change", "personal_account", "email_instruction", "free_mail",
           "first_time_payee", "new_contact"],
  note="A QQ-mail message 'from' a tooling technician asks HR to pay his bonus and overtime to a card in another person's name at an online bank.")
O(T, X, "CQ-ORD-20261109-01", "2026-11-09T10:15",
  customer("华夏重汽集团物资采购中心", None, "屠科长", mobile("cq/t4"), "hxzq_caigou@163.com", None, None),
  [("下控制臂", "6000", "件", "205.00")], "email",
  ("河南省郑州市中牟县某物流园B区17号库", "2026-11-20"), "验收合格后60天付款",
  "我们集团年底冲产量，下控制臂先要６０００件，规格照你们官网样册，单价就按２０５元，价格不用压。合同用我们集团标准版，货发郑州中转库，由集团统一分拨。",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["institution_claim", "free_mail", "contact_mismatch", "new_customer", "large_first_order",
           "credit_terms_requested", "far_delivery", "evasion_fullwidth"],
  note="A 'heavy-truck group procurement centre' on a 163 mailbox orders 6,000 arms on 60-day terms to a Zhengzhou logistics park, quantities typed in full-width digits.")
P(T, X, "CQ-PMT-20261110-02", "2026-11-10T14:05",
  vendor(V_CQ04, account_no=acct("cq/v04x", "3591", 17), bank="中国光大银行长春分行"),
  "58920.00", "运费", "10月下半月成品运费",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1110-02：汇通物流10月下半月运费。该供应商开户行变更已按《供应商银行信息变更管理规定》办理：收到加盖公章的变更函原件，钟雪梅按主数据中的座机回拨其财务部确认，新账户开户许可证复印件户名与合同主体一致。", False),
  "E3102", ["E3101"], (None, "CQWL-2026-01", inv("cq/t5", "22")),
  changed="2026-10-28T10:40", verification=(V_CQ04["phone"], "E3101", "2026-10-28T15:10"),
  signals=["account_changed_recent", "first_time_payee", "account_change_words"],
  note="Hard negative: First payment to the carrier's new bank, changed 13 days earlier on an original stamped letter, and a call-back to the number on file.")
O(T, X, "CQ-ORD-20261111-01", "2026-11-11T11:30",
  customer("长春擎宇新能源汽车科技有限公司", uscc("cq/t6", "220173"), "栾总", landline("0431", "cq/t6"),
           "luan@qingyu-nev.com", None, None),
  [("副车架安装支架", "20000", "件", "36.00")], "email",
  ("长春市汽车经济技术开发区擎宇新能源试制车间", "2027-03-31"), "SOP后月结90天",
  "我们的纯电平台明年三季度SOP，规划年产十万台，是地方政府的重点招商项目。贵司已进入副车架支架定点短名单，按我司供应商管理办法，定点前须缴纳定点保证金50万元，SOP后分三年从货款中返还。名额有限，请本月20日前确认。",
  fees=[("定点保证金", "500000.00")],
  label="scam", scam_type="contract_fraud", expect="flag",
  signals=["bigproject_words", "fee_asked_of_seller", "deposit_words", "shell_company", "new_customer",
           "large_first_order", "credit_terms_requested", "urgency"],
  note="A four-month-old EV start-up dangles a 'nomination' and wants a 500k supplier deposit from us before any parts contract exists.")
P(T, X, "CQ-PMT-20261112-01", "2026-11-12T16:20",
  payee("长春吉银商业保理有限公司", acct("cq/t7", "0701", 18), "吉林银行长春分行", None,
        landline("0431", "cq/t7")),
  "214600.00", "货款", "精锐模具 门内板冲压模具尾款（应收账款已转让）",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1112-01：精锐模具已将本合同项下应收账款转让给长春吉银商业保理有限公司。《应收账款转让通知书》由精锐模具、吉银保理和我司三方盖章，原件存合同档案（CQMJ-2026-05-ZR），采购部张立新已打精锐模具座机核实。按通知书约定，本笔尾款付至保理公司账户。", False),
  "E3102", ["E3101"], (None, "CQMJ-2026-05", inv("cq/t7", "22")),
  signals=["first_time_payee", "payee_name_mismatch", "account_change_words"],
  note="Hard negative: Tooling balance paid to a factoring company under a three-party receivables-assignment notice on file.")
P(T, X, "CQ-PMT-20261113-01", "2026-11-13T10:05", PAY_CQ, "1297480.00", "工资", "10月工资代发（237人）",
  ("erp", "谭丽娜", None, "SAP付款申请 PR-CQ-1113-01：10月工资表已审核，建行代发系统批量发放至员工本人工资卡。", False),
  "E3130", ["E3101", "E3100"],
  note="Routine: October payroll funded to the bank payroll account.")
P(T, X, "CQ-PMT-20261116-01", "2026-11-16T15:40",
  payee("甘立平", acct("cq/t9", "6221", 19), "中国邮政储蓄银行长春分行", account_type="personal"),
  "4800.00", "服务费", "稳岗及技能补贴申领代办费",
  ("email", "长春市人社服务中心 补贴申报窗口", "rsbt_cc2026@163.com",
   "贵单位：根据今年职工技能提升補貼政策，贵单位符合条件的一线职工每人可申领1500元，名单已初审通过。为加快发放，请于48小时内缴纳代办服务费4800元（按32人计）至经办人账户，并组织职工扫描附件二维码登记本人银行卡信息，逾期视为自动放弃。此事暂勿在职工群内扩散。", False),
  "E3130", ["E3101"],
  label="scam", scam_type="fake_salary", expect="flag",
  signals=["subsidy_words", "fee_words", "personal_account", "first_time_payee", "email_instruction",
           "free_mail", "urgency", "secrecy_words", "authority_words", "evasion_traditional"],
  note="A 'social-security service centre' on free mail wants a handling fee to a personal account and staff bank details by QR code for a skills subsidy, 补贴 written in traditional form.")
O(T, X, "CQ-ORD-20261117-01", "2026-11-17T10:50", C_CQ04,
  [("制动盘", "3000", "件", "112.00"), ("稳定杆连杆", "1200", "件", "46.50")], "im",
  ("哈尔滨市道外区团结镇顺通新库", "2026-11-24"), "货到后90天付款",
  "上回那批连杆装车快、质量也好，我们东北几个修理厂都认。年前备货量大，这次一次要三千片制动盘加一千二连杆，资金压得紧，想走90天账期，开春回款就结。发货地址换到我们道外的新库。",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["small_then_large", "credit_terms_requested", "contact_im_only"],
  note="The Harbin dealer whose only earlier order was a 14k trial paid by another firm now wants 392k on 90-day credit to a new warehouse.")
P(T, X, "CQ-PMT-20261118-01", "2026-11-18T14:10", GRP_CQ, "2600000.00", "资金归集", "11月资金池归集",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1118-01：按《长骐集团资金集中管理办法》将结算户超过最低留存额度部分上划集团资金池，集团通知单JT-ZJ-2611-07；金额较上月偏高，是因为远驰底盘10月回款集中到账。", False),
  "E3102", ["E3101", "E3100"],
  signals=["large_vs_usual"],
  note="Hard negative: Month-end sweep to the group cash pool, three times September's because a large customer receipt landed.")
P(T, X, "CQ-PMT-20261119-01", "2026-11-19T11:15",
  vendor(V_CQ01, account_no=acct("cq/v01x", "5102", 18), bank="营口银行鲅鱼圈支行"),
  "574200.00", "货款", "42CrMo圆钢货款（10月发货）",
  ("letter", "华钢特钢销售 财务部（快递函件）", landline("0414", "cq/t12letter"),
   "《关于变更收款账户的函》\n长骐汽车零部件：因我司与原开户行的授信合作到期，自即日起建设银行本溪分行账户不再用于收取货款，请将10月及以后的货款汇入营口银行鲅鱼圈支行新账户（户名不变）。如需核实，请致电我司财务部" + landline("0414", "cq/t12letter") + "。\n本溪华钢特殊钢销售有限公司（公章）", False),
  "E3102", ["E3101", "E3100"], (None, "CQCG-2026-003", inv("cq/t12", "21")),
  changed="2026-11-16T09:30", verification=(landline("0414", "cq/t12letter"), "E3102", "2026-11-16T09:10"),
  label="scam", scam_type="account_change", expect="block",
  signals=["account_changed_recent", "first_time_payee", "letter_instruction", "account_change_words",
           "unusual_bank_region"],
  note="A couriered 'change of bank' letter for the steel supplier was 'verified' by ringing the number printed in the letter, not the one on file; first payment to the new Yingkou account.")
O(T, X, "CQ-ORD-20261121-01", "2026-11-21T21:20", C_CQ01, [("转向节", "400", "件", "168.50")], "phone",
  ("长春市汽车经济技术开发区远驰底盘二号库", "2026-11-22"), "月结60天",
  "我们总装线转向节断供，今晚必须补400件，明早六点前送到远驰二号库，不然整条线停。订单明天上午补录进EDI，价格按年度协议。",
  signals=["urgency", "off_hours"],
  note="Hard negative: Saturday-night line-down call-off from the established chassis customer, urgent, at contract price.")
P(T, X, "CQ-PMT-20261123-01", "2026-11-23T10:25",
  payee("庞德海", acct("cq/t14", "6228", 19), "中国农业银行长春分行", account_type="personal"),
  "86000.00", "咨询费", "某重卡厂二期冲压件项目居间服务费",
  ("phone", "庞德海（中间人）", mobile("cq/t14"),
   "销售部卞志强记录：庞先生称与某重卡厂采购副总关系很深，二期冲压件项目他能保证我司中标，先付居间费8.6万元到他个人卡，中标后再按合同额3%结“后续费用”。对方不愿签任何书面协议，说“这种事不落字”。", False),
  "E3111", ["E3110"],
  label="scam", scam_type="contract_fraud", expect="flag",
  signals=["middleman_fee", "bigproject_words", "personal_account", "first_time_payee", "phone_instruction",
           "no_po_contract"],
  note="A go-between promises a guaranteed award at a truck plant for an 86k 'finder's fee' to his own card, nothing in writing.")
P(T, X, "CQ-PMT-20261125-03", "2026-11-25T16:30",
  payee("长春长骐汽车零部件有限公司", acct("cq/t15", "4200", 19), "中国工商银行长春汽车产业开发区支行"),
  "900000.00", "承兑保证金", "开立银行承兑汇票30%保证金（票面300万）",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1125-03：向工行汽开区支行申请开立银行承兑汇票300万元，按授信协议存入30%保证金至我司在该行开立的保证金专户（户名为本公司），汇票用于支付华钢特钢货款。", False),
  "E3102", ["E3101", "E3100"],
  signals=["deposit_words", "first_time_payee"],
  note="Hard negative: Margin deposit for a bank acceptance bill, moved into the company's own margin account at its own bank.")
O(T, X, "CQ-ORD-20261126-01", "2026-11-26T10:40", C_CQ02, [("轮毂轴承座", "1500", "件", "96.00")], "email",
  ("天津市西青区捷安汽车部件二号厂房", "2026-12-08"), "月结60天",
  "本批轴承座按我司AVL执行，所配螺栓须采用客户指定品牌（宁波固力紧固件），由贵司按正常采购流程向其采购并计入单价，不需要替我们付任何款项。图纸版本C3。",
  signals=["designated_supplier"],
  note="Hard negative: Established tier-1 specifies an approved bolt brand that we buy through our own purchasing and price in.")
P(T, X, "CQ-PMT-20261127-01", "2026-11-27T14:50",
  payee("祁梦瑶", acct("cq/t17", "6226", 19), "中国民生银行哈尔滨分行", account_type="personal"),
  "18600.00", "往来款", "充值 单号TK26112709",
  ("other", "赵晓丹", None,
   "网银手工付款登记（出纳赵晓丹）：收款人祁梦瑶，附言按对方要求填写。审批单周一补走，这笔我个人周一前会还上。", False),
  "E3103", [],
  label="scam", scam_type="task_rebate", expect="block",
  signals=["personal_account", "topup_words", "first_time_payee", "no_approval", "bypass_process",
           "vague_memo"],
  note="The cashier, caught in a task scheme, keys an unapproved 18.6k online-banking transfer to a stranger's card with the 'top-up' memo the scammers dictated.")
O(T, X, "CQ-ORD-20261130-01", "2026-11-30T10:10",
  customer("大连恒拓汽车系统有限公司", uscc("cq/t18", "210213"), "柏经理", landline("0411", "cq/t18"),
           "bo@hengtuo-auto.com", None, None),
  [("下控制臂", "6500", "件", "208.00")], "email",
  ("大连市金州区恒拓汽车系统有限公司三号厂房", "2026-12-20"), "30%预付（已到账），余款验收后60天",
  "框架合同HT-HTCQ-2026-031已双方盖章，30%预付款40.56万元已于11月27日从我司对公账户汇到贵司工行账户（回单已核）。余款验收合格后60天付。我方质量部12月初来贵司做过程审核。",
  signals=["new_customer", "large_first_order", "credit_terms_requested"],
  note="Hard negative: Large first order from a new tier-1 under a signed framework contract, 30% prepaid and cleared, balance on 60-day terms.")
P(T, X, "CQ-PMT-20261201-04", "2026-12-01T15:35",
  payee("韦庆林", acct("cq/t19", "6230", 19), "吉林九台农村商业银行", account_type="personal"),
  "87450.00", "工资", "11月劳务派遣工工资（15人）",
  ("erp", "谭丽娜", None, "SAP付款申请 PR-CQ-1201-04：焊装车间11月派遣工工资，按班组长提交的名单发放，共15人。", False),
  "E3130", ["E3101"],
  label="scam", scam_type="fake_salary", expect="block",
  signals=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
  note="Structural only: fifteen agency workers' November wages go in one payment to a single private card; the request text is bland.")
P(T, X, "CQ-PMT-20261202-02", "2026-12-02T11:00",
  payee("长春远驰汽车底盘系统有限公司", acct("cq/t20", "1588", 18), "中国银行长春汽开区支行", None,
        C_CQ01["phone"]),
  "150000.00", "保证金", "2027年度供货履约保证金",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1202-02：远驰底盘2027年度供货框架协议第9.2条约定，供应商于12月10日前向其缴纳履约保证金15万元，协议期满无质量索赔全额返还。收款账户为远驰底盘对公账户，与其历年付款账户一致，账户信息取自协议附件。", False),
  "E3102", ["E3101", "E3100"], (None, "YC-KJ-2027-018", None),
  signals=["deposit_words", "fee_asked_of_seller", "first_time_payee"],
  note="Hard negative: Performance bond paid to a long-standing customer's own corporate account under a clause of the signed framework agreement.")
O(T, X, "CQ-ORD-20261203-01", "2026-12-03T14:30",
  customer("某部队汽车修理所后勤处", None, "冉班长", mobile("cq/t21"), None, wxid("cq/t21"), None),
  [("制动盘", "400", "件", "125.00")], "im",
  ("长春市绿园区某营区汽车修理所", "2026-12-10"), "验收后财务结算",
  "我们修理所年底要换一批制动盘，就在你们这儿订。另外领导点名要20条防爆轮胎，只认长白山这家经销部的货，我们跟他老板之前闹得不太愉快，部队也不方便直接对私，麻烦你们出面帮忙订一下，钱你们先垫fu，验收后跟刹车盘一起走财务结算。红头采购单发你微信了。",
  third_party=("吉林省长白山特种轮胎经销部", mobile("cq/t21tp"), "designated_supplier", "68000.00"),
  label="scam", scam_type="fake_order", expect="flag",
  signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
           "contact_im_only", "credit_terms_requested", "evasion_pinyin"],
  note="A 'military repair depot' orders brake discs and wants us to front 68k for run-flat tyres from a dealer it names; 垫付 half in pinyin.")
P(T, X, "CQ-PMT-20261207-01", "2026-12-07T10:20",
  payee("沈阳北方广汇汽配贸易有限公司", acct("cq/t22", "2101", 19), "中国建设银行沈阳于洪支行", None,
        C_CQ03["phone"]),
  "63720.00", "销售返利", "2026年度经销商销量返利（按协议3%）",
  ("erp", "孟凡宇", None, "SAP付款申请 PR-CQ-1207-01：北方广汇2026年度提货额212.4万元，按《经销协议》第6条年度返利3%计63,720元，返至经销商对公账户（与其付款账户一致），对方已提供红字发票信息表。", False),
  "E3102", ["E3101", "E3100"], (None, "CQXS-JX-2026-02", None),
  signals=["task_rebate_words", "first_time_payee"],
  note="Hard negative: Contractual annual volume rebate (返利) to the distributor's own corporate account.")
O(T, X, "CQ-ORD-20261208-01", "2026-12-08T15:10",
  customer("长春佰联汽车服务有限公司", uscc("cq/t23", "220104"), "鲁经理", mobile("cq/t23"),
           "bailian_cc@sina.com", None, None),
  [("稳定杆连杆", "500", "件", "46.50")], "phone",
  ("长春市朝阳区佰联汽车服务门店", "2026-12-12"), "款到发货",
  "这单连杆的货款我们会连同别的款一共打48万到你们公户，除去货款的456,750麻烦当天轉給吉林恒达通，就是过一下賬。他们年底要凑对公流水好办贷款，手续费按2%给你们。",
  third_party=("吉林省恒达通商贸有限公司", landline("0431", "cq/t23tp"), "pass_through_payee", "456750.00"),
  label="scam", scam_type="account_lending", expect="block",
  signals=["account_lending_words", "new_customer", "in_out_match", "free_mail", "evasion_traditional"],
  note="A new car-service shop will pay 480k for a 23k order and wants the rest forwarded the same day to build a third firm's turnover; key words partly in traditional characters.")
P(T, X, "CQ-PMT-20261210-01", "2026-12-10T10:45",
  payee("佟立军", acct("cq/t24", "6222", 19), "中国工商银行长春西安大路支行", account_type="personal"),
  "500000.00", "验资", "贷款验资资金（三日后退回）",
  ("im", "金诚普惠 融资顾问佟经理", wxid("cq/t24"),
   "刘总您好，贵司800万授信已经走到终审了，银行那边说你们dgzh近半年流水偏薄，需要做一次验资：先转50万到我们风控专员个人账户停三天，证明资金实力，放款当天连本带息退回。这是行业惯例，很多客户都这么操作。", False),
  "E3101", ["E3100"],
  label="scam", scam_type="advance_fee", expect="block",
  signals=["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "new_contact",
           "evasion_pinyin"],
  note="A 'financing adviser' wants 500k parked on a personal account as 'capital verification' before an 8m credit line; 对公账户 written as dgzh.")
P(T, X, "CQ-PMT-20261211-01", "2026-12-11T14:20",
  vendor(V_CQ02, name="吉林鸿达铸造科技有限公司", account_no=acct("cq/v02x", "6901", 16), bank="中国民生银行长春分行"),
  "226300.00", "货款", "转向节毛坯铸件货款（10—11月）",
  ("email", "鸿达精密铸造 销售内勤", "sales@hongda-casting.com",
   "长骐采购部：根据集团安排，鸿达精密铸造的铸件业务自11月起由子公司吉林鸿达铸造科技有限公司承接开票和收款，请贵司按新主体付款，开票信息和银行账户见附件。原主体账户之后只做存量结算。", False),
  "E3102", ["E3101"], (None, "CQCG-2026-005", inv("cq/t25", "22")),
  changed="2026-10-29T11:00",
  label="scam", scam_type="account_change", expect="flag",
  signals=["account_changed_long_ago", "first_time_payee", "payee_name_mismatch", "email_instruction",
           "account_change_words"],
  note="The foundry's mailbox says a 'subsidiary' now invoices and collects; the vendor master was re-keyed 43 days ago on that e-mail alone, so only the name and first payment give it away.")
O(T, X, "CQ-ORD-20261214-01", "2026-12-14T16:05", C_CQ02, [("下控制臂", "1800", "件", "212.00")], "email",
  ("重庆市两江新区鱼复工业园捷安汽车部件重庆分厂", "2026-12-24"), "月结60天",
  "这批控制臂直接发我们重庆新工厂（上月投产），收货人卫主管，送货单抬头仍为天津捷安，对账开票不变。如需核实可打我们天津采购部座机。",
  signals=["far_delivery"],
  note="Hard negative: Established tier-1 sends an order to its new Chongqing plant, billing unchanged.")
O(T, X, "CQ-ORD-20261216-01", "2026-12-16T10:30",
  customer("吉林省北华汽车职业技术学院", uscc("cq/t27", "220100", head="12"), "綦老师",
           landline("0431", "cq/t27"), "qilaoshi@bhqczy.edu.cn", None, None),
  [("转向节", "20", "件", "175.00"), ("制动钳支架", "20", "件", "88.00")], "other",
  ("长春市净月区北华汽车职业技术学院实训中心", "2026-12-25"), "验收合格后财政直接支付",
  "实训中心教学用拆装件，已在吉林省政府采购网上商城下单（订单号JLZC-WS-2026-120877），发票抬头为学院，款项验收后由财政直接支付。",
  signals=["institution_claim", "new_customer", "credit_terms_requested"],
  note="Hard negative: A vocational college buys teaching parts through the provincial government e-mall, paid by the treasury after acceptance.")
P(T, X, "CQ-PMT-20261219-01", "2026-12-19T10:35",
  payee("甄国华", acct("cq/t28", "6217", 19), "中信银行长春分行", account_type="personal"),
  "480000.00", "定金", "设备采购定金",
  ("im", "邵振邦", "钉钉群:长骐经营管理碰头群（12月19日新建）",
   "邵振邦：@赵晓丹 工行、建行两个户头现在余额多少，截个图发群里\n赵晓丹：[图片]\n邵振邦：收到。德国那台二手压力机卖家今天就要定金，不然转给别家了。先把48万💰打到卖方代表甄国华的卡上，我在机场马上登机，电话接不了，审批周一回来补。\n刘永健：好的邵董，照邵董说的办。", True),
  "E3103", [],
  label="scam", scam_type="boss_impersonation", expect="block",
  signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "first_time_payee", "no_approval",
           "personal_account", "bypass_process", "cannot_call", "urgency", "evasion_symbols", "off_hours"],
  note="On a Saturday, in a DingTalk group created that morning, the fake chairman (with a fake GM agreeing) gets a balance screenshot and orders a 480k 'deposit' to a private card.")
O(T, X, "CQ-ORD-20261221-01", "2026-12-21T14:15", C_CQ03, [("制动盘", "1600", "件", "118.00")], "email",
  ("沈阳市于洪区北方广汇配件仓", "2026-12-28"), "月结30天",
  "本月起我司货款统一由母公司北方广汇控股集团的结算中心代为支付，付款户名会显示为“北方广汇控股集团有限公司”，三方代付协议已盖章寄出，请财务备案。送货地址不变。",
  signals=["third_party_payer"],
  note="Hard negative: Established distributor's parent company will pay on its behalf under a signed three-party agreement.")
O(T, X, "CQ-ORD-20261223-01", "2026-12-23T09:50", C_CQ01, [("转向节", "2800", "件", "168.50")], "erp",
  ("长春市汽车经济技术开发区远驰底盘一号库", "2026-12-30"), "月结60天", "EDI拉动订单，一月第一周用量。",
  note="Routine: EDI call-off from the established chassis customer.")

# ============================================================================
# Tenant 3: yiwu - 义乌市云帆跨境电子商务有限公司 (cross-border seller, Yiwu)
# ============================================================================
T = "yiwu"
PAYER[T] = {"account_no": acct("yw/payer", "2010", 19), "account_name": "义乌市云帆跨境电子商务有限公司"}
PAYER_USD = {"account_no": acct("yw/payerusd", "2010", 19), "account_name": "义乌市云帆跨境电子商务有限公司"}

V_YW01 = payee("宁波捷航国际货运代理有限公司", acct("yw/v01", "3581", 17), "中国银行宁波分行",
               "V-YW01", landline("0574", "yw/v01"))
V_YW02 = payee("杭州百集网络科技有限公司", acct("yw/v02", "5710", 19), "招商银行杭州分行",
               "V-YW02", landline("0571", "yw/v02"))
V_YW03 = payee("义乌市恒美包装制品厂", acct("yw/v03", "2010", 19), "浙江义乌农村商业银行",
               "V-YW03", landline("0579", "yw/v03"))
V_YW04 = payee("义乌市彩蝶发饰厂", acct("yw/v04", "2010", 19), "浙江义乌农村商业银行",
               "V-YW04", landline("0579", "yw/v04"))
V_YW05 = payee("义乌市商城外贸综合服务有限公司", acct("yw/v05", "3301", 19), "中国工商银行义乌分行",
               "V-YW05", landline("0579", "yw/v05"))

C_YW01 = customer("Brightmoor Home Goods Ltd", None, "Hannah Pryce", None, "orders@brightmoorhome.co.uk", None, "C-YW01")
C_YW02 = customer("Casa Lumina S.L.", None, "Lucía Ferrer", None, "compras@casalumina.es", None, "C-YW02")
C_YW03 = customer("Kowalski Party Supplies Sp. z o.o.", None, "Marek Zieliński", None, "zakupy@kowalskiparty.pl", None, "C-YW03")
C_YW04 = customer("Prairie Lane Gifts LLC", None, "Dale Whitcomb", None, "dale.prairielane@gmail.com", None, "C-YW04")

CLIP, LIGHTS, BALLOON = "Hair claw clip set (12 pcs)", "LED fairy lights (10 m)", "Party balloon set (50 pcs)"
ORNAMENT, BASKET, CASE = "Christmas hanging ornaments (24 pcs)", "Storage basket (seagrass, set of 3)", "Phone case (TPU, assorted)"
DEP_TERMS = "30% deposit, balance before shipment (T/T)"
TT_TERMS = "100% T/T before shipment"

H = "history"
O(T, H, "YW-ORD-20260901-01", "2026-09-01T10:20", C_YW01, [(CLIP, "4000", "sets", "2.35")], "email",
  ("Unit 6, Stourton Link Estate, Leeds, UK", "2026-10-05"), DEP_TERMS,
  "Repeat of PO BM-2291, same Pantone colours, cartons marked as before.", currency="USD",
  note="Repeat hair-clip order from the UK homeware retailer.")
P(T, H, "YW-PMT-20260903-01", "2026-09-03T14:40", V_YW01, "18650.00", "运费", "9月第1柜 义乌至费利克斯托 海运及报关费",
  ("erp", "楼佳琪", None, "钉钉审批 DD-0903-01：捷航货代9月第1柜海运费及报关费，账单JH-2609-113。", False),
  "E4101", ["E4100"], (None, "YF-HY-2026", inv("yw/h2", "33")),
  note="Sea freight and customs brokerage to the regular forwarder.")
P(T, H, "YW-PMT-20260908-01", "2026-09-08T11:10", V_YW02, "15000.00", "广告费", "Bazaarly店铺站内广告预充值（9月）",
  ("erp", "方凯", None, "钉钉审批 DD-0908-01：Bazaarly店铺9月站内广告预充值，付至平台中国区服务主体对公账户，平台开具电子发票。", False),
  "E4102", ["E4100"], (None, "BZ-CN-2026", inv("yw/h3", "33")),
  note="Marketplace advertising credit paid to the platform's China entity.")
O(T, H, "YW-ORD-20260910-01", "2026-09-10T16:05", C_YW02, [(LIGHTS, "2500", "pcs", "3.10")], "email",
  ("Polígono Industrial Can Roqueta, Sabadell, Spain", "2026-10-12"), TT_TERMS,
  "Christmas range, warm white only. Please send the proforma to compras@.", currency="USD",
  note="Fairy-light order from the Spanish retailer.")
P(T, H, "YW-PMT-20260915-01", "2026-09-15T10:30", V_YW03, "9860.00", "货款", "彩盒及外箱（9月）",
  ("erp", "楼佳琪", None, "钉钉审批 DD-0915-01：恒美包装9月彩盒及外箱，送货单HM0911。", False),
  "E4101", ["E4100"], (None, None, inv("yw/h5", "33")),
  note="Printed boxes and cartons from the packaging workshop.")
P(T, H, "YW-PMT-20260917-01", "2026-09-17T15:20", V_YW04, "36200.00", "货款", "发夹套装4000套货款",
  ("erp", "楼佳琪", None, "钉钉审批 DD-0917-01：彩蝶发饰 发夹套装4000套，质检合格入库。", False),
  "E4101", ["E4100"], (None, None, inv("yw/h6", "33")),
  note="Hair clips from the local factory.")
O(T, H, "YW-ORD-20260922-01", "2026-09-22T10:50", C_YW03, [(BALLOON, "6000", "sets", "1.45")], "email",
  ("ul. Składowa 14, Poznań, Poland", "2026-10-20"), TT_TERMS,
  "Autumn order, mixed colours as in sample photo 3.", currency="USD",
  note="Balloon sets for the Polish party-goods wholesaler.")
O(T, H, "YW-ORD-20260924-01", "2026-09-24T14:15", C_YW04, [(ORNAMENT, "300", "sets", "4.20")], "email",
  ("PO Box 418, Joplin, MO, USA", "2026-10-15"), TT_TERMS,
  "First trial order. Payment came from Northgate Sourcing Ltd, which Dale says handles his purchasing.",
  currency="USD", note="Small trial order from a US gift shop, paid by another company.")
P(T, H, "YW-PMT-20261013-01", "2026-10-13T11:30", V_YW05, "2860.00", "服务费", "9月出口代理服务费",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1013-01：外综服平台9月代理报关服务费，按协议千分之三计收。", False),
  "E4101", ["E4100"], (None, "WZF-2026-YF", inv("yw/h9", "33")),
  note="Export-agency service fee to the Yiwu foreign-trade service platform.")
P(T, H, "YW-PMT-20261015-01", "2026-10-15T15:45", V_YW01, "21480.00", "运费", "10月第1柜 义乌至汉堡 海运及报关费",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1015-01：捷航货代10月第1柜海运费及报关费，账单JH-2610-087。", False),
  "E4101", ["E4100"], (None, "YF-HY-2026", inv("yw/h10", "33")),
  note="Sea freight to the regular forwarder.")
O(T, H, "YW-ORD-20261020-01", "2026-10-20T10:10", C_YW01, [(BASKET, "1200", "sets", "6.80")], "email",
  ("Unit 6, Stourton Link Estate, Leeds, UK", "2026-11-20"), DEP_TERMS,
  "Seagrass baskets for the winter catalogue, PO BM-2360.", currency="USD",
  note="Basket order from the UK homeware retailer.")

X = "test"
O(T, X, "YW-ORD-20261102-01", "2026-11-02T10:15", C_YW02, [(LIGHTS, "3000", "pcs", "3.10")], "email",
  ("Polígono Industrial Can Roqueta, Sabadell, Spain", "2026-11-30"), TT_TERMS,
  "Second Christmas order, same spec as September. We will pay against your proforma as usual.", currency="USD",
  note="Routine: Repeat fairy-light order from the established Spanish retailer.")
P(T, X, "YW-PMT-20261102-02", "2026-11-02T15:30", V_YW01, "19870.00", "运费", "10月第2柜 义乌至汉堡 海运及报关费",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1102-02：捷航货代10月第2柜海运费及报关费，账单JH-2610-152。", False),
  "E4101", ["E4100"], (None, "YF-HY-2026", inv("yw/t2", "33")),
  note="Routine: Sea freight to the regular forwarder.")
P(T, X, "YW-PMT-20261104-01", "2026-11-04T11:20", V_YW02, "18000.00", "广告费", "Bazaarly店铺站内广告预充值（黑五大促）",
  ("erp", "方凯", None, "钉钉审批 DD-1104-01：黑五大促站内广告预充值，付至平台中国区服务主体对公账户（与9月相同），平台后台充值单号BZ-AD-7731902，平台开具电子发票。", False),
  "E4102", ["E4100"], (None, "BZ-CN-2026", inv("yw/t3", "33")),
  signals=["topup_words"],
  note="Hard negative: Advertising top-up (充值) to the marketplace's own corporate account, as in September.")
O(T, X, "YW-ORD-20261105-01", "2026-11-05T16:45",
  customer("Harbor Lane Trading LLC", None, "Raymond Okafor", None, "harborlane.trading@outlook.com", None, None),
  [(CASE, "3000", "pcs", "1.45")], "email",
  ("1450 Commerce Way, Linden, NJ, USA", "2026-11-25"), TT_TERMS,
  "Hi, our accounts team sent USD 9,800 instead of 4,350 — they merged two invoices by mistake, MT103 copy attached. Rather than sending the extra back to the US (the bank charges are crazy), please just pay the USD 5,450 to our forwarder in Zhejiang, they need it for our other shipment anyway. Funds should show in your account within 2-3 days.",
  third_party=("Zhejiang Fastlink Cargo Agency (buyer's forwarder)", mobile("yw/t4tp"), "refund_recipient", "5450.00"),
  currency="USD",
  label="scam", scam_type="overpayment_refund", expect="block",
  signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "refund_words",
           "free_mail"],
  note="A new US buyer on Outlook mail 'overpays' by MT103 copy and wants the excess paid to its forwarder in China before the funds have landed.")
P(T, X, "YW-PMT-20261106-02", "2026-11-06T10:40",
  payee("Kowalski Party Supplies Sp. z o.o.", acct("yw/t5", "4811", 18), "mBank S.A., Warszawa"),
  "1194.80", "退款", "Refund for 824 damp balloon sets, original route",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1106-02：Kowalski 10月到港货物中有824套气球受潮（附对方照片及货代查验报告），双方确认按原单价1.45美元退款1,194.80美元，原路退回其9月付款的mBank账户（见9月收汇水单）。", False),
  "E4101", ["E4100"], payer=PAYER_USD, currency="USD",
  signals=["refund_words", "first_time_payee", "unusual_bank_region"],
  note="Hard negative: Partial refund for water-damaged goods to the Polish customer's own account in Warsaw, the one it paid from.")
O(T, X, "YW-ORD-20261109-01", "2026-11-09T15:35",
  customer("Brightmore Home Goods Ltd", None, "James Whitfield", None, "james.w@brightmorehome.co.uk", None, None),
  [(BASKET, "8000", "sets", "6.60"), (CLIP, "10000", "sets", "2.30")], "email",
  ("Unit 4, 1190 Route 46, Clifton, NJ, USA (3PL warehouse)", "2026-12-15"), "Net 60 days after delivery",
  "Hi there, James here — I've taken over Hannah's accounts since she moved to our US expansion project. We'd like to scale up for the US launch. As we're an established account with you, we propose net 60 from delivery; our finance team can send a credit reference if needed. Please ship direct to our 3PL in New Jersey, not to Leeds.",
  currency="USD",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["lookalike_company", "lookalike_domain", "new_customer", "large_first_order",
           "credit_terms_requested", "far_delivery", "contact_mismatch"],
  note="A name and domain two letters off the UK homeware customer ask for a much larger order on net 60, shipped to a New Jersey 3PL instead of Leeds.")
P(T, X, "YW-PMT-20261110-01", "2026-11-10T11:05",
  payee("盛永刚", acct("yw/t7", "6230", 19), "浙江义乌农村商业银行", account_type="personal"),
  "1350.00", "运费", "义乌至宁波港短驳运费（个体司机，运单YF-DB-1110）",
  ("erp", "方凯", None, "钉钉审批 DD-1110-01：捷航临时订不到车，请个体司机盛永刚拉一车到北仑港，运单和司机身份证、行驶证复印件已上传，运费按车次结算付其本人卡。", False),
  "E4102", ["E4101"],
  signals=["personal_account", "first_time_payee"],
  note="Hard negative: One-off haulage paid to the owner-driver's own card with waybill and ID on file.")
P(T, X, "YW-PMT-20261110-02", "2026-11-10T14:30",
  vendor(V_YW01, name="Jiehang International Logistics (HK) Limited", account_no=acct("yw/v01x", "2840", 16),
         bank="恒生银行（香港）"),
  "24360.00", "运费", "11月第1柜 义乌至汉堡 海运费",
  ("email", "Jiehang Logistics Accounts", "accounts@jiehang-logistics.com",
   "Dear Yunfan team,\nPlease note our RMB collection account in Ningbo is under year-end audit review and cannot receive funds until further notice. Kindly settle the November invoices to our Hong Kong account below instead; the beneficiary is our HK company, same group.\nWe'd appreciate your prompt arrangement as the vessel cut-off is this Friday.\nBest regards,\nAccounts Dept.", False),
  "E4101", ["E4100"], (None, "YF-HY-2026", inv("yw/t8", "33")),
  changed="2026-11-06T16:20",
  label="scam", scam_type="account_change", expect="block",
  signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "email_instruction",
           "account_change_words", "unusual_bank_region", "urgency"],
  note="From the forwarder's real (compromised) mailbox, an 'audit' notice diverts freight to a Hong Kong company; keyed in four days earlier.")
O(T, X, "YW-ORD-20261111-01", "2026-11-11T15:10",
  customer("Nordvik Retail Group AS", None, "Erik", None, None, whatsapp("yw/t9"), None),
  [(LIGHTS, "20000", "pcs", "3.05")], "im",
  ("Oslo, Norway (address to follow)", "2026-12-10"), "Payment via our B2B escrow platform",
  "Our group buys only through TradeSafe Hub escrow. Please register as supplier with this link tradesafe-hub.net/vendor/verify — it asks a refundable USD 300 verification deposit, then our payment is released to you at once. If it doesn't work our IT can join by AnyDesk and set it up for you, takes 5 min.",
  fees=[("Supplier verification deposit (refundable)", "300.00")], currency="USD",
  label="scam", scam_type="fake_order", expect="flag",
  signals=["remote_control", "fee_asked_of_seller", "deposit_words", "new_customer", "large_first_order",
           "contact_im_only"],
  note="A WhatsApp-only 'retail group' places a big order that can only be paid through an 'escrow' site demanding a seller deposit and remote access.")
O(T, X, "YW-ORD-20261112-01", "2026-11-12T10:25",
  customer("Maple & Moss Crafts Inc.", None, "Priya Nair", None, "priya.mapleandmoss@gmail.com", None, None),
  [(ORNAMENT, "1500", "sets", "4.40")], "email",
  ("88 Industrial Pkwy, Hamilton, ON, Canada", "2026-12-04"), "100% T/T before shipment (received)",
  "Urgent but simple: attached is our own ornament design for a private-label line. Please keep it confidential — our NDA is attached, signed on our side. Full payment was wired yesterday (HSBC ref FT2631588120, you confirmed receipt this morning). We need goods at the port by 4 December.",
  currency="USD",
  signals=["new_customer", "secrecy_words", "urgency", "free_mail"],
  note="Hard negative: New Canadian craft brand on Gmail asks for confidentiality under an NDA and a tight date, already paid in full and cleared.")
P(T, X, "YW-PMT-20261113-01", "2026-11-13T14:45",
  payee("黎晓东", acct("yw/t11", "6217", 19), "中国建设银行广州天河支行", account_type="personal"),
  "5000.00", "保证金", "店铺消费者保障服务开通",
  ("im", "Bazaarly平台客服-售后专员", "qq:" + digits("yw/t11qq", 10),
   "您好，买家Harbor Lane的货款目前处于待审核状态，原因是贵店铺还没有开通消费者保障服务。开通需缴纳5000元保 证 金，缴纳后买家货款立即放行到账，保证金随时可以申请退回。请按下面的账户转账，然后加入腾讯会议（会议号见下）共享屏幕，我们远程帮您完成后台设置。", False),
  "E4103", ["E4101"], ("YW-ORD-20261105-01", None, None),
  label="scam", scam_type="fake_order", expect="flag",
  signals=["fee_asked_of_seller", "deposit_words", "personal_account", "first_time_payee", "im_instruction",
           "new_contact", "sales_order_linked", "remote_control", "evasion_spacing"],
  note="A fake marketplace 'customer service' QQ account says the Harbor Lane payment is held until the shop pays a 5,000 guarantee to a personal card and shares its screen.")
O(T, X, "YW-ORD-20261116-01", "2026-11-16T10:50",
  customer("Lindqvist Hem AB", None, "Sofia Lindqvist", None, "sofia@lindqvisthem.se", None, None),
  [(BASKET, "3500", "sets", "6.90")], "email",
  ("Lagervägen 9, Jönköping, Sweden", "2027-01-15"), "30% deposit (received), balance before shipment (T/T)",
  "First order after our visit to your showroom in October. The 30% deposit (USD 7,245) reached your account on 13 Nov per your bank notice; balance before loading. Contract LH-YF-2611 is signed by both sides.",
  currency="USD",
  signals=["new_customer", "large_first_order", "deposit_words"],
  note="Hard negative: Large first order from a Swedish homeware shop that visited the showroom, 30% deposit cleared, signed contract.")
P(T, X, "YW-PMT-20261117-01", "2026-11-17T16:20",
  payee("柯佳音", acct("yw/t13", "6228", 19), "中国农业银行金华分行", account_type="personal"),
  "8800.00", "预支", "员工预支",
  ("im", "吴雨桐", wxid("yw/e4103"),
   "楼姐，能不能先从公司账上预支我8800，打到这张卡上（我表姐的）。我在做一个点评兼职，已经做到第三单了，这单做完返力和本金会一起退回来，下周一就能还上，真的很急。", True),
  "E4103", [],
  label="scam", scam_type="task_rebate", expect="block",
  signals=["personal_account", "first_time_payee", "task_rebate_words", "evasion_homophone", "no_approval",
           "urgency", "im_instruction"],
  note="A customer-service employee deep in a review-task scheme asks finance to advance 8.8k to her cousin's card so she can finish the 'third order'; 返利 written 返力.")
O(T, X, "YW-ORD-20261118-01", "2026-11-18T11:40",
  customer("Almanara Trading FZE", None, "Yusuf Haddad", None, "yusuf@almanara-trading.ae", None, None),
  [(BALLOON, "5000", "sets", "1.50"), (LIGHTS, "1000", "pcs", "3.10")], "email",
  ("义乌市国际商贸城四区 鑫港进出口仓库（集货）", "2026-12-05"), TT_TERMS,
  "Order placed through our Yiwu buying agent 义乌市鑫港进出口有限公司, who will pay you in RMB on our behalf. The three-party payment agreement is signed and sent; the agent is registered in the Yiwu market, licence attached. Goods consolidate at the agent's warehouse.",
  currency="USD",
  signals=["new_customer", "third_party_payer"],
  note="Hard negative: A Gulf importer buys through a registered Yiwu buying agent that pays on its behalf under a three-party agreement, as is common in the Yiwu market.")
P(T, X, "YW-PMT-20261119-01", "2026-11-19T14:00",
  payee("覃海涛", acct("yw/t15", "6222", 19), "中国工商银行南宁分行", account_type="personal"),
  "12000.00", "罚款", "出口申报不实罚款",
  ("phone", "自称金华海关缉私分局 覃警官", mobile("yw/t15"),
   "来电记录（运营方凯）：对方称我司10月第2柜申报品名与实际不符，涉嫌走私，须当天缴纳罚款１２０００元，否则扣柜，并把法人列入海关失信名单。还说“案子在侦办阶段，不要跟货代说”，报了一个个人卡号让转账。", False),
  "E4102", ["E4101"],
  label="scam", scam_type="authority_impersonation", expect="flag",
  signals=["authority_words", "phone_instruction", "personal_account", "first_time_payee", "urgency",
           "secrecy_words", "evasion_fullwidth"],
  note="A caller posing as customs anti-smuggling demands a same-day 'fine' to a personal card and silence towards the forwarder; amount in full-width digits.")
P(T, X, "YW-PMT-20261120-01", "2026-11-20T10:05",
  vendor(V_YW03, name="义乌恒美包装科技有限公司", account_no=acct("yw/v03x", "1210", 18), bank="浙江稠州商业银行义乌分行"),
  "11240.00", "货款", "彩盒及外箱（11月）",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1120-01：恒美包装由个体工厂改制为有限公司，10月26日收到新公司营业执照和盖章的主体及账户变更函；楼佳琪按供应商档案里的座机回拨恒美老板娘核实，新账户为新公司本名对公户，开户证明已存档。", False),
  "E4101", ["E4100"], (None, None, inv("yw/t16", "33")),
  changed="2026-10-26T14:00", verification=(V_YW03["phone"], "E4101", "2026-10-26T15:30"),
  signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "account_change_words"],
  note="Hard negative: The packaging workshop incorporated; new name and account confirmed by licence, stamped letter, and a call-back to the number on file.")
P(T, X, "YW-PMT-20261123-01", "2026-11-23T15:15",
  payee("浙江汇安信达商务服务有限公司", acct("yw/t17", "1552", 19), "平安银行杭州分行"),
  "96000.00", "核查资金", "账户安全核查临时划转",
  ("sms", "义乌农商银行（短信）", mobile("yw/t17"),
   "【对公账户年审】贵司账户年审资料核验未通过，账户将于今日18:00起暂停非柜面交易。请立即将可用资金划入aqzh完成资金核验，核验完毕原路返还。收款方：浙江汇安信达商务服务有限公司。详询客户经理。", False),
  "E4101", [],
  label="scam", scam_type="authority_impersonation", expect="block",
  signals=["authority_words", "safe_account_words", "evasion_pinyin", "first_time_payee", "phone_instruction",
           "urgency", "no_approval"],
  note="A 'bank annual review' SMS tells finance to move funds into an 'aqzh' (安全账户) for verification before the account is frozen at 18:00.")
O(T, X, "YW-ORD-20261124-01", "2026-11-24T11:30",
  customer("Kalú Regalos", None, "Ana Beltrán", None, None, whatsapp("yw/t18"), None),
  [(BALLOON, "800", "sets", "1.60")], "im",
  ("Av. Vallarta 2210, Guadalajara, Mexico", "2026-12-20"), "100% T/T before shipment (received)",
  "Small gift shop in Guadalajara that orders only by WhatsApp. Paid in full by bank wire from the shop's own account (Banorte, received 23 Nov); ships LCL with our December consolidation.",
  currency="USD",
  signals=["new_customer", "contact_im_only"],
  note="Hard negative: A small shop that uses WhatsApp only, already paid in full from its own account.")
P(T, X, "YW-PMT-20261125-01", "2026-11-25T16:50",
  payee("广州亿诺工艺品贸易有限公司", acct("yw/t19", "6640", 19), "中国银行广州天河支行"),
  "68000.00", "货款", "新供应商定金",
  ("im", "Sienna Chen", whatsapp("yw/t19"),
   "Sienna: Jiaqi are you at your desk?\n楼佳琪: Yes Sienna\nSienna: How much is in the RMB account and the USD account right now? Just the numbers.\n楼佳琪: RMB about 410k, USD 38k\nSienna: OK. I met a new ornament supplier at the Canton fair, need to lock their capacity before Christmas. Pay 68,000 deposit to 广州亿诺工艺品贸易有限公司 today, details below. I'm boarding now, can't call, will sign the DingTalk form when I land.", True),
  "E4101", [],
  label="scam", scam_type="boss_impersonation", expect="block",
  signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "first_time_payee",
           "no_approval", "urgency", "bypass_process", "deposit_words"],
  note="A WhatsApp number posing as the owner checks both balances in English, then orders a 68k 'deposit' to an unknown Guangzhou firm while 'boarding'.")
O(T, X, "YW-ORD-20261126-01", "2026-11-26T10:40", C_YW01, [(CLIP, "5000", "sets", "2.35")], "email",
  ("Unit 6, Stourton Link Estate, Leeds, UK", "2026-12-28"), DEP_TERMS,
  "PO BM-2417 attached. Please upload the packing list and carton marks to our supplier portal through the usual link (supplier.brightmoorhome.co.uk) before booking. Thanks, Hannah",
  currency="USD",
  signals=["remote_control"],
  note="Hard negative: The established UK customer asks for documents to be uploaded through its usual supplier-portal link.")
P(T, X, "YW-PMT-20261127-01", "2026-11-27T14:25",
  payee("义乌市博睿商务咨询有限公司", acct("yw/t21", "2010", 19), "浙江义乌农村商业银行"),
  "7800.00", "服务费", "咨询服务费",
  ("im", "博睿财税 阿龙", wxid("yw/t21"),
   "楼会计，你们年底进项不够的话我这边可以帮忙，增值税专票6个点，普票3个点，品名按你们要的开，‘包装材料’‘咨询服务’都行。先付这批13万票面的点数7800，票今天就寄。", False),
  "E4101", ["E4100"],
  label="scam", scam_type="fake_invoice", expect="flag",
  signals=["invoice_trade_words", "first_time_payee", "no_po_contract", "im_instruction"],
  note="A 'tax consultant' sells VAT invoices at 6 points; the payment is the fee for 130k of invoices with made-up descriptions.")
O(T, X, "YW-ORD-20261130-01", "2026-11-30T10:10", C_YW02, [(LIGHTS, "2000", "pcs", "3.10")], "email",
  ("Polígono Industrial Can Roqueta, Sabadell, Spain", "2027-01-10"), TT_TERMS,
  "We paid USD 6,260 for the last invoice because our bank added its charges on our side — please don't refund the USD 60, just deduct it from this order's proforma. Same consignee as always.",
  currency="USD",
  signals=["overpayment", "refund_words"],
  note="Hard negative: Established Spanish customer overpaid 60 dollars and asks for it to be credited, not refunded.")
P(T, X, "YW-PMT-20261201-01", "2026-12-01T15:40",
  payee("杭州融信通企业管理咨询有限公司", acct("yw/t23", "3301", 19), "杭州银行西湖支行"),
  "15600.00", "服务费", "跨境电商贷款资料包装费",
  ("im", "融信通 贷款顾问（抖音私信）", "douyin:" + digits("yw/t23dy", 11),
   "陈总您好，贵店铺近12个月流水达标，可以申请跨境卖家信用贷50万，年化低至3.2%，不看抵押。因为店铺账龄偏短，银行审批前需要我们先做一套资料包装和征信优化，费用15600，放款前支付，放款后不再收其他费用。有任何问题加我薇信详聊。", False),
  "E4101", ["E4100"],
  label="scam", scam_type="advance_fee", expect="flag",
  signals=["loan_fee_words", "fee_words", "first_time_payee", "im_instruction", "evasion_homophone"],
  note="A Douyin 'loan adviser' wants a 'file packaging' fee before a cheap unsecured seller loan; 微信 written 薇信.")
O(T, X, "YW-ORD-20261202-01", "2026-12-02T10:35", C_YW01, [(BASKET, "1000", "sets", "6.80")], "email",
  ("Unit 6, Stourton Link Estate, Leeds, UK", "2027-01-20"), DEP_TERMS,
  "Spring range, PO BM-2452, same carton marks.", currency="USD",
  note="Routine: Basket order from the established UK homeware customer.")
O(T, X, "YW-ORD-20261203-01", "2026-12-03T14:50",
  customer("Kestrel Bay Imports Pty Ltd", None, "Liam Tran", None, "liam@kestrelbay-imports.com.au", None, None),
  [(CASE, "2000", "pcs", "1.40")], "email",
  ("27 Foundry Rd, Seven Hills, NSW, Australia", "2026-12-30"), TT_TERMS,
  "We're sending USD 50,000 to your account this week. 2,800 is for the phone cases; please forward the remaining 47,200 to our electronics supplier in Shenzhen the same day — our bank blocks direct payments to them. We'll pay you 2% for the trouble and can do this monthly if it works.",
  third_party=("Shenzhen Huiyuan Electronics Co., Ltd.", landline("0755", "yw/t25tp"), "pass_through_payee", "47200.00"),
  currency="USD",
  label="scam", scam_type="account_lending", expect="block",
  signals=["account_lending_words", "new_customer", "in_out_match"],
  note="A new Australian importer wants to push 50k dollars through our account and have 47.2k forwarded to Shenzhen for a 2% cut.")
P(T, X, "YW-PMT-20261204-01", "2026-12-04T11:15", V_YW05, "3420.00", "服务费", "10—11月出口代理服务费（含出口退税申报）",
  ("erp", "楼佳琪", None, "钉钉审批 DD-1204-01：外综服平台10—11月代理报关及出口退税申报服务费，按服务协议千分之三计收，平台开具电子发票，付至其对公账户（同10月）。", False),
  "E4101", ["E4100"], (None, "WZF-2026-YF", inv("yw/t26", "33")),
  signals=["subsidy_words"],
  note="Hard negative: Service fee, including export tax-refund (退税) filing, to the regular foreign-trade service platform.")
P(T, X, "YW-PMT-20261207-01", "2026-12-07T10:20",
  payee("冼卓恒", acct("yw/t27", "6217", 19), "中国银行佛山分行", account_type="personal"),
  "48500.00", "采购款", "采购款",
  ("im", "方凯", wxid("yw/e4102"),
   "楼姐，帮我先走个报销：平台这一组任务要先交保证金，用公司的钱换成U打进去，做完这组佣金是本金的三成，周五前提出来就还回公司。收款人是换U的商家，他说附言只写‘采购款’就行，别写别的。", False),
  "E4102", [],
  label="scam", scam_type="task_rebate", expect="block",
  signals=["crypto", "task_rebate_words", "deposit_words", "personal_account", "first_time_payee",
           "im_instruction", "no_approval", "just_below_limit"],
  note="The operations lead wants 48.5k, just under the owner-approval line, paid to a USDT dealer's card to fund a 'task' deposit, memo disguised as purchasing.")
P(T, X, "YW-PMT-20261208-01", "2026-12-08T16:10",
  payee("岑丽华", acct("yw/t28", "6222", 19), "中国工商银行深圳华强支行", account_type="personal"),
  "13200.00", "退款", "Westbrook 重复付款退回",
  ("email", "Gary Holt, Westbrook Novelty Co.", "westbrooknovelty@gmail.com",
   "Hi Jiaqi,\nSorry for the mess — our bookkeeper wired the USD 1,850 deposit for PO WB-0412 twice (both bank slips attached). Could you send one back in RMB to our sourcing contact in Shenzhen instead of to our US account? Name 岑丽华, ICBC Shenzhen, card number below. It saves us two lots of wire fees and she pays our other suppliers there anyway.\nThanks a lot,\nGary", False),
  "E4101", ["E4100"],
  label="scam", scam_type="overpayment_refund", expect="block",
  signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "first_time_payee",
           "personal_account", "email_instruction", "free_mail", "new_contact"],
  note="A Gmail buyer claims a deposit was wired twice (slips only) and wants one refunded in RMB to a third person's card in Shenzhen.")
O(T, X, "YW-ORD-20261209-01", "2026-12-09T10:45",
  customer("Meridian Crest General Trading LLC", None, "Faisal Rahman", None,
           "procurement@meridiancrest-gt.com", None, None),
  [(LIGHTS, "40000", "pcs", "3.00"), (ORNAMENT, "10000", "sets", "4.00")], "email",
  ("Jebel Ali Free Zone, Dubai, UAE", "2026-12-23"), "Standby L/C at 90 days sight",
  "We place this as an annual supply contract. Payment is secured by a standby letter of credit issued by Crestline Merchant Bank (Seychelles), 90 days sight; scanned SBLC attached. Please load the first 20 containers within two weeks; we'll sign the contract at our Dubai office when our director visits Yiwu next month.",
  currency="USD",
  label="scam", scam_type="contract_fraud", expect="flag",
  signals=["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified",
           "fake_payment_proof", "urgency"],
  note="A new Dubai trader backs a 160k-dollar 'annual contract' with a scanned standby L/C from an offshore bank nobody can confirm and wants loading in two weeks.")
O(T, X, "YW-ORD-20261210-01", "2026-12-10T14:30", C_YW04,
  [(ORNAMENT, "4000", "sets", "4.10"), (LIGHTS, "2000", "pcs", "3.05")], "email",
  ("Warehouse 7, 2350 Industrial Pkwy, Calexico, CA, USA", "2027-02-15"), "Net 90 days after shipment",
  "The trial pieces sold well at our holiday markets. Here is the main order for next season, same specs. Please ship to our new warehouse address.",
  currency="USD",
  label="scam", scam_type="fake_purchaser", expect="flag",
  signals=["small_then_large", "credit_terms_requested", "far_delivery", "free_mail"],
  note="Structural only: the gift shop whose single 1.3k trial was paid by another company now orders 22.5k on 90-day credit to a new border-town warehouse, in friendly words.")
O(T, X, "YW-ORD-20261216-01", "2026-12-16T15:00", C_YW03, [(BALLOON, "5500", "sets", "1.45")], "email",
  ("ul. Składowa 14, Poznań, Poland", "2027-01-25"), TT_TERMS,
  "Carnival season order, deliver to the Poznań warehouse as before.", currency="USD",
  note="Routine: Balloon order from the established Polish wholesaler.")


# ------------------------------------------------------------------- assemble

def main():
    out = []
    for tenant in ("haiyue", "changqi", "yiwu"):
        for phase, tag in (("history", "h"), ("test", "t")):
            lines = LINES[tenant][phase]
            key = lambda l: l["request"].get("submitted_at") or l["request"]["received_at"]
            lines.sort(key=key)  # stable: ties keep authoring order
            for i, line in enumerate(lines, 1):
                line["id"] = f"{tenant}-{tag}{i:03d}"
                out.append(line)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for line in out:
            f.write(json.dumps(line, ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} lines to {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
