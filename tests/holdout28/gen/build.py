#!/usr/bin/env python3
"""Build holdout28.jsonl: county firms whose instructions arrive as voice-to-text.

Standard library only, deterministic. Run from tests/holdout28: python3 gen/build.py
"""
import datetime as dt
import hashlib
import json
import os
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "holdout28.jsonl")

TZ = dt.timezone(dt.timedelta(hours=8))
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MEANINGFUL = Decimal("5000.00")


def h(key, n):
    """n deterministic digits derived from key."""
    out = ""
    i = 0
    while len(out) < n:
        out += str(int(hashlib.sha256(f"{key}#{i}".encode()).hexdigest(), 16))
        i += 1
    return out[:n]


def acct(key, prefix="6228", length=19):
    return prefix + h("acct:" + key, length - len(prefix))


def inv(key):
    return "2665" + h("inv:" + key, 16)


def wx(key):
    al = "abcdefghijkmnpqrstuvwxyz23456789"
    d = hashlib.sha256(("wx:" + key).encode()).digest()
    return "wxid_" + "".join(al[b % len(al)] for b in d[:14])


def mob(key):
    pre = ["1490000", "1670000", "1700000"][int(h("mp:" + key, 2)) % 3]
    return pre + h("mob:" + key, 4)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc(head, region, key):
    body = head + region
    d = hashlib.sha256(("uscc:" + key).encode()).digest()
    body += "".join(USCC_CHARS[b % 31] for b in d[:17 - len(body)])
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


def ts(s):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=TZ)


def iso(t):
    return t.isoformat()


def money(x):
    return str(Decimal(str(x)).quantize(Decimal("0.01")))


def off_hours(t):
    return t.weekday() >= 5 or t.date() in HOLIDAYS or t.hour < 10 or t.hour >= 20


# ---------------------------------------------------------------- tenants
TEN = {
    "jinniu": dict(pfx="JN", company="沙湾金牛农机销售维修有限公司",
                   payer=acct("jn-payer", "3066", 17), erp="金蝶KIS付款单"),
    "boyuan": dict(pfx="BY", company="博乐博远物流园管理有限公司",
                   payer=acct("by-payer", "3046", 19), erp="OA审批已通过"),
    "huamiao": dict(pfx="HM", company="伊宁华苗农资连锁有限公司",
                    payer=acct("hm-payer", "1070", 18), erp="管家婆付款单"),
}

# vendors: vid -> (name, account, bank, type, vid, phone)
V = {}


def vend(vid, name, key, bank, typ="corporate", phone=None, prefix="6228", length=19):
    V[vid] = (name, acct(key, prefix, length), bank, typ, vid, phone)


# jinniu (Shawan, 0993)
vend("V-JN01", "新疆沃丰农业装备有限公司", "jn01", "中国工商银行乌鲁木齐北京路支行", phone="0991-0000418", prefix="3002")
vend("V-JN02", "石河子恒力农机配件有限公司", "jn02", "中国建设银行石河子分行", phone="0993-0000261", prefix="6505")
vend("V-JN03", "沙湾市天一润滑油经销部", "jn03", "沙湾市农村信用合作联社", phone="0993-0000377", prefix="8806", length=18)
vend("V-JN04", "昌吉玉丰收割机配件有限公司", "jn04", "中国农业银行昌吉分行", phone="0994-0000533", prefix="3065", length=17)
vend("V-JN05", "中国农业银行沙湾支行（代发工资专户）", "jn05", "中国农业银行沙湾支行", prefix="3066", length=17)
vend("V-JN06", "韩永强", "jn06", "中国农业银行沙湾支行", typ="personal", phone="17000003316")
vend("V-JN07", "沙湾市金沙湾物业管理有限公司", "jn07", "中国银行沙湾支行", phone="0993-0000148", prefix="1076", length=18)
vend("V-JN08", "新疆北斗田联导航科技有限公司", "jn08", "中国银行石河子分行", phone="0993-0000692", prefix="1077", length=18)
vend("V-JN09", "塔城地区农机安全监理所（非税收入专户）", "jn09", "中国农业银行塔城分行", phone="0901-0000215", prefix="3067", length=17)
vend("V-JN10", "努尔兰·吐尔逊", "jn10", "中国建设银行沙湾支行", typ="personal", phone="14900005127")
# changed accounts
JN04_NEW = ("昌吉玉丰收割机配件有限公司", acct("jn04-new", "6230", 19), "中国民生银行郑州金水支行", "corporate", "V-JN04", "0994-0000533")

# boyuan (Bole, 0909)
vend("V-BY01", "博乐市通达油品销售有限公司", "by01", "中国石油天然气集团财务（博乐结算户）", phone="0909-0000231", prefix="3046")
vend("V-BY02", "博州卫安保安服务有限公司", "by02", "中国建设银行博乐分行", phone="0909-0000574", prefix="6505")
vend("V-BY03", "精河县恒通运输有限公司", "by03", "精河县农村信用合作联社", phone="0909-0000612", prefix="8807", length=18)
vend("V-BY04", "马军", "by04", "中国农业银行博乐分行", typ="personal", phone="16700008841")
vend("V-BY05", "博州城南供电服务有限公司", "by05", "中国工商银行博乐分行", phone="0909-0000190", prefix="3003")
vend("V-BY06", "中国建设银行博乐分行（代发工资专户）", "by06", "中国建设银行博乐分行", prefix="6505")
vend("V-BY07", "博乐市洁源环卫服务有限公司", "by07", "博乐农村商业银行", phone="0909-0000447", prefix="8808", length=18)
vend("V-BY08", "阿拉山口市口岸冷链设备有限公司", "by08", "中国银行阿拉山口支行", phone="0909-0000705", prefix="1078", length=18)
vend("V-BY09", "吐尔洪·买买提", "by09", "中国农业银行博乐分行", typ="personal", phone="17000002963")
BY07_NEW = ("博乐市洁源环卫服务有限公司", acct("by07-new", "6217", 19), "中国邮政储蓄银行奎屯分行", "corporate", "V-BY07", "0909-0000447")
BY01_NEW = ("博乐市通达油品销售有限公司", acct("by01-new", "3046", 19), "中国工商银行博乐分行", "corporate", "V-BY01", "0909-0000231")

# huamiao (Yining, 0999)
vend("V-HM01", "新疆伊犁河谷肥业有限公司", "hm01", "中国工商银行伊犁分行", phone="0999-0000326", prefix="3004")
vend("V-HM02", "乌鲁木齐绿盾植保经销有限公司", "hm02", "中国建设银行乌鲁木齐分行", phone="0991-0000857", prefix="6505")
vend("V-HM03", "伊宁市润滴节水器材厂", "hm03", "伊宁农村商业银行", phone="0999-0000463", prefix="8809", length=18)
vend("V-HM04", "伊宁县汇农种业有限公司", "hm04", "中国农业银行伊宁县支行", phone="0999-0000718", prefix="3068", length=17)
vend("V-HM05", "伊宁市城东农贸市场管理有限公司", "hm05", "中国银行伊宁分行", phone="0999-0000185", prefix="1079", length=18)
vend("V-HM06", "中国农业银行伊宁分行（代发工资专户）", "hm06", "中国农业银行伊宁分行", prefix="3068", length=17)
vend("V-HM07", "伊犁众诚物流有限公司", "hm07", "伊犁农村商业银行", phone="0999-0000594", prefix="8810", length=18)
vend("V-HM08", "新疆金土地肥料有限公司", "hm08", "中国建设银行奎屯分行", phone="0992-0000374", prefix="6505")
HM03_CHANGED = ("伊宁市润滴节水器材厂", acct("hm03-new", "6217", 19), "中国建设银行伊宁分行", "corporate", "V-HM03", "0999-0000463")
HM08_NEW = ("新疆金土地肥料有限公司", acct("hm08-new", "6214", 19), "招商银行广州天河支行", "corporate", "V-HM08", "0992-0000374")
HM01_NEW = ("新疆伊犁河谷农资贸易有限公司", acct("hm01-new", "3004", 19), "中国工商银行霍尔果斯分行", "corporate", "V-HM01", "0999-0000326")

# customers: cid -> dict
C = {}


def cust(cid, name, credit, contact, phone, email=None, im=None):
    C[cid] = dict(name=name, credit_code=credit, contact_name=contact, phone=phone,
                  email=email, im_id=im, customer_id=cid)


cust("C-JN01", "沙湾市四道河子镇绿野农机专业合作社", uscc("93", "654223", "jnc1"), "周社长", "0993-0000584", im=wx("jnc1"))
cust("C-JN02", "马福海", None, "马福海", "17000006127", im=wx("jnc2"))
cust("C-JN03", "沙湾市博瑞棉花种植专业合作社", uscc("93", "654223", "jnc3"), "陈会计", "0993-0000719", im=wx("jnc3"))
cust("C-JN04", "沙湾市天润家庭农场", uscc("92", "654223", "jnc4"), "杨天润", "14900002285", im=wx("jnc4"))
cust("C-BY01", "阿拉山口中欧通达国际货运代理有限公司", uscc("91", "652702", "byc1"), "吴经理", "0909-0000836", email="wuhao@zotd-hy.cn")
cust("C-BY02", "精河县红枸杞产业专业合作社", uscc("93", "652722", "byc2"), "努尔江", "0909-0000652", im=wx("byc2"))
cust("C-BY03", "博州新丝路商贸有限公司", uscc("91", "652701", "byc3"), "郭经理", "0909-0000908", email="guo@xinsilu-bz.cn")
cust("C-BY04", "温泉县哈日布呼牧业专业合作社", uscc("93", "652723", "byc4"), "巴特尔", "16700004419", im=wx("byc4"))
cust("C-HM01", "伊宁县喀拉亚尕奇乡金麦穗种植专业合作社", uscc("93", "654021", "hmc1"), "艾力社长", "0999-0000541", im=wx("hmc1"))
cust("C-HM02", "察布查尔县绿源家庭农场", uscc("92", "654022", "hmc2"), "刘绿源", "14900007736", im=wx("hmc2"))
cust("C-HM03", "霍城县果香苹果专业合作社", uscc("93", "654023", "hmc3"), "杨主任", "0999-0000927", im=wx("hmc3"))
cust("C-HM04", "伊宁市英也尔镇李建华", None, "李建华", "17000001548", im=wx("hmc4"))

LINES = []


def pay(t, ph, when, lab, st, exp, note, payee, amt, purpose, memo, ch, frm, fc, text, urg,
        req, appr, rel=(None, None, None), chg=None, ver=None, sig=(), tag=None):
    LINES.append(dict(t=t, ph=ph, when=ts(when), lab=lab, st=st, exp=exp, note=note,
                      kind="payment", tag=tag, sig=list(sig), body=dict(
                          payee=payee, amt=money(amt), purpose=purpose, memo=memo, ch=ch, frm=frm,
                          fc=fc, text=text, urg=urg, req=req, appr=list(appr), rel=rel, chg=chg, ver=ver)))


def order(t, ph, when, lab, st, exp, note, customer, items, ch, addr, deadline, terms,
          notes, third=None, fees=(), sig=(), tag=None):
    LINES.append(dict(t=t, ph=ph, when=ts(when), lab=lab, st=st, exp=exp, note=note,
                      kind="order", tag=tag, sig=list(sig), body=dict(
                          customer=customer, items=items, ch=ch, addr=addr, deadline=deadline,
                          terms=terms, notes=notes, third=third, fees=list(fees))))


def new_cust(name, credit, contact, phone, email=None, im=None):
    return dict(name=name, credit_code=credit, contact_name=contact, phone=phone,
                email=email, im_id=im, customer_id=None)


