# Tenant 2: 介休市汾源焦化有限公司 — coking plant in the 介休 义安 coking industrial park (Shanxi).
# Executed by build.py (shares its namespace).

FY = Tenant("fenyuan", "FY-ZF", "FY-DD",
            {"account_no": acct("fy-payer", "1405016870", 19), "account_name": "介休市汾源焦化有限公司"},
            "浪潮GS付款单：")

# --- vendor master ---------------------------------------------------------------------------
V_RUNTONG = payee("灵石县润通洗煤有限公司", acct("fy-v01", "1405016790", 19), "中国建设银行灵石支行",
                  vendor_id="V-FY01", phone="0354-0000715", short="润通洗煤")
V_RUNTONG_NEW = payee("山西润通能源贸易有限公司", acct("fy-v01-new", "3520", 18), "兴业银行太原长风街支行",
                      vendor_id="V-FY01", phone="0354-0000715", short="润通能源贸易")
V_SHENGTONG = payee("介休市晟通货运有限公司", acct("fy-v02", "0510", 18), "晋商银行介休支行",
                    vendor_id="V-FY02", phone="0354-0000862", short="晟通货运")
V_HENGNAI = payee("阳泉市恒耐耐火材料有限公司", acct("fy-v03", "1425", 17), "中国银行阳泉分行",
                  vendor_id="V-FY03", phone="0353-0000449", short="恒耐耐材")
HENGNAI_CHANGED = "2026-05-20T09:40:00+08:00"
V_DINGLI = payee("介休市鼎力机电设备维修有限公司", acct("fy-v05", "0504", 19), "山西介休农村商业银行",
                 vendor_id="V-FY05", phone="0354-0000533", short="鼎力机电")
D_LIANG = payee("梁宝平", acct("fy-d01", "6221", 19), "中国邮政储蓄银行介休市支行", "personal",
                vendor_id="D-FY01", phone="13800001647", short="个体司机梁宝平")
D_WEN = payee("温志强", acct("fy-d02", "6230", 19), "山西介休农村商业银行", "personal",
              vendor_id="D-FY02", phone="13800008359", short="个体司机温志强")
FY_PAYROLL = payee("中国建设银行介休支行（代发工资专户）", acct("fy-pay", "1405016871", 19), "中国建设银行介休支行",
                   vendor_id="PAY-01", short="代发工资")
TREASURY = payee("国家金库介休市支库", acct("fy-tax", "1407", 17), "国家金库介休市支库", vendor_id="TAX-01",
                 phone="0354-0000120", short="国家金库介休市支库")

# --- customers -------------------------------------------------------------------------------
C_HENGYUE = cust("邯郸市恒岳钢铁有限公司", make_uscc("91", "130404", "7F3K2WQ8"), "牛科长", "0310-0000627",
                 email="niuks@hengyuesteel.com", customer_id="C-FY01")
HENGYUE_ADDR = "邯郸市复兴区恒岳钢铁原料场焦炭库"
C_HONGTAI = cust("清徐县宏泰铸造有限公司", make_uscc("91", "140121", "MA0KN3TC"), "韩经理", "0351-0000548",
                 email="hanjl@hongtaizz.cn", customer_id="C-FY02")
C_HAOYU = cust("山西昊宇碳素材料有限公司", make_uscc("91", "141181", "MA0H7RY2"), "乔工", "0358-0000271",
               email="qiaogong@haoyucarbon.com", customer_id="C-FY03")
HAOYU_ADDR = "孝义市梧桐镇昊宇碳素厂区焦油罐区"
C_JINSUI = cust("平遥县金穗农资有限公司", make_uscc("91", "140728", "MA0LB6E4"), "田经理", "0354-0000916",
                email="tianjl@jinsuinz.cn", customer_id="C-FY04")

F_GM, F_FM, F_CASH, F_BUY, F_SALES, F_HR = "E3100", "E3101", "E3102", "E3110", "E3120", "E3140"

# --- history ---------------------------------------------------------------------------------
H = "history"
FY.pay(H, ts("09-01", "10:30"), V_RUNTONG, "1734300", "货款", "洗精煤款（1230吨）",
       requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-CG-2026-001",
       invoice_no=inv("fy-h01", "2614"), note="Coking-coal payment to the regular washery.")
FY.order(H, ts("09-02", "11:10"), C_HENGYUE, [("冶金焦（一级）", "2000", "吨", "1850")],
         channel="erp", address=HENGYUE_ADDR, deadline="2026-09-15", terms="月结30天，银行承兑",
         notes="9月年度合同量", note="Monthly coke call-off from an established steel mill.")
FY.pay(H, ts("09-03", "15:00"), V_SHENGTONG, "186400", "运费", "8月焦炭外运运费",
       requested_by=F_SALES, approved_by=[F_FM], contract_id="FY-WL-2026-002",
       invoice_no=inv("fy-h03", "2614"), note="Coke freight to the regular haulier.")
FY.pay(H, ts("09-04", "10:20"), V_HENGNAI, "128600", "货款", "焦炉硅砖款",
       requested_by=F_BUY, approved_by=[F_FM], contract_id="FY-CG-2026-007",
       invoice_no=inv("fy-h04", "2614"), changed_at=HENGNAI_CHANGED,
       note="Refractory bricks from the supplier whose account change dates from May 2026.")
