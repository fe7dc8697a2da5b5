"""Tenant 3: 新疆昌吉晶曜硅材料有限公司 — polysilicon, Changji high-tech zone."""
import random
from common import Tenant, Party, Customer, REF

KEY = "jingyao"


def build(ids):
    rng = random.Random(33)
    staff = {
        "E4500": "柏永胜",          # 董事长
        "E4501": "曹文斌",          # 总经理
        "E4502": "付丽萍",          # 财务总监
        "E4503": "严志军",          # 财务经理（单笔5万元以下终审）
        "E4505": "热依拉·买买提",    # 出纳
        "E4506": "方静",            # 会计
        "E4510": "钱宇",            # 采购
        "E4520": "龚晨",            # 销售经理
        "E4530": "葛淑珍",          # 人事
    }

    def erp(memo, party, contract, invoice, when, n):
        short = party.short if isinstance(party, Party) else party["name"]
        s = f"泛微OA【付款审批】FK-{when[:10].replace('-', '')}-{n:03d}已办结：{memo}；收款方：{short}"
        if contract:
            s += f"；合同：{contract}"
        if invoice:
            s += f"；发票：{invoice}"
        return s

    T = Tenant(KEY, "JY-FK", "JY-XS", ids.corp_acct("30020512", 19), "新疆昌吉晶曜硅材料有限公司", staff, erp)

    silicon = Party("和静县金泰硅业有限公司", ids.corp_acct("305827", 17), "中国农业银行和静县支行",
                    vendor_id="V-JY01", phone=ids.landline("0996"), short="金泰硅业")
    chlorine = Party("乌鲁木齐北亭氯碱有限公司", ids.corp_acct("30020207", 19), "中国工商银行乌鲁木齐米东支行",
                     vendor_id="V-JY02", phone=ids.landline("0991"), short="北亭氯碱")
    power = Party("昌吉高新区配售电有限公司", ids.corp_acct("30020513", 19), "中国工商银行昌吉分行",
                  vendor_id="V-JY03", phone=ids.landline("0994"), short="高新区配售电")
    graphite = Party("宁夏石嘴山恒晟碳素制品有限公司", ids.corp_acct("7020", 18), "宁夏银行石嘴山分行",
                     vendor_id="V-JY04", phone=ids.landline("0952"), changed_at="2025-08-12 11:00", short="恒晟碳素")
    gases = Party("昌吉市昊天工业气体有限公司", ids.corp_acct("650507", 19), "中国建设银行昌吉分行",
                  vendor_id="V-JY05", phone=ids.landline("0994"), short="昊天气体")
    packing = Party("昌吉市瑞华包装材料有限公司", ids.corp_acct("650508", 19), "中国建设银行昌吉延安北路支行",
                    vendor_id="V-JY06", phone=ids.landline("0994"), short="瑞华包装")
    logistics = Party("昌吉顺捷物流有限公司", ids.corp_acct("305305", 17), "中国农业银行昌吉分行",
                      vendor_id="V-JY07", phone=ids.landline("0994"), short="顺捷物流")
    instruments = Party("新疆精控仪表工程有限公司", ids.corp_acct("1074", 16), "中国银行乌鲁木齐高新区支行",
                        vendor_id="V-JY08", phone=ids.landline("0991"), changed_at="2025-11-20 16:30", short="精控仪表")
    waste = Party("新疆净源危废处置有限公司", ids.corp_acct("30020208", 19), "中国工商银行乌鲁木齐米东支行",
                  vendor_id="V-JY09", phone=ids.landline("0991"), short="净源危废")
    labour = Party("昌吉市众诚劳务派遣有限公司", ids.corp_acct("30020514", 19), "中国工商银行昌吉延安南路支行",
                   vendor_id="V-JY10", phone=ids.landline("0994"), short="众诚劳务")
    hardware = Party("昌吉市老马五金机电经营部", ids.card("6228"), "中国农业银行昌吉分行", account_type="personal",
                     vendor_id="V-JY11", phone=ids.mobile(), short="老马五金（个体）")
    bank_int = Party("中国工商银行昌吉分行贷款利息收入户", ids.corp_acct("30020515", 19), "中国工商银行昌吉分行",
                     vendor_id="BK-JY01", short="工行昌吉分行")
    payroll = Party("中国工商银行昌吉分行代发工资专户", ids.corp_acct("30020516", 19), "中国工商银行昌吉分行",
                    vendor_id="PAY-JY", short="工行代发工资专户")
    tax = Party("国家金库昌吉市支库", ids.corp_acct("652301", 17), "国家金库昌吉市支库", vendor_id="TAX-JY",
                short="国家金库昌吉市支库")

    jingchuan = Customer("无锡晶川光伏科技有限公司", ids.uscc("320214"), "尹文杰", ids.landline("0510"),
                         "yinwj@jc-pv.com", None, "C-JY01", "江苏省无锡市新吴区晶川光伏硅片厂", "无锡晶川")
    xinjing = Customer("包头市新晶能源有限公司", ids.uscc("150205", new_style=False), "高敏", ids.landline("0472"),
                       "gaomin@xjny.com.cn", None, "C-JY02", "内蒙古包头市青山区装备制造园新晶能源厂区", "包头新晶")
    tiansheng = Customer("新疆天晟硅烷科技有限公司", ids.uscc("652301"), "陶建新", ids.landline("0994"),
                         "taojx@ts-silane.com", None, "C-JY03", "昌吉高新区硅基新材料产业园天晟硅烷", "天晟硅烷")
    hengyuan = Customer("昌吉市恒远化工贸易商行", ids.uscc("652301", kind="92"), "何远", ids.mobile(),
                        None, ids.wxid(), "C-JY04", "昌吉市三工镇化工物流园恒远商行", "恒远化工")

    dense = "多晶硅（N型致密料）"
    recharge = "多晶硅（N型复投料）"
    stc = "四氯化硅（工业级）"
    tcs = "三氯氢硅"

    def si_pay(when, tons, price, test=False):
        memo = rng.choice(["工业硅（553#）{}吨", "工业硅款，{}吨（421#）", "工业硅货款（{}吨）"]).format(tons)
        b = T.payment(when, silicon, tons * price, "货款", memo, req="E4506", appr=["E4503", "E4502"],
                      contract="JYCG-2026-001", invoice=ids.invoice())
        note = "Weekly metallurgical-silicon payment to the regular supplier."
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
    for when, t, p in [("2026-03-02 11:05", 620, 9900), ("2026-03-09 15:40", 580, 9900), ("2026-03-16 10:50", 640, 9850),
                       ("2026-03-23 16:15", 600, 9850), ("2026-03-30 11:30", 610, 9800), ("2026-04-07 15:05", 590, 9800),
                       ("2026-04-13 10:35", 630, 9750), ("2026-04-20 15:50", 600, 9750), ("2026-04-27 11:20", 615, 9700),
                       ("2026-05-06 16:00", 605, 9700)]:
        si_pay(when, t, p)
    for when, t in [("2026-03-04 15:20", 520), ("2026-03-18 11:10", 480), ("2026-04-01 16:25", 510),
                    ("2026-04-15 10:55", 495), ("2026-04-29 15:35", 530)]:
        T.hist("payment", "Liquid-chlorine payment to the regular chlor-alkali plant.",
               T.payment(when, chlorine, t * 780, "货款", f"液氯{t}吨（管道/槽车）", req="E4506", appr=["E4503", "E4502"],
                         contract="JYCG-2026-002", invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-05 11:45", "2月电费", 13986420.00), ("2026-04-03 10:20", "3月电费", 14527760.00),
                            ("2026-05-07 11:15", "4月电费", 14208390.00)]:
        T.hist("payment", "Monthly electricity bill to the zone's power retailer.",
               T.payment(when, power, amt, "电费", memo, req="E4506", appr=["E4503", "E4502"], contract="JYNY-2026-001",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-11 16:05", "石墨卡瓣、石墨夹头", 186400.00), ("2026-04-08 11:25", "石墨加热器2套", 238000.00),
                            ("2026-05-06 11:40", "石墨底盘及卡瓣", 152600.00)]:
        T.hist("payment", "Graphite parts from the supplier whose account change dates from Aug 2025.",
               T.payment(when, graphite, amt, "货款", memo, req="E4510", appr=["E4503", "E4502"], contract="JYCG-2026-004",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-12 15:15", "2月高纯氮气、氩气", 96300.00), ("2026-04-10 11:35", "3月高纯氮气、氩气", 101850.00)]:
        T.hist("payment", "Industrial gases from the regular gas company.",
               T.payment(when, gases, amt, "货款", memo, req="E4510", appr=["E4503", "E4502"], contract="JYCG-2026-005",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-19 16:30", "双层洁净PE袋、纸箱", 78600.00), ("2026-04-16 11:50", "双层洁净PE袋、托盘膜", 81200.00)]:
        T.hist("payment", "Packaging from the regular packaging maker.",
               T.payment(when, packing, amt, "货款", memo, req="E4510", appr=["E4503", "E4502"], contract="JYCG-2026-006",
                         invoice=ids.invoice()))
    dup_inv = ids.invoice()
    for when, memo, amt, iv in [("2026-03-13 10:45", "2月下半月硅料发运运费", 64200.00, ids.invoice()),
                                ("2026-03-27 15:55", "3月上半月硅料发运运费", 58900.00, ids.invoice()),
                                ("2026-04-14 16:20", "3月下半月硅料发运运费", 71350.00, dup_inv),
                                ("2026-04-28 11:05", "4月上半月硅料发运运费", 62480.00, ids.invoice())]:
        T.hist("payment", "Freight to the regular carrier.",
               T.payment(when, logistics, amt, "运费", memo, req="E4506", appr=["E4503", "E4502"], contract="JYWL-2026-001",
                         invoice=iv))
    for when, memo, amt in [("2026-03-17 11:40", "DCS系统年度维保（一季度）", 42000.00), ("2026-04-09 16:10", "还原炉测温仪表更换", 36800.00),
                            ("2026-04-30 11:55", "氢气回收装置仪表检修", 27500.00)]:
        T.hist("payment", "Instrument maintenance by the firm whose account change dates from Nov 2025.",
               T.payment(when, instruments, amt, "维修费", memo, req="E4510", appr=["E4503"], contract="JYWX-2026-003",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-25 15:30", "废硅粉、废酸处置费（2月）", 84300.00), ("2026-04-24 11:15", "废硅粉、废酸处置费（3月）", 79600.00)]:
        T.hist("payment", "Hazardous-waste disposal by the licensed disposer.",
               T.payment(when, waste, amt, "危废处置费", memo, req="E4506", appr=["E4503", "E4502"], contract="JYHB-2026-002",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-10 15:10", "2月派遣员工工资及管理费", 398200.00), ("2026-04-10 15:55", "3月派遣员工工资及管理费", 405600.00),
                            ("2026-05-08 16:20", "4月派遣员工工资及管理费", 409850.00)]:
        T.hist("payment", "Monthly fee to the labour-dispatch agency.",
               T.payment(when, labour, amt, "劳务费", memo, req="E4530", appr=["E4503", "E4502"], contract="JYRL-2026-001",
                         invoice=ids.invoice()))
    for when, memo, amt in [("2026-03-20 16:40", "五金工具、螺栓紧固件", 6820.00), ("2026-04-22 11:30", "电动工具及配件", 9460.00)]:
        T.hist("payment", "Hardware from the local sole-trader shop, paid to its owner's account.",
               T.payment(when, hardware, amt, "货款", memo, req="E4510", appr=["E4503"], invoice=ids.invoice()))
    for when, memo in [("2026-03-20 11:10", "固定资产贷款利息（3月）"), ("2026-04-20 11:45", "固定资产贷款利息（4月）")]:
        T.hist("payment", "Monthly loan interest to the lending bank.",
               T.payment(when, bank_int, 320000.00, "利息", memo, req="E4506", appr=["E4503", "E4502"],
                         text=f"泛微OA【付款审批】已办结：工行固定资产贷款（合同ICBC-CJ-GD-2024-006，本金1.2亿元，年利率3.2%）{memo}，按银行扣息通知支付"))
    for when, memo, amt in [("2026-03-10 17:50", "2月工资代发（352人）", 3268410.00), ("2026-04-10 17:35", "3月工资代发（355人）", 3301760.00),
                            ("2026-05-08 17:40", "4月工资代发（356人）", 3296580.00)]:
        T.hist("payment", "Monthly payroll through the bank's payroll account.",
               T.payment(when, payroll, amt, "工资", memo, req="E4530", appr=["E4503", "E4502"],
                         text=f"泛微OA【工资发放】已办结：{memo}，工资表经人力资源部、财务部复核"))
    for when, memo, amt in [("2026-03-16 15:25", "2月增值税及附加", 4213508.62), ("2026-04-16 10:40", "3月增值税及附加、印花税", 4487231.07)]:
        T.hist("payment", "Monthly VAT through the e-tax bureau.",
               T.payment(when, tax, amt, "税款", memo, req="E4506", appr=["E4503", "E4502"], text=f"电子税务局三方协议扣款：{memo}"))

    for when, t, p, dl in [("2026-03-03 15:30", 300, 52500, "2026-03-13"), ("2026-03-24 11:10", 280, 52000, "2026-04-03"),
                           ("2026-04-14 15:05", 320, 51500, "2026-04-24"), ("2026-05-06 10:45", 300, 51500, "2026-05-15")]:
        order(when, jingchuan, [(dense, t, "吨", p)], "Polysilicon order from the established wafer maker.",
              rng.choice(["年度长单JYXS-2026-015，款到发货，铁路集装箱", "按长单执行，预付款已到账，分三批发运"]), channel="email",
              deadline=dl)
    for when, t, p, dl in [("2026-03-10 11:20", 150, 49800, "2026-03-20"), ("2026-04-08 15:45", 160, 49500, "2026-04-18")]:
        order(when, xinjing, [(recharge, t, "吨", p)], "Recharge-polysilicon order from the established ingot maker.",
              "预付款到账后发货，汽运至包头厂区", channel="email", deadline=dl)
    for when, items, dl in [("2026-03-12 16:10", [(stc, 300, "吨", 1850)], "2026-03-17"),
                            ("2026-04-09 11:05", [(stc, 280, "吨", 1850), (tcs, 40, "吨", 6200)], "2026-04-14"),
                            ("2026-05-07 15:20", [(stc, 320, "吨", 1800)], "2026-05-12")]:
        order(when, tiansheng, items, "By-product chlorosilane order from the established silane maker.",
              "管道输送+槽车，款到发货", deadline=dl)
    for when, t, dl in [("2026-03-19 12:15", 5, "2026-03-20"), ("2026-04-23 16:50", 4, "2026-04-24")]:
        order(when, hengyuan, [(stc, t, "吨", 1900)], "Small drummed tetrachlorosilane order by WeChat from the established local trader.",
              rng.choice(["何老板微信下单，200L桶装，款已转公户", "微信下单，桶装，钱已到，自提"]), channel="im", deadline=dl)

    # ================================================================== test: routine
    si_pay("2026-05-11 11:15", 600, 9700, test=True)
    order("2026-05-14 15:10", jingchuan, [(dense, 310, "吨", 51000)], "Polysilicon order from the established wafer maker.",
          "按长单执行，预付款已到账；包装按合同使用客户认证的瑞华双层PE袋", channel="email", deadline="2026-05-25",
          test=True, ref="jy_jc")
    T.legit("payment", "Routine: Liquid-chlorine payment to the regular chlor-alkali plant.",
            T.payment("2026-05-20 10:30", chlorine, 505 * 780, "货款", "液氯505吨（管道/槽车）", req="E4506",
                      appr=["E4503", "E4502"], contract="JYCG-2026-002", invoice=ids.invoice()))
    si_pay("2026-05-25 10:20", 620, 9650, test=True)
    order("2026-05-29 10:40", xinjing, [(recharge, 150, "吨", 49500)], "Recharge-polysilicon order from the established ingot maker.",
          "预付款到账后发货", channel="email", deadline="2026-06-08", test=True)
    T.legit("payment", "Routine: Monthly electricity bill to the zone's power retailer.",
            T.payment("2026-06-04 10:15", power, 14392150.00, "电费", "5月电费", req="E4506", appr=["E4503", "E4502"],
                      contract="JYNY-2026-001", invoice=ids.invoice()))
    order("2026-06-10 10:55", tiansheng, [(stc, 300, "吨", 1800)], "By-product chlorosilane order from the established silane maker.",
          "管道输送+槽车，款到发货", deadline="2026-06-15", test=True)
    order("2026-06-18 14:00", jingchuan, [(dense, 290, "吨", 50800)], "Polysilicon order from the established wafer maker.",
          "按长单执行，预付款已到账", channel="email", deadline="2026-06-30", test=True)
    si_pay("2026-07-06 10:30", 610, 9600, test=True)
    order("2026-07-10 10:35", xinjing, [(recharge, 160, "吨", 49200)], "Recharge-polysilicon order from the established ingot maker.",
          "预付款到账后发货", channel="email", deadline="2026-07-20", test=True)
    si_pay("2026-07-20 10:30", 590, 9600, test=True)
    order("2026-07-27 10:20", tiansheng, [(stc, 310, "吨", 1780)], "By-product chlorosilane order from the established silane maker.",
          "管道输送+槽车，款到发货", deadline="2026-07-31", test=True)

    # ================================================================== test: scams and hard negatives
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "personal_account", "payee_name_mismatch", "im_instruction", "account_change_words",
            "personal_account_pretext", "first_time_payee"],
           "The graphite supplier's 'salesman' says its company account was frozen by a court and has the payment re-keyed five days ago to the owner's wife's personal card.",
           T.payment("2026-05-12 14:40", graphite, 168000, "货款", "石墨加热器、卡瓣等石墨件款", channel="im",
                     from_name="恒晟碳素 业务员 小杨", from_contact=ids.wxid(),
                     text="钱经理好，我们公司对公账户被法院冻结了（跟别人的合同纠纷），这个月的石墨件货款麻烦先打到我们老板娘马海燕的卡上，已经跟你们财务报备过了，新账户登记也改好了。发票照常开公司抬头。",
                     req="E4506", appr=["E4503", "E4502"], contract="JYCG-2026-004", invoice=ids.invoice(),
                     changed="2026-05-07 11:30",
                     payee_over={"name": "马海燕", "account_no": ids.card("6231"), "bank": "宁夏银行石嘴山分行",
                                 "account_type": "personal"}))

    T.legit("payment", "Hard negative: Deposit for thirty more high-purity argon cylinders paid to the regular gas company.",
            T.payment("2026-05-13 10:50", gases, 45000, "押金", "新增高纯氩气钢瓶30只押金（1500元/只）",
                      text="泛微OA【付款审批】FK-20260513-004已办结：还原车间扩产，向昊天气体增租40L高纯氩气钢瓶30只，每只押金1500元，按气瓶租赁协议JYCG-2026-005附件三执行，退瓶后凭押金收据退还。",
                      req="E4510", appr=["E4503"], contract="JYCG-2026-005"),
            ["deposit_words"])

    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "first_time_payee",
            "no_approval", "boss_role", "deposit_words", "off_hours", "urgency", "evasion_fullwidth"],
           "On a Friday night a DingTalk contact added that day as the chairman asks the CFO for both banks' balances, then orders a 1.2m spare-parts deposit to a Shanghai firm before 'boarding a plane'.",
           T.payment("2026-05-15 21:30",
                     {"name": "上海昱晟光伏技术有限公司", "account_no": ids.corp_acct("9801", 18),
                      "bank": "上海浦东发展银行张江支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     1200000, "预付款", "还原炉备件订金", channel="im", from_name="柏永胜",
                     from_contact="钉钉：柏永胜（外部联系人，今日添加）",
                     text="柏永胜：付总，现在账上资金情况报一下，工行和中行分开说\n付丽萍：董事长，工行可用3,120万，中行860万\n柏永胜：好。上海昱晟的还原炉备件要先付订金１２０万，合同在我这里，周一带回去。你今晚先安排，热依拉那边你交代一下\n柏永胜：我马上登机了，电话打不通，弄好了钉钉回我",
                     urgent=True, req="E4502", appr=[]))

    T.legit("payment", "Hard negative: Land-auction bidding deposit paid from the company's own account to the account named in the trading centre's notice.",
            T.payment("2026-05-18 11:00",
                      {"name": "昌吉市公共资源交易中心", "account_no": ids.corp_acct("305306", 17),
                       "bank": "中国农业银行昌吉分行", "account_type": "corporate", "vendor_id": None,
                       "phone": ids.landline("0994")},
                      2000000, "竞买保证金", "昌吉高新区2026-G-07号国有建设用地使用权挂牌出让竞买保证金",
                      text="泛微OA【付款审批】FK-20260518-002已办结：三期扩建用地，按昌吉市公共资源交易中心《国有建设用地使用权挂牌出让公告》（昌市告字〔2026〕9号）载明的竞买保证金账户缴纳，须以竞买人本公司账户汇出，未竞得者5个工作日内原路退还。董事会决议已附。",
                      req="E4506", appr=["E4503", "E4502", "E4501"]),
            ["deposit_words", "first_time_payee"])

    T.scam("payment", "fake_invoice", "flag",
           ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "free_mail", "urgency"],
           "A free-mail 'directory editorial board' bills 2,880 for the company's 'annual listing' in a PV-industry directory, calling its own e-mail the invoice.",
           T.payment("2026-05-19 16:20",
                     {"name": "北京中企名录信息技术有限公司", "account_no": ids.corp_acct("1105", 19),
                      "bank": "中国建设银行北京亦庄支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     2880, "年度收录费", "《中国光伏企业名录》2026年度收录及网站推广费", channel="email",
                     from_name="中国光伏企业名录编委会", from_contact="pvml_2026@163.com",
                     text="贵单位已被收录于《中国光伏企业名录（2026版）》，为保证贵单位信息继续在名录及官网展示，请于5月25日前缴纳年度收录费2,880元，逾期将删除贵单位信息，影响客户查询。本通知即为缴费凭证。",
                     urgent=True, req="E4506", appr=["E4503"]))

    T.scam("payment", "fake_salary", "flag",
           ["payroll_change", "email_instruction", "free_mail", "personal_account", "first_time_payee",
            "unusual_bank_region", "cannot_call", "evasion_pinyin"],
           "A free-mail message in a reduction-shop worker's name asks HR to pay this month's wages to a 'new card' in his name at a bank in Henan, saying he cannot be reached by phone.",
           T.payment("2026-05-21 14:55",
                     {"name": "马建伟", "account_no": ids.card("6226"), "bank": "中信银行郑州分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     9860, "工资", "还原车间马建伟5月工资（单独发放）", channel="email", from_name="马建伟",
                     from_contact="majianwei1988@163.com",
                     text="葛老师您好，我是还原车间马建伟。我原来的工行工资卡丢了，新办了一张中信的yhk，户名是我本人，这个月工资麻烦单独打到新卡上，卡号见下面。我这几天在老家，手机信号不好，有事发邮件。",
                     req="E4530", appr=["E4503"]))

    T.legit("payment", "Hard negative: Labour fee, net of withheld income tax, paid to a retired professor's own account for an expert review.",
            T.payment("2026-05-22 11:40",
                      {"name": "袁志平", "account_no": ids.card("6217"), "bank": "中国建设银行乌鲁木齐分行",
                       "account_type": "personal", "vendor_id": None, "phone": None},
                      6300, "劳务费", "还原炉节能改造方案专家评审劳务费（代扣个税后）",
                      text="泛微OA【付款审批】FK-20260522-003已办结：5月21日邀请退休教授袁志平参加还原炉节能改造方案专家评审，劳务费税前7,500元，代扣代缴个人所得税1,200元，实发6,300元至本人账户，签到表、身份证复印件、劳务费签收单已附。",
                      req="E4506", appr=["E4503"]),
            ["personal_account", "first_time_payee"])

    T.scam("order", "contract_fraud", "flag",
           ["bigproject_words", "fee_asked_of_seller", "deposit_words", "new_customer", "large_first_order",
            "credit_terms_requested", "evasion_symbols"],
           "A Beijing 'holding company' offering a 5,000 t long-term contract for a national desert-base project wants a 1m performance bond (a money emoji inside the word) and a notary fee to the notary firm it picks.",
           T.order("2026-05-26 15:30",
                   {"name": "中科光能新能源（北京）控股有限公司", "credit_code": ids.uscc("110108"), "contact_name": "庞总",
                    "phone": ids.mobile(), "email": "pangzong@zkgn-holding.com", "im_id": ids.wxid(), "customer_id": None},
                   [(dense, 5000, "吨", 55000)], channel="email", address="内蒙古鄂尔多斯某光伏产业园（国家级大基地项目）",
                   deadline="2026-12-31", terms="长单协议，分批提货，每批货到30天付款",
                   third_party={"name": "北京正衡公证咨询服务有限公司", "contact": ids.mobile(), "role": "notary_service",
                                "amount": 38000},
                   fees=[("履约保证金", 1000000), ("合同公证费", 38000)],
                   notes="庞总：我集团承建国家级沙戈荒大基地配套硅片项目，需签5000吨长单。按集团规定，供应商须先缴纳履约保💰证金100万元，并由我方指定的正衡公证咨询办理合同公证（公证费3.8万），款到后在北京总部签约。价格按贵司报价，不还价。"))

    T.legit("payment", "Hard negative: Packaging bought from our own vetted supplier because the wafer customer's contract specifies it, after the customer prepaid.",
            T.payment("2026-05-27 11:50", packing, 86000, "货款", "无锡晶川订单专用双层PE包装袋及纸箱",
                      text="泛微OA【付款审批】FK-20260527-005已办结：无锡晶川5月订单（{ORDER}）合同约定使用其认证的瑞华双层洁净PE袋及纸箱（客户AVL），客户已全额预付货款及包装费（工行回单5月15日到账），瑞华为我司合格供应商，按采购合同JYCG-2026-006执行。",
                      req="E4510", appr=["E4503", "E4502"], order=REF("jy_jc"), contract="JYCG-2026-006", invoice=ids.invoice()),
            ["designated_supplier", "sales_order_linked"])

    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "first_time_payee", "phone_instruction",
            "new_contact", "evasion_spacing"],
           "A caller from a new number, claiming to be the silane customer's buyer, wants a 'duplicate' 300k refunded to the parent company's account rather than the account that paid; the notes space out the refund words.",
           T.payment("2026-05-28 16:05",
                     {"name": "新疆天晟控股集团有限公司", "account_no": ids.corp_acct("30020105", 19),
                      "bank": "中国工商银行乌鲁木齐红山支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     300000, "退款", "天晟硅烷重复付款退回", channel="phone", from_name="天晟硅烷 采购部 陶经理",
                     from_contact=ids.mobile(),
                     text="【电话记录】陶经理称天晟硅烷5月订单的四氯化硅货款30万付了两次，要求把多的那笔退 回 差 额到其母公司天晟控股的账户（说天晟硅烷的户在办销户），今天要用，回单稍后补发。",
                     urgent=True, req="E4520", appr=["E4503", "E4502"]))

    T.scam("payment", "authority_impersonation", "block",
           ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee",
            "no_approval", "evasion_pinyin"],
           "A caller posing as a state-security investigator tells the buyer that import papers are 'leaked' and that 800k must go to a 'national account' for checking, the key words half in pinyin.",
           T.payment("2026-06-01 14:15",
                     {"name": "国家安全资金核查专户", "account_no": ids.corp_acct("6101", 19),
                      "bank": "中国银行广州天河支行", "account_type": "unknown", "vendor_id": None, "phone": None},
                     800000, "资金核查", "配合国家安全机关资金核查", channel="phone",
                     from_name="自称国家安全机关侦查员 林某", from_contact=ids.mobile(),
                     text="【钱宇来电记录】对方自称国家安全机关侦查员，称我司进口的一批工业硅报关单据涉及泄密，需要对公司资金做核查，要求将80万转入国家zhang户（对方短信写作“aqzh”），核查完毕原路退回，全程保mi，不得告诉任何人，包括公司领导。",
                     req="E4510", appr=[]))

    T.legit("payment", "Hard negative: Monthly loan interest paid to the lending bank's interest account.",
            T.payment("2026-06-02 11:30", bank_int, 320000, "利息", "固定资产贷款利息（5月）",
                      text="泛微OA【付款审批】FK-20260602-001已办结：工行固定资产贷款（合同ICBC-CJ-GD-2024-006，本金1.2亿元，年利率3.2%）5月利息，按银行扣息通知支付",
                      req="E4506", appr=["E4503", "E4502"]),
            ["loan_fee_words"])

    T.scam("order", "fake_purchaser", "flag",
           ["lookalike_company", "lookalike_domain", "new_customer", "credit_terms_requested", "far_delivery",
            "contact_mismatch", "large_first_order"],
           "A look-alike of the established ingot maker, with a new contact and a different domain, wants 300 t on 90-day terms shipped to a third-party warehouse in Changzhou instead of the customer's own plant.",
           T.order("2026-06-03 15:45",
                   {"name": "包头新晶能源科技有限公司", "credit_code": ids.uscc("150205"), "contact_name": "蔡工",
                    "phone": ids.mobile(), "email": "caigong@xinjing-energy.cn", "im_id": ids.wxid(), "customer_id": None},
                   [(dense, 300, "吨", 54000)], channel="email", address="江苏省常州市武进区某第三方仓储园区",
                   deadline="2026-06-15", terms="月结90天",
                   notes="蔡工：我是新晶采购部蔡工，原来的对接人高经理休产假了。这批300吨走月结90天，和以前预付不一样，是因为集团今年统一改了结算方式。货不发包头厂里，直接发常州的代工厂仓库。以后都用这个新邮箱联系。"))

    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo", "no_approval",
            "urgency", "im_instruction", "evasion_spacing"],
           "The accountant books a 15k 'staff advance' to a stranger's card after a task platform says her fifth order is a 'combo order' that must be topped up (words spaced out) before anything can be withdrawn.",
           T.payment("2026-06-05 16:50",
                     {"name": "李婷", "account_no": ids.card("6226"), "bank": "中国民生银行长沙分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     15000, "借支", "员工借支", channel="im", from_name="任务客服-晴晴", from_contact=ids.wxid(),
                     text="您好，系统检测到您的账户本轮第5单为“组合单”，需再 充 值15000元完成，完成后本金62000+佣 金 9300一次性提现。若不完成，前面4单全部作废。\n收款人：李婷 民生银行",
                     urgent=True, req="E4506", appr=[]))

    T.legit("payment", "Hard negative: Monthly fee to the labour-dispatch agency, the text mentioning the summer heat subsidy included in the wages.",
            T.payment("2026-06-08 11:10", labour, 412600, "劳务费", "5月派遣员工工资及管理费（含防暑降温补贴）",
                      text="泛微OA【付款审批】FK-20260608-002已办结：众诚劳务5月派遣员工86人工资、社保及管理费，按《劳务派遣协议》JYRL-2026-001结算；按自治区规定随工资发放防暑降温补贴（高温补贴），本期已包含，明细表经人力资源部核对。",
                      req="E4530", appr=["E4503", "E4502"], contract="JYRL-2026-001", invoice=ids.invoice()),
            ["subsidy_words"])

    T.scam("payment", "fake_invoice", "block", ["duplicate_invoice"],
           "Structural only: the carrier's freight invoice for the second half of March, paid on 14 April, is submitted again as a routine freight payment.",
           T.payment("2026-06-09 14:30", logistics, 71350, "运费", "3月下半月硅料发运运费", req="E4506",
                     appr=["E4503", "E4502"], contract="JYWL-2026-001", invoice=dup_inv))

    T.scam("payment", "advance_fee", "flag",
           ["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "no_po_contract", "im_instruction",
            "urgency", "evasion_homophone"],
           "A 'financing service' firm says a 30m green-retrofit loan passed first review but wants a 20k packaging fee and a 32k 'risk deposit' (misspelled with a near-homophone) before disbursement.",
           T.payment("2026-06-11 15:20",
                     {"name": "新疆丝路普惠融资服务有限公司", "account_no": ids.corp_acct("8600", 17),
                      "bank": "昆仑银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     52000, "服务费", "技改专项贷款服务费及风险押金", channel="im", from_name="丝路普惠 客户经理 芦敏",
                     from_contact=ids.wxid(),
                     text="付总您好，贵司申请的3000万绿色技改专项贷款已通过初审，放款前需缴纳：1）贷款包装费2万元；2）风险压金3.2万元（放款后退还）。请转入我司对公账户，我们收到后3个工作日放款。名额紧张，本周五截止。",
                     urgent=True, req="E4503", appr=["E4502"]))

    T.legit("order", "Hard negative: Large first order from a new wafer maker, visited and contracted, paid in full in advance and seen on the bank statement.",
            T.order("2026-06-12 11:20",
                    {"name": "宁夏银晶硅片科技有限公司", "credit_code": ids.uscc("640104"), "contact_name": "麻晓东",
                     "phone": ids.landline("0951"), "email": "maxd@yinjing-wafer.com", "im_id": None, "customer_id": None},
                    [(recharge, 200, "吨", 49800)], channel="email", address="宁夏银川经济技术开发区银晶硅片二期",
                    deadline="2026-06-30", terms="全额预付（已到账）",
                    notes="新客户首单，经现场考察及合同评审，合同JYXS-2026-052双方盖章。9,960,000元已于6月12日由客户基本户（宁夏银行营业部）汇入我司工行账户，财务已核对网银到账并出具收款确认。"),
            ["new_customer", "large_first_order"])

    college_wx = ids.wxid()
    shop_mobile = ids.mobile()
    T.scam("order", "fake_order", "block",
           ["institution_claim", "designated_supplier", "fake_payment_proof", "off_catalogue_item", "new_customer",
            "contact_im_only", "urgency", "evasion_traditional"],
           "A 'college training centre' writing in traditional characters orders half a tonne of polysilicon, shows a transfer screenshot, and asks us to advance 68k for diamond wire and cutting fluid from the shop it names.",
           T.order("2026-06-15 10:40",
                   {"name": "昌吉职业技术学院光伏实训中心", "credit_code": None, "contact_name": "实训中心 贺老师",
                    "phone": ids.mobile(), "email": None, "im_id": college_wx, "customer_id": None},
                   [(dense, 0.5, "吨", 60000)], channel="im", address="昌吉市大学城昌吉职业技术学院实训楼",
                   deadline="2026-06-18", terms="学院对公转账（称已付）",
                   third_party={"name": "乌鲁木齐锐切精密耗材商行", "contact": shop_mobile, "role": "designated_supplier",
                                "amount": 68000},
                   notes="賀老師微信：實訓用的多晶硅0.5噸款學院已對公轉帳，轉帳截圖發你了，財務說下午到。另外實訓中心還要金剛線和切割液，只認銳切那家，我們學院走不了零星採購，你們先墊付6.8萬給銳切，月底跟硅料一起結。今天要發貨，院長下週驗收。",
                   ref="jy_college"))

    T.scam("payment", "fake_order", "block",
           ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account", "fake_payment_proof",
            "im_instruction", "urgency", "evasion_traditional"],
           "Next morning sales raises the 68k advance to the named shop's owner account, the 'college' still pointing to a delayed transfer screenshot.",
           T.payment("2026-06-16 10:30",
                     {"name": "乌鲁木齐锐切精密耗材商行", "account_no": ids.card("6223"), "bank": "乌鲁木齐银行沙依巴克支行",
                      "account_type": "personal", "vendor_id": None, "phone": shop_mobile},
                     68000, "代采购", "代学院采购金刚线及切割液", channel="im", from_name="实训中心 贺老师",
                     from_contact=college_wx,
                     text="龔經理，學院的款財務說系統延遲，明天一定到，截圖你也看了。銳切那邊今天不見錢不發貨，院長下週要驗收，麻煩你們先把6.8萬付了，我以學院名義保證。",
                     urgent=True, req="E4520", appr=["E4503", "E4502"], order=REF("jy_college")))

    T.legit("payment", "Hard negative: Prepayment for an order the local trader cancelled, returned to the same account it came from after the bank confirmed receipt.",
            T.payment("2026-06-16 16:10",
                      {"name": "昌吉市恒远化工贸易商行", "account_no": ids.corp_acct("8180", 18),
                       "bank": "昌吉农村商业银行三工支行", "account_type": "corporate", "vendor_id": None, "phone": hengyuan.phone},
                      12600, "退款", "恒远化工取消订单预付款原路退回",
                      text="泛微OA【付款审批】FK-20260616-006已办结：恒远化工6月2日四氯化硅订单因其下游取消，经双方确认撤单，预收款12,600元（6月3日由其对公账户转入，工行回单已核）原路退回该账户。",
                      req="E4506", appr=["E4503"]),
            ["refund_words", "first_time_payee"])

    letter_mobile = ids.mobile()
    new_cl_acct = ids.corp_acct("7608", 19)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "letter_instruction", "first_time_payee", "account_change_words", "new_contact",
            "unusual_bank_region"],
           "A stamped letter moves the chlorine supplier's account to a Lanzhou bank; the 'call-back' went to the mobile printed in the letter, not the landline on file, and this is the first payment to it.",
           T.payment("2026-06-17 11:35", chlorine, 412000, "货款", "5月液氯款", channel="letter",
                     from_name="乌鲁木齐北亭氯碱有限公司（盖章函件）", from_contact=None,
                     text=f"《关于变更收款账户的函》\n新疆昌吉晶曜硅材料有限公司：\n因我公司基本存款账户迁移，自即日起货款请汇入以下账户：户名乌鲁木齐北亭氯碱有限公司，开户行甘肃银行兰州七里河支行，账号{new_cl_acct}。原账户将于6月30日注销。如需核实请致电我公司财务部{letter_mobile}。\n（加盖公章、财务专用章）",
                     req="E4506", appr=["E4503", "E4502"], contract="JYCG-2026-002", invoice=ids.invoice(),
                     changed="2026-06-12 15:00",
                     verification={"callback_done": True, "callback_number": letter_mobile, "verified_by": "E4506",
                                   "verified_at": "2026-06-12 16:30"},
                     payee_over={"account_no": new_cl_acct, "bank": "甘肃银行兰州七里河支行"}))

    T.legit("payment", "Hard negative: Travel expenses reimbursed to the sales manager's own bank card.",
            T.payment("2026-06-22 10:25",
                      {"name": "龚晨", "account_no": ids.card("6222"), "bank": "中国工商银行昌吉分行",
                       "account_type": "personal", "vendor_id": None, "phone": None},
                      4826, "报销", "6月赴江苏客户拜访差旅费",
                      text="泛微OA【费用报销】BX-20260622-011已办结：龚晨6月8日—12日赴无锡、常州拜访晶川等客户，机票2,460.00、住宿1,580.00、交通及补助786.00，票据14张，打入本人工资卡。",
                      req="E4506", appr=["E4503"]),
            ["personal_account", "first_time_payee"])

    T.scam("payment", "fake_salary", "block",
           ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
           "Structural only: back-paid overtime for five reduction-shop workers goes in one payment to a private card held by someone who is not one of them.",
           T.payment("2026-06-23 17:30",
                     {"name": "王丽", "account_no": ids.card("6222"), "bank": "中国工商银行昌吉分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     18450, "工资", "补发还原车间3月加班费（5人）", req="E4530", appr=["E4503"]))

    T.legit("payment", "Hard negative: Anti-fraud display boards for the police station's campaign at the plant, from a local sign maker used for the first time.",
            T.payment("2026-06-24 11:15",
                      {"name": "昌吉市博文广告有限公司", "account_no": ids.corp_acct("8181", 18),
                       "bank": "昌吉农村商业银行", "account_type": "corporate", "vendor_id": None, "phone": ids.landline("0994")},
                      3450, "宣传费", "反诈宣传展板及横幅",
                      text="泛微OA【付款审批】FK-20260624-003已办结：配合昌吉高新区派出所6月26日“反诈宣传进园区”活动，在厂区食堂、倒班宿舍设置反诈宣传展板12块、横幅6条，内容由派出所民警提供。",
                      req="E4530", appr=["E4503"], invoice=ids.invoice()),
            ["authority_words", "first_time_payee"])

    T.scam("payment", "boss_impersonation", "flag",
           ["email_instruction", "free_mail", "secrecy_words", "bypass_process", "personal_account", "first_time_payee",
            "no_approval", "boss_role", "deposit_words"],
           "A free-mail message signed by the general manager asks the CFO to pay a 300k 'good-faith deposit' for a secret acquisition straight to the target owner's personal card, outside the OA system.",
           T.payment("2026-06-25 15:40",
                     {"name": "苏建华", "account_no": ids.card("6228"), "bank": "中国农业银行石嘴山分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     300000, "诚意金", "硅粉厂收购诚意金", channel="email", from_name="曹文斌",
                     from_contact="caowenbin_jy@163.com",
                     text="付总：\n我们在谈一家硅粉厂的收购，对方法人苏建华要求先付30万诚意金才给看账，这件事董事会还没通过，暂时保密，别在OA上走，也不要告诉严经理。你让热依拉今天直接从工行付到苏建华个人卡，后面我来补手续。\n曹文斌\n（手机邮箱，回复请发此地址）",
                     req="E4502", appr=[]))

    T.legit("order", "Hard negative: Small drummed tetrachlorosilane order by WeChat from the established local trader.",
            T.order("2026-06-26 10:50", hengyuan, [(stc, 6, "吨", 1850)], channel="im", deadline="2026-06-29",
                    notes="何老板微信：四氯化硅6吨，还是200L桶装，钱转公户了，周一派车来拉。"),
            ["contact_im_only"])

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "first_time_payee", "im_instruction", "vague_memo", "evasion_spacing"],
           "A fellow silicon trader has 1.56m of his customer's money sent to our account and asks us to 'pass it through' (words spaced out) to a Jiangxi company for a 2% cut.",
           T.payment("2026-06-29 11:05",
                     {"name": "江西宏硅新材料有限公司", "account_no": ids.corp_acct("7901", 18),
                      "bank": "九江银行南昌分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     1560000, "代付", "代付硅料款", channel="im", from_name="硅料贸易商 肖总", from_contact=ids.wxid(),
                     text="龚经理，帮个忙：我们下游客户的156万货款直接打到你们公户，你们收到后帮我过 一 下 账，转给江西宏硅，就当你们卖给他们的。开票的事不用你们管，给你们两个点。款已经汇了，你们查一下。",
                     req="E4520", appr=["E4503", "E4502"]))

    T.legit("payment", "Hard negative: Month-end electricity settlement rushed before the power retailer's cut-off, approved by the CFO.",
            T.payment("2026-06-30 19:10", power, 14860000, "电费", "6月电费结算",
                      text="泛微OA【付款审批】FK-20260630-009已办结（加急）：配售电公司通知6月电费须于当日19:30前到账，否则影响7月交易电量结算，付丽萍已审批。",
                      urgent=True, req="E4506", appr=["E4503", "E4502"], contract="JYNY-2026-001", invoice=ids.invoice()),
            ["urgency"])

    T.scam("payment", "fake_purchaser", "flag",
           ["fee_asked_of_seller", "lookalike_company", "lookalike_domain", "deposit_words", "first_time_payee",
            "email_instruction", "urgency"],
           "The look-alike ingot maker now wants a 20k 'annual supplier review deposit' paid to its own account before releasing the 300 t order.",
           T.payment("2026-07-01 11:00",
                     {"name": "包头新晶能源科技有限公司", "account_no": ids.corp_acct("1536", 16),
                      "bank": "中国银行包头青山支行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     20000, "保证金", "供应商年审保证金", channel="email", from_name="新晶能源 采购部 蔡工",
                     from_contact="caigong@xinjing-energy.cn",
                     text="龚经理：按集团供应商管理办法，月结供应商须缴纳年审保证金2万元，缴纳后300吨订单即可下达，保证金年底无息退还。收款账户为新晶能源科技（集团结算中心），请今天安排。",
                     urgent=True, req="E4520", appr=["E4503"]))

    T.legit("payment", "Hard negative: Fee for a capital-increase verification report paid to an accounting firm under a signed engagement letter.",
            T.payment("2026-07-02 15:15",
                      {"name": "新疆天正会计师事务所（特殊普通合伙）", "account_no": ids.corp_acct("1077", 16),
                       "bank": "中国银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": ids.landline("0991")},
                      28000, "审计费", "增资验资报告费",
                      text="泛微OA【付款审批】FK-20260702-004已办结：公司注册资本由5亿元增至8亿元，股东会决议已通过，委托天正会计师事务所出具验资报告，按委托合同JYSW-2026-011支付验资服务费28,000元，发票已到。",
                      req="E4506", appr=["E4503"], contract="JYSW-2026-011", invoice=ids.invoice()),
            ["loan_fee_words", "first_time_payee"])

    T.scam("payment", "task_rebate", "flag",
           ["task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "no_po_contract", "im_instruction",
            "evasion_homophone"],
           "The sales manager books a 6.8k 'e-commerce promotion fee' that is really a 'diamond membership' on an order-brushing platform (spelled with a homophone), paid to its merchant account.",
           T.payment("2026-07-07 14:45",
                     {"name": "广州星耀网络科技有限公司", "account_no": ids.corp_acct("2088", 16),
                      "bank": "浙江网商银行（支付宝商户收款）", "account_type": "corporate", "vendor_id": None, "phone": None},
                     6800, "推广费", "电商平台推广服务费", channel="im", from_name="星耀任务平台 客服",
                     from_contact=ids.wxid(),
                     text="亲，您的会员等级已满足升级条件，升级至钻石会员需缴纳6800元，升级后唰单佣金从5%提升到12%，每天可接30单，当天提现。请转入平台商户账户哦～",
                     req="E4520", appr=["E4503"]))

    T.scam("payment", "fake_invoice", "flag",
           ["invoice_trade_words", "first_time_payee", "no_po_contract", "im_instruction", "evasion_fullwidth"],
           "A 'tax consultancy' offers to issue VAT invoices for 700k of uninvoiced graphite parts at 3% 'tax points' and wants the 21k fee first; percentages typed full-width.",
           T.payment("2026-07-08 11:20",
                     {"name": "乌鲁木齐金诚财税咨询有限公司", "account_no": ids.corp_acct("8801", 18),
                      "bank": "新疆银行乌鲁木齐分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                     21000, "服务费", "开票服务费", channel="im", from_name="金诚财税 小周", from_contact=ids.wxid(),
                     text="钱经理，你们那批无票的石墨配件70万，我们这边可以代开１３％专票，税点３％，开票费21000元先转我们公司账户，票当天开出，可以在税务局网站查验。",
                     req="E4510", appr=["E4503"]))

    new_lab_acct = ids.corp_acct("30020517", 19)
    T.legit("payment", "Hard negative: First payment to the labour agency's new account, changed nine days ago on a stamped letter and confirmed by calling the landline already on file.",
            T.payment("2026-07-09 16:30", labour, 418300, "劳务费", "6月派遣员工工资及管理费",
                      text="泛微OA【付款审批】FK-20260709-007已办结：众诚劳务6月24日来函（加盖公章、法人签字）告知因开户行网点撤并，基本户由工行昌吉延安南路支行迁至工行昌吉分行营业部，户名不变；严志军6月30日按供应商档案登记的座机回拨其财务负责人确认，并核对了开户许可证复印件。本期支付6月派遣费。",
                      req="E4530", appr=["E4503", "E4502"], contract="JYRL-2026-001", invoice=ids.invoice(),
                      changed="2026-06-30 10:15",
                      verification={"callback_done": True, "callback_number": labour.phone, "verified_by": "E4503",
                                    "verified_at": "2026-06-30 15:40"},
                      payee_over={"account_no": new_lab_acct, "bank": "中国工商银行昌吉分行营业部"}),
            ["account_changed_recent", "first_time_payee", "account_change_words"])

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "personal_account", "phone_instruction", "first_time_payee", "deposit_words", "urgency"],
           "A caller posing as the tax inspection bureau says export-rebate data are 'abnormal' and that a 68k 'tax deposit' paid to a named official's personal card will stop a formal audit.",
           T.payment("2026-07-13 15:00",
                     {"name": "黄秀兰", "account_no": ids.card("6221"), "bank": "中国邮政储蓄银行昌吉市支行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     68000, "税款保证金", "出口退税核查保证金", channel="phone", from_name="自称昌吉州税务局稽查局 王科长",
                     from_contact=ids.mobile(),
                     text="【方静来电记录】对方称我司2025年出口退税申报数据异常，已被列入稽查名单，如在3个工作日内缴纳“税款保证金”6.8万元，可暂缓立案稽查，保证金核查结束后退还。缴款账户为稽查局指定经办人黄秀兰。对方提供了“稽查通知书”照片。",
                     urgent=True, req="E4506", appr=["E4503", "E4502"]))

    T.scam("order", "overpayment_refund", "flag",
           ["new_customer", "fake_payment_proof", "third_party_payer", "urgency", "large_first_order", "contact_im_only"],
           "A new Leshan buyer's 1.04m is 'paid' by a third-party trader and shown only as a 'transfer accepted, subject to actual arrival' screenshot, with pressure to ship today.",
           T.order("2026-07-14 11:25",
                   {"name": "四川乐山晶鑫硅业有限公司", "credit_code": ids.uscc("511112"), "contact_name": "彭总",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(recharge, 20, "吨", 52000)], channel="im", address="四川省乐山市五通桥区某硅片厂", deadline="2026-07-15",
                   terms="款到发货（称已付）",
                   notes="彭总微信：货款104万已经让合作方四川禾盛贸易代付了，发了网银“转账已受理，以实际到账为准”的截图。我们客户催得紧，今天务必发车，到账的事你们财务明天再看。"))

    T.legit("payment", "Hard negative: Monthly VAT paid through the e-tax bureau on the last day of the filing period.",
            T.payment("2026-07-15 10:45", tax, 3986420.55, "税款", "6月增值税及附加（申报期最后一天）",
                      text="电子税务局三方协议扣款：6月增值税及附加，今日为申报缴款期最后一天，请于16:00前完成扣款。",
                      urgent=True, req="E4506", appr=["E4503", "E4502"]),
            ["urgency", "authority_words"])

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "evasion_traditional"],
           "The same 'financing service' agent, writing in traditional characters, now wants 500k put on her personal card as 'capital verification' before the 30m loan is released.",
           T.payment("2026-07-15 16:20",
                     {"name": "芦敏", "account_no": ids.card("6230"), "bank": "昆仑银行乌鲁木齐分行",
                      "account_type": "personal", "vendor_id": None, "phone": None},
                     500000, "验资", "贷款验资资金", channel="im", from_name="丝路普惠 客户经理 芦敏", from_contact=ids.wxid(),
                     text="付總，您公司的3000萬貸款已到放款環節，銀行要求做一次驗資：把50萬轉到我這個個人戶，銀行看到資金實力後24小時內連同貸款一起放出。這是放款前最後一步。",
                     req="E4503", appr=["E4502"]))

    new_pk_acct = ids.corp_acct("8030", 19)
    T.scam("payment", "account_change", "block",
           ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain", "account_change_words",
            "unusual_bank_region", "urgency", "evasion_symbols"],
           "An e-mail from a look-alike of the packaging maker's domain moves its account to a Shenzhen bank 'for the annual audit', with zero-width characters hidden in the key words; changed three days earlier.",
           T.payment("2026-07-17 15:35", packing, 92400, "货款", "6月包装袋及纸箱款", channel="email",
                     from_name="瑞华包装 财务部", from_contact="caiwu@ruihua-pak.com",
                     text="晶曜财务部：\n我司因年度审计，原建行账户暂停使用，即日起请将货款汇入新\u200b账\u200b户：\n户名：昌吉市瑞华包装材料有限公司\n开户行：广东华兴银行深圳分行\n请勿再汇原账户。6月包装材料款请本周内付清。\n瑞华包装 财务部",
                     urgent=True, req="E4506", appr=["E4503", "E4502"], contract="JYCG-2026-006", invoice=ids.invoice(),
                     changed="2026-07-14 10:50",
                     payee_over={"account_no": new_pk_acct, "bank": "广东华兴银行深圳分行"}))

    dingsheng = {"name": "新疆鼎晟机电设备有限公司", "account_no": ids.corp_acct("1003", 17),
                 "bank": "乌鲁木齐银行经济技术开发区支行", "account_type": "corporate", "vendor_id": None, "phone": None}
    T.scam("payment", "contract_fraud", "flag",
           ["just_below_limit", "first_time_payee", "no_po_contract"],
           "Structural only: a 49,800 prepayment to a new equipment firm with no contract on file sits just under the 50,000 limit above which the CFO must approve.",
           T.payment("2026-07-21 14:10", dingsheng, 49800, "预付款", "还原炉电极冷却系统改造预付款（第1笔）",
                     req="E4510", appr=["E4503"]))
    T.scam("payment", "contract_fraud", "flag",
           ["just_below_limit", "split_payment", "first_time_payee", "no_po_contract"],
           "Structural only: the next morning a second 49,800 to the same new firm completes a 99,600 payment split into two pieces just under the approval limit.",
           T.payment("2026-07-22 10:20", dingsheng, 49800, "预付款", "还原炉电极冷却系统改造预付款（第2笔）",
                     req="E4510", appr=["E4503"]))

    T.legit("payment", "Hard negative: Hardware from the local sole-trader shop, paid as before to its owner's personal account.",
            T.payment("2026-07-23 16:40", hardware, 7360, "货款", "五金工具及劳保配件", req="E4510", appr=["E4503"],
                      invoice=ids.invoice()),
            ["personal_account"])

    T.legit("payment", "Hard negative: Letter-of-credit margin moved into the company's own margin account at its bank.",
            T.payment("2026-08-03 11:10",
                      {"name": "新疆昌吉晶曜硅材料有限公司", "account_no": ids.corp_acct("30020518", 19),
                       "bank": "中国工商银行昌吉分行", "account_type": "corporate", "vendor_id": None, "phone": None},
                      1500000, "保证金", "开立国内信用证保证金（20%）",
                      text="泛微OA【付款审批】FK-20260803-002已办结：向工行昌吉分行申请开立国内信用证750万元（受益人和静金泰硅业，工业硅采购），按20%比例转入本公司在工行开立的信用证保证金账户，协议号ICBC-CJ-LC-2026-027。",
                      req="E4506", appr=["E4503", "E4502"]),
            ["deposit_words", "first_time_payee"])

    T.scam("order", "fake_purchaser", "flag",
           ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "contact_im_only",
            "far_delivery"],
           "A WeChat-only 'central-SOE solar-base materials office' wants 500 t of polysilicon for a power-plant site (which would buy modules, not polysilicon) on 120-day terms, with no tender and no price talk.",
           T.order("2026-08-04 14:30",
                   {"name": "中国某能源建设集团光伏基地项目物资部", "credit_code": None, "contact_name": "物资部 靳部长",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(dense, 500, "吨", 53000)], channel="im", address="新疆若羌县某光伏基地项目工地（临时堆场）",
                   deadline="2026-08-10", terms="项目验收后120天付款",
                   notes="靳部长微信：我们是央企，国家级光伏基地项目，硅料500吨，价格按你们报价，不用谈。项目部不走招投标，直接签合同。付款按央企惯例验收后120天，合同我们出模板，你们盖章就行，明天派人来拉第一批。"))

    T.scam("order", "account_lending", "block",
           ["account_lending_words", "new_customer", "large_first_order", "contact_im_only", "in_out_match"],
           "A new Urumqi trader will pay 5m for a 2.6m order and wants us to forward the other 2.4m to a Jiangsu company as 'collection and payment on behalf'.",
           T.order("2026-08-05 10:40",
                   {"name": "新疆硅谷鑫源贸易有限公司", "credit_code": ids.uscc("650106"), "contact_name": "陶总",
                    "phone": ids.mobile(), "email": None, "im_id": ids.wxid(), "customer_id": None},
                   [(recharge, 50, "吨", 52000)], channel="im", address="乌鲁木齐市头屯河区某物流园", deadline="2026-08-08",
                   terms="预付",
                   third_party={"name": "江苏瑞泰光电材料有限公司", "contact": ids.mobile(), "role": "pass_through_payee",
                                "amount": 2400000},
                   notes="陶总：这单我们付500万，其中260万是你们的硅料款，剩下240万你们收到后帮我们转给江苏瑞泰，算代收代付，走一下账就行，不影响你们开票，给你们1个点辛苦费。"))

    T.legit("order", "Hard negative: The established wafer maker has this batch shipped to its contracted toll manufacturer in Sichuan, prepaid as usual.",
            T.order("2026-08-07 11:30", jingchuan, [(dense, 280, "吨", 51500)], channel="email",
                    address="四川省乐山市五通桥区某硅片代工厂（晶川委托加工）", deadline="2026-08-20", terms="款到发货（已到账）",
                    notes="晶川尹文杰邮件（原邮箱）：本批货直接发我司委托的乐山代工厂，委托加工协议及长单补充协议JYXS-2026-015-B已发，货款已预付到账，收货人及电话见补充协议。"),
            ["far_delivery"])

    return T.finish()
