"""Tenant 2: 新疆准东恒泰煤基新材料有限公司 — coal-to-glycol/methanol, Zhundong (Wucaiwan)."""
import random
from common import Tenant, Party, Customer, REF

KEY = "hengtai"


def build(ids):
    rng = random.Random(22)
    staff = {
        "E3300": "韩国栋",            # 董事长兼总经理
        "E3301": "伍建英",            # 财务总监
        "E3302": "孔令辉",            # 财务经理
        "E3305": "马晓燕",            # 出纳
        "E3306": "古丽扎尔·吐尔逊",    # 会计
        "E3310": "郑伟",              # 采购
        "E3320": "杜明亮",            # 销售经理
        "E3330": "阿依夏木·热合曼",    # 人事
        "E3340": "黄志刚",            # 安环部
    }

    def erp(memo, party, contract, invoice, when, n):
        short = party.short if isinstance(party, Party) else party["name"]
        doc = "51" + when[2:10].replace("-", "") + f"{n:02d}"
        s = f"SAP付款申请{doc}审批完成｜{memo}｜供应商：{short}"
        if contract:
            s += f"｜合同{contract}"
        if invoice:
            s += f"｜发票{invoice}"
        return s

    T = Tenant(KEY, "HT-PAY", "HT-SO", ids.corp_acct("1075", 16), "新疆准东恒泰煤基新材料有限公司", staff, erp)

    coal = Party("新疆准东西黑山煤业有限公司", ids.corp_acct("650502", 19), "中国建设银行吉木萨尔县支行",
                 vendor_id="V-HT01", phone=ids.landline("0994"), short="西黑山煤业")
    catalyst = Party("江苏瑞科催化材料有限公司", ids.corp_acct("4686", 16), "中国银行南京江北新区支行",
                     vendor_id="V-HT02", phone=ids.landline("025"), short="瑞科催化")
    power = Party("准东五彩湾能源供电有限公司", ids.corp_acct("30020307", 19), "中国工商银行昌吉分行",
                  vendor_id="V-HT03", phone=ids.landline("0994"), short="五彩湾供电")
    hauler = Party("昌吉州安顺危险品运输有限公司", ids.corp_acct("305301", 17), "中国农业银行昌吉分行",
                   vendor_id="V-HT04", phone=ids.landline("0994"), changed_at="2025-10-14 11:05", short="安顺危运")
    totes = Party("乌鲁木齐华盾包装容器有限公司", ids.corp_acct("1071", 16), "中国银行乌鲁木齐分行",
                  vendor_id="V-HT05", phone=ids.landline("0991"), short="华盾包装")
    overhaul = Party("新疆博安化工检修工程有限公司", ids.corp_acct("1002", 17), "乌鲁木齐银行高新区支行",
                     vendor_id="V-HT06", phone=ids.landline("0991"), short="博安检修")
    ppe = Party("吉木萨尔县安泰劳保用品商行", ids.card("6230"), "新疆吉木萨尔农村商业银行",
                account_type="personal", vendor_id="V-HT07", phone=ids.mobile(), short="安泰劳保商行（个体）")
    water = Party("准东五彩湾供水有限公司", ids.corp_acct("650503", 19), "中国建设银行昌吉分行",
                  vendor_id="V-HT08", phone=ids.landline("0994"), short="五彩湾供水")
    acid = Party("阜康市宏泰化工物资有限公司", ids.corp_acct("305302", 17), "中国农业银行阜康市支行",
                 vendor_id="V-HT09", phone=ids.landline("0994"), changed_at="2025-12-03 14:00", short="宏泰化工物资")
    safety = Party("新疆正信安全技术咨询有限公司", ids.corp_acct("30020102", 19), "中国工商银行乌鲁木齐分行",
                   vendor_id="V-HT10", phone=ids.landline("0991"), short="正信安全")
    bank_int = Party("中国银行昌吉分行贷款利息收入户", ids.corp_acct("1078", 16), "中国银行昌吉分行",
                     vendor_id="BK-HT01", short="中行昌吉分行")
    payroll = Party("中国建设银行吉木萨尔县支行代发工资专户", ids.corp_acct("650504", 19), "中国建设银行吉木萨尔县支行",
                    vendor_id="PAY-HT", short="建行代发工资专户")
    tax = Party("国家金库吉木萨尔县支库", ids.corp_acct("652327", 17), "国家金库吉木萨尔县支库",
                vendor_id="TAX-HT", short="国家金库吉木萨尔县支库")

    jinsilu = Customer("库尔勒金丝路聚酯纤维有限公司", ids.uscc("652801"), "魏强", ids.landline("0996"),
                       "weiq@jsl-polyester.com", None, "C-HT01", "库尔勒经济技术开发区金丝路聚酯厂区", "金丝路聚酯")
    lianshun = Customer("新疆联顺化工贸易有限公司", ids.uscc("650104", new_style=False), "邢丽", ids.landline("0991"),
                        "xingli@xjlianshun.com", None, "C-HT02", "乌鲁木齐市米东区化工园联顺仓库", "联顺化工")
    boda = Customer("阜康市博达新材料有限公司", ids.uscc("652302"), "秦海", ids.landline("0994"),
                    "qinhai@fk-boda.cn", None, "C-HT03", "阜康产业园博达新材料厂区", "博达新材料")
    fengda = Customer("奇台县丰达化肥有限公司", ids.uscc("652325"), "吴军", ids.landline("0994"),
                      None, None, "C-HT04", "奇台县老奇台镇工业园丰达化肥", "丰达化肥")
    shunxin = Customer("吉木萨尔县顺鑫防冻液厂", ids.uscc("652327", kind="92"), "李顺", ids.mobile(),
                       None, ids.wxid(), "C-HT05", "吉木萨尔县北庭镇顺鑫防冻液厂", "顺鑫防冻液")
    hengruida = Customer("乌鲁木齐恒瑞达能源贸易有限公司", ids.uscc("650102"), "范总", ids.mobile(),
                         "hrd_energy@163.com", ids.wxid(), "C-HT06", "乌鲁木齐市米东区危化品仓储中心3号库", "恒瑞达能源")

    meg = "乙二醇（聚酯级）"
    meoh = "甲醇（优等品）"
    sulfur = "硫磺（颗粒）"
    meg_drum = "乙二醇（工业级，桶装）"

    def coal_pay(when, tons, price, test=False):
        memo = rng.choice(["原煤款（{}吨）", "气化用原煤{}吨", "块煤、末煤款合计{}吨"]).format(tons)
        b = T.payment(when, coal, tons * price, "货款", memo, req="E3306", appr=["E3302", "E3301"],
                      contract="HTCG-2026-001", invoice=ids.invoice())
        note = "Weekly coal payment to the regular mine."
        if test:
            T.legit("payment", "Routine: " + note, b)
        else:
            T.hist("payment", note, b)

    def order(when, cust, items, note, notes, channel="erp", terms="款到发货", deadline=None, test=False, ref=None):
        b = T.order(when, cust, items, channel=channel, terms=terms, deadline=deadline, notes=notes, ref=ref)
        if test:
            T.legit("order", "Routine: " + note, b)
        else:
            T.hist("order", note, b)

    # ================================================================== history
    for when, t, p in [("2026-02-02 11:15", 12400, 212), ("2026-02-09 15:30", 11800, 212),
                       ("2026-02-24 10:40", 12900, 210), ("2026-03-02 16:05", 12200, 210),
                       ("2026-03-09 11:35", 12600, 210), ("2026-03-16 15:20", 11900, 208),
                       ("2026-03-23 10:55", 12300, 208), ("2026-03-30 14:45", 12750, 208),
                       ("2026-04-07 11:10", 12100, 206)]:
        coal_pay(when, t, p)
    for when, memo, amt in [("2026-02-12 15:15", "乙二醇合成催化剂（年度框架第1批）", 1360000.00),
                            ("2026-03-18 11:20", "草酸酯加氢催化剂（第2批）", 1280000.00)]:
        T.hist("payment", "Catalyst payment to the regular out-of-province supplier.",
               T.payment(when, catalyst, amt, "货款", memo, req="E3310", appr=["E3302", "E3301"],
                         contract="HTCG-2026-003", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-05 11:45", "1月电费", 6823410.00), ("2026-03-05 15:40", "2月电费", 6518770.00),
                            ("2026-04-03 10:35", "3月电费", 6947260.00)]:
        T.hist("payment", "Monthly electricity bill.",
               T.payment(when, power, amt, "电费", memo, req="E3306", appr=["E3302", "E3301"],
                         contract="HTNY-2026-001", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-10 16:15", "1月工业用水", 412360.00), ("2026-03-10 11:05", "2月工业用水", 398720.00),
                            ("2026-04-09 15:10", "3月工业用水", 421980.00)]:
        T.hist("payment", "Monthly industrial water bill.",
               T.payment(when, water, amt, "水费", memo, req="E3306", appr=["E3302"],
                         contract="HTNY-2026-002", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-11 17:30", "1月工资及春节慰问金代发（418人）", 3612840.00),
                            ("2026-03-10 17:45", "2月工资代发（416人）", 3109560.00),
                            ("2026-04-10 18:10", "3月工资代发（421人）", 3154270.00)]:
        T.hist("payment", "Monthly payroll through the bank's payroll account.",
               T.payment(when, payroll, amt, "工资", memo, req="E3330", appr=["E3302", "E3301"],
                         text=f"SAP薪资过账单已审批：{memo}，人力资源部与财务部复核一致"))
    for when, memo, amt in [("2026-02-13 11:25", "1月增值税、城建税及教育费附加", 2847120.36),
                            ("2026-03-16 10:45", "2月增值税及附加、资源税", 2519634.80),
                            ("2026-04-08 16:20", "3月增值税及附加", 2766408.15)]:
        T.hist("payment", "Monthly VAT through the e-tax bureau.",
               T.payment(when, tax, amt, "税款", memo, req="E3306", appr=["E3302"],
                         text=f"电子税务局三方协议扣款：{memo}"))
    for when, memo, amt in [("2026-02-06 15:55", "1月甲醇、乙二醇汽运运费", 186420.00),
                            ("2026-03-06 11:30", "2月上半月危化品运费", 143780.00),
                            ("2026-03-20 16:40", "2月下半月危化品运费", 158960.00),
                            ("2026-04-03 15:25", "3月上半月危化品运费", 171240.00)]:
        T.hist("payment", "Freight to the hazardous-goods carrier whose account change dates from Oct 2025.",
               T.payment(when, hauler, amt, "运费", memo, req="E3306", appr=["E3302"],
                         contract="HTWL-2026-001", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-26 11:50", "200L闭口钢桶400只", 62000.00), ("2026-03-26 15:35", "IBC吨桶更换内胆80只", 28800.00)]:
        T.hist("payment", "Drums and totes from the regular packaging maker.",
               T.payment(when, totes, amt, "货款", memo, req="E3310", appr=["E3302"],
                         contract="HTCG-2026-014", invoice=ids.invoice()))
    dup_inv = ids.invoice()
    for when, memo, amt, iv in [("2026-02-04 16:25", "1月空分装置仪表检修", 58400.00, ids.invoice()),
                                ("2026-03-09 15:45", "气化炉烧嘴更换及检修", 235600.00, dup_inv),
                                ("2026-04-01 11:40", "甲醇合成塔换热器清洗", 91200.00, ids.invoice())]:
        T.hist("payment", "Maintenance by the regular overhaul contractor.",
               T.payment(when, overhaul, amt, "维修费", memo, req="E3310", appr=["E3302", "E3301"],
                         contract="HTWX-2026-002", invoice=iv))
    for when, memo, amt in [("2026-02-27 16:30", "劳保用品（防化手套、防尘口罩）", 14320.00),
                            ("2026-03-27 11:25", "劳保用品（工作服、安全鞋）", 22760.00)]:
        T.hist("payment", "Protective gear from the local sole-trader shop, paid to its owner's account.",
               T.payment(when, ppe, amt, "货款", memo, req="E3310", appr=["E3302"], invoice=ids.invoice()))
    for when, t in [("2026-02-25 15:05", 90), ("2026-03-17 11:15", 84), ("2026-04-07 16:35", 92)]:
        T.hist("payment", "Sulphuric acid from the supplier whose account change dates from Dec 2025.",
               T.payment(when, acid, t * 1100, "货款", f"98%工业硫酸{t}吨", req="E3310", appr=["E3302"],
                         contract="HTCG-2026-009", invoice=ids.invoice()))
    T.hist("payment", "First instalment for a safety assessment by the regular consultancy.",
           T.payment("2026-03-12 15:50", safety, 68000.00, "咨询费", "甲醇罐区安全现状评价（第一期）",
                     req="E3340", appr=["E3302"], contract="HTAQ-2026-002", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-24 16:10", "流动资金贷款利息（1月21日—2月20日）", 144236.11),
                            ("2026-03-20 11:05", "流动资金贷款利息（2月21日—3月20日）", 130277.78)]:
        T.hist("payment", "Monthly loan interest to the lending bank.",
               T.payment(when, bank_int, amt, "利息", memo, req="E3306", appr=["E3302"],
                         text=f"SAP付款申请已审批：中行流动资金贷款（合同BOC-CJ-LD-2025-031）{memo}，按银行扣息通知书支付"))

    for when, t, p, dl in [("2026-02-03 11:30", 1500, 4210, "2026-02-12"), ("2026-03-03 16:15", 1650, 4180, "2026-03-12"),
                           ("2026-03-24 10:50", 1400, 4150, "2026-04-02")]:
        order(when, jinsilu, [(meg, t, "吨", p)], "Glycol order from the established polyester maker.",
              rng.choice(["年度框架合同HTXS-2025-006，款到发货，铁路专用线发运", "按框架合同执行，货款已到账，汽运+铁运"]),
              deadline=dl)
    for when, t, p, dl in [("2026-02-05 15:20", 800, 2080, "2026-02-10"), ("2026-02-27 11:10", 650, 2060, "2026-03-05"),
                           ("2026-03-19 16:30", 900, 2040, "2026-03-25"), ("2026-04-08 10:45", 700, 2030, "2026-04-14")]:
        order(when, lianshun, [(meoh, t, "吨", p)], "Methanol order from the established chemicals trader.",
              rng.choice(["邢丽邮件下单，预付款已到，客户自派槽车", "款到发货，客户自提（槽车资质已备案）"]),
              channel="email", deadline=dl)
    for when, t, p, dl in [("2026-02-10 11:40", 400, 2090, "2026-02-13"), ("2026-03-11 15:15", 450, 2070, "2026-03-16"),
                           ("2026-04-02 11:55", 420, 2050, "2026-04-08")]:
        order(when, boda, [(meoh, t, "吨", p)], "Methanol order from the established formaldehyde maker.",
              "款到发货，安顺危运承运", deadline=dl)
    for when, t, p, dl in [("2026-03-04 15:05", 60, 1680, "2026-03-09"), ("2026-04-01 16:25", 55, 1660, "2026-04-06")]:
        order(when, fengda, [(sulfur, t, "吨", p)], "Sulphur order from the established fertiliser plant.",
              "款到发货，客户自提", deadline=dl)
    for when, t, p, dl in [("2026-02-26 16:45", 2.3, 4480, "2026-02-27"), ("2026-03-25 12:05", 1.84, 4460, "2026-03-26")]:
        order(when, shunxin, [(meg_drum, t, "吨", p)], "Small drummed-glycol order by WeChat from the established antifreeze workshop.",
              rng.choice(["李顺微信下单，款已转公户，自提", "微信下单，8桶，钱已到，下午来拉"]), channel="im", deadline=dl)
    order("2026-03-13 11:20", hengruida, [(meoh, 20, "吨", 2060)], "Small first methanol order from a new trader, prepaid.",
          "新客户首单，款已预付到账，客户自提", channel="phone", deadline="2026-03-16")
    order("2026-04-09 15:40", hengruida, [(meoh, 30, "吨", 2040)], "Second small methanol order from the same trader, prepaid.",
          "第二单，预付，客户自提", channel="phone", deadline="2026-04-13")

    # ================================================================== test: routine
    coal_pay("2026-04-13 11:00", 12500, 206, test=True)
    order("2026-04-17 14:20", lianshun, [(meoh, 750, "吨", 2020)], "Methanol order from the established chemicals trader.",
          "邢丽邮件下单，预付款已到", channel="email", deadline="2026-04-23", test=True)
    T.legit("payment", "Routine: Catalyst payment to the regular out-of-province supplier.",
            T.payment("2026-04-22 10:15", catalyst, 1240000, "货款", "乙二醇合成催化剂（第3批）", req="E3310",
                      appr=["E3302", "E3301"], contract="HTCG-2026-003", invoice=ids.invoice()))
    order("2026-04-28 14:40", jinsilu, [(meg, 1550, "吨", 4120)], "Glycol order from the established polyester maker.",
          "按框架合同执行，货款已到账", deadline="2026-05-08", test=True)
    coal_pay("2026-05-06 10:30", 13100, 206, test=True)
    order("2026-05-14 10:20", fengda, [(sulfur, 50, "吨", 1650)], "Sulphur order from the established fertiliser plant.",
          "款到发货，客户自提", deadline="2026-05-19", test=True)
    order("2026-05-22 13:30", boda, [(meoh, 430, "吨", 2010)], "Methanol order from the established formaldehyde maker.",
          "款到发货，安顺危运承运", deadline="2026-05-28", test=True)
    coal_pay("2026-06-01 10:10", 12200, 204, test=True)
    coal_pay("2026-06-15 10:30", 11950, 204, test=True)
    order("2026-06-25 16:40", lianshun, [(meg_drum, 120, "吨", 4300)], "Drummed-glycol order from the established chemicals trader.",
          "客户要求使用其AVL认证的华盾IBC吨桶灌装，包装费随货款预付", channel="email", deadline="2026-07-10",
          test=True, ref="ht_ls")
    coal_pay("2026-07-06 10:20", 12400, 204, test=True)
    order("2026-07-10 15:00", boda, [(meoh, 410, "吨", 1990)], "Methanol order from the established formaldehyde maker.",
          "款到发货", deadline="2026-07-15", test=True)

    # ================================================================== test: scams and hard negatives
    rep_wx = ids.wxid()
    T.scam("order", "fake_purchaser", "flag",
           ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
            "contact_im_only", "free_mail"],
           "A 'Xinjiang representative office' of an eastern polyester group wants 3,000 t of glycol above list price, with no sample or visit, on 90-day terms for delivery to a Khorgos transit yard.",
           T.order("2026-04-14 15:30",
                   {"name": "浙江恒远化纤集团有限公司新疆代表处", "credit_code": None, "contact_name": "骆经理",
                    "phone": ids.mobile(), "email": "luo.hengyuan@foxmail.com", "im_id": rep_wx, "customer_id": None},
                   [(meg, 3000, "吨", 4180)], channel="phone", address="霍尔果斯市亚欧路国际物流园（转运中亚）",
                   deadline="2026-04-30", terms="90天远期付款，出口信用保险由买方投保",
                   notes="骆经理电话加微信：集团在中亚有聚酯项目，MEG要3000吨，价格比你们挂牌价每吨高80元也可以，不用看厂，也不用做小样检测，只要4月底前发到霍尔果斯。付款按集团惯例90天远期，我们会上信保，回款不用担心。"))

    T.legit("payment", "Hard negative: Deposit on 120 rented IBC totes paid to the regular packaging maker under the rental agreement.",
            T.payment("2026-04-15 10:40", totes, 72000, "押金", "IBC吨桶120只押金（600元/只）",
                      text="SAP付款申请5126041503审批完成｜乙二醇小包装出口业务租用华盾IBC吨桶120只，押金每只600元，按租赁协议HTCG-2026-014，空桶返还后押金凭收据退回｜供应商：华盾包装",
                      req="E3310", appr=["E3302"], contract="HTCG-2026-014"),
            ["deposit_words"])

    T.scam("payment", "authority_impersonation", "block",
           ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
            "no_approval", "off_hours", "urgency", "evasion_symbols"],
           "At night a caller posing as the central bank's anti-money-laundering section keeps the finance manager on video and has him raise 1.5m to a 'supervised account', the key word broken up by zero-width spaces.",
           T.payment("2026-04-16 22:10",
                     {"name": "昌吉反洗钱资金监管专户", "account_no": ids.corp_acct("4420", 19),
                      "bank": "中国建设银行深圳罗湖支行", "account_type": "unknown", "vendor_id": None, "phone": None},
                     1500000, "资金清查", "配合人民银行反洗钱资金清查", channel="phone",
                     from_name="自称人民银行昌吉州中心支行反洗钱科 吴处长", from_contact=ids.landline("0994"),
                     text="【孔令辉晚间接到来电后提交】对方称我司中行账户近期与一家跨境赌博平台有资金往来，已被列入反洗钱重点监测，今晚12点前必须将150万转入人民银行监\u200b管\u200b账\u200b户进行资金清查，清查无问题48小时内原路返还。要求不得告知他人，不得挂断电话，全程开着视频。",
                     urgent=True, req="E3302", appr=[]))

    T.legit("payment", "Hard negative: Judgment sum paid into the prefecture intermediate court's enforcement account, checked against the court's own website.",
            T.payment("2026-04-20 11:30",
                      {"name": "昌吉回族自治州中级人民法院执行款专户", "account_no": ids.corp_acct("305303", 17),
                       "bank": "中国农业银行昌吉分行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0994")},
                      342800, "执行款", "（2026）新23执41号案件执行款",
                      text="SAP付款申请5126042002审批完成｜与新疆某建安公司2024年检修工程款纠纷，按昌吉州中级人民法院（2026）新23执41号执行通知书及裁定书，执行款342,800元缴入法院执行款专户，账户已与法院诉讼服务中心电话核对（号码取自法院官网）。",
                      req="E3306", appr=["E3302", "E3301"]),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "account_lending_words", "first_time_payee", "phone_instruction", "vague_memo",
            "evasion_pinyin"],
           "A 'loan broker' says turnover is too thin for an 8m credit line and has finance send 600k to a trading firm to build turnover, the scheme abbreviated in pinyin initials in the call notes.",
           T.payment("2026-04-21 16:45",
                     {"name": "新疆鑫融通商贸有限公司", "account_no": ids.corp_acct("8800", 18),
                      "bank": "新疆银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     600000, "往来款", "贷款流水配合款", channel="phone",
                     from_name="自称某银行合作机构 信贷经理 秦昊", from_contact=ids.mobile(),
                     text="【电话记录】对方称能为我司批800万信用贷，但我司对公流水不够，需要先做一轮sls：我司转60万给鑫融通，对方当天转回，再走两轮，流水够了就放款。对方强调这是“行业惯例”，服务费放款后再收。",
                     req="E3302", appr=["E3301"]))

    T.scam("payment", "contract_fraud", "flag",
           ["bigproject_words", "deposit_words", "payee_name_mismatch", "fee_asked_of_seller", "first_time_payee",
            "email_instruction", "free_mail", "no_po_contract", "urgency", "evasion_pinyin"],
           "A 'project department' of a big engineering bureau offers a 48m storage sub-contract if a 500k performance bond (abbreviated in pinyin) is first paid to a different 'labour partner' company.",
           T.payment("2026-04-23 15:00",
                     {"name": "新疆宏业建设工程有限公司", "account_no": ids.corp_acct("1070", 16),
                      "bank": "中国银行哈密分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     500000, "保证金", "准东—哈密输煤管廊项目履约保证金", channel="email",
                     from_name="中能某工程局准东项目部 刘经理", from_contact="zhongneng_xm@163.com",
                     text="贵司好：\n我局承建的准东—哈密输煤管廊及配套储运工程（国家重点项目）拟将甲醇储运站分包给贵司，合同总价约4800万元。按项目部规定，分包单位须先缴纳履约bzj 50万元，请汇至我局指定的劳务合作单位新疆宏业建设工程有限公司账户，款到即签分包合同。\n名额有限，请于本周内办理。\n刘经理",
                     urgent=True, req="E3320", appr=["E3302", "E3300"]))

    T.legit("payment", "Hard negative: Acceptance-bill margin moved into the company's own margin account at its bank.",
            T.payment("2026-04-24 12:30",
                      {"name": "新疆准东恒泰煤基新材料有限公司", "account_no": ids.corp_acct("1079", 16),
                       "bank": "中国银行昌吉分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                      900000, "保证金", "银行承兑汇票保证金（开票300万，30%）",
                      text="SAP付款申请5126042401审批完成｜向中行昌吉分行申请开立银行承兑汇票300万元（收款人西黑山煤业，6个月），30%保证金存入本公司中行保证金专户，协议号BOC-CJ-2026-CD-0088。",
                      req="E3306", appr=["E3302", "E3301"]),
            ["deposit_words", "first_time_payee"])

    T.scam("payment", "fake_salary", "flag",
           ["subsidy_words", "authority_words", "fee_words", "first_time_payee", "email_instruction", "free_mail",
            "urgency", "secrecy_words", "evasion_traditional"],
           "A free-mail 'human-resources bureau' notice in traditional characters says staff subsidies will be paid only after the company pays a 380-yuan-per-head 'handling fee' within 48 hours.",
           T.payment("2026-04-27 10:50",
                     {"name": "新疆人社服务平台管理有限公司", "account_no": ids.corp_acct("8018", 18),
                      "bank": "乌鲁木齐农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     15960, "服务费", "稳岗补贴申领手续费（42人）", channel="email",
                     from_name="昌吉州人社局 补贴发放科", from_contact="rsj_btff@126.com",
                     text="各企業人事專員：\n根據人社部、財政部通知，2026年第一季度職工穩崗補貼、社保補貼開始集中發放，每人可領取1200—3800元。企業須先按申領人數繳納補貼發放手續費（每人380元）至平台賬戶，48小時內未繳納視為放棄。收到請勿外傳。\n附件：補貼申領二維碼",
                     urgent=True, req="E3330", appr=["E3302"]))

    new_wx = ids.wxid()
    T.scam("payment", "boss_impersonation", "flag",
           ["im_instruction", "new_contact", "cannot_call", "bypass_process", "personal_account", "first_time_payee",
            "no_approval", "boss_role", "deposit_words", "evasion_homophone"],
           "A 'new WeChat' of the chairman, unable to take calls, tells the cashier to pay a 150k 'court preservation deposit' (misspelled with a homophone) to a lawyer's personal card, approval later.",
           T.payment("2026-04-29 16:10",
                     {"name": "罗文博", "account_no": ids.card("6217"), "bank": "中国建设银行乌鲁木齐新华南路支行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     150000, "保证金", "诉讼保全保证金", channel="im", from_name="韩国栋", from_contact=new_wx,
                     text="韩国栋：小马，我韩国栋，这是我新微信，旧号在另一个手机上\n韩国栋：公司跟安顺那个运输合同的官司，法院要交诉讼保全保正金15万，律师罗文博先帮我们垫着，你今天把钱转到他卡上\n韩国栋：我在开会，不方便接电话，有事微信说\n马晓燕：韩总，这个要走OA吗？\n韩国栋：先转，OA我回来补批",
                     req="E3305", appr=[]))

    T.legit("payment", "Hard negative: Pre-holiday electricity prepayment rushed to meet the utility's deadline, approved by both finance heads.",
            T.payment("2026-04-30 11:20", power, 7200000, "电费", "5月电费预付（五一前到账）",
                      text="SAP付款申请5126043002审批完成（加急）｜供电公司要求5月电费预付款于4月30日前到账，否则节日期间按欠费停供一台主变｜审批：孔令辉、伍建英",
                      urgent=True, req="E3306", appr=["E3302", "E3301"], contract="HTNY-2026-001"),
            ["urgency"])

    school_wx = ids.wxid()
    T.scam("order", "fake_order", "flag",
           ["institution_claim", "fee_asked_of_seller", "remote_control", "new_customer", "contact_im_only",
            "deposit_words"],
           "A 'school' buying glycol through a 'campus procurement platform' says our merchant account is frozen, and the platform's 'customer service' wants an 8k deposit and a screen-sharing session.",
           T.order("2026-05-07 15:45",
                   {"name": "吉木萨尔县第二中学", "credit_code": None, "contact_name": "后勤 周老师", "phone": ids.mobile(),
                    "email": None, "im_id": school_wx, "customer_id": None},
                   [(meg_drum, 5, "吨", 4500)], channel="im", address="吉木萨尔县第二中学锅炉房", deadline="2026-05-12",
                   terms="阳光校园采购平台在线支付", fees=[("平台商家保证金", 8000)],
                   notes="周老师微信：学校锅炉防冻要用乙二醇5吨，走“阳光校园采购平台”下单付款。付款后周老师说平台提示“商家未开通收款功能，资金冻结”，让我们联系平台客服。客服发来链接，要求缴纳8000元商家保证金开通收款，并让我们下载“云视会议”共享屏幕指导操作。",
                   ref="ht_school"))

    T.scam("payment", "fake_order", "block",
           ["fee_asked_of_seller", "personal_account", "first_time_payee", "remote_control", "im_instruction",
            "deposit_words", "sales_order_linked", "urgency"],
           "Sales raises the 8k 'merchant deposit' for the 'school' order to a platform agent's personal card, told it will unfreeze the school's payment.",
           T.payment("2026-05-08 10:40",
                     {"name": "王慧敏", "account_no": ids.card("6217"), "bank": "中国建设银行贵阳分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     8000, "保证金", "阳光校园采购平台商家保证金", channel="im", from_name="阳光校园采购平台 客服",
                     from_contact=ids.wxid(),
                     text="您好，这里是阳光校园采购平台商家服务中心。贵司店铺因未缴纳保证金，收款功能已冻结，学校支付的22,500元货款暂时无法到账。请向平台对接专员王慧敏账户缴纳8000元保证金，完成后系统自动解冻，保证金与货款一并退还。请在30分钟内完成，并按会议号进入“云视会议”共享屏幕。",
                     urgent=True, req="E3320", appr=["E3302"], order=REF("ht_school")))

    T.legit("payment", "Hard negative: Freight to the carrier whose account change dates from October 2025 and which has been paid on it ever since.",
            T.payment("2026-05-08 12:10", hauler, 168750, "运费", "4月下半月甲醇、乙二醇运费", req="E3306",
                      appr=["E3302"], contract="HTWL-2026-001", invoice=ids.invoice()),
            ["account_changed_long_ago"])

    new_cat_acct = ids.corp_acct("3100", 19)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "payee_name_mismatch", "first_time_payee", "email_instruction",
            "account_change_words", "unusual_bank_region", "urgency"],
           "The catalyst supplier's real sales mailbox announces that a 'core-system upgrade' moves this 1.28m payment to a Shanghai branch account, keyed in three days before.",
           T.payment("2026-05-11 17:20", catalyst, 1280000, "货款", "乙二醇合成催化剂第二批货款", channel="email",
                     from_name="瑞科催化 销售部 钱敏", from_contact="qianmin@ruike-cat.com",
                     text="恒泰郑经理、财务：\n您好！因我司南京开户行核心系统升级，原账户5月8日—6月30日暂停收款，第二批催化剂款请汇入我司上海分公司账户（信息见下），发票仍由总公司开具，不影响抵扣。\n户名：江苏瑞科催化材料有限公司上海分公司\n开户行：上海农商银行浦东分行\n合同约定5月15日前付款，请尽快安排，谢谢！\n钱敏",
                     urgent=True, req="E3306", appr=["E3302", "E3301"], contract="HTCG-2026-003", invoice=ids.invoice(),
                     changed="2026-05-08 10:20",
                     payee_over={"name": "江苏瑞科催化材料有限公司上海分公司", "account_no": new_cat_acct,
                                 "bank": "上海农商银行浦东分行"}))

    T.legit("payment", "Hard negative: Protective gear from the local sole-trader shop, paid as before to its owner's personal account.",
            T.payment("2026-05-12 11:40", ppe, 19860, "货款", "劳保用品（防化手套、防护眼镜、工作服）", req="E3310",
                      appr=["E3302"], invoice=ids.invoice()),
            ["personal_account"])

    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo", "no_approval",
            "urgency", "im_instruction", "evasion_symbols"],
           "The cashier raises a 9.8k 'prepayment' to a stranger's card after a task group says her order is 'stuck' and must be topped up (a money emoji inside the word) to unlock her rebate.",
           T.payment("2026-05-13 16:30",
                     {"name": "刘永强", "account_no": ids.card("6228"), "bank": "中国农业银行衡阳分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     9800, "预付款", "预付款", channel="im", from_name="任务导师-安安", from_contact=ids.wxid(),
                     text="【第2轮连单】\n你的任务单卡单了❗必须再充💰值9800才能解冻，之后本金+返利一起提现，一共可提现31600\n超过1小时未完成系统自动判定违规，所有资金冻结\n收款人：刘永强 农业银行",
                     urgent=True, req="E3305", appr=[]))

    T.legit("payment", "Hard negative: Bid bond for a heating-season antifreeze tender paid to the account in the prefecture trading centre's announcement.",
            T.payment("2026-05-15 15:10",
                      {"name": "昌吉回族自治州公共资源交易中心", "account_no": ids.corp_acct("650505", 19),
                       "bank": "中国建设银行昌吉分行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0994")},
                      40000, "投标保证金", "昌吉市2026—2027供暖季换热站防冻液（乙二醇）采购项目投标保证金",
                      text="SAP付款申请5126051501审批完成｜项目编号CJGGZY-2026-HW-0219，按州公共资源交易中心公告载明的投标保证金专户缴纳，保证金须从我司基本户转出，开标后原路退还。附件：公告打印件、投标审批单。",
                      req="E3320", appr=["E3302", "E3300"]),
            ["deposit_words", "first_time_payee"])

    broker_mobile = ids.mobile()
    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "fee_words", "first_time_payee", "no_po_contract", "phone_instruction", "unusual_bank_region"],
           "A Beijing 'financial holding' firm claiming ties to a policy bank offers a 20m cheap project loan but wants 46k of appraisal and notary fees first, loan contract to be signed on disbursement day.",
           T.payment("2026-05-18 11:00",
                     {"name": "北京华信金控投资咨询有限公司", "account_no": ids.corp_acct("3581", 16),
                      "bank": "中国光大银行北京西城支行", "account_type": "corporate", "vendor_id": None, "phone": broker_mobile},
                     46000, "评估费", "2000万项目贷款前期评估及公证费", channel="phone",
                     from_name="华信金控 项目经理 邹凯", from_contact=broker_mobile,
                     text="【电话记录】对方自称“国家开发银行合作机构”，可为我司乙二醇二期技改提供2000万低息项目贷款，年利率2.8%，无需抵押。放款前需支付资产评估费3万元、合同公证费1.6万元至其公司账户，贷款合同在放款当天签订，公证处由对方联系。",
                     req="E3302", appr=["E3301"]))

    T.scam("payment", "fake_invoice", "block",
           ["duplicate_invoice", "email_instruction", "urgency"],
           "An e-mail in the overhaul contractor's name says its gasifier-repair invoice was never paid; that invoice number was in fact paid on 9 March.",
           T.payment("2026-05-19 14:15", overhaul, 235600, "维修费", "气化炉烧嘴更换及检修（补付）", channel="email",
                     from_name="博安检修 财务 周会计", from_contact="zhoukj@boan-jx.com",
                     text="恒泰财务您好：3月份气化炉烧嘴更换检修那张专票（号码见附件）对应的235,600元我司至今未收到，麻烦核实后尽快支付，月底我们要给工人结工资，谢谢！",
                     urgent=True, req="E3306", appr=["E3302"], contract="HTWX-2026-002", invoice=dup_inv))

    T.legit("payment", "Hard negative: Monthly loan interest paid to the lending bank's interest account.",
            T.payment("2026-05-20 11:25", bank_int, 139583.33, "利息", "流动资金贷款利息（4月21日—5月20日）",
                      text="SAP付款申请5126052001审批完成｜中行流动资金贷款（合同BOC-CJ-LD-2025-031，本金5000万，年利率3.35%）4月21日—5月20日利息，按银行扣息通知书支付至贷款行收息账户。",
                      req="E3306", appr=["E3302"]),
            ["loan_fee_words"])

    T.legit("payment", "Hard negative: Meeting room and refreshments for the police station's fraud-awareness talk, paid to a local hotel for the first time.",
            T.payment("2026-05-20 16:40",
                      {"name": "吉木萨尔县五彩湾宾馆有限公司", "account_no": ids.card("6230")[:18],
                       "bank": "新疆吉木萨尔农村商业银行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0994")},
                      2600, "会务费", "反诈宣讲会议室及茶歇",
                      text="SAP付款申请5126052004审批完成｜5月20日准东开发区派出所民警来我司开展“反诈进企业”宣讲，财务、采购、销售共86人参加，租用五彩湾宾馆会议室半天及茶歇，合计2,600元，发票已开。",
                      req="E3330", appr=["E3302"], invoice=ids.invoice()),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "first_time_payee", "im_instruction", "new_contact"],
           "A 'new salesman' of the methanol trader says a 62k deposit was paid twice and wants it refunded to a Shanghai affiliate's account instead of the account it came from.",
           T.payment("2026-05-21 10:50",
                     {"name": "上海联顺化工物流有限公司", "account_no": ids.corp_acct("1219", 16),
                      "bank": "招商银行上海分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     62000, "退款", "联顺化工重复付款退回", channel="im", from_name="联顺化工 业务员 孟凡",
                     from_contact=ids.wxid(),
                     text="杜经理好，我是联顺新来的业务员孟凡，邢姐让我对接。上周我们甲醇的定金6.2万付了两次，麻烦把多的那笔退一下。我们新疆公司的账户在变更，退到我们上海关联公司账户就行，账户信息发你了，今天财务能处理吗？",
                     req="E3320", appr=["E3302"]))

    T.scam("order", "contract_fraud", "flag",
           ["small_then_large", "credit_terms_requested", "far_delivery"],
           "A trader whose two earlier small orders were prepaid now wants 2,000 t of methanol on 60-day terms, shipped to a transit depot in another province.",
           T.order("2026-05-25 10:40", hengruida, [(meoh, 2000, "吨", 2020)], channel="phone",
                   address="甘肃省武威市凉州区某危化品中转库（另发定位）", deadline="2026-05-31", terms="货到60天付款",
                   notes="范总电话：前两单合作愉快，这次量大，甲醇2000吨，月底前发完，付款改成货到60天，我们下游是国企，回款慢。收货地址改到甘肃武威的中转库，不再是乌鲁木齐的库。"))

    T.scam("payment", "fake_salary", "block",
           ["payee_not_employee", "personal_account", "im_instruction", "first_time_payee", "payroll_change"],
           "A WeChat message from a 'new hire' asks HR to pay his first month's wages to a 'cousin's' card because his own card is 'not ready'.",
           T.payment("2026-05-26 15:20",
                     {"name": "张秀英", "account_no": ids.card("6228"), "bank": "中国农业银行吉木萨尔县支行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     6480, "工资", "新入职员工阿力木4月工资", channel="im", from_name="阿力木·吾守尔", from_contact=ids.wxid(),
                     text="阿依夏木姐，我是甲醇车间新来的阿力木，银行卡还没办下来，4月工资先打到我表姐张秀英卡上吧，她在农行，卡号发你了，麻烦了。",
                     req="E3330", appr=["E3302"]))

    T.scam("payment", "boss_impersonation", "block",
           ["email_instruction", "lookalike_domain", "balance_probe", "bypass_process", "cannot_call",
            "first_time_payee", "no_approval", "boss_role", "off_hours", "evasion_spacing"],
           "An evening e-mail thread from a look-alike of the company domain (capital I for l) asks for both banks' available balances, then orders 420k to an unknown trading firm, paperwork later.",
           T.payment("2026-05-28 20:35",
                     {"name": "新疆天和盛达商贸有限公司", "account_no": ids.corp_acct("30020104", 19),
                      "bank": "中国工商银行乌鲁木齐北京路支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     420000, "预付款", "原料预付款", channel="email", from_name="韩国栋",
                     from_contact="hanguodong@hengtai-coaI.com",
                     text="孔经理：\n请把今天中行、建行两个户的可 用 余 额报给我，我在外地开会。\n——\n韩总：中行可用2,386万，建行可用415万。孔令辉\n——\n好。天和盛达的原料预付款42万今晚付掉，对方明早发车，合同和审批单我回去补。不要打电话，会场不方便。\n韩国栋",
                     urgent=True, req="E3302", appr=[]))

    T.legit("order", "Hard negative: Large first glycol order from a new polyester maker, paid in full in advance and seen on the bank statement.",
            T.order("2026-06-02 14:50",
                    {"name": "甘肃白银聚源化纤有限公司", "credit_code": ids.uscc("620402"), "contact_name": "曹敏",
                     "phone": ids.landline("0943"), "email": "caomin@juyuan-fiber.com", "im_id": None, "customer_id": None},
                    [(meg, 1000, "吨", 4060)], channel="email", address="甘肃省白银市平川区聚源化纤厂区",
                    deadline="2026-06-20", terms="全额预付（已到账）",
                    notes="新客户，经老客户金丝路聚酯介绍。合同HTXS-2026-088双方盖章，4,060,000元于6月2日上午由客户基本户（甘肃银行白银分行）汇入我司中行账户，财务已在网银核实到账，可以排车。"),
            ["new_customer", "large_first_order"])

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "deposit_words", "first_time_payee", "im_instruction",
            "evasion_traditional"],
           "An acquaintance asks to borrow the corporate account so a friend's 2m can come in and go straight out as someone else's tender deposit, for a 3k 'thank-you'.",
           T.payment("2026-06-03 16:25",
                     {"name": "哈密市天山建设集团有限公司", "account_no": ids.corp_acct("650506", 19),
                      "bank": "中国建设银行哈密分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     2000000, "投标保证金", "代付投标保证金", channel="im", from_name="新疆昌达建安公司 贺总",
                     from_contact=ids.wxid(),
                     text="杜经理，麻烦跟你们财务说一下：我们公司要投哈密一个标，保证金必须公对公从有资质的企业走，我们的戶頭不符合。借用公戶一下，我让朋友的公司先打200万到你们账上，你们收到后原样转给天山建设，当天进当天出，给你们3000块辛苦费。钱已经打过去了，你们查一下。",
                     req="E3320", appr=["E3302"]))

    T.legit("order", "Hard negative: Small drummed-glycol order by WeChat from the established antifreeze workshop.",
            T.order("2026-06-04 11:10", shunxin, [(meg_drum, 2.3, "吨", 4450)], channel="im", deadline="2026-06-04",
                    notes="李顺微信：老样子，工业级乙二醇10桶（230公斤/桶），下午自己开车来拉，钱先转你们公户了。"),
            ["contact_im_only"])

    T.scam("payment", "fake_purchaser", "flag",
           ["fee_asked_of_seller", "first_time_payee", "im_instruction", "no_po_contract"],
           "The 'representative office' now says its group has approved the 3,000 t deal but we must first pay a 12k export 'qualification and inspection' fee to the inspection firm it names.",
           T.payment("2026-06-05 15:35",
                     {"name": "霍尔果斯环宇国际商检服务有限公司", "account_no": ids.corp_acct("305401", 17),
                      "bank": "中国农业银行霍尔果斯分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     12000, "检验费", "出口中亚乙二醇商检及资质审核费", channel="im", from_name="恒远化纤新疆代表处 骆经理",
                     from_contact=rep_wx,
                     text="杜经理，3000吨的合同集团已经批了。出口中亚需要供应商先做资质审核和商检，集团指定霍尔果斯环宇商检，费用1.2万，你们先交，合同签完后在货款里抵扣。今天交了明天就能出报告，下周一签合同。",
                     req="E3320", appr=["E3302"]))

    T.legit("payment", "Hard negative: A sulphur payment made twice by the established fertiliser plant, returned to the same account it came from.",
            T.payment("2026-06-08 12:05",
                      {"name": "奇台县丰达化肥有限公司", "account_no": ids.corp_acct("305304", 17),
                       "bank": "中国农业银行奇台县支行", "account_type": "corporate", "vendor_id": None, "phone": fengda.phone},
                      82500, "退款", "原路退回丰达化肥重复支付的硫磺款",
                      text="SAP付款申请5126060802审批完成｜丰达化肥5月14日硫磺订单货款82,500元于5月15日、5月18日各付一次，两笔均来自其农行基本户（回单已核），经对方吴军来函盖章确认，退回第二笔至原付款账户。",
                      req="E3306", appr=["E3302"]),
            ["refund_words", "overpayment", "first_time_payee"])

    T.scam("payment", "fake_invoice", "flag",
           ["renewal_bill", "authority_words", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
           "A posted 'trademark monitoring notice' dressed up as official warns that a look-alike trademark is being filed and bills 6.6k for 'monitoring and opposition' to a Beijing company.",
           T.payment("2026-06-09 17:10",
                     {"name": "北京中知商标监测服务有限公司", "account_no": ids.corp_acct("1518", 16),
                      "bank": "中国民生银行北京朝阳支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     6600, "服务费", "商标监测及异议代理费", channel="letter", from_name="国家知识产权商标监测中心",
                     from_contact=None,
                     text="《商标监测异议通知函》\n新疆准东恒泰煤基新材料有限公司：\n经监测，近期有申请人在第1类（化工原料）申请注册与贵司商号近似的“恒泰”商标，如不在公告期内提出异议，贵司将失去商号保护。请于6月15日前缴纳商标监测及异议代理费6,600元至北京中知商标监测服务有限公司，逾期视为放弃。",
                     urgent=True, req="E3306", appr=["E3302"]))

    T.scam("payment", "task_rebate", "flag",
           ["crypto", "task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "vague_memo",
            "im_instruction", "no_approval", "urgency"],
           "The cashier, drawn into an 'investment mentor' group, raises 38k as a 'goods prepayment' to a digital-tech company acting as a USDT dealer, told not to mention USDT.",
           T.payment("2026-06-10 10:45",
                     {"name": "深圳市鑫链数字科技有限公司", "account_no": ids.corp_acct("1501", 16),
                      "bank": "平安银行深圳福田支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     38000, "货款", "预付货款", channel="im", from_name="导师-陈老师", from_contact=ids.wxid(),
                     text="陈老师：明天上午10点带单，本轮USDT入金3.8万，跟单收益稳赚15%，当天可提现。\n陈老师：入金走鑫链科技的对公账户（U商），备注写“货款”，别写USDT，不然银行会拦。\n陈老师：名额只剩2个，今晚12点前锁定。",
                     urgent=True, req="E3305", appr=[]))

    T.legit("payment", "Hard negative: Contractual annual volume rebate paid to the established polyester customer's own account.",
            T.payment("2026-06-11 14:20",
                      {"name": "库尔勒金丝路聚酯纤维有限公司", "account_no": ids.corp_acct("30020806", 19),
                       "bank": "中国工商银行库尔勒分行", "account_type": "corporate", "vendor_id": None, "phone": jinsilu.phone},
                      248000, "返利", "2025年度乙二醇采购量返利",
                      text="SAP付款申请5126061103审批完成｜按与金丝路聚酯2025年度购销框架合同HTXS-2025-006第九条，年采购量超过6万吨部分按每吨8元返利，经双方对账确认2025年超量31,000吨，返利248,000元，支付至客户合同载明的工行基本户，对方已提交红字发票信息表。",
                      req="E3320", appr=["E3302", "E3301"]),
            ["task_rebate_words", "first_time_payee"])

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency", "evasion_symbols"],
           "The same 'loan broker' claims the 20m loan is frozen by a typo in our account number and wants a 30k 'unfreezing fee' on his personal card, the word split by zero-width spaces.",
           T.payment("2026-06-12 11:00",
                     {"name": "邹凯", "account_no": ids.card("6226"), "bank": "中国光大银行北京西城支行",
                      "account_type": "personal", "vendor_id": None, "phone": broker_mobile},
                     30000, "解冻费", "贷款资金解冻金", channel="phone", from_name="华信金控 项目经理 邹凯",
                     from_contact=broker_mobile,
                     text="【电话记录】邹凯称2000万贷款已经放款，但我司预留的收款账号有一位数字填错，资金被银行系统冻结，需要缴纳解\u200b冻金3万元到他本人账户，由他去银行“走内部流程”，解\u200b冻后连同贷款一起到账，今天下班前必须处理，否则资金退回总行。",
                     urgent=True, req="E3302", appr=["E3301"]))

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "fee_words", "first_time_payee", "phone_instruction", "urgency"],
           "A caller posing as the emergency-management inspectors demands an 18k 'fine and rectification fee' to a private 'safety service centre' with no written penalty decision.",
           T.payment("2026-06-16 15:50",
                     {"name": "新疆安评技术服务中心有限公司", "account_no": ids.corp_acct("1070", 16),
                      "bank": "中国银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     18000, "整改费", "安全检查整改及罚款", channel="phone",
                     from_name="自称昌吉州应急管理局执法支队 何科长", from_contact=ids.mobile(),
                     text="【安环部黄志刚来电记录】对方称上周“安全生产专项检查”我司甲醇罐区存在重大隐患，按规定罚款1.2万，另需缴纳隐患整改评估费6000元，两项合并交至“安评技术服务中心”，交费后出具整改合格报告，否则下周停产整顿。对方未出具书面处罚决定书。",
                     urgent=True, req="E3340", appr=["E3302"]))

    T.legit("payment", "Hard negative: Sulphuric acid from the supplier whose account was changed in December on a stamped letter and confirmed by a call-back to the number on file.",
            T.payment("2026-06-17 11:35", acid, 96800, "货款", "98%工业硫酸88吨",
                      text="SAP付款申请5126061701审批完成｜宏泰化工物资 98%工业硫酸88吨｜该供应商2025年12月凭加盖公章的账户变更函变更收款账户，当日孔令辉按档案座机回拨核实，此后已按新账户付款多次｜合同HTCG-2026-009",
                      req="E3310", appr=["E3302"], contract="HTCG-2026-009", invoice=ids.invoice(),
                      verification={"callback_done": True, "callback_number": acid.phone, "verified_by": "E3302",
                                    "verified_at": "2025-12-03 17:20"}),
            ["account_changed_long_ago", "account_change_words"])

    T.scam("order", "overpayment_refund", "block",
           ["new_customer", "overpayment", "fake_payment_proof", "refund_to_other_account", "contact_im_only",
            "urgency", "evasion_fullwidth"],
           "A new methanol trader's 'e-receipt' shows 50k too much, money 'arriving in two hours', and it wants the excess sent now to its own supplier; figures typed full-width.",
           T.order("2026-06-22 10:40",
                   {"name": "新疆润通达化工贸易有限公司", "credit_code": ids.uscc("650104"), "contact_name": "祁总",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(meoh, 30, "吨", 2050)], channel="im", address="乌鲁木齐市米东区化工园区润通达仓库",
                   deadline="2026-06-24",
                   third_party={"name": "新疆泰和源化工原料有限公司", "contact": ids.mobile(), "role": "refund_recipient",
                                "amount": 50000},
                   notes="祁总微信：电子回单截图发你了，财务转了１１１，５００元，多转了５万，是上游的货款转错了。银行显示对公跨行２小时到账，麻烦你们先把多的５万退给我们上游泰和源化工，账户我发你，今天下午就要。"))

    T.scam("payment", "contract_fraud", "flag",
           ["middleman_fee", "bigproject_words", "personal_account", "first_time_payee", "no_po_contract", "im_instruction"],
           "A 'middleman' promising a guaranteed win in a power group's annual methanol tender wants an 80k finder's fee on his personal card, with no invoice possible.",
           T.payment("2026-06-23 14:05",
                     {"name": "刘金海", "account_no": ids.card("6222"), "bank": "中国工商银行北京海淀支行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     80000, "居间费", "发电集团甲醇年度集采项目居间服务费", channel="im", from_name="刘金海（中间人）",
                     from_contact=ids.wxid(),
                     text="杜经理，某发电集团新疆区域甲醇年度集采的事我已经打点好了，评标专家都是熟人，保证你们中标，年采购量5万吨。按规矩先付8万居间费，中标后再付两个点。这个钱只能走个人卡，发票没法开，你跟你们老板说一下。",
                     req="E3320", appr=["E3302", "E3300"]))

    T.legit("payment", "Hard negative: Second instalment of the safety assessment the emergency-management bureau asked for, paid to the regular consultancy.",
            T.payment("2026-06-24 11:15", safety, 68000, "咨询费", "甲醇罐区安全现状评价（第二期）",
                      text="SAP付款申请5126062401审批完成｜按昌吉州应急管理局复查意见（吉应急复查〔2026〕17号）委托正信安全编制甲醇罐区安全现状评价报告，合同HTAQ-2026-002第二期款，报告已通过专家评审。",
                      req="E3340", appr=["E3302"], contract="HTAQ-2026-002", invoice=ids.invoice()),
            ["authority_words"])

    new_oh_acct = ids.corp_acct("8010", 18)
    T.scam("payment", "account_change", "flag",
           ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
           "Structural only: the overhaul contractor's bank details were re-keyed 34 days ago to an account at a Guangdong bank, never called back, and this is the first payment to it.",
           T.payment("2026-06-29 10:55", overhaul, 74300, "维修费", "5月空分装置检修款", req="E3306", appr=["E3302"],
                     contract="HTWX-2026-002", invoice=ids.invoice(), changed="2026-05-26 09:45",
                     payee_over={"account_no": new_oh_acct, "bank": "广东南粤银行东莞分行"}))

    T.legit("payment", "Hard negative: Half-year freight settlement approved late in the evening so the books can close, paid to the long-standing carrier.",
            T.payment("2026-06-30 21:05", hauler, 212400, "运费", "6月危化品运费（半年结账前结清）",
                      text="SAP付款申请5126063007审批完成（加急）｜半年度关账前结清安顺6月运费，运费对账单已双方盖章，发票已到；孔令辉、伍建英于21:00前完成审批｜供应商：安顺危运",
                      urgent=True, req="E3306", appr=["E3302", "E3301"], contract="HTWL-2026-001", invoice=ids.invoice()),
            ["urgency", "off_hours", "account_changed_long_ago"])

    T.scam("order", "fake_purchaser", "flag",
           ["institution_claim", "hazardous_no_permit", "residential_delivery", "third_party_payer", "new_customer",
            "free_mail"],
           "A 'university research group' wants methanol and DMC paid from a lecturer's own pocket, permits 'in progress', delivered to a rented village courtyard.",
           T.order("2026-07-01 11:50",
                   {"name": "新疆某高校化学化工学院（课题组）", "credit_code": None, "contact_name": "课题组 郭老师",
                    "phone": ids.mobile(), "email": "guo_lab2026@qq.com", "im_id": None, "customer_id": None},
                   [(meoh, 5, "吨", 2300), ("碳酸二甲酯（DMC）", 2, "吨", 4100)], channel="email",
                   address="乌鲁木齐市米东区某村民自建院落（课题组中试点）", deadline="2026-07-03",
                   terms="课题经费个人垫付，货到付款",
                   notes="郭老师邮件：课题组中试需要甲醇5吨、DMC 2吨，学校采购流程太慢，由我个人先付款，发票开学校抬头。危化品购买备案学校那边在办，先发货。收货地址是中试点（村里租的院子），到了打我电话。"))

    T.scam("payment", "account_lending", "flag",
           ["in_out_match", "first_time_payee", "vague_memo"],
           "Structural only: 350k arrived this morning from a firm with no order, and the same day 348k goes out as a 'current account' payment to an unrelated company.",
           T.payment("2026-07-02 15:25",
                     {"name": "乌鲁木齐鑫盛达物资有限公司", "account_no": ids.corp_acct("5120", 18),
                      "bank": "兴业银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     348000, "往来款", "往来款", req="E3306", appr=["E3302"]))

    T.legit("payment", "Hard negative: Totes bought from our own vetted supplier because the trader's AVL specifies them, after the trader's prepayment cleared.",
            T.payment("2026-07-07 14:30", totes, 54000, "货款", "联顺化工指定认证吨桶90只（乙二醇灌装）",
                      text="SAP付款申请5126070702审批完成｜联顺化工6月订单（{ORDER}）要求乙二醇灌装使用其AVL认证的华盾IBC吨桶，客户货款及包装费已于6月26日全额到账（中行回单已核），华盾为我司合格供应商，按采购合同HTCG-2026-014执行。",
                      req="E3310", appr=["E3302"], order=REF("ht_ls"), contract="HTCG-2026-014", invoice=ids.invoice()),
            ["designated_supplier", "sales_order_linked"])

    T.scam("order", "fake_order", "block",
           ["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
            "contact_im_only", "urgency", "evasion_homophone"],
           "A 'state builder's project materials office' chatting on QQ (name spelled with a homophone) claims its 90k transfer is delayed and asks us to pay 64k today for explosion-proof radios from the shop it names.",
           T.order("2026-07-08 16:55",
                   {"name": "中建某局援疆项目部物资部", "credit_code": None, "contact_name": "物资部 孙主任", "phone": ids.mobile(),
                    "email": None, "im_id": "QQ:" + ids.qq(), "customer_id": None},
                   [(meg_drum, 20, "吨", 4500)], channel="im", address="哈密市伊州区某援疆项目工地", deadline="2026-07-12",
                   terms="对公转账（称已付）",
                   third_party={"name": "乌鲁木齐迅通防爆电器经营部", "contact": ids.mobile(), "role": "designated_supplier",
                                "amount": 64000},
                   notes="孙主任扣扣留言：防冻液的货款9万已经对公转了，截图发你，银行说对公跨行延迟到账。项目上还缺40台防爆对讲机，指定迅通那家，他们要先款后货，你们先帮付6.4万，和防冻液一起结算给你们，工地明天验收。"))

    return T.finish()
