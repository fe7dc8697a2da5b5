"""Tenant `mianyuan`: 阿克苏棉源纺纱有限公司, a cotton-spinning mill in the Aksu textile
industrial park (southern Xinjiang). About 400 workers, ring-spun and open-end yarn sold to
weavers and knitters in Jiangsu, Guangdong and Xinjiang. Everything here is fictitious.
"""

from common import H, T, ZW, customer, inv, order, payee, payment, ts, uscc

TENANT = "mianyuan"
COMPANY = "阿克苏棉源纺纱有限公司"
PAYER = {"account_no": "30871001040017726", "account_name": COMPANY}

# Staff (employee ids used in requested_by / approved_by)
GM = "E2100"        # 顾长林 总经理
FIN_MGR = "E2102"   # 周雅琴 财务经理
CASHIER = "E2103"   # 热依拉·阿不都 出纳
ACCT = "E2104"      # 彭晓东 会计
BUYER = "E2110"     # 孙磊 采购主管
SALES_MGR = "E2120"  # 阿迪力·买买提 销售经理
SALES = "E2121"     # 刘思远 销售业务员
HR = "E2130"        # 马晓燕 人事主管
ADMIN = "E2140"     # 汪婷 行政

GM_WECHAT = "wxid_3hk7gcl19aks"

# Vendor master ------------------------------------------------------------------------
V_COTTON = payee("新疆塔河棉业有限公司", "6505016427000991881", "中国建设银行阿拉尔分行",
                 vendor_id="V-MY01", phone="0997-0000461")
V_STEAM = payee("阿克苏纺织工业城热力有限公司", "3008012109200157603", "中国工商银行阿克苏分行",
                vendor_id="V-MY02", phone="0997-0000532")
V_FREIGHT = payee("库车顺达货运有限公司", "880600127734510062", "库车农村商业银行",
                  vendor_id="V-MY03", phone="0997-0000647")
V_PARTS = payee("绍兴恒锭纺机配件有限公司", "3576681240791152", "中国银行绍兴柯桥支行",
                vendor_id="V-MY04", phone="0575-0000384")
V_TUBES_OLD = payee("阿克苏华纬纸管有限公司", "8071000201345627", "阿克苏农村信用合作联社",
                    vendor_id="V-MY05", phone="0997-0000715")
V_TUBES_NEW = payee("阿克苏华纬纸管有限公司", "8071100300458821906", "阿克苏农村商业银行",
                    vendor_id="V-MY05", phone="0997-0000715")
TUBES_CHANGED_AT = ts("10-26", "11:30")
V_PRINT = payee("阿克苏彩虹印务有限公司", "6505017341002253417", "中国建设银行阿克苏分行",
                vendor_id="V-MY06", phone="0997-0000823")
V_PAYROLL = payee("农行阿克苏纺织城支行代发工资待清算户", "3087100104001903374",
                  "中国农业银行阿克苏纺织城支行", vendor_id="PAY-MY01")
V_TAX = payee("国家金库阿克苏地区中心支库", "65290000168820451", "国家金库阿克苏地区中心支库",
              vendor_id="TAX-MY01")

# Customer master ----------------------------------------------------------------------
C_RUIJIN = customer("常熟瑞锦织造有限公司", uscc("91320581MA1Q7RX3N"), "钱振宇", "0512-0000736",
                    "qianzy@ruijin-weave.com", None, "C-MY01")
C_HENGWEI = customer("佛山市南海恒纬针织有限公司", uscc("91440605MA4W2KD8T"), "黎咏仪",
                     "0757-0000529", "purchase@hengwei-knit.cn", None, "C-MY02")
C_XINWEI = customer("阿克苏新纬家纺有限公司", uscc("91652901MA79HL5C2"), "艾合买提·吐尔地",
                    "0997-0000904", None, None, "C-MY03")

JC40 = "精梳纯棉纱JC40S"
C32 = "普梳纯棉纱C32S"
C21 = "普梳纯棉纱C21S"

ADDR_RUIJIN = "江苏省常熟市虞山街道兴福路瑞锦织造厂"
ADDR_HENGWEI = "广东省佛山市南海区西樵镇恒纬针织厂"
ADDR_XINWEI = "阿克苏纺织工业城新纬家纺织造车间"


def erp(vendor_short, reason, contract=None, invoice=None, extra=""):
    parts = [f"供应商：{vendor_short}", f"事由：{reason}"]
    if contract:
        parts.append(f"合同号 {contract}")
    if invoice:
        parts.append(f"发票号 {invoice}")
    return "【金蝶付款申请】" + "；".join(parts) + "。" + extra


def pay_erp(day, hm, rid, pe, amount, purpose, memo, text, req, appr, contract=None, invoice=None,
            changed_at=None, verification=None, urgent=False, order_id=None, from_name="彭晓东"):
    return payment(at=ts(day, hm), rid=rid, payer=PAYER, payee=pe, amount=amount, purpose=purpose,
                   memo=memo, channel="erp", from_name=from_name, from_contact=None, text=text,
                   urgent=urgent, requested_by=req, approved_by=appr, order_id=order_id,
                   contract_id=contract, invoice_no=invoice, changed_at=changed_at,
                   verification=verification)


def cotton(day, hm, rid, tons, price, contract="MY-CG-2026-003"):
    amount = tons * price
    memo = f"皮棉款（3128B，{tons}吨）"
    invoice = inv("65", f"my-cotton-{rid}")
    return pay_erp(day, hm, rid, V_COTTON, amount, "货款", memo,
                   erp("塔河棉业", memo, contract, invoice, "附检验单及入库单。"),
                   BUYER, [FIN_MGR, GM], contract, invoice, from_name="孙磊")


def simple_vendor(day, hm, rid, pe, short, amount, purpose, memo, contract, province="65",
                  req=ACCT, appr=(FIN_MGR,), changed_at=None, from_name="彭晓东"):
    invoice = inv(province, f"my-{rid}")
    return pay_erp(day, hm, rid, pe, amount, purpose, memo, erp(short, memo, contract, invoice),
                   req, list(appr), contract, invoice, changed_at=changed_at, from_name=from_name)


def payroll(day, hm, rid, month, heads, amount):
    memo = f"{month}工资代发（{heads}人）"
    text = f"【金蝶付款申请】工资代发：{month}工资，{heads}人，工资表经人事、财务、总经理逐级审核后提交银行代发。"
    return pay_erp(day, hm, rid, V_PAYROLL, amount, "工资", memo, text, ACCT, [FIN_MGR, GM])


def vat(day, hm, rid, month, amount):
    memo = f"{month}增值税及附加税费"
    text = f"【金蝶付款申请】税款：{month}增值税及附加税费，通过税库银三方协议由电子税务局发起扣款。"
    return pay_erp(day, hm, rid, V_TAX, amount, "税款", memo, text, ACCT, [FIN_MGR])


