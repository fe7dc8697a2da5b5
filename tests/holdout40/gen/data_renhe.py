"""renhe: 昌吉仁和物业保洁服务有限公司, a cleaning and facility-services firm in Changji (area code 0994)."""
from common import (P, O, T, acct, card, inv, uscc, mob, tel, wxid, payee, instr, verification,
                    item, customer, tp)

TENANT = "renhe"
PREFIX = "RH"
CO = "昌吉仁和物业保洁服务有限公司"
PAYER = {"account_no": acct("renhe-basic", "6505", 19), "account_name": CO}

CHEM = payee("昌吉洁美日化用品有限公司", acct("rh-chem", "6505", 19), "中国建设银行昌吉分行",
             vendor_id="V-RH01", phone=tel("0994", "rh-chem"))
MACH = payee("新疆净界清洁设备有限公司", acct("rh-mach", "3002", 19), "中国工商银行乌鲁木齐友好路支行",
             vendor_id="V-RH02", phone=tel("0991", "rh-mach"))
WASTE = payee("昌吉市绿源环卫清运有限公司", acct("rh-waste-new", "8806", 18), "昌吉农村商业银行",
              vendor_id="V-RH03", phone=tel("0994", "rh-waste"))
WASTE_OLD = payee("昌吉市绿源环卫清运有限公司", acct("rh-waste", "3055", 17), "中国农业银行昌吉分行",
                  vendor_id="V-RH03", phone=tel("0994", "rh-waste"))
WASTE_CHANGED = "2026-05-20T12:40:00+08:00"
WEAR = payee("昌吉市锦绣服装厂", acct("rh-wear", "3055", 17), "中国农业银行昌吉分行",
             vendor_id="V-RH04", phone=tel("0994", "rh-wear"))
PPE = payee("新疆安康劳保用品有限公司", acct("rh-ppe", "6505", 19), "中国建设银行昌吉分行",
            vendor_id="V-RH05", phone=tel("0994", "rh-ppe"))
PPE_CHANGED = "2025-12-03T16:00:00+08:00"
PAYROLL = payee("中国建设银行昌吉分行（代发工资专户）", acct("rh-payroll", "6505", 19), "中国建设银行昌吉分行",
                vendor_id="PAY-RH")
TAX = payee("国家金库昌吉市支库", acct("rh-tax", "6523", 17), "国家金库昌吉市支库", vendor_id="TAX-RH")
LEADER_MA = payee("马秀英", card("rh-maxy", "6217"), "中国建设银行昌吉分行", "personal")
CLEANER_HAN = payee("韩桂芳", card("rh-hangf", "6217"), "中国建设银行昌吉分行", "personal")

C_HOSP = customer("昌吉州人民医院", uscc("rh-c-hosp", head="12", region="652301"), "总务科 高科长",
                  tel("0994", "rh-c-hosp"), "zwk@cjzrmyy.cn", None, "C-RH01")
C_GOV = customer("昌吉国家农业科技园区管理委员会", uscc("rh-c-gov", head="11", region="652301"), "办公室 祁主任",
                 tel("0994", "rh-c-gov"), "bgs@cjnkyq.gov.cn", None, "C-RH02")
C_FOOD_ACCT = acct("rh-c-food-basic", "3055", 17)
C_FOOD = customer("昌吉天和食品有限公司", uscc("rh-c-food", region="652301"), "行政部 闫经理",
                  tel("0994", "rh-c-food"), "yanjl@cjtianhe.com", None, "C-RH03")

FIN, CASH, HR, PM, GM, VGM = "E2102", "E2104", "E2106", "E2110", "E2100", "E2101"


def erp(text, who="王丽"):
    return instr("erp", who, text)


