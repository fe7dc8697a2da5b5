"""Tenant duolang: 阿克苏多浪水泥有限责任公司, a cement plant in Aksu.

Approval rule seen in history: below 200,000 one approver (finance manager E3302); 200,000 and above
also the general manager E3300.
Staff: E3300 刘建军 总经理, E3302 吴静 财务经理, E3305 帕提古丽 出纳, E3306 黄磊 会计, E3310 马燕 人事,
E3320 赵强 销售经理, E3321 王鹏 销售, E3330 张敏 采购, E3340 李卫东 设备部.
"""
from lib import (Tenant, ZW, acct, customer, fw, grouped, inv, order, payee, payment, third, uscc,
                 verification, wxid)

T = Tenant("duolang")
PAYER = {"account_no": acct("dl-basic", "2907", 19), "account_name": "阿克苏多浪水泥有限责任公司"}

GM, FM, CASH, ACC, HR, SM, SALES, PROC, EQ = ("E3300", "E3302", "E3305", "E3306", "E3310", "E3320",
                                              "E3321", "E3330", "E3340")
BIG = [FM, GM]
SMALL = [FM]

V01 = payee("拜城县恒晟煤业有限公司", acct("dl-v01", "3094", 17), "中国农业银行拜城县支行", "corporate", "V-DL01", "0997-0000426")
V02 = payee("温宿县白石石膏有限公司", acct("dl-v02", "8850", 18), "新疆温宿农村商业银行", "corporate", "V-DL02", "0997-0000538")
V04_OLD = payee("阿克苏宏达水泥包装制品有限公司", acct("dl-v04", "6505", 19), "中国建设银行阿克苏分行", "corporate", "V-DL04", "0997-0000619")
V04 = dict(V04_OLD, account_no=acct("dl-v04-new", "2909", 19), bank="中国工商银行阿克苏分行")
V04_CHANGED = "2026-02-25T16:45:00+08:00"
V05 = payee("阿克苏通衢物流有限公司", acct("dl-v05", "1077", 18), "中国银行阿克苏分行", "corporate", "V-DL05", "0997-0000283")
V06 = payee("巩义市嘉诚耐火材料有限公司", acct("dl-v06", "1702", 19), "中国工商银行巩义支行", "corporate", "V-DL06", "0371-0000458")
V07 = payee("买买提·吐尔逊", acct("dl-v07", "6228", 19), "中国农业银行阿克苏分行", "personal", "V-DL07", "13800002394")
V08 = payee("阿克苏鑫达机电设备维修有限公司", acct("dl-v08", "2907", 19), "中国工商银行阿克苏分行", "corporate", "V-DL08", "0997-0000734")
V09 = payee("新疆科润建材外加剂有限公司", acct("dl-v09", "6505", 19), "中国建设银行库尔勒分行", "corporate", "V-DL09", "0996-0000871")
PAYROLL = payee("中国工商银行阿克苏分行（工资代发专户）", acct("dl-payroll", "2907", 19), "中国工商银行阿克苏分行", "corporate", "PAY-DL", None)

C01 = customer("新疆南疆路桥建设有限公司", uscc("dl-c01", "91652901"), "钱工", "0997-0000352", "wz@njluqiao.com", None, "C-DL01")
C02 = customer("阿克苏市金鼎商砼有限公司", uscc("dl-c02", "91652901"), "丁经理", "0997-0000465", "jdst_cg@jindingst.cn", None, "C-DL02")

INV_DUP = inv("dl-h-freight-0409")


def gs(no, body):
    return f"浪潮GS资金支付单 {no}｜{body}"


