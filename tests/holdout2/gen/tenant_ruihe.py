# Tenant 1: 南通瑞禾农化有限公司 — pesticide formulator in the 如东 洋口 chemical park (Jiangsu).
# Executed by build.py (shares its namespace).

RH = Tenant("ruihe", "RH-FK", "RH-XS",
            {"account_no": acct("rh-payer", "10712601040", 17), "account_name": "南通瑞禾农化有限公司"},
            "金蝶云星空付款申请：")
RH_USD = {"account_no": acct("rh-payer-usd", "4706", 19), "account_name": "南通瑞禾农化有限公司（美元户）"}

# --- vendor master ---------------------------------------------------------------------------
V_HAICHENG = payee("南通海澄生物化学有限公司", acct("rh-v01", "4773", 19), "中国银行南通经济技术开发区支行",
                   vendor_id="V-RH01", phone="0513-0000412", short="海澄生化")
V_HAICHENG_NEW = payee("南通海澄生物化学有限公司", acct("rh-v01-new", "7559", 16), "中国民生银行深圳福田支行",
                       vendor_id="V-RH01", phone="0513-0000412", short="海澄生化")
V_FENGYUAN = payee("泰兴市沣源助剂有限公司", acct("rh-v02", "3203", 18), "江苏银行泰兴支行",
                   vendor_id="V-RH02", phone="0523-0000736", short="沣源助剂")
V_HENGPING = payee("如东县恒瓶塑料包装有限公司", acct("rh-v03", "1111", 19), "中国工商银行如东支行",
                   vendor_id="V-RH03", phone="0513-0000958", short="恒瓶包装")
HENGPING_CHANGED = "2026-06-15T10:05:00+08:00"
V_GANGTAI = payee("南通港泰危险品运输有限公司", acct("rh-v04", "3260", 18), "交通银行南通分行",
                  vendor_id="V-RH04", phone="0513-0000627", short="港泰危运")
V_GANGTAI_NEW = payee("南通港泰危险品运输有限公司", acct("rh-v04-new", "3205", 19), "中国建设银行南通分行",
                      vendor_id="V-RH04", phone="0513-0000627", short="港泰危运")
V_GAS = payee("如东县洋口工业气体有限公司", acct("rh-v05", "1070", 17), "中国农业银行如东县支行",
              vendor_id="V-RH05", phone="0513-0000381", short="洋口工业气体")
V_KISAN = payee("Kisan Crop Sciences Pvt. Ltd.", acct("rh-v06", "0071", 16),
                "ICICI Bank Ltd., Nariman Point Branch, Mumbai", vendor_id="V-RH06",
                phone="0091-22-0000547", short="Kisan")
D_GU = payee("顾建华", acct("rh-d01", "6228", 19), "中国农业银行如东县支行", "personal",
             vendor_id="D-RH01", phone="13800002761", short="个体司机顾建华")
D_ZHU = payee("朱红兵", acct("rh-d02", "6230", 19), "江苏如东农村商业银行", "personal",
              vendor_id="D-RH02", phone="13800005138", short="个体司机朱红兵")
PAYROLL = payee("中国农业银行如东县支行（代发工资专户）", acct("rh-pay", "1071", 17), "中国农业银行如东县支行",
                vendor_id="PAY-01", short="代发工资")

# --- customers -------------------------------------------------------------------------------
C_LVYE = cust("盐城绿野农资有限公司", make_uscc("91", "320903", "MA1XK3T8"), "陶经理",
              "0515-0000264", email="taojm@lvyenongzi.com", customer_id="C-RH01")
LVYE_ADDR = "盐城市盐都区潘黄街道绿野农资配送中心"
C_TANPHU = cust("Tan Phu Agro Supplies Co., Ltd.", None, "Mr. Nguyen Van Hoa", "0084-28-0000319",
                email="hoa.nguyen@tanphuagro.vn", customer_id="C-RH03")
TANPHU_ADDR = "Cat Lai Port, Thu Duc City, Ho Chi Minh City, Viet Nam (CIF)"
C_FENGMAO = cust("沭阳县丰茂农资经营部", make_uscc("92", "321322", "MA20QW5N"), "孙老板",
                 "13800007452", im_id="wxid_sunfm2819kq", customer_id="C-RH07")

E_GM, E_FM, E_CASH, E_BUY, E_SALES, E_TRADE, E_HR = ("E2100", "E2101", "E2102", "E2110",
                                                      "E2120", "E2130", "E2140")

# --- history ---------------------------------------------------------------------------------
H = "history"
RH.pay(H, ts("09-01", "10:15"), V_HAICHENG, "235200", "货款", "吡虫啉原药款（2.4吨）",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], contract_id="RH-CG-2026-002",
       invoice_no=inv("rh-h01", "2632"), note="Imidacloprid technical from the regular supplier.")
RH.order(H, ts("09-02", "09:40"), C_LVYE,
         [("10%吡虫啉可湿性粉剂", "12", "吨", "16800"), ("41%草甘膦异丙胺盐水剂", "20", "吨", "9600")],
         channel="erp", address=LVYE_ADDR, deadline="2026-09-08", terms="月结30天",
         notes="秋季备货计划第一批", note="Autumn order from an established farm-supply distributor.")
RH.pay(H, ts("09-03", "14:20"), V_HENGPING, "58400", "货款", "COEX农药瓶款（1L，9.6万只）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-005",
       invoice_no=inv("rh-h03", "2632"), changed_at=HENGPING_CHANGED,
       note="Bottles from the packaging maker whose account change dates from June 2026.")
DUP_INV = inv("rh-h04", "2632")
RH.pay(H, ts("09-04", "15:30"), V_FENGYUAN, "84200", "货款", "农乳500#款（8吨）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-008", invoice_no=DUP_INV,
       note="Emulsifier from the regular auxiliaries supplier.")
RH.pay(H, ts("09-08", "11:05"), D_GU, "3860", "运费", "个体运费（如东—盐城2趟）",
       requested_by=E_SALES, approved_by=[E_FM],
       note="Freight to an individual truck driver on his personal card.")
