#!/usr/bin/env python3
"""Mechanical checks for tests/holdout8/holdout8.jsonl (Python 3.11 standard library only).

Usage (from tests/holdout8):  python3 gen/build.py && python3 gen/validate.py

Checks, as implied by the corpus README (shared/corpus/README.md) and the wire contract:
  * JSON Lines, UTF-8, exact key order at every level, enums, required fields;
  * two-decimal money strings, decimal quantities, total_amount = sum of items;
  * unified social credit codes (GB 32100 check character; invalid only where flagged);
  * RFC 3339 timestamps with +08:00, chronological order per tenant, history before test,
    tenants contiguous, unique and well-formed line ids and request/record ids;
  * fictitious contact formats (mobiles 1370000xxxx, landlines area-0000xxx), 16-19 digit accounts,
    every account or invoice number quoted in free text matches the structured field;
  * signals: in the vocabulary; structural ones present exactly when the request structure and the
    replayed history say so; wording ones backed by a cue in the text; evasion ones present exactly
    when the spelling is there;
  * expect re-derived from label + signals with the README's block rules, and compared;
  * note prefixes (Routine: / Hard negative: / Structural only:);
  * no identifier or sentence reused from the public sample.jsonl (compared through SHA-256
    digests embedded below, and directly against the file when it can be found);
  * corpus-level targets: >= 85 % legitimate test lines, every scam type present.
Exit status 0 when everything passes, 1 otherwise.
"""
import hashlib
import json
import os
import re
import sys
import unicodedata
from datetime import date, datetime, timedelta
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "..", "holdout8.jsonl")

TENANTS = ["hexiang", "yuanfeng", "qingshan"]
CITY = {"hexiang": "成都", "yuanfeng": "郑州", "qingshan": "杭州"}
LARGE_FIRST_ORDER = {"hexiang": Decimal("100000"), "yuanfeng": Decimal("50000"), "qingshan": Decimal("100000")}
H5_MIN = Decimal("5000")  # "meaningful amount" for the account-change hard block
OFFICE_START, OFFICE_END = (8, 30), (18, 0)  # local office hours, Mon-Fri
HOLIDAYS = {date(2026, 9, 25), date(2026, 9, 26), date(2026, 9, 27)} | {date(2026, 10, d) for d in range(1, 8)} | {date(2027, 1, 1)}

SCAM_TYPES = ["fake_purchaser", "fake_order", "contract_fraud", "fake_salary", "boss_impersonation",
              "account_change", "authority_impersonation", "fake_invoice", "advance_fee", "task_rebate",
              "overpayment_refund", "account_lending"]

SIG_PAYMENT_STRUCT = ["first_time_payee", "account_changed_recent", "account_changed_long_ago", "payee_name_mismatch",
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
SIG_EVASION = ["evasion_spacing", "evasion_fullwidth", "evasion_traditional", "evasion_pinyin", "evasion_homophone",
               "evasion_symbols"]
VOCAB = set(SIG_PAYMENT_STRUCT + SIG_PROVENANCE + SIG_WORDING + SIG_ORDER + SIG_EVASION)

PAYMENT_ONLY = set(SIG_PAYMENT_STRUCT) - {"off_hours", "shell_company", "guarantee_unverified"} | {
    "im_instruction", "email_instruction", "phone_instruction", "letter_instruction"}
ORDER_ONLY = set(SIG_ORDER)
# red flags that cannot describe a genuine line
LEGIT_FORBIDDEN = {"payee_not_employee", "refund_to_other_account", "lookalike_domain", "lookalike_company",
                   "invalid_credit_code", "duplicate_invoice", "shell_company", "guarantee_unverified",
                   "in_out_match", "fee_asked_of_seller", "account_lending_words", "secrecy_words", "bypass_process"}

TOP_HISTORY = ["id", "tenant", "phase", "kind", "label", "scam_type", "expect", "outcome", "signals", "note", "request"]
TOP_TEST = [k for k in TOP_HISTORY if k != "outcome"]
PAY_KEYS = ["request_id", "submitted_at", "payer", "payee", "amount", "currency", "purpose", "memo", "instruction",
            "requested_by", "approved_by", "related", "payee_account_changed_at"]
PAY_SUB = {"payer": ["account_no", "account_name"],
           "payee": ["name", "account_no", "bank", "account_type", "vendor_id", "phone"],
           "instruction": ["channel", "from_name", "from_contact", "text", "urgent"],
           "related": ["order_id", "contract_id", "invoice_no"],
           "verification": ["callback_done", "callback_number", "verified_by", "verified_at"]}
ORD_KEYS = ["record_id", "received_at", "customer", "items", "total_amount", "currency", "channel", "delivery",
            "payment_terms", "third_party", "fees_requested", "notes"]
ORD_SUB = {"customer": ["name", "credit_code", "contact_name", "phone", "email", "im_id", "customer_id"],
           "delivery": ["address", "deadline"]}
ITEM_KEYS = ["product", "quantity", "unit", "unit_price"]
TP_KEYS = ["name", "contact", "role", "amount"]
FEE_KEYS = ["reason", "amount"]
CHANNELS = {"erp", "email", "phone", "sms", "im", "in_person", "letter", "other"}
ACCOUNT_TYPES = {"corporate", "personal", "unknown"}
TP_ROLES = {"designated_supplier", "refund_recipient", "pass_through_payee", "notary_service"}
FREE_MAIL = {"qq.com", "163.com", "126.com", "sina.com", "sina.cn", "sohu.com", "yeah.net", "139.com", "foxmail.com",
             "gmail.com", "hotmail.com", "outlook.com", "aliyun.com"}

RE_MONEY = re.compile(r"^(0|[1-9]\d*)\.\d{2}$")
RE_QTY = re.compile(r"^(0|[1-9]\d*)(\.\d+)?$")
RE_TS = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$")
RE_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
RE_ACCT = re.compile(r"^\d{16,19}$")
RE_MOBILE = re.compile(r"^1370000\d{4}$")
RE_LANDLINE = re.compile(r"^0\d{2,3}-0000\d{3}$")
RE_EMP = re.compile(r"^E\d{4}$")
RE_INVOICE = re.compile(r"^\d{20}$")
RE_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
RE_WXID = re.compile(r"wxid_[a-z0-9]+")
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
RE_USCC = re.compile(r"^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")

# ------------------------------------------------------------------ text normalisation and cues

T2S = dict(zip("監賬帳戶證轉罰沒貴檢請於時將銷許營業飲劉國銀資餘額準備過關聯務費給這個們為會還說對來發結凍驗墊錢匯補貼",
               "监账账户证转罚没贵检请于时将销许营业饮刘国银资余额准备过关联务费给这个们为会还说对来发结冻验垫钱汇补贴"))
TRAD_CHARS = set(T2S)
HOMOPHONES = ["威信", "薇信", "徽信", "V信", "唰单", "返力", "反利", "保正金", "保症金", "压金", "扣扣", "银航卡", "验正码"]
RE_PINYIN = re.compile(r"(?<![A-Za-z])(bzj|yhk|dgzh|zfb|aqzh|sls|yzm|gjf)(?![A-Za-z])", re.I)
RE_SPACING = re.compile(r"[\u4e00-\u9fff](?:[ \u3000][\u4e00-\u9fff]){2,}")
RE_SYMBOLS = re.compile(r"[\u4e00-\u9fff][*＊💰➕#~@]+[\u4e00-\u9fff]")
RE_FULLWIDTH_ALNUM = re.compile(r"[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]")


def norm(s):
    s = unicodedata.normalize("NFKC", s or "")
    s = "".join(T2S.get(c, c) for c in s)
    return s.lower()


def compact(s):
    return re.sub(r"(?<=[\u4e00-\u9fff])[\s*·•.,，。、\-_/\\|~#@+💰➕]+(?=[\u4e00-\u9fff])", "", s)


CUES = {
    "urgency": r"加急|紧急|急|尽快|马上|立即|立刻|今天之内|今天必须|今天付|请今天|下班前|赶紧|抓紧|限期|限时|逾期|截止|来不及|越快越好|工作日内|当天",
    "secrecy_words": r"保密|声张|别告诉|不要告诉|不要外传|私下|低调|只有你知道|机密|别跟.{0,6}说|不要跟.{0,6}说|没对外公开|勿告知",
    "bypass_process": r"后补|回来补|回来再补|后面补|先转|先付|特批|特事特办|不用走流程|我授权|我负责|来不及走流程",
    "cannot_call": r"开会|不方便接|不方便说话|别打电话|不要打电话|信号不好|在飞机上|出差|接不了电话",
    "balance_probe": r"余额|可用资金|还有多少|能动的钱|能动用",
    "boss_role": r"[\u4e00-\u9fff]总|老板|董事长|总经理|领导|董事|法人",
    "deposit_words": r"押金|保证金|定金|订金|质保金|压金|bzj",
    "fee_words": r"费|滞纳金",
    "fee_asked_of_seller": r"费|保证金|押金",
    "designated_supplier": r"指定|代购|代采|帮忙采购|帮忙买|顺便采购|一并结算|一起结算|垫付|代买",
    "fake_payment_proof": r"截图|回单|凭证|已转|已付|已汇|到账|汇票|承兑",
    "refund_to_other_account": r"退到|退给|转给|打到",
    "refund_words": r"退",
    "overpayment": r"多付|多转|多打|重复付|重复支付|重复缴|转多|打多|多缴|多收|多交|溢收|支付两笔|各支付一次",
    "account_change_words": r"变更|更换|新账户|新账号|新卡|换了|改为|以新|不再使用|停用|换届|更名",
    "personal_account_pretext": r"私人|个人卡|个人账户|打我卡|对公.{0,6}(慢|延迟|不方便|受限)",
    "account_lending_words": r"走账|过账|借用.{0,8}账户|刷流水|做流水|过一下账|代收代付|u盾",
    "safe_account_words": r"安全账户|国家账户|监管账户|资金核查|资金清查",
    "authority_words": r"公安|派出所|民警|警|法院|检察|税务|市场监管|市场监督|监管局|人社|社保|社会保险|工商|执法|罚款|稽查|消防|交管|违法",
    "subsidy_words": r"补贴|补助|津贴",
    "payroll_change": r"工资卡|换卡|换了.{0,6}卡|没有换卡|新卡|发薪|以后工资|工资.{0,12}打到|工资.{0,8}改打",
    "payee_shared_by_employees": r"\d+\s*(人|名)",
    "payee_not_employee": r"妹妹|哥哥|姐姐|弟弟|表弟|家人|老婆|朋友|他人|统一打",
    "task_rebate_words": r"刷单|返利|返现|佣金|提成|任务|连单|卡单|兼职|日结|点赞|抢单|派单",
    "topup_words": r"充值",
    "loan_fee_words": r"贷款|放款|验资|解冻|包装费|融资|授信|额度|利息|担保费|评估费",
    "renewal_bill": r"续费|续展|续保|到期|年费|会费|域名|收录|品牌",
    "invoice_trade_words": r"代开|税点|票点|开票费",
    "bigproject_words": r"项目|工程|国家级|重点|产业园|分包",
    "middleman_fee": r"居间|中介费|介绍费|信息费|公关费",
    "remote_control": r"屏幕共享|共享屏幕|下载|app|远程|扫码|二维码|链接|收款码|付款码|免密|验证码",
    "institution_claim": r"部队|武警|消防|学校|医院|政府|机关|街道|国企|央企|后勤|研究院|大学|学院|小学|中学|办事处",
    "residential_delivery": r"小区|号楼|幢|单元|室|村",
    "credit_terms_requested": r"月结|账期|赊|货到付款|后付|结算|验收后|天内付|天付款",
    "third_party_payer": r"代付|代缴|替.{0,4}付|朋友|另一家|第三方",
    "vague_memo": r"借支|往来|周转|备用金|借款|代付|其他",
    "far_delivery": r"乌鲁木齐|新疆|成都|上海|广州|深圳|西藏|海南|黑龙江",
    "contact_mismatch": r"对接人|联系人|调岗|调去|新来的|换了",
    "off_catalogue_item": r"佛跳墙|礼盒|代购|顺便",
    "shell_company": r"成立才|刚成立|成立不久|空壳",
    "in_out_match": r"打了|转入|到账|打来",
    "cannot_call_dummy": r"$^",
}


def has_cue(sig, text):
    pat = CUES.get(sig)
    if pat is None:
        return True
    t = norm(text)
    return bool(re.search(pat, t) or re.search(pat, compact(t)))


# ------------------------------------------------------------------ small helpers


def parse_ts(s):
    return datetime.strptime(s, "%Y-%m-%dT%H:%M:%S+08:00")


def off_hours(dt):
    if dt.weekday() >= 5 or dt.date() in HOLIDAYS:
        return True
    hm = (dt.hour, dt.minute)
    return hm < OFFICE_START or hm >= OFFICE_END


def uscc_ok(code):
    if not RE_USCC.match(code):
        return False
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(code[:17], USCC_W))
    return USCC_CHARS[(31 - total % 31) % 31] == code[17]