def yarn_order(day, hm, rid, cust, product, tons, price, address, deadline, terms, notes,
               channel="email"):
    return order(at=ts(day, hm), rid=rid, cust=cust, items=[(product, tons, "吨", price)],
                 channel=channel, address=address, deadline=deadline, terms=terms, notes=notes)


# ======================================================================================
# History: September - October 2026
# ======================================================================================

HISTORY = [
    H("Lint-cotton payment to the regular ginnery.",
      cotton("09-01", "11:40", "MY-PAY-260901-01", 72, 15600)),
    H("Combed-yarn order from the established Changshu weaving customer.",
      yarn_order("09-02", "15:20", "MY-SO-260902-01", C_RUIJIN, JC40, 30, 27500, ADDR_RUIJIN,
                 "2026-09-12", "款到发货", "9月第一批，预付款到账后安排汽运。")),
    H("Outbound yarn freight to the regular carrier.",
      simple_vendor("09-03", "16:10", "MY-PAY-260903-01", V_FREIGHT, "顺达货运", 48300, "运费",
                    "8月棉纱外运运费（阿克苏—常熟，4车）", "MY-WL-2026-002")),
    H("Spinning-frame spare parts from the regular Shaoxing supplier.",
      simple_vendor("09-07", "12:25", "MY-PAY-260907-01", V_PARTS, "恒锭纺机", 38760, "货款",
                    "细纱机钢领、锭带等配件款", "MY-CG-2026-011", province="33", req=BUYER,
                    from_name="孙磊")),
    H("Paper cones and tubes from the local tube maker (old account).",
      simple_vendor("09-08", "17:05", "MY-PAY-260908-01", V_TUBES_OLD, "华纬纸管", 26400, "货款",
                    "纸管款（8月下旬批次）", "MY-CG-2026-005", req=BUYER, from_name="孙磊")),
    H("Monthly payroll through the bank's salary-disbursement account.",
      payroll("09-10", "18:30", "MY-PAY-260910-01", "8月", 412, 1986540)),
    H("Monthly steam bill to the park heat company.",
      simple_vendor("09-11", "11:15", "MY-PAY-260911-01", V_STEAM, "纺织城热力", 268900, "蒸汽费",
                    "8月蒸汽费", "MY-NY-2026-001")),
    H("Carded-yarn order from the established Foshan knitting customer.",
      yarn_order("09-14", "14:40", "MY-SO-260914-01", C_HENGWEI, C32, 25, 24300, ADDR_HENGWEI,
                 "2026-09-26", "月结30天", "针织汗布用纱，按月度计划发货。")),
    H("Monthly VAT through the tax-bank agreement.",
      vat("09-15", "10:50", "MY-PAY-260915-01", "8月", "312465.80")),
    H("Lint-cotton payment to the regular ginnery.",
      cotton("09-16", "16:35", "MY-PAY-260916-01", 65, 15650)),
    H("Printed cone labels and carton marks from the regular print shop.",
      simple_vendor("09-23", "11:30", "MY-PAY-260923-01", V_PRINT, "彩虹印务", 8650, "货款",
                    "纱管标签及纸箱唛头印刷费", "MY-CG-2026-014", req=ADMIN, from_name="汪婷")),
    H("Combed-yarn order from the established Changshu weaving customer.",
      yarn_order("09-28", "16:50", "MY-SO-260928-01", C_RUIJIN, JC40, 28, 27600, ADDR_RUIJIN,
                 "2026-10-12", "款到发货", "节后第一周到货即可，款已汇出。")),
    H("Spinning-frame spare parts from the regular Shaoxing supplier.",
      simple_vendor("09-29", "12:40", "MY-PAY-260929-01", V_PARTS, "恒锭纺机", 41280, "货款",
                    "胶辊、胶圈及钢丝圈配件款", "MY-CG-2026-011", province="33", req=BUYER,
                    from_name="孙磊")),
    H("Lint-cotton payment to the regular ginnery.",
      cotton("10-09", "11:55", "MY-PAY-261009-01", 70, 15700)),
    H("Monthly payroll through the bank's salary-disbursement account.",
      payroll("10-12", "18:20", "MY-PAY-261012-01", "9月", 415, 2004870)),
    H("Monthly steam bill to the park heat company.",
      simple_vendor("10-13", "11:10", "MY-PAY-261013-01", V_STEAM, "纺织城热力", 274300, "蒸汽费",
                    "9月蒸汽费", "MY-NY-2026-001")),
    H("Carded-yarn order from the established Foshan knitting customer.",
      yarn_order("10-14", "15:30", "MY-SO-261014-01", C_HENGWEI, C32, 22, 24400, ADDR_HENGWEI,
                 "2026-10-27", "月结30天", "10月计划量，分两车发。")),
    H("Outbound yarn freight to the regular carrier.",
      simple_vendor("10-16", "16:20", "MY-PAY-261016-01", V_FREIGHT, "顺达货运", 49800, "运费",
                    "9月棉纱外运运费（阿克苏—佛山，4车）", "MY-WL-2026-002")),
    H("Paper cones and tubes from the local tube maker (old account).",
      simple_vendor("10-19", "12:15", "MY-PAY-261019-01", V_TUBES_OLD, "华纬纸管", 27150, "货款",
                    "纸管款（9月下旬批次）", "MY-CG-2026-005", req=BUYER, from_name="孙磊")),
    H("Lint-cotton payment to the regular ginnery.",
      cotton("10-21", "17:25", "MY-PAY-261021-01", 68, 15800)),
    H("Carded-yarn order from the established local home-textile customer.",
      yarn_order("10-22", "11:45", "MY-SO-261022-01", C_XINWEI, C21, 16, 22900, ADDR_XINWEI,
                 "2026-10-30", "月结30天", "床品坯布用纱，园区内自提。", channel="phone")),
    H("100-yuan test payment to the tube maker's new account after a verified bank change.",
      pay_erp("10-27", "15:40", "MY-PAY-261027-01", V_TUBES_NEW, 100, "货款",
              "账户变更后小额验证打款",
              "【金蝶付款申请】供应商：华纬纸管；事由：收款账户变更后试付100元，请对方财务确认到账后再恢复正常付款。",
              BUYER, [FIN_MGR], "MY-CG-2026-005", None, changed_at=TUBES_CHANGED_AT,
              from_name="孙磊",
              verification={"callback_done": True, "callback_number": "0997-0000715",
                             "verified_by": BUYER, "verified_at": ts("10-26", "15:10")})),
    H("Spinning-frame spare parts from the regular Shaoxing supplier.",
      simple_vendor("10-28", "12:30", "MY-PAY-261028-01", V_PARTS, "恒锭纺机", 36900, "货款",
                    "细纱机锭子及钢领板配件款", "MY-CG-2026-011", province="33", req=BUYER,
                    from_name="孙磊")),
    H("Combed-yarn order from the established Changshu weaving customer.",
      yarn_order("10-29", "16:15", "MY-SO-261029-01", C_RUIJIN, JC40, 30, 27800, ADDR_RUIJIN,
                 "2026-11-08", "款到发货", "11月初到厂，预付款本周内汇出。")),
]

