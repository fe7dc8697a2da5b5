"""Tenant "kanghe": 甘肃陇原康合医药有限公司, a fictitious pharmaceutical and medical-device
distributor in Lanzhou. It belongs to a group whose treasury sweeps its cash, pays
social insurance for outsourced staff through an HR agency (代收代付), ships to clinics
with cash-on-delivery collected by a cold-chain carrier, and handles returns, refunds
and customer rebates.
"""
from common import (Ref, account, customer, history, invoice_no, item, legit, make_uscc, order,
                    payee, payment, renamed, scam, third_party, ts, verification, wxid)

TENANT = "kanghe"
PAY_PREFIX = "KH-ZF"
ORDER_PREFIX = "KH-DD"
PROV = "62"

EMP = {
    "E5201": "赵启明",  # general manager
    "E5202": "孙雅琴",  # finance director
    "E5210": "郭建华",  # finance manager
    "E5211": "何丽",    # cashier
    "E5212": "白雪",    # accountant
    "E5220": "韩梅",    # HR officer
    "E5230": "康磊",    # hospital sales manager
    "E5231": "朱婷",    # retail sales representative
    "E5240": "闫涛",    # purchasing manager
    "E5250": "吕晨",    # online-store operations
    "E5260": "马晓东",  # warehouse supervisor
}

PAYER = {"account_no": account("kh/payer", 19), "account_name": "甘肃陇原康合医药有限公司"}

# Vendor master ------------------------------------------------------------------
MINGUI = payee("甘肃岷归制药有限公司", account("kh/v01", 19), "中国农业银行岷县支行",
               vendor_id="V-KH01", phone="0932-0000571")
LUZE = payee("山东鲁泽医疗器械股份有限公司", account("kh/v02", 19), "中国工商银行济南历城支行",
             vendor_id="V-KH02", phone="0531-0000384")
LUZE_NEW = renamed(LUZE, account_no=account("kh/v02-new", 18), bank="齐鲁银行济南分行")
SUAN = payee("兰州速安医药冷链物流有限公司", account("kh/v03", 17), "兰州银行兰州新区支行",
             vendor_id="V-KH03", phone="0931-0000266")
SUAN_CHANGED = ts("2026-03-18", "11:00")
ZHONGCHENG = payee("甘肃众诚人力资源服务有限公司", account("kh/v04", 19), "中国建设银行兰州城关支行",
                   vendor_id="V-KH04", phone="0931-0000419")
NORVALE = payee("诺维尔诊断产品（上海）有限公司", account("kh/v05", 18), "招商银行上海张江支行",
                vendor_id="V-KH05", phone="021-0000735")
NORVALE_HK = renamed(NORVALE, name="NORVALE DIAGNOSTICS (HK) LIMITED", account_no=account("kh/v05-hk", 16),
                     bank="香港上海汇丰银行有限公司中环分行")
YUNQI = payee("兰州云启网络科技有限公司", account("kh/v06", 19), "中国银行兰州安宁支行",
              vendor_id="V-KH06", phone="0931-0000583")
ASSOC = payee("兰州市医药流通行业协会", account("kh/v07", 17), "兰州银行城关支行",
              vendor_id="V-KH07", phone="0931-0000648")
TM_AGENT = payee("甘肃金诚知识产权代理有限公司", account("kh/v08", 19), "甘肃银行兰州东岗支行",
                 vendor_id="V-KH08", phone="0931-0000712")
ICBC_LOAN = payee("中国工商银行股份有限公司兰州新区支行", account("kh/v09", 19), "中国工商银行兰州新区支行",
                  vendor_id="V-KH09", phone="0931-0000109")
KANGRUI = payee("苏州康睿医疗设备有限公司", account("kh/v10", 19), "中国建设银行苏州高新技术产业开发区支行",
                vendor_id="V-KH10", phone="0512-0000467")
MINGUI_SALES = payee("甘肃岷归医药销售有限公司", account("kh/v11", 19), "中国农业银行定西分行",
                     vendor_id="V-KH11", phone="0932-0000576")
SHIYAO = payee("上海拾药网络科技有限公司", account("kh/v12", 18), "招商银行上海分行营业部",
               vendor_id="V-KH12", phone="021-0000862")
PARENT = payee("陇原康合医药集团股份有限公司", account("kh/g01", 19), "招商银行兰州分行",
               vendor_id="G-KH01", phone="0931-0000101")
PAYROLL = payee("中国工商银行兰州新区支行代发工资户", account("kh/pay01", 19), "中国工商银行兰州新区支行",
                vendor_id="PAY-KH01")
MA_XIAODONG = payee("马晓东", account("kh/e5260", 19), "中国工商银行兰州新区支行", "personal")

# Customers ------------------------------------------------------------------------
KANGMIN = customer("甘肃河西康民大药房连锁有限公司", make_uscc("kh/c01", "620702", new_style=False),
                   "冯经理", "0936-0000431", "cg@hxkangmin.com", None, "C-KH01")
KANGNING = customer("兰州西固康宁医院有限公司", make_uscc("kh/c02", "620104"), "陶主任",
                    "0931-0000752", "yjk@xgkangning.com", None, "C-KH02")
RENHE = customer("天水市麦积区仁和诊所", make_uscc("kh/c03", "620503", prefix="92"), "王振邦",
                 "13800002716", None, wxid("kh/c03"), "C-KH03")
GUANGHE = customer("临夏市广和堂药业有限公司", make_uscc("kh/c04", "622901"), "马经理",
                   "0930-0000318", "ghtyy@ghtang-yy.cn", None, "C-KH04")

GM_DINGTALK = "钉钉：赵启明（企业通讯录已认证）"


def oa(body):
    return f"OA审批已完成：{body}"


def p(day, hm, to, amount, purpose, memo, text, req="E5211", appr=("E5210",), contract=None,
      inv_key=None, **kw):
    inv = invoice_no(inv_key, PROV) if inv_key else None
    return payment(at=ts(day, hm), payer=PAYER, payee=to, amount=amount, purpose=purpose, memo=memo,
                   text=text, requested_by=req, approved_by=appr,
                   from_name=kw.pop("from_name", EMP[req]), contract_id=contract, invoice_no=inv, **kw)


