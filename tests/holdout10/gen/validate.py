#!/usr/bin/env python3
"""Mechanical checks for holdout10.jsonl.

Self-contained on purpose: it does not import build.py, so it re-derives every
structural fact (known payees, customers, contacts, invoices) by replaying the
history lines exactly as the corpus README prescribes, and then checks each test
line's signals and `expect` against that replay.

Exit status 0 and a summary on success; a list of problems and status 1 otherwise.
"""
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from decimal import Decimal, InvalidOperation

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.normpath(os.path.join(HERE, "..", "holdout10.jsonl"))
SAMPLE = "/work/shared/corpus/sample.jsonl"

ERRORS = []


def err(lid, msg):
    ERRORS.append("%s: %s" % (lid, msg))


# ---------------------------------------------------------------------------
# Format constants (corpus README + PRODUCT.md wire contract)
# ---------------------------------------------------------------------------
TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals",
               "note", "request"]
TOP_TEST = [k for k in TOP_HISTORY if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo",
            "instruction", "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_OPTIONAL_TAIL = ["verification"]
PAYER_KEYS = ["account_no", "account_name"]
PAYEE_KEYS = ["name", "account_no", "bank", "account_type", "vendor_id", "phone"]
INSTR_KEYS = ["channel", "from_name", "from_contact", "text", "urgent"]
RELATED_KEYS = ["order_id", "contract_id", "invoice_no"]
VERIF_KEYS = ["callback_done", "callback_number", "verified_by", "verified_at"]
ORDER_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel",
              "delivery", "payment_terms", "third_party", "fees_requested", "notes"]
CUSTOMER_KEYS = ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"]
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
DELIVERY_KEYS = ["address", "deadline"]
THIRD_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
CURRENCIES = {"CNY": Decimal("1"), "USD": Decimal("7.0")}  # fixed conversion for size thresholds only

SIG_PAYMENT = ["first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
               "personal_account", "unusual_bank_region", "third_party_payment_endpoint", "crypto", "no_approval",
               "no_po_contract", "vague_memo", "sales_order_linked", "just_below_limit", "split_payment",
               "off_hours", "large_vs_usual", "in_out_match", "duplicate_invoice", "shell_company",
               "guarantee_unverified"]
SIG_PROVENANCE = ["im_instruction", "email_instruction", "phone_instruction", "letter_instruction", "new_contact",
                  "lookalike_domain", "free_mail"]
SIG_WORDING = ["urgency", "secrecy_words", "bypass_process", "cannot_call", "balance_probe", "boss_role",
               "deposit_words", "fee_words", "fee_asked_of_seller", "designated_supplier", "fake_payment_proof",
               "refund_to_other_account", "refund_words", "overpayment", "account_change_words",
               "personal_account_pretext", "account_lending_words", "safe_account_words", "authority_words",
               "subsidy_words", "payroll_change", "payee_shared_by_employees", "payee_not_employee",
               "task_rebate_words", "topup_words", "loan_fee_words", "renewal_bill", "invoice_trade_words",
               "bigproject_words", "middleman_fee", "remote_control"]
SIG_ORDER = ["new_customer", "large_first_order", "credit_terms_requested", "far_delivery", "residential_delivery",
             "contact_im_only", "contact_mismatch", "lookalike_company", "institution_claim", "third_party_payer",
             "small_then_large", "hazardous_no_permit", "off_catalogue_item", "invalid_credit_code"]
SIG_EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin",
               "evasion_homophone", "evasion_symbols"]
VOCAB = set(SIG_PAYMENT + SIG_PROVENANCE + SIG_WORDING + SIG_ORDER + SIG_EVASION)
# signals that only make sense on one kind of request
ONLY_PAYMENT = {"first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
                "personal_account", "unusual_bank_region", "third_party_payment_endpoint", "no_approval",
                "no_po_contract", "vague_memo", "sales_order_linked", "just_below_limit", "split_payment",
                "large_vs_usual", "duplicate_invoice", "im_instruction", "email_instruction", "phone_instruction",
                "letter_instruction", "new_contact", "payee_shared_by_employees", "payee_not_employee"}
ONLY_ORDER = set(SIG_ORDER)
# "Structural only:" lines may carry nothing from these groups
TEXTUAL = set(SIG_WORDING + SIG_EVASION)

# ---------------------------------------------------------------------------
# Tenant profiles (documented in README.md)
# ---------------------------------------------------------------------------
TENANTS = {
    "gangxin": {
        "hours": ("08:00", "18:00"), "limit": Decimal("500000"), "large_order": Decimal("1000000"),
        "sales_prefix": "GX-XS-", "pay_prefix": "GX-FK-",
        "catalogue": ["螺纹钢", "盘螺", "高线", "热轧卷板", "带钢", "中厚板", "h型钢", "工字钢", "角钢", "槽钢",
                      "焊管", "镀锌管", "方矩管", "钢筋加工"],
    },
    "zhongfeng": {
        "hours": ("08:30", "18:30"), "limit": Decimal("100000"), "large_order": Decimal("300000"),
        "sales_prefix": "ZF-DD-", "pay_prefix": "ZF-FK-",
        "catalogue": ["玉米种子", "小麦种子", "马铃薯种薯", "洋葱种子", "番茄种子", "辣椒种子", "蔬菜种子", "复合肥",
                      "尿素", "磷酸二铵", "有机肥", "滴灌带", "地膜", "种衣剂"],
    },
    "yunqi": {
        "hours": ("09:30", "19:30"), "limit": Decimal("50000"), "large_order": Decimal("200000"),
        "sales_prefix": "YQ-SO-", "pay_prefix": "YQ-PAY-",
        "catalogue": ["开发", "运维", "维护", "系统", "集成", "迁移", "小程序", "网站", "官网", "数据", "安全",
                      "测试", "设计", "development", "maintenance", "migration", "integration", "retainer",
                      "customization", "support"],
    },
}
HOLIDAYS = {dt.date(2026, 9, 25)} | {dt.date(2026, 10, d) for d in range(1, 8)}
MEANINGFUL_AMOUNT = Decimal("10000")  # README: "a first payment of a meaningful amount"
FREE_MAIL = {"qq.com", "163.com", "126.com", "sina.com", "sohu.com", "gmail.com", "outlook.com", "hotmail.com",
             "yahoo.com", "139.com", "foxmail.com", "aliyun.com", "yeah.net"}
THIRD_PARTY_PAY_BANKS = ["支付宝", "财付通", "微信支付", "拉卡拉", "快钱", "聚合支付", "paypal", "wise"]

