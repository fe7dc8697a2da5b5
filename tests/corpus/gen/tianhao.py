"""Tenant 1: 石河子天昊氯碱化工有限公司 — PVC / caustic soda, Shihezi development zone."""
import random
from common import Tenant, Party, Customer, REF

KEY = "tianhao"


def build(ids):
    rng = random.Random(11)
    staff = {
        "E2100": "周振邦",        # 总经理
        "E2101": "贾凤琴",        # 财务总监
        "E2102": "阎立新",        # 财务经理
        "E2104": "邵晓燕",        # 会计
        "E2105": "努尔古丽·艾买提",  # 出纳
        "E2110": "祁东升",        # 采购
        "E2120": "蒋海涛",        # 销售经理
        "E2121": "帕尔哈提·吾斯曼",  # 销售
        "E2130": "唐秀兰",        # 人事
    }

    def erp(memo, party, contract, invoice, when, n):
        short = party.short if isinstance(party, Party) else party["name"]
        doc = when[:10].replace("-", "") + f"{n:02d}"
        parts = [f"金蝶云星空付款申请单FKSQ{doc}已审核：{memo}", f"收款单位：{short}"]
        if contract:
            parts.append(f"合同号：{contract}")
        if invoice:
            parts.append(f"发票号：{invoice}")
        return "；".join(parts)

    T = Tenant(KEY, "TH-FK", "TH-XS", ids.corp_acct("305921010400", 17), "石河子天昊氯碱化工有限公司",
               staff, erp)

    # ------------------------------------------------------------------ vendor master
    salt = Party("新疆鄯善晶盐化工有限公司", ids.corp_acct("650502", 19), "中国建设银行鄯善县支行",
                 vendor_id="V-TH01", phone=ids.landline("0995"), short="晶盐化工")
    carbide = Party("玛纳斯县金鼎电石有限公司", ids.corp_acct("305324", 17), "中国农业银行玛纳斯县支行",
                    vendor_id="V-TH02", phone=ids.landline("0994"), short="金鼎电石")
    power = Party("石河子北园热电有限公司", ids.corp_acct("30020310", 19), "中国工商银行石河子分行",
                  vendor_id="V-TH03", phone=ids.landline("0993"), short="北园热电")
    bags = Party("石河子恒信塑料包装有限公司", ids.corp_acct("8201000", 18), "石河子农村商业银行开发区支行",
                 vendor_id="V-TH04", phone=ids.landline("0993"), changed_at="2025-09-18 10:40",
                 short="恒信包装")
    carrier = Party("石河子宏运危险货物运输有限公司", ids.corp_acct("650501", 19), "中国建设银行石河子分行",
                    vendor_id="V-TH05", phone=ids.landline("0993"), short="宏运危运")
    cylinders = Party("石河子安达气瓶有限公司", ids.corp_acct("1076", 16), "中国银行石河子分行",
                      vendor_id="V-TH06", phone=ids.landline("0993"), short="安达气瓶")
    repair = Party("石河子鼎力化工设备安装有限公司", ids.corp_acct("305901", 17), "中国农业银行石河子分行",
                   vendor_id="V-TH07", phone=ids.landline("0993"), changed_at="2025-11-06 15:20",
                   short="鼎力安装")
    hazwaste = Party("新疆清泉环保科技有限公司", ids.corp_acct("30020206", 19), "中国工商银行乌鲁木齐米东支行",
                     vendor_id="V-TH08", phone=ids.landline("0991"), short="清泉环保")
    ibc = Party("石河子佳润塑业有限公司", ids.corp_acct("8201001", 18), "石河子农村商业银行北泉支行",
                vendor_id="V-TH09", phone=ids.landline("0993"), short="佳润塑业")
    water = Party("石河子开发区供排水有限公司", ids.corp_acct("305902", 17), "中国农业银行石河子开发区支行",
                  vendor_id="V-TH10", phone=ids.landline("0993"), short="开发区供排水")
    school = Party("石河子市安培职业技能培训学校", ids.corp_acct("650503", 19), "中国建设银行石河子北泉支行",
                   vendor_id="V-TH11", phone=ids.landline("0993"), short="安培培训学校")
    payroll = Party("中国农业银行石河子开发区支行代发工资户", ids.corp_acct("305921019900", 17),
                    "中国农业银行石河子开发区支行", vendor_id="PAY-TH", short="农行代发工资户")
    tax = Party("国家金库石河子市支库", ids.corp_acct("659001", 17), "国家金库石河子市支库",
                vendor_id="TAX-TH", short="国家金库石河子市支库")

    # ------------------------------------------------------------------ customers
    yonggu = Customer("石河子永固管业有限公司", ids.uscc("659001", new_style=False), "王玉珍",
                      ids.landline("0993"), "caigou@ygguanye.com", None, "C-TH01",
                      "石河子市开发区北八路永固管业厂区", "永固管业")
    jinhua = Customer("奎屯锦华印染有限公司", ids.uscc("654003"), "石磊", ids.landline("0992"),
                      "finance@kt-jinhua.com", None, "C-TH02", "奎屯市天北新区纺织工业园锦华印染", "锦华印染")
    hongda = Customer("昌吉宏达水处理剂有限公司", ids.uscc("652301"), "韩雪", ids.landline("0994"),
                      "hx@cj-hongda.cn", None, "C-TH03", "昌吉市六工镇化工园宏达水处理剂厂", "宏达水处理")
    xinfeng = Customer("沙湾县鑫丰型材门窗厂", ids.uscc("654223", kind="92"), "刘鑫", ids.mobile(),
                       None, ids.wxid(), "C-TH04", "沙湾县乌兰乌苏镇建材街鑫丰门窗厂", "鑫丰门窗")
    jinsheng = Customer("乌苏市金盛塑胶制品有限公司", ids.uscc("654202"), "阿不都热依木", ids.landline("0992"),
                        "js_suju@126.com", None, "C-TH05", "乌苏市北工业园金盛塑胶", "金盛塑胶")

    inv = {}

    def salt_pay(when, tons, price, test=False):
        memo = rng.choice(["原盐款（{}吨）", "原盐货款，{}吨", "工业原盐款（{}吨，火车到货）"]).format(tons)
        b = T.payment(when, salt, tons * price, "货款", memo, req="E2104", appr=["E2102", "E2101"],
                      contract="THCG-2026-001", invoice=ids.invoice())
        if test:
            T.legit("payment", "Routine: Weekly raw-salt payment to the regular salt works.", b)
        else:
            T.hist("payment", "Weekly raw-salt payment to the regular salt works.", b)

    def carbide_pay(when, tons, price, test=False):
        memo = rng.choice(["电石款（{}吨）", "电石货款{}吨", "发气量295电石款（{}吨）"]).format(tons)
        b = T.payment(when, carbide, tons * price, "货款", memo, req="E2104", appr=["E2102", "E2101"],
                      contract="THCG-2026-002", invoice=ids.invoice())
        if test:
            T.legit("payment", "Routine: Calcium-carbide payment to the regular carbide plant.", b)
        else:
            T.hist("payment", "Calcium-carbide payment to the regular carbide plant.", b)

    def order_hist(when, cust, items, note, notes, channel="erp", terms="款到发货", deadline=None,
                   test=False, ref=None):
        b = T.order(when, cust, items, channel=channel, terms=terms, deadline=deadline, notes=notes,
                    ref=ref)
        if test:
            T.legit("order", "Routine: " + note, b)
        else:
            T.hist("order", note, b)

    # ================================================================== history
    for when, tons, price in [("2026-01-05 11:20", 3120, 268), ("2026-01-12 10:45", 2980, 268),
                              ("2026-01-19 15:10", 3350, 266), ("2026-01-26 11:05", 3060, 266),
                              ("2026-02-02 16:30", 3210, 265), ("2026-02-09 10:50", 3400, 265),
                              ("2026-02-24 12:15", 2870, 265), ("2026-03-02 11:40", 3150, 262),
                              ("2026-03-09 14:20", 3290, 262)]:
        salt_pay(when, tons, price)
    for when, tons, price in [("2026-01-07 15:40", 1480, 2860), ("2026-01-21 11:15", 1510, 2860),
                              ("2026-02-04 16:05", 1450, 2840), ("2026-02-25 10:35", 1530, 2840),
                              ("2026-03-11 15:25", 1490, 2820)]:
        carbide_pay(when, tons, price)
    for when, memo, amt in [("2026-01-08 11:30", "12月电费及蒸汽费", 3412600.00),
                            ("2026-02-06 15:45", "1月电费及蒸汽费", 3530850.00),
                            ("2026-03-06 10:55", "2月电费及蒸汽费", 3187420.00)]:
        T.hist("payment", "Monthly electricity and steam bill to the park power plant.",
               T.payment(when, power, amt, "电费", memo, req="E2104", appr=["E2102", "E2101"],
                         contract="THNY-2026-001", invoice=ids.invoice()))
    for when, memo, amt in [("2026-01-13 16:10", "12月工业用水及污水处理费", 186420.00),
                            ("2026-02-10 11:25", "1月工业用水及污水处理费", 179860.00),
                            ("2026-03-10 15:50", "2月工业用水及污水处理费", 171930.00)]:
        T.hist("payment", "Monthly water and sewage bill.",
               T.payment(when, water, amt, "水费", memo, req="E2104", appr=["E2102"],
                         contract="THNY-2026-002", invoice=ids.invoice()))
    for when, memo, amt in [("2026-01-09 17:20", "12月工资代发（261人）", 1612480.00),
                            ("2026-02-12 16:40", "1月工资及春节前绩效代发（263人）", 1986350.00),
                            ("2026-03-10 18:05", "2月工资代发（262人）", 1598770.00)]:
        T.hist("payment", "Monthly payroll through the bank's payroll account.",
               T.payment(when, payroll, amt, "工资", memo, req="E2130", appr=["E2102", "E2101"],
                         text=f"金蝶云星空薪酬发放单已审核：{memo}，工资表经人事、财务双签"))
    for when, memo, amt in [("2026-01-15 11:10", "12月增值税及附加", 1263480.55),
                            ("2026-02-11 15:30", "1月增值税及附加、印花税", 1408612.30),
                            ("2026-03-13 10:40", "2月增值税及附加", 1119905.18)]:
        T.hist("payment", "Monthly VAT through the e-tax bureau.",
               T.payment(when, tax, amt, "税款", memo, req="E2104", appr=["E2102"],
                         text=f"电子税务局三方协议缴款：{memo}，已生成缴款书"))
    for when, n, price in [("2026-01-14 15:35", 110000, 0.62), ("2026-02-05 11:45", 120000, 0.62),
                           ("2026-03-04 16:20", 100000, 0.61)]:
        T.hist("payment", "PVC bags from the packaging supplier whose account change dates from Sept 2025.",
               T.payment(when, bags, n * price, "货款", f"PVC包装袋（三合一，25kg）{n // 10000}万条",
                         req="E2110", appr=["E2102"], contract="THCG-2026-005", invoice=ids.invoice()))
    for when, memo, amt in [("2026-01-16 16:50", "12月液碱、盐酸外运运费", 118260.00),
                            ("2026-01-30 11:35", "1月上半月危化品运费", 97430.00),
                            ("2026-02-26 15:15", "1月下半月危化品运费", 131880.00),
                            ("2026-03-12 10:25", "2月上半月危化品运费", 104640.00)]:
        T.hist("payment", "Freight to the regular hazardous-goods carrier.",
               T.payment(when, carrier, amt, "运费", memo, req="E2104", appr=["E2102"],
                         contract="THWL-2026-002", invoice=ids.invoice()))
    for when, memo, amt in [("2026-01-22 11:50", "液氯钢瓶租赁费（1月）", 14800.00),
                            ("2026-03-03 15:05", "液氯钢瓶租赁费及充装检查（2月）", 16250.00)]:
        T.hist("payment", "Chlorine-cylinder rental to the regular cylinder company.",
               T.payment(when, cylinders, amt, "租赁费", memo, req="E2110", appr=["E2102"],
                         contract="THCG-2026-011", invoice=ids.invoice()))
    repair_inv = ids.invoice()
    inv["repair_dup"] = repair_inv
    for when, memo, amt, iv in [("2026-01-20 16:15", "氯气压缩机年度检修", 46300.00, ids.invoice()),
                                ("2026-02-03 11:20", "1#电解槽检修款", 168500.00, repair_inv),
                                ("2026-03-05 15:40", "VCM合成转化器换热管修复", 72900.00, ids.invoice())]:
        T.hist("payment", "Maintenance work by the installer whose account change dates from Nov 2025.",
               T.payment(when, repair, amt, "维修费", memo, req="E2110", appr=["E2102", "E2101"],
                         contract="THWX-2026-006", invoice=iv))
    for when, memo, amt in [("2026-01-27 15:55", "废盐泥、废活性炭处置费（2025年四季度）", 48600.00),
                            ("2026-03-11 11:35", "废硫酸、废盐泥处置费（1—2月）", 39250.00)]:
        T.hist("payment", "Hazardous-waste disposal by the licensed disposer.",
               T.payment(when, hazwaste, amt, "危废处置费", memo,
                         req="E2104", appr=["E2102"], contract="THHB-2026-003", invoice=ids.invoice()))
    for when, memo, amt in [("2026-02-09 15:05", "IBC吨桶（1000L）150只", 27000.00),
                            ("2026-03-09 11:15", "IBC吨桶（1000L）100只", 18000.00)]:
        T.hist("payment", "IBC totes from the regular plastics supplier.",
               T.payment(when, ibc, amt, "货款", memo, req="E2110", appr=["E2102"],
                         contract="THCG-2026-021", invoice=ids.invoice()))
    for when, memo, amt in [("2026-01-23 11:40", "危化品特种作业人员取证培训（18人）", 21600.00),
                            ("2026-03-05 11:10", "叉车司机及起重工取证培训（7人）", 6300.00)]:
        T.hist("payment", "Safety training at the local training school.",
               T.payment(when, school, amt, "培训费", memo,
                         req="E2130", appr=["E2102"], contract="THRL-2026-004", invoice=ids.invoice()))

    # orders
    pvc = "PVC树脂（SG-5）"
    soda = "液碱（32%）"
    hcl = "盐酸（31%）"
    naclo = "次氯酸钠（10%）"
    flake = "片碱（99%）"
    for when, t, p, dl in [("2026-01-06 10:30", 220, 4920, "2026-01-12"),
                           ("2026-01-20 15:20", 180, 4900, "2026-01-26"),
                           ("2026-02-03 16:10", 240, 4880, "2026-02-10"),
                           ("2026-02-26 11:25", 200, 4850, "2026-03-04"),
                           ("2026-03-10 10:50", 260, 4830, "2026-03-16")]:
        order_hist(when, yonggu, [(pvc, t, "吨", p)], "PVC resin order from the established pipe maker.",
                   rng.choice(["月度框架合同，款到发货，汽运到厂", "按框架合同THXS-2026-003执行，款已预付",
                               "王玉珍邮件下单，货款已到账，分两车发"]), deadline=dl)
    for when, t, p, dl in [("2026-01-09 11:15", 320, 870, "2026-01-14"),
                           ("2026-02-05 15:40", 300, 860, "2026-02-11"),
                           ("2026-03-03 11:00", 340, 850, "2026-03-09")]:
        order_hist(when, jinhua, [(soda, t, "吨", p)], "Caustic-soda order from the established dyeing mill.",
                   rng.choice(["槽车运输，月结30天（框架合同约定）", "月度液碱，槽车送货，按合同月结"]),
                   terms="月结30天", deadline=dl)
    for when, items, dl in [("2026-01-15 16:20", [(hcl, 180, "吨", 140), (naclo, 20, "吨", 680)], "2026-01-20"),
                            ("2026-02-11 10:40", [(hcl, 200, "吨", 135)], "2026-02-13"),
                            ("2026-03-12 15:55", [(hcl, 160, "吨", 130), (naclo, 25, "吨", 680)], "2026-03-18")]:
        order_hist(when, hongda, items, "Hydrochloric-acid order from the established water-treatment customer.",
                   "款到发货，客户自提（有危化品运输资质）", deadline=dl)
    for when, t, p, dl in [("2026-01-21 12:30", 10, 5080, "2026-01-23"), ("2026-03-04 17:10", 12, 5020, "2026-03-06")]:
        order_hist(when, xinfeng, [(pvc, t, "吨", p)], "Small PVC order by WeChat from the established window-frame workshop.",
                   rng.choice(["刘老板微信下单，款已转公户，自提", "微信下单，货款已到，周五自己拉货"]),
                   channel="im", deadline=dl)
    for when, t, p, dl in [("2026-01-28 11:55", 50, 3320, "2026-02-03"), ("2026-03-06 16:35", 45, 3280, "2026-03-11")]:
        order_hist(when, jinsheng, [(flake, t, "吨", p)], "Flake-caustic order from the established plastics maker.",
                   "款到发货，汽运", deadline=dl)

    # ================================================================== test
    # --- routine lines
    salt_pay("2026-03-16 11:20", 3080, 262, test=True)
    order_hist("2026-03-20 16:10", jinhua, [(soda, 310, "吨", 850)], "Caustic-soda order from the established dyeing mill.",
               "槽车运输，按合同月结", terms="月结30天", deadline="2026-03-26", test=True)
    salt_pay("2026-03-30 10:55", 3220, 260, test=True)
    order_hist("2026-04-02 16:45", yonggu, [(pvc, 210, "吨", 4810)], "PVC resin order from the established pipe maker.",
               "按框架合同执行，款已预付", deadline="2026-04-09", test=True)
    carbide_pay("2026-04-08 14:50", 1500, 2820, test=True)
    salt_pay("2026-04-13 10:20", 3010, 260, test=True)
    order_hist("2026-04-15 11:05", hongda, [(hcl, 150, "吨", 130), (naclo, 40, "吨", 690)],
               "Acid and hypochlorite order from the established water-treatment customer.",
               "次氯酸钠要求用客户认证的佳润1000L吨桶灌装，包装费随货款一并预付", deadline="2026-05-25",
               test=True, ref="th_hd")
    salt_pay("2026-04-20 10:45", 3180, 258, test=True)
    carbide_pay("2026-04-24 14:00", 1470, 2800, test=True)
    order_hist("2026-05-06 11:15", yonggu, [(pvc, 230, "吨", 4790)], "PVC resin order from the established pipe maker.",
               "王玉珍邮件下单，货款已到账", deadline="2026-05-12", test=True)
    salt_pay("2026-05-11 10:05", 3260, 258, test=True)
    order_hist("2026-05-22 14:10", jinsheng, [(flake, 55, "吨", 3250)], "Flake-caustic order from the established plastics maker.",
               "款到发货，汽运", deadline="2026-05-27", test=True)
    salt_pay("2026-06-01 10:20", 2950, 255, test=True)
    order_hist("2026-06-09 10:45", jinhua, [(soda, 330, "吨", 830)], "Caustic-soda order from the established dyeing mill.",
               "月度液碱，槽车送货", terms="月结30天", deadline="2026-06-15", test=True)

    # --- scams and hard negatives
    T.scam("order", "fake_purchaser", "flag",
           ["lookalike_company", "new_customer", "contact_mismatch", "free_mail", "large_first_order",
            "credit_terms_requested", "far_delivery"],
           "Someone posing as a new buyer at the regular pipe maker, under a name one word off the real one and with a 163.com mailbox, wants 600 t of PVC on 60-day credit shipped to a Khorgos bonded warehouse.",
           T.order("2026-03-17 15:05",
                   {"name": "石河子永固管材有限公司", "credit_code": ids.uscc("659001"), "contact_name": "谢宇航",
                    "phone": ids.mobile(), "email": "yonggu_xieyh@163.com", "im_id": ids.wxid(), "customer_id": None},
                   [(pvc, 600, "吨", 4950)], channel="email", address="霍尔果斯市综合保税区中亚物流园7号库",
                   deadline="2026-03-24", terms="月结，60天账期（集团统一付款）",
                   notes="蒋经理好：我是永固采购部新来的谢宇航，王玉珍姐调去集团本部了，以后由我对接。这批SG-5要600吨，价格按你们上周报价再加50元没问题，走集团月结60天。\n货不用进厂，直接发霍尔果斯综保区中亚物流园7号库，有一批出口哈萨克斯坦的单子赶船期。合同我用集团模板发你，盖章扫描件回我这个邮箱就行。"))

    T.legit("payment", "Hard negative: Bid bond for a city water-disinfectant tender paid to the account named in the public resource trading centre's announcement.",
            T.payment("2026-03-18 10:40",
                      {"name": "石河子市公共资源交易中心", "account_no": ids.corp_acct("650501", 19),
                       "bank": "中国建设银行石河子分行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0993")},
                      30000, "投标保证金", "石河子市2026年供水消毒剂（次氯酸钠）采购项目投标保证金",
                      text="金蝶云星空付款申请单FKSQ2026031803已审核：石河子市2026年城市供水消毒剂（次氯酸钠溶液）年度采购，招标编号SHZ-GGZY-2026-0317，按公共资源交易中心招标公告第六条载明的保证金账户缴纳，须于3月20日17:00前到账，未中标5个工作日内原路退回。附件：招标公告截图、投标审批单。",
                      req="E2120", appr=["E2102", "E2101"]),
            ["deposit_words", "first_time_payee"])

    new_wx = ids.wxid()
    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "secrecy_words",
            "first_time_payee", "no_approval", "boss_role", "deposit_words", "off_hours"],
           "Late on a Thursday a WeChat account posing as the GM asks the cashier for a balance screenshot, then orders a 380k 'equipment deposit' to a Urumqi firm never paid before, contract to follow.",
           T.payment("2026-03-19 21:47",
                     {"name": "乌鲁木齐瑞博机电设备有限公司", "account_no": ids.corp_acct("1513", 16),
                      "bank": "中国民生银行乌鲁木齐分行营业部", "account_type": "corporate", "vendor_id": None, "phone": None},
                     380000, "预付款", "设备订金", channel="im", from_name="周振邦", from_contact=new_wx,
                     text="周振邦：努尔古丽，在吗\n努尔古丽：周总您好，在的\n周振邦：农行基本户现在能动用的有多少？截个图给我\n努尔古丽：[图片] 可用余额412万\n周振邦：好。乌鲁木齐瑞博那边离子膜电解槽的配件要先付订金38万，我在跟师部的人吃饭，不方便打电话，你先付，合同明天让办公室补给你\n周振邦：瑞博的账户发你了，付完截图回我，这事先别在群里说",
                     urgent=True, req="E2105", appr=[]))

    T.legit("payment", "Hard negative: Deposit for twenty more one-tonne chlorine cylinders paid to the regular cylinder company.",
            T.payment("2026-03-23 11:02", cylinders, 60000, "押金", "新增20只液氯钢瓶（1吨）押金",
                      text="金蝶云星空付款申请单FKSQ2026032302已审核：液氯外销增量，向安达气瓶租用1吨液氯钢瓶20只，每只押金3000元，退瓶时凭押金单退还；合同THCG-2026-011补充协议二",
                      req="E2110", appr=["E2102"], contract="THCG-2026-011"),
            ["deposit_words"])

    new_carrier_acct = ids.corp_acct("6228", 19)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
            "account_change_words", "unusual_bank_region"],
           "An e-mail from a hyphenated copy of the carrier's domain says a tax audit froze its account and moves the freight to a rural bank in Wuwei; the change was keyed in four days earlier.",
           T.payment("2026-03-24 14:30", carrier, 126480, "运费", "2月下半月液碱、盐酸外运运费",
                     channel="email", from_name="宏运物流财务部 赵会计", from_contact="caiwu@hongyun-wl.cn",
                     text=f"天昊氯碱财务部：\n您好！因我司正在接受税务专项稽查，原建行基本户自3月18日起暂停对外收款，2月下半月运费请汇入以下新账户：\n户名：石河子宏运危险货物运输有限公司\n开户行：甘肃武威农村商业银行凉州支行\n账号：{new_carrier_acct}\n原账户请勿再汇，否则款项会被退回，影响贵司下月派车。盖章变更函见附件。\n宏运物流 财务部 赵会计",
                     req="E2105", appr=["E2102"], contract="THWL-2026-002", invoice=ids.invoice(),
                     changed="2026-03-20 16:15",
                     payee_over={"account_no": new_carrier_acct, "bank": "甘肃武威农村商业银行凉州支行"}))

    T.legit("payment", "Hard negative: Bag payment to the packaging supplier whose bank change was keyed in September 2025 and paid three times since.",
            T.payment("2026-03-25 12:15", bags, 74400, "货款", "PVC包装袋（三合一，25kg）12万条",
                      req="E2110", appr=["E2102"], contract="THCG-2026-005", invoice=ids.invoice()),
            ["account_changed_long_ago"])

    wj_wx = ids.wxid()
    wj_shop_mobile = ids.mobile()
    T.scam("order", "fake_order", "flag",
           ["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only", "urgency"],
           "A caller claiming to be an armed-police unit's quartermaster orders 20 t of caustic soda and asks us to buy 50 hazmat suits from the outfitter he names and bill them with the soda.",
           T.order("2026-03-26 17:40",
                   {"name": "武警某部石河子中队后勤保障组", "credit_code": None, "contact_name": "刘司务长",
                    "phone": ids.mobile(), "email": None, "im_id": wj_wx, "customer_id": None},
                   [(soda, 20, "吨", 900)], channel="phone", address="石河子市北泉镇某营区（到时电话引导）",
                   deadline="2026-03-30", terms="验收后对公转账",
                   third_party={"name": "乌鲁木齐卫安劳动防护用品经营部", "contact": wj_shop_mobile,
                                "role": "designated_supplier", "amount": 42500},
                   notes="刘司务长来电：营区洗消要用液碱20吨，价格不用谈。另外上级检查要配50套防化服，部队只认卫安那家的（说有资质备案），麻烦你们代为采购，每套850元，跟液碱一起开票、一起结算。下周一检查，防化服必须周五前送到。",
                   ref="th_wj"))

    T.scam("payment", "fake_order", "block",
           ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof",
            "im_instruction", "no_approval", "urgency", "evasion_pinyin"],
           "Sales asks to advance 42.5k to the outfitter's owner for the 'quartermaster's' suits; the unit's own payment is only a 'processing' screenshot and the chat writes the word for 'advance' half in pinyin.",
           T.payment("2026-03-27 15:20",
                     {"name": "王卫安", "account_no": ids.card("6221"), "bank": "中国邮政储蓄银行乌鲁木齐市米东区支行",
                      "account_type": "personal", "vendor_id": None, "phone": wj_shop_mobile},
                     42500, "代采购", "代购防化服50套（武警后勤液碱订单）", channel="im", from_name="刘司务长",
                     from_contact=wj_wx,
                     text="蒋经理，我们后勤的款走的是对公，银行显示“处理中”，截图发你了，最晚明天上午到。卫安那边说不见钱不发货，检查就在后天，你先帮忙垫fu一下4.25万给王老板，到时候跟液碱款一起转给你们，一分不会少。",
                     urgent=True, req="E2120", appr=[], order=REF("th_wj")))

    T.legit("payment", "Hard negative: Month-end power and steam settlement rushed through before the utility's 20:00 cut-off, approved by both finance heads.",
            T.payment("2026-03-31 19:30", power, 3268400, "电费", "3月电费及蒸汽费结算",
                      text="金蝶云星空付款申请单FKSQ2026033106已审核（加急）：3月电费及蒸汽费月末结算。北园热电通知：月末结算款须于今日20:00前到账，否则4月1日起按欠费限负荷。阎立新、贾凤琴已审批。",
                      urgent=True, req="E2104", appr=["E2102", "E2101"], contract="THNY-2026-001",
                      invoice=ids.invoice()),
            ["urgency"])

    T.scam("payment", "authority_impersonation", "block",
           ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
            "no_approval", "urgency", "evasion_traditional"],
           "A caller posing as the economic-crime squad says the account is tied to money laundering; the follow-up SMS, in traditional characters, demands 500k into a 'safe account' for fund verification.",
           T.payment("2026-04-01 11:30",
                     {"name": "石河子市涉案资金监管中心", "account_no": ids.corp_acct("3882", 19),
                      "bank": "中国光大银行深圳分行营业部", "account_type": "unknown", "vendor_id": None, "phone": None},
                     500000, "资金核查", "配合公安机关资金核查（临时监管）", channel="phone",
                     from_name="自称市公安局经侦支队 李警官", from_contact=ids.landline("0993"),
                     text="【来电记录】对方自称市公安局经侦支队李警官，警号036417，称我司农行基本户涉及一起跨境洗錢案件，需将账上资金转入安全帳戶配合核查，核查完毕后全额返还，要求不得告诉公司任何人，否则按妨碍调查处理。\n【对方短信】天昊氯鹼：你司帳戶涉嫌洗錢，即將凍結。請於今日15時前將50萬元匯入指定安全帳戶，配合資金核查，逾期後果自負。",
                     urgent=True, req="E2105", appr=[]))

    T.legit("payment", "Hard negative: Self-assessed back tax and late-payment interest paid to the state treasury through the e-tax bureau.",
            T.payment("2026-04-03 13:10", tax, 218736.40, "税款", "补缴2025年度企业所得税及滞纳金（汇算清缴自查）",
                      text="电子税务局三方协议缴款：2025年度企业所得税汇算清缴自查补报，补缴税款212,960.00元，按日万分之五加收滞纳金5,776.40元，已生成电子缴款书，税务局无需现场处理。",
                      req="E2104", appr=["E2102", "E2101"]),
            ["authority_words"])

    T.scam("payment", "fake_salary", "flag",
           ["payroll_change", "im_instruction", "new_contact", "personal_account", "first_time_payee",
            "unusual_bank_region", "evasion_homophone"],
           "A 'new WeChat' of an electrolysis-shop operator, spelling WeChat with a homophone, asks HR to send his bonus and future pay to a new card in his name at a rural bank in Henan.",
           T.payment("2026-04-07 10:25",
                     {"name": "伊力哈木·托乎提", "account_no": ids.card("6230"), "bank": "河南汝州农村商业银行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     8650, "工资", "电解车间伊力哈木3月绩效奖金（补发）", channel="im", from_name="伊力哈木·托乎提",
                     from_contact=ids.wxid(),
                     text="唐姐好，我是电解车间伊力哈木，原来的威信号被盗了，这是新号。我的农行工资卡丢了已经挂失，3月的绩效麻烦打到我新办的这张卡上，户名还是我的名字，以后工资也都打这张，谢谢唐姐。",
                     req="E2130", appr=["E2102"]))

    T.scam("order", "overpayment_refund", "block",
           ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only",
            "evasion_spacing"],
           "A new building-materials dealer sends a screenshot 100k above its small flake-caustic order and wants the excess sent to a cousin's personal card; the chat spaces out the words for 'paid too much'.",
           T.order("2026-04-09 11:40",
                   {"name": "乌苏市华顺建材经销部", "credit_code": ids.uscc("654202", kind="92"), "contact_name": "陈华顺",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(flake, 15, "吨", 3300)], channel="im", address="乌苏市西湖镇建材市场B区", deadline="2026-04-11",
                   third_party={"name": "马国庆（个人）", "contact": ids.mobile(), "role": "refund_recipient",
                                "amount": 100000},
                   notes="转账截图发你微信了，会计手快多 打 了 十 万，一共转了149500。多出来的10万不用退回公户，直接转我表哥马国庆的建行卡，他那边急用，卡号我一会发你。货今天能装车吗？"))

    T.legit("payment", "Hard negative: Travel expenses reimbursed to the buyer's own bank card.",
            T.payment("2026-04-10 15:35",
                      {"name": "祁东升", "account_no": ids.card("6228"), "bank": "中国农业银行石河子分行",
                       "account_type": "personal", "vendor_id": None, "phone": None},
                      6384.50, "报销", "3月赴宁夏考察电石供应商差旅费报销",
                      text="金蝶云星空费用报销单BXD2026041003已审核：祁东升 3月16日—19日 石河子—银川—石嘴山 考察电石供应商，机票3,120.00、住宿1,680.00、市内交通及餐补1,584.50，附发票12张，打入本人工资卡。",
                      req="E2104", appr=["E2102"]),
           ["personal_account", "first_time_payee"])

    T.scam("payment", "contract_fraud", "flag",
           ["bigproject_words", "deposit_words", "fee_asked_of_seller", "first_time_payee", "shell_company",
            "no_po_contract", "email_instruction", "free_mail", "urgency", "evasion_pinyin"],
           "A two-month-old 'investment' company promising exclusive supply to a 'hundred-billion' industrial park asks for a 300k cooperation deposit before any contract, writing the word for 'deposit' half in pinyin.",
           T.payment("2026-04-14 12:40",
                     {"name": "新疆国投鼎盛实业有限公司", "account_no": ids.corp_acct("305101", 17),
                      "bank": "中国农业银行乌鲁木齐高新区支行", "account_type": "corporate", "vendor_id": None,
                      "phone": ids.mobile()},
                     300000, "保证金", "氯碱循环经济产业园项目合作保证金", channel="email",
                     from_name="新疆国投鼎盛实业有限公司 项目部 马振江", from_contact="dingsheng_gt@126.com",
                     text="周总、蒋经理：\n前期在乌鲁木齐洽谈的“丝路千亿级氯碱—光伏循环经济产业园”，贵司已列入首批配套供应商名单。按集团要求，配套单位须于4月16日前缴纳合作bao证金30万元（合同签订后可抵货款），逾期名额顺延给下一家。园区一期年需液碱8万吨、PVC 3万吨，均由贵司独家供应。\n项目批文、合作协议（我方已盖章）见附件，请回签。\n马振江",
                     urgent=True, req="E2120", appr=["E2102", "E2100"]))

    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo", "no_approval",
            "urgency", "evasion_homophone", "im_instruction"],
           "The cashier, hooked by a task-rebate group, raises a 28.8k 'current account' payment to a stranger's card; the pasted group notice spells 'order brushing' and 'rebate' with homophones.",
           T.payment("2026-04-16 17:20",
                     {"name": "覃丽娟", "account_no": ids.card("6231"), "bank": "广西北部湾银行南宁分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     28800, "往来款", "往来款", channel="im", from_name="派单员-小雨", from_contact=ids.wxid(),
                     text="【唰单任务群】第3轮联单：\n任务金额28800，完成后本金+返力12%一并提现\n⚠️联单期间不能中断，中断视为违规，前面本金无法提现\n收款人：覃丽娟 广西北部湾银行\n请在30分钟内完成充值并截图",
                     urgent=True, req="E2105", appr=[]))

    T.legit("payment", "Hard negative: Printing of fraud-awareness booklets for the police station's talk at the plant, from a local printer used for the first time.",
            T.payment("2026-04-17 16:00",
                      {"name": "石河子开发区博艺印务有限公司", "account_no": ids.corp_acct("8201002", 18),
                       "bank": "石河子农村商业银行开发区支行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0993")},
                      5600, "宣传费", "反诈宣传手册印制（2000册）",
                      text="金蝶云星空付款申请单FKSQ2026041704已审核：配合开发区派出所4月22日“反诈进企业”专题讲座，印制《财务人员防骗手册》2000册、海报60张，内容由派出所民警审定。合同THXZ-2026-019。",
                      req="E2130", appr=["E2102"], contract="THXZ-2026-019", invoice=ids.invoice()),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "boss_impersonation", "flag",
           ["email_instruction", "lookalike_domain", "secrecy_words", "bypass_process", "personal_account",
            "first_time_payee", "no_approval", "boss_role", "vague_memo", "off_hours"],
           "An evening e-mail from a look-alike of the company domain (rn for m), signed by the CFO, tells the cashier to clear an 'old balance' with 186k to a private card and keep it from the finance manager.",
           T.payment("2026-04-21 20:40",
                     {"name": "马晓东", "account_no": ids.card("6217"), "bank": "中国建设银行奎屯分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     186000, "往来款", "清理与奎屯方面往来款", channel="email", from_name="贾凤琴",
                     from_contact="jiafengqin@tianhao-chern.com",
                     text="努尔古丽：\n集团审计组明天上午进场，我们和奎屯那边有一笔老的往来一直挂在账上，今晚得处理掉。你先付18.6万到马晓东的建行卡，用途写往来款，审批流程我明天回来补签。\n这件事只你我知道，不要跟阎经理和其他人讲，审计问起来我来解释。\n贾凤琴\n发自我的iPhone",
                     req="E2105", appr=[]))

    T.legit("order", "Hard negative: Large first order from a new water-treatment company, paid in full in advance and seen on the bank statement.",
            T.order("2026-04-22 15:15",
                    {"name": "新疆博宇净水材料有限公司", "credit_code": ids.uscc("650109"), "contact_name": "潘立国",
                     "phone": ids.landline("0991"), "email": "purchase@boyu-water.com", "im_id": None, "customer_id": None},
                    [(soda, 800, "吨", 860)], channel="email", address="乌鲁木齐市米东区化工工业园博宇净水材料公司",
                    deadline="2026-05-10", terms="全额预付（已到账）",
                    notes="新客户首单，合同THXS-2026-047已双方盖章。688,000元已于4月22日由客户对公账户（乌鲁木齐银行米东支行）全额汇入我司农行基本户，财务已核对网银到账。分批汽运，每批30吨，由我方委托宏运危运承运。"),
            ["new_customer", "large_first_order"])

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "vague_memo", "evasion_pinyin"],
           "A long-standing customer's owner asks to route 800k through our corporate account (written dgzh) and pay 792k on to his supplier for an 8k 'fee'; the incoming money is from an unknown payer.",
           T.payment("2026-04-23 11:50",
                     {"name": "乌鲁木齐恒通达物资贸易有限公司", "account_no": ids.corp_acct("1513", 16),
                      "bank": "中国民生银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     792000, "代付", "代金盛塑胶付上游货款", channel="im", from_name="金盛塑胶 阿不都老板",
                     from_contact=ids.wxid(),
                     text="蒋经理，帮个忙。我们公户被银行限额了，一天只能出5万，上游恒通达催货款。我让客户先把80万打到你们dgzh上，你们收到后帮我走一下帐，转79.2万给恒通达，剩下8000算你们的辛苦费。咱们合作这么多年了，放心。钱已经到了，你让财务看一下。",
                     req="E2120", appr=["E2102"]))

    T.scam("payment", "fake_invoice", "block", ["duplicate_invoice"],
           "Structural only: the installer's February electrolyser-overhaul invoice, already paid on 3 February, comes through again as an ordinary ERP request.",
           T.payment("2026-04-27 11:10", repair, 168500, "维修费", "1#电解槽检修款",
                     req="E2104", appr=["E2102"], contract="THWX-2026-006", invoice=repair_inv))

    T.legit("order", "Hard negative: Small PVC order by WeChat from the established window-frame workshop.",
            T.order("2026-04-28 16:30", xinfeng, [(pvc, 8, "吨", 5020)], channel="im", deadline="2026-04-30",
                    notes="刘老板微信下单：老规矩SG-5来8吨，钱下午转你们公户，明天自己拉。"),
            ["contact_im_only"])

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency",
            "evasion_traditional"],
           "A 'loan platform' says a 5m working-capital loan is approved but 500k must first go to its risk officer's personal card for 'capital verification', the notice written in traditional characters.",
           T.payment("2026-04-29 10:30",
                     {"name": "付晓峰", "account_no": ids.card("6222"), "bank": "中国工商银行深圳福田支行",
                      "account_type": "personal", "vendor_id": None, "phone": ids.mobile()},
                     500000, "验资", "贷款验资款（放款后退回）", channel="phone", from_name="鼎信普惠 风控专员 付经理",
                     from_contact=ids.mobile(),
                     text="【通话记录整理】对方称我司申请的500万流动资金贷款已过终审，放款前须证明还款能力：将贷款额10%即50万转入风控专员个人账户“驗資”，系统核验通过后连同贷款一起返还。对方发来《驗資通知書》：\n“貴司貸款已審批通過，請於今日16時前完成驗資，逾期額度凍結，需另行繳納解凍費。”",
                     urgent=True, req="E2102", appr=["E2101"]))

    T.legit("payment", "Hard negative: Urgent prepayment to the licensed hazardous-waste disposer so spent mercury catalyst leaves before the May holiday.",
            T.payment("2026-04-30 18:10", hazwaste, 56000, "危废处置费", "废氯化汞触媒（HW29）转移处置预付款",
                      text="金蝶云星空付款申请单FKSQ2026043009已审核（加急）：五一假期前须完成废氯化汞触媒转移，清泉环保要求处置费预付到账后派车，转移联单编号6590012026043001。",
                      urgent=True, req="E2104", appr=["E2102", "E2101"], contract="THHB-2026-003"),
            ["urgency"])

    T.scam("payment", "fake_purchaser", "flag",
           ["fee_asked_of_seller", "lookalike_company", "first_time_payee", "email_instruction", "free_mail",
            "no_po_contract"],
           "The same look-alike 'pipe maker' buyer asks for a 6.8k supplier-onboarding fee to its 'group supply-chain company' before its 600 t order can be released.",
           T.payment("2026-05-07 15:40",
                     {"name": "石河子永固供应链管理有限公司", "account_no": ids.corp_acct("650501", 19),
                      "bank": "中国建设银行石河子北泉支行", "account_type": "corporate", "vendor_id": None,
                      "phone": ids.mobile()},
                     6800, "入网费", "永固集团供应链平台供应商入网费", channel="email", from_name="谢宇航",
                     from_contact="yonggu_xieyh@163.com",
                     text="蒋经理：上次说的600吨SG-5，集团采购平台要求新供应商先完成入网认证，认证费6800元打到集团供应链公司账户，开电子票给你们。认证通过后系统自动生成采购合同，第一批300吨下周一就可以发。账户信息见附件。",
                     req="E2120", appr=["E2102"]))

    T.legit("payment", "Hard negative: Court-ordered judgment sum paid into the Shihezi court's enforcement account named on the enforcement notice.",
            T.payment("2026-05-08 12:30",
                      {"name": "石河子市人民法院执行款专户", "account_no": ids.corp_acct("305901", 17),
                       "bank": "中国农业银行石河子分行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0993")},
                      126400, "执行款", "（2026）兵0901执218号执行款",
                      text="金蝶云星空付款申请单FKSQ2026050803已审核：与奎屯某安装公司工程款纠纷一案，依据石河子市人民法院（2026）兵0901执218号执行通知书，向法院执行款专户缴纳执行款126,400元，法务已核对通知书原件及法院官网公布的账户。",
                      req="E2104", appr=["E2102", "E2100"]),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "personal_account", "im_instruction",
            "new_contact", "first_time_payee", "evasion_fullwidth"],
           "A new QQ account claiming to be the dyeing customer's accountant wants a 23k 'overpayment' returned to his personal card because the company account is 'under annual review'; figures typed full-width.",
           T.payment("2026-05-12 13:50",
                     {"name": "石磊", "account_no": ids.card("6212"), "bank": "中国工商银行奎屯分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     23000, "退款", "锦华印染多付液碱款退回", channel="im", from_name="锦华印染 石磊",
                     from_contact="QQ:" + ids.qq(),
                     text="你好，我是锦华印染财务石磊，换了个ＱＱ号。我们上周付液碱款多转了２．３万，公户在做年审暂时不能收款，麻烦退到我个人卡上，工行６２１２开头那张，今天能处理吗？",
                     req="E2104", appr=["E2102"]))

    T.legit("payment", "Hard negative: A duplicate payment from the established pipe maker returned to the same corporate account it came from.",
            T.payment("2026-05-13 15:25",
                      {"name": "石河子永固管业有限公司", "account_no": ids.corp_acct("650501", 19),
                       "bank": "中国建设银行石河子分行", "account_type": "corporate", "vendor_id": None,
                       "phone": yonggu.phone},
                      1010100, "退款", "原路退回永固管业4月2日订单重复付款",
                      text="金蝶云星空付款申请单FKSQ2026051305已审核：永固管业4月2日订单PVC货款1,010,100.00元重复支付两笔（网银流水尾号0067、0071，均来自其建行基本户），经对方财务王玉珍来函盖章确认，将重复的一笔原路退回其付款账户。",
                      req="E2104", appr=["E2102", "E2101"]),
            ["refund_words", "overpayment", "first_time_payee"])

    T.scam("payment", "fake_salary", "block",
           ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
           "Structural only: nine casual loaders' April wages go in one payment to a private card held by someone who is not on the loader roster; the ERP wording is ordinary.",
           T.payment("2026-05-14 11:45",
                     {"name": "何建明", "account_no": ids.card("6228"), "bank": "中国农业银行沙湾县支行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     43200, "工资", "4月临时装卸工工资（9人）", req="E2130", appr=["E2102"]))

    T.legit("payment", "Hard negative: Acceptance-bill margin moved into the company's own margin account at its bank.",
            T.payment("2026-05-15 10:40",
                      {"name": "石河子天昊氯碱化工有限公司", "account_no": ids.corp_acct("305921010900", 17),
                       "bank": "中国农业银行石河子开发区支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                      1200000, "保证金", "开立银行承兑汇票保证金（30%）",
                      text="金蝶云星空付款申请单FKSQ2026051502已审核：向农行石河子开发区支行申请开立银行承兑汇票400万元（收款人金鼎电石，期限6个月），按30%比例转入本公司在农行开立的承兑保证金专户，协议号ABC-SHZ-CD-2026-0415。",
                      req="E2104", appr=["E2102", "E2101"]),
            ["deposit_words", "first_time_payee"])

    T.scam("order", "contract_fraud", "flag",
           ["guarantee_unverified", "fake_payment_proof", "new_customer", "large_first_order", "far_delivery",
            "contact_im_only"],
           "A Shenzhen 'supply-chain' company wants 2,000 t of PVC at once, paid with a six-month commercial acceptance bill from its own holding company that exists only as a screenshot.",
           T.order("2026-05-18 16:55",
                   {"name": "深圳前海鑫泓达供应链有限公司", "credit_code": ids.uscc("440300"), "contact_name": "邓总",
                    "phone": ids.mobile(), "email": "denghd@xhd-scm.com", "im_id": ids.wxid(), "customer_id": None},
                   [(pvc, 2000, "吨", 4880)], channel="im", address="新疆阿拉山口综合保税区鑫泓达监管仓",
                   deadline="2026-05-30", terms="电子商业承兑汇票（出票人：深圳前海鑫泓达控股有限公司，6个月到期）",
                   notes="邓总微信：2000吨一次付清，用我们集团开的电子商承，票据号码和票面截图已发。价格按你们出厂价，不压价。要求5月底前全部发到阿拉山口保税区，后面还有长期单子。问商票能不能查，对方说“你们开户行系统里能看到”。"))

    T.legit("payment", "Hard negative: IBC totes bought from our own vetted supplier because the water-treatment customer specifies them, after the customer prepaid.",
            T.payment("2026-05-19 11:25", ibc, 36000, "货款", "次氯酸钠灌装用IBC吨桶200只（宏达指定规格）",
                      text="金蝶云星空付款申请单FKSQ2026051904已审核：宏达水处理剂次氯酸钠订单（{ORDER}）要求使用其认证的佳润塑业1000L IBC吨桶（客户AVL），客户已预付全部货款及包装费（农行到账回单已核），佳润为我司合格供应商，按采购合同THCG-2026-021执行。",
                      req="E2110", appr=["E2102"], order=REF("th_hd"), contract="THCG-2026-021",
                      invoice=ids.invoice()),
            ["designated_supplier", "sales_order_linked"])

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "personal_account", "first_time_payee", "urgency", "off_hours", "no_approval",
            "evasion_spacing"],
           "A late-evening SMS from a fake 'enterprise tax office' threatens the abnormal-operations list and wants a 4.8k 'report re-entry fee' paid to a private card; the words for 'abnormal operations' are spaced out.",
           T.payment("2026-05-20 21:15",
                     {"name": "何玉梅", "account_no": ids.card("6221"), "bank": "中国邮政储蓄银行贵阳市分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     4800, "年报费", "营业执照年报补录费", channel="sms", from_name="企税办", from_contact=ids.mobile(),
                     text="【企税办】石河子天昊氯碱化工有限公司：贵单位2025年度企业年报未按时报送，已被系统标记为经 营 异 常，请于24小时内办理补录，补录费4800元，转账至经办人何玉梅（邮储银行），逾期将列入严重违法失信名单并处罚款。",
                     urgent=True, req="E2104", appr=[]))

    new_carbide_acct = ids.corp_acct("305324", 17)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "payee_name_mismatch", "first_time_payee"],
           "Structural only: the carbide supplier's bank details were re-keyed four days ago to an account held by a differently named trading company, and this routine payment is the first to it.",
           T.payment("2026-05-25 10:30", carbide, 1520 * 2800, "货款", "电石款（1520吨）",
                     req="E2104", appr=["E2102", "E2101"], contract="THCG-2026-002", invoice=ids.invoice(),
                     changed="2026-05-21 17:05",
                     payee_over={"name": "玛纳斯金鼎商贸有限公司", "account_no": new_carbide_acct}))

    T.legit("payment", "Hard negative: Training fees to the regular training school, the text mentioning the job-stabilisation subsidy the company received.",
            T.payment("2026-05-26 15:00", school, 38400, "培训费", "特种作业人员复审培训费（32人）",
                      text="金蝶云星空付款申请单FKSQ2026052603已审核：2026年失业保险稳岗返还（稳岗补贴）186,520元已由石河子市社保中心拨入我司基本户（回单已附），按公司决定用于职工技能培训。本次支付安培职业技能培训学校特种作业（危化品、电工）复审培训费32人×1200元。",
                      req="E2130", appr=["E2102"], contract="THRL-2026-004", invoice=ids.invoice()),
            ["subsidy_words"])

    T.scam("order", "fake_order", "block",
           ["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
            "contact_im_only", "urgency", "evasion_homophone"],
           "A 'hospital logistics section' ordering hypochlorite by WeChat (the app's name spelled with a homophone) sends a transfer screenshot and asks us to pay 86k today for two disinfection robots from the firm it names.",
           T.order("2026-05-27 11:00",
                   {"name": "第八师某医院后勤保障科", "credit_code": None, "contact_name": "赵科长",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(naclo, 30, "吨", 720)], channel="im", address="石河子市北子午路（医院后勤库房）",
                   deadline="2026-05-29", terms="对公转账（称已付）",
                   third_party={"name": "乌鲁木齐康洁医疗设备有限公司", "contact": ids.mobile(),
                                "role": "designated_supplier", "amount": 86000},
                   notes="赵科长薇信：消毒液30吨的款我们财务已对公转账了，回单截图发你了，系统显示24小时内到账。院感科还要2台消毒机器人，只认康洁的，医院走不了这个采购流程，麻烦你们先付8.6万给康洁，下周连同消毒液款一起给你们结，院领导等着验收，今天务必付。"))

    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "cannot_call", "secrecy_words", "first_time_payee",
            "no_approval", "boss_role", "urgency", "evasion_fullwidth"],
           "In a QQ group created that day the fake GM asks for screenshots of both bank balances, then orders a 265k 'project prepayment' to an unknown trading firm, the amount typed in full-width characters.",
           T.payment("2026-05-28 16:20",
                     {"name": "新疆亿鑫源工贸有限公司", "account_no": ids.corp_acct("30020101", 19),
                      "bank": "中国工商银行乌鲁木齐天山支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     265000, "预付款", "项目预付款", channel="im", from_name="周振邦",
                     from_contact="QQ群：天昊氯碱经营管理群（5月28日新建）",
                     text="周振邦：@努尔古丽·艾买提 把今天农行、建行的账上余额截图发到群里\n努尔古丽·艾买提：[图片]\n周振邦：好的。亿鑫源工贸有一笔项目预付款２６．５万，今天必须付掉，账户信息我私发你\n周振邦：我在开会，不方便接电话，付完回单发群里。这个事先不要在其他群里说",
                     urgent=True, req="E2105", appr=[]))

    T.scam("payment", "task_rebate", "flag",
           ["task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "no_po_contract",
            "im_instruction", "deposit_words"],
           "A salesman asks to pay a 3k 'promotion deposit' to a web firm's merchant account for like-and-follow tasks that 'pay 8% commission', with no contract or invoice.",
           T.payment("2026-06-02 17:45",
                     {"name": "杭州星罗网络科技有限公司", "account_no": ids.corp_acct("2088", 16),
                      "bank": "浙江网商银行（支付宝商户收款）", "account_type": "corporate", "vendor_id": None, "phone": None},
                     3000, "推广费", "抖音企业号推广", channel="im", from_name="星罗传媒 客服-安琪",
                     from_contact=ids.wxid(),
                     text="亲，您好～贵公司抖音企业号的点赞关注任务已开通，先交3000元推广保证金，每完成一组任务返佣8%，当天结算。付款请转到我们公司商户账户，完成后截图发我，马上派第一组任务～",
                     req="E2121", appr=["E2120"]))

    new_cyl_acct = ids.corp_acct("8201003", 18)
    T.legit("payment", "Hard negative: First payment to the cylinder company's new account, changed twelve days ago on a stamped letter and confirmed by calling the landline already on file.",
            T.payment("2026-06-03 14:35", cylinders, 15600, "检验费", "液氯钢瓶定期检验费（26只）",
                      text="金蝶云星空付款申请单FKSQ2026060305已审核：安达气瓶5月20日来函（加盖公章及财务专用章）告知基本户由中行迁至石河子农商行，阎立新5月22日按供应商档案中的座机回拨其财务负责人核实无误。本次支付液氯钢瓶定期检验费26只×600元。",
                      req="E2104", appr=["E2102"], contract="THCG-2026-011", invoice=ids.invoice(),
                      changed="2026-05-22 11:30",
                      verification={"callback_done": True, "callback_number": cylinders.phone,
                                    "verified_by": "E2102", "verified_at": "2026-05-22 16:10"},
                      payee_over={"account_no": new_cyl_acct, "bank": "石河子农村商业银行开发区支行"}),
            ["account_changed_recent", "first_time_payee", "account_change_words"])

    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "deposit_words", "fee_words", "first_time_payee", "no_po_contract", "phone_instruction"],
           "A 'guarantee consultancy' promising a 3m unsecured loan in three days wants an 8k appraisal fee and a 20k risk deposit before any loan contract exists.",
           T.payment("2026-06-04 11:10",
                     {"name": "新疆汇通融信担保咨询有限公司", "account_no": ids.corp_acct("1010", 17),
                      "bank": "乌鲁木齐银行经济技术开发区支行", "account_type": "corporate", "vendor_id": None,
                      "phone": ids.mobile()},
                     28000, "服务费", "300万融资服务费及风险保证金", channel="phone",
                     from_name="汇通融信 客户经理 韦先生", from_contact=ids.mobile(),
                     text="【来电及微信整理】对方称可为我司办理300万“无抵押、三天放款”的经营贷，年化3.6%，合作银行是“几家城商行”。需先付评估服务费8000元和风险保证金2万元到其公司账户，放款后保证金退回。贷款合同放款当天再签。",
                     req="E2102", appr=["E2101"]))

    T.scam("payment", "fake_invoice", "flag",
           ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency"],
           "A 'brand protection centre' e-mail bills 3,980 to 'renew' a Chinese domain the company never registered, warning that a third party is about to take the name.",
           T.payment("2026-06-05 15:50",
                     {"name": "北京华夏网信品牌管理有限公司", "account_no": ids.corp_acct("1518", 16),
                      "bank": "中国民生银行北京中关村支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     3980, "续费", "中文域名及通用网址年度续费", channel="email", from_name="中国企业网络品牌保护中心",
                     from_contact="service@cnbrand-center.org.cn",
                     text="尊敬的石河子天昊氯碱化工有限公司：\n贵司注册的中文域名“天昊氯碱.中国”及通用网址“天昊氯碱”将于2026年6月10日到期。近期有第三方机构申请注册“天昊氯碱”相关域名，为保护贵司品牌权益，请于到期前完成续费（3年3980元），逾期将进入公开注册流程，由此造成的品牌损失由贵司自行承担。\n缴费账户：北京华夏网信品牌管理有限公司\n品牌保护中心 审核处",
                     urgent=True, req="E2104", appr=["E2102"]))

    T.scam("order", "account_lending", "block",
           ["account_lending_words", "new_customer", "contact_im_only", "in_out_match", "evasion_traditional"],
           "A new Huocheng trader, writing in traditional characters, will pay 1.188m for an 88k caustic order and wants us to pass 1.1m on to another company because its own account is 'restricted'.",
           T.order("2026-06-08 12:00",
                   {"name": "霍城县金丰源商贸有限公司", "credit_code": ids.uscc("654023"), "contact_name": "艾力",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(soda, 100, "吨", 880)], channel="im", address="霍城县清水河镇工业园", deadline="2026-06-12",
                   terms="预付",
                   third_party={"name": "伊宁市鑫旺达贸易有限公司", "contact": ids.mobile(),
                                "role": "pass_through_payee", "amount": 1100000},
                   notes="艾力微信：液鹼100噸，款我們一次打118.8萬過來，其中8.8萬是貨款，剩下110萬麻煩你們轉給鑫旺達貿易，我們公司帳戶被限制了，借你們的公戶過賬一下，按1%給你們好處費，錢今天下午到。"))

    T.legit("payment", "Hard negative: The GM's WeChat message to pay an emergency electrolyser repair, paid to the long-standing installer through full ERP approval.",
            T.payment("2026-06-10 19:40", repair, 86500, "维修费", "2#电解槽泄漏抢修款", channel="im",
                      from_name="周振邦", from_contact="周振邦（公司通讯录微信）",
                      text="周振邦（微信）：鼎力的人昨晚通宵把2#槽抢修好了，抢修款今天付掉，别让人家等。\n阎立新：收到周总，已在金蝶提交FKSQ2026061007，合同THWX-2026-006、发票已到，审批已走完。",
                      urgent=True, req="E2105", appr=["E2102", "E2101"], contract="THWX-2026-006",
                      invoice=ids.invoice()),
            ["im_instruction", "boss_role", "urgency", "account_changed_long_ago"])

    T.scam("order", "fake_purchaser", "flag",
           ["institution_claim", "hazardous_no_permit", "credit_terms_requested", "residential_delivery",
            "contact_mismatch", "free_mail", "new_customer"],
           "A self-styled central-SOE purchasing centre e-mails from a 163.com address for liquid chlorine and flake caustic on 90-day terms, permits 'to follow', delivered to a shop unit in a housing estate.",
           T.order("2026-06-11 16:10",
                   {"name": "中能化工集团新疆物资采购中心", "credit_code": None, "contact_name": "罗工",
                    "phone": ids.mobile(), "email": "luogong_zhcg@163.com", "im_id": None, "customer_id": None},
                   [("液氯（钢瓶装）", 30, "吨", 650), (flake, 100, "吨", 3250)], channel="email",
                   address="乌鲁木齐市米东区古牧地东路某小区12栋底商（临时库房）", deadline="2026-06-15",
                   terms="货到验收后90天付款（央企统一结算）",
                   notes="罗工邮件：我中心为集团新疆区域项目集中采购，液氯、片碱各一批，请按附件采购单供货。危化品购买许可证和公安备案正在办理，先发货后补。收货地址为临时库房，到货前电话联系。"))

    T.scam("order", "overpayment_refund", "flag",
           ["new_customer", "third_party_payer", "overpayment", "urgency"],
           "A new pipe maker's order is paid from a third person's private account, 18k more than due, with the balance 'left with you until I say what to do with it'.",
           T.order("2026-06-12 11:30",
                   {"name": "玛纳斯县宏泰管业有限公司", "credit_code": ids.uscc("652324"), "contact_name": "宋宏",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(pvc, 20, "吨", 4900)], channel="phone", address="玛纳斯县塔西河工业园", deadline="2026-06-16",
                   notes="宋总电话：款是让老乡李建伟用个人账户转的，转了116,000，多了18,000，先放你们那儿，下次订货再扣，或者到时候我再告诉你们怎么处理。要求今天下午发货。"))

    return T.finish()