def hpay(t, when, note, vid, amt, purpose, memo, req, appr, contract=None, invkey=None):
    erp = TEN[t]["erp"]
    p = V[vid]
    txt = f"{erp}：{memo}｜{p[0]}" + (f"｜合同{contract}" if contract else "")
    pay(t, "history", when, "legit", None, "allow", note, p, amt, purpose, memo, "erp", None, None,
        txt, False, req, appr, (None, contract, inv(invkey) if invkey else None))


def horder(t, when, note, cid, items, addr, deadline, terms, notes, ch="erp"):
    order(t, "history", when, "legit", None, "allow", note, dict(C[cid]), items, ch, addr, deadline,
          terms, notes)


def per(name, key, bank, prefix="6217", phone=None):
    return (name, acct(key, prefix, 19), bank, "personal", None, phone)


def corp(name, key, bank, prefix="6222", length=19, phone=None):
    return (name, acct(key, prefix, length), bank, "corporate", None, phone)


def ver(num, by, when):
    return dict(callback_done=True, callback_number=num, verified_by=by, verified_at=iso(ts(when)))


# ====================================================================== JINNIU
J = "jinniu"
hpay(J, "2026-08-03 11:20", "Routine: Balance for four wheeled tractors to the regular distributor.", "V-JN01", 386000, "货款", "东方红954拖拉机4台尾款", "E1102", ["E1101", "E1100"], "JN-CG-2026-011", "jn-h1")
hpay(J, "2026-08-05 16:40", "Routine: Spare parts for the repair shop.", "V-JN02", 23650, "货款", "拖拉机保养配件（滤芯、皮带、油封）", "E1102", ["E1101"], "JN-CG-2026-004", "jn-h2")
hpay(J, "2026-08-07 12:10", "Routine: Harvester spare parts before the season.", "V-JN04", 41200, "货款", "采棉机摘锭、脱棉盘配件", "E1102", ["E1101", "E1100"], "JN-CG-2026-007", "jn-h3")
horder(J, "2026-08-10 15:30", "Routine: A cooperative buys a corn harvester, paid by bank transfer.", "C-JN01", [("4YZ-4玉米收获机", "1", "台", "268000.00")], "沙湾市四道河子镇绿野合作社机库", "2026-08-20", "全款已到账", "合作社对公账户已付全款，补贴资料合作社自己报")
hpay(J, "2026-08-12 17:05", "Routine: Engine oil and hydraulic oil for the workshop.", "V-JN03", 8960, "货款", "柴机油、液压油", "E1102", ["E1101"], "JN-CG-2026-009", "jn-h4")
horder(J, "2026-08-13 11:45", "Routine: A farmer's tractor engine overhaul.", "C-JN02", [("拖拉机发动机大修（含配件）", "1", "项", "12800.00")], "沙湾市维修车间", "2026-08-18", "修好结清", "老马的804发动机拉缸，大修", ch="in_person")
hpay(J, "2026-08-14 14:30", "Routine: Low-loader driver paid for hauling a harvester to a customer.", "V-JN06", 2800, "运费", "板车拉运玉米收获机至四道河子", "E1102", ["E1101"])
horder(J, "2026-08-18 12:20", "Routine: Cotton cooperative's pre-season maintenance package on post-harvest terms.", "C-JN03", [("采棉机季前保养套餐", "3", "台", "15200.00")], "沙湾市博瑞合作社机库", "2026-08-30", "秋后结算（11月底前）", "老客户，去年秋后按时结的")
hpay(J, "2026-08-20 16:15", "Routine: Showroom rent.", "V-JN07", 15000, "房租", "展厅及维修车间8月租金", "E1102", ["E1101"], "JN-ZL-2025-002", "jn-h5")
hpay(J, "2026-08-24 11:30", "Routine: Auto-steer terminals from the regular supplier.", "V-JN08", 52000, "货款", "北斗自动导航终端4套", "E1102", ["E1101", "E1100"], "JN-CG-2026-015", "jn-h6")
horder(J, "2026-08-27 15:50", "Routine: Family farm buys two rotary tillers.", "C-JN04", [("1GQN-250旋耕机", "2", "台", "16500.00")], "沙湾市柳毛湾镇天润农场", "2026-09-02", "款到发货", "杨老板微信转的对公")
hpay(J, "2026-09-04 18:10", "Routine: August payroll.", "V-JN05", 96400, "工资", "8月工资（19人）", "E1102", ["E1101", "E1100"])
hpay(J, "2026-09-08 12:40", "Routine: Second batch of parts.", "V-JN02", 17480, "货款", "收割机链条、轴承", "E1102", ["E1101"], "JN-CG-2026-004", "jn-h7")
hpay(J, "2026-09-09 15:20", "Routine: Workshop foreman reimbursed for a parts run to Shihezi.", "V-JN10", 1460, "报销", "去石河子取件油费过路费", "E1102", ["E1101"])

# ---- jinniu test
order(J, "test", "2026-09-11 16:20", "scam", "fake_purchaser", "flag",
      "A 'division farm-machinery procurement office' with no credit code wants six cotton pickers on 90-day terms, delivered to a yard in Korla, WeChat only.",
      new_cust("兵团某师农机装备统一采购办公室", None, "孙主任", mob("jn-fp"), None, wx("jn-fp")),
      [("6行采棉机", "6", "台", "1480000.00")], "im", "库尔勒市某物流园堆场", "2026-09-18", "验收后90天付款",
      "我们是师里统一采购今年棉花下来的早团场机子不够 六台采棉机 价格不是问题 你们就按最高配 九十天以后财政统一拨款 合同我们这边盖章拍照发你 先把机器拉到库尔勒堆场 团场自己去拉",
      sig=["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only"])
pay(J, "test", "2026-09-14 11:05", "legit", None, "allow",
    "Hard negative: The boss's voice note tells the cashier to pay the regular parts supplier for harvester chains; known account, approved in KIS.",
    V["V-JN02"], 19860, "货款", "收割机链条及刀片（第三批）", "im", "刘德胜", "wxid_liudesheng_jn",
    "刘德胜（语音转文字）：晓燕啊那个恒力的配件款一万九千八百六你今天给他打过去 人家催了两回了 单子我签了在王会计那里 就是老账户么麻达", True,
    "E1102", ["E1101", "E1100"], (None, "JN-CG-2026-004", inv("jn-t02")), sig=["im_instruction", "urgency", "boss_role"])
order(J, "test", "2026-09-14 17:40", "legit", None, "allow",
      "Hard negative: A walk-in farmer has his harvester header welded and pays on the spot by QR code; new customer, no company, rough voice note as record.",
      new_cust("柳毛湾镇农户 吐尔逊·艾买提", None, "吐尔逊", mob("jn-walkin"), None, None),
      [("割台焊接及更换护刃器", "1", "项", "1350.00")], "in_person", "沙湾市维修车间", "2026-09-14", "现场扫码付清",
      "努尔兰语音备注：柳毛湾那个老汉割台裂了 焊好了换了十二个护刃器 一千三百五 当场扫码付掉了 收据给了",
      sig=["new_customer"])
pay(J, "test", "2026-09-15 12:30", "scam", "boss_impersonation", "block",
    "A new WeChat with the boss's photo asks the cashier how much is in the account, then orders 280k to an unknown machinery company as a 'cotton-picker allocation deposit', no sign-off.",
    corp("新疆鸿拓机械设备租赁有限公司", "jn-bi", "中国光大银行乌鲁木齐分行"), 280000, "保证金", "采棉机配额保证金", "im", "刘德胜",
    wx("jn-bi-fake"),
    "刘德胜：晓燕 我换了个号 这个加上\n刘德胜：咱们农行账上现在还有多少 发个截图我看一下\n马晓燕：刘总 农行可用四十一万多\n刘德胜：好 厂家今年采棉机配额紧 我跟他们老总喧好了 先交二十八万配额保证金 打到新疆鸿拓机械设备租赁有限公司 我在开会电话不方便接 手续回来我给你补 别跟别人说",
    True, "E1102", [], sig=["im_instruction", "new_contact", "balance_probe", "secrecy_words", "bypass_process", "cannot_call", "deposit_words", "boss_role", "urgency"])
pay(J, "test", "2026-09-16 15:45", "legit", None, "allow",
    "Hard negative: Allocation deposit for two cotton pickers to the regular distributor, under a signed allocation contract.",
    V["V-JN01"], 200000, "定金", "2027款采棉机2台订货定金", "erp", None, None,
    "金蝶KIS付款单：沃丰装备 2027款采棉机订货定金（配额确认函WF-PE-2609-031，合同JN-CG-2026-021，每台10万，提车时抵货款）", False,
    "E1102", ["E1101", "E1100"], (None, "JN-CG-2026-021", None), sig=["deposit_words"])
pay(J, "test", "2026-09-17 11:50", "scam", "account_change", "block",
    "Structural only: harvester-parts payment goes to the parts supplier's account re-keyed six days earlier at a bank in Zhengzhou; first payment to it.",
    JN04_NEW, 38600, "货款", "采棉机摘锭配件", "erp", None, None,
    "金蝶KIS付款单：采棉机摘锭配件｜昌吉玉丰收割机配件有限公司｜合同JN-CG-2026-007", False,
    "E1102", ["E1101", "E1100"], (None, "JN-CG-2026-007", inv("jn-t05")), chg=iso(ts("2026-09-11 17:20")),
    sig=["unusual_bank_region"])
pay(J, "test", "2026-09-18 16:30", "scam", "fake_invoice", "block",
    "A parts salesman's voice message asks to be paid for 'the invoice still outstanding'; the invoice number was already paid in August.",
    V["V-JN02"], 23650, "货款", "保养配件款（补付）", "im", "恒力配件 业务员小韩", wx("jn-fi"),
    "小韩（语音转文字）：马会计你好我是恒力的小韩 上个月那张票两万三千六百五好像你们还没结 我们财务对账说没收到 麻烦再给看一下 就按原来那张票号付就行 急着对账", False,
    "E1102", ["E1101"], (None, "JN-CG-2026-004", inv("jn-h2")), sig=["im_instruction", "duplicate_invoice"])
order(J, "test", "2026-09-21 12:15", "legit", None, "allow",
      "Hard negative: An established cotton cooperative orders two cotton-picker overhauls and parts on post-harvest credit, by voice message, as it did last year.",
      dict(C["C-JN03"]), [("采棉机摘锭总成更换", "2", "台", "36500.00"), ("采棉机季中维护", "2", "台", "4800.00")],
      "im", "沙湾市博瑞合作社机库", "2026-09-26", "秋后结算（棉款下来11月底前）",
      "陈会计语音：赵经理那个两台机子摘锭要换了 还是跟去年一样秋后棉花款下来一起结 十一月底以前 合同就按去年那个续 社长签字了照片发你",
      sig=["credit_terms_requested"])
