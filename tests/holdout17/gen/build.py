#!/usr/bin/env python3
"""Build tests/holdout17/holdout17.jsonl, an independent labelled replay corpus.

Three fictitious large, formal organisations (multi-level approval, group treasury,
foreign partners, formal e-mail):

  huashuo  华朔动力哈尔滨电站辅机有限公司   subsidiary of a state-owned power-equipment group, Harbin
  minli    宜宾岷锂新材料股份有限公司       listed lithium-battery materials maker, Yibin
  guhang   天津沽航国际船舶代理有限公司     port and shipping agency, Tianjin

Python 3.11 standard library only. Deterministic: every account number, phone number,
invoice number, WeChat id and credit code is derived from a fixed key with SHA-256, so
running the script twice writes the same bytes.

Each scenario is one call to `payment(...)` or `order(...)`; the builder sorts each
tenant's lines (history first, then test, each by timestamp) and numbers them.
Every company, person, account, phone number, domain and scenario is invented.
"""

import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout17.jsonl")

TENANTS = ["huashuo", "minli", "guhang"]
LINES = {t: [] for t in TENANTS}


# ---------------------------------------------------------------------------
# Deterministic fictitious identifiers
# ---------------------------------------------------------------------------

def _hx(key):
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def digits(key, n, prefix=""):
    out = prefix
    i = 0
    while len(out) < n:
        out += str(int(_hx(f"{key}#{i}"), 16))
        i += 1
    return out[:n]


def acct(key, n, prefix):
    """A fictitious account number of n digits (16-19) with a bank-like prefix."""
    assert 16 <= n <= 19
    return digits("acct:" + key, n, prefix)


def mobile(key, series):
    """Fictitious mobile: 1720000xxxx / 1620000xxxx / 1920000xxxx."""
    assert series in ("172", "162", "192")
    return series + "0000" + digits("mob:" + key, 4)


def landline(area, key):
    return f"{area}-0000{digits('tel:' + key, 3)}"


def foreign_tel(cc, area, key, n=3):
    mid = f"-{area}" if area else ""
    return f"+{cc}{mid}-0000{digits('ftel:' + key, n)}"


def wxid(key):
    alphabet = "abcdefghijkmnpqrstuvwxyz23456789"
    v = int(_hx("wx:" + key), 16)
    s = ""
    for _ in range(14):
        s += alphabet[v % len(alphabet)]
        v //= len(alphabet)
    return "wxid_" + s


def invoice(key, prov):
    """A 20-digit fully-digital VAT invoice number: 26 + province code + 16 digits."""
    return "26" + prov + digits("inv:" + key, 16)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(region, key, kind="91"):
    """Unified social credit code (GB 32100-2015) with valid organisation-code
    check (GB 11714) and valid 18th check character."""
    body = "MA" + "".join(USCC_CHARS[int(_hx(f"uscc:{key}:{i}"), 16) % 31] for i in range(6))
    w = [3, 7, 9, 10, 5, 8, 4, 2]

    def val(c):
        return int(c) if c.isdigit() else ord(c) - 55

    r = 11 - sum(val(c) * wi for c, wi in zip(body, w)) % 11
    body += {10: "X", 11: "0"}.get(r, str(r))
    s17 = kind + region + body
    r = 31 - sum(USCC_CHARS.index(c) * wi for c, wi in zip(s17, USCC_W)) % 31
    return s17 + USCC_CHARS[0 if r == 31 else r]


def iban(cc, bban):
    num = "".join(str(int(ch, 36)) for ch in (bban + cc + "00"))
    return f"{cc}{98 - int(num) % 97:02d}{bban}"


