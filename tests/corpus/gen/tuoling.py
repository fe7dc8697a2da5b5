"""Tenant 4: 库尔勒驼铃危货物流有限公司 — hazardous-goods road haulage, Korla development zone."""
import random
from common import Tenant, Party, Customer, REF

KEY = "tuoling"


def build(ids):
    rng = random.Random(44)
    staff = {
        "E5800": "屈建国",              # 总经理（老板）
        "E5801": "阿布都热合曼·买买提",   # 副总经理
        "E5802": "侯春梅",              # 财务经理
        "E5805": "韦小丽",              # 出纳
        "E5806": "杜娟",                # 会计
        "E5810": "詹立",                # 调度
        "E5820": "麦麦提江·吐尔逊",      # 业务经理
        "E5830": "乔永平",              # 车队长
        "E5840": "吕红",                # 人事行政
    }

    def erp(memo, party, contract, invoice, when, n):
        short = party.short if isinstance(party, Party) else party["name"]
        s = f"畅捷通T+付款单FK{when[2:10].replace('-', '')}-{n:02d}（已审）：{memo}｜{short}"
        if contract:
            s += f"｜{contract}"
        if invoice:
            s += f"｜票{invoice}"
        return s

    T = Tenant(KEY, "TL-FK", "TL-YD", ids.corp_acct("650501", 19), "库尔勒驼铃危货物流有限公司", staff, erp)

    fuel = Party("库尔勒丝路石化能源有限公司", ids.corp_acct("650509", 19), "中国建设银行库尔勒分行",
                 vendor_id="V-TL01", phone=ids.landline("0996"), short="丝路石化（加油卡）")
    garage = Party("库尔勒鑫驰汽车维修服务有限公司", ids.corp_acct("8120", 18), "新疆库尔勒农村商业银行",
                   vendor_id="V-TL02", phone=ids.landline("0996"), short="鑫驰汽修")
    leasing = Party("新疆金驼融资租赁有限公司", ids.corp_acct("30020106", 19), "中国工商银行乌鲁木齐分行",
                    vendor_id="V-TL03", phone=ids.landline("0991"), changed_at="2025-07-20 10:30", short="金驼租赁")
    insurer = Party("新疆丝路财产保险股份有限公司巴州中心支公司", ids.corp_acct("1080", 16), "中国银行库尔勒分行",
                    vendor_id="V-TL04", phone=ids.landline("0996"), short="丝路财险巴州")
    gps = Party("新疆北斗卫通信息技术有限公司", ids.corp_acct("30020107", 19), "中国工商银行乌鲁木齐高新区支行",
                vendor_id="V-TL05", phone=ids.landline("0991"), short="北斗卫通")
    etc = Party("新疆通衢智慧交通发展有限公司", ids.corp_acct("650510", 19), "中国建设银行乌鲁木齐分行",
                vendor_id="V-TL06", phone=ids.landline("0991"), short="通衢ETC")
    tanktest = Party("巴州华安罐体检测有限公司", ids.corp_acct("305801", 17), "中国农业银行库尔勒分行",
                     vendor_id="V-TL07", phone=ids.landline("0996"), short="华安罐检")
    yard = Party("库尔勒开发区物流园运营管理有限公司", ids.corp_acct("305802", 17), "中国农业银行库尔勒开发区支行",
                 vendor_id="V-TL08", phone=ids.landline("0996"), changed_at="2025-10-09 15:10", short="物流园运营")
    tyres = Party("库尔勒市老杨轮胎经营部", ids.card("6228"), "中国农业银行库尔勒分行", account_type="personal",
                  vendor_id="V-TL09", phone=ids.mobile(), short="老杨轮胎（个体）")
    d_erken = Party("艾尔肯·吐尔逊", ids.card("6228"), "中国农业银行库尔勒分行", account_type="personal",
                    vendor_id="V-TL21", phone=ids.mobile(), short="艾尔肯·吐尔逊（新M·2T518）")
    d_sun = Party("孙建军", ids.card("6217"), "中国建设银行库尔勒分行", account_type="personal",
                  vendor_id="V-TL22", phone=ids.mobile(), short="孙建军（新M·3K261）")
    d_yang = Party("杨德胜", ids.card("6222"), "中国工商银行库尔勒分行", account_type="personal",
                   vendor_id="V-TL23", phone=ids.mobile(), short="杨德胜（新M·5H907）")
    bank_int = Party("中国建设银行库尔勒分行贷款利息收入户", ids.corp_acct("650511", 19), "中国建设银行库尔勒分行",
                     vendor_id="BK-TL01", short="建行库尔勒分行")
    payroll = Party("中国建设银行库尔勒分行代发工资专户", ids.corp_acct("650512", 19), "中国建设银行库尔勒分行",
                    vendor_id="PAY-TL", short="建行代发工资专户")
    tax = Party("国家金库库尔勒市支库", ids.corp_acct("652801", 17), "国家金库库尔勒市支库", vendor_id="TAX-TL",
                short="国家金库库尔勒市支库")

    kongque = Customer("巴州孔雀河化工有限公司", ids.uscc("652801", new_style=False), "袁芳", ids.landline("0996"),
                       "yuanf@kqh-chem.com", None, "C-TL01", "库尔勒经济技术开发区孔雀河化工厂区", "孔雀河化工")
    jinqiao = Customer("轮台县金桥天然气有限公司", ids.uscc("652822"), "常海军", ids.landline("0996"),
                       "chj@lt-jinqiao.com", None, "C-TL02", "轮台县工业园金桥LNG工厂", "金桥天然气")
    boyuan = Customer("库尔勒博源棉业有限公司", ids.uscc("652801"), "谭红", ids.landline("0996"),
                      "tanhong@bycotton.cn", None, "C-TL03", "库尔勒市上户镇博源棉业加工厂", "博源棉业")
    huinong = Customer("尉犁县惠农农资有限公司", ids.uscc("652823"), "刘满仓", ids.mobile(), None, ids.wxid(),
                       "C-TL04", "尉犁县城南农资市场惠农门市", "惠农农资")
    tiancheng = Customer("阿克苏天成建材有限公司", ids.uscc("652901"), "蒲建国", ids.landline("0997"),
                         "pujg@aks-tiancheng.com", None, "C-TL05", "阿克苏市纺织工业城天成建材", "天成建材")

    def pay(when, party, amt, purpose, memo, note, test=False, req="E5806", appr=("E5802",), contract=None,
            invoice=True):
        b = T.payment(when, party, amt, purpose, memo, req=req, appr=list(appr), contract=contract,
                      invoice=ids.invoice() if invoice else None)
        if test:
            T.legit("payment", "Routine: " + note, b)
        else:
            T.hist("payment", note, b)
        return b

    def order(when, cust, items, note, notes, channel="erp", terms="款到发运", deadline=None, test=False, ref=None):
        b = T.order(when, cust, items, channel=channel, terms=terms, deadline=deadline, notes=notes, ref=ref)
        if test:
            T.legit("order", "Routine: " + note, b)
        else:
            T.hist("order", note, b)

    # ================================================================== history
    for when, amt, cars in [("2026-03-18 11:20", 176500, 41), ("2026-03-25 15:40", 182300, 42),
                            ("2026-04-01 10:50", 179800, 42), ("2026-04-08 16:10", 185200, 42),
                            ("2026-04-15 11:35", 188600, 43), ("2026-04-22 15:25", 181400, 43),
                            ("2026-04-29 10:45", 190200, 43), ("2026-05-06 16:05", 176900, 42),
                            ("2026-05-13 11:15", 183700, 42), ("2026-05-20 15:50", 187400, 43),
                            ("2026-05-27 10:40", 184100, 42), ("2026-06-03 15:15", 189300, 42)]:
        pay(when, fuel, amt, "燃油费", rng.choice([f"加油卡充值（{cars}台车）", f"车队加油卡周充值，{cars}台", f"柴油加油卡充值（本周{cars}台）"]),
            "Weekly fuel-card top-up for the fleet at the regular fuel company.", req="E5805", contract="TL-CG-2026-001")
    dup_inv = ids.invoice()
    for when, memo, amt, iv in [("2026-04-10 15:55", "罐车二保及刹车片更换（5台）", 38600.00, ids.invoice()),
                                ("2026-04-24 11:25", "牵引车发动机大修（新M·2T518）", 52400.00, ids.invoice()),
                                ("2026-05-15 16:30", "挂车悬架及气路检修（4台）", 29750.00, dup_inv),
                                ("2026-05-29 11:10", "罐车二保（6台）", 41200.00, ids.invoice())]:
        T.hist("payment", "Repairs at the regular garage.",
               T.payment(when, garage, amt, "维修费", memo, req="E5806", appr=["E5802"], contract="TL-WX-2026-002", invoice=iv))
    for when, memo in [("2026-03-16 11:05", "3月车辆融资租赁租金"), ("2026-04-15 16:20", "4月车辆融资租赁租金"),
                       ("2026-05-15 10:55", "5月车辆融资租赁租金")]:
        T.hist("payment", "Monthly lease instalment to the leasing company whose account change dates from July 2025.",
               T.payment(when, leasing, 386000.00, "租金", memo, req="E5806", appr=["E5802", "E5800"],
                         contract="JT-ZL-2025-018", invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-20 15:30", "危货车辆承运人责任险及商业险（第一批14台）", 186420.00),
                            ("2026-05-08 11:45", "危货车辆承运人责任险及商业险（第二批9台）", 118960.00)]:
        T.hist("payment", "Vehicle insurance premiums to the regular insurer.",
               T.payment(when, insurer, amt, "保险费", memo, req="E5806", appr=["E5802", "E5800"], invoice=ids.invoice()))
    for when, memo in [("2026-03-25 11:10", "3月北斗监控平台服务费"), ("2026-04-24 15:45", "4月北斗监控平台服务费"),
                       ("2026-05-25 11:30", "5月北斗监控平台服务费")]:
        T.hist("payment", "Monthly GPS-monitoring fee.",
               T.payment(when, gps, 4860.00, "服务费", memo, req="E5806", appr=["E5802"], contract="TL-FW-2026-003",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-19 16:25", "ETC卡充值（3月）", 88000.00), ("2026-04-17 11:05", "ETC卡充值（4月）", 95000.00),
                            ("2026-05-18 15:35", "ETC卡充值（5月）", 91000.00)]:
        T.hist("payment", "Monthly toll-card top-up.",
               T.payment(when, etc, amt, "通行费", memo, req="E5805", appr=["E5802"], contract="TL-FW-2026-004"))
    for when, memo, amt in [("2026-04-09 11:50", "罐车罐体年度检验（5台）", 15500.00), ("2026-05-21 16:15", "罐体紧急切断阀及安全阀校验（8台）", 11200.00)]:
        T.hist("payment", "Tank inspections by the regular testing company.",
               T.payment(when, tanktest, amt, "检测费", memo, req="E5806", appr=["E5802"], contract="TL-FW-2026-005",
                         invoice=ids.invoice()))
    for when, memo in [("2026-03-31 11:40", "3月停车场及场地租金"), ("2026-04-30 15:20", "4月停车场及场地租金"),
                       ("2026-05-29 16:05", "5月停车场及场地租金")]:
        T.hist("payment", "Yard rent to the logistics-park operator whose account change dates from Oct 2025.",
               T.payment(when, yard, 58000.00, "租金", memo, req="E5806", appr=["E5802"], contract="TL-ZL-2026-001",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-04-14 16:35", "更换轮胎（8条）", 11200.00), ("2026-05-19 11:20", "更换轮胎（10条）及补胎", 14350.00)]:
        T.hist("payment", "Tyres from the local sole-trader tyre shop, paid to its owner's account.",
               T.payment(when, tyres, amt, "货款", memo, req="E5806", appr=["E5802"], invoice=ids.invoice()))
    for party, dates in [(d_erken, [("2026-03-31 15:10", 24860.00), ("2026-04-16 11:20", 26310.00), ("2026-04-30 16:35", 23740.00),
                                    ("2026-05-15 15:05", 27150.00), ("2026-05-29 15:40", 25920.00)]),
                         (d_sun, [("2026-03-31 16:20", 29400.00), ("2026-04-30 11:15", 31860.00), ("2026-05-29 11:50", 30450.00)]),
                         (d_yang, [("2026-04-16 15:25", 17920.00), ("2026-05-15 11:40", 19360.00)])]:
        for when, amt in dates:
            half = "上半月" if int(when[8:10]) <= 20 else "下半月"
            month = int(when[5:7]) - (1 if int(when[8:10]) <= 20 else 0)
            if party is d_sun:
                memo = f"{int(when[5:7])}月挂靠车辆运费"
            else:
                memo = f"{month}月{'下半月' if half == '上半月' else '上半月'}挂靠车辆运费"
            T.hist("payment", "Freight settlement to an owner-driver attached to the fleet, paid to his own card.",
                   T.payment(when, party, amt, "运费", memo,
                             req="E5806", appr=["E5802"], contract="TL-GK-2026-0" + party.vendor_id[-2:]))
    for when, memo, amt in [("2026-04-10 17:40", "3月工资代发（86人）", 586420.00), ("2026-05-11 17:25", "4月工资代发（87人）", 592160.00)]:
        T.hist("payment", "Monthly payroll through the bank's payroll account.",
               T.payment(when, payroll, amt, "工资", memo, req="E5840", appr=["E5802", "E5800"],
                         text=f"畅捷通T+工资发放单（已审）：{memo}，工资表经人事、财务双签"))
    for when, memo, amt in [("2026-03-17 11:30", "2月增值税及附加", 86412.37), ("2026-04-16 15:35", "3月增值税及附加、一季度企业所得税预缴", 214836.90),
                            ("2026-05-20 11:25", "4月增值税及附加", 92718.44)]:
        T.hist("payment", "Monthly tax through the e-tax bureau.",
               T.payment(when, tax, amt, "税款", memo, req="E5806", appr=["E5802"], text=f"电子税务局三方协议扣款：{memo}"))
    for when, memo in [("2026-03-20 11:50", "车辆购置贷款利息（3月）"), ("2026-04-20 16:40", "车辆购置贷款利息（4月）"),
                       ("2026-05-20 16:10", "车辆购置贷款利息（5月）")]:
        T.hist("payment", "Monthly loan interest to the lending bank.",
               T.payment(when, bank_int, 41250.00, "利息", memo, req="E5806", appr=["E5802"],
                         text=f"畅捷通T+付款单（已审）：建行车辆购置贷款（合同CCB-KEL-2025-117，本金1100万，年利率4.5%）{memo}，按扣息通知支付"))

    soda_route = "液碱运输（库尔勒—阿克苏）"
    hcl_route = "盐酸运输（库尔勒—轮台）"
    lng_route = "LNG运输（轮台—和田）"
    for when, items, dl in [("2026-03-17 15:45", [(soda_route, 320, "吨", 165)], "2026-03-21"),
                            ("2026-04-02 11:05", [(soda_route, 300, "吨", 165), (hcl_route, 120, "吨", 58)], "2026-04-07"),
                            ("2026-04-21 16:15", [(soda_route, 340, "吨", 165)], "2026-04-25"),
                            ("2026-05-12 11:35", [(soda_route, 310, "吨", 168)], "2026-05-16"),
                            ("2026-05-26 15:30", [(soda_route, 330, "吨", 168), (hcl_route, 100, "吨", 58)], "2026-05-30")]:
        order(when, kongque, items, "Caustic-soda haulage booked by the established chemical plant.",
              rng.choice(["年度运输合同TL-YS-2026-002，月结30天", "按年度运输合同派车，月结"]), terms="月结30天", deadline=dl)
    for when, n, dl in [("2026-03-23 11:25", 12, "2026-03-31"), ("2026-04-23 15:50", 14, "2026-04-30"),
                        ("2026-05-21 11:45", 13, "2026-05-29")]:
        order(when, jinqiao, [(lng_route, n, "车次", 9800)], "LNG haulage booked by the established gas plant.",
              "LNG槽车，运费预付，按车次结算", deadline=dl)
    for when, t, dl in [("2026-03-26 16:05", 420, "2026-03-30"), ("2026-05-06 11:20", 380, "2026-05-09")]:
        order(when, boyuan, [("棉粕运输（库尔勒—乌鲁木齐）", t, "吨", 120)], "Cotton-meal haulage booked by the established ginner.",
              "普货运输，款到发运", deadline=dl)
    for when, t, dl in [("2026-04-07 12:10", 30, "2026-04-08"), ("2026-05-14 16:40", 28, "2026-05-15")]:
        order(when, huinong, [("化肥运输（库尔勒—尉犁）", t, "吨", 60)], "Small fertiliser haul booked by WeChat by the established farm-supply shop.",
              rng.choice(["刘老板微信约车，到货后转公户", "微信下单，运费到货结清"]), channel="im", terms="到货结清", deadline=dl)
    for when, t, dl in [("2026-04-09 15:30", 600, "2026-04-14"), ("2026-05-22 11:55", 560, "2026-05-27")]:
        order(when, tiancheng, [("粉煤灰运输（库尔勒—阿克苏）", t, "吨", 95)], "Fly-ash haulage booked by the established building-materials plant.",
              "散装罐车，款到发运", deadline=dl)

    # ================================================================== test: routine
    order("2026-06-10 10:30", kongque, [(soda_route, 320, "吨", 168)], "Caustic-soda haulage booked by the established chemical plant.",
          "按年度运输合同派车，月结", terms="月结30天", deadline="2026-06-14", test=True)
    pay("2026-06-22 10:15", gps, 4860, "服务费", "6月北斗监控平台服务费", "Monthly GPS-monitoring fee.", test=True,
        contract="TL-FW-2026-003")
    order("2026-06-26 10:40", jinqiao, [(lng_route, 12, "车次", 9800)], "LNG haulage booked by the established gas plant.",
          "LNG槽车，运费预付", deadline="2026-07-03", test=True)
    pay("2026-07-03 10:55", garage, 33800, "维修费", "罐车二保（5台）", "Repairs at the regular garage.", test=True,
        contract="TL-WX-2026-002")
    order("2026-07-09 10:20", tiancheng, [("粉煤灰运输（库尔勒—阿克苏）", 580, "吨", 95)],
          "Fly-ash haulage booked by the established building-materials plant.", "散装罐车，款到发运", deadline="2026-07-14", test=True)
    pay("2026-07-17 11:10", insurer, 76400, "保险费", "车辆商业险续保（8台）", "Vehicle insurance premiums to the regular insurer.",
        test=True, appr=("E5802", "E5800"))
    order("2026-07-23 11:35", kongque, [(soda_route, 300, "吨", 168), (hcl_route, 110, "吨", 58)],
          "Caustic-soda haulage booked by the established chemical plant.", "按年度运输合同派车，月结", terms="月结30天",
          deadline="2026-07-27", test=True)
    order("2026-08-05 10:45", jinqiao, [(lng_route, 15, "车次", 9800)], "LNG haulage booked by the established gas plant.",
          "LNG槽车，运费预付；客户要求罐箱经其认可的华安罐检做气密性检测，检测费随运费预付", deadline="2026-08-14",
          test=True, ref="tl_jq")
    pay("2026-08-10 10:30", garage, 27600, "维修费", "挂车制动系统检修（3台）", "Repairs at the regular garage.", test=True,
        contract="TL-WX-2026-002")
    pay("2026-08-24 11:10", gps, 4860, "服务费", "8月北斗监控平台服务费", "Monthly GPS-monitoring fee.", test=True,
        contract="TL-FW-2026-003")
    order("2026-09-01 11:25", boyuan, [("棉籽运输（库尔勒—乌鲁木齐）", 450, "吨", 125)], "Cottonseed haulage booked by the established ginner.",
          "普货运输，款到发运", deadline="2026-09-05", test=True)
    pay("2026-09-02 10:40", garage, 36900, "维修费", "秋季棉花运输前车辆检修（6台）", "Repairs at the regular garage.", test=True,
        contract="TL-WX-2026-002")

    # ================================================================== test: scams and hard negatives
    T.legit("payment", "Hard negative: Weekly fuel-card top-up for the fleet, paid to the regular fuel company.",
            T.payment("2026-06-08 11:05", fuel, 186000, "燃油费", "加油卡充值（6月第2周，42台车）", req="E5805", appr=["E5802"],
                      contract="TL-CG-2026-001", invoice=ids.invoice()),
            ["topup_words"])

    T.scam("payment", "fake_salary", "block",
           ["payee_shared_by_employees", "payee_not_employee", "personal_account", "im_instruction", "new_contact",
            "first_time_payee", "payroll_change", "evasion_homophone"],
           "A 'new WeChat' (the app name spelled with a homophone) of an escort guard asks that the whole six-man escort crew's wages go to his wife's card.",
           T.payment("2026-06-09 15:20",
                     {"name": "马秀兰", "account_no": ids.card("6230"), "bank": "新疆库尔勒农村商业银行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     37800, "工资", "5月押运员工资（6人）", channel="im", from_name="押运员 马小军", from_contact=ids.wxid(),
                     text="侯经理，我是押运组的马小军，我换了个威信。我们押运组6个人这个月工资都打到我媳妇马秀兰的卡上吧，她在农商行，取现方便，我们几个自己分，名单和金额我发你了。",
                     req="E5840", appr=["E5802"]))

    T.legit("payment", "Hard negative: Freight settlement to an attached owner-driver, paid as usual to his own card.",
            T.payment("2026-06-11 16:40", d_erken, 26840, "运费", "5月下半月挂靠车辆运费", req="E5806", appr=["E5802"],
                      contract="TL-GK-2026-021"),
            ["personal_account"])

    T.scam("payment", "authority_impersonation", "block",
           ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
            "no_approval", "urgency", "evasion_spacing"],
           "A caller posing as the transport enforcement squad ties two tankers to a criminal case and demands 360k into a 'supervised account' for fund checks, the key words spaced out in the notes.",
           T.payment("2026-06-12 11:15",
                     {"name": "巴州交通运输综合执法资金监管户", "account_no": ids.corp_acct("3881", 19),
                      "bank": "中国光大银行广州分行", "account_type": "unknown", "vendor_id": None, "phone": None},
                     360000, "资金核查", "配合涉案车辆资金核查", channel="phone",
                     from_name="自称巴州交通运输局执法支队 马队长", from_contact=ids.landline("0996"),
                     text="【屈总转来的来电记录】对方称我司两台危货车辆（新M·2T518、新M·5H907）涉及一起跨省非法运输案件，公安已立案，需要对公司账户资 金 核 查，要求今天16点前把36万转入监 管 账 户，核查完退回，期间不得对外声张，否则吊销道路运输许可证。",
                     urgent=True, req="E5802", appr=[]))

    T.legit("payment", "Hard negative: Monthly lease instalment to the leasing company whose account change dates from July 2025.",
            T.payment("2026-06-15 10:50", leasing, 386000, "租金", "6月车辆融资租赁租金", req="E5806", appr=["E5802", "E5800"],
                      contract="JT-ZL-2025-018", invoice=ids.invoice()),
            ["account_changed_long_ago"])

    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "personal_account", "first_time_payee", "vague_memo", "no_approval", "urgency",
            "im_instruction", "evasion_pinyin"],
           "The dispatcher dresses up an 8k 'driver advance' to a stranger's card that is really the third paid step in a like-and-brush task group (half in pinyin).",
           T.payment("2026-06-16 14:35",
                     {"name": "黄志鹏", "account_no": ids.card("6217"), "bank": "中国建设银行东莞分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     8000, "借支", "司机借支", channel="im", from_name="兼职任务群-管理员", from_contact=ids.wxid(),
                     text="【日结兼职】点赞关注+shua单，做一单返一单，本金+佣金秒返\n你的第3单需要垫付8000，完成后返9200\n收款：黄志鹏 建行\n注意：30分钟内完成，超时任务作废不退",
                     urgent=True, req="E5810", appr=[]))

    fire_wx = ids.wxid()
    fire_shop = ids.mobile()
    T.scam("order", "fake_order", "flag",
           ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only", "urgency"],
           "A caller for a 'county fire brigade' books two trucks to Ruoqiang and asks us to buy 120 drums of foam concentrate from the dealer he names and bill it with the freight.",
           T.order("2026-06-16 16:20",
                   {"name": "若羌县消防救援大队（自称）", "credit_code": None, "contact_name": "后勤 王助理", "phone": ids.mobile(),
                    "email": None, "im_id": fire_wx, "customer_id": None},
                   [("消防物资运输（库尔勒—若羌）", 2, "车次", 8600)], channel="phone", address="若羌县某消防站（电话引导）",
                   deadline="2026-06-19", terms="任务完成后对公结算",
                   third_party={"name": "库尔勒丰源消防器材经销部", "contact": fire_shop, "role": "designated_supplier",
                                "amount": 26400},
                   notes="王助理来电：两车消防物资送若羌大队，运费不谈。另外大队要补120桶水成膜泡沫灭火剂，只认丰源那家的（说是上级指定品牌），麻烦你们帮忙采购随车带过去，灭火剂钱跟运费一起结，周五前必须到。",
                   ref="tl_fire"))

    T.legit("payment", "Hard negative: Monthly toll-card top-up paid to the regular ETC operator.",
            T.payment("2026-06-17 11:40", etc, 92000, "通行费", "ETC卡充值（6月）", req="E5805", appr=["E5802"],
                      contract="TL-FW-2026-004"),
            ["topup_words"])

    T.scam("payment", "fake_order", "block",
           ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof",
            "im_instruction", "urgency", "evasion_homophone"],
           "The 'fire brigade' contact says its payment is pending and asks us to pay the dealer 26.4k now, adding that he can be reached on QQ (spelled with a homophone).",
           T.payment("2026-06-18 10:20",
                     {"name": "张丰源", "account_no": ids.card("6228"), "bank": "中国农业银行库尔勒分行",
                      "account_type": "personal", "vendor_id": None, "phone": fire_shop},
                     26400, "代采购", "代消防大队采购泡沫灭火剂120桶", channel="im", from_name="若羌县消防救援大队 王助理",
                     from_contact=fire_wx,
                     text="麦经理，大队的款财务走对公，已经提交了，截图给你了，这两天到。丰源那边不见钱不发货，周五就要用，你们先付2.64万给张老板，运费和灭火剂款一起结。有事加我扣扣，微信信号不好。",
                     urgent=True, req="E5820", appr=["E5802"], order=REF("tl_fire")))

    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "first_time_payee",
            "no_approval", "boss_role", "deposit_words", "urgency", "evasion_traditional"],
           "A new WeChat account posing as the owner, typing in traditional characters, asks the cashier for a balance screenshot and then a 96k deposit on two new trucks to a dealer never paid before.",
           T.payment("2026-06-23 15:50",
                     {"name": "库尔勒瑞通汽车销售服务有限公司", "account_no": ids.corp_acct("8121", 18),
                      "bank": "新疆库尔勒农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     96000, "定金", "新车订车定金（2台）", channel="im", from_name="屈建国", from_contact=ids.wxid(),
                     text="屈建國：小麗，帳上還有多少錢？截個圖給我\n韋小麗：屈總，建行可用318萬\n屈建國：瑞通那邊兩台新車先交定金9.6萬，今天交了能優惠，賬戶我發你，你先轉，合同我回來簽\n屈建國：我在外面陪客戶，不方便接電話",
                     urgent=True, req="E5805", appr=[]))

    T.legit("order", "Hard negative: Small fertiliser haul booked by WeChat by the established farm-supply shop.",
            T.order("2026-06-24 11:30", huinong, [("化肥运输（库尔勒—尉犁）", 35, "吨", 60)], channel="im", terms="到货结清",
                    deadline="2026-06-25", notes="惠农刘老板微信：明天拉35吨复合肥到尉犁门市，运费老价格，到了转公户。"),
            ["contact_im_only"])

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency", "evasion_pinyin"],
           "A 'vehicle-loan officer' says an 800k truck-mortgage loan is approved but 240k must first go to his personal card as 'capital verification' (half in pinyin).",
           T.payment("2026-06-25 16:00",
                     {"name": "潘晓军", "account_no": ids.card("6228"), "bank": "中国农业银行西安分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     240000, "验资", "车辆抵押贷款验资款", channel="phone", from_name="安心车贷 信贷员 潘晓军",
                     from_contact=ids.mobile(),
                     text="【电话记录】对方称我司申请的80万车辆抵押贷款已审批，放款前需要yan资，把贷款额30%即24万转到他个人账户做流水证明，放款时一起退回，今天必须转，否则额度作废。",
                     urgent=True, req="E5802", appr=["E5800"]))

    T.legit("payment", "Hard negative: Annual tank inspections the market-regulation and emergency authorities require, paid to the regular testing company.",
            T.payment("2026-06-29 14:20", tanktest, 18600, "检测费", "罐车罐体年度检验（6台）",
                      text="畅捷通T+付款单FK260629-03（已审）：按市场监管局特种设备年度检验要求及应急管理局危货运输专项检查通知，委托华安罐检对6台液碱、甲醇罐车罐体做年度检验，检验报告已出｜华安罐检｜TL-FW-2026-005",
                      req="E5806", appr=["E5802"], contract="TL-FW-2026-005", invoice=ids.invoice()),
            ["authority_words"])

    T.legit("payment", "Hard negative: Month-end freight settlement to an attached owner-driver's own card, rushed but checked against signed delivery notes.",
            T.payment("2026-06-30 19:45", d_sun, 31200, "运费", "6月挂靠车辆运费（月底结清）",
                      text="畅捷通T+付款单FK260630-05（已审，加急）：6月运费月底结清，孙建军车辆（新M·3K261）6月运单18张已与客户签收单核对，侯春梅审批｜孙建军",
                      urgent=True, req="E5806", appr=["E5802"], contract="TL-GK-2026-022"),
            ["personal_account", "urgency"])

    T.scam("payment", "fake_invoice", "block", ["duplicate_invoice"],
           "Structural only: the garage's suspension-repair invoice, paid on 15 May, comes through again as an ordinary repair payment.",
           T.payment("2026-07-01 11:20", garage, 29750, "维修费", "挂车悬架及气路检修（4台）", req="E5806", appr=["E5802"],
                     contract="TL-WX-2026-002", invoice=dup_inv))

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "personal_account", "first_time_payee", "im_instruction",
            "evasion_symbols"],
           "A driver asks to borrow the company account so a 'boss' can pay him 186k company-to-company, then have it sent on to his brother's card; a money emoji sits inside the key word.",
           T.payment("2026-07-02 15:10",
                     {"name": "艾尔肯·买买提", "account_no": ids.card("6228"), "bank": "中国农业银行库尔勒分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     186000, "代付", "代挂靠司机转付运费", channel="im", from_name="挂靠司机 艾力", from_contact=ids.wxid(),
                     text="侯经理，帮个忙，我一个老板要给我结18.6万运费，他说只能公对公，借用一下你们公司的对公账户走💰账，钱到了你们转到我弟弟艾尔肯·买买提卡上，税点我出。钱下午就到。",
                     req="E5805", appr=["E5802"]))

    T.scam("payment", "fake_salary", "flag",
           ["subsidy_words", "fee_words", "personal_account", "first_time_payee", "email_instruction", "urgency",
            "secrecy_words", "evasion_spacing"],
           "A 'finance department' e-mail announces a heat-subsidy pay-out via QR code and asks the cashier to pay a 1.2k 'platform fee' to a private card, with the subsidy words spaced out.",
           T.payment("2026-07-06 16:25",
                     {"name": "蒋文", "account_no": ids.card("6221"), "bank": "中国邮政储蓄银行武汉分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     1200, "手续费", "高温补贴发放手续费", channel="email", from_name="财务部",
                     from_contact="caiwu@tuoling-wl.com",
                     text="全体员工：\n根据人社部门最新文件，2026年度高温补 贴 发 放已开始，每人可领取1500—2800元，请于24小时内扫描附件二维码登记，逾期视为放弃。本次发放需公司统一缴纳平台手续费1200元，请出纳转至平台经办人账户。收到请勿声张。\n财务部",
                     urgent=True, req="E5805", appr=["E5802"]))

    T.scam("order", "overpayment_refund", "block",
           ["new_customer", "overpayment", "third_party_payer", "refund_to_other_account", "contact_im_only"],
           "A new mining customer says a friend's company paid 88k for a 38k haul and wants the 50k excess sent to the owner's personal card.",
           T.order("2026-07-08 15:30",
                   {"name": "和静县鸿达矿业有限公司", "credit_code": ids.uscc("652827"), "contact_name": "鲁总",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [("铁精粉运输（和静—库尔勒）", 400, "吨", 95)], channel="im", address="库尔勒市西尼尔镇某选矿厂",
                   deadline="2026-07-10", terms="预付运费",
                   third_party={"name": "鲁志刚（个人）", "contact": ids.mobile(), "role": "refund_recipient", "amount": 50000},
                   notes="鲁总微信：运费让朋友公司代付了88000，多打了5万，麻烦你们把多的5万退到我本人卡上，鲁志刚，工行。车明天一早来装。"))

    T.scam("payment", "contract_fraud", "flag",
           ["bigproject_words", "deposit_words", "fee_asked_of_seller", "first_time_payee", "shell_company",
            "email_instruction", "free_mail", "urgency", "evasion_traditional"],
           "A free-mail 'oilfield logistics group', writing in traditional characters, says we passed pre-selection for a three-year crude haulage project and must pay a 200k 'capacity deposit' within days.",
           T.payment("2026-07-10 14:55",
                     {"name": "新疆塔源能源物流集团有限公司", "account_no": ids.corp_acct("1532", 16),
                      "bank": "中国民生银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     200000, "保证金", "油田原油运输项目运力保证金", channel="email", from_name="塔源能源物流 项目部 程经理",
                     from_contact="ty_wlxm@126.com",
                     text="驼铃物流：\n貴司已通過油田三年期原油、凝析油運輸項目承運商初審（年運量約60萬噸）。按項目管理辦法，入圍承運商須於7月15日前繳納運力保證金20萬元，逾期視為自動放棄，保證金項目結束後退還。\n塔源能源物流集團 項目部",
                     urgent=True, req="E5820", appr=["E5802", "E5800"]))

    T.legit("payment", "Hard negative: Monthly payroll through the bank's payroll account, including the real summer heat subsidy, days after a fake 'subsidy' e-mail went round.",
            T.payment("2026-07-10 17:30", payroll, 624740, "工资", "6月工资代发（含高温补贴，88人）", req="E5840",
                      appr=["E5802", "E5800"],
                      text="畅捷通T+工资发放单（已审）：6月工资代发88人，含按自治区标准发放的高温补贴（司机、押运员、装卸工每人每月300元，6—9月发放），工资表经人事、财务双签，不涉及任何手续费。"),
            ["subsidy_words"])

    T.legit("order", "Hard negative: Large first haulage order from a new lithium mine, freight paid in full in advance and seen on the bank statement.",
            T.order("2026-07-13 11:00",
                    {"name": "若羌县锂源矿业开发有限公司", "credit_code": ids.uscc("652824"), "contact_name": "邓工",
                     "phone": ids.landline("0996"), "email": "denggong@ly-lithium.com", "im_id": None, "customer_id": None},
                    [("锂精矿运输（若羌—库尔勒火车站）", 2000, "吨", 210)], channel="email",
                    address="若羌县依吞布拉克镇锂源矿区", deadline="2026-07-31", terms="运费全额预付（已到账）",
                    notes="新客户，运输合同TL-YS-2026-031已签，运费420,000元已于7月13日上午由客户对公账户（巴州农商行若羌支行）汇入我司建行账户，财务已在网银核实。"),
            ["new_customer", "large_first_order"])

    new_yard_acct = ids.corp_acct("8808", 18)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "first_time_payee"],
           "Structural only: the yard operator's bank details were re-keyed five days ago to an account at another bank, and this routine rent payment is the first to it.",
           T.payment("2026-07-14 16:15", yard, 58000, "租金", "7月停车场及场地租金", req="E5806", appr=["E5802"],
                     contract="TL-ZL-2026-001", invoice=ids.invoice(), changed="2026-07-09 11:20",
                     payee_over={"account_no": new_yard_acct, "bank": "新疆银行库尔勒分行"}))

    T.legit("payment", "Hard negative: Two days' casual loading labour paid to the labourer's own card against a signed receipt.",
            T.payment("2026-07-15 10:35",
                      {"name": "吐尔逊·阿西木", "account_no": ids.card("6228"), "bank": "中国农业银行库尔勒分行",
                       "account_type": "personal", "vendor_id": None, "phone": None},
                      2400, "劳务费", "临时装卸劳务费（7月13—14日）",
                      text="畅捷通T+付款单FK260715-02（已审）：仓库临时装卸棉粕两天，吐尔逊·阿西木本人劳务费2,400元，签收单、身份证复印件已附，直接打入本人银行卡。",
                      req="E5806", appr=["E5802"]),
            ["personal_account", "first_time_payee"])

    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "personal_account", "first_time_payee", "vague_memo", "im_instruction", "urgency",
            "no_approval", "evasion_traditional"],
           "The cashier raises 12k to a stranger's card after a 'wealth platform' notice in traditional characters says her rebates are frozen until she pays an 'unfreezing deposit'.",
           T.payment("2026-07-16 15:45",
                     {"name": "周佳", "account_no": ids.card("6226"), "bank": "中国光大银行南宁分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     12000, "往来款", "往来款", channel="im", from_name="理财平台客服", from_contact=ids.wxid(),
                     text="尊敬的會員：您的賬戶因提現操作異常已被系統凍結，本金及返利共計46,800元暫時無法提現。請在2小時內繳納解凍保證金12,000元至財務專員周佳賬戶，解凍後與本金返利一併提現。",
                     urgent=True, req="E5805", appr=[]))

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "personal_account", "first_time_payee", "off_hours", "urgency", "no_approval",
            "evasion_fullwidth", "evasion_symbols"],
           "A late-night SMS from a fake 'traffic-violation centre', typed in full-width characters with a plus-sign emoji before the chat ID, wants 4.6k in fines paid to a private card.",
           T.payment("2026-07-20 21:20",
                     {"name": "周红梅", "account_no": ids.card("6221"), "bank": "中国邮政储蓄银行昆明分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     4600, "罚款", "交通违法罚款及滞纳金", channel="sms", from_name="交管违法处理中心", from_contact=ids.mobile(),
                     text="【交管违法处理】您单位车辆新Ｍ·Ｄ７２１５有３条违法记录未处理，罚款及滞纳金共计４６００元，今日２４点前未处理将暂扣行驶证、吊销道路运输证。请联系专员➕Ｖ：jgcl2026 办理，款项转至专员周红梅账户。",
                     urgent=True, req="E5805", appr=[]))

    T.legit("payment", "Hard negative: A real speeding fine paid to the prefecture's official non-tax collection account named on the penalty decision.",
            T.payment("2026-07-21 10:50",
                      {"name": "巴音郭楞蒙古自治州财政局非税收入汇缴结算户", "account_no": ids.corp_acct("650513", 19),
                       "bank": "中国建设银行库尔勒分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                      400, "罚款", "新M·D7215交通违法罚款",
                      text="畅捷通T+付款单FK260721-01（已审）：车辆新M·D7215 6月28日超速违法，交警出具《公安交通管理简易程序处罚决定书》（编号6528010026001473），罚款400元，经交管12123查询核实，按决定书载明的非税收入汇缴账户缴纳。",
                      req="E5806", appr=["E5802"]),
            ["authority_words", "first_time_payee"])

    T.scam("order", "fake_purchaser", "flag",
           ["lookalike_company", "new_customer", "credit_terms_requested", "contact_mismatch", "free_mail",
            "large_first_order", "far_delivery"],
           "Someone from a 'group logistics centre' of the established ginner, using a 163.com address and a slightly different company name, books 5,000 t of cotton to Zhengzhou on 60-day terms.",
           T.order("2026-07-22 14:25",
                   {"name": "库尔勒博源棉业集团有限公司", "credit_code": ids.uscc("652801"), "contact_name": "钟经理",
                    "phone": ids.mobile(), "email": "zhongjl_by@163.com", "im_id": ids.wxid(), "customer_id": None},
                   [("皮棉运输（库尔勒—郑州）", 5000, "吨", 420)], channel="email", address="河南省郑州市某棉花交割库",
                   deadline="2026-08-15", terms="运输完成后60天结算",
                   notes="钟经理邮件：博源集团今年新疆棉统一发郑州交割库，5000吨，运价按你们报价。集团结算周期60天。我是集团新成立的物流中心的，原来和你们对接的博源棉业是我们子公司，以后运输统一由集团下单。"))

    T.scam("payment", "account_lending", "flag",
           ["in_out_match", "first_time_payee", "vague_memo"],
           "Structural only: 125k came in this morning from an individual with no transport order, and 123.5k goes out the same day to an unrelated trading company as a 'freight refund'.",
           T.payment("2026-07-24 16:50",
                     {"name": "库尔勒鑫泰隆商贸有限公司", "account_no": ids.corp_acct("8122", 18),
                      "bank": "新疆库尔勒农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     123500, "运费", "运费退回", req="E5806", appr=["E5802"]))

    T.legit("payment", "Hard negative: Freight settlement to an attached owner-driver, paid as usual to his own card.",
            T.payment("2026-07-27 10:25", d_yang, 18760, "运费", "7月上半月挂靠车辆运费", req="E5806", appr=["E5802"],
                      contract="TL-GK-2026-023"),
            ["personal_account"])

    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "fee_words", "first_time_payee", "no_po_contract", "phone_instruction"],
           "A non-bank 'supply-chain finance' firm offers a 2m freight-bill credit line if a 15k 'activation fee' is paid first, loan contract to be signed online at disbursement.",
           T.payment("2026-07-28 15:05",
                     {"name": "新疆车联通供应链金融服务有限公司", "account_no": ids.corp_acct("1004", 17),
                      "bank": "乌鲁木齐银行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     15000, "服务费", "运费贷额度开通服务费", channel="phone", from_name="车联通 客户经理 胡鹏",
                     from_contact=ids.mobile(),
                     text="【电话记录】对方称可为我司开通200万“运费贷”额度，凭运单即可提款，年化6%，需先付额度开通服务费1.5万元，开通后3天内放款，贷款合同放款时在线签。对方自称与“多家银行”合作。",
                     req="E5802", appr=["E5800"]))

    T.scam("payment", "fake_salary", "block",
           ["payee_not_employee", "personal_account", "first_time_payee"],
           "Structural only: an escort guard's July wages are paid to a card in another person's name; the ERP line itself is unremarkable.",
           T.payment("2026-07-29 11:15",
                     {"name": "阿依古丽·托合提", "account_no": ids.card("6217"), "bank": "中国建设银行库尔勒分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     7850, "工资", "押运员努尔买买提7月工资", req="E5840", appr=["E5802"]))

    T.legit("payment", "Hard negative: Bid bond for a hazardous-waste haulage tender paid to the account named in the prefecture trading centre's notice.",
            T.payment("2026-07-30 16:30",
                      {"name": "巴音郭楞蒙古自治州公共资源交易中心", "account_no": ids.corp_acct("650514", 19),
                       "bank": "中国建设银行库尔勒分行", "account_type": "corporate", "vendor_id": None, "phone": ids.landline("0996")},
                      20000, "投标保证金", "巴州2026—2027年度危险废物转运服务采购项目投标保证金",
                      text="畅捷通T+付款单FK260730-04（已审）：项目编号BZGGZY-2026-FW-0733，按巴州公共资源交易中心采购公告第八条载明的保证金专户缴纳，须从我司基本户汇出，开标后5个工作日内原路退回。附件：采购公告、投标审批单。",
                      req="E5820", appr=["E5802", "E5800"]),
            ["deposit_words", "first_time_payee"])

    T.legit("payment", "Hard negative: Urgent insurance renewal for six tankers due at midnight, paid to the regular insurer with both approvals.",
            T.payment("2026-07-31 18:40", insurer, 42600, "保险费", "车辆交强险及商业险续保（8月1日到期，6台）",
                      text="畅捷通T+付款单FK260731-06（已审，加急）：6台危货车辆保险8月1日零时到期，须今日出单，否则次日不能出车；保单号已与保险公司核对，侯春梅、屈建国审批｜丝路财险巴州",
                      urgent=True, req="E5806", appr=["E5802", "E5800"], invoice=ids.invoice()),
            ["urgency"])

    T.legit("payment", "Hard negative: Saturday-morning roadside repair of a tanker by the regular garage, approved by phone in the ERP app.",
            T.payment("2026-08-01 09:40", garage, 14300, "维修费", "G218线罐车爆胎及刹车抢修",
                      text="畅捷通T+付款单FK260801-01（已审，周末加急）：新M·3K261罐车周六凌晨在G218库尔勒—尉犁段爆胎，鑫驰派救援车现场更换轮胎并检修刹车，结算单已拍照上传，侯春梅手机审批｜鑫驰汽修",
                      urgent=True, req="E5805", appr=["E5802"], contract="TL-WX-2026-002", invoice=ids.invoice()),
            ["urgency", "off_hours"])

    T.scam("payment", "boss_impersonation", "flag",
           ["im_instruction", "new_contact", "secrecy_words", "bypass_process", "first_time_payee", "no_approval",
            "boss_role", "evasion_fullwidth"],
           "A 'new QQ number' (typed full-width) of the deputy GM has the cashier pay a 58k lawyer's fee to a law firm never used, asking her not to tell the owner.",
           T.payment("2026-08-04 15:40",
                     {"name": "新疆正平律师事务所", "account_no": ids.corp_acct("30020108", 19),
                      "bank": "中国工商银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     58000, "律师费", "诉讼代理费", channel="im", from_name="阿布都热合曼·买买提", from_contact="QQ:" + ids.qq(),
                     text="阿布都热合曼：小韦，我是阿总，这是我新的ＱＱ号，手机在充电。公司那个交通事故赔偿的官司要请律师，正平律所的代理费5.8万今天先付，合同我让他们寄过来。这个事先别跟屈总说，我来跟他汇报。",
                     req="E5805", appr=[]))

    T.legit("payment", "Hard negative: Anti-fraud car stickers printed for the police station's campaign, from a local printer used for the first time.",
            T.payment("2026-08-06 14:50",
                      {"name": "库尔勒市新印象广告印务有限公司", "account_no": ids.corp_acct("8123", 18),
                       "bank": "新疆库尔勒农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": ids.landline("0996")},
                      2750, "宣传费", "反诈宣传车贴500张",
                      text="畅捷通T+付款单FK260806-02（已审）：配合库尔勒经济技术开发区派出所“反诈宣传上路”活动，按民警提供的样稿印制车贴500张，张贴于全部自有及挂靠车辆。",
                      req="E5840", appr=["E5802"], invoice=ids.invoice()),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "personal_account", "im_instruction", "new_contact",
            "first_time_payee", "evasion_pinyin"],
           "A 'new accountant' of the building-materials customer, on a new QQ, says fly-ash freight was overpaid by 18k and wants it refunded to her personal bank card (both words half in pinyin).",
           T.payment("2026-08-07 16:20",
                     {"name": "王晓燕", "account_no": ids.card("6222"), "bank": "中国工商银行阿克苏分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     18000, "退款", "天成建材多付运费退回", channel="im", from_name="天成建材 会计 王晓燕",
                     from_contact="QQ:" + ids.qq(),
                     text="侯经理你好，我是天成建材新来的会计王晓燕。上周粉煤灰运费我们多zhuan账了1.8万，公司账户在变更，麻烦直接退到我个人yhk上，工行的，我这边好做账，谢谢。",
                     req="E5806", appr=["E5802"]))

    new_erken = ids.card("6221")
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "payee_name_mismatch", "im_instruction", "account_change_words", "first_time_payee",
            "personal_account", "new_contact", "unusual_bank_region"],
           "A new WeChat in an owner-driver's name says his card was frozen and his freight should now go to his 'brother's' postal-bank card in Kashgar, re-keyed four days ago.",
           T.payment("2026-08-11 15:15", d_erken, 27460, "运费", "7月下半月挂靠车辆运费", channel="im",
                     from_name="艾尔肯·吐尔逊", from_contact=ids.wxid(),
                     text="侯经理，我原来的农行卡被冻结了，我换了新卡，以后运费打到我哥哥热合曼·艾尔肯的邮政卡上，卡号我发给韦小丽了，她已经帮我改好了。7月下半月运费今天能结吗？",
                     req="E5806", appr=["E5802"], contract="TL-GK-2026-021", changed="2026-08-07 18:10",
                     payee_over={"name": "热合曼·艾尔肯", "account_no": new_erken, "bank": "中国邮政储蓄银行喀什分行"}))

    T.legit("payment", "Hard negative: Monthly loan interest paid to the lending bank's interest account.",
            T.payment("2026-08-12 11:40", bank_int, 41250, "利息", "车辆购置贷款利息（8月）",
                      text="畅捷通T+付款单FK260812-01（已审）：建行车辆购置贷款（合同CCB-KEL-2025-117，本金1100万，年利率4.5%）8月利息，按扣息通知支付",
                      req="E5806", appr=["E5802"]),
            ["loan_fee_words"])

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "fee_words", "first_time_payee", "urgency"],
           "An SMS from a fake 'road-transport service platform' threatens suspension unless 300 yuan per truck is paid through a link for the annual permit review.",
           T.payment("2026-08-13 16:05",
                     {"name": "巴州道路运输年审服务中心有限公司", "account_no": ids.corp_acct("1533", 16),
                      "bank": "中国民生银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     3600, "年审费", "道路运输证年审费（12台）", channel="sms", from_name="巴州道路运输管理服务平台",
                     from_contact=ids.mobile(),
                     text="【道路运输年审】库尔勒驼铃危货物流有限公司：贵公司12台营运车辆道路运输证年审即将逾期，请于8月15日前登录链接 http://bz-ysnj.cn 在线办理，年审服务费每台300元，逾期将列入异常经营名录并停运。",
                     urgent=True, req="E5806", appr=["E5802"]))

    T.legit("payment", "Hard negative: A freight payment made twice by the established chemical plant, returned to the same account it came from.",
            T.payment("2026-08-14 10:35",
                      {"name": "巴州孔雀河化工有限公司", "account_no": ids.corp_acct("30020809", 19),
                       "bank": "中国工商银行库尔勒分行", "account_type": "corporate", "vendor_id": None, "phone": kongque.phone},
                      8600, "退款", "原路退回孔雀河化工重复支付运费",
                      text="畅捷通T+付款单FK260814-01（已审）：孔雀河化工7月液碱运费8,600元重复支付（7月24日两笔，均来自其工行基本户，回单已核），经对方财务盖章对账单确认，原路退回其付款账户。",
                      req="E5806", appr=["E5802"]),
            ["refund_words", "overpayment", "first_time_payee"])

    T.scam("payment", "task_rebate", "flag",
           ["task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "no_po_contract", "im_instruction"],
           "The sales manager wants to pay a 5k 'enterprise membership' to a media firm's merchant account for live-stream tipping tasks that 'refund 15%'.",
           T.payment("2026-08-17 11:20",
                     {"name": "杭州乐推文化传媒有限公司", "account_no": ids.corp_acct("2088", 16),
                      "bank": "浙江网商银行（支付宝商户收款）", "account_type": "corporate", "vendor_id": None, "phone": None},
                     5000, "推广费", "短视频账号代运营", channel="im", from_name="乐推传媒 运营-小鹿", from_contact=ids.wxid(),
                     text="老板好～我们做抖音直播间打赏返现任务，贵公司员工每完成一单打赏可返现15%，首次需开通企业会员5000元，会员费可开发票。开通后马上安排返现任务～",
                     req="E5820", appr=["E5802"]))

    T.scam("order", "account_lending", "block",
           ["account_lending_words", "new_customer", "third_party_payer", "contact_im_only", "evasion_traditional"],
           "A new produce trader, writing in traditional characters, wants its buyer to pay goods money plus freight into our account and have us forward 560k to a designated company.",
           T.order("2026-08-18 15:30",
                   {"name": "库尔勒金穗农产品贸易有限公司", "credit_code": ids.uscc("652801"), "contact_name": "牛总",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [("辣椒干运输（库尔勒—成都）", 60, "吨", 480)], channel="im", address="四川省成都市新都区某农产品批发市场",
                   deadline="2026-08-25", terms="收货方代付",
                   third_party={"name": "成都川辣源食品有限公司", "contact": ids.mobile(), "role": "pass_through_payee",
                                "amount": 560000},
                   notes="牛總微信：收貨方那邊貨款加運費一共58.88萬，讓他們直接打到你們對公帳戶，你們扣掉2.88萬運費，剩下56萬轉給我們指定的川辣源，算幫忙過賬，給你們加5000辛苦費。"))

    T.legit("payment", "Hard negative: Tyres from the local sole-trader tyre shop, paid as before to its owner's personal account.",
            T.payment("2026-08-19 10:55", tyres, 16800, "货款", "更换轮胎（12条）", req="E5806", appr=["E5802"], invoice=ids.invoice()),
            ["personal_account"])

    T.scam("order", "contract_fraud", "flag",
           ["institution_claim", "bigproject_words", "fee_asked_of_seller", "deposit_words", "new_customer",
            "contact_im_only", "evasion_homophone"],
           "A self-styled oilfield 'project department' offers a trial of 30 crude loads before a 'three-year contract' but wants a 50k vehicle 'entry deposit' (misspelled with a near-homophone) on a manager's personal card.",
           T.order("2026-08-20 14:40",
                   {"name": "油田某作业区运输项目部（自称）", "credit_code": None, "contact_name": "项目部 何经理",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [("原油运输（作业区—库尔勒末站）", 30, "车次", 3200)], channel="im", address="轮台县某油田作业区",
                   deadline="2026-08-25", terms="月结", fees=[("车辆入场压金", 50000)],
                   notes="何经理微信：项目部给你们30车次的原油运输试运，之后签三年长协，年运量几十万吨。按项目规定，承运车辆入场前每台交5000元入场压金，10台共5万，打到我个人卡上统一办入场证，项目结束退还。"))

    T.legit("payment", "Hard negative: The owner's WeChat message to pay the testing company ahead of a transport-bureau check, paid through full ERP approval to the regular vendor.",
            T.payment("2026-08-25 16:45", tanktest, 12400, "检测费", "罐体紧急切断阀检测（8台）", channel="im",
                      from_name="屈建国", from_contact="屈建国（公司通讯录微信）",
                      text="屈建国（微信）：华安那边紧急切断阀检测的钱今天付了，下周交通局要来查。\n侯春梅：好的屈总，已提交T+付款单FK260825-04，合同和检测报告已到，审批完成。",
                      urgent=True, req="E5805", appr=["E5802", "E5800"], contract="TL-FW-2026-005", invoice=ids.invoice()),
            ["im_instruction", "boss_role", "urgency", "authority_words"])

    T.scam("payment", "fake_invoice", "flag",
           ["renewal_bill", "authority_words", "first_time_payee", "no_po_contract", "email_instruction", "urgency"],
           "An e-mail from a 'national road-transport information platform' bills 1,980 for 'e-licence annual maintenance' nobody ordered, threatening that licence checks will fail.",
           T.payment("2026-08-26 10:20",
                     {"name": "北京中运通信息科技有限公司", "account_no": ids.corp_acct("1519", 16),
                      "bank": "中国民生银行北京分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     1980, "服务费", "道路运输电子证照年度维护费", channel="email", from_name="全国道路运输企业信息服务平台",
                     from_contact="service@jtys-pt.com.cn",
                     text="尊敬的库尔勒驼铃危货物流有限公司：\n贵单位在“全国道路运输企业信息服务平台”的电子证照年度维护服务将于8月31日到期，请于到期前缴纳年度维护费1,980元，逾期平台将停止贵单位电子证照展示，可能影响运输证查验。\n（本函为系统自动发送，缴费后开具发票）",
                     urgent=True, req="E5806", appr=["E5802"]))

    T.legit("payment", "Hard negative: Tank leak tests with the testing company that the gas customer's contract specifies, already our regular vendor, after the customer prepaid.",
            T.payment("2026-08-27 15:35", tanktest, 9600, "检测费", "金桥天然气指定LNG罐箱气密性检测（4台）",
                      text="畅捷通T+付款单FK260827-03（已审）：金桥天然气8月运输订单（{ORDER}）合同附件要求承运罐箱须经其认可的华安罐检做气密性检测，客户已预付检测费及运费（8月6日建行到账），华安为我司合格供应商。",
                      req="E5806", appr=["E5802"], order=REF("tl_jq"), contract="TL-FW-2026-005", invoice=ids.invoice()),
            ["designated_supplier", "sales_order_linked"])

    return T.finish()
