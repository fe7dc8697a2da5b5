"""Tenant "hengji": 宁夏塞上恒基建设工程有限公司, a fictitious general contractor for civil
works in an energy-and-chemical base in Ningxia. It runs many subcontractors, pays
migrant workers through a dedicated wage account and a labour subcontractor, posts tender
bonds, and sells ready-mixed concrete and precast parts from its own batching plant.
"""
from common import (account, customer, history, invoice_no, item, legit, make_uscc, order,
                    payee, payment, renamed, scam, third_party, ts, verification, wxid)

TENANT = "hengji"
PAY_PREFIX = "HJ-FK"
ORDER_PREFIX = "HJ-XS"
PROV = "64"

EMP = {
    "E3101": "周振海",  # chairman
    "E3102": "马立新",  # general manager
    "E3110": "李秀琴",  # finance manager
    "E3111": "王娟",    # cashier
    "E3112": "杨帆",    # accountant
    "E3120": "田东",    # project manager, pipe-rack project
    "E3121": "马海燕",  # labour and wage clerk
    "E3130": "刘志远",  # business development / tenders
    "E3140": "金鹏",    # batching-plant sales
    "E3150": "苏晓军",  # materials department
    "E3160": "何婷",    # general office
}

PAYER = {"account_no": account("hj/payer", 19), "account_name": "宁夏塞上恒基建设工程有限公司"}

# Vendor master ------------------------------------------------------------------
STEEL = payee("宁夏灵盛钢材贸易有限公司", account("hj/v01", 18), "宁夏银行银川分行营业部",
              vendor_id="V-HJ01", phone="0951-0000412")
STEEL_NEW = renamed(STEEL, account_no=account("hj/v01-new", 19), bank="中原银行郑州金水支行")
CEMENT = payee("宁夏砼达建材有限公司", account("hj/v02", 19), "中国银行灵武支行",
               vendor_id="V-HJ02", phone="0951-0000538")
CEMENT_NEW = renamed(CEMENT, account_no=account("hj/v02-new", 16), bank="中国民生银行西安高新开发区支行")
RENTAL = payee("银川鑫顺达工程机械租赁有限公司", account("hj/v03", 17), "宁夏黄河农村商业银行兴庆支行",
               vendor_id="V-HJ03", phone="0951-0000627")
LABOUR = payee("宁夏劳联建筑劳务有限公司", account("hj/v04", 19), "中国工商银行灵武支行",
               vendor_id="V-HJ04", phone="0951-0000745")
DIGGER = payee("马建军", account("hj/v05", 19), "中国农业银行灵武市支行", "personal",
               vendor_id="V-HJ05", phone="13800004418")
TESTLAB = payee("宁夏筑安工程检测有限公司", account("hj/v07", 17), "中国农业银行银川金凤支行",
                vendor_id="V-HJ07", phone="0951-0000873")
TESTLAB_NEW = renamed(TESTLAB, account_no=account("hj/v07-new", 18), bank="宁夏银行金凤支行")
PROOFING = payee("宁夏瑞丰防水工程有限公司", account("hj/v08", 18), "兴业银行银川分行",
                 vendor_id="V-HJ08", phone="0951-0000264")
BANK_LOAN = payee("中国建设银行股份有限公司宁东支行", account("hj/v09", 19), "中国建设银行宁东支行",
                  vendor_id="V-HJ09", phone="0951-0000190")
STEELFRAME = payee("宁夏恒通钢结构工程有限公司", account("hj/v10", 16), "中国邮政储蓄银行银川市分行",
                   vendor_id="V-HJ10", phone="0951-0000356")
FACTOR = payee("宁夏聚鑫商业保理有限公司", account("hj/v13", 19), "中信银行银川分行",
               vendor_id="V-HJ13", phone="0951-0000581")
CRANE_DRIVER = payee("杨志刚", account("hj/w031", 19), "中国建设银行灵武支行", "personal",
                     vendor_id="W-HJ031", phone="13800001937")
WAGE_ACCOUNT = payee("宁夏塞上恒基建设工程有限公司（农民工工资专用账户）", account("hj/pay01", 19),
                     "中国建设银行宁东支行", vendor_id="PAY-HJ01")
TREASURY = payee("国家金库灵武市支库", account("hj/tax", 18), "中国人民银行灵武市支行")
TENDER_ND = payee("宁东能源化工基地公共资源交易中心", account("hj/ggzy-nd", 19), "中国建设银行宁东支行",
                  phone="0951-0000217")

# Customers ------------------------------------------------------------------------
HUANING = customer("宁夏华宁化建工程有限公司", make_uscc("hj/c01", "640181", new_style=False), "白工",
                   "0951-0000455", "baigong@hnhj-eng.com", None, "C-HJ01")
XINGLING = customer("灵武市兴灵市政工程有限公司", make_uscc("hj/c02", "640181"), "何经理",
                    "0951-0000518", "hejl@xlsz-gc.cn", None, "C-HJ02")
BOAN = customer("宁夏博安建设集团有限公司", make_uscc("hj/c03", "640104", new_style=False), "苏经理",
                "0951-0000692", "wuzi@boan-jt.com", None, "C-HJ03")

GM_WECHAT = wxid("hj/gm-malixin")
GM_MOBILE = "13800002671"


def erp(memo, contract=None, inv=None, remark="同意支付。"):
    parts = [f"金蝶云付款申请：{memo}"]
    if contract:
        parts.append(f"合同号{contract}")
    if inv:
        parts.append(f"发票号{inv}")
    return "，".join(parts) + f"。审批意见：{remark}"


def p(day, hm, to, amount, purpose, memo, req="E3111", appr=("E3110",), contract=None,
      inv_key=None, text=None, remark="同意支付。", **kw):
    inv = invoice_no(inv_key, PROV) if inv_key else None
    return payment(at=ts(day, hm), payer=PAYER, payee=to, amount=amount, purpose=purpose,
                   memo=memo, text=text or erp(memo, contract, inv, remark),
                   requested_by=req, approved_by=appr, from_name=kw.pop("from_name", EMP[req]),
                   contract_id=contract, invoice_no=inv, **kw)


