"""anbao: 库尔勒安保卫士保安服务有限公司, a security-guard company in Korla (area code 0996)."""
from common import (P, O, T, acct, card, inv, uscc, mob, tel, wxid, payee, instr, verification,
                    item, customer, tp)

TENANT = "anbao"
PREFIX = "AB"
CO = "库尔勒安保卫士保安服务有限公司"
PAYER = {"account_no": acct("anbao-basic", "3060", 17), "account_name": CO}

# ---- vendor master and regular payees
UNIFORM = payee("库尔勒鑫盾制服有限公司", acct("ab-uniform", "9550", 19), "中国工商银行库尔勒分行",
                vendor_id="V-AB01", phone=tel("0996", "ab-uniform"))
UNIFORM_NEW = payee("库尔勒鑫盾制服有限公司", acct("ab-uniform-new", "6216", 19), "中国银行成都锦江支行",
                    vendor_id="V-AB01", phone=tel("0996", "ab-uniform"))
RADIO = payee("新疆天山安防器材有限公司", acct("ab-radio", "3002", 19), "中国工商银行乌鲁木齐新华北路支行",
              vendor_id="V-AB02", phone=tel("0991", "ab-radio"))
INSURER = payee("中国人寿财产保险股份有限公司巴音郭楞中心支公司", acct("ab-ins", "6505", 19),
                "中国建设银行库尔勒分行", vendor_id="V-AB03", phone=tel("0996", "ab-ins"))
DORM = payee("库尔勒孔雀河物业管理有限公司", acct("ab-dorm", "8803", 18), "库尔勒银行开发区支行",
             vendor_id="V-AB04", phone=tel("0996", "ab-dorm"))
DORM_CHANGED = "2025-11-18T11:20:00+08:00"
TRAINING = payee("巴州安达保安培训学校", acct("ab-train", "3060", 17), "中国农业银行库尔勒分行",
                 vendor_id="V-AB05", phone=tel("0996", "ab-train"))
GARAGE = payee("库尔勒顺通汽车维修服务有限公司", acct("ab-garage", "3060", 17), "中国农业银行库尔勒分行",
               vendor_id="V-AB06", phone=tel("0996", "ab-garage"))
PAYROLL = payee("中国农业银行库尔勒分行（代发工资专户）", acct("ab-payroll", "3060", 17),
                "中国农业银行库尔勒分行", vendor_id="PAY-AB")
TAX = payee("国家金库库尔勒市支库", acct("ab-tax", "6528", 17), "国家金库库尔勒市支库", vendor_id="TAX-AB")
LEADER_YANG = payee("杨建华", card("ab-yang", "6228"), "中国农业银行库尔勒分行", "personal")
GUARD_ABDU = payee("阿不都热依木·艾力", card("ab-abdu", "6228"), "中国农业银行库尔勒分行", "personal")

# ---- customers
C_PETRO = customer("塔里木恒通石化有限公司", uscc("ab-c-petro", region="652801"), "郑经理",
                   tel("0996", "ab-c-petro"), "zhengjl@tlmhengtong.com", None, "C-AB01")
C_HOSP = customer("库尔勒市第二人民医院", uscc("ab-c-hosp", head="12", region="652801"), "后勤科 袁科长",
                  tel("0996", "ab-c-hosp"), "hqk@krl2yy.cn", None, "C-AB02")
C_PARK = customer("库尔勒经开区物流园管理有限公司", uscc("ab-c-park", region="652801"), "丁主任",
                  tel("0996", "ab-c-park"), "dingzr@krlwly.com", None, "C-AB03")

FIN, CASH, HR, OPS, GM, SALES = "E1102", "E1105", "E1108", "E1101", "E1100", "E1110"


def erp(text, who="刘晓燕"):
    return instr("erp", who, text)