# ---------------------------------------------------------------------------
# Text normalisation (independent re-implementation of the TYPOLOGIES §3 idea)
# ---------------------------------------------------------------------------
T2S = dict(zip(
    "證轉帳賬戶匯驗資墊凍結後們務請發貨約舊維護頭變貿種豐於國銀幣關單額號採購農場溫幫錢買賣這個來時會對說話應為與處"
    "監駐隊機財產鄧區廣東門開見讓還過進運費價總經間問題謝據體絡實現劃歸稅點業續團員條張電貴確認報倉網",
    "证转账账户汇验资垫冻结后们务请发货约旧维护头变贸种丰于国银币关单额号采购农场温帮钱买卖这个来时会对说话应为与处"
    "监驻队机财产邓区广东门开见让还过进运费价总经间问题谢据体络实现划归税点业续团员条张电贵确认报仓网"))
assert len(T2S) == len(set(T2S)), "duplicate traditional characters"
HOMOPHONES = ["威信", "薇信", "徽信", "v信", "扣扣", "保正金", "保症金", "保征金", "压金", "返力", "反利", "唰单",
              "验正码", "银航卡", "支附宝", "绿泡泡"]
FOLD = [("威信", "微信"), ("薇信", "微信"), ("徽信", "微信"), ("v信", "微信"), ("扣扣", "qq"), ("保正金", "保证金"),
        ("保症金", "保证金"), ("保征金", "保证金"), ("压金", "押金"), ("返力", "返利"), ("反利", "返利"),
        ("唰单", "刷单"), ("刷dan", "刷单"), ("垫fu", "垫付"), ("bao证金", "保证金"), ("保zj", "保证金"),
        ("bzj", "保证金"), ("aqzh", "安全账户"), ("dgzh", "对公账户"), ("yhk", "银行卡"), ("zfb", "支付宝"),
        ("sls", "刷流水"), ("yzm", "验证码"), ("gjf", "公检法")]
PINYIN_TOKENS = ["bzj", "yzm", "yhk", "zfb", "aqzh", "gjf", "dgzh", "sls", "垫fu", "刷dan", "bao证", "保zj",
                 "zhuan账"]
SEPARATORS = set(" \u3000\t\n·•.,，。、-_/\\|*~#@+")
EMOJI_RE = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF\u2795\u2708]")
FULLWIDTH_ALNUM_RE = re.compile("[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")
CJK = "\u4e00-\u9fff"
SPACED_RE = re.compile("[%s](?:[ \u3000·•.\\-_/|*~]+[%s]){2,}" % (CJK, CJK))


def norm(s):
    s = unicodedata.normalize("NFKC", s).lower()
    s = "".join(T2S.get(c, c) for c in s)
    for a, b in FOLD:
        s = s.replace(a, b)
    return s


def compact(s):
    s = EMOJI_RE.sub("", s)
    return "".join(c for c in s if c not in SEPARATORS)


def has_any(text, stems):
    n = norm(text)
    c = compact(n)
    for st in stems:
        st = st.lower()
        if st in n or st in c:
            return True
    return False


# Evidence stems for wording signals: a signal that is listed must have some textual basis.
STEMS = {
    "urgency": ["马上", "立即", "立刻", "尽快", "赶紧", "抓紧", "加急", "紧急", "急", "今天", "今晚", "下班前", "来不及",
                "越快越好", "限时", "拖不起", "等不起", "等不了", "小时内", "逾期", "截止", "前", "务必", "asap", "urgent", "today", "immediately",
                "quick", "prompt", "this week"],
    "secrecy_words": ["保密", "机密", "声张", "别告诉", "不要告诉", "不得告诉", "外传", "私下", "低调", "先别", "别跟",
                      "不要对外", "不对外", "别在群里", "confidential", "between us", "keep this"],
    "bypass_process": ["后补", "补签", "补手续", "先转", "先付", "先办", "特事特办", "特批", "不走流程", "不用走流程",
                       "回头补", "我负责", "skip", "paperwork later"],
    "cannot_call": ["开会", "不方便接", "说话不方便", "不方便说话", "接不了", "别打", "不要打电话", "没电", "飞机上",
                    "信号不好", "文字说", "can't talk", "in a meeting", "cannot call"],
    "balance_probe": ["余额", "可用资金", "还有多少", "能动用", "账上", "资金情况", "流动资金", "balance"],
    "boss_role": ["老板", "老总", "董事长", "总经理", "总裁", "法人", "领导", "董事", "股东", "总监", "副总", "总", "boss",
                  "ceo", "cfo", "chairman", "director"],
    "deposit_words": ["保证金", "押金", "定金", "订金", "履约金", "诚意金", "质保金", "deposit", "bond", "retention"],
    "fee_words": ["费", "fee", "charge"],
    "fee_asked_of_seller": ["费", "保证金", "押金", "fee", "deposit"],
    "designated_supplier": ["指定", "代购", "代采", "帮忙采购", "帮着", "帮忙", "垫付", "垫上", "先垫", "一起结", "一并",
                            "一起走", "合作的厂家", "on our behalf", "our supplier"],
    "fake_payment_proof": ["截图", "截屏", "回单", "凭证", "底单", "已转", "已付", "已汇", "已经转", "已经打", "延迟",
                           "延时", "到账", "处理中", "汇票", "承兑", "商票", "付了", "mt103", "swift", "pending",
                           "screenshot", "receipt"],
    "refund_to_other_account": ["退", "转给", "转到", "转她", "转他", "个人卡", "forward", "refund", "instead"],
    "refund_words": ["退", "refund", "sending it back", "return"],
    "overpayment": ["多打", "多付", "多转", "转多", "打多", "多出", "多收", "重复", "多的", "overpaid", "instead of",
                    "twice", "excess"],
    "account_change_words": ["变更", "更改", "新账户", "新账号", "更换", "换了", "启用", "停用", "原账户", "以下账户",
                             "转让", "new account", "banking information", "remit", "do not use the previous",
                             "receivables"],
    "personal_account_pretext": ["私人", "个人卡", "个人账户", "本人卡", "公户", "法人卡", "私户", "对私", "personal account"],
    "account_lending_words": ["走账", "过账", "借用", "过一下", "走一下", "走个账", "刷流水", "做流水", "代收代付", "过桥",
                              "u盾", "出租", "借你们", "借贵司", "pass-through", "use your account"],
    "safe_account_words": ["安全账户", "国家账户", "监管账户", "资金核查", "资金清查", "核查账户", "safe account"],
    "authority_words": ["公安", "警", "检察", "法院", "税务", "稽查", "市场监管", "人民银行", "央行", "反洗钱", "人社",
                        "社保局", "工商", "派出所", "政策", "police", "tax", "court"],
    "subsidy_words": ["补贴", "补助", "津贴", "subsidy", "allowance"],
    "payroll_change": ["工资卡", "发薪", "工资账户", "以后工资", "这个月工资", "银行卡", "恢复原卡", "paycard",
                       "direct deposit", "salary account"],
    "payee_shared_by_employees": ["工资", "薪", "salary", "wage"],
    "payee_not_employee": ["工资", "薪", "salary", "wage"],
    "task_rebate_words": ["刷单", "返利", "返现", "返佣", "佣金", "提成", "任务", "连单", "卡单", "兼职", "日结", "点赞",
                          "好评", "抢单", "派单", "commission", "task", "rebate"],
    "topup_words": ["充值", "垫付", "上分", "提现", "top-up", "recharge", "withdraw"],
    "loan_fee_words": ["贷款", "放款", "验资", "解冻", "额度", "授信", "征信", "过桥", "垫资", "风险金", "风险保证金",
                       "包装费", "loan", "unlock"],
    "renewal_bill": ["续费", "到期", "续展", "年费", "收录", "名录", "黄页", "年鉴", "域名", "维护费", "renewal",
                     "directory"],
    "invoice_trade_words": ["开票", "税点", "票点", "代开", "发票", "个点", "专票", "invoice"],
    "bigproject_words": ["项目", "工程", "国家级", "重点", "千亿", "亿", "园区", "总包", "中标", "分包", "project",
                         "tender"],
    "middleman_fee": ["居间", "中介费", "介绍费", "佣金", "信息费", "公关", "打点", "好处费", "辛苦费", "辛苦钱", "个点",
                      "回扣", "finder", "facilitation", "commission"],
    "remote_control": ["屏幕", "共享", "会议软件", "下载", "安装", "远程", "向日葵", "todesk", "anydesk", "teamviewer",
                       "免密", "验证码", "扫码", "链接", "压缩包", "解压", "收款码", "付款码", ".exe", ".apk",
                       "screen", "install", "session"],
    "shell_company": ["成立", "注册", "新设", "空壳", "刚成立", "incorporated", "registered"],
    "guarantee_unverified": ["汇票", "承兑", "保函", "仓单", "担保", "guarantee", "信用证"],
    "in_out_match": ["打到", "打进", "到账", "收到", "转入", "打过来", "进来", "入账", "打给", "打了", "received"],
    "crypto": ["usdt", "泰达", "虚拟币", "数字货币", "btc", "u币"],
    "vague_memo": ["往来款", "借款", "周转", "拆借", "退款", "代付款"],
    "split_payment": ["分两笔", "第二笔", "分批付", "拆成", "余款"],
    "large_vs_usual": [],
}
CREDIT_STEMS = ["月结", "账期", "赊", "货到", "到货后", "天付款", "后结算", "秋后", "后付款", "后支付", "后付", "验收后",
                "验收合格后", "个月", "承兑", "分期", "net ", "net", "credit", "on delivery", "on acceptance",
                "after acceptance", "after delivery"]
