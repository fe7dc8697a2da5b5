"""mingjian: 新疆明鉴会计师事务所有限公司, an audit, bookkeeping and tax-agency firm in Korla."""

TENANT = "mingjian"
PREFIX = "MJ"


def build(h):
    A = "0996"
    FIRM = "新疆明鉴会计师事务所有限公司"
    MAIN = h.payer(h.acct("mj-main", "6505", 19), FIRM)

    # staff: E3101 韩志远 董事长/主任会计师, E3102 热娜古丽·吐尔洪 合伙人, E3110 刘晓燕 财务经理,
    # E3111 帕提古丽 出纳, E3120 赵敏 记账组长, E3121 吴涛 审计项目经理
    def kd(text):
        return h.instr("erp", "金蝶云", None, "金蝶云付款单：" + text)

    landlord_old = h.payee("巴州天瑞房地产开发有限公司", h.acct("mj-landlord-old", "6505", 19),
                           "中国建设银行巴州分行", "corporate", "V-MJ01", h.landline(A, "mj-landlord"))
    landlord_new = h.payee("巴州天瑞房地产开发有限公司", h.acct("mj-landlord-new", "30", 17),
                           "中国农业银行库尔勒人民东路支行", "corporate", "V-MJ01", h.landline(A, "mj-landlord"))
    LL_CHANGED = "2026-08-19T12:10:00+08:00"
    caizhi = h.payee("北京财智云科技有限公司", h.acct("mj-caizhi", "1109", 18), "招商银行北京中关村支行",
                     "corporate", "V-MJ02", h.landline("010", "mj-caizhi"))
    caizhi_fake = h.payee("北京财智云科技有限公司", h.acct("mj-caizhi-fake", "4000", 19), "中国工商银行深圳宝安支行",
                          "corporate", "V-MJ02", h.landline("010", "mj-caizhi"))
    payroll = h.payee("中国建设银行巴州分行（代发工资专户）", h.acct("mj-payroll", "6505", 19),
                      "中国建设银行巴州分行", "corporate", "PAY-MJ", None)
    mjh = h.payee("马建华", h.acct("mj-majianhua", "6228", 19), "中国农业银行库尔勒分行", "personal", "V-MJ04",
                  h.mobile("mj-majianhua"))
    printer = h.payee("库尔勒博文印务有限公司", h.acct("mj-printer", "6505", 19), "中国建设银行库尔勒新城支行",
                      "corporate", "V-MJ05", h.landline(A, "mj-printer"))
    treasury = h.payee("国家金库库尔勒市中心支库", h.acct("mj-treasury", "1011", 18), "中国人民银行库尔勒市中心支行",
                       "corporate", "V-MJ06", None)
    zhaomin = h.payee("赵敏", h.acct("mj-zhaomin", "6217", 19), "中国建设银行库尔勒分行", "personal", "V-MJ08", None)

    c1 = h.customer("巴州塔河石化设备有限公司", h.uscc("mj-c1", "91", "652801"), "财务总监 钱丽",
                    h.landline(A, "mj-c1"), "qianli@thshsb.com", None, "C-MJ01")
    c2 = h.customer("库尔勒梨城农业开发有限公司", h.uscc("mj-c2", "91", "652801"), "艾合买提",
                    h.landline(A, "mj-c2"), None, h.wxid("mj-c2"), "C-MJ02")
    c3 = h.customer("新疆孔雀河酒业有限公司", h.uscc("mj-c3", "91", "652801"), "会计 杨帆",
                    h.landline(A, "mj-c3"), "yangfan@kqhjy.cn", None, "C-MJ03")
    c2_no = h.acct("mj-c2-bank", "30", 17)
    c2_payee = h.payee("库尔勒梨城农业开发有限公司", c2_no, "中国农业银行库尔勒分行", "corporate", None,
                       h.landline(A, "mj-c2"))

    E = []
    # ------------------------------------------------------------------ history
    E.append(h.H(h.order("07-02 11:20", c2, [h.item("代理记账（2026年7月至12月）", "6", "月", "1800.00")],
                         "erp", "库尔勒市梨城农业办公楼", "07-31", "按季预付",
                         notes="代理记账合同续签，含纳税申报"),
                 "Half-year bookkeeping engagement from an established client."))
    E.append(h.H(h.payment("07-06 17:05", MAIN, payroll, "286420.00", "工资", "6月工资代发（18人）",
                           kd("6月工资代发（18人），工资表已审批"), "E3110", ["E3101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.payment("07-08 12:40", MAIN, caizhi, "12800.00", "软件服务费", "审计作业系统年度服务费",
                           kd("审计作业系统年度服务费｜财智云｜合同MJ-RJ-2026-01｜发票%s" % h.invoice("mj-caizhi-07")),
                           "E3111", ["E3110"], contract="MJ-RJ-2026-01", inv=h.invoice("mj-caizhi-07")),
                 "Annual fee for the audit software."))
    E.append(h.H(h.payment("07-15 11:30", MAIN, landlord_old, "28600.00", "房租", "7月办公室租金",
                           kd("7月办公室租金｜天瑞房产｜租赁合同MJ-ZL-2024-02｜发票%s" % h.invoice("mj-rent-07")),
                           "E3111", ["E3110"], contract="MJ-ZL-2024-02", inv=h.invoice("mj-rent-07")),
                 "Monthly office rent."))
    E.append(h.H(h.payment("07-16 16:10", MAIN, treasury, "46218.35", "代缴税款", "代孔雀河酒业缴纳6月增值税及附加",
                           kd("代缴税款｜孔雀河酒业6月增值税及附加｜委托代缴协议MJ-DJ-2026-07，客户款项已到账｜电子税务局缴款书"),
                           "E3111", ["E3110"], contract="MJ-DJ-2026-07"),
                 "Tax paid to the treasury on behalf of a tax-agency client from funds it deposited."))
    E.append(h.H(h.payment("07-20 15:25", MAIN, mjh, "6000.00", "劳务费", "6月外聘复核费（马建华）",
                           kd("6月审计底稿外聘复核费｜马建华（退休注册会计师）｜外聘协议MJ-WP-2026-01｜个税已代扣"),
                           "E3111", ["E3110"], contract="MJ-WP-2026-01"),
                 "Monthly review fee to a retired CPA's personal card."))
    E.append(h.H(h.order("07-22 10:45", c1, [h.item("2026年半年度财务报表审阅", "1", "项", "38000.00")],
                         "erp", "库尔勒经济技术开发区塔河石化设备", "08-20", "报告出具后10日内支付",
                         notes="常年审计客户，业务约定书已签"),
                 "Half-year review engagement from an established audit client."))
    E.append(h.H(h.payment("07-27 16:40", MAIN, printer, "4860.00", "印刷费", "审计报告装订印刷（6-7月）",
                           kd("审计报告装订印刷｜博文印务｜框架合同MJ-YS-2026-01｜发票%s" % h.invoice("mj-print-07")),
                           "E3111", ["E3110"], contract="MJ-YS-2026-01", inv=h.invoice("mj-print-07")),
                 "Report printing and binding."))
    E.append(h.H(h.payment("08-03 12:20", MAIN, zhaomin, "2316.40", "差旅报销", "赵敏7月若羌客户外勤差旅报销",
                           kd("差旅报销｜赵敏｜报销单BX-0731-06，票据已审核"), "E3120", ["E3110"]),
                 "Travel reimbursement to an employee's own card."))
    E.append(h.H(h.payment("08-06 17:15", MAIN, payroll, "289100.00", "工资", "7月工资代发（18人）",
                           kd("7月工资代发（18人），工资表已审批"), "E3110", ["E3101"]),
                 "Monthly payroll through the bank payroll account."))
    E.append(h.H(h.order("08-12 11:05", c3, [h.item("2025年度企业所得税汇算清缴鉴证（补充）", "1", "项", "15000.00")],
                         "erp", "库尔勒市孔雀河酒业", "08-31", "报告出具后付清",
                         notes="税务代理客户，补充鉴证"),
                 "Tax-assurance engagement from an established tax-agency client."))
    E.append(h.H(h.payment("08-17 15:40", MAIN, mjh, "6000.00", "劳务费", "7月外聘复核费（马建华）",
                           kd("7月审计底稿外聘复核费｜马建华｜外聘协议MJ-WP-2026-01｜个税已代扣"),
                           "E3111", ["E3110"], contract="MJ-WP-2026-01"),
                 "Monthly review fee to a retired CPA's personal card."))
    E.append(h.H(h.payment("08-20 11:50", MAIN, landlord_new, "28600.00", "房租", "8月办公室租金（新账户）",
                           kd("8月办公室租金｜天瑞房产｜账户变更函（盖章原件）已收，已按合同预留电话回拨天瑞财务确认｜发票%s"
                              % h.invoice("mj-rent-08")),
                           "E3111", ["E3110", "E3101"], contract="MJ-ZL-2024-02", inv=h.invoice("mj-rent-08"),
                           changed=LL_CHANGED,
                           verification=h.verification(h.landline(A, "mj-landlord"), "E3110", "08-19 16:30")),
                 "First rent to the landlord's new account after a stamped change letter and a call-back."))
    E.append(h.H(h.payment("08-21 12:35", MAIN, treasury, "12804.60", "代缴税款", "代梨城农业缴纳7月增值税及个税",
                           kd("代缴税款｜梨城农业7月增值税及个税｜委托代缴协议MJ-DJ-2026-05，客户款项已到账｜电子税务局缴款书"),
                           "E3111", ["E3110"], contract="MJ-DJ-2026-05"),
                 "Tax paid to the treasury on behalf of a bookkeeping client."))

    # ------------------------------------------------------------------ test
    # N1 HN tax payment with full-width digits (legit evasion)
    E.append(h.L(h.payment("08-24 11:30", MAIN, treasury, "18640.00", "代缴税款", "代孔雀河酒业缴纳7月增值税及附加",
                           kd("代缴税款｜孔雀河酒业7月增值税及附加｜委托代缴协议MJ-DJ-2026-07，客户款项已到账\n"
                              "客户微信确认：同意代缴，金额按申报表：１８６４０．００元，今天申报截止前缴完"),
                           "E3111", ["E3110"], contract="MJ-DJ-2026-07"),
                 "Hard negative: A client confirms a tax payment on behalf, typing the amount in full-width digits, to the treasury account used every month.",
                 ["evasion_fullwidth", "urgency"]))
    # R1 routine order
    E.append(h.L(h.order("08-25 10:40", c2, [h.item("工资核算及个税申报代理（2026年9月至12月）", "4", "月", "600.00")],
                         "erp", "库尔勒市梨城农业办公楼", "09-10", "按季预付",
                         notes="在代账合同基础上追加工资核算"),
                 "Routine: An add-on payroll-bookkeeping engagement from an established client."))
    # S1 SCAM authority block (traditional)
    hczh = h.payee("稅務稽查資金核查專戶", h.acct("mj-fake-tax", "6230", 19), "福建晋江农村商业银行",
                   "unknown", None, None)
    E.append(h.S(h.payment("08-25 15:20", MAIN, hczh, "136000.00", "配合稽查", "按稽查局要求转入核查",
                           h.instr("phone", "自称国家税务总局巴州税务局稽查局 张科长", h.landline(A, "mj-fake-tax"),
                                   "來電後短信：明鑒會計師事務所：你所代管的梨城農業稅款涉嫌虛開案件，"
                                   "請於今日16時前將代管資金136000元轉入國家賬戶配合資金核查，核查無誤後全額退還。"
                                   "案件保密，不得告知委託人。",
                                   urgent=True),
                           "E3111", []),
                 "authority_impersonation", "block",
                 "A caller posing as the tax inspection bureau, texting in traditional characters, orders the client tax funds the firm holds into a 'national account' for 'fund verification'.",
                 ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency",
                  "evasion_traditional", "unusual_bank_region"]))
    # N2 HN bookkeeping order with 过账
    xinhe = h.customer("库尔勒新禾餐饮管理有限公司", h.uscc("mj-xinhe", "91", "652801"), "老板 陈新禾",
                       h.landline(A, "mj-xinhe"), "xinhe_cy@163.com", None, None)
    E.append(h.L(h.order("08-26 12:15", xinhe, [h.item("代理记账（2026年9月至2027年8月）", "12", "月", "800.00")],
                         "in_person", "库尔勒市萨依巴格路新禾餐饮", "09-05", "按季预付",
                         notes="新设餐饮公司，到所面签。服务内容：每月凭证录入、过账、结账，按期申报增值税及个税，年度汇算清缴。"),
                 "Hard negative: A new restaurant signs a bookkeeping contract in person whose service list includes posting vouchers (过账), plain accounting vocabulary.",
                 ["new_customer", "account_lending_words", "free_mail"]))
    # S3 SCAM fake renewal flag
    huaxia = h.payee("北京华夏知识产权保护中心有限公司", h.acct("mj-huaxia", "0200", 19), "中国工商银行北京丰台支行",
                     "corporate", None, h.landline("010", "mj-huaxia"))
    E.append(h.S(h.payment("08-27 16:05", MAIN, huaxia, "3980.00", "品牌保护费", "“明鉴”商标及网络品牌保护费",
                           h.instr("letter", "北京华夏知识产权保护中心", None,
                                   "品牌资源争议审核通知函：近期有第三方申请注册“明鉴会计”相关网络品牌及通用网址，"
                                   "贵所作为在先使用人享有优先保护权，请于5个工作日内缴纳品牌保护年费3980元，逾期视为放弃。"),
                           "E3111", ["E3110"]),
                 "fake_invoice", "flag",
                 "A 'brand dispute review notice' by post demands a 3,980 'brand protection' fee from an unknown Beijing IP centre within five days.",
                 ["letter_instruction", "renewal_bill", "no_po_contract", "urgency"]))
    # N3 HN refund of double payment
    E.append(h.L(h.payment("08-28 11:45", MAIN, c2_payee, "5400.00", "退款", "退还梨城农业重复支付的三季度代账费",
                           kd("梨城农业三季度代账费重复支付（回单0825-011与0825-014），对方盖章确认；"
                              "来款账户%s，两笔均已到账，原路退回一笔" % c2_no),
                           "E3111", ["E3110"], contract="MJ-DZ-2026-02"),
                 "Hard negative: A client's duplicate bookkeeping fee is refunded to the same corporate account it came from after both payments cleared.",
                 ["first_time_payee", "refund_words", "overpayment"]))
    # R7 routine order
    E.append(h.L(h.order("08-31 12:30", c3, [h.item("2026年第三季度纳税申报代理", "1", "季", "4500.00")],
                         "erp", "库尔勒市孔雀河酒业", "10-15", "按季支付",
                         notes="税务代理客户常规季度服务"),
                 "Routine: Quarterly tax-filing service for an established tax-agency client."))
    # S4 SCAM boss block (QQ group)
    huahan = h.payee("新疆华瀚工程咨询有限公司", h.acct("mj-huahan", "1070", 19), "中国银行阿克苏分行",
                     "corporate", None, None)
    E.append(h.S(h.payment("09-01 12:40", MAIN, huahan, "260000.00", "投标保证金", "审计服务项目投标保证金",
                           h.instr("im", "韩志远", "QQ群:明鉴合伙人会（当日新建）",
                                   "韩志远：晓燕，所里基本户和一般户现在账上还有多少？\n"
                                   "刘晓燕：韩总，基本户可用138万，一般户22万\n"
                                   "韩志远：阿克苏那个国企审计项目今天截止交投标保证金26万，打给新疆华瀚工程咨询有限公司，"
                                   "我在和甲方领导吃饭不方便接电话，手续后补。", urgent=True),
                           "E3110", []),
                 "boss_impersonation", "block",
                 "In a QQ group created that day the 'chairman' asks the finance manager how much is in both accounts and then orders a 260k 'tender deposit' to an unknown consultancy, paperwork later.",
                 ["im_instruction", "new_contact", "balance_probe", "boss_role", "deposit_words", "cannot_call",
                  "bypass_process", "urgency"]))
    # S2 SCAM duplicate invoice, structural only
    E.append(h.S(h.payment("09-02 11:10", MAIN, printer, "4860.00", "印刷费", "审计报告装订印刷",
                           kd("审计报告装订印刷｜博文印务｜框架合同MJ-YS-2026-01｜发票%s" % h.invoice("mj-print-07")),
                           "E3111", ["E3110"], contract="MJ-YS-2026-01", inv=h.invoice("mj-print-07")),
                 "fake_invoice", "block",
                 "Structural only: The printer's July invoice, already paid in July, comes back for the same amount under a bland slip.",
                 []))
    # N5 HN audit confirmations postage (balance words)
    ems = h.payee("中国邮政速递物流股份有限公司库尔勒市分公司", h.acct("mj-ems", "6505", 19), "中国邮政储蓄银行库尔勒市分行",
                  "corporate", None, h.landline(A, "mj-ems"))
    E.append(h.L(h.payment("09-02 16:35", MAIN, ems, "1386.00", "邮寄费", "塔河石化年审银行询证函及往来函证寄送费",
                           kd("函证寄送费｜EMS库尔勒分公司｜塔河石化2026年度审计：银行询证函12份、往来款询证函30份，"
                              "函证内容为核对截至审计基准日的余额并盖章寄回｜发票%s" % h.invoice("mj-ems-09")),
                           "E3121", ["E3110"], inv=h.invoice("mj-ems-09")),
                 "Hard negative: Postage for audit confirmation letters whose slip talks about confirming balances, paid to the postal express company with approval.",
                 ["first_time_payee", "balance_probe"]))
    # S5 SCAM account change block
    E.append(h.S(h.payment("09-03 11:30", MAIN, caizhi_fake, "16500.00", "软件服务费", "审计作业系统函证模块及云存储扩容",
                           h.instr("email", "财智云 客户成功部", "service@caizhiyun-tech.com",
                                   "明鉴会计师事务所财务部：\n因我司年度审计，招行对公账户暂时冻结，即日起款项请汇至以下新账户：中国工商银行深圳宝安支行。"
                                   "原账户停用，请勿再汇入，以新账户为准。函证模块及扩容费用16500元请于本周内支付。\n财智云科技"),
                           "E3111", ["E3110"], contract="MJ-RJ-2026-01", changed="2026-08-31T17:25:00+08:00"),
                 "account_change", "block",
                 "A look-alike domain of the audit-software vendor announces a 'frozen' account and a new Shenzhen account keyed in three days earlier; first payment to it.",
                 ["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"]))
    # N6 HN real chairman email
    cicpa = h.payee("新疆注册会计师协会", h.acct("mj-cicpa", "3002", 19), "中国工商银行乌鲁木齐扬子江路支行",
                    "corporate", None, h.landline("0991", "mj-cicpa"))
    E.append(h.L(h.payment("09-04 12:10", MAIN, cicpa, "18000.00", "会费", "2026年度团体会员会费及执业会员会费",
                           h.instr("email", "韩志远", "hanzhiyuan@mingjiancpa.cn",
                                   "晓燕：注协通知2026年度会费9月10日前缴清，逾期影响年检，OA我已经批了，请尽快安排付款。缴费通知见附件。\n韩志远"),
                           "E3110", ["E3101"], inv=h.invoice("mj-cicpa-09")),
                 "Hard negative: The real chairman, from the firm's own domain, reminds finance to pay the CPA institute's annual dues by the deadline; the payment is approved in the system.",
                 ["first_time_payee", "email_instruction", "boss_role", "urgency", "fee_words"]))
    # S6 SCAM task rebate block (off hours)
    huangxd = h.payee("黄晓东", h.acct("mj-task-huang", "6212", 19), "中国工商银行南宁分行", "personal", None, None)
    E.append(h.S(h.payment("09-07 22:15", MAIN, huangxd, "9000.00", "往来款", "客户垫付款",
                           h.instr("im", "帕提古丽", h.wxid("mj-patiguli"),
                                   "帕提古丽附上的平台截图：第3单任务需充值9000元，完成后返佣3960元，本金连同佣金秒到账。"
                                   "超时未完成视为违约，账户冻结。"),
                           "E3111", []),
                 "task_rebate", "block",
                 "Late at night the cashier raises an unapproved 9,000 'client advance' to a stranger's card; the attached chat is a task platform demanding a top-up.",
                 ["task_rebate_words", "topup_words", "vague_memo", "unusual_bank_region"]))
    # N7 HN employee travel advance
    E.append(h.L(h.payment("09-07 16:40", MAIN, zhaomin, "3000.00", "借支", "赵敏若羌外勤差旅借支",
                           kd("差旅借支｜赵敏｜若羌县3户代账客户年中盘点，借支单JZ-0907-02，回来凭票冲账"),
                           "E3120", ["E3110"]),
                 "Hard negative: A travel advance to an employee's own card, the same card her expense claims are paid to.",
                 ["personal_account", "vague_memo"]))
    # S7 SCAM advance fee block
    ligq = h.payee("李国强", h.acct("mj-loan-li", "6228", 19), "中国农业银行西安分行", "personal", None, None)
    E.append(h.S(h.payment("09-08 11:20", MAIN, ligq, "20000.00", "验资费", "经营贷放款前验资",
                           h.instr("phone", "融通金服 李经理", h.mobile("mj-loan-li"),
                                   "来电后短信：刘会计，贵所200万经营贷已审批，放款前需验资，"
                                   "请把2万转到业务经理李国强个人账户做验资，放款时一并退还。"),
                           "E3110", ["E3101"]),
                 "advance_fee", "block",
                 "A loan agent says a 2m business loan is approved but wants a 20k 'capital verification' deposit sent to his personal account before disbursement.",
                 ["loan_fee_words", "phone_instruction", "unusual_bank_region"]))
    # R2 routine printer
    E.append(h.L(h.payment("09-09 11:15", MAIN, printer, "3920.00", "印刷费", "审计报告装订印刷（8月）",
                           kd("审计报告装订印刷｜博文印务｜框架合同MJ-YS-2026-01｜发票%s" % h.invoice("mj-print-08")),
                           "E3111", ["E3110"], contract="MJ-YS-2026-01", inv=h.invoice("mj-print-08")),
                 "Routine: Report printing and binding with a new invoice."))
    # R3 routine order
    E.append(h.L(h.order("09-09 15:30", c3, [h.item("消费税政策专项咨询", "1", "项", "12000.00")],
                         "erp", "库尔勒市孔雀河酒业", "09-30", "报告出具后付清",
                         notes="税务代理客户专项咨询"),
                 "Routine: A tax-advice engagement from an established client."))
    # N8 HN landlord recent change, already paid
    E.append(h.L(h.payment("09-10 11:40", MAIN, landlord_new, "28600.00", "房租", "9月办公室租金",
                           kd("9月办公室租金｜天瑞房产｜租赁合同MJ-ZL-2024-02｜发票%s" % h.invoice("mj-rent-09")),
                           "E3111", ["E3110"], contract="MJ-ZL-2024-02", inv=h.invoice("mj-rent-09"),
                           changed=LL_CHANGED),
                 "Hard negative: Rent to the landlord's new account, changed three weeks ago after a stamped letter and call-back and already paid once.",
                 ["account_changed_recent"]))
    # S8 SCAM advance fee flag
    huirong = h.payee("新疆汇融企业管理咨询有限公司", h.acct("mj-huirong", "1070", 19), "中国银行乌鲁木齐分行",
                      "corporate", None, h.mobile("mj-huirong"))
    E.append(h.S(h.payment("09-10 16:30", MAIN, huirong, "15000.00", "服务费", "信用贷款评估服务费",
                           h.instr("im", "汇融咨询 王经理", h.wxid("mj-huirong"),
                                   "刘总您好，贵所300万无抵押信用贷已进入终审，银行要求先做授信评估，评估服务费1.5万打到我们公司账户，"
                                   "三个工作日放款，利息年化3.2%。"),
                           "E3110", ["E3101"]),
                 "advance_fee", "flag",
                 "A 'financing consultancy' promises a 3m unsecured loan at 3.2% once a 15k 'credit assessment fee' is paid to it, with no bank contract in sight.",
                 ["loan_fee_words", "fee_words", "im_instruction", "no_po_contract"]))
    # N9 HN tender deposit
    bzggzy = h.payee("巴音郭楞蒙古自治州公共资源交易中心", h.acct("mj-bzggzy", "6505", 19), "中国建设银行巴州分行",
                     "corporate", None, h.landline(A, "mj-bzggzy"))
    E.append(h.L(h.payment("09-11 11:05", MAIN, bzggzy, "10000.00", "投标保证金", "巴州2026年度财政专项资金审计服务项目投标保证金",
                           kd("投标保证金｜项目编号BZCG-2026-0833｜按巴州公共资源交易中心招标公告载明的保证金账户缴纳，未中标原路退还"),
                           "E3121", ["E3110", "E3101"]),
                 "Hard negative: A tender deposit for a government audit-services tender, paid to the account named in the public announcement.",
                 ["first_time_payee", "deposit_words"]))
    # S9 SCAM overpayment refund block
    sd_no = h.acct("mj-shengda", "6505", 19)
    wuli = h.payee("吴丽", h.acct("mj-wuli", "6217", 19), "中国建设银行库尔勒分行", "personal", None, None)
    E.append(h.S(h.payment("09-11 12:00", MAIN, wuli, "18000.00", "退款", "退盛达物流多付代账费",
                           kd("退款｜盛达物流（新代账客户）称年度代账费18000元付了两次；来款账户%s；"
                              "客户要求退到老板爱人吴丽的卡上，说公户退回要走审批" % sd_no),
                           "E3111", ["E3110"], contract="MJ-DZ-2026-11"),
                 "overpayment_refund", "block",
                 "A brand-new bookkeeping client says it paid its annual fee twice and wants one payment 'refunded' to the owner's wife's card rather than its company account.",
                 ["overpayment", "refund_to_other_account", "refund_words"]))
    # S10 SCAM lending order block
    xinmao = h.customer("巴州鑫茂贸易有限公司", h.uscc("mj-xinmao", "91", "652801"), "鲁总",
                        h.mobile("mj-xinmao"), None, h.wxid("mj-xinmao"), None)
    E.append(h.S(h.order("09-14 12:25", xinmao, [h.item("代理记账（2026年10月至2027年9月）", "12", "月", "1000.00")],
                         "im", "库尔勒市建设路鑫茂贸易", "09-20", "按年预付",
                         third_party=h.third("库尔勒恒通汇商贸有限公司", h.mobile("mj-hengtonghui"), "pass_through_payee", "500000.00"),
                         notes="鲁总：代账你们做，另外我们要办贷款，银行要看流水，借你们所的对公账户刷流水，"
                               "每周打进来50万，当天转给恒通汇，一个月给你们1万辛苦费。"),
                 "account_lending", "block",
                 "A new bookkeeping client wants to borrow the firm's corporate account to 'build turnover' for a loan, 500k in and out weekly for a monthly fee.",
                 ["new_customer", "account_lending_words", "third_party_payer", "middleman_fee", "contact_im_only"]))
    # N14 HN tax payment at deadline, late evening
    E.append(h.L(h.payment("09-15 20:40", MAIN, treasury, "13396.80", "代缴税款", "代梨城农业缴纳8月增值税及个税",
                           kd("【加急】代缴税款｜梨城农业8月增值税及个税｜今天为申报截止日，委托代缴协议MJ-DJ-2026-05，客户款项已到账｜电子税务局缴款书"),
                           "E3111", ["E3110", "E3101"], contract="MJ-DJ-2026-05"),
                 "Hard negative: An evening tax payment on behalf of a client on the filing deadline, to the treasury, approved twice.",
                 ["urgency"]))
    # N10 HN new client, credit terms, urgent
    yulong = h.customer("新疆若羌县玉龙矿业有限公司", h.uscc("mj-yulong", "91", "652824"), "财务部 孙部长",
                        h.landline(A, "mj-yulong"), "caiwu@ylkuangye.cn", None, None)
    E.append(h.L(h.order("09-15 11:20", yulong, [h.item("2026年度财务报表审计", "1", "项", "96000.00")],
                         "email", "若羌县依吞布拉克镇玉龙矿业", "09-30", "报告出具后30日内付清",
                         notes="银行续贷需要，希望月底前出具报告；业务约定书由我所起草，对方官网及工商登记电话核实一致"),
                 "Hard negative: A new mining client needs an audit urgently for a loan renewal and asks to pay 30 days after the report; contacts were checked against its registry and website.",
                 ["new_customer", "credit_terms_requested", "urgency", "large_first_order"]))
    # S11 SCAM fake salary structural only
    alim = h.payee("阿力木·吐尔逊", h.acct("mj-alim", "6228", 19), "中国农业银行喀什分行", "personal", None, None)
    E.append(h.S(h.payment("09-16 12:15", MAIN, alim, "16500.00", "工资", "8月外勤审计助理工资（3人）",
                           kd("8月外勤审计助理工资（3人）｜项目组工资单已审批，按工资单所附账户发放"),
                           "E3111", ["E3110"]),
                 "fake_salary", "block",
                 "Structural only: Three field audit assistants' August wages go in one payment to a single personal card in a fourth person's name.",
                 ["payee_shared_by_employees", "payee_not_employee"]))
    # N11 HN payroll with self-service changes
    E.append(h.L(h.payment("09-17 17:10", MAIN, payroll, "295870.00", "工资", "8月工资代发（19人）",
                           kd("8月工资代发（19人），工资表已审批；其中2人已通过HR自助系统完成工资卡变更（人脸核验）"),
                           "E3110", ["E3101"]),
                 "Hard negative: Monthly payroll through the bank payroll account, noting two salary-card changes made through HR self-service with identity checks.",
                 ["payroll_change"]))
    # S12 SCAM fake purchaser flag
    tahe = h.customer("塔河油气集团财务共享中心", None, "周主任", h.mobile("mj-tahe"), "thyq_cwgx@126.com",
                      h.wxid("mj-tahe"), None)
    E.append(h.S(h.order("09-17 15:50", tahe, [h.item("下属12家公司2026年度财务报表审计", "12", "家", "56000.00")],
                         "im", "阿克苏地区库车市某物流园", "09-25", "审计结束后统一结算",
                         fees=[h.fee("供应商入库审核费", "3000.00")],
                         notes="周主任：集团今年审计服务商由我们共享中心直接定，你们先交入库审核费3000元进供应商库，"
                               "合同下周签，报告寄到库车物流园。"),
                 "fake_purchaser", "flag",
                 "A 'group finance shared-service centre' with a free-mail address offers audits of 12 subsidiaries but first wants a 3,000 'supplier onboarding fee'.",
                 ["new_customer", "institution_claim", "contact_mismatch", "free_mail", "fee_asked_of_seller",
                  "large_first_order", "far_delivery"]))
    # R4 routine order
    E.append(h.L(h.order("09-18 11:10", c1, [h.item("2026年度内部控制审计", "1", "项", "65000.00")],
                         "erp", "库尔勒经济技术开发区塔河石化设备", "12-31", "分两期支付",
                         notes="常年审计客户追加内控审计，业务约定书已签"),
                 "Routine: An internal-control audit from an established client."))
    # S13 SCAM fake order flag (notary)
    boyuan = h.customer("新疆博远能源科技有限公司", h.uscc("mj-boyuan", "91", "650100"), "吕总",
                        h.mobile("mj-boyuan"), None, h.wxid("mj-boyuan"), None)
    E.append(h.S(h.order("09-21 12:05", boyuan, [h.item("融资专项审计", "1", "项", "85000.00")],
                         "im", "乌鲁木齐市高新区博远能源", "09-28", "报告出具后付清",
                         third_party=h.third("新疆正信公证咨询服务有限公司", h.mobile("mj-zhengxin"), "notary_service", "12000.00"),
                         notes="吕总：投资方要求审计报告必须经正信公证咨询做公证，别家不认，公证费1.2万你们先付，审计费一起结。"),
                 "fake_order", "flag",
                 "A new client wants a financing audit but requires the firm to pay 12k up front to a 'notary consultancy' it designates.",
                 ["new_customer", "designated_supplier", "fee_asked_of_seller", "contact_im_only"]))
    # N12 HN high-temperature allowance
    E.append(h.L(h.payment("09-22 11:35", MAIN, payroll, "17100.00", "高温津贴", "6-8月高温津贴代发（19人）",
                           kd("6-8月高温津贴代发（19人），按自治区规定标准，经办公会决议发放"),
                           "E3110", ["E3101"]),
                 "Hard negative: The summer heat allowance paid through the normal payroll account by board decision.",
                 ["subsidy_words"]))
    # R5 routine tax payment
    E.append(h.L(h.payment("09-22 16:20", MAIN, treasury, "21537.90", "代缴税款", "代孔雀河酒业缴纳8月增值税及附加",
                           kd("代缴税款｜孔雀河酒业8月增值税及附加｜委托代缴协议MJ-DJ-2026-07，客户款项已到账｜电子税务局缴款书"),
                           "E3111", ["E3110"], contract="MJ-DJ-2026-07"),
                 "Routine: Monthly tax paid to the treasury on behalf of a tax-agency client."))
    # S14 SCAM contract fraud flag
    hxlh = h.payee("北京华信联合财税科技有限公司", h.acct("mj-hxlh", "1109", 18), "招商银行北京亦庄支行",
                   "corporate", None, h.landline("010", "mj-hxlh"))
    E.append(h.S(h.payment("09-23 12:25", MAIN, hxlh, "50000.00", "加盟保证金", "华信联合会计网络成员所加盟保证金",
                           kd("加盟保证金｜华信联合财税科技（2026年6月成立）｜加入“华信联合会计网络”成为南疆成员所，"
                              "对方承诺分配央企审计项目，签署合作协议前须缴纳加盟保证金5万元"),
                           "E3110", ["E3101"]),
                 "contract_fraud", "flag",
                 "A three-month-old Beijing 'accounting network' wants a 50k joining deposit before any agreement, promising central-SOE audit work.",
                 ["deposit_words", "bigproject_words", "shell_company", "fee_asked_of_seller"]))
    # N13 HN capital verification order
    jinhe = h.customer("库尔勒金禾农业科技有限公司", h.uscc("mj-jinhe", "91", "652801"), "财务 马丽",
                       h.landline(A, "mj-jinhe"), "mali@jinheny.cn", None, None)
    E.append(h.L(h.order("09-24 11:50", jinhe, [h.item("注册资本实缴验资", "1", "项", "8000.00")],
                         "in_person", "库尔勒市经济技术开发区金禾农业", "09-30", "报告出具前付清",
                         notes="股东增资实缴2000万元，需出具验资报告，银行询证函由我所向开户行发出"),
                 "Hard negative: A new client orders a statutory capital-verification report, ordinary audit work that shares its word (验资) with loan scams.",
                 ["new_customer", "loan_fee_words"]))
    # R6 routine order
    E.append(h.L(h.order("09-28 12:00", c2, [h.item("2026年度企业所得税汇算清缴代理", "1", "项", "6000.00")],
                         "erp", "库尔勒市梨城农业办公楼", "12-31", "次年汇算完成后付清",
                         notes="代账客户年度汇算清缴"),
                 "Routine: Annual income-tax filing for an established bookkeeping client."))
    # N4 HN external reviewer with tax-office invoice
    E.append(h.L(h.payment("08-31 16:10", MAIN, mjh, "6000.00", "劳务费", "8月外聘复核费（马建华）",
                           kd("8月审计底稿外聘复核费｜马建华｜外聘协议MJ-WP-2026-01｜本人已在库尔勒市税务局代开劳务费发票，个税按规定代扣"),
                           "E3111", ["E3110"], contract="MJ-WP-2026-01"),
                 "Hard negative: The retired CPA's monthly review fee to his personal card, with an invoice issued on his behalf by the tax office.",
                 ["personal_account", "invoice_trade_words"]))
    return E
