#!/usr/bin/env python3
"""Build the holdout27 corpus (group treasury and trade finance).

Source of truth for tests/holdout27/holdout27.jsonl.  Standard library only and
deterministic: every account number, invoice number and bill number below is
either written out or derived from a fixed string with SHA-256, and no date is
taken from the clock.  Run from tests/holdout27 as `python3 gen/build.py`.

Every company, person, account, credit code, invoice number and phone number
in this file is invented.
"""
import hashlib
import json
import os
from datetime import datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout27.jsonl")

# ---------------------------------------------------------------------------
# small deterministic helpers
# ---------------------------------------------------------------------------


def hdigits(seed, n):
    """n decimal digits derived from a fixed seed string."""
    out = ""
    i = 0
    while len(out) < n:
        h = hashlib.sha256(("%s#%d" % (seed, i)).encode("utf-8")).hexdigest()
        out += "".join(str(int(h[j:j + 2], 16) % 10) for j in range(0, 64, 2))
        i += 1
    return out[:n]


def inv(key):
    """A 20-digit fully-digital VAT invoice number (Hunan)."""
    return "2643" + hdigits("inv:" + key, 16)


def bill(key):
    """A 30-digit electronic bill package number."""
    return "5" + hdigits("bill:" + key, 29)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc(seed, region, new=True, reg="91"):
    """A unified social credit code with valid organisation-code and final
    check characters."""
    h = hashlib.sha256(("uscc:" + seed).encode("utf-8")).hexdigest()
    if new:
        body = "MA"
        pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
        for j in range(6):
            body += pool[int(h[2 * j:2 * j + 2], 16) % len(pool)]
    else:
        body = hdigits("org:" + seed, 8)
        if body[0] == "0":
            body = "7" + body[1:]
    s = sum(_orgval(c) * w for c, w in zip(body, ORG_W))
    c9 = 11 - s % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = reg + region + body + c9
    t = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    c18 = (31 - t % 31) % 31
    return first17 + USCC_CHARS[c18]


def iso(s):
    """'2026-09-21 22:47' -> '2026-09-21T22:47:00+08:00'"""
    return s.replace(" ", "T") + ":00+08:00"


def money(x):
    return str(Decimal(x).quantize(Decimal("0.01")))


def pe(name, acct, bank, typ="corporate", vid=None, phone=None):
    return {"name": name, "account_no": acct, "bank": bank, "account_type": typ,
            "vendor_id": vid, "phone": phone}


def cu(name, code, contact, phone, email=None, im=None, cid=None):
    return {"name": name, "credit_code": code, "contact_name": contact, "phone": phone,
            "email": email, "im_id": im, "customer_id": cid}


# ---------------------------------------------------------------------------
# tenants
# ---------------------------------------------------------------------------

TENANTS = {
    "baiyu": {
        "company": "沅澧建材集团财务有限公司",
        "pfx": "BY", "order_code": "TX",
        "payer": {"account_no": "4305011008830900127", "account_name": "沅澧建材集团财务有限公司"},
    },
    "tiequan": {
        "company": "岳阳沅澧钢材贸易有限公司",
        "pfx": "TQ", "order_code": "XS",
        "payer": {"account_no": "7319073126108016", "account_name": "岳阳沅澧钢材贸易有限公司"},
    },
    "wanqiao": {
        "company": "沅澧建设工程有限公司",
        "pfx": "WQ", "order_code": "WT",
        "payer": {"account_no": "4305016263080001528", "account_name": "沅澧建设工程有限公司"},
    },
}
TENANT_ORDER = ["baiyu", "tiequan", "wanqiao"]

# finance-office hours (start, end) in minutes after midnight, Beijing time
HOURS = {"baiyu": (8 * 60 + 30, 17 * 60 + 30),
         "tiequan": (8 * 60, 18 * 60),
         "wanqiao": (8 * 60, 17 * 60 + 30)}
HOLIDAYS = {"2026-09-25", "2026-10-01", "2026-10-02", "2026-10-03", "2026-10-04",
            "2026-10-05", "2026-10-06", "2026-10-07"}

# ---------------------------------------------------------------------------
# counterparties
# ---------------------------------------------------------------------------

# group members (cash-pool payees of the finance company)
M_JT = pe("沅澧建材集团有限公司", "1901000209024417763", "中国工商银行长沙五一路支行", vid="CY-001", phone="0731-0000218")
M_SN = pe("常德沅澧水泥有限公司", "18350101040012766", "中国农业银行常德武陵支行", vid="CY-002", phone="0736-0000431")
M_QC = pe("益阳沅澧新型墙材有限公司", "5866720199374015", "中国银行益阳分行", vid="CY-003", phone="0737-0000152")
M_HNT = pe("湘潭沅澧商品混凝土有限公司", "4318999910100031264", "交通银行湘潭分行", vid="CY-004", phone="0732-0000415")
M_GM = pe("岳阳沅澧钢材贸易有限公司", "7319073126108016", "招商银行岳阳分行", vid="CY-005", phone="0730-0000306")
M_JS = pe("沅澧建设工程有限公司", "4305016263080001528", "中国建设银行常德分行", vid="CY-006", phone="0736-0000120")
M_LJ = pe("沅澧绿建科技有限公司", "4305014868090002215", "中国建设银行长沙星沙支行", vid="CY-007", phone="0731-0000935")
B_SOFT = pe("长沙衡数软件科技有限公司", "8000113920871288", "长沙银行麓谷支行", vid="V-B01", phone="0731-0000546")
B_PROP = pe("长沙芙蓉金融广场物业管理有限公司", "78710188000412635", "中国光大银行长沙分行", vid="V-B02", phone="0731-0000377")
B_PROP_CHANGED = "2026-06-22T10:15:00+08:00"
B_AUDIT = pe("湖南正衡会计师事务所（普通合伙）", "81010309000057112", "湖南银行长沙芙蓉支行", vid="V-B03", phone="0731-0000690")
B_IB = pe("长沙银行股份有限公司", "8000100000990066", "长沙银行营业部", vid="TY-01", phone="0731-0000100")
B_PAYROLL = pe("中国建设银行长沙湘江新区支行（代发工资专户）", "4305011008839990018", "中国建设银行长沙湘江新区支行", vid="PAY-01")
B_TREASURY = pe("国家金库长沙市中心支库", "2703009900010001", "中国人民银行湖南省分行", vid=None)

# steel trader
T_XB = pe("湘北钢铁股份有限公司", "1913001109200066312", "中国工商银行娄底分行", vid="V-T01", phone="0738-0000512")
T_EN_OLD = pe("鄂南钢铁有限公司", "1802004109300027731", "中国工商银行黄石分行", vid="V-T02", phone="0714-0000263")
T_EN = pe("鄂南钢铁有限公司", "5713720188044106", "中国银行黄石分行", vid="V-T02", phone="0714-0000263")
T_EN_CHANGED = "2026-09-01T10:40:00+08:00"
T_WH = pe("岳阳城陵矶港钢材物流有限公司", "18510101040009378", "中国农业银行岳阳城陵矶支行", vid="V-T03", phone="0730-0000265")
T_BARGE = pe("岳阳通江船务运输有限公司", "8201000093451229", "岳阳农村商业银行", vid="V-T04", phone="0730-0000641")
T_FACTOR = pe("长沙星瀚商业保理有限公司", "8111601013200298147", "中信银行长沙分行", vid="V-T06", phone="0731-0000791")
T_FACTOR_CHANGED = "2026-07-22T15:30:00+08:00"
T_TRUCK = pe("岳阳市云溪区速达汽车运输有限公司", "8201000112790086", "岳阳农村商业银行", vid="V-T07", phone="0730-0000388")
T_TRUCK_CHANGED = "2026-06-30T09:10:00+08:00"
T_PAYROLL = pe("招商银行岳阳分行（代发工资专户）", "7319000088012345", "招商银行岳阳分行", vid="PAY-01")
T_FINCO = pe("沅澧建材集团财务有限公司", "4305011008830900127", "中国建设银行长沙湘江新区支行", vid="CY-000", phone="0731-0000266")

# engineering subsidiary
WA1_NAME = "沅澧建设工程有限公司（德山职教园二期项目农民工工资专用账户）"
WA1 = pe(WA1_NAME, "4305016290080009871", "中国建设银行常德鼎城支行", vid="ZH-01")
WA2_NAME = "沅澧建设工程有限公司（资阳安置房项目农民工工资专用账户）"
WA2 = pe(WA2_NAME, "18430201040019935", "中国农业银行益阳资阳支行", vid="ZH-02")
W_XINAN = pe("常德鑫安建筑劳务有限公司", "8201000321560087", "常德农村商业银行", vid="V-W01", phone="0736-0000733")
W_HNT = pe("湘潭沅澧商品混凝土有限公司", "4318999910100031264", "交通银行湘潭分行", vid="V-W02", phone="0732-0000415")
W_STEEL = pe("岳阳沅澧钢材贸易有限公司", "7319073126108016", "招商银行岳阳分行", vid="V-W03", phone="0730-0000306")
W_CRANE = pe("常德市恒升机械设备租赁有限公司", "943008010001234567", "中国邮政储蓄银行常德分行", vid="V-W04", phone="0736-0000582")
W_ZX = pe("益阳振湘建筑劳务有限公司", "8201000455310021", "益阳农村商业银行", vid="V-W05", phone="0737-0000624")
W_ZX_CHANGED = "2026-07-15T14:20:00+08:00"
W_DX = pe("湖南德信防水工程有限公司", "5945712036681027", "中国银行常德分行", vid="V-W06", phone="0736-0000860")
W_CCB_FEE = pe("中国建设银行股份有限公司常德分行", "4305016263089990002", "中国建设银行常德分行", vid="BK-01", phone="0736-0000200")
W_PAYROLL = pe("中国建设银行常德分行（代发工资专户）", "4305016263089990019", "中国建设银行常德分行", vid="PAY-01")

# customers
C_M02 = cu("常德沅澧水泥有限公司", uscc("常德沅澧水泥", "430702", new=False), "财务部 邬会计", "0736-0000431", "wuhj@yl-cement.cn", None, "CY-002")
C_M03 = cu("益阳沅澧新型墙材有限公司", uscc("益阳沅澧墙材", "430902", new=False), "财务部 曾会计", "0737-0000152", None, None, "CY-003")
C_CT = cu("湖南楚天建工集团有限公司", uscc("楚天建工", "430104", new=False), "采购部 罗经理", "0731-0000763", "luo@chutianjg.com", None, "KH-0107")
C_HR = cu("华容新筑装配式建筑科技有限公司", uscc("华容新筑", "430623"), "物资部 孟经理", "0730-0000917", "meng@hrxinzhu.com", None, "KH-0112")
C_TD = cu("湘阴县通达市政工程有限公司", uscc("湘阴通达市政", "430624", new=False), "材料科 龚会计", "0730-0000455", None, None, "KH-0121")
C_YJ = cu("沅澧建设工程有限公司", uscc("沅澧建设", "430703", new=False), "物资部 谢海军", "0736-0000120", "wz@yljs.com.cn", None, "KH-0009")
C_DC = cu("常德鼎城城市建设投资有限公司", uscc("鼎城城投", "430703", new=False), "工程部 胡科长", "0736-0000399", "gcb@dccjtz.com", None, "KH-W01")
C_ZY = cu("益阳资阳城建开发有限公司", uscc("资阳城建", "430902", new=False), "工程部 汤工", "0737-0000380", None, None, "KH-W02")

# ---------------------------------------------------------------------------
# line constructors
# ---------------------------------------------------------------------------

LINES = []
STAFF = {
    "E2101": "邹立群", "E2105": "易红梅", "E2112": "彭思远", "E2115": "龚晓岚", "E2120": "钟卫东", "E2130": "贺丽",
    "E3101": "胡振宇", "E3105": "谭慧", "E3111": "刘晓芸", "E3112": "曹阳", "E3120": "万强", "E3122": "石磊",
    "E3130": "肖勇", "E3135": "蒋丹",
    "E4101": "彭国栋", "E4105": "黄琼", "E4111": "覃丽娜", "E4112": "易鑫", "E4120": "谢海军", "E4125": "邓志勇",
    "E4130": "姚斌", "E4135": "田甜",
}


def pay(tenant, when, *, payee, amount, purpose, memo, text, req, appr, phase="test",
        ch="erp", frm=None, contact=None, urgent=False, order=None, contract=None, invoice=None,
        changed=None, verif=None, payer=None, label="legit", scam=None, expect="allow",
        sig=(), note="", key=None):
    body = {
        "request_id": None,
        "submitted_at": iso(when),
        "payer": dict(payer or TENANTS[tenant]["payer"]),
        "payee": dict(payee),
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm if frm is not None else STAFF[req],
                        "from_contact": contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": changed,
    }
    if verif is not None:
        body["verification"] = verif
    LINES.append({"tenant": tenant, "phase": phase, "kind": "payment", "label": label,
                  "scam_type": scam, "expect": expect, "sig": list(sig), "note": note,
                  "request": body, "key": key, "when": when})