def edit_distance(a, b):
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def is_phone(s):
    return bool(s) and (RE_MOBILE.match(s) or RE_LANDLINE.match(s))


def email_domain(s):
    m = RE_EMAIL.fullmatch(s or "")
    return m.group(1).lower() if m else None


def free_texts(rec):
    r = rec["request"]
    if rec["kind"] == "payment":
        return [r["purpose"] or "", r["memo"] or "", r["instruction"]["text"] or ""]
    parts = [r["notes"] or "", r["payment_terms"] or "", r["customer"]["name"], r["customer"]["contact_name"] or "",
             r["delivery"]["address"] or ""]
    parts += [i["product"] for i in r["items"]]
    if r["third_party"]:
        parts.append(r["third_party"]["name"])
    parts += [f["reason"] for f in r["fees_requested"]]
    return parts


def message_texts(rec):
    """free text as typed by people (memo, instruction text, notes): where evasion spellings live."""
    r = rec["request"]
    if rec["kind"] == "payment":
        return [r["memo"] or "", r["instruction"]["text"] or ""]
    return [r["notes"] or "", r["payment_terms"] or ""]


# ------------------------------------------------------------------ identifiers for the sample comparison

SENT_SPLIT = re.compile(r"[。！？!?；;\n，,：:]|\.\s")


def strip_prefix(note):
    for p in ("Routine:", "Hard negative:", "Structural only:"):
        if (note or "").startswith(p):
            return note[len(p):].strip()
    return note


def identifiers(rec):
    """(category, value) pairs that must not be shared with the public sample."""
    out = set()
    r = rec["request"]

    def add(cat, v):
        if v:
            out.add((cat, v))
    add("line_id", rec["id"])
    if rec["kind"] == "payment":
        add("req_id", r["request_id"])
        add("account", r["payer"]["account_no"])
        add("account", r["payee"]["account_no"])
        add("name", r["payer"]["account_name"])
        add("name", r["payee"]["name"])
        add("phone", r["payee"]["phone"])
        add("name", r["instruction"]["from_name"])
        fc = r["instruction"]["from_contact"]
        if fc:
            add("contact", fc)
        add("invoice", r["related"]["invoice_no"])
        add("contract", r["related"]["contract_id"])
        v = r.get("verification")
        if v:
            add("phone", v["callback_number"])
        texts = [r["memo"], r["instruction"]["text"], strip_prefix(rec["note"])]
    else:
        c = r["customer"]
        add("req_id", r["record_id"])
        add("name", c["name"])
        add("name", c["contact_name"])
        add("phone", c["phone"])
        add("contact", c["email"])
        add("contact", c["im_id"])
        add("credit_code", c["credit_code"])
        if r["third_party"]:
            add("name", r["third_party"]["name"])
            add("phone", r["third_party"]["contact"])
        texts = [r["notes"], strip_prefix(rec["note"])]
    for t in texts:
        for s in SENT_SPLIT.split(t or ""):
            s = s.strip()
            if len(s) >= 10:
                add("sentence", s)
    return out


def digest(cat, v):
    return hashlib.sha256(f"{cat}\x00{v}".encode()).hexdigest()[:16]


def tokens_in_text(text):
    """identifier-like tokens found inside free text (for the substring comparison)."""
    t = unicodedata.normalize("NFKC", text or "")
    out = set()
    for m in re.findall(r"\d{16,20}", t):
        out.add(("account", m))
        out.add(("invoice", m))
    for m in re.findall(r"1\d{10}|0\d{2,3}-\d{7}", t):
        out.add(("phone", m))
    for m in RE_EMAIL.finditer(t):
        out.add(("contact", m.group(0)))
    for m in RE_WXID.findall(t):
        out.add(("contact", m))
    for m in re.findall(r"[0-9A-HJ-NPQRTUWXY]{18}", t):
        out.add(("credit_code", m))
    return out