RH.order(H, ts("09-09", "10:30"), C_TANPHU,
         [("25%嘧菌酯悬浮剂（1L装，出口）", "8000", "升", "6.85")],
         channel="email", address=TANPHU_ADDR, deadline="2026-10-20",
         terms="30% T/T advance, balance against B/L copy", currency="USD",
         notes="PO TP-2026-097, registration no. as per previous shipments; 30% advance received 2026-09-08.",
         note="Export order from the established Vietnamese distributor.")
RH.pay(H, ts("09-10", "16:00"), PAYROLL, "512300", "工资", "8月工资代发（76人）",
       text="金蝶云星空付款申请：8月工资代发（76人），人事工资表已审批", requested_by=E_HR,
       approved_by=[E_FM, E_GM], note="Monthly payroll through the bank payroll account.")
RH.pay(H, ts("09-11", "10:45"), V_KISAN, "48000", "货款", "Azoxystrobin technical 98% advance – PI KCS/PI/2026/181",
       requested_by=E_TRADE, approved_by=[E_FM, E_GM], contract_id="RH-IM-2026-003",
       currency="USD", payer=RH_USD, note="USD advance to the Indian technical supplier.")
RH.pay(H, ts("09-15", "09:50"), V_HAICHENG, "172000", "货款", "嘧菌酯原药款（0.8吨）",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], contract_id="RH-CG-2026-002",
       invoice_no=inv("rh-h09", "2632"), note="Azoxystrobin technical from the regular supplier.")
RH.pay(H, ts("09-16", "14:10"), V_GAS, "6720", "货款", "9月氮气充装费",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-011",
       invoice_no=inv("rh-h10", "2632"), note="Nitrogen refills from the park gas supplier.")
RH.pay(H, ts("09-17", "11:30"), V_HENGPING, "61900", "货款", "COEX农药瓶款（1L，10.2万只）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-005",
       invoice_no=inv("rh-h11", "2632"), changed_at=HENGPING_CHANGED,
       note="Bottles from the packaging maker whose account change dates from June 2026.")
RH.pay(H, ts("09-18", "15:00"), V_GANGTAI, "23400", "运费", "9月危险品运费",
       requested_by=E_SALES, approved_by=[E_FM], contract_id="RH-WL-2026-003",
       invoice_no=inv("rh-h12", "2632"), note="Hazardous-goods freight to the licensed carrier.")
RH.pay(H, ts("09-22", "10:20"), D_ZHU, "2950", "运费", "个体运费（如东—阜宁1趟）",
       requested_by=E_SALES, approved_by=[E_FM],
       note="Freight to a second individual truck driver on his personal card.")
RH.order(H, ts("09-24", "13:40"), C_FENGMAO, [("5%高效氯氟氰菊酯微乳剂", "1.2", "吨", "21500")],
         channel="im", address="宿迁市沭阳县沭城街道丰茂农资门市", deadline="2026-09-27",
         terms="款到发货", notes="首单，货款由沭阳县惠农植保服务部代付，已到账",
         note="Small first order from a farm-supply shop, paid in advance by another shop.")
RH.pay(H, ts("09-25", "14:50"), V_FENGYUAN, "79600", "货款", "溶剂油S-150款（10吨）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-008",
       invoice_no=inv("rh-h15", "2632"), note="Solvent from the regular auxiliaries supplier.")
RH.pay(H, ts("09-29", "10:10"), V_KISAN, "52500", "货款", "Azoxystrobin technical 98% balance – PI KCS/PI/2026/181",
       requested_by=E_TRADE, approved_by=[E_FM, E_GM], contract_id="RH-IM-2026-003",
       currency="USD", payer=RH_USD, note="USD balance to the Indian technical supplier.")
RH.pay(H, ts("10-13", "10:40"), V_HAICHENG, "196000", "货款", "吡虫啉原药款（2吨）",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], contract_id="RH-CG-2026-002",
       invoice_no=inv("rh-h17", "2632"), note="Imidacloprid technical from the regular supplier.")
RH.order(H, ts("10-14", "09:30"), C_LVYE,
         [("25%嘧菌酯悬浮剂", "6", "吨", "42000"), ("10%吡虫啉可湿性粉剂", "8", "吨", "16800")],
         channel="email", address=LVYE_ADDR, deadline="2026-10-20", terms="月结30天",
         notes="陶经理邮件下单，冬储第二批", note="Second order from the established distributor.")
RH.pay(H, ts("10-16", "15:20"), V_HENGPING, "55300", "货款", "COEX农药瓶款（500ml，13万只）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-005",
       invoice_no=inv("rh-h19", "2632"), changed_at=HENGPING_CHANGED,
       note="Bottles from the packaging maker whose account change dates from June 2026.")
RH.pay(H, ts("10-20", "11:00"), D_GU, "4120", "运费", "个体运费（如东—盐城2趟）",
       requested_by=E_SALES, approved_by=[E_FM],
       note="Freight to the first individual truck driver again.")

# --- test ------------------------------------------------------------------------------------
T = "test"
RH.pay(T, ts("11-02", "10:05"), V_HAICHENG, "215600", "货款", "吡虫啉原药款（2.2吨）",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], contract_id="RH-CG-2026-002",
       invoice_no=inv("rh-t01", "2632"),
       note="Routine: Imidacloprid technical from the regular supplier.")

RH.order(T, ts("11-03", "14:30"), C_FENGMAO,
         [("5%高效氯氟氰菊酯微乳剂", "12", "吨", "21500"), ("10%吡虫啉可湿性粉剂", "8", "吨", "16800")],
         channel="im", address="临沂市兰山区义堂镇临沂商城物流园7号库", deadline="2026-11-06",
         terms="发货后60天付清",
         notes="孙老板：上回那批货农户用着不错，这次秋播要往山东那边几个点铺，量一下子上去了，一次拿不出这么多现钱，"
               "发货后两个月结清。钱还是惠农植保那边帮我们走。货直接拉到临沂兰山的物流园，那边有人卸。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["small_then_large", "credit_terms_requested", "third_party_payer", "far_delivery",
                  "contact_im_only"],
         note="A shop whose 25.8k first order was paid by another shop now orders fifteen times as much on 60-day credit, again via that third party, for a Linyi logistics park.")