def order(tenant, when, *, cust, items, channel, addr, deadline, terms, notes, phase="test",
          third=None, fees=(), label="legit", scam=None, expect="allow", sig=(), note="", key=None):
    its = []
    total = Decimal("0")
    for prod, qty, unit, price in items:
        its.append({"product": prod, "quantity": qty, "unit": unit, "unit_price": money(price)})
        total += Decimal(qty) * Decimal(price)
    body = {
        "record_id": None,
        "received_at": iso(when),
        "customer": dict(cust),
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": addr, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }
    LINES.append({"tenant": tenant, "phase": phase, "kind": "order", "label": label,
                  "scam_type": scam, "expect": expect, "sig": list(sig), "note": note,
                  "request": body, "key": key, "when": when})


def verif(number, who, when):
    return {"callback_done": True, "callback_number": number, "verified_by": who,
            "verified_at": iso(when)}


H = "history"

# ===========================================================================
# baiyu — 沅澧建材集团财务有限公司 (group finance company, Changsha)
# ===========================================================================
T = "baiyu"

# ---- history --------------------------------------------------------------
pay(T, "2026-08-03 09:40", phase=H, payee=M_SN, amount="12000000", purpose="资金下拨",
    memo="8月原燃料采购资金下拨",
    text="司库系统下拨指令 XB-260803-02｜收款单位：常德沅澧水泥有限公司（成员单位）｜用途：8月原煤、石膏采购｜在核定下拨额度内",
    req="E2112", appr=["E2105", "E2101"], note="Monthly cash-pool allocation to the cement plant.")
pay(T, "2026-08-04 10:15", phase=H, payee=M_JS, amount="6000000", purpose="资金下拨",
    memo="德山职教园二期人工费及材料款",
    text="司库系统下拨指令 XB-260804-01｜收款单位：沅澧建设工程有限公司｜用途：德山职教园二期7月人工费、商砼款",
    req="E2112", appr=["E2105"], note="Cash-pool allocation to the engineering subsidiary.")
order(T, "2026-08-05 14:20", phase=H, cust=C_M03,
      items=[("银行承兑汇票贴现（票面金额）", "1", "张", "2000000")], channel="erp",
      addr="贴现款划入申请人在本公司开立的结算账户", deadline="2026-08-05",
      terms="贴现利息按年化1.45%从票面扣除",
      notes="承兑行中国工商银行益阳分行，到期日2027-02-04；贸易背景：脱硫石膏采购合同YY-CG-2026-031及发票已上传。",
      note="Bill-discount application from a member unit.")
pay(T, "2026-08-07 15:30", phase=H, payee=B_SOFT, amount="86000", purpose="服务费",
    memo="资金管理系统三季度运维费",
    text="司库系统付款单：资金管理系统2026年三季度运维服务费｜合同BY-IT-2026-02｜发票已验真",
    req="E2130", appr=["E2105"], contract="BY-IT-2026-02", invoice=inv("by-soft-q3"),
    note="Quarterly maintenance of the treasury system.")
pay(T, "2026-08-10 09:55", phase=H, payee=M_GM, amount="9000000", purpose="资金下拨",
    memo="钢厂货款头寸下拨",
    text="司库系统下拨指令 XB-260810-01｜收款单位：岳阳沅澧钢材贸易有限公司｜用途：湘北钢铁、鄂南钢铁8月现汇货款",
    req="E2112", appr=["E2105", "E2101"], note="Cash-pool allocation to the steel trader.")
pay(T, "2026-08-10 16:05", phase=H, payee=B_PROP, amount="128600", purpose="租金",
    memo="三季度办公楼租金及物业费",
    text="司库系统付款单：2026年三季度办公楼租金及物业费｜合同BY-ZL-2025-01｜收款账户按6月物业公司盖章变更函更新，已回访",
    req="E2130", appr=["E2105"], contract="BY-ZL-2025-01", invoice=inv("by-prop-q3"),
    changed=B_PROP_CHANGED, note="Office rent to the landlord, whose account change dates from June.")
pay(T, "2026-08-12 11:20", phase=H, payee=M_HNT, amount="30000000", purpose="委托贷款放款",
    memo="集团委托贷款放款（WD-2026-07）",
    text="委托贷款放款｜委托人：沅澧建材集团有限公司｜借款人：湘潭沅澧商品混凝土有限公司｜合同WD-2026-07｜期限12个月",
    req="E2120", appr=["E2105", "E2101"], contract="WD-2026-07", note="Entrusted loan from the parent to the concrete company.")
pay(T, "2026-08-14 16:30", phase=H, payee=B_PAYROLL, amount="612480", purpose="工资",
    memo="7月工资代发（46人）", text="司库系统付款单：7月工资代发（46人），工资表已由综合部及总经理审批",
    req="E2130", appr=["E2105", "E2101"], note="Monthly payroll.")
pay(T, "2026-08-18 10:30", phase=H, payee=B_IB, amount="30010500", purpose="拆借还款",
    memo="同业拆入到期还本付息",
    text="同业拆借到期还款｜交易编号IB-20260811-002｜拆入3000万元｜7天｜利率1.80%｜利息10,500.00元",
    req="E2120", appr=["E2105", "E2101"], note="Repayment of a seven-day interbank borrowing.")
order(T, "2026-08-20 10:05", phase=H, cust=C_M02,
      items=[("银行承兑汇票贴现（票面金额）", "1", "张", "5000000")], channel="erp",
      addr="贴现款划入申请人在本公司开立的结算账户", deadline="2026-08-20",
      terms="贴现利息按年化1.42%从票面扣除",
      notes="承兑行中国农业银行常德分行；贸易背景：熟料销售合同及发票已上传，票交所查询票据状态正常。",
      note="Bill-discount application from the cement plant.")
pay(T, "2026-08-25 09:20", phase=H, payee=M_JT, amount="20000000", purpose="资金下拨",
    memo="下拨集团本部归还工行流动资金贷款",
    text="司库系统下拨指令 XB-260825-01｜收款单位：沅澧建材集团有限公司（本部）｜用途：8月26日到期工行流贷还款",
    req="E2112", appr=["E2105", "E2101"], note="Allocation to the parent for a bank-loan repayment.")
pay(T, "2026-08-28 14:40", phase=H, payee=M_QC, amount="3500000", purpose="资金下拨",
    memo="墙材公司9月生产资金",
    text="司库系统下拨指令 XB-260828-02｜收款单位：益阳沅澧新型墙材有限公司｜用途：9月生产资金",
    req="E2115", appr=["E2105"], note="Allocation to the wall-materials plant.")
pay(T, "2026-09-02 10:10", phase=H, payee=M_JS, amount="8000000", purpose="资金下拨",
    memo="资阳安置房项目进度资金",
    text="司库系统下拨指令 XB-260902-01｜收款单位：沅澧建设工程有限公司｜用途：资阳安置房项目8月人工费及材料款",
    req="E2112", appr=["E2105", "E2101"], note="Allocation to the engineering subsidiary.")
pay(T, "2026-09-08 15:15", phase=H, payee=B_AUDIT, amount="180000", purpose="审计费",
    memo="2026年半年度报表审阅费",
    text="司库系统付款单：2026年半年度财务报表审阅｜合同BY-SJ-2026-02｜发票已验真",
    req="E2130", appr=["E2105", "E2101"], contract="BY-SJ-2026-02", invoice=inv("by-audit-h1"),
    note="Half-year review fee to the audit firm.")
pay(T, "2026-09-14 16:20", phase=H, payee=B_PAYROLL, amount="609950", purpose="工资",
    memo="8月工资代发（46人）", text="司库系统付款单：8月工资代发（46人），工资表已审批",
    req="E2130", appr=["E2105", "E2101"], note="Monthly payroll.")

# ---- test -----------------------------------------------------------------
pay(T, "2026-09-16 10:20", payee=M_SN, amount="9500000", purpose="资金下拨",
    memo="9月电费及燃煤资金",
    text="司库系统下拨指令 XB-260916-01｜收款单位：常德沅澧水泥有限公司｜用途：9月电费、燃煤款",
    req="E2112", appr=["E2105", "E2101"], note="Routine: monthly cash-pool allocation to the cement plant.")

pay(T, "2026-09-17 09:05", payee=M_JT, amount="15000000", purpose="资金下拨",
    memo="本部9月28日到期银承兑付备款",
    text=("司库系统下拨指令 XB-260917-01｜收款单位：沅澧建材集团有限公司（本部）｜金额1500万元\n"
          "背景：邓董9月16日在集团经营例会上要求节前各单位把账面余额和到期兑付情况报集团资金部，"
          "集团资金部据此发起本次下拨（集资〔2026〕58号），用于9月28日到期银行承兑汇票兑付。"),
    req="E2112", appr=["E2105", "E2101"], sig=["boss_role", "balance_probe"],
    note="Hard negative: allocation to the parent whose ERP text quotes the chairman asking every unit for its balances, raised by group treasury and approved in the system.")

pay(T, "2026-09-21 22:47", payee=pe("长沙麓谷恒拓投资管理有限公司", "4000021109200317728", "中国工商银行长沙高新支行"),
    amount="28000000", purpose="往来款", memo="收购意向金（董事长交办）", ch="im", frm="邓光远",
    contact="微信群：沅澧集团资金调度（当晚新建）",
    text=("邓光远：@易红梅 @龚晓岚 你们两个在吧？\n"
          "龚晓岚：邓董好，我在\n"
          "邓光远：资金池今天日终头寸多少？各家银行分开报一下，截图发群里\n"
          "龚晓岚：建行1.86亿，工行9400万，长沙银行3100万，截图发了\n"
          "邓光远：好。集团跟恒拓那边的收购意向今晚要锁定，先从资金池调2800万到他们公司账户，账号我私发给你\n"
          "邓光远：董事会还没公开这个事，不要在其他群里讲。我在北京开会，电话不方便，审批单明天回来补签\n"
          "邓光远：十一点前要看到回单"),
    urgent=True, req="E2115", appr=[], label="scam", scam="boss_impersonation", expect="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "secrecy_words", "cannot_call",
         "bypass_process", "urgency"],
    note="Late on a Monday night a WeChat group created that evening has the 'group chairman' ask for the pool's end-of-day position bank by bank, then order 28m from the pool to an outside investment firm as an acquisition deposit, sign-off tomorrow.")

pay(T, "2026-09-22 14:10", payee=M_JS, amount="60000000", purpose="资金下拨",
    memo="德山职教园二期主体结构阶段资金",
    text=("司库系统下拨指令 XB-260922-03｜收款单位：沅澧建设工程有限公司｜金额6000万元\n"
          "说明：今日10:42常德沅澧水泥收到年度大客户回款并上划资金池6000万元；同日沅澧建设德山职教园二期需集中支付主体结构阶段材料款和人工费，"
          "经集团资金部平衡后当日下拨。超额度下拨已经集团资金管理委员会书面同意（资委〔2026〕12号）。"),
    req="E2112", appr=["E2105", "E2101"], sig=["in_out_match", "large_vs_usual"],
    note="Hard negative: 60m swept up from the cement plant in the morning and allocated to the engineering subsidiary the same afternoon, with the committee's written consent.")

pay(T, "2026-09-23 10:35", payee=pe("湖南省非银机构资金核查专户", "6226090217438800", "中国民生银行长沙分行", typ="unknown"),
    amount="5000000", purpose="其他", memo="按来电要求划转备付资金", ch="phone",
    frm="自称金融监管总局湖南监管局 王处长", contact="0731-0000944",
    text=("【通话记录 10:05 彭思远】对方称：根据总局统一部署，对辖内企业集团财务公司开展流动性与关联交易专项检查，"
          "我司存在成员单位资金违规流出问题，需配合资金核查。要求今天12点前将不少于500万元备付资金转入核查用的监管账户，"
          "核查无误后3个工作日内原路退回；不得告知集团，否则按妨碍监管处理。\n"
          "【随后短信】核查账户：湖南省非银机构资金核查专户，民生银行长沙分行，6226 0902 1743 8800。联系人王处 17100004417"),
    urgent=True, req="E2112", appr=[], label="scam", scam="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency"],
    note="A caller posing as the financial regulator's Hunan office orders 5m of reserves into a 'supervised account' for a fund check and forbids telling the group.")

pay(T, "2026-09-24 17:58", payee=M_JS, amount="3200000", purpose="资金下拨",
    memo="节前农民工工资专户补足",
    text=("司库系统下拨指令 XB-260924-05（加急）｜收款单位：沅澧建设工程有限公司\n"
          "中秋、国庆前农民工工资须足额发放，资阳安置房项目工资专用账户差额320万元；项目部17:20提交申请，邹总电话确认后紧急下拨。"),
    urgent=True, req="E2112", appr=["E2105", "E2101"], sig=["urgency"],
    note="Hard negative: an urgent allocation just after office hours so the engineering subsidiary can pay migrant workers before the holidays.")

order(T, "2026-09-28 10:15", cust=C_M03,
      items=[("银行承兑汇票贴现（票面金额）", "1", "张", "1500000")], channel="erp",
      addr="贴现款划入申请人在本公司开立的结算账户", deadline="2026-09-28",
      terms="贴现利息按年化1.40%从票面扣除",
      notes="承兑行中国银行益阳分行，到期日2027-03-20；贸易背景：砌块销售合同及发票已上传。",
      note="Routine: bill-discount application from the wall-materials plant.")

pay(T, "2026-09-29 15:20", payee=M_HNT, amount="20000000", purpose="委托贷款放款",
    memo="集团委托贷款（借款）放款",
    text="委托贷款放款｜委托人：沅澧建材集团有限公司｜借款人：湘潭沅澧商品混凝土有限公司｜合同WD-2026-11｜期限6个月｜利率3.1%｜放款至借款人基本户",
    req="E2120", appr=["E2105", "E2101"], contract="WD-2026-11", sig=["vague_memo", "large_vs_usual"],
    note="Hard negative: a 20m entrusted loan described as a 'loan', to a member unit under a signed loan contract.")

pay(T, "2026-09-30 19:10", payee=M_JT, amount="45000000", purpose="资金下拨",
    memo="季末续贷过桥资金",
    text=("季末紧急下拨｜集团本部工行流动资金贷款4500万元今日到期，工行续贷已审批通过（批复见附件），新贷款预计10月8日发放。"
          "经集团资金管理委员会同意，由资金池为本部提供续贷过桥资金4500万元用于今日还款，新贷到账后归还资金池。工行要求20:00前到账。"),
    urgent=True, req="E2112", appr=["E2105", "E2101"], sig=["urgency", "large_vs_usual"],
    note="Hard negative: a quarter-end evening bridge allocation of 45m to the parent so it can repay and roll over a bank loan.")

pay(T, "2026-10-08 09:30", payee=M_LJ, amount="5000000", purpose="资金下拨",
    memo="新设成员单位首次下拨",
    text=("司库系统下拨指令 XB-261008-01｜收款单位：沅澧绿建科技有限公司（集团全资，2026年8月设立）\n"
          "该单位已于9月签署资金池协议，结算账户开户证明经集团资金部核对并回访成员单位档案电话。首笔下拨用于装配式构件厂设备预付款。"),
    req="E2112", appr=["E2105", "E2101"], verif=verif("0731-0000935", "E2105", "2026-10-07 16:10"),
    sig=["large_vs_usual"],
    note="Hard negative: first allocation to a newly formed subsidiary, checked against its onboarding file.")

pay(T, "2026-10-09 16:50", payee=pe("湖南金瑞达实业集团有限公司", "4305010186080007731", "中国建设银行长沙开福支行"),
    amount="960000", purpose="退款", memo="退回客户重复付款（经常德水泥）", ch="email",
    frm="湖南金瑞达供应链管理有限公司 财务部 周敏", contact="zhoumin_jrd@163.com",
    text=("贵司结算部：\n"
          "我司是常德沅澧水泥有限公司的客户，10月8日支付水泥款时网银重复提交，向常德沅澧水泥农行武陵支行收款账户多付了96万元（回单见附件）。"
          "经与水泥公司销售部联系，得知该账户资金已归集到贵司资金池，需由贵司办理退款。\n"
          "因我司原付款账户目前被法院临时冻结，请将96万元退至我司控股母公司账户：湖南金瑞达实业集团有限公司，建行长沙开福支行，4305010186080007731。\n"
          "盖章的退款申请函随后寄出，麻烦今天处理，谢谢！"),
    urgent=True, req="E2115", appr=["E2105"], label="scam", scam="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "email_instruction", "free_mail", "urgency"],
    note="A free-mail 'customer of the cement plant' claims a duplicate payment was swept into the pool and wants it refunded to its parent company because its own account is frozen.")

pay(T, "2026-10-12 11:25", payee=pe("常德市鼎盛建材贸易有限公司", "8201000678120455", "常德农村商业银行"),
    amount="318000", purpose="退款", memo="原路退回重复付款",
    text=("司库系统付款单｜原路退回\n"
          "常德市鼎盛建材贸易有限公司10月9日向常德沅澧水泥农行收款户重复支付水泥款31.8万元（回单1009-4471与1009-4473），"
          "资金已随日终归集到资金池并已到账。水泥公司销售部与对方财务核对一致，对方出具盖章说明。"
          "现原路退回其付款账户8201000678120455（常德农村商业银行）。"),
    req="E2115", appr=["E2105", "E2101"], sig=["refund_words", "overpayment"],
    note="Hard negative: a customer's duplicate payment, swept into the pool and confirmed received, refunded to the very account it came from.")

pay(T, "2026-10-13 14:45", payee=pe("深圳前海汇票通信息服务有限公司", "1500010382771604", "平安银行深圳前海分行"),
    amount="200000", purpose="预付款", memo="转贴现额度锁定款", ch="im",
    frm="刘经理（票据经纪）", contact="wxid_hpt_liujl88",
    text=("刘经理：钟总您好，昨天电话里说的那批财司承兑和国股银票，我们对接的是深圳一家城商行的转贴现专项额度，利率能做到1.10%，比你们现在的报价低三十个bp\n"
          "刘经理：额度是总行下来的，要先锁定。按规矩先交bzj 20万到我们公司账户，锁3亿额度，转贴完成后bzj全额退或者抵利息\n"
          "刘经理：今天下午三点前要报名单，过时额度就给别家了"),
    urgent=True, req="E2120", appr=[], label="scam", scam="advance_fee", expect="flag",
    sig=["deposit_words", "middleman_fee", "im_instruction", "new_contact", "urgency", "evasion_pinyin"],
    note="A WeChat 'bill broker' promises cheap rediscounting for the finance company's bills if it first pays a 200k deposit (written 'bzj') to lock the quota.")

pay(T, "2026-10-14 16:10", payee=B_PAYROLL, amount="615200", purpose="工资",
    memo="9月工资代发（46人）", text="司库系统付款单：9月工资代发（46人），工资表已审批",
    req="E2130", appr=["E2105", "E2101"], note="Routine: monthly payroll.")

