#!/usr/bin/env python3
"""Build holdout6.jsonl: one fictitious dairy tenant (昌吉晨露牧业乳品有限公司).

Deterministic: every account number, invoice number and id is derived from fixed keys,
so running this twice writes byte-identical output.  Standard library only.

Everything here is invented.  Written from PRODUCT.md, TYPOLOGIES.md and the corpus
README only, without reading the engine or its rule packs.
"""
import hashlib
import json
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "holdout6.jsonl"
TENANT = "chenlu"

# ---------------------------------------------------------------- helpers
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(base17):
    """Append the GB 32100-2015 check character to a 17-character base."""
    assert len(base17) == 17 and all(c in USCC_CHARS for c in base17), base17
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(base17, USCC_W))
    return base17 + USCC_CHARS[(31 - s % 31) % 31]


def digits(key, n):
    h = hashlib.sha256(("holdout6:" + key).encode()).hexdigest()
    s = str(int(h, 16))
    return s[:n]


def acct(key, prefix, n):
    """Fictitious account number of total length n starting with prefix."""
    return prefix + digits(key, n - len(prefix))


def mobile(key):
    return "1380000" + digits("m" + key, 4)


def land(area, key):
    return f"{area}-0000" + digits("l" + key, 3)


def invoice(key):
    return "2665" + digits("inv" + key, 16)


def wxid(key):
    h = hashlib.sha256(("wx" + key).encode()).hexdigest()
    letters = "".join(ch for ch in h if ch.isalpha() or ch in "23456789")
    return "wxid_" + letters[:14]


def money(x):
    return f"{Decimal(x):.2f}"


def ts(day, hm):
    return f"2026-{day}T{hm}:00+08:00"


# ---------------------------------------------------------------- parties
PAYER = {"account_no": acct("payer", "3006", 19), "account_name": "昌吉晨露牧业乳品有限公司"}

V = {
    "hay": {"name": "昌吉市绿源苜蓿种植专业合作社", "account_no": acct("hay", "8801", 19),
            "bank": "昌吉农村商业银行城区支行", "account_type": "corporate", "vendor_id": "V-CL01",
            "phone": land("0994", "hay")},
    "feed": {"name": "新疆天垦饲料科技有限公司", "account_no": acct("feed", "6505", 19),
             "bank": "中国建设银行昌吉分行", "account_type": "corporate", "vendor_id": "V-CL02",
             "phone": land("0994", "feed")},
    "pack": {"name": "乌鲁木齐雪川包装材料有限公司", "account_no": acct("pack", "9911", 16),
             "bank": "招商银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": "V-CL03",
             "phone": land("0991", "pack")},
    "cold": {"name": "昌吉州北疆冷链物流有限公司", "account_no": acct("cold", "3006", 19),
             "bank": "中国工商银行昌吉分行", "account_type": "corporate", "vendor_id": "V-CL04",
             "phone": land("0994", "cold")},
    "vet": {"name": "新疆康牧兽药有限公司", "account_no": acct("vet", "6510", 17),
            "bank": "交通银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": "V-CL05",
            "phone": land("0991", "vet")},
    "repair": {"name": "昌吉市恒泰制冷设备维修有限公司", "account_no": acct("repair", "3068", 17),
               "bank": "中国农业银行昌吉分行", "account_type": "corporate", "vendor_id": "V-CL07",
               "phone": land("0994", "repair")},
    "parlour": {"name": "诺德凡挤奶设备（上海）有限公司", "account_no": acct("parlour", "1219", 16),
                "bank": "招商银行上海分行", "account_type": "corporate", "vendor_id": "V-CL08",
                "phone": land("021", "parlour")},
    "payroll": {"name": "中国农业银行昌吉分行（代发工资专户）", "account_no": acct("payroll", "3068", 19),
                "bank": "中国农业银行昌吉分行", "account_type": "corporate", "vendor_id": "V-CL90",
                "phone": land("0994", "payroll")},
    "tax": {"name": "国家金库昌吉回族自治州中心支库", "account_no": acct("tax", "2701", 18),
            "bank": "中国人民银行昌吉回族自治州分行", "account_type": "corporate", "vendor_id": "V-CL91",
            "phone": None},
    "herder": {"name": "叶尔兰·努尔别克", "account_no": acct("herder", "6228", 19),
               "bank": "中国农业银行昌吉分行", "account_type": "personal", "vendor_id": "V-CL21",
               "phone": mobile("herder")},
}
PACK_CHANGED = ts("03-16", "10:05")

C01 = {"name": "乌鲁木齐鲜惠连锁超市有限公司", "credit_code": uscc("91650104MA77RT3N8"),
       "contact_name": "孙经理", "phone": land("0991", "c01"), "email": "caigou@xianhuimart.com",
       "im_id": None, "customer_id": "C-CL01"}
C02 = {"name": "奎屯润泽食品商贸有限公司", "credit_code": uscc("91654003MA79B4LP2"),
       "contact_name": "陈志刚", "phone": mobile("c02"), "email": None,
       "im_id": wxid("c02"), "customer_id": "C-CL02"}

MILK = "巴氏杀菌鲜牛奶950ml×12盒"
YOG = "原味风味发酵乳200g×20杯"
SCHOOL = "学生饮用奶200ml×24盒"

E = {"E2001": "杜建国", "E2100": "周文涛", "E2101": "马晓燕", "E2102": "韩立新", "E2103": "古丽米拉·吐尔逊",
     "E2104": "赵磊", "E2110": "努尔兰·别克", "E2120": "王海鹰", "E2130": "赵婷"}

_counters = {}


def next_id(prefix, when):
    day = when[:10].replace("-", "")
    k = (prefix, day)
    _counters[k] = _counters.get(k, 0) + 1
    return f"CL-{prefix}-{day}{_counters[k]:03d}"


def erp(text_body, urgent=False, who="E2101"):
    return {"channel": "erp", "from_name": E[who], "from_contact": None,
            "text": "金蝶云星空付款申请 " + text_body, "urgent": urgent}


def pay(when, payee, amount, purpose, memo, instruction, requested_by, approved_by,
        related=(None, None, None), changed=None, verification=None):
    r = {"request_id": next_id("FK", when), "submitted_at": when, "payer": dict(PAYER),
         "payee": dict(payee), "amount": money(amount), "currency": "CNY", "purpose": purpose,
         "memo": memo, "instruction": instruction, "requested_by": requested_by,
         "approved_by": list(approved_by),
         "related": {"order_id": related[0], "contract_id": related[1], "invoice_no": related[2]},
         "payee_account_changed_at": changed}
    if verification is not None:
        r["verification"] = verification
    return r


