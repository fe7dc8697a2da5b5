"""Tenant `tuoling`: 阿拉山口驼铃国际供应链有限公司, a cross-border logistics and trading company
at the Alashankou land port (Bortala, northern Xinjiang). It books China-Europe rail slots for
forwarders, imports Kazakh wheat flour and sunflower oil for sale in Xinjiang, and exports truck
tyres to Central Asia; its foreign-trade department corresponds in English. Everything here is
fictitious.
"""

from common import H, T, ZW, customer, inv, order, payee, payment, ts, uscc

TENANT = "tuoling"
COMPANY = "阿拉山口驼铃国际供应链有限公司"
PAYER = {"account_no": "10700219856630147", "account_name": COMPANY}

GM = "E3300"         # 祁振东 总经理
CFO = "E3301"        # 邵敏 财务总监
CASHIER = "E3302"    # 努尔古丽·艾买提 出纳
ACCT = "E3303"       # 曹文博 会计
FT_MGR = "E3310"     # 刘凯文 (Kevin Liu) 外贸部经理
FT_CLERK = "E3311"   # 阿依古丽·努尔兰 外贸专员
OPS_MGR = "E3320"    # 哈力木拉提·吾斯曼 操作部经理
HR = "E3330"         # 吴倩 人事
ADMIN = "E3340"      # 韩雪 行政

GM_DINGTALK = "qizhendong_tl"

# Vendor master ------------------------------------------------------------------------
V_YARD = payee("博州铁运场站服务有限公司", "6505014670002881325", "中国建设银行博尔塔拉分行",
               vendor_id="V-TL01", phone="0909-0000356")
V_TRUCK = payee("博乐市天马汽车运输有限公司", "30420101040031876", "中国农业银行博乐分行",
                vendor_id="V-TL02", phone="0909-0000471")
V_FLOUR = payee("阿尔腾达拉粮食有限责任合伙企业", "1000682304197755", "中国银行（哈萨克斯坦）阿拉木图分行",
                vendor_id="V-TL03", phone="0909-0000587")
V_WAREHOUSE = payee("阿拉山口综保区恒泰仓储有限公司", "3007021709200066418", "中国工商银行阿拉山口支行",
                    vendor_id="V-TL04", phone="0909-0000623")
V_CLOUD = payee("乌鲁木齐云栈网络科技有限公司", "9919042836107015", "招商银行乌鲁木齐分行",
                vendor_id="V-TL05", phone="0991-0000745")
V_PLATFORM = payee("亚欧通跨境贸易服务平台（新疆）有限公司", "512010100100332917", "兴业银行乌鲁木齐分行",
                   vendor_id="V-TL06", phone="0991-0000862")
V_PAYROLL = payee("中国银行阿拉山口支行代发工资内部户", "10700219856699021", "中国银行阿拉山口支行",
                  vendor_id="PAY-TL01")
V_TAX = payee("国家金库博尔塔拉蒙古自治州中心支库", "65270000231645508",
              "国家金库博尔塔拉蒙古自治州中心支库", vendor_id="TAX-TL01")
V_CUSTOMS = payee("国家金库阿拉山口市支库（海关税款）", "65270200019883306", "国家金库阿拉山口市支库",
                  vendor_id="TAX-TL02")

# Customer master ----------------------------------------------------------------------
C_HUITONG = customer("乌鲁木齐丝路汇通粮油商贸有限公司", uscc("91650104MA78UF3K6"), "贺志强",
                     "0991-0000318", "hezq@slht-grain.cn", None, "C-TL01")
C_JINCHENG = customer("西安陆港锦程供应链管理有限公司", uscc("91610132MA6X4R9C0"), "董佳",
                      "029-0000647", "dongjia@jincheng-scm.cn", None, "C-TL02")
C_NURLY = customer("Nurly Jol Trading LLP", None, "Daniyar Seitkali", None, "daniyar@nurlyjol.kz",
                   None, "C-TL03")
JIAHE_CODE = uscc("91653101MA7D3WQ18")
C_JIAHE_NEW = customer("喀什佳禾粮油商贸有限公司", JIAHE_CODE, "艾克拜尔·吐尔逊", "18100002764", None,
                       "wxid_k4b8e2r6y0t3lq", None)
C_JIAHE = dict(C_JIAHE_NEW, customer_id="C-TL04")

FLOUR = "哈萨克斯坦一级小麦粉（25kg/袋）"
OIL = "葵花籽油（5L×4桶/箱）"
SLOT = "中欧班列整柜代理（阿拉山口—马拉舍维奇，40HQ）"
TYRE = "载重汽车轮胎 11R22.5"

ADDR_HUITONG = "乌鲁木齐市头屯河区粮油批发市场汇通仓"
ADDR_JINCHENG = "阿拉山口铁路口岸集装箱中心站（出境）"
ADDR_NURLY = "Almaty, Kazakhstan - Nurly Jol warehouse, Ryskulov Ave 112"


def erp(payee_short, reason, contract=None, invoice=None, extra=""):
    parts = [f"收款方 {payee_short}", f"用途 {reason}"]
    if contract:
        parts.append(f"合同 {contract}")
    if invoice:
        parts.append(f"发票 {invoice}")
    return "SAP付款建议：" + "；".join(parts) + "。" + extra


def pay_erp(day, hm, rid, pe, amount, purpose, memo, text, req, appr, contract=None, invoice=None,
            changed_at=None, verification=None, urgent=False, order_id=None, from_name="曹文博"):
    return payment(at=ts(day, hm), rid=rid, payer=PAYER, payee=pe, amount=amount, purpose=purpose,
                   memo=memo, channel="erp", from_name=from_name, from_contact=None, text=text,
                   urgent=urgent, requested_by=req, approved_by=appr, order_id=order_id,
                   contract_id=contract, invoice_no=invoice, changed_at=changed_at,
                   verification=verification)


def vendor_pay(day, hm, rid, pe, short, amount, purpose, memo, contract, invoice=None,
               appr=(CFO,), req=ACCT, from_name="曹文博"):
    invoice = invoice or inv("65", f"tl-{rid}")
    return pay_erp(day, hm, rid, pe, amount, purpose, memo, erp(short, memo, contract, invoice),
                   req, list(appr), contract, invoice, from_name=from_name)


def flour_pay(day, hm, rid, tons, price, ref):
    memo = f"面粉进口货款（{tons}吨）"
    return pay_erp(day, hm, rid, V_FLOUR, tons * price, "货款", memo,
                   erp("阿尔腾达拉粮食", memo, "TL-JK-2026-001", ref, "已附铁路运单及报关单。"),
                   ACCT, [CFO, GM], "TL-JK-2026-001", ref)


def payroll(day, hm, rid, month, heads, amount):
    memo = f"{month}工资代发（{heads}人）"
    text = f"SAP付款建议：{month}工资代发，{heads}人，工资表由人事制表、财务总监复核后提交中行代发。"
    return pay_erp(day, hm, rid, V_PAYROLL, amount, "工资", memo, text, ACCT, [CFO, GM])


