#!/usr/bin/env python3
"""Build the holdout22 corpus (tests/holdout22/holdout22.jsonl).

Standard library only and deterministic: every account number, credit code,
invoice number and chat id is derived from a fixed label through SHA-256, so
the output is byte-identical on every run. Run from tests/holdout22:

    python3 gen/build.py

Three fictitious companies in Xinjiang industrial parks:
  jingshi  石河子晶石硅业有限公司      industrial-silicon smelter, Shihezi
  yanhu    奎屯盐湖氯碱化工有限公司    chlor-alkali (PVC, caustic soda), Kuitun-Dushanzi
  meigang  新疆准东煤港物流有限公司    coal logistics and rail-loading yard, Zhundong

Every company, person, account, phone number, credit code and invoice number
is invented. Fix a wrong line here, never in the .jsonl, and record the fix in
README.md.
"""
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout22.jsonl")

# --------------------------------------------------------------------------
# deterministic helpers
# --------------------------------------------------------------------------


def _h(key):
    return hashlib.sha256(("holdout22/" + key).encode("utf-8")).hexdigest()


def digits(key, n):
    s = ""
    i = 0
    while len(s) < n:
        s += str(int(_h(key + "#" + str(i)), 16))
        i += 1
    return s[:n]


def acct(key, prefix, length):
    return prefix + digits(key, length - len(prefix))


def inv(key):
    # 20-digit fully digital e-invoice number: year 26, region 65
    return "2665" + digits("inv:" + key, 16)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc(key, region, head="91"):
    hx = _h("uscc:" + key)
    mid = "".join(USCC_CHARS[int(hx[2 * i:2 * i + 2], 16) % 31] for i in range(7))
    body = head + region + "MA" + mid
    return body + uscc_check(body)


def bad_uscc(key, region, head="91"):
    good = uscc(key, region, head)
    i = USCC_CHARS.index(good[-1])
    return good[:-1] + USCC_CHARS[(i + 7) % 31]


def wxid(key):
    hx = _h("wx:" + key)
    alpha = "abcdefghijkmnpqrstuvwxyz23456789"
    return "wxid_" + "".join(alpha[int(hx[2 * i:2 * i + 2], 16) % len(alpha)] for i in range(14))


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def ts(day, hm):
    return "2026-%s-%sT%s:00+08:00" % (day[:2], day[3:], hm)


def payee(name, account_no, bank, typ, vid, phone):
    return {"name": name, "account_no": account_no, "bank": bank, "account_type": typ,
            "vendor_id": vid, "phone": phone}


def cust(name, credit_code, contact, phone, email, im, cid):
    return {"name": name, "credit_code": credit_code, "contact_name": contact, "phone": phone,
            "email": email, "im_id": im, "customer_id": cid}


C = "corporate"
PERS = "personal"


# --------------------------------------------------------------------------
# tenant framework
# --------------------------------------------------------------------------


class Tenant:
    def __init__(self, tid, payer, pay_prefix, ord_prefix, staff, erp_fmt):
        self.tid = tid
        self.payer = payer
        self.pay_prefix = pay_prefix
        self.ord_prefix = ord_prefix
        self.staff = staff
        self.erp_fmt = erp_fmt
        self.lines = []

    def erp(self, desc, short=None, contract=None, invoice=None):
        return self.erp_fmt(desc, short, contract, invoice)

    def _add(self, phase, kind, label, scam_type, expect, signals, note, req):
        self.lines.append({"phase": phase, "kind": kind, "label": label, "scam_type": scam_type,
                           "expect": expect, "signals": list(signals), "note": note, "request": req})

    def pay(self, phase, day, hm, pe, amount, purpose, memo, *, text=None, req_by, appr,
            channel="erp", from_name=None, from_contact=None, urgent=False, order_id=None,
            contract=None, invoice=None, changed=None, verification=None, rid=None,
            short=None, label="legit", scam_type=None, expect="allow", signals=(), note=""):
        if text is None:
            text = self.erp(memo, short, contract, invoice)
        if channel == "erp" and from_name is None:
            from_name = self.staff[req_by]
        req = {
            "request_id": rid,
            "submitted_at": ts(day, hm),
            "payer": dict(self.payer),
            "payee": dict(pe),
            "amount": money(amount),
            "currency": "CNY",
            "purpose": purpose,
            "memo": memo,
            "instruction": {"channel": channel, "from_name": from_name, "from_contact": from_contact,
                            "text": text, "urgent": urgent},
            "requested_by": req_by,
            "approved_by": list(appr),
            "related": {"order_id": order_id, "contract_id": contract, "invoice_no": invoice},
            "payee_account_changed_at": changed,
        }
        if verification is not None:
            req["verification"] = verification
        self._add(phase, "payment", label, scam_type, expect, signals, note, req)

    def order(self, phase, day, hm, customer, items, channel, address, deadline, terms, notes, *,
              third_party=None, fees=(), rid=None, label="legit", scam_type=None, expect="allow",
              signals=(), note=""):
        its = []
        total = Decimal("0")
        for product, qty, unit, price in items:
            its.append({"product": product, "quantity": str(qty), "unit": unit,
                        "unit_price": money(price)})
            total += Decimal(str(qty)) * Decimal(money(price))
        tp = None
        if third_party is not None:
            tp = {"name": third_party[0], "contact": third_party[1], "role": third_party[2],
                  "amount": money(third_party[3])}
        req = {
            "record_id": rid,
            "received_at": ts(day, hm),
            "customer": dict(customer),
            "items": its,
            "total_amount": money(total),
            "currency": "CNY",
            "channel": channel,
            "delivery": {"address": address, "deadline": "2026-" + deadline},
            "payment_terms": terms,
            "third_party": tp,
            "fees_requested": [{"reason": r, "amount": money(a)} for r, a in fees],
            "notes": notes,
        }
        self._add(phase, "order", label, scam_type, expect, signals, note, req)

    def finish(self):
        phase_rank = {"history": 0, "test": 1}

        def tkey(ln):
            r = ln["request"]
            return (phase_rank[ln["phase"]], r.get("submitted_at") or r.get("received_at"))

        lines = sorted(self.lines, key=tkey)  # stable: same-minute lines keep their order
        used = set()
        for ln in lines:
            r = ln["request"]
            k = "request_id" if ln["kind"] == "payment" else "record_id"
            if r[k]:
                used.add(r[k])
        for ln in lines:
            r = ln["request"]
            k = "request_id" if ln["kind"] == "payment" else "record_id"
            if r[k]:
                continue
            stamp = (r.get("submitted_at") or r.get("received_at"))[:10].replace("-", "")
            prefix = self.pay_prefix if ln["kind"] == "payment" else self.ord_prefix
            n = 1
            while "%s%s%03d" % (prefix, stamp, n) in used:
                n += 1
            r[k] = "%s%s%03d" % (prefix, stamp, n)
            used.add(r[k])
        out = []
        counters = {"history": 0, "test": 0}
        for ln in lines:
            counters[ln["phase"]] += 1
            lid = "%s-%s%03d" % (self.tid, "h" if ln["phase"] == "history" else "t",
                                 counters[ln["phase"]])
            rec = {"id": lid, "tenant": self.tid, "phase": ln["phase"], "kind": ln["kind"],
                   "label": ln["label"], "scam_type": ln["scam_type"], "expect": ln["expect"]}
            if ln["phase"] == "history":
                rec["outcome"] = "executed"
            rec["signals"] = ln["signals"]
            rec["note"] = ln["note"]
            rec["request"] = ln["request"]
            out.append(rec)
        return out


H = "history"
T = "test"

# ==========================================================================
# jingshi: 石河子晶石硅业有限公司 (industrial silicon, Shihezi)
# finance office: Mon-Fri 10:00-19:30 Beijing time
# ==========================================================================


def js_fmt(desc, short, contract, invoice):
    s = "金蝶K3付款申请：" + desc
    if short:
        s += "；收款方 " + short
    if contract:
        s += "；合同" + contract
    if invoice:
        s += "；发票" + invoice
    return s


JS_STAFF = {"E2100": "周立新", "E2101": "陶文静", "E2102": "马晓燕", "E2103": "韩雪",
            "E2110": "刘志强", "E2120": "高鹏", "E2121": "阿依古丽", "E2130": "李娜",
            "E2140": "郑海波"}
js = Tenant("jingshi",
            {"account_no": acct("js-payer", "305901010400", 17), "account_name": "石河子晶石硅业有限公司"},
            "JS-FK-", "JS-XS-", JS_STAFF, js_fmt)

V_JS01 = payee("和静县金钟硅石开采有限公司", acct("js-v01", "650501", 19), "中国建设银行和静县支行", C, "V-JS01", "0996-0000417")
V_JS01N = payee("和静县金钟硅石开采有限公司", acct("js-v01n", "6990", 16), "中国民生银行乌鲁木齐分行营业部", C, "V-JS01", "0996-0000417")
V_JS02 = payee("吉木萨尔县金岭洁净煤有限公司", acct("js-v02", "3002", 19), "中国工商银行吉木萨尔县支行", C, "V-JS02", "0994-0000562")
V_JS03 = payee("嘉峪关华岳炭素有限公司", acct("js-v03", "1076", 18), "中国银行嘉峪关分行", C, "V-JS03", "0937-0000238")
V_JS03N = payee("嘉峪关华岳炭素有限公司", acct("js-v03n", "6201", 18), "甘肃银行嘉峪关分行", C, "V-JS03", "0937-0000238")
V_JS04 = payee("石河子市北泉镇宏林木片加工厂", acct("js-v04", "8807", 18), "石河子农村商业银行北泉支行", C, "V-JS04", "0993-0000685")
V_JS04N = payee("贾宏林", acct("js-v04n", "621799", 19), "中国邮政储蓄银行石河子市分行", PERS, "V-JS04", "0993-0000685")
V_JS05 = payee("石河子北湖供电有限责任公司", acct("js-v05", "3002", 19), "中国工商银行石河子分行", C, "V-JS05", "0993-0000120")
V_JS06 = payee("新疆宏运达物流有限公司", acct("js-v06", "305901010400", 17), "中国农业银行石河子分行", C, "V-JS06", "0993-0000743")
V_JS08 = payee("石河子鑫锐电炉设备安装有限公司", acct("js-v08", "8807", 18), "石河子农村商业银行开发区支行", C, "V-JS08", "0993-0000391")
V_JS09 = payee("王建国", acct("js-v09", "622848", 19), "中国农业银行石河子分行", PERS, "V-JS09", "13500004826")
V_JS20 = payee("北京中网信达信息技术有限公司", acct("js-v20", "0200", 19), "中国工商银行北京海淀支行", C, "V-JS20", "010-0000862")
PAY_JS = payee("中国农业银行石河子分行（代发工资专户）", acct("js-pay", "305901010400", 17), "中国农业银行石河子分行", C, "PAY-01", None)
TAX_JS = payee("国家金库石河子市支库", acct("js-tax", "659001", 17), "国家金库石河子市支库", C, "TAX-01", None)

C_JS01 = cust("新疆恒晶新能源材料有限公司", uscc("C-JS01", "652327"), "孟经理", "0994-0000826", "mengjl@hengjing-pv.com", None, "C-JS01")
C_JS02 = cust("洛阳嘉铝合金材料有限公司", uscc("C-JS02", "410381"), "贾经理", "0379-0000514", "cg@jialv-alloy.com", None, "C-JS02")
C_JS03 = cust("衢州恒硅有机硅材料有限公司", uscc("C-JS03", "330802"), "俞工", "0570-0000297", "yu@hgsilicone.cn", None, "C-JS03")
C_JS04_NEW = cust("温州瑞鑫贸易有限公司", uscc("C-JS04", "330303"), "陈总", "18500006139", "ruixin_trade@163.com", wxid("js-c04"), None)
C_JS04 = dict(C_JS04_NEW, customer_id="C-JS04")
ADDR_JS01 = "昌吉州准东经济技术开发区五彩湾新材料产业园恒晶厂区"
ADDR_JS02 = "河南省洛阳市偃师区产业集聚区嘉铝厂区"
ADDR_JS03 = "浙江省衢州市高新技术产业园区恒硅厂区"

CT_Q = "JS-CG-2026-003"   # quartz
CT_LT = "JS-CG-2026-005"  # semi-coke reductant
CT_EL = "JS-CG-2026-007"  # electrodes
CT_WC = "JS-CG-2026-009"  # wood chips
CT_PW = "JS-NY-2026-001"  # electricity
CT_FR = "JS-WL-2026-002"  # freight
CT_RP = "JS-FW-2026-004"  # furnace repair
CT_LW = "JS-LW-2026-002"  # crushing and bagging crew

# ---- jingshi history ----
js.pay(H, "09-01", "10:42", V_JS01, 516600, "货款", "硅石款（1260吨）", req_by="E2102", appr=["E2101", "E2100"],
       short="金钟硅石", contract=CT_Q, invoice=inv("jh01"), note="Quartz payment to the regular quarry.")
js.order(H, "09-02", "11:18", C_JS01, [("工业硅441#", 300, "吨", 10250)], "erp", ADDR_JS01, "09-06", "款到发货",
         "预付款已到账，吨袋包装汽运", note="Industrial-silicon order from the established polysilicon maker.")
js.pay(H, "09-03", "16:06", V_JS03, 186400, "货款", "石墨电极款（UHP φ600，24根）", req_by="E2102", appr=["E2101"],
       short="华岳炭素", contract=CT_EL, invoice=inv("jh03"), note="Graphite electrodes from the regular maker, old account.")
js.pay(H, "09-07", "15:31", V_JS02, 819000, "货款", "兰炭款（780吨）", req_by="E2102", appr=["E2101", "E2100"],
       short="金岭洁净煤", contract=CT_LT, invoice=inv("jh04"), note="Semi-coke reductant from the regular supplier.")
js.pay(H, "09-08", "12:04", V_JS05, 4386520, "电费", "8月电费", req_by="E2102", appr=["E2101", "E2100"],
       short="北湖供电", contract=CT_PW, invoice=inv("jh05"), note="Monthly electricity bill.")
js.pay(H, "09-10", "17:46", PAY_JS, 1096380, "工资", "8月工资代发（152人）", req_by="E2130", appr=["E2101", "E2100"],
       text="金蝶K3付款申请：8月工资代发（152人），工资表经人事、财务复核，总经理已签批", note="Monthly payroll through the bank's payroll account.")
js.order(H, "09-11", "11:07", C_JS02, [("工业硅553#", 100, "吨", 10600)], "email", ADDR_JS02, "09-18", "款到发货",
         "预付款已汇，铁路集装箱发运", note="Silicon order from the established aluminium-alloy customer.")
