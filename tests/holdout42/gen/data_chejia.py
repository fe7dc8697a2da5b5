"""chejia: brand 4S dealership (fictitious 天行 brand) in Urumqi."""
from decimal import Decimal
from common import acct, wxid, invoice, uscc, mobile, landline, code

TENANT = "chejia"
PREFIX = "CJ"
COMPANY = "乌鲁木齐车嘉天行汽车销售服务有限公司"
PAYER_ACCT = acct("cj-basic", "3002", 19)
ERP = "金蝶云星空付款单"
ERP_FROM = "王静"
REQ = "E2102"          # 会计 王静
APPR_SMALL = ["E2103"]  # 财务经理 赵立新
APPR_BIG = ["E2103", "E2100"]  # + 总经理 陈志远
BIG = Decimal("100000")


def V(name, acc, bank, vid, phone, typ="corporate"):
    return {"name": name, "account_no": acc, "bank": bank, "account_type": typ, "vendor_id": vid, "phone": phone}


VENDORS = {
    "mfr": V("天行汽车销售有限公司", acct("cj-mfr", "4563", 19), "中国银行上海市分行营业部", "V-CJ01", landline("cj-mfr", "021")),
    "acc": V("乌鲁木齐恒通汽车用品有限公司", acct("cj-acc", "6505", 19), "中国建设银行乌鲁木齐新市区支行", "V-CJ02", landline("cj-acc", "0991")),
    "acc_new": V("恒通汽车用品有限公司", acct("cj-acc-new", "4403", 17), "中国农业银行广州白云支行", "V-CJ02", landline("cj-acc", "0991")),
    "plate": V("新疆安达机动车登记代办服务有限公司", acct("cj-plate", "8801", 18), "乌鲁木齐农村商业银行头屯河支行", "V-CJ03", landline("cj-plate", "0991")),
    "ins": V("中国人民财产保险股份有限公司乌鲁木齐市分公司", acct("cj-ins", "3002", 19), "中国工商银行乌鲁木齐分行", "V-CJ04", landline("cj-ins", "0991")),
    "fin": V("天行汽车金融有限公司", acct("cj-fin", "8110", 17), "中信银行上海分行", "V-CJ05", landline("cj-fin", "021")),
    "prop": V("乌鲁木齐头屯河区汽车城物业管理有限公司", acct("cj-prop", "3002", 19), "中国工商银行乌鲁木齐经济技术开发区支行", "V-CJ06", landline("cj-prop", "0991")),
    "train": V("新疆博远汽车技术培训有限公司", acct("cj-train", "6505", 19), "中国建设银行乌鲁木齐分行", "V-CJ07", landline("cj-train", "0991")),
    "wash": V("乌鲁木齐洁途汽车美容服务有限公司", acct("cj-wash", "3035", 17), "中国农业银行乌鲁木齐头屯河支行", "V-CJ08", landline("cj-wash", "0991")),
    "payroll": V("中国工商银行乌鲁木齐经济技术开发区支行（代发工资专户）", acct("cj-payroll", "3002", 19), "中国工商银行乌鲁木齐经济技术开发区支行", "PAY-CJ", None),
}

CUSTOMERS = {
    "ct": {"name": "乌鲁木齐城市建设投资（集团）有限公司", "credit_code": uscc("cj-ct", "91650100"), "contact_name": "何科长",
           "phone": landline("cj-ct", "0991"), "email": "hekz@uct-group.com.cn", "im_id": None, "customer_id": "C-CJ01"},
    "sl": {"name": "新疆丝路通达汽车租赁有限公司", "credit_code": uscc("cj-sl", "91650104"), "contact_name": "韩经理",
           "phone": landline("cj-sl", "0991"), "email": "hanjl@silutongda.cn", "im_id": None, "customer_id": "C-CJ02"},
}
SL_ACCT = acct("cj-sl-basic", "6505", 19)
INV_TRAIN = invoice("cj-train-0416")


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


GOV_WX = wxid("cj-gov")
REBATE_WX = wxid("cj-rebate")
MAJUN_WX = wxid("cj-majun-new")
FINMGR_WX = wxid("cj-fin-han")
ref_card_ma = acct("cj-ma-lijun", "6217", 19)
zhouqiang_card = acct("cj-zhouqiang", "6222", 19)
liuyang_card = acct("cj-liuyang", "6228", 19)