FY.pay(H, ts("09-07", "09:50"), D_LIANG, "5480", "运费", "个体运费（介休—清徐焦炭2趟）",
       requested_by=F_SALES, approved_by=[F_FM],
       note="Freight to an individual truck driver on his personal card.")
FY.order(H, ts("09-08", "14:15"), C_HAOYU, [("煤焦油", "300", "吨", "3050")],
         channel="email", address=HAOYU_ADDR, deadline="2026-09-20", terms="款到发货",
         notes="乔工邮件，9月计划", note="Coal-tar order from an established carbon-materials customer.")
FY.pay(H, ts("09-09", "16:30"), FY_PAYROLL, "1486700", "工资", "8月工资代发（214人）",
       text="浪潮GS付款单：8月工资代发（214人），人力资源部工资表已审批", requested_by=F_HR,
       approved_by=[F_FM, F_GM], note="Monthly payroll through the bank payroll account.")
FY.pay(H, ts("09-10", "10:05"), V_RUNTONG, "1621500", "货款", "洗精煤款（1150吨）",
       requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-CG-2026-001",
       invoice_no=inv("fy-h08", "2614"), note="Coking-coal payment to the regular washery.")
FY.pay(H, ts("09-11", "15:10"), TREASURY, "642318.45", "税款", "8月增值税",
       text="浪潮GS付款单：8月增值税，电子税务局申报后三方协议扣款", requested_by=F_FM, approved_by=[F_GM],
       note="Monthly VAT through the tripartite agreement.")
FY.order(H, ts("09-14", "11:20"), C_HONGTAI, [("铸造焦（80-120mm）", "300", "吨", "2280")],
         channel="email", address="太原市清徐县东于镇宏泰铸造厂", deadline="2026-09-22", terms="款到发货",
         notes="韩经理邮件下单", note="Foundry-coke order from an established foundry.")
FY.pay(H, ts("09-15", "14:40"), V_DINGLI, "37800", "维修费", "推焦车液压系统检修",
       requested_by=F_BUY, approved_by=[F_FM], contract_id="FY-WX-2026-004",
       invoice_no=inv("fy-h11", "2614"), note="Maintenance by the regular repair firm.")
FY.pay(H, ts("09-16", "10:50"), V_HENGNAI, "96300", "货款", "黏土砖及耐火泥款",
       requested_by=F_BUY, approved_by=[F_FM], contract_id="FY-CG-2026-007",
       invoice_no=inv("fy-h12", "2614"), changed_at=HENGNAI_CHANGED,
       note="Refractory bricks from the supplier whose account change dates from May 2026.")
FY.pay(H, ts("09-17", "15:25"), D_WEN, "4260", "运费", "个体运费（介休—平遥硫铵2趟）",
       requested_by=F_SALES, approved_by=[F_FM],
       note="Freight to a second individual truck driver on his personal card.")
FY.order(H, ts("09-21", "10:10"), C_JINSUI, [("硫酸铵（农用，50kg袋）", "150", "吨", "820")],
         channel="erp", address="晋中市平遥县古陶镇金穗农资仓库", deadline="2026-09-25", terms="款到发货",
         notes="秋季用肥", note="Ammonium-sulphate order from an established farm-supply customer.")
FY.pay(H, ts("09-22", "14:30"), V_SHENGTONG, "201750", "运费", "9月上旬焦炭外运运费",
       requested_by=F_SALES, approved_by=[F_FM], contract_id="FY-WL-2026-002",
       invoice_no=inv("fy-h15", "2614"), note="Coke freight to the regular haulier.")
FY.pay(H, ts("09-24", "09:55"), V_RUNTONG, "1762200", "货款", "洗精煤款（1260吨）",
       requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-CG-2026-001",
       invoice_no=inv("fy-h16", "2614"), note="Coking-coal payment to the regular washery.")
FY.order(H, ts("09-28", "10:40"), C_HENGYUE, [("冶金焦（一级）", "1800", "吨", "1850")],
         channel="erp", address=HENGYUE_ADDR, deadline="2026-10-15", terms="月结30天，银行承兑",
         notes="10月年度合同量", note="Monthly coke call-off from an established steel mill.")
FY.pay(H, ts("10-13", "11:15"), V_HENGNAI, "143900", "货款", "焦炉硅砖款（第二批）",
       requested_by=F_BUY, approved_by=[F_FM], contract_id="FY-CG-2026-007",
       invoice_no=inv("fy-h18", "2614"), changed_at=HENGNAI_CHANGED,
       note="Refractory bricks from the supplier whose account change dates from May 2026.")
FY.pay(H, ts("10-15", "14:05"), D_LIANG, "5760", "运费", "个体运费（介休—清徐焦炭2趟）",
       requested_by=F_SALES, approved_by=[F_FM],
       note="Freight to the first individual truck driver again.")
