"""jianzhu: housing general contractor in Urumqi with several project departments."""
from common import (acct, inv, wx, mob, land, uscc, payee, instr, payment, customer, item,
                    order, tp, H, R, N, S)

TENANT = "jianzhu"
PREFIX = {"payment": "TH-FK", "order": "TH-CB"}

PAYER = {"account_no": acct("jz-basic", "65050161", 19), "account_name": "乌鲁木齐天衡建筑工程有限公司"}

# vendor master
REBAR = payee("新疆昆仑钢铁贸易有限公司", acct("jz-rebar", "3002", 19), "中国工商银行乌鲁木齐新华南路支行",
              "corporate", "V-JZ01", land("0991", "jz-rebar"))
REBAR_FAKE = dict(REBAR, account_no=acct("jz-rebar-fake", "6132", 18), bank="中国民生银行西安高新支行")
CONC = payee("乌鲁木齐城建商品混凝土有限公司", acct("jz-conc", "30", 17), "中国农业银行乌鲁木齐米东支行",
             "corporate", "V-JZ02", land("0991", "jz-conc"))
CONC_FAKE = dict(CONC, account_no=acct("jz-conc-fake", "1076", 18), bank="中国银行乌鲁木齐北京路支行")
CRANE_OLD = payee("新疆恒通建筑机械租赁有限公司", acct("jz-crane-old", "9910", 18), "招商银行乌鲁木齐分行",
                  "corporate", "V-JZ03", land("0991", "jz-crane"))
CRANE = dict(CRANE_OLD, account_no=acct("jz-crane-new", "6505", 19), bank="中国建设银行乌鲁木齐经济技术开发区支行")
LABOUR = payee("新疆安居建筑劳务有限公司", acct("jz-labour", "3002", 19), "中国工商银行乌鲁木齐友好路支行",
               "corporate", "V-JZ04", land("0991", "jz-labour"))
BLOCKS = payee("乌鲁木齐鑫达新型建材有限公司", acct("jz-blocks", "30", 17), "中国农业银行乌鲁木齐头屯河支行",
               "corporate", "V-JZ05", land("0991", "jz-blocks"))
ZHANG = payee("张建军", acct("jz-zhang", "6228", 19), "中国农业银行乌鲁木齐米东支行", "personal", "V-JZ06",
              mob("jz-zhang", "77"))
WAGE_JY = payee("乌鲁木齐天衡建筑工程有限公司（锦园项目农民工工资专户）", acct("jz-wage-jy", "65050161", 19),
                "中国建设银行乌鲁木齐分行", "corporate", "PAY-JZ01", None)
WAGE_MD = payee("乌鲁木齐天衡建筑工程有限公司（米东安置房项目农民工工资专户）", acct("jz-wage-md", "65050161", 19),
                "中国建设银行乌鲁木齐米东支行", "corporate", "PAY-JZ03", None)
OFFICE_PAY = payee("中国建设银行乌鲁木齐分行（代发工资专户）", acct("jz-office-pay", "65050161", 19),
                   "中国建设银行乌鲁木齐分行", "corporate", "PAY-JZ02", None)
WATERPROOF = payee("新疆华筑防水工程有限公司", acct("jz-wp", "3002", 19), "中国工商银行乌鲁木齐北京路支行",
                   "corporate", "V-JZ07", land("0991", "jz-wp"))

DEV = customer("新疆锦绣置业有限公司", uscc("jz-dev", "650100"), "何经理", land("0991", "jz-dev"),
               "hejl@jinxiuzhiye.com", None, "C-JZ01")
CTI = customer("乌鲁木齐市米东区城市建设投资有限公司", uscc("jz-cti", "650109"), "吐尔逊科长",
               land("0991", "jz-cti"), "mdct@mdcjt.com", None, "C-JZ02")

ERP = "泛微OA付款单："


def E(text, by="周文斌", urgent=False):
    return instr("erp", by, ERP + text, None, urgent)


def p(when, pe, amt, purpose, memo, text, req="E3104", appr=("E3102", "E3101"), **kw):
    by = kw.pop("by", "周文斌")
    ins = kw.pop("ins", None) or E(text, by)
    return payment(when, PAYER, pe, amt, purpose, memo, ins, req, appr, **kw)


INV_BLOCKS_APR = inv("jz-blocks-apr")
WINDOW_ORDER = "@jz-window"


