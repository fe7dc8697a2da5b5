"""guangcai: 新疆光彩户外传媒有限公司, an outdoor-advertising company in Urumqi."""
from common import Tenant, payee, customer, acct, mob, tel, wx, uscc, inv

T = Tenant("guangcai", acct("gc-payer", "65050110", 19), "新疆光彩户外传媒有限公司",
           "金蝶云星空付款单：",
           {"E2100": "赵光明", "E2101": "古丽娜尔", "E2102": "周海燕", "E2110": "李俊", "E2120": "马晓东", "E2130": "陈静"})

# ---- vendor master -----------------------------------------------------
PR = payee("乌鲁木齐恒印喷绘广告制作有限公司", acct("gc-pr", "3002", 19), "中国工商银行乌鲁木齐新市区支行",
           vendor_id="V-GC01", phone=tel("0991", "gc-pr"))
PR_NEW = payee("乌鲁木齐恒印喷绘广告制作有限公司", acct("gc-pr-new", "4400", 19), "中国建设银行广州天河支行",
               vendor_id="V-GC01", phone=tel("0991", "gc-pr"))
ST_OLD = payee("新疆鑫钢广告钢结构工程有限公司", acct("gc-st", "6505", 19), "中国建设银行乌鲁木齐米东支行",
               vendor_id="V-GC02", phone=tel("0991", "gc-st"))
ST_NEW = payee("新疆鑫钢广告钢结构工程有限公司", acct("gc-st-new", "3005", 17), "中国农业银行乌鲁木齐米东支行",
               vendor_id="V-GC02", phone=tel("0991", "gc-st"))
PM = payee("乌鲁木齐城北物业管理有限公司", acct("gc-pm", "8801", 18), "乌鲁木齐银行北京路支行",
           vendor_id="V-GC03", phone=tel("0991", "gc-pm"))
PM_NEW = payee("乌鲁木齐城北物业管理有限公司新市区分公司", acct("gc-pm-new", "3005", 17),
               "中国农业银行乌鲁木齐北京路支行", vendor_id="V-GC03", phone=tel("0991", "gc-pm"))
EL = payee("新疆天润城网供电服务有限公司", acct("gc-el", "3002", 19), "中国工商银行乌鲁木齐分行营业部",
           vendor_id="V-GC04", phone=tel("0991", "gc-el"))
WJX = payee("王建新", acct("gc-wjx", "6228", 19), "中国农业银行乌鲁木齐头屯河支行", "personal",
            vendor_id="V-GC05", phone=mob("gc-wjx"))
AL = payee("艾力·买买提", acct("gc-al", "6217", 19), "中国建设银行乌鲁木齐西山支行", "personal",
           vendor_id="V-GC06", phone=mob("gc-al"))
LB = payee("乌鲁木齐亮彩灯箱制作有限公司", acct("gc-lb", "8801", 18), "乌鲁木齐银行西虹路支行",
           vendor_id="V-GC07", phone=tel("0991", "gc-lb"))
PAY = payee("中国建设银行乌鲁木齐分行（代发工资专户）", acct("gc-pay", "65050110", 19),
            "中国建设银行乌鲁木齐分行", vendor_id="PAY-GC")
TAX = payee("国家金库乌鲁木齐市中心支库", acct("gc-tax", "6501", 17), "国家金库乌鲁木齐市中心支库",
            vendor_id="TAX-GC")

# ---- customers -----------------------------------------------------------
C1 = customer("新疆天山汽车销售服务有限公司", uscc("gc-c1", "650104"), "刘经理", tel("0991", "gc-c1"),
              "market@tsqcxs.com", None, "C-GC01")
C2 = customer("乌鲁木齐雅居置业有限公司", uscc("gc-c2", "650105"), "杨总监", tel("0991", "gc-c2"),
              "yangzj@yajuzhiye.cn", None, "C-GC02")
C3 = customer("新疆丝路乳业有限公司", uscc("gc-c3", "650109"), "何经理", tel("0991", "gc-c3"),
              "pinpai@silurydairy.com", None, "C-GC03")
C3_PAYER = payee("新疆丝路乳业有限公司", acct("gc-c3-payer", "3002", 19), "中国工商银行乌鲁木齐米东支行",
                 phone=tel("0991", "gc-c3"))