def lines():
    L = []
    # ============================== history: September - October 2026
    L.append(history(p("2026-09-01", "10:30", STEEL, 715400, "货款",
                       "钢筋款（HRB400E，196吨）", contract="HJ-CG-2026-003", inv_key="hj-steel-0901",
                       appr=("E3110", "E3102")),
                     "Rebar from the regular steel trader."))
    L.append(history(order(at=ts("2026-09-02", "14:20"), customer=HUANING,
                           items=[item("C30商品混凝土", 800, "立方米", 362)], channel="erp",
                           address="宁东镇华宁化建煤化工配套项目工地", deadline="2026-09-06",
                           terms="月结30天", notes="按周计划供应，泵送"),
                     "Ready-mixed concrete for an established chemical-works builder."))
    L.append(history(p("2026-09-03", "11:10", CEMENT, 263180, "货款", "8月水泥及砂石料款",
                       contract="HJ-CG-2026-007", inv_key="hj-cement-aug",
                       remark="对账单由砼达财务邮箱caiwu@ntongda.com.cn发来，已核对，同意支付。"),
                     "Cement and aggregates for the batching plant."))
    L.append(history(p("2026-09-07", "15:30", LABOUR, 486300, "劳务费", "8月劳务分包费",
                       contract="HJ-LW-2026-002", inv_key="hj-labour-aug", appr=("E3110", "E3102"),
                       remark="劳务结算单已经项目部签认，同意。"),
                     "Monthly fee to the labour subcontractor."))
    L.append(history(p("2026-09-08", "10:50", WAGE_ACCOUNT, 1032560, "工资",
                       "8月农民工工资（126人）转入专用账户代发", req="E3121", appr=("E3110", "E3102"),
                       remark="工资表已公示无异议，同意转入专用账户由银行代发。"),
                     "Monthly transfer into the company's own migrant-worker wage account."))
    L.append(history(p("2026-09-09", "16:20", RENTAL, 156000, "租赁费", "8月塔吊及汽车吊租赁费",
                       contract="HJ-ZL-2026-004", inv_key="hj-rent-aug"),
                     "Crane rental to the regular rental company."))
    L.append(history(p("2026-09-10", "11:40", DIGGER, 38400, "机械费", "8月挖掘机台班费（机主马建军）",
                       contract="HJ-ZL-2026-009", remark="台班记录经项目部签字，同意。"),
                     "Excavator hire paid to the owner-operator's own card."))
    L.append(history(order(at=ts("2026-09-11", "14:00"), customer=BOAN,
                           items=[item("C35商品混凝土", 500, "立方米", 378)], channel="email",
                           address="宁东镇博安建设煤制油检修基地工地", deadline="2026-09-15",
                           terms="月结30天", notes="按供货合同执行"),
                     "Concrete for an established builder."))
    L.append(history(p("2026-09-15", "15:50", TENDER_ND, 80000, "投标保证金",
                       "宁东园区道路维修工程投标保证金", req="E3130", appr=("E3110",),
                       text="金蝶云付款申请：宁东园区道路维修工程投标保证金（招标编号NDGG-2026-0913），"
                            "按交易中心公告账户缴纳，缴费回执发经营部邮箱bid@hengji-js.com.cn。审批意见：同意。"),
                     "Tender bond to the trading centre's published account."))
    L.append(history(p("2026-09-21", "10:40", BANK_LOAN, 86250, "利息", "三季度流动资金贷款利息",
                       contract="JH-DK-2025-118", req="E3112"),
                     "Quarterly interest to the lending bank."))
    L.append(history(order(at=ts("2026-09-23", "14:50"), customer=XINGLING,
                           items=[item("预制混凝土检查井盖板", 300, "套", 156)], channel="im",
                           address="灵武市城区雨污分流改造工地", deadline="2026-09-28",
                           terms="款到发货", notes="货款已付"),
                     "Precast covers for an established municipal contractor, prepaid."))
    L.append(history(p("2026-09-28", "11:30", TESTLAB, 9860, "检测费", "9月原材料及试块检测费",
                       contract="HJ-FW-2026-012", inv_key="hj-lab-sep", req="E3112"),
                     "Materials testing by the regular lab."))
    L.append(history(p("2026-10-09", "10:40", STEEL, 622640, "货款", "钢筋款（HRB400E，172吨）",
                       contract="HJ-CG-2026-003", inv_key="hj-steel-1009", appr=("E3110", "E3102")),
                     "Rebar from the regular steel trader."))
    L.append(history(p("2026-10-12", "15:10", PROOFING, 338200, "工程款",
                       "管廊一期防水工程进度款（扣留5%质保金）", contract="HJ-FB-2026-005",
                       inv_key="hj-proof-oct", appr=("E3110", "E3102")),
                     "Progress payment to the waterproofing subcontractor, retention held back."))
    L.append(history(p("2026-10-14", "11:00", WAGE_ACCOUNT, 1096840, "工资",
                       "9月农民工工资（133人）转入专用账户代发", req="E3121", appr=("E3110", "E3102"),
                       remark="同意。"),
                     "Monthly transfer into the company's own migrant-worker wage account."))
    L.append(history(p("2026-10-15", "14:30", LABOUR, 512760, "劳务费", "9月劳务分包费",
                       contract="HJ-LW-2026-002", inv_key="hj-labour-sep", appr=("E3110", "E3102")),
                     "Monthly fee to the labour subcontractor."))
    L.append(history(p("2026-10-16", "10:20", STEELFRAME, 425000, "工程款", "管廊钢结构分包进度款",
                       contract="HJ-FB-2026-008", inv_key="hj-frame-oct", appr=("E3110", "E3102")),
                     "Progress payment to the steel-structure subcontractor."))
    L.append(history(p("2026-10-20", "15:40", CRANE_DRIVER, 8600, "劳务费", "9月塔吊司机劳务费（杨志刚）",
                       req="E3121", remark="考勤26天，本人签字确认。"),
                     "Tower-crane driver paid to his own card."))
    L.append(history(p("2026-10-21", "11:20", TREASURY, 146382.57, "税款", "9月增值税及附加税费",
                       req="E3112", text="电子税务局三方协议扣款：9月增值税及附加税费，已申报。"),
                     "Monthly VAT through the tax-bureau three-party debit."))
    L.append(history(p("2026-10-22", "10:50", CEMENT, 287640, "货款", "9月水泥及砂石料款",
                       contract="HJ-CG-2026-007", inv_key="hj-cement-sep"),
                     "Cement and aggregates for the batching plant."))
    L.append(history(order(at=ts("2026-10-26", "14:10"), customer=BOAN,
                           items=[item("C30商品混凝土", 650, "立方米", 365)], channel="email",
                           address="宁东镇博安建设煤制油检修基地工地", deadline="2026-10-30",
                           terms="月结30天", notes="二期基础浇筑"),
                     "Concrete for an established builder."))
    L.append(history(p("2026-10-28", "16:00", RENTAL, 162000, "租赁费", "9月塔吊及汽车吊租赁费",
                       contract="HJ-ZL-2026-004", inv_key="hj-rent-sep"),
                     "Crane rental to the regular rental company."))
    L.append(history(p("2026-10-29", "10:30", TESTLAB_NEW, 1, "检测费", "新账户验证试付1元",
                       req="E3112", changed_at=ts("2026-10-28", "15:20"),
                       text="金蝶云付款申请：筑安检测银行账户变更后试付1.00元，待对方财务确认到账后再付正常款项。"
                            "审批意见：同意。"),
                     "One-yuan test transfer to the lab's new account after its bank change was confirmed."))

    # ============================== test: November - December 2026
    L.append(legit(p("2026-11-02", "10:20", STEEL, 565640, "货款", "钢筋款（HRB400E，158吨）",
                     contract="HJ-CG-2026-003", inv_key="hj-steel-1102", appr=("E3110", "E3102")),
                   "Routine: Rebar payment to the regular steel trader on its usual account."))

    L.append(legit(order(at=ts("2026-11-03", "11:05"),
                         customer=customer("中能建化（宁夏）工程有限公司", make_uscc("hj/c-zn", "640100"),
                                           "岳工", "0951-0000734", "yuegong@znjh-eng.com.cn"),
                         items=[item("C30商品混凝土", 1800, "立方米", 368),
                                item("C35商品混凝土", 600, "立方米", 385)],
                         channel="email", address="宁东基地煤制油配套污水处理项目施工现场（中能建化项目部）",
                         deadline="2026-11-30",
                         terms="按集团电子采购平台合同：每月25日对账，次月支付上月供货额的90%",
                         notes="我方为集团下属工程公司，本批混凝土已在集团电子采购平台完成询比价，"
                               "成交通知书及采购订单号ZNJH-CG-2026-11-0068可在平台查询。"
                               "合同由项目部物资部与贵司签订，送货单须经我方现场材料员签收。"),
                   "Hard negative: A state-group project company's first, large order on monthly "
                   "credit, placed through its group e-procurement platform with a verifiable award "
                   "and delivery to its own project site.",
                   ["new_customer", "large_first_order", "credit_terms_requested", "institution_claim"]))

    L.append(scam(p("2026-11-04", "15:30",
                    payee("北京筑信联合信息技术有限公司", account("hj/s-dir", 19), "中国工商银行北京丰台支行"),
                    3980, "服务费", "建筑业企业信用名录年度收录维护费", req="E3160", appr=("E3110",),
                    channel="email", from_name="全国建筑业企业信用名录编委会",
                    from_contact="mlbw_notice@126.com", urgent=True,
                    text="★缴费通知★\n恒基建设：\n贵单位已收录于《全国建筑业企业信用名录（2027版）》，"
                         "年·度·收·录维护费3980元，请于11月10日前汇至下列指定账户💳，"
                         "逾期将暂停收录并影响招投标信用评价⚠️。\n本通知即为缴费凭证，无需回复。"),
                  "fake_invoice", "flag",
                  "An unsolicited e-mail 'bill' from a free-mail address asks 3,980 for an annual "
                  "listing in a national contractors' directory, with dotted and emoji-studded wording "
                  "and a tender-credit threat.",
                  ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "free_mail",
                   "urgency", "evasion_symbols"]))

    L.append(legit(p("2026-11-05", "10:40", LABOUR, 538920, "劳务费", "10月劳务分包费",
                     contract="HJ-LW-2026-002", inv_key="hj-labour-oct", appr=("E3110", "E3102"),
                     text="金蝶云付款申请：10月劳务分包费。10月劳务结算单已经项目部和劳联劳务双方签认，"
                          "相关凭证已记账、过账，往来科目与劳联劳务对账无差异，按合同月结支付。"
                          "审批意见：对账单附后，同意。"),
                   "Hard negative: Monthly labour-subcontract fee whose ERP note says the vouchers were "
                   "posted (过账) and the ledger reconciled before paying on monthly terms.",
                   ["account_lending_words"]))

    L.append(legit(p("2026-11-06", "16:10", WAGE_ACCOUNT, 1158300, "工资",
                     "10月农民工工资（141人）转入专用账户代发", req="E3121", appr=("E3110", "E3102"),
                     text="金蝶云付款申请：10月农民工工资1158300元转入农民工工资专用账户，"
                          "由建行按工资表代发至141名工人本人银行卡。各班组工资表已由劳资员核对考勤、"
                          "工人本人签字并在项目部公示三天。审批意见：同意。"),
                   "Hard negative: One transfer covering 141 workers' wages, but into the company's own "
                   "dedicated wage account from which the bank pays each worker's own card.",
                   ["payee_shared_by_employees", "large_vs_usual"]))

    L.append(legit(p("2026-11-09", "10:15",
                     payee("银川市公共资源交易中心", account("hj/ggzy-yc", 19), "中国银行银川西夏支行",
                           phone="0951-0000329"),
                     120000, "投标保证金", "宁东化工园区管廊三期工程投标保证金", req="E3130",
                     appr=("E3110", "E3102"), urgent=True,
                     text="金蝶云付款申请：宁东化工园区管廊三期工程（招标编号YCGG-2026-1107）投标保证金12万元，"
                          "按招标公告第九条所列交易中心保证金专户缴纳，须于开标前一日17:00前到账，"
                          "逾期视为无效投标。公告截图及账户信息已由经营部在交易中心官网核对。"
                          "审批意见：同意，今天办理。"),
                   "Hard negative: Urgent tender bond to the public resource trading centre's account "
                   "printed in the tender announcement, checked on the centre's own website.",
                   ["deposit_words", "first_time_payee", "urgency"]))

    L.append(scam(p("2026-11-10", "14:20",
                    payee("中亿城建（宁夏）工程管理有限公司", account("hj/s-zy", 19), "宁夏银行西夏支行"),
                    800000, "保证金", "宁东煤制烯烃配套项目土建分包履约保证金", req="E3130",
                    appr=("E3110", "E3102"), channel="im", from_name="中亿城建 王总",
                    from_contact=wxid("hj/s-zy-wang"), urgent=True,
                    text="刘经理，项目总包是我们中亿，业主是央企，总投资一百二十多亿，土建这块可以交给你们恒基。"
                         "按总包规矩，分包合同签订前先交履 约 保 证 金80万，三个工作日内到账就安排进场，"
                         "晚了名额就给别家了。合同用我们的模板，到我们银川办公室签。"),
                  "contract_fraud", "flag",
                  "A three-month-old 'general contractor' dangles a 12-billion project and wants an "
                  "800k performance bond before any subcontract is signed, the key word typed with spaces.",
                  ["deposit_words", "bigproject_words", "shell_company", "first_time_payee",
                   "fee_asked_of_seller", "im_instruction", "urgency", "evasion_spacing"]))

    L.append(legit(p("2026-11-11", "11:30", TESTLAB_NEW, 18600, "检测费", "10月原材料及试块检测费",
                     contract="HJ-FW-2026-012", inv_key="hj-lab-oct", req="E3112", appr=("E3110",),
                     changed_at=ts("2026-10-28", "15:20"),
                     verify=verification("0951-0000873", "E3110", ts("2026-10-28", "16:10")),
                     text="金蝶云付款申请：10月原材料及试块检测费。说明：筑安检测因基本户迁至宁夏银行，"
                          "已寄来加盖公章的《银行账户变更函》原件，10月28日财务经理按供应商档案电话"
                          "0951-0000873回拨对方财务负责人核实新账号，10月29日试付1元已确认到账，"
                          "户名与合同主体一致。审批意见：同意。"),
                   "Hard negative: First regular payment to the lab's new account, changed two weeks "
                   "earlier on a stamped letter, confirmed by call-back to the number on file and by a "
                   "one-yuan test transfer.",
                   ["account_changed_recent", "account_change_words"]))

    L.append(legit(p("2026-11-12", "20:45", RENTAL, 168000, "租赁费", "10月塔吊及汽车吊租赁费",
                     contract="HJ-ZL-2026-004", inv_key="hj-rent-oct", appr=("E3110", "E3102"),
                     channel="im", from_name="马立新", from_contact=GM_WECHAT, urgent=True,
                     verify=verification(GM_MOBILE, "E3111", ts("2026-11-12", "20:30")),
                     text="马立新：王娟，鑫顺达说再不付租赁费明早就把两台吊车撤场，明天管廊要浇筑不能停。"
                          "10月租赁费结算单我已经在钉钉上批了，李经理也批了，你今晚用网银付掉，付完把回单发我。\n"
                          "王娟：好的马总，我刚给您手机打过电话确认了，现在提交。"),
                   "Hard negative: The real general manager, on his known WeChat, asks the cashier at "
                   "night to pay a regular crane-rental bill urgently; both approvals are in place and "
                   "the cashier rang his directory mobile first.",
                   ["im_instruction", "boss_role", "urgency", "off_hours"]))

    L.append(scam(order(at=ts("2026-11-13", "15:00"),
                        customer=customer("宁夏搏安建设集团有限公司", BOAN["credit_code"], "苏经理",
                                          "13800008264", "boanjt_wz@163.com"),
                        items=[item("C40商品混凝土", 2000, "立方米", 420)], channel="email",
                        address="吴忠市利通区金积工业园某仓储物流园西侧工地", deadline="2026-11-16",
                        terms="货到验收后90天付款",
                        notes="我们集团吴忠新项目急用，量大，这次走集团新成立的项目公司账期，"
                              "以后联系人换成我，有事直接找我对接，不用再找原来的物资部。"),
                  "fake_purchaser", "flag",
                  "A name one character off an established customer (搏 for 博), using that customer's "
                  "credit code but a new mobile and free-mail contact, orders 2,000 m³ on 90-day credit "
                  "for a site in another city.",
                  ["lookalike_company", "new_customer", "contact_mismatch", "credit_terms_requested",
                   "large_first_order", "far_delivery", "free_mail", "urgency"]))

    L.append(legit(p("2026-11-16", "10:30", TREASURY, 158907.34, "税款", "10月增值税及附加税费",
                     req="E3112", appr=("E3110",), urgent=True,
                     text="电子税务局三方协议扣款：10月增值税及附加税费，今天是申报缴款截止日，"
                          "已申报，请财务经理尽快确认扣款。"),
                   "Hard negative: Deadline-day VAT payment to the state treasury through the "
                   "tax-bureau three-party debit, marked urgent.",
                   ["urgency", "authority_words"]))

    L.append(scam(p("2026-11-17", "10:50",
                    payee("罗志成", account("hj/s-luo", 19), "中国工商银行西安雁塔支行", "personal"),
                    300000, "验资款", "流动资金贷款放款前验资", req="E3110", appr=("E3102",),
                    channel="im", from_name="罗经理（融资顾问）", from_contact=wxid("hj/s-luo"),
                    urgent=True,
                    text="李总，贵公司800万流动资金贷款初审已经过了，无抵押，年化3.6%，下周一就能放款。"
                         "放款前银行要验资，需要公司先转30万到我们客户经理罗志成的个人账户做资金验证，"
                         "放款时连本带息一起退回。验资回单发我，我这边马上走终审。"),
                  "advance_fee", "block",
                  "A 'financing adviser' promises an unsecured 8m loan and wants 300k sent to a personal "
                  "account for 'capital verification' before disbursement.",
                  ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction",
                   "urgency"]))

    L.append(legit(p("2026-11-18", "14:40",
                     payee("宁夏宁东信合融资担保有限公司", account("hj/guar", 19), "中国建设银行宁东支行",
                           phone="0951-0000463"),
                     3001500, "还款", "归还转贷应急资金（过桥资金）本金及使用费", req="E3112",
                     appr=("E3110", "E3102"), contract="ND-ZD-2026-0451",
                     text="金蝶云付款申请：建行1500万流动资金贷款续贷已于11月17日放款（借据号JH-DK-2026-207）。"
                          "按《转贷应急资金使用协议》ND-ZD-2026-0451，归还11月16日借用的过桥资金本金300万元"
                          "及3天使用费1500元，还至担保公司应急资金专户（即来款账户）。审批意见：同意。"),
                   "Hard negative: Repaying a government-backed bridge fund (过桥资金) run by a licensed "
                   "guarantee company once the bank renewed the loan, to the account the money came from.",
                   ["account_lending_words", "loan_fee_words", "first_time_payee", "large_vs_usual"]))

    L.append(scam(p("2026-11-19", "11:20", CEMENT_NEW, 386400, "货款", "10月水泥及砂石料款",
                    contract="HJ-CG-2026-007", inv_key="hj-cement-oct", appr=("E3110",),
                    channel="email", from_name="砼达建材财务部", from_contact="caiwu@ntonqda.com.cn",
                    changed_at=ts("2026-11-16", "16:05"),
                    text="恒基財務部：\n您好！因我司基本戶年審，原中國銀行帳戶暫停收款，自即日起貨款請匯至以下新帳戶：\n"
                         "戶名：寧夏砼達建材有限公司\n開戶行：中國民生銀行西安高新開發區支行\n"
                         f"帳號：{CEMENT_NEW['account_no']}\n請勿再匯入原帳戶，謝謝配合。\n砼達建材財務部"),
                  "account_change", "block",
                  "A traditional-character e-mail from a look-alike of the cement supplier's domain "
                  "(q for g) moves payment to a Xi'an bank three days before the monthly settlement, "
                  "and this is the first payment to it.",
                  ["account_changed_recent", "first_time_payee", "lookalike_domain", "email_instruction",
                   "account_change_words", "unusual_bank_region", "evasion_traditional"]))

    L.append(legit(p("2026-11-20", "16:30",
                     payee("宁夏金石建筑劳务有限公司", account("hj/bidder", 18), "中国农业银行吴忠利通支行",
                           phone="0953-0000284"),
                     20000, "退款", "退还未中标单位投标保证金", req="E3112", appr=("E3110",),
                     text="金蝶云付款申请：管廊二期劳务分包招标（招标编号HJ-ZB-2026-11）已定标，"
                          "金石劳务未中标，其11月9日缴纳的投标保证金2万元按招标文件约定原路退回其缴款账户"
                          "（收款回单号0009-1109-0231）。审批意见：核对回单户名账号一致，同意。"),
                   "Hard negative: Returning a losing bidder's tender bond in our own subcontract tender, "
                   "to the exact account it was paid from.",
                   ["refund_words", "deposit_words", "first_time_payee"]))

    L.append(legit(order(at=ts("2026-11-23", "10:40"), customer=BOAN,
                         items=[item("C30商品混凝土", 700, "立方米", 365)], channel="email",
                         address="宁东镇博安建设煤制油检修基地工地", deadline="2026-11-27",
                         terms="月结30天", notes="三期设备基础，按周计划"),
                   "Routine: Monthly concrete order from the established builder, usual contact and site."))

    L.append(scam(p("2026-11-24", "15:10", STEEL_NEW, 665880, "货款", "钢筋款（HRB400E，186吨）",
                    contract="HJ-CG-2026-003", inv_key="hj-steel-1124", appr=("E3110", "E3102"),
                    changed_at=ts("2026-11-20", "10:30")),
                  "account_change", "block",
                  "Structural only: the steel trader's account in the vendor master was switched to a "
                  "Zhengzhou bank four days earlier and this ordinary rebar payment is the first to it.",
                  ["account_changed_recent", "first_time_payee", "unusual_bank_region"]))

    L.append(legit(p("2026-11-25", "11:00", DIGGER, 40352, "机械费", "10月挖掘机台班费（机主马建军）",
                     contract="HJ-ZL-2026-009", req="E3121", appr=("E3110",),
                     text="金蝶云付款申请：10月挖掘机台班费41600元。机主为个人，无法开具专票，"
                          "已由其本人到灵武市税务局代开3%增值税普通发票，代开税点1248元按报价约定由机主承担，"
                          "实付40352元至机主本人银行卡。审批意见：同意。"),
                   "Hard negative: An owner-operator whose invoice the tax office issued on his behalf "
                   "(代开), the tax point deducted as the quotation said, paid to his own card.",
                   ["invoice_trade_words", "personal_account"]))

    L.append(scam(p("2026-11-26", "12:40",
                    payee("蒋文斌", account("hj/s-jiang", 19), "中国建设银行西安长安路支行", "personal"),
                    200000, "协调费", "管廊二期甲方协调费", req="E3110", appr=(),
                    channel="email", from_name="马立新", from_contact="malixin@hengjl-js.com.cn",
                    urgent=True,
                    text="李经理：\n管廊二期的进度款甲方那边卡着，需要打点一下。20万今天下班前转到蒋文斌个人账户"
                         f"（建行，{account('hj/s-jiang', 19)}），这事先保\u200b密，不要在群里说，"
                         "也不要跟其他人讲。我在银川开会，电话不方便，合同和审批回来后\u200b补。\n马立新"),
                  "boss_impersonation", "flag",
                  "An e-mail from a look-alike of the company domain signed by the general manager wants "
                  "200k 'coordination money' paid to a private card, kept secret and signed off later; "
                  "zero-width spaces break up the key words.",
                  ["email_instruction", "lookalike_domain", "secrecy_words", "cannot_call",
                   "bypass_process", "personal_account", "first_time_payee", "no_approval", "urgency",
                   "boss_role", "evasion_symbols"]))

    L.append(legit(p("2026-11-27", "10:30",
                     payee("宁夏塞上恒基建设工程有限公司（农民工工资保证金专户）", account("hj/wage-dep", 19),
                           "中国建设银行宁东支行"),
                     172000, "保证金", "管廊二期农民工工资保证金存储", req="E3121",
                     appr=("E3110", "E3102"),
                     text="金蝶云付款申请：按人社部门工资保证金管理规定，管廊二期工程（合同价860万元）"
                          "须按2%存储农民工工资保证金17.2万元，存入本公司在建行开立的工资保证金专户，"
                          "存储证明报宁东人社局备案。审批意见：同意。"),
                   "Hard negative: The statutory migrant-worker wage deposit placed in a dedicated "
                   "account in the company's own name.",
                   ["deposit_words", "first_time_payee"]))

    L.append(scam(p("2026-11-28", "22:15",
                    payee("韩德旺", account("hj/s-han", 19), "中国邮政储蓄银行固原市分行", "personal"),
                    128600, "工资", "钢筋班组11月工资（16人）", req="E3121", appr=("E3110",),
                    channel="im", from_name="韩德旺（钢筋班组长）", from_contact=wxid("hj/s-han-new"),
                    text="海燕姐，我是老韩，原来的微信被封了用这个新号。我们钢筋班１６个人１１月的工资一共"
                         "１２８６００元，好几个工人的卡丢了还没补，你们统一打到我这张邮储卡上，"
                         "我再发到各人手里，工人都同意了。"),
                  "fake_salary", "block",
                  "On a Saturday night a 'new WeChat' of the rebar gang leader, typing full-width digits, "
                  "asks for sixteen workers' wages in one payment to his own card.",
                  ["payee_shared_by_employees", "payee_not_employee", "personal_account",
                   "im_instruction", "new_contact", "first_time_payee", "off_hours",
                   "evasion_fullwidth"]))

    L.append(legit(p("2026-11-30", "14:30",
                     payee("宁夏宁东天晟煤化工有限公司", account("hj/owner", 19), "中国工商银行宁东支行",
                           phone="0951-0000602"),
                     860000, "履约保证金", "管廊二期工程履约保证金（合同价10%）", req="E3130",
                     appr=("E3110", "E3102", "E3101"), contract="TS-SG-2026-021",
                     text="金蝶云付款申请：我司中标天晟煤化工管廊二期工程（中标通知书TS-ZB-2026-038），"
                          "按招标文件及施工合同第十二条，签约后七日内向建设单位缴纳合同价10%的履约保证金86万元，"
                          "收款账户为合同载明的建设单位基本户，竣工验收后无息退还。审批意见：同意。"),
                   "Hard negative: A performance bond paid after winning the tender, to the project "
                   "owner's own account named in the signed construction contract.",
                   ["deposit_words", "first_time_payee", "large_vs_usual"]))

    L.append(legit(p("2026-12-01", "11:10",
                     payee("灵武市新印象广告图文有限公司", account("hj/print", 17), "宁夏黄河农村商业银行灵武支行",
                           phone="0951-0000375"),
                     4860, "宣传费", "宁东派出所进工地反诈宣讲横幅及折页制作费", req="E3160", appr=("E3110",),
                     text="金蝶云付款申请：宁东派出所11月28日到管廊项目部生活区开展反诈宣讲，"
                          "我司负责制作横幅12条、宣传折页2000份。折页内容由派出所民警提供："
                          "“公检法不会电话办案，凡是要求把钱转到安全账户的都是诈骗”“刷单返利都是坑”"
                          "“老板微信让转账，先打电话核实”。审批意见：同意。"),
                   "Hard negative: Printing for a police anti-fraud talk at the workers' camp, the memo "
                   "quoting the police slogans about safe accounts and task rebates.",
                   ["authority_words", "safe_account_words", "task_rebate_words", "first_time_payee"]))

    L.append(scam(p("2026-12-02", "15:20",
                    payee("深圳市前海鑫安资产托管有限公司", account("hj/s-xa", 19), "平安银行深圳前海分行"),
                    1500000, "资金核查", "配合公安机关资金核查转入监管账户", req="E3111", appr=(),
                    channel="phone", from_name="宁东公安分局经侦大队 李警官",
                    from_contact="13800003562", urgent=True,
                    text="来电记录（出纳王娟手记）：对方自称宁东公安分局经侦大队李警官，称我司建行基本户"
                         "涉嫌为电信诈骗团伙洗钱，已列入冻结名单；为配合资金核查，要求今天17点前把账户资金"
                         "转入监管账户，核查无误后48小时内原路退回；要求此事保密，不得告诉公司其他人，"
                         "否则以妨碍侦查追究责任；随后用QQ发来盖章的冻结令照片。"),
                  "authority_impersonation", "block",
                  "A caller posing as the economic-crime police says the company account is laundering "
                  "money and orders 1.5m moved to a 'supervised account' for 'fund verification', in secret.",
                  ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction",
                   "first_time_payee", "no_approval", "urgency", "large_vs_usual"]))

    L.append(legit(p("2026-12-03", "10:40", FACTOR, 380000, "工程款",
                     "恒通钢结构管廊分包进度款（应收账款保理，付保理商）", contract="HJ-FB-2026-008",
                     inv_key="hj-frame-nov", appr=("E3110", "E3102"),
                     verify=verification("0951-0000356", "E3110", ts("2026-12-01", "15:30")),
                     text="金蝶云付款申请：恒通钢结构将对我司的应收账款转让给聚鑫商业保理，"
                          "三方已签署并盖章《应收账款转让通知书》（编号JX-BL-2026-117），明确收款账户变更为保理商账户。"
                          "12月1日财务经理按供应商档案电话0951-0000356回拨恒通财务负责人确认。"
                          "保理商已完成供应商准入。审批意见：按通知书付款，同意。"),
                   "Hard negative: A subcontractor's receivable assigned to a factoring company under a "
                   "signed three-party notice, confirmed by call-back to the subcontractor's number on file.",
                   ["payee_name_mismatch", "first_time_payee", "account_change_words"]))

    L.append(scam(p("2026-12-04", "16:00",
                    payee("宁夏金垚商贸有限公司", account("hj/s-jy", 18), "宁夏银行吴忠分行"),
                    1176000, "往来款", "代收工程款转付", req="E3111", appr=("E3110",),
                    channel="im", from_name="杜老板（鼎盛劳务）", from_contact=wxid("hj/s-du"),
                    urgent=True,
                    text="李经理，帮个忙。我们公司gong户被银行限额了，昨天有笔120万的工程款让甲方打到你们公司账上了，"
                         "麻烦今天转给宁夏金垚商贸，借你们的户zou个账，扣两个点给你们当辛苦费，回头请你吃饭。"),
                  "account_lending", "block",
                  "A contractor acquaintance had 1.2m paid into our account and now wants it forwarded "
                  "to a trading firm less a 2% 'fee', the lending words half in pinyin.",
                  ["account_lending_words", "in_out_match", "first_time_payee", "im_instruction",
                   "vague_memo", "urgency", "evasion_pinyin"]))

    L.append(legit(p("2026-12-07", "11:15",
                     payee("灵武市兴灵市政工程有限公司", account("hj/c02-acct", 19), "中国农业银行灵武市支行",
                           phone="0951-0000518"),
                     13870, "退款", "兴灵市政11月预付混凝土款多付部分退回", req="E3112", appr=("E3110",),
                     text="金蝶云付款申请：兴灵市政11月预付C30混凝土500方货款182500元（11月2日到账，回单已核），"
                          "实际供应462方，经双方签认对账单，差额38方计13870元退回兴灵市政当初的付款账户。"
                          "审批意见：同意。"),
                   "Hard negative: The unused part of an established customer's cleared prepayment, "
                   "agreed on a signed statement, refunded to the account that paid it.",
                   ["overpayment", "refund_words", "first_time_payee"]))

    L.append(scam(order(at=ts("2026-12-08", "10:20"),
                        customer=customer("武警某部营房改造项目部", None, "陈助理", "13800005287",
                                          None, wxid("hj/s-wj")),
                        items=[item("C30商品混凝土", 600, "立方米", 368)], channel="im",
                        address="宁东镇某营区（具体位置到时电话联系）", deadline="2026-12-12",
                        terms="验收后一并结算",
                        third_party=third_party("银川市金盾消防器材经营部", "13800006153",
                                                "designated_supplier", 46800),
                        notes="我们是武警某部后勤，营房改造要600方C30，价格按你们报价没问题。"
                              "另外营房验收要配一批制式消防器材，只有金盾那家有资质，你们帮忙一起采购，"
                              "货款先垫给他们，工程款结算时一并给你们。盖章的采购清单已发你微信。"),
                  "fake_order", "flag",
                  "A WeChat-only 'armed-police logistics' buyer orders concrete and asks us to buy fire "
                  "equipment from the shop it names and advance the money, to be settled later.",
                  ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer",
                   "contact_im_only"]))

    L.append(legit(order(at=ts("2026-12-09", "14:00"), customer=HUANING,
                         items=[item("C35商品混凝土（掺防冻剂）", 900, "立方米", 398)], channel="erp",
                         address="宁东镇华宁化建煤化工配套项目工地", deadline="2026-12-15",
                         terms="月结30天",
                         notes="冬季施工，监理要求C35混凝土掺“凌峰牌”防冻剂（甲方指定品牌，见合同补充协议三），"
                               "由贵站按自己的采购渠道购买，费用已含在单价内。结算照旧走账期，月结30天，每月25日对账。"),
                   "Hard negative: An established customer's winter order that names the antifreeze "
                   "brand to use (we buy it ourselves, the cost is in our unit price) and asks to stay on "
                   "its usual credit terms (走账期).",
                   ["designated_supplier", "account_lending_words"]))

    L.append(scam(p("2026-12-10", "10:50",
                    payee("宁夏广域通达企业管理咨询有限公司", account("hj/s-gy", 19), "石嘴山银行银川分行"),
                    90000, "咨询服务费", "管廊三期项目信息咨询服务费（30%）", req="E3130", appr=("E3102",),
                    channel="im", from_name="贺总（介绍人）", from_contact=wxid("hj/s-he"),
                    text="刘经理，三期那个标我这边有关系，内部指标基本定了，能保中标。先付30%的居间费9万，"
                         "打到我们咨询公司账上，开咨询费发票，中标后再付剩下的70%，不中全退。"
                         "这个事你知我知。"),
                  "contract_fraud", "flag",
                  "A go-between promises a guaranteed tender win and asks a 90k 'finder's fee' up front "
                  "to a consultancy, disguised as an information-service fee.",
                  ["middleman_fee", "bigproject_words", "first_time_payee", "im_instruction",
                   "secrecy_words"]))

    L.append(legit(p("2026-12-11", "15:40",
                     payee("宁夏回族自治区灵武市人民法院", account("hj/court", 19), "中国工商银行灵武支行",
                           phone="0951-0000128"),
                     213460, "执行款", "（2026）宁0181执1732号案件执行款", req="E3112",
                     appr=("E3110", "E3102"),
                     text="金蝶云付款申请：灵武市人民法院执行通知书（2026）宁0181执1732号，"
                          "我司与某建材商买卖合同纠纷判决款213460元。经公司法律顾问核实案号，"
                          "按法院官网公布的执行款专户缴纳，汇款用途注明案号。审批意见：同意。"),
                   "Hard negative: Judgment money paid into the court's own enforcement account, case "
                   "number checked by the company lawyer.",
                   ["authority_words", "first_time_payee"]))

    L.append(scam(p("2026-12-14", "10:30",
                    payee("赵丽萍", account("hj/s-zhao", 19), "中国农业银行银川兴庆支行", "personal"),
                    8000, "罚款", "农民工实名制专项检查罚款", req="E3121", appr=("E3110",),
                    channel="sms", from_name="宁东住建执法", from_contact="13800007531", urgent=True,
                    text="【宁东住建执法】贵单位宁东管廊项目农民工实名制考勤未达标，依规处罚款捌仟元，"
                         "须于24小时内缴至执法大队代收账户（户名：赵丽萍，农行），"
                         "逾期列入建筑市场经营异常名录并暂停投标资格。咨询：13800007531"),
                  "authority_impersonation", "flag",
                  "A text message posing as the construction-market inspectors imposes an 8,000 fine "
                  "for worker attendance records, payable within 24 hours to a private card.",
                  ["authority_words", "fee_words", "personal_account", "first_time_payee", "urgency"]))

    L.append(legit(p("2026-12-15", "11:40", CRANE_DRIVER, 8900, "劳务费", "11月塔吊司机劳务费（杨志刚）",
                     req="E3121", appr=("E3110",),
                     text="金蝶云付款申请：塔吊司机杨志刚11月劳务费8900元，考勤27天，"
                          "工资表本人签字，打入本人建行卡（与以往一致）。审批意见：同意。"),
                   "Hard negative: A tower-crane driver's monthly wage to his own card, paid there before.",
                   ["personal_account"]))

    L.append(legit(p("2026-12-16", "16:20", PROOFING, 48600, "质保金", "退还2024年屋面防水工程质量保证金",
                     contract="HJ-FB-2024-011", appr=("E3110", "E3102"),
                     text="金蝶云付款申请：瑞丰防水承做的2024年灵武厂区屋面防水工程两年质保期已于11月届满，"
                          "项目部回访无渗漏，按分包合同退还5%质量保证金48600元至其合同账户。"
                          "审批意见：同意。"),
                   "Hard negative: Returning a subcontractor's retention money after the defects period, "
                   "to its usual account.",
                   ["deposit_words", "refund_words"]))

    L.append(scam(p("2026-12-17", "10:10",
                    payee("田东", account("hj/s-tian", 16), "招商银行深圳南山支行", "personal"),
                    14850, "工资", "项目经理田东12月工资（工资卡变更后单独发放）", req="E3121",
                    appr=("E3110",), channel="email", from_name="田东",
                    from_contact="tiandong.hj@163.com",
                    text="马海燕你好：我原来的建行工资卡被冻结了，本月工资麻烦单独打到我新办的招商银行卡，"
                         "户名田东，开户行招商银行深圳南山支行。我这几天在工地，信号不好，有事发邮件。\n田东"),
                  "fake_salary", "flag",
                  "A free-mail message in the project manager's name asks that his salary go to a new "
                  "card opened in Shenzhen, and says he cannot take calls.",
                  ["payroll_change", "email_instruction", "free_mail", "personal_account",
                   "first_time_payee", "unusual_bank_region", "cannot_call"]))

    L.append(legit(p("2026-12-18", "14:50",
                     payee("灵武市财政局非税收入汇缴结算户", account("hj/feishui", 19), "中国农业银行灵武市支行"),
                     20000, "罚款", "管廊二期工地扬尘行政处罚罚款", req="E3112", appr=("E3110", "E3102"),
                     text="金蝶云付款申请：灵武市综合执法局《行政处罚决定书》（灵综执罚〔2026〕第318号）"
                          "因工地裸土未覆盖处罚款2万元。按缴款通知书上的非税收入缴款码缴纳至财政非税汇缴户，"
                          "已在执法局窗口核对决定书原件。审批意见：同意，项目部整改。"),
                   "Hard negative: A dust-control fine, backed by a written penalty decision, paid "
                   "through the government non-tax revenue channel.",
                   ["authority_words", "fee_words", "first_time_payee"]))

    L.append(legit(p("2026-12-21", "10:35", BANK_LOAN, 86250, "利息", "四季度流动资金贷款利息",
                     contract="JH-DK-2026-207", req="E3112", appr=("E3110",),
                     text="金蝶云付款申请：建行流动资金贷款（续贷借据JH-DK-2026-207）四季度利息，"
                          "按贷款合同结息日支付至建行还息账户。审批意见：同意。"),
                   "Hard negative: Quarterly loan interest to the lending bank on the renewed loan.",
                   ["loan_fee_words"]))

    L.append(scam(p("2026-12-22", "15:30",
                    payee("银川鑫顺达工程机械设备租赁有限公司", account("hj/s-dup", 19), "宁夏银行兴庆支行"),
                    162000, "租赁费", "塔吊及汽车吊租赁费", contract="HJ-ZL-2026-004",
                    inv_key="hj-rent-sep", req="E3112", appr=("E3110",)),
                  "fake_invoice", "block",
                  "Structural only: the September crane-rental invoice already paid on 28 October comes "
                  "back under a payee name one word longer and a new account; the memo is ordinary.",
                  ["duplicate_invoice", "first_time_payee", "payee_name_mismatch"]))

    L.append(legit(order(at=ts("2026-12-23", "11:00"),
                         customer=customer("灵武市顺通路桥工程有限公司", make_uscc("hj/c-st", "640181"),
                                           "韩经理", "0951-0000846", "st_lq@shuntonglq.cn"),
                         items=[item("预制混凝土路缘石（100×300×1000）", 2400, "块", 28),
                                item("钢筋混凝土排水管（DN600）", 160, "根", 215)],
                         channel="email", address="灵武市临河镇某村通村道路改造工地（村委会东侧）",
                         deadline="2026-12-28", terms="款到发货（已全额预付）",
                         notes="通村道路项目，全款10.16万元已于12月22日从我司基本户转入贵司建行账户，"
                               "付款户名与合同一致，请安排送到村口工地，现场有人收货。"),
                   "Hard negative: A new local road contractor's first order, fully prepaid from its own "
                   "account and delivered to a village site.",
                   ["new_customer"]))

    L.append(legit(p("2026-12-24", "16:45",
                     payee("宁夏塞上恒基建设工程有限公司（结构性存款户）", account("hj/deposit", 19),
                           "中国建设银行宁东支行"),
                     5000000, "理财", "闲置资金购买90天结构性存款", req="E3112",
                     appr=("E3110", "E3102", "E3101"),
                     text="金蝶云付款申请：年末闲置资金500万元购买建行90天保本浮动收益型结构性存款"
                          "（产品协议JH-JG-2026-12），资金划入本公司在建行开立的结构性存款户，到期本息回基本户。"
                          "审批意见：按资金管理制度同意。"),
                   "Hard negative: Idle cash placed in a bank structured deposit held in the company's "
                   "own name, the legitimate counterpart of 'investment' scams.",
                   ["first_time_payee", "large_vs_usual"]))

    L.append(scam(p("2026-12-28", "15:00",
                    payee("宁夏恒远达工贸有限公司", account("hj/s-hyd", 19), "中国农业银行吴忠利通支行"),
                    560000, "投标保证金", "管廊三期投标保证金（周总交办）", req="E3111", appr=(),
                    channel="im", from_name="周振海",
                    from_contact="QQ群：恒基高管工作群（今日新建，群主“周振海”）", urgent=True,
                    text="周振海：王娟在吗？把建行和宁夏银行两个户头的可用余额截图发群里\n"
                         "王娟：周总，建行可用1286万，宁夏银行430万\n"
                         "周振海：管廊三期那边要先交投标保证金，我跟马总已经谈好了，你先给宁夏恒远达工贸转56万，"
                         "手续我回来补。我在开会，不方便接电话\n"
                         "马立新：收到，王娟抓紧办"),
                  "boss_impersonation", "block",
                  "In a QQ group created that day the fake chairman has the cashier post both bank "
                  "balances, then orders a 560k 'tender bond' to a trading company, paperwork later.",
                  ["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call",
                   "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"]))
    return L