# ======================================================================================
# History: September - October 2026
# ======================================================================================

YARD_OCT_INVOICE = inv("65", "tl-yard-1009")

HISTORY = [
    H("Rail-yard handling fees to the regular yard operator.",
      vendor_pay("09-01", "11:35", "TL-AP-260901-01", V_YARD, "博州铁运场站", 68450, "场站费",
                 "场站吊装及堆存费（8月下旬）", "TL-FW-2026-004")),
    H("China-Europe container booking from the established Xi'an forwarder.",
      order(at=ts("09-02", "15:10"), rid="TL-BK-260902-01", cust=C_JINCHENG,
            items=[(SLOT, 6, "柜", 31800)], channel="email", address=ADDR_JINCHENG,
            deadline="2026-09-09", terms="订舱后7日内付清", notes="9月第二周班列，6个40HQ，货物为汽车配件。")),
    H("Short-haul trucking to the regular carrier.",
      vendor_pay("09-03", "16:45", "TL-AP-260903-01", V_TRUCK, "天马运输", 84600, "运费",
                 "综保区至铁路场站短驳运费（8月）", "TL-WL-2026-002")),
    H("Import payment to the regular Kazakh flour supplier.",
      flour_pay("09-07", "12:20", "TL-AP-260907-01", 260, 2480, "ADG-2026-0871")),
    H("Flour order from the established Urumqi grain-and-oil wholesaler.",
      order(at=ts("09-08", "14:30"), rid="TL-BK-260908-01", cust=C_HUITONG,
            items=[(FLOUR, 200, "吨", 3150)], channel="email", address=ADDR_HUITONG,
            deadline="2026-09-15", terms="款到发货", notes="9月常规补货，货款已汇。")),
    H("Bonded-warehouse storage fees to the regular warehouse.",
      vendor_pay("09-09", "17:10", "TL-AP-260909-01", V_WAREHOUSE, "恒泰仓储", 42380, "仓储费",
                 "综保区仓储及装卸费（8月）", "TL-CC-2026-001")),
    H("Monthly payroll through the bank's salary-disbursement account.",
      payroll("09-10", "18:40", "TL-AP-260910-01", "8月", 96, 712460)),
    H("Quarterly cloud server and mailbox fees to the company's hosting provider and registrar.",
      vendor_pay("09-11", "11:05", "TL-AP-260911-01", V_CLOUD, "云栈网络", 6840, "服务费",
                 "云服务器及企业邮箱季度费（7-9月）", "TL-IT-2026-001", req=ADMIN, from_name="韩雪")),
    H("Tyre export order from the established Almaty customer (English e-mail).",
      order(at=ts("09-14", "16:20"), rid="TL-BK-260914-01", cust=C_NURLY,
            items=[(TYRE, 600, "条", 1280)], channel="email", address=ADDR_NURLY,
            deadline="2026-09-30", terms="30% deposit, 70% before loading (T/T)",
            notes="Daniyar: please confirm loading date for 600 pcs 11R22.5, deposit sent today from our usual account.")),
    H("Monthly VAT through the tax-bank agreement.",
      pay_erp("09-15", "10:45", "TL-AP-260915-01", V_TAX, "126390.40", "税款", "8月增值税及附加税费",
              "SAP付款建议：8月增值税及附加税费，税库银三方协议由电子税务局发起扣款。", ACCT, [CFO])),
    H("Rail-yard handling fees to the regular yard operator.",
      vendor_pay("09-16", "12:55", "TL-AP-260916-01", V_YARD, "博州铁运场站", 71230, "场站费",
                 "场站吊装及堆存费（9月上旬）", "TL-FW-2026-004")),
    H("Annual membership on the cross-border B2B platform.",
      vendor_pay("09-17", "15:35", "TL-AP-260917-01", V_PLATFORM, "亚欧通跨境平台", 19800, "会员费",
                 "平台年度高级会员费（2026-2027）", "TL-SC-2026-003", req=FT_MGR, appr=(CFO,),
                 from_name="刘凯文")),
    H("Import VAT on flour paid to the customs treasury account.",
      pay_erp("09-21", "11:25", "TL-AP-260921-01", V_CUSTOMS, 58030, "税款", "进口面粉增值税（海关专用缴款书）",
              "SAP付款建议：海关专用缴款书进口增值税，填发日期9月15日，按缴款书载明的国库账户缴纳。", ACCT, [CFO])),
    H("Import payment to the regular Kazakh flour supplier.",
      flour_pay("09-24", "12:10", "TL-AP-260924-01", 240, 2470, "ADG-2026-0912")),
    H("Flour order from the established Urumqi grain-and-oil wholesaler.",
      order(at=ts("09-29", "15:50"), rid="TL-BK-260929-01", cust=C_HUITONG,
            items=[(FLOUR, 180, "吨", 3160)], channel="email", address=ADDR_HUITONG,
            deadline="2026-10-12", terms="款到发货", notes="节前备货，节后第一周送到即可。")),
    H("Rail-yard handling fees to the regular yard operator.",
      vendor_pay("10-09", "11:45", "TL-AP-261009-01", V_YARD, "博州铁运场站", 66980, "场站费",
                 "场站吊装及堆存费（9月下旬）", "TL-FW-2026-004", invoice=YARD_OCT_INVOICE)),
    H("Monthly payroll through the bank's salary-disbursement account.",
      payroll("10-12", "18:15", "TL-AP-261012-01", "9月", 97, 718925)),
    H("Small first flour order from a new Kashgar trader, prepaid.",
      order(at=ts("10-13", "12:35"), rid="TL-BK-261013-01", cust=C_JIAHE_NEW,
            items=[(FLOUR, 10, "吨", 3200)], channel="im", address="喀什市英吾斯坦乡佳禾粮油仓库",
            deadline="2026-10-20", terms="款到发货", notes="首次合作，先拿10吨试销，货款已到账。")),
    H("Bonded-warehouse storage fees to the regular warehouse.",
      vendor_pay("10-14", "16:05", "TL-AP-261014-01", V_WAREHOUSE, "恒泰仓储", 44150, "仓储费",
                 "综保区仓储及装卸费（9月）", "TL-CC-2026-001")),
    H("China-Europe container booking from the established Xi'an forwarder.",
      order(at=ts("10-16", "11:20"), rid="TL-BK-261016-01", cust=C_JINCHENG,
            items=[(SLOT, 8, "柜", 31800)], channel="email", address=ADDR_JINCHENG,
            deadline="2026-10-23", terms="订舱后7日内付清", notes="10月第四周班列，8个40HQ，货物为小家电。")),
    H("Import payment to the regular Kazakh flour supplier.",
      flour_pay("10-19", "15:15", "TL-AP-261019-01", 250, 2460, "ADG-2026-0978")),
    H("Tyre export order from the established Almaty customer (English e-mail).",
      order(at=ts("10-22", "16:40"), rid="TL-BK-261022-01", cust=C_NURLY,
            items=[(TYRE, 800, "条", 1275)], channel="email", address=ADDR_NURLY,
            deadline="2026-11-05", terms="30% deposit, 70% before loading (T/T)",
            notes="Daniyar: 800 pcs for the winter season, same specs as September, deposit remitted.")),
    H("Second small flour order from the Kashgar trader, prepaid.",
      order(at=ts("10-27", "12:25"), rid="TL-BK-261027-01", cust=C_JIAHE,
            items=[(FLOUR, 15, "吨", 3200)], channel="im", address="喀什市英吾斯坦乡佳禾粮油仓库",
            deadline="2026-11-03", terms="款到发货", notes="上批卖得不错，再补15吨，款已转。")),
    H("Short-haul trucking to the regular carrier.",
      vendor_pay("10-28", "17:20", "TL-AP-261028-01", V_TRUCK, "天马运输", 81750, "运费",
                 "综保区至铁路场站短驳运费（9月）", "TL-WL-2026-002")),
    H("Keyword-advertising top-up on the cross-border B2B platform.",
      vendor_pay("10-29", "11:10", "TL-AP-261029-01", V_PLATFORM, "亚欧通跨境平台", 10000, "推广费",
                 "店铺关键词推广账户充值", "TL-SC-2026-003", req=FT_MGR, from_name="刘凯文")),
]