js.pay(H, "09-14", "16:38", V_JS06, 78640, "运费", "工业硅外运运费（石河子—乌西集装箱中心）", req_by="E2102", appr=["E2101"],
       short="宏运达物流", contract=CT_FR, invoice=inv("jh08"), changed="2026-06-18T11:30:00+08:00",
       note="Freight to the regular carrier, whose account change dates from June.")
js.pay(H, "09-15", "10:52", TAX_JS, "1212480.55", "税款", "8月增值税及附加", req_by="E2101", appr=["E2100"],
       text="电子税务局三方协议扣缴：8月增值税及附加", note="Monthly VAT.")
js.pay(H, "09-16", "15:14", V_JS09, 96800, "劳务费", "8月破碎包装劳务费（23人，按吨计件）", req_by="E2102", appr=["E2101", "E2100"],
       short="破碎包装班组 王建国", contract=CT_LW, note="Crushing-and-bagging crew paid through its foreman under the labour subcontract.")
js.pay(H, "09-17", "11:29", V_JS08, 38500, "维修费", "2#矿热炉短网检修费", req_by="E2102", appr=["E2101"],
       short="鑫锐电炉", contract=CT_RP, invoice=inv("jh11"), note="Furnace repair by the regular contractor.")
js.order(H, "09-18", "12:20", C_JS04_NEW, [("工业硅553#", 20, "吨", 10500)], "im", "浙江省温州市龙湾区蓝田工业区瑞鑫仓库",
         "09-25", "款到发货", "首单试用20吨，货款由温州鼎达五金有限公司代付（对方称关联公司），到账后发货",
         note="Small trial order from a new Wenzhou trader, paid by a related hardware firm before shipping.")
js.order(H, "09-21", "12:16", C_JS03, [("工业硅421#", 60, "吨", 11200)], "email", ADDR_JS03, "09-30", "月结30天",
         "四季度第一批", note="Silicon order from the established organosilicon customer.")
js.pay(H, "09-22", "16:28", V_JS04, 235200, "货款", "木片款（420吨）", req_by="E2102", appr=["E2101"],
       short="宏林木片", contract=CT_WC, invoice=inv("jh14"), note="Wood chips from the regular mill.")
js.pay(H, "09-28", "11:12", V_JS03N, 201900, "货款", "石墨电极款（UHP φ600，26根）", req_by="E2102", appr=["E2101", "E2100"],
       text=js_fmt("石墨电极款（UHP φ600，26根）", "华岳炭素（新账户，账户变更函盖章原件已寄达，9月24日按主数据电话0937-0000238回拨其财务负责人核实）",
                   CT_EL, inv("jh15")),
       contract=CT_EL, invoice=inv("jh15"), changed="2026-09-24T15:20:00+08:00",
       verification={"callback_done": True, "callback_number": "0937-0000238", "verified_by": "E2101",
                     "verified_at": "2026-09-24T16:05:00+08:00"},
       note="First electrode payment to the maker's new account, changed four days earlier and verified by call-back to the number on file.")
js.pay(H, "10-09", "15:48", V_JS01, 483800, "货款", "硅石款（1180吨）", req_by="E2102", appr=["E2101", "E2100"],
       short="金钟硅石", contract=CT_Q, invoice=inv("jh16"), note="Quartz payment to the regular quarry.")

# ---- jingshi test: routine ----
js.pay(T, "10-12", "17:20", PAY_JS, 1101760, "工资", "9月工资代发（153人）", req_by="E2130", appr=["E2101", "E2100"],
       text="金蝶K3付款申请：9月工资代发（153人），工资表经人事、财务复核，总经理已签批", note="Routine: Monthly payroll.")
js.pay(T, "10-13", "11:24", V_JS02, 861000, "货款", "兰炭款（820吨）", req_by="E2102", appr=["E2101", "E2100"],
       short="金岭洁净煤", contract=CT_LT, invoice=inv("jt02"), note="Routine: Semi-coke reductant from the regular supplier.")
js.order(T, "10-14", "10:36", C_JS01, [("工业硅441#", 320, "吨", 10180)], "erp", ADDR_JS01, "10-18", "款到发货",
         "预付款已到账，吨袋包装汽运", note="Routine: Industrial-silicon order from the established polysilicon maker.")
js.pay(T, "10-15", "10:48", TAX_JS, "1187905.12", "税款", "9月增值税及附加", req_by="E2101", appr=["E2100"],
       text="电子税务局三方协议扣缴：9月增值税及附加", note="Routine: Monthly VAT.")
js.pay(T, "10-21", "15:02", V_JS01, 533000, "货款", "硅石款（1300吨）", req_by="E2102", appr=["E2101", "E2100"],
       short="金钟硅石", contract=CT_Q, invoice=inv("jt05"), note="Routine: Quartz payment to the regular quarry.")
js.order(T, "11-09", "11:05", C_JS03, [("工业硅421#", 50, "吨", 11300)], "email", ADDR_JS03, "11-18", "月结30天",
         "四季度第二批", note="Routine: Silicon order from the established organosilicon customer.")
js.pay(T, "11-27", "15:20", V_JS08, 42600, "维修费", "3#矿热炉电极把持器检修费", req_by="E2102", appr=["E2101"],
       short="鑫锐电炉", contract=CT_RP, invoice=inv("jt07"), note="Routine: Furnace repair by the regular contractor.")

# ---- jingshi test: scams ----
acct_js_s14 = acct("js-s14", "3002", 19)
js.pay(T, "10-16", "15:40", payee("新疆安泰资产管理有限公司", acct_js_s14, "中国工商银行乌鲁木齐人民路支行", C, None, None),
       860000, "资金核查", "配合公安机关资金核查（暂存，核查后退回）", req_by="E2103", appr=[],
       channel="phone", from_name="自称石河子市公安局经侦支队 刘警官", from_contact="0993-0000716", urgent=True,
       text=("出纳韩雪电话记录（15:05）：对方称我司农行基本户9月收到一笔120万元涉诈资金，已被列为涉案账户，"
             "需配合开展资 金 核 查。要求今天17点前将账户余额中的86万元转入公安机关指定的资 金 核 查 专 户，"
             "核查无误后72小时内原路退回；核查期间不得告知公司其他人员，否则按妨碍侦查处理。\n"
             "随后短信：核查专户 户名：新疆安泰资产管理有限公司 账号：" + acct_js_s14 + " 开户行：工行乌鲁木齐人民路支行。"),
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
                "no_approval", "urgency", "evasion_spacing"],
       note="A caller posing as the economic-crime police says a fraud payment hit the basic account and orders 860k into a 'fund verification account' today, in secret; the follow-up note spaces out the key words.")
js.order(T, "10-19", "11:36",
         cust("华夏能源材料集团有限公司物资采购中心", None, "罗主任", "13500002754", "hxny_wzcg@163.com", wxid("js-s05"), None),
         [("工业硅441#", 1500, "吨", 10400)], "email", "江苏省连云港市连云区港口物流园区集港仓库（货代代收）", "10-30",
         "货到验收合格后90天付款（可开具商业承兑汇票）",
         "我集团为中央企业控股二级单位，年度硅料集中采购，贵司已进入合格供方名录。首批1500吨请尽快发至连云港集港仓库，"
         "后续出口。合同先盖章扫描件往来，正本后寄。价格按贵司报价，不议价。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
                  "contact_mismatch"],
         note="A self-styled central-SOE procurement centre writing from free mail orders 1,500 t on 90-day terms for a forwarder's port warehouse and accepts the price without a word.")
js.pay(T, "10-20", "11:40", V_JS03N, 187200, "货款", "石墨电极款（UHP φ600，24根）", req_by="E2102", appr=["E2101"],
       text=js_fmt("石墨电极款（UHP φ600，24根）", "华岳炭素（甘肃银行账户，9月24日变更已回拨核实，9月28日已付款一笔）", CT_EL, inv("jt-hn01")),
       contract=CT_EL, invoice=inv("jt-hn01"), changed="2026-09-24T15:20:00+08:00",
       signals=["account_changed_recent"],
       note="Hard negative: Electrode payment to the account the maker changed 26 days ago, verified by call-back to the number on file and already paid once in September.")
js.pay(T, "10-22", "12:30", payee("新疆中诚招标咨询有限公司", acct("js-hn04", "3002", 19), "中国工商银行乌鲁木齐分行", C, "V-JS21", "0991-0000573"),
       200000, "投标保证金", "恒晶新能源2027年度工业硅采购项目投标保证金", req_by="E2120", appr=["E2101", "E2100"],
       text=("金蝶K3付款申请：恒晶新能源2027年度工业硅采购项目（招标编号HJ-ZB-2026-1108）投标保证金，"
             "按招标公告及投标须知前附表载明的代理机构保证金专户（新疆中诚招标咨询有限公司）缴纳，未中标开标后5个工作日内原路退还"),
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Bid bond for a customer's annual tender, paid to the tender agent's account named in the published announcement.")
acct_js_s03 = acct("js-s03", "3002", 19)
js.pay(T, "10-23", "13:12", payee("新疆天汇绿电交易服务有限公司", acct_js_s03, "中国工商银行乌鲁木齐新华南路支行", C, None, None),
       460000, "保证金", "绿电交易履约保证金", req_by="E2103", appr=[], channel="im",
       from_name="周立新", from_contact="QQ群:晶石硅业管理层沟通群（10月22日新建）", urgent=True,
       text=("周立新：@韩雪 基本户和一般户现在各有多少能动的？截个图发群里\n"
             "韩雪：周总，农行基本户可用312.6万，建行一般户87万 [图片]\n"
             "周立新：好。电力交易中心四季度绿电直购今天下午4点截止，要交履约保证金46万，打到天汇绿电交易服务公司\n"
             "周立新：户名 新疆天汇绿电交易服务有限公司 账号 " + acct_js_s03 + " 工行乌鲁木齐新华南路支行\n"
             "周立新：我跟发改委的人在一起，电话不方便接，签批单明天回来补\n"
             "韩雪：好的周总"),
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
                "first_time_payee", "no_approval", "boss_role", "urgency"],
       note="In a QQ 'management group' created the day before, the fake GM has the cashier post both bank balances, then orders a 460k 'green-power trading bond' to an unknown firm, sign-off tomorrow.")
js.pay(T, "10-26", "16:02", V_JS06, 82310, "运费", "工业硅外运运费（石河子—乌西集装箱中心）", req_by="E2102", appr=["E2101"],
       short="宏运达物流", contract=CT_FR, invoice=inv("jt-hn02"), changed="2026-06-18T11:30:00+08:00",
       signals=["account_changed_long_ago"],
       note="Hard negative: Freight to the carrier whose bank change was keyed in June and has been paid since.")
js.pay(T, "10-27", "12:40", V_JS04N, 8960, "货款", "木片款（16吨，补货）", req_by="E2102", appr=["E2101"],
       short="宏林木片", contract=CT_WC, invoice=inv("jt-s02"), changed="2026-10-15T17:05:00+08:00",
       label="scam", scam_type="account_change", expect="flag",
       signals=["account_changed_recent", "first_time_payee", "personal_account", "payee_name_mismatch"],
       note="Structural only: the wood-chip mill's vendor record was switched twelve days ago from its corporate account to a postal-savings card in a person's name; the small top-up payment reads as routine and is below the meaningful amount.")
js.order(T, "10-28", "11:15", C_JS03, [("工业硅421#", 60, "吨", 11200), ("内衬防潮吨袋（恒安包装）", 60, "条", 140)], "email",
         ADDR_JS03, "11-06", "款到发货（货款及吨袋费已到账）",
         "客户质量协议QA-2026-07要求421#改用其合格供方衢州市恒安包装的内衬防潮吨袋，吨袋费8400元已随货款汇入我司农行基本户（到账回单NH1027-09），"
         "我司按采购流程向恒安下单",
         third_party=("衢州市恒安包装材料有限公司", "0570-0000831", "designated_supplier", 8400),
         signals=["designated_supplier"],
         note="Hard negative: An established customer names its qualified bag supplier under its quality agreement; it has already paid us for silicon and bags, and we buy under our own purchase order.")
js.order(T, "10-29", "16:20",
         cust("上海晶链光伏科技有限公司", uscc("js-s07", "310115"), "钱总", "18500004471", "qian@jinglian-pv.com", wxid("js-s07"), None),
         [("工业硅3303#", 800, "吨", 11800)], "email", "江苏省盐城市大丰港经济区某光伏材料仓库", "11-20",
         "签约后预付20%，余款见票后30天",
         "我司承接某央企光伏产业园多晶硅原料保供项目，拟与贵司签订年度长协（全年9600吨），首批800吨。按项目要求长协须经我方指定的"
         "浦江公证服务中心公证，公证费由供方承担；另须供方缴纳合同金额1%的履约保证金，公证完成后预付款三日内到账。",
         third_party=("上海浦江公证服务中心", "021-0000648", "notary_service", 18600),
         fees=[("合同公证费", 18600), ("履约保证金（首批合同金额1%）", 94400)],
         label="scam", scam_type="contract_fraud", expect="flag",
         signals=["new_customer", "large_first_order", "fee_asked_of_seller", "deposit_words", "bigproject_words"],
         note="A young Shanghai firm dangles a 9,600-t annual offtake for a 'central-SOE solar park' but first wants us to pay its chosen notary and a 1% performance bond.")
js.pay(T, "10-30", "10:25", V_JS05, 4200000, "电费", "11月电费预缴", req_by="E2101", appr=["E2100"], channel="im",
       from_name="周立新", from_contact=wxid("js-gm"), urgent=True, contract=CT_PW,
       text=("周立新：供电公司说今天下午5点前不预缴11月电费，下周一起限负荷，陶经理抓紧办一下\n"
             "陶文静：收到周总，付款单已提交，按合同JS-NY-2026-001预缴，您在金蝶上批一下\n"
             "周立新：已批"),
       signals=["im_instruction", "boss_role", "urgency"],
       note="Hard negative: The real GM, on his usual WeChat, presses finance to prepay electricity to the regular utility before a load-limit deadline; the request goes through the ERP and he approves it there.")
js.pay(T, "10-31", "11:30", V_JS02, 420000, "货款", "兰炭款（400吨，周末应急补库）", req_by="E2140", appr=["E2101", "E2100"],
       urgent=True, contract=CT_LT,
       text="【加急】金蝶K3付款申请：兰炭库存仅够1天，金岭洁净煤要求款到装车，周末400吨应急补库；收款方 金岭洁净煤；合同JS-CG-2026-005；生产部郑海波申请，陶文静、周立新已审批",
       signals=["off_hours", "urgency"],
       note="Hard negative: Saturday emergency restock of semi-coke from the regular supplier, marked urgent and approved by both managers.")
