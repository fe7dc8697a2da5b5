"""huagong: 库尔勒清源水处理化学品有限公司, a water-treatment chemicals maker in Korla."""
from common import (acct, uscc, mobile, landline, wxid, inv, payee, pay, cust, order,
                    hist, legit, scam, Ref)

TENANT = "huagong"
PAY_PREFIX = "QY-PAY"
ORD_PREFIX = "QY-SO"

# Staff ids used in requested_by / approved_by; ERP slips name the requester in from_name.
EMPLOYEES = {"E4300": "高志远", "E4301": "张燕", "E4302": "吐尔逊·艾买提", "E4303": "何静", "E4310": "蒋涛", "E4311": "古丽", "E4320": "王磊", "E4330": "李梅", "E4340": "马超"}

PAYER = {"account_no": acct("huagong-basic", 19, "6"), "account_name": "库尔勒清源水处理化学品有限公司"}
ERP = "OA审批完成｜"

V1 = payee("库车天山化工有限公司", "hg-v1", "中国工商银行库车支行", vendor="V-QY01", phone=landline("0997", "hg-v1"))
V2 = payee("焉耆县恒源铝钙粉厂", "hg-v2", "中国农业银行焉耆县支行", vendor="V-QY02", phone=landline("0996", "hg-v2"), n=17)
V3 = payee("库尔勒通达危险货物运输有限公司", "hg-v3", "中国建设银行库尔勒分行", vendor="V-QY03",
           phone=landline("0996", "hg-v3"))
V3_FAKE = payee("刘永通", "hg-v3-fake", "中国农业银行库尔勒分行", "personal", vendor="V-QY03",
                phone=landline("0996", "hg-v3"))
V4 = payee("库尔勒宏达塑料桶厂", "hg-v4", "新疆库尔勒农村商业银行", vendor="V-QY04", phone=landline("0996", "hg-v4"),
           n=18, lead="8")
V5 = payee("新疆博润聚合物有限公司", "hg-v5", "中国银行克拉玛依分行", vendor="V-QY05", phone=landline("0990", "hg-v5"), n=17)
PAYROLL = payee("中国农业银行库尔勒分行（代发工资专户）", "hg-payroll", "中国农业银行库尔勒分行", vendor="PAY-QY")
TAX = payee("国家金库库尔勒市支库", "hg-tax", "国家金库库尔勒市支库", vendor="TAX-QY", n=17, lead="1")

C1 = cust("库尔勒孔雀河水务有限公司", uscc("hg-c1", "652801"), "艾经理", landline("0996", "hg-c1"),
          "wz@kqhsw.cn", None, "C-QY01")
C2 = cust("巴州塔河油田技术服务有限公司", uscc("hg-c2", "652822"), "钱经理", landline("0996", "hg-c2"),
          "cg@thytjs.cn", None, "C-QY02")
C3 = cust("尉犁县棉纺织有限公司", uscc("hg-c3", "652823"), "郭主任", landline("0996", "hg-c3"),
          "ylmf_wz@163.com", None, "C-QY03")

GM_WX = wxid("hg-gm-real")
PAC = "聚合氯化铝（PAC，30%）"
PAM = "聚丙烯酰胺（PAM，阴离子）"
NACLO = "次氯酸钠溶液（10%）"
ZG = "阻垢缓蚀剂"


def v1_pay(when, amt, key, memo="液碱、盐酸货款", **kw):
    return pay(when, PAYER, V1, amt, "货款", memo, kw.pop("text", None) or
               f"{ERP}库车天山化工 {memo}｜合同QY-CG-2026-001｜发票{inv(key)}",
               req="E4302", appr=["E4303", "E4300"], contract="QY-CG-2026-001", invoice=inv(key), **kw)


def v3_pay(when, amt, memo, key):
    return pay(when, PAYER, V3, amt, "运费", memo, f"{ERP}通达危运 {memo}｜合同QY-WL-2026-001｜发票{inv(key)}",
               req="E4302", appr=["E4303"], contract="QY-WL-2026-001", invoice=inv(key))