pay(T, "2026-10-16 09:50", payee=pe("人行长沙中心支行资金核查过渡户", "943002010012345678", "中国邮政储蓄银行长沙雨花区支行"),
    amount="1000000", purpose="年检核验", memo="大额支付系统年检备付金核验划转", ch="letter",
    frm="中国人民银行长沙中心支行 支付结算处（传真件）", contact="0731-0000271",
    text=("关于开展2026年度大额支付系统参与机构账户年检的通知\n"
          "长银支付〔2026〕117号\n"
          "各参与机构：根据工作安排，对辖内财务公司等非银参与机构开展结算账户年检及备付金真实性核验。"
          "请于10月16日前将不低于100万元的结算备付金划入我处指定的资金核查过渡账户（户名：人行长沙中心支行资金核查过渡户，账号见附件），"
          "核验完毕后原路划回；逾期未核验的，暂停大额支付系统业务。\n"
          "联系人：陈科长 0731-0000271"),
    urgent=True, req="E2112", appr=["E2105"], label="scam", scam="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "letter_instruction", "urgency"],
    note="A faxed 'central-bank notice' for an account annual inspection asks for 1m of reserves to be parked in a 'fund-verification transit account' at a postal-savings branch.")

pay(T, "2026-10-19 15:05", payee=B_TREASURY, amount="2360000", purpose="税款",
    memo="三季度企业所得税预缴",
    text="电子税务局三方协议缴税确认｜2026年第三季度企业所得税预缴｜税款所属期2026-07-01至2026-09-30｜缴入国家金库长沙市中心支库｜电子缴税凭证已下载",
    req="E2112", appr=["E2105"], sig=["authority_words"],
    note="Hard negative: quarterly corporate income tax paid into the state treasury through the tax bureau's three-party debit.")

pay(T, "2026-10-20 11:15", payee=pe("湖南鼎泰资产管理有限公司", "4305010186080009962", "中国建设银行长沙开福支行"),
    amount="8000000", purpose="票据转让款", memo="买断式票据转让首期款", ch="email",
    frm="湖南鼎泰资产管理有限公司 票据业务部 谢总", contact="xie@dingtai-am.com",
    text=("钟经理：\n"
          "按昨天会谈，我司持有一批央企财务公司承兑汇票，票面合计1亿元，剩余期限4-5个月，可按年化1.35%买断式转让给贵司。"
          "为锁定额度，请先支付首期票款800万元，票据在首期款到账后分两批于票交所背书给贵司，余款见票后支付。\n"
          "我司成立时间不长，但股东背景雄厚，合作协议已盖章扫描发您。"),
    req="E2120", appr=["E2105"], label="scam", scam="contract_fraud", expect="flag",
    sig=["shell_company", "guarantee_unverified", "email_instruction", "large_vs_usual"],
    note="A three-month-old 'asset manager' offers a 100m parcel of finance-company bills at a cheap rate but wants 8m paid before a single bill is endorsed.")

order(T, "2026-10-22 14:30", cust=cu("常德市恒丰石灰石开采有限公司", uscc("恒丰石灰石", "430702"), "财务 尹会计",
                                     "0736-0000587", "yin@hfshks.com", None, None),
      items=[("财务公司承兑汇票贴现（票面金额，承兑人：本公司）", "1", "张", "1200000")], channel="in_person",
      addr="贴现款划入申请人基本户（中国银行常德分行）", deadline="2026-10-23",
      terms="贴现利率年化1.60%，利息从票面扣除",
      notes=("集团产业链贴现试点业务。票据出票人常德沅澧水泥有限公司、承兑人为本公司，贸易背景为石灰石供货合同SN-CG-2026-047及增值税发票；"
             "已在票交所系统查验票据状态，并按成员单位档案电话0736-0000431回电常德水泥采购部核实供货关系；营业执照、开户许可证原件已在柜台核验。"),
      sig=["large_first_order"],
      note="Hard negative: a first-time upstream supplier of the cement plant discounts a bill the finance company itself accepted, verified through the member's number on file.")

pay(T, "2026-10-23 10:05", payee=M_GM, amount="7000000", purpose="资金下拨",
    memo="钢厂10月下旬货款",
    text="司库系统下拨指令 XB-261023-01｜收款单位：岳阳沅澧钢材贸易有限公司｜用途：鄂南钢铁10月下旬现汇货款",
    req="E2115", appr=["E2105", "E2101"], note="Routine: allocation to the steel trader.")

pay(T, "2026-10-26 19:20", payee=pe("常德沅澧建设劳务有限公司", "4305016271080006642", "中国建设银行常德桃源支行"),
    amount="4600000", purpose="资金调拨", memo="沅澧建设新项目专户首批资金", ch="email",
    frm="苏汉卿", contact="suhanqing@yljc-gr0up.com",
    text=("主题：关于沅澧建设新项目专户资金调拨\n"
          "易经理：\n"
          "集团已同意沅澧建设在常德新设项目资金专户，首批资金４６０万元请今天从资金池调拨到以下账户：\n"
          "户名：常德沅澧建设劳务有限公司\n"
          "账号：４３０５０１６２７１０８０００６６４２\n"
          "开户行：中国建设银行常德桃源支行\n"
          "相关批复文件我出差回来后补给你。此事涉及投标，暂勿扩散。\n"
          "苏汉卿\n集团财务总监"),
    urgent=True, req="E2105", appr=[], label="scam", scam="boss_impersonation", expect="flag",
    sig=["email_instruction", "lookalike_domain", "boss_role", "urgency", "secrecy_words", "bypass_process",
         "evasion_fullwidth"],
    note="An evening e-mail from a look-alike of the group domain, signed by the group CFO and typed with full-width digits, asks for 4.6m to go from the pool to an outside 'labour company' whose name mimics the engineering subsidiary.")

pay(T, "2026-10-27 10:50", payee=pe("沅澧建材集团有限公司共管账户（楚南矿业项目）", "4305010188090004417", "中国建设银行长沙分行营业部"),
    amount="5000000", purpose="收购意向金", memo="楚南矿业股权收购意向金（存入共管账户）",
    text=("OA付款审批单 BY-OA-2026-1027-02（代集团本部支付）\n"
          "事由：邓董10月26日在微信上要求尽快落实楚南矿业收购意向金。集团董事会决议（沅澧董〔2026〕17号）已批准意向金500万元，"
          "存入以集团名义开立、与楚南矿业共同预留印鉴的共管账户。\n"
          "核对：共管账户开户证明及共管协议原件已由集团法务部核对；经集团董事会办公室座机（通讯录号码）回拨确认。"),
    urgent=True, req="E2112", appr=["E2105", "E2101"], verif=verif("0731-0000218", "E2105", "2026-10-27 10:20"),
    sig=["boss_role", "deposit_words", "urgency"],
    note="Hard negative: the real chairman's WeChat push for an acquisition deposit, paid only after a board resolution, legal review and a call-back, into a jointly controlled account in the group's own name.")

pay(T, "2026-10-28 16:20", payee=pe("义乌市悦淘电子商务商行", "3307820190015527", "浙江义乌农村商业银行"),
    amount="9800", purpose="办公用品", memo="办公耗材采购",
    text="OA付款申请：办公耗材采购（京麦商城店铺）。附言：已在店铺下单，按客服要求先付到商户收款账户，第二批会员任务完成后货款和佣金一起返还",
    req="E2130", appr=["E2105"], label="scam", scam="task_rebate", expect="flag",
    sig=["task_rebate_words", "vague_memo"],
    note="A clerk files a 9,800 'office supplies' payment to an online shop that, by her own note, is a stake in a 'member task' to be returned with commission.")

pay(T, "2026-10-30 11:30", payee=pe("邹立群", "6217002870033618524", "中国建设银行长沙芙蓉支行", typ="personal"),
    amount="6380", purpose="差旅费报销", memo="邹立群北京出差报销",
    text="费用报销单 BX-2610-033｜报销人：邹立群｜事由：10月19日至23日赴北京参加金融监管总局组织的企业集团财务公司座谈会及票据业务培训｜机票、住宿、会务费合计6,380.00元，票据已审核",
    req="E2130", appr=["E2105"], sig=["authority_words"],
    note="Hard negative: the general manager's travel expenses, for a meeting called by the financial regulator, reimbursed to his own card.")

order(T, "2026-11-02 09:40", cust=cu("湘潭沅澧商品砼有限公司", uscc("湘潭沅澧商品砼", "430304"), "刘总",
                                     "19800002716", None, "wxid_xtyl_hnt2026", None),
      items=[("银行承兑汇票贴现（票面，承兑行：湘潭某农商银行）", "1", "张", "3200000"),
             ("银行承兑汇票贴现（票面，承兑行：株洲某村镇银行）", "1", "张", "3000000"),
             ("银行承兑汇票贴现（票面，承兑行：湘潭某农商银行）", "1", "张", "2400000")],
      channel="im", addr="贴现款划至湘潭沅澧商品砼有限公司新开账户（湘潭农商银行岳塘支行）", deadline="2026-11-02",
      terms="贴现利息从票面扣除，要求当日放款",
      notes=("我们是湘潭混凝土新设的主体，原来的混凝土公司在做股权调整，以后贴现都走这个新公司，集团邓董知道的。"
             "三张电子票我截图发你，今天必须放款，搅拌站要付水泥款。"),
      label="scam", scam="fake_purchaser", expect="flag",
      sig=["lookalike_company", "contact_im_only", "contact_mismatch", "large_first_order", "urgency"],
      note="A company named one word off the concrete subsidiary asks by WeChat to discount three small-bank bills worth 8.6m today, proceeds to a brand-new account.")

pay(T, "2026-11-03 15:00", payee=pe("湖南盛宏建材贸易有限公司", "4305016142080003310", "中国建设银行常德武陵支行"),
    amount="15000000", purpose="往来款", memo="代收代付（盛宏置业）", ch="im",
    frm="蒋总（自称盛宏置业，沅澧建设业主方）", contact="wxid_shenghong_jiang",
    text=("蒋总：易经理你好，我是盛宏置业的老蒋，跟你们沅澧建设彭总很熟的\n"
          "蒋总：我们有笔1500万的款要从合作方那边转出来，银行对我们公户有限额，想借你们财务公司的通道走💰账，今天下午进，今天下午就出到我们指定的供应商，一分钱不动你们的\n"
          "蒋总：按千分之五算通道费，7.5万当场结\n"
          "蒋总：收款方：湖南盛宏建材贸易有限公司，建行常德武陵支行"),
    urgent=True, req="E2115", appr=[], label="scam", scam="account_lending", expect="block",
    sig=["account_lending_words", "in_out_match", "im_instruction", "new_contact", "fee_words", "evasion_symbols"],
    note="A property developer who says he knows the engineering subsidiary's boss wants 15m routed through the finance company in and out the same day for a fee, the key word split by an emoji.")

pay(T, "2026-11-05 10:10", payee=B_IB, amount="50017500", purpose="拆借还款",
    memo="同业拆入到期还本付息",
    text="同业拆借到期还款｜交易编号IB-20261029-003｜拆入金额5000万元｜期限7天｜利率1.80%｜利息17,500.00元｜按银行间市场成交单还本付息",
    req="E2120", appr=["E2105", "E2101"], sig=["vague_memo", "large_vs_usual"],
    note="Hard negative: a 50m interbank borrowing repaid to the lending bank, memo just 'lending repayment'.")

pay(T, "2026-11-06 12:40", payee=pe("北京金安信联技术服务中心", "0200004109200189236", "中国工商银行北京西单支行"),
    amount="19800", purpose="服务费", memo="数字证书及名单库年费", ch="email",
    frm="金融业数字证书与名单库服务中心", contact="service@fin-ca-center.cn",
    text=("《2027年度金融机构数字证书续期及反洗钱名单库数据服务缴费通知书》\n"
          "沅澧建材集团财务有限公司：\n"
          "贵单位的金融机构数字证书（大额支付、网银、票据系统共3张）及反洗钱、反恐融资名单库数据服务将于2026年11月30日到期。"
          "为避免证书失效导致票据及支付业务中断，请于11月15日前缴纳年度服务费19,800.00元，缴费后3个工作日内寄送增值税专用发票。\n"
          "（本通知为系统自动生成，如已缴费请忽略）"),
    req="E2130", appr=["E2105"], label="scam", scam="fake_invoice", expect="flag",
    sig=["renewal_bill", "no_po_contract", "email_instruction", "urgency"],
    note="An unsolicited 'renewal notice' for digital certificates and an AML list service from a Beijing 'service centre' the company has never contracted.")

pay(T, "2026-11-09 10:25", payee=B_PROP, amount="128600", purpose="租金",
    memo="四季度办公楼租金及物业费",
    text="司库系统付款单：2026年四季度办公楼租金及物业费｜合同BY-ZL-2025-01｜收款账户为6月变更后账户（变更函及回访记录已存档）",
    req="E2130", appr=["E2105"], contract="BY-ZL-2025-01", invoice=inv("by-prop-q4"), changed=B_PROP_CHANGED,
    sig=["account_change_words"],
    note="Hard negative: quarterly rent to the landlord whose bank-detail change was recorded in June and used since.")

pay(T, "2026-11-10 18:45", payee=pe("陈志斌", "6228480018765432719", "中国农业银行长沙芙蓉支行", typ="personal"),
    amount="13680", purpose="工资", memo="10月工资单独发放 员工：龚晓岚（工号E2115）", ch="email",
    frm="龚晓岚", contact="gong.xiaolan1990@qq.com",
    text=("贺丽姐：\n"
          "我这个月起工资卡换一下，原来建行那张卡绑了房贷，扣款老出问题。10月工资麻烦打到我爱人名下这张卡：\n"
          "户名：陈志斌\n卡号：6228 4800 1876 5432 719\n开户行：中国农业银行长沙芙蓉支行\n"
          "我这几天在外地培训，手机信号不好，有事邮件联系。谢谢！\n晓岚"),
    req="E2130", appr=["E2105"], label="scam", scam="fake_salary", expect="block",
    sig=["payroll_change", "payee_not_employee", "email_instruction", "free_mail", "cannot_call"],
    note="A free-mail message in a colleague's name asks HR to pay her October salary to her 'husband's' card because she is away with poor signal.")

pay(T, "2026-11-12 14:15", payee=B_SOFT, amount="126000", purpose="服务费",
    memo="资金管理系统2027年度许可续费",
    text="司库系统付款单：资金管理系统2027年度软件许可续费及运维（合同BY-IT-2026-02补充协议一）｜长沙衡数软件｜到期续费通知已由信息部核对",
    req="E2130", appr=["E2105", "E2101"], contract="BY-IT-2026-02", invoice=inv("by-soft-2027"),
    sig=["renewal_bill"],
    note="Hard negative: annual licence renewal of the treasury system to the contracted vendor.")

order(T, "2026-11-19 15:40", cust=C_M02,
      items=[("银行承兑汇票贴现（票面金额）", "1", "张", "3800000")], channel="erp",
      addr="贴现款划入申请人在本公司开立的结算账户", deadline="2026-11-19",
      terms="贴现利息按年化1.38%从票面扣除",
      notes="承兑行中国建设银行常德分行，到期日2027-05-12；贸易背景：水泥销售合同及发票已上传。",
      note="Routine: bill-discount application from the cement plant.")

pay(T, "2026-11-13 16:00", payee=B_PAYROLL, amount="616300", purpose="工资",
    memo="10月工资代发（46人）", text="司库系统付款单：10月工资代发（46人），工资表已审批",
    req="E2130", appr=["E2105", "E2101"], note="Routine: monthly payroll.")

pay(T, "2026-11-16 10:00", payee=M_JS, amount="5500000", purpose="资金下拨",
    memo="石板滩农村公路项目资金",
    text="司库系统下拨指令 XB-261116-02｜收款单位：沅澧建设工程有限公司｜用途：石板滩农村公路项目11月材料款",
    req="E2112", appr=["E2105", "E2101"], note="Routine: allocation to the engineering subsidiary.")

pay(T, "2026-11-18 11:10", payee=pe("湖南恒基耐火材料有限公司", "1907012409200077351", "中国工商银行湘潭分行"),
    amount="800000", purpose="票据兑付", memo="财司承兑汇票到期付款",
    text=("票据到期付款｜本公司承兑的电子商业汇票（财司承兑）｜票据包号{BILL:by-accept}｜出票人：湘潭沅澧商品混凝土有限公司｜"
          "最后持票人：湖南恒基耐火材料有限公司｜到期日2026-11-18｜持票人已通过票交所提示付款，出票人备付资金已于11月17日从其结算户扣划"),
    req="E2120", appr=["E2105"], sig=["payee_name_mismatch"],
    note="Hard negative: the finance company pays, at maturity, a bill it accepted to whoever holds it last, an outside company it has never paid.")