INSTITUTION_STEMS = ["部队", "武警", "军", "消防", "学校", "中学", "小学", "大学", "学院", "医院", "政府", "局", "管委会",
                     "办事处", "街道", "中心", "研究院", "实验室", "项目部", "经理部", "后勤", "国企", "央企"]
RESIDENTIAL_STEMS = ["小区", "栋", "号楼", "单元", "室", "村", "院子", "家属院", "apartment", "flat"]
THIRD_PAYER_STEMS = ["代付", "代为支付", "三方", "on behalf", "third-party", "third party"]
H7_STEMS = ["任务", "返利", "返佣", "刷单", "充值", "解冻", "验资", "返现", "做单", "派单", "连单", "卡单", "rebate",
            "top-up", "recharge", "task", "unfreez"]
ORG_RE = re.compile("[%s]{2,}(?:有限公司|合作社|集团|工作室|经营部|商行)" % CJK)


# ---------------------------------------------------------------------------
# Small helpers
# ---------------------------------------------------------------------------
TS_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
AMOUNT_RE = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
QTY_RE = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
MOBILE_RE = re.compile(r"^1350000\d{4}$")
LANDLINE_RE = re.compile(r"^0\d{2,3}-0000\d{3}$")
ACCOUNT_RE = re.compile(r"^\d{16,19}$")
EMAIL_RE = re.compile(r"^[a-z0-9._%+-]+@([a-z0-9-]+\.)+[a-z]{2,}$")
EMP_RE = re.compile(r"^E\d{4}$")
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
CC_RE = re.compile(r"^[%s]{2}\d{6}[%s]{10}$" % (CC_CHARS, CC_CHARS))
ANY_MOBILE_RE = re.compile(r"(?<!\d)1[3-9]\d{9}(?!\d)")
ANY_LANDLINE_RE = re.compile(r"(?<![\d-])0\d{2,3}-\d{7,8}(?!\d)")


def parse_ts(s):
    if not isinstance(s, str) or not TS_RE.match(s):
        return None
    try:
        return dt.datetime.fromisoformat(s)
    except ValueError:
        return None


def cc_valid(code):
    if not isinstance(code, str) or not CC_RE.match(code):
        return False
    total = sum(CC_CHARS.index(c) * w for c, w in zip(code[:17], CC_WEIGHTS))
    return CC_CHARS[(31 - total % 31) % 31] == code[17]


def is_phone(s):
    return isinstance(s, str) and (MOBILE_RE.match(s) or LANDLINE_RE.match(s))


def is_landline(s):
    return isinstance(s, str) and bool(LANDLINE_RE.match(s))


def domain_of(s):
    if isinstance(s, str) and "@" in s and EMAIL_RE.match(s.lower()):
        return s.lower().split("@", 1)[1]
    return None


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def keys_exact(lid, obj, keys, where):
    if not isinstance(obj, dict):
        err(lid, "%s is not an object" % where)
        return False
    if list(obj.keys()) != keys:
        err(lid, "%s keys %s, expected exactly %s" % (where, list(obj.keys()), keys))
        return False
    return True


def check_amount(lid, v, where, positive=True):
    if not isinstance(v, str) or not AMOUNT_RE.match(v):
        err(lid, "%s must be a two-decimal string, got %r" % (where, v))
        return None
    d = Decimal(v)
    if positive and d <= 0:
        err(lid, "%s must be positive" % where)
    return d


def off_hours(tenant, when):
    start, end = TENANTS[tenant]["hours"]
    hm = when.strftime("%H:%M")
    return when.weekday() >= 5 or when.date() in HOLIDAYS or hm < start or hm >= end


