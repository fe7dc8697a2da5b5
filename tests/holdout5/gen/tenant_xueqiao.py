"""Tenant `xueqiao`: 温宿县雪桥果仁食品有限公司 (fictitious).

A walnut-kernel and dried-fruit processor in Wensu county, Aksu prefecture (southern
Xinjiang).  Buys walnuts and red dates from farmers' cooperatives, hires seasonal
sorters and date pickers, and sells to wholesalers, supermarket chains, online shops,
school and hospital canteens and state-owned companies.

History: September-October 2026.  Test: November-December 2026.
"""
from common import (H, L, S, Tenant, acct, landline, mobile, uscc, wxid, invoice)

KEY = "xueqiao"
PAYER_NAME = "温宿县雪桥果仁食品有限公司"
PAYER_ACCT = acct("xq-basic", "30852", 17)

# Staff (employee ids used in requested_by / approved_by)
CASHIER = "E3101"      # 米热古丽·买买提, cashier
ACCOUNTANT = "E3102"   # 周海燕, chief accountant
GM = "E3100"           # 韩立新, general manager
SALES_MGR = "E3103"    # 蔡文涛, sales manager
SALES = "E3104"        # 王磊, sales clerk
ECOM = "E3105"         # 杨帆, e-commerce operations
HR = "E3106"           # 热娜古丽, HR and attendance

BOSS_WX = wxid("xq-boss-hanlixin")

# ---------------------------------------------------------------------------
# Vendor master
# ---------------------------------------------------------------------------
V_WALNUT = {"name": "温宿县佳木绿洲核桃种植专业合作社",
            "account_no": acct("xq-v01", "88070", 18),
            "bank": "新疆温宿农村商业银行佳木支行", "account_type": "corporate",
            "vendor_id": "V-XQ01", "phone": landline("0997", "xq-v01")}
V_PACK = {"name": "阿克苏恒彩包装印务有限公司",
          "account_no": acct("xq-v02", "65050159", 19),
          "bank": "中国建设银行阿克苏新华路支行", "account_type": "corporate",
          "vendor_id": "V-XQ02", "phone": landline("0997", "xq-v02")}
V_COLD_OLD = {"name": "新疆天途冷链物流有限公司",
              "account_no": acct("xq-v03-old", "30801", 17),
              "bank": "中国农业银行阿克苏分行营业部", "account_type": "corporate",
              "vendor_id": "V-XQ03", "phone": landline("0997", "xq-v03")}
V_COLD_NEW = dict(V_COLD_OLD, account_no=acct("xq-v03-new", "65050162", 19),
                  bank="中国建设银行阿克苏西大街支行")
V_POWER = {"name": "温宿县城乡供电服务有限公司",
           "account_no": acct("xq-v04", "30240617", 19),
           "bank": "中国工商银行温宿县支行", "account_type": "corporate",
           "vendor_id": "V-XQ04", "phone": landline("0997", "xq-v04")}
V_DATES = {"name": "阿瓦提县枣香林果专业合作社",
           "account_no": acct("xq-v05", "30866", 17),
           "bank": "中国农业银行阿瓦提县支行", "account_type": "corporate",
           "vendor_id": "V-XQ05", "phone": landline("0997", "xq-v05")}
V_PLATFORM = {"name": "杭州鲜集网络科技有限公司",
              "account_no": acct("xq-v07", "5719", 16),
              "bank": "招商银行杭州未来科技城支行", "account_type": "corporate",
              "vendor_id": "V-XQ07", "phone": landline("0571", "xq-v07")}
V_WAGES = {"name": "中国农业银行温宿县支行代发过渡户",
           "account_no": acct("xq-wage", "30852", 17),
           "bank": "中国农业银行温宿县支行", "account_type": "corporate",
           "vendor_id": "WAGE-XQ", "phone": None}
V_TAX = {"name": "国家金库温宿县支库", "account_no": acct("xq-tax", "65292", 17),
         "bank": "国家金库温宿县支库", "account_type": "corporate",
         "vendor_id": "TAX-XQ", "phone": None}

# ---------------------------------------------------------------------------
# Customer master (established customers carry customer_id)
# ---------------------------------------------------------------------------
C_WHOLESALE = {"name": "乌鲁木齐丝路果源商贸有限公司",
               "credit_code": uscc("91", "650104", "xq-c01"),
               "contact_name": "祁经理", "phone": landline("0991", "xq-c01"),
               "email": "qijl@slgy-trade.cn", "im_id": None, "customer_id": "C-XQ01"}
C_MARKET = {"name": "昌吉惠民优选超市连锁有限公司",
            "credit_code": uscc("91", "652301", "xq-c02"),
            "contact_name": "赵敏", "phone": landline("0994", "xq-c02"),
            "email": "zhaomin@hmyx-market.com", "im_id": None, "customer_id": "C-XQ02"}
C_ESHOP = {"name": "杭州果悦电子商务有限公司",
           "credit_code": uscc("91", "330110", "xq-c03"),
           "contact_name": "林珊", "phone": landline("0571", "xq-c03"),
           "email": "linshan@guoyue-ec.com", "im_id": None, "customer_id": "C-XQ03"}
C_SCHOOL = {"name": "温宿县托峰中学", "credit_code": uscc("12", "652922", "xq-c04"),
            "contact_name": "吾斯曼（后勤处）", "phone": landline("0997", "xq-c04"),
            "email": None, "im_id": None, "customer_id": "C-XQ04"}
C_HOSPITAL = {"name": "阿克苏博仁医院有限公司",
              "credit_code": uscc("91", "652901", "xq-c05"),
              "contact_name": "古丽巴哈尔（总务科）", "phone": landline("0997", "xq-c05"),
              "email": "zwk@akboren-hospital.com", "im_id": None, "customer_id": "C-XQ05"}
C_SHOP = {"name": "阿克苏市百果汇干果商行", "credit_code": uscc("92", "652901", "xq-c06"),
          "contact_name": "热合曼", "phone": mobile("xq-c06"), "email": None,
          "im_id": wxid("xq-c06"), "customer_id": "C-XQ06"}

WH_ADDR = "乌鲁木齐市新市区北园春干果市场C区17号库"


def erp(text, who="米热古丽"):
    return {"channel": "erp", "from_name": who, "from_contact": None, "text": text}