pay(J, "test", "2026-09-22 14:10", "scam", "authority_impersonation", "block",
    "A caller posing as the county farm-machinery supervision station claims the tractor subsidies are under 'fund verification' and has the dealer move 95k into a 'supervised account'.",
    corp("沙湾市农机购置补贴资金监管中心", "jn-ai", "中国民生银行乌鲁木齐分行"), 95000, "补贴核查", "农机购置补贴资金核查暂存", "phone",
    "自称农机监理站 李科长", "0993-0000861",
    "来电后发短信：金牛农机你好 你单位今年办理的农机购置补贴被举报套补 现在进行资金核查 请将已领补贴九万五转入监 管 账 户 核查无问题七个工作日原路退回 不配合的话取消经销商资格 不要外传", True,
    "E1102", ["E1101"], sig=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency", "subsidy_words", "evasion_spacing"])
pay(J, "test", "2026-09-23 15:35", "legit", None, "allow",
    "Hard negative: Annual inspection and plate fees for tractors sold, paid to the prefecture supervision office's official non-tax account for the first time.",
    V["V-JN09"], 3840, "规费", "代客户办理拖拉机年检及牌证工本费（16台）", "erp", None, None,
    "金蝶KIS付款单：塔城地区农机安全监理所 非税缴款书FS-6542-260923-017，代办16台拖拉机年检牌证工本费，客户已付", False,
    "E1102", ["E1101"], sig=["authority_words"])
pay(J, "test", "2026-09-24 11:40", "scam", "advance_fee", "block",
    "A 'farm-machinery loan' agent promises a 1.5m working-capital loan and asks 20k capital-verification money into a personal account.",
    per("何建伟", "jn-af", "中国建设银行乌鲁木齐分行"), 20000, "验资", "农机经销贷款验资款", "im", "新疆农融 客户经理何建伟", wx("jn-af"),
    "何经理语音转文字：刘总你好我是农融的小何 你那个一百五十万经销贷批下来了 银行放款以前要走个验资 你先转两万到我这个卡上 证明你们有还款能力 放款的时候一起退给你 今天下午五点以前弄好 不然额度就收回去了", True,
    "E1102", ["E1101"], sig=["loan_fee_words", "urgency", "im_instruction"])
order(J, "test", "2026-09-26 16:20", "legit", None, "allow",
      "Hard negative: Saturday voice order from a known farmer: tractor back in for repair during harvest, paid by his son's card, called back on the number on file.",
      dict(C["C-JN02"]), [("拖拉机液压提升器维修", "1", "项", "4600.00")], "im", "沙湾市维修车间", "2026-09-27",
      "修好结清（儿子马小军代付）",
      "老马语音：赵经理啊提升器又不行了地里急着犁地 今天拉过来能不能加个班 钱我让我儿子马小军从他卡上给你转 我这个卡额度不够 已打老马留的电话核实过是他本人",
      sig=["third_party_payer", "urgency"])
pay(J, "test", "2026-09-28 12:25", "scam", "task_rebate", "block",
    "The cashier, hooked on a 'like-and-earn' group, files a 'parts deposit' to a personal account that is actually a task top-up to unlock her rebate.",
    per("吴晓丽", "jn-tr", "中国工商银行贵阳分行"), 8800, "定金", "配件定金", "im", "马晓燕", wx("jn-tr"),
    "任务群导师：亲 第三单是联单任务 充值八千八 完成后本金加返利一万零五百六一起返 中途退出的话前面的返利作废哦 充到这张卡 户名吴晓丽", False,
    "E1102", ["E1101"], sig=["task_rebate_words", "topup_words", "vague_memo"])
pay(J, "test", "2026-09-29 17:20", "legit", None, "allow",
    "Hard negative: A farmer cancels a tiller order and his deposit is returned the way it came, to the same personal card, after the bank confirmed receipt.",
    per("杨建明", "jn-refund-yang", "中国农业银行沙湾支行", "6228"), 5000, "退款", "原路退回杨建明旋耕机订货定金", "erp", None, None,
    "金蝶KIS付款单：杨建明9月10日交旋耕机定金5000元（回单0910-044，付款卡尾号同收款卡），本人到店申请退订，原路退回", False,
    "E1102", ["E1101"], sig=["refund_words"])
pay(J, "test", "2026-09-30 11:15", "routine", None, "allow", "Routine: September showroom rent.",
    V["V-JN07"], 15000, "房租", "展厅及维修车间9月租金", "erp", None, None,
    "金蝶KIS付款单：展厅及维修车间9月租金｜沙湾市金沙湾物业管理有限公司｜合同JN-ZL-2025-002", False,
    "E1102", ["E1101"], (None, "JN-ZL-2025-002", inv("jn-t12")))
pay(J, "test", "2026-10-03 09:40", "legit", None, "allow",
    "Hard negative: On a National Day holiday morning the foreman's voice note asks to pay the low-loader driver on file to fetch a broken cotton picker from the field; approved by phone and in KIS.",
    V["V-JN06"], 3200, "运费", "板车拉运故障采棉机回厂", "im", "努尔兰", "wxid_nuerlan_jn",
    "努尔兰语音：马会计放假打扰了 博瑞那个采棉机地里趴窝了 韩永强的板车已经去拉了 三千二 他说油钱都没有了先给他打过去 王会计电话里同意了", True,
    "E1102", ["E1101"], sig=["urgency", "im_instruction"])
pay(J, "test", "2026-10-09 16:50", "scam", "contract_fraud", "flag",
    "A new 'project company' says the dealer won a subsidy-backed machinery supply lot and must wire a performance bond in traditional characters before the contract is sent.",
    corp("新疆豐源農業項目管理有限公司", "jn-cf", "中国农业银行阿克苏分行"), 60000, "履约保证金", "南疆农机补贴项目履约保证金", "im",
    "項目部 鄭經理", wx("jn-cf"),
    "鄭經理：恭喜貴公司入圍南疆三個團場農機配套項目 總額六百八十萬 合同簽訂前須先交履約保證金六萬 到賬後我們這邊蓋章寄合同 名額有限今天確定 過了就給下一家",
    True, "E1102", ["E1101"], sig=["deposit_words", "bigproject_words", "fee_asked_of_seller", "urgency", "evasion_traditional", "shell_company"])
order(J, "test", "2026-10-12 12:05", "legit", None, "allow",
      "Hard negative: A newly registered family farm orders a 180k tractor and has paid in full to the company account; bank confirmed receipt.",
      new_cust("沙湾市乌兰乌苏镇禾丰家庭农场", uscc("92", "654223", "jn-hefeng"), "韩禾丰", "17000004723", None, wx("jn-hefeng")),
      [("1804轮式拖拉机", "1", "台", "182000.00")], "phone", "沙湾市乌兰乌苏镇禾丰农场", "2026-10-20", "全款已到账",
      "韩老板电话说的 今年新办的家庭农场 十八万二全款昨天已经从他农场对公户打过来了 农行回单已核 补贴自己去申请",
      sig=["new_customer", "large_first_order", "subsidy_words"])
order(J, "test", "2026-10-13 15:30", "scam", "fake_order", "flag",
      "A caller for an 'army farm' orders two tractors and insists they be fitted with a special Beidou terminal bought from a supplier he names.",
      new_cust("某部队农副业基地", None, "王干事", mob("jn-fo"), None, wx("jn-fo")),
      [("1204轮式拖拉机", "2", "台", "236000.00")], "phone", "沙湾市某部队农场", "2026-10-18", "货到后部队财务对公付款",
      "王干事电话说 部队农场要两台拖拉机 必须装他们指定的军用版北斗终端 只有奎屯的军北导航有货 一套三万四 让我们先去买了装上一起交货 款部队一起付",
      third=dict(name="奎屯军北导航设备经销部", contact=mob("jn-fo-3p"), role="designated_supplier", amount="68000.00"),
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "large_first_order"], tag="jn_fo")
pay(J, "test", "2026-10-15 11:45", "scam", "fake_order", "block",
    "Two days later the 'army farm' sends a screenshot of a transfer 'in process' and sales asks to pay the terminal dealer 68k ahead of the tractors.",
    per("张建军", "jn-fo-pay", "中国工商银行奎屯分行"), 68000, "代采购", "代购北斗终端2套（部队订单）", "im", "王干事", wx("jn-fo"),
    "王干事语音转文字：赵经理我们财务已经转了截图给你发了系统显示处理中 军北那边不见钱不发货 你们先把六万八给他打过去 户名张建军是他们老板 拖拉机那边我们下礼拜来验收", True,
    "E1110", ["E1101"], ("@jn_fo", None, None), sig=["designated_supplier", "fake_payment_proof", "sales_order_linked", "urgency", "im_instruction"])
pay(J, "test", "2026-10-16 17:10", "routine", None, "allow", "Routine: Lubricants for the workshop.",
    V["V-JN03"], 7640, "货款", "柴机油、齿轮油", "erp", None, None,
    "金蝶KIS付款单：柴机油、齿轮油｜沙湾市天一润滑油经销部｜合同JN-CG-2026-009", False,
    "E1102", ["E1101"], (None, "JN-CG-2026-009", inv("jn-t18")))
pay(J, "test", "2026-10-19 12:45", "scam", "fake_salary", "flag",
    "A 'new WeChat' of an apprentice mechanic asks that his October pay go to a new card in his name at a bank in another province before payroll runs.",
    per("李文博", "jn-fs", "浙江泰隆商业银行温州分行"), 4300, "工资", "10月工资（李文博）", "im", "李文博", wx("jn-fs"),
    "李文博：马姐我是小李我原来那个卡丢了手机号也换了 这个月工资打我新卡上吧 温州的卡我哥给我办的 账号发你了 别打老卡了那个挂失了", False,
    "E1102", ["E1101"], sig=["payroll_change", "new_contact", "unusual_bank_region", "im_instruction"])
pay(J, "test", "2026-10-20 16:05", "legit", None, "allow",
    "Hard negative: Salary advance to the workshop foreman's own card, on file from earlier reimbursements, approved by the boss.",
    V["V-JN10"], 3000, "借支", "努尔兰预支10月工资（家中有事）", "erp", None, None,
    "金蝶KIS付款单：努尔兰·吐尔逊预支工资3000元，10月工资中扣回，刘总签批", False,
    "E1102", ["E1101", "E1100"], sig=["payroll_change"])
order(J, "test", "2026-10-21 11:30", "scam", "overpayment_refund", "block",
      "A new buyer of harvester belts claims to have paid 23,600 for a 3,600 order and asks the 20k difference back to a different person's card.",
      new_cust("玛纳斯县众鑫农机服务部", uscc("92", "652324", "jn-or"), "马老板", mob("jn-or"), None, wx("jn-or")),
      [("收割机传动皮带", "20", "条", "180.00")], "im", "玛纳斯县包家店镇", "2026-10-23", "款到发货",
      "马老板语音：我让会计转了 她手一抖多打了两万 转了两万三千六 截图你看 那个多的两万你退到我表弟的卡上 我那个卡冻了 表弟叫马成 农行的",
      third=dict(name="马成（个人）", contact=mob("jn-or-3p"), role="refund_recipient", amount="20000.00"),
      sig=["overpayment", "refund_to_other_account", "fake_payment_proof"])
pay(J, "test", "2026-10-22 14:20", "legit", None, "allow",
    "Hard negative: Auto-steer supplier paid for four more terminals; payment was urged in a voice note, account unchanged, contract on file.",
    V["V-JN08"], 52000, "货款", "北斗自动导航终端4套（第二批）", "im", "田联导航 销售经理", "wxid_tianlian_sales",
    "田联销售语音：王会计四套导航都装好了客户都验了 五万二 还是打我们公司那个中行的户 发票随后寄过来 这两天公司要发工资麻烦尽快", True,
    "E1102", ["E1101", "E1100"], (None, "JN-CG-2026-015", None), sig=["urgency", "im_instruction"])
pay(J, "test", "2026-10-23 15:30", "scam", "account_lending", "block",
    "A 'customer' asks to route 300k of a cooperative's subsidy money through the dealer's account as a fake machine sale and return it, with a commission.",
    corp("新疆聚禾农业发展有限公司", "jn-al", "中国农业银行昌吉分行"), 294000, "退款", "采棉机订单取消退款", "phone", "聚禾农业 钱总", mob("jn-al"),
    "钱总电话：我们合作社的补贴款要走个账 先打三十万到你们公户算买机子 你们扣六千手续费剩下的二十九万四退到这个公司户 发票不用开 就是过一下流水", False,
    "E1102", ["E1101"], sig=["account_lending_words", "refund_words", "in_out_match", "first_time_payee"])