# ---------------------------------------------------------------------------
# Replay state
# ---------------------------------------------------------------------------
class Customer:
    def __init__(self):
        self.names, self.ids = set(), set()
        self.phones, self.emails, self.ims, self.addresses = set(), set(), set(), set()
        self.max_total = Decimal("0")


class State:
    def __init__(self):
        self.payee_accounts = set()
        self.vendors = defaultdict(lambda: {"names": set(), "banks": set(), "phones": set()})
        self.contacts = set()
        self.domains = set()
        self.customers = []
        self.invoices = set()
        self.orders_seen = set()  # record ids of every earlier order line (history or test), for references

    def find_customer(self, cu):
        for c in self.customers:
            if (cu.get("customer_id") and cu["customer_id"] in c.ids) or cu.get("name") in c.names:
                return c
        return None

    def learn_payment(self, r):
        pe = r["payee"]
        self.payee_accounts.add(pe["account_no"])
        if pe.get("vendor_id"):
            v = self.vendors[pe["vendor_id"]]
            v["names"].add(pe["name"])
            v["banks"].add(pe["bank"])
            if pe.get("phone"):
                v["phones"].add(pe["phone"])
        if pe.get("phone"):
            self.contacts.add(pe["phone"])
        fc = r["instruction"].get("from_contact") if r.get("instruction") else None
        if fc:
            self.contacts.add(fc)
            d = domain_of(fc)
            if d and d not in FREE_MAIL:
                self.domains.add(d)
        inv = r["related"].get("invoice_no")
        if inv:
            self.invoices.add(inv)

    def learn_order(self, r, total_cny):
        cu = r["customer"]
        c = self.find_customer(cu)
        if c is None:
            c = Customer()
            self.customers.append(c)
        c.names.add(cu["name"])
        if cu.get("customer_id"):
            c.ids.add(cu["customer_id"])
        for fld, bucket in (("phone", c.phones), ("email", c.emails), ("im_id", c.ims)):
            if cu.get(fld):
                bucket.add(cu[fld])
                self.contacts.add(cu[fld])
        d = domain_of(cu.get("email"))
        if d and d not in FREE_MAIL:
            self.domains.add(d)
        if r.get("delivery") and r["delivery"].get("address"):
            c.addresses.add(r["delivery"]["address"])
        c.max_total = max(c.max_total, total_cny)


# ---------------------------------------------------------------------------
# Per-line checks
# ---------------------------------------------------------------------------
def text_fields_payment(r):
    ins = r.get("instruction") or {}
    return [r.get("purpose") or "", r.get("memo") or "", ins.get("text") or "", ins.get("from_name") or ""]


def text_fields_order(r):
    out = [r["customer"].get("name") or "", r["customer"].get("contact_name") or "", r.get("notes") or "",
           r.get("payment_terms") or "", (r.get("delivery") or {}).get("address") or ""]
    out += [i["product"] for i in r.get("items", [])]
    if r.get("third_party"):
        out.append(r["third_party"].get("name") or "")
    out += [f.get("reason") or "" for f in r.get("fees_requested", [])]
    return out


def check_payment_format(lid, r):
    keys = list(r.keys())
    if keys != PAY_KEYS and keys != PAY_KEYS + PAY_OPTIONAL_TAIL:
        err(lid, "payment request keys %s do not follow the wire contract order" % keys)
        return False
    ok = keys_exact(lid, r["payer"], PAYER_KEYS, "payer")
    ok &= keys_exact(lid, r["payee"], PAYEE_KEYS, "payee")
    ok &= keys_exact(lid, r["instruction"], INSTR_KEYS, "instruction")
    ok &= keys_exact(lid, r["related"], RELATED_KEYS, "related")
    if not ok:
        return False
    if not isinstance(r["request_id"], str) or not r["request_id"]:
        err(lid, "request_id missing")
    if parse_ts(r["submitted_at"]) is None:
        err(lid, "submitted_at is not RFC 3339 with +08:00: %r" % r["submitted_at"])
        return False
    pe = r["payee"]
    for acct_where, acct in (("payer.account_no", r["payer"]["account_no"]), ("payee.account_no", pe["account_no"])):
        if not isinstance(acct, str) or not ACCOUNT_RE.match(acct):
            err(lid, "%s must have 16-19 digits: %r" % (acct_where, acct))
    if not pe.get("name"):
        err(lid, "payee.name required")
    if pe["account_type"] not in ACCOUNT_TYPES:
        err(lid, "payee.account_type %r not in enum" % pe["account_type"])
    if pe["phone"] is not None and not is_phone(pe["phone"]):
        err(lid, "payee.phone %r is not 1350000xxxx or area-0000xxx" % pe["phone"])
    check_amount(lid, r["amount"], "amount")
    if r["currency"] not in CURRENCIES:
        err(lid, "currency %r not allowed" % r["currency"])
    ins = r["instruction"]
    if ins["channel"] not in CHANNELS:
        err(lid, "instruction.channel %r not in enum" % ins["channel"])
    if not isinstance(ins["urgent"], bool):
        err(lid, "instruction.urgent must be a boolean")
    if ins["channel"] == "erp" and ins["from_contact"] is not None:
        err(lid, "ERP instructions carry no from_contact")
    if ins["channel"] == "phone" and not is_phone(ins["from_contact"]):
        err(lid, "phone instruction needs a fictitious caller number, got %r" % ins["from_contact"])
    if ins["channel"] == "email" and domain_of(ins["from_contact"]) is None:
        err(lid, "e-mail instruction needs a sender address, got %r" % ins["from_contact"])
    if not EMP_RE.match(r["requested_by"] or ""):
        err(lid, "requested_by %r is not an employee id" % r["requested_by"])
    if not isinstance(r["approved_by"], list) or any(not EMP_RE.match(a) for a in r["approved_by"]):
        err(lid, "approved_by must be a list of employee ids")
    elif r["requested_by"] in r["approved_by"]:
        err(lid, "requester approves own request")
    elif len(set(r["approved_by"])) != len(r["approved_by"]):
        err(lid, "duplicate approver")
    when = parse_ts(r["submitted_at"])
    if r["payee_account_changed_at"] is not None:
        ch = parse_ts(r["payee_account_changed_at"])
        if ch is None:
            err(lid, "payee_account_changed_at is not RFC 3339 +08:00")
        elif ch > when:
            err(lid, "payee_account_changed_at is after submitted_at")
        if not pe.get("vendor_id"):
            err(lid, "an account change is only recorded for vendor-master payees")
    if "verification" in r:
        v = r["verification"]
        if keys_exact(lid, v, VERIF_KEYS, "verification"):
            if v["callback_done"] is not True:
                err(lid, "verification present but callback_done is not true")
            if not is_phone(v["callback_number"]):
                err(lid, "verification.callback_number %r not fictitious format" % v["callback_number"])
            va = parse_ts(v["verified_at"])
            if va is None or va > when:
                err(lid, "verification.verified_at missing, malformed or after submitted_at")
            if not EMP_RE.match(v["verified_by"] or ""):
                err(lid, "verification.verified_by is not an employee id")
    return True