TENDER = payee("南通市公共资源交易中心", acct("rh-tender", "4788", 19), "中国银行南通分行", phone="0513-0000170",
               short="南通市公共资源交易中心")
RH.pay(T, ts("11-04", "09:50"), TENDER, "50000", "投标保证金",
       "南通市2026年度农作物病虫害统防统治药剂采购（NTGZ-2026-NY0318）投标保证金",
       text="金蝶云星空付款申请：南通市2026年度农作物病虫害统防统治药剂采购项目（编号NTGZ-2026-NY0318）投标保证金5万元，"
            "按交易中心招标公告第七条列明的保证金专用账户汇入，未中标的开标后按原渠道退回。附：招标公告、报名回执",
       requested_by=E_SALES, approved_by=[E_FM, E_GM],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Tender deposit to the city public resource trading centre account named in the tender announcement.")

HK_BOSS = payee("Harbourline Agri Ventures Limited", acct("rh-b1", "0160", 16),
                "DBS Bank (Hong Kong) Limited", short="Harbourline")
RH.pay(T, ts("11-04", "15:10"), HK_BOSS, "86500", "收购款", "Project Mekong – first instalment",
       channel="email", from_name="Yan Guoping", from_contact="yan.guoping@rhnonghua-group.com",
       text="From: Yan Guoping <yan.guoping@rhnonghua-group.com>\nTo: Lily Zhou\nSubject: Quick one - please handle personally\n\n"
            "Lily,\nBefore anything else: how much can the dollar account release today? Just reply with the figure, no need to copy finance.\n\n"
            "We are closing the purchase of a product registration dossier in Vietnam from a local holder. The lawyers need a first instalment of "
            "USD 86,500 wired to the seller's Hong Kong company before their cut-off this afternoon. Beneficiary details are below.\n\n"
            "Please keep this to yourself until the board announces it - Mr Gu and the finance team will be briefed later. "
            "I am on the road with the Vietnamese side and will sign the payment form when I am back on Monday.\n\nYan",
       urgent=True, requested_by=E_TRADE, approved_by=[], currency="USD", payer=RH_USD,
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["email_instruction", "lookalike_domain", "balance_probe", "secrecy_words", "bypass_process",
                "boss_role", "first_time_payee", "no_approval", "unusual_bank_region", "urgency",
                "no_po_contract"],
       note="An English e-mail from a look-alike of the chairman's domain asks the foreign-trade clerk for the dollar balance, then for USD 86.5k to a Hong Kong company for a secret dossier purchase, paperwork on Monday.")

RH.pay(T, ts("11-05", "10:40"), V_GAS, "24000", "押金", "新增氮气钢瓶40只押金（600元/只，退瓶返还）",
       text="金蝶云星空付款申请：洋口工业气体｜新增40L氮气钢瓶40只押金，按供气合同RH-CG-2026-011第5条，钢瓶归还时押金全额退回",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-011",
       signals=["deposit_words"],
       note="Hard negative: Returnable cylinder deposit to the regular park gas supplier under its supply contract.")

RH.pay(T, ts("11-06", "10:20"), V_KISAN, "49800", "货款", "Azoxystrobin technical 98% advance – PI KCS/PI/2026/209",
       channel="email", from_name="Rajesh Mehta", from_contact="accounts@kisancrop.in",
       text="From: Rajesh Mehta <accounts@kisancrop.in>\nTo: Lily Zhou\nSubject: PI KCS/PI/2026/209 - advance\n\n"
            "Dear Lily,\nPlease find attached PI 209 for 2 MT Azoxystrobin technical. As agreed in contract RH-IM-2026-003, 30% advance is due "
            "before we book the container; the vessel closes on 12 November, so we would be grateful if the remittance could reach us this week. "
            "Bank details are unchanged (ICICI, as in the contract).\n\nBest regards,\nRajesh",
       urgent=True, requested_by=E_TRADE, approved_by=[E_FM, E_GM], contract_id="RH-IM-2026-003",
       currency="USD", payer=RH_USD,
       signals=["email_instruction", "urgency"],
       note="Hard negative: The Indian supplier's e-mailed proforma asks for the contractual advance this week to its unchanged account on file.")

TR1 = payee("韦晓东", acct("rh-tr1", "6217", 19), "中国建设银行南宁民族大道支行", "personal", short="韦晓东")
RH.pay(T, ts("11-06", "11:15"), TR1, "38600", "预付款", "包材样品预付",
       channel="im", from_name="接单群 导师小雅", from_contact="wxid_xiaoya_dsq01",
       text="【接单群·导师小雅】亲，您这一轮第3单是联单，要一次补足38600，前面两单的本金和返拥才能一起解开哦～\n"
            "【接单群·导师小雅】收款人韦晓东，建行卡，转好截图给我，涮单流水马上给您结清\n"
            "（申请人备注：先借公司预付款垫一下，月底前本人归还）",
       requested_by="E2150", approved_by=[],
       label="scam", scam_type="task_rebate", expect="block",
       signals=["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "no_approval",
                "im_instruction", "vague_memo", "no_po_contract", "unusual_bank_region",
                "evasion_homophone"],
       note="A warehouse clerk caught in a task scam dresses a 38.6k top-up to a Nanning personal card as a packaging-sample prepayment; the pasted chat uses homophones for order-brushing and commission.")

RH.pay(T, ts("11-09", "09:35"), PAYROLL, "528450", "工资", "10月工资代发（78人）",
       text="金蝶云星空付款申请：10月工资代发（78人），人事工资表已审批", requested_by=E_HR,
       approved_by=[E_FM, E_GM], note="Routine: Monthly payroll through the bank payroll account.")

FS1 = payee("蒋立群", acct("rh-fs1", "6228", 19), "中国农业银行如东县支行", "personal", short="蒋立群")
RH.pay(T, ts("11-09", "15:20"), FS1, "31680", "工资", "10月包装线临时工工资（6人）",
       text="金蝶云星空付款申请：10月包装线临时工工资（6人），考勤表见附件", requested_by=E_HR,
       approved_by=[E_FM],
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
       note="Structural only: six temporary packers' October wages go in one ERP payment to a single personal card held by somebody else; the text is an ordinary wage line.")

LVYE_PAYEE = payee("盐城绿野农资有限公司", acct("rh-lvye", "3209", 19), "中国建设银行盐城盐都支行",
                   phone="0515-0000264", short="绿野农资")
RH.pay(T, ts("11-10", "10:10"), LVYE_PAYEE, "33600", "退款", "退货款原路退回（10%吡虫啉可湿性粉剂2吨，包装破损）",
       text="金蝶云星空付款申请：绿野农资10月到货中2吨外袋破损退货，仓库已验收入库，红字发票已开；货款33600元原路退回其10月付款账户（银行回单附后）",
       requested_by=E_SALES, approved_by=[E_FM],
       signals=["refund_words", "first_time_payee"],
       note="Hard negative: Refund for damaged goods returned by the established distributor, sent back to the corporate account it paid from.")

AI3 = payee("上海聚鑫远商务咨询有限公司", acct("rh-ai3", "6226", 16), "中国民生银行上海闵行支行", short="聚鑫远")
RH.pay(T, ts("11-11", "14:00"), AI3, "460000", "往来款", "对公户年审流水核对",
       channel="phone", from_name="人行账户管理科 刘科长", from_contact="13800008214",
       text="短信：【人民银行南通市分行】贵单位基本存款账户2026年度年审未通过，系统检测到异常流水，将于今日17:00暂停非柜面业务，请速联系年审专员13800008214。\n"
            "通话记录（沈晓雯）：对方自称人行账户管理科刘科长，要求把基本户上的资金先转入人行指定的 監 管 帳 戶 做流水核驗，核驗完24小時內原數退回；"
            "讲明审核期间不得联系开户行客户经理，否则视为不配合。",
       urgent=True, requested_by=E_CASH, approved_by=[],
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                "first_time_payee", "no_approval", "evasion_traditional", "evasion_spacing"],
       note="A fake central-bank 'annual review' call tells the cashier to move 460k into a 'supervised account' for checking and not to tell the bank; key words spaced out in traditional characters.")