def order(when, customer, items, channel, address, deadline, terms, notes,
          third_party=None, fees=()):
    its = [{"product": p, "quantity": str(q), "unit": u, "unit_price": money(up)} for p, q, u, up in items]
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its)
    return {"record_id": next_id("DD", when), "received_at": when, "customer": dict(customer),
            "items": its, "total_amount": money(total), "currency": "CNY", "channel": channel,
            "delivery": {"address": address, "deadline": deadline}, "payment_terms": terms,
            "third_party": third_party, "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes}


def vend_text(memo, short, contract, inv):
    return f"{memo}／收款方：{short}／合同号{contract}／发票号{inv}"


HIST = []   # (request kind, request, note)
TEST = []   # (kind, label, scam_type, expect, signals, note, request)


def h(kind, req, note):
    HIST.append((kind, req, note))


def t(kind, label, scam_type, expect, signals, note, req):
    TEST.append((kind, label, scam_type, expect, signals, note, req))


def vpay(when, key, short, amount, purpose, memo, contract, inv_key, requested_by="E2102",
         approved_by=("E2100",), urgent=False):
    inv = invoice(inv_key)
    return pay(when, V[key], amount, purpose, memo, erp(vend_text(memo, short, contract, inv), urgent, requested_by),
               requested_by, approved_by, (None, contract, inv),
               PACK_CHANGED if key == "pack" else None)


# ================================================================ HISTORY (Sep–Oct 2026)
h("order", order(ts("09-01", "11:20"), C01, [(MILK, 800, "箱", 138), (YOG, 500, "箱", 96)], "email",
                 "乌鲁木齐市新市区鲜惠配送中心", "2026-09-03", "月结30天",
                 "9月第一周门店补货，按框架协议价"), "Weekly dairy order from the established supermarket chain.")
h("payment", vpay(ts("09-02", "15:10"), "hay", "绿源苜蓿", 420 * 1650, "货款", "苜蓿干草款（420吨，二茬）",
                  "CL-CG-2026-011", "h-hay-09"), "Alfalfa hay paid to the regular cooperative.")
h("payment", vpay(ts("09-04", "16:30"), "feed", "天垦饲料", 180 * 3280, "货款", "泌乳牛精补料款（180吨）",
                  "CL-CG-2026-004", "h-feed-09"), "Concentrate feed paid to the regular feed mill.")
h("payment", vpay(ts("09-07", "12:05"), "cold", "北疆冷链", "126480.00", "运费", "8月冷链配送运费（已对账）",
                  "CL-WL-2026-002", "h-cold-08"), "Monthly cold-chain freight.")
h("order", order(ts("09-08", "10:40"), C02, [(YOG, 1200, "箱", 96)], "im",
                 "奎屯市北京西路润泽商贸仓库", "2026-09-10", "款到发货",
                 "老样子，酸奶1200件，款今天上午已打到你们对公户"), "Yogurt order from the established distributor.")
h("payment", pay(ts("09-10", "18:30"), V["payroll"], "1268540.00", "工资", "8月工资代发（186人）",
                 erp("8月工资代发（186人）／薪资系统批次PR-2026-08", False, "E2103"), "E2103", ["E2100", "E2001"]),
  "Monthly payroll through the bank's payroll account.")
h("payment", vpay(ts("09-11", "11:40"), "herder", "叶尔兰·努尔别克", "118260.00", "奶款",
                  "8月合作牧户交奶款（51.2吨）", "CL-NH-2026-021", "h-herd-08", requested_by="E2104"),
  "Raw-milk payment to a contracted individual herder.")
h("payment", vpay(ts("09-14", "11:15"), "pack", "雪川包装", "238800.00", "货款", "屋顶包包材款（8月对账单）",
                  "CL-CG-2026-007", "h-pack-08"), "Carton supplier, account changed in March and used since.")
h("payment", pay(ts("09-15", "15:20"), V["tax"], "364215.37", "税款", "8月增值税及附加税费",
                 erp("8月增值税及附加／电子税务局三方协议扣款", False, "E2102"), "E2102", ["E2100"]),
  "Monthly VAT through the tax bureau's three-party agreement.")
h("payment", vpay(ts("09-17", "17:20"), "vet", "康牧兽药", "86350.00", "货款", "秋季防疫疫苗及药浴液",
                  "CL-CG-2026-015", "h-vet-09"), "Vaccines from the regular veterinary-drug supplier.")
h("payment", vpay(ts("09-25", "16:45"), "parlour", "诺德凡", "1440000.00", "设备款",
                  "转盘式挤奶厅设备首期款30%", "CL-SB-2026-007", "h-parl-1", requested_by="E2120",
                  approved_by=("E2100", "E2001")), "First instalment for the rotary milking parlour.")
h("payment", vpay(ts("10-09", "16:10"), "feed", "天垦饲料", 176 * 3290, "货款", "泌乳牛精补料款（176吨）",
                  "CL-CG-2026-004", "h-feed-10"), "Concentrate feed paid to the regular feed mill.")
h("payment", pay(ts("10-12", "18:50"), V["payroll"], "1271905.00", "工资", "9月工资代发（187人）",
                 erp("9月工资代发（187人）／薪资系统批次PR-2026-09", False, "E2103"), "E2103", ["E2100", "E2001"]),
  "Monthly payroll through the bank's payroll account.")
h("payment", vpay(ts("10-13", "12:30"), "cold", "北疆冷链", "128015.00", "运费", "9月冷链配送运费（已对账）",
                  "CL-WL-2026-002", "h-cold-09"), "Monthly cold-chain freight.")
h("payment", vpay(ts("10-15", "14:25"), "repair", "恒泰制冷", "46800.00", "维修费", "挤奶设备及奶仓制冷机组季度保养",
                  "CL-WX-2026-003", "h-rep-q3"), "Quarterly maintenance by the regular refrigeration firm.")
h("order", order(ts("10-16", "11:05"), C01, [(MILK, 760, "箱", 138), (YOG, 620, "箱", 96)], "email",
                 "乌鲁木齐市新市区鲜惠配送中心", "2026-10-19", "月结30天",
                 "10月第三周补货"), "Weekly dairy order from the established supermarket chain.")
h("payment", vpay(ts("10-20", "15:35"), "pack", "雪川包装", "241120.00", "货款", "屋顶包包材款（9月对账单）",
                  "CL-CG-2026-007", "h-pack-09"), "Carton supplier, account changed in March and used since.")
h("payment", vpay(ts("10-22", "17:05"), "hay", "绿源苜蓿", 360 * 1660, "货款", "苜蓿干草款（360吨，三茬）",
                  "CL-CG-2026-011", "h-hay-10"), "Alfalfa hay paid to the regular cooperative.")
h("order", order(ts("10-28", "10:15"), C02, [(YOG, 1100, "箱", 96), (MILK, 300, "箱", 138)], "im",
                 "奎屯市北京西路润泽商贸仓库", "2026-10-30", "款到发货",
                 "酸奶1100件、鲜奶300件，货款已转，回单发你了"), "Dairy order from the established distributor.")

DUP_INVOICE = invoice("h-pack-09")   # paid on 2026-10-20, re-presented by a fraudster in November

# ================================================================ TEST (Nov–Dec 2026)
# ---- routine
t("payment", "legit", None, "allow", [], "Routine: Concentrate feed paid to the regular feed mill.",
  vpay(ts("11-03", "15:40"), "feed", "天垦饲料", 175 * 3300, "货款", "泌乳牛精补料款（175吨）",
       "CL-CG-2026-004", "t-feed-11"))
t("order", "legit", None, "allow", [], "Routine: Weekly dairy order from the established supermarket chain.",
  order(ts("11-04", "11:30"), C01, [(MILK, 900, "箱", 138), (YOG, 600, "箱", 96)], "email",
        "乌鲁木齐市新市区鲜惠配送中心", "2026-11-06", "月结30天", "11月第一周补货，按框架协议价"))
t("payment", "legit", None, "allow", [], "Routine: Alfalfa hay paid to the regular cooperative.",
  vpay(ts("11-05", "16:20"), "hay", "绿源苜蓿", 380 * 1680, "货款", "苜蓿干草款（380吨，四茬）",
       "CL-CG-2026-011", "t-hay-11"))
t("payment", "legit", None, "allow", [], "Routine: Monthly cold-chain freight after reconciliation.",
  vpay(ts("11-09", "12:10"), "cold", "北疆冷链", "131920.00", "运费", "10月冷链配送运费（已与对方对账确认）",
       "CL-WL-2026-002", "t-cold-10"))
t("order", "legit", None, "allow", [], "Routine: Dairy order from the established distributor, prepaid.",
  order(ts("12-04", "11:50"), C02, [(YOG, 1300, "箱", 96), (MILK, 280, "箱", 138)], "im",
        "奎屯市北京西路润泽商贸仓库", "2026-12-07", "款到发货", "元旦备货，酸奶1300件鲜奶280件，款已付"))
t("payment", "legit", None, "allow", [], "Routine: Winter vaccines from the regular veterinary-drug supplier.",
  vpay(ts("12-29", "15:05"), "vet", "康牧兽药", "72940.00", "货款", "冬季防疫疫苗（布病、口蹄疫）",
       "CL-CG-2026-015", "t-vet-12"))

# ---- hard negatives
t("payment", "legit", None, "allow", ["deposit_words"],
  "Hard negative: Returnable insulated-crate deposit to the regular cold-chain carrier under the crate lease.",
  vpay(ts("11-10", "14:35"), "cold", "北疆冷链", 1500 * 40, "押金",
       "冷藏周转箱押金（1500只×40元），退箱时原路退还", "CL-WL-2026-002", "t-crate"))
t("payment", "legit", None, "allow", ["personal_account", "subsidy_words"],
  "Hard negative: Contracted individual herder paid for his milk plus the quality bonus the company pays per contract.",
  vpay(ts("11-11", "11:55"), "herder", "叶尔兰·努尔别克", "104316.00", "奶款",
       "10月合作牧户交奶款（42.6吨）含优质乳奶价补贴（乳蛋白≥3.2%）", "CL-NH-2026-021", "t-herd-10",
       requested_by="E2104"))
t("payment", "legit", None, "allow", ["authority_words", "urgency"],
  "Hard negative: Monthly VAT to the state treasury through the tax bureau's three-party agreement, near the filing deadline.",
  pay(ts("11-13", "16:40"), V["tax"], "371902.64", "税款", "10月增值税及附加税费",
      erp("10月增值税及附加／电子税务局三方协议扣款／申报期11月16日截止，请今天内审批", True, "E2102"),
      "E2102", ["E2100"]))
t("payment", "legit", None, "allow", ["deposit_words", "first_time_payee"],
  "Hard negative: Bid bond for the school-milk tender paid to the account named in the public tender announcement.",
  pay(ts("11-16", "15:25"),
      {"name": "昌吉回族自治州公共资源交易中心", "account_no": acct("ggzy", "3006", 19),
       "bank": "中国工商银行昌吉分行", "account_type": "corporate", "vendor_id": "V-CL92",
       "phone": land("0994", "ggzy")},
      "20000.00", "投标保证金",
      "2027年度昌吉市中小学学生饮用奶供应项目（CJZC-2026-1187）投标保证金，按招标公告所列账户缴纳",
      erp("投标保证金／项目编号CJZC-2026-1187／招标公告第六条指定账户／开标后未中标原路退回", False, "E2110"),
      "E2110", ["E2100"], ("CJZC-2026-1187", None, None)))
t("payment", "legit", None, "allow", ["account_changed_long_ago"],
  "Hard negative: Carton supplier whose bank change was keyed in March and used for every payment since.",
  vpay(ts("11-17", "15:50"), "pack", "雪川包装", "243460.00", "货款", "屋顶包包材款（10月对账单）",
       "CL-CG-2026-007", "t-pack-10"))
t("payment", "legit", None, "allow", ["refund_words", "overpayment", "first_time_payee"],
  "Hard negative: An established distributor paid the same October order twice; the duplicate goes back to the corporate account it came from.",
  pay(ts("11-20", "12:45"),
      {"name": "奎屯润泽食品商贸有限公司", "account_no": acct("c02-bank", "6228", 19),
       "bank": "中国农业银行奎屯分行", "account_type": "corporate", "vendor_id": None,
       "phone": C02["phone"]},
      "143400.00", "退款", "10月28日订单重复付款，原路退回（银行已确认两笔均到账）",
      erp("退款申请／客户C-CL02／10月28日订单（CL-DD-20261028001）重复付款143400元／"
          "核对银行流水两笔到账，退回原付款账户", False, "E2102"),
      "E2102", ["E2100"], ("CL-DD-20261028001", None, None)))
t("payment", "legit", None, "allow", ["first_time_payee", "large_vs_usual"],
  "Hard negative: Large first payment to the import agent for heifers under a signed agency agreement, account confirmed by call-back.",
  pay(ts("11-24", "11:35"),
      {"name": "乌鲁木齐远畜进出口代理有限公司", "account_no": acct("agent", "1071", 19),
       "bank": "中国银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": "V-CL31",
       "phone": land("0991", "agent")},
      "1860000.00", "代理进口货款",
      "进口荷斯坦青年母牛150头，按代理进口协议由代理方对外付汇，首期40%",
      erp("代理进口货款首期40%／代理协议CL-DL-2026-003／采购订单PO-2026-1422／"
          "收款账户已按合同留存座机回拨确认", False, "E2104"),
      "E2104", ["E2100", "E2001"], (None, "CL-DL-2026-003", None),
      verification={"callback_done": True, "callback_number": land("0991", "agent"),
                    "verified_by": "E2100", "verified_at": ts("11-24", "10:50")}))
t("payment", "legit", None, "allow", ["urgency", "off_hours"],
  "Hard negative: Late-evening emergency compressor repair on the milk silo by the regular refrigeration firm, approved by both managers.",
  pay(ts("11-25", "21:40"), V["repair"], "38600.00", "维修费", "3号奶仓制冷机组压缩机抢修（温度报警）",
      erp("紧急：3号奶仓压缩机烧毁，恒泰已在现场换件，奶温在升，周经理、杜总已审批，今晚付配件款／"
          "维修合同CL-WX-2026-003", True, "E2120"),
      "E2120", ["E2100", "E2001"], (None, "CL-WX-2026-003", None)))
t("order", "legit", None, "allow", ["new_customer", "large_first_order", "far_delivery"],
  "Hard negative: Large first order from a new Yining distributor whose full prepayment has cleared into our account.",
  order(ts("11-26", "12:20"),
        {"name": "伊犁河谷优选商贸有限公司", "credit_code": uscc("91654002MA7CUJ6E1"),
         "contact_name": "阿力木", "phone": land("0999", "yili"), "email": "order@ylhgyx.com",
         "im_id": None, "customer_id": None},
        [(MILK, 1500, "箱", 138), (YOG, 1800, "箱", 96)], "email",
        "伊宁市边境经济合作区优选冷库", "2026-12-01", "款到发货",
        "对方对公户11月25日全额汇入，出纳已在网银核对到账；销售合同CL-XS-2026-088已双签"))
t("payment", "legit", None, "allow", ["email_instruction", "large_vs_usual"],
  "Hard negative: Second instalment for the milking parlour after an English e-mail from the known supplier; bank details unchanged, ERP approved.",
  pay(ts("11-30", "16:15"), V["parlour"], "1920000.00", "设备款", "转盘式挤奶厅设备二期款40%（安装完成）",
      {"channel": "email", "from_name": "Lisa Wang", "from_contact": "ar@nordfan-milking.cn",
       "text": "Dear Mr. Zhou,\n\nPlease find attached our invoice for the second instalment (40%) of the "
               "rotary parlour project under contract CL-SB-2026-007. Installation was signed off by your "
               "team on 26 November. Our bank details are the same as in the contract and for the first "
               "instalment. We would appreciate payment by 4 December.\n\nBest regards,\nLisa Wang\n"
               "Accounts Receivable", "urgent": False},
      "E2120", ["E2100", "E2001"], (None, "CL-SB-2026-007", invoice("t-parl-2"))))
t("payment", "legit", None, "allow", ["personal_account", "first_time_payee"],
  "Hard negative: Short-haul freight to an individual truck driver paid to his own card, with licence copies on file.",
  pay(ts("12-02", "17:10"),
      {"name": "马建军", "account_no": acct("driver", "6217", 19), "bank": "中国建设银行昌吉分行",
       "account_type": "personal", "vendor_id": "V-CL41", "phone": mobile("driver")},
      "6480.00", "运费", "苜蓿干草短驳运费（合作社至牧场24车次×270元），个体司机本人账户",
      erp("个体运费／司机马建军本人账户／附行驶证、道路运输证复印件及过磅单24张", False, "E2104"),
      "E2104", ["E2100"]))
t("order", "legit", None, "allow", ["institution_claim", "new_customer", "credit_terms_requested"],
  "Hard negative: A middle school orders school milk after the public tender award; paid by the treasury after acceptance.",
  order(ts("12-03", "10:45"),
        {"name": "昌吉市第二中学", "credit_code": uscc("1265230145788213X"),
         "contact_name": "后勤处李老师", "phone": land("0994", "school"), "email": "hqc@cjez.edu.cn",
         "im_id": None, "customer_id": None},
        [(SCHOOL, 1800, "箱", "62.40")], "other",
        "昌吉市第二中学食堂库房", "2026-12-10", "验收合格后30日内财政国库集中支付",
        "政府采购中标通知书CJZC-2026-1187，合同按采购文件格式签订，送货验收单需学校盖章"))
t("payment", "legit", None, "allow", ["deposit_words", "first_time_payee"],
  "Hard negative: Performance bond the award notice requires, paid to the school's own account before signing.",
  pay(ts("12-07", "11:20"),
      {"name": "昌吉市第二中学", "account_no": acct("school", "3006", 19), "bank": "中国工商银行昌吉分行",
       "account_type": "corporate", "vendor_id": "V-CL93", "phone": land("0994", "school")},
      "5616.00", "履约保证金", "学生饮用奶项目履约保证金（合同金额5%），按中标通知书要求缴入采购人账户",
      erp("履约保证金／中标通知书CJZC-2026-1187第四条／账户与采购文件一致，合同期满无息退还", False, "E2110"),
      "E2110", ["E2100", "E2001"], (None, "CJZC-2026-1187", None)))
t("payment", "legit", None, "allow", ["personal_account", "first_time_payee"],
  "Hard negative: Travel expenses reimbursed to the sales manager's own salary card.",
  pay(ts("12-08", "17:35"),
      {"name": "努尔兰·别克", "account_no": acct("e2110", "6228", 19), "bank": "中国农业银行昌吉分行",
       "account_type": "personal", "vendor_id": None, "phone": mobile("e2110")},
      "4386.50", "报销", "11月伊犁、奎屯客户拜访差旅费报销",
      erp("费用报销单BX-2026-1187／报销人努尔兰·别克本人工资卡／附发票12张", False, "E2110"),
      "E2110", ["E2100"]))
t("payment", "legit", None, "allow", ["payroll_change"],
  "Hard negative: November payroll batch that includes back pay from an HR-approved salary adjustment.",
  pay(ts("12-10", "18:40"), V["payroll"], "1295870.00", "工资", "11月工资代发（188人，含10月起调薪补差）",
      erp("11月工资代发／薪资系统批次PR-2026-11／含调薪补差，人事令CL-RS-2026-019", False, "E2103"),
      "E2103", ["E2100", "E2001"]))
t("payment", "legit", None, "allow", ["authority_words", "first_time_payee"],
  "Hard negative: Court judgement paid to the court's enforcement account named in the enforcement notice.",
  pay(ts("12-11", "15:10"),
      {"name": "昌吉市人民法院执行款专户", "account_no": acct("court", "3006", 19), "bank": "中国工商银行昌吉分行",
       "account_type": "corporate", "vendor_id": None, "phone": land("0994", "court")},
      "27450.00", "执行款", "（2026）新2301执1234号执行通知书：运输合同纠纷案款及诉讼费",
      erp("执行款／执行通知书（2026）新2301执1234号／法务已与法院立案庭电话核对文书及专户", False, "E2102"),
      "E2102", ["E2100", "E2001"]))
t("payment", "legit", None, "allow", ["deposit_words", "first_time_payee"],
  "Hard negative: Contractual 30% prepayment to a new local machinery dealer, with PO and a call-back to the number on its website.",
  pay(ts("12-15", "12:05"),
      {"name": "昌吉市丰禾农机销售有限公司", "account_no": acct("fenghe", "8801", 19), "bank": "昌吉农村商业银行城区支行",
       "account_type": "corporate", "vendor_id": "V-CL42", "phone": land("0994", "fenghe")},
      "96000.00", "预付款", "青贮裹包机2台预付款30%",
      erp("预付款／合同CL-SB-2026-012／采购订单PO-2026-1508／到货验收后付60%，质保金10%", False, "E2120"),
      "E2120", ["E2100"], ("PO-2026-1508", "CL-SB-2026-012", None),
      verification={"callback_done": True, "callback_number": land("0994", "fenghe"),
                    "verified_by": "E2104", "verified_at": ts("12-14", "16:30")}))
t("payment", "legit", None, "allow", ["task_rebate_words", "first_time_payee"],
  "Hard negative: Annual volume rebate to an established distributor's own corporate account under the distribution agreement.",
  pay(ts("12-18", "16:25"),
      {"name": "奎屯润泽食品商贸有限公司", "account_no": acct("c02-bank", "6228", 19),
       "bank": "中国农业银行奎屯分行", "account_type": "corporate", "vendor_id": None,
       "phone": C02["phone"]},
      "28650.00", "销售返利", "2026年度经销协议第8条年度销量返利（1.5%）",
      erp("销售返利／经销协议CL-JX-2026-002／全年回款191万×1.5%／已与客户对账，返至其对公户", False, "E2110"),
      "E2110", ["E2100", "E2001"], (None, "CL-JX-2026-002", None)))
t("payment", "legit", None, "allow", ["first_time_payee", "large_vs_usual"],
  "Hard negative: Month-end sweep of surplus cash to the parent group's cash pool under the group treasury agreement.",
  pay(ts("12-22", "17:30"),
      {"name": "新疆晨露控股集团有限公司", "account_no": acct("group", "3068", 19), "bank": "中国农业银行昌吉分行",
       "account_type": "corporate", "vendor_id": "V-CL99", "phone": land("0994", "group")},
      "3000000.00", "资金归集", "12月末超额余额上划集团资金池",
      erp("资金归集／集团资金集中管理协议CL-JT-2024-001／集团财务部上划通知JT-ZJ-2612", False, "E2102"),
      "E2102", ["E2100", "E2001"], (None, "CL-JT-2024-001", None)))
t("order", "legit", None, "allow", ["urgency"],
  "Hard negative: The established supermarket chain orders for a new store opening, new delivery address, same buyer and mailbox.",
  order(ts("12-23", "10:30"), C01, [(MILK, 400, "箱", 138), (YOG, 350, "箱", 96)], "email",
        "乌鲁木齐市米东区鲜惠米东新店", "2026-12-24", "月结30天",
        "米东新店周五开业，急！首批货请明天中午前送到，新店地址见附件，其余照旧"))
t("payment", "legit", None, "allow", ["im_instruction", "boss_role", "urgency"],
  "Hard negative: The GM asks in DingTalk for a feed payment to be hurried; regular supplier, usual account, full ERP approval.",
  pay(ts("12-28", "12:40"), V["feed"], str(180 * 3310), "货款", "泌乳牛精补料款（180吨）",
      {"channel": "im", "from_name": "杜建国", "from_contact": "dingtalk:dujianguo-clmy",
       "text": "文涛，天垦这批精补料月底前必须进场，料塔只够四天了。今天把款付了，按正常流程走，我已经在金蝶里批了。",
       "urgent": True},
      "E2102", ["E2100", "E2001"], (None, "CL-CG-2026-004", invoice("t-feed-12"))))

# ---- scams
t("order", "scam", "fake_purchaser", "flag",
  ["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "credit_terms_requested",
   "far_delivery", "large_first_order"],
  "A name one character off the established supermarket chain (慧 for 惠), writing from free mail, orders nearly four times its usual volume on 60-day credit for a Khorgos logistics yard.",
  order(ts("11-12", "15:05"),
        {"name": "乌鲁木齐鲜慧连锁超市有限公司", "credit_code": None, "contact_name": "钱总监",
         "phone": mobile("qian"), "email": "xianhuimart_cg@163.com", "im_id": None, "customer_id": None},
        [(MILK, 3000, "箱", 138), (YOG, 2500, "箱", 96)], "email",
        "霍尔果斯市经济开发区某物流园3号库", "2026-11-15", "货到后60天电汇",
        "我们霍城、霍尔果斯新开三家店，年底集中备货，走总部月结。电子合同已发邮箱，盖章原件后补寄。"
        "以后每月都是这个量，这次请先发货。"))
t("payment", "scam", "account_change", "block",
  ["account_changed_recent", "first_time_payee", "unusual_bank_region", "email_instruction",
   "lookalike_domain", "account_change_words"],
  "An e-mail from a look-alike of the feed mill's domain (l for i) moves its receiving account to a Guangzhou bank; keyed in two days before the first payment to it.",
  pay(ts("11-18", "16:05"),
      dict(V["feed"], account_no=acct("feed-fake", "1150", 17), bank="平安银行广州天河支行"),
      str(177 * 3300), "货款", "泌乳牛精补料款（177吨）",
      {"channel": "email", "from_name": "天垦饲料财务中心 黄会计", "from_contact": "caiwu@tlankenfeed.com",
       "text": "晨露牧业财务部：\n您好！我司年审期间原基本户暂停对外收款，即日起货款请付至我司新开立的结算账户，"
               "户名不变。\n开户行：平安银行广州天河支行\n原账户来款将被银行退回，请贵司本月精补料款按新账户支付。"
               "\n给您带来不便，敬请谅解。\n天垦饲料 财务中心", "urgent": False},
      "E2102", ["E2100"], (None, "CL-CG-2026-004", invoice("t-feed-fake")), changed=ts("11-16", "11:20")))
t("order", "scam", "fake_order", "flag",
  ["new_customer", "contact_im_only", "designated_supplier", "fee_asked_of_seller"],
  "A new 'oilfield services canteen' orders by WeChat but first wants us to pay for an admission test at the lab it names.",
  order(ts("11-19", "11:10"),
        {"name": "克拉玛依金泰油服有限公司后勤中心", "credit_code": None, "contact_name": "蔡主任",
         "phone": mobile("cai"), "email": None, "im_id": wxid("cai"), "customer_id": None},
        [(MILK, 600, "箱", 138), (YOG, 800, "箱", 96)], "im",
        "克拉玛依市白碱滩区金泰油服后勤仓库", "2026-11-25", "货到验收后付款",
        "进我们食堂的乳品都要先做入场检测，只认克拉玛依市康信食品检测服务部出的报告，检测费你们先垫付给他们，"
        "报告出来我们马上下合同。检测那边加我微信拉你们进群。",
        third_party={"name": "克拉玛依市康信食品检测服务部", "contact": mobile("kangxin"),
                     "role": "designated_supplier", "amount": "8800.00"},
        fees=[("入场检测费", "8800.00")]))
t("payment", "scam", "fake_invoice", "block",
  ["duplicate_invoice", "email_instruction", "lookalike_domain", "first_time_payee", "urgency"],
  "A 'reminder' from a look-alike of the carton supplier's domain re-presents the invoice already paid on 20 October and gives a different account.",
  pay(ts("11-23", "11:45"),
      {"name": "乌鲁木齐雪川包装材料有限公司", "account_no": acct("pack-fake", "7871", 18),
       "bank": "中国光大银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None,
       "phone": mobile("packfake")},
      "241120.00", "货款", "屋顶包包材款（催款）",
      {"channel": "email", "from_name": "雪川包装 应收组", "from_contact": "yingshou@xuechuanpack.com.cn",
       "text": "周经理您好：\n贵司9月对账单所列发票（见附件）金额241120元至今未结清，我司年底关账，"
               "请于本周五前付清。公司账户调整，请汇至以下结算账户，勿再付原户。\n谢谢配合！",
       "urgent": True},
      "E2102", ["E2100"], (None, "CL-CG-2026-007", DUP_INVOICE)))
t("payment", "scam", "boss_impersonation", "block",
  ["im_instruction", "new_contact", "balance_probe", "secrecy_words", "bypass_process", "cannot_call",
   "deposit_words", "boss_role", "first_time_payee", "no_approval", "urgency", "unusual_bank_region"],
  "In a WeChat group created that morning a fake GM asks the cashier for both bank balances, then orders an 860k heifer deposit to a Hainan trader, contract later, tell nobody.",
  pay(ts("11-24", "15:20"),
      {"name": "海南瑞丰畜牧贸易有限公司", "account_no": acct("hainan", "1574", 16), "bank": "中国民生银行海口分行",
       "account_type": "corporate", "vendor_id": None, "phone": None},
      "860000.00", "定金", "青年牛定金",
      {"channel": "im", "from_name": "杜建国", "from_contact": wxid("fakedu"),
       "text": "@马晓燕 基本户和一般户现在一共还有多少钱？报个数。\n"
               "（马晓燕：两个户加起来四百一十多万）\n"
               "我在州里开会，不方便接电话。跟海南一家做进口牛的谈好了200头青年牛，先付86万定金把名额锁住，"
               "合同回来我补签，流程后面再走。这事先别在群外说，今天下班前办完回个截图。", "urgent": True},
      "E2101", []))
t("payment", "scam", "fake_purchaser", "flag",
  ["institution_claim", "fee_asked_of_seller", "fee_words", "personal_account", "first_time_payee",
   "im_instruction", "new_contact", "no_approval", "evasion_homophone"],
  "A 'hospital canteen procurement office' says new suppliers must pay a 3,600 registration review fee to a staff member's personal card before ordering.",
  pay(ts("11-26", "16:50"),
      {"name": "何丽", "account_no": acct("heli", "6214", 19), "bank": "中国邮政储蓄银行乌鲁木齐分行",
       "account_type": "personal", "vendor_id": None, "phone": mobile("heli")},
      "3600.00", "服务费", "医院供应商入库审核费",
      {"channel": "im", "from_name": "何主任（州医院营养食堂）", "from_contact": wxid("hezhuren"),
       "text": "你们的报价院里通过了。我们是阳光采购，新供应商要先交入库审核费3600，交了才能进系统下第一批单，"
               "每月大概两千件。钱统一转给科室的何丽，她一起交财务。有事加我威信 he_cg2026 说。", "urgent": False},
      "E2110", []))
t("payment", "scam", "advance_fee", "block",
  ["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency", "no_approval"],
  "An online 'supply-chain finance' loan officer says the approved heifer loan is frozen by a wrong card number and wants an 18,000 unfreezing fee to a risk officer's card.",
  pay(ts("11-27", "14:15"),
      {"name": "孙志伟", "account_no": acct("loanfee", "6230", 19), "bank": "兴业银行长沙分行",
       "account_type": "personal", "vendor_id": None, "phone": mobile("loanfee")},
      "18000.00", "手续费", "贷款解冻费",
      {"channel": "phone", "from_name": "融易通供应链金融 刘经理", "from_contact": mobile("liujl"),
       "text": "贵司300万流动资金贷款已审批，放款时收款账号与营业执照信息不一致，资金被系统冻结。"
               "需缴纳贷款额0.6%的解冻费18000元到风控专员孙志伟账户，解冻后连同贷款一起退还，今天下午五点前不处理就自动撤销。",
       "urgent": True},
      "E2100", []))
t("payment", "scam", "contract_fraud", "flag",
  ["deposit_words", "first_time_payee", "shell_company", "bigproject_words", "fee_asked_of_seller",
   "payee_name_mismatch", "no_po_contract", "evasion_spacing"],
  "A three-month-old 'dairy development' firm offers a supply contract for a subsidised 10,000-cow project and wants a 120k performance bond, to another company's account, before signing.",
  pay(ts("11-30", "12:35"),
      {"name": "乌鲁木齐牧通汇商贸有限公司", "account_no": acct("mutong", "3100", 19), "bank": "浙商银行乌鲁木齐分行",
       "account_type": "corporate", "vendor_id": None, "phone": mobile("mutong")},
      "120000.00", "保证金", "万头牧场项目供奶合作",
      {"channel": "email", "from_name": "新疆丝路云牧发展有限公司 项目部", "from_contact": "xm@silkyunmu.com",
       "text": "周经理：\n我司承建的万头奶牛示范牧场获政府专项扶持，现定向遴选乳品加工合作方，年供奶协议约3600万元。"
               "按项目管理办法，签约前合作方须缴纳履 约 保 证 金12万元，统一由我司合作单位牧通汇商贸代收，"
               "到账后三个工作日内寄送正式合同。名额有限，本月底截止。", "urgent": False},
      "E2110", ["E2100"]))
t("payment", "scam", "authority_impersonation", "block",
  ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
   "first_time_payee", "no_approval", "evasion_pinyin"],
  "A caller 'from the economic-crime police' says the company account is in a money-laundering case and orders 500k into a 'fund verification' account; the SMS writes the safe account as aqzh.",
  pay(ts("12-01", "11:25"),
      {"name": "资金清查监管专户", "account_no": acct("aqzh", "6212", 19), "bank": "中国银行福州分行",
       "account_type": "unknown", "vendor_id": None, "phone": None},
      "500000.00", "资金核查", "配合核查",
      {"channel": "sms", "from_name": "经侦支队 王警官", "from_contact": mobile("fakecop"),
       "text": "【经侦通知】你单位对公账户涉嫌一起洗钱案，需将账户资金转入aqzh配合资金核查，核查完毕原路返还。"
               "案件保密，不得告知单位其他人员，否则追究法律责任。", "urgent": True},
      "E2101", []))