# ======================================================================================
# Test lines: November - December 2026
# ======================================================================================

TESTS = []
add = TESTS.append

# t001 routine
add(T(None, "allow", [], "Routine: Rail-yard handling fees to the regular yard operator.",
      vendor_pay("11-02", "12:10", "TL-AP-261102-01", V_YARD, "博州铁运场站", 73560, "场站费",
                 "场站吊装及堆存费（10月下旬）", "TL-FW-2026-004")))

# t002 routine
add(T(None, "allow", [], "Routine: Import payment to the regular Kazakh flour supplier.",
      flour_pay("11-03", "11:05", "TL-AP-261103-01", 255, 2450, "ADG-2026-1019")))

# t003 boss impersonation, English, look-alike domain, confidential acquisition
BI3_TEXT = (
    "Kevin,\n"
    "I'm in Astana finalising a confidential agreement to take a minority stake in a rail terminal "
    "operator. Our adviser needs the escrow funded today so that signing can go ahead tomorrow morning.\n"
    "Please arrange CNY 1,460,000 to the account below before the bank cut-off:\n"
    "Beneficiary: Sino-Steppe Advisory Limited\n"
    "Bank: Harbourline Bank (Hong Kong) Limited\n"
    "Account: 8123365002417790\n"
    "This must stay strictly between the two of us until the announcement, so please don't copy Shao Min "
    "or anyone else in finance. I'm in back-to-back meetings with the other side and can't take calls; "
    "reply by email only. I will sign the OA paperwork when I'm back next week.\n"
    "Qi"
)
add(T("boss_impersonation", "flag",
      ["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "cannot_call",
       "bypass_process", "urgency", "first_time_payee", "no_approval", "unusual_bank_region",
       "large_vs_usual"],
      "An English e-mail from a look-alike of the GM's domain asks the foreign-trade manager to fund "
      "a 'confidential acquisition' escrow in Hong Kong today, keeping finance out and approvals for later.",
      payment(at=ts("11-03", "16:20"), rid="TL-AP-261103-02", payer=PAYER,
              payee=payee("Sino-Steppe Advisory Limited", "8123365002417790",
                          "Harbourline Bank (Hong Kong) Limited"),
              amount=1460000, purpose="投资款", memo="Project Steppe escrow (confidential)",
              channel="email", from_name="Qi Zhendong", from_contact="qizd@tuolinq-scm.com",
              text=BI3_TEXT, urgent=True, requested_by=FT_MGR, approved_by=[])))

# t004 hard negative: government canteen order via the e-procurement mall
add(T(None, "allow", ["institution_claim", "new_customer", "credit_terms_requested"],
      "Hard negative: A municipal canteen's order placed through the government e-procurement mall, "
      "paid by the treasury after acceptance and checked on the number the city publishes.",
      order(at=ts("11-04", "11:45"), rid="TL-BK-261104-01",
            cust=customer("阿拉山口市机关事务服务中心", uscc("12652702458732091"), "阿力木江·热合曼",
                          "0909-0000118", "cg@alskjgsw.cn", None, None),
            items=[(FLOUR, 12, "吨", 3180), (OIL, 150, "箱", 215)], channel="other",
            address="阿拉山口市机关食堂库房", deadline="2026-11-13",
            terms="验收合格后15个工作日内由财政国库集中支付",
            notes="政府采购云平台电子卖场订单（订单号ZCY-6527-2611-00482，合同号ALSK-ZC-2026-1107），"
                  "按平台合同条款执行，不涉及任何费用；销售已拨打市政府门户网站公布的机关事务服务中心电话核实订单。")))

# t005 account change, English, look-alike supplier domain, HK affiliate
AC3_TEXT = (
    "Dear Ms Shao,\n"
    "Please note that with effect from this month our CNY collection account with Bank of China "
    "(Kazakhstan), Almaty branch, is suspended while the bank completes its annual compliance review "
    "of our company. Kindly do not remit to the old account, as incoming funds will be returned with charges.\n"
    "All payments should now be sent to our affiliated trading company in Hong Kong:\n"
    "Beneficiary: Altyn Dala Trading (HK) Limited\n"
    "Bank: Pacific Crest Bank (Hong Kong) Limited\n"
    "Account No.: 5726011930048862\n"
    "Invoice ADG-2026-1047 (260 MT wheat flour) is due this week; we would appreciate payment by Friday "
    "so that the next train can be loaded on time.\n"
    "Best regards,\n"
    "Aliya Bekova\n"
    "Export Department, Altyn Dala Grain LLP"
)
add(T("account_change", "block",
      ["account_changed_recent", "first_time_payee", "payee_name_mismatch", "unusual_bank_region",
       "lookalike_domain", "email_instruction", "account_change_words", "urgency"],
      "A look-alike of the Kazakh flour supplier's domain moves payments to a Hong Kong 'affiliate'; "
      "the vendor master was changed the day before and the first payment follows with no call-back.",
      payment(at=ts("11-05", "15:30"), rid="TL-AP-261105-01", payer=PAYER,
              payee=payee("Altyn Dala Trading (HK) Limited", "5726011930048862",
                          "Pacific Crest Bank (Hong Kong) Limited", vendor_id="V-TL03",
                          phone="0909-0000587"),
              amount=260 * 2450, purpose="货款", memo="面粉进口货款（260吨，ADG-2026-1047）",
              channel="email", from_name="Aliya Bekova", from_contact="export@altyndala-graln.kz",
              text=AC3_TEXT, urgent=True, requested_by=ACCT, approved_by=[CFO],
              contract_id="TL-JK-2026-001", invoice_no="ADG-2026-1047",
              changed_at=ts("11-04", "16:25"))))

