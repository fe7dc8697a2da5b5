"""shijian: steel-structure subcontractor in Shihezi."""
from common import (acct, inv, wx, mob, land, uscc, payee, instr, payment, customer, item,
                    order, tp, H, R, N, S)

TENANT = "shijian"
PREFIX = {"payment": "SJ-ZF", "order": "SJ-XS"}

PAYER = {"account_no": acct("sj-basic", "30", 17), "account_name": "新疆石建钢结构工程有限公司"}

STEEL = payee("新疆天钢钢材销售有限公司", acct("sj-steel", "3002", 19), "中国工商银行石河子分行",
              "corporate", "V-SJ01", land("0993", "sj-steel"))
BOLTS = payee("石河子市恒力紧固件有限公司", acct("sj-bolts", "30", 17), "中国农业银行石河子开发区支行",
              "corporate", "V-SJ02", land("0993", "sj-bolts"))
PAINT = payee("新疆金盾防腐涂料有限公司", acct("sj-paint", "6505", 19), "中国建设银行石河子分行",
              "corporate", "V-SJ03", land("0993", "sj-paint"))
PAINT_FAKE = dict(PAINT, account_no=acct("sj-paint-fake", "8806", 18), bank="石河子农村商业银行北泉支行")
CRANE = payee("石河子市鼎盛吊装服务有限公司", acct("sj-crane", "30", 17), "中国农业银行石河子分行",
              "corporate", "V-SJ04", land("0993", "sj-crane"))
WANG = payee("王立新", acct("sj-wang", "6228", 19), "中国农业银行石河子分行", "personal", "V-SJ05",
             mob("sj-wang", "76"))
SHEET = payee("新疆华彩彩钢板有限公司", acct("sj-sheet-new", "1076", 18), "中国银行石河子分行",
              "corporate", "V-SJ06", land("0993", "sj-sheet"))
WAGE = payee("新疆石建钢结构工程有限公司（北区厂房项目农民工工资专户）", acct("sj-wage", "30", 17),
             "中国农业银行石河子分行", "corporate", "PAY-SJ01", None)
OFFICE_PAY = payee("中国农业银行石河子分行（代发工资专户）", acct("sj-office-pay", "30", 17),
                   "中国农业银行石河子分行", "corporate", "PAY-SJ02", None)

TSJG = customer("新疆天山建工集团有限公司", uscc("sj-tsjg", "650100"), "蔡经理", land("0991", "sj-tsjg"),
                "caiwu@tsjgjt.com", None, "C-SJ01")
TH = customer("石河子开发区天宏纺织有限公司", uscc("sj-th", "659001"), "闫主任", land("0993", "sj-th"),
              "yanzr@tianhongfz.com", None, "C-SJ02")

ERP = "用友U8付款单："


def E(text, by="吴雪", urgent=False):
    return instr("erp", by, ERP + text, None, urgent)


def p(when, pe, amt, purpose, memo, text, req="E5203", appr=("E5201", "E5200"), **kw):
    by = kw.pop("by", "吴雪")
    urgent = kw.pop("urgent", False)
    return payment(when, PAYER, pe, amt, purpose, memo, E(text, by, urgent), req, appr, **kw)


SCHOOL_ORDER = "@sj-school"