pay(T, "2026-11-24 10:40", payee=pe("湖南正衡会计师事务所（普通合伙）", "9550880211845600217", "广发银行东莞分行", vid="V-B03", phone="0731-0000690"),
    amount="216000", purpose="审计费", memo="2026年度审计预付款（第一期40%）",
    text="司库系统付款单：2026年度财务报表审计预付款｜合同BY-SJ-2026-04第一期40%｜湖南正衡会计师事务所",
    req="E2112", appr=["E2105", "E2101"], contract="BY-SJ-2026-04", invoice=inv("by-audit-2026"),
    changed="2026-11-20T16:05:00+08:00", label="scam", scam="account_change", expect="block",
    sig=["unusual_bank_region"],
    note="Structural only: the audit firm's account in the vendor master was switched to a Dongguan bank four days before this ordinary prepayment.")

# ===========================================================================
# tiequan — 岳阳沅澧钢材贸易有限公司 (steel trading subsidiary, Yueyang)
# ===========================================================================
T = "tiequan"
RB = "螺纹钢 HRB400E"

# ---- history --------------------------------------------------------------
order(T, "2026-08-03 10:20", phase=H, cust=C_CT,
      items=[(RB + " Φ20", "400", "吨", "3420"), (RB + " Φ25", "200", "吨", "3400")], channel="email",
      addr="长沙市开福区楚天建工北辰安置房项目工地", deadline="2026-08-08",
      terms="6个月电子银行承兑汇票背书支付", notes="按年度框架协议TQ-KJ-2026-003下单，分三车次送货。",
      note="Rebar order from an established contractor, settled by bank acceptance bill.")
pay(T, "2026-08-04 15:10", phase=H, payee=T_XB, amount="3000000", purpose="货款",
    memo="背书转让银承支付湘北钢铁8月上旬螺纹钢款",
    text="金蝶云星空付款单：湘北钢铁8月上旬螺纹钢款｜结算方式：电子银行承兑汇票背书（1张）｜票据包号{BILL:xb-aug}｜承兑人：中国建设银行长沙分行｜合同TQ-CG-2026-011",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-011",
    note="Mill payment made by endorsing a bank acceptance bill.")
pay(T, "2026-08-06 09:50", phase=H, payee=T_WH, amount="46800", purpose="仓储费",
    memo="7月钢材仓储及装卸费",
    text="金蝶云星空付款单：城陵矶港7月仓储费及装卸费｜合同TQ-CC-2026-002",
    req="E3112", appr=["E3105"], contract="TQ-CC-2026-002", invoice=inv("tq-wh-jul"),
    note="Monthly warehouse charges at the port.")
order(T, "2026-08-07 11:05", phase=H, cust=C_HR,
      items=[("盘螺 HRB400E Φ8", "150", "吨", "3560"), ("高线 HPB300 Φ6.5", "80", "吨", "3480")], channel="erp",
      addr="华容县新筑产业园预制构件厂", deadline="2026-08-12", terms="款到发货（电汇）",
      notes="客户预付款已到账后安排发货。", note="Coil order from an established precast plant, prepaid.")
pay(T, "2026-08-11 14:30", phase=H, payee=T_EN_OLD, amount="1850000", purpose="货款",
    memo="鄂南钢铁7月下旬螺纹钢款",
    text="金蝶云星空付款单：鄂南钢铁7月下旬螺纹钢款（电汇）｜合同TQ-CG-2026-014",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-014", invoice=inv("tq-en-jul"),
    note="Cash payment to the second mill.")
pay(T, "2026-08-13 10:40", phase=H, payee=T_BARGE, amount="128500", purpose="运费",
    memo="7月驳船运费（黄石—城陵矶）",
    text="金蝶云星空付款单：7月驳船运费，黄石港至城陵矶港4航次",
    req="E3112", appr=["E3105"], contract="TQ-YS-2026-003", invoice=inv("tq-barge-jul"),
    note="Barge freight to the regular shipping firm.")
pay(T, "2026-08-14 16:00", phase=H, payee=T_PAYROLL, amount="286400", purpose="工资",
    memo="7月工资代发（32人）", text="金蝶云星空付款单：7月工资代发（32人），工资表已审批",
    req="E3135", appr=["E3105", "E3101"], note="Monthly payroll.")
order(T, "2026-08-18 09:35", phase=H, cust=C_TD,
      items=[(RB + " Φ16", "120", "吨", "3450")], channel="phone",
      addr="湘阴县文星镇滨江路市政工程项目部", deadline="2026-08-20",
      terms="3个月电子银行承兑汇票背书", notes="龚会计电话下单，按年度合同价。",
      note="Rebar order from an established municipal contractor.")
pay(T, "2026-08-21 15:20", phase=H, payee=T_TRUCK, amount="62350", purpose="运费",
    memo="8月上半月短驳运费",
    text="金蝶云星空付款单：8月上半月汽运短驳运费｜收款账户为6月30日变更后账户",
    req="E3112", appr=["E3105"], contract="TQ-YS-2026-005", invoice=inv("tq-truck-aug1"),
    changed=T_TRUCK_CHANGED, note="Truck freight to the carrier whose account change dates from June.")
order(T, "2026-08-24 10:10", phase=H, cust=C_YJ,
      items=[(RB + " Φ22", "300", "吨", "3410"), (RB + " Φ12", "100", "吨", "3520")], channel="erp",
      addr="常德市鼎城区德山职教园二期项目工地", deadline="2026-08-28",
      terms="集团内部结算，财务公司结算账户划转", notes="集团内部订单，按集团内部结算价。",
      note="Intra-group order from the engineering subsidiary.")
pay(T, "2026-08-31 11:30", phase=H, payee=T_XB, amount="2200000", purpose="货款",
    memo="湘北钢铁8月中下旬螺纹钢现汇部分",
    text="金蝶云星空付款单：湘北钢铁8月中下旬螺纹钢款现汇部分｜合同TQ-CG-2026-011",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-011", invoice=inv("tq-xb-aug"),
    note="Cash part of a mill payment.")
pay(T, "2026-09-02 15:40", phase=H, payee=T_EN, amount="1.00", purpose="验证付款",
    memo="鄂南钢铁新账户小额验证",
    text="金蝶云星空付款单：鄂南钢铁9月1日盖章变更函所列新账户小额验证1元，到账后由结算科回函确认",
    req="E3111", appr=["E3105"], changed=T_EN_CHANGED,
    note="One-yuan test transfer to the mill's new account after its stamped change letter.")
pay(T, "2026-09-09 14:15", phase=H, payee=T_EN, amount="1420000", purpose="货款",
    memo="鄂南钢铁8月下旬螺纹钢款",
    text="金蝶云星空付款单：鄂南钢铁8月下旬螺纹钢款｜收款账户按9月1日鄂南钢铁盖章变更函更新，已按档案电话0714-0000263回拨结算科确认，9月2日小额验证1元已到账并经对方回函确认",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-014", invoice=inv("tq-en-aug"),
    changed=T_EN_CHANGED, verif=verif("0714-0000263", "E3105", "2026-09-08 10:30"),
    note="First full payment to the mill's new account, after a stamped change letter, a call-back and a one-yuan test.")
pay(T, "2026-09-11 16:40", phase=H, payee=T_FINCO, amount="5000000", purpose="资金归集",
    memo="资金归集上划财务公司",
    text="金蝶云星空付款单：按集团资金集中管理办法上划财务公司结算账户",
    req="E3111", appr=["E3105"], note="Sweep of surplus cash up to the group finance company.")
pay(T, "2026-09-14 15:50", phase=H, payee=T_PAYROLL, amount="291050", purpose="工资",
    memo="8月工资代发（32人）", text="金蝶云星空付款单：8月工资代发（32人），工资表已审批",
    req="E3135", appr=["E3105", "E3101"], note="Monthly payroll.")

# ---- test -----------------------------------------------------------------
pay(T, "2026-09-16 10:05", payee=T_WH, amount="51200", purpose="仓储费",
    memo="8月钢材仓储及装卸费", text="金蝶云星空付款单：城陵矶港8月仓储费及装卸费｜合同TQ-CC-2026-002",
    req="E3112", appr=["E3105"], contract="TQ-CC-2026-002", invoice=inv("tq-wh-aug"),
    note="Routine: monthly warehouse charges.")

pay(T, "2026-09-17 09:40", payee=T_XB, amount="2500000", purpose="货款",
    memo="背书转让银承支付湘北钢铁9月上旬螺纹钢款",
    text=("金蝶云星空付款单：湘北钢铁9月上旬螺纹钢款｜结算方式：电子银行承兑汇票背书转让（2张）｜"
          "票据包号{BILL:xb-sep-1}、{BILL:xb-sep-2}｜承兑人：中国建设银行长沙分行、中国银行岳阳分行｜"
          "票据来源：楚天建工8月货款背书转入｜合同TQ-CG-2026-011"),
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-011", sig=["fake_payment_proof"],
    note="Hard negative: paying the regular mill by endorsing on two bank acceptance bills received from a customer.")

order(T, "2026-09-17 11:20", cust=C_HR,
      items=[("盘螺 HRB400E Φ10", "100", "吨", "3570")], channel="erp",
      addr="华容县新筑产业园预制构件厂", deadline="2026-09-21", terms="款到发货（电汇）",
      notes="客户预付款到账后发货。", note="Routine: coil order from the established precast plant.")

pay(T, "2026-09-18 14:40", payee=pe("刘建明", "6214830178452261", "招商银行长沙分行", typ="personal"),
    amount="6800", purpose="服务费", memo="供应商入库审核费及CA证书", ch="im",
    frm="刘工（自称中冶华湘建设集团岳阳东站项目物资部）", contact="wxid_zyhx_liugong",
    text=("刘工：万经理，你们报的螺纹钢价格我们项目部基本认可，下周开始分批要货，总量预计三千吨左右\n"
          "刘工：按集团规定，新供应商要先进我们集采平台的合格供应商库，入库审核费加CA证书一共6800，交完我这边当天就能审\n"
          "刘工：平台对公收款在调整，先转我个人卡，我统一给你们交，发票走平台开\n"
          "刘工：有事加我威信 19800003381，开会的时候电话不方便接"),
    req="E3120", appr=["E3105"], label="scam", scam="fake_purchaser", expect="flag",
    sig=["fee_asked_of_seller", "institution_claim", "personal_account_pretext", "im_instruction",
         "new_contact", "cannot_call", "evasion_homophone"],
    note="A 'materials officer' of a big state contractor dangles a 3,000 t rebar order and asks for a 6,800 supplier-registration fee to his own card; 'WeChat' is written as a homophone.")

pay(T, "2026-09-21 16:30", payee=T_EN, amount="1680000", purpose="货款",
    memo="鄂南钢铁9月上旬螺纹钢款",
    text="金蝶云星空付款单：鄂南钢铁9月上旬螺纹钢款｜收款账户为9月1日变更后账户，9月9日已首次付款成功并经鄂南结算科回函确认",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-014", invoice=inv("tq-en-sep1"),
    changed=T_EN_CHANGED, sig=["account_change_words"],
    note="Hard negative: second payment to a mill account changed three weeks ago; the first payment to it went through in history after a call-back.")

order(T, "2026-09-22 10:45", cust=cu("长沙市岳麓区梅溪建设工程有限公司", uscc("梅溪建设", "430104"), "物资部 黄经理",
                                      "0731-0000828", "huang@mxjs-cs.com", None, None),
      items=[(RB + " Φ18", "500", "吨", "3450"), (RB + " Φ20", "300", "吨", "3440")], channel="email",
      addr="长沙市岳麓区梅溪湖二期安置房项目工地", deadline="2026-09-30",
      terms="6个月电子银行承兑汇票（承兑人为国有大行），票到发货",
      notes=("经楚天建工罗经理介绍。9月18日万强、谭慧已到对方公司及工地实地考察，核对营业执照和开户许可证；"
             "采购合同TQ-XS-2026-058双方盖章；首批票据由对方基本户出票，承兑行中国农业银行长沙分行，签收后发货。"),
      sig=["large_first_order"],
      note="Hard negative: a large first order from a new contractor, visited on site, paying with a big-bank acceptance bill before delivery.")

pay(T, "2026-09-23 21:10", payee=pe("黄海燕", "6230520480012786549", "中国农业银行岳阳分行", typ="personal"),
    amount="28800", purpose="采购款", memo="代垫采购款（办公用品）",
    text=("付款申请：代垫采购款（办公用品）\n附件：聊天记录截图\n"
          "【群聊粘贴】接待员小雨：第3单为联单任务，需充值28800元完成，完成后本金加佣金8640元一起返还，超时未完成将冻结前两单资金"),
    req="E3111", appr=[], label="scam", scam="task_rebate", expect="block",
    sig=["task_rebate_words", "topup_words", "vague_memo"],
    note="At night the cashier files a 28,800 'office supplies advance' to a private card; her own paste shows it is the third top-up of a task-rebate game.")

order(T, "2026-09-24 10:20", cust=cu("武警岳阳某部后勤保障处", None, "采购助理 唐干事", "17100006620", None,
                                     "wxid_wj_tanggs", None),
      items=[(RB + " Φ16", "120", "吨", "3480")], channel="phone",
      addr="岳阳市岳阳楼区营房改造工地（具体位置送货前电话通知）", deadline="2026-09-26",
      terms="货到验收后对公转账",
      third={"name": "长沙市雨花区坚磐特种钢材经营部", "contact": "19700005218", "role": "designated_supplier",
             "amount": "186000.00"},
      notes=("唐干事：营房改造还需要一批防弹钢板（FD-8型，60块），我们只认坚磐这家，但后勤跟他们老板闹过不愉快，不方便直接联系，"
             "麻烦你们一起采购，钢板款18.6万先由你们垫付给厂家，和螺纹钢款一起结算。部队对公款已经转了，转账截图发你微信，财务说对公走得慢，下午能到。"),
      label="scam", scam="fake_order", expect="block",
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "urgency"],
      note="An 'armed-police logistics office' orders rebar and wants us to advance 186k for armour plate from the shop it names, backed only by a transfer screenshot.", key="wj")

pay(T, "2026-09-24 15:35", payee=pe("长沙市雨花区坚磐特种钢材经营部", "6222031901005563287", "中国工商银行长沙雨花支行",
                                   typ="personal", phone="19700005218"),
    amount="186000", purpose="采购款", memo="代武警岳阳某部采购防弹钢板（随订单{ORDER:wj}一并结算）",
    text=("付款申请（销售部石磊）：客户武警某部指定厂家防弹钢板60块，客户要求我司先垫付。客户螺纹钢及钢板款合计60.36万元对公转账在途（客户已发转账截图），"
          "预计今天下午到账；厂家要求今天付款明天发货。"),
    urgent=True, req="E3122", appr=["E3120"], order="{ORDER:wj}", label="scam", scam="fake_order", expect="block",
    sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "off_catalogue_item", "urgency"],
    note="Sales asks to pay the 'designated' armour-plate shop 186k for the customer's own order while the customer's money is only a screenshot.")

pay(T, "2026-09-28 10:30", payee=T_FACTOR, amount="1260000", purpose="货款",
    memo="锐钢型材H型钢货款（付保理专户）",
    text=("金蝶云星空付款单：湖南锐钢型材H型钢货款（合同TQ-CG-2026-019）｜根据三方签署的《应收账款转让通知书》及我司盖章回执（2026年7月20日，编号XH-BL-2026-0315），"
          "该合同项下应收账款已转让给长沙星瀚商业保理有限公司，货款付至保理专户｜已按档案电话回访锐钢财务部并与保理公司核对｜发票已验真"),
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-019", invoice=inv("tq-rg-aug"),
    changed=T_FACTOR_CHANGED, verif=verif("0731-0000674", "E3105", "2026-09-27 15:00"),
    sig=["payee_name_mismatch"],
    note="Hard negative: first payment for a section-steel supplier goes to the factor named in a tripartite assignment notice the company countersigned in July.")