# t006 routine order
add(T(None, "allow", [], "Routine: Flour order from the established Urumqi grain-and-oil wholesaler.",
      order(at=ts("11-06", "10:40"), rid="TL-BK-261106-01", cust=C_HUITONG,
            items=[(FLOUR, 220, "吨", 3140)], channel="email", address=ADDR_HUITONG,
            deadline="2026-11-14", terms="款到发货", notes="11月上旬补货220吨，货款今天上午已汇出。")))

# t007 fake order: 'border unit' buyer wants a meeting app and screen sharing, zero-width chars
FO3_NOTES = (
    "秦干事来电订货，价格没细问，要求后天之前送到营区。说单位付款要走“军地结算通”平台，"
    "让我们业务员在手机上📲下载“银企会议”APP，进会后打开屏" + ZW + "幕" + ZW + "共" + ZW + "享，"
    "由他们财务一步步指导“开通收款权限”，顺便核对一下我们的收款码，说这样货款当场就能到账。"
)
add(T("fake_order", "flag",
      ["new_customer", "institution_claim", "remote_control", "contact_im_only", "urgency",
       "evasion_symbols"],
      "A caller claiming to be a border unit's quartermaster orders oil and flour and wants the "
      "salesman to install a 'meeting' app and share his screen to 'activate collection'; "
      "zero-width characters split the key phrase.",
      order(at=ts("11-09", "14:05"), rid="TL-BK-261109-01",
            cust=customer("阿拉山口边境检查站后勤保障科", None, "秦干事", "15700002239", None,
                          "wxid_p6q1k8s3v9a2md", None),
            items=[(OIL, 300, "箱", 212), (FLOUR, 20, "吨", 3180)], channel="phone",
            address="阿拉山口边检站营区库房（电话通知后送货）", deadline="2026-11-11",
            terms="货到后由单位结算平台付款", notes=FO3_NOTES)))

# t008 hard negative: factoring, payee is the factor under a three-party notice
add(T(None, "allow", ["payee_name_mismatch", "first_time_payee", "account_change_words"],
      "Hard negative: The trucking firm's receivables were factored; payment goes to the factor "
      "under a signed three-party notice, confirmed by a call to the trucker's number on file.",
      pay_erp("11-10", "11:15", "TL-AP-261110-01",
              payee("新疆天山汇金商业保理有限公司", "1507040409000291834", "中国工商银行乌鲁木齐天山支行",
                    vendor_id="V-TL07", phone="0991-0000437"),
              83400, "运费", "天马运输10月短驳运费（应收账款已转让，付保理商）",
              "SAP付款建议：收款方 天山汇金商业保理（代天马运输收款）；依据天马运输、保理商与我司三方签署的"
              "《应收账款债权转让三方确认书》（编号HJBL-2026-0931，原件存档），自10月起该笔运费改付保理商；"
              "11月6日曹文博拨打供应商档案电话0909-0000471与天马运输财务核实无误；发票开票方为天马运输。",
              ACCT, [CFO], "TL-WL-2026-002", inv("65", "tl-truck-oct"),
              verification={"callback_done": True, "callback_number": "0909-0000471",
                            "verified_by": ACCT, "verified_at": ts("11-06", "16:30")})))

# t009 authority impersonation: 'enterprise tax office' SMS, penalty to a person
AI2_TEXT = (
    "【企税办】阿拉山口驼铃国际供应链有限公司：经系统核查，贵司2025年度企业年报至今未公示，已被纳入经营异常预警名单。"
    "请于11月13日17时前联系年报专员林晓峰（19800004471）补报，并缴纳逾期处罚金2680元，"
    "逾期将列入严重违法失信名单并冻结对公账户。回T退订"
)
add(T("authority_impersonation", "flag",
      ["authority_words", "fee_words", "personal_account", "first_time_payee", "urgency",
       "no_po_contract"],
      "An SMS from a so-called 'enterprise tax office' threatens blacklisting over an overdue annual "
      "report and asks for a 2,680 'late penalty' to a named person's card.",
      payment(at=ts("11-11", "16:40"), rid="TL-AP-261111-01", payer=PAYER,
              payee=payee("林晓峰", "6217856100043318290", "中国银行成都高新支行", "personal"),
              amount=2680, purpose="罚款", memo="企业年报逾期处罚金", channel="sms", from_name="企税办",
              from_contact="19800004471", text=AI2_TEXT, urgent=True, requested_by=ADMIN,
              approved_by=[CFO])))

# t010 routine
add(T(None, "allow", [], "Routine: Bonded-warehouse storage fees to the regular warehouse.",
      vendor_pay("11-12", "12:30", "TL-AP-261112-01", V_WAREHOUSE, "恒泰仓储", 45620, "仓储费",
                 "综保区仓储及装卸费（10月）", "TL-CC-2026-001")))

# t011 fake purchaser, English: look-alike of the Almaty customer
add(T("fake_purchaser", "flag",
      ["new_customer", "lookalike_company", "contact_mismatch", "large_first_order",
       "credit_terms_requested", "far_delivery", "urgency"],
      "A buyer spelled one letter off the established Almaty tyre customer, writing from a new "
      "domain, orders about four times the usual volume on 60-day credit for delivery to a third "
      "party in Bishkek.",
      order(at=ts("11-13", "17:50"), rid="TL-BK-261113-01",
            cust=customer("Nurly Zhol Trading LLP", None, "Daniyar Seitkali", None,
                          "d.seitkali@nurlyjol-trade.kz", None, None),
            items=[(TYRE, 2400, "条", 1320)], channel="email",
            address="Bishkek, Kyrgyzstan - Dordoi logistics terminal, bay 14 (consignee: Ala-Too Cargo)",
            deadline="2026-11-25", terms="Net 60 days after delivery",
            notes="Dear Kevin, this is Daniyar. We have won a large fleet tender and need 2,400 pcs "
                  "11R22.5 urgently. Please ship to our partner's terminal in Bishkek this time, "
                  "consignee Ala-Too Cargo. Given our long cooperation we would ask for 60 days' credit "
                  "after delivery instead of the usual deposit. Your last price is fine, no need to "
                  "resend specs. Please use this new address for all correspondence; our old mailbox "
                  "has problems.")))

# t012 hard negative: advertising top-up to the platform operator in the vendor master
add(T(None, "allow", ["topup_words"],
      "Hard negative: Advertising top-up on the company's cross-border B2B platform account, paid to "
      "the platform operator already in the vendor master and invoiced by it.",
      pay_erp("11-16", "10:55", "TL-AP-261116-01", V_PLATFORM, 20000, "推广费",
              "店铺关键词推广账户充值（12月展会季）",
              erp("亚欧通跨境平台", "店铺关键词推广账户充值2万元", "TL-SC-2026-003",
                  inv("65", "tl-platform-1116"),
                  "平台后台充值订单号YOT-CZ-26111602，平台开具增值税专用发票。"),
              FT_MGR, [CFO], "TL-SC-2026-003", inv("65", "tl-platform-1116"), from_name="刘凯文")))