def lines():
    L = []
    # ============================== history: September - October 2026
    L.append(history(p("2026-09-01", "10:40", MINGUI, 296400, "货款", "8月中成药货款",
                       oa("岷归制药8月到货货款，入库单与发票已三单匹配。"), contract="KH-CG-2026-002",
                       inv_key="kh-mingui-aug", appr=("E5210", "E5202")),
                     "Monthly payment to the regular drug manufacturer."))
    L.append(history(order(at=ts("2026-09-02", "11:15"), customer=KANGMIN,
                           items=[item("阿莫西林胶囊（0.25g×24粒）", 3000, "盒", 9.60),
                                  item("盐酸二甲双胍片（0.5g×60片）", 2000, "盒", 14.80),
                                  item("苯磺酸氨氯地平片（5mg×28片）", 2500, "盒", 11.30)],
                           channel="erp", address="张掖市甘州区康民大药房配送中心", deadline="2026-09-05",
                           terms="月结30天", notes="门店补货"),
                     "Replenishment order from an established pharmacy chain."))
    L.append(history(p("2026-09-03", "15:20", SUAN, 39870.50, "运费", "8月冷链配送运费",
                       oa("速安冷链8月运费，运单明细已与仓库核对。"), contract="KH-WL-2026-001",
                       inv_key="kh-suan-aug", changed_at=SUAN_CHANGED),
                     "Monthly freight to the cold-chain carrier (account changed back in March)."))
    L.append(history(p("2026-09-07", "10:30", ZHONGCHENG, 92615.20, "社保", "9月社保及公积金代收代付（外包人员50人）",
                       oa("按人事代理协议，众诚人力代缴外包仓储人员9月社保公积金。"), contract="KH-FW-2026-004",
                       req="E5220"),
                     "Social insurance for outsourced staff through the HR agency."))
    L.append(history(order(at=ts("2026-09-08", "14:40"), customer=KANGNING,
                           items=[item("0.9%氯化钠注射液（100ml）", 8000, "袋", 2.40),
                                  item("注射用头孢曲松钠（1.0g）", 2000, "支", 4.90)],
                           channel="email", address="兰州市西固区康宁医院药库", deadline="2026-09-10",
                           terms="月结60天", notes="9月常规采购"),
                     "Routine order from an established private hospital."))
    L.append(history(p("2026-09-09", "16:10", PARENT, 4200000, "资金归集", "资金归集上划集团资金池",
                       oa("按集团资金集中管理办法，超过留存限额部分上划资金池，集团财务共享中心（fssc@lykhgroup.com）已确认。"),
                       req="E5212", appr=("E5210", "E5202")),
                     "Cash sweep to the parent company's pooling account."))
    L.append(history(p("2026-09-10", "11:00", PAYROLL, 598760, "工资", "8月工资（在职165人）",
                       oa("8月工资表人事财务双审通过，工行代发。"), req="E5220", appr=("E5210", "E5202")),
                     "Monthly payroll through the bank."))
    L.append(history(p("2026-09-11", "15:00", LUZE, 218500, "货款", "8月输液器、注射器货款",
                       oa("鲁泽医疗8月到货货款。"), contract="KH-CG-2026-005", inv_key="kh-luze-aug"),
                     "Device maker paid on its usual account."))
    L.append(history(p("2026-09-14", "10:50", SHIYAO, 20000, "推广费", "线上药店推广账户充值",
                       oa("拾药网旗舰店推广账户充值，按年度推广合同执行，平台开票。"), contract="KH-FW-2026-008",
                       req="E5250"),
                     "Top-up of the online pharmacy's advertising account on the platform."))
    L.append(history(order(at=ts("2026-09-15", "14:10"), customer=RENHE,
                           items=[item("阿莫西林胶囊（0.25g×24粒）", 60, "盒", 9.80),
                                  item("一次性使用输液器（带针）", 400, "支", 1.35)],
                           channel="im", address="天水市麦积区仁和诊所", deadline="2026-09-18",
                           terms="货到付款（速安冷链代收货款）", notes="常规补货"),
                     "Small cash-on-delivery order from a regular clinic."))
    L.append(history(p("2026-09-16", "11:30", NORVALE, 392000, "货款", "8月诊断试剂货款",
                       oa("诺维尔试剂8月货款，发票由对方应收组ar.cn@norvale-dx.com邮件寄送，原件随货。"), contract="KH-CG-2026-009", inv_key="kh-norvale-aug",
                       appr=("E5210", "E5202")),
                     "Diagnostic reagents from the regular supplier."))
    L.append(history(p("2026-09-18", "15:40", YUNQI, 6480, "技术服务费", "四季度云服务器租用费",
                       oa("云启网络四季度云服务器费用。"), contract="KH-FW-2025-011", inv_key="kh-yunqi-q4",
                       req="E5212"),
                     "Hosting fee to the company's IT provider."))
    L.append(history(p("2026-09-21", "10:20", ICBC_LOAN, 93150, "利息", "三季度流动资金贷款利息",
                       oa("工行流动资金贷款三季度结息。"), contract="GH-DK-2025-066", req="E5212"),
                     "Quarterly interest to the lending bank."))
    L.append(history(order(at=ts("2026-09-24", "14:30"), customer=GUANGHE,
                           items=[item("复方丹参片（60片）", 600, "瓶", 38),
                                  item("板蓝根颗粒（10g×20袋）", 1000, "盒", 12.20)],
                           channel="email", address="临夏市广和堂药业仓库", deadline="2026-09-28",
                           terms="预付货款（已预付50000元）", notes="从预付款中扣减"),
                     "Order from a pharmacy that keeps a prepaid balance with us."))
    L.append(history(p("2026-10-09", "10:30", ZHONGCHENG, 94102.80, "社保", "10月社保及公积金代收代付（外包人员51人）",
                       oa("按人事代理协议，众诚人力代缴外包仓储人员10月社保公积金。"), contract="KH-FW-2026-004",
                       req="E5220"),
                     "Social insurance for outsourced staff through the HR agency."))
    L.append(history(p("2026-10-12", "11:20", PAYROLL, 605230, "工资", "9月工资（在职167人）",
                       oa("9月工资表人事财务双审通过，工行代发。"), req="E5220", appr=("E5210", "E5202")),
                     "Monthly payroll through the bank."))
    L.append(history(p("2026-10-14", "10:40", MA_XIAODONG, 1285, "报销", "仓储部差旅费报销",
                       oa("马晓东10月赴天水盘点差旅费报销，附票据。"), req="E5212"),
                     "Travel expenses reimbursed to the warehouse supervisor's own card."))
    L.append(history(p("2026-10-15", "16:00", PARENT, 3600000, "资金归集", "资金归集上划集团资金池",
                       oa("按集团资金集中管理办法，超过留存限额部分上划资金池。"), req="E5212",
                       appr=("E5210", "E5202")),
                     "Cash sweep to the parent company's pooling account."))
    L.append(history(p("2026-10-16", "11:10", MINGUI, 331200, "货款", "9月中成药货款",
                       oa("岷归制药9月到货货款。"), contract="KH-CG-2026-002", inv_key="kh-mingui-sep",
                       appr=("E5210", "E5202")),
                     "Monthly payment to the regular drug manufacturer."))
    L.append(history(order(at=ts("2026-10-19", "14:20"), customer=KANGNING,
                           items=[item("一次性使用无菌注射器（5ml）", 20000, "支", 0.29),
                                  item("0.9%氯化钠注射液（100ml）", 9000, "袋", 2.40)],
                           channel="email", address="兰州市西固区康宁医院药库", deadline="2026-10-22",
                           terms="月结60天", notes="10月常规采购"),
                     "Routine order from an established private hospital."))
    L.append(history(p("2026-10-20", "10:30", SUAN, 41255.80, "运费", "9月冷链配送运费",
                       oa("速安冷链9月运费。"), contract="KH-WL-2026-001", inv_key="kh-suan-sep",
                       changed_at=SUAN_CHANGED),
                     "Monthly freight to the cold-chain carrier."))
    L.append(history(p("2026-10-26", "11:40", NORVALE, 405600, "货款", "9月诊断试剂货款",
                       oa("诺维尔试剂9月货款。"), contract="KH-CG-2026-009", inv_key="kh-norvale-sep",
                       appr=("E5210", "E5202")),
                     "Diagnostic reagents from the regular supplier."))
    L.append(history(order(at=ts("2026-10-28", "10:50"), customer=RENHE,
                           items=[item("布洛芬缓释胶囊（0.3g×20粒）", 80, "盒", 11.50),
                                  item("一次性使用输液器（带针）", 300, "支", 1.35)],
                           channel="im", address="天水市麦积区仁和诊所", deadline="2026-10-31",
                           terms="货到付款（速安冷链代收货款）", notes="常规补货"),
                     "Small cash-on-delivery order from a regular clinic."))

    # ============================== test: November - December 2026
    L.append(legit(p("2026-11-02", "10:30", MINGUI, 318600, "货款", "10月中成药货款",
                     oa("岷归制药10月到货货款，入库单与发票已三单匹配。"), contract="KH-CG-2026-002",
                     inv_key="kh-mingui-oct", appr=("E5210", "E5202")),
                   "Routine: Monthly payment to the regular drug manufacturer on its usual account."))

    L.append(legit(p("2026-11-03", "14:10", PARENT, 5000000, "资金归集", "内部往来款—资金归集上划",
                     oa("依据《集团资金集中管理办法》及资金池协议，基本户余额超过留存限额300万元的部分"
                        "上划至集团资金池账户，集团财务共享中心已对账确认。"),
                     req="E5212", appr=("E5210", "E5202")),
                   "Hard negative: A large 'inter-company current account' transfer that is the group "
                   "treasury's routine cash sweep to the parent's pooling account.",
                   ["vague_memo", "large_vs_usual"]))

    L.append(scam(order(at=ts("2026-11-04", "11:20"),
                        customer=customer("甘南州卫生应急物资储备中心", None, "马科长", "13800007264",
                                          "gnwjw_wz@qq.com"),
                        items=[item("医用外科口罩（50只/盒）", 30000, "盒", 18),
                               item("指夹式脉搏血氧仪", 500, "台", 168),
                               item("医用一次性防护服", 4000, "套", 32.50)],
                        channel="email", address="陕西省咸阳市秦都区某物流园3号库（中转）",
                        deadline="2026-11-07", terms="财政资金到位后90天内支付",
                        notes="冬季应急物资储备，领导定了要贵公司的货，价格不用谈，按报价下单。"
                              "财政支付流程慢，先发货，货到我们储备库后统一走财政支付。请三天内发到咸阳中转库。"),
                  "fake_purchaser", "flag",
                  "A self-styled health-commission reserve centre with a QQ-mail address orders 754k of "
                  "masks and oximeters on 90-day credit, price no object, to a logistics park in "
                  "another province.",
                  ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested",
                   "far_delivery", "free_mail", "contact_mismatch", "urgency"]))

    L.append(legit(p("2026-11-05", "10:45", ZHONGCHENG, 96438.60, "社保", "11月社保及公积金代收代付（外包人员52人）",
                     oa("按《人事代理及社保代收代付协议》（KH-FW-2026-004），众诚人力代缴52名外包仓储人员"
                        "11月社保、公积金，明细表已与人事核对；众诚开具代收代付收据及服务费发票。"),
                     contract="KH-FW-2026-004", req="E5220"),
                   "Hard negative: Social insurance for 52 outsourced workers paid to the HR agency under "
                   "a collect-and-pay (代收代付) agreement, as every month.",
                   ["account_lending_words", "payee_shared_by_employees"]))

    L.append(legit(p("2026-11-06", "15:30", SHIYAO, 20000, "推广费", "线上药店推广账户充值",
                     oa("拾药网“康合大药房旗舰店”推广账户余额不足，按年度推广合同充值2万元到平台公司对公账户，"
                        "平台开具6%专票。"),
                     contract="KH-FW-2026-008", req="E5250"),
                   "Hard negative: A top-up (充值) of the online store's advertising balance, paid to the "
                   "platform company under contract as before.",
                   ["topup_words"]))

    L.append(scam(p("2026-11-09", "11:50", NORVALE_HK, 428500, "货款", "10月诊断试剂货款",
                    "Dear Kanghe Finance Team,\n\nPlease be informed that our Shanghai company bank account is "
                    "under annual audit and temporarily cannot receive payments. Effective immediately, kindly "
                    "remit all outstanding invoices to our Hong Kong account below:\n\n"
                    "Beneficiary: NORVALE DIAGNOSTICS (HK) LIMITED\n"
                    f"Account No.: {NORVALE_HK['account_no']}\n\n"
                    "Do not pay to the old account. For any question please call our finance hotline "
                    "021-0000736.\n\nBest regards,\nAccounts Receivable, Norvale Diagnostics",
                    contract="KH-CG-2026-009", inv_key="kh-norvale-oct", appr=("E5210",),
                    channel="email", from_name="Norvale Diagnostics Accounts Receivable",
                    from_contact="ar.cn@norva1e-dx.com", changed_at=ts("2026-11-05", "14:30"),
                    verify=verification("021-0000736", "E5212", ts("2026-11-05", "15:00"))),
                  "account_change", "block",
                  "An English e-mail from a look-alike domain (1 for l) moves the reagent supplier's "
                  "payments to a Hong Kong account in another name; the clerk's 'call-back' used the "
                  "number printed in that e-mail, not the one on file.",
                  ["account_changed_recent", "first_time_payee", "payee_name_mismatch",
                   "unusual_bank_region", "email_instruction", "lookalike_domain",
                   "account_change_words"]))

    L.append(legit(order(at=ts("2026-11-10", "10:20"),
                         customer=customer("永登县红城中心医院", make_uscc("kh/c-hc", "620121", prefix="12",
                                                                           new_style=False),
                                           "魏主任", "0931-0000857", "yjk@ydhczxyy.cn"),
                         items=[item("注射用头孢曲松钠（1.0g）", 12000, "支", 4.86),
                                item("0.9%氯化钠注射液（100ml）", 60000, "袋", 2.35),
                                item("一次性使用无菌注射器（5ml）", 80000, "支", 0.28)],
                         channel="erp", address="永登县红城中心医院药库", deadline="2026-11-14",
                         terms="按省平台合同：货到验收入库后90天内结算",
                         notes="省药品和医用耗材集中采购平台订单号GS-YC-2026-1110-0387，配送关系已在平台确认，"
                               "医院首次由我司配送；发票随货，按平台流程结算。"),
                   "Hard negative: A public county hospital's first and large order on 90-day terms, "
                   "placed through the provincial centralised-procurement platform.",
                   ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested"]))

    L.append(legit(p("2026-11-11", "16:00", SUAN, 42716.30, "运费", "10月冷链配送运费",
                     oa("速安冷链10月运费42716.30元，其中为河西康民代付的2笔加急专车运费1260元已列入该客户11月对账单收回。"
                        "10月代收货款87笔共316540.00元已于11月5日全部回款至我司账户，逐单对账无差异；"
                        "代收手续费按协议0.3%另行开票。"),
                     contract="KH-WL-2026-001", inv_key="kh-suan-oct", changed_at=SUAN_CHANGED),
                   "Hard negative: The carrier's monthly freight, including freight advanced for a customer "
                   "(代付运费), paid after reconciling the cash-on-delivery money (代收货款) it collected for us; "
                   "its account change dates from March.",
                   ["account_changed_long_ago", "account_lending_words"]))

    L.append(scam(p("2026-11-12", "10:40",
                    payee("甘肃医联集采供应链科技有限公司", account("kh/s-yl", 19), "兰州农村商业银行七里河支行"),
                    150000, "保证金", "县域医共体集采配送入围保证金及平台服务费",
                    "康经理，省里县域医共体集中配送这块现在由我们平台统一遴选，12家县医院的配送权，"
                    "入围企业先交配送保证金10万加平台服务费5万，签了入围协议马上分配医院，名额只剩3个。"
                    "合同在我们平台上电子签，不用来公司。",
                    req="E5230", appr=("E5210", "E5202"), channel="im", from_name="医联平台 招商部 胡经理",
                    from_contact=wxid("kh/s-yl"), urgent=True),
                  "contract_fraud", "flag",
                  "A four-month-old 'procurement platform' sells distribution rights to twelve county "
                  "hospitals for a 150k entry deposit and service fee, signed only on its own website.",
                  ["deposit_words", "bigproject_words", "fee_asked_of_seller", "shell_company",
                   "first_time_payee", "im_instruction", "urgency"]))

    L.append(legit(p("2026-11-13", "14:30",
                     payee(KANGNING["name"], account("kh/c02-acct", 19), "中国工商银行兰州西固支行",
                           phone=KANGNING["phone"]),
                     27360, "退款", "退货退款—近效期注射液退回",
                     oa("康宁医院10月采购的注射用头孢曲松钠一批因效期不足6个月，按协议退货，仓库11月11日验收入库"
                        "（退货单TH-2611-006）；医院对应货款已于10月30日到账，按原路退回医院付款账户。"),
                     req="E5212", appr=("E5210",)),
                   "Hard negative: A goods-return refund to an established hospital, sent back to the "
                   "account its cleared payment came from.",
                   ["refund_words", "first_time_payee"]))

    L.append(legit(order(at=ts("2026-11-16", "10:10"), customer=KANGNING,
                         items=[item("多参数监护仪（康睿KR-8000）", 6, "台", 26800),
                                item("中心监护系统软件", 1, "套", 38000)],
                         channel="email", address="兰州市西固区康宁医院设备科", deadline="2026-12-10",
                         terms="预付30%，验收合格后60天付清",
                         notes="ICU扩床项目，院方设备论证指定康睿品牌（采购文件HB-2026-ICU-07），由贵司按正常渠道采购配送；"
                               "30%预付款59640元已于11月13日转入贵司工行账户。"),
                   "Hard negative: An established hospital names the monitor brand it wants and has "
                   "already paid 30% into our bank account; we buy from the maker through our own purchasing.",
                   ["designated_supplier"], key="kh-icu-order"))

    L.append(scam(p("2026-11-17", "15:20",
                    payee("兰州恒佑医疗用品有限公司", account("kh/s-hy", 17), "甘肃银行兰州七里河支行"),
                    86400, "代采购", "代采战备急救包120套（部队医院订单）",
                    "康经理，我们的药品货款财务已经走对公了，截图发你了，显示对公转账延迟2小时到账。"
                    "急救包那边催着发货，你们先把8.64万垫付给恒佑，他们家有军队供应资质，跟药品货款一起结，今天务必付。",
                    req="E5230", appr=("E5210",), channel="im", from_name="联勤保障部队某医院 采购 刘助理",
                    from_contact=wxid("kh/s-army"), urgent=True, order_id="KH-XS-2611-0172"),
                  "fake_order", "block",
                  "A 'military hospital' buyer, whose own payment is only a 'delayed transfer' "
                  "screenshot, has sales advance 86k to the first-aid-kit supplier it chose.",
                  ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof",
                   "institution_claim", "im_instruction", "urgency"]))

    L.append(legit(p("2026-11-18", "11:30", LUZE_NEW, 236000, "货款", "10月输液器、注射器货款",
                     oa("鲁泽医疗被其控股集团吸收合并后统一结算银行，基本户由工行历城支行变更为齐鲁银行济南分行，户名不变。"
                        "已收到加盖公章及法人章的《银行账户变更告知函》原件（EMS寄达），11月6日财务经理按供应商档案电话"
                        "0531-0000384回拨对方财务部核实新账号，与新开户证明复印件一致。"),
                     contract="KH-CG-2026-005", inv_key="kh-luze-oct", appr=("E5210", "E5202"),
                     changed_at=ts("2026-11-06", "10:15"),
                     verify=verification("0531-0000384", "E5210", ts("2026-11-06", "11:00"))),
                   "Hard negative: First payment to a device maker's new account after a merger, "
                   "backed by an original stamped letter and a call-back to the number on file.",
                   ["account_changed_recent", "account_change_words", "first_time_payee"]))

    L.append(legit(order(at=ts("2026-11-19", "10:50"),
                         customer=customer("天水市秦州区济民诊所", make_uscc("kh/c-jm", "620502", prefix="92"),
                                           "杜大夫", "13800006428", None, wxid("kh/c-jm")),
                         items=[item("阿莫西林胶囊（0.25g×24粒）", 100, "盒", 9.60),
                                item("布洛芬缓释胶囊（0.3g×20粒）", 80, "盒", 11.20),
                                item("一次性使用输液器（带针）", 500, "支", 1.30)],
                         channel="im", address="天水市秦州区某小区临街底商1号（济民诊所）",
                         deadline="2026-11-23", terms="货到付款（速安冷链代收货款）",
                         notes="老客户仁和诊所王大夫介绍，诊所执业许可证和营业执照照片已发，首单少量试用，"
                               "货款由物流代收。"),
                   "Hard negative: A new clinic's small first order on cash-on-delivery, delivered to a "
                   "shop unit in a housing estate, contact by WeChat.",
                   ["new_customer", "credit_terms_requested", "residential_delivery", "contact_im_only"]))

    L.append(scam(p("2026-11-20", "16:40",
                    payee("深圳前海鼎衡法律咨询有限公司", account("kh/s-dh", 19), "招商银行深圳前海分行"),
                    650000, "保证金", "Confidential project earnest deposit",
                    "Jianhua,\n\nI need your help with a time-sensitive and strictly confidential matter. The Group "
                    "is about to sign a letter of intent to acquire a pharmaceutical distributor in Xinjiang. The "
                    "seller requires a refundable earnest deposit of RMB 650,000 to be wired today to the escrow "
                    "account held by our legal counsel (details attached).\n\nPlease do not discuss this with "
                    "anyone, including Mr. Zhao, until the announcement. I am in back-to-back board meetings and "
                    "cannot take calls; reply by email only. The paperwork will follow next week.\n\nPamela",
                    req="E5210", appr=(), channel="email", from_name="Pamela Chen (Group CFO)",
                    from_contact="pamela.chen@lykh-group.com", urgent=True),
                  "boss_impersonation", "flag",
                  "An English e-mail from a look-alike of the group domain, 'from' the group CFO, wants a "
                  "650k 'earnest deposit' for a secret acquisition wired today, no calls, papers later.",
                  ["email_instruction", "lookalike_domain", "secrecy_words", "cannot_call",
                   "bypass_process", "urgency", "first_time_payee", "no_approval", "boss_role",
                   "deposit_words"]))

    L.append(legit(p("2026-11-23", "14:00", KANGRUI, 83000, "货款", "康睿监护仪采购预付款50%（对应康宁医院ICU订单）",
                     oa("对应销售订单（康宁医院ICU扩床，院方指定康睿品牌），医院30%预付款59640元已于11月13日到账，"
                        "工行回单已核。康睿已完成供应商准入（营业执照、医疗器械生产许可证、授权书齐全），"
                        "采购合同KH-CG-2026-031，按合同预付50%。"),
                     contract="KH-CG-2026-031", req="E5240", appr=("E5210", "E5202"),
                     order_id=Ref("kh-icu-order")),
                   "Hard negative: Paying the hospital-specified monitor maker under our own purchase "
                   "contract, after the hospital's prepayment had cleared.",
                   ["designated_supplier", "sales_order_linked", "first_time_payee"]))

    L.append(scam(order(at=ts("2026-11-24", "10:30"),
                        customer=customer("兰州安宁益康大药房有限公司", make_uscc("kh/s-yk", "620105"), "丁总",
                                          "13800001846", None, wxid("kh/s-yk")),
                        items=[item("阿莫西林胶囊（0.25g×24粒）", 2000, "盒", 9.80),
                               item("复方丹参片（60片）", 800, "瓶", 38.50),
                               item("板蓝根颗粒（10g×20袋）", 1500, "盒", 12.40)],
                        channel="im", address="兰州市安宁区益康大药房", deadline="2026-11-26",
                        terms="款到发货",
                        third_party=third_party("兰州金百合医药贸易有限公司", "13800003095",
                                                "refund_recipient", 100000),
                        notes="转账凭证截图发你了，财务手误多打了10万，总共转了169000。多出来的10万麻烦直接退给我们的"
                              "上游供应商金百合医药，省得来回倒，今天能退最好。"),
                  "overpayment_refund", "block",
                  "A new pharmacy 'overpays' a 69k order by 100k on a screenshot and wants the excess "
                  "sent to its own supplier instead of back to the payer.",
                  ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof",
                   "contact_im_only", "urgency"]))

    L.append(legit(p("2026-11-25", "11:45",
                     payee("甘肃陇原康合医药有限公司（承兑保证金户）", account("kh/margin", 19), "中国工商银行兰州新区支行"),
                     180000, "保证金", "开立银行承兑汇票存入30%承兑保证金",
                     oa("向岷归制药开具6个月银行承兑汇票60万元（工行承兑协议GH-CD-2026-044），按银行要求存入30%保证金"
                        "18万元至本公司在工行的承兑保证金专户。"),
                     req="E5212", appr=("E5210", "E5202")),
                   "Hard negative: The cash margin for a bank acceptance bill, placed in the company's "
                   "own margin account at its bank.",
                   ["deposit_words", "first_time_payee"]))

    L.append(scam(p("2026-11-26", "23:10",
                    payee("杭州云拾网络科技有限公司", account("kh/s-ys", 16), "浙江网商银行"),
                    9600, "往来款", "往来款", "网银付款申请（待审批）：往来款", req="E5211", appr=()),
                  "task_rebate", "flag",
                  "Structural only: after 23:00 the cashier keys a 9,600 'current account' payment with "
                  "no approval, contract or invoice to an online merchant's account at an internet bank, "
                  "the step a task-scam victim takes when told to top up.",
                  ["first_time_payee", "third_party_payment_endpoint", "vague_memo", "no_approval",
                   "off_hours", "no_po_contract"]))

    L.append(legit(p("2026-11-27", "10:40", PAYROLL, 612480, "工资", "11月工资（含10月销售提成、佣金）",
                     oa("11月工资表（在职168人）已经人事、财务双审；销售人员10月提成和佣金按《销售提成管理办法》核算，"
                        "随工资代发至员工本人工资卡。"),
                     req="E5220", appr=("E5210", "E5202")),
                   "Hard negative: Monthly payroll that includes sales commissions (提成、佣金), paid "
                   "through the bank's payroll service.",
                   ["task_rebate_words"]))

    L.append(legit(p("2026-11-30", "15:10",
                     payee(KANGMIN["name"], account("kh/c01-acct", 19), "中国农业银行张掖甘州支行",
                           phone=KANGMIN["phone"]),
                     56300, "返利", "2026年1-9月销售返利兑付",
                     oa("依据与河西康民签订的《2026年度分销协议》第七条，1-9月回款达标，返利按回款额1.5%计56300元，"
                        "经双方对账确认，付至其对公账户（与合同及回款账户一致）。"),
                     contract="KH-XS-2026-001", req="E5231", appr=("E5210", "E5202")),
                   "Hard negative: A contractual volume rebate (返利) to a pharmacy chain's own corporate "
                   "account after both sides reconciled.",
                   ["task_rebate_words", "first_time_payee"]))

    L.append(scam(p("2026-12-01", "10:20",
                    payee("兰州汇德财税咨询服务有限公司", account("kh/s-hd", 19), "兰州银行七里河支行"),
                    3280, "服务费", "员工社保补贴申领代办服务费",
                    "【关于发放2026年第四季度社保补贴的通知】\n根据人社部、财政部相关文件，我司符合条件的员工可领取"
                    "第四季度社保补贴（每人1860元）。请各部门员工于12月2日18:00前扫描附件二维码，填写姓名、身份证号、"
                    "yhk卡号及余额完成申领，逾期视为放弃。公司统一申报需向代办机构缴纳服务费3280元，请财务今日支付。"
                    "收到请勿声张，以免影响申报。\n人力资源部",
                    req="E5220", appr=("E5210",), channel="email", from_name="人力资源部",
                    from_contact="hr-notice@lykh-med.cn", urgent=True),
                  "fake_salary", "flag",
                  "A spoofed 'HR department' e-mail announces a social-insurance subsidy claimed by QR "
                  "code (card number and balance, 'yhk' in pinyin) and asks finance to pay an agent's fee.",
                  ["subsidy_words", "fee_words", "email_instruction", "lookalike_domain",
                   "secrecy_words", "urgency", "first_time_payee", "evasion_pinyin"]))

    L.append(legit(p("2026-12-02", "14:20", YUNQI, 1860, "技术服务费", "域名续费及SSL证书",
                     oa("公司域名lykh-med.com将于12月20日到期，现托管服务商云启网络发来续费通知，续费3年并购买SSL证书1年，"
                        "按服务合同KH-FW-2025-011执行。"),
                     contract="KH-FW-2025-011", inv_key="kh-yunqi-domain", req="E5212"),
                   "Hard negative: Domain-name renewal billed by the company's own IT provider, already "
                   "in the vendor master.",
                   ["renewal_bill"]))

    L.append(scam(p("2026-12-03", "11:00",
                    payee("甘肃鑫汇通供应链管理有限公司", account("kh/s-xht", 19), "甘肃银行兰州西固支行"),
                    100000, "保证金", "供应链融资风险保证金",
                    "郭经理，咱们医药行业专项供应链金融，无抵押、秒批，500万额度已经给您预审下来了，年化只有4.2%。"
                    "按规定放款前要交2%的风险保正金10万，放款当天连同首期利息一起退，今天交明天放款。"
                    "转到我们公司对公账户就行。",
                    req="E5210", appr=("E5202",), channel="im", from_name="鑫汇通 客户经理 小杜",
                    from_contact=wxid("kh/s-xht"), urgent=True),
                  "advance_fee", "flag",
                  "A non-bank 'supply-chain finance' firm pre-approves an unsecured 5m line and wants a "
                  "100k 'risk deposit' (保正金, a homophone) before disbursement.",
                  ["loan_fee_words", "fee_words", "deposit_words", "first_time_payee", "im_instruction",
                   "urgency", "evasion_homophone"]))

    L.append(legit(p("2026-12-04", "16:10",
                     payee(GUANGHE["name"], account("kh/c04-acct", 19), "临夏农村商业银行城区支行",
                           phone=GUANGHE["phone"]),
                     6281.60, "退款", "预收款余额退回",
                     oa("广和堂药业因门店转让终止合作，其预付货款50000元（9月24日到账）已发货抵扣43718.40元，"
                        "余额6281.60元经双方盖章对账单确认，退还至其原付款账户。"),
                     req="E5212", appr=("E5210",)),
                   "Hard negative: The unused balance of a departing pharmacy's cleared prepayment, "
                   "refunded to the account it came from on a stamped statement.",
                   ["refund_words", "first_time_payee"]))

    L.append(scam(order(at=ts("2026-12-07", "10:50"),
                        customer=customer("白银市平川区益民诊所", None, "李大夫", "13800002049", None,
                                          wxid("kh/s-ym")),
                        items=[item("一次性使用输液器（带针）", 5000, "支", 1.35),
                               item("医用外科口罩（50只/盒）", 400, "盒", 16)],
                        channel="im", address="白银市平川区益民诊所", deadline="2026-12-09",
                        terms="平台担保交易",
                        fees=[("平台收款保障开通保证金", 5000)],
                        notes="我们通过“医采通”平台下单付款，平台显示你们商户没开通收款保障，付不了。你下载一下中银会议，"
                              "会议号我发你，开屏幕共享，平台客服一步步教你开通，开通要先交5000保证金，货款到账一起退。"),
                  "fake_order", "flag",
                  "A WeChat-only 'clinic' says its platform payment failed and steers the salesperson "
                  "into a meeting app with screen sharing and a 5,000 'activation deposit'.",
                  ["remote_control", "new_customer", "contact_im_only", "fee_asked_of_seller",
                   "deposit_words"]))

    L.append(legit(p("2026-12-08", "15:00",
                     payee("甘肃正衡资产评估有限公司", account("kh/apprais", 19), "中国银行兰州城关支行",
                           phone="0931-0000795"),
                     12000, "评估费", "仓库抵押贷款资产评估费",
                     oa("工行兰州新区支行1500万元流动资金贷款已审批（批复号GH-SP-2026-1187），以新区仓库抵押，"
                        "我司从银行合作评估机构名单中选定正衡评估，评估合同KH-FW-2026-019，按合同支付评估费并取得发票。"),
                     contract="KH-FW-2026-019", req="E5212", appr=("E5210", "E5202")),
                   "Hard negative: An appraisal fee for a bank-approved secured loan, paid under contract "
                   "to a licensed valuer, not to the lender or a middleman.",
                   ["loan_fee_words", "fee_words", "first_time_payee"]))

    L.append(legit(p("2026-12-09", "11:10", MINGUI_SALES, 274500, "货款", "11月中成药货款（岷归销售公司收款）",
                     oa("自11月起岷归制药产品统一由其全资子公司岷归医药销售公司销售、收款，三方签订的"
                        "《购销合同补充协议》（KH-CG-2026-002-B）已载明收款方及账户；11月25日采购部按岷归制药档案电话"
                        "0932-0000571回拨确认。"),
                     contract="KH-CG-2026-002-B", inv_key="kh-minguisales-nov", req="E5240",
                     appr=("E5210", "E5202"),
                     verify=verification("0932-0000571", "E5240", ts("2026-11-25", "15:20"))),
                   "Hard negative: The manufacturer's wholly owned sales company, named as payee in a "
                   "three-party contract amendment and confirmed by call-back, receives the goods payment.",
                   ["payee_name_mismatch", "first_time_payee", "account_change_words"]))

    L.append(scam(p("2026-12-10", "21:20",
                    payee("刘晓光", account("kh/s-lxg", 19), "中国建设银行广州天河支行", "personal"),
                    28800, "推广费", "店铺推广费",
                    "【商家成长任务群】派单员：第3单为联单任务，需充值28800元，完成后本金加12%返力一起提现，"
                    "中途放弃视为违规冻结。\n派单员：唰单完成截图发群里，转账请转到财务专员刘晓光卡上。",
                    req="E5250", appr=(), channel="im", from_name="商家成长中心 派单员",
                    from_contact=wxid("kh/s-pd")),
                  "task_rebate", "block",
                  "At night the online-store operator files a 28.8k 'promotion fee' to a private card; "
                  "the pasted chat is a task-rebate group demanding a top-up, written with homophones.",
                  ["task_rebate_words", "topup_words", "personal_account", "first_time_payee",
                   "im_instruction", "off_hours", "no_approval", "evasion_homophone"]))

    L.append(legit(p("2026-12-11", "10:30",
                     payee("兰州冰泉制冷设备工程有限公司", account("kh/repair", 18), "兰州银行安宁支行",
                           phone="0931-0000527"),
                     48000, "维修费", "二号冷库压缩机紧急维修预付款（50%）",
                     "赵启明：何丽，二号冷库压缩机昨晚坏了，库里有疫苗和生物制品，冰泉制冷的师傅已经在拆机了。"
                     "维修合同马晓东已经走了OA流程，我和孙总都批了，今天把50%预付款4.8万付掉，他们今天要去调机组。\n"
                     "何丽：收到赵总，OA单已审批完，我核对合同上的账户后付款。",
                     contract="KH-FW-2026-023", appr=("E5202", "E5201"), channel="im",
                     from_name="赵启明", from_contact=GM_DINGTALK, urgent=True),
                   "Hard negative: The real general manager, on his verified DingTalk account, presses "
                   "for an urgent repair deposit to a new contractor; the contract and both approvals are "
                   "in the workflow.",
                   ["im_instruction", "boss_role", "urgency", "first_time_payee"]))

    L.append(scam(p("2026-12-14", "14:45",
                    payee("周建新", account("kh/s-zjx", 19), "中国银行西宁城西支行", "personal"),
                    20000, "罚款", "药品经营飞行检查罚款及整改费",
                    "来电记录（质量部转财务）：对方自称省药监局稽查处刘科长，称飞行检查发现我司冷链温控记录缺失，"
                    "按规定处罚款1.5万元和整改验收费5千元，今天下班前缴清可以不公示、不影响经营许可，逾期移送立案。"
                    "缴款由“稽查处内勤”周建新代收，要求先不要声张，缴完把回单发到他QQ。",
                    req="E5212", appr=("E5210",), channel="phone", from_name="省药监局稽查处 刘科长",
                    from_contact="13800004791", urgent=True),
                  "authority_impersonation", "flag",
                  "A caller posing as the drug regulator's inspectors demands a 20k fine and "
                  "'rectification fee' today, paid to a named clerk's personal card in another province.",
                  ["authority_words", "fee_words", "personal_account", "phone_instruction",
                   "first_time_payee", "urgency", "secrecy_words", "unusual_bank_region"]))

    L.append(legit(p("2026-12-15", "10:40", TM_AGENT, 4300, "代理费", "“康合”商标续展代理费及官费",
                     oa("第5类“康合”注册商标将于2027年2月到期，按商标代理合同（KH-FW-2024-006）委托金诚知识产权办理续展，"
                        "官费500元，代理费3800元；续展结果可在商标局网站查询。"),
                     contract="KH-FW-2024-006", req="E5212"),
                   "Hard negative: A trademark renewal handled by the company's contracted IP agent.",
                   ["renewal_bill", "first_time_payee"]))

    L.append(scam(p("2026-12-16", "15:30",
                    payee("胡志强", account("kh/s-hzq", 19), "中国农业银行兰州城关支行", "personal"),
                    36000, "退款", "退回重复付款",
                    "小朱，我们出纳手滑把器械款3.6万付了两遍，网银显示“银行处理中，以实际到账为准”，"
                    "你们先把多的那笔退回我卡上，我们月底要对账，麻烦今天办一下。",
                    req="E5231", appr=("E5210",), channel="im", from_name="城关康泰口腔诊所 胡院长",
                    from_contact=wxid("kh/s-hzq"), urgent=True),
                  "overpayment_refund", "block",
                  "A new dental clinic claims it paid twice and wants 36k 'refunded' to the owner's card "
                  "while its own transfer still shows only as 'processing'; nothing has arrived.",
                  ["refund_words", "overpayment", "fake_payment_proof", "personal_account",
                   "first_time_payee", "im_instruction", "urgency"]))

    L.append(legit(p("2026-12-17", "11:20",
                     payee("王振邦", account("kh/c03-owner", 19), "中国邮政储蓄银行天水市麦积区支行", "personal",
                           phone=RENHE["phone"]),
                     1200, "退款", "退还冷链保温箱押金（4只）",
                     oa("仁和诊所（个体，经营者王振邦）结束冷链药品配送，4只冷链保温箱已由速安物流12月15日收回入库"
                        "（入库单BW-1215-02）；押金1200元当初由王振邦个人账户转入（8月12日回单），原路退回该账户。"),
                     req="E5212", appr=("E5210",)),
                   "Hard negative: Returning an insulated-box deposit (押金) to the personal account of the "
                   "sole-proprietor clinic owner who paid it.",
                   ["refund_words", "deposit_words", "personal_account", "first_time_payee"]))

    L.append(legit(p("2026-12-18", "10:10", ASSOC, 5000, "会费", "2027年度会员会费",
                     oa("兰州市医药流通行业协会2027年度会费通知（协会函〔2026〕31号），理事单位会费5000元，"
                        "12月31日前缴纳，逾期影响年度评优；协会账户与往年一致，开具社会团体会费票据。"),
                     req="E5212"),
                   "Hard negative: Annual dues to the local trade association the company belongs to, "
                   "with a deadline in the notice.",
                   ["renewal_bill", "urgency", "first_time_payee"]))

    L.append(scam(order(at=ts("2026-12-21", "16:00"),
                        customer=customer("兰州新区润泽医药贸易有限公司", make_uscc("kh/s-rz", "620100"), "吴总",
                                          "13800009513", None, wxid("kh/s-rz")),
                        items=[item("葡萄糖注射液（5% 250ml）", 4000, "瓶", 3.20)],
                        channel="im", address="兰州新区某物流园润泽医药仓", deadline="2026-12-24",
                        terms="款到发货",
                        third_party=third_party("甘肃德盛通商贸有限公司", "13800005390",
                                                "pass_through_payee", 1950000),
                        notes="我们这单货款连同合作方的一笔款一共196.28万一起打到贵司对公，你们扣掉货款1.28万，"
                              "剩下的195万当天转给德盛通，就是借贵司公户过💰一下账，手续费按1个点给，"
                              "流水大了对你们申请贷款也有好处➕。"),
                  "account_lending", "block",
                  "A new trading company's small glucose order is cover for routing 1.95m through our "
                  "corporate account to a third party, the lending phrase broken with emoji.",
                  ["account_lending_words", "third_party_payer", "new_customer", "contact_im_only",
                   "evasion_symbols"]))

    L.append(legit(p("2026-12-22", "11:30",
                     payee("韩雪峰", account("kh/emp-hxf", 19), "中国农业银行兰州城关支行", "personal"),
                     9865.40, "工资", "离职员工12月工资及经济补偿结算",
                     oa("仓储部韩雪峰12月20日离职，交接已完成；其工资卡11月在HR自助系统经人脸核验变更为农行卡（户名本人），"
                        "本次按离职结算单支付至该卡。"),
                     req="E5220", appr=("E5210",)),
                   "Hard negative: A leaver's final pay to the card he changed himself through HR "
                   "self-service with face verification, in his own name.",
                   ["payroll_change", "personal_account", "first_time_payee"]))

    L.append(legit(p("2026-12-23", "14:10", MA_XIAODONG, 3460, "报销", "垫付冷库维修配件款报销",
                     oa("12月11日二号冷库抢修时仓储主管马晓东个人先行垫付配件款3460元（发票抬头为我司），"
                        "经部门负责人和财务审核，报销至本人银行卡。"),
                     req="E5212", appr=("E5210",)),
                   "Hard negative: An employee reimbursed to his own card for spare parts he advanced "
                   "(垫付) during an emergency repair.",
                   ["personal_account"]))

    L.append(legit(order(at=ts("2026-12-28", "10:50"), customer=KANGMIN,
                         items=[item("阿莫西林胶囊（0.25g×24粒）", 3200, "盒", 9.60),
                                item("盐酸二甲双胍片（0.5g×60片）", 2400, "盒", 14.80),
                                item("苯磺酸氨氯地平片（5mg×28片）", 2000, "盒", 11.30)],
                         channel="erp", address="张掖市甘州区康民大药房配送中心", deadline="2026-12-31",
                         terms="月结30天", notes="年底门店备货"),
                   "Routine: Year-end replenishment order from the established pharmacy chain."))
    return L