# ======================================================================================
# Test lines: November - December 2026
# ======================================================================================

TESTS = []
add = TESTS.append

# t001 routine
add(T(None, "allow", [], "Routine: Lint-cotton payment to the regular ginnery.",
      cotton("11-02", "11:26", "MY-PAY-261102-01", 86, 15900)))

# t002 fake purchaser: self-styled group procurement centre, credit, transit depot, fee
add(T("fake_purchaser", "flag",
      ["new_customer", "institution_claim", "large_first_order", "credit_terms_requested",
       "far_delivery", "contact_im_only", "fee_asked_of_seller", "fee_words", "urgency"],
      "A self-styled group procurement centre orders 120 t of combed yarn on 90-day credit to a "
      "transit depot in Gansu, contacts only by WeChat and mobile, and first wants a "
      "vendor-qualification fee paid to its 'audit agency'.",
      order(at=ts("11-03", "10:48"), rid="MY-SO-261103-01",
            cust=customer("中疆纺织服装集团物资采购中心", None, "郑主任", "17700003186",
                          "zjfz_wzcg@163.com", "wxid_q3v8n1c5yd2k7h", None),
            items=[(JC40, 120, "吨", 26800)], channel="im",
            address="甘肃省武威市凉州区东环路物流园B区7号中转库", deadline="2026-11-12",
            terms="货到验收合格后90个工作日付款",
            fees=[("供应商入围资质审核费", 6800)],
            notes="郑主任加微信后说，集团接了一批冬季被装订单，配套用纱由采购中心统一对外采，"
                  "这次先要120吨，价格就按我们的报价，不压价。签合同前要先在集团合作的第三方机构"
                  "做供应商入围审核，审核费6800元由供货方出，审核一过当天就能签。货先发武威的中转库，"
                  "他们自己派车分到各个加工点。货款按集团财务制度验收后90个工作日付。问能不能来厂里看看，"
                  "他说工期紧，没时间跑，越快越好。")))

# t003 hard negative: verified account change, first regular payment within 30 days
add(T(None, "allow", ["account_changed_recent", "account_change_words"],
      "Hard negative: First regular payment to the paper-tube maker's new account at the same "
      "town's rural commercial bank, the change backed by a stamped letter, a call-back to the "
      "number on file and a 100-yuan test payment.",
      pay_erp("11-04", "16:05", "MY-PAY-261104-01", V_TUBES_NEW, 28600, "货款",
              "纸管款（10月下旬批次）",
              erp("华纬纸管", "纸管款（10月下旬批次）", "MY-CG-2026-005", inv("65", "my-tubes-1104"),
                  "附注：该供应商因原农信社改制为农商行，10月26日更换收款账户，户名未变；盖章变更函原件已归档，"
                  "当日孙磊拨打供应商档案里的电话0997-0000715与其财务负责人核对无误；10月27日试付100元，"
                  "对方已回复到账。"),
              ACCT, [FIN_MGR], "MY-CG-2026-005", inv("65", "my-tubes-1104"),
              changed_at=TUBES_CHANGED_AT,
              verification={"callback_done": True, "callback_number": "0997-0000715",
                            "verified_by": BUYER, "verified_at": ts("10-26", "15:10")})))

# t004 account change (BEC), lookalike domain, traditional characters
AC1_TEXT = (
    "周經理：您好！\n"
    "我司因年度審計及稅務核查，原紹興柯橋中行帳戶自本月起暫停收款，今後貨款請統一匯入我司東莞結算帳戶：\n"
    "戶名：紹興恆錠紡機配件有限公司\n"
    "開戶行：中國銀行東莞長安支行\n"
    "帳號：6013826104557920\n"
    "10月發出的鋼領、錠帶、膠輥共計64,350元，煩請本週內安排支付。舊帳戶已無法入帳，匯入會被退回。\n"
    "如有疑問請直接回覆本郵件。\n"
    "恆錠紡機 業務部 陳建良"
)
add(T("account_change", "block",
      ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain",
       "account_change_words", "unusual_bank_region", "urgency", "evasion_traditional"],
      "A look-alike of the spindle-parts supplier's mail domain, writing in traditional "
      "characters, moves payment to a Dongguan account; the clerk keyed the change two days "
      "before the first payment without a call-back.",
      payment(at=ts("11-05", "15:12"), rid="MY-PAY-261105-01", payer=PAYER,
              payee=payee("绍兴恒锭纺机配件有限公司", "6013826104557920", "中国银行东莞长安支行",
                          vendor_id="V-MY04", phone="0575-0000384"),
              amount=64350, purpose="货款", memo="10月钢领、锭带、胶辊配件款",
              channel="email", from_name="陳建良", from_contact="chenjl@hengdlngfj.com",
              text=AC1_TEXT, urgent=True, requested_by=ACCT, approved_by=[FIN_MGR],
              contract_id="MY-CG-2026-011", invoice_no=inv("33", "my-ac1"),
              changed_at=ts("11-03", "17:40"))))

# t005 routine order
add(T(None, "allow", [], "Routine: Combed-yarn order from the established Changshu weaving customer.",
      yarn_order("11-06", "11:40", "MY-SO-261106-01", C_RUIJIN, JC40, 32, 27200, ADDR_RUIJIN,
                 "2026-11-16", "款到发货", "11月第一批，货款已到我司账户，照常汽运到厂。")))