acct_js_s12 = acct("js-s12", "622202", 19)
js.pay(T, "11-02", "12:15", payee("杨帆", acct_js_s12, "中国工商银行乌鲁木齐沙依巴克支行", PERS, None, None),
       38500, "代采购", "代购硅含量快速检测仪（学院订单）", req_by="E2120", appr=["E2101"], channel="im",
       from_name="某学院冶金实验室 孙老师", from_contact=wxid("js-s12"), urgent=True, order_id="JS-XS-20261030002",
       text=("高经理，仪器我问过了，只有精测仪器经营部有现货，杨老板那边要现款才发货。学院采购的钱财务处已经走完审批了，"
             "下周一硅和仪器一起转给你们，合计9.8万。仪器你们先帮忙垫一下付给杨帆，我们周三实验课就要用。"),
       label="scam", scam_type="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "institution_claim",
                "im_instruction", "urgency"],
       note="A 'college lab teacher' who ordered 5 t of silicon by phone has sales advance 38.5k to the instrument dealer he names, paid to a personal card, before any college money arrives.")
js.pay(T, "11-03", "16:45", payee("包头市恒通炭素贸易有限公司", acct("js-s08", "8801", 18), "内蒙古银行包头分行", C, None, None),
       268800, "预付款", "石墨电极预付款30%（UHP φ600，120根）", req_by="E2110", appr=["E2101", "E2100"],
       text=("金蝶K3付款申请：石墨电极预付款30%（UHP φ600，120根，单价较华岳低18%）；合同甲方 内蒙古鑫源炭素制品有限公司，"
             "对方来函要求预付款付至其“销售公司”包头市恒通炭素贸易有限公司（2026年7月成立）；对方厂区未实地考察；合同JS-CG-2026-031"),
       contract="JS-CG-2026-031",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["payee_name_mismatch", "first_time_payee", "shell_company", "no_po_contract"],
       note="Electrodes 18% below market from an unvisited maker, with the 30% prepayment to be paid to a four-month-old 'sales company' that is not the contract party.")
js.pay(T, "11-04", "11:20", payee("石河子市彩虹印务有限公司", acct("js-hn08", "8807", 18), "石河子农村商业银行", C, "V-JS22", "0993-0000352"),
       4860, "宣传费", "反诈宣传展板及海报制作", req_by="E2130", appr=["E2101"], invoice=inv("jt-hn08"),
       text=("金蝶K3付款申请：配合开发区派出所“反诈进园区”活动，制作展板6块、海报200张，内容含“公检法不会电话办案，更没有所谓安全账户”"
             "“陌生来电要求资金核查一律挂断”等；收款方 彩虹印务；发票" + inv("jt-hn08")),
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: First payment to a print shop for anti-fraud posters made with the park police station; the poster text quotes the safe-account and fund-verification warnings.")
acct_js_s01 = V_JS01N["account_no"]
js.pay(T, "11-05", "15:42", V_JS01N, 508400, "货款", "硅石款（1240吨）", req_by="E2102", appr=["E2101", "E2100"],
       channel="email", from_name="金钟硅石 财务部 苏红", from_contact="sukj@jinzhong-silica.com.cn",
       text=("发件人：金钟硅石财务部 <sukj@jinzhong-silica.com.cn>\n主题：关于我司收款账户变更的函\n\n晶石硅业财务部：\n"
             "因建设银行和静县支行对我司账户执行日均存款考核，经公司研究，自10月起货款统一收至我司在民生银行乌鲁木齐分行营业部开立的一般存款账户"
             "（账号" + acct_js_s01 + "），户名不变。变更函（加盖公章及财务专用章）扫描件见附件，纸质件随下批发票寄出。原建行账户今后仅用于缴税，请勿再汇入货款。\n"
             "如需核实请联系本函所列财务负责人 苏红 18500003167。\n和静县金钟硅石开采有限公司 财务部"),
       contract=CT_Q, invoice=inv("jt-s01"), changed="2026-10-30T11:25:00+08:00",
       verification={"callback_done": True, "callback_number": "18500003167", "verified_by": "E2110",
                     "verified_at": "2026-10-30T11:10:00+08:00"},
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "email_instruction", "account_change_words",
                "lookalike_domain", "unusual_bank_region", "new_contact"],
       note="An e-mail from a look-alike of the quarry's domain moves quartz payments to a Minsheng account in Urumqi; purchasing 'verified' it by calling the mobile printed in the letter, and this 508k is the first payment to it, six days after the change.")
acct_js_s11 = acct("js-s11", "622202", 19)
js.pay(T, "11-06", "19:48", payee("刘子豪", acct_js_s11, "中国工商银行南宁分行", PERS, None, None),
       26800, "借支", "市场推广费借支", req_by="E2121", appr=[], channel="im",
       from_name="星辰任务中心 客服", from_contact=wxid("js-s11"), urgent=True,
       text=("【星辰任务中心】尊敬的会员8826：\n您的第3组联单任务（共3单）已开启💰\n第1单：垫付3,200 → 已返3,680 ✅\n"
             "第2单：垫付9,600 → 已返11,040 ✅\n第3单：垫付26,800 → 完成后返本金+佣金30,820\n"
             "请于30分钟内完成充💰值，超时任务冻结，本金无法提现。\n收款人：刘子豪 工行 " + acct_js_s11),
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction",
                "no_approval", "urgency", "off_hours", "evasion_symbols"],
       note="After office hours a sales assistant tries to pay 26.8k of company money to a stranger's card for the third 'linked task' of a rebate group, its notice studded with money emoji.")
js.pay(T, "11-09", "16:12", payee("新疆天衡资产评估有限公司", acct("js-hn09", "650501", 19), "中国建设银行乌鲁木齐分行", C, "V-JS23", "0991-0000692"),
       32000, "评估费", "农行流动资金贷款抵押物评估费", req_by="E2101", appr=["E2100"], invoice=inv("jt-hn09"),
       text=("金蝶K3付款申请：农业银行石河子分行3000万元流动资金贷款（授信批复NH-SHZ-2026-0917），抵押物（2#、3#矿热炉及厂房）评估费，"
             "评估机构为银行入围机构天衡评估，按评估委托合同JS-FW-2026-021支付；发票" + inv("jt-hn09")),
       contract="JS-FW-2026-021",
       signals=["loan_fee_words", "first_time_payee"],
       note="Hard negative: Appraisal fee for a real bank loan, paid after the credit approval to the bank's panel appraiser under a signed engagement.")
js.order(T, "11-11", "10:48",
         cust("包头辰光硅材料有限公司", uscc("js-hn10", "150203"), "白经理", "0472-0000519", "purchase@chenguang-si.com", None, None),
         [("工业硅441#", 600, "吨", 10300)], "email", "内蒙古包头市稀土高新区辰光硅材料厂区", "11-25",
         "款到发货（首批预付款618万元已于11月10日到账）",
         "经恒晶新能源孟经理介绍，11月5日对方采购、质量两人来厂考察，合同JS-XS-2026-118已双方盖章；预付款已汇入我司农行基本户（到账回单NH1110-12）",
         signals=["new_customer", "large_first_order", "far_delivery"],
         note="Hard negative: A large first order from a new Baotou buyer that visited the plant, signed a contract and prepaid in full to our account.")
js.pay(T, "11-12", "17:55", payee("常州恒鑫化工贸易有限公司", acct("js-s04", "3002", 19), "中国工商银行常州武进支行", C, None, None),
       186000, "索赔款", "衢州恒硅421#质量索赔款", req_by="E2101", appr=[], channel="email",
       from_name="周立新", from_contact="zhoulixin.js@163.com", urgent=True,
       text=("发件人：周立新 <zhoulixin.js@163.com>\n主题：恒硅索赔款今天处理\n\n陶经理：\n衢州恒硅上月那批421#铁含量超标，我已经跟他们俞总谈妥，"
             "质量索赔款18.6万今天先付掉，不然他们要停后面的单。他们让付到其代理商常州恒鑫化工贸易有限公司的账户，账户信息见下。"
             "我在北京开会，有事邮件联系。\n周立新\n（发自我的手机）"),
       label="scam", scam_type="boss_impersonation", expect="flag",
       signals=["email_instruction", "free_mail", "boss_role", "urgency", "first_time_payee", "no_approval", "cannot_call"],
       note="A free-mail message 'from the GM', who is said to be in Beijing, tells the finance manager to pay a 186k quality claim today to the customer's 'agent', a Changzhou trader never paid before.")
js.pay(T, "11-13", "15:30", V_JS09, 101260, "劳务费", "10月破碎包装劳务费（24人，按吨计件）", req_by="E2102", appr=["E2101", "E2100"],
       short="破碎包装班组 王建国", contract=CT_LW, signals=["personal_account"],
       note="Hard negative: Monthly labour fee for the crushing-and-bagging crew, paid to its foreman's personal account as every month under the labour subcontract.")
js.pay(T, "11-16", "16:10", payee("中卫市鑫泰铁合金有限公司", acct("js-s13", "6404", 18), "宁夏银行中卫分行", C, None, None),
       150000, "退款", "客户多付货款退回（按客户要求转付其供应商）", req_by="E2121", appr=["E2101"], channel="im",
       from_name="德晟铝业 采购 袁经理", from_contact=wxid("js-s13"), urgent=True, order_id="JS-XS-20261113001",
       text=("会计把给中卫那边的货款也一起打到你们账上了，一共打了41.5万，你们货款是26.5万，网银回单截图发你了。"
             "多的15万麻烦直接转给中卫市鑫泰铁合金有限公司，省得退回来我们再转，他们那边今天等着装车。"),
       label="scam", scam_type="overpayment_refund", expect="block",
       signals=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "first_time_payee",
                "im_instruction", "urgency", "sales_order_linked"],
       note="A new Henan buyer claims, with only a screenshot, that it overpaid by 150k and wants the 'excess' sent on to its own ferro-alloy supplier instead of back to the payer.")
js.order(T, "11-17", "14:20", C_JS04, [("工业硅553#", 480, "吨", 10500)], "im", "浙江省温州市龙湾区某物流园中转仓", "11-30",
         "月结60天（货到开票，60天电汇）",
         "上次20吨质量没问题，下游几家压铸厂都认了。这次要480吨，分两批发，老客户了给个60天账期，年后一起结。运费我们出，直接发温州中转仓。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["small_then_large", "credit_terms_requested", "far_delivery"],
         note="The Wenzhou trader whose 20-t trial in September was paid by a 'related' firm now wants 480 t on 60-day credit to a transit warehouse: a small order to win trust, then a large one on credit.")
