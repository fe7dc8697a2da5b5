"""Tenant jinsui: 奎屯金穗农化有限公司, a compound/blended fertiliser maker in Kuitun.

Approval rule seen in history: below 50,000 one approver (finance manager E1102);
50,000 and above also the general manager E1100.
Staff: E1100 蒋立新 总经理, E1102 杜红梅 财务经理, E1105 周晓燕 出纳, E1106 热娜古丽·艾力 会计,
E1110 马兰 人事, E1120 田志强 销售经理, E1121 艾克拜尔 销售, E1130 孙浩 采购, E1140 郭永胜 设备主管.
"""
from lib import (Tenant, ZW, acct, customer, fw, grouped, inv, money, order, payee, payment,
                 third, uscc, verification, wxid)

T = Tenant("jinsui")
PAYER = {"account_no": acct("js-basic", "3091", 17), "account_name": "奎屯金穗农化有限公司"}

GM, FM, CASH, ACC, HR, SM, SALES, PROC, EQ = ("E1100", "E1102", "E1105", "E1106", "E1110",
                                              "E1120", "E1121", "E1130", "E1140")
BIG = [FM, GM]
SMALL = [FM]

# vendor master
V01 = payee("新疆天北尿素销售有限公司", acct("js-v01", "2906", 19), "中国工商银行奎屯分行", "corporate", "V-JS01", "0992-0000231")
V02 = payee("新疆博峰磷化工有限公司", acct("js-v02", "6505", 19), "中国建设银行博乐分行", "corporate", "V-JS02", "0909-0000415")
V03 = payee("奎屯恒利塑编包装有限公司", acct("js-v03", "8810", 18), "新疆奎屯农村商业银行", "corporate", "V-JS03", "0992-0000378")
V04 = payee("奎屯驰远货运有限公司", acct("js-v04", "1076", 18), "中国银行奎屯分行", "corporate", "V-JS04", "0992-0000512")
V05 = payee("胡建国", acct("js-v05", "6217", 19), "中国邮政储蓄银行奎屯市支行", "personal", "V-JS05", "13800001873")
V07_OLD = payee("新疆塔里木钾盐贸易有限公司", acct("js-v07-old", "2905", 19), "中国工商银行若羌县支行", "corporate", "V-JS07", "0996-0000642")
V07 = dict(V07_OLD, account_no=acct("js-v07-new", "6505", 19), bank="中国建设银行库尔勒分行")
V07_CHANGED = "2026-02-09T15:30:00+08:00"
V08 = payee("奎屯精工机电维修有限公司", acct("js-v08", "3091", 17), "中国农业银行奎屯分行", "corporate", "V-JS08", "0992-0000689")
PAYROLL = payee("中国农业银行奎屯分行（工资代发专户）", acct("js-payroll", "3091", 17), "中国农业银行奎屯分行", "corporate", "PAY-JS", None)

# customers
C01 = customer("乌苏市沃源农资连锁有限公司", uscc("js-c01", "91654202"), "贾经理", "0992-0000756", "caigou@woyuannz.cn", None, "C-JS01")
C02 = customer("第七师胡杨河农资有限公司", uscc("js-c02", "91659010"), "孔科长", "0992-0000827", "hyhnz@hyhnongzi.com", None, "C-JS02")
C03 = customer("精河县枸杞种植专业合作社联合社", uscc("js-c03", "93652722"), "邵理事长", "0909-0000563", None, None, "C-JS03")

INV_DUP = inv("js-h-urea-0416")


def erp(no, body):
    return f"金蝶云星空付款申请 {no}：{body}"