# SHA-256 digests (first 16 hex digits) of every identifier and sentence of shared/corpus/sample.jsonl,
# computed with identifiers() and digest() above by `python3 gen/validate.py --sample-digests PATH`.
# Only digests are stored, so no sample identifier is copied into this folder.
SAMPLE_DIGESTS = set("""
007e199b81443930 00f47615b90f4f57 011e10b33eb108f3 0149e158741c0328 018f963d9a3fed2a 019cd3f567822833
01aba577f9ea5e05 021bbe3647a5ecde 023166ab4b73577f 023f9a6c0dec87b7 0256a9c2abb24b8b 026a2e1a3feb18ad
0388aa2d18cd6c05 041a917d636a215a 046238bcc4799003 04625ec92054fdad 04e386464050b0b3 04f247833d4179c1
0570edc7dee9f457 05c75d427637615e 05d58bbbd9706357 0628e8730bb07fbf 069d349f6b57eb32 06f2e5b674d08272
072f4761b872064c 0733259fb0c3671d 07f7f0dc25a87875 0805e97f44478643 089e0a40c15e0f43 08ac37a75d3f55e4
08f6bd60bcbc06c6 098e1a3a10bc2784 098fd0f003cf628b 0a439c554090643e 0ab8b1dc4acc334d 0af32f9948bbfa8b
0b41e18eda578da6 0bc3a500c94c7d47 0bd030195b16094c 0be4461eb72e67e7 0c0366ca889abb35 0c2100ab658c7693
0c4da22f550b227c 0c663509567f339a 0c6d99ce39c4f99c 0c772dc280d49599 0cd7bed02f059f49 0d89d8c123c57cac
0d9217ec1b4cf355 0dc207e03f178560 0ddb215054b2cdb6 0e5673881a9c2006 0eaa811e56e696b9 0ed1d65e09d7144b
0ed846b632f28c75 1010badd2738d1e3 10326ead5150dc7c 109b621d00d6ecd1 10c4cde48e8f7552 10e00a760b758f28
110c0cda1fd52065 1188742646a0c812 11be1579881be81b 11eac5f9e7028da9 1220c681b96e45a8 125ed00936e9cd3d
1269212433cb4dfd 12a55d4a5413b155 12bd7f50a766b704 12daf486ec884427 137cad273e4f5148 13815728783c34fe
13858c975a9b160d 13aa0f54342f8259 1405830720679ed3 143b98fa903ab77d 14d5da8694835466 1522004e1edc73fc
1585efab47a671be 15d43bf762d2dd04 16c3589eb0951d4a 16cac9dfd3f92683 17098c4676d563f7 17178ab55cfe9c2d
1751e2ed7bb95995 178a4467860b32c0 17fe93ba7f626f60 18b9fd77d8037f93 18cf85b38bf026dd 18dc83ebb902177a
18eb7e068cc7bf5f 1948fa0cc73e9b5a 19c9fdb4d5e69cd7 19d9a6a1d92b7b07 19e467f937edf9a0 19e5ba4a257f9ade
1a64e7a4a90f226c 1a9a92994025566f 1b0b6a2b9bc52dc3 1b1392c8b8bd7d49 1b593dd697f22f14 1b6758dfc12ed14f
1b8bfec7709b99fe 1bbdc1aad9f99bb1 1be9bc9b0606ef19 1bf5d6fd1e3fe426 1c116957e0fb70ee 1c184f21f5b4d1a2
1c4e71f9253a576e 1d3cc9f94906a898 1dd1fc3574e520b2 1e036aeb5d97b21c 1e2f635945df5bcc 1edf4c0a83ca913f
1f4ca1292a582949 1fe581ecc367a217 200731d2c157d48d 2026a7053019527a 208c075f201dc9d7 20bd7be2db312285
20d40cd69d70ba24 212077ec119c75fd 2135192268822c2f 218504dfb5b041b4 224174151ec992fc 224b724f2d80a16f
22b1d6a5a8ae9220 22e1f869677ed6b8 22fcbaec1d530b13 233f171d1f154da6 2383f2ef7230109e 244b70fa3c686857
248274796de9688f 24b2d814157b0bb2 24c4f35a1eb55d4c 24c7378d6b6c13e0 24f7c6ed523a5640 2524e130510a7b24
252d7f61e1245619 257772c4190da0e1 257cc2d0b306efa1 25ac37e6ad2fc2fb 25bbc5adc4cdade1 26da93246db9fbab
274ff13c201e0ff2 275046ff72eb227f 27d55f07fbb60e20 2854966435dbfb07 287281162ab10230 2876c2c9f9d59820
289b31795b4c030d 28b79e30525e5bea 28e9de243495f510 29f05f5af6f6ea52 2a89de739bb1d7aa 2a9239ee4891d47d
2a9342cca1df6db6 2acda4ee7e38bfb8 2b11f0e632f8ba2d 2b78ea87bf29953f 2b8cb84cd38ca57b 2c87bce11437d9e2
2c9cd381641e7e48 2cb735472d1579eb 2d1d4c877bb7305f 2d738292ff5e674b 2da27e4ac83f2bf1 2e25726df15f4696
2e25ce74bfc72c5c 2e60b4a9808bd6ac 2eea027195c9582b 2f0354fa3597b543 304c73713b5b71c8 3090e67fb92a58b1
311b40fa70658739 317babec55a602ce 317f398bfab221ec 31df19865709f6a7 31fa3c0e35d23936 3254c8eeed8d1af5
325c4e0f65f7bb14 32a7b00d20e8f1cf 32a920b5817043db 32e9b110e601c658 32eaa04db0bc22d3 33a49dda3c249206
3464ae1034b469fb 34c45a00b2979c57 3507620237360d69 35aacd4bf94df376 35cf53fa13a2b017 35d35046052e7e92
362ccb013c27839e 36362c5e875ad07f 36449ac94ae97835 36924c5b868c8d51 36d98eeb69284c77 36d9f041b8895cb6
36fabdff87c82f24 373949ea70cb4fc3 37436e94a8d50a7c 3774475121501c72 3797f0da21aa9dfb 37c2503e6e5cad2e
382378a4aca1c03e 39562677f08b5c70 39772c1e45bb480d 397f78e0f6fb4508 39916cf2df028a77 39eb531c7cc51332
3a1b4f20b79c07d8 3a643447d1918885 3acae9fb47ad2a6b 3ae5b4b9d1e65a81 3b1f94c533f15bbe 3b3942c9d8aba0fa
3b412bb4652efc75 3b66b52c0e5a6be0 3b8428253a7a1b08 3b883ea2f7ad1744 3ce95a57634e6311 3d0c02e821dd06de
3d18af5085dc0809 3d251ed8c6407c81 3d6e0f115066754a 3d7b36ae916f67ba 3e0c56ca614db7e7 3e1589e52d42dfef
3e3524a70c4280f5 3ee731b3916ee4be 3f47b44a342e8e87 3fcbf0fc4886b2e3 3ff8636c8c677e57 401205c2a70e289f
4014357273a91958 40170cf25e4c9424 4050d0bd064c2edf 40780a45fc2080d1 40acd08f9953b6a1 40d52450d8e4ba40
411ef217e40b4108 41206c8a8eb25bd4 41a90269913b1c7c 41b4264ee0ff0421 426c9f2f849b0234 42d5776d3a25d8ea
430f08eb6949949c 44ac6f7bc35f8a13 44cda555e9cf63dc 45303b4fc9965c3a 45367e6a72fbfd3e 4541c9af08d7c7dc
45935c7c859815e6 461a11457a976620 461b2d76a26ea603 470cc0919de8f07a 4717b8f12489aa7e 47c0664f6583701f
4822e32b4482c656 48abd3cccb49323a 48dc1d563ddbac83 48e201b095a07bae 48e559d7535c30e3 48ed54b0084b772f
495ba1a259cc8373 496430b31049ecb4 4999f31fcde24f96 49acf98941d179b0 4a008f3b53039bfc 4a31f5f8ed34dd2b
4a62f5b22c460266 4a8238154dbc1341 4ab918164cf3bfd2 4b2b9e8013b94269 4cc6508cdf0ad558 4d70dbb46c8b1328
4d7544a493bb62a1 4dbdac280811b68e 4e060c117dd549f3 4e2730dd7d771cdf 4efed03d33d80534 4f858d9af48ad609
501281b600f05f97 50165268df94e054 51402585aa5e6050 51e67e7b178dea27 51f118b0f3c9ab82 51ff6f3c48b13d30
5223d07dc7b97f8c 526d9d72ab00512e 528d2a71d4e29b84 52eb4d70fe7c6d31 52ec9818c40a372a 5363abb95b1001a8
548117fbec3503ad 55c278229c59bdf9 55e50fd8bfa1085b 55f5cd200a64ff8f 56340a2fae13a9cb 56780517806d6897
5766b662eaef6af9 57e4e0c06c7b391b 57ef0ae4cafbd52e 5801da5daac6df6e 5871f4b0b41cb00b 58a968e6b946d160
599d3687f246e8e6 5a7125e18274829c 5a9f4bef3390937c 5b1a26c973440082 5b2a3ac040d409ca 5cbd9aa6679bfe9d
5ccd19531dad8a0d 5d1b52ed4e1930ee 5d2960f472236c74 5d2ec80a40bad940 5d4ff81edb6521ae 5e073ae237160c1b
5e4395babb094e07 5fa5a7b7d43ac5fc 6002e0c68f74ef96 602e0284e7b28e90 604f5d37297bea01 61202a6df5ae0dcf
6174dda645af226a 61954aba1ed756cb 620060e84ae41022 62135d5906668b2b 623ea83279fe2fed 62f74e6c19ee2e6d
6306ef08e34d769e 631cb6411871f6d2 6344a12c6c434739 638c85f13a3e5dc4 63c437e1f22c874b 64ca20fe6212328b
66085bf6b6adf206 6692d0b830390304 67c8b300b59c1db1 68a0781961bdd266 691fd80259e68d90 6985503264605007
699b55e4c1be6cc2 69d32ae46a8a6135 6a48d380dcf79d0d 6b56265d688acf6e 6bde06d9382f7ab9 6bed1860871a9d84
6bfbc03a41c54aa9 6bfcbecfe13438a2 6c85a7bebfffad7b 6d5a5910f2524635 6dd02803e7e30eee 6ddc4c0ef01b236b
6eb06cae85f7eac3 6ef58a6cd0a38700 6fcb4c40e720191a 7021ec9e6e8f3183 70894592a2bfef4b 712c69b8caa72091
71420947f354e1cd 7204fa3eed3d9679 7213a6e1a008a2df 7228c5ca6b01efc6 72aeb3b32ef6c070 72b4f65b40d2913e
72b8f19818b4d60c 731c3c181008c2be 7325a2e8e385a12a 744bedeceb104be6 74566e6c94c5c188 747d030b36ff69d1
762e1cbf0dd5eae5 771b974cb9e681b3 774c21d6bb5ff0ae 77cfa56c26cf7fd7 7834a26edf484874 78cc8078d3b33d29
78d6889493de7825 7914e69cc4bf78c4 791cab6bb09c29c9 79387ad585d6dd3f 7971cd7036a439f9 79b449cb4dd464d8
79f36e2ee0358831 79fc24db023de364 7a4522d2123aac38 7a7e58267b83c2bb 7a906bfcdce953e3 7aa3712af1bb2935
7ada6cf5ef83148f 7b0ad8681f70329e 7b6423a680b58435 7ba69d1f4638db7d 7be1e7652e32f757 7c78fff636f7504c
7cc2bf5309c822be 7cc958ee8c1c04ca 7cfd9a21447375aa 7d11013dd50856a1 7d7b9a41a847d86c 7ed37f7296399571
7ee4b19a7818b921 7f095c46fdb723d6 7f437bffb51f5aa0 7f4acdda11f1854a 7f9f7645e7f32203 7fdb760f3afc6af4
7fdce7324c7ae4e5 800de40235d0605a 804ef8be6c6c42df 812a62e6ba8306cb 82083c1bc2097d46 82552560ca73c055
828b1e38836045d7 82b2330ac3417d8c 8357991c275dcb0e 83972b7083eb6bbc 83ab404333e48368 83f7e69c06d7bce4
8408374efbd23870 841983eebaea2724 843ff45dd5506c99 847900fd60a6ac56 85c4cdf5b7c556fe 8656919ceee90389
8707b85fb2ccff5d 8780c3f156f79f9a 879f859e1125f1f2 8822a77761826bb7 8851f17d293c8b93 88c2bade0e571d53
892a99c81d9453b9 898d6c91eb1afb50 89bf6693c16ee5c4 89f7019446616879 8ab843e506e101ef 8ac861a7762b3d08
8ad069dd5347331c 8b2f17fd3dd5aae0 8b43864e1225f565 8b6b991ed7fc3101 8b8b70b524703e34 8b9927994176c333
8be96ed5391370d7 8c9b6e14007ffd54 8cee6d212c67a990 8d1c5e4b54fb0b69 8d38679d9f679e69 8d4c279f554b5e22
8d835994bed37a47 8ddb65a12878a2c8 8e4b6f9f29e76f78 8f55ed23848dac57 8f5deb228bafe64d 904a5a8d36de5825
9086406114a075e2 90987fac67c3e413 9142996a10a71f3a 917faf27647ca70f 91ae05efbb55482c 9205d7189745296e
924fb759177e7901 926cca3bc41cdb1d 92e5699a112415d6 92fd8e42f5b80dbf 931d49c7107f94fc 931d61ad3b453557
9477430dc8a1747c 948a6c32a3129d41 94ef80c9f47a0d06 9571cc86547b5446 95b3dafdddddd125 95d2c0ff39dca4e9
96262f81f8d9ba08 966c1a258865109b 97169b419906e5d7 9753d11a34f78079 97725cd4da8bd0ac 97898b24bc001454
97af87167829b6ef 97d75875dd0ec1b4 97ff18123210c811 97ffbe464f9a106a 983ff2c2191ce801 98b69a8920f72b2d
994ab4f5c2d2ec39 995e45bcfce6f371 9988e0b4a848f679 99ad82aaca26504d 99bb079f5a2ba14b 9a0ce98cf542e9ba
9a3a4a6a493e05c9 9a6166e0551fed65 9ac44f0369b0966f 9af9618021b55c0c 9b000383c50a17c2 9b2610bccce76099
9b6edd482d6acbc6 9b9d1703e4267035 9bdbe2a1b0456fef 9c05ae8d6ead46bb 9c3194926ac3a782 9c3472ed6815ed13
9c7d507657fa968c 9d05a88b5856bc82 9d065798f0d1b17f 9ddeb0cbf75b43a4 9e19e057dcfe7e00 9e23caaeacbd2e89
9e2a15c67741d276 9e33307ac2c21807 9eba266609c6dcf5 9ebca43072b3b70c 9fb10e4c3cd6094a a07fdeeff93b306f
a0999f815db03fbb a0f85c1f12103d48 a14aebf7faeb21a2 a179e1073f2c9f59 a199fb05d3644ca0 a1c775923e8ddbaa
a1d9b78c803a89cc a21c70d7f700cb55 a226216fc0527e20 a268c82efc58ba42 a2b795637c71ca20 a2c10cc17e888031
a30fd9eebb769094 a31a28985f690a00 a333ecf6ddd560f2 a397cd19a439ca39 a3abd1916947419c a3bae1ae1cd4e1e3
a43cdd321f4444a0 a43d07b13193f6cd a49e423cd2ac273c a4f1e75b71be2241 a5f4359018304057 a62ac67900918f7f
a63c76d4cbe4ca57 a7242eb293637ce9 a74b950312a23baa a7bf40422721437d a8418caf5a5eee98 a8abd0dbac69b49e
a8b7b83adc1c9dfe a8c4c48ed5eb0c79 a8c6fae7bc19295b a8fab43243691c18 a927216db906e5dc a965f2943921fba0
aa328f2789add6f4 aae25c80a9028cdd ab16577b73de19c5 abd09bee893a9466 ac4c660fa9ec36a9 ac5feba8c6c89522
ac7fe21e7dcb051b adb126af1d8d49a9 adfe8beee7a4f1ac ae08d18b8b2ef71d ae298613d605e2cf aea7b9366ac15b65
aeb39a403f9ef0ac aedf9bbb0be56da2 af1feb887ff294ae b05ce42a560ca296 b0be5720d9c4ca68 b0d4b374c47b5d87
b144ab330e430521 b16aaf702bbd2c23 b19dccc579ea53d9 b22d46386995026c b2c4b611d0a0f496 b330d6feca3d5c27
b3a50a2bfac6356e b404b0d6538bec24 b412bf14b6bbf43f b45c54cd4c391ff6 b4794c6291cf1e41 b4adb6a067ab05f7
b524c7558b66e040 b5434878cdb0f087 b5f6ddcb94824fbf b625e5471fb4deaf b678601047df93b2 b6c3aa6d4d699dad
b761551e421c0278 b77d5acff81a7ed0 b7e0768154ea11b9 b813a190b5d3ba20 b843a3ee89867a7b b85f047d46cc9f21
b8a92ac3cab4e4b0 b91b358ccdef5398 ba11dfe97d08863a ba2fb25026106592 ba8d1e059c035628 baa07f05db3632b8
bb281f4fe46bc627 bb4d9611324809ff bb786f65752f5584 bb946ec19d8910c4 bc7d8e3288bcc42f bcdd123edffd1b24
bce1f5a0fedcb82e bce646acd4b4e8fd bd13e6d7d3e9f455 bd1efdfcbbaba0bf bd63d8ffe737ea2b bd81f548c6994f19
be2f23b1df27be70 bf3694746cefacc7 bf50e72a57be7dfa bf90c59066eddd3a bfae68d31c3a7fe4 bfc53ad38c8f0c08
bfcc2b5393de663b bfe31907e5b6bd16 c00c6526d6343ad9 c02dcde9a283a17a c04a7fec0b192e1f c04c1e5ccae5a58b
c06a100dea25edd4 c09ea0092c63e77c c0ba40f6f86c4f9c c0ebbc12af31f390 c125d47435923058 c199208b969c5583
c1b00ff6cbcdb017 c1d3abb1f74e8568 c1fca11ccfd7fd8a c2369462e2aef593 c23787d239f5ca18 c2a3a9b481c4517b
c2a962dfb51104ea c2ae19737143c530 c2fe3bbdd1a7e166 c32583a458ff9708 c3797b165ec060ba c3d26e0c9421e498
c487fe03fbb72f69 c48a71c1ad1af1bf c5f6ee1d493c0b51 c6419b01d6238f7c c6447daba2845f01 c6e77424d934d23f
c7043630c0587a47 c7721ae59d88df68 c77fba6d2fd30a2f c854e6e09867c838 c85c3a76153118ea c8a3d1c05d5fb2e9
c8bc6a8553caa3d0 c8e67a9684b6d090 c9fe61ed7cdf939f ca22d17161a473ba cade73f305ff87c5 cbd46aa34f6a0a48
cbdc3c6c90e7ecc8 cc10ca081b1c1b12 cc28ce21e38d85ab cc315b624d490357 ccb3182f53a11346 ccba136ba5ef9cdf
ccbc6d4fa256141a ccf5ce3533696b66 cdba746b11eda1da cdedc87a36316d58 cdff35149090d62f ce0cfd48678d5385
ce667d034658f1cd ce920278f3380996 ced1149eddf06e3f cf07a63efc645b45 cf364a4498c095ed cfa9767b877172e8
d010559fb4a92db8 d01a166581587de9 d02e748099e58c11 d03cfd4676732bc6 d0bfbd1678a9ebcd d0feefc66c066792
d1db2507ebb72399 d21c0e6b8867e487 d27e5ded0eb32444 d2a101283f511f2e d2b557d4c9b102fb d2eb3ae5705960f7
d2f22108243b9b83 d39fd9fabb14fc92 d3ce7c6f58fe9666 d3da128bb30d0ff4 d43aa58ae0dbb13e d47f4af1bacc28c2
d4cc43522d74c44e d57c1c6710869bb7 d59a5135ab4bc0a7 d5c8df221e948fbf d636669973bc64d3 d63bcd7a679ea6e0
d661afb7b0921829 d6763436e84d9794 d6fefb2cd74b23df d7364a3e770400a1 d742da64652890ef d78c594be7effa04
d825105e1f401526 d8ae884b81c64e5e d9ae578b1ff8f57a d9bcae8b5079c0c7 d9e9d95b4ad6b33c da16331e7bfb0297
da4f633e2144aecc da63bf58897589be dab13608b0c700c6 db2cbce4fdcb1f0e dba7110d1b1f0f2d dbeddeb4d5c482d3
dc12d512c8bd9b53 dc56f1a9128b667a dc7798893f8d2fc9 dcafab8976f74758 dcb80db99e44a64e dcdb274cb94d224b
dceeacbbc453e653 dd424dd998c40be4 ddcb0cacc8b1a920 ddfeffc298cca661 de2062905d1a49a8 de2e700d409a584e
defb21908631b62c dfbe19520a1b1d4a e00c37b1b5797f18 e01c7dc829a06c71 e0242dd48cd74ffd e05dd1408f8c321a
e0a3630b0e7f45df e10080bbe857e93c e1c2304e8cbb0261 e240accd6a123af0 e252d9e3fc09d37a e29a9d27e0d76af9
e2edafadc0dc7553 e2fb8821399b029a e31a5128c1c159a8 e3956ffdba2af604 e4884cebf9d274ca e51a1f0ce4e40f11
e574ed43ca5447d3 e5de078eb4bf6b82 e5e2feebb6cabbdb e60b5866906fb14b e614248b7e3b96aa e69ad7092bfee69a
e6fd0441fa1acede e7353899824d66bd e853a62448065f13 e88f02f6374a0f4e e9467529e7fdaea7 e9dab56030e4058a
e9e7a155f9426a36 ea0e376ba4d2570d ea20822aa4ac1ed3 ea3fb0cac6223ddf eaa72ad7b2db5821 ead987e35486463a
eb00a0baf7cf37ed eb1639b31fc9680c ebdf330828b989d5 ebeef16460299703 ecd5e9bb953248ee ed0ec1074b42abcf
ed19be1d4a5f8910 ed25f1eb6af68889 ed875b19ba7550bc ef32cb4e6cecf02f ef4654bd9f511111 ef5f0a69168c4ac8
ef6c3f0a72c4b574 ef7530effeaec62e efa6122d4d1c3c1b efa89e3f55a50ec0 efe69a2b3aaaf09b f017466c531418da
f04dc2937062fa85 f06e91f4e8213fb2 f08c7dec9fd1b287 f0963d07068fb2bf f0b9c667449e65a1 f0c02f2eb310d376
f18ab8158ad160ac f19ac515c367e554 f1e33f5e6b1cd7d1 f241d8a19d06d5c3 f2633d34464f8681 f2ebfeb51925e377
f46a5eada1199eae f59f73f7eb323c6f f5a11bd81fd611d4 f6c87e09c3218b3b f7e6a4d99f3412d9 f7eef6a4e7e0b5b4
f823569672675632 f83ee3197182f2ec f8577832dd5fb73b f8bfa5bebe2cb8fc f8c8cfc289764033 f8dd1f94fcea1714
f8ebbb0ae0952a8d f913890bed86804f f950fb847cd761fd f955830bfebe421c f97f0fd90fb5399a fa68a71c9b4e05c6
fa700fd285b3fd98 fab1344f4db2c573 fb8eb42f3622868f fbaa98bcc6c14b3a fbf40719a55d5692 fc8aa36569ef1443
fc9d73fc72749f3d fcdea1802c3b530d fd3004f45fde88d7 fd47a1de59fc5128 fd836e0f997100d1 fd9465bc1f3bf180
fdca2e936404e7f9 ffad6a9a8c7ccd1f ffb6b877bbfbe5d8
""".split())
SAMPLE_NAME_DIGESTS = set("""
005c6b8b660a2945 04abbf2444a3f637 09bd515549c9911e 1310683fab040b7c 142ec4d0691d81de 1519f866533f8ec3
1c848623c509b92c 1dabdd9919694f45 267eaafb949dbdc3 28ab0216590df8e4 2ba8b40d6bd8ca57 2ffa9280966c0b22
35784921e032a416 3b07af564fa7af4a 3c26372366c90d47 3c7988974b25cb02 3dae98d95ffb5e85 41e703caaa5d748c
48fe5326e1f1a51d 4c3d2884d0c0ea6a 4e527fbdac273ff6 5208eaf8cd411784 56b16ff9b28ff036 575a4f8fe69a10c1
578dbc24548ae21c 5a44a16e73f25d27 6231fb24b9f39e34 650644e3d9180aff 6a62d222e9688b44 78dd15f1c75d3de3
7d2d6f7de8f99a5b 7dd1a3c11bbae224 7f5dec57a74fbf3b 7ffcb39207237e6a 805a69ed178cbc92 8199af68bcc1b6ff
855064c141ef8a52 86127491b97c08c6 8651b0904ea6b37c 8a6d3169e7373b77 8b32f401adf97da7 8b832ab44fff5bad
8d4c12d709e73e69 8ea80c64ffcd9d70 8ebca33d63d5131b 926a571415709edd 92c2aa67165b9a8c 92f05844019af60e
94c15381f679f849 a33c64aae98582a9 aa1ac51b9dfde8ca ac04f625cf148631 b1765e592ccc87e5 b4f3231b9f9a0e7f
c63033e07e160db7 c6c478a0c89c91a0 ca28ca5f9e18d1ef cc3cb40ffc1c6469 cf38b68a7c305b99 d4b72ba460158a12
da89ffa6e8e2eb64 e70ec1a9bf4f9f8d e9cbe38342ab796c edf9f01886f780cb ef9715e859b3d9f9 f34398989d366a88
f5995701b205ec30 fa28288c4dbc5936 fa95461baf2f6131 fbfc309b2abd8d1b
""".split())
SAMPLE_NAME_LENGTHS = (3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20)


