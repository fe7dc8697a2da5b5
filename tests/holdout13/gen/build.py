#!/usr/bin/env python3
"""Build tests/holdout13/holdout13.jsonl, an independent labelled replay corpus.

Python 3.11 standard library only. Deterministic: running it twice writes the
same bytes. Every company, person, account, phone number and scenario is
invented. Account numbers, credit codes and invoice numbers are derived from
fixed keys with SHA-256, so they are stable without being typed by hand.

Layout of this file:
  1. helpers (identifiers, money, request builders, line registration)
  2. tenant chunlin   - furniture maker, Longjiang, Shunde, Foshan
  3. tenant jiaoxiang - baijiu distributor, Huichuan, Zunyi, Guizhou
  4. tenant huaimu    - hog farm and feed mill, Xiping, Zhumadian, Henan
  5. writer

Each scenario is one block: a comment, then one call to history(), routine(),
hard_negative() or scam(). Blocks are written in chronological order within
each tenant; the writer also sorts by timestamp as a guard.
"""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout13.jsonl"

# ---------------------------------------------------------------------------
# 1. Helpers
# ---------------------------------------------------------------------------

USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def _digits(key: str, n: int) -> str:
    """n pseudo-random decimal digits derived from key (n <= 70)."""
    return str(int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16))[1 : n + 1]


def acct(key: str, prefix: str, length: int) -> str:
    """A fictitious bank account number of the given total length."""
    return prefix + _digits("acct:" + key, length - len(prefix))


def uscc(key: str, kind: str, region: str) -> str:
    """A unified social credit code with a valid check character.

    kind: 91 company, 92 individual business, 93 farmers' co-operative,
    11 government organ, 12 public institution. region: 6-digit division code.
    """
    raw = hashlib.sha256(("uscc:" + key).encode("utf-8")).digest()
    body = "MA" + "".join(USCC_ALPHABET[b % 31] for b in raw[:7])
    base = kind + region + body
    total = sum(USCC_ALPHABET.index(c) * w for c, w in zip(base, USCC_WEIGHTS))
    return base + USCC_ALPHABET[(31 - total % 31) % 31]


def mob(prefix: str, n: int) -> str:
    """Fictitious mobile: 1760000xxxx, 1530000xxxx or 1450000xxxx."""
    assert prefix in ("176", "153", "145")
    return f"{prefix}0000{n:04d}"


def tel(area: str, n: int) -> str:
    """Fictitious landline: area-0000xxx."""
    return f"{area}-0000{n:03d}"


def inv(key: str, province: str) -> str:
    """A 20-digit fully digital e-invoice number: year, province, 16 digits."""
    return "26" + province + _digits("inv:" + key, 16)


def money(x) -> str:
    return f"{Decimal(str(x)):.2f}"


def stamp(when: str) -> str:
    """'2026-05-06 10:40' -> RFC 3339 Beijing time."""
    day, hm = when.split(" ")
    return f"{day}T{hm}:00+08:00"


def item(product: str, qty, unit: str, price) -> dict:
    return {"product": product, "quantity": str(qty), "unit": unit, "unit_price": money(price)}


def fee(reason: str, amount) -> dict:
    return {"reason": reason, "amount": money(amount)}


def third(name: str, contact, role: str, amount) -> dict:
    return {"name": name, "contact": contact, "role": role, "amount": money(amount)}


def customer(name, credit_code=None, contact_name=None, phone=None, email=None,
             im_id=None, customer_id=None) -> dict:
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def payee(name, account_no, bank, account_type="corporate", vendor_id=None, phone=None) -> dict:
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def related(order_id=None, contract_id=None, invoice_no=None) -> dict:
    return {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no}


def instr(channel, from_name, from_contact, text, urgent=False) -> dict:
    return {"channel": channel, "from_name": from_name, "from_contact": from_contact,
            "text": text, "urgent": urgent}


class Tenant:
    def __init__(self, tid, payer_name, payer_account, pay_fmt, order_fmt, erp_label):
        self.tid = tid
        self.payer = {"account_no": payer_account, "account_name": payer_name}
        self.pay_fmt = pay_fmt
        self.order_fmt = order_fmt
        self.erp_label = erp_label
        self._seq: dict = {}

    def next_id(self, kind: str, when: str) -> str:
        day = when[:10].replace("-", "")
        n = self._seq.get((kind, day), 0) + 1
        self._seq[(kind, day)] = n
        fmt = self.pay_fmt if kind == "payment" else self.order_fmt
        return fmt.format(d=day, n=n)

    def erp(self, who: str, text: str, urgent: bool = False) -> dict:
        return instr("erp", who, None, self.erp_label + text, urgent)

    def payment(self, when, to, amount, purpose, memo, instruction, requested_by,
                approved_by, rel=None, changed_at=None, verification=None) -> dict:
        req = {
            "request_id": self.next_id("payment", when),
            "submitted_at": stamp(when),
            "payer": dict(self.payer),
            "payee": dict(to),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": instruction,
            "requested_by": requested_by,
            "approved_by": list(approved_by),
            "related": rel or related(),
            "payee_account_changed_at": stamp(changed_at) if changed_at else None,
        }
        if verification is not None:
            req["verification"] = verification
        return req

    def order(self, when, cust, items, channel, address, deadline, terms, notes,
              third_party=None, fees=()) -> dict:
        total = sum(Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in items)
        return {
            "record_id": self.next_id("order", when),
            "received_at": stamp(when),
            "customer": dict(cust),
            "items": list(items),
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": deadline},
            "payment_terms": terms,
            "third_party": third_party,
            "fees_requested": list(fees),
            "notes": notes,
        }


LINES: list[dict] = []


def _add(t, phase, label, scam_type, expect, signals, note, request):
    kind = "payment" if "request_id" in request else "order"
    line = {"id": None, "tenant": t.tid, "phase": phase, "kind": kind, "label": label,
            "scam_type": scam_type, "expect": expect}
    if phase == "history":
        line["outcome"] = "executed"
    line["signals"] = list(signals)
    line["note"] = note
    line["request"] = request
    LINES.append(line)
    return request


def history(t, note, request):
    return _add(t, "history", "legit", None, "allow", [], note, request)


def routine(t, note, request):
    return _add(t, "test", "legit", None, "allow", [], "Routine: " + note, request)


def hard_negative(t, signals, note, request):
    return _add(t, "test", "legit", None, "allow", signals, "Hard negative: " + note, request)


def scam(t, scam_type, expect, signals, note, request, structural=False):
    prefix = "Structural only: " if structural else ""
    return _add(t, "test", "scam", scam_type, expect, signals, prefix + note, request)


# ---------------------------------------------------------------------------
# 2. Tenant chunlin: 佛山市顺德区椿林家具制造有限公司 (office, school and
#    upholstered furniture, Longjiang, Shunde). Office hours Mon-Fri 08:30-18:00.
#    Staff: E4100 陈国栋 GM; E4101 梁志坚 finance manager; E4102 黄嘉敏 cashier
#    (Helen); E4103 苏慧芬 accountant; E4110 何伟明 sales manager; E4111 罗晓彤
#    sales assistant; E4120 冯少华 buyer; E4130 区丽萍 HR.
# ---------------------------------------------------------------------------

CL = Tenant("chunlin", "佛山市顺德区椿林家具制造有限公司", acct("CL-payer", "2013", 19),
            "CL-FK-{d}-{n:02d}", "CL-XS-{d}-{n:02d}", "金蝶云星空付款申请：")

CL_V = {
    "V-CL01": payee("佛山市南海区华岳板材有限公司", acct("V-CL01", "44", 17),
                    "中国农业银行佛山南海桂城支行", vendor_id="V-CL01", phone=tel("0757", 318)),
    "V-CL02": payee("佛山市顺德区乐从恒通五金配件有限公司", acct("V-CL02", "8002", 19),
                    "广东顺德农村商业银行乐从支行", vendor_id="V-CL02", phone=tel("0757", 542)),
    "V-CL03": payee("江门市新会区锦丽布艺有限公司", acct("V-CL03", "7195", 18),
                    "中国银行江门新会支行", vendor_id="V-CL03", phone=tel("0750", 627)),
    "V-CL04": payee("佛山市顺德区顺达物流有限公司", acct("V-CL04", "4405", 19),
                    "中国建设银行佛山龙江支行", vendor_id="V-CL04", phone=tel("0757", 731)),
    "V-CL05": payee("广东电网有限责任公司佛山顺德供电局", acct("V-CL05", "2013", 19),
                    "中国工商银行佛山顺德支行", vendor_id="V-CL05"),
    "V-CL06": payee("上海维罗纳皮革贸易有限公司", acct("V-CL06", "1219", 16),
                    "招商银行上海分行营业部", vendor_id="V-CL06", phone=tel("021", 486)),
    "V-CL07": payee("佛山市三水区宏发海绵制品有限公司", acct("V-CL07", "2013", 19),
                    "中国工商银行佛山三水支行", vendor_id="V-CL07", phone=tel("0757", 205)),
    "PAY-01": payee("中国工商银行佛山龙江支行（代发工资专户）", acct("CL-payroll", "2013", 19),
                    "中国工商银行佛山龙江支行", vendor_id="PAY-01"),
    "TAX-01": payee("国家金库佛山市顺德区支库", acct("CL-tax", "4406", 17),
                    "国家金库佛山市顺德区支库", vendor_id="TAX-01"),
}

CL_C = {
    "C-CL01": customer("广州优格办公家具有限公司", uscc("C-CL01", "91", "440111"), "邓经理",
                       tel("020", 571), "deng@yougeoffice.com", None, "C-CL01"),
    "C-CL02": customer("佛山市禅城区美居装饰工程有限公司", uscc("C-CL02", "91", "440604"), "麦工",
                       tel("0757", 864), "mai@meijudeco.cn", None, "C-CL02"),
    "C-CL03": customer("深圳市聚点联合办公管理有限公司", uscc("C-CL03", "91", "440305"), "吴小姐（Cindy）",
                       tel("0755", 392), "cindy.wu@judianspace.com", None, "C-CL03"),
}
CL_ADDR = {
    "C-CL01": "广州市白云区太和镇优格办公家具仓库",
    "C-CL02": "佛山市禅城区季华五路某写字楼项目现场（美居装饰承建）",
    "C-CL03": "深圳市南山区科技园某大厦聚点空间12楼",
}


def cl_erp_pay(when, vid, amount, purpose, memo, contract, invoice_key, clerk="E4102"):
    """A routine ERP payment to a vendor-master payee."""
    invoice_no = inv(invoice_key, "44") if invoice_key else None
    who = {"E4102": "黄嘉敏", "E4103": "苏慧芬"}[clerk]
    approvers = ["E4101", "E4100"] if Decimal(str(amount)) >= 100000 else ["E4101"]
    ref = f"｜合同{contract}" if contract else ""
    ref += f"｜发票{invoice_no}" if invoice_no else ""
    text = f"{memo}｜{CL_V[vid]['name']}{ref}"
    return CL.payment(when, CL_V[vid], amount, purpose, memo, CL.erp(who, text), clerk,
                      approvers, related(None, contract, invoice_no))


# --- chunlin history ---------------------------------------------------------

history(CL, "Quarterly desk and workstation order from the established Guangzhou dealer.",
        CL.order("2026-03-03 10:12", CL_C["C-CL01"],
                 [item("职员办公桌（1.4m）", 120, "张", 680), item("屏风工位（四人位）", 30, "套", 2150)],
                 "erp", CL_ADDR["C-CL01"], "2026-03-10", "月结30天", "门店季度备货"))

history(CL, "Particle-board payment to the regular board supplier.",
        cl_erp_pay("2026-03-04 15:20", "V-CL01", 186400, "货款", "E0级刨花板（18mm）款（2,330张）",
                   "CL-CG-2026-001", "CL-h-board-1"))

history(CL, "Hinges and drawer slides from the regular hardware supplier.",
        cl_erp_pay("2026-03-06 11:05", "V-CL02", 42380, "货款", "缓冲铰链、三节滑轨款",
                   "CL-CG-2026-002", "CL-h-hw-1"))

history(CL, "Leather payment to the Shanghai importer of Italian hides.",
        cl_erp_pay("2026-03-10 16:30", "V-CL06", 268000, "货款", "头层牛皮款（2月到货）",
                   "CL-CG-2026-006", "CL-h-leather-1"))

history(CL, "Boardroom furniture for a fit-out project of the regular contractor.",
        CL.order("2026-03-12 09:48", CL_C["C-CL02"],
                 [item("会议桌（3.6m）", 4, "张", 6200), item("会议椅", 48, "把", 880),
                  item("经理班台（2.0m）", 6, "张", 4380)],
                 "email", CL_ADDR["C-CL02"], "2026-03-25", "月结60天（框架合同MJ-KJ-2025-07）",
                 "季华五路项目三楼会议室及经理室"))

history(CL, "Monthly payroll through the bank's payroll account.",
        CL.payment("2026-03-13 17:10", CL_V["PAY-01"], "1386540.00", "工资", "2月工资代发（214人）",
                   CL.erp("区丽萍", "2月工资代发（214人），工资表经人事、财务审核"), "E4130",
                   ["E4101", "E4100"]))

history(CL, "Monthly VAT by three-party debit.",
        CL.payment("2026-03-16 10:20", CL_V["TAX-01"], "212830.45", "税款", "2月增值税及附加",
                   instr("erp", "苏慧芬", None, "电子税务局三方协议扣缴：2月增值税及附加"), "E4103",
                   ["E4101"]))

history(CL, "Upholstery fabric from the regular Xinhui weaver.",
        cl_erp_pay("2026-03-17 14:02", "V-CL03", 57600, "货款", "布艺面料款（科技布1,800米）",
                   "CL-CG-2026-003", "CL-h-fabric-1"))

history(CL, "Early-March freight to the regular carrier.",
        cl_erp_pay("2026-03-20 11:40", "V-CL04", 23850, "运费", "3月上旬运费",
                   "CL-WL-2026-001", "CL-h-freight-1"))

history(CL, "Workstations and lounge seating for the established Shenzhen coworking operator.",
        CL.order("2026-03-24 10:05", CL_C["C-CL03"],
                 [item("开放式工位（双人）", 60, "套", 1480), item("休闲沙发（单人位）", 20, "张", 1650)],
                 "email", CL_ADDR["C-CL03"], "2026-04-10", "50%预付，余款交货后15天",
                 "南山店扩租楼层，预付款已到账"))

history(CL, "Monthly electricity bill.",
        cl_erp_pay("2026-04-08 10:30", "V-CL05", "96420.18", "电费", "3月电费",
                    None, "CL-h-power-1"))

history(CL, "Foam payment to the regular Sanshui foam maker.",
        cl_erp_pay("2026-04-10 15:45", "V-CL07", 38900, "货款", "高回弹海绵款",
                   "CL-CG-2026-007", "CL-h-foam-1"))

history(CL, "Chairs and filing cabinets for the established Guangzhou dealer.",
        CL.order("2026-04-14 09:30", CL_C["C-CL01"],
                 [item("人体工学椅（网背）", 150, "把", 520), item("文件柜", 60, "个", 560)],
                 "erp", CL_ADDR["C-CL01"], "2026-04-22", "月结30天", "门店补货"))

history(CL, "Second leather payment to the Shanghai importer.",
        cl_erp_pay("2026-04-21 16:00", "V-CL06", 231500, "货款", "头层牛皮款（3月到货）",
                   "CL-CG-2026-006", "CL-h-leather-2"))

# --- chunlin test ------------------------------------------------------------

