"""Tenant `xueling`: 阿勒泰雪岭山居酒店管理有限公司 (fictitious).

A mountain hotel and ski-package operator near Altay city (northern Xinjiang).  Takes
group bookings from travel agencies, state-owned companies (staff recuperation trips,
annual meetings), hospitals (conferences), schools (winter study camps), army units
(winter-training lodging) and project teams; sells through an online travel platform.
Belongs to a regional tourism group that runs a cash pool.

History: September-October 2026.  Test: November-December 2026.
"""
from common import (H, L, S, Tenant, acct, landline, mobile, uscc, wxid, invoice)

KEY = "xueling"
PAYER_NAME = "阿勒泰雪岭山居酒店管理有限公司"
PAYER_ACCT = acct("xl-basic", "65050166", 19)

CASHIER = "E5201"     # 刘雪, cashier
FIN_MGR = "E5202"     # 巴合提别克·努尔兰, finance manager
GM = "E5200"          # 何振东, general manager
HR = "E5203"          # 吴楠, HR
SALES_MGR = "E5204"   # 孟瑶, sales manager
FRONT = "E5205"       # 赵一鸣, front-office manager

BOSS_WX = wxid("xl-boss-hezhendong")
HOTEL_ADDR = "阿勒泰市将军山路雪岭山居酒店"

# ---------------------------------------------------------------------------
# Vendor master
# ---------------------------------------------------------------------------
V_LAUNDRY = {"name": "阿勒泰洁雅布草洗涤服务有限公司",
             "account_no": acct("xl-v01", "8807", 18),
             "bank": "新疆阿勒泰农村商业银行城区支行", "account_type": "corporate",
             "vendor_id": "V-XL01", "phone": landline("0906", "xl-v01")}
V_FOOD = {"name": "阿勒泰市鲜丰农副产品配送有限公司",
          "account_no": acct("xl-v02", "30870", 17),
          "bank": "中国农业银行阿勒泰分行营业部", "account_type": "corporate",
          "vendor_id": "V-XL02", "phone": landline("0906", "xl-v02")}
V_HEAT = {"name": "阿勒泰市城北热力有限公司",
          "account_no": acct("xl-v03", "30240710", 19),
          "bank": "中国工商银行阿勒泰分行", "account_type": "corporate",
          "vendor_id": "V-XL03", "phone": landline("0906", "xl-v03")}
V_COACH = {"name": "阿勒泰天骏旅游客运有限公司",
           "account_no": acct("xl-v05", "1076", 18),
           "bank": "中国银行阿勒泰地区分行", "account_type": "corporate",
           "vendor_id": "V-XL05", "phone": landline("0906", "xl-v05")}
V_OTA = {"name": "上海途悦网络科技有限公司",
         "account_no": acct("xl-v06", "1219", 16),
         "bank": "招商银行上海张江支行", "account_type": "corporate",
         "vendor_id": "V-XL06", "phone": landline("021", "xl-v06")}
V_LPG = {"name": "阿勒泰北燃液化气有限公司",
         "account_no": acct("xl-v07", "30870", 17),
         "bank": "中国农业银行阿勒泰分行营业部", "account_type": "corporate",
         "vendor_id": "V-XL07", "phone": landline("0906", "xl-v07")}
V_HOST = {"name": "乌鲁木齐云帆网络科技有限公司",
          "account_no": acct("xl-v08", "6505016", 19),
          "bank": "中国建设银行乌鲁木齐高新区支行", "account_type": "corporate",
          "vendor_id": "V-XL08", "phone": landline("0991", "xl-v08")}
V_SKI = {"name": "阿尔彭施特体育用品（上海）有限公司",
         "account_no": acct("xl-v09", "4550", 18),
         "bank": "中国银行上海市漕河泾支行", "account_type": "corporate",
         "vendor_id": "V-XL09", "phone": landline("021", "xl-v09")}
V_FACTOR = {"name": "新疆金穗商业保理有限公司",
            "account_no": acct("xl-v10", "6505016", 19),
            "bank": "中国建设银行乌鲁木齐分行营业部", "account_type": "corporate",
            "vendor_id": "V-XL10", "phone": landline("0991", "xl-v10")}
V_GROUP = {"name": "新疆雪岭文旅集团有限公司",
           "account_no": acct("xl-group", "6505016", 19),
           "bank": "中国建设银行乌鲁木齐分行营业部", "account_type": "corporate",
           "vendor_id": "G-XL01", "phone": landline("0991", "xl-group")}
V_WAGES = {"name": "建行阿勒泰分行代发薪资过渡户",
           "account_no": acct("xl-wage", "65050166", 19),
           "bank": "中国建设银行阿勒泰分行", "account_type": "corporate",
           "vendor_id": "WAGE-XL", "phone": None}
V_TAX = {"name": "国家金库阿勒泰地区中心支库", "account_no": acct("xl-tax", "65430", 17),
         "bank": "国家金库阿勒泰地区中心支库", "account_type": "corporate",
         "vendor_id": "TAX-XL", "phone": None}

# ---------------------------------------------------------------------------
# Customer master
# ---------------------------------------------------------------------------
C_AGENCY = {"name": "乌鲁木齐天马行国际旅行社有限公司",
            "credit_code": uscc("91", "650102", "xl-c01"),
            "contact_name": "苏婷（计调）", "phone": landline("0991", "xl-c01"),
            "email": "suting@tianmaxing-travel.com", "im_id": None, "customer_id": "C-XL01"}
C_UNION = {"name": "新疆昌能煤电有限责任公司工会委员会",
           "credit_code": uscc("81", "652301", "xl-c02"),
           "contact_name": "马文斌（工会办公室）", "phone": landline("0994", "xl-c02"),
           "email": "mawenbin@changneng-power.com.cn", "im_id": None, "customer_id": "C-XL02"}
C_HOSP = {"name": "阿勒泰地区仁济医院", "credit_code": uscc("12", "654301", "xl-c04"),
          "contact_name": "潘主任（科教科）", "phone": landline("0906", "xl-c04"),
          "email": "kjk@alt-renji.org.cn", "im_id": None, "customer_id": "C-XL04"}
C_CLUB = {"name": "乌鲁木齐飞雪户外运动俱乐部有限公司",
          "credit_code": uscc("91", "650105", "xl-c05"),
          "contact_name": "赵鹏（领队）", "phone": mobile("xl-c05"), "email": None,
          "im_id": wxid("xl-c05"), "customer_id": "C-XL05"}
C_OTA = {"name": V_OTA["name"], "credit_code": uscc("91", "310115", "xl-c06"),
         "contact_name": "团购渠道部", "phone": V_OTA["phone"],
         "email": "groupbuy@tuyue-travel.com", "im_id": None, "customer_id": "C-XL06"}

ROOM = "标准间"
NIGHTS = "间夜"


def erp(text, who="刘雪"):
    return {"channel": "erp", "from_name": who, "from_contact": None, "text": text}