def grouped(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def ts(s):
    """'2026-05-14 16:10' -> RFC 3339 Beijing time."""
    d, t = s.split(" ")
    return f"{d}T{t}:00+08:00"


# ---------------------------------------------------------------------------
# People (employee ids are per tenant; nobody approves their own request)
# ---------------------------------------------------------------------------

EMP = {
    # huashuo
    "E3001": "陈国栋",  # 总经理
    "E3005": "赵立群",  # 总会计师
    "E3101": "高文杰",  # 财务部部长
    "E3102": "刘振东",  # 资金主管
    "E3107": "孙雅婷",  # 出纳
    "E3110": "吕佳",    # 应付会计
    "E3210": "王海涛",  # 采购部部长
    "E3305": "李明哲",  # 市场部经理
    "E3401": "马丽娜",  # 人力资源部
    # minli
    "E5001": "廖文彬",  # 董事长
    "E5002": "郑启航",  # 总经理
    "E5101": "苏曼",    # 财务总监
    "E5103": "何俊峰",  # 资金经理
    "E5106": "杨雪",    # 出纳
    "E5108": "罗斌",    # 资金专员
    "E5110": "陈思雨",  # 应付会计
    "E5210": "唐静",    # 国际采购经理 (Grace Tang)
    "E5301": "钟岚",    # 市场部总监
    "E5305": "吴凯",    # 海外销售经理 (Kevin Wu)
    "E5350": "刘畅",    # 市场部专员
    "E5402": "彭丽",    # 人力资源部
    # guhang
    "E7001": "黄振海",  # 总经理
    "E7101": "李秀娟",  # 财务总监
    "E7102": "魏宏",    # 财务经理
    "E7106": "张蕾",    # 出纳
    "E7110": "孟凡",    # 使费结算会计
    "E7210": "刘洋",    # 操作部经理
    "E7305": "周敏",    # 商务部经理
    "E7310": "林晓",    # 商务部专员
    "E7402": "郭静",    # 人力资源
}


# ---------------------------------------------------------------------------
# Record builders
# ---------------------------------------------------------------------------

def vend(name, account_no, bank, account_type, vendor_id, phone):
    return {"name": name, "account_no": account_no, "bank": bank,
            "account_type": account_type, "vendor_id": vendor_id, "phone": phone}


def cust(name, credit_code, contact_name, phone, email, im_id, customer_id):
    return {"name": name, "credit_code": credit_code, "contact_name": contact_name,
            "phone": phone, "email": email, "im_id": im_id, "customer_id": customer_id}


def tp(name, contact, role, amount):
    return {"name": name, "contact": contact, "role": role, "amount": amount}


def ver(number, by, at):
    return {"callback_done": True, "callback_number": number, "verified_by": by,
            "verified_at": ts(at)}


PREFIX = {"huashuo": "HS", "minli": "ML", "guhang": "GH"}
_SEQ = {}


def _next(key):
    _SEQ[key] = _SEQ.get(key, 0) + 1
    return _SEQ[key]


def _rid(tenant, kind, at):
    d = at[:10].replace("-", "")
    mid = {"payment": "FK", "order": {"huashuo": "XS", "minli": "SO", "guhang": "DL"}[tenant]}[kind]
    return f"{PREFIX[tenant]}-{mid}-{d}{_next((tenant, kind, d)):03d}"


def _oa_text(tenant, at, req, appr, payee, reason, contract, invoice_no, extra, mobile_oa):
    """The approval record an ERP/OA system pastes into instruction.text."""
    yymm = at[2:4] + at[5:7]
    n = _next((tenant, "oa", yymm))
    if tenant == "huashuo":
        head = "泛微OA（移动审批）付款审批单" if mobile_oa else "泛微OA 付款审批单"
        parts = [f"{head} HSFK-{yymm}-{n + 40:04d}", f"申请人：{EMP[req]}",
                 f"收款单位：{payee}", f"事由：{reason}"]
        if contract:
            parts.append(f"合同：{contract}")
        if invoice_no:
            parts.append(f"发票：{invoice_no}")
        if extra:
            parts.append(extra)
        parts.append("审批：" + "；".join(f"{EMP[a]} 同意" for a in appr))
        return "｜".join(parts)
    if tenant == "minli":
        parts = [f"用友NC 付款单 FK{yymm}-{n + 100:04d}", f"制单：{EMP[req]}",
                 f"收款方：{payee}", f"事由：{reason}"]
        if contract:
            parts.append(f"合同：{contract}")
        if invoice_no:
            parts.append(f"发票：{invoice_no}")
        if extra:
            parts.append(extra)
        parts.append("审批流：" + "→".join(EMP[a] for a in appr) + "（已审）")
        return "｜".join(parts)
    head = "金蝶云星空 付款申请单（移动端）" if mobile_oa else "金蝶云星空 付款申请单"
    parts = [f"{head} FKSQ-{yymm}-{n + 20:04d}", f"申请人：{EMP[req]}",
             f"收款单位：{payee}", f"付款事由：{reason}"]
    if contract:
        parts.append(f"合同/协议：{contract}")
    if invoice_no:
        parts.append(f"发票号：{invoice_no}")
    if extra:
        parts.append(extra)
    parts.append("审批：" + "→".join(f"{EMP[a]}（同意）" for a in appr))
    return "\n".join(parts)


def payment(tenant, phase, at, *, payer, payee, amount, purpose, memo, req, appr, note,
            currency="CNY", reason=None, extra=None, mobile_oa=False, text=None,
            channel="erp", from_name=None, from_contact=None, urgent=False,
            order_id=None, contract_id=None, invoice_no=None, changed_at=None,
            verification=None, label="legit", scam_type=None, expect="allow",
            signals=(), rid=None):
    at_ts = ts(at)
    if channel == "erp":
        assert text is None
        text = _oa_text(tenant, at, req, appr, payee["name"], reason or memo,
                        contract_id, invoice_no, extra, mobile_oa)
        from_name = from_name or EMP[req]
    request = {
        "request_id": rid or _rid(tenant, "payment", at),
        "submitted_at": at_ts,
        "payer": payer,
        "payee": payee,
        "amount": amount,
        "currency": currency,
        "purpose": purpose,
        "memo": memo,
        "instruction": {"channel": channel, "from_name": from_name,
                        "from_contact": from_contact, "text": text, "urgent": urgent},
        "requested_by": req,
        "approved_by": list(appr),
        "related": {"order_id": order_id, "contract_id": contract_id, "invoice_no": invoice_no},
        "payee_account_changed_at": ts(changed_at) if changed_at else None,
    }
    if verification is not None:
        request["verification"] = verification
    _add(tenant, phase, "payment", label, scam_type, expect, signals, note, request, at_ts)
    return request["request_id"]


def order(tenant, phase, at, *, customer, items, channel, address, deadline, terms, notes,
          note, third_party=None, fees=(), currency="CNY", label="legit", scam_type=None,
          expect="allow", signals=(), rid=None):
    at_ts = ts(at)
    its = [{"product": p, "quantity": q, "unit": u, "unit_price": pr} for p, q, u, pr in items]
    total = sum((Decimal(i["quantity"]) * Decimal(i["unit_price"]) for i in its), Decimal("0"))
    request = {
        "record_id": rid or _rid(tenant, "order", at),
        "received_at": at_ts,
        "customer": customer,
        "items": its,
        "total_amount": str(total.quantize(Decimal("0.01"))),
        "currency": currency,
        "channel": channel,
        "delivery": {"address": address, "deadline": deadline},
        "payment_terms": terms,
        "third_party": third_party,
        "fees_requested": [{"reason": r, "amount": a} for r, a in fees],
        "notes": notes,
    }
    _add(tenant, phase, "order", label, scam_type, expect, signals, note, request, at_ts)
    return request["record_id"]


def _add(tenant, phase, kind, label, scam_type, expect, signals, note, request, at_ts):
    LINES[tenant].append({"phase": phase, "kind": kind, "label": label,
                          "scam_type": scam_type, "expect": expect,
                          "signals": list(signals), "note": note,
                          "request": request, "_at": at_ts})


def H(tenant, at, kind, **kw):
    """A history line: ordinary past business, executed."""
    fn = payment if kind == "payment" else order
    return fn(tenant, "history", at, **kw)


def T(tenant, at, kind, **kw):
    fn = payment if kind == "payment" else order
    return fn(tenant, "test", at, **kw)


def SCAM(scam_type, expect, signals):
    return {"label": "scam", "scam_type": scam_type, "expect": expect, "signals": signals}


def LEGIT(signals=()):
    return {"label": "legit", "scam_type": None, "expect": "allow", "signals": list(signals)}


# ===========================================================================
# Tenant 1: huashuo — 华朔动力哈尔滨电站辅机有限公司
# Subsidiary of the (fictitious) state-owned 华朔动力装备集团; makes condensers, heaters,
# feed pumps for power plants. 泛微OA approvals: 吕佳/孙雅婷 → 刘振东 → 高文杰 (→ 赵立群 above 1m).
# Group cash pooling with the group finance company. Office hours 08:00–18:30.
# ===========================================================================

t = "huashuo"
HS_PAYER = {"account_no": acct("hs-payer", 19, "3500"), "account_name": "华朔动力哈尔滨电站辅机有限公司"}
HS_PAYER_FX = {"account_no": acct("hs-payer-fx", 19, "3500"), "account_name": "华朔动力哈尔滨电站辅机有限公司"}

HS01 = vend("齐齐哈尔北钢特种铸锻有限公司", acct("hs01", 19, "2305"), "中国建设银行齐齐哈尔富拉尔基支行", "corporate", "V-HS01", landline("0452", "hs01"))
HS02 = vend("鞍山鑫钢板材销售有限公司", acct("hs02", 19, "0704"), "中国工商银行鞍山铁西支行", "corporate", "V-HS02", landline("0412", "hs02"))
HS03 = vend("哈尔滨龙运大件物流有限公司", acct("hs03", 17, "0811"), "中国农业银行哈尔滨平房支行", "corporate", "V-HS03", landline("0451", "hs03"))
HS04 = vend("华朔动力装备集团财务有限公司", acct("hs04", 16, "8801"), "华朔动力装备集团财务有限公司", "corporate", "V-HS04", landline("010", "hs04"))
HS05 = vend("沈阳华泰阀门有限公司", acct("hs05", 18, "0133"), "盛京银行沈阳铁西支行", "corporate", "V-HS05", landline("024", "hs05"))
HS06 = vend("Alpenstahl Präzisionsguss GmbH", acct("hs06", 16, "3412"), "Oberösterreichische Gewerbebank AG, Linz (SWIFT OGBKAT2L)", "corporate", "V-HS06", foreign_tel("43", "732", "hs06"))
HS07 = vend("黑龙江华检无损检测技术有限公司", acct("hs07", 17, "1001"), "哈尔滨银行平房支行", "corporate", "V-HS07", landline("0451", "hs07"))
HS08 = vend("华朔动力装备集团有限公司", acct("hs08", 19, "0200"), "中国工商银行北京海淀支行", "corporate", "V-HS08", landline("010", "hs08"))

C_HS01 = cust("北疆能源集团双鸭山发电有限公司", uscc("230502", "c-hs01"), "郑国良", landline("0469", "c-hs01"), "zhengguoliang@ssy.bjny.com.cn", None, "C-HS01")
C_HS02 = cust("松原东辰热电有限公司", uscc("220702", "c-hs02"), "王可", landline("0438", "c-hs02"), "wangke@dongchen-rd.com", None, "C-HS02")
C_HS04 = cust("华朔动力（哈尔滨）汽轮机有限公司", uscc("230108", "c-hs04"), "于海波", landline("0451", "c-hs04"), "yuhaibo@huashuo-turbine.com.cn", None, "C-HS04")

HS_ADDR01 = "黑龙江省双鸭山市尖山区北疆双鸭山发电厂物资库"
HS_ADDR02 = "吉林省松原市宁江区东辰热电有限公司检修仓库"
HS_ADDR04 = "哈尔滨市平房区华朔汽轮机总装车间"

# --- history -----------------------------------------------------------------

H(t, "2026-03-10 09:42", "payment", payer=HS_PAYER, payee=HS01, amount="1286400.00", purpose="货款",
  memo="给水泵泵体铸锻件货款", reason="给水泵泵体铸锻件货款（PO 4500018790，入库单RK-2603-0112）",
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2025-118", invoice_no=invoice("hs01-a", "23"),
  note="Routine: Forgings paid to the regular Qiqihar forging supplier through the three-level OA chain.")

H(t, "2026-03-12 10:15", "order", customer=C_HS01,
  items=[("凝汽器不锈钢换热管束（TP316L，Φ25×0.7）", "2", "套", "468000.00"), ("低压加热器检修备件", "1", "批", "126500.00")],
  channel="erp", address=HS_ADDR01, deadline="2026-04-20", terms="预付30%，到货验收后付60%，质保金10%",
  notes="北疆能源电子采购平台中标通知书BJNY-WZ-2026-0318；合同HS-XS-2026-009已电子签章。",
  note="Routine: Tube bundles ordered by the established Shuangyashan power plant through its group e-procurement platform.")

H(t, "2026-03-16 14:20", "payment", payer=HS_PAYER, payee=HS02, amount="642800.00", purpose="货款",
  memo="Q345R容器钢板货款", reason="Q345R容器钢板（δ=20–40mm，112吨）货款（PO 4500018802）",
  req="E3110", appr=["E3102", "E3101"], contract_id="HS-CG-2026-007", invoice_no=invoice("hs02-a", "21"),
  note="Routine: Pressure-vessel steel plate paid to the regular Anshan plate trader.")

H(t, "2026-03-20 15:05", "payment", payer=HS_PAYER_FX, payee=HS06, amount="142600.00", currency="EUR", purpose="货款",
  memo="泵壳铸件第二批货款（PO 4500018834）", reason="Alpenstahl泵壳铸件第二批货款（PO 4500018834，报关单230120260000213577）",
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2025-131", invoice_no="AP-2026-0217",
  note="Routine: Euro payment for pump-casing castings to the Austrian foundry's account in Linz.")

H(t, "2026-03-25 10:30", "order", customer=C_HS02,
  items=[("给水泵机械密封（集装式）", "8", "套", "18600.00"), ("推力轴承瓦块", "24", "件", "2150.00")],
  channel="email", address=HS_ADDR02, deadline="2026-04-10", terms="月结60天",
  notes="设备部年度框架协议SYDC-2026-KJ-03项下订单，采购订单号DC-PO-26-0117。",
  note="Routine: Seals and bearing pads ordered by the established Songyuan heat-and-power plant under its framework agreement.")

H(t, "2026-03-31 16:40", "payment", payer=HS_PAYER, payee=HS04, amount="8000000.00", purpose="资金归集",
  memo="3月末资金上划集团资金池", reason="按《华朔集团资金集中管理办法》月末资金上划",
  req="E3107", appr=["E3102", "E3101"], contract_id="HSJT-ZJ-2024-03",
  note="Routine: Month-end sweep of surplus cash to the group finance company under the cash-pooling agreement.")

H(t, "2026-04-03 11:05", "payment", payer=HS_PAYER, payee=HS05, amount="318600.00", purpose="货款",
  memo="高压闸阀、截止阀货款", reason="高压闸阀、截止阀货款（PO 4500018857）",
  req="E3110", appr=["E3102", "E3101"], contract_id="HS-CG-2026-012", invoice_no=invoice("hs05-a", "21"),
  note="Routine: Valves paid to the regular Shenyang valve maker at its long-standing Shengjing Bank account.")

H(t, "2026-04-09 09:55", "payment", payer=HS_PAYER, payee=HS03, amount="236000.00", purpose="运费",
  memo="凝汽器壳体大件运输费（哈尔滨—双鸭山，2车次）", req="E3110", appr=["E3102", "E3101"],
  contract_id="HS-WL-2026-002", invoice_no=invoice("hs03-a", "23"),
  note="Routine: Heavy-lift road freight paid to the regular Harbin carrier.")

H(t, "2026-04-14 10:20", "order", customer=C_HS04,
  items=[("高压加热器（JG-1250型）", "1", "台", "1980000.00")],
  channel="erp", address=HS_ADDR04, deadline="2026-06-30", terms="集团内部关联交易，按集团内部结算办法月结",
  notes="集团内部订单，关联交易已在年度预计额度内。",
  note="Routine: Intra-group order for a high-pressure heater from the sister turbine company.")

H(t, "2026-04-17 14:10", "payment", payer=HS_PAYER, payee=HS07, amount="48600.00", purpose="检测费",
  memo="凝汽器管板焊缝射线及超声检测费（3月）", req="E3110", appr=["E3102"],
  contract_id="HS-FW-2026-004", invoice_no=invoice("hs07-a", "23"),
  note="Routine: Monthly non-destructive testing fee to the regular inspection firm.")

H(t, "2026-04-22 10:40", "payment", payer=HS_PAYER, payee=HS01, amount="986300.00", purpose="货款",
  memo="凝结水泵泵轴锻件货款", reason="凝结水泵泵轴锻件货款（PO 4500018911）",
  req="E3110", appr=["E3102", "E3101"], contract_id="HS-CG-2025-118", invoice_no=invoice("hs01-b", "23"),
  note="Routine: Shaft forgings paid to the regular Qiqihar forging supplier.")

H(t, "2026-04-24 15:30", "order", customer=C_HS01,
  items=[("凝结水泵叶轮（不锈钢精铸）", "4", "件", "37800.00")],
  channel="erp", address=HS_ADDR01, deadline="2026-05-20", terms="货到验收后付款（合同约定）",
  notes="框架合同HS-XS-2026-009补充订单，平台订单号BJNY-DD-2604-187。",
  note="Routine: Supplementary impeller order from the established Shuangyashan plant.")

H(t, "2026-04-29 16:50", "payment", payer=HS_PAYER, payee=HS04, amount="6500000.00", purpose="资金归集",
  memo="4月末资金上划集团资金池", reason="按《华朔集团资金集中管理办法》月末资金上划",
  req="E3107", appr=["E3102", "E3101"], contract_id="HSJT-ZJ-2024-03",
  note="Routine: Month-end sweep to the group finance company.")

# --- test --------------------------------------------------------------------

T(t, "2026-05-11 10:05", "payment", payer=HS_PAYER, payee=HS01, amount="1104800.00", purpose="货款",
  memo="高压给水泵泵体锻件货款", reason="高压给水泵泵体锻件货款（PO 4500018960）",
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2025-118", invoice_no=invoice("hs01-c", "23"),
  note="Routine: Forgings paid to the regular Qiqihar supplier at its usual account.", **LEGIT())

HS_FP_SOE = cust("中国东能建设集团第三工程局有限公司巴甫洛达尔项目部", None, "宋经理", mobile("hs-fp1", "172"),
                 "dnjs3j_pvl@163.com", wxid("hs-fp1"), None)
T(t, "2026-05-12 14:30", "order", customer=HS_FP_SOE,
  items=[("锅炉给水泵（多级离心，DG450-180）", "4", "台", "1380000.00")],
  channel="email", address="新疆霍尔果斯市国际物流园区7号仓库（中转）", deadline="2026-05-30",
  terms="货到霍尔果斯验收后90天付款",
  notes=("华朔辅机市场部：\n"
         "我部承建哈萨克斯坦巴甫洛达尔2×350MW热电项目，原定给水泵供货商无法按期交货，经集团物资部推荐，"
         "拟向贵司采购DG450-180给水泵4台，单价按贵司2025年对北疆能源的中标价执行即可，不再议价。\n"
         "因机组调试节点紧，请于5月30日前发至霍尔果斯国际物流园中转库，由我部统一报关出境。货款按集团规定到货验收后90天支付。"
         "合同先以项目部名义签订，集团统一采购合同随后补签。\n"
         "项目现场信号差，邮件回复较慢，有事请微信联系宋经理（同手机号）。\n"
         "中国东能建设集团第三工程局巴甫洛达尔项目部"),
  note="A 'project department' of a central-SOE construction bureau, writing from a 163.com mailbox, orders four feed pumps worth 5.5m on 90-day terms for delivery to a Horgos logistics-park warehouse, with the group contract 'to follow'.",
  **SCAM("fake_purchaser", "flag", ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_mismatch", "free_mail"]))

T(t, "2026-05-13 09:48", "order", currency="USD",
  customer=cust("Indus Crescent Power (Private) Limited", None, "Faisal Qureshi", foreign_tel("92", "21", "icp"),
                "faisal.qureshi@induscrescent.com.pk", None, None),
  items=[("Low-pressure feedwater heater, LP-3/LP-4", "2", "set", "326000.00"), ("Gland steam condenser", "1", "set", "94500.00")],
  channel="email", address="CFR Port Qasim, Karachi, Pakistan (consignee: Indus Crescent Power, Jamshoro site)",
  deadline="2026-08-31", terms="Irrevocable L/C at sight No. ICPL-LC-26-0419, confirmed by Bank of China Heilongjiang Branch",
  notes=("Dear Mr. Li,\n"
         "Further to our Letter of Award ICPL/PROC/2026/044 dated 28 April 2026 and the contract signed on 8 May, we are pleased to confirm "
         "that the irrevocable documentary credit has been issued by our bankers and advised to you through Bank of China, Harbin, "
         "who have added their confirmation today. Latest shipment date is 31 August 2026; partial shipment not allowed.\n"
         "Please arrange the performance bond as per clause 14 through your bank.\n"
         "Best regards,\nFaisal Qureshi\nProcurement Manager, Indus Crescent Power (Pvt) Ltd, Karachi"),
  note="Hard negative: A new Pakistani power producer orders heaters after a tender award, backed by an irrevocable L/C already advised and confirmed by the company's own bank.",
  **LEGIT(["new_customer", "large_first_order", "far_delivery"]))

HS06_LT = "71990" + digits("hs06-lt", 11)
T(t, "2026-05-14 16:10", "payment", payer=HS_PAYER_FX,
  payee=dict(HS06, account_no=HS06_LT, bank="UAB Baltic Merchant Bank, Vilnius (SWIFT BMBALT22)"),
  amount="186400.00", currency="EUR", purpose="货款", memo="泵壳铸件第三批货款（PO 4500019210）",
  channel="email", from_name="Anna Gruber | Alpenstahl Accounts Receivable", from_contact="a.gruber@alpenstahl-guss.co",
  text=("Dear Ms. Lü,\n\n"
        "Thank you for confirming receipt of the third lot.\n\n"
        "Please be informed that, owing to our annual group audit, our account with Oberösterreichische Gewerbebank is temporarily "
        "restricted for incoming payments from outside the EU. Kindly arrange payment of invoice AP-2026-0388 (EUR 186,400.00) "
        "to our new collection account for Asian customers:\n\n"
        "Beneficiary: Alpenstahl Präzisionsguss GmbH\n"
        "Bank: UAB Baltic Merchant Bank, Vilnius\n"
        f"IBAN: {grouped(iban('LT', HS06_LT))}\n"
        "SWIFT/BIC: BMBALT22\n\n"
        "Payments to the account printed on the invoice will be returned and could delay the release of lot four. "
        "Our confirmation letter on company letterhead is attached.\n\n"
        "Mit freundlichen Grüßen / Best regards\n"
        "Anna Gruber\nAccounts Receivable | Alpenstahl Präzisionsguss GmbH | Linz, Austria\n\n"
        "-----Original Message-----\n"
        "From: 吕佳 <lvjia@hspower-aux.com.cn>\n"
        "Sent: Monday, May 11, 2026 9:12 AM\n"
        "To: Anna Gruber <a.gruber@alpenstahl-guss.at>\n"
        "Subject: RE: PO 4500019210 – 3rd lot pump casings / shipping documents\n\n"
        "Dear Anna, the third lot has arrived at our Harbin plant in good order. Please send the original invoice and we will arrange payment this week.\n"
        "Best regards, Lü Jia, Finance Department, Huashuo Power Harbin Auxiliary Equipment Co., Ltd."),
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2025-131", invoice_no="AP-2026-0388",
  changed_at="2026-05-11 14:22",
  note="An e-mail from a look-alike of the Austrian foundry's domain, quoting a genuine thread, moves its collection account to a Vilnius bank 'because of the annual audit'; the vendor master was changed three days earlier and this is the first payment to it.",
  **SCAM("account_change", "block", ["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-05-15 10:20", "order", customer=C_HS02,
  items=[("给水泵机械密封（集装式）", "6", "套", "18600.00"), ("平衡盘及平衡座", "2", "套", "24800.00")],
  channel="email", address=HS_ADDR02, deadline="2026-06-05", terms="月结60天",
  notes="设备部年度框架协议SYDC-2026-KJ-03项下订单，采购订单号DC-PO-26-0208。",
  note="Routine: Spare-parts order from the established Songyuan plant under its framework agreement.", **LEGIT())

T(t, "2026-05-18 11:00", "payment", payer=HS_PAYER,
  payee=dict(HS05, account_no=acct("hs05-new", 19, "2970"), bank="中国银行沈阳铁西支行"),
  amount="286500.00", purpose="货款", memo="主蒸汽疏水阀组货款",
  reason="主蒸汽疏水阀组货款（PO 4500018990）",
  extra=("备注：供应商4月28日来函（加盖公章及财务专用章）告知基本户由盛京银行铁西支行变更为中国银行沈阳铁西支行，户名与营业执照一致；"
         "5月7日资金主管刘振东按供应商档案预留电话回拨对方财务负责人确认，并取得新开户行出具的开户证明"),
  req="E3110", appr=["E3102", "E3101"], contract_id="HS-CG-2026-012", invoice_no=invoice("hs05-b", "21"),
  changed_at="2026-05-06 10:25", verification=ver(HS05["phone"], "E3102", "2026-05-07 09:40"),
  note="Hard negative: First payment to the valve maker's new account, changed twelve days ago after a stamped letter and verified by calling back the finance contact's number already on file.",
  **LEGIT(["account_changed_recent", "first_time_payee", "account_change_words"]))

T(t, "2026-05-19 15:40", "payment", payer=HS_PAYER,
  payee=vend("齐齐哈尔北钢特种铸锻件销售有限公司", acct("hs-fi1", 19, "6214"), "招商银行大连分行营业部", "corporate", None, None),
  amount="368000.00", purpose="货款", memo="轴承座铸件到货款",
  reason="轴承座铸件20件到货款（PO 4500019055）",
  req="E3110", appr=["E3102", "E3101"], invoice_no=invoice("hs-fi1", "21"),
  note="Structural only: An OA payment for a genuine purchase order of bearing-housing castings goes to a 'sales company' whose name merely resembles the forging supplier on the PO, paid for the first time at a Dalian bank.",
  **SCAM("fake_invoice", "flag", ["payee_name_mismatch", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-05-20 09:30", "payment", payer=HS_PAYER,
  payee=vend("国家金库哈尔滨市中心支库", acct("hs-gk", 16, "2300"), "中国人民银行黑龙江省分行（国库）", "corporate", None, None),
  amount="258500.00", purpose="税费", memo="进口关税及进口环节增值税（报关单230120260000487213）",
  reason="Alpenstahl泵壳铸件进口关税69,300.00元、进口环节增值税189,200.00元",
  extra="哈尔滨海关税款缴款书，缴款期限2026-05-26，逾期按日加收万分之五滞纳金｜支付方式：中国电子口岸海关税费电子支付（三方协议）",
  req="E3110", appr=["E3102", "E3101"],
  note="Hard negative: Import duty and import VAT on the Austrian castings paid to the state treasury through the customs e-payment channel before the deadline on the customs tax bill.",
  **LEGIT(["authority_words", "first_time_payee", "urgency"]))

HS_BOSS1_ACCT = acct("hs-boss1", 19, "2000")
T(t, "2026-05-22 19:40", "payment", payer=HS_PAYER,
  payee=vend("北京中亚丝路国际工程咨询有限公司", HS_BOSS1_ACCT, "北京银行朝阳门支行", "corporate", None, None),
  amount="2680000.00", purpose="保证金", memo="巴甫洛达尔热电项目投标保证金",
  channel="im", from_name="韩志远", from_contact="微信群：华朔辅机经营班子（5月22日新建）", urgent=True,
  text=("韩志远：雅婷，在吗？\n"
        "孙雅婷：韩董好，在的。\n"
        "韩志远：我在阿斯塔纳陪集团领导会见哈方能源部，会场不让带手机进出，只能文字沟通。你把工行基本户和财务公司结算户今天的头寸报我一下。\n"
        "孙雅婷：工行基本户1,286万元，财务公司结算户3,410万元。\n"
        "韩志远：好的。巴甫洛达尔热电项目的投标保证金今天必须到哈方指定的国内合作单位，金额268万元，你今天办掉。\n"
        f"韩志远：户名：北京中亚丝路国际工程咨询有限公司\n开户行：北京银行朝阳门支行\n账号：{HS_BOSS1_ACCT}\n"
        "韩志远：这个项目集团还没上会，先控制在小范围，群外不要讨论。付款审批单我回国后补签，振东那边我来打招呼。"),
  req="E3107", appr=[],
  note="On a Friday evening a WeChat group created that day, in the chairman's name and 'at a ministerial meeting in Astana', takes both available balances from the cashier and then orders a 2.68m tender deposit to a Beijing consultancy, with sign-off after his return.",
  **SCAM("boss_impersonation", "block", ["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "secrecy_words", "bypass_process", "first_time_payee", "no_approval", "urgency", "off_hours", "deposit_words"]))

T(t, "2026-05-25 10:10", "order",
  customer=cust("北疆能源集团佳木斯热电有限公司", uscc("230803", "c-hs05"), "孔令辉", landline("0454", "c-hs05"),
                "konglinghui@jms.bjny.com.cn", None, None),
  items=[("凝汽器（N-12500型，含管束及水室）", "1", "台", "3860000.00")],
  channel="erp", address="黑龙江省佳木斯市向阳区北疆佳木斯热电厂", deadline="2026-09-30",
  terms="预付30%（凭预付款保函），到货验收60%，质保金10%",
  notes="北疆能源电子招标采购平台中标通知书BJNY-ZB-2026-0512；合同BJNY-JMS-2026-WZ-044经平台电子签章；联系人与平台公示的物资部采购专责一致。",
  note="Hard negative: A sister plant of an existing customer, new to the company, awards a 3.86m condenser through the group's e-procurement platform with a tender notice number and a platform e-signed contract.",
  **LEGIT(["new_customer", "institution_claim", "large_first_order"]))

T(t, "2026-05-26 11:30", "payment", payer=HS_PAYER, payee=HS02, amount="642800.00", purpose="货款",
  memo="Q345R容器钢板货款（第二批）", reason="Q345R容器钢板（第二批）货款（PO 4500018802）",
  req="E3110", appr=["E3102", "E3101"], contract_id="HS-CG-2026-007", invoice_no=invoice("hs02-a", "21"),
  note="Structural only: The plate trader's invoice already paid in March comes back through the OA as the 'second lot' with the same invoice number, PO and amount.",
  **SCAM("fake_invoice", "block", ["duplicate_invoice"]))

T(t, "2026-05-27 15:20", "order", customer=C_HS01,
  items=[("凝汽器胶球清洗装置收球网", "2", "套", "56000.00"), ("低压加热器检修备件", "1", "批", "88400.00")],
  channel="erp", address=HS_ADDR01, deadline="2026-06-25", terms="货到验收后付款（合同约定）",
  notes="框架合同HS-XS-2026-009补充订单，平台订单号BJNY-DD-2605-211。",
  note="Routine: Supplementary spare-parts order from the established Shuangyashan plant via its platform.", **LEGIT())

T(t, "2026-05-28 10:45", "order",
  customer=cust("北疆能源集团双鸭山发电有限责任公司", uscc("230503", "hs-fp2"), "郑国栋", mobile("hs-fp2", "192"),
                "zheng.wz@bjny-ssy.com", None, None),
  items=[("凝汽器不锈钢换热管束（TP316L，Φ25×0.7）", "3", "套", "468000.00"), ("高压加热器U形管", "1", "批", "560000.00")],
  channel="email", address="辽宁省沈阳市于洪区沈西物流园3号库", deadline="2026-06-05", terms="货到后60天付款（沿用原合同条款）",
  notes=("李经理您好，我是双鸭山电厂物资部新来的郑国栋，原来的郑国良调集团物资公司了，以后由我对接。\n"
         "今年机组小修提前，这批管束和U形管请直接发到我们在沈阳的周转库，由我们统一倒运回厂，付款还是老规矩，货到60天。\n"
         "合同我这边走完流程后盖章寄回。"),
  note="Someone using a look-alike name and e-mail domain of the Shuangyashan plant, 'taking over' from the known buyer, orders tube bundles on the old 60-day terms but for delivery to a Shenyang logistics-park warehouse.",
  **SCAM("fake_purchaser", "flag", ["new_customer", "lookalike_company", "contact_mismatch", "far_delivery", "credit_terms_requested", "large_first_order"]))

T(t, "2026-05-29 07:55", "payment", payer=HS_PAYER, payee=HS01, amount="412000.00", purpose="预付款",
  memo="给水泵抢修用泵轴锻件预付50%（紧急采购）", mobile_oa=True, urgent=True,
  reason="松原东辰热电2号机给水泵抢修用泵轴锻件预付50%（紧急采购）",
  extra="总经理陈国栋批示：用户机组停运，按紧急采购程序执行，上午务必付出｜审批时间：07:31、07:40、07:52",
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2026-031",
  note="Hard negative: An early-morning emergency prepayment to the regular forging supplier for a customer's unit outage, marked urgent by the general manager and approved in the OA by all three finance approvers.",
  **LEGIT(["urgency", "off_hours", "boss_role"]))

T(t, "2026-06-01 14:00", "payment", payer=HS_PAYER,
  payee=vend("黑龙江省国资运营监管中心", acct("hs-auth", 18, "6230"), "绥化农村商业银行北林支行", "corporate", None, None),
  amount="1500000.00", purpose="资金核查", memo="专项资金核查（国资监管账户）",
  channel="phone", from_name="自称省国资委专项审计组 周处长", from_contact=landline("0451", "hs-auth"), urgent=True,
  text=("來電後發來短信：華朔動力哈爾濱電站輔機有限公司：你單位已被列入2026年駐省央企子企業專項資金核查名單。"
        "經初步核查，你單位近三年專項資金往來存在異常，需於今日16時前將150萬元劃入國資監管帳戶配合資金核查，"
        "核查無誤後72小時內原路退回。核查期間嚴格保密，不得告知單位其他人員，否則按干擾審計處理。——省國資委專項審計組 周處長"),
  req="E3107", appr=[],
  note="A caller posing as a provincial state-asset audit team texts the cashier in traditional characters to move 1.5m into a 'state-asset supervised account' for fund verification and to keep it from colleagues.",
  **SCAM("authority_impersonation", "block", ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "first_time_payee", "no_approval", "evasion_traditional", "urgency"]))

T(t, "2026-06-02 10:30", "order", currency="USD",
  customer=cust("Borneo Tenaga Engineering Sdn Bhd", None, "Ahmad Rizal bin Hashim", foreign_tel("60", "82", "bte"),
                "rizal@borneotenaga-eng.com", None, None),
  items=[("Surface condenser for 2×60 MW biomass units", "2", "set", "548000.00")],
  channel="email", address="FOB Dalian; final destination Kuching, Sarawak, Malaysia", deadline="2026-06-30",
  terms="100% by irrevocable SBLC (SWIFT MT760) from First Labuan Offshore Bank Ltd, payable 180 days after B/L date",
  fees=[("SBLC MT760 transmission and verification charge (beneficiary's account)", "12500.00")],
  notes=("Dear Sirs,\n"
         "We are pleased to confirm our order for two surface condensers as per your quotation HS-Q-2605-077. Payment will be secured by an "
         "irrevocable Standby Letter of Credit issued by First Labuan Offshore Bank Ltd via SWIFT MT760, payable 180 days after B/L date.\n"
         "In accordance with Labuan banking practice, the MT760 transmission and verification charge of USD 12,500 is for the beneficiary's "
         "account and must be settled before the bank releases the SWIFT. Kindly remit it per the attached debit note so that the SBLC can be "
         "transmitted within three banking days.\n"
         "Shipment must be effected not later than 30 June 2026.\n"
         "Yours faithfully,\nDato' Ahmad Rizal bin Hashim\nManaging Director, Borneo Tenaga Engineering Sdn Bhd, Kuching"),
  note="A new Malaysian 'EPC contractor' orders two condensers payable 180 days after shipment against a standby L/C from an offshore Labuan bank, and wants the seller to pay a 12,500 USD 'MT760 transmission fee' first.",
  **SCAM("contract_fraud", "flag", ["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified", "fee_asked_of_seller"]))

T(t, "2026-06-03 11:15", "payment", payer=HS_PAYER, payee=HS07, amount="51200.00", purpose="检测费",
  memo="高压加热器管板焊缝检测费（5月）", req="E3110", appr=["E3102"],
  contract_id="HS-FW-2026-004", invoice_no=invoice("hs07-b", "23"),
  note="Routine: Monthly testing fee to the regular inspection firm.", **LEGIT())

T(t, "2026-06-04 15:30", "order",
  customer=cust("某部队营区供热站", None, "张助理", mobile("hs-fo", "162"), None, wxid("hs-fo"), None),
  items=[("板式换热器换热管束（按图纸定制）", "1", "套", "186000.00")],
  channel="im", address="黑龙江省哈尔滨市道外区某营区供热站", deadline="2026-06-10",
  terms="对公转账（对方称已转，银行处理中）",
  third_party=tp("哈尔滨鑫达防爆机电设备经营部", mobile("hs-fo-tp", "162"), "designated_supplier", "94000.00"),
  notes=("我们营区供热站换热器改造，管束按你们报价要1套。另外还需要2台防爆真空泵，我们只认鑫达这家的（有入围资质），"
         "你们厂家之间好沟通，你们顺手给配两台，钱我们一块打给你们。\n"
         "28万已经走对公了，手机银行页面拍给你了，状态是“交易受理中”，下午就到。鑫达那边不见钱不排产，你们先把泵款9.4万付给鑫达把货锁住。"),
  note="A 'barracks heating station' orders a tube bundle and insists the company also buy two explosion-proof vacuum pumps from the shop it names and pay that shop first, backed only by a 'bank processing' screenshot.",
  **SCAM("fake_order", "block", ["new_customer", "institution_claim", "contact_im_only", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "urgency"]))

T(t, "2026-06-05 10:00", "payment", payer=HS_PAYER,
  payee=vend("北疆能源国际招标有限公司", acct("hs-tender", 19, "0200"), "中国工商银行北京西单支行", "corporate", None, landline("010", "hs-tender")),
  amount="200000.00", purpose="投标保证金", memo="北疆能源鹤岗电厂2号机凝汽器改造项目投标保证金（BJZB-2026-0603-17）",
  extra="收款账户与北疆能源电子招标采购平台招标公告第7条载明的保证金专户逐字核对一致；开标日期2026-06-16",
  req="E3305", appr=["E3102", "E3101"],
  note="Hard negative: A tender deposit to the tender agent's deposit account exactly as published in the tender announcement on the customer group's e-procurement platform.",
  **LEGIT(["deposit_words", "first_time_payee"]))

T(t, "2026-06-08 14:20", "payment", payer=HS_PAYER,
  payee=vend("华朔动力国际贸易（深圳）有限公司", acct("hs-al", 19, "4403"), "平安银行深圳福田支行", "corporate", None, None),
  amount="3600000.00", purpose="往来款", memo="集团内部调拨（转付）",
  channel="im", from_name="钱立伟（自称集团资金管理部）", from_contact=wxid("hs-al"),
  text=("钱立伟：雅婷你好，我是集团资金管理部钱立伟，刘主管那边我上午已经沟通过了。\n"
        "钱立伟：今天下午有一笔360万元从哈尔滨宏晟物资贸易有限公司进到你们工行基本户，是集团内部调拨款。深圳国贸公司的账户额度被冻结了，"
        "借你们的户过一下账，到账后原金额转给华朔动力国际贸易（深圳）有限公司，用途写内部往来。\n"
        "孙雅婷：钱部长，这家深圳公司我们系统里没有，需要集团的调拨通知吗？\n"
        "钱立伟：通知月底统一补，资金部会统一调账对平，你先按我说的办，到账就转。"),
  req="E3107", appr=["E3102"],
  note="Someone claiming to be from the group treasury asks the cashier to let 3.6m from an unknown trading firm pass through the company account and forward it the same day to an unlisted 'group' trading company as an intercompany transfer.",
  **SCAM("account_lending", "block", ["account_lending_words", "in_out_match", "im_instruction", "new_contact", "first_time_payee", "vague_memo"]))

T(t, "2026-06-10 16:20", "order", customer=C_HS02,
  items=[("给水泵大修服务（含解体检查、动平衡）", "1", "项", "268000.00"), ("给水泵机械密封（业主AVL清单品牌）", "4", "套", "32600.00")],
  channel="email", address=HS_ADDR02, deadline="2026-07-15", terms="预付30%已到账（6月9日建行回单），余款验收后月结",
  notes=("按我厂《物资供应商AVL清单（2026版）》第3项，机械密封须采用清单内品牌，由贵司按自身采购流程采购，不指定具体经销商。"
         "预付款119,520.00元已于6月9日汇入贵司工行基本户。设备部 王可"),
  note="Hard negative: An established heat-and-power customer specifies seal brands from its approved-vendor list for a pump overhaul, leaves the purchasing to the company and has already paid the 30% advance.",
  **LEGIT(["designated_supplier"]))

HS_FS_ACCT = acct("hs-fs", 16, "6214")
T(t, "2026-06-11 11:00", "payment", payer=HS_PAYER,
  payee=vend("李婉清", HS_FS_ACCT, "招商银行哈尔滨分行", "personal", None, None),
  amount="28600.00", purpose="工资", memo="6月工资及驻外补贴（周宇）",
  channel="email", from_name="周宇", from_contact="zhouyu_karachi@outlook.com",
  text=("马老师您好：\n"
        "我在卡拉奇项目现场，国内的工行工资卡前几天在ATM被吞了，挂失补卡要本人回国办理。6月工资和驻外补贴麻烦先打到我爱人的招行卡上：\n"
        f"户名：李婉清\n卡号：{HS_FS_ACCT}\n开户行：招商银行哈尔滨分行\n"
        "回国后我到人力资源部补签确认单。项目这边网络不好，有事邮件联系。谢谢！\n"
        "周宇\n国际业务部 巴基斯坦项目组"),
  req="E3401", appr=["E3102"],
  note="An e-mail from a free mailbox in the name of an engineer posted to Karachi asks HR to pay his June salary and overseas allowance to his 'wife's' card because his own card was swallowed by a cash machine.",
  **SCAM("fake_salary", "block", ["payroll_change", "payee_not_employee", "personal_account", "email_instruction", "free_mail", "first_time_payee"]))

T(t, "2026-06-12 09:50", "payment", payer=HS_PAYER, payee=HS08, amount="1860000.00", purpose="管理费",
  memo="2026年上半年集团管理费",
  extra="依据《华朔集团成员单位管理费收取办法》及集团财务部通知（华朔财〔2026〕41号），6月15日前上缴｜附董事长韩志远邮件批示：请财务部按集团通知按期上缴",
  req="E3110", appr=["E3102", "E3101", "E3005"],
  note="Hard negative: The half-year management fee to the group parent, forwarded with the chairman's e-mail note and a group finance circular, paid through the OA with the full approval chain.",
  **LEGIT(["email_instruction", "boss_role", "first_time_payee", "urgency"]))

T(t, "2026-06-15 10:05", "payment", payer=HS_PAYER,
  payee=vend("黑龙江龙建盛通机电安装工程有限公司", acct("hs-cf", 18, "0845"), "哈尔滨农村商业银行松北支行", "corporate", "V-HS21", landline("0451", "hs-cf")),
  amount="980000.00", purpose="预付款", memo="凝汽器现场安装工程预付款30%",
  extra=("预付款保函：对方提供某村镇银行电子保函（编号EG2026061100387），保函真伪查验二维码指向对方提供的网站，"
         "我司开户行表示无法通过SWIFT或银行间系统查询该保函｜分包商成立于2026年2月，注册资本200万元"),
  req="E3210", appr=["E3102", "E3101", "E3005"], contract_id="HS-FB-2026-022",
  note="A four-month-old installation subcontractor gets a 30% advance against an electronic advance-payment guarantee whose only 'verification' is a QR code pointing to a website the subcontractor supplied.",
  **SCAM("contract_fraud", "flag", ["guarantee_unverified", "shell_company", "first_time_payee", "large_vs_usual"]))

T(t, "2026-06-16 14:40", "order", customer=C_HS04,
  items=[("低压加热器（JD-860型）", "2", "台", "745000.00")],
  channel="erp", address=HS_ADDR04, deadline="2026-08-31", terms="集团内部关联交易，按集团内部结算办法月结",
  notes="集团内部订单，关联交易已在年度预计额度内。",
  note="Routine: Intra-group order for two low-pressure heaters from the sister turbine company.", **LEGIT())

T(t, "2026-06-17 10:30", "payment", payer=HS_PAYER,
  payee=vend("松原东辰热电有限公司", acct("c-hs02-pay", 19, "2205"), "中国建设银行松原分行", "corporate", None, C_HS02["phone"]),
  amount="119520.00", purpose="退款", memo="原路退回东辰热电重复支付的预付款",
  reason=("松原东辰热电6月9日预付款重复支付（建行回单0609-0032与0609-0035，各119,520.00元），"
          "经开户行确认两笔均已入账，对方设备部盖章函确认，原路退回其付款账户（建行松原分行）"),
  req="E3110", appr=["E3102", "E3101"],
  note="Hard negative: A customer's duplicated advance, confirmed as received by the bank, is refunded to the same corporate account it came from.",
  **LEGIT(["refund_words", "overpayment", "first_time_payee"]))

T(t, "2026-06-23 14:00", "payment", payer=HS_PAYER,
  payee=vend("贾振华", acct("hs-expert", 19, "6217"), "中国建设银行哈尔滨南岗支行", "personal", None, None),
  amount="6000.00", purpose="劳务费", memo="凝汽器新产品技术评审专家咨询费（已代扣个税）",
  reason=("外聘专家贾振华（高校退休教授）参加6月18日凝汽器新产品技术评审会咨询费，依据专家聘用协议HS-ZJ-2026-07，"
          "税后6,000.00元，个税已代扣代缴，身份证与银行卡户名一致"),
  req="E3305", appr=["E3102", "E3101"], contract_id="HS-ZJ-2026-07",
  note="Hard negative: A consulting fee to an external retired professor for a product review, paid to his own personal account under a signed expert agreement with tax withheld.",
  **LEGIT(["personal_account", "first_time_payee"]))

T(t, "2026-06-24 11:10", "payment", payer=HS_PAYER,
  payee=vend("中东能（北京）供应链管理有限公司", acct("hs-fp3", 19, "1109"), "中国民生银行北京亚运村支行", "corporate", None, None),
  amount="6800.00", purpose="服务费", memo="供应商入库审核费（东能三局巴甫洛达尔项目）",
  channel="im", from_name="宋经理（东能三局巴甫洛达尔项目部）", from_contact=wxid("hs-fp1"),
  text=("宋经理：李经理，给水泵的合同集团这边在走流程了。按集团规定新供应商要先进集团合格供应商库，入库审核费6800元，"
        "交给集团指定的审核单位中东能（北京）供应链，交完当天出入库编号，合同就能盖集团章。\n"
        "李明哲：这个费用能从货款里扣吗？\n"
        "宋经理：集团规定必须供应商先交，别的厂家都交了，你们抓紧，不然给水泵我们只能换别家。"),
  req="E3305", appr=["E3101"],
  note="The same self-styled central-SOE project department tells the sales manager the pump contract needs a 6,800 'supplier-library admission fee' paid first to a Beijing supply-chain firm.",
  **SCAM("fake_purchaser", "flag", ["fee_asked_of_seller", "first_time_payee", "im_instruction", "urgency"]))

T(t, "2026-06-26 15:00", "payment", payer=HS_PAYER,
  payee=dict(HS01, account_no=acct("hs01-new", 16, "6226"), bank="中国民生银行哈尔滨分行营业部"),
  amount="1238600.00", purpose="货款", memo="给水泵泵壳锻件货款",
  reason="给水泵泵壳锻件货款（PO 4500019102）",
  req="E3110", appr=["E3102", "E3101", "E3005"], contract_id="HS-CG-2025-118", invoice_no=invoice("hs01-d", "23"),
  changed_at="2026-06-17 10:12",
  note="Structural only: The regular forging supplier's account in the vendor master was switched to a Minsheng Bank account nine days before this routine OA payment of 1.24m, the first to the new account.",
  **SCAM("account_change", "block", ["account_changed_recent", "first_time_payee"]))

T(t, "2026-06-30 18:45", "payment", payer=HS_PAYER, payee=HS04, amount="26000000.00", purpose="资金归集",
  memo="半年末资金上划集团资金池", urgent=True, reason="按《华朔集团资金集中管理办法》半年末资金上划",
  extra="集团资金管理部通知：半年末成员单位账户余额全额上划，19:00前完成",
  req="E3107", appr=["E3102", "E3101"], contract_id="HSJT-ZJ-2024-03",
  note="Hard negative: An unusually large half-year-end sweep to the group finance company, keyed in the evening under the group's deadline, to the pooling account used every month.",
  **LEGIT(["large_vs_usual", "off_hours", "vague_memo", "urgency"]))

T(t, "2026-07-02 10:30", "payment", payer=HS_PAYER, payee=HS03, amount="46800.00", purpose="运费",
  memo="凝汽器管束运输费（哈尔滨—双鸭山）", req="E3110", appr=["E3102"],
  contract_id="HS-WL-2026-002", invoice_no=invoice("hs03-b", "23"),
  note="Routine: Road freight paid to the regular Harbin carrier.", **LEGIT())

T(t, "2026-07-06 12:10", "payment", payer=HS_PAYER_FX,
  payee=vend("Silk Road Energy Agency Limited", acct("hs-boss2", 16, "0120"), "Harbour Central Bank Ltd, Hong Kong (SWIFT HCBLHKHH)", "corporate", None, None),
  amount="78000.00", currency="USD", purpose="保证金", memo="哈萨克项目履约保证金（当地代理）",
  channel="im", from_name="陈国栋", from_contact="钉钉：陈国栋（新账号）", urgent=True,
  text=("陈国栋：振东，我是陈国栋，原来的手机在阿拉木图丢了，先用这个新钉钉号。\n"
        "陈国栋：刚才视频会议上跟你和高部长说的那笔哈萨克项目履约保证金，今天要付给当地代理Silk Road Energy Agency在香港的账户，7.8万美元，合同原件我带回去。\n"
        "刘振东：陈总，视频里声音有点卡，我回拨您原来的号码没打通。\n"
        "陈国栋：手机丢了肯定打不通，酒店这边也没法接，就按视频里说的办，高部长已经同意了，你抓紧。"),
  req="E3102", appr=["E3101"],
  note="A 'new DingTalk account' of the general manager, following a choppy video meeting, has the treasury head pay a 78k USD performance deposit to a Hong Kong 'agent', approved by the finance director on the strength of the video.",
  **SCAM("boss_impersonation", "flag", ["im_instruction", "new_contact", "boss_role", "cannot_call", "urgency", "first_time_payee", "unusual_bank_region", "deposit_words"]))


# ===========================================================================
# Tenant 2: minli — 宜宾岷锂新材料股份有限公司
# A-share listed maker of LFP cathode material; imports spodumene (Australia), lithium
# carbonate (Chile) and kiln equipment (Korea) in USD; exports to Korea, Hungary.
# 用友NC approvals: 陈思雨/罗斌 → 何俊峰 → 苏曼 (→ 董事长/总经理 for large or unusual items).
# Office hours 08:00–18:30.
# ===========================================================================

t = "minli"
ML_PAYER = {"account_no": acct("ml-payer", 19, "1224"), "account_name": "宜宾岷锂新材料股份有限公司"}
ML_PAYER_FX = {"account_no": acct("ml-payer-fx", 19, "1225"), "account_name": "宜宾岷锂新材料股份有限公司"}

ML01 = vend("Kestrel Ridge Minerals Pty Ltd", acct("ml01", 16, "0361"), "Swan River Commercial Bank, Perth (SWIFT SRCBAU6P)", "corporate", "V-ML01", foreign_tel("61", "8", "ml01"))
ML02 = vend("Salar Alto Litio SpA", acct("ml02", 16, "0017"), "Banco Andino de Comercio, Santiago (SWIFT BACCCLRM)", "corporate", "V-ML02", foreign_tel("56", "2", "ml02"))
ML03 = vend("宜宾屏山硫酸化工有限公司", acct("ml03", 18, "8802"), "宜宾市商业银行屏山支行", "corporate", "V-ML03", landline("0831", "ml03"))
ML04 = vend("宜宾港发国际物流有限公司", acct("ml04", 19, "5105"), "中国建设银行宜宾分行", "corporate", "V-ML04", landline("0831", "ml04"))
ML05 = vend("Hanwon Kiln Engineering Co., Ltd.", acct("ml05", 16, "1002"), "Korea First Industrial Bank, Seoul (SWIFT KFIBKRSE)", "corporate", "V-ML05", foreign_tel("82", "2", "ml05"))
ML06 = vend("宜宾三江燃气有限公司", acct("ml06", 19, "2230"), "中国农业银行宜宾分行", "corporate", "V-ML06", landline("0831", "ml06"))
ML07 = vend("成都网擎信息技术有限公司", acct("ml07", 19, "5100"), "招商银行成都分行", "corporate", "V-ML07", landline("028", "ml07"))
ML08 = vend("岷锂（屏山）新能源材料有限公司", acct("ml08", 19, "1224"), "中国银行宜宾屏山支行", "corporate", "V-ML08", landline("0831", "ml08"))

C_ML01 = cust("常州锐能动力电池有限公司", uscc("320411", "c-ml01"), "孙伟", landline("0519", "c-ml01"), "sunwei@ruineng-battery.com", None, "C-ML01")
C_ML02 = cust("Pannonia Cell Kft.", None, "Zsófia Nagy", foreign_tel("36", "52", "c-ml02"), "zsofia.nagy@pannoniacell.hu", None, "C-ML02")
C_ML04 = cust("四川蜀能储能科技有限公司", uscc("510107", "c-ml04"), "何静", landline("028", "c-ml04"), "hejing@shuneng-ess.com", None, "C-ML04")

ML_ADDR01 = "江苏省常州市新北区锐能动力电池三期工厂原料库"
ML_ADDR02 = "CIF Koper, Slovenia; final delivery Pannonia Cell plant, Debrecen, Hungary"
ML_ADDR04 = "四川省成都市双流区蜀能储能电池工厂"
P5 = "磷酸铁锂正极材料（动力型ML-P5）"
E3 = "磷酸铁锂正极材料（储能型ML-E3）"

# --- history -----------------------------------------------------------------

H(t, "2026-03-09 10:20", "payment", payer=ML_PAYER_FX, payee=ML01, amount="1620000.00", currency="USD", purpose="货款",
  memo="SC6锂辉石精矿 MV Pacific Aurora 临时发票90%", req="E5110", appr=["E5103", "E5101"],
  contract_id="ML-CG-2025-088", invoice_no="KRM-INV-26-031",
  note="Routine: Provisional payment for a spodumene cargo to the Australian miner's Perth account.")

H(t, "2026-03-11 14:00", "order", customer=C_ML01, items=[(P5, "300", "吨", "42800.00")],
  channel="erp", address=ML_ADDR01, deadline="2026-03-31", terms="月结60天，银行承兑汇票或电汇",
  notes="年度框架协议RN-ML-2026-01项下3月订单，采购订单4500326611。",
  note="Routine: Monthly cathode order from the established battery maker under its framework agreement.")

H(t, "2026-03-13 10:50", "payment", payer=ML_PAYER, payee=ML03, amount="386400.00", purpose="货款",
  memo="工业硫酸（98%）3月上旬货款（920吨）", req="E5110", appr=["E5103"],
  contract_id="ML-CG-2026-003", invoice_no=invoice("ml03-a", "51"),
  note="Routine: Sulphuric acid paid to the regular local acid producer.")

H(t, "2026-03-18 15:30", "payment", payer=ML_PAYER, payee=ML04, amount="128600.00", purpose="运费",
  memo="锂辉石精矿港口转运及短驳费（泸州港—宜宾）", req="E5110", appr=["E5103"],
  contract_id="ML-WL-2026-004", invoice_no=invoice("ml04-a", "51"),
  note="Routine: Port transfer and trucking paid to the regular Yibin logistics firm.")

H(t, "2026-03-20 16:40", "order", currency="USD", customer=C_ML02,
  items=[("LFP cathode material ML-P5 (power grade)", "200", "t", "6150.00")],
  channel="email", address=ML_ADDR02, deadline="2026-04-30", terms="T/T 30% in advance, 70% against copy of B/L",
  notes="PO PC-2026-0311 under supply agreement PC-ML-2025-02; 30% advance received 19 March.",
  note="Routine: Export order from the established Hungarian cell maker with an advance already received.")

H(t, "2026-03-25 10:10", "payment", payer=ML_PAYER_FX, payee=ML02, amount="648000.00", currency="USD", purpose="货款",
  memo="电池级碳酸锂60吨（CIF上海）", req="E5110", appr=["E5103", "E5101"],
  contract_id="ML-CG-2026-011", invoice_no="SAL-FX-2026-0147",
  note="Routine: Lithium carbonate paid to the Chilean producer's Santiago account.")

H(t, "2026-03-27 14:30", "payment", payer=ML_PAYER_FX, payee=ML05, amount="486000.00", currency="USD", purpose="设备款",
  memo="回转窑项目第二期里程碑款（安装完成）", req="E5110", appr=["E5103", "E5101"],
  contract_id="ML-SB-2025-019", invoice_no="HKE-26-0322",
  note="Routine: Kiln-project milestone paid to the Korean equipment maker's Seoul account.")

H(t, "2026-04-02 11:00", "order", customer=C_ML04, items=[(E3, "80", "吨", "41200.00")],
  channel="erp", address=ML_ADDR04, deadline="2026-04-12", terms="款到发货",
  notes="款已到账（4月1日）。",
  note="Routine: Prepaid order from the established Chengdu energy-storage customer.")

H(t, "2026-04-08 09:40", "payment", payer=ML_PAYER, payee=ML06, amount="612300.00", purpose="燃气费",
  memo="3月天然气费", req="E5110", appr=["E5103"], contract_id="ML-NY-2026-001", invoice_no=invoice("ml06-a", "51"),
  note="Routine: Monthly natural-gas bill to the local gas utility.")

H(t, "2026-04-14 10:30", "payment", payer=ML_PAYER_FX, payee=ML01, amount="1785000.00", currency="USD", purpose="货款",
  memo="SC6锂辉石精矿 MV Pacific Laurel 临时发票90%", req="E5110", appr=["E5103", "E5101"],
  contract_id="ML-CG-2025-088", invoice_no="KRM-INV-26-044",
  note="Routine: Provisional payment for the next spodumene cargo to the miner's usual account.")

H(t, "2026-04-17 15:10", "order", customer=C_ML01, items=[(P5, "260", "吨", "42500.00")],
  channel="erp", address=ML_ADDR01, deadline="2026-04-30", terms="月结60天，银行承兑汇票或电汇",
  notes="年度框架协议RN-ML-2026-01项下4月订单，采购订单4500326978。",
  note="Routine: Monthly cathode order from the established battery maker.")

H(t, "2026-04-22 11:20", "payment", payer=ML_PAYER, payee=ML03, amount="402900.00", purpose="货款",
  memo="工业硫酸（98%）4月中旬货款（960吨）", req="E5110", appr=["E5103"],
  contract_id="ML-CG-2026-003", invoice_no=invoice("ml03-b", "51"),
  note="Routine: Sulphuric acid paid to the regular acid producer.")

H(t, "2026-04-28 16:00", "payment", payer=ML_PAYER, payee=ML08, amount="5000000.00", purpose="内部往来",
  memo="向全资子公司拨付一期项目资金", reason="依据《岷锂新材资金集中管理办法》向全资子公司拨付一期项目建设资金",
  req="E5108", appr=["E5103", "E5101"], contract_id="ML-ZJ-2025-01",
  note="Routine: Funding transfer to the wholly-owned Pingshan subsidiary under the group cash-management rules.")

# --- test --------------------------------------------------------------------

T(t, "2026-05-11 10:30", "order", customer=C_ML01, items=[(P5, "280", "吨", "42300.00")],
  channel="erp", address=ML_ADDR01, deadline="2026-05-29", terms="月结60天，银行承兑汇票或电汇",
  notes="年度框架协议RN-ML-2026-01项下5月订单，采购订单4500327305。",
  note="Routine: Monthly cathode order from the established battery maker.", **LEGIT())

T(t, "2026-05-12 16:50", "payment", payer=ML_PAYER_FX,
  payee=dict(ML01, name="Kestrel Ridge Minerals (Singapore) Pte. Ltd.", account_no=acct("ml01-new", 16, "7012"),
             bank="Straits Pacific Bank Ltd, Singapore (SWIFT SPBLSGSG)"),
  amount="1912500.00", currency="USD", purpose="货款", memo="SC6锂辉石精矿 MV Pacific Harmony 临时发票90%（KRM-INV-26-058 rev.1）",
  channel="email", from_name="Liam O'Connor", from_contact="liam.oconnor@kestrelrigde.com.au", urgent=True,
  text=("Hi Grace,\n\n"
        "Thanks for the quick turnaround on the draft survey. Please find attached provisional invoice KRM-INV-26-058 (rev.1) for MV Pacific Harmony.\n\n"
        "Please note that, following our group restructuring, all offtake receipts from Asian customers are now collected by our Singapore "
        "marketing entity, Kestrel Ridge Minerals (Singapore) Pte. Ltd. The remittance details on rev.1 replace those on the original invoice. "
        "Please do not remit to our Perth account for this shipment, as it is being closed for Asian receipts.\n\n"
        "Would you be able to release the payment today? Our treasury is closing the month-end position and the B/L release is linked to it.\n\n"
        "Cheers,\nLiam\n\n"
        "Liam O'Connor | Commercial Manager – Offtake\nKestrel Ridge Minerals\nLevel 9, 88 St Georges Terrace, Perth WA 6000\n\n"
        "From: Grace Tang <grace.tang@minlinm.com>\n"
        "Sent: Monday, 11 May 2026 10:04 AM\n"
        "To: Liam O'Connor <liam.oconnor@kestrelridge.com.au>\n"
        "Subject: RE: MV Pacific Harmony – draft survey / provisional invoice\n\n"
        "Dear Liam,\nDraft survey figures at Fremantle are accepted (21,480 wmt). Please issue the provisional invoice and we will process payment per clause 9 of the offtake agreement.\n"
        "Best regards,\nGrace Tang | International Procurement | Yibin Minli New Materials Co., Ltd."),
  req="E5110", appr=["E5103", "E5101"], contract_id="ML-CG-2025-088", invoice_no="KRM-INV-26-058",
  changed_at="2026-05-11 17:05",
  note="A reply from a transposed-letter look-alike of the Australian miner's domain, inside a genuine thread about the draft survey, switches the 1.9m USD provisional payment to a 'Singapore marketing entity' keyed into the vendor master the day before.",
  **SCAM("account_change", "block", ["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region", "urgency"]))

T(t, "2026-05-13 10:15", "order", currency="USD",
  customer=cust("Daejin Energy Solution Co., Ltd.", None, "Park Ji-hoon", foreign_tel("82", "43", "c-ml03"),
                "jh.park@daejin-es.co.kr", None, None),
  items=[("LFP cathode material ML-P5 (power grade)", "150", "t", "6080.00")],
  channel="email", address="CIF Busan, Korea (Daejin Energy Solution Ochang plant)", deadline="2026-07-15",
  terms="Irrevocable L/C at 90 days sight issued by a Korean commercial bank, advised through Bank of China Yibin Branch",
  notes=("Dear Kevin,\n"
         "Further to the qualification audit your plant passed in March and our purchase order DJ-PO-2605-031, our bank has issued "
         "L/C No. M0526605NU00187 today; Bank of China Yibin should receive the MT700 within one banking day. Kindly check the terms and let us "
         "know if any amendment is needed.\nBest regards,\nPark Ji-hoon\nPurchasing Team Leader, Daejin Energy Solution"),
  note="Hard negative: A new Korean cell maker that audited the plant in March places a large first order on a 90-day L/C advised through the company's own bank.",
  **LEGIT(["new_customer", "large_first_order", "far_delivery", "credit_terms_requested"]))

T(t, "2026-05-14 11:20", "payment", payer=ML_PAYER_FX,
  payee=vend("Keller & Partners Client Account Ltd", acct("ml-boss1", 16, "0391"), "Victoria Pacific Bank Ltd, Hong Kong (SWIFT VPBLHKHH)", "corporate", None, None),
  amount="2350000.00", currency="USD", purpose="保证金", memo="阿根廷盐湖锂项目排他期保证金（律师托管）",
  channel="email", from_name="廖文彬 / Dr. Martin Keller", from_contact="liaowenbin@minlinrn.com; m.keller@keller-partners-law.ch", urgent=True,
  text=("何经理：\n"
        "公司正在推进对阿根廷一个盐湖锂项目的收购，目前处于保密阶段，属于内幕信息，只有我和苏总知道，董秘那边暂不登记。"
        "项目由瑞士Keller律师事务所的Martin Keller博士负责，他会直接联系你，请按他的指示办理排他期保证金的支付。"
        "此事请勿在公司内部讨论，我这几天在布宜诺斯艾利斯谈判，时差大，不方便电话，有问题邮件联系。\n"
        "廖文彬\n\n"
        "----------\n"
        "Dear Mr. He,\n"
        "Further to the Chairman's instruction, please remit the exclusivity deposit of USD 2,350,000.00 to our client escrow account "
        "(details attached) by 3 pm Hong Kong time today, so that the vendor can countersign the exclusivity letter tonight, Buenos Aires time. "
        "Given the price-sensitive nature of this transaction, please treat this matter as strictly confidential and do not copy anyone else. "
        "The formal board paperwork will be regularised after signing.\n"
        "Kind regards,\nDr. Martin Keller\nPartner, Keller & Partners Attorneys at Law, Zürich"),
  req="E5103", appr=[],
  note="An e-mail from a look-alike of the chairman's domain introduces a Zurich 'lawyer' on a confidential Argentine brine acquisition, who asks the treasury manager for a 2.35m USD exclusivity deposit into a Hong Kong 'client account' the same day, board paperwork to follow.",
  **SCAM("boss_impersonation", "flag", ["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "cannot_call", "bypass_process", "first_time_payee", "no_approval", "unusual_bank_region", "urgency", "bigproject_words"]))

T(t, "2026-05-15 14:30", "payment", payer=ML_PAYER, payee=ML04, amount="136200.00", purpose="运费",
  memo="锂辉石精矿港口转运及短驳费（泸州港—宜宾，5月上旬）", req="E5110", appr=["E5103"],
  contract_id="ML-WL-2026-004", invoice_no=invoice("ml04-b", "51"),
  note="Routine: Port transfer and trucking paid to the regular logistics firm.", **LEGIT())

T(t, "2026-05-18 10:40", "payment", payer=ML_PAYER,
  payee=vend("雅江县岷山锂矿开发有限公司", acct("ml-ma", 19, "1224"), "中国银行宜宾分行（共管账户）", "corporate", None, landline("0836", "ml-ma")),
  amount="30000000.00", purpose="定金", memo="股权收购定金（存入共管账户）",
  reason="收购雅江岷山锂矿51%股权定金，依据《股权收购框架协议》（2026年5月12日签署）第4条",
  extra=("账户为以卖方名义在我司开户行开立、双方预留印鉴共同监管的共管账户｜决策依据：第三届董事会第十九次会议决议（2026年5月12日），"
         "临时公告2026-031已披露｜内幕信息知情人登记表已报送交易所"),
  req="E5103", appr=["E5101", "E5001"],
  note="Hard negative: An acquisition deposit paid into a jointly controlled escrow account at the company's own bank under a signed framework agreement, after a board resolution, a public announcement and an insider-list filing.",
  **LEGIT(["deposit_words", "bigproject_words", "first_time_payee", "large_vs_usual", "secrecy_words"]))

ML_RHEIN = cust("Rhein-Mobil Automotive Procurement GmbH", None, "Dr. Stefan Brandt", None,
                "s.brandt.rheinmobil@gmail.com", None, None)
T(t, "2026-05-19 15:00", "order", currency="USD", customer=ML_RHEIN,
  items=[("LFP cathode material ML-P5 (power grade)", "500", "t", "6200.00")],
  channel="email", address="DAP Rotterdam, c/o EuroTrans Forwarding B.V., Maasvlakte distribution warehouse", deadline="2026-06-20",
  terms="Open account, 90 days after arrival, covered by our trade-credit insurer",
  notes=("Dear Sir or Madam,\n"
         "Rhein-Mobil Automotive Procurement GmbH is the central sourcing company for the battery programmes of one of Germany's leading car makers. "
         "Following our strategic sourcing review we would like to place a trial order of 500 t LFP cathode material with your company.\n"
         "Your list price is acceptable and no plant audit will be required for this trial lot. Please ship DAP Rotterdam to our forwarder's "
         "warehouse by 20 June. Payment 90 days after arrival, fully covered by our credit insurer.\n"
         "Our Supplier Onboarding team will contact you separately about the mandatory Supplier Compliance Audit.\n"
         "Kind regards,\nDr. Stefan Brandt\nHead of Cell Materials Sourcing"),
  note="A 'central sourcing company of a German car maker', writing from a Gmail address, places a 3.1m USD trial order without audit or price discussion, on 90-day open account, for delivery to a forwarder's warehouse in Rotterdam.",
  **SCAM("fake_purchaser", "flag", ["new_customer", "large_first_order", "credit_terms_requested", "contact_mismatch", "far_delivery", "institution_claim", "free_mail"]))

T(t, "2026-05-20 09:45", "payment", payer=ML_PAYER,
  payee=vend("国家金库宜宾市中心支库", acct("ml-gk", 16, "5115"), "中国人民银行宜宾市分行（国库）", "corporate", None, None),
  amount="1746300.00", purpose="税费", memo="锂辉石精矿进口环节增值税（报关单790120260001562207）",
  reason="MV Pacific Laurel锂辉石精矿进口环节增值税（关税税率为零）",
  extra="成都海关税款缴款书，缴款期限2026-05-27｜支付方式：海关税费电子支付（三方协议扣款）",
  req="E5110", appr=["E5103", "E5101"],
  note="Hard negative: Import VAT on a spodumene cargo paid to the state treasury through the customs e-payment channel against the customs tax bill.",
  **LEGIT(["authority_words", "first_time_payee", "large_vs_usual"]))

T(t, "2026-05-21 16:30", "payment", payer=ML_PAYER_FX,
  payee=vend("EuroSupply Compliance Services Ltd", acct("ml-fp2", 16, "3570"), "Mediterranean Commerce Bank, Limassol (SWIFT MCBLCY2L)", "corporate", None, None),
  amount="4800.00", currency="EUR", purpose="服务费", memo="Rhein-Mobil供应商合规审核费",
  channel="email", from_name="Supplier Onboarding, Rhein-Mobil Automotive Procurement", from_contact="onboarding@rheinmobil-procurement.eu",
  text=("Dear Mr. Wu,\n"
        "Thank you for accepting our trial order RMP-TO-2605-118. Before the purchase order can be released in our procurement system, every new "
        "supplier must complete the Supplier Compliance Audit (ESG, export-control and anti-bribery screening), which is carried out exclusively "
        "by our accredited partner EuroSupply Compliance Services Ltd.\n"
        "The audit fee of EUR 4,800.00 is borne by the supplier and is non-refundable. Please remit it within 3 working days; otherwise the "
        "trial order will be re-allocated to the next supplier on the shortlist.\n"
        "Supplier Onboarding Team\nRhein-Mobil Automotive Procurement GmbH"),
  req="E5305", appr=["E5103"],
  note="The 'onboarding team' of the same would-be German buyer makes release of its purchase order depend on a 4,800 EUR supplier audit fee paid to a Cypriot 'accredited partner' within three days.",
  **SCAM("fake_purchaser", "flag", ["fee_asked_of_seller", "first_time_payee", "email_instruction", "unusual_bank_region", "urgency"]))

T(t, "2026-05-22 10:10", "payment", payer=ML_PAYER, payee=ML06, amount="598700.00", purpose="燃气费",
  memo="4月天然气费", req="E5110", appr=["E5103"], contract_id="ML-NY-2026-001", invoice_no=invoice("ml06-b", "51"),
  note="Routine: Monthly natural-gas bill to the local gas utility.", **LEGIT())

ML03_NEW = acct("ml03-new", 19, "6228")
T(t, "2026-05-25 14:50", "payment", payer=ML_PAYER,
  payee=dict(ML03, name="张国富", account_no=ML03_NEW, bank="中国农业银行宜宾屏山支行", account_type="personal"),
  amount="418200.00", purpose="货款", memo="工业硫酸（98%）5月中旬货款（1,000吨）",
  channel="im", from_name="屏山硫酸 财务 刘佳", from_contact=wxid("ml03-fin"),
  text=("陈会计您好，我是屏山硫酸财务小刘。跟您说个事，我们公司dgzh因为税务那边的稽查暂时动不了，估计要一个月才能恢复。"
        f"这期硫酸款麻烦先打到我们法人张国富名下的卡上（农行屏山支行，卡号{ML03_NEW}），发票照常开给你们，盖章的情况说明我明天快递过来。"
        "我们厂这边等着这笔款发工资，麻烦尽快哈。"),
  req="E5110", appr=["E5103"], contract_id="ML-CG-2026-003",
  changed_at="2026-05-21 15:30",
  note="The acid supplier's 'finance clerk' says on WeChat that the company account (written as dgzh) is frozen by a tax audit and has the payment sent to the legal representative's personal card, keyed into the vendor master four days earlier.",
  **SCAM("account_change", "block", ["im_instruction", "account_change_words", "personal_account_pretext", "personal_account", "payee_name_mismatch", "account_changed_recent", "first_time_payee", "evasion_pinyin"]))

T(t, "2026-05-26 11:00", "order", customer=C_ML01, items=[(P5, "300", "吨", "42100.00")],
  channel="erp", address=ML_ADDR01, deadline="2026-06-12",
  terms="6个月期银行承兑汇票（国有大行承兑，经新一代票据业务系统背书转让）",
  notes="年度框架协议RN-ML-2026-01项下6月订单，采购订单4500328020；票据已在票据业务系统签收并核验承兑行信息。",
  note="Hard negative: The regular battery-maker customer pays a monthly order with a six-month bank acceptance bill from a state-owned bank, received and checked in the national bill system.",
  **LEGIT(["credit_terms_requested"]))

T(t, "2026-05-27 15:40", "order",
  customer=cust("深圳前海锂融供应链管理有限公司", uscc("440305", "ml-cf1"), "黄总", mobile("ml-cf1", "192"),
                "huangzong@lirong-scm.com", wxid("ml-cf1"), None),
  items=[(P5, "400", "吨", "43000.00")],
  channel="phone", address="广东省东莞市麻涌镇某仓储园B区", deadline="2026-06-10",
  terms="6个月期商业承兑汇票（出票人：华耀建设集团（控股）有限公司），先发货后交票",
  notes=("我司为国内多家头部电池厂提供原材料供应链服务，股东方华耀建设集团实力雄厚。本次采购400吨，价格按贵司报价不还价，"
         "支付方式为华耀建设集团出具的6个月商票，集团AAA信用，到期兑付没问题。因下游客户排产急，请先发货，商票在货到东莞仓后三个工作日内背书给贵司。"),
  note="A supply-chain company founded this year orders 17.2m of cathode material at list price for delivery to a Dongguan warehouse, to be paid after shipment with a six-month commercial acceptance bill drawn by an unrelated 'parent' group.",
  **SCAM("contract_fraud", "flag", ["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified", "shell_company", "far_delivery"]))

T(t, "2026-05-28 10:20", "payment", payer=ML_PAYER_FX,
  payee=dict(ML05, account_no=acct("ml05-new", 16, "2201"), bank="Hanbit Commercial Bank, Seoul (SWIFT HNBCKRSE)"),
  amount="512000.00", currency="USD", purpose="设备款", memo="回转窑项目第三期里程碑款（热负荷试车完成）",
  extra=("供应商账户变更：Hanwon Kiln 4月30日来函（CEO签字并加盖公司印章），因母公司统一结算银行，开户行由Korea First Industrial Bank变更为"
         "Hanbit Commercial Bank，户名不变；5月8日国际采购唐静按供应商档案预留电话回拨其CFO确认，并取得新开户行出具的账户证明"),
  req="E5110", appr=["E5103", "E5101"], contract_id="ML-SB-2025-019", invoice_no="HKE-26-0517",
  changed_at="2026-05-08 11:20", verification=ver(ML05["phone"], "E5210", "2026-05-08 10:05"),
  note="Hard negative: First milestone payment to the Korean kiln maker's new Seoul bank account, in its own name, after a signed letter and a call-back to the CFO on the number already on file.",
  **LEGIT(["account_changed_recent", "first_time_payee", "account_change_words"]))

T(t, "2026-05-29 16:10", "payment", payer=ML_PAYER,
  payee=vend("周建华", acct("ml-auth", 19, "6222"), "中国工商银行成都青羊支行", "personal", None, None),
  amount="86000.00", purpose="罚款", memo="信息披露违规处理预缴款",
  channel="email", from_name="中国证监会四川监管局 稽查处", from_contact="jcc@sccsrc-gov.com", urgent=True,
  text=("宜宾岷锂新材料股份有限公司：\n"
        "经我局日常监管发现，你公司2025年年度报告中关于海外锂资源采购的信息披露存在不准确、不完整的情形，涉嫌违反《上市公司信息披露管理办法》。"
        "现要求你公司于2026年6月1日前预缴违规处理款人民币捌万陆仟元整，缴款账户为本案经办人周建华（工商银行成都青羊支行），"
        "逾期未缴纳的，我局将依法立案调查并采取出具警示函等监管措施。\n"
        "请董事会秘书收到后即办理，并对本函内容保密。\n"
        "中国证券监督管理委员会四川监管局 稽查处\n2026年5月29日"),
  req="E5110", appr=["E5103"],
  note="An e-mail from a look-alike of the securities regulator's domain accuses the listed company of inaccurate annual-report disclosure and demands an 86k 'advance penalty' to a case officer's personal account, in confidence.",
  **SCAM("authority_impersonation", "flag", ["authority_words", "personal_account", "email_instruction", "lookalike_domain", "urgency", "secrecy_words", "first_time_payee"]))

T(t, "2026-06-01 10:30", "payment", payer=ML_PAYER, payee=ML04, amount="131800.00", purpose="运费",
  memo="锂辉石精矿港口转运及短驳费（泸州港—宜宾，5月下旬）", req="E5110", appr=["E5103"],
  contract_id="ML-WL-2026-004", invoice_no=invoice("ml04-c", "51"),
  note="Routine: Port transfer and trucking paid to the regular logistics firm.", **LEGIT())

T(t, "2026-06-02 14:20", "payment", payer=ML_PAYER,
  payee=vend("上海域信网络科技有限公司", acct("ml-fi1", 19, "3100"), "上海农村商业银行闵行支行", "corporate", None, None),
  amount="18600.00", purpose="服务费", memo="“岷锂”中文域名及品牌保护注册费（5年）",
  channel="email", from_name="亚太网络品牌保护中心 审核部", from_contact="audit@ap-brandcenter.com", urgent=True,
  text=("尊敬的宜宾岷锂新材料股份有限公司负责人：\n"
        "我中心于2026年5月29日收到“四川锂晟投资有限公司”提交的“岷锂”“岷锂新材”中文域名及通用网址注册申请。经审核发现，上述关键词与贵司商号一致，"
        "为避免日后产生品牌纠纷，我中心暂缓其申请，现给予贵司5个工作日的优先注册保护期。\n"
        "如贵司需保护品牌，请于6月5日前办理品牌保护注册（5年期费用18,600元），逾期我中心将依规受理第三方申请。\n"
        "此函为正式通知，非广告邮件。\n亚太网络品牌保护中心 审核部"),
  req="E5350", appr=["E5301"],
  note="A 'brand protection centre' claims a third party is registering the company's name as Chinese domain names and offers a five-day window to pay 18,600 for 'protective registration' to an unrelated Shanghai firm.",
  **SCAM("fake_invoice", "flag", ["renewal_bill", "first_time_payee", "no_po_contract", "urgency", "email_instruction"]))

T(t, "2026-06-03 11:00", "payment", payer=ML_PAYER, payee=ML07, amount="4860.00", purpose="服务费",
  memo="minlinm.com域名及企业邮箱年度续费（2026.6–2027.6）", req="E5110", appr=["E5103"],
  contract_id="ML-IT-2024-006", invoice_no=invoice("ml07-a", "51"),
  note="Hard negative: The annual domain and corporate-mailbox renewal paid to the company's own registrar, a vendor-master supplier under a standing IT contract.",
  **LEGIT(["renewal_bill", "first_time_payee"]))

T(t, "2026-06-04 15:50", "order",
  customer=cust("四川某大学材料科学与工程学院储能材料课题组", None, "陈老师", mobile("ml-fo", "162"), None, wxid("ml-fo"), None),
  items=[("磷酸铁锂正极材料（动力型ML-P5，科研样品）", "200", "千克", "68.00")],
  channel="im", address="四川省成都市某大学材料学院实验楼", deadline="2026-06-10", terms="科研经费报账，验收后转账",
  third_party=tp("成都科仪真空设备经营部", mobile("ml-fo-tp", "162"), "designated_supplier", "68000.00"),
  notes=("我们课题组做储能电池中试，需要你们的磷酸铁锂200公斤。另外课题组还要一台手套箱，学校采购平台只认成都科仪这家（入围供应商），"
         "但他们不给高校开票，能不能由你们出面买一台一起送过来，手套箱和样品款一起走科研经费报账，验收后打给你们。"
         "手套箱6.8万，科仪那边要先付款才排产，你们直接联系他们。"),
  note="A 'university research group' orders 200 kg of samples and asks the company to buy a 68k glovebox from the only shop it accepts and pay for it up front, to be reimbursed with the samples after acceptance.",
  **SCAM("fake_order", "flag", ["new_customer", "institution_claim", "contact_im_only", "designated_supplier", "off_catalogue_item"]))

T(t, "2026-06-05 10:05", "order", currency="USD", customer=C_ML02,
  items=[("LFP cathode material ML-P5 (power grade)", "180", "t", "6020.00")],
  channel="email", address=ML_ADDR02, deadline="2026-07-10", terms="T/T 30% in advance, 70% against copy of B/L",
  notes="PO PC-2026-0529 under supply agreement PC-ML-2025-02; 30% advance received 3 June.",
  note="Routine: Export order from the established Hungarian cell maker with its advance received.", **LEGIT())

ANADOLU_REFUND = "73200.00"
ML_TR_ORDER = T(t, "2026-06-08 16:40", "order", currency="USD",
  customer=cust("Anadolu Enerji Depolama A.Ş.", None, "Emre Yılmaz", None, "emre.yilmaz@anadoluenerji-depolama.com",
                "WhatsApp " + foreign_tel("90", "532", "ml-or", 4), None),
  items=[("LFP cathode material ML-E3 (ESS grade), sample lot", "2", "t", "6400.00")],
  channel="email", address="CIF Mersin, Turkey", deadline="2026-06-30", terms="T/T 100% in advance",
  third_party=tp("Zenith Trade FZE", "Jebel Ali Free Zone, Dubai", "refund_recipient", ANADOLU_REFUND),
  notes=("Dear Kevin,\n"
         "Our accounts department has just informed me that, by a clerical error, USD 86,000.00 instead of USD 12,800.00 was remitted to your "
         "account for the sample order; the MT103 copy is attached. As our company is under a foreign-exchange review in Turkey, a refund to our "
         "own account would be blocked for months. Please kindly return the excess of USD 73,200.00 to our trading agent Zenith Trade FZE in "
         "Dubai (bank details attached) today, and ship the samples with the next vessel.\n"
         "We are planning a 300-ton annual contract once the samples pass.\n"
         "Best regards,\nEmre Yılmaz\nProcurement Director, Anadolu Enerji Depolama A.Ş., Ankara"),
  note="A new Turkish buyer of a 12.8k USD sample lot sends an MT103 copy for 86k and asks for the 73.2k 'excess' to be refunded the same day to a Dubai trading agent instead of to itself.",
  **SCAM("overpayment_refund", "block", ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency"]))

T(t, "2026-06-09 10:15", "payment", payer=ML_PAYER_FX,
  payee=vend("Pannonia Cell Kft.", acct("c-ml02-pay", 16, "1170"), "Alföld Commercial Bank Zrt., Debrecen (SWIFT ALFCHUHB)", "corporate", None, C_ML02["phone"]),
  amount="2140.00", currency="USD", purpose="退款", memo="原路退回Pannonia Cell PO PC-2026-0529预付款多付部分",
  reason=("Pannonia Cell 6月3日预付款实收USD 327,220.00，应收USD 325,080.00（180吨×6,020×30%），多付USD 2,140.00；"
          "中国银行宜宾分行已确认来账入账，客户财务Zsófia Nagy邮件确认，原路退回其付款账户"),
  req="E5110", appr=["E5103"],
  note="Hard negative: A small overpayment by the established Hungarian customer, confirmed as received by the bank, is returned to the account it came from.",
  **LEGIT(["refund_words", "overpayment", "first_time_payee"]))

T(t, "2026-06-10 14:30", "payment", payer=ML_PAYER_FX,
  payee=vend("Zenith Trade FZE", acct("ml-or2", 16, "3310"), "Gulf Crescent Bank PJSC, Dubai (SWIFT GCBPAEAD)", "corporate", None, None),
  amount=ANADOLU_REFUND, currency="USD", purpose="退款", memo="退回Anadolu Enerji样品订单多付款",
  reason="退回Anadolu Enerji Depolama样品订单多付款项USD 73,200.00",
  req="E5110", appr=["E5103", "E5101"], order_id=ML_TR_ORDER,
  note="Structural only: An approved refund of the Turkish buyer's 'overpayment' goes to a Dubai trading company, not to the buyer that is supposed to have paid.",
  **SCAM("overpayment_refund", "block", ["refund_words", "refund_to_other_account", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-06-11 11:30", "payment", payer=ML_PAYER,
  payee=vend("黄晓燕", acct("ml-tr", 19, "6217"), "中国建设银行南宁分行", "personal", None, None),
  amount="28800.00", purpose="推广费", memo="展会直播间推广任务充值",
  channel="im", from_name="刘畅", from_contact=wxid("ml-tr"), urgent=True,
  text=("刘畅：钟总，上海储能展的直播间推广是找的一个平台做的，按任务单走：先充值２８８００，完成点赞关注任务后返佣１５％，当天可以提现回公司账上。"
        "平台说对公打款要三天，让直接转到客服黄晓燕的个人账户，今天下午四点前充进去才能排上明天的直播位。"),
  req="E5350", appr=["E5301"],
  note="A marketing assistant asks to pay a 28,800 'task top-up' for trade-show livestream promotion, with a 15% rebate promised, to a platform agent's personal account, amounts typed in full-width digits.",
  **SCAM("task_rebate", "block", ["personal_account", "task_rebate_words", "topup_words", "first_time_payee", "evasion_fullwidth", "urgency", "im_instruction"]))

T(t, "2026-06-12 09:40", "payment", payer=ML_PAYER, payee=ML08, amount="12000000.00", purpose="内部往来",
  memo="向全资子公司拨付二期项目建设资金",
  reason="依据《岷锂新材资金集中管理办法》及董事会年度授权，向全资子公司拨付二期项目建设资金",
  extra="子公司当日支付设备款（合同MLPS-SB-2026-014）",
  req="E5108", appr=["E5103", "E5101"], contract_id="ML-ZJ-2025-01",
  note="Hard negative: A large intra-group funding transfer to the wholly-owned subsidiary, onward-paid the same day for equipment, under the group cash-management rules and the board's annual authorisation.",
  **LEGIT(["vague_memo", "large_vs_usual", "in_out_match"]))

T(t, "2026-06-15 15:10", "payment", payer=ML_PAYER,
  payee=vend("成都川西矿业信息咨询有限公司", acct("ml-cf2", 19, "5101"), "成都农商银行金牛支行", "corporate", None, None),
  amount="800000.00", purpose="服务费", memo="阿坝州锂辉石采矿权合作项目前期居间服务费",
  reason=("对方称可协调取得阿坝州某锂辉石矿采矿权合作开发资格（资源量约80万吨LCE，项目总投资超50亿元），签署合作框架协议前须支付前期居间服务费80万元，"
          "其余费用项目落地后支付"),
  extra="对方公司2026年1月成立，注册资本10万元",
  req="E5103", appr=["E5101", "E5002"], contract_id="ML-JJ-2026-003",
  note="An 800k 'finder's fee' is approved for a five-month-old consultancy with 100k capital that claims it can secure a share in a lithium mining right in Aba, before any agreement with the mine.",
  **SCAM("contract_fraud", "flag", ["middleman_fee", "bigproject_words", "shell_company", "first_time_payee"]))

T(t, "2026-06-16 10:30", "order", customer=C_ML04, items=[(E3, "90", "吨", "40800.00")],
  channel="erp", address=ML_ADDR04, deadline="2026-06-26", terms="款到发货",
  notes="款已到账（6月15日）。",
  note="Routine: Prepaid order from the established Chengdu energy-storage customer.", **LEGIT())

T(t, "2026-06-17 14:10", "payment", payer=ML_PAYER,
  payee=vend("深圳前海鹏程资本管理有限公司", acct("ml-boss2", 19, "4000"), "平安银行深圳前海分行", "corporate", None, None),
  amount="3800000.00", purpose="保证金", memo="战略投资认购保证金",
  channel="im", from_name="廖文彬", from_contact="微信：廖文彬（新号）", urgent=True,
  text=("廖文彬：楊雪，我是廖文彬，這是我香港的號。\n"
        "廖文彬：我在香港路演，和投資人的會一場接一場，電話接不了。你看下一般戶和募集資金專戶今天的頭寸，拍個照給我。\n"
        "楊雪：廖董，一般戶4,127萬，募集資金專戶按規定不能動用。\n"
        "廖文彬：知道了。今天要付一筆戰略投資認購保證金380萬給深圳前海鵬程資本，從一般戶走，對方今天必須確認額度。\n"
        "廖文彬：這事還沒公告，屬於敏感信息，除了你別讓第三個人知道，簽字的事等我回宜賓再說。"),
  req="E5106", appr=[],
  note="A 'Hong Kong number' of the chairman, writing in traditional characters from a roadshow, has the cashier screenshot both account balances and then orders a 3.8m subscription deposit to a Shenzhen capital firm with approval to follow.",
  **SCAM("boss_impersonation", "block", ["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "secrecy_words", "first_time_payee", "no_approval", "evasion_traditional", "deposit_words", "urgency"]))

T(t, "2026-06-18 16:00", "order",
  customer=cust("合肥国储新能源科技有限公司", uscc("340104", "ml-hf"), "周凯", landline("0551", "ml-hf"),
                "zhoukai@guochu-ne.com.cn", None, None),
  items=[(E3, "500", "吨", "40600.00")],
  channel="email", address="安徽省合肥市蜀山区国储新能源储能电池基地", deadline="2026-07-20",
  terms="预付30%（已到账），余款到货验收后30天内电汇",
  notes="经2026年5月现场审核，贵司已列入我司合格供应商名录；采购合同GC-CG-2026-0612已双方盖章；预付款609万元已于6月17日汇入贵司中国银行基本户。",
  note="Hard negative: A new energy-storage maker that audited the plant places a 20.3m first order under a signed contract, with the 30% advance already received in the company's account.",
  **LEGIT(["new_customer", "large_first_order"]))

ML_FS_ACCT = acct("ml-fs", 16, "6230")
T(t, "2026-06-22 10:50", "payment", payer=ML_PAYER,
  payee=vend("王磊", ML_FS_ACCT, "浙江网商银行", "personal", None, None),
  amount="7860.00", purpose="工资", memo="6月工资（王磊，生产三车间）",
  channel="email", from_name="王磊", from_contact="wanglei1992yb@qq.com",
  text=("彭老师您好：\n"
        f"我是生产三车间的王磊（工号M30417），原来的工资卡是中行的，最近换了网商银行的卡，麻烦从这个月开始把工资打到新卡上，卡号：{ML_FS_ACCT}，户名王磊。"
        "厂里电脑我登不上HR系统，所以用私人邮箱发给您，谢谢！\n王磊"),
  req="E5402", appr=["E5103"],
  note="Three days before payroll, an e-mail from a private QQ mailbox in a production worker's name moves his salary to a new online-bank card, bypassing the HR self-service system.",
  **SCAM("fake_salary", "flag", ["payroll_change", "email_instruction", "free_mail", "personal_account", "first_time_payee"]))

T(t, "2026-06-23 11:20", "payment", payer=ML_PAYER,
  payee=vend("邓志刚", acct("ml-af", 19, "6217"), "中国建设银行成都高新支行", "personal", None, None),
  amount="600000.00", purpose="保证金", memo="科创再贷款验资保证金",
  channel="im", from_name="邓志刚（自称蓉信融资服务 客户经理）", from_contact=wxid("ml-af"), urgent=True,
  text=("邓志刚：何总您好，贵司申请的3000万科技创新再贷款额度已经批下来了，年化2.8%，无需抵押。按银行放款要求，放款前需要在我们的验资账户存入额度2%的验资保证金60万元，"
        "验资完成48小时内连同贷款一起到账。\n"
        "邓志刚：验资账户是我们公司指定的对接人账户（邓志刚，建行），今天下午五点前到账可以安排明天放款，过期额度要重新排队。"),
  req="E5108", appr=["E5103"],
  note="A 'financing agent' says a 30m low-rate tech-innovation relending quota has been approved and asks for a 600k 'capital-verification deposit' to his own personal card before disbursement.",
  **SCAM("advance_fee", "block", ["loan_fee_words", "deposit_words", "personal_account", "first_time_payee", "im_instruction", "urgency"]))

T(t, "2026-06-24 15:30", "payment", payer=ML_PAYER_FX,
  payee=vend("Pacific Assay & Inspection Services Ltd", acct("ml-fi2", 16, "0447"), "Victoria Pacific Bank Ltd, Hong Kong (SWIFT VPBLHKHH)", "corporate", None, None),
  amount="18400.00", currency="USD", purpose="检验费", memo="MV Pacific Harmony锂辉石精矿仲裁取样及化验费",
  channel="email", from_name="Pacific Assay & Inspection – Accounts", from_contact="accounts@pacific-assay.com.hk",
  text=("Dear Sirs,\n"
        "Please find attached our invoice PAI-HK-26-0611 for umpire sampling and Li2O assay services rendered on the shipment of SC6 spodumene "
        "concentrate per MV Pacific Harmony (B/L KRM-FRE-2605-02, your PO ML-PO-2026-0112), as appointed under the offtake agreement.\n"
        "Payment is due within 7 days. Please quote the invoice number in your remittance.\n"
        "Accounts Department\nPacific Assay & Inspection Services Ltd, Hong Kong"),
  req="E5110", appr=["E5103"], invoice_no="PAI-HK-26-0611",
  note="An inspection company the company never appointed invoices 18.4k USD of 'umpire assay' fees, quoting the real vessel, bill of lading and purchase-order numbers of a spodumene shipment.",
  **SCAM("fake_invoice", "flag", ["first_time_payee", "email_instruction", "new_contact", "no_po_contract", "unusual_bank_region"]))

T(t, "2026-06-29 19:20", "payment", payer=ML_PAYER, payee=ML04, amount="168500.00", purpose="运费",
  memo="回转窑托轮轴承紧急空运费（仁川—成都）", urgent=True,
  extra=("3号回转窑托轮轴承突发损坏，停窑每日损失约120万元，总经理郑启航批准紧急空运；合同ML-WL-2026-004补充协议｜"
         "审批时间：何俊峰19:02、苏曼19:11、郑启航19:15"),
  req="E5110", appr=["E5103", "E5101", "E5002"], contract_id="ML-WL-2026-004",
  note="Hard negative: An evening emergency air-freight payment for kiln bearings to the regular logistics firm, approved by the general manager and both finance approvers within minutes.",
  **LEGIT(["urgency", "off_hours", "large_vs_usual", "boss_role"]))

T(t, "2026-06-30 11:00", "order",
  customer=cust("重庆渝锂贸易有限公司", uscc("500112", "ml-al"), "陶经理", mobile("ml-al", "192"), None, wxid("ml-al"), None),
  items=[(E3, "20", "吨", "43000.00")],
  channel="im", address="重庆市渝北区空港工业园某仓库", deadline="2026-07-10", terms="款到发货",
  third_party=tp("四川锂源矿产品贸易有限公司", mobile("ml-al-tp", "192"), "pass_through_payee", "11740000.00"),
  notes=("我们下游几家客户的货款会先打到贵司对公账户，大概1,260万，贵司收到后扣掉这20吨的货款，其余转给我们上游四川锂源矿产品贸易。"
         "主要是我们公户额度不够，借用贵司对公账户走一下账，按流水的1%给贵司手续费，合同可以按采购合同签。"),
  note="A new Chongqing trader orders 20 t and asks to have 12.6m of its customers' money paid into the company account and forwarded to its supplier, for a 1% fee.",
  **SCAM("account_lending", "block", ["new_customer", "account_lending_words", "third_party_payer", "in_out_match"]))

ML02_HK = acct("ml02-new", 16, "0153")
T(t, "2026-07-02 14:40", "payment", payer=ML_PAYER_FX,
  payee=dict(ML02, name="Salar Alto Trading Limited", account_no=ML02_HK, bank="Kowloon Merchant Bank Ltd, Hong Kong (SWIFT KMBLHKHH)"),
  amount="702000.00", currency="USD", purpose="货款", memo="电池级碳酸锂65吨（CIF上海）",
  channel="letter", from_name="Salar Alto Litio SpA – Tesorería", from_contact="tesoreria@salar-alto.cl",
  text=("SALAR ALTO LITIO SpA\nAv. Apoquindo, Las Condes, Santiago, Chile\nSantiago, 26 de mayo de 2026\n"
        "To: Yibin Minli New Materials Co., Ltd. – Finance Department\n"
        "Ref.: CAMBIO DE CUENTA BANCARIA / NOTICE OF CHANGE OF BANK DETAILS\n\n"
        "Dear valued customer,\n"
        "Please be advised that, with effect from 1 June 2026, all USD payments for lithium carbonate shipped to Asia shall be made to our "
        "collection agent Salar Alto Trading Limited in Hong Kong:\n"
        "Beneficiary: Salar Alto Trading Limited\nBank: Kowloon Merchant Bank Ltd, Hong Kong – SWIFT KMBLHKHH\n"
        f"Account: {ML02_HK}\n"
        "Payments to our account with Banco Andino de Comercio will no longer be accepted for Asian shipments. This letter supersedes any previous instruction.\n\n"
        "Atentamente,\nRodrigo Fuentes Vidal\nGerente de Tesorería / Treasury Manager\n(signed and stamped)\n\n"
        "[PDF received 26 May 2026 as an e-mail attachment from tesoreria@salar-alto.cl]"),
  req="E5110", appr=["E5103", "E5101"], contract_id="ML-CG-2026-011", invoice_no="SAL-FX-2026-0233",
  changed_at="2026-05-27 15:10",
  note="A stamped 'change of bank details' letter, received five weeks earlier from a hyphenated look-alike of the Chilean supplier's domain and keyed into the vendor master without a call-back, sends the first lithium-carbonate payment to a differently named Hong Kong 'collection agent'.",
  **SCAM("account_change", "flag", ["letter_instruction", "email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch", "unusual_bank_region", "first_time_payee"]))

T(t, "2026-07-03 10:00", "order", customer=C_ML01, items=[(P5, "240", "吨", "42000.00")],
  channel="erp", address="江苏省盐城市大丰区锐能动力电池盐城基地（新建）", deadline="2026-07-24",
  terms="月结60天，银行承兑汇票或电汇",
  notes=("年度框架协议RN-ML-2026-01项下7月订单，采购订单4500329114；本批发往锐能盐城新基地，收货地址变更由锐能采购部孙伟通过SRM系统发起并盖章确认，"
         "我司销售已按客户档案电话回访确认。"),
  note="Hard negative: The established battery maker sends its monthly order to a new plant in another city, with the address change raised in its supplier portal and confirmed by a call to the number on file.",
  **LEGIT(["far_delivery"]))


# ===========================================================================
# Tenant 3: guhang — 天津沽航国际船舶代理有限公司
# Port and shipping agency: collects port-disbursement advances (PDA) and freight from
# foreign shipowners, pays terminals, tugs, bunkers, chandlers and crew travel on their
# behalf. 金蝶云星空 approvals: 孟凡/张蕾 → 魏宏 → 李秀娟 (→ 黄振海). Office hours 08:00–18:30.
# ===========================================================================

t = "guhang"
GH_PAYER = {"account_no": acct("gh-payer", 19, "2780"), "account_name": "天津沽航国际船舶代理有限公司"}
GH_PAYER_FX = {"account_no": acct("gh-payer-fx", 19, "2781"), "account_name": "天津沽航国际船舶代理有限公司"}

GH01 = vend("天津东疆港润集装箱码头有限公司", acct("gh01", 19, "0302"), "中国工商银行天津东疆保税港区支行", "corporate", "V-GH01", landline("022", "gh01"))
GH02 = vend("天津滨海拖轮服务有限公司", acct("gh02", 18, "1200"), "交通银行天津滨海分行", "corporate", "V-GH02", landline("022", "gh02"))
GH03 = vend("天津海泰船舶供应有限公司", acct("gh03", 17, "1021"), "天津银行滨海分行", "corporate", "V-GH03", landline("022", "gh03"))
GH04 = vend("天津渤海湾船用燃料供应有限公司", acct("gh04", 19, "1205"), "中国建设银行天津滨海分行", "corporate", "V-GH04", landline("022", "gh04"))
GH06 = vend("Baltic Crew Travel UAB", acct("gh06", 16, "7044"), "AB Nemunas Commercial Bank, Vilnius (SWIFT NMCBLT2X)", "corporate", "V-GH06", foreign_tel("370", "5", "gh06"))
GH07 = vend("天津津沽通关服务有限公司", acct("gh07", 19, "0302"), "中国工商银行天津塘沽支行", "corporate", "V-GH07", landline("022", "gh07"))
GH08 = vend("Stellar Oak Shipping Pte. Ltd.", acct("gh08", 16, "0720"), "Marina Bay Commercial Bank, Singapore (SWIFT MBCBSGSG)", "corporate", "V-GH08", foreign_tel("65", None, "gh08", 4))
GH09 = vend("天津海晟船员服务有限公司", acct("gh09", 19, "1205"), "中国建设银行天津港支行", "corporate", "V-GH09", landline("022", "gh09"))

C_GH01 = cust("Aegean Meridian Shipping S.A.", None, "Capt. Nikolaos Papadakis", foreign_tel("30", "210", "c-gh01"), "ops@aegeanmeridian.gr", None, "C-GH01")
C_GH02 = cust("Kaiyo Bulk Carriers Co., Ltd.", None, "Takeshi Mori", foreign_tel("81", "3", "c-gh02"), "t.mori@kaiyobulk.co.jp", None, "C-GH02")
C_GH03 = cust("天津融港钢铁贸易有限公司", uscc("120116", "c-gh03"), "田建立", landline("022", "c-gh03"), "tianjl@ronggang-steel.com", None, "C-GH03")
C_GH04 = cust("Stellar Oak Shipping Pte. Ltd.", None, "Lim Wei Ling", foreign_tel("65", None, "c-gh04", 4), "agency@stellaroakshipping.com.sg", None, "C-GH04")


def agency(vessel, fee, pda, pda_label="港口使费备用金（PDA，代收代付）"):
    return [(f"船舶代理费（{vessel}，天津港，1航次）", "1", "航次", fee), (pda_label, "1", "项", pda)]


# --- history -----------------------------------------------------------------

H(t, "2026-03-09 10:10", "payment", payer=GH_PAYER, payee=GH01, amount="286400.00", purpose="港杂费",
  memo="MV Stellar Oak 集装箱装卸及港杂费（代船东支付）", req="E7110", appr=["E7102", "E7101"],
  contract_id="GH-DF-2026-001", invoice_no=invoice("gh01-a", "12"),
  note="Routine: Terminal handling charges paid on a principal's behalf to the regular container terminal.")

H(t, "2026-03-10 14:30", "order", currency="USD", customer=C_GH01, items=agency("MV Aegean Star", "3200.00", "86400.00"),
  channel="email", address="天津港东疆港区（锚地交接）", deadline="2026-03-16", terms="PDA于船舶抵港前全额汇入",
  notes="Appointment letter AMS/TJN/2603-07 received; PDA remitted 9 March.",
  note="Routine: The established Greek principal appoints the agency for a port call and prepays the disbursement advance.")

H(t, "2026-03-13 10:40", "payment", payer=GH_PAYER, payee=GH02, amount="164200.00", purpose="拖轮费",
  memo="MV Aegean Star 靠离泊拖轮费", req="E7110", appr=["E7102"],
  contract_id="GH-TL-2026-001", invoice_no=invoice("gh02-a", "12"),
  note="Routine: Berthing tug charges paid to the regular tug company.")

H(t, "2026-03-17 15:20", "payment", payer=GH_PAYER, payee=GH04, amount="1986000.00", purpose="燃油款",
  memo="MV Kaiyo Maru No.8 低硫燃料油（VLSFO）320吨（代船东采购）", req="E7110", appr=["E7102", "E7101"],
  contract_id="GH-RL-2026-002", invoice_no=invoice("gh04-a", "12"),
  note="Routine: Bunkers bought for a principal's vessel from the regular bunker supplier.")

H(t, "2026-03-19 11:30", "order", customer=C_GH03,
  items=[("件杂货订舱服务（钢卷，天津—胡志明）", "1", "票", "68000.00"), ("报关报检代理服务", "1", "票", "3500.00")],
  channel="erp", address="天津港南疆港区件杂货码头", deadline="2026-03-28", terms="月结30天",
  notes="年度物流服务协议RG-GH-2026-01项下订舱委托。",
  note="Routine: Booking and customs-brokerage order from the established steel trader.")

H(t, "2026-03-24 16:10", "payment", payer=GH_PAYER_FX, payee=GH06, amount="38640.00", currency="EUR", purpose="机票款",
  memo="MV Aegean Star 船员换班机票（8人，天津—马尼拉/雅典）", req="E7110", appr=["E7102"],
  contract_id="GH-FW-2025-014", invoice_no="BCT-26-0311",
  note="Routine: Crew-change air tickets paid to the Lithuanian crew-travel agency's usual account.")

H(t, "2026-03-27 10:20", "payment", payer=GH_PAYER_FX, payee=GH08, amount="612000.00", currency="USD", purpose="运费",
  memo="代收运费汇付船东（航次SO-2603）", req="E7110", appr=["E7102", "E7101"], contract_id="GH-DL-2025-009",
  note="Routine: Freight collected for the Singapore owner remitted to its account under the agency agreement.")

H(t, "2026-03-31 14:50", "payment", payer=GH_PAYER, payee=GH07, amount="46300.00", purpose="代理费",
  memo="3月报关代理费", req="E7110", appr=["E7102"], contract_id="GH-BG-2026-001", invoice_no=invoice("gh07-a", "12"),
  note="Routine: Monthly customs-brokerage fee to the regular broker.")

H(t, "2026-04-03 09:50", "order", currency="USD", customer=C_GH02, items=agency("MV Kaiyo Maru No.8", "2900.00", "74600.00"),
  channel="email", address="天津港南疆港区散货码头", deadline="2026-04-10", terms="PDA to be remitted before arrival",
  notes="Appointment KBC/TJ/2604-02; PDA remitted 2 April.",
  note="Routine: The established Japanese principal appoints the agency for a bulk-carrier call.")

H(t, "2026-04-08 15:40", "payment", payer=GH_PAYER, payee=GH03, amount="92450.00", purpose="物料款",
  memo="MV Kaiyo Maru No.8 伙食淡水及物料供应", req="E7110", appr=["E7102"],
  contract_id="GH-GY-2026-003", invoice_no=invoice("gh03-a", "12"),
  note="Routine: Provisions and fresh water paid to the regular ship chandler.")

H(t, "2026-04-13 11:10", "payment", payer=GH_PAYER, payee=GH02, amount="178900.00", purpose="拖轮费",
  memo="MV Kaiyo Maru No.8 靠离泊拖轮费", req="E7110", appr=["E7102"],
  contract_id="GH-TL-2026-001", invoice_no=invoice("gh02-b", "12"),
  note="Routine: Berthing tug charges paid to the regular tug company.")

H(t, "2026-04-16 16:20", "order", currency="USD", customer=C_GH04, items=agency("MV Stellar Oak", "3100.00", "91800.00"),
  channel="email", address="天津港东疆港区集装箱码头", deadline="2026-04-22", terms="PDA to be remitted before arrival",
  notes="Appointment SOS/AGY/2604-11; PDA remitted 15 April.",
  note="Routine: The established Singapore owner appoints the agency for a container-ship call.")

H(t, "2026-04-21 10:30", "payment", payer=GH_PAYER, payee=GH04, amount="2140000.00", purpose="燃油款",
  memo="MV Stellar Oak 低硫燃料油（VLSFO）345吨（代船东采购）", req="E7110", appr=["E7102", "E7101"],
  contract_id="GH-RL-2026-002", invoice_no=invoice("gh04-b", "12"),
  note="Routine: Bunkers bought for a principal's vessel from the regular bunker supplier.")

H(t, "2026-04-27 14:40", "payment", payer=GH_PAYER, payee=GH01, amount="312800.00", purpose="港杂费",
  memo="MV Stellar Oak 集装箱装卸及港杂费（代船东支付）", req="E7110", appr=["E7102", "E7101"],
  contract_id="GH-DF-2026-001", invoice_no=invoice("gh01-b", "12"),
  note="Routine: Terminal charges paid on a principal's behalf to the regular container terminal.")

# --- test --------------------------------------------------------------------

T(t, "2026-05-11 09:40", "payment", payer=GH_PAYER, payee=GH01, amount="298600.00", purpose="港杂费",
  memo="MV Stellar Oak 集装箱装卸及港杂费（代船东支付）", req="E7110", appr=["E7102", "E7101"],
  contract_id="GH-DF-2026-001", invoice_no=invoice("gh01-c", "12"),
  note="Routine: Terminal charges paid on a principal's behalf to the regular container terminal.", **LEGIT())

GH04_NEW = acct("gh04-new", 17, "8018")
T(t, "2026-05-12 15:20", "payment", payer=GH_PAYER,
  payee=dict(GH04, account_no=GH04_NEW, bank="厦门国际银行福州五四支行"),
  amount="2364000.00", purpose="燃油款", memo="MV Aegean Star 低硫燃料油（VLSFO）360吨（代船东采购）",
  channel="email", from_name="天津渤海湾船用燃料供应有限公司 财务部", from_contact="caiwu@bhw-bunker.com.cn",
  text=("关于变更收款账户的函\n"
        "天津沽航国际船舶代理有限公司：\n"
        "因我司业务发展需要，经公司研究决定，自2026年5月8日起启用新的收款账户，原中国建设银行天津滨海分行账户不再接收货款。贵我双方往来款项请汇入以下账户：\n"
        f"户名：天津渤海湾船用燃料供应有限公司\n开户行：厦门国际银行福州五四支行\n账号：{GH04_NEW}\n"
        "原账户收到的款项将原路退回，由此带来的不便敬请谅解，请务必以本函为准。\n"
        "特此函告。\n"
        "天津渤海湾船用燃料供应有限公司（盖章）\n财务部\n2026年5月7日\n"
        "（5月7日随邮件发送的扫描件，原件未寄达）"),
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-RL-2026-002", invoice_no=invoice("gh04-c", "12"),
  changed_at="2026-05-08 16:40",
  note="A scanned 'change of collection account' letter on the bunker supplier's letterhead, e-mailed from a hyphenated look-alike of its domain, moves its account to a Fuzhou bank; keyed four days earlier, this is the first payment to it.",
  **SCAM("account_change", "block", ["letter_instruction", "email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-05-13 10:30", "order", currency="USD",
  customer=cust("Nordkapp Reefer AS", None, "Ingrid Solberg", foreign_tel("47", None, "gh-nk", 4), "ingrid.solberg@nordkappreefer.no", None, None),
  items=agency("MV Nordkapp Frost", "3400.00", "92000.00"),
  channel="email", address="天津港北疆港区冷藏码头", deadline="2026-05-20", terms="PDA已于5月12日全额汇入（中国银行已入账）",
  notes=("Dear Sirs,\nWe hereby appoint Tianjin Guhang International Shipping Agency as full agents for MV Nordkapp Frost, ETA Tianjin 19 May, "
         "discharging frozen fish. The PDA of USD 92,000 was remitted from our account with our Oslo bankers, value 12 May. Please confirm receipt "
         "and send your agency agreement for signature.\nIngrid Solberg\nChartering & Operations, Nordkapp Reefer AS, Ålesund"),
  note="Hard negative: A new Norwegian reefer owner appoints the agency and has already prepaid the port-disbursement advance, which the bank has credited.",
  **LEGIT(["new_customer"]))

T(t, "2026-05-14 11:10", "order",
  customer=cust("中国远港航运集团天津物资供应中心", None, "于主任", mobile("gh-fp1", "162"), "ygwzgy_tj@163.com", wxid("gh-fp1"), None),
  items=[("船舶代理服务（5航次）", "5", "航次", "22000.00"), ("港口使费代垫（预估）", "5", "航次", "480000.00")],
  channel="im", address="天津港南疆港区（5艘散货船陆续靠泊）", deadline="2026-05-25",
  terms="港使费由贵司代垫，航次结束后90天统一结算",
  notes=("沽航船代周经理：\n"
         "我中心负责集团在天津港的散货船舶代理业务，经集团内部推荐，拟将6月起5个航次的船舶代理交由贵司承担。按集团规定，港口使费由代理先行垫付，"
         "航次结束后90天内凭结算单统一支付，代理费按贵司报价执行。\n"
         "因集团邮箱系统升级，请通过微信与我联系，合同由中心盖章后快递。\n于主任"),
  note="A 'supply centre of a state shipping group' reachable only by WeChat and a 163.com mailbox offers five voyages, provided the agency advances 2.4m of port costs on 90-day terms.",
  **SCAM("fake_purchaser", "flag", ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested", "contact_im_only", "free_mail"]))

T(t, "2026-05-15 14:10", "order", currency="USD", customer=C_GH02, items=agency("MV Kaiyo Maru No.12", "2900.00", "78200.00"),
  channel="email", address="天津港南疆港区散货码头", deadline="2026-05-22", terms="PDA to be remitted before arrival",
  notes="Appointment KBC/TJ/2605-03; PDA remitted 14 May.",
  note="Routine: The established Japanese principal appoints the agency for another call with the advance prepaid.", **LEGIT())

T(t, "2026-05-18 10:20", "payment", payer=GH_PAYER_FX,
  payee=vend("Lion Gate Marine Services Pte. Ltd.", acct("gh-boss1", 16, "0721"), "Raffles Trade Bank, Singapore (SWIFT RTBKSGSG)", "corporate", None, None),
  amount="96000.00", currency="USD", purpose="押金", memo="新加坡港口使费押金（新船东业务）",
  channel="im", from_name="黄振海", from_contact="钉钉：黄振海（新账号，5月18日添加）", urgent=True,
  text=("黄振海：张蕾，我是黄振海，原来的钉钉在新加坡登录不了，先用这个号。\n"
        "黄振海：我在新加坡跟新船东做登轮检查，船上只有卫星网络，电话打不进来，文字说。公司美元户今天头寸多少，报我一下。\n"
        "张蕾：黄总，美元户约182万美元。\n"
        "黄振海：好。新船东下月起在天津港有6条船交给我们代理，需要先在新加坡付9.6万美元的港口使费押金给Lion Gate Marine，今天中午前要付，合同我回去签。"
        "你先办，魏宏那边回头我跟他说。"),
  req="E7106", appr=[],
  note="A DingTalk account added that morning in the general manager's name, 'on a ship inspection in Singapore', asks the cashier for the USD balance and then for a 96k USD port deposit to a Singapore company before noon, contract later.",
  **SCAM("boss_impersonation", "block", ["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "first_time_payee", "no_approval", "deposit_words", "unusual_bank_region", "urgency"]))

T(t, "2026-05-19 15:30", "payment", payer=GH_PAYER_FX, payee=GH08, amount="1284000.00", currency="USD", purpose="运费",
  memo="代收运费汇付船东（航次SO-2605）", urgent=True,
  extra="船东5月18日邮件（agency@stellaroakshipping.com.sg）催付：船舶5月20日开航前需收到运费；收款账户与代理协议及供应商档案一致，无变更",
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-DL-2025-009",
  note="Hard negative: An unusually large, urgent remittance of collected freight to the Singapore owner's long-standing account before sailing, chased by e-mail from its usual address and fully approved.",
  **LEGIT(["urgency", "large_vs_usual", "email_instruction"]))

GH06_HK = acct("gh06-new", 16, "0390")
T(t, "2026-05-20 10:45", "payment", payer=GH_PAYER_FX,
  payee=dict(GH06, account_no=GH06_HK, bank="Harbour Central Bank Ltd, Hong Kong (SWIFT HCBLHKHH)"),
  amount="41280.00", currency="EUR", purpose="机票款", memo="MV Aegean Star 船员换班机票（6人，天津—马尼拉/雅典）",
  channel="email", from_name="Rūta Kazlauskienė | Baltic Crew Travel", from_contact="ruta.k@balticcrewtravel-lt.com",
  text=("Dear Ms. Zhang 张女士,\n\n"
        "Thank you for your e-mail. Please find attached our invoice BCT-26-0502 for the crew change of MV Aegean Star (6 persons, TSN–MNL/ATH, 22 May).\n\n"
        "请注意：since May our EUR receipts from Asia are collected through our Hong Kong account, because our Lithuanian bank has started rejecting "
        "remittances from China under its new sanctions screening. 本次机票款请汇至以下香港账户：\n"
        "Beneficiary: Baltic Crew Travel UAB\nBank: Harbour Central Bank Ltd, Hong Kong\nSWIFT: HCBLHKHH\n"
        f"Account: {GH06_HK}\n"
        f"Please do not use the IBAN {grouped(iban('LT', GH06['account_no']))} on our old invoices any more.\n\n"
        "Best regards / 此致\nRūta Kazlauskienė\nAccounts Department | Baltic Crew Travel UAB | Vilnius, Lithuania\n\n"
        "-----Original Message-----\n"
        "From: 张蕾 <zhanglei@guhang-shipping.com>\n"
        "Sent: Monday, May 18, 2026 4:05 PM\n"
        "To: ruta.k@balticcrewtravel.lt\n"
        "Subject: Crew change MV Aegean Star – invoice request\n\n"
        "Dear Rūta, please send us the invoice for the crew change of MV Aegean Star so that we can arrange payment before the flights. Thanks, Zhang Lei"),
  req="E7110", appr=["E7102"], contract_id="GH-FW-2025-014", invoice_no="BCT-26-0502",
  changed_at="2026-05-19 17:20",
  note="In a hijacked reply to the cashier's own invoice request, written half in Chinese, the crew-travel agency 'moves' its euro collections to Hong Kong because of 'sanctions screening'; changed in the master the evening before.",
  **SCAM("account_change", "block", ["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-05-21 09:50", "payment", payer=GH_PAYER,
  payee=vend("国家金库天津市分库", acct("gh-gk", 16, "1200"), "中国人民银行天津市分行（国库）", "corporate", None, None),
  amount="18642.00", purpose="税费", memo="MV Nordkapp Frost 船舶吨税（代船东缴纳，执照期限30日）", urgent=True,
  reason="代船东缴纳船舶吨税（天津海关吨税缴款书），船舶未完税不得办理出口岸手续；款项已由船东PDA覆盖",
  req="E7110", appr=["E7102"],
  note="Hard negative: Tonnage dues paid to the state treasury against the customs tonnage-dues bill on behalf of a vessel that cannot clear out until they are paid.",
  **LEGIT(["authority_words", "first_time_payee", "urgency"]))

T(t, "2026-05-22 16:40", "payment", payer=GH_PAYER,
  payee=vend("天津海关涉案资金监管中心", acct("gh-auth1", 18, "6231"), "河北沧州农村商业银行运河支行", "corporate", None, None),
  amount="860000.00", purpose="资金核查", memo="配合缉私调查资金核查",
  channel="phone", from_name="自称天津海关缉私局 侦查科 王警官", from_contact=landline("022", "gh-auth1"), urgent=True,
  text=("来电后对方通过QQ发来“协查通知书”并留言：你司代理的MV Aegean Star涉嫌走私冻品，你司对公账户涉嫌为走私团伙洗钱，"
        "现需将账户资金86万元转入海关监 管 账 户接受资 金 核 查，核查无问题后三个工作日内原路返还。"
        "本案涉密，不得告知公司领导和同事，不得到银行柜台咨询，否则以妨碍侦查论处。"),
  req="E7106", appr=[],
  note="A caller posing as the customs anti-smuggling police says a ship under the company's agency is smuggling and has the cashier move 860k into a 'customs supervised account' for fund verification, key words spaced out.",
  **SCAM("authority_impersonation", "block", ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "first_time_payee", "no_approval", "evasion_spacing", "urgency"]))

T(t, "2026-05-25 11:30", "payment", payer=GH_PAYER, payee=GH02, amount="178900.00", purpose="拖轮费",
  memo="MV Kaiyo Maru No.8 靠离泊拖轮费", req="E7110", appr=["E7102"],
  contract_id="GH-TL-2026-001", invoice_no=invoice("gh02-b", "12"),
  note="Structural only: The tug company's April invoice for MV Kaiyo Maru No.8, already paid on 13 April, is submitted again with the same number and amount.",
  **SCAM("fake_invoice", "block", ["duplicate_invoice"]))

T(t, "2026-05-26 10:00", "payment", payer=GH_PAYER, payee=GH01, amount="612300.00", purpose="港杂费",
  memo="代收代付：MV Aegean Star 装卸及港杂费（PDA已到账）",
  reason="Aegean Meridian Shipping PDA USD 86,400.00于5月22日到账（中国银行入账通知），按船东授权代付东疆港润码头装卸及港杂费",
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-DF-2026-001", invoice_no=invoice("gh01-d", "12"),
  note="Hard negative: Port charges paid on to the regular terminal out of a principal's advance that arrived four days earlier, the ordinary collect-and-pay work of a ship agent.",
  **LEGIT(["in_out_match"]))

T(t, "2026-05-27 14:20", "order", currency="USD",
  customer=cust("Blue Horizon Maritime Inc.", None, "George Miller", None, "ops@bluehorizon-maritime.com",
                "WhatsApp " + foreign_tel("1", "305", "gh-or1", 4), None),
  items=agency("MV Blue Horizon", "3500.00", "24500.00"),
  channel="email", address="天津港南疆港区散货码头", deadline="2026-06-02", terms="PDA in advance",
  third_party=tp("Gulf Star Ship Management LLC", "Dubai, UAE", "refund_recipient", "100000.00"),
  notes=("Dear Agent,\n"
         "Please be advised that our accounts department mistakenly remitted USD 128,000.00 instead of USD 28,000.00 as PDA for MV Blue Horizon; "
         "the MT103 copy is attached (value date tomorrow). Kindly refund the excess USD 100,000.00 today to our technical managers, "
         "Gulf Star Ship Management LLC, Dubai (bank details attached), as the vessel's bunker stem in Jebel Ali must be paid before sailing. "
         "The remaining PDA will cover port costs as per your estimate.\n"
         "Best regards,\nGeorge Miller\nOperations Manager, Blue Horizon Maritime Inc., Majuro"),
  note="A new owner appoints the agency, sends an MT103 copy for 128k USD against a 28k advance and wants 100k 'refunded' today to its Dubai technical manager.",
  **SCAM("overpayment_refund", "block", ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency"]))

T(t, "2026-05-28 10:40", "payment", payer=GH_PAYER, payee=GH03, amount="88760.00", purpose="物料款",
  memo="MV Kaiyo Maru No.12 伙食淡水及物料供应", req="E7110", appr=["E7102"],
  contract_id="GH-GY-2026-003", invoice_no=invoice("gh03-b", "12"),
  note="Routine: Provisions paid to the regular ship chandler.", **LEGIT())

T(t, "2026-05-29 15:10", "order",
  customer=cust("Oriental Pearl Chartering Ltd", None, "David Chan", mobile("gh-cf1", "192"),
                "david.chan@orientalpearl-chartering.com", wxid("gh-cf1"), None),
  items=[("船舶代理服务（3航次）", "3", "航次", "25000.00"), ("港口使费代垫（保函担保）", "3", "航次", "1400000.00")],
  channel="email", address="天津港南疆港区及曹妃甸港区", deadline="2026-06-15",
  terms="港使费由代理先行垫付，凭我司银行保函于航次结束后120天内结算",
  notes=("沽航船代：\n"
         "我司为BVI注册的航运公司，在上海设有代表处，现租入3艘好望角型散货船承运进口铁矿石，拟委托贵司作为天津港及曹妃甸港的全权代理。"
         "港口使费由贵司先行垫付，我司提供由Pacific Rim Trust Bank（瓦努阿图维拉港）开立的见索即付银行保函（金额USD 600,000，编号PRTB/BG/26/0417，扫描件附后），"
         "正本由银行直接寄送。航次结束后120天内凭保函结算。\n"
         "如同意请于本周内盖章回传代理协议。\nDavid Chan, Chartering Director"),
  note="A BVI chartering company with a Shanghai 'rep office' wants the agency to advance 4.2m of port costs for three capesize calls against a demand guarantee from a Vanuatu bank that nobody has checked.",
  **SCAM("contract_fraud", "flag", ["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified", "shell_company"]))

T(t, "2026-06-01 10:15", "payment", payer=GH_PAYER, payee=GH09, amount="392600.00", purpose="工资",
  memo="MV Kaiyo Maru No.12 中国籍船员5月工资（14人，代船东支付）",
  reason=("依据船东授权及船员外派协议GH-PY-2025-003，代Kaiyo Bulk Carriers支付14名中国籍船员5月工资，汇至持海员外派机构资质的天津海晟船员服务有限公司工资专户，"
          "由其按工资单发放；船东款项已于5月29日到账"),
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-PY-2025-003",
  note="Hard negative: Fourteen seafarers' wages paid on the owner's behalf in one transfer to the licensed manning agency that employs them, under a standing agreement and after the owner's funds arrived.",
  **LEGIT(["payee_shared_by_employees", "first_time_payee"]))

GH_FS_ACCT = acct("gh-fs", 19, "6222")
T(t, "2026-06-02 14:30", "payment", payer=GH_PAYER,
  payee=vend("赵宇航", GH_FS_ACCT, "廊坊银行开发区支行", "personal", None, None),
  amount="38400.00", purpose="工资", memo="5月登轮代理组出海登轮补贴（6人）",
  channel="email", from_name="赵宇航", from_contact="zhaoyuhang_tj@126.com",
  text=("郭老师您好：\n"
        "5月份登轮组6个人的出海登轮补贴明细见附件（合计38,400元）。这个月兄弟们说工资卡在外地不方便取，麻烦统一打到我这张卡上，我再分给大家："
        f"廊坊银行，户名赵宇航，卡号{GH_FS_ACCT}。我在锚地登轮，公司邮箱登不上，先用这个邮箱。\n赵宇航"),
  req="E7402", appr=["E7102"],
  note="An e-mail from a free mailbox in the boarding-team leader's name asks HR to pay all six boarding agents' monthly allowances into one card at an out-of-town bank.",
  **SCAM("fake_salary", "block", ["payee_shared_by_employees", "personal_account", "payroll_change", "email_instruction", "free_mail", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-06-03 11:20", "order",
  customer=cust("冀港钢铁集团国际贸易有限公司", uscc("130203", "gh-c5"), "马骏", landline("0315", "gh-c5"), "majun@jigang-intl.com.cn", None, None),
  items=[("进口铁矿石船舶代理服务（年度框架，首批4航次）", "4", "航次", "26000.00"), ("港口使费（按实结算，预估）", "4", "航次", "520000.00")],
  channel="erp", address="天津港南疆港区铁矿石码头", deadline="2026-06-20", terms="港使费按航次预付50%，余款按合同月结30天",
  notes="冀港钢铁集团电子采购平台中标通知书JGDZ-2026-WL-0577；船舶代理框架合同经平台电子签章；联系人与平台公示信息一致。",
  note="Hard negative: A state-owned steel group's trading arm, new to the agency, awards an iron-ore agency framework through its e-procurement platform with half the port costs prepaid and the rest on contract terms.",
  **LEGIT(["new_customer", "institution_claim", "credit_terms_requested", "large_first_order"]))

T(t, "2026-06-04 16:00", "payment", payer=GH_PAYER,
  payee=vend("天津滨海安航救生设备经营部", acct("gh-fo", 19, "6217"), "中国建设银行天津大港支行", "personal", None, mobile("gh-fo", "162")),
  amount="156000.00", purpose="代采购", memo="代购气胀式救生筏12具（海上训练基地订单）",
  channel="im", from_name="刘参谋（自称某海上训练基地后勤处）", from_contact=wxid("gh-fo-c"), urgent=True,
  text=("刘参谋：周经理，我们基地这批船舶代理和物资供应的事就交给你们了。另外训练要用12具气胀式救生筏，只能用安航这家的（有船检证书，我们基地备过案），"
        "我们跟他们老板之前闹过点不愉快，不好直接找他，你们出面替我们订一下，连同代理费一块算。\n"
        "刘参谋：我们的款已经走对公了，付款凭证拍照发你了，状态是“待入账”，基地财务是T+1到账。安航那边今天不付款不给排货，你们先把15.6万付过去，明天我们的钱就到。"),
  req="E7305", appr=["E7102"], order_id="GH-XS-2606-017",
  note="For a 'naval training base' sales order, the commercial manager asks to pay 156k today to the life-raft dealer the base insists on, before the base's own 'processing' transfer has arrived.",
  **SCAM("fake_order", "block", ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof", "personal_account", "im_instruction", "urgency"]))

T(t, "2026-06-05 10:30", "order", customer=C_GH03,
  items=[("件杂货订舱服务（钢卷，天津—海防）", "1", "票", "72000.00"), ("报关报检代理服务", "1", "票", "3500.00")],
  channel="erp", address="天津港南疆港区件杂货码头", deadline="2026-06-15", terms="月结30天",
  notes="年度物流服务协议RG-GH-2026-01项下订舱委托。",
  note="Routine: Booking order from the established steel trader under its annual agreement.", **LEGIT())

T(t, "2026-06-08 15:40", "order",
  customer=cust("天津瀚洋国际货运代理有限公司", uscc("120116", "gh-al1"), "冯总", mobile("gh-al1", "192"),
                "fengzong@hanyang-logistics.cn", wxid("gh-al1"), None),
  items=[("集装箱订舱代理服务（天津—杰贝阿里，40HQ）", "20", "柜", "450.00")],
  channel="im", address="天津港东疆港区集装箱码头", deadline="2026-06-20", terms="月结",
  third_party=tp("Great Ocean Logistics (HK) Limited", "Hong Kong", "pass_through_payee", "3800000.00"),
  notes=("我们在中东几个客户的运费和货款，想先打到贵司美元账户，贵司收到后转给我们香港的Great Ocean Logistics，每月大概380万元左右。"
         "我们自己的美元户刚开，额度不够，借用贵司账户走一下账，按流水2%给贵司服务费，订舱的生意都给你们做。"),
  note="A new freight forwarder dangles 20 container bookings and asks to route about 3.8m a month of its Middle-East customers' money through the agency's USD account to a Hong Kong company, for a 2% fee.",
  **SCAM("account_lending", "block", ["new_customer", "account_lending_words", "third_party_payer", "in_out_match"]))

T(t, "2026-06-09 10:10", "payment", payer=GH_PAYER,
  payee=vend("天津海衡律师事务所", acct("gh-law", 19, "0302"), "中国工商银行天津和平支行", "corporate", "V-GH15", landline("022", "gh-law")),
  amount="68000.00", purpose="律师费", memo="MV Kaiyo Maru No.8 货损索赔案代理费（首期）",
  extra="委托代理合同GH-FW-2026-011已签；律师函件标注Privileged & Confidential；收款账户与律所执业许可证及官网信息一致",
  req="E7210", appr=["E7102", "E7101"], contract_id="GH-FW-2026-011", invoice_no=invoice("gh-law-a", "12"),
  note="Hard negative: The first fee instalment to a maritime law firm handling a cargo claim, paid to the firm's own account under a signed engagement despite the 'privileged and confidential' e-mails.",
  **LEGIT(["first_time_payee", "secrecy_words", "email_instruction"]))

T(t, "2026-06-10 14:50", "payment", payer=GH_PAYER_FX,
  payee=vend("Meridian Mutual Services Ltd", acct("gh-boss2", 16, "0397"), "Victoria Pacific Bank Ltd, Hong Kong (SWIFT VPBLHKHH)", "corporate", None, None),
  amount="45000.00", currency="USD", purpose="押金", memo="新船东P&I入会押金（代垫）",
  channel="email", from_name="Capt. Huang Zhenhai", from_contact="capt.huang.guhang@gmail.com", urgent=True,
  text=("Fan,\n"
        "I'm tied up in a meeting with the new principal in Shanghai and can't take calls this afternoon. We are taking over the agency for their "
        "three Panamax vessels from July. Before the first call their P&I entry has to be confirmed, and I have agreed that we will advance the "
        "entry deposit of USD 45,000 on their behalf; it will be deducted from the first PDA.\n"
        "Please arrange the remittance to the club's service company today (details attached) and keep this between you, Wei Hong and me until "
        "the agency agreement is announced to the team.\n"
        "Capt. Huang\nSent from my iPhone"),
  req="E7110", appr=["E7102"],
  note="A Gmail message in the general manager's name asks the disbursement accountant to advance a 45k USD 'P&I entry deposit' for an unannounced new principal to a Hong Kong company, and the finance manager approves it.",
  **SCAM("boss_impersonation", "flag", ["email_instruction", "free_mail", "boss_role", "secrecy_words", "cannot_call", "first_time_payee", "unusual_bank_region", "urgency", "deposit_words"]))

T(t, "2026-06-11 11:00", "payment", payer=GH_PAYER,
  payee=vend("天津市外汇管理罚没款代收中心", acct("gh-auth2", 18, "6232"), "天津农村商业银行西青支行", "corporate", None, None),
  amount="120000.00", purpose="罚款", memo="2025年度跨境收支申报违规罚款",
  channel="letter", from_name="国家外汇管理局天津市分局 外汇检查处", from_contact=landline("022", "gh-auth2"), urgent=True,
  text=("行政处罚事先告知书（津汇检〔2026〕第0611号）\n"
        "天津沽航国际船舶代理有限公司：\n"
        "经查，你公司2025年度代收代付境外船东港口使费共计47笔未按规定办理国际收支申报，违反国际收支统计申报有关规定。依法拟对你公司处以罚款人民币壹拾贰万元整。\n"
        "请于2026年6月15日前将罚款缴至“天津市外汇管理罚没款代收中心”账户（天津农村商业银行西青支行），逾期将加处罚款并纳入企业外汇信用等级降级管理，影响你公司跨境收付。\n"
        "联系人：外汇检查处 刘科长"),
  req="E7110", appr=["E7102"],
  note="A mailed 'advance notice of administrative penalty' in the name of the foreign-exchange regulator demands a 120k fine within four days into a 'collection centre' account at a rural bank.",
  **SCAM("authority_impersonation", "flag", ["authority_words", "letter_instruction", "first_time_payee", "urgency"]))

T(t, "2026-06-12 10:40", "payment", payer=GH_PAYER_FX,
  payee=vend("Aegean Meridian Shipping S.A.", acct("c-gh01-pay", 16, "0110"), "Hellenic Maritime Bank S.A., Piraeus (SWIFT HEMBGRAA)", "corporate", None, C_GH01["phone"]),
  amount="6842.50", currency="USD", purpose="退款", memo="MV Aegean Star 航次结算（FDA）备用金余额退还",
  reason=("MV Aegean Star 5月航次最终使费结算单（FDA No. GH-FDA-2605-031）经船东确认，PDA USD 86,400.00实际使用USD 79,557.50，"
          "余额USD 6,842.50原路退回船东汇款账户"),
  req="E7110", appr=["E7102"],
  note="Hard negative: The unused balance of a principal's port-disbursement advance is returned, after the final account was agreed, to the Piraeus account the advance came from.",
  **LEGIT(["refund_words", "overpayment", "first_time_payee"]))

T(t, "2026-06-15 16:30", "payment", payer=GH_PAYER,
  payee=vend("天津北辰港通冷链物流有限公司", acct("gh-cf2", 19, "0302"), "中国工商银行天津北辰支行", "corporate", None, landline("022", "gh-cf2")),
  amount="500000.00", purpose="保证金", memo="东疆港冷链仓储项目合作保证金",
  reason="对方称已取得东疆港区10万吨级冷链仓储项目经营权，邀请我司独家负责进口冻品船舶代理及报关，须先缴合作保证金50万元",
  extra="合作协议在对方办公室按其模板签署；对方公司成立于2026年2月，实缴资本为零",
  req="E7305", appr=["E7102", "E7101", "E7001"], contract_id="GH-HZ-2026-002",
  note="A four-month-old company with no paid-in capital offers exclusive agency for a 'cold-chain warehouse project' in the free-trade port if the company first pays a 500k cooperation deposit, under a contract signed at its office on its template.",
  **SCAM("contract_fraud", "flag", ["deposit_words", "bigproject_words", "shell_company", "first_time_payee"]))

T(t, "2026-06-16 10:00", "payment", payer=GH_PAYER,
  payee=dict(GH02, account_no=acct("gh02-new", 19, "0302"), bank="中国工商银行天津塘沽支行"),
  amount="172400.00", purpose="拖轮费", memo="MV Kaiyo Maru No.12 靠离泊拖轮费",
  extra=("供应商账户变更：滨海拖轮6月3日来函（加盖公章及财务专用章），因并入港航拖轮集团统一结算，基本户由交通银行滨海分行变更为工商银行塘沽支行，户名不变；"
         "6月5日财务经理魏宏按供应商档案预留电话回拨其财务部长确认"),
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-TL-2026-001", invoice_no=invoice("gh02-c", "12"),
  changed_at="2026-06-05 14:30", verification=ver(GH02["phone"], "E7102", "2026-06-05 11:10"),
  note="Hard negative: First payment to the tug company's new account in its own name, changed eleven days ago after a stamped letter and confirmed by calling the number held on file.",
  **LEGIT(["account_changed_recent", "first_time_payee", "account_change_words"]))

T(t, "2026-06-17 14:40", "payment", payer=GH_PAYER_FX,
  payee=vend("Marlin Crest Shipping Ltd", acct("gh-or2", 16, "0815"), "Cyprus Mercantile Bank Ltd, Limassol (SWIFT CYMBCY2N)", "corporate", None, None),
  amount="38000.00", currency="USD", purpose="退款", memo="退还Marlin Crest多汇PDA",
  channel="email", from_name="Marlin Crest Shipping – Accounts", from_contact="accounts@marlincrest-shipping.com", urgent=True,
  text=("Dear Agent,\n"
        "As per the attached MT103 you will see that we remitted USD 66,000.00 for MV Marlin Crest's PDA instead of USD 28,000.00. Please refund "
        "the excess USD 38,000.00 back to our account today, as the vessel sails tomorrow morning and our auditors need the books squared by month-end.\n"
        "Accounts Dept., Marlin Crest Shipping Ltd\n"
        "———\n"
        "[孟凡备注] 截至6月17日14:30，中国银行美元户未收到该笔来账，船东仅提供MT103扫描件。"),
  req="E7110", appr=["E7102"],
  note="A new owner claims to have over-remitted its port advance and presses for a 38k USD refund today, although only an MT103 scan exists and nothing has been credited to the account.",
  **SCAM("overpayment_refund", "block", ["refund_words", "overpayment", "fake_payment_proof", "first_time_payee", "urgency"]))

T(t, "2026-06-18 11:10", "payment", payer=GH_PAYER,
  payee=vend("北京港航通信息咨询中心", acct("gh-fi", 19, "0200"), "北京农商银行丰台支行", "corporate", None, None),
  amount="6800.00", purpose="服务费", memo="《中国港航船代企业名录（2026版）》年度收录费",
  channel="letter", from_name="中国港航船代企业名录编委会", from_contact=landline("010", "gh-fi"),
  text=("收录确认及缴费通知\n"
        "天津沽航国际船舶代理有限公司：\n"
        "贵单位已列入《中国港航船代企业名录（2026版）》及配套“港航通”网络平台年度收录名单（收录编号GHT-2026-TJ-0418）。"
        "请于6月25日前缴纳年度收录及网络推广服务费6,800元，逾期将按自动放弃处理，收录信息将从名录及网络平台撤下。\n"
        "附：增值税普通发票（预开）\n中国港航船代企业名录编委会"),
  req="E7305", appr=["E7102"],
  note="A mailed 'inclusion confirmation' for a shipping-agency directory, with a pre-issued invoice, asks 6,800 for an annual listing nobody ordered.",
  **SCAM("fake_invoice", "flag", ["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"]))

T(t, "2026-06-22 10:30", "order", currency="USD", customer=C_GH01, items=agency("MV Aegean Breeze", "3200.00", "84600.00"),
  channel="email", address="天津港东疆港区（锚地交接）", deadline="2026-06-29", terms="PDA于船舶抵港前全额汇入",
  notes="Appointment letter AMS/TJN/2606-12 received from ops@aegeanmeridian.gr; PDA remitted 19 June.",
  note="Routine: The established Greek principal appoints the agency for another call and prepays the advance.", **LEGIT())

T(t, "2026-06-23 15:20", "payment", payer=GH_PAYER,
  payee=vend("天津融信达企业管理咨询有限公司", acct("gh-af", 19, "1205"), "中国建设银行天津西青支行", "corporate", None, None),
  amount="48000.00", purpose="服务费", memo="港航物流专项贷款评估费及风险保证金",
  channel="im", from_name="融信达 客户经理 孙磊", from_contact=wxid("gh-af"),
  text=("孙磊：魏经理，贵司申请的港航物流专项贷款500万已经通过预审，年化3.65%，信用贷免抵押，最快三个工作日放款。"
        "放款前需要先交评估费1.8万和风险保证金3万，共4.8万，打到我们公司对公账户，放款后风险保证金全额退回。合同您先签字盖章，放款银行那边我们来对接。"),
  req="E7102", appr=["E7101"],
  note="A loan-consultancy 'account manager' promises a 5m unsecured logistics loan and asks for 48k of appraisal fee and risk deposit before disbursement, to the consultancy rather than a lender.",
  **SCAM("advance_fee", "flag", ["loan_fee_words", "deposit_words", "fee_words", "first_time_payee", "im_instruction"]))

T(t, "2026-06-24 11:40", "payment", payer=GH_PAYER,
  payee=vend("海南云帆网络科技有限公司", acct("gh-tr", 19, "4600"), "海南银行海口龙华支行", "corporate", None, None),
  amount="9900.00", purpose="会员费", memo="航运大数据平台企业会员充值",
  channel="im", from_name="林晓", from_contact=wxid("gh-tr"),
  text=("林晓：周经理，这个航运大数据平台可以查全球船舶AIS和货盘，平台在做推广活动：企业会员充值9900元，完成每天的“船期评价任务”有返力，"
        "每单返佣8%，一个月就能回本。平台收款是这家海南云帆网络科技的对公户，我先把会员充上。"),
  req="E7310", appr=["E7305"],
  note="A commercial assistant asks to top up a 'shipping big-data platform' membership whose daily 'schedule-rating tasks' earn commission, paid to a Hainan internet firm's account.",
  **SCAM("task_rebate", "flag", ["task_rebate_words", "topup_words", "third_party_payment_endpoint", "first_time_payee", "evasion_homophone", "im_instruction"]))

T(t, "2026-06-27 21:30", "payment", payer=GH_PAYER, payee=GH03, amount="64300.00", purpose="物料款",
  memo="MV Stellar Oak 紧急淡水及伙食补给（6月28日05:00开航）", urgent=True, mobile_oa=True,
  reason="船舶临时延长停泊后淡水及伙食不足，船长书面申请紧急补给，6月28日05:00开航前须完成交付",
  extra="总经理黄振海在审批流中批示：同意，特事特办，按流程走｜审批时间：21:12、21:20、21:26",
  req="E7110", appr=["E7102", "E7101", "E7001"], contract_id="GH-GY-2026-003", invoice_no=invoice("gh03-c", "12"),
  note="Hard negative: A Saturday-night emergency provisions payment to the regular chandler before a dawn sailing, approved in the mobile workflow by both finance approvers and the general manager.",
  **LEGIT(["off_hours", "urgency", "boss_role", "bypass_process"]))

GH08_DXB = acct("gh08-new", 16, "1099")
T(t, "2026-06-29 14:00", "payment", payer=GH_PAYER_FX,
  payee=dict(GH08, account_no=GH08_DXB, bank="Gulf Crescent Bank PJSC, Dubai (SWIFT GCBPAEAD)"),
  amount="946000.00", currency="USD", purpose="运费", memo="代收运费汇付船东（航次SO-2606）",
  channel="email", from_name="Lim Wei Ling | Stellar Oak Shipping", from_contact="agency@stellaroak-shipping.com",
  text=("Dear Guhang Finance Team,\n"
        "Kindly note that Stellar Oak Shipping has moved its main USD banking relationship from Marina Bay Commercial Bank to Gulf Crescent Bank PJSC, "
        "Dubai, following the relocation of our chartering desk. Our formal notice was sent to you on 17 June.\n"
        "Please remit the freight collected for voyage SO-2606 (USD 946,000.00) to the new account below. Payments to our Singapore account will be "
        "rejected from 1 July.\n"
        "Beneficiary: Stellar Oak Shipping Pte. Ltd.\nBank: Gulf Crescent Bank PJSC, Dubai – SWIFT GCBPAEAD\n"
        f"Account: {GH08_DXB}\n"
        "Thank you for your usual cooperation.\n"
        "Lim Wei Ling\nAgency Desk | Stellar Oak Shipping Pte. Ltd. | Singapore"),
  req="E7110", appr=["E7102", "E7101"], contract_id="GH-DL-2025-009",
  changed_at="2026-06-18 16:20",
  note="An e-mail from a hyphenated look-alike of the Singapore owner's domain redirects 946k USD of collected freight to a Dubai bank; the vendor master was changed eleven days earlier and this is the first remittance there.",
  **SCAM("account_change", "block", ["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent", "first_time_payee", "unusual_bank_region"]))

T(t, "2026-06-30 10:20", "payment", payer=GH_PAYER,
  payee=vend("沽航国际物流（香港）有限公司", acct("gh-al2", 16, "0124"), "Kowloon Merchant Bank Ltd, Hong Kong (SWIFT KMBLHKHH)", "corporate", None, None),
  amount="1980000.00", purpose="往来款", memo="内部往来：代香港公司收取运费后转付",
  channel="email", from_name="沽航香港 财务部 Kelly Ho", from_contact="kelly.ho@guhang-hk.com",
  text=("魏经理、张蕾：\n"
        "今天上午天津昌顺达商贸有限公司会向贵司人民币账户汇入1,980,000.00元，是香港公司的客户运费，因对方无法跨境付款，先由天津公司代收。"
        "请在到账后当日代收代付，全额转至沽航国际物流（香港）有限公司（账户见下），用途填“内部往来”。本笔属于集团内部资金调拨，月底由集团财务统一对账。\n"
        "Kelly Ho\nFinance Department, Guhang International Logistics (HK) Ltd."),
  req="E7106", appr=["E7102"],
  note="A 'Hong Kong sister company' that is not in the vendor master has the cashier forward the same day 1.98m received from an unknown Tianjin trader, presented as an intra-group transfer.",
  **SCAM("account_lending", "block", ["account_lending_words", "in_out_match", "email_instruction", "first_time_payee", "vague_memo", "new_contact"]))

T(t, "2026-07-01 10:40", "payment", payer=GH_PAYER, payee=GH07, amount="49800.00", purpose="代理费",
  memo="6月报关代理费", req="E7110", appr=["E7102"], contract_id="GH-BG-2026-001", invoice_no=invoice("gh07-b", "12"),
  note="Routine: Monthly customs-brokerage fee to the regular broker.", **LEGIT())

T(t, "2026-07-03 15:00", "order", currency="USD", customer=C_GH02, items=agency("MV Kaiyo Maru No.15", "2900.00", "81500.00"),
  channel="email", address="天津港南疆港区散货码头", deadline="2026-07-11",
  terms="PDA payable by voyage charterers per C/P clause 38",
  notes=("Appointment KBC/TJ/2607-01 for MV Kaiyo Maru No.15. Under the voyage charter party, port disbursements at the discharge port are for "
         "charterers' account; the PDA will be remitted by charterers Hebei Jinggang Resources Trading Co., Ltd. Please invoice them directly with copy to us.\n"
         "Takeshi Mori, Port Captain, Kaiyo Bulk Carriers"),
  note="Hard negative: The established Japanese principal appoints the agency and, as its charter party provides, has the voyage charterer pay the port advance.",
  **LEGIT(["third_party_payer"]))

T(t, "2026-07-06 10:40", "order", currency="USD",
  customer=cust("Aegean Meridian Shipping S.A.", None, "Capt. Andreas Kostas", None, "operations@aegeanmeridian-shipping.com",
                "WhatsApp " + foreign_tel("30", "694", "gh-fp2", 4), "C-GH01"),
  items=agency("MV Aegean Dawn", "3200.00", "118000.00", pda_label="港口使费（船东付款延后，代理垫付）"),
  channel="email", address="天津港东疆港区", deadline="2026-07-12",
  terms="PDA waived; all port costs to be settled within 30 days after sailing",
  notes=("Dear Guhang Team,\n"
         "I have taken over from Capt. Papadakis as Operations Manager and will be your contact from now on; please use this address for all "
         "correspondence, as our old mail server is being migrated.\n"
         "We appoint you as agents for MV Aegean Dawn, ETA Tianjin 10 July. Owing to an internal treasury review, this time we kindly ask you to cover "
         "port costs in advance; we will settle the full disbursement account within 30 days after sailing, as we always have.\n"
         "Regards,\nCapt. Andreas Kostas\nOperations Manager, Aegean Meridian Shipping S.A., Piraeus"),
  note="Someone writing from a look-alike of the Greek principal's domain as its 'new operations manager' appoints the agency for a vessel and asks it to advance 118k USD of port costs for 30 days, something the principal has never asked.",
  **SCAM("fake_purchaser", "flag", ["contact_mismatch", "lookalike_domain", "credit_terms_requested", "new_contact"]))


# ===========================================================================
# Write
# ===========================================================================

def main():
    out = []
    for tenant in TENANTS:
        lines = sorted(LINES[tenant], key=lambda l: (0 if l["phase"] == "history" else 1, l["_at"]))
        nh = nt = 0
        for l in lines:
            if l["phase"] == "history":
                nh += 1
                lid = f"{tenant}-h{nh:03d}"
            else:
                nt += 1
                lid = f"{tenant}-t{nt:03d}"
            rec = {"id": lid, "tenant": tenant, "phase": l["phase"], "kind": l["kind"],
                   "label": l["label"], "scam_type": l["scam_type"], "expect": l["expect"]}
            if l["phase"] == "history":
                rec["outcome"] = "executed"
            rec["signals"] = l["signals"]
            rec["note"] = l["note"]
            rec["request"] = l["request"]
            out.append(json.dumps(rec, ensure_ascii=False))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")
    print(f"wrote {len(out)} lines to {OUT}")


if __name__ == "__main__":
    main()