# Bid bond for a school-furniture tender, to the account printed in the notice.
hard_negative(CL, ["deposit_words", "first_time_payee"],
    "Bid bond for a school-furniture tender, paid to the trading centre's deposit account exactly as named in the published tender notice.",
    CL.payment("2026-05-06 10:40",
               payee("佛山市公共资源交易中心顺德分中心", acct("CL-ggzy", "2013", 19),
                     "中国工商银行佛山顺德支行", phone=tel("0757", 120)),
               4000, "保证金", "容桂第三中学课桌椅采购项目投标保证金（FSSD-2026-ZC-0417）",
               CL.erp("苏慧芬", "投标保证金｜项目编号FSSD-2026-ZC-0417｜收款账户与广东省政府采购网招标公告"
                               "第七条“投标保证金账户”一致（公告链接及截图已附）｜开标日5月12日"),
               "E4103", ["E4101"], related(None, None, None)))

# Routine dealer order.
routine(CL, "Filing cabinets and chairs for the established Guangzhou dealer.",
    CL.order("2026-05-07 10:20", CL_C["C-CL01"],
             [item("文件柜", 50, "个", 560), item("人体工学椅（网背）", 120, "把", 520)],
             "erp", CL_ADDR["C-CL01"], "2026-05-15", "月结30天", "门店补货"))

# Routine board payment.
routine(CL, "Particle-board payment to the regular board supplier.",
    cl_erp_pay("2026-05-08 14:35", "V-CL01", 164200, "货款", "E0级刨花板款（4月到货）",
               "CL-CG-2026-001", "CL-t-board-1"))

# Fake education-equipment centre: designated interactive-screen vendor, screenshot.
scam(CL, "fake_purchaser", "block",
     ["institution_claim", "new_customer", "large_first_order", "designated_supplier",
      "off_catalogue_item", "fake_payment_proof", "contact_im_only", "urgency"],
     "A self-styled district education-equipment centre orders 600 desk sets and wants us to pay its 'designated' interactive-screen vendor first, backed only by a screenshot of a treasury payment still being processed.",
     CL.order("2026-05-11 10:46",
              customer("佛山市顺德区教育装备服务中心", None, "周主任", mob("176", 231), None,
                       "wxid_zx8q2m0tlo3k21"),
              [item("学生课桌椅（单人，升降式）", 600, "套", 420),
               item("教室交互式一体机（86寸）", 6, "台", 9800)],
              "im", "佛山市顺德区大良街道某中学（暑期改造，具体校区另行通知）", "2026-05-20",
              "财政直接支付（对方已发支付凭证截图）",
              "何经理你好，课桌椅按你们报价来，没问题。一体机是装备中心统一指定的睿启科技，规格要和区里"
              "平台对接，别家的装不了。你们先把一体机的钱付给睿启，让他们直接送到学校，桌椅款和一体机款"
              "我们财政一起拨给你们。支付凭证截图刚才发你微信了，财政直付走流程要3-5个工作日才到账，"
              "别耽误工期。",
              third("广州睿启教育科技有限公司", mob("176", 587), "designated_supplier", 58800)))

# Genuine school order after a published award.
hard_negative(CL, ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
    "A public secondary school places its order after a published government-procurement award and a signed contract, paying through the district treasury after acceptance.",
    CL.order("2026-05-13 10:05",
             customer("佛山市顺德区容桂第三中学", uscc("CL-school", "12", "440606"), "总务处黎主任",
                      tel("0757", 123), "zwc@rgdszx.edu.cn"),
             [item("学生课桌椅（单人，升降式）", 480, "套", 405), item("教师办公桌", 36, "张", 820)],
             "email", "佛山市顺德区容桂街道容桂第三中学", "2026-07-20",
             "验收合格后财政集中支付（合同约定30个工作日内）",
             "中标通知书编号FSSD-2026-ZC-0417（广东省政府采购网公示期已满），政府采购合同已于5月12日"
             "双方盖章，按合同附件清单生产，暑假期间进场安装，验收合格后由区财政集中支付。"))

# Fake hospital procurement office: onboarding review fee and notarisation fee.
scam(CL, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "fee_asked_of_seller", "fee_words",
      "free_mail", "contact_mismatch", "credit_terms_requested", "urgency"],
     "A 'hospital procurement office' writing from a free-mail address wants a supplier-onboarding review fee and a contract notarisation fee paid before it signs for 320 accompanying chairs on 60-day terms.",
     CL.order("2026-05-14 16:20",
              customer("佛山市澜石人民医院", uscc("CL-fake-hosp", "12", "440604"), "采购办邝科长",
                       mob("153", 418), "lanshiyy_cgb@163.com"),
              [item("陪护椅（折叠式，医用防霉面料）", 320, "张", 560)],
              "email", "佛山市禅城区澜石人民医院住院部", "2026-06-10", "验收合格后60日内支付",
              "椿林家具：贵司报价已通过我院采购小组初审。按院内供应商管理办法，新入库供应商须先办理入库"
              "审核（审核费6800元，汇至院方指定账户），并对采购合同进行公证（公证费3600元，由广州正衡公证"
              "咨询服务有限公司代办）。以上费用不计入合同价款，请于5月16日前办理完毕，逾期将取消本次供货"
              "资格。联系人：邝科长 采购办",
              third("广州正衡公证咨询服务有限公司", mob("153", 922), "notary_service", 3600),
              [fee("供应商入库审核费", 6800), fee("合同公证费", 3600)]))

# Piece wages for eight workers to one foreman's card.
scam(CL, "fake_salary", "block",
     ["payee_shared_by_employees", "payee_not_employee", "personal_account", "im_instruction",
      "first_time_payee"],
     "A sanding-shop foreman asks on WeChat for eight workers' April piece wages, 41k in all, to go to his own card because the new hands 'have no payroll cards yet'.",
     CL.payment("2026-05-15 17:45",
                payee("覃国强", acct("CL-foreman", "6217", 19), "中国建设银行佛山龙江支行", "personal",
                      phone=mob("176", 352)),
                41360, "工资", "打磨车间计件工资（4月，8人）",
                instr("im", "覃国强（打磨班长）", "wxid_qinguoqiang88",
                      "区姐，打磨这边8个人四月的计件工资41360，表我发给你了。他们几个新来的还没办好"
                      "工资卡，先全部打我卡上，我再发给他们，卡号6217…就是我自己那张。谢谢区姐"),
                "E4130", ["E4101"]))

# One-yuan test payment after a verified bank change.
hard_negative(CL, ["account_changed_recent", "first_time_payee", "account_change_words"],
    "After a stamped change letter and a call-back to the number already on file, finance sends a one-yuan test payment to the foam supplier's new account.",
    CL.payment("2026-05-18 11:30",
               payee("佛山市三水区宏发海绵制品有限公司", acct("V-CL07-new", "8002", 19),
                     "广东三水农村商业银行西南支行", vendor_id="V-CL07", phone=tel("0757", 205)),
               "1.00", "测试款", "账户变更验证小额测试款",
               CL.erp("黄嘉敏", "宏发海绵变更基本户（盖章《银行账户变更函》原件5月14日寄到），5月15日由"
                               "梁志坚按供应商档案原有座机0757-0000205回拨宏发财务谭小姐确认；先付1元"
                               "测试款，对方确认到账后再付4月货款"),
               "E4102", ["E4101"], related(None, "CL-CG-2026-007", None),
               changed_at="2026-05-15 10:00",
               verification={"callback_done": True, "callback_number": tel("0757", 205),
                             "verified_by": "E4101", "verified_at": stamp("2026-05-15 10:40")}))

# Look-alike of the established dealer, new contact, credit, logistics-park delivery.
scam(CL, "fake_purchaser", "flag",
     ["lookalike_company", "new_customer", "contact_mismatch", "large_first_order",
      "credit_terms_requested", "far_delivery", "urgency"],
     "A company name one character off an established Guangzhou dealer (家私 for 家具), with a new contact and domain, orders 385k of chairs and desks on 60-day credit for delivery to a Dongguan logistics-park unit.",
     CL.order("2026-05-19 11:02",
              customer("广州优格办公家私有限公司", uscc("CL-lookalike-youge", "91", "440111"),
                       "钟小姐", mob("153", 374), "zhong@yougeoffice-gz.com"),
              [item("人体工学椅（网背）", 400, "把", 520), item("升降办公桌（1.6m）", 150, "张", 1180)],
              "email", "东莞市麻涌镇某物流园B区17号仓", "2026-05-23", "货到后月结60天",
              "何经理您好，我是优格新来的采购钟小姐，邓经理调去华东了，后面由我对接。这批是我们给一个"
              "大客户配的，量比较大，您先按上次价格排产，直接发东莞麻涌仓，货到后走月结60天。新邮箱和"
              "电话请更新一下，以后以这个为准。"))

# Genuine community health centre order with a cleared deposit.
hard_negative(CL, ["institution_claim", "new_customer"],
    "A community health centre orders waiting-room benches through its sunshine-procurement platform and has already paid a 30% deposit that finance has seen on the bank statement.",
    CL.order("2026-05-20 09:40",
             customer("佛山市南海区里水镇社区卫生服务中心", uscc("CL-clinic", "12", "440605"),
                      "设备科岑科长", tel("0757", 447), "shebeike@lishuichc.cn"),
             [item("候诊排椅（三人位，钢制）", 60, "套", 1150), item("陪护椅", 40, "张", 560)],
             "email", "佛山市南海区里水镇社区卫生服务中心门诊楼", "2026-06-15",
             "合同签订后预付30%（已到账），余款验收后付",
             "阳光采购平台订单号YG-2026-05-0318，合同已签，预付款27,420元已于5月19日汇入贵司工行账户"
             "（财务已核对银行流水），请按约定排产。"))

# Fake GM on a new WeChat: balance probe, secrecy, no approval, new payee.
scam(CL, "boss_impersonation", "block",
     ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process",
      "secrecy_words", "first_time_payee", "no_approval", "urgency", "deposit_words"],
     "A new WeChat account posing as the GM asks the cashier for a balance screenshot, then orders a 380k 'Vietnam factory lease deposit' to an unknown consultancy with no approval and tells her to keep it quiet.",
     CL.payment("2026-05-21 12:40",
                payee("佛山市顺德区锦汇投资咨询有限公司", acct("CL-jinhui", "1520", 19), "中国民生银行佛山分行"),
                380000, "定金", "越南工厂土地租赁定金",
                instr("im", "陈国栋", "wxid_cgd_2026new",
                      "Helen，在吗\n你那边现在账上能动的钱有多少？截个图给我\n[图片]\n好。越南那边厂房的事"
                      "今天要定，对方要先付38万定金，打到锦汇投资，他们是中间方\n账号我发你\n我下午一直在"
                      "跟越方开会，电话接不了，你先办，审批我回来补签\n这个事先别跟梁经理他们说，还没官宣",
                      True),
                "E4102", []))

# English-language 'facilities company' in Dubai: vendor registration fee to its forwarder.
scam(CL, "fake_purchaser", "flag",
     ["new_customer", "large_first_order", "fee_asked_of_seller", "credit_terms_requested", "free_mail",
      "far_delivery", "off_hours"],
     "An English-speaking 'facilities company' in Dubai accepts the price at once for 1,200 chairs on net-60 terms but first wants the seller to pay a registration fee to its 'appointed forwarder'.",
     CL.order("2026-05-22 21:40",
              customer("Gulf Crest Facilities Management LLC", None, "Mr. Rashid K.", None,
                       "procurement.gulfcrest@gmail.com", "whatsapp:gulfcrest-proc"),
              [item("Ergonomic mesh office chair CL-E20", 1200, "pcs", 460)],
              "email", "Jebel Ali, Dubai, UAE (FOB Nansha)", "2026-06-20", "Net 60 days after B/L date",
              "Dear Mr. He,\nFurther to our call, we confirm the order for 1,200 units of CL-E20, quoted price "
              "accepted. As per our company policy, all new vendors must be registered with our appointed "
              "forwarder before the PO is released. Registration charge is USD 480 (approx. RMB 3,450), "
              "payable by the vendor to the forwarder. Payment terms net 60 days after B/L.\nKindly arrange "
              "the registration today so we can issue the PO tomorrow.\nRegards,\nRashid, Procurement",
              third("Sino-Gulf Logistics Registration Office", "sinogulf.reg@outlook.com",
                    "designated_supplier", 3450),
              [fee("Vendor registration with appointed forwarder", 3450)]))

# Voice-to-text: dormitory manager, designated mattress factory, payment screenshot.
scam(CL, "fake_order", "block",
     ["designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
      "large_first_order", "urgency", "evasion_homophone"],
     "Voice-to-text call: a 'dormitory manager' orders 160 bunk beds and wants us to pay his only-approved mattress factory first, saying his full payment is on its way and sending a screenshot.",
     CL.order("2026-05-26 12:15",
              customer("东莞市塘厦镇宏昌工业园宿舍管理处", None, "王主任", mob("145", 662), None,
                       "wxid_wangzr_hc668"),
              [item("双层铁木床（1.9m×0.9m）", 160, "张", 780), item("阻燃床垫（指定品牌）", 320, "张", 145)],
              "phone", "东莞市塘厦镇宏昌工业园员工宿舍3栋", "2026-06-05", "对方称已转全款（截图），对公次日到账",
              "喂何经理啊我是塘厦宏昌工业园宿舍这边的老王啊 那个床的价格就按你说的来 一百六十张 下个月"
              "新员工要入住 时间很赶 然后床垫这个啊 消防那边验收要求阻燃的 我们只认安睡那个厂的 有检测"
              "报告 你帮我跟他们订三百二十张 钱你先付一下给他们 他们不见钱不发货的 我这边全款已经给你转"
              "过去了 截图发你威信了 对公的话明天上午到 你放心 我们园区几十家厂 不会差你这点钱的",
              third("东莞市安睡阻燃床垫厂", mob("145", 190), "designated_supplier", 46400)))

# Genuine designated fabric, established customer, cleared deposit.
hard_negative(CL, ["designated_supplier"],
    "An established coworking customer specifies the brand fabric supplier for booth sofas, has already paid a 50% deposit that we confirmed, and we buy the fabric ourselves.",
    CL.order("2026-05-27 14:10", CL_C["C-CL03"],
             [item("定制卡座沙发（指定面料）", 24, "组", 3600), item("洽谈桌", 24, "张", 950)],
             "email", CL_ADDR["C-CL03"], "2026-06-20", "50%预付（已到账），余款交货后15天",
             "Cindy：卡座面料按品牌方VI要求指定用织邑的YX-203深灰。——罗晓彤备注：聚点已按合同付50%"
             "预付款54,600元，财务已回传收款确认；面料由我司向织邑采购，价格已含在报价中，织邑已录入"
             "供应商名录。",
             third("上海织邑纺织品有限公司", tel("021", 655), "designated_supplier", 21600)))

# English BEC from a look-alike domain; account changed three days earlier.
scam(CL, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
      "account_change_words", "payee_name_mismatch", "unusual_bank_region", "urgency"],
     "An English e-mail from a look-alike of the leather importer's domain moves payment to a Shenzhen 'affiliate' account keyed in three days earlier, and the first 246k payment to it is now due.",
     CL.payment("2026-05-28 10:55",
                payee("维罗纳（深圳）皮具贸易有限公司", acct("CL-bec-verona", "7589", 19),
                      "中国银行深圳前海蛇口自贸区支行", vendor_id="V-CL06"),
                246800, "货款", "头层牛皮款（4月到货）",
                instr("email", "Verona Leather Accounts Receivable", "ar@veronaleather-sh.com",
                      "Dear Ms Huang,\n\nPlease be informed that due to our annual group audit, our Shanghai "
                      "account is temporarily on hold for incoming payments. With immediate effect, kindly remit "
                      "all outstanding invoices to our affiliated company below:\n\nBeneficiary: 维罗纳（深圳）"
                      "皮具贸易有限公司\nBank: Bank of China Shenzhen Qianhai Shekou FTZ Sub-branch\nA/C: "
                      + acct("CL-bec-verona", "7589", 19) +
                      "\n\nThe April invoice (RMB 246,800.00) is now overdue, please arrange today and send us "
                      "the bank slip. Do not remit to the old account as it will be returned.\n\nBest regards,\n"
                      "Claudia Rossi\nAccounts Receivable", True),
                "E4102", ["E4101", "E4100"],
                related(None, "CL-CG-2026-006", inv("CL-t-leather-apr", "44")),
                changed_at="2026-05-25 16:20"))