t("payment", "scam", "boss_impersonation", "flag",
  ["email_instruction", "free_mail", "boss_role", "urgency", "secrecy_words", "cannot_call",
   "bypass_process", "first_time_payee", "no_approval", "unusual_bank_region"],
  "An English e-mail from a free-mail address claiming to be the GM at a Shanghai expo asks for 268k to an events firm today, paperwork later, keep it quiet.",
  pay(ts("12-02", "13:55"),
      {"name": "上海澜途会展服务有限公司", "account_no": acct("expo", "9801", 19), "bank": "上海浦东发展银行上海分行",
       "account_type": "corporate", "vendor_id": None, "phone": None},
      "268000.00", "展会费", "展位及演示系统预订",
      {"channel": "email", "from_name": "Du Jianguo", "from_contact": "du.jianguo.gm@outlook.com",
       "text": "Wentao,\n\nI'm at the dairy expo in Shanghai with our Dutch partners and can only use this mail "
               "today. We need to lock in the booth and the herd-management demo system before 5pm, so please "
               "wire RMB 268,000 to the account below now. I'll sign the paperwork when I'm back. Please keep this "
               "between the two of us until the deal is announced, and don't call, I'm in meetings all day.\n\nDu",
       "urgent": True},
      "E2100", []))
t("payment", "scam", "task_rebate", "block",
  ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
   "evasion_homophone", "urgency", "no_approval"],
  "The e-commerce assistant asks to pay 9,800 to a 'mentor's' personal card to top up a click-farming task whose 'rebate' is otherwise frozen.",
  pay(ts("12-04", "16:35"),
      {"name": "林晓峰", "account_no": acct("rebate", "6217", 19), "bank": "中国建设银行南宁分行",
       "account_type": "personal", "vendor_id": None, "phone": None},
      "9800.00", "推广费", "店铺唰单推广充值（返力15%）",
      {"channel": "im", "from_name": "抖店运营导师", "from_contact": wxid("mentor"),
       "text": "你们店铺现在卡在第三单联单任务，充值9800就能完成，本金加15%返力一起提现。"
               "超过今天六点系统会冻结前面两单的钱，抓紧。", "urgent": True},
      "E2130", []))