js.pay(T, "11-18", "11:50", payee("洛阳嘉铝合金材料有限公司", acct("js-hn07", "3002", 19), "中国工商银行洛阳偃师支行", C, None, "0379-0000514"),
       106000, "退款", "原路退回嘉铝合金11月重复付款", req_by="E2102", appr=["E2101"],
       text=("金蝶K3付款申请：嘉铝合金11月9日、11月10日两次支付同一批553#货款10.6万元（农行到账回单NH1109-07、NH1110-03，均已入账），"
             "经对方贾经理盖章来函确认，第二笔原路退回其付款账户（工行洛阳偃师支行）"),
       signals=["refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: An established customer's duplicate payment, confirmed in our bank statement, refunded to the same corporate account it came from.")
js.pay(T, "11-19", "11:05", payee("北京华网域名服务有限公司", acct("js-s09", "0200", 19), "中国工商银行北京朝阳支行", C, None, None),
       7980, "服务费", "中文域名“晶石硅业”及通用网址十年保护注册费", req_by="E2130", appr=["E2101"], channel="letter",
       from_name="中国品牌资源保护审核中心（自称）", from_contact="010-0000437",
       text=("邮寄来函《关于“晶石硅业”中文域名及通用网址注册争议的审核通知函》：贵司名称“晶石硅业”近日被深圳某公司申请注册为中文域名及通用网址，"
             "根据审核规则，在先权利人可于7个工作日内优先注册保护，逾期视为自动放弃。保护年限十年，费用7980元，请汇至受理单位北京华网域名服务有限公司，"
             "并将回执传真至010-0000437。"),
       label="scam", scam_type="fake_invoice", expect="flag",
       signals=["letter_instruction", "renewal_bill", "first_time_payee", "no_po_contract", "urgency"],
       note="A mailed 'brand-dispute review notice' says someone is registering the company name as a Chinese domain and bills 7,980 for ten years of 'protection' within seven working days.")
js.pay(T, "11-20", "16:40", payee("赵强", acct("js-hn12", "621700", 19), "中国建设银行石河子分行", PERS, None, None),
       9860, "工资", "离职结算工资（赵强，11月1日—15日及未休年假）", req_by="E2130", appr=["E2101"],
       text=("金蝶K3付款申请：炉前工赵强11月15日离职，结算11月工资及未休年假工资；原农行工资卡已挂失销户，"
             "本人11月18日持身份证到人事部现场登记本人名下建行新卡并签字确认；人事李娜经办"),
       signals=["personal_account", "first_time_payee", "payroll_change"],
       note="Hard negative: A leaver's final pay to a new card in his own name, registered by him in person at HR with his ID.")
js.pay(T, "11-23", "15:10", V_JS03N, 201900, "货款", "石墨电极款（UHP φ600，26根，对账补付）", req_by="E2102", appr=["E2101"],
       channel="email", from_name="华岳炭素 销售内勤 吴倩", from_contact="hy_tansu@163.com", urgent=True,
       text=("发件人：华岳炭素销售内勤 <hy_tansu@163.com>\n主题：9月电极款未付提醒\n\n晶石硅业马会计您好：\n我司财务对账发现9月第2批电极"
             "（UHP φ600，26根）发票" + inv("jh15") + "，金额201,900.00元，贵司尚未付款，账龄已超60天，请于本周内安排支付，否则影响12月排产。"
             "对账单见附件。\n华岳炭素 销售内勤 吴倩"),
       contract=CT_EL, invoice=inv("jh15"), changed="2026-09-24T15:20:00+08:00",
       label="scam", scam_type="fake_invoice", expect="block",
       signals=["duplicate_invoice", "email_instruction", "free_mail", "urgency", "account_changed_long_ago"],
       note="A dunning e-mail from the electrode maker's 'sales assistant' says September's invoice is unpaid; that invoice number was paid on 28 Sep.")
js.pay(T, "11-24", "16:30", payee("上海鼎融供应链金融服务有限公司", acct("js-s10", "3100", 19), "上海银行浦东分行", C, None, None),
       48000, "服务费", "专项贷款评估费及风险保证金", req_by="E2101", appr=["E2100"], channel="im",
       from_name="鼎融金服 客户经理 沈经理", from_contact=wxid("js-s10"), urgent=True,
       text=("陶总您好，贵司申请的光伏产业链专项流动资金贷款３０００万已通过初审，年化３．６％，无需抵押。按放款流程须先缴纳资产评估费１．８万"
             "及风险保证金３万，合计４．８万，缴纳后３个工作日内放款，保证金随首期利息退还。名额有限，本周五前未缴视为自动放弃。"),
       label="scam", scam_type="advance_fee", expect="flag",
       signals=["loan_fee_words", "fee_words", "deposit_words", "im_instruction", "first_time_payee", "urgency",
                "evasion_fullwidth"],
       note="A 'supply-chain finance' broker typing in full-width digits promises a 30m unsecured loan at 3.6% once 48k of appraisal fee and risk deposit is paid to its own company.")
js.pay(T, "11-25", "12:05", V_JS20, 1280, "服务费", "域名jingshi-si.com及企业邮箱2027年度续费", req_by="E2130", appr=["E2101"],
       text=("金蝶K3付款申请：域名jingshi-si.com及企业邮箱（50个账号）2027年度续费，服务商中网信达（2019年起合作，合同JS-FW-2024-012自动续期），"
             "续费通知来自其客户经理原有邮箱，已登录其官网后台核对到期日2026-12-08；发票" + inv("jt-hn13")),
       contract="JS-FW-2024-012", invoice=inv("jt-hn13"),
       signals=["renewal_bill", "first_time_payee"],
       note="Hard negative: Annual domain and mailbox renewal with the company's own registrar of seven years, checked against the registrar's console.")
js.pay(T, "11-26", "11:30", TAX_JS, "86432.17", "税款", "2024年度企业所得税补税及滞纳金", req_by="E2101", appr=["E2100"],
       text=("电子税务局三方协议扣缴：根据石河子市税务局第一稽查局《税务处理决定书》（石税一稽处〔2026〕58号），"
             "补缴2024年度企业所得税72,580.00元及滞纳金13,852.17元"),
       signals=["authority_words"],
       note="Hard negative: Back tax and late-payment interest after a real tax audit, debited to the treasury through the e-tax three-party agreement.")

# ==========================================================================
# yanhu: 奎屯盐湖氯碱化工有限公司 (chlor-alkali, Kuitun-Dushanzi)
# finance office: Mon-Fri 10:00-20:00 Beijing time
# ==========================================================================


def yh_fmt(desc, short, contract, invoice):
    s = "SAP FI 付款建议 F110：" + desc
    if short:
        s += "｜" + short
    if contract:
        s += "｜合同" + contract
    if invoice:
        s += "｜发票" + invoice
    return s


YH_STAFF = {"E3200": "孙长青", "E3201": "顾红梅", "E3202": "赵磊", "E3203": "努尔古丽", "E3210": "钱卫东",
            "E3220": "吴斌", "E3221": "张蕾", "E3230": "马小军", "E3240": "丁燕", "E3250": "何涛", "E3260": "刘佳"}
yh = Tenant("yanhu",
            {"account_no": acct("yh-payer", "3008", 19), "account_name": "奎屯盐湖氯碱化工有限公司"},
            "YH-PAY-", "YH-SO-", YH_STAFF, yh_fmt)

V_YH01 = payee("博乐艾湖原盐开发有限公司", acct("yh-v01", "309201010400", 17), "中国农业银行博乐分行", C, "V-YH01", "0909-0000356")
V_YH02F = payee("新疆丝路商业保理有限公司", acct("yh-v02f", "1076", 18), "中国银行乌鲁木齐分行", C, "V-YH02", "0991-0000274")
V_YH03 = payee("奎独区热电联产有限公司", acct("yh-v03", "3008", 19), "中国工商银行奎屯分行", C, "V-YH03", "0992-0000615")
V_YH04 = payee("克拉玛依安达危险货物运输有限公司", acct("yh-v04", "650501", 19), "中国建设银行克拉玛依分行", C, "V-YH04", "0990-0000483")
V_YH05 = payee("新疆西铁罐车租赁有限公司", acct("yh-v05", "1076", 18), "中国银行乌鲁木齐分行", C, "V-YH05", "0991-0000739")
V_YH05N = payee("深圳前海鼎盛商业保理有限公司", acct("yh-v05n", "1500", 16), "平安银行深圳前海分行", C, "V-YH05", "0991-0000739")
V_YH06 = payee("奎屯华塑包装制品有限公司", acct("yh-v06", "8806", 18), "新疆奎屯农村商业银行", C, "V-YH06", "0992-0000528")
V_YH08 = payee("克拉玛依绿源危废处置有限公司", acct("yh-v08", "3002", 19), "中国工商银行克拉玛依分行", C, "V-YH08", "0990-0000172")
V_YH09 = payee("吐尔洪·阿吉", acct("yh-v09", "622848", 19), "中国农业银行奎屯分行", PERS, "V-YH09", "15000003718")
V_YH10 = payee("乌鲁木齐云启信息技术有限公司", acct("yh-v10", "3002", 19), "中国工商银行乌鲁木齐高新区支行", C, "V-YH10", "0991-0000846")
PAY_YH = payee("中国工商银行奎屯分行（代发工资专户）", acct("yh-pay", "3008", 19), "中国工商银行奎屯分行", C, "PAY-01", None)
TAX_YH = payee("国家金库奎屯市支库", acct("yh-tax", "654003", 17), "国家金库奎屯市支库", C, "TAX-01", None)
GRP_YH = payee("新疆盐湖化工集团有限公司", acct("yh-grp", "3002", 19), "中国工商银行乌鲁木齐分行", C, "GRP-01", "0991-0000101")

C_YH01 = cust("乌鲁木齐联创塑化贸易有限公司", uscc("C-YH01", "650104"), "周经理", "0991-0000457", "zhou@lianchuang-pvc.com", None, "C-YH01")
C_YH02 = cust("新疆准东铝业有限公司", uscc("C-YH02", "652327"), "郑科长", "0994-0000318", "wzb@zdly-al.com", None, "C-YH02")
C_YH03 = cust("昌吉市恒通管业有限公司", uscc("C-YH03", "652301"), "何经理", "0994-0000743", "hejl@htgy-pipe.com", None, "C-YH03")
C_YH04 = cust("石河子城市供水有限责任公司", uscc("C-YH04", "659001"), "韦工", "0993-0000264", "wg@shz-water.cn", None, "C-YH04")
ADDR_YH01 = "乌鲁木齐市米东区化工物流园联创仓库"
ADDR_YH02 = "昌吉州准东经济技术开发区芨芨湖产业园准东铝业氧化铝厂"
ADDR_YH03 = "昌吉市高新区恒通管业厂区"

CT_SALT = "YH-CG-2026-001"
CT_CAC2 = "YH-CG-2026-002"
CT_STEAM = "YH-NY-2026-001"
CT_HAZ = "YH-WL-2026-002"
CT_TANK = "YH-ZL-2026-003"
CT_BAG = "YH-CG-2026-006"
CT_WASTE = "YH-HB-2026-001"
CT_LOAD = "YH-LW-2026-002"

# ---- yanhu history ----
yh.pay(H, "09-01", "11:05", V_YH01, 912000, "货款", "原盐款（3200吨）", req_by="E3202", appr=["E3201", "E3200"],
       short="艾湖原盐", contract=CT_SALT, invoice=inv("yh01"), note="Raw-salt payment to the regular salt works.")
yh.order(H, "09-02", "15:20", C_YH01, [("聚氯乙烯树脂SG-5", 400, "吨", 5180)], "erp", ADDR_YH01, "09-08", "款到发货",
         "预付款已到账，铁路棚车发乌西站", note="PVC order from the established distributor.")
yh.pay(H, "09-03", "12:10", V_YH02F, 3256000, "货款", "电石款（1100吨）", req_by="E3202", appr=["E3201", "E3200"],
       text=yh_fmt("电石款（1100吨）", "丝路保理（银峰电石应收账款保理，三方确认书YH-BL-2026-002）", CT_CAC2, inv("yh03")),
       contract=CT_CAC2, invoice=inv("yh03"), changed="2026-08-20T10:30:00+08:00",
       note="Calcium-carbide payment to the factor named in a signed three-party assignment keyed in on 20 Aug.")
yh.order(H, "09-04", "16:40", C_YH02, [("液碱（50%）", 1200, "吨", 1320)], "erp", ADDR_YH02, "09-15", "月结30天",
         "铁路罐车发运，准东铝业专用线卸车", note="Caustic-soda order from the established state-owned alumina plant.")
yh.pay(H, "09-08", "11:46", V_YH04, 126540, "运费", "危化品运输费（8月，液碱、盐酸汽运）", req_by="E3230", appr=["E3201"],
       short="安达危运", contract=CT_HAZ, invoice=inv("yh05"), note="Monthly hazardous-goods road freight to the licensed carrier.")
yh.pay(H, "09-09", "17:12", V_YH05, 186000, "租赁费", "9月铁路罐车租金（GN70 30辆）", req_by="E3230", appr=["E3201", "E3200"],
       short="西铁罐车", contract=CT_TANK, invoice=inv("yh06"), note="Monthly rent for leased rail tank wagons.")
yh.pay(H, "09-10", "18:30", PAY_YH, 1846230, "工资", "8月工资代发（236人）", req_by="E3240", appr=["E3201", "E3200"],
       text="SAP FI 付款建议 F110：8月工资代发（236人）｜工资表经人力资源部、财务部复核", note="Monthly payroll.")
yh.pay(H, "09-11", "10:58", V_YH03, "6712408.60", "能源费", "8月蒸汽及电费", req_by="E3202", appr=["E3201", "E3200"],
       short="奎独热电", contract=CT_STEAM, invoice=inv("yh08"), note="Monthly steam and power bill to the park's cogeneration plant.")
yh.pay(H, "09-14", "15:36", V_YH06, 64800, "货款", "PVC包装袋款（12万条）", req_by="E3202", appr=["E3201"],
       short="华塑包装", contract=CT_BAG, invoice=inv("yh09"), changed="2026-04-09T12:00:00+08:00",
       note="PVC bags from the regular maker, whose account change dates from April.")
yh.pay(H, "09-15", "10:40", TAX_YH, "2036115.38", "税款", "8月增值税及附加", req_by="E3201", appr=["E3200"],
       text="电子税务局三方协议扣缴：8月增值税及附加", note="Monthly VAT.")
yh.order(H, "09-16", "16:05", C_YH03, [("聚氯乙烯树脂SG-5", 200, "吨", 5200)], "erp", ADDR_YH03, "09-22", "月结30天",
         "管材旺季备货", note="PVC order from the established pipe maker.")
yh.pay(H, "09-17", "12:44", V_YH09, 71400, "劳务费", "8月片碱、PVC装车劳务费（18人）", req_by="E3230", appr=["E3201"],
       short="装车班组 吐尔洪·阿吉", contract=CT_LOAD, note="Loading crew paid through its foreman under the labour subcontract.")
yh.pay(H, "09-22", "15:18", V_YH08, 48000, "处置费", "危废处置预付款（盐泥、废活性炭）", req_by="E3250", appr=["E3201"],
       short="绿源危废", contract=CT_WASTE, invoice=inv("yh13"), note="Prepayment to the licensed hazardous-waste disposer.")
yh.pay(H, "09-29", "11:22", V_YH01, 855000, "货款", "原盐款（3000吨）", req_by="E3202", appr=["E3201", "E3200"],
       short="艾湖原盐", contract=CT_SALT, invoice=inv("yh14"), note="Raw-salt payment to the regular salt works.")
yh.order(H, "10-08", "16:26", C_YH04, [("次氯酸钠（10%）", 60, "吨", 680)], "email", "石河子市北泉镇第二水厂", "10-12",
         "款到发货", "款已付，危化品槽车配送", note="Sodium-hypochlorite order from the established water utility.")

# ---- yanhu test: routine ----
yh.pay(T, "10-12", "12:06", V_YH01, 883500, "货款", "原盐款（3100吨）", req_by="E3202", appr=["E3201", "E3200"],
       short="艾湖原盐", contract=CT_SALT, invoice=inv("yt01"), note="Routine: Raw-salt payment to the regular salt works.")
yh.pay(T, "10-13", "18:10", PAY_YH, 1851640, "工资", "9月工资代发（238人）", req_by="E3240", appr=["E3201", "E3200"],
       text="SAP FI 付款建议 F110：9月工资代发（238人）｜工资表经人力资源部、财务部复核", note="Routine: Monthly payroll.")
yh.order(T, "10-14", "11:30", C_YH02, [("液碱（50%）", 1300, "吨", 1320)], "erp", ADDR_YH02, "10-24", "月结30天",
         "铁路罐车发运，准东铝业专用线卸车", note="Routine: Caustic-soda order from the established state-owned alumina plant.")
yh.pay(T, "10-16", "11:02", V_YH03, "6588104.30", "能源费", "9月蒸汽及电费", req_by="E3202", appr=["E3201", "E3200"],
       short="奎独热电", contract=CT_STEAM, invoice=inv("yt04"), note="Routine: Monthly steam and power bill.")
yh.order(T, "10-23", "15:45", C_YH01, [("聚氯乙烯树脂SG-5", 350, "吨", 5150)], "erp", ADDR_YH01, "10-29", "款到发货",
         "预付款已到账，铁路棚车发乌西站", note="Routine: PVC order from the established distributor.")
yh.pay(T, "11-05", "16:30", V_YH04, 131260, "运费", "危化品运输费（10月，液碱、盐酸汽运）", req_by="E3230", appr=["E3201"],
       short="安达危运", contract=CT_HAZ, invoice=inv("yt06"), note="Routine: Monthly hazardous-goods road freight to the licensed carrier.")
yh.pay(T, "11-16", "11:20", V_YH01, 855000, "货款", "原盐款（3000吨）", req_by="E3202", appr=["E3201", "E3200"],
       short="艾湖原盐", contract=CT_SALT, invoice=inv("yt07"), note="Routine: Raw-salt payment to the regular salt works.")

# ---- yanhu test: scams and hard negatives ----
yh.pay(T, "10-14", "15:30", V_YH10, 68000, "服务费", "SAP系统年度运维服务费（第二期）", req_by="E3202", appr=["E3201"],
       text=yh_fmt("SAP年度运维服务费第二期，云启信息按运维合同提供远程协助（向日葵，由我方信息中心开通并全程监控）及季度现场巡检",
                   "云启信息", "YH-FW-2025-019", inv("yt-hn12")),
       contract="YH-FW-2025-019", invoice=inv("yt-hn12"),
       signals=["remote_control", "first_time_payee"],
       note="Hard negative: Second instalment of the SAP support contract, which includes remote-desktop sessions opened and watched by our own IT staff.")
acct_yh_s06 = acct("yh-s06", "3002", 19)
yh.pay(T, "10-15", "12:48", payee("新疆北辰能源化工有限公司", acct_yh_s06, "中国工商银行乌鲁木齐北京路支行", C, None, None),
       500000, "保证金", "液氯长协履约保证金", req_by="E3203", appr=[], channel="im",
       from_name="孫長青", from_contact="钉钉:孙长青（外部联系人）", urgent=True,
       text=("孫長青：努爾古麗，在嗎？\n努尔古丽：孙总在的\n孫長青：現在工行和建行帳上可用資金各多少？截圖發我看一下\n"
             "努尔古丽：[图片] 工行1,286万，建行342万\n"
             "孫長青：獨山子那邊液氯長協談下來了，對方要先收50萬履約保證金，打到新疆北辰能源化工有限公司，帳號" + acct_yh_s06 + "。"
             "我在自治區開會，不方便接電話，手續回來補，今天辦完。"),
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
                "first_time_payee", "no_approval", "boss_role", "urgency", "evasion_traditional"],
       note="An 'external contact' with the chairman's name, writing in traditional characters on DingTalk, asks the cashier for both bank balances and then a 500k 'chlorine contract bond' to an unknown firm, paperwork later.")
