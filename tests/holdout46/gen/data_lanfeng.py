"""lanfeng: 新疆岚峰新能源运维服务有限公司, wind and PV operations-and-maintenance firm (Urumqi; sites in Hami, Dabancheng, Toksun)."""
from common import Tenant, vendor, person, customer, verif, acct, land, mobile, wxid, invoice, uscc

ERP = "OA付款审批单（已办结）："
H, T = "history", "test"
# E4301 古丽娜·阿不都 出纳 | E4302 陈思远 会计 | E4303 马骏 运维主管 | E4304 吴敏 商务经理
# E4310 李想 运维技术员 | E4300 郑凯 财务经理 | E4290 林卫东 总经理


def build():
    t = Tenant("lanfeng", "LF", "新疆岚峰新能源运维服务有限公司", acct("lf-payer", "3002", 19))

    V1 = vendor("新疆驰远风电备件有限公司", acct("lf-v1", "6505", 19), "中国建设银行乌鲁木齐分行", "V-LF01", land("0991", "lf-v1"))
    V2 = vendor("哈密叶安达叶片修复工程有限公司", acct("lf-v2", "3065", 17), "中国农业银行哈密分行", "V-LF02", land("0902", "lf-v2"))
    V2new = vendor("哈密叶安达新能源科技有限公司", acct("lf-v2-new", "3301", 18), "杭州银行西湖支行", "V-LF02", land("0902", "lf-v2"),
                   changed="2026-06-29T10:15:00+08:00")
    V3 = vendor("乌鲁木齐天骏汽车租赁有限公司", acct("lf-v3", "3002", 19), "中国工商银行乌鲁木齐新市区支行", "V-LF03", land("0991", "lf-v3"))
    V4 = vendor("新疆洁能光伏清洗服务有限公司", acct("lf-v4", "3007", 17), "中国农业银行乌鲁木齐分行", "V-LF04", land("0991", "lf-v4"))
    V5 = vendor("乌鲁木齐华测电力检测有限公司", acct("lf-v5", "6505", 19), "中国建设银行乌鲁木齐分行", "V-LF05", land("0991", "lf-v5"))
    V7 = vendor("新疆云帆信息技术有限公司", acct("lf-v7", "3002", 19), "中国工商银行乌鲁木齐分行", "V-LF07", land("0991", "lf-v7"))
    V8 = vendor("新疆安途起重吊装有限公司", acct("lf-v8", "6505", 19), "中国建设银行哈密分行", "V-LF08", land("0902", "lf-v8"),
                changed="2026-04-20T12:00:00+08:00")
    V9 = vendor("新疆瑞昇电力电子有限公司", acct("gf-v2", "1076", 18), "中国银行乌鲁木齐分行", "V-LF09", land("0991", "gf-v2"))
    PAY1 = vendor("中国工商银行乌鲁木齐新市区支行（代发工资专户）", acct("lf-pay1", "3002", 19), "中国工商银行乌鲁木齐新市区支行", "PAY-LF01")
    OWNER = vendor("中疆能源集团哈密新能源有限公司", acct("owner-hm", "6505", 19), "中国建设银行哈密分行", None, land("0902", "owner-hm"))
    GGZY_XJ = vendor("新疆维吾尔自治区公共资源交易中心", acct("ggzy-xj-lf", "3002", 19), "中国工商银行乌鲁木齐分行", None,
                     land("0991", "ggzy-xj"))
    C1 = customer("中疆能源集团哈密新能源有限公司", uscc("owner-hm", "650502"), "艾合买提场长", land("0902", "owner-hm"),
                  "aihemaiti@zjny.com.cn", None, "C-LF01")
    C2 = customer("达坂城东沟风力发电有限公司", uscc("lf-c2", "650107"), "王工", land("0991", "lf-c2"), "wanggong@dgfd.com", None, "C-LF02")
    C3 = customer("托克逊天光光伏发电有限公司", uscc("lf-c3", "650422"), "杨站长", land("0995", "lf-c3"), "yangzz@tgpv.com", None, "C-LF03")
    C2acct = vendor("达坂城东沟风力发电有限公司", acct("lf-c2-acct", "3002", 19), "中国工商银行乌鲁木齐达坂城支行", None, land("0991", "lf-c2"))
    CLEAN = "光伏组件清洗"

    # ---------------- history ----------------
    t.pay(H, "2026-05-11T11:30:00+08:00", V1, "286400.00", "货款", "变桨轴承及齿轮箱滤芯",
          ERP + "变桨轴承及齿轮箱滤芯｜驰远备件｜合同LF-CG-2026-004｜发票" + invoice("lf-h1"),
          req="E4301", appr=["E4300"], contract_id="LF-CG-2026-004", invoice_no=invoice("lf-h1"),
          note="Spare parts from the regular parts dealer.")
    t.order(H, "2026-05-12T15:10:00+08:00", C2, [("风机半年定检（2.5MW机型）", "33", "台", "8600.00")],
            "定检完成验收后30天付款", "乌鲁木齐市达坂城区东沟风电场", "2026-06-10",
            "年度框架合同LF-YW-2026-001下的半年定检工单", ch="erp",
            note="Half-year inspection work order from an established wind-farm owner.")
    t.pay(H, "2026-05-14T10:45:00+08:00", V2, "168000.00", "分包款", "叶片前缘腐蚀修复（12支）",
          ERP + "叶片前缘腐蚀修复（12支）｜叶安达｜分包合同LF-FB-2026-001｜发票" + invoice("lf-h3"),
          req="E4303", appr=["E4300"], contract_id="LF-FB-2026-001", invoice_no=invoice("lf-h3"),
          note="Blade-repair subcontract payment.")
    t.pay(H, "2026-05-15T16:30:00+08:00", V3, "46800.00", "租车费", "运维皮卡租赁（4月，6台）",
          ERP + "运维皮卡租赁（4月，6台）｜天骏租车｜合同LF-ZL-2026-001｜发票" + invoice("lf-h4"),
          req="E4301", appr=["E4300"], contract_id="LF-ZL-2026-001", invoice_no=invoice("lf-h4"),
          note="Monthly vehicle rental.")
    t.order(H, "2026-05-18T12:20:00+08:00", C3, [(CLEAN, "50", "MW·次", "2400.00")],
            "清洗完成验收后30天付款", "托克逊县天光光伏电站", "2026-05-31",
            "5月组件清洗工单，框架合同LF-YW-2026-002", ch="erp",
            note="Panel-cleaning work order from an established PV plant.")
    t.pay(H, "2026-05-20T11:10:00+08:00", V4, "96000.00", "劳务费", "托克逊天光光伏组件清洗劳务费（5月）",
          ERP + "托克逊天光光伏组件清洗劳务费（5月）｜洁能清洗｜分包合同LF-FB-2026-003｜发票" + invoice("lf-h6"),
          req="E4303", appr=["E4300"], contract_id="LF-FB-2026-003", invoice_no=invoice("lf-h6"),
          note="Cleaning subcontract payment.")
    t.pay(H, "2026-05-21T15:20:00+08:00", V8, "132000.00", "租赁费", "大部件更换吊车租赁（东沟7号机）",
          ERP + "大部件更换吊车租赁（东沟7号机）｜安途起重｜合同LF-ZL-2026-003｜发票" + invoice("lf-h7"),
          req="E4303", appr=["E4300"], contract_id="LF-ZL-2026-003", invoice_no=invoice("lf-h7"),
          note="Crane hire from a lessor whose account change dates from April.")
    t.pay(H, "2026-05-22T15:45:00+08:00", V5, "38500.00", "检测费", "风机油品及振动检测",
          ERP + "风机油品及振动检测｜华测电力｜合同LF-JC-2026-001｜发票" + invoice("lf-h8"),
          req="E4301", appr=["E4300"], contract_id="LF-JC-2026-001", invoice_no=invoice("lf-h8"),
          note="Testing lab payment.")
    t.pay(H, "2026-05-26T10:55:00+08:00", V7, "24800.00", "服务费", "SCADA远程监控平台云服务年费",
          ERP + "SCADA远程监控平台云服务年费｜云帆信息｜合同LF-IT-2025-002｜发票" + invoice("lf-h9"),
          req="E4302", appr=["E4300"], contract_id="LF-IT-2025-002", invoice_no=invoice("lf-h9"),
          note="Annual fee to the IT and hosting provider.")
    t.order(H, "2026-05-28T17:30:00+08:00", C1, [("风机油品检测及换油", "20", "台", "12800.00")],
            "按年度运维框架合同月结", "巴里坤县三塘湖风电场", "2026-06-20",
            "年度运维框架合同LF-YW-2026-003下的换油工单", ch="email",
            note="Oil-change work order from the wind-farm owner.")
    t.pay(H, "2026-06-02T11:25:00+08:00", V1, "412600.00", "货款", "IGBT模块（16只）",
          ERP + "IGBT模块（16只）｜驰远备件｜合同LF-CG-2026-006｜发票" + invoice("lf-h11"),
          req="E4301", appr=["E4300", "E4290"], contract_id="LF-CG-2026-006", invoice_no=invoice("lf-h11"),
          note="Converter modules from the regular parts dealer.")
    t.pay(H, "2026-06-05T18:40:00+08:00", PAY1, "598600.00", "工资", "5月员工工资（73人）",
          ERP + "5月员工工资（73人）代发，工资表已审批",
          req="E4302", appr=["E4300"],
          note="Monthly staff payroll.")
    t.pay(H, "2026-06-08T12:05:00+08:00", V2, "142000.00", "分包款", "叶片雷击损伤修复（8支）",
          ERP + "叶片雷击损伤修复（8支）｜叶安达｜分包合同LF-FB-2026-001｜发票" + invoice("lf-h13"),
          req="E4303", appr=["E4300"], contract_id="LF-FB-2026-001", invoice_no=invoice("lf-h13"),
          note="Blade-repair subcontract payment.")
    t.pay(H, "2026-06-10T16:15:00+08:00",
          person("马骏", acct("lf-majun", "6222", 19), "中国工商银行乌鲁木齐新市区支行"), "6420.00", "差旅费报销",
          "5月哈密风电场出差差旅费报销（马骏）",
          ERP + "5月哈密风电场出差差旅费报销（马骏），票据已经部门负责人审核",
          req="E4303", appr=["E4300"],
          note="Travel expense reimbursement to an employee.")
    t.order(H, "2026-06-11T11:35:00+08:00", C3, [("组串式逆变器原厂返厂维修", "12", "台", "9800.00")],
            "预付50%（已入账），修复后付50%", "托克逊县天光光伏电站", "2026-07-31",
            "业主要求逆变器由原厂瑞昇返厂维修，维修委托合同附件2指定；50%预付款已入账", ch="email", key="c3inv",
            note="Inverter repair order; the owner specified the original manufacturer.")

    # ---------------- test ----------------
    t.pay(T, "2026-06-15T11:05:00+08:00", V1, "318200.00", "货款", "偏航刹车片及液压站配件",
          ERP + "偏航刹车片及液压站配件｜驰远备件｜合同LF-CG-2026-007｜发票" + invoice("lf-t1"),
          req="E4301", appr=["E4300"], contract_id="LF-CG-2026-007", invoice_no=invoice("lf-t1"),
          note="Routine: Spare parts from the regular parts dealer.")
    t.pay(T, "2026-06-16T10:30:00+08:00", V7, "3860.00", "服务费", "企业邮箱域名续费及SSL证书（2026-2027）",
          ERP + "云帆信息年度续费：lanfeng-om.com 域名续费、SSL证书及企业邮箱，按合同LF-IT-2025-002续约条款，发票" + invoice("lf-t2"),
          req="E4302", appr=["E4300"], contract_id="LF-IT-2025-002", invoice_no=invoice("lf-t2"),
          signals=["renewal_bill"],
          note="Hard negative: Domain and certificate renewal billed by the company's own IT provider under its contract.")
    t.pay(T, "2026-06-17T16:20:00+08:00",
          vendor("北京华网域名服务有限公司", acct("lf-s-domain", "1100", 19), "北京银行海淀支行"), "4980.00", "服务费",
          "中文域名及品牌保护注册",
          "新疆岚峰新能源运维服务有限公司：\n我中心收到“岚峰运维”中文域名及通用网址的注册申请，与贵司品牌冲突。贵司作为品牌持有人享有优先注册权，请于5个工作日内缴纳注册及保护费4980元，逾期将由第三方注册，由此产生的品牌纠纷由贵司自行承担。\n中国企业品牌保护中心 审核部",
          ch="email", frm="中国企业品牌保护中心 审核部", contact="shenhe@cnbrand-center.org", urgent=True,
          req="E4304", appr=[],
          label="scam", st="fake_invoice", expect="flag",
          signals=["email_instruction", "renewal_bill", "urgency", "no_po_contract"],
          note="A 'brand protection centre' bills 4,980 to 'protect' a Chinese domain name against a made-up rival registration.")
    t.order(T, "2026-06-18T11:40:00+08:00",
            customer("三塘湖北山风电有限公司", uscc("lf-newcust", "650521"), "韩经理", land("0902", "lf-newcust"), "hanjl@bsfd-stl.com", None, None),
            [("风电场年度运维服务（49.5MW）", "12", "月", "180000.00")], "按季度支付，首季度预付", "巴里坤县三塘湖北山风电场", "2026-07-01",
            "北山风电电子采购平台公开招标中标（中标通知书BSFD-ZB-2026-009），合同已签，首季度运维费54万元已于6月17日入账",
            ch="email",
            signals=["large_first_order"],
            note="Hard negative: A new wind farm's 2.16m annual O&M contract won in a public tender, with the first quarter already paid and cleared.")
    t.pay(T, "2026-06-19T09:20:00+08:00", V1, "86500.00", "货款", "IGBT模块加急空运（东沟风电停机抢修）",
          ERP + "端午节抢修：东沟风电12号机变流器IGBT炸管停机，驰远备件加急空运4只，郑凯手机审批｜合同LF-CG-2026-006补充订单｜发票" + invoice("lf-t5"),
          req="E4303", appr=["E4300"], urgent=True, contract_id="LF-CG-2026-006", invoice_no=invoice("lf-t5"),
          signals=["urgency"],
          note="Hard negative: Early-morning holiday rush order of converter modules from the regular parts dealer for a turbine outage.")
    t.order(T, "2026-06-22T15:10:00+08:00",
            customer("新疆金泰恒通新能源发展有限公司", uscc("lf-s-bill", "650104"), "孔总", mobile("lf-s-bill"), None, wxid("lf-s-bill"), None),
            [("风机主轴轴承（备件）", "4", "套", "168000.00")], "商业承兑汇票（6个月，出票人为其关联公司）",
            "乌鲁木齐市达坂城区某风电项目工地", "2026-06-22",
            "对方发来商票截图，承兑人是其关联公司，在票据系统查不到承兑信息；要求今天发货，说验收后还有200万的运维合同给我们。",
            ch="phone",
            signals=["guarantee_unverified", "fake_payment_proof", "large_first_order", "urgency"],
            label="scam", st="contract_fraud", expect="flag",
            note="A new buyer 'pays' 672k of main bearings with a commercial bill drawn by its own affiliate that cannot be found, dangling a bigger O&M contract.")
    t.pay(T, "2026-06-23T11:25:00+08:00", OWNER, "100000.00", "保证金", "三塘湖风电场运维合同安全文明施工保证金",
          ERP + "中疆能源哈密新能源运维服务合同（ZJNY-HM-YW-2026-005）第12条约定进场前缴纳安全文明施工保证金10万元，合同期满无安全事故无息退还；收款账户为甲方建行哈密分行基本户，与合同首页一致",
          req="E4302", appr=["E4300", "E4290"], contract_id="ZJNY-HM-YW-2026-005",
          signals=["deposit_words"],
          note="Hard negative: A site safety deposit paid to the wind-farm owner's own account under the signed O&M contract.")
    t.pay(T, "2026-06-24T10:15:00+08:00", V3, "48200.00", "租车费", "运维皮卡租赁（5月，6台）",
          ERP + "运维皮卡租赁（5月，6台）｜天骏租车｜合同LF-ZL-2026-001｜发票" + invoice("lf-t8"),
          req="E4301", appr=["E4300"], contract_id="LF-ZL-2026-001", invoice_no=invoice("lf-t8"),
          note="Routine: Monthly vehicle rental.")
    t.pay(T, "2026-06-25T16:45:00+08:00",
          vendor("乌鲁木齐鼎辉商贸有限公司", acct("lf-s-boss", "6228", 19), "中国农业银行乌鲁木齐米东支行"), "480000.00", "定金",
          "齿轮箱备件采购定金",
          "林卫东：古丽娜，工行基本户和承兑保证金户现在一共还有多少钱？发个余额截图\n古丽娜·阿不都：林总，基本户可用236万，截图发了\n林卫东：我跟鼎辉商贸谈了一批齿轮箱备件，价格很好，先付48万定金，你马上安排，我在机场马上登机，合同回来补。",
          ch="im", frm="林卫东（总经理）", contact="钉钉群：岚峰经营管理群（当日新建）", urgent=True,
          req="E4301", appr=[],
          label="scam", st="boss_impersonation", expect="block",
          signals=["im_instruction", "new_contact", "boss_role", "balance_probe", "cannot_call", "bypass_process", "urgency"],
          note="In a DingTalk group created that day the fake GM asks for a balance screenshot, then wants a 480k 'deposit' for gearbox spares to an unknown trader.")
    t.pay(T, "2026-06-26T11:50:00+08:00", V4, "102400.00", "劳务费", "托克逊天光光伏组件清洗劳务费（32人，6月）",
          ERP + "洁能清洗分包合同LF-FB-2026-003：6月清洗50MW，清洗工32人的工资由洁能公司通过其农民工工资专用账户发放，我方按合同付分包款至洁能公司基本户｜发票" + invoice("lf-t10"),
          req="E4303", appr=["E4300"], contract_id="LF-FB-2026-003", invoice_no=invoice("lf-t10"),
          signals=["payee_shared_by_employees"],
          note="Hard negative: Labour for a 32-person cleaning crew paid to the cleaning subcontractor's own company account under its subcontract.")
    t.pay(T, "2026-06-29T10:40:00+08:00",
          person("艾尔肯·吐尔洪", acct("lf-erken", "6222", 19), "中国工商银行乌鲁木齐新市区支行"), "11240.00", "工资",
          "6月工资及经济补偿（员工：艾尔肯·吐尔洪，已离职）",
          ERP + "离职结算单已经人事与部门负责人签字，6月工资及经济补偿支付至员工本人工资卡（与入职登记卡号一致）",
          req="E4302", appr=["E4300"],
          note="Hard negative: A departing technician's final pay sent by the ERP to the salary card registered in his own name.")
    t.pay(T, "2026-06-30T17:50:00+08:00",
          person("买买提江·库尔班", acct("lf-s-final", "6217", 19), "中国建设银行喀什分行"), "9860.00", "工资",
          "6月工资及经济补偿（员工：热合曼·阿布拉，已离职）",
          "古丽娜会计，我是热合曼，已经回喀什了，原来的工资卡丢了。\n最后一个月工资和补偿打到我表哥买买提江的卡上吧，他会转给我，卡号发你。",
          ch="im", frm="热合曼·阿布拉（已离职）", contact=wxid("lf-s-final"),
          req="E4301", appr=["E4300"],
          label="scam", st="fake_salary", expect="block",
          signals=["im_instruction", "new_contact", "payroll_change", "payee_not_employee"],
          note="A WeChat 'former technician' asks for his final pay to go to a 'cousin's' card; the holder is not the employee.")
    t.pay(T, "2026-07-01T11:15:00+08:00", V5, "41600.00", "检测费", "7月风机定检任务外委检测费",
          ERP + "7月风机定检任务外委检测费（东沟风电33台振动及油品检测）｜华测电力｜合同LF-JC-2026-001｜发票" + invoice("lf-t13"),
          req="E4301", appr=["E4300"], contract_id="LF-JC-2026-001", invoice_no=invoice("lf-t13"),
          signals=["task_rebate_words"],
          note="Hard negative: The word 'task' on an ordinary inspection outsourcing bill from the regular testing lab.")
    t.pay(T, "2026-07-02T15:30:00+08:00", V2new, "156000.00", "分包款", "叶片前缘腐蚀修复（11支）",
          "陈会计您好：\n因公司重组，自6月起叶片修复款统一由关联公司哈密叶安达新能源科技有限公司收取，收款账户变更为杭州银行西湖支行（盖章变更函见附件），原农行账户停用，请以新账户为准。\n叶安达 财务部",
          ch="email", frm="叶安达 财务部", contact="caiwu@yeanda-blade.com",
          req="E4301", appr=["E4300"], contract_id="LF-FB-2026-001", invoice_no=invoice("lf-t14"),
          label="scam", st="account_change", expect="block",
          signals=["email_instruction", "lookalike_domain", "account_change_words", "payee_name_mismatch", "unusual_bank_region"],
          note="A look-alike e-mail moved the blade-repair subcontractor's account to a Hangzhou 'affiliate' three days before this first payment to it.")
    t.order(T, "2026-07-03T10:50:00+08:00", C3, [(CLEAN, "50", "MW·次", "2400.00")],
            "清洗完成验收后30天付款", "托克逊县天光光伏电站", "2026-07-15",
            "7月组件清洗工单，框架合同LF-YW-2026-002", ch="erp",
            note="Routine: Panel-cleaning work order from an established PV plant.")
    t.pay(T, "2026-07-06T10:20:00+08:00", PAY1, "591800.00", "工资", "6月员工工资（72人）",
          ERP + "6月员工工资（72人）代发，工资表已审批",
          req="E4302", appr=["E4300"],
          note="Routine: Monthly staff payroll.")
    t.pay(T, "2026-07-07T16:10:00+08:00",
          vendor("新疆鑫汇通达商贸有限公司", acct("lf-s-police", "6228", 19), "中国农业银行乌鲁木齐西山支行"), "300000.00", "其他",
          "配合审查转款",
          "来电记录（陈思远）：来电人自称乌鲁木齐市公安局经侦支队民警（0991-0000562），说我司工行账户涉嫌帮电诈团伙洗钱，要冻结全部账户；要求今天把30万转入他们指定的aqzh配合审查，审查完毕如数退还，不许告诉任何人，否则按共犯处理。",
          ch="phone", frm="自称乌鲁木齐市公安局经侦支队民警", contact="0991-0000562", urgent=True,
          req="E4302", appr=[],
          label="scam", st="authority_impersonation", expect="block",
          signals=["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency", "evasion_pinyin"],
          note="A caller posing as economic-crime police wants 300k moved to a 'safe account', written as the initialism aqzh.")
    t.pay(T, "2026-07-08T11:30:00+08:00",
          vendor("乌鲁木齐新市区彩虹广告印务部", acct("lf-print", "3002", 19), "中国工商银行乌鲁木齐新市区支行", None, land("0991", "lf-print")),
          "2860.00", "宣传费", "反诈宣传海报及展板制作",
          ERP + "配合二工派出所民警来公司开展反诈宣讲，制作反诈海报40张、展板4块，报价单及派出所活动通知已附，发票" + invoice("lf-t18"),
          req="E4304", appr=["E4300"], invoice_no=invoice("lf-t18"),
          signals=["authority_words"],
          note="Hard negative: Printing of anti-fraud posters for a talk given with the local police station; the police words are genuine.")
    t.pay(T, "2026-07-09T15:45:00+08:00",
          person("周婷", acct("lf-s-task", "6216", 19), "中国银行长沙芙蓉支行"), "12000.00", "借支", "员工借支（李想）",
          "古丽娜，帮我借支1.2万转到这个卡，我在做一个兼职任务，前几单返利都到了，这单要充值1.2万才能提现，明天一起还。",
          ch="im", frm="运维技术员 李想", contact=wxid("lf-lixiang"),
          req="E4310", appr=[],
          label="scam", st="task_rebate", expect="block",
          signals=["im_instruction", "task_rebate_words", "topup_words"],
          note="A technician deep in a part-time 'task' scam asks for a company advance to a stranger's card to 'top up' and withdraw his rebates.")
    t.pay(T, "2026-07-10T11:05:00+08:00", C2acct, "46000.00", "退款", "东沟风电6月备件更换款重复支付原路退回",
          ERP + f"达坂城东沟风电6月备件更换款4.6万元重复支付（到账流水0703-052与0703-061），经对方财务盖章确认，按来款账户尾号{C2acct['account_no'][-4:]}原路退回",
          req="E4302", appr=["E4300"],
          signals=["refund_words", "overpayment"],
          note="Hard negative: A customer's duplicate payment returned to the same company account it came from, after the bank statement showed both receipts.")
    t.order(T, "2026-07-13T10:35:00+08:00",
            customer("托克逊县风光储能科技有限公司", uscc("lf-s-over", "650422"), "白经理", mobile("lf-s-over"), None, wxid("lf-s-over"), None),
            [(CLEAN, "20", "MW·次", "2400.00")], "款到服务", "托克逊县某储能电站", "2026-07-20",
            "对方说款由其合作方乌鲁木齐聚鑫商贸代付，银行流水显示收到聚鑫商贸7.8万，比订单多了3万；白经理说先安排清洗，多的3万等他们老板定了再说怎么处理。",
            ch="im",
            signals=["third_party_payer", "overpayment", "contact_im_only"],
            label="scam", st="overpayment_refund", expect="flag",
            note="A new customer's cleaning job is paid 30k too much by an unrelated trader, setting up a later refund request.")
    t.order(T, "2026-07-14T16:30:00+08:00", C1, [("风机齿轮箱高速轴轴承更换（含吊装）", "2", "台", "96000.00")],
            "按年度运维框架合同月结", "巴里坤县三塘湖风电场", "2026-07-16",
            "艾合买提场长微信报修，17号、23号机组高速轴轴承温度超限，要求48小时内到场更换，按框架合同LF-YW-2026-003单价执行",
            ch="im",
            signals=["urgency", "contact_im_only", "credit_terms_requested"],
            note="Hard negative: The owner's known site manager orders an urgent bearing change by WeChat under the framework contract's monthly terms.")
    t.pay(T, "2026-07-15T11:20:00+08:00",
          person("赵立新", acct("lf-s-bid", "6222", 19), "中国工商银行北京西单支行"), "150000.00", "保证金",
          "中疆能源西北区域运维集采入围保证金",
          "吴经理，我是中疆能源集团采购部赵经理。集团西北区域风电运维集中采购今年定了八家入围单位，你们在名单里。\n入围保证金15万，集团账户在审计期间，先打到我这边项目负责人个人账户，下周统一转集团。三年框架，金额不低于5000万。",
          ch="im", frm="中疆能源集团采购部 赵经理", contact=wxid("lf-s-bid"),
          req="E4304", appr=["E4300"],
          label="scam", st="contract_fraud", expect="flag",
          signals=["im_instruction", "new_contact", "bigproject_words", "deposit_words", "fee_asked_of_seller", "personal_account_pretext"],
          note="A fake state-group buyer wants a 150k 'shortlist deposit' for a framework O&M deal paid to a personal account.")
    t.pay(T, "2026-07-16T10:30:00+08:00", GGZY_XJ, "50000.00", "投标保证金", "达坂城东沟风电场运维服务招标投标保证金",
          ERP + "达坂城东沟风电场2026-2028年运维服务招标（项目编号XJGGZY-2026-0702）投标保证金，按自治区公共资源交易中心交易平台生成的保证金子账号缴纳，未中标原路退还",
          req="E4304", appr=["E4300", "E4290"],
          signals=["deposit_words"],
          note="Hard negative: Bid bond to the sub-account issued by the regional public resource trading centre for a published O&M tender.")
    t.pay(T, "2026-07-17T15:20:00+08:00",
          person("孙立强", acct("lf-s-loan", "6228", 19), "中国农业银行郑州分行"), "23000.00", "手续费", "贷款解冻手续费",
          "【惠企贷】贵司申请的运维设备分期贷款80万因对公账户信息填写错误被系统冻结，需缴纳解冻金2.3万元至风控专员孙立强账户，解冻后连同贷款一并放款。客服专员：小刘",
          ch="sms", frm="惠企贷 客服专员 小刘", contact="106900005127",
          req="E4302", appr=[],
          label="scam", st="advance_fee", expect="block",
          signals=["loan_fee_words", "personal_account_pretext"],
          note="A 'loan platform' says the loan is frozen by a typo and wants a 23k unfreezing fee on a personal card.")
    t.pay(T, "2026-07-20T11:45:00+08:00",
          vendor("新疆汇鑫源贸易有限公司", acct("lf-s-lend", "6217", 19), "中国建设银行昌吉分行"), "500000.00", "往来款",
          "转付合作方往来款",
          "古丽娜会计，我是中疆哈密风电场的采购老周，跟你们郑经理打过招呼了。我们有个合作方需要dgzh sls，每月流水300万左右，给你们2个点。\n昨天打进你们账户的50万今天麻烦转给新疆汇鑫源贸易有限公司，后面每周都有。",
          ch="im", frm="中疆哈密风电场 采购 老周", contact=wxid("lf-s-lend"), urgent=True,
          req="E4301", appr=[],
          label="scam", st="account_lending", expect="block",
          signals=["im_instruction", "new_contact", "account_lending_words", "in_out_match", "vague_memo", "evasion_pinyin"],
          note="Someone posing as a customer's buyer wants the company account used to 'brush turnover' (written as pinyin initials) and forwards 500k to a trader.")
    t.pay(T, "2026-07-21T10:50:00+08:00",
          person("别克波拉提·吐尔逊", acct("lf-herder", "6228", 19), "中国农业银行巴里坤县支行"), "28700.00", "征地补偿款",
          "三塘湖风电场吊装平台临时占地补偿（户主：别克波拉提·吐尔逊，村委会公示名单第2号）",
          ERP + "三塘湖风电场23号机大部件更换吊装平台临时占用草场，依据业主协调纪要及村委会公示名单（第2号户，公示期满），补偿款直接支付户主本人银行卡",
          req="E4303", appr=["E4300", "E4290"],
          note="Hard negative: Temporary land-use compensation for a crane pad paid to a listed herder's own card.")
    t.order(T, "2026-07-22T16:00:00+08:00",
            customer("中疆能源集团新疆物资有限责任公司", None, "彭经理", mobile("lf-s-fp"), "zjny_wz@qq.com", wxid("lf-s-fp"), None),
            [("IGBT功率模块（备件）", "30", "只", "12800.00")], "货到后月结90天", "乌鲁木齐市沙依巴克区某小区12号楼", "2026-07-24",
            "对方称集团统一采购风机备件，要IGBT模块30只，型号不细问，价格直接同意，要求发到乌鲁木齐一个小区由其同事代收，合同后补，发票开集团物资公司。",
            ch="phone",
            signals=["institution_claim", "lookalike_company", "credit_terms_requested", "residential_delivery", "contact_mismatch", "free_mail", "large_first_order"],
            label="scam", st="fake_purchaser", expect="flag",
            note="A look-alike 'state group materials company' on QQ mail orders resalable converter modules on 90-day credit to a residential address.")
    t.order(T, "2026-07-23T11:10:00+08:00", C1, [("主轴承更换（含大部件吊装）", "2", "台", "640000.00")],
            "按年度运维框架合同验收后60天付款", "巴里坤县三塘湖风电场", "2026-08-30",
            "业主设备部盖章工作联系单GZ-2026-031，9号、14号机主轴承更换，按框架合同LF-YW-2026-003执行",
            ch="email",
            signals=["credit_terms_requested"],
            note="Hard negative: A large repair order on 60-day terms from the long-standing wind-farm owner, through its usual e-mail and stamped work order.")
    t.pay(T, "2026-07-24T10:25:00+08:00", V5, "36800.00", "检测费", "光伏组件EL及红外检测",
          ERP + "光伏组件EL及红外检测｜华测电力｜合同LF-JC-2026-001｜发票" + invoice("lf-t30"),
          req="E4301", appr=["E4300"], contract_id="LF-JC-2026-001", invoice_no=invoice("lf-t30"),
          note="Routine: Testing lab payment.")
    t.pay(T, "2026-07-27T15:30:00+08:00", V8, "186000.00", "租赁费", "大部件更换吊车租赁（三塘湖9号、14号机）",
          ERP + "大部件更换吊车租赁（三塘湖9号、14号机）｜安途起重｜合同LF-ZL-2026-003｜发票" + invoice("lf-t31"),
          req="E4303", appr=["E4300", "E4290"], contract_id="LF-ZL-2026-003", invoice_no=invoice("lf-t31"),
          note="Hard negative: Crane hire paid to a lessor whose bank change was keyed in April and already used in May.")
    t.pay(T, "2026-07-28T11:40:00+08:00", V1, "264000.00", "货款", "变桨电池及滑环",
          ERP + "变桨电池及滑环｜驰远备件｜合同LF-CG-2026-009｜发票" + invoice("lf-t32"),
          req="E4301", appr=["E4300"], contract_id="LF-CG-2026-009", invoice_no=invoice("lf-t32"),
          note="Routine: Spare parts from the regular parts dealer.")
    t.pay(T, "2026-07-29T16:20:00+08:00",
          vendor("新疆岚峰新能源运维服务有限公司（银行承兑汇票保证金户）", acct("lf-margin", "3002", 19), "中国工商银行乌鲁木齐新市区支行"),
          "300000.00", "承兑保证金", "开立银行承兑汇票30%保证金",
          ERP + "向工行新市区支行申请开立100万元银行承兑汇票支付驰远备件货款，按授信协议存入本公司承兑保证金户30万元（户名为本公司）",
          req="E4302", appr=["E4300", "E4290"],
          signals=["deposit_words"],
          note="Hard negative: A 300k margin deposit into the company's own acceptance-bill margin account at its bank.")
    t.pay(T, "2026-07-30T10:55:00+08:00", V9, "58800.00", "维修费", "业主指定原厂逆变器返厂维修费（托克逊天光项目）",
          ERP + "托克逊天光光伏电站业主要求逆变器由原厂瑞昇返厂维修（维修委托合同附件2指定），业主50%预付款5.88万元已于6月12日入账（工行流水），瑞昇已入供应商库（V-LF09），按维修委托合同LF-WX-2026-014付款",
          req="E4302", appr=["E4300"], order_id="@c3inv", contract_id="LF-WX-2026-014",
          signals=["designated_supplier", "sales_order_linked"],
          note="Hard negative: First payment to the original manufacturer the PV owner specified, after the owner's prepayment cleared.")
    t.pay(T, "2026-07-31T11:25:00+08:00", V3, "47500.00", "租车费", "运维皮卡租赁（6月，6台）",
          ERP + "运维皮卡租赁（6月，6台）｜天骏租车｜合同LF-ZL-2026-001｜发票" + invoice("lf-t35"),
          req="E4301", appr=["E4300"], contract_id="LF-ZL-2026-001", invoice_no=invoice("lf-t35"),
          note="Routine: Monthly vehicle rental.")
    return t