def _history():
    H = dict(phase="history")
    return [
        O(T("2026-05-07 11:20"), C_PETRO, [item("驻厂保安服务（5月）", 24, "人·月", 4800)], "erp",
          "库尔勒经济技术开发区塔里木恒通石化厂区", "2026-05-31", "月结30天", "年度框架合同续签，5月驻厂保安24人",
          note="Routine: Monthly guard service for the established petrochemical client.", **H),
        P(T("2026-05-08 16:05"), PAYER, UNIFORM, 31200, "货款", "夏季保安制服120套",
          erp("金蝶付款单：夏季保安制服120套｜鑫盾制服｜合同AB-CG-2026-003｜发票" + inv("ab-h-uni1")),
          CASH, [FIN], contract="AB-CG-2026-003", invoice=inv("ab-h-uni1"),
          note="Routine: Summer uniforms from the regular uniform maker.", **H),
        P(T("2026-05-11 15:40"), PAYER, TAX, 412356.40, "社保费", "4月社会保险费（单位+个人，386人）",
          erp("电子税务局三方协议扣缴：4月社会保险费（386人）", "热依拉·阿不都"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau.", **H),
        P(T("2026-05-12 17:30"), PAYER, PAYROLL, 1658920.00, "工资", "4月工资代发（382人）",
          erp("金蝶付款单：4月保安员工资代发（382人），工资表经人事、运营、财务三方审核", "热依拉·阿不都"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account.", **H),
        P(T("2026-05-13 12:10"), PAYER, LEADER_YANG, 1860, "报销", "石化驻点夜班伙食补助报销（4月）",
          erp("金蝶报销单：石化驻点队长杨建华垫付4月夜班伙食补助，附超市小票及签领表"), CASH, [FIN],
          note="Routine: A post captain's reimbursement to his own card.", **H),
        O(T("2026-05-14 10:45"), C_HOSP, [item("医院安保服务（5月）", 8, "人·月", 4500)], "email",
          "库尔勒市第二人民医院门诊楼及住院部", "2026-05-31", "按月验收后付款", "续签安保服务合同，5月8人",
          note="Routine: Monthly guard service for the hospital client.", **H),
        P(T("2026-05-15 16:20"), PAYER, RADIO, 39200, "货款", "数字对讲机40台",
          erp("金蝶付款单：数字对讲机40台｜天山安防｜合同AB-CG-2026-005｜发票" + inv("ab-h-radio1")),
          CASH, [FIN, GM], contract="AB-CG-2026-005", invoice=inv("ab-h-radio1"),
          note="Routine: Radios from the regular security-equipment supplier.", **H),
        P(T("2026-05-18 11:35"), PAYER, INSURER, 57300, "保险费", "二季度雇主责任险保费",
          erp("金蝶付款单：二季度雇主责任险（保单PZ2026650028）｜人寿财险巴州中支"), CASH, [FIN, GM],
          contract="PZ2026650028", note="Routine: Quarterly employer-liability premium.", **H),
        P(T("2026-05-20 15:10"), PAYER, DORM, 28000, "房租", "保安宿舍6月租金",
          erp("金蝶付款单：孔雀河小区保安宿舍6月租金｜租赁合同AB-ZL-2025-011｜发票" + inv("ab-h-dorm1")),
          CASH, [FIN], contract="AB-ZL-2025-011", invoice=inv("ab-h-dorm1"), changed=DORM_CHANGED,
          note="Routine: Dormitory rent to the landlord whose account change dates from Nov 2025.", **H),
        P(T("2026-05-21 13:50"), PAYER, TRAINING, 18000, "培训费", "新入职保安员证培训（30人）",
          erp("金蝶付款单：保安员证岗前培训30人｜安达培训学校｜发票" + inv("ab-h-train1")), CASH, [FIN],
          invoice=inv("ab-h-train1"), note="Routine: Pre-employment guard licence training.", **H),
        O(T("2026-05-22 12:30"), C_PARK, [item("物流园巡逻保安服务（5月）", 6, "人·月", 4700)], "erp",
          "库尔勒经开区物流园", "2026-05-31", "月结30天", "巡逻岗6人",
          note="Routine: Patrol service for the logistics park.", **H),
        P(T("2026-05-25 11:15"), PAYER, GUARD_ABDU, 2000, "工资预支", "工资预支（员工：阿不都热依木·艾力）",
          erp("金蝶付款单：保安员阿不都热依木·艾力预支5月工资2000元，从5月工资扣回，队长及人事签字"),
          CASH, [FIN], note="Routine: A guard's salary advance to his own card.", **H),
        P(T("2026-05-27 16:40"), PAYER, GARAGE, 6850, "维修费", "巡逻车保养及换胎",
          erp("金蝶付款单：巡逻车新M·A3317保养换胎｜顺通汽修｜发票" + inv("ab-h-garage1")), CASH, [FIN],
          invoice=inv("ab-h-garage1"), note="Routine: Patrol-car maintenance.", **H),
        P(T("2026-05-28 15:25"), PAYER, RADIO, 27000, "货款", "执法记录仪20台",
          erp("金蝶付款单：执法记录仪20台｜天山安防｜合同AB-CG-2026-005｜发票" + inv("ab-h-rec1")),
          CASH, [FIN, GM], contract="AB-CG-2026-005", invoice=inv("ab-h-rec1"),
          note="Routine: Body cameras from the regular security-equipment supplier.", **H),
    ]


def _routine():
    return [
        O(T("2026-06-02 11:05"), C_PETRO, [item("驻厂保安服务（6月）", 24, "人·月", 4800)], "erp",
          "库尔勒经济技术开发区塔里木恒通石化厂区", "2026-06-30", "月结30天", "6月驻厂保安24人，岗位不变",
          note="Routine: Monthly guard service for the established petrochemical client."),
        P(T("2026-06-09 15:30"), PAYER, TAX, 415882.60, "社保费", "5月社会保险费（单位+个人，389人）",
          erp("电子税务局三方协议扣缴：5月社会保险费（389人）", "热依拉·阿不都"), FIN, [GM],
          note="Routine: Monthly social insurance through the tax bureau."),
        P(T("2026-06-10 17:45"), PAYER, PAYROLL, 1671350.00, "工资", "5月工资代发（384人）",
          erp("金蝶付款单：5月保安员工资代发（384人），工资表经人事、运营、财务三方审核", "热依拉·阿不都"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
        P(T("2026-06-17 12:40"), PAYER, TRAINING, 12000, "培训费", "新入职保安员证培训（20人）",
          erp("金蝶付款单：保安员证岗前培训20人｜安达培训学校｜发票" + inv("ab-t-train2")), CASH, [FIN],
          invoice=inv("ab-t-train2"), note="Routine: Pre-employment guard licence training."),
        P(T("2026-06-23 16:15"), PAYER, GARAGE, 5420, "维修费", "巡逻车空调维修",
          erp("金蝶付款单：巡逻车新M·A3317空调维修｜顺通汽修｜发票" + inv("ab-t-garage2")), CASH, [FIN],
          invoice=inv("ab-t-garage2"), note="Routine: Patrol-car repair at the regular garage."),
        O(T("2026-07-02 10:50"), C_HOSP, [item("医院安保服务（7月）", 8, "人·月", 4500)], "email",
          "库尔勒市第二人民医院门诊楼及住院部", "2026-07-31", "按月验收后付款", "7月安保8人，与6月相同",
          note="Routine: Monthly guard service for the hospital client."),
        P(T("2026-07-10 17:20"), PAYER, PAYROLL, 1702480.00, "工资", "6月工资代发（391人）",
          erp("金蝶付款单：6月保安员工资代发（391人），含高考安保加班费，工资表三方审核", "热依拉·阿不都"),
          FIN, [GM], note="Routine: Monthly payroll through the bank payroll account."),
    ]


def _hard_negatives():
    spouse = payee("李秀兰", card("ab-spouse-li", "6217"), "中国建设银行库尔勒分行", "personal")
    guard_new = payee("吐尔洪·买买提", card("ab-turhong", "6228"), "中国农业银行库尔勒分行", "personal")
    departed = payee("古力米热·阿不拉", card("ab-gulmire", "6230"), "新疆农村信用社库尔勒市联社", "personal")
    tender = payee("巴音郭楞蒙古自治州公共资源交易中心", acct("ab-ggzy", "6505", 19), "中国建设银行库尔勒分行")
    cams = payee("巴州鹰眼智能科技有限公司", acct("ab-yingyan", "3060", 17), "中国农业银行库尔勒分行",
                 vendor_id="V-AB09", phone=tel("0996", "ab-yingyan"))
    printer = payee("库尔勒墨香图文广告有限公司", acct("ab-print", "8803", 18), "库尔勒银行开发区支行")
    hospital_acct = acct("ab-c-hosp-basic", "6505", 19)
    hosp = payee("库尔勒市第二人民医院", hospital_acct, "中国建设银行库尔勒分行", phone=tel("0996", "ab-c-hosp"))
    return [
        P(T("2026-06-11 16:30"), PAYER, LEADER_YANG, 4860, "工资",
          "5月工资（员工：艾合买提·阿木提；委托代领授权书WT-2026-031已存档，代领人杨建华）",
          erp("金蝶付款单：保安员艾合买提·阿木提工资卡遗失，补卡须回和田户籍地办理。本人5月8日到人事部当面签署"
              "委托代领授权书WT-2026-031（附身份证复印件、手印），委托石化驻点队长杨建华代领5月工资；"
              "人事马建军已用员工档案预留电话回访本人确认。", "马建军"),
          HR, [FIN, OPS], ver=verification(mob("ab-ahmat"), HR, T("2026-06-11 15:50")),
          sig=["payee_not_employee"],
          note="Hard negative: A post captain collects one guard's pay under a signed, in-person authorisation that the memo names, confirmed by a call to the guard's number on file."),
        P(T("2026-06-04 12:20"), PAYER, guard_new, 2000, "工资预支", "工资预支（员工：吐尔洪·买买提）",
          erp("金蝶付款单：保安员吐尔洪·买买提家中老人住院，申请预支6月工资2000元，从6月工资中扣回；"
              "队长、运营部签字，人事核对收款卡为本人工资卡。"),
          CASH, [FIN], sig=["payroll_change"],
          note="Hard negative: A genuine salary advance to the guard's own payroll card, signed off and recovered from his next pay."),
        P(T("2026-06-05 16:50"), PAYER, spouse, 186000, "工伤赔偿", "王建军工伤一次性赔偿款（法院调解书指定收款人李秀兰）",
          erp("金蝶付款单：根据库尔勒市人民法院（2026）新2801民初1532号 民 事 调 解 书，王建军（保安员，"
              "工伤致重度颅脑损伤，经法院指定其妻李秀兰为监护人）一次性赔偿款18.6万元支付至调解书载明的"
              "李秀兰建行账户；法务已核对调解书原件及生效证明。", "热依拉·阿不都"),
          FIN, [GM], ver=verification(tel("0996", "ab-court"), FIN, T("2026-06-05 15:30")),
          sig=["payee_not_employee", "evasion_spacing"],
          note="Hard negative: Injury compensation paid to the incapacitated guard's wife and court-appointed guardian, exactly as a court mediation document orders; the pasted document title is letter-spaced."),
        P(T("2026-06-08 11:40"), PAYER, tender, 50000, "投标保证金", "巴州人民医院安保服务项目投标保证金",
          erp("金蝶付款单：巴州人民医院2026-2028年安保服务项目（招标编号BZGGZY-2026-0412）投标保证金，"
              "收款账户与交易中心公告一致，须从公司基本户转出"),
          CASH, [FIN, GM], contract="BZGGZY-2026-0412", sig=["deposit_words"],
          note="Hard negative: Tender deposit to the public resource trading centre account named in the tender notice."),
        O(T("2026-06-01 11:10"), customer("库尔勒市第一中学", uscc("ab-c-school", head="12"), "总务处 何主任",
                                          tel("0996", "ab-c-school"), "zwc@krl1z.edu.cn", None, None),
          [item("高考考点安保服务", 30, "人·天", 420)], "email", "库尔勒市第一中学高考考点", "2026-06-07",
          "政府采购合同，验收后30日内支付",
          "政府采购网询价结果公告编号KRLZC-2026-0177，本公司成交；校方已寄送盖章合同，款项由财政国库集中支付",
          sig=["institution_claim", "credit_terms_requested"],
          note="Hard negative: A school's first order, awarded through a published government-procurement quotation and paid by the treasury after acceptance."),
        P(T("2026-06-15 15:05"), PAYER, DORM, 28000, "房租", "保安宿舍7月租金",
          erp("金蝶付款单：孔雀河小区保安宿舍7月租金｜租赁合同AB-ZL-2025-011｜发票" + inv("ab-t-dorm2")),
          CASH, [FIN], contract="AB-ZL-2025-011", invoice=inv("ab-t-dorm2"), changed=DORM_CHANGED,
          note="Hard negative: Rent to the landlord whose account change was recorded in Nov 2025 and used ever since."),
        P(T("2026-06-18 13:25"), PAYER, RADIO, 19600, "货款", "物流园新增岗位加购对讲机20台",
          instr("im", "周振东", "晓燕，物流园新增的夜间巡逻岗要加20台对讲机，天山安防那边货已经备好，合同补充协议我签了，"
                "今天走完流程尽快付，明天一早要发到岗位上。", wxid("ab-gm-real"), True),
          CASH, [FIN, GM], contract="AB-CG-2026-005", invoice=inv("ab-t-radio2"),
          sig=["im_instruction", "urgency", "boss_role"],
          note="Hard negative: The real GM asks on WeChat for an urgent top-up of radios from the regular supplier under an existing contract, with the full ERP approval chain."),
        P(T("2026-06-25 16:35"), PAYER, cams, 64500, "工程款", "物流园监控系统改造首期款",
          erp("金蝶付款单：物流园监控系统改造首期款50%｜鹰眼智能（新供应商，已入库V-AB09）｜合同AB-FW-2026-014｜"
              "采购订单PO-AB-2606-009｜开工确认单0622"),
          CASH, [FIN, GM], contract="AB-FW-2026-014", invoice=inv("ab-t-cams1"),
          note="Hard negative: First payment to a newly onboarded CCTV contractor with contract, PO and a signed start-of-work note."),
        P(T("2026-06-27 21:40"), PAYER, hosp, 20000, "医疗费", "保安员孙强工伤住院押金",
          instr("im", "李海涛", "晓燕，物流园岗的孙强巡逻时摔伤，刚送到二院急诊要手术，医院要先交2万住院押金，"
                "直接打医院对公账户，我已经在钉钉审批里提了，热依拉也批了。", wxid("ab-ops-real"), True),
          CASH, [OPS, FIN], sig=["deposit_words", "urgency", "im_instruction"],
          note="Hard negative: A Saturday-night hospital admission deposit for an injured guard, paid to the hospital's own corporate account with approvals."),
        O(T("2026-07-03 12:15"), C_PARK, [item("物流园巡逻保安服务（7月）", 6, "人·月", 4700)], "erp",
          "库尔勒经开区物流园", "2026-07-31", "季度预付",
          "物流园按新签年度合同一次性预付第三季度服务费84600元，已于7月1日到我司基本户（银行回单确认到账），"
          "按月冲抵7—9月账单，无需退款",
          sig=["overpayment"],
          note="Hard negative: The logistics park has prepaid a whole quarter; the amount looks three times too high for July but is an agreed prepayment, not an overpayment."),
        P(T("2026-07-06 15:45"), PAYER, hosp, 36000, "退款", "原路退回第二人民医院6月重复付款",
          erp("金蝶付款单：第二人民医院6月安保服务费重复支付（回单0630-052与0701-013），原付款账户：" + hospital_acct +
              "（银行回单已确认到账），经医院财务科盖章确认，原路退回"),
          CASH, [FIN, GM], sig=["refund_words", "overpayment"],
          note="Hard negative: A client's duplicate payment refunded to the same hospital account it came from, after the bank confirmed receipt."),
        P(T("2026-07-08 12:05"), PAYER, departed, 3980, "离职结算", "离职结算工资（员工：古力米热·阿不拉）",
          erp("金蝶付款单：保安员古力米热·阿不拉6月30日合同到期离职，结算6月1日至30日工资及未休年休假工资，"
              "收款卡为入职登记的本人工资卡", "马建军"),
          HR, [FIN], sig=["payroll_change"],
          note="Hard negative: A departing guard's final pay to the payroll card registered in her own name at hiring."),
        P(T("2026-07-09 11:30"), PAYER, printer, 3600, "宣传费", "与开发区派出所联合反诈宣传海报印制",
          erp("金蝶付款单：配合开发区派出所开展保安员反诈宣传月，印制防诈骗海报及宣传折页，"
              "派出所民警提供样稿，报价单及发票" + inv("ab-t-print1")),
          CASH, [FIN], invoice=inv("ab-t-print1"), sig=["authority_words"],
          note="Hard negative: Printing anti-fraud posters for a campaign with the park police station, at a print shop paid for the first time."),
        P(T("2026-07-13 16:10"), PAYER, TAX, 8436.50, "社保费", "补缴2025年11月漏报3人社会保险费及滞纳金",
          erp("电子税务局三方协议扣缴：补缴2025年11月漏报3名保安员社保费及滞纳金，税务局补缴通知书KRLSB-2026-0331",
              "热依拉·阿不都"),
          FIN, [GM], sig=["fee_words", "authority_words"],
          note="Hard negative: Back-payment of social insurance with a late fee, debited to the state treasury through the tax bureau's three-party agreement."),
    ]


def _scams():
    two_guards = payee("王志强", card("ab-wangzq", "6217"), "中国建设银行库尔勒分行", "personal")
    mother = payee("阿依古丽·买买提", card("ab-ayigul", "6230"), "新疆农村信用社轮台县联社", "personal")
    ghost = payee("张磊", card("ab-zhanglei", "6222"), "中国工商银行乌鲁木齐分行", "personal")
    boss_payee = payee("新疆锦程建设工程有限公司", acct("ab-jincheng", "3002", 19), "中国工商银行乌鲁木齐分行")
    shell = payee("新疆鼎晟能源开发有限公司", acct("ab-dingsheng", "8809", 18), "昌吉农村商业银行")
    safe = payee("刘振国", card("ab-liuzg", "6222"), "中国工商银行西安分行", "personal")
    loan = payee("新疆汇融企业服务有限公司", acct("ab-huirong", "3002", 19), "中国工商银行乌鲁木齐分行")
    task = payee("陈美玲", card("ab-chenml", "6217"), "中国建设银行南宁分行", "personal")
    lend = payee("乌鲁木齐宏基建材有限公司", acct("ab-hongji", "3002", 19), "中国工商银行乌鲁木齐分行")
    return [
        P(T("2026-06-10 16:20"), PAYER, two_guards, 4840, "工资",
          "5月夜班岗工资补发（员工：热合曼·吐尔逊、王志强）",
          erp("金蝶付款单：5月夜班岗工资补发，明细见附表，人事已核", "马建军"),
          HR, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_shared_by_employees", "payroll_change"],
          note="Structural only: A payroll supplement for two night-shift guards is keyed to a single card held by one of them; the slip itself reads like routine HR work."),
        P(T("2026-06-11 22:50"), PAYER, mother, 4650, "工资",
          "5月工资单独发放（员工：买买提江·艾合买提）",
          instr("im", "买买提江", "刘会计你好\n我是石化厂3号岗的买买提江，这个是我新微信\n我工资卡被银行冻结了，"
                "这个月工资没到账\n麻烦打到我妈妈的卡上，户名阿依古丽·买买提，轮台信用社\n我在上夜班不方便接电话，谢谢",
                wxid("ab-fake-maimaiti")),
          CASH, [FIN], label="scam", st="fake_salary", expect="block",
          sig=["payee_not_employee", "im_instruction", "new_contact", "cannot_call", "payroll_change"],
          note="Late at night a 'new WeChat' of a guard asks for his salary to go to his mother's card because his own is 'frozen'."),
        P(T("2026-06-16 12:35"), PAYER, ghost, 3360, "劳务费", "医院岗临时替班劳务费（员工：张磊）",
          instr("im", "医院驻点队长 韩东", "刘会计，医院这边5月底临时找了个替班的张磊，干了12天，一天280，"
                "他急着回老家，先把钱打给他，考勤表和身份证复印件我后面补给人事。", wxid("ab-handong")),
          CASH, [OPS], label="scam", st="fake_salary", expect="flag",
          sig=["im_instruction", "bypass_process"],
          note="A post captain asks pay for a 'stand-in guard' who appears in no roster or attendance record, with papers 'to follow' - a ghost worker."),
        P(T("2026-06-08 16:45"), PAYER, UNIFORM_NEW, 46800, "货款", "秋季保安制服180套",
          erp("金蝶付款单：秋季保安制服180套｜鑫盾制服｜合同AB-CG-2026-003｜发票" + inv("ab-t-uni2")),
          CASH, [FIN, GM], contract="AB-CG-2026-003", invoice=inv("ab-t-uni2"),
          changed="2026-06-02T10:15:00+08:00", label="scam", st="account_change", expect="block",
          sig=["unusual_bank_region"],
          note="Structural only: The uniform maker's bank account in the vendor master was switched to a Chengdu branch six days before this first payment to it."),
        P(T("2026-06-16 13:10"), PAYER, boss_payee, 300000, "保证金", "项目合作保证金",
          instr("im", "周振东", "【安保卫士管理层】群（今天新建）\n周振东：晓燕在吗？账上现在还有多少可用资金，截个图发群里\n"
                "周振东：我在州里开会，不方便接电话\n周振东：油田那个安保大项目要先交30万合作保证金给锦程建设，"
                "账号我发你，马上转，手续后补，这事先别声张", wxid("ab-fake-gm"), True),
          CASH, [], label="scam", st="boss_impersonation", expect="block",
          sig=["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "secrecy_words",
               "deposit_words", "boss_role", "urgency"],
          note="In a WeChat group created that day the fake GM asks for a balance screenshot, then orders a 300k 'cooperation deposit' to an unknown builder, paperwork later."),
        O(T("2026-06-19 11:40"), customer("塔里木恒通石化有限责任公司", None, "采购部 郑经理", mob("ab-fp-zheng"),
                                          "tlmhengtong_cg@163.com", wxid("ab-fp-zheng"), None),
          [item("驻厂保安服务（新厂区）", 240, "人·月", 5200)], "im", "尉犁县某工业园临时仓储区", "2026-06-22",
          "月结90天", "我们新厂区马上开工，要40个保安干半年，价格按你们报的上浮一点没关系，先派人过去，"
                      "合同和款后面走，新厂区地址以后发定位。",
          label="scam", st="fake_purchaser", expect="flag",
          sig=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested", "far_delivery",
               "contact_im_only"],
          note="A look-alike of the petrochemical client, on a free-mail address and a new mobile, wants 40 guards for six months on 90-day credit at an unnamed site."),
        O(T("2026-06-22 12:25"), customer("武警某支队后勤处", None, "刘助理", mob("ab-fo-liu"), None,
                                          wxid("ab-fo-liu"), None),
          [item("仓库临时安保服务", 36, "人·月", 4600)], "phone", "库尔勒市郊某物资仓库", "2026-06-25", "对公转账",
          "对方称仓库安保外包，要求上岗保安统一配备防暴器材套装，必须从他们指定的乌鲁木齐卫安警用器材经销部采购，"
          "让我们先把器材款2.86万垫付给厂家，和服务费一起结算；发来对公转账截图，说部队对公转账延迟两天到账。",
          third_party=tp("乌鲁木齐卫安警用器材经销部", mob("ab-fo-weian"), "designated_supplier", 28600),
          label="scam", st="fake_order", expect="block",
          sig=["institution_claim", "designated_supplier", "fake_payment_proof", "new_customer", "contact_im_only"],
          note="A self-styled armed-police logistics office orders warehouse guards but first needs riot kits bought from its own dealer, backed only by a transfer screenshot."),
        P(T("2026-06-24 15:50"), PAYER, shell, 150000, "保证金", "光伏基地安保分包履约保证金",
          erp("金蝶付款单：周总您好，我方为若羌百万千瓦光伏基地安保总包方，贵司分包三年驻场安保800人，"
              "按惯例签约前先交履约保.证.金15万，签约后随首月服务费退还。（鼎晟能源2026年3月成立）"),
          CASH, [FIN, GM], label="scam", st="contract_fraud", expect="flag",
          sig=["deposit_words", "bigproject_words", "shell_company", "evasion_symbols", "fee_asked_of_seller"],
          note="A three-month-old 'prime contractor' for a giant solar base wants a 150k performance bond before signing an 800-guard subcontract; the key word is dotted."),
        P(T("2026-07-01 10:40"), PAYER, safe, 196000, "其他", "配合资金核查",
          instr("phone", "自称库尔勒市公安局经侦支队 王警官", "出纳电话记录：对方称我司代发保安工资的账户涉嫌为洗钱团伙"
                "过水，要冻结基本户；要求今天把19.6万转到“安 全 账 户”做资 金 核 查，核查完原路退回，"
                "不得告诉任何人，包括领导。", mob("ab-fake-police"), True),
          CASH, [], label="scam", st="authority_impersonation", expect="block",
          sig=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "evasion_spacing",
               "urgency"],
          note="A caller posing as economic-crime police tells the cashier to move 196k to a spaced-out 'safe account' for 'fund verification' and tell nobody."),
        P(T("2026-06-22 16:00"), PAYER, RADIO, 39200, "货款", "数字对讲机40台",
          erp("金蝶付款单：数字对讲机40台｜天山安防｜合同AB-CG-2026-005｜发票" + inv("ab-h-radio1")),
          CASH, [FIN, GM], contract="AB-CG-2026-005", invoice=inv("ab-h-radio1"),
          label="scam", st="fake_invoice", expect="block",
          note="Structural only: The radio invoice already paid on 15 May comes round again, identical, on an innocent-looking ERP slip."),
        P(T("2026-06-29 12:50"), PAYER, loan, 40000, "服务费", "经营贷前期风控服务费",
          instr("phone", "汇融企业服务 客户经理 许经理", "财务记录：对方称可为我司办理200万无抵押经营贷用于发工资，"
                "三天放款，需先交2%风控服务费4万元到其公司账户，放款后从贷款里返还。", mob("ab-loan-xu")),
          CASH, [FIN], label="scam", st="advance_fee", expect="flag",
          sig=["loan_fee_words", "fee_words", "phone_instruction"],
          note="A 'business services' firm promises an unsecured 2m payroll loan if a 40k risk-control fee is paid first."),
        P(T("2026-07-07 13:15"), PAYER, task, 8800, "借支", "人事部借支（培训资料费）",
          instr("im", "马建军", "晓燕帮我先走个借支，8800打到这个卡。\n（附：导师发的消息）完成第三单任务后本金加佣金一起返还，"
                "唰单返力当天到账，充值卡单了必须补齐才能提现。", wxid("ab-hr-ma"), True),
          HR, [FIN], label="scam", st="task_rebate", expect="block",
          sig=["task_rebate_words", "topup_words", "evasion_homophone", "im_instruction", "vague_memo"],
          note="The HR clerk, caught in a task-rebate scam, routes a company 'advance' to a stranger's card; the pasted 'mentor' chat uses homophones."),
        O(T("2026-07-08 11:55"), customer("库尔勒金盛商贸有限公司", uscc("ab-c-jinsheng"), "金老板", mob("ab-jin"),
                                          None, wxid("ab-jin"), None),
          [item("开业活动临时安保", 20, "人·天", 400)], "im", "库尔勒市人民东路金盛商场", "2026-07-11", "款到派岗",
          "对公转账截图已发，会计手误打了18000，多了1万，麻烦先把多的1万退到我朋友的卡上，他急用。",
          third_party=tp("李春生（个人）", mob("ab-lics"), "refund_recipient", 10000),
          label="scam", st="overpayment_refund", expect="block",
          sig=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
          note="A new client for opening-day event security 'overpays' by screenshot and wants the difference sent to a friend's card."),
        P(T("2026-07-14 15:20"), PAYER, lend, 495000, "往来款", "代转往来款",
          instr("im", "医院后勤承包商 赵总", "刘会计，我们公司公户被限额了，借你们对公账户走一下账，"
                "今天有50万打到你们账上，你们扣1%手续费，剩下49.5万转给宏基建材，回单拍给我。", wxid("ab-lend-zhao")),
          CASH, [FIN], label="scam", st="account_lending", expect="block",
          sig=["account_lending_words", "in_out_match", "vague_memo", "im_instruction"],
          note="A contact of the hospital's facilities contractor asks to pass 500k through the company account for a 1% fee."),
    ]


def entries():
    return _history() + _routine() + _hard_negatives() + _scams()