pay(J, "test", "2026-10-26 12:00", "routine", None, "allow", "Routine: Harvester parts from the regular supplier's long-standing account.",
    V["V-JN02"], 12880, "货款", "采棉机水刷盘", "erp", None, None,
    "金蝶KIS付款单：采棉机水刷盘｜石河子恒力农机配件有限公司｜合同JN-CG-2026-004", False,
    "E1102", ["E1101"], (None, "JN-CG-2026-004", inv("jn-t24")))
order(J, "test", "2026-10-27 16:40", "routine", None, "allow", "Routine: Established family farm orders a seed drill.",
      dict(C["C-JN04"]), [("2BMG-6精量播种机", "1", "台", "24800.00")], "im", "沙湾市柳毛湾镇天润农场", "2026-11-05", "款到发货",
      "杨老板说明年春播用 款过两天打")
pay(J, "test", "2026-10-28 11:10", "legit", None, "allow",
    "Hard negative: Cotton cooperative's season-end rebate paid to its own corporate account under last season's service contract.",
    corp("沙湾市博瑞棉花种植专业合作社", "jn-borui", "沙湾市农村信用合作联社", "8806", 18, "0993-0000719"), 6200, "返利",
    "2026采棉季服务返利（合同JN-FW-2026-003第7条）", "erp", None, None,
    "金蝶KIS付款单：博瑞合作社采棉季维修服务满额返利6200元，按合同JN-FW-2026-003第7条返至合作社对公账户", False,
    "E1102", ["E1101", "E1100"], (None, "JN-FW-2026-003", None), sig=["task_rebate_words"])
pay(J, "test", "2026-10-29 19:50", "routine", None, "allow", "Routine: October payroll run.",
    V["V-JN05"], 98100, "工资", "10月工资（19人）", "erp", None, None,
    "金蝶KIS付款单：10月工资（19人）｜代发工资专户", False, "E1102", ["E1101", "E1100"])
pay(J, "test", "2026-10-30 10:50", "routine", None, "allow", "Routine: Warranty service parts from the regular tractor distributor.",
    V["V-JN01"], 28400, "货款", "拖拉机三包配件", "erp", None, None,
    "金蝶KIS付款单：拖拉机三包配件｜新疆沃丰农业装备有限公司｜合同JN-CG-2026-011", False,
    "E1102", ["E1101"], (None, "JN-CG-2026-011", inv("jn-t28")))

# ====================================================================== BOYUAN
B = "boyuan"
hpay(B, "2026-08-03 12:30", "Routine: Fuel-card top-up for park shuttle trucks.", "V-BY01", 60000, "油费", "加油卡充值（园区短驳车）", "E2102", ["E2101"], "BY-CG-2026-002", "by-h1")
horder(B, "2026-08-04 15:10", "Routine: Freight forwarder renews 1,500 m2 of bonded-cargo warehouse space.", "C-BY01", [("仓库租赁（1500平方米·月）", "3", "月", "27000.00")], "博乐博远物流园3号库", "2026-08-05", "季度预付", "吴经理邮件续租三个月")
hpay(B, "2026-08-06 16:20", "Routine: Security guards for August.", "V-BY02", 28500, "服务费", "8月园区安保服务费", "E2102", ["E2101"], "BY-FW-2026-004", "by-h2")
hpay(B, "2026-08-10 11:40", "Routine: Subcontracted freight to Urumqi.", "V-BY03", 73400, "运费", "博乐—乌鲁木齐整车运输（14车）", "E2102", ["E2101", "E2100"], "BY-YS-2026-006", "by-h3")
hpay(B, "2026-08-11 17:30", "Routine: Fuel advance to an owner-driver on file.", "V-BY04", 3000, "油费", "马军预支油费（博乐—霍尔果斯）", "E2102", ["E2101"])
horder(B, "2026-08-13 12:05", "Routine: Wolfberry cooperative books cold storage.", "C-BY02", [("冷库仓储（吨·月）", "120", "吨", "180.00")], "博乐博远物流园冷库", "2026-08-14", "月结", "枸杞干果入冷库", ch="phone")
hpay(B, "2026-08-17 15:45", "Routine: Electricity for the park.", "V-BY05", 41860, "电费", "7月园区电费", "E2102", ["E2101"], "BY-NY-2026-001", "by-h4")
hpay(B, "2026-08-20 12:50", "Routine: Cleaning service.", "V-BY07", 9600, "服务费", "8月园区保洁", "E2102", ["E2101"], "BY-FW-2026-007", "by-h5")
horder(B, "2026-08-24 16:30", "Routine: Trading company books monthly truckloads on account.", "C-BY03", [("整车运输 博乐—乌鲁木齐", "8", "车", "6800.00")], "乌鲁木齐市米东区", "2026-08-31", "月结", "老客户 月底对账")
hpay(B, "2026-08-27 11:25", "Routine: Cold-room compressor maintenance.", "V-BY08", 18500, "维修费", "冷库压缩机保养", "E2102", ["E2101"], "BY-FW-2026-009", "by-h6")
hpay(B, "2026-09-03 18:40", "Routine: August payroll.", "V-BY06", 118000, "工资", "8月工资（31人）", "E2102", ["E2101", "E2100"])
hpay(B, "2026-09-07 14:15", "Routine: Loader operator (day labour) paid for weekend unloading.", "V-BY09", 1800, "劳务费", "周末卸车劳务（6天）", "E2102", ["E2101"])
hpay(B, "2026-09-09 12:35", "Routine: More subcontracted freight.", "V-BY03", 68900, "运费", "博乐—奎屯整车运输（17车）", "E2102", ["E2101", "E2100"], "BY-YS-2026-006", "by-h7")

# ---- boyuan test
pay(B, "test", "2026-09-11 12:20", "legit", None, "allow",
    "Hard negative: Dispatcher's voice note asks for a fuel advance for a known owner-driver stuck at the Khorgos port; paid to the driver's card on file.",
    V["V-BY04"], 3500, "油费", "马军预支油费（霍尔果斯口岸返程）", "im", "包尔江", "wxid_baoerjiang_by",
    "包尔江语音转文字：古丽娜尔 马军在霍尔果斯口岸排了两天队油卡没钱了 给他先支三千五油费 还是他原来那个农行卡 回来运费里扣 孙经理知道", True,
    "E2102", ["E2101"], sig=["personal_account", "urgency", "im_instruction"])
order(B, "test", "2026-09-14 16:50", "scam", "fake_purchaser", "flag",
      "A look-alike of the established freight forwarder (one character changed, free mail) books 4,000 m2 and asks the park to pay a 'platform onboarding deposit' first.",
      new_cust("阿拉山口中欧通运国际货运代理有限公司", uscc("91", "652702", "by-fp"), "吴经理", mob("by-fp"), "zoty_wu@163.com", wx("by-fp")),
      [("仓库租赁（4000平方米·月）", "6", "月", "72000.00")], "email", "博乐博远物流园", "2026-09-20", "入库后季度结算",
      "吴经理：我们和你们是老合作了 这次中欧班列回程货多 要四千平六个月 走我们集团供应商平台下单 按平台规定仓储方要先交一万五入驻保证金 合同平台上签",
      fees=[dict(reason="平台入驻保证金", amount="15000.00")],
      sig=["lookalike_company", "free_mail", "fee_asked_of_seller", "deposit_words", "large_first_order", "credit_terms_requested"])
pay(B, "test", "2026-09-15 11:30", "routine", None, "allow", "Routine: September security service.",
    V["V-BY02"], 28500, "服务费", "9月园区安保服务费", "erp", None, None,
    "OA审批已通过：9月园区安保服务费｜博州卫安保安服务有限公司｜合同BY-FW-2026-004", False,
    "E2102", ["E2101"], (None, "BY-FW-2026-004", inv("by-t03")))
pay(B, "test", "2026-09-16 13:40", "scam", "boss_impersonation", "block",
    "In a new WeChat group the 'general manager' dictates by voice-to-text, asks for the balance and orders 186k to a first-time land-lease company; key words spaced out.",
    corp("博乐市金驼土地流转服务有限公司", "by-bi", "中国邮政储蓄银行博乐分行"), 186000, "预付款", "物流园二期土地流转预付款", "im", "周建国",
    "微信群：园区管理层（今日新建）",
    "周建国：古丽娜尔在不在\n古丽娜尔：周总我在\n周建国：账上现在有多少可用的 报一下\n古丽娜尔：建行一百零三万 农商行二十二万\n周建国：二期那块地谈下来了对方要先付预付款一十八万六 打给博乐市金驼土地流转服务有限公司 我跟领导吃饭不方便说话 先 转 手续我回去补 这个事先别 跟 孙经理讲 保 密",
    True, "E2102", [], sig=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "secrecy_words", "boss_role", "urgency", "evasion_spacing"])
order(B, "test", "2026-09-17 15:15", "legit", None, "allow",
      "Hard negative: A new dried-fruit trader books 60 t of cold storage by WeChat voice and pays three months upfront; large for a first booking but prepaid and cleared.",
      new_cust("博乐市果之源干果商行", uscc("92", "652701", "by-guozhi"), "阿不都", "14900003862", None, wx("by-guozhi")),
      [("冷库仓储（吨·月）", "180", "吨", "185.00")], "im", "博乐博远物流园冷库", "2026-09-19", "三个月预付（已到账）",
      "阿不都语音：经理我们是新开的干果商行 葡萄干杏干六十吨 放三个月 钱三万三千三已经从商行的户打过去了 你们看一下 礼拜六拉过来行不行",
      sig=["new_customer", "large_first_order", "contact_im_only"])
pay(B, "test", "2026-09-18 16:10", "scam", "account_change", "flag",
    "Structural only: the cleaning company's account was re-keyed nine days ago to a postal-savings account in Kuitun; a 4,800 first payment follows, below the meaningful amount.",
    BY07_NEW, 4800, "服务费", "9月上半月园区保洁", "erp", None, None,
    "OA审批已通过：9月上半月园区保洁｜博乐市洁源环卫服务有限公司｜合同BY-FW-2026-007", False,
    "E2102", ["E2101"], (None, "BY-FW-2026-007", inv("by-t06")), chg=iso(ts("2026-09-09 19:30")),
    sig=["unusual_bank_region"])
pay(B, "test", "2026-09-21 11:55", "legit", None, "allow",
    "Hard negative: Refund of a departing tenant's warehouse deposit to the same corporate account it was paid from, confirmed by call-back to the number on file.",
    corp("博州新丝路商贸有限公司", "by-xinsilu", "中国农业银行博乐分行", "3046", 19, "0909-0000908"), 20000, "押金退还",
    "原路退还新丝路商贸5号库押金", "erp", None, None,
    "OA审批已通过：新丝路商贸退租5号库，押金2万元（2025-11-03收款回单1103-021）原路退回其付款账户；已回拨档案电话0909-0000908郭经理确认", False,
    "E2102", ["E2101", "E2100"], (None, "BY-ZL-2025-011", None),
    ver=ver("0909-0000908", "E2101", "2026-09-21 11:20"), sig=["refund_words", "deposit_words"])
