"""liyuan: used-car dealer in Changji."""
from decimal import Decimal
from common import acct, wxid, invoice, uscc, mobile, landline, code

TENANT = "liyuan"
PREFIX = "LY"
COMPANY = "昌吉市利源二手车销售有限公司"
PAYER_ACCT = acct("ly-basic", "6505", 19)
ERP = "畅捷通T+付款单"
ERP_FROM = "杨帆"
REQ = "E3102"            # 会计 杨帆
APPR_SMALL = ["E3103"]   # 财务主管 张慧
APPR_BIG = ["E3103", "E3100"]  # + 总经理 李源
BIG = Decimal("50000")


def V(name, acc, bank, vid, phone, typ="corporate"):
    return {"name": name, "account_no": acc, "bank": bank, "account_type": typ, "vendor_id": vid, "phone": phone}


CARRIER_TEL = landline("ly-carrier", "0994")
DETAIL_TEL = landline("ly-detail", "0994")
VENDORS = {
    "carrier": V("昌吉市顺达汽车托运有限公司", acct("ly-carrier", "3035", 17), "中国农业银行昌吉分行", "V-LY01", CARRIER_TEL),
    "carrier_new": V("马建新", acct("ly-carrier-new", "6230", 19), "新疆昌吉农村商业银行", "V-LY01", CARRIER_TEL, "personal"),
    "detail_old": V("昌吉市亮洁汽车整备服务有限公司", acct("ly-detail-old", "6505", 19), "中国建设银行昌吉分行", "V-LY02", DETAIL_TEL),
    "detail": V("昌吉市亮洁汽车整备服务有限公司", acct("ly-detail-new", "8806", 18), "新疆昌吉农村商业银行", "V-LY02", DETAIL_TEL),
    "insp": V("新疆车鉴二手车检测评估有限公司", acct("ly-insp", "3002", 19), "中国工商银行昌吉分行", "V-LY03", landline("ly-insp", "0994")),
    "market": V("昌吉市二手车交易市场管理有限公司", acct("ly-market", "6505", 19), "中国建设银行昌吉分行", "V-LY04", landline("ly-market", "0994")),
    "rcb": V("新疆昌吉农村商业银行股份有限公司", acct("ly-rcb", "8806", 18), "新疆昌吉农村商业银行", "V-LY05", landline("ly-rcb", "0994")),
    "payroll": V("中国建设银行昌吉回族自治州分行（代发工资专户）", acct("ly-payroll", "6505", 19), "中国建设银行昌吉回族自治州分行", "PAY-LY", None),
}

CUSTOMERS = {
    "xd": {"name": "乌鲁木齐鑫达二手车商行", "credit_code": uscc("ly-xd", "92650100"), "contact_name": "周老板",
           "phone": landline("ly-xd", "0991"), "email": None, "im_id": None, "customer_id": "C-LY01"},
    "ys": {"name": "昌吉市永盛汽车租赁有限公司", "credit_code": uscc("ly-ys", "91652301"), "contact_name": "吴经理",
           "phone": landline("ly-ys", "0994"), "email": "wujl@yongsheng-zl.cn", "im_id": None, "customer_id": "C-LY02"},
}
INV_INSP = invoice("ly-insp-0414")


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


TUERHONG = person("吐尔洪·艾力", "ly-tuerhong", "6228", "中国农业银行昌吉分行")
ZHANGMIN = person("张敏", "ly-zhangmin", "6228", "中国农业银行昌吉分行")