FY.order(H, ts("10-19", "10:30"), C_HAOYU, [("煤焦油", "280", "吨", "3080")],
         channel="email", address=HAOYU_ADDR, deadline="2026-10-28", terms="款到发货",
         notes="乔工邮件，10月计划", note="Coal-tar order from an established carbon-materials customer.")

# --- test ------------------------------------------------------------------------------------
T = "test"
FY.pay(T, ts("11-02", "10:20"), V_RUNTONG, "1704000", "货款", "洗精煤款（1200吨）",
       requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-CG-2026-001",
       invoice_no=inv("fy-t01", "2614"), note="Routine: Coking-coal payment to the regular washery.")

BAD_CODE = make_uscc("91", "120116", "MA07UE2L")
BAD_CODE = BAD_CODE[:17] + ("0" if BAD_CODE[17] != "0" else "1")  # deliberately wrong check character
C_HUAYE = cust("中国华冶物资集团华北物资供应中心", BAD_CODE, "钱处长", "13800004718", im_id="wxid_qianchu_hy")
FY.order(T, ts("11-03", "15:30"), C_HUAYE, [("冶金焦（准一级）", "3000", "吨", "1880")],
         channel="im", address="天津市滨海新区临港物流园区B区露天堆场", deadline="2026-11-13",
         terms="货到验收后90天银行承兑",
         notes="钱处长：集团年度储备焦炭，走我们内部物资系统，不用招标，价格就按你们报的不还了。只要10天内能发到天津临港堆场，"
               "验收后三个月给承兑。用微信联系就行，单位座机不方便登记外单位。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "far_delivery",
                  "contact_im_only", "invalid_credit_code"],
         note="A 'central-SOE materials supply centre' with an invalid credit code orders 5.64m of coke without tender or haggling, 90-day acceptance after delivery to a Tianjin yard, WeChat only.")

HENGYUE_PAYEE = payee("邯郸市恒岳钢铁有限公司", acct("fy-hy", "1305", 19), "中国工商银行邯郸复兴支行",
                      phone="0310-0000627", short="恒岳钢铁")
FY.pay(T, ts("11-04", "10:40"), HENGYUE_PAYEE, "200000", "履约保证金", "恒岳钢铁2027年度冶金焦采购中标履约保证金",
       text="浪潮GS付款单：恒岳钢铁2027年度冶金焦采购招标（编号HY-CG-2026-ZB-041）我司中标，按中标通知书及供货合同第12条缴纳履约保证金20万元，"
            "汇至中标通知书列明的恒岳钢铁对公账户，合同期满无违约无息退还；侯文斌已与恒岳供应处牛科长电话确认",
       requested_by=F_SALES, approved_by=[F_FM, F_GM], contract_id="HY-GX-2027-015",
       signals=["deposit_words", "fee_asked_of_seller", "first_time_payee"],
       note="Hard negative: Performance bond for an annual coke tender won with the established steel mill, paid to the mill's own account named in the award.")

AL1 = payee("太原鑫茂隆商贸有限公司", acct("fy-al1", "1410", 19), "中国光大银行太原分行", short="鑫茂隆")
FY.pay(T, ts("11-05", "11:25"), AL1, "1986000", "往来款", "代付款",
       channel="im", from_name="晋中宏业煤炭销售 武总", from_contact="wxid_wuzong_hy",
       text="武总：任会计，早上进你们账上的那198.6万是山东一家客户付的，我们公司dgzh这两天被银行限制收不了款，借你们的户中转一下，"
            "麻烦今天原数转给太原鑫茂隆商贸，走zhang的费用按千分之五给你们，冀总那边我打过招呼了。",
       urgent=True, requested_by=F_FM, approved_by=[],
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "in_out_match", "first_time_payee", "vague_memo", "im_instruction",
                "evasion_pinyin", "no_po_contract", "urgency", "no_approval"],
       note="A coal dealer who 'knows the GM' wants 1.986m that a stranger paid in this morning forwarded the same day to a Taiyuan trader for a fee; 'corporate account' in pinyin initials, 'pass through' in mixed pinyin.")

FY.pay(T, ts("11-05", "16:40"), TREASURY, "93846.27", "税款", "补缴2026年三季度房产税、城镇土地使用税及滞纳金",
       text="浪潮GS付款单：自查发现三季度房产税计税原值少报，已在电子税务局更正申报，补缴税款91620.00元及滞纳金2226.27元，三方协议扣款（缴款书附后）",
       requested_by=F_FM, approved_by=[F_GM],
       signals=["authority_words"],
       note="Hard negative: Back taxes and a late-payment surcharge after a self-check, paid to the state treasury through the tripartite agreement.")