# t006 fake salary: subsidy phishing notice with a roster fee, zero-width characters
FS3_TEXT = (
    "各用人单位人事负责人：\n"
    f"依据自治区2026年第四季度职工技能提升补{ZW}贴发放安排，贵单位186名在册职工每人可领取1800元补{ZW}贴，"
    f"由本中心统一代发至职工本人工资{ZW}卡。\n"
    "请在收到本通知24小时内完成以下两项：\n"
    f"1. 组织职工扫{ZW}码登记姓名、身份证号、工资{ZW}卡号及银行预留手机号；\n"
    "2. 按每人30元标准缴纳名册核验服务费（合计5580元）至本中心指定账户。\n"
    f"超时未办理的单位视同自愿放弃本季度补{ZW}贴。本通知只发人事、财务负责人，暂勿在职工群内转发。\n"
    "阿克苏地区职工补贴代发服务中心"
)
add(T("fake_salary", "flag",
      ["subsidy_words", "fee_words", "email_instruction", "free_mail", "first_time_payee", "urgency",
       "secrecy_words", "no_po_contract", "evasion_symbols"],
      "A free-mail 'subsidy payout centre' notice, with zero-width characters inside the key "
      "words, asks HR to have 186 workers scan a code with their salary-card details and to pay a "
      "30-yuan-per-head roster fee within 24 hours.",
      payment(at=ts("11-09", "17:25"), rid="MY-PAY-261109-01", payer=PAYER,
              payee=payee("阿克苏地区职工补贴代发服务中心", "150703271100028416", "阿克苏农村商业银行温宿支行"),
              amount=5580, purpose="服务费", memo="职工技能提升补贴名册核验服务费（186人）",
              channel="email", from_name="阿克苏地区职工补贴代发服务中心",
              from_contact="aks_zgbt_fw@163.com", text=FS3_TEXT, urgent=True, requested_by=HR,
              approved_by=[FIN_MGR])))

# t007 hard negative: the real GM on WeChat, known vendor, approvals complete
add(T(None, "allow", ["im_instruction", "boss_role", "urgency"],
      "Hard negative: The real GM asks by WeChat to pay the regular ginnery today ahead of a price "
      "rise; contract, invoice and both ERP approvals are in place.",
      payment(at=ts("11-10", "12:15"), rid="MY-PAY-261110-01", payer=PAYER, payee=V_COTTON,
              amount=40 * 15850, purpose="货款", memo="皮棉款（3128B，40吨，合同内追加批次）",
              channel="im", from_name="顾长林", from_contact=GM_WECHAT,
              text="顾长林：周经理，塔河那边打过招呼，下周起皮棉报价要上调。合同里剩下那40吨能今天付就今天付掉，"
                   "合同和发票孙磊那边都齐了，照常走审批，我手机上已经点了同意。",
              urgent=True, requested_by=BUYER, approved_by=[FIN_MGR, GM],
              contract_id="MY-CG-2026-003", invoice_no=inv("65", "my-cotton-1110"))))

# t008 task rebate: cashier's night 'advance' to a stranger, homophones
TR1_TEXT = (
    "亲，您已经进入第3轮联单任务啦，本轮需要先垫充18600元才能解锁前两轮的佣金，"
    "完成后本金+饭利（28%）一次性结算到您卡上哦～\n"
    "本轮涮单限时40分钟，超时系统会判定操作违规，前两轮收益将被冻结无法提现。\n"
    "垫充收款人：赵雨涵 建行 6217232711004587316"
)
add(T("task_rebate", "block",
      ["personal_account", "first_time_payee", "task_rebate_words", "topup_words", "urgency",
       "off_hours", "im_instruction", "no_approval", "vague_memo", "evasion_homophone"],
      "Late at night the cashier files a personal 'advance' to a stranger's card; the pasted chat "
      "is a task-scam agent demanding a top-up to unlock commission, with homophones for the key words.",
      payment(at=ts("11-11", "22:47"), rid="MY-PAY-261111-01", payer=PAYER,
              payee=payee("赵雨涵", "6217232711004587316", "中国建设银行郑州金水支行", "personal"),
              amount=18600, purpose="借支", memo="个人借支（明早归还）", channel="im",
              from_name="接单客服·小鹿", from_contact="wxid_xl0528luxiao9", text=TR1_TEXT,
              urgent=True, requested_by=CASHIER, approved_by=[])))

# t009 contract fraud: shell 'investment' company, performance deposit, traditional characters
CF1_TEXT = (
    "致阿克蘇棉源紡紗有限公司：\n"
    "《紗線長期供應框架協議》（草案）第六條摘錄：乙方須在協議簽署前向甲方繳納履約保證金人民幣叁拾萬元整；"
    "甲方收款後七個工作日內向乙方下達首批訂單，首批不低於500噸，合作期十年。\n"
    "本項目為南疆紡織服裝產業集群重點招商項目，規劃總投資逾百億元，首期供應商名額僅限五家，"
    "11月15日前未繳納者視為自動放棄入圍。\n"
    "收款帳戶：新疆絲路紡織產業投資發展有限公司\n"
    "開戶行：中國工商銀行喀什人民路支行\n"
    "帳號：3004056809200734415\n"
    "招商部 曾國偉"
)
add(T("contract_fraud", "flag",
      ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "fee_asked_of_seller",
       "email_instruction", "urgency", "no_po_contract", "evasion_traditional"],
      "A company registered three months earlier, promoting a 'ten-billion' textile cluster, wants "
      "a 300k performance deposit before a ten-year yarn supply framework is even signed; the "
      "draft is in traditional characters.",
      payment(at=ts("11-12", "16:33"), rid="MY-PAY-261112-01", payer=PAYER,
              payee=payee("新疆丝路纺织产业投资发展有限公司", "3004056809200734415", "中国工商银行喀什人民路支行"),
              amount=300000, purpose="保证金", memo="纱线长期供应框架协议履约保证金（对方2026年8月注册）",
              channel="email", from_name="曾國偉（招商部）", from_contact="zsb@xjslfz-invest.com",
              text=CF1_TEXT, urgent=True, requested_by=SALES_MGR, approved_by=[FIN_MGR])))

# t010 routine steam bill
add(T(None, "allow", [], "Routine: Monthly steam bill to the park heat company.",
      simple_vendor("11-13", "10:52", "MY-PAY-261113-01", V_STEAM, "纺织城热力", 286430, "蒸汽费",
                    "10月蒸汽费", "MY-NY-2026-001")))

# t011 fake order: 'hospital' orders gauze yarn, designated equipment dealer, screenshot, spacing
FO1_NOTES = (
    "来电人自称仁和医院后勤科徐老师，电话订纱布用纱8吨，我报的价她当场就同意了，也没问质检报告。"
    "快挂电话时又说院里消毒供应室还缺两台压力蒸汽灭菌器，之前跟那家经营部闹得不太愉快，不好再出面，"
    "想请我们照她给的 指 定 商 家 联系方式代为订购，由我们先 垫 付 一 下 货款43600元，"
    "之后和纱线款一起对公结算。下午她微信发来一张医院对公转账截图，金额239600元，说财务走的跨行，隔天才能到。"
)
FO1_ID = "MY-SO-261116-01"
add(T("fake_order", "block",
      ["new_customer", "institution_claim", "designated_supplier", "fake_payment_proof",
       "off_catalogue_item", "contact_im_only", "evasion_spacing"],
      "A caller posing as a hospital's logistics office orders gauze yarn, then asks the mill to "
      "advance 43.6k to an equipment dealer of her choosing for sterilisers, backed only by a "
      "transfer screenshot; the key words are spaced out.",
      order(at=ts("11-16", "11:05"), rid=FO1_ID,
            cust=customer("阿克苏仁和医院后勤科", None, "徐老师", "18800004417", None,
                          "wxid_m4x8r2e6hq1w3p", None),
            items=[("普梳纯棉纱C21S（纱布用）", 8, "吨", 24500)], channel="phone",
            address="阿克苏市仁和医院后勤库房", deadline="2026-11-20", terms="对公转账，货到结清",
            third_party=("乌鲁木齐康泰医械经营部", "田老板 13900006215", "designated_supplier", 43600),
            notes=FO1_NOTES)))