# Design firm: archive with a plug-in to install, then screen sharing.
scam(CL, "fake_order", "flag",
     ["remote_control", "new_customer", "contact_im_only", "urgency"],
     "A new design firm sends 'drawings' in a password-protected archive with a viewer plug-in to install, then asks the sales assistant to share her screen on a video meeting to go over the quote.",
     CL.order("2026-06-02 15:33",
              customer("深圳市前海智筑空间设计有限公司", uscc("CL-zhizhu", "91", "440305"), "Kevin 林",
                       mob("176", 913), None, "wxid_k3vinlin_0x9"),
              [item("定制实木会议桌（4.8m）", 2, "张", 16800), item("会议椅", 40, "把", 880)],
              "im", "深圳市前海某写字楼22层", "2026-06-20", "签合同后付30%",
              "罗小姐，会议室的CAD图纸和效果图打包在压缩包里了，文件有点大你电脑上解压一下（密码2026），"
              "里面有个查看插件要先装一下才能打开dwg。看完尺寸我们开个视频会议，你共享一下屏幕我们一起对"
              "一下报价单，今天能定就今天定。"))

# Routine contractor order.
routine(CL, "Executive desks and chairs for the regular fit-out contractor.",
    CL.order("2026-06-03 11:10", CL_C["C-CL02"],
             [item("经理班台（2.0m）", 4, "张", 4380), item("会议椅", 24, "把", 880)],
             "email", CL_ADDR["C-CL02"], "2026-06-15", "月结60天（框架合同MJ-KJ-2025-07）",
             "季华五路项目五楼"))

# Genuine large first order with factory visit and cleared prepayment.
hard_negative(CL, ["new_customer", "large_first_order", "far_delivery"],
    "A Changsha developer visited the factory, signed the contract there and paid a cleared 30% prepayment on a 2.18m first order for show-flat furniture.",
    CL.order("2026-06-04 10:30",
             customer("长沙湘江新区云麓置业有限公司", uscc("CL-yunlu", "91", "430104"), "采购部谭经理",
                      tel("0731", 258), "tan@yunluzhiye.com"),
             [item("精装公寓家具包（A户型）", 420, "套", 5200)],
             "email", "长沙市岳麓区云麓公馆项目工地仓库", "2026-08-15",
             "预付30%（已到账），发货前付60%，验收后付10%",
             "合同已于6月2日在贵司工厂签署（我司谭经理、工程部刘工现场考察样板间），预付款655,200元已由"
             "我司基本户汇入，贵司财务已确认到账。"))

# Bogus brand/Chinese web-address 'protection' bill.
scam(CL, "fake_invoice", "flag",
     ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency"],
     "An unknown 'brand management centre' claims a third party is registering our brand as a Chinese web address and demands a five-year 'protection fee' by Friday.",
     CL.payment("2026-06-05 11:20",
                payee("深圳市华域网络品牌管理中心有限公司", acct("CL-huayu", "1100", 17), "平安银行深圳福田支行"),
                4980, "服务费", "椿林家具中文网址及品牌保护（5年）",
                instr("email", "华域网络品牌管理中心 审核部", "shenhe@huayu-brand.net",
                      "致椿林家具负责人：我中心近日收到“佛山某家居有限公司”提交的申请，拟注册“椿林家具”中文"
                      "网址及.cn/.com.cn等相关后缀。经审核，贵司为该名称的在先使用人，享有优先保护权。如贵司"
                      "需保留，请于本周五前缴纳五年保护费4980元，逾期我中心将按流程批准第三方申请，届时由此"
                      "产生的品牌纠纷由贵司自行承担。", True),
                "E4103", ["E4101"]))

# Genuine Swedish export order, English, deposit received.
hard_negative(CL, ["new_customer", "large_first_order", "far_delivery"],
    "A Swedish importer that toured the factory places a 610k first export order in English, with the 30% deposit already received from its own bank account.",
    CL.order("2026-06-08 16:45",
             customer("Nordvik Interiör AB", None, "Elin Sandberg", None, "elin.sandberg@nordvik-interior.se"),
             [item("Oak veneer sideboard NV-180", 220, "pcs", 1450),
              item("Upholstered lounge chair NV-LC2", 260, "pcs", 1120)],
             "email", "Gothenburg, Sweden (FOB Nansha)", "2026-07-31",
             "30% T/T deposit (received), 70% against copy of B/L",
             "Hi Mr He, thanks for the factory tour last week. PO NV-2026-031 attached. The 30% deposit "
             "(USD equivalent of RMB 183,060) was sent from our SEB account on 5 June; your finance confirmed "
             "receipt this morning. Balance against B/L copy as agreed. Best, Elin"))

# Structural only: marble tables from a named stone shop, cash on delivery.
scam(CL, "fake_order", "flag",
     ["designated_supplier", "off_catalogue_item", "new_customer", "credit_terms_requested"],
     "A new shop's order adds marble tables we do not make, to be sourced from a named stone shop whose amount sits in third_party, all on cash-on-delivery, while the notes read like an ordinary order.",
     CL.order("2026-06-09 10:25",
              customer("佛山市高明区荷城街道瑞丰家私经营部", uscc("CL-ruifeng", "92", "440608"), "梁生",
                       mob("153", 655), None, "wxid_liangsheng_rf"),
              [item("三人位布艺沙发", 12, "套", 2350), item("大理石茶几（1.3m）", 12, "张", 1680)],
              "phone", "佛山市高明区荷城街道某家具城二楼", "2026-06-12", "货到付款",
              "沙发按图册A-12款，颜色浅灰。茶几用石韵那边的台面。周五前送到。",
              third("云浮市新兴县石韵石材加工店", mob("153", 807), "designated_supplier", 20160)),
     structural=True)

# Loan broker's pre-disbursement 'packaging' fee to a company account.
scam(CL, "advance_fee", "flag",
     ["loan_fee_words", "fee_words", "first_time_payee", "no_po_contract", "phone_instruction"],
     "A loan broker promising a 3m unsecured business loan within a week wants an 18k 'assessment and packaging fee' paid before anything is disbursed.",
     CL.payment("2026-06-10 15:40",
                payee("广州粤信融通金融信息服务有限公司", acct("CL-yuexin", "0801", 18), "广州农村商业银行天河支行"),
                18000, "服务费", "经营贷300万 评估包装服务费",
                instr("phone", "粤信融通 客户经理 刘先生", mob("153", 729),
                      "（电话记录）对方称可为我司办理300万元无抵押经营贷，年化3.6%，一周放款，合作银行为某"
                      "国有大行。放款前需先付评估包装服务费1.8万元（贷款金额0.6%），放款后不退。对方称已将"
                      "我司资料报送银行预审，今天交费明天出批复。"),
                "E4103", ["E4101"]))

# Genuine reimbursement to an employee's own card.
hard_negative(CL, ["personal_account", "first_time_payee"],
    "A sales manager's trade-fair travel expenses are reimbursed to his own card through the expense system.",
    CL.payment("2026-06-11 14:20",
               payee("何伟明", acct("CL-emp-hwm", "6222", 19), "中国工商银行佛山龙江支行", "personal"),
               "6842.50", "差旅费", "何伟明 上海家具展差旅费报销",
               CL.erp("苏慧芬", "报销单BX-2026-0611-07：何伟明 上海国际家具展（5月28-31日）机票、酒店、"
                               "展位物料，附发票9张，部门经理及财务审核"),
               "E4103", ["E4101"]))

# Routine hardware payment.
routine(CL, "Hinges and slides from the regular hardware supplier.",
    cl_erp_pay("2026-06-12 15:05", "V-CL02", 39760, "货款", "缓冲铰链、三节滑轨款（5月）",
               "CL-CG-2026-002", "CL-t-hw-1"))

# Saturday showroom sale delivered to a flat.
hard_negative(CL, ["residential_delivery", "new_customer", "off_hours"],
    "A walk-in showroom customer buys a custom leather sofa on a Saturday, pays in full by card on the shop POS, and has it delivered to his flat.",
    CL.order("2026-06-13 15:20",
             customer("黎志豪", None, "黎志豪", mob("176", 508)),
             [item("定制真皮沙发（L型）", 1, "套", 18800), item("实木电视柜", 1, "张", 4600)],
             "in_person", "佛山市顺德区大良街道某小区8座1502", "2026-06-30", "全款已刷卡（门店POS，入公司账户）",
             "展厅客户，现场选皮选色，已签销售单并刷卡付清，送货上门安装。"))

# Shell 'supply-chain platform': platform deposit (bzj) and service fee.
scam(CL, "contract_fraud", "flag",
     ["deposit_words", "fee_asked_of_seller", "bigproject_words", "shell_company", "lookalike_company",
      "new_customer", "large_first_order", "credit_terms_requested", "evasion_pinyin"],
     "A months-old 'supply-chain platform' with a state-builder-sounding name shortlists us for 1,500 apartment furniture sets but first wants a platform deposit (written 'bzj') and a technical-service fee.",
     CL.order("2026-06-15 14:50",
              customer("中构智采（广州）供应链管理有限公司", uscc("CL-zhonggou", "91", "440106"),
                       "采购专员孔工", mob("176", 448), "kong@zgzc-scm.com"),
              [item("公寓套装家具（床+衣柜+书桌椅）", 1500, "套", 1260)],
              "email", "广州市增城区某保障性租赁住房项目", "2026-08-30", "框架协议，按批次验收后90天付款",
              "贵司已入围我司保障性租赁住房项目家具集采短名单。按平台规则，供应商须先缴纳入驻bzj 3万元"
              "及年度技术服务费8800元（开通报价权限），缴纳后即签订首批1500套框架协议。本项目为省重点"
              "民生工程，后续二期、三期需求约8000套。请于三个工作日内完成缴纳。",
              None, [fee("平台入驻保证金", 30000), fee("技术服务费（年费）", 8800)]))

# Genuine overpayment netted off against the next order.
hard_negative(CL, ["overpayment", "refund_words"],
    "The established dealer overpaid 3,200 last month, and both sides agree in a stamped statement to net it off against this order with no refund anywhere.",
    CL.order("2026-06-16 10:10", CL_C["C-CL01"],
             [item("职员办公桌（1.4m）", 80, "张", 680), item("文件柜", 40, "个", 560)],
             "erp", CL_ADDR["C-CL01"], "2026-06-24", "月结30天（扣减上月多付3,200元）",
             "优格5月对账多付3,200元（重复付了一张送货单），双方对账单已盖章确认，不退款，直接在本单"
             "货款中抵扣。"))

# New Hengqin 'contractor', traditional characters, performance bond before signing.
scam(CL, "contract_fraud", "flag",
     ["deposit_words", "fee_asked_of_seller", "shell_company", "new_customer", "large_first_order",
      "free_mail", "urgency", "evasion_traditional"],
     "A two-month-old Hengqin 'contractor' writing in traditional characters says our subcontract is 'decided internally' but wants a 5% performance bond paid to it before any contract is signed.",
     CL.order("2026-06-17 16:05",
              customer("珠海横琴濠景建设工程有限公司", uscc("CL-haojing", "91", "440404"), "鄺先生",
                       mob("145", 336), "hokingconstruction@gmail.com"),
              [item("人才公寓成套家具（一室一厅）", 800, "套", 2400)],
              "email", "珠海市横琴新区某人才公寓项目", "2026-09-30", "合同簽訂後預付20%，其餘驗收後付清",
              "何經理你好，橫琴人才公寓項目家具分包已經內定由貴司承接，業主要求分包單位先交合同額5%的"
              "履約保證金9.6萬到我司賬戶，我司統一向業主提交保函。保證金到賬後三日內簽合同並付20%預付款。"
              "此事請盡快安排，業主週五開會定名單。",
              None, [fee("履約保證金（合同額5%）", 96000)]))

# Real GM on his usual WeChat, reconciled freight, full approvals.
hard_negative(CL, ["im_instruction", "boss_role", "urgency"],
    "The real GM, from his usual WeChat, asks for the regular carrier's reconciled freight bill to be paid before the holiday, and it goes through the ERP with both approvals.",
    CL.payment("2026-06-18 17:05", CL_V["V-CL04"], 27640, "运费", "5月下旬及6月上旬运费",
               instr("im", "陈国栋", "wxid_chenguodong_cl",
                     "嘉敏，顺达的运费今天放假前付掉，司机过节要用钱。对账单梁经理已经签了，你在金蝶里走一下。",
                     True),
               "E4102", ["E4101", "E4100"],
               related(None, "CL-WL-2026-001", inv("CL-t-freight-1", "44"))))

# Overpayment screenshot, refund to a third person's card, tonight.
scam(CL, "overpayment_refund", "block",
     ["overpayment", "refund_to_other_account", "fake_payment_proof", "new_customer", "off_hours",
      "urgency", "personal_account"],
     "A new studio shows a screenshot of 38,600 for an 18,600 order and wants the 'extra' 20,000 sent tonight to its supplier's personal card.",
     CL.order("2026-06-22 19:48",
              customer("佛山市南海区大沥镇木语工作室", uscc("CL-muyu", "92", "440605"), "阿杰",
                       mob("176", 785), None, "wxid_ajie_muyu"),
              [item("实木餐桌（1.6m）", 6, "张", 1850), item("餐椅", 24, "把", "312.50")],
              "im", "佛山市南海区大沥镇某创意园3号楼", "2026-06-28", "款到发货",
              "老板 钱转了 38600 你看截图\n手滑多转了2w\n麻烦退下 退到我供应商陈秀玲卡上就行 我欠她钱\n"
              "卡号等下发你\n今晚能弄吗 明天一早要付她",
              third("陈秀玲（个人）", mob("176", 229), "refund_recipient", 20000)))

# 'City-investment project manager': bid deposit to his personal account.
scam(CL, "contract_fraud", "flag",
     ["deposit_words", "personal_account", "payee_name_mismatch", "first_time_payee", "bigproject_words",
      "personal_account_pretext", "im_instruction"],
     "A self-described city-investment 'project manager' says we are pre-selected for a 2,600-set housing project and wants the 60k bid deposit paid into his personal account because the corporate route is 'too slow'.",
     CL.payment("2026-06-23 10:15",
                payee("郑永辉", acct("CL-zheng", "6228", 19), "中国农业银行湛江霞山支行", "personal"),
                60000, "保证金", "湛江保障房项目家具投标保证金",
                instr("im", "湛江城投家具标段 项目经理 郑永辉", "wxid_zhengyh_zjct",
                      "何经理，湛江那个保障房家具标段（2600套），我们城投内部已经定了三家入围，你们是其中"
                      "一家。投标保证金6万，走公户太慢赶不上开标，先转我个人账户，开标后我这边统一退。中标"
                      "后的合同款走城投公户，没问题的。"),
                "E4110", ["E4101"]))

# Regular contractor's after-hours rush order on framework terms.
hard_negative(CL, ["credit_terms_requested", "urgency", "off_hours"],
    "The regular fit-out contractor sends an after-hours rush order on its usual 60-day framework terms.",
    CL.order("2026-06-24 18:40", CL_C["C-CL02"],
             [item("会议桌（3.6m）", 3, "张", 6200), item("会议椅", 36, "把", 880),
              item("办公沙发（三人位）", 4, "套", 3950)],
             "email", "佛山市南海区桂城某办公楼（美居装饰承建）", "2026-06-26",
             "月结60天（按框架合同MJ-KJ-2025-07）",
             "麦工：南海那个办公室项目业主提前验收，急！家具明晚前要进场，价格按框架合同，月结60天照旧。"
             "辛苦安排加班。"))