C_FENYANG = cust("汾阳市农业农村局（一喷三防物资组）", None, "赵股长", "13800003851", im_id="wxid_zhaogz_fy")
FY.order(T, ts("11-06", "10:15"), C_FENYANG, [("硫酸铵（农用，50kg袋）", "200", "吨", "880")],
         channel="phone", address="汾阳市贾家庄镇农机服务站院内", deadline="2026-11-10", terms="验收后财政统一拨付",
         third_party={"name": "汾阳市丰禾农机植保器械门市", "contact": "13800007263", "role": "designated_supplier",
                      "amount": "48500.00"},
         notes="赵股长电话：局里给种粮户统一配肥，硫铵200吨从你们厂走。另外还得配500台背负式电动喷雾器，指标只批给丰禾农机一家，"
               "他们见钱才备货，麻烦你们先垫fu一下，跟肥料款一块走财政结算。明天领导来验收，今天就得定下来。",
         label="scam", scam_type="fake_order", expect="flag",
         signals=["institution_claim", "designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only",
                  "urgency", "evasion_pinyin"],
         note="A 'county agriculture bureau' orders ammonium sulphate and asks us to advance money for 500 sprayers from the one shop it names, settled later 'through the treasury'; 'advance' in mixed pinyin.")

FO2 = payee("郝建军", acct("fy-fo2", "6230", 19), "山西汾阳农村商业银行", "personal", short="郝建军")
FY.pay(T, ts("11-09", "14:50"), FO2, "48500", "代购款", "汾阳农业局订单代采喷雾器",
       channel="im", from_name="汾阳农业局 赵股长", from_contact="wxid_zhaogz_fy",
       text="赵股长：财政支付凭证截图你看下，已经提交国库了，系统显示'支付中'，一般两三天到。\n"
            "赵股长：丰禾那边老板在催，你们先把喷雾器的💰打给他个人卡，郝建军，汾阳农商行，他今天就能从仓库发车。\n"
            "侯文斌：好的，我报财务。",
       urgent=True, requested_by=F_SALES, approved_by=[], order_id="FY-DD-20261106001",
       label="scam", scam_type="fake_order", expect="block",
       signals=["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
                "fake_payment_proof", "im_instruction", "urgency", "no_approval", "evasion_symbols"],
       note="Sales asks to pay 48.5k to the sprayer shop owner's personal card for the 'agriculture bureau' order, whose own payment is only a 'paying' screenshot; money written as an emoji.")

FY.pay(T, ts("11-10", "19:40"), V_DINGLI, "68500", "维修费", "2#焦炉集气管泄漏紧急抢修",
       text="浪潮GS付款单（加急）：2#焦炉集气管焊缝开裂、荒煤气外泄，鼎力机电连夜抢修，按维保合同FY-WX-2026-004应急条款先付抢修费；"
            "安环部抢修单已出，冀志刚、任建华电话确认后线上审批",
       urgent=True, requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-WX-2026-004",
       invoice_no=inv("fy-t08", "2614"),
       signals=["urgency", "off_hours"],
       note="Hard negative: Evening emergency repair of a gas-collecting main by the regular maintenance firm, marked urgent and approved by both managers.")

B2 = payee("秦海龙", acct("fy-b2", "6228", 19), "中国农业银行太原迎泽支行", "personal", short="秦海龙")
FY.pay(T, ts("11-11", "10:30"), B2, "380000", "定金", "项目定金",
       channel="im", from_name="张宏远", from_contact="wxid_zhy_0354new",
       text="张宏远：丽萍，我换了个新微信，原来那个先不用了。\n"
            "张宏远：我在省里开会，跟厅里领导在一块儿，接不了电话。焦炉煤气制LNG那个项目要先付38万定金，打到秦海龙卡上，他是对方项目负责人，卡号发你了。\n"
            "张宏远：流程你先走着，单子回去我补签。这事先别在公司里shuo，等项目落地再公布。先zhuan过去，转完回个信。",
       urgent=True, requested_by=F_CASH, approved_by=[],
       label="scam", scam_type="boss_impersonation", expect="flag",
       signals=["im_instruction", "new_contact", "cannot_call", "bypass_process", "secrecy_words", "personal_account",
                "first_time_payee", "no_approval", "boss_role", "deposit_words", "urgency", "evasion_pinyin"],
       note="A 'new WeChat' of the chairman, in a meeting and unreachable, orders a 380k project deposit to a personal card, to be signed off later and kept quiet; key verbs in pinyin.")

HONGTAI_PAYEE = payee("清徐县宏泰铸造有限公司", acct("fy-ht", "1410", 19), "中国建设银行清徐支行",
                      phone="0351-0000548", short="宏泰铸造")
FY.pay(T, ts("11-12", "09:45"), HONGTAI_PAYEE, "27360", "退款", "宏泰铸造10月多付焦炭款原路退回",
       text="浪潮GS付款单：宏泰铸造10月铸造焦结算单656640元，对方10月28日实付684000元，多付27360元；建行已确认入账（回单附后），"
            "对方韩经理盖章来函申请，原路退回，收款户即其10月28日的付款户",
       requested_by=F_SALES, approved_by=[F_FM],
       signals=["refund_words", "overpayment", "first_time_payee"],
       note="Hard negative: An established foundry's confirmed overpayment refunded to the corporate account it came from.")