def check_order_format(lid, r):
    if not keys_exact(lid, r, ORDER_KEYS, "order request"):
        return False
    ok = keys_exact(lid, r["customer"], CUSTOMER_KEYS, "customer")
    ok &= keys_exact(lid, r["delivery"], DELIVERY_KEYS, "delivery")
    if not ok:
        return False
    when = parse_ts(r["received_at"])
    if when is None:
        err(lid, "received_at is not RFC 3339 with +08:00: %r" % r["received_at"])
        return False
    cu = r["customer"]
    if not cu.get("name"):
        err(lid, "customer.name required")
    if cu["credit_code"] is not None and not cc_valid(cu["credit_code"]):
        err(lid, "credit_code %r fails the GB 32100-2015 check character" % cu["credit_code"])
    if cu["phone"] is not None and not is_phone(cu["phone"]):
        err(lid, "customer.phone %r not fictitious format" % cu["phone"])
    if cu["email"] is not None and domain_of(cu["email"]) is None:
        err(lid, "customer.email %r malformed" % cu["email"])
    if r["currency"] not in CURRENCIES:
        err(lid, "currency %r not allowed" % r["currency"])
    if r["channel"] not in CHANNELS:
        err(lid, "order channel %r not in enum" % r["channel"])
    if not isinstance(r["items"], list) or not r["items"]:
        err(lid, "items must be a non-empty list")
        return False
    total = Decimal("0")
    for n, it in enumerate(r["items"]):
        if not keys_exact(lid, it, ITEM_KEYS, "items[%d]" % n):
            return False
        if not isinstance(it["quantity"], str) or not QTY_RE.match(it["quantity"]):
            err(lid, "items[%d].quantity must be a decimal string" % n)
            return False
        price = check_amount(lid, it["unit_price"], "items[%d].unit_price" % n)
        if price is None:
            return False
        total += Decimal(it["quantity"]) * price
    t = check_amount(lid, r["total_amount"], "total_amount")
    if t is not None and t != total:
        err(lid, "total_amount %s != sum of items %s" % (t, total))
    try:
        dl = dt.date.fromisoformat(r["delivery"]["deadline"])
        if dl < when.date():
            err(lid, "delivery deadline before the order date")
    except (TypeError, ValueError):
        err(lid, "delivery.deadline must be YYYY-MM-DD")
    if r["third_party"] is not None:
        if keys_exact(lid, r["third_party"], THIRD_KEYS, "third_party"):
            if r["third_party"]["role"] not in ROLES:
                err(lid, "third_party.role %r not in enum" % r["third_party"]["role"])
            check_amount(lid, r["third_party"]["amount"], "third_party.amount")
    if not isinstance(r["fees_requested"], list):
        err(lid, "fees_requested must be a list")
    else:
        for n, f in enumerate(r["fees_requested"]):
            if keys_exact(lid, f, FEE_KEYS, "fees_requested[%d]" % n):
                check_amount(lid, f["amount"], "fees_requested[%d].amount" % n)
    return True


def derive_expect(sig, kind, r, text):
    """Re-derive `expect` for a scam line from its signals (corpus README, 'expect: block')."""
    s = set(sig)
    verified = False
    reasons = []
    if kind == "payment":
        v = r.get("verification")
        verified = bool(v and v.get("callback_done"))
    if "safe_account_words" in s:
        reasons.append("safe/supervised account or fund verification")
    if "account_lending_words" in s:
        reasons.append("lending the company account")
    if "refund_to_other_account" in s:
        reasons.append("refund to another account")
    if ({"refund_words", "overpayment"} & s) and "fake_payment_proof" in s:
        reasons.append("refund before the money has cleared")
    if "designated_supplier" in s and (("sales_order_linked" in s and kind == "payment") or "fake_payment_proof" in s):
        reasons.append("paying a customer-designated supplier before the customer's money arrived")
    if kind == "payment" and {"account_changed_recent", "first_time_payee"} <= s and not verified \
            and Decimal(r["amount"]) * CURRENCIES.get(r["currency"], 1) >= MEANINGFUL_AMOUNT:
        reasons.append("first meaningful payment to an account changed within 30 days")
    if {"boss_role", "no_approval", "balance_probe", "first_time_payee"} <= s and \
            ({"im_instruction", "email_instruction"} & s):
        reasons.append("boss instruction by IM/e-mail, unapproved, balance probe, first-time payee")
    if "personal_account" in s and ({"task_rebate_words", "topup_words", "loan_fee_words"} & s) \
            and has_any(text, H7_STEMS):
        reasons.append("personal payee with task/top-up/rebate/unfreezing/capital-verification words")
    if "duplicate_invoice" in s:
        reasons.append("invoice already paid")
    if {"payee_not_employee", "payee_shared_by_employees"} & s:
        reasons.append("salary to a non-employee or shared account")
    return ("block" if reasons else "flag"), reasons