def _history():
    H = dict(phase="history")
    return [
        O(T("2026-05-06 11:30"), C_HOSP, [item("医院保洁服务（5月）", 46, "人·月", 3600)], "erp",
          "昌吉州人民医院全院区", "2026-05-31", "按月验收后付款", "年度合同第5个月",
          note="Routine: Monthly hospital cleaning for the established client.", **H),
        P(T("2026-05-07 15:20"), PAYER, CHEM, 23450, "货款", "清洁剂及消毒液",
          erp("用友付款单：清洁剂及消毒液｜洁美日化｜合同RH-CG-2026-002｜发票" + inv("rh-h-chem1")),
          CASH, [FIN], contract="RH-CG-2026-002", invoice=inv("rh-h-chem1"),
          note="Routine: Cleaning chemicals from the regular supplier.", **H),
        P(T("2026-05-08 12:40"), PAYER, LEADER_MA, 680, "报销", "医院保洁班组工具采购报销",
          erp("用友报销单：领班马秀英垫付拖把头、抹布等小工具，附发票及领用表"), CASH, [FIN],
          note="Routine: A cleaning team leader's reimbursement to her own card.", **H),
        P(T("2026-05-11 16:10"), PAYER, TAX, 236518.20, "社保费", "4月社会保险费（单位+个人，248人）",
          erp("电子税务局三方协议扣缴：4月社会保险费（248人）", "古丽娜尔·吐尔逊"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau.", **H),
        P(T("2026-05-12 17:35"), PAYER, PAYROLL, 884260.00, "工资", "4月工资代发（262人）",
          erp("用友付款单：4月保洁员工资代发（262人），考勤经项目经理确认，人事复核", "古丽娜尔·吐尔逊"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account.", **H),
        O(T("2026-05-13 11:00"), C_GOV, [item("办公楼保洁服务（5月）", 12, "人·月", 3800)], "erp",
          "昌吉国家农业科技园区管委会办公楼", "2026-05-31", "按月验收后付款", "政府采购合同RH-ZC-2025-07",
          note="Routine: Monthly office-building cleaning for the park administration.", **H),
        P(T("2026-05-14 16:30"), PAYER, MACH, 37000, "货款", "驾驶式洗地机2台",
          erp("用友付款单：驾驶式洗地机2台｜净界清洁设备｜合同RH-CG-2026-004｜发票" + inv("rh-h-mach1")),
          CASH, [FIN, GM], contract="RH-CG-2026-004", invoice=inv("rh-h-mach1"),
          note="Routine: Floor scrubbers from the regular equipment dealer.", **H),
        P(T("2026-05-18 12:20"), PAYER, WASTE_OLD, 9600, "清运费", "4月医疗区外生活垃圾清运",
          erp("用友付款单：4月生活垃圾清运｜绿源环卫｜发票" + inv("rh-h-waste1")), CASH, [FIN],
          invoice=inv("rh-h-waste1"), note="Routine: Monthly waste haulage.", **H),
        P(T("2026-05-19 15:45"), PAYER, WEAR, 29000, "货款", "保洁工作服200套",
          erp("用友付款单：保洁工作服200套｜锦绣服装厂｜发票" + inv("rh-h-wear1")), CASH, [FIN],
          invoice=inv("rh-h-wear1"), note="Routine: Workwear from the regular clothing maker.", **H),
        O(T("2026-05-20 10:40"), C_FOOD, [item("食品厂车间及食堂保洁（5月）", 18, "人·月", 3700)], "email",
          "昌吉高新区天和食品厂区", "2026-05-31", "月结30天", "5月18人",
          note="Routine: Monthly factory cleaning for the food-plant client.", **H),
        P(T("2026-05-22 18:10"), PAYER, CLEANER_HAN, 1100, "劳务费", "开荒保洁日结劳务费（员工：韩桂芳）",
          erp("用友付款单：新建小区开荒保洁日结5天×220元，项目经理张勇确认考勤"), CASH, [FIN],
          note="Routine: Daily-wage pay for a deep-cleaning job to the worker's own card.", **H),
        P(T("2026-05-25 11:50"), PAYER, PPE, 8740, "货款", "手套口罩等劳保用品",
          erp("用友付款单：劳保用品｜安康劳保｜发票" + inv("rh-h-ppe1")), CASH, [FIN],
          invoice=inv("rh-h-ppe1"), changed=PPE_CHANGED,
          note="Routine: PPE from the supplier whose account change dates from Dec 2025.", **H),
        P(T("2026-05-27 16:05"), PAYER, CHEM, 19880, "货款", "清洁剂及消毒液",
          erp("用友付款单：清洁剂及消毒液｜洁美日化｜合同RH-CG-2026-002｜发票" + inv("rh-h-chem2")),
          CASH, [FIN], contract="RH-CG-2026-002", invoice=inv("rh-h-chem2"),
          note="Routine: Cleaning chemicals from the regular supplier.", **H),
        P(T("2026-05-28 12:15"), PAYER, WASTE, 100, "清运费", "新账户小额验证付款",
          erp("用友付款单：绿源环卫因与昌吉环卫集团合并更换开户行，收到盖章变更函，已用变更前预留座机回拨"
              "确认，先付100元验证新账户，对方确认到账"),
          CASH, [FIN], changed=WASTE_CHANGED,
          ver=verification(tel("0994", "rh-waste"), FIN, T("2026-05-28 11:50")),
          note="Routine: A 100-yuan test payment to the haulier's new account after a stamped change letter and a call-back.", **H),
    ]


def _routine():
    return [
        O(T("2026-06-01 11:15"), C_HOSP, [item("医院保洁服务（6月）", 46, "人·月", 3600)], "erp",
          "昌吉州人民医院全院区", "2026-06-30", "按月验收后付款", "年度合同第6个月",
          note="Routine: Monthly hospital cleaning for the established client."),
        P(T("2026-06-09 16:00"), PAYER, TAX, 238904.60, "社保费", "5月社会保险费（单位+个人，251人）",
          erp("电子税务局三方协议扣缴：5月社会保险费（251人）", "古丽娜尔·吐尔逊"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau."),
        P(T("2026-06-10 17:40"), PAYER, PAYROLL, 891730.00, "工资", "5月工资代发（265人）",
          erp("用友付款单：5月保洁员工资代发（265人），考勤经项目经理确认，人事复核", "古丽娜尔·吐尔逊"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
        P(T("2026-06-16 15:35"), PAYER, CHEM, 21340, "货款", "清洁剂及消毒液",
          erp("用友付款单：清洁剂及消毒液｜洁美日化｜合同RH-CG-2026-002｜发票" + inv("rh-t-chem3")),
          CASH, [FIN], contract="RH-CG-2026-002", invoice=inv("rh-t-chem3"),
          note="Routine: Cleaning chemicals from the regular supplier."),
        P(T("2026-06-24 12:30"), PAYER, WEAR, 14500, "货款", "保洁工作服100套（新项目）",
          erp("用友付款单：保洁工作服100套｜锦绣服装厂｜发票" + inv("rh-t-wear2")), CASH, [FIN],
          invoice=inv("rh-t-wear2"), note="Routine: Workwear from the regular clothing maker."),
        O(T("2026-07-01 10:55"), C_FOOD, [item("食品厂车间及食堂保洁（7月）", 18, "人·月", 3700)], "email",
          "昌吉高新区天和食品厂区", "2026-07-31", "月结30天", "7月18人",
          note="Routine: Monthly factory cleaning for the food-plant client."),
        P(T("2026-07-10 17:30"), PAYER, PAYROLL, 903115.00, "工资", "6月工资代发（268人）",
          erp("用友付款单：6月保洁员工资代发（268人），考勤经项目经理确认，人事复核", "古丽娜尔·吐尔逊"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
    ]


def _hard_negatives():
    temp = payee("蒋玉珍", card("rh-jiangyz", "6228"), "中国农业银行昌吉分行", "personal")
    tender = payee("昌吉回族自治州公共资源交易中心", acct("rh-ggzy", "6505", 19), "中国建设银行昌吉分行")
    newmach = payee("乌鲁木齐洁力达机械设备有限公司", acct("rh-jielida", "3002", 19), "中国工商银行乌鲁木齐分行",
                    vendor_id="V-RH08", phone=tel("0991", "rh-jielida"))
    window = payee("李国强", card("rh-ligq", "6217"), "中国建设银行昌吉分行", "personal", vendor_id="V-RH09",
                   phone=mob("rh-ligq"))
    food_refund = payee("昌吉天和食品有限公司", C_FOOD_ACCT, "中国农业银行昌吉分行", phone=tel("0994", "rh-c-food"))
    tian = payee("田玉兰", card("rh-tianyl", "6230"), "新疆农村信用社昌吉市联社", "personal")
    return [
        P(T("2026-06-03 15:20"), PAYER, LEADER_MA, 3420, "工资",
          "5月工资（员工：努尔古丽·热合曼；委托代领授权书WT-RH-2026-008已存档，代领人马秀英）",
          erp("用友付款单：保洁员努尔古丽·热合曼5月20日回喀什奔丧，其工资卡因长期未用被银行列为不动户暂停收款。"
              "离开前本人到人事部签署委托代领授权书WT-RH-2026-008（附身份证复印件），委托领班马秀英代领5月工资；"
              "人事孙梅已用档案预留手机与本人视频核实。", "孙梅"),
          HR, [FIN], ver=verification(mob("rh-nurgul"), HR, T("2026-06-03 14:40")),
          sig=["payee_not_employee"],
          note="Hard negative: A team leader collects one cleaner's pay under a signed authorisation on file, named in the memo and confirmed by video call to the cleaner's number on file."),
        P(T("2026-06-05 12:10"), PAYER, CLEANER_HAN, 1500, "工资预支", "工资预支（员工：韩桂芳）",
          erp("用友付款单：保洁员韩桂芳孩子住院，申请预支6月工资1500元，项目经理、人事签字，从6月工资扣回，"
              "收款卡为本人工资卡"),
          CASH, [FIN],
          note="Hard negative: A cleaner's genuine advance to the payroll card already used for her daily wages."),
        P(T("2026-06-08 18:40"), PAYER, temp, 1320, "劳务费", "开荒保洁日结劳务费（员工：蒋玉珍）",
          erp("用友付款单：阳光家园小区开荒保洁日结6天×220元，项目经理张勇确认考勤，身份证及银行卡为本人"),
          CASH, [FIN],
          note="Hard negative: Daily wages for a new temporary cleaner paid to a card in her own name after the site manager confirmed attendance."),
        P(T("2026-06-10 11:25"), PAYER, WASTE, 9840, "清运费", "5月生活垃圾清运",
          erp("用友付款单：5月生活垃圾清运｜绿源环卫（5月20日变更开户行，已回拨并小额验证）｜发票" + inv("rh-t-waste2")),
          CASH, [FIN], invoice=inv("rh-t-waste2"), changed=WASTE_CHANGED,
          ver=verification(tel("0994", "rh-waste"), FIN, T("2026-05-28 11:50")),
          note="Hard negative: The haulier's account changed three weeks ago, but the change was called back and a test payment already went through."),
        O(T("2026-06-11 12:05"), customer("昌吉州妇幼保健院", uscc("rh-c-fuyou", head="12", region="652301"),
                                          "总务科 曹科长", tel("0994", "rh-c-fuyou"), "zwk@cjfybjy.cn", None, None),
          [item("医院保洁服务（首年）", 264, "人·月", 3650)], "email", "昌吉州妇幼保健院新院区", "2026-07-01",
          "按月验收后付款", "昌吉州公共资源交易中心中标通知书CJGGZY-2026-0588，合同经院方法务盖章寄回；"
                             "院方对公账户及联系电话与公示信息一致",
          sig=["institution_claim", "large_first_order", "credit_terms_requested"],
          note="Hard negative: A large first contract from a maternity hospital won through a published tender, paid monthly after acceptance."),
        P(T("2026-06-12 15:55"), PAYER, tender, 30000, "投标保证金", "昌吉市第二中学保洁服务项目投标保证金",
          erp("用友付款单：昌吉市第二中学物业保洁服务项目（招标编号CJGGZY-2026-0603）投标保证金，"
              "收款户名账号与交易中心公告一致"),
          CASH, [FIN, GM], contract="CJGGZY-2026-0603", sig=["deposit_words"],
          note="Hard negative: Tender deposit to the account printed in the public resource trading centre's notice."),
        O(T("2026-06-15 11:45"), C_GOV, [item("办公楼保洁服务（6月）", 12, "人·月", 3800)], "erp",
          "昌吉国家农业科技园区管委会办公楼", "2026-06-30", "半年预付",
          "管委会按续签合同一次性预付6—11月服务费273600元，已到我司基本户（银行回单确认到账），"
          "逐月冲抵，不需退还",
          sig=["overpayment"],
          note="Hard negative: The park administration prepaid six months; the receipt dwarfs June's bill but is an agreed prepayment, not an overpayment."),
        P(T("2026-06-20 11:30"), PAYER, CHEM, 12600, "货款", "终末消毒用含氯消毒剂（加急）",
          erp("用友付款单：州医院感染科出现传染病例，需当天完成终末消毒，紧急采购含氯消毒剂；"
              "古丽娜尔、陈总手机审批通过｜洁美日化｜发票" + inv("rh-t-chem4")),
          CASH, [FIN, GM], contract="RH-CG-2026-002", invoice=inv("rh-t-chem4"),
          sig=["urgency"],
          note="Hard negative: An urgent holiday-weekend purchase of disinfectant from the regular supplier for terminal disinfection at the hospital, approved on mobile ERP."),
        P(T("2026-06-22 16:20"), PAYER, newmach, 15000, "定金", "高压清洗车定金（展会订购）",
          instr("im", "陈国华", "王丽，我在乌鲁木齐清洁设备展上订了洁力达一台高压清洗车，合同拍给你了，定金1.5万，"
                "对方已入供应商库，你按流程走，付之前给我打个电话。", wxid("rh-gm-real")),
          CASH, [FIN, GM], contract="RH-CG-2026-011",
          ver=verification(mob("rh-gm-real"), CASH, T("2026-06-22 16:05")),
          sig=["im_instruction", "boss_role", "deposit_words"],
          note="Hard negative: The real GM orders a cleaning truck at a trade fair by WeChat; contract attached, vendor onboarded, approvals complete and the cashier called him back on his known number."),
        P(T("2026-06-26 15:10"), PAYER, window, 18600, "分包款", "写字楼外墙高空清洗分包款",
          erp("用友付款单：管委会办公楼外墙高空清洗分包｜昌吉市李氏高空清洗服务部（个体工商户，经营者李国强）｜"
              "分包合同RH-FB-2026-003｜税务局代开发票" + inv("rh-t-window1")),
          CASH, [FIN, GM], contract="RH-FB-2026-003", invoice=inv("rh-t-window1"),
          note="Hard negative: Subcontract payment to a sole proprietor's personal account, with contract and tax-bureau invoice."),
        P(T("2026-06-30 12:45"), PAYER, food_refund, 66600, "退款", "原路退回天和食品6月重复付款",
          erp("用友付款单：天和食品6月保洁费重复支付（回单0626-031与0629-007），原付款账户：" + C_FOOD_ACCT +
              "（银行回单已确认到账），对方财务盖章确认，原路退回"),
          CASH, [FIN, GM], sig=["refund_words", "overpayment"],
          note="Hard negative: A client's double payment refunded to the account it came from after the bank confirmed receipt."),
        P(T("2026-07-03 17:25"), PAYER, PAYROLL, 35400, "高温补贴", "7月防暑降温费（高温补贴）代发（118人）",
          erp("用友付款单：按自治区规定发放室外及高温岗位7月防暑降温费，每人300元，名单经人事复核，走代发专户",
              "古丽娜尔·吐尔逊"),
          FIN, [GM], sig=["subsidy_words"],
          note="Hard negative: A statutory summer heat allowance paid through the payroll account, sharing the word 'subsidy' with phishing notices."),
        P(T("2026-07-07 11:40"), PAYER, tian, 3560, "工资", "6月工资单独发放（员工：田玉兰）",
          erp("用友付款单：保洁员田玉兰7月3日在HR自助系统更换工资卡（人脸核验通过），已错过6月代发文件截止，"
              "本月单独发放至本人新卡", "孙梅"),
          HR, [FIN], sig=["payroll_change"],
          note="Hard negative: A cleaner who changed her pay card through HR self-service with face verification is paid separately to the new card in her own name."),
        P(T("2026-07-13 15:50"), PAYER, PPE, 9320, "货款", "手套口罩等劳保用品",
          erp("用友付款单：劳保用品｜安康劳保｜发票" + inv("rh-t-ppe2")), CASH, [FIN],
          invoice=inv("rh-t-ppe2"), changed=PPE_CHANGED,
          note="Hard negative: PPE from the supplier whose account change was recorded in Dec 2025."),
    ]


def _scams():
    ma_new = payee("马秀英", card("rh-maxy-new", "6222"), "中国工商银行乌鲁木齐分行", "personal")
    foreman = payee("刘志刚", card("rh-liuzg", "6228"), "中国农业银行昌吉分行", "personal")
    subsidy = payee("杨帆", card("rh-yangfan", "6217"), "中国建设银行兰州分行", "personal")
    mach_branch = payee("新疆净界清洁设备有限公司乌鲁木齐分公司", acct("rh-mach-fake", "8807", 18),
                        "乌鲁木齐农村商业银行")
    boss_payee = payee("乌鲁木齐恒信商贸有限公司", acct("rh-hengxin", "3002", 19), "中国工商银行乌鲁木齐分行")
    conf = payee("北京华物会展服务有限公司", acct("rh-huawu", "0200", 19), "中国工商银行北京朝阳支行")
    cf_payee = payee("新疆城合物业管理有限公司", acct("rh-chenghe", "8808", 18), "乌鲁木齐银行")
    fine = payee("张建平", card("rh-zhangjp", "6222"), "中国工商银行昌吉分行", "personal")
    unfreeze = payee("赵梦婷", card("rh-zhaomt", "6217"), "中国建设银行长沙分行", "personal")
    platform = payee("武汉云帆网络科技有限公司", acct("rh-yunfan", "4200", 19), "武汉农村商业银行")
    refund_boss = payee("孙福海", card("rh-sunfh", "6228"), "中国农业银行昌吉分行", "personal")
    fulou_acct = acct("rh-fuman-basic", "3055", 17)
    lend = payee("新疆瑞通物资有限公司", acct("rh-ruitong", "3002", 19), "中国工商银行乌鲁木齐分行")
    return [
        P(T("2026-06-11 19:40"), PAYER, ma_new, 27360, "工资", "5月工资（员工：王秀兰等8人）",
          instr("im", "马秀英", "王会计，我是马秀英，手机换了号，这是新微信。\n医院组8个阿姨5月工资还没到，她们年纪大，"
                "卡都不会用，你统一打到我这张新卡上，我取出来一个个发给她们。\n明细：王秀兰、刘翠英等8人，共27360元。",
                wxid("rh-fake-ma")),
          CASH, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact", "payroll_change"],
          note="A 'new WeChat' of a team leader asks that eight elderly cleaners' wages all go to her own new card in another region."),
        P(T("2026-06-17 16:50"), PAYER, foreman, 3960, "劳务费", "开荒保洁日结劳务费（员工：周桂芝、李玉梅、赵春花）",
          erp("用友付款单：阳光家园小区开荒保洁日结，3人×6天×220元，考勤见附件"),
          PM, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_shared_by_employees", "payee_not_employee"],
          note="Structural only: Three temporary cleaners' daily wages are keyed to one card held by someone who is none of them."),
        P(T("2026-06-23 12:20"), PAYER, subsidy, 6000, "服务费", "二季度社保补贴申领代办费（50人）",
          instr("email", "昌吉市人社局社保补贴办", "各用工单位：\n关于2026年二季度 社 保 补 贴 申领的通知\n"
                "灵活就业及保洁岗位人员每人可领取社保补贴1860元，由单位统一申报，每人代办费120元，"
                "请于24小时内转至经办人杨帆账户，逾期视为放弃。收到请勿声张。",
                "cjrsj_sbbt@163.com", True),
          HR, [FIN], label="scam", st="fake_salary", expect="flag",
          sig=["subsidy_words", "evasion_spacing", "fee_words", "email_instruction", "free_mail", "urgency",
               "secrecy_words"],
          note="A free-mail 'social-insurance subsidy' notice with a spaced-out keyword asks the company to pay 120 yuan per cleaner to an 'agent' within 24 hours."),
        P(T("2026-06-18 15:40"), PAYER, mach_branch, 55500, "货款", "驾驶式洗地机3台（第二批）",
          instr("email", "净界清洁设备 财务部", "仁和物业财务：\n因我司财务系统升级，第二批洗地机货款请汇至乌鲁木齐分公司"
                "新账户（乌鲁木齐农商行），原账户暂停收款，以新账户为准。", "caiwu@jingjie-clean.com"),
          CASH, [FIN, GM], contract="RH-CG-2026-004", label="scam", st="account_change", expect="flag",
          sig=["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch"],
          note="An email from a hyphenated look-alike of the equipment dealer's domain diverts the second batch to a 'branch' account not in the vendor master."),
        P(T("2026-06-25 12:05"), PAYER, boss_payee, 168000, "定金", "合同定金",
          instr("im", "陈国华", "QQ群【仁和管理层沟通群】\n陈国华：王丽，账上还有多少钱？把余额截图发我\n"
                "陈国华：我在跟客户吃饭，不方便说话\n陈国华：给恒信商贸先转16.8万合同定金，今天必须到，审批我回来补",
                "QQ 2873365104", True),
          CASH, [], label="scam", st="boss_impersonation", expect="block",
          sig=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "boss_role",
               "deposit_words", "urgency"],
          note="A fake chairman in a QQ group probes the balance, then orders a 168k 'deposit' to an unknown trading firm with approval 'later'."),
        P(T("2026-07-02 10:20"), PAYER, conf, 45000, "会议费", "全国物业保洁行业峰会参会及展位费",
          instr("email", "陈国华", "王丽：\n我在北京参加全国物业保洁行业峰会，主办方要求今天交齐参会和展位费4.5万，"
                "直接付给华物会展。我一直在会场，电话接不了，审批等我回去再补。\n陈国华",
                "chenguohua_rh@163.com", True),
          CASH, [], label="scam", st="boss_impersonation", expect="flag",
          sig=["email_instruction", "free_mail", "boss_role", "cannot_call", "bypass_process", "urgency"],
          note="A free-mail message 'from the GM' at a Beijing summit asks for a same-day 45k fee to an events firm, approval later, no calls."),
        O(T("2026-06-29 11:20"), customer("昌吉州人民医院后勤服务中心", None, "后勤 高主任", mob("rh-fp-gao"),
                                          "cjzrmyy_hq@126.com", wxid("rh-fp-gao"), None),
          [item("深度保洁及消杀服务", 60, "人·月", 3900)], "im", "昌吉市北京南路某民营诊所", "2026-07-01",
          "季度结算（90天）", "我们医院后勤新成立服务中心，先在合作诊所做三个月深度保洁，人员明天就要进场，"
                               "合同等院长签完再补，价格你们定。",
          label="scam", st="fake_purchaser", expect="flag",
          sig=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested",
               "far_delivery", "contact_im_only"],
          note="A 'service centre' of the established hospital client, on free mail and a new mobile, wants 20 cleaners on 90-day terms at a private clinic."),
        O(T("2026-07-06 12:40"), customer("昌吉市育才学校", None, "总务 罗老师", mob("rh-fo-luo"), None,
                                          wxid("rh-fo-luo"), None),
          [item("暑期校园深度保洁", 120, "人·天", 260)], "phone", "昌吉市育才学校", "2026-07-15", "平台结算",
          "罗老师说学校采购统一走“校园后勤采购平台”，供应商要先在平台交入驻保证金3000元和技术服务费800元，"
          "开通后才能下单结算，平台客服会发链接。",
          fees=[("平台入驻保证金", 3000), ("技术服务费", 800)],
          label="scam", st="fake_order", expect="flag",
          sig=["institution_claim", "fee_asked_of_seller", "deposit_words", "remote_control", "contact_im_only"],
          note="A 'school teacher' orders holiday deep-cleaning but the company must first pay a deposit and a service fee on a 'campus procurement platform'."),
        P(T("2026-07-08 15:30"), PAYER, cf_payee, 80000, "保证金", "学校保洁项目合作保证金",
          erp("用友付款单：新疆城合物业称承接昌吉市12所中小学保洁总包（国企背景），分包给我司，"
              "签约前需缴纳合作保证金8万元；合同甲方为新疆城合投资集团，收款方为城合物业（2026年5月成立）"),
          CASH, [FIN, GM], label="scam", st="contract_fraud", expect="flag",
          sig=["deposit_words", "bigproject_words", "shell_company", "payee_name_mismatch", "fee_asked_of_seller"],
          note="A two-month-old firm offering a 12-school subcontract wants an 80k cooperation deposit paid to itself rather than to the named contract party."),
        P(T("2026-06-30 16:40"), PAYER, fine, 23000, "罚款", "劳动保障监察罚款及滞纳金",
          instr("phone", "自称昌吉市人社局劳动监察大队 张科长", "出纳电话记录：对方称有保洁员举报我司拖欠加班费，"
                "如今天不交罚款及滞纳金2.3万将列入欠薪黑名单，让转到执法人员张建平个人卡上，下午下班前必须处理。",
                mob("rh-fake-labour"), True),
          CASH, [FIN], label="scam", st="authority_impersonation", expect="flag",
          sig=["authority_words", "fee_words", "phone_instruction", "urgency"],
          note="A caller posing as a labour inspector demands a same-day 'fine and late fee' to an officer's personal card."),
        P(T("2026-06-19 15:15"), PAYER, CHEM, 23450, "货款", "清洁剂及消毒液（补付）",
          erp("用友付款单：洁美日化业务员微信催款，称5月发票" + inv("rh-h-chem1") + "款项未收到，按原发票补付"),
          CASH, [FIN], contract="RH-CG-2026-002", invoice=inv("rh-h-chem1"),
          label="scam", st="fake_invoice", expect="block",
          note="A 'salesman' chases payment of a chemicals invoice that was already paid on 7 May, and the clerk keys it again."),
        P(T("2026-07-09 12:35"), PAYER, unfreeze, 6800, "服务费", "贷款账户解冻金",
          instr("im", "速达金融 风控专员", "陈总您好，贵司30万经营贷已审批，但放款时系统显示对公账户信息有误，资金被冻结，"
                "需缴纳解冻金6800元到风控专员赵梦婷个人账户，解冻后30分钟到账。", wxid("rh-loan")),
          CASH, [FIN], label="scam", st="advance_fee", expect="block",
          sig=["loan_fee_words", "fee_words", "im_instruction", "urgency"],
          note="A fake lender says an approved 300k loan is 'frozen' and asks for an unfreezing fee to a staff member's personal card."),
        P(T("2026-07-14 16:30"), PAYER, platform, 9800, "推广费", "线上推广平台会员升级费",
          instr("im", "云帆平台客服", "您好，贵司推广账号已完成点赞任务8单，返利待提现1.26万；升级VIP会员9800元后"
                "可一次性提现本金及返利，连单任务不可中断。", wxid("rh-platform")),
          PM, [FIN], label="scam", st="task_rebate", expect="flag",
          sig=["task_rebate_words", "topup_words"],
          note="A project manager, hooked by a 'promotion' task platform, submits a 'membership upgrade' to unlock rebates; the payee is a company account."),
        P(T("2026-07-03 12:50"), PAYER, refund_boss, 12000, "退款", "福满楼开荒保洁预付款多付退回",
          instr("im", "福满楼 孙总", "王会计，我们会计给你们转了两次开荒保洁预付款，一共24000，"
                "第二笔银行还在处理中，以实际到账为准。你先把多的12000退到我个人卡上，原付款账户：" + fulou_acct +
                "，公户退回来太慢。", wxid("rh-fuman"), True),
          CASH, [FIN], label="scam", st="overpayment_refund", expect="block",
          sig=["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "im_instruction",
               "urgency"],
          note="A new restaurant client claims a double prepayment still 'in process' and wants the excess refunded at once to the owner's personal card."),
        P(T("2026-07-15 11:25"), PAYER, lend, 372400, "往来款", "代转往来款",
          instr("im", "李總", "王會計，我是老李，借用貴司對公賬戶過賬38萬，今天下午款到，給你們2個點，"
                "剩下的轉給瑞通物資，回單發我。", wxid("rh-lend-li")),
          CASH, [FIN], label="scam", st="account_lending", expect="block",
          sig=["account_lending_words", "evasion_traditional", "in_out_match", "im_instruction", "vague_memo"],
          note="An acquaintance writing in traditional characters asks to pass 380k through the company account for a 2% cut."),
    ]


def entries():
    return _history() + _routine() + _hard_negatives() + _scams()
