"""yanjian: 奎屯天北氯碱化工有限公司, a caustic-soda and PVC plant in Kuitun."""
from common import (acct, uscc, mobile, landline, wxid, inv, payee, pay, cust, order,
                    hist, legit, scam, Ref)

TENANT = "yanjian"
PAY_PREFIX = "TB-ZF"
ORD_PREFIX = "TB-DD"

# Staff ids used in requested_by / approved_by; ERP slips name the requester in from_name.
EMPLOYEES = {"E3200": "杨国栋", "E3201": "王丽", "E3202": "陈志刚", "E3203": "刘海燕", "E3210": "孙鹏", "E3220": "韩雪", "E3230": "努尔古丽", "E3240": "周斌"}

PAYER = {"account_no": acct("yanjian-basic", 19, "3"), "account_name": "奎屯天北氯碱化工有限公司"}
ERP = "用友NC付款单："

V1 = payee("托里县盐湖原盐开发有限公司", "yj-v1", "中国农业银行托里县支行", vendor="V-TB01",
           phone=landline("0901", "yj-v1"), n=17)
V1_FAKE = payee("托里盐湖原盐销售有限公司", "yj-v1-fake", "中国建设银行塔城分行", vendor="V-TB01",
                phone=landline("0901", "yj-v1"))
V2 = payee("克拉玛依白碱滩电石有限公司", "yj-v2", "中国工商银行克拉玛依分行", vendor="V-TB02",
           phone=landline("0990", "yj-v2"))
V2_RENAMED = dict(V2, name="克拉玛依白碱滩新材料有限公司")
V3 = payee("奎屯顺畅危险品运输有限公司", "yj-v3", "中国建设银行奎屯分行", vendor="V-TB03",
           phone=landline("0992", "yj-v3"))
V3_NEW = payee("奎屯顺畅危险品运输有限公司", "yj-v3-new", "兰州银行武威分行", vendor="V-TB03",
               phone=landline("0992", "yj-v3"), n=16)
V4 = payee("奎屯独山子经开区热电有限公司", "yj-v4", "中国工商银行奎屯分行", vendor="V-TB04",
           phone=landline("0992", "yj-v4"))
V5 = payee("乌苏市恒利塑料包装有限公司", "yj-v5", "新疆乌苏农村商业银行", vendor="V-TB05",
           phone=landline("0992", "yj-v5"), n=18, lead="8")
V6 = payee("新疆北辰气瓶检测有限公司", "yj-v6", "中国银行奎屯分行", vendor="V-TB06",
           phone=landline("0992", "yj-v6"), n=17)
PAYROLL = payee("中国工商银行奎屯分行（代发工资专户）", "yj-payroll", "中国工商银行奎屯分行", vendor="PAY-TB")
TAX = payee("国家金库奎屯市支库", "yj-tax", "国家金库奎屯市支库", vendor="TAX-TB", n=17, lead="1")

C1 = cust("石河子康达管业有限公司", uscc("yj-c1", "659001"), "罗经理", landline("0993", "yj-c1"),
          "purchase@kangda-pipe.cn", None, "C-TB01")
C2 = cust("准东天成氧化铝有限公司", uscc("yj-c2", "652302"), "黄部长", landline("0994", "yj-c2"),
          "wz@tiancheng-al.cn", None, "C-TB02")
C3 = cust("克拉玛依恒达油田化学品有限公司", uscc("yj-c3", "650203"), "曹经理", landline("0990", "yj-c3"),
          "hengda_yt@hengdachem.cn", None, "C-TB03")

GM_WX = wxid("yj-gm-real")
PVC = "PVC树脂（SG-5）"
NAOH = "液碱（32%）"


def salt_pay(when, tons, key):
    return pay(when, PAYER, V1, tons * 260, "货款", f"原盐货款（{tons}吨）",
               f"{ERP}托里盐湖原盐 原盐{tons}吨｜合同TB-CG-2026-001｜发票{inv(key)}",
               req="E3202", appr=["E3203", "E3200"], contract="TB-CG-2026-001", invoice=inv(key))


def freight(when, amt, memo, key, pe=V3, changed=None, text=None, urgent=False, appr=("E3203",)):
    return pay(when, PAYER, pe, amt, "运费", memo,
               text or f"{ERP}顺畅危运 {memo}｜合同TB-WL-2026-001｜发票{inv(key)}",
               req="E3202", appr=list(appr), contract="TB-WL-2026-001", invoice=inv(key), changed=changed,
               urgent=urgent)