LINES = [
    # ---------------------------------------------------------------- history
    P("h", "04-07 11:20", "Vehicle payment to the brand's national sales company.", payee="mfr", amount="1485600.00",
      purpose="提车款", memo="4月第一批提车款（天行T5 6台、天行S7 4台）", contract="TX-XJ-2026-031", inv=invoice("cj-mfr-0407")),
    O("h", "04-08 15:10", "Fleet order from the city investment group, an established customer.", cust="ct", ch="email",
      items=[("天行T5 2.0T 商务版", 3, "台", "159800.00")], addr="乌鲁木齐市天山区城投集团车队停车场", deadline="04-20",
      terms="框架合同约定：上牌交付后30日内付清", notes="集团公务用车更新第一批，合同CJ-XS-2026-011，按框架合同执行"),
    P("h", "04-09 16:30", "Accessories from the regular supplier.", payee="acc", amount="36800.00", purpose="货款",
      memo="4月新车装潢用品（隔热膜、脚垫、行车记录仪）", contract="CJ-CG-2026-004", inv=invoice("cj-acc-0409")),
    P("h", "04-10 18:40", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="612350.00",
      purpose="工资", memo="3月工资代发（52人）", text="金蝶云星空付款单：3月工资代发（52人），工资表经人事刘倩、财务赵立新审核"),
    P("h", "04-13 11:05", "Plate-registration agent fees; the agent's account change dates from February.", payee="plate",
      amount="9000.00", purpose="代办费", memo="4月上旬新车上牌代办费（18台）", contract="CJ-FW-2026-002",
      inv=invoice("cj-plate-0413"), changed="02-10 15:20"),
    P("h", "04-14 12:40", "Insurance premiums collected from car buyers remitted to the insurer.", payee="ins", amount="58420.00",
      purpose="代收保费", memo="4月上旬新车交强险及商业险保费（14台）", contract="CJ-BX-2026-001"),
    P("h", "04-16 17:10", "Product-certification training for sales consultants.", payee="train", amount="24000.00",
      purpose="培训费", memo="销售顾问产品认证培训费（12人）", contract="CJ-FW-2026-006", inv=INV_TRAIN),
    O("h", "04-17 11:50", "Rental-fleet order from an established leasing customer, paid before delivery.", cust="sl", ch="email",
      items=[("天行S7 2.0T 豪华版", 5, "台", "182000.00")], addr="乌鲁木齐市新市区丝路通达租赁车场", deadline="04-24",
      terms="款到交车", notes="租赁车队扩充，车款91万元已汇入贵司工行基本户"),
    P("h", "04-21 10:45", "Floor-plan interest to the brand's finance company.", payee="fin", amount="46218.50",
      purpose="利息", memo="3月库存融资利息", contract="TXJR-KC-2025-118"),
    P("h", "04-23 15:20", "Quarterly showroom rent and property fee.", payee="prop", amount="135000.00",
      purpose="租金", memo="二季度展厅租金及物业费", contract="CJ-ZL-2024-001", inv=invoice("cj-prop-0423")),
    P("h", "04-28 16:05", "Vehicle payment to the brand's national sales company.", payee="mfr", amount="1108800.00",
      purpose="提车款", memo="4月第二批提车款（天行T5 8台）", contract="TX-XJ-2026-031", inv=invoice("cj-mfr-0428")),
    P("h", "05-07 11:30", "New-car wash and pre-delivery cleaning by the regular detailer.", payee="wash", amount="12860.00",
      purpose="服务费", memo="4月新车整备清洗费（61台）", contract="CJ-FW-2026-003", inv=invoice("cj-wash-0507")),
    P("h", "05-11 18:20", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="624900.00",
      purpose="工资", memo="4月工资代发（53人）", text="金蝶云星空付款单：4月工资代发（53人），工资表经人事刘倩、财务赵立新审核"),
    P("h", "05-13 12:15", "Plate-registration agent fees.", payee="plate", amount="8500.00", purpose="代办费",
      memo="5月上旬新车上牌代办费（17台）", contract="CJ-FW-2026-002", inv=invoice("cj-plate-0513"), changed="02-10 15:20"),

    # ---------------------------------------------------------------- test
    L(P("t", "05-18 11:10", "Routine: Vehicle payment to the brand's national sales company.", payee="mfr", amount="1183500.00",
        purpose="提车款", memo="5月第一批提车款（天行T5 5台、天行S7 3台）", contract="TX-XJ-2026-031", inv=invoice("cj-mfr-0518")), []),
    S(O("t", "05-18 16:40", "A self-styled 'regional department logistics centre' orders eight flagship SUVs at list price on 90-day fiscal credit, wants them parked at a Khorgas transit yard and can only be reached on WeChat (written 威信).",
        cust={"name": "自治区某厅机关后勤服务中心", "credit_code": None, "contact_name": "赵主任", "phone": mobile("cj-gov", "59"),
              "email": None, "im_id": GOV_WX, "customer_id": None}, ch="im",
        items=[("天行S7 2.0T 旗舰版", 8, "台", "189800.00")], addr="伊犁州霍尔果斯市某物流园中转库", deadline="05-22",
        terms="财政集中支付，交车验收后90日内付款",
        notes="厅里公务用车更新，8台S7旗舰版，价格就按你们报的，不用谈。车先发到霍尔果斯物流园中转库，我们统一上牌。\n我白天都在开会，电话不方便接，有事加我威信说。"),
      "fake_purchaser", "flag", ["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only", "evasion_homophone"]),
    L(P("t", "05-19 12:30", "Hard negative: A cancelled order's deposit (finance application declined) refunded to the same card the customer paid it from, with the POS serial number; the customer's WeChat note is typed in full-width digits.",
        payee={"name": "马立军", "account_no": ref_card_ma, "bank": "中国建设银行乌鲁木齐分行", "account_type": "personal"},
        amount="20000.00", purpose="退定金", memo="天行T5订车定金退还（贷款未获批，原路退回）",
        text="金蝶云星空付款单：客户马立军天行T5订单取消（天行汽车金融审批未通过），定金原路退回。\n原付款账户：%s（建行卡，2026-05-09 POS收款，银行流水号PS%s）\n客户微信留言：“定金２００００元麻烦原路退回我那张建行卡，谢谢”" % (ref_card_ma, code("cj-ma-pos", 8))),
      ["refund_words", "deposit_words", "evasion_fullwidth"]),
    L(P("t", "05-20 11:45", "Routine: Accessories from the regular supplier.", payee="acc", amount="31200.00", purpose="货款",
        memo="5月新车装潢用品（隔热膜、脚垫）", contract="CJ-CG-2026-004", inv=invoice("cj-acc-0520")), []),
    S(P("t", "05-20 17:20", "A 'brand regional commercial-policy officer' on WeChat says the dealer's Q2 manufacturer rebate is frozen and asks a 12,600 'activation and unfreezing fee' to a personal account, the key words broken up with dots.",
        payee={"name": "孙浩", "account_no": acct("cj-sunhao", "6228", 19), "bank": "中国农业银行广州天河支行", "account_type": "personal"},
        amount="12600.00", purpose="激活费", memo="二季度厂家返利系统激活费",
        ch="im", fn="天行西北大区 商务政策专员 刘佳", fc=REBATE_WX, urg=True,
        text="【天行汽车西北大区商务政策】车嘉店财务您好：贵店2季度厂家返利36.8万元已核算完毕，因返利账户长期未激活已被系统冻结，需缴纳激活及解·冻·费12600元至系统运维专员孙浩账户，今天18:00前办完返利当天到账，逾期返利清零。",
        appr=["E2103"]),
      "advance_fee", "block", ["fee_words", "urgency", "im_instruction", "new_contact", "evasion_symbols"]),
    L(P("t", "05-21 15:30", "Hard negative: Trade-in purchase price paid to the registered owner's own card after the sale contract was signed and the car checked in.",
        payee={"name": "李红梅", "account_no": acct("cj-lihongmei", "6222", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "personal"},
        amount="62000.00", purpose="旧车收购款", memo="置换业务旧车收购款（大众朗逸，车主李红梅）",
        text="金蝶云星空付款单：置换业务旧车收购款，大众朗逸新A·D3K27，行驶证及登记证书车主李红梅，二手车买卖合同ZH-2026-0521-02已签，车辆已验收入库；收款卡为车主本人账户，户名与身份证、行驶证一致"),
      []),
    S(P("t", "05-22 11:15", "In a WeChat group created that morning the fake GM has the cashier report both bank balances, then orders a 380k 'authorisation deposit' for a new Yining outlet to an unknown trading firm, paperwork later.",
        payee={"name": "新疆鼎晟汽车贸易有限公司", "account_no": acct("cj-dingsheng", "3002", 19), "bank": "中国工商银行乌鲁木齐友好路支行", "account_type": "corporate"},
        amount="380000.00", purpose="保证金", memo="伊宁新店授权合作保证金", ch="im", fn="陈志远",
        fc="微信群:车嘉管理层（当日新建）", urg=True, req="E2101", appr=[],
        text="陈志远：古丽娜尔，工行基本户和建行一般户账上余额各有多少？截个图发我\n古丽娜尔：陈总，工行可用412万，建行58万\n陈志远：好。我在厂家开会不方便接电话，伊宁新店授权要先交合作保证金38万，打给新疆鼎晟汽车贸易有限公司，审批单我回来补签。"),
      "boss_impersonation", "block", ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "boss_role", "urgency"]),
    L(P("t", "05-25 12:20", "Hard negative: Car buyers' insurance premiums collected by the dealer and passed on to the insurer under the agency agreement ('代收代付').",
        payee="ins", amount="71860.00", purpose="代收保费", memo="5月新车交强险及商业险保费（代收代付，17台）",
        text="金蝶云星空付款单：5月新车交强险及商业险保费（代收代付，17台），按保险兼业代理协议CJ-BX-2026-001汇至人保财险乌鲁木齐市分公司，保单清单已核对"),
      ["account_lending_words"]),
    S(P("t", "05-26 11:40", "An e-mail from a look-alike of the accessory supplier's domain moves its account to a Guangzhou bank under a shortened name; the vendor master was updated four days earlier and this is the first payment to it.",
        payee="acc_new", amount="34500.00", purpose="货款", memo="5月新车装潢用品货款", ch="email", fn="恒通汽车用品 财务部",
        fc="caiwu@hengt0ng-auto.com", contract="CJ-CG-2026-004", inv=invoice("cj-acc-0526"), changed="05-22 16:10",
        text="赵经理您好：\n因我司财务系统升级，原建行账户本月起停止收款，5月装潢用品货款请汇至新账户：\n户名：恒通汽车用品有限公司\n开户行：中国农业银行广州白云支行\n账号：%s\n原账户请勿再汇，以新账户为准。\n恒通汽车用品 财务部" % VENDORS["acc_new"]["account_no"]),
      "account_change", "block", ["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch", "unusual_bank_region"]),
    L(O("t", "05-27 16:00", "Hard negative: Second batch of the city investment group's fleet renewal, from the known contact, on the framework contract's post-delivery credit terms.",
        cust="ct", ch="email", items=[("天行T5 2.0T 商务版", 6, "台", "159800.00")], addr="乌鲁木齐市天山区城投集团车队停车场",
        deadline="06-10", terms="框架合同约定：上牌交付后30日内付清",
        notes="集团公务用车更新第二批，合同CJ-XS-2026-011补充协议，联系人何科长，交车地点不变"),
      ["institution_claim", "credit_terms_requested"]),
    L(P("t", "05-28 11:25", "Hard negative: Plate-agent fees to the account recorded in February and used for every payment since.",
        payee="plate", amount="8000.00", purpose="代办费", memo="5月下旬新车上牌代办费（16台）", contract="CJ-FW-2026-002",
        inv=invoice("cj-plate-0528"), changed="02-10 15:20"), []),
    S(P("t", "05-28 17:30", "A caller posing as the traffic-police vehicle office says three cars the dealer sold are in a cloned-plate smuggling case and the cashier must move 200k to a 'safe account' for fund verification, telling nobody.",
        payee={"name": "张建华", "account_no": acct("cj-zhangjh", "6217", 19), "bank": "中国建设银行广州番禺支行", "account_type": "personal"},
        amount="200000.00", purpose="资金核查", memo="配合车管所案件资金核查", ch="phone",
        fn="自称乌鲁木齐市公安局交警支队车管所 王警官", fc=landline("cj-fakepolice", "0991"), urg=True, req="E2101", appr=[],
        text="来电后发来的短信：贵公司销售的3台天行S7涉嫌套牌走私案，公司对公账户涉嫌洗钱，需于今日将账上资金20万元转入安全账户进行资金核查，核查无误后48小时内原数退回。案件保密，不得告知他人，否则按妨碍侦查处理。"),
      "authority_impersonation", "block", ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency"]),
    L(P("t", "05-29 12:10", "Hard negative: A demo car's speeding fine paid through the traffic-police app to the regional non-tax revenue account, quoting the penalty-decision number.",
        payee={"name": "新疆维吾尔自治区财政厅非税收入汇缴结算户", "account_no": acct("cj-feishui", "3002", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate"},
        amount="200.00", purpose="罚款", memo="试驾车新A·T7L05超速罚款",
        text="金蝶云星空付款单：试驾车新A·T7L05超速违法，交警支队处罚决定书6501042026000731，经交管12123核对后缴入自治区非税收入汇缴结算户"),
      ["authority_words"]),
    L(P("t", "06-01 11:30", "Routine: Vehicle payment to the brand's national sales company.", payee="mfr", amount="1247400.00",
        purpose="提车款", memo="6月第一批提车款（天行T5 9台）", contract="TX-XJ-2026-031", inv=invoice("cj-mfr-0601")), []),
    S(P("t", "06-01 16:45", "A 'new WeChat' of the sales manager asks that five consultants' May commissions all go to one new card in the name 马俊 (the manager is 马骏).",
        payee={"name": "马俊", "account_no": acct("cj-majun", "6230", 19), "bank": "新疆昌吉农村商业银行", "account_type": "personal"},
        amount="46800.00", purpose="工资", memo="5月销售顾问提成（5人，明细见附表）", ch="im", fn="销售经理 马骏", fc=MAJUN_WX,
        req="E2102", appr=["E2103"],
        text="王会计，我是马骏，换了个微信号。5月份销售部5个顾问的提成一共46800，这次统一打到我这张新卡上，我再分给他们，他们几个的卡在银行年审，暂时收不了款。"),
      "fake_salary", "block", ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact"]),
    L(P("t", "06-02 11:20", "Hard negative: The GM on WeChat presses for today's electricity top-up to the known property company; the request went through the ERP and both managers approved.",
        payee="prop", amount="18650.00", purpose="电费", memo="二季度展厅电费差额", ch="im", fn="陈志远", fc="微信:陈志远（通讯录）",
        urg=True, appr=["E2103", "E2100"], contract="CJ-ZL-2024-001",
        text="陈志远：物业说二季度展厅电费差额今天下班前要交，不交明天停电，赶紧走个付款单。\n王静：好的陈总，付款单CJ-FK已提交，赵经理已审。"),
      ["im_instruction", "boss_role", "urgency"]),
    S(P("t", "06-03 12:40", "A three-month-old 'regional general agent' of a new-energy brand wants a 200k outlet-authorisation deposit before any contract, with only a photocopied brand authorisation.",
        payee={"name": "新疆驰远新能源汽车销售有限公司", "account_no": acct("cj-chiyuan", "3002", 19), "bank": "中国工商银行乌鲁木齐北京路支行", "account_type": "corporate"},
        amount="200000.00", purpose="保证金", memo="新能源品牌二级网点授权合作保证金", req="E2110",
        text="金蝶云星空付款单：新疆驰远新能源汽车销售有限公司自称某新能源品牌新疆区域总代理，授权我司开设昌吉二级网点，签约前须缴纳授权合作保证金20万元；品牌授权书仅有复印件，该公司2026年3月成立，注册资本10万元。"),
      "contract_fraud", "flag", ["deposit_words", "shell_company", "fee_asked_of_seller", "bigproject_words"]),
    L(P("t", "06-04 15:50", "Hard negative: Bid bond for the city's official-vehicle tender paid to the public resource trading centre account named in the announcement.",
        payee={"name": "乌鲁木齐市公共资源交易中心", "account_no": acct("cj-ggzy", "3002", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate", "phone": landline("cj-ggzy", "0991")},
        amount="30000.00", purpose="投标保证金", memo="2026年市直机关公务用车采购项目投标保证金",
        text="金蝶云星空付款单：2026年市直机关公务用车采购项目（项目编号WLMQ-GGZY-2026-0518）投标保证金，按乌鲁木齐市公共资源交易中心公告指定账户缴纳，未中标原路退还"),
      ["deposit_words"]),
    S(P("t", "06-05 11:35", "An e-mail from a free-mail address 'from the training firm' claims April's fee never arrived and quotes the very invoice number paid on 16 April, giving another account.",
        payee={"name": "新疆博远汽车技术培训有限公司", "account_no": acct("cj-train-fake", "8801", 18), "bank": "乌鲁木齐农村商业银行米东支行", "account_type": "corporate"},
        amount="24000.00", purpose="培训费", memo="销售顾问产品认证培训费（补付）", ch="email", fn="博远培训 财务 张琳",
        fc="boyuan_px@163.com", inv=INV_TRAIN, contract="CJ-FW-2026-006",
        text="车嘉财务您好：贵司4月销售顾问认证培训费24000元我司至今未查到到账，发票号码%s，请尽快安排支付至我司农商行账户%s，建行账户对账中暂不使用。博远培训 财务 张琳" % (INV_TRAIN, acct("cj-train-fake", "8801", 18))),
      "fake_invoice", "block", ["email_instruction", "free_mail", "account_change_words"]),
    L(P("t", "06-08 11:10", "Hard negative: New floor-plan margin deposited into the dealer's own margin account at the lending bank.",
        payee={"name": "乌鲁木齐车嘉天行汽车销售服务有限公司", "account_no": acct("cj-margin", "8110", 17), "bank": "中信银行乌鲁木齐分行", "account_type": "corporate"},
        amount="120000.00", purpose="保证金", memo="6月新增库存融资保证金（融资额10%）", contract="TXJR-KC-2025-118",
        text="金蝶云星空付款单：6月新增库存融资120万元，按天行汽车金融库存融资合同TXJR-KC-2025-118缴存10%保证金，存入我司在中信银行乌鲁木齐分行开立的本公司保证金专户"),
      ["deposit_words", "loan_fee_words"]),
    S(P("t", "06-08 17:40", "A sales assistant books a 'Douyin promotion' top-up to a stranger's card: the third round of tasks after two small rebates reached her own account.",
        payee={"name": "黄雅琪", "account_no": acct("cj-huangyq", "6230", 19), "bank": "广西北部湾银行南宁分行", "account_type": "personal"},
        amount="8800.00", purpose="推广费", memo="抖音本地推广充值（第3单任务）", req="E2111", appr=["E2110"],
        text="李婷提交：抖音本地推广要先充值做任务，前两单的返利已经到我个人账户了。这单是三单连做，需充值8800元到平台客服指定的黄雅琪账户，做完连本带返一起退回公司。"),
      "task_rebate", "block", ["task_rebate_words", "topup_words"]),
    L(O("t", "06-09 12:05", "Routine: Rental-fleet order from the established leasing customer, paid before delivery.", cust="sl", ch="email",
        items=[("天行S7 2.0T 豪华版", 3, "台", "182000.00")], addr="乌鲁木齐市新市区丝路通达租赁车场", deadline="06-16",
        terms="款到交车", notes="暑期租赁旺季补车，车款54.6万元已汇入贵司工行基本户"), []),
    L(P("t", "06-10 18:30", "Routine: Monthly payroll through the bank's payroll account.", payee="payroll", amount="631280.00",
        purpose="工资", memo="5月工资代发（53人）", text="金蝶云星空付款单：5月工资代发（53人），工资表经人事刘倩、财务赵立新审核"), []),
    S(P("t", "06-10 11:50", "A free-mail message in the finance company's name offers early cash-out of last year's manufacturer rebate for a 50k 'channel activation deposit' to an unrelated service firm.",
        payee={"name": "新疆天行融通汽车服务有限公司", "account_no": acct("cj-rongtong", "6505", 19), "bank": "中国建设银行乌鲁木齐黄河路支行", "account_type": "corporate"},
        amount="50000.00", purpose="保证金", memo="厂家返利提前兑付通道激活保证金", ch="email", fn="天行汽车金融 渠道部",
        fc="txjr_qudao@163.com",
        text="车嘉店领导您好：贵店2025年度厂家返利58.6万元已进入结算池，可通过我司“返利提前兑付”通道本月到账。开通通道需先缴纳激活保证金5万元至新疆天行融通汽车服务有限公司，返利到账后一并退还。名额有限，请本周内办理。"),
      "advance_fee", "flag", ["fee_words", "loan_fee_words", "email_instruction", "free_mail", "urgency"]),
    L(O("t", "06-11 16:20", "Hard negative: First order from a new agribusiness company, four cars, paid in full to the dealer's account before the order was keyed.",
        cust={"name": "新疆金穗农业发展有限公司", "credit_code": uscc("cj-jinsui", "91652300"), "contact_name": "刘经理",
              "phone": landline("cj-jinsui", "0994"), "email": "liujl@jinsui-agri.cn", "im_id": None, "customer_id": None},
        ch="email", items=[("天行T5 2.0T 商务版", 4, "台", "159800.00")], addr="乌鲁木齐市头屯河区车嘉天行4S店（自提）",
        deadline="06-18", terms="全款预付（63.92万元已到账，银行流水号%s）" % code("cj-jinsui-in", 10),
        notes="公司新购业务用车4台，已签购车合同CJ-XS-2026-041，款项从我司基本户汇出，发票开公司抬头"),
      ["large_first_order"]),
    S(O("t", "06-12 11:15", "A new used-car trader sends a transfer screenshot 20,200 above the price of one car and wants the 'overpayment' sent today to a friend's card.",
        cust={"name": "昌吉市顺驰二手车商行", "credit_code": uscc("cj-shunchi", "92652301"), "contact_name": "王老板",
              "phone": mobile("cj-shunchi", "58"), "email": None, "im_id": wxid("cj-shunchi"), "customer_id": None},
        ch="im", items=[("天行T5 2.0T 商务版", 1, "台", "159800.00")], addr="昌吉市二手车交易市场顺驰商行", deadline="06-19",
        terms="款到交车", tp={"name": "王鹏（个人）", "contact": mobile("cj-wangpeng", "57"), "role": "refund_recipient", "amount": "20200.00"},
        notes="转账截图发你了，会计手快多打了20200，一共打了18万。多的麻烦今天退到我朋友王鹏的建行卡上，车下周来提。"),
      "overpayment_refund", "block", ["fake_payment_proof", "overpayment", "refund_to_other_account", "contact_im_only"]),
    L(P("t", "06-15 12:30", "Hard negative: A leasing customer's duplicate transfer refunded to the same corporate account it came from, after the bank confirmed both receipts.",
        payee={"name": "新疆丝路通达汽车租赁有限公司", "account_no": SL_ACCT, "bank": "中国建设银行乌鲁木齐分行", "account_type": "corporate"},
        amount="546000.00", purpose="退款", memo="原路退回丝路通达租赁重复付款",
        text="金蝶云星空付款单：丝路通达租赁6月8日车款54.6万元重复支付两次（银行流水号%s、%s），经对方韩经理盖章确认，原路退回其付款账户。\n原付款账户：%s" % (code("cj-sl-a", 10), code("cj-sl-b", 10), SL_ACCT)),
      ["refund_words", "overpayment"]),
    S(P("t", "06-15 16:10", "A 'customer' cancels a car and wants his 30k deposit returned to a cousin's card because his own card is 'reported lost'; the slip shows the money came from another account.",
        payee={"name": "刘洋", "account_no": liuyang_card, "bank": "中国农业银行乌鲁木齐分行", "account_type": "personal"},
        amount="30000.00", purpose="退定金", memo="天行S7订单取消退定金（周强）", req="E2111", appr=["E2110"],
        text="金蝶云星空付款单：客户周强天行S7订单取消，申请退还定金3万元。客户称原卡已挂失，要求退到其表弟刘洋的农行卡。\n原付款账户：%s（工行卡，银行流水号PS%s）" % (zhouqiang_card, code("cj-zq-pos", 8))),
      "overpayment_refund", "block", ["refund_words", "deposit_words", "refund_to_other_account"]),
    L(P("t", "06-16 11:40", "Hard negative: The after-sales manager is reimbursed on his own card for a tow he paid out of pocket for a customer's breakdown, receipts attached.",
        payee={"name": "周海", "account_no": acct("cj-zhouhai", "6222", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "personal"},
        amount="1650.00", purpose="报销", memo="售后经理周海垫付客户车辆道路救援拖车费", req="E2120", appr=["E2103"],
        text="金蝶云星空报销单：6月13日客户天行T5在G30高速抛锚，售后经理周海个人垫付拖车费1650元（救援公司发票及现场照片已附），报销至本人工资卡"),
      []),
    S(P("t", "06-17 12:20", "A 'new channel manager' of the finance company asks to run a 265k loan disbursement through the dealer's account and forward it to a trading firm for a 1% fee.",
        payee={"name": "新疆盛和商贸有限公司", "account_no": acct("cj-shenghe", "3002", 19), "bank": "中国工商银行乌鲁木齐西虹路支行", "account_type": "corporate"},
        amount="265000.00", purpose="往来款", memo="代转汽车金融放款", ch="im", fn="天行金融 渠道经理 小韩", fc=FINMGR_WX,
        text="王会计，我是天行金融新来的渠道经理小韩。昌吉那边一家合作店的公户被风控了，有一笔26.5万的客户贷款放款先打到你们公户，你们收到后转给新疆盛和商贸，借你们公户走一下账，给你们1个点辛苦费。款我这边已经安排了。"),
      "account_lending", "block", ["account_lending_words", "im_instruction", "new_contact", "vague_memo"]),
    L(P("t", "06-18 11:05", "Routine: Monthly floor-plan interest to the brand's finance company.", payee="fin", amount="48930.20",
        purpose="利息", memo="5月库存融资利息", contract="TXJR-KC-2025-118"), []),
    L(O("t", "06-20 15:30", "Hard negative: A walk-in buyer at the Dragon Boat holiday-weekend showroom event pays the full price by POS before the order is keyed.",
        cust={"name": "阿力木江·吐尔逊", "credit_code": None, "contact_name": "阿力木江·吐尔逊", "phone": mobile("cj-alimjan", "57"),
              "email": None, "im_id": None, "customer_id": None},
        ch="in_person", items=[("天行T5 1.5T 舒适版", 1, "台", "129800.00")], addr="乌鲁木齐市头屯河区车嘉天行4S店（自提）",
        deadline="06-27", terms="全款（POS刷卡已到账，银行流水号PS%s）" % code("cj-alim-pos", 8),
        notes="端午节假期车展现场成交，客户本人刷卡付全款，身份证已核，上牌资料齐全"),
      []),
    S(P("t", "06-22 11:30", "A QQ-mail message in a saleswoman's name asks that her June pay go to a new card in her name at a Shenzhen branch because the old one is 'lost'.",
        payee={"name": "李婷", "account_no": acct("cj-liting-new", "6214", 16), "bank": "招商银行深圳科技园支行", "account_type": "personal"},
        amount="7350.00", purpose="工资", memo="6月工资单独发放（员工：李婷）", ch="email", fn="李婷", fc="liting0612@qq.com",
        req="E2130", appr=["E2103"],
        text="刘倩姐、王会计：我原来的工资卡丢了，已经挂失，这个月工资麻烦打到我新办的卡上：户名李婷，招商银行深圳科技园支行，卡号%s。这几天在外面跑客户，有事微信说。\n李婷（发自手机QQ邮箱）" % acct("cj-liting-new", "6214", 16)),
      "fake_salary", "flag", ["payroll_change", "email_instruction", "free_mail", "cannot_call", "unusual_bank_region"]),
    L(P("t", "06-23 16:40", "Hard negative: Vehicle purchase tax collected from buyers paid to the central treasury through the e-tax bureau.",
        payee={"name": "国家金库乌鲁木齐市中心支库", "account_no": acct("cj-gk", "3002", 17), "bank": "国家金库乌鲁木齐市中心支库", "account_type": "corporate"},
        amount="86420.00", purpose="税款", memo="代缴客户车辆购置税（6月第三周，11台）",
        text="电子税务局代缴：客户车辆购置税（6月第三周，11台），税务局完税清单已核对"),
      ["authority_words"]),
    L(P("t", "06-26 11:20", "Routine: New-car wash and pre-delivery cleaning by the regular detailer.", payee="wash", amount="14380.00",
        purpose="服务费", memo="5月新车整备清洗费（68台）", contract="CJ-FW-2026-003", inv=invoice("cj-wash-0626")), []),
]
