"""shihua: 巴音郭楞蒙古自治州石化装备行业协会, an industry association in Korla (fictitious)."""

T = "shihua"


def build(g):
    pay, order, payee, cust, third = g["pay"], g["order"], g["payee"], g["cust"], g["third"]
    acct, card, mobile, landline, wxid, invoice, uscc = (g[k] for k in (
        "acct", "card", "mobile", "landline", "wxid", "invoice", "uscc"))
    H, X = "history", "test"

    HOTEL = payee("库尔勒梨城国际酒店有限公司", acct("sh-hotel-old", "", 19), "中国工商银行库尔勒分行",
                  "corporate", "V-SH01", landline("0996", "sh-hotel"))
    HOTEL_NEW = payee("库尔勒梨城国际酒店有限公司", acct("sh-hotel-new", "", 18), "贵阳银行南明支行",
                      "corporate", "V-SH01", landline("0996", "sh-hotel"))
    HUACAI = payee("巴州华彩广告展览有限公司", acct("sh-huacai-old", "", 17), "中国农业银行库尔勒分行",
                   "corporate", "V-SH02", landline("0996", "sh-huacai"))
    HUACAI_NEW = payee("巴州华彩广告展览有限公司", acct("sh-huacai-new", "", 19), "库尔勒农村商业银行梨香支行",
                       "corporate", "V-SH02", landline("0996", "sh-huacai"))
    XINHUA = payee("库尔勒新华印刷厂有限公司", acct("sh-xinhua-new", "", 19), "中国银行库尔勒分行",
                   "corporate", "V-SH03", landline("0996", "sh-xinhua"))
    XINHUA_CHANGED = "2026-04-08T12:20"
    PAYROLL = payee("中国建设银行库尔勒分行（代发工资专户）", acct("sh-payroll", "", 19), "中国建设银行库尔勒分行",
                    "corporate", "PAY-01", None)
    TAX = payee("国家金库库尔勒市支库", acct("sh-tax", "", 17), "国家金库库尔勒市支库", "corporate", "TAX-01", None)
    EXP1 = payee("张立军", card("sh-exp-zlj", "6217"), "中国建设银行库尔勒分行", "personal", "EXP-01")
    EXP2 = payee("刘玉梅", card("sh-exp-lym", "6222"), "中国工商银行库尔勒分行", "personal", "EXP-02")

    M1 = cust("新疆塔里木石油机械有限公司", uscc("sh-m1", "91", "652801"), "钱主任", landline("0996", "sh-m1"),
              "xh@tlm-oilmach.com", None, "C-SH01")
    M2 = cust("库尔勒宏远钻采设备有限公司", uscc("sh-m2", "91", "652801"), "胡经理", landline("0996", "sh-m2"),
              "office@hongyuan-zc.com", None, "C-SH02")
    M3 = cust("巴州天元管道工程有限公司", uscc("sh-m3", "91", "652801"), "韦部长", landline("0996", "sh-m3"),
              "tyguandao@ty-pipe.cn", None, "C-SH03")
    M2_ACCT = acct("sh-m2-acct", "", 19)
    M3_ACCT = acct("sh-m3-acct", "", 18)

    def kd(text):
        return "金蝶付款单（审批流已结束）：" + text

    # ---------------- history ----------------
    order(T, H, "2026-07-07T11:40", M1, [("2026年度理事单位会费", 1, "年", "30000")], "erp",
          "巴州石化装备行业协会秘书处", "2026-07-31", "对公转账", "理事单位年度会费，已到账。",
          note="Annual council-member dues from an established member.")
    pay(T, H, "2026-07-09T16:15", HOTEL, "46800", "会务费", "上半年理事会会务费（会场及餐费）", "erp",
        kd("梨城国际酒店 上半年理事会会场、茶歇、工作餐｜会务协议SH-HW-2026-02｜发票" + invoice("sh-h-ht1")),
        "E3302", ["E3301"], frm="张燕", contract="SH-HW-2026-02", inv=invoice("sh-h-ht1"),
        note="Meeting costs to the regular conference hotel.")
    pay(T, H, "2026-07-10T17:25", PAYROLL, "68350", "工资", "6月秘书处工资代发（9人）", "erp",
        kd("6月秘书处工资代发（9人），工资表经秘书长审批"), "E3302", ["E3300"], frm="张燕",
        note="Monthly secretariat payroll through the bank's payroll account.")
    pay(T, H, "2026-07-15T12:20", EXP1, "2400", "评审费", "团体标准评审专家费（张立军）", "erp",
        kd("《油田用抽油机维护规范》团体标准评审会专家评审费，专家签到表、劳务费签收单已附"),
        "E3302", ["E3301"], frm="张燕",
        note="Expert's review fee for a group-standard meeting, to his own card.")
    pay(T, H, "2026-07-17T15:45", XINHUA, "21600", "印刷费", "会刊（第二期）印刷", "erp",
        kd("新华印刷厂 协会会刊第二期1200册｜合同SH-YS-2026-01｜发票" + invoice("sh-h-xh1")),
        "E3302", ["E3301"], frm="张燕", contract="SH-YS-2026-01", inv=invoice("sh-h-xh1"), changed=XINHUA_CHANGED,
        note="Printing from the regular printer, whose account change dates from April 2026.")
    order(T, H, "2026-07-22T11:35", M2, [("钻采技术交流会注册费", 8, "人", "1200")], "erp",
          "库尔勒梨城国际酒店", "2026-08-06", "会前对公转账", "8人参会，费用已到账。",
          note="Conference registrations from an established member.")
    pay(T, H, "2026-07-28T16:30", HUACAI, "58000", "展览费", "2026石化装备展特装展台搭建预付", "erp",
        kd("华彩广告展览 展台搭建预付款（合同SH-ZL-2026-04）｜发票" + invoice("sh-h-hc1")),
        "E3302", ["E3301", "E3300"], frm="张燕", contract="SH-ZL-2026-04", inv=invoice("sh-h-hc1"),
        note="Stand-building prepayment to the regular exhibition contractor.")
    pay(T, H, "2026-08-04T12:10", EXP2, "3200", "评审费", "会员单位技术成果评审专家费（刘玉梅）", "erp",
        kd("会员单位技术成果评价会专家评审费，专家签到表、劳务费签收单已附"), "E3302", ["E3301"], frm="张燕",
        note="Expert's review fee to her own card.")
    pay(T, H, "2026-08-10T17:20", PAYROLL, "68350", "工资", "7月秘书处工资代发（9人）", "erp",
        kd("7月秘书处工资代发（9人），工资表经秘书长审批"), "E3302", ["E3300"], frm="张燕",
        note="Monthly secretariat payroll through the bank's payroll account.")
    pay(T, H, "2026-08-11T11:45", TAX, "4218.60", "税款", "7月代扣个人所得税", "erp",
        "电子税务局三方协议扣款：7月代扣代缴个人所得税（含专家劳务报酬）", "E3302", ["E3301"], frm="张燕",
        note="Monthly withholding tax through the tax bureau's three-party debit.")
    order(T, H, "2026-08-13T15:25", M3, [("2026石化装备展标准展位（3m×3m）", 2, "个", "9800")], "erp",
          "库尔勒国际会展中心", "2026-10-15", "报名后10日内付款", "展位已确认，费用已到账。",
          note="Two standard booths booked by an established member.")
    pay(T, H, "2026-08-18T12:35", HOTEL, "38420", "会务费", "8月装备技术交流会会务费", "erp",
        kd("梨城国际酒店 8月技术交流会会场及餐费｜会务协议SH-HW-2026-05｜发票" + invoice("sh-h-ht2")),
        "E3302", ["E3301"], frm="张燕", contract="SH-HW-2026-05", inv=invoice("sh-h-ht2"),
        note="Meeting costs to the regular conference hotel.")
    pay(T, H, "2026-08-20T16:05", XINHUA, "16900", "印刷费", "展会会刊及参展证件印制", "erp",
        kd("新华印刷厂 展会会刊800册、参展证件1500张｜合同SH-YS-2026-01｜发票" + invoice("sh-h-xh2")),
        "E3302", ["E3301"], frm="张燕", contract="SH-YS-2026-01", inv=invoice("sh-h-xh2"), changed=XINHUA_CHANGED,
        note="Printing from the regular printer.")
    order(T, H, "2026-08-25T11:30", M1, [("钻采技术交流会注册费", 12, "人", "1200")], "erp",
          "库尔勒梨城国际酒店", "2026-09-08", "会前对公转账", "12人参会，费用已到账。",
          note="Conference registrations from an established member.")

    # ---------------- test ----------------
    order(T, X, "2026-09-02T15:40",
          cust("新疆南疆油气开发公司物资采购部", None, "宋科长", mobile("sh-fake-nj"), None, wxid("sh-fake-nj"), None),
          [("2026石化装备展标准展位（3m×3m）", 20, "个", "9800"), ("展会主赞助（冠名）", 1, "项", "200000")], "im",
          "库尔勒国际会展中心", "2026-10-15", "合同签订后付款",
          "我们物资采购部组织20家配套供应商集中参展，另外冠名赞助。按集团规定，贵协会要先在我们电子采购平台办理供应商入库，交入库注册费5000元，入库后才能签合同付款。",
          fees=[("供应商入库注册费", "5000")],
          label="scam", scam="fake_purchaser", expect="flag",
          sig=["institution_claim", "large_first_order", "fee_asked_of_seller", "contact_im_only"],
          note="A self-styled oil-and-gas purchasing department books 20 booths and a title sponsorship, but first wants a 5,000 'supplier registration fee' from the association.")
    pay(T, X, "2026-09-03T12:10", payee("王振东", card("sh-exp-wzd", "6217"), "中国建设银行库尔勒分行", "personal", "EXP-05"),
        "2800", "评审费", "团体标准评审专家费（王振东）", "erp",
        kd("新入库专家王振东（专家库登记表、身份证与银行卡户名已核对）参加《井口装置检修规范》团体标准评审会，专家费2800元"),
        "E3302", ["E3301"], frm="张燕",
        note="Hard negative: First review fee to a newly registered expert's own card, identity checked against the expert register.")
    pay(T, X, "2026-09-07T16:25", payee("库尔勒宏远钻采设备有限公司", M2_ACCT, "中国工商银行库尔勒分行", "corporate"),
        "3600", "退款", "会议注册费退还（3人取消参会）", "erp",
        kd(f"宏远钻采9月交流会3人因出差取消参会（会前5日书面申请），按会议通知退还注册费3600元，原路退回其付款账户。来款账户：{M2_ACCT}"),
        "E3302", ["E3301"], frm="张燕", sig=["refund_words"],
        note="Hard negative: Registration fees refunded to the member's own corporate account that paid them, after a written cancellation.")
    pay(T, X, "2026-09-08T22:15", payee("罗佳", card("sh-luojia", "6228"), "中国农业银行贵阳分行", "personal"),
        "12000", "借支", "个人借支（急用）", "erp",
        "借支申请：本人在兼职平台做唰单任务，前面几单返力都到了，现在连单需要先充值12000元才能把本金和返力一起提出来，平台说今晚不充值账户就冻结。收款人罗佳（平台财务）。借款人：赵磊",
        "E3303", ["E3301"], frm="赵磊",
        label="scam", scam="task_rebate", expect="block",
        sig=["task_rebate_words", "topup_words", "evasion_homophone"],
        note="Late at night an exhibitions officer files a cash advance to 'top up' a task-rebate platform account (written 唰单/返力) held by a stranger.")
    pay(T, X, "2026-09-09T11:45", XINHUA, "14300", "印刷费", "团体标准文本印制", "erp",
        kd("新华印刷厂 团体标准文本500册｜合同SH-YS-2026-01｜该厂2026年4月凭盖章变更函并回拨原登记电话核实变更账户，此后付款均至该账户｜发票" + invoice("sh-t-xh1")),
        "E3302", ["E3301"], frm="张燕", contract="SH-YS-2026-01", inv=invoice("sh-t-xh1"), changed=XINHUA_CHANGED,
        note="Hard negative: Printing paid to the printer whose account change was verified in April and used ever since.")
    pay(T, X, "2026-09-10T16:20",
        payee("库尔勒博展会务服务有限公司", acct("sh-fake-bozhan", "", 18), "中国民生银行库尔勒支行", "corporate"),
        "280000", "定金", "展会场地定金", "im",
        "王树林：张燕，协会账上现在还有多少？截个图给我。\n张燕：王会长，基本户可用１３６万。\n王树林：好，明年装备展的场地要先锁，转２８万定金给库尔勒博展会务服务有限公司，今天下班前到账，审批回头补。",
        "E3302", [], frm="王树林（会长）", contact=wxid("sh-fake-wsl"), urgent=True,
        label="scam", scam="boss_impersonation", expect="block",
        sig=["boss_role", "im_instruction", "new_contact", "balance_probe", "deposit_words", "bypass_process",
             "urgency", "evasion_fullwidth"],
        note="The fake association president, typing full-width digits, asks for the balance and then a 280k venue deposit to an unknown events firm, approval later.")
    pay(T, X, "2026-09-10T17:30", PAYROLL, "68350", "工资", "8月秘书处工资代发（9人）", "erp",
        kd("8月秘书处工资代发（9人），工资表经秘书长审批"), "E3302", ["E3300"], frm="张燕",
        note="Routine: Monthly secretariat payroll through the bank's payroll account.")
    pay(T, X, "2026-09-14T16:40",
        payee("巴州职业技能竞赛组委会办公室（巴州技师学院代收户）", acct("sh-jinengsai", "", 19), "中国建设银行库尔勒分行",
              "corporate", None, landline("0996", "sh-jinengsai")),
        "50000", "赞助费", "2026巴州石化装备维修工技能大赛协办赞助", "erp",
        kd("王会长在会长办公会群里要求今天确认协办：2026巴州石化装备维修工技能大赛协办赞助5万元（会长办公会纪要2026-07号、协办协议SH-ZZ-2026-03），收款账户与组委会文件一致，已按通讯录电话回拨王会长确认"),
        "E3302", ["E3301", "E3300"], frm="张燕", urgent=True,
        verif=(landline("0996", "sh-president"), "E3300", "2026-09-14T16:10"),
        sig=["boss_role", "urgency"],
        note="Hard negative: The president's same-day request for a skills-contest sponsorship, backed by meeting minutes, an agreement and a call-back.")
    order(T, X, "2026-09-15T11:20", M1, [("秋季装备技术交流会注册费", 10, "人", "1200")], "erp",
          "库尔勒梨城国际酒店", "2026-09-29", "会前对公转账", "10人参会，费用已到账。",
          note="Routine: Conference registrations from an established member.")
    order(T, X, "2026-09-16T12:30",
          cust("新疆塔里木石油机械设备有限公司", uscc("sh-fake-m1", "91", "652801"), "钱经理", mobile("sh-fake-m1"),
               "tlm_jixie@163.com", wxid("sh-fake-m1"), None),
          [("秋季装备技术交流会注册费", 40, "人", "1200"), ("2026石化装备展标准展位（3m×3m）", 4, "个", "9800")], "im",
          "库尔勒梨城国际酒店", "2026-09-29", "会后60天内付款",
          "我们是塔里木石油机械，老会员了。这次来40个人，再加4个展位，财务流程改了，统一会后60天付款，发票抬头用我们新公司名，以后找我对接就行。",
          label="scam", scam="fake_purchaser", expect="flag",
          sig=["lookalike_company", "large_first_order", "credit_terms_requested", "contact_mismatch"],
          note="A name one word longer than an established member books 40 seats and 4 booths on 60-day credit, from a new contact with a free-mail address.")
    pay(T, X, "2026-09-17T12:40", HOTEL, "41260", "会务费", "秋季装备技术交流会会务费（预付）", "erp",
        kd("梨城国际酒店 秋季技术交流会会场及餐费预付｜会务协议SH-HW-2026-07｜发票" + invoice("sh-t-ht1")),
        "E3302", ["E3301"], frm="张燕", contract="SH-HW-2026-07", inv=invoice("sh-t-ht1"),
        note="Routine: Meeting costs to the regular conference hotel.")
    pay(T, X, "2026-09-18T16:45",
        payee("企业综合结算服务中心", acct("sh-fake-butie", "", 19), "中国邮政储蓄银行东莞分行", "corporate"),
        "2600", "服务费", "2026年第三季度社保补贴申领服务费", "email",
        "《关于发放2026年第三季度企业职工社保补贴的通知》根据人社部、财政部相关文件，贵单位9名职工可领取社保补贴共计23400元。请财务人员扫描附件二维码登记职工工资卡信息，并先缴纳申领服务费2600元，24小时内未办理视为自动放弃。收到请勿声张。——人力资源和社会保障局",
        "E3302", ["E3301"], frm="人力资源和社会保障局（邮件）", contact="rsj_butie@hotmail.com", urgent=True,
        label="scam", scam="fake_salary", expect="flag",
        sig=["subsidy_words", "fee_words", "email_instruction", "free_mail", "secrecy_words", "urgency"],
        note="A 'social-security subsidy' e-mail asks finance to register staff pay cards via a QR code and first pay a 2,600 'service fee', with a 24-hour deadline and a request for silence.")
    pay(T, X, "2026-09-21T12:25",
        payee("巴音郭楞蒙古自治州公共资源交易中心", acct("sh-ggzy", "", 19), "中国农业银行库尔勒分行", "corporate",
              None, landline("0996", "sh-ggzy")),
        "20000", "投标保证金", "巴州石化装备产业发展调研项目投标保证金", "erp",
        kd("巴州工信局“石化装备产业发展调研”政府购买服务项目（项目编号BZ-GGZY-2026-0917）投标保证金，按交易中心公告所列账户缴纳，未中标原路退还"),
        "E3302", ["E3301", "E3300"], frm="张燕", sig=["deposit_words"],
        note="Hard negative: A tender deposit paid to the account in the public trading centre's announcement.")
    order(T, X, "2026-09-22T11:25",
          cust("新疆博瑞能源装备有限公司", uscc("sh-fake-br", "91", "650106"), "姜总", mobile("sh-fake-br"), None,
               wxid("sh-fake-br"), None),
          [("2026石化装备展标准展位（3m×3m）", 3, "个", "9800")], "im", "库尔勒国际会展中心", "2026-10-15",
          "对公转账",
          "展位费我们对公转了，你们查不到是因为要做对公转账验证。你下载个“银联会议”，进会议号共享一下手机屏幕，我远程帮你点一下确认，马上就到账。",
          label="scam", scam="fake_order", expect="flag",
          sig=["remote_control", "contact_im_only"],
          note="A new exhibitor claims its booth fee needs 'verification' and asks the staff member to install a meeting app and share the phone screen.")
    pay(T, X, "2026-09-23T15:10",
        payee("中国石油和石化装备工业协会", acct("sh-national", "", 19), "中国工商银行北京东城支行", "corporate",
              None, "010-0000836"),
        "8000", "会费", "2026-2027年度团体会员会费", "erp",
        kd("全国性行业协会会费通知（中石装协〔2026〕21号，盖章原件已收，收款账户与其官网公示一致）：2026-2027年度团体会员会费8000元"),
        "E3302", ["E3301"], frm="张燕", sig=["renewal_bill"],
        note="Hard negative: The association's own dues to the national industry body, on a stamped notice whose account matches the body's published one.")
    pay(T, X, "2026-09-28T16:05", payee("杜海峰", card("sh-fake-dhf", "6222"), "中国工商银行库尔勒分行", "personal"),
        "80000", "保证金", "2027装备展场地租赁保证金", "im",
        "库尔勒国际会展中心 杜经理：刘秘书长，场地合同是跟我们会展中心运营公司签的，不过公户这几天在做年审收不了款，8万场地保证金先打我个人卡上，我开收据，合同照签。",
        "E3300", ["E3301"], frm="自称库尔勒国际会展中心 杜经理", contact=wxid("sh-fake-dhf"),
        label="scam", scam="contract_fraud", expect="flag",
        sig=["deposit_words", "personal_account_pretext", "payee_name_mismatch", "im_instruction"],
        note="A 'venue manager' wants the 80k venue deposit under the operator's contract paid to his personal card because the company account is 'under audit'.")
    order(T, X, "2026-09-29T11:30",
          cust("新疆中泰钻井工程技术有限公司", uscc("sh-zhongtai", "91", "652801"), "彭经理", landline("0996", "sh-zhongtai"),
               "pengjl@zt-drilling.com", None, None),
          [("2026-2027年度副会长单位会费", 1, "年", "80000"), ("2026石化装备展特装展位（36㎡）", 1, "个", "64800")],
          "email", "库尔勒国际会展中心", "2026-10-15", "全额预付（已到账）",
          "新入会副会长单位，入会申请已经理事会表决通过，会费及特装展位费共144800元已于9月28日对公到账（回单0928-1136）。",
          sig=["large_first_order"],
          note="Hard negative: A large first order from a newly admitted vice-president member, paid in full into the association's account.")
    pay(T, X, "2026-10-12T16:50", payee("赵磊", card("sh-zhaolei-new", "6217"), "中国建设银行库尔勒分行", "personal"),
        "7850", "工资", "9月工资（赵磊）", "erp",
        kd("赵磊本人通过人事系统自助提交工资卡变更（人脸识别+新卡本人户名验证），并到秘书处现场签字确认；9月工资单独发放至本人新卡"),
        "E3302", ["E3301"], frm="张燕", sig=["payroll_change"],
        note="Hard negative: An employee's salary paid to his own new card after a self-service change with identity checks and an in-person signature.")
    pay(T, X, "2026-10-12T17:30", PAYROLL, "60500", "工资", "9月秘书处工资代发（8人）", "erp",
        kd("9月秘书处工资代发（8人，赵磊另行发放），工资表经秘书长审批"), "E3302", ["E3300"], frm="张燕",
        note="Routine: Monthly secretariat payroll through the bank's payroll account.")
    pay(T, X, "2026-10-13T12:15", HOTEL_NEW, "52000", "会务费", "2026年会员大会会务费（预付）", "erp",
        kd("梨城国际酒店 2026年会员大会会场及餐费预付｜会务协议SH-HW-2026-09｜发票" + invoice("sh-t-ht2")),
        "E3302", ["E3301"], frm="张燕", contract="SH-HW-2026-09", inv=invoice("sh-t-ht2"), changed="2026-09-30T16:10",
        label="scam", scam="account_change", expect="block",
        sig=["unusual_bank_region"],
        note="Structural only: The hotel's account was switched to a Guiyang bank thirteen days before this ordinary meeting prepayment, the first to the new account.")
    pay(T, X, "2026-10-14T12:00", TAX, "4506.30", "税款", "9月代扣个人所得税", "erp",
        "电子税务局三方协议扣款：9月代扣代缴个人所得税（含专家劳务报酬）", "E3302", ["E3301"], frm="张燕",
        note="Routine: Monthly withholding tax through the tax bureau's three-party debit.")
    pay(T, X, "2026-10-15T15:35",
        payee("北京华企名录信息咨询中心", acct("sh-fake-minglu", "", 19), "中国建设银行北京丰台支行", "corporate"),
        "4680", "服务费", "中国石化装备行业企业名录（2027版）收录费", "letter",
        "《收录确认及缴费通知书》贵会已被收录于《中国石化装备行业企业名录（2027版）》及配套网站，年度收录维护及网络推广费4680元，请于10月25日前汇款，逾期视为放弃收录。（本通知随函附“发票样张”）",
        "E3302", ["E3301"], frm="北京华企名录信息咨询中心", contact=None,
        label="scam", scam="fake_invoice", expect="flag",
        sig=["renewal_bill", "no_po_contract", "letter_instruction"],
        note="A mailed 'listing confirmation' bill for an industry directory the association never ordered, dressed up with a sample invoice.")
    pay(T, X, "2026-10-17T11:20", HUACAI, "26500", "展览费", "展会现场应急加搭（周六）", "erp",
        kd("周六装备展布展，3个展位地台因暴雨泡水需连夜重搭，华彩广告展览现场加急施工，秘书长现场签字、财务主管电话审批后补录（合同SH-ZL-2026-04补充协议）｜发票" + invoice("sh-t-hc1")),
        "E3303", ["E3301", "E3300"], frm="赵磊", urgent=True, contract="SH-ZL-2026-04", inv=invoice("sh-t-hc1"),
        sig=["urgency"],
        note="Hard negative: Saturday emergency rebuilding of flooded stands during exhibition set-up by the regular contractor, approved on site.")
    pay(T, X, "2026-10-20T11:40", payee("王丽", card("sh-fake-wangli", "6228"), "中国农业银行库尔勒分行", "personal"),
        "6900", "工资", "9月工资补发（李婷）", "erp",
        kd("会员部李婷9月工资补发6900元"),
        "E3302", ["E3301"], frm="张燕",
        label="scam", scam="fake_salary", expect="block",
        sig=["payee_not_employee"],
        note="Structural only: An employee's back pay goes to a card in someone else's name; the request text itself is bland.")
    pay(T, X, "2026-10-21T12:35",
        payee("巴州特种设备检验研究院", acct("sh-tjy", "", 19), "中国工商银行库尔勒分行", "corporate", None,
              landline("0996", "sh-tjy")),
        "9600", "培训费", "压力容器检验员培训费（会员单位团体报名）", "erp",
        kd("巴州市场监督管理局委托特检院开展压力容器检验员培训（培训通知巴特检〔2026〕15号，收费标准已公示），协会统一为8家会员单位报名，培训费9600元付至特检院对公账户"),
        "E3304", ["E3301"], frm="李婷", sig=["authority_words", "fee_words"],
        note="Hard negative: Group training fees paid to the public special-equipment inspection institute, as set out in the regulator's notice.")
    pay(T, X, "2026-10-22T16:10",
        payee("新疆丝路国际会展发展有限公司", acct("sh-fake-silu", "", 18), "中国光大银行乌鲁木齐分行", "corporate"),
        "150000", "保证金", "国家级油气装备博览会联合主办合作保证金", "erp",
        kd("会展部申请：新疆丝路国际会展发展有限公司称其承办“国家级中亚油气装备博览会”，邀请我会联合主办，需先付合作保证金15万元，另按招展额5%支付居间费；该公司成立于2026年8月，注册资本10万元。"),
        "E3303", ["E3301"], frm="赵磊",
        label="scam", scam="contract_fraud", expect="flag",
        sig=["bigproject_words", "deposit_words", "middleman_fee", "shell_company"],
        note="A two-month-old firm offering joint organisation of a 'national' expo asks a 150k cooperation deposit plus a finder's fee.")
    order(T, X, "2026-10-26T15:55", M3,
          [("2026石化装备展特装展位（54㎡）", 1, "个", "97200"), ("会刊彩页广告", 2, "页", "6000")], "erp",
          "库尔勒国际会展中心", "2026-11-10", "银行承兑汇票（已验票）",
          "天元管道以其开户行（中国建设银行库尔勒分行）出具的银行承兑汇票支付，票据已在票据交易系统查询、经我会开户行验票，可按期兑付。",
          sig=["fake_payment_proof"],
          note="Hard negative: An established member pays by a bank acceptance bill that the association's bank has checked and confirmed.")
    pay(T, X, "2026-10-27T12:20",
        payee("新疆恒通达物资贸易有限公司", acct("sh-htd", "", 19), "中国银行乌鲁木齐分行", "corporate"),
        "186000", "转付", "代付款", "phone",
        "宏远钻采胡经理来电：几家企业的展位费先打到协会账上，协会帮忙过一下账，扣掉我们自己的展位费后，剩下18.6万转给新疆恒通达物资贸易有限公司。\n出纳备注：今日上午收到三笔不认识的公司来款合计205600元，无报名表。",
        "E3302", ["E3301"], frm="自称宏远钻采 胡经理", contact=mobile("sh-fake-hu"),
        label="scam", scam="account_lending", expect="block",
        sig=["account_lending_words", "in_out_match", "phone_instruction"],
        note="A caller using a member manager's name asks the association to pass money through its account: unknown firms' transfers arrived and 186k is to be forwarded.")
    pay(T, X, "2026-10-29T11:50", payee("巴州天元管道工程有限公司", M3_ACCT, "中国建设银行库尔勒分行", "corporate"),
        "5000", "退款", "展位押金退还", "erp",
        kd(f"天元管道2026装备展展位押金5000元，撤展验收无损坏，按参展合同原路退回其付款账户。来款账户：{M3_ACCT}"),
        "E3302", ["E3301"], frm="张燕", sig=["deposit_words", "refund_words"],
        note="Hard negative: A booth deposit returned to the exhibitor's own corporate account after the stand was checked.")
    pay(T, X, "2026-11-03T15:50", HUACAI_NEW, "96000", "展览费", "2026石化装备展展台搭建尾款", "im",
        "華彩廣告展覽 業務經理：張會計您好，我司基本戶已轉到庫爾勒農商行，本次展台搭建尾款96000元請匯新帳戶，舊帳戶停用，以新帳戶為準，發票照常開具。",
        "E3302", ["E3301", "E3300"], frm="華彩廣告展覽 業務經理", contact=wxid("sh-fake-huacai"),
        contract="SH-ZL-2026-04", changed="2026-11-02T18:30",
        label="scam", scam="account_change", expect="block",
        sig=["im_instruction", "account_change_words", "evasion_traditional"],
        note="The exhibition contractor's 'business manager' writes in traditional characters that the account moved; changed the evening before, first payment to it.")
    pay(T, X, "2026-11-05T16:15", EXP1, "4800", "评审费", "会员单位科技成果评审专家费（保密评审）", "erp",
        kd("会长办公会决定：对3项会员单位科技成果进行保密评审，评审材料及结果对外保密。专家张立军评审费4800元，发至本人卡（专家库登记卡号）"),
        "E3302", ["E3301"], frm="张燕", sig=["secrecy_words"],
        note="Hard negative: A known expert's fee for a confidential technology review, paid to his registered card.")
    pay(T, X, "2026-11-10T17:35", PAYROLL, "69100", "工资", "10月秘书处工资代发（9人）", "erp",
        kd("10月秘书处工资代发（9人），工资表经秘书长审批"), "E3302", ["E3300"], frm="张燕",
        note="Routine: Monthly secretariat payroll through the bank's payroll account.")
    pay(T, X, "2026-11-11T11:35", XINHUA, "16900", "印刷费", "展会会刊及参展证件印制", "erp",
        kd("新华印刷厂 展会会刊800册、参展证件1500张｜合同SH-YS-2026-01｜发票" + invoice("sh-h-xh2")),
        "E3302", ["E3301"], frm="张燕", contract="SH-YS-2026-01", inv=invoice("sh-h-xh2"), changed=XINHUA_CHANGED,
        label="scam", scam="fake_invoice", expect="block",
        note="Structural only: The printer's August invoice, already paid, comes round again as an ordinary payment request.")
    pay(T, X, "2026-11-17T16:30",
        payee("库尔勒丝绸之路礼品商行", acct("sh-fake-gift", "6228", 19), "中国农业银行库尔勒分行", "personal"),
        "48000", "代采购", "代采代表团礼品（120份）", "im",
        "哈萨克斯坦商务代表团 翻译阿斯兰：赵老师，代表团会议费我们老板已经汇了，银行说国际汇款延迟，截图给你看。老板想给参会嘉宾每人一份礼品，只要丝绸之路礼品商行那家的，你们先付4.8万给他们，会后跟会议费一起结算。",
        "E3303", ["E3301"], frm="自称哈萨克斯坦商务代表团 翻译", contact=wxid("sh-fake-kz"), urgent=True,
        order="SH-HW-20261116001",
        label="scam", scam="fake_order", expect="block",
        sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
        note="A 'trade delegation' whose fee exists only as a screenshot asks the association to pay 48k for gifts from the shop it names before any money arrives.")
    pay(T, X, "2026-11-19T12:05",
        payee("新疆天展会展代理服务有限公司", acct("sh-tianzhan", "", 19), "中国建设银行乌鲁木齐分行", "corporate",
              "V-SH09", landline("0991", "sh-tianzhan")),
        "18500", "代理费", "2026装备展招展代理服务费", "erp",
        kd("招展代理协议SH-DL-2026-02（秘书长办公会审议）：代理招展12家，按合同约定的招展额5%结算代理服务费18500元，代理商已开具增值税专用发票｜发票" + invoice("sh-t-tz")),
        "E3302", ["E3301", "E3300"], frm="张燕", contract="SH-DL-2026-02", inv=invoice("sh-t-tz"),
        sig=["middleman_fee"],
        note="Hard negative: A contracted exhibition agent's commission, invoiced and approved, paid for the first time.")
    order(T, X, "2026-11-24T11:45", M3, [("2027年度会员单位会费", 1, "年", "8000")], "erp",
          "巴州石化装备行业协会秘书处", "2026-12-31", "对公转账", "2027年度会费，已到账。",
          note="Routine: Annual dues from an established member.")