def check_signals(lid, tenant, rec, st, kind, r, when):
    sig = rec["signals"]
    S = set(sig)
    prof = TENANTS[tenant]
    texts = text_fields_payment(r) if kind == "payment" else text_fields_order(r)
    text = "\n".join(texts)

    if len(S) != len(sig):
        err(lid, "duplicate signals")
    for s in sig:
        if s not in VOCAB:
            err(lid, "signal %r not in the README vocabulary" % s)
    if kind == "order" and S & ONLY_PAYMENT:
        err(lid, "payment-only signals on an order: %s" % sorted(S & ONLY_PAYMENT))
    if kind == "payment" and S & ONLY_ORDER:
        err(lid, "order-only signals on a payment: %s" % sorted(S & ONLY_ORDER))
    if "invalid_credit_code" in S:
        err(lid, "invalid_credit_code cannot occur: README requires valid check characters")

    must = {}  # signal -> bool (mechanically determined: must be present / absent)

    # --- shared: time, evasion, mail
    must["off_hours"] = off_hours(tenant, when)
    raw = "\n".join(texts)
    must["evasion_fullwidth"] = bool(FULLWIDTH_ALNUM_RE.search(raw))
    must["evasion_traditional"] = any(c in T2S for c in raw)
    must["evasion_homophone"] = any(h in raw.lower() for h in HOMOPHONES)
    emails = []
    if kind == "payment":
        if r["instruction"].get("from_contact"):
            emails.append(r["instruction"]["from_contact"])
    else:
        if r["customer"].get("email"):
            emails.append(r["customer"]["email"])
    doms = [d for d in (domain_of(e) for e in emails) if d]
    must["free_mail"] = any(d in FREE_MAIL for d in doms)
    must["lookalike_domain"] = any(
        d not in FREE_MAIL and d not in st.domains and any(edit_distance(d, k) <= 2 for k in st.domains)
        for d in doms)

    if kind == "payment":
        pe, ins, rel = r["payee"], r["instruction"], r["related"]
        amount = Decimal(r["amount"])
        ch = parse_ts(r["payee_account_changed_at"]) if r["payee_account_changed_at"] else None
        must["first_time_payee"] = pe["account_no"] not in st.payee_accounts
        must["personal_account"] = pe["account_type"] == "personal"
        must["account_changed_recent"] = ch is not None and (when - ch) <= dt.timedelta(days=30)
        must["account_changed_long_ago"] = ch is not None and (when - ch) > dt.timedelta(days=30)
        must["no_approval"] = len(r["approved_by"]) == 0
        for chan in ("im", "email", "phone", "letter"):
            must[chan + "_instruction"] = ins["channel"] == chan
        must["new_contact"] = ins["channel"] != "erp" and bool(ins["from_contact"]) \
            and ins["from_contact"] not in st.contacts
        must["duplicate_invoice"] = bool(rel["invoice_no"]) and rel["invoice_no"] in st.invoices
        must["sales_order_linked"] = bool(rel["order_id"]) and rel["order_id"].startswith(prof["sales_prefix"])
        lim = prof["limit"]
        must["just_below_limit"] = lim * Decimal("0.9") <= amount < lim
        must["third_party_payment_endpoint"] = any(b in pe["bank"].lower() for b in THIRD_PARTY_PAY_BANKS)
        vendor_mismatch = bool(pe.get("vendor_id")) and pe["vendor_id"] in st.vendors \
            and pe["name"] not in st.vendors[pe["vendor_id"]]["names"]
        if vendor_mismatch and "payee_name_mismatch" not in S:
            err(lid, "payee name differs from the vendor master name but payee_name_mismatch is missing")
        if "payee_name_mismatch" in S and not vendor_mismatch:
            others = [m for m in ORG_RE.findall(ins["text"] or "") if m != pe["name"]]
            if not others:
                err(lid, "payee_name_mismatch without a vendor-master mismatch or a differently named contract party")
        if "unusual_bank_region" in S:
            v = st.vendors.get(pe.get("vendor_id")) if pe.get("vendor_id") else None
            changed_bank = v is not None and pe["bank"] not in v["banks"]
            abroad = any(k in pe["bank"].lower() for k in ("hong kong", "香港", "境外", "海外"))
            if not (changed_bank or abroad):
                err(lid, "unusual_bank_region without a bank change for the vendor or a foreign bank")
        if "no_po_contract" in S and (rel["contract_id"] or rel["order_id"]):
            err(lid, "no_po_contract but a contract or order is linked")
        if "vague_memo" in S and not ("first_time_payee" in S and has_any(r["memo"] or "", STEMS["vague_memo"])):
            err(lid, "vague_memo needs a vague memo to a first-time payee")
        for s in ("payee_not_employee", "payee_shared_by_employees", "payroll_change"):
            if s in S and pe["account_type"] != "personal":
                err(lid, "%s needs a personal-account payee" % s)
        # verification must call back a number held before the change
        if "verification" in r:
            vnum = r["verification"]["callback_number"]
            known = set()
            if pe.get("vendor_id") in st.vendors:
                known |= st.vendors[pe["vendor_id"]]["phones"]
            c = st.find_customer({"name": pe["name"]})
            if c:
                known |= c.phones
            if vnum not in known:
                err(lid, "verification call-back number %s is not a number on file for this counterparty" % vnum)
    else:
        cu = r["customer"]
        total_cny = Decimal(r["total_amount"]) * CURRENCIES.get(r["currency"], 1)
        known = st.find_customer(cu)
        is_new = cu["customer_id"] is None
        must["new_customer"] = is_new
        must["large_first_order"] = is_new and total_cny >= prof["large_order"]
        must["contact_im_only"] = cu["email"] is None and not is_landline(cu["phone"])
        cat = prof["catalogue"]
        must["off_catalogue_item"] = any(not any(c in it["product"].lower() for c in cat) for it in r["items"])
        must["small_then_large"] = known is not None and known.max_total > 0 and total_cny >= 3 * known.max_total
        must["lookalike_company"] = known is None and any(
            edit_distance(cu["name"], n) <= 2 for c in st.customers for n in c.names if len(n) >= 6)
        mism = known is not None and any(
            (cu.get(f) and cu[f] not in bucket)
            for f, bucket in (("phone", known.phones), ("email", known.emails), ("im_id", known.ims)))
        if mism and "contact_mismatch" not in S:
            err(lid, "contact details differ from the customer's history but contact_mismatch is missing")
        if "contact_mismatch" in S and not (mism or must["free_mail"]):
            err(lid, "contact_mismatch without differing contacts or a free-mail address")
        name_inst = any(k in cu["name"] for k in INSTITUTION_STEMS)
        if name_inst and "institution_claim" not in S:
            err(lid, "customer name claims an institution but institution_claim is missing")
        if "institution_claim" in S and not has_any(" ".join([cu["name"], cu.get("contact_name") or "",
                                                                r["notes"] or ""]), INSTITUTION_STEMS):
            err(lid, "institution_claim without an institutional name or claim")
        credit = has_any(r["payment_terms"] or "", CREDIT_STEMS)
        if is_new and credit and "credit_terms_requested" not in S:
            err(lid, "a new customer asks for credit terms but credit_terms_requested is missing")
        if "credit_terms_requested" in S and not credit:
            err(lid, "credit_terms_requested but the payment terms are not credit")
        addr = r["delivery"]["address"] or ""
        if "far_delivery" in S and known is not None and addr in known.addresses:
            err(lid, "far_delivery but the address is one the customer has used before")
        if "residential_delivery" in S and not has_any(addr, RESIDENTIAL_STEMS):
            err(lid, "residential_delivery without a residential address")
        if "third_party_payer" in S and not (r["third_party"] or has_any(
                (r["notes"] or "") + (r["payment_terms"] or ""), THIRD_PAYER_STEMS)):
            err(lid, "third_party_payer without a paying third party")
        tp = r["third_party"]
        if tp and tp["role"] == "designated_supplier" and "designated_supplier" not in S:
            err(lid, "third_party is a designated supplier but designated_supplier is missing")
        if tp and tp["role"] == "refund_recipient" and "refund_to_other_account" not in S:
            err(lid, "third_party is a refund recipient but refund_to_other_account is missing")
        if tp and tp["role"] == "pass_through_payee" and "account_lending_words" not in S:
            err(lid, "third_party is a pass-through payee but account_lending_words is missing")
        if r["fees_requested"] and "fee_asked_of_seller" not in S:
            err(lid, "fees are requested of us but fee_asked_of_seller is missing")

    for s, val in must.items():
        if val and s not in S:
            err(lid, "structure says %s, but the signal is missing" % s)
        if not val and s in S:
            err(lid, "signal %s is listed but the structure/history does not support it" % s)

    # --- textual evidence for wording signals that are listed
    for s in sig:
        if s in STEMS and s not in must and STEMS[s]:
            if s in ("fee_asked_of_seller",) and kind == "order" and r["fees_requested"]:
                continue
            if s == "designated_supplier" and kind == "order" and r["third_party"] \
                    and r["third_party"]["role"] == "designated_supplier":
                continue
            if s == "refund_to_other_account" and kind == "order" and r["third_party"] \
                    and r["third_party"]["role"] == "refund_recipient":
                continue
            if not has_any(text, STEMS[s]):
                err(lid, "signal %s has no textual evidence in the request" % s)
    if "evasion_spacing" in S and not SPACED_RE.search(raw):
        err(lid, "evasion_spacing but no spaced-out CJK word")
    if "evasion_pinyin" in S and not any(
            re.search(r"(?<![a-z])%s(?![a-z])" % re.escape(t), unicodedata.normalize("NFKC", raw).lower())
            for t in PINYIN_TOKENS):
        err(lid, "evasion_pinyin but no pinyin/initialism token")
    if "evasion_symbols" in S and not EMOJI_RE.search(raw):
        err(lid, "evasion_symbols but no emoji/symbol")
    return text