# t012 fake order, payment side: advance to the designated dealer, linked to the sales order
add(T("fake_order", "block",
      ["designated_supplier", "sales_order_linked", "first_time_payee", "personal_account",
       "fake_payment_proof", "im_instruction", "urgency"],
      "Sales asks to pay the 'hospital's' chosen steriliser dealer from the mill's account before "
      "any money from the hospital has arrived.",
      payment(at=ts("11-16", "15:48"), rid="MY-PAY-261116-01", payer=PAYER,
              payee=payee("田家宝", "6228481938802265714", "中国农业银行乌鲁木齐沙依巴克支行", "personal",
                          phone="13900006215"),
              amount=43600, purpose="代购款",
              memo=f"代仁和医院采购压力蒸汽灭菌器2台（随销售单{FO1_ID}结算）", channel="im",
              from_name="仁和医院后勤 徐老师", from_contact="wxid_m4x8r2e6hq1w3p",
              text="刘经理，康泰那边在催了，田老板说今天钱到今天就发车，你先把43600转给他，收款人田家宝，"
                   "农行6228481938802265714。我们医院的钱截图你也看到了，明天上午肯定到你们公司账上，"
                   "到时候纱线和灭菌器一起结，放心。",
              urgent=True, requested_by=SALES, approved_by=[SALES_MGR], order_id=FO1_ID)))

# t013 hard negative: acceptance-bill margin to the company's own margin account
add(T(None, "allow", ["deposit_words", "first_time_payee"],
      "Hard negative: A 30% margin moved into the company's own acceptance-bill margin account at "
      "its bank to issue a bill for a cotton payment.",
      pay_erp("11-17", "14:20", "MY-PAY-261117-01",
              payee(COMPANY, "30871001040099216", "中国农业银行阿克苏地区分行"),
              600000, "保证金", "开立银行承兑汇票30%保证金（票面200万元，支付塔河棉业皮棉款）",
              "【金蝶付款申请】资金划转：基本户→本公司农行承兑保证金专户；事由：开立6个月银行承兑汇票，"
              "保证金比例30%，票面200万元，收票人新疆塔河棉业有限公司；授信协议号 农银承字2026第0317号。",
              ACCT, [FIN_MGR, GM])))

# t014 account change, structural only
add(T("account_change", "block",
      ["account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region"],
      "Structural only: six days after the carrier's bank details were re-keyed to a differently "
      "named payee at a postal bank in Hotan, the first freight payment goes to it on an "
      "ordinary-looking ERP request.",
      simple_vendor("11-18", "11:33", "MY-PAY-261118-01",
                    payee("库车顺达运输服务部", "6221883120045702198", "中国邮政储蓄银行和田市支行",
                          vendor_id="V-MY03", phone="0997-0000647"),
                    "顺达货运", 52800, "运费", "10月棉纱外运运费（阿克苏—常熟，5车）", "MY-WL-2026-002",
                    changed_at=ts("11-12", "18:05"))))

# t015 hard negative: anti-fraud handbooks after a police talk; memo quotes scam words
add(T(None, "allow", ["safe_account_words", "task_rebate_words", "subsidy_words", "authority_words",
                      "boss_role", "account_change_words"],
      "Hard negative: Printing of anti-fraud handbooks and posters after a talk by the park police "
      "station; the request quotes the scam words the officers warned staff about.",
      pay_erp("11-19", "16:40", "MY-PAY-261119-01", V_PRINT, 3960, "宣传费",
              "反诈宣传手册及车间展板印制（纺织城派出所11月19日反诈讲座）",
              erp("彩虹印务", "反诈宣传手册600册、车间展板12块印制", "MY-CG-2026-014",
                  inv("65", "my-print-1119"),
                  "内容取自纺织城派出所民警当天讲座要点：自称领导让你转账先打电话核实；公检法不会让你把钱转进"
                  "“安全账户”“监管账户”；刷单返利都是先给小甜头再让你垫钱；供应商说要换收款账号，用档案里的老号码回拨确认；"
                  "扫码领工资补贴的邮件是钓鱼。"),
              ADMIN, [FIN_MGR], "MY-CG-2026-014", inv("65", "my-print-1119"), from_name="汪婷")))

# t016 fake purchaser: lookalike of an established customer
add(T("fake_purchaser", "flag",
      ["new_customer", "lookalike_company", "contact_mismatch", "free_mail", "far_delivery",
       "credit_terms_requested", "large_first_order"],
      "A company name one character off the established Changshu weaving customer, using the same "
      "contact name but a new free-mail address and mobile, orders 60 t on 60-day credit for "
      "delivery to a third-party warehouse in Shaoxing.",
      order(at=ts("11-20", "15:15"), rid="MY-SO-261120-01",
            cust=customer("常熟瑞锦纺织有限公司", uscc("91320581MA27GDC5X"), "钱振宇", "15900008830",
                          "ruijin_qzy@126.com", "wxid_r5j2qzy8c1v0ts", None),
            items=[(JC40, 60, "吨", 27500)], channel="email",
            address="浙江省绍兴市柯桥区钱清镇轻纺物流园4号仓", deadline="2026-11-27",
            terms="货到后60天电汇",
            notes="钱经理来邮件：我们换了新邮箱，手机号也换了，以后就联系这个。这批60吨直接发我们在柯桥钱清的"
                  "合作织厂仓库，款还是按老规矩，货到60天电汇。年底订单多，麻烦优先排产。")))