def sample_sentences_from(path):
    out = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            out |= {v for cat, v in identifiers(rec) if cat == "sentence"}
    return out


def sample_digests_from(path):
    ids, names = set(), set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            rec = json.loads(line)
            for cat, v in identifiers(rec):
                ids.add(digest(cat, v))
                if cat == "name" and len(v) >= 3:
                    names.add(digest("namepart", v))
            r = rec["request"]
            for t in free_texts(rec):
                for cat, v in tokens_in_text(t):
                    ids.add(digest(cat, v))
    return ids, names


# ------------------------------------------------------------------ expect re-derivation


def derive_expect(rec):
    """README 'expect: block' list, read on the signals (and amount/verification for the account-change rule)."""
    if rec["label"] == "legit":
        return "allow"
    return "block" if hard_block_pattern(rec) else "flag"


def hard_block_pattern(rec):
    s = set(rec["signals"])
    r = rec["request"]
    is_pay = rec["kind"] == "payment"
    text = norm(" ".join(message_texts(rec)))
    rules = [
        # transfer to a safe / national / supervised account, or for fund verification
        "safe_account_words" in s,
        # lending the company account or passing money through it
        "account_lending_words" in s,
        # refund to another account, or before the money has cleared
        "refund_to_other_account" in s,
        ("refund_words" in s or "overpayment" in s) and "fake_payment_proof" in s,
        # paying a customer-designated supplier before the customer's money arrived
        "designated_supplier" in s and (("sales_order_linked" in s and is_pay) or "fake_payment_proof" in s),
        # first meaningful payment to an account changed within 30 days (not verified by call-back)
        is_pay and "account_changed_recent" in s and "first_time_payee" in s
        and Decimal(r["amount"]) >= H5_MIN and not (r.get("verification") or {}).get("callback_done"),
        # boss instruction by IM or e-mail, no approval, balance probe, first-time payee
        "boss_role" in s and bool({"im_instruction", "email_instruction"} & s) and "no_approval" in s
        and "balance_probe" in s and "first_time_payee" in s,
        # personal payee with task / top-up / rebate / unfreezing / capital-verification words
        "personal_account" in s and ("task_rebate_words" in s or "topup_words" in s
                                     or ("loan_fee_words" in s and re.search(r"解冻|验资", text) is not None)),
        # invoice already paid
        "duplicate_invoice" in s,
        # salary to a non-employee, or several employees to one account
        "payee_not_employee" in s or "payee_shared_by_employees" in s,
    ]
    return any(rules)


