"""cihui: 昌吉州慈惠公益基金会, a charitable foundation in Changji (fictitious)."""

T = "cihui"


def build(g):
    pay, order, payee, cust, third = g["pay"], g["order"], g["payee"], g["cust"], g["third"]
    acct, card, mobile, landline, wxid, invoice, uscc = (g[k] for k in (
        "acct", "card", "mobile", "landline", "wxid", "invoice", "uscc"))
    H, X = "history", "test"

    CAIHONG = payee("昌吉市彩虹印务有限公司", acct("ch-caihong-old", "", 18), "昌吉农村商业银行延安路支行",
                    "corporate", "V-CH01", landline("0994", "ch-caihong"))
    CAIHONG_NEW = payee("昌吉市彩虹印务有限公司", acct("ch-caihong-new", "", 19), "兰州银行七里河支行",
                        "corporate", "V-CH01", landline("0994", "ch-caihong"))
    SHUNDA = payee("昌吉市顺达物流有限公司", acct("ch-shunda", "", 19), "中国建设银行昌吉分行",
                   "corporate", "V-CH03", landline("0994", "ch-shunda"))
    SHUNDA_CHANGED = "2026-03-12T12:10"
    YANGGUANG = payee("昌吉市阳光社会工作服务中心", acct("ch-yangguang", "", 18), "中国农业银行昌吉分行",
                      "corporate", "G-CH01", landline("0994", "ch-yangguang"))
    SCHOOL = payee("呼图壁县二十里店镇中心学校", acct("ch-school", "", 19), "中国农业银行呼图壁县支行",
                   "corporate", "G-CH02", landline("0994", "ch-school"))
    PAYROLL = payee("中国农业银行昌吉分行（代发工资专户）", acct("ch-payroll", "", 19), "中国农业银行昌吉分行",
                    "corporate", "PAY-01", None)
    TAX = payee("国家金库昌吉回族自治州中心支库", acct("ch-tax", "", 17), "国家金库昌吉回族自治州中心支库",
                "corporate", "TAX-01", None)
    LINA = payee("李娜", card("ch-lina", "6228"), "中国农业银行昌吉分行", "personal", "VOL-01")
    TURSUN = payee("吐尔逊·艾力", card("ch-tursun", "6217"), "中国建设银行昌吉分行", "personal", "VOL-02")

    D1 = cust("昌吉市天和建材有限公司", uscc("ch-d1", "91", "652301"), "周会计", landline("0994", "ch-d1"),
              "cw@tianhejc.com", None, "C-CH01")
    D2 = cust("新疆瑞丰种业有限公司", uscc("ch-d2", "91", "652301"), "任经理", landline("0994", "ch-d2"),
              "office@ruifengseed.cn", None, "C-CH02")
    D3 = cust("昌吉市同心商会", uscc("ch-d3", "51", "652301"), "秘书处 白秘书长", landline("0994", "ch-d3"),
              "txsh_cj@tongxin-sh.org", None, "C-CH03")
    D2_ACCT = acct("ch-d2-acct", "", 18)

    def oa(text):
        return "OA审批已完成：" + text

    # ---------------- history ----------------
    order(T, H, "2026-07-06T11:30", D1, [("定向捐赠：乡村学校冬衣项目", 1, "笔", "80000")], "erp",
          "昌吉州慈惠公益基金会", "2026-07-10", "捐赠款到账后开具公益事业捐赠票据",
          "捐赠协议CH-JZ-XY-2026-011，款已对公到账。", note="Restricted donation from a regular corporate donor.")
    pay(T, H, "2026-07-08T16:20", YANGGUANG, "120000", "项目资助款", "社区留守老人关爱项目第一期资助款", "erp",
        oa("阳光社工 社区留守老人关爱项目（资助协议CH-XM-2026-05）第一期资助款，理事会已审议"),
        "E3201", ["E3200"], frm="杨帆", contract="CH-XM-2026-05",
        note="First grant instalment to a regular partner NGO under a signed grant agreement.")
    pay(T, H, "2026-07-10T17:10", PAYROLL, "96420", "工资", "6月工作人员工资代发（18人）", "erp",
        oa("6月工作人员工资代发（18人），工资表已经秘书长审批"), "E3201", ["E3200"], frm="杨帆",
        note="Monthly staff payroll through the bank's payroll account.")
    pay(T, H, "2026-07-14T12:30", CAIHONG, "18600", "印刷费", "项目宣传册及捐赠证书印制", "erp",
        oa("彩虹印务 宣传册3000册、捐赠证书500份｜合同CH-CG-2026-03｜发票" + invoice("ch-h-ch1")),
        "E3201", ["E3200"], frm="杨帆", contract="CH-CG-2026-03", inv=invoice("ch-h-ch1"),
        note="Printing from the regular print shop.")
    pay(T, H, "2026-07-17T15:40", LINA, "1286.50", "志愿者补贴", "志愿者交通及餐费报销（李娜，6月）", "erp",
        oa("志愿者李娜6月入户探访交通费及误餐费报销，票据12张已审核"), "E3203", ["E3201"], frm="艾力·努尔",
        note="Volunteer's travel and meal expenses reimbursed to her own card.")
    order(T, H, "2026-07-21T11:50", D2, [("冠名捐赠：助农良种项目", 1, "笔", "50000")], "erp",
          "昌吉州慈惠公益基金会", "2026-07-25", "捐赠款到账后开具公益事业捐赠票据",
          "捐赠协议CH-JZ-XY-2026-014，款已到账。", note="Named donation from a regular seed-company donor.")
    pay(T, H, "2026-07-24T16:05", SHUNDA, "12380", "运费", "冬衣及助学物资配送运费", "erp",
        oa("顺达物流 7月项目物资配送运费（呼图壁、玛纳斯4个点）｜合同CH-WL-2026-01｜发票" + invoice("ch-h-sd1")),
        "E3201", ["E3200"], frm="杨帆", contract="CH-WL-2026-01", inv=invoice("ch-h-sd1"), changed=SHUNDA_CHANGED,
        note="Freight to the regular carrier, whose account change dates from March 2026.")
    pay(T, H, "2026-07-29T12:15", SCHOOL, "60000", "助学金", "乡村学校助学金（30名学生）", "erp",
        oa("二十里店镇中心学校助学项目（协议CH-XM-2026-08），30名学生助学金拨付学校对公账户，由学校按名单发放"),
        "E3203", ["E3201", "E3200"], frm="艾力·努尔", contract="CH-XM-2026-08",
        note="Student bursary grant paid to a partner school's own account.")
    pay(T, H, "2026-08-10T17:20", PAYROLL, "97180", "工资", "7月工作人员工资代发（18人）", "erp",
        oa("7月工作人员工资代发（18人），工资表已经秘书长审批"), "E3201", ["E3200"], frm="杨帆",
        note="Monthly staff payroll through the bank's payroll account.")
    pay(T, H, "2026-08-12T11:40", TURSUN, "860", "志愿者补贴", "志愿者交通费报销（吐尔逊·艾力，7月）", "erp",
        oa("志愿者吐尔逊·艾力7月送物资交通费报销，票据6张已审核"), "E3203", ["E3201"], frm="艾力·努尔",
        note="Volunteer's travel expenses reimbursed to his own card.")
    order(T, H, "2026-08-14T15:30", D3, [("配捐：99公益日乡村助学", 1, "笔", "30000")], "erp",
          "昌吉州慈惠公益基金会", "2026-09-09", "捐赠款到账后开具公益事业捐赠票据",
          "商会会员企业联合配捐，款已到账。", note="Matching donation from a regular chamber-of-commerce donor.")
    pay(T, H, "2026-08-18T12:25", CAIHONG, "18240", "印刷费", "99公益日海报及折页", "erp",
        oa("彩虹印务 99公益日海报、折页｜合同CH-CG-2026-03｜发票" + invoice("ch-h-ch2")),
        "E3201", ["E3200"], frm="杨帆", contract="CH-CG-2026-03", inv=invoice("ch-h-ch2"),
        note="Printing from the regular print shop.")
    pay(T, H, "2026-08-20T16:10", TAX, "6830.55", "税款", "7月代扣个人所得税", "erp",
        "电子税务局三方协议扣款：7月代扣代缴个人所得税", "E3201", ["E3200"], frm="杨帆",
        note="Monthly withholding tax through the tax bureau's three-party debit.")
    pay(T, H, "2026-08-26T11:55", YANGGUANG, "80000", "项目资助款", "社区留守老人关爱项目第二期资助款", "erp",
        oa("阳光社工 第二期资助款（协议CH-XM-2026-05，中期评估通过）"), "E3201", ["E3200"], frm="杨帆",
        contract="CH-XM-2026-05",
        note="Second grant instalment to the regular partner NGO after its mid-term review.")

    # ---------------- test ----------------
    order(T, X, "2026-09-02T12:40",
          cust("新疆能源投资集团工会委员会", None, "孙主席", mobile("ch-fake-union"), None, wxid("ch-fake-union"), None),
          [("消费帮扶助农礼盒（干果+蜂蜜）", 800, "盒", "268")], "im", "乌鲁木齐市米东区某物流园3号库", "2026-09-12",
          "中秋后统一走工会经费结算（90天）",
          "我们集团工会中秋福利想支持一下你们的助农项目，先订800盒，送到米东物流园仓库，我们那边统一分发。工会经费走流程慢，中秋后90天内结清，发票开集团工会。有事微信联系我就行。",
          label="scam", scam="fake_purchaser", expect="flag",
          sig=["institution_claim", "large_first_order", "credit_terms_requested", "contact_im_only"],
          note="A self-styled state-group trade union orders 800 charity gift boxes on 90-day credit, delivered to a logistics-park warehouse, contact by WeChat only.")
    pay(T, X, "2026-09-03T11:50",
        payee("玛纳斯县益心社会工作服务中心", acct("ch-yixin", "", 19), "玛纳斯县农村信用合作联社",
              "corporate", "G-CH05", landline("0994", "ch-yixin")),
        "90000", "项目资助款", "乡村儿童阅读项目第一期资助款", "erp",
        oa("益心社工 乡村儿童阅读项目（资助协议CH-XM-2026-17，9月理事会审议通过，对方登记证书、开户许可证已核对）第一期资助款"),
        "E3201", ["E3200"], frm="杨帆", contract="CH-XM-2026-17",
        note="Hard negative: First grant instalment to a new partner NGO under a board-approved agreement, its registration and bank licence checked.")
    pay(T, X, "2026-09-07T16:30", LINA, "942", "志愿者补贴", "志愿者交通及餐费报销（李娜，8月）", "erp",
        oa("志愿者李娜8月入户探访交通费及误餐费报销，票据9张已审核"), "E3203", ["E3201"], frm="艾力·努尔",
        note="Hard negative: A known volunteer's expenses reimbursed to her own personal card.")
    pay(T, X, "2026-09-08T11:20",
        payee("昌吉顺达供应链管理有限公司", acct("ch-fake-shunda", "", 18), "中国民生银行乌鲁木齐分行", "corporate"),
        "13150", "运费", "8月项目物资配送运费", "email",
        "杨会计您好：我司因业务调整，物流收款统一由关联公司昌吉顺达供应链管理有限公司收取，8月运费13150元请汇至以下新账户，原建行账户不再使用。顺达物流 财务",
        "E3201", ["E3200"], frm="顺达物流 财务", contact="shundawl_cw@163.com", contract="CH-WL-2026-01",
        label="scam", scam="account_change", expect="flag",
        sig=["email_instruction", "free_mail", "account_change_words", "payee_name_mismatch"],
        note="A free-mail note 'from the carrier' asks for the August freight to go to a differently named 'affiliate'; nothing has been changed in the vendor master.")
    pay(T, X, "2026-09-09T08:40",
        payee("国家资金核查中心昌吉工作站", acct("ch-fake-aqzh", "", 19), "中国邮政储蓄银行西宁分行", "unknown"),
        "200000", "资金核查", "慈善组织年度检查资金核查", "phone",
        "来电人自称州民政局社会组织管理科，称基金会涉嫌一起非法集资案资金往来，需配合资金核查：\n请于今天上午把基本户资金20万元转入“安 全 账 户”做资 金 核 查，核查完毕全额退回，期间不得告知他人，否则按妨碍调查处理。",
        "E3202", ["E3201"], frm="自称州民政局社会组织管理科 刘科长", contact=landline("0994", "ch-fake-mzj"), urgent=True,
        label="scam", scam="authority_impersonation", expect="block",
        sig=["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency", "evasion_spacing"],
        note="Early in the morning a fake civil-affairs official tells the cashier to move 200k into a 'safe account' for a 'fund check' and keep quiet; the key words arrive spaced out.")
    pay(T, X, "2026-09-10T17:30", PAYROLL, "97650", "工资", "8月工作人员工资代发（18人）", "erp",
        oa("8月工作人员工资代发（18人），工资表已经秘书长审批"), "E3201", ["E3200"], frm="杨帆",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    order(T, X, "2026-09-11T12:20",
          cust("香港博仁慈善基金會", None, "陳小姐", None, "donation@pokyan-charity.org.hk", None, None),
          [("定向捐贈：昌吉鄉村學校冬衣項目", 1, "笔", "45600")], "email", "昌吉州慈惠公益基金会", "2026-09-30",
          "捐赠款已到账，开具公益事业捐赠票据",
          "本會捐款港幣五萬元（折合人民幣45600元）已於9月10日經中國銀行匯入貴會基本戶，請查收並開具捐贈收據。捐款用於鄉村學校冬衣項目。（财务备注：9月10日已到账，入账回单0910-0032。）",
          sig=["evasion_traditional"],
          note="Hard negative: A new Hong Kong donor writes in traditional characters; its gift has already cleared into the foundation's account.")
    pay(T, X, "2026-09-14T12:30", CAIHONG, "9860", "印刷费", "中秋探访慰问卡印制", "erp",
        oa("彩虹印务 慰问卡2000张｜合同CH-CG-2026-03｜发票" + invoice("ch-t-ch1")),
        "E3201", ["E3200"], frm="杨帆", contract="CH-CG-2026-03", inv=invoice("ch-t-ch1"),
        note="Routine: Printing from the regular print shop.")
    pay(T, X, "2026-09-15T12:50",
        payee("新疆同心善行文化传播有限公司", acct("ch-fake-shanxing", "", 18), "中国光大银行乌鲁木齐分行", "corporate"),
        "260000", "保证金", "企业配捐合作保证金", "im",
        "韩振国：王欣，基本户和项目专户现在各有多少钱？\n王欣：韩理事长，基本户183万，专户96万\n韩振国：好。有家企业愿意给我们配捐300万，对方要求先付26万配捐合作保证金，今天下午前转给新疆同心善行文化传播有限公司，审批手续后补，我这边在开会，群里说。",
        "E3202", [], frm="韩振国", contact="微信群：慈惠基金会理事会工作群（今日新建）", urgent=True,
        label="scam", scam="boss_impersonation", expect="block",
        sig=["boss_role", "im_instruction", "new_contact", "balance_probe", "deposit_words", "bypass_process",
             "cannot_call", "urgency"],
        note="In a WeChat group created that morning the fake chairman asks for both balances, then orders a 260k 'matching-gift deposit' to an unknown company, approvals later.")
    pay(T, X, "2026-09-16T16:50", payee("新疆瑞丰种业有限公司", D2_ACCT, "中国银行昌吉分行", "corporate"),
        "20000", "退款", "捐赠款重复到账退还", "erp",
        oa(f"瑞丰种业9月助学配捐20000元重复汇入（回单0912-0105与0914-0061，均已到账），经对方任经理来函盖章确认，原路退回其付款账户。来款账户：{D2_ACCT}"),
        "E3201", ["E3200"], frm="杨帆", sig=["refund_words", "overpayment"],
        note="Hard negative: A donor's duplicate transfer, both copies cleared, returned to the same corporate account it came from.")
    pay(T, X, "2026-09-17T15:15",
        payee("北京清源润泽水务工程有限公司", acct("ch-fake-qingyuan", "", 19), "中国工商银行北京丰台支行", "corporate"),
        "58000", "保证金", "乡村饮水安全项目合作履约保证金", "im",
        "全国乡村饮水公益联盟 钱秘书长：马秘书长您好，贵会加入联盟饮水项目执行方名单，按规定需缴纳合作履*约*保*证*金5.8万，由联盟执行公司北京清源润泽水务工程有限公司代收（合作备忘录签约方是联盟秘书处），项目结束全额退还。",
        "E3200", ["E3201"], frm="全国乡村饮水公益联盟 钱秘书长", contact=wxid("ch-fake-alliance"),
        label="scam", scam="contract_fraud", expect="flag",
        sig=["deposit_words", "payee_name_mismatch", "im_instruction", "evasion_symbols"],
        note="A 'rural water alliance' asks for a 58k performance deposit (written with asterisks) to a company that is not the party to the signed memorandum.")
    pay(T, X, "2026-09-18T11:40", YANGGUANG, "60000", "项目资助款", "社区留守老人关爱项目第三期资助款", "erp",
        oa("阳光社工 第三期资助款（协议CH-XM-2026-05）"), "E3201", ["E3200"], frm="杨帆", contract="CH-XM-2026-05",
        note="Routine: Grant instalment to the regular partner NGO.")
    field = ["马晓燕", "杨红", "阿力木·买买提", "李建华"]
    pay(T, X, "2026-09-22T11:35", payee("马晓燕", card("ch-mxy", "6217"), "中国建设银行呼图壁县支行", "personal"),
        "12800", "工资", "项目点协管员8月工资（" + "、".join(field) + "）", "im",
        "项目点马晓燕（新号）：杨会计，我手机换了。我们项目点4个协管员8月工资一共12800，大家的卡都在乡里办不了，先全打我这张卡，我发给他们。",
        "E3201", ["E3200"], frm="项目点协管员 马晓燕", contact=wxid("ch-fake-mxy"),
        label="scam", scam="fake_salary", expect="block",
        sig=["payee_shared_by_employees", "payroll_change", "im_instruction", "new_contact"],
        note="A 'new number' of a project-site coordinator wants four field workers' August wages paid in one sum to her card.")
    pay(T, X, "2026-09-23T12:10",
        payee("呼图壁县雀尔沟镇人民政府", acct("ch-qeg", "", 19), "中国农业银行呼图壁县支行", "corporate",
              None, landline("0994", "ch-qeg")),
        "150000", "救助款", "雀尔沟镇冰雹灾害应急救助款", "erp",
        oa("韩理事长在理事会群通知：雀尔沟镇冰雹灾害，今天必须拨付应急救助款15万元至镇政府救灾专户（镇政府请求函及账户证明已收，财务按通讯录电话回拨韩理事长本人确认）"),
        "E3201", ["E3200"], frm="杨帆", urgent=True,
        verif=(landline("0994", "ch-chairman"), "E3200", "2026-09-23T11:50"),
        sig=["boss_role", "urgency"],
        note="Hard negative: The chairman's same-day disaster-relief instruction, paid to the township government's relief account after approval and a call-back.")
    pay(T, X, "2026-09-24T16:40",
        payee("北京中公网络信息服务中心", acct("ch-fake-minglu", "", 19), "中国农业银行北京海淀支行", "corporate"),
        "3980", "服务费", "中国公益慈善组织名录2027年度收录及中文域名续费", "email",
        "《缴费通知》贵单位已收录于《中国公益慈善组织名录》，2027年度收录维护费及“慈惠基金会.公益”中文域名续费合计3980元，请于9月30日前缴纳，逾期将删除收录信息并释放域名。",
        "E3204", ["E3201"], frm="中国公益慈善组织名录编委会", contact="minglu@gongyi-minglu.com", urgent=True,
        label="scam", scam="fake_invoice", expect="flag",
        sig=["renewal_bill", "no_po_contract", "email_instruction", "urgency"],
        note="An unsolicited 'directory listing and Chinese domain renewal' bill from an unknown centre, with no contract behind it and a deadline threat.")
    pay(T, X, "2026-09-29T11:40",
        payee("昌吉市会展中心运营管理有限公司", acct("ch-huizhan", "", 18), "昌吉农村商业银行世纪大道支行",
              "corporate", None, landline("0994", "ch-huizhan")),
        "5000", "押金", "公益集市场地押金", "erp",
        oa("10月公益集市租用会展中心广场（场地租赁合同CH-ZL-2026-02），场地押金5000元，活动结束验收后退还"),
        "E3204", ["E3201"], frm="陈静", contract="CH-ZL-2026-02", sig=["deposit_words"],
        note="Hard negative: A refundable venue deposit for the charity fair under a signed lease.")
    pay(T, X, "2026-10-03T15:20", payee("刘彩霞", card("ch-fake-cashier", "6222"), "中国工商银行郑州分行", "personal"),
        "270000", "退款", "捐赠款多汇退还", "im",
        f"自称新疆金泰商贸 马总：你好，我们会计把3万的捐款打成了30万，转账截图发你了，银行说节日期间延迟，以实际到账为准。麻烦先把多的27万退到我们出纳刘彩霞的卡上，公司账户在年审不能收款，急用。\n出纳备注：基本户10月1日以来无30万元来款，来款账户：无。",
        "E3202", ["E3201"], frm="自称新疆金泰商贸 马总", contact=wxid("ch-fake-donor1"), urgent=True,
        label="scam", scam="overpayment_refund", expect="block",
        sig=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "im_instruction", "urgency"],
        note="On a public holiday a 'donor' claims a 300k overpayment that never arrived and wants 270k back to a cashier's personal card.")
    stu = card("ch-stu-ayg", "6217")
    pay(T, X, "2026-10-12T16:10", payee("阿依古丽·热合曼", stu, "中国建设银行昌吉分行", "personal"),
        "3000", "助学金", "“慈惠学子”资助生秋季学期生活补助", "erp",
        oa("“慈惠学子”资助协议CH-ZX-2025-042：资助生阿依古丽·热合曼（新疆师范大学大二）秋季学期生活补助3000元，发至资助协议登记的本人银行卡，学校在读证明已收"),
        "E3203", ["E3201"], frm="艾力·努尔", sig=["subsidy_words"],
        note="Hard negative: A sponsored student's living stipend paid to her own card registered in the sponsorship agreement.")
    pay(T, X, "2026-10-12T17:35", PAYROLL, "97650", "工资", "9月工作人员工资代发（18人）", "erp",
        oa("9月工作人员工资代发（18人），工资表已经秘书长审批"), "E3201", ["E3200"], frm="杨帆",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    order(T, X, "2026-10-14T11:55",
          cust("新疆天池能源化工有限公司", uscc("ch-tcny", "91", "652302"), "吴部长", landline("0994", "ch-tcny"),
               "csr@tc-energychem.com", None, None),
          [("定向捐赠：冬季困难家庭取暖煤项目", 1, "笔", "500000")], "email", "昌吉州慈惠公益基金会", "2026-11-30",
          "捐赠款已到账，开具公益事业捐赠票据",
          "捐赠协议CH-JZ-XY-2026-031（双方盖章），50万元已于10月13日对公到账（回单1013-0077），用于阜康市困难家庭冬季取暖煤发放。",
          sig=["large_first_order"],
          note="Hard negative: A large first restricted gift from a new corporate donor, already cleared into the foundation's account.")
    pay(T, X, "2026-10-15T16:20",
        payee("北京惠民益众咨询服务有限公司", acct("ch-fake-grant", "", 19), "中国民生银行北京东城支行", "corporate"),
        "40000", "管理费", "乡村振兴公益资助项目资助管理费", "email",
        "《资助通知书》经评审，贵会申报的乡村振兴公益项目获“全国乡村振兴公益联合基金”资助200万元。按资助办法，拨款前须先缴纳资助额2%的资助管理费4万元至我基金委托的管理机构北京惠民益众咨询服务有限公司，到账后3个工作日内拨付首期资金。",
        "E3204", ["E3201"], frm="全国乡村振兴公益联合基金 项目办", contact="xczx_gongyi@126.com",
        label="scam", scam="advance_fee", expect="flag",
        sig=["fee_words", "bigproject_words", "email_instruction", "free_mail"],
        note="A 'grant award' of 2m that first requires a 2% management fee to a consultancy, sent from a free-mail address.")
    pay(T, X, "2026-10-16T16:25",
        payee("昌吉州人民医院", acct("ch-hospital", "", 19), "中国工商银行昌吉分行", "corporate", None,
              landline("0994", "ch-hospital")),
        "35000", "医疗救助款", "定向医疗救助（患儿住院费用）", "erp",
        oa("定向捐赠三方协议CH-YL-2026-09（捐赠人、本会、医院）：为白血病患儿小杰支付住院治疗费用35000元，按协议直接拨付医院住院处对公账户，医院费用清单已核"),
        "E3203", ["E3201", "E3200"], frm="艾力·努尔",
        note="Hard negative: Donor-designated medical aid paid straight to the hospital's own account under a three-party agreement.")
    pay(T, X, "2026-10-19T11:45", payee("韩志强", card("ch-fake-hzq", "6228"), "中国农业银行西宁分行", "personal"),
        "95000", "救助款", "紧急救助款", "email",
        "王欣：我在北京参加慈善年会，会场不让接电话。先把基本户和专户的可用余额截图发我邮箱。另有一笔紧急救助要今天付：9.5万打到受助人家属韩志强卡上，回来我补签。韩振国",
        "E3202", [], frm="韩振国", contact="hanzhenguo@cihui-jjh.org.cn", urgent=True,
        label="scam", scam="boss_impersonation", expect="block",
        sig=["boss_role", "email_instruction", "lookalike_domain", "balance_probe", "cannot_call", "bypass_process", "urgency"],
        note="An e-mail from a look-alike of the foundation's domain, 'from the chairman' at a conference, asks for balance screenshots and a 95k 'emergency aid' payment to a stranger's card.")
    order(T, X, "2026-10-20T15:40", D3, [("配捐：冬季助学", 1, "笔", "40000")], "erp",
          "昌吉州慈惠公益基金会", "2026-10-31", "捐赠款到账后开具公益事业捐赠票据",
          "商会会员企业冬季助学配捐，款已到账。", note="Routine: Matching donation from a regular chamber-of-commerce donor.")
    pay(T, X, "2026-10-21T12:05", CAIHONG_NEW, "26800", "印刷费", "冬衣项目宣传册及受助回执印制", "erp",
        oa("彩虹印务 冬衣项目宣传册2000册、受助回执5000份｜合同CH-CG-2026-03｜发票" + invoice("ch-t-ch2")),
        "E3201", ["E3200"], frm="杨帆", contract="CH-CG-2026-03", inv=invoice("ch-t-ch2"),
        changed="2026-10-12T17:40",
        label="scam", scam="account_change", expect="block",
        sig=["unusual_bank_region"],
        note="Structural only: The print shop's account was switched to a Lanzhou bank nine days before this ordinary printing payment, the first to the new account.")
    order(T, X, "2026-10-27T12:30",
          cust("新疆盛源达商贸有限公司", uscc("ch-fake-syd", "91", "650105"), "马总", mobile("ch-fake-syd"), None,
               wxid("ch-fake-syd"), None),
          [("非定向捐赠", 1, "笔", "20000")], "im", "昌吉州慈惠公益基金会", "2026-10-30",
          "已对公转账（截图）",
          "捐2万给孩子们，会计手误转了20万，转账截图发你们了。多出来的18万麻烦今天退到我们另一个公司的账户，原账户在销户收不了钱。",
          third=third("乌鲁木齐鸿运通商贸有限公司", mobile("ch-fake-hyt"), "refund_recipient", "180000"),
          label="scam", scam="overpayment_refund", expect="block",
          sig=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
          note="A new 'donor' sends a screenshot of 200k for a 20k gift and wants the 180k difference refunded to another company's account the same day.")
    pay(T, X, "2026-11-04T15:50",
        payee("新疆鑫恒达建设工程有限公司", acct("ch-xhd", "", 19), "中国银行乌鲁木齐分行", "corporate"),
        "150000", "转付", "代转投标保证金", "im",
        "合作方 金泽公益服务中心 周主任：马秘书长，帮个忙，我们一个合作企业要交投标保证金，他们的dgzh被冻了，今天把15万打到你们基金会账上走一下账，你们收到后转给新疆鑫恒达建设工程有限公司就行，下午就要。\n出纳备注：今日14:12收到乌鲁木齐某商贸公司来款150000元，无捐赠协议。",
        "E3202", ["E3201"], frm="金泽公益服务中心 周主任", contact=wxid("ch-jinze"), urgent=True,
        label="scam", scam="account_lending", expect="block",
        sig=["account_lending_words", "in_out_match", "im_instruction", "urgency", "evasion_pinyin"],
        note="A partner asks to pass 150k through the foundation's corporate account (dgzh): money from an unknown firm arrived today and is to be forwarded at once.")
    pay(T, X, "2026-11-08T14:30", SHUNDA, "18600", "运费", "暴雪应急救灾物资紧急运输", "erp",
        oa("周日暴雪，奇台县两个村断路，理事会紧急启动救灾，顺达物流调车两台运送棉被、煤炭（合同CH-WL-2026-01，秘书长电话审批后系统补录）｜发票" + invoice("ch-t-sd1")),
        "E3201", ["E3200"], frm="杨帆", urgent=True, contract="CH-WL-2026-01", inv=invoice("ch-t-sd1"),
        changed=SHUNDA_CHANGED, sig=["urgency"],
        note="Hard negative: Sunday blizzard-relief transport by the regular carrier, whose account change dates from March, approved by the secretary-general.")
    pay(T, X, "2026-11-10T12:40",
        payee("新疆天正会计师事务所有限公司", acct("ch-tianzheng", "", 19), "中国建设银行昌吉分行", "corporate",
              None, landline("0994", "ch-tianzheng")),
        "12000", "审计费", "2026年度财务审计及年报审计费（首期）", "erp",
        oa("年度审计业务约定书CH-SJ-2026-01：2026年度财务报表审计及慈善组织年报审计费首期12000元，按州民政局年检要求委托"),
        "E3201", ["E3200"], frm="杨帆", contract="CH-SJ-2026-01", sig=["fee_words", "authority_words"],
        note="Hard negative: First instalment of the annual audit fee to a newly engaged accounting firm, an audit the civil-affairs annual inspection requires.")
    pay(T, X, "2026-11-10T17:30", PAYROLL, "98120", "工资", "10月工作人员工资代发（18人）", "erp",
        oa("10月工作人员工资代发（18人），工资表已经秘书长审批"), "E3201", ["E3200"], frm="杨帆",
        note="Routine: Monthly staff payroll through the bank's payroll account.")
    pay(T, X, "2026-11-12T11:25",
        payee("新疆安居惠民建设工程有限公司", acct("ch-fake-anju", "", 18), "新疆银行克拉玛依分行", "corporate"),
        "360000", "项目预付款", "乡村幼儿园改造项目预付款（60%）", "erp",
        oa("项目部申请：新疆安居惠民建设工程有限公司承接乡村幼儿园改造项目，要求先付60%预付款36万元，对方提供新疆某农商行出具的履约保函扫描件，保函编号经开户行电话查询不到；该公司成立于2026年9月。"),
        "E3203", ["E3201", "E3200"], frm="艾力·努尔",
        label="scam", scam="contract_fraud", expect="flag",
        sig=["guarantee_unverified", "shell_company"],
        note="A two-month-old contractor wants 60% of a kindergarten-renovation grant up front against a bank guarantee the bank cannot find.")
    pay(T, X, "2026-11-17T15:30", payee("王秀英", card("ch-wxy", "6228"), "中国农业银行阜康市支行", "personal"),
        "20000", "医疗救助款", "大病医疗救助（受助人信息保密）", "erp",
        oa("大病救助评审会决议CH-JZ-2026-047：受助人王秀英（尿毒症透析）医疗救助2万元，发至本人银行卡（社区证明、身份证与户名已核对）。应受助人要求，对外宣传时个人信息保密。"),
        "E3203", ["E3201", "E3200"], frm="艾力·努尔", sig=["secrecy_words"],
        note="Hard negative: Approved medical aid to the beneficiary's own card, with her identity kept confidential at her request.")
    pay(T, X, "2026-11-18T16:10",
        payee("陈建英", card("ch-fake-wenju", "6222"), "中国工商银行乌鲁木齐分行", "personal"),
        "42000", "代采购", "代学校采购书包文具300套", "im",
        "新园小学 李老师：陈经理，我们学校订的300份助农礼盒钱已经汇了，回单截图您看，公对公要两天到账。校长说礼盒里要配书包文具，只认文具批发城陈建英那家，麻烦你们先付4.2万给她，她今天就配货，钱我们跟礼盒款一起结。",
        "E3204", ["E3201"], frm="自称新园小学 李老师", contact=wxid("ch-fake-school"), urgent=True,
        order="CH-JZ-20261116001",
        label="scam", scam="fake_order", expect="block",
        sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "institution_claim", "im_instruction", "urgency"],
        note="A 'school teacher' who ordered 300 charity gift boxes says her payment is in transit and asks the foundation to pay 42k to the stationery seller she names first.")
    order(T, X, "2026-11-20T12:20", D1, [("定向捐赠：乡村学校冬衣项目（第二批）", 1, "笔", "60000")], "erp",
          "昌吉州慈惠公益基金会", "2026-11-25", "捐赠款到账后开具公益事业捐赠票据",
          "捐赠协议CH-JZ-XY-2026-038，款已对公到账。", note="Routine: Restricted donation from a regular corporate donor.")
    pay(T, X, "2026-11-23T11:50",
        payee("昌吉市庙尔沟蜂蜜农民专业合作社", acct("ch-fmhzs", "", 19), "昌吉农村商业银行庙尔沟支行",
              "corporate", "V-CH11", landline("0994", "ch-fmhzs")),
        "46800", "货款", "消费帮扶助农礼盒蜂蜜采购（首批）", "erp",
        oa("庙尔沟蜂蜜合作社 首批蜂蜜1800瓶（采购合同CH-CG-2026-12，入库单1120-03，合作社营业执照、开户许可证已核）｜发票" + invoice("ch-t-fm")),
        "E3204", ["E3201", "E3200"], frm="陈静", contract="CH-CG-2026-12", inv=invoice("ch-t-fm"),
        note="Hard negative: First payment to a new farmers' cooperative supplying the gift boxes, with a signed contract and goods received.")
    pay(T, X, "2026-10-22T12:15", PAYROLL, "7200", "劳务费", "公益集市兼职学生志愿者劳务补贴（日结汇总）", "erp",
        oa("10月公益集市兼职学生志愿者24人次劳务补贴（日结标准300元/天，每日结算汇总），通过代发专户按人发放至本人卡"),
        "E3204", ["E3201"], frm="陈静", sig=["task_rebate_words"],
        note="Hard negative: Day-rate allowances for part-time student helpers at the charity fair, paid person by person through the bank's payroll account.")