yh.pay(T, "10-19", "11:18", V_YH02F, 3381000, "货款", "电石款（1150吨）", req_by="E3202", appr=["E3201", "E3200"],
       text=yh_fmt("电石款（1150吨）", "丝路保理（银峰电石应收账款已保理，三方确认书YH-BL-2026-002，8月20日起付保理专户）", CT_CAC2, inv("yt-hn01")),
       contract=CT_CAC2, invoice=inv("yt-hn01"), changed="2026-08-20T10:30:00+08:00",
       signals=["payee_name_mismatch", "account_changed_long_ago"],
       note="Hard negative: Carbide paid to the factor, not the carbide maker, under a three-party assignment signed in August and paid that way since.")
yh.order(T, "10-20", "16:45",
         cust("甘肃陇原化工集团有限公司西部分公司", bad_uscc("yh-s01", "620402"), "何经理", "15000008236", None, wxid("yh-s01"), None),
         [("液氯", 40, "吨", 260), ("片碱（99%）", 100, "吨", 3350)], "phone", "甘肃省白银市某化工园区（对方自备槽车提货）", "10-24",
         "款到发货（由集团财务公司账户代付）",
         "我们是省属国企下属单位。液氯的剧毒化学品购买许可证在办理中，这次先用集团另一家子公司的证提货，下月补备案；槽车是我们自己找的，"
         "押运员证件到时候现场看。货款由集团财务公司账户转过来。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["hazardous_no_permit", "third_party_payer", "new_customer", "institution_claim", "invalid_credit_code",
                  "far_delivery", "contact_im_only"],
         note="A 'state-owned group branch' with a credit code that fails its check wants 40 t of liquid chlorine on another company's permit, its own tankers and a third-party payer.")
yh.pay(T, "10-21", "16:20", payee("陈志刚", acct("yh-s08", "622202", 19), "中国工商银行伊宁分行", PERS, None, None),
       12000, "评审费", "危化品安全生产许可证延期专家评审费", req_by="E3250", appr=["E3201"], channel="phone",
       from_name="自称奎屯市应急管理局危化科 王科长", from_contact="0992-0000381", urgent=True,
       text=("安环部何涛电话记录：来电称我公司《安全生产许可证》年底到期，延期材料缺专家现场评审意见，今天内不缴评审费将暂停延期受理并责令停产整改。"
             "评审费12000元由专家组组长陈志刚代收，发票评审后统一开具。"),
       label="scam", scam_type="authority_impersonation", expect="flag",
       signals=["authority_words", "personal_account", "phone_instruction", "first_time_payee", "urgency"],
       note="A caller posing as the emergency-management bureau threatens to suspend the hazardous-chemicals safety licence unless a 12k 'expert review fee' reaches an individual's card today.")
yh.pay(T, "10-22", "16:10", payee("乌鲁木齐联创塑化贸易有限公司", acct("yh-hn02", "3002", 19), "中国工商银行乌鲁木齐米东支行", C, None, "0991-0000457"),
       124300, "返利", "三季度PVC销售返利（按经销协议）", req_by="E3221", appr=["E3220", "E3201"],
       text=("SAP FI 付款建议 F110：联创塑化2026年三季度PVC提货2486吨，按经销协议YH-XS-2026-003第7条每吨50元返利，"
             "对公转账至其签约账户（与其来款账户一致），对方已出具盖章返利确认函"),
       contract="YH-XS-2026-003",
       signals=["task_rebate_words", "first_time_payee"],
       note="Hard negative: Quarterly volume rebate to the established distributor under its contract, paid to its own corporate account.")
yh.order(T, "10-26", "12:35",
         cust("新疆恒泰建设工程有限公司独山子乙烯改造项目部", None, "杨工", "18500007342", None, wxid("yh-s02"), None),
         [("片碱（99%）", 50, "吨", 3350), ("盐酸（31%）", 200, "吨", 120)], "im", "克拉玛依市独山子区乙烯改造项目施工现场", "10-27",
         "项目部统一支付（回单截图已发）",
         "项目部财务已经把片碱、盐酸和储罐的钱一起转了，回单截图发你们微信了，对公跨行显示处理中。储罐是业主指定的宏达防腐，厂家只认现款，"
         "麻烦你们先 垫 付16.8万给宏达，明天和碱一起拉到现场，工地急着用。",
         third_party=("乌鲁木齐市米东区宏达防腐设备经营部", "13500005297", "designated_supplier", 168000),
         label="scam", scam_type="fake_order", expect="block",
         signals=["designated_supplier", "fake_payment_proof", "off_catalogue_item", "institution_claim", "new_customer",
                  "contact_im_only", "urgency", "evasion_spacing"],
         note="A 'project department' orders flake caustic and acid, then wants us to pay its owner's designated tank supplier 168k first, backed only by a 'processing' transfer screenshot; the word for 'advance' is spaced out.")
yh.pay(T, "10-27", "11:55", V_YH05, 50000, "押金", "冬季加租GN70罐车10辆押金（退车返还）", req_by="E3230", appr=["E3201", "E3200"],
       short="西铁罐车", contract=CT_TANK, signals=["deposit_words"],
       note="Hard negative: Refundable deposit for ten extra winter tank wagons from the regular lessor, under the existing lease.")
yh.order(T, "10-28", "15:50",
         cust("沧州鸿泰塑业有限公司", uscc("yh-s12", "130902"), "崔经理", "13500006618", None, wxid("yh-s12"), None),
         [("聚氯乙烯树脂SG-5", 30, "吨", 5200)], "im", "河北省沧州市运河区某塑料制品厂", "11-05", "款到发货",
         "我们会计把给金源化工的20万也错打到你们对公户了，一共转了35.6万，网银回单截图发你了。麻烦把多的20万直接退给金源化工（他们是我们原料商），"
         "这样不用再走一遍我们的账。",
         third_party=("沧州市金源化工贸易有限公司", "18500001846", "refund_recipient", 200000),
         label="scam", scam_type="overpayment_refund", expect="block",
         signals=["overpayment", "refund_to_other_account", "fake_payment_proof", "new_customer", "far_delivery",
                  "contact_im_only", "refund_words"],
         note="A new Hebei buyer of 30 t of PVC claims a 200k mistaken extra transfer, shown only as a screenshot, and asks for it to go to its raw-material trader rather than back to the payer.")
yh.pay(T, "10-29", "19:15", V_YH03, 3000000, "能源费", "10月蒸汽及电费预付款", req_by="E3203", appr=["E3201"], channel="im",
       from_name="顾红梅", from_contact="钉钉群:财务部工作群", contract=CT_STEAM,
       text=("顾红梅：@努尔古丽 今天的资金日报发一下，工行、建行账上余额各多少？热电的预付款付了没有\n"
             "努尔古丽：顾部长，工行可用1,026万，建行288万；热电10月预付款付款单已提交，等您审批\n"
             "顾红梅：已批，付吧"),
       signals=["balance_probe", "im_instruction", "boss_role"],
       note="Hard negative: The finance head asks the cashier for the daily balances in the long-standing finance group, then approves the regular steam prepayment in SAP.")
yh.pay(T, "10-30", "17:35", payee("刘建英", acct("yh-s05", "621700", 19), "中国建设银行奎屯分行", PERS, None, None),
       16800, "工资", "10月电解工段倒班夜班津贴（7人）", req_by="E3260", appr=["E3201"],
       text="SAP FI 付款建议 F110：10月电解工段倒班夜班津贴（7人，明细见附表）｜电解车间统计员提交，车间主任签字",
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_not_employee", "payee_shared_by_employees", "personal_account", "first_time_payee"],
       note="Structural only: seven electrolysis operators' night-shift allowances go in one sum to a personal card held by someone not on the payroll, submitted by the workshop clerk; the text reads like any allowance run.")
yh.order(T, "11-02", "10:48",
         cust("奎屯市水务集团有限公司", uscc("yh-hn03", "654003"), "冯工", "0992-0000207", "fengg@kt-water.cn", None, None),
         [("液氯（1吨钢瓶装）", 12, "吨", 1200), ("次氯酸钠（10%）", 40, "吨", 680)], "email", "奎屯市第一水厂加氯间", "11-06",
         "款到发货",
         "对方提供剧毒化学品购买许可证（奎公（剧）购字〔2026〕017号）、经办人身份证明及押运单位资质，货款由其基本户汇入；按规定发货后5日内向奎屯市公安局备案",
         signals=["new_customer", "institution_claim"],
         note="Hard negative: A new state-owned water utility orders liquid chlorine with its purchase permit, carrier licence and own-account payment, and the sale is filed with the police as required.")
yh.pay(T, "11-03", "11:40", payee("北京中联资源咨询服务有限公司", acct("yh-s04", "0200", 19), "中国工商银行北京西城支行", C, None, None),
       80000, "服务费", "央企PVC年度框架采购入围咨询服务费", req_by="E3220", appr=["E3201", "E3200"], channel="im",
       from_name="中间人 许总", from_contact=wxid("yh-s04"),
       text=("孙总，跟您交个底：国字头那家明年PVC框采的评标专家我都熟，入围名额我们来运作，包入围。前期信息咨询服务费8万先走我们咨询公司的账，"
             "中标后再按合同额1.5%结居间费。这事小范围知道就行。"),
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["middleman_fee", "bigproject_words", "secrecy_words", "first_time_payee", "im_instruction"],
       note="A go-between promises a guaranteed place in an SOE's PVC framework tender for an 80k 'consulting fee' now and a 1.5% finder's fee later, and asks that few people know.")
yh.pay(T, "11-04", "15:40", V_YH06, 54000, "货款", "PVC包装袋款（10万条）", req_by="E3202", appr=["E3201"],
       text=yh_fmt("PVC包装袋款（10万条）", "华塑包装｜MIGO收货凭证5000018873已过账，MIRO发票校验已过账", CT_BAG, inv("yt-hn10")),
       contract=CT_BAG, invoice=inv("yt-hn10"), changed="2026-04-09T12:00:00+08:00",
       signals=["account_lending_words", "account_changed_long_ago"],
       note="Hard negative: Bag payment to the regular maker whose SAP text says the goods receipt and invoice were 'posted' (过账), the accounting sense of the word.")
yh.pay(T, "11-06", "15:12", payee("奎屯市财政局非税收入汇缴结算户", acct("yh-hn05", "3008", 19), "中国工商银行奎屯分行", C, None, None),
       30000, "罚款", "环保行政处罚罚款", req_by="E3250", appr=["E3201", "E3200"],
       text=("SAP FI 付款建议 F110：根据伊犁州生态环境局奎屯分局《行政处罚决定书》（伊环奎罚〔2026〕21号），盐酸罐区无组织排放超标罚款3万元，"
             "按决定书所载非税收入缴款码缴入财政非税收入汇缴结算户；安环部何涛经办"),
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: An environmental fine paid with the payment code on a written penalty decision into the finance bureau's non-tax collection account.")
acct_yh_s07 = V_YH05N["account_no"]
yh.pay(T, "11-09", "15:25", V_YH05N, 192000, "租赁费", "11月铁路罐车租金（GN70 30辆）", req_by="E3202", appr=["E3201"],
       channel="letter", from_name="新疆西铁罐车租赁有限公司", from_contact="快递来函",
       text=("《应收账款转让通知书》（加盖公章）\n奎屯盐湖氯碱化工有限公司：\n我司已将对贵司2026年10月至2027年3月的罐车租金应收账款转让予深圳前海鼎盛商业保理有限公司，"
             "自本通知送达之日起，请将租金支付至保理公司账户（平安银行深圳前海分行，账号" + acct_yh_s07 + "），向原账户付款不再视为履行付款义务。"
             "如有疑问请联系保理公司业务经理 何伟 15000002284。\n新疆西铁罐车租赁有限公司"),
       contract=CT_TANK, invoice=inv("yt-s07"), changed="2026-11-02T10:40:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "letter_instruction",
                "account_change_words", "unusual_bank_region", "new_contact"],
       note="A couriered 'receivables assignment notice' redirects the tank-wagon rent to a Shenzhen factor; the vendor record was changed a week ago with no three-party confirmation or call to the lessor, and this is the first payment.")
yh.order(T, "11-10", "17:10",
         cust("宁波甬塑新材料有限公司", uscc("yh-s03", "330212"), "方经理", "13500009174", "fang@yongsu-pvc.com", wxid("yh-s03"), None),
         [("聚氯乙烯树脂SG-5", 30, "吨", 5200)], "im", "浙江省宁波市北仑区某塑料制品厂", "11-20", "平台担保交易",
         "对方称通过“化塑易采”平台下单，要求我方先在平台开通“卖家保障”并缴纳诚信保证金5000元，再下载“易采会议”APP开启屏幕共享，"
         "由平台客服远程指导完成“验厂认证”后才能确认订单。",
         fees=[("平台诚信保证金", 5000)],
         label="scam", scam_type="fake_order", expect="flag",
         signals=["remote_control", "fee_asked_of_seller", "deposit_words", "new_customer", "far_delivery"],
         note="A new Ningbo buyer routes a small PVC order through a 'platform' that wants a 5k seller deposit and a screen-sharing app session before the order is confirmed.")
yh.order(T, "11-11", "12:20", C_YH03, [("聚氯乙烯树脂SG-5", 220, "吨", 5150)], "erp", ADDR_YH03, "11-18",
         "月结30天（由母公司新疆恒通建材集团统一支付，三方代付协议YH-DF-2026-001已备案）",
         "本批货款由集团财务统一支付，付款账户与三方代付协议一致",
         signals=["third_party_payer"],
         note="Hard negative: The established pipe maker's parent company pays for its orders under a three-party payment agreement already on file.")