def build() -> Tenant:
    t = Tenant(KEY, "XL", PAYER_ACCT, PAYER_NAME)
    inv = {}

    def I(k):
        inv.setdefault(k, invoice("xl-" + k))
        return inv[k]

    # =======================================================================
    # HISTORY (September - October 2026)
    # =======================================================================
    t.order("2026-09-01 11:10", H("Autumn group from the established travel agency on monthly settlement."),
            C_AGENCY, [(ROOM, "60", NIGHTS, "380"), ("团队早餐", "120", "人次", "35")],
            channel="email", address=HOTEL_ADDR, deadline="2026-09-12",
            terms="月结（对账后15日内）", notes="9月12—14日喀纳斯秋色散拼团，入住名单提前三天发送。")
    t.pay("2026-09-02 16:20", H("Monthly linen-laundry bill."),
          V_LAUNDRY, "38560", "洗涤费", "8月布草洗涤费",
          **erp(f"钉钉付款审批：洁雅布草8月洗涤费｜合同XL-FW-2026-02｜发票{I('h2')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-FW-2026-02", invoice_no=I("h2"))
    t.pay("2026-09-03 12:05", H("Food supplies from the regular distributor."),
          V_FOOD, "62340", "货款", "8月下旬食材款",
          **erp(f"钉钉付款审批：鲜丰配送8月下旬食材对账单｜合同XL-CG-2026-05｜发票{I('h3')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-05", invoice_no=I("h3"))
    t.order("2026-09-07 15:30", H("Staff recuperation trip booked by an established state-owned power company's trade union under contract."),
            C_UNION, [(ROOM, "120", NIGHTS, "360"), ("团餐", "480", "人次", "60"), ("会议室", "2", "场", "3000")],
            channel="email", address=HOTEL_ADDR, deadline="2026-09-21",
            terms="会后凭发票与结算单30日内付款", notes="职工疗休养第一批（合同CN-GH-2026-07），30人4晚。")
    t.pay("2026-09-08 11:40", H("Coach hire from the regular bus company."),
          V_COACH, "26800", "包车费", "8月旅游包车费",
          **erp(f"钉钉付款审批：天骏客运8月包车费｜合同XL-FW-2026-04｜发票{I('h5')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-FW-2026-04", invoice_no=I("h5"))
    t.pay("2026-09-10 18:30", H("Monthly payroll through the bank's payroll clearing account."),
          V_WAGES, "312400", "工资", "8月工资代发（58人）",
          **erp("钉钉付款审批：8月工资代发58人，工资表经人事、总经理签字"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM])
    t.pay("2026-09-11 15:00", H("Monthly commission to the online travel platform under contract."),
          V_OTA, "21736.40", "佣金", "8月平台佣金",
          **erp(f"钉钉付款审批：途悦平台8月佣金结算单｜协议XL-OTA-2026-01｜发票{I('h7')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-OTA-2026-01", invoice_no=I("h7"))
    t.order("2026-09-15 12:10", H("Conference package for the established hospital's annual meeting."),
            C_HOSP, [("大床/标准间", "160", NIGHTS, "420"), ("会议室", "2", "天", "4500"), ("会议餐", "600", "人次", "80")],
            channel="email", address=HOTEL_ADDR, deadline="2026-09-24",
            terms="会后30日内对公付款", notes="地区医学继续教育年会，参会名单会前一周发送。")
    t.pay("2026-09-16 16:40", H("Food supplies from the regular distributor."),
          V_FOOD, "57980", "货款", "9月上旬食材款",
          **erp(f"钉钉付款审批：鲜丰配送9月上旬食材对账单｜合同XL-CG-2026-05｜发票{I('h9')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-05", invoice_no=I("h9"))
    t.pay("2026-09-18 17:30", H("Monthly sweep of surplus cash to the parent group's cash pool."),
          V_GROUP, "1500000", "资金归集", "8月末余额上划集团资金池",
          **erp("钉钉付款审批：按集团资金集中管理协议（XL-JT-2025-01），月末超额资金上划集团资金池"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-JT-2025-01")
    t.order("2026-09-22 11:20", H("Prepaid opening-week ski packages for an established ski club that books over WeChat."),
            C_CLUB, [("雪季开板周套餐（含房、餐、雪票）", "40", "人次", "1280")],
            channel="im", address=HOTEL_ADDR, deadline="2026-11-20",
            terms="款到确认（对公转账）", notes="开板周俱乐部活动，款从俱乐部对公户转，到账后发确认单。")
    t.pay("2026-09-23 11:00", H("Monthly VAT by tripartite debit to the treasury."),
          V_TAX, "46305.18", "税款", "8月增值税及附加",
          **erp("电子税务局三方协议扣款：8月增值税及附加税费"),
          requested_by=CASHIER, approved_by=[FIN_MGR])
    t.pay("2026-09-28 15:50", H("Kitchen LPG from the regular gas supplier."),
          V_LPG, "12600", "燃气费", "9月液化气款",
          **erp(f"钉钉付款审批：北燃液化气9月用气｜合同XL-CG-2026-09｜发票{I('h14')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-09", invoice_no=I("h14"))
    t.order("2026-09-29 12:30", H("Group-buy rooms sold through the contracted online travel platform."),
            C_OTA, [("团队房（平台团购）", "50", NIGHTS, "350")],
            channel="erp", address=HOTEL_ADDR, deadline="2026-10-08",
            terms="平台代收，月度结算扣佣后付款", notes="国庆团购房，按协议XL-OTA-2026-01结算。")
    t.pay("2026-10-09 16:10", H("Monthly linen-laundry bill."),
          V_LAUNDRY, "44120", "洗涤费", "9月布草洗涤费",
          **erp(f"钉钉付款审批：洁雅布草9月洗涤费｜合同XL-FW-2026-02｜发票{I('h16')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-FW-2026-02", invoice_no=I("h16"))
    t.pay("2026-10-12 12:20", H("First instalment of the season's heating fee to the district heating company."),
          V_HEAT, "186000", "供暖费", "2026—2027供暖季第一期供暖费",
          **erp(f"钉钉付款审批：城北热力 供暖费第一期｜供热合同XL-NY-2026-01｜发票{I('heat1')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-NY-2026-01",
          invoice_no=I("heat1"))
    t.order("2026-10-13 15:20", H("Late-autumn group from the established travel agency."),
            C_AGENCY, [(ROOM, "40", NIGHTS, "320"), ("团队早餐", "80", "人次", "35")],
            channel="email", address=HOTEL_ADDR, deadline="2026-10-17",
            terms="月结（对账后15日内）", notes="10月17—18日禾木深秋团。")
    t.pay("2026-10-15 18:40", H("Monthly payroll through the bank's payroll clearing account."),
          V_WAGES, "298700", "工资", "9月工资代发（54人）",
          **erp("钉钉付款审批：9月工资代发54人，工资表经人事、总经理签字"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM])
    t.pay("2026-10-19 11:50", H("Coach hire from the regular bus company."),
          V_COACH, "18400", "包车费", "9月旅游包车费",
          **erp(f"钉钉付款审批：天骏客运9月包车费｜合同XL-FW-2026-04｜发票{I('h20')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-FW-2026-04", invoice_no=I("h20"))
    t.order("2026-10-20 16:30", H("Second recuperation batch for the established trade union."),
            C_UNION, [(ROOM, "100", NIGHTS, "360"), ("团餐", "400", "人次", "60")],
            channel="email", address=HOTEL_ADDR, deadline="2026-10-26",
            terms="会后凭发票与结算单30日内付款", notes="职工疗休养第二批（合同CN-GH-2026-07补充协议）。")
    t.pay("2026-10-22 12:40", H("Rental ski boots from the equipment maker's Shanghai subsidiary."),
          V_SKI, "86400", "货款", "租赁雪鞋及雪板首批货款（PO XL-PO-2610-09，60%）",
          **erp(f"钉钉付款审批：阿尔彭施特（上海）雪具首批货款｜合同XL-CG-2026-12｜发票{I('h23')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-CG-2026-12", invoice_no=I("h23"))
    t.pay("2026-10-27 15:10", H("Food supplies from the regular distributor."),
          V_FOOD, "61250", "货款", "10月中旬食材款",
          **erp(f"钉钉付款审批：鲜丰配送10月中旬食材对账单｜合同XL-CG-2026-05｜发票{I('h24')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-05", invoice_no=I("h24"))
    t.order("2026-10-28 11:30", H("Training-course lodging for the established hospital."),
            C_HOSP, [(ROOM, "60", NIGHTS, "400"), ("会议室", "1", "天", "4500")],
            channel="email", address=HOTEL_ADDR, deadline="2026-11-03",
            terms="会后30日内对公付款", notes="护理骨干培训班，30人2晚。")

    # =======================================================================
    # TEST (November - December 2026)
    # =======================================================================
    # -- 11-02 legit: laundry invoice paid to the factor under a tripartite notice
    t.pay("2026-11-02 12:00",
          L("Hard negative: The laundry's receivable has been factored; payment goes to the factoring company's dedicated account under a signed tripartite notice, confirmed by calling the laundry on its number on file.",
            ["first_time_payee", "payee_name_mismatch"]),
          V_FACTOR, "44880", "洗涤费", "10月布草洗涤费（应收账款已转让给保理公司）",
          **erp(f"钉钉付款审批：洁雅布草10月洗涤费｜发票{I('t1')}｜依据洁雅布草、金穗保理与我司三方盖章的《应收账款转让通知书》"
                "（10月26日签收原件），本笔付至保理公司保理专户；财务经理已按供应商档案电话回拨洁雅布草确认"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-FW-2026-02", invoice_no=I("t1"),
          verification={"callback_done": True, "callback_number": V_LAUNDRY["phone"],
                        "verified_by": FIN_MGR, "verified_at": "2026-10-27 11:30"})

    # -- 11-03 scam: look-alike of the established trade union -----------------
    t.order("2026-11-03 11:30",
            S("fake_purchaser", "flag",
              ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested",
               "contact_mismatch", "free_mail", "contact_im_only", "institution_claim"],
              "A look-alike of the established power company's trade union, using the real contact's name but a QQ mail and WeChat, books 298k of rooms, meals and ski passes on 90-day credit and asks for rooms to be held."),
            {"name": "新疆昌能煤电集团有限公司工会", "credit_code": uscc("81", "440304", "xl-fp1"),
             "contact_name": "马文斌", "phone": mobile("xl-fp1"), "email": "changneng_gh@qq.com",
             "im_id": wxid("xl-fp1"), "customer_id": None},
            [(ROOM, "300", NIGHTS, "360"), ("团餐", "1800", "人次", "60"), ("滑雪套票", "120", "人次", "680")],
            channel="im", address=HOTEL_ADDR, deadline="2026-12-14",
            terms="活动结束后90天统一结算",
            notes="马主席：今年集团工会冬季疗休养定在你们这儿，120人分两批，价格按你们报价，不用优惠。\n"
                  "结算走集团，活动结束后90天内统一付。合同用集团的模板，这两天盖好章拍照发你，房间先帮我们锁上，别再接别的团。\n"
                  "以后直接微信找我，工会办公室座机在装修。")

    # -- 11-04 legit: army winter-training lodging under a written contract ----
    t.order("2026-11-04 15:40",
            L("Hard negative: An army unit books winter-training lodging after a competitive negotiation by its procurement station, with a signed contract and a call-back through the military switchboard.",
              ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested"]),
            {"name": "中国人民解放军某部（冬训保障组）", "credit_code": None, "contact_name": "周助理（后勤处）",
             "phone": landline("0906", "xl-l-army"), "email": None, "im_id": None, "customer_id": None},
            [(ROOM, "240", NIGHTS, "300"), ("自助餐", "1440", "人次", "45")],
            channel="letter", address=HOTEL_ADDR, deadline="2026-12-01",
            terms="按采购合同：入住结束后凭发票15个工作日内转账",
            notes="冬训期间住宿保障，经部队采购站竞争性谈判确定（成交通知书编号JD-CG-2026-1104），书面合同经我司法务审核后双方盖章。"
                  "销售部已通过军线总机转后勤处座机回拨，核实周助理身份。")

    # -- 11-05 scam: account change keyed from a look-alike e-mail -------------
    t.pay("2026-11-05 12:20",
          S("account_change", "block",
            ["account_changed_recent", "first_time_payee", "email_instruction", "account_change_words",
             "lookalike_domain"],
            "The food distributor's bank account was re-keyed six days ago from an e-mail on a look-alike domain citing an 'annual review', and this is the first payment to the new account."),
          dict(V_FOOD, account_no=acct("xl-ac1-new", "6212", 19), bank="中国工商银行乌鲁木齐友好北路支行"),
          "58760", "货款", "10月下旬食材款",
          channel="email", from_name="鲜丰配送 财务部", from_contact="caiwu@xianfeng-peisong.cn",
          text="雪岭山居酒店财务：\n因我司基本户年审，自10月30日起原农行账户停止收款，货款请汇至我司新开立的工行账户（账号见附件变更函），"
               "原账户请勿再打款，以免退票影响贵酒店供货。\n鲜丰配送 财务部",
          urgent=False, requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-05",
          invoice_no=I("t4"), changed_at="2026-10-30 17:40")

    # -- 11-06 legit: school winter study camp with deposit ----------------------
    t.order("2026-11-06 11:15",
            L("Hard negative: A new secondary school books a winter study camp under a signed contract; the 30% deposit came from the school's own account and students pay nothing individually.",
              ["new_customer", "institution_claim", "deposit_words"]),
            {"name": "阿勒泰市雪莲中学", "credit_code": uscc("12", "654301", "xl-l-school"),
             "contact_name": "哈丽旦（德育处）", "phone": landline("0906", "xl-l-school"),
             "email": "dyc@altxlzx.edu.cn", "im_id": None, "customer_id": None},
            [("研学住宿（4人间）", "90", NIGHTS, "260"), ("研学餐", "1080", "人次", "30"),
             ("滑雪体验课", "180", "人次", "150")],
            channel="letter", address=HOTEL_ADDR, deadline="2027-01-18",
            terms="签约付30%定金（24,840元已到账），余款活动前3日付清",
            notes="寒假冰雪研学营（1月18—20日），经学校会议研究并征得家委会同意，研学合同已签。"
                  "定金由学校对公账户转入，余款由学校统一支付。")

    # -- 11-09 scam: boss impersonation, Saturday-night DingTalk group (mixed English)
    t.pay("2026-11-09 21:40",
          S("boss_impersonation", "flag",
            ["im_instruction", "new_contact", "boss_role", "cannot_call", "bypass_process", "urgency",
             "first_time_payee", "no_approval", "off_hours", "deposit_words"],
            "Late in the evening a fake GM in a new DingTalk group, mixing English into Chinese, orders a 285k 'charter cooperation deposit' to a Horgos travel agency, says he is boarding a plane and that the contract will follow."),
          {"name": "霍尔果斯锦程国际旅行社有限公司", "account_no": acct("xl-bi1", "6226", 19),
           "bank": "中国民生银行伊犁分行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "285000", "保证金", "春节包机合作保证金",
          channel="im", from_name="何振东", from_contact="dingtalk:hzd_xl2026",
          text="【雪岭管理层临时群】\n"
               "何振东：刘雪在吗？春节包机的事定了，合作方是霍尔果斯锦程国旅，先付28.5万保证金锁机位和客源，today must be done，otherwise the charter slots go to another hotel.\n"
               "何振东：我在机场马上登机，call不了，手续后补，合同明天让孟瑶补给你。\n"
               "何振东：付完把回单发群里。",
          urgent=True, requested_by=CASHIER, approved_by=[])

    # -- 11-10 legit: monthly cash-pool sweep -----------------------------------
    t.pay("2026-11-10 16:00",
          L("Hard negative: The monthly sweep of surplus cash to the parent group's cash pool under the treasury agreement, larger than in September because of autumn takings.",
            ["large_vs_usual"]),
          V_GROUP, "1800000", "资金归集", "10月末余额上划集团资金池",
          **erp("钉钉付款审批：按集团资金集中管理协议（XL-JT-2025-01），10月末超额资金上划集团资金池，集团资金中心已下发上划通知"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-JT-2025-01")

    # -- 11-11 scam: fake order, 'fire brigade', designated supplier -----------
    t.order("2026-11-11 11:45",
            S("fake_order", "block",
              ["institution_claim", "new_customer", "designated_supplier", "off_catalogue_item", "urgency",
               "evasion_spacing", "evasion_traditional"],
              "A caller posing as a fire-brigade officer books rooms for an inspection team, then asks the hotel to buy 200 fire blankets from a named supplier and advance him 43.6k, settling together later; the advance word is spaced and in a traditional character."),
            {"name": "阿勒泰市消防救援大队（后勤）", "credit_code": None, "contact_name": "刘队长",
             "phone": mobile("xl-fo1"), "email": None, "im_id": wxid("xl-fo1"), "customer_id": None},
            [(ROOM, "80", NIGHTS, "380"), ("工作餐", "320", "人次", "50")],
            channel="phone", address=HOTEL_ADDR, deadline="2026-11-16",
            terms="对公转账（支队财务审批后）",
            third_party={"name": "乌鲁木齐安盾消防器材经营部", "contact": mobile("xl-fo1-tp") + " 韩经理",
                         "role": "designated_supplier", "amount": "43600"},
            notes="刘队长：冬季防火检查组20人住4晚，房和餐按你们报价。\n"
                  "另外支队要给辖区民宿配200条消防灭火毯，一直是乌鲁木齐安盾消防器材的韩经理供货，我们单位不方便直接跟他结，"
                  "麻烦酒店帮忙代采，你们先 墊 付 43600 给他，我们跟房费一起走对公给你们结。韩经理今晚就发车，下午之前转过去就行。")

    # -- 11-12 legit: established hospital, large conference on its agreement ---
    t.order("2026-11-12 15:20",
            L("Hard negative: The established hospital books its biggest conference yet under its designated-venue agreement, paying after the event.",
              ["institution_claim", "large_vs_usual", "credit_terms_requested"]),
            C_HOSP, [("大床/标准间", "220", NIGHTS, "420"), ("会议室", "3", "天", "4500"), ("会议餐", "900", "人次", "80")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-04",
            terms="会后30日内对公付款（医院会议定点协议）",
            notes="全地区护理学术年会（12月4—6日），按定点协议价，参会名单会前一周发送；会务费由医院统一支付，不向参会人员收取。")

    # -- 11-13 scam: payroll diversion to the 'wife's card' -------------------
    t.pay("2026-11-13 17:20",
          S("fake_salary", "block",
            ["payroll_change", "payee_not_employee", "personal_account", "first_time_payee",
             "im_instruction", "new_contact", "urgency"],
            "A WeChat message from a new account in a ski instructor's name asks HR to pay his wages to 'his wife's card' because his own card is lost."),
          {"name": "李春梅", "account_no": acct("xl-fs2", "6228", 19),
           "bank": "中国农业银行伊宁市支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "8600", "工资", "滑雪教练张宇航11月上半月工资",
          channel="im", from_name="张宇航", from_contact=wxid("xl-fs2-new"),
          text="吴姐，我原来那张建行工资卡丢了正在挂失，这个月工资先打到我爱人卡上吧：李春梅，农行。以后再换回来。\n今天能发吗？房东在催房租。",
          urgent=True, requested_by=HR, approved_by=[FIN_MGR])

    # -- 11-16 legit: large first booking prepaid in full ------------------------
    t.order("2026-11-16 11:50",
            L("Hard negative: A new Karamay travel agency's 344k first booking for New-Year ski trains is paid in full from its company account before any room is confirmed.",
              ["new_customer", "large_first_order"]),
            {"name": "克拉玛依银河假日旅行社有限公司", "credit_code": uscc("91", "650203", "xl-l-yinhe"),
             "contact_name": "刘婷（计调）", "phone": landline("0990", "xl-l-yinhe"),
             "email": "liuting@yinhe-holiday.com", "im_id": None, "customer_id": None},
            [(ROOM, "400", NIGHTS, "350"), ("团队早餐", "800", "人次", "35"), ("雪票", "800", "人次", "220")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-28",
            terms="全款预付（11月13日已到账）",
            notes="元旦滑雪专列团，分4批（12月28日—1月3日）。团款34.4万元已由我社对公账户一次付清，请出具确认函并按名单排房。")

    # -- 11-17 scam: fake order, 'hospital' platform deposit + screen share (traditional)
    t.order("2026-11-17 15:10",
            S("fake_order", "flag",
              ["institution_claim", "new_customer", "fee_asked_of_seller", "deposit_words", "remote_control",
               "contact_im_only", "evasion_traditional"],
              "A 'hospital conference' booker writing in traditional characters says the hotel must open a merchant account on a meeting platform with a 3k deposit, and offers to guide the cashier through online banking over a screen share."),
            {"name": "乌鲁木齐博爱心血管病医院", "credit_code": None, "contact_name": "小罗（秦主任助理）",
             "phone": mobile("xl-fo2"), "email": None, "im_id": "qq:2835" + mobile("xl-fo2-qq")[-5:],
             "customer_id": None},
            [("大床/标准间", "150", NIGHTS, "420"), ("会议室", "2", "天", "4500")],
            channel="im", address=HOTEL_ADDR, deadline="2026-12-10",
            terms="会议平台担保支付", fees=[("会议平台商户入驻保證金", "3000")],
            notes="小羅：我們醫院的學術會議統一在'醫會通'平台下單付款，貴酒店需要先在平台開通商戶，繳納3000元入駐保證金，會後連同房費一起退。\n"
                  "開通步驟比較複雜，您下載一下騰訊會議，我們開個屏幕共享，我一步步指導您操作網銀。")

    # -- 11-18 legit: agency asks for the hotel's usual coach company, deposit paid
    t.order("2026-11-18 12:30",
            L("Hard negative: The established travel agency, deposit already paid, asks that coaches come from the hotel's own regular bus company, billed through the hotel.",
              ["designated_supplier", "deposit_words"]),
            C_AGENCY, [(ROOM, "120", NIGHTS, "360"), ("包车（天骏客运45座）", "6", "车次", "2800"),
                       ("团队早餐", "240", "人次", "35")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-12",
            terms="定金30%（20,520元已到账），余款月结",
            notes="12月中旬滑雪团3批。包车请指定天骏客运（你们常用那家，司机熟悉山路），车费由贵酒店统一与天骏结算后开票给我社。定金已付。")

    # -- 11-19 scam: fake purchaser asks for a 'supplier admission fee' --------
    t.pay("2026-11-19 16:45",
          S("fake_purchaser", "flag",
            ["fee_asked_of_seller", "institution_claim", "personal_account", "first_time_payee",
             "im_instruction", "new_contact", "urgency"],
            "A 'regional education procurement centre' promises 2,000 study-camp students if the hotel pays a 3.6k 'qualification and admission fee' to a clerk's personal account today."),
          {"name": "王丽娟", "account_no": acct("xl-fp3", "6217", 19),
           "bank": "中国建设银行石河子分行", "account_type": "personal", "vendor_id": None, "phone": None},
          "3600", "服务费", "研学基地供应商入库审核费",
          channel="im", from_name="地区教育系统研学采购中心 王老师", from_contact=wxid("xl-fp3"),
          text="孟经理，贵酒店已初审通过全地区中小学冰雪研学定点基地，寒假预计2000名学生。\n"
               "按规定入库前需交资质审核费和入库费共3600元，今天交到我们经办人王丽娟个人账户，明天就能发入围通知书，名额只剩两个。",
          urgent=True, requested_by=SALES_MGR, approved_by=[FIN_MGR])

    # -- 11-20 legit: court enforcement money to the court's own account ------
    t.pay("2026-11-20 11:20",
          L("Hard negative: A court judgment is paid to the court's own enforcement account, after legal checked the case number on the court's website.",
            ["authority_words", "first_time_payee"]),
          {"name": "阿勒泰市人民法院执行款专户", "account_no": acct("xl-l-court", "30870", 17),
           "bank": "中国农业银行阿勒泰分行营业部", "account_type": "corporate", "vendor_id": None, "phone": None},
          "23650", "执行款", "（2026）新4301执1187号执行款（含迟延履行金）",
          **erp("钉钉付款审批：与原餐饮承包方合同纠纷案已判决，执行通知书由法院邮寄送达，法务已在法院官网核对案号和执行款专户信息"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM])

    # -- 11-23 legit: SOE annual meeting via e-procurement, group finance co pays
    t.order("2026-11-23 12:10",
            L("Hard negative: A new state-owned mining company books its annual meeting after a price comparison on its group e-procurement platform; the group's finance company pays the advance on its behalf.",
              ["new_customer", "institution_claim", "large_first_order", "third_party_payer"]),
            {"name": "新疆北塔山矿业有限责任公司", "credit_code": uscc("91", "654322", "xl-l-bts"),
             "contact_name": "杨主任（办公室）", "phone": landline("0906", "xl-l-bts"),
             "email": "yangzr@bts-mining.com.cn", "im_id": None, "customer_id": None},
            [("大床/标准间", "260", NIGHTS, "400"), ("年会场地", "1", "场", "18000"), ("宴会", "40", "桌", "2600")],
            channel="other", address=HOTEL_ADDR, deadline="2027-01-15",
            terms="合同签订后预付30%，会后凭发票付清",
            notes="公司2026年度工作会议暨年会，经集团电子采购平台询比采购（项目编号BTS-XB-2611-02），贵酒店成交，电子合同已在平台签署。"
                  "预付款由集团财务公司代付（集团内部结算安排，付款附言注明项目编号）。")

    # -- 11-24 scam: fake tax inspector, fine to a personal account (full-width)
    t.pay("2026-11-24 17:30",
          S("authority_impersonation", "flag",
            ["authority_words", "personal_account", "first_time_payee", "phone_instruction", "secrecy_words",
             "urgency", "no_approval", "evasion_fullwidth"],
            "A caller posing as a tax-inspection section chief demands an 18k 'fine and late fee' (amounts in full-width digits) paid today to his personal account, and asks the cashier to keep it quiet."),
          {"name": "陈国庆", "account_no": acct("xl-ai1", "6222", 19),
           "bank": "中国工商银行长沙五一路支行", "account_type": "personal", "vendor_id": None, "phone": None},
          "18000", "罚款", "税务稽查罚款及滞纳金",
          channel="phone", from_name="陈科长（自称地区税务局稽查局）", from_contact=mobile("xl-ai1"),
          text="电话记录（刘雪）：对方称是稽查局，说我酒店2025年度有住宿发票未按规定开具，要罚款１．２万加滞纳金６０００，"
               "今天下班前交清可以不移送、不影响纳税信用等级，让先转到陈科长个人账户'代收'，下周开票据。还让我别跟其他人说，免得影响处理。",
          urgent=True, requested_by=CASHIER, approved_by=[])

    # -- 11-25 legit: snowstorm, stranded coach passengers late at night -----
    t.order("2026-11-25 23:10",
            L("Hard negative: Late at night a coach company that is not a customer urgently books rooms for 46 passengers stranded by a snowstorm road closure, paying at check-out.",
              ["new_customer", "urgency", "off_hours"]),
            {"name": "阿勒泰金鹰长途客运有限公司", "credit_code": uscc("91", "654301", "xl-l-coach"),
             "contact_name": "胡师傅（调度）", "phone": mobile("xl-l-coach"), "email": None, "im_id": None,
             "customer_id": None},
            [(ROOM, "23", NIGHTS, "260"), ("晚餐", "46", "人次", "40")],
            channel="phone", address=HOTEL_ADDR, deadline="2026-11-25",
            terms="退房时由公司对公结算或公务卡支付",
            notes="S21线暴雪封路，车辆被交警劝返，车上46名旅客今晚需要紧急安置。车队长持公司介绍信到前台登记，"
                  "房费餐费明早退房时由公司统一结算，请前台马上安排。")

    # -- 11-26 scam: 'quant investment' top-up to a payment-company account ----
    t.pay("2026-11-26 16:20",
          S("task_rebate", "flag",
            ["third_party_payment_endpoint", "crypto", "topup_words", "first_time_payee", "im_instruction"],
            "The cashier, drawn into an online 'investment mentor' group, proposes topping up 50k of company money to a payment company's merchant account for a USDT 'quant' product."),
          {"name": "鑫汇通支付科技有限公司（商户备付金）", "account_no": acct("xl-tr1", "6214", 19),
           "bank": "平安银行深圳分行", "account_type": "unknown", "vendor_id": None, "phone": None},
          "50000", "理财", "闲置资金短期理财",
          channel="im", from_name="刘雪", from_contact=wxid("xl-cashier"),
          text="巴经理，我在一个理财导师群里跟了两个月，平台做USDT量化，日收益1.5%，稳赚不赔，我自己已经提现过三次。\n"
               "公司账上的闲置资金先投5万试试，平台要求充值到合作支付公司的商户账户，到账后导师带单，三天后就能提现。",
          urgent=False, requested_by=CASHIER, approved_by=[FIN_MGR])

    # -- 11-27 legit: ski club, prepaid, WeChat-only, finance confirmed receipt
    t.order("2026-11-27 12:30",
            L("Hard negative: The established WeChat-only ski club books three weekends for 60 people, paid from the club's account and confirmed by finance.",
              ["contact_im_only", "large_vs_usual"]),
            C_CLUB, [("雪季周末套餐（含房、餐、雪票）", "60", "人次", "1280")],
            channel="im", address=HOTEL_ADDR, deadline="2026-12-05",
            terms="款到确认（对公转账，已到账）",
            notes="赵鹏：12月三个周末的俱乐部活动，60人，钱已经从俱乐部对公户转了。（销售备注：财务11月27日确认到账7.68万元）")

    # -- 11-30 scam: subsidy phishing with a 'processing fee' (homophone) -------
    t.pay("2026-11-30 15:30",
          S("fake_salary", "flag",
            ["subsidy_words", "fee_words", "personal_account", "first_time_payee", "email_instruction",
             "free_mail", "urgency", "secrecy_words", "remote_control", "evasion_homophone"],
            "A free-mail 'labour bureau' notice about winter job-retention and heating subsidies tells staff to scan a QR code with their card details and code, and asks the company for a 1,980 'filing fee' to a personal account."),
          {"name": "周立强", "account_no": acct("xl-fs1", "6230", 19),
           "bank": "中国邮政储蓄银行哈尔滨分行", "account_type": "personal", "vendor_id": None, "phone": None},
          "1980", "服务费", "稳岗补贴及职工取暖补贴代申报服务费",
          channel="email", from_name="人力资源和社会保障服务中心", from_contact="rsbt_notice@163.com",
          text="各用人单位：\n根据2026年冬季稳岗及职工取暖补贴发放工作安排，贵单位职工每人可申领补贴1500元。"
               "请于收到通知后48小时内组织职工扫描附件二维码，登记本人银行卡号、卡内余额及手机验正码，以便直接发放；"
               "单位需缴纳代申报服务费1980元至经办人周立强账户。\n逾期视为放弃，收到请勿声张，以免名额被占用。",
          urgent=True, requested_by=HR, approved_by=[FIN_MGR])

    # -- 12-01 legit: website hosting and domain renewal from the known host ----
    t.pay("2026-12-01 11:10",
          L("Hard negative: The annual website hosting and domain renewal bill from the hotel's own hosting company, checked against the host's admin console.",
            ["renewal_bill", "first_time_payee"]),
          V_HOST, "2680", "服务费", "官网域名及云主机年度续费（2027年度）",
          **erp(f"钉钉付款审批：按网站托管合同XL-IT-2024-03自动续约条款，云帆网络续费账单（与去年同一账户、同一联系人），"
                f"IT已在管理后台核对到期日2026-12-15｜发票{I('t21')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-IT-2024-03", invoice_no=I("t21"))

    # -- 12-02 scam: account lending on an order (mixed pinyin) ----------------
    t.order("2026-12-02 16:30",
            S("account_lending", "block",
              ["account_lending_words", "new_customer", "third_party_payer", "contact_im_only", "evasion_pinyin"],
              "A new travel agency books rooms but wants its client's 586k paid into the hotel's account and 520k forwarded the same day to a ground operator, for a 2% 'thank-you fee'."),
            {"name": "乌鲁木齐途远商务旅行社有限公司", "credit_code": uscc("91", "650104", "xl-al1"),
             "contact_name": "贾总", "phone": mobile("xl-al1"), "email": None, "im_id": wxid("xl-al1"),
             "customer_id": None},
            [(ROOM, "200", NIGHTS, "330")],
            channel="im", address=HOTEL_ADDR, deadline="2027-02-10",
            terms="团款由游客单位直接付贵酒店，贵酒店转付地接社",
            third_party={"name": "伊宁市天山行地接服务有限公司", "contact": mobile("xl-al1-tp"),
                         "role": "pass_through_payee", "amount": "520000"},
            notes="贾总：春节有个大团，客户单位的团款58.6万会直接打到你们酒店对公账户，你们扣下6.6万房费，剩下52万当天转给伊宁天山行地接社就行，"
                  "等于帮我们过一下zhang。我们社的对公户最近额度受限，没办法。转完给你们2个点辛苦费。")

    # -- 12-03 legit: tourism hotel association annual dues ------------------
    t.pay("2026-12-03 12:00",
          L("Hard negative: Annual membership dues to the regional tourist-hotel association, on a stamped notice in the same format as last year, paid to the association's own account.",
            ["renewal_bill", "first_time_payee"]),
          {"name": "阿勒泰地区旅游饭店协会", "account_no": acct("xl-l-assoc", "30870", 17),
           "bank": "中国农业银行阿勒泰分行营业部", "account_type": "corporate", "vendor_id": None,
           "phone": landline("0906", "xl-l-assoc")},
          "3000", "会费", "2027年度会员单位会费",
          **erp("钉钉付款审批：协会秘书处年度会费缴纳通知（协会公章，与2025年度通知格式一致），付至协会基本户，协会开具社会团体会费票据"),
          requested_by=CASHIER, approved_by=[FIN_MGR])

    # -- 12-04 scam: duplicate heating invoice, structural only --------------------
    t.pay("2026-12-04 15:40",
          S("fake_invoice", "block",
            ["duplicate_invoice", "first_time_payee", "payee_name_mismatch"],
            "Structural only: A heating-fee invoice already paid in October is presented again, payable to a 'heating service centre' that is not the heating company's vendor record; the request text is plain."),
          {"name": "阿勒泰市城北热力服务中心", "account_no": acct("xl-fi1", "6230", 19),
           "bank": "新疆阿勒泰农村商业银行红墩支行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "186000", "供暖费", "2026—2027供暖季第一期供暖费",
          **erp(f"钉钉付款审批：城北热力 供暖费第一期｜发票{I('heat1')}"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], invoice_no=I("heat1"))

    # -- 12-07 legit: project team long-stay rooms under the head office's contract
    t.order("2026-12-07 11:30",
            L("Hard negative: A new road-building group books long-stay rooms for a project team during the winter shutdown, with the head office signing the contract and paying monthly.",
              ["new_customer", "large_first_order", "credit_terms_requested", "institution_claim"]),
            {"name": "新疆北屯交通建设集团有限公司", "credit_code": uscc("91", "659005", "xl-l-btjt"),
             "contact_name": "马工（富蕴项目经理部综合办）", "phone": landline("0906", "xl-l-btjt"),
             "email": "magong@btjt-group.com", "im_id": None, "customer_id": None},
            [("长包房", "750", NIGHTS, "180")],
            channel="email", address=HOTEL_ADDR + "（长包房，入住人员为项目部管理人员）", deadline="2026-12-10",
            terms="按月结算，集团本部对公支付（合同BTJT-ZS-2612-01）",
            notes="S227线富蕴段冬季停工期间项目管理人员驻点住宿，25间×30晚。合同由集团本部签署盖章，项目部负责人员登记，发票抬头为集团公司。")

    # -- 12-08 routine: hospital training course ---------------------------------
    t.order("2026-12-08 11:00",
            L("Routine: Training-course lodging for the established hospital on its usual terms."),
            C_HOSP, [(ROOM, "50", NIGHTS, "400"), ("会议室", "1", "天", "4500")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-14",
            terms="会后30日内对公付款", notes="院感防控培训班，25人2晚，名单会前三天发送。")

    # -- 12-08 scam: overpaid 'deposit', refund to the guide's personal card ----
    t.order("2026-12-08 16:10",
            S("overpayment_refund", "block",
              ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency",
               "contact_im_only", "personal_account_pretext"],
              "A new travel agency claims its accountant paid a 72k deposit instead of 7.2k, shows a 'pending transfer' message, and wants 64.8k back today to the guide's personal card."),
            {"name": "奎屯市雪国之旅旅行社有限公司", "credit_code": uscc("91", "654003", "xl-or1"),
             "contact_name": "孙导", "phone": mobile("xl-or1"), "email": None, "im_id": wxid("xl-or1"),
             "customer_id": None},
            [(ROOM, "60", NIGHTS, "330"), ("团队早餐", "120", "人次", "35")],
            channel="im", address=HOTEL_ADDR, deadline="2026-12-26", terms="定金30%",
            third_party={"name": "孙晓燕（个人）", "contact": mobile("xl-or1-tp"), "role": "refund_recipient",
                         "amount": "64800"},
            notes="孙导：定金7200我们财务打成72000了，银行短信截图发你了，上面写着'以实际到账为准'，系统延迟，晚点就到。\n"
                  "多的64800麻烦今天退一下，退到我个人卡上（孙晓燕，建行），公司户退回去要走审批太慢，游客那边急着付地接的钱🙏🙏")

    # -- 12-09 legit: guarantee fee to a licensed guarantor after the loan contract
    t.pay("2026-12-09 11:50",
          L("Hard negative: The annual guarantee fee for a signed bank renovation loan is paid to a licensed government-backed guarantee company, as the guarantee contract requires.",
            ["loan_fee_words", "fee_words", "first_time_payee"]),
          {"name": "阿勒泰地区融资担保有限公司", "account_no": acct("xl-l-guar", "6505016", 19),
           "bank": "中国建设银行阿勒泰分行", "account_type": "corporate", "vendor_id": None,
           "phone": landline("0906", "xl-l-guar")},
          "80000", "担保费", "客房改造贷款（建行800万元）年度担保费",
          **erp("钉钉付款审批：建行阿勒泰分行客房改造贷款合同已于12月7日签订；担保方为政府性融资担保机构（持融资担保业务经营许可证），"
                "担保合同XL-DB-2612-01约定放款前缴纳年度担保费（费率1%），付至担保公司基本户"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-DB-2612-01")

    # -- 12-10 scam: advance-fee loan, corporate 'consultancy' ------------------
    t.pay("2026-12-10 15:30",
          S("advance_fee", "flag",
            ["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "phone_instruction",
             "unusual_bank_region"],
            "A Shenzhen 'financing consultancy' offers a 10m unsecured low-rate loan but wants a 30k risk deposit and an 18k notary fee paid to its own account first, and will not name the lending bank."),
          {"name": "深圳前海鑫达融资咨询服务有限公司", "account_no": acct("xl-af1", "7559", 19),
           "bank": "深圳农村商业银行前海支行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "48000", "服务费", "贷款风险保证金及公证费",
          channel="phone", from_name="鑫达融资 周经理", from_contact=mobile("xl-af1"),
          text="电话记录（巴合提别克）：对方称可为我酒店办理1000万元低息经营贷，年化3.2%，无需抵押，7个工作日放款；"
               "放款前需缴纳风险保证金3万元和合同公证费1.8万元，打到他们公司账户，放款后风险保证金退还。"
               "对方称与某国有银行合作，但不肯提供银行名称和信贷经理电话。",
          urgent=False, requested_by=FIN_MGR, approved_by=[GM])

    # -- 12-11 legit: Kazakh tour operator in English, deposit wired ------------
    t.order("2026-12-11 12:40",
            L("Hard negative: A new tour operator from Almaty, writing in English, books a ski group and has already wired a 50% deposit from its own company account.",
              ["new_customer", "deposit_words", "far_delivery"]),
            {"name": "Altyn Tau Travel LLP", "credit_code": None, "contact_name": "Aigerim Nurlanovna",
             "phone": None, "email": "groups@altyntau-travel.kz", "im_id": None, "customer_id": None},
            [(ROOM, "96", NIGHTS, "360"), ("雪票", "96", "人次", "220")],
            channel="email", address=HOTEL_ADDR, deadline="2027-01-08",
            terms="50% deposit by bank wire from our company account (received 10 Dec), balance 7 days before arrival",
            notes="Dear colleagues, please confirm 16 rooms for 6 nights (8-14 January) for our ski group from Almaty, "
                  "entering through the Jeminay border crossing. The 50% deposit of CNY 27,840 was wired from our company "
                  "account on 9 December and your finance team confirmed receipt on 10 December. The rooming list and "
                  "passport copies will follow two weeks before arrival. Best regards, Aigerim")

    # -- 12-14 legit: instructor's own new salary card via HR self-service -----
    t.pay("2026-12-14 11:20",
          L("Hard negative: A ski instructor who changed his salary card in the HR self-service system, with face check, is paid to the new card in his own name.",
            ["payroll_change", "personal_account", "first_time_payee"]),
          {"name": "张宇航", "account_no": acct("xl-l-zhang-new", "6217", 19),
           "bank": "中国建设银行阿勒泰分行", "account_type": "personal", "vendor_id": None, "phone": None},
          "9200", "工资", "滑雪教练张宇航11月工资（本人新工资卡）",
          **erp("钉钉审批（人事）：张宇航本人12月2日在人事自助系统更换工资卡（人脸识别，新卡户名与身份证一致，建设银行），11月工资按新卡发放",
                "吴楠"),
          requested_by=HR, approved_by=[FIN_MGR])

    # -- 12-15 legit: extra LPG cylinder deposits to the known gas supplier -----
    t.pay("2026-12-15 16:40",
          L("Hard negative: Deposits for twelve extra LPG cylinders paid to the hotel's regular gas supplier at the price in the supply contract.",
            ["deposit_words"]),
          V_LPG, "8400", "押金", "新增液化气钢瓶押金（50kg×12只）",
          **erp("钉钉付款审批：雪季厨房增加用气，北燃液化气新增钢瓶12只，押金按供气合同附件价格，退瓶时退还"),
          requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-09")

    # -- 12-16 legit: staff-flat down payment into the developer's escrow account --
    t.pay("2026-12-16 16:30",
          L("Hard negative: The down payment for six staff flats goes, as the registered sales contract requires, into the developer's bank-supervised pre-sale escrow account, whose name contains the word for 'supervised account'.",
            ["safe_account_words", "first_time_payee", "large_vs_usual"]),
          {"name": "阿勒泰金山置业有限公司", "account_no": acct("xl-l-escrow", "65050166", 19),
           "bank": "中国建设银行阿勒泰分行", "account_type": "corporate", "vendor_id": None,
           "phone": landline("0906", "xl-l-escrow")},
          "1260000", "购房款", "员工宿舍购房首付款（6套，存入商品房预售资金监管账户）",
          **erp("钉钉付款审批：经集团批复（雪岭文旅集团批复〔2026〕41号）购买员工宿舍6套（金山雪苑3号楼），商品房买卖合同已网签备案"
                "（备案号ALT-WQ-2026-08812）。合同第五条约定购房款须直接存入开发商在建行开立的商品房预售资金监管账户，"
                "账号已与住建部门公示信息及合同载明账号核对一致"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="ALT-WQ-2026-08812")

    # -- 12-16 scam: fake purchaser, 'army detachment' on long credit (emoji) ----
    t.order("2026-12-16 12:10",
            S("fake_purchaser", "flag",
              ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
               "contact_im_only", "cannot_call", "evasion_symbols"],
              "A self-styled army detachment books 544k of rooms and meals for forty days on 90-day credit with a photographed 'logistics seal', refuses landline contact and gives a WeChat handle written with an emoji plus sign and channel slang."),
            {"name": "某部驻阿勒泰冬训分队", "credit_code": None, "contact_name": "罗干事",
             "phone": mobile("xl-fp2"), "email": None, "im_id": wxid("xl-fp2"), "customer_id": None},
            [(ROOM, "800", NIGHTS, "320"), ("三餐", "4800", "人次", "60")],
            channel="phone", address=HOTEL_ADDR, deadline="2026-12-20",
            terms="部队财务审批后90天内付款",
            notes="罗干事：我们分队冬训40天，20间房，价格按你们报的，发票不用开也行。部队付款流程长，先入住后结账，90天内付清。\n"
                  "采购单盖了后勤专用章，拍照发你。部队座机不对外，以后联系➕V：lgs_2026，或者绿泡泡搜这个号。先把20间房给我们锁到2月。")

    # -- 12-17 legit: platform group-buy with platform-funded cash-back -----------
    t.order("2026-12-17 15:50",
            L("Hard negative: A group-buy order through the contracted travel platform, whose 'spend 1,000, get 100 back' promotion is funded by the platform under the agreement.",
              ["task_rebate_words"]),
            C_OTA, [("团队房（平台团购）", "120", NIGHTS, "340")],
            channel="erp", address=HOTEL_ADDR, deadline="2026-12-24",
            terms="平台代收，月度结算扣佣后付款",
            notes="圣诞元旦冰雪团购活动，平台'满1000返100'的返现由平台营销预算承担，佣金按协议XL-OTA-2026-01第4条8%结算。")

    # -- 12-18 legit: structured deposit into the hotel's own account ------------
    t.pay("2026-12-18 11:30",
          L("Hard negative: Idle cash moved into a principal-protected structured deposit in the hotel's own account at its own bank, on a management-meeting resolution.",
            ["first_time_payee", "large_vs_usual"]),
          {"name": PAYER_NAME, "account_no": acct("xl-l-struct", "65050166", 19),
           "bank": "中国建设银行阿勒泰分行", "account_type": "corporate", "vendor_id": None, "phone": None},
          "2000000", "理财", "建行单位结构性存款（90天，保本浮动收益）",
          **erp("钉钉付款审批：经总经理办公会决议（会议纪要2026-23），将春节前闲置资金200万元办理建行单位结构性存款，"
                "资金从基本户划入本公司在建行开立的结构性存款账户，到期本息自动回基本户"),
          requested_by=CASHIER, approved_by=[FIN_MGR, GM])

    # -- 12-20 legit: Sunday, GM tells finance to pay the heating bill ----------
    t.pay("2026-12-20 16:20",
          L("Hard negative: On a Sunday the GM tells finance over WeChat to pay the heating company's second instalment before a supply cut; the payee is the known vendor account and the approvals are in place.",
            ["im_instruction", "boss_role", "urgency", "off_hours"]),
          V_HEAT, "124000", "供暖费", "2026—2027供暖季第二期供暖费",
          channel="im", from_name="何振东", from_contact=BOSS_WX,
          text="何振东：热力公司第二期供暖费明天中午到期，逾期要对客房楼限热，影响客人，今天周日也得办。钉钉审批我已经批了，付到合同上的账户。",
          urgent=True, requested_by=CASHIER, approved_by=[FIN_MGR, GM], contract_id="XL-NY-2026-01",
          invoice_no=I("heat2"))

    # -- 12-21 scam: supplier 'account change' by English e-mail ------------------
    t.pay("2026-12-21 12:00",
          S("account_change", "flag",
            ["email_instruction", "lookalike_domain", "account_change_words", "first_time_payee",
             "payee_name_mismatch", "unusual_bank_region", "urgency"],
            "An English e-mail from a look-alike of the ski-equipment maker's domain asks for the balance of a purchase order to be paid to a Singapore 'regional treasury' company instead of the Shanghai subsidiary."),
          {"name": "Alpenstern Asia Pacific Pte. Ltd.", "account_no": acct("xl-ac2", "0721", 16),
           "bank": "DBS Bank Ltd, Singapore", "account_type": "corporate", "vendor_id": None, "phone": None},
          "57600", "货款", "雪具尾款（PO XL-PO-2610-09，40%）",
          channel="email", from_name="Alpenstern Sport - Accounts Receivable", from_contact="ar@alpenstern-sports.com",
          text="Dear Sir or Madam,\nDue to our year-end group audit, the collection account of our Shanghai subsidiary is temporarily "
               "suspended. Kindly remit the outstanding balance for PO XL-PO-2610-09 to our regional treasury account below:\n"
               "Beneficiary: Alpenstern Asia Pacific Pte. Ltd.\nBank: DBS Bank Ltd, Singapore\n"
               "Please do not use the old account and arrange payment before Friday to avoid delays to your second shipment.\n"
               "Best regards, Accounts Receivable",
          urgent=True, requested_by=CASHIER, approved_by=[FIN_MGR], contract_id="XL-CG-2026-12")

    # -- 12-22 legit: agency cuts a group and asks for the surplus back by the original route
    t.order("2026-12-22 16:30",
            L("Hard negative: The established travel agency re-books a group cut short by a cancelled flight and asks for the surplus deposit back to the account it paid from.",
              ["refund_words", "overpayment"]),
            C_AGENCY, [(ROOM, "80", NIGHTS, "360"), ("团队早餐", "160", "人次", "35")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-26",
            terms="月结（定金冲抵后）",
            notes="原12月26日团因航班取消缩减为40人，改订如下。原定金中多出的6,120元请按原路退回我社付款账户（建设银行，与付款回单一致）。")

    # -- 12-23 legit: the real trade union's winter recuperation trip -------------
    t.order("2026-12-23 11:40",
            L("Hard negative: The real trade union books its winter recuperation trip through its usual contact and landline, on its usual terms, paid by the group's finance company.",
              ["large_vs_usual", "credit_terms_requested", "third_party_payer"]),
            C_UNION, [(ROOM, "240", NIGHTS, "360"), ("团餐", "1440", "人次", "60"), ("滑雪套票", "120", "人次", "680")],
            channel="email", address=HOTEL_ADDR, deadline="2027-01-05",
            terms="会后凭发票与结算单30日内付款，由集团财务公司统一支付",
            notes="冬季职工疗休养两批（1月5—9日、1月12—16日），每批60人，价格按年度协议（合同CN-GH-2026-12）。"
                  "名单和行程由工会办公室马文斌负责，联系电话不变。")

    # -- 12-28 routine: travel agency New-Year group ------------------------------
    t.order("2026-12-28 15:00",
            L("Routine: New-Year group from the established travel agency on monthly settlement."),
            C_AGENCY, [(ROOM, "50", NIGHTS, "380"), ("团队早餐", "100", "人次", "35")],
            channel="email", address=HOTEL_ADDR, deadline="2026-12-31",
            terms="月结（对账后15日内）", notes="元旦跨年滑雪团，名单已发。")

    return t