# t017 boss impersonation: new WeChat group, balance probe, first-time payee, spaced secrecy
BI1_TEXT = (
    "【棉源管理层沟通群】（今日12:31建群，成员：顾长林、周雅琴、热依拉）\n"
    "顾长林：热依拉，农行基本户现在能动的钱还有多少？截个图给我看一下。\n"
    "热依拉：[图片]\n"
    "顾长林：够了。我跟喀什天正谈好的那批细纱机，今天要把18.6万定金先打过去，把价格锁住。"
    "我这会儿在地区开会，电话接不了，打字说。\n"
    "顾长林：审批单回头我让小周补上，这 件 事 先 别 在 厂 里 说。\n"
    "户名：喀什天正机电设备有限公司\n"
    "开户行：工行喀什解放北路支行\n"
    "账号：3004016509200481152"
)
add(T("boss_impersonation", "block",
      ["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process",
       "secrecy_words", "urgency", "deposit_words", "first_time_payee", "no_approval",
       "evasion_spacing"],
      "In a WeChat group created that noon, a fake GM asks the cashier for a balance screenshot, "
      "then for a 186k machinery deposit to a first-time payee, with the secrecy request spaced out "
      "character by character.",
      payment(at=ts("11-23", "13:10"), rid="MY-PAY-261123-01", payer=PAYER,
              payee=payee("喀什天正机电设备有限公司", "3004016509200481152", "中国工商银行喀什解放北路支行"),
              amount=186000, purpose="定金", memo="细纱机设备定金", channel="im", from_name="顾长林",
              from_contact="wxid_x7c2p9gm0q4n5d", text=BI1_TEXT, urgent=True,
              requested_by=CASHIER, approved_by=[])))

# t018 hard negative: refund by the original route
add(T(None, "allow", ["refund_words", "first_time_payee"],
      "Hard negative: Refund for returned yarn to the same corporate account the established "
      "knitting customer paid from, after the goods came back.",
      pay_erp("11-24", "11:40", "MY-PAY-261124-01",
              payee("佛山市南海恒纬针织有限公司", "6013821500012839276", "中国银行佛山西樵支行"),
              48800, "退款", "C32S质量异议退货2吨，货款原路退回",
              "【金蝶付款申请】客户退款：恒纬针织10月批次C32S条干不匀，退货2吨已验收入库（退货单TH-1120-02）；"
              "原付款为中行10月19日恒纬针织对公汇款，按原付款账户退回48,800元，对方盖章的退款确认函已附。",
              ACCT, [FIN_MGR, SALES_MGR])))

# t019 authority impersonation: 'economic crimes' call, supervised account, pinyin
AI1_TEXT = (
    "早上8:40接到电话，对方自称市公安局经侦支队李警官，能报出我公司名称、法人姓名和农行账号，"
    "说我司基本户牵涉一起跨境洗钱案，三天内会被冻结。要求先把基本户资金转到jg账户做zj核查，"
    "核查完48小时内原路退回；期间签保密承诺，不准告诉公司任何人包括法人，否则按妨碍侦查处理。"
    "之后他加了QQ，发来一张盖章的《资金冻结通知书》照片。"
)
add(T("authority_impersonation", "block",
      ["authority_words", "safe_account_words", "secrecy_words", "urgency", "phone_instruction",
       "first_time_payee", "no_approval", "off_hours", "evasion_pinyin"],
      "Before office hours a caller posing as an economic-crimes officer tells the finance manager "
      "to move 1.28m into a 'supervised account' for 'fund verification' and tell no one; the key "
      "terms are typed as pinyin initials.",
      payment(at=ts("11-25", "09:12"), rid="MY-PAY-261125-01", payer=PAYER,
              payee=payee("鑫泰恒远商贸有限公司", "622908011300665417", "兴业银行广州天河支行"),
              amount=1280000, purpose="往来款", memo="配合资金核查暂存", channel="phone",
              from_name="自称市公安局经侦支队李警官", from_contact="17600009952", text=AI1_TEXT,
              urgent=True, requested_by=FIN_MGR, approved_by=[])))

# t020 routine order
add(T(None, "allow", [], "Routine: Carded-yarn order from the established local home-textile customer.",
      yarn_order("11-26", "12:20", "MY-SO-261126-01", C_XINWEI, C21, 20, 22600, ADDR_XINWEI,
                 "2026-12-05", "月结30天", "12月床品订单备纱，园区内自提。", channel="phone")))

# t021 fake invoice: brand / domain 'protection' notice
FI1_TEXT = (
    "阿克苏棉源纺纱有限公司负责人：\n"
    "我中心近日收到“天山棉源科技有限公司”提交的申请，拟注册“棉源纺纱”“棉源纱线”等中文网络品牌及相关域名。"
    "经初审，上述名称与贵司字号高度相关。为避免品牌被他人抢先占用，请贵司在3个工作日内确认是否为本公司申请；"
    "如由贵司自行注册保护，年度服务费4600元（含三年保护期）。逾期未回复视为贵司放弃优先权，审核通过后由对方取得。\n"
    "品牌资源审核部 王宁"
)
add(T("fake_invoice", "flag",
      ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency"],
      "An unsolicited 'brand resources review' notice claims another firm is registering the mill's "
      "name as domains and keywords and asks for a 4,600 protection fee within three days.",
      payment(at=ts("11-27", "16:10"), rid="MY-PAY-261127-01", payer=PAYER,
              payee=payee("北京华企网络品牌资源管理中心", "0200098709200354127", "中国工商银行北京海淀支行"),
              amount=4600, purpose="服务费", memo="中文网络品牌及域名保护服务费（三年）", channel="email",
              from_name="品牌资源审核部 王宁", from_contact="shenhe@hqpp-center.cn", text=FI1_TEXT,
              urgent=True, requested_by=ADMIN, approved_by=[FIN_MGR])))

# t022 boss impersonation, structural only: Sunday midnight, plain words
add(T("boss_impersonation", "flag",
      ["im_instruction", "new_contact", "first_time_payee", "personal_account", "no_approval",
       "off_hours", "vague_memo", "just_below_limit"],
      "Structural only: On a Sunday near midnight a WeChat account with the GM's name asks the "
      "cashier, in plain words, to pay 49.5k to a private individual, with no approval in the ERP.",
      payment(at=ts("11-29", "23:05"), rid="MY-PAY-261129-01", payer=PAYER,
              payee=payee("李红霞", "6216611400018832470", "中国银行乌鲁木齐新华北路支行", "personal"),
              amount=49500, purpose="往来款", memo="往来款", channel="im", from_name="顾长林",
              from_contact="wxid_n5t1rq8w2e6yb3",
              text="热依拉，这笔帮我付一下，户名账号在下面，付好把回单发我。\n户名：李红霞\n中行 6216611400018832470\n金额：49500",
              urgent=False, requested_by=CASHIER, approved_by=[])))