def lines():
    L = []
    # ---------------- history ----------------
    L.append(H("payment", "Steel plate and H-beams from the regular steel distributor.",
               p("2026-04-07 11:40", STEEL, 612000, "材料款", "Q355B钢板及H型钢（128吨）",
                 "Q355B钢板及H型钢128吨｜天钢钢材｜合同SJ-CG-2026-002｜入库单0403",
                 contract="SJ-CG-2026-002", invoice=inv("sj-steel-apr"))))
    L.append(H("order", "Warehouse steel structure from the established general contractor.",
               order("2026-04-08 12:10", TSJG, [item("北区物流园仓库钢结构制作安装", "860", "吨", "6800.00")],
                     "erp", "石河子市北区物流园仓库项目工地", "2026-07-31", "按月进度款80%，竣工结算后付至97%",
                     notes="钢结构专业分包合同SJ-FB-2026-004已签订")))
    L.append(H("payment", "High-strength bolts from the regular fastener maker.",
               p("2026-04-09 16:20", BOLTS, 46800, "材料款", "10.9级高强螺栓（18吨）",
                 "10.9级高强螺栓18吨｜恒力紧固件｜合同SJ-CG-2026-005",
                 contract="SJ-CG-2026-005", invoice=inv("sj-bolts-apr"))))
    L.append(H("payment", "March migrant-worker wages through the project's wage special account.",
               p("2026-04-10 12:30", WAGE, 338600, "工资", "3月农民工工资代发（北区厂房项目，58人）",
                 "3月农民工工资代发（北区厂房项目58人），工资表经班组长及工人签字，劳资员李婷复核",
                 req="E5220", by="李婷")))
    L.append(H("payment", "March salaries of office and workshop staff.",
               p("2026-04-13 16:00", OFFICE_PAY, 226400, "工资", "3月职工工资（42人）",
                 "3月职工工资代发（42人），工资表已审批", req="E5201", appr=("E5200",), by="陈静")))
    L.append(H("payment", "Anticorrosive paint from the regular coatings supplier.",
               p("2026-04-14 11:30", PAINT, 88600, "材料款", "环氧富锌底漆及面漆",
                 "环氧富锌底漆及面漆｜金盾涂料｜合同SJ-CG-2026-006",
                 contract="SJ-CG-2026-006", invoice=inv("sj-paint-apr"))))
    L.append(H("payment", "Crane hire for steel erection.",
               p("2026-04-16 12:50", CRANE, 54000, "租赁费", "北区仓库钢结构吊装50吨汽车吊台班费",
                 "50吨汽车吊台班费（18个台班）｜鼎盛吊装｜合同SJ-ZL-2026-001",
                 contract="SJ-ZL-2026-001", invoice=inv("sj-crane-apr"))))
    L.append(H("payment", "Welding team leader's own team fee (machines and management) after wages went through the special account.",
               p("2026-04-20 11:10", WANG, 28600, "劳务费", "电焊班组4月焊机租用及班组管理费",
                 "电焊班组4月焊机租用及班组管理费（班组长王立新本人），工人工资由专户代发",
                 contract="SJ-LW-2026-003")))
    L.append(H("order", "Workshop steel structure from an established textile mill.",
               order("2026-04-22 12:00", TH, [item("天宏纺织三期车间钢结构制作安装", "420", "吨", "7100.00")],
                     "erp", "石河子开发区天宏纺织三期车间", "2026-08-15", "预付30%，按进度付至85%",
                     notes="合同SJ-XS-2026-011，预付款已由银行回单确认到账")))
    L.append(H("payment", "Colour-coated roofing sheet; supplier's account change was keyed in December 2025 and used since.",
               p("2026-04-24 16:40", SHEET, 132000, "材料款", "彩钢屋面板（4800平方米）",
                 "彩钢屋面板4800平方米｜华彩彩钢｜合同SJ-CG-2026-008",
                 contract="SJ-CG-2026-008", invoice=inv("sj-sheet-apr"), changed="2025-12-10 11:20")))
    L.append(H("payment", "Steel plate and H-beams from the regular steel distributor.",
               p("2026-04-28 11:20", STEEL, 548000, "材料款", "Q355B钢板及H型钢（115吨）",
                 "Q355B钢板及H型钢115吨｜天钢钢材｜合同SJ-CG-2026-002｜入库单0424",
                 contract="SJ-CG-2026-002", invoice=inv("sj-steel-apr2"))))
    L.append(H("payment", "Anticorrosive paint from the regular coatings supplier.",
               p("2026-05-12 12:15", PAINT, 76400, "材料款", "环氧富锌底漆及面漆",
                 "环氧富锌底漆及面漆｜金盾涂料｜合同SJ-CG-2026-006",
                 contract="SJ-CG-2026-006", invoice=inv("sj-paint-may"))))
    L.append(H("payment", "April migrant-worker wages through the project's wage special account.",
               p("2026-05-13 11:50", WAGE, 352900, "工资", "4月农民工工资代发（北区厂房项目，60人）",
                 "4月农民工工资代发（北区厂房项目60人），工资表经班组长及工人签字，劳资员李婷复核",
                 req="E5220", by="李婷")))
    L.append(H("order", "Purlins and bracing added by the established general contractor.",
               order("2026-05-14 16:30", TSJG, [item("北区物流园仓库檩条及支撑", "96", "吨", "7200.00")],
                     "erp", "石河子市北区物流园仓库项目工地", "2026-06-20", "按月进度款80%",
                     notes="签证单TSJG-QZ-0512")))

    # ---------------- test ----------------
    L.append(R("payment", "Steel plate and H-beams from the regular steel distributor.",
               p("2026-05-18 11:20", STEEL, 575000, "材料款", "Q355B钢板及H型钢（120吨）",
                 "Q355B钢板及H型钢120吨｜天钢钢材｜合同SJ-CG-2026-002｜入库单0515",
                 contract="SJ-CG-2026-002", invoice=inv("sj-steel-may"))))
    L.append(N("payment", "Bid bond for a corps school gymnasium steel-structure tender, to the trading centre's deposit account named in the announcement.",
               p("2026-05-19 12:20",
                 payee("石河子市公共资源交易中心（保证金专户）", acct("sj-ggzy", "30", 17), "中国农业银行石河子分行",
                       "corporate", None, land("0993", "sj-ggzy")),
                 80000, "投标保证金", "八师某中学体育馆钢结构工程投标保证金",
                 "八师某中学体育馆钢结构工程（项目编号SHZ-GGZY-2026-0233）投标保证金，按招标公告所列交易中心保证金专户缴纳，未中标5个工作日内原路退还",
                 req="E5230", by="孟凡"),
               ["deposit_words"]))
    L.append(S("payment", "boss_impersonation", "block",
               "In a QQ group created that day the 'chairman', typing in traditional characters, asks the cashier for a balance screenshot and then orders 380k 'cooperation deposit' to an unknown investment firm.",
               payment("2026-05-19 16:40", PAYER,
                       payee("新疆天建恒业投资有限公司", acct("sj-b3", "6226", 17), "中国民生银行乌鲁木齐分行", "corporate"),
                       380000, "保证金", "合作保证金",
                       instr("im", "趙國棟",
                             "趙國棟：帕提古麗，公司賬上還有多少錢？截圖發我看一下\n帕提古丽：赵总，农行可用212万\n趙國棟：天山建工那邊要一筆合作保證金，馬上轉38萬給新疆天建恒業投資有限公司，我在開會不方便接電話，手續回來補",
                             "QQ群:石建钢构管理层群（当日新建）", True),
                       "E5204", []),
               ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process", "deposit_words", "urgency", "evasion_traditional"]))
    L.append(R("payment", "High-strength bolts from the regular fastener maker.",
               p("2026-05-20 11:30", BOLTS, 52000, "材料款", "10.9级高强螺栓（20吨）",
                 "10.9级高强螺栓20吨｜恒力紧固件｜合同SJ-CG-2026-005",
                 contract="SJ-CG-2026-005", invoice=inv("sj-bolts-may"))))
    L.append(N("payment", "Performance bond paid to the established general contractor under the signed steel-structure subcontract, to the account in the contract.",
               p("2026-05-21 12:40",
                 payee("新疆天山建工集团有限公司", acct("sj-tsjg-basic", "3002", 19), "中国工商银行乌鲁木齐友好北路支行",
                       "corporate", None, land("0991", "sj-tsjg")),
                 292400, "履约保证金", "北区物流园仓库钢结构分包履约保证金",
                 "钢结构专业分包合同SJ-FB-2026-004第12条：履约保证金为分包合同价5%，付至合同载明的天山建工基本户，主体验收合格后30日内退还",
                 req="E5230", by="孟凡", contract="SJ-FB-2026-004"),
               ["deposit_words"]))
    L.append(S("payment", "advance_fee", "block",
               "A loan broker promising a 3m working-capital loan asks for a 'capital verification' fee to his own card before the money can be released.",
               payment("2026-05-22 12:10", PAYER,
                       payee("王海涛", acct("sj-af2", "6217", 19), "中国建设银行兰州分行", "personal"),
                       12000, "服务费", "贷款验资费",
                       instr("im", "信贷经理 王海涛",
                             "陈经理，你们300万流动资金贷款已经批了，放款前要验资，验资费1.2万先转我卡上，今天转了明天就放款，过了今天额度就收回了。",
                             wx("sj-af2"), True),
                       "E5201", ["E5200"]),
               ["loan_fee_words", "fee_words", "urgency", "im_instruction"]))
    L.append(R("order", "Workshop extension from the established textile mill.",
               order("2026-05-25 11:50", TH, [item("天宏纺织三期车间雨棚钢结构", "38", "吨", "7300.00")],
                     "erp", "石河子开发区天宏纺织三期车间", "2026-06-30", "预付30%，按进度付至85%",
                     notes="补充协议SJ-XS-2026-011-01")))
    L.append(S("payment", "fake_salary", "block",
               "Structural only: six welders' June wages go in one payment to a single private card on a bland ERP slip.",
               p("2026-05-26 16:20",
                 payee("马成龙", acct("sj-fs2", "6222", 19), "中国工商银行奎屯分行", "personal"),
                 46200, "工资", "5月电焊工工资（6人）",
                 "5月电焊工工资（6人），工资表附后", req="E5220", by="李婷"),
               ["payee_shared_by_employees"]))
    L.append(N("payment", "Sunday crane hire for a roof-truss lift, urgent and approved, to the regular crane firm.",
               p("2026-05-31 18:10", CRANE, 21000, "租赁费", "北区仓库屋架吊装80吨汽车吊台班费（周日加班）",
                 "【加急】北区仓库屋架周日吊装，80吨汽车吊7个台班，鼎盛吊装要求当日结算｜合同SJ-ZL-2026-001｜高峰、陈静已审批",
                 req="E5203", appr=("E5210", "E5201"), contract="SJ-ZL-2026-001", invoice=inv("sj-crane-may"),
                 urgent=True),
               ["urgency"]))
    L.append(S("payment", "account_change", "block",
               "The paint supplier's 'sales rep', spacing out the key words, says the company moved its basic account to a rural bank; keyed in two days ago, first payment to it.",
               payment("2026-06-02 11:40", PAYER, PAINT_FAKE, 91800, "材料款", "环氧富锌底漆及面漆",
                       instr("im", "金盾涂料 业务员小张",
                             "吴会计您好，我司基本户 变 更 到 石河子农商行了，这批涂料款请打新 账 户（户名不变），原账户本月停用，以新账户为准。",
                             wx("sj-ac3")),
                       "E5203", ["E5201", "E5200"], contract="SJ-CG-2026-006", changed="2026-05-31 19:10"),
               ["im_instruction", "account_change_words", "evasion_spacing"]))
    L.append(N("payment", "Final wages of a welder who left, paid to his own card (holder is the employee) on an HR-approved settlement form.",
               p("2026-06-03 12:00",
                 payee("刘永刚", acct("sj-liu", "6228", 19), "中国农业银行石河子分行", "personal"),
                 7350, "工资", "离职结算工资（员工：刘永刚）",
                 "离职结算工资（员工：刘永刚），离职交接单及结算单经本人签字，工资卡为入职登记时本人提供的农行卡",
                 req="E5220", by="李婷"),
               ["payroll_change"]))
    L.append(S("order", "fake_order", "flag",
               "A 'school teacher' orders a gymnasium frame and asks us also to buy 40 basketball stands from a shop he names and settle it all together.",
               order("2026-06-04 11:20",
                     customer("八师某中学总务处", None, "李老师", mob("sj-fo2", "78"), None, wx("sj-fo2")),
                     [item("风雨操场钢结构制作安装", "186", "吨", "7300.00")], "phone",
                     "石河子市某中学校内", "2026-07-15", "财政资金验收后支付",
                     third_party=tp("石河子市博远体育器材经营部", mob("sj-fo2-shop", "77"), "designated_supplier", "62000.00"),
                     notes="李老师说操场钢结构按你们报价做；另外40副篮球架学校只认博远这家，麻烦你们先帮忙采购，钱和钢结构款一起结，联系走微信。"),
               ["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"], key="sj-school"))
    L.append(R("payment", "May migrant-worker wages through the project's wage special account.",
               p("2026-06-05 11:30", WAGE, 361200, "工资", "5月农民工工资代发（北区厂房项目，61人）",
                 "5月农民工工资代发（北区厂房项目61人），工资表经班组长及工人签字，劳资员李婷复核",
                 req="E5220", by="李婷")))
    L.append(S("payment", "fake_order", "block",
               "The 'teacher' says the school's money is 'going through treasury approval' and asks us to advance 62k to the named sports shop now.",
               payment("2026-06-08 12:30", PAYER,
                       payee("石河子市博远体育器材经营部", acct("sj-fo2b", "6217", 19), "中国建设银行石河子分行", "personal"),
                       62000, "代采购", "代购篮球架40副（八师某中学订单）",
                       instr("im", "八师某中学 李老师",
                             "孟经理，学校的款已经走财政审批了，这两天到，篮球架那边催得紧，你们先垫付6.2万给博远，合同里一起结。",
                             wx("sj-fo2"), True),
                       "E5230", ["E5201"], order=SCHOOL_ORDER),
               ["designated_supplier", "sales_order_linked", "im_instruction", "urgency"]))
    L.append(N("payment", "Roofing sheet paid to the supplier whose account change was keyed in December 2025 and used since.",
               p("2026-06-09 11:50", SHEET, 118800, "材料款", "彩钢屋面板（4320平方米）",
                 "彩钢屋面板4320平方米｜华彩彩钢｜合同SJ-CG-2026-008",
                 contract="SJ-CG-2026-008", invoice=inv("sj-sheet-jun"), changed="2025-12-10 11:20"),
               []))
    L.append(S("order", "fake_purchaser", "flag",
               "A company named one word longer than the established general contractor orders 300 t on 60-day credit, new mobile and free mail, delivery to a Kuytun yard.",
               order("2026-06-10 16:50",
                     customer("新疆天山建工集团工程有限公司", uscc("sj-fp2", "650100"), "蔡经理", mob("sj-fp2", "76"),
                              "tsjg_cai@163.com", wx("sj-fp2")),
                     [item("H型钢梁柱构件", "300", "吨", "7000.00")], "im",
                     "奎屯市某物流园货场", "2026-06-20", "货到60天付款",
                     notes="蔡经理说是天山建工新成立的工程公司，奎屯有个急活，先发300吨构件到物流园货场，按60天结，合同后补。"),
               ["lookalike_company", "contact_mismatch", "credit_terms_requested", "large_first_order", "far_delivery", "urgency"]))
    L.append(N("payment", "Steel invoice paid to a factoring company under a signed three-party receivables-transfer notice, verified by call-back to the steel distributor.",
               payment("2026-06-11 12:20", PAYER,
                       payee("新疆丝路商业保理有限公司", acct("sj-factor", "3002", 19), "中国工商银行乌鲁木齐分行",
                             "corporate", "V-SJ11", land("0991", "sj-factor")),
                       548000, "材料款", "Q355B钢板及H型钢（115吨）应收账款转让付款",
                       instr("erp", "吴雪",
                             ERP + "天钢钢材4月货款应收账款已转让给丝路商业保理，三方《应收账款转让通知书》经天钢钢材、保理公司及我司盖章（编号SLBL-2026-0416），已回拨天钢钢材合同预留座机确认",
                             None),
                       "E5203", ["E5201", "E5200"], contract="SJ-CG-2026-002",
                       verification=(land("0993", "sj-steel"), "E5201", "2026-06-10 16:00")),
               ["payee_name_mismatch"]))
    L.append(S("payment", "authority_impersonation", "flag",
               "A caller claiming to be the regional housing department's market-supervision office says the steel-structure qualification fails its 'dynamic check' and wants an 8,600 'review fee' to a handler's card today.",
               payment("2026-06-12 11:10", PAYER,
                       payee("周建华", acct("sj-ai2", "6216", 19), "中国银行乌鲁木齐分行", "personal"),
                       8600, "服务费", "钢结构专业承包资质动态核查费",
                       instr("phone", "自称自治区住建厅建筑市场监管处 周处",
                             "对方来电：你公司钢结构专业承包二级资质动态核查不达标，今天不交核查服务费8600元就降级并公示，费用转经办人周建华，交了马上出整改合格意见。",
                             mob("sj-ai2", "78"), True),
                       "E5201", ["E5200"]),
               ["authority_words", "fee_words", "phone_instruction", "urgency"]))
    L.append(R("payment", "Steel plate and H-beams from the regular steel distributor.",
               p("2026-06-15 11:40", STEEL, 596000, "材料款", "Q355B钢板及H型钢（124吨）",
                 "Q355B钢板及H型钢124吨｜天钢钢材｜合同SJ-CG-2026-002｜入库单0612",
                 contract="SJ-CG-2026-002", invoice=inv("sj-steel-jun"))))
    L.append(S("payment", "account_change", "flag",
               "The fastener maker's usual contact, from a free-mail address, asks that this batch be paid to a 'related trading company' because its invoicing quota is full.",
               payment("2026-06-16 12:30", PAYER,
                       payee("石河子市恒力五金贸易有限公司", acct("sj-ac4", "6226", 17), "中国光大银行石河子支行", "corporate"),
                       49400, "材料款", "10.9级高强螺栓（19吨）",
                       instr("email", "恒力紧固件 销售部",
                             "石建财务：\n因我司本月开票额度已满，本批螺栓款请付至关联公司石河子市恒力五金贸易有限公司，发票由恒力五金开具，原账户下月恢复。\n恒力紧固件 销售部",
                             "henglijgj@126.com"),
                       "E5203", ["E5201"], contract="SJ-CG-2026-005"),
               ["email_instruction", "free_mail", "account_change_words", "payee_name_mismatch"]))
    L.append(N("order", "Large first order from a new factory owner, 30% advance already confirmed by the bank.",
               order("2026-06-17 11:30",
                     customer("石河子天业新材料科技有限公司", uscc("sj-tyxc", "659001"), "韩工", land("0993", "sj-tyxc"),
                              "hangong@tyxcl.com"),
                     [item("新材料车间钢结构制作安装", "560", "吨", "7050.00")], "erp",
                     "石河子开发区北三东路天业新材料厂区", "2026-09-30", "预付30%，按进度付至85%",
                     notes="合同SJ-XS-2026-019，预付款118.44万已由农行银行回单确认到账（对方基本户转入）。"),
               ["large_first_order"]))
    L.append(S("payment", "task_rebate", "block",
               "A storekeeper, spelling the words with homophones, files an urgent advance to a 'platform customer-service' card to release his stuck rebate.",
               payment("2026-06-18 16:40", PAYER,
                       payee("黄晓梅", acct("sj-tr2", "6222", 19), "中国工商银行广州分行", "personal"),
                       15000, "借支", "个人借支",
                       instr("erp", "刘洋",
                             ERP + "借支单：申请人刘洋（仓管员），借支1.5万，请直接转平台客服指定的卡（户名黄晓梅）。事由：前两天帮平台唰单，返力卡住了，要再补一单才能提出来，急用。",
                             None, True),
                       "E5240", ["E5201"]),
               ["task_rebate_words", "evasion_homophone", "urgency", "payee_name_mismatch"]))
    L.append(S("payment", "contract_fraud", "flag",
               "A 'general contractor' founded this year offers 30,000 t of coal-chemical steelwork if a 500k cooperation deposit is paid first, to a 'financing partner' rather than itself.",
               p("2026-06-22 11:40",
                 payee("新疆鼎泰汇通供应链管理有限公司", acct("sj-cf2", "6505", 19), "中国建设银行昌吉分行", "corporate"),
                 500000, "保证金", "准东煤化工项目钢结构分包合作保证金",
                 "昆仑建设工程总承包 准东某煤化工项目钢结构分包（3万吨），对方称央企背景、内部指标，签分包合同前须交合作保证金50万，付至其项目融资合作方鼎泰汇通供应链；昆仑建设2026年1月成立，合同甲方与收款方不一致。",
                 req="E5230", by="孟凡"),
               ["deposit_words", "bigproject_words", "payee_name_mismatch", "shell_company"]))
    L.append(N("payment", "A new customer's duplicate advance returned to the same corporate account it came from after the bank confirmed receipt.",
               p("2026-06-23 12:10",
                 payee("石河子天业新材料科技有限公司", acct("sj-tyxc-basic", "30", 17), "中国农业银行石河子开发区支行",
                       "corporate", None, land("0993", "sj-tyxc")),
                 118440, "退款", "天业新材料重复支付预付款原路退回",
                 "天业新材料6月17日预付款重复支付一笔（回单0617-031与0617-044），来款账户：" + acct("sj-tyxc-basic", "30", 17) + "（农行回单已到账），经对方韩工盖章确认，原路退回付款账户",
                 req="E5203", appr=("E5201",)),
               ["refund_words", "overpayment"]))
    L.append(S("payment", "fake_salary", "flag",
               "A 'new WeChat' of a welder asks that his wages now go to a new card in his own name at a bank in another province.",
               payment("2026-06-24 16:50", PAYER,
                       payee("李军", acct("sj-fs3", "6228", 19), "中国农业银行定西分行", "personal"),
                       8200, "工资", "5月工资补发（员工：李军）",
                       instr("im", "电焊工 李军",
                             "李婷姐，我李军，换了新微信。原来的工资卡丢了，这次补发的工资打到我新办的农行卡上，卡号发你了，以后都打这张。",
                             wx("sj-fs3")),
                       "E5220", ["E5201"]),
               ["payroll_change", "im_instruction", "new_contact", "unusual_bank_region"]))
    L.append(N("payment", "Bank fee for an electronic performance guarantee, paid to the company's own bank under its guarantee agreement.",
               p("2026-06-25 11:20",
                 payee("中国农业银行股份有限公司石河子分行", acct("sj-abc-fee", "30", 17), "中国农业银行石河子分行",
                       "corporate", None, land("0993", "sj-abc")),
                 4386, "手续费", "天业新材料项目履约保函手续费",
                 "天业新材料项目履约保函（金额58.8万元）手续费，按农行保函协议费率0.75%，付至农行石河子分行手续费收入户，保函编号ABC-BH-2026-0625",
                 req="E5203", appr=("E5201",)),
               ["fee_words", "deposit_words"]))
    L.append(S("payment", "fake_invoice", "flag",
               "A 'tax consultancy' offers 13% special VAT invoices for the scrap-steel purchases at six 'points', and purchasing submits the invoice fee.",
               p("2026-06-26 12:20",
                 payee("石河子市鑫联财税咨询有限公司", acct("sj-fi2", "6226", 17), "中国光大银行石河子支行", "corporate"),
                 36000, "服务费", "代开增值税专用发票开票费",
                 "鑫联财税 代开增值税专用发票开票费。对方称可为我司向个人收购的废钢代开13%专票（票面60万元），按6个点收取开票费3.6万元，无服务合同。",
                 req="E5250", appr=("E5201",), by="采购部 宋涛"),
               ["invoice_trade_words", "no_po_contract"]))
    L.append(S("order", "overpayment_refund", "block",
               "A new building-materials shop sends a screenshot of a transfer 80k over the order and wants the difference forwarded to its 'supplier' in Wusu.",
               order("2026-06-29 16:10",
                     customer("奎屯市宏达建材经销部", uscc("sj-or2", "654003", "92"), "黄老板", mob("sj-or2", "77"), None, wx("sj-or2")),
                     [item("C型钢檩条", "20", "吨", "6200.00")], "im",
                     "奎屯市北京路建材市场", "2026-07-02", "款到发货",
                     third_party=tp("乌苏市金盛钢材店", mob("sj-or2-tp", "76"), "refund_recipient", "80000.00"),
                     notes="黄老板发来转账截图，说会计多转了8万，一共转了204000；多的8万请直接转给乌苏金盛钢材店，算他欠那边的货款。"),
               ["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"]))
    L.append(S("payment", "boss_impersonation", "flag",
               "Structural only: late on a weekday night a new WeChat in the project manager's name asks, in bland words, for a 46k crane bill to be paid to a private card, with no approval.",
               payment("2026-06-30 21:40", PAYER,
                       payee("杜海龙", acct("sj-b4", "6217", 19), "中国建设银行乌苏支行", "personal"),
                       46000, "租赁费", "吊装费",
                       instr("im", "高峰", "帕提古丽，北区那边吊车的钱麻烦今晚付一下，账号发你了，谢谢。", wx("sj-b4")),
                       "E5204", []),
               ["im_instruction", "new_contact", "boss_role"]))
    L.append(N("payment", "June wages through the known wage special account, keyed late on payday evening after the developer's money arrived, with signed wage sheets.",
               p("2026-07-01 20:30", WAGE, 366800, "工资", "6月农民工工资代发（北区厂房项目，62人）",
                 "6月农民工工资代发（北区厂房项目62人），总包天山建工6月进度款今晚到账，工资表经班组长及工人签字，劳资员李婷复核",
                 req="E5220", by="李婷"),
               []))
    L.append(S("payment", "account_lending", "block",
               "A steel trader asks, with a slash inside the key word, to pass 1.8m through the company account the same day for two 'points'.",
               payment("2026-07-02 12:20", PAYER,
                       payee("乌鲁木齐鑫盛源钢铁贸易有限公司", acct("sj-al2", "6226", 17), "中国光大银行乌鲁木齐分行", "corporate"),
                       1800000, "往来款", "往来款",
                       instr("im", "鑫盛源钢贸 马总",
                             "孟经理，帮个忙，借你们公户走/账一下，180万今天上午先进你们账，到了马上转给鑫盛源，给你们2个点，账上就记往来款。",
                             wx("sj-al2")),
                       "E5230", ["E5201"]),
               ["account_lending_words", "evasion_symbols", "in_out_match", "im_instruction", "vague_memo"]))
    L.append(N("payment", "The welding team leader's own team fee to his card on file; the team's wages went through the special account.",
               p("2026-07-03 11:20", WANG, 31200, "劳务费", "电焊班组6月焊机租用及班组管理费",
                 "电焊班组6月焊机租用及班组管理费（班组长王立新本人），班组工人6月工资已由专户代发，工资表经王立新及工人签字，项目经理高峰审核",
                 contract="SJ-LW-2026-003"),
               []))
    L.append(N("payment", "First payment to a new fire-retardant coating supplier with contract, purchase order and goods received.",
               p("2026-07-06 12:00",
                 payee("新疆安盾防火材料有限公司", acct("sj-fire", "3002", 19), "中国工商银行昌吉分行",
                       "corporate", "V-SJ12", land("0994", "sj-fire")),
                 67500, "材料款", "钢结构防火涂料首批货款",
                 "安盾防火 钢结构防火涂料首批货款（合同SJ-CG-2026-021，PO-SJ-2606-014，入库单0703-02）",
                 contract="SJ-CG-2026-021", invoice=inv("sj-fire-jul")),
               []))
    L.append(R("payment", "June salaries of office and workshop staff.",
               p("2026-07-08 16:20", OFFICE_PAY, 231600, "工资", "6月职工工资（42人）",
                 "6月职工工资代发（42人），工资表已审批", req="E5201", appr=("E5200",), by="陈静")))
    L.append(N("order", "Established general contractor orders steelwork for a site in Karamay; drop-shipping to a project site is normal.",
               order("2026-07-09 12:30", TSJG, [item("克拉玛依某物流中心钢结构制作", "210", "吨", "6900.00")],
                     "erp", "克拉玛依市白碱滩区物流中心项目部", "2026-08-31", "按月进度款80%",
                     notes="钢结构专业分包合同SJ-FB-2026-017已签订，构件直发项目部"),
               ["far_delivery"]))
    return L