def check_expect(lid, rec, kind, r, text):
    sig = rec["signals"]
    derived, reasons = derive_expect(sig, kind, r, text)
    if rec["label"] == "legit":
        if rec["expect"] != "allow":
            err(lid, "legit line must expect allow")
        if reasons:
            err(lid, "legit line carries a hard-block combination (%s)" % "; ".join(reasons))
    else:
        if rec["expect"] != derived:
            err(lid, "expect %s but the signals derive %s (%s)" % (rec["expect"], derived,
                                                                   "; ".join(reasons) or "no hard-block signal"))


# ---------------------------------------------------------------------------
# Sample reuse
# ---------------------------------------------------------------------------
SENT_SPLIT = re.compile(r"[。！？!?；;\n｜|]|(?<=[a-z])\. ")


def sample_material():
    ids, names, sentences = set(), set(), set()
    with open(SAMPLE, encoding="utf-8") as f:
        for ln in f:
            d = json.loads(ln)
            r = d["request"]
            texts = [d.get("note") or ""]
            if d["kind"] == "payment":
                ids |= {r["request_id"], r["payer"]["account_no"], r["payee"]["account_no"]}
                names |= {r["payer"]["account_name"], r["payee"]["name"]}
                for v in (r["payee"].get("phone"), r["payee"].get("vendor_id"), r["instruction"].get("from_contact"),
                          r["related"].get("invoice_no"), r["related"].get("contract_id"),
                          r["related"].get("order_id")):
                    if v:
                        ids.add(v)
                if r["instruction"].get("from_name"):
                    names.add(r["instruction"]["from_name"])
                ids |= set(r["approved_by"]) | {r["requested_by"]}
                texts += [r.get("memo") or "", r["instruction"].get("text") or "", r.get("purpose") or ""]
            else:
                cu = r["customer"]
                ids.add(r["record_id"])
                for v in (cu.get("credit_code"), cu.get("phone"), cu.get("email"), cu.get("im_id"),
                          cu.get("customer_id")):
                    if v:
                        ids.add(v)
                names |= {cu["name"]} | ({cu["contact_name"]} if cu.get("contact_name") else set())
                if r.get("third_party"):
                    names.add(r["third_party"]["name"])
                    if r["third_party"].get("contact"):
                        ids.add(r["third_party"]["contact"])
                texts += [r.get("notes") or "", r.get("payment_terms") or "", r["delivery"].get("address") or ""]
                texts += [i["product"] for i in r["items"]]
            for t in texts:
                for s in SENT_SPLIT.split(t):
                    s = s.strip().strip("：:，, ")
                    if len(s) >= 6:
                        sentences.add(s)
    return ids, names, sentences