# t013 account change by WeChat to the owner's personal card (vendor master unchanged)
add(T("account_change", "flag",
      ["personal_account", "first_time_payee", "payee_name_mismatch", "account_change_words",
       "personal_account_pretext", "im_instruction", "new_contact", "urgency"],
      "A 'new WeChat' of the bonded warehouse's bookkeeper says the company account is restricted "
      "and asks for this bill to go to the owner's personal card.",
      payment(at=ts("11-17", "17:20"), rid="TL-AP-261117-01", payer=PAYER,
              payee=payee("罗振华", "6236682920004417635", "中国建设银行博乐分行", "personal"),
              amount=46300, purpose="仓储费", memo="综保区仓储及装卸费（11月1日至15日）", channel="im",
              from_name="恒泰仓储 财务小罗", from_contact="wxid_l0r7x4c2n8f5gh",
              text="曹会计你好，我是恒泰仓储财务小罗，这是我新微信。我们公司对公户年底被银行风控限制收款了，"
                   "解除要走一段时间，11月上半月的仓储费46300麻烦先打到我们罗总个人卡上，建行6236682920004417635，"
                   "户名罗振华，发票照常开。旧账户先别打，打了会被退回来。",
              urgent=True, requested_by=ACCT, approved_by=[CFO])))

# t014 hard negative: real GM on DingTalk, known payee, approvals complete
add(T(None, "allow", ["im_instruction", "boss_role", "urgency"],
      "Hard negative: The real GM on DingTalk asks for the rail yard's bill to be settled today so "
      "extra trains get wagons; known payee, ERP approvals complete.",
      payment(at=ts("11-18", "11:30"), rid="TL-AP-261118-01", payer=PAYER, payee=V_YARD,
              amount=88240, purpose="场站费", memo="场站吊装及堆存费（11月上旬，含加开班列）",
              channel="im", from_name="祁振东", from_contact=GM_DINGTALK,
              text="祁振东（钉钉）：邵敏，场站说这周加开的两列要先把上旬的吊装费结清才给排车皮，"
                   "金额88240，已经对过账了，今天下班前付掉，OA我刚批完。",
              urgent=True, requested_by=ACCT, approved_by=[CFO, GM], contract_id="TL-FW-2026-004",
              invoice_no=inv("65", "tl-yard-1118"))))

# t015 contract fraud: brokerage fee for guaranteed train slots to a third company
add(T("contract_fraud", "flag",
      ["middleman_fee", "payee_name_mismatch", "first_time_payee", "fee_words", "im_instruction",
       "no_po_contract"],
      "A middleman promises guaranteed China-Europe train slots if a 180k 'brokerage fee' goes to a "
      "friend's consultancy rather than to the operator that would sign the contract.",
      payment(at=ts("11-19", "15:10"), rid="TL-AP-261119-01", payer=PAYER,
              payee=payee("博乐市通达商务信息咨询有限公司", "30420101040098811", "中国农业银行博乐分行"),
              amount=180000, purpose="服务费", memo="2027年一季度班列舱位指标居间服务费", channel="im",
              from_name="杜总（中间人）", from_contact="wxid_d3u9z5b1t7e0yk",
              text="哈经理，指标的事我已经跟平台公司那边的领导打过招呼了，明年一季度每周给你们两列的舱位，"
                   "现在多少家货代排队都拿不到。合同你们照常跟平台公司签，居间服务费18万走我朋友的咨询公司，"
                   "开咨询费发票。钱到了我这边马上安排，拿不到舱位全退。",
              urgent=False, requested_by=OPS_MGR, approved_by=[CFO])))

# t016 hard negative: owner-driver paid on his own card
add(T(None, "allow", ["personal_account", "first_time_payee"],
      "Hard negative: Freight for four short hauls paid to an owner-driver's own card, matching his "
      "ID and the signed waybills.",
      pay_erp("11-20", "11:20", "TL-AP-261120-01",
              payee("巴合提别克·努尔兰", "6228480869001127453", "中国农业银行博乐分行", "personal",
                    phone="15200003617"),
              9600, "运费", "个体司机短驳运费（11月13日至18日，4趟）",
              "SAP付款建议：临时雇用个体货车司机巴合提别克·努尔兰（车牌新E·3Q825）短驳4趟（综保区至铁路场站），"
              "运单TD-1113至TD-1118已由操作部签收；收款卡户名与司机身份证、行驶证一致。",
              OPS_MGR, [CFO], from_name="哈力木拉提·吾斯曼")))

# t017 boss impersonation: DingTalk group, balance probe, full-width pinyin initials and digits
BI4_TEXT = (
    "【驼铃经营管理群】（钉钉，今日15:52创建）\n"
    "祁振东：@邵敏 基本户和一般户现在可用余额分别多少？截图发上来我看下。\n"
    "邵敏：[图片]\n"
    "祁振东：好。连云港那个海铁联运项目今天要交合作ｂｚｊ３８万，对方下班前必须收到，努尔古丽你按下面账户先转过去。\n"
    "祁振东：我在海关开协调会，电话接不了，有事打字。合同和审批单我晚上回来补签。\n"
    "户名：连云港港汇国际物流有限公司\n"
    "开户行：工行连云港分行\n"
    "账号：３２０１０２３４０９２００５５７１８６"
)
add(T("boss_impersonation", "block",
      ["im_instruction", "new_contact", "boss_role", "balance_probe", "deposit_words", "urgency",
       "cannot_call", "bypass_process", "first_time_payee", "no_approval", "evasion_fullwidth",
       "evasion_pinyin"],
      "In a DingTalk group created an hour earlier, a fake GM asks for balance screenshots, then for "
      "a 380k 'cooperation deposit' to a first-time payee, typed as full-width pinyin initials and digits.",
      payment(at=ts("11-23", "16:45"), rid="TL-AP-261123-01", payer=PAYER,
              payee=payee("连云港港汇国际物流有限公司", "3201023409200557186", "中国工商银行连云港分行"),
              amount=380000, purpose="保证金", memo="海铁联运项目合作保证金", channel="im",
              from_name="祁振东", from_contact="dt_qzd_2026a", text=BI4_TEXT, urgent=True,
              requested_by=CASHIER, approved_by=[])))

# t018 hard negative: customs import VAT on its due date
add(T(None, "allow", ["urgency", "authority_words"],
      "Hard negative: Import VAT paid to the customs treasury account on the last day before the "
      "late-payment surcharge, exactly as on the customs payment notice.",
      pay_erp("11-24", "12:05", "TL-AP-261124-01", V_CUSTOMS, "61275.40", "税款",
              "进口面粉增值税（海关专用缴款书，今日到期）",
              "SAP付款建议：海关专用缴款书（进口增值税），填发日期11月10日，缴款期限11月24日，今天是最后一天，"
              "逾期按日加收万分之五滞纳金；收款国库与缴款书载明的一致。",
              ACCT, [CFO], urgent=True)))