# t023 advance fee: loan 'capacity verification' to a personal card, traditional characters
AF1_TEXT = (
    "周經理您好，貴司300萬流動資金貸款已初審通過，年化3.6%，無需抵押，最快明天放款。\n"
    "按銀行風控要求，放款前需做一次還款能力驗資：請將15萬元轉入我司驗資專員個人帳戶，"
    "系統核驗流水後連同貸款一併退回貴司。\n"
    "驗資帳戶：馮志強 招商銀行 6214836612009876501\n"
    "今天17點前完成驗資，可以趕上本週的放款批次。"
)
add(T("advance_fee", "block",
      ["loan_fee_words", "personal_account", "first_time_payee", "urgency", "im_instruction",
       "evasion_traditional"],
      "A loan 'agent' promising an unsecured 3m working-capital loan wants 150k of 'capacity "
      "verification' money on his own card before disbursement, written in traditional characters.",
      payment(at=ts("12-01", "15:35"), rid="MY-PAY-261201-01", payer=PAYER,
              payee=payee("冯志强", "6214836612009876501", "招商银行乌鲁木齐分行", "personal"),
              amount=150000, purpose="验资", memo="贷款验资款（放款后退回）", channel="im",
              from_name="鼎盛普惠金融 馮經理", from_contact="wxid_d8s3fjq6pz0m2v", text=AF1_TEXT,
              urgent=True, requested_by=FIN_MGR, approved_by=[GM])))

# t024 hard negative: leaver's final pay to his own registered card
add(T(None, "allow", ["personal_account", "first_time_payee"],
      "Hard negative: Final pay for a spinner who left, to the salary card registered in his own "
      "name when he was hired.",
      pay_erp("12-02", "11:20", "MY-PAY-261202-01",
              payee("阿不力米提·吾守尔", "6228480618802236517", "中国农业银行阿克苏分行", "personal"),
              "7842.60", "工资", "离职结算工资（11月1日至26日）及未休年假补偿",
              "【金蝶付款申请】离职结算：细纱车间阿不力米提·吾守尔（工号E2417）11月26日办结离职；"
              "收款卡为本人入职时在人事系统登记的农行工资卡；离职结算单经车间主任、人事签字。",
              HR, [FIN_MGR], from_name="马晓燕")))

# t025 overpayment refund: screenshot only, refund to cashier's card, full-width digits
OR1_TEXT = (
    "刘经理，不好意思，我们出纳付款时把金额打错了，10吨纱应该是２５００００，她打成了２６５０００，多了１５０００。"
    "转账截图已经发你了，你看一下。多出来的麻烦退到我们出纳苏晓梅的卡上，公户走退款手续太慢，"
    "交行６２２２６００２１００１１４５７８９２，今天能退最好，谢谢！"
)
add(T("overpayment_refund", "block",
      ["refund_to_other_account", "overpayment", "refund_words", "fake_payment_proof",
       "personal_account", "first_time_payee", "urgency", "im_instruction", "evasion_fullwidth"],
      "A new garment buyer says its cashier overpaid by 15k (full-width digits in the chat), shows "
      "only a screenshot, and wants the excess sent to the cashier's personal card.",
      payment(at=ts("12-03", "17:15"), rid="MY-PAY-261203-01", payer=PAYER,
              payee=payee("苏晓梅", "6222600210011457892", "交通银行乌鲁木齐分行", "personal"),
              amount=15000, purpose="退款", memo="喀什锦程服装多付货款退回", channel="im",
              from_name="喀什锦程服装 唐总", from_contact="wxid_t2j7cq9w0e5lrx", text=OR1_TEXT,
              urgent=True, requested_by=SALES, approved_by=[SALES_MGR])))

# t026 hard negative: court enforcement account
add(T(None, "allow", ["authority_words", "first_time_payee"],
      "Hard negative: A court-ordered payment to the court's own enforcement account, exactly as "
      "named in the written enforcement notice.",
      pay_erp("12-04", "12:05", "MY-PAY-261204-01",
              payee("阿克苏市人民法院执行款专户", "65290201040008841", "中国农业银行阿克苏分行"),
              86420, "执行款", "（2026）新2901执1187号 履行判决款",
              "【金蝶付款申请】依据阿克苏市人民法院（2026）新2901民初3306号民事判决及（2026）新2901执1187号执行通知书，"
              "支付原包装材料供应商货款及利息86,420元至法院执行款专户；通知书载明逾期不履行将依法冻结、划拨被执行人存款。"
              "账户信息与执行通知书原件一致，法务已拨打法院公布的执行局电话核实。",
              ACCT, [FIN_MGR, GM])))

# t027 advance fee: 'guarantee service fee' to an unlicensed outsourcing firm
add(T("advance_fee", "flag",
      ["loan_fee_words", "fee_words", "first_time_payee", "email_instruction", "no_po_contract"],
      "A 'financial outsourcing' firm that is not a licensed guarantor wants a 42k guarantee fee up "
      "front for a bank loan it says it has lined up.",
      payment(at=ts("12-07", "16:40"), rid="MY-PAY-261207-01", payer=PAYER,
              payee=payee("新疆汇融通金融服务外包有限公司", "3002108909200516643",
                          "中国工商银行乌鲁木齐经济技术开发区支行"),
              amount=42000, purpose="服务费", memo="融资担保服务费（贷款300万元的1.4%）", channel="email",
              from_name="汇融通 客户经理 蒲晨", from_contact="puchen@hrt-jr.com",
              text="周经理好，贵司300万元设备更新贷款的材料已经报到合作银行，银行要求先出具担保函。"
                   "我司担保服务费按贷款额1.4%收取，共42000元，到账后3个工作日出函，出函后银行即可放款。"
                   "费用请转至我司对公账户，发票开咨询服务费。",
              urgent=False, requested_by=ACCT, approved_by=[FIN_MGR])))

# t028 fake salary: three workers' wages to one cousin's card, homophones
FS2_TEXT = (
    "马主任，我是细纱三班的吐尔洪，原来的维信号被盗了，现在用这个新号跟你说。"
    "我和艾山、库尔班三个人的银杭卡上个月在库车办事的时候都被冻住了，这个月工资麻烦一起打到我表哥买买提江的卡上，"
    "邮储6215340301009847251，我们回来自己分。发工资前一定帮忙改好，谢谢马主任。"
)
add(T("fake_salary", "block",
      ["payee_shared_by_employees", "payee_not_employee", "payroll_change", "personal_account",
       "first_time_payee", "im_instruction", "new_contact", "off_hours", "urgency",
       "evasion_homophone"],
      "A 'new WeChat' of a shift leader asks that three spinners' November wages all go to a "
      "cousin's card, with homophones for WeChat and bank card.",
      payment(at=ts("12-08", "21:40"), rid="MY-PAY-261208-01", payer=PAYER,
              payee=payee("买买提江·艾则孜", "6215340301009847251", "中国邮政储蓄银行库车市支行", "personal"),
              amount=14730, purpose="工资",
              memo="11月工资（吐尔洪·阿西木、艾山·热合曼、库尔班·买买提3人）", channel="im",
              from_name="细纱车间 吐尔洪", from_contact="wxid_k9t4rh2x7m0bqa", text=FS2_TEXT,
              urgent=True, requested_by=HR, approved_by=[FIN_MGR])))