AI1 = payee("广西钦州润达贸易有限公司", acct("fy-ai1", "4510", 19), "广西北部湾银行钦州分行", short="润达贸易")
FY.pay(T, ts("11-12", "14:10"), AI1, "1200000", "往来款", "配合公安资金审查",
       channel="phone", from_name="晋中市公安局经侦支队 王警官", from_contact="13800006630",
       text="通话记录（郭丽萍）：对方自称晋中市公安局经侦支队王警官，说我公司基本户涉及一起跨省洗钱案，有一笔380万来自涉案账户，"
            "要求先把账上资金转到公安指定的'待查资金暂存户'，查清后48小时内全额返还，否则全部冻结。对方说案件涉密，"
            "不能告诉公司其他人，也不能去银行柜台问，随后把'冻结通知书'照片发到我手机。",
       urgent=True, requested_by=F_CASH, approved_by=[],
       label="scam", scam_type="authority_impersonation", expect="block",
       signals=["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency",
                "first_time_payee", "no_approval"],
       note="A 'police economic-crime officer' tells the cashier to park 1.2m in a 'holding account for funds under investigation' and tell nobody, with a photo of a freezing notice.")

FY.pay(T, ts("11-13", "10:55"), D_LIANG, "6120", "运费", "个体运费（介休—邯郸焦炭2趟，含代垫过磅费）",
       text="浪潮GS付款单：个体司机梁宝平11月运费，介休—邯郸2趟，含其代垫的过磅费160元（票据附后）",
       requested_by=F_SALES, approved_by=[F_FM],
       signals=["personal_account"],
       note="Hard negative: Freight, including a weighing fee he advanced, to the individual driver's personal card that has been paid before.")

FY.pay(T, ts("11-16", "15:20"), V_RUNTONG_NEW, "1692000", "货款", "洗精煤款（1200吨）",
       channel="email", from_name="润通洗煤 财务部", from_contact="caiwu@runtong-xm.cn",
       text="汾源焦化财务部：\n因我司基本户近期配合税务专项检查，暂时只出不进。经公司研究，本月起精煤货款统一由集团销售公司山西润通能源贸易有限公司收取，"
            f"收{ZW}款{ZW}账{ZW}户见附件盖章函。原建行户头在检查结束前请勿再汇入，以免退票耽误贵司结算。\n润通洗煤财务部 2026年11月10日",
       requested_by=F_BUY, approved_by=[F_FM, F_GM], contract_id="FY-CG-2026-001",
       invoice_no=inv("fy-t13", "2614"), changed_at="2026-11-10T15:30:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "payee_name_mismatch", "lookalike_domain", "email_instruction",
                "account_change_words", "first_time_payee", "evasion_symbols"],
       note="An e-mail from a look-alike of the washery's domain says a tax inspection blocks its account and coal money must go to a 'group sales company'; keyed six days ago, zero-width characters inside the key words.")

HUIWU = payee("介休市博文会务服务有限公司", acct("fy-hw", "0503", 19), "山西介休农村商业银行义安支行",
              phone="0354-0000378", short="博文会务")
FY.pay(T, ts("11-17", "10:00"), HUIWU, "4800", "培训费", "反诈骗专题培训会务费",
       text="浪潮GS付款单：义安派出所民警11月20日来厂开展企业财务反诈专题培训（财务、采购、销售共86人），会场布置、横幅及反诈手册印制费用。"
            "培训案例：冒充老板拉群要求转'保证金'、冒充供应商更换收款账户、冒充公安要求把钱转入'安全账户'、刷单返利。派出所活动通知附后",
       requested_by=F_HR, approved_by=[F_FM],
       signals=["authority_words", "safe_account_words", "deposit_words", "account_change_words", "task_rebate_words",
                "first_time_payee"],
       note="Hard negative: Venue and handbook costs of an anti-fraud training the park police station gives at the plant, listing scam scripts.")

CF1 = payee("北京中科焦能产业发展有限公司", acct("fy-cf1", "1109", 19), "北京银行中关村支行", short="中科焦能")
FY.pay(T, ts("11-17", "14:35"), CF1, "300000", "保证金", "项目合作入围金",
       channel="im", from_name="中科焦能 曹总", from_contact="wxid_caozong_zkjn",
       text="曹总：咱们这个焦化产能置换加氢能示范项目是列进国家重点的，总投资80多亿，入围的焦化企业只有5个名额。\n"
            "曹总：入围要先交30万履 约 保 证 金，这周五截止，合同签了以后从首期工程款里扣回来。\n"
            "曹总：我们公司刚成立三个月，是央企背景专门为这个项目设的平台公司。",
       urgent=True, requested_by=F_FM, approved_by=[F_GM],
       label="scam", scam_type="contract_fraud", expect="flag",
       signals=["deposit_words", "bigproject_words", "first_time_payee", "shell_company", "fee_asked_of_seller",
                "urgency", "im_instruction", "no_po_contract", "evasion_spacing"],
       note="A three-month-old 'platform company' selling places in a national coke-capacity swap project wants a 300k entry bond before any contract; the bond word is spaced out.")

OWN_MARGIN = payee("介休市汾源焦化有限公司", acct("fy-margin", "1405016872", 19), "中国建设银行介休支行",
                   short="本公司承兑保证金户")