RH.pay(T, ts("11-12", "10:25"), V_GANGTAI_NEW, "26800", "运费", "10月危险品运费",
       text="金蝶云星空付款申请：港泰危运10月运费｜合同RH-WL-2026-003｜收款账户11月5日变更为建行南通分行（原交行网点撤并销户），"
            "盖章变更函原件已收；钱丽娟已回拨供应商档案电话0513-0000627，与港泰财务核对户名账号一致",
       requested_by=E_SALES, approved_by=[E_FM, E_GM], contract_id="RH-WL-2026-003",
       invoice_no=inv("rh-t11", "2632"), changed_at="2026-11-05T10:20:00+08:00",
       verification={"callback_done": True, "callback_number": "0513-0000627", "verified_by": E_FM,
                     "verified_at": "2026-11-05T11:05:00+08:00"},
       signals=["account_changed_recent", "account_change_words", "first_time_payee"],
       note="Hard negative: First payment to the hazmat carrier's new account, changed a week earlier on a stamped letter and confirmed by a call-back to the phone number on file.")

C_LVFENG = cust("阜宁县绿丰植保专业合作社", make_uscc("93", "320923", "MA27LD6H"), "蔡社长", "13800004390",
                im_id="wxid_caicz_lf88")
RH.order(T, ts("11-12", "15:45"), C_LVFENG, [("41%草甘膦异丙胺盐水剂", "6", "吨", "9600")],
         channel="im", address="盐城市阜宁县羊寨镇绿丰植保合作社仓库", deadline="2026-11-16", terms="平台担保交易",
         fees=[("平台商家保障bzj", "5000")],
         notes="视频里蔡社长说货款走'农资通'平台担保，钱已付进平台冻结着，要我们商家先交5000元bzj开通收款权限钱才能从平台放出来；"
               "又发来一个会议号，让我们下载后点'屏·幕·共·享'，由平台客服👨‍💻一步步带着操作。",
         label="scam", scam_type="fake_order", expect="flag",
         signals=["fee_asked_of_seller", "remote_control", "deposit_words", "new_customer", "contact_im_only",
                  "evasion_pinyin", "evasion_symbols"],
         note="A new 'plant-protection cooperative' says its payment sits on an escrow platform that wants a 5k seller deposit before releasing it, and asks the salesman to join a meeting app and share his screen; pinyin initials and dotted characters.")

C_GANHE = cust("江西赣禾农资连锁有限公司", make_uscc("91", "360121", "MA3B9RQ2"), "罗经理", "0791-0000582",
               email="luo@ganhe-nz.com")
RH.order(T, ts("11-13", "09:55"), C_GANHE,
         [("25%嘧菌酯悬浮剂", "15", "吨", "42000"), ("10%吡虫啉可湿性粉剂", "10", "吨", "16800")],
         channel="email", address="南昌市南昌县小蓝经济开发区赣禾农资物流仓", deadline="2026-11-20",
         terms="款到发货（已全额预付）",
         notes="首单。全款798000元已于11月12日由赣禾农资对公账户汇入，农行已确认入账（回单附后）；营业执照、农药经营许可证已核。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: Large first order from a new regional chain, fully prepaid from its own corporate account and confirmed by the bank.")

CF2 = payee("合肥卓润商贸有限公司", acct("rh-cf2", "2250", 17), "徽商银行合肥高新区支行", short="卓润商贸")
RH.pay(T, ts("11-16", "10:30"), CF2, "268000", "货款", "溶剂油S-150预付款（40吨）",
       channel="im", from_name="安徽卓泰化工贸易 王经理", from_contact="wxid_wangjl_zt66",
       text="王经理：合同就按我们那份签，单价比市面低900，就这一批现货，还有两家在问，今天下班前款不到就先给别人了。\n"
            "王经理：收款走合肥卓润的户，开票也是它开，两家一个老板，放心。\n"
            "王经理：全款到了安排发货，车我们这边找。\n"
            "（陆志强备注：卓泰营业执照今年9月刚注册，注册资本50万）",
       urgent=True, requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-027",
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["first_time_payee", "payee_name_mismatch", "shell_company", "urgency", "im_instruction"],
       note="A two-month-old solvent trader signs on its own template below market and wants full prepayment today to a different company that 'has the same owner'.")