t("payment", "scam", "fake_order", "block",
  ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
   "off_catalogue_item", "urgency"],
  "A caller who 'ordered' yogurt for a wedding wants our salesman to buy 20 cases of liquor from his friend's shop first; sales asks finance to advance it before the customer has paid.",
  pay(ts("12-07", "15:45"),
      {"name": "苏建华", "account_no": acct("liquor", "6222", 19), "bank": "中国工商银行伊宁分行",
       "account_type": "personal", "vendor_id": None, "phone": mobile("liquor")},
      "31600.00", "代购款", "客户婚宴订单代购白酒（客户到货后一起结）",
      {"channel": "phone", "from_name": "客户 吴先生", "from_contact": mobile("wu-wedding"),
       "text": "销售努尔兰转述：客户吴先生订了酸奶和鲜奶各200件办婚宴，另外要20箱白酒，说他朋友苏老板的酒行"
               "有货，让我们先把酒钱转给苏老板，酒和奶一起送，到货后全部一起结给我们。客户催今天定下来。",
       "urgent": True},
      "E2110", ["E2100"], ("CL-DD-20261207001", None, None)))
t("payment", "scam", "account_change", "block",
  ["account_changed_recent", "first_time_payee"],
  "Structural only: the cold-chain carrier's account was replaced in the vendor master five days before this routine freight payment.",
  pay(ts("12-08", "12:15"),
      dict(V["cold"], account_no=acct("cold-new", "3006", 19), bank="中国工商银行昌吉分行"),
      "129760.00", "运费", "11月冷链配送运费（已对账）",
      erp(vend_text("11月冷链配送运费（已对账）", "北疆冷链", "CL-WL-2026-002", invoice("t-cold-11")), False, "E2102"),
      "E2102", ["E2100"], (None, "CL-WL-2026-002", invoice("t-cold-11")), changed=ts("12-03", "17:40")))