FY.pay(T, ts("11-18", "11:40"), OWN_MARGIN, "1500000", "承兑保证金", "开立银行承兑汇票（票面300万）50%保证金",
       text="浪潮GS付款单：向建行介休支行申请开立300万元银行承兑汇票支付润通洗煤精煤款，按授信协议缴存50%保证金至我司在建行的承兑保证金专户（户名本公司）",
       requested_by=F_FM, approved_by=[F_GM],
       signals=["deposit_words", "first_time_payee"],
       note="Hard negative: Bank-acceptance margin paid into the company's own margin account at its own bank.")

AF1 = payee("蔡文涛", acct("fy-af1", "6226", 19), "中国光大银行广州天河支行", "personal", short="蔡文涛")
FY.pay(T, ts("11-19", "10:25"), AF1, "200000", "往来款", "过桥贷款还款能力证明",
       channel="im", from_name="鑫融汇金融服务 顾经理", from_contact="wxid_gujl_xrh",
       text="顾经理：任总，贵司800万过桥资金资方审核通过了，年化6.8，三天放款。\n"
            "顾经理：资方要看贵司还款能力，得先把20万打到我们风控专员蔡文涛个人卡上做yan资，放款时连同贷款一起退回，不收利息。\n"
            "顾经理：对公转过来资方系统认不了，一定要走个人卡。",
       requested_by=F_FM, approved_by=[F_GM],
       label="scam", scam_type="advance_fee", expect="block",
       signals=["loan_fee_words", "personal_account", "personal_account_pretext", "first_time_payee", "im_instruction",
                "evasion_pinyin", "unusual_bank_region", "no_po_contract"],
       note="A loan broker wants 200k on a 'risk officer's' personal card to prove repayment capacity before an 8m bridge loan; 'capital verification' half in pinyin.")

C_YONGSHENG = cust("安阳市永晟特钢有限公司", make_uscc("91", "410502", "MA9G4C1X"), "郑部长", "0372-0000815",
                   email="zhengbz@yongshengtg.com")
FY.order(T, ts("11-20", "15:05"), C_YONGSHENG, [("冶金焦（一级）", "1500", "吨", "1950")],
         channel="email", address="安阳市文峰区永晟特钢原料场", deadline="2026-11-30", terms="款到发货（已全额预付）",
         notes="新客户首单。永晟特钢对公账户11月19日电汇2925000元，建行已确认到账；国家企业信用信息公示系统已核，侯文斌11月17日到厂考察。",
         signals=["new_customer", "large_first_order"],
         note="Hard negative: Large first order from a new steel mill, prepaid in full from its own account, bank-confirmed, after a site visit.")

FS2 = payee("刘翠兰", acct("fy-fs2", "6221", 19), "中国邮政储蓄银行介休市支行", "personal", short="刘翠兰")
FY.pay(T, ts("11-23", "10:45"), FS2, "9640", "工资", "离职工资结算（贾志勇，10月1日—11月15日）",
       text="浪潮GS付款单：炼焦车间贾志勇离职结算工资及未休年假折算，结算单已审", requested_by=F_HR,
       approved_by=[F_FM],
       label="scam", scam_type="fake_salary", expect="block",
       signals=["payee_not_employee", "personal_account", "first_time_payee"],
       note="Structural only: a leaver's final wages and leave pay go to a personal card held by somebody else; the ERP text is a plain settlement line.")

FY.order(T, ts("11-24", "09:50"), C_HAOYU, [("煤焦油", "320", "吨", "3020")],
         channel="email", address=HAOYU_ADDR, deadline="2026-12-01", terms="款到发货（已预付）",
         third_party={"name": "孝义市安达危险货物运输有限公司", "contact": "0358-0000492", "role": "designated_supplier",
                      "amount": "38400.00"},
         notes="乔工邮件：本批焦油按双方合同约定由我方指定的安达危运承运（持道路危险货物运输许可证），运费38400元由贵司按合同代付；"
               "货款966400元和运费38400元共1004800元已于11月23日汇入贵司账户，财务已确认到账。",
         signals=["designated_supplier"],
         note="Hard negative: An established customer names its own licensed hazmat carrier for us to pay, but has already prepaid goods and freight, bank-confirmed.")

C_HONGDA = cust("河北冀中宏达钢铁贸易有限公司", make_uscc("91", "131102", "MA0DQ7N3"), "宋经理", "13800005271",
                email="songjl_hd@163.com")
FY.order(T, ts("11-24", "15:30"), C_HONGDA, [("冶金焦（准一级）", "1200", "吨", "1900")],
         channel="phone", address="衡水市桃城区冀中物流港钢贸堆场", deadline="2026-11-25",
         terms="电子商业承兑汇票（６个月）",
         notes="宋经理：这批要得急，１２００吨今天能装就今天装。货款开电子商票２２８万，出票人是我们集团的石家庄鸿通建设工程有限公司，"
               "票已经在网银上推给你们了，签收一下就可以发货，贴现有问题找我们。",
         label="scam", scam_type="contract_fraud", expect="flag",
         signals=["fake_payment_proof", "guarantee_unverified", "new_customer", "large_first_order", "urgency",
                  "evasion_fullwidth"],
         note="A new steel trader wants 1,200 t loaded today against a six-month commercial acceptance drawn by a construction firm nobody has checked; figures in full-width digits.")