# ------------------------------------------------------------------ main validation


class Errors:
    def __init__(self):
        self.items = []

    def __call__(self, where, msg):
        self.items.append(f"{where}: {msg}")


def check_keys(err, where, obj, keys, optional_tail=()):
    got = list(obj.keys()) if isinstance(obj, dict) else None
    if got is None:
        err(where, "not an object")
        return
    if got != keys and got != keys + [k for k in optional_tail if k in obj]:
        err(where, f"key order {got} != {keys}")


def validate(path):
    err = Errors()
    with open(path, "rb") as f:
        raw = f.read()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        print(f"FAIL: not UTF-8: {e}")
        return 1
    if not text.endswith("\n") or "\r" in text:
        err("file", "must use LF line endings and end with a newline")
    recs = []
    for n, line in enumerate(text.split("\n")[:-1], 1):
        try:
            recs.append(json.loads(line))
        except json.JSONDecodeError as e:
            err(f"line {n}", f"bad JSON: {e}")
    if err.items:
        return report(err, recs)

    # ---------------- per-line shape
    seen_ids, seen_req = set(), set()
    for rec in recs:
        lid = rec.get("id", "?")
        w = lid
        check_keys(err, w, rec, TOP_HISTORY if rec.get("phase") == "history" else TOP_TEST)
        if rec.get("tenant") not in TENANTS:
            err(w, f"unknown tenant {rec.get('tenant')}")
            continue
        if rec["phase"] not in ("history", "test"):
            err(w, "bad phase")
        if rec["kind"] not in ("payment", "order"):
            err(w, "bad kind")
            continue
        if rec["label"] not in ("legit", "scam"):
            err(w, "bad label")
        if rec["expect"] not in ("allow", "flag", "block"):
            err(w, "bad expect")
        if rec["label"] == "legit" and rec["scam_type"] is not None:
            err(w, "legit line with scam_type")
        if rec["label"] == "scam" and rec["scam_type"] not in SCAM_TYPES:
            err(w, f"bad scam_type {rec['scam_type']}")
        if rec["phase"] == "history":
            if rec["label"] != "legit" or rec["expect"] != "allow" or rec.get("outcome") != "executed":
                err(w, "history lines must be legit/allow/executed")
        m = re.fullmatch(r"([a-z]+)-([ht])(\d{3})", lid)
        if not m or m.group(1) != rec["tenant"] or (m.group(2) == "h") != (rec["phase"] == "history"):
            err(w, "id must be <tenant>-h### for history, <tenant>-t### for test")
        if lid in seen_ids:
            err(w, "duplicate id")
        seen_ids.add(lid)
        if not isinstance(rec["signals"], list) or len(set(rec["signals"])) != len(rec["signals"]):
            err(w, "signals must be a list without repeats")
        for s in rec["signals"]:
            if s not in VOCAB:
                err(w, f"signal not in vocabulary: {s}")
        if not isinstance(rec["note"], str) or not rec["note"]:
            err(w, "empty note")
        r = rec["request"]
        if rec["kind"] == "payment":
            check_payment_shape(err, w, r)
            rid = r.get("request_id")
        else:
            check_order_shape(err, w, r)
            rid = r.get("record_id")
        if (rec["tenant"], rid) in seen_req or rid in {x[1] for x in seen_req}:
            err(w, f"duplicate request/record id {rid}")
        seen_req.add((rec["tenant"], rid))
    if err.items:
        return report(err, recs)

    # ---------------- grouping, order, numbering
    order = []
    for rec in recs:
        if not order or order[-1] != rec["tenant"]:
            order.append(rec["tenant"])
    if len(order) != len(set(order)):
        err("file", f"tenants not contiguous: {order}")
    for t in TENANTS:
        lines = [x for x in recs if x["tenant"] == t]
        if not lines:
            err(t, "tenant has no lines")
            continue
        phases = [x["phase"] for x in lines]
        if "history" in phases and "test" in phases and phases.index("test") < len(phases) - phases[::-1].index("history"):
            err(t, "a history line comes after a test line")
        prev = None
        for x in lines:
            ts = when(x)
            if prev and ts < prev:
                err(x["id"], f"out of chronological order ({ts} < {prev})")
            prev = ts
        for ph, letter in (("history", "h"), ("test", "t")):
            ids = [x["id"] for x in lines if x["phase"] == ph]
            want = [f"{t}-{letter}{i:03d}" for i in range(1, len(ids) + 1)]
            if ids != want:
                err(t, f"{ph} ids not numbered 1..n in file order")
        payers = {(x["request"]["payer"]["account_no"], x["request"]["payer"]["account_name"])
                  for x in lines if x["kind"] == "payment"}
        if len(payers) != 1:
            err(t, f"payer account must be the tenant's one account, got {payers}")

    # ---------------- replay per tenant: structural signals, wording cues, evasion, expect
    all_accounts = set()
    for rec in recs:
        if rec["kind"] == "payment":
            all_accounts.add(rec["request"]["payee"]["account_no"])
            all_accounts.add(rec["request"]["payer"]["account_no"])
    for t in TENANTS:
        replay_tenant(err, t, [x for x in recs if x["tenant"] == t], all_accounts)

    # ---------------- sample.jsonl
    check_sample(err, recs)

    # ---------------- corpus-level targets
    test = [x for x in recs if x["phase"] == "test"]
    legit = [x for x in test if x["label"] == "legit"]
    if len(legit) < 0.85 * len(test):
        err("corpus", f"only {len(legit)}/{len(test)} test lines are legitimate (< 85 %)")
    missing = set(SCAM_TYPES) - {x["scam_type"] for x in test if x["label"] == "scam"}
    if missing:
        err("corpus", f"scam types without a test line: {sorted(missing)}")
    return report(err, recs)