def build() -> Tenant:
    t = Tenant(KEY, "XQ", PAYER_ACCT, PAYER_NAME)
    inv = {}

    def I(k):
        inv.setdefault(k, invoice("xq-" + k))
        return inv[k]

    # =======================================================================
    # HISTORY (September - October 2026)
    # =======================================================================
    t.pay("2026-09-01 11:20", H("Walnut purchase from the regular growers' cooperative."),
          V_WALNUT, "386400", "货款", "185核桃干果收购款（46吨）",
          **erp(f"金蝶付款申请单：佳木绿洲合作社｜185核桃干果46吨×8400元｜合同XQ-CG-2026-031｜发票{I('h1')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-031",
          invoice_no=I("h1"))
    t.order("2026-09-02 15:40", H("Walnut-kernel order from the established Urumqi wholesaler on its usual credit terms."),
            C_WHOLESALE, [("核桃仁（185一级白仁）", "8", "吨", "52000")], channel="email",
            address=WH_ADDR, deadline="2026-09-08", terms="月结45天",
            notes="中秋备货，按框架合同单价，分两车发北园春仓库。")
    t.pay("2026-09-03 16:05", H("Gift boxes and vacuum bags from the regular packaging printer (account re-keyed in July)."),
          V_PACK, "58300", "货款", "核桃礼盒及真空包装袋",
          **erp(f"金蝶付款申请单：恒彩包装｜礼盒3000套、真空袋2万只｜合同XQ-CG-2026-024｜发票{I('h3')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-CG-2026-024",
          invoice_no=I("h3"), changed_at="2026-07-08 15:30")
    t.order("2026-09-04 12:30", H("Prepaid gift-box order from the established online shop."),
            C_ESHOP, [("纸皮核桃2.5kg礼盒", "1500", "盒", "68")], channel="email",
            address="杭州市余杭区仓前街道果悦电商仓", deadline="2026-09-12",
            terms="款到发货（已到账）", notes="中秋档期备货，货款已付，整车发杭州仓，随车带合格证。")
    t.pay("2026-09-08 11:45", H("Freight to the regular cold-chain carrier."),
          V_COLD_OLD, "24650", "运费", "8月干果外运运费（阿克苏—乌鲁木齐、杭州）",
          **erp(f"金蝶付款申请单：天途冷链｜8月运费对账单｜合同XQ-WL-2026-003｜发票{I('h5')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-WL-2026-003",
          invoice_no=I("h5"))
    t.pay("2026-09-09 18:10", H("Monthly payroll through the bank's payroll clearing account."),
          V_WAGES, "221560", "工资", "8月工资代发（37人）",
          **erp("金蝶付款申请单：8月工资代发37人，工资表经人事和总经理签字"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])
    t.pay("2026-09-11 17:30", H("A seasonal sorter's final wage paid to her own bank card."),
          {"name": "阿不都热依木·买买提", "account_no": acct("xq-sorter1", "6228", 19),
           "bank": "中国农业银行温宿县支行", "account_type": "personal", "vendor_id": None,
           "phone": None},
          "3840", "工资", "季节分拣工工资结算（8月20日—9月10日）",
          **erp("钉钉审批（人事）：季节分拣工离场结算，出勤24天×160元，户名与身份证一致", "热娜古丽"),
          requested_by=HR, approved_by=[ACCOUNTANT])
    t.order("2026-09-14 12:10", H("Red-date and kernel order from the established supermarket chain."),
            C_MARKET, [("骏枣（特级）", "3", "吨", "24000"), ("核桃仁（185一级白仁）", "1", "吨", "54000")],
            channel="erp", address="昌吉市惠民优选配送中心", deadline="2026-09-18",
            terms="月结30天（对账后）", notes="中秋档期补货，按年度框架合同价格。")
    t.pay("2026-09-16 16:20", H("Dried-date purchase from the regular date cooperative."),
          V_DATES, "268800", "货款", "灰枣收购款（28吨）",
          **erp(f"金蝶付款申请单：枣香林果合作社｜灰枣28吨×9600元｜合同XQ-CG-2026-035｜发票{I('h9')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-035",
          invoice_no=I("h9"))
    t.order("2026-09-17 11:05", H("School canteen order placed through the government procurement e-mall."),
            C_SCHOOL, [("红枣（骏枣一级）", "600", "公斤", "26"), ("核桃仁（185一级白仁）", "200", "公斤", "58")],
            channel="other", address="温宿县托峰中学食堂库房", deadline="2026-09-23",
            terms="验收合格后国库集中支付",
            notes="政府采购电子卖场订单ZC-652922-0917-006，学生营养餐食材，送货附检验报告。")
    t.pay("2026-09-21 15:30", H("Monthly electricity bill."),
          V_POWER, "46870.50", "电费", "8月生产用电",
          **erp("金蝶付款申请单：8月电费（烘干线、冷库），供电公司电费通知单"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT])
    t.order("2026-09-22 12:40", H("Hospital canteen order from an established customer on agreed terms."),
            C_HOSPITAL, [("核桃仁（185一级白仁）", "300", "公斤", "58"), ("红枣（骏枣一级）", "400", "公斤", "26")],
            channel="email", address="阿克苏市博仁医院职工食堂", deadline="2026-09-28",
            terms="验收后60天付款", notes="职工食堂及营养科9—10月用量。")
    t.pay("2026-09-24 11:30", H("Monthly VAT by tripartite debit to the treasury."),
          V_TAX, "38412.66", "税款", "8月增值税及附加",
          **erp("电子税务局三方协议扣款：8月增值税及附加税费"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT])
    t.pay("2026-09-28 16:45", H("Walnut purchase from the regular growers' cooperative."),
          V_WALNUT, "442000", "货款", "185核桃干果收购款（52吨）",
          **erp(f"金蝶付款申请单：佳木绿洲合作社｜185核桃干果52吨×8500元｜合同XQ-CG-2026-031｜发票{I('h14')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-031",
          invoice_no=I("h14"))
    t.order("2026-09-29 17:20", H("Post-holiday kernel order from the established wholesaler."),
            C_WHOLESALE, [("核桃仁（185一级白仁）", "10", "吨", "51500")], channel="email",
            address=WH_ADDR, deadline="2026-10-10", terms="月结45天",
            notes="国庆后首批，节后第一个工作日发车。")
    t.pay("2026-10-09 11:50", H("Packaging from the regular printer."),
          V_PACK, "41200", "货款", "杏干自立袋及外箱",
          **erp(f"金蝶付款申请单：恒彩包装｜自立袋、瓦楞外箱｜合同XQ-CG-2026-024｜发票{I('h16')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-CG-2026-024",
          invoice_no=I("h16"), changed_at="2026-07-08 15:30")
    t.pay("2026-10-12 15:10", H("Monthly technical-service fee to the e-commerce platform under contract."),
          V_PLATFORM, "18640", "服务费", "9月平台技术服务费",
          **erp(f"金蝶付款申请单：鲜集平台｜9月技术服务费｜协议XQ-DS-2026-002｜发票{I('h17')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-DS-2026-002",
          invoice_no=I("h17"))
    t.order("2026-10-13 12:20", H("Prepaid order from the established online shop."),
            C_ESHOP, [("小白杏干500g袋装", "2000", "袋", "22.50"), ("纸皮核桃2.5kg礼盒", "800", "盒", "68")],
            channel="email", address="杭州市余杭区仓前街道果悦电商仓", deadline="2026-10-20",
            terms="款到发货（已到账）", notes="双十一预热备货，款已付。")
    t.pay("2026-10-15 18:30", H("Monthly payroll through the bank's payroll clearing account."),
          V_WAGES, "236900", "工资", "9月工资代发（39人）",
          **erp("金蝶付款申请单：9月工资代发39人，工资表经人事和总经理签字"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])
    t.order("2026-10-16 12:00", H("Small prepaid order from an established dried-fruit shop that orders over WeChat."),
            C_SHOP, [("核桃仁（185一级白仁）", "500", "公斤", "56")], channel="im",
            address="阿克苏市天润农产品批发市场百果汇商行", deadline="2026-10-17",
            terms="款到发货（对公转账）", notes="老样子，款从商行账户转了，明天自提。")
    t.pay("2026-10-20 16:10", H("Dried-date purchase from the regular date cooperative."),
          V_DATES, "294000", "货款", "灰枣收购款（30吨）",
          **erp(f"金蝶付款申请单：枣香林果合作社｜灰枣30吨×9800元｜合同XQ-CG-2026-035｜发票{I('h21')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-035",
          invoice_no=I("h21"))
    t.pay("2026-10-23 12:15", H("First freight payment to the carrier's new account after a stamped change letter and a call-back to the number on file."),
          V_COLD_NEW, "18960", "运费", "9月运费（新账户）",
          **erp(f"金蝶付款申请单：天途冷链｜9月运费｜合同XQ-WL-2026-003｜发票{I('h22')}｜账户变更函10月19日收到原件，已回拨档案电话确认"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-WL-2026-003",
          invoice_no=I("h22"), changed_at="2026-10-19 16:00",
          verification={"callback_done": True, "callback_number": V_COLD_OLD["phone"],
                        "verified_by": ACCOUNTANT, "verified_at": "2026-10-20 11:10"})
    t.order("2026-10-26 11:40", H("Red-date and kernel order from the established supermarket chain."),
            C_MARKET, [("骏枣（特级）", "4", "吨", "24000"), ("核桃仁（185一级白仁）", "1.5", "吨", "54000")],
            channel="erp", address="昌吉市惠民优选配送中心", deadline="2026-10-30",
            terms="月结30天（对账后）", notes="11月促销档期补货。")
    t.pay("2026-10-28 16:30", H("Walnut purchase from the regular growers' cooperative."),
          V_WALNUT, "301000", "货款", "185核桃干果收购款（35吨）",
          **erp(f"金蝶付款申请单：佳木绿洲合作社｜185核桃干果35吨×8600元｜合同XQ-CG-2026-031｜发票{I('h24')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-031",
          invoice_no=I("h24"))

    # =======================================================================
    # TEST (November - December 2026)
    # =======================================================================
    # -- 11-02 legit: second payment to a carrier account changed 14 days ago ----
    t.pay("2026-11-02 11:30",
          L("Hard negative: Second freight payment to the cold-chain carrier's new account, which was changed on a stamped letter, confirmed by call-back and already paid once in October.",
            ["account_changed_recent"]),
          V_COLD_NEW, "31720", "运费", "10月干果外运运费",
          **erp(f"金蝶付款申请单：天途冷链｜10月运费对账单（双方盖章）｜合同XQ-WL-2026-003｜发票{I('t1')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-WL-2026-003",
          invoice_no=I("t1"), changed_at="2026-10-19 16:00")

    # -- 11-03 scam: fake purchaser, self-styled government canteen ----------------
    t.order("2026-11-03 15:20",
            S("fake_purchaser", "flag",
              ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
               "far_delivery", "contact_im_only"],
              "A 'prefecture government canteen' buyer known only by WeChat orders 455k of kernels and dates on year-end credit, to be shipped to a transit warehouse in Kashgar rather than to Aksu."),
            {"name": "阿克苏地区直属机关事务服务中心", "credit_code": None, "contact_name": "马主任",
             "phone": mobile("xq-fp1"), "email": None, "im_id": wxid("xq-fp1"), "customer_id": None},
            [("核桃仁（一级）", "6", "吨", "55000"), ("骏枣（特级）", "5", "吨", "25000")],
            channel="im", address="喀什市经济开发区远航物流园12号库", deadline="2026-11-06",
            terms="年底财政资金下达后统一结算",
            notes="我们是地直机关食堂统一采购，元旦春节职工福利，量比较大，价格就按你报的，不用再压了。\n"
                  "货先发到喀什那边的中转库，我们统一分装再拉回来。\n"
                  "钱是财政的，年底下来一次性给你们结清。合同我这边盖好章拍照发你，你们先备货。")

    # -- 11-04 legit: new school through the procurement e-mall -------------------
    t.order("2026-11-04 11:10",
            L("Hard negative: A new primary school orders through the government procurement e-mall and pays from the treasury after acceptance.",
              ["new_customer", "institution_claim", "credit_terms_requested"]),
            {"name": "温宿县第二实验小学", "credit_code": uscc("12", "652922", "xq-l-school2"),
             "contact_name": "李娜（总务处）", "phone": landline("0997", "xq-l-school2"),
             "email": "zwc@wsdesyxx.edu.cn", "im_id": None, "customer_id": None},
            [("红枣（骏枣一级）", "800", "公斤", "25"), ("核桃仁（185一级白仁）", "300", "公斤", "58")],
            channel="other", address="温宿县第二实验小学食堂库房", deadline="2026-11-09",
            terms="验收合格后通过国库集中支付（30日内）",
            notes="自治区政府采购电子卖场订单ZC-652922-1104-021，学生营养改善计划食材。"
                  "送货时请带检验报告和发票，由总务处和食堂两人共同验收签字。")

    # -- 11-05 scam: fake order, platform 'merchant deposit' (full-width) ---------
    t.order("2026-11-05 16:40",
            S("fake_order", "flag",
              ["new_customer", "large_first_order", "fee_asked_of_seller", "deposit_words", "urgency",
               "contact_im_only", "evasion_fullwidth"],
              "A new 'group-buying' customer says its payment is frozen on a platform until the seller pays a 5,000 'merchant protection deposit' to the platform's 'customer service'; the key words are typed in full-width letters and digits."),
            {"name": "深圳鲜货优选供应链有限公司", "credit_code": uscc("91", "440306", "xq-fo3"),
             "contact_name": "陈经理", "phone": mobile("xq-fo3"), "email": None,
             "im_id": wxid("xq-fo3"), "customer_id": None},
            [("纸皮核桃2.5kg礼盒", "3000", "盒", "66")],
            channel="im", address="深圳市宝安区福海街道鲜货优选分拣仓", deadline="2026-11-12",
            terms="平台担保交易（买家称已付款至平台）",
            fees=[("平台商家保障保证金", "5000")],
            notes="陈经理：货款198000已经付到平台了，平台那边显示你们店铺没开通商家保障，钱被冻结了。\n"
                  "平台客服小周：您好，贵司需缴纳商家保障ｂｚｊ５０００元，开通后买家货款自动解冻到贵司对公账户，ｂｚｊ可随时申请退回。"
                  "请在今天１８：００前完成，逾期订单将自动取消。\n"
                  "陈经理：你们赶紧交一下，我这边急着要货，超市那边等着上架。")

    # -- 11-06 legit: established supermarket, large holiday order on credit -----
    t.order("2026-11-06 12:20",
            L("Hard negative: The established supermarket chain places its largest order of the year on its usual 30-day terms under the framework contract.",
              ["large_vs_usual", "credit_terms_requested"]),
            C_MARKET,
            [("骏枣（特级）", "12", "吨", "24000"), ("核桃仁（185一级白仁）", "5", "吨", "54000"),
             ("纸皮核桃2.5kg礼盒", "2000", "盒", "66")],
            channel="erp", address="昌吉市惠民优选配送中心", deadline="2026-11-30",
            terms="月结30天（对账后）",
            notes="元旦春节年货备货，按年度框架合同XQ-XS-2026-008价格，分三批送配送中心，每批到货后对账。")

    # -- 11-09 scam: boss impersonation, balance probe, hard block --------------
    t.pay("2026-11-09 10:50",
          S("boss_impersonation", "block",
            ["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call",
             "bypass_process", "secrecy_words", "first_time_payee", "no_approval", "deposit_words",
             "urgency", "evasion_symbols"],
            "A fake GM in a newly created WeChat group asks for the available balance, then orders a 480k 'acquisition deposit' to an unknown Kashgar company, with an emoji and a zero-width space inside the key words."),
          {"name": "喀什瀚海农业发展有限公司", "account_no": acct("xq-bi1", "6214", 19),
           "bank": "中国光大银行喀什分行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "480000", "保证金", "收购项目保证金",
          channel="im", from_name="韩立新", from_contact=wxid("xq-bi1-fake"),
          text="【雪桥公司管理层】群\n"
               "韩立新：@米热古丽 公司账上现在能动的钱有多少？截个图发群里\n"
               "米热古丽：基本户可用61万多，截图发了\n"
               "韩立新：好。我在地区开会，不方便接电话。跟喀什那边谈的收购项目定了，今天要先付48万保💰证金，账户我私发你，直接转\u200b过去，回单发群里\n"
               "韩立新：手续回来再补，这事先别在公司里讲",
          urgent=True, requested_by=CASHIER, approved_by=[])

    # -- 11-10 legit: seasonal picker paid to her own card -----------------------
    t.pay("2026-11-10 16:30",
          L("Hard negative: A seasonal date picker's final wage is paid to a bank card in her own name after HR checked ID and attendance.",
            ["personal_account", "first_time_payee"]),
          {"name": "吐尔逊古丽·艾买提", "account_no": acct("xq-picker2", "6228", 19),
           "bank": "中国农业银行温宿县支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "4680", "工资", "拾枣季节工工资结算（10月12日—11月8日）",
          **erp("钉钉审批（人事）：季节工离场结算，考勤26天×180元，本人工资卡，户名与身份证一致，人事已核对", "热娜古丽"),
          requested_by=HR, approved_by=[ACCOUNTANT])

    # -- 11-11 scam: fake order, army buyer, designated supplier (spacing) -------
    fo1 = t.order("2026-11-11 12:00",
            S("fake_order", "block",
              ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item",
               "evasion_spacing"],
              "A caller posing as an armed-police unit orders New-Year gifts, then asks the company to buy 300 cases of self-heating rations from a 'usual supplier' and pay him first, settling together later; the payment word is spaced out."),
            {"name": "武警某支队后勤处", "credit_code": None, "contact_name": "张助理员",
             "phone": mobile("xq-fo1"), "email": None, "im_id": wxid("xq-fo1"), "customer_id": None},
            [("核桃仁（一级）", "1", "吨", "56000"), ("骏枣礼盒（2kg）", "600", "盒", "80")],
            channel="phone", address="阿克苏市郊某营区（到达后电话联系）", deadline="2026-11-14",
            terms="部队对公转账（财务审批中）",
            third_party={"name": "乌鲁木齐军供食品经营部", "contact": mobile("xq-fo1-tp") + " 刘老板",
                         "role": "designated_supplier", "amount": "38400"},
            notes="张助理员：官兵元旦慰问品就定你们的核桃和枣了。\n"
                  "另外我们还要300箱单兵自热米饭，一直是乌鲁木齐军供食品经营部刘老板供货，之前跟他闹了点不愉快，不方便直接找他，"
                  "麻烦你们帮忙采购一下，先 垫 付 38400 给他，我们部队对公一起结给你们，财务明天就走流程。\n"
                  "采购清单盖了后勤专用章，照片已经发你微信了。",
            rid="XQ-DD-20261111-51")

    # -- 11-12 scam: the payment side of the same fake order ---------------------
    t.pay("2026-11-12 17:10",
          S("fake_order", "block",
            ["designated_supplier", "sales_order_linked", "personal_account", "first_time_payee",
             "phone_instruction", "urgency", "institution_claim"],
            "The sales clerk asks finance to pay 38.4k to the 'designated supplier's' personal card for the army order before any money has come in from the 'unit'."),
          {"name": "刘建军", "account_no": acct("xq-fo1-pay", "6217", 19),
           "bank": "中国建设银行乌鲁木齐友好路支行", "account_type": "personal", "vendor_id": None,
           "phone": mobile("xq-fo1-tp")},
          "38400", "代采购货款", "武警支队订单代采自热米饭300箱",
          channel="phone", from_name="张助理员", from_contact=mobile("xq-fo1"),
          text="电话记录（销售部 王磊）：武警支队张助理员来电催货，说自热米饭今天必须发车，让我们先把38400转给刘老板个人卡，"
               "部队的货款连同核桃款明天一起打过来。",
          urgent=True, requested_by=SALES, approved_by=[ACCOUNTANT], order_id=fo1["record_id"])

    # -- 11-13 legit: large first order from Guangzhou, prepaid and cleared ------
    t.order("2026-11-13 11:25",
            L("Hard negative: A new Guangzhou wholesaler's 1.77m first order is paid in full from its own company account and confirmed by the bank before shipping.",
              ["new_customer", "large_first_order", "far_delivery"]),
            {"name": "广州岭南干果贸易有限公司", "credit_code": uscc("91", "440111", "xq-l-gz"),
             "contact_name": "冯经理", "phone": landline("020", "xq-l-gz"),
             "email": "fengjl@lnganguo.com", "im_id": None, "customer_id": None},
            [("核桃仁（一级）", "30", "吨", "51000"), ("骏枣（特级）", "10", "吨", "23500")],
            channel="email", address="广州市白云区江高镇岭南干果冷库", deadline="2026-11-25",
            terms="全款预付（11月12日已到账，银行回单已核）",
            notes="首次合作，按贵司报价单XQ-BJ-1106执行。全款176.5万元已由我司对公账户汇入贵司农行基本户，贵司财务已确认到账。"
                  "要求铁路集装箱发运，随货附检验报告。")

    # -- 11-16 scam: account change, structural only ---------------------------
    t.pay("2026-11-16 15:45",
          S("account_change", "block",
            ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
            "Structural only: The date cooperative's bank account was re-keyed six days ago with no call-back on record, and the first payment to it, 305k at a bank in another prefecture, is an otherwise ordinary ERP request."),
          dict(V_DATES, account_no=acct("xq-ac1-new", "6230", 19), bank="新疆伊犁农村商业银行伊宁市支行"),
          "305000", "货款", "灰枣收购尾款（31吨）",
          **erp(f"金蝶付款申请单：枣香林果合作社｜灰枣尾款31吨｜合同XQ-CG-2026-035｜发票{I('t9')}"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-035",
          invoice_no=I("t9"), changed_at="2026-11-10 18:20")

    # -- 11-17 legit: online shop names the company's own packaging maker ------
    t.order("2026-11-17 12:30",
            L("Hard negative: The established online shop, already paid up, asks for gift boxes from the company's own regular packaging printer.",
              ["designated_supplier"]),
            C_ESHOP,
            [("纸皮核桃2.5kg礼盒", "2500", "盒", "68"), ("小白杏干500g袋装", "1500", "袋", "22.50")],
            channel="email", address="杭州市余杭区仓前街道果悦电商仓", deadline="2026-11-28",
            terms="款到发货（已到账）",
            notes="年货节订单，礼盒请统一用恒彩包装印的'天山印象'款（就是你们一直用的那家），外箱加印我们店铺logo，"
                  "费用已含在单价里。货款20.375万元已付，请财务查收。")

    # -- 11-18 scam: look-alike of the established wholesaler, structural only --
    t.order("2026-11-18 11:15",
            S("fake_purchaser", "flag",
              ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
               "contact_mismatch", "free_mail"],
              "Structural only: A company named one character away from the established Urumqi wholesaler, with a free-mail address and a mobile instead of the known landline, orders 624k of kernels on 60-day credit to a different warehouse."),
            {"name": "乌鲁木齐丝路果缘商贸有限公司", "credit_code": uscc("91", "650109", "xq-fp2"),
             "contact_name": "祁经理", "phone": mobile("xq-fp2"), "email": "slgy_trade@163.com",
             "im_id": None, "customer_id": None},
            [("核桃仁（185一级白仁）", "12", "吨", "52000")],
            channel="email", address="乌鲁木齐市米东区古牧地物流园B3库", deadline="2026-11-22",
            terms="月结60天", notes="年底追加，价格同上批，账期按60天，货发米东新仓。")

    # -- 11-18 legit: performance bond to the established school under a published contract
    t.pay("2026-11-18 16:30",
          L("Hard negative: A 2% performance bond required by a published government procurement contract is paid to the established school customer's own account named in the contract.",
            ["deposit_words", "first_time_payee"]),
          {"name": C_SCHOOL["name"], "account_no": acct("xq-l-school-acct", "30852", 17),
           "bank": "中国农业银行温宿县支行", "account_type": "corporate", "vendor_id": None,
           "phone": C_SCHOOL["phone"]},
          "9720", "履约保证金", "托峰中学2027年春季营养餐干果供应合同履约保证金（合同金额2%）",
          **erp("钉钉付款申请：托峰中学2027年春季学期营养餐干果供应项目（政府采购合同ZC-652922-2026-1102，成交结果已在政府采购网公告），"
                "合同约定供应商签约后10日内向采购人缴纳合同金额2%的履约保证金，付至合同载明的学校对公账户，验收合格后无息退还；"
                "销售部已到学校总务处当面核对账户"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="ZC-652922-2026-1102")

    # -- 11-19 scam: contract fraud, 'national project' performance bond -------
    t.pay("2026-11-19 16:20",
          S("contract_fraud", "flag",
            ["deposit_words", "bigproject_words", "shell_company", "first_time_payee",
             "fee_asked_of_seller", "email_instruction", "urgency", "payee_name_mismatch",
             "evasion_homophone"],
            "A 'national demonstration project' says the company has been chosen as walnut supplier and must first pay a 200k performance bond (spelt with a homophone) to a two-month-old 'project operator' that is not the contracting group."),
          {"name": "喀什天元林果供应链管理有限公司", "account_no": acct("xq-cf1", "6216", 19),
           "bank": "中国民生银行喀什分行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "200000", "保证金", "南疆林果示范项目定点供应商履约保证金",
          channel="email", from_name="新疆丝路林果产业发展集团 项目部", from_contact="xmb@slinguo-group.com",
          text="雪桥果仁公司：\n"
               "贵司已入选南疆林果精深加工国家级示范项目核桃仁定点供应商，年采购量不少于3000吨。"
               "按项目管理办法，签订框架协议前须缴纳履约保正金20万元，汇入项目运营方喀什天元林果供应链管理有限公司账户，项目启动后全额退还。\n"
               "名额有限，请于11月20日前完成，逾期视为自动放弃。\n项目部",
          urgent=True, requested_by=SALES_MGR, approved_by=[ACCOUNTANT, GM])

    # -- 11-20 legit: tender deposit to the public trading centre ---------------
    t.pay("2026-11-20 11:40",
          L("Hard negative: A tender deposit paid to the deposit account named in the public tender announcement of the prefecture's public-resource trading centre.",
            ["deposit_words", "first_time_payee"]),
          {"name": "阿克苏地区公共资源交易中心", "account_no": acct("xq-l-tender", "1070", 19),
           "bank": "中国银行阿克苏地区分行", "account_type": "corporate", "vendor_id": None,
           "phone": landline("0997", "xq-l-tender")},
          "20000", "投标保证金", "地区学生营养餐干果类食材采购项目（AKS-ZC-2026-118）投标保证金",
          **erp("钉钉付款申请：按招标公告第七条，投标保证金须从投标人基本户转入交易中心保证金专户（户名、账号以公告为准，已与交易中心网站公告核对），"
                "附公告页面截图和报名回执"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])

    # -- 11-23 scam: fake order, 'teacher', designated supplier + screenshot ---
    t.order("2026-11-23 12:40",
            S("fake_order", "block",
              ["institution_claim", "new_customer", "designated_supplier", "fake_payment_proof",
               "off_catalogue_item", "urgency", "contact_im_only", "evasion_homophone", "evasion_pinyin"],
              "A 'teacher' claims the school has paid (a delayed-transfer screenshot) and asks the company to buy student milk from a supplier the school has fallen out with and advance him 26.8k; 'WeChat' is written as a homophone and 'advance' in pinyin."),
            {"name": "阿克苏市第九中学", "credit_code": None, "contact_name": "王老师",
             "phone": mobile("xq-fo2"), "email": None, "im_id": wxid("xq-fo2"), "customer_id": None},
            [("核桃仁（185一级白仁）", "800", "公斤", "58"), ("红枣（骏枣一级）", "1000", "公斤", "25")],
            channel="im", address="阿克苏市第九中学食堂", deadline="2026-11-24",
            terms="学校对公转账（称已转出，延时到账）",
            third_party={"name": "阿克苏鑫源乳品经营部", "contact": mobile("xq-fo2-tp") + " 孙老板",
                         "role": "designated_supplier", "amount": "26800"},
            notes="王老师：货款71400已经从学校对公转过去了，截图发你威信了，银行说是延时到账，明天上午肯定到。\n"
                  "王老师：还有个事麻烦你们，学校还要200箱学生奶，以前都是鑫源乳品孙老板供的，我们领导跟他有点矛盾，不好直接找他。"
                  "你们帮忙采购一下，先dian付26800给他，奶钱我们跟核桃款一起结给你们，今天下午必须送到学校。")

    # -- 11-24 legit: SOE construction firm, drop-ship to a project site -------
    t.order("2026-11-24 15:30",
            L("Hard negative: A new road-construction company orders gift boxes for its workers, pays from head office in advance and has them delivered to a project site in another county.",
              ["new_customer", "far_delivery", "institution_claim"]),
            {"name": "新疆天衢路桥工程有限公司", "credit_code": uscc("91", "650106", "xq-l-road"),
             "contact_name": "蒲主席（工会）", "phone": landline("0991", "xq-l-road"),
             "email": "pu@tqlq-group.com", "im_id": None, "customer_id": None},
            [("核桃红枣组合礼盒", "1200", "盒", "98")],
            channel="email", address="乌什县S306线改建工程二标段项目经理部（工地生活区）", deadline="2026-12-05",
            terms="款到发货（已由公司本部对公付清）",
            notes="冬季停工前职工慰问品。货款11.76万元已由我司本部对公账户付清，回单号见邮件附件，请贵司财务确认到账后发货。"
                  "货直接送项目部，收货人为项目部办公室主任，电话" + landline("0997", "xq-l-road-site") + "。")

    # -- 11-25 scam: authority impersonation, 'supervised account' (traditional)
    t.pay("2026-11-25 18:50",
          S("authority_impersonation", "block",
            ["authority_words", "safe_account_words", "secrecy_words", "personal_account",
             "first_time_payee", "phone_instruction", "no_approval", "evasion_traditional"],
            "A caller posing as an economic-crime police officer tells the chief accountant, in traditional characters, that the company account is linked to money laundering and its funds must go to a 'supervised account' for fund verification, and to tell no one."),
          {"name": "陈立华", "account_no": acct("xq-ai1", "6212", 19),
           "bank": "中国工商银行东莞长安支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "260000", "资金核查", "配合调查资金转入监管账户",
          channel="phone", from_name="王警官（自称阿克苏市公安局经侦支队）", from_contact=mobile("xq-ai1"),
          text="電話記錄（周海燕整理）：你公司對公賬戶涉嫌一宗跨省洗錢案，賬戶即將被凍結。"
               "為配合調查，需將賬上資金轉入監管賬戶進行資金核查，核查無誤後二十四小時內原路返還。"
               "此案處於偵查保密階段，不得告知任何人，包括你們老闆。",
          urgent=True, requested_by=ACCOUNTANT, approved_by=[])

    # -- 11-26 legit: Horgos export trader, prepaid -------------------------
    t.order("2026-11-26 11:20",
            L("Hard negative: A new Horgos export agent buys kernels for a customer in Almaty, pays 100% in advance and takes delivery at a bonded warehouse far away.",
              ["new_customer", "large_first_order", "far_delivery"]),
            {"name": "霍尔果斯欧亚通达进出口有限公司", "credit_code": uscc("91", "654004", "xq-l-horgos"),
             "contact_name": "阿斯哈尔", "phone": landline("0999", "xq-l-horgos"),
             "email": "askhar@oytd-trade.com", "im_id": None, "customer_id": None},
            [("核桃仁（出口级）", "18", "吨", "52500")],
            channel="email", address="霍尔果斯综合保税区欧亚通达监管仓", deadline="2026-12-08",
            terms="100%预付（已到账）",
            notes="哈萨克斯坦阿拉木图客户订货，我司为出口代理。货款94.5万元已全额汇入贵司账户，报关由我司负责，"
                  "请随货提供植物检疫所需的产地证明和检验报告。")

    # -- 11-27 scam: fake brand/domain 'registration' bill ---------------------
    t.pay("2026-11-27 16:00",
          S("fake_invoice", "flag",
            ["renewal_bill", "first_time_payee", "no_po_contract", "urgency", "email_instruction",
             "new_contact"],
            "An unsolicited 'brand protection' e-mail claims another firm is registering the company's name as a Chinese domain and asks 4.8k for 'priority registration' within three working days."),
          {"name": "北京华网域名信息服务有限公司", "account_no": acct("xq-fi1", "1109", 19),
           "bank": "北京农村商业银行朝阳支行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "4800", "服务费", "中文域名及品牌关键词优先注册费（5年）",
          channel="email", from_name="域名注册审核部", from_contact="audit@cn-brandcheck.net",
          text="尊敬的雪桥果仁负责人：\n我中心近日收到'新疆雪桥商贸有限公司'提交的申请，拟注册'雪桥果仁'中文域名及通用网址等关键词。"
               "经审核，该名称与贵司商号相同，为避免贵司品牌资源被他人抢注，请于3个工作日内确认是否由贵司优先注册。"
               "逾期未回复视为贵司放弃，我中心将批准对方申请。优先注册费用：4800元/5年。",
          urgent=False, requested_by=CASHIER, approved_by=[ACCOUNTANT])

    # -- 11-30 legit: genuine urgent off-hours order from the wholesaler --------
    t.order("2026-11-30 21:10",
            L("Hard negative: The established wholesaler phones in a rush order late in the evening because its retail client moved a promotion forward; usual price and credit.",
              ["urgency", "off_hours", "credit_terms_requested"]),
            C_WHOLESALE, [("核桃仁（185一级白仁）", "3", "吨", "52000")], channel="phone",
            address=WH_ADDR, deadline="2026-12-01", terms="月结45天",
            notes="祁经理来电（座机）：超市客户元旦促销提前到12月10号，明天一早必须发3吨，价格按合同，账期照旧，订单明早邮件补发。")

    # -- 12-01 scam: advance-fee loan, 'capital verification' to a personal card
    t.pay("2026-12-01 15:10",
          S("advance_fee", "block",
            ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
             "personal_account_pretext", "evasion_pinyin"],
            "A loan agent promises a 3m unsecured loan at harvest time but first wants a 36k 'capital verification' fee (half in pinyin) on a personal card, refundable after disbursement."),
          {"name": "郑海波", "account_no": acct("xq-af1", "6226", 19),
           "bank": "上海浦东发展银行郑州分行", "account_type": "personal", "vendor_id": None, "phone": None},
          "36000", "服务费", "贷款验资费",
          channel="im", from_name="鑫融普惠金融服务 郑经理", from_contact=wxid("xq-af1"),
          text="韩总您好，贵司申请的300万无抵押经营贷款已审批通过，年化3.6%，最快今天放款。\n"
               "按银行流程需要先做一次yan资，金额为贷款额的1.2%即36000元，转到我们客户经理个人账户，放款后连同第一期利息一起退还。\n"
               "公户转私户到账快，对公的话要等3天，收购季资金紧，您看走哪个。",
          urgent=True, requested_by=ACCOUNTANT, approved_by=[GM])

    # -- 12-02 legit: GM instructs over WeChat, known vendor, approved in ERP --
    t.pay("2026-12-02 11:45",
          L("Hard negative: The GM asks over WeChat to settle the walnut cooperative's balance today; the payee is the known vendor account and the ERP approvals are complete.",
            ["im_instruction", "boss_role", "urgency"]),
          V_WALNUT, "186200", "货款", "185核桃干果收购尾款（10月批次）",
          channel="im", from_name="韩立新", from_contact=BOSS_WX,
          text="韩立新：今天把佳木合作社10月那批核桃的尾款结了，年前社员要分红，理事长刚给我打过电话。按合同和入库单走，审批我在钉钉上批了。",
          urgent=True, requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-CG-2026-031",
          invoice_no=I("t19"))

    # -- 12-03 scam: overpayment, refund to a third party ---------------------
    t.order("2026-12-03 16:25",
            S("overpayment_refund", "block",
              ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
               "urgency", "contact_im_only"],
              "A new online buyer 'overpays' 50k by screenshot and asks for the excess to be sent on to its packaging supplier in Kashgar instead of back to the payer."),
            {"name": "昌吉市果满仓电子商务有限公司", "credit_code": uscc("91", "652301", "xq-or1"),
             "contact_name": "何经理", "phone": mobile("xq-or1"), "email": None,
             "im_id": wxid("xq-or1"), "customer_id": None},
            [("骏枣礼盒（2kg）", "450", "盒", "80")],
            channel="im", address="昌吉市高新区果满仓电商仓", deadline="2026-12-06", terms="款到发货",
            third_party={"name": "喀什恒丰包装材料有限公司", "contact": mobile("xq-or1-tp"),
                         "role": "refund_recipient", "amount": "50000"},
            notes="何经理：货款刚转过去了，会计手滑多打了5万，一共打了86000，回单截图发你了。\n"
                  "多出来的5万麻烦直接转给我们包材供应商喀什恒丰包装，正好抵我们欠他的货款，省得来回倒。今天能转吗？他那边催得紧。")

    # -- 12-04 legit: acceptance-bill margin into the company's own margin account
    t.pay("2026-12-04 11:00",
          L("Hard negative: A 30% margin for a bank acceptance bill is moved into the company's own margin account at its own bank.",
            ["deposit_words", "first_time_payee"]),
          {"name": PAYER_NAME, "account_no": acct("xq-l-margin", "30852", 17),
           "bank": "中国农业银行温宿县支行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "300000", "承兑保证金", "开立银行承兑汇票30%保证金（票面100万元）",
          **erp("钉钉付款申请：向农行温宿县支行申请开立银行承兑汇票100万元（收款人佳木绿洲合作社），按银行承兑协议，"
                "30%保证金从基本户转入本公司在同一支行开立的保证金账户"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])

    # -- 12-07 legit: supermarket asks for a duplicate payment back by the original route
    t.order("2026-12-07 12:15",
            L("Hard negative: The established supermarket chain reports a duplicate payment and asks for it back to the account it paid from, or to net it against this order.",
              ["overpayment", "refund_words", "credit_terms_requested"]),
            C_MARKET, [("骏枣（特级）", "3", "吨", "24000"), ("核桃仁（185一级白仁）", "1", "吨", "54000")],
            channel="erp", address="昌吉市惠民优选配送中心", deadline="2026-12-11",
            terms="月结30天（对账后）",
            notes="11月对账发现我司11月20日付款重复支付36,000元（两张银行回单金额相同）。请贵司财务核实到账后按原路退回我司付款账户，"
                  "或在本单货款中抵扣，以贵司财务确认的方式为准。")

    # -- 12-08 scam: task rebate, employee 'order-brushing' top-up -----------
    t.pay("2026-12-08 15:40",
          S("task_rebate", "block",
            ["task_rebate_words", "topup_words", "personal_account", "first_time_payee",
             "im_instruction", "evasion_homophone"],
            "An e-commerce employee asks finance to 'top up' 9.8k to a personal card for a click-farming task group promising 12% back, with the task words written as homophones."),
          {"name": "黄俊杰", "account_no": acct("xq-tr1", "6222", 19),
           "bank": "中国工商银行南宁民族支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "9800", "推广费", "店铺冲量任务充值",
          channel="im", from_name="杨帆（电商运营）", from_contact=wxid("xq-tr1-colleague"),
          text="米热古丽，帮我走个推广费：我们加了一个抖店冲销量的群，做唰单任务，先充值9800，完成三单后返力12%连本金一起退回，"
               "之前我自己垫了两单都返了。对方只收个人卡，收款人黄俊杰。月底前冲上去店铺权重就起来了。",
          urgent=False, requested_by=ECOM, approved_by=[SALES_MGR])

    # -- 12-09 legit: new hospital via its supplier platform ---------------------
    t.order("2026-12-09 11:30",
            L("Hard negative: A new private hospital awards the company a canteen supply order through its supplier platform with a PO number and standard 60-day terms.",
              ["new_customer", "institution_claim", "credit_terms_requested"]),
            {"name": "阿克苏仁爱康复医院有限公司", "credit_code": uscc("91", "652901", "xq-l-renai"),
             "contact_name": "田科长（采购科）", "phone": landline("0997", "xq-l-renai"),
             "email": "tianke@akrenai-hosp.com", "im_id": None, "customer_id": None},
            [("核桃仁（185一级白仁）", "400", "公斤", "58"), ("骏枣（特级）", "600", "公斤", "25")],
            channel="email", address="阿克苏市仁爱康复医院后勤库房", deadline="2026-12-15",
            terms="发票验收后60天付款（医院采购制度）",
            notes="我院供应链平台询价结果通知：贵司成交营养科及职工食堂干果采购（询价单RA-XJ-2611-07），"
                  "采购订单PO-RA-261209-03随附，请登录供应商平台确认后按订单送货，送货单须注明订单号。")

    # -- 12-10 scam: contract fraud order, commercial bill from an unknown drawer
    t.order("2026-12-10 16:10",
            S("contract_fraud", "flag",
              ["new_customer", "large_first_order", "fake_payment_proof", "credit_terms_requested",
               "bigproject_words", "shell_company", "guarantee_unverified", "urgency"],
              "A four-month-old 'supply-chain project' firm wants 1.24m of goods today against a six-month commercial acceptance bill drawn by an unknown partner, on its own contract template."),
            {"name": "新疆瀚通农产品供应链有限公司", "credit_code": uscc("91", "650106", "xq-cf2"),
             "contact_name": "薛总", "phone": mobile("xq-cf2"), "email": "hantong_scm@126.com",
             "im_id": None, "customer_id": None},
            [("骏枣（特级）", "30", "吨", "24000"), ("核桃仁（185一级白仁）", "10", "吨", "52000")],
            channel="in_person", address="乌鲁木齐市头屯河区瀚通冷链仓", deadline="2026-12-15",
            terms="6个月电子商业承兑汇票（出票人：乌鲁木齐恒裕达商贸有限公司）",
            notes="薛总来公司面谈：我们是自治区重点扶持的农产品供应链项目，明年要做'南疆好果'全国渠道，先签年度框架合同，"
                  "首批124万用6个月商票支付，出票方是我们合作伙伴，合同用我们的模板，今天签今天发货，后面每月量翻倍。"
                  "（销售备注：对方营业执照显示成立于2026年8月）")

    # -- 12-11 legit: platform promotion top-up under contract ----------------
    t.pay("2026-12-11 12:20",
          L("Hard negative: A promotion-account top-up paid to the contracted e-commerce platform, invoiced by the platform; cash-back rebates are netted off by the platform.",
            ["topup_words", "task_rebate_words"]),
          V_PLATFORM, "30000", "推广费", "12月年货节推广账户预充值",
          **erp(f"钉钉付款申请：按《平台服务协议》XQ-DS-2026-002第5条，年货节推广账户预充值3万元（平台开具发票{I('t27')}），"
                "满返活动的返利由平台直接从结算款中扣减，不另付款"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT], contract_id="XQ-DS-2026-002",
          invoice_no=I("t27"))

    # -- 12-14 legit: drop-shipping to consumers ------------------------------
    t.order("2026-12-14 11:10",
            L("Hard negative: The established online shop has 1,200 paid gift boxes drop-shipped directly to consumers' home addresses.",
              ["residential_delivery", "far_delivery"]),
            C_ESHOP, [("纸皮核桃2.5kg礼盒", "1200", "盒", "68")],
            channel="email", address="按附件一件代发清单（1200个消费者收货地址，浙江、江苏、上海）",
            deadline="2026-12-18", terms="款到发货（已到账）",
            notes="双十二活动订单，一件代发，电子面单由我方系统推送，货款已付，发货后请回传物流单号。")

    # -- 12-15 routine: monthly payroll -----------------------------------------
    t.pay("2026-12-15 16:40",
          L("Hard negative: The monthly payroll through the bank's payroll account includes sales commissions and a winter heating allowance funded by a subsidy the county paid into the company's own account.",
            ["subsidy_words", "task_rebate_words"]),
          V_WAGES, "251980", "工资", "11月工资、销售提成及冬季取暖补贴代发（40人）",
          **erp("金蝶付款申请单：11月工资代发40人，含销售部11月业绩提成和冬季取暖补贴（县人社局补贴资金已于11月20日拨入公司基本户，"
                "按文件标准每人215元随工资发放），工资表经人事和总经理签字"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])

    # -- 12-15 scam: fake salary, 17 pickers to one card, structural only -------
    t.pay("2026-12-15 18:20",
          S("fake_salary", "block",
            ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
            "Structural only: The wages of 17 date pickers go in one payment to a single personal card that belongs to none of them; the request text is plain."),
          {"name": "买买提·吐尔地", "account_no": acct("xq-fs1", "6230", 19),
           "bank": "新疆温宿农村商业银行城关支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "61200", "工资", "11月拾枣工工资（17人）",
          **erp("钉钉审批（生产部）：11月拾枣工工资，人数17，金额61200元，明细见附件", "热娜古丽"),
          requested_by=HR, approved_by=[ACCOUNTANT])

    # -- 12-16 legit: administrative fine via the non-tax payment platform ------
    t.pay("2026-12-16 11:40",
          L("Hard negative: A market-regulation fine paid through the official non-tax revenue platform after a written penalty decision.",
            ["authority_words", "first_time_payee"]),
          {"name": "温宿县财政局非税收入汇缴结算户", "account_no": acct("xq-l-fine", "30852", 17),
           "bank": "中国农业银行温宿县支行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "5000", "罚款", "温市监罚〔2026〕112号行政处罚罚款（预包装标签不规范）",
          **erp("钉钉付款申请：依据温宿县市场监督管理局行政处罚决定书（温市监罚〔2026〕112号，11月30日书面送达），"
                "通过自治区非税收入缴款平台生成缴款码缴纳，缴款通知书编号6529221226000118"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM])

    # -- 12-17 scam: account lending on an order (mixed pinyin) ---------------
    t.order("2026-12-17 15:20",
            S("account_lending", "block",
              ["account_lending_words", "new_customer", "contact_im_only", "evasion_pinyin"],
              "A new buyer of two tonnes of kernels asks the company to let 1.88m from a 'partner' pass through its account to a mining trader the same day, for a 1% fee."),
            {"name": "喀什明远商贸有限公司", "credit_code": uscc("91", "653101", "xq-al1"),
             "contact_name": "唐老板", "phone": mobile("xq-al1"), "email": None,
             "im_id": wxid("xq-al1"), "customer_id": None},
            [("核桃仁（一级）", "2", "吨", "55000")],
            channel="im", address="喀什市明远商贸仓库", deadline="2026-12-20", terms="款到发货",
            third_party={"name": "伊犁恒信矿产品贸易有限公司", "contact": mobile("xq-al1-tp"),
                         "role": "pass_through_payee", "amount": "1880000"},
            notes="唐老板：核桃要2吨，货款照付。另外帮个忙：我们一个合作方这两天有188万要公对公转一下，"
                  "走你们公司账户过一下，钱进来当天转给伊犁恒信矿产，你们留1个点当手续费，等于白赚1万8。"
                  "下午钱就到，你们财务准备一下zou账。")

    # -- 12-18 legit: WeChat-only established shop, bigger prepaid order --------
    t.order("2026-12-18 12:30",
            L("Hard negative: The established WeChat-only dried-fruit shop places an order four times its usual size for New Year, prepaid from its business account and confirmed by finance.",
              ["contact_im_only", "small_then_large", "large_vs_usual"]),
            C_SHOP, [("核桃仁（185一级白仁）", "1.5", "吨", "55000"), ("骏枣（特级）", "1", "吨", "24500")],
            channel="im", address="阿克苏市天润农产品批发市场百果汇商行", deadline="2026-12-20",
            terms="款到发货（已对公转账，财务已确认）",
            notes="热合曼：年货量大，这次多要点。钱从商行对公户打过去了，你们查一下，到了就发。（销售备注：财务12月18日确认到账10.7万元）")

    # -- 12-21 scam: fake purchaser, mixed English/Chinese --------------------
    t.order("2026-12-21 11:35",
            S("fake_purchaser", "flag",
              ["new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
               "contact_im_only", "free_mail", "urgency"],
              "A Gmail-using 'UAE importer' orders 20 t of kernels unseen, on net-90 credit 'covered by its insurer', for delivery to its forwarder's warehouse in Kashgar, contact by WhatsApp only; written in English with some Chinese."),
            {"name": "Gulf Star Foodstuff Trading LLC", "credit_code": None, "contact_name": "Rashid Khan",
             "phone": None, "email": "gulfstar.foodstuff.llc@gmail.com", "im_id": "whatsapp:gulfstar_rk",
             "customer_id": None},
            [("核桃仁（出口级）", "20", "吨", "53000")],
            channel="email", address="喀什市远航物流园（买方货代仓库），最终目的地 Jebel Ali, Dubai",
            deadline="2026-12-25",
            terms="Net 90 days after B/L; export credit insurance arranged by buyer",
            notes="Dear Sir, we are a leading importer in UAE supplying hotels and airlines. Please confirm 20 MT walnut kernels, "
                  "extra light halves, at your price. No need for samples, we trust your quality.\n"
                  "Payment net 90 days after B/L, our insurer covers the credit risk. Please deliver this week to our forwarder's "
                  "warehouse in Kashgar, he will handle export.\n"
                  "请尽快发货，价格没问题，合同我方盖章后发PDF。Contact me on WhatsApp only, office phone under maintenance.")

    # -- 12-22 legit: SOE through its e-procurement platform --------------------
    t.order("2026-12-22 16:50",
            L("Hard negative: A new state-owned oilfield-services company buys New-Year gift boxes through its own e-procurement platform, with an award number and 30-day terms after acceptance.",
              ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested"]),
            {"name": "塔里木绿能油气技术服务有限公司", "credit_code": uscc("91", "652901", "xq-l-soe"),
             "contact_name": "邹工（物资部）", "phone": landline("0997", "xq-l-soe"),
             "email": "zougong@tlm-lvneng.com.cn", "im_id": None, "customer_id": None},
            [("核桃红枣组合礼盒", "2600", "盒", "95")],
            channel="other", address="阿克苏市塔里木绿能公司物资库", deadline="2027-01-10",
            terms="到货验收合格、发票入账后30日内付款",
            notes="公司电子采购平台竞争性谈判成交通知（成交编号TLN-CG-2612-045），职工春节慰问品。"
                  "请在平台确认订单后签订电子合同，按合同交货，发票抬头与纳税人识别号以平台信息为准。")

    # -- 12-23 scam: boss impersonation by look-alike e-mail (pinyin) -----------
    t.pay("2026-12-23 11:25",
          S("boss_impersonation", "flag",
            ["email_instruction", "lookalike_domain", "boss_role", "personal_account", "first_time_payee",
             "no_approval", "bypass_process", "cannot_call", "urgency", "deposit_words",
             "personal_account_pretext", "evasion_pinyin"],
            "An e-mail from a look-alike of the GM's domain tells the chief accountant to pay a 68k tender deposit ('bzj') to a tender agent's personal card today and to sign the approval later."),
          {"name": "刘晓峰", "account_no": acct("xq-bi2", "6217", 19),
           "bank": "中国建设银行和田分行", "account_type": "personal", "vendor_id": None, "phone": None},
          "68000", "投标保证金", "和田地区学校食堂干果项目投标保证金",
          channel="email", from_name="韩立新", from_contact="hanlixin@xueqiao-guoren.cn",
          text="海燕：和田那个学校食堂干果的标我已经跟招标代理谈好了，今天下午5点截止交bzj，6.8万。"
               "代理公司说对公今天来不及，让先打到经办人刘晓峰个人卡上。你先安排付，审批我回来补签。"
               "我这两天在乌鲁木齐开会，电话不方便，有事邮件说。\n韩",
          urgent=True, requested_by=ACCOUNTANT, approved_by=[])

    # -- 12-24 legit: annual customer rebate to the customer's own account ----
    t.pay("2026-12-24 11:25",
          L("Hard negative: The supermarket chain's contractual annual sales rebate is paid to its own company account, the one named in the contract, after both sides signed the statement.",
            ["first_time_payee", "task_rebate_words"]),
          {"name": C_MARKET["name"], "account_no": acct("xq-l-market-acct", "6505", 19),
           "bank": "中国建设银行昌吉分行", "account_type": "corporate", "vendor_id": None,
           "phone": C_MARKET["phone"]},
          "41370", "返利", "2026年度销售返利（合同XQ-XS-2026-008第9条，年销售额3%）",
          **erp("钉钉付款申请：年度返利按合同约定比例计算，双方盖章对账单确认金额，付至合同载明的对方收款账户（与其历次付款账户一致）"),
          requested_by=CASHIER, approved_by=[ACCOUNTANT, GM], contract_id="XQ-XS-2026-008")

    # -- 12-28 routine: wholesaler's regular order --------------------------------
    t.order("2026-12-28 15:30",
            L("Routine: Regular kernel order from the established Urumqi wholesaler on its usual terms."),
            C_WHOLESALE, [("核桃仁（185一级白仁）", "6", "吨", "52000")], channel="email",
            address=WH_ADDR, deadline="2027-01-05", terms="月结45天",
            notes="春节前最后一批，按框架合同单价，元旦后第一个工作日发车。")

    return t