def lines():
    L = []
    # ---------------- history ----------------
    L.append(H("payment", "Rebar for the Jinyuan project from the regular steel trader.",
               p("2026-04-07 11:20", REBAR, 486000, "材料款", "锦园二期螺纹钢HRB400（120吨）",
                 "锦园二期螺纹钢HRB400 120吨｜昆仑钢贸｜合同TH-CG-2026-003｜入库单JY-0402",
                 contract="TH-CG-2026-003", invoice=inv("jz-rebar-apr"))))
    L.append(H("payment", "Ready-mix concrete for the Jinyuan project.",
               p("2026-04-08 12:05", CONC, 312600, "材料款", "锦园二期C30商品混凝土（690立方米）",
                 "锦园二期C30商砼690立方米｜城建商砼｜合同TH-CG-2026-004｜小票汇总单0331-0407",
                 contract="TH-CG-2026-004", invoice=inv("jz-conc-apr"))))
    L.append(H("order", "Supplementary agreement from the established developer for building 5.",
               order("2026-04-09 16:10", DEV, [item("锦园二期5#楼主体结构施工（补充协议）", "8600", "平方米", "1280.00")],
                     "erp", "乌鲁木齐市新市区锦园二期5#楼", "2026-09-30", "按月进度款80%支付，竣工结算后付至97%",
                     notes="补充协议已签订，经甲方成本部审核")))
    L.append(H("payment", "April tower-crane rent to the regular rental firm (old account).",
               p("2026-04-10 11:40", CRANE_OLD, 96000, "租赁费", "锦园项目QTZ80塔吊3台4月租金",
                 "锦园项目QTZ80塔吊3台4月租金｜恒通机械租赁｜合同TH-ZL-2026-001",
                 contract="TH-ZL-2026-001", invoice=inv("jz-crane-apr"))))
    L.append(H("payment", "March migrant-worker wages through the Jinyuan wage special account.",
               p("2026-04-10 16:30", WAGE_JY, 1268400, "工资", "3月农民工工资代发（锦园项目，186人）",
                 "3月农民工工资代发（锦园项目186人），工资表经班组长及工人签字，劳资专管员古丽娜复核",
                 req="E3120", appr=("E3102", "E3101"), by="古丽娜")))
    L.append(H("payment", "March salaries of office and project management staff.",
               p("2026-04-13 15:20", OFFICE_PAY, 412850, "工资", "3月管理人员工资（64人）",
                 "3月管理人员工资代发（64人），工资表已审批", req="E3102", appr=("E3101",), by="马丽娟")))
    L.append(H("payment", "Labour-subcontract progress payment to the regular labour company.",
               p("2026-04-15 11:10", LABOUR, 580000, "劳务分包款", "锦园二期劳务分包3月进度款",
                 "锦园二期劳务分包3月进度款｜安居劳务｜合同TH-LW-2026-002｜项目部计量单JY-JL-03",
                 contract="TH-LW-2026-002", invoice=inv("jz-labour-apr"))))
    L.append(H("payment", "Aerated blocks from the regular building-materials supplier.",
               p("2026-04-16 12:40", BLOCKS, 68400, "材料款", "加气混凝土砌块（380立方米）",
                 "加气混凝土砌块380立方米｜鑫达建材｜合同TH-CG-2026-007｜入库单JY-0414",
                 contract="TH-CG-2026-007", invoice=INV_BLOCKS_APR)))
    L.append(H("payment", "Rebar team leader's own team fee (tools and management) after wages went through the special account.",
               p("2026-04-21 11:30", ZHANG, 36500, "劳务费", "锦园钢筋班组4月机具费及班组管理费",
                 "锦园钢筋班组4月机具费及班组管理费（班组长张建军本人），工人工资已由专户代发，项目部刘长江审核",
                 contract="TH-LW-2026-005")))
    L.append(H("order", "Outdoor works for the resettlement housing from the district construction-investment company.",
               order("2026-04-23 12:20", CTI, [item("米东区安置房C区室外配套工程", "1", "项", "2360000.00")],
                     "erp", "乌鲁木齐市米东区安置房C区", "2026-08-31", "按月进度款75%支付",
                     notes="补充合同经城投公司合约部盖章")))
    L.append(H("payment", "Rebar for the Jinyuan project from the regular steel trader.",
               p("2026-04-28 11:50", REBAR, 392000, "材料款", "锦园二期螺纹钢HRB400（98吨）",
                 "锦园二期螺纹钢HRB400 98吨｜昆仑钢贸｜合同TH-CG-2026-003｜入库单JY-0425",
                 contract="TH-CG-2026-003", invoice=inv("jz-rebar-apr2"))))
    L.append(H("payment", "May crane rent, first payment to the rental firm's new account (change letter stamped, call-back made).",
               p("2026-05-12 11:15", CRANE, 96000, "租赁费", "锦园项目QTZ80塔吊3台5月租金",
                 "锦园项目QTZ80塔吊3台5月租金｜恒通机械租赁｜合同TH-ZL-2026-001｜收款账户已按盖章变更函更新",
                 contract="TH-ZL-2026-001", invoice=inv("jz-crane-may"), changed="2026-05-06 12:10",
                 verification=(land("0991", "jz-crane"), "E3102", "2026-05-06 11:50"))))
    L.append(H("payment", "Ready-mix concrete for the Jinyuan project.",
               p("2026-05-13 12:25", CONC, 288900, "材料款", "锦园二期C30商品混凝土（638立方米）",
                 "锦园二期C30商砼638立方米｜城建商砼｜合同TH-CG-2026-004｜小票汇总单0501-0510",
                 contract="TH-CG-2026-004", invoice=inv("jz-conc-may"))))
    L.append(H("payment", "Waterproofing subcontractor progress payment.",
               p("2026-05-14 16:20", WATERPROOF, 148000, "分包工程款", "锦园二期地下室防水分包进度款",
                 "锦园二期地下室防水分包进度款｜华筑防水｜合同TH-FB-2026-006",
                 contract="TH-FB-2026-006", invoice=inv("jz-wp-may"))))

    # ---------------- test ----------------
    L.append(R("payment", "Rebar for the Jinyuan project from the regular steel trader.",
               p("2026-05-18 10:40", REBAR, 455000, "材料款", "锦园二期螺纹钢HRB400（112吨）",
                 "锦园二期螺纹钢HRB400 112吨｜昆仑钢贸｜合同TH-CG-2026-003｜入库单JY-0515",
                 contract="TH-CG-2026-003", invoice=inv("jz-rebar-may"))))
    L.append(S("payment", "boss_impersonation", "block",
               "A new WeChat account with the Jinyuan project manager's name asks the cashier what the basic account can spare, then orders a 68k 'deposit' for crane embedded parts to an unknown firm, sign-off to follow.",
               payment("2026-05-18 15:20", PAYER,
                       payee("新疆宏基钢构件有限公司", acct("jz-b1", "1076", 18), "中国银行昌吉分行", "corporate"),
                       68000, "定金", "塔吊基础预埋件定金",
                       instr("im", "刘长江", "刘长江：阿依古丽，我换了个微信，旧号在工地上弄丢了\n刘长江：咱们基本户账上还有多少能动的？\n阿依古丽：刘总，建行可用大概370万\n刘长江：锦园塔吊基础要加一批预埋件，厂家要先打定金，6.8万先付给新疆宏基钢构件有限公司，审批单我晚上回项目部补\n刘长江：我在甲方开协调会，不方便接电话",
                             wx("jz-b1-fake"), True),
                       "E3105", []),
               ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "cannot_call", "deposit_words"]))
    L.append(N("payment", "First payroll into the newly opened, district-registered wage special account of the resettlement-housing project, with signed wage sheets.",
               p("2026-05-19 11:10", WAGE_MD, 486300, "工资", "4月农民工工资代发（米东安置房C区项目，97人）",
                 "米东安置房C区项目农民工工资专户首次代发，专户已在米东区人社局备案（备案号MD-GZZH-2026-031），工资表经班组长及97名工人签字，由专户直接代发至工人本人社保卡",
                 req="E3120", appr=("E3102", "E3101"), by="古丽娜"),
               ["payroll_change"]))
    L.append(R("payment", "Ready-mix concrete for the Jinyuan project.",
               p("2026-05-20 11:30", CONC, 301500, "材料款", "锦园二期C30商品混凝土（665立方米）",
                 "锦园二期C30商砼665立方米｜城建商砼｜合同TH-CG-2026-004｜小票汇总单0511-0518",
                 contract="TH-CG-2026-004", invoice=inv("jz-conc-may2"))))
    L.append(S("payment", "account_change", "block",
               "An e-mail from a hyphenated look-alike of the steel trader's domain moves its account to a Xi'an bank 'for the annual audit'; keyed into the vendor master the day before, first payment to it.",
               payment("2026-05-20 16:45", PAYER, REBAR_FAKE, 386000, "材料款", "锦园二期螺纹钢HRB400（95吨）",
                       instr("email", "昆仑钢贸 财务部",
                             "天衡建筑财务部：\n我司因年度审计，原工行账户暂停收款，5月起货款请汇至我司民生银行新账户（户名不变），原账户请勿再汇。\n附：账户变更函（扫描件）\n新疆昆仑钢铁贸易有限公司 财务部",
                             "caiwu@kunlun-gangmao.com"),
                       "E3104", ["E3102", "E3101"], contract="TH-CG-2026-003", changed="2026-05-19 17:05"),
               ["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region"]))
    L.append(N("payment", "Bid bond for an affordable-housing tender paid to the public-resource trading centre's deposit account named in the announcement.",
               p("2026-05-21 12:00", payee("乌鲁木齐市公共资源交易中心（投标保证金专户）", acct("jz-ggzy", "3002", 19),
                                           "中国工商银行乌鲁木齐分行", "corporate", None, land("0991", "jz-ggzy")),
                 200000, "投标保证金", "经开区保障性住房项目施工总承包投标保证金",
                 "经开区保障性住房项目施工总承包（项目编号WLMQ-GGZY-2026-0418）投标保证金，按招标公告指定的交易中心保证金专户缴纳，未中标原路退还",
                 req="E3130", appr=("E3102", "E3100"), by="孙浩"),
               ["deposit_words"]))
    L.append(S("order", "fake_purchaser", "flag",
               "A 'barracks office' reached only by WeChat wants an urgent 2.86m dormitory refit without tender, the contractor to move in with its own money and be paid after audit.",
               order("2026-05-22 11:20",
                     customer("某部队后勤营房办公室", None, "王参谋", mob("jz-fp1", "78"), None, wx("jz-fp1")),
                     [item("营区宿舍楼维修改造工程", "1", "项", "2860000.00")], "phone",
                     "乌鲁木齐市头屯河区某营区", "2026-06-30", "完工验收后审计结算，无预付款",
                     notes="王参谋称营区宿舍6月底前必须改造完，不走公开招标，先带资进场，工程款审计后一次付清；只用微信联系，不方便提供单位座机。"),
               ["institution_claim", "credit_terms_requested", "contact_im_only", "large_first_order", "urgency"]))
    L.append(N("payment", "The real project manager chases a concrete payment on WeChat before a slab pour; regular supplier, OA approvals in place.",
               payment("2026-05-25 11:40", PAYER, CONC, 264000, "材料款", "锦园二期C30商品混凝土（583立方米）",
                       instr("im", "刘长江", "刘长江：周会计，城建商砼说这周款不到就停供，5#楼明天浇顶板，今天把5月第二批混凝土款付了，OA上我已经审了\n周文斌：好的刘经理，OA单已到财务",
                             wx("jz-liu-real"), True),
                       "E3104", ["E3110", "E3102"], contract="TH-CG-2026-004", invoice=inv("jz-conc-may3")),
               ["im_instruction", "boss_role", "urgency"]))
    L.append(S("payment", "authority_impersonation", "block",
               "A caller posing as an economic-crime detective says the basic account is tied to a wage-laundering case and orders 450k into a 'supervised account' for fund verification, telling the cashier to tell nobody.",
               payment("2026-05-26 12:10", PAYER,
                       payee("新疆众联资产管理有限公司", acct("jz-ai1", "6226", 16), "中国光大银行乌鲁木齐分行", "corporate"),
                       450000, "往来款", "配合资金核查",
                       instr("phone", "自称市公安局经侦支队 张警官",
                             "来电人自称市公安局经侦支队张警官：你公司基本户与一起欠薪洗钱案有资金往来，需配合资金核查，今天下班前将45万转入监管账户（户名新疆众联资产管理有限公司），核查完原数退回，此事不得告诉他人，否则按妨碍侦查处理。",
                             mob("jz-ai1", "76"), True),
                       "E3105", []),
               ["authority_words", "safe_account_words", "phone_instruction", "secrecy_words", "urgency"]))
    L.append(N("payment", "Second payment to the crane-rental firm's account changed three weeks ago; stamped letter, call-back on file and first payment made in May.",
               p("2026-05-27 11:05", CRANE, 96000, "租赁费", "锦园项目QTZ80塔吊3台6月租金",
                 "锦园项目QTZ80塔吊3台6月租金（预付）｜恒通机械租赁｜合同TH-ZL-2026-001",
                 contract="TH-ZL-2026-001", invoice=inv("jz-crane-jun"), changed="2026-05-06 12:10"),
               []))
    L.append(R("payment", "Labour-subcontract progress payment to the regular labour company.",
               p("2026-05-28 16:30", LABOUR, 620000, "劳务分包款", "锦园二期劳务分包4月进度款",
                 "锦园二期劳务分包4月进度款｜安居劳务｜合同TH-LW-2026-002｜项目部计量单JY-JL-04",
                 contract="TH-LW-2026-002", invoice=inv("jz-labour-may"))))
    L.append(S("payment", "account_lending", "block",
               "A developer acquaintance asks to run 1.5m through the company account for 'bill turnover': money comes in this afternoon, goes straight out to a trading firm, for a 0.5% fee.",
               payment("2026-05-29 12:30", PAYER,
                       payee("乌鲁木齐恒信泰商贸有限公司", acct("jz-al1", "6226", 17), "华夏银行乌鲁木齐分行", "corporate"),
                       1500000, "往来款", "博瑞置业往来款",
                       instr("im", "博瑞置业 陈总",
                             "陈总：周会计，跟韩总打过招呼了，我们有一笔150万要借你们公户走一下账，下午先打到你们账上，到了以后原数转给恒信泰商贸，给你们千分之五辛苦费，账上记往来款就行。",
                             wx("jz-al1")),
                       "E3104", ["E3102"]),
               ["account_lending_words", "im_instruction", "vague_memo", "in_out_match", "boss_role"]))
    L.append(N("payment", "Retention money released to the regular waterproofing subcontractor after the two-year warranty, with property and supervisor sign-off.",
               p("2026-06-01 11:15", WATERPROOF, 74000, "质保金", "锦园一期屋面防水质保金",
                 "锦园一期屋面防水工程质保期满（2年），经物业公司及监理确认无渗漏，支付质保金｜华筑防水｜合同TH-FB-2024-011",
                 contract="TH-FB-2024-011"),
               ["deposit_words"]))
    L.append(S("payment", "fake_salary", "block",
               "A 'new WeChat' of the rebar team leader asks that all 23 workers' May wages skip the special account and go to his new card (yhk) instead.",
               payment("2026-06-02 11:50", PAYER,
                       payee("张建军", acct("jz-fs1", "6217", 19), "中国建设银行喀什分行", "personal"),
                       98900, "工资", "锦园钢筋班组5月工资（23人）",
                       instr("im", "钢筋班组长 张建军",
                             "古丽娜，我张建军，换新微信了。这个月班组23个人的工资别走专户了，统一打我这张新yhk，户名张建军，我再发给他们，好几个工人的卡被冻了取不出来。",
                             wx("jz-fs1")),
                       "E3120", ["E3102"]),
               ["payroll_change", "payee_shared_by_employees", "im_instruction", "new_contact", "bypass_process", "evasion_pinyin"]))
    L.append(R("payment", "May salaries of office and project management staff.",
               p("2026-06-03 11:30", OFFICE_PAY, 418200, "工资", "5月管理人员工资（64人）",
                 "5月管理人员工资代发（64人），工资表已审批", req="E3102", appr=("E3101",), by="马丽娟")))
    L.append(N("payment", "The real rebar team leader's own team fee to his card on file, with the 23-worker wage sheet already paid through the special account.",
               p("2026-06-04 12:20", ZHANG, 41800, "劳务费", "锦园钢筋班组5月机具费及班组管理费",
                 "锦园钢筋班组5月机具费及班组管理费（班组长张建军本人），班组23名工人5月工资已于6月2日由锦园专户代发至本人卡，工资表经张建军及工人签字，项目部刘长江审核",
                 contract="TH-LW-2026-005"),
               []))
    L.append(S("payment", "fake_invoice", "block",
               "Structural only: the April block invoice, paid on 16 April, comes back through the project department as an unpaid bill.",
               p("2026-06-05 11:45", BLOCKS, 68400, "材料款", "加气混凝土砌块（380立方米）",
                 "加气混凝土砌块380立方米｜鑫达建材｜合同TH-CG-2026-007",
                 contract="TH-CG-2026-007", invoice=INV_BLOCKS_APR),
               []))
    L.append(R("order", "New building contract from the established developer.",
               order("2026-06-08 11:30", DEV, [item("锦园二期6#楼主体结构施工", "9200", "平方米", "1280.00")],
                     "erp", "乌鲁木齐市新市区锦园二期6#楼", "2026-11-30", "按月进度款80%支付，竣工结算后付至97%",
                     notes="施工合同TH-JZ-2026-021已签订")))
    L.append(S("payment", "contract_fraud", "flag",
               "A three-month-old 'developer' with no planning permit demands a 1.2m performance bond within three days before signing, citing an 'internal quota' on a key project.",
               p("2026-06-09 16:00",
                 payee("新疆丝路华府置业有限公司", acct("jz-cf1", "6505", 19), "中国建设银行昌吉分行", "corporate"),
                 1200000, "履约保证金", "丝路华府安置房项目施工总承包履约保证金",
                 "丝路华府置业 昌吉丝路华府安置房项目（8.6万平方米）施工总承包履约保证金。对方称项目为市重点工程、有内部指标，须在签施工合同前3日内缴纳履约保证金120万，否则由别家承接；对方公司2026年3月成立，注册资本100万元，项目尚无规划许可证。",
                 req="E3130", appr=("E3102", "E3100"), by="孙浩"),
               ["deposit_words", "bigproject_words", "shell_company", "urgency", "no_po_contract"]))
    L.append(N("payment", "Performance bond of 5% paid to the established developer's basic account named in the signed building-6 contract.",
               p("2026-06-10 12:40",
                 payee("新疆锦绣置业有限公司", acct("jz-dev-basic", "65050161", 19), "中国建设银行乌鲁木齐新市区支行",
                       "corporate", None, land("0991", "jz-dev")),
                 588800, "履约保证金", "锦园二期6#楼施工合同履约保证金",
                 "锦园二期6#楼施工合同（TH-JZ-2026-021，6月8日签订）第8条约定履约保证金为合同价5%，付至合同载明的锦绣置业基本户，竣工验收后无息退还",
                 req="E3130", appr=("E3102", "E3100"), by="孙浩", contract="TH-JZ-2026-021"),
               ["deposit_words"]))
    L.append(S("payment", "task_rebate", "block",
               "A site clerk caught in a task-rebate scam files an urgent advance paid to a friend's personal card, explaining it as a top-up to unlock her 'stuck orders'.",
               payment("2026-06-11 11:20", PAYER,
                       payee("李梦瑶", acct("jz-tr1", "6222", 19), "中国工商银行成都分行", "personal"),
                       19800, "借支", "个人借支（急用）",
                       instr("erp", "赵小燕",
                             "泛微OA借支单：申请人赵小燕（锦园项目资料员），借支19800元，请直接转给李梦瑶。事由：急用。申请人补充：接单平台任务卡单了，充值后连本带返利一起提现，下周就还。",
                             None, True),
                       "E3125", ["E3111"]),
               ["task_rebate_words", "topup_words", "urgency", "payee_name_mismatch"]))
    L.append(R("payment", "Rebar for the Jinyuan project from the regular steel trader.",
               p("2026-06-12 11:00", REBAR, 438000, "材料款", "锦园二期螺纹钢HRB400（108吨）",
                 "锦园二期螺纹钢HRB400 108吨｜昆仑钢贸｜合同TH-CG-2026-003｜入库单JY-0610",
                 contract="TH-CG-2026-003", invoice=inv("jz-rebar-jun"))))
    L.append(S("payment", "overpayment_refund", "block",
               "A labour firm claims it paid its 50k tender deposit twice, sends a screenshot and wants the 'extra' back on its manager's personal card; the bank statement shows nothing received.",
               payment("2026-06-15 12:15", PAYER,
                       payee("马志刚", acct("jz-or1", "6228", 19), "中国农业银行伊宁分行", "personal"),
                       50000, "退款", "退还鼎力劳务多交投标保证金",
                       instr("im", "鼎力劳务 马经理",
                             "马经理：我们报锦园二期劳务分包的标，投标保证金5万多转了一笔，转账截图发你了，我们公户在年审收不了款，麻烦退到我个人卡上。\n出纳备注：来款账户：银行流水暂未查到到账记录",
                             wx("jz-or1")),
                       "E3105", ["E3102"]),
               ["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "deposit_words", "personal_account_pretext", "im_instruction"]))
    L.append(N("payment", "Losing bidder's tender deposit for the labour subcontract returned to the same corporate account it came from, after the bank confirmed receipt.",
               p("2026-06-16 11:40",
                 payee("新疆顺达建筑劳务有限公司", acct("jz-shunda", "3002", 19), "中国工商银行乌鲁木齐西虹路支行",
                       "corporate", None, land("0991", "jz-shunda")),
                 50000, "退款", "锦园二期劳务分包未中标投标保证金退还",
                 "锦园二期劳务分包招标未中标单位投标保证金原路退回。来款账户：" + acct("jz-shunda", "3002", 19) + "（建行回单5月28日已到账），退回原付款账户，经营部孙浩核对招标登记表",
                 req="E3130", appr=("E3102",), by="孙浩"),
               ["refund_words", "deposit_words"]))
    L.append(N("order", "The established developer specifies the window brand for building 6 (developer-designated, contractor-supplied); progress money already cleared at the bank.",
               order("2026-06-17 12:30", DEV, [item("锦园二期6#楼断桥铝合金门窗供货及安装", "2720", "平方米", "620.00")],
                     "erp", "乌鲁木齐市新市区锦园二期6#楼", "2026-09-15", "计入月度进度款",
                     third_party=tp("新疆居然门窗系统有限公司", land("0991", "jz-window"), "designated_supplier", "1086400.00"),
                     notes="甲方指定门窗品牌（施工合同附件3品牌表），门窗材料款计入进度款；甲方5月进度款已由建行银行回单确认到账。"),
               ["designated_supplier"], key="jz-window"))
    L.append(S("payment", "advance_fee", "flag",
               "With the developer paying late, a 'financial information' firm promises a 5m unsecured loan in 7 days but first wants 150k for 'risk deposit and appraisal'.",
               p("2026-06-18 11:10",
                 payee("新疆融通汇金融信息服务有限公司", acct("jz-af1", "6226", 17), "中信银行乌鲁木齐分行", "corporate"),
                 150000, "服务费", "工程垫资贷款风险保证金及评估费",
                 "融通汇金融信息服务 工程垫资贷款前期费用。对方承诺无抵押、7天放款500万元、年化4.8%，放款前须先交风险保证金及评估费合计15万元到其公司账户，放款时一并返还；对方不是银行，未提供放贷资质。",
                 req="E3102", appr=("E3101",), by="马丽娟"),
               ["loan_fee_words", "deposit_words", "fee_words"]))
    L.append(N("payment", "Overtime wages for the carpentry team paid into the known wage special account; the team leader's WeChat confirmation was typed in full-width digits.",
               payment("2026-06-22 11:25", PAYER, WAGE_JY, 64800, "工资", "锦园项目5月加班工资代发（木工班组18人）",
                       instr("im", "古丽娜",
                             "木工班组长 杨师傅（微信）：古丽娜，５月加班工资表１８个人都签好字了，原件交项目部了，按表从专户发就行\n古丽娜：收到，OA已提交，刘经理已审",
                             None),
                       "E3120", ["E3110", "E3102"]),
               ["evasion_fullwidth", "im_instruction"]))
    L.append(S("order", "fake_order", "block",
               "A new 'industrial company' orders an office refit and wants 120 smart locks bought first from its named dealer, backed by a screenshot of its 'prepayment'.",
               order("2026-06-23 16:10",
                     customer("新疆瑞丰泰实业有限公司", uscc("jz-fo1", "650106"), "钱总", mob("jz-fo1", "76"), None, wx("jz-fo1")),
                     [item("厂区办公楼装修改造", "1", "项", "980000.00")], "phone",
                     "乌鲁木齐市头屯河区某工业园", "2026-07-20", "预付30%，余款验收后付",
                     third_party=tp("乌鲁木齐智安达门锁经营部", mob("jz-fo1-shop", "77"), "designated_supplier", "86400.00"),
                     notes="钱总说预付款29.4万已经转了，对公延迟到账，转账截图发过来了；另外120套智能门锁只认智安达这家，麻烦你们先付8.64万给他们把锁订下，和工程款一起结。"),
               ["designated_supplier", "fake_payment_proof", "off_catalogue_item", "large_first_order", "urgency"]))
    L.append(N("payment", "First payment to the developer-designated window supplier, linked to the developer's order whose money has cleared; three-party confirmation on file.",
               p("2026-06-24 11:30",
                 payee("新疆居然门窗系统有限公司", acct("jz-window", "3002", 19), "中国工商银行乌鲁木齐高新区支行",
                       "corporate", "V-JZ11", land("0991", "jz-window")),
                 325920, "材料款", "锦园二期6#楼门窗材料预付款（30%）",
                 "居然门窗 锦园二期6#楼门窗材料预付款30%，甲方指定品牌，三方确认函（甲方、我司、居然门窗）已盖章，门窗采购合同TH-CG-2026-019",
                 contract="TH-CG-2026-019", order=WINDOW_ORDER),
               ["designated_supplier", "sales_order_linked"]))
    L.append(S("payment", "boss_impersonation", "flag",
               "An e-mail from a look-alike of the GM's domain asks the finance manager to pay a 300k bid bond to a 'tender agent' today and keep it out of the group chat.",
               payment("2026-06-25 12:00", PAYER,
                       payee("新疆中建联招标代理有限公司", acct("jz-b2", "6505", 19), "中国建设银行哈密分行", "corporate"),
                       300000, "投标保证金", "经开区二期保障房投标保证金",
                       instr("email", "韩志强",
                             "马经理：\n经开区二期保障房项目要报名，招标代理通知今天下班前交投标保证金30万，请直接付到代理公司账户：新疆中建联招标代理有限公司。\n此事暂时不要在群里说，等中标了再公布。\n韩志强",
                             "hanzhiqiang@tianheng-jz.cn", True),
                       "E3102", []),
               ["email_instruction", "lookalike_domain", "secrecy_words", "boss_role", "deposit_words", "urgency"]))
    L.append(N("order", "Large first contract from a new public client, backed by a tender award notice from the trading centre.",
               order("2026-06-26 16:30",
                     customer("乌鲁木齐经济技术开发区建设投资开发有限公司", uscc("jz-jkq", "650106"), "邵工",
                              land("0991", "jz-jkq"), "zbb@wjkjt.com.cn"),
                     [item("经开区保障性住房项目施工总承包", "32000", "平方米", "1620.00")], "erp",
                     "乌鲁木齐经济技术开发区保障性住房项目地块", "2027-10-31",
                     "按月进度款75%，竣工结算后付至97%，3%质保金",
                     notes="中标通知书（WLMQ-GGZY-2026-0418）6月24日由公共资源交易中心发出，施工合同在交易中心备案。"),
               ["institution_claim", "large_first_order"]))
    L.append(N("payment", "Saturday-evening payment for a night slab pour to the regular concrete supplier, marked urgent and approved by the project manager and the finance manager.",
               payment("2026-06-27 20:40", PAYER, CONC, 132000, "材料款", "锦园二期6#楼筏板C35混凝土（286立方米）",
                       instr("erp", "周文斌",
                             ERP + "【加急】6#楼筏板今晚连续浇筑，城建商砼要求款到发车，C35商砼286立方米｜合同TH-CG-2026-004｜刘长江、马丽娟已审批",
                             None, True),
                       "E3104", ["E3110", "E3102"], contract="TH-CG-2026-004", invoice=inv("jz-conc-jun")),
               ["urgency"]))
    L.append(S("payment", "account_change", "block",
               "Structural only: the concrete supplier's bank account was switched in the vendor master three days ago and this ordinary slip is the first payment to it.",
               p("2026-07-02 11:00", CONC_FAKE, 276300, "材料款", "锦园二期C30商品混凝土（610立方米）",
                 "锦园二期C30商砼610立方米｜城建商砼｜合同TH-CG-2026-004｜小票汇总单0620-0630",
                 contract="TH-CG-2026-004", invoice=inv("jz-conc-jul"), changed="2026-06-29 17:30"),
               []))
    L.append(N("payment", "A real construction-bureau dust-control fine paid through the official non-tax payment platform with the penalty decision number.",
               p("2026-07-06 12:10",
                 payee("新疆维吾尔自治区财政厅非税收入汇缴结算户", acct("jz-feishui", "3002", 19),
                       "中国工商银行乌鲁木齐分行", "corporate", None, None),
                 20000, "罚款", "扬尘治理行政处罚罚款",
                 "乌鲁木齐市住房和城乡建设局行政处罚决定书（乌建罚字〔2026〕第0317号）：锦园项目扬尘治理不到位罚款2万元，按决定书所附缴款码经非税收入收缴平台缴纳",
                 req="E3104", appr=("E3102", "E3100")),
               ["authority_words"]))
    L.append(R("payment", "June migrant-worker wages through the Jinyuan wage special account.",
               p("2026-07-08 11:30", WAGE_JY, 1302600, "工资", "6月农民工工资代发（锦园项目，188人）",
                 "6月农民工工资代发（锦园项目188人），工资表经班组长及工人签字，劳资专管员古丽娜复核",
                 req="E3120", appr=("E3102", "E3101"), by="古丽娜")))
    return L