pay(B, "test", "2026-09-22 15:20", "scam", "fake_invoice", "flag",
    "A 'national logistics-park directory' sends a renewal bill for a listing the park never ordered, payable today to a Beijing company.",
    corp("北京中物园区信息服务有限公司", "by-fi", "中国工商银行北京海淀支行", "0200"), 6980, "年费", "全国物流园区名录2027年度收录续费", "email",
    "全国物流园区名录编委会", "service@cn-wlyq-ml.com",
    "尊敬的博远物流园：贵园区在《全国物流园区名录》的收录将于9月30日到期，续费6980元/年，逾期将下线并影响政府招商推荐。请于今日内付至北京中物园区信息服务有限公司，款到开票。", True,
    "E2102", ["E2101"], sig=["renewal_bill", "email_instruction", "urgency", "vague_memo"])
order(B, "test", "2026-09-23 12:40", "legit", None, "allow",
      "Hard negative: The established trading company books October truckloads on monthly terms by voice message, with a second unloading address.",
      dict(C["C-BY03"]), [("整车运输 博乐—乌鲁木齐", "10", "车", "6800.00"), ("整车运输 博乐—昌吉", "4", "车", "5600.00")], "im",
      "乌鲁木齐市米东区；昌吉市大西渠镇", "2026-10-10", "月结",
      "郭经理语音：小包十月份还是老样子一个月结一次 乌鲁木齐十车 昌吉那边新租了个库 四车卸到大西渠 地址我发你",
      sig=["credit_terms_requested"])
pay(B, "test", "2026-09-24 17:15", "scam", "fake_salary", "block",
    "The dispatcher's 'new WeChat' asks that his September pay go to his wife's card; the payee is not the employee.",
    per("马秀兰", "by-fs", "中国邮政储蓄银行伊宁分行"), 6800, "工资", "9月工资（包尔江）", "im", "包尔江", wx("by-fs"),
    "包尔江（新号）：古丽娜尔我原来微信被封了这是新的 这个月工资打我老婆卡上 马秀兰 邮储的 我那张卡在伊宁办的有点问题 发工资的时候单独打一下", False,
    "E2102", ["E2101"], sig=["payroll_change", "payee_not_employee", "new_contact", "im_instruction"])
pay(B, "test", "2026-09-26 11:00", "legit", None, "allow",
    "Hard negative: Saturday emergency payment to the regular cold-room maintenance firm after a compressor failure with fruit inside; approved by both managers.",
    V["V-BY08"], 26400, "维修费", "2号冷库压缩机抢修", "erp", None, None,
    "【加急】OA审批已通过：2号冷库压缩机烧了 库里四十吨枸杞 口岸冷链连夜换机 配件加工时26400元 今天结 周总已批", True,
    "E2102", ["E2101", "E2100"], (None, "BY-FW-2026-009", inv("by-t11")), sig=["urgency"])