RH.order(T, ts("11-16", "14:20"), C_TANPHU, [("25%嘧菌酯悬浮剂（1L装，出口）", "12000", "升", "6.85")],
         channel="email", address=TANPHU_ADDR, deadline="2026-12-05",
         terms="30% T/T advance, balance against B/L copy", currency="USD",
         notes="PO TP-2026-118 from Mr. Hoa: urgent - the rice season starts early this year, please ship on the first December vessel. "
               "Bottle as per our specification (COEX 1L from your approved maker). Same consignee, bank and terms as PO 097; 30% advance to follow this week.",
         signals=["email_instruction", "urgency"],
         note="Hard negative: An urgent English e-mail purchase order from the established Vietnamese distributor, same consignee, bank and terms as before.")

KISAN_HK = payee("Kisan Agro Trading (HK) Limited", acct("rh-ac3", "4470", 16),
                 "Standard Chartered Bank (Hong Kong) Limited", vendor_id="V-RH06", phone="0091-22-0000547",
                 short="Kisan HK")
RH.pay(T, ts("11-17", "11:00"), KISAN_HK, "61250", "货款", "Azoxystrobin technical 98% – PI KCS/PI/2026/217",
       channel="email", from_name="Rajesh Mehta", from_contact="accounts@kisan-cropsciences.com",
       text="From: Rajesh Mehta <accounts@kisan-cropsciences.com>\nTo: Lily Zhou\nSubject: RE: PI KCS/PI/2026/217 - remittance instructions\n\n"
            "Dear Lily,\nFrom this month all USD receipts of Kisan are collected centrally by our Hong Kong trading arm, because our ICICI current "
            "account is going through the bank's annual KYC refresh and cannot take inward remittances until it is completed.\n"
            "Kindly route the payment for PI 217 to the account below and ignore the bank details printed on the PI:\n"
            "Beneficiary: Kisan Agro Trading (HK) Limited, Standard Chartered Bank (Hong Kong) Limited.\n"
            "We would appreciate the remittance by Thursday so the cargo is not rolled to the next vessel. If you wish to confirm, "
            "my direct line is +852 0000 318.\n\nRegards,\nRajesh",
       urgent=True, requested_by=E_TRADE, approved_by=[E_FM], contract_id="RH-IM-2026-003",
       currency="USD", payer=RH_USD, changed_at="2026-11-11T14:30:00+08:00",
       verification={"callback_done": True, "callback_number": "00852-0000318", "verified_by": E_TRADE,
                     "verified_at": "2026-11-11T14:10:00+08:00"},
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "payee_name_mismatch", "email_instruction", "lookalike_domain",
                "account_change_words", "unusual_bank_region", "first_time_payee", "urgency", "new_contact"],
       note="An English e-mail from a look-alike of the Indian supplier's domain moves its dollar receipts to a Hong Kong 'trading arm'; the change was keyed six days ago after a call to the number in the e-mail, not the one on file.")

RH.pay(T, ts("11-18", "10:15"), LVYE_PAYEE, "45000", "销售返利", "2026年度经销返利（合同RH-XS-2026-005第9条，年销量达标返1.5%）",
       text="金蝶云星空付款申请：绿野农资2026年度销售返利，按经销合同第9条年销量达标返1.5%，销售台账已与对方对账确认，对方已出具收据，付至其对公账户",
       requested_by=E_SALES, approved_by=[E_FM, E_GM], contract_id="RH-XS-2026-005",
       signals=["task_rebate_words", "first_time_payee"],
       note="Hard negative: Contractual annual volume rebate paid to the established distributor's own corporate account.")

FI3 = payee("南京汇票通财税咨询有限公司", acct("rh-fi3", "0130", 18), "南京银行南京江宁支行", short="汇票通财税")
RH.pay(T, ts("11-18", "15:30"), FI3, "18600", "咨询服务费", "财税咨询服务费",
       channel="im", from_name="财税顾问 何经理", from_contact="wxid_he_caishui01",
       text="何经理：钱总您好，年底进项要是不够，我们这边能帮着解决，13个点的专票、数电票都有，挂我们咨询服务的名目，按票面收6个dian，园区好几家化工厂都在用。\n"
            "何经理：先付18600，对应31万票面，票开出来在税局网站能查到。",
       requested_by=E_CASH, approved_by=[],
       label="scam", scam_type="fake_invoice", expect="flag",
       signals=["invoice_trade_words", "first_time_payee", "no_po_contract", "im_instruction", "new_contact",
                "no_approval", "evasion_pinyin"],
       note="A 'tax consultancy' offers input VAT invoices at six points under a consulting-fee cover and asks 18.6k up front; 'points' half in pinyin.")

B4 = payee("Sinoway Registration Consulting Pte. Ltd.", acct("rh-b4", "0720", 16), "OCBC Bank, Singapore",
           short="Sinoway")
RH.pay(T, ts("11-19", "16:20"), B4, "18400", "注册费", "Philippine FPA registration – trial data fee",
       channel="email", from_name="Gu Zhendong", from_contact="gm.office@rhnonghua.co",
       text="From: Gu Zhendong <gm.office@rhnonghua.co>\nTo: Lily Zhou\nSubject: FPA dossier - today please\n\n"
            "Lily,\nThe consultant needs USD 18,400 for the trial data package of our Philippine FPA registration, otherwise we lose the slot for "
            "this quarter. Invoice attached, please remit from the dollar account today.\n"
            "I'm about to board for Manila and will be unreachable for the rest of the day, so no need to call. I'll sign the payment form when I'm back.\n\nZhendong",
       urgent=True, requested_by=E_TRADE, approved_by=[], currency="USD", payer=RH_USD,
       label="scam", scam_type="boss_impersonation", expect="flag",
       signals=["email_instruction", "lookalike_domain", "cannot_call", "bypass_process", "boss_role",
                "first_time_payee", "no_approval", "urgency", "unusual_bank_region", "no_po_contract"],
       note="An English e-mail from a '.co' look-alike of the company domain has the 'GM', about to board a flight, order USD 18.4k to a Singapore consultant today, form signed later.")