LED = "友好路LED大屏广告（15秒轮播）"
DP = "外环路三面翻大牌发布"
DX = "北京路公交候车亭灯箱发布（1个月）"
E_CASH, E_FM, E_GM, E_MEDIA, E_SALES, E_HR = "E2101", "E2102", "E2100", "E2110", "E2120", "E2130"
i = inv

# ============================== history ==================================
T.h(T.order("GC-XS-20260414001", "2026-04-14T11:05", C1, [(LED, 30, "天", 4800)], ch="erp",
            addr="乌鲁木齐市友好北路LED大屏", deadline="2026-04-20", terms="月结30天",
            notes="5月车展预热，素材由客户提供"), "LED screen campaign from an established car dealer.")
T.h(T.pay("GC-FK-20260415001", "2026-04-15T15:20", PR, 23600, "货款", "喷绘画面制作（外环路大牌4面）",
          req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-002", invoice=i("gc-h2")),
    "Banner printing from the regular print shop.")
T.h(T.pay("GC-FK-20260417001", "2026-04-17T11:40", PM, 96000, "租金", "楼顶大牌场地租金（二季度）",
          req=E_CASH, appr=[E_FM, E_GM], contract="GC-ZL-2026-003", invoice=i("gc-h3")),
    "Quarterly rooftop site lease to the property company.")
T.h(T.pay("GC-FK-20260421001", "2026-04-21T16:10", WJX, 8400, "劳务费",
          "4月画面更换安装劳务（劳务人员：王建新）", req=E_MEDIA, appr=[E_FM],
          contract="GC-LW-2026-001"), "Monthly installation labour to the regular freelance installer.")
T.h(T.order("GC-XS-20260423001", "2026-04-23T10:50", C2, [(DP + "（2个月）", 3, "块", 104000)],
            ch="email", addr="乌鲁木齐市外环路（机场方向）", deadline="2026-05-01", terms="款到发布",
            notes="楼盘开盘广告，首期款已到账"), "Billboard order from an established property developer.")
T.h(T.pay("GC-FK-20260427001", "2026-04-27T17:15", ST_OLD, 45800, "工程款", "大牌钢结构维修加固",
          req=E_MEDIA, appr=[E_FM, E_GM], contract="GC-GC-2026-001", invoice=i("gc-h6")),
    "Steel-structure maintenance by the regular contractor.")
T.h(T.pay("GC-FK-20260430001", "2026-04-30T18:30", PAY, 186420, "工资", "4月工资代发（23人）",
          req=E_FM, appr=[E_GM], text="金蝶云星空付款单：4月工资代发（23人），工资表已经总经理审批"),
    "Monthly payroll through the bank's payroll account.")
T.h(T.pay("GC-FK-20260507001", "2026-05-07T12:20", AL, 18000, "租金", "河滩路路侧大牌场地租金（二季度）",
          req=E_MEDIA, appr=[E_FM], contract="GC-ZL-2025-011"),
    "Quarterly roadside-site rent to an individual landowner.")
T.h(T.order("GC-XS-20260511001", "2026-05-11T11:35", C3, [(DX, 40, "个", 2800)], ch="email",
            addr="乌鲁木齐市北京路公交候车亭", deadline="2026-05-18", terms="款到发布",
            notes="新品酸奶上市，款已到账"), "Bus-shelter campaign from an established dairy brand.")
T.h(T.pay("GC-FK-20260513001", "2026-05-13T16:45", EL, 12860, "电费", "4月LED大屏及灯箱电费",
          req=E_CASH, appr=[E_FM], contract="GC-NY-2026-001", invoice=i("gc-h10")),
    "Monthly electricity for screens and light boxes.")
T.h(T.pay("GC-FK-20260515002", "2026-05-15T15:10", LB, 16300, "货款", "灯箱布及LED灯管",
          req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-005", invoice=i("gc-h11"),
          changed="2026-02-09T10:30"), "Light-box materials from the supplier whose account changed in February.")
T.h(T.pay("GC-FK-20260515001", "2026-05-15T10:40", TAX, "58230.50", "税款", "4月增值税及附加",
          req=E_FM, appr=[E_GM], text="电子税务局三方协议扣款：4月增值税及附加"), "Monthly VAT.")
T.h(T.pay("GC-FK-20260520001", "2026-05-20T15:30", PR, 31200, "货款", "喷绘画面制作（丝路乳业灯箱40面）",
          req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-002", invoice=i("gc-h13")),
    "Banner printing from the regular print shop.")
T.h(T.pay("GC-FK-20260522001", "2026-05-22T16:20", ST_NEW, "1.00", "其他",
          "新账户小额验证打款", req=E_CASH, appr=[E_FM], changed="2026-05-20T11:30",
          text="金蝶云星空付款单：鑫钢钢结构5月20日提交盖章账户变更函，已按供应商档案原留存电话回拨确认，先打1元验证，对方确认到账后再付正式款项",
          verif=(tel("0991", "gc-st"), E_FM, "2026-05-20T15:00")),
    "One-yuan test payment to the steel contractor's new account after a call-back on the number on file.")

# ============================== test: routine ============================
T.legit(T.pay("GC-FK-20260602001", "2026-06-02T11:20", PR, 27450, "货款", "喷绘画面制作（雅居置业大牌换画）",
              req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-002", invoice=i("gc-r1")),
        "Routine: Banner printing from the regular print shop.")
T.legit(T.order("GC-XS-20260609001", "2026-06-09T16:30", C1, [(LED, 30, "天", 4800)],
                addr="乌鲁木齐市友好北路LED大屏", deadline="2026-06-15", terms="月结30天",
                notes="暑期促销，素材由客户提供"), "Routine: Repeat LED screen campaign from the established car dealer.")
T.legit(T.pay("GC-FK-20260612001", "2026-06-12T15:40", EL, 13420, "电费", "5月LED大屏及灯箱电费",
              req=E_CASH, appr=[E_FM], contract="GC-NY-2026-001", invoice=i("gc-r3")),
        "Routine: Monthly electricity for screens and light boxes.")
T.legit(T.pay("GC-FK-20260616001", "2026-06-16T11:10", TAX, "61408.20", "税款", "5月增值税及附加",
              req=E_FM, appr=[E_GM], text="电子税务局三方协议扣款：5月增值税及附加"), "Routine: Monthly VAT.")
T.legit(T.pay("GC-FK-20260630001", "2026-06-30T18:40", PAY, 191380, "工资", "6月工资代发（24人）",
              req=E_FM, appr=[E_GM], text="金蝶云星空付款单：6月工资代发（24人），工资表已经总经理审批"),
        "Routine: Monthly payroll through the bank's payroll account.")
T.legit(T.order("GC-XS-20260706001", "2026-07-06T11:30", C3, [(DX, 40, "个", 2800)], ch="email",
                addr="乌鲁木齐市北京路公交候车亭", deadline="2026-07-13", terms="款到发布",
                notes="暑期冰品推广，款已到账"), "Routine: Repeat bus-shelter campaign from the established dairy brand.")
T.legit(T.pay("GC-FK-20260714001", "2026-07-14T15:00", WJX, 9100, "劳务费",
              "6月画面更换安装劳务（劳务人员：王建新）", req=E_MEDIA, appr=[E_FM],
              contract="GC-LW-2026-001"),
        "Routine: Monthly installation labour to the regular freelance installer's own card.")

# ============================== test: hard negatives =====================
T.legit(T.pay("GC-FK-20260603001", "2026-06-03T10:25", PM, 96000, "租金", "楼顶大牌场地租金（三季度）",
              req=E_CASH, appr=[E_FM, E_GM], contract="GC-ZL-2026-003", invoice=i("gc-hn14"),
              text="资金日报（赵总在金蝶审批流备注）：古丽娜尔把今天建行、工行余额报一下，城北物业三季度租金按合同今天付。\n金蝶云星空付款单：楼顶大牌场地租金（三季度）｜乌鲁木齐城北物业管理有限公司｜合同GC-ZL-2026-003"),
        "Hard negative: The GM's routine daily-cash note asks for bank balances, and the quarterly lease goes to the known property company through the approved ERP flow.",
        ["balance_probe", "boss_role"])
PRN = payee("乌鲁木齐彩虹数码印务有限公司", acct("gc-prn", "3002", 19), "中国工商银行乌鲁木齐高新区支行",
            vendor_id="V-GC09", phone=tel("0991", "gc-prn"))
T.legit(T.pay("GC-FK-20260604001", "2026-06-04T15:50", PRN, 19800, "货款", "车身贴及网格布喷绘（首批）",
              req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-014", invoice=i("gc-hn3"),
              text="金蝶云星空付款单：新增印刷供应商彩虹数码首批货款｜合同GC-CG-2026-014｜采购订单PO-GC-2606-003｜入库单0603-01，经三家比价后入供应商库"),
        "Hard negative: First payment to a newly onboarded print supplier with contract, purchase order and goods received.")
T.legit(T.pay("GC-FK-20260605001", "2026-06-05T22:40", WJX, 6900, "劳务费",
              "友好路大牌夜间高空换画劳务（劳务人员：王建新）", req=E_MEDIA, appr=[E_FM],
              contract="GC-LW-2026-001",
              text="金蝶云星空移动审批：友好路大牌换画须在22:00后封道作业，王建新班组今晚完成，按劳务合同当晚结算，现场照片已上传"),
        "Hard negative: Late-evening pay to the regular installer for a night-time high-altitude banner change, which must happen after traffic closes.")
TRC = payee("乌鲁木齐市公共资源交易中心", acct("gc-trc", "8801", 18), "乌鲁木齐银行营业部",
            vendor_id="V-GC12", phone=tel("0991", "gc-trc"))
T.legit(T.pay("GC-FK-20260608001", "2026-06-08T11:15", TRC, 50000, "保证金", "BRT站台广告经营权招标投标保证金",
              req=E_SALES, appr=[E_FM, E_GM], contract=None,
              text="金蝶云星空付款单：BRT站台广告经营权招标（招标编号WLMQ-GG-2026-0415）投标保证金，收款账户与市公共资源交易中心网站招标公告所列保证金专户一致"),
        "Hard negative: Bid deposit for a bus-station ad concession paid to the public resource trading centre account named in the tender notice.",
        ["deposit_words"])
T.legit(T.pay("GC-FK-20260610001", "2026-06-10T16:05", ST_NEW, 52600, "工程款", "大牌钢结构年度安全检测及加固",
              req=E_MEDIA, appr=[E_FM, E_GM], contract="GC-GC-2026-001", invoice=i("gc-hn1"),
              changed="2026-05-20T11:30",
              text="金蝶云星空付款单：鑫钢钢结构年度检测及加固｜合同GC-GC-2026-001｜该供应商5月20日变更收款账户，已凭盖章变更函并按原留存电话回拨确认，5月22日1元验证打款对方已确认"),
        "Hard negative: Payment to the steel contractor's account changed 21 days earlier, verified by call-back and already used for a confirmed test payment.",
        ["account_change_words"])
C_TY = customer("新疆天悦房地产开发有限公司", uscc("gc-ty", "650106"), "孔经理", tel("0991", "gc-ty"),
                "kongjl@tianyuedc.com", None, None)
T.legit(T.order("GC-XS-20260611001", "2026-06-11T11:40", C_TY, [(DP + "（3个月）", 6, "块", 156000)],
                ch="email", addr="乌鲁木齐市外环路及河滩快速路", deadline="2026-06-20", terms="分期预付（首期已到账）",
                notes="合同GC-XS-2026-031已双方盖章，首期款93.6万元已于6月10日到我司建行基本户；客户指定使用某品牌高反光膜，画面由我司采购"),
        "Hard negative: Large first order from a new property developer with a signed contract and the first instalment already in the bank.",
        ["large_first_order"])
C_GOV = customer("乌鲁木齐市天山区文化体育和旅游局", uscc("gc-gov", "650102", "11"), "马科长",
                 tel("0991", "gc-gov"), "tsqwlj@wlmqts.gov.cn", None, None)
T.legit(T.order("GC-XS-20260615001", "2026-06-15T16:20", C_GOV, [(DX, 30, "个", 2600)], ch="email",
                addr="乌鲁木齐市天山区各公交候车亭", deadline="2026-06-25",
                terms="政府采购合同，发布验收后30日内财政支付",
                notes="公益广告（文明城市创建），天山区政府采购网成交公告编号TSQ-ZC-2026-087，政府采购合同已上传，无任何代购或垫付要求"),
        "Hard negative: Public-service ad order from a district culture bureau under a published government-procurement award, paid by the treasury after posting.",
        ["institution_claim", "credit_terms_requested"])
NT = payee("乌鲁木齐市财政局非税收入汇缴结算户", acct("gc-nt", "3002", 19), "中国工商银行乌鲁木齐分行营业部",
           vendor_id="GOV-GC01")
T.legit(T.pay("GC-FK-20260617001", "2026-06-17T15:30", NT, 20000, "罚款",
              "缴纳行政处罚罚款（天市监处罚〔2026〕118号）", req=E_FM, appr=[E_GM],
              text="金蝶云星空付款单：天山区市场监督管理局行政处罚决定书天市监处罚〔2026〕118号（户外广告使用绝对化用语），按非税收入一般缴款书缴款码6501260617000118缴纳罚款，决定书原件已存档"),
        "Hard negative: An advertising-law fine under a written penalty decision, paid with the official non-tax payment slip to the finance bureau's collection account.",
        ["authority_words"])
T.legit(T.pay("GC-FK-20260622001", "2026-06-22T12:10", PR, 24800, "货款", "喷绘画面制作（丝路乳业暑期灯箱）",
              ch="im", frm="赵光明", contact=wx("gc-gm"),
              text="古丽娜尔，恒印今晚要给丝路乳业换画，催材料款，把这张发票那笔今天付了，金蝶里我和周经理都批了。",
              urgent=True, req=E_CASH, appr=[E_FM, E_GM], contract="GC-CG-2026-002", invoice=i("gc-hn11")),
        "Hard negative: The real GM chases an urgent payment on WeChat, but it goes to the regular print shop against its invoice with both approvals in the ERP.",
        ["im_instruction", "boss_role", "urgency"])
T.legit(T.pay("GC-FK-20260624001", "2026-06-24T11:25", C3_PAYER, 112000, "退款", "原路退回丝路乳业5月灯箱广告重复付款",
              req=E_CASH, appr=[E_FM, E_GM], order="GC-XS-20260511001",
              text="金蝶云星空付款单：丝路乳业5月候车亭灯箱款重复支付（银行回单0512-031与0512-044），对方财务盖章确认函已收，原路退回其付款账户"),
        "Hard negative: A duplicate payment by the established dairy brand is returned to the same corporate account it came from.",
        ["refund_words", "overpayment"])
IT = payee("新疆云端网络科技有限公司", acct("gc-it", "8801", 18), "乌鲁木齐银行高新区支行",
           vendor_id="V-GC10", phone=tel("0991", "gc-it"))
T.legit(T.pay("GC-FK-20260626001", "2026-06-26T15:45", IT, 3680, "服务费", "公司官网域名及企业邮箱年度续费",
              req=E_HR, appr=[E_FM], contract="GC-IT-2025-004", invoice=i("gc-hn12"),
              text="金蝶云星空付款单：官网域名gcoutdoor.cn及企业邮箱年度续费，服务商为签约的云端网络（合同GC-IT-2025-004），续费通知来自其后台工单系统"),
        "Hard negative: Annual domain and mailbox renewal billed by the company's contracted IT provider already in the vendor master.",
        ["renewal_bill"])
RF = payee("乌鲁木齐耀光反光材料有限公司", acct("gc-rf", "6505", 19), "中国建设银行乌鲁木齐高新区支行",
           vendor_id="V-GC11", phone=tel("0991", "gc-rf"))
T.legit(T.pay("GC-FK-20260629001", "2026-06-29T16:40", RF, 38500, "货款", "高反光膜（天悦地产大牌画面用）",
              req=E_MEDIA, appr=[E_FM, E_GM], order="GC-XS-20260611001", contract="GC-CG-2026-017",
              invoice=i("gc-hn13"),
              text="金蝶云星空付款单：天悦地产合同约定画面使用指定品牌高反光膜，客户首期款93.6万已到账；耀光反光为该品牌乌鲁木齐授权经销商，已入供应商库并签采购合同GC-CG-2026-017，货已入库"),
        "Hard negative: Material specified by a customer whose money has already cleared, bought from a vetted, contracted distributor after delivery.",
        ["designated_supplier", "sales_order_linked"])
T.legit(T.pay("GC-FK-20260701001", "2026-07-01T11:50", AL, 18000, "租金", "河滩路路侧大牌场地租金（三季度）",
              req=E_MEDIA, appr=[E_FM], contract="GC-ZL-2025-011", urgent=True,
              text="【加急】金蝶云星空付款单：艾力·买买提场地租金今天到期，按租赁合同GC-ZL-2025-011付至其本人同名卡（与合同及历次付款账户一致）"),
        "Hard negative: Urgent quarterly rent to the individual landowner, on the same personal card used every quarter under the lease.",
        ["urgency"])
T.legit(T.pay("GC-FK-20260708001", "2026-07-08T16:10", LB, 14900, "货款", "灯箱布及LED灯管",
              req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-005", invoice=i("gc-hn2"),
              changed="2026-02-09T10:30"),
        "Hard negative: Light-box materials paid to the account the supplier changed in February and that has been used since.")

# ============================== test: scams ==============================
T.scam("fake_invoice", "block",
       T.pay("GC-FK-20260602002", "2026-06-02T16:20", PR, 31200, "货款", "喷绘画面制作（丝路乳业灯箱40面）",
             req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-002", invoice=i("gc-h13")),
       "Structural only: the print shop's invoice already paid on 20 May comes through again on an ordinary ERP slip.")
C_JZ = customer("贵州金樽酱酒股份有限公司新疆营销中心", None, "刘总监", mob("gc-jz"), "jinzun_xjyx@163.com",
                wx("gc-jz"), None)
T.scam("fake_purchaser", "flag",
       T.order("GC-XS-20260603001", "2026-06-03T11:05", C_JZ, [("乌鲁木齐核心商圈大牌发布（3个月）", 40, "块", 52500)],
               ch="im", addr="乌鲁木齐市各核心商圈", deadline="2026-06-15", terms="发布后90天结算",
               notes="集团中秋国庆旺季投放，40块大牌6月15日前全部上画，价格不用谈按你们报价，合同用我们集团模板，发布后90天统一结算。对接只加微信，不方便留座机。"),
       "A self-styled regional office of a liquor group books 40 billboards worth 2.1m on 90-day credit without haggling, reachable only by WeChat and a free-mail address.",
       ["large_first_order", "credit_terms_requested", "contact_im_only", "free_mail", "institution_claim"])
T.scam("fake_purchaser", "block",
       T.pay("GC-FK-20260605002", "2026-06-05T15:25",
             payee("何佳", acct("gc-hj", "6222", 19), "中国工商银行贵阳分行", "personal"), 20000, "保证金",
             "金樽酱酒供应商入库保证金", ch="im", frm="金樽酱酒 刘总监", contact=wx("gc-jz"),
             text="马经理，我们集团供应商入库要做资质验资，保证金2万打到集团采购部何佳的卡上，验资完成3个工作日原路退回。今天办完明天就签合同发预付款。",
             req=E_SALES, appr=[E_FM]),
       "The same 'liquor group' wants a 20k supplier 'capital verification' deposit paid to a buyer's personal card before it signs.",
       ["fee_asked_of_seller", "deposit_words", "im_instruction"])
DIR = payee("北京华媒通广告信息咨询有限公司", acct("gc-dir", "1100", 19), "中国民生银行北京亚运村支行")
T.scam("fake_invoice", "flag",
       T.pay("GC-FK-20260609002", "2026-06-09T11:50", DIR, 3800, "服务费", "《中国户外广告媒体名录》企业信息续期费",
             ch="letter", frm="中国户外广告媒体名录编委会", contact=None,
             text="（纸质函件）关于2026版《中国户外广告媒体名录》企业信息续期的通知：贵单位收录信息将于6月30日到期，逾期未续视为自动放弃，名录及网络检索将不再显示贵公司媒体资源。续期费3800元，请于到期前汇至编委会指定账户。",
             req=E_HR, appr=[E_FM]),
       "An official-looking letter bills a 'media directory renewal' the company never ordered, with a deadline, to an unknown Beijing consultancy.",
       ["renewal_bill", "letter_instruction", "urgency", "no_po_contract"])
HH = payee("新疆瀚海通达文化发展有限公司", acct("gc-hh", "3002", 19), "中国工商银行乌鲁木齐南门支行")
T.scam("boss_impersonation", "block",
       T.pay("GC-FK-20260611001", "2026-06-11T12:40", HH, 360000, "保证金", "机场高速大牌独家代理资源占位保证金",
             ch="im", frm="赵光明", contact="微信群:光彩经营决策群（当日新建）",
             text="赵光明：古丽娜尔，建行和工行现在账上可用余额各多少？截图发群里\n古丽娜尔：赵总，建行可用412万，工行73万\n赵光明：机场高速那批大牌的独家代理权谈下来了，要先付资源占位保证金36万，对方今天下班前要看到钱，打到新疆瀚海通达文化发展有限公司，合同我回来补签。我在开会，不方便接电话。",
             urgent=True, req=E_CASH, appr=[]),
       "In a WeChat group created that day the 'GM' asks for both bank balances, then orders a 360k 'resource deposit' to an unknown firm, paperwork later, no calls.",
       ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "deposit_words",
        "boss_role", "urgency"])
CG = payee("新疆城光亮化工程有限公司", acct("gc-cg", "6505", 19), "中国建设银行乌鲁木齐经开区支行")
T.scam("contract_fraud", "flag",
       T.pay("GC-FK-20260616002", "2026-06-16T11:15", CG, 180000, "保证金", "城市夜景亮化沿线LED屏分包履约保证金",
             req=E_SALES, appr=[E_FM, E_GM],
             text="OA审批：新疆城光亮化工程称承接乌鲁木齐城市夜景亮化总包（总投资6.8亿元），拟将沿线LED广告屏分包给我司，签分包合同前须先缴履约保证金18万元；对方2026年4月成立，注册资本100万元，未能提供总包中标通知书。"),
       "A two-month-old 'lighting contractor' offers LED-screen subcontracts on a 680m city project, but only after a 180k performance bond, with no proof of its own award.",
       ["deposit_words", "bigproject_words", "shell_company", "no_po_contract"])
C_WL = customer("乌鲁木齐市某区文化旅游推广中心", None, "王主任", mob("gc-wl"), None, wx("gc-wl"), None)
T.scam("fake_order", "block",
       T.order("GC-XS-20260618001", "2026-06-18T15:35", C_WL, [("城市灯箱广告发布（1个月）", 60, "个", 2600)],
               ch="im", addr="乌鲁木齐市某区夜市街区", deadline="2026-06-24", terms="发布后财政统一支付",
               tp=("乌鲁木齐市灯火阑珊灯饰经营部", mob("gc-dh"), "designated_supplier", 42000),
               notes="夜市节要投60个灯箱。另外沿线要挂500盏LED灯笼，中心只认灯火阑珊这家，麻烦你们先把4.2万灯笼款付给他们，灯笼款和广告款一起走财政。我们的付款截图已经发你了，显示处理中。"),
       "A 'district tourism promotion centre' orders 60 light boxes and wants us to pay 42k first for lanterns from the shop it names, backed only by a 'processing' screenshot.",
       ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "contact_im_only"])
GX = payee("新疆广信合规咨询服务有限公司", acct("gc-gx", "8801", 18), "乌鲁木齐银行新华南路支行")
T.scam("authority_impersonation", "flag",
       T.pay("GC-FK-20260623001", "2026-06-23T16:25", GX, 20000, "罚款", "违法广告整改罚没款代缴",
             ch="phone", frm="自称乌鲁木齐市市场监督管理局广告监测科 孙科长", contact=tel("0991", "gc-fakeamr"),
             text="对方来电：贵公司在南湖路大牌发布的白酒广告使用“最”“第一”等绝对化用语，违反广告法，拟处罚款20万元；如今天内通过指定合规服务机构缴纳2万元整改款，可从轻处理，不出具处罚决定书。收款方：新疆广信合规咨询服务有限公司。",
             urgent=True, req=E_MEDIA, appr=[E_FM]),
       "A caller posing as the ad-monitoring section threatens a 200k advertising-law fine unless 20k is paid today, without any written decision, to a 'compliance consultancy'.",
       ["authority_words", "phone_instruction", "urgency", "fee_words"])
T.scam("authority_impersonation", "block",
       T.pay("GC-FK-20260625001", "2026-06-25T21:15",
             payee("韩立新", acct("gc-hlx", "6228", 19), "中国农业银行西安分行", "personal"), 280000, "其他", "往来款",
             ch="sms", frm="自称乌鲁木齐市公安局经侦支队 张警官", contact=mob("gc-fakepol"),
             text="短信：貴公司戶外廣告發布涉嫌為非法集資平台引流，賬戶資金涉案，須於今晚24點前將廣告收入28萬轉入辦案監管帳戶配合資金核查，核查無誤後全額返還。此事涉密，不得告知他人，否則按妨礙偵查處理。",
             urgent=True, req=E_CASH, appr=[]),
       "A late-evening SMS in traditional characters from a fake economic-crime officer orders 280k of ad revenue into a 'supervised account' for fund verification, in secret.",
       ["authority_words", "safe_account_words", "secrecy_words", "urgency", "phone_instruction", "evasion_traditional"])
C1_FAKE = payee("杨志刚", acct("gc-yzg", "6217", 19), "中国建设银行乌鲁木齐长江路支行", "personal")
T.scam("overpayment_refund", "block",
       T.pay("GC-FK-20260630002", "2026-06-30T11:40", C1_FAKE, 144000, "退款", "退天山汽车4月LED广告重复付款",
             ch="email", frm="天山汽车 财务部 刘会计", contact="tsqc_caiwu@126.com",
             text="光彩传媒财务您好：我司4月LED屏广告款（订单GC-XS-20260414001）误付两次，多付14.4万元。因我司对公账户正在年审，请将多付款退至我司股东杨志刚个人账户，谢谢配合。",
             req=E_CASH, appr=[E_FM], order="GC-XS-20260414001"),
       "A free-mail 'finance clerk' of the car dealer claims a double payment and wants 144k refunded to a shareholder's personal card instead of the company account.",
       ["refund_words", "overpayment", "refund_to_other_account", "email_instruction", "free_mail"])
JC = payee("新疆锦程恒达贸易有限公司", acct("gc-jc", "6505", 19), "中国建设银行乌鲁木齐友好路支行")
T.scam("account_lending", "block",
       T.pay("GC-FK-20260702001", "2026-07-02T15:10", JC, 500000, "广告费", "广告发布费（代转）",
             ch="im", frm="刘总（老客户介绍）", contact=wx("gc-liuzong"),
             text="马经理帮个忙：我朋友公司有笔50万的款要公对公，先打到你们dgzh，你们当天zou账转给新疆锦程恒达贸易有限公司，名义写广告发布费，给你们2个点手续费，票不用开。",
             req=E_SALES, appr=[E_FM]),
       "A contact 'introduced by an old client' wants 500k passed through the company account as fake ad fees for a 2% cut, written with pinyin abbreviations.",
       ["account_lending_words", "im_instruction", "new_contact", "in_out_match", "evasion_pinyin"])
RH = payee("新疆融汇通达金融服务有限公司", acct("gc-rh", "3002", 19), "中国工商银行乌鲁木齐人民路支行")
T.scam("advance_fee", "flag",
       T.pay("GC-FK-20260707001", "2026-07-07T11:20", RH, 12000, "服务费", "经营贷款（200万）风险评估及资料包装费",
             ch="phone", frm="融汇通达 客户经理 黄经理", contact=mob("gc-rh"),
             text="对方来电并加微信：我们和银行合作推出文化传媒企业经营贷，200万额度、年化3.2%、无抵押、3天放款。需先付1.2万风险评估及资料包装费，放款后从贷款里抵扣。",
             req=E_FM, appr=[E_GM]),
       "A 'financial services' firm promises a 2m unsecured loan at 3.2% once a 12k assessment and packaging fee is paid up front.",
       ["loan_fee_words", "fee_words", "phone_instruction", "no_po_contract"])
T.scam("account_change", "block",
       T.pay("GC-FK-20260709001", "2026-07-09T16:35", PR_NEW, 28900, "货款", "喷绘画面制作（天悦地产大牌）",
             req=E_MEDIA, appr=[E_FM], contract="GC-CG-2026-002", invoice=i("gc-s1"), changed="2026-07-03T10:20"),
       "Structural only: the print shop's bank details were switched to a Guangzhou account six days before this ordinary ERP payment.",
       ["unusual_bank_region"])
T.scam("account_change", "block",
       T.pay("GC-FK-20260713001", "2026-07-13T12:05", PM_NEW, 41600, "物业费", "楼顶大牌电费及物业服务费（上半年）",
             ch="email", frm="城北物业 财务部", contact="caiwu@chengbei-wy.com",
             text="光彩传媒财务：因集团审计要求，我司收款账户自即日起变更为新市区分公司账户（中国农业银行乌鲁木齐北京路支行），原账户停止使用。请按新账户支付上半年电费及物业服务费，逾期将产生滞纳金。附件为盖章变更函。",
             req=E_MEDIA, appr=[E_FM], contract="GC-ZL-2026-003", changed="2026-07-11T17:40"),
       "An e-mail from a hyphenated look-alike of the property company's domain moves payment to a 'branch' account keyed in two days earlier.",
       ["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch", "urgency"])
