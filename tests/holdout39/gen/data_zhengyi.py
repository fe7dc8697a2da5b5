"""zhengyi: 新疆正毅律师事务所, a law firm in Urumqi (天山区)."""

TENANT = "zhengyi"
PREFIX = "ZY"


def build(h):
    A = "0991"
    FIRM = "新疆正毅律师事务所"
    MAIN = h.payer(h.acct("zy-main", "3002", 19), FIRM)
    CLIENT = h.payer(h.acct("zy-clientmoney", "3002", 19), FIRM)  # 客户资金专户
    CM_NO = CLIENT["account_no"]

    # staff: E2101 李建国 主任/高级合伙人, E2102 阿不都热依木 合伙人, E2110 周雪梅 财务主管,
    # E2111 古丽娜尔 出纳, E2112 王婷 行政, E2120 马骁 实习律师, E2103 宋振 执业律师
    LJG_WX = h.wxid("zy-lijianguo")

    def oa(text):
        return h.instr("erp", "律所OA", None, "律所OA付款审批单：" + text)

    landlord = h.payee("乌鲁木齐鸿泰置业有限公司", h.acct("zy-landlord", "3002", 19),
                       "中国工商银行乌鲁木齐新华北路支行", "corporate", "V-ZY01", h.landline(A, "zy-landlord"))
    landlord_fake = h.payee("乌鲁木齐鸿泰置业有限公司", h.acct("zy-landlord-fake", "6226", 16),
                            "中国民生银行西安高新支行", "corporate", "V-ZY01", h.landline(A, "zy-landlord"))
    lvyun = h.payee("北京律云科技有限公司", h.acct("zy-lvyun", "1109", 18),
                    "招商银行北京望京支行", "corporate", "V-ZY02", h.landline("010", "zy-lvyun"))
    erken = h.payee("艾尔肯·吐尔逊", h.acct("zy-erken", "6222", 19),
                    "中国工商银行乌鲁木齐二道桥支行", "personal", "V-ZY03", h.mobile("zy-erken"))
    zln = h.payee("张丽娜", h.acct("zy-zhanglina", "6217", 19),
                  "中国建设银行乌鲁木齐友好路支行", "personal", "V-ZY04", h.mobile("zy-zhanglina"))
    courier = h.payee("新疆速诚快递有限公司", h.acct("zy-courier", "6505", 19),
                      "中国建设银行乌鲁木齐分行", "corporate", "V-ZY05", h.landline(A, "zy-courier"))
    payroll = h.payee("中国工商银行乌鲁木齐人民路支行（代发工资专户）", h.acct("zy-payroll", "3002", 19),
                      "中国工商银行乌鲁木齐人民路支行", "corporate", "PAY-ZY", None)
    pm = h.payee("乌鲁木齐鸿泰物业服务有限公司", h.acct("zy-pm-new", "30", 17),
                 "中国农业银行乌鲁木齐新华北路支行", "corporate", "V-ZY08", h.landline(A, "zy-pm"))
    PM_CHANGED = "2026-03-10T11:20:00+08:00"
    court_ts = h.payee("乌鲁木齐市天山区人民法院", h.acct("zy-court-ts", "3002", 19),
                       "中国工商银行乌鲁木齐解放南路支行", "corporate", "V-ZY10", h.landline(A, "zy-court-ts"))
    ljg = h.payee("李建国", h.acct("zy-ljg-card", "6222", 19),
                  "中国工商银行乌鲁木齐人民路支行", "personal", "V-ZY09", None)

    c1 = h.customer("新疆天山国际贸易有限公司", h.uscc("zy-c1", "91", "650102"), "韩总监",
                    h.landline(A, "zy-c1"), "legal@tsgjmy.cn", None, "C-ZY01")
    c2 = h.customer("乌鲁木齐瑞丰建材有限公司", h.uscc("zy-c2", "91", "650104"), "赵瑞丰",
                    h.mobile("zy-c2"), None, h.wxid("zy-c2"), "C-ZY02")
    c3 = h.customer("新疆昆仑路桥工程有限公司", h.uscc("zy-c3", "91", "650105"), "法务部 杜部长",
                    h.landline(A, "zy-c3"), "fawu@klluqiao.cn", None, "C-ZY03")
    ADDR = "乌鲁木齐市天山区人民路正毅律师事务所"

    E = []
    # ------------------------------------------------------------------ history
    E.append(h.H(h.payment("07-01 10:35", MAIN, landlord, "62400.00", "房租", "7月写字楼租金（鸿泰大厦18层）",
                           oa("7月写字楼租金｜鸿泰置业｜租赁合同ZY-ZL-2025-01｜发票%s" % h.invoice("zy-rent-07")),
                           "E2111", ["E2110", "E2101"], contract="ZY-ZL-2025-01", inv=h.invoice("zy-rent-07")),
                 "Monthly office rent to the landlord."))
    E.append(h.H(h.order("07-03 11:10", c1, [h.item("常年法律顾问服务（2026年第三季度）", "1", "季", "36000.00")],
                         "erp", "乌鲁木齐市天山区解放北路天山国贸大厦", "07-10", "季度预付",
                         notes="顾问合同续签第三季度，款已到账"),
                 "Quarterly retainer from the standing-counsel client."))
    E.append(h.H(h.payment("07-06 16:20", MAIN, erken, "6850.00", "翻译费", "6月维汉翻译费（案卷材料42页）",
                           oa("6月维汉翻译费｜艾尔肯·吐尔逊｜翻译服务协议ZY-FY-2026-01｜按页计费，个税已代扣"),
                           "E2111", ["E2110"], contract="ZY-FY-2026-01"),
                 "Monthly fee to the freelance Uyghur-Chinese translator's personal card."))
    E.append(h.H(h.payment("07-08 12:15", MAIN, pm, "9360.00", "物业费", "7月物业费",
                           oa("7月物业费｜鸿泰物业｜物业合同ZY-WY-2026-01｜发票%s" % h.invoice("zy-pm-07")),
                           "E2111", ["E2110"], contract="ZY-WY-2026-01", inv=h.invoice("zy-pm-07"),
                           changed=PM_CHANGED),
                 "Monthly property-management fee (account changed in March)."))
    E.append(h.H(h.payment("07-10 17:30", MAIN, payroll, "412560.00", "工资", "6月工资代发（23人）",
                           oa("6月工资代发（23人），工资表已经主任审批"), "E2110", ["E2101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.payment("07-14 11:40", MAIN, court_ts, "8850.00", "诉讼费", "瑞丰建材诉某建筑公司买卖合同纠纷案件受理费",
                           oa("案件受理费（委托人瑞丰建材预付）｜天山区法院交费通知书（2026）新0102民初4417号"),
                           "E2111", ["E2110"], contract="ZY-WT-2026-031"),
                 "Case filing fee paid to the district court for a client."))
    E.append(h.H(h.order("07-17 15:05", c2, [h.item("民事诉讼代理（买卖合同纠纷一审）", "1", "件", "45000.00")],
                         "erp", "乌鲁木齐市新市区北京南路瑞丰建材", "07-20", "签约后付清",
                         notes="委托代理合同已签，律师费已到账"),
                 "Litigation engagement from an established client."))
    E.append(h.H(h.payment("07-21 12:30", MAIN, lvyun, "19800.00", "软件服务费", "律所案件管理系统年度授权续费",
                           oa("案件管理系统年度授权续费｜律云科技｜合同ZY-RJ-2026-02｜发票%s" % h.invoice("zy-lvyun-07")),
                           "E2112", ["E2110", "E2101"], contract="ZY-RJ-2026-02", inv=h.invoice("zy-lvyun-07")),
                 "Annual licence of the case-management software."))
    E.append(h.H(h.payment("07-24 16:45", MAIN, zln, "4200.00", "翻译费", "6月俄语翻译费（跨境合同3份）",
                           oa("6月俄语翻译费｜张丽娜｜翻译服务协议ZY-FY-2026-02｜个税已代扣"),
                           "E2111", ["E2110"], contract="ZY-FY-2026-02"),
                 "Monthly fee to the freelance Russian translator's personal card."))
    E.append(h.H(h.payment("07-31 15:50", MAIN, ljg, "60000.00", "合伙人分配", "7月合伙人预分配（李建国）",
                           oa("7月合伙人预分配｜李建国｜依据合伙人会议决议2026-01号"),
                           "E2110", ["E2102"]),
                 "Monthly partner drawing to the senior partner's own card."))
    E.append(h.H(h.payment("08-03 10:50", MAIN, landlord, "62400.00", "房租", "8月写字楼租金（鸿泰大厦18层）",
                           oa("8月写字楼租金｜鸿泰置业｜租赁合同ZY-ZL-2025-01｜发票%s" % h.invoice("zy-rent-08")),
                           "E2111", ["E2110", "E2101"], contract="ZY-ZL-2025-01", inv=h.invoice("zy-rent-08")),
                 "Monthly office rent to the landlord."))
    E.append(h.H(h.payment("08-05 12:05", MAIN, erken, "7320.00", "翻译费", "7月维汉翻译费（案卷材料45页）",
                           oa("7月维汉翻译费｜艾尔肯·吐尔逊｜翻译服务协议ZY-FY-2026-01｜个税已代扣"),
                           "E2111", ["E2110"], contract="ZY-FY-2026-01"),
                 "Monthly fee to the freelance Uyghur-Chinese translator."))
    E.append(h.H(h.payment("08-10 17:10", MAIN, payroll, "415980.00", "工资", "7月工资代发（23人）",
                           oa("7月工资代发（23人），工资表已经主任审批"), "E2110", ["E2101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.payment("08-14 11:25", MAIN, courier, "3286.50", "快递费", "7月快递费（法院文书及卷宗寄送）",
                           oa("7月快递费｜速诚快递｜月结协议ZY-KD-2026-01｜发票%s" % h.invoice("zy-courier-07")),
                           "E2112", ["E2110"], contract="ZY-KD-2026-01", inv=h.invoice("zy-courier-07")),
                 "Monthly courier bill."))
    E.append(h.H(h.order("08-18 16:30", c3, [h.item("建设工程施工合同纠纷仲裁代理（第一阶段）", "1", "件", "80000.00")],
                         "erp", "乌鲁木齐市水磨沟区昆仑路桥办公楼", "08-25", "签约后7日内支付",
                         notes="法务部委托，仲裁申请书起草中"),
                 "Arbitration engagement from an established contractor client."))

    # ------------------------------------------------------------------ test
    # 1 routine order
    E.append(h.L(h.order("08-24 10:42", c1, [h.item("专项法律服务：股权转让交易文件审查", "1", "项", "28000.00")],
                         "erp", "乌鲁木齐市天山区解放北路天山国贸大厦", "09-04", "签约后付清",
                         notes="顾问单位追加专项，按顾问合同优惠价"),
                 "Routine: A special-matter engagement from the standing-counsel client."))
    # 2 HN translator
    E.append(h.L(h.payment("08-24 15:10", MAIN, erken, "7980.00", "翻译费", "8月维汉翻译费（案卷材料49页）",
                           oa("8月维汉翻译费｜艾尔肯·吐尔逊｜翻译服务协议ZY-FY-2026-01｜按页计费，个税已代扣"),
                           "E2111", ["E2110"], contract="ZY-FY-2026-01"),
                 "Hard negative: The freelance Uyghur-Chinese translator's monthly fee to his personal card, as every month.",
                 ["personal_account"]))
    # 3 SCAM boss block
    fake_hh = h.payee("新疆汇德通商贸有限公司", h.acct("zy-boss-payee", "1030", 19),
                      "中国农业银行昌吉分行", "corporate", None, None)
    E.append(h.S(h.payment("08-25 11:20", CLIENT, fake_hh, "380000.00", "和解款", "案件和解款（李主任交办）",
                           h.instr("im", "李建国", h.wxid("zy-fake-ljg"),
                                   "李建国：古丽娜尔，我是李主任，这是我新的工作微信，老号被封了\n"
                                   "李建国：客户资金专户现在余额多少？截个图给我\n"
                                   "古丽娜尔：李主任，专户可用余额217万\n"
                                   "李建国：塔城那个案子今天要和对方和解，先付38万到新疆汇德通商贸有限公司，账号我发你，"
                                   "我在法院调解室不方便接电话，审批单回来补签，这事先别跟其他合伙人说",
                                   urgent=True),
                           "E2111", []),
                 "boss_impersonation", "block",
                 "A 'senior partner' on a new WeChat account asks for a screenshot of the client-money balance and then a secret 380k 'settlement' to an unknown trading company, sign-off later.",
                 ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process",
                  "secrecy_words", "urgency"]))
    # 4 HN settlement payout
    guangyuan = h.payee("新疆广源商贸有限公司", h.acct("zy-guangyuan", "3002", 19),
                        "中国工商银行乌鲁木齐长江路支行", "corporate", None, h.landline(A, "zy-guangyuan"))
    E.append(h.L(h.payment("08-25 16:30", CLIENT, guangyuan, "1260000.00", "代付和解款", "依民事调解书向广源商贸支付和解款",
                           oa("客户资金专户付款：委托人昆仑路桥与广源商贸买卖合同纠纷，乌鲁木齐市中级人民法院（2026）新01民终2231号民事调解书第二条，"
                              "由我所自委托人预存款中向广源商贸支付和解款1260000.00元；收款账户与调解书附件载明账户一致；委托人书面付款指令已盖章"),
                           "E2111", ["E2110", "E2101"], contract="ZY-WT-2026-044",
                           verification=h.verification(h.landline(A, "zy-c3"), "E2110", "08-25 15:40")),
                 "Hard negative: Client money paid out to the opposing party exactly as named in a signed court mediation statement, on the client's stamped instruction.",
                 ["first_time_payee", "large_vs_usual", "in_out_match"]))
    # 5 routine courier
    E.append(h.L(h.payment("08-26 12:05", MAIN, courier, "3512.00", "快递费", "8月快递费（法院文书及卷宗寄送）",
                           oa("8月快递费｜速诚快递｜月结协议ZY-KD-2026-01｜发票%s" % h.invoice("zy-courier-08")),
                           "E2112", ["E2110"], contract="ZY-KD-2026-01", inv=h.invoice("zy-courier-08")),
                 "Routine: Monthly courier bill."))
    # 6 SCAM overpayment order block
    zechuan = h.customer("新疆泽川商贸有限公司", h.uscc("zy-zechuan", "91", "652301"), "钱总",
                         h.mobile("zy-zechuan"), None, h.wxid("zy-zechuan"), None)
    E.append(h.S(h.order("08-26 17:40", zechuan, [h.item("民事诉讼代理（借款合同纠纷一审）", "1", "件", "30000.00")],
                         "im", "昌吉市延安北路泽川商贸", "08-28", "签约后付清",
                         third_party=h.third("乌鲁木齐恒锦物资有限公司", h.mobile("zy-hengjin"), "refund_recipient", "270000.00"),
                         notes="钱总微信：律师费我们会计转错了，多打了一个零，转了30万，转账截图发你了。"
                               "多出来的27万麻烦今天退到我们供货商恒锦物资的账户，正好抵我们欠他的货款，账户我发给你。"),
                 "overpayment_refund", "block",
                 "A new client says its accountant paid a 30k retainer as 300k and wants 270k 'returned' to its supplier's account, on the strength of a screenshot.",
                 ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only",
                  "urgency"]))
    # 7 HN genuine refund
    beiting_no = h.acct("zy-beiting", "3002", 19)
    beiting = h.payee("新疆北庭农业发展有限公司", beiting_no, "中国工商银行昌吉分行", "corporate", None,
                      h.landline("0994", "zy-beiting"))
    E.append(h.L(h.payment("08-27 11:00", MAIN, beiting, "18500.00", "退款", "退还北庭农业未使用预付律师费",
                           oa("委托人北庭农业解除委托，依双方盖章的费用结算确认书，退还未使用的预付律师费18500.00元；"
                              "来款账户%s（2026-05-12已到账，银行回单0512-037），原路退回" % beiting_no),
                           "E2111", ["E2110", "E2101"], contract="ZY-WT-2026-019"),
                 "Hard negative: An unused retainer refunded to the same corporate account it came from, under a stamped fee settlement.",
                 ["first_time_payee", "refund_words"]))
    # 8 SCAM authority block (spacing)
    liu = h.payee("刘振华", h.acct("zy-auth-liu", "6230", 19), "福建省某农村信用合作联社", "personal", None, None)
    E.append(h.S(h.payment("08-27 18:10", CLIENT, liu, "450000.00", "配合核查", "按中院执行局要求转款核查",
                           h.instr("phone", "自称乌鲁木齐市中级人民法院执行局 王法官", h.landline(A, "zy-fake-court"),
                                   "来电后短信：正毅律所财务：你所代管资金账户涉嫌一起洗钱案，须配合资 金 核 查。"
                                   "今日17:00前将账内资金转入法院监 管 账 户（户名刘振华），核查完毕原路退回。"
                                   "本案属侦查保密，不得告知他人，否则以妨碍司法论处。",
                                   urgent=True),
                           "E2111", []),
                 "authority_impersonation", "block",
                 "A caller posing as a court enforcement judge orders the client-money account emptied into a 'supervised account' held by an individual for 'fund verification', with the key words spaced out.",
                 ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                  "evasion_spacing", "unusual_bank_region"]))
    # 9 HN court fee
    court_zy = h.payee("乌鲁木齐市中级人民法院", h.acct("zy-court-zy", "3002", 19),
                       "中国工商银行乌鲁木齐光明路支行", "corporate", None, h.landline(A, "zy-court-zy"))
    E.append(h.L(h.payment("08-28 10:50", MAIN, court_zy, "14380.00", "诉讼费", "瑞丰建材上诉案件受理费（代垫）",
                           oa("上诉案件受理费｜乌鲁木齐市中级人民法院交费通知书（2026）新01民终3108号，须于七日内预交，"
                              "逾期按撤回上诉处理｜委托人瑞丰建材已书面同意由我所代垫"),
                           "E2111", ["E2110"], contract="ZY-WT-2026-031"),
                 "Hard negative: An appeal filing fee paid to the intermediate court's own account under a written fee notice with a seven-day deadline.",
                 ["first_time_payee", "authority_words", "urgency"]))
    # 10 routine order
    E.append(h.L(h.order("08-28 16:20", c2, [h.item("强制执行代理（买卖合同纠纷）", "1", "件", "25000.00")],
                         "erp", "乌鲁木齐市新市区北京南路瑞丰建材", "09-02", "签约后付清",
                         notes="一审胜诉后申请强制执行，委托合同已签"),
                 "Routine: An enforcement engagement from an established client."))
    # 11 SCAM account change block
    E.append(h.S(h.payment("08-31 11:35", MAIN, landlord_fake, "62400.00", "房租", "9月写字楼租金（鸿泰大厦18层）",
                           h.instr("email", "鸿泰置业 财务部", "caiwu@hongtai-zy.com",
                                   "正毅律师事务所财务：\n因我司年度审计，工行基本户自8月25日起暂停收款，"
                                   "9月起租金请汇至以下账户：户名乌鲁木齐鸿泰置业有限公司，开户行中国民生银行西安高新支行。"
                                   "请勿再汇入原账户，以本函为准。\n鸿泰置业财务部"),
                           "E2111", ["E2110", "E2101"], contract="ZY-ZL-2025-01",
                           inv=h.invoice("zy-rent-09"), changed="2026-08-26T16:05:00+08:00"),
                 "account_change", "block",
                 "An e-mail from a hyphenated look-alike of the landlord's domain moves the rent to a Xi'an account keyed into the vendor master five days earlier; this is the first payment to it.",
                 ["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"]))
    # 12 HN arbitration fee
    arb = h.payee("乌鲁木齐仲裁委员会", h.acct("zy-arb", "3002", 19), "中国工商银行乌鲁木齐北京路支行",
                  "corporate", None, h.landline(A, "zy-arb"))
    E.append(h.L(h.payment("09-01 11:10", MAIN, arb, "21650.00", "仲裁费", "昆仑路桥施工合同纠纷仲裁费预交（代垫）",
                           oa("仲裁费预交｜乌鲁木齐仲裁委员会受理通知书（2026）乌仲字第0917号，按通知书所列仲裁委账户缴纳｜委托人昆仑路桥已同意代垫"),
                           "E2111", ["E2110"], contract="ZY-WT-2026-052"),
                 "Hard negative: An arbitration fee paid to the arbitration commission's own account listed in its acceptance notice.",
                 ["first_time_payee", "fee_words"]))
    # 13 SCAM account lending block
    zhuoyuan = h.payee("新疆卓远建设有限公司", h.acct("zy-zhuoyuan", "1055", 19), "中国银行哈密分行",
                       "corporate", None, None)
    E.append(h.S(h.payment("09-01 15:45", CLIENT, zhuoyuan, "600000.00", "代付款", "代瑞丰建材朋友转付投标款",
                           h.instr("im", "瑞丰建材 赵瑞丰", h.wxid("zy-c2"),
                                   "周主管，帮个忙：我朋友公司投标要公对公转账，他们的60万已经打到你们律所的代管账户了，"
                                   "你们再走一下账转给新疆卓远建设有限公司，给你们1%的辛苦费，今天下午就要。"),
                           "E2111", ["E2110"]),
                 "account_lending", "block",
                 "A litigation client asks the firm to pass a friend's 600k through its client-money account to a construction company for a 1% 'thank-you fee'.",
                 ["account_lending_words", "im_instruction", "in_out_match", "middleman_fee", "urgency"]))
    # 14 HN property mgmt long ago change
    E.append(h.L(h.payment("09-02 12:30", MAIN, pm, "9360.00", "物业费", "9月物业费",
                           oa("9月物业费｜鸿泰物业｜物业合同ZY-WY-2026-01｜发票%s" % h.invoice("zy-pm-09")),
                           "E2111", ["E2110"], contract="ZY-WY-2026-01", inv=h.invoice("zy-pm-09"),
                           changed=PM_CHANGED),
                 "Hard negative: Property fee to the manager whose bank change was recorded in March and has been paid every month since.",
                 ["account_changed_long_ago"]))
    # 15 SCAM fake order (order, flag)
    hanhai = h.customer("新疆瀚海矿业投资有限公司", h.uscc("zy-hanhai", "91", "650106"), "刘总",
                        h.mobile("zy-hanhai"), None, h.wxid("zy-hanhai"), None)
    xincheng = h.third("乌鲁木齐信诚资产评估事务所", h.mobile("zy-xincheng"), "designated_supplier", "38000.00")
    E.append(h.S(h.order("09-02 17:05", hanhai, [h.item("股权收购法律尽职调查", "1", "项", "480000.00")],
                         "im", "乌鲁木齐市经开区瀚海矿业", "09-10", "报告出具后一次性支付",
                         third_party=xincheng,
                         notes="刘总：尽调必须配合我们集团指定的信诚资产评估事务所做矿权评估，别家不认。"
                               "评估费3.8万由你们律所先付给信诚，和律师费一起结算，明天评估师就要进场。"),
                 "fake_order", "flag",
                 "A new 'mining investor' offers a 480k due-diligence mandate but insists the firm first pay 38k to the appraisal firm it designates, to be 'settled together'.",
                 ["new_customer", "large_first_order", "designated_supplier", "contact_im_only", "urgency"],
                 ref="hanhai"))
    # 16 SCAM fake order payment block
    xc_payee = h.payee("乌鲁木齐信诚资产评估事务所", h.acct("zy-xincheng", "6228", 19), "中国农业银行乌鲁木齐南门支行",
                       "corporate", None, h.mobile("zy-xincheng"))
    E.append(h.S(h.payment("09-03 11:25", MAIN, xc_payee, "38000.00", "代垫评估费", "瀚海矿业尽调项目矿权评估费（代垫）",
                           h.instr("im", "瀚海矿业 刘总", h.wxid("zy-hanhai"),
                                   "宋律师，我们48万律师费已经从对公转了，银行显示处理中，截图发你了。"
                                   "评估师今天必须进场，你们先把3.8万评估费付给信诚，律师费到了一起结。",
                                   urgent=True),
                           "E2103", ["E2101"], order="@hanhai"),
                 "fake_order", "block",
                 "The same 'investor' presses the associate to advance the appraisal fee to the designated firm while its own fee is only a 'processing' screenshot.",
                 ["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"]))
    # 17 HN expert assistant
    wzh = h.payee("王志宏", h.acct("zy-wzh", "6217", 19), "中国建设银行乌鲁木齐西虹路支行", "personal", None,
                  h.mobile("zy-wzh"))
    E.append(h.L(h.payment("09-04 10:40", MAIN, wzh, "5000.00", "专家费", "昆仑路桥仲裁案专家辅助人出庭费（王志宏）",
                           oa("专家辅助人出庭费｜王志宏（高级工程师，造价专家）｜专家咨询协议ZY-ZJ-2026-03，"
                              "出庭记录已附｜费用由委托人昆仑路桥承担并已预存｜个税已代扣"),
                           "E2111", ["E2110", "E2102"], contract="ZY-ZJ-2026-03"),
                 "Hard negative: An expert assistant's fee for a hearing paid to his own personal card under a signed consulting agreement.",
                 ["first_time_payee", "personal_account"]))
    # 18 routine payroll
    E.append(h.L(h.payment("09-04 16:00", MAIN, payroll, "421330.00", "工资", "8月工资代发（24人）",
                           oa("8月工资代发（24人），工资表已经主任审批"), "E2110", ["E2101"]),
                 "Routine: Monthly payroll through the bank payroll account."))
    # 19 SCAM task rebate block (homophone)
    chensy = h.payee("陈思雨", h.acct("zy-task-chen", "6212", 19), "中国工商银行广州天河支行", "personal", None, None)
    E.append(h.S(h.payment("09-07 11:15", MAIN, chensy, "6800.00", "借支", "个人借支（王婷）",
                           h.instr("im", "王婷", h.wxid("zy-wangting"),
                                   "王婷转来的聊天记录：\n导师：王姐，你这一轮是连单，卡住了，再冲6800就能激活\n"
                                   "导师：之前的返力和本金一起提出来，今天不冲就冻住了\n王婷：周主管，先借我6800，打到这个卡，下月工资扣"),
                           "E2112", ["E2110"]),
                 "task_rebate", "block",
                 "The office administrator asks for a 6,800 advance to a stranger's card to 'unlock' a stuck order-brushing round, the chat written with homophones.",
                 ["task_rebate_words", "topup_words", "vague_memo", "evasion_homophone", "unusual_bank_region"]))
    # 20 HN real partner wechat
    picc = h.payee("中国人民财产保险股份有限公司乌鲁木齐市分公司", h.acct("zy-picc", "3002", 19),
                   "中国工商银行乌鲁木齐分行营业部", "corporate", None, h.landline(A, "zy-picc"))
    E.append(h.L(h.payment("09-07 15:30", MAIN, picc, "7260.00", "保全担保费", "瑞丰建材诉讼财产保全责任险保费（代垫）",
                           h.instr("im", "李建国", LJG_WX,
                                   "李建国：古丽娜尔，瑞丰建材那个案子今天要交保全申请，保全责任险的保费7260元今天先付给人保，"
                                   "保单和发票人保下午送来，OA我已经批了"),
                           "E2111", ["E2110", "E2101"], contract="ZY-WT-2026-031",
                           inv=h.invoice("zy-picc-09")),
                 "Hard negative: The real senior partner, from his known WeChat, asks for today's payment of a litigation-preservation insurance premium that he has already approved in OA.",
                 ["first_time_payee", "im_instruction", "boss_role", "urgency", "fee_words"]))
    # 21 SCAM boss flag (email, full-width)
    sunhao = h.payee("孙浩", h.acct("zy-sunhao", "6217", 19), "中国建设银行塔城分行", "personal", None, None)
    E.append(h.S(h.payment("09-08 11:40", MAIN, sunhao, "88000.00", "公关费", "塔城案件协调费用",
                           h.instr("email", "李建国", "li.jianguo.zy@163.com",
                                   "古丽娜尔：\n塔城那个案子明天开庭前要打点一下关系，公关费８．８万今天先转到我助理孙浩的个人卡，"
                                   "别走系统，我回来补签。此事不要外传。\n李建国", urgent=True),
                           "E2111", []),
                 "boss_impersonation", "flag",
                 "A free-mail 'senior partner', typing the amount in full-width digits, wants 88k of 'relationship money' sent today to an assistant's personal card, outside the system and kept quiet.",
                 ["email_instruction", "free_mail", "boss_role", "secrecy_words", "bypass_process", "urgency",
                  "evasion_fullwidth"]))
    # 22 HN pass on enforcement money to client
    ruifeng = h.payee("乌鲁木齐瑞丰建材有限公司", h.acct("zy-ruifeng", "3002", 19), "中国工商银行乌鲁木齐北京路支行",
                      "corporate", None, h.mobile("zy-c2"))
    E.append(h.L(h.payment("09-08 16:50", CLIENT, ruifeng, "356000.00", "转付执行款", "转付瑞丰建材执行款",
                           oa("客户资金专户付款：天山区法院执行款356000.00元已于9月7日到账（执行案号（2026）新0102执2218号，法院回单0907-005），"
                              "按委托代理合同第六条代收转付，转付委托人瑞丰建材基本户（与委托合同载明账户一致）"),
                           "E2111", ["E2110", "E2101"], contract="ZY-WT-2026-031",
                           verification=h.verification(h.mobile("zy-c2"), "E2110", "09-08 16:20")),
                 "Hard negative: Enforcement money collected from the court is passed on the next day to the client's own account named in the engagement contract.",
                 ["first_time_payee", "in_out_match"]))
    # 23 SCAM invoice trader flag (symbols)
    huitong = h.payee("乌鲁木齐汇通财税服务有限公司", h.acct("zy-huitong", "6228", 19), "中国农业银行乌鲁木齐米东支行",
                      "corporate", None, h.mobile("zy-huitong"))
    E.append(h.S(h.payment("09-09 12:20", MAIN, huitong, "18600.00", "服务费", "进项发票服务费",
                           h.instr("im", "票务 小陈", h.wxid("zy-huitong"),
                                   "周主管，律所进项不够？增值税专.票 可代💰开，6个点，全国可查，今天下单月底前到票。"
                                   "31万的票，服务费18600，打我们公司账户就行。"),
                           "E2110", ["E2102"]),
                 "fake_invoice", "flag",
                 "An 'invoice agent' on WeChat sells 310k of VAT input invoices at 6 points, the key words broken up with symbols and an emoji.",
                 ["invoice_trade_words", "im_instruction", "no_po_contract", "evasion_symbols"]))
    # 24 routine order
    E.append(h.L(h.order("09-10 11:00", c3, [h.item("建设工程施工合同纠纷仲裁代理（第二阶段）", "1", "件", "60000.00")],
                         "erp", "乌鲁木齐市水磨沟区昆仑路桥办公楼", "09-17", "签约后7日内支付",
                         notes="按委托合同进入开庭阶段"),
                 "Routine: The next stage of an arbitration engagement for an established client."))
    # 25 HN co-counsel
    hengxin = h.payee("北京衡信律师事务所", h.acct("zy-hengxin", "0200", 19), "中国工商银行北京东城支行",
                      "corporate", None, h.landline("010", "zy-hengxin"))
    E.append(h.L(h.payment("09-10 16:15", MAIN, hengxin, "30000.00", "律师协作费", "北京瀚联科技仲裁案协作律师费",
                           oa("协作律师费｜北京衡信律师事务所｜律师协作协议ZY-XZ-2026-05｜发票%s" % h.invoice("zy-hengxin-09")),
                           "E2110", ["E2101", "E2102"], contract="ZY-XZ-2026-05", inv=h.invoice("zy-hengxin-09")),
                 "Hard negative: First payment to a Beijing co-counsel law firm under a signed cooperation agreement with its invoice.",
                 ["first_time_payee", "unusual_bank_region"]))
    # 26 SCAM fake salary block
    mxl = h.payee("马秀兰", h.acct("zy-maxiulan", "6228", 19), "中国农业银行伊宁分行", "personal", None, None)
    E.append(h.S(h.payment("09-11 12:40", MAIN, mxl, "4500.00", "工资", "8月实习律师补贴（员工：马骁）",
                           h.instr("im", "马骁", h.wxid("zy-fake-maxiao"),
                                   "周老师好，我是马骁，换了个新微信。我原来的工资卡丢了正在补办，"
                                   "这个月的实习补贴先打到我妈妈的卡上，户名马秀兰，农行伊宁分行，谢谢！"),
                           "E2111", ["E2110"]),
                 "fake_salary", "block",
                 "A 'new WeChat' of a trainee lawyer asks that his monthly stipend be paid to his 'mother's' card in another name.",
                 ["payroll_change", "payee_not_employee", "im_instruction", "new_contact"]))
    # 27 HN partner drawing
    E.append(h.L(h.payment("09-14 11:30", MAIN, ljg, "60000.00", "合伙人分配", "8月合伙人预分配（李建国）",
                           oa("8月合伙人预分配｜李建国｜依据合伙人会议决议2026-01号"),
                           "E2110", ["E2102"]),
                 "Hard negative: The senior partner's monthly drawing to his own card, approved by the other partner as every month.",
                 ["personal_account", "boss_role"]))
    # 28 SCAM overpayment refund payment block
    dsy_no = h.acct("zy-dingsheng", "6505", 19)
    zhoupeng = h.payee("周鹏", h.acct("zy-zhoupeng", "6217", 19), "中国建设银行库尔勒分行", "personal", None, None)
    E.append(h.S(h.payment("09-14 17:20", MAIN, zhoupeng, "100000.00", "退款", "退鼎盛源贸易多付律师费",
                           h.instr("im", "鼎盛源贸易 周总", h.wxid("zy-dingsheng"),
                                   "OA附言：来款账户%s（新疆鼎盛源贸易有限公司，网银显示已入账待核实）\n"
                                   "客户微信：会计把5万律师费打成了15万，多了10万。公户退回来要走审批太慢，直接退到我们老板周鹏的卡上，今天急用。"
                                   % dsy_no, urgent=True),
                           "E2111", ["E2110"], contract="ZY-WT-2026-061"),
                 "overpayment_refund", "block",
                 "A new client claims to have overpaid its retainer by 100k and wants the 'excess' sent to its boss's personal card instead of back to the paying company account.",
                 ["overpayment", "refund_to_other_account", "refund_words", "urgency", "im_instruction"]))
    # 29 HN russian translator
    E.append(h.L(h.payment("09-15 10:55", MAIN, zln, "4650.00", "翻译费", "8月俄语翻译费（跨境合同4份）",
                           oa("8月俄语翻译费｜张丽娜｜翻译服务协议ZY-FY-2026-02｜个税已代扣"),
                           "E2111", ["E2110"], contract="ZY-FY-2026-02"),
                 "Hard negative: The freelance Russian translator's monthly fee to her personal card under her standing agreement.",
                 ["personal_account"]))
    # 30 SCAM authority flag
    hejing = h.payee("何静", h.acct("zy-hejing", "6222", 19), "中国工商银行乌鲁木齐西北路支行", "personal", None, None)
    E.append(h.S(h.payment("09-16 12:10", MAIN, hejing, "3200.00", "仲裁费", "昆仑路桥仲裁案仲裁费差额及送达费",
                           h.instr("phone", "自称乌鲁木齐仲裁委员会立案庭 何老师", h.mobile("zy-fake-arb"),
                                   "来电称：你所代理的昆仑路桥仲裁案仲裁费差额及送达费共3200元未缴，今天下班前转到立案庭经办人何静的卡上，"
                                   "否则按撤回仲裁申请处理。", urgent=True),
                           "E2111", ["E2110"], contract="ZY-WT-2026-052"),
                 "authority_impersonation", "flag",
                 "A caller posing as the arbitration commission's filing office demands a 3,200 'fee difference' to a clerk's personal card today or the case is 'withdrawn'.",
                 ["authority_words", "phone_instruction", "fee_words", "urgency"]))
    # 31 SCAM lending order block
    jinhong = h.customer("新疆金泓投资管理有限公司", h.uscc("zy-jinhong", "91", "650109"), "马经理",
                         h.mobile("zy-jinhong"), None, h.wxid("zy-jinhong"), None)
    E.append(h.S(h.order("09-17 11:45", jinhong, [h.item("股权转让见证法律服务", "1", "项", "20000.00")],
                         "im", "乌鲁木齐市米东区金泓投资", "09-19", "见证完成后支付",
                         third_party=h.third("喀什华宸商贸有限公司", h.mobile("zy-huachen"), "pass_through_payee", "800000.00"),
                         notes="马经理：股权款80万先打到你们律所账户，你们公对公过账给卖方喀什华宸商贸，"
                               "这样有律所见证更放心，过账另给2个点手续费。"),
                 "account_lending", "block",
                 "A new 'investment' client wants an 800k share price routed through the firm's account to a Kashgar trading company for a 2% fee, dressed up as a witnessing service.",
                 ["new_customer", "account_lending_words", "third_party_payer", "middleman_fee", "contact_im_only"]))
    # 32 HN refund in traditional characters
    taixin_no = h.acct("zy-taixin", "3002", 19)
    taixin = h.payee("新疆台鑫贸易有限公司", taixin_no, "中国工商银行乌鲁木齐钱塘江路支行", "corporate", None,
                     h.landline(A, "zy-taixin"))
    E.append(h.L(h.payment("09-18 15:20", MAIN, taixin, "12000.00", "退款", "退还台鑫贸易剩余预付律师费",
                           h.instr("email", "台鑫貿易 林經理", "lin@taixin-xj.com",
                                   "周小姐您好：本案已和解結案，請將剩餘預付律師費12000元原路退回本公司來款帳戶，謝謝。\n"
                                   "財務附註：來款帳戶%s，2026-06-03已到帳，結算單已蓋章。" % taixin_no),
                           "E2111", ["E2110", "E2101"], contract="ZY-WT-2026-027"),
                 "Hard negative: A Taiwanese-run client, writing in traditional characters, asks for its unused retainer back to the account it paid from, which is exactly where it goes.",
                 ["first_time_payee", "refund_words", "email_instruction", "evasion_traditional"]))
    # 33 routine software support
    E.append(h.L(h.payment("09-21 11:05", MAIN, lvyun, "4950.00", "软件服务费", "案件管理系统第三季度技术支持费",
                           oa("第三季度技术支持费｜律云科技｜合同ZY-RJ-2026-02｜发票%s" % h.invoice("zy-lvyun-09")),
                           "E2112", ["E2110"], contract="ZY-RJ-2026-02", inv=h.invoice("zy-lvyun-09")),
                 "Routine: Quarterly support fee to the case-management software vendor."))
    # 34 routine order
    E.append(h.L(h.order("09-22 16:40", c2, [h.item("常年法律顾问服务（2026年10月至2027年9月）", "1", "年", "48000.00")],
                         "erp", "乌鲁木齐市新市区北京南路瑞丰建材", "09-30", "签约后付清",
                         notes="顾问合同续签一年"),
                 "Routine: An established client renews its standing-counsel contract."))
    # 35 HN new state-owned client via open selection
    tianheng = h.customer("新疆天恒交通建设投资有限公司", h.uscc("zy-tianheng", "91", "650100"), "法务部 孟部长",
                          h.landline(A, "zy-tianheng"), "fawu@thjtjs.com.cn", None, None)
    E.append(h.L(h.order("09-23 11:00", tianheng, [h.item("常年法律顾问服务（2026年10月至2027年9月）", "1", "年", "180000.00")],
                         "email", "乌鲁木齐市高新区天恒交建大厦", "10-09", "按季度支付",
                         notes="经公开比选确定，中选通知书TH-BX-2026-017，合同文本由对方法务部提供，对公付款"),
                 "Hard negative: A state-owned construction investor appoints the firm as standing counsel after an open selection, with a notice number, landline and corporate e-mail.",
                 ["new_customer", "institution_claim", "large_first_order"]))
    return E