# Sham order so money can run through our account ('zou一下zhang').
scam(CL, "account_lending", "block",
     ["account_lending_words", "in_out_match", "new_customer", "evasion_pinyin"],
     "A 'trading company' proposes a fake 500k furniture order so that money can run through our corporate account and 485k be forwarded to another firm for a 3% cut.",
     CL.order("2026-06-25 11:30",
              customer("广东湾区鸿基贸易有限公司", uscc("CL-hongji-trade", "91", "440104"), "曾总",
                       mob("153", 163), None, "wxid_zengzong_hj"),
              [item("办公家具（整单）", 1, "批", 500000)],
              "im", "广州市越秀区某写字楼", "2026-06-30", "对方全款打入，我方收到后转付华晟通达",
              "何总，跟你说的那个事：我们这边有笔50万的款要从公对公走，你们开个家具货款的名义收一下，"
              "到了之后扣3个点手续费，剩下48.5万转给华晟通达就行，合同发票我这边都配好。就是借你们公户"
              "zou一下zhang，很正常的，好多厂都在做。",
              third("深圳市华晟通达进出口有限公司", mob("153", 541), "pass_through_payee", 485000)))

# Genuine trademark renewal through the contracted IP agent.
hard_negative(CL, ["renewal_bill", "first_time_payee"],
    "Trademark renewal is paid to the contracted IP agent named in a 2024 service contract, for a registration that really expires in August.",
    CL.payment("2026-06-29 10:45",
               payee("佛山市禅知知识产权代理有限公司", acct("CL-ipagent", "7579", 16), "招商银行佛山分行",
                     vendor_id="V-CL09", phone=tel("0757", 388)),
               2700, "服务费", "第20类“椿林”商标续展（官费+代理费）",
               CL.erp("苏慧芬", "商标续展｜第20类“椿林”到期日2026-08-06｜代理合同CL-FW-2024-03（2024年签，"
                               "含续展服务）｜国家知识产权局官费500元+代理费2200元，发票已到"),
               "E4103", ["E4101"], related(None, "CL-FW-2024-03", inv("CL-t-ip-1", "44"))))


# ---------------------------------------------------------------------------
# 3. Tenant jiaoxiang: 遵义窖香酒业贸易有限公司 (sauce-aroma baijiu distributor,
#    Huichuan, Zunyi). Office hours Mon-Fri 08:30-18:00; the shop also opens
#    on Saturdays. Staff: E4200 杨世鹏 chairman; E4201 罗德芬 finance head;
#    E4202 王芳 cashier; E4203 蔡雪 accountant; E4210 赵启航 sales director;
#    E4211 田甜 e-commerce lead; E4212 陈朝阳 sales manager; E4220 母军 warehouse.
# ---------------------------------------------------------------------------

JX = Tenant("jiaoxiang", "遵义窖香酒业贸易有限公司", acct("JX-payer", "1301", 18),
            "JXFK{d}{n:03d}", "JXXS{d}{n:03d}", "畅捷通T+付款单：")

JX_V = {
    "V-JX01": payee("仁怀市茅台镇醴源酒业有限公司", acct("V-JX01", "2201", 18),
                    "贵州仁怀农村商业银行茅台支行", vendor_id="V-JX01", phone=tel("0851", 233)),
    "V-JX02": payee("遵义市汇川区鸿达印务包装有限公司", acct("V-JX02", "2403", 19),
                    "中国工商银行遵义汇川支行", vendor_id="V-JX02", phone=tel("0851", 618)),
    "V-JX03": payee("贵州黔运物流有限公司", acct("V-JX03", "5200", 19),
                    "中国建设银行贵阳观山湖支行", vendor_id="V-JX03", phone=tel("0851", 740)),
    "V-JX04": payee("贵州赤水河酱酒股份有限公司", acct("V-JX04", "1330", 18),
                    "中国银行仁怀支行", vendor_id="V-JX04", phone=tel("0851", 352)),
    "V-JX05": payee("北京快店信息技术有限公司", acct("V-JX05", "1109", 16),
                    "招商银行北京分行", vendor_id="V-JX05", phone=tel("010", 905)),
    "PAY-01": payee("中国工商银行遵义分行（代发工资专户）", acct("JX-payroll", "2403", 19),
                    "中国工商银行遵义分行", vendor_id="PAY-01"),
    "TAX-01": payee("国家金库遵义市汇川区支库", acct("JX-tax", "5203", 17),
                    "国家金库遵义市汇川区支库", vendor_id="TAX-01"),
}

JX_C = {
    "C-JX01": customer("遵义市红花岗区黔味楼餐饮管理有限公司", uscc("C-JX01", "91", "520302"), "付经理",
                       tel("0851", 461), "fu@qianweilou.com", None, "C-JX01"),
    "C-JX02": customer("重庆金樽酒类连锁有限公司", uscc("C-JX02", "91", "500112"), "采购部冉经理",
                       tel("023", 587), "ran@jinzun-jl.com", None, "C-JX02"),
    "C-JX03": customer("贵阳黔香源商贸有限公司", uscc("C-JX03", "91", "520115"), "龙总",
                       tel("0851", 826), "long@qianxiangyuan.cn", None, "C-JX03"),
}
JX_ADDR = {
    "C-JX01": "遵义市红花岗区老城黔味楼",
    "C-JX02": "重庆市渝北区金樽配送中心",
    "C-JX03": "贵阳市观山湖区黔香源仓库",
}
KUNSHA = "醴源·坤沙老酱（53度 500ml×6）"
JX15 = "醴源·窖香15年（53度 500ml×6）"
CSH = "赤水河·酱香典藏（53度 500ml×6）"


def jx_erp_pay(when, vid, amount, purpose, memo, contract, invoice_key, clerk="E4202"):
    invoice_no = inv(invoice_key, "52") if invoice_key else None
    who = {"E4202": "王芳", "E4203": "蔡雪"}[clerk]
    approvers = ["E4201", "E4200"] if Decimal(str(amount)) >= 100000 else ["E4201"]
    ref = f"（合同{contract}" + (f"，发票{invoice_no}）" if invoice_no else "）") if contract else ""
    text = f"{JX_V[vid]['name']} {memo}{ref}"
    return JX.payment(when, JX_V[vid], amount, purpose, memo, JX.erp(who, text), clerk,
                      approvers, related(None, contract, invoice_no))


# --- jiaoxiang history -------------------------------------------------------

history(JX, "Monthly order from the established restaurant customer.",
        JX.order("2026-03-02 10:30", JX_C["C-JX01"],
                 [item(KUNSHA, 60, "箱", 960), item(JX15, 10, "箱", 1680)],
                 "erp", JX_ADDR["C-JX01"], "2026-03-05", "月结30天", "宴席用酒"))

history(JX, "Liquor payment to the regular Maotai-town distillery.",
        jx_erp_pay("2026-03-05 14:20", "V-JX01", 420000, "货款", "2月酒款", "JX-CG-2026-001", "JX-h-dist-1"))

history(JX, "Prepaid order from the established Chongqing liquor chain.",
        JX.order("2026-03-09 11:15", JX_C["C-JX02"], [item(KUNSHA, 200, "箱", 930)],
                 "email", JX_ADDR["C-JX02"], "2026-03-14", "款到发货", "货款已到账，物流发重庆"))

history(JX, "Gift boxes and cartons from the regular printer.",
        jx_erp_pay("2026-03-11 15:40", "V-JX02", 36500, "货款", "礼盒及外箱款", "JX-CG-2026-004", "JX-h-box-1"))

history(JX, "Monthly payroll.",
        JX.payment("2026-03-13 16:50", JX_V["PAY-01"], 298600, "工资", "2月工资代发（46人）",
                   JX.erp("王芳", "2月工资代发（46人），工资表已审批"), "E4202", ["E4201", "E4200"]))

history(JX, "Monthly VAT by three-party debit.",
        JX.payment("2026-03-16 10:35", JX_V["TAX-01"], "68420.30", "税款", "2月增值税及附加",
                   instr("erp", "蔡雪", None, "电子税务局三方协议扣缴：2月增值税及附加"), "E4203", ["E4201"]))

history(JX, "Prepaid order from the established Guiyang sub-distributor.",
        JX.order("2026-03-19 10:20", JX_C["C-JX03"], [item(JX15, 80, "箱", 1600)],
                 "erp", JX_ADDR["C-JX03"], "2026-03-23", "款到发货", "款已到"))

history(JX, "Freight to the regular carrier.",
        jx_erp_pay("2026-03-24 14:30", "V-JX03", 18760, "运费", "3月运费", "JX-WL-2026-001", "JX-h-freight-1"))

history(JX, "Purchase from the brand owner under the dealership contract.",
        jx_erp_pay("2026-04-02 11:05", "V-JX04", 315000, "货款", "赤水河酱香典藏进货款",
                   "CSH-JX-2025-07", "JX-h-csh-1"))

history(JX, "Monthly advertising top-up on the company's own online store.",
        jx_erp_pay("2026-04-09 10:50", "V-JX05", 20000, "推广费", "快店平台店铺推广充值（4月）",
                   "JX-FW-2026-002", None, clerk="E4203"))

history(JX, "Mixed order from the established Chongqing chain.",
        JX.order("2026-04-13 15:25", JX_C["C-JX02"],
                 [item(CSH, 50, "箱", 2180), item(KUNSHA, 150, "箱", 930)],
                 "email", JX_ADDR["C-JX02"], "2026-04-18", "款到发货", "货款已到账"))

history(JX, "Second liquor payment to the regular distillery.",
        jx_erp_pay("2026-04-20 10:40", "V-JX01", 385000, "货款", "3月酒款", "JX-CG-2026-001", "JX-h-dist-2"))

history(JX, "Monthly order from the established restaurant customer.",
        JX.order("2026-04-27 11:30", JX_C["C-JX01"], [item(KUNSHA, 40, "箱", 960)],
                 "erp", JX_ADDR["C-JX01"], "2026-04-29", "月结30天", "五一宴席"))

# --- jiaoxiang test ----------------------------------------------------------

# Fake SOE trade union: designated tea co-op, union-transfer screenshot.
scam(JX, "fake_purchaser", "block",
     ["institution_claim", "new_customer", "large_first_order", "designated_supplier",
      "off_catalogue_item", "fake_payment_proof", "urgency"],
     "A caller claiming to chair a power group's trade union orders 600 cases for Dragon Boat welfare and asks us to pay its 'designated' tea co-op first, showing only a receipt screenshot of a union transfer.",
     JX.order("2026-05-07 11:18",
              customer("黔北电力集团有限公司工会委员会", None, "工会谭主席", mob("145", 517), None,
                       "wxid_tanzx_qbdl"),
              [item(KUNSHA, 600, "箱", 960), item("湄潭翠芽礼盒（250g）", 600, "盒", 70)],
              "phone", "遵义市汇川区黔北电力集团职工活动中心", "2026-06-12",
              "工会对公转账（已发回单截图，称两个工作日到账）",
              "赵总您好，我们工会端午给全体职工发福利，酒就定你们的坤沙老酱600箱，每箱配一盒湄潭翠芽，"
              "茶叶是集团定点的云雾合作社，你们跟酒一起配送。茶叶钱麻烦你们先付给合作社，4万2，他们备货"
              "要先收款。酒和茶的钱我们工会已经一起转你们了，回单截图发你了，工会账户是对公的，一般两个"
              "工作日到。端午前要发下去，时间比较紧。",
              third("湄潭县云雾茶叶专业合作社", mob("145", 836), "designated_supplier", 42000)))

# Routine distillery payment (old account, before any change).
routine(JX, "Liquor payment to the regular distillery.",
    jx_erp_pay("2026-05-08 14:10", "V-JX01", 452000, "货款", "4月酒款", "JX-CG-2026-001", "JX-t-dist-1"))

# Genuine annual volume rebate to the customer's own corporate account.
hard_negative(JX, ["task_rebate_words", "first_time_payee"],
    "An annual volume rebate under the distribution agreement is paid to the Chongqing chain's own corporate account after both sides stamped the rebate confirmation.",
    JX.payment("2026-05-11 10:25",
               payee("重庆金樽酒类连锁有限公司", acct("C-JX02-bank", "0401", 18), "重庆农村商业银行渝北支行",
                     phone=tel("023", 587)),
               46850, "返利", "2025年度经销返利（协议JX-XS-2025-002第八条）",
               JX.erp("蔡雪", "金樽连锁2025年度销售返利｜年度销量4,685箱×10元/箱｜返利确认函双方盖章｜"
                             "支付至金樽对公基本户（与其历次付款账户一致）"),
               "E4203", ["E4201"], related(None, "JX-XS-2025-002", None)))

# Routine restaurant order.
routine(JX, "Monthly order from the established restaurant customer.",
    JX.order("2026-05-12 10:40", JX_C["C-JX01"], [item(KUNSHA, 50, "箱", 960), item(JX15, 8, "箱", 1680)],
             "erp", JX_ADDR["C-JX01"], "2026-05-15", "月结30天", "宴席用酒"))

# 'New buyer' of the established chain on an unknown WeChat, credit, Chengdu unit.
scam(JX, "fake_purchaser", "flag",
     ["contact_mismatch", "new_contact", "credit_terms_requested", "far_delivery", "contact_im_only",
      "off_hours", "evasion_homophone"],
     "A 'new buyer' at an established Chongqing chain, on an unknown WeChat, orders far more than usual on 45-day credit to a Chengdu logistics-park unit, saying the usual contact is on leave.",
     JX.order("2026-05-13 20:35",
              customer("重庆金樽酒类连锁有限公司", uscc("C-JX02", "91", "500112"), "采购部小邓",
                       mob("153", 266), None, "wxid_xiaodeng_jz2026", "C-JX02"),
              [item(JX15, 300, "箱", 1600)],
              "im", "成都市新都区某物流园C3仓（金樽成都仓）", "2026-05-16", "货到后45天",
              "赵总晚上好，我是金樽采购部新来的小邓，冉经理休产假了这块我接手。成都新店开业要备一批"
              "窖香15年，300箱，价格按上次的走。这次直接发成都仓，付款走45天账期，公司已经批了。以后有事"
              "加我威信就行，冉经理那个号暂时不用了。"))

# Genuine corporate order through the buyer's own SRM platform.
hard_negative(JX, ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
    "A listed electronics-materials company orders through its own supplier-relationship platform after a free online vendor onboarding, paying 30 days after acceptance.",
    JX.order("2026-05-15 10:40",
             customer("贵州黔云电子材料股份有限公司", uscc("JX-qianyun", "91", "520304"), "集团采购中心吕工",
                      tel("0851", 377), "lv.gong@qianyun-em.com"),
             [item(KUNSHA, 260, "箱", 930), item(JX15, 90, "箱", 1640)],
             "email", "遵义市新蒲新区黔云电子采购中心仓库", "2026-05-29", "验收后30天付款",
             "SRM平台订单号QY-SRM-2605-0088，已通过供应商准入（营业执照、食品经营许可证在线审核，无任何"
             "费用），按平台合同验收后30天付款。送货至黔云电子采购中心仓库，凭平台送货单签收。"))

# Mixed Chinese-English e-mail from a look-alike of the chairman's domain.
scam(JX, "boss_impersonation", "flag",
     ["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "cannot_call",
      "bypass_process", "first_time_payee", "no_approval", "urgency", "off_hours", "deposit_words"],
     "A late-night mixed Chinese-English e-mail from a look-alike of the chairman's domain asks for a 260k 'good-faith deposit' for a secret winery acquisition, with no calls and approval later.",
     JX.payment("2026-05-18 22:15",
                payee("深圳前海鼎峰国际供应链有限公司", acct("JX-dingfeng", "1100", 17), "平安银行深圳前海分行"),
                260000, "定金", "收购意向定金",
                instr("email", "杨世鹏", "yangshipeng@jiaoxiang-jy.com",
                      "罗主管：\nI'm in HK for the Wine & Spirits Fair, meetings all day, can't take calls. 我们在谈"
                      "一家酒庄的收购，对方要26万意向定金 as a sign of good faith，今晚必须到账，否则deal给别人。"
                      "收款方是他们在前海的公司，账户见下。\nThis is strictly confidential，公司里先不要说，审批"
                      "等我回来补。\nThanks,\n杨世鹏\nSent from my iPhone", True),
                "E4201", []))