COURT = payee("如东县人民法院", acct("rh-court", "1071", 17), "中国农业银行如东县支行", phone="0513-0000245",
              short="如东县人民法院")
RH.pay(T, ts("11-20", "10:40"), COURT, "86420", "执行款", "（2026）苏0623执1187号案件执行款",
       text="金蝶云星空付款申请：根据如东县人民法院执行通知书（2026）苏0623执1187号，运输合同纠纷案执行款（含迟延履行利息）86420元，"
            "汇入法院执行款专户；法务已核对通知书原件及法院公布的账户信息",
       requested_by=E_FM, approved_by=[E_GM],
       signals=["authority_words", "first_time_payee"],
       note="Hard negative: Court-ordered enforcement money paid to the county people's court's own enforcement account.")

RH.pay(T, ts("11-23", "10:00"), V_HAICHENG_NEW, "218000", "货款", "嘧菌酯原药款（1吨）",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], contract_id="RH-CG-2026-002",
       invoice_no=inv("rh-t22", "2632"), changed_at="2026-11-20T16:45:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "first_time_payee", "unusual_bank_region"],
       note="Structural only: the technical supplier's account was switched to a Shenzhen bank three days before this routine ERP payment.")

RH.pay(T, ts("11-23", "15:10"), D_GU, "4560", "运费", "个体运费（如东—阜宁2趟，含垫付通行费）",
       text="金蝶云星空付款申请：个体司机顾建华11月运费，如东—阜宁2趟，含其垫付的高速通行费380元（通行费发票附后）",
       requested_by=E_SALES, approved_by=[E_FM],
       signals=["personal_account"],
       note="Hard negative: Freight, including tolls he advanced, to the individual driver's personal card that has been paid before.")

FS3 = payee("吴海峰", acct("rh-fs3", "6217", 19), "中国邮政储蓄银行遵义市分行", "personal", short="吴海峰")
RH.pay(T, ts("11-24", "11:30"), FS3, "7860", "工资", "11月工资（吴海峰，发薪卡变更）",
       channel="email", from_name="吴海峰", from_contact="wuhaifeng1987@163.com",
       text="曹姐你好，我原来那张农行工资咔前几天丢了，补办要回老家，这个月工资先发我新开的邮储咔，户名吴海峰，开户行邮储银行遵义分行，账号见附件。\n"
            "车间这几天三班倒，上班时间手机不让带，接不了电话，有事邮件里说就行，谢谢！",
       requested_by=E_HR, approved_by=[E_FM],
       label="scam", scam_type="fake_salary", expect="flag",
       signals=["payroll_change", "email_instruction", "free_mail", "personal_account", "first_time_payee",
                "unusual_bank_region", "cannot_call", "evasion_homophone"],
       note="A free-mail message 'from' a production worker moves his salary to a new card in Guizhou just before pay day and rules out phone calls; 'card' written with a homophone.")

C_LVYE_FAKE = cust("盐城绿野农资销售有限公司", make_uscc("91", "320903", "MADP4H7E"), "陶建民", "13800003627",
                   email="lvyenongzi@qq.com")
RH.order(T, ts("11-25", "10:05"), C_LVYE_FAKE,
         [("25%嘧菌酯悬浮剂", "20", "吨", "42000"), ("41%草甘膦异丙胺盐水剂", "30", "吨", "9600")],
         channel="email", address="临沂市河东区九曲街道鸿运仓储3号库", deadline="2026-11-30",
         terms="货到后60天电汇",
         notes="邮件：明年春季备货提前，这批量大，原来的月结周转不过来，公司领导批了60天账期；今年在临沂新租了中转仓，货直接发那边。"
               "公司邮箱在迁移，以后就用这个邮箱联系。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "credit_terms_requested",
                  "far_delivery", "large_first_order"],
         note="A name two characters longer than the established distributor, writing from a QQ mailbox 'while the company mail migrates', orders 1.13m on 60-day credit for a Linyi warehouse.")

V_KERUI = payee("常州科瑞高阻隔包装有限公司", acct("rh-v07", "3205", 19), "中国建设银行常州新北支行",
                vendor_id="V-RH07", phone="0519-0000663", short="科瑞包装")
RH.pay(T, ts("11-25", "14:45"), V_KERUI, "48960", "货款", "出口订单TP-2026-118客户指定COEX瓶（1L，1.2万只）",
       text="金蝶云星空付款申请：越南Tan Phu订单TP-2026-118，客户合同指定瓶型及供应商常州科瑞（其登记用包装）；"
            "客户30%预付款USD 24,660已于11月20日到中行美元户（入账通知附后）；科瑞已通过供应商准入，采购合同RH-CG-2026-031",
       requested_by=E_BUY, approved_by=[E_FM, E_GM], order_id="TP-2026-118", contract_id="RH-CG-2026-031",
       invoice_no=inv("rh-t26", "2632"),
       signals=["designated_supplier", "first_time_payee", "sales_order_linked"],
       note="Hard negative: First payment to the bottle maker an export customer specified, after the customer's own advance has arrived and under our purchase contract.")

RH.pay(T, ts("11-26", "09:40"), V_FENGYUAN, "84200", "货款", "农乳500#款（8吨）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-008", invoice_no=DUP_INV,
       label="scam", scam_type="fake_invoice", expect="block",
       signals=["duplicate_invoice"],
       note="Structural only: an ERP request pays the emulsifier supplier's September invoice number a second time for the same amount; nothing in the text hints at it.")

