"""boda: 乌鲁木齐博达职业技术学院, a private vocational college in Urumqi (fictitious)."""

T = "boda"


def build(g):
    pay, order, payee, cust, third = g["pay"], g["order"], g["payee"], g["cust"], g["third"]
    acct, card, mobile, landline, wxid, invoice, uscc = (g[k] for k in (
        "acct", "card", "mobile", "landline", "wxid", "invoice", "uscc"))
    H, X = "history", "test"

    # ---------------- master data ----------------
    WUYE = payee("新疆天健物业服务有限公司", acct("bd-wuye", "", 19), "中国建设银行乌鲁木齐西北路支行",
                 "corporate", "V-BD01", landline("0991", "bd-wuye"))
    ZX = payee("乌鲁木齐众鑫教学设备有限公司", acct("bd-zx-new", "", 17), "昆仑银行乌鲁木齐分行营业部",
               "corporate", "V-BD02", landline("0991", "bd-zx"))
    ZX_CHANGED = "2026-02-10T15:30"
    WH = payee("新疆文华图书发行有限公司", acct("bd-wh-old", "", 19), "中国农业银行乌鲁木齐北京路支行",
               "corporate", "V-BD03", landline("0991", "bd-wh"))
    WH_NEW = payee("新疆文华图书发行有限公司", acct("bd-wh-new", "", 18), "招商银行深圳福田支行",
                   "corporate", "V-BD03", landline("0991", "bd-wh"))
    PAYROLL = payee("中国工商银行乌鲁木齐新市区支行（代发工资专户）", acct("bd-payroll", "", 19),
                    "中国工商银行乌鲁木齐新市区支行", "corporate", "PAY-01", None)
    ELEC = payee("国网新疆电力有限公司乌鲁木齐供电公司", acct("bd-elec", "", 19), "中国工商银行乌鲁木齐分行",
                 "corporate", "V-BD05", landline("0991", "bd-elec"))
    TAX = payee("国家金库乌鲁木齐市中心支库", acct("bd-tax", "", 17), "国家金库乌鲁木齐市中心支库",
                "corporate", "TAX-01", None)
    SUN = payee("孙立新", card("bd-sun", "6222"), "中国工商银行乌鲁木齐友好路支行", "personal", "T-BD01", None)
    GUL = payee("古丽娜尔·艾买提", card("bd-gul", "6228"), "中国农业银行乌鲁木齐沙区支行", "personal", "T-BD02", None)

    C1 = cust("新疆天山建工集团有限公司", uscc("bd-c1", "91", "650104"), "杜经理", landline("0991", "bd-c1"),
              "hr@tsjg-group.com", None, "C-BD01")
    C2 = cust("乌鲁木齐高铁物流园管理有限公司", uscc("bd-c2", "91", "650106"), "蒲主任", landline("0991", "bd-c2"),
              "px@wlmqgtwly.cn", None, "C-BD02")
    C3 = cust("新疆和美护理服务有限公司", uscc("bd-c3", "91", "650102"), "阿依古丽", landline("0991", "bd-c3"),
              "admin@hemeihuli.cn", None, "C-BD03")
    C2_ACCT = acct("bd-c2-acct", "", 19)

    def erp(text):
        return "财务系统付款申请（已走完审批）：" + text

    # ---------------- history: July-August 2026 ----------------
    pay(T, H, "2026-07-06T11:20", WUYE, "86500", "物业费", "7月校园物业服务费", "erp",
        erp("天健物业7月校园物业保洁及设备运维费｜合同BD-HQ-2026-003｜发票" + invoice("bd-h-wy7")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-HQ-2026-003", inv=invoice("bd-h-wy7"),
        note="Monthly campus property-service fee to the regular property firm.")
    order(T, H, "2026-07-08T12:10", C1, [("焊工（中级）订单班培训", 40, "人", "2800")], "erp",
          "博达学院实训楼焊接车间", "2026-09-30", "合同签订后预付50%，结业后付清",
          "第三期焊工订单班，学员名单已报，预付款已到学院账户。",
          note="Third welder training class ordered by an established construction group.")
    pay(T, H, "2026-07-10T17:30", PAYROLL, "1268400", "工资", "6月教职工工资代发（136人）", "erp",
        erp("6月教职工工资代发（136人），工资表经人事处、院长审批"), "E3103", ["E3101", "E3100"], frm="刘志强",
        note="Monthly staff payroll through the bank's payroll account.")
    pay(T, H, "2026-07-14T16:05", SUN, "6400", "课酬", "外聘教师课酬（焊接实训64课时，孙立新）", "erp",
        erp("外聘教师孙立新6月焊接实训课酬64课时×100元，教务处课时表已确认"), "E3103", ["E3101"], frm="刘志强",
        contract="BD-WP-2026-011",
        note="Part-time welding instructor's fee to his own card.")
    pay(T, H, "2026-07-16T12:40", ZX, "238000", "设备款", "焊接实训台20台", "erp",
        erp("众鑫教学设备 焊接实训台20台｜合同BD-CG-2026-021｜验收单0714-02｜发票" + invoice("bd-h-zx")),
        "E3103", ["E3101", "E3100"], frm="刘志强", contract="BD-CG-2026-021", inv=invoice("bd-h-zx"),
        changed=ZX_CHANGED,
        note="Training benches from the equipment supplier whose account change dates from February 2026.")
    pay(T, H, "2026-07-21T11:35", WH, "156320.50", "教材款", "2026春季学期教材结算", "erp",
        erp("文华图书 2026春季教材结算｜合同BD-CG-2026-004｜发票" + invoice("bd-h-wh1")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-CG-2026-004", inv=invoice("bd-h-wh1"),
        note="Textbook settlement with the regular book distributor.")
    order(T, H, "2026-07-23T15:10", C3, [("养老护理员（四级）培训", 30, "人", "1900")], "erp",
          "博达学院护理实训中心", "2026-08-31", "开班前全额支付", "第二期养老护理员培训，费用已对公到账。",
          note="Elderly-care training class for an established care-services company.")
    pay(T, H, "2026-07-28T12:25", ELEC, "64218.36", "电费", "6月电费", "erp",
        erp("国网乌鲁木齐供电公司 6月电费（户号6501****2281）"), "E3103", ["E3101"], frm="刘志强",
        note="Monthly electricity bill.")
    pay(T, H, "2026-08-10T11:15", TAX, "48932.17", "税款", "7月代扣个人所得税", "erp",
        "电子税务局三方协议扣款：7月代扣代缴个人所得税", "E3103", ["E3101"], frm="刘志强",
        note="Monthly withholding tax through the tax bureau's three-party debit.")
    pay(T, H, "2026-08-10T17:40", PAYROLL, "1271850", "工资", "7月教职工工资代发（137人）", "erp",
        erp("7月教职工工资代发（137人），工资表经人事处、院长审批"), "E3103", ["E3101", "E3100"], frm="刘志强",
        note="Monthly staff payroll through the bank's payroll account.")
    pay(T, H, "2026-08-12T16:40", GUL, "4800", "课酬", "外聘教师课酬（护理实训48课时，古丽娜尔·艾买提）", "erp",
        erp("外聘教师古丽娜尔·艾买提7月护理实训课酬48课时×100元"), "E3103", ["E3101"], frm="刘志强",
        contract="BD-WP-2026-014",
        note="Part-time nursing instructor's fee to her own card.")
    order(T, H, "2026-08-14T12:05", C2, [("叉车司机（N1）培训", 25, "人", "1600")], "erp",
          "博达学院特种设备实训场", "2026-09-15", "开班前全额支付", "物流园员工叉车证培训，费用已到账。",
          note="Forklift-licence training for an established logistics park.")
    pay(T, H, "2026-08-19T15:20", WH, "298640", "教材款", "2026秋季学期教材预付", "erp",
        erp("文华图书 2026秋季教材预付款（征订单BD-JC-2026-09）｜发票" + invoice("bd-h-wh2")),
        "E3103", ["E3101", "E3100"], frm="刘志强", contract="BD-CG-2026-004", inv=invoice("bd-h-wh2"),
        note="Autumn textbook prepayment to the regular book distributor.")
    pay(T, H, "2026-08-25T11:50", WUYE, "86500", "物业费", "8月校园物业服务费", "erp",
        erp("天健物业8月校园物业保洁及设备运维费｜合同BD-HQ-2026-003｜发票" + invoice("bd-h-wy8")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-HQ-2026-003", inv=invoice("bd-h-wy8"),
        note="Monthly campus property-service fee to the regular property firm.")

    # ---------------- test: September-November 2026 ----------------
    stu1 = card("bd-stu-reyila", "6217")
    pay(T, X, "2026-09-01T12:30", payee("热依拉·买买提", stu1, "中国建设银行乌鲁木齐米东支行", "personal"),
        "16800", "退费", "学费退还（热依拉·买买提，2026级护理3班）", "erp",
        erp(f"学生处退费审批BD-TF-0901-03：热依拉·买买提应征入伍、保留学籍，2026-2027学年学费16800元原路退回本人缴费银行卡。来款账户：{stu1}（8月28日到账，已与银行流水核对）"),
        "E3104", ["E3101"], frm="韩雪", sig=["refund_words"],
        note="Hard negative: Tuition refund to the enlisting student's own card, the same card that paid, after the money cleared.")
    pay(T, X, "2026-09-03T11:40", WUYE, "86500", "物业费", "9月校园物业服务费", "erp",
        erp("天健物业9月校园物业保洁及设备运维费｜合同BD-HQ-2026-003｜发票" + invoice("bd-t-wy9")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-HQ-2026-003", inv=invoice("bd-t-wy9"),
        note="Routine: Monthly campus property-service fee to the regular property firm.")
    pay(T, X, "2026-09-04T16:20",
        payee("自治区民办教育办学资金监管服务中心", acct("bd-fake-jgzh", "", 19), "中国光大银行乌鲁木齐分行", "corporate"),
        "500000", "资金核查", "民办学校办学资金专项核查（暂存监管账户）", "phone",
        "来电人自称自治区教育厅民办教育处王处长，随后发来短信：\n根据民办学校办学资金专项督查安排，贵校须于今日17:00前将2026年秋季学费结余中的50万元转入教育厅指定监管账户接受资金核查，核查无误后15个工作日内原路返还。逾期未转视为不配合督查，将影响明年招生计划。本事项属专项督查，请勿对外声张。",
        "E3102", ["E3101"], frm="自称自治区教育厅民办教育处 王处长", contact=landline("0991", "bd-fake-edu"), urgent=True,
        label="scam", scam="authority_impersonation", expect="block",
        sig=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency"],
        note="A caller posing as the regional education department orders 500k of tuition money moved into a 'supervised account' for a 'fund verification', to be returned later.")
    order(T, X, "2026-09-09T15:30",
          cust("某部后勤保障处", None, "赵参谋", mobile("bd-army"), None, wxid("bd-army"), None),
          [("退役军人技能提升培训（焊工、电工）", 40, "人", "3200")], "im", "博达学院（集中培训）", "2026-10-20",
          "培训结束后统一走财务结算",
          "我们是部队后勤，今年有40名退役士兵要做技能培训，价格就按你们报的。另外上级要求给每个学员配一套体能训练器材，只认军诚体育器材那家的货，他们跟我们闹过点不愉快，不方便直接联系，你们帮忙采购一下，器材钱和培训费一起结给你们。",
          third=third("乌鲁木齐军诚体育器材经营部", mobile("bd-juncheng"), "designated_supplier", "68000"),
          label="scam", scam="fake_order", expect="flag",
          sig=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
          note="A self-styled army logistics office books 40 veterans' training places and asks the college to buy fitness kits from the one shop it names and bill them together.",
          tag="bd_army")
    pay(T, X, "2026-09-10T17:30", PAYROLL, "1284600", "工资", "8月教职工工资代发（138人）", "erp",
        erp("8月教职工工资代发（138人），工资表经人事处、院长审批"), "E3103", ["E3101", "E3100"], frm="刘志强",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    pay(T, X, "2026-09-11T11:50",
        payee("李永刚", card("bd-juncheng", "6228"), "中国农业银行乌鲁木齐头屯河支行", "personal"),
        "68000", "代采购", "代部队采购体能训练器材40套", "im",
        "赵参谋：马老师，培训费和器材费我们财务已经对公转过去了，截图发你了，银行说对公跨行要明天才到。军诚那边催着发货，你们先把6.8万付给李永刚（军诚老板），器材今天装车，账一起结。",
        "E3105", ["E3101"], frm="某部后勤保障处 赵参谋", contact=wxid("bd-army"), urgent=True, order="@bd_army",
        label="scam", scam="fake_order", expect="block",
        sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
        note="The 'army' buyer's money exists only as a screenshot, yet the training office is asked to advance 68k to the named shop owner's card first.")
    lect_new = card("bd-chen-sy", "6217")
    pay(T, X, "2026-09-14T12:40", payee("陈思远", lect_new, "中国建设银行乌鲁木齐红山支行", "personal", "T-BD07"),
        "5600", "课酬", "外聘教师课酬（CAD制图56课时，陈思远）", "erp",
        erp("新聘外聘教师陈思远（聘任合同BD-WP-2026-031，身份证与银行卡户名已核对）8月CAD制图课酬56课时×100元"),
        "E3103", ["E3101"], frm="刘志强", contract="BD-WP-2026-031",
        note="Hard negative: First fee of a newly contracted part-time lecturer to his own card, name checked against the contract.")
    pay(T, X, "2026-09-15T12:50",
        payee("新疆智创教育科技有限公司", acct("bd-zhichuang", "", 18), "中国民生银行乌鲁木齐分行", "corporate"),
        "386000", "定金", "实训基地设备采购定金", "im",
        "赵文博：阿曼古丽，学院两个户头现在账上各有多少？截个图发群里\n阿曼古丽：赵院长，工行可用412万，农行86万（截图）\n赵文博：好。实训基地那批设备跟智创谈好了，今天要付38.6万定金锁价，你直接转新疆智创教育科技有限公司，我在教育厅开会不方便接电话，审批单我回来补签。",
        "E3102", [], frm="赵文博", contact="QQ群：博达学院校务工作群（当日新建）", urgent=True,
        label="scam", scam="boss_impersonation", expect="block",
        sig=["boss_role", "im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process",
             "deposit_words", "urgency"],
        note="In a QQ group created that day the fake president has the cashier screenshot both balances, then orders a 386k equipment deposit to an unknown company, sign-off later.")
    order(T, X, "2026-09-16T11:30",
          cust("新疆准能化工新材料有限公司", uscc("bd-zhunneng", "91", "652327"), "鲁部长", landline("0994", "bd-zhunneng"),
               "peixun@zhunnengchem.com", None, None),
          [("危险化学品安全作业培训（化工总控工）", 60, "人", "3600")], "email", "博达学院化工实训中心", "2026-11-15",
          "合同签订后全额预付",
          "新签校企合作培训合同BD-PX-HT-2026-017，216000元已于9月15日对公汇入学院基本户，财务已查到账（回单号0915-3382）。",
          sig=["large_first_order"],
          note="Hard negative: Large first training order from a new chemical company, prepaid in full to the college's own account.")
    work = ["买合木提·阿不都", "李佳怡", "阿依夏木·吐尔逊", "王浩", "努尔比亚·艾则孜", "刘洋"]
    pay(T, X, "2026-09-17T18:20",
        payee("买合木提·阿不都", card("bd-mhmt", "6217"), "中国建设银行乌鲁木齐长江路支行", "personal"),
        "4560", "工资", "8月勤工助学工资（6人：" + "、".join(work) + "）", "im",
        "图书馆勤工助学负责人（新微信）：韩老师，8月图书馆勤工助学的6个学生工资一共4560，他们几个的yhk还没绑好，统一打到买合木提的卡上，他再分给大家，名单和工时表我发你了。",
        "E3104", ["E3101"], frm="图书馆 王老师", contact=wxid("bd-fake-lib"),
        label="scam", scam="fake_salary", expect="block",
        sig=["payee_shared_by_employees", "payroll_change", "im_instruction", "new_contact", "evasion_pinyin"],
        note="A 'new WeChat' of the library's work-study coordinator wants six students' August work-study wages paid together to one student's card (yhk).")
    stu2 = card("bd-stu-dorm", "6228")
    pay(T, X, "2026-09-18T15:40", payee("杨雨桐", stu2, "中国农业银行乌鲁木齐沙区支行", "personal"),
        "500", "退费", "宿舍押金退还（杨雨桐，2024级会计1班）", "erp",
        erp(f"后勤处退宿单HQ-TS-0916-07：杨雨桐外出顶岗实习，已退宿，宿舍验收无损坏，住宿押金500元原路退回。来款账户：{stu2}（2024年8月30日缴纳）"),
        "E3106", ["E3101"], frm="王建军", sig=["refund_words", "deposit_words"],
        note="Hard negative: Dormitory deposit returned to the student's own card that paid it, after the room was checked.")
    pay(T, X, "2026-09-21T12:10", ELEC, "61904.22", "电费", "8月电费", "erp",
        erp("国网乌鲁木齐供电公司 8月电费（户号6501****2281）"), "E3103", ["E3101"], frm="刘志强",
        note="Routine: Monthly electricity bill.")
    pay(T, X, "2026-09-22T16:30", payee("馬國強", card("bd-fake-njj", "6222"), "中国工商银行昌吉分行", "personal"),
        "6800", "年检费", "民办学校年检评估费", "sms",
        "【教育局民辦教育科】貴校2026年度辦學許可證年檢未完成，需繳納年檢評估費6800元至經辦人馬國強賬戶，今日下班前未繳費將暫停招生備案並列入年檢不合格名單。諮詢：馬科長。",
        "E3102", ["E3101"], frm="自称市教育局民办教育科 马科长", contact=mobile("bd-fake-njj"), urgent=True,
        label="scam", scam="authority_impersonation", expect="flag",
        sig=["authority_words", "fee_words", "urgency", "evasion_traditional"],
        note="An SMS in traditional characters 'from the education bureau' demands a 6,800 annual-inspection fee to a named official's personal card by the end of the day.")
    pay(T, X, "2026-09-23T11:20", ZX, "92400", "设备款", "电工实训考核台6台", "erp",
        erp("众鑫教学设备 电工实训考核台6台｜合同BD-CG-2026-027｜验收单0921-01｜该供应商2026年2月已凭盖章变更函并电话回拨原登记号码核实变更账户，此后多次付款均至该账户｜发票" + invoice("bd-t-zx")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-CG-2026-027", inv=invoice("bd-t-zx"), changed=ZX_CHANGED,
        note="Hard negative: Equipment paid to the supplier whose account change was verified in February and used ever since.")
    pay(T, X, "2026-09-24T17:05", WH, "84260", "教材款", "2026秋季学期教材结算尾款", "erp",
        erp("文华图书 2026秋季教材尾款（按实际到货数结算）｜合同BD-CG-2026-004｜发票" + invoice("bd-t-wh1")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-CG-2026-004", inv=invoice("bd-t-wh1"),
        note="Routine: Autumn textbook balance to the regular book distributor.")
    order(T, X, "2026-09-28T12:35",
          cust("新疆天山建设工程集团有限公司", uscc("bd-fake-ts", "91", "650104"), "高经理", mobile("bd-fake-ts"),
               "tsjg_px@163.com", wxid("bd-fake-ts"), None),
          [("焊工（中级）订单班培训", 120, "人", "2800")], "im", "哈密市伊州区某项目部临时培训点", "2026-10-10",
          "培训结束后90天内付款",
          "我们是天山建工，跟你们合作过好几期订单班了，这次哈密项目要120人，送教到项目部，证书先发，培训费按90天账期走。以后跟我对接就行，原来杜经理调岗了。",
          label="scam", scam="fake_purchaser", expect="flag",
          sig=["lookalike_company", "large_first_order", "credit_terms_requested", "contact_mismatch", "far_delivery"],
          note="A near-copy of an established training client's name orders 120 places on 90-day credit for delivery at a Hami site, from a new contact with a free-mail address.")
    pay(T, X, "2026-09-29T16:00",
        payee("乌鲁木齐市职业技能竞赛服务中心", acct("bd-jingsai", "", 17), "中国工商银行乌鲁木齐人民路支行",
              "corporate", "V-BD19", landline("0991", "bd-jingsai")),
        "24000", "报名费", "2026年全市职业技能大赛报名费（12个赛项）", "erp",
        erp("赵院长在校务群通知今天必须报名：2026年乌鲁木齐市职业技能大赛报名费12个赛项×2000元，收款账户与竞赛办红头文件（乌技赛〔2026〕7号）一致，已按通讯录电话回拨赵院长确认"),
        "E3103", ["E3101", "E3100"], frm="刘志强", urgent=True,
        verif=(landline("0991", "bd-president"), "E3101", "2026-09-29T15:40"),
        sig=["boss_role", "urgency"],
        note="Hard negative: The president's same-day instruction for a skills-contest registration fee, paid to the account in the official notice after approval and a call-back.")
    stu3 = card("bd-stu-lhr", "6217")
    pay(T, X, "2026-09-30T11:45", payee("周建平", card("bd-fake-uncle", "6222"), "中国工商银行吐鲁番分行", "personal"),
        "16800", "退费", "学费重复缴纳退还（李浩然，2026级汽修2班）", "im",
        f"家长微信：韩老师，孩子李浩然的学费我们交重复了，第二笔16800是用他舅舅的卡转的，转账截图发您了。麻烦把多的退到他舅舅周建平卡上，今天能退最好。\n资助中心备注：查银行流水仅有1笔学费到账，来款账户：{stu3}（李浩然本人卡）。",
        "E3104", ["E3101"], frm="自称李浩然家长", contact=wxid("bd-fake-parent"), urgent=True,
        label="scam", scam="overpayment_refund", expect="block",
        sig=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "im_instruction", "urgency"],
        note="A 'parent' claims tuition was paid twice and wants the 'extra' sent to an uncle's card; the ledger shows one payment only, from the student's own card.")
    pay(T, X, "2026-10-12T17:30", PAYROLL, "1289300", "工资", "9月教职工工资代发（138人）", "erp",
        erp("9月教职工工资代发（138人），工资表经人事处、院长审批"), "E3103", ["E3101", "E3100"], frm="刘志强",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    parent = card("bd-parent-tuerhong", "6228")
    pay(T, X, "2026-10-13T16:45", payee("吐尔洪·买买提", parent, "中国农业银行喀什分行", "personal"),
        "8400", "退费", "学费退还（阿卜杜拉·吐尔洪，转学，按学期退一半）", "erp",
        erp(f"学生处退费审批BD-TF-1012-02：阿卜杜拉·吐尔洪转学至喀什职业技术学院（转学函已核），退还下学期学费8400元，原路退回缴费人父亲吐尔洪·买买提的银行卡。来款账户：{parent}（9月2日到账）"),
        "E3104", ["E3101"], frm="韩雪", sig=["refund_words"],
        note="Hard negative: Half-year tuition refunded to the father's card, because that card is the one the tuition came from.")
    pay(T, X, "2026-10-14T11:30", payee("何振宇", card("bd-fake-hzy", "6217"), "中国建设银行西安高新支行", "personal"),
        "150000", "保证金", "校企合作项目保证金", "im",
        "李国栋：周处长，我是李国栋，这是我新威信，旧号别再发了。跟西安那边的校企合作项目已经谈妥，对方要先收15万保正金，打到他们项目负责人何振宇的卡上。这事董事会还没通报，先别声张，你办完跟我一个人说就行。",
        "E3101", [], frm="李国栋（董事长）", contact=wxid("bd-fake-chair"), urgent=True,
        label="scam", scam="boss_impersonation", expect="flag",
        sig=["boss_role", "im_instruction", "new_contact", "deposit_words", "secrecy_words", "urgency", "evasion_homophone"],
        note="The 'board chairman' on a new WeChat (written 威信) orders a 150k 'cooperation deposit' (保正金) to a project manager's personal card and asks for silence; no balance probe.")
    pay(T, X, "2026-10-15T21:35", payee("高婷", card("bd-gaoting", "6222"), "中国工商银行长沙分行", "personal"),
        "8600", "借支", "招生推广借支", "erp",
        "借支说明：本人参加“职教招生推广”兼职平台，完成点赞转发任务按单返利，现在卡在大额任务单，需充值8600元才能解冻提现，返利到账后立即归还。收款人为平台指定充值账户高婷。借款人：马骏",
        "E3105", ["E3101"], frm="马骏",
        label="scam", scam="task_rebate", expect="block",
        sig=["task_rebate_words", "topup_words"],
        note="A training-office employee caught in a task-rebate scam files an evening cash advance to top up a 'task platform' account held by a stranger.")
    pay(T, X, "2026-10-16T12:00", WUYE, "86500", "物业费", "10月校园物业服务费", "erp",
        erp("天健物业10月校园物业保洁及设备运维费｜合同BD-HQ-2026-003｜发票" + invoice("bd-t-wy10")),
        "E3103", ["E3101"], frm="刘志强", contract="BD-HQ-2026-003", inv=invoice("bd-t-wy10"),
        note="Routine: Monthly campus property-service fee to the regular property firm.")
    pay(T, X, "2026-10-18T09:20", WUYE, "23650", "维修费", "供暖锅炉循环泵抢修", "erp",
        erp("周日凌晨2号供暖锅炉循环泵烧毁，学生宿舍停暖，天健物业连夜抢修更换水泵，紧急付款（维修单HQ-WX-1018-01，后勤处王建军、财务处周慧敏、院长电话确认）｜发票" + invoice("bd-t-wx")),
        "E3106", ["E3101", "E3100"], frm="王建军", urgent=True, contract="BD-HQ-2026-003", inv=invoice("bd-t-wx"),
        sig=["urgency"],
        note="Hard negative: Sunday-morning emergency boiler-pump repair for the dormitories, paid urgently to the regular property firm with two approvals.")
    pay(T, X, "2026-10-20T11:50", WH_NEW, "126480", "教材款", "2026秋季补订教材款", "email",
        "周处长：您好！因我司原农行账户年审期间暂停收款，自即日起货款请汇至以下新账户（招商银行深圳福田支行），原账户停止使用。本次补订教材款126480元请以新账户为准，发票随后寄出。新疆文华图书发行有限公司 财务部",
        "E3103", ["E3101"], frm="文华图书 财务部", contact="caiwu@wenhua-tushu.com", changed="2026-10-16T16:20",
        contract="BD-CG-2026-004",
        label="scam", scam="account_change", expect="block",
        sig=["email_instruction", "account_change_words", "lookalike_domain", "unusual_bank_region"],
        note="An e-mail from a look-alike of the book distributor's domain moves its account to a Shenzhen bank; keyed in four days earlier and this is the first payment to it.")
    pay(T, X, "2026-10-21T16:10",
        payee("乌鲁木齐市公共资源交易中心", acct("bd-ggzy", "", 19), "中国建设银行乌鲁木齐人民路支行",
              "corporate", None, landline("0991", "bd-ggzy")),
        "30000", "投标保证金", "2026年职业技能培训政府购买服务项目投标保证金", "erp",
        erp("乌鲁木齐市人社局2026年职业技能培训政府购买服务项目（项目编号WLMQ-GGZY-2026-1103）投标保证金，按公共资源交易中心公告所列保证金账户缴纳，未中标原路退还"),
        "E3103", ["E3101", "E3100"], frm="刘志强", sig=["deposit_words"],
        note="Hard negative: Tender deposit for a government training contract, paid to the account named in the public trading centre's announcement.")
    pay(T, X, "2026-10-22T12:40",
        payee("新疆产教融创科技发展有限公司", acct("bd-fake-cjrc", "", 18), "中国农业银行乌鲁木齐经开区支行", "corporate"),
        "300000", "保证金", "国家级产教融合实训基地共建合作保证金", "erp",
        erp("校企合作办申请：新疆产教融创科技发展有限公司称可协助我院申报“国家级产教融合实训基地”，项目总投资1.2亿，由其协调专项资金，要求本周内先付30万元合作保证金方可列入申报名单，框架协议尚未签署。对方公司成立于2026年7月。"),
        "E3105", ["E3101"], frm="马骏", urgent=True,
        label="scam", scam="contract_fraud", expect="flag",
        sig=["deposit_words", "bigproject_words", "shell_company", "urgency"],
        note="A three-month-old firm promising a 'national-level' training-base project wants a 300k cooperation deposit this week, before any agreement is signed.")
    pay(T, X, "2026-10-26T11:25", payee("乌鲁木齐高铁物流园管理有限公司", C2_ACCT, "中国银行乌鲁木齐高铁支行", "corporate"),
        "40000", "退款", "重复支付培训费退还（叉车司机培训）", "erp",
        erp(f"高铁物流园9月叉车司机培训费40000元重复支付（回单0908-211与0909-044），经对方蒲主任盖章确认，原路退回其付款账户。来款账户：{C2_ACCT}"),
        "E3103", ["E3101"], frm="刘志强", sig=["refund_words", "overpayment"],
        note="Hard negative: An established client's duplicate training payment returned to the same corporate account it came from.")
    order(T, X, "2026-10-27T15:50",
          cust("新疆南疆石油勘探开发公司职工培训中心", None, "郑主任", mobile("bd-fake-oil"), None, wxid("bd-fake-oil"), None),
          [("井控安全培训（送教上门）", 50, "人", "4200")], "im", "库尔勒市某油田基地", "2026-11-05",
          "已对公转账（见截图）",
          "培训费21万我们已经对公转过去了，截图你看一下，系统显示处理中。培训必须用我们指定的“井控模拟考核系统”，50套授权找北京华钻科技买，每套3000，你们先把15万付给华钻，他们收到钱才开通，培训费到账后一起结。",
          third=third("北京华钻科技有限公司", mobile("bd-huazuan"), "designated_supplier", "150000"),
          label="scam", scam="fake_purchaser", expect="block",
          sig=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only"],
          note="Posing as an oilfield training centre, a new buyer orders 50 places and insists the college pay 150k to a named software firm first, backed only by a 'processing' screenshot.")
    pay(T, X, "2026-10-28T12:20", TAX, "552000", "代收代缴", "代收2027年度学生城乡居民医保费（1380人）", "erp",
        "电子税务局社保费缴纳：代收2027年度学生城乡居民基本医疗保险费1380人×400元，按市医疗保障局、税务局联合通知经三方协议缴入国库",
        "E3103", ["E3101", "E3100"], frm="刘志强", sig=["authority_words"],
        note="Hard negative: Students' health-insurance premiums remitted to the treasury through the tax bureau's e-payment, as the medical-insurance bureau's notice requires.")
    pay(T, X, "2026-10-29T16:35", payee("石磊", card("bd-fake-loan", "6217"), "中国建设银行兰州城关支行", "personal"),
        "50000", "验资", "民办教育专项贷款验资款", "phone",
        "对方自称“西部民办教育发展基金”贷款专员石经理，称学院可获500万元低息专项贷款（年化2.8%，免抵押），放款前需将5万元验资款转入其指定的个人账户证明还款能力，放款时一并退还。",
        "E3103", ["E3101"], frm="自称贷款专员 石经理", contact=mobile("bd-fake-loan"),
        label="scam", scam="advance_fee", expect="block",
        sig=["loan_fee_words", "phone_instruction"],
        note="A 'loan officer' offering a cheap unsecured 5m loan wants a 50k 'capital verification' deposit to his personal account before disbursement.")
    order(T, X, "2026-11-02T11:40", C3, [("养老护理员（三级）培训", 36, "人", "2300")], "erp",
          "博达学院护理实训中心", "2026-12-20", "开班前全额支付", "第三期养老护理员培训，费用已对公到账。",
          note="Routine: Elderly-care training class for an established care-services company.")
    order(T, X, "2026-11-03T16:20", C1, [("电工（中级）订单班培训", 45, "人", "3000")], "erp",
          "博达学院电工实训中心", "2026-12-31", "全额预付（已到账）",
          "天山建工要求实操考核统一使用其指定的“正泰电工考核套件”（45套，由我院按采购流程向已入库供应商众鑫教学设备采购），培训费135000元已于11月2日对公到账（回单1102-0917），财务已确认。",
          third=third("乌鲁木齐众鑫教学设备有限公司", landline("0991", "bd-zx"), "designated_supplier", "40500"),
          sig=["designated_supplier"],
          note="Hard negative: An established client specifies the exam kit brand, but its fee has cleared and the college buys the kits through its own vetted supplier.")
    pay(T, X, "2026-11-10T17:25", PAYROLL, "1291750", "工资", "10月教职工工资代发（139人）", "erp",
        erp("10月教职工工资代发（139人），工资表经人事处、院长审批"), "E3103", ["E3101", "E3100"], frm="刘志强",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    stu4 = card("bd-stu-lixin", "6217")
    pay(T, X, "2026-11-18T15:10", payee("李欣然", stu4, "中国建设银行乌鲁木齐米东支行", "personal"),
        "6000", "奖学金", "2025-2026学年国家奖学金（李欣然）", "erp",
        erp("学生资助中心：2025-2026学年国家励志奖学金发放，李欣然（2024级会计1班）6000元，发至本人实名银行卡（学生资助系统登记卡号，户名已核对）"),
        "E3104", ["E3101"], frm="韩雪", sig=["subsidy_words"],
        note="Hard negative: A national scholarship paid to the student's own registered bank card.")
    stip = ["木合塔尔·肉孜", "张雪", "帕提古丽·买买提", "王梓涵", "阿依努尔·吐尔逊"]
    pay(T, X, "2026-11-19T12:30", payee("马小兰", card("bd-fake-counsel", "6228"), "中国农业银行伊宁分行", "personal"),
        "5500", "助学金", "国家助学金（11月，5人：" + "、".join(stip) + "）", "im",
        "辅导员马老师（新号）：韩老师好，我们班这5个贫困生的11月助学金一共5500，他们的卡有的挂失有的没激活，先统一打到我卡上，我今晚发给他们，名单你核一下。",
        "E3104", ["E3101"], frm="自称辅导员 马老师", contact=wxid("bd-fake-counsel"),
        label="scam", scam="fake_salary", expect="flag",
        sig=["payee_shared_by_employees", "subsidy_words", "im_instruction", "new_contact"],
        note="A 'counsellor' on a new WeChat wants five students' November stipends paid together to her own card.")
    pay(T, X, "2026-11-24T11:50", SUN, "7200", "课酬", "外聘教师课酬（焊接实训72课时，孙立新）", "erp",
        erp("外聘教师孙立新10月焊接实训课酬72课时×100元，教务处课时表已确认"), "E3103", ["E3101"], frm="刘志强",
        contract="BD-WP-2026-011",
        note="Hard negative: A known part-time lecturer's monthly fee to his own personal card.")