pay(B, "test", "2026-09-28 14:25", "scam", "authority_impersonation", "block",
    "A caller posing as Alashankou customs anti-smuggling police says a tenant's cargo is linked to money laundering and the park must move funds to a 'safe account' for checking, written in traditional characters.",
    corp("國家反洗錢資金核查中心", "by-ai", "中国民生银行深圳分行"), 150000, "资金核查", "涉案资金核查", "phone", "自稱海關緝私局 張警官",
    "0909-0000999",
    "張警官：你們園區三號庫租戶涉嫌走私洗錢 你單位賬戶已被凍結審查 為證明資金清白 須將十五萬轉入安全帳戶進行資金核查 核查後退回 此案保密 不得告訴任何人 包括你們領導", True,
    "E2102", ["E2101"], sig=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency", "evasion_traditional"])
pay(B, "test", "2026-09-29 16:40", "legit", None, "allow",
    "Hard negative: Annual fee for the customs-supervised bonded yard paid to the port operator's account for the first time; 'supervision' wording but an official contract.",
    corp("阿拉山口综合保税区运营管理有限公司", "by-zb", "中国银行阿拉山口支行", "1078", 18, "0909-0000321"), 48000, "场所服务费",
    "海关监管作业场所2026-2027年度服务费", "erp", None, None,
    "OA审批已通过：阿拉山口综保区运营公司 海关监管作业场所年度服务费（合同ZB-FW-2026-118，缴费通知ZB-2609-071，已电话0909-0000321核对账户）", False,
    "E2102", ["E2101", "E2100"], (None, "ZB-FW-2026-118", None), ver=ver("0909-0000321", "E2101", "2026-09-29 15:50"),
    sig=["authority_words"])
order(B, "test", "2026-09-30 12:10", "scam", "fake_order", "flag",
      "A 'border inspection station' books cold storage for seized meat and requires temperature loggers from one named supplier, contact by a misspelt WeChat (威信).",
      new_cust("某边境检查站后勤保障处", None, "刘助理", mob("by-fo"), None, wx("by-fo")),
      [("冷库仓储（吨·月）", "80", "吨", "220.00")], "phone", "博乐博远物流园冷库", "2026-10-05", "财政集中支付（验收后）",
      "刘助理电话：我们检查站查扣的冻肉要放你们冷库 按规定必须配备计量认证的温度记录仪 只能用乌鲁木齐天衡仪器那家的 二十台 你们先采购装上我们一起结账 加我威信细谈 vx同号",
      third=dict(name="乌鲁木齐天衡仪器仪表经销部", contact=mob("by-fo-3p"), role="designated_supplier", amount="23600.00"),
      sig=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only", "evasion_homophone"])
pay(B, "test", "2026-10-05 10:40", "legit", None, "allow",
    "Hard negative: During the National Day week a subcontracted carrier is paid urgently so its trucks keep running; known account, approved on mobile OA.",
    V["V-BY03"], 54200, "运费", "国庆期间博乐—乌鲁木齐整车运输（11车）", "im", "恒通运输 王队长", "wxid_hengtong_wang",
    "王队长语音：孙经理过节打扰了 十一车跑完了 司机都等着拿钱加油 五万四千二 还是打公司信用社那个户 单子手机OA上提了", True,
    "E2102", ["E2101", "E2100"], (None, "BY-YS-2026-006", inv("by-t15")), sig=["urgency", "im_instruction"])
pay(B, "test", "2026-10-09 15:05", "scam", "advance_fee", "flag",
    "A 'bridge-loan' company offers to refinance the park's bank loan and asks a 48k 'bridge guarantee deposit' to its company account first.",
    corp("新疆汇通融信商务咨询有限公司", "by-af", "乌鲁木齐银行高新区支行", "6229"), 48000, "保证金", "过桥资金保证金", "phone",
    "汇通融信 陈总", mob("by-af"),
    "陈总电话后微信：周总你们那笔八百万续贷我们这边过桥资金已经准备好了 银行那边审批也打过招呼 按规矩先交百分之零点六的过桥保证金四万八 款到当天放过桥 贷款续上以后保证金退", False,
    "E2102", ["E2101", "E2100"], sig=["loan_fee_words", "deposit_words", "phone_instruction"])
order(B, "test", "2026-10-12 11:25", "legit", None, "allow",
      "Hard negative: A new herders' cooperative books parking and a weighbridge card for its cattle trucks and pays on the spot; WeChat only, small.",
      new_cust("温泉县查干屯格牧民专业合作社", uscc("93", "652723", "by-chagan"), "敖德", "17000008305", None, wx("by-chagan")),
      [("货车停车月卡", "3", "张", "600.00"), ("地磅过磅卡", "3", "张", "150.00")], "im", "博乐博远物流园", "2026-10-12", "现场付清",
      "敖德语音：三个车拉牛的要停园区 办三个月卡 过磅卡也办上 钱扫码付了",
      sig=["new_customer", "contact_im_only"])
pay(B, "test", "2026-10-13 16:30", "scam", "task_rebate", "block",
    "A warehouse clerk, deep in a 'brush orders' rebate scheme, files a personal-card payment labelled as a supplier deposit; the pasted text uses pinyin initials and homophones.",
    per("刘婷婷", "by-tr", "中国建设银行南宁分行"), 12000, "押金", "托盘押金", "im", "仓储部 李娜", wx("by-tr"),
    "派单员：姐这单是sd返力任务 充12000到yhk 完成立返13800 卡单了就要再充一单才能提现 户名刘婷婷", False,
    "E2120", ["E2101"], sig=["task_rebate_words", "topup_words", "evasion_pinyin", "evasion_homophone", "vague_memo"])
pay(B, "test", "2026-10-14 12:15", "legit", None, "allow",
    "Hard negative: Bid bond for a county grain-reserve warehousing tender, paid to the public resource trading centre account named in the announcement.",
    corp("博尔塔拉蒙古自治州公共资源交易中心", "by-ggzy", "中国建设银行博乐分行", "6505", 19, "0909-0000260"), 30000, "投标保证金",
    "州粮食储备库代储服务项目投标保证金", "erp", None, None,
    "OA审批已通过：州粮食储备库代储服务项目（项目编号BZ-GGZY-2026-0931）投标保证金，按交易中心公告指定账户缴纳，未中标原路退还", False,
    "E2102", ["E2101", "E2100"], sig=["deposit_words", "authority_words"])
order(B, "test", "2026-10-15 15:40", "scam", "account_lending", "block",
      "A new 'cross-border trade' customer books warehouse space but really wants its buyers' payments to land in the park's account and be forwarded, for a 2% fee.",
      new_cust("霍尔果斯亚欧通商贸有限公司", uscc("91", "654004", "by-al"), "何总", mob("by-al"), None, wx("by-al")),
      [("仓库租赁（500平方米·月）", "1", "月", "9000.00")], "im", "博乐博远物流园", "2026-10-20", "月结",
      "何总：仓库先租一个月 主要是我们哈萨克那边客户的货款想走你们公户过一下 到了就转给我们指定的户 每笔给你们百分之二 不影响你们的",
      third=dict(name="霍尔果斯亚欧通商贸有限公司指定账户", contact=mob("by-al-3p"), role="pass_through_payee", amount="500000.00"),
      sig=["account_lending_words", "new_customer", "contact_im_only"])
pay(B, "test", "2026-10-16 11:45", "routine", None, "allow", "Routine: September electricity.",
    V["V-BY05"], 39270, "电费", "9月园区电费", "erp", None, None,
    "OA审批已通过：9月园区电费｜博州城南供电服务有限公司｜合同BY-NY-2026-001", False,
    "E2102", ["E2101"], (None, "BY-NY-2026-001", inv("by-t21")))
pay(B, "test", "2026-10-19 16:15", "legit", None, "allow",
    "Hard negative: Fuel supplier paid at its account changed in mid-August (keyed in after a call-back), more than 30 days ago.",
    BY01_NEW, 60000, "油费", "加油卡充值（园区短驳车）", "erp", None, None,
    "OA审批已通过：加油卡充值｜博乐市通达油品销售有限公司（8月已变更结算账户，回拨0909-0000231确认）｜合同BY-CG-2026-002", False,
    "E2102", ["E2101"], (None, "BY-CG-2026-002", inv("by-t22")), chg=iso(ts("2026-08-14 11:00")),
    sig=["account_change_words"])
pay(B, "test", "2026-10-20 12:30", "scam", "boss_impersonation", "flag",
    "An e-mail from a look-alike of the company domain 'from the GM' asks the finance manager to pay a 76k conference sponsorship today, no OA.",
    corp("乌鲁木齐丝路会展策划有限公司", "by-bi2", "中国银行乌鲁木齐分行", "1076", 18), 76000, "赞助费", "中国—中亚物流峰会协办赞助", "email",
    "周建国", "zhoujg@boyuan-wlyq.com.cn",
    "海涛：今天下午谈定了中国—中亚物流峰会的协办，赞助费7.6万元今天必须到账，直接付给乌鲁木齐丝路会展策划有限公司。我这两天在阿拉木图电话不通，OA回来补。周建国", True,
    "E2101", [], sig=["email_instruction", "lookalike_domain", "cannot_call", "bypass_process", "boss_role", "urgency"])
pay(B, "test", "2026-10-21 15:50", "routine", None, "allow", "Routine: Subcontracted freight.",
    V["V-BY03"], 61800, "运费", "博乐—奎屯整车运输（15车）", "erp", None, None,
    "OA审批已通过：博乐—奎屯整车运输（15车）｜精河县恒通运输有限公司｜合同BY-YS-2026-006", False,
    "E2102", ["E2101", "E2100"], (None, "BY-YS-2026-006", inv("by-t24")))
pay(B, "test", "2026-10-22 11:35", "scam", "overpayment_refund", "block",
    "A 'tenant' claims it paid a quarter's rent twice and asks for the extra back to a different company's account; the ledger shows no duplicate receipt.",
    corp("奎屯金润达商贸有限公司", "by-or", "奎屯农村商业银行", "8811", 18), 27000, "退款", "阿拉山口中欧通达多付仓储费退款", "im",
    "中欧通达 财务小王", wx("by-or"),
    "小王语音转文字：古丽娜尔你好我是中欧通达财务新来的小王 三季度仓储费我们重复付了一次两万七 麻烦退一下 我们公司户在做年审 退到我们合作方奎屯金润达那个户就行 今天能退吗", True,
    "E2102", ["E2101"], sig=["refund_words", "overpayment", "refund_to_other_account", "payee_name_mismatch", "new_contact", "urgency"])
order(B, "test", "2026-10-23 12:50", "routine", None, "allow", "Routine: Wolfberry cooperative adds cold storage after harvest.",
      dict(C["C-BY02"]), [("冷库仓储（吨·月）", "200", "吨", "180.00")], "phone", "博乐博远物流园冷库", "2026-10-25", "月结",
      "秋果入库 二百吨")
order(B, "test", "2026-10-26 16:05", "scam", "contract_fraud", "flag",
      "Structural only: a customer whose only booking was a small prepaid one three weeks earlier now signs a 12-month lease of the whole cold store on credit.",
      new_cust("博乐市丰禾冷链贸易有限公司", uscc("91", "652701", "by-cf"), "梁总", mob("by-cf"), None, wx("by-cf")),
      [("冷库整库包租（月）", "12", "月", "96000.00")], "im", "博乐博远物流园冷库", "2026-11-01", "每季度末付款",
      "梁总：上次那批放得挺好 明年整个冷库我们包了 合同按一年签 季度末付 下个月一号就进货",
      sig=["new_customer", "small_then_large", "large_first_order", "credit_terms_requested"])
pay(B, "test", "2026-10-27 12:20", "legit", None, "allow",
    "Hard negative: Day-labour pay for a loader operator on file, paid to his personal card after a weekend of unloading.",
    V["V-BY09"], 2100, "劳务费", "国庆后卸车劳务（7天）", "im", "李娜", "wxid_lina_by",
    "李娜语音：古丽娜尔吐尔洪这七天卸车的钱两千一 还是打他那个农行卡 考勤表我放你桌上了", False,
    "E2102", ["E2101"], sig=["personal_account", "im_instruction"])
pay(B, "test", "2026-10-28 17:00", "scam", "fake_invoice", "flag",
    "A caller offers VAT invoices 'at 6 points' to cover the park's un-invoiced driver costs, asking for the tax point fee to a trading company.",
    corp("喀什宏達商貿有限公司", "by-fi2", "喀什农村商业银行", "8812", 18), 9600, "服务费", "代开运输发票税点", "phone", "开票中介 老杨", mob("by-fi2"),
    "老杨电话：你们园区司机的运费没票吧 我这边可以开运输专票 六个点 十六万的票先付九千六 票真的可以验 不用签合同", False,
    "E2102", ["E2101"], sig=["invoice_trade_words", "phone_instruction", "no_po_contract"])
pay(B, "test", "2026-10-29 19:30", "routine", None, "allow", "Routine: October payroll.",
    V["V-BY06"], 121500, "工资", "10月工资（32人）", "erp", None, None,
    "OA审批已通过：10月工资（32人）｜代发工资专户", False, "E2102", ["E2101", "E2100"])
order(B, "test", "2026-10-30 11:20", "legit", None, "allow",
      "Hard negative: The established forwarder renews its warehouse space and adds a bonded area; an e-mail from its usual domain mentions 'customs supervision' and a deposit paid to us.",
      dict(C["C-BY01"]), [("仓库租赁（1500平方米·月）", "3", "月", "27000.00"), ("海关监管区仓位（500平方米·月）", "3", "月", "11000.00")],
      "email", "博乐博远物流园3号库", "2026-11-01", "季度预付",
      "吴经理：四季度续租，另加五百平监管区仓位，监管区押金一万按贵司规定我们付，合同编号BY-ZL-2026-019，款已安排。",
      sig=["deposit_words", "authority_words"])

# ====================================================================== HUAMIAO
M = "huamiao"
hpay(M, "2026-08-03 16:10", "Routine: Autumn base fertiliser from the regular maker.", "V-HM01", 186000, "货款", "秋施基肥（复合肥60吨）", "E3102", ["E3101", "E3100"], "HM-CG-2026-003", "hm-h1")
hpay(M, "2026-08-05 12:20", "Routine: Pesticides for the shops.", "V-HM02", 54300, "货款", "杀虫剂、杀菌剂", "E3102", ["E3101"], "HM-CG-2026-005", "hm-h2")
horder(M, "2026-08-06 15:40", "Routine: Cooperative buys wheat fertiliser on post-harvest terms.", "C-HM01", [("冬小麦专用复合肥", "30", "吨", "2950.00")], "伊宁县喀拉亚尕奇乡金麦穗合作社仓库", "2026-09-20", "秋后结算（11月30日前）", "老客户 去年按时结清", ch="phone")
hpay(M, "2026-08-10 11:35", "Routine: Drip tape.", "V-HM03", 32800, "货款", "滴灌带", "E3102", ["E3101"], "HM-CG-2026-007", "hm-h3")
hpay(M, "2026-08-12 16:45", "Routine: Winter-wheat seed.", "V-HM04", 78000, "货款", "冬小麦种子", "E3102", ["E3101", "E3100"], "HM-CG-2026-008", "hm-h4")
horder(M, "2026-08-14 12:30", "Routine: Family farm buys wheat seed.", "C-HM02", [("冬小麦种子（新冬22号）", "4", "吨", "5200.00")], "察布查尔县绿源家庭农场", "2026-09-15", "款到发货", "刘老板转的账")
hpay(M, "2026-08-18 15:10", "Routine: Shop rent.", "V-HM05", 22000, "房租", "城东门店三季度租金", "E3102", ["E3101"], "HM-ZL-2026-001", "hm-h5")
horder(M, "2026-08-20 11:50", "Routine: Apple cooperative buys fungicides.", "C-HM03", [("苹果专用杀菌剂", "200", "箱", "260.00")], "霍城县果香苹果合作社", "2026-08-25", "款到发货", "杨主任电话下单")
hpay(M, "2026-08-24 16:30", "Routine: Delivery to village shops.", "V-HM07", 6300, "运费", "8月乡镇配送运费", "E3102", ["E3101"], "HM-YS-2026-002", "hm-h6")
horder(M, "2026-08-26 12:15", "Routine: A farmer buys fertiliser in person.", "C-HM04", [("尿素", "2", "吨", "2300.00")], "伊宁市英也尔镇", "2026-08-27", "现款", "现场付款", ch="in_person")
hpay(M, "2026-08-28 15:20", "Routine: Second fertiliser supplier.", "V-HM08", 96000, "货款", "磷酸二铵30吨", "E3102", ["E3101", "E3100"], "HM-CG-2026-010", "hm-h7")
hpay(M, "2026-09-04 18:20", "Routine: August payroll.", "V-HM06", 64500, "工资", "8月工资（14人）", "E3102", ["E3101", "E3100"])
hpay(M, "2026-09-08 11:45", "Routine: Top-up fertiliser batch.", "V-HM01", 142500, "货款", "秋施基肥（复合肥45吨）", "E3102", ["E3101", "E3100"], "HM-CG-2026-003", "hm-h8")

# ---- huamiao test
order(M, "test", "2026-09-11 15:20", "legit", None, "allow",
      "Hard negative: The established wheat cooperative orders 60 t of fertiliser on credit until after harvest, by a rambling voice message.",
      dict(C["C-HM01"]), [("冬小麦专用复合肥", "40", "吨", "2950.00"), ("尿素", "20", "吨", "2280.00")], "im",
      "伊宁县喀拉亚尕奇乡金麦穗合作社仓库", "2026-09-25", "秋后结算（11月30日前）",
      "艾力社长语音：韩老板啊今年麦子播的早 复合肥四十吨尿素二十吨 还是老规矩秋后玉米卖了一起结 十一月底以前 社员大会通过了 会议记录拍照发你了 你放心么麻达",
      sig=["credit_terms_requested", "large_vs_usual"])
pay(M, "test", "2026-09-14 12:10", "scam", "account_change", "block",
    "A fake e-mail from the phosphate supplier, with full-width digits in the amount and account, asks that this payment go to a new Guangzhou account re-keyed three days earlier.",
    HM08_NEW, 88500, "货款", "磷酸二铵27吨", "email", "金土地肥料 财务部", "caiwu@jintudi-fei1iao.com",
    "华苗农资财务：因我司原建行账户受限，本批磷酸二铵货款８８５００元请付至新账户（招商银行广州天河支行），原账户暂停使用。金土地肥料财务部", False,
    "E3102", ["E3101", "E3100"], (None, "HM-CG-2026-010", None), chg=iso(ts("2026-09-11 11:30")),
    sig=["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region", "evasion_fullwidth"])
order(M, "test", "2026-09-15 16:35", "legit", None, "allow",
      "Hard negative: A farmer new to the shop buys urea and pays on the spot by QR code; the shop manager's voice note doubles as the record.",
      new_cust("伊宁县胡地亚于孜乡农户 阿不都热依木", None, "阿不都热依木", "16700002674", None, None),
      [("尿素", "1.5", "吨", "2300.00")], "in_person", "伊宁县胡地亚于孜乡三村", "2026-09-15", "现场扫码付清",
      "买买提江语音：胡地亚于孜那个老乡一吨半尿素三千四百五扫码付了 下午三轮车拉走了",
      sig=["new_customer", "residential_delivery"])
pay(M, "test", "2026-09-16 11:40", "scam", "boss_impersonation", "flag",
    "A voice-to-text message from a 'new number' of the owner tells the cashier to pay an 'urgent seed deposit' to a person; no approval, but no balance question.",
    per("胡振东", "hm-bi", "中国工商银行酒泉分行"), 46000, "定金", "玉米种子定金", "im", "韩志勇", wx("hm-bi"),
    "韩志勇：阿依古丽我是韩总 这个是我新的薇信 原来那个手机摔坏了\n韩志勇：甘肃那边玉米种子抢手 我跟胡总定了一车 先打四万六定金到他个人卡 胡振东 工行的 我在飞机上下了再说 你先弄", True,
    "E3102", [], sig=["im_instruction", "new_contact", "boss_role", "deposit_words", "cannot_call", "urgency", "evasion_homophone"])
pay(M, "test", "2026-09-17 15:15", "legit", None, "allow",
    "Hard negative: Owner's voice note asks the cashier to pay the regular fertiliser maker today; known account, approved by the accountant.",
    V["V-HM01"], 171000, "货款", "秋施基肥（复合肥57吨）", "im", "韩志勇", "wxid_hanzhiyong_hm",
    "韩志勇语音转文字：阿依古丽河谷肥业那个十七万一今天给他打了吧 车都卸完了 就是原来那个工行的户 李会计那里单子我签过字了", True,
    "E3102", ["E3101", "E3100"], (None, "HM-CG-2026-003", inv("hm-t05")), sig=["im_instruction", "boss_role", "urgency"])
order(M, "test", "2026-09-18 12:25", "scam", "fake_purchaser", "flag",
      "A look-alike of the established apple cooperative (果乡 for 果香) orders 600 cases of fungicide on 60-day terms, to be delivered to a warehouse in Kuitun.",
      new_cust("霍城县果乡苹果专业合作社", None, "杨主任", mob("hm-fp"), None, wx("hm-fp")),
      [("苹果专用杀菌剂", "600", "箱", "260.00")], "im", "奎屯市开干齐乡某仓库", "2026-09-21", "货到60天付款",
      "杨主任语音：我们合作社今年扩了五百亩 杀菌剂要六百箱 先发到奎屯那个库 我们在那边有个基地 钱六十天以后结 老客户了你跟韩总说一声就行",
      sig=["lookalike_company", "new_customer", "credit_terms_requested", "far_delivery", "large_first_order", "contact_mismatch"])
pay(M, "test", "2026-09-21 16:20", "routine", None, "allow", "Routine: Pesticides restock.",
    V["V-HM02"], 38700, "货款", "除草剂、杀虫剂", "erp", None, None,
    "管家婆付款单：除草剂、杀虫剂｜乌鲁木齐绿盾植保经销有限公司｜合同HM-CG-2026-005", False,
    "E3102", ["E3101"], (None, "HM-CG-2026-005", inv("hm-t08")))
pay(M, "test", "2026-09-22 11:50", "scam", "fake_salary", "block",
    "Structural only: the wages of five shop assistants go in one payment to a single private card, keyed from a short note 'from' the labour agency.",
    per("赵丽娟", "hm-fs", "中国农业银行伊宁分行", "6228"), 19500, "工资", "9月门店临时导购工资（5人）", "email", "伊犁德信劳务派遣", "dexin_lw@126.com",
    "阿依古丽你好，9月门店导购工资明细见附件，按附件账户发放。德信劳务", False,
    "E3102", ["E3101"], sig=["payee_shared_by_employees", "payee_not_employee", "email_instruction", "free_mail"])
pay(M, "test", "2026-09-23 15:40", "legit", None, "allow",
    "Hard negative: A farmer overpaid by QR code; the difference is refunded to the same card after the bank statement shows the receipt.",
    per("阿不都热依木", "hm-refund-abd", "伊宁农村商业银行", "6230"), 2300, "退款", "原路退回多付尿素款", "erp", None, None,
    "管家婆付款单：胡地亚于孜农户阿不都热依木9月15日扫码多付2300元（流水0915-0382，已到账），原路退回付款卡", False,
    "E3102", ["E3101"], sig=["refund_words", "overpayment"])
pay(M, "test", "2026-09-24 12:35", "scam", "authority_impersonation", "flag",
    "A caller posing as the agricultural law-enforcement team says a banned pesticide was sold and demands a 'fine' to an officer's personal card to avoid closure.",
    per("王海军", "hm-ai", "中国农业银行喀什分行", "6228"), 8000, "罚款", "违规销售禁用农药罚款", "phone", "自称伊宁县农业综合执法大队 王队长",
    "0999-0000877",
    "王队长电话：你们城东店卖了禁用的甲拌磷有人举报了 按规定罚款两万 看你们态度好按八千处理 今天交到我们经办人王海军卡上 不交明天来封店", True,
    "E3102", ["E3101"], sig=["authority_words", "phone_instruction", "urgency"])
pay(M, "test", "2026-09-28 16:10", "legit", None, "allow",
    "Hard negative: Fee for pesticide-dealer training run by the county plant-protection station, paid to its official account per the written notice.",
    corp("伊宁县农业技术推广中心", "hm-zbz", "中国农业银行伊宁县支行", "3068", 17, "0999-0000350"), 1600, "培训费",
    "农药经营人员继续教育培训费（4人）", "erp", None, None,
    "管家婆付款单：县农技推广中心红头通知（伊县农技〔2026〕31号）农药经营人员培训费每人400元，4人，付至通知所列对公账户，已电话0999-0000350核对", False,
    "E3102", ["E3101"], ver=ver("0999-0000350", "E3101", "2026-09-28 15:30"), sig=["authority_words", "fee_words"])
order(M, "test", "2026-09-29 11:45", "scam", "fake_order", "block",
      "A 'regiment plant-protection office' orders pesticide and has the chain pay a named drone-spraying firm first, backed only by a transfer screenshot.",
      new_cust("兵团某团植保站", None, "张站长", mob("hm-fo"), None, wx("hm-fo")),
      [("玉米螟防治药剂", "300", "箱", "320.00")], "im", "可克达拉市某团部", "2026-10-08", "已转账（截图）",
      "张站长语音：药三百箱要 还要配无人机飞防 团里只认可克达拉天翼飞防 你们先把飞防费四万二给他们付了 药钱加飞防费一起我们已经转了 截图发你了 银行说两个小时到账",
      third=dict(name="可克达拉天翼飞防服务部", contact=mob("hm-fo-3p"), role="designated_supplier", amount="42000.00"),
      sig=["institution_claim", "designated_supplier", "fake_payment_proof", "new_customer", "contact_im_only"])
pay(M, "test", "2026-10-06 11:20", "legit", None, "allow",
    "Hard negative: Holiday-week payment to a temporary unloader by personal card for a fertiliser truck that arrived early; shop manager's voice note, accountant approved.",
    per("热合曼·阿不力孜", "hm-rhm", "伊宁农村商业银行", "6230"), 900, "劳务费", "国庆期间卸肥料劳务（3人一天）", "im", "买买提江", "wxid_maimaitijiang_hm",
    "买买提江语音：李会计过节也没办法 肥料车提前到了 叫了热合曼他们三个人卸了一天 九百块 打热合曼卡上他给另外两个分 签字的单子明天拿过来", False,
    "E3102", ["E3101"], sig=["personal_account", "im_instruction", "off_hours"])
pay(M, "test", "2026-10-09 15:30", "scam", "contract_fraud", "flag",
    "A firm founded four months ago offers the chain a 'regional general agency' for a fertiliser brand and wants a 50k performance bond before the contract.",
    corp("新疆沃野生物科技集团有限公司", "hm-cf", "中国建设银行阿勒泰分行", "6505"), 50000, "履约保证金", "伊犁州区域总代理履约保证金", "im",
    "沃野生物 招商部 邓经理", wx("hm-cf"),
    "邓经理：韩总 伊犁州总代就给你们一家 保证金五万 交了以后下个月返货补贴 首批货铺完店里卖不掉包退 今天不交明天察县那家就签了", True,
    "E3102", ["E3101", "E3100"], sig=["deposit_words", "fee_asked_of_seller", "shell_company", "urgency", "bigproject_words"])
pay(M, "test", "2026-10-12 12:40", "legit", None, "allow",
    "Hard negative: Drip-tape maker paid at the account it changed in late August, after a call-back; more than 30 days ago.",
    HM03_CHANGED, 29600, "货款", "滴灌带（明年春用）", "erp", None, None,
    "管家婆付款单：滴灌带｜伊宁市润滴节水器材厂（8月下旬已变更账户，回拨0999-0000463确认）｜合同HM-CG-2026-007", False,
    "E3102", ["E3101"], (None, "HM-CG-2026-007", inv("hm-t15")), chg=iso(ts("2026-08-25 11:00")), sig=["account_change_words"])
pay(M, "test", "2026-10-13 16:15", "scam", "advance_fee", "block",
    "A 'farm-supply loan' agent says the chain's approved loan is frozen for a wrong card number and asks an unfreezing fee, in mixed pinyin, to a personal account.",
    per("邱志强", "hm-af", "中国银行长沙分行", "6216"), 13500, "手续费", "贷款账户解冻手续费", "im", "惠农贷 审核专员", wx("hm-af"),
    "审核专员：韩总您好 您的五十万农资贷已审批 但是您填写的yhk号错了一位 资金被系统冻结 需要交百分之二点七 jie冻费一万三千五 转到财务专员邱志强的卡 解冻后连贷款一起到账", True,
    "E3102", ["E3101"], sig=["loan_fee_words", "evasion_pinyin", "urgency", "im_instruction"])
order(M, "test", "2026-10-14 11:30", "legit", None, "allow",
      "Hard negative: The county agriculture bureau orders seed for a demonstration field through government procurement; contract number and budget on file.",
      new_cust("伊宁县农业农村局", uscc("11", "654021", "hm-nyj"), "马科长", "0999-0000612", "nyj_yn@yining.gov.cn", None),
      [("冬小麦良种（新冬41号）", "8", "吨", "5400.00")], "email", "伊宁县吉里于孜镇示范田", "2026-10-20", "验收后财政支付（合同约定30日内）",
      "政府采购合同YNX-ZC-2026-0417，资金已列入2026年良种补贴预算，请按合同送货，验收单由镇农技站出具。",
      sig=["institution_claim", "new_customer", "credit_terms_requested", "subsidy_words"])
pay(M, "test", "2026-10-15 15:50", "scam", "fake_invoice", "flag",
    "A WeChat contact offers to 'cover' the chain's cash sales to farmers with VAT invoices for a fee, paid to a trading company with no dealings.",
    corp("霍尔果斯金源鼎盛商贸有限公司", "hm-fi", "霍尔果斯农村商业银行", "8813", 18), 7200, "咨询费", "财税咨询服务费", "im", "开票代理 小周", wx("hm-fi"),
    "小周：老板你们卖给农户的货很多没开票吧 进项不够的话我这边有专票 化肥农药都能开 点数好商量 先付七千二 十二万的票当天发", False,
    "E3102", ["E3101"], sig=["invoice_trade_words", "im_instruction", "no_po_contract", "vague_memo"])
pay(M, "test", "2026-10-16 12:20", "routine", None, "allow", "Routine: Delivery freight.",
    V["V-HM07"], 7450, "运费", "9月乡镇配送运费", "erp", None, None,
    "管家婆付款单：9月乡镇配送运费｜伊犁众诚物流有限公司｜合同HM-YS-2026-002", False,
    "E3102", ["E3101"], (None, "HM-YS-2026-002", inv("hm-t19")))
pay(M, "test", "2026-10-19 16:40", "scam", "fake_purchaser", "flag",
    "A fake 'state farm procurement platform' says the chain must pay a supplier qualification fee to a staff member before it can quote.",
    per("孙晓梅", "hm-fp2", "中国建设银行兰州分行", "6217"), 2980, "资格费", "供应商入库资格审核费", "im", "农垦集采平台 孙老师", wx("hm-fp2"),
    "孙老师：韩总 你们报的化肥价我们看了可以 但是你们还没入我们集采平台的供应商库 入库审核费两千九百八 转给我们经办人孙晓梅 今天入库明天就能签三百吨的单", False,
    "E3102", ["E3101"], sig=["fee_asked_of_seller", "institution_claim", "im_instruction"])
order(M, "test", "2026-10-20 11:10", "legit", None, "allow",
      "Hard negative: The apple cooperative asks the chain to source a specific foliar fertiliser brand it names and has already paid in full to the company account.",
      dict(C["C-HM03"]), [("指定品牌叶面肥（海藻钙）", "150", "箱", "210.00")], "phone", "霍城县果香苹果合作社", "2026-10-28", "全款预付（已到账）",
      "杨主任电话：今年要用那个海藻钙的牌子 你们从昌吉那个总代拿就行 三万一千五已经从合作社户上打过去了 你们查一下",
      sig=["designated_supplier"])
pay(M, "test", "2026-10-21 15:15", "scam", "account_change", "block",
    "A letter 'with the fertiliser maker's seal' says payments now go to its trading subsidiary; the vendor record was re-keyed twelve days ago and this is the first payment there.",
    HM01_NEW, 133000, "货款", "秋施基肥（复合肥44吨）", "letter", "伊犁河谷肥业 财务部", None,
    "致华苗农资：我司自10月起销售回款统一由全资子公司新疆伊犁河谷农资贸易有限公司收取，原工行账户不再收款，特此函告（加盖公章）。", False,
    "E3102", ["E3101", "E3100"], (None, "HM-CG-2026-003", None), chg=iso(ts("2026-10-09 16:00")),
    sig=["letter_instruction", "account_change_words", "payee_name_mismatch"])
pay(M, "test", "2026-10-22 12:05", "scam", "task_rebate", "flag",
    "A shop manager moves shop cash to a payment-platform merchant for 'order boosting' tasks advertised with emoji.",
    corp("某支付平台商户（杭州云购网络科技有限公司）", "hm-tr", "网联清算备付金账户", "9155", 18), 3600, "备用金", "门店备用金", "im", "张燕", wx("hm-tr"),
    "群主：💰日结💰 点赞关注一单返五块 做满三单冲3600进阶任务 返4300 ➕V领导师带 名额有限", False,
    "E3111", ["E3101"], sig=["task_rebate_words", "topup_words", "third_party_payment_endpoint", "evasion_symbols", "vague_memo"])
pay(M, "test", "2026-10-23 16:25", "legit", None, "allow",
    "Hard negative: Salary advance to a shop manager's own card before her wedding, approved by the owner; personal account, first payment to it.",
    per("张燕", "hm-zhangyan", "中国农业银行伊宁分行", "6228"), 5000, "借支", "张燕预支工资（11月扣回）", "erp", None, None,
    "管家婆付款单：东门店店长张燕因结婚预支工资5000元，分两个月扣回，韩总签批", False,
    "E3102", ["E3101", "E3100"], sig=["payroll_change", "personal_account"])
pay(M, "test", "2026-10-26 11:55", "scam", "overpayment_refund", "block",
    "A new farm shop says it paid 50k too much for seed and asks the chain to refund at once, to a relative's card, before any receipt shows on the statement.",
    per("马国栋", "hm-or", "中国工商银行临夏分行", "6222"), 50000, "退款", "多付种子款退款", "im", "察县新民农资店 马老板", wx("hm-or"),
    "马老板语音：李会计我是新民农资 刚才转种子款多转了五万 你看截图 我们那个户今天下午要交租 麻烦先退给我表哥马国栋 到账慢的话你们明天一查就有了", True,
    "E3102", ["E3101"], sig=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency", "new_contact"])
order(M, "test", "2026-10-27 15:45", "routine", None, "allow", "Routine: Family farm orders next year's wheat seed.",
      dict(C["C-HM02"]), [("冬小麦种子（新冬22号）", "2", "吨", "5200.00")], "im", "察布查尔县绿源家庭农场", "2026-11-03", "款到发货",
      "刘老板补种用")
pay(M, "test", "2026-10-28 12:15", "scam", "account_lending", "block",
    "A 'friend of the owner' asks to run a grain merchant's sale proceeds through the chain's corporate account to fill its turnover, and forward them on.",
    corp("伊宁市丰粮粮食购销有限公司", "hm-al", "伊犁农村商业银行", "8814", 18), 380000, "往来款", "往来款", "phone", "韩总朋友 马总", mob("hm-al"),
    "马总电话：韩总说了的 我们粮食款有三十八万先走你们对公户过一下 到了你再转到丰粮那个户 给你们留两个点 就是刷一下流水 年底贷款好看", False,
    "E3102", ["E3101"], sig=["account_lending_words", "vague_memo", "in_out_match"])
pay(M, "test", "2026-10-29 19:40", "routine", None, "allow", "Routine: October payroll.",
    V["V-HM06"], 66200, "工资", "10月工资（14人）", "erp", None, None,
    "管家婆付款单：10月工资（14人）｜代发工资专户", False, "E3102", ["E3101", "E3100"])
order(M, "test", "2026-10-30 12:30", "legit", None, "allow",
      "Hard negative: An established farmer orders fertiliser by voice message on credit until his corn is sold, delivered to his yard.",
      dict(C["C-HM04"]), [("磷酸二铵", "3", "吨", "3900.00")], "im", "伊宁市英也尔镇李建华家院子", "2026-11-02", "玉米卖了结（12月15日前）",
      "李建华语音：买买提江兄弟啊二铵三吨给我拉到院子里 钱玉米卖了给你 十二月中旬以前 跟去年一样 打的欠条我按手印",
      sig=["credit_terms_requested", "residential_delivery"])

# ---------------------------------------------------------------- assembling
AUTO = {"first_time_payee", "personal_account", "no_approval", "account_changed_recent",
        "account_changed_long_ago", "duplicate_invoice", "new_customer", "off_hours"}


def block_reasons(kind, req, signals, hist):
    r = []
    s = set(signals)
    if "safe_account_words" in s:
        r.append("safe_account")
    if "account_lending_words" in s:
        r.append("account_lending")
    if "refund_to_other_account" in s:
        r.append("refund_other_account")
    if "designated_supplier" in s and "fake_payment_proof" in s:
        r.append("designated_supplier_before_funds")
    if kind == "payment":
        first = req["payee"]["account_no"] not in hist["accounts"]
        chg = req.get("payee_account_changed_at")
        if chg and first and Decimal(req["amount"]) >= MEANINGFUL:
            d = dt.datetime.fromisoformat(req["submitted_at"]) - dt.datetime.fromisoformat(chg)
            if dt.timedelta(0) <= d <= dt.timedelta(days=30):
                r.append("changed_account_first_payment")
        ins = req.get("instruction") or {}
        if ins.get("channel") in ("im", "email") and not req.get("approved_by") and "balance_probe" in s and first:
            r.append("boss_balance_probe")
        if req["payee"].get("account_type") == "personal" and s & {"task_rebate_words", "topup_words", "loan_fee_words"}:
            r.append("personal_task_words")
        inv_no = (req.get("related") or {}).get("invoice_no")
        if inv_no and inv_no in hist["invoices"]:
            r.append("duplicate_invoice")
        if s & {"payee_not_employee", "payee_shared_by_employees"}:
            r.append("salary_not_employee")
    return r


def main():
    # sort per tenant: history by time, then test by time
    order_t = ["jinniu", "boyuan", "huamiao"]
    out = []
    tags = {}
    for t in order_t:
        ls = [l for l in LINES if l["t"] == t]
        hist_l = sorted([l for l in ls if l["ph"] == "history"], key=lambda l: l["when"])
        test_l = sorted([l for l in ls if l["ph"] == "test"], key=lambda l: l["when"])
        seq = {}
        for ph, group in (("history", hist_l), ("test", test_l)):
            for i, l in enumerate(group, 1):
                l["id"] = f"{t}-{'h' if ph == 'history' else 't'}{i:03d}"
                k = (l["kind"], l["when"].strftime("%Y%m%d"))
                seq[k] = seq.get(k, 0) + 1
                l["rid"] = f"{TEN[t]['pfx']}-{'FK' if l['kind'] == 'payment' else 'XS'}-{k[1]}{seq[k]:02d}"
                if l["tag"]:
                    tags[l["tag"]] = l["rid"]
        out.append((t, hist_l, test_l))

    rows = []
    for t, hist_l, test_l in out:
        hist = {"accounts": set(), "invoices": set()}
        for l in hist_l + test_l:
            b = l["body"]
            if l["kind"] == "payment":
                oid, cid, invn = b["rel"]
                if isinstance(oid, str) and oid.startswith("@"):
                    oid = tags[oid[1:]]
                req = {
                    "request_id": l["rid"], "submitted_at": iso(l["when"]),
                    "payer": {"account_no": TEN[t]["payer"], "account_name": TEN[t]["company"]},
                    "payee": dict(zip(["name", "account_no", "bank", "account_type", "vendor_id", "phone"], b["payee"])),
                    "amount": b["amt"], "currency": "CNY", "purpose": b["purpose"], "memo": b["memo"],
                    "instruction": {"channel": b["ch"], "from_name": b["frm"], "from_contact": b["fc"],
                                    "text": b["text"], "urgent": b["urg"]},
                    "requested_by": b["req"], "approved_by": b["appr"],
                    "related": {"order_id": oid, "contract_id": cid, "invoice_no": invn},
                    "payee_account_changed_at": b["chg"],
                }
                if b["ver"]:
                    req["verification"] = b["ver"]
            else:
                items = [{"product": p, "quantity": q, "unit": u, "unit_price": pr} for p, q, u, pr in b["items"]]
                total = sum(Decimal(q) * Decimal(pr) for _, q, _, pr in b["items"])
                req = {
                    "record_id": l["rid"], "received_at": iso(l["when"]), "customer": b["customer"],
                    "items": items, "total_amount": money(total), "currency": "CNY", "channel": b["ch"],
                    "delivery": {"address": b["addr"], "deadline": b["deadline"]},
                    "payment_terms": b["terms"], "third_party": b["third"], "fees_requested": b["fees"],
                    "notes": b["notes"],
                }
            if l["ph"] == "history":
                sig = []
            else:
                sig = [s for s in l["sig"] if s not in AUTO]
                auto = []
                if l["kind"] == "payment":
                    if req["payee"]["account_no"] not in hist["accounts"]:
                        auto.append("first_time_payee")
                    if req["payee"]["account_type"] == "personal":
                        auto.append("personal_account")
                    if not req["approved_by"]:
                        auto.append("no_approval")
                    if req["payee_account_changed_at"]:
                        d = l["when"] - dt.datetime.fromisoformat(req["payee_account_changed_at"])
                        auto.append("account_changed_recent" if d <= dt.timedelta(days=30) else "account_changed_long_ago")
                    if req["related"]["invoice_no"] and req["related"]["invoice_no"] in hist["invoices"]:
                        auto.append("duplicate_invoice")
                else:
                    if req["customer"]["customer_id"] is None:
                        auto.append("new_customer")
                if off_hours(l["when"]):
                    auto.append("off_hours")
                sig = sig + auto
                br = block_reasons(l["kind"], req, sig, hist)
                want = "allow" if l["lab"] != "scam" else ("block" if br else "flag")
                if want != l["exp"]:
                    raise SystemExit(f"{l['id']}: expect {l['exp']} but block_reasons={br}")
            label = "scam" if l["lab"] == "scam" else "legit"
            row = {"id": l["id"], "tenant": t, "phase": l["ph"], "kind": l["kind"], "label": label,
                   "scam_type": l["st"], "expect": l["exp"]}
            if l["ph"] == "history":
                row["outcome"] = "executed"
            row["signals"] = sig
            row["note"] = l["note"]
            row["request"] = req
            rows.append(row)
            if l["ph"] == "history" and l["kind"] == "payment":
                hist["accounts"].add(req["payee"]["account_no"])
                if req["related"]["invoice_no"]:
                    hist["invoices"].add(req["related"]["invoice_no"])
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} lines to {OUT}")


if __name__ == "__main__":
    main()
