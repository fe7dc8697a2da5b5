"""xinghui: heavy-truck repair shop and parts counter in Kuitun."""
from decimal import Decimal
from common import acct, wxid, invoice, uscc, mobile, landline, code

TENANT = "xinghui"
PREFIX = "XH"
COMPANY = "奎屯星辉重卡汽车修理有限公司"
PAYER_ACCT = acct("xh-basic", "3035", 17)
ERP = "管家婆付款单"
ERP_FROM = "孙丽"
REQ = "E4102"            # 会计 孙丽
APPR_SMALL = ["E4103"]   # 财务主管 吴敏
APPR_BIG = ["E4103", "E4100"]  # + 总经理 韩星辉
BIG = Decimal("50000")

FW = str.maketrans("0123456789.", "０１２３４５６７８９．")


def V(name, acc, bank, vid, phone, typ="corporate"):
    return {"name": name, "account_no": acc, "bank": bank, "account_type": typ, "vendor_id": vid, "phone": phone}


TYRE_TEL = landline("xh-tyre", "0992")
OIL_TEL = landline("xh-oil", "0990")
VENDORS = {
    "parts": V("乌鲁木齐重驰汽车配件有限公司", acct("xh-parts", "3002", 19), "中国工商银行乌鲁木齐北京路支行", "V-XH01", landline("xh-parts", "0991")),
    "tyre": V("奎屯鑫轮轮胎销售有限公司", acct("xh-tyre", "6505", 19), "中国建设银行奎屯分行", "V-XH02", TYRE_TEL),
    "tyre_new": V("奎屯鑫轮轮胎销售有限公司", acct("xh-tyre-new", "8807", 18), "奎屯农村商业银行", "V-XH02", TYRE_TEL),
    "oil": V("克拉玛依润通石油化工有限公司", acct("xh-oil", "3035", 17), "中国农业银行克拉玛依分行", "V-XH03", OIL_TEL),
    "oil_new": V("克拉玛依润通商贸有限公司", acct("xh-oil-new", "2460", 19), "中国银行郑州花园路支行", "V-XH03", OIL_TEL),
    "oxy": V("奎屯市天北氧气站", acct("xh-oxy", "6505", 19), "中国建设银行奎屯分行", "V-XH04", landline("xh-oxy", "0992")),
    "fuel": V("中国石油天然气股份有限公司新疆奎屯销售分公司", acct("xh-fuel", "3002", 19), "中国工商银行奎屯分行", "V-XH05", landline("xh-fuel", "0992")),
    "rent": V("奎屯市北站物流园管理有限公司", acct("xh-rent", "3035", 17), "中国农业银行奎屯分行", "V-XH06", landline("xh-rent", "0992")),
    "waste": V("新疆绿环危废处置有限公司", acct("xh-waste", "6505", 19), "中国建设银行独山子支行", "V-XH07", landline("xh-waste", "0992")),
    "botong": V("新疆博通汽车电气有限公司", acct("xh-botong", "3002", 19), "中国工商银行乌鲁木齐新华北路支行", "V-XH08", landline("xh-botong", "0991")),
    "kangda": V("新疆康达动力设备有限公司", acct("xh-kangda", "3002", 19), "中国工商银行乌鲁木齐友好路支行", "V-XH09", landline("xh-kangda", "0991")),
    "payroll": V("中国农业银行奎屯分行（代发工资专户）", acct("xh-payroll", "3035", 17), "中国农业银行奎屯分行", "PAY-XH", None),
}

CUSTOMERS = {
    "td": {"name": "奎屯通达物流有限公司", "credit_code": uscc("xh-td", "91654003"), "contact_name": "马经理",
           "phone": landline("xh-td", "0992"), "email": "majl@kt-tongda.com", "im_id": None, "customer_id": "C-XH01"},
    "hw": {"name": "奎屯市环境卫生管理服务中心", "credit_code": uscc("xh-hw", "12654003"), "contact_name": "李科长",
           "phone": landline("xh-hw", "0992"), "email": "hwzx_cl@kuitun-hw.cn", "im_id": None, "customer_id": "C-XH02"},
    "tb": {"name": "新疆天北运输有限公司", "credit_code": uscc("xh-tb", "91654003"), "contact_name": "王队长",
           "phone": landline("xh-tb", "0992"), "email": "wangdz@tianbei-ys.cn", "im_id": None, "customer_id": "C-XH03"},
}
TD_ACCT = acct("xh-td-basic", "3035", 17)
KD_IN = code("xh-tb-prepay", 10)
FO_WX = wxid("xh-fake-army")