FY.pay(T, ts("11-25", "10:35"), V_HENGNAI, "117800", "货款", "焦炉硅砖款（第三批）",
       requested_by=F_BUY, approved_by=[F_FM], contract_id="FY-CG-2026-007",
       invoice_no=inv("fy-t22", "2614"), changed_at=HENGNAI_CHANGED,
       signals=["account_changed_long_ago"],
       note="Hard negative: Refractory bricks paid to the supplier whose account change was recorded in May 2026 and used for every payment since.")

AC4 = payee("李秀芳", acct("fy-ac4", "6228", 19), "中国农业银行介休市支行", "personal", vendor_id="V-FY02",
            phone="0354-0000862", short="李秀芳")
FY.pay(T, ts("11-26", "14:15"), AC4, "192300", "运费", "10月焦炭外运运费",
       channel="im", from_name="晟通货运 业务小贾", from_contact="wxid_xiaojia_st",
       text="小賈：郭會計好，我們公司對公戶在做年審，這個月的運費先打到我們老闆娘李秀芳的私人卡上，卡號發你了。\n"
            "小賈：年審完再換回來，老闆讓我跟你說一聲，這段時間就認這張卡。",
       requested_by=F_SALES, approved_by=[F_FM], contract_id="FY-WL-2026-002",
       invoice_no=inv("fy-t23", "2614"), changed_at="2026-11-24T10:15:00+08:00",
       label="scam", scam_type="account_change", expect="block",
       signals=["account_changed_recent", "personal_account", "payee_name_mismatch", "im_instruction",
                "account_change_words", "personal_account_pretext", "first_time_payee", "new_contact",
                "evasion_traditional"],
       note="A haulier 'salesman' on WeChat, writing in traditional characters, has the freight account switched to the owner's wife's personal card two days before payment.")

PINGGU = payee("山西恒正资产评估有限公司", acct("fy-pg", "1401", 19), "中国建设银行太原并州路支行",
               phone="0351-0000627", short="恒正评估")
FY.pay(T, ts("11-27", "10:05"), PINGGU, "36000", "评估费", "建行流动资金贷款抵押物评估费",
       text="浪潮GS付款单：建行介休支行3000万元流动资金贷款已审批，借款合同FY-JK-2026-002已签，按银行要求对焦炉设备及土地抵押物评估，"
            "评估机构为建行入围的恒正评估（资产评估资质已核），评估费按委托合同3.6万元，发票已开",
       requested_by=F_FM, approved_by=[F_GM], contract_id="FY-PG-2026-001", invoice_no=inv("fy-t24", "2614"),
       signals=["loan_fee_words", "first_time_payee"],
       note="Hard negative: Appraisal fee for a signed bank loan, paid to a licensed appraiser on the bank's panel.")

AF3 = payee("深圳市鼎信融资担保服务有限公司", acct("fy-af3", "7559", 18), "招商银行深圳南山支行", short="鼎信担保")
FY.pay(T, ts("11-30", "11:20"), AF3, "48000", "担保费", "授信担保服务费",
       channel="im", from_name="信贷顾问 孔经理", from_contact="wxid_kongjl_dx",
       text="孔经理：任总，500万信用贷💰批下来了，放款前要交一笔担保服务费4.8万（额度的1%），放款后从首期里给您抵。\n"
            "孔经理：资方只认我们担保公司出的函，银行那边不用您再跑，今天交明天就放💰。\n"
            "孔经理：🈶疑问随时找我，别去问银行客户经理，他们不了解我们这个产品。",
       urgent=True, requested_by=F_FM, approved_by=[F_GM],
       label="scam", scam_type="advance_fee", expect="flag",
       signals=["loan_fee_words", "first_time_payee", "im_instruction", "urgency", "no_po_contract", "evasion_symbols"],
       note="A 'credit adviser' wants a 48k guarantee fee paid to a Shenzhen firm before a 5m unsecured loan is released and says not to ask the bank; emoji stand for money and 'have'.")

FI2 = payee("北京中网品牌审核服务中心有限公司", acct("fy-fi2", "1109", 18), "北京农商银行海淀支行", short="中网品牌")
FY.pay(T, ts("12-01", "10:40"), FI2, "7800", "服务费", "网络品牌保护年费",
       channel="email", from_name="中文网络品牌审核中心", from_contact="audit@cn-brandcheck.net",
       text="汾源焦化负责人：\n我中心近日收到'山西某某投资有限公司'提交的申请，拟注册'汾源焦化'中文网址及'.中国''.公司'等后缀。经审核，贵司为该名称的在先使用方，"
            "享有优先保护权。如需保护，请于7个工作日内缴纳年度品·牌·保·护费7800元（5年39000元），逾期将按先到先得批准他方注册。\n中文网络品牌审核中心 审核部",
       urgent=True, requested_by="E3160", approved_by=[F_FM],
       label="scam", scam_type="fake_invoice", expect="flag",
       signals=["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency", "evasion_symbols"],
       note="A 'brand review centre' says another firm is registering our name as a Chinese web address and bills a 7.8k yearly protection fee within seven days; the fee words are dotted apart.")