B3 = payee("上海沁澜企业管理咨询有限公司", acct("rh-b3", "3100", 19), "中国建设银行上海长宁支行", short="沁澜咨询")
RH.pay(T, ts("11-27", "15:15"), B3, "395000", "定金", "登记证转让合作定金",
       channel="im", from_name="嚴國平", from_contact="QQ群:瑞禾經營管理群（當日新建）",
       text="嚴國平：曉雯，網銀現在能動用的頭寸大概有多少？拍個首頁給我看下\n"
            "沈晓雯：严董，农行基本户可用412万，中行一般户87万\n"
            "嚴國平：好。跟上海那邊談的登記證轉讓今天要鎖定，先付合作定金39.5萬到上海沁澜企业管理咨询有限公司，賬號我私發你。"
            "審批單等我從外地回來再簽，這事先別在群外講。\n"
            "嚴國平：我這邊一直在談，電話就別打了，有事群裡說",
       urgent=True, requested_by=E_CASH, approved_by=[],
       label="scam", scam_type="boss_impersonation", expect="block",
       signals=["im_instruction", "new_contact", "balance_probe", "bypass_process", "secrecy_words", "cannot_call",
                "boss_role", "deposit_words", "first_time_payee", "no_approval", "urgency",
                "evasion_traditional"],
       note="In a QQ group created that day a 'chairman' writing in traditional characters asks how much cash the bank accounts can release, then orders a 395k deal deposit to a Shanghai consultancy, signature later, no calls.")

AF2 = payee("深圳前海融信通供应链服务有限公司", acct("rh-af2", "4000", 19), "平安银行深圳前海支行", short="融信通")
RH.pay(T, ts("11-30", "10:20"), AF2, "25000", "服务费", "授信放款解凍服務費",
       channel="im", from_name="融信通客服 小周", from_contact="wxid_rxt_kf_zhou",
       text="小周：錢總，貴司500萬流動資金授信已批，但放款時系統提示收款帳號與營業執照登記不一致，款項被風控凍結了。\n"
            "小周：按平台規定要先交2.5萬解凍保障金，到賬後30分鐘內連同授信款一起放出，保障金在首期還款時抵扣。\n"
            "小周：今天不處理的話，額度會被系統自動收回。",
       urgent=True, requested_by=E_FM, approved_by=[E_GM],
       label="scam", scam_type="advance_fee", expect="flag",
       signals=["loan_fee_words", "first_time_payee", "no_po_contract", "im_instruction", "urgency",
                "evasion_traditional"],
       note="A 'supply-chain finance platform' says an approved 5m credit line is frozen by an account-number mismatch and wants a 25k unfreezing fee first; written in traditional characters.")

PRINT = payee("如东县洋口镇海韵文印广告部", acct("rh-print", "3206", 19), "江苏如东农村商业银行洋口支行",
              phone="0513-0000894", short="海韵文印")
RH.pay(T, ts("12-01", "14:00"), PRINT, "3260", "宣传费", "反诈宣传展板及培训手册印制",
       text="金蝶云星空付款申请：配合洋口派出所12月8日在公司食堂开展的反诈培训，印制展板12块、培训手册150册。"
            "展板内容：自称公检法让把钱转进'安全账户'的一律是诈骗；'领导'微信让转账先打电话核实；刷单返利都是骗局。报价单及派出所活动通知附后",
       requested_by=E_HR, approved_by=[E_FM],
       signals=["authority_words", "safe_account_words", "task_rebate_words", "first_time_payee"],
       note="Hard negative: Printing of boards and handbooks for an anti-fraud training given by the park police station, quoting scam phrases.")

C_AIWEI = cust("如皋市城南街道爱卫办", None, "朱主任", "13800006175", im_id="wxid_zhu_aiwei77")
RH.order(T, ts("12-02", "10:50"), C_AIWEI,
         [("2.5%吡虫啉杀蟑胶饵（10克/支）", "6000", "支", "4.50"),
          ("4.5%高效氯氰菊酯水乳剂（卫生用，1L）", "800", "瓶", "36.00")],
         channel="im", address="如皋市城南街道办事处后院仓库", deadline="2026-12-05", terms="财政支付，已转账",
         third_party={"name": "南通市崇川区绿康消杀器械商行", "contact": "13800009023",
                      "role": "designated_supplier", "amount": "46800.00"},
         notes="朱主任：冬季病媒消殺要趕在檢查前做完，藥就定你們家的。另外還缺20台電動超低容量噴霧器，街道一直用綠康那家，"
               "上回結賬鬧得不太愉快，麻煩你們出面幫我們拿一下，4.68萬你們先墊上，跟藥款一塊結給你們。\n"
               "朱主任：藥款和噴霧器款一共102600已經對公轉過去了，截圖發你，財政零餘額賬戶到賬慢一點。",
         label="scam", scam_type="fake_order", expect="block",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
                  "new_customer", "contact_im_only", "evasion_traditional"],
         note="A 'street sanitation office' orders insecticide and wants us to advance 46.8k for sprayers from a shop it names, backed only by a transfer screenshot; written in traditional characters.")

OR2 = payee("连云港鼎晟农资有限公司", acct("rh-or2", "5060", 18), "江苏银行连云港分行", short="鼎晟农资")
RH.pay(T, ts("12-03", "11:10"), OR2, "45000", "退款", "农丰植保多付款退回",
       channel="im", from_name="宿迁农丰植保 刘老板", from_contact="wxid_liulb_nf520",
       text="刘老板：黄经理，刚才那笔货款会计手一抖多按了个4，多出来45000，回单发你了，上面写着'处理中'。\n"
            "刘老板：多的那块不用回我们这儿，直接打给我们上家连云港鼎晟农资，正好顶我们欠他们的药钱，省得来回倒。今天能弄吧，他们催得紧。\n"
            "（黄海燕备注：网银暂未查到对方入账）",
       urgent=True, requested_by=E_SALES, approved_by=[], order_id="RH-XS-20261202001",
       label="scam", scam_type="overpayment_refund", expect="block",
       signals=["refund_to_other_account", "overpayment", "refund_words", "fake_payment_proof", "first_time_payee",
                "sales_order_linked", "im_instruction", "urgency", "no_approval"],
       note="A new buyer claims a 45k overpayment still 'processing' and wants it sent to his own supplier instead of back to him; nothing has arrived.")