pay(T, "2026-09-29 14:00", payee=pe("岳阳沅澧钢材贸易有限公司（承兑保证金户）", "7319073126108024", "招商银行岳阳分行"),
    amount="1500000", purpose="保证金", memo="银承保证金（本公司保证金专户）",
    text="金蝶云星空付款单：开立银行承兑汇票保证金｜开票500万元，收款人鄂南钢铁，期限6个月｜保证金比例30%，存入本公司在招商银行岳阳分行开立的承兑保证金专户｜授信合同CMB-YY-2026-SX-118",
    req="E3111", appr=["E3105", "E3101"], contract="CMB-YY-2026-SX-118", sig=["deposit_words"],
    note="Hard negative: a 30% margin for a bank acceptance bill, paid into the company's own margin account at its bank.")

pay(T, "2026-09-30 11:15", payee=pe("招商银行股份有限公司岳阳分行", "7319000019900041", "招商银行岳阳分行", phone="0730-0000177"),
    amount="2500", purpose="手续费", memo="银承承兑手续费",
    text="金蝶云星空付款单：银行承兑汇票承兑手续费（票面500万元×万分之五）｜招行岳阳分行收费通知单CMB-SF-20260930-07",
    req="E3111", appr=["E3105"], sig=["fee_words"],
    note="Hard negative: the acceptance fee charged by the company's own bank for the bill it just issued.")

pay(T, "2026-10-05 11:30", payee=pe("湖南华钢联实业有限公司", "6300194827160018", "中国民生银行长沙分行营业部"),
    amount="1500000", purpose="保证金", memo="螺纹钢长协锁价保证金", ch="email",
    frm="胡振宇", contact="huzhenyu@yl-gangrnao.com",
    text=("谭慧：\n"
          "国庆期间我在和华钢联谈明年的螺纹钢长协，对方同意按9月底价格给我们锁价5000吨，前提是今天先付锁价保证金150万。合同我这边签，节后带回来。\n"
          "收款单位：湖南华钢联实业有限公司\n开户行：中国民生银行长沙分行营业部\n账号：6300 1948 2716 0018\n"
          "节日期间大额也能走，今天务必办掉，这个事先不要跟采购部讲，免得价格走漏。\n胡振宇\n发自我的手机"),
    urgent=True, req="E3105", appr=[], label="scam", scam="boss_impersonation", expect="flag",
    sig=["email_instruction", "lookalike_domain", "boss_role", "deposit_words", "secrecy_words", "urgency",
         "no_po_contract"],
    note="During the National Day holiday an e-mail from a look-alike domain (rn for m) signed by the GM asks for a 1.5m price-lock deposit to a steel firm nobody has dealt with, kept from purchasing.")

pay(T, "2026-10-10 10:20", payee=T_EN, amount="3600000", purpose="货款",
    memo="鄂南钢铁螺纹钢锁价款（1000吨）",
    text=("金蝶云星空付款单：鄂南钢铁螺纹钢锁价款（合同TQ-CG-2026-027）\n"
          "【胡总微信 10月10日 09:12】小刘，账上还有多少？鄂南周一起出厂价上调150，今天把1000吨的锁价款付了，合同昨天已经盖章回传\n"
          "【刘晓芸】招行可用420万\n"
          "【胡总】付360万，谭慧审批，我在系统里批\n"
          "按公司周末大额付款流程，谭慧电话确认，胡振宇系统审批"),
    urgent=True, req="E3111", appr=["E3105", "E3101"], contract="TQ-CG-2026-027", changed=T_EN_CHANGED,
    sig=["boss_role", "balance_probe", "im_instruction", "urgency"],
    note="Hard negative: on a Saturday the real GM asks on WeChat what is in the account and has a price-lock payment made to the regular mill, approved in the ERP by him and the finance manager.")

order(T, "2026-10-12 15:50", cust=cu("益阳市赫山区宏远建筑安装有限公司", uscc("宏远建安", "430903"), "财务 周会计",
                                     "19700002954", None, "wxid_hongyuan_zkj", None),
      items=[("盘螺 HRB400E Φ8", "60", "吨", "3590"), (RB + " Φ14", "48", "吨", "3470")], channel="im",
      addr="益阳市赫山区龙岭工业园宏远项目部", deadline="2026-10-13",
      terms="电子银行承兑汇票背书（票面50万元）",
      third={"name": "益阳市众鑫建材贸易有限公司", "contact": "19700008126", "role": "refund_recipient",
             "amount": "118040.00"},
      notes=("我们手上只有一张50万的银票，已经背书给你们了，你们网银上签收一下。多出来的118040元麻烦转给我们的合作单位众鑫建材，账户我发你，"
             "他们那边急着要，票签收了就可以先退。"),
      label="scam", scam="overpayment_refund", expect="block",
      sig=["overpayment", "refund_to_other_account", "third_party_payer", "contact_im_only", "urgency"],
      note="A new buyer 'pays' a 382k order with a 500k bill and wants the 118k difference sent at once to a different company.")

pay(T, "2026-10-14 16:10", payee=T_PAYROLL, amount="289700", purpose="工资",
    memo="9月工资代发（32人）", text="金蝶云星空付款单：9月工资代发（32人），工资表已审批",
    req="E3135", appr=["E3105", "E3101"], note="Routine: monthly payroll.")

pay(T, "2026-10-15 14:20", payee=pe("深圳前海盈信票据服务有限公司", "4000023109200512876", "中国工商银行深圳前海分行"),
    amount="4200000", purpose="票据转让", memo="背书转让三张银承至盈信票据（贴现）", ch="email",
    frm="深圳前海盈信票据服务有限公司 业务经理 黄总", contact="huang@yingxin-bill.com",
    text=("谭总：\n"
          "附件为《票据转让服务协议》扫描件（已盖我司公章）。按约定，贵司将三张电子银承（票面合计420万元）背书至我司名下，"
          "我司在票据签收后T+1日按年化1.28%扣息，将约4,173,400元支付至贵司账户。贵司没有直贴渠道，走我司通道比银行贴现快两天。\n"
          "请今天下午完成背书操作。"),
    req="E3112", appr=["E3105"], label="scam", scam="contract_fraud", expect="flag",
    sig=["shell_company", "middleman_fee", "email_instruction", "large_vs_usual"],
    note="A 'bill service company' wants three bills worth 4.2m endorsed to it first, with cash promised the next day: the classic fake bill broker.")

pay(T, "2026-10-16 11:00", payee=pe("华容新筑装配式建筑科技有限公司", "8201000361770098", "华容农村商业银行"),
    amount="62400", purpose="退款", memo="原路退回华容新筑银票超额部分",
    text=("金蝶云星空付款单：华容新筑10月9日背书银票一张（票面50万元，票据包号{BILL:hr-oct}），对应10月9日送货单（合同TQ-XS-2026-041）货款437,600.00元，超额62,400.00元。"
          "该票已于10月12日签收并于10月14日在招行贴现，贴现款已入账。经对方财务盖章确认，差额原路退回其付款账户8201000361770098（华容农村商业银行），即出票背书的同一主体。"),
    req="E3112", appr=["E3105", "E3101"], sig=["refund_words", "overpayment"],
    note="Hard negative: the excess of a customer's bill over its invoice refunded to the customer's own account after the bill was discounted and the cash was in.")

pay(T, "2026-10-19 09:50", payee=pe("深圳前海中融汇商业保理有限公司", "7559213104102318", "招商银行深圳分行"),
    amount="33480", purpose="保证金", memo="保理融资风险保证金", ch="im",
    frm="孙经理（深圳前海中融汇商业保理）", contact="wxid_zrh_sunjl",
    text=("孙经理：谭经理，贵司对楚天建工那笔186万应收账款的保理，我们风控已经过会，明天就能放款，融资比例90%，年化6.5%\n"
          "孙经理：按流程放款前要交融资额2%的风险保证金33480元，放款时一并退回\n"
          "孙经理：应收账款转让不需要楚天建工盖章，我们做暗保理，不通知债务人\n"
          "孙经理：保证金转公司账户就行"),
    req="E3105", appr=["E3101"], label="scam", scam="advance_fee", expect="flag",
    sig=["loan_fee_words", "deposit_words", "im_instruction", "new_contact"],
    note="A WeChat 'factoring company' says its credit committee has approved financing of a receivable but wants a 2% 'risk deposit' before any money is advanced.")

order(T, "2026-10-20 10:30", cust=C_CT,
      items=[(RB + " Φ20", "400", "吨", "3450")], channel="email",
      addr="长沙市开福区楚天建工北辰安置房项目工地", deadline="2026-10-24",
      terms="6个月电子银行承兑汇票背书支付",
      third={"name": "湘北钢铁股份有限公司", "contact": "0738-0000512", "role": "designated_supplier", "amount": None},
      notes="业主入场检验要求使用湘北钢铁品牌螺纹钢（设计院指定品牌）。湘北钢铁本就是我司常规供货钢厂，由我司自行采购，客户无任何代付或垫付要求。",
      sig=["designated_supplier"],
      note="Hard negative: an established contractor names the mill brand the site requires, which is the trader's own regular mill; no advance, no third-party payment.")

pay(T, "2026-10-21 15:15", payee=pe("湖北荆楚顺达钢材贸易有限公司", "4200018237050066127", "中国建设银行武汉汉阳支行"),
    amount="3000000", purpose="往来款", memo="代鑫垣建材转付货款", ch="phone",
    frm="万强（转述楚天建工罗经理）",
    text=("【电话记录 万强 14:40】楚天建工采购罗经理称：他朋友的公司长沙鑫垣建材有300万货款要付给湖北一家钢贸公司，鑫垣的公户被银行限制非柜面转账，"
          "想借用我们公司账户过一下账：鑫垣今天下午先把300万打到我们招行户，我们收到后原额转给湖北荆楚顺达钢材贸易有限公司，给我们千分之三手续费。"
          "罗经理说以后楚天的订单会多照顾我们。\n【备注】鑫垣的300万已于14:55到账。"),
    urgent=True, req="E3120", appr=["E3105"], label="scam", scam="account_lending", expect="block",
    sig=["account_lending_words", "in_out_match", "phone_instruction", "fee_words", "vague_memo"],
    note="A customer's buyer asks the trader to let a friend's 3m pass through its account to a Hubei steel firm for a commission; the money has already arrived.")

pay(T, "2026-10-22 10:05", payee=pe("湖南楚天建工集团有限公司", "4305010157080013579", "中国建设银行长沙城北支行", phone="0731-0000763"),
    amount="85600", purpose="销售返利", memo="2026年1-9月采购量返利（年度框架协议第6条）",
    text="金蝶云星空付款单：楚天建工年度采购量返利｜框架协议TQ-KJ-2026-003第6条｜1-9月累计提货8,560吨×10元/吨｜返利付至楚天建工对公基本户（与其付款账户一致）｜对方已出具收款确认函",
    req="E3112", appr=["E3105", "E3101"], contract="TQ-KJ-2026-003", sig=["task_rebate_words"],
    note="Hard negative: a contractual volume rebate paid to an established customer's own corporate account.")

order(T, "2026-10-23 10:30", cust=C_HR,
      items=[("镀锌钢带 DX51D+Z 2.0×182mm", "90", "吨", "4680")], channel="email",
      addr="华容县新筑产业园预制构件厂", deadline="2026-10-30", terms="款到发货（已全额预付）",
      third={"name": "株洲恒力镀锌板带有限公司", "contact": "0731-0000449", "role": "designated_supplier",
             "amount": "405000.00"},
      notes=("华容新筑钢筋桁架楼承板项目需镀锌钢带，客户质量部指定株洲恒力（其合格供方名录）。客户已于10月22日从其基本户全额预付421,200.00元，"
             "招行到账回单号CMB20261022-55817；我司按自身采购流程向恒力采购。"),
      sig=["designated_supplier"],
      note="Hard negative: an established customer names its approved galvanised-strip maker for a back-to-back order it has already prepaid in full.", key="hl")

pay(T, "2026-10-23 17:20", payee=pe("深圳票e通信息技术有限公司", "4000021209201107753", "中国工商银行深圳南山支行"),
    amount="19600", purpose="保证金", memo="票据风险保证金", ch="sms", frm="【招商银行】票据业务中心（短信）",
    contact="19700007315",
    text=("【招商银行】尊敬的岳阳沅澧钢材贸易有限公司：根据上海票据交易所风险监测，贵司电子商业汇票账户存在异常背书记录，将于今日18:00起暂停票据签收及贴现功能。"
          "如需恢复，请缴纳票据风险保证金19,600元并下载“招银票据通”APP进行身份核验，详询客户经理陈经理19700007315。\n"
          "【后续通话记录 刘晓芸】对方自称招行岳阳分行票据中心，要求保证金转至“深圳票e通信息技术有限公司”账户，称由第三方代收。"),
    urgent=True, req="E3111", appr=["E3105"], label="scam", scam="authority_impersonation", expect="flag",
    sig=["authority_words", "deposit_words", "remote_control", "urgency"],
    note="A text message in the bank's name says the company's bill account will be suspended at 18:00 unless a 'risk deposit' is paid to a Shenzhen tech firm and an app is installed.")

pay(T, "2026-10-26 11:40", payee=pe("株洲恒力镀锌板带有限公司", "1903040309200118825", "中国工商银行株洲分行", vid="V-T09",
                                   phone="0731-0000449"),
    amount="405000", purpose="货款", memo="采购镀锌钢带（销售订单{ORDER:hl}）",
    text=("金蝶云星空付款单：代采购镀锌钢带（销售订单{ORDER:hl}）｜客户华容新筑货款421,200.00元已于10月22日到账（回单号CMB20261022-55817）｜"
          "株洲恒力已纳入供应商档案V-T09（营业执照、开户许可证已审核，档案电话回访确认）｜采购合同TQ-CG-2026-044"),
    req="E3130", appr=["E3105", "E3101"], order="{ORDER:hl}", contract="TQ-CG-2026-044", invoice=inv("tq-hl-oct"),
    sig=["designated_supplier", "sales_order_linked"],
    note="Hard negative: paying the customer-named maker for a back-to-back order only after the customer's full prepayment has cleared.")

pay(T, "2026-10-28 14:45", payee=pe("东莞市粤丰源贸易有限公司", "4406018293040055126", "中国建设银行东莞长安支行"),
    amount="2360000", purpose="代付款", memo="客户委托付款",
    text="金蝶云星空付款单：客户委托付款｜委托方：广西贵港鼎鑫商贸有限公司（今日10:32来款2,360,000.00元，摘要：货款）｜按委托方来函付至东莞市粤丰源贸易有限公司",
    req="E3112", appr=["E3105"], label="scam", scam="account_lending", expect="flag",
    sig=["in_out_match", "unusual_bank_region", "vague_memo"],
    note="Structural only: money from an unknown Guangxi firm arrives in the morning and the same sum goes out in the afternoon to an unrelated Dongguan trader as a 'customer-entrusted payment'; the wording is bland.")

order(T, "2026-10-29 10:20", cust=C_TD,
      items=[(RB + " Φ18", "150", "吨", "3460")], channel="phone",
      addr="湘阴县文星镇滨江路市政工程项目部", deadline="2026-11-02",
      terms="3个月电子银行承兑汇票背书", notes="龚会计电话下单，按年度合同价。",
      note="Routine: rebar order from the established municipal contractor.")

pay(T, "2026-11-02 09:45", payee=pe("赵文杰", "6217003320045566781", "中国建设银行深圳宝安支行", typ="personal"),
    amount="12800", purpose="手续费", memo="贴现款手续费", ch="im",
    frm="吴经理（网上票据贴现）", contact="wxid_tiexian_wu",
    text=("吴经理：谭经理，您那张128万银票的贴现款昨天已经放了，但系统显示贵司预留的收款卡号和户名不一致，资金被风控 冻 结 在平台过渡户\n"
          "吴经理：按规定需要缴纳 解 冻 费（贴现金额1%）12800元，交完2小时内到账\n"
          "吴经理：这类款项只能转我们风控专员个人账户，公户不受理，转完截图给我"),
    urgent=True, req="E3111", appr=[], label="scam", scam="advance_fee", expect="block",
    sig=["loan_fee_words", "personal_account_pretext", "im_instruction", "urgency", "evasion_spacing"],
    note="An online 'discount broker' says the proceeds of a 1.28m bill are frozen over a name mismatch and asks for a 1% unfreezing fee to a private account, the key words spaced out.")

