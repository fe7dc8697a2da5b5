"""mingmei: 新疆明美会展服务有限公司, an exhibition and event organiser in Urumqi."""
from common import Tenant, payee, customer, acct, mob, tel, wx, uscc, inv

T = Tenant("mingmei", acct("mm-payer", "3005", 17), "新疆明美会展服务有限公司", "用友NC付款单：",
           {"E4100": "孙明美", "E4101": "热依拉", "E4102": "高建华", "E4110": "邓飞", "E4120": "许婧", "E4130": "吴倩", "E4140": "陈晨"})

VC = payee("新疆国际会展中心运营管理有限公司", acct("mm-vc", "3002", 19), "中国工商银行乌鲁木齐红光山支行",
           vendor_id="V-MM01", phone=tel("0991", "mm-vc"))
BD = payee("乌鲁木齐匠心展览展示工程有限公司", acct("mm-bd", "6505", 19), "中国建设银行乌鲁木齐会展支行",
           vendor_id="V-MM02", phone=tel("0991", "mm-bd"))
BD_NEW = payee("乌鲁木齐匠心展览展示工程有限公司", acct("mm-bd-new", "3301", 19), "杭州银行西湖支行",
               vendor_id="V-MM02", phone=tel("0991", "mm-bd"))
PR = payee("乌鲁木齐墨韵印务有限公司", acct("mm-pr", "8801", 18), "乌鲁木齐银行长江路支行",
           vendor_id="V-MM03", phone=tel("0991", "mm-pr"))
LO = payee("新疆通达会展物流有限公司", acct("mm-lo", "3005", 17), "中国农业银行乌鲁木齐王家梁支行",
           vendor_id="V-MM04", phone=tel("0991", "mm-lo"))
LY = payee("乌鲁木齐星悦礼仪服务有限公司", acct("mm-ly", "6505", 19), "中国建设银行乌鲁木齐钱塘江路支行",
           vendor_id="V-MM05", phone=tel("0991", "mm-ly"))
PAY = payee("中国农业银行乌鲁木齐分行（代发工资专户）", acct("mm-pay", "3005", 17), "中国农业银行乌鲁木齐分行",
            vendor_id="PAY-MM")
TAX = payee("国家金库乌鲁木齐市中心支库", acct("gc-tax", "6501", 17), "国家金库乌鲁木齐市中心支库",
            vendor_id="TAX-MM")

C1 = customer("新疆天山畜牧机械有限公司", uscc("mm-c1", "650106"), "郭经理", tel("0991", "mm-c1"),
              "guo@tsxmjx.com", None, "C-MM01")
C1_PAYER = payee("新疆天山畜牧机械有限公司", acct("mm-c1-payer", "6505", 19), "中国建设银行乌鲁木齐头屯河支行",
                 phone=tel("0991", "mm-c1"))
C2 = customer("深圳港凯智能设备有限公司", uscc("mm-c2", "440305"), "陈小姐", tel("0755", "mm-c2"),
              "finance@gangkai-tech.com", None, "C-MM02")
C2_PAYER = payee("深圳港凯智能设备有限公司", acct("mm-c2-payer", "7559", 16), "招商银行深圳科技园支行",
                 phone=tel("0755", "mm-c2"))
C3 = customer("昌吉市丰华农业科技有限公司", uscc("mm-c3", "652301"), "刘总", tel("0994", "mm-c3"),
              "liu@fenghua-agri.com", None, "C-MM03")
C4 = customer("新疆绿野农资连锁有限公司", uscc("mm-c4", "650109"), "努尔兰", tel("0991", "mm-c4"),
              "nuerlan@lvye-nz.com", None, "C-MM04")

BZ = "标准展位（3m×3m）"
TZ = "特装光地"
YJ = "特装施工押金（展后退还）"
NJ = "2026新疆丝路农业机械博览会（6月12—14日）"
MS = "第九届新疆美食文化节（7月24—26日）"
E_CASH, E_FM, E_CHAIR, E_PM, E_SALES, E_HR, E_ADMIN = "E4101", "E4102", "E4100", "E4110", "E4120", "E4130", "E4140"
i = inv