yh.pay(T, "11-12", "15:15", payee("杭州星推网络科技有限公司（支付宝商户）", acct("yh-s11", "2088", 16), "支付宝（中国）网络技术有限公司", "unknown", None, None),
       9800, "推广费", "短视频平台企业号推广充值", req_by="E3221", appr=["E3220"], channel="im",
       from_name="星推运营 小雨", from_contact=wxid("yh-s11"), urgent=True,
       text=("张经理，企业号“盐湖氯碱”的推广套餐：充值9800送2000流量，完成3轮点赞任务后返现15%，返利直接打回对公。"
             "上一轮的1980已经返了2277，这一轮名额今晚截止。"),
       label="scam", scam_type="task_rebate", expect="flag",
       signals=["task_rebate_words", "topup_words", "third_party_payment_endpoint", "first_time_payee", "im_instruction",
                "urgency"],
       note="A 'short-video promotion' agent draws the sales assistant into a top-up-and-like-tasks scheme with a rebate already 'paid' on the last round, paid to an Alipay merchant.")
yh.order(T, "11-13", "11:25",
         cust("郑州中原塑化贸易有限公司", uscc("yh-hn11", "410102"), "秦经理", "0371-0000884", "qin@zysh-pvc.com", None, None),
         [("聚氯乙烯树脂SG-5", 500, "吨", 5150)], "email", "河南省郑州市圃田铁路货场中原塑化仓库", "11-28",
         "款到发货（预付款257.5万元已到账）",
         "10月下旬销售部吴斌实地走访其郑州仓库，合同YH-XS-2026-041已签；预付款由其对公账户汇入我司工行基本户，已确认到账；铁路整列发郑州圃田站",
         signals=["new_customer", "large_first_order", "far_delivery"],
         note="Hard negative: A new distributor in Zhengzhou, visited by our sales manager, prepays a large first order in full from its own account.")
acct_yh_s13 = acct("yh-s13", "3002", 19)
yh.pay(T, "11-17", "16:50", payee("新疆恒远物资贸易有限公司", acct_yh_s13, "中国工商银行乌鲁木齐南湖支行", C, None, None),
       1980000, "往来款", "代联创塑化转付往来款", req_by="E3220", appr=["E3201"], channel="im",
       from_name="联创塑化 邵总", from_contact=wxid("yh-s13"),
       text=("吴经理，帮个忙：我们公户被下游一个客户的官司冻住了，有笔200万的货款让他们先打到你们账上，你们收到后转给恒远物资，"
             "扣2万算你们的手续费。就是借你们公户过一下账，当天进当天出，不影响你们。"),
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "vague_memo"],
       note="The distributor's boss asks to run 2m of his customer's money through our account and on to a third company the same day for a 20k 'fee'.")
yh.pay(T, "11-19", "11:52", V_YH04, 126540, "运费", "危化品运输费（8月）", req_by="E3230", appr=["E3201"],
       short="安达危运", contract=CT_HAZ, invoice=inv("yh05"),
       label="scam", scam_type="fake_invoice", expect="block",
       signals=["duplicate_invoice"],
       note="Structural only: the hazmat carrier's August freight invoice, already paid on 8 Sep, is put through again with the same invoice number and amount.")
yh.pay(T, "11-20", "16:35", payee("石河子城市供水有限责任公司", acct("yh-hn08", "305901010400", 17), "中国农业银行石河子分行", C, None, "0993-0000264"),
       18360, "退款", "预收款余额原路退回", req_by="E3202", appr=["E3201"],
       text=("SAP FI 付款建议 F110：石河子城市供水冬季停用次氯酸钠，预收款余额18,360.00元（双方盖章对账单确认），"
             "原路退回其农行付款账户（与来款账户一致，银行流水已核）"),
       signals=["refund_words", "first_time_payee"],
       note="Hard negative: Unused prepayment returned to an established customer's own paying account after a signed statement.")
yh.pay(T, "11-21", "10:40", V_YH04, 18600, "运费", "液氯钢瓶周末加急配送运费", req_by="E3230", appr=["E3201", "E3200"],
       urgent=True, contract=CT_HAZ,
       text="【加急】SAP FI 付款建议 F110：周末两车液氯钢瓶送奎屯水务（购买许可证已核），安达危运要求先结本趟运费｜储运部马小军申请，顾红梅、孙长青已审批",
       signals=["off_hours", "urgency"],
       note="Hard negative: Saturday urgent freight for a permitted chlorine delivery, paid to the licensed carrier with both approvals.")
yh.pay(T, "11-24", "18:20", PAY_YH, 476000, "福利费", "2026年冬季取暖补贴代发（238人）", req_by="E3240", appr=["E3201", "E3200"],
       text=("SAP FI 付款建议 F110：按公司《职工福利管理办法》发放2026年冬季取暖补贴，每人2000元，经总经理办公会审议（纪要〔2026〕31号），"
             "由工行代发专户发放至职工工资卡"),
       signals=["subsidy_words"],
       note="Hard negative: The company's own winter heating allowance paid through the payroll account to staff salary cards.")
yh.pay(T, "11-25", "16:05", payee("马振华", acct("yh-s10", "622202", 19), "中国工商银行乌鲁木齐分行", PERS, None, None),
       300000, "验资", "过桥资金验资款（验资后原路退回）", req_by="E3201", appr=["E3200"], channel="im",
       from_name="华信资本 马经理", from_contact=wxid("yh-s10"),
       text=("顾部长，您说的3000万过桥我们资金方已经同意了，利息按日千分之一。按规矩放款前要先验一下贵司的还款能力：30万转到资金方指定的个人账户做验资，"
             "验资完2小时内原路退回，然后当天放款。公户转私户是资金方的要求，走公户审核太慢。"),
       label="scam", scam_type="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "personal_account_pretext", "im_instruction"],
       note="A bridge-loan 'capital provider' wants 300k sent to an individual's account to 'verify repayment capacity' before lending 30m.")
yh.pay(T, "11-26", "20:40", payee("乌鲁木齐融通企业管理咨询有限公司", acct("yh-s14", "3002", 19), "中国工商银行乌鲁木齐新市区支行", C, None, None),
       36000, "服务费", "企业流水包装及授信咨询服务费", req_by="E3201", appr=["E3200"], channel="im",
       from_name="融通咨询 刘经理", from_contact=wxid("yh-s14"),
       text=("顾部长，银行那边说贵司近6个月流水不够，授信批不下来。我们的方案：贵司dgzh借我们用两个月，每月帮你们sls 3000万，"
             "U盾快递寄到乌鲁木齐我们办公室，两个月后原样寄回。服务费3.6万先付，流水做够了授信5000万没问题。"),
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "loan_fee_words", "fee_words", "first_time_payee", "im_instruction", "off_hours",
                "evasion_pinyin"],
       note="Late in the evening a 'credit consultant', writing pinyin initials, wants the corporate account and its USB key posted to him for two months of fake turnover, plus a 36k fee.")
yh.pay(T, "11-30", "16:00", GRP_YH, 20000000, "资金归集", "月末资金上划集团资金池", req_by="E3201", appr=["E3200"],
       text=("SAP FI 付款建议 F110：按集团《资金集中管理办法》月末余额超过3000万元部分上划集团资金池（集团内部账户，户名新疆盐湖化工集团有限公司，"
             "主数据GRP-01），集团资金部上划通知ZJ-2611-07"),
       signals=["first_time_payee", "large_vs_usual"],
       note="Hard negative: Month-end sweep of surplus cash to the parent group's treasury account listed in master data.")

# ==========================================================================
# meigang: 新疆准东煤港物流有限公司 (coal logistics and rail loading, Zhundong)
# finance office: Mon-Sat 09:30-19:30 Beijing time (the yard works Saturdays)
# ==========================================================================


def mg_fmt(desc, short, contract, invoice):
    s = "钉钉审批【付款申请】已通过：" + desc
    if short:
        s += "，" + short
    if contract:
        s += "，合同" + contract
    if invoice:
        s += "，发票" + invoice
    return s


MG_STAFF = {"E4300": "杜永强", "E4301": "白玉兰", "E4302": "吕婷", "E4303": "热依拉", "E4310": "黄志远",
            "E4320": "冯建", "E4330": "魏敏", "E4340": "韩东"}
mg = Tenant("meigang",
            {"account_no": acct("mg-payer", "650501", 19), "account_name": "新疆准东煤港物流有限公司"},
            "MG-ZF-", "MG-DD-", MG_STAFF, mg_fmt)

V_MG01 = payee("奇台县北塔山煤业有限公司", acct("mg-v01", "3002", 19), "中国工商银行奇台县支行", C, "V-MG01", "0994-0000471")
V_MG01N = payee("奇台县北塔山煤业有限责任公司", acct("mg-v01n", "6105", 18), "西安银行高新科技支行", C, "V-MG01", "0994-0000471")
V_MG02 = payee("新疆准东铁路发展有限公司", acct("mg-v02", "1076", 18), "中国银行昌吉分行", C, "V-MG02", "0994-0000602")
V_MG03 = payee("新疆天路自备车租赁有限公司", acct("mg-v03", "3002", 19), "中国工商银行乌鲁木齐分行", C, "V-MG03", "0991-0000385")
V_MG04 = payee("马福贵", acct("mg-v04", "622848", 19), "中国农业银行吉木萨尔县支行", PERS, "V-MG04", "13500007315")
V_MG05 = payee("吉木萨尔县顺达运输车队有限公司", acct("mg-v05", "8806", 18), "新疆吉木萨尔农村商业银行", C, "V-MG05", "0994-0000229")
V_MG06 = payee("准东能源加油站有限公司", acct("mg-v06", "650501", 19), "中国建设银行吉木萨尔支行", C, "V-MG06", "0994-0000537")
V_MG07 = payee("昌吉州鑫衡衡器维修有限公司", acct("mg-v07", "8806", 18), "昌吉农村商业银行", C, "V-MG07", "0994-0000654")
V_MG07N = payee("昌吉州鑫衡衡器维修有限公司", acct("mg-v07n", "1076", 18), "中国银行昌吉分行", C, "V-MG07", "0994-0000654")
V_MG08 = payee("李有田", acct("mg-v08", "622848", 19), "中国农业银行吉木萨尔县支行", PERS, "V-MG08", "18500002947")
V_MG08N = payee("李强", acct("mg-v08n", "622202", 19), "中国工商银行吉木萨尔县支行", PERS, "V-MG08", "18500002947")
PAY_MG = payee("中国建设银行昌吉分行（代发工资专户）", acct("mg-pay", "650501", 19), "中国建设银行昌吉分行", C, "PAY-01", None)
TAX_MG = payee("国家金库吉木萨尔县支库", acct("mg-tax", "652327", 17), "国家金库吉木萨尔县支库", C, "TAX-01", None)

C_MG01 = cust("新疆准东汇能煤制气有限公司", uscc("C-MG01", "652327"), "常科长", "0994-0000188", "chang@zdhn-gas.com", None, "C-MG01")
C_MG01B = dict(C_MG01, contact_name="石科长", email="shi@zdhn-gas.com")
C_MG02 = cust("嘉峪关西部热电有限公司", uscc("C-MG02", "620200"), "蒲经理", "0937-0000352", "pu@xbrd-power.com", None, "C-MG02")
C_MG03 = cust("郑州豫能煤炭贸易有限公司", uscc("C-MG03", "410102"), "侯总", "0371-0000619", "hou@yuneng-coal.com", None, "C-MG03")
ADDR_MG01 = "昌吉州准东经济技术开发区五彩湾煤制气产业园汇能厂区"
ADDR_MG02 = "甘肃省嘉峪关市西部热电厂铁路专用线"
ADDR_MG03 = "河南省郑州市圃田铁路货场豫能煤场"

CT_COAL = "MG-CG-2026-001"
CT_RAIL = "MG-TL-2026-001"
CT_WAG = "MG-ZL-2026-002"
CT_CREW = "MG-LW-2026-001"
CT_TRUCK = "MG-YS-2026-003"
CT_FUEL = "MG-CG-2026-004"
CT_SCALE = "MG-FW-2026-002"
CT_CLEAN = "MG-LW-2026-002"

# ---- meigang history ----
mg.pay(H, "09-01", "10:50", V_MG01, 2304800, "货款", "原煤款（8600吨）", req_by="E4302", appr=["E4301", "E4300"],
       short="北塔山煤业", contract=CT_COAL, invoice=inv("mh01"), note="Coal payment to the regular mine.")
mg.order(H, "09-02", "11:40", C_MG01, [("末煤（5200大卡）", 12000, "吨", 395)], "erp", ADDR_MG01, "09-30", "月结30天",
         "9月计划，汽运短倒进厂", note="Monthly coal order from the established state-owned coal-to-gas plant.")
mg.pay(H, "09-03", "15:20", V_MG02, 1386240, "运费", "8月铁路运费及专用线使用费", req_by="E4302", appr=["E4301", "E4300"],
       short="准东铁路发展", contract=CT_RAIL, invoice=inv("mh03"), note="Monthly rail freight and siding charges.")
mg.pay(H, "09-05", "11:10", V_MG04, 152600, "劳务费", "8月装车劳务费（32人，按车计件）", req_by="E4302", appr=["E4301", "E4300"],
       short="装车班组 马福贵", contract=CT_CREW, note="Loading crew paid through its foreman under the labour subcontract.")
mg.pay(H, "09-07", "16:35", V_MG03, 432000, "租赁费", "8月自备车租金（C80 60辆）", req_by="E4302", appr=["E4301", "E4300"],
       short="天路自备车", contract=CT_WAG, invoice=inv("mh05"), changed="2026-07-13T11:00:00+08:00",
       note="Monthly wagon hire to the regular lessor, whose account change dates from July.")
mg.pay(H, "09-09", "12:25", V_MG05, 287400, "运费", "8月短倒运费", req_by="E4302", appr=["E4301"],
       short="顺达车队", contract=CT_TRUCK, invoice=inv("mh06"), note="Short-haul trucking to the regular fleet.")
mg.pay(H, "09-10", "18:05", PAY_MG, 512860, "工资", "8月工资代发（64人）", req_by="E4330", appr=["E4301", "E4300"],
       text="钉钉审批【付款申请】已通过：8月工资代发（64人），工资表经人事、财务复核", note="Monthly payroll.")
mg.order(H, "09-11", "10:36", C_MG03, [("块煤（6000大卡）", 3000, "吨", 560)], "email", ADDR_MG03, "09-20", "款到发货",
         "预付款已到账，铁路敞车发郑州", note="Rail shipment of lump coal for the established Zhengzhou trader.")
mg.pay(H, "09-12", "14:40", V_MG06, 96300, "货款", "8月柴油款（装载机、推土机）", req_by="E4302", appr=["E4301"],
       short="准东能源加油站", contract=CT_FUEL, invoice=inv("mh09"), note="Diesel for yard machinery.")