def when(rec):
    return rec["request"]["submitted_at"] if rec["kind"] == "payment" else rec["request"]["received_at"]


def check_contact(err, w, field, v, allow_null=True):
    if v is None:
        if not allow_null:
            err(w, f"{field} is required")
        return
    if not is_phone(v):
        err(w, f"{field} {v!r} is not a fictitious mobile (1370000xxxx) or landline (area-0000xxx)")


def check_payment_shape(err, w, r):
    check_keys(err, w + ".request", r, PAY_KEYS, optional_tail=("verification",))
    for k, keys in PAY_SUB.items():
        if k == "verification":
            if "verification" in r:
                check_keys(err, f"{w}.{k}", r[k], keys)
            continue
        check_keys(err, f"{w}.{k}", r[k], keys)
    for k in ("request_id", "submitted_at", "amount"):
        if not r.get(k):
            err(w, f"missing {k}")
    if not r["payee"].get("name") or not r["payee"].get("account_no"):
        err(w, "payee.name and payee.account_no are required")
    if not RE_TS.match(r["submitted_at"]):
        err(w, "submitted_at must be RFC 3339 with +08:00")
    if not RE_MONEY.match(r["amount"]) or Decimal(r["amount"]) <= 0:
        err(w, f"amount {r['amount']!r} must be a positive two-decimal string")
    if r["currency"] != "CNY":
        err(w, "currency must be CNY")
    for side in ("payer", "payee"):
        if not RE_ACCT.match(r[side]["account_no"]):
            err(w, f"{side}.account_no must have 16-19 digits")
    if r["payee"]["account_type"] not in ACCOUNT_TYPES:
        err(w, "bad payee.account_type")
    check_contact(err, w, "payee.phone", r["payee"]["phone"])
    ins = r["instruction"]
    if ins["channel"] not in CHANNELS:
        err(w, "bad instruction.channel")
    if not isinstance(ins["urgent"], bool):
        err(w, "instruction.urgent must be boolean")
    fc = ins["from_contact"]
    if ins["channel"] == "erp" and fc is not None:
        err(w, "ERP instructions carry no from_contact")
    if fc and not (is_phone(fc) or RE_EMAIL.fullmatch(fc) or RE_WXID.fullmatch(fc) or fc.startswith(("微信群：", "钉钉群："))):
        err(w, f"from_contact {fc!r} is not a fictitious phone, e-mail, wxid or group")
    if not RE_EMP.match(r["requested_by"]) or not all(RE_EMP.match(a) for a in r["approved_by"]):
        err(w, "requested_by/approved_by must be employee ids")
    if r["requested_by"] in r["approved_by"] or len(set(r["approved_by"])) != len(r["approved_by"]):
        err(w, "nobody approves their own request, and approvers are distinct")
    inv = r["related"]["invoice_no"]
    if inv is not None and not RE_INVOICE.match(inv):
        err(w, "invoice_no must be 20 digits")
    ch = r["payee_account_changed_at"]
    if ch is not None:
        if not RE_TS.match(ch):
            err(w, "payee_account_changed_at must be RFC 3339 with +08:00")
        elif parse_ts(ch) > parse_ts(r["submitted_at"]):
            err(w, "account change recorded after submission")
    v = r.get("verification")
    if v is not None:
        if v["callback_done"] is not True:
            err(w, "verification.callback_done must be true when present")
        check_contact(err, w, "verification.callback_number", v["callback_number"], allow_null=False)
        if not RE_EMP.match(v["verified_by"]) or not RE_TS.match(v["verified_at"]):
            err(w, "bad verification.verified_by/verified_at")
        elif parse_ts(v["verified_at"]) > parse_ts(r["submitted_at"]):
            err(w, "verified after submission")
        elif ch and parse_ts(v["verified_at"]) < parse_ts(ch) - timedelta(days=1):
            err(w, "verification long before the account change")
    # numbers quoted in free text must be the structured ones
    for t in (r["memo"], ins["text"]):
        tn = unicodedata.normalize("NFKC", t or "")
        for run in re.findall(r"(?<!\d)\d{16,19}(?!\d)", tn):
            if run != r["payee"]["account_no"]:
                err(w, f"account-like number {run} in text is not the payee account")
        for run in re.findall(r"(?<!\d)\d{20}(?!\d)", tn):
            if run != inv:
                err(w, f"invoice-like number {run} in text is not related.invoice_no")
        check_text_phones(err, w, tn)