FY.order(T, ts("12-02", "14:55"), C_HENGYUE, [("冶金焦（一级）", "1900", "吨", "1850")],
         channel="erp", address=HENGYUE_ADDR, deadline="2026-12-15", terms="月结30天，银行承兑",
         notes="12月年度合同量", note="Routine: Monthly coke call-off from the established steel mill.")

TR2 = payee("杭州速汇宝网络科技有限公司", acct("fy-tr2", "9100", 18), "财付通支付科技有限公司", "unknown",
            short="速汇宝")
FY.pay(T, ts("12-03", "10:10"), TR2, "15000", "借支", "员工借支（家中急用）",
       channel="im", from_name="星辰理财 导师群", from_contact="wxid_xcl_teacher",
       text="【星辰理财·导师群】今晚老师带单，入金满１５０００进ＶＩＰ通道，ＵＳＤＴ行情稳赚，次日就能提现，名额有限。"
            "入金通道链接（商户：速汇宝网络科技）\n（申请人：仓管员，借支从工资里扣）",
       requested_by="E3150", approved_by=[F_FM],
       label="scam", scam_type="task_rebate", expect="flag",
       signals=["topup_words", "third_party_payment_endpoint", "crypto", "first_time_payee", "vague_memo",
                "im_instruction", "evasion_fullwidth"],
       note="A storekeeper's 15k 'family emergency' advance goes to a payment-platform merchant; the attached 'mentor group' post asks for a VIP top-up to trade USDT, in full-width characters.")

C_HENGTAI = cust("临汾市尧都区恒泰碳材料有限公司", make_uscc("91", "141002", "MA0RT5W9"), "常总", "13800009147",
                 im_id="wxid_changzong_ht")
FY.order(T, ts("12-04", "15:35"), C_HENGTAI, [("煤焦油", "60", "吨", "3050")],
         channel="im", address="临汾市尧都区屯里镇恒泰碳材料厂", deadline="2026-12-07", terms="款到发货",
         third_party={"name": "常建国（个人）", "contact": "13800002095", "role": "refund_recipient",
                      "amount": "80000.00"},
         notes="常总：货款转过去了，回单截图你看，出纳把２６３０００当成一笔打了，多出８００００。多的那部分别退回公户，公户这两天在变更，"
               "直接打我本人农行卡，常建国，今天退了明天我就派车来拉。",
         label="scam", scam_type="overpayment_refund", expect="block",
         signals=["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only",
                  "evasion_fullwidth"],
         note="A new coal-tar buyer sends a screenshot showing 80k too much and wants the difference on the boss's personal card; amounts in full-width digits.")

C_RUIFENG = cust("沧州瑞丰化工贸易有限公司", make_uscc("91", "130902", "MA0EW8P6"), "吕经理", "13800006482",
                 email="lvjl_rf@163.com")
FY.order(T, ts("12-07", "10:20"), C_RUIFENG, [("粗苯", "200", "吨", "6200")],
         channel="phone", address="沧州临港经济技术开发区东区瑞丰储罐区", deadline="2026-12-12",
         terms="先付30%，余款到货后15天",
         notes="吕经理：我们的危化品经营许可证在换证，新证下来再补给你们；预付款由合作方衡水宏达物资有限公司代付。余款到货半个月内结清。",
         label="scam", scam_type="fake_purchaser", expect="flag",
         signals=["hazardous_no_permit", "third_party_payer", "new_customer", "large_first_order",
                  "credit_terms_requested", "free_mail", "far_delivery"],
         note="A new trader orders 200 t of crude benzene without a valid hazardous-chemicals licence, the deposit paid by another company and the balance on credit.")

AL3 = payee("晋中融达商务信息咨询有限公司", acct("fy-al3", "1407", 19), "晋中银行榆次支行", short="融达咨询")
FY.pay(T, ts("12-08", "11:05"), AL3, "500000", "往来款", "资金往来",
       channel="im", from_name="融达 贷款顾问边经理", from_contact="wxid_bianjl_rd",
       text="边经理：任总，银行说贵司近半年对公流水偏少，1000万授信批不下来。\n"
            "边经理：我们帮你们做一轮刷liu水，你们先转50万到融达，当天下午原数打回，来回走三轮，每轮收千分之三服务费。\n"
            "边经理：另外网银U盾借我们用两天，快递过来，做完就寄回去。",
       requested_by=F_FM, approved_by=[F_GM],
       label="scam", scam_type="account_lending", expect="block",
       signals=["account_lending_words", "loan_fee_words", "first_time_payee", "vague_memo", "im_instruction",
                "evasion_pinyin", "no_po_contract", "in_out_match"],
       note="A loan adviser offers to pump up the account's turnover with round-trip transfers of 500k and asks for the online-banking token by courier; 'turnover' half in pinyin.")

FY.order(T, ts("12-09", "10:30"), C_HAOYU, [("煤焦油", "300", "吨", "3000")],
         channel="email", address=HAOYU_ADDR, deadline="2026-12-18", terms="款到发货",
         notes="乔工邮件，12月计划", note="Routine: Coal-tar order from the established carbon-materials customer.")