t("order", "scam", "overpayment_refund", "block",
  ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency"],
  "A new convenience store sends a transfer screenshot 50k over the order and wants the difference back to the owner's wife's card today.",
  order(ts("12-09", "14:40"),
        {"name": "玛纳斯县悦家便利店", "credit_code": uscc("92652324MA7GH5KW0"), "contact_name": "周老板",
         "phone": mobile("yuejia"), "email": None, "im_id": wxid("yuejia"), "customer_id": None},
        [(YOG, 200, "箱", 96), (MILK, 120, "箱", 138)], "im",
        "玛纳斯县凤凰路悦家便利店", "2026-12-11", "款到发货",
        "财务转账多输了一位，打了85760，截图已发你们。多出的5万麻烦先退到我老婆卡上，对公退回来流程太慢，"
        "今天等着用，货明天发也行。",
        third_party={"name": "刘玉梅", "contact": mobile("yuejia-wife"), "role": "refund_recipient",
                     "amount": "50000.00"}))
t("payment", "scam", "fake_salary", "block",
  ["payroll_change", "payee_not_employee", "personal_account", "email_instruction", "free_mail",
   "new_contact", "first_time_payee"],
  "A free-mail message 'from' a milking-team leader asks HR to pay this month's wage to his wife's card because his own card is lost.",
  pay(ts("12-10", "16:20"),
      {"name": "唐秀英", "account_no": acct("tangxy", "6217", 19), "bank": "中国建设银行石河子分行",
       "account_type": "personal", "vendor_id": None, "phone": None},
      "7860.00", "工资", "挤奶二班班长韩军11月工资（改卡）",
      {"channel": "email", "from_name": "韩军", "from_contact": "hanjun_1987@163.com",
       "text": "古丽米拉你好，我是挤奶二班的韩军。原来的农行工资卡丢了已经挂失，这个月工资麻烦打到我爱人唐秀英的建行卡上，"
               "下个月我补好卡再改回来。谢谢！", "urgent": False},
      "E2103", ["E2100"]))
