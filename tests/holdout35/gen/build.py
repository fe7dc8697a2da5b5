#!/usr/bin/env python3
"""Deterministic generator for the holdout35 corpus (IT services and software firms).

Standard library only, no network. All randomness comes from one random.Random with a fixed
seed, consumed in a fixed order, so two runs give byte-identical output.

Writes ../holdout35.jsonl (next to the README).
"""
import datetime as dt
import json
import os
import random
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout35.jsonl")

rng = random.Random(35035)

# ----------------------------------------------------------------------------------------
# helpers: identifiers, accounts, phones, credit codes
# ----------------------------------------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]
_used = set()


def _uniq(fn):
    while True:
        v = fn()
        if v not in _used:
            _used.add(v)
            return v


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def acct(prefix, length):
    return _uniq(lambda: prefix + digits(length - len(prefix)))


def card(prefix="6217"):
    return acct(prefix, 19)


def mobile(prefix):
    assert prefix in ("157", "158", "159")
    return _uniq(lambda: prefix + "0000" + digits(4))


def landline(area):
    return _uniq(lambda: area + "-0000" + str(rng.randint(100, 999)))


def wxid():
    return _uniq(lambda: "wxid_" + "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(14)))


def uscc(head, region):
    """head: '91' enterprise, '92' individual business, '12' public institution."""
    def make():
        body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        vals = [int(c) if c.isdigit() else ord(c) - 55 for c in body]
        c9 = 11 - sum(v * w for v, w in zip(vals, ORG_W)) % 11
        org = body + ("X" if c9 == 10 else "0" if c9 == 11 else str(c9))
        s17 = head + region + org
        s = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
        return s17 + USCC_CHARS[(31 - s % 31) % 31]
    return _uniq(make)


def invoice_no():
    return _uniq(lambda: "2665" + digits(16))


def ts(s):
    d, t = s.split(" ")
    return "%sT%s:00+08:00" % (d, t)


def money(x):
    return "%.2f" % Decimal(str(x)) if not isinstance(x, str) else x


# ----------------------------------------------------------------------------------------
# tenants
# ----------------------------------------------------------------------------------------
TEN = {}


def tenant(tid, name, bank, acct_no, erp, pfx):
    TEN[tid] = dict(name=name, bank=bank, acct=acct_no, erp=erp, pfx=pfx, vendors={}, customers={})


tenant("xingyun", "新疆星云智联软件有限公司", "中国建设银行乌鲁木齐高新区支行", acct("6505", 19), "金蝶云星空付款申请：", "XY")
tenant("shangqiao", "喀什商桥电子商务运营有限公司", "中国农业银行喀什分行", acct("3075", 17), "钉钉审批·付款申请：", "SQ")
tenant("youquan", "克拉玛依油泉信息设备有限公司", "中国工商银行克拉玛依分行", acct("3003", 19), "用友T+付款单：", "YQ")


def vendor(tid, vid, name, bank, acct_no, short, phone=None, kind="corporate"):
    TEN[tid]["vendors"][vid] = dict(name=name, account_no=acct_no, bank=bank, account_type=kind,
                                    vendor_id=vid, phone=phone, short=short)


def customer(tid, cid, name, credit_code, contact, phone, email=None, im=None):
    TEN[tid]["customers"][cid] = dict(name=name, credit_code=credit_code, contact_name=contact,
                                      phone=phone, email=email, im_id=im, customer_id=cid)


# xingyun: software house, Urumqi
vendor("xingyun", "V-XY01", "北京云栈数据科技有限公司", "招商银行北京分行营业部", acct("1109", 16), "云栈", landline("010"))
vendor("xingyun", "V-XY02", "杭州域畅网络科技有限公司", "中国银行杭州高新技术开发区支行", acct("3592", 18), "域畅", landline("0571"))
vendor("xingyun", "V-XY03", "乌鲁木齐高新区软件园物业管理有限公司", "中国工商银行乌鲁木齐高新区支行", acct("3002", 19), "软件园物业", landline("0991"))
vendor("xingyun", "V-XY04", "新疆天码电脑科技有限公司", "中国建设银行乌鲁木齐友好路支行", acct("6505", 19), "天码电脑", landline("0991"))
vendor("xingyun", "V-XY05", "成都码川信息技术有限公司", "成都银行高新支行", acct("1001", 18), "码川信息", landline("028"))
vendor("xingyun", "V-XY06", "深圳协途软件有限公司", "招商银行深圳科技园支行", acct("7559", 16), "协途软件", landline("0755"))
vendor("xingyun", "V-XY07", "新疆知衡知识产权代理有限公司", "乌鲁木齐银行高新区支行", acct("1010", 17), "知衡知产", landline("0991"))
vendor("xingyun", "PAY-XY", "中国建设银行乌鲁木齐分行（代发工资专户）", "中国建设银行乌鲁木齐分行", acct("6505", 19), "代发")
vendor("xingyun", "TAX-XY", "国家金库乌鲁木齐市中心支库", "国家金库乌鲁木齐市中心支库", acct("6501", 17), "国库")
vendor("xingyun", "F-XY01", "阿迪力·吐尔逊", "中国建设银行乌鲁木齐新华南路支行", card("6217"), "阿迪力", mobile("158"), "personal")
customer("xingyun", "C-XY01", "新疆交投数智科技有限公司", uscc("91", "650100"), "马建华", landline("0991"), "majh@jtsz-tech.cn")
customer("xingyun", "C-XY02", "乌鲁木齐恒远物流集团有限公司", uscc("91", "650104"), "蒋雯", landline("0991"), "jiangw@hengyuan-wl.com")

# shangqiao: e-commerce operations agency, Kashgar
vendor("shangqiao", "V-SQ01", "北京巨帆信息技术有限公司", "招商银行北京分行营业部", acct("1109", 16), "巨帆推广", landline("010"))
vendor("shangqiao", "V-SQ02", "上海丰集电子商务有限公司", "中国工商银行上海市长宁支行", acct("1001", 19), "丰集商城", landline("021"))
vendor("shangqiao", "V-SQ03", "喀什速达供应链管理有限公司", "中国建设银行喀什分行", acct("6505", 19), "速达供应链", landline("0998"))
vendor("shangqiao", "V-SQ04", "喀什丝路星光文化传媒有限公司", "中国农业银行喀什分行", acct("3075", 17), "丝路星光", landline("0998"))
vendor("shangqiao", "V-SQ05", "喀什市恒美包装材料有限公司", "喀什农村商业银行营业部", acct("8075", 18), "恒美包装", landline("0998"))
vendor("shangqiao", "F-SQ01", "努尔比亚·艾山", "中国农业银行喀什分行", card("6228"), "努尔比亚", mobile("159"), "personal")
vendor("shangqiao", "PAY-SQ", "中国农业银行喀什分行（代发工资专户）", "中国农业银行喀什分行", acct("3075", 17), "代发")
vendor("shangqiao", "TAX-SQ", "国家金库喀什地区中心支库", "国家金库喀什地区中心支库", acct("6531", 17), "国库")
customer("shangqiao", "C-SQ01", "新疆果园里农业科技有限公司", uscc("91", "653101"), "赵娟", landline("0998"), "zhaoj@guoyuanli.com")
customer("shangqiao", "C-SQ03", "和田沙枣红食品有限公司", uscc("91", "653201"), "艾克拜尔", landline("0903"), "akbr@shazaohong.com")
customer("shangqiao", "C-SQ04", "古丽米娜·艾力", None, "古丽米娜·艾力", mobile("157"), None, wxid())

# youquan: hardware reseller, Karamay
vendor("youquan", "V-YQ01", "乌鲁木齐联拓科技有限公司", "中国工商银行乌鲁木齐北京路支行", acct("3002", 19), "联拓科技", landline("0991"))
vendor("youquan", "V-YQ02", "新疆华网通信设备有限公司", "中国银行乌鲁木齐分行", acct("1070", 18), "华网通信", landline("0991"))
vendor("youquan", "V-YQ03", "西安储翼存储技术有限公司", "中国建设银行西安高新技术产业开发区支行", acct("6105", 19), "储翼存储", landline("029"))
vendor("youquan", "V-YQ04", "克拉玛依顺通物流有限公司", "中国工商银行克拉玛依分行", acct("3003", 19), "顺通物流", landline("0990"))
vendor("youquan", "V-YQ05", "新疆星辰办公耗材有限公司", "中国农业银行乌鲁木齐分行", acct("3065", 17), "星辰耗材", landline("0991"))
vendor("youquan", "V-YQ06", "新疆云图安防科技有限公司", "中国建设银行乌鲁木齐分行", acct("6505", 19), "云图安防", landline("0991"))
vendor("youquan", "V-YQ07", "乌鲁木齐易联电子有限公司", "乌鲁木齐银行营业部", acct("1010", 17), "易联电子", landline("0991"))
vendor("youquan", "PAY-YQ", "中国工商银行克拉玛依分行（代发工资专户）", "中国工商银行克拉玛依分行", acct("3003", 19), "代发")
vendor("youquan", "TAX-YQ", "国家金库克拉玛依市中心支库", "国家金库克拉玛依市中心支库", acct("6502", 17), "国库")
customer("youquan", "C-YQ01", "克拉玛依市南湖实验学校", uscc("12", "650203"), "周明", landline("0990"), "zhouming@nhsy-school.cn")
customer("youquan", "C-YQ02", "克拉玛依市康华医院", uscc("12", "650202"), "信息科 韩冰", landline("0990"), "xxk@kanghua-hosp.cn")
customer("youquan", "C-YQ03", "克拉玛依云际数据服务有限公司", uscc("91", "650204"), "陈晓", landline("0990"), "chenx@yunji-dc.com")

LINES = []


def V(tid, vid, **over):
    v = dict(TEN[tid]["vendors"][vid])
    v.pop("short")
    v.update(over)
    return v


def NEWP(name, bank, acct_no, kind="corporate", phone=None, vendor_id=None):
    return dict(name=name, account_no=acct_no, bank=bank, account_type=kind, vendor_id=vendor_id, phone=phone)


def pay(tid, phase, when, payee, amount, purpose, memo, *, ch="erp", frm=None, fc=None, text=None,
        urgent=False, req, appr, order=None, contract=None, invoice=None, changed=None, verif=None,
        label="legit", st=None, exp="allow", sig=(), note):
    t = TEN[tid]
    if invoice == "auto":
        invoice = invoice_no()
    if text is None and ch == "erp":
        short = None
        vid = payee.get("vendor_id")
        if vid and vid in t["vendors"]:
            short = t["vendors"][vid]["short"]
        parts = [memo] + ([short] if short else []) + (["合同" + contract] if contract else []) + \
                (["发票" + invoice] if invoice else [])
        text = t["erp"] + "｜".join(parts)
    req_body = {
        "request_id": None,
        "submitted_at": ts(when),
        "payer": {"account_no": t["acct"], "account_name": t["name"]},
        "payee": payee,
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": ch, "from_name": frm, "from_contact": fc, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": invoice},
        "payee_account_changed_at": ts(changed) if changed else None,
    }
    if verif:
        req_body["verification"] = verif
    if label == "scam" and exp == "allow":
        exp = "flag"
    LINES.append(dict(tenant=tid, phase=phase, kind="payment", label=label, scam_type=st, expect=exp,
                      signals=list(sig), note=note, request=req_body, key=None))


def order(tid, phase, when, cust, items, *, ch="email", address, deadline, terms, third=None, fees=(),
          notes, key=None, label="legit", st=None, exp="allow", sig=(), note):
    its = []
    total = Decimal("0")
    for prod, qty, unit, price in items:
        p = Decimal(money(price))
        total += Decimal(qty) * p
        its.append({"product": prod, "quantity": qty, "unit": unit, "unit_price": money(price)})
    if third is not None:
        third = dict(third)
        if third.get("amount") is not None:
            third["amount"] = money(third["amount"])
    body = {
        "record_id": None,
        "received_at": ts(when),
        "customer": cust,
        "items": its,
        "total_amount": "%.2f" % total,
        "currency": "CNY",
        "channel": ch,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third,
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }
    if label == "scam" and exp == "allow":
        exp = "flag"
    LINES.append(dict(tenant=tid, phase=phase, kind="order", label=label, scam_type=st, expect=exp,
                      signals=list(sig), note=note, request=body, key=key))


def C(tid, cid):
    return dict(TEN[tid]["customers"][cid])


def NEWC(name, credit_code, contact, phone, email=None, im=None):
    return dict(name=name, credit_code=credit_code, contact_name=contact, phone=phone, email=email,
                im_id=im, customer_id=None)


H, T = "history", "test"

# ========================================================================================
# xingyun — 新疆星云智联软件有限公司 (Urumqi software house)
# people: E3100 陈建国 GM; E3101 赵立新 finance manager; E3102 古丽巴哈尔·吐尔洪 cashier;
#         E3103 王静 accountant; E3110 刘畅 project manager; E3111 艾尔肯 CTO; E3120 孙悦 HR
# ========================================================================================
X = "xingyun"
XY05_CHANGED = "2025-11-06 15:20"
inv_xy05_may = invoice_no()