# t019 fake salary: driver's wage card 'changed' by free mail, full-width digits
FS4_TEXT = (
    "吴姐您好：\n"
    "我是车队的叶尔兰，原来那张农行工资卡前几天丢了，已经挂失，补卡要回户籍地办，一时回不去。"
    "这个月的趟次工资麻烦打到我新办的工行卡：６２１２ ２６２１ ０２０１ ８８４５ ７３０，开户行工行南宁琅东支行，户名叶尔兰·木拉提。\n"
    "我这几天在霍尔果斯那边压车，信号很差，电话经常打不通，有事回邮件就行。谢谢！"
)
add(T("fake_salary", "flag",
      ["payroll_change", "email_instruction", "free_mail", "first_time_payee", "personal_account",
       "unusual_bank_region", "cannot_call", "evasion_fullwidth"],
      "A free-mail message in a driver's name moves his trip wages to a new card opened in Nanning "
      "and says he cannot be phoned; the card number is in full-width digits.",
      payment(at=ts("11-25", "10:35"), rid="TL-AP-261125-01", payer=PAYER,
              payee=payee("叶尔兰·木拉提", "6212262102018845730", "中国工商银行南宁琅东支行", "personal"),
              amount=8460, purpose="工资", memo="驾驶员11月趟次工资 叶尔兰·木拉提", channel="email",
              from_name="叶尔兰·木拉提", from_contact="yeerlan_ml@qq.com", text=FS4_TEXT,
              urgent=False, requested_by=HR, approved_by=[CFO])))

# t020 hard negative: established customer moves delivery, confirmed by phone (English)
add(T(None, "allow", ["far_delivery"],
      "Hard negative: The established Kazakh customer, from its usual address, moves delivery to its "
      "new bonded warehouse at Khorgos; deposit received and the change confirmed on its known number.",
      order(at=ts("11-26", "15:55"), rid="TL-BK-261126-01", cust=C_NURLY,
            items=[(TYRE, 700, "条", 1280)], channel="email",
            address="Khorgos, Kazakhstan - Nurly Jol bonded warehouse, Dry Port zone, block C",
            deadline="2026-12-08", terms="30% deposit, 70% before loading (T/T)",
            notes="Daniyar: From this order please deliver to our new bonded warehouse at the Khorgos dry "
                  "port; the Almaty warehouse closes for the winter. The 30% deposit was sent today from our "
                  "usual account. / Sales: new address confirmed with Daniyar on his known number before booking.")))

# t021 authority impersonation: 'central bank' QQ, national supervised account, dotted characters
AI3_TEXT = (
    "驼铃国际财务负责人：\n"
    "根据人民银行对公账户年度检查安排，贵司一般户在本年度核查中发现多笔来源不明的跨境资金往来，需配合开展资金核查。"
    "请于今日15时前将该账户可用资金全部划转至国.家.监.管.账.户，核.查无误后3个工作日内原路退回。\n"
    "核查期间请勿向他人透露核查事项，以免影响结果，否则账户将被依法冻结。\n"
    "账户管理科 高科长"
)
add(T("authority_impersonation", "block",
      ["authority_words", "safe_account_words", "secrecy_words", "urgency", "first_time_payee",
       "no_approval", "im_instruction", "evasion_spacing"],
      "A QQ contact posing as the central bank's account section says the annual check found "
      "suspicious flows and orders the whole balance moved to a 'national supervised account', with "
      "dots between the characters.",
      payment(at=ts("11-27", "11:10"), rid="TL-AP-261127-01", payer=PAYER,
              payee=payee("中清核算（深圳）信息技术有限公司", "4000021709200884713", "中国工商银行深圳福田支行"),
              amount=2350000, purpose="往来款", memo="账户年检资金核查", channel="im",
              from_name="人民银行博州中心支行 账户管理科 高科长", from_contact="QQ 2938840157",
              text=AI3_TEXT, urgent=True, requested_by=CASHIER, approved_by=[])))

# t022 hard negative: renewal from the company's real registrar
add(T(None, "allow", ["renewal_bill"],
      "Hard negative: Domain and certificate renewal billed by the company's actual registrar, "
      "already in the vendor master.",
      pay_erp("11-30", "12:40", "TL-AP-261130-01", V_CLOUD, 1260, "服务费",
              "域名tuoling-scm.com续费三年及SSL证书（到期日12月8日）",
              erp("云栈网络（我司域名注册商及云服务商）", "域名续费三年及SSL证书", "TL-IT-2026-001",
                  inv("65", "tl-cloud-1130"), "续费通知来自云栈管理后台，域名12月8日到期。"),
              ADMIN, [CFO], "TL-IT-2026-001", inv("65", "tl-cloud-1130"), from_name="韩雪")))

# t023 fake invoice, English: 'someone is registering your brand in Asia'
FI3_TEXT = (
    "Dear CEO,\n"
    "We are an internet registration and dispute-resolution body in Asia. On 30 November we received an "
    "application from \"Tuoling Holdings Co., Ltd\" to register \"tuoling\" as an internet keyword and the "
    "domains tuoling.asia, tuoling.hk and tuoling.cn.com.\n"
    "As these names may infringe your company's brand, we have suspended the application for 5 working "
    "days. If your company does not respond within this period, the application will be approved automatically.\n"
    "To protect your brand you may register these names yourself. Fee for a 3-year term: CNY 6,980. "
    "Please confirm and remit to the account below so that we can complete the reservation.\n"
    "Registration Audit Department"
)
add(T("fake_invoice", "flag",
      ["renewal_bill", "first_time_payee", "no_po_contract", "email_instruction", "urgency",
       "unusual_bank_region"],
      "The classic English 'someone is registering your brand in Asia' letter pushes a 6,980 "
      "registration fee to a Hong Kong account within five days.",
      payment(at=ts("12-01", "16:15"), rid="TL-AP-261201-01", payer=PAYER,
              payee=payee("Asia Net Keyword Registry Limited", "6390127740018825",
                          "Orient Gate Bank (Hong Kong) Limited"),
              amount=6980, purpose="服务费", memo="Internet keyword and domain registration (3 years)",
              channel="email", from_name="Registration Audit Department",
              from_contact="audit@asia-netkeyword.hk", text=FI3_TEXT, urgent=True,
              requested_by=ADMIN, approved_by=[CFO])))

# t024 fake invoice, structural only: an already-paid invoice number, new payee
add(T("fake_invoice", "block", ["duplicate_invoice", "first_time_payee", "payee_name_mismatch"],
      "Structural only: An invoice number already paid to the rail yard in October comes back by post "
      "with the same amount but a differently named payee and a new account.",
      pay_erp("12-02", "11:50", "TL-AP-261202-01",
              payee("博州铁运物流服务有限公司", "6505014670002990418", "中国建设银行博尔塔拉分行"),
              66980, "场站费", "场站吊装及堆存费（9月下旬）",
              erp("博州铁运物流服务", "场站吊装及堆存费（9月下旬）", None, YARD_OCT_INVOICE,
                  "纸质发票及付款通知随快递寄达。"),
              ACCT, [CFO], None, YARD_OCT_INVOICE)))