RH.pay(T, ts("12-04", "10:30"), V_HENGPING, "64700", "货款", "COEX农药瓶款（1L，10.6万只）",
       requested_by=E_BUY, approved_by=[E_FM], contract_id="RH-CG-2026-005",
       invoice_no=inv("rh-t33", "2632"), changed_at=HENGPING_CHANGED,
       signals=["account_changed_long_ago"],
       note="Hard negative: Bottles paid to the packaging maker whose account change was recorded in June 2026 and used for every payment since.")

AI2 = payee("黄德明", acct("rh-ai2", "6212", 19), "中国工商银行南通崇川支行", "personal", short="黄德明")
RH.pay(T, ts("12-07", "15:40"), AI2, "28000", "罚款", "安全生产罚款",
       channel="sms", from_name="南通市应急管理局执法支队", from_contact="13800001936",
       text="【南通市应急管理局执法支队】瑞禾农化：你单位危化品仓库11月检查发现未落实双人双锁，拟处罚kuan2.8万元。为免予公示、不影响安全生产许可证延续，"
            "请于今日16时前将罚kuan及滞纳jin汇入执法支队工作人员黄德明账户（工行），逾期移送。咨询13800001936\n"
            "（沈晓雯备注：对方来电催了两次，说不用等书面处罚决定书）",
       urgent=True, requested_by=E_CASH, approved_by=[],
       label="scam", scam_type="authority_impersonation", expect="flag",
       signals=["authority_words", "personal_account", "first_time_payee", "urgency", "phone_instruction",
                "no_approval", "evasion_pinyin"],
       note="An SMS and calls 'from the emergency-management enforcement team' demand a 28k safety fine today to an officer's personal card without a written decision; 'fine' and 'late fee' half in pinyin.")

C_GOLDEN = cust("Golden Harvest Agro Trading FZE", None, "Mr. Samir Haddad", "00971-4-0000726",
                email="procurement.goldenharvest@gmail.com")
RH.order(T, ts("12-08", "10:15"), C_GOLDEN, [("10%吡虫啉可湿性粉剂（1kg袋装，出口）", "6000", "千克", "3.90")],
         channel="email", address="Jebel Ali Free Zone, Dubai, UAE (CFR)", deadline="2026-12-20",
         terms="100% T/T in advance", currency="USD",
         third_party={"name": "Al Noor Freight Services LLC", "contact": "ops@alnoorfreight-dxb.com",
                      "role": "refund_recipient", "amount": "12000.00"},
         notes="Buyer's e-mail: 'Our bank has sent USD 35,400 instead of USD 23,400 - our clerk merged two invoices, SWIFT copy attached. "
               "Please do not return the extra to us, a reversal takes weeks; kindly pay the USD 12,000 to our forwarder Al Noor Freight in Dubai, "
               "who will book the container. Please confirm today so we keep the sailing.' Our BOC dollar account shows no receipt yet.",
         label="scam", scam_type="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "free_mail",
                  "urgency", "email_instruction"],
         note="A new Dubai buyer on Gmail says it overpaid USD 12k by SWIFT and wants the excess paid to its forwarder; nothing has reached our account.")

C_CHENGHUI = cust("上海澄汇国际贸易有限公司", make_uscc("91", "310115", "MA1GP8K5"), "魏总", "13800002584",
                  im_id="wxid_wei_chenghui")
RH.order(T, ts("12-09", "14:25"), C_CHENGHUI, [("41%草甘膦异丙胺盐水剂", "5", "吨", "9600")],
         channel="im", address="上海市浦东新区外高桥保税物流园区澄汇仓库", deadline="2026-12-14", terms="款到发货",
         third_party={"name": "浙江瀚洋实业有限公司", "contact": "13800005906", "role": "pass_through_payee",
                      "amount": "1152000.00"},
         notes="魏總：這單草甘膦就當交個朋友。還有個事，我們有筆120萬的工程回款，對方只能打給生產企業的對公戶，"
               "想先打到貴司賬上，貴司扣下4.8萬貨款，剩下115.2萬當天轉給浙江瀚洋實業，另外按千分之三給你們辛苦費。"
               "就是從你們賬上過一下，對你們沒影響。",
         label="scam", scam_type="account_lending", expect="block",
         signals=["account_lending_words", "third_party_payer", "in_out_match", "new_customer", "contact_im_only",
                  "evasion_traditional"],
         note="A new trader places a small order as cover to run 1.2m through our account and have 1.152m forwarded the same day for a fee; written in traditional characters.")

TR3 = payee("潘思雨", acct("rh-tr3", "6216", 19), "中国银行东莞分行", "personal", short="潘思雨")
RH.pay(T, ts("12-10", "09:45"), TR3, "12800", "备用金", "展会备用金",
       channel="im", from_name="优品联盟 客服", from_contact="wxid_ypl_service9",
       text=f"【优品联盟】恭喜您升级为金牌会员！本期需充{ZW}值12800元激活提{ZW}现通道，充{ZW}值完成后佣{ZW}金与本金一次性返还。"
            f"收款人：潘思雨 中国银行东莞分行\n（申请人：销售助理）",
       requested_by="E2160", approved_by=[],
       label="scam", scam_type="task_rebate", expect="block",
       signals=["topup_words", "task_rebate_words", "personal_account", "first_time_payee", "vague_memo",
                "no_approval", "im_instruction", "unusual_bank_region", "evasion_symbols"],
       note="A sales assistant files a 12.8k 'trade-fair float' to a Dongguan personal card; the attached platform message asks for a 'gold member' top-up, with zero-width characters inside the key words.")

RH.order(T, ts("12-11", "10:30"), C_LVYE,
         [("41%草甘膦异丙胺盐水剂", "18", "吨", "9600"), ("10%吡虫啉可湿性粉剂", "6", "吨", "16800")],
         channel="email", address=LVYE_ADDR, deadline="2026-12-17", terms="月结30天",
         notes="陶经理邮件下单，冬储第三批", note="Routine: Winter-stock order from the established distributor.")