pay(T, "2026-11-03 16:00", payee=T_FINCO, amount="8000000", purpose="资金归集",
    memo="资金归集上划财务公司",
    text="金蝶云星空付款单：资金归集上划财务公司结算账户｜今日收到楚天建工货款820万元（电汇），按集团资金集中管理办法日终前上划",
    req="E3111", appr=["E3105"], sig=["in_out_match", "large_vs_usual"],
    note="Hard negative: a customer's 8.2m receipt swept up to the group finance company the same day.")

order(T, "2026-11-04 10:15", cust=cu("湖南楚天建工集团有限责任公司", uscc("楚天建工有限责任", "430105"), "物资中心 罗明",
                                     "19800006217", "luoming@chutian-jg.com", None, None),
      items=[(RB + " Φ22", "1000", "吨", "3460"), (RB + " Φ25", "800", "吨", "3440")], channel="email",
      addr="长沙市望城区铜官物流园B区12号仓库（中转库）", deadline="2026-11-08",
      terms="货到后开具6个月商业承兑汇票（出票人：本公司）",
      notes=("罗明：我们集团物资中心统一采购，这批是长沙北片区几个项目的集中备货，先送中转库。按集团新规，所有供应商统一商票结算、账期6个月。"
             "价格按你们上周报价每吨上浮20元没问题，下周一前要到货。"),
      label="scam", scam="fake_purchaser", expect="flag",
      sig=["lookalike_company", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order",
           "urgency"],
      note="A name one suffix off the trader's biggest customer, with a hyphenated look-alike e-mail domain, orders 1,800 t to a logistics-park warehouse on six-month commercial paper.")

pay(T, "2026-11-05 14:30", payee=pe("石磊", "6214830176621903", "招商银行岳阳分行", typ="personal"),
    amount="23460", purpose="工资", memo="三季度销售提成 员工：石磊（工号E3122）",
    text="工资发放单（提成）：2026年三季度销售提成｜按销售提成办法TQ-RS-2025-02核算，人事部蒋丹复核｜发放至员工本人工资卡",
    req="E3135", appr=["E3105", "E3101"], sig=["task_rebate_words"],
    note="Hard negative: a salesman's quarterly commission paid to his own salary card.")

pay(T, "2026-11-06 10:50", payee=pe("钟建华", "6217000083300456219", "中国建设银行湘阴支行", typ="personal"),
    amount="86000", purpose="退款", memo="退通达市政银票多付差额", ch="im",
    frm="龚会计（湘阴通达市政）", contact="wxid_tongda_gkj_new",
    text=("龚会计：刘出纳你好，我换了个微信，以后用这个联系\n"
          "龚会计：10月底背书给你们的那张银票是96万，实际货款应该是87.4万，多了8.6万，我们老板说差额退一下\n"
          "龚会计：公司账户这两天在年审，不方便收款，退到我们老板个人卡上就行：钟建华，建行\n"
          "龚会计：票你们已经签收了吧？票还没到期，不过你们先退了我们好对账"),
    req="E3111", appr=["E3105"], label="scam", scam="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "new_contact", "im_instruction",
         "personal_account_pretext"],
    note="A 'new WeChat' of an established customer's accountant asks for an 86k 'overpaid bill amount' back to the boss's personal card before the bill has matured.")

order(T, "2026-11-09 11:10", cust=C_TD,
      items=[(RB + " Φ12", "80", "吨", "3520"), ("盘螺 HRB400E Φ8", "40", "吨", "3600")], channel="phone",
      addr="汨罗市循环经济产业园纬四路市政工程项目部", deadline="2026-11-12", terms="月结30天（年度授信额度内）",
      notes=("通达市政新中标汨罗纬四路工程，收货人为项目部材料员（通达市政人员，名单已盖章备案）；月结为年度销售合同TQ-XS-2026-005约定的授信，额度余额充足。"),
      sig=["credit_terms_requested", "far_delivery"],
      note="Hard negative: an established customer orders on agreed monthly credit for delivery to its new site in another county.")

pay(T, "2026-11-10 15:30", payee=pe("湘北钢铁股份有限公司", "8201000478120033", "湖北大冶农村商业银行还地桥支行"),
    amount="2200000", purpose="货款", memo="湘北钢铁8月货款（对账补付）", ch="email",
    frm="湘北钢铁股份有限公司 销售结算科", contact="jiesuan@xiangbei-steel.com.cn",
    text=("岳阳沅澧钢材贸易有限公司财务部：\n"
          "经我司对账，发票号码{INV:tq-xb-aug}（8月中下旬螺纹钢货款220万元）项下货款贵司尚未支付，请于本周内安排。因我司结算账户调整，本笔款项请汇入：\n"
          "户名：湘北钢铁股份有限公司\n开户行：湖北大冶农村商业银行还地桥支行\n账号：8201 0004 7812 0033\n"
          "对账单及发票复印件见附件。"),
    req="E3112", appr=["E3105"], invoice=inv("tq-xb-aug"), label="scam", scam="fake_invoice", expect="block",
    sig=["account_change_words", "email_instruction", "unusual_bank_region"],
    note="An e-mail 'from the mill' re-presents an invoice already paid in August as unpaid and gives a new account at a Hubei rural bank.")

pay(T, "2026-11-13 16:20", payee=T_PAYROLL, amount="293780", purpose="工资",
    memo="10月工资代发（32人）", text="金蝶云星空付款单：10月工资代发（32人），工资表已审批",
    req="E3135", appr=["E3105", "E3101"], note="Routine: monthly payroll.")

pay(T, "2026-11-16 10:30", payee=pe("鄂南（深圳）商业保理有限公司", "7559318720410026", "招商银行深圳分行", vid="V-T02",
                                   phone="0714-0000263"),
    amount="1950000", purpose="货款", memo="鄂南钢铁10月螺纹钢款（付保理方）",
    text=("金蝶云星空付款单：鄂南钢铁10月螺纹钢款｜根据鄂南钢铁11月9日来函《应收账款转让通知书》（传真件），该笔应收账款已转让给鄂南（深圳）商业保理有限公司，"
          "供应商档案收款信息已于11月10日更新｜已按来函所留电话0755-0000318回拨确认"),
    req="E3112", appr=["E3105", "E3101"], contract="TQ-CG-2026-014", invoice=inv("tq-en-oct"),
    changed="2026-11-10T09:30:00+08:00", verif=verif("0755-0000318", "E3112", "2026-11-10 09:10"),
    label="scam", scam="account_change", expect="block",
    sig=["account_change_words", "payee_name_mismatch", "letter_instruction", "unusual_bank_region"],
    note="A faxed 'receivable assignment notice' never countersigned by the trader moved the mill's payee to a Shenzhen 'factor' six days ago; the only call-back was to the number on the fax.")

pay(T, "2026-11-17 18:50", payee=pe("彭跃进", "6228481198023456717", "中国农业银行岳阳云溪支行", typ="personal"),
    amount="52650", purpose="工资", memo="装卸队10月计件工资（9人）",
    text="工资发放单：装卸队10月计件工资（9人）｜按班组长提供的收款信息发放",
    req="E3135", appr=["E3105"], label="scam", scam="fake_salary", expect="block",
    sig=["payee_shared_by_employees"],
    note="Structural only: nine loaders' October piece wages go in one evening payment to a single private card; the text is a bland payroll line.")

pay(T, "2026-11-19 10:40", payee=pe("湘北钢铁股份有限公司", "4000028319200657702", "中国工商银行深圳福田支行", vid="V-T01",
                                   phone="0738-0000512"),
    amount="2680000", purpose="货款", memo="湘北钢铁10月下旬螺纹钢现汇部分", ch="email",
    frm="湘北钢铁股份有限公司 銷售公司結算部", contact="jiesuan@xiangbei-steel.com.cn",
    text=("岳陽沅澧鋼材貿易有限公司財務部：\n"
          "因本公司基本戶開戶銀行系統升級，自即日起現金貨款請匯入本公司新帳戶：\n"
          "戶名：湘北鋼鐵股份有限公司\n開戶行：中國工商銀行深圳福田支行\n帳號：4000 0283 1920 0657 702\n"
          "票據背書仍按原帳戶資料辦理，不受影響。原帳戶將於11月底停用，請勿再匯入。\n"
          "附：帳戶變更函（蓋章掃描件）\n湘北鋼鐵 銷售公司結算部"),
    req="E3112", appr=["E3105"], contract="TQ-CG-2026-011", invoice=inv("tq-xb-oct"),
    changed="2026-11-16T11:00:00+08:00", label="scam", scam="account_change", expect="block",
    sig=["account_change_words", "email_instruction", "unusual_bank_region", "evasion_traditional"],
    note="The mill that is paid partly by bill 'moves' only its cash receipts to a Shenzhen account, in traditional characters; the vendor master was changed three days ago and this is the first payment to it.")

pay(T, "2026-11-20 14:00", payee=T_TRUCK, amount="58900", purpose="运费",
    memo="10月下半月短驳运费",
    text="金蝶云星空付款单：10月下半月汽运短驳运费｜合同TQ-YS-2026-005",
    req="E3112", appr=["E3105"], contract="TQ-YS-2026-005", invoice=inv("tq-truck-oct2"),
    changed=T_TRUCK_CHANGED,
    note="Hard negative: freight to the carrier whose bank change was recorded in June and has been paid there since.")

order(T, "2026-11-25 10:20", cust=C_YJ,
      items=[(RB + " Φ25", "200", "吨", "3430"), (RB + " Φ16", "100", "吨", "3470")], channel="erp",
      addr="常德市鼎城区石板滩镇农村公路项目部", deadline="2026-11-28",
      terms="集团内部结算，财务公司结算账户划转", notes="集团内部订单，按集团内部结算价。",
      note="Routine: intra-group order from the engineering subsidiary.")

# ===========================================================================
# wanqiao — 沅澧建设工程有限公司 (engineering subsidiary, Changde)
# ===========================================================================
T = "wanqiao"
WA1_PAYER = {"account_no": WA1["account_no"], "account_name": WA1_NAME}
WA2_PAYER = {"account_no": WA2["account_no"], "account_name": WA2_NAME}

# ---- history --------------------------------------------------------------
pay(T, "2026-08-03 10:30", phase=H, payee=WA1, amount="1860000", purpose="人工费",
    memo="德山职教园二期7月人工费拨付工资专户",
    text="用友NC付款单：德山职教园二期7月人工费｜拨付至项目农民工工资专用账户，由专户按实名制工资表代发｜工资表已三方签字",
    req="E4125", appr=["E4105", "E4101"], note="Monthly labour cost moved into the project's migrant-worker wage account.")
pay(T, "2026-08-05 14:10", phase=H, payee=W_HNT, amount="1246500", purpose="货款",
    memo="7月商品混凝土款（集团内部）",
    text="用友NC付款单：德山职教园二期7月商砼款｜湘潭沅澧商品混凝土（集团成员单位）｜对账单已确认",
    req="E4112", appr=["E4105"], contract="YLJS-CG-2026-008", invoice=inv("wq-hnt-jul"),
    note="Concrete from the sister company.")
pay(T, "2026-08-06 11:00", phase=H, payee=W_CRANE, amount="96000", purpose="租赁费",
    memo="7月塔吊租赁费（2台）", text="用友NC付款单：德山职教园二期7月塔吊租赁费，QTZ80两台",
    req="E4112", appr=["E4105"], contract="YLJS-ZL-2026-002", invoice=inv("wq-crane-jul"),
    note="Tower-crane rental.")
pay(T, "2026-08-10 15:20", phase=H, payee=W_XINAN, amount="420000", purpose="分包款",
    memo="鑫安劳务7月分包进度款（不含人工费）",
    text="用友NC付款单：鑫安劳务7月劳务分包进度款｜人工费部分已通过工资专户代发，本次仅付管理费及辅材",
    req="E4125", appr=["E4105", "E4101"], contract="YLJS-FB-2026-011", invoice=inv("wq-xinan-jul"),
    note="Labour-subcontract progress payment, net of wages paid through the wage account.")
pay(T, "2026-08-12 10:15", phase=H, payee=WA2, amount="1135000", purpose="人工费",
    memo="资阳安置房7月人工费拨付工资专户",
    text="用友NC付款单：资阳安置房项目7月人工费｜拨付至项目农民工工资专用账户｜工资表已三方签字",
    req="E4125", appr=["E4105", "E4101"], note="Labour cost moved into the second project's wage account.")
pay(T, "2026-08-14 16:20", phase=H, payee=W_PAYROLL, amount="498600", purpose="工资",
    memo="7月管理人员工资代发（58人）", text="用友NC付款单：7月管理人员工资代发（58人），工资表已审批",
    req="E4135", appr=["E4105", "E4101"], note="Monthly staff payroll.")
pay(T, "2026-08-18 09:45", phase=H, payee=W_STEEL, amount="980000", purpose="货款",
    memo="7月螺纹钢款（集团内部）", text="用友NC付款单：德山职教园二期7月螺纹钢款｜岳阳沅澧钢贸（集团成员单位）",
    req="E4112", appr=["E4105"], contract="YLJS-CG-2026-009", invoice=inv("wq-steel-jul"),
    note="Rebar from the sister steel trader.")
order(T, "2026-08-21 10:40", phase=H, cust=C_DC,
      items=[("德山大道人行道破损修复（零星工程）", "1", "项", "386500")], channel="letter",
      addr="常德市鼎城区德山大道（桩号K0+000至K1+800）", deadline="2026-09-15",
      terms="完工验收后按月进度支付", notes="城投工程部盖章工程委托单，按年度零星工程框架合同执行。",
      note="Small works order from the established project owner.")
pay(T, "2026-08-25 15:00", phase=H, payee=W_DX, amount="268000", purpose="工程款",
    memo="德信防水二期第二次进度款", text="用友NC付款单：德山职教园二期地下室防水分包第二次进度款",
    req="E4112", appr=["E4105", "E4101"], contract="YLJS-FB-2026-014", invoice=inv("wq-dx-2"),
    note="Waterproofing subcontract progress payment.")
pay(T, "2026-08-28 11:30", phase=H, payee=W_ZX, amount="356000", purpose="分包款",
    memo="振湘劳务7月分包进度款（不含人工费）",
    text="用友NC付款单：资阳安置房振湘劳务7月进度款｜收款账户为7月15日变更后账户（盖章变更函、回访记录已存档）",
    req="E4125", appr=["E4105", "E4101"], contract="YLJS-FB-2026-012", invoice=inv("wq-zx-jul"),
    changed=W_ZX_CHANGED, note="Labour-subcontract payment to a subcontractor whose account change dates from July.")
pay(T, "2026-09-02 10:00", phase=H, payee=WA1, amount="1920000", purpose="人工费",
    memo="德山职教园二期8月人工费拨付工资专户",
    text="用友NC付款单：德山职教园二期8月人工费｜拨付至项目农民工工资专用账户｜工资表已三方签字",
    req="E4125", appr=["E4105", "E4101"], note="Monthly labour cost into the wage account.")
pay(T, "2026-09-04 14:30", phase=H, payee=W_CCB_FEE, amount="18600", purpose="手续费",
    memo="德山职教园二期履约保函续期手续费",
    text="用友NC付款单：履约保函续期手续费｜建行常德分行保函编号LY-2025-CD-0877｜受益人常德鼎城城市建设投资有限公司",
    req="E4112", appr=["E4105"], note="Renewal fee of a performance guarantee to the company's bank.")
order(T, "2026-09-09 10:20", phase=H, cust=C_ZY,
      items=[("安置房小区雨污分流改造（设计变更签证）", "1", "项", "742000")], channel="letter",
      addr="益阳市资阳区长春镇安置房小区", deadline="2026-10-31",
      terms="按主合同进度款比例支付", notes="建设单位、监理、施工三方签字的签证单。",
      note="Variation order from the established owner of the resettlement project.")