t("payment", "scam", "fake_salary", "flag",
  ["subsidy_words", "fee_words", "authority_words", "urgency", "email_instruction", "free_mail",
   "personal_account", "first_time_payee", "evasion_symbols"],
  "A free-mail 'human-resources service centre' notice about social-security subsidies asks for a 2,980 filing fee to an 'agent's' card within 24 hours.",
  pay(ts("12-14", "11:05"),
      {"name": "吴凯", "account_no": acct("subsidy", "6228", 19), "bank": "中国农业银行郑州分行",
       "account_type": "personal", "vendor_id": None, "phone": None},
      "2980.00", "服务费", "职工补贴申报服务费",
      {"channel": "email", "from_name": "昌吉州人力资源服务中心", "from_contact": "cjrs_tongzhi@126.com",
       "text": "各用人单位：\n依据2026年度稳岗政策，贵单位可为在职职工申领社·保·补·贴，每人每月最高860元。"
               "请于24小时内扫描附件二维码登记，并将申报服务费2980元转入经办人吴凯账户，逾期视为自动放弃。\n"
               "昌吉州人力资源服务中心", "urgent": True},
      "E2103", ["E2100"]))
t("payment", "scam", "account_change", "block",
  ["account_changed_recent", "payee_name_mismatch", "personal_account", "im_instruction", "new_contact",
   "evasion_traditional", "account_change_words", "first_time_payee", "urgency"],
  "A new WeChat contact 'from' the hay cooperative, writing in traditional characters, says the corporate account is frozen for inspection and has hay paid to the chairman's personal card; keyed in the day before.",
  pay(ts("12-15", "16:10"),
      {"name": "马永福", "account_no": acct("hay-fake", "6230", 19), "bank": "昌吉农村商业银行城区支行",
       "account_type": "personal", "vendor_id": "V-CL01", "phone": mobile("hayfake")},
      str(210 * 1680), "货款", "苜蓿干草款（210吨）",
      {"channel": "im", "from_name": "绿源合作社 小马", "from_contact": wxid("hayfake"),
       "text": "周經理您好，我們合作社對公帳戶年底在做年檢被凍結了，這批苜蓿款先轉到理事長馬永福個人帳戶，"
               "理事長已經同意。麻煩今天安排，司機那邊等著結運費。", "urgent": True},
      "E2104", ["E2102"], (None, "CL-CG-2026-011", invoice("t-hay-12")), changed=ts("12-14", "18:05")))
