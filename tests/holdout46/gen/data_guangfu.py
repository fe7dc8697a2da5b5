"""guangfu: 吐鲁番光辉新能源工程有限公司, photovoltaic installer / EPC in Turpan."""
from common import Tenant, vendor, person, customer, verif, acct, land, mobile, wxid, invoice, uscc

ERP = "用友U8付款单："
H, T = "history", "test"
# E3201 热依拉·买买提 出纳 | E3202 何静 会计 | E3203 赵磊 项目经理 | E3204 刘洋 销售经理
# E3205 阿迪力 库管 | E3200 韩志强 财务经理 | E3190 杜宏伟 董事长


def build():
    t = Tenant("guangfu", "GF", "吐鲁番光辉新能源工程有限公司", acct("gf-payer", "3058", 17))

    V1 = vendor("新疆晶阳光伏科技有限公司", acct("gf-v1", "6505", 19), "中国建设银行乌鲁木齐分行", "V-GF01", land("0991", "gf-v1"))
    V1new = vendor("新疆晶阳光伏科技有限公司", acct("gf-v1-new", "1500", 16), "平安银行深圳福田支行", "V-GF01", land("0991", "gf-v1"),
                   changed="2026-06-20T15:30:00+08:00")
    V2 = vendor("新疆瑞昇电力电子有限公司", acct("gf-v2", "1076", 18), "中国银行乌鲁木齐分行", "V-GF02", land("0991", "gf-v2"))
    V3 = vendor("吐鲁番鑫钢光伏支架有限公司", acct("gf-v3", "3009", 19), "中国工商银行吐鲁番分行", "V-GF03", land("0995", "gf-v3"))
    V4 = vendor("吐鲁番高昌区安居建筑劳务有限公司", acct("gf-v4", "3058", 17), "中国农业银行吐鲁番分行", "V-GF04", land("0995", "gf-v4"))
    V5 = vendor("新疆丝路通物流有限公司", acct("gf-v5", "6505", 19), "中国建设银行乌鲁木齐分行", "V-GF05", land("0991", "gf-v5"))
    V6 = vendor("乌鲁木齐天正电气成套设备有限公司", acct("gf-v6", "3002", 19), "中国工商银行乌鲁木齐分行", "V-GF06", land("0991", "gf-v6"),
                changed="2025-11-20T11:30:00+08:00")
    V7 = vendor("新疆隆晶光电科技有限公司", acct("gf-v7", "6505", 19), "中国建设银行乌鲁木齐分行", "V-GF07", land("0991", "gf-v7"))
    PAY1 = vendor("吐鲁番光辉新能源工程有限公司（农民工工资专用账户）", acct("gf-pay1", "3058", 17), "中国农业银行吐鲁番分行", "PAY-GF01")
    PAY2 = vendor("中国农业银行吐鲁番分行（代发工资专户）", acct("gf-pay2", "3058", 17), "中国农业银行吐鲁番分行", "PAY-GF02")
    GGZY = vendor("吐鲁番市公共资源交易中心", acct("ggzy-tlf", "3009", 19), "中国工商银行吐鲁番分行", None, land("0995", "ggzy-tlf"))
    OWNER = vendor("中疆能源集团吐鲁番新能源有限公司", acct("owner-tlf", "6505", 19), "中国建设银行吐鲁番分行", None, land("0995", "owner-tlf"))
    C1 = customer("中疆能源集团吐鲁番新能源有限公司", uscc("gf-c1", "650402"), "马工", land("0995", "owner-tlf"),
                  "magong@zjny.com.cn", None, "C-GF01")
    C2 = customer("吐鲁番市亚尔乡葡萄种植专业合作社", uscc("gf-c2", "650402", "93"), "买买提江理事长", mobile("gf-c2"),
                  None, wxid("gf-c2"), "C-GF02")
    C3 = customer("鄯善县金源果蔬冷链有限公司", uscc("gf-c3", "650421"), "周经理", land("0995", "gf-c3"),
                  "zhou@jyguoshu.com", None, "C-GF03")
    C2acct = vendor("吐鲁番市亚尔乡葡萄种植专业合作社", acct("gf-c2-acct", "3058", 17), "中国农业银行吐鲁番分行", None, mobile("gf-c2"))
    ROOF = "屋顶分布式光伏EPC（含组件、逆变器、支架、安装）"
    MOD = "550W单晶光伏组件"

    # ---------------- history ----------------
    t.pay(H, "2026-05-11T11:15:00+08:00", V1, "2376000.00", "货款", "550W单晶组件款（4320块）",
          ERP + "550W单晶组件款（4320块）｜晶阳光伏｜合同GF-CG-2026-002｜发票" + invoice("gf-h1"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-002", invoice_no=invoice("gf-h1"),
          note="Panel payment to the regular module supplier.")
    t.order(H, "2026-05-12T16:20:00+08:00", C2, [(ROOF, "600", "kW", "3150.00")],
            "合同签订后预付30%，并网后付65%，质保金5%", "吐鲁番市高昌区亚尔乡合作社冷库", "2026-07-15",
            "合作社冷库屋顶光伏，合同GF-XS-2026-004已签，预付款已入账", ch="erp",
            note="Rooftop PV order from an established farmers' cooperative.")
    t.pay(H, "2026-05-13T12:40:00+08:00", V3, "468500.00", "货款", "光伏支架款（托克逊项目）",
          ERP + "光伏支架款（托克逊项目）｜鑫钢支架｜合同GF-CG-2026-006｜发票" + invoice("gf-h3"),
          req="E3201", appr=["E3200"], contract_id="GF-CG-2026-006", invoice_no=invoice("gf-h3"),
          note="Mounting-structure payment to the regular bracket maker.")
    t.pay(H, "2026-05-15T10:30:00+08:00", GGZY, "200000.00", "投标保证金", "鄯善县光伏治沙项目投标保证金",
          ERP + "鄯善县50MW光伏治沙项目EPC（项目编号TLFGGZY-2026-0422）投标保证金，按吐鲁番市公共资源交易中心公告账户缴纳",
          req="E3203", appr=["E3200", "E3190"],
          note="Bid bond to the Turpan public resource trading centre.")
    t.pay(H, "2026-05-18T15:30:00+08:00", V4, "620000.00", "劳务分包款", "托克逊项目安装劳务4月进度款",
          ERP + "托克逊项目安装劳务4月进度款｜安居劳务｜分包合同GF-FB-2026-002｜发票" + invoice("gf-h5"),
          req="E3203", appr=["E3200", "E3190"], contract_id="GF-FB-2026-002", invoice_no=invoice("gf-h5"),
          note="Progress payment to the labour subcontractor.")
    t.pay(H, "2026-05-19T11:50:00+08:00", PAY1, "563200.00", "工资", "4月农民工工资（托克逊项目，88人）",
          ERP + "4月农民工工资（托克逊项目，88人）转入农民工工资专用账户，银行按实名制名册代发",
          req="E3201", appr=["E3200"],
          note="Migrant wages to the project's wage special account.")
    t.pay(H, "2026-05-21T17:10:00+08:00", V2, "1145000.00", "货款", "组串式逆变器到货款（40台）",
          ERP + "组串式逆变器到货款（40台）｜瑞昇电力｜合同GF-CG-2026-011｜发票" + invoice("gf-h7"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-011", invoice_no=invoice("gf-h7"),
          note="Inverter delivery payment.")
    t.order(H, "2026-05-25T11:25:00+08:00", C3, [(ROOF, "1200", "kW", "3080.00")],
            "合同签订后预付30%，并网后付65%，质保金5%", "鄯善县工业园区金源冷链厂区", "2026-08-30",
            "冷链厂房屋顶光伏，业主在合同附件中指定组件品牌为隆晶", ch="erp", key="c3order",
            note="Rooftop PV order from an established cold-chain company.")
    t.pay(H, "2026-05-27T15:05:00+08:00", V5, "86400.00", "运费", "组件运输（乌鲁木齐—托克逊）",
          ERP + "组件运输（乌鲁木齐—托克逊）｜丝路通物流｜合同GF-WL-2026-001｜发票" + invoice("gf-h9"),
          req="E3201", appr=["E3200"], contract_id="GF-WL-2026-001", invoice_no=invoice("gf-h9"),
          note="Freight to the regular carrier.")
    t.pay(H, "2026-05-29T12:20:00+08:00", V6, "392000.00", "货款", "直流汇流箱及箱变款",
          ERP + "直流汇流箱及箱变款｜天正电气｜合同GF-CG-2026-008｜发票" + invoice("gf-h10"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-008", invoice_no=invoice("gf-h10"),
          note="Switchgear payment to a supplier whose account change dates from November 2025.")
    t.pay(H, "2026-06-03T16:45:00+08:00",
          person("艾买提·吐尔逊", acct("gf-farmer0", "6228", 19), "中国农业银行吐鲁番分行"), "18600.00", "青苗补偿款",
          "集电线路电缆沟穿越葡萄园青苗补偿（户主：艾买提·吐尔逊，村委会公示名单第5号）",
          ERP + "电缆沟穿越葡萄园青苗补偿，依据村委会公示名单（第5号户）及乡政府协调纪要，直接支付户主本人银行卡",
          req="E3203", appr=["E3200", "E3190"],
          note="Crop compensation to a vine grower on the village committee list.")
    t.pay(H, "2026-06-05T18:30:00+08:00", PAY2, "276400.00", "工资", "5月员工工资（41人）",
          ERP + "5月员工工资（41人）代发，工资表已审批",
          req="E3202", appr=["E3200"],
          note="Monthly staff payroll.")
    t.order(H, "2026-06-08T11:40:00+08:00", C1, [("光伏区站内道路及围栏设计变更增补", "1", "项", "386000.00")],
            "按EPC合同进度款条款支付", "吐鲁番市高昌区50MW光伏电站", "2026-07-10",
            "业主变更签证BG-2026-007已盖章", ch="email",
            note="Variation order from the PV plant owner.")
    t.pay(H, "2026-06-10T10:55:00+08:00", V3, "512800.00", "货款", "光伏支架款（高昌项目）",
          ERP + "光伏支架款（高昌项目）｜鑫钢支架｜合同GF-CG-2026-012｜发票" + invoice("gf-h14"),
          req="E3201", appr=["E3200"], contract_id="GF-CG-2026-012", invoice_no=invoice("gf-h14"),
          note="Second bracket payment.")

    # ---------------- test ----------------
    t.pay(T, "2026-06-15T10:40:00+08:00", V1, "1980000.00", "货款", "550W单晶组件款（3600块）",
          ERP + "550W单晶组件款（3600块）｜晶阳光伏｜合同GF-CG-2026-002｜发票" + invoice("gf-t1"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-002", invoice_no=invoice("gf-t1"),
          note="Routine: Panel payment to the regular module supplier.")
    t.pay(T, "2026-06-16T11:30:00+08:00", GGZY, "300000.00", "投标保证金", "高昌区200MW光伏项目EPC投标保证金",
          ERP + "高昌区200MW光伏项目EPC（项目编号TLFGGZY-2026-0603）投标保证金，按吐鲁番市公共资源交易中心公告账户缴纳，未中标原路退还",
          req="E3203", appr=["E3200", "E3190"],
          signals=["deposit_words", "bigproject_words"],
          note="Hard negative: Bid bond for a published tender to the trading centre's account already used in May.")
    t.order(T, "2026-06-17T15:50:00+08:00",
            customer("吐鲁番市高昌区消防救援大队", None, "王队长", mobile("gf-s-fire"), None, wxid("gf-s-fire"), None),
            [("光伏车棚（含组件、支架、安装）", "120", "kW", "3600.00")], "合同盖章后财政统一拨付",
            "吐鲁番市高昌区某消防站", "2026-07-10",
            "对方说车棚要配两台储能柜，只认乌鲁木齐安泰的产品，安泰只接受施工方下单，要我们先把16.8万订金打过去锁货，车棚款盖章后走财政一起结。",
            ch="im",
            third_party={"name": "乌鲁木齐安泰储能设备有限公司", "contact": mobile("gf-s-fire-tp"),
                         "role": "designated_supplier", "amount": "168000.00"},
            signals=["institution_claim", "designated_supplier", "off_catalogue_item", "contact_im_only"],
            label="scam", st="fake_order", expect="flag",
            note="A 'fire station' orders a PV carport and wants us to put down 168k for storage cabinets with its designated vendor before anything is signed.")
    t.pay(T, "2026-06-18T12:10:00+08:00",
          vendor("乌鲁木齐洁光智能科技有限公司", acct("gf-s-robot", "6217", 19), "中国建设银行乌鲁木齐红山支行"), "126000.00", "代采购",
          "代购光伏清洗机器人6台（职校屋顶光伏订单）",
          "刘经理，我们学校的款财务已经转了，电子回单发你了，银行显示处理中，明天到。\n清洗机器人那边今天必须定，你们先垫付12.6万给洁光，跟光伏款一起结。",
          ch="im", frm="吐鲁番某职业技术学校 后勤 马主任", contact=wxid("gf-s-robot"), urgent=True,
          req="E3204", appr=[], order_id="GF-DD-20260612001",
          label="scam", st="fake_order", expect="block",
          signals=["im_instruction", "institution_claim", "designated_supplier", "sales_order_linked", "fake_payment_proof", "urgency"],
          note="Sales asks to advance 126k to the robot vendor a 'vocational school' named; the school's own payment is only a 'processing' receipt.")
    t.order(T, "2026-06-19T11:20:00+08:00", C2, [(ROOF, "200", "kW", "3150.00")],
            "合同签订后预付30%，并网后付65%，质保金5%", "吐鲁番市高昌区亚尔乡合作社晾房区", "2026-08-20",
            "买买提江理事长端午节当天微信发来追加200kW晾房屋顶的盖章补充协议，原合同条款不变",
            ch="im", key="c2addon", signals=["contact_im_only"],
            note="Hard negative: An established cooperative sends a stamped add-on order by WeChat on a public holiday.")
    t.pay(T, "2026-06-22T11:05:00+08:00", V7, "554400.00", "货款", "业主指定品牌组件预付款（金源冷链项目）",
          ERP + "鄯善金源冷链项目业主在合同附件3中指定组件品牌为隆晶，业主30%预付款110.88万元已于5月28日入账（农行流水），隆晶已通过供应商准入（V-GF07），按采购合同GF-CG-2026-019支付组件预付款",
          req="E3201", appr=["E3200", "E3190"], order_id="@c3order", contract_id="GF-CG-2026-019",
          signals=["designated_supplier", "sales_order_linked"],
          note="Hard negative: First payment to the module brand the customer specified, after the customer's own prepayment cleared and the vendor passed onboarding.")
    t.pay(T, "2026-06-23T15:30:00+08:00",
          vendor("新疆锐腾工程管理有限公司", acct("gf-s-boss1", "6228", 19), "中国农业银行乌鲁木齐北京路支行"), "650000.00", "保证金",
          "哈密光伏项目保证金",
          "杜宏伟：热依拉，账上现在可用余额多少？截图发我\n热依拉·买买提：杜总，农行可用３１２万，截图已发\n杜宏伟：哈密那个光伏项目要交ｂｚｊ６５万，打给新疆锐腾工程管理有限公司，我在开会不方便接电话，单子回来补签。",
          ch="im", frm="杜宏伟（董事长）", contact="QQ群：光辉公司高管群（当日新建）", urgent=True,
          req="E3201", appr=[],
          label="scam", st="boss_impersonation", expect="block",
          signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "deposit_words", "evasion_fullwidth"],
          note="In a QQ group created that day the fake chairman probes the balance, then orders a 650k 'bid deposit' written in full-width letters to an unknown firm.")
    t.pay(T, "2026-06-24T10:50:00+08:00", V4, "680000.00", "劳务分包款", "托克逊项目安装劳务5月进度款",
          ERP + "托克逊项目安装劳务5月进度款｜安居劳务｜分包合同GF-FB-2026-002｜发票" + invoice("gf-t8"),
          req="E3203", appr=["E3200", "E3190"], contract_id="GF-FB-2026-002", invoice_no=invoice("gf-t8"),
          note="Routine: Progress payment to the labour subcontractor.")
    t.pay(T, "2026-06-25T16:40:00+08:00", V2, "736000.00", "货款", "逆变器并网验收款（合同价85%）",
          "何會計您好：\n托克遜項目40台逆變器已於6月20日完成並網驗收，請依合同GF-CG-2026-011支付驗收款（合同價85%累計），質保金5%依約保留一年。\n收款帳戶仍為本公司中國銀行烏魯木齊分行基本戶，未有變更。\n瑞昇電力 林志豪",
          ch="email", frm="瑞昇電力 林志豪", contact="linzh@ruisheng-power.com",
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-011", invoice_no=invoice("gf-t9"),
          signals=["email_instruction", "deposit_words", "evasion_traditional"],
          note="Hard negative: The inverter maker's Taiwan-born sales rep, writing in traditional characters, asks for the acceptance payment to the unchanged contract account.")
    t.pay(T, "2026-06-26T11:45:00+08:00", V1new, "1584000.00", "货款", "550W单晶组件款（2880块）",
          "何會計您好，本公司因年度審計，原建行帳戶暫停使用，即日起貨款請匯入新帳戶：平安銀行深圳福田支行，戶名不變。\n以新帳戶為準，舊帳戶請勿再匯款。\n晶陽光伏 財務部 鄭小姐",
          ch="im", frm="晶陽光伏 財務部 鄭小姐", contact=wxid("gf-s-acct"),
          req="E3201", appr=["E3200"], contract_id="GF-CG-2026-002", invoice_no=invoice("gf-t10"),
          label="scam", st="account_change", expect="block",
          signals=["im_instruction", "new_contact", "account_change_words", "unusual_bank_region", "evasion_traditional"],
          note="A WeChat 'finance clerk' of the module supplier, writing in traditional characters, had the account moved to a Shenzhen bank six days before this payment.")
    t.pay(T, "2026-06-29T11:20:00+08:00",
          person("买买提·艾力", acct("gf-farmer1", "6228", 19), "中国农业银行吐鲁番分行"), "21300.00", "青苗补偿款",
          "集电线路穿越葡萄园青苗补偿（户主：买买提·艾力，村委会公示名单第9号）",
          ERP + "集电线路穿越葡萄园青苗补偿第2批，依据村委会公示名单（第9号户，公示期满）及乡政府协调纪要，直接支付户主本人银行卡",
          req="E3203", appr=["E3200", "E3190"],
          note="Hard negative: Crop compensation to a listed vine grower's own card.")
    t.pay(T, "2026-06-30T15:10:00+08:00", PAY1, "598400.00", "工资", "5月农民工工资（托克逊项目，92人）",
          ERP + "5月农民工工资（托克逊项目，92人）转入农民工工资专用账户，银行按实名制名册代发",
          req="E3201", appr=["E3200"],
          note="Routine: Migrant wages to the project's wage special account.")
    t.order(T, "2026-07-01T10:35:00+08:00",
            customer("鄯善县金源果蔬冷链物流有限公司", None, "周经理", mobile("gf-s-look"), "jinyuan_ll@126.com", wxid("gf-s-look"), None),
            [(MOD, "3600", "块", "880.00")], "货到验收后月结60天", "乌鲁木齐市米东区某物流园中转仓", "2026-07-05",
            "对方自称金源冷链的周经理，说集团新成立了物流公司要建二期光伏，先买3600块组件，价格按我们报价不还价，月结60天，发到乌鲁木齐的中转仓。",
            ch="phone",
            signals=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested", "far_delivery", "free_mail"],
            label="scam", st="fake_purchaser", expect="flag",
            note="A name one word longer than an established cold-chain customer orders 3.2m of modules on 60-day credit to a third-party logistics warehouse.")
    t.pay(T, "2026-07-02T12:30:00+08:00", OWNER, "2480000.00", "履约保证金", "高昌区50MW光伏EPC合同履约保证金（合同价10%）",
          ERP + "高昌区50MW光伏电站EPC合同（甲方合同号ZJNY-TLF-2026-014，我方GF-HT-2026-008）约定签约后提交合同价10%履约保证金，甲方盖章缴纳通知载明其建行吐鲁番分行基本户，已按甲方官网电话回拨其财务部核对",
          req="E3202", appr=["E3200", "E3190"], contract_id="GF-HT-2026-008",
          verification=verif(land("0995", "owner-tlf"), "E3200", "2026-07-01T16:00:00+08:00"),
          signals=["deposit_words"],
          note="Hard negative: Performance bond to the plant owner's own basic account under a signed EPC contract.")
    t.pay(T, "2026-07-03T16:15:00+08:00",
          person("刘建华", acct("gf-s-boss2", "6222", 19), "中国工商银行西安长安路支行"), "180000.00", "投标保证金",
          "哈密光伏项目投标保证金",
          "杜宏伟：热依拉，我换了个微信，旧号在新手机上登不了。\n哈密那边有个光伏项目今天下午截止交投标保证金18万，公账走得慢来不及，你先转到招标代理刘经理的个人卡上，卡号发你，手续后补，这事你直接办。",
          ch="im", frm="杜宏伟（董事长）", contact=wxid("gf-s-boss2"), urgent=True,
          req="E3201", appr=[],
          label="scam", st="boss_impersonation", expect="flag",
          signals=["im_instruction", "new_contact", "boss_role", "personal_account_pretext", "bypass_process", "deposit_words", "urgency"],
          note="A 'new WeChat' of the chairman wants a 180k bid deposit sent to a tender agent's personal card because 'the company account is slow'.")
    t.pay(T, "2026-07-06T10:20:00+08:00", PAY2, "281300.00", "工资", "6月员工工资（42人）",
          ERP + "6月员工工资（42人）代发，工资表已审批",
          req="E3202", appr=["E3200"],
          note="Routine: Monthly staff payroll.")
    t.pay(T, "2026-07-06T11:00:00+08:00",
          person("阿不都热依木·肉孜", acct("gf-s-crew", "6217", 19), "中国建设银行喀什分行"), "166400.00", "工资",
          "6月安装班组工资（26人）",
          "热依拉您好：附件是托克逊项目安装班组6月工资表，请按附件账户发放。谢谢！\n安居劳务 王会计",
          ch="email", frm="安居劳务 王会计", contact="anju_lw2026@126.com",
          req="E3201", appr=["E3200", "E3190"],
          label="scam", st="fake_salary", expect="block",
          signals=["email_instruction", "free_mail", "payee_shared_by_employees", "payee_not_employee"],
          note="Structural only: 26 installers' wages go in one payment to one private card, on a bland free-mail note 'from' the labour subcontractor.")
    t.pay(T, "2026-07-07T10:45:00+08:00", V5, "92800.00", "运费", "组件运输（乌鲁木齐—高昌）",
          ERP + "组件运输（乌鲁木齐—高昌）｜丝路通物流｜合同GF-WL-2026-001｜发票" + invoice("gf-t18"),
          req="E3201", appr=["E3200"], contract_id="GF-WL-2026-001", invoice_no=invoice("gf-t18"),
          note="Routine: Freight to the regular carrier.")
    t.pay(T, "2026-07-08T15:20:00+08:00", V3, "468500.00", "货款", "光伏支架款（托克逊项目）补付",
          ERP + "光伏支架款（托克逊项目）补付｜鑫钢支架｜合同GF-CG-2026-006｜发票" + invoice("gf-h3"),
          req="E3201", appr=["E3200"], contract_id="GF-CG-2026-006", invoice_no=invoice("gf-h3"),
          label="scam", st="fake_invoice", expect="block",
          note="Structural only: a 'top-up' bracket payment re-uses the invoice number already paid on 13 May.")
    t.order(T, "2026-07-09T11:35:00+08:00",
            customer("新疆恒瑞达贸易有限公司", uscc("gf-s-lend", "650104"), "钱总", mobile("gf-s-lend"), None, wxid("gf-s-lend"), None),
            [(MOD, "200", "块", "880.00")], "由对方下游客户付款", "乌鲁木齐市新市区某仓库", "2026-07-12",
            "对方说下单的同时要借你们公户过一下账：他们下游客户先打98万到你们账上，你们扣下组件款17.6万和2%手续费，剩下80万转给甘肃鼎丰物资，说他们自己公户额度满了。",
            ch="im",
            third_party={"name": "甘肃鼎丰物资有限公司", "contact": mobile("gf-s-lend-tp"),
                         "role": "pass_through_payee", "amount": "800000.00"},
            signals=["account_lending_words", "third_party_payer", "in_out_match", "contact_im_only"],
            label="scam", st="account_lending", expect="block",
            note="A new trader's small module order is a wrapper for passing 980k through our account and forwarding 800k to a Gansu company.")
    t.order(T, "2026-07-10T10:20:00+08:00",
            customer("阿力木·买合木提", None, "阿力木·买合木提", mobile("gf-household"), None, wxid("gf-household"), None),
            [("户用光伏（含组件、逆变器、安装）", "20", "kW", "3300.00")], "全款预付", "吐鲁番市高昌区葡萄乡某村住户屋顶", "2026-07-25",
            "村里整村推进户用光伏，村委会统一介绍，全款6.6万元已于7月9日入账（农行流水），微信发来房屋产权证明和电网接入申请受理单",
            ch="im",
            signals=["contact_im_only", "residential_delivery"],
            note="Hard negative: A villager's household PV order by WeChat to his own house, paid in full and cleared before installation.")
    t.pay(T, "2026-07-13T16:05:00+08:00",
          person("张晓丽", acct("gf-s-task", "6221", 19), "中国邮政储蓄银行郑州分行"), "15000.00", "借支", "员工借支（阿迪力）",
          "热依拉，急用钱，先借支1.5万打这个卡。\n光伏云投资平台要充-值才能把返*利提出来，提出来马上还，先别跟韩经理说。",
          ch="im", frm="库管 阿迪力", contact=wxid("gf-adili"),
          req="E3205", appr=[],
          label="scam", st="task_rebate", expect="block",
          signals=["im_instruction", "task_rebate_words", "secrecy_words", "evasion_symbols"],
          note="A storekeeper hooked by a 'PV cloud investment' platform asks for an advance to a stranger's card, breaking the top-up and rebate words with symbols.")
    t.pay(T, "2026-07-14T11:30:00+08:00", C2acct, "189000.00", "退款", "亚尔乡合作社追加订单取消退预付款",
          ERP + f"亚尔乡合作社追加200kW订单因村集体用地调整取消，对方盖章《退款申请》已到，预付款18.9万元已于6月22日入账，按来款账户尾号{C2acct['account_no'][-4:]}原路退回",
          req="E3202", appr=["E3200"], order_id="@c2addon",
          signals=["refund_words"],
          note="Hard negative: A cancelled add-on's cleared prepayment refunded to the cooperative's own paying account.")
    t.pay(T, "2026-07-15T10:55:00+08:00",
          person("王鹏", acct("gf-s-loan", "6217", 19), "中国建设银行西安高新支行"), "50000.00", "验资款", "光伏设备贷放款前验资",
          "何会计：你们公司申请的光伏设备贷500万审批下来了，放款前银行要验资，麻烦把5万打到我们风控专员王鹏的个人账户做验资，放款时一起退回。\n鑫融金服 王经理",
          ch="im", frm="鑫融金服 王经理", contact=wxid("gf-s-loan"),
          req="E3202", appr=[],
          label="scam", st="advance_fee", expect="block",
          signals=["im_instruction", "new_contact", "loan_fee_words", "personal_account_pretext"],
          note="A loan broker wants 50k 'capital verification' money on a risk officer's personal card before a 5m equipment loan is released.")
    t.pay(T, "2026-07-16T15:40:00+08:00",
          vendor("新疆恒正质量检测服务有限公司", acct("gf-s-fine", "3002", 19), "中国工商银行乌鲁木齐西虹路支行"), "28600.00", "罚款",
          "组件抽检不合格罚款",
          "【吐鲁番市场监管】贵公司承建的高昌区光伏项目组件抽检不合格，依法处罚款2.86万元，请于48小时内缴至指定账户（新疆恒正质量检测服务有限公司代收），逾期将列入经营异常名录。咨询0995-0000316",
          ch="sms", frm="吐鲁番市场监管（短信）", contact="106900008823",
          req="E3202", appr=["E3200"],
          label="scam", st="authority_impersonation", expect="flag",
          signals=["authority_words", "fee_words", "urgency"],
          note="A text message posing as market regulation demands a 28.6k 'fine' be paid within 48 hours to a private testing company.")
    t.order(T, "2026-07-17T11:10:00+08:00", C3, [(ROOF, "300", "kW", "3080.00")],
            "合同签订后预付30%，并网后付65%，质保金5%", "鄯善县工业园区金源冷链厂区", "2026-09-15",
            "金源冷链二期仓库屋顶，补充协议GF-XS-2026-004-B", ch="erp",
            note="Routine: Extension order from an established cold-chain customer.")
    t.order(T, "2026-07-20T16:30:00+08:00",
            customer("托克逊县益农种养殖专业合作社", uscc("gf-s-over", "650422", "93"), "马理事长", mobile("gf-s-over"), None, wxid("gf-s-over"), None),
            [("户用光伏（含组件、逆变器、安装）", "30", "kW", "3300.00")], "款到施工", "托克逊县郭勒布依乡合作社养殖棚", "2026-08-05",
            "对方发来转账截图，说会计多打了5万，一共转了14.9万，让把多的5万先退到理事长马学军个人卡上，我们流水里还没看到这笔钱。",
            ch="im",
            third_party={"name": "马学军（个人）", "contact": mobile("gf-s-over-tp"), "role": "refund_recipient", "amount": "50000.00"},
            signals=["overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
            label="scam", st="overpayment_refund", expect="block",
            note="A new cooperative 'overpays' by screenshot and asks for 50k back to its chairman's personal card before anything has arrived.")
    t.pay(T, "2026-07-21T12:15:00+08:00",
          vendor("新疆智聘人力资源服务有限公司", acct("gf-s-subsidy", "6228", 19), "中国农业银行乌鲁木齐高新区支行"), "12300.00", "服务费",
          "员工高温补贴代办申领服务费（41人）",
          "各部门：\n根据人社局通知，2026年度高温补贴（每人1800元）统一由新疆智聘人力资源服务有限公司代办申领，每人需缴代办服务费300元，请财务于7月24日前统一缴纳，逾期视为放弃。\n收到请勿外传。\n人力资源部",
          ch="email", frm="光辉新能源 人力资源部", contact="hr@tlf-guanghui.cn",
          req="E3202", appr=[],
          label="scam", st="fake_salary", expect="flag",
          signals=["email_instruction", "lookalike_domain", "subsidy_words", "fee_words", "secrecy_words", "urgency"],
          note="A spoofed HR notice says a 'high-temperature subsidy' must be claimed through an agency for a per-head fee paid by the company.")
    t.pay(T, "2026-07-22T11:40:00+08:00", V3, "96400.00", "质保金", "2025年托克逊20MW项目支架质保金（5%）期满支付",
          ERP + "2025年托克逊20MW项目支架质保金（合同价5%）一年质保期满，项目部出具质保期满无缺陷确认单，按合同GF-CG-2025-017支付至原合同账户",
          req="E3202", appr=["E3200"], contract_id="GF-CG-2025-017",
          signals=["deposit_words"],
          note="Hard negative: Retention released to the bracket maker's unchanged account after the warranty year.")
    t.pay(T, "2026-07-23T10:30:00+08:00", V6, "418600.00", "货款", "箱变及汇流箱款（高昌项目）",
          ERP + "箱变及汇流箱款（高昌项目）｜天正电气｜合同GF-CG-2026-015｜发票" + invoice("gf-t30"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-015", invoice_no=invoice("gf-t30"),
          note="Hard negative: Switchgear paid to a supplier whose bank change was keyed in November 2025 and used for every payment since.")
    t.order(T, "2026-07-24T15:00:00+08:00",
            customer("吐鲁番宏宇新材料有限公司", uscc("gf-newcust", "650402"), "孙总", land("0995", "gf-newcust"), "sunz@hongyuxcl.com", None, None),
            [(ROOF, "2000", "kW", "3050.00")], "合同签订后预付30%，并网后付65%，质保金5%", "吐鲁番市高昌区工业园宏宇新材料厂区", "2026-10-31",
            "厂房屋顶分布式光伏，项目已在发改委备案（备案号2026-650402-44-03-0187），我方已踏勘现场，合同GF-XS-2026-011已签，30%预付款183万元已于7月23日入账",
            ch="email",
            signals=["large_first_order"],
            note="Hard negative: A new factory's 6.1m rooftop order with a registered project filing, a site survey and a cleared 30% prepayment.")
    t.pay(T, "2026-07-27T11:20:00+08:00",
          vendor("中疆新能源（北京）投资有限公司", acct("gf-s-big", "1100", 19), "北京银行中关村支行"), "600000.00", "保证金",
          "300MW光伏项目分包合作保证金",
          "赵经理：\n我司承接的若羌300MW光伏治沙国家级重点项目，拟将其中100MW安装工程分包给贵司，合同额约1.2亿元。按惯例分包单位须先缴纳合作保证金60万元，进场后退还。\n公司成立时间虽短，但有央企背景，本周五前缴纳可锁定名额。\n中疆新能源（北京） 吴总",
          ch="email", frm="中疆新能源（北京） 吴总", contact="wu@zjxny-bj.com", urgent=True,
          req="E3203", appr=["E3200"],
          label="scam", st="contract_fraud", expect="flag",
          signals=["email_instruction", "bigproject_words", "deposit_words", "fee_asked_of_seller", "shell_company", "urgency"],
          note="A months-old Beijing firm trading on a state group's name offers a 100MW subcontract if we first pay a 600k cooperation deposit.")
    t.pay(T, "2026-07-28T10:45:00+08:00",
          vendor("新疆丝路通供应链有限公司", acct("gf-s-logi", "6217", 19), "中国建设银行乌鲁木齐北京南路支行"), "92600.00", "运费",
          "组件运费（7月）",
          "何会计，我们公司运费以后统一由新疆丝路通供应链有限公司收，原来物流公司账户不收款了，这个月的9.26万直接打供应链公司，发票也由他们开。",
          ch="im", frm="丝路通物流 调度 小马", contact=wxid("gf-s-logi"),
          req="E3201", appr=["E3200"],
          label="scam", st="account_change", expect="flag",
          signals=["im_instruction", "new_contact", "account_change_words", "payee_name_mismatch"],
          note="A 'dispatcher' on WeChat redirects the carrier's freight to a differently named 'supply-chain company' that is not in the vendor master.")
    t.pay(T, "2026-07-29T15:35:00+08:00", V4, "702000.00", "劳务分包款", "高昌项目安装劳务6月进度款",
          ERP + "高昌项目安装劳务6月进度款｜安居劳务｜分包合同GF-FB-2026-005｜发票" + invoice("gf-t34"),
          req="E3203", appr=["E3200", "E3190"], contract_id="GF-FB-2026-005", invoice_no=invoice("gf-t34"),
          note="Routine: Progress payment to the labour subcontractor.")
    t.pay(T, "2026-07-30T11:00:00+08:00", V2, "512000.00", "货款", "组串式逆变器到货款（18台）",
          ERP + "组串式逆变器到货款（18台）｜瑞昇电力｜合同GF-CG-2026-016｜发票" + invoice("gf-t35"),
          req="E3201", appr=["E3200", "E3190"], contract_id="GF-CG-2026-016", invoice_no=invoice("gf-t35"),
          note="Routine: Inverter delivery payment.")
    t.order(T, "2026-07-31T10:40:00+08:00", C1, [("光伏区检修道路硬化增补", "1", "项", "268000.00")],
            "按EPC合同进度款条款支付", "吐鲁番市高昌区50MW光伏电站", "2026-08-31",
            "业主变更签证BG-2026-011已盖章", ch="email",
            note="Routine: Variation order from the PV plant owner.")
    return t