def P(ph, ts, note, **p):
    return {"ph": ph, "ts": ts, "kind": "p", "note": note, "p": p}


def O(ph, ts, note, **o):
    return {"ph": ph, "ts": ts, "kind": "o", "note": note, "o": o}


def S(line, st, ex, sig):
    line.update({"label": "scam", "st": st, "ex": ex, "sig": sig})
    return line


def L(line, sig):
    line["sig"] = sig
    return line


def person(name, key, prefix, bank):
    return {"name": name, "account_no": acct(key, prefix, 19), "bank": bank, "account_type": "personal"}


MAFC = person("马福成", "xh-mafucheng", "6228", "中国农业银行奎屯分行")
LIUJUN = person("刘军", "xh-liujun", "6217", "中国建设银行克拉玛依分行")

LINES = [
    # ---------------------------------------------------------------- history
    P("h", "04-07 11:30", "Parts from the regular Urumqi parts wholesaler.", payee="parts", amount="126400.00", purpose="货款",
      memo="4月上旬配件款（制动、传动件）", contract="XH-CG-2026-001", inv=invoice("xh-parts-0407")),
    O("h", "04-08 15:20", "Monthly maintenance plan for an established logistics fleet.", cust="td", ch="email",
      items=[("重卡二级保养（含机油、三滤）", 12, "台次", "2850.00")], addr="奎屯市北站物流园通达物流车场", deadline="04-15",
      terms="月结30天", notes="4月车队例保计划，按维修框架合同KT-TD-2026-01"),
    P("h", "04-09 12:40", "Tyres from the regular local tyre dealer.", payee="tyre", amount="58800.00", purpose="货款",
      memo="4月上旬轮胎款（12R22.5 36条）", contract="XH-CG-2026-003", inv=invoice("xh-tyre-0409")),
    P("h", "04-10 18:30", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="186500.00",
      purpose="工资", memo="3月工资代发（28人）", text="管家婆付款单：3月工资代发（28人），工资表经吴敏审核"),
    P("h", "04-13 16:10", "Lubricants from the regular Karamay supplier.", payee="oil", amount="42600.00", purpose="货款",
      memo="4月润滑油款（柴机油、齿轮油）", contract="XH-CG-2026-002", inv=invoice("xh-oil-0413")),
    O("h", "04-14 11:50", "Sanitation-fleet repairs under the city sanitation centre's annual service contract.", cust="hw", ch="email",
      items=[("压缩式垃圾车液压系统检修", 4, "台次", "3600.00"), ("洒水车水泵更换（含配件）", 2, "台次", "4200.00")],
      addr="奎屯市环卫中心车辆停放场", deadline="04-20", terms="按年度维修服务合同KT-HW-2026-03月结，财政支付",
      notes="4月环卫车辆检修计划，李科长邮件下单"),
    P("h", "04-16 15:30", "Oxygen and acetylene refills for the workshop.", payee="oxy", amount="3260.00", purpose="货款",
      memo="4月氧气、乙炔充装费", contract="XH-CG-2026-006", inv=invoice("xh-oxy-0416")),
    P("h", "04-17 12:20", "Fuel-card top-up for the service and rescue trucks.", payee="fuel", amount="20000.00", purpose="加油卡充值",
      memo="服务车及救援车加油卡充值", contract="XH-CG-2026-007"),
    P("h", "04-21 17:10", "Parts from the regular Urumqi parts wholesaler.", payee="parts", amount="98700.00", purpose="货款",
      memo="4月中旬配件款（发动机件）", contract="XH-CG-2026-001", inv=invoice("xh-parts-0421")),
    O("h", "04-22 11:40", "Clutch replacements for an established transport company.", cust="tb", ch="phone",
      items=[("重卡离合器总成更换", 3, "台次", "6800.00")], addr="奎屯市天北运输车场", deadline="04-26", terms="月结30天",
      notes="王队长电话下单，3台牵引车离合器更换"),
    P("h", "04-24 15:50", "Quarterly workshop rent.", payee="rent", amount="54000.00", purpose="租金", memo="二季度厂房租金",
      contract="XH-ZL-2025-001", inv=invoice("xh-rent-0424")),
    P("h", "04-28 12:30", "Tyres from the regular local tyre dealer.", payee="tyre", amount="46200.00", purpose="货款",
      memo="4月下旬轮胎款（12R22.5 28条）", contract="XH-CG-2026-003", inv=invoice("xh-tyre-0428")),
    P("h", "05-07 11:20", "Waste-oil disposal by the licensed hazardous-waste firm.", payee="waste", amount="6800.00", purpose="处置费",
      memo="一季度废机油危废处置费", contract="XH-HF-2026-001", inv=invoice("xh-waste-0507")),
    P("h", "05-11 18:20", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="192300.00",
      purpose="工资", memo="4月工资代发（29人）", text="管家婆付款单：4月工资代发（29人），工资表经吴敏审核"),

    # ---------------------------------------------------------------- test
    L(P("t", "05-18 11:20", "Routine: Parts from the regular Urumqi parts wholesaler.", payee="parts", amount="112300.00", purpose="货款",
        memo="5月上旬配件款（制动、悬挂件）", contract="XH-CG-2026-001", inv=invoice("xh-parts-0518")), []),
    S(O("t", "05-18 15:40", "A name one stroke off the established logistics customer (迖 for 达), with a new buyer on WeChat, orders 171k of tyres and batteries on 60-day credit for a transit yard in Jinghe.",
        cust={"name": "奎屯通迖物流有限公司", "credit_code": None, "contact_name": "李经理", "phone": mobile("xh-fake-td", "59"),
              "email": None, "im_id": wxid("xh-fake-td"), "customer_id": None},
        ch="im", items=[("重卡轮胎 12R22.5", 80, "条", "1650.00"), ("蓄电池 6-QW-180", 40, "块", "980.00")],
        addr="博州精河县八家户物流园中转仓", deadline="05-20", terms="货到60天付款",
        notes="我们是通达物流，车队扩编，新换的采购负责人。这批轮胎电瓶先发到精河八家户物流园中转仓，60天账期，老关系了，价格按上次的来。"),
      "fake_purchaser", "flag", ["lookalike_company", "contact_mismatch", "credit_terms_requested", "far_delivery", "large_first_order", "contact_im_only"]),
    L(O("t", "05-19 12:10", "Hard negative: Three engine overhauls for the established logistics fleet on its usual monthly credit, ordered by the known contact.",
        cust="td", ch="email", items=[("发动机大修（含配件）", 3, "台次", "38500.00")], addr="奎屯市北站物流园通达物流车场",
        deadline="05-30", terms="月结30天", notes="车队3台牵引车发动机大修，按维修框架合同KT-TD-2026-01，马经理邮件确认"),
      ["credit_terms_requested", "large_vs_usual"]),
    S(O("t", "05-20 11:40", "A 'military vehicle section' orders truck brake overhauls and wants 24 sets of snow chains bought from the shop it names, 'paid' only by a processing-transfer screenshot.",
        cust={"name": "某部队后勤保障处车管科", "credit_code": None, "contact_name": "刘助理", "phone": mobile("xh-fake-army", "57"),
              "email": None, "im_id": FO_WX, "customer_id": None},
        ch="im", items=[("运输车底盘及制动系统检修", 6, "台次", "5200.00")], addr="奎屯市某部队营区车库", deadline="05-25",
        terms="维修完工验收后财政转账",
        tp={"name": "乌鲁木齐军盾汽车用品经营部", "contact": mobile("xh-jundun", "58"), "role": "designated_supplier", "amount": "43200.00"},
        notes="我们车管科6台运输车要做底盘和制动检修。另外上级要求配24套军品级防滑链，只认军盾这家的，麻烦你们帮忙采购一起送来，钱和修理费一起结。\n我们这边已经先转了7.44万，截图发你了，对公转账显示处理中，明天到账。",
        ), "fake_order", "block", ["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "contact_im_only"]),
    S(P("t", "05-21 16:20", "The parts manager asks to advance 43,200 to the snow-chain shop the 'military unit' named; its payment is still only a 'processing' screenshot.",
        payee={"name": "乌鲁木齐军盾汽车用品经营部", "account_no": acct("xh-jundun", "6222", 19), "bank": "中国工商银行乌鲁木齐南门支行", "account_type": "personal"},
        amount="43200.00", purpose="代采购", memo="代购军品级防滑链24套（部队车管科订单）", order_ref="xh_fo", ch="im",
        fn="某部队后勤保障处车管科 刘助理", fc=FO_WX, urg=True, req="E4110", appr=["E4103"],
        text="张主管，我们的款财务昨天就转了，截图显示处理中，军盾那边催着发货，你们先把4.32万付给军盾，一起结。"),
      "fake_order", "block", ["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"]),
    L(O("t", "05-22 11:30", "Hard negative: The established transport customer names the brand-authorised dealer for a replacement engine (a warranty condition) and has already prepaid the whole job.",
        cust="tb", ch="email", items=[("发动机总成更换工时及辅料", 1, "台次", "12800.00"), ("发动机总成（客户指定品牌授权经销商供货）", 1, "台", "96000.00")],
        addr="奎屯市星辉重卡修理厂", deadline="06-05", terms="客户预付款10.88万元已到账（银行流水号%s），款到采购" % KD_IN,
        tp={"name": "新疆康达动力设备有限公司", "contact": landline("xh-kangda", "0991"), "role": "designated_supplier", "amount": "86000.00"},
        notes="天北运输要求使用品牌授权经销商康达动力供应的原厂发动机总成（延保条件），预付款已从天北运输基本户到账，按我司采购流程下单。"),
      ["designated_supplier"]),
    L(P("t", "05-25 12:20", "Hard negative: First payment to the customer-named engine dealer after the customer's prepayment cleared, with the supplier vetted into the vendor master.",
        payee="kangda", amount="86000.00", purpose="货款", memo="天北运输发动机总成采购款", order_ref="xh_kd", contract="XH-CG-2026-021",
        inv=invoice("xh-kangda-0525"),
        text="管家婆付款单：天北运输发动机总成采购款（客户指定品牌授权经销商康达动力），客户预付款10.88万元已于5月21日到账（银行流水号%s），采购合同XH-CG-2026-021，供应商档案V-XH09已建（营业执照、品牌授权书已核）" % KD_IN),
      ["designated_supplier", "sales_order_linked"]),
    S(P("t", "05-25 17:30", "An e-mail from a look-alike of the owner's domain tells the accountant to pay a 68k 'price-lock deposit' to an unknown parts-purchasing firm today and keep it out of the group chat.",
        payee={"name": "新疆重联配件集采有限公司", "account_no": acct("xh-chonglian", "3002", 19), "bank": "中国工商银行乌鲁木齐长江路支行", "account_type": "corporate"},
        amount="68000.00", purpose="定金", memo="下半年配件集采锁价定金", ch="email", fn="韩星辉", fc="hanxh@xinghui-kt.com",
        urg=True, appr=[],
        text="孙丽：\n我在乌鲁木齐和重联谈下半年配件集中采购，价格能再降8个点，对方要求今天先付定金6.8万锁价，直接付给新疆重联配件集采有限公司。\n这事先别在群里说，等合同签了我再跟大家讲。\n韩星辉"),
      "boss_impersonation", "flag", ["email_instruction", "lookalike_domain", "secrecy_words", "urgency", "boss_role", "deposit_words"]),
    L(O("t", "05-26 11:10", "Routine: Monthly maintenance plan for the established logistics fleet.", cust="td", ch="email",
        items=[("重卡二级保养（含机油、三滤）", 10, "台次", "2850.00")], addr="奎屯市北站物流园通达物流车场", deadline="06-02",
        terms="月结30天", notes="5月车队例保计划，按维修框架合同KT-TD-2026-01"), []),
    S(P("t", "05-27 15:20", "The tyre dealer's 'salesman', writing in traditional characters on WeChat, says the basic account moved to a local rural bank; same name, keyed in the day before, first payment to it.",
        payee="tyre_new", amount="61500.00", purpose="货款", memo="5月轮胎款（12R22.5 38条）", ch="im", fn="鑫轮轮胎 业务员 小周",
        fc=wxid("xh-tyre-zhou"), contract="XH-CG-2026-003", inv=invoice("xh-tyre-0527"), changed="05-26 16:50",
        text="孫會計您好，我們公司基本戶已經換到奎屯農商行了，這批輪胎貨款請打新帳戶，舊的建行帳戶月底銷戶，以新帳戶為準，發票照常開。"),
      "account_change", "block", ["account_change_words", "im_instruction", "evasion_traditional"]),
    L(P("t", "05-28 11:45", "Hard negative: Roadside-recovery fee listed on the insurer's assessment paid to the sole-trader tow operator's own card; his text message comes in traditional characters.",
        payee=person("王德明", "xh-wangdeming", "6217", "中国建设银行奎屯分行"), amount="3800.00", purpose="施救费",
        memo="保险事故车辆施救费（人保定损单列明）",
        text="管家婆付款单：客户马福成重卡G30高速追尾，人保财险定损单DS6540%s列明施救费3800元，由我厂垫付后随维修款一并向保险公司索赔，施救方为个体施救队经营者王德明本人。\n王德明短信：“施救費3800元，按保險公司定損單，請轉到我本人建行卡，謝謝。”" % code("xh-ds", 6)),
      ["evasion_traditional"]),
    S(P("t", "05-29 12:30", "A 'project manager' promising maintenance of 200 construction trucks wants a 50k performance bond paid to his personal account before any contract.",
        payee=person("郑国华", "xh-zhenggh", "6216", "中国银行北屯支行"), amount="50000.00", purpose="履约保证金",
        memo="工程车辆维修外包履约保证金", ch="im", fn="新疆某建设集团北屯项目部 郑经理", fc=wxid("xh-zheng"),
        text="韩总，我们北屯项目部200台工程车的维修保养准备外包给你们，一年下来三四百万的活。按集团规定签约前要交5万履约保证金，先打到我个人账户，集团账户在审计不方便收。合同下周在项目部签。"),
      "contract_fraud", "flag", ["deposit_words", "bigproject_words", "fee_asked_of_seller", "im_instruction", "personal_account_pretext"]),
    L(P("t", "06-01 11:20", "Routine: Parts from the regular Urumqi parts wholesaler.", payee="parts", amount="134800.00", purpose="货款",
        memo="5月下旬配件款（发动机、电气件）", contract="XH-CG-2026-001", inv=invoice("xh-parts-0601")), []),
    S(P("t", "06-01 16:30", "Structural only: nine apprentices' May wages go in one payment to the labour boss's own card on a one-line free-mail note.",
        payee=person("杜建军", "xh-dujianjun", "6228", "中国农业银行奎屯分行"), amount="37800.00", purpose="工资",
        memo="5月学徒工工资（9人）", ch="email", fn="杜建军", fc="dujianjun1979@126.com",
        text="孙会计：5月学徒工工资表已发你邮箱，按表上账户打款即可。杜建军"),
      "fake_salary", "block", ["payee_shared_by_employees", "email_instruction", "free_mail"]),
    L(P("t", "06-02 12:10", "Hard negative: Returnable-cylinder deposit for ten new oxygen and acetylene bottles to the regular gas station.",
        payee="oxy", amount="8000.00", purpose="押金", memo="新增氧气、乙炔钢瓶押金（10只）",
        text="管家婆付款单：车间新增焊割工位，向天北氧气站租用氧气、乙炔钢瓶10只，押金8000元，退瓶时凭押金条退还（押金协议XH-YJ-2026-002）"),
      ["deposit_words"]),
    S(P("t", "06-03 11:40", "An e-mail from a look-alike of the lubricant supplier's domain insists on the 'related company' account in Zhengzhou keyed in six weeks ago; first payment to it.",
        payee="oil_new", amount="38900.00", purpose="货款", memo="5月润滑油款", ch="email", fn="润通石化 财务部",
        fc="finance@runt0ng-oil.com", contract="XH-CG-2026-002", inv=invoice("xh-oil-0603"), changed="04-23 11:30",
        text="吴主管您好：\n因集团业务调整，自4月起我司货款统一由关联公司克拉玛依润通商贸有限公司收取，收款账户已于4月函告贵司更新（中国银行郑州花园路支行），请按新账户支付5月润滑油货款。\n润通石化 财务部"),
      "account_change", "flag", ["account_change_words", "payee_name_mismatch", "email_instruction", "lookalike_domain", "unusual_bank_region"]),
    L(P("t", "06-04 16:50", "Hard negative: Fuel-card top-up for the service and rescue trucks to the state oil company's account already on file.",
        payee="fuel", amount="30000.00", purpose="加油卡充值", memo="服务车及救援车加油卡充值（6月）", contract="XH-CG-2026-007"),
      ["topup_words"]),
    S(P("t", "06-05 11:30", "An SMS in the central bank's name says the account failed its 'annual inspection' and the money must go to a supervised account for verification; the key words are spaced out.",
        payee=person("刘志强", "xh-liuzq", "6222", "中国工商银行东莞长安支行"), amount="80000.00", purpose="账户年检",
        memo="对公账户年检资金核验", ch="sms", fn="自称中国人民银行奎屯市支行 账户管理科", fc=landline("xh-fakepboc", "0992"),
        urg=True, req="E4101", appr=[],
        text="【账户管理】星辉重卡：贵公司对公账户2026年度年检未通过，账户将于今日17时冻结。请将账户资金8万元转入监 管 账 户进行资 金 核 查，核查后原路退回，退回后年检自动通过。咨询电话%s" % landline("xh-fakepboc", "0992")),
      "authority_impersonation", "block", ["authority_words", "safe_account_words", "urgency", "evasion_spacing"]),
    L(P("t", "06-08 12:20", "Hard negative: First payment to a new electrical-parts supplier with contract, purchase order and goods received.",
        payee="botong", amount="45600.00", purpose="货款", memo="博通汽车电气首批货款（起动机、发电机总成）", contract="XH-CG-2026-024",
        inv=invoice("xh-botong-0608"),
        text="管家婆付款单：博通汽车电气首批货款（起动机、发电机总成），合同XH-CG-2026-024，采购单PO-XH-2606-003，入库单0605-02，供应商档案已建（营业执照、开户许可证已核）"),
      []),
    S(P("t", "06-08 21:15", "Late in the evening the 'owner' on a new WeChat, typing in full-width mode, wants 26k sent at once to a private card as a 'coordination fee', skipping the system.",
        payee=LIUJUN, amount="26000.00", purpose="协调费", memo="交警队协调费", ch="im", fn="韩星辉", fc=wxid("xh-fake-han"),
        urg=True, appr=[],
        text="孙丽，马上转２．６万到这个卡，给交警队朋友的协调费，别走系统了，回头我签字。刘军　" + LIUJUN["account_no"].translate(FW)),
      "boss_impersonation", "flag", ["im_instruction", "new_contact", "bypass_process", "urgency", "boss_role", "evasion_fullwidth"]),
    L(P("t", "06-09 11:40", "Hard negative: After the insurer's settlement arrived, the driver's prepaid repair money is returned to the card he paid it from.",
        payee=MAFC, amount="12000.00", purpose="退款", memo="保险理赔到账后退还客户预付维修款",
        text="管家婆付款单：客户马福成重卡追尾维修，客户先行预付维修款12000元；人保财险理赔款已全额到账（银行流水号%s），预付款原路退回客户付款卡。\n原付款账户：%s（农行卡，5月28日到账）" % (code("xh-claim-in", 10), MAFC["account_no"])),
      ["refund_words"]),
    L(P("t", "06-10 18:30", "Routine: Monthly payroll through the bank's payroll account.", payee="payroll", amount="195600.00",
        purpose="工资", memo="5月工资代发（29人）", text="管家婆付款单：5月工资代发（29人），工资表经吴敏审核"), []),
    S(P("t", "06-11 12:30", "A 'tax agent' on WeChat sells input VAT invoices for parts bought without invoices, 3% of face value paid to his personal card.",
        payee=person("何晓军", "xh-hexj", "6228", "中国农业银行乌鲁木齐分行"), amount="15000.00", purpose="开票服务费",
        memo="进项专票税点（票面50万，3个点）", ch="im", fn="财税代办 何晓军", fc=wxid("xh-hexj"),
        text="孙会计，上次说的进项票给你们配好了，50万专票3个点，税点1.5万先转我，票明天快递到。"),
      "fake_invoice", "flag", ["invoice_trade_words", "im_instruction", "new_contact"]),
    L(P("t", "06-12 11:20", "Hard negative: Quarterly prepayment for waste-oil disposal to the licensed hazardous-waste firm under contract.",
        payee="waste", amount="8500.00", purpose="预付款", memo="二季度废机油危废处置预付款", contract="XH-HF-2026-001",
        text="管家婆付款单：二季度废机油、废滤芯危废处置预付款，新疆绿环危废处置有限公司持危险废物经营许可证，处置合同XH-HF-2026-001约定按季度预付"),
      ["deposit_words"]),
    S(P("t", "06-12 16:40", "A 'financing guarantee firm' promising a collateral-free 2m equipment loan in three days wants a 30k service fee and risk deposit before any loan contract.",
        payee={"name": "新疆融信通融资担保有限公司", "account_no": acct("xh-rongxintong", "6505", 19), "bank": "中国建设银行乌鲁木齐新华南路支行", "account_type": "corporate"},
        amount="30000.00", purpose="服务费", memo="设备贷款融资服务费及风险保证金",
        text="管家婆付款单：融信通担保称可为我司办理200万元设备贷款（无抵押、三天放款），放款前需支付融资服务费及风险保证金3万元；对方未提供银行贷款合同，暂未在地方金融管理部门公示名单中查到该担保公司。"),
      "advance_fee", "flag", ["loan_fee_words", "fee_words"]),
    S(P("t", "06-15 12:10", "A 'loan broker' asks to run money out of and back into the company account to build turnover, using pinyin initials for 'corporate account' and 'brushing turnover'.",
        payee={"name": "新疆汇广达商贸有限公司", "account_no": acct("xh-huiguangda", "3002", 19), "bank": "中国工商银行乌鲁木齐河北东路支行", "account_type": "corporate"},
        amount="280000.00", purpose="往来款", memo="往来款", ch="im", fn="贷款中介 陈经理", fc=wxid("xh-loan-chen"),
        text="韩总，银行那边说贵司流水不够，要用贵司dgzh做sls，流水做到500万才能批下来。今天先从你们公户转28万到合作公司汇广达，明天原数转回来，连着做几轮就够了。"),
      "account_lending", "block", ["account_lending_words", "loan_fee_words", "evasion_pinyin", "vague_memo", "im_instruction", "new_contact"]),
    L(O("t", "06-16 11:30", "Hard negative: The city sanitation centre, a public-sector customer on an annual service contract, orders fleet repairs paid monthly from the budget.",
        cust="hw", ch="email", items=[("压缩式垃圾车液压系统检修", 6, "台次", "3600.00"), ("环卫车辆夏季空调检修", 8, "台次", "850.00")],
        addr="奎屯市环卫中心车辆停放场", deadline="06-22", terms="按年度维修服务合同KT-HW-2026-03月结，财政支付",
        notes="6月环卫车辆检修计划，李科长邮件下单"),
      ["institution_claim", "credit_terms_requested"]),
    S(P("t", "06-17 16:20", "The parts manager asks for a 20k 'membership top-up' on an auto-parts 'order-grabbing' platform that promises 8% commission per order, paid to a Shenzhen tech firm.",
        payee={"name": "深圳市优配云科技有限公司", "account_no": acct("xh-youpeiyun", "1100", 16), "bank": "平安银行深圳分行", "account_type": "corporate"},
        amount="20000.00", purpose="会员费", memo="汽配云平台会员升级及充值", req="E4110", appr=["E4103"],
        text="张磊提交：汽配云平台接单赚佣金，会员升级到钻石级后每单返8%，需要公司账户先充值2万元到平台收款方优配云科技，接单完成后连本带佣金提现。"),
      "task_rebate", "flag", ["task_rebate_words", "topup_words", "third_party_payment_endpoint", "unusual_bank_region"]),
    S(O("t", "06-18 12:00", "A new owner-driver says a logistics boss paid his 16,800 repair bill with 36,800 and wants the 20k 'overpayment' sent to his cousin's card.",
        cust={"name": "马海军", "credit_code": None, "contact_name": "马海军", "phone": mobile("xh-mahaijun", "59"), "email": None,
              "im_id": wxid("xh-mahaijun"), "customer_id": None},
        ch="im", items=[("重卡变速箱维修（含配件）", 1, "台次", "16800.00")], addr="奎屯市星辉重卡修理厂", deadline="06-19",
        terms="完工付款", tp={"name": "杨艳（个人）", "contact": mobile("xh-yangyan", "57"), "role": "refund_recipient", "amount": "20000.00"},
        notes="修车钱我让物流公司老板帮我付了，他转了36800，多转了2万，截图发你了。多的2万麻烦转到我表姐杨艳的卡上，我这边急用。"),
      "overpayment_refund", "block", ["overpayment", "third_party_payer", "refund_to_other_account", "fake_payment_proof", "contact_im_only"]),
    L(P("t", "06-20 09:10", "Hard negative: Saturday-morning, holiday-weekend emergency parts for a customer's broken-down tractor unit, paid to the regular wholesaler with both approvals.",
        payee="parts", amount="23600.00", purpose="货款", memo="抢修配件款（通达物流抛锚牵引车）", urg=True, req="E4120",
        appr=["E4103", "E4100"], contract="XH-CG-2026-001", inv=invoice("xh-parts-0620"),
        text="【加急】管家婆付款单：通达物流牵引车精河段抛锚，连夜抢修，重驰配件发货前付款，配件单CX-0620-01，吴敏、韩星辉已审批"),
      ["urgency"]),
    S(O("t", "06-22 11:50", "A new freight company orders eight tyres and asks to borrow the shop's corporate account for a month to collect about 300k of its freight income and forward it, for a 2% fee.",
        cust={"name": "新疆远通达货运有限公司", "credit_code": uscc("xh-ytd", "91654003"), "contact_name": "黄老板",
              "phone": mobile("xh-ytd", "58"), "email": None, "im_id": wxid("xh-ytd"), "customer_id": None},
        ch="im", items=[("重卡轮胎 12R22.5", 8, "条", "1650.00")], addr="奎屯市北站物流园远通达车场", deadline="06-24",
        terms="对公转账",
        tp={"name": "新疆丰汇达供应链管理有限公司", "contact": landline("xh-fenghuida", "0991"), "role": "pass_through_payee", "amount": "300000.00"},
        notes="轮胎先订8条。另外我们公户被银行限制了，这个月客户的运费借用你们公户收一下，大概30万，收到后转给丰汇达供应链，给你们2个点手续费。"),
      "account_lending", "block", ["account_lending_words", "third_party_payer", "in_out_match", "contact_im_only"]),
    L(P("t", "06-23 16:10", "Hard negative: The owner on WeChat tells the accountant to settle June with the regular parts wholesaler today; the payment carries both approvals.",
        payee="parts", amount="88000.00", purpose="货款", memo="6月配件款（传动、电气件）", ch="im", fn="韩星辉", fc="微信:韩星辉（通讯录）",
        urg=True, contract="XH-CG-2026-001", inv=invoice("xh-parts-0623"),
        text="韩星辉：孙丽，重驰那边6月的配件款今天给他们结了，月底他们要对账，我已经在系统里批了。\n孙丽：好的韩总，付款单已提交，吴主管已审。"),
      ["im_instruction", "boss_role", "urgency"]),
    L(P("t", "06-24 11:30", "Hard negative: Freight to an owner-driver for hauling two gearboxes back from Urumqi, paid to his own card with the waybill.",
        payee=person("艾合买提·托乎提", "xh-ahmat", "6228", "中国农业银行奎屯分行"), amount="2400.00", purpose="运费",
        memo="个体货车司机运费（乌鲁木齐—奎屯配件回运）",
        text="管家婆付款单：重驰配件大件（变速箱总成2台）由个体货车司机艾合买提·托乎提回运，运单YD-0623-01，司机本人账户，行驶证、驾驶证复印件已留存"),
      []),
    L(P("t", "06-25 12:40", "Routine: Quarterly workshop rent.", payee="rent", amount="54000.00", purpose="租金", memo="三季度厂房租金",
        contract="XH-ZL-2025-001", inv=invoice("xh-rent-0625")), []),
    L(O("t", "06-26 15:30", "Routine: Clutch replacements for the established transport company.", cust="tb", ch="phone",
        items=[("重卡离合器总成更换", 2, "台次", "6800.00")], addr="奎屯市天北运输车场", deadline="06-30", terms="月结30天",
        notes="王队长电话下单，2台牵引车离合器更换"), []),
    L(P("t", "06-29 11:20", "Hard negative: The logistics customer's duplicate May payment returned to the corporate account it came from, confirmed by its manager.",
        payee={"name": "奎屯通达物流有限公司", "account_no": TD_ACCT, "bank": "中国农业银行奎屯分行", "account_type": "corporate"},
        amount="28500.00", purpose="退款", memo="原路退回通达物流5月保养款重复支付",
        text="管家婆付款单：通达物流5月保养款28500元重复支付两次（银行流水号%s、%s），经马经理邮件及盖章确认，原路退回其付款账户。\n原付款账户：%s" % (code("xh-td-a", 10), code("xh-td-b", 10), TD_ACCT)),
      ["refund_words", "overpayment"]),
]

for _L in LINES:
    if _L["kind"] == "o" and _L["o"].get("tp") and _L["o"]["tp"]["name"] == "乌鲁木齐军盾汽车用品经营部":
        _L["ref"] = "xh_fo"
    if _L["kind"] == "o" and _L["o"].get("tp") and _L["o"]["tp"]["name"] == "新疆康达动力设备有限公司":
        _L["ref"] = "xh_kd"