mg.pay(H, "09-15", "10:44", TAX_MG, "468214.90", "税款", "8月增值税及附加", req_by="E4301", appr=["E4300"],
       text="电子税务局三方协议扣缴：8月增值税及附加", note="Monthly VAT.")
mg.pay(H, "09-16", "16:20", V_MG07, 12800, "维修费", "轨道衡三季度检定维护费", req_by="E4302", appr=["E4301"],
       short="鑫衡衡器", contract=CT_SCALE, invoice=inv("mh11"), note="Quarterly weighbridge calibration, old account.")
mg.order(H, "09-18", "11:55", C_MG02, [("末煤（5500大卡）", 5000, "吨", 455)], "email", ADDR_MG02, "09-28", "款到发货",
         "预付款已到账，铁路敞车发嘉峪关", note="Rail shipment for the established Jiayuguan power plant.")
mg.pay(H, "09-22", "15:48", V_MG08, 23600, "劳务费", "8月清车平车劳务费（9人）", req_by="E4302", appr=["E4301"],
       short="清车班组 李有田", contract=CT_CLEAN, note="Wagon-cleaning crew paid through its foreman.")
mg.pay(H, "10-09", "11:30", V_MG01, 2438800, "货款", "原煤款（9100吨）", req_by="E4302", appr=["E4301", "E4300"],
       short="北塔山煤业", contract=CT_COAL, invoice=inv("mh14"), note="Coal payment to the regular mine.")

# ---- meigang test: routine ----
mg.pay(T, "10-12", "11:08", V_MG02, 1452380, "运费", "9月铁路运费及专用线使用费", req_by="E4302", appr=["E4301", "E4300"],
       short="准东铁路发展", contract=CT_RAIL, invoice=inv("mt01"), note="Routine: Monthly rail freight and siding charges.")
mg.pay(T, "10-13", "17:30", PAY_MG, 521470, "工资", "9月工资代发（65人）", req_by="E4330", appr=["E4301", "E4300"],
       text="钉钉审批【付款申请】已通过：9月工资代发（65人），工资表经人事、财务复核", note="Routine: Monthly payroll.")
mg.order(T, "10-14", "10:52", C_MG01, [("末煤（5200大卡）", 13000, "吨", 395)], "erp", ADDR_MG01, "10-31", "月结30天",
         "10月计划，汽运短倒进厂", note="Routine: Monthly coal order from the established coal-to-gas plant.")
mg.pay(T, "10-15", "15:40", TAX_MG, "497360.45", "税款", "9月增值税及附加", req_by="E4301", appr=["E4300"],
       text="电子税务局三方协议扣缴：9月增值税及附加", note="Routine: Monthly VAT.")
mg.pay(T, "10-22", "16:18", V_MG05, 301950, "运费", "9月短倒运费", req_by="E4302", appr=["E4301"],
       short="顺达车队", contract=CT_TRUCK, invoice=inv("mt05"), note="Routine: Short-haul trucking to the regular fleet.")

# ---- meigang test: scams and hard negatives ----
mg.pay(T, "10-17", "11:20", V_MG04, 158700, "劳务费", "9月装车劳务费（33人，按车计件）", req_by="E4302", appr=["E4301", "E4300"],
       short="装车班组 马福贵", contract=CT_CREW, signals=["personal_account"],
       note="Hard negative: Saturday (a working day at the yard) payment of the loading crew's monthly fee to its foreman's own card, as every month.")
acct_mg_s07 = V_MG08N["account_no"]
mg.pay(T, "10-19", "16:10", V_MG08N, 24800, "劳务费", "9月清车平车劳务费（10人）", req_by="E4302", appr=["E4301"],
       channel="im", from_name="李有田", from_contact=wxid("mg-v08"), urgent=True, contract=CT_CLEAN,
       text=("吕会计，我那张农行卡上礼拜丢了，补卡要回老家临夏办。9月的清车工钱先打我儿子李强的卡上，工人都等着往家里寄钱，今天能发最好。"
             "卡号" + acct_mg_s07 + "，工商银行。"),
       changed="2026-10-15T18:40:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "personal_account", "im_instruction",
                "account_change_words", "urgency"],
       note="The cleaning-crew foreman's WeChat says his card is lost and September's crew pay should go to his 'son'; the record was changed four days ago and this 24.8k is the first payment to the new card.")
mg.order(T, "10-20", "10:15",
         cust("湖北楚能燃料集团有限公司", None, "龚主任", "13500003396", "chuneng_rl@126.com", wxid("mg-s01"), None),
         [("末煤（5500大卡）", 50000, "吨", 470)], "phone", "湖北省荆州市江陵县某铁路专用线货场", "11-15",
         "货到验收后60天，银行承兑汇票",
         "我们集团是省属国企，冬储电煤保供任务，急需5万吨疆煤，价格按你们报的不还价，只要求11月中旬前全部发完。合同用我们的标准文本，"
         "你们盖章扫描发过来就行，不用来集团签。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
                  "contact_mismatch", "urgency"],
         note="A 'provincial state-owned fuel group' with a free-mail address and no credit code wants 50,000 t on 60-day acceptance terms, takes the price unchallenged and needs no visit.")
mg.pay(T, "10-21", "18:40", V_MG01, 1661600, "货款", "原煤款（6200吨）", req_by="E4302", appr=["E4301", "E4300"], channel="im",
       from_name="杜永强", from_contact="钉钉群:煤港经营班子群（2024年建）", urgent=True, contract=CT_COAL, invoice=inv("mt-hn08"),
       text=("杜永强：北塔山那边说上批煤款不结，明天就不给我们装车了，白经理今天下班前把10月第二批煤款付掉\n"
             "白玉兰：收到杜总，付款单已走审批\n"
             "——钉钉审批【付款申请】已通过：原煤款（6200吨），北塔山煤业，合同MG-CG-2026-001，发票" + inv("mt-hn08")),
       signals=["im_instruction", "boss_role", "urgency"],
       note="Hard negative: The GM, in the management group that has existed since 2024, tells finance to pay the regular mine before the day's end; the payment has its approvals.")
acct_mg_s09 = acct("mg-s09", "3002", 19)
mg.pay(T, "10-23", "14:30", payee("新疆众诚资产托管有限公司", acct_mg_s09, "中国工商银行乌鲁木齐长江路支行", C, None, None),
       1200000, "保证金", "涉案资金监管保证金（核查后退回）", req_by="E4303", appr=[], channel="phone",
       from_name="自称乌鲁木齐铁路公安处 赵警官", from_contact="0991-0000915", urgent=True,
       text=("出纳热依拉电话记录：对方称我司9月发往郑州的煤车中查获夹带违禁品，公司账户涉嫌为犯罪团伙洗錢，需將120萬轉入“國家監管帳戶”進行資金核查，"
             "核查期間不得告知公司其他人，否則凍結全部帳戶。對方發來《凍結通知書》照片，監管帳戶戶名：新疆众诚资产托管有限公司，帳號" + acct_mg_s09 + "。"),
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
                "no_approval", "urgency", "evasion_traditional"],
       note="A caller posing as railway police says contraband was found in our coal wagons and 1.2m must go to a 'state supervision account' in secret; the note the cashier copied is half in traditional characters.")
mg.pay(T, "10-26", "20:40", payee("覃美玲", acct("mg-s12", "621700", 19), "中国建设银行柳州分行", PERS, None, None),
       18000, "运费", "运力平台抢单冲值", req_by="E4310", appr=[], channel="im",
       from_name="快运通 派单客服", from_contact=wxid("mg-s12"), urgent=True,
       text=("【快运通·运力抢单】黄主管您好，您已升级为VIP3派单会员，本轮抢单需冲值18000元，完成3单后返力本金+12%佣金，共20160元。"
             "冲值请转指定结算员覃美玲，平台对公通道维护中。请在21:00前完成，超时视为放弃，前期返力一并冻结。"),
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "im_instruction", "no_approval",
                "off_hours", "urgency", "evasion_homophone"],
       note="At night the dispatch supervisor tries to pay 18k to an individual to 'grab freight orders' on a fake capacity platform, whose messages write top-up and rebate with homophones.")
mg.pay(T, "10-28", "15:05", payee("北京华储能源项目管理有限公司", acct("mg-s03", "0200", 19), "中国工商银行北京东城支行", C, None, None),
       500000, "保证金", "准东—华东煤炭物流通道项目合作保证金", req_by="E4320", appr=["E4301", "E4300"], channel="im",
       from_name="华储能源 宋总", from_contact=wxid("mg-s03"),
       text=("杜总，项目的事我跟上面都沟通好了，准东到华东年运量1000万吨的铁路通道，集团批了，站台装车全部给你们做。按流程合作单位先交保正金50万，"
             "合同签了就退。具体加我威信细聊，这个项目内部指标有限，别对外讲。"),
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["bigproject_words", "deposit_words", "first_time_payee", "secrecy_words", "im_instruction",
                "evasion_homophone"],
       note="A Beijing 'project manager' offers all loading for a 10-million-tonne rail corridor if a 500k cooperation deposit is paid first, written with homophones for deposit and WeChat.")
mg.pay(T, "10-29", "17:15", payee("新疆恒泰达商贸有限公司", acct("mg-s15", "3002", 19), "中国工商银行乌鲁木齐友好路支行", C, None, None),
       1286400, "货款", "付恒泰达商贸往来款", req_by="E4320", appr=["E4301"],
       text="钉钉审批【付款申请】已通过：市场部冯建申请，付新疆恒泰达商贸有限公司1,286,400.00元（对应10月29日乌鲁木齐鼎晟商贸来款1,286,400.00元），无合同",
       label="scam", scam_type="account_lending", expect="flag",
       signals=["in_out_match", "first_time_payee", "vague_memo", "no_po_contract"],
       note="Structural only: the same day an unknown trading firm pays in 1,286,400, the same amount is to be paid out to another unknown firm with no contract; the request text itself is bland.")
mg.pay(T, "11-01", "16:20", payee("昌吉市畅联供应链管理有限公司", acct("mg-s06", "8806", 18), "昌吉农村商业银行", C, None, None),
       260000, "服务费", "四季度运力协调费", req_by="E4303", appr=[], channel="im",
       from_name="杜永强", from_contact=wxid("mg-s06") + "（新号，头像与杜总一致）", urgent=True,
       text=("杜永强：热依拉，我换了个新微信，旧号在开会用不了\n杜永强：公司建行户上现在还有多少？拍个余额截图发我\n"
             "热依拉：杜总，建行可用418万左右 [图片]\n"
             "杜永强：汇能王总帮我们协调四季度请车计划，对方要一笔运力协调费２６万，打到昌吉市畅联供应链管理有限公司，今天必须到。"
             "我在高铁上信号不好，别打电话，明天回来补单子。"),
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "first_time_payee",
                "no_approval", "boss_role", "urgency", "off_hours", "evasion_fullwidth"],
       note="On a Sunday a 'new WeChat' of the GM asks the cashier for a balance screenshot, then 260k in full-width digits as a 'capacity coordination fee' to an unknown firm, no calls, paperwork tomorrow.")
mg.order(T, "11-02", "11:10", C_MG02, [("末煤（5500大卡）", 6000, "吨", 450), ("抑尘剂喷洒服务（清源品牌）", 6000, "吨", "8.50")], "email",
         ADDR_MG02, "11-12", "款到发货（预付款275.1万元已到账）",
         "嘉峪关西部热电2026年冬季环保要求：铁路敞车装车须喷洒其入围品牌清源抑尘剂（技术协议附件3），费用随煤款预付，已到账；我司按采购流程向清源下单",
         third_party=("昌吉州清源环保科技有限公司", "0994-0000716", "designated_supplier", 51000), rid="MG-DD-20261102001",
         signals=["designated_supplier"],
         note="Hard negative: An established power-plant customer requires its approved dust-suppressant brand on its wagons and has prepaid coal and spraying to our account.")
mg.pay(T, "11-03", "16:40", payee("刘长江", acct("mg-hn02", "622848", 19), "中国农业银行吉木萨尔县支行", PERS, None, "13500008462"),
       13860, "运费", "10月个体司机短倒运费（刘长江）", req_by="E4310", appr=["E4301"],
       text=("钉钉审批【付款申请】已通过：10月临时调用个体司机刘长江（自有车新B·7K352）短倒运费，过磅单42张合计462吨×30元，"
             "运输协议MG-YS-2026-011，身份证、行驶证、银行卡均为本人，调度黄志远核对"),
       contract="MG-YS-2026-011",
       signals=["personal_account", "first_time_payee"],
       note="Hard negative: First payment to an owner-driver for short-haul trips, backed by weighbridge tickets and a transport agreement, to his own card.")
mg.pay(T, "11-04", "12:40", payee("乌鲁木齐市头屯河区绿盾环保材料经营部", acct("mg-s02", "621700", 19), "中国建设银行乌鲁木齐头屯河支行", PERS, None, None),
       64000, "代采购", "代购煤炭抑尘剂（甘肃客户订单）", req_by="E4320", appr=["E4301"], channel="im",
       from_name="武威恒昌电力燃料 孔经理", from_contact=wxid("mg-s02"), urgent=True, order_id="MG-DD-20261103002",
       text=("冯经理，我们电厂环保查得严，装车必须喷绿盾的抑尘剂，别家的不认。这8吨抑尘剂麻烦你们先跟绿盾结了，6.4万和煤款一起算到我们账上，"
             "煤款我们财务周五前打过来。绿盾老板只收现款，明天装车就要用。"),
       label="scam", scam_type="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "im_instruction",
                "urgency"],
       note="A new Gansu 'fuel buyer' insists its wagons be sprayed with one dealer's suppressant and has sales pay the dealer's personal card 64k now, to be settled with coal money that has not arrived.")