# ============================== history ==================================
T.h(T.order("MM-ZW-20260414001", "2026-04-14T11:10", C1, [(TZ, 72, "平方米", 980), (YJ, 1, "项", 10000)],
            ch="email", addr=NJ + " B2-06", deadline="2026-06-12", terms="款到确认展位（已到账）",
            notes="展位费及特装施工押金一并汇入"), "Raw-space booth with a refundable build deposit, established exhibitor.")
T.h(T.pay("MM-ZF-20260416001", "2026-04-16T15:40", VC, 360000, "场租", "农机博览会场馆租赁首期款",
          req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-CD-2026-008", invoice=i("mm-h2")), "Venue hire first instalment.")
T.h(T.order("MM-ZW-20260421001", "2026-04-21T10:50", C2, [(TZ, 36, "平方米", 980), (YJ, 1, "项", 10000)],
            ch="email", addr=NJ + " B3-11", deadline="2026-06-12", terms="款到确认展位（已到账）",
            notes="港资企业，展位费及施工押金已到账"), "Raw-space booth with a refundable build deposit, established exhibitor.")
T.h(T.pay("MM-ZF-20260423001", "2026-04-23T16:30", BD, 128000, "工程款", "农机博览会主场搭建首期款",
          req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-DJ-2026-005", invoice=i("mm-h4")), "Stand-building first instalment.")
T.h(T.pay("MM-ZF-20260427001", "2026-04-27T11:40", PR, 18600, "货款", "招展手册印刷",
          req=E_PM, appr=[E_FM], contract="MM-CG-2026-003", invoice=i("mm-h5"), changed="2026-03-10T15:00"),
    "Brochure printing by the printer whose account changed in March.")
T.h(T.order("MM-ZW-20260429001", "2026-04-29T17:20", C3, [(BZ, 6, "个", 9800)], ch="email",
            addr=NJ + " A1-20至A1-25", deadline="2026-06-12", terms="款到确认展位（已到账）",
            notes="6个标准展位连排"), "Standard booths for an established exhibitor.")
T.h(T.pay("MM-ZF-20260430001", "2026-04-30T18:45", PAY, 142600, "工资", "4月工资代发（19人）",
          req=E_FM, appr=[E_CHAIR], text="用友NC付款单：4月工资代发（19人），工资表已审批"), "Monthly payroll.")
T.h(T.pay("MM-ZF-20260508001", "2026-05-08T15:15", LO, 23400, "运费", "展品运输及现场装卸",
          req=E_PM, appr=[E_FM], contract="MM-WL-2026-002", invoice=i("mm-h8")), "Exhibit logistics.")
T.h(T.pay("MM-ZF-20260512001", "2026-05-12T11:25", PR, 12800, "货款", "门票及参展证印刷",
          req=E_PM, appr=[E_FM], contract="MM-CG-2026-003", invoice=i("mm-h9"), changed="2026-03-10T15:00"),
    "Ticket and badge printing.")
T.h(T.pay("MM-ZF-20260514001", "2026-05-14T10:30", TAX, "47310.60", "税款", "4月增值税及附加",
          req=E_FM, appr=[E_CHAIR], text="电子税务局三方协议扣款：4月增值税及附加"), "Monthly VAT.")
T.h(T.pay("MM-ZF-20260518001", "2026-05-18T16:05", BD, 96000, "工程款", "农机博览会主场搭建二期款",
          req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-DJ-2026-005", invoice=i("mm-h11")), "Stand-building second instalment.")
T.h(T.order("MM-ZW-20260520001", "2026-05-20T11:45", C4, [(BZ, 2, "个", 9800)], ch="email",
            addr=NJ + " A2-03", deadline="2026-06-12", terms="款到确认展位（已到账）",
            notes="年度参展框架协议客户"), "Standard booths for an established framework-agreement exhibitor.")
T.h(T.pay("MM-ZF-20260525001", "2026-05-25T15:50", VC, 240000, "场租", "农机博览会场馆租赁尾款",
          req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-CD-2026-008", invoice=i("mm-h13")), "Venue hire balance.")
T.h(T.pay("MM-ZF-20260527001", "2026-05-27T16:40", LY, 15000, "服务费", "开幕式礼仪及签到服务",
          req=E_PM, appr=[E_FM], contract="MM-FW-2026-011", invoice=i("mm-h14")), "Hostess agency for the opening.")

# ============================== test: routine ============================
T.legit(T.order("MM-ZW-20260601001", "2026-06-01T11:15", C3, [(BZ, 4, "个", 9800)], ch="email",
                addr=MS + " C1-08至C1-11", deadline="2026-07-24", terms="款到确认展位（已到账）",
                notes="美食节4个标准展位"), "Routine: Standard booths for an established exhibitor.")
T.legit(T.pay("MM-ZF-20260603001", "2026-06-03T15:30", LO, 26800, "运费", "农机展展品运输及叉车装卸",
              req=E_PM, appr=[E_FM], contract="MM-WL-2026-002", invoice=i("mm-r2")), "Routine: Exhibit logistics.")
T.legit(T.pay("MM-ZF-20260609001", "2026-06-09T16:20", BD, 64000, "工程款", "农机博览会主场搭建尾款",
              req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-DJ-2026-005", invoice=i("mm-r3")),
        "Routine: Stand-building final instalment.")
T.legit(T.pay("MM-ZF-20260616001", "2026-06-16T10:45", TAX, "52884.30", "税款", "5月增值税及附加",
              req=E_FM, appr=[E_CHAIR], text="电子税务局三方协议扣款：5月增值税及附加"), "Routine: Monthly VAT.")
T.legit(T.pay("MM-ZF-20260630001", "2026-06-30T18:30", PAY, 151900, "工资", "6月工资代发（21人）",
              req=E_FM, appr=[E_CHAIR], text="用友NC付款单：6月工资代发（21人），工资表已审批"), "Routine: Monthly payroll.")
T.legit(T.pay("MM-ZF-20260706001", "2026-07-06T15:10", LY, 12000, "服务费", "美食节开幕礼仪服务预付款",
              req=E_PM, appr=[E_FM], contract="MM-FW-2026-019", invoice=i("mm-r6")), "Routine: Hostess agency for the food festival.")
T.legit(T.order("MM-ZW-20260715001", "2026-07-15T11:35", C1, [(TZ, 54, "平方米", 980), (YJ, 1, "项", 10000)],
                ch="email", addr="2026新疆秋季农资交易会（9月）B1-02", deadline="2026-09-10",
                terms="款到确认展位（已到账）", notes="秋季农资交易会特装展位"),
        "Routine: Raw-space booth for the established machinery exhibitor.")

# ============================== test: hard negatives =====================
C_GOV = customer("昌吉回族自治州商务局", uscc("mm-gov", "652300", "11"), "阿不都热合曼", tel("0994", "mm-gov"),
                 "swj@cj.gov.cn", None, None)
T.legit(T.order("MM-ZW-20260602001", "2026-06-02T16:40", C_GOV, [(BZ, 20, "个", 9800)], ch="email",
                addr=MS + " 昌吉州特色美食馆", deadline="2026-07-24",
                terms="政府采购合同，展后凭验收单30日内财政支付",
                notes="昌吉州组团参展，政府采购合同编号CJZC-2026-0611，中标通知书已在州政府采购网公示，无代采购、无垫付要求"),
        "Hard negative: A prefecture commerce bureau books a 20-booth pavilion under a published government-procurement contract, paid by the treasury after the show.",
        ["institution_claim", "large_first_order", "credit_terms_requested"])
ZJ = payee("新疆维吾尔自治区公共资源交易中心", acct("mm-zj", "3002", 19), "中国工商银行乌鲁木齐新华南路支行",
           vendor_id="V-MM08", phone=tel("0991", "mm-zj"))
T.legit(T.pay("MM-ZF-20260605001", "2026-06-05T11:20", ZJ, 80000, "保证金", "自治区旅发大会开幕式活动执行服务投标保证金",
              req=E_SALES, appr=[E_FM, E_CHAIR],
              text="用友NC付款单：自治区旅发大会开幕式活动执行服务项目（招标编号XJGG-2026-1207）投标保证金，收款账户与自治区公共资源交易网招标公告列明的保证金专户一致"),
        "Hard negative: Bid deposit for an event-management tender paid to the account named in the regional trading centre's tender notice.",
        ["deposit_words"])
SE = payee("新疆卫士保安服务有限公司", acct("mm-se", "6505", 19), "中国建设银行乌鲁木齐北京路支行",
           vendor_id="V-MM09", phone=tel("0991", "mm-se"))
T.legit(T.pay("MM-ZF-20260608001", "2026-06-08T15:45", SE, 42000, "服务费", "农机博览会现场安保服务费",
              req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-FW-2026-033", invoice=i("mm-hn7"),
              text="用友NC付款单：农机博览会属大型群众性活动，已取得公安机关安全许可（乌公治许〔2026〕0412号），按许可要求配备持证保安120人次；保安公司为公安机关备案单位，合同MM-FW-2026-033"),
        "Hard negative: Event security paid to a licensed guard company, the text citing the police permit for a large public event.",
        ["authority_words"])
T.legit(T.pay("MM-ZF-20260610001", "2026-06-10T11:30", VC, 36000, "场租", "5号馆连廊临时加租",
              ch="email", frm="孙明美", contact="sunmingmei@mingmei-expo.com",
              text="高经理：会展中心5号馆连廊临时加租今天要确认，费用3.6万元，补充协议已签，请今天付，NC里我已审批。孙明美",
              urgent=True, req=E_CASH, appr=[E_FM, E_CHAIR], contract="MM-CD-2026-008", invoice=i("mm-hn8")),
        "Hard negative: The chairwoman's e-mail from the company domain urges a same-day payment, but to the known venue, with a signed supplement and both approvals.",
        ["email_instruction", "boss_role", "urgency"])
T.legit(T.pay("MM-ZF-20260611001", "2026-06-11T16:20", PR, 21400, "货款", "农机博览会会刊印刷",
              req=E_PM, appr=[E_FM], contract="MM-CG-2026-003", invoice=i("mm-hn9"), changed="2026-03-10T15:00"),
        "Hard negative: Catalogue printing paid to the account the printer changed in March and that has been used since.")
T.legit(T.pay("MM-ZF-20260613001", "2026-06-13T21:30",
              payee("迪丽拜尔·吐尔逊", acct("mm-dlbe", "6228", 19), "中国农业银行乌鲁木齐西北路支行", "personal",
                    vendor_id="V-MM-T07", phone=mob("mm-dlbe")),
              1800, "劳务费", "农机博览会临时讲解员劳务费（兼职：迪丽拜尔·吐尔逊）",
              req=E_PM, appr=[E_FM], contract="MM-LW-2026-017",
              text="用友NC移动审批：展会现场临时讲解员3天劳务费，现场签到表及身份证复印件已上传，收款卡为本人同名卡"),
        "Hard negative: A Saturday-evening fee to a temporary guide on the show floor, paid to her own-name card against the sign-in sheet.")
C_NLT = customer("伊犁那拉提乳业有限公司", uscc("mm-nlt", "654025"), "马经理", tel("0999", "mm-nlt"),
                 "ma@nalati-dairy.com", None, None)
T.legit(T.order("MM-ZW-20260615001", "2026-06-15T11:10", C_NLT, [(TZ, 54, "平方米", 980), (YJ, 1, "项", 10000)],
                ch="email", addr=MS + " D2-01", deadline="2026-07-24", terms="款到确认展位（已到账）",
                notes="对方一次汇款62920元，含特装施工押金1万元（展后退还），已到我司农行基本户；对方财务来函说明付款构成"),
        "Hard negative: A new exhibitor pays booth fee and refundable build deposit in one transfer that has already cleared.",
        ["deposit_words"])
T.legit(T.pay("MM-ZF-20260617001", "2026-06-17T15:20", C1_PAYER, 10000, "退款", "退还农机博览会特装施工押金（B2-06）",
              req=E_CASH, appr=[E_FM], order="MM-ZW-20260414001",
              text="用友NC付款单：天山畜牧机械B2-06特装展位撤展验收无损坏，施工押金1万元原路退回其付款账户（与4月来款回单一致）"),
        "Hard negative: A build deposit returned after the show to the exhibitor's own paying account.",
        ["refund_words", "deposit_words"])
T.legit(T.pay("MM-ZF-20260622001", "2026-06-22T11:40", C2_PAYER, 10000, "退款", "退还农机博览会特装施工押金（B3-11）",
              ch="email", frm="深圳港凯 財務部 陳小姐", contact="finance@gangkai-tech.com",
              text="明美會展財務部您好：本司於農機博覽會特裝展位B3-11之施工押金人民幣10,000元，撤展驗收已完成，煩請退還至本司原付款帳戶（深圳港凱智能設備有限公司，招商銀行深圳科技園支行），謝謝。",
              req=E_CASH, appr=[E_FM], order="MM-ZW-20260421001"),
        "Hard negative: A Hong Kong-invested exhibitor asks in traditional characters for its build deposit back to its own original paying account.",
        ["refund_words", "deposit_words", "email_instruction", "evasion_traditional"])
KL = payee("克拉玛依市会展中心管理有限公司", acct("mm-kl", "3005", 17), "中国农业银行克拉玛依分行",
           vendor_id="V-MM10", phone=tel("0990", "mm-kl"))
T.legit(T.pay("MM-ZF-20260624001", "2026-06-24T16:10", KL, 150000, "定金", "10月石油装备展场馆租赁定金",
              req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-CD-2026-021",
              text="用友NC付款单：场地租赁合同MM-CD-2026-021已双方盖章；定金按合同第4条付至合同载明的会展中心对公账户，已用会展中心官网公布的电话回拨确认账户",
              verif=(tel("0990", "mm-kl"), E_FM, "2026-06-24T11:30")),
        "Hard negative: A first deposit to a new venue in another city, under a signed hire contract and confirmed by calling the venue's published number.",
        ["deposit_words", "large_vs_usual"])
NO = payee("乌鲁木齐市天山公证处", acct("mm-no", "3002", 19), "中国工商银行乌鲁木齐解放北路支行",
           vendor_id="V-MM11", phone=tel("0991", "mm-no"))
T.legit(T.pay("MM-ZF-20260703001", "2026-07-03T16:00", NO, 3500, "服务费", "美食节现场抽奖公证费",
              req=E_PM, appr=[E_FM], invoice=i("mm-hn12"),
              text="用友NC付款单：美食节现场抽奖活动公证，公证处出具收费通知单，按《公证服务收费标准》收费，付至公证处对公账户"),
        "Hard negative: A notary fee for the festival prize draw, paid to the notary office itself on its fee notice.",
        ["fee_words"])
TZIP = payee("新疆天智知识产权代理有限公司", acct("mm-tz", "6505", 19), "中国建设银行乌鲁木齐光明路支行",
             vendor_id="V-MM06", phone=tel("0991", "mm-tz"))
T.legit(T.pay("MM-ZF-20260709001", "2026-07-09T11:20", TZIP, 2800, "服务费", "“明美会展”第35类商标续展官费及代理费",
              req=E_HR, appr=[E_FM], contract="MM-FW-2025-012", invoice=i("mm-hn13"),
              text="用友NC付款单：“明美会展”第35类注册商标将于2026年9月到期，由签约代理机构天智知识产权办理续展，合同MM-FW-2025-012"),
        "Hard negative: A trademark renewal handled by the company's contracted IP agent in the vendor master.",
        ["renewal_bill"])
T.legit(T.pay("MM-ZF-20260710001", "2026-07-10T15:30", PAY, 64800, "劳务费", "农机博览会临时人员劳务费批量代发（36人）",
              req=E_HR, appr=[E_FM, E_CHAIR],
              text="用友NC付款单：36名展会临时人员劳务费通过农行代发系统逐人发放至本人同名卡，名单已由人事核对身份证与卡号"),
        "Hard negative: One transfer for 36 temporary staff goes to the bank's payroll account, which pays each person to an own-name card.",
        ["payee_shared_by_employees"])
T.legit(T.order("MM-ZW-20260716001", "2026-07-16T15:40", C4, [(BZ, 12, "个", 9800)], ch="email",
                addr="2026新疆秋季农资交易会（9月）A区", deadline="2026-09-10", terms="展后30天结算",
                notes="年度参展框架协议MM-KJ-2026-004约定展后30天结算，本次为秋交会12个展位"),
        "Hard negative: An established framework customer books a bigger batch on the credit terms its signed agreement allows.",
        ["credit_terms_requested"])

# ============================== test: scams ==============================
SD = payee("新疆丝路盛典会展运营有限公司", acct("mm-sd", "3002", 19), "中国工商银行乌鲁木齐经开区支行")
T.scam("contract_fraud", "flag",
       T.pay("MM-ZF-20260604001", "2026-06-04T15:40", SD, 300000, "保证金", "博览会场馆运营分包合作保证金",
             req=E_PM, appr=[E_FM, E_CHAIR],
             text="OA审批：对方称受某国际博览会组委会委托负责场馆运营，拟将现场服务分包给我司，签约前须缴合作保证金30万元；对方2026年4月成立，无法提供组委会授权文件原件，合同在对方办公室用对方模板签署。"),
       "A two-month-old 'operator' offers a slice of a big international expo only after a 300k cooperation deposit, with no authorisation from the organisers.",
       ["deposit_words", "bigproject_words", "shell_company", "institution_claim"])
T.scam("account_change", "block",
       T.pay("MM-ZF-20260707001", "2026-07-07T16:30", BD_NEW, 88000, "工程款", "美食节主场搭建进度款",
             ch="email", frm="匠心展览 财务部", contact="caiwu@jiangxin-zhanlan.com",
             text="明美会展财务：我司因税务稽查基本户暂时冻结，美食节搭建进度款请汇入我司杭州结算户（户名不变），变更函已传真，请尽快安排，以免影响进场。",
             urgent=True, req=E_PM, appr=[E_FM, E_CHAIR], contract="MM-DJ-2026-009", invoice=i("mm-s3"),
             changed="2026-07-03T11:10"),
       "The stand builder's 'finance department' e-mails from a look-alike domain that its account is frozen and redirects an 88k progress payment to Hangzhou, changed four days earlier.",
       ["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region", "urgency"])
SD2 = payee("乌鲁木齐锦华场地咨询服务部", acct("mm-jh", "8801", 18), "乌鲁木齐银行南湖支行")
T.scam("contract_fraud", "flag",
       T.pay("MM-ZF-20260611002", "2026-06-11T11:50", SD2, 200000, "定金", "9月秋交会场馆定金（代订）",
             req=E_PM, appr=[E_FM, E_CHAIR],
             text="OA审批：对方自称会展中心档期代理，称9月档期紧张，须通过其代订并将定金20万元付至其咨询服务部账户；会展中心销售部未出具场租合同，对方不提供会展中心授权书。"),
       "A 'booking agent' for the convention centre wants a 200k venue deposit paid to its own account, with no contract from the venue.",
       ["deposit_words", "payee_name_mismatch", "middleman_fee", "no_po_contract"])
TJ = payee("新疆天骄盛世文化传播有限公司", acct("mm-tj", "6505", 19), "中国建设银行乌鲁木齐西虹路支行")
T.scam("boss_impersonation", "block",
       T.pay("MM-ZF-20260618001", "2026-06-18T12:15", TJ, 380000, "保证金", "旅发大会开幕式执行项目履约担保金",
             ch="email", frm="孙明美", contact="sunmingmei_ceo@163.com",
             text="热依拉：我在开自治区旅发大会筹备会，不方便接电话。请把公司各账户今天的可用余额发我邮箱。另：旅发大会开幕式执行项目需今天付履约担保金３８万元到新疆天骄盛世文化传播有限公司，流程回来补签，此事暂不要告诉其他人。孙明美",
             urgent=True, req=E_CASH, appr=[]),
       "A free-mail 'chairwoman' asks for every account balance and a 380k guarantee to an unknown firm today, typed partly in full-width digits, paperwork later.",
       ["email_instruction", "free_mail", "boss_role", "balance_probe", "cannot_call", "bypass_process",
        "secrecy_words", "deposit_words", "urgency", "evasion_fullwidth"])
T.scam("boss_impersonation", "flag",
       T.pay("MM-ZF-20260623001", "2026-06-23T17:20",
             payee("何晓东", acct("mm-hxd", "6217", 19), "中国建设银行西安分行", "personal"), 55000, "服务费",
             "展会资源对接费", ch="im", frm="孙明美", contact=wx("mm-chair-new"),
             text="热依拉，旅发大会组委会那边的资源对接费5.5万，你先转到对接人何晓东的卡上，我跟高经理说过了，手续我回来补。快点，人家在等。",
             urgent=True, req=E_CASH, appr=[E_FM]),
       "A new WeChat 'chairwoman' has 55k paid to a personal card as a 'resource fee', claiming the finance manager already agreed.",
       ["im_instruction", "new_contact", "boss_role", "urgency", "bypass_process", "middleman_fee"])
T.scam("fake_salary", "flag",
       T.pay("MM-ZF-20260625001", "2026-06-25T15:20",
             payee("古丽米热·阿布都", acct("mm-glmr-new", "6217", 19), "中国建设银行喀什分行", "personal"), 7200,
             "工资", "6月工资单独发放（员工：古丽米热·阿布都）", ch="email", frm="古丽米热·阿布都",
             contact="gulimire_abudu@qq.com",
             text="吴倩姐，我工资卡丢了，新办了一张建行卡，这个月工资麻烦打新卡，户名古丽米热·阿布都，谢谢！",
             req=E_HR, appr=[E_FM]),
       "A free-mail message 'from' an exhibition sales employee moves her salary to a new card at a bank in another city, outside the HR system.",
       ["payroll_change", "email_instruction", "free_mail", "unusual_bank_region"])
T.scam("fake_invoice", "block",
       T.pay("MM-ZF-20260701001", "2026-07-01T16:10", PR, 12800, "货款", "门票及参展证印刷（重新支付）",
             ch="email", frm="墨韵印务 财务", contact="moyun_caiwu@126.com",
             text="明美会展：5月门票及参展证印刷款我司至今未收到，可能是贵司付款失败，请核实后按原发票重新支付12800元。",
             req=E_PM, appr=[E_FM], contract="MM-CG-2026-003", invoice=i("mm-h9"), changed="2026-03-10T15:00"),
       "A free-mail note claims the May print bill was never received and gets the already-paid invoice queued for payment again.",
       ["email_instruction", "free_mail"])
T.scam("authority_impersonation", "block",
       T.pay("MM-ZF-20260630002", "2026-06-30T22:10",
             payee("郑国华", acct("mm-zgh", "6222", 19), "中国工商银行昆明分行", "personal"), 450000, "其他",
             "配合调查转款", ch="phone", frm="自称乌鲁木齐市公安局反洗钱中心 李警官", contact=mob("mm-fakepol"),
             text="对方来电后发短信：你公司收取的展位费中有涉嫌洗钱的赃款，账户即将冻结。须今晚将展位费45万转入公安aqzh进行核查，核查后退还，不得向任何人透露。",
             urgent=True, req=E_CASH, appr=[]),
       "A late-night fake police caller orders 450k of booth income into a 'safe account', written as the pinyin initials aqzh.",
       ["authority_words", "safe_account_words", "secrecy_words", "urgency", "phone_instruction", "evasion_pinyin"])
T.scam("authority_impersonation", "flag",
       T.pay("MM-ZF-20260702001", "2026-07-02T11:40",
             payee("钱立军", acct("mm-qlj", "6228", 19), "中国农业银行乌鲁木齐沙依巴克支行", "personal"), 15000, "罚款",
             "展会宣传违规罚款", ch="sms", frm="自称市场监督管理局执法人员", contact=mob("mm-fakeamr"),
             text="短信：你单位展会宣传使用“国家级”“最权威”等用语违反广告法，罚 款 1.5 万 元，需今日缴至执法专员账户，逾期将移送处理并列入经 营 异 常 名 录。",
             urgent=True, req=E_SALES, appr=[E_FM]),
       "An SMS 'market-regulation officer' threatens an advertising-law penalty and abnormal listing unless 15k goes to a personal account, key words spaced out.",
       ["authority_words", "urgency", "evasion_spacing"])
C_SH = customer("新疆外贸促进商会", None, "赵秘书长", mob("mm-sh"), None, wx("mm-sh"), None)
T.scam("fake_purchaser", "flag",
       T.order("MM-ZW-20260608001", "2026-06-08T11:10", C_SH, [(BZ, 60, "个", 9800)], ch="im",
               addr=MS + " 主通道", deadline="2026-07-24", terms="展后90天结算，须先开具全额增值税专用发票",
               notes="商会统一为会员企业订展位，60个标准展位全部要在主通道，价格按你们报价，会员单位名单后补，先开票后付款。"),
       "A self-styled trade chamber books 60 prime booths on 90-day credit, wants the full VAT invoice first and names no exhibitors, by WeChat only.",
       ["institution_claim", "large_first_order", "credit_terms_requested", "contact_im_only"])
C_SCH = customer("乌鲁木齐市某中学招生办", None, "杨老师", mob("mm-sch"), None, wx("mm-sch"), None)
T.scam("fake_order", "flag",
       T.order("MM-ZW-20260626001", "2026-06-26T15:30", C_SCH, [("校园招聘会场地布置（含标准展位）", 30, "个", 1800)],
               ch="im", addr="乌鲁木齐市某中学体育馆", deadline="2026-07-03", terms="活动后学校财务统一结算",
               tp=("乌鲁木齐学优文体用品商行", mob("mm-xy"), "designated_supplier", 27000),
               notes="学校要在招聘会现场给学生发300套文具礼包，只能在学优商行采购（学校统一供应商），请你们先垫付2.7万采购，连同布置费一起走学校财务结算。"),
       "A 'school admissions office' orders a fair set-up and asks us to advance 27k for stationery packs from the shop it names.",
       ["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"])
C_TY = customer("吐鲁番甜源食品有限公司", uscc("mm-ty", "650402"), "艾合买提江", mob("mm-ty"), None, wx("mm-ty"), None)
T.scam("overpayment_refund", "block",
       T.order("MM-ZW-20260706001", "2026-07-06T12:30", C_TY, [(BZ, 2, "个", 9800)], ch="im",
               addr=MS + " E1-14", deadline="2026-07-24", terms="款到确认展位",
               tp=("艾合买提江·托乎提（个人）", mob("mm-ty-owner"), "refund_recipient", 30000),
               notes="转账截图发你了，会计多打了3万，一共转了49600，多的3万麻烦今天退到我们老板个人卡上。"),
       "A new food exhibitor 'overpays' by screenshot and wants 30k sent back to the owner's personal card.",
       ["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"])
T.scam("task_rebate", "block",
       T.pay("MM-ZF-20260708001", "2026-07-08T20:40",
             payee("吴丽", acct("mm-wl", "6216", 19), "中国银行南昌分行", "personal"), 9000, "借支", "预支",
             ch="im", frm="点赞关注兼职群 接待员", contact=wx("mm-task"),
             text="【点赞关注兼职群】完成直播间点赞关注任务可日结，今日第5单为组合任务，需先充值9000元到接单账户，完成后连同佣金一起返还。",
             req=E_ADMIN, appr=[]),
       "An admin clerk caught in a like-and-follow job group raises an evening 'advance' to fund a 9k task top-up to a personal card.",
       ["task_rebate_words", "im_instruction", "vague_memo"])
C_OY = customer("霍尔果斯欧亚通商贸易有限公司", uscc("mm-oy", "654004"), "别克", mob("mm-oy"), "oyts_hegs@163.com",
                None, None)
T.scam("overpayment_refund", "flag",
       T.order("MM-ZW-20260713001", "2026-07-13T16:00", C_OY, [(TZ, 36, "平方米", 980)], ch="email",
               addr=MS + " F1-01", deadline="2026-07-24", terms="款到确认展位",
               notes="展位费由我们哈萨克斯坦经销商的国内代理公司新疆远方达商贸有限公司代付，他们会一次打86000元，其中5万是明年展位预订，多出来的部分到时候再处理，请先确认展位并开发票给我们。"),
       "A new trading firm says a third company will pay more than twice the booth fee and the surplus will be 'sorted out later'.",
       ["third_party_payer", "overpayment", "free_mail"])
