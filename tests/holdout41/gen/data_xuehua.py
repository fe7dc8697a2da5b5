"""xuehua: 库尔勒雪花棉纺有限公司, a spinning mill in Korla buying lint and selling yarn inland."""
from common import (Tenant, V, I, erp, C, item, TP, fee, verif, digits, mobile, land,
                    wxid, uscc, invno)

NAME = "库尔勒雪花棉纺有限公司"


def build():
    t = Tenant("xuehua", "XH", digits("xh:payer", 19, "0408"), NAME)

    tianrun = V("沙雅县天润轧花有限公司", digits("xh:tianrun", 19, "2036524"), "中国农业发展银行沙雅县支行",
                "corporate", "V-XH01", land("0997", "xh:tianrun"))
    lvyuan = V("尉犁县绿原棉业有限公司", digits("xh:lvyuan", 17, "30"), "中国农业银行尉犁县支行",
               "corporate", "V-XH02", land("0996", "xh:lvyuan"))
    fibre = V("巴音郭楞蒙古自治州纤维质量监测中心", digits("xh:fibre", 19, "3009"), "中国工商银行库尔勒分行",
              "corporate", "V-XH03", land("0996", "xh:fibre"))
    power = V("国网新疆电力有限公司巴州供电公司", digits("xh:power", 19, "3009"), "中国工商银行库尔勒分行",
              "corporate", "V-XH04", land("0996", "xh:power"))
    freight = V("库尔勒恒通物流有限公司", digits("xh:freight", 17, "30"), "中国农业银行库尔勒分行",
                "corporate", "V-XH05", land("0996", "xh:freight"))
    cones = V("库尔勒华兴纸管有限公司", digits("xh:cones", 17, "30"), "中国农业银行库尔勒分行",
              "corporate", "V-XH06", land("0996", "xh:cones"))
    payroll = V("中国工商银行库尔勒分行（代发工资专户）", digits("xh:payroll", 19, "0408"),
                "中国工商银行库尔勒分行", "corporate", "V-XH07", None)
    loan = V("中国工商银行库尔勒分行（贷款收息专户）", digits("xh:loan", 19, "0408"), "中国工商银行库尔勒分行",
             "corporate", "V-XH08", land("0996", "xh:icbc"))
    parts = V("新疆恒锐纺机配件有限公司", digits("xh:parts-new", 19, "6505"), "中国建设银行乌鲁木齐经济技术开发区支行",
              "corporate", "V-XH09", land("0991", "xh:parts"))

    c_yc = C("江苏盐城华丰织造有限公司", uscc("xh:yc", "320900"), "陆志刚", land("0515", "xh:yc"),
             "cg@huafengweave.com", None, "C-XH01")
    c_sx = C("浙江绍兴柯桥锦程纺织有限公司", uscc("xh:sx", "330603"), "沈丽", land("0575", "xh:sx"),
             "shenli@jinchengtex.com", None, "C-XH02")
    c_hk = C("永昌紗線貿易有限公司", None, "陳志明", land("0757", "xh:hk"), "chan@wingcheongyarn.com.hk",
             None, "C-XH03")
    c_sq = C("河南商丘鸿运家纺有限公司", uscc("xh:sq", "411400"), "郭建伟", land("0370", "xh:sq"),
             "gjw@hongyunjf.com", None, "C-XH04")

    H, T = "history", "test"
    SAP = "SAP付款申请："

    # ---- history -------------------------------------------------------------------
    t.pay(H, "2026-08-24 12:30", tianrun, "1824000", "货款", "2025年度皮棉款（120吨）",
          erp("杨帆", SAP + "天润轧花 3129B皮棉120吨×15200元｜合同XH-CG-2026-009｜公检证书已核"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-009", invno("xh:tianrun-0824")),
          note="Routine: lint bought from a regular Shaya gin.")
    t.order(H, "2026-08-25 11:40", c_yc, [item("C32S精梳纱", "60", "吨", "23800")], "erp",
            ("江苏省盐城市亭湖区华丰织造厂", "2026-09-05"), "款到发货", "老客户常规订单，汽运转铁路",
            note="Routine: combed-yarn order from an established Yancheng weaver.")
    t.pay(H, "2026-08-26 16:20", power, "412600", "电费", "8月电费",
          erp("帕提古丽·艾则孜", SAP + "8月电费｜巴州供电公司｜户号6528010233"),
          "E5105", ["E5102"], (None, None, invno("xh:power-0826")),
          note="Routine: August electricity for the spinning mill.")
    t.pay(H, "2026-08-27 11:10", lvyuan, "1216000", "货款", "2025年度皮棉款（80吨）",
          erp("杨帆", SAP + "绿原棉业 2129B皮棉80吨×15200元｜合同XH-CG-2026-011"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-011", invno("xh:lvyuan-0827")),
          note="Routine: lint bought from a regular Yuli cotton company.")
    t.order(H, "2026-08-28 17:40", c_sx, [item("C21S气流纺纱", "40", "吨", "16900")], "erp",
            ("浙江省绍兴市柯桥区锦程纺织厂", "2026-09-08"), "款到发货", "老客户常规订单",
            note="Routine: open-end yarn order from an established Shaoxing weaver.")
    t.pay(H, "2026-08-31 12:50", freight, "86400", "运费", "8月纱线外运运费（库尔勒—盐城/绍兴）",
          erp("帕提古丽·艾则孜", SAP + "8月纱线外运运费｜恒通物流｜合同XH-WL-2026-002"),
          "E5105", ["E5102"], (None, "XH-WL-2026-002", invno("xh:freight-0831")),
          note="Routine: yarn freight to inland customers.")
    t.pay(H, "2026-09-02 11:20", fibre, "3600", "检验费", "棉纱委托检验费（8月批次）",
          erp("帕提古丽·艾则孜", SAP + "棉纱条干、强力委托检验（委托单BZ-WT-0826）｜州纤维质量监测中心"),
          "E5105", ["E5102"], (None, None, invno("xh:fibre-0902")),
          note="Routine: yarn testing fee to the prefecture fibre inspection centre.")
    t.order(H, "2026-09-03 15:30", c_hk, [item("C40S精梳緊密紡紗", "30", "噸", "27600")], "email",
            ("广东省佛山市南海区西樵镇永昌委托加工厂", "2026-09-20"), "前T/T全款",
            "劉經理：九月訂C40S精梳緊密紡紗30噸，全款T/T，到賬後請安排發貨。陳志明",
            note="Routine: an established Hong Kong yarn trader's order, written in traditional characters as always.")
    t.pay(H, "2026-09-07 18:10", payroll, "1386540", "工资", "8月工资代发（412人）",
          erp("吴敏", SAP + "8月工资代发412人，工资表人事已审核"),
          "E5103", ["E5102", "E5101"],
          note="Routine: August payroll through the bank payroll account.")
    t.pay(H, "2026-09-08 12:00", cones, "48960", "货款", "纸管（8月）",
          erp("帕提古丽·艾则孜", SAP + "宝塔纸管、平行纸管｜华兴纸管｜合同XH-CG-2026-004"),
          "E5105", ["E5102"], (None, "XH-CG-2026-004", invno("xh:cones-0908")),
          note="Routine: paper cones from the regular supplier.")
    t.pay(H, "2026-09-10 11:30", parts, "63250", "货款", "细纱机配件（罗拉、胶辊）",
          erp("帕提古丽·艾则孜", SAP + "细纱机罗拉、胶辊｜恒锐纺机配件（5月已变更收款账户，盖章变更函及回拨记录已归档）"),
          "E5105", ["E5102"], (None, "XH-CG-2026-013", invno("xh:parts-0910")),
          changed="2026-05-11 11:00",
          note="Routine: spare parts paid to the supplier's account changed in May.")
    t.pay(H, "2026-09-14 16:45", loan, "186300", "利息", "流动资金贷款利息（8月21日—9月20日）",
          erp("吴敏", SAP + "工行流动资金贷款利息备付（借款合同ICBC-KRL-2026-044）"),
          "E5103", ["E5102"], (None, "ICBC-KRL-2026-044", None),
          note="Routine: monthly interest on a working-capital loan.")
    t.order(H, "2026-09-16 11:55", c_sq, [item("C21S气流纺纱", "50", "吨", "16900")], "erp",
            ("河南省商丘市梁园区鸿运家纺厂", "2026-09-28"), "款到发货", "老客户常规订单，款已到账", ref="hy",
            note="Routine: open-end yarn order from an established Shangqiu home-textile maker.")
    t.pay(H, "2026-09-17 12:40", tianrun, "2280000", "货款", "2025年度皮棉款（150吨）",
          erp("杨帆", SAP + "天润轧花 3129B皮棉150吨×15200元｜合同XH-CG-2026-009"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-009", invno("xh:tianrun-0917")),
          note="Routine: more lint from the regular Shaya gin.")

    # ---- test ----------------------------------------------------------------------
    t.pay(T, "2026-10-12 11:10", tianrun, "3120000", "货款", "2026年度新棉皮棉款（200吨）",
          erp("杨帆", SAP + "天润轧花 新棉3129B皮棉200吨×15600元｜合同XH-CG-2026-021｜公检证书已核"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-021", invno("xh:tianrun-1012")),
          note="Routine: first new-season lint purchase from the regular gin.")

    t.order(T, "2026-10-13 16:30",
            C("常州德润纺织科技有限公司", uscc("xh:derun", "320400"), "周经理", mobile("xh:derun", "55"),
              None, wxid("xh:derun"), None),
            [item("C40S精梳紧密纺纱", "150", "吨", "27800")], "im",
            ("浙江省绍兴市柯桥区某物流园", "2026-10-18"), "月结60天",
            "我们给几个大牌做代工，单子急，价格就按你们报的，不用打样也不用看厂，先发150吨到柯桥物流园，60天账期，合同盖章后发你。",
            label="scam", st="fake_purchaser", expect="flag",
            sig=["large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only",
                 "new_customer"],
            note="A new 'OEM weaver' from Changzhou orders 150 t of compact yarn unseen, on 60-day credit, to a Shaoxing logistics park.")

    t.order(T, "2026-10-14 12:20",
            C("南通通州恒润家纺织造有限公司", uscc("xh:hengrun", "320612"), "陈建", land("0513", "xh:hengrun"),
              "chenjian@hengrunjf.com", None, None),
            [item("C32S精梳纱", "10", "吨", "23900")], "email",
            ("江苏省南通市通州区川姜镇恒润家纺织造厂", "2026-10-25"), "预付30%，余款款到发货",
            "首单试用。公司座机、企业邮箱已核实，预付款71700元已到账（工行回单已核），余款到账后发货。",
            sig=["new_customer"],
            note="Hard negative: a new inland weaver's small trial order, partly prepaid and checked through its landline.")

    t.order(T, "2026-10-15 11:45",
            C("淄博鲁丰家纺有限公司", uscc("xh:lufeng", "370303"), "孙经理", mobile("xh:lufeng", "56"),
              None, wxid("xh:lufeng"), None),
            [item("C21S气流纺纱", "80", "吨", "17100")], "im",
            ("山东省淄博市周村区某家纺厂", "2026-10-22"), "款到发货",
            "这批纱做床品，客户要做抗菌整理，要500公斤抗菌整理剂，只认博山瑞达化工这家的。"
            "我们跟他们老板闹过矛盾不好直接买，麻烦你们帮忙代购一下，跟纱一起发过来，钱和纱款一起结。",
            TP("淄博博山瑞达化工经营部", mobile("xh:ruida", "53"), "designated_supplier", "46000"),
            label="scam", st="fake_order", expect="flag", ref="lf",
            sig=["designated_supplier", "off_catalogue_item", "contact_im_only", "large_first_order",
                 "new_customer"],
            note="A new home-textile buyer orders 80 t of yarn and asks us to buy an antibacterial finish from the chemical shop it names.")

    t.pay(T, "2026-10-16 16:50", V("淄博博山瑞达化工经营部", digits("xh:ruida", 19, "622848"),
                                   "中国农业银行淄博博山支行", "personal"),
          "46000", "代采购", "代购抗菌整理剂500kg（鲁丰家纺订单）",
          I("im", "孙经理（鲁丰家纺）", wxid("xh:lufeng"),
            "刘经理，纱款136.8万我们财务已经走对公了，银行说系统延迟明天到账，截图发你了。\n"
            "瑞达那边今天不收钱不发货，你们先垫fu 4.6万给瑞达，明天一起结。", True),
          "E5120", [], ("@lf", None, None),
          label="scam", st="fake_order", expect="block",
          sig=["im_instruction", "designated_supplier", "sales_order_linked", "fake_payment_proof",
               "urgency", "evasion_pinyin", "first_time_payee", "personal_account", "no_approval"],
          note="Sales is pushed to advance 46k to the buyer's chosen chemical shop while the buyer's own payment is only a 'delayed' screenshot.")

    t.order(T, "2026-10-19 11:30", c_sx, [item("JC60S精梳紧密纺纱（长绒棉）", "20", "吨", "36500")], "email",
            ("浙江省绍兴市柯桥区锦程纺织厂", "2026-11-15"), "预付30%，余款款到发货",
            "客户指定原料：阿拉尔产长绒棉（137级）。原料由我司按自有采购流程向合格供应商采购；预付30%（21.9万元）已到账（工行回单已核）。",
            sig=["designated_supplier"],
            note="Hard negative: an established weaver specifies the raw cotton for a special yarn; we buy it ourselves and its prepayment has cleared.")

    t.pay(T, "2026-10-20 12:40", power, "468200", "电费", "9月电费",
          erp("帕提古丽·艾则孜", SAP + "9月电费｜巴州供电公司｜户号6528010233"),
          "E5105", ["E5102"], (None, None, invno("xh:power-1020")),
          note="Routine: September electricity.")

    t.pay(T, "2026-10-21 17:20", V("尉犁县绿原棉业有限公司", digits("xh:lvyuan-fake", 19, "3602"),
                                   "中国工商银行广州天河支行", "corporate", "V-XH02", land("0996", "xh:lvyuan")),
          "1540000", "货款", "新棉皮棉款（100吨）",
          I("email", "绿原棉业财务部", "finance@lvyuan-cotton.com",
            "雪花棉纺财务部：\n因我司年度审计及开户行系统升级，原农行尉犁县支行账户暂停收款。\n"
            "自即日起货款请汇至以下新账户（户名不变）：中国工商银行广州天河支行，账号见附件盖章《账户变更函》。\n"
            "请以新账户为准，勿再汇入原账户。\n绿原棉业财务部"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-024", invno("xh:lvyuan-1021")),
          changed="2026-10-19 16:10",
          label="scam", st="account_change", expect="block",
          sig=["email_instruction", "lookalike_domain", "account_change_words", "unusual_bank_region",
               "account_changed_recent", "first_time_payee"],
          note="A lookalike-domain e-mail moved a lint supplier's account to a Guangzhou bank two days before a 1.54m payment.")

    t.pay(T, "2026-10-22 11:15", fibre, "18400", "检验费", "新棉入厂委托检验费（HVI，46批）",
          erp("帕提古丽·艾则孜", SAP + "新棉入厂HVI大容量纤维测试46批（委托单BZ-WT-1016）｜州纤维质量监测中心｜检验报告已出"),
          "E5105", ["E5102"], (None, None, invno("xh:fibre-1022")),
          sig=["authority_words"],
          note="Hard negative: HVI testing of incoming lint lots, paid to the fibre inspection centre's account on file.")

    t.pay(T, "2026-10-23 15:40", V("马志强", digits("xh:mzq", 19, "621700"), "中国建设银行乌鲁木齐分行",
                                   "personal"),
          "48000", "罚款", "纤维含量抽查罚款及复检费",
          I("phone", "中国纤维质量监测中心新疆稽查组 马组长", mobile("xh:mzq", "56"),
            "（电话记录）你们发往绍兴的C32S纱市场抽查纤维含量标识不符，要罚款、通报，还要停产整顿。"
            "今天下班前把罚款和复检费4.8万打到稽查组马志强的卡上，可以从轻，不通报。", True),
          "E5105", [],
          label="scam", st="authority_impersonation", expect="flag",
          sig=["phone_instruction", "authority_words", "urgency", "personal_account", "first_time_payee",
               "no_approval"],
          note="A fake national fibre inspector threatens a public notice and shutdown unless a 48k 'fine' goes to his personal card.")

    t.pay(T, "2026-10-26 12:10", tianrun, "2340000", "货款", "新棉皮棉款（150吨）",
          I("im", "赵国栋", "wxid_zhaoguodong（通讯录）",
            "孙总，天润那150吨3129B我在阿克苏现场看过了，公检证书齐，价格锁在15600，今天把款付了。\n合同杨帆已经在系统里走完了。",
            True),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-021", invno("xh:tianrun-1026")),
          sig=["im_instruction", "boss_role", "urgency"],
          note="Hard negative: the real general manager asks on WeChat to pay the regular gin today; contract and approvals are in the system.")

    t.order(T, "2026-10-27 16:05", c_yc, [item("C32S精梳纱", "80", "吨", "23900")], "erp",
            ("江苏省盐城市亭湖区华丰织造厂", "2026-11-08"), "款到发货", "老客户常规订单",
            note="Routine: repeat order from the established Yancheng weaver.")

    t.pay(T, "2026-10-28 11:50", V("郑州恒期商务咨询有限公司", digits("xh:hengqi", 19, "4100"),
                                   "中国银行郑州花园路支行", "corporate"),
          "680000", "保证金", "棉花期货套保保证金",
          I("im", "赵国栋", "QQ群：雪花棉纺管理层（当日新建）",
            "赵国栋：帕提古丽，工行和农行两个户现在能动用的资金有多少，截图发我\n"
            "帕提古丽·艾则孜：赵总，工行可用512万，农行87万\n"
            "赵国栋：郑棉最近波动大，董事会定了做一笔套保，先把68万保证金转给郑州恒期商务咨询，这事先别声张，手续回来补。",
            True),
          "E5105", [],
          label="scam", st="boss_impersonation", expect="block",
          sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "deposit_words",
               "secrecy_words", "bypass_process", "urgency", "first_time_payee", "no_approval"],
          note="In a same-day QQ group a fake GM probes both balances and orders a secret 680k 'hedging margin' to a Zhengzhou consultancy.")

    t.pay(T, "2026-10-29 12:30", V("巴州天衡资产评估有限公司", digits("xh:tianheng", 17, "30"),
                                   "中国农业银行库尔勒分行", "corporate", "V-XH10", land("0996", "xh:tianheng")),
          "38000", "评估费", "流动资金贷款抵押物评估费",
          erp("吴敏", SAP + "工行库尔勒分行收购季流动资金贷款3000万审批中，抵押物（厂房及土地）由银行评估机构名单内的天衡评估出具报告BZTH-2026-214，"
              "按委托评估合同付费，发票已开"),
          "E5103", ["E5102", "E5101"], (None, "BZTH-2026-214", invno("xh:tianheng-1029")),
          sig=["loan_fee_words", "first_time_payee"],
          note="Hard negative: collateral appraisal fee for a bank loan to an appraiser on the bank's panel, against a signed engagement.")

    t.pay(T, "2026-10-30 17:10", V("新疆融通金融信息服务有限公司", digits("xh:rongtong", 19, "6228"),
                                   "中国农业银行乌鲁木齐西虹路支行", "corporate"),
          "120000", "服务费", "收购季贷款服务费及风险金",
          I("im", "李经理（融通金服）", wxid("xh:rongtong"),
            "孙总，1000万棉花收购贷款我们已经帮你们对接好银行，不用抵押，三个工作日放款。\n"
            "按流程先交贷款服务费和风险金共12万，放款后风险金退还。今天交明天就能排上。", True),
          "E5102", ["E5101"],
          label="scam", st="advance_fee", expect="flag",
          sig=["im_instruction", "loan_fee_words", "fee_words", "urgency", "first_time_payee"],
          note="A 'financial information' firm promises an unsecured 10m purchase loan and wants a 120k service fee and risk deposit first.")

    t.order(T, "2026-11-02 11:20", c_hk, [item("C40S精梳緊密紡紗", "30", "噸", "27600")], "email",
            ("广东省佛山市南海区西樵镇永昌委托加工厂", "2026-11-15"), "前T/T全款（工行已确认到账）",
            "劉經理：本月續訂C40S精梳緊密紡紗30噸，規格同九月訂單，全款已T/T，請查收後照舊發西樵加工廠。陳志明",
            sig=["evasion_traditional", "far_delivery"],
            note="Hard negative: the established Hong Kong trader's repeat order in traditional characters, fully prepaid, to the same toll-processing address as before.")

    t.order(T, "2026-11-03 16:40",
            C("浙江绍兴恒锦纺织有限公司", uscc("xh:hengjin", "330602"), "钱总", mobile("xh:hengjin", "53"),
              None, wxid("xh:hengjin"), None),
            [item("C32S精梳纱", "100", "吨", "23600")], "im",
            ("浙江省绍兴市柯桥区恒锦纺织厂", "2026-11-10"), "款到发货（由集团财务公司代付）",
            "我们是恒锦集团下属厂，货款由集团财务公司统一付，付款户名和我们不一样，正常的。",
            label="scam", st="fake_purchaser", expect="flag", ref="hj",
            sig=["third_party_payer", "large_first_order", "contact_im_only", "new_customer"],
            note="A new Shaoxing buyer orders 100 t and announces that a differently named 'group finance company' will pay.")

    t.pay(T, "2026-11-04 12:15", freight, "112800", "运费", "10月纱线外运运费",
          erp("帕提古丽·艾则孜", SAP + "10月纱线外运运费｜恒通物流｜合同XH-WL-2026-002"),
          "E5105", ["E5102"], (None, "XH-WL-2026-002", invno("xh:freight-1104")),
          note="Routine: October yarn freight.")

    t.pay(T, "2026-11-05 11:35", V("绍兴聚丰化纤有限公司", digits("xh:jufeng", 19, "1211"),
                                   "中国工商银行绍兴柯桥支行", "corporate"),
          "360000", "退款", "恒锦纺织多付货款退回",
          I("im", "钱总（恒锦纺织）", wxid("xh:hengjin"),
            "刘经理，集团财务手误多打了36万（应付236万，打了272万），回单截图你看下。\n"
            "多的36万直接退给我们原料供应商绍兴聚丰化纤就行，正好抵我们欠他们的原料款。今天能办吗？", True),
          "E5120", ["E5102"], ("@hj", None, None),
          label="scam", st="overpayment_refund", expect="block",
          sig=["im_instruction", "overpayment", "refund_words", "refund_to_other_account",
               "fake_payment_proof", "sales_order_linked", "urgency", "first_time_payee"],
          note="The same new buyer claims a 360k overpayment and wants the 'excess' sent to a third company.")

    t.pay(T, "2026-11-06 16:25", V("河南商丘鸿运家纺有限公司", digits("xh:sq-acct", 19, "1716"),
                                   "中国工商银行商丘分行", "corporate"),
          "33800", "退款", "9月订单短装2吨退款（原路退回）",
          erp("吴敏", SAP + "鸿运家纺9月订单C21S 50吨实发48吨，短装2吨×16900元；客户货款9月已全额到账（工行回单），"
              "经销售、仓库对账确认，原路退回客户付款账户"),
          "E5103", ["E5102"], ("@hy", None, None),
          sig=["refund_words", "first_time_payee"],
          note="Hard negative: a short-delivery refund returned to the established customer's own paying account after reconciliation.")

    t.pay(T, "2026-11-09 11:40", V("黄俊杰", digits("xh:hjj", 19, "621700"), "中国建设银行东莞分行",
                                   "personal"),
          "9600", "备用金", "棉检统计员马静借备用金",
          I("im", "马静", wxid("xh:majing"),
            "吴会计，能不能先借我9600备用金，直接转这个卡（黄俊杰）？\n"
            "我在网上接的刷单任务，前三单都返利了，这单是连单，要充值9600才能把钱提出来，发工资就还。"),
          "E5145", ["E5103"],
          label="scam", st="task_rebate", expect="block",
          sig=["im_instruction", "task_rebate_words", "topup_words", "personal_account", "first_time_payee"],
          note="A seasonal lint-intake clerk asks for petty cash paid to a stranger's card to unlock a click-farming 'combo order'.")

    t.pay(T, "2026-11-10 12:50", payroll, "1402310", "工资", "10月工资代发（418人）",
          erp("吴敏", SAP + "10月工资代发418人，工资表人事已审核"),
          "E5103", ["E5102", "E5101"],
          note="Routine: October payroll.")

    t.pay(T, "2026-11-11 16:10", V("库尔勒华兴纸管有限公司", digits("xh:cones-new", 19, "6505"),
                                   "中国建设银行乌鲁木齐经济技术开发区支行", "corporate", "V-XH06",
                                   land("0996", "xh:cones")),
          "52800", "货款", "纸管（10月）",
          erp("帕提古丽·艾则孜", SAP + "宝塔纸管、平行纸管｜华兴纸管｜合同XH-CG-2026-004"),
          "E5105", ["E5102"], (None, "XH-CG-2026-004", invno("xh:cones-1111")),
          changed="2026-11-06 12:20",
          label="scam", st="account_change", expect="block",
          sig=["account_changed_recent", "first_time_payee"],
          note="Structural only: the cone supplier's bank account was changed in the vendor master five days before this routine payment.")

    t.pay(T, "2026-11-12 11:25", parts, "71400", "货款", "细纱机配件（钢领、钢丝圈）",
          erp("帕提古丽·艾则孜", SAP + "细纱机钢领、钢丝圈｜恒锐纺机配件｜合同XH-CG-2026-013"),
          "E5105", ["E5102"], (None, "XH-CG-2026-013", invno("xh:parts-1112")),
          changed="2026-05-11 11:00",
          sig=["account_changed_long_ago"],
          note="Hard negative: spare parts paid to an account changed six months ago and used since.")

    t.pay(T, "2026-11-13 17:30", V("中纺企业信息服务中心", digits("xh:zfxx", 19, "1100"),
                                   "中国建设银行北京丰台支行", "corporate"),
          "3980", "服务费", "全国纺织企业诚信名录年度收录费",
          I("letter", "中纺企业信息服务中心", None,
            "《全国纺织企业诚信名录（2027版）》年度收录确认函\n贵公司已列入收录名单，请于11月20日前缴纳年度收录维护费3980元，"
            "逾期将从名录中移除，影响采购商查询。", True),
          "E5105", ["E5102"],
          label="scam", st="fake_invoice", expect="flag",
          sig=["letter_instruction", "renewal_bill", "no_po_contract", "urgency", "first_time_payee"],
          note="An official-looking 'integrity directory' letter bills an annual listing fee nobody ordered.")

    t.order(T, "2026-11-16 11:05",
            C("山东滨州华宇纺织集团有限公司", uscc("xh:huayu", "371600"), "采购中心 刘工", land("0543", "xh:huayu"),
              "zbcg@huayutex.com", None, None),
            [item("C32S精梳纱", "300", "吨", "23700")], "email",
            ("山东省滨州市邹平市华宇纺织集团原料仓", "2026-12-20"), "合同签订后预付30%，余款款到发货",
            "经华宇集团电子采购平台公开招标（招标编号HYCG-2026-1103）中标，中标通知书已在平台公示；"
            "采购中心座机回拨核实；预付30%（213.3万元）已于11月13日到账。",
            sig=["institution_claim", "large_first_order", "new_customer"],
            note="Hard negative: a large first order from a textile group won through its public e-procurement tender, 30% prepaid and cleared.")

    t.order(T, "2026-11-17 12:35",
            C("中纺国贸（天津）纺织品有限公司", uscc("xh:zfgm", "120116"), "韩总", mobile("xh:zfgm", "55"),
              "hanzong@zfgm-tj.com", wxid("xh:zfgm"), None),
            [item("C32S精梳纱", "500", "吨", "23800")], "im",
            ("天津港保税区某仓库", "2026-11-25"), "6个月期商业承兑汇票（出票人：关联公司天津中纺汇通实业）",
            "我们是央企背景的国贸公司，商票结算是集团规定。合同请到天津办公室来签，签完马上发货，年底前要出口。",
            label="scam", st="contract_fraud", expect="flag",
            sig=["institution_claim", "guarantee_unverified", "credit_terms_requested", "far_delivery",
                 "large_first_order", "new_customer"],
            note="A 'state-background' trader wants 500 t against a six-month commercial bill drawn by its own affiliate, signed at its office.")

    t.order(T, "2026-11-18 16:55", c_sx, [item("C32S精梳纱", "40", "吨", "23900")], "email",
            ("江苏省苏州市吴江区盛泽镇某织造厂（锦程委托织造）", "2026-11-28"), "款到发货",
            "锦程老客户，本批纱直接发其委托织造厂，收货地址已回拨锦程采购座机确认；货款已到账。",
            sig=["far_delivery"],
            note="Hard negative: an established weaver has yarn drop-shipped to its toll weaver, confirmed on its landline and prepaid.")

    t.pay(T, "2026-11-19 11:45", tianrun, "2496000", "货款", "新棉皮棉款（160吨）",
          erp("杨帆", SAP + "天润轧花 3129B皮棉160吨×15600元｜合同XH-CG-2026-021"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-021", invno("xh:tianrun-1119")),
          note="Routine: lint from the regular gin.")

    t.pay(T, "2026-11-23 11:20", tianrun, "1560000", "货款", "新棉皮棉款（100吨）",
          erp("杨帆", SAP + "天润轧花 3129B皮棉100吨×15600元｜合同XH-CG-2026-021\n"
              "附：天润财务来函称开户行营业部更名，账号、户名均不变，请照常汇入原账户（已回拨天润档案座机确认）"),
          "E5110", ["E5102", "E5101"], (None, "XH-CG-2026-021", invno("xh:tianrun-1123")),
          sig=["account_change_words"],
          note="Hard negative: a supplier's notice that only its branch name changed, with the same account paid as before.")

    t.pay(T, "2026-11-25 16:40", V(NAME + "（银行承兑汇票保证金专户）", digits("xh:margin", 19, "0408"),
                                   "中国工商银行库尔勒分行", "corporate"),
          "3000000", "保证金", "开立银行承兑汇票保证金（30%）",
          erp("吴敏", SAP + "为支付天润轧花皮棉款开立1000万元银行承兑汇票，按工行承兑协议存入30%保证金至本公司保证金专户"),
          "E5103", ["E5102", "E5101"], (None, "ICBC-KRL-CD-2026-017", None),
          sig=["deposit_words", "first_time_payee"],
          note="Hard negative: a bank-acceptance margin deposited into the company's own margin account.")

    t.pay(T, "2026-11-28 21:10", freight, "146500", "运费", "铁路集装箱运费（库尔勒—郑州圃田）",
          erp("帕提古丽·艾则孜", SAP + "【加急】兰新线车皮周末紧张，恒通物流今晚锁定集装箱舱位，运费今晚付清；合同XH-WL-2026-002，孙总已审批",
              True),
          "E5105", ["E5102"], (None, "XH-WL-2026-002", invno("xh:freight-1128")),
          sig=["off_hours", "urgency"],
          note="Hard negative: a Saturday-night rush payment to the regular carrier to hold rail containers.")

    t.order(T, "2026-12-01 12:10", c_sq, [item("C21S气流纺纱", "40", "吨", "17000")], "erp",
            ("河南省商丘市梁园区鸿运家纺厂", "2026-12-12"), "款到发货", "老客户常规订单",
            note="Routine: repeat order from the established Shangqiu customer.")

    t.pay(T, "2026-12-03 16:30", V("买买提江·阿不力孜", digits("xh:mmtj", 19, "622848"), "中国农业银行库尔勒分行",
                                   "personal"),
          "6800", "运费", "个体货车运费（库尔勒—阿拉尔，纱样及配件）",
          erp("帕提古丽·艾则孜", SAP + "个体司机买买提江·阿不力孜，运单YD-1203-07，单车运费6800元；行驶证、身份证与收款卡户名一致"),
          "E5105", ["E5102"],
          sig=["personal_account", "first_time_payee"],
          note="Hard negative: a one-off haul by an owner-driver, paid to his own card against the waybill.")

    t.pay(T, "2026-12-07 11:40", V("新疆维吾尔自治区纺织行业协会", digits("xh:assoc", 19, "3002"),
                                   "中国工商银行乌鲁木齐分行", "corporate", "V-XH11", land("0991", "xh:assoc")),
          "5000", "会费", "2027年度会员单位会费",
          erp("帕提古丽·艾则孜", SAP + "自治区纺织行业协会2027年度会费通知（新纺协〔2026〕31号），我公司为理事单位，"
              "会费5000元/年，协会对公账户与协会官网公示一致"),
          "E5105", ["E5102"], (None, None, invno("xh:assoc-1207")),
          sig=["renewal_bill", "first_time_payee"],
          note="Hard negative: genuine annual dues to the regional textile industry association.")

    return t