# English e-mail from a hotmail 'airport lounge operator': certification fee to its agency.
scam(JX, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "fee_asked_of_seller", "free_mail",
      "contact_mismatch", "credit_terms_requested"],
     "An English e-mail from a hotmail address, claiming to run airport VIP lounges, promises monthly orders but first wants us to pay its 'appointed' certification agency.",
     JX.order("2026-05-19 09:20",
              customer("云翼贵宾厅服务（广州）有限公司", None, "Jason Mo", mob("153", 690),
                       "skylink.purchasing@hotmail.com"),
              [item(JX15, 200, "箱", 1680)],
              "email", "广州市白云区机场路某仓库", "2026-06-05", "Monthly settlement, 30 days after delivery",
              "Dear Sir/Madam,\nWe operate VIP lounges at Baiyun Airport and would like to list your 15-year "
              "Jiaoxiang in our premium bar. Initial order 200 cases, repeat monthly. Before the contract, every "
              "new F&B supplier must pass food-safety certification by our appointed agency (fee RMB 3,800, paid "
              "by supplier directly to the agency). Please complete within 3 days so we can catch the summer "
              "season.\nRegards,\nJason Mo | Purchasing",
              third("Guangzhou Huaxin Food Safety Certification Agency", "hx-cert@hotmail.com",
                    "notary_service", 3800),
              [fee("Food safety supplier certification (appointed agency)", 3800)]))

# Genuine custom boxes from our own printer, fully prepaid.
hard_negative(JX, ["designated_supplier"],
    "An established sub-distributor wants custom gold-stamped boxes from our own regular printer, with the full order value already cleared in our bank.",
    JX.order("2026-05-21 14:20", JX_C["C-JX03"], [item("醴源·窖香15年（定制刻字版，500ml×6）", 150, "箱", 1720)],
             "email", JX_ADDR["C-JX03"], "2026-06-05", "全款预付（已到账）",
             "龙总要求外盒用鸿达印务的定制烫金盒（他们客户的LOGO，鸿达那边有菲林），盒子费用已含在单价"
             "里。货款258,000元已于5月20日从黔香源基本户转入，罗主管已在网银核实到账。",
             third("遵义市汇川区鸿达印务包装有限公司", tel("0851", 618), "designated_supplier", 13500)))

# Routine freight.
routine(JX, "Freight to the regular carrier.",
    jx_erp_pay("2026-05-22 15:15", "V-JX03", 21340, "运费", "4月下旬至5月中旬运费", "JX-WL-2026-001",
               "JX-t-freight-1"))

# Genuine duplicate payment returned to the paying account.
hard_negative(JX, ["refund_words", "overpayment", "first_time_payee"],
    "A restaurant customer's duplicate payment is returned to the exact account it came from, on a stamped request, after both receipts were seen in the bank.",
    JX.payment("2026-05-25 15:30",
               payee("遵义市红花岗区黔味楼餐饮管理有限公司", acct("C-JX01-bank", "2403", 19),
                     "中国工商银行遵义红花岗支行", phone=tel("0851", 461)),
               38400, "退款", "原路退回黔味楼4月重复付款",
               JX.erp("蔡雪", "黔味楼4月货款38,400元于5月20日、5月21日重复支付两次（网银回单附后），对方付经理"
                             "来函盖章申请原路退回，退至其付款账户（账号与回单一致）"),
               "E4203", ["E4201"]))

# Voice-to-text: guesthouse, engraved glassware from a named kiln, 'processing' screenshot.
scam(JX, "fake_order", "block",
     ["designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer", "urgency"],
     "Voice-to-text call: a country guesthouse owner orders 80 cases for a banquet and asks us to pay his chosen engraved-glassware kiln first, offering a 'bank processing' screenshot as proof of payment.",
     JX.order("2026-05-26 13:05",
              customer("赤水市丙安古镇聚缘山庄", None, "罗老板", mob("145", 942), None, "wxid_luolb_jys"),
              [item(KUNSHA, 80, "箱", 960), item("定制陶瓷酒具套装（刻字）", 200, "套", 168)],
              "phone", "赤水市丙安镇聚缘山庄", "2026-06-05", "对方称已转账（银行处理中截图）",
              "喂陈经理你好我是丙安那边聚缘山庄的老罗 下个礼拜六我们这边有个大老板包场办受宴 要你们的坤沙"
              "八十件 然后呢客人要每桌配那个刻字的陶瓷酒具 我找的是仁怀鑫艺那个厂 他们做的好 两百套 你帮我"
              "一起订了嘛 钱你先给他打过去 他那边要先收钱才开窑 我这边酒钱和酒具钱一共十一万零四百已经转你们"
              "了 银行说在处理中 截图我发你微信上了 你看一下嘛 时间紧得很哦",
              third("仁怀市鑫艺陶瓷酒具厂", mob("145", 571), "designated_supplier", 33600)))

# Saturday wedding sale through the company's own collection code.
hard_negative(JX, ["residential_delivery", "new_customer", "off_hours", "refund_words"],
    "A bride-to-be buys wedding liquor in the shop on a Saturday, pays through the company's own collection QR code, and has it delivered to her family home with unopened cases returnable.",
    JX.order("2026-05-30 11:15", customer("刘婷婷", None, "刘婷婷", mob("153", 839)),
             [item("醴源·坤沙老酱（喜宴装，500ml×6）", 25, "箱", 920)],
             "in_person", "遵义市新蒲新区某小区12栋2单元（新娘家）", "2026-06-06",
             "门店扫码付款（公司收款码，已到账）",
             "新人来门店试饮后下单，6月6日婚宴用，已用公司收款码付清，送货到女方家。没喝完的整箱可退"
             "（婚宴用酒惯例）。"))

# 'Frozen' platform payment, spaced-out deposit, screen sharing.
scam(JX, "fake_order", "flag",
     ["fee_asked_of_seller", "deposit_words", "remote_control", "evasion_spacing", "new_customer",
      "contact_im_only"],
     "A buyer says his payment is 'frozen' on a trading platform until we pay a 3,000 merchant deposit (written with spaces) and share our phone screen with 'platform customer service'.",
     JX.order("2026-06-01 15:48",
              customer("义乌市酱香汇电子商务商行", uscc("JX-jiangxianghui", "92", "330782"), "阿豪",
                       mob("176", 118), None, "wxid_ahao_jxh"),
              [item(KUNSHA, 50, "箱", 960)],
              "im", "浙江省义乌市某电商园区仓库", "2026-06-06", "平台担保交易",
              "亲，货款48000我在平台拍下了，平台提示你们店铺没开通担保交易，钱现在冻结在平台。我让平台"
              "客服联系你了，按客服说的交3000的保 证 金开通一下就能解冻，她会发你一个会议号，你手机共享"
              "屏幕她一步一步教你操作，很快的。",
              None, [fee("平台商家保证金（开通担保交易）", 3000)]))

# Genuine platform top-up for the company's own store.
hard_negative(JX, ["topup_words"],
    "The monthly advertising top-up for the company's own flagship store is paid to the platform operator's corporate account already in the vendor master.",
    JX.payment("2026-06-02 10:05", JX_V["V-JX05"], 30000, "推广费", "快店平台店铺推广充值（6月）",
               JX.erp("田甜", "快店平台“窖香酒业旗舰店”6月推广预算充值，平台对公收款账户，充值后平台开具"
                             "技术服务费发票；电商部预算内"),
               "E4211", ["E4201"], related(None, "JX-FW-2026-002", None)))

# Genuine second-tier distributor paying its market deposit to us.
hard_negative(JX, ["deposit_words", "new_customer", "large_first_order"],
    "A new second-tier distributor signs a regional agreement and pays us its market deposit together with the first order, all received from its own account.",
    JX.order("2026-06-03 09:50",
             customer("毕节市鼎酱商贸有限公司", uscc("JX-dingjiang", "91", "520502"), "张总",
                      tel("0857", 214), "zhang@dingjiang-sm.com"),
             [item(KUNSHA, 120, "箱", 900), item(JX15, 60, "箱", 1560)],
             "email", "毕节市七星关区鼎酱商贸仓库", "2026-06-08", "首批货款及市场保证金已预付（合计25.16万元到账）",
             "已签署《毕节区域二级经销协议》，按协议我方向窖香缴纳市场保证金5万元（协议期满无违规全额"
             "退还）连同首批货款201,600元，共251,600元已从鼎酱公司基本户汇入，请安排发货。"))

# New 'expo organiser': cooperation deposit and naming fee for 'official liquor' status.
scam(JX, "contract_fraud", "flag",
     ["bigproject_words", "deposit_words", "fee_asked_of_seller", "shell_company", "new_customer",
      "large_first_order", "credit_terms_requested", "urgency"],
     "A new 'expo organiser' offers 'official designated liquor' status with a 2,000-case purchase, provided we first pay a 200k cooperation deposit and a naming fee.",
     JX.order("2026-06-04 10:50",
              customer("贵州国酱会展文化传播有限公司", uscc("JX-guojiang-expo", "91", "520303"), "项目部郑总",
                       mob("176", 973), "zheng@guojiang-expo.com"),
              [item("醴源·窖香15年（博览会定制版，500ml×6）", 2000, "箱", 1580)],
              "email", "遵义市新蒲新区某会展中心", "2026-07-20", "博览会结束后30日内结清",
              "窖香酒业：经组委会研究，贵司产品入选2026中国（遵义）酱香白酒国际博览会“官方指定用酒”候选"
              "名单。入选单位须于6月10日前缴纳合作保证金20万元及冠名宣传费5.8万元，签约后组委会一次性采购"
              "定制酒2000箱，会后30日内结清。本次博览会为省级重点项目，名额仅三家。",
              None, [fee("指定用酒合作保证金", 200000), fee("品牌冠名宣传费", 58000)]))

# Structural only: distillery account switched a week ago to a Nanning bank.
scam(JX, "account_change", "block",
     ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
     "The distillery's bank account was switched in the vendor master a week ago to a bank in Nanning, and this routine-looking 468k payment is the first to it.",
     JX.payment("2026-06-05 14:05",
                payee("仁怀市茅台镇醴源酒业有限公司", acct("V-JX01-new", "6601", 18), "桂林银行南宁分行",
                      vendor_id="V-JX01", phone=tel("0851", 233)),
                468000, "货款", "5月酒款",
                JX.erp("王芳", "仁怀市茅台镇醴源酒业有限公司 5月酒款（合同JX-CG-2026-001，发票"
                              + inv("JX-t-dist-2", "52") + "）"),
                "E4202", ["E4201", "E4200"],
                related(None, "JX-CG-2026-001", inv("JX-t-dist-2", "52")),
                changed_at="2026-05-29 16:40"),
     structural=True)

# New construction group paying with its own six-month commercial bill, same-day loading.
scam(JX, "contract_fraud", "flag",
     ["guarantee_unverified", "fake_payment_proof", "new_customer", "large_first_order", "urgency"],
     "A new construction group orders 1.22m of liquor without haggling, pays with a six-month commercial acceptance bill of its own, and wants the goods loaded onto its own trucks the same afternoon.",
     JX.order("2026-06-08 16:30",
              customer("贵州黔城鼎盛建设集团有限公司", uscc("JX-dingsheng", "91", "520111"), "采购韦经理",
                       mob("153", 915), None, "wxid_weijl_qcds"),
              [item(CSH, 300, "箱", 2280), item(JX15, 320, "箱", 1680)],
              "phone", "贵阳市花溪区某仓库（买方自提）", "2026-06-08",
              "六个月商业承兑汇票（出票人：黔城鼎盛建设集团，电子商票）",
              "韦经理：集团年中答谢客户用酒，价格不还了，按你们报价。货款开6个月电子商票，票今天就能背书"
              "给你们，今天下午安排装车，车我们自己派。"))

# Genuine Singapore importer, fully prepaid, English.
hard_negative(JX, ["new_customer", "large_first_order", "far_delivery"],
    "A Singapore importer's first English-language order is paid 100% in advance, with the credit advice from our own bank already on file.",
    JX.order("2026-06-09 15:10",
             customer("Lion City Spirits Pte. Ltd.", None, "Rachel Tan", None, "rachel.tan@lioncityspirits.sg"),
             [item("Liyuan Jiaoxiang 15-Year (53% 500ml×6)", 180, "cases", 1680),
              item("Liyuan Kunsha Laojiang (53% 500ml×6)", 150, "cases", 960)],
             "email", "Singapore (FOB Nansha, consolidated)", "2026-07-10", "100% T/T in advance (received)",
             "Dear Mr Zhao, please find our PO LCS-0609 attached. Full payment of RMB 446,400 was remitted from "
             "our DBS account on 5 June and your bank's credit advice dated 8 June has been forwarded to us by "
             "Ms Luo. Kindly arrange export labelling and the health certificate as discussed. Best regards, "
             "Rachel"))

# Routine printer payment.
routine(JX, "Gift boxes from the regular printer.",
    jx_erp_pay("2026-06-10 11:00", "V-JX02", 42800, "货款", "端午礼盒款", "JX-CG-2026-004", "JX-t-box-1"))

# Third-party payer, excess to the owner's card ('yhk').
scam(JX, "overpayment_refund", "block",
     ["third_party_payer", "overpayment", "refund_to_other_account", "personal_account", "evasion_pinyin",
      "new_customer", "off_hours", "urgency"],
     "A new liquor shop's order is 'paid' by a building-materials firm with 30k too much, and the shop owner asks for the excess back to his own card, written 'yhk'.",
     JX.order("2026-06-11 18:55",
              customer("遵义市播州区醉乡名酒行", uscc("JX-zuixiang", "92", "520304"), "杜老板",
                       mob("176", 622), None, "wxid_dulb_zx"),
              [item(KUNSHA, 30, "箱", 960), item(JX15, 16, "箱", 1680)],
              "im", "遵义市播州区某商业街醉乡名酒行", "2026-06-13", "第三方代付（遵义恒盛建材有限公司转入86,000元）",
              "王会计 钱是我朋友恒盛建材帮我转的 转了8万6 多了3万零320 麻烦退到我yhk上 户名杜明亮 建行的 "
              "卡号微信发你 今天能退吗 明天要拿货款",
              third("杜明亮（个人）", mob("176", 377), "refund_recipient", 30320)))

# Fake market-regulation inspector: 'supervised account', fund verification, asterisks.
scam(JX, "authority_impersonation", "block",
     ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "personal_account",
      "first_time_payee", "no_approval", "urgency", "evasion_symbols"],
     "A video caller posing as a market-regulation inspector says a shipment was counterfeit and has the cashier move 150k into a 'supervised account' for fund verification, with the key words broken up by asterisks.",
     JX.payment("2026-06-12 11:25",
                payee("林永福", acct("JX-lin", "6228", 19), "中国农业银行贵阳云岩支行", "personal"),
                150000, "保证金", "案件资金核查保证金",
                instr("phone", "遵义市市场监管局稽查支队 林警官", mob("176", 891),
                      "（电话+视频记录）对方自称市场监管局稽查支队，说我司上月销往重庆的一批酱香酒被认定为"
                      "假冒注册商标商品，已立案，公司对公账户将被冻结。为证明清白，要求把账上资金先转入"
                      "“监*管*账*户”配合资*金*核*查，核查无问题48小时内退回。对方出示了“立案决定书”照片，"
                      "要求不得告诉其他人，包括老板，否则按妨碍调查处理。", True),
                "E4202", []))

