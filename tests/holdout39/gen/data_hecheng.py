"""hecheng: 新疆和诚工程造价咨询有限公司, an engineering cost consultancy in Kashgar."""

TENANT = "hecheng"
PREFIX = "HC"


def build(h):
    A = "0998"
    FIRM = "新疆和诚工程造价咨询有限公司"
    MAIN = h.payer(h.acct("hc-main", "30", 17), FIRM)

    # staff: E4101 吐尔逊·艾买提 总经理, E4102 陈立军 副总经理, E4110 孙慧 财务经理, E4111 米娜瓦尔 出纳,
    # E4120 何晓东 项目经理, E4121 李娜 造价员
    TRX_WX = h.wxid("hc-tursun")

    def dd(text):
        return h.instr("erp", "钉钉审批", None, "钉钉审批·付款申请：" + text)

    landlord = h.payee("喀什丝路置业有限公司", h.acct("hc-landlord", "30", 17), "中国农业银行喀什分行",
                       "corporate", "V-HC01", h.landline(A, "hc-landlord"))
    landlord_fake = h.payee("喀什丝路置业有限公司", h.acct("hc-landlord-fake", "6228", 19), "兰州银行七里河支行",
                            "corporate", "V-HC01", h.landline(A, "hc-landlord"))
    zhusuan = h.payee("新疆筑算软件科技有限公司", h.acct("hc-zhusuan", "3002", 19), "中国工商银行乌鲁木齐高新区支行",
                      "corporate", "V-HC02", h.landline("0991", "hc-zhusuan"))
    zhusuan_fake = h.payee("新疆筑算软件科技有限公司", h.acct("hc-zhusuan-fake", "6217", 19), "中国建设银行东莞分行",
                           "corporate", "V-HC02", h.landline("0991", "hc-zhusuan"))
    gulmira = h.payee("古丽米拉·阿不都", h.acct("hc-gulmira", "6228", 19), "中国农业银行喀什分行", "personal", "V-HC03",
                      h.mobile("hc-gulmira"))
    payroll = h.payee("中国农业银行喀什分行（代发工资专户）", h.acct("hc-payroll", "30", 17), "中国农业银行喀什分行",
                      "corporate", "PAY-HC", None)
    carhire = h.payee("喀什天马汽车租赁有限公司", h.acct("hc-carhire", "1070", 19), "中国银行喀什分行",
                      "corporate", "V-HC07", h.landline(A, "hc-carhire"))
    CAR_CHANGED = "2026-02-20T15:00:00+08:00"
    wjj = h.payee("王建军", h.acct("hc-wangjianjun", "6217", 19), "中国建设银行喀什分行", "personal", "V-HC08",
                  h.mobile("hc-wangjianjun"))

    c1 = h.customer("喀什城市建设投资集团有限公司", h.uscc("hc-c1", "91", "653101"), "审计部 阿迪力",
                    h.landline(A, "hc-c1"), "sjb@kscjjt.com.cn", None, "C-HC01")
    c2 = h.customer("新疆疏勒建工集团有限公司", h.uscc("hc-c2", "91", "653122"), "经营部 马主任",
                    h.landline(A, "hc-c2"), "jyb@slajg.cn", None, "C-HC02")
    c3 = h.customer("喀什经济开发区建设管理服务中心", h.uscc("hc-c3", "12", "653101"), "工程科 张科长",
                    h.landline(A, "hc-c3"), None, None, "C-HC03")

    E = []
    # ------------------------------------------------------------------ history
    E.append(h.H(h.payment("07-01 11:05", MAIN, landlord, "32800.00", "房租", "7月办公室租金",
                           dd("7月办公室租金｜丝路置业｜租赁合同HC-ZL-2025-01｜发票%s" % h.invoice("hc-rent-07")),
                           "E4111", ["E4110"], contract="HC-ZL-2025-01", inv=h.invoice("hc-rent-07")),
                 "Monthly office rent."))
    E.append(h.H(h.order("07-03 12:30", c1, [h.item("喀什市城东安置房项目竣工结算审核", "1", "项", "186000.00")],
                         "erp", "喀什市人民东路城建投资集团", "09-30", "按审减额比例结算，进度款30%",
                         notes="集团年度入库咨询单位，委托书已下达"),
                 "Settlement-review mandate from an established state-owned client."))
    E.append(h.H(h.payment("07-07 16:25", MAIN, gulmira, "5640.00", "劳务费", "6月外协算量计件费（古丽米拉）",
                           dd("6月外协算量计件费｜古丽米拉·阿不都｜外协协议HC-WX-2026-01，按清单条目计件｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-WX-2026-01"),
                 "Monthly piece-rate pay to a freelance quantity surveyor's card."))
    E.append(h.H(h.payment("07-09 17:20", MAIN, payroll, "238900.00", "工资", "6月工资代发（16人）",
                           dd("6月工资代发（16人），工资表已审批"), "E4110", ["E4101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.payment("07-13 12:10", MAIN, zhusuan, "8600.00", "软件服务费", "计价软件加密锁年费（4把）",
                           dd("计价软件加密锁年费｜筑算软件｜合同HC-RJ-2026-01｜发票%s" % h.invoice("hc-zhusuan-07")),
                           "E4111", ["E4110"], contract="HC-RJ-2026-01", inv=h.invoice("hc-zhusuan-07")),
                 "Annual licence fee for the pricing software."))
    E.append(h.H(h.payment("07-16 15:15", MAIN, carhire, "4800.00", "租车费", "6月项目踏勘租车费",
                           dd("6月项目踏勘租车费｜天马租车｜框架合同HC-ZC-2026-01｜发票%s" % h.invoice("hc-car-06")),
                           "E4111", ["E4110"], contract="HC-ZC-2026-01", inv=h.invoice("hc-car-06"),
                           changed=CAR_CHANGED),
                 "Monthly car hire for site visits (account changed in February)."))
    E.append(h.H(h.order("07-20 11:45", c2, [h.item("喀什综合保税区仓储项目招标控制价编制", "1", "项", "68000.00")],
                         "erp", "疏勒县建工集团经营部", "08-10", "成果提交后付清",
                         notes="长期合作施工企业"),
                 "Tender-price engagement from an established contractor client."))
    E.append(h.H(h.payment("07-24 11:55", MAIN, wjj, "3000.00", "评审费", "造价成果外部专家评审费（王建军）",
                           dd("外部专家评审费｜王建军（高级造价工程师）｜评审协议HC-PS-2026-02｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-PS-2026-02"),
                 "External expert review fee to a senior cost engineer's card."))
    E.append(h.H(h.payment("08-03 11:20", MAIN, landlord, "32800.00", "房租", "8月办公室租金",
                           dd("8月办公室租金｜丝路置业｜租赁合同HC-ZL-2025-01｜发票%s" % h.invoice("hc-rent-08")),
                           "E4111", ["E4110"], contract="HC-ZL-2025-01", inv=h.invoice("hc-rent-08")),
                 "Monthly office rent."))
    E.append(h.H(h.payment("08-06 16:35", MAIN, gulmira, "6120.00", "劳务费", "7月外协算量计件费（古丽米拉）",
                           dd("7月外协算量计件费｜古丽米拉·阿不都｜外协协议HC-WX-2026-01｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-WX-2026-01"),
                 "Monthly piece-rate pay to the freelance quantity surveyor."))
    E.append(h.H(h.payment("08-10 17:05", MAIN, payroll, "241360.00", "工资", "7月工资代发（16人）",
                           dd("7月工资代发（16人），工资表已审批"), "E4110", ["E4101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.payment("08-13 12:45", MAIN, carhire, "5200.00", "租车费", "7月项目踏勘租车费",
                           dd("7月项目踏勘租车费｜天马租车｜框架合同HC-ZC-2026-01｜发票%s" % h.invoice("hc-car-07")),
                           "E4111", ["E4110"], contract="HC-ZC-2026-01", inv=h.invoice("hc-car-07"),
                           changed=CAR_CHANGED),
                 "Monthly car hire for site visits."))
    E.append(h.H(h.order("08-17 15:40", c3, [h.item("开发区标准厂房二期全过程造价咨询", "1", "项", "320000.00")],
                         "erp", "喀什经济开发区管委会综合楼", "12-31", "按合同节点支付",
                         notes="政府采购中标项目，合同已签"),
                 "Full-cycle cost-consulting mandate from the development-zone construction office."))
    E.append(h.H(h.order("08-20 11:35", c1, [h.item("城北供热管网改造项目跟踪审计", "1", "项", "95000.00")],
                         "erp", "喀什市人民东路城建投资集团", "12-31", "按季度支付",
                         notes="集团委托书已下达"),
                 "Tracking-audit mandate from the established state-owned client."))

    # ------------------------------------------------------------------ test
    # N1 HN expert reviewer personal first-time
    ali = h.payee("艾力·买买提", h.acct("hc-aili", "6217", 19), "中国建设银行喀什分行", "personal", None,
                  h.mobile("hc-aili"))
    E.append(h.L(h.payment("08-24 12:20", MAIN, ali, "2400.00", "评审费", "保税区仓储项目招标控制价专家评审费（艾力·买买提）",
                           dd("专家评审费｜艾力·买买提（高级工程师，地区评标专家库成员）｜评审协议HC-PS-2026-05，评审会签到表已附｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-PS-2026-05"),
                 "Hard negative: A review fee to an outside expert's own card under a signed review agreement, with the signed attendance sheet.",
                 ["first_time_payee", "personal_account"]))
    # S1 SCAM authority block (pinyin), off hours
    huangwei = h.payee("黄伟", h.acct("hc-auth-huang", "6212", 19), "中国工商银行海口分行", "personal", None, None)
    E.append(h.S(h.payment("08-25 08:40", MAIN, huangwei, "280000.00", "配合调查", "经侦支队资金审查",
                           h.instr("im", "自称喀什市公安局经侦支队 李警官", h.wxid("hc-fake-police"),
                                   "和诚造价财务：你公司账户收到城建项目涉案资金，涉嫌帮助洗钱。"
                                   "为证明清白，必须今天上午10点前把账上资金转入aqzh配合审查，审查完毕全额返还，不得告诉任何人，"
                                   "否则冻结公司全部账户。", urgent=True),
                           "E4111", []),
                 "authority_impersonation", "block",
                 "Before office hours a WeChat 'economic-crime officer' orders the cashier to move 280k into a 'safe account' (written as the initials aqzh) held by an individual.",
                 ["authority_words", "safe_account_words", "im_instruction", "secrecy_words", "urgency",
                  "evasion_pinyin", "unusual_bank_region"]))
    # R1 routine order
    E.append(h.L(h.order("08-25 11:50", c1, [h.item("喀什市第五中学改扩建项目结算审核", "1", "项", "126000.00")],
                         "erp", "喀什市人民东路城建投资集团", "11-30", "按审减额比例结算",
                         notes="集团委托书已下达"),
                 "Routine: A settlement-review mandate from the established state-owned client."))
    # N2 HN freelance surveyor
    E.append(h.L(h.payment("08-26 16:10", MAIN, gulmira, "6380.00", "劳务费", "8月外协算量计件费（古丽米拉）",
                           dd("8月外协算量计件费｜古丽米拉·阿不都｜外协协议HC-WX-2026-01｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-WX-2026-01"),
                 "Hard negative: The freelance quantity surveyor's monthly piece-rate pay to her own card, as every month.",
                 ["personal_account"]))
    # S2 SCAM boss flag
    hengda = h.payee("新疆恒达招标代理有限公司", h.acct("hc-hengda", "3002", 19), "中国工商银行乌鲁木齐新市区支行",
                     "corporate", None, None)
    E.append(h.S(h.payment("08-27 12:10", MAIN, hengda, "180000.00", "投标保证金", "疏勒项目投标保证金",
                           h.instr("im", "吐尔逊·艾买提", h.wxid("hc-fake-tursun"),
                                   "孙慧，疏勒那个造价咨询项目今天截止交投标保证金，先打18万到新疆恒达招标代理有限公司，"
                                   "我在乌鲁木齐开会不方便接电话，流程回来补。", urgent=True),
                           "E4110", []),
                 "boss_impersonation", "flag",
                 "A 'general manager' on an unfamiliar WeChat wants an 180k 'tender deposit' sent today to a tender agent nobody has used, cannot take calls, paperwork later.",
                 ["im_instruction", "new_contact", "boss_role", "deposit_words", "cannot_call", "bypass_process",
                  "urgency"]))
    # N3 HN tender deposit
    ksggzy = h.payee("喀什地区公共资源交易中心", h.acct("hc-ksggzy", "30", 17), "中国农业银行喀什分行",
                     "corporate", None, h.landline(A, "hc-ksggzy"))
    E.append(h.L(h.payment("08-28 11:25", MAIN, ksggzy, "20000.00", "投标保证金", "莎车县水利项目全过程造价咨询投标保证金",
                           dd("投标保证金｜项目编号KSZC-2026-1142｜按喀什地区公共资源交易中心招标公告载明账户缴纳，未中标原路退还"),
                           "E4120", ["E4110", "E4102"]),
                 "Hard negative: A tender deposit paid to the public resource trading centre's account named in the tender announcement.",
                 ["first_time_payee", "deposit_words"]))
    # N4 HN real GM wechat
    ccb = h.payee("中国建设银行股份有限公司喀什分行", h.acct("hc-ccb-fee", "6505", 19), "中国建设银行喀什分行",
                  "corporate", None, h.landline(A, "hc-ccb"))
    E.append(h.L(h.payment("08-31 15:35", MAIN, ccb, "3600.00", "保函手续费", "开发区厂房项目履约保函手续费",
                           h.instr("im", "吐尔逊·艾买提", TRX_WX,
                                   "吐尔逊·艾买提：孙慧，开发区那个项目的履约保函建行今天要出，手续费3600元今天付一下，钉钉我已经批了"),
                           "E4110", ["E4101", "E4102"], contract="HC-ZX-2026-08", inv=h.invoice("hc-ccb-08")),
                 "Hard negative: The real general manager, on his known WeChat, asks for today's payment of a bank guarantee fee to the bank itself, already approved in DingTalk.",
                 ["first_time_payee", "im_instruction", "boss_role", "urgency", "fee_words"]))
    # R2 routine rent
    E.append(h.L(h.payment("09-01 11:10", MAIN, landlord, "32800.00", "房租", "9月办公室租金",
                           dd("9月办公室租金｜丝路置业｜租赁合同HC-ZL-2025-01｜发票%s" % h.invoice("hc-rent-09")),
                           "E4111", ["E4110"], contract="HC-ZL-2025-01", inv=h.invoice("hc-rent-09")),
                 "Routine: Monthly office rent."))
    # N5 HN car hire long-ago change
    E.append(h.L(h.payment("09-01 16:05", MAIN, carhire, "5600.00", "租车费", "8月项目踏勘租车费",
                           dd("8月项目踏勘租车费｜天马租车｜框架合同HC-ZC-2026-01｜发票%s" % h.invoice("hc-car-08")),
                           "E4111", ["E4110"], contract="HC-ZC-2026-01", inv=h.invoice("hc-car-08"),
                           changed=CAR_CHANGED),
                 "Hard negative: Car hire paid to the account the vendor changed in February and has been paid on since.",
                 ["account_changed_long_ago"]))
    # N6 HN government client via procurement
    ypf = h.customer("岳普湖县住房和城乡建设局", h.uscc("hc-ypf", "11", "653128"), "计财股 热合曼",
                     h.landline(A, "hc-ypf"), None, None, None)
    E.append(h.L(h.order("09-02 12:35", ypf, [h.item("2026年老旧小区改造项目全过程造价咨询", "1", "项", "218000.00")],
                         "email", "岳普湖县住房和城乡建设局", "12-31", "按财政支付进度拨付",
                         notes="政府采购中标，中标通知书YPH-ZC-2026-0211，合同经县财政局备案"),
                 "Hard negative: A county housing bureau awards a large first mandate through government procurement with a traceable award notice.",
                 ["new_customer", "institution_claim", "large_first_order"]))
    # S5 SCAM duplicate invoice
    E.append(h.S(h.payment("09-03 11:40", MAIN, carhire, "4800.00", "租车费", "项目踏勘租车费（发票补寄）",
                           h.instr("email", "天马租车 财务", "tianma_zc@126.com",
                                   "和诚财务您好：之前的租车费发票补寄一张，请安排付款4800元，谢谢。"),
                           "E4111", ["E4110"], contract="HC-ZC-2026-01", inv=h.invoice("hc-car-06"),
                           changed=CAR_CHANGED),
                 "fake_invoice", "block",
                 "A free-mail 'reissued invoice' from the car-hire firm carries the number of the June invoice that was already paid.",
                 ["email_instruction", "free_mail"]))
    # N7 HN established client with designated lab paid by client
    E.append(h.L(h.order("09-04 11:15", c2, [h.item("喀什职业技术学院实训楼工程量清单编制", "1", "项", "54000.00")],
                         "erp", "疏勒县建工集团经营部", "09-25", "成果提交后付清",
                         notes="建设单位指定喀什建设工程质量检测中心做材料检测，检测费由建设单位直接委托和支付，我司只引用检测报告"),
                 "Hard negative: An established contractor's order names the lab the project owner designated, but the owner contracts and pays the lab directly.",
                 ["designated_supplier"]))
    # R3 routine payroll
    E.append(h.L(h.payment("09-04 17:00", MAIN, payroll, "244020.00", "工资", "8月工资代发（16人）",
                           dd("8月工资代发（16人），工资表已审批"), "E4110", ["E4101"]),
                 "Routine: Monthly payroll through the bank payroll account."))
    # N8 HN refund to paying account
    c3_no = h.acct("hc-c3-bank", "30", 17)
    c3_payee = h.payee("喀什经济开发区建设管理服务中心", c3_no, "中国农业银行喀什分行", "corporate", None,
                       h.landline(A, "hc-c3"))
    E.append(h.L(h.payment("09-07 12:40", MAIN, c3_payee, "12000.00", "退款", "退还开发区建管中心重复支付的进度款",
                           dd("开发区建管中心二期咨询费进度款重复支付12000元（银行回单0902-006与0903-002），对方来函确认；"
                              "来款账户%s，均已到账，原路退回" % c3_no),
                           "E4111", ["E4110", "E4101"], contract="HC-ZX-2026-08"),
                 "Hard negative: A duplicate progress payment refunded to the paying account of the development-zone office after both credits cleared.",
                 ["first_time_payee", "refund_words", "overpayment"]))
    # N9 HN off-hours urgent tender document fee
    kzzb = h.payee("喀什正泰招标代理有限公司", h.acct("hc-zhengtai", "1070", 19), "中国银行喀什分行", "corporate", None,
                   h.landline(A, "hc-zhengtai"))
    E.append(h.L(h.payment("09-08 20:35", MAIN, kzzb, "500.00", "标书费", "伽师县学校项目造价咨询招标文件费",
                           dd("【加急】招标文件费｜项目编号JS-ZX-2026-077｜招标公告载明代理机构账户，今晚24点前缴费截止｜总经理、财务经理已审批"),
                           "E4120", ["E4110", "E4101"]),
                 "Hard negative: A late-evening tender-document fee paid at the deadline to the tender agent named in the public notice, approved by two managers.",
                 ["first_time_payee", "urgency", "fee_words"]))
    # S6 SCAM task rebate block
    zhengkai = h.payee("郑凯", h.acct("hc-task-zheng", "6222", 19), "中国工商银行成都分行", "personal", None, None)
    E.append(h.S(h.payment("09-09 12:30", MAIN, zhengkai, "15000.00", "借支", "个人借支（李娜）",
                           h.instr("im", "李娜", h.wxid("hc-lina"),
                                   "孙经理，我急用1.5万，帮朋友垫付一下，打到郑凯这个卡。平台说这单刷单任务做完，本金加佣金当天返回来，"
                                   "下周一就能还上。"),
                           "E4121", ["E4110"]),
                 "task_rebate", "block",
                 "A cost estimator asks for a 15k advance to a stranger's card to finish an order-brushing 'task' whose principal and commission are promised back the same day.",
                 ["task_rebate_words", "vague_memo", "unusual_bank_region"]))
    # R4 routine order
    E.append(h.L(h.order("09-09 16:45", c3, [h.item("标准厂房二期设计变更及现场签证审核", "1", "项", "42000.00")],
                         "erp", "喀什经济开发区管委会综合楼", "10-30", "按合同节点支付",
                         notes="在全过程咨询合同内追加"),
                 "Routine: An add-on review for the development-zone construction office."))
    # S7 SCAM advance fee flag
    rongxin = h.payee("新疆融信工程担保有限公司", h.acct("hc-rongxin", "3002", 19), "中国工商银行乌鲁木齐新华南路支行",
                      "corporate", None, h.mobile("hc-rongxin"))
    E.append(h.S(h.payment("09-10 11:50", MAIN, rongxin, "28000.00", "担保费", "履约保函出具手续费及风险金",
                           h.instr("phone", "融信担保 周经理", h.mobile("hc-rongxin"),
                                   "电话后微信：陈总，伽师学校项目的履约保函我们当天就能出，不用去银行排队，"
                                   "先交手续费8000和风险金2万，保函开出后风险金退还。"),
                           "E4102", ["E4110"]),
                 "advance_fee", "flag",
                 "An unknown 'guarantee company' offers a same-day performance guarantee once an 8k fee and a 20k 'risk deposit' are paid up front.",
                 ["loan_fee_words", "fee_words", "guarantee_unverified", "phone_instruction"]))
    # N10 HN BIM subcontract
    zhujing = h.payee("乌鲁木齐筑境BIM技术有限公司", h.acct("hc-zhujing", "3002", 19), "中国工商银行乌鲁木齐红山支行",
                      "corporate", "V-HC11", h.landline("0991", "hc-zhujing"))
    E.append(h.L(h.payment("09-11 11:30", MAIN, zhujing, "46000.00", "分包款", "开发区标准厂房二期BIM建模分包首付款",
                           dd("BIM建模分包首付款（40%%）｜筑境BIM｜分包合同HC-FB-2026-03，经建设单位书面同意｜"
                              "自治区重点项目｜发票%s" % h.invoice("hc-zhujing-09")),
                           "E4120", ["E4110", "E4101"], contract="HC-FB-2026-03", inv=h.invoice("hc-zhujing-09")),
                 "Hard negative: First payment to a new BIM subcontractor on a regional key project, under a signed subcontract approved by the owner.",
                 ["first_time_payee", "bigproject_words"]))
    # S3 SCAM account change structural only
    E.append(h.S(h.payment("09-14 11:05", MAIN, landlord_fake, "14260.00", "水电费", "8月水电费及公摊",
                           dd("8月水电费及公摊｜丝路置业｜租赁合同HC-ZL-2025-01｜发票%s" % h.invoice("hc-util-08")),
                           "E4111", ["E4110"], contract="HC-ZL-2025-01", inv=h.invoice("hc-util-08"),
                           changed="2026-09-02T17:40:00+08:00"),
                 "account_change", "block",
                 "Structural only: The landlord's bank details were switched to a Lanzhou account twelve days ago and this ordinary utilities slip is the first payment to it.",
                 ["unusual_bank_region"]))
    # N11 HN staff travel advance
    hxd = h.payee("何晓东", h.acct("hc-hexiaodong", "6228", 19), "中国农业银行喀什分行", "personal", None, None)
    E.append(h.L(h.payment("09-15 10:45", MAIN, hxd, "5000.00", "借支", "何晓东和田项目现场踏勘差旅借支",
                           dd("差旅借支｜何晓东（项目经理）｜和田地区学校项目现场踏勘5天，借支单JZ-0915-01，工资卡账户，回来凭票冲账"),
                           "E4120", ["E4110"]),
                 "Hard negative: A travel advance to the project manager's own salary card for a five-day site survey.",
                 ["first_time_payee", "personal_account", "vague_memo"]))
    # S8 SCAM overpayment refund block (before clearing)
    kg_no = h.acct("hc-kungang", "6505", 19)
    kgxmb = h.payee("新疆昆岗建设工程有限公司莎车项目部", h.acct("hc-kungang-xmb", "6217", 19), "中国建设银行莎车支行",
                    "corporate", None, None)
    E.append(h.S(h.payment("09-15 16:50", MAIN, kgxmb, "77400.00", "退款", "退昆岗建设多付咨询费",
                           dd("退款｜昆岗建设（新客户）称8600元咨询费误付86000元，发来网银截图；来款账户%s，银行流水尚未到账；"
                              "对方要求今天把多付的77400元退到其莎车项目部账户" % kg_no),
                           "E4111", ["E4110"], contract="HC-ZX-2026-14"),
                 "overpayment_refund", "block",
                 "A new contractor 'overpays' an 8,600 fee tenfold by screenshot, and wants 77,400 refunded today to a different project account before anything has arrived.",
                 ["overpayment", "refund_to_other_account", "fake_payment_proof", "refund_words", "urgency"]))
    # R5 routine software
    E.append(h.L(h.payment("09-15 12:20", MAIN, zhusuan, "2400.00", "软件服务费", "造价指标库增购（2个账号）",
                           dd("造价指标库增购｜筑算软件｜合同HC-RJ-2026-01补充协议｜发票%s" % h.invoice("hc-zhusuan-09")),
                           "E4111", ["E4110"], contract="HC-RJ-2026-01", inv=h.invoice("hc-zhusuan-09")),
                 "Routine: A small add-on to the pricing-software contract."))
    # S9 SCAM lending block (traditional)
    hongyuan = h.payee("新疆宏遠勞務有限公司", h.acct("hc-hongyuan", "6228", 19), "中国农业银行阿图什分行",
                       "corporate", None, None)
    E.append(h.S(h.payment("09-16 12:05", MAIN, hongyuan, "650000.00", "代付款", "代疏勒建工转付劳务款",
                           h.instr("im", "疏勒建工 项目经理 吴", h.wxid("hc-fake-wu"),
                                   "孫經理，麻煩借你們公司賬戶過賬一筆工程款65萬，錢已經打過去了，"
                                   "今天轉給新疆宏遠勞務有限公司，給你們2個點辛苦費。"),
                           "E4111", ["E4110"]),
                 "account_lending", "block",
                 "Someone claiming to be a contractor client's project manager, writing in traditional characters, asks to pass 650k of 'project money' through the firm's account to a labour company for a 2% fee.",
                 ["account_lending_words", "im_instruction", "in_out_match", "middleman_fee", "evasion_traditional"]))
    # S10 SCAM fake order block (order, screenshot)
    jiashi = h.customer("伽师县教育局基建项目办", None, "刘主任", h.mobile("hc-jiashi"), None, h.wxid("hc-jiashi"), None)
    E.append(h.S(h.order("09-17 11:25", jiashi, [h.item("全县12所学校改扩建项目结算审核", "12", "所", "23500.00")],
                         "im", "伽师县城某小区", "09-30", "预付30%，余款审核完成后付清",
                         third_party=h.third("喀什智建信息咨询有限公司", h.mobile("hc-zhijian"), "designated_supplier", "26000.00"),
                         notes="刘主任：预付款8.46万我们已经对公转了，转账截图发你。教育系统规定审核单位必须使用智建的造价信息库，"
                               "会员费2.6万你们先付给智建，开通后马上进场。"),
                 "fake_order", "block",
                 "A self-styled 'education bureau project office' offers a 282k review but first wants the firm to pay 26k to a data vendor it names, backed only by a transfer screenshot.",
                 ["new_customer", "institution_claim", "designated_supplier", "fake_payment_proof", "large_first_order",
                  "contact_im_only", "residential_delivery"]))
    # N12 HN new contractor client prepaid
    gangjian = h.customer("新疆喀什港建工程有限公司", h.uscc("hc-gangjian", "91", "653101"), "商务部 周经理",
                          h.landline(A, "hc-gangjian"), "swb@ksgangjian.cn", None, None)
    E.append(h.L(h.order("09-18 12:10", gangjian, [h.item("喀什港物流园一期竣工结算编制", "1", "项", "168000.00")],
                         "email", "喀什市疏附县物流园港建工程项目部", "10-31", "预付50%，已到账",
                         notes="新客户，预付款84000元已于9月17日到我司基本户（银行回单0917-003），付款户名与合同方一致"),
                 "Hard negative: A large first mandate from a new contractor whose 50% prepayment has already cleared from its own account.",
                 ["new_customer", "large_first_order"]))
    # S4 SCAM account change flag (below threshold)
    E.append(h.S(h.payment("09-21 11:40", MAIN, zhusuan_fake, "6800.00", "软件服务费", "计价软件版本升级费",
                           h.instr("email", "筑算软件 财务部", "cw@zhusuan-soft.cn",
                                   "和诚造价：我司财务系统升级，收款账户变更为中国建设银行东莞分行，原工行账户不再使用，"
                                   "版本升级费6800元请汇至新账户。"),
                           "E4111", ["E4110"], contract="HC-RJ-2026-01", changed="2026-09-18T16:10:00+08:00"),
                 "account_change", "flag",
                 "The pricing-software vendor's 'finance department' moves its account to a Dongguan bank by e-mail three days before a 6,800 upgrade fee.",
                 ["email_instruction", "account_change_words", "unusual_bank_region"]))
    # S11 SCAM fake order flag (designated appraisal)
    tianhe = h.customer("新疆天和置业有限公司", h.uscc("hc-tianhe", "91", "653101"), "何总",
                        h.mobile("hc-tianhe"), None, h.wxid("hc-tianhe"), None)
    E.append(h.S(h.order("09-22 15:20", tianhe, [h.item("天和花园二期全过程造价咨询", "1", "项", "360000.00")],
                         "im", "喀什市天和花园售楼部", "10-20", "分期支付",
                         third_party=h.third("喀什正衡工程鉴定咨询有限公司", h.mobile("hc-zhengheng"), "designated_supplier", "18000.00"),
                         notes="何总：我们董事会规定造价成果必须经正衡鉴定复核，鉴定费1.8万你们先付给正衡，咨询费第一期一起给你们。"),
                 "fake_order", "flag",
                 "A new developer offers a 360k mandate on condition that the firm first pays 18k to a 'verification' firm it names.",
                 ["new_customer", "designated_supplier", "fee_asked_of_seller", "large_first_order", "contact_im_only"]))
    # N13 HN paying designated lab after client's money cleared
    lab = h.payee("喀什建设工程质量检测中心有限公司", h.acct("hc-lab", "1070", 19), "中国银行喀什分行", "corporate", None,
                  h.landline(A, "hc-lab"))
    E.append(h.L(h.payment("09-22 12:15", MAIN, lab, "9800.00", "检测费", "第五中学结算审核钻芯取样检测费",
                           dd("钻芯取样检测费｜喀什建设工程质量检测中心（城建集团指定）｜城建集团已于9月18日将检测费9800元付至我司基本户"
                              "（银行回单0918-011），按委托书第5条由我司统一委托｜发票%s" % h.invoice("hc-lab-09")),
                           "E4120", ["E4110", "E4102"], order="@c1-school", inv=h.invoice("hc-lab-09")),
                 "Hard negative: A client-designated testing lab is paid for a sample test after the client's own payment for it has cleared into the firm's account.",
                 ["first_time_payee", "designated_supplier", "sales_order_linked"]))
    # R6 routine order
    E.append(h.L(h.order("09-23 11:05", c2, [h.item("疏勒县物流中心项目投标报价编制", "1", "项", "36000.00")],
                         "erp", "疏勒县建工集团经营部", "10-08", "成果提交后付清",
                         notes="长期合作施工企业"),
                 "Routine: A bid-pricing job from an established contractor client."))
    # S12 SCAM fake purchaser flag (lookalike)
    fake_c1 = h.customer("喀什城市建设投资集团有限责任公司", h.uscc("hc-fake-c1", "91", "650100"), "审计部 刘处长",
                         h.mobile("hc-fake-c1"), "kscjjt_sjb@163.com", h.wxid("hc-fake-c1"), None)
    E.append(h.S(h.order("09-23 16:30", fake_c1, [h.item("南疆物流枢纽项目竣工结算审核", "1", "项", "450000.00")],
                         "email", "乌鲁木齐市沙依巴克区某写字楼", "10-10", "审计结束后一年内付款",
                         notes="刘处长：集团新成立审计处，以后由我对接；这个项目急，先进场，咨询费审计结束后一年内付，报告寄乌鲁木齐。"),
                 "fake_purchaser", "flag",
                 "A name one suffix off the state-owned client, with a free-mail address and a new contact, orders a 450k review on one-year credit with the report sent to Urumqi.",
                 ["new_customer", "lookalike_company", "contact_mismatch", "free_mail", "credit_terms_requested",
                  "far_delivery", "large_first_order"]))
    # S13 SCAM contract fraud flag
    zhongneng = h.payee("喀什中能宏达建设管理有限公司", h.acct("hc-zhongneng", "6505", 19), "中国建设银行喀什分行",
                        "corporate", None, h.mobile("hc-zhongneng"))
    E.append(h.S(h.payment("09-24 12:30", MAIN, zhongneng, "120000.00", "履约保证金", "南疆新能源基地项目造价咨询分包履约保证金",
                           dd("履约保证金｜中能宏达（2026年6月成立）称承接千亿级南疆新能源基地项目，拟将造价咨询分包给我司，"
                              "签约前须缴纳履约保证金12万元｜副总经理陈立军审批"),
                           "E4102", ["E4110", "E4101"]),
                 "contract_fraud", "flag",
                 "A three-month-old 'construction manager' of a trillion-yuan 'new-energy base' wants a 120k performance bond before signing a sub-contract.",
                 ["deposit_words", "bigproject_words", "shell_company", "fee_asked_of_seller", "no_po_contract"]))
    # N14 HN expert with tax-office invoice
    E.append(h.L(h.payment("09-24 16:15", MAIN, wjj, "3200.00", "评审费", "第五中学结算审核外部专家评审费（王建军）",
                           dd("外部专家评审费｜王建军｜评审协议HC-PS-2026-02｜本人已在税务局代开劳务费发票｜个税已代扣"),
                           "E4111", ["E4110"], contract="HC-PS-2026-02"),
                 "Hard negative: The regular outside expert's review fee to his personal card, with an invoice issued on his behalf by the tax office.",
                 ["personal_account", "invoice_trade_words"]))
    # S14 SCAM contract fraud flag (commercial bill)
    shengshi = h.customer("新疆盛世鸿图投资有限公司", h.uscc("hc-shengshi", "91", "650100"), "高董",
                          h.mobile("hc-shengshi"), None, h.wxid("hc-shengshi"), None)
    E.append(h.S(h.order("09-28 11:40", shengshi, [h.item("喀什文旅综合体项目投资估算及全过程造价咨询", "1", "项", "2400000.00")],
                         "im", "喀什市古城景区某会所", "10-03", "商业承兑汇票（出票人：新疆某投资担保公司，6个月）",
                         notes="高董：项目国庆前要报审，估算报告5天内出，咨询费用商业承兑汇票全额支付，汇票下周背书给你们。"),
                 "contract_fraud", "flag",
                 "A new 'investor' offers a 2.4m mandate paid by a six-month commercial acceptance bill from an unknown drawer and wants the estimate within five days.",
                 ["new_customer", "fake_payment_proof", "guarantee_unverified", "large_first_order", "urgency",
                  "contact_im_only"]))
    # R7 routine order
    E.append(h.L(h.order("09-29 11:20", c1, [h.item("喀什市第五中学改扩建项目竣工决算审计配合", "1", "项", "48000.00")],
                         "erp", "喀什市人民东路城建投资集团", "12-31", "按审减额比例结算",
                         notes="集团委托书已下达"),
                 "Routine: A follow-on mandate from the established state-owned client."))
    # reference order for N13 (history-linked order id): the school review order R1
    for e in E:
        if e["phase"] == "test" and e["kind"] == "order" and "第五中学改扩建项目结算审核" in e["request"]["items"][0]["product"]:
            e["ref"] = "c1-school"
    return E