pay(X, H, "2026-04-08 11:20", V(X, "V-XY01"), "28460.35", "云服务费", "3月云资源账单（ECS、RDS、对象存储）",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-003", invoice="auto", note="Monthly cloud bill to the regular cloud provider.")
pay(X, H, "2026-04-10 15:05", V(X, "V-XY03"), "96000.00", "房租", "软件园B座7层二季度租金及物业费",
    req="E3103", appr=["E3101"], contract="XY-ZL-2025-001", invoice="auto", note="Quarterly office rent at the software park.")
pay(X, H, "2026-04-10 18:50", V(X, "PAY-XY"), "571600.00", "工资", "3月工资代发（45人）",
    text="金蝶云星空付款申请：3月工资代发（45人），工资表经人力资源部及总经理审批", req="E3101", appr=["E3100"], note="Monthly payroll through the bank payroll account.")
order(X, H, "2026-04-14 10:40", C(X, "C-XY01"),
      [("智慧收费稽核系统二期开发", "1", "套", "680000.00"), ("运维服务（12个月）", "1", "年", "96000.00")],
      address="乌鲁木齐市新市区交投大厦12层", deadline="2026-09-30", terms="合同约定：验收后30日内付款",
      notes="二期合同已双方盖章，按合同里程碑执行。", note="Second-phase system contract from an established enterprise client.")
pay(X, H, "2026-04-15 16:30", V(X, "V-XY05", **{}), "185000.00", "外包开发费", "政务审批系统外包开发第一期里程碑款",
    req="E3103", appr=["E3101", "E3100"], contract="XY-WB-2025-014", invoice="auto", changed=XY05_CHANGED,
    note="Milestone payment to the outsourcing firm whose account change dates from Nov 2025.")
pay(X, H, "2026-04-16 10:55", V(X, "TAX-XY"), "63218.44", "税款", "3月增值税及附加",
    text="电子税务局三方协议扣缴：3月增值税及附加", req="E3101", appr=["E3100"], note="Monthly VAT.")
pay(X, H, "2026-04-22 12:10", V(X, "V-XY02"), "6380.00", "域名及证书费", "xingyunsoft.cn等3个域名续费及通配符SSL证书",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-011", invoice="auto", note="Domain and SSL renewal at the company's own registrar.")
pay(X, H, "2026-04-24 11:35", V(X, "F-XY01"), "12000.00", "劳务费", "政务小程序UI设计劳务费｜人员：阿迪力·吐尔逊｜项目XY-XM-2026-07",
    text="金蝶云星空付款申请：政务小程序UI设计劳务费（个人劳务合同XY-WB-2026-007，验收单已签，个税已代扣）",
    req="E3110", appr=["E3101"], contract="XY-WB-2026-007", note="Freelance UI designer paid per project on his own card.")
pay(X, H, "2026-04-28 17:10", V(X, "V-XY04"), "148800.00", "设备款", "机架服务器4台",
    req="E3103", appr=["E3101", "E3100"], contract="XY-CG-2026-009", invoice="auto", note="Servers from the regular hardware dealer.")
pay(X, H, "2026-05-08 11:45", V(X, "V-XY01"), "30112.80", "云服务费", "4月云资源账单（ECS、RDS、对象存储）",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-003", invoice="auto", note="Monthly cloud bill to the regular cloud provider.")
pay(X, H, "2026-05-11 15:20", V(X, "V-XY07"), "4800.00", "代理费", "商标注册代理费（第9、42类）",
    req="E3103", appr=["E3101"], contract="XY-FW-2026-004", invoice="auto", note="Trademark filing through the contracted IP agent.")
pay(X, H, "2026-05-11 18:30", V(X, "PAY-XY"), "583900.00", "工资", "4月工资代发（46人）",
    text="金蝶云星空付款申请：4月工资代发（46人），工资表经人力资源部及总经理审批", req="E3101", appr=["E3100"], note="Monthly payroll through the bank payroll account.")
order(X, H, "2026-05-14 10:50", C(X, "C-XY02"),
      [("车队调度平台年度授权", "1", "套", "128000.00"), ("实施服务", "1", "项", "32000.00")],
      key="xy_hengyuan", address="乌鲁木齐市米东区恒远物流园调度中心", deadline="2026-05-31", terms="款到开通",
      notes="年度授权款已到我司建行账户，安排开通。", note="Annual licence order from an established logistics client, paid before activation.")
pay(X, H, "2026-05-19 16:05", V(X, "V-XY05"), "142500.00", "外包开发费", "政务审批系统外包开发第二期里程碑款",
    req="E3103", appr=["E3101", "E3100"], contract="XY-WB-2025-014", invoice=inv_xy05_may, changed=XY05_CHANGED,
    note="Second milestone to the outsourcing firm.")
pay(X, H, "2026-05-20 11:15", V(X, "V-XY06"), "18600.00", "软件服务费", "协同办公SaaS年度席位（60席）",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-014", invoice="auto", note="Annual SaaS seats from the regular collaboration-tool vendor.")

# ---- xingyun test: routine ----
pay(X, T, "2026-06-02 11:05", V(X, "V-XY01"), "31406.52", "云服务费", "5月云资源账单（ECS、RDS、对象存储）",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-003", invoice="auto", note="Routine: Monthly cloud bill to the regular cloud provider.")
pay(X, T, "2026-06-10 18:45", V(X, "PAY-XY"), "596200.00", "工资", "5月工资代发（47人）",
    text="金蝶云星空付款申请：5月工资代发（47人），工资表经人力资源部及总经理审批", req="E3101", appr=["E3100"], note="Routine: Monthly payroll through the bank payroll account.")
pay(X, T, "2026-06-15 10:50", V(X, "TAX-XY"), "71022.90", "税款", "5月增值税及附加",
    text="电子税务局三方协议扣缴：5月增值税及附加", req="E3101", appr=["E3100"], note="Routine: Monthly VAT.")
pay(X, T, "2026-07-08 11:30", V(X, "V-XY03"), "96000.00", "房租", "软件园B座7层三季度租金及物业费",
    req="E3103", appr=["E3101"], contract="XY-ZL-2025-001", invoice="auto", note="Routine: Quarterly office rent at the software park.")
pay(X, T, "2026-07-14 16:20", V(X, "V-XY06"), "4650.00", "软件服务费", "协同办公SaaS增购15席（按剩余月份折算）",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-014", invoice="auto", note="Routine: Extra SaaS seats from the regular collaboration-tool vendor.")
order(X, T, "2026-07-21 15:40", C(X, "C-XY01"), [("数据治理模块开发（三期）", "1", "套", "420000.00")],
      address="乌鲁木齐市新市区交投大厦12层", deadline="2026-11-30", terms="合同约定：验收后30日内付款",
      notes="三期补充协议已盖章，需求说明书见附件。", note="Routine: Third-phase module ordered by the established enterprise client.")
pay(X, T, "2026-08-06 11:10", V(X, "V-XY04"), "41940.00", "设备款", "开发用笔记本电脑6台",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-022", invoice="auto", note="Routine: Laptops from the regular hardware dealer.")

# ---- xingyun test: hard negatives ----
pay(X, T, "2026-06-04 12:20", V(X, "V-XY02"), "3960.00", "域名及证书费", "域名到期续费（3年）及DV证书续期",
    text="金蝶云星空付款申请：注册商后台提示 xingyunsoft.cn、xyzl-gov.cn 将于6月30日到期，续费3年，DV证书同步续期｜域畅｜合同XY-CG-2026-011",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-011", invoice="auto", sig=["renewal_bill"],
    note="Hard negative: Domain and certificate renewal paid to the company's own registrar, initiated from the registrar's console.")
pay(X, T, "2026-06-08 16:15", NEWP("乌鲁木齐市公共资源交易中心", "中国工商银行乌鲁木齐分行营业部", acct("3002", 19), phone=landline("0991")),
    "80000.00", "投标保证金", "伊犁州政务云运维服务项目投标保证金（YL-GGZY-2026-0611）",
    text="OA付款流程已办结：伊犁州政务云平台运维服务项目（项目编号YL-GGZY-2026-0611）投标保证金，按交易中心招标公告指定的保证金专户缴纳，未中标原路退还",
    req="E3110", appr=["E3101", "E3100"], sig=["deposit_words"],
    note="Hard negative: Bid bond paid to the public resource trading centre account named in the tender announcement.")
order(X, T, "2026-06-12 10:30",
      NEWC("乌鲁木齐市水磨沟区数字化发展服务中心", uscc("12", "650105"), "古丽娜", landline("0991"), "szhfw_smg@szfz-smg.cn"),
      [("一网通办审批系统升级改造", "1", "套", "870000.00")], key="xy_smg",
      address="乌鲁木齐市水磨沟区南湖北路政务服务中心", deadline="2026-10-31",
      terms="验收合格后30日内支付90%，质保期满支付10%",
      notes="经公开招标（项目编号XJ-ZC-2026-0318）中标，合同已在政府采购平台备案，按合同约定验收后分期付款。",
      sig=["institution_claim", "large_first_order", "credit_terms_requested"],
      note="Hard negative: A district government service centre places a large first order on acceptance terms after a public tender it ran.")
pay(X, T, "2026-06-11 11:40", V(X, "F-XY01"), "15500.00", "劳务费", "政务大屏交互设计劳务费｜人员：阿迪力·吐尔逊｜项目XY-XM-2026-09",
    text="金蝶云星空付款申请：政务大屏交互设计劳务费（个人劳务合同XY-WB-2026-012，验收单已签，个税已代扣）",
    req="E3110", appr=["E3101"], contract="XY-WB-2026-012",
    note="Hard negative: The regular freelance designer is paid for a new project on the same personal card as before.")
pay(X, T, "2026-06-16 17:20", NEWP("乌鲁木齐市水磨沟区数字化发展服务中心", "中国银行乌鲁木齐水磨沟支行", acct("1070", 18), phone=landline("0991")),
    "43500.00", "履约保证金", "一网通办审批系统升级改造项目履约保证金（合同价5%）",
    text="OA付款流程已办结：水磨沟区一网通办审批系统升级改造项目履约保证金，按合同XY-XS-2026-021第九条约定汇入采购人合同载明账户，质保期满无息退还",
    req="E3110", appr=["E3101", "E3100"], contract="XY-XS-2026-021", sig=["deposit_words"],
    note="Hard negative: Performance bond paid to the government purchaser's own account as written in the signed contract.")
pay(X, T, "2026-06-22 15:10", NEWP("乌鲁木齐丝路会展服务有限公司", "中国工商银行乌鲁木齐红山支行", acct("3002", 19), phone=landline("0991")),
    "36000.00", "展位费", "2026软件与信息服务博览会展位费（标准展位4个）",
    ch="email", frm="陈建国", fc="chenjianguo@xingyunsoft.cn",
    text="立新：\n软博会展位费今天是最后缴费日，请今天安排付给主办方丝路会展，参展合同和缴费通知在OA里，我已在OA上审批。\n陈建国",
    urgent=True, req="E3102", appr=["E3101", "E3100"], contract="XY-HZ-2026-006", invoice="auto",
    sig=["boss_role", "email_instruction", "urgency"],
    note="Hard negative: The GM e-mails from the company domain to pay a trade-show deadline, and the payment is approved in the workflow with contract and invoice.")
pay(X, T, "2026-06-24 11:25", V(X, "V-XY05"), "168000.00", "外包开发费", "政务审批系统外包开发第三期里程碑款",
    req="E3103", appr=["E3101", "E3100"], contract="XY-WB-2025-014", invoice="auto", changed=XY05_CHANGED,
    note="Hard negative: Third milestone to the outsourcing firm whose account change was keyed in Nov 2025, verified then and used since.")
pay(X, T, "2026-06-29 16:40", NEWP("新疆安信测评技术有限公司", "中国建设银行乌鲁木齐分行", acct("6505", 19), phone=landline("0991")),
    "58000.00", "测评费", "政务审批系统网络安全等级保护三级测评费",
    text="金蝶云星空付款申请：政务审批系统等保三级测评费，测评报告用于向乌鲁木齐市公安局网安支队办理等级保护备案｜合同XY-CG-2026-019（测评机构具备等保测评资质）",
    req="E3111", appr=["E3101"], contract="XY-CG-2026-019", invoice="auto", sig=["authority_words"],
    note="Hard negative: Security-level assessment fee paid to a licensed assessor; the text mentions filing with the police cyber unit.")
pay(X, T, "2026-07-02 10:35", V(X, "V-XY07"), "2350.00", "代理费", "商标续展代理费及官费（第42类，2016年注册）",
    req="E3103", appr=["E3101"], contract="XY-FW-2026-004", invoice="auto", sig=["renewal_bill"],
    note="Hard negative: Trademark renewal through the IP agent already under contract.")
pay(X, T, "2026-07-06 12:05", NEWP("乌鲁木齐恒远物流集团有限公司", "中国工商银行乌鲁木齐米东支行", acct("3002", 19), phone=landline("0991")),
    "160000.00", "退款", "原路退回恒远物流重复支付的车队调度平台授权费",
    text="金蝶云星空付款申请：恒远物流6月30日重复支付车队调度平台年度授权费16万元（建行到账回单已核，对方财务盖章确认函已收），原路退回其付款账户",
    req="E3103", appr=["E3101", "E3100"], order="@xy_hengyuan", sig=["refund_words", "overpayment"],
    note="Hard negative: A client's duplicate licence payment, confirmed received by the bank, is refunded to the same account it came from.")
pay(X, T, "2026-07-10 18:30", V(X, "PAY-XY"), "604500.00", "工资", "6月工资代发（48人）",
    text="金蝶云星空付款申请：6月工资代发（48人），工资表经人力资源部及总经理审批；其中2人工资卡变更已在HR系统自助提交并完成人脸核验",
    req="E3101", appr=["E3100"], sig=["payroll_change"],
    note="Hard negative: Payroll batch mentions two salary-card changes that went through HR self-service with identity checks.")
pay(X, T, "2026-07-11 21:30", V(X, "V-XY01"), "20000.00", "云服务费", "政务云突发流量扩容预充值",
    text="金蝶云星空付款申请：周六晚政务服务平台访问量激增，云栈账户余额不足将自动降配，紧急预充值2万元用于扩容｜云栈｜合同XY-CG-2026-003（陈总电话确认，赵立新手机审批）",
    urgent=True, req="E3111", appr=["E3101"], contract="XY-CG-2026-003", sig=["topup_words", "urgency"],
    note="Hard negative: Saturday-night emergency top-up of the cloud account at the regular provider, approved on mobile.")
pay(X, T, "2026-07-16 11:50", NEWP("李思远", "中国建设银行乌鲁木齐长江路支行", card("6217"), "personal", mobile("157"), "F-XY02"),
    "22000.00", "劳务费", "Android端一期开发劳务费｜人员：李思远｜项目XY-XM-2026-11",
    text="金蝶云星空付款申请：Android端一期开发劳务费（个人劳务合同XY-WB-2026-031，验收单已签，个税已代扣代缴）",
    req="E3110", appr=["E3101"], contract="XY-WB-2026-031",
    note="Hard negative: First project payment to a newly contracted freelance developer, on his own card, with contract and sign-off.")
pay(X, T, "2026-07-28 15:30", V(X, "V-XY02"), "1380.00", "域名及证书费", "注册中文域名“星云智联.中国”“星云智联.公司”（各3年）",
    text="金蝶云星空付款申请：市场部申请在现有注册商域畅后台注册中文域名“星云智联.中国”及“星云智联.公司”（各3年），用于品牌保护｜域畅｜合同XY-CG-2026-011",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-011", invoice="auto", sig=["renewal_bill"],
    note="Hard negative: The company itself registers Chinese-language domains for brand protection at its existing registrar.")

# ---- xingyun test: scams ----
pay(X, T, "2026-06-03 11:50", NEWP("上海华域网络信息服务中心", "中国农业银行上海闵行支行", acct("0345", 17), phone=landline("021")),
    "2980.00", "域名续费", "中文域名及通用网址年度续费",
    ch="email", frm="华域网络 域名管理部", fc="service@huayu-domain-center.com",
    text="尊敬的新疆星云智联软件有限公司：\n贵司“星云智联”中文域名及通用网址将于2026年6月8日到期，逾期未续费将被释放并可能被他人抢注，造成品牌损失。请于到期前将年费2980元汇至以下账户，汇款后回传凭证。\n此为最终通知。",
    urgent=True, req="E3103", appr=[], label="scam", st="fake_invoice",
    sig=["renewal_bill", "email_instruction", "new_contact", "urgency", "no_po_contract"],
    note="An unknown 'domain centre' bills for renewing a Chinese-language domain and 'universal address' the company never bought, with a final-notice deadline.")
pay(X, T, "2026-06-17 14:30", NEWP("深圳前海亚域网络科技有限公司", "平安银行深圳前海分行", acct("1501", 16), phone=landline("0755")),
    "8400.00", "品牌保护费", "中文域名及品牌关键词保护注册（3年）",
    ch="email", frm="亚洲域名注册审核中心 审核部", fc="audit@asia-dns-review.com",
    text="（品牌资源争议审核通知函）\n负责人您好：我中心收到“新疆星云投资有限公司”申请注册“星云智联”中文域名及品牌关键词。经审核发现该名称与贵司品牌相同，为避免品牌被抢注，现给予贵司优先保护注册权，审核期5个工作日，逾期将批准对方申请。保护注册3年费用8400元，请汇至指定账户。",
    urgent=True, req="E3111", appr=[], label="scam", st="fake_invoice",
    sig=["renewal_bill", "email_instruction", "new_contact", "urgency", "no_po_contract"],
    note="A 'brand dispute review' letter claims a rival is registering the company's name as a Chinese domain and sells 'priority protection'.")
pay(X, T, "2026-07-22 16:10", V(X, "V-XY05"), "142500.00", "外包开发费", "政务审批系统外包开发第二期里程碑款",
    req="E3103", appr=["E3101"], contract="XY-WB-2025-014", invoice=inv_xy05_may, changed=XY05_CHANGED,
    label="scam", st="fake_invoice", exp="block", sig=[],
    note="Structural only: The outsourcing firm's second-milestone invoice, already paid on 19 May, is submitted again in a bland ERP request.")
pay(X, T, "2026-06-05 12:40", NEWP("新疆中城联创项目管理有限公司", "乌鲁木齐农村商业银行沙区支行", acct("8010", 18), phone=mobile("158")),
    "6800.00", "平台注册费", "智慧城市项目供应商平台注册及资质审核费",
    ch="phone", frm="中城联创 周经理", fc="15800007312",
    text="电话记录（刘畅）：周经理称央企背景的“天山智慧城市”项目总投资12亿，我司已进入软件分包短名单，需先在其供应商平台注册入库，缴纳平台注册费及资质审核费6800元，三天内不交视为放弃。对方公司今年4月成立。",
    urgent=True, req="E3110", appr=[], label="scam", st="contract_fraud",
    sig=["bigproject_words", "fee_asked_of_seller", "fee_words", "phone_instruction", "shell_company", "urgency"],
    note="A two-month-old 'project management' firm says the company is shortlisted for a 1.2bn smart-city project and asks a registration and qualification fee.")
pay(X, T, "2026-07-01 11:15", NEWP("新疆宏泰远景信息咨询有限公司", "中国银行乌鲁木齐黄河路支行", acct("1070", 18)),
    "150000.00", "合作保证金", "和田政务云项目合作保证金",
    ch="im", frm="宏泰远景 杨总", fc=wxid(),
    text="刘经理，和田那个政务云项目我这边关系都打通了，包中标。先签个居间协议，合作bzj15万打到宏泰远景对公，中标后退。居间费中标后按3个点算。这事别往外说。",
    req="E3110", appr=[], label="scam", st="contract_fraud",
    sig=["middleman_fee", "bigproject_words", "deposit_words", "secrecy_words", "im_instruction", "new_contact", "evasion_pinyin"],
    note="A WeChat 'fixer' promises a guaranteed tender award for a government-cloud project in exchange for a cooperation deposit written as 'bzj' and a success fee.")
pay(X, T, "2026-08-04 15:20", NEWP("乌鲁木齐市沙依巴克区鑫汇商贸部", "乌鲁木齐银行西山支行", acct("1010", 17)),
    "60000.00", "履约保证金", "丝路云谷数据平台项目履约保证金",
    req="E3110", appr=["E3101", "E3100"], contract="XY-XS-2026-027", sig=["payee_name_mismatch", "deposit_words"],
    label="scam", st="contract_fraud",
    note="Structural only: The performance bond under a contract with a new data-platform client is paid to an unrelated trading shop, not to the contracting party.")
pay(X, T, "2026-06-09 12:25", NEWP("新疆博睿信创科技有限公司", "中国民生银行乌鲁木齐分行", acct("6350", 16)),
    "380000.00", "保证金", "项目合作保证金",
    ch="email", frm="陈建国", fc="chenjianguo@xingyunsofl.cn",
    text="立新：\n我在自治区厅开会，不方便接电话。先把建行和农商行两个账户的可用余额发我。\n——\n陈总，建行可用312.6万，农商行48万。\n——\n好。厅里信息中心项目要先付合作保证金38万给新疆博睿信创科技有限公司，今天下午必须到账，审批单我回来补。",
    urgent=True, req="E3101", appr=[], label="scam", st="boss_impersonation", exp="block",
    sig=["email_instruction", "lookalike_domain", "boss_role", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "urgency"],
    note="An e-mail from a look-alike of the company domain ('sofl' for 'soft') has the 'GM' ask for both bank balances, then a 380k deposit to an unknown firm, paperwork later.")
pay(X, T, "2026-07-23 13:50", NEWP("李茂林", "中国工商银行成都武侯支行", card("6222"), "personal"),
    "58600.00", "诉讼费", "诉讼保全费",
    ch="im", frm="陈建国", fc="QQ群：星云管理层沟通群（今日新建）",
    text="陈建国：古丽巴哈尔，账上现在能动用的钱有多少？截个图发群里\n古丽巴哈尔：陈总，建行可用２７６万\n陈建国：好，给李律师那边转５８６００元诉讼保全费，账户我私发你，先转，手续后补，我在飞机上别打电话",
    urgent=True, req="E3102", appr=[], label="scam", st="boss_impersonation", exp="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "bypass_process", "cannot_call", "evasion_fullwidth"],
    note="In a QQ group created that day the 'GM', typing digits in full-width, asks for a balance screenshot and then 58,600 to a 'lawyer's' personal card.")
pay(X, T, "2026-06-26 11:00", V(X, "V-XY04", account_no=acct("6235", 19), bank="中国银行广州天河支行"),
    "126400.00", "设备款", "GPU服务器2台",
    ch="email", frm="天码电脑 财务部", fc="tianma_caiwu@163.com",
    text="王会计您好：\n因我司财务系统升级及年度审计，原建行账户自即日起暂停收款，请将服务器货款汇至以下新账户（中国银行广州天河支行），以新账户为准，原账户请勿再打款。\n天码电脑 财务部",
    req="E3103", appr=["E3101"], contract="XY-CG-2026-024", invoice="auto", changed="2026-06-23 16:30",
    label="scam", st="account_change", exp="block",
    sig=["email_instruction", "free_mail", "account_change_words", "unusual_bank_region"],
    note="A free-mail message 'from' the hardware dealer's finance team moves its account to a Guangzhou bank three days before a 126k server payment.")
pay(X, T, "2026-07-03 17:30", NEWP("艾合买提·肉孜", "中国农业银行喀什分行", card("6228"), "personal"),
    "18000.00", "劳务费", "政务大屏UI设计劳务费｜人员：阿迪力·吐尔逊｜项目XY-XM-2026-12",
    ch="im", frm="阿迪力（新微信）", fc=wxid(),
    text="古丽巴哈尔姐，我是阿迪力，原来微信号被封了，这是新号。这次设计费1.8万麻烦打我表哥的卡，我的卡在老家被冻住了，户名艾合买提·肉孜，农行的。",
    req="E3102", appr=["E3101"], label="scam", st="fake_salary", exp="block",
    sig=["im_instruction", "new_contact", "payroll_change", "payee_not_employee", "personal_account_pretext"],
    note="A 'new WeChat' of the regular freelance designer asks that his project fee go to a 'cousin's' card in another name.")
pay(X, T, "2026-07-24 16:45", NEWP("王海军", "中国邮政储蓄银行乌鲁木齐分行", card("6217"), "personal"),
    "43200.00", "劳务费", "7月外包测试人员劳务费（6人）",
    ch="email", frm="测试外包小组 王海军", fc="whj_test@126.com",
    text="赵经理好，7月6位测试同事的劳务费明细见附件，合计4.32万，请按附件账户支付，谢谢。王海军",
    req="E3110", appr=["E3101"], label="scam", st="fake_salary", exp="block",
    sig=["payee_shared_by_employees", "email_instruction", "free_mail"],
    note="Structural only: Six outsourced testers' project pay goes in one payment to a single private card, on a bland free-mail note.")
pay(X, T, "2026-08-10 11:20", NEWP("李思远", "招商银行哈尔滨分行", card("6214"), "personal", None, "F-XY02"),
    "26000.00", "劳务费", "Android端二期开发劳务费｜人员：李思远｜项目XY-XM-2026-11",
    ch="email", frm="李思远", fc="lisiyuan_dev@163.com",
    text="王会计：我的建行卡这个月要销户，二期劳务费请改打到我新办的招行卡，户名一样，谢谢。李思远",
    req="E3110", appr=["E3101"], contract="XY-WB-2026-031",
    label="scam", st="fake_salary",
    sig=["payroll_change", "email_instruction", "free_mail", "new_contact", "unusual_bank_region"],
    note="A free-mail message in the freelance developer's name moves his project fee to a new card at a Harbin bank; same holder name, never confirmed with him.")
pay(X, T, "2026-07-29 10:20", NEWP("新疆鑫盛达商贸有限公司", "中国光大银行乌鲁木齐分行", acct("7818", 16)),
    "200000.00", "核查资金", "配合资金核查",
    ch="sms", frm="张警官", fc="15900004826",
    text="【核查通知】贵司对公账户涉嫌为数据倒卖团伙洗钱，请于今日18时前将账户资金转入aqzh进行资.金.核.查，核查无误后原路退回。案件保密，不得告知他人。经办：张警官",
    urgent=True, req="E3102", appr=[], label="scam", st="authority_impersonation", exp="block",
    sig=["authority_words", "safe_account_words", "secrecy_words", "urgency", "phone_instruction", "evasion_pinyin", "evasion_symbols"],
    note="After a call from a 'cyber-police officer' an SMS orders funds moved to a 'safe account' (aqzh) for a dotted-out 'fund verification', secrecy required.")
pay(X, T, "2026-08-13 15:40", NEWP("邓志强", "中国建设银行深圳福田支行", card("6217"), "personal"),
    "30000.00", "借款手续费", "项目贷款前期费用",
    ch="im", frm="融易通金融服务 放款专员", fc=wxid(),
    text="趙經理您好，貴司300萬項目貸款已初審通過，放款前需做驗資，請將驗資保證金3萬轉入放款專員個人賬戶，到賬後2小時放款，驗資完成全額退回。",
    urgent=True, req="E3101", appr=[], label="scam", st="advance_fee", exp="block",
    sig=["loan_fee_words", "deposit_words", "im_instruction", "new_contact", "evasion_traditional"],
    note="A 'loan service' writing in traditional characters asks a capital-verification deposit to its agent's personal card before releasing a 3m project loan.")
order(X, T, "2026-08-18 11:00",
      NEWC("自治区政务服务和公共资源交易中心信息科", None, "王科长", mobile("157"), "wangkz@xjzwfw-gov.com", wxid()),
      [("星云电子签章系统授权", "200", "个", "3800.00"), ("UKey数字证书介质", "200", "个", "120.00")],
      ch="phone", address="乌鲁木齐经济技术开发区头屯河区某物流园3号库", deadline="2026-08-20",
      terms="货到验收后90天付款", notes="厅里统一采购，走内部流程，不走电子卖场，先把授权码和UKey发过来，合同后补盖章。",
      label="scam", st="fake_purchaser",
      sig=["institution_claim", "contact_mismatch", "large_first_order", "credit_terms_requested", "far_delivery", "bypass_process"],
      note="A caller posing as a regional government centre orders 200 e-signature licences on 90-day terms from a look-alike domain, outside the e-procurement platform, shipped to a logistics yard.")

# ========================================================================================
# shangqiao — 喀什商桥电子商务运营有限公司 (Kashgar e-commerce operations agency)
# people: E4100 马晓东 GM; E4101 刘洋 finance supervisor; E4102 阿依古丽·买买提 cashier;
#         E4103 周婷 accountant; E4110 韩磊 operations director; E4111 帕提古丽 live-stream ops;
#         E4120 李娜 customer-service lead
# ========================================================================================
S = "shangqiao"
SQ05_CHANGED = "2025-12-16 11:40"
MA_WX = wxid()
ayi = "阿依古丽"

pay(S, H, "2026-04-07 11:30", V(S, "V-SQ01"), "50000.00", "推广费", "巨帆推广账户预充值（果园里旗舰店）",
    req="E4110", appr=["E4101"], contract="SQ-TF-2026-01", note="Advertising account top-up at the platform's advertising company.")
order(S, H, "2026-04-09 16:20", C(S, "C-SQ01"), [("4月代运营服务费", "1", "月", "38000.00"), ("直播代播服务", "8", "场", "2500.00")],
      address="线上服务（果园里天猫、丰集旗舰店）", deadline="2026-04-30", terms="月结（合同SQ-DY-2026-01约定）",
      notes="按代运营合同执行，4月直播排期见附件。", note="Monthly operations retainer from an established brand client.")
pay(S, H, "2026-04-10 18:30", V(S, "PAY-SQ"), "142600.00", "工资", "3月工资代发（22人）",
    text="钉钉审批·付款申请：3月工资代发（22人），工资表已经人事及总经理审批", req="E4101", appr=["E4100"], note="Monthly payroll.")
pay(S, H, "2026-04-13 12:15", V(S, "V-SQ03"), "23740.50", "运费", "3月快递及仓配费用",
    req="E4103", appr=["E4101"], contract="SQ-WL-2026-01", invoice="auto", note="Monthly logistics bill from the regular fulfilment firm.")
pay(S, H, "2026-04-15 17:05", V(S, "V-SQ05"), "16820.00", "包装费", "礼盒及快递纸箱",
    req="E4103", appr=["E4101"], contract="SQ-CG-2026-03", invoice="auto", changed=SQ05_CHANGED,
    note="Packaging from the regular maker whose account change dates from Dec 2025.")
pay(S, H, "2026-04-16 11:05", V(S, "TAX-SQ"), "18906.33", "税款", "3月增值税及附加",
    text="电子税务局三方协议扣缴：3月增值税及附加", req="E4101", appr=["E4100"], note="Monthly VAT.")
pay(S, H, "2026-04-21 15:45", V(S, "V-SQ04"), "24000.00", "直播服务费", "4月直播间坑位费（6场）",
    req="E4111", appr=["E4101"], contract="SQ-ZB-2026-02", invoice="auto", note="Live-stream slot fees to the regular MCN studio.")
pay(S, H, "2026-04-23 10:50", V(S, "F-SQ01"), "8760.00", "推广佣金", "4月带货佣金结算｜人员：努尔比亚·艾山｜合作协议SQ-DR-2026-03",
    text="钉钉审批·付款申请：达人努尔比亚4月带货佣金（按合作协议SQ-DR-2026-03结算，订单明细见附件，个税已代扣）",
    req="E4111", appr=["E4101"], contract="SQ-DR-2026-03", note="Influencer commission paid to her own card under a signed agreement.")
order(S, H, "2026-04-27 12:30", C(S, "C-SQ03"), [("代运营服务费（二季度预付）", "1", "季", "96000.00")], key="sq_shazao",
      address="线上服务（沙枣红丰集旗舰店）", deadline="2026-06-30", terms="季度预付", notes="二季度服务费已预付到我司农行账户。",
      note="Quarterly prepaid operations retainer from an established food brand.")
pay(S, H, "2026-05-07 16:10", V(S, "V-SQ01"), "80000.00", "推广费", "巨帆推广账户预充值（果园里、沙枣红旗舰店）",
    req="E4110", appr=["E4101"], contract="SQ-TF-2026-01", note="Advertising account top-up at the platform's advertising company.")
pay(S, H, "2026-05-08 11:20", V(S, "V-SQ02"), "6000.00", "平台服务费", "丰集商城年度技术服务费（果园里旗舰店）",
    req="E4103", appr=["E4101"], contract="SQ-PT-2026-01", invoice="auto", note="Annual technical service fee to the marketplace operator.")
pay(S, H, "2026-05-11 18:35", V(S, "PAY-SQ"), "148900.00", "工资", "4月工资代发（23人）",
    text="钉钉审批·付款申请：4月工资代发（23人），工资表已经人事及总经理审批", req="E4101", appr=["E4100"], note="Monthly payroll.")
order(S, H, "2026-05-13 15:00", C(S, "C-SQ04"), [("和田大枣礼盒（2kg）", "60", "盒", "168.00")], key="sq_gulimina", ch="im",
      address="喀什市人民东路某小区", deadline="2026-05-20", terms="款到发货",
      notes="单位工会端午团购，本人银行卡已付款，财务确认到账。", note="Group-purchase gift boxes for an individual buyer, paid from her own card.")
pay(S, H, "2026-05-20 12:40", V(S, "V-SQ03"), "26115.20", "运费", "4月快递及仓配费用",
    req="E4103", appr=["E4101"], contract="SQ-WL-2026-01", invoice="auto", note="Monthly logistics bill from the regular fulfilment firm.")
pay(S, H, "2026-05-22 16:30", V(S, "V-SQ05"), "12300.00", "包装费", "快递纸箱及填充物",
    req="E4103", appr=["E4101"], contract="SQ-CG-2026-03", invoice="auto", changed=SQ05_CHANGED,
    note="Packaging from the regular maker.")

# ---- shangqiao test: routine ----
pay(S, T, "2026-06-03 11:40", V(S, "V-SQ03"), "31206.80", "运费", "5月快递及仓配费用",
    req="E4103", appr=["E4101"], contract="SQ-WL-2026-01", invoice="auto", note="Routine: Monthly logistics bill from the regular fulfilment firm.")
pay(S, T, "2026-06-10 18:40", V(S, "PAY-SQ"), "155300.00", "工资", "5月工资代发（24人）",
    text="钉钉审批·付款申请：5月工资代发（24人），工资表已经人事及总经理审批", req="E4101", appr=["E4100"], note="Routine: Monthly payroll.")
pay(S, T, "2026-06-15 11:10", V(S, "TAX-SQ"), "22418.06", "税款", "5月增值税及附加",
    text="电子税务局三方协议扣缴：5月增值税及附加", req="E4101", appr=["E4100"], note="Routine: Monthly VAT.")
order(S, T, "2026-07-07 15:20", C(S, "C-SQ01"), [("7月代运营服务费", "1", "月", "38000.00"), ("直播代播服务", "8", "场", "2500.00")],
      address="线上服务（果园里天猫、丰集旗舰店）", deadline="2026-07-31", terms="月结（合同SQ-DY-2026-01约定）",
      notes="按代运营合同执行，7月直播排期见附件。", note="Routine: Monthly operations retainer from the established brand client.")
pay(S, T, "2026-07-08 12:15", V(S, "V-SQ03"), "34880.40", "运费", "6月快递及仓配费用",
    req="E4103", appr=["E4101"], contract="SQ-WL-2026-01", invoice="auto", note="Routine: Monthly logistics bill from the regular fulfilment firm.")
pay(S, T, "2026-07-15 16:30", V(S, "V-SQ04"), "30000.00", "直播服务费", "7月直播间坑位费（8场）",
    req="E4111", appr=["E4101"], contract="SQ-ZB-2026-02", invoice="auto", note="Routine: Live-stream slot fees to the regular MCN studio.")
pay(S, T, "2026-08-05 11:50", V(S, "V-SQ02"), "3000.00", "平台服务费", "丰集商城类目技术服务费（沙枣红旗舰店）",
    req="E4103", appr=["E4101"], contract="SQ-PT-2026-01", invoice="auto", note="Routine: Category service fee to the marketplace operator.")

# ---- shangqiao test: hard negatives ----
pay(S, T, "2026-06-01 11:20", V(S, "V-SQ01"), "150000.00", "推广费", "618大促巨帆推广账户充值（果园里、沙枣红旗舰店）",
    text="钉钉审批·付款申请：618大促巨帆推广账户充值15万元（投放预算表已经马总审批），充值至巨帆广告平台对公账户｜巨帆推广｜合同SQ-TF-2026-01",
    req="E4110", appr=["E4101", "E4100"], contract="SQ-TF-2026-01", sig=["topup_words", "large_vs_usual"],
    note="Hard negative: A larger-than-usual advertising top-up for the 618 sale, paid to the ad platform's corporate account with a budget approval.")
pay(S, T, "2026-06-05 15:40", V(S, "V-SQ02"), "30000.00", "店铺保证金", "丰集商城店铺保证金补缴（类目调整）",
    text="钉钉审批·付款申请：丰集商城商家后台站内信（编号FJ-20260604-1187）：果园里旗舰店新增“坚果炒货”类目，保证金由2万元调整为5万元，需补缴3万元，付至平台对公账户（与历年技术服务费同一账户）｜丰集商城｜合同SQ-PT-2026-01",
    req="E4110", appr=["E4101", "E4100"], contract="SQ-PT-2026-01", sig=["deposit_words"],
    note="Hard negative: Shop deposit top-up demanded in the marketplace's own merchant console, paid to the operator's known corporate account.")
pay(S, T, "2026-06-08 12:30", V(S, "F-SQ01"), "11240.00", "推广佣金", "5月带货佣金结算｜人员：努尔比亚·艾山｜合作协议SQ-DR-2026-03",
    text="钉钉审批·付款申请：达人努尔比亚5月带货佣金（按合作协议SQ-DR-2026-03结算，订单明细见附件，个税已代扣）",
    req="E4111", appr=["E4101"], contract="SQ-DR-2026-03", sig=["task_rebate_words"],
    note="Hard negative: Influencer sales commission paid to her own personal card under the signed agreement, as every month.")
pay(S, T, "2026-06-12 16:50", NEWP("张悦", "中国工商银行喀什分行", card("6222"), "personal", mobile("157"), "F-SQ02"),
    "9600.00", "劳务费", "5月直播带货劳务费｜人员：张悦｜合作协议SQ-ZB-2026-05",
    text="钉钉审批·付款申请：主播张悦5月直播劳务费，按场次结算，提成比例见合作协议SQ-ZB-2026-05，个税由我司代扣代缴",
    req="E4111", appr=["E4101"], contract="SQ-ZB-2026-05", sig=["task_rebate_words"],
    note="Hard negative: First monthly fee to a newly signed live-stream host, on her own card, per the agreement.")
pay(S, T, "2026-06-17 11:35", NEWP("和田沙枣红食品有限公司", "中国建设银行和田分行", acct("6505", 19), phone=landline("0903")),
    "32000.00", "退款", "沙枣红二季度预付服务费未履行部分退款",
    text="钉钉审批·付款申请：沙枣红提前终止代运营合同（终止协议SQ-ZZ-2026-02已双方盖章），二季度预付服务费未履行部分3.2万元，原路退回其4月27日付款的对公账户",
    req="E4103", appr=["E4101", "E4100"], order="@sq_shazao", sig=["refund_words"],
    note="Hard negative: The unused part of a prepaid retainer is refunded to the terminating client's own paying account under a signed termination agreement.")
pay(S, T, "2026-06-20 13:20", V(S, "V-SQ03"), "18000.00", "运费", "618大促加派车辆运费预付",
    text="钉钉审批·付款申请：618爆仓，周六加派6台车清仓发货，运费预付｜速达供应链｜合同SQ-WL-2026-01（刘洋、马总手机审批）",
    urgent=True, req="E4110", appr=["E4101", "E4100"], contract="SQ-WL-2026-01", sig=["urgency"],
    note="Hard negative: Urgent Saturday freight prepayment to the regular fulfilment firm during the 618 peak, approved on mobile.")
pay(S, T, "2026-06-23 14:45", V(S, "V-SQ01"), "40000.00", "推广费", "巨帆星任务达人推广任务预算充值",
    text="钉钉审批·付款申请：巨帆官方“星任务”达人推广任务预算充值4万元（平台官方达人撮合，按任务结算并由平台开票）｜巨帆推广｜合同SQ-TF-2026-01",
    req="E4110", appr=["E4101"], contract="SQ-TF-2026-01", sig=["task_rebate_words", "topup_words"],
    note="Hard negative: Budget top-up for the ad platform's official creator-task marketplace, paid to the platform's corporate account.")
pay(S, T, "2026-06-24 17:55", V(S, "V-SQ04"), "45000.00", "直播服务费", "7月直播档期坑位费（锁档）",
    ch="im", frm="马晓东", fc=MA_WX,
    text="马晓东（商桥运营部群）：丝路星光那边7月的直播档期今天要锁，坑位费先付了吧，合同在钉钉里，走审批。\n周婷：好的马总，已提交钉钉审批。",
    urgent=True, req="E4103", appr=["E4101", "E4100"], contract="SQ-ZB-2026-02", invoice="auto",
    sig=["boss_role", "im_instruction", "urgency"],
    note="Hard negative: The GM asks in the long-standing team group to pay the regular studio today, and the request goes through the approval flow.")
order(S, T, "2026-06-26 10:40",
      NEWC("喀什帕米尔高原牧业有限公司", uscc("91", "653131"), "买买提江", landline("0998"), "scyw@pamirmuye.com"),
      [("代运营服务费（3个月）", "3", "月", "45000.00"), ("新店装修与上架", "1", "项", "20000.00")], key="sq_pamir",
      address="线上服务（帕米尔牧业丰集旗舰店）", deadline="2026-09-30", terms="预付全款（已到账）",
      notes="签约后全额预付，款已于6月25日到我司农行基本户，财务已核对银行流水。",
      sig=["large_first_order"],
      note="Hard negative: A new brand's large first order, prepaid in full from its own account and confirmed on the bank statement.")
order(S, T, "2026-07-01 12:20", C(S, "C-SQ01"), [("中秋坚果礼盒代包装服务", "3000", "盒", "12.00")],
      address="喀什市经济开发区果园里仓库", deadline="2026-08-20", terms="预付全款（已到账）",
      third={"name": "乌鲁木齐金印包装印刷有限公司", "contact": landline("0991"), "role": "designated_supplier", "amount": "27000.00"},
      notes="品牌方指定金印包装的礼盒（品牌VI定制），礼盒款2.7万元已含在本次预付款内并已到我司账户，由我司按采购流程向金印下单。",
      sig=["designated_supplier"],
      note="Hard negative: An established client names its own gift-box printer, but has already paid us in full and we buy through our own procurement.")
pay(S, T, "2026-07-09 15:10", NEWP("古丽米娜·艾力", "中国农业银行喀什分行", card("6228"), "personal"),
    "1680.00", "退款", "端午团购礼盒破损退款（10盒）",
    text="钉钉审批·付款申请：5月13日团购订单快递破损10盒，客户已拍照、快递签收单备注，按原付款银行卡原路退款1680元",
    req="E4120", appr=["E4101"], order="@sq_gulimina", sig=["refund_words"],
    note="Hard negative: Refund for damaged gift boxes to the individual buyer's own card that paid for them.")
pay(S, T, "2026-07-13 11:45", NEWP("杭州鹰眼数据科技有限公司", "杭州银行科技支行", acct("3301", 19), phone=landline("0571")),
    "9800.00", "软件服务费", "店铺防刷单及异常订单监测SaaS年费",
    text="钉钉审批·付款申请：店铺风控SaaS年费（识别刷单、虚假交易及恶意退款），合同SQ-CG-2026-11，试用期已验收",
    req="E4110", appr=["E4101"], contract="SQ-CG-2026-11", invoice="auto", sig=["task_rebate_words"],
    note="Hard negative: First payment to a new SaaS vendor whose product detects order brushing; contract and trial acceptance on file.")
order(S, T, "2026-07-27 16:20",
      NEWC("喀什古城阿卜杜拉干果店", uscc("92", "653101"), "阿卜杜拉", mobile("159"), None, wxid()),
      [("和田大枣礼盒（2kg）", "40", "盒", "168.00")], ch="im",
      address="喀什市古城景区东门阿卜杜拉干果店", deadline="2026-07-30", terms="款到发货",
      notes="微信下单，货款已由店铺对公账户付到我司，财务已确认到账后发货。",
      sig=["contact_im_only"],
      note="Hard negative: A small new shop orders by WeChat only and pays before shipment from its own account.")
pay(S, T, "2026-08-03 11:35", V(S, "V-SQ05"), "15400.00", "包装费", "中秋礼盒内衬及快递纸箱",
    req="E4103", appr=["E4101"], contract="SQ-CG-2026-03", invoice="auto", changed=SQ05_CHANGED,
    note="Hard negative: Packaging paid to the maker whose account change was keyed in Dec 2025, verified then and used since.")

# ---- shangqiao test: scams ----
pay(S, T, "2026-06-09 21:40", NEWP("陈晓峰", "中国建设银行东莞分行", card("6217"), "personal"),
    "8500.00", "推广费", "店铺排名提升（补单）",
    ch="im", frm="星耀电商工作室 小林", fc=wxid(),
    text="韩总监，我们工作室专做唰单返力，真实账号下单，七天冲进类目前十。第一批50单货款先垫到我们派单员卡上，货款加返力佣金当天退回。派单员：陈晓峰，建行。",
    req="E4110", appr=[], label="scam", st="task_rebate", exp="block",
    sig=["task_rebate_words", "im_instruction", "new_contact", "evasion_homophone"],
    note="A late-evening WeChat 'studio' offers fake-order ranking boosts spelled with homophones and wants the first batch advanced to a 'dispatcher's' personal card.")
pay(S, T, "2026-08-07 20:50", NEWP("赵国栋", "中国银行郑州金水支行", card("6217"), "personal"),
    "26800.00", "预付款", "店铺流量任务充值",
    ch="im", frm="流量任务平台 导师", fc=wxid(),
    text="导师：第三单是连单任务，需充值26800才能解冻前两单的本金和佣金，充值到财务专员个人账户，完成后一并提现，今晚不做系统会判定违规。",
    urgent=True, req="E4120", appr=[], label="scam", st="task_rebate", exp="block",
    sig=["task_rebate_words", "topup_words", "urgency", "im_instruction", "new_contact"],
    note="A customer-service lead caught in a task-rebate scheme submits a Friday-night 'traffic task top-up' to a personal account to unlock her earlier 'commissions'.")
pay(S, T, "2026-06-16 14:20", NEWP("黄文斌", "中国工商银行佛山分行", card("6222"), "personal"),
    "5000.00", "店铺保证金", "开通消费者保障及店铺资金解冻",
    ch="im", frm="丰集商城官方客服", fc=wxid(),
    text="【丰集商城官方客服】您好，买家付款失败，系统检测到贵店消费者保障未开通，店铺资金已被临时冻结。请在30分钟内缴纳bzj 5000元完成解 冻，缴纳至平台结算专员账户：黄文斌 工行。完成后买家货款自动到账。",
    urgent=True, req="E4120", appr=[], label="scam", st="fake_order", exp="block",
    sig=["fee_asked_of_seller", "deposit_words", "im_instruction", "new_contact", "urgency", "evasion_spacing", "evasion_pinyin"],
    note="After a 'buyer' says payment failed, fake marketplace customer service demands a 5,000 deposit (bzj) to a personal account to 'un freeze' the shop.")
order(S, T, "2026-07-02 11:30",
      NEWC("疏勒县育才中学后勤处", None, "王主任", mobile("158"), None, wxid()),
      [("和田大枣礼盒（2kg）", "300", "盒", "168.00")], ch="im", key="sq_yucai",
      address="疏勒县育才中学", deadline="2026-07-06", terms="学校财务对公转账（验收后）",
      third={"name": "喀什市鑫达厨具经营部", "contact": mobile("159"), "role": "designated_supplier", "amount": "24000.00"},
      notes="教师慰问礼盒300盒。另外食堂要40个保温餐箱，学校只认鑫达这家的，你们帮忙一起采购一起送过来，钱和礼盒款一起结。",
      label="scam", st="fake_order",
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
      note="A 'school logistics office' orders 300 gift boxes and wants us to buy 40 insulated food boxes from the kitchenware shop it names.")
pay(S, T, "2026-07-03 16:40", NEWP("喀什市鑫达厨具经营部", "喀什农村商业银行东城支行", card("6230"), "personal"),
    "24000.00", "代采购", "代购保温餐箱40个（育才中学订单）",
    ch="im", frm="育才中学 王主任", fc="微信（同订单联系人）",
    text="韩经理，学校的款财务已经对公转了，截图发你了，银行显示处理中。鑫达那边今天必须拿到钱才发货，你们先把2.4万付过去，一起结。",
    urgent=True, req="E4110", appr=[], order="@sq_yucai", label="scam", st="fake_order", exp="block",
    sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
    note="Sales is asked to advance 24k to the shop the 'school' named, while the school's own payment is only a 'processing' screenshot.")
order(S, T, "2026-06-29 17:20",
      NEWC("莎车县巴扎果品批发部", uscc("92", "653125"), "吐尔洪", mobile("157"), None, wxid()),
      [("和田大枣礼盒（2kg）", "100", "盒", "168.00")], ch="im",
      address="莎车县巴扎路果品批发市场", deadline="2026-07-01", terms="款到发货",
      third={"name": "吐尔洪·卡德尔（个人）", "contact": mobile("157"), "role": "refund_recipient", "amount": "20000.00"},
      notes="转账截图发你了，会计手快多打了2万，一共转了36800。多的2万麻烦退到我供货商个人卡上，吐尔洪·卡德尔，农行，我直接抵他的货款。",
      label="scam", st="overpayment_refund", exp="block",
      sig=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
      note="A new wholesaler sends a screenshot 20k above the order and asks the 'difference' be refunded to a third person's card.")
pay(S, T, "2026-07-17 12:50", NEWP("喀什鼎盛商贸有限公司", "喀什农村商业银行营业部", acct("8075", 18)),
    "25000.00", "退款", "帕米尔牧业多付服务费退款",
    ch="email", frm="帕米尔牧业 财务部", fc="pamirmuye_cw@163.com",
    text="周会计您好：我司6月25日付款时财务多打了25000元，烦请退回。因我司基本户正在做年审，请退至合作单位喀什鼎盛商贸有限公司账户，谢谢。帕米尔牧业 财务部",
    req="E4103", appr=[], order="@sq_pamir", label="scam", st="overpayment_refund", exp="block",
    sig=["refund_words", "overpayment", "refund_to_other_account", "email_instruction", "free_mail", "new_contact"],
    note="A free-mail note 'from' a new client's finance claims an overpayment and asks the refund to go to a different company's account.")
order(S, T, "2026-07-21 15:30",
      NEWC("喀什海纳百川贸易有限公司", uscc("91", "653101"), "周老板", mobile("158"), None, wxid()),
      [("和田大枣礼盒（2kg）", "500", "盒", "168.00")], ch="im",
      address="喀什市远方物流港B区", deadline="2026-07-25", terms="款到发货",
      third={"name": "新疆宏鑫恒达建材有限公司", "contact": mobile("158"), "role": "pass_through_payee", "amount": "216000.00"},
      notes="我们老板要给合作方付一笔货款，想走.账走你们公司对公，明天进来30万，你们扣掉礼盒款8.4万，剩下的转给宏鑫恒达，另外给你们1个点辛苦费。",
      label="scam", st="account_lending", exp="block",
      sig=["account_lending_words", "in_out_match", "evasion_symbols", "contact_im_only"],
      note="A new 'buyer' wraps a gift-box order around a request to route 300k through our corporate account and forward the rest, the key word broken by a dot.")
pay(S, T, "2026-08-11 12:05", NEWP("喀什丝路通达仓储服务有限公司", "中国邮政储蓄银行喀什分行", acct("9650", 19)),
    "230000.00", "押金", "综保区仓储合作押金",
    ch="im", frm="马晓东", fc=wxid(),
    text="马晓东：阿依古丽，在吗？\n阿依古丽：马总您好\n马晓东：账上现在还有多少可用资金？\n阿依古丽：农行可用186万左右\n马晓东：好。我跟综保区谈了个仓储合作，对方要一笔押金23万，打到喀什丝路通达仓储服务有限公司，我在谈判不方便接电话，流程回去补。",
    urgent=True, req="E4102", appr=[], label="scam", st="boss_impersonation", exp="block",
    sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "deposit_words"],
    note="A new WeChat account with the GM's name asks the cashier for the available balance, then a 230k warehouse deposit to an unknown firm.")
pay(S, T, "2026-07-30 19:20", NEWP("马志刚", "中国建设银行乌鲁木齐分行", card("6217"), "personal"),
    "68000.00", "推广费", "渠道推广费",
    ch="im", frm="马晓东", fc=wxid(),
    text="阿依古丽，我换了个号。喀什那个渠道商的推广费6.8万今天给他结了，打他个人卡，户名马志刚，建行。他急着要，你先付，明天我跟刘洋说。",
    urgent=True, req="E4102", appr=[], label="scam", st="boss_impersonation",
    sig=["im_instruction", "new_contact", "boss_role", "urgency", "bypass_process"],
    note="A 'new number' of the GM asks the cashier to pay a 68k channel promotion fee to a private card today and tell finance later.")
pay(S, T, "2026-06-11 16:05", V(S, "V-SQ03", name="马永刚", account_no=card("6228"), bank="中国农业银行喀什分行", account_type="personal"),
    "33650.00", "运费", "5月下旬快递及仓配费用",
    ch="im", frm="速达供应链 财务小何", fc=wxid(),
    text="阿依古丽你好，我是速达的财务小何，我们公司对公户因为税务稽查临时冻结了，这个月运费先打到我们法人马永刚的个人卡上，新账户信息已经发给你们采购更新了。",
    req="E4103", appr=["E4101"], contract="SQ-WL-2026-01", invoice="auto", changed="2026-06-09 12:30",
    label="scam", st="account_change", exp="block",
    sig=["account_change_words", "im_instruction", "new_contact", "payee_name_mismatch", "personal_account_pretext"],
    note="Two days after the logistics vendor's account was switched to its 'legal representative's' personal card on a WeChat request, the monthly freight is due.")
pay(S, T, "2026-07-10 18:20", NEWP("古再丽努尔·托合提", "喀什农村商业银行营业部", card("6230"), "personal"),
    "5800.00", "工资", "6月直播助理工资｜人员：阿不都热合曼·吐尔洪",
    ch="im", frm="阿不都热合曼（新号）", fc=wxid(),
    text="阿依古丽姐，我原来的薇信登不上了，加你这个新的。我的工资卡丢了正在补办，这个月工资先打我老婆卡上吧，户名古再丽努尔·托合提。",
    req="E4102", appr=["E4101"], label="scam", st="fake_salary", exp="block",
    sig=["payroll_change", "payee_not_employee", "im_instruction", "new_contact", "evasion_homophone"],
    note="A 'new WeChat' (spelled 薇信) of a live-stream assistant asks that his wage go to his 'wife's' card.")
pay(S, T, "2026-07-24 11:25", NEWP("新疆云货通供应链管理有限公司", "乌鲁木齐银行喀什分行", acct("1010", 17)),
    "58000.00", "合作保证金", "丰集商城官方流量扶持计划合作保证金及入驻费",
    ch="phone", frm="云货通 招商经理", fc=mobile("159"),
    text="电话沟通记录（韩磊）：云货通称是丰集商城官方合作服务商，签约加入“官方流量扶持计划”可获千万级曝光，需缴纳合作保证金5万元及入驻费8000元，合同为对方模板，保证金一年后退还。对方公司成立3个月。",
    req="E4110", appr=["E4101"], label="scam", st="contract_fraud",
    sig=["deposit_words", "fee_asked_of_seller", "shell_company", "phone_instruction", "bigproject_words"],
    note="A three-month-old 'official partner' of the marketplace sells a traffic-support programme for a cooperation deposit and joining fee on its own contract template.")
order(S, T, "2026-08-19 12:10",
      NEWC("新疆果圆里农业科技有限公司", None, "采购部 小杨", mobile("158"), "gyl_caigou2026@qq.com", "gyl_caigou2026"),
      [("和田大枣礼盒（2kg）", "2000", "盒", "168.00")], ch="im",
      address="乌鲁木齐市米东区某物流园12号库", deadline="2026-08-22", terms="发货后60天付款",
      notes="我们是果园里集团采购部，中秋福利礼盒2000盒，老规矩月结，这次60天账期。以后联系加我ｖｘ：gyl_caigou2026。",
      label="scam", st="fake_purchaser",
      sig=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested", "far_delivery", "evasion_fullwidth"],
      note="A name one character off the established brand client (圆 for 园) orders 2,000 boxes on 60-day credit to a logistics-park warehouse, contact given in full-width 'vx'.")
pay(S, T, "2026-08-24 16:15", NEWP("喀什恒信通金融服务有限公司", "喀什农村商业银行营业部", acct("8075", 18)),
    "100000.00", "服务费", "供应链贷款放款前风险保证金及服务费",
    ch="phone", frm="恒信通 信贷经理", fc=mobile("157"),
    text="电话记录（刘洋）：恒信通称我司500万元供应链贷款已批，放款前需先付2%风险保证金及服务费共10万元，今天付款明天放款，贷款合同放款时一起签。",
    urgent=True, req="E4101", appr=[], label="scam", st="advance_fee",
    sig=["loan_fee_words", "fee_words", "deposit_words", "phone_instruction", "urgency"],
    note="A non-bank 'financial service' firm asks 100k in risk deposit and fees before disbursing a 5m loan, with no loan contract signed.")

# ========================================================================================
# youquan — 克拉玛依油泉信息设备有限公司 (Karamay hardware reseller)
# people: E5100 李卫东 GM; E5101 何芳 finance manager; E5102 热依拉·阿不都 cashier;
#         E5103 张敏 accountant; E5120 王涛 sales manager; E5130 孙强 purchasing lead
# ========================================================================================
Y = "youquan"
YQ02_CHANGED = "2025-12-08 11:20"
YQ03_CHANGED = "2026-05-18 15:40"
YQ03_NEW = acct("6105", 19)
YQ03_VERIF = {"callback_done": True, "callback_number": TEN[Y]["vendors"]["V-YQ03"]["phone"],
              "verified_by": "E5101", "verified_at": "2026-05-19T11:00:00+08:00"}

pay(Y, H, "2026-04-07 12:10", V(Y, "V-YQ01"), "158400.00", "货款", "商用笔记本电脑30台",
    req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-004", invoice="auto", note="Laptops from the regular PC distributor.")
pay(Y, H, "2026-04-09 15:35", V(Y, "V-YQ03"), "96000.00", "货款", "磁盘阵列2套",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-005", invoice="auto", note="Storage arrays from the regular storage distributor.")
pay(Y, H, "2026-04-10 18:45", V(Y, "PAY-YQ"), "118400.00", "工资", "3月工资代发（19人）",
    text="用友T+付款单：3月工资代发（19人），工资表已审批", req="E5101", appr=["E5100"], note="Monthly payroll.")
order(Y, H, "2026-04-13 11:20", C(Y, "C-YQ03"), [("机架服务器", "4", "台", "38500.00"), ("万兆交换机", "2", "台", "12800.00")],
      address="克拉玛依市云计算产业园云际数据中心", deadline="2026-04-25", terms="月结30天（框架合同YQ-XS-2025-012）",
      notes="按框架合同下单。", note="Server order from an established data-centre customer on its framework credit terms.")
pay(Y, H, "2026-04-15 16:10", V(Y, "V-YQ02"), "68300.00", "货款", "接入交换机24台",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-006", invoice="auto", changed=YQ02_CHANGED,
    note="Switches from the network distributor whose account change dates from Dec 2025.")
pay(Y, H, "2026-04-16 10:40", V(Y, "TAX-YQ"), "24630.58", "税款", "3月增值税及附加",
    text="电子税务局三方协议扣缴：3月增值税及附加", req="E5101", appr=["E5100"], note="Monthly VAT.")
pay(Y, H, "2026-04-20 12:50", V(Y, "V-YQ06"), "52800.00", "货款", "网络摄像机及NVR",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-007", invoice="auto", note="CCTV equipment from the regular security distributor.")
order(Y, H, "2026-04-22 17:20", C(Y, "C-YQ02"), [("医护工作站电脑", "40", "台", "4980.00")], key="yq_kanghua",
      address="克拉玛依市康华医院信息科", deadline="2026-05-10", terms="合同约定验收后30日内付款",
      notes="院内采购合同YQ-XS-2026-008，已签。", note="Workstation order from an established hospital customer.")
pay(Y, H, "2026-04-24 11:10", V(Y, "V-YQ04"), "6840.00", "运费", "4月同城及北疆配送运费",
    req="E5103", appr=["E5101"], contract="YQ-WL-2026-01", invoice="auto", note="Monthly freight to the regular carrier.")
pay(Y, H, "2026-05-07 15:30", V(Y, "V-YQ07"), "23460.00", "货款", "六类网线及配线架",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-009", invoice="auto", note="Cabling from the regular supplier.")
order(Y, H, "2026-05-08 11:40", C(Y, "C-YQ01"), [("教学一体机", "12", "台", "9600.00")], key="yq_nanhu",
      address="克拉玛依市南湖实验学校", deadline="2026-05-25", terms="验收后付款",
      notes="学校采购合同YQ-XS-2026-010，已签。", note="Classroom displays for an established school customer.")
pay(Y, H, "2026-05-11 18:40", V(Y, "PAY-YQ"), "119200.00", "工资", "4月工资代发（19人）",
    text="用友T+付款单：4月工资代发（19人），工资表已审批", req="E5101", appr=["E5100"], note="Monthly payroll.")
pay(Y, H, "2026-05-14 16:20", V(Y, "V-YQ05"), "18960.00", "货款", "激光打印机及硒鼓",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-010", invoice="auto", note="Printers from the regular consumables supplier.")
pay(Y, H, "2026-05-26 12:05", V(Y, "V-YQ03", account_no=YQ03_NEW, bank="中国银行西安高新技术开发区支行"), "88000.00", "货款", "全闪存储1套",
    text="用友T+付款单：全闪存储1套｜储翼存储｜合同YQ-CG-2026-011（账户变更函已盖章，5月19日已按档案电话回拨核实）",
    req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-011", invoice="auto", changed=YQ03_CHANGED, verif=YQ03_VERIF,
    note="First payment to the storage distributor's new account after a stamped change letter and a call-back to the number on file.")
pay(Y, H, "2026-05-27 15:45", V(Y, "V-YQ01"), "80300.00", "货款", "台式机15台及显示器",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-012", invoice="auto", note="Desktops from the regular PC distributor.")

# ---- youquan test: routine ----
pay(Y, T, "2026-06-02 12:20", V(Y, "V-YQ01"), "103600.00", "货款", "商用笔记本电脑20台",
    req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-014", invoice="auto", note="Routine: Laptops from the regular PC distributor.")
pay(Y, T, "2026-06-10 18:50", V(Y, "PAY-YQ"), "124800.00", "工资", "5月工资代发（20人）",
    text="用友T+付款单：5月工资代发（20人），工资表已审批", req="E5101", appr=["E5100"], note="Routine: Monthly payroll.")
pay(Y, T, "2026-06-15 10:55", V(Y, "TAX-YQ"), "31240.17", "税款", "5月增值税及附加",
    text="电子税务局三方协议扣缴：5月增值税及附加", req="E5101", appr=["E5100"], note="Routine: Monthly VAT.")
pay(Y, T, "2026-07-06 15:50", V(Y, "V-YQ07"), "19880.00", "货款", "光纤跳线及机柜",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-018", invoice="auto", note="Routine: Cabling from the regular supplier.")
order(Y, T, "2026-07-14 11:35", C(Y, "C-YQ01"), [("激光打印机", "6", "台", "2350.00")],
      address="克拉玛依市南湖实验学校", deadline="2026-07-24", terms="验收后付款",
      notes="学校办公室补充采购，合同YQ-XS-2026-019。", note="Routine: Printers for the established school customer.")
pay(Y, T, "2026-07-22 16:05", V(Y, "V-YQ05"), "9870.00", "货款", "硒鼓及打印纸",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-010", invoice="auto", note="Routine: Consumables from the regular supplier.")
pay(Y, T, "2026-08-12 12:15", V(Y, "V-YQ04"), "7260.00", "运费", "7月同城及北疆配送运费",
    req="E5103", appr=["E5101"], contract="YQ-WL-2026-01", invoice="auto", note="Routine: Monthly freight to the regular carrier.")

# ---- youquan test: hard negatives ----
pay(Y, T, "2026-06-04 11:30", V(Y, "V-YQ02"), "74500.00", "货款", "汇聚交换机4台及光模块",
    text="用友T+付款单：汇聚交换机4台及光模块｜华网通信｜合同YQ-CG-2026-013（该供应商2025年12月账户变更已盖章并回拨核实）",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-013", invoice="auto", changed=YQ02_CHANGED, sig=["account_change_words"],
    note="Hard negative: Network distributor paid on the account it changed in Dec 2025, verified by call-back then and used since.")
pay(Y, T, "2026-06-09 16:40", V(Y, "V-YQ03", account_no=YQ03_NEW, bank="中国银行西安高新技术开发区支行"), "104000.00", "货款", "磁盘阵列扩展柜2套",
    text="用友T+付款单：磁盘阵列扩展柜2套｜储翼存储｜合同YQ-CG-2026-015（5月账户变更函已盖章并回拨核实，5月26日已向新账户付款一次）",
    req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-015", invoice="auto", changed=YQ03_CHANGED, verif=YQ03_VERIF,
    sig=["account_change_words"],
    note="Hard negative: Second payment to the storage distributor's account changed three weeks earlier, after a stamped letter, a call-back to the number on file and a first payment.")
order(Y, T, "2026-06-12 10:50",
      NEWC("克拉玛依市金龙镇中心学校", uscc("12", "650203"), "总务处 马老师", landline("0990"), "zwc@jlzx-school.cn"),
      [("交互式智能平板", "30", "台", "8900.00"), ("录播系统", "1", "套", "86000.00")], key="yq_jinlong",
      address="克拉玛依市金龙镇中心学校", deadline="2026-08-20", terms="验收合格后30日内支付",
      notes="经克拉玛依市政府采购中心公开招标（项目编号KLMY-ZFCG-2026-041）中标，合同已在政府采购平台备案，交货至学校本部。",
      sig=["institution_claim", "large_first_order", "credit_terms_requested"],
      note="Hard negative: A school's large first order on acceptance terms after a public tender it ran through the government procurement centre.")
pay(Y, T, "2026-06-18 15:15", NEWP("克拉玛依市公共资源交易中心", "中国建设银行克拉玛依分行", acct("6505", 19), phone=landline("0990")),
    "30000.00", "投标保证金", "市人民医院信息化设备采购项目投标保证金（KLMY-GGZY-2026-077）",
    text="用友T+付款单：医院信息化设备采购项目（项目编号KLMY-GGZY-2026-077）投标保证金，按交易中心招标公告指定账户缴纳，未中标原路退还",
    req="E5120", appr=["E5101", "E5100"], sig=["deposit_words"],
    note="Hard negative: Bid bond paid to the trading-centre account named in a hospital tender announcement.")
pay(Y, T, "2026-06-23 11:45", NEWP("克拉玛依市康华医院", "中国工商银行克拉玛依分行", acct("3003", 19), phone=landline("0990")),
    "9960.00", "退款", "RMA退款（医护工作站2台）",
    text="用友T+付款单：RMA单RMA-2026-0037，2台医护工作站主板故障且无同型号可换，医院已退回设备并签收，按医院原付款账户原路退款",
    req="E5120", appr=["E5101"], order="@yq_kanghua", sig=["refund_words"],
    note="Hard negative: RMA refund for two faulty workstations to the hospital's own paying account after the units came back.")
order(Y, T, "2026-06-25 12:30", C(Y, "C-YQ02"), [("医用诊断显示器", "20", "台", "6800.00")],
      address="克拉玛依市康华医院信息科", deadline="2026-07-15", terms="合同约定验收后30日内付款",
      notes="信息科要求指定品牌（与PACS系统兼容认证），由我司向该品牌新疆授权分销商按我司采购流程采购，合同YQ-XS-2026-016已签。",
      sig=["designated_supplier", "institution_claim"],
      note="Hard negative: An established hospital specifies a display brand for PACS compatibility; we buy it ourselves from the authorised distributor.")
pay(Y, T, "2026-07-01 16:25", NEWP("克拉玛依市金龙镇中心学校", "中国农业银行克拉玛依分行", acct("3066", 17), phone=landline("0990")),
    "17650.00", "履约保证金", "智能平板及录播系统项目履约保证金（合同价5%）",
    text="用友T+付款单：金龙镇中心学校项目履约保证金，按合同YQ-XS-2026-017第八条汇入采购人合同载明账户，验收合格后无息退还",
    req="E5120", appr=["E5101", "E5100"], contract="YQ-XS-2026-017", sig=["deposit_words"],
    note="Hard negative: Performance bond to the school's own account as written in the signed contract.")
pay(Y, T, "2026-07-04 14:10", V(Y, "V-YQ01"), "62400.00", "货款", "学校暑期项目笔记本电脑调货款",
    text="用友T+付款单：学校暑期项目赶工，周六向联拓调货12台，货款先付｜联拓科技｜合同YQ-CG-2026-016（何芳、李总手机审批）",
    urgent=True, req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-016", invoice="auto", sig=["urgency"],
    note="Hard negative: Urgent Saturday payment to the regular PC distributor for a school summer project, approved on mobile.")
pay(Y, T, "2026-07-09 11:15", NEWP("新疆启明星网络科技有限公司", "中国建设银行乌鲁木齐分行", acct("6505", 19), phone=landline("0991")),
    "50000.00", "订金", "数据中心项目服务器订金（合同YQ-CG-2026-033）",
    ch="im", frm="李卫东", fc="油泉经营群",
    text="李卫东（油泉经营群）：孙强，启明星那批服务器的订金今天付了吧，不然排不上货期。\n孙强：好的李总，合同和报价单已上传用友T+，走付款流程。",
    urgent=True, req="E5130", appr=["E5101", "E5100"], contract="YQ-CG-2026-033", invoice="auto",
    sig=["boss_role", "im_instruction", "deposit_words", "urgency"],
    note="Hard negative: The GM asks in the long-standing company group for a deposit to a new distributor; contract uploaded and the payment approved in the ERP.")
pay(Y, T, "2026-07-16 12:40", NEWP("克拉玛依市南湖实验学校", "中国银行克拉玛依分行", acct("1070", 18), phone=landline("0990")),
    "11520.00", "退款", "南湖实验学校多付货款退回",
    text="用友T+付款单：南湖实验学校7月13日支付教学一体机尾款时多付11520元（工行到账回单已核，学校财务盖章说明已收），原路退回学校付款账户",
    req="E5103", appr=["E5101"], order="@yq_nanhu", sig=["overpayment", "refund_words"],
    note="Hard negative: A school's overpayment, confirmed received by the bank, is returned to the school's own account.")
order(Y, T, "2026-07-23 15:40", C(Y, "C-YQ03"), [("机架服务器", "10", "台", "39800.00"), ("分布式存储节点", "2", "套", "64000.00")],
      address="克拉玛依市云计算产业园云际数据中心", deadline="2026-08-15", terms="月结30天（框架合同YQ-XS-2025-012）",
      notes="二期扩容，按框架合同下单。", sig=["credit_terms_requested"],
      note="Hard negative: The established data-centre customer places a bigger order on the same framework credit terms it always uses.")
order(Y, T, "2026-07-29 11:05",
      NEWC("新疆天山建工有限公司", uscc("91", "650102"), "王工", landline("0991"), "wanggong@tsjg-xj.com"),
      [("工业交换机", "12", "台", "5200.00"), ("室外无线AP", "20", "台", "1200.00")],
      address="和田市北京工业园区天山建工项目部（工地）", deadline="2026-08-08", terms="预付全款（已到账）",
      notes="送货至和田项目部工地，收货人为合同列明的王工；货款已由天山建工对公账户预付，财务已核对银行流水。",
      sig=["far_delivery"],
      note="Hard negative: A new contractor has network gear sent to its project site in Hotan, prepaid in full from its own account.")
pay(Y, T, "2026-08-04 16:35", NEWP("新疆凯睿达信息技术有限公司", "中国工商银行乌鲁木齐分行", acct("3002", 19), phone=landline("0991")),
    "42800.00", "货款", "无线控制器及AP授权",
    text="用友T+付款单：无线控制器及AP授权｜新供应商凯睿达（已完成供应商准入）｜合同YQ-CG-2026-035，采购订单PO-2026-188，到货验收单已签",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-035", invoice="auto",
    note="Hard negative: First payment to a newly on-boarded distributor with contract, purchase order and signed goods receipt.")
pay(Y, T, "2026-08-14 11:25", NEWP("克拉玛依市克拉玛依区人民法院（执行款专户）", "中国工商银行克拉玛依分行", acct("3003", 19), phone=landline("0990")),
    "12600.00", "执行款", "（2026）新0203执812号执行款",
    text="用友T+付款单：仓库租赁纠纷判决执行款，按（2026）新0203执812号执行通知书载明的法院执行款专户支付，法务已到法院核对通知书原件",
    req="E5103", appr=["E5101", "E5100"], sig=["authority_words"],
    note="Hard negative: Court-ordered payment to the court's own enforcement account, checked against the original notice.")

# ---- youquan test: scams ----
pay(Y, T, "2026-06-05 12:45", V(Y, "V-YQ01", account_no=acct("4405", 19), bank="中国建设银行东莞分行"),
    "128600.00", "货款", "商用笔记本电脑24台",
    ch="email", frm="联拓科技 财务部", fc="caiwu@liantuo-tech.cn",
    text="孙主管您好：\n我司因税务原因更换基本户，即日起货款请汇至以下新账户（中国建设银行东莞分行），原工行账户停止收款。附件为账户变更函扫描件。\n联拓科技 财务部",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-021", invoice="auto", changed="2026-06-03 10:20",
    label="scam", st="account_change", exp="block",
    sig=["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"],
    note="An e-mail from a hyphenated look-alike of the PC distributor's domain moves its account to a Dongguan bank two days before a 128k payment.")
pay(Y, T, "2026-06-17 17:10", V(Y, "V-YQ04", account_no=acct("8099", 18), bank="克拉玛依农村商业银行白碱滩支行"),
    "15960.00", "运费", "5月同城及北疆配送运费",
    req="E5103", appr=["E5101"], contract="YQ-WL-2026-01", invoice="auto", changed="2026-06-15 16:00",
    label="scam", st="account_change", exp="block", sig=[],
    note="Structural only: The carrier's bank account was replaced in the vendor master two days before this ordinary freight payment; nothing in the text hints at it.")
pay(Y, T, "2026-07-08 11:55", V(Y, "V-YQ05", account_no=acct("3065", 17)),
    "26740.00", "货款", "彩色激光打印机及硒鼓",
    ch="im", frm="星辰耗材 业务员小刘", fc=wxid(),
    text="孫主管您好，帳戶變更通知：本公司基本帳戶已變更，請將本批貨款匯至新帳戶，舊帳戶即日停用，變更函稍後補寄。",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-020", invoice="auto", changed="2026-07-06 18:10",
    label="scam", st="account_change", exp="block",
    sig=["im_instruction", "new_contact", "account_change_words", "evasion_traditional"],
    note="A consumables supplier's 'salesman', writing in traditional characters on WeChat, announces a new basic account two days before the payment.")
pay(Y, T, "2026-06-22 15:25", V(Y, "V-YQ06", name="新疆云图智控科技有限公司", account_no=acct("4000", 19), bank="招商银行深圳南山支行"),
    "47300.00", "货款", "网络摄像机及NVR",
    text="用友T+付款单：网络摄像机及NVR｜云图安防（收款单位按5月邮件变更函）｜合同YQ-CG-2026-022",
    req="E5130", appr=["E5101"], contract="YQ-CG-2026-022", invoice="auto", changed="2026-05-06 11:00",
    label="scam", st="account_change",
    sig=["payee_name_mismatch", "unusual_bank_region", "account_change_words"],
    note="The security distributor's account was switched in early May on an e-mailed letter never called back, to a differently named company at a Shenzhen bank; this is the first payment to it.")
order(Y, T, "2026-06-10 15:50",
      NEWC("克拉玛依市油城康复医院", None, "信息科 刘主任", mobile("158"), None, wxid()),
      [("医护工作站电脑", "60", "台", "4980.00")], ch="im",
      address="克拉玛依市油城康复医院", deadline="2026-06-15", terms="对公转账（已付）",
      third={"name": "乌鲁木齐安泰医疗设备经营部", "contact": mobile("159"), "role": "designated_supplier", "amount": "86400.00"},
      notes="医院统一采购，电脑按你们报价。另外信息科还要36台医疗专用UPS，院里只认安泰这一家，麻烦你们先付款提货一起送来。我们对公款已经转了，截图发你了，银行说对公延迟到账，一起结。",
      label="scam", st="fake_purchaser", exp="block",
      sig=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only", "large_first_order"],
      note="A 'rehabilitation hospital' orders 60 workstations and asks us to prepay 36 UPS units to the shop it names, its own payment being only a screenshot.")
order(Y, T, "2026-07-07 12:35",
      NEWC("奎屯市北疆职业技术学校设备采购中心", None, "采购中心 赵老师", mobile("157"), "bjzx_caigou@qq.com", wxid()),
      [("学生机房笔记本电脑", "200", "台", "5600.00")], ch="phone",
      address="乌鲁木齐市头屯河区某物流园8号库", deadline="2026-07-12", terms="货到后90天付款",
      notes="学校新建机房，200台笔记本，价格按你们报价不用再谈，先发到乌鲁木齐中转库我们统一分配，发票开学校抬头，90天后付款。",
      label="scam", st="fake_purchaser",
      sig=["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_mismatch"],
      note="A 'vocational school purchasing centre' with a QQ mailbox orders 200 laptops on 90-day terms without haggling, to be shipped to an Urumqi warehouse.")
order(Y, T, "2026-08-06 11:45",
      NEWC("克拉玛依云迹数据服务有限公司", None, "采购 刘洋", mobile("159"), "liuyang@yunji-data.com"),
      [("机架服务器", "8", "台", "39800.00")],
      address="乌鲁木齐市高新区某产业园A3栋", deadline="2026-08-12", terms="月结30天",
      notes="按上次型号再订8台，月结，发乌鲁木齐新机房。",
      label="scam", st="fake_purchaser",
      sig=["lookalike_company", "contact_mismatch", "far_delivery", "credit_terms_requested", "large_first_order"],
      note="Structural only: A name one character off the data-centre customer (迹 for 际) reorders 'as last time' on monthly credit, with a new contact and an Urumqi delivery address.")
order(Y, T, "2026-07-15 16:05",
      NEWC("驻克某部后勤保障处", None, "陈班长", mobile("158"), None, wxid()),
      [("笔记本电脑", "15", "台", "5400.00")], ch="im", key="yq_army",
      address="克拉玛依市某部队营区（到时电话联系）", deadline="2026-07-18", terms="部队对公转账（已付）",
      third={"name": "乌鲁木齐市沙依巴克区军联户外用品店", "contact": mobile("157"), "role": "designated_supplier", "amount": "46800.00"},
      notes="部队采购笔记本15台。另外还要30套野战折叠桌椅，只能从军联这家拿，他们跟我们有协议。你们先把桌椅款付过去一起送来，我们的款已经转了，截图发你微信了，电脑和桌椅款一并结。",
      label="scam", st="fake_order", exp="block",
      sig=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only"],
      note="A 'military logistics office' orders laptops and asks us to prepay camp furniture from the shop it names, its own payment shown only as a screenshot.")
pay(Y, T, "2026-07-16 11:20", NEWP("乌鲁木齐市沙依巴克区军联户外用品店", "中国邮政储蓄银行乌鲁木齐分行", card("6217"), "personal"),
    "46800.00", "代采购", "代购野战折叠桌椅30套（部队订单）",
    ch="im", frm="陈班长", fc="微信（同订单联系人）",
    text="王经理，款已经转了截图你也看到了，部队对公付款要走流程晚两天到，军联那边今天必须拿到钱才发货，你们先垫一下。",
    urgent=True, req="E5120", appr=[], order="@yq_army", label="scam", st="fake_order", exp="block",
    sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
    note="Sales is pushed to advance 46.8k to the furniture shop the 'military buyer' named before any of the buyer's money has arrived.")
pay(Y, T, "2026-06-30 12:15", NEWP("新疆启航宏图科技有限公司", "中国民生银行乌鲁木齐分行", acct("6350", 16)),
    "260000.00", "保证金", "天山数据中心项目投标合作保证金",
    ch="email", frm="李卫东", fc="li.weidong@youquan-lt.com",
    text="何芳：\n我在乌鲁木齐陪客户，不方便接电话。把工行、建行的可用余额报我一下。\n——\n李总，工行可用214万，建行37万。\n——\n好，天山数据中心项目的投标合作保证金26万，今天转给新疆启航宏图科技有限公司，合同回去补签，先别跟其他人说。",
    urgent=True, req="E5101", appr=[], label="scam", st="boss_impersonation", exp="block",
    sig=["email_instruction", "lookalike_domain", "boss_role", "balance_probe", "cannot_call", "bypass_process", "secrecy_words", "deposit_words", "urgency"],
    note="An e-mail from a look-alike of the company domain ('lt' for 'it') has the 'GM' ask for bank balances, then a secret 260k bid deposit to an unknown firm.")
pay(Y, T, "2026-08-20 16:30", NEWP("新疆远景汇通咨询服务有限公司", "乌鲁木齐银行新华路支行", acct("1010", 17)),
    "38000.00", "咨询费", "项目咨询服务费",
    ch="email", frm="李卫东", fc="liweidong_yq@163.com",
    text="热依拉：\n远景汇通帮我们对接了油田的一个项目，咨询费3.8万今天付一下，账户见附件。这件事还在保密阶段，先不要在公司里讲。\n李卫东（手机发送）",
    urgent=True, req="E5102", appr=[], label="scam", st="boss_impersonation",
    sig=["email_instruction", "free_mail", "new_contact", "boss_role", "secrecy_words", "urgency"],
    note="A free-mail message signed by the GM asks the cashier to pay a confidential 38k 'consulting fee' to an unknown firm today.")
order(Y, T, "2026-07-27 15:15",
      NEWC("新疆鼎元恒泰能源科技有限公司", uscc("91", "650502"), "采购部 杨经理", mobile("159"), "yangjl@dingyuan-ht.com"),
      [("机架服务器", "24", "台", "41000.00"), ("核心交换机", "12", "台", "13500.00")], ch="phone",
      address="哈密市伊州区某项目现场", deadline="2026-07-28",
      terms="6个月电子商业承兑汇票",
      notes="我们用集团开的电子商票付款，票面114.6万，6个月到期，今天先把票背书给你们，货明天必须发到哈密项目现场。",
      label="scam", st="contract_fraud",
      sig=["guarantee_unverified", "fake_payment_proof", "large_first_order", "far_delivery", "urgency"],
      note="A new energy firm wants 1.1m of servers shipped tomorrow against a six-month commercial acceptance bill from a drawer nobody can check.")
pay(Y, T, "2026-08-10 15:55", NEWP("克拉玛依人才服务咨询有限公司", "克拉玛依农村商业银行营业部", acct("8099", 18)),
    "1980.00", "手续费", "2026年稳岗及技能提升补贴发放手续费",
    ch="email", frm="人社局就业服务中心", fc="krmy_jyfw@163.com",
    text="贵单位20名员工符合2026年稳岗及技能提升补贴条件，补贴合计3.6万元将发放至员工个人工资卡。请于24小时内缴纳补贴发放手续费1980元至代理机构账户，逾期视为放弃。收到请勿声张，以免影响他人申报。",
    urgent=True, req="E5103", appr=[], label="scam", st="fake_salary",
    sig=["subsidy_words", "fee_words", "email_instruction", "free_mail", "urgency", "secrecy_words", "authority_words"],
    note="A free-mail 'employment service centre' notice says staff qualify for a salary subsidy and asks a handling fee within 24 hours, 'keep it quiet'.")
pay(Y, T, "2026-06-26 11:05", NEWP("刘建华", "中国农业银行昌吉分行", card("6228"), "personal"),
    "3500.00", "罚款", "年报异常罚款及移出费",
    ch="sms", frm="企税办", fc="15700005531",
    text="【企税办】贵司2025年度报告未按时公示，已被列入经营异常名录，将影响招投标及银行授信。请于今日内缴纳罚款及移出费3500元至经办人刘建华账户，逾期移交市场监管部门处理。",
    urgent=True, req="E5103", appr=[], label="scam", st="authority_impersonation",
    sig=["authority_words", "fee_words", "urgency", "new_contact"],
    note="An SMS from a fake 'enterprise tax office' threatens the abnormal-operations list and asks a fine to a private person's card.")
pay(Y, T, "2026-08-25 12:20", NEWP("新疆金禾顺达商贸有限公司", "中国农业银行乌鲁木齐分行", acct("3065", 17)),
    "376200.00", "往来款", "代转款（华邦科技）",
    ch="im", frm="华邦科技 陈总", fc=wxid(),
    text="王经理，昨天打到你们账上的38万是我们客户的工程款，麻烦按说好的过一下账，扣1个点辛苦费，剩下37.62万转到金禾顺达，今天下班前。",
    urgent=True, req="E5120", appr=["E5101"], label="scam", st="account_lending", exp="block",
    sig=["account_lending_words", "in_out_match", "im_instruction", "vague_memo", "urgency"],
    note="A business acquaintance asks us to pass 380k that arrived from an unknown payer through our account and forward it minus a 1% 'fee'.")

# ========================================================================================
# assembly: sort, ids, references, structural signals
# ========================================================================================
HOLIDAYS = {"2026-04-04", "2026-04-05", "2026-04-06", "2026-05-01", "2026-05-02", "2026-05-03",
            "2026-05-04", "2026-05-05", "2026-06-19", "2026-06-20", "2026-06-21"}
STRUCT_ORDER = ["first_time_payee", "personal_account", "no_approval", "account_changed_recent",
                "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"]


def when(line):
    r = line["request"]
    return r["submitted_at"] if line["kind"] == "payment" else r["received_at"]


def parse(s):
    return dt.datetime.fromisoformat(s)


def off_hours(s):
    d = parse(s)
    return d.weekday() >= 5 or d.date().isoformat() in HOLIDAYS or d.hour < 10 or d.hour >= 20


def build():
    out = []
    keymap = {}
    for tid in TEN:
        pfx = TEN[tid]["pfx"]
        ls = [l for l in LINES if l["tenant"] == tid]
        hist = sorted([l for l in ls if l["phase"] == H], key=when)
        test = sorted([l for l in ls if l["phase"] == T], key=when)
        seq = {}
        for i, l in enumerate(hist):
            l["id"] = "%s-h%03d" % (tid, i + 1)
        for i, l in enumerate(test):
            l["id"] = "%s-t%03d" % (tid, i + 1)
        for l in hist + test:
            day = when(l)[:10].replace("-", "")
            kind = "FK" if l["kind"] == "payment" else "DD"
            seq[(day, kind)] = seq.get((day, kind), 0) + 1
            rid = "%s-%s-%s%03d" % (pfx, kind, day, seq[(day, kind)])
            if l["kind"] == "payment":
                l["request"]["request_id"] = rid
            else:
                l["request"]["record_id"] = rid
                if l["key"]:
                    keymap[l["key"]] = rid
        hist_accts = {l["request"]["payee"]["account_no"] for l in hist if l["kind"] == "payment"}
        hist_invs = {l["request"]["related"]["invoice_no"] for l in hist if l["kind"] == "payment"} - {None}
        for l in test:
            r = l["request"]
            auto = set()
            if l["kind"] == "payment":
                if r["payee"]["account_no"] not in hist_accts:
                    auto.add("first_time_payee")
                if r["payee"]["account_type"] == "personal":
                    auto.add("personal_account")
                if not r["approved_by"]:
                    auto.add("no_approval")
                if r["payee_account_changed_at"]:
                    days = (parse(r["submitted_at"]) - parse(r["payee_account_changed_at"])).total_seconds() / 86400
                    auto.add("account_changed_recent" if days <= 30 else "account_changed_long_ago")
                if r["related"]["invoice_no"] in hist_invs:
                    auto.add("duplicate_invoice")
            else:
                if r["customer"]["customer_id"] is None:
                    auto.add("new_customer")
            if off_hours(when(l)):
                auto.add("off_hours")
            manual = l["signals"]
            bad = [s for s in manual if s in STRUCT_ORDER]
            assert not bad, (l["id"], bad)
            l["signals"] = manual + [s for s in STRUCT_ORDER if s in auto]
        for l in hist:
            assert not off_hours(when(l)), l["id"]
            l["signals"] = []
        out.extend(hist + test)
    # resolve order references
    for l in out:
        if l["kind"] == "payment":
            oid = l["request"]["related"]["order_id"]
            if oid and oid.startswith("@"):
                l["request"]["related"]["order_id"] = keymap[oid[1:]]
    return out


def serialise(l):
    d = {"id": l["id"], "tenant": l["tenant"], "phase": l["phase"], "kind": l["kind"], "label": l["label"],
         "scam_type": l["scam_type"], "expect": l["expect"]}
    if l["phase"] == H:
        d["outcome"] = "executed"
    d["signals"] = l["signals"]
    d["note"] = l["note"]
    d["request"] = l["request"]
    return json.dumps(d, ensure_ascii=False)


def main():
    lines = build()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for l in lines:
            f.write(serialise(l) + "\n")
    print("wrote %d lines to %s" % (len(lines), OUT))


if __name__ == "__main__":
    main()