def check_text_phones(err, w, t):
    for m in re.findall(r"(?<!\d)1[3-9]\d{9}(?!\d)", t):
        if not RE_MOBILE.match(m):
            err(w, f"mobile-like number {m} in text is not 1370000xxxx")
    for m in re.findall(r"(?<!\d)0\d{2,3}-\d{7,8}(?!\d)", t):
        if not RE_LANDLINE.match(m):
            err(w, f"landline-like number {m} in text is not area-0000xxx")


def check_order_shape(err, w, r):
    check_keys(err, w + ".request", r, ORD_KEYS)
    for k, keys in ORD_SUB.items():
        check_keys(err, f"{w}.{k}", r[k], keys)
    for k in ("record_id", "received_at", "total_amount"):
        if not r.get(k):
            err(w, f"missing {k}")
    if not r["customer"].get("name"):
        err(w, "customer.name is required")
    if not RE_TS.match(r["received_at"]):
        err(w, "received_at must be RFC 3339 with +08:00")
    if not RE_DATE.match(r["delivery"]["deadline"] or ""):
        err(w, "delivery.deadline must be YYYY-MM-DD")
    elif r["delivery"]["deadline"] < r["received_at"][:10]:
        err(w, "delivery deadline before the order")
    if r["currency"] != "CNY":
        err(w, "currency must be CNY")
    if r["channel"] not in CHANNELS:
        err(w, "bad order channel")
    c = r["customer"]
    check_contact(err, w, "customer.phone", c["phone"])
    if c["email"] is not None and not RE_EMAIL.fullmatch(c["email"]):
        err(w, "bad customer.email")
    if c["im_id"] is not None and not RE_WXID.fullmatch(c["im_id"]):
        err(w, "bad customer.im_id")
    if c["credit_code"] is not None and not RE_USCC.match(c["credit_code"]):
        err(w, "credit_code is not 18 characters of the USCC alphabet")
    total = Decimal(0)
    if not r["items"]:
        err(w, "no items")
    for i, it in enumerate(r["items"]):
        check_keys(err, f"{w}.items[{i}]", it, ITEM_KEYS)
        if not RE_QTY.match(it["quantity"]) or not RE_MONEY.match(it["unit_price"]):
            err(w, f"item {i}: quantity must be decimal, unit_price two-decimal")
            continue
        total += Decimal(it["quantity"]) * Decimal(it["unit_price"])
    if not RE_MONEY.match(r["total_amount"]):
        err(w, "total_amount must be a two-decimal string")
    elif Decimal(r["total_amount"]) != total:
        err(w, f"total_amount {r['total_amount']} != sum of items {total}")
    tp = r["third_party"]
    if tp is not None:
        check_keys(err, w + ".third_party", tp, TP_KEYS)
        if tp["role"] not in TP_ROLES:
            err(w, "bad third_party.role")
        if tp["amount"] is not None and not RE_MONEY.match(tp["amount"]):
            err(w, "third_party.amount must be two-decimal")
        check_contact(err, w, "third_party.contact", tp["contact"])
    if not isinstance(r["fees_requested"], list):
        err(w, "fees_requested must be a list")
    else:
        for f in r["fees_requested"]:
            check_keys(err, w + ".fees_requested[]", f, FEE_KEYS)
            if not RE_MONEY.match(f["amount"]):
                err(w, "fee amount must be two-decimal")
    for t in (r["notes"], r["payment_terms"]):
        tn = unicodedata.normalize("NFKC", t or "")
        check_text_phones(err, w, tn)
        if re.search(r"(?<!\d)\d{16,}(?!\d)", tn):
            err(w, "account-like number in order text")