pay(T, "2026-09-10 15:40", phase=H, payee=WA2, amount="1098000", purpose="人工费",
    memo="资阳安置房8月人工费拨付工资专户",
    text="用友NC付款单：资阳安置房项目8月人工费｜拨付至项目农民工工资专用账户｜工资表已三方签字",
    req="E4125", appr=["E4105", "E4101"], note="Monthly labour cost into the second wage account.")
pay(T, "2026-09-14 16:10", phase=H, payee=W_PAYROLL, amount="501300", purpose="工资",
    memo="8月管理人员工资代发（58人）", text="用友NC付款单：8月管理人员工资代发（58人），工资表已审批",
    req="E4135", appr=["E4105", "E4101"], note="Monthly staff payroll.")

# ---- test -----------------------------------------------------------------
pay(T, "2026-09-16 10:20", payee=W_CRANE, amount="98400", purpose="租赁费",
    memo="8月塔吊租赁费（2台）", text="用友NC付款单：德山职教园二期8月塔吊租赁费，QTZ80两台",
    req="E4112", appr=["E4105"], contract="YLJS-ZL-2026-002", invoice=inv("wq-crane-aug"),
    note="Routine: monthly tower-crane rental.")

pay(T, "2026-09-17 14:50", payee=pe("沅澧建设工程有限公司（农民工工资保证金专户）", "4305016263080007720", "中国建设银行常德分行"),
    amount="800000", purpose="工资保证金", memo="汉寿龙池湖安置区二期农民工工资保证金",
    text=("用友NC付款单：汉寿县龙池湖安置区二期项目农民工工资保证金｜按《保障农民工工资支付条例》及常德市人社局工资保证金管理规定，"
          "新开工项目按合同价2%存储｜存入本公司在建行常德分行开立的工资保证金专户（已与银行、人社局签订三方协议）｜合同价4000万元"),
    req="E4112", appr=["E4105", "E4101"], sig=["deposit_words", "authority_words"],
    note="Hard negative: the statutory migrant-wage deposit for a new project, into the company's own deposit account under a three-party agreement with the bank and the labour bureau.")

pay(T, "2026-09-18 11:30", payee=pe("张国富", "6228480398176543210", "中国农业银行常德鼎城支行", typ="personal"),
    amount="98600", purpose="工资", memo="德山职教园二期木工班9月工资（14人）", ch="email",
    frm="常德鑫安建筑劳务有限公司 财务部", contact="xinan_laowu@163.com",
    text=("邓主管：\n"
          "德山职教园二期木工班有14名工人这个月刚进场，还没办好工资卡（身份证在补办），经班组商量委托工友张国富代领。"
          "9月工资合计98600元请直接打张国富的yhk：6228 4803 9817 6543 210（农行），14人的代领委托书都按了手印，扫描件附后。\n"
          "国庆前工人要回家，麻烦尽快。\n鑫安劳务 财务部"),
    urgent=True, req="E4125", appr=["E4105"], label="scam", scam="fake_salary", expect="block",
    sig=["payee_shared_by_employees", "payee_not_employee", "email_instruction", "free_mail", "urgency",
         "bypass_process", "evasion_pinyin"],
    note="A free-mail note 'from the labour subcontractor' asks that fourteen new carpenters' wages bypass the wage account and go to one worker's card (written 'yhk').")

pay(T, "2026-09-21 10:10", payee=pe("常德市公共资源交易中心", "1908020109200045516", "中国工商银行常德分行", phone="0736-0000301"),
    amount="200000", purpose="投标保证金", memo="德山街道社区服务中心施工总承包投标保证金",
    text=("用友NC付款单：投标保证金｜项目：常德经开区德山街道社区服务中心施工总承包（招标编号CDGGZY-2026-SG-0917）｜"
          "按招标公告及交易中心生成的保证金子账号缴纳，须从本公司基本户转出｜未中标原路退还"),
    req="E4130", appr=["E4105", "E4101"], sig=["deposit_words"],
    note="Hard negative: a bid bond paid to the account named in the public tender notice.")

order(T, "2026-09-22 16:45", cust=cu("常德市鼎城区沅江学校后勤服务中心", uscc("沅江学校后勤", "430703", new=False, reg="12"),
                                     "谭老师", "17100003958", None, "wxid_yjxx_tanls", None),
      items=[("学生宿舍卫生间防水翻新（含拆除、找平、防水、贴砖）", "1", "项", "268000")], channel="phone",
      addr="常德市鼎城区沅江学校学生宿舍3栋", deadline="2026-10-07", terms="完工验收后付款",
      third={"name": "长沙卓固防水材料有限公司", "contact": "19800007741", "role": "designated_supplier",
             "amount": "76500.00"},
      notes=("谭老师称学校国庆假期要完成宿舍防水翻新，材料必须用教育局备案的卓固牌TPO防水卷材，要求我方先向卓固支付材料定金76,500元锁货，"
             "学校验收后与工程款一并支付，公办学校不会欠款。对方只加了微信，没有提供招标或采购文件。"),
      label="scam", scam="fake_order", expect="flag",
      sig=["institution_claim", "designated_supplier", "urgency", "contact_im_only"],
      note="A 'school logistics centre' offers a holiday waterproofing job and wants us to put a 76.5k deposit on membrane from the maker it names.")

pay(T, "2026-09-24 09:40", payee=WA1, amount="2350000", purpose="人工费",
    memo="德山职教园二期9月人工费拨付工资专户",
    text=("用友NC付款单：德山职教园二期9月人工费（加急）｜按人社局节前农民工工资支付专项检查要求，9月工资须于9月30日前通过工资专用账户足额代发｜"
          "本期拨付至项目农民工工资专用账户，涉及126名工人，工资表已由劳务公司、班组长及项目部三方签字"),
    urgent=True, req="E4125", appr=["E4105", "E4101"], sig=["authority_words", "urgency", "payee_shared_by_employees"],
    note="Hard negative: an urgent pre-holiday transfer for 126 workers into one account, which is the project's own wage account.")

pay(T, "2026-09-24 20:30", payee=pe("常德市武陵区腾达建筑劳务有限公司", "8201000987650032", "常德农村商业银行"),
    amount="860000", purpose="往来款", memo="集团董事长交办项目协调款", ch="im", frm="邓光远",
    contact="QQ 2853307146（昵称：沅澧集团-邓光远）",
    text=("邓光远：小覃，你们公司账上现在还有多少可用的？\n"
          "覃丽娜：邓董您好，建行基本户可用大概310万\n"
          "邓光远：好。有个项目协调的事明天一早要用，你现在先转86万到常德市武陵区腾达建筑劳务有限公司，账户我发你\n"
          "邓光远：我在省里陪领导开会，不方便接电话，你们彭总那边我打过招呼了，手续明天补\n"
          "邓光远：转好截图给我，这事不要在工作群里说"),
    urgent=True, req="E4111", appr=[], label="scam", scam="boss_impersonation", expect="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process",
         "secrecy_words", "urgency"],
    note="In the evening a QQ account with the group chairman's name asks the cashier what is available, then for 860k to an unknown labour firm, no calls, papers tomorrow.")

pay(T, "2026-09-28 15:10", payee=pe("常德鼎城城市建设投资有限公司", "82010309000123456", "湖南银行常德鼎城支行", phone="0736-0000399"),
    amount="1560000", purpose="履约保证金", memo="石板滩农村公路提质改造EPC履约保证金",
    text=("用友NC付款单：履约保证金｜项目：鼎城区石板滩镇农村公路提质改造（EPC）｜中标通知书DC-ZB-2026-0911，合同价1,560万元，按招标文件缴纳10%履约保证金｜"
          "收款账户为招标文件载明的城投公司基本户，经营部姚斌已按城投工程部座机（档案号码）回拨确认"),
    req="E4130", appr=["E4105", "E4101"], contract="DC-SG-2026-031", verif=verif("0736-0000399", "E4130", "2026-09-28 11:00"),
    sig=["deposit_words"],
    note="Hard negative: a 1.56m performance bond to the owner's account named in the tender documents, first payment to it, confirmed by call-back.")

pay(T, "2026-09-29 10:25", payee=pe("常德市涉案款项核验中心", "6230521234009876", "中国邮政储蓄银行常德武陵支行", typ="unknown"),
    amount="1900000", purpose="其他", memo="按来电要求临时划转", ch="phone",
    frm="自称常德市公安局经侦支队 刘警官", contact="0736-0000110", payer=WA1_PAYER,
    text=("【通话记录 9:40 覃丽娜】对方称我司德山职教园二期农民工工资专用账户涉嫌为一起跨省洗钱案接收赃款，账户即将被冻结，工人工资将无法发放。"
          "要求配合资 金 核 查，将专户内190万元暂时转入公安指定的安 全 账 户，核查完毕48小时内原路返还；要求对谈话内容保密，不得告知项目部和公司领导，否则以妨碍侦查论处。\n"
          "【随后短信】账户户名：常德市涉案款项核验中心，开户行：中国邮政储蓄银行常德武陵支行"),
    urgent=True, req="E4111", appr=[], label="scam", scam="authority_impersonation", expect="block",
    sig=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency", "evasion_spacing"],
    note="A caller posing as economic-crime police says the wage account received laundered money and orders its 1.9m into a 'safe account', the key words spaced apart.")

pay(T, "2026-09-30 11:00", payee=W_HNT, amount="1318200", purpose="货款",
    memo="8月商品混凝土款（集团内部）", text="用友NC付款单：德山职教园二期8月商砼款｜对账单已确认",
    req="E4112", appr=["E4105"], contract="YLJS-CG-2026-008", invoice=inv("wq-hnt-aug"),
    note="Routine: concrete from the sister company.")

pay(T, "2026-10-09 10:00", payee=W_XINAN, amount="438000", purpose="分包款",
    memo="鑫安劳务9月分包进度款（不含人工费）",
    text="用友NC付款单：鑫安劳务9月劳务分包进度款｜人工费部分已通过工资专户代发",
    req="E4125", appr=["E4105", "E4101"], contract="YLJS-FB-2026-011", invoice=inv("wq-xinan-sep"),
    note="Routine: labour-subcontract progress payment.")

pay(T, "2026-10-09 15:00", payee=pe("常德市智联人力资源服务有限公司", "8201000765430019", "常德农村商业银行"),
    amount="3600", purpose="服务费", memo="农民工工资补贴申报代办费", ch="email",
    frm="常德市人社局农民工工资补贴发放办公室", contact="cdrsj_btb@126.com",
    text=("关于申领2026年第三季度建筑业农民工稳岗及工资补贴的通知\n"
          "各在常施工总承包企业：根据省人社厅、财政厅联合通知，在建项目按实名制登记人数给予每人每月300元工资补贴，"
          "贵司德山职教园二期（126人）可申领113,400元。请于10月12日前扫描附件二维码登记企业对公账户及工人银行卡信息，"
          "并缴纳补贴申报代办服务费3,600元（由第三方服务机构代收），逾期视为自动放弃。\n"
          "收到请勿在项目群内传播，以免人员过多造成系统拥堵。"),
    req="E4135", appr=["E4105"], label="scam", scam="fake_salary", expect="flag",
    sig=["subsidy_words", "authority_words", "fee_words", "email_instruction", "free_mail", "secrecy_words",
         "urgency", "remote_control"],
    note="A free-mail 'labour bureau' notice promises a wage subsidy for the project's workers if the firm scans a QR code with workers' card details and pays a 3,600 filing fee.")

pay(T, "2026-10-12 10:45", payee=pe("湖南湘链通供应链科技有限公司（清分专户）", "8111601012300445761", "中信银行长沙分行", phone="0731-0000802"),
    amount="1480000", purpose="应付账款", memo="湘链单到期兑付",
    text=("用友NC付款单：湘链单到期兑付｜本公司7月12日通过湘链通平台向供应商签发的电子债权凭证（湘链单XLD-2026-07-0188、0189）今日到期，"
          "按平台服务协议将兑付资金划入平台清分专户，由平台按持单人清分（持单人含供应商及其下游融资机构）｜平台服务协议XLT-FW-2026-012，持单明细已在平台核对"),
    req="E4112", appr=["E4105", "E4101"], contract="XLT-FW-2026-012",
    sig=["third_party_payment_endpoint", "payee_name_mismatch"],
    note="Hard negative: supply-chain-finance credit notes issued to suppliers are redeemed at maturity through the platform's clearing account, not paid to the suppliers themselves.")

pay(T, "2026-10-13 14:20", payee=pe("湖南中基华建项目管理有限公司", "4305010168090055123", "中国建设银行长沙岳麓支行"),
    amount="3000000", purpose="保证金", memo="常德冷链物流枢纽项目履约保证金", ch="email",
    frm="湖南中基华建项目管理有限公司 总经理 龙海涛", contact="longht@zjhj-pm.com",
    text=("彭总：\n"
          "感谢贵司参加上周的项目对接会。中基华建受某央企地产平台委托，负责常德西部国家级冷链物流枢纽（总投资86亿元）一期土建分包，已给贵司切分1.2亿元施工任务。"
          "按分包管理办法，请于10月16日前缴纳工程履约保证金300万元至我司账户，我司收到后5个工作日内签订正式分包合同并安排进场。\n"
          "名额有限，已有三家单位在排队。"),
    req="E4130", appr=["E4105"], label="scam", scam="contract_fraud", expect="flag",
    sig=["bigproject_words", "deposit_words", "shell_company", "no_po_contract", "urgency", "email_instruction"],
    note="A two-month-old 'project manager' for a supposed state logistics hub wants a 3m performance bond before any subcontract is signed.")

pay(T, "2026-10-14 16:30", payee=W_PAYROLL, amount="503900", purpose="工资",
    memo="9月管理人员工资代发（58人）", text="用友NC付款单：9月管理人员工资代发（58人），工资表已审批",
    req="E4135", appr=["E4105", "E4101"], note="Routine: monthly staff payroll.")

pay(T, "2026-10-15 10:50", payee=pe("向德胜", "6217995540012378", "中国邮政储蓄银行常德鼎城支行", typ="personal"),
    amount="18460", purpose="工资", memo="补发农民工工资 农民工：向德胜（身份证后四位0417）", payer=WA1_PAYER,
    text=("工资专户代发（补发）｜德山职教园二期钢筋班工人向德胜7-8月工资，经常德市劳动保障监察支队调解确认差额18,460元（调解书CDLJ-TJ-2026-083）｜"
          "从项目农民工工资专用账户直接发放至其本人社保卡银行账户｜班组长及劳务公司签字确认"),
    req="E4125", appr=["E4105", "E4101"], sig=["authority_words"],
    note="Hard negative: back pay settled through the labour inspectorate, paid from the wage account to the worker's own card.")

order(T, "2026-10-16 11:20", cust=cu("常德市鼎城城市建设投资开发有限公司", uscc("鼎城城投开发", "430703"), "工程部 李主任",
                                     "19800004425", "li_gcb@dccjtz.net", None, None),
      items=[("鼎城区乡镇污水管网零星修复工程（暂定量）", "1", "项", "2600000")], channel="email",
      addr="常德市鼎城区各乡镇（具体点位另行通知）", deadline="2026-10-20", terms="完工审计后付款（约6个月）",
      fees=[("城投工程平台入网费", "18000")],
      notes=("李主任：我们城投今年新成立的工程平台，零星工程直接委托给信得过的单位，不走招标。请尽快进场，先垫资施工，入网费在平台注册时交，发票平台统一开。"),
      label="scam", scam="fake_purchaser", expect="flag",
      sig=["lookalike_company", "fee_asked_of_seller", "credit_terms_requested", "contact_mismatch", "urgency",
           "large_first_order"],
      note="A name a few words longer than the real district investment company offers 2.6m of untendered works on six months' credit plus an 18k 'platform joining fee'.")

pay(T, "2026-10-19 14:10", payee=pe("中国银行股份有限公司常德分行", "5945712099990031", "中国银行常德分行", phone="0736-0000215"),
    amount="12400", purpose="手续费", memo="石板滩农村公路EPC预付款保函手续费",
    text=("用友NC付款单：预付款保函手续费｜鼎城区石板滩镇农村公路提质改造（EPC）预付款保函，担保金额310万元，费率0.4%/年｜"
          "中行常德分行保函编号GC-2026-CD-0412，受益人常德鼎城城市建设投资有限公司｜收费通知书已由财务部核对"),
    req="E4112", appr=["E4105"], sig=["fee_words"],
    note="Hard negative: an advance-payment guarantee fee to a bank the company has not paid before.")

