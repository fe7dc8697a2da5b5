#!/usr/bin/env python3
"""Deterministic generator for holdout34 (property and real estate, Urumqi / Changji / Korla).

Standard library only, no randomness: every account number, phone, id and code is derived
from a SHA-256 of a fixed key.  Writes ../holdout34.jsonl (next to the README).
Running it twice gives byte-identical output.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout34.jsonl")

# ---------------------------------------------------------------- derived values

def _h(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _digits(key, n):
    out, i = "", 0
    while len(out) < n:
        out += str(int(_h(f"{key}#{i}"), 16))
        i += 1
    return out[:n]


_USED_ACCOUNTS = {}


def acct(key, prefix, length):
    """A fictitious account number of `length` digits (16-19) starting with `prefix`."""
    assert 16 <= length <= 19
    if key in _USED_ACCOUNTS:
        return _USED_ACCOUNTS[key]
    no = prefix + _digits("acct:" + key, length - len(prefix))
    assert no not in _USED_ACCOUNTS.values(), key
    _USED_ACCOUNTS[key] = no
    return no


_USED_PHONES = {}


def mob(key):
    """Fictitious mobile 143/144/160 + 0000 + 4 digits."""
    if key in _USED_PHONES:
        return _USED_PHONES[key]
    prefix = ("143", "144", "160")[int(_h("mobp:" + key), 16) % 3]
    i = 0
    while True:
        no = prefix + "0000" + _digits(f"mob:{key}:{i}", 4)
        if no not in _USED_PHONES.values():
            break
        i += 1
    _USED_PHONES[key] = no
    return no


def land(area, key):
    """Fictitious landline area-0000xxx."""
    k = area + ":" + key
    if k in _USED_PHONES:
        return _USED_PHONES[k]
    i = 0
    while True:
        no = f"{area}-0000{_digits(f'land:{k}:{i}', 3)}"
        if no not in _USED_PHONES.values():
            break
        i += 1
    _USED_PHONES[k] = no
    return no


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    hx = _h("wx:" + key)
    return "wxid_" + "".join(alphabet[int(hx[i:i + 2], 16) % len(alphabet)] for i in range(0, 28, 2))


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(body8):
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - 55
    c = 11 - sum(val(ch) * w for ch, w in zip(body8, ORG_W)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc(key, div, kind="91", valid=True):
    """Unified social credit code: kind(2) + division(6) + org code(9) + check(1)."""
    hx = _h("uscc:" + key)
    body = "MA" + "".join(USCC_CHARS[int(hx[i:i + 2], 16) % 31] for i in range(0, 12, 2))
    s17 = kind + div + body + _org_check(body)
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    c = 31 - total % 31
    check = USCC_CHARS[0 if c == 31 else c]
    if not valid:
        check = USCC_CHARS[(USCC_CHARS.index(check) + 7) % 31]
    return s17 + check


_INVOICES = {}


def invoice(key):
    if key not in _INVOICES:
        no = "2665" + _digits("inv:" + key, 16)
        assert no not in _INVOICES.values()
        _INVOICES[key] = no
    return _INVOICES[key]


def money(x):
    return f"{Decimal(str(x)).quantize(Decimal('0.01'))}"


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


# ---------------------------------------------------------------- corpus assembly

LINES = []          # in authoring order; sorted per tenant afterwards
TENANTS = ["tianchi", "jiayuan", "xiangli"]
PREFIX = {"tianchi": ("TC-FK", "TC-HT"), "jiayuan": ("JY-ZF", "JY-RG"), "xiangli": ("XL-FK", "XL-ZL")}
PAYER = {}
EMP = {}


def ts(day, hm):
    return f"2026-{day}T{hm}:00+08:00"


def pay(tenant, phase, day, hm, payee, amount, purpose, memo, text, *, channel="erp", from_name=None,
        from_contact=None, urgent=False, req, appr=(), order=None, contract=None, inv=None,
        changed=None, verification=None, label="legit", st=None, expect="allow", signals=(),
        note="", key=None):
    if inv is True:
        inv = invoice(f"{tenant}:{day}:{hm}:{payee['name']}")
    elif isinstance(inv, str) and inv.startswith("@"):
        inv = invoice(inv[1:])
    elif isinstance(inv, str) and inv.startswith("#"):
        inv = invoice(inv[1:])
    req_body = {
        "request_id": None,
        "submitted_at": ts(day, hm),
        "payer": dict(PAYER[tenant]),
        "payee": {"name": payee["name"], "account_no": payee["account_no"], "bank": payee["bank"],
                  "account_type": payee["account_type"], "vendor_id": payee.get("vendor_id"),
                  "phone": payee.get("phone")},
        "amount": money(amount),
        "currency": "CNY",
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": channel, "from_name": from_name or EMP[tenant][req],
                        "from_contact": from_contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order, "contract_id": contract, "invoice_no": inv},
        "payee_account_changed_at": changed,
    }
    if verification is not None:
        req_body["verification"] = verification
    LINES.append(dict(tenant=tenant, phase=phase, kind="payment", label=label, scam_type=st,
                      expect=expect, signals=list(signals), note=note, request=req_body, key=key))


def order(tenant, phase, day, hm, customer, items, channel, delivery, terms, notes, *, third=None,
          fees=(), label="legit", st=None, expect="allow", signals=(), note="", key=None):
    its = [{"product": p, "quantity": str(q), "unit": u, "unit_price": money(up)} for p, q, u, up in items]
    total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its)
    req_body = {
        "record_id": None,
        "received_at": ts(day, hm),
        "customer": {"name": customer["name"], "credit_code": customer.get("credit_code"),
                     "contact_name": customer.get("contact_name"), "phone": customer.get("phone"),
                     "email": customer.get("email"), "im_id": customer.get("im_id"),
                     "customer_id": customer.get("customer_id")},
        "items": its,
        "total_amount": money(total),
        "currency": "CNY",
        "channel": channel,
        "delivery": {"address": delivery[0], "deadline": delivery[1]},
        "payment_terms": terms,
        "third_party": None if third is None else {"name": third[0], "contact": third[1], "role": third[2],
                                                    "amount": money(third[3])},
        "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
        "notes": notes,
    }
    LINES.append(dict(tenant=tenant, phase=phase, kind="order", label=label, scam_type=st,
                      expect=expect, signals=list(signals), note=note, request=req_body, key=key))


def scam(st, expect, *signals):
    return dict(label="scam", st=st, expect=expect, signals=signals)


def hn(*signals):
    return dict(signals=signals)


def V(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": account_type,
            "vendor_id": vendor_id, "phone": phone}


# ================================================================ tianchi
# 乌鲁木齐天池云居物业服务有限公司: property management, Urumqi
T = "tianchi"
PAYER[T] = {"account_no": acct("tc:payer", "6505", 19), "account_name": "乌鲁木齐天池云居物业服务有限公司"}
EMP[T] = {"E2100": "马建疆", "E2101": "古丽娜尔", "E2102": "周雪梅", "E2103": "赵立新",
          "E2110": "李娜", "E2120": "王磊", "E2130": "刘洋", "E2140": "王海"}

TC_JM = V("乌鲁木齐洁美保洁服务有限公司", acct("tc:jiemei", "6505", 19), "中国建设银行乌鲁木齐新民路支行",
          vendor_id="V-TC01", phone=land("0991", "jiemei"))
TC_DA = V("新疆盾安保安服务有限公司", acct("tc:dunan", "3002", 19), "中国工商银行乌鲁木齐北京路支行",
          vendor_id="V-TC02", phone=land("0991", "dunan"))
TC_DA_NEW = V("新疆盾安保安服务有限公司", acct("tc:dunan-new", "8809", 18), "喀什农村商业银行营业部",
              vendor_id="V-TC02", phone=TC_DA["phone"])
TC_XS = V("乌鲁木齐鑫顺电梯工程有限公司", acct("tc:xinshun", "3055", 17), "中国农业银行乌鲁木齐米东区支行",
          vendor_id="V-TC03", phone=land("0991", "xinshun"))
TC_XS_CHG = "2025-09-18T11:20:00+08:00"
TC_TR = V("乌鲁木齐天润园林绿化工程有限公司", acct("tc:tianrun", "8808", 18), "乌鲁木齐农村商业银行水磨沟支行",
          vendor_id="V-TC04", phone=land("0991", "tianrun"))
TC_TR_NEW = V("乌鲁木齐天润园林绿化工程有限公司第一分公司", acct("tc:tianrun-new", "1530", 16),
              "中国民生银行乌鲁木齐分行营业部", vendor_id="V-TC04", phone=TC_TR["phone"])
TC_AJ = V("乌鲁木齐安居管道维修有限公司", acct("tc:anju", "1070", 16), "中国银行乌鲁木齐南湖路支行",
          vendor_id="V-TC05", phone=land("0991", "anju"))
TC_JC = V("乌鲁木齐净城环卫服务有限公司", acct("tc:jingcheng-new", "1010", 18), "乌鲁木齐银行新市区支行",
          vendor_id="V-TC06", phone=land("0991", "jingcheng"))
TC_JC_CHG = "2026-03-20T12:30:00+08:00"
TC_JC_VER = {"callback_done": True, "callback_number": TC_JC["phone"], "verified_by": "E2103",
             "verified_at": "2026-03-23T12:10:00+08:00"}
TC_PAY = V("中国建设银行乌鲁木齐分行（代发工资专户）", acct("tc:payroll", "6505", 19), "中国建设银行乌鲁木齐分行",
           vendor_id="PAY-TC")
TC_TAX = V("国家金库乌鲁木齐市水磨沟区支库", acct("tc:tax", "6501", 17), "国家金库乌鲁木齐市水磨沟区支库",
           vendor_id="TAX-TC")
TC_FUND = V("乌鲁木齐市住房和城乡建设局住宅专项维修资金专户", acct("tc:fund", "6505", 19),
            "中国建设银行乌鲁木齐分行", vendor_id="GOV-TC01", phone=land("0991", "zjj-fund"))

C_TC01 = {"name": "乌鲁木齐新视点广告传媒有限公司", "credit_code": uscc("tc:c01", "650104"),
          "contact_name": "韩经理", "phone": land("0991", "c01"), "email": "hanjl@xsd-media.cn",
          "im_id": None, "customer_id": "C-TC01"}
C_TC02 = {"name": "新疆远景信息技术有限公司", "credit_code": uscc("tc:c02", "650102"),
          "contact_name": "苏主任", "phone": land("0991", "c02"), "email": "admin@yuanjing-it.com",
          "im_id": None, "customer_id": "C-TC02"}


def tc_erp(summary, detail=""):
    return f"金蝶付款申请已审批：{summary}" + (f"（{detail}）" if detail else "")


# ---- tianchi history
pay(T, "history", "02-03", "11:20", TC_JM, 68500, "服务费", "1月保洁服务费（云居花园、天池大厦）",
    tc_erp("1月保洁服务费", "洁美保洁，合同TC-FW-2026-003"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-003", inv=True, note="Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "history", "02-04", "15:40", TC_DA, 92400, "服务费", "1月秩序维护服务费",
    tc_erp("1月秩序维护服务费", "盾安保安，合同TC-FW-2026-004"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-004", inv=True, note="Monthly security-guard fee to the regular security company.")
order(T, "history", "02-05", "11:05", C_TC01, [("电梯轿厢广告位（云居花园、天池大厦）", 120, "部·月", 380)],
      "erp", ("云居花园及天池大厦电梯轿厢", "2026-02-28"), "月结（次月10日前）",
      "2月画面已送审，按框架协议TC-GG-2025-011执行", note="Monthly elevator advertising slots for the established ad agency.")
pay(T, "history", "02-06", "16:30", TC_PAY, 241860, "工资", "1月工资代发（46人）",
    tc_erp("1月工资代发（46人）", "工资表经人事、财务复核"), req="E2102", appr=["E2103"],
    note="Monthly payroll batch.")
pay(T, "history", "02-10", "12:15", TC_TAX, "38422.60", "税款", "1月增值税及附加",
    "电子税务局三方协议扣款：1月增值税及附加", req="E2102", appr=["E2103"], note="Monthly VAT.")
pay(T, "history", "02-11", "16:10", TC_XS, 57600, "维保费", "一季度电梯维保费（云居花园32部）",
    tc_erp("一季度电梯维保费", "鑫顺电梯，合同TC-WB-2026-001"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-WB-2026-001", inv=True, changed=TC_XS_CHG,
    note="Quarterly elevator maintenance to the contractor whose account change dates from Sep 2025.")
pay(T, "history", "02-26", "12:40", TC_FUND, 196350, "代缴维修资金", "云居花园三期交付业主住宅专项维修资金代收代缴（28户）",
    tc_erp("云居花园三期交付业主维修资金代缴（28户）",
           "按市住建局《住宅专项维修资金交存通知书》指定专户缴存，业主交款明细附后"),
    req="E2102", appr=["E2103", "E2100"], note="Owners' maintenance-fund contributions remitted to the housing authority's special account.")
pay(T, "history", "03-03", "11:30", TC_JM, 68500, "服务费", "2月保洁服务费（云居花园、天池大厦）",
    tc_erp("2月保洁服务费", "洁美保洁，合同TC-FW-2026-003"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-003", inv=True, note="Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "history", "03-04", "16:20", TC_DA, 92400, "服务费", "2月秩序维护服务费",
    tc_erp("2月秩序维护服务费", "盾安保安，合同TC-FW-2026-004"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-004", inv=True, note="Monthly security-guard fee to the regular security company.")
order(T, "history", "03-05", "12:10", C_TC02, [("会议室租用（21层）", 20, "小时", 260), ("加时空调", 60, "小时", 180)],
      "email", ("天池大厦21层", "2026-03-31"), "月结",
      "3月季度会议及周末加班用空调，按大厦增值服务价目表", note="Extra services ordered by an established office-tower tenant.")
pay(T, "history", "03-06", "16:45", TC_AJ, 12800, "维修费", "2号楼地下车库排水管更换",
    tc_erp("2号楼地下车库排水管更换", "安居管道，合同TC-WX-2026-002"), req="E2120", appr=["E2103"],
    contract="TC-WX-2026-002", inv=True, note="Drain-pipe repair by the regular plumbing contractor.")
pay(T, "history", "03-10", "11:50",
    V("王建华", acct("tc:wangjianhua", "6228", 19), "中国农业银行乌鲁木齐分行", "personal"),
    5000, "退款", "云居花园6-2-1101装修押金退还（原付款方：王建华，验收单YJ-ZX-0217）",
    tc_erp("6-2-1101装修竣工验收合格，装修押金原路退回业主付款卡"), req="E2110", appr=["E2103"],
    note="Renovation deposit refunded to the owner after the completion inspection.")
pay(T, "history", "03-10", "17:30", TC_PAY, 243120, "工资", "2月工资代发（46人）",
    tc_erp("2月工资代发（46人）", "工资表经人事、财务复核"), req="E2102", appr=["E2103"], note="Monthly payroll batch.")
pay(T, "history", "03-16", "12:30", TC_TR, 34800, "服务费", "一季度绿化养护费",
    tc_erp("一季度绿化养护费", "天润园林，合同TC-LH-2026-001"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-LH-2026-001", inv=True, note="Quarterly landscaping fee to the regular landscaper.")
pay(T, "history", "03-25", "16:00", TC_JC, 18900, "服务费", "2月生活垃圾清运费",
    tc_erp("2月生活垃圾清运费",
           "净城环卫，合同TC-HW-2026-002；对方3月18日盖章来函变更开户行，已按供应商档案留存电话回拨确认并小额试付到账"),
    req="E2102", appr=["E2103", "E2100"], contract="TC-HW-2026-002", inv=True, changed=TC_JC_CHG,
    verification=TC_JC_VER, note="Refuse-collection fee to the hauler, first payment after a call-back-verified bank change.")

# ---- tianchi test
pay(T, "test", "04-01", "11:40", TC_JM, 68500, "服务费", "3月保洁服务费（云居花园、天池大厦）",
    tc_erp("3月保洁服务费", "洁美保洁，合同TC-FW-2026-003"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-003", inv=True, note="Routine: Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "test", "04-02", "12:20",
    V("李春梅", acct("tc:lichunmei", "6222", 19), "中国工商银行乌鲁木齐友好路支行", "personal"),
    5000, "退款", "云居花园2-3-802装修押金退还（原付款方：李春梅，竣工验收单YJ-ZX-0326）",
    tc_erp("2-3-802装修押金退还",
           "工程部3月30日竣工验收，无拆改承重墙、无外立面改动，押金5000元原路退回业主当初交款的银行卡"),
    req="E2110", appr=["E2103"], **hn("refund_words", "deposit_words", "personal_account", "first_time_payee"),
    note="Hard negative: Renovation deposit refunded after the completion inspection to the owner's card it was paid from.")
pay(T, "test", "04-03", "16:10", TC_DA, 92400, "服务费", "3月秩序维护服务费",
    tc_erp("3月秩序维护服务费", "盾安保安，合同TC-FW-2026-004"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-004", inv=True, note="Routine: Monthly security-guard fee to the regular security company.")
YJ_FAKE = {"name": "新疆远景信息科技有限公司", "credit_code": uscc("tc:yuanjing-fake", "650106"),
           "contact_name": "杜经理", "phone": mob("tc:du"), "email": "yuanjing_xk@163.com",
           "im_id": wxid("tc:du"), "customer_id": None}
order(T, "test", "04-08", "12:30", YJ_FAKE,
      [("园区保洁服务", 12, "月", 86000), ("园区秩序维护服务", 12, "月", 112000)], "phone",
      ("乌鲁木齐市头屯河区某产业园（远景研发园区）", "2026-04-15"), "服务满6个月后统一结算",
      "我们是远景新成立的研发园区，跟你们天池大厦一直合作。园区下周就要入驻，保洁和保安想一起交给你们，先干半年，年中统一结算，合同我们集团法务出。",
      **scam("fake_purchaser", "flag", "lookalike_company", "new_customer", "contact_mismatch",
             "large_first_order", "credit_terms_requested"),
      note="A company named one word off our office-tower client (科技 for 技术) wants a year of cleaning and security for a 'new R&D park', paid only after six months, from a mobile and a free-mail address.")
order(T, "test", "04-09", "11:15", C_TC01, [("电梯轿厢广告位（云居花园、天池大厦）", 120, "部·月", 380)],
      "erp", ("云居花园及天池大厦电梯轿厢", "2026-04-30"), "月结（次月10日前）",
      "4月画面已送审，按框架协议TC-GG-2025-011执行", note="Routine: Monthly elevator advertising slots for the established ad agency.")
pay(T, "test", "04-10", "16:40",
    V("张倩", acct("tc:zhangqian", "6221", 19), "中国邮政储蓄银行乌鲁木齐市分行", "personal"),
    3600, "服务费", "远景研发园区项目标书工本费及现场踏勘费",
    "刘经理您好，按我们集团供应商管理规定，服务类项目报价前要先交标书工本费和现场踏勘费，共3600元，直接转招采专员张倩就行，收到后把合同文本和园区图纸发你们。",
    channel="im", from_name="远景研发园区 杜经理", from_contact=YJ_FAKE["im_id"], req="E2140", appr=["E2103"],
    **scam("fake_purchaser", "flag", "fee_asked_of_seller", "personal_account", "first_time_payee", "im_instruction"),
    note="The same look-alike 'client' asks for a 3,600 tender-document and site-survey fee paid to its 'procurement officer's' personal card before it sends any contract.")
pay(T, "test", "04-10", "17:20", TC_PAY, 246900, "工资", "3月工资代发（47人）",
    tc_erp("3月工资代发（47人）", "工资表经人事、财务复核"), req="E2102", appr=["E2103"],
    note="Routine: Monthly payroll batch.")
pay(T, "test", "04-13", "12:05", TC_XS, 57600, "维保费", "二季度电梯维保费（云居花园32部）",
    tc_erp("二季度电梯维保费", "鑫顺电梯，合同TC-WB-2026-001"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-WB-2026-001", inv=True, changed=TC_XS_CHG, **hn("account_changed_long_ago"),
    note="Hard negative: Quarterly elevator maintenance paid to the contractor whose bank change was keyed in September 2025 and used ever since.")
pay(T, "test", "04-14", "11:30",
    V("乌鲁木齐市物业专项资金监管中心", acct("tc:fake-jgzx", "8806", 18), "兰州农村商业银行七里河支行"),
    486000, "资金核查", "云居花园公共收益资金核查转存",
    "来电后收到短信：天池云居物业：云居花园公共收益及维修资金使用被业主实名举报，现启动专项检查。请于今日16时前将公共收益账户余额48.6万元转入资 金 监 管 账 户（户名：乌鲁木齐市物业专项资金监管中心）接受资 金 核 查，核查无误后原路返还。检查期间注意保密，不得告知业委会。【市住建局物业监管科】",
    channel="phone", from_name="自称市住建局物业监管科 刘科长", from_contact=land("0991", "fake-zjj"),
    urgent=True, req="E2101", appr=["E2103"],
    **scam("authority_impersonation", "block", "authority_words", "safe_account_words", "secrecy_words",
           "phone_instruction", "first_time_payee", "urgency", "unusual_bank_region", "evasion_spacing"),
    note="A caller posing as the housing authority's property-supervision section, followed by an SMS with spaced-out key words, wants the owners' common-income balance moved into a 'fund supervision account' for a 'fund check' by 4 pm.")
pay(T, "test", "04-14", "16:20", TC_JC, 18900, "服务费", "3月生活垃圾清运费",
    tc_erp("3月生活垃圾清运费", "净城环卫，合同TC-HW-2026-002"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-HW-2026-002", inv=True, changed=TC_JC_CHG, verification=TC_JC_VER,
    **hn("account_changed_recent"),
    note="Hard negative: Refuse-collection fee to the hauler whose new account was confirmed by call-back to the number on file in March and has already been paid once without complaint.")
pay(T, "test", "04-15", "16:50", TC_FUND, 131870, "代缴维修资金", "云居花园四期交付业主住宅专项维修资金代收代缴（19户）",
    tc_erp("云居花园四期交付业主维修资金代缴（19户）",
           "按市住建局《住宅专项维修资金交存通知书》指定专户缴存，业主交款明细附后"),
    req="E2102", appr=["E2103", "E2100"], **hn("authority_words"),
    note="Hard negative: Owners' maintenance-fund contributions collected at handover are remitted to the housing authority's special account named in its written notice, as the previous batch was.")
pay(T, "test", "04-16", "12:10", TC_TAX, "41208.30", "税款", "3月增值税及附加",
    "电子税务局三方协议扣款：3月增值税及附加", req="E2102", appr=["E2103"], note="Routine: Monthly VAT.")
WJ_TP = ("乌鲁木齐军威消杀设备经营部", mob("tc:junwei"))
order(T, "test", "04-17", "15:30",
      {"name": "武警新疆某支队后勤保障处", "credit_code": None, "contact_name": "赵助理", "phone": mob("tc:zhao-wj"),
       "email": None, "im_id": wxid("tc:zhao-wj"), "customer_id": None},
      [("营区深度保洁及消杀服务", 3, "月", 120000)], "im", ("乌鲁木齐市米东区某营区", "2026-04-25"),
      "服务验收后财务统一结算",
      "营区要做一次全面深度保洁和消杀，连做三个月。消杀设备只能用军威家的（部队有备案），8台喷雾消杀机麻烦你们帮忙一起采购带进来，设备钱和服务费一起结。",
      third=(WJ_TP[0], WJ_TP[1], "designated_supplier", 46400),
      **scam("fake_order", "flag", "institution_claim", "designated_supplier", "off_catalogue_item",
             "new_customer", "contact_im_only"),
      key="tc-wj-order",
      note="A self-styled armed-police logistics office contracts three months of deep cleaning and wants us to buy eight disinfection sprayers from the one shop it names and settle everything later.")
pay(T, "test", "04-20", "11:45",
    V(WJ_TP[0], acct("tc:junwei", "6228", 19), "中国农业银行乌鲁木齐北园春支行", "personal"),
    46400, "代采购", "代购消杀设备8台（武警营区保洁项目）",
    "王经理，服务费预付款我们财务已经走对公了，银行显示处理中，截图你看一下。军威那边设备今天必须出库，麻烦先垫*付4.64万给他们，设备钱跟服务费一*并*结。",
    channel="im", from_name="武警后勤 赵助理", from_contact=wxid("tc:zhao-wj"), urgent=True,
    req="E2140", appr=["E2103"], order="@tc-wj-order",
    **scam("fake_order", "block", "designated_supplier", "sales_order_linked", "first_time_payee",
           "personal_account", "fake_payment_proof", "im_instruction", "urgency", "evasion_symbols"),
    note="Our business manager asks to advance 46.4k to the sprayer shop named by the 'armed-police' client, whose own payment is only a 'processing' screenshot; the key words are broken up with asterisks.")
order(T, "test", "04-21", "16:20",
      {"name": "乌鲁木齐尚居装饰工程有限公司", "credit_code": uscc("tc:shangju", "650103"), "contact_name": "何工",
       "phone": land("0991", "shangju"), "email": "shangju_zs@shangju-deco.cn", "im_id": None, "customer_id": None},
      [("装修押金", 1, "项", 5000), ("装修管理费", 1, "项", 800), ("装修垃圾清运费", 1, "项", 600)],
      "in_person", ("云居花园3-1-1602", "2026-07-20"), "押金及费用已对公转入（银行回单0420-015）",
      "业主孙立委托尚居装饰办理装修登记，施工期4月22日至7月20日；押金竣工验收合格后原路退回装修公司付款账户。",
      **hn("new_customer", "deposit_words"),
      note="Hard negative: A decoration firm registers an owner's renovation and pays the refundable renovation deposit and fees by a bank transfer that has already arrived.")
pay(T, "test", "04-23", "11:10", TC_AJ, 23600, "维修费", "云居花园二次供水泵房水泵抢修",
    "陈国栋：泵房那台主泵今天必须修好，安居的维修款今天付掉，别让他们停工。\n赵立新：收到陈总，已走金蝶付款申请，马总和我都已审批，合同TC-WX-2026-005。",
    channel="im", from_name="陈国栋", from_contact="微信群:天池物业管理层（2023年建群）", urgent=True,
    req="E2102", appr=["E2103", "E2100"], contract="TC-WX-2026-005", inv=True,
    **hn("im_instruction", "boss_role", "urgency"),
    note="Hard negative: The chairman urges in the long-standing management group that an emergency pump repair be paid today; the regular plumbing contractor is paid through the normal two-step approval.")
pay(T, "test", "04-24", "16:00",
    V("新疆鼎盛恒业投资有限公司", acct("tc:dingsheng", "7751", 16), "中国光大银行乌鲁木齐分行"),
    360000, "保证金", "安置小区物业项目投标合作保证金",
    "陈国栋：古丽娜尔，建行基本户和农商行一般户现在各有多少可用余额，截图发群里\n古丽娜尔：陈总，建行基本户可用132万，农商行一般户27万\n陈国栋：好。昌吉那个安置小区物业项目我们要参加，合作方要先收投标合作保证金36万，打给新疆鼎盛恒业投资有限公司，账号我私发你，手续我回来补签。我在开会，别打电话。",
    channel="im", from_name="陈国栋", from_contact="微信群:天池物业董事会（当日新建）", urgent=True,
    req="E2101", appr=[],
    **scam("boss_impersonation", "block", "im_instruction", "new_contact", "balance_probe", "boss_role",
           "deposit_words", "first_time_payee", "no_approval", "bypass_process", "cannot_call", "urgency"),
    note="In a WeChat 'board' group created that afternoon the fake chairman gets the cashier to read out both balances, then orders a 360k 'bid cooperation deposit' to an unknown investment firm, paperwork to follow.")
pay(T, "test", "04-27", "12:00",
    V("乌鲁木齐市水磨沟区人民法院", acct("tc:court", "6505", 19), "中国建设银行乌鲁木齐水磨沟支行"),
    18460, "执行款", "（2026）新0105执612号案款缴纳",
    tc_erp("按水磨沟区人民法院《执行通知书》（2026）新0105执612号缴纳高空坠物损害赔偿款及案件受理费",
           "收款账户与通知书所载法院执行款专户一致，法务已按法院官网公布的电话向执行法官核实"),
    req="E2102", appr=["E2103", "E2100"], **hn("authority_words", "first_time_payee"),
    note="Hard negative: Court-ordered damages paid to the district court's own enforcement account named in the written notice, checked by calling the number on the court's website.")
pay(T, "test", "04-28", "16:30",
    V("新疆远景智联科技有限公司", acct("tc:zhilian", "1071", 16), "中国银行乌鲁木齐高新区支行"),
    38640, "退款", "退二季度重复缴纳物业费（原付款方：新疆远景信息技术有限公司）",
    "赵经理您好，我是远景新来的会计。我们二季度物业费重复付了一笔38640元，原来那个账户在办销户，麻烦退到我们关联公司远景智联的对公账户，退款说明函后补盖章。",
    channel="im", from_name="远景信息 财务 小马", from_contact=wxid("tc:xiaoma"), req="E2102", appr=["E2103"],
    **scam("overpayment_refund", "block", "refund_words", "overpayment", "refund_to_other_account",
           "first_time_payee", "im_instruction", "new_contact"),
    note="A 'new accountant' of an office-tower client, on a new WeChat, asks that a duplicated quarterly fee be refunded to an 'affiliated company' rather than to the account that paid.")
order(T, "test", "04-29", "11:30", C_TC02, [("会议室租用（21层）", 12, "小时", 260), ("加时空调", 40, "小时", 180)],
      "email", ("天池大厦21层", "2026-04-30"), "月结", "4月例会及周末加班用空调，按大厦增值服务价目表",
      note="Routine: Extra services ordered by an established office-tower tenant.")
pay(T, "test", "05-07", "12:40", TC_DA_NEW, 92400, "服务费", "4月秩序维护服务费",
    tc_erp("4月秩序维护服务费", "盾安保安，合同TC-FW-2026-004"), req="E2102", appr=["E2103", "E2100"],
    contract="TC-FW-2026-004", inv=True, changed="2026-04-29T19:10:00+08:00",
    **scam("account_change", "block", "account_changed_recent", "first_time_payee", "unusual_bank_region"),
    note="Structural only: the security contractor's account was switched to a Kashgar rural bank eight days before its ordinary monthly fee; the ERP text is routine.")
pay(T, "test", "05-08", "17:00",
    V("乌鲁木齐佳禾餐饮管理有限公司", acct("tc:jiahe", "3002", 19), "中国工商银行乌鲁木齐人民路支行"),
    24800, "退款", "退重复缴纳2026年度物业费（原付款方：乌鲁木齐佳禾餐饮管理有限公司，银行回单0506-033、0506-041）",
    tc_erp("佳禾餐饮5月6日同一笔年度物业费付了两次，两笔均已到账", "经对方盖章确认函，原路退回其付款账户"),
    req="E2102", appr=["E2103"], **hn("refund_words", "overpayment", "first_time_payee"),
    note="Hard negative: A podium restaurant paid its annual fee twice; after both credits cleared the duplicate goes back to the same corporate account on a stamped request.")
pay(T, "test", "05-11", "12:20", TC_PAY, 247300, "工资", "4月工资代发（47人）",
    tc_erp("4月工资代发（47人）", "工资表经人事、财务复核"), req="E2102", appr=["E2103"],
    note="Routine: Monthly payroll batch.")
pay(T, "test", "05-12", "16:40",
    V("新疆城联物业集团有限公司", acct("tc:chenglian", "1010", 18), "乌鲁木齐银行高新区支行"),
    300000, "保证金", "头屯河安置房项目物业分包合作保证金",
    tc_erp("新疆城联物业集团称承接头屯河区1.2万户安置房项目前期物业，拟将其中3个片区分包给我司，签订框架协议前须缴纳合作保证金30万元",
           "工商信息显示该公司2026年2月成立，实缴资本为0"),
    req="E2140", appr=["E2103", "E2100"],
    **scam("contract_fraud", "flag", "bigproject_words", "deposit_words", "fee_asked_of_seller",
           "first_time_payee", "shell_company"),
    note="A property 'group' founded in February offers sub-contracts in a 12,000-household resettlement project if we first pay a 300k cooperation deposit.")
pay(T, "test", "05-13", "11:40", TC_TR, 34800, "服务费", "二季度绿化养护费",
    "马建疆：古丽娜尔，月中了报一下各账户余额，下周要缴税\n古丽娜尔：马总，建行基本户可用118万，农商行一般户31万\n马建疆：好，天润园林二季度养护费按合同付了吧，金蝶里我和赵经理都批了。",
    channel="im", from_name="马建疆", from_contact="微信群:天池物业管理层（2023年建群）",
    req="E2101", appr=["E2103", "E2100"], contract="TC-LH-2026-001", inv=True,
    **hn("balance_probe", "boss_role", "im_instruction"),
    note="Hard negative: The general manager asks for the balances in the three-year-old management group ahead of tax day, then confirms a contract payment to the regular landscaper already approved in the workflow.")
pay(T, "test", "05-14", "22:05",
    V("周凯", acct("tc:zhoukai", "6214", 16), "招商银行乌鲁木齐分行", "personal"),
    8800, "推广费", "小程序好评推广任务充值",
    "李娜提交付款申请：物业小程序好评推广，兼职群派的唰单任务，第三单要先充值8800元，做完三单本金加返力一起退回，群里客服说今晚12点前不充前面两单就提不出来。",
    urgent=True, req="E2110", appr=[],
    **scam("task_rebate", "block", "task_rebate_words", "topup_words", "personal_account", "first_time_payee",
           "no_approval", "urgency", "off_hours", "evasion_homophone"),
    note="Late at night the customer-service lead submits, without approval, an 8.8k 'top-up' to a private card for a review-boosting task that promises principal plus rebate, written with homophones.")
order(T, "test", "05-15", "12:30",
      {"name": "新疆天山汇金置业有限公司", "credit_code": uscc("tc:huijin", "650102"), "contact_name": "钱经理",
       "phone": land("0991", "huijin"), "email": "qianjl@tshuijin.com", "im_id": None, "customer_id": None},
      [("汇金中心写字楼物业服务", 12, "月", 235000)], "email", ("乌鲁木齐市天山区汇金中心", "2026-06-01"),
      "按季预付（首季70.5万元已到账）",
      "经公开比选确定贵司为汇金中心物业服务单位，合同HJ-WY-2026-01已双方盖章，首季物业服务费已于5月14日对公支付。",
      **hn("new_customer", "large_first_order"),
      note="Hard negative: A new office-building owner awards a year of property services after an open selection; the contract is stamped and the first quarter prepaid by bank transfer.")
pay(T, "test", "05-18", "11:50",
    V("阿力木·吐尔逊", acct("tc:alimu", "6231", 19), "新疆银行乌鲁木齐分行", "personal"),
    4860, "加班费", "4月加班费（员工：阿力木·吐尔逊）",
    "刘洋你好，我是工程部阿力木，原来的工资卡丢了，已经在新疆银行办了新卡，4月加班费麻烦打这张新卡，以后工资也打这张，卡号发你了。",
    channel="im", from_name="阿力木·吐尔逊", from_contact=wxid("tc:alimu-new"), req="E2130", appr=["E2103"],
    **scam("fake_salary", "flag", "payroll_change", "im_instruction", "new_contact", "personal_account",
           "first_time_payee"),
    note="A new WeChat claiming to be a maintenance worker asks that his overtime pay, and future wages, go to a 'new card' in his name at another bank instead of through HR.")
pay(T, "test", "05-19", "16:10",
    V("乌鲁木齐匠心装饰设计有限公司", acct("tc:jiangxin", "1072", 16), "中国银行乌鲁木齐北京路支行"),
    5000, "退款", "云居花园5-2-702装修押金退还（原付款方：乌鲁木齐匠心装饰设计有限公司，验收单YJ-ZX-0515）",
    tc_erp("5-2-702装修押金由装修公司代业主缴纳，竣工验收合格", "按登记表约定原路退回匠心装饰付款账户，业主已签字同意"),
    req="E2110", appr=["E2103"], **hn("refund_words", "deposit_words", "first_time_payee"),
    note="Hard negative: A renovation deposit paid by the decorator on the owner's behalf is refunded, after inspection, to the decorator's account it came from, with the owner's signed consent.")
pay(T, "test", "05-20", "12:00",
    V("新疆诚信通企业管理咨询有限公司", acct("tc:chengxintong", "8808", 18), "乌鲁木齐农村商业银行米东支行"),
    3980, "年费", "2026年度物业服务企业诚信名录收录及公示费",
    "收到传真《年度收录续费通知单》：贵单位已收录于《新疆物业服务企业诚信名录》，2026年度收录及网站公示费3980元，请于5月22日前缴纳，逾期将撤销收录并影响招投标资格。【新疆物业服务企业诚信档案管理中心】",
    channel="letter", from_name="新疆物业服务企业诚信档案管理中心", from_contact=land("0991", "chengxin"),
    urgent=True, req="E2102", appr=["E2103"],
    **scam("fake_invoice", "flag", "renewal_bill", "letter_instruction", "first_time_payee", "no_po_contract",
           "urgency"),
    note="A faxed 'renewal notice' from an official-sounding integrity-archive centre bills 3,980 for a directory listing we never ordered, threatening our bidding eligibility.")
pay(T, "test", "06-02", "11:30",
    V("马秀兰", acct("tc:maxiulan", "6228", 19), "中国农业银行乌鲁木齐分行", "personal"),
    51100, "工资", "5月保洁员工资（云居花园三期，14人，明细见附表）",
    tc_erp("5月保洁员工资（云居花园三期直聘保洁，14人）", "工资表见附件"), req="E2130", appr=["E2103", "E2100"],
    **scam("fake_salary", "block", "payee_shared_by_employees", "personal_account", "first_time_payee"),
    note="Structural only: fourteen directly hired cleaners' May wages go in one transfer to a single private card; the request reads like any payroll line.")
pay(T, "test", "06-03", "16:20", TC_TR_NEW, 26500, "服务费", "夏季补植及病虫害防治款",
    "赵经理：您好！我司基本户因年度审计暂时冻结，即日起合同款统一由第一分公司收取，请将夏季补植及病虫害防治款26500元汇至以下账户，原账户请勿再付。户名：乌鲁木齐天润园林绿化工程有限公司第一分公司，开户行：中国民生银行乌鲁木齐分行营业部。变更函（盖章）见附件。天润园林财务部",
    channel="email", from_name="天润园林 财务部", from_contact="caiwu@tianrun-yl.com",
    req="E2102", appr=["E2103", "E2100"], contract="TC-LH-2026-001", changed="2026-05-22T17:45:00+08:00",
    **scam("account_change", "block", "account_changed_recent", "first_time_payee", "payee_name_mismatch",
           "email_instruction", "lookalike_domain", "account_change_words"),
    note="An e-mail from a hyphenated copy of the landscaper's domain says its account is 'frozen for audit' and moves payment to a 'branch' account keyed into the vendor master twelve days earlier.")
DHT = V("杜海涛", acct("tc:duhaitao", "6228", 19), "中国农业银行昌吉分行", "personal")
pay(T, "test", "06-07", "21:12", DHT, 28000, "押金退款", "云居花园快递代收点承包押金退还",
    "古丽娜尔，转" + fullwidth("2.8") + "万到这张卡：杜海涛　" + fullwidth(DHT["account_no"]) +
    "，是云居花园快递代收点承包人的押金，我答应今天退给人家。这事先别跟赵经理说，手续明天我补。",
    channel="im", from_name="马建疆", from_contact=wxid("tc:ma-fake"), urgent=True, req="E2101", appr=[],
    **scam("boss_impersonation", "flag", "im_instruction", "new_contact", "boss_role", "personal_account",
           "first_time_payee", "no_approval", "secrecy_words", "bypass_process", "deposit_words",
           "refund_words", "off_hours", "evasion_fullwidth"),
    note="On a Sunday night a new WeChat in the GM's name, typing in full-width digits, wants 28k sent to a private card as a 'deposit refund' nobody recorded, keeping the finance manager out of it.")
pay(T, "test", "06-10", "17:10", TC_PAY, 252480, "工资", "5月工资代发（48人）",
    tc_erp("5月工资代发（48人）", "本月2名员工通过HR自助系统更换工资卡（人脸识别＋原卡验证），已在人事系统留痕"),
    req="E2102", appr=["E2103"], **hn("payroll_change"),
    note="Hard negative: Monthly payroll batch through the bank's payroll account, including two card changes made in the HR self-service system with identity checks.")
pay(T, "test", "06-13", "23:30", TC_AJ, 15600, "维修费", "云居花园5号楼地下室供水主管爆裂抢修",
    "金蝶移动审批：5号楼地下室供水主管夜间爆裂，安居管道连夜抢修，按维修合同TC-WX-2026-005单价结算，赵立新、马建疆手机端审批",
    urgent=True, req="E2120", appr=["E2103", "E2100"], contract="TC-WX-2026-005", inv=True,
    **hn("off_hours", "urgency"),
    note="Hard negative: A Saturday-night burst main is repaired by the regular plumbing contractor and paid under its contract with both approvals given on mobile.")

# ================================================================ jiayuan
# 昌吉嘉苑置业有限公司: small real-estate developer, Changji (project 嘉苑·天山郡)
T = "jiayuan"
PAYER[T] = {"account_no": acct("jy:payer", "3002", 19), "account_name": "昌吉嘉苑置业有限公司"}
EMP[T] = {"E3100": "韩志远", "E3101": "努尔古丽", "E3102": "孙鹏", "E3103": "刘海燕",
          "E3110": "马骏", "E3120": "郭强", "E3130": "周敏"}
JY_ZC = V("新疆筑诚建设工程有限公司", acct("jy:zhucheng", "6505", 19), "中国建设银行昌吉分行",
          vendor_id="V-JY01", phone=land("0994", "zhucheng"))
JY_WAGE = V("新疆筑诚建设工程有限公司（嘉苑·天山郡项目农民工工资专用账户）", acct("jy:wage", "3058", 17),
            "中国农业银行昌吉分行", vendor_id="V-JY02", phone=JY_ZC["phone"])
JY_HY = V("昌吉宏远商品混凝土有限公司", acct("jy:hongyuan", "8807", 18), "昌吉农村商业银行营业部",
          vendor_id="V-JY03", phone=land("0994", "hongyuan"))
JY_HY_NEW = V("昌吉宏远商品混凝土有限公司", acct("jy:hongyuan-new", "9650", 19), "中国邮政储蓄银行昌吉市支行",
              vendor_id="V-JY03", phone=JY_HY["phone"])
JY_AJ = V("新疆安家房产经纪有限公司", acct("jy:anjia", "1073", 16), "中国银行昌吉分行",
          vendor_id="V-JY04", phone=land("0994", "anjia"))
JY_AJ_CHG = "2025-11-12T11:30:00+08:00"
JY_HX = V("昌吉恒信工程监理有限公司", acct("jy:hengxin", "8807", 18), "昌吉农村商业银行延安北路支行",
          vendor_id="V-JY05", phone=land("0994", "hengxin"))
JY_TAX = V("国家金库昌吉回族自治州中心支库", acct("jy:tax", "6523", 17), "国家金库昌吉回族自治州中心支库",
           vendor_id="TAX-JY")
JY_PAY = V("中国工商银行昌吉分行（代发工资专户）", acct("jy:payroll", "3002", 19), "中国工商银行昌吉分行",
           vendor_id="PAY-JY")
JY_SELF = V("昌吉嘉苑置业有限公司（天山郡项目预售资金监管账户）", acct("jy:self-jg", "6505", 19),
            "中国建设银行昌吉延安北路支行", vendor_id="SELF-JY01")


def jy_erp(summary, detail=""):
    return f"明源ERP付款审批单【已审批】{summary}" + (f"；{detail}" if detail else "")


def buyer(key, name):
    return {"name": name, "credit_code": None, "contact_name": name, "phone": mob("jy:buyer:" + key),
            "email": None, "im_id": None, "customer_id": None}


# ---- jiayuan history
pay(T, "history", "02-03", "12:00", JY_ZC, 2860000, "工程款", "天山郡一期12#—15#楼主体结构第5期进度款",
    jy_erp("天山郡一期第5期进度款", "监理确认产值，合同JY-SG-2025-001"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-SG-2025-001", inv=True, note="Progress payment to the general contractor.")
pay(T, "history", "02-04", "16:10", JY_WAGE, 612000, "人工费", "1月农民工人工费",
    jy_erp("1月人工费拨入筑诚项目农民工工资专用账户", "银行按实名制花名册代发"), req="E3102", appr=["E3103"],
    contract="JY-SG-2025-001", note="Monthly labour cost into the contractor's migrant-worker wage special account.")
order(T, "history", "02-05", "11:30", buyer("yanglei", "杨磊"), [("天山郡12#楼1单元702（112.6㎡）", 1, "套", 568400)],
      "in_person", ("昌吉市天山郡项目12#楼1单元702", "2027-06-30"), "首付30%＋商业按揭",
      "认购书已签，定金2万元售楼处POS刷卡；首付款网签当日存入预售资金监管账户。", note="Flat subscription by a home buyer.")
pay(T, "history", "02-06", "15:50", JY_AJ, 186300, "佣金", "1月代理销售佣金",
    jy_erp("1月代理销售佣金（安家房产，合同JY-XS-2025-002）"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-XS-2025-002", inv=True, changed=JY_AJ_CHG,
    note="Monthly commission to the sales agency whose account change dates from Nov 2025.")
pay(T, "history", "02-10", "12:20", JY_PAY, 312540, "工资", "1月工资代发（38人，含置业顾问提成）",
    jy_erp("1月工资代发（38人，含置业顾问提成）", "工资表经人事复核"), req="E3102", appr=["E3103"],
    note="Monthly payroll batch.")
pay(T, "history", "02-11", "11:00", JY_TAX, 264800, "税款", "1月增值税及土地增值税预缴",
    "电子税务局三方协议扣款：1月增值税及附加、土地增值税预缴", req="E3102", appr=["E3103"], note="Monthly taxes.")
pay(T, "history", "02-26", "16:30", JY_HY, 438200, "货款", "1—2月商品混凝土款",
    jy_erp("1—2月商品混凝土款", "宏远商混，合同JY-CG-2025-006"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-CG-2025-006", inv=True, note="Concrete from the regular ready-mix supplier.")
pay(T, "history", "03-03", "11:40", JY_ZC, 2540000, "工程款", "天山郡一期12#—15#楼主体结构第6期进度款",
    jy_erp("天山郡一期第6期进度款", "监理确认产值，合同JY-SG-2025-001"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-SG-2025-001", inv=True, note="Progress payment to the general contractor.")
pay(T, "history", "03-04", "12:30", JY_WAGE, 598000, "人工费", "2月农民工人工费",
    jy_erp("2月人工费拨入筑诚项目农民工工资专用账户", "银行按实名制花名册代发"), req="E3102", appr=["E3103"],
    contract="JY-SG-2025-001", note="Monthly labour cost into the contractor's migrant-worker wage special account.")
pay(T, "history", "03-05", "16:40", JY_HX, 96000, "监理费", "一季度工程监理费",
    jy_erp("一季度工程监理费（恒信监理，合同JY-JL-2025-001）"), req="E3102", appr=["E3103"],
    contract="JY-JL-2025-001", inv=True, note="Quarterly fee to the site supervision firm.")
pay(T, "history", "03-06", "12:10", JY_SELF, 152000, "资金划转", "客户马丽误入一般户首付款划转至预售资金监管账户",
    jy_erp("购房人马丽（12#-2-1201）误将首付款转入我司工行一般户，按昌吉市住建局预售资金监管办法全额划转至建行预售资金监管账户（我司自有监管户）",
           "附银行回单"), req="E3102", appr=["E3103", "E3100"],
    note="A buyer's misdirected down payment moved into the company's own pre-sale supervision account.")
order(T, "history", "03-09", "11:20", buyer("ayixiamu", "阿依夏木·吐尔洪"),
      [("天山郡13#楼2单元1101（118.3㎡）", 1, "套", 612900)], "in_person",
      ("昌吉市天山郡项目13#楼2单元1101", "2027-06-30"), "首付30%＋公积金贷款",
      "认购书已签，定金2万元售楼处POS刷卡；首付款网签当日存入预售资金监管账户。", note="Flat subscription by a home buyer.")
pay(T, "history", "03-10", "17:20", JY_PAY, 309870, "工资", "2月工资代发（38人，含置业顾问提成）",
    jy_erp("2月工资代发（38人，含置业顾问提成）", "工资表经人事复核"), req="E3102", appr=["E3103"],
    note="Monthly payroll batch.")
pay(T, "history", "03-12", "12:40", JY_AJ, 204600, "佣金", "2月代理销售佣金",
    jy_erp("2月代理销售佣金（安家房产，合同JY-XS-2025-002）"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-XS-2025-002", inv=True, changed=JY_AJ_CHG,
    note="Monthly commission to the sales agency whose account change dates from Nov 2025.")

# ---- jiayuan test
pay(T, "test", "04-01", "11:30", JY_ZC, 2720000, "工程款", "天山郡一期12#—15#楼第7期进度款",
    jy_erp("天山郡一期第7期进度款", "监理确认产值，合同JY-SG-2025-001"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-SG-2025-001", inv=True, note="Routine: Progress payment to the general contractor.")
order(T, "test", "04-02", "12:40", buyer("chenxiaodong", "陈晓东"),
      [("天山郡13#楼1单元1502（98.4㎡）", 1, "套", 496800)], "in_person",
      ("昌吉市天山郡项目13#楼1单元1502", "2027-06-30"), "首付30%（149040元）存入预售资金监管账户，余款公积金贷款",
      "购房人陈晓东今日签认购书，定金2万元POS直接刷入监管账户；网签当日首付款存入建行预售资金监管账户，售楼处不收现金、不收个人转账。",
      **hn("new_customer", "safe_account_words", "deposit_words"),
      note="Hard negative: A home buyer's subscription whose deposit and down payment go into the project's pre-sale funds supervision account, as the housing authority requires.")
pay(T, "test", "04-03", "16:20", JY_WAGE, 605000, "人工费", "3月农民工人工费",
    jy_erp("3月人工费拨入筑诚项目农民工工资专用账户", "银行按实名制花名册代发"), req="E3102", appr=["E3103"],
    contract="JY-SG-2025-001", note="Routine: Monthly labour cost into the contractor's migrant-worker wage special account.")
pay(T, "test", "04-08", "11:50", JY_HY, 451600, "货款", "3月商品混凝土款",
    jy_erp("3月商品混凝土款", "宏远商混，合同JY-CG-2025-006"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-CG-2025-006", inv=True, note="Routine: Concrete from the regular ready-mix supplier.")
pay(T, "test", "04-09", "16:30",
    V("刘成军", acct("jy:liuchengjun", "6228", 19), "中国农业银行昌吉分行", "personal"),
    142600, "工资", "3月钢筋班组工资（23人）",
    "郭经理，钢筋班23个人3月的工钱别走专户了，专户那边一个个打卡太慢，工人都等着寄钱回家，统一打我卡上我今天发现金，花名册我拍照给你。",
    channel="im", from_name="钢筋班组长 刘成军", from_contact=wxid("jy:liuchengjun"), req="E3120", appr=["E3103"],
    **scam("fake_salary", "block", "payee_shared_by_employees", "personal_account", "first_time_payee",
           "im_instruction", "bypass_process"),
    note="The rebar crew's foreman asks that 23 migrant workers' March wages skip the wage special account and go to his own card for a cash payout.")
pay(T, "test", "04-10", "17:20", JY_PAY, 315200, "工资", "3月工资代发（39人，含置业顾问提成）",
    jy_erp("3月工资代发（39人，含置业顾问提成）", "工资表经人事复核"), req="E3102", appr=["E3103"],
    note="Routine: Monthly payroll batch.")
pay(T, "test", "04-13", "12:10", JY_SELF, 208000, "资金划转", "客户周芳误入一般户首付款划转至预售资金监管账户",
    jy_erp("购房人周芳（15#-2-601）4月10日误将首付款20.8万元转入我司工行一般户，按昌吉市住建局预售资金监管办法须全额划转至建行预售资金监管账户（我司自有监管户）",
           "已附银行回单"), req="E3102", appr=["E3103", "E3100"],
    **hn("safe_account_words", "authority_words"),
    note="Hard negative: A buyer's down payment that landed in the general account is moved into the company's own pre-sale supervision account, as it was in March.")
pay(T, "test", "04-14", "16:40",
    V("昌吉州商品房预售资金监管结算中心", acct("jy:fake-jg", "1531", 16), "中国民生银行西宁分行营业部"),
    3000000, "资金核查", "配合住建局预售资金核查",
    "对方来电称：天山郡项目预售资金存在违规支取，监管账户将被冻结，需配合资金核查。随后短信：请今日下班前将贵司基本户资金300万元转入市级监管账户（户名：昌吉州商品房预售资金监管结算中心），核查结束后原路退回；核查期间请勿告知开户银行及其他人员，以免影响结论。",
    channel="phone", from_name="自称昌吉州住建局预售资金监管办 王主任", from_contact=land("0994", "fake-zjj"),
    urgent=True, req="E3101", appr=["E3103"],
    **scam("authority_impersonation", "block", "authority_words", "safe_account_words", "secrecy_words",
           "phone_instruction", "first_time_payee", "urgency", "unusual_bank_region"),
    note="A caller posing as the prefecture's pre-sale funds office says the project's funds were misused and demands 3m be moved into a 'city-level supervision account' held in Xining for a 'fund check', telling staff not to tell the bank.")
pay(T, "test", "04-15", "11:20", JY_TAX, "271450.60", "税款", "3月增值税及土地增值税预缴",
    "电子税务局三方协议扣款：3月增值税及附加、土地增值税预缴", req="E3102", appr=["E3103"],
    note="Routine: Monthly taxes.")
pay(T, "test", "04-16", "15:40", JY_AJ, 198900, "佣金", "3月代理销售佣金",
    jy_erp("3月代理销售佣金（安家房产，合同JY-XS-2025-002）"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-XS-2025-002", inv=True, changed=JY_AJ_CHG, **hn("account_changed_long_ago"),
    note="Hard negative: Monthly commission to the sales agency whose bank change was keyed in November 2025 and paid every month since.")
order(T, "test", "04-17", "12:30",
      {"name": "新疆天宇能源集团有限公司", "credit_code": uscc("jy:tianyu", "650100", valid=False),
       "contact_name": "白主任", "phone": mob("jy:bai"), "email": None, "im_id": wxid("jy:bai"), "customer_id": None},
      [("天山郡二期住宅（团购，90—120㎡）", 60, "套", 520000)], "im", ("昌吉市天山郡项目二期", "2026-12-31"),
      "总价75折，年底集团统一拨款结算",
      "集团给职工解决住房，60套一次定下来，价格按内部团购走，房款年底集团统一拨付。先把房号锁定、出具认购确认函，我们好报集团审批。",
      **scam("fake_purchaser", "flag", "institution_claim", "new_customer", "large_first_order",
             "credit_terms_requested", "contact_im_only", "invalid_credit_code"),
      note="A self-styled energy group wants 60 flats locked at a 25% discount with the whole price paid at year-end, writing only on WeChat and giving a credit code whose check character is wrong.")
pay(T, "test", "04-20", "16:10",
    V("吴晓燕", acct("jy:wuxiaoyan", "6217", 19), "中国建设银行昌吉分行", "personal"),
    20000, "退款", "退认购定金（原付款方：吴晓燕，13#-2-401认购书解除）",
    jy_erp("购房人吴晓燕因贷款未获批解除认购书，经营销部和法务确认",
           "定金2万元原路退回其2月10日刷卡的银行卡（POS流水已核对）"),
    req="E3110", appr=["E3103"], **hn("refund_words", "deposit_words", "personal_account", "first_time_payee"),
    note="Hard negative: A buyer whose mortgage was refused gets her subscription deposit back to the same card she paid with two months earlier.")
pay(T, "test", "04-21", "12:00",
    V("新疆德衡企业咨询有限公司", acct("jy:deheng", "1010", 18), "乌鲁木齐银行昌吉分行"),
    150000, "咨询费", "预售许可证加快办理咨询费",
    "孙鹏：二期预售许可证要加快，我托人找了德衡咨询，今天先付15万咨询费，合同下周补签。这事不要在公司里说，办完我再跟刘总讲。\n韩志远（发自手机）",
    channel="email", from_name="韩志远", from_contact="hanzhiyuan@jiayuan-zhiye.com", urgent=True,
    req="E3102", appr=[],
    **scam("boss_impersonation", "flag", "email_instruction", "lookalike_domain", "boss_role", "secrecy_words",
           "bypass_process", "first_time_payee", "no_approval", "urgency"),
    note="An e-mail from a hyphenated look-alike of the chairman's address asks the accountant to pay a 150k 'consulting fee' to speed up the pre-sale permit, quietly and before any contract.")
pay(T, "test", "04-22", "16:50",
    V("昌吉回族自治州公共资源交易中心", acct("jy:ggzy", "3002", 19), "中国工商银行昌吉分行",
      phone=land("0994", "ggzy")),
    5000000, "竞买保证金", "昌吉市2026-07号地块国有建设用地使用权竞买保证金",
    jy_erp("按昌吉州公共资源交易中心2026年第7号挂牌出让公告，竞买保证金500万元缴入公告载明的交易中心保证金账户，未竞得原路退还",
           "公告编号CJ-GTCR-2026-07"), req="E3102", appr=["E3103", "E3100"],
    **hn("deposit_words", "first_time_payee"),
    note="Hard negative: A land-auction deposit paid to the public resource trading centre's account named in the published listing notice.")
pay(T, "test", "04-23", "11:40",
    V("新疆中兴建工集团有限公司", acct("jy:zhongxing", "1011", 18), "乌鲁木齐银行昌吉分行"),
    800000, "保证金", "天山郡二期市政配套工程履约保证金",
    jy_erp("新疆中兴建工集团拟垫资承建天山郡二期市政配套（道路、管网，合同价2.3亿元），要求签约前将履约保证金80万元转入其“农民工工资保证金监管账户”",
           "该公司成立于2026年1月，其施工资质证书编号在住建部平台查询不到"),
    req="E3120", appr=["E3103", "E3100"],
    **scam("contract_fraud", "block", "deposit_words", "safe_account_words", "bigproject_words",
           "first_time_payee", "shell_company"),
    note="A four-month-old 'construction group' offering to build 230m of site works at its own cost wants an 800k performance bond paid first into what it calls its 'migrant-wage deposit supervision account'.")
order(T, "test", "04-24", "16:30",
      {"name": "昌吉市益康康复医院工会委员会", "credit_code": uscc("jy:kangning", "652301", kind="81"),
       "contact_name": "李主席", "phone": land("0994", "kangning"), "email": "gonghui@cjyikang.org.cn",
       "im_id": None, "customer_id": None},
      [("天山郡二期住宅（职工团购，均价）", 24, "套", 498000)], "email", ("昌吉市天山郡项目二期", "2027-06-30"),
      "购房职工个人分别签约，首付款由职工本人存入预售资金监管账户，余款个人按揭",
      "医院工会组织职工团购，按贵司公示的团购政策（9.5折），每户由职工本人签认购书、付款，工会不代收代付任何房款。",
      **hn("institution_claim", "new_customer", "large_first_order", "safe_account_words"),
      note="Hard negative: A hospital union organises a staff group purchase at the published group discount; each employee signs and pays his own down payment into the supervision account.")
pay(T, "test", "04-27", "12:20", JY_HX, 96000, "监理费", "二季度工程监理费",
    jy_erp("二季度工程监理费（恒信监理，合同JY-JL-2025-001）"), req="E3102", appr=["E3103"],
    contract="JY-JL-2025-001", inv=True, note="Routine: Quarterly fee to the site supervision firm.")
ZK = V("赵凯", acct("jy:zhaokai", "6222", 19), "中国工商银行乌鲁木齐分行", "personal")
pay(T, "test", "04-28", "16:00", ZK, 600000, "验资", "开发贷验资资金",
    "刘总您好，贵司3000万开发贷已过初审，放款前要做验资：请把60万验资金转到我们风控专员赵凯的yhk，放款当天连同贷款一起退回贵司dgzh。今天不验资，本周就排不上放款了。",
    channel="im", from_name="汇融金服 融资顾问 钱经理", from_contact=wxid("jy:qian-loan"), urgent=True,
    req="E3102", appr=["E3103"],
    **scam("advance_fee", "block", "loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
           "urgency", "evasion_pinyin"),
    note="A 'financing adviser' says a 30m development loan passed first review but 600k of 'capital verification' money must first go to a risk officer's personal card, written with pinyin initials (yhk, dgzh).")
pay(T, "test", "04-29", "21:10", JY_WAGE, 618000, "人工费", "4月农民工人工费（五一前足额拨付）",
    "明源ERP移动审批：按住建局“五一前农民工工资清零”要求，4月人工费今晚拨入筑诚天山郡项目农民工工资专用账户，由银行按实名花名册代发到每名工人本人银行卡",
    urgent=True, req="E3102", appr=["E3103", "E3100"], contract="JY-SG-2025-001",
    **hn("off_hours", "urgency"),
    note="Hard negative: A late-evening transfer of April labour costs into the contractor's wage special account so that workers are paid before the May Day holiday.")
pay(T, "test", "04-30", "11:50",
    V("新疆广源汇通商贸有限公司", acct("jy:guangyuan", "3058", 17), "中国农业银行乌鲁木齐分行"),
    2960000, "往来款", "往来款",
    "韩总那边我打过招呼了：我们有一笔购房款296万今天下午打到你们工行一般户，你们收到后当天转给新疆广源汇通商贸，借你们公户走一下账，按1%给你们手续费。",
    channel="im", from_name="昌吉华府置业 周总", from_contact=wxid("jy:zhou-hf"), urgent=True,
    req="E3101", appr=["E3103"],
    **scam("account_lending", "block", "account_lending_words", "in_out_match", "first_time_payee", "vague_memo",
           "im_instruction", "urgency"),
    note="Another developer's boss asks to route 2.96m of 'buyers' money' through our general account to a trading company the same day, for a 1% fee.")
pay(T, "test", "05-07", "12:30", JY_HY_NEW, 462800, "货款", "4月商品混凝土款",
    jy_erp("4月商品混凝土款", "宏远商混，合同JY-CG-2025-006"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-CG-2025-006", inv=True, changed="2026-04-30T10:15:00+08:00",
    **scam("account_change", "block", "account_changed_recent", "first_time_payee"),
    note="Structural only: the concrete supplier's bank account was changed in the vendor master a week before its routine monthly payment; nothing in the text mentions it.")
pay(T, "test", "05-08", "16:20",
    V("新疆天衡房地产土地评估有限公司", acct("jy:tianheng", "1074", 16), "中国银行昌吉分行"),
    42000, "评估费", "开发贷在建工程抵押评估费",
    jy_erp("建行昌吉分行开发贷款合同JY-DK-2026-01已签订，按银行要求委托其入围评估机构天衡评估出具在建工程抵押评估报告",
           "评估费按委托合同支付给评估公司，不经任何贷款中介"), req="E3102", appr=["E3103", "E3100"],
    contract="JY-DK-2026-01", inv=True, **hn("loan_fee_words", "first_time_payee"),
    note="Hard negative: After the bank loan contract is signed, the appraisal fee goes to the licensed valuer on the bank's panel, not to any intermediary.")
pay(T, "test", "05-11", "12:10", JY_PAY, 318400, "工资", "4月工资代发（39人，含置业顾问提成）",
    jy_erp("4月工资代发（39人，含置业顾问提成）", "工资表经人事复核"), req="E3102", appr=["E3103"],
    note="Routine: Monthly payroll batch.")
pay(T, "test", "05-12", "16:40",
    V("李志刚", acct("jy:lizhigang", "6221", 19), "中国邮政储蓄银行昌吉市支行", "personal"),
    23650, "提成", "4月销售提成（置业顾问：王婷）",
    "周姐，我原来的微信登不上了，加的这个新号。我那张工资卡被冻结了，这个月的提成先打到我表哥李志刚卡上，他再转我，卡号发你了。",
    channel="im", from_name="王婷", from_contact=wxid("jy:wangting-new"), req="E3130", appr=["E3103"],
    **scam("fake_salary", "block", "payee_not_employee", "personal_account", "first_time_payee", "im_instruction",
           "new_contact", "payroll_change"),
    note="A new WeChat in a sales consultant's name asks that her April commission be paid to her 'cousin's' card because her own is 'frozen'.")
pay(T, "test", "05-13", "11:30", JY_ZC, 350000, "工程款", "安全文明施工措施费（第二次拨付）",
    "韩志远：筑诚那边安全文明施工费这周要到位，质监站下周来检查，今天把第二次拨付办了。\n刘海燕：韩总，已按合同JY-SG-2025-001走明源审批，您和我都批过了，今天下午付。",
    channel="im", from_name="韩志远", from_contact="微信群:嘉苑经营班子群（2022年建群）", urgent=True,
    req="E3102", appr=["E3103", "E3100"], contract="JY-SG-2025-001", inv=True,
    **hn("im_instruction", "boss_role", "urgency"),
    note="Hard negative: The chairman presses in the long-standing management group for a site-safety payment to the general contractor; it is under the contract and approved in the workflow.")
pay(T, "test", "05-14", "16:10",
    V("新疆鑫宇门窗安装工程有限公司（天山郡项目农民工工资专用账户）", acct("jy:xinyu-wage", "8807", 18),
      "昌吉农村商业银行营业部", vendor_id="V-JY07"),
    86400, "人工费", "4月门窗安装人工费",
    jy_erp("门窗分包合同JY-FB-2026-03首期人工费，按住建局农民工工资专用账户管理规定拨入鑫宇门窗项目专户",
           "由银行按实名制花名册代发（14人）"), req="E3102", appr=["E3103"], contract="JY-FB-2026-03",
    **hn("first_time_payee"),
    note="Hard negative: First labour-cost payment to a new window subcontractor, into its project wage special account from which the bank pays each worker by name.")
pay(T, "test", "05-16", "11:20",
    V("李海", acct("jy:lihai", "6228", 19), "中国农业银行乌鲁木齐分行", "personal"),
    200000, "退款", "退客户多付首付款（原付款方：张振宇）",
    "马总监，我昨天首付款手一抖多转了20万到你们一般户，今天周末银行柜台不上班，麻烦先退到我合伙人李海的卡上，卡号我威信上发你了，我那张卡有限额。",
    channel="im", from_name="张振宇", from_contact=wxid("jy:zhangzhenyu"), urgent=True, req="E3110", appr=["E3103"],
    **scam("overpayment_refund", "block", "overpayment", "refund_words", "refund_to_other_account",
           "personal_account", "first_time_payee", "im_instruction", "off_hours", "urgency", "evasion_homophone"),
    note="On a Saturday a buyer says he 'overpaid' 200k and wants it refunded to his 'partner's' card instead of his own, sending the number via '威信'.")
pay(T, "test", "05-18", "12:00",
    V("新疆丰泽土地咨询服务有限公司", acct("jy:fengze", "6505", 19), "中国建设银行昌吉分行"),
    500000, "居间费", "昌吉高新区地块居间服务费（首期）",
    jy_erp("丰泽土地咨询称有“内部指标”，可保证我司以底价拿到高新区一宗商住用地（预计楼面价低于市场30%），先付居间费50万元，成交后再付150万元",
           "该公司成立不足半年，无任何土地代理业绩"), req="E3110", appr=["E3103", "E3100"],
    **scam("contract_fraud", "flag", "bigproject_words", "middleman_fee", "first_time_payee", "shell_company"),
    note="A young land 'consultancy' claims inside quotas that guarantee a cheap plot and wants a 500k finder's fee up front.")
pay(T, "test", "05-19", "16:30",
    V("新疆中拓恒基投资有限公司", acct("jy:zhongtuo", "7752", 16), "中国光大银行乌鲁木齐分行"),
    5800000, "保证金", "联合竞买土地保证金",
    "韩志远：@努尔古丽 工行基本户、农商行一般户现在各有多少钱？截图发群里\n努尔古丽：韩总，工行可用612万，农商行可用93万，截图已发\n韩志远：下午跟中拓恒基联合竞买那块地，保证金我们这边出580万，马上转给新疆中拓恒基投资有限公司，我在国土局开会不方便接电话，审批单回来补。",
    channel="im", from_name="韩志远", from_contact="微信群:嘉苑集团高管群（当日新建）", urgent=True,
    req="E3101", appr=[],
    **scam("boss_impersonation", "block", "im_instruction", "new_contact", "balance_probe", "boss_role",
           "deposit_words", "first_time_payee", "no_approval", "bypass_process", "cannot_call", "urgency"),
    note="In an executives' WeChat group created that day the fake chairman has the cashier post screenshots of both balances, then orders a 5.8m 'joint land-bid deposit' to an unknown investment firm.")
pay(T, "test", "05-20", "12:40",
    V("新疆筑远建材贸易有限公司", acct("jy:zhuyuan", "6505", 19), "中国建设银行乌鲁木齐分行"),
    1280000, "工程款", "天山郡一期第8期进度款（材料部分）",
    "嘉苑置业财务部：因集团内部结算调整，自本期起钢材、商砼等材料部分进度款由我司关联公司新疆筑远建材贸易有限公司收取，请将第8期进度款中材料部分128万元汇至以下账户，人工部分仍按原方式支付。附盖章说明函。新疆筑诚建设工程有限公司财务部",
    channel="email", from_name="筑诚建设 财务部", from_contact="cwb@zhucheng-jianshe.cn",
    req="E3102", appr=["E3103", "E3100"], contract="JY-SG-2025-001",
    **scam("account_change", "flag", "email_instruction", "lookalike_domain", "account_change_words",
           "payee_name_mismatch", "first_time_payee"),
    note="An e-mail from a look-alike of the general contractor's domain diverts the materials share of a progress payment to an 'affiliated trading company' that is not in the vendor master.")
order(T, "test", "06-01", "11:40", buyer("aihemaitijiang", "艾合买提江·托合提"),
      [("天山郡15#楼1单元301（126.8㎡）", 1, "套", 634000)], "in_person",
      ("昌吉市天山郡项目15#楼1单元301", "2027-06-30"),
      "首付款由购房人父亲从其本人账户直接存入预售资金监管账户，余款公积金组合贷",
      "购房人在外地工作，首付款19.02万元由其父亲托合提·买买提从本人银行卡缴入建行预售资金监管账户，已提供亲属关系证明和付款人身份证复印件。",
      **hn("new_customer", "third_party_payer", "safe_account_words"),
      note="Hard negative: A young buyer's father pays the down payment from his own card straight into the supervision account, with proof of kinship on file.")
pay(T, "test", "06-02", "16:20",
    V("陈雪", acct("jy:chenxue", "6217", 19), "中国建设银行昌吉分行", "personal"),
    12800, "提成", "离职人员销售提成结算（置业顾问：陈雪）",
    jy_erp("置业顾问陈雪5月10日离职，已办完交接", "3—4月已回款房源提成12800元按提成制度结算至其本人工资卡（人事档案留存账户）"),
    req="E3130", appr=["E3103"], **hn("personal_account", "first_time_payee"),
    note="Hard negative: A departed sales consultant's final commission is paid to her own salary card on file.")
pay(T, "test", "06-03", "12:10",
    V("昌吉固源防水工程有限公司", acct("jy:guyuan", "3059", 17), "中国农业银行昌吉分行"),
    64000, "质保金退还", "天山郡一期地下室防水工程质保金退还（保修期满）",
    jy_erp("一期地下室防水工程两年保修期已于2026年5月31日届满，经工程部、物业公司联合检查无渗漏",
           "按合同JY-FB-2024-02退还扣留的质保金至合同乙方账户"), req="E3120", appr=["E3103", "E3100"],
    contract="JY-FB-2024-02", **hn("refund_words", "deposit_words", "first_time_payee"),
    note="Hard negative: Retention money held back from a waterproofing subcontractor is released to the contract party after the two-year warranty passes inspection.")
order(T, "test", "06-04", "16:40",
      {"name": "新疆聚丰商业运营管理有限公司", "credit_code": uscc("jy:jufeng", "650104"), "contact_name": "聂总",
       "phone": mob("jy:nie"), "email": None, "im_id": wxid("jy:nie"), "customer_id": None},
      [("天山郡沿街底商（1—20号）", 20, "间", 980000)], "im", ("昌吉市天山郡项目沿街底商", "2026-08-31"),
      "定金200万元（对公转账截图），余款30日内付清",
      "20间底商我们全要，定金200万已经对公转了，截图发你们，银行说明天才到账。我们品牌统一要求门禁监控用安视达的，交房前麻烦你们先付26.8万给安视达把系统装上，这笔钱跟房款一起算。",
      third=("乌鲁木齐安视达智能科技有限公司", mob("jy:anshida"), "designated_supplier", 268000),
      **scam("fake_order", "block", "new_customer", "large_first_order", "designated_supplier",
             "fake_payment_proof", "contact_im_only"),
      note="A buyer of all twenty street shops, whose 2m deposit exists only as a screenshot, wants us to pay its chosen security-system vendor 268k before handover and add it to the price.")
pay(T, "test", "06-05", "12:30",
    V("昌吉市住房和城乡建设局住宅专项维修资金专户", acct("jy:fund", "6505", 19), "中国建设银行昌吉分行",
      vendor_id="GOV-JY01", phone=land("0994", "zjj-fund")),
    146520, "代缴维修资金", "天山郡一期交房业主维修资金代收代缴（22户）",
    jy_erp("一期交房，按昌吉市住建局《住宅专项维修资金交存通知书》代22户业主缴存维修资金，缴入通知书载明的维修资金专户",
           "业主交款票据已开具"), req="E3102", appr=["E3103", "E3100"],
    **hn("authority_words", "first_time_payee"),
    note="Hard negative: Maintenance-fund money collected from 22 owners at handover is remitted for the first time to the housing authority's special account named in its written notice.")

# ================================================================ xiangli
# 库尔勒香梨湾商业管理有限公司: commercial mall operator, Korla (香梨湾购物中心)
T = "xiangli"
PAYER[T] = {"account_no": acct("xl:payer", "3088", 17), "account_name": "库尔勒香梨湾商业管理有限公司"}
EMP[T] = {"E4100": "吴振东", "E4101": "阿依古丽", "E4102": "杨帆", "E4103": "何静",
          "E4110": "阿不都热合曼", "E4120": "徐婷", "E4130": "刘晓燕"}
XL_JY = V("库尔勒洁源保洁服务有限公司", acct("xl:jieyuan", "3002", 19), "中国工商银行库尔勒分行",
          vendor_id="V-XL01", phone=land("0996", "jieyuan"))
XL_TD = V("巴州天盾保安服务有限公司", acct("xl:tiandun", "6505", 19), "中国建设银行库尔勒分行",
          vendor_id="V-XL02", phone=land("0996", "tiandun"))
XL_TD_NEW = V("巴州天盾保安服务有限公司", acct("xl:tiandun-new", "3076", 17), "中国农业银行伊宁分行",
              vendor_id="V-XL02", phone=XL_TD["phone"])
XL_HW = V("库尔勒恒温暖通设备维保有限公司", acct("xl:hengwen", "8809", 18), "库尔勒农村商业银行营业部",
          vendor_id="V-XL03", phone=land("0996", "hengwen"))
XL_XG = V("新疆星光广告传媒有限公司", acct("xl:xingguang", "1075", 16), "中国银行库尔勒分行",
          vendor_id="V-XL04", phone=land("0996", "xingguang"))
XL_XG_CHG = "2025-10-20T15:00:00+08:00"
XL_GD = V("库尔勒城南供电服务有限公司", acct("xl:gongdian", "3088", 17), "中国农业银行库尔勒分行",
          vendor_id="V-XL05", phone=land("0996", "gongdian"))
XL_TAX = V("国家金库库尔勒市支库", acct("xl:tax", "6528", 17), "国家金库库尔勒市支库", vendor_id="TAX-XL")
XL_PAY = V("中国农业银行库尔勒分行（代发工资专户）", acct("xl:payroll", "3088", 17), "中国农业银行库尔勒分行",
           vendor_id="PAY-XL")
C_XL01 = {"name": "巴州麦香餐饮管理有限公司", "credit_code": uscc("xl:c01", "652801"), "contact_name": "马经理",
          "phone": land("0996", "c01"), "email": "mxcy@maixiang-food.cn", "im_id": None, "customer_id": "C-XL01"}
C_XL02 = {"name": "库尔勒悦动体育用品有限公司", "credit_code": uscc("xl:c02", "652801"), "contact_name": "林店长",
          "phone": land("0996", "c02"), "email": "store@yuedong-sport.com", "im_id": None, "customer_id": "C-XL02"}
C_XL03 = {"name": "新疆童乐汇儿童乐园有限公司", "credit_code": uscc("xl:c03", "650104"), "contact_name": "吕经理",
          "phone": land("0996", "c03"), "email": "kl@tonglehui-kids.com", "im_id": None, "customer_id": "C-XL03"}


def xl_oa(summary, detail=""):
    return f"致远OA流程（已审批）：{summary}" + (f"，{detail}" if detail else "")


# ---- xiangli history
pay(T, "history", "02-03", "11:50", XL_JY, 84600, "服务费", "1月保洁服务费",
    xl_oa("1月保洁服务费（洁源保洁，合同XL-FW-2026-001）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-001", inv=True, note="Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "history", "02-04", "16:20", XL_TD, 106800, "服务费", "1月安保服务费",
    xl_oa("1月安保服务费（天盾保安，合同XL-FW-2026-002）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-002", inv=True, note="Monthly security fee to the regular security company.")
order(T, "history", "02-05", "12:40", C_XL02, [("中庭促销场地（2月7日—16日）", 10, "天", 1800)], "erp",
      ("香梨湾购物中心中庭", "2026-02-16"), "活动前一次付清（已到账）", "春节运动品牌促销", note="Atrium promotion space for an established sports-shop tenant.")
pay(T, "history", "02-06", "16:00", XL_PAY, 286400, "工资", "1月工资代发（52人）",
    xl_oa("1月工资代发（52人）", "工资表经人事复核"), req="E4102", appr=["E4103"], note="Monthly payroll batch.")
pay(T, "history", "02-09", "11:30", XL_GD, "168420.50", "电费", "1月电费",
    xl_oa("1月电费（城南供电，户号XL-0996-3317）"), req="E4102", appr=["E4103"], inv=True, note="Monthly electricity.")
pay(T, "history", "02-10", "12:10", XL_TAX, "62310.80", "税款", "1月增值税及附加",
    "电子税务局三方协议扣款：1月增值税及附加", req="E4102", appr=["E4103"], note="Monthly VAT.")
pay(T, "history", "02-11", "15:40", XL_XG, 78000, "活动费", "春节促销活动执行费",
    xl_oa("春节促销活动执行费（星光广告，合同XL-QH-2026-001）"), req="E4130", appr=["E4103", "E4100"],
    contract="XL-QH-2026-001", inv=True, changed=XL_XG_CHG,
    note="Promotion-event fee to the events agency whose account change dates from Oct 2025.")
pay(T, "history", "02-26", "12:30", XL_HW, 45000, "维保费", "一季度空调系统维保费",
    xl_oa("一季度空调系统维保费（恒温暖通，合同XL-WB-2026-002）"), req="E4120", appr=["E4103", "E4100"],
    contract="XL-WB-2026-002", inv="#xl-hw-q1", note="Quarterly HVAC maintenance by the regular contractor.")
pay(T, "history", "03-03", "11:40", XL_JY, 84600, "服务费", "2月保洁服务费",
    xl_oa("2月保洁服务费（洁源保洁，合同XL-FW-2026-001）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-001", inv=True, note="Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "history", "03-04", "16:30", XL_TD, 106800, "服务费", "2月安保服务费",
    xl_oa("2月安保服务费（天盾保安，合同XL-FW-2026-002）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-002", inv=True, note="Monthly security fee to the regular security company.")
order(T, "history", "03-05", "12:00", C_XL01, [("商铺租金（2F-08，214㎡）续租", 12, "月", 23800)], "erp",
      ("香梨湾购物中心2F-08", "2027-03-31"), "按季预付", "续租合同XL-ZL-2026-009，保证金沿用原合同",
      note="Lease renewal by an established restaurant tenant.")
pay(T, "history", "03-09", "16:50",
    V("库尔勒茶语时光餐饮有限公司", acct("xl:chayu", "3002", 19), "中国工商银行库尔勒分行"),
    60000, "退款", "退租赁保证金（原付款方：库尔勒茶语时光餐饮有限公司，撤场验收单XL-CC-0302）",
    xl_oa("茶语时光租期届满撤场，验收合格无欠费", "保证金原路退回其付款账户"), req="E4102", appr=["E4103", "E4100"],
    note="Lease deposit refunded to a departing tenant's own account after move-out.")
pay(T, "history", "03-10", "17:10", XL_PAY, 289100, "工资", "2月工资代发（52人）",
    xl_oa("2月工资代发（52人）", "工资表经人事复核"), req="E4102", appr=["E4103"], note="Monthly payroll batch.")
order(T, "history", "03-12", "12:20", C_XL03, [("六一儿童节中庭活动场地及推广", 5, "天", 3600)], "erp",
      ("香梨湾购物中心中庭", "2026-06-01"), "预付（已到账）", "六一亲子活动，5月28日至6月1日",
      note="Atrium event space prepaid by an established kids' playground tenant.")

# ---- xiangli test
pay(T, "test", "04-02", "11:50", XL_JY, 84600, "服务费", "3月保洁服务费",
    xl_oa("3月保洁服务费（洁源保洁，合同XL-FW-2026-001）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-001", inv=True, note="Routine: Monthly cleaning fee to the regular cleaning contractor.")
pay(T, "test", "04-03", "16:30", XL_TD, 106800, "服务费", "3月安保服务费",
    xl_oa("3月安保服务费（天盾保安，合同XL-FW-2026-002）"), req="E4102", appr=["E4103", "E4100"],
    contract="XL-FW-2026-002", inv=True, note="Routine: Monthly security fee to the regular security company.")
pay(T, "test", "04-07", "12:20",
    V("新疆星河影城投资管理有限公司", acct("xl:xinghe", "1532", 16), "中国民生银行乌鲁木齐分行营业部"),
    200000, "保证金", "影城主力店招商合作保证金",
    xl_oa("新疆星河影城投资管理称可引进全国连锁影城作为4F主力店，签订引进协议前须缴纳招商合作保证金20万元，开业后抵扣",
          "该公司2026年1月注册，未能提供与院线公司的授权文件"), req="E4110", appr=["E4103", "E4100"],
    **scam("contract_fraud", "flag", "deposit_words", "bigproject_words", "fee_asked_of_seller", "first_time_payee",
           "shell_company"),
    note="A January-registered 'cinema investment' firm promises to bring a national cinema chain as anchor tenant if the mall first pays it a 200k cooperation deposit.")
order(T, "test", "04-08", "16:10",
      {"name": "巴州鲜果时代餐饮有限公司", "credit_code": uscc("xl:xianguo", "652801"), "contact_name": "阿迪力",
       "phone": land("0996", "xianguo"), "email": "adl@xianguo-times.cn", "im_id": None, "customer_id": None},
      [("商铺租金（1F-15，168㎡，3年）", 36, "月", 12600), ("租赁保证金（3个月租金）", 1, "项", 37800)],
      "in_person", ("香梨湾购物中心1F-15", "2026-05-01"), "保证金及首季租金已对公到账，此后按季预付",
      "新租户，租赁合同XL-ZL-2026-031已签，保证金37800元与首季租金37800元4月7日由其基本户转入，财务已确认到账。",
      **hn("new_customer", "deposit_words"),
      note="Hard negative: A new juice-bar tenant signs a three-year lease; its deposit and first quarter's rent have already arrived from its own account.")
pay(T, "test", "04-09", "11:40", XL_GD, "161230.40", "电费", "3月电费",
    xl_oa("3月电费（城南供电，户号XL-0996-3317）"), req="E4102", appr=["E4103"], inv=True,
    note="Routine: Monthly electricity.")
pay(T, "test", "04-10", "17:00", XL_PAY, 288760, "工资", "3月工资代发（52人）",
    xl_oa("3月工资代发（52人）", "工资表经人事复核"), req="E4102", appr=["E4103"], note="Routine: Monthly payroll batch.")
pay(T, "test", "04-13", "08:50",
    V("巴州司法资金核查中心", acct("xl:fake-court", "7753", 16), "中国光大银行西安分行营业部"),
    450000, "资金核查", "配合法院资金核查",
    "对方来电后发短信：你司一商户涉嫌洗钱案，你司对公账户资金需配合资金核查，请于今日10点前将45万元转入法院指定aqzh（户名：巴州司法资金核查中心），核查后原路退还。案件保密，不得告知他人，否则按妨碍司法处理。",
    channel="phone", from_name="自称库尔勒市人民法院执行局 李法官", from_contact=land("0996", "fake-court"),
    urgent=True, req="E4101", appr=["E4103"],
    **scam("authority_impersonation", "block", "authority_words", "safe_account_words", "secrecy_words",
           "phone_instruction", "first_time_payee", "urgency", "unusual_bank_region", "off_hours", "evasion_pinyin"),
    note="Before office hours a caller posing as a court enforcement judge says a shop tenant is in a laundering case and wants 450k moved to a 'safe account' (written aqzh) for a 'fund check'.")
order(T, "test", "04-14", "12:30", C_XL02, [("中庭促销场地（4月18日—29日）", 12, "天", 1800)], "erp",
      ("香梨湾购物中心中庭", "2026-04-29"), "活动前一次付清", "五一前运动季促销",
      note="Routine: Atrium promotion space for an established sports-shop tenant.")
pay(T, "test", "04-15", "16:20", XL_TAX, "65120.30", "税款", "3月增值税及附加",
    "电子税务局三方协议扣款：3月增值税及附加", req="E4102", appr=["E4103"], note="Routine: Monthly VAT.")
pay(T, "test", "04-16", "12:40", XL_XG, 92000, "活动费", "五一促销活动执行费",
    xl_oa("五一促销活动执行费（星光广告，合同XL-QH-2026-004）"), req="E4130", appr=["E4103", "E4100"],
    contract="XL-QH-2026-004", inv=True, changed=XL_XG_CHG, **hn("account_changed_long_ago"),
    note="Hard negative: Promotion-event fee to the events agency whose bank change was keyed in October 2025 and used ever since.")
order(T, "test", "04-17", "16:00",
      {"name": "库尔勒悦动体育用品商贸有限公司", "credit_code": uscc("xl:yuedong-fake", "652801"),
       "contact_name": "胡经理", "phone": mob("xl:hu"), "email": "yuedong_sm@163.com", "im_id": wxid("xl:hu"),
       "customer_id": None},
      [("商铺租金（2F-21，240㎡）", 12, "月", 28000), ("中庭促销场地", 30, "天", 1800)], "phone",
      ("香梨湾购物中心2F-21", "2026-05-01"), "签约后90天付款，免收保证金",
      "我们是悦动体育，在你们商场一直有店。新品牌要扩店，再租2F-21，五一前就要进场，促销场地包一个月，老客户了保证金就免了，租金90天后一起付。",
      **scam("fake_purchaser", "flag", "lookalike_company", "new_customer", "contact_mismatch",
             "credit_terms_requested", "large_first_order"),
      note="A name two characters longer than our sports-shop tenant's claims to be it, wants a second unit and a month of atrium space with no deposit and 90 days to pay, from a new mobile and free mail.")
pay(T, "test", "04-21", "11:20", XL_HW, 45000, "维保费", "空调系统季度维保费",
    xl_oa("空调系统季度维保费（恒温暖通，合同XL-WB-2026-002）"), req="E4120", appr=["E4103", "E4100"],
    contract="XL-WB-2026-002", inv="#xl-hw-q1",
    **scam("fake_invoice", "block", "duplicate_invoice"),
    note="Structural only: the HVAC maintainer's quarterly fee is submitted with the very invoice number already paid in February; the text is routine.")
pay(T, "test", "04-22", "15:50", XL_TAX, "23418.75", "税款", "2025年度房产税补缴税款及滞纳金",
    "电子税务局三方协议扣款：按库尔勒市税务局第一税务分局《税务事项通知书》（库税一通〔2026〕118号）补缴2025年度房产税及滞纳金，经办人已在电子税务局核对文书",
    req="E4102", appr=["E4103", "E4100"], **hn("authority_words"),
    note="Hard negative: Back property tax and a late fee demanded in a written tax notice are paid through the e-tax bureau's three-party debit to the treasury.")
order(T, "test", "04-23", "12:10",
      {"name": "新疆优鲜汇超市管理有限公司", "credit_code": uscc("xl:youxianhui", "650102"), "contact_name": "邓总",
       "phone": mob("xl:deng"), "email": None, "im_id": wxid("xl:deng"), "customer_id": None},
      [("主力店租金（B1，3000㎡，5年）", 60, "月", 96000), ("租赁保证金", 1, "项", 288000)], "im",
      ("香梨湾购物中心B1", "2026-06-01"), "保证金下周支付，租金按季",
      "我们是全国连锁品牌新疆区域加盟商，B1整层租了。品牌总部规定装修必须用锦程装饰，B1公区改造款38万请你们先付给锦程，从前6个月租金里扣。",
      third=("新疆锦程装饰工程有限公司", mob("xl:jincheng"), "designated_supplier", 380000),
      **scam("fake_order", "flag", "new_customer", "large_first_order", "designated_supplier", "contact_im_only"),
      key="xl-yxh-order",
      note="A would-be supermarket franchisee takes the whole basement over WeChat and asks the mall to pay 380k to the fit-out firm its 'head office' insists on, to be offset against rent.")
pay(T, "test", "04-24", "16:40",
    V("上海乐享生活信息技术有限公司", acct("xl:lexiang", "6214", 16), "招商银行上海分行营业部"),
    30000, "推广费", "本地生活平台五一团购推广预充值",
    xl_oa("按与乐享生活平台签订的《商家推广服务协议》（XL-TG-2026-004），五一团购活动推广预充值3万元，充入我司平台商家账户",
          "平台按消耗开具增值税专用发票"), req="E4130", appr=["E4103", "E4100"], contract="XL-TG-2026-004",
    **hn("topup_words", "first_time_payee"),
    note="Hard negative: A promotion top-up into the mall's own merchant account on a local-life platform, under a signed service agreement and invoiced by the platform.")
pay(T, "test", "04-27", "12:30",
    V("巴州安泰消防工程有限公司", acct("xl:antai-xf", "6505", 19), "中国建设银行库尔勒分行"),
    38600, "工程款", "消防喷淋系统整改（更换喷淋头及末端试水装置）",
    xl_oa("按库尔勒市消防救援大队《责令限期改正通知书》整改，经三家比价选定有消防设施维保资质的安泰消防（合同XL-XF-2026-001）",
          "整改完成并经复查合格后付款"), req="E4120", appr=["E4103", "E4100"], contract="XL-XF-2026-001", inv=True,
    **hn("authority_words", "first_time_payee"),
    note="Hard negative: Fire-brigade-ordered sprinkler fixes done by a licensed firm chosen on three quotes, paid after re-inspection.")
pay(T, "test", "04-28", "16:20",
    V("孙悦", acct("xl:sunyue", "6216", 19), "中国银行库尔勒分行", "personal"),
    6500, "推广费", "点评平台口碑推广任务充值",
    "刘晓燕提交付款申请：商场口碑推广，兼职群接的点评好评任务，第4单需先充值6500元到任务导师账户，完成后本金和佣金一起返还，前3单已经返利到账。",
    req="E4130", appr=[],
    **scam("task_rebate", "block", "task_rebate_words", "topup_words", "personal_account", "first_time_payee",
           "no_approval"),
    note="A marketing clerk submits, unapproved, a 6.5k 'top-up' to a private card for the fourth round of a review-posting task that paid small rebates before.")
pay(T, "test", "05-06", "12:10",
    V("新疆锦程装饰工程有限公司", acct("xl:jincheng", "8808", 18), "乌鲁木齐农村商业银行沙依巴克支行"),
    380000, "装修款", "B1主力店公区装修款（优鲜汇，从租金抵扣）",
    "阿不都经理，保证金28.8万我们上周五已经对公打过去了，截图再发你一次，银行说系统延迟这两天到。锦程明天就进场，今天先把38万付给他们，不然工期赶不上开业。",
    channel="im", from_name="优鲜汇 邓总", from_contact=wxid("xl:deng"), urgent=True, req="E4110", appr=["E4103"],
    order="@xl-yxh-order",
    **scam("fake_order", "block", "designated_supplier", "sales_order_linked", "first_time_payee",
           "fake_payment_proof", "im_instruction", "urgency"),
    note="Leasing asks to pay 380k to the fit-out firm the 'franchisee' named while its own deposit exists only as a 'delayed' transfer screenshot.")
pay(T, "test", "05-07", "16:40",
    V(C_XL03["name"], acct("xl:tonglehui", "3002", 19), "中国工商银行库尔勒分行"),
    18000, "退款", "退六一中庭活动场地费（原付款方：新疆童乐汇儿童乐园有限公司，活动取消）",
    xl_oa("童乐汇六一中庭活动因大型活动安全审批未通过取消，3月12日预收的场地费18000元（银行回单0313-027已到账）",
          "原路退回其付款账户"), req="E4120", appr=["E4103"],
    **hn("refund_words", "first_time_payee"),
    note="Hard negative: A cancelled event's prepaid atrium fee is refunded to the tenant's own account that paid it in March.")
pay(T, "test", "05-08", "11:30", XL_GD, "158960.70", "电费", "4月电费",
    "吴振东：供电公司说电费今天不交明天要发停电预警，抓紧付。\n何静：吴总，4月电费已在OA走完审批（您和我已批），马上付。",
    channel="im", from_name="吴振东", from_contact="微信群:香梨湾经营管理群（2021年建群）", urgent=True,
    req="E4102", appr=["E4103", "E4100"], inv=True, **hn("im_instruction", "boss_role", "urgency"),
    note="Hard negative: The GM urges an electricity payment in the long-running management group; it goes to the regular utility through the approved workflow.")
order(T, "test", "05-11", "12:20",
      {"name": "库尔勒茗品茶业有限公司", "credit_code": uscc("xl:mingpin", "652801"), "contact_name": "王老板",
       "phone": mob("xl:wang-mp"), "email": None, "im_id": wxid("xl:wang-mp"), "customer_id": None},
      [("商铺租金（1F-22，62㎡）", 3, "月", 12600), ("租赁保证金", 1, "项", 12600)], "im",
      ("香梨湾购物中心1F-22", "2026-05-20"), "保证金及首季租金（转账截图）",
      "转账截图发你了，会计把5万多看成15万多打了，麻烦把多的99600退到我爱人王秀英的卡上，公司账户这几天在做变更。",
      third=("王秀英（个人）", mob("xl:wangxiuying"), "refund_recipient", 99600),
      **scam("overpayment_refund", "block", "new_customer", "overpayment", "refund_to_other_account",
             "fake_payment_proof", "contact_im_only"),
      note="A new tea-shop tenant's 'payment' is a screenshot three times the amount due, and it wants the 'excess' sent to the owner's wife's card.")
pay(T, "test", "05-12", "17:10", XL_PAY, 291340, "工资", "4月工资代发（53人）",
    xl_oa("4月工资代发（53人）", "工资表经人事复核"), req="E4102", appr=["E4103"], note="Routine: Monthly payroll batch.")
order(T, "test", "05-13", "12:40",
      {"name": "库尔勒市梨城实验中学工会委员会", "credit_code": uscc("xl:lichengzx", "652801", kind="81"),
       "contact_name": "马老师", "phone": land("0996", "lichengzx"), "email": "gh@lcsyzx.edu.cn", "im_id": None,
       "customer_id": None},
      [("香梨湾购物卡（500元面值）", 800, "张", 500)], "email", ("库尔勒市梨城实验中学工会办公室", "2026-05-20"),
      "预付（款项已从学校工会账户对公转入，银行已到账）",
      "教职工节日慰问，按工会经费使用规定采购，购物卡实名登记，开具发票后由我校工会到商场服务台自提。",
      **hn("institution_claim", "new_customer", "large_first_order"),
      note="Hard negative: A school union buys 800 gift cards for staff, prepaid from its own account and collected in person.")
order(T, "test", "05-14", "16:30",
      {"name": "库尔勒联盛油服技术有限公司工会委员会", "credit_code": None, "contact_name": "周主席",
       "phone": mob("xl:zhou-gh"), "email": None, "im_id": wxid("xl:zhou-gh"), "customer_id": None},
      [("香梨湾购物卡（500元面值）", 4000, "张", 500)], "im", ("库尔勒市某酒店1203房间", "2026-05-15"),
      "月结，节后统一对公结算",
      "油田服务公司工会发职工福利，4000张卡明天下午就要，送到酒店房间我们领导当面验，钱节后工会统一对公打过来。",
      **scam("fake_purchaser", "flag", "institution_claim", "new_customer", "large_first_order",
             "credit_terms_requested", "contact_im_only", "residential_delivery", "urgency"),
      note="A self-styled oilfield-services union wants 2m of gift cards delivered to a hotel room tomorrow, paid 'after the holiday', arranged only over WeChat.")
pay(T, "test", "05-15", "11:50",
    V("新疆鼎信融资服务有限公司", acct("xl:dingxin", "1012", 18), "乌鲁木齐银行库尔勒分行"),
    180000, "服务费", "经营性物业贷授信评估服务费",
    xl_oa("鼎信融资称可为我司办理2000万元经营性物业贷（年化3.2%、无需抵押），银行审批前须先支付授信评估服务费18万元，放款失败全额退还",
          "该公司非持牌金融机构，未提供任何银行授权文件"), req="E4102", appr=["E4103", "E4100"],
    **scam("advance_fee", "flag", "loan_fee_words", "fee_words", "first_time_payee", "shell_company"),
    note="An unlicensed 'financing service' firm promises a 20m unsecured loan at 3.2% if the mall first pays a 180k 'credit assessment fee'.")
order(T, "test", "05-18", "16:20", C_XL01, [("商铺租金（2F-08，214㎡）装修期", 3, "月", 23800)], "erp",
      ("香梨湾购物中心2F-08", "2026-08-31"), "装修期3个月租金延至9月起分6期支付（经总经理办公会审批）",
      "老租户麦香餐饮店面升级改造，依据续租合同补充协议XL-ZL-2026-009-1延期支付，保证金照常留存。",
      **hn("credit_terms_requested"),
      note="Hard negative: A long-standing restaurant tenant gets its rent for a three-month refit deferred under a signed supplement approved by management.")
order(T, "test", "05-19", "12:00",
      {"name": "巴州瑞福珠宝有限公司", "credit_code": uscc("xl:ruifu", "652801"), "contact_name": "瑞总",
       "phone": mob("xl:rui"), "email": None, "im_id": wxid("xl:rui"), "customer_id": None},
      [("商铺租金（1F-01/02，186㎡，5年）", 60, "月", 32000), ("租赁保证金", 1, "项", 96000)], "phone",
      ("香梨湾购物中心1F-01/02", "2026-05-20"), "商业承兑汇票（出票人：新疆金润丰商贸有限公司，6个月）",
      "保证金和首年租金开一张商业承兑汇票给你们，照片已经发过去了，出票公司实力很强。今天把钥匙给我们，明天装修队就进场。",
      **scam("contract_fraud", "flag", "guarantee_unverified", "fake_payment_proof", "new_customer",
             "large_first_order", "urgency"),
      note="A new jewellery tenant 'pays' deposit and a year's rent with a photo of a six-month commercial acceptance bill drawn by an unknown trading company and wants the keys today.")
pay(T, "test", "05-20", "15:30",
    V("热娜古丽·艾合买提", acct("xl:renaguli", "6228", 19), "中国农业银行库尔勒分行", "personal"),
    4680, "奖金", "4月绩效奖金（员工：古再丽努尔·艾合买提）",
    "杨会计，我是客服部古再丽努尔，手机丢了这是新微信。我的工资卡也挂失了，这个月的绩效奖金别放在代发里，单独转到我妹妹热娜古丽的卡上，卡号发你了。",
    channel="im", from_name="古再丽努尔·艾合买提", from_contact=wxid("xl:guzaili-new"), req="E4102", appr=["E4103"],
    **scam("fake_salary", "block", "payee_not_employee", "personal_account", "first_time_payee", "im_instruction",
           "new_contact", "payroll_change"),
    note="A new WeChat in a customer-service clerk's name asks that her April performance bonus go to her 'sister's' card.")
pay(T, "test", "05-23", "15:20",
    V("新疆华彩文旅策划有限公司", acct("xl:huacai", "6505", 19), "中国建设银行乌鲁木齐分行"),
    96000, "赞助费", "六一主题活动赞助费",
    "何静，我在乌鲁木齐开招商会，不方便接电话。六一活动的赞助费9.6万今天要付给新疆华彩文旅策划有限公司，对方下午就要布场，流程周一我回来补。",
    channel="im", from_name="吴振东", from_contact=wxid("xl:wu-fake"), urgent=True, req="E4103", appr=[],
    **scam("boss_impersonation", "flag", "im_instruction", "new_contact", "cannot_call", "boss_role",
           "bypass_process", "first_time_payee", "no_approval", "urgency", "off_hours"),
    note="On a Saturday a new WeChat in the GM's name, 'in a meeting and unable to talk', orders a 96k event 'sponsorship' to an unknown events firm with the workflow to follow.")
pay(T, "test", "06-01", "12:20",
    V("新疆港丽时尚服饰有限公司", acct("xl:gangli", "1076", 16), "中国银行库尔勒分行"),
    86000, "退款", "退租赁保证金（原付款方：新疆港丽时尚服饰有限公司，撤场验收单XL-CC-0522）",
    "何經理您好：本公司香梨灣店已於5月22日撤場，交接及水電結算均已完成，煩請將租賃保證金86,000元原路退回本公司帳戶（即當初繳款之中國銀行帳戶）。謝謝！港麗時尚 陳小姐\n（致远OA流程已审批：撤场验收合格，无欠费，原路退回）",
    channel="email", from_name="港丽时尚 财务 陈小姐", from_contact="finance@gangli-fashion.com.hk",
    req="E4102", appr=["E4103", "E4100"],
    **hn("refund_words", "deposit_words", "first_time_payee", "email_instruction", "evasion_traditional"),
    note="Hard negative: A departing Hong Kong-owned fashion tenant, writing in traditional characters, asks for its lease deposit back to the same account it paid from; move-out inspection and final bills are done.")
pay(T, "test", "06-02", "16:40",
    V("新疆天和玉石贸易有限公司", acct("xl:tianhe", "3002", 19), "中国工商银行和田分行"),
    186000, "代付", "代付货款",
    "阿依古麗，我們的公戶被銀行限額了，今天下午有一筆客戶貨款18.6萬打到你們商場帳戶，麻煩幫忙過一下賬，收到後轉給我們供貨商新疆天和玉石貿易有限公司，手續費按千分之五給你們。",
    channel="im", from_name="1F-05金玉缘珠宝 马老板", from_contact=wxid("xl:ma-jyy"), urgent=True,
    req="E4101", appr=["E4103"],
    **scam("account_lending", "block", "account_lending_words", "in_out_match", "first_time_payee",
           "im_instruction", "evasion_traditional"),
    note="A jeweller tenant, writing in traditional characters, asks the mall to receive 186k of 'customer payments' and forward it the same day to its jade supplier for a commission.")
pay(T, "test", "06-03", "11:40",
    V("新疆锐意装饰工程有限公司", acct("xl:ruiyi", "6505", 19), "中国建设银行库尔勒分行", vendor_id="V-XL06",
      phone=land("0996", "ruiyi")),
    120000, "装修补贴", "鲜果时代1F-15装修补贴（租赁合同约定）",
    xl_oa("按租赁合同XL-ZL-2026-031第9条，商场承担租户装修补贴12万元，依三方协议直接支付给租户选定的施工单位锐意装饰",
          "租户保证金及首季租金4月7日已到账，锐意装饰已纳入供应商库（资质、开户许可证已核），竣工验收合格"),
    req="E4110", appr=["E4103", "E4100"], contract="XL-ZL-2026-031", inv=True,
    **hn("designated_supplier", "first_time_payee"),
    note="Hard negative: The lease's fit-out allowance goes, under a three-party agreement, to the contractor a new tenant chose, after the tenant's own money cleared and the work passed inspection.")
pay(T, "test", "06-04", "12:30", XL_TD_NEW, 106800, "服务费", "5月安保服务费",
    "香梨灣商業管理財務部：本公司因年度審計原因，原收款帳戶暫停使用，自即日起貨款請匯入以下新帳戶：戶名巴州天盾保安服務有限公司，開戶行中國農業銀行伊寧分行。舊帳戶請勿再匯款，以新帳戶為準。天盾保安財務部",
    channel="email", from_name="天盾保安 财务部", from_contact="tiandun_cw@163.com",
    req="E4102", appr=["E4103", "E4100"], contract="XL-FW-2026-002", changed="2026-06-01T16:40:00+08:00",
    **scam("account_change", "block", "account_changed_recent", "first_time_payee", "email_instruction",
           "account_change_words", "free_mail", "unusual_bank_region", "evasion_traditional"),
    note="A free-mail message in traditional characters moves the security contractor's account to a bank in Yining 'because of an audit'; the vendor master was changed three days before this first payment.")
pay(T, "test", "06-06", "22:40", XL_HW, 27500, "维修费", "冷水机组压缩机紧急抢修",
    "致远OA移动审批：夜间冷水机组压缩机故障，商场室温超标，恒温暖通连夜抢修，按维保合同XL-WB-2026-002附件单价结算，何静、吴振东已手机审批",
    urgent=True, req="E4120", appr=["E4103", "E4100"], contract="XL-WB-2026-002", inv=True,
    **hn("off_hours", "urgency"),
    note="Hard negative: A Saturday-night chiller breakdown is fixed by the regular HVAC contractor and paid under its contract with both approvals given on mobile.")
pay(T, "test", "06-10", "17:20", XL_PAY, 298650, "工资", "5月工资代发（54人，含6月防暑降温补贴）",
    xl_oa("5月工资代发（54人），含按自治区规定发放的6月防暑降温补贴", "工资表经人事复核"), req="E4102", appr=["E4103"],
    **hn("subsidy_words"),
    note="Hard negative: The monthly payroll batch that also carries the statutory summer heat allowance.")


# ---------------------------------------------------------------- ids, references, output

def build():
    out = []
    keymap = {}
    for tenant in TENANTS:
        lines = [l for l in LINES if l["tenant"] == tenant]
        hist = sorted([l for l in lines if l["phase"] == "history"],
                      key=lambda l: l["request"].get("submitted_at") or l["request"]["received_at"])
        test = sorted([l for l in lines if l["phase"] == "test"],
                      key=lambda l: l["request"].get("submitted_at") or l["request"]["received_at"])
        seq = {}
        for n, l in enumerate(hist, 1):
            l["id"] = f"{tenant}-h{n:03d}"
        for n, l in enumerate(test, 1):
            l["id"] = f"{tenant}-t{n:03d}"
        for l in hist + test:
            r = l["request"]
            stamp = r.get("submitted_at") or r["received_at"]
            pfx = PREFIX[tenant][0 if l["kind"] == "payment" else 1]
            day = stamp[:10].replace("-", "")
            seq[(pfx, day)] = seq.get((pfx, day), 0) + 1
            rid = f"{pfx}-{day}{seq[(pfx, day)]:03d}"
            if l["kind"] == "payment":
                r["request_id"] = rid
            else:
                r["record_id"] = rid
            if l.get("key"):
                keymap[l["key"]] = rid
            out.append(l)
    for l in out:
        if l["kind"] == "payment":
            oid = l["request"]["related"]["order_id"]
            if isinstance(oid, str) and oid.startswith("@"):
                l["request"]["related"]["order_id"] = keymap[oid[1:]]
    lines_json = []
    for l in out:
        obj = {"id": l["id"], "tenant": l["tenant"], "phase": l["phase"], "kind": l["kind"],
               "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
        if l["phase"] == "history":
            obj["outcome"] = "executed"
        obj["signals"] = l["signals"]
        obj["note"] = l["note"]
        obj["request"] = l["request"]
        lines_json.append(json.dumps(obj, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines_json) + "\n")
    print(f"wrote {len(lines_json)} lines to {OUT}")


if __name__ == "__main__":
    build()
