"""lianzhong: 奎屯联众人力资源劳务派遣有限公司, a labour-dispatch agency in Kuytun (area code 0992)."""
from common import (P, O, T, acct, card, inv, uscc, mob, tel, wxid, payee, instr, verification,
                    item, customer, tp)

TENANT = "lianzhong"
PREFIX = "LZ"
CO = "奎屯联众人力资源劳务派遣有限公司"
PAYER = {"account_no": acct("lianzhong-basic", "3006", 19), "account_name": CO}

BUS = payee("奎屯通达客运有限公司", acct("lz-bus", "3006", 19), "中国工商银行奎屯分行",
            vendor_id="V-LZ01", phone=tel("0992", "lz-bus"))
DORM = payee("奎屯市安居公寓管理有限公司", acct("lz-dorm", "6504", 19), "中国建设银行奎屯分行",
             vendor_id="V-LZ02", phone=tel("0992", "lz-dorm"))
TRAIN = payee("新疆汇智职业技能培训学校", acct("lz-train", "3040", 17), "中国农业银行奎屯分行",
              vendor_id="V-LZ03", phone=tel("0992", "lz-train"))
TRAIN_CHANGED = "2025-09-22T12:30:00+08:00"
MEALS = payee("奎屯市天天快餐配送有限公司", acct("lz-meals", "3040", 17), "中国农业银行奎屯分行",
              vendor_id="V-LZ04", phone=tel("0992", "lz-meals"))
MEALS_NEW = payee("奎屯市天天快餐配送有限公司", acct("lz-meals-new", "6230", 19), "新疆农村信用社伊宁市联社",
                  vendor_id="V-LZ04", phone=tel("0992", "lz-meals"))
INSURER = payee("中国平安财产保险股份有限公司奎屯支公司", acct("lz-ins", "6504", 19), "中国建设银行奎屯分行",
                vendor_id="V-LZ05", phone=tel("0992", "lz-ins"))
PAYROLL = payee("中国工商银行奎屯分行（代发工资专户）", acct("lz-payroll", "3006", 19), "中国工商银行奎屯分行",
                vendor_id="PAY-LZ")
TAX = payee("国家金库奎屯市支库", acct("lz-tax", "6540", 17), "国家金库奎屯市支库", vendor_id="TAX-LZ")
LEADER_ZHANG = payee("张海军", card("lz-zhanghj", "6222"), "中国工商银行奎屯分行", "personal")
WORKER_GULB = payee("古丽巴哈尔·吐尔洪", card("lz-gulbahar", "6222"), "中国工商银行奎屯分行", "personal")
WORKER_MA = payee("马福祥", card("lz-mafx", "6228"), "中国农业银行奎屯分行", "personal")

C_FIBRE = customer("独山子博远化纤有限公司", uscc("lz-c-fibre", region="650202"), "人力资源部 邓部长",
                   tel("0992", "lz-c-fibre"), "dengbz@dszboyuan.com", None, "C-LZ01")
C_FOOD = customer("奎屯金穗食品有限公司", uscc("lz-c-food", region="654003"), "行政部 蒲经理",
                  tel("0992", "lz-c-food"), "pujl@ktjinsui.com", None, "C-LZ02")
C_TEXT_ACCT = acct("lz-c-textile-basic", "3006", 19)
C_TEXT = customer("奎屯锦华纺织有限公司", uscc("lz-c-textile", region="654003"), "综合部 柴主任",
                  tel("0992", "lz-c-textile"), "chaizr@ktjinhua.com", None, "C-LZ03")

FIN, CASH, RECR, DISP, SALES, GM, VGM = "E3102", "E3105", "E3108", "E3110", "E3112", "E3100", "E3101"


def erp(text, who="赵婷"):
    return instr("erp", who, text)