pay(T, "2026-10-20 10:30", payee=pe("湖南信达融通担保咨询有限公司", "8201000112340088", "长沙农村商业银行"),
    amount="46000", purpose="咨询服务费", memo="应收账款质押贷款评估及担保服务费", ch="im",
    frm="曾经理（信达融通）", contact="wxid_xdrt_zeng",
    text=("曾经理：彭总您好，上次说的应收账款质押过桥贷款，按城投欠贵司的1800万应收，可以给到1000万额度，年化7.2%，5个工作日放款，不用抵押\n"
          "曾经理：放款前要先做资产评估和担保备案，评估费加担保服务费一共46000元，打我们公司对公户\n"
          "曾经理：合作的是地方农商行，我们有内部渠道，额度月底就收回了"),
    req="E4105", appr=["E4101"], label="scam", scam="advance_fee", expect="flag",
    sig=["loan_fee_words", "im_instruction", "new_contact", "urgency"],
    note="An unlicensed 'guarantee consultancy' promises a quick 10m receivables loan once the firm pays 46k of appraisal and guarantee fees up front.")

pay(T, "2026-10-21 15:40", payee=W_ZX, amount="412000", purpose="分包款",
    memo="振湘劳务9月分包进度款（不含人工费）",
    text="用友NC付款单：资阳安置房振湘劳务9月进度款｜收款账户为7月15日变更后账户",
    req="E4125", appr=["E4105", "E4101"], contract="YLJS-FB-2026-012", invoice=inv("wq-zx-sep"),
    changed=W_ZX_CHANGED,
    note="Hard negative: a subcontractor paid at the account it changed in July and has been paid at since.")

pay(T, "2026-10-23 22:10", payee=pe("陈秀兰", "6222081902004456783", "中国工商银行常德武陵支行", typ="personal"),
    amount="36000", purpose="采购款", memo="材料采购返力",
    text="付款申请：材料采购返力（临时）｜备注：平台客服要求本期采购返力先转入指定结算员个人账户，做完第4单后返力连本带息一起退回公司账户",
    req="E4112", appr=[], label="scam", scam="task_rebate", expect="block",
    sig=["task_rebate_words", "vague_memo", "evasion_homophone"],
    note="Late at night an accountant files a 36k 'purchase rebate' (a homophone spelling) to a private card, explained as the fourth task of a platform.")

order(T, "2026-10-26 10:15", cust=cu("常德市鼎城区石板滩镇中心学校", uscc("石板滩中心学校", "430703", new=False, reg="12"),
                                     "总务处 覃主任", "0736-0000518", None, None, None),
      items=[("教学楼外墙及屋面维修（依成交通知书）", "1", "项", "486300")], channel="letter",
      addr="常德市鼎城区石板滩镇中心学校", deadline="2026-12-20",
      terms="竣工验收后由财政国库集中支付（约30个工作日）",
      notes="湖南省政府采购电子卖场竞价成交（成交通知书HNZC-2026-DC-03117），合同按财政标准文本签订；学校未提出任何垫资、代购或缴费要求，材料由我司自行采购。",
      sig=["institution_claim", "credit_terms_requested"],
      note="Hard negative: a real school job won on the government procurement mall, paid by the treasury after acceptance, with no deposit or designated supplier.")

pay(T, "2026-10-27 14:00", payee=W_ZX, amount="620000", purpose="代付款", memo="代桃源项目转付工人工资（振湘劳务）",
    ch="im", frm="王总（振湘劳务）", contact="wxid_zx_wangzong", payer=WA2_PAYER,
    text=("王总：黄部长，跟你商量个事。我们在桃源那个项目的总包单位工资专户出了问题，工人工资发不出去\n"
          "王总：想借用一下你们资阳项目的工资专户走一下账：桃源那边明天把62万打到你们专户，你们当天转给我们振湘，我们自己发给工人\n"
          "王总：不让你们白帮忙，按2个点给你们，这事千万别让人社那边知道"),
    req="E4125", appr=["E4105"], changed=W_ZX_CHANGED, label="scam", scam="account_lending", expect="block",
    sig=["account_lending_words", "in_out_match", "secrecy_words", "fee_words", "im_instruction"],
    note="A known labour subcontractor asks to route 620k for another contractor's project through the company's wage account and back out to itself, for a 2% fee.")

pay(T, "2026-10-28 11:10", payee=W_DX, amount="53600", purpose="质保金", memo="退还一期屋面防水质保金",
    text=("用友NC付款单：退还防水分包质保金｜德山职教园一期屋面防水保修期满（2024-10-26至2026-10-26），经建设单位及项目部验收无渗漏，"
          "按分包合同YLJS-FB-2024-033第9条退还质保金（合同价5%）｜付至德信防水合同约定账户"),
    req="E4112", appr=["E4105", "E4101"], contract="YLJS-FB-2024-033", sig=["deposit_words", "refund_words"],
    note="Hard negative: a retention deposit returned to the waterproofing subcontractor when its warranty expired.")

pay(T, "2026-10-30 16:00", payee=pe("常德鼎城城发代建管理有限公司", "82010309000447126", "湖南银行常德鼎城支行"),
    amount="1280000", purpose="退款", memo="退城投重复支付进度款", ch="email",
    frm="常德鼎城城市建设投资有限公司 计划财务部", contact="cwb@dccjtz-gov.com",
    text=("沅澧建设财务部：\n"
          "我司10月29日通过湖南银行向贵司支付石板滩农村公路项目进度款时，因系统故障重复支付一笔，金额１２８万元（回单附后）。"
          "现区审计局正在对我司资金进行专项审计，原付款账户暂停使用，请将重复款项１２８万元退至我司代建单位账户：\n"
          "户名：常德鼎城城发代建管理有限公司\n开户行：湖南银行常德鼎城支行\n账号：８２０１０３０９０００４４７１２６\n"
          "请于今日下班前办理，谢谢配合。"),
    urgent=True, req="E4112", appr=["E4105"], label="scam", scam="overpayment_refund", expect="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "lookalike_domain", "email_instruction",
         "urgency", "evasion_fullwidth"],
    note="An e-mail from a look-alike of the owner's domain, with full-width figures, claims a duplicated 1.28m progress payment and wants it returned to a different 'agent-builder' company.")

pay(T, "2026-11-01 07:30", payee=W_CRANE, amount="36000", purpose="租赁费", memo="石板滩K3+200边坡抢险汽车吊及挖机租金",
    text=("用友NC付款单（紧急）：鼎城石板滩农村公路K3+200边坡局部滑塌抢险，今晨6点调用恒升租赁50吨汽车吊及挖机各1台，对方要求先付3天租金及进场费｜"
          "彭总、黄部长电话同意，OA审批随后补录｜付至恒升租赁合同账户（已合作多年）"),
    urgent=True, req="E4120", appr=["E4105", "E4101"], contract="YLJS-ZL-2026-002",
    sig=["urgency", "bypass_process"],
    note="Hard negative: a Sunday-dawn emergency crane hire for a slope collapse, paid to the long-standing rental firm with approvals entered afterwards.")

order(T, "2026-11-03 10:40", cust=C_ZY,
      items=[("安置房小区景观绿化补植（签证）", "1", "项", "168500")], channel="letter",
      addr="益阳市资阳区长春镇安置房小区", deadline="2026-11-30",
      terms="按主合同进度款比例支付", notes="建设单位、监理、施工三方签字的签证单。",
      note="Routine: variation order from the established owner.")

pay(T, "2026-11-05 15:20", payee=pe("湖南德信防水工程有限公司", "6301029384756102", "中国民生银行长沙分行"),
    amount="268000", purpose="工程款", memo="德信防水二期进度款（补付）", ch="email",
    frm="湖南德信防水工程有限公司 财务部", contact="dexin_fs@163.com",
    text=("沅澧建设财务部：\n"
          "贵司德山职教园二期防水分包第二次进度款（发票号码{INV:wq-dx-2}，金额268,000.00元）我司至今未收到，烦请核查安排支付。"
          "我司基本户近期做账户变更，本次请付至：湖南德信防水工程有限公司，中国民生银行长沙分行，账号6301 0293 8475 6102。\n"
          "如有疑问请邮件联系，业务员在外地工地。"),
    req="E4112", appr=["E4105"], invoice=inv("wq-dx-2"), label="scam", scam="fake_invoice", expect="block",
    sig=["account_change_words", "free_mail", "email_instruction", "cannot_call"],
    note="A free-mail message in the waterproofing subcontractor's name says an invoice paid in August is still unpaid and gives a new account.")

pay(T, "2026-11-10 10:00", payee=WA1, amount="1985000", purpose="人工费",
    memo="德山职教园二期10月人工费拨付工资专户",
    text="用友NC付款单：德山职教园二期10月人工费｜拨付至项目农民工工资专用账户｜工资表已三方签字",
    req="E4125", appr=["E4105", "E4101"], note="Routine: monthly labour cost into the wage account.")

pay(T, "2026-11-13 16:10", payee=W_PAYROLL, amount="506200", purpose="工资",
    memo="10月管理人员工资代发（58人）", text="用友NC付款单：10月管理人员工资代发（58人），工资表已审批",
    req="E4135", appr=["E4105", "E4101"], note="Routine: monthly staff payroll.")

pay(T, "2026-11-18 14:30", payee=pe("周建华", "6228480588123456013", "中国农业银行常德武陵支行", typ="personal", vid="V-W04",
                                   phone="0736-0000582"),
    amount="98400", purpose="租赁费", memo="10月塔吊租赁费（2台）", ch="im",
    frm="小周（恒升租赁财务）", contact="wxid_hengsheng_xz",
    text=("小周：覃出纳，我们公司对公户在做年审，这两个月租金先打我们周总个人卡，供应商档案我已经请你们易会计改好了\n"
          "小周：10月塔吊租金98400，今天能付吗？周总在催"),
    req="E4111", appr=["E4105"], contract="YLJS-ZL-2026-002", invoice=inv("wq-crane-oct"),
    changed="2026-11-16T09:20:00+08:00", label="scam", scam="account_change", expect="block",
    sig=["account_change_words", "personal_account_pretext", "im_instruction", "payee_name_mismatch"],
    note="The crane-rental firm's 'accountant' on WeChat has its vendor record switched to the owner's personal card two days earlier; this is the first payment there.")

pay(T, "2026-11-20 10:20", payee=T_FINCO, amount="12000000", purpose="资金归集", memo="资金归集上划财务公司",
    text=("用友NC付款单：资金归集｜今日收到鼎城城投石板滩项目预付款1,560万元（湖南银行回单1120-0093），按集团资金集中管理办法（沅澧财〔2025〕9号）"
          "留足本周支付后余额上划财务公司结算账户｜本公司9月加入资金池，此前为系统自动归集，本次为首次手工上划"),
    req="E4111", appr=["E4105", "E4101"], sig=["in_out_match", "large_vs_usual"],
    note="Hard negative: the same day an owner's advance arrives, 12m goes up to the group finance company, a first manual sweep.")

pay(T, "2026-11-24 11:00", payee=pe("湖南湘诚融资担保有限公司", "4305010147080022861", "中国建设银行长沙芙蓉支行", phone="0731-0000586"),
    amount="9600", purpose="担保费", memo="桃源漳江镇污水管网工程投标保函担保费",
    text=("用友NC付款单：投标保函（电子保函）担保费｜项目：桃源县漳江镇污水管网工程（招标编号TYGGZY-2026-1118）｜保函金额80万元，费率1.2%｜"
          "出函机构为持有融资担保业务经营许可证的湖南湘诚融资担保有限公司，已在交易平台电子保函服务机构名录中核对"),
    req="E4130", appr=["E4105"], sig=["fee_words", "loan_fee_words"],
    note="Hard negative: a bid-guarantee fee to a licensed guarantee company listed on the trading platform.")


# ===========================================================================
# assembly
# ===========================================================================

STRUCTURAL = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
              "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def parse(ts):
    return datetime.strptime(ts[:19], "%Y-%m-%dT%H:%M:%S")


def off_hours(tenant, ts):
    d = parse(ts)
    if d.weekday() >= 5 or d.strftime("%Y-%m-%d") in HOLIDAYS:
        return True
    m = d.hour * 60 + d.minute
    start, end = HOURS[tenant]
    return not (start <= m < end)


def substitute(obj, table):
    if isinstance(obj, str):
        for k, v in table.items():
            obj = obj.replace(k, v)
        return obj
    if isinstance(obj, list):
        return [substitute(x, table) for x in obj]
    if isinstance(obj, dict):
        return {k: substitute(v, table) for k, v in obj.items()}
    return obj


def placeholders(lines):
    import re
    table = {}
    pat = re.compile(r"\{(INV|BILL):([^}]+)\}")
    for ln in lines:
        for m in pat.finditer(json.dumps(ln["request"], ensure_ascii=False)):
            kind, key = m.group(1), m.group(2)
            table[m.group(0)] = inv(key) if kind == "INV" else bill(key)
    return table


def build():
    out = []
    for tenant in TENANT_ORDER:
        mine = [ln for ln in LINES if ln["tenant"] == tenant]
        mine.sort(key=lambda ln: (0 if ln["phase"] == "history" else 1, ln["when"]))
        # request ids
        seq = {}
        keys = {}
        pfx = TENANTS[tenant]["pfx"]
        for ln in mine:
            day = ln["when"][:10].replace("-", "")
            code = "FK" if ln["kind"] == "payment" else TENANTS[tenant]["order_code"]
            seq[(code, day)] = seq.get((code, day), 0) + 1
            rid = "%s-%s-%s%03d" % (pfx, code, day, seq[(code, day)])
            if ln["kind"] == "payment":
                ln["request"]["request_id"] = rid
            else:
                ln["request"]["record_id"] = rid
            if ln["key"]:
                keys["{ORDER:%s}" % ln["key"]] = rid
        table = dict(keys)
        table.update(placeholders(mine))
        for ln in mine:
            ln["request"] = substitute(ln["request"], table)
        # history facts for structural signals
        hist_accts = set()
        hist_invoices = set()
        for ln in mine:
            if ln["phase"] == "history" and ln["kind"] == "payment":
                hist_accts.add(ln["request"]["payee"]["account_no"])
                if ln["request"]["related"]["invoice_no"]:
                    hist_invoices.add(ln["request"]["related"]["invoice_no"])
        hcount = tcount = 0
        for ln in mine:
            r = ln["request"]
            if ln["phase"] == "history":
                hcount += 1
                lid = "%s-h%03d" % (tenant, hcount)
                signals = []
                assert not ln["sig"], lid
            else:
                tcount += 1
                lid = "%s-t%03d" % (tenant, tcount)
                auto = []
                if ln["kind"] == "payment":
                    ts = r["submitted_at"]
                    if r["payee"]["account_no"] not in hist_accts:
                        auto.append("first_time_payee")
                    if r["payee"]["account_type"] == "personal":
                        auto.append("personal_account")
                    if not r["approved_by"]:
                        auto.append("no_approval")
                    if r["payee_account_changed_at"]:
                        days = (parse(ts) - parse(r["payee_account_changed_at"])).total_seconds() / 86400
                        auto.append("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                    if r["related"]["invoice_no"] in hist_invoices:
                        auto.append("duplicate_invoice")
                else:
                    ts = r["received_at"]
                    if r["customer"]["customer_id"] is None:
                        auto.append("new_customer")
                if off_hours(tenant, ts):
                    auto.append("off_hours")
                for s in ln["sig"]:
                    if s in STRUCTURAL:
                        assert s in auto, (lid, s)
                signals = list(ln["sig"]) + [s for s in auto if s not in ln["sig"]]
            rec = {"id": lid, "tenant": tenant, "phase": ln["phase"], "kind": ln["kind"],
                   "label": ln["label"], "scam_type": ln["scam_type"], "expect": ln["expect"]}
            if ln["phase"] == "history":
                rec["outcome"] = "executed"
            rec["signals"] = signals
            rec["note"] = ln["note"]
            rec["request"] = r
            out.append(rec)
    return out


def main():
    recs = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for rec in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(recs), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