t("payment", "scam", "fake_invoice", "flag",
  ["renewal_bill", "first_time_payee", "letter_instruction", "no_po_contract", "urgency",
   "unusual_bank_region"],
  "A letter styled as a 'listing confirmation' for a dairy-industry directory bills a 6,800 annual fee nobody ordered.",
  pay(ts("12-16", "15:30"),
      {"name": "北京华乳信息咨询有限公司", "account_no": acct("directory", "1109", 18), "bank": "北京银行海淀支行",
       "account_type": "corporate", "vendor_id": None, "phone": land("010", "directory")},
      "6800.00", "服务费", "乳制品企业名录年度收录费",
      {"channel": "letter", "from_name": "中国乳制品企业名录编委会", "from_contact": None,
       "text": "收录确认函\n贵公司信息已收录于《中国乳制品企业名录（2027版）》网络版及纸质版，年度收录服务费6800元。"
               "请于12月25日前汇款至指定账户，逾期将暂停贵公司的展示，由此产生的商业损失由贵公司自行承担。",
       "urgent": False},
      "E2102", ["E2100"]))
t("payment", "scam", "account_lending", "block",
  ["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "evasion_pinyin",
   "no_po_contract", "vague_memo", "unusual_bank_region", "no_approval"],
  "An acquaintance asks to route 320k through the company account ('dgzh') and forward it, less a 2% fee, to a Shenzhen firm.",
  pay(ts("12-17", "16:55"),
      {"name": "深圳市宏骏达电子商贸有限公司", "account_no": acct("mule", "7559", 19), "bank": "招商银行深圳车公庙支行",
       "account_type": "corporate", "vendor_id": None, "phone": None},
      "313600.00", "往来款", "往来款",
      {"channel": "im", "from_name": "老冯", "from_contact": wxid("fengmule"),
       "text": "周总，帮个忙。我们有笔款进不了自己的户，借你们dgzh过一下，今天下午先到你们账上32万，"
               "你们收到后转给下面这个公司，留2个点算辛苦费，发票不用开。", "urgent": False},
      "E2102", []))