# t029 routine payroll
add(T(None, "allow", [], "Routine: Monthly payroll through the bank's salary-disbursement account.",
      payroll("12-10", "18:10", "MY-PAY-261210-01", "11月", 409, 1962315)))

# t030 fake salary, structural only: wage re-issue to someone else's card
add(T("fake_salary", "block", ["payee_not_employee", "personal_account", "first_time_payee"],
      "Structural only: A 're-issued' November wage for one worker goes to a card held by someone "
      "else; the request text itself is ordinary.",
      pay_erp("12-11", "15:25", "MY-PAY-261211-01",
              payee("王建波", "6217000130018894276", "中国建设银行阿克苏分行", "personal"),
              6280, "工资", "11月工资补发 买买提·吐尔逊（工号E2356）",
              "【金蝶付款申请】工资补发：前纺车间买买提·吐尔逊（E2356）11月工资代发未成功，补发6,280元，收款信息见附件。",
              HR, [FIN_MGR], from_name="马晓燕")))

# t031 hard negative: new customer, large first order, prepaid and cleared
add(T(None, "allow", ["new_customer", "large_first_order"],
      "Hard negative: A newly opened weaving mill's large first order, fully prepaid from its own "
      "account and cleared, after a site visit by the sales team.",
      yarn_order("12-14", "11:15", "MY-SO-261214-01",
                 customer("喀什疏附天润织造有限公司", uscc("91653121MA7BK2N4P"), "韩立军", "0998-0000652",
                          "hanlj@tianrun-weave.cn", None, None),
                 C32, 50, 24200, "喀什地区疏附县广州工业城天润织造厂", "2026-12-22", "全款预付",
                 "新投产的织布厂，首单50吨C32S；121万元已于12月11日从其基本户汇入我司农行账户，银行已入账。"
                 "要求分两车送厂。我司销售12月9日已到厂看过设备和厂房。")))

# t032 account lending: pass money through the corporate account, emoji inside key words
AL1_TEXT = (
    "阿迪力老弟，上次说的那个事今天要办：我们有个投标保证金要公对公进，对方只认一般纳税人的企业户，"
    "想借你们公户走👉账一下。下午会有一笔86万从常熟一家贸易公司打到你们农行，你们收到后扣1.5万辛苦费，"
    "剩下84.5万当天转到伊宁顺和建材，名目写货款就行🙏 不会给你们添麻烦，之前好几家都这么过💰账的。"
)
add(T("account_lending", "block",
      ["account_lending_words", "in_out_match", "first_time_payee", "urgency", "im_instruction",
       "evasion_symbols"],
      "An acquaintance asks to push 860k through the mill's corporate account and forward 845k the "
      "same day to a building-materials trader for a 15k cut; emoji sit inside the key words.",
      payment(at=ts("12-15", "12:40"), rid="MY-PAY-261215-01", payer=PAYER,
              payee=payee("伊宁市顺和建材贸易有限公司", "1077002160384451209", "中国银行伊宁市分行"),
              amount=845000, purpose="代付款", memo="代付货款（收86万转付84.5万）", channel="im",
              from_name="吴总（朋友介绍）", from_contact="wxid_w8z3lh0c6d9ukp", text=AL1_TEXT,
              urgent=True, requested_by=SALES_MGR, approved_by=[FIN_MGR])))

# t033 hard negative: customer-specified raw material, customer prepayment cleared
add(T(None, "allow", ["designated_supplier", "sales_order_linked", "first_time_payee"],
      "Hard negative: Dyed fibre bought from the supplier on the established customer's approved "
      "list, after the customer's prepayment has cleared, under the mill's own purchase contract.",
      pay_erp("12-16", "15:10", "MY-PAY-261216-01",
              payee("绍兴越美色纤有限公司", "1211020109000462285", "中国工商银行绍兴越城支行",
                    vendor_id="V-MY07", phone="0575-0000912"),
              156000, "货款", "色棉采购6吨（常熟瑞锦色纺纱订单，客户指定原料）",
              "【金蝶付款申请】供应商：越美色纤；事由：常熟瑞锦色纺纱订单所需色棉6吨，为客户品牌方指定原料（客户合格供应商清单附后）；"
              "客户预付款46.8万元已于12月14日从其基本户到账（农行回单1214-387）；供应商已通过我司准入审核并建档，"
              "采购合同MY-CG-2026-021由我司采购部签订；账户已按其官网公布的座机回拨核实。",
              BUYER, [FIN_MGR, GM], "MY-CG-2026-021", inv("33", "my-dye-1216"), order_id="MY-XS-2612-0031",
              from_name="孙磊",
              verification={"callback_done": True, "callback_number": "0575-0000912",
                            "verified_by": BUYER, "verified_at": ts("12-15", "17:20")})))

# t034 overpayment refund variant: kickback 'difference' before funds clear
add(T("overpayment_refund", "block",
      ["refund_to_other_account", "refund_words", "fake_payment_proof", "personal_account",
       "first_time_payee", "secrecy_words", "urgency", "im_instruction"],
      "A buyer's purchasing agent shows a delayed-transfer SMS for an order that has not cleared "
      "and wants his 'price difference' sent at once to his own card, behind his company's back.",
      payment(at=ts("12-17", "17:50"), rid="MY-PAY-261217-01", payer=PAYER,
              payee=payee("邓海涛", "6226090212658830417", "招商银行乌鲁木齐分行", "personal"),
              amount=4374, purpose="退款", memo="返还客户采购差价", channel="im",
              from_name="乌鲁木齐恒远服饰 采购 邓海涛", from_contact="wxid_h1d6t9p3k2w8nz",
              text="刘经理，货款我们公司已经付了，银行短信截图你看下，上面写的延时到账、以实际入账为准，一般晚上就到。"
                   "按咱们说好的，单价多出来的那部分4374你先转我个人卡，招行6226090212658830417，我这边报销今天要交。"
                   "别走公账，公司那边不知道这个事。",
              urgent=True, requested_by=SALES, approved_by=[SALES_MGR])))

# t035 hard negative: established customer, Saturday e-mail, ship to its toll knitter
add(T(None, "allow", ["off_hours", "far_delivery"],
      "Hard negative: An established customer's Saturday e-mail from its usual address asks to ship "
      "to its toll knitter in Zhejiang, a site already on the list it gave in October.",
      yarn_order("12-19", "11:20", "MY-SO-261219-01", C_HENGWEI, C32, 24, 24300,
                 "浙江省海宁市许村镇锦达针织厂（恒纬针织委外加工厂）", "2026-12-28", "月结30天",
                 "黎咏仪周六发来邮件（公司邮箱）：这批纱直接发我们在海宁的委外加工厂锦达针织，收货人和电话见附件，"
                 "与10月给贵司的委外厂清单一致。")))