LINES = [
    # ---------------------------------------------------------------- history
    P("h", "04-07 14:20", "Flatbed transport of bought-in cars by the regular carrier.", payee="carrier", amount="6800.00",
      purpose="托运费", memo="4月上旬收车托运费（乌鲁木齐—昌吉，8台）", contract="LY-WL-2026-001", inv=invoice("ly-carrier-0407")),
    P("h", "04-08 11:40", "Purchase price of a bought-in car paid to the owner's own card.",
      payee=person("王建国", "ly-wangjg", "6217", "中国建设银行昌吉分行"), amount="68000.00", purpose="收车款",
      memo="收车款（2019款丰田卡罗拉，车主王建国）",
      text="畅捷通T+付款单：收车款，2019款丰田卡罗拉新B·5Q218，收车合同SC-LY-0408-01，车主王建国本人卡，登记证书原件已收"),
    O("h", "04-09 16:10", "Wholesale of three cars to an established Urumqi dealer, paid before release.", cust="xd", ch="phone",
      items=[("2019款丰田卡罗拉 1.2T（库存LY-0312）", 1, "台", "76000.00"), ("2018款本田思域 1.5T（库存LY-0318）", 1, "台", "82000.00"),
             ("2020款大众宝来 1.5L（库存LY-0320）", 1, "台", "61000.00")],
      addr="乌鲁木齐市米东区二手车市场鑫达商行", deadline="04-12", terms="款到发车", notes="批发3台，车款21.9万元已到账"),
    P("h", "04-10 18:10", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="98600.00",
      purpose="工资", memo="3月工资代发（14人）", text="畅捷通T+付款单：3月工资代发（14人），工资表经张慧审核"),
    P("h", "04-14 12:30", "Inspection and valuation fees to the regular inspection firm.", payee="insp", amount="6600.00",
      purpose="检测费", memo="4月上旬收车检测评估费（22台）", contract="LY-FW-2026-003", inv=INV_INSP),
    P("h", "04-15 15:40", "Quarterly lot rent to the used-car market.", payee="market", amount="72000.00", purpose="租金",
      memo="二季度展位及场地租金", contract="LY-ZL-2025-002", inv=invoice("ly-market-0415")),
    P("h", "04-17 11:20", "Reconditioning by the regular detailing shop (old account).", payee="detail_old", amount="12400.00",
      purpose="整备费", memo="4月上旬收车整备费（美容、内饰翻新）", contract="LY-FW-2026-001", inv=invoice("ly-detail-0417")),
    O("h", "04-21 16:50", "Two cars for an established rental customer.", cust="ys", ch="email",
      items=[("2020款丰田卡罗拉 1.2T（库存LY-0334）", 1, "台", "79000.00"), ("2020款日产轩逸 1.6L（库存LY-0337）", 1, "台", "68000.00")],
      addr="昌吉市延安北路永盛租赁车场", deadline="04-25", terms="款到发车", notes="租赁车补充，车款14.7万元已汇"),
    P("h", "04-22 12:10", "Flatbed transport of bought-in cars by the regular carrier.", payee="carrier", amount="7200.00",
      purpose="托运费", memo="4月中旬收车托运费（乌鲁木齐—昌吉，9台）", contract="LY-WL-2026-001", inv=invoice("ly-carrier-0422")),
    P("h", "04-24 11:30", "Stock-financing interest to the rural commercial bank.", payee="rcb", amount="8350.00", purpose="利息",
      memo="4月库存融资利息", contract="CJNS-DK-2025-0731"),
    P("h", "04-28 15:00", "Purchase price of a bought-in car paid to the owner's own card.",
      payee=person("刘秀兰", "ly-liuxl", "6222", "中国工商银行昌吉分行"), amount="45000.00", purpose="收车款",
      memo="收车款（2017款现代领动，车主刘秀兰）",
      text="畅捷通T+付款单：收车款，2017款现代领动新B·7H603，收车合同SC-LY-0428-02，车主刘秀兰本人卡，登记证书原件已收"),
    P("h", "05-11 18:30", "Monthly payroll through the bank's payroll account.", payee="payroll", amount="104200.00",
      purpose="工资", memo="4月工资代发（15人）", text="畅捷通T+付款单：4月工资代发（15人），工资表经张慧审核"),
    P("h", "05-12 11:50", "A 100-yuan test transfer to the detailing shop's new account, changed by stamped letter and confirmed by a call-back to the number on file.",
      payee="detail", amount="100.00", purpose="整备费", memo="账户变更后小额验证打款", contract="LY-FW-2026-001",
      changed="05-08 12:00", verif={"number": DETAIL_TEL, "by": "E3103", "at": "05-08 15:30"},
      text="畅捷通T+付款单：亮洁整备盖章《账户变更函》已收，张慧5月8日回拨档案电话确认；先向新账户小额验证打款100元，对方确认到账后再支付5月整备费"),
    P("h", "05-14 16:20", "Inspection and valuation fees to the regular inspection firm.", payee="insp", amount="7200.00",
      purpose="检测费", memo="5月上旬收车检测评估费（24台）", contract="LY-FW-2026-003", inv=invoice("ly-insp-0514")),

    # ---------------------------------------------------------------- test
    L(P("t", "05-18 11:30", "Routine: Flatbed transport by the regular carrier.", payee="carrier", amount="6400.00", purpose="托运费",
        memo="5月上旬收车托运费（乌鲁木齐—昌吉，7台）", contract="LY-WL-2026-001", inv=invoice("ly-carrier-0518")), []),
    L(P("t", "05-18 16:20", "Hard negative: A bought-in car paid to the registered owner's own card with the purchase contract and original registration certificate in hand.",
        payee=person("赵军", "ly-zhaojun", "6217", "中国建设银行昌吉分行"), amount="86000.00", purpose="收车款",
        memo="收车款（2020款大众速腾，车主赵军）",
        text="畅捷通T+付款单：收车款，2020款大众速腾新B·2L7K9，收车合同SC-LY-0518-01，车主赵军本人卡（户名与身份证、行驶证、登记证书一致），车辆已检测入库"),
      []),
    S(P("t", "05-19 12:10", "A 'central-SOE project department' wanting five used pickups says suppliers must first pay a 2,600 warehouse-registration fee to its material clerk's personal card.",
        payee=person("陈立", "ly-chenli", "6222", "中国工商银行兰州城关支行"), amount="2600.00", purpose="登记费",
        memo="央企项目部供应商入库登记费", ch="im", fn="中铁某局新疆项目部 物资部 刘工", fc=wxid("ly-zt-liu"), req="E3111", appr=["E3103"],
        text="努尔兰你好，我们项目部要采购5台二手皮卡做工地通勤，就按你们报价走。央企采购有规定，供应商要先在物资系统登记入库，登记费2600元转给材料员陈立，登记完下周签合同付全款。"),
      "fake_purchaser", "flag", ["institution_claim", "fee_asked_of_seller", "im_instruction", "new_contact"]),
    L(P("t", "05-20 11:20", "Hard negative: Title-transfer fees to the sole trader who runs the registration agency, paid to his own card as agreed.",
        payee=person("马国强", "ly-maguoqiang", "6228", "中国农业银行昌吉分行"), amount="4500.00", purpose="过户代办费",
        memo="5月上旬二手车过户代办费（9台）",
        text="畅捷通T+付款单：5月上旬二手车过户代办费（9台×500元），个体工商户昌吉市国强机动车服务部，经营者马国强本人账户，营业执照及代办协议LY-FW-2026-005在档"),
      []),
    S(P("t", "05-21 15:40", "In a QQ group created that day the fake owner asks how much money both accounts can move, then orders a 450k auction deposit to an unknown auction house, paperwork later.",
        payee={"name": "新疆中拍汇通拍卖有限公司", "account_no": acct("ly-zhongpai", "3002", 19), "bank": "中国工商银行乌鲁木齐人民路支行", "account_type": "corporate"},
        amount="450000.00", purpose="保证金", memo="抵债车辆拍卖保证金", ch="im", fn="李源", fc="QQ群:利源核心管理群（今日新建）",
        urg=True, req="E3101", appr=[],
        text="李源：马燕，建行和农商行两个户上现在能动的钱有多少？\n马燕：李总，建行可用86万，农商行12万\n李源：我在乌鲁木齐拍卖会现场，不方便接电话。拍下一批抵债车要先交保证金45万，打给新疆中拍汇通拍卖有限公司，手续我回去补。"),
      "boss_impersonation", "block", ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "boss_role", "urgency"]),
    L(P("t", "05-22 11:10", "Hard negative: A buyer's deposit refunded to the card it was paid from after the car he chose failed the pre-sale inspection.",
        payee=TUERHONG, amount="5000.00", purpose="退定金", memo="订车定金原路退回（车辆检测不合格，客户取消）",
        text="畅捷通T+付款单：客户吐尔洪·艾力预订的2019款别克英朗检测发现泡水痕迹，客户取消订单，定金原路退回。\n原付款账户：%s（农行卡，5月16日到账，银行流水号%s）" % (TUERHONG["account_no"], code("ly-tuerhong-in", 10))),
      ["refund_words", "deposit_words"]),
    S(O("t", "05-25 12:30", "A new buyer 'inspecting' cars by video call wants the salesman to show the shop's payment QR code on camera and to install a meeting app to share his screen for the contract.",
        cust={"name": "伊宁市远航汽车租赁有限公司", "credit_code": uscc("ly-yuanhang", "91654002"), "contact_name": "杨总",
              "phone": mobile("ly-yuanhang", "57"), "email": None, "im_id": wxid("ly-yuanhang"), "customer_id": None},
        ch="im", items=[("2021款哈弗H6 1.5T（库存LY-0402）", 1, "台", "82000.00"), ("2021款哈弗H6 1.5T（库存LY-0405）", 1, "台", "82000.00")],
        addr="伊宁市远航汽车租赁公司", deadline="05-28", terms="款到发车",
        notes="杨总视频看车后当场订2台，要求先在视频里扫一下我们的收款码“核对户名”，又发来“中银会议”下载链接，让努尔兰下载后共享屏幕一起走签约和付款流程。"),
      "fake_order", "flag", ["remote_control", "contact_im_only", "far_delivery"]),
    L(O("t", "05-26 16:30", "Routine: Wholesale of two cars to the established Urumqi dealer, paid before release.", cust="xd", ch="phone",
        items=[("2019款本田飞度 1.5L（库存LY-0411）", 1, "台", "52000.00"), ("2020款丰田威驰 1.5L（库存LY-0415）", 1, "台", "55000.00")],
        addr="乌鲁木齐市米东区二手车市场鑫达商行", deadline="05-29", terms="款到发车", notes="批发2台，车款10.7万元已到账"), []),
    L(P("t", "05-27 11:50", "Hard negative: The owner on WeChat tells the accountant to pay a seller waiting in the office at once; the car and documents are checked and the payment is approved in the ERP.",
        payee=person("白志强", "ly-baizq", "6217", "中国建设银行乌鲁木齐分行"), amount="132000.00", purpose="收车款",
        memo="收车款（2021款大众途观L，车主白志强）", ch="im", fn="李源", fc="微信:李源（通讯录）", urg=True,
        text="李源：杨帆，收车的那台途观L车主在店里等着，登记证书和身份证原件韩冬都核了，你马上把车款打给他，我在系统里批过了。\n杨帆：好的李总，收车合同SC-LY-0527-01已上传，付款单已提交。"),
      ["im_instruction", "boss_role", "urgency"]),
    L(P("t", "05-28 11:15", "Hard negative: Detailing shop paid to the account changed 20 days ago by stamped letter and call-back, after a 100-yuan test transfer to it on 12 May was confirmed.",
        payee="detail", amount="11600.00", purpose="整备费", memo="5月下旬收车整备费", contract="LY-FW-2026-001",
        inv=invoice("ly-detail-0528"), changed="05-08 12:00"), []),
    S(O("t", "05-28 16:40", "A new buyer of one 56k car says his friend's company will pay 380k into the dealer's account and asks for the remaining 324k to be forwarded to a building-materials firm 'just passing it through'.",
        cust={"name": "新疆鸿运达工贸有限公司", "credit_code": uscc("ly-hongyunda", "91652301"), "contact_name": "陈总",
              "phone": mobile("ly-hongyunda", "58"), "email": None, "im_id": wxid("ly-hongyunda"), "customer_id": None},
        ch="im", items=[("2019款大众朗逸 1.5L（库存LY-0421）", 1, "台", "56000.00")], addr="昌吉市利源二手车展厅（自提）",
        deadline="05-30", terms="对公转账",
        tp={"name": "新疆恒泰建材有限公司", "contact": landline("ly-hengtai", "0994"), "role": "pass_through_payee", "amount": "324000.00"},
        notes="车款5.6万，我朋友公司直接给你们公户打38万，多出来的32.4万麻烦帮忙转给新疆恒泰建材有限公司，就当过一下账，给你们2000块辛苦费。"),
      "account_lending", "block", ["account_lending_words", "third_party_payer", "in_out_match", "contact_im_only"]),
    L(P("t", "06-01 11:40", "Routine: Inspection and valuation fees to the regular inspection firm.", payee="insp", amount="6900.00",
        purpose="检测费", memo="5月下旬收车检测评估费（23台）", contract="LY-FW-2026-003", inv=invoice("ly-insp-0601")), []),
    S(P("t", "06-02 12:20", "Structural only: the carrier's vendor record was switched the evening before to a personal rural-bank card in another name, and the ordinary freight slip goes to it.",
        payee="carrier_new", amount="7600.00", purpose="托运费", memo="5月下旬收车托运费（乌鲁木齐—昌吉，9台）",
        contract="LY-WL-2026-001", inv=invoice("ly-carrier-0602"), changed="06-01 17:40"),
      "account_change", "block", ["payee_name_mismatch"]),
    L(P("t", "06-03 15:30", "Hard negative: GPS fitting fee to the installer the finance company requires, paid after the customer's loan had reached the dealer.",
        payee={"name": "新疆途安车联网科技有限公司", "account_no": acct("ly-tuan", "3002", 19), "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate", "phone": landline("ly-tuan", "0991")},
        amount="1380.00", purpose="GPS安装费", memo="按揭车辆GPS安装费（客户王芳）",
        text="畅捷通T+付款单：客户王芳按揭购车，鑫源汽车金融放款条件要求安装其合作商途安车联网GPS（金融公司合作协议附件3列明），放款4.8万元已于6月2日到账（银行流水号%s），按协议支付安装费" % code("ly-wangfang-loan", 10)),
      ["designated_supplier"]),
    S(P("t", "06-04 11:10", "A buyer whose 20k deposit exists only as a 'delayed transfer' screenshot cancels the next day and wants it 'refunded'; the bank shows nothing received.",
        payee=person("孙伟", "ly-sunwei", "6222", "中国工商银行乌鲁木齐分行"), amount="20000.00", purpose="退定金",
        memo="订车定金退还（客户孙伟取消）", req="E3111", appr=["E3103"],
        text="畅捷通T+付款单：客户孙伟（订2021款奥迪A4L）发来定金2万元转账截图，显示“延时到账，以实际到账为准”，今日称不买了，要求退回定金至其本人卡。财务查询建行账户暂未收到该笔款项。"),
      "overpayment_refund", "block", ["refund_words", "deposit_words", "fake_payment_proof"]),
    L(P("t", "06-05 16:50", "Hard negative: Consignment proceeds forwarded to the car's owner after the buyer's money cleared, less the agreed commission.",
        payee=person("韩梅", "ly-hanmei", "6228", "中国农业银行昌吉分行"), amount="91500.00", purpose="寄售车款",
        memo="寄售车辆售出后支付车主（2019款本田雅阁，车主韩梅）",
        text="畅捷通T+付款单：寄售车辆2019款本田雅阁已售出，买方车款9.4万元已到账（银行流水号%s），扣除寄售服务费2500元后支付车主韩梅本人账户（寄售协议JS-LY-2026-014，户名与登记证书一致）" % code("ly-hanmei-in", 10)),
      ["in_out_match"]),
    S(P("t", "06-08 11:25", "A caller posing as the prefecture tax inspection bureau demands 18,600 of back tax, fine and late fee by 4 pm to an 'officer's' personal card.",
        payee=person("王磊", "ly-wanglei", "6228", "中国农业银行郑州金水支行"), amount="18600.00", purpose="罚款",
        memo="补缴税款、罚款及滞纳金", ch="phone", fn="自称昌吉州税务局稽查局 王科长", fc=landline("ly-faketax", "0994"), urg=True,
        text="对方来电后发短信：利源二手车，经大数据比对，贵公司2025年二手车销售收入申报不实，需补缴税款、罚款及滞纳金共18600元，请于今日16点前转至稽查局经办人王磊账户，逾期将移交公安并列入经营异常名录。"),
      "authority_impersonation", "flag", ["authority_words", "fee_words", "phone_instruction", "urgency"]),
    L(O("t", "06-09 12:40", "Hard negative: A new Khorgas trading company buys six cars wholesale for delivery at the border, prepaid in full to the dealer's account.",
        cust={"name": "霍尔果斯丝路通汽车贸易有限公司", "credit_code": uscc("ly-silutong", "91654004"), "contact_name": "努尔波拉提",
              "phone": landline("ly-silutong", "0999"), "email": "nurbolat@silutong-auto.cn", "im_id": None, "customer_id": None},
        ch="email", items=[("2020款丰田RAV4 2.0L", 2, "台", "148000.00"), ("2021款本田CR-V 1.5T", 2, "台", "156000.00"),
                           ("2020款大众途观L 2.0T", 2, "台", "168000.00")],
        addr="霍尔果斯市合作中心配套区丝路通公司车场", deadline="06-16",
        terms="全款预付（94.4万元已到账，银行流水号%s）" % code("ly-silutong-in", 10),
        notes="批发合同LY-PF-2026-009已签，款从对方基本户汇入，托运由我方安排"),
      ["large_first_order", "far_delivery"]),
    L(P("t", "06-10 18:20", "Routine: Monthly payroll through the bank's payroll account.", payee="payroll", amount="105800.00",
        purpose="工资", memo="5月工资代发（15人）", text="畅捷通T+付款单：5月工资代发（15人），工资表经张慧审核"), []),
    S(P("t", "06-11 11:35", "A 'new WeChat' of a reconditioning worker asks for his May wage to go to his wife's card.",
        payee=person("古丽扎尔·买买提", "ly-gulizar", "6230", "新疆昌吉农村商业银行"), amount="5200.00", purpose="工资",
        memo="5月整备工工资（员工：阿迪力·吾斯曼）", ch="im", fn="整备工 阿迪力", fc=wxid("ly-adil-new"),
        text="杨会计，我是阿迪力，换新微信了。我原来的工资卡丢了还没补办，这个月工资5200打到我老婆古丽扎尔的卡上就行，卡号发你了。"),
      "fake_salary", "block", ["payroll_change", "payee_not_employee", "im_instruction", "new_contact"]),
    S(P("t", "06-12 12:15", "A 'loan officer' writing in traditional characters says a 3m stock loan is pre-approved but 60k of 'capital verification' money must first go to a risk officer's personal account.",
        payee=person("周晓东", "ly-zhouxd", "6216", "中国银行深圳罗湖支行"), amount="60000.00", purpose="融资费用",
        memo="库存融资放款前手续", ch="im", fn="鑫汇金融 客户经理 周晓东", fc=wxid("ly-xinhui-loan"), urg=True,
        text="李總您好，貴公司申請的300萬庫存融資已初審通過，放款前需做驗資，請將驗資金6萬元轉入風控專員周曉東賬戶，驗資完成後與貸款一併返還。今天下班前辦理，明天放款。"),
      "advance_fee", "block", ["loan_fee_words", "urgency", "im_instruction", "evasion_traditional"]),
    L(P("t", "06-15 11:20", "Hard negative: Payoff of a bought-in car's outstanding loan paid straight to the lender, on its payoff notice and the seller's signed authorisation.",
        payee={"name": "鑫源汽车金融有限公司", "account_no": acct("ly-xinyuan", "3100", 17), "bank": "中国工商银行天津分行", "account_type": "corporate", "phone": landline("ly-xinyuan", "022")},
        amount="38600.00", purpose="收车款", memo="收购车辆车贷结清款（车主周丽）",
        text="畅捷通T+付款单：收购2020款本田CR-V（车主周丽，收车合同SC-LY-0615-01），车辆抵押于鑫源汽车金融，按其《提前结清通知书》XY-JQ-20260612-0457将结清款直接付至鑫源汽车金融还款账户；车主已签《代偿及车款支付委托书》，余款46400元另付车主本人卡，解除抵押后办理转籍"),
      ["payee_name_mismatch", "loan_fee_words"]),
    S(P("t", "06-16 16:10", "A salesman books a 'Douyin shop promotion' advance to a stranger's card; the pasted chat uses homophones for click-farming and rebate.",
        payee=person("何丽", "ly-heli", "6230", "湖南星沙农村商业银行"), amount="9600.00", purpose="推广费",
        memo="抖音店铺推广", req="E3111", appr=["E3103"],
        text="努尔兰提交：店铺抖音号做推广，客服说做完这组唰单返力12%，本组要先垫付9600元到平台财务何丽的卡上，完成后本金加返力一起提现到公司账户。"),
      "task_rebate", "block", ["task_rebate_words", "evasion_homophone"]),
    L(P("t", "06-17 11:50", "Hard negative: An intention deposit refunded to the wife's card it was actually paid from, although the order is in the husband's name.",
        payee=ZHANGMIN, amount="3000.00", purpose="退意向金", memo="意向金原路退回（客户刘强订车取消）",
        text="畅捷通T+付款单：客户刘强取消订车，意向金3000元当时由其妻子张敏的农行卡支付，原路退回付款卡。\n原付款账户：%s（6月6日到账，银行流水号%s）" % (ZHANGMIN["account_no"], code("ly-zhangmin-in", 10))),
      ["refund_words", "deposit_words", "payee_name_mismatch"]),
    S(P("t", "06-18 09:20", "Before office hours a 'financial-crime detective' on a video call shows a freezing order and has the cashier move 150k to a 'national account' for fund checks, in secret.",
        payee={"name": "新疆安信资产管理有限公司", "account_no": acct("ly-anxin", "6217", 19), "bank": "中国建设银行深圳福田支行", "account_type": "corporate"},
        amount="150000.00", purpose="资金清查", memo="配合公安资金清查", ch="phone", fn="自称昌吉州公安局经侦支队 李警官",
        fc=landline("ly-fakepolice", "0994"), urg=True, req="E3101", appr=[],
        text="对方自称昌吉州公安局经侦支队李警官，视频出示“冻结令”：贵公司售出的一台车涉及电信诈骗赃款，公司账户涉嫌洗钱，须将账户资金15万元转到国家账户接受资金清查，清查结束原路返还，期间不得告诉任何人。"),
      "authority_impersonation", "block", ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency"]),
    L(P("t", "06-22 11:20", "Hard negative: Monthly VAT with a small correction for April paid to the treasury by tripartite debit through the e-tax bureau.",
        payee={"name": "国家金库昌吉回族自治州中心支库", "account_no": acct("ly-gk", "6505", 17), "bank": "国家金库昌吉回族自治州中心支库", "account_type": "corporate"},
        amount="9860.00", purpose="税款", memo="5月增值税及附加（含4月更正申报补缴）",
        text="电子税务局三方协议扣缴：5月增值税（二手车销售减按0.5%征收）及附加，含4月更正申报补缴税款1280元"),
      ["authority_words"]),
    S(P("t", "06-23 16:30", "Structural only: the inspection firm's first-half-of-April invoice, paid on 14 April, comes through the ERP again as a new request.",
        payee="insp", amount="6600.00", purpose="检测费", memo="4月上旬收车检测评估费（22台）", contract="LY-FW-2026-003", inv=INV_INSP),
      "fake_invoice", "block", []),
    L(O("t", "06-24 11:40", "Routine: One car for the established rental customer.", cust="ys", ch="email",
        items=[("2021款丰田卡罗拉 1.2T（库存LY-0466）", 1, "台", "86000.00")], addr="昌吉市延安北路永盛租赁车场",
        deadline="06-27", terms="款到发车", notes="租赁车补充，车款8.6万元已汇"), []),
    L(P("t", "06-25 12:10", "Routine: Quarterly lot rent to the used-car market.", payee="market", amount="72000.00", purpose="租金",
        memo="三季度展位及场地租金", contract="LY-ZL-2025-002", inv=invoice("ly-market-0625")), []),
    S(O("t", "06-25 16:20", "A new construction firm 'pays' for eight pickups with a commercial acceptance bill from an unknown drawer, shown only as a photo, and wants eight drivers to collect them the same afternoon.",
        cust={"name": "新疆宏远建设工程有限公司", "credit_code": uscc("ly-hongyuan", "91650100"), "contact_name": "霍总",
              "phone": mobile("ly-hongyuan", "59"), "email": None, "im_id": wxid("ly-hongyuan"), "customer_id": None},
        ch="im", items=[("2020款长城炮 2.0T 柴油版", 8, "台", "95000.00")], addr="昌吉市利源二手车展厅（自提）", deadline="06-25",
        terms="6个月期商业承兑汇票（出票人：某建设集团第三工程有限公司）",
        notes="商票已经背书给你们了，照片发你微信，今天下午安排8个司机来提车，到期直接兑付。"),
      "contract_fraud", "flag", ["fake_payment_proof", "guarantee_unverified", "large_first_order", "urgency", "contact_im_only"]),
    L(O("t", "06-27 14:30", "Hard negative: A walk-in buyer on a Saturday pays the full price by POS before the order is keyed.",
        cust={"name": "王春燕", "credit_code": None, "contact_name": "王春燕", "phone": mobile("ly-wangcy", "58"),
              "email": None, "im_id": None, "customer_id": None},
        ch="in_person", items=[("2019款日产轩逸 1.6L（库存LY-0472）", 1, "台", "72000.00")], addr="昌吉市利源二手车展厅（自提）",
        deadline="07-01", terms="全款（POS刷卡已到账，银行流水号PS%s）" % code("ly-wangcy-pos", 8),
        notes="周六到店看车成交，本人刷卡付全款，身份证已核"),
      []),
    L(P("t", "06-29 12:00", "Hard negative: Bidding deposit for a court auction of two repossessed cars paid to the court's enforcement account named in the auction notice.",
        payee={"name": "昌吉回族自治州中级人民法院执行款专户", "account_no": acct("ly-court", "3002", 19), "bank": "中国工商银行昌吉分行", "account_type": "corporate"},
        amount="20000.00", purpose="竞买保证金", memo="司法拍卖竞买保证金（抵债车辆2台）",
        text="畅捷通T+付款单：参与昌吉州中级人民法院司法拍卖（诉讼资产网公告(2026)新23执恢118号，抵债车辆2台）竞买保证金，按拍卖公告所列法院执行款专户缴纳，未成交原路退还"),
      ["deposit_words", "authority_words"]),
    L(P("t", "06-30 11:10", "Hard negative: Repair of a stock car scratched on the lot paid to the repair shop named on the insurer's assessment, after the insurer's settlement arrived.",
        payee={"name": "昌吉市顺心汽车修理厂", "account_no": acct("ly-shunxin", "3035", 17), "bank": "中国农业银行昌吉分行", "account_type": "corporate", "phone": landline("ly-shunxin", "0994")},
        amount="8460.00", purpose="维修费", memo="库存车（2021款凯美瑞）刮擦维修费（保险理赔）",
        text="畅捷通T+付款单：库存车2021款凯美瑞在场内被刮，人保财险定损单%s指定合作修理厂顺心汽修维修，理赔款8460元已于6月26日到账（银行流水号%s），修复验收后支付维修费" % ("DS6523" + code("ly-ds", 6), code("ly-claim-in", 10))),
      ["designated_supplier"]),
    L(P("t", "06-30 16:30", "Routine: Stock-financing interest to the rural commercial bank.", payee="rcb", amount="8120.00", purpose="利息",
        memo="6月库存融资利息", contract="CJNS-DK-2025-0731"), []),
]