def build():
    # ------------------------------------------------------------------ history
    T.hist("payment", "Routine: Potassium chloride from the regular potash trader, to its original ICBC account.",
           payment("JS-FK-20260107001", "2026-01-07T11:20:00+08:00", PAYER, V07_OLD, "186000", "货款", "氯化钾货款（62吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2601-004", "氯化钾货款（62吨），塔里木钾盐，合同JS-CG-2026-001，已审批"),
                   False, CASH, BIG, contract_id="JS-CG-2026-001", invoice_no=inv("js-h01")))
    T.hist("order", "Routine: Compound-fertiliser order from an established farm-supply chain.",
           order("JS-XS-20260108001", "2026-01-08T12:05:00+08:00", C01,
                 [("复合肥（17-17-17）", "120", "吨", "3250.00")], "erp", "乌苏市沃源农资配送中心", "2026-01-15",
                 "款到发货", "春耕备肥第一批，货款已汇"))
    T.hist("payment", "Routine: Urea from the regular urea distributor.",
           payment("JS-FK-20260112001", "2026-01-12T15:40:00+08:00", PAYER, V01, "556800", "货款", "尿素货款（320吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2601-011", "尿素货款（320吨），天北尿素，合同JS-CG-2026-003，发票已验真"),
                   False, CASH, BIG, contract_id="JS-CG-2026-003", invoice_no=inv("js-h03")))
    T.hist("payment", "Routine: Woven bags from the regular bag maker.",
           payment("JS-FK-20260114001", "2026-01-14T10:45:00+08:00", PAYER, V03, "46000", "货款", "编织袋（40000条）",
                   "erp", "周晓燕", None, erp("FKSQ-2601-015", "50kg覆膜编织袋4万条，恒利塑编，合同JS-CG-2026-002"),
                   False, CASH, SMALL, contract_id="JS-CG-2026-002", invoice_no=inv("js-h04")))
    T.hist("payment", "Routine: December payroll to the bank payroll account.",
           payment("JS-FK-20260115001", "2026-01-15T17:30:00+08:00", PAYER, PAYROLL, "438600", "工资", "2025年12月工资代发（62人）",
                   "erp", "马兰", None, erp("FKSQ-2601-018", "2025年12月工资代发62人，工资表经人事、财务、总经理审核"),
                   False, HR, BIG))
    T.hist("payment", "Routine: Freight to an individual truck driver used regularly.",
           payment("JS-FK-20260120001", "2026-01-20T16:10:00+08:00", PAYER, V05, "8640", "运费", "个体运费（奎屯—乌苏 3车）",
                   "erp", "周晓燕", None, erp("FKSQ-2601-022", "个体司机胡建国运费，奎屯至乌苏3车，过磅单附后"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: Monoammonium phosphate from the regular phosphate producer.",
           payment("JS-FK-20260122001", "2026-01-22T11:35:00+08:00", PAYER, V02, "651000", "货款", "磷酸一铵货款（210吨）",
                   "erp", "热娜古丽·艾力", None, erp("FKSQ-2601-025", "磷酸一铵210吨，博峰磷化工，合同JS-CG-2026-005"),
                   False, ACC, BIG, contract_id="JS-CG-2026-005", invoice_no=inv("js-h07")))
    T.hist("order", "Routine: Compound-fertiliser order from an established division farm-supply company.",
           order("JS-XS-20260203001", "2026-02-03T12:40:00+08:00", C02,
                 [("复合肥（15-15-15）", "200", "吨", "3150.00")], "email", "胡杨河市一二八团农资库", "2026-02-12",
                 "款到发货", "年度框架合同第1批"))
    T.hist("payment", "Routine: Freight to the regular haulier.",
           payment("JS-FK-20260205001", "2026-02-05T14:20:00+08:00", PAYER, V04, "36500", "运费", "1月外运运费",
                   "erp", "周晓燕", None, erp("FKSQ-2602-006", "1月化肥外运运费，驰远货运，对账单已签"),
                   False, CASH, SMALL, contract_id="JS-WL-2026-001", invoice_no=inv("js-h09")))
    T.hist("payment", "Routine: January payroll before the Spring Festival.",
           payment("JS-FK-20260211001", "2026-02-11T18:10:00+08:00", PAYER, PAYROLL, "448200", "工资", "2026年1月工资代发（63人）",
                   "erp", "马兰", None, erp("FKSQ-2602-013", "1月工资代发63人，节前发放"),
                   False, HR, BIG))
    T.hist("payment", "Routine: First payment to the potash trader's new CCB account after a stamped change letter and a call-back in February.",
           payment("JS-FK-20260226001", "2026-02-26T11:15:00+08:00", PAYER, V07, "242000", "货款", "氯化钾货款（80吨）",
                   "erp", "周晓燕", None,
                   erp("FKSQ-2602-021", "氯化钾货款（80吨），塔里木钾盐。该供应商2月9日来盖章变更函，开户行改为建行库尔勒分行，已按档案座机0996-0000642回拨确认"),
                   False, CASH, BIG, contract_id="JS-CG-2026-007", invoice_no=inv("js-h11"), changed_at=V07_CHANGED,
                   verification=verification("0996-0000642", FM, "2026-02-10T12:40:00+08:00")))
    T.hist("payment", "Routine: Urea from the regular urea distributor.",
           payment("JS-FK-20260304001", "2026-03-04T10:50:00+08:00", PAYER, V01, "498000", "货款", "尿素货款（290吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2603-003", "尿素货款（290吨），天北尿素，合同JS-CG-2026-009"),
                   False, CASH, BIG, contract_id="JS-CG-2026-009", invoice_no=inv("js-h12")))
    T.hist("order", "Routine: Blended-fertiliser order from an established wolfberry cooperative federation.",
           order("JS-XS-20260305001", "2026-03-05T16:25:00+08:00", C03,
                 [("枸杞专用掺混肥", "80", "吨", "3380.00")], "phone", "精河县托里镇联合社农资仓库", "2026-03-12",
                 "款到发货", "邵理事长来电下单，款已到账后发货"))
    T.hist("payment", "Routine: Freight to the regular individual truck driver.",
           payment("JS-FK-20260310001", "2026-03-10T15:05:00+08:00", PAYER, V05, "9720", "运费", "个体运费（奎屯—精河 3车）",
                   "erp", "周晓燕", None, erp("FKSQ-2603-008", "胡建国个体运费，奎屯至精河3车"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: February payroll.",
           payment("JS-FK-20260313001", "2026-03-13T17:45:00+08:00", PAYER, PAYROLL, "441300", "工资", "2026年2月工资代发（63人）",
                   "erp", "马兰", None, erp("FKSQ-2603-012", "2月工资代发63人"),
                   False, HR, BIG))
    T.hist("payment", "Routine: Woven bags from the regular bag maker.",
           payment("JS-FK-20260317001", "2026-03-17T11:40:00+08:00", PAYER, V03, "38400", "货款", "编织袋（32000条）",
                   "erp", "周晓燕", None, erp("FKSQ-2603-016", "编织袋3.2万条，恒利塑编，合同JS-CG-2026-002第二批"),
                   False, CASH, SMALL, contract_id="JS-CG-2026-002", invoice_no=inv("js-h16")))
    T.hist("payment", "Routine: Granulator maintenance by the regular repair firm.",
           payment("JS-FK-20260319001", "2026-03-19T14:30:00+08:00", PAYER, V08, "14200", "维修费", "造粒机年度检修",
                   "email", "郭永胜", "guoyongsheng@jinsui-agro.cn",
                   "杜经理：造粒机年度检修已完成，精工机电的维修单和验收单扫描件附后，付款申请FKSQ-2603-019已在金蝶提交，请审批。\n郭永胜",
                   False, EQ, SMALL, contract_id="JS-WX-2026-001", invoice_no=inv("js-h17")))
    T.hist("payment", "Routine: Potash paid to the trader's CCB account recorded in February.",
           payment("JS-FK-20260324001", "2026-03-24T12:20:00+08:00", PAYER, V07, "263500", "货款", "氯化钾货款（85吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2603-024", "氯化钾货款（85吨），塔里木钾盐，合同JS-CG-2026-007"),
                   False, CASH, BIG, contract_id="JS-CG-2026-007", invoice_no=inv("js-h18"), changed_at=V07_CHANGED))
    T.hist("payment", "Routine: Monoammonium phosphate from the regular producer.",
           payment("JS-FK-20260327001", "2026-03-27T10:35:00+08:00", PAYER, V02, "683200", "货款", "磷酸一铵货款（220吨）",
                   "erp", "热娜古丽·艾力", None, erp("FKSQ-2603-027", "磷酸一铵220吨，博峰磷化工，合同JS-CG-2026-005第二批"),
                   False, ACC, BIG, contract_id="JS-CG-2026-005", invoice_no=inv("js-h19")))
    T.hist("order", "Routine: Spring order from the established farm-supply chain.",
           order("JS-XS-20260401001", "2026-04-01T16:00:00+08:00", C01,
                 [("复合肥（17-17-17）", "200", "吨", "3260.00"), ("复合肥（20-10-10）", "120", "吨", "3120.00")],
                 "email", "乌苏市沃源农资配送中心", "2026-04-08", "款到发货", "春播追肥，按两批发"))
    T.hist("payment", "Routine: Freight to the regular haulier.",
           payment("JS-FK-20260408001", "2026-04-08T11:25:00+08:00", PAYER, V04, "41800", "运费", "3月外运运费",
                   "erp", "周晓燕", None, erp("FKSQ-2604-005", "3月化肥外运运费，驰远货运"),
                   False, CASH, SMALL, contract_id="JS-WL-2026-001", invoice_no=inv("js-h21")))
    T.hist("payment", "Routine: March payroll.",
           payment("JS-FK-20260410001", "2026-04-10T18:05:00+08:00", PAYER, PAYROLL, "452700", "工资", "2026年3月工资代发（66人）",
                   "erp", "马兰", None, erp("FKSQ-2604-009", "3月工资代发66人，含春耕旺季加班费"),
                   False, HR, BIG))
    T.hist("payment", "Routine: Freight to the regular individual truck driver.",
           payment("JS-FK-20260414001", "2026-04-14T15:15:00+08:00", PAYER, V05, "10260", "运费", "个体运费（奎屯—乌苏 3车）",
                   "erp", "周晓燕", None, erp("FKSQ-2604-013", "胡建国个体运费3车"),
                   False, CASH, SMALL))
    T.hist("payment", "Routine: Urea from the regular distributor; this invoice number is re-submitted later in the test phase.",
           payment("JS-FK-20260416001", "2026-04-16T10:40:00+08:00", PAYER, V01, "612000", "货款", "尿素货款（360吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2604-016", "尿素货款（360吨），天北尿素，合同JS-CG-2026-019"),
                   False, CASH, BIG, contract_id="JS-CG-2026-019", invoice_no=INV_DUP))
    T.hist("payment", "Routine: Routine repair by the regular repair firm.",
           payment("JS-FK-20260423001", "2026-04-23T12:30:00+08:00", PAYER, V08, "9600", "维修费", "包装秤校准及皮带更换",
                   "erp", "郭永胜", None, erp("FKSQ-2604-021", "包装秤校准、输送皮带更换，精工机电"),
                   False, EQ, SMALL, contract_id="JS-WX-2026-001", invoice_no=inv("js-h25")))

    # ------------------------------------------------------------------ test
    T.legit("payment", [], "Routine: Urea from the regular distributor.",
            payment("JS-FK-20260506001", "2026-05-06T11:30:00+08:00", PAYER, V01, "574000", "货款", "尿素货款（340吨）",
                    "erp", "周晓燕", None, erp("FKSQ-2605-002", "尿素货款（340吨），天北尿素，合同JS-CG-2026-024"),
                    False, CASH, BIG, contract_id="JS-CG-2026-024", invoice_no=inv("js-t01")))

    fake_c01 = customer("乌苏沃源农资连锁经营有限公司", uscc("js-fake-c01", "91654202"), "贾经理", "13800004162",
                        "woyuan_nz@163.com", "QQ:2874419036", None)
    T.scam("order", "fake_purchaser", "flag",
           ["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "credit_terms_requested",
            "far_delivery", "large_first_order"],
           "A name two characters off the established Wusu customer, writing from a free mailbox and QQ, orders 800 t for an Yining logistics-park warehouse on 60-day credit.",
           order("JS-XS-20260507001", "2026-05-07T15:20:00+08:00", fake_c01,
                 [("复合肥（17-17-17）", "800", "吨", "3280.00")], "email", "伊宁县墩麻扎镇物流园B区17号中转仓", "2026-05-12",
                 "货到后60天付款",
                 "贾经理来邮件：我们老板让我用这个新采购邮箱下单，原来公司邮箱在迁移，座机这几天也没人接。今年伊犁新开了三家门店，这批800吨直接送伊宁物流园的中转仓，按老客户的规矩给60天账期就行。价格就按你们报的，不用再谈，有事QQ上找我。"))

    T.legit("payment", ["deposit_words", "first_time_payee"],
            "Hard negative: Bid bond for a farmland-project fertiliser tender, paid to the account named in the city public resource trading centre's announcement.",
            payment("JS-FK-20260508001", "2026-05-08T12:10:00+08:00", PAYER,
                    payee("奎屯市公共资源交易中心", acct("js-ggzy", "6505", 19), "中国建设银行奎屯分行", "corporate", None, "0992-0000105"),
                    "48000", "投标保证金", "奎屯市2026年高标准农田建设项目配套肥料采购投标保证金（KT-GGZY-2026-0431）",
                    "erp", "田志强", None,
                    erp("FKSQ-2605-006", "投标保证金4.8万元，按奎屯市公共资源交易中心招标公告（项目编号KT-GGZY-2026-0431）第十二条所列保证金专户缴纳，开标后未中标原路退回；公告及专户信息截图附后"),
                    False, SM, BIG))

    acc_s1 = acct("js-s1", "3091", 17)
    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "secrecy_words", "bypass_process", "first_time_payee",
            "no_approval", "boss_role", "urgency"],
           "In a WeChat group opened that lunchtime the fake GM has the cashier read out the bank balance, then orders a 386k 'deposit' to an unknown Yining company and tells her to keep the finance manager out of it.",
           payment("JS-FK-20260511001", "2026-05-11T13:52:00+08:00", PAYER,
                   payee("伊犁瑞丰农业科技有限公司", acc_s1, "中国农业银行伊宁市解放路支行", "corporate"),
                   "386000", "订金", "种子包衣剂项目订金",
                   "im", "蒋立新", "微信群：金穗经营管理群（当天13:20新建，群主“蒋立新”）",
                   "蒋立新：@周晓燕 农行基本户现在能动的还有多少？把余额页面拍一下发上来\n"
                   "周晓燕：蒋总，农行可用3,912,406.55元，信用社那边还有二十来万\n"
                   "蒋立新：好。伊犁瑞丰那个种子包衣剂项目我刚谈下来，对方要先收38.6万订金才锁货，今天下班前必须到。\n"
                   f"蒋立新：伊犁瑞丰农业科技有限公司 农行伊宁解放路支行 {acc_s1}\n"
                   "蒋立新：这事你知我知，先不要惊动杜经理，签字的单子我回奎屯再补。",
                   True, CASH, []))

    T.legit("order", [], "Routine: Framework-contract order from the established division farm-supply company.",
            order("JS-XS-20260512001", "2026-05-12T10:55:00+08:00", C02,
                  [("复合肥（15-15-15）", "260", "吨", "3180.00")], "email", "胡杨河市一二八团农资库", "2026-05-20",
                  "款到发货", "年度框架合同第2批，孔科长邮件确认"))

    acc_s16 = acct("js-s16", "6231", 19)
    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo", "urgency",
            "evasion_homophone"],
           "A buyer caught in a 'combined order' task scam asks the cashier for a 32k personal advance paid to a stranger's card, pasting the platform's top-up demand.",
           payment("JS-FK-20260513001", "2026-05-13T14:25:00+08:00", PAYER,
                   payee("覃海波", acc_s16, "广西北部湾银行南宁分行", "personal"),
                   "32000", "借支", "个人借支（急用）",
                   "im", "孙浩", wxid("js-sunhao"),
                   "晓燕，帮个忙，我这边急用3.2万，走个人借支，下个月工资里扣。钱直接打到这张卡：覃海波，北部湾银行，"
                   f"{acc_s16}。\n"
                   "（转发截图）【任务中心】您当前处于第3单连单任务，需补充值32000元完成本轮，本轮返力比例18%，完成后本金+佣金一次提现；超时未完成账户将被冻结。",
                   True, PROC, [FM]))

    T.legit("payment", ["personal_account"],
            "Hard negative: Freight to the individual truck driver paid three times before, to the same personal card.",
            payment("JS-FK-20260514001", "2026-05-14T11:40:00+08:00", PAYER, V05, "11040", "运费", "个体运费（奎屯—胡杨河 4车）",
                    "erp", "周晓燕", None, erp("FKSQ-2605-010", "胡建国个体运费，奎屯至胡杨河4车，过磅单4张"),
                    False, CASH, SMALL))

    acc_s10 = acct("js-s10", "6228", 19)
    T.scam("payment", "fake_salary", "block",
           ["payroll_change", "payee_not_employee", "personal_account", "im_instruction", "new_contact",
            "evasion_homophone"],
           "A newly added WeChat claiming to be a worker who left in April asks HR to pay his final wages to his 'cousin's' card because his own is 'frozen'.",
           payment("JS-FK-20260515001", "2026-05-15T17:10:00+08:00", PAYER,
                   payee("吾买尔江·肉孜", acc_s10, "中国农业银行乌苏市支行", "personal"),
                   "7860", "工资", "离职工资结算（阿力木·沙吾提，4月）",
                   "im", "阿力木·沙吾提", wxid("js-s10") + "（新加好友）",
                   "马姐，我是原来混配车间的阿力木，4月底走的。我那张工资银航卡被冻住了，说是牵扯到别人的案子，暂时用不了。"
                   "麻烦把我最后一个月工资打到我表哥吾买尔江的卡上，他再转给我，卡号："
                   f"{acc_s10}。谢谢马姐！",
                   False, HR, [FM]))

    T.legit("payment", ["account_changed_long_ago"],
            "Hard negative: Potash paid to the trader whose account change was verified in February and used twice since.",
            payment("JS-FK-20260518001", "2026-05-18T15:35:00+08:00", PAYER, V07, "258600", "货款", "氯化钾货款（82吨）",
                    "erp", "周晓燕", None, erp("FKSQ-2605-014", "氯化钾货款（82吨），塔里木钾盐，合同JS-CG-2026-021"),
                    False, CASH, BIG, contract_id="JS-CG-2026-021", invoice_no=inv("js-t09"), changed_at=V07_CHANGED))

    acc_s12 = acct("js-s12", "3910", 19)
    T.scam("payment", "authority_impersonation", "block",
           ["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency",
            "first_time_payee", "unusual_bank_region", "no_approval", "evasion_spacing", "evasion_symbols"],
           "A caller posing as the city police economic-crime unit tells the cashier the account will be frozen unless its funds go to a 'national supervised account' for verification, and to tell no one.",
           payment("JS-FK-20260519001", "2026-05-19T12:20:00+08:00", PAYER,
                   payee("国家资金清算监管中心奎屯专户", acc_s12, "中国光大银行深圳福田支行", "corporate"),
                   "1500000", "划转", "临时划转（核查后退回）",
                   "phone", "自称奎屯市公安局经侦大队 王警官", "13800007315",
                   "来电记录（周晓燕 12:05）：对方自称市公安局经侦大队王警官，说我公司农行基本户被人利用给境外网赌平台过钱，已经列入冻结名单，下午就冻。"
                   f"要保住账户，得先把户里的流动资金转到国家监{ZW}管账户，做资 金 核 查，查清楚后24小时内原数返还。"
                   "对方一再说案子在侦办阶段，不能告诉公司其他人包括老板，先不要惊动别人，电话也别挂，查完给公司出无犯罪证明。",
                   True, CASH, []))

    tp_s7 = third("昌吉市禾泉节水灌溉设备经销部", "13800006257 陶老板", "designated_supplier", "94400")
    T.scam("order", "fake_order", "block",
           ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer",
            "contact_im_only", "urgency", "evasion_pinyin"],
           "A self-styled armed-police logistics assistant orders organic fertiliser plus drip-irrigation kits we do not make, wants us to pay his Changji supplier first and offers only a transfer screenshot.",
           order("JS-XS-20260520001", "2026-05-20T10:30:00+08:00",
                 customer("武警某部后勤保障处", None, "刘助理", "13800006218", None, wxid("js-s7"), None),
                 [("有机肥（颗粒）", "60", "吨", "1150.00"), ("滴灌带及首部过滤器（代购）", "40", "套", "2360.00")],
                 "im", "奎屯市郊某营区（到了电话引导）", "2026-05-23", "对公转账（已发转账截图）",
                 "刘助理：营区苗圃要上滴灌，有机肥就在你们这订了。滴灌设备我们一直在昌吉禾泉拿，上回跟他们老板闹得有点不愉快，我们不好直接出面，"
                 "麻烦你们先垫fu给他，连同肥料款一起走我们后勤的对公账。16.34万的转账截图已经发你了，对公要隔天才到，设备那边今天不打款就排不上货。",
                 third_party=tp_s7))

    T.legit("payment", ["deposit_words"],
            "Hard negative: Returnable pallet deposit to the regular bag and pallet supplier, refunded when the pallets go back.",
            payment("JS-FK-20260522001", "2026-05-22T11:15:00+08:00", PAYER, V03, "16000", "押金", "周转木托盘押金（400块×40元）",
                    "erp", "周晓燕", None,
                    erp("FKSQ-2605-019", "周转木托盘400块押金，恒利塑编，退托盘时按原价退回，押金收据附后"),
                    False, CASH, SMALL, contract_id="JS-CG-2026-002"))

    acc_s14 = acct("js-s14", "6216", 19)
    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency",
            "evasion_traditional"],
           "A 'loan adviser' writing in traditional characters says a 3m unsecured loan is approved but the lender first needs 200k 'capital verification' on his risk officer's personal card.",
           payment("JS-FK-20260525001", "2026-05-25T15:50:00+08:00", PAYER,
                   payee("雷志鹏", acc_s14, "中国银行西安高新技术开发区支行", "personal"),
                   "200000", "验资", "贷款验资款（验资后原路退回）",
                   "im", "鑫汇融通 客户经理 雷志鹏", wxid("js-s14"),
                   "蔣總、杜經理好，貴司三百萬經營貸已經審批下來，年化3.65%，無抵押。按放款銀行要求，放款前要做一次還款能力驗資："
                   "請把20萬轉到我們風控專員的個人帳戶，系統看到流水就自動放款，驗資完成後20萬連同貸款一起打回貴司基本戶。"
                   "今天下午五點前辦完，明天上午就到賬。",
                   True, FM, [GM]))

    T.legit("order", ["new_customer", "large_first_order"],
            "Hard negative: Large first order from a new Tacheng farming company, fully prepaid from its own account and checked against the bank receipt.",
            order("JS-XS-20260526001", "2026-05-26T10:45:00+08:00",
                  customer("塔城市额敏河农业发展有限公司", uscc("js-l7", "91654201"), "阎经理", "0901-0000372",
                           "yanjl@eminhe-agri.cn", None, None),
                  [("掺混肥（BB肥）", "600", "吨", "3020.00")], "email", "塔城市恰夏镇额敏河农业公司仓库", "2026-06-10",
                  "全款预付（5月25日已到账，农行回单已核）",
                  "夏季追肥统一采购。货款1,812,000元已于5月25日从我司建行基本户汇入贵司农行账户，付款户名与合同一致，请财务核对后分三批发货。"))

    T.scam("order", "fake_purchaser", "flag",
           ["small_then_large", "third_party_payer", "new_customer", "large_first_order", "credit_terms_requested",
            "contact_im_only", "evasion_homophone"],
           "After a 20 t trial order paid by a 'cousin's company', a Bole trader asks for 500 t on 30-day credit and wants all contact moved to his WeChat.",
           order("JS-XS-20260527001", "2026-05-27T18:40:00+08:00",
                 customer("博乐市丰泽农资贸易有限公司", uscc("js-s6", "91652701"), "钟建成", "13800005247", None,
                          wxid("js-s6"), None),
                 [("掺混肥（BB肥）", "500", "吨", "3050.00")], "im", "博乐市小营盘镇丰泽农资仓库", "2026-06-01",
                 "货到30天付款",
                 "钟建成：上个月那20吨是我表哥公司替我们付的款，你们也收到了，合作挺顺。这回合作社统一采购要500吨，老规矩货到了30天内结清。"
                 "以后下单直接加我威信，电话我在地里经常听不见。"))

    T.legit("payment", [], "Routine: Woven bags from the regular bag maker.",
            payment("JS-FK-20260528001", "2026-05-28T14:10:00+08:00", PAYER, V03, "39800", "货款", "编织袋（34000条）",
                    "erp", "周晓燕", None, erp("FKSQ-2605-024", "编织袋3.4万条，恒利塑编，合同JS-CG-2026-002第四批"),
                    False, CASH, SMALL, contract_id="JS-CG-2026-002", invoice_no=inv("js-t16")))

    T.scam("payment", "contract_fraud", "flag",
           ["bigproject_words", "deposit_words", "fee_asked_of_seller", "first_time_payee", "shell_company",
            "no_po_contract", "email_instruction", "urgency", "evasion_spacing"],
           "A three-month-old 'agricultural development' firm claiming a national farmland project wants a 200k 'cooperation guarantee' before it will sign an exclusive fertiliser supply deal.",
           payment("JS-FK-20260529001", "2026-05-29T13:05:00+08:00", PAYER,
                   payee("新疆天禾汇通农业发展有限公司", acct("js-s9", "6226", 16), "中国民生银行乌鲁木齐分行", "corporate"),
                   "200000", "合作保障金", "高标准农田项目肥料独家供应 合作保障金",
                   "email", "天禾汇通 项目部 邵总", "shaozong_th@tianhehuitong.com",
                   "贵司：\n我司承接的伊犁河谷国家级高标准农田提升工程（一期12万亩）已进入实施阶段，经筛选贵司入围配套肥料独家供应商。"
                   "按项目管理办法，入围单位须在签约前缴纳履 约 金（合作保障金）20万元至我司账户，签约后首批订单不少于3000吨，保障金在项目结束后无息退还。"
                   "名额有限，请于5月31日前完成缴纳，逾期视为自动放弃。\n新疆天禾汇通农业发展有限公司 项目部",
                   True, SM, BIG))

    T.scam("payment", "fake_order", "block",
           ["institution_claim", "designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
            "fake_payment_proof", "urgency", "evasion_symbols"],
           "Sales asks to advance 47.5k to a Shihezi shopkeeper's card for potting soil a 'school teacher' wants bought for her, backed only by a transfer screenshot.",
           payment("JS-FK-20260601001", "2026-06-01T11:50:00+08:00", PAYER,
                   payee("蔡文涛", acct("js-s8", "6210", 19), "中国邮政储蓄银行石河子市支行", "personal"),
                   "47500", "代购货款", "代客户采购营养土及育苗盘（销售单JS-XS-0526-03）",
                   "im", "艾克拜尔（转客户消息）", wxid("js-aikebaier"),
                   "【奎屯某中学 徐老师】艾经理，你们的有机肥学校定了。劳动实践基地大棚还缺营养土和育苗盘，我们一直在石河子蔡老板那儿拿，他只收现款。"
                   "麻烦你们先帮我们垫💰一下，4.75万，学校财务已经把全部款子打过去了，截图你看，周三前肯定到。\n[图片：转账成功]\n"
                   "【奎屯某中学 徐老师】蔡老板那边今天要钱，不然周末就没货了。",
                   True, SALES, [SM], order_id="JS-XS-0526-03"))

    T.legit("payment", ["refund_words", "overpayment", "first_time_payee"],
            "Hard negative: An established customer paid one order twice; the duplicate is returned to the paying account after the bank confirmed receipt.",
            payment("JS-FK-20260602001", "2026-06-02T16:30:00+08:00", PAYER,
                    payee("第七师胡杨河农资有限公司", acct("js-c02-pay", "6505", 19), "中国建设银行胡杨河分行", "corporate"),
                    "826800", "退款", "重复付款原路退回（订单JS-XS-20260512001）",
                    "erp", "热娜古丽·艾力", None,
                    erp("FKSQ-2606-002", "胡杨河农资5月29日对框架合同第2批订单重复汇款826,800元，农行回单已确认到账；经孔科长邮件确认，按原路退回至来款账户（户名、账号与回单一致）"),
                    False, ACC, BIG, order_id="JS-XS-20260512001"))

    T.scam("payment", "fake_invoice", "block",
           ["duplicate_invoice"],
           "Structural only: a routine urea request carries the invoice number that was already paid in full on 16 April.",
           payment("JS-FK-20260603001", "2026-06-03T12:45:00+08:00", PAYER, V01, "612000", "货款", "尿素货款（360吨）",
                   "erp", "周晓燕", None, erp("FKSQ-2606-003", "尿素货款（360吨），天北尿素，合同JS-CG-2026-019"),
                   False, CASH, BIG, contract_id="JS-CG-2026-019", invoice_no=INV_DUP))

    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "first_time_payee"],
           "Structural only: the phosphate supplier's bank account was re-keyed eight days earlier and this ordinary instalment would be the first payment to it.",
           payment("JS-FK-20260605001", "2026-06-05T15:10:00+08:00", PAYER,
                   dict(V02, account_no=acct("js-s3", "1040", 18), bank="中国银行博乐分行"),
                   "715000", "货款", "磷酸一铵货款（230吨）",
                   "erp", "热娜古丽·艾力", None, erp("FKSQ-2606-005", "磷酸一铵230吨，博峰磷化工，合同JS-CG-2026-011"),
                   False, ACC, BIG, contract_id="JS-CG-2026-011", invoice_no=inv("js-t21"),
                   changed_at="2026-05-28T11:42:00+08:00"))

    T.legit("payment", ["urgency", "off_hours"],
            "Hard negative: Saturday-night emergency gearbox repair by the regular repair firm, approved online by the finance manager and the GM.",
            payment("JS-FK-20260606001", "2026-06-06T20:45:00+08:00", PAYER, V08, "23800", "维修费", "造粒机主减速机抢修",
                    "erp", "郭永胜", None,
                    erp("FKSQ-2606-007", "造粒机主减速机轴承抱死，夜班停产。精工机电连夜抢修更换轴承，维修单和验收单已附，杜红梅、蒋立新已在线审批"),
                    True, EQ, BIG, contract_id="JS-WX-2026-001", invoice_no=inv("js-t22")))

    T.scam("payment", "fake_salary", "flag",
           ["payroll_change", "email_instruction", "free_mail", "cannot_call", "personal_account", "first_time_payee",
            "unusual_bank_region"],
           "A free-mail message 'from' a warehouse worker asks HR to pay his May wages to a new card at a Chengdu bank and to answer only by e-mail.",
           payment("JS-FK-20260609001", "2026-06-09T17:20:00+08:00", PAYER,
                   payee("杨帆", acct("js-s11", "6229", 19), "四川天府银行成都分行", "personal"),
                   "6420", "工资", "5月工资（杨帆，变更工资卡后单独发放）",
                   "email", "杨帆", "yangfan_0517@qq.com",
                   "马主管您好：\n我是仓储部杨帆。原来那张农行卡上周丢了正在挂失，补卡得回老家办。这个月工资麻烦发到我新办的卡上：四川天府银行，户名杨帆，"
                   "账号见附件。车间这几天轮班，白天接电话不方便，有问题邮件回我就行。谢谢！",
                   False, HR, [FM]))

    T.legit("payment", [], "Routine: May payroll to the bank payroll account.",
            payment("JS-FK-20260610001", "2026-06-10T10:20:00+08:00", PAYER, PAYROLL, "468900", "工资", "2026年5月工资代发（73人）",
                    "erp", "马兰", None, erp("FKSQ-2606-009", "5月工资代发73人，含季节性混配工"),
                    False, HR, BIG))

    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "fee_words", "first_time_payee", "im_instruction", "no_po_contract", "evasion_pinyin"],
           "A loan broker promises a 5m unsecured credit line and asks for a 45k service fee and 'risk deposit' to its corporate account before disbursement.",
           payment("JS-FK-20260611001", "2026-06-11T14:55:00+08:00", PAYER,
                   payee("新疆鼎信融资咨询服务有限公司", acct("js-s15", "1007", 17), "乌鲁木齐银行新华北路支行", "corporate"),
                   "45000", "服务费", "经营贷500万 前期服务费及风险金",
                   "im", "鼎信 客户经理 范晓军", wxid("js-s15"),
                   "杜经理，500万额度已经帮您对接到银行了，无抵押，最快三天放款。fk前要先交两笔：前期服务费1.5万，另外3万是fxj（风险保障金），"
                   "放款后风险金跟第一期利息一起退。这两项都走我们公司对公，开正规发票。今天交了明天就能上会。",
                   False, FM, []))

    T.legit("payment", ["authority_words", "safe_account_words", "first_time_payee"],
            "Hard negative: Printing of anti-fraud handbooks for a training session run with the park police station; the text quotes scam phrases but the payee is an ordinary printer on a signed quote.",
            payment("JS-FK-20260612001", "2026-06-12T11:35:00+08:00", PAYER,
                    payee("奎屯市博文印务有限公司", acct("js-print", "3091", 17), "中国农业银行奎屯分行", "corporate", None, "0992-0000463"),
                    "3860", "宣传费", "反诈手册及展板印制（开发区派出所联合培训）",
                    "erp", "马兰", None,
                    erp("FKSQ-2606-011", "6月18日开发区派出所民警来厂开展反诈培训，配套印制《企业财务反诈手册》300册、展板6块，报价单已盖章。"
                        "手册内容由派出所提供，包括“公检法不会让你把钱转到安全账户”“资金核查、冻结账户的电话都是诈骗”等提示"),
                    False, HR, SMALL, invoice_no=inv("js-t26")))

    acc_s2 = acct("js-s2", "6217", 19)
    T.scam("payment", "boss_impersonation", "flag",
           ["email_instruction", "lookalike_domain", "boss_role", "cannot_call", "personal_account",
            "personal_account_pretext", "first_time_payee", "no_approval", "urgency", "evasion_fullwidth"],
           "An e-mail from a look-alike of the company domain, 'sent from the GM's phone' at a trade fair, asks the finance manager to pay a 96k booth fee to an organiser's personal card, amount and card typed in full-width.",
           payment("JS-FK-20260616001", "2026-06-16T16:15:00+08:00", PAYER,
                   payee("陈志远", acc_s2, "中国建设银行乌鲁木齐友好路支行", "personal"),
                   "96000", "展位费", "自治区农资订货会特装展位费",
                   "email", "蒋立新", "jianglixin@jinsui-agr0.cn",
                   "红梅：\n我这两天在乌鲁木齐参加自治区农资订货会，会场信号差，电话不方便接。会务组给我们留了个特装展位，今天必须定下来，否则明天就给别人了。"
                   f"请今天把{fw('96000')}元转给会务负责人陈志远个人帐户（{fw(grouped(acc_s2))}），会务那边说公户开票要等会后，先这么处理。"
                   "合同和发票我回来带给你。\n蒋立新\n发自我的手机",
                   True, FM, []))

    tp_s17 = third("克拉玛依宏业建材有限公司", "13800007463", "refund_recipient", "40000")
    T.scam("order", "overpayment_refund", "block",
           ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "urgency",
            "evasion_symbols"],
           "A new Karamay farm-supply shop 'overpays' a 58k order by 40k on a screenshot and wants the excess sent to a building-materials firm it calls its boss's friend.",
           order("JS-XS-20260617001", "2026-06-17T15:40:00+08:00",
                 customer("克拉玛依市金农源农资经销部", uscc("js-s17", "92650203"), "蒲经理", "13800007426", None,
                          wxid("js-s17"), None),
                 [("水溶肥（20-20-20）", "20", "吨", "2900.00")], "im", "克拉玛依市白碱滩区金农源门市", "2026-06-19",
                 "款到发货",
                 "蒲经理：款我们会计已经转了，9.8万的回单截图发你了，本来该是5.8万，会计把给供应商的一笔也一起打过来了。"
                 "多出来的4万麻烦直接退💸到宏业建材的账户，那是我们老板朋友的公司，省得再来回转。今天能退的话我们明天一早来拉货。",
                 third_party=tp_s17))

    T.legit("payment", ["account_changed_recent", "first_time_payee", "account_change_words"],
            "Hard negative: First payment to the haulier's new account, changed twelve days earlier on a stamped letter and verified by calling back the landline on file.",
            payment("JS-FK-20260622001", "2026-06-22T12:25:00+08:00", PAYER,
                    dict(V04, account_no=acct("js-v04-new", "6505", 19), bank="中国建设银行奎屯分行"),
                    "44200", "运费", "5月外运运费",
                    "erp", "周晓燕", None,
                    erp("FKSQ-2606-015", "5月化肥外运运费，驰远货运。6月10日收到驰远货运加盖公章的《银行账户变更函》（中国银行奎屯分行改为中国建设银行奎屯分行），"
                        "杜红梅按供应商档案座机0992-0000512回拨，与对方财务负责人确认，1元测试款已回执"),
                    False, CASH, SMALL, contract_id="JS-WL-2026-001", invoice_no=inv("js-t29"),
                    changed_at="2026-06-10T16:05:00+08:00",
                    verification=verification("0992-0000512", FM, "2026-06-11T11:20:00+08:00")))

    acc_s4 = acct("js-s4", "2912", 19)
    T.scam("payment", "account_change", "block",
           ["im_instruction", "new_contact", "account_change_words", "account_changed_recent", "payee_name_mismatch",
            "unusual_bank_region", "first_time_payee", "evasion_traditional"],
           "A 'new finance clerk' of the bag maker, writing in traditional characters, says a tax audit has frozen the old account and bags must now be paid to a Khorgos 'group' company; the change was keyed in four days earlier.",
           payment("JS-FK-20260623001", "2026-06-23T11:20:00+08:00", PAYER,
                   dict(V03, name="霍尔果斯恒利供应链管理有限公司", account_no=acc_s4, bank="中国工商银行霍尔果斯支行"),
                   "43600", "货款", "编织袋货款（38000条）",
                   "im", "恒利塑编 財務 劉婷", wxid("js-s4"),
                   "周會計您好，我是恒利塑編新來的財務劉婷。因年中稅務審計，我司原基本戶暫停對外收款，從本月起貨款統一由集團結算公司霍爾果斯恒利供應鏈管理有限公司代收，新帳戶如下：\n"
                   f"開戶行：工商銀行霍爾果斯支行\n帳號：{acc_s4}\n"
                   "舊帳戶請勿再匯，以免退票耽誤發貨。變更函蓋章版晚點補寄，謝謝配合！",
                   False, CASH, SMALL, contract_id="JS-CG-2026-002", invoice_no=inv("js-t30"),
                   changed_at="2026-06-19T17:05:00+08:00"))

    tp_s18 = third("精河县瑞景园林绿化工程有限公司", "13800008152", "pass_through_payee", "1800000")
    T.scam("order", "account_lending", "block",
           ["account_lending_words", "contact_mismatch", "evasion_pinyin"],
           "Through a WeChat account not on file, the cooperative federation's 'chairman' adds to a normal order a request to route a 1.8m 'subsidy' through our company account to a landscaping firm for a commission.",
           order("JS-XS-20260624001", "2026-06-24T11:05:00+08:00", dict(C03, im_id=wxid("js-s18")),
                 [("枸杞专用掺混肥", "30", "吨", "3400.00")], "im", "精河县托里镇联合社农资仓库", "2026-06-30", "款到发货",
                 "邵理事长（微信）：这次要30吨枸杞专用肥，照旧款到发货。另外有个事想请你们帮忙：下周县里有一笔180万的项目补助要拨给我们联合社，"
                 "但我们账户这阵子收大额受限，想借贵司公户guo一下账，钱到你们账上当天转给瑞景园林（我们的施工方），你们留千分之五当辛苦费。都是正规钱，放心。",
                 third_party=tp_s18))

    T.legit("payment", ["task_rebate_words", "first_time_payee"],
            "Hard negative: Half-year volume rebate paid under the distribution contract to the customer's own corporate account, the one it pays from.",
            payment("JS-FK-20260626001", "2026-06-26T16:50:00+08:00", PAYER,
                    payee("乌苏市沃源农资连锁有限公司", acct("js-c01-pay", "3092", 17), "中国农业银行乌苏市支行", "corporate", None, "0992-0000756"),
                    "64000", "返利", "2026年上半年销量返利（经销合同JS-XS-2026-002第七条）",
                    "erp", "热娜古丽·艾力", None,
                    erp("FKSQ-2606-020", "沃源农资上半年提货1,600吨，按经销合同第七条每吨返利40元，转入客户对公基本户（与来款账户一致），销售、财务、总经理已审"),
                    False, ACC, BIG, contract_id="JS-XS-2026-002"))
    return T.lines