def pvc_order(when, tons, deadline):
    return order(when, C1, [(PVC, tons, "吨", 5150)], "erp", "石河子经济技术开发区康达管业原料库", deadline,
                 "月结30天", "按年度框架合同KD-2026-PVC执行")


def naoh_order(when, tons, deadline):
    return order(when, C2, [(NAOH, tons, "吨", 780)], "erp", "准东经济技术开发区天成氧化铝原料罐区", deadline,
                 "款到发货", "按年度供货合同执行，货款已从天成氧化铝基本户汇入")


def payroll(when, month, n, amt):
    return pay(when, PAYER, PAYROLL, amt, "工资", f"{month}月工资代发（{n}人）",
               f"{ERP}{month}月工资代发（{n}人），工资表经人事部、财务部长审批", req="E3202", appr=["E3203", "E3200"])


LINES = [
    # ---------------- history ----------------
    hist("Raw-salt payment to the regular salt-lake supplier.", salt_pay("2026-04-07 10:30", 3000, "yj-h-v1-0407")),
    hist("PVC order from the established pipe maker.", pvc_order("2026-04-08 15:20", 200, "2026-04-15")),
    hist("Caustic tank-truck freight to the regular carrier.",
         freight("2026-04-09 11:10", 76500, "液碱槽车运费（奎屯—准东）4月上旬", "yj-h-v3-0409")),
    hist("Calcium-carbide payment to the regular supplier.",
         pay("2026-04-13 16:40", PAYER, V2, 2900000, "货款", "电石货款（1000吨）",
             f"{ERP}白碱滩电石 电石1000吨｜合同TB-CG-2026-002｜发票{inv('yj-h-v2-0413')}",
             req="E3202", appr=["E3203", "E3200"], contract="TB-CG-2026-002", invoice=inv("yj-h-v2-0413"))),
    hist("Caustic-soda order from the established alumina refinery.", naoh_order("2026-04-15 12:00", 1500, "2026-04-25"),
         key="yj-h-c2"),
    hist("Monthly power and steam bill to the park utility.",
         pay("2026-04-16 10:50", PAYER, V4, 2860000, "电费", "3月电费及蒸汽费",
             f"{ERP}奎独热电 3月电费及蒸汽费｜合同TB-NY-2026-001｜发票{inv('yj-h-v4-0416')}",
             req="E3202", appr=["E3203", "E3200"], contract="TB-NY-2026-001", invoice=inv("yj-h-v4-0416"))),
    hist("PVC bags from the regular packaging maker.",
         pay("2026-04-21 14:30", PAYER, V5, 120000, "货款", "PVC包装袋（25kg）",
             f"{ERP}恒利塑料包装 PVC包装袋｜合同TB-CG-2026-006｜发票{inv('yj-h-v5-0421')}",
             req="E3202", appr=["E3203"], contract="TB-CG-2026-006", invoice=inv("yj-h-v5-0421"))),
    hist("Hydrochloric-acid order from the established oilfield-chemicals customer with its precursor filing.",
         order("2026-04-23 17:30", C3, [("盐酸（31%）", 300, "吨", 160)], "erp", "克拉玛依市白碱滩区恒达油田化学品厂",
               "2026-04-28", "款到发货", "第三类易制毒化学品购买备案证明（克公禁毒备〔2026〕第0071号）；货款已付")),
    hist("Raw-salt payment to the regular salt-lake supplier.", salt_pay("2026-04-28 11:20", 2800, "yj-h-v1-0428")),
    hist("Monthly payroll through the bank's payroll account.", payroll("2026-05-12 12:30", 4, 512, 3480000)),
    hist("PVC order from the established pipe maker.", pvc_order("2026-05-14 10:20", 240, "2026-05-20")),
    hist("Monthly VAT.",
         pay("2026-05-15 16:10", PAYER, TAX, 1268430.55, "税款", "4月增值税",
             f"{ERP}4月增值税（电子税务局三方协议缴款）", req="E3202", appr=["E3203"])),
    hist("Caustic tank-truck freight to the regular carrier.",
         freight("2026-05-19 11:40", 81200, "液碱槽车运费（奎屯—准东）5月上旬", "yj-h-v3-0519")),
    hist("Periodic inspection of liquid-chlorine cylinders by the regular cylinder station.",
         pay("2026-05-26 15:00", PAYER, V6, 18600, "检验费", "液氯钢瓶定期检验费（62只）",
             f"{ERP}北辰气瓶 液氯钢瓶定期检验62只｜合同TB-FW-2026-004｜发票{inv('yj-h-v6-0526')}",
             req="E3202", appr=["E3203"], contract="TB-FW-2026-004", invoice=inv("yj-h-v6-0526"))),

    # ---------------- test ----------------
    legit("Routine: Raw-salt payment to the regular salt-lake supplier.", salt_pay("2026-06-01 10:40", 3000, "yj-t-v1-0601")),
    scam("fake_order", "block",
         ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "contact_im_only",
          "evasion_pinyin"],
         "A self-styled army logistics office orders 50 t of caustic and wants us to advance 86k for dosing units from 'its' supplier, backed by a 'processing' transfer screenshot.",
         order("2026-06-02 11:50",
               cust("驻奎某部后勤保障处（营区水厂改造）", None, "陈助理", mobile("yj-s-chen", "87"), None, wxid("yj-s-chen")),
               [(NAOH, 50, "吨", 780)], "im", "奎屯市北郊某营区", "2026-06-05", "对公转账（截图已发）",
               "我们营区水厂改造，液碱50吨你们报价没问题。\n另外还需要20套全自动加药装置，我们只认安泰的，他们跟我们单位有协议。"
               "你们先垫fu一下86000给安泰，连同碱款一起结。\n对公转账截图已经发你了，部队对公打款流程慢，显示处理中，明天能到。加我vx细聊。",
               third=("乌苏市安泰环保设备经营部", mobile("yj-s-antai", "86"), "designated_supplier", 86000)),
         key="yj-s-army"),
    legit("Hard negative: Deposit for 30 additional liquid-chlorine cylinders to the regular cylinder station.",
          pay("2026-06-03 15:30", PAYER, V6, 45000, "押金", "液氯钢瓶押金（新增30只）",
              f"{ERP}北辰气瓶 新增液氯钢瓶30只，押金每只1500元，钢瓶归还后按合同TB-FW-2026-004退还",
              req="E3202", appr=["E3203"], contract="TB-FW-2026-004"),
          ["deposit_words"]),
    scam("fake_order", "block",
         ["designated_supplier", "sales_order_linked", "fake_payment_proof", "im_instruction", "urgency"],
         "Sales is pushed to advance 86k to the dosing-unit shop the 'army' named, linked to that sales order, before any money has arrived.",
         pay("2026-06-04 11:20", PAYER,
             payee("乌苏市安泰环保设备经营部", "yj-s-antai-acct", "新疆乌苏农村商业银行", "personal", n=18, lead="8"),
             86000, "代采购", "代购全自动加药装置20套（营区水厂订单）",
             "孙经理，安泰那边装置已经装车了，催着要钱。我们的款财务说今天下午到，你们先把8.6万垫付给安泰，碱款和装置款我们一起打过来。",
             channel="im", frm="陈助理（驻奎某部）", contact=wxid("yj-s-chen"), urgent=True, req="E3210", appr=[],
             order=Ref("yj-s-army"))),
    legit("Routine: Caustic-soda order from the established alumina refinery.", naoh_order("2026-06-05 16:20", 1600, "2026-06-15")),
    legit("Hard negative: New water utility orders liquid chlorine with its hazardous-chemical use registration, paid in advance from its own account.",
          order("2026-06-08 10:30",
                cust("伊宁市清河供水有限公司", uscc("yj-l-qinghe", "654002"), "马科长", landline("0999", "yj-l-qinghe"),
                     "gs@qhgs-yn.cn"),
                [("液氯", 20, "吨", 350)], "email", "伊宁市清河供水有限公司第二水厂加氯间", "2026-06-12",
                "款到发货（已到账）",
                "附：危险化学品使用登记、加氯间安全验收资料；运输由贵司合作的危货承运商承运。货款7000元及钢瓶押金已从我司基本户汇入贵司，户名一致。"),
          ["far_delivery"]),
    scam("contract_fraud", "flag",
         ["deposit_words", "bigproject_words", "shell_company", "fee_asked_of_seller"],
         "A three-month-old Khorgos trader promising a 20,000 t/yr Central Asian PVC export deal wants a 300k performance deposit before signing.",
         pay("2026-06-09 14:40", PAYER,
             payee("霍尔果斯中亚聚合物国际贸易有限公司", "yj-s-zhongya", "新疆霍尔果斯农村商业银行", n=18, lead="8"),
             300000, "履约保证金", "中亚PVC年度出口框架合同履约保证金",
             f"{ERP}霍尔果斯中亚聚合物称代表哈萨克斯坦、乌兹别克斯坦多家管材厂集中采购，年采购PVC 2万吨（合同额约1亿元），"
             "签约前须由我司缴纳履约保证金30万元至其账户；对方公司2026年3月成立，注册资本100万元，未提供境外买方信息。",
             req="E3210", appr=["E3203", "E3200"])),
    legit("Routine: Monthly payroll through the bank's payroll account.", payroll("2026-06-10 11:30", 5, 515, 3512000)),
    legit("Hard negative: Comparison-monitoring fee to the official municipal environmental monitoring station.",
          pay("2026-06-10 16:50", PAYER,
              payee("奎屯市环境监测站", "yj-l-jiancezhan", "中国工商银行奎屯分行"), 4600, "监测费",
              "废水总排口在线监测比对监测费（二季度）",
              f"{ERP}按市生态环境局排污许可证执行报告要求，委托奎屯市环境监测站开展在线监测设备比对监测，委托书WT-2026-06-03，缴费通知单及财政票据附后",
              req="E3240", appr=["E3203"]),
          ["authority_words", "fee_words"]),
    scam("fake_purchaser", "flag",
         ["institution_claim", "large_first_order", "credit_terms_requested", "far_delivery", "contact_im_only",
          "contact_mismatch", "free_mail"],
         "A 'construction group materials centre' on WeChat and free mail orders 800 t of PVC on 90-day credit, delivered to a Kashgar logistics park.",
         order("2026-06-11 10:20",
               cust("新疆昆仑建工集团有限公司物资采购中心", None, "刘主任", mobile("yj-s-kunlun", "86"),
                    "kunlunjg_wz@163.com", wxid("yj-s-kunlun")),
               [(PVC, 800, "吨", 5150)], "im", "喀什经济开发区远方物流园3号库", "2026-06-20", "月结90天",
               "集团南疆保障房项目用管材，统一由物资中心采购PVC树脂给管材代工厂，量大价格好说，按集团惯例月结90天，尽快发到喀什物流园。")),
    legit("Hard negative: Tender deposit to the prefecture public-resource trading centre's account named in the tender notice; the notice text was pasted from a PDF with spaces.",
          pay("2026-06-12 15:10", PAYER,
              payee("伊犁哈萨克自治州公共资源交易中心", "yj-l-ggzy", "中国建设银行伊犁分行"), 80000, "投标保证金",
              "伊宁市供水管网改造工程PVC管材原料招标投标保证金",
              f"{ERP}按招标公告（项目编号YLGG-2026-0614，公共资源交易中心网站发布）载明的账户缴纳，公告原文摘录：\n"
              "“投 标 保 证 金 人 民 币 捌 万 元 整，须 从 投 标 人 基 本 账 户 转 出 至 伊犁哈萨克自治州公共资源交易中心 保证金专户”\n公告截图及项目编号已附。",
              req="E3210", appr=["E3203", "E3200"]),
          ["deposit_words", "evasion_spacing"]),
    legit("Routine: Caustic tank-truck freight to the regular carrier.",
          freight("2026-06-15 11:40", 79300, "液碱槽车运费（奎屯—准东）6月上旬", "yj-t-v3-0615")),
    scam("account_change", "block",
         ["account_change_words", "email_instruction", "lookalike_domain", "payee_name_mismatch"],
         "An e-mail from a hyphenated look-alike of the salt supplier's domain moves payments to a 'sales subsidiary' in Tacheng; the change was keyed five days before this first payment.",
         pay("2026-06-16 15:20", PAYER, V1_FAKE, 806000, "货款", "原盐货款（3100吨）",
             "天北化工财务部：\n因集团内部重组，我司原盐销售业务自6月起由全资子公司托里盐湖原盐销售有限公司承接，原农行托里县支行账户停止收款，"
             "6月起货款请汇至以下新账户（变更函已盖章扫描附后）。\n请勿再付原账户，如有疑问请回复本邮件。\n托里县盐湖原盐开发有限公司 财务部",
             channel="email", frm="托里盐湖原盐 财务部", contact="caiwu@tuoli-yanhu.com", req="E3202",
             appr=["E3203", "E3200"], contract="TB-CG-2026-001", invoice=inv("yj-s-v1-0616"), changed="2026-06-11 16:00")),
    legit("Hard negative: Quality-deduction refund to the alumina refinery's own paying account, linked to its April order.",
          pay("2026-06-17 17:10", PAYER,
              payee("准东天成氧化铝有限公司", "yj-c2-acct", "中国工商银行阜康支行", phone=landline("0994", "yj-c2")),
              23400, "退款", "液碱4月订单浓度扣款原路退回",
              f"{ERP}准东天成4月液碱订单（1500吨）第三方检测浓度31.2%低于合同32%，按合同质量条款扣减单价后多收货款23400元，"
              "经双方质量部会签，原路退回其4月付款账户（户名、账号与客户档案一致）",
              req="E3202", appr=["E3203"], order=Ref("yj-h-c2")),
          ["refund_words", "overpayment"]),
    scam("boss_impersonation", "block",
         ["im_instruction", "new_contact", "balance_probe", "boss_role", "cannot_call", "bypass_process",
          "deposit_words", "urgency", "evasion_fullwidth"],
         "In a DingTalk 'executives' group created that day the fake GM asks for both accounts' balances, then a 1.2m carbide 'deposit' to a new trader, typed with full-width digits.",
         pay("2026-06-18 11:00", PAYER,
             payee("霍城县恒兴物资贸易有限公司", "yj-s-hengxing", "新疆霍城农村商业银行", n=18, lead="8"), 1200000, "订金",
             "电石现货采购订金",
             "【钉钉群：天北化工高管沟通群（今日新建）】\n杨国栋：@王丽 我在州里开会，不方便接电话，有事群里说。\n"
             "杨国栋：把基本户和一般户的可用余额截图发群里。\n杨国栋：电石这周要涨，恒兴那边有一批现货，先付订金１２０万锁货，合同和审批回来补，抓紧。",
             channel="im", frm="杨国栋", contact="dingtalk:yangguodong_0618", urgent=True, req="E3201", appr=[])),
    legit("Hard negative: New trader orders flake caustic drop-shipped to an aluminium project site, paid in full in advance from its own account.",
          order("2026-06-22 10:50",
                cust("阿克苏天润化工贸易有限公司", uscc("yj-l-tianrun", "652901"), "吴经理", landline("0997", "yj-l-tianrun"),
                     "sales@tianrun-chem.cn"),
                [("片碱（99%）", 60, "吨", 3300)], "email", "拜城县某铝业项目部（工地）", "2026-06-28", "款到发货（已到账）",
                f"我们是贸易商，给拜城铝业项目工地供货，直接发工地项目部，收货人项目部材料员张工{landline('0997', 'yj-l-zhanggong')}。"
                "货款198000元已从我司对公账户全额付清，贵司已确认到账。"),
          ["large_first_order", "far_delivery"]),
    scam("fake_salary", "block",
         ["payee_shared_by_employees", "payee_not_employee", "email_instruction", "free_mail"],
         "A free-mail note 'from the labour agency' has fifteen carbide crushers' wages paid in one sum to the foreman's personal card.",
         pay("2026-06-23 15:30", PAYER,
             payee("周海波", "yj-s-zhouhaibo", "中国农业银行奎屯分行", "personal"), 97500, "工资",
             "5月电石破碎外包班组工资（15人）",
             "努尔古丽您好：\n5月破碎班组15人工资表见附件，按惯例统一发放，收款账户：周海波（班组长），谢谢。\n鑫源劳务",
             channel="email", frm="奎屯鑫源劳务服务有限公司", contact="xinyuan_lw@126.com", req="E3230", appr=["E3203"])),
    legit("Hard negative: Carbide payment to the regular supplier after its registered name change; account unchanged, registry notice on file.",
          pay("2026-06-24 12:10", PAYER, V2_RENAMED, 2610000, "货款", "电石货款（900吨）",
              f"{ERP}白碱滩电石 电石900吨｜合同TB-CG-2026-002｜供应商已于6月1日完成工商更名（原克拉玛依白碱滩电石有限公司，统一社会信用代码不变），"
              f"附市场监管局变更通知书及盖章更名函，开户行和账号不变，供应商档案已更新名称｜发票{inv('yj-t-v2-0624')}",
              req="E3202", appr=["E3203", "E3200"], contract="TB-CG-2026-002", invoice=inv("yj-t-v2-0624")),
          ["payee_name_mismatch", "account_change_words"]),
    scam("advance_fee", "block",
         ["loan_fee_words", "account_lending_words", "fee_words", "personal_account_pretext", "im_instruction"],
         "A 'financing adviser' wants an 18k 'packaging fee' on his own card and the corporate USB key posted to him to fake turnover for a 5m loan.",
         pay("2026-06-25 10:40", PAYER,
             payee("周立新", "yj-s-zhoulixin", "中国工商银行乌鲁木齐分行", "personal"), 18000, "服务费", "500万流动资金贷款包装费",
             "刘部长，贷款500万审批基本没问题，就是贵司近半年对公流水不够，银行要看流水。\n"
             "先交1.8万包装费到我个人卡，再把对公网银U盾寄过来，我们帮你们刷流水，一周做够流水就放款。",
             channel="im", frm="金诚融资顾问 周经理", contact=wxid("yj-s-zhoulixin"), req="E3203", appr=["E3200"])),
    legit("Routine: PVC bags from the regular packaging maker.",
          pay("2026-06-26 16:30", PAYER, V5, 126000, "货款", "PVC包装袋（25kg）",
              f"{ERP}恒利塑料包装 PVC包装袋｜合同TB-CG-2026-006｜发票{inv('yj-t-v5-0626')}",
              req="E3202", appr=["E3203"], contract="TB-CG-2026-006", invoice=inv("yj-t-v5-0626"))),
    scam("authority_impersonation", "flag",
         ["authority_words", "fee_words", "phone_instruction", "urgency", "secrecy_words"],
         "A caller posing as the environment bureau's enforcement team says the plant is on a shutdown list unless a 28k 'rectification assessment' is paid to a firm he names.",
         pay("2026-06-29 11:10", PAYER,
             payee("新疆绿源环境评估技术有限公司", "yj-s-lvyuan", "中国银行奎屯分行", n=17), 28000, "技术服务费",
             "在线监测数据异常第三方整改评估费",
             "电话记录（周斌）：对方自称市生态环境局执法大队赵科长，称我司烧碱装置废气在线监测数据6月多次超标，已列入停产整治名单；"
             "如要撤销，须今天下班前向局里指定的绿源环境评估公司缴纳第三方整改评估费2.8万元，出具报告后不再处罚，不要对外声张。",
             channel="phone", frm="市生态环境局执法大队 赵科长", contact=mobile("yj-s-zhao", "88"), urgent=True,
             req="E3240", appr=["E3203"])),
    legit("Hard negative: The real GM on his usual WeChat asks for the power-and-steam bill to be paid before the contract cut-off; OA approved.",
          pay("2026-06-30 15:00", PAYER, V4, 2935000, "电费", "5月电费及蒸汽费",
              "刘部长，热电公司今天是5月电汽费结算截止日，逾期按合同要加收滞纳金，今天下班前一定付掉，OA我批过了。",
              channel="im", frm="杨国栋", contact=GM_WX, urgent=True, req="E3202", appr=["E3203", "E3200"],
              contract="TB-NY-2026-001", invoice=inv("yj-t-v4-0630")),
          ["im_instruction", "boss_role", "urgency"]),
    scam("fake_invoice", "flag",
         ["renewal_bill", "no_po_contract", "letter_instruction", "urgency"],
         "A mailed 'renewal notice' for a chlor-alkali company directory listing asks 4,800 from an unknown Beijing 'information centre'.",
         pay("2026-07-01 10:30", PAYER,
             payee("北京中化企信信息技术中心", "yj-s-qixin", "中国农业银行北京丰台支行"), 4800, "服务费",
             "《中国氯碱化工企业名录》2026年度收录续费",
             "续费通知单（信函）：贵单位已收录于《中国氯碱化工企业名录》，2026年度收录即将到期，请于7月10日前缴纳年度收录及网络推广维护费4800元，"
             "逾期将删除贵单位信息。此单据为缴费凭证。",
             channel="letter", frm="中化企信 名录编辑部", contact=landline("010", "yj-s-qixin"), req="E3202", appr=["E3203"])),
    legit("Routine: PVC order from the established pipe maker.", pvc_order("2026-07-02 11:20", 220, "2026-07-08")),
    legit("Hard negative: Salt receivable assigned to a factor under a three-party notice, confirmed by call-back to the supplier's number on file.",
          pay("2026-07-03 14:10", PAYER,
              payee("新疆丝路商业保理有限公司", "yj-l-baoli", "中国银行乌鲁木齐分行", vendor="V-TB11",
                    phone=landline("0991", "yj-l-baoli"), n=17), 780000, "货款", "原盐货款（应收账款已转让予丝路保理）",
              f"{ERP}托里县盐湖原盐开发有限公司将我司6月原盐货款应收账款转让给新疆丝路商业保理有限公司，三方《应收账款转让通知书》"
              "（编号SLBL-2026-0433）由原盐公司、保理公司盖章，我司已签收回执；刘海燕7月2日按供应商档案原座机回拨原盐公司财务确认转让事实与保理账户。",
              req="E3202", appr=["E3203", "E3200"], contract="TB-CG-2026-001", invoice=inv("yj-t-v1-0703"),
              verification=(landline("0901", "yj-v1"), "E3203", "2026-07-02 16:20")),
          ["payee_name_mismatch"]),
    scam("contract_fraud", "flag",
         ["guarantee_unverified", "fake_payment_proof", "large_first_order", "far_delivery"],
         "A new export trader 'pays' a 1.65m flake-caustic order with a photo of a six-month commercial acceptance bill drawn by its own affiliate.",
         order("2026-07-06 16:00",
               cust("新疆中亚丝路国际贸易有限公司", uscc("yj-s-zysl", "650104"), "吴总", mobile("yj-s-wu", "86"),
                    "wuzong@zysl-trade.com"),
               [("片碱（99%）", 500, "吨", 3300)], "email", "霍尔果斯口岸物流园B区", "2026-07-15", "6个月商业承兑汇票",
               "我司以6个月期商业承兑汇票支付全部货款，出票人为我司关联企业霍尔果斯金桥实业有限公司，汇票照片已发邮箱，请见票后安排发货出口哈萨克斯坦。")),
    legit("Hard negative: Final pay of a departing employee to his own registered salary card, outside the payroll batch.",
          pay("2026-07-07 10:50", PAYER,
              payee("张志强", "yj-l-zhangzhiqiang", "中国建设银行奎屯分行", "personal"), 14260.50, "工资",
              "离职结算工资（张志强）",
              f"{ERP}电解车间张志强6月30日合同期满离职，结算6月工资及未休年假工资，经人事部核算、本人签字确认，"
              "按劳动合同登记的本人工资卡（建行）单笔发放，不在7月代发批次内",
              req="E3230", appr=["E3203"])),
    scam("overpayment_refund", "block",
         ["overpayment", "refund_to_other_account", "fake_payment_proof", "refund_words", "urgency", "im_instruction"],
         "A new building-materials buyer claims a tenfold overpayment from a screenshot and wants 234k 'refunded' to a logistics firm it owes.",
         pay("2026-07-08 15:40", PAYER,
             payee("霍城县鑫达物流有限公司", "yj-s-xinda", "新疆霍城农村商业银行", n=18, lead="8"), 234000, "退款",
             "金盾建材多付货款退回",
             "孙经理，片碱款我们财务多打了一个零，26000打成了260000，网银回单截图发你了。\n"
             "多的23.4万麻烦退到霍城鑫达物流的账户，我们正好欠他们运费，省得再转一道，今天能退吗？",
             channel="im", frm="金盾建材 马总", contact=wxid("yj-s-jindun"), urgent=True, req="E3210", appr=["E3203"],
             order="TB-DD-20260706005")),
    legit("Routine: Monthly VAT.",
          pay("2026-07-09 11:50", PAYER, TAX, 1315276.40, "税款", "6月增值税",
              f"{ERP}6月增值税（电子税务局三方协议缴款）", req="E3202", appr=["E3203"])),
    scam("boss_impersonation", "flag",
         ["email_instruction", "lookalike_domain", "boss_role", "urgency", "bypass_process", "secrecy_words"],
         "An e-mail from a hyphenated look-alike of the company domain 'from the GM' asks for a 68k industry-conference sponsorship to a Beijing events firm today, kept quiet.",
         pay("2026-07-10 15:20", PAYER,
             payee("北京华氯会展服务有限公司", "yj-s-hualv", "招商银行北京分行", n=16), 68000, "赞助费", "氯碱行业年会协办赞助费",
             "刘部长：\n今年全国氯碱行业年会我答应了协办，赞助费6.8万今天对方要到账，你直接付给北京华氯会展，合同我出差回来补签。\n"
             "这事先别在公司里说，年会名单没公布。\n杨国栋（发自手机）",
             channel="email", frm="杨国栋", contact="yangguodong@tianbei-chem.com.cn", urgent=True, req="E3203", appr=[])),
    legit("Hard negative: Saturday-night emergency chlorine tank-truck freight to the regular carrier, approved on mobile.",
          freight("2026-07-11 22:10", 18500, "液氯槽车夜间应急调运运费", "yj-t-v3-0711",
                  text=f"{ERP}（夜间应急）伊宁清河供水液氯库存告急，顺畅危运周六夜间加派槽车，按合同TB-WL-2026-001应急调运条款结算运费，"
                       f"刘海燕、杨国栋移动审批｜发票{inv('yj-t-v3-0711')}",
                  urgent=True, appr=("E3203", "E3200")),
          ["urgency"]),
    legit("Hard negative: The oilfield-chemicals customer's parent pays for an acid order under a signed three-party agreement; filing in the buyer's own name.",
          order("2026-07-13 10:40", C3, [("盐酸（31%）", 280, "吨", 160)], "erp", "克拉玛依市白碱滩区恒达油田化学品厂",
                "2026-07-17", "款到发货（集团代付，已到账）",
                "本批货款由克拉玛依恒达集团有限公司按三方委托付款协议（TB-SF-2026-001，三方盖章）代付，7月10日到账；"
                "第三类易制毒化学品购买备案证明以恒达油田化学品名义办理（克公禁毒备〔2026〕第0152号）。"),
          ["third_party_payer"]),
    legit("Hard negative: Large first PVC order won through the company's own tender platform, paid with a bank acceptance bill already signed for in the bill-exchange system.",
          order("2026-07-14 16:10",
                cust("昌吉国泰塑业有限公司", uscc("yj-l-guotai", "652301"), "郑经理", landline("0994", "yj-l-guotai"),
                     "cg@guotai-plastic.cn"),
                [(PVC, 300, "吨", 5150)], "email", "昌吉高新技术产业开发区国泰塑业原料库", "2026-07-24",
                "6个月银行承兑汇票（已签收）",
                "我司通过贵司电子招标平台中标通知（TB-ZB-2026-011）下单。货款以中国工商银行昌吉分行承兑的6个月期电子银行承兑汇票支付，"
                "票据已通过上海票据交易所系统背书至贵司，贵司财务7月13日已在网银签收，出票人为我司本身。"),
          ["large_first_order", "fake_payment_proof"]),
    legit("Hard negative: First payment to a licensed safety-assessment firm for the chlorine-storage HAZOP the emergency bureau required.",
          pay("2026-07-16 11:30", PAYER,
              payee("新疆中科安评技术服务有限公司", "yj-l-anping", "中国建设银行乌鲁木齐分行", vendor="V-TB12",
                    phone=landline("0991", "yj-l-anping")), 126000, "技术服务费", "液氯储存装置HAZOP分析及安全现状评价（首付40%）",
              f"{ERP}按州应急管理局《关于开展涉氯企业安全风险专项整治的通知》要求，委托具备安全评价资质（证书编号APJ-（新）-021，已在应急管理部门网站查询）"
              f"的中科安评开展HAZOP分析和安全现状评价，合同TB-FW-2026-018｜发票{inv('yj-t-anping')}",
              req="E3240", appr=["E3203", "E3200"], contract="TB-FW-2026-018", invoice=inv("yj-t-anping")),
          ["authority_words", "fee_words"]),
    scam("account_change", "block",
         ["unusual_bank_region"],
         "Structural only: the carrier's account was switched to a Wuwei bank two days before this routine freight slip.",
         freight("2026-07-17 15:30", 83600, "液碱槽车运费（奎屯—准东）7月上旬", "yj-s-v3-0717", pe=V3_NEW,
                 changed="2026-07-15 11:20")),
]