# t025 advance fee: 'unfreezing' fee to a personal card, homophone
AF3_TEXT = (
    "邵总您好，贵司申请的80万元经营贷已审批通过，但系统显示贵司填写的收款账号与户名不一致，资金已被银行风控节冻。"
    "按规定需缴纳贷款金额3%的节冻金24000元到审核专员账户，核验通过后节冻金和贷款一起打入贵司对公账户。"
    "今天18点前不处理，贷款将按违约处理并上报征信。\n"
    "收款：韦春燕 工商银行 6222081102003379251"
)
add(T("advance_fee", "block",
      ["loan_fee_words", "personal_account", "first_time_payee", "urgency", "im_instruction",
       "evasion_homophone"],
      "An online 'lender' says the 800k disbursement is frozen over a wrong account number and wants "
      "a 24k release fee, spelled with a homophone, sent to a staff member's personal card.",
      payment(at=ts("12-03", "17:40"), rid="TL-AP-261203-01", payer=PAYER,
              payee=payee("韦春燕", "6222081102003379251", "中国工商银行柳州分行", "personal"),
              amount=24000, purpose="手续费", memo="经营贷放款手续费", channel="im",
              from_name="融易贷 放款专员", from_contact="wxid_e2f8r4j6w0q9lc", text=AF3_TEXT,
              urgent=True, requested_by=CFO, approved_by=[GM])))

# t026 hard negative: guarantee fee to a licensed guarantor under a signed bank loan
add(T(None, "allow", ["loan_fee_words", "fee_words", "first_time_payee"],
      "Hard negative: Guarantee fee paid to a licensed financing-guarantee company named in a signed "
      "bank loan contract.",
      pay_erp("12-04", "10:45", "TL-AP-261204-01",
              payee("博尔塔拉州融信融资担保有限公司", "30420101040112247", "中国农业银行博乐分行",
                    vendor_id="V-TL08", phone="0909-0000274"),
              36000, "担保费", "流动资金借款担保费（借款300万元，费率1.2%）",
              "SAP付款建议：与农行博乐分行的流动资金借款合同（农银借字2026第6527-0412号）已签订，"
              "担保人博尔塔拉州融信融资担保有限公司持融资担保业务经营许可证，可在监管部门公示名单中查到；"
              "担保合同BX-2026-118约定担保费付至担保公司对公账户，借款由银行直接放款至我司基本户。",
              ACCT, [CFO, GM], "BX-2026-118", inv("65", "tl-guarantee-1204"))))

# t027 fake order: platform 'deposit' demanded of the seller, homophones
FO4_NOTES = (
    "买家在平台下单40箱葵花油，说付款时提示“商家未开通担保收款”，付不了。随后发来一个“平台客服”的溦信，"
    "客服说我方店铺要先交5000元保政金开通担保收款功能，买家付款后保政金连同货款一起退回，"
    "还催今天必须开通，否则订单自动取消。"
)
add(T("fake_order", "flag",
      ["new_customer", "fee_asked_of_seller", "deposit_words", "contact_im_only", "urgency",
       "evasion_homophone"],
      "A small online buyer's 'failed payment' leads to a fake platform agent demanding a 5,000 "
      "deposit from the seller to 'enable guaranteed collection', with homophones for deposit and WeChat.",
      order(at=ts("12-07", "15:25"), rid="TL-BK-261207-01",
            cust=customer("乌苏市鑫盛源副食批发部", None, "小燕", "13300008524", None,
                          "wxid_y5n3c7a1x9m2ke", None),
            items=[(OIL, 40, "箱", 218)], channel="im", address="乌苏市北京路副食批发市场12号",
            deadline="2026-12-10", terms="平台担保交易",
            fees=[("商家担保收款保政金", 5000)], notes=FO4_NOTES)))

# t028 routine order
add(T(None, "allow", [], "Routine: China-Europe container booking from the established Xi'an forwarder.",
      order(at=ts("12-08", "11:35"), rid="TL-BK-261208-01", cust=C_JINCHENG,
            items=[(SLOT, 10, "柜", 31500)], channel="email", address=ADDR_JINCHENG,
            deadline="2026-12-15", terms="订舱后7日内付清", notes="12月第三周班列，10个40HQ，货物为光伏组件支架。")))

# t029 task rebate: cashier's midnight 'petty cash' to a stranger, mixed pinyin
TR2_TEXT = (
    "宝，你这一轮是三连单，系统已经锁单了，必须chong值26800才能解锁提现，完成之后本金+fan利（35%）一起到账，"
    "一共能提36180。今晚12点前不完成，任务作废，前面的本金也提不出来。\n"
    "收款账户：黄丽娟 邮储6217995530011478826"
)
add(T("task_rebate", "block",
      ["personal_account", "first_time_payee", "topup_words", "task_rebate_words", "off_hours",
       "no_approval", "vague_memo", "im_instruction", "urgency", "evasion_pinyin"],
      "Near midnight the cashier raises a 'petty cash' payment to a stranger's card; the pasted chat "
      "is a task-scam 'mentor' demanding a top-up to release commission, in mixed pinyin.",
      payment(at=ts("12-09", "23:20"), rid="TL-AP-261209-01", payer=PAYER,
              payee=payee("黄丽娟", "6217995530011478826", "中国邮政储蓄银行东莞分行", "personal"),
              amount=26800, purpose="备用金", memo="备用金", channel="im", from_name="导师-安娜",
              from_contact="wxid_a8n4m0d2s6t1ju", text=TR2_TEXT, urgent=True,
              requested_by=CASHIER, approved_by=[])))

# t030 fake purchaser: small prepaid orders, then a big order on credit to a transit depot
add(T("fake_purchaser", "flag", ["small_then_large", "credit_terms_requested", "far_delivery"],
      "After two small prepaid orders in October, a Kashgar trader orders about thirty times the "
      "value of the larger one on 45-day credit, to be sent to a transit depot for onward export.",
      order(at=ts("12-10", "14:50"), rid="TL-BK-261210-01", cust=C_JIAHE,
            items=[(FLOUR, 320, "吨", 3150), (OIL, 2000, "箱", 205)], channel="im",
            address="克州阿图什市帕米尔物流园7号库（转吐尔尕特口岸）", deadline="2026-12-16",
            terms="货到后45天付款",
            notes="艾克拜尔说前两单合作很愉快，这次年底备货要一次上量，面粉320吨、葵花油2000箱。"
                  "年底资金紧，想改成货到45天结，货直接发阿图什帕米尔物流园，他们自己转运出吐尔尕特口岸。")))