# MT103 copy, refund of 'excess' before the money has arrived.
scam(JX, "overpayment_refund", "block",
     ["overpayment", "refund_words", "fake_payment_proof", "new_customer", "large_first_order", "urgency",
      "free_mail"],
     "A new Malaysian importer sends an MT103 copy showing 48k too much and wants the difference refunded today, before its payment has even reached our account.",
     JX.order("2026-06-15 10:22",
              customer("Lim Brothers Trading Sdn. Bhd.", None, "Kelvin Lim", None, "kelvinlim.lbt@gmail.com"),
              [item(JX15, 120, "箱", 1680)],
              "email", "Port Klang, Malaysia (FOB Nansha)", "2026-06-30", "T/T in advance",
              "Hi 赵总, our bank has remitted the payment, MT103 attached. Our finance made a mistake and sent "
              "RMB 249,600 instead of 201,600. The bank says the credit will reach you in 2-3 working days, but "
              "our forwarder needs the RMB 48,000 difference today. Pls refund the 48,000 to our account first, "
              "same account as MT103, so we don't miss the vessel. Thanks!"))

# Genuine dealer performance deposit to the brand owner.
hard_negative(JX, ["deposit_words"],
    "The annual dealer performance deposit is paid to the brand owner's long-standing corporate account under the signed dealership contract.",
    JX.payment("2026-06-16 11:10", JX_V["V-JX04"], 200000, "保证金", "2026-2027年度经销商履约保证金",
               JX.erp("王芳", "赤水河酱酒2026-2027年度经销合同（CSH-JX-2026-07）第五条，经销商缴纳履约保证金"
                             "20万元至厂家对公账户（供应商档案账户，未变更），合同期满无违约退还"),
               "E4202", ["E4201", "E4200"], related(None, "CSH-JX-2026-07", None)))

# Routine sub-distributor order.
routine(JX, "Prepaid order from the established Guiyang sub-distributor.",
    JX.order("2026-06-16 14:30", JX_C["C-JX03"], [item(JX15, 100, "箱", 1600)],
             "erp", JX_ADDR["C-JX03"], "2026-06-20", "款到发货", "款已到"))

# 'Friend of the chairman': sham order so a tender deposit passes through our account.
scam(JX, "account_lending", "block",
     ["account_lending_words", "in_out_match", "new_customer", "large_first_order"],
     "A 'friend of the chairman' proposes a sham 800k liquor order so a tender deposit can pass through our account, with 780k forwarded the same day and 20k kept as a fee.",
     JX.order("2026-06-17 11:40",
              customer("遵义黔北路桥工程有限公司", uscc("JX-luqiao", "91", "520302"), "蒋总（杨总朋友）",
                       mob("145", 455), None, "wxid_jiangzong_lq"),
              [item(JX15, 500, "箱", 1600)],
              "im", "遵义市红花岗区某工地项目部", "2026-06-18", "我方收款后当日转付铭远建设78万元",
              "赵总，我是杨总的朋友老蒋。有个工程投标保证金要公对公打过去，我们公司账户额度受限，借你们"
              "公户过一下账：我这边以买酒的名义打80万给你们，你们当天转78万给铭远建设，剩下2万算辛苦费，"
              "酒不用发。合同我这边可以补。",
              third("贵州铭远建设工程有限公司", mob("145", 688), "pass_through_payee", 780000)))

# Genuine income-tax top-up and late fee through the treasury.
hard_negative(JX, ["authority_words"],
    "A corporate income-tax top-up and its late fee are paid by three-party debit to the treasury from the e-tax bureau.",
    JX.payment("2026-06-18 10:40", JX_V["TAX-01"], "12634.80", "税款", "2025年度企业所得税汇算补税及滞纳金",
               instr("erp", "蔡雪", None, "电子税务局三方协议扣缴：2025年度企业所得税汇算清缴应补税款12,100.00元"
                                        "及滞纳金534.80元（电子税务局自行申报）"),
               "E4203", ["E4201"]))

# Established sub-distributor wants to pad loan turnover through our account.
scam(JX, "account_lending", "block",
     ["account_lending_words", "in_out_match", "refund_words"],
     "An established sub-distributor asks to push three 160k 'liquor payments' through our account and have each returned the next day to pad its loan-application turnover.",
     JX.order("2026-06-22 15:05", JX_C["C-JX03"], [item(JX15, 300, "箱", 1600)],
              "im", JX_ADDR["C-JX03"], "2026-06-30", "款到后原路退回，不发货",
              "杨总，麻烦帮个忙，我们在银行办贷款，流水不够。我这个月分三次各打16万给你们，名义就写酒款，"
              "你们收到后第二天原路退回来就行，不用发货，银行只看流水。你们公户信用好，借用一下，出了事"
              "我负责。"))

# Loan 'capital verification' to a personal account.
scam(JX, "advance_fee", "block",
     ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction"],
     "An online 'inclusive-finance' agent says a 2m loan is approved but needs 50k of 'capital verification' paid into a risk officer's personal account first.",
     JX.payment("2026-06-23 16:20",
                payee("韦小红", acct("JX-wei", "6210", 19), "中国邮政储蓄银行贵阳分行", "personal"),
                50000, "验资", "贷款验资款（放款后退回）",
                instr("im", "黔信普惠 客户经理 韦经理", "wxid_qxph_weixh",
                      "罗主管，贵司200万的经营贷已经审批通过了，放款前按银行要求要做一次验资，证明贵司有还款"
                      "能力，5万转到我们风控专员韦小红的账户，放款时和贷款一起退回。今天转的话明天上午放款。"),
                "E4201", ["E4200"]))

# Genuine transfer screenshot from an established customer, confirmed in the bank.
hard_negative(JX, ["fake_payment_proof"],
    "The established Chongqing chain sends a transfer-receipt screenshot, and finance confirms in online banking that the money from its usual account has arrived.",
    JX.order("2026-06-24 10:30", JX_C["C-JX02"], [item(KUNSHA, 180, "箱", 930)],
             "im", JX_ADDR["C-JX02"], "2026-06-28", "款到发货（已到账）",
             "冉经理：货款167,400已付，电子回单截图发你了。\n——罗德芬备注：已登录网银核对，6月24日09:52"
             "到账，付款方为金樽酒类连锁基本户，可发货。"))

# Employee pastes a 'mentor' task group message: top-up to a personal account.
scam(JX, "task_rebate", "block",
     ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "evasion_homophone",
      "off_hours", "bypass_process", "im_instruction"],
     "An e-commerce employee pastes a 'mentor' group message about a 12,800 top-up for a linked task with an 18% 'rebate' (written 返力) and asks for it to be paid to a personal account as 'shop promotion'.",
     JX.payment("2026-06-26 20:50",
                payee("梁小燕", acct("JX-liang", "6217", 19), "中国建设银行广州天河支行", "personal"),
                12800, "推广费", "店铺推广充值",
                instr("im", "田甜", "wxid_tiantian_jx",
                      "【导师小雨】第三组任务：本组需充值12800元完成连单，完成后本金+返力18%一起提现到账。\n"
                      "【导师小雨】充值请转财务专员梁小燕，转完截图发群。\n——田甜：罗姐，这个是店铺推广的，"
                      "先帮我付一下，周一报销单补上。"),
                "E4211", ["E4201"]))

# Acceptance-bill margin into the company's own margin account.
hard_negative(JX, ["deposit_words", "first_time_payee"],
    "A 30% margin for a bank acceptance bill is moved into the company's own margin account at its bank.",
    JX.payment("2026-06-29 14:30",
               payee("遵义窖香酒业贸易有限公司", acct("JX-margin", "1301", 18), "贵州银行遵义分行"),
               300000, "保证金", "银行承兑汇票保证金（开票100万元，保证金比例30%）",
               JX.erp("王芳", "向赤水河酱酒开具银行承兑汇票100万元，按贵州银行承兑协议存入本公司保证金账户"
                             "30万元（户名为本公司）"),
               "E4202", ["E4201", "E4200"], related(None, "CSH-JX-2026-07", None)))


# ---------------------------------------------------------------------------
# 4. Tenant huaimu: 驻马店淮牧农牧有限公司 (hog farm and feed mill, Xiping,
#    Zhumadian). Office hours Mon-Fri 08:30-18:00. Staff: E4300 孙建业 chairman;
#    E4301 牛丽娟 finance manager; E4302 郭晓雨 cashier; E4303 马俊 accountant;
#    E4310 贾志强 hog sales manager; E4311 闫晓东 feed sales; E4320 刘长河 grain
#    buyer; E4330 朱秋菊 HR.
# ---------------------------------------------------------------------------

HM = Tenant("huaimu", "驻马店淮牧农牧有限公司", acct("HM-payer", "16", 17),
            "HM-PAY-{d}-{n}", "HM-SO-{d}-{n}", "用友NC付款单：")

HM_V = {
    "V-HM01": payee("周口市豫东粮油贸易有限公司", acct("V-HM01", "8201", 18),
                    "河南周口农村商业银行川汇支行", vendor_id="V-HM01", phone=tel("0394", 226)),
    "V-HM02": payee("日照市港丰油脂有限公司", acct("V-HM02", "8170", 18),
                    "日照银行港口支行", vendor_id="V-HM02", phone=tel("0633", 715)),
    "V-HM03": payee("郑州中牧康达生物制品有限公司", acct("V-HM03", "4101", 19),
                    "中原银行郑州分行", vendor_id="V-HM03", phone=tel("0371", 564)),
    "V-HM04": payee("驻马店天中预混料有限公司", acct("V-HM04", "16", 17),
                    "中国农业银行驻马店分行", vendor_id="V-HM04", phone=tel("0396", 283)),
    "V-HM05": payee("国网河南省电力公司西平县供电公司", acct("V-HM05", "1714", 19),
                    "中国工商银行西平县支行", vendor_id="V-HM05"),
    "V-HM06": payee("西平县顺通汽车运输有限公司", acct("V-HM06", "6230", 19),
                    "河南西平农村商业银行城关支行", vendor_id="V-HM06", phone=tel("0396", 617)),
    "PAY-01": payee("中国农业银行西平县支行（代发工资专户）", acct("HM-payroll", "16", 17),
                    "中国农业银行西平县支行", vendor_id="PAY-01"),
    "TAX-01": payee("国家金库西平县支库", acct("HM-tax", "4117", 17),
                    "国家金库西平县支库", vendor_id="TAX-01"),
}

HM_C = {
    "C-HM01": customer("漯河市双源肉类食品有限公司", uscc("C-HM01", "91", "411102"), "收购部石经理",
                       tel("0395", 318), "shi@shuangyuan-food.com", None, "C-HM01"),
    "C-HM02": customer("上蔡县兴旺生猪养殖专业合作社", uscc("C-HM02", "93", "411722"), "韩社长",
                       tel("0396", 452), None, None, "C-HM02"),
    "C-HM03": customer("郸城县宏达家庭农场", uscc("C-HM03", "92", "411625"), "宋场长",
                       mob("145", 302), None, "wxid_songcz_hd", "C-HM03"),
}
HM_ADDR = {
    "C-HM01": "漯河市召陵区双源肉类食品有限公司待宰圈",
    "C-HM02": "上蔡县杨屯乡兴旺合作社猪场",
    "C-HM03": "郸城县汲冢镇宏达家庭农场",
}
HOG = "生猪（标猪，110-125kg）"
FEED531 = "育肥猪配合饲料（HM-531）"
FEED512 = "保育料（HM-512）"
HM_VACCINE_INVOICE = inv("HM-h-vaccine-march", "41")   # paid in March; presented again in June


def hm_erp_pay(when, vid, amount, purpose, memo, contract, invoice_no=None, clerk="E4302"):
    who = {"E4302": "郭晓雨", "E4303": "马俊"}[clerk]
    approvers = ["E4301", "E4300"] if Decimal(str(amount)) >= 200000 else ["E4301"]
    text = f"{memo}｜{HM_V[vid]['name']}" + (f"｜合同{contract}" if contract else "") \
        + (f"｜发票{invoice_no}" if invoice_no else "")
    return HM.payment(when, HM_V[vid], amount, purpose, memo, HM.erp(who, text), clerk, approvers,
                      related(None, contract, invoice_no))


# --- huaimu history ----------------------------------------------------------

history(HM, "Corn payment to the regular grain trader.",
        hm_erp_pay("2026-03-02 10:15", "V-HM01", 612000, "货款", "玉米款（240吨）", "HM-CG-2026-001",
                   inv("HM-h-corn-1", "41")))

history(HM, "Finished hogs sold to the established slaughterhouse.",
        HM.order("2026-03-04 11:30", HM_C["C-HM01"], [item(HOG, 48000, "公斤", "14.60")],
                 "phone", HM_ADDR["C-HM01"], "2026-03-05", "过磅后当日付清", "双源自派车，过磅结算"))

history(HM, "Soybean-meal payment to the regular crusher.",
        hm_erp_pay("2026-03-06 15:10", "V-HM02", 340200, "货款", "豆粕款（105吨）", "HM-CG-2026-002",
                   inv("HM-h-meal-1", "37")))

history(HM, "Vaccine payment to the regular veterinary biologicals supplier.",
        hm_erp_pay("2026-03-10 10:05", "V-HM03", 86400, "货款", "疫苗款（3月发票）", "HM-CG-2026-005",
                   HM_VACCINE_INVOICE))

history(HM, "Monthly feed order from the established farm co-operative.",
        HM.order("2026-03-12 14:40", HM_C["C-HM02"], [item(FEED531, 60, "吨", 3450)],
                 "phone", HM_ADDR["C-HM02"], "2026-03-16", "月结30天", "分两车送"))

history(HM, "Monthly payroll.",
        HM.payment("2026-03-13 16:30", HM_V["PAY-01"], 742860, "工资", "2月工资代发（132人）",
                   HM.erp("朱秋菊", "2月工资代发（132人），工资表已审批"), "E4330", ["E4301", "E4300"]))

history(HM, "Withheld individual income tax by three-party debit.",
        HM.payment("2026-03-16 10:45", HM_V["TAX-01"], "9318.42", "税款", "2月代扣代缴个人所得税",
                   instr("erp", "马俊", None, "电子税务局三方协议扣缴：2月代扣代缴个人所得税"), "E4303", ["E4301"]))

history(HM, "Premix payment to the regular local premix maker.",
        hm_erp_pay("2026-03-18 14:15", "V-HM04", 58800, "货款", "预混料款", "HM-CG-2026-004",
                   inv("HM-h-premix-1", "41")))

history(HM, "Feed order from the established family farm.",
        HM.order("2026-03-23 10:50", HM_C["C-HM03"],
                 [item(FEED512, 8, "吨", 4680), item(FEED531, 20, "吨", 3450)],
                 "im", HM_ADDR["C-HM03"], "2026-03-25", "月结30天", "老规矩"))

history(HM, "Feed-delivery freight to the regular haulier.",
        hm_erp_pay("2026-03-27 15:30", "V-HM06", 31250, "运费", "3月饲料配送运费", "HM-WL-2026-001",
                   inv("HM-h-freight-1", "41")))

history(HM, "Monthly electricity bill.",
        hm_erp_pay("2026-04-08 10:20", "V-HM05", "128640.55", "电费", "3月电费", None,
                   inv("HM-h-power-1", "41")))

history(HM, "First small feed order from a new county feed dealer, paid before delivery.",
        HM.order("2026-04-09 11:10",
                 customer("遂平县金丰饲料经销部", uscc("C-HM04", "92", "411728"), "鲁老板", mob("153", 241),
                          None, "wxid_lulb_jf"),
                 [item(FEED531, 5, "吨", 3450)],
                 "im", "遂平县车站街金丰饲料经销部", "2026-04-10", "款到发货",
                 "款已到（付款方：遂平县鑫源粮食购销站）"))