def replay_tenant(err, tenant, lines, all_accounts):
    known_accts = {}          # account -> max amount paid in history
    vendor_names, vendor_phone = {}, {}
    hist_invoices, hist_contacts, known_domains = set(), set(), set()
    est_customers, est_names = set(), set()
    record_ids_so_far = set()
    used_invoices = {}
    for rec in lines:
        w = rec["id"]
        s = set(rec["signals"])
        r = rec["request"]
        legit = rec["label"] == "legit"
        dt = parse_ts(when(rec))
        expected = set()   # structural signals that must be present (iff)
        if off_hours(dt):
            expected.add("off_hours")
        msg = " ".join(message_texts(rec))
        alltext = " ".join(free_texts(rec))
        # evasion: present exactly when the spelling is there
        ev = {
            "evasion_fullwidth": bool(RE_FULLWIDTH_ALNUM.search(msg)),
            "evasion_traditional": any(c in TRAD_CHARS for c in msg),
            "evasion_spacing": bool(RE_SPACING.search(msg)),
            "evasion_symbols": bool(RE_SYMBOLS.search(msg)),
            "evasion_homophone": any(h in msg for h in HOMOPHONES),
            "evasion_pinyin": bool(RE_PINYIN.search(msg)),
        }
        for sig, present in ev.items():
            if present != (sig in s):
                err(w, f"{sig} {'missing' if present else 'given'} but the spelling is {'there' if present else 'absent'}")
        if rec["kind"] == "payment":
            p = r["payee"]
            ins = r["instruction"]
            acct = p["account_no"]
            # history is a slice of longer business: its payees are not "first time"
            if acct not in known_accts and rec["phase"] == "test":
                expected.add("first_time_payee")
            if p["account_type"] == "personal":
                expected.add("personal_account")
            if not r["approved_by"]:
                expected.add("no_approval")
            for chan, sig in (("im", "im_instruction"), ("email", "email_instruction"), ("phone", "phone_instruction"),
                              ("letter", "letter_instruction")):
                if ins["channel"] == chan:
                    expected.add(sig)
            ch = r["payee_account_changed_at"]
            if ch:
                delta = dt - parse_ts(ch)
                expected.add("account_changed_recent" if delta <= timedelta(days=30) else "account_changed_long_ago")
            vid = p["vendor_id"]
            if vid and vid in vendor_names and p["name"] not in vendor_names[vid]:
                expected.add("payee_name_mismatch")
            inv = r["related"]["invoice_no"]
            if inv and inv in hist_invoices:
                expected.add("duplicate_invoice")
            if inv and not legit and inv not in hist_invoices and inv in used_invoices:
                err(w, "invoice number reused")
            if inv and legit and inv in used_invoices:
                err(w, f"legitimate line reuses invoice {inv} of {used_invoices[inv]}")
            oid = r["related"]["order_id"]
            if oid:
                if oid in record_ids_so_far:
                    expected.add("sales_order_linked")
                elif re.match(r"^[A-Z]+-XS|^[A-Z]+-YD|^[A-Z]+-HT", oid):
                    err(w, f"order_id {oid} looks like a sales order but no earlier order has it")
            if acct in known_accts and Decimal(r["amount"]) >= 3 * known_accts[acct]:
                expected.add("large_vs_usual")
            fc = ins["from_contact"] or ""
            dom = email_domain(fc)
            if dom in FREE_MAIL:
                expected.add("free_mail")
            if dom and dom not in known_domains and any(0 < edit_distance(dom, k) <= 2 for k in known_domains):
                expected.add("lookalike_domain")
            # verification: call-back to the number on file
            v = r.get("verification")
            if v:
                on_file = vendor_phone.get(vid) if vid in vendor_phone else p["phone"]
                if v["callback_number"] != on_file:
                    err(w, f"call-back number {v['callback_number']} is not the number on file {on_file}")
                if v["callback_number"] and v["callback_number"] in ins["text"] and on_file is None:
                    err(w, "call-back to a number taken from the instruction")
            # semantic structural checks (presence => evidence)
            if "new_contact" in s and (ins["channel"] not in ("im", "email", "phone", "sms") or fc in hist_contacts):
                err(w, "new_contact needs an IM/e-mail/phone instruction from a contact not seen in history")
            if "unusual_bank_region" in s and CITY[tenant] in p["bank"]:
                err(w, "unusual_bank_region but the bank is in the company's own city")
            if "no_po_contract" in s and (r["related"]["contract_id"] or r["related"]["order_id"]):
                err(w, "no_po_contract but a contract or order is linked")
            if "split_payment" in s and not any(
                    o is not rec and o["kind"] == "payment" and o["request"]["payee"]["account_no"] == acct
                    and abs(parse_ts(when(o)) - dt) <= timedelta(hours=72) for o in lines):
                err(w, "split_payment without another payment to the same account within 72 h")
            if "vague_memo" in s and not has_cue("vague_memo", r["memo"] or ""):
                err(w, "vague_memo but the memo is specific")
            struct = {"first_time_payee", "personal_account", "no_approval", "im_instruction", "email_instruction",
                      "phone_instruction", "letter_instruction", "account_changed_recent", "account_changed_long_ago",
                      "payee_name_mismatch", "duplicate_invoice", "sales_order_linked", "large_vs_usual", "free_mail",
                      "lookalike_domain", "off_hours"}
            wrong_kind = s & ORDER_ONLY
            if wrong_kind:
                err(w, f"order-only signals on a payment: {sorted(wrong_kind)}")
            if ins["urgent"] and "urgency" not in s:
                err(w, "instruction.urgent is true but urgency is not signalled")
        else:
            c = r["customer"]
            if c["customer_id"] is None:
                expected.add("new_customer")
                if Decimal(r["total_amount"]) >= LARGE_FIRST_ORDER[tenant]:
                    expected.add("large_first_order")
            elif c["customer_id"] not in est_customers and rec["phase"] == "test":
                err(w, f"customer_id {c['customer_id']} has no earlier history order")
            if c["email"] is None and (c["phone"] is None or RE_MOBILE.match(c["phone"])):
                expected.add("contact_im_only")
            if c["credit_code"] is not None and not uscc_ok(c["credit_code"]):
                expected.add("invalid_credit_code")
            dom = email_domain(c["email"] or "")
            if dom in FREE_MAIL:
                expected.add("free_mail")
            if dom and dom not in known_domains and any(0 < edit_distance(dom, k) <= 2 for k in known_domains):
                expected.add("lookalike_domain")
            tp = r["third_party"]
            role_sig = {"designated_supplier": "designated_supplier", "refund_recipient": "refund_to_other_account",
                        "pass_through_payee": "account_lending_words"}
            if tp and tp["role"] in role_sig and role_sig[tp["role"]] not in s:
                err(w, f"third_party role {tp['role']} needs signal {role_sig[tp['role']]}")
            if r["fees_requested"] and "fee_asked_of_seller" not in s:
                err(w, "fees_requested needs fee_asked_of_seller")
            if "lookalike_company" in s and not any(0 < edit_distance(c["name"], n) <= 2 for n in est_names):
                err(w, "lookalike_company but no established customer has a near-identical name")
            struct = {"new_customer", "large_first_order", "contact_im_only", "invalid_credit_code", "free_mail",
                      "lookalike_domain", "off_hours"}
            wrong_kind = s & PAYMENT_ONLY
            if wrong_kind:
                err(w, f"payment-only signals on an order: {sorted(wrong_kind)}")
        for sig in struct:
            if (sig in expected) != (sig in s):
                err(w, f"{sig} {'missing' if sig in expected else 'not supported by the structure/history'}")
        # wording cues
        for sig in s:
            if sig in CUES and sig not in struct and sig not in ("vague_memo",):
                if sig in ("fee_asked_of_seller", "designated_supplier", "refund_to_other_account",
                           "account_lending_words") and rec["kind"] == "order" and (
                        r["fees_requested"] or r["third_party"]):
                    continue
                if sig == "urgency" and rec["kind"] == "payment" and r["instruction"]["urgent"]:
                    continue
                if not has_cue(sig, alltext):
                    err(w, f"{sig} signalled but no cue for it in the text")
        if legit and s & LEGIT_FORBIDDEN:
            err(w, f"legitimate line carries red flags that cannot be innocent: {sorted(s & LEGIT_FORBIDDEN)}")
        # notes
        note = rec["note"]
        if rec["phase"] == "history":
            if not note.startswith("Routine:"):
                err(w, "history notes start with 'Routine:'")
        elif legit:
            want = "Hard negative:" if s else "Routine:"
            if not note.startswith(want):
                err(w, f"legitimate test line with {'signals' if s else 'no signals'} must start with {want!r}")
        else:
            if note.startswith(("Routine:", "Hard negative:")):
                err(w, "scam note with a legitimate prefix")
            if note.startswith("Structural only:") and s & set(SIG_WORDING + SIG_EVASION):
                err(w, "'Structural only:' scam carries wording signals")
        # expect
        exp = derive_expect(rec)
        if exp != rec["expect"]:
            err(w, f"expect {rec['expect']} but the README rules give {exp}")
        # ---- update history after the line
        if rec["kind"] == "payment":
            inv = r["related"]["invoice_no"]
            if inv:
                used_invoices.setdefault(inv, w)
        else:
            record_ids_so_far.add(r["record_id"])
        if rec["phase"] == "history":
            if rec["kind"] == "payment":
                p = r["payee"]
                a = Decimal(r["amount"])
                known_accts[p["account_no"]] = max(known_accts.get(p["account_no"], Decimal(0)), a)
                if p["vendor_id"]:
                    vendor_names.setdefault(p["vendor_id"], set()).add(p["name"])
                    vendor_phone.setdefault(p["vendor_id"], p["phone"])
                if r["related"]["invoice_no"]:
                    hist_invoices.add(r["related"]["invoice_no"])
                fc = r["instruction"]["from_contact"]
                if fc:
                    hist_contacts.add(fc)
                    if email_domain(fc):
                        known_domains.add(email_domain(fc))
            else:
                c = r["customer"]
                if c["customer_id"]:
                    est_customers.add(c["customer_id"])
                est_names.add(c["name"])
                if email_domain(c["email"] or ""):
                    known_domains.add(email_domain(c["email"]))


def check_sample(err, recs):
    digests, names = set(SAMPLE_DIGESTS), set(SAMPLE_NAME_DIGESTS)
    for cand in (os.environ.get("HOLDOUT8_SAMPLE"), os.path.join(HERE, "..", "..", "..", "..", "shared", "corpus", "sample.jsonl")):
        if cand and os.path.isfile(cand):
            d, n = sample_digests_from(cand)
            digests |= d
            names |= n
            sentences = sample_sentences_from(cand)
            for rec in recs:
                texts = free_texts(rec) + [rec["note"]]
                for sent in sentences:
                    if any(sent in t for t in texts):
                        err(rec["id"], f"sample sentence {sent!r} appears in the text")
            break
    if not digests:
        err("sample", "no sample digests available")
        return
    for rec in recs:
        for cat, v in identifiers(rec):
            if digest(cat, v) in digests:
                err(rec["id"], f"{cat} {v!r} is reused from sample.jsonl")
        for t in free_texts(rec):
            for cat, v in tokens_in_text(t):
                if digest(cat, v) in digests:
                    err(rec["id"], f"{cat} {v!r} in the text is reused from sample.jsonl")
            for L in SAMPLE_NAME_LENGTHS:
                for i in range(0, max(0, len(t) - L + 1)):
                    if digest("namepart", t[i:i + L]) in names:
                        err(rec["id"], f"sample name {t[i:i + L]!r} appears in the text")


def report(err, recs):
    if err.items:
        for e in err.items:
            print("FAIL", e)
        print(f"\n{len(err.items)} problem(s) in {len(recs)} lines")
        return 1
    summary(recs)
    print("\nOK: all checks passed")
    return 0


def summary(recs):
    from collections import Counter
    print(f"{len(recs)} lines")
    c = Counter((x["tenant"], x["phase"], x["kind"]) for x in recs)
    for t in TENANTS:
        row = ", ".join(f"{ph} {k} {c[(t, ph, k)]}" for ph in ("history", "test") for k in ("payment", "order"))
        print(f"  {t:9s} {row}")
    test = [x for x in recs if x["phase"] == "test"]
    print("test expect:", dict(Counter(x["expect"] for x in test)))
    print("test kind:", dict(Counter(x["kind"] for x in test)), " all kinds:", dict(Counter(x["kind"] for x in recs)))
    legit = [x for x in test if x["label"] == "legit"]
    hn = [x for x in legit if x["note"].startswith("Hard negative:")]
    print(f"legit test lines {len(legit)}/{len(test)} ({100 * len(legit) / len(test):.1f} %), hard negatives {len(hn)}")
    print("scam types:", dict(sorted(Counter((x["scam_type"], x["expect"]) for x in test if x["label"] == "scam").items())))
    surf = [x["id"] for x in legit if hard_block_pattern(x)]
    print(f"legitimate lines whose signals alone match a README block pattern: {len(surf)} {surf}")
    sc = Counter(s for x in legit for s in x["signals"])
    print("signals on legitimate test lines:", dict(sc.most_common()))


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--sample-digests":
        d, n = sample_digests_from(sys.argv[2])
        print("IDS", " ".join(sorted(d)))
        print("NAMES", " ".join(sorted(n)))
        sys.exit(0)
    sys.exit(validate(CORPUS))