# t031 contract fraud: big order on credit backed by an unverifiable bank guarantee
add(T("contract_fraud", "flag",
      ["new_customer", "large_first_order", "credit_terms_requested", "guarantee_unverified",
       "free_mail"],
      "A new 'reserve grain' trader wants 3.5m of flour and oil on 90-day terms backed by a scanned "
      "bank guarantee that the issuing bank cannot confirm.",
      order(at=ts("12-11", "16:30"), rid="TL-BK-261211-01",
            cust=customer("伊犁天和粮油储备有限公司", uscc("91654002MA7F2C8L6"), "孟总", "13600007548",
                          "tianhe_ly@163.com", None, None),
            items=[(FLOUR, 600, "吨", 3120), (OIL, 8000, "箱", 205)], channel="email",
            address="伊宁市英也尔镇天和粮油储备库", deadline="2026-12-20",
            terms="货到后90天付款，银行付款保函担保",
            notes="孟总称公司承接了地方储备粮油轮换项目，要求我方先发货，付款由其开户行出具的付款保函担保，"
                  "保函扫描件已发来（开立行：伊犁河谷村镇银行，保函编号YLHG-BH-2026-0877）。我方按保函上印的电话打过去，"
                  "对方说查询系统升级暂时查不到；孟总说保函原件要在他们公司签合同时当面交。")))

# t032 task rebate / investment: company cash into a USDT 'arbitrage plan'
add(T("task_rebate", "flag",
      ["crypto", "third_party_payment_endpoint", "first_time_payee", "im_instruction", "urgency"],
      "An online 'investment adviser' talks the accountant into putting 200k of idle company cash into "
      "a USDT 'arbitrage plan' through a Shenzhen tech company's collection account.",
      payment(at=ts("12-14", "12:15"), rid="TL-AP-261214-01", payer=PAYER,
              payee=payee("深圳链汇通数字科技有限公司", "4000023319200875541", "中国工商银行深圳南山支行"),
              amount=200000, purpose="理财", memo="闲置资金短期理财（数字资产稳定收益计划）", channel="im",
              from_name="李老师（投资顾问）", from_contact="wxid_u7s1d5t9q3h8vc",
              text="曹先生，上次给您算过了，企业闲置资金放我们的USDT稳定套利计划，日化0.1%，年化36%，随进随出，T+1到账。"
                   "首笔20万打到平台合作的数字科技公司账户，系统自动兑换成U存进您企业名下的托管钱包，后台随时能看收益。"
                   "这期名额这周就截止了。",
              urgent=True, requested_by=ACCT, approved_by=[CFO])))

# t033 hard negative: refund of a cancelled booking by the original route
add(T(None, "allow", ["refund_words", "first_time_payee"],
      "Hard negative: Refund of prepaid freight for two cancelled containers to the account the "
      "established forwarder paid from, on its stamped request.",
      pay_erp("12-15", "11:05", "TL-AP-261215-01",
              payee("西安陆港锦程供应链管理有限公司", "6105014299020003764", "中国建设银行西安高新区支行"),
              63600, "退款", "取消订舱2柜，预收运费原路退回",
              "SAP付款建议：锦程供应链11月订舱因海关查验延误取消2柜，预收运费63,600元原路退回其付款账户"
              "（建行11月2日来账，付款户名与客户一致）；对方董佳已发来盖章的退款申请函。",
              ACCT, [CFO])))

# t034 overpayment refund, English: excess to the buyer's 'forwarding agent'
add(T("overpayment_refund", "block",
      ["new_customer", "overpayment", "third_party_payer", "refund_to_other_account",
       "fake_payment_proof", "urgency", "refund_words"],
      "A new Uzbek buyer says a partner overpaid by 74k, offers only an MT103 copy, and asks for the "
      "excess to go to its freight agent in Urumqi.",
      order(at=ts("12-16", "15:40"), rid="TL-BK-261216-01",
            cust=customer("Samarkand Agro Export LLC", None, "Rustam Khodjaev", None,
                          "rustam.kh@samagroexport.uz", None, None),
            items=[(TYRE, 200, "条", 1300)], channel="email",
            address="Tashkent, Uzbekistan - Sergeli cargo terminal", deadline="2026-12-30",
            terms="100% prepayment (T/T)",
            third_party=("Urumqi Silk Express Forwarding (agent)", "WeChat wxid_s6k0e4x8p2r7fy",
                         "refund_recipient", 74000),
            notes="Dear Sir, our accounts team wired CNY 334,000 through our partner company in Almaty "
                  "instead of CNY 260,000; please see the attached MT103 copy. Kindly refund the excess "
                  "CNY 74,000 to our forwarding agent in Urumqi, who will use it for our freight charges; "
                  "details below. We need this done today as the agent is waiting to book the truck.")))

# t035 account lending: mail the banking token to 'build turnover', pinyin initials
AL2_TEXT = (
    "邵总，贵司申请的500万授信，银行看了觉得近半年对公流水偏薄，得先做一下sls。做法是把贵司一般户的U盾和开户许可证复印件"
    "寄给我们，我们这边安排几家合作公司进出资金，一个月就能把流水做到3000万以上，放款后U盾原样寄回。"
    "包装服务费3000元先转我个人卡，快递单号出来发我。"
)
add(T("account_lending", "block",
      ["account_lending_words", "loan_fee_words", "personal_account", "first_time_payee",
       "im_instruction", "evasion_pinyin"],
      "A loan broker wants the company's banking token mailed to him to pump turnover through the "
      "account ('sls'), plus a 3,000 'packaging fee' to his personal card.",
      payment(at=ts("12-17", "10:50"), rid="TL-AP-261217-01", payer=PAYER,
              payee=payee("聂文涛", "6230580000128834716", "平安银行乌鲁木齐分行", "personal"),
              amount=3000, purpose="服务费", memo="贷款资料包装服务费", channel="im",
              from_name="聂经理（助贷）", from_contact="wxid_n2w6t0a4o8e1xf", text=AL2_TEXT,
              urgent=False, requested_by=CFO, approved_by=[GM])))

# t036 account lending: route a client's money through the account to Hong Kong, traditional
AL3_TEXT = (
    "劉經理您好，我們哈國客戶有一筆貨款要付給香港供應商，他們這個月的外匯額度用完了，"
    "想借貴司對公帳戶過一下賬：客戶今天會從阿拉木圖匯99萬人民幣到貴司中行帳戶，收到後麻煩當天轉付97.65萬到下面的香港公司帳戶，"
    "差額1.35萬作為貴司手續費。以後每個月都有，可以長期合作。\n"
    "收款人：泓達環球貿易（香港）有限公司"
)
add(T("account_lending", "block",
      ["account_lending_words", "in_out_match", "first_time_payee", "unusual_bank_region",
       "im_instruction", "urgency", "evasion_traditional"],
      "A partner's Hong Kong representative asks to route a Kazakh client's 990k through the "
      "company's account and forward 976.5k to Hong Kong the same day for a fee; written in "
      "traditional characters.",
      payment(at=ts("12-18", "16:25"), rid="TL-AP-261218-01", payer=PAYER,
              payee=payee("泓达环球贸易（香港）有限公司", "7741203910048265",
                          "Victoria Harbour Commercial Bank Limited"),
              amount=976500, purpose="代付款", memo="代阿拉木图合作方转付货款", channel="im",
              from_name="Mr. Chan（合作方香港代表）", from_contact="wxid_c9h3a7n1w5k2pz", text=AL3_TEXT,
              urgent=True, requested_by=FT_CLERK, approved_by=[FT_MGR])))