history(HM, "Second corn payment to the regular grain trader.",
        hm_erp_pay("2026-04-16 14:50", "V-HM01", 537500, "货款", "玉米款（215吨）", "HM-CG-2026-001",
                   inv("HM-h-corn-2", "41")))

history(HM, "Second small order from the county feed dealer, paid before delivery.",
        HM.order("2026-04-20 10:35",
                 customer("遂平县金丰饲料经销部", uscc("C-HM04", "92", "411728"), "鲁老板", mob("153", 241),
                          None, "wxid_lulb_jf", "C-HM04"),
                 [item(FEED531, 8, "吨", 3450)],
                 "im", "遂平县车站街金丰饲料经销部", "2026-04-21", "款到发货",
                 "款已到（付款方：鲁某个人账户）"))

history(HM, "Finished hogs sold to the established slaughterhouse.",
        HM.order("2026-04-24 15:20", HM_C["C-HM01"], [item(HOG, 52000, "公斤", "14.90")],
                 "phone", HM_ADDR["C-HM01"], "2026-04-25", "过磅后当日付清", "双源自派车，过磅结算"))

# --- huaimu test -------------------------------------------------------------

# Routine hog sale.
routine(HM, "Finished hogs sold to the established slaughterhouse.",
    HM.order("2026-05-08 10:30", HM_C["C-HM01"], [item(HOG, 50000, "公斤", 15)],
             "phone", HM_ADDR["C-HM01"], "2026-05-09", "过磅后当日付清", "双源自派车，过磅结算"))

# Fake reserve-meat office: designated cold-chain firm, treasury voucher photo.
scam(HM, "fake_purchaser", "block",
     ["institution_claim", "designated_supplier", "fake_payment_proof", "new_customer", "large_first_order",
      "contact_im_only", "urgency"],
     "A caller posing as the city reserve-meat office awards us 500 pigs but insists we first pay its 'filed' cold-chain firm for transport and quarantine, offering a photo of a treasury payment voucher.",
     HM.order("2026-05-11 10:35",
              customer("驻马店市商务局生活必需品储备办公室", None, "储备办黄科长", mob("153", 128), None,
                       "wxid_huangke_cbb"),
              [item(HOG, 60000, "公斤", "15.20"), item("冷链运输及官方检疫代办服务", 1, "项", 36000)],
              "phone", "驻马店市驿城区某冷库", "2026-05-19",
              "国库集中支付（对方发来支付凭证照片，称3个工作日到账）",
              "贾经理：今年第二批市级储备肉轮入，经研究确定由你们淮牧供应500头标猪。按储备管理规定，运输"
              "必须用我们备案的冷链车，检疫由中冷通达统一代办，费用3.6万你们先和中冷通达结清，他们收款才"
              "派车，这笔钱和猪款一起由国库集中支付给你们，支付凭证已发你微信。下周二前入库。",
              third("河南中冷通达冷链物流有限公司", mob("153", 604), "designated_supplier", 36000)))

# Routine corn payment.
routine(HM, "Corn payment to the regular grain trader.",
    hm_erp_pay("2026-05-12 14:20", "V-HM01", 576000, "货款", "玉米款（225吨）", "HM-CG-2026-001",
               inv("HM-t-corn-1", "41")))

# Genuine bid bond for the reserve-pork tender.
hard_negative(HM, ["deposit_words", "first_time_payee"],
    "A bid bond for the municipal reserve-pork tender is paid to the public resource trading centre's account as listed in the online notice.",
    HM.payment("2026-05-13 10:50",
               payee("驻马店市公共资源交易中心", acct("HM-ggzy", "2467", 18), "中国银行驻马店分行",
                     phone=tel("0396", 120)),
               14000, "保证金", "市级储备肉（活猪）采购项目投标保证金 ZMD-GGZY-2026-0523",
               HM.erp("马俊", "投标保证金｜项目编号ZMD-GGZY-2026-0523｜收款账户核对驻马店市公共资源交易中心"
                             "网站招标公告“投标保证金缴纳账户”一致｜开标5月20日"),
               "E4303", ["E4301"]))

# Free-mail 'procurement centre' of a food group: 800 t on 90-day terms, out of province.
scam(HM, "fake_purchaser", "flag",
     ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
      "free_mail", "contact_mismatch", "urgency"],
     "A free-mail 'procurement centre' of a big food group orders 800 t of feed on 90-day terms without samples or haggling, for delivery to a farm in another province.",
     HM.order("2026-05-14 15:05",
              customer("中原牧润食品集团股份有限公司采购中心", uscc("HM-murun", "91", "410100"),
                       "原料采购部侯经理", mob("176", 739), "muran_caigou@126.com"),
              [item(FEED531, 800, "吨", 3450)],
              "email", "安徽省亳州市利辛县某养殖场（牧润合作场）", "2026-05-20", "货到验收后90天付款",
              "淮牧农牧：我集团皖北合作场急需育肥料，经比价确定由贵司供应800吨，价格按贵司报价执行，无需"
              "样品。请于5月20日前分批送达亳州利辛合作场，货款按集团统一政策验收后90天支付。后续年度框架"
              "合同约1万吨，请务必保证供应。"))

# Voice-to-text: 'village secretary', township-'designated' equipment shop, screenshot.
relief_order = scam(HM, "fake_order", "block",
     ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
      "large_first_order", "urgency"],
     "Voice-to-text call: a 'village party secretary' orders 200 piglets for a poverty-relief project and asks us to pay the equipment shop the township 'designated', saying the village money is on its way.",
     HM.order("2026-05-18 11:50",
              customer("上蔡县蔡沟镇杨庄村民委员会", None, "杨支书", mob("145", 283), None, "wxid_yangzs_yz"),
              [item("仔猪（15kg左右）", 200, "头", 520), item("保育栏电热板及保温灯（成套）", 40, "套", 980)],
              "phone", "上蔡县蔡沟镇杨庄村集体养殖场", "2026-05-22", "村集体账户转账（已发截图，称对公明天到）",
              "喂贾经理啊我是杨庄村的老杨啊 我们村的产业帮服项目 乡里批了 要你们两百头仔猪 然后那个保温灯"
              "电热板这些东西 乡里指定要会农门市的 说是统一标准 好验收 你们帮我一起订了 四十套 钱呢你先打给"
              "会农那个王老板 他不见钱不给货 我们村里的钱已经全部转给你们了 十四万三千二 对公的明天才到 截图"
              "我给你发过去了 你看看 这个项目是乡里盯着的 这周必须把猪苗放下去",
              third("上蔡县惠农养殖设备门市部（王建伟）", mob("145", 914), "designated_supplier", 39200)))

# Sales asks to pay that shop before the village money exists.
scam(HM, "fake_order", "block",
     ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof"],
     "Sales asks finance to pay the shop owner 39k for the village order's heating equipment, although the village's money exists only as a screenshot.",
     HM.payment("2026-05-19 16:10",
                payee("王建伟", acct("HM-wangjw", "6230", 19), "河南上蔡农村商业银行蔡沟支行", "personal",
                      phone=mob("145", 914)),
                39200, "货款", "代杨庄村采购保育栏电热板及保温灯",
                HM.erp("贾志强", "销售订单" + relief_order["record_id"] + "（杨庄村仔猪200头）配套设备代采购，"
                                "客户指定惠农养殖设备门市部，客户款项已转（截图），对公款预计次日到账；设备商"
                                "要求先付款后发货"),
                "E4310", ["E4301"], related(relief_order["record_id"], None, None)))

# Routine soybean-meal payment.
routine(HM, "Soybean-meal payment to the regular crusher.",
    hm_erp_pay("2026-05-20 10:40", "V-HM02", 311040, "货款", "豆粕款（96吨）", "HM-CG-2026-002",
               inv("HM-t-meal-1", "37")))

# Genuine reserve-centre order after a published award.
hard_negative(HM, ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
    "The real municipal reserve centre orders pigs after a published tender award, names no third party, charges no fee and pays from the treasury after acceptance.",
    HM.order("2026-05-22 10:15",
             customer("驻马店市粮食和物资储备服务中心", uscc("HM-reserve", "12", "411700"), "储备科王科长",
                      tel("0396", 535), "cbk@zmdlcfw.cn"),
             [item("生猪（标猪，110-125kg，储备轮入）", 48000, "公斤", "15.20")],
             "email", "驻马店市驿城区市级储备肉定点冷库（屠宰后入库）", "2026-06-12", "验收入库后30日内财政支付",
             "中标通知书ZMD-GGZY-2026-0523（驻马店市公共资源交易中心公示期满），合同编号CBZX-2026-HT-011"
             "已签章。运输由贵司自行安排符合生物安全要求的车辆，检疫按规定在产地申报，我中心不指定任何"
             "第三方、不收取任何费用。"))

# Unknown 'escrow app' and an SMS verification code.
scam(HM, "fake_order", "flag",
     ["remote_control", "new_customer", "contact_im_only", "large_first_order"],
     "A new pig dealer wants payment to go through an unknown 'escrow app' and asks our sales manager to read him the SMS verification code the app sends.",
     HM.order("2026-05-25 14:25",
              customer("程顺发", None, "程顺发", mob("176", 462), None, "wxid_chengsf_zs"),
              [item(HOG, 15000, "公斤", "15.10")],
              "im", "驻马店市驿城区某生猪交易市场", "2026-05-27", "通过“猪e通”平台担保支付",
              "贾总，货款走猪e通平台担保，你们下载一下APP注册个卖家号，我这边付款后平台会给你手机发个"
              "验证码，你把验证码告诉我我这边点确认收货款就到你账上了。要不开个视频我一步一步教你弄。"))

# Departed worker's 'new WeChat': final pay to a different card in Dongguan.
scam(HM, "fake_salary", "flag",
     ["payroll_change", "new_contact", "im_instruction", "first_time_payee", "personal_account",
      "unusual_bank_region", "urgency"],
     "A 'new WeChat' of a departed feed-mill worker asks for his final pay to go to a different card at a bank in Dongguan instead of the account on file.",
     HM.payment("2026-05-27 17:50",
                payee("杜海涛", acct("HM-du-new", "6217", 19), "中国银行东莞长安支行", "personal"),
                7860, "工资", "杜海涛 离职结算工资（5月）",
                instr("im", "杜海涛（饲料车间）", "wxid_duhaitao_0527",
                      "朱姐你好，我是饲料车间的杜海涛，原来的微信号被封了，这是新号。我已经到东莞这边上班了，"
                      "原来那张农行卡丢了挂失了，离职工资麻烦打到我这张中行卡上，户名还是我，卡号6217…。"
                      "麻烦今天能发吗，这边急用。", True),
                "E4330", ["E4301"]))

# Genuine county relief-piglet purchase, delivered to households.
hard_negative(HM, ["institution_claim", "new_customer", "residential_delivery", "credit_terms_requested"],
    "A county agriculture bureau buys piglets for relief households under a signed procurement contract, delivered to village homes and paid directly by the treasury after inspection.",
    HM.order("2026-05-28 09:30",
             customer("上蔡县农业农村局", uscc("HM-scnyj", "11", "411722"), "畜牧股付股长", tel("0396", 672),
                      "xmg@scnyj.gov.cn"),
             [item("仔猪（15kg左右，已免疫）", 300, "头", 510)],
             "email", "上蔡县蔡沟镇、朱里镇12个脱贫户养殖点（名单见合同附件）", "2026-06-10",
             "财政衔接资金，验收后直接支付",
             "依据上蔡县2026年产业帮扶仔猪采购项目政府采购合同（SCCG-2026-0147），按附件名单分户送达，由"
             "乡镇畜牧站现场验收。货款由县财政直接支付至贵司账户，无需贵司垫付或代采任何物资。"))

# Individual lorry owner's freight to his own card.
hard_negative(HM, ["personal_account", "first_time_payee"],
    "Freight for two piglet runs is paid to an individual lorry owner's own account, with transport permits on file and a tax-office-issued invoice.",
    HM.payment("2026-05-29 16:20",
               payee("张红军", acct("HM-zhanghj", "6210", 19), "中国邮政储蓄银行西平县支行", "personal",
                     vendor_id="V-HM11", phone=mob("145", 377)),
               3600, "运费", "个体司机张红军 仔猪运输运费（西平—上蔡，2车次）",
               HM.erp("马俊", "个体运输户张红军（行驶证、道路运输证、车辆洗消备案在档）仔猪运输2车次运费，运单"
                             "HMYD-0528-01/02，税务局代开运输发票已收"),
               "E4303", ["E4301"]))

# Structural only: vaccines we do not sell, from a named vet shop, cash on delivery.
scam(HM, "fake_order", "flag",
     ["designated_supplier", "off_catalogue_item", "new_customer", "credit_terms_requested"],
     "A new farm's feed order carries vaccines we do not sell, sourced from a named veterinary shop whose amount sits in third_party, all cash on delivery, while the notes are ordinary.",
     HM.order("2026-06-01 10:40",
              customer("平舆县鑫盛养殖场", uscc("HM-xinsheng", "92", "411723"), "陈老板", mob("153", 547)),
              [item(FEED531, 30, "吨", 3450), item("猪圆环病毒疫苗（代购）", 300, "瓶", 62)],
              "phone", "平舆县东和店镇鑫盛养殖场", "2026-06-05", "货到付款",
              "料按531号，周五前送到场里。疫苗一起带过来。",
              third("汝南县康禾兽药门市部", mob("153", 270), "designated_supplier", 18600)),
     structural=True)

# Genuine designated premix, fully prepaid by the co-op.
hard_negative(HM, ["designated_supplier"],
    "An established co-op specifies the premix brand for its custom feed, has prepaid in full from its own account, and the premix maker is already our approved supplier.",
    HM.order("2026-06-02 15:00", HM_C["C-HM02"], [item("育肥猪配合饲料（定制，指定预混料）", 80, "吨", 3520)],
             "erp", HM_ADDR["C-HM02"], "2026-06-09", "全款预付（已到账）",
             "兴旺合作社要求育肥料使用其指定的天中预混料（HM-T4配方，天中已是我司合格供应商），合作社已于"
             "6月1日从社账户预付全款281,600元，财务已确认到账，按正常采购流程向天中下单。",
             third("驻马店天中预混料有限公司", tel("0396", 283), "designated_supplier", 38400)))

# 'Chairman' partly by voice-to-text: can't talk, 18万 (full-width) wheat deposit.
scam(HM, "boss_impersonation", "flag",
     ["im_instruction", "new_contact", "boss_role", "cannot_call", "bypass_process", "urgency",
      "first_time_payee", "no_approval", "evasion_fullwidth", "deposit_words"],
     "Partly by voice-to-text, the 'chairman' says he is in a meeting at the provincial department and cannot talk, and orders an 180k wheat deposit (typed in full-width digits) to a new grain firm, paperwork later.",
     HM.payment("2026-06-03 12:20",
                payee("驻马店金穗粮食购销有限公司", acct("HM-jinsui-grain", "8231", 18), "驻马店农村商业银行驿城支行"),
                180000, "定金", "新季小麦定金",
                instr("im", "孙建业", "wxid_sunjy_1985",
                      "[语音转文字] 小郭啊我孙建业 我这会儿在省农业听开会 接不了电话 新麦的事今天要定下来 你"
                      "先给金穗粮食把定金转过去 晚了人家就给别人了\n马上转１８万，账号下面。审批单子我回去补签，"
                      "先办。", True),
                "E4302", []))