t("payment", "scam", "boss_impersonation", "flag",
  ["im_instruction", "new_contact", "boss_role", "personal_account", "first_time_payee", "no_approval",
   "bypass_process", "urgency", "off_hours", "evasion_fullwidth"],
  "Late at night a 'new QQ' of the GM, typing in full-width, wants 158k sent to a private card as a 'coordination fee', reimbursement paperwork later.",
  pay(ts("12-21", "21:50"),
      {"name": "刘志强", "account_no": acct("fullwidth", "6216", 19), "bank": "中国银行成都分行",
       "account_type": "personal", "vendor_id": None, "phone": None},
      "158000.00", "费用", "协调费",
      {"channel": "im", "from_name": "杜总", "from_contact": "qq:30219" + digits("qqfake", 5),
       "text": "晓燕，我是杜建国，这是我新ＱＱ。马上给这张卡转１５８０００，是给老刘的协调费，"
               "走我个人报销，单子明天补。转完截图给我。", "urgent": True},
      "E2101", []))


# ================================================================ write
def main():
    lines = []
    hist = sorted(HIST, key=lambda x: x[1].get("submitted_at") or x[1].get("received_at"))
    for i, (kind, req, note) in enumerate(hist, 1):
        lines.append({"id": f"{TENANT}-h{i:03d}", "tenant": TENANT, "phase": "history", "kind": kind,
                      "label": "legit", "scam_type": None, "expect": "allow", "outcome": "executed",
                      "signals": [], "note": note, "request": req})
    test = sorted(TEST, key=lambda x: x[6].get("submitted_at") or x[6].get("received_at"))
    for i, (kind, label, st, exp, sig, note, req) in enumerate(test, 1):
        lines.append({"id": f"{TENANT}-t{i:03d}", "tenant": TENANT, "phase": "test", "kind": kind,
                      "label": label, "scam_type": st, "expect": exp, "signals": sig, "note": note,
                      "request": req})
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for d in lines:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print(f"wrote {OUT.name}: {len(hist)} history + {len(test)} test lines")


if __name__ == "__main__":
    main()