def c1_order(when, items, deadline, notes="按年度框架合同QY-XS-2026-003执行"):
    return order(when, C1, items, "erp", "库尔勒市孔雀河水务第一水厂药剂库", deadline, "月结30天", notes)


def c2_order(when, tons, deadline, address="轮台县塔河油田技术服务公司药剂库", notes="按框架合同QY-XS-2026-005执行"):
    return order(when, C2, [(ZG, tons, "吨", 9800)], "erp", address, deadline, "月结30天", notes)


def c3_order(when, tons, deadline, key=None):
    return order(when, C3, [(PAM, tons, "吨", 11500)], "erp", "尉犁县工业园区尉犁棉纺污水处理站", deadline,
                 "款到发货", "货款已从尉犁棉纺基本户汇入")


LINES = [
    # ---------------- history ----------------
    hist("Caustic and hydrochloric acid from the regular chlor-alkali supplier.", v1_pay("2026-04-08 11:10", 168500, "hg-h-v1-0408")),
    hist("PAC order from the established city water utility.", c1_order("2026-04-09 15:40", [(PAC, 100, "吨", 2100)], "2026-04-15")),
    hist("Hazardous-goods freight to the regular carrier.", v3_pay("2026-04-14 10:50", 26800, "4月上旬次氯酸钠槽车运费", "hg-h-v3-0414")),
    hist("Calcium-aluminate powder from the regular supplier.",
         pay("2026-04-16 16:20", PAYER, V2, 270000, "货款", "铝酸钙粉（200吨）",
             f"{ERP}恒源铝钙粉厂 铝酸钙粉200吨｜合同QY-CG-2026-002｜发票{inv('hg-h-v2-0416')}",
             req="E4302", appr=["E4303", "E4300"], contract="QY-CG-2026-002", invoice=inv("hg-h-v2-0416"))),
    hist("Scale-inhibitor order from the established oilfield service customer.", c2_order("2026-04-20 12:30", 12, "2026-04-27")),
    hist("IBC totes from the regular drum maker.",
         pay("2026-04-22 14:50", PAYER, V4, 65000, "货款", "IBC吨桶（100只）",
             f"{ERP}宏达塑料桶厂 IBC吨桶100只｜合同QY-CG-2026-004｜发票{inv('hg-h-v4-0422')}",
             req="E4320", appr=["E4303"], contract="QY-CG-2026-004", invoice=inv("hg-h-v4-0422"))),
    hist("Acrylamide and PAM raw materials from the regular polymer supplier.",
         pay("2026-04-27 11:30", PAYER, V5, 189000, "货款", "丙烯酰胺（4月批）",
             f"{ERP}博润聚合物 丙烯酰胺4月批｜合同QY-CG-2026-005｜发票{inv('hg-h-v5-0427')}",
             req="E4320", appr=["E4303", "E4300"], contract="QY-CG-2026-005", invoice=inv("hg-h-v5-0427"))),
    hist("PAM order from the established textile mill.", c3_order("2026-05-08 10:40", 6, "2026-05-12"), key="hg-h-c3"),
    hist("Monthly payroll through the bank's payroll account.",
         pay("2026-05-11 15:20", PAYER, PAYROLL, 402380, "工资", "4月工资代发（63人）",
             f"{ERP}4月工资代发（63人），工资表经人事、财务经理审批", req="E4302", appr=["E4303", "E4300"])),
    hist("Caustic and hydrochloric acid from the regular chlor-alkali supplier.", v1_pay("2026-05-13 11:00", 172900, "hg-h-v1-0513")),
    hist("Monthly VAT.",
         pay("2026-05-15 16:30", PAYER, TAX, 46812.37, "税款", "4月增值税",
             f"{ERP}4月增值税（电子税务局三方协议缴款）", req="E4302", appr=["E4303"])),
    hist("Sodium-hypochlorite order from the established city water utility.",
         c1_order("2026-05-20 12:10", [(NACLO, 200, "吨", 900)], "2026-05-26")),
    hist("Hazardous-goods freight to the regular carrier.", v3_pay("2026-05-25 15:10", 24600, "5月中旬次氯酸钠槽车运费", "hg-h-v3-0525")),

    # ---------------- test ----------------
    legit("Routine: Caustic and hydrochloric acid from the regular chlor-alkali supplier.", v1_pay("2026-06-01 11:40", 181200, "hg-t-v1-0601")),
    scam("fake_purchaser", "flag",
         ["institution_claim", "contact_mismatch", "free_mail", "credit_terms_requested", "large_first_order",
          "far_delivery", "urgency"],
         "A self-styled 'oilfield engineering group procurement centre' on free mail orders 430k of disinfectant on 180-day credit to a transit yard.",
         order("2026-06-02 16:10",
               cust("塔河石油工程服务集团物资采购中心", None, "钱主任", mobile("hg-s-qian", "87"), "thsy_wzcg@163.com",
                    wxid("hg-s-qian")),
               [(NACLO, 300, "吨", 900), ("杀菌剂（异噻唑啉酮）", 10, "吨", 16000)], "email", "轮台县某物流园区中转场",
               "2026-06-08", "月结180天",
               "我中心负责集团各作业区水处理药剂集中采购，本批为紧急补库，按集团规定月结180天，先发货到轮台中转场，后续量更大。联系请加微信。")),
    legit("Hard negative: A county water company buys sodium hypochlorite after a public price competition, with its use registration, paid in advance from its own account.",
          order("2026-06-03 10:30",
                cust("尉犁县供排水有限责任公司", uscc("hg-l-gps", "652823"), "阿不都科长", landline("0996", "hg-l-gps"),
                     "gps@ylgps.cn"),
                [(NACLO, 80, "吨", 900)], "email", "尉犁县供排水有限责任公司城东水厂", "2026-06-08", "款到发货（已到账）",
                "本批采购经县政府采购网公开竞价（采购编号YLZC-2026-0529），成交通知书已发。次氯酸钠危化品使用登记及收货储罐验收记录附后，"
                "货款72000元由我公司基本户支付，6月2日已到账。"),
          ["institution_claim"]),
    legit("Routine: PAC order from the established city water utility.", c1_order("2026-06-04 15:00", [(PAC, 110, "吨", 2100)], "2026-06-10")),
    legit("Hard negative: Tender deposit to the prefecture public-resource trading centre's account named in the tender notice.",
          pay("2026-06-05 11:20", PAYER,
              payee("巴音郭楞蒙古自治州公共资源交易中心", "hg-l-ggzy", "中国建设银行库尔勒分行"), 50000, "投标保证金",
              "和静县水厂水处理药剂年度采购投标保证金",
              f"{ERP}按巴州公共资源交易中心发布的招标公告（项目编号BZGG-2026-0603）载明的保证金专户缴纳，从公司基本户转出，公告链接及截图附后",
              req="E4310", appr=["E4303", "E4300"]),
          ["deposit_words"]),
    scam("fake_order", "block",
         ["designated_supplier", "off_catalogue_item", "fake_payment_proof", "contact_im_only"],
         "A 'water-plant upgrade project office' orders PAC and asks us to pay 42.5k first for chlorine analysers from its designated instrument shop, citing a transfer screenshot.",
         order("2026-06-08 16:40",
               cust("巴州碧源水厂改造项目部", None, "田工", mobile("hg-s-tian", "86"), None, wxid("hg-s-tian")),
               [(PAC, 40, "吨", 2100)], "im", "库尔勒市上户镇某水厂工地", "2026-06-10", "对公转账（截图已发）",
               "PAC 40吨按报价下单。\n业主另外要5台在线余氯分析仪，必须用智创仪表的，我们跟他们有框架协议。麻烦你们先把42500付给智创，跟药剂款一起结给你们。\n"
               "付款截图发你微信了，银行加急两个小时到。",
               third=("库尔勒智创仪表经营部", mobile("hg-s-zhichuang", "87"), "designated_supplier", 42500))),
    legit("Hard negative: Groundwater self-monitoring fee to the official prefecture environmental monitoring station.",
          pay("2026-06-09 11:50", PAYER,
              payee("巴音郭楞蒙古自治州生态环境监测站", "hg-l-jcz", "中国工商银行库尔勒分行"), 3200, "监测费",
              "厂区地下水自行监测委托检测费（上半年）",
              f"{ERP}按排污许可证自行监测方案，委托州生态环境监测站开展上半年地下水监测（委托协议JCZ-2026-041），依据缴费通知单付款，开具非税收入票据",
              req="E4340", appr=["E4303"]),
          ["authority_words", "fee_words"]),
    legit("Routine: Monthly payroll through the bank's payroll account.",
          pay("2026-06-10 10:20", PAYER, PAYROLL, 409660, "工资", "5月工资代发（64人）",
              f"{ERP}5月工资代发（64人），工资表经人事、财务经理审批", req="E4302", appr=["E4303", "E4300"])),
    legit("Hard negative: IBC-tote deposit to the regular drum maker, whose accountant's WeChat note was typed in full-width characters.",
          pay("2026-06-11 11:10", PAYER, V4, 36000, "押金", "IBC吨桶押金（120只）",
              "何经理好，本月新发ＩＢＣ吨桶１２０只，押金每只３００元，合计３６０００元，空桶回收后按合同退押金。对公账户不变，还是库尔勒农商行那个。",
              channel="im", frm="宏达塑料桶厂 张会计", contact=wxid("hg-v4-zhang"), req="E4320", appr=["E4303", "E4300"],
              contract="QY-CG-2026-004"),
          ["deposit_words", "im_instruction", "evasion_fullwidth"]),
    scam("boss_impersonation", "block",
         ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "secrecy_words", "urgency"],
         "A 'new number' of the GM asks the cashier for a balance screenshot, then 350k to an unknown chemicals trader to lock acrylamide prices.",
         pay("2026-06-12 16:20", PAYER,
             payee("库尔勒鼎盛化工原料有限公司", "hg-s-dingsheng", "库尔勒银行开发区支行", n=18, lead="8"), 350000, "预付款",
             "丙烯酰胺锁价预付款",
             "张燕，我是高总，换了个新号，老号先别用了。\n现在基本户余额还有多少？截个图给我。\n"
             "丙烯酰胺下周涨价，鼎盛那边给我留了一批货，你先转35万预付款过去，OA回头我补批，这事先别跟何经理说，我晚上跟她讲。",
             channel="im", frm="高志远", contact=wxid("hg-s-fake-gm"), urgent=True, req="E4301", appr=[])),
    legit("Hard negative: Duplicate payment by the textile mill partly offset and the rest refunded to its own paying account, linked to its May order.",
          pay("2026-06-15 12:30", PAYER,
              payee("尉犁县棉纺织有限公司", "hg-c3-acct", "中国农业银行尉犁县支行", phone=landline("0996", "hg-c3")), 11500,
              "退款", "PAM 5月订单重复付款原路退回",
              f"{ERP}尉犁棉纺5月8日PAM订单款69000元被重复支付两笔，银行已确认两笔均到账；经双方对账单盖章确认，其中57500元冲抵6月订单5吨，"
              "余11500元原路退回其付款账户",
              req="E4302", appr=["E4303"], order=Ref("hg-h-c3")),
          ["refund_words", "overpayment"]),
    legit("Routine: Hazardous-goods freight to the regular carrier.", v3_pay("2026-06-16 10:40", 25300, "6月上旬次氯酸钠槽车运费", "hg-t-v3-0616")),
    scam("authority_impersonation", "block",
         ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "evasion_symbols",
          "unusual_bank_region"],
         "A fake economic-crime officer tells the cashier the account is linked to money laundering and must be 'verified' by moving 460k to a 'safe account', words broken up with symbols.",
         pay("2026-06-17 15:50", PAYER,
             payee("韦海峰", "hg-s-weihaifeng", "中国工商银行深圳福田支行", "personal"), 460000, "往来款", "配合公安核查",
             "电话记录（张燕）：对方自称市公安局经侦支队李警官，称我司基本户涉嫌一起洗钱案，要求配合资-金-核-查，把账户资金46万转入其指定的安*全*账*户，"
             "核查完毕24小时内原路退回；要求签保密协议，不得告诉公司领导。",
             channel="phone", frm="库尔勒市公安局经侦支队 李警官", contact=mobile("hg-s-li", "88"), urgent=True,
             req="E4301", appr=[])),
    legit("Hard negative: Established oilfield customer's scale-inhibitor order drop-shipped to a new project site confirmed by its stamped letter.",
          c2_order("2026-06-18 11:30", 15, "2026-06-25", address="且末县塔河油田某作业区项目部（工地）",
                   notes=f"本批发且末新作业区项目部，收货人项目部材料员（电话{landline('0996', 'hg-l-qiemo')}），"
                         "收货地址已由我司采购部盖章函确认，结算仍按框架合同月结。"),
          ["far_delivery"]),
    scam("fake_salary", "block",
         ["payee_not_employee", "unusual_bank_region"],
         "Structural only: a packing-shop worker's June pay goes out as a clean single ERP slip to a card in someone else's name in Hotan.",
         pay("2026-06-22 14:20", PAYER,
             payee("买买提江·艾力", "hg-s-maimaitijiang", "中国邮政储蓄银行和田分行", "personal"), 6850, "工资",
             "6月工资（热合曼·吐尔逊）",
             f"{ERP}包装车间热合曼·吐尔逊6月工资单笔发放（补发），附工资条", req="E4330", appr=["E4303"])),
    legit("Routine: Calcium-aluminate powder from the regular supplier.",
          pay("2026-06-23 16:10", PAYER, V2, 256500, "货款", "铝酸钙粉（190吨）",
              f"{ERP}恒源铝钙粉厂 铝酸钙粉190吨｜合同QY-CG-2026-002｜发票{inv('hg-t-v2-0623')}",
              req="E4302", appr=["E4303", "E4300"], contract="QY-CG-2026-002", invoice=inv("hg-t-v2-0623"))),
    scam("fake_invoice", "block",
         ["payee_name_mismatch", "im_instruction", "urgency"],
         "A 'sales arm' of the polymer supplier chases the April acrylamide invoice, already paid, for payment to its own account.",
         pay("2026-06-24 10:50", PAYER,
             payee("新疆博润化工销售有限公司", "hg-s-borun-sales", "中国银行克拉玛依分行", n=17), 189000, "货款",
             "丙烯酰胺（4月批）",
             "王经理，4月那批丙烯酰胺的货款我们财务查了一直没收到，发票号没变，现在由我们销售公司收款，麻烦这周安排付一下，急着对账。",
             channel="im", frm="博润聚合物 销售 小杨", contact=wxid("hg-s-xiaoyang"), urgent=True, req="E4320",
             appr=["E4303", "E4300"], contract="QY-CG-2026-005", invoice=inv("hg-h-v5-0427"))),
    legit("Hard negative: Casual unloading labour paid to the worker's own card under a signed day-rate agreement.",
          pay("2026-06-25 15:40", PAYER,
              payee("李建国", "hg-l-lijianguo", "中国农业银行库尔勒分行", "personal"), 3600, "劳务费",
              "临时装卸劳务费（李建国，6月12日—24日）",
              f"{ERP}雨季前仓库倒库临时雇用装卸人员，按日结劳务协议结算13天共3600元，本人签字的考勤表及身份证复印件附后，直接付至本人银行卡，代扣个税已申报",
              req="E4320", appr=["E4303"]),
          ["task_rebate_words"]),
    scam("advance_fee", "block",
         ["loan_fee_words", "personal_account_pretext", "evasion_traditional", "im_instruction", "unusual_bank_region"],
         "A loan agent writing in traditional characters wants a 30k 'capital verification fee' on his personal card before a 2m working-capital loan.",
         pay("2026-06-26 11:10", PAYER,
             payee("赵永强", "hg-s-zhaoyongqiang", "中国建设银行成都分行", "personal"), 30000, "服务费", "贷款驗資費",
             "何經理，貴司200萬流動資金貸款已審批通過，放款前需驗資，先轉3萬驗資費到我個人賬戶，驗資完成後連同貸款一起退回，今天轉明天就能放款。",
             channel="im", frm="鑫融通贷款 赵经理", contact=wxid("hg-s-zhao"), urgent=True, req="E4303", appr=["E4300"])),
    legit("Hard negative: The real GM on his usual WeChat asks for a caustic payment before a supplier price rise; OA approved.",
          v1_pay("2026-06-29 16:30", 176400, "hg-t-v1-0629", memo="液碱货款（第6批）",
                 text="何经理，库车天山化工说7月1日起液碱每吨上调80元，6月30日前付款的按老价，把合同QY-CG-2026-001第6批的款今天付了，OA我已经批了。",
                 channel="im", frm="高志远", contact=GM_WX, urgent=True),
          ["im_instruction", "boss_role", "urgency"]),
    scam("task_rebate", "block",
         ["task_rebate_words", "topup_words", "im_instruction", "unusual_bank_region"],
         "A sales clerk in a task-rebate group asks for a 12.8k 'staff advance' paid straight to the scammer's card for the 'third order'.",
         pay("2026-06-30 10:40", PAYER,
             payee("黄思雨", "hg-s-huangsiyu", "招商银行广州分行", "personal", n=16), 12800, "借支", "员工借支（个人急用）",
             "蒋经理，帮我跟财务先借支1.28万，直接打到这个卡上，工资里扣。\n【任务群】导师：恭喜完成前2单，返利已到账！第3单为组合任务，需充值12800，"
             "完成后本金+返利20%一起提现。超时未完成账户将被冻结。",
             channel="im", frm="古丽", contact=wxid("hg-e-guli"), req="E4311", appr=["E4310"])),
    legit("Hard negative: Monthly fuel-card top-up paid to the oil company's corporate account.",
          pay("2026-07-01 15:20", PAYER,
              payee("中国石油天然气股份有限公司新疆巴州销售分公司", "hg-l-petro", "中国工商银行库尔勒分行"), 20000, "充值",
              "车队加油卡充值（7月）",
              f"{ERP}公司2辆危化品配送车及3辆送货皮卡7月加油卡充值，收款为中石油巴州销售分公司对公账户，充值后开具增值税发票，附油卡台账",
              req="E4302", appr=["E4303"]),
          ["topup_words"]),
    scam("task_rebate", "flag",
         ["task_rebate_words", "topup_words", "vague_memo", "im_instruction", "unusual_bank_region"],
         "After her advance stalls, the same clerk dresses a 9.6k 'platform top-up' to a Guangzhou 'network technology' merchant as product promotion.",
         pay("2026-07-02 11:40", PAYER,
             payee("广州星耀网络科技有限公司", "hg-s-xingyao", "中国建设银行广州天河支行"), 9600, "推广费", "平台推广充值",
             "蒋经理，这个是给咱们公司产品做抖音推广的平台，先充值9600开通推广，点赞任务做完按5%返佣金，公司也不亏。收款是平台的商户对公账户。",
             channel="im", frm="古丽", contact=wxid("hg-e-guli"), req="E4311", appr=["E4310"])),
    legit("Routine: Scale-inhibitor order from the established oilfield service customer.", c2_order("2026-07-03 10:20", 12, "2026-07-10")),
    scam("overpayment_refund", "block",
         ["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
         "A new textile firm orders 2 t of PAM, shows a receipt screenshot 100k too high and wants the 'excess' sent to its yarn supplier.",
         order("2026-07-06 16:00",
               cust("尉犁县鑫盛纺织有限公司", uscc("hg-s-xinsheng", "652823"), "马总", mobile("hg-s-ma", "88"), None,
                    wxid("hg-s-ma")),
               [(PAM, 2, "吨", 11500)], "im", "尉犁县工业园区鑫盛纺织", "2026-07-09", "款到发货",
               "货款转了，电子回单截图发你了，会计手误多转了10万，一共123000。\n多的10万退到恒发商贸账户吧，他们是我们的棉纱供应商，我们正好要付他们钱。",
               third=("库尔勒恒发商贸有限公司", mobile("hg-s-hengfa", "86"), "refund_recipient", 100000))),
    scam("account_lending", "block",
         ["account_lending_words", "in_out_match", "im_instruction", "evasion_pinyin", "vague_memo"],
         "The oilfield customer's contact asks sales to pass 1.5m for a friend's mine through the company account for a 2% fee, writing 'dgzh' for the corporate account.",
         pay("2026-07-07 11:30", PAYER,
             payee("和静县金源矿业有限公司", "hg-s-jinyuan", "中国银行和静县支行", n=17), 1500000, "代付", "代塔河油服朋友公司转付",
             "蒋经理，我朋友公司在和静有个矿要付150万，他们dgzh被限额了，想借你们dgzh过账一下：今天上午打到你们账上，你们下午原数转给金源矿业，"
             "给你们2个点辛苦费，都是老客户了帮个忙。",
             channel="im", frm="塔河油服 钱经理", contact=wxid("hg-c2-qian"), req="E4310", appr=[])),
    scam("account_change", "block",
         ["account_change_words", "email_instruction", "lookalike_domain", "personal_account_pretext"],
         "A look-alike e-mail of the carrier says its corporate account is frozen for a tax audit and freight should go to the legal representative's personal card.",
         pay("2026-07-08 15:10", PAYER, V3_FAKE, 27900, "运费", "6月下旬次氯酸钠槽车运费",
             "清源水处理财务：\n我司对公账户因税务稽查临时冻结，近期运费请转入法人刘永通个人账户（农行），解冻后恢复对公收款，账户变更确认函见附件。\n通达危运财务部",
             channel="email", frm="通达危运 财务部", contact="caiwu@tongda-weiyun.cn", req="E4302", appr=["E4303"],
             contract="QY-WL-2026-001", invoice=inv("hg-s-v3-0708"), changed="2026-07-06 10:15")),
    legit("Hard negative: Late stamp duty and its late fee paid to the treasury through the usual tax-bureau debit.",
          pay("2026-07-09 10:50", PAYER, TAX, 1236.58, "税款", "6月印花税及滞纳金",
              f"{ERP}电子税务局提示6月印花税申报逾期2天，补缴印花税1180.00元及滞纳金56.58元，通过三方协议扣款账户缴入国库，税票已下载",
              req="E4302", appr=["E4303"]),
          ["authority_words"]),
    legit("Routine: PAM order from the established textile mill.", c3_order("2026-07-10 16:20", 5, "2026-07-15")),
    scam("contract_fraud", "flag",
         ["bigproject_words", "deposit_words", "shell_company", "middleman_fee", "fee_asked_of_seller"],
         "A five-month-old consultancy with no paid-in capital offers sole-supplier status on Central Asian water projects for a 200k cooperation deposit plus a 3% finder's fee.",
         pay("2026-07-13 11:50", PAYER,
             payee("乌鲁木齐丝路水务投资咨询有限公司", "hg-s-silu", "乌鲁木齐银行新华北路支行", n=18, lead="8"), 200000, "保证金",
             "中亚水务项目供应商合作保证金",
             f"{ERP}丝路水务咨询称承接塔什干、阿拉木图城市供水项目（总投资30亿元），可将我司列为独家水处理药剂供应商，需先缴合作保证金20万元并另付中标后居间费3%；"
             "对方成立5个月，实缴资本0元，未提供业主方任何文件。",
             req="E4310", appr=["E4303", "E4300"])),
    legit("Hard negative: Contractual volume rebate paid to the water utility's own account named in the supply contract.",
          pay("2026-07-14 15:30", PAYER,
              payee("库尔勒孔雀河水务有限公司", "hg-c1-acct", "中国建设银行库尔勒分行", phone=landline("0996", "hg-c1")), 31500,
              "销售返利", "2026年上半年PAC采购量返利",
              f"{ERP}按与孔雀河水务签订的年度供货合同QY-XS-2026-003第9条，上半年PAC采购630吨超过600吨档，返利按每吨50元计31500元，"
              "经双方对账单盖章确认，支付至合同载明的孔雀河水务对公账户",
              req="E4302", appr=["E4303", "E4300"], contract="QY-XS-2026-003"),
          ["task_rebate_words"]),
    scam("account_lending", "block",
         ["account_lending_words", "in_out_match", "contact_im_only"],
         "A new trader's small PAC order comes with a request to receive 380k from its client in our corporate account and forward it to a builder.",
         order("2026-07-15 10:40",
               cust("库尔勒远航商贸有限公司", uscc("hg-s-yuanhang", "652801"), "周总", mobile("hg-s-zhou", "86"), None,
                    wxid("hg-s-zhou")),
               [(PAC, 5, "吨", 2100)], "phone", "库尔勒经济技术开发区远航商贸仓库", "2026-07-18", "款到发货",
               "PAC先来5吨试试。\n另外有个事：我们有一笔38万工程款要从下游客户收过来再付给宏图建设，我们公户在变更，想借用贵司对公账户代收代付一下，"
               "款到当天转出，给你们1%手续费。",
               third=("巴州宏图建设工程有限公司", mobile("hg-s-hongtu", "87"), "pass_through_payee", 380000))),
    legit("Hard negative: First payment to a newly onboarded ferric-sulphate supplier with contract, PO, goods receipt and a site visit.",
          pay("2026-07-16 16:40", PAYER,
              payee("新疆巴州聚铁净水材料有限公司", "hg-l-jutie", "中国农业银行库尔勒分行", vendor="V-QY07",
                    phone=landline("0996", "hg-l-jutie")), 96000, "货款", "聚合硫酸铁首批货款（60吨）",
              f"{ERP}新增供应商聚铁净水（已完成供应商准入：营业执照、危险化学品经营许可证核验，何静7月8日实地考察），合同QY-CG-2026-014，"
              f"采购订单PO-2607-003，入库单RK0715-02，发票{inv('hg-t-jutie')}已查验",
              req="E4320", appr=["E4303", "E4300"], contract="QY-CG-2026-014", invoice=inv("hg-t-jutie"))),
    legit("Hard negative: The water utility places an unusually large urgent flood-season order under its framework contract.",
          c1_order("2026-07-17 11:00", [(NACLO, 400, "吨", 900), (PAC, 150, "吨", 2100)], "2026-07-20",
                   notes="孔雀河汛期原水浊度升高，应急增加投加量，按框架合同QY-XS-2026-003执行，请三天内分批送到各水厂。"),
          ["urgency", "large_vs_usual"]),
    legit("Hard negative: Saturday-morning urgent caustic purchase from the regular supplier for the flood order, approved on mobile.",
          v1_pay("2026-07-18 09:20", 98600, "hg-t-v1-0718", memo="液碱应急采购货款",
                 text=f"{ERP}（周末应急）孔雀河水务汛期加单，次氯酸钠原料液碱不足，向库车天山化工应急采购，按合同QY-CG-2026-001价格结算，"
                      f"何静、高志远移动审批｜发票{inv('hg-t-v1-0718')}",
                 urgent=True),
          ["urgency"]),
]