def build():
    # ------------------------------------------------------------------ history
    T.hist("payment", "Routine: Kiln refractory bricks from the regular Henan supplier.",
           payment("DL-ZF-20260106001", "2026-01-06T11:25:00+08:00", PAYER, V06, "258000", "货款", "窑口耐火砖",
                   "erp", "黄磊", None, gs("ZJ-2601-003", "用途：回转窑窑口耐火砖；收款：嘉诚耐材；合同号：DL-CG-2026-001"),
                   False, ACC, BIG, contract_id="DL-CG-2026-001", invoice_no=inv("dl-h01")))
    T.hist("order", "Routine: Bulk cement order from an established ready-mix plant.",
           order("DL-XS-20260107001", "2026-01-07T15:10:00+08:00", C02,
                 [("P.O42.5散装水泥", "800", "吨", "420.00")], "erp", "阿克苏市金鼎商砼搅拌站", "2026-01-12",
                 "月结30天", "年度购销合同DL-XS-2026-003"))
    T.hist("payment", "Routine: Raw coal from the regular Baicheng mine.",
           payment("DL-ZF-20260109001", "2026-01-09T12:30:00+08:00", PAYER, V01, "1196000", "货款", "原煤（2600吨）",
                   "erp", "黄磊", None, gs("ZJ-2601-006", "用途：原煤2600吨；收款：恒晟煤业；合同号：DL-CG-2026-002"),
                   False, ACC, BIG, contract_id="DL-CG-2026-002", invoice_no=inv("dl-h03")))
    T.hist("payment", "Routine: Freight to the regular logistics company.",
           payment("DL-ZF-20260113001", "2026-01-13T16:40:00+08:00", PAYER, V05, "88400", "运费", "12月水泥发运运费",
                   "erp", "帕提古丽", None, gs("ZJ-2601-009", "用途：12月水泥发运运费；收款：通衢物流"),
                   False, CASH, SMALL, contract_id="DL-WL-2026-001", invoice_no=inv("dl-h04")))
    T.hist("payment", "Routine: December payroll to the bank payroll account.",
           payment("DL-ZF-20260115001", "2026-01-15T17:55:00+08:00", PAYER, PAYROLL, "1032800", "工资", "2025年12月工资代发（146人）",
                   "erp", "马燕", None, gs("ZJ-2601-011", "用途：12月工资代发146人"), False, HR, BIG))
    T.hist("payment", "Routine: Freight to an individual truck driver used regularly.",
           payment("DL-ZF-20260120001", "2026-01-20T10:40:00+08:00", PAYER, V07, "12300", "运费", "个体运费（熟料短倒 6车）",
                   "erp", "帕提古丽", None, gs("ZJ-2601-014", "用途：个体司机买买提·吐尔逊熟料短倒运费6车"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: Cement bags from the regular bag maker.",
           payment("DL-ZF-20260127001", "2026-01-27T14:15:00+08:00", PAYER, V04_OLD, "177000", "货款", "水泥包装袋（150000条）",
                   "erp", "张敏", None, gs("ZJ-2601-018", "用途：水泥包装袋15万条；收款：宏达包装"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-004", invoice_no=inv("dl-h07")))
    T.hist("order", "Routine: Bulk cement order from an established road-building contractor.",
           order("DL-XS-20260204001", "2026-02-04T11:50:00+08:00", C01,
                 [("P.O42.5散装水泥", "1500", "吨", "425.00")], "email", "阿克苏地区乌什县公路项目二标拌合站", "2026-02-10",
                 "款到发货", "钱工邮件下单"))
    T.hist("payment", "Routine: Gypsum from the regular quarry.",
           payment("DL-ZF-20260206001", "2026-02-06T16:25:00+08:00", PAYER, V02, "115200", "货款", "石膏（1200吨）",
                   "erp", "张敏", None, gs("ZJ-2602-004", "用途：石膏1200吨；收款：白石石膏"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-005", invoice_no=inv("dl-h09")))
    T.hist("payment", "Routine: January payroll.",
           payment("DL-ZF-20260211001", "2026-02-11T18:20:00+08:00", PAYER, PAYROLL, "1041500", "工资", "2026年1月工资代发（146人）",
                   "erp", "马燕", None, gs("ZJ-2602-008", "用途：1月工资代发146人"), False, HR, BIG))
    T.hist("payment", "Routine: Raw coal from the regular mine.",
           payment("DL-ZF-20260303001", "2026-03-03T10:35:00+08:00", PAYER, V01, "1284000", "货款", "原煤（2800吨）",
                   "email", "恒晟煤业 财务部 单丽", "shanli@hengsheng-coal.cn",
                   "吴经理：2月原煤2800吨对账单已双方签字，增值税专票已随车寄出，请按合同安排付款。\n恒晟煤业 财务部 单丽\n"
                   + gs("ZJ-2603-002", "用途：原煤2800吨；收款：恒晟煤业；合同号：DL-CG-2026-002"),
                   False, ACC, BIG, contract_id="DL-CG-2026-002", invoice_no=inv("dl-h11")))
    T.hist("payment", "Routine: Grinding aid from the regular admixture supplier.",
           payment("DL-ZF-20260305001", "2026-03-05T15:45:00+08:00", PAYER, V09, "64800", "货款", "助磨剂（18吨）",
                   "erp", "张敏", None, gs("ZJ-2603-004", "用途：助磨剂18吨；收款：科润外加剂"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-008", invoice_no=inv("dl-h12")))
    T.hist("payment", "Routine: Freight to the regular individual truck driver.",
           payment("DL-ZF-20260310001", "2026-03-10T12:05:00+08:00", PAYER, V07, "13680", "运费", "个体运费（熟料短倒 7车）",
                   "erp", "帕提古丽", None, gs("ZJ-2603-007", "用途：买买提·吐尔逊熟料短倒7车"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: February payroll.",
           payment("DL-ZF-20260313001", "2026-03-13T17:35:00+08:00", PAYER, PAYROLL, "1029600", "工资", "2026年2月工资代发（145人）",
                   "erp", "马燕", None, gs("ZJ-2603-010", "用途：2月工资代发145人"), False, HR, BIG))
    T.hist("payment", "Routine: First payment to the bag maker's new ICBC account after a stamped change letter and a call-back in February.",
           payment("DL-ZF-20260318001", "2026-03-18T11:15:00+08:00", PAYER, V04, "171100", "货款", "水泥包装袋（145000条）",
                   "erp", "张敏", None,
                   gs("ZJ-2603-011", "用途：水泥包装袋14.5万条；收款：宏达包装。该供应商2月25日送来盖章《账户变更函》，开户行由建行改为工行，吴静按档案座机0997-0000619回拨确认"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-004", invoice_no=inv("dl-h15"), changed_at=V04_CHANGED,
                   verification=verification("0997-0000619", FM, "2026-02-26T12:30:00+08:00")))
    T.hist("payment", "Routine: Freight to the regular logistics company.",
           payment("DL-ZF-20260320001", "2026-03-20T14:50:00+08:00", PAYER, V05, "92600", "运费", "2月水泥发运运费",
                   "erp", "帕提古丽", None, gs("ZJ-2603-013", "用途：2月水泥发运运费；收款：通衢物流"),
                   False, CASH, SMALL, contract_id="DL-WL-2026-001", invoice_no=inv("dl-h16")))
    T.hist("payment", "Routine: Mill repair by the regular repair firm.",
           payment("DL-ZF-20260324001", "2026-03-24T16:10:00+08:00", PAYER, V08, "36500", "维修费", "水泥磨减速机检修",
                   "erp", "李卫东", None, gs("ZJ-2603-016", "用途：水泥磨减速机检修；收款：鑫达机电；验收单已签"),
                   False, EQ, SMALL, contract_id="DL-WX-2026-001", invoice_no=inv("dl-h17")))
    T.hist("payment", "Routine: Raw coal from the regular mine.",
           payment("DL-ZF-20260331001", "2026-03-31T11:40:00+08:00", PAYER, V01, "1352000", "货款", "原煤（2900吨）",
                   "erp", "黄磊", None, gs("ZJ-2603-021", "用途：原煤2900吨；收款：恒晟煤业"),
                   False, ACC, BIG, contract_id="DL-CG-2026-002", invoice_no=inv("dl-h18")))
    T.hist("payment", "Routine: Refractory bricks from the regular Henan supplier.",
           payment("DL-ZF-20260403001", "2026-04-03T10:55:00+08:00", PAYER, V06, "286000", "货款", "烧成带耐火砖",
                   "erp", "黄磊", None, gs("ZJ-2604-002", "用途：烧成带耐火砖；收款：嘉诚耐材；合同号：DL-CG-2026-001"),
                   False, ACC, BIG, contract_id="DL-CG-2026-001", invoice_no=inv("dl-h19")))
    T.hist("payment", "Routine: Freight to the regular logistics company; this invoice number is re-submitted later in the test phase.",
           payment("DL-ZF-20260409001", "2026-04-09T15:20:00+08:00", PAYER, V05, "97300", "运费", "3月水泥发运运费",
                   "erp", "帕提古丽", None, gs("ZJ-2604-006", "用途：3月水泥发运运费；收款：通衢物流"),
                   False, CASH, SMALL, contract_id="DL-WL-2026-001", invoice_no=INV_DUP))
    T.hist("payment", "Routine: March payroll.",
           payment("DL-ZF-20260410001", "2026-04-10T18:10:00+08:00", PAYER, PAYROLL, "1058300", "工资", "2026年3月工资代发（147人）",
                   "erp", "马燕", None, gs("ZJ-2604-008", "用途：3月工资代发147人"), False, HR, BIG))
    T.hist("payment", "Routine: Freight to the regular individual truck driver.",
           payment("DL-ZF-20260414001", "2026-04-14T12:45:00+08:00", PAYER, V07, "11940", "运费", "个体运费（熟料短倒 6车）",
                   "erp", "帕提古丽", None, gs("ZJ-2604-011", "用途：买买提·吐尔逊熟料短倒6车"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: Grinding aid from the regular admixture supplier.",
           payment("DL-ZF-20260416001", "2026-04-16T16:00:00+08:00", PAYER, V09, "71280", "货款", "助磨剂（19.8吨）",
                   "erp", "张敏", None, gs("ZJ-2604-013", "用途：助磨剂19.8吨；收款：科润外加剂"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-008", invoice_no=inv("dl-h23")))
    T.hist("payment", "Routine: Cement bags paid to the bag maker's account recorded in February.",
           payment("DL-ZF-20260417001", "2026-04-17T12:10:00+08:00", PAYER, V04, "183700", "货款", "水泥包装袋（155000条）",
                   "erp", "张敏", None, gs("ZJ-2604-014", "用途：水泥包装袋15.5万条；收款：宏达包装；合同号：DL-CG-2026-004"),
                   False, PROC, SMALL, contract_id="DL-CG-2026-004", invoice_no=inv("dl-h24b"), changed_at=V04_CHANGED))
    T.hist("order", "Routine: Repeat order from the established road-building contractor.",
           order("DL-XS-20260421001", "2026-04-21T11:30:00+08:00", C01,
                 [("P.O42.5散装水泥", "1800", "吨", "428.00")], "email", "阿克苏地区乌什县公路项目二标拌合站", "2026-04-28",
                 "款到发货", "钱工邮件下单，第二批"))

    # ------------------------------------------------------------------ test
    T.legit("payment", [], "Routine: Raw coal from the regular mine.",
            payment("DL-ZF-20260506001", "2026-05-06T11:05:00+08:00", PAYER, V01, "1296000", "货款", "原煤（2800吨）",
                    "erp", "黄磊", None, gs("ZJ-2605-002", "用途：原煤2800吨；收款：恒晟煤业；合同号：DL-CG-2026-002"),
                    False, ACC, BIG, contract_id="DL-CG-2026-002", invoice_no=inv("dl-t01")))

    acc_s13 = acct("dl-s13", "6222", 19)
    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "fee_words", "personal_account", "first_time_payee", "phone_instruction",
            "evasion_homophone"],
           "A caller posing as the central bank's account section says the basic account failed its 'annual inspection', asks a 3,200 fee on a clerk's personal card and wants the cashier on his QQ.",
           payment("DL-ZF-20260507001", "2026-05-07T14:30:00+08:00", PAYER,
                   payee("乔文斌", acc_s13, "中国工商银行阿克苏分行", "personal"),
                   "3200", "年检费", "对公账户年检费",
                   "phone", "自称人民银行阿克苏中心支行 账户管理科", "13800008471",
                   "来电记录（帕提古丽 14:05）：对方自称人民银行账户管理科，说我司工行基本户今年年检资料不全，6月底前不补会被列为久悬账户、暂停非柜面业务。"
                   "要交年检服务费3200元到经办人乔文斌账户，并加他扣扣1849203376，把法人身份证、营业执照拍照发过去，说后面还要拉我们财务进一个“年检工作群”。",
                   False, CASH, SMALL))

    T.legit("payment", ["personal_account"],
            "Hard negative: Freight to the individual truck driver paid three times before, to the same personal card.",
            payment("DL-ZF-20260508001", "2026-05-08T12:15:00+08:00", PAYER, V07, "12860", "运费", "个体运费（熟料短倒 7车）",
                    "erp", "帕提古丽", None, gs("ZJ-2605-004", "用途：买买提·吐尔逊熟料短倒7车，过磅单附后"),
                    False, CASH, SMALL))

    T.scam("order", "fake_purchaser", "flag",
           ["institution_claim", "credit_terms_requested", "large_first_order", "far_delivery", "contact_im_only",
            "new_customer", "evasion_fullwidth"],
           "A caller claiming to run materials for a central-SOE railway project orders 3,000 t for a Ruoqiang site on 90-day commercial-paper terms and wants to talk only over QQ.",
           order("DL-XS-20260511001", "2026-05-11T15:05:00+08:00",
                 customer("中建华疆铁路工程有限公司南疆项目部", None, "柴部长", "13800006924", None, None, None),
                 [("P.O42.5散装水泥", "3000", "吨", "430.00")], "phone", "若羌县瓦石峡镇南疆铁路施工二标段（现场有人接货）",
                 "2026-05-16", "供货后90天结算（集团统一走商票）",
                 "柴部长电话：我们是央企，钱少不了你们的，集团规定都是90天账期、商票结算。这批先发3000吨，后面还有两万吨。合同盖我们项目部的章，你们不用来工地看。"
                 f"有事加我{fw('QQ')} 3106688472，工地信号差，电话经常打不通。"))

    T.legit("payment", ["deposit_words", "first_time_payee"],
            "Hard negative: Bid bond for a county road cement tender, paid to the account named in the prefecture public resource trading centre's announcement.",
            payment("DL-ZF-20260512001", "2026-05-12T16:20:00+08:00", PAYER,
                    payee("阿克苏地区公共资源交易中心", acct("dl-ggzy", "3095", 17), "中国农业银行阿克苏分行", "corporate", None, "0997-0000210"),
                    "80000", "投标保证金", "阿克苏—乌什公路改扩建工程水泥采购投标保证金（AKS-GGZY-2026-0517）",
                    "erp", "赵强", None,
                    gs("ZJ-2605-007", "用途：投标保证金8万元，按阿克苏地区公共资源交易中心招标公告（AKS-GGZY-2026-0517）载明的保证金专户缴纳，若未中标由交易中心退回我司基本户；公告截图及专户信息附后"),
                    False, SM, SMALL))

    acc_c_s2 = acct("dl-s2", "6222", 19)
    T.scam("payment", "boss_impersonation", "flag",
           ["im_instruction", "new_contact", "boss_role", "secrecy_words", "bypass_process", "personal_account",
            "first_time_payee", "no_approval", "vague_memo", "evasion_symbols"],
           "A newly added WeChat with the GM's photo asks the accountant to 'lend' 150k from company funds to a friend's personal card and keep it from the finance manager, with an emoji inside the secrecy word.",
           payment("DL-ZF-20260513001", "2026-05-13T17:25:00+08:00", PAYER,
                   payee("邓宏伟", acc_c_s2, "中国工商银行阿克苏分行", "personal"),
                   "150000", "借款", "临时借款",
                   "im", "刘建军", wxid("dl-s2") + "（新加好友，头像同刘总）",
                   "刘建军：小黄，在吗？\n黄磊：刘总您好，在的\n"
                   f"刘建军：我一个老朋友周转差15万，下午要用，你从公司账上先借给他，打他个人卡：邓宏伟，工行 {acc_c_s2}。\n"
                   "刘建军：这事保🤐密，你知我知，不要跟吴静讲，她那边流程一走又是一个礼拜，下个月他就还回来，手续我来补。",
                   True, ACC, []))

    T.legit("order", [], "Routine: Bulk cement order from the established ready-mix plant.",
            order("DL-XS-20260514001", "2026-05-14T11:35:00+08:00", C02,
                  [("P.O42.5散装水泥", "900", "吨", "425.00")], "erp", "阿克苏市金鼎商砼搅拌站", "2026-05-20",
                  "月结30天", "年度购销合同DL-XS-2026-003，5月第二批"))

    s9_payee = payee("新疆诚泰工程咨询服务有限公司", acct("dl-s9", "1078", 18), "中国银行乌鲁木齐分行", "corporate")
    T.scam("payment", "contract_fraud", "flag",
           ["just_below_limit", "first_time_payee", "deposit_words", "no_po_contract"],
           "Structural only: a 198k 'cooperation deposit' to an unknown consultancy with no contract, just under the 200k level that needs the GM's sign-off; the first half of a split (see duolang-t009).",
           payment("DL-ZF-20260515001", "2026-05-15T10:42:00+08:00", PAYER, s9_payee, "198000", "保证金", "工程合作保证金（一）",
                   "erp", "黄磊", None, gs("ZJ-2605-010", "用途：工程合作保证金；收款：诚泰工程咨询；合同号：待补"),
                   False, ACC, SMALL))
    T.scam("payment", "contract_fraud", "flag",
           ["just_below_limit", "split_payment", "first_time_payee", "deposit_words", "no_po_contract"],
           "Structural only: a second 198k to the same new consultancy 44 minutes after the first (duolang-t008), together 396k, which as one payment would have needed the GM.",
           payment("DL-ZF-20260515002", "2026-05-15T11:26:00+08:00", PAYER, s9_payee, "198000", "保证金", "工程合作保证金（二）",
                   "erp", "黄磊", None, gs("ZJ-2605-011", "用途：工程合作保证金；收款：诚泰工程咨询；合同号：待补"),
                   False, ACC, SMALL))

    T.legit("payment", ["deposit_words", "first_time_payee"],
            "Hard negative: Performance bond under a signed supply contract, paid to the long-standing road-building customer's own corporate account named in the contract.",
            payment("DL-ZF-20260518001", "2026-05-18T15:10:00+08:00", PAYER,
                    payee("新疆南疆路桥建设有限公司", acct("dl-c01-pay", "3096", 17), "中国农业银行阿克苏分行", "corporate", None, "0997-0000352"),
                    "150000", "履约保证金", "2026年度水泥供货合同（DL-XS-2026-021）履约保证金",
                    "erp", "赵强", None,
                    gs("ZJ-2605-014", "用途：履约保证金；依据双方5月12日签订的供货合同第九条，缴至合同载明的路桥公司基本户，合同期满无质量问题全额退还；路桥公司为我司三年老客户"),
                    False, SM, SMALL, contract_id="DL-XS-2026-021"))

    acc_s17 = acct("dl-s17", "6214", 19)
    T.scam("payment", "task_rebate", "block",
           ["topup_words", "crypto", "task_rebate_words", "personal_account", "first_time_payee", "vague_memo",
            "evasion_fullwidth"],
           "The buyer asks for a 45k personal loan paid to a stranger's card and forwards an 'investment tutor' urging a USDT top-up, typed in full-width.",
           payment("DL-ZF-20260519001", "2026-05-19T12:55:00+08:00", PAYER,
                   payee("戴雪琴", acc_s17, "招商银行深圳南山支行", "personal"),
                   "45000", "借支", "个人借款",
                   "im", "张敏", wxid("dl-zhangmin"),
                   f"帕提古丽，我找公司借4.5万，吴经理那边我说过了，工资里分三个月扣。直接转这张卡：戴雪琴，招行 {acc_s17}\n"
                   f"（群截图）导师：今天{fw('USDT')}行情好，充值4.5万升级{fw('VIP')}通道，明天就能提现，连本带利6.8万，带单名额只剩最后两个。",
                   True, PROC, SMALL))

    T.scam("payment", "fake_order", "block",
           ["institution_claim", "designated_supplier", "off_catalogue_item", "sales_order_linked", "first_time_payee",
            "fake_payment_proof", "urgency", "evasion_homophone"],
           "Sales asks to advance 86k to an Aral waterproofing shop that a 'barracks office' buyer wants us to buy from for it, on a screenshot of a transfer that 'arrives in two days'.",
           payment("DL-ZF-20260520001", "2026-05-20T14:45:00+08:00", PAYER,
                   payee("阿拉尔市恒固防水材料经营部", acct("dl-s6", "3097", 17), "中国农业银行阿拉尔分行", "corporate"),
                   "86400", "代购货款", "代客户采购防水涂料（销售单DL-XS-0518）",
                   "im", "王鹏（转客户消息）", wxid("dl-wangpeng"),
                   "【某部营房办 程助理】王经理，水泥300吨定了，采购单盖了后勤章发你了。营房屋面还缺防水涂料，我们一直用阿拉尔恒固那家，之前跟他们结账有点不愉快，"
                   "麻烦你们帮忙带购一下，钱你们先付给恒固，跟水泥款一起结。水泥加涂料一共21.54万我们已经对公转了，截图在这，部队财务走账慢，明后天到。\n"
                   "【某部营房办 程助理】恒固那边说今天不付款就不排货。",
                   True, SALES, [SM], order_id="DL-XS-0518"))

    T.legit("payment", ["designated_supplier", "sales_order_linked"],
            "Hard negative: Grinding aid of the brand specified in a road builder's contract, bought from a vetted admixture supplier already in the vendor master after the customer's prepayment cleared.",
            payment("DL-ZF-20260521001", "2026-05-21T11:20:00+08:00", PAYER, V09, "96120", "货款", "助磨剂（南疆路桥特种水泥指定品牌）",
                    "erp", "张敏", None,
                    gs("ZJ-2605-018", "用途：助磨剂26.7吨；南疆路桥合同技术附件指定科润牌助磨剂，客户5月19日预付款已到我司工行账户（银行回单已核），科润外加剂为我司合格供方，今年已合作两次"),
                    False, PROC, SMALL, order_id="DL-XS-0515", contract_id="DL-CG-2026-008", invoice_no=inv("dl-t13")))

    T.scam("payment", "fake_invoice", "block",
           ["duplicate_invoice"],
           "Structural only: a routine freight request carries the logistics invoice number that was already paid on 9 April.",
           payment("DL-ZF-20260522001", "2026-05-22T15:40:00+08:00", PAYER, V05, "97300", "运费", "3月水泥发运运费",
                   "erp", "帕提古丽", None, gs("ZJ-2605-020", "用途：3月水泥发运运费；收款：通衢物流"),
                   False, CASH, SMALL, contract_id="DL-WL-2026-001", invoice_no=INV_DUP))

    T.scam("payment", "authority_impersonation", "block",
           ["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency",
            "first_time_payee", "unusual_bank_region", "no_approval", "evasion_traditional"],
           "A caller posing as the prefecture tax inspection bureau says three input invoices were fake and the company must park 980k in a 'state supervised account' to prove its funds are clean, written down in traditional characters.",
           payment("DL-ZF-20260525001", "2026-05-25T11:10:00+08:00", PAYER,
                   payee("国家税收资金监管中心新疆专户", acct("dl-s12", "6505", 19), "中国建设银行珠海拱北支行", "corporate"),
                   "980000", "税款核查", "配合稽查资金核验",
                   "phone", "自称阿克苏地区税务局稽查局 郜科长", "0997-0000366",
                   "來電記錄（吳靜 10:20）：對方稱阿克蘇地區稅務局稽查局郜科長，說我司去年取得的3張進項發票被認定虛開，法人已被列為涉案人員，需要配合稽查。"
                   "為證明公司資金來源清白，須將98萬轉入國家監管帳戶做資金核查，核查無誤後七個工作日內退回；期間不得向任何人透露，稽查通知書稍後傳真。對方要求今天上午辦完。",
                   True, FM, []))

    T.legit("payment", [], "Routine: Gypsum from the regular quarry.",
            payment("DL-ZF-20260526001", "2026-05-26T16:05:00+08:00", PAYER, V02, "118800", "货款", "石膏（1250吨）",
                    "erp", "张敏", None, gs("ZJ-2605-023", "用途：石膏1250吨；收款：白石石膏；合同号：DL-CG-2026-005"),
                    False, PROC, SMALL, contract_id="DL-CG-2026-005", invoice_no=inv("dl-t16")))

    acc_s8 = acct("dl-s8", "6217", 19)
    T.scam("payment", "contract_fraud", "flag",
           ["middleman_fee", "bigproject_words", "personal_account", "first_time_payee", "secrecy_words",
            "im_instruction", "evasion_spacing"],
           "A self-styled insider promises a guaranteed award of an expressway cement supply tender for an 80k 'coordination fee' on his personal card.",
           payment("DL-ZF-20260527001", "2026-05-27T16:05:00+08:00", PAYER,
                   payee("甘建平", acc_s8, "中国建设银行库尔勒分行", "personal"),
                   "80000", "咨询费", "南疆高速水泥供应入围 前期协调费",
                   "im", "甘建平（自称交投系统关系人）", wxid("dl-s8"),
                   "赵总，南疆高速三期水泥供应那个标，评标组里有我们的人，能保证你们包 中 标，年供应量不低于15万吨。"
                   f"前期协调费8万先打我个人卡 {acc_s8}，公对公不方便。中标后按每吨3块补中介费，不中全退。这事知道的人越少越好。",
                   False, SM, SMALL))

    T.legit("order", ["institution_claim", "new_customer", "large_first_order"],
            "Hard negative: Large first order from a county transport bureau's rural-road office under a published government procurement award, paid in full from the treasury before delivery.",
            order("DL-XS-20260528001", "2026-05-28T12:40:00+08:00",
                  customer("阿瓦提县交通运输局农村公路建设项目办公室", uscc("dl-l6", "11652928"), "孟主任", "0997-0000815",
                           None, None, None),
                  [("P.O42.5袋装水泥", "2000", "吨", "440.00")], "in_person", "阿瓦提县各乡镇农村公路施工点（清单附后）",
                  "2026-06-15", "全款预付（5月27日已由国库集中支付到账）",
                  "县农村公路建设项目政府采购合同（采购编号AWT-ZFCG-2026-033）中标供货，合同已在政府采购网公示。货款880,000元已由国库集中支付到我司工行账户，请按清单送货至各乡镇施工点。"))

    T.scam("payment", "fake_salary", "flag",
           ["payroll_change", "im_instruction", "new_contact", "cannot_call", "personal_account", "first_time_payee",
            "unusual_bank_region", "off_hours", "evasion_pinyin"],
           "Early on a Saturday a 'new WeChat' of a company driver asks HR to pay his wages to a new online-bank card in his name because he is on a long haul without signal.",
           payment("DL-ZF-20260530001", "2026-05-30T09:10:00+08:00", PAYER,
                   payee("王志勇", acct("dl-s11", "6230", 19), "浙江网商银行", "personal"),
                   "8760", "工资", "5月工资（王志勇，变更工资卡）",
                   "im", "王志勇", wxid("dl-s11") + "（新微信）",
                   "马姐早，我是车队王志勇，原来的gz卡丢了，这个月工资打我新办的yhk：网商银行，户名王志勇，卡号我发你图片了。"
                   "我在跑喀什的长途，这几天没信号打不了电话，辛苦了！",
                   False, HR, SMALL))

    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
           "Structural only: the Henan refractory supplier's account was re-keyed 15 days earlier to a Dongguan bank and this routine instalment would be the first payment to it.",
           payment("DL-ZF-20260601001", "2026-06-01T15:30:00+08:00", PAYER,
                   dict(V06, account_no=acct("dl-s3", "7691", 19), bank="中国银行东莞分行"),
                   "312000", "货款", "过渡带耐火砖",
                   "erp", "黄磊", None, gs("ZJ-2606-001", "用途：过渡带耐火砖；收款：嘉诚耐材；合同号：DL-CG-2026-001"),
                   False, ACC, BIG, contract_id="DL-CG-2026-001", invoice_no=inv("dl-t20"),
                   changed_at="2026-05-17T10:25:00+08:00"))

    T.scam("payment", "fake_invoice", "flag",
           ["invoice_trade_words", "first_time_payee", "no_po_contract", "im_instruction"],
           "A Kashgar trading firm offers to issue VAT invoices for coal bought from individual haulers in exchange for a 6% 'tax point' fee.",
           payment("DL-ZF-20260602001", "2026-06-02T16:40:00+08:00", PAYER,
                   payee("喀什宏通达商贸有限公司", acct("dl-s15", "3098", 17), "中国农业银行喀什分行", "corporate"),
                   "52800", "开票费", "煤款补开发票税点（6个点）",
                   "im", "宏通达 财务 小鲁", wxid("dl-s15"),
                   "张经理，你们从散户手里收的那批原煤88万，没票的我们这边可以补开增值税专票，品名就开原煤，六个点，税点5.28万先转我们公司账户，票三天内寄到。"
                   "好多厂都这么弄，放心，票在税务局网站都能查验。",
                   False, PROC, SMALL))

    T.legit("payment", ["account_changed_recent", "first_time_payee", "account_change_words"],
            "Hard negative: First payment to the repair firm's new account, changed nine days earlier on a stamped letter and verified by calling back the landline on file.",
            payment("DL-ZF-20260603001", "2026-06-03T12:50:00+08:00", PAYER,
                    dict(V08, account_no=acct("dl-v08-new", "3099", 17), bank="中国农业银行阿克苏分行"),
                    "42600", "维修费", "篦冷机液压系统检修",
                    "erp", "李卫东", None,
                    gs("ZJ-2606-003", "用途：篦冷机液压系统检修；收款：鑫达机电。5月25日鑫达机电送来盖章《收款账户变更函》（工行改农行），吴静按供应商档案座机0997-0000734回拨其财务负责人确认，并转1元测试已到账"),
                    False, EQ, SMALL, contract_id="DL-WX-2026-001", invoice_no=inv("dl-t22"),
                    changed_at="2026-05-25T15:40:00+08:00",
                    verification=verification("0997-0000734", FM, "2026-05-26T11:15:00+08:00")))

    acc_s1 = acct("dl-s1", "6505", 19)
    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "deposit_words", "cannot_call", "bypass_process",
            "first_time_payee", "no_approval", "boss_role", "urgency", "evasion_pinyin"],
           "In a QQ 'executives' group created that day the fake GM asks the cashier what funds are available, then orders a 780k 'bzj' to an unknown Kashgar road-materials firm, approval to follow.",
           payment("DL-ZF-20260604001", "2026-06-04T12:35:00+08:00", PAYER,
                   payee("新疆恒基路桥物资有限公司", acc_s1, "中国建设银行喀什分行", "corporate"),
                   "780000", "保证金", "南疆高速二期水泥供应保证金",
                   "im", "刘建军", "QQ群：多浪水泥高管沟通群（6月4日新建，群号768204315）",
                   "刘建军：@帕提古丽 你把今天能用的资金情况报一下，工行农行分开说\n"
                   "帕提古丽：刘总，工行可用5,126,880.40，农行873,300.00\n"
                   "刘建军：行。南疆高速二期的水泥供应我跟恒基路桥谈妥了，要先打bzj 78万锁量，账号我发群里。下午三点前办好，我一会儿进会场，电话打不通正常，审批回来补。\n"
                   f"刘建军：户名新疆恒基路桥物资有限公司，建行喀什分行，{acc_s1}",
                   True, CASH, []))

    tp_s19 = third("阿克苏宏远劳务工程队", "13800008546", "pass_through_payee", "4500000")
    T.scam("order", "account_lending", "block",
           ["account_lending_words", "new_customer", "evasion_spacing"],
           "A new contractor wants to wire 4.93m for a 430k cement order and have us forward 4.5m the same day to a labour crew, 'corporate to corporate' to dodge scrutiny of its own account.",
           order("DL-XS-20260605001", "2026-06-05T14:20:00+08:00",
                 customer("新疆锦程路通建设工程有限公司", uscc("dl-s19", "91650102"), "谭总", "13800008539", None,
                          wxid("dl-s19"), None),
                 [("P.O42.5散装水泥", "1000", "吨", "430.00")], "im", "温宿县佳木镇锦程路通项目拌合站", "2026-06-12", "款到发货",
                 "谭总：我们这边会打493万到贵司账户，其中43万是水泥款，剩下450万麻烦当天帮我们转给宏远劳务工程队，是付他们的工程款。"
                 "我们公户直接给他们打会被查流水，走你们这边公对公过 一 下 账就顺了，按千分之三给你们辛苦费。",
                 third_party=tp_s19))

    T.scam("payment", "fake_salary", "block",
           ["payee_not_employee", "personal_account", "first_time_payee"],
           "Structural only: a leaver's final wages are keyed for payment to a personal account in another person's name.",
           payment("DL-ZF-20260608001", "2026-06-08T16:50:00+08:00", PAYER,
                   payee("麦麦提·托合提", acct("dl-s10", "6228", 19), "中国农业银行阿克苏分行", "personal"),
                   "9380", "工资", "离职工资结算（艾力·买买提，5月）",
                   "erp", "马燕", None, gs("ZJ-2606-006", "用途：离职人员工资结算（艾力·买买提，包装车间）；收款人：麦麦提·托合提"),
                   False, HR, SMALL))

    acc_s18 = acct("dl-s18", "6210", 19)
    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "personal_account", "first_time_payee",
            "fake_payment_proof", "urgency", "evasion_homophone"],
           "A new Kuqa ready-mix 'customer' claims an 80k overpayment on a screenshot and wants it back today on his wife's personal card rather than to the paying account.",
           payment("DL-ZF-20260609001", "2026-06-09T15:15:00+08:00", PAYER,
                   payee("吕春燕", acc_s18, "中国邮政储蓄银行库车市支行", "personal"),
                   "80000", "退款", "客户多付货款退回",
                   "im", "王鹏（转客户消息）", wxid("dl-wangpeng"),
                   "【新客户 库车永固商砼 吕总】王经理，我们会计多大了8万，本来付6万的水泥款，结果打了14万过去，转账截图你看。"
                   f"麻烦今天把多的8万退回来，公户退回去要三天，直接退我老婆吕春燕的卡 {acc_s18}，我们等着这笔钱发工资。",
                   True, SALES, [SM]))

    T.legit("payment", [], "Routine: May payroll to the bank payroll account.",
            payment("DL-ZF-20260610001", "2026-06-10T17:20:00+08:00", PAYER, PAYROLL, "1068400", "工资", "2026年5月工资代发（147人）",
                    "erp", "马燕", None, gs("ZJ-2606-008", "用途：5月工资代发147人"), False, HR, BIG))

    T.legit("payment", ["authority_words", "first_time_payee"],
            "Hard negative: Resource tax and environmental protection tax paid to the state treasury through the e-tax bureau's three-party debit.",
            payment("DL-ZF-20260611001", "2026-06-11T11:45:00+08:00", PAYER,
                    payee("国家金库阿克苏地区中心支库", acct("dl-tax", "1600", 16), "中国人民银行阿克苏地区中心支行", "corporate"),
                    "412656.80", "税款", "2026年5月资源税、环境保护税（税库银联网划缴）",
                    "erp", "黄磊", None, gs("ZJ-2606-009", "用途：5月资源税、环境保护税，网上申报后按已签的税库银协议从基本户划缴，申报表附后"),
                    False, ACC, BIG))

    acc_s4 = acct("dl-s4", "7930", 19)
    T.scam("payment", "account_change", "block",
           ["email_instruction", "account_change_words", "account_changed_recent", "payee_name_mismatch",
            "first_time_payee", "urgency", "evasion_spacing"],
           "An e-mail from the coal mine's real (hijacked) mailbox moves coal payments to an 'affiliated trading company' at an Urumqi bank; the new details were keyed in three days earlier.",
           payment("DL-ZF-20260615001", "2026-06-15T11:20:00+08:00", PAYER,
                   dict(V01, name="阿克苏恒晟能源贸易有限公司", account_no=acc_s4, bank="中国光大银行乌鲁木齐分行"),
                   "1318000", "货款", "原煤（2850吨）",
                   "email", "恒晟煤业 财务部 单丽", "shanli@hengsheng-coal.cn",
                   "张经理、吴经理：\n因我矿股权调整，自6月起煤款统一由关联公司阿克苏恒晟能源贸易有限公司收取并开票，原 账 户 已 停 用，请勿再汇入。"
                   f"新收款信息：阿克苏恒晟能源贸易有限公司，光大银行乌鲁木齐分行，{acc_s4}。5月下旬至6月上旬的煤款请于6月15日前付清，以免影响后续发运。\n恒晟煤业 财务部",
                   True, ACC, BIG, contract_id="DL-CG-2026-002", invoice_no=inv("dl-t29"),
                   changed_at="2026-06-12T18:30:00+08:00"))

    T.scam("order", "fake_order", "flag",
           ["remote_control", "institution_claim", "new_customer", "contact_im_only", "evasion_pinyin"],
           "A 'college logistics teacher' ordering bagged cement wants the salesman to install a meeting app, share his screen with 'platform support' and show the company payment code on camera.",
           order("DL-XS-20260616001", "2026-06-16T16:20:00+08:00",
                 customer("阿克苏某职业技术学院后勤管理处", None, "祁老师", "13800007819", None, wxid("dl-s7"), None),
                 [("P.C32.5袋装水泥", "120", "吨", "380.00")], "im", "阿克苏市某职业技术学院新校区工地", "2026-06-20",
                 "学校对公转账",
                 "祁老师：学校付款要走财政支付平台，供应商得先在平台注册。你下载一下“中银会议”，我让平台客服跟你开个会，ping幕共享一下，"
                 "客服一步步教你填收款信息，顺便把你们公司的收款码在视频里亮一下核对。今天弄好，明天就能付款。"))

    T.legit("payment", ["task_rebate_words", "first_time_payee"],
            "Hard negative: Volume rebate paid under the annual sales contract to the ready-mix customer's own corporate account.",
            payment("DL-ZF-20260617001", "2026-06-17T15:35:00+08:00", PAYER,
                    payee("阿克苏市金鼎商砼有限公司", acct("dl-c02-pay", "2908", 19), "中国工商银行阿克苏分行", "corporate", None, "0997-0000465"),
                    "95000", "返利", "2026年1-5月销量返利（年度购销合同DL-XS-2026-003第十一条）",
                    "erp", "黄磊", None,
                    gs("ZJ-2606-012", "用途：销量返利，1-5月提货3.8万吨×2.5元/吨，依据年度购销合同第十一条，转入客户对公基本户（与来款账户一致）"),
                    False, ACC, SMALL, contract_id="DL-XS-2026-003"))

    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "deposit_words", "first_time_payee", "no_po_contract", "im_instruction", "evasion_pinyin"],
           "A 'bridge finance' firm offers to cover the old loan before renewal and asks a 120k deposit to its corporate account first, promising the renewal is 'guaranteed'.",
           payment("DL-ZF-20260618001", "2026-06-18T10:50:00+08:00", PAYER,
                   payee("新疆汇鑫源投资咨询有限公司", acct("dl-s16", "1008", 17), "乌鲁木齐银行南湖路支行", "corporate"),
                   "120000", "保证金", "续贷过桥资金保证金",
                   "im", "汇鑫源 业务经理 纪军", wxid("dl-s16"),
                   "吴经理，你们工行那笔800万下个月到期，续贷前得先还旧贷，我们这边可以提供guo桥资金，日息千分之三，当天放当天收。"
                   "按规矩先交12万保证金到我们公司对公户，过桥结束后退回。银行那边我们熟，续贷批复包过。",
                   False, FM, [GM]))

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "remote_control", "first_time_payee", "vague_memo",
            "im_instruction", "evasion_pinyin"],
           "A loan broker's 'flow-building' plan: 1.2m comes in from a supply-chain firm and goes straight back the same day, three rounds, and someone will collect the USB key.",
           payment("DL-ZF-20260622001", "2026-06-22T15:50:00+08:00", PAYER,
                   payee("新疆锐达供应链管理有限公司", acct("dl-s20", "8860", 18), "昆仑银行乌鲁木齐分行", "corporate"),
                   "1200000", "往来款", "往来款",
                   "im", "融信金服 陶经理（贷款中介）", wxid("dl-s20"),
                   "吴经理，按昨天说的方案，贵司要做的是sls：今天锐达那边打进来120万，你们当天原数转回给锐达，明天再换一家做一轮，三进三出之后银行看到流水就能给贵司批1000万授信。"
                   "U盾今天下午让人上门取一下，我们技术帮你们操作，你们就不用管了。",
                   True, FM, [GM]))

    T.legit("payment", ["personal_account", "first_time_payee"],
            "Hard negative: Travel advance to an employee's own card on an approved advance form.",
            payment("DL-ZF-20260624001", "2026-06-24T11:10:00+08:00", PAYER,
                    payee("李卫东", acct("dl-lwd", "6222", 19), "中国工商银行阿克苏分行", "personal"),
                    "6000", "借款", "出差借支（赴河南巩义耐火材料厂验货）",
                    "erp", "李卫东", None, gs("ZJ-2606-016", "用途：员工出差借支，收款为李卫东本人工资卡，借支单经设备部负责人及财务经理审批，回来凭票冲账"),
                    False, EQ, SMALL))

    T.legit("payment", ["subsidy_words"],
            "Hard negative: June payroll including the company's summer heat allowance, paid through the bank payroll account.",
            payment("DL-ZF-20260710001", "2026-07-10T17:40:00+08:00", PAYER, PAYROLL, "1124900", "工资", "2026年6月工资代发（147人，含高温补贴）",
                    "erp", "马燕", None, gs("ZJ-2607-005", "用途：6月工资代发147人，含6-8月高温补贴（每人每月300元，依据公司薪酬制度），工资表经人事、财务、总经理审批"),
                    False, HR, BIG))
    return T.lines