def all_strings(obj):
    if isinstance(obj, str):
        yield obj
    elif isinstance(obj, dict):
        for v in obj.values():
            yield from all_strings(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from all_strings(v)


def check_sample_reuse(rows):
    if not os.path.exists(SAMPLE):
        print("note: %s not found, sample-reuse check skipped" % SAMPLE)
        return
    ids, names, sentences = sample_material()
    generic_ids = {"CNY"}
    for rec in rows:
        lid = rec.get("id", "?")
        strings = list(all_strings(rec))
        blob = "\n".join(strings)
        for i in ids:
            if i in generic_ids:
                continue
            if len(i) >= 5 and i in blob:
                err(lid, "reuses sample identifier %r" % i)
            elif i in strings:
                err(lid, "reuses sample identifier %r" % i)
        for n in names:
            if n in strings or (len(n) >= 4 and n in blob):
                err(lid, "reuses sample name %r" % n)
        for s in sentences:
            if s in blob:
                err(lid, "reuses sample sentence %r" % s)


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------
def main():
    rows = []
    with open(CORPUS, encoding="utf-8") as f:
        for n, ln in enumerate(f, 1):
            if not ln.endswith("\n"):
                err("line %d" % n, "missing final newline")
            try:
                rows.append(json.loads(ln))
            except json.JSONDecodeError as e:
                err("line %d" % n, "invalid JSON: %s" % e)
    if ERRORS:
        return finish(rows)

    seen_ids, seen_req = set(), set()
    tenant_blocks = []
    states = {}
    last = {}
    phase_seen = defaultdict(set)
    seq = defaultdict(int)

    for rec in rows:
        lid = rec.get("id", "?")
        tenant, phase, kind = rec.get("tenant"), rec.get("phase"), rec.get("kind")
        want = TOP_HISTORY if phase == "history" else TOP_TEST
        if list(rec.keys()) != want:
            err(lid, "top-level keys %s, expected %s" % (list(rec.keys()), want))
            continue
        if tenant not in TENANTS:
            err(lid, "unknown tenant %r" % tenant)
            continue
        if phase not in ("history", "test") or kind not in ("payment", "order"):
            err(lid, "bad phase/kind")
            continue
        if lid in seen_ids:
            err(lid, "duplicate id")
        seen_ids.add(lid)
        seq[(tenant, phase)] += 1
        want_id = "%s-%s%03d" % (tenant, "h" if phase == "history" else "t", seq[(tenant, phase)])
        if lid != want_id:
            err(lid, "id out of sequence, expected %s" % want_id)
        if not tenant_blocks or tenant_blocks[-1] != tenant:
            if tenant in tenant_blocks:
                err(lid, "lines of tenant %s are not grouped together" % tenant)
            tenant_blocks.append(tenant)
        if phase == "history" and "test" in phase_seen[tenant]:
            err(lid, "history line after a test line")
        phase_seen[tenant].add(phase)

        # label / scam_type / expect / outcome / note
        label, stype, expect = rec["label"], rec["scam_type"], rec["expect"]
        if label == "legit":
            if stype is not None or expect != "allow":
                err(lid, "legit lines have scam_type null and expect allow")
        elif label == "scam":
            if stype not in SCAM_TYPES:
                err(lid, "scam_type %r not in enum" % stype)
            if expect not in ("flag", "block"):
                err(lid, "scam lines expect flag or block")
        else:
            err(lid, "label %r not in enum" % label)
        note = rec["note"]
        if not isinstance(note, str) or not note:
            err(lid, "note required")
            note = ""
        if re.search("[%s]" % CJK, note):
            err(lid, "note must be in English")
        if not isinstance(rec["signals"], list):
            err(lid, "signals must be a list")
            continue
        if phase == "history":
            if rec["outcome"] != "executed" or label != "legit":
                err(lid, "history lines are legit with outcome executed")
            if rec["signals"]:
                err(lid, "history lines carry no signals")
        else:
            if label == "legit":
                if note.startswith("Routine:"):
                    if rec["signals"]:
                        err(lid, "Routine lines carry no signals")
                elif note.startswith("Hard negative:"):
                    if not rec["signals"]:
                        err(lid, "Hard negative lines name the scam-like surface they share")
                else:
                    err(lid, "legit test notes start with 'Routine:' or 'Hard negative:'")
            else:
                if note.startswith("Routine:") or note.startswith("Hard negative:"):
                    err(lid, "scam note with a legit prefix")
                if note.startswith("Structural only:") and set(rec["signals"]) & TEXTUAL:
                    err(lid, "Structural only line carries wording/evasion signals: %s"
                        % sorted(set(rec["signals"]) & TEXTUAL))
                if not rec["signals"]:
                    err(lid, "scam line without signals")

        r = rec["request"]
        if kind == "payment":
            if not check_payment_format(lid, r):
                continue
            rid, when = r["request_id"], parse_ts(r["submitted_at"])
            if not rid.startswith(TENANTS[tenant]["pay_prefix"]):
                err(lid, "request_id prefix does not match tenant")
        else:
            if not check_order_format(lid, r):
                continue
            rid, when = r["record_id"], parse_ts(r["received_at"])
            if not rid.startswith(TENANTS[tenant]["sales_prefix"]):
                err(lid, "record_id prefix does not match tenant")
        if rid in seen_req:
            err(lid, "duplicate request_id/record_id %s" % rid)
        seen_req.add(rid)
        if tenant in last and when < last[tenant]:
            err(lid, "not in chronological order within tenant")
        last[tenant] = when
        if phase == "history" and not dt.date(2026, 9, 1) <= when.date() <= dt.date(2026, 10, 31):
            err(lid, "history lines fall in Sep-Oct 2026")
        if phase == "test" and not dt.date(2026, 11, 1) <= when.date() <= dt.date(2026, 12, 31):
            err(lid, "test lines fall in Nov-Dec 2026")

        st = states.setdefault(tenant, State())
        if kind == "payment":
            oid = r["related"]["order_id"]
            if oid and oid.startswith(TENANTS[tenant]["sales_prefix"]) and oid not in st.orders_seen:
                err(lid, "related.order_id %s is not an earlier order of this tenant" % oid)
        # fictitious-number hygiene anywhere in the request
        for s in all_strings(r):
            for m in ANY_MOBILE_RE.findall(s):
                if not MOBILE_RE.match(m):
                    err(lid, "mobile-like number %s outside the 1350000xxxx block" % m)
            for m in ANY_LANDLINE_RE.findall(s):
                if not LANDLINE_RE.match(m):
                    err(lid, "landline-like number %s not in area-0000xxx form" % m)

        if phase == "test":
            text = check_signals(lid, tenant, rec, st, kind, r, when)
            check_expect(lid, rec, kind, r, text)
        else:
            if kind == "payment":
                st.learn_payment(r)
            else:
                st.learn_order(r, Decimal(r["total_amount"]) * CURRENCIES[r["currency"]])
        if kind == "order":
            st.orders_seen.add(r["record_id"])

    check_sample_reuse(rows)
    return finish(rows)


def finish(rows):
    if ERRORS:
        for e in ERRORS:
            print("ERROR", e)
        print("\n%d problem(s) in %s" % (len(ERRORS), CORPUS))
        return 1
    test = [r for r in rows if r["phase"] == "test"]
    print("OK: %d lines (%d history, %d test) in %s" % (len(rows), len(rows) - len(test), len(test), CORPUS))
    by = Counter((r["tenant"], r["phase"]) for r in rows)
    for t in TENANTS:
        print("  %-10s history %3d  test %3d" % (t, by[(t, "history")], by[(t, "test")]))
    print("  test by kind:   %s" % dict(Counter(r["kind"] for r in test)))
    print("  test by expect: %s" % dict(Counter(r["expect"] for r in test)))
    print("  test by label:  %s" % dict(Counter(r["label"] for r in test)))
    hn = sum(1 for r in test if r["note"].startswith("Hard negative:"))
    so = sum(1 for r in test if r["note"].startswith("Structural only:"))
    print("  hard negatives: %d, structural-only scams: %d" % (hn, so))
    st = Counter(r["scam_type"] for r in test if r["scam_type"])
    for k in SCAM_TYPES:
        print("  %-24s %2d" % (k, st[k]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