def _history():
    H = dict(phase="history")
    return [
        O(T("2026-05-06 11:40"), C_FIBRE, [item("劳务派遣服务（生产线操作工，5月）", 120, "人·月", 5600)], "erp",
          "独山子博远化纤厂区", "2026-05-31", "月结30天", "派遣协议LZ-PQ-2025-006，5月在岗120人",
          note="Routine: Monthly dispatch fee from the established fibre-plant client.", **H),
        P(T("2026-05-07 15:50"), PAYER, BUS, 32000, "运费", "5月员工通勤班车费",
          erp("用友付款单：5月奎屯—独山子员工通勤班车｜通达客运｜合同LZ-FW-2026-001｜发票" + inv("lz-h-bus1")),
          CASH, [FIN], contract="LZ-FW-2026-001", invoice=inv("lz-h-bus1"),
          note="Routine: Staff shuttle buses from the regular coach company.", **H),
        P(T("2026-05-08 12:25"), PAYER, LEADER_ZHANG, 1240, "报销", "博远组新员工体检交通费报销",
          erp("用友报销单：领班张海军垫付新员工体检往返车费，附车票"), CASH, [FIN],
          note="Routine: A team leader's reimbursement to his own card.", **H),
        P(T("2026-05-11 16:20"), PAYER, TAX, 532740.80, "社保费", "4月社会保险费（单位+个人，586人）",
          erp("电子税务局三方协议扣缴：4月社会保险费（586人）", "艾克拜尔·买买提"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau.", **H),
        P(T("2026-05-12 17:50"), PAYER, PAYROLL, 3286400.00, "工资", "4月派遣员工工资代发（586人）",
          erp("用友付款单：4月派遣员工工资代发（586人），用工单位考勤确认单齐全", "艾克拜尔·买买提"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account.", **H),
        O(T("2026-05-13 11:10"), C_FOOD, [item("劳务派遣服务（包装工，5月）", 64, "人·月", 5200)], "email",
          "奎屯金穗食品厂区", "2026-05-31", "月结30天", "5月在岗64人",
          note="Routine: Monthly dispatch fee from the food-plant client.", **H),
        P(T("2026-05-14 15:30"), PAYER, DORM, 56000, "房租", "员工宿舍6月租金",
          erp("用友付款单：安居公寓员工宿舍6月租金｜租赁合同LZ-ZL-2025-004｜发票" + inv("lz-h-dorm1")),
          CASH, [FIN], contract="LZ-ZL-2025-004", invoice=inv("lz-h-dorm1"),
          note="Routine: Dormitory rent to the regular apartment operator.", **H),
        P(T("2026-05-15 12:05"), PAYER, WORKER_GULB, 1000, "工资预支", "工资预支（员工：古丽巴哈尔·吐尔洪）",
          erp("用友付款单：派遣员工古丽巴哈尔·吐尔洪预支5月工资1000元，领班及招聘主管签字，从5月工资扣回"),
          CASH, [FIN], note="Routine: A dispatched worker's advance to her own card.", **H),
        P(T("2026-05-18 16:10"), PAYER, TRAIN, 22800, "培训费", "新员工三级安全教育培训（60人）",
          erp("用友付款单：新员工安全培训60人｜汇智培训学校｜发票" + inv("lz-h-train1")), CASH, [FIN],
          invoice=inv("lz-h-train1"), changed=TRAIN_CHANGED,
          note="Routine: Safety training from the school whose account change dates from Sep 2025.", **H),
        O(T("2026-05-19 11:55"), C_TEXT, [item("劳务派遣服务（挡车工，5月）", 80, "人·月", 5300)], "erp",
          "奎屯锦华纺织厂区", "2026-05-31", "月结30天", "5月在岗80人",
          note="Routine: Monthly dispatch fee from the textile client.", **H),
        P(T("2026-05-21 15:15"), PAYER, MEALS, 48600, "餐费", "5月员工工作餐",
          erp("用友付款单：5月员工工作餐｜天天快餐｜合同LZ-FW-2026-003｜发票" + inv("lz-h-meal1")),
          CASH, [FIN], contract="LZ-FW-2026-003", invoice=inv("lz-h-meal1"),
          note="Routine: Staff meals from the regular caterer.", **H),
        P(T("2026-05-22 18:30"), PAYER, WORKER_MA, 1400, "劳务费", "日结工工资（员工：马福祥）",
          erp("用友付款单：金穗食品装卸日结7天×200元，驻厂管理员确认考勤"), CASH, [FIN],
          note="Routine: A day labourer's wages to his own card.", **H),
        P(T("2026-05-26 16:35"), PAYER, BUS, 32000, "运费", "6月员工通勤班车费（预付）",
          erp("用友付款单：6月员工通勤班车｜通达客运｜合同LZ-FW-2026-001｜发票" + inv("lz-h-bus2")),
          CASH, [FIN], contract="LZ-FW-2026-001", invoice=inv("lz-h-bus2"),
          note="Routine: Staff shuttle buses from the regular coach company.", **H),
        P(T("2026-05-28 11:45"), PAYER, INSURER, 41200, "保险费", "派遣员工团体意外险（二季度）",
          erp("用友付款单：派遣员工团体意外险二季度保费（保单PA2026654003）"), CASH, [FIN, GM],
          contract="PA2026654003", note="Routine: Quarterly group accident insurance for dispatched workers.", **H),
    ]


def _routine():
    return [
        O(T("2026-06-02 11:35"), C_FIBRE, [item("劳务派遣服务（生产线操作工，6月）", 122, "人·月", 5600)], "erp",
          "独山子博远化纤厂区", "2026-06-30", "月结30天", "派遣协议LZ-PQ-2025-006，6月在岗122人",
          note="Routine: Monthly dispatch fee from the established fibre-plant client."),
        P(T("2026-06-09 16:25"), PAYER, TAX, 538126.40, "社保费", "5月社会保险费（单位+个人，592人）",
          erp("电子税务局三方协议扣缴：5月社会保险费（592人）", "艾克拜尔·买买提"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau."),
        P(T("2026-06-10 17:55"), PAYER, PAYROLL, 3319850.00, "工资", "5月派遣员工工资代发（592人）",
          erp("用友付款单：5月派遣员工工资代发（592人），用工单位考勤确认单齐全", "艾克拜尔·买买提"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
        P(T("2026-06-16 15:40"), PAYER, BUS, 32000, "运费", "7月员工通勤班车费（预付）",
          erp("用友付款单：7月员工通勤班车｜通达客运｜合同LZ-FW-2026-001｜发票" + inv("lz-t-bus3")),
          CASH, [FIN], contract="LZ-FW-2026-001", invoice=inv("lz-t-bus3"),
          note="Routine: Staff shuttle buses from the regular coach company."),
        P(T("2026-06-23 12:10"), PAYER, DORM, 56000, "房租", "员工宿舍7月租金",
          erp("用友付款单：安居公寓员工宿舍7月租金｜租赁合同LZ-ZL-2025-004｜发票" + inv("lz-t-dorm2")),
          CASH, [FIN], contract="LZ-ZL-2025-004", invoice=inv("lz-t-dorm2"),
          note="Routine: Dormitory rent to the regular apartment operator."),
        O(T("2026-07-01 11:20"), C_FOOD, [item("劳务派遣服务（包装工，7月）", 70, "人·月", 5200)], "email",
          "奎屯金穗食品厂区", "2026-07-31", "月结30天", "7月旺季在岗70人",
          note="Routine: Monthly dispatch fee from the food-plant client."),
        P(T("2026-07-10 17:45"), PAYER, PAYROLL, 3402760.00, "工资", "6月派遣员工工资代发（601人）",
          erp("用友付款单：6月派遣员工工资代发（601人），用工单位考勤确认单齐全", "艾克拜尔·买买提"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
    ]


def _hard_negatives():
    spouse = payee("王桂琴", card("lz-wanggq", "6228"), "中国农业银行奎屯分行", "personal")
    daily = payee("米热古丽·艾则孜", card("lz-mihrigul", "6222"), "中国工商银行奎屯分行", "personal")
    avl = payee("独山子安顺劳保用品有限公司", acct("lz-anshun", "3006", 19), "中国工商银行独山子支行",
                vendor_id="V-LZ09", phone=tel("0992", "lz-anshun"))
    court = payee("奎屯市人民法院（执行款专户）", acct("lz-court", "3040", 17), "中国农业银行奎屯分行")
    landlady = payee("刘桂珍", card("lz-liugz", "6217"), "中国建设银行奎屯分行", "personal", phone=mob("lz-liugz"))
    leaver = payee("阿力木·托合提", card("lz-alim", "6222"), "中国工商银行奎屯分行", "personal")
    return [
        P(T("2026-06-12 15:35"), PAYER, LEADER_ZHANG, 5280, "工资",
          "5月工资（员工：伊力哈木·买买提；委托代领授权书WT-LZ-2026-022已存档，代领人张海军）",
          erp("用友付款单：派遣员工伊力哈木·买买提的工资卡被银行风控暂停非柜面收款，解除需回原籍网点办理。"
              "本人6月1日到公司当面签署委托代领授权书WT-LZ-2026-022（附身份证复印件、手印），委托领班张海军代领"
              "5月工资；招聘主管吴刚已按档案预留电话回访本人确认。", "吴刚"),
          RECR, [FIN], ver=verification(mob("lz-ilham"), RECR, T("2026-06-12 15:00")),
          sig=["payee_not_employee"],
          note="Hard negative: A team leader collects one dispatched worker's pay under a signed authorisation on file, named in the memo and confirmed by call-back."),
        P(T("2026-06-04 12:40"), PAYER, WORKER_GULB, 2000, "工资预支", "工资预支（员工：古丽巴哈尔·吐尔洪）",
          erp("用友付款单：派遣员工预支申请（微信原文）：“吴主管，我申请预支工资２０００元，孩子开学要交学费，"
              "６月工资里扣。”领班、招聘主管签字，收款卡为本人工资卡"),
          CASH, [FIN], sig=["evasion_fullwidth"],
          note="Hard negative: A worker's genuine advance to her own payroll card; her pasted request happens to be typed with full-width digits."),
        P(T("2026-06-05 16:15"), PAYER, spouse, 268000, "工伤赔偿", "赵永刚工伤赔偿款（法院调解书指定收款人王桂琴）",
          erp("用友付款单：根据奎屯市人民法院（2026）新4003民初871号民事调解书，派遣员工赵永刚在博远化纤工伤致"
              "重度残疾，由其妻王桂琴作为法定代理人领取赔偿款26.8万元，支付至调解书载明的王桂琴农行账户；"
              "用工单位分担部分已到账。", "艾克拜尔·买买提"),
          FIN, [GM], ver=verification(tel("0992", "lz-court"), FIN, T("2026-06-05 15:20")),
          sig=["payee_not_employee"],
          note="Hard negative: Injury compensation paid to a severely disabled worker's wife as his legal representative, to the account a court mediation document names."),
        P(T("2026-06-13 18:30"), PAYER, daily, 1560, "劳务费", "日结工工资（员工：米热古丽·艾则孜）",
          erp("用友付款单：金穗食品周六加班装箱日结6天×260元，驻厂管理员确认考勤，身份证与银行卡为本人"),
          CASH, [FIN],
          note="Hard negative: Saturday daily wages to a new day labourer's own card, attendance confirmed by the on-site supervisor."),
        O(T("2026-06-11 11:30"), customer("乌苏恒远新材料有限公司", uscc("lz-c-hengyuan", region="654202"),
                                          "人事部 严经理", tel("0992", "lz-c-hengyuan"), "yanjl@wshengyuan.com",
                                          None, None),
          [item("劳务派遣服务（装置操作工，首月）", 150, "人·月", 5800)], "email", "乌苏市工业园恒远新材料厂区",
          "2026-07-01", "月结30天",
          "业务部6月9日已实地考察厂区，框架派遣协议LZ-PQ-2026-031已双方盖章；对方对公账户与营业执照一致，"
          "已办理劳务派遣用工备案",
          sig=["large_first_order", "credit_terms_requested"],
          note="Hard negative: A large first order on monthly terms from a new factory that sales visited, with a signed framework agreement and matching bank details."),
        O(T("2026-06-15 12:20"), C_TEXT, [item("劳务派遣服务（挡车工，6月）", 82, "人·月", 5300)], "erp",
          "奎屯锦华纺织厂区", "2026-06-30", "两月预付",
          "锦华纺织按补充协议一次性预付6—7月派遣费869200元，已到我司基本户（银行回单确认到账），"
          "7月按实际人数多退少补，不需退款",
          sig=["overpayment"],
          note="Hard negative: The textile client prepaid two months; the receipt is double June's bill by agreement, not an overpayment."),
        P(T("2026-06-17 16:05"), PAYER, avl, 36900, "货款", "博远化纤指定防静电工作服（客户预付已到账）",
          erp("用友付款单：博远化纤要求派驻员工统一穿着其合格供应商名录内的防静电工作服，客户已预付该款"
              "（银行回单确认到账），我司按采购流程向安顺劳保采购123套；安顺劳保已入供应商库V-LZ09"),
          CASH, [FIN, GM], order="LZ-XS-2026-061", contract="LZ-CG-2026-015", invoice=inv("lz-t-anshun1"),
          sig=["designated_supplier", "sales_order_linked"],
          note="Hard negative: Workwear bought from the client's approved-vendor list only after the client's own prepayment cleared, under normal purchasing."),
        P(T("2026-06-18 12:30"), PAYER, court, 18600, "执行款", "劳动争议仲裁裁决执行款（原员工加班费）",
          erp("用友付款单：奎屯市劳动人事争议仲裁委员会裁决书奎劳人仲裁字〔2026〕第57号，原员工加班费1.86万元，"
              "按法院执行通知书（2026）新4003执612号缴入法院执行款专户", "艾克拜尔·买买提"),
          FIN, [GM], sig=["authority_words"],
          note="Hard negative: A labour-arbitration award paid into the court's own enforcement account on a written enforcement notice."),
        P(T("2026-06-22 15:25"), PAYER, landlady, 24000, "房租", "新增员工宿舍押一付三（个人房东）",
          erp("用友付款单：金穗食品旺季新增员工宿舍，租用刘桂珍个人房产（房产证已核），押一付三共2.4万元，"
              "租赁合同LZ-ZL-2026-009已签，收款卡为房东本人"),
          CASH, [FIN, GM], contract="LZ-ZL-2026-009", sig=["deposit_words"],
          note="Hard negative: Deposit and three months' rent to an individual landlady under a signed lease, to her own card."),
        P(T("2026-06-24 13:15"), PAYER, BUS, 12800, "运费", "夜班加开通勤班车（6月下旬）",
          instr("im", "韩立新", "赵婷，博远化纤从下周起加夜班，通达客运要加开两趟夜班车，补充协议我已经签了，"
                "今天把款付了，别耽误下周一发车。", wxid("lz-gm-real"), True),
          CASH, [FIN, GM], contract="LZ-FW-2026-001", invoice=inv("lz-t-bus4"),
          sig=["im_instruction", "urgency", "boss_role"],
          note="Hard negative: The real GM asks on WeChat for an urgent extra-shuttle payment to the regular coach company under a signed supplement, fully approved."),
        P(T("2026-06-29 11:50"), PAYER, leaver, 4720, "离职结算", "离职结算工资（员工：阿力木·托合提）",
          erp("用友付款单：派遣员工阿力木·托合提6月26日派遣期满离职，结算6月工资，收款卡为入职登记的本人工资卡", "吴刚"),
          RECR, [FIN], sig=["payroll_change"],
          note="Hard negative: A leaving worker's final pay to the card registered in his own name when he joined."),
        P(T("2026-07-02 16:40"), PAYER, LEADER_ZHANG, 2250, "报销", "班组15人入职体检费垫付报销",
          erp("用友报销单：领班张海军为博远组15名新员工垫付入职体检费，每人150元，附奎屯市医院发票15张"),
          CASH, [FIN],
          note="Hard negative: A team leader is reimbursed for medical checks he advanced for fifteen workers, with the hospital's invoices; fifteen names, one card, but not wages."),
        P(T("2026-07-06 12:35"), PAYER, TRAIN, 15200, "培训费", "新员工三级安全教育培训（40人）",
          erp("用友付款单：新员工安全培训40人｜汇智培训学校｜发票" + inv("lz-t-train2")), CASH, [FIN],
          invoice=inv("lz-t-train2"), changed=TRAIN_CHANGED,
          note="Hard negative: Training fees to the school whose account change was recorded in Sep 2025."),
        P(T("2026-07-14 15:05"), PAYER, WORKER_MA, 1500, "推荐奖励", "招工推荐奖（马福祥推荐5人入职满30天）",
          erp("用友付款单：按公司《员工推荐奖励办法》，马福祥推荐的5名员工已入职满30天，每人300元推荐奖，"
              "名单经招聘主管核对"),
          CASH, [FIN], sig=["task_rebate_words"],
          note="Hard negative: A referral bonus under a written policy to a worker's own card, which looks like a commission payout."),
    ]


def _scams():
    han = payee("韩建平", card("lz-hanjp", "6217"), "中国建设银行奎屯分行", "personal")
    fellow = payee("马小龙", card("lz-maxl", "6228"), "中国农业银行伊宁分行", "personal")
    wuli = payee("吴丽", card("lz-wuli", "6222"), "中国工商银行石河子分行", "personal")
    boss_payee = payee("新疆宏泰建设劳务有限公司", acct("lz-hongtai", "8805", 18), "克拉玛依农村商业银行")
    desig = payee("乌苏市鑫安劳保用品经销部", acct("lz-xinan", "8812", 18), "乌苏农村商业银行")
    cf_payee = payee("新疆泓泰能源工程劳务有限公司", acct("lz-hongtai-energy", "3002", 19), "中国工商银行乌鲁木齐分行")
    safe = payee("资金监管中心（周卫东）", card("lz-zhouwd", "6222"), "中国工商银行广州分行", "personal")
    listing = payee("全国人力资源服务机构信息管理中心", acct("lz-listing", "1100", 19), "北京农商银行")
    agent = payee("孙浩", card("lz-sunhao", "6217"), "中国建设银行郑州分行", "personal")
    task = payee("黄晓燕", card("lz-huangxy", "6228"), "中国农业银行南昌分行", "personal")
    passthru = payee("杜志明", card("lz-duzm", "6228"), "中国农业银行克拉玛依分行", "personal")
    return [
        P(T("2026-06-11 16:40"), PAYER, han, 10620, "工资", "5月工资异常单独发放（员工：马福祥、韩建平）",
          erp("用友付款单：驻博远化纤管理员报两人工资卡信息有误，本月单独发放，明细见附件", "李娜"),
          DISP, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_shared_by_employees", "payroll_change"],
          note="Structural only: A payroll exception edit sends two dispatched workers' May pay to one card held by one of them; the slip reads like routine clean-up."),
        P(T("2026-06-15 23:05"), PAYER, fellow, 5460, "工资", "5月工资（员工：艾尔肯·吐尔逊）",
          instr("im", "艾尔肯", "赵会计，我是锦华纺织的艾尔肯，回伊宁了，换了个微信\n我的工资卡丢了，5月工资麻烦打到我老乡的yhk上，"
                "户名马小龙，农行伊宁\n这边信号不好打不了电话", wxid("lz-fake-erkin")),
          CASH, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_not_employee", "im_instruction", "new_contact", "cannot_call", "evasion_pinyin",
               "payroll_change"],
          note="Just before midnight a 'new WeChat' of a worker who went home asks for his pay on a fellow villager's card (yhk), no calls possible."),
        P(T("2026-06-19 12:30"), PAYER, wuli, 7800, "劳务费", "日结工工资（员工：李强等5人）",
          instr("im", "吴刚", "赵婷，金穗那边新招的5个日结工干了6天，一天260，他们都没办卡，"
                "统一打给班组代领人吴丽，考勤我月底一起交。", wxid("lz-recruiter")),
          RECR, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_shared_by_employees", "payee_not_employee", "im_instruction", "bypass_process"],
          note="The recruiter bills six days for five 'new day labourers' with no cards or attendance, all paid to one collector's card in another city - ghost workers."),
        P(T("2026-06-22 16:30"), PAYER, MEALS_NEW, 53200, "餐费", "6月员工工作餐",
          erp("用友付款单：6月员工工作餐｜天天快餐（供应商变更函已录入，新账户）｜合同LZ-FW-2026-003｜发票" +
              inv("lz-t-meal2")),
          CASH, [FIN, GM], contract="LZ-FW-2026-003", invoice=inv("lz-t-meal2"),
          changed="2026-06-15T17:10:00+08:00", label="scam", st="account_change", expect="block",
          sig=["account_change_words", "unusual_bank_region"],
          note="The caterer's account was switched to a rural credit union in Yining a week ago on an emailed change letter, and this is the first payment to it."),
        P(T("2026-06-26 14:20"), PAYER, boss_payee, 280000, "保证金", "新合同履约保证金",
          instr("email", "韩立新", "赵婷：\n与博远化纤二期的派遣合同今天签，对方要求先交履约ｂｚｊ２８万，"
                "今天下班前打到宏泰建设劳务的账户，合同和审批后补。我在外面谈事，有事邮件说。\n韩立新",
                "hanlixin@lianzhong-hr.cn", True),
          CASH, [], label="scam", st="boss_impersonation", expect="flag",
          sig=["email_instruction", "lookalike_domain", "boss_role", "deposit_words", "bypass_process", "cannot_call",
               "evasion_fullwidth", "evasion_pinyin", "urgency"],
          note="An email from a look-alike of the GM's domain wants a 280k 'performance bond' (written in full-width pinyin initials) paid today to an unrelated labour firm."),
        O(T("2026-06-29 12:15"), customer("独山子石化检修项目部", None, "物资组 何工", mob("lz-fp-he"), None,
                                          wxid("lz-fp-he"), None),
          [item("检修临时工派遣（大修45天）", 300, "人·月", 6200)], "im", "独山子区某临时营地", "2026-07-03",
          "大修结束后90天结算", "央企大修项目，200人7月初必须进场，价格不是问题，先派人，合同走集团流程晚点补，"
                                 "加我微信对接。",
          label="scam", st="fake_purchaser", expect="flag",
          sig=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "contact_im_only",
               "urgency"],
          note="A self-styled SOE overhaul project office wants 200 temporary workers within days on 90-day credit, WeChat only, no credit code."),
        P(T("2026-07-03 15:45"), PAYER, desig, 42600, "货款", "代采购劳保用品（客户指定）",
          instr("im", "王浩", "赵婷，新客户奎屯鑫达新材料下了50人的派遣单，他们要求工人进场前配齐劳保，"
                "必须在他们指定的鑫安劳保买，让我们先垫fu，和派遣费一起结。客户说对公转账已经转了，发了截图，"
                "明天到账。", wxid("lz-sales-wang"), True),
          SALES, [FIN], order="LZ-XS-2026-074", label="scam", st="fake_order", expect="block",
          sig=["designated_supplier", "sales_order_linked", "fake_payment_proof", "evasion_pinyin", "im_instruction"],
          note="Sales asks to advance 42.6k to a PPE dealer a brand-new client named, on the strength of a transfer screenshot; the key word is half pinyin."),
        P(T("2026-07-07 16:15"), PAYER, cf_payee, 200000, "保证金", "煤化工项目劳务分包合作保证金",
          erp("用友付款单：泓泰能源工程劳务称承接准东千亿级煤化工项目劳务总包，分包给我司派遣300人，"
              "签约前须交合作保证金20万元；对方2026年3月成立，实缴资本0"),
          CASH, [FIN, GM], label="scam", st="contract_fraud", expect="flag",
          sig=["deposit_words", "bigproject_words", "shell_company", "fee_asked_of_seller"],
          note="A four-month-old firm with no paid-in capital offers a 300-worker subcontract on a 'hundred-billion' project in return for a 200k cooperation deposit."),
        P(T("2026-07-08 11:10"), PAYER, safe, 350000, "其他", "配合资金核查",
          instr("phone", "自称奎屯市公安局 刘警官", "出纳电话记录：对方称我司代发工资账户涉嫌帮助洗钱，"
                "要求把35万转入监管账户配合资金核查，核查无误三日内退回，期间不得告诉公司任何人，"
                "否则按共犯处理。", mob("lz-fake-police"), True),
          CASH, [], label="scam", st="authority_impersonation", expect="block",
          sig=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency"],
          note="A fake police officer tells the cashier to move 350k into a 'supervised account' for 'fund verification' and keep it from everyone."),
        P(T("2026-07-09 12:20"), PAYER, listing, 3800, "年费", "人力资源服务机构名录年度收录费",
          instr("letter", "全国人力资源服务机构信息管理中心", "《年度收录续费通知》贵单位在全国人力资源服务机构名录中的"
                "收录将于7月15日到期，请于到期前缴纳年度收录维护费3800元，逾期将停止展示并影响资质查询。"),
          CASH, [FIN], label="scam", st="fake_invoice", expect="flag",
          sig=["renewal_bill", "letter_instruction", "no_po_contract", "urgency"],
          note="An official-looking 'directory renewal' notice from an unknown 'information centre' asks for an annual listing fee."),
        P(T("2026-07-10 08:40"), PAYER, agent, 4500, "服务费", "经营贷包装费",
          instr("im", "信贷顾问 孙经理", "韩总，贵司发工资缺口的200万贷款银行那边流水不够，"
                "需要把对公U盾寄过来帮你刷流水，先交4500包装费到我个人账户，三天放款。", wxid("lz-loan-sun")),
          CASH, [FIN], label="scam", st="advance_fee", expect="block",
          sig=["loan_fee_words", "account_lending_words", "fee_words", "im_instruction"],
          note="Early in the morning a 'credit adviser' wants a packaging fee on his own card and the company's online-banking key mailed to him to 'build turnover' for a loan."),
        P(T("2026-07-13 12:45"), PAYER, task, 6600, "借支", "派遣部借支（员工活动费）",
          instr("im", "李娜", "赵姐帮我先借支6600打到这个卡上，月底从工资扣。\n（平台客服消息）您的第4单连单任务未完成，"
                "需充值6600元后本金和返利一起提现。", wxid("lz-disp-li")),
          DISP, [FIN], label="scam", st="task_rebate", expect="block",
          sig=["task_rebate_words", "topup_words", "im_instruction", "vague_memo"],
          note="A dispatch clerk, stuck in a task-rebate 'combo order', routes a company advance to a stranger's card."),
        O(T("2026-07-06 11:35"), customer("乌苏市丰泽食品有限公司", uscc("lz-c-fengze", region="654202"), "采购 周经理",
                                          mob("lz-fengze"), None, wxid("lz-fengze"), None),
          [item("临时包装工派遣", 150, "人·天", 260)], "im", "乌苏市丰泽食品厂", "2026-07-08", "款到派工",
          "周经理说朋友公司替他们付了89000，比订单多5万，让我们把多的5万转给他们的纸箱供应商，已发汇款截图。",
          third_party=tp("乌苏市恒通纸制品经销部", mob("lz-hengtong"), "refund_recipient", 50000),
          label="scam", st="overpayment_refund", expect="block",
          sig=["new_customer", "third_party_payer", "overpayment", "refund_to_other_account", "fake_payment_proof",
               "contact_im_only"],
          note="A new food-plant client's 'friend' overpays 50k by screenshot and the excess is to be forwarded to their carton supplier."),
        P(T("2026-07-15 16:10"), PAYER, passthru, 97000, "代付", "代付款",
          erp("用友付款单：上午收到个人汇款98000元（汇款人：宋某，附言“代付”），对方电话称是建筑队工资委托代付，"
              "扣1000元手续费后转给杜志明"),
          CASH, [FIN], label="scam", st="account_lending", expect="flag",
          sig=["in_out_match", "vague_memo"],
          note="Money from an unknown individual lands in the morning and 97k of it is to go straight out to another stranger for a fee - a pass-through with no lending words."),
    ]


def entries():
    return _history() + _routine() + _hard_negatives() + _scams()
