"""fengneng: 哈密丰能电力工程有限公司, wind-farm EPC contractor in Hami (烟墩 / 淖毛湖 / 三塘湖)."""
from common import Tenant, vendor, person, customer, verif, acct, land, mobile, wxid, invoice, uscc

ERP = "金蝶云星空付款申请单："
H, T = "history", "test"
# E2101 阿依古丽·吐尔逊 出纳 | E2102 周晓燕 会计 | E2103 孙振宇 项目经理 | E2104 李海涛 采购主管
# E2105 杨帆 库管 | E2100 马国栋 财务总监 | E2090 王建勋 总经理


def build():
    t = Tenant("fengneng", "FN", "哈密丰能电力工程有限公司", acct("fn-payer", "6505018610", 19))

    V1 = vendor("新疆天山重工塔筒有限公司", acct("fn-v1", "3011", 19), "中国工商银行哈密分行", "V-FN01", land("0902", "fn-v1"))
    V2 = vendor("新疆西域风电装备有限公司", acct("fn-v2", "1076", 18), "中国银行乌鲁木齐分行", "V-FN02", land("0991", "fn-v2"))
    V3 = vendor("哈密通达吊装工程有限公司", acct("fn-v3", "3065", 17), "中国农业银行哈密分行", "V-FN03", land("0902", "fn-v3"))
    V3new = vendor("哈密通达吊装工程有限公司", acct("fn-v3-new", "1010", 19), "兰州银行西固支行", "V-FN03", land("0902", "fn-v3"),
                   changed="2026-07-03T10:20:00+08:00")
    V4old = vendor("哈密宏基混凝土有限公司", acct("fn-v4", "6505", 19), "中国建设银行哈密分行", "V-FN04", land("0902", "fn-v4"))
    V4new = vendor("哈密宏基混凝土有限公司", acct("fn-v4-new", "8001", 18), "哈密市商业银行伊州支行", "V-FN04", land("0902", "fn-v4"),
                   changed="2026-05-26T11:00:00+08:00")
    V5 = vendor("新疆恒安建筑劳务有限公司", acct("fn-v5", "3065", 17), "中国农业银行哈密分行", "V-FN05", land("0902", "fn-v5"))
    V6 = vendor("新疆昆仑线缆有限公司", acct("fn-v6", "6505", 19), "中国建设银行乌鲁木齐分行", "V-FN06", land("0991", "fn-v6"))
    V6new = vendor("新疆昆仑线缆销售有限公司", acct("fn-v6-new", "1209", 16), "招商银行广州天河支行", "V-FN06", land("0991", "fn-v6"),
                   changed="2026-07-27T16:40:00+08:00")
    V7 = vendor("哈密顺达大件运输有限公司", acct("fn-v7", "6505", 19), "中国建设银行哈密分行", "V-FN07", land("0902", "fn-v7"))
    PAY1 = vendor("哈密丰能电力工程有限公司（农民工工资专用账户）", acct("fn-pay1", "3065", 17), "中国农业银行哈密分行", "PAY-FN01")
    PAY2 = vendor("中国建设银行哈密分行（代发工资专户）", acct("fn-pay2", "6505", 19), "中国建设银行哈密分行", "PAY-FN02")
    GGZY_HM = vendor("哈密市公共资源交易中心", acct("ggzy-hm", "3011", 19), "中国工商银行哈密分行", None, land("0902", "ggzy-hm"))
    GGZY_XJ = vendor("新疆维吾尔自治区公共资源交易中心", acct("ggzy-xj-fn", "3002", 19), "中国工商银行乌鲁木齐分行", None,
                     land("0991", "ggzy-xj"))
    OWNER = vendor("中疆能源集团哈密新能源有限公司", acct("owner-hm", "6505", 19), "中国建设银行哈密分行", None, land("0902", "owner-hm"))
    C1 = customer("哈密众和新能源工程有限公司", uscc("fn-c1", "650502"), "刘经理", land("0902", "fn-c1"),
                  "liuj@hmzhxny.com", None, "C-FN01")
    CRANE = "履带吊（500t）租赁"

    # ---------------- history ----------------
    t.pay(H, "2026-05-11T10:42:00+08:00", V1, "3860000.00", "货款", "烟墩四期塔筒第二批进度款（12套）",
          ERP + "烟墩四期塔筒第二批进度款（12套）｜天山重工｜合同FN-CG-2026-003｜发票" + invoice("fn-h1"),
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-003", invoice_no=invoice("fn-h1"),
          note="Tower progress payment to the regular tower maker.")
    t.pay(H, "2026-05-12T11:20:00+08:00", V4old, "426300.00", "货款", "风机基础C40混凝土（1450方）",
          ERP + "风机基础C40混凝土（1450方）｜宏基混凝土｜合同FN-CG-2026-005｜发票" + invoice("fn-h2"),
          req="E2101", appr=["E2100"], contract_id="FN-CG-2026-005", invoice_no=invoice("fn-h2"),
          note="Foundation concrete from the regular batching plant (old account).")
    t.pay(H, "2026-05-13T15:05:00+08:00", V5, "980000.00", "劳务分包款", "烟墩四期劳务分包4月进度款",
          ERP + "烟墩四期劳务分包4月进度款｜恒安劳务｜分包合同FN-FB-2026-001｜监理计量单JL-04｜发票" + invoice("fn-h3"),
          req="E2103", appr=["E2100", "E2090"], contract_id="FN-FB-2026-001", invoice_no=invoice("fn-h3"),
          note="Monthly progress payment to the labour subcontractor.")
    t.pay(H, "2026-05-14T16:30:00+08:00", GGZY_HM, "300000.00", "投标保证金",
          "伊州区烟墩200MW风电项目升压站工程投标保证金",
          ERP + "伊州区烟墩200MW风电项目升压站工程（项目编号HMGGZY-2026-0418）投标保证金，按哈密市公共资源交易中心公告账户缴纳",
          req="E2104", appr=["E2100", "E2090"],
          note="Bid bond to the Hami public resource trading centre.")
    t.pay(H, "2026-05-15T12:10:00+08:00", PAY1, "1146800.00", "工资", "4月农民工工资（烟墩项目，186人）",
          ERP + "4月农民工工资（烟墩项目，186人）转入农民工工资专用账户，由银行按实名制名册代发到个人卡，考勤表及工资表已经劳务员与班组长签字",
          req="E2101", appr=["E2100"],
          note="Migrant wages moved to the project's own wage special account for bank-run payout.")
    t.pay(H, "2026-05-18T10:50:00+08:00", V2, "12400000.00", "设备款", "风机设备款第三期（10台）",
          ERP + "风机设备款第三期（10台）｜西域风电｜合同FN-CG-2026-001｜到货验收单DH-2026-031｜发票" + invoice("fn-h6"),
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-001", invoice_no=invoice("fn-h6"),
          note="Turbine instalment to the turbine supplier.")
    t.pay(H, "2026-05-19T17:40:00+08:00", V3, "685000.00", "分包款", "风机吊装费（1-8号机位）",
          ERP + "风机吊装费（1-8号机位）｜通达吊装｜分包合同FN-FB-2026-004｜发票" + invoice("fn-h7"),
          req="E2103", appr=["E2100"], contract_id="FN-FB-2026-004", invoice_no=invoice("fn-h7"),
          note="Hoisting subcontract payment.")
    t.order(H, "2026-05-20T11:05:00+08:00", C1, [(CRANE, "12", "台班", "28500.00")],
            "月结30天（租赁合同FN-ZL-2026-002）", "哈密市伊州区烟墩风电场二期", "2026-05-25",
            "众和二期风机吊装，租我方500吨履带吊12个台班，按框架租赁合同执行", ch="erp",
            note="Crane rental order from an established EPC customer.")
    t.pay(H, "2026-05-22T16:15:00+08:00", V6, "1372500.00", "货款", "35kV集电线路电缆",
          ERP + "35kV集电线路电缆｜昆仑线缆｜合同FN-CG-2026-007｜发票" + invoice("fn-h9"),
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-007", invoice_no=invoice("fn-h9"),
          note="Cable payment to the regular cable maker.")
    t.pay(H, "2026-05-25T12:30:00+08:00",
          person("努尔兰·哈德尔别克", acct("fn-herder0", "6228", 19), "中国农业银行巴里坤县支行"), "48600.00", "征地补偿款",
          "三塘湖风电场集电线路临时占用草场补偿（户主：努尔兰·哈德尔别克，村委会公示名单第3号）",
          ERP + "三塘湖乡草场临时占用补偿，依据巴里坤县自然资源局批复及村委会公示名单（第3号户），补偿款直接支付户主本人银行卡",
          req="E2103", appr=["E2100", "E2090"],
          note="Grassland compensation to a herder on the village committee list.")
    t.pay(H, "2026-05-27T11:30:00+08:00", V4new, "1.00", "货款", "新账户小额验证打款",
          ERP + "宏基混凝土开户行变更（盖章变更函已存档），已按变更前留存电话回拨其财务核实，先付1元验证到账",
          req="E2101", appr=["E2100"],
          verification=verif(land("0902", "fn-v4"), "E2102", "2026-05-26T15:00:00+08:00"),
          note="One-yuan test transfer to the concrete supplier's new account after a call-back.")
    t.pay(H, "2026-05-27T15:40:00+08:00", V7, "268000.00", "运费", "叶片运输（哈密—烟墩，24片）",
          ERP + "叶片运输（哈密—烟墩，24片）｜顺达大件｜合同FN-WL-2026-002｜发票" + invoice("fn-h11"),
          req="E2101", appr=["E2100"], contract_id="FN-WL-2026-002", invoice_no=invoice("fn-h11"),
          note="Blade transport to the regular heavy haulier.")
    t.pay(H, "2026-06-05T18:20:00+08:00", PAY2, "412360.00", "工资", "5月员工工资（64人）",
          ERP + "5月员工工资（64人）代发，工资表已经人事与财务总监审批",
          req="E2102", appr=["E2100"],
          note="Monthly staff payroll through the bank's payroll account.")
    t.order(H, "2026-06-11T10:25:00+08:00", C1, [(CRANE, "8", "台班", "28500.00")],
            "月结30天（租赁合同FN-ZL-2026-002）", "哈密市伊州区烟墩风电场二期", "2026-06-15",
            "众和二期追加8个台班", ch="erp", note="Crane rental top-up from the same customer.")

    # ---------------- test ----------------
    t.pay(T, "2026-06-15T11:10:00+08:00", V1, "2895000.00", "货款", "烟墩四期塔筒第三批进度款（9套）",
          ERP + "烟墩四期塔筒第三批进度款（9套）｜天山重工｜合同FN-CG-2026-003｜发票" + invoice("fn-t1"),
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-003", invoice_no=invoice("fn-t1"),
          note="Routine: Tower progress payment to the regular tower maker.")
    t.pay(T, "2026-06-16T10:35:00+08:00", V4new, "356200.00", "货款", "风机基础C40混凝土（1210方）",
          ERP + "风机基础C40混凝土（1210方）｜宏基混凝土｜合同FN-CG-2026-005｜发票" + invoice("fn-t2"),
          req="E2101", appr=["E2100"], contract_id="FN-CG-2026-005", invoice_no=invoice("fn-t2"),
          verification=verif(land("0902", "fn-v4"), "E2102", "2026-05-26T15:00:00+08:00"),
          note="Hard negative: Concrete paid to an account changed three weeks ago, but the change was called back on the old number and a one-yuan test transfer already went through.")
    t.pay(T, "2026-06-16T15:20:00+08:00", OWNER, "18600000.00", "履约保证金",
          "烟墩四期100MW风电场EPC合同履约保证金（合同价5%）",
          ERP + "烟墩四期100MW风电场EPC总承包合同（甲方合同号ZJNY-HM-2026-027，我方FN-HT-2026-011）约定签约后15日内提交合同价5%履约保证金。"
          "甲方盖章《履约保证金缴纳通知》载明收款账户为其建行哈密分行基本户，已按甲方官网公布的总机与其财务部核对账户。",
          req="E2102", appr=["E2100", "E2090"], contract_id="FN-HT-2026-011",
          verification=verif(land("0902", "owner-hm"), "E2100", "2026-06-16T11:30:00+08:00"),
          signals=["deposit_words"],
          note="Hard negative: Performance bond under a signed EPC contract, paid to the owner's own basic account after a call-back to its published switchboard.")
    t.pay(T, "2026-06-17T15:20:00+08:00",
          vendor("北京中疆联创招标代理有限公司", acct("fn-s-qual", "1100", 19), "中国民生银行北京望京支行"), "38000.00",
          "资格审查费", "中疆能源哈密北200MW风电EPC入围资格审查费",
          "丰能电力：\n贵司已通过中疆能源集团哈密北200MW风电项目EPC入围初审。按集团供应商管理办法，入围单位须于6月19日前将资格审查费3.8万元缴至集团指定招标代理账户（详见附件），逾期视为自动放弃。\n审查通过后发放正式招标文件。\n中疆能源集团招标采购中心",
          ch="email", frm="中疆能源集团招标采购中心", contact="zbcg@zjny-group.cn", urgent=True,
          req="E2104", appr=[],
          label="scam", st="contract_fraud", expect="flag",
          signals=["email_instruction", "lookalike_domain", "fee_asked_of_seller", "fee_words", "bigproject_words", "urgency"],
          note="A look-alike domain of the state energy group's procurement centre asks a 38k 'qualification review fee' to a Beijing agent before any tender documents exist.")
    t.pay(T, "2026-06-18T11:45:00+08:00",
          vendor("新疆恒泰工程咨询有限公司", acct("fn-s-jg", "3002", 19), "中国工商银行乌鲁木齐友好路支行"), "800000.00",
          "投标保证金", "淖毛湖三期升压站邀标投标保证金",
          "孙经理你好，淖毛湖三期升压站这次不走交易中心，集团内部邀标，只请三家。\n投标保证金80万直接打到项目监管账户，由恒泰咨询代管，明天中午前到账才发标书。\n名额有限，别跟其他单位讲。",
          ch="im", frm="中疆能源哈密项目部 张工", contact=wxid("fn-s-jg"), urgent=True,
          req="E2103", appr=[],
          label="scam", st="contract_fraud", expect="block",
          signals=["im_instruction", "new_contact", "deposit_words", "safe_account_words", "bigproject_words", "secrecy_words", "urgency"],
          note="A fake owner's site engineer routes an 800k bid bond into a 'project supervised account' held by a consultancy instead of the trading centre.")
    t.pay(T, "2026-06-19T10:30:00+08:00", V3, "46800.00", "维修费", "500吨履带吊主钩钢丝绳断股抢修",
          ERP + "端午节当日抢修：500吨履带吊主钩钢丝绳断股，通达吊装派人连夜更换，11号机位吊装不能停，财务总监手机审批｜分包合同FN-FB-2026-004补充协议｜发票" + invoice("fn-t6"),
          req="E2103", appr=["E2100"], urgent=True, contract_id="FN-FB-2026-004", invoice_no=invoice("fn-t6"),
          signals=["urgency"],
          note="Hard negative: Urgent holiday repair of the main crane paid to the regular hoisting subcontractor under its contract.")
    t.pay(T, "2026-06-22T11:20:00+08:00",
          vendor("新疆瀚宇设备租赁有限公司", acct("fn-s-boss1", "6217", 19), "中国建设银行乌鲁木齐南湖路支行"), "680000.00",
          "保证金", "800吨履带吊租赁合作保证金",
          "王建勋：阿依古丽，在吗？建行和农行账上现在各有多少可用资金？截个图发群里\n阿依古丽·吐尔逊：王总，建行可用412万，农行88万，截图已发\n王建勋：好。淖毛湖项目的800吨履带吊我谈好了，先付68万合作保证金给新疆瀚宇设备租赁有限公司，账号我发群里。我在自治区发改委开会不方便接电话，合同和签批单回来补。",
          ch="im", frm="王建勋（总经理）", contact="微信群：丰能项目资金协调群（今日新建）", urgent=True,
          req="E2101", appr=[],
          label="scam", st="boss_impersonation", expect="block",
          signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "urgency"],
          note="In a WeChat group created that morning the fake GM has the cashier report both balances, then orders a 680k crane 'cooperation deposit' to an unknown lessor.")
    t.pay(T, "2026-06-23T16:05:00+08:00",
          person("叶尔兰·巴合提", acct("fn-herder1", "6228", 19), "中国农业银行巴里坤县支行"), "52400.00", "征地补偿款",
          "三塘湖风电场检修道路临时占用草场补偿（户主：叶尔兰·巴合提，村委会公示名单第7号）",
          ERP + "三塘湖乡草场临时占用补偿第2批，依据巴里坤县自然资源局批复及村委会公示名单（第7号户，公示期满无异议），补偿款直接支付户主本人银行卡",
          req="E2103", appr=["E2100", "E2090"],
          note="Hard negative: Grassland compensation to a herder's own card, as listed on the stamped village committee list.")
    t.pay(T, "2026-06-25T12:15:00+08:00",
          person("马占林", acct("fn-s-crew", "6230", 19), "甘肃农村信用社临夏分社"), "171000.00", "工资",
          "6月吊装辅助班组工资（19人）",
          "阿依古丽会计你好，我是吊装辅助班的马占林，原来的微信号被封了，这是新号。\n这个月班组19个人的工资你们直接打到我这张卡上，我统一发，有几个人的卡在老家挂失了，打不进去。",
          ch="im", frm="吊装辅助班组长 马占林", contact=wxid("fn-s-crew"),
          req="E2103", appr=["E2100"],
          label="scam", st="fake_salary", expect="block",
          signals=["im_instruction", "new_contact", "payroll_change", "payee_shared_by_employees", "payee_not_employee", "unusual_bank_region"],
          note="A 'new WeChat' of the rigging-crew leader asks that nineteen workers' June wages all go to one card instead of through the wage special account.")
    t.pay(T, "2026-06-26T11:00:00+08:00", V5, "1045000.00", "劳务分包款", "烟墩四期劳务分包5月进度款",
          ERP + "烟墩四期劳务分包5月进度款｜恒安劳务｜分包合同FN-FB-2026-001｜监理计量单JL-05｜发票" + invoice("fn-t10"),
          req="E2103", appr=["E2100", "E2090"], contract_id="FN-FB-2026-001", invoice_no=invoice("fn-t10"),
          note="Routine: Monthly progress payment to the labour subcontractor.")
    t.pay(T, "2026-06-29T15:30:00+08:00", GGZY_XJ, "800000.00", "投标保证金",
          "淖毛湖三期200MW风电场EPC投标保证金",
          ERP + "淖毛湖三期200MW风电场EPC总承包（项目编号XJGGZY-2026-0613）投标保证金，按自治区公共资源交易中心交易平台生成的投标保证金子账号缴纳，开标后未中标原路退还，招标公告已附",
          req="E2104", appr=["E2100", "E2090"],
          signals=["deposit_words", "bigproject_words"],
          note="Hard negative: Bid bond to the sub-account generated by the regional public resource trading centre for a published tender.")
    t.pay(T, "2026-06-30T10:50:00+08:00", PAY1, "1188400.00", "工资", "5月农民工工资（烟墩项目，192人）",
          ERP + "5月农民工工资（烟墩项目，192人）转入农民工工资专用账户，由银行按实名制名册代发到个人卡，考勤表及工资表已经劳务员与班组长签字",
          req="E2101", appr=["E2100"],
          note="Routine: Migrant wages moved to the project's own wage special account.")
    t.pay(T, "2026-07-01T14:20:00+08:00",
          vendor("甘肃汇通达商贸有限公司", acct("fn-s-lend", "6228", 19), "中国农业银行武威分行"), "1200000.00", "往来款",
          "代转鼎盛恒达往来款",
          "徐总：阿依古丽，我跟你们王总是老朋友了，他知道的。我们公司账户受限，下午有一笔120万从甘肃那边打到你们建行，麻烦你们公户帮我们走一下账，到了就转给甘肃汇通达，给你们千分之五的费用。",
          ch="im", frm="新疆鼎盛恒达建设有限公司 徐总", contact=wxid("fn-s-lend"), urgent=True,
          req="E2101", appr=[],
          label="scam", st="account_lending", expect="block",
          signals=["im_instruction", "new_contact", "account_lending_words", "in_out_match", "vague_memo", "urgency"],
          note="A self-styled friend of the GM asks to pass 1.2m through the company account and forward it to a Gansu trader for a fee.")
    t.pay(T, "2026-07-02T11:35:00+08:00", V2, "9600000.00", "设备款", "风机设备款第四期（10台）",
          "王建勋：风机第四期款今天要付，西域风电的到货验收单和发票晓燕已经核过了，OA里我已经签了（审批号OA-FN-2026-0712），下午四点前付出去，明天他们发第11-20台机舱。\n周晓燕：收到王总，按合同账户付。",
          ch="im", frm="王建勋（总经理）", contact="企业微信：丰能财务部群", urgent=True,
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-001", invoice_no=invoice("fn-t14"),
          signals=["im_instruction", "boss_role", "urgency"],
          note="Hard negative: The real GM chases a large turbine instalment in the company WeChat group, to the contract account, with the OA approval already signed.")
    t.pay(T, "2026-07-03T16:40:00+08:00",
          vendor("哈密市鑫联达商贸有限公司", acct("fn-s-inv", "6505", 19), "中国建设银行哈密分行"), "56000.00", "开票费",
          "零星材料补票（票点6%）",
          "孙经理，你们项目上零星采购没票的部分，我们这边可以开13%专票，票点6个，开93万的票收5.6万，当天出票，走对公。",
          ch="im", frm="鑫联达 小韩", contact=wxid("fn-s-inv"),
          req="E2103", appr=[],
          label="scam", st="fake_invoice", expect="flag",
          signals=["im_instruction", "new_contact", "invoice_trade_words", "no_po_contract"],
          note="A trader offers to 'cover' unreceipted site purchases with VAT invoices at 6 points and the site manager submits the fee.")
    t.pay(T, "2026-07-06T10:15:00+08:00", PAY2, "418920.00", "工资", "6月员工工资（65人）",
          ERP + "6月员工工资（65人）代发，工资表已经人事与财务总监审批",
          req="E2102", appr=["E2100"],
          note="Routine: Monthly staff payroll through the bank's payroll account.")
    t.pay(T, "2026-07-06T11:15:00+08:00", V3new, "742000.00", "分包款", "风机吊装费（9-18号机位）",
          ERP + "风机吊装费（9-18号机位）｜通达吊装｜分包合同FN-FB-2026-004｜发票" + invoice("fn-t17"),
          req="E2103", appr=["E2100"], contract_id="FN-FB-2026-004", invoice_no=invoice("fn-t17"),
          label="scam", st="account_change", expect="block",
          signals=["unusual_bank_region"],
          note="Structural only: the hoisting subcontractor's account was switched to a Lanzhou bank three days before this routine progress payment.")
    t.pay(T, "2026-07-07T10:45:00+08:00", V1, "1125000.00", "质保金", "烟墩二期塔筒质保金（5%）期满支付",
          ERP + "烟墩二期塔筒质保金（合同价5%）两年质保期满，业主与监理签署质保期满验收单ZB-2026-004，无遗留缺陷，按合同FN-CG-2024-009支付至原合同账户",
          req="E2102", appr=["E2100", "E2090"], contract_id="FN-CG-2024-009",
          signals=["deposit_words"],
          note="Hard negative: Retention money released to the tower maker's unchanged account after the signed end-of-warranty acceptance.")
    t.pay(T, "2026-07-08T17:30:00+08:00",
          person("何永军", acct("fn-s-card", "6217", 19), "中国建设银行兰州七里河支行"), "14800.00", "工资",
          "6月工资（员工：何永军）",
          "阿依古丽，我是吊车司机何永军，手机换了号，这是新微信。工资卡在哈密丢了，我在兰州新办了一张建行卡，这个月工资打新卡，卡号发你。",
          ch="im", frm="吊车司机 何永军", contact=wxid("fn-s-card"),
          req="E2101", appr=["E2100"],
          label="scam", st="fake_salary", expect="flag",
          signals=["im_instruction", "new_contact", "payroll_change", "unusual_bank_region"],
          note="A 'new WeChat' of a crane driver redirects his pay to a card opened in Lanzhou in his name; the change never went through HR.")
    t.pay(T, "2026-07-09T11:25:00+08:00",
          vendor("乌鲁木齐盛安达商务咨询有限公司", acct("fn-s-auth", "3002", 19), "中国工商银行乌鲁木齐北京路支行"), "1200000.00",
          "其他", "配合核查转款",
          "来电记录（周晓燕）：来电人自称国家能源局新疆监管办稽查处李处长（0991-0000417），称我司烟墩项目涉嫌套取可再生能源补贴，要对项目资 金 核 查，今天下班前须将120万转入指定的“监 管 账 户”，核查结束原路退回；要求签保密承诺，不得告诉业主和银行。",
          ch="phone", frm="自称国家能源局新疆监管办 李处长", contact="0991-0000417", urgent=True,
          req="E2102", appr=[],
          label="scam", st="authority_impersonation", expect="block",
          signals=["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency", "evasion_spacing"],
          note="A caller posing as the energy regulator's inspector wants 1.2m moved to a 'supervised account' for 'fund verification', the key words typed with spaces.")
    t.pay(T, "2026-07-10T15:10:00+08:00", V6, "846000.00", "货款", "35kV集电线路电缆（二批）",
          ERP + "35kV集电线路电缆（二批）｜昆仑线缆｜合同FN-CG-2026-007｜发票" + invoice("fn-t21"),
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-007", invoice_no=invoice("fn-t21"),
          note="Routine: Cable payment to the regular cable maker.")
    t.pay(T, "2026-07-13T11:40:00+08:00",
          person("陈梦瑶", acct("fn-s-task", "6216", 19), "中国银行郑州金水支行"), "9800.00", "借支", "员工借支（杨帆）",
          "阿依古丽姐，帮我从备用金先借支9800转到这个卡，唰单返力的平台说我操作超时把钱冻住了，再做一单就能全部提出来，明天连本带返力一起还你。",
          ch="im", frm="库管 杨帆", contact=wxid("fn-yangfan"),
          req="E2105", appr=[],
          label="scam", st="task_rebate", expect="block",
          signals=["im_instruction", "task_rebate_words", "evasion_homophone"],
          note="The storekeeper, caught in a task-rebate scam, asks for a cash advance to a stranger's card, writing the scam words as homophones.")
    t.order(T, "2026-07-14T10:30:00+08:00", C1, [(CRANE, "10", "台班", "28500.00")],
            "月结30天（租赁合同FN-ZL-2026-002）", "哈密市伊州区烟墩风电场二期", "2026-07-18",
            "众和二期后续机位吊装，再租10个台班", ch="erp",
            note="Routine: Crane rental top-up from an established EPC customer.")
    t.pay(T, "2026-07-15T16:50:00+08:00",
          person("李秀梅", acct("fn-s-refund", "6222", 19), "中国工商银行昌吉分行"), "50000.00", "投标保证金退还",
          "集电线路施工分包投标保证金重复缴纳退回（宏远电力）",
          "李经理您好，我们是新疆宏远电力安装有限公司，集电线路分包投标的保证金5万元会计操作失误重复转了两次，都是从公司建行账户（尾号4471）转的，回单截图已发您。\n我们基本户这两天在做变更，多的5万麻烦先退到我们财务主管李秀梅的个人卡上，谢谢。",
          ch="im", frm="新疆宏远电力安装有限公司 王会计", contact=wxid("fn-s-refund"), urgent=True,
          req="E2104", appr=[],
          label="scam", st="overpayment_refund", expect="block",
          signals=["im_instruction", "new_contact", "refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "deposit_words"],
          note="A 'bidder' claims its subcontract bid bond was paid twice, shows only a screenshot, and wants the 'duplicate' refunded to a finance clerk's personal card.")
    bidder = vendor("新疆天诚电力建设有限公司", acct("fn-bidder", "6505", 18) + "", "中国建设银行昌吉分行")
    tail = bidder["account_no"][-4:]
    t.pay(T, "2026-07-16T11:05:00+08:00", bidder, "50000.00", "投标保证金退还",
          "集电线路施工分包未中标投标保证金退还（天诚电力）",
          ERP + f"集电线路施工分包招标（FN-FB-2026-006）已定标，天诚电力未中标，其投标保证金5万元按来款账户尾号{tail}原路退回；资金部已核对6月18日建行到账流水。",
          req="E2104", appr=["E2100"],
          signals=["refund_words", "deposit_words"],
          note="Hard negative: Bid bond returned to an unsuccessful subcontract bidder, back to the account it came from after the receipt was matched in the bank statement.")
    t.order(T, "2026-07-17T10:20:00+08:00",
            customer("某部后勤保障处", None, "陈助理", mobile("fn-s-army"), None, wxid("fn-s-army"), None),
            [("汽车吊（50t）租赁", "4", "台班", "6800.00")], "部队财务对公转账，一起结算", "哈密市伊州区某营区车棚工地",
            "2026-07-19",
            "陈助理说营区光伏车棚吊装要用我们的汽车吊，另外部队急需30顶防风帐篷，采购系统里只有哈密雪域户外能供，但他们领导和老板闹过矛盾，让我们先帮忙垫付9.6万买下随吊车一起送来，一起结算。已发来部队财务转账截图，显示“银行处理中”。",
            ch="im",
            third_party={"name": "哈密市伊州区雪域户外用品商行", "contact": mobile("fn-s-army-tp"),
                         "role": "designated_supplier", "amount": "96000.00"},
            label="scam", st="fake_order", expect="block",
            signals=["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only"],
            note="An 'army logistics office' books a small crane job and asks us to advance 96k for tents from its designated shop, backed only by a 'processing' screenshot.")
    t.pay(T, "2026-07-20T12:00:00+08:00",
          vendor("新疆融信通供应链管理有限公司", acct("fn-s-loan", "6217", 19), "中国建设银行乌鲁木齐经济技术开发区支行"), "68000.00",
          "服务费", "项目应收账款融资评估服务费及风险保证金",
          "周会计您好：\n贵司申请的烟墩项目应收账款融资3000万元已通过初审，无需抵押，年化4.2%。放款前需支付评估服务费及风险保证金共6.8万元，到账后3个工作日内放款。\n融信通 客户经理 吕杰",
          ch="email", frm="融信通 客户经理 吕杰", contact="rxt_loan@163.com",
          req="E2102", appr=["E2100"],
          label="scam", st="advance_fee", expect="flag",
          signals=["email_instruction", "free_mail", "loan_fee_words", "fee_words"],
          note="A 'supply-chain finance' firm on free mail wants 68k in evaluation fees and risk deposit before disbursing a no-collateral receivables loan.")
    t.pay(T, "2026-07-21T15:15:00+08:00",
          vendor("新疆国信融资担保有限公司", acct("fn-guar", "3002", 19), "中国工商银行乌鲁木齐人民路支行", None, land("0991", "fn-guar")),
          "186000.00", "担保费", "烟墩四期项目贷款担保费（1%）",
          ERP + "建行哈密分行项目贷款合同（HMJH-2026-0715）已签订，担保合同XJGX-DB-2026-233，按担保合同一次性支付担保费；收款账户为担保公司基本户，已与建行客户经理及担保公司官网电话核对",
          req="E2102", appr=["E2100", "E2090"], contract_id="XJGX-DB-2026-233",
          signals=["loan_fee_words", "fee_words"],
          note="Hard negative: Guarantee fee to a licensed financing-guarantee company after the bank loan and guarantee contracts were signed.")
    t.pay(T, "2026-07-22T10:50:00+08:00",
          person("吐尔洪·买买提", acct("fn-escort", "6217", 19), "中国建设银行哈密分行", mobile("fn-escort")), "6400.00", "运费",
          "叶片运输护送车运费（个体，4趟）",
          ERP + "叶片运输护送车运费（个体车主吐尔洪·买买提，4趟，运单YD-0711至YD-0714，交警报备单已附），按个体运费支付车主本人卡",
          req="E2103", appr=["E2100"],
          note="Hard negative: Escort-car freight paid to the individual owner-driver's own card with waybills attached.")
    t.pay(T, "2026-07-23T11:30:00+08:00",
          vendor("北京华瑞德信咨询有限公司", acct("fn-s-boss2", "1100", 19), "中国民生银行北京亮马桥支行"), "350000.00",
          "咨询费", "淖毛湖项目前期协调费",
          "晓燕：\n我在北京开会，手机不方便，有事加我威信 cxl_2026 联系。集团与中疆能源谈的淖毛湖项目需要支付一笔前期协调费35万，今天务必付给北京华瑞德信咨询有限公司，此事暂不要在公司群里说，手续我回来补签。\n陈立新",
          ch="email", frm="陈立新（董事长）", contact="chenlx@hmfeng-neng.com", urgent=True,
          req="E2102", appr=[],
          label="scam", st="boss_impersonation", expect="flag",
          signals=["email_instruction", "lookalike_domain", "boss_role", "cannot_call", "secrecy_words", "bypass_process", "middleman_fee", "urgency", "evasion_homophone"],
          note="An e-mail from a hyphenated look-alike of the company domain, 'from' the chairman, orders a secret 350k 'coordination fee' and points to a homophone-spelt WeChat.")
    t.order(T, "2026-07-24T16:20:00+08:00",
            customer("巴里坤天山风光发电有限公司", uscc("fn-newcust", "650521"), "阿不都拉经理", land("0902", "fn-newcust"),
                     "wuzi@tsfgfd.com", None, None),
            [("风机叶片更换吊装服务", "3", "台次", "186000.00")], "合同签订后预付30%（已入账），完工验收后付65%，质保金5%",
            "巴里坤县三塘湖风电场", "2026-08-20",
            "天山风光电子采购平台公开询价中标（中标通知书TSFG-ZB-2026-041），预付款16.74万元已于7月23日入账（建行流水），项目部已踏勘现场",
            ch="email",
            signals=["large_first_order", "institution_claim"],
            note="Hard negative: A new wind-farm owner awards a blade-replacement lift through its e-procurement platform and its prepayment has already cleared.")
    t.order(T, "2026-07-27T11:10:00+08:00",
            customer("中疆能源（集团）西北物资供应中心", None, "黄主任", mobile("fn-s-fp"), "zjny_wuzi@163.com", wxid("fn-s-fp"), None),
            [(CRANE, "120", "台班", "26000.00")], "项目结束后90天内付款", "甘肃省酒泉市肃州区某物流园中转堆场", "2026-08-01",
            "对方称集团在酒泉有风电项目，长租我们的500吨履带吊半年，不谈价，只要下周进场，合同让我们按他们的模板盖章寄过去，只用微信联系。",
            ch="im",
            signals=["institution_claim", "lookalike_company", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only", "free_mail"],
            label="scam", st="fake_purchaser", expect="flag",
            note="A look-alike 'state energy group supply centre' on free mail wants a 3.1m half-year crane hire on 90-day credit, delivered to a Gansu logistics yard.")
    t.pay(T, "2026-07-28T10:40:00+08:00",
          person("阿依登·木哈什", acct("fn-herder2", "6228", 19), "中国农业银行巴里坤县支行"), "36900.00", "征地补偿款",
          "三塘湖风电场草场临时占用补偿（户主：阿依登·木哈什，村委会公示名单第11号）",
          "丰能公司财务：三塘湖乡第２批草场临时占用补偿名单已公示７天无异议（公示编号ＳＴＨ－２０２６－０２），阿依登·木哈什户补偿款３６９００元，请打到户主本人农行卡，盖章名单原件已交孙振宇经理。\n三塘湖乡村委会 文书 别克",
          ch="im", frm="三塘湖乡村委会 文书 别克", contact=wxid("fn-village"),
          req="E2103", appr=["E2100", "E2090"],
          signals=["im_instruction", "evasion_fullwidth"],
          note="Hard negative: The village clerk, typing in full-width digits, sends a listed herder's compensation to be paid to the herder's own card; the stamped list is on file.")
    t.pay(T, "2026-07-29T15:45:00+08:00", V7, "312000.00", "运费", "叶片运输（哈密—淖毛湖，28片）",
          ERP + "叶片运输（哈密—淖毛湖，28片）｜顺达大件｜合同FN-WL-2026-002｜发票" + invoice("fn-t34"),
          req="E2101", appr=["E2100"], contract_id="FN-WL-2026-002", invoice_no=invoice("fn-t34"),
          note="Routine: Blade transport to the regular heavy haulier.")
    t.pay(T, "2026-07-30T11:20:00+08:00", V6new, "918000.00", "货款", "35kV集电线路电缆（三批）",
          "周会计您好：\n因集团财务重组，即日起我司货款统一由新疆昆仑线缆销售有限公司收取，收款账户变更为招商银行广州天河支行（见附件盖章函），原建行账户不再使用，请以新账户为准。\n昆仑线缆 财务部 郭静",
          ch="email", frm="昆仑线缆 财务部 郭静", contact="guojing@kunlun-xianlan.com",
          req="E2101", appr=["E2100", "E2090"], contract_id="FN-CG-2026-007", invoice_no=invoice("fn-t35"),
          label="scam", st="account_change", expect="block",
          signals=["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch", "unusual_bank_region"],
          note="An e-mail from a look-alike of the cable maker's domain moved its account to a Guangzhou 'sales company' three days before the third cable payment.")
    return t