mg.pay(T, "11-05", "11:30", payee("新疆准东煤港物流有限公司", acct("mg-hn10", "650501", 19), "中国建设银行昌吉分行", C, None, None),
       1500000, "保证金", "银行承兑汇票保证金（30%）", req_by="E4301", appr=["E4300"],
       text=("钉钉审批【付款申请】已通过：向北塔山煤业开具银行承兑汇票500万元，按建行昌吉分行承兑协议（MG-CD-2026-07）存入30%保证金150万元"
             "至本公司在建行开立的承兑保证金专户"),
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Margin for a bank acceptance bill moved into the company's own margin account at its bank.")
mg.pay(T, "11-06", "15:30", payee("昌吉州清源环保科技有限公司", acct("mg-hn05", "3002", 19), "中国工商银行昌吉分行", C, "V-MG11", "0994-0000716"),
       51000, "货款", "煤炭抑尘剂及喷洒服务（西部热电指定品牌）", req_by="E4302", appr=["E4301"],
       order_id="MG-DD-20261102001", contract="MG-CG-2026-019", invoice=inv("mt-hn05"),
       text=("钉钉审批【付款申请】已通过：西部热电订单MG-DD-20261102001所需清源抑尘剂及喷洒服务（6000吨），客户预付款已到账，"
             "按采购合同MG-CG-2026-019付清源环保，发票" + inv("mt-hn05")),
       signals=["designated_supplier", "sales_order_linked", "first_time_payee"],
       note="Hard negative: Payment to the customer-specified suppressant maker for that order, made after the customer's prepayment cleared and under our own purchase contract.")
mg.pay(T, "11-08", "21:10", V_MG02, 600000, "运费", "95306货运预付款补充", req_by="E4310", appr=["E4301", "E4300"], urgent=True,
       contract=CT_RAIL,
       text="【加急】钉钉审批【付款申请】已通过：95306预付款余额不足，明早8点请车计划（郑州方向2列）需扣运费，调度黄志远周日晚申请，白玉兰、杜永强已审批，准东铁路发展，合同MG-TL-2026-001",
       signals=["off_hours", "urgency"],
       note="Hard negative: Sunday-night top-up of the rail freight prepayment so Monday's wagon requests are not rejected, with both approvals.")
mg.pay(T, "11-09", "16:50", payee("郑秀兰", acct("mg-s04", "621483", 16), "招商银行西安高新支行", PERS, None, None),
       8960, "工资", "10月工资（调度员孙浩）", req_by="E4330", appr=["E4301"], channel="email",
       from_name="孙浩", from_contact="sunhao.zdmg@163.com",
       text=("发件人：孙浩 <sunhao.zdmg@163.com>\n主题：工资卡变更\n\n魏姐好，我建行工资卡因为网购退款纠纷被冻结了，这个月工资麻烦先打到我母亲郑秀兰的招行卡上，"
             "开户行招商银行西安高新支行。手机在修，有事邮件联系。谢谢！\n孙浩"),
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payroll_change", "payee_not_employee", "personal_account", "first_time_payee", "email_instruction",
                "free_mail", "cannot_call", "unusual_bank_region"],
       note="A free-mail message 'from a dispatcher' asks HR to pay his October salary to his 'mother's' card in Xi'an because his own card is frozen and his phone is being repaired.")
mg.pay(T, "11-10", "11:45", V_MG03, 200000, "押金", "冬季保供加租C80自备车20辆押金", req_by="E4302", appr=["E4301", "E4300"],
       short="天路自备车", contract=CT_WAG, changed="2026-07-13T11:00:00+08:00",
       signals=["deposit_words", "account_changed_long_ago"],
       note="Hard negative: Refundable deposit for twenty extra winter wagons from the regular lessor, whose bank change was keyed in July.")
mg.pay(T, "11-11", "10:20", payee("罗志伟", acct("mg-s11", "622202", 19), "中国工商银行深圳分行", PERS, None, None),
       90000, "解冻金", "融资租赁放款解冻金", req_by="E4301", appr=["E4300"], channel="im",
       from_name="鑫融汇租赁 风控部 罗专员", from_contact=wxid("mg-s11"), urgent=True,
       text=("白经理，贵司6台装载机售后回租300万已审批放款，但系统显示贵司预留的收款账号与营业执照信息不一致，资金已被银行冻结。按规定需缴纳放款金额3%的"
             "解冻金9万元做账户验证，解冻后连同300万一并到账。解冻金请转风控专员罗志伟个人账户（公户通道已锁定），30分钟内处理，超时资金退回总部，贷款作废。"),
       label="scam", scam_type="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "first_time_payee", "personal_account_pretext", "im_instruction",
                "urgency"],
       note="A sale-and-leaseback 'lender' says the 3m loan is frozen by a wrong account number and wants a 90k unfreezing fee on an individual's card within thirty minutes.")
mg.pay(T, "11-12", "15:20", payee("吉木萨尔县人民法院执行款专户", acct("mg-hn09", "3002", 19), "中国工商银行吉木萨尔县支行", C, None, "0994-0000290"),
       86500, "执行款", "（2026）新2327执312号案件执行款", req_by="E4301", appr=["E4300"],
       text=("钉钉审批【付款申请】已通过：与昌吉某汽修厂维修费纠纷一案，依吉木萨尔县人民法院《执行通知书》（2026）新2327执312号，将判决款及迟延履行金86,500.00元"
             "缴入法院执行款专户（账户信息经法院官网公示及执行法官座机0994-0000290核实）"),
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: Court-ordered judgment money paid into the court's own enforcement account after checking it on the court's website.")
mg.pay(T, "11-13", "11:15", V_MG01N, 2358400, "货款", "原煤款（8800吨）", req_by="E4302", appr=["E4301", "E4300"],
       short="北塔山煤业", contract=CT_COAL, invoice=inv("mt-s08"), changed="2026-11-08T16:30:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region"],
       note="Structural only: five days before this routine coal payment the mine's record was switched to a Xi'an bank under a name that differs by two characters; the approval text is the usual one.")
mg.pay(T, "11-14", "10:30", V_MG07N, 9600, "维修费", "轨道衡四季度检定维护费", req_by="E4302", appr=["E4301"],
       text=mg_fmt("轨道衡四季度检定维护费", "鑫衡衡器（基本户迁至中国银行，盖章变更函原件已收，11月2日按主数据电话0994-0000654回拨其财务核实）",
                   CT_SCALE, inv("mt-hn07")),
       contract=CT_SCALE, invoice=inv("mt-hn07"), changed="2026-11-02T15:40:00+08:00",
       verification={"callback_done": True, "callback_number": "0994-0000654", "verified_by": "E4301",
                     "verified_at": "2026-11-02T16:20:00+08:00"},
       signals=["account_changed_recent", "first_time_payee"],
       note="Hard negative: Small first payment to the weighbridge firm's new account, changed twelve days ago on a stamped letter and verified by call-back to the number on file.")
mg.pay(T, "11-16", "14:40", V_MG02, 512000, "运费", "代郑州豫能支付11月铁路运费", req_by="E4302", appr=["E4301", "E4300"],
       contract="MG-DF-2026-003",
       text=("钉钉审批【付款申请】已通过：按与郑州豫能、准东铁路签订的三方运费代付协议（MG-DF-2026-003），豫能11月12日已将运费51.2万元汇入我司"
             "（到账回单JH1112-05），由我司代其向准东铁路发展支付郑州方向2列运费"),
       signals=["in_out_match"],
       note="Hard negative: Freight paid on an established customer's behalf to the railway under a signed three-party agreement, after its money arrived.")
mg.pay(T, "11-17", "11:05", payee("新疆路路通网络货运有限公司", acct("mg-hn11", "650501", 19), "中国建设银行乌鲁木齐分行", C, "V-MG12", "0991-0000528"),
       150000, "运费", "网络货运平台运费账户充值", req_by="E4310", appr=["E4301", "E4300"], contract="MG-YS-2026-015",
       text=("钉钉审批【付款申请】已通过：冬季短倒运力不足，经比选接入路路通网络货运平台（持网络货运道路运输经营许可证，合同MG-YS-2026-015），"
             "平台运费账户充值15万元用于向实名认证司机结算运费，平台按单开具9%运输专票"),
       signals=["topup_words", "first_time_payee"],
       note="Hard negative: Top-up of a licensed online freight platform's account under a signed contract, used to pay verified truck drivers.")
mg.pay(T, "11-18", "15:00", payee("昌吉市恒信财税咨询服务部", acct("mg-s10", "8806", 18), "昌吉农村商业银行", C, None, None),
       28500, "服务费", "个体司机运费代开发票税点（3%）", req_by="E4302", appr=["E4301"], channel="im",
       from_name="恒信财税 高姐", from_contact=wxid("mg-s10"),
       text=("白经理，你们10月个体司机的运费95万我这边可以统一代开9%的运输专票，票点3个点，2.85万先付，票三天内出。"
             "开票方是我们合作的几家运输公司，税局查不到的，放心。"),
       label="scam", scam_type="fake_invoice", expect="flag",
       signals=["invoice_trade_words", "first_time_payee", "im_instruction", "no_po_contract"],
       note="A tax 'consultant' offers VAT transport invoices from unrelated trucking firms for the owner-drivers' freight at 3 points, paid up front.")
mg.order(T, "11-19", "10:35", C_MG01B, [("末煤（5200大卡）", 12500, "吨", 392)], "email", ADDR_MG01, "11-30", "月结30天",
         "汇能燃料部人员调整，原常科长调任，新对接人石科长；已通过汇能总机转燃料部核实，并收到其盖章的人员变更告知函",
         signals=["contact_mismatch"],
         note="Hard negative: The established coal-to-gas plant's monthly order comes from a new buyer, confirmed through the plant's switchboard and a stamped notice.")
mg.order(T, "11-20", "10:40",
         cust("兰州金泰煤炭销售有限公司", uscc("mg-s13", "620102"), "岳经理", "15000005127", None, wxid("mg-s13"), None),
         [("块煤（6000大卡）", 1000, "吨", 560)], "im", "甘肃省兰州市西固区某铁路货场", "11-28", "款到发货",
         "已让我们合作方甘肃宏达物资代付货款，对方财务多打了12万，一共转了68万，多出来的先放你们那，下批货一起算，具体怎么处理我再跟你们说。",
         label="scam", scam_type="overpayment_refund", expect="flag",
         signals=["overpayment", "third_party_payer", "new_customer", "far_delivery", "contact_im_only"],
         note="A new Lanzhou buyer's coal is 'paid' by a third party that sent 120k too much, and the buyer says to hold the excess for now: the set-up for a later refund request.")
mg.pay(T, "11-23", "11:40", payee("刘海燕", acct("mg-s05", "622848", 19), "中国农业银行昌吉分行", PERS, None, None),
       3600, "服务费", "职工冬季取暖补贴申领代办费", req_by="E4330", appr=["E4301"], channel="email",
       from_name="昌吉州人社服务中心（企业补贴申报）", from_contact="rsbt_cj@126.com", urgent=True,
       text=("关于发放2026年度冬季职工取暖补贴的通知\n各用人单位：根据自治区人社厅、财政厅相关文件，2026年冬季职工取暖补贴按每人1800元标准发放，"
             "由单位统一申报。请于11月25日前扫描附件二维码登记职工身份证号、银行卡号及预留手机号，并按每人60元缴纳申报代办服务费至代办员刘海燕账户，"
             "逾期视为自动放弃。收到请勿外传。"),
       label="scam", scam_type="fake_salary", expect="flag",
       signals=["subsidy_words", "fee_words", "email_instruction", "free_mail", "personal_account", "first_time_payee",
                "secrecy_words", "urgency"],
       note="A free-mail 'human-resources service centre' notice promises a winter heating subsidy per worker, harvests staff card details through a QR code and wants a 60-per-head 'filing fee' on an individual's card.")
mg.pay(T, "11-24", "16:45", payee("何桂芳", acct("mg-hn14", "622848", 19), "中国农业银行吉木萨尔县支行", PERS, None, None),
       68000, "赔偿款", "装车工何建军工伤一次性伤残补助（配偶代领）", req_by="E4330", appr=["E4301", "E4300"],
       text=("钉钉审批【付款申请】已通过：装车工何建军9月工伤（九级伤残），依人民调解协议书（吉人调〔2026〕45号）支付一次性伤残补助金等68,000元；"
             "本人住院，经其本人签署并公证的授权委托书，由配偶何桂芳代领，人事魏敏经办"),
       signals=["personal_account", "first_time_payee", "payee_not_employee"],
       note="Hard negative: Work-injury compensation under a mediation agreement, paid to the injured loader's wife under his notarised power of attorney.")
mg.order(T, "11-25", "15:30",
         cust("昌吉市晟达能源有限公司", uscc("mg-s14", "652301"), "贺总", "18500009043", None, wxid("mg-s14"), None),
         [("铁路装车服务", 20000, "吨", 12)], "im", "准东煤港装车站", "12-05", "款到发货",
         "装车服务费24万我们照付。另外有笔煤款200万先打到你们公户，你们收到后扣掉24万装车费，剩下176万转给宏源煤矿，就是借你们账户过一下账，矿上只认对公来款。",
         third_party=("奇台县宏源煤矿", "13500004178", "pass_through_payee", 1760000),
         label="scam", scam_type="account_lending", expect="block",
         signals=["account_lending_words", "new_customer", "contact_im_only", "in_out_match"],
         note="A new 'coal boss' books loading services and wants 2m routed through our account to a mine, keeping our fee out of it.")
mg.order(T, "11-26", "11:20",
         cust("临沂鲁兴能源贸易有限公司", uscc("mg-hn12", "371302"), "颜经理", "0539-0000476", "yan@luxing-energy.com", None, None),
         [("块煤（6000大卡）", 4000, "吨", 560)], "email", "山东省临沂市兰山区铁路货场鲁兴煤场", "12-10",
         "款到发货（预付款224万元已到账）",
         "经郑州豫能侯总介绍，对方11月初来准东实地看货并签订合同MG-XS-2026-052；预付款由其对公账户汇入我司建行基本户，已到账",
         signals=["new_customer", "large_first_order", "far_delivery"],
         note="Hard negative: A new Shandong trader that came to inspect the coal and signed a contract prepays a large first order from its own account.")
acct_mg_s16 = acct("mg-s16", "3002", 19)
mg.pay(T, "11-27", "16:25", payee("郑州豫通物流有限公司", acct_mg_s16, "中国工商银行郑州金水支行", C, None, None),
       86000, "退款", "退郑州豫能多付运费（按客户来函转付其物流公司）", req_by="E4302", appr=["E4301"], channel="email",
       from_name="郑州豫能煤炭贸易 财务部", from_contact="caiwu@yuneng-coal.cn",
       text=("发件人：郑州豫能财务部 <caiwu@yuneng-coal.cn>\n主题：运费重复支付退款事宜\n\n煤港财务：\n我司10月两列运费重复支付8.6万元，请核对。"
             "因我司基本户正在办理变更，多付款项请直接退至我司物流合作方郑州豫通物流有限公司账户（工行郑州金水支行，账号" + acct_mg_s16 + "），"
             "由其抵扣下月短驳费。\n郑州豫能煤炭贸易有限公司 财务部"),
       label="scam", scam_type="overpayment_refund", expect="block",
       signals=["refund_words", "overpayment", "refund_to_other_account", "email_instruction", "lookalike_domain",
                "first_time_payee"],
       note="An e-mail from a look-alike of the Zhengzhou customer's domain claims a duplicated freight payment and asks for the refund to go to a logistics company instead of back to the payer.")


def main():
    lines = js.finish() + yh.finish() + mg.finish()
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    print("wrote %d lines to %s" % (len(lines), os.path.relpath(OUT)))


if __name__ == "__main__":
    main()