# New 'eco-agriculture' firm: performance bond and vetting fee, full-width digits.
scam(HM, "contract_fraud", "flag",
     ["deposit_words", "fee_asked_of_seller", "bigproject_words", "shell_company", "new_customer",
      "large_first_order", "credit_terms_requested", "evasion_fullwidth", "urgency"],
     "A newly founded 'eco-agriculture' firm offers a two-year off-take deal above market price but wants a 200k performance bond and a vetting fee first, the amounts typed in full-width digits.",
     HM.order("2026-06-04 16:15",
              customer("河南豫康生态农业发展有限公司", uscc("HM-yukang", "91", "410105"), "项目部任总",
                       mob("145", 395), "renzong@yukangeco.com"),
              [item(HOG, 120000, "公斤", "15.50")],
              "email", "郑州市惠济区某冷链物流园", "2026-07-05", "按月结算，次月15日前付款",
              "淮牧农牧：我司承接省级“菜篮子”保供项目，拟与贵司签订两年生猪长期包销协议，首月1000头，价格"
              "高于市场价0.3元/公斤。签约前贵司须缴纳履约保证金２０万元及资质审核费１.２万元至我司账户，保证"
              "金合同期满退还。本项目省里重点关注，名额有限，请本周内确认。",
              None, [fee("履约保证金", 200000), fee("供应商资质审核费", 12000)]))

# Routine co-op feed order.
routine(HM, "Monthly feed order from the established farm co-operative.",
    HM.order("2026-06-05 10:10", HM_C["C-HM02"], [item(FEED531, 70, "吨", 3450)],
             "phone", HM_ADDR["C-HM02"], "2026-06-09", "月结30天", "分三车送"))

# Structural only: small orders paid by others, now a huge order on credit.
scam(HM, "contract_fraud", "flag",
     ["small_then_large", "credit_terms_requested", "third_party_payer"],
     "A dealer whose two small April orders were paid from other people's accounts now orders 808k of feed, almost thirty times as much, on 60-day credit.",
     HM.order("2026-06-08 11:05",
              customer("遂平县金丰饲料经销部", uscc("C-HM04", "92", "411728"), "鲁老板", mob("153", 241),
                       None, "wxid_lulb_jf", "C-HM04"),
              [item(FEED531, 180, "吨", 3450), item(FEED512, 40, "吨", 4680)],
              "im", "遂平县金丰饲料经销部仓库及下游三个养殖场（清单另附）", "2026-06-15", "月结60天",
              "闫经理，老规矩，这次下面几个场一起要，量大点，还是那个价，月结60天，下周一开始发。"),
     structural=True)

# Free-mail 'subsidiary' account for the soybean-meal payment, no master change.
scam(HM, "account_change", "flag",
     ["email_instruction", "free_mail", "account_change_words", "payee_name_mismatch", "first_time_payee"],
     "A free-mail message 'from' the soybean-meal supplier's finance asks that this batch be paid to a 'wholly owned subsidiary', and the payment goes to that unfamiliar name without any master-data change.",
     HM.payment("2026-06-08 15:40",
                payee("日照港丰贸易有限公司", acct("HM-gangfeng-sub", "8170", 18), "青岛银行日照分行"),
                298080, "货款", "豆粕款（92吨）",
                instr("email", "港丰油脂 财务部 孙会计", "gangfeng_cw@163.com",
                      "淮牧农牧财务您好：因我司年中账户核查，本批豆粕款请汇至我司全资子公司日照港丰贸易有限"
                      "公司账户，发票仍由港丰油脂开具，账户信息见下。原账户本月暂停收款，请勿汇入，以免退票"
                      "影响发货。"),
                "E4302", ["E4301", "E4300"], related(None, "HM-CG-2026-002", inv("HM-t-meal-2", "37"))))

# Genuine large first order after a farm visit, cleared advance.
hard_negative(HM, ["new_customer", "large_first_order", "far_delivery"],
    "A slaughterhouse in Anhui visited the farm, signed an annual contract and paid a cleared 30% advance on a 2.7m first order.",
    HM.order("2026-06-09 10:20",
             customer("阜阳市颍泉区皖丰肉类加工有限公司", uscc("HM-wanfeng", "91", "341204"), "采购部葛经理",
                      tel("0558", 346), "ge@wanfeng-meat.com"),
             [item(HOG, 180000, "公斤", 15)],
             "email", "安徽省阜阳市颍泉区皖丰肉类加工有限公司", "2026-12-31",
             "预付30%（已到账），每批过磅后付清当批货款",
             "葛经理一行6月5日来场考察并签订年度采购合同（WF-CG-2026-033），预付款81万元已于6月8日从皖丰"
             "基本户汇入，牛经理已核对到账。分12批拉猪，车辆由皖丰自派并提供洗消证明。"))

# Third-party payer, excess to the driver's card tonight.
scam(HM, "overpayment_refund", "block",
     ["third_party_payer", "overpayment", "refund_to_other_account", "personal_account", "new_customer",
      "off_hours", "urgency"],
     "A new pig dealer's payment comes from an unrelated Zhengzhou company, 35k too much, and he wants the difference sent tonight to his truck driver's personal card.",
     HM.order("2026-06-10 18:40",
              customer("周口市川汇区樊记生猪购销部", uscc("HM-fanji", "92", "411602"), "樊老板",
                       mob("176", 214), None, "wxid_fanlb_zk"),
              [item(HOG, 8000, "公斤", 15)],
              "im", "周口市川汇区某屠宰点", "2026-06-11", "第三方代付（郑州某冷链公司转入155,000元）",
              "贾总 钱我让郑州那边的老板先垫的 打了15万5 多了3万5\n多的你直接转给拉猪的司机孔德胜 运费我跟"
              "他结 省得来回转\n他卡号我发你 今晚装车前转一下哈",
              third("孔德胜（个人，司机）", mob("176", 695), "refund_recipient", 35000)))

# Fake animal-health inspector: fine to an officer's personal account.
scam(HM, "authority_impersonation", "flag",
     ["authority_words", "phone_instruction", "personal_account", "first_time_payee", "urgency"],
     "A caller posing as the county animal-health inspectorate threatens a culling order over a 'positive' swine-fever sample unless an 8,000 'fine and disinfection fee' reaches an officer's personal account today.",
     HM.payment("2026-06-11 11:15",
                payee("高志远", acct("HM-gao", "6217", 19), "中国建设银行郑州金水支行", "personal"),
                8000, "罚款", "动物防疫检查罚款及消毒费",
                instr("phone", "县动物卫生监督所 高所长", mob("176", 357),
                      "（电话记录）来电自称县动物卫生监督所，称上周抽检我场3号育肥舍检出非洲猪瘟阳性，按规定"
                      "要扑杀并停业整顿；如“配合处理”可按轻微违规罚款5000元加消毒费3000元，今天下午下班前转到"
                      "执法人员高志远个人账户，逾期按规定上报农业农村局。", True),
                "E4303", ["E4301"]))

# Sunday-night rush order from a regular farm on monthly terms.
hard_negative(HM, ["credit_terms_requested", "urgency", "off_hours"],
    "A regular family farm sends a Sunday-night WeChat rush order on its usual monthly terms because its nursery feed is about to run out.",
    HM.order("2026-06-14 20:10", HM_C["C-HM03"], [item(FEED512, 10, "吨", 4680), item(FEED531, 25, "吨", 3450)],
             "im", HM_ADDR["C-HM03"], "2026-06-15", "月结30天",
             "闫经理，不好意思星期天晚上打扰，场里保育料明天就断了，麻烦明早第一车给我们送10吨保育、25吨育肥，"
             "还是老规矩月结。急！"))

# Third-party overpayment held 'until we say where to send it'.
scam(HM, "overpayment_refund", "flag",
     ["third_party_payer", "overpayment", "new_customer", "refund_words"],
     "A new co-op's 28k feed order is paid 60k by an unrelated company, and it asks us to 'hold the rest' until it tells us where to send it.",
     HM.order("2026-06-15 10:10",
              customer("正阳县惠众养殖专业合作社", uscc("HM-huizhong", "93", "411724"), "韩会计",
                       mob("153", 833), None, "wxid_hankj_hz"),
              [item(FEED512, 6, "吨", 4680)],
              "im", "正阳县兰青乡惠众合作社猪场", "2026-06-17", "第三方代付（收到开封某贸易公司转入60,000元）",
              "料款是我们社员的亲戚公司帮忙付的，打了6万，多的先放你们那儿，等我们理事会商量一下多的怎么"
              "处理，可能要麻烦你们转给我们的玉米供应商，到时候再跟你说。"))

# Structural only: an invoice number already paid in March, presented again.
scam(HM, "fake_invoice", "block",
     ["duplicate_invoice", "email_instruction"],
     "A polite e-mail asks payment of the vaccine supplier's March invoice, and the number is one that was already paid in March.",
     HM.payment("2026-06-16 10:30", HM_V["V-HM03"], 86400, "货款", "疫苗款（3月发票）",
                instr("email", "中牧康达 应收会计 孟娜", "mengna@zmkd-bio.com",
                      "牛经理您好，我司系统显示贵司3月份疫苗发票（见附件）尚未回款，麻烦核对后安排支付，谢谢！"),
                "E4302", ["E4301"], related(None, "HM-CG-2026-005", HM_VACCINE_INVOICE)),
     structural=True)

# Smallholder's terse WeChat order, paid via the company collection code.
hard_negative(HM, ["contact_im_only", "new_customer", "residential_delivery"],
    "A smallholder orders four tonnes of feed by terse WeChat, already paid through the company's own collection code, for delivery to his village sty.",
    HM.order("2026-06-17 13:30", customer("马国庆", None, "马国庆", mob("176", 843), None, "wxid_maguoqing_yz"),
             [item(FEED531, 4, "吨", 3450)],
             "im", "西平县出山镇马庄村（自家猪场）", "2026-06-18", "款到发货（已扫公司收款码付清）",
             "老闫 我马庄的 要4吨531 钱扫过去了 你看下 明天能送不"))

# Holiday-night 'staff advance' to pay an unfreezing fee for a task order, pinyin.
scam(HM, "task_rebate", "block",
     ["task_rebate_words", "personal_account", "first_time_payee", "evasion_pinyin", "off_hours", "urgency",
      "im_instruction", "no_approval"],
     "Late on a holiday night a feed salesman asks for a 9,600 staff advance paid to a stranger's card as an 'unfreezing fee' for a stuck part-time task order, written partly in pinyin.",
     HM.payment("2026-06-20 22:30",
                payee("罗海燕", acct("HM-luo", "6222", 19), "中国工商银行南宁民族支行", "personal"),
                9600, "借支", "员工借支",
                instr("im", "闫晓东", "wxid_yanxd_hm",
                      "牛姐 不好意思这么晚 我有个急事 想先借支9600 打到这个zfb绑的卡上 户名罗海燕 是平台的jiedong"
                      "专员 我做的兼职任务单卡住了 交了jiedong金就能把之前的本金和佣金一起提出来 周一我就还", True),
                "E4311", []))

# Sham feed purchase in traditional characters: pass 345k through our account.
scam(HM, "account_lending", "block",
     ["account_lending_words", "in_out_match", "evasion_traditional", "new_customer"],
     "A trading firm writing in traditional characters proposes a sham feed purchase so 345k can pass through our account, with 335k forwarded to a Shenzhen company and 10k kept as a fee.",
     HM.order("2026-06-22 10:55",
              customer("东莞宏晖饲料添加剂贸易有限公司", uscc("HM-honghui", "91", "441900"), "林經理",
                       mob("145", 726), "lin.hh@honghui-feed.com"),
              [item(FEED531, 100, "吨", 3450)],
              "email", "广东省东莞市某物流园", "2026-06-30", "對方匯入34.5萬，貴司收款後轉付信達33.5萬",
              "貴司好：我司與深圳信達有一筆貨款往來，因我司帳戶年度額度已滿，想借貴司對公帳戶過一下賬：我司以"
              "購買飼料名義匯入34.5萬，貴司收到後當日轉33.5萬至信達，差額1萬作為手續費，飼料不用發。發票和"
              "合同我司可配合補齊。",
              third("深圳前海信达供应链管理有限公司", mob("145", 159), "pass_through_payee", 335000)))

# Genuine piglet deposit paid to us by a new trader.
hard_negative(HM, ["deposit_words", "new_customer", "large_first_order"],
    "A new pig trader locks in July piglets with a 50k deposit paid to us from its own corporate account, balance due before collection.",
    HM.order("2026-06-23 11:20",
             customer("新蔡县四方生猪购销有限公司", uscc("HM-sifang", "91", "411729"), "白经理", mob("153", 478)),
             [item("仔猪（15kg左右）", 400, "头", 500)],
             "phone", "新蔡县佛阁寺镇四方购销育肥场", "2026-07-10", "定金5万元（已到账），提猪前付清余款",
             "白经理锁定7月上旬400头仔猪，按约定先付定金5万元，已从四方购销对公账户转入，财务已确认到账；"
             "提猪前付清余款，违约定金不退。"))

# Genuine environmental fine through the non-tax account with a decision number.
hard_negative(HM, ["authority_words", "first_time_payee"],
    "An environmental fine is paid to the city finance bureau's non-tax collection account, quoting the written penalty decision's number.",
    HM.payment("2026-06-24 14:45",
               payee("驻马店市财政局非税收入汇缴结算户", acct("HM-feishui", "1714", 19), "中国工商银行驻马店分行"),
               20000, "罚款", "驻环罚决字〔2026〕西-031号 行政处罚罚款",
               HM.erp("马俊", "市生态环境局西平分局《行政处罚决定书》驻环罚决字〔2026〕西-031号（粪污暂存池防渗"
                             "问题），按决定书载明的非税收入缴款码缴纳罚款，决定书原件已存档，整改已完成"),
               "E4303", ["E4301"]))

# Regular slaughterhouse names its own biosecure haulier and pays it itself.
hard_negative(HM, ["designated_supplier"],
    "The regular slaughterhouse names its own biosecurity-cleared haulier for African-swine-fever reasons and pays the haulage itself.",
    HM.order("2026-06-29 10:00", HM_C["C-HM01"], [item(HOG, 50000, "公斤", "15.30")],
             "email", HM_ADDR["C-HM01"], "2026-06-30", "过磅后当日付清",
             "按非洲猪瘟防控要求，双源指定使用经其洗消中心备案的安运合作社车辆拉猪，运费6,400元由双源直接与"
             "安运结算，我司不垫付、不代收。",
             third("漯河市安运生猪运输专业合作社", tel("0395", 742), "designated_supplier", 6400)))

# Genuine guarantee fee to a licensed agricultural credit-guarantee company.
hard_negative(HM, ["loan_fee_words", "first_time_payee"],
    "A 0.5% guarantee fee goes to a provincial agricultural credit-guarantee company named in signed loan and guarantee contracts with the bank.",
    HM.payment("2026-06-30 10:20",
               payee("河南省中原农业融资担保有限公司", acct("HM-danbao", "4101", 19), "中原银行郑州分行",
                     phone=tel("0371", 829)),
               15000, "担保费", "300万元流动资金贷款担保费（费率0.5%）",
               HM.erp("马俊", "农行西平县支行300万元流动资金贷款（借款合同已签），由省农业信贷担保机构提供担保，"
                             "担保合同已签，担保费按0.5%收取，发票随后开具；收款账户与担保合同载明账户一致"),
               "E4303", ["E4301"]))


# ---------------------------------------------------------------------------
# 5. Writer
# ---------------------------------------------------------------------------

def _ts(line: dict) -> str:
    r = line["request"]
    return r.get("submitted_at") or r["received_at"]


def main() -> None:
    out_lines = []
    for tenant in ("chunlin", "jiaoxiang", "huaimu"):
        for phase, letter in (("history", "h"), ("test", "t")):
            group = [ln for ln in LINES if ln["tenant"] == tenant and ln["phase"] == phase]
            group.sort(key=_ts)  # stable: blocks are already chronological
            for i, ln in enumerate(group, 1):
                ln["id"] = f"{tenant}-{letter}{i:03d}"
                out_lines.append(ln)
    assert len(out_lines) == len(LINES)
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for ln in out_lines:
            fh.write(json.dumps(ln, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    print(f"wrote {len(out_lines)} lines to {OUT}")


if __name__ == "__main__":
    main()
