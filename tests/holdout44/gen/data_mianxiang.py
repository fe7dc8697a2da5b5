"""mianxiang: 新疆面香餐饮连锁管理有限公司, hand-pulled beef-noodle brand 面香阁 with a central seasoning kitchen;
48 franchised and 12 direct stores."""
from common import (acct, inv, uscc, wxid, vendor, person, cust, pay, order, tp, H, R, N, S)

TENANT = "mianxiang"
PREFIX = "MX"
PAYER = {"account_no": acct("mx-payer", "3065", 17), "account_name": "新疆面香餐饮连锁管理有限公司"}

M1 = vendor("昌吉州天牧牛羊肉食品有限公司", acct("mx-v1", "6505", 19), "中国建设银行昌吉分行", "V-MX01", "0994-0000371")
M2 = vendor("奇台县丰麦面粉有限公司", acct("mx-v2", "3065", 17), "中国农业银行奇台县支行", "V-MX02", "0994-0000729")
M2NEW = vendor("奇台县丰麦面粉有限公司", acct("mx-v2-new", "8806", 18), "奇台农村商业银行营业部", "V-MX02", "0994-0000729")
M3 = vendor("乌鲁木齐香源调味品有限公司", acct("mx-v3", "3002", 19), "中国工商银行乌鲁木齐米东支行", "V-MX03", "0991-0000285")
M4 = vendor("新疆驰远物流有限公司", acct("mx-v4", "6505", 19), "中国建设银行乌鲁木齐分行", "V-MX04", "0991-0000647")
M5 = vendor("乌鲁木齐华凌商业管理有限公司", acct("mx-v5", "3002", 19), "中国工商银行乌鲁木齐沙依巴克支行", "V-MX05", "0991-0000552")
PAYROLL = vendor("中国农业银行乌鲁木齐米东支行（代发工资专户）", acct("mx-pay", "3065", 17), "中国农业银行乌鲁木齐米东支行", "PAY-01")
TAX = vendor("国家金库乌鲁木齐市米东区支库", acct("mx-tax", "6501", 17), "国家金库乌鲁木齐市米东区支库", "TAX-01")
M3_CHANGED = "2025-11-18 14:30"

D1 = cust("石河子市马记面香阁拉面馆", uscc("mx-c1", "92659001"), "马师傅", "16400008162", None, wxid("mx-c1"), "C-MX01")
D2 = cust("库车市兰香餐饮有限公司", uscc("mx-c2", "91652902"), "韩经理", "0997-0000426", "hanjl@lanxiang-cy.cn", None, "C-MX02")
D3 = cust("阜康市味源餐饮管理有限公司", uscc("mx-c3", "91652302"), "王店长", "0994-0000158", None, wxid("mx-c3"), "C-MX03")
D4 = cust("吐鲁番市丝路面馆有限公司", uscc("mx-c4", "91650402"), "艾经理", "0995-0000633", "aijl@silumg.cn", None, "C-MX04")

SOUP = "牛肉汤料包（5kg×4袋）"
CHILI = "秘制辣子油（20kg）"
FLOUR = "拉面专用粉（25kg）"
PENG = "蓬灰水（5L×4）"
BEEF = "牛肉臊子（冷冻，10kg）"
ADDR = {"D1": "石河子市北一路面香阁马记店", "D2": "库车市天山中路面香阁兰香店",
        "D3": "阜康市博峰街面香阁味源店", "D4": "吐鲁番市高昌区绿洲中路面香阁丝路店"}


def erp(memo, short, contract, invoice):
    return f"畅捷通T+付款单：{memo}｜{short}｜合同{contract}｜发票{invoice}"


I_M1_0511 = inv("mx-h-m1-0511")

LINES = [
    # ------------------------------------------------------------------ history
    H("Beef bill to the regular beef supplier.",
      pay("2026-04-13 12:10", M1, "168000.00", "货款", "4月上旬牛肉款（6.0吨）",
          erp("4月上旬牛肉款（6.0吨）", "天牧牛羊肉", "MX-CG-2026-001", inv("mx-h-m1-0413")),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-001", invoice=inv("mx-h-m1-0413"))),
    H("Franchisee order of soup base, chili oil and noodle flour by WeChat.",
      order("2026-04-15 16:20", D1, [(SOUP, 20, "箱", "360.00"), (CHILI, 6, "桶", "520.00"), (FLOUR, 60, "袋", "128.00")],
            "im", ADDR["D1"], "2026-04-17", "款到发货", "马师傅微信下单，货款已到账（财务已确认）")),
    H("Noodle-flour bill to the regular mill.",
      pay("2026-04-16 11:30", M2, "74500.00", "货款", "拉面专用粉款（4月）",
          erp("拉面专用粉款（4月）", "丰麦面粉", "MX-CG-2026-002", inv("mx-h-m2-0416")),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-002", invoice=inv("mx-h-m2-0416"))),
    H("Spice bill to the supplier whose account change dates from November 2025.",
      pay("2026-04-20 15:40", M3, "26380.00", "货款", "辣椒面、花椒等香料款",
          erp("辣椒面、花椒等香料款", "香源调味品", "MX-CG-2026-003", inv("mx-h-m3-0420")),
          req="E3102", appr=["E3101"], contract="MX-CG-2026-003", invoice=inv("mx-h-m3-0420"), changed=M3_CHANGED)),
    H("Franchisee order on monthly terms by e-mail.",
      order("2026-04-22 12:50", D2, [(SOUP, 40, "箱", "360.00"), (CHILI, 10, "桶", "520.00"), (BEEF, 20, "箱", "680.00")],
            "email", ADDR["D2"], "2026-04-27", "月结30天", "4月下旬补货")),
    H("Store delivery freight to the regular carrier.",
      pay("2026-04-27 16:10", M4, "33260.00", "运费", "4月门店配送运费（北疆线）",
          erp("4月门店配送运费（北疆线）", "驰远物流", "MX-WL-2026-001", inv("mx-h-m4-0427")),
          req="E3102", appr=["E3101"], contract="MX-WL-2026-001", invoice=inv("mx-h-m4-0427"))),
    H("Monthly rent of a direct store.",
      pay("2026-04-29 11:20", M5, "38000.00", "房租", "友好路直营店5月租金",
          erp("友好路直营店5月租金", "华凌商业", "MX-ZL-2025-002", inv("mx-h-m5-0429")),
          req="E3102", appr=["E3101"], contract="MX-ZL-2025-002", invoice=inv("mx-h-m5-0429"))),
    H("Monthly payroll through the bank's payroll account.",
      pay("2026-05-07 17:30", PAYROLL, "612380.00", "工资", "4月工资代发（126人）",
          "畅捷通T+付款单：4月工资代发（126人），工资表经人事、财务及总经理审批", req="E3101", appr=["E3100"])),
    H("Beef bill to the regular beef supplier.",
      pay("2026-05-11 12:40", M1, "172800.00", "货款", "4月下旬牛肉款（6.2吨）",
          erp("4月下旬牛肉款（6.2吨）", "天牧牛羊肉", "MX-CG-2026-001", I_M1_0511),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-001", invoice=I_M1_0511)),
    H("Franchisee order paid before shipment.",
      order("2026-05-13 15:30", D3, [(SOUP, 25, "箱", "360.00"), (CHILI, 8, "桶", "520.00"), (PENG, 10, "箱", "96.00")],
            "im", ADDR["D3"], "2026-05-16", "款到发货", "王店长微信下单，货款已到账")),
    H("Monthly VAT by tripartite debit.",
      pay("2026-05-15 11:00", TAX, "84210.60", "税款", "4月增值税及附加", "电子税务局三方协议扣缴：4月增值税及附加",
          req="E3101", appr=["E3100"])),
    H("Spice bill to the supplier whose account change dates from November 2025.",
      pay("2026-05-18 16:40", M3, "24900.00", "货款", "辣椒面、花椒等香料款",
          erp("辣椒面、花椒等香料款", "香源调味品", "MX-CG-2026-003", inv("mx-h-m3-0518")),
          req="E3102", appr=["E3101"], contract="MX-CG-2026-003", invoice=inv("mx-h-m3-0518"), changed=M3_CHANGED)),
    H("Franchisee order on monthly terms by e-mail.",
      order("2026-05-21 12:30", D4, [(SOUP, 30, "箱", "360.00"), (BEEF, 15, "箱", "680.00"), (FLOUR, 40, "袋", "128.00")],
            "email", ADDR["D4"], "2026-05-26", "月结30天", "5月下旬补货")),
    H("Noodle-flour bill to the regular mill.",
      pay("2026-05-27 15:50", M2, "79200.00", "货款", "拉面专用粉款（5月）",
          erp("拉面专用粉款（5月）", "丰麦面粉", "MX-CG-2026-002", inv("mx-h-m2-0527")),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-002", invoice=inv("mx-h-m2-0527"))),

    # ------------------------------------------------------------------ test
    R("WeChat order from an established franchisee, paid before shipment.",
      order("2026-06-01 15:10", D1, [(SOUP, 25, "箱", "360.00"), (CHILI, 8, "桶", "520.00"), (FLOUR, 50, "袋", "128.00")],
            "im", ADDR["D1"], "2026-06-03", "款到发货", "马师傅微信下单，货款已到账（财务已确认）")),
    N(["account_changed_long_ago"],
      "Spice bill paid to the supplier whose bank change was keyed in November 2025 and which has been paid there several times since.",
      pay("2026-06-02 11:40", M3, "27450.00", "货款", "辣椒面、花椒等香料款",
          erp("辣椒面、花椒等香料款", "香源调味品", "MX-CG-2026-003", inv("mx-t-m3-0602")),
          req="E3102", appr=["E3101"], contract="MX-CG-2026-003", invoice=inv("mx-t-m3-0602"), changed=M3_CHANGED)),
    S("account_change", "block", ["account_changed_recent", "first_time_payee", "email_instruction", "lookalike_domain", "account_change_words"],
      "An e-mail from a hyphenated look-alike of the flour mill's domain moves its account to a local rural bank; the clerk keyed the change the evening before and this is the first payment to it.",
      pay("2026-06-02 16:30", M2NEW, "84600.00", "货款", "拉面专用粉款（6月上）",
          "苏经理您好：\n因我司基本户迁至奇台农商行，原农行账户6月起停止收款，请将6月货款汇至以下新账户：\n"
          f"户名：奇台县丰麦面粉有限公司\n开户行：奇台农村商业银行营业部\n账号：{acct('mx-v2-new', '8806', 18)}\n"
          "变更函扫描件见附件，原件随下批货送达。\n丰麦面粉 财务部",
          channel="email", frm="奇台县丰麦面粉有限公司 财务部", contact="caiwu@fengmai-flour.com",
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-002", changed="2026-06-01 17:20")),
    N(["refund_words", "deposit_words", "personal_account", "first_time_payee", "evasion_traditional"],
      "A Hami franchisee who writes in traditional characters quits after the closing inspection and gets the 20k deposit back to the personal account it came from.",
      pay("2026-06-03 12:20", person("林志明", acct("mx-n-lin", "6228", 19), "中国农业银行哈密分行", "16300006254"),
          "20000.00", "退保证金", "哈密店加盟保证金退还（原路退回）",
          "畅捷通T+付款单：哈密店加盟商林志明来函原文：「本人因家庭原因申請提前解除加盟合約，閉店驗收已於5月29日完成，"
          "請將加盟保證金貳萬元退還至原繳款帳戶，謝謝。」加盟部验收单MX-YS-0529，设备物料款无欠款；"
          f"按合同MX-JM-2024-033第12条原路退回原缴款账户{acct('mx-n-lin', '6228', 19)}（2024年3月缴款，银行回单已核对）",
          req="E3110", appr=["E3101", "E3100"], contract="MX-JM-2024-033")),
    S("authority_impersonation", "flag", ["authority_words", "fee_words", "personal_account", "phone_instruction", "first_time_payee", "secrecy_words", "urgency"],
      "A caller posing as the prefecture market regulator says a franchise store failed a beef sampling test and offers to 'hold off the case' for an 8k re-test fee paid to the inspector's own card.",
      pay("2026-06-03 16:50", person("赵振华", acct("mx-s-zhao", "6217", 19), "中国建设银行阜康支行"),
          "8000.00", "复检费", "阜康店抽检不合格复检费",
          "来电内容（出纳记录）：阜康味源店牛肉臊子抽检大肠菌群超标，按规定要对品牌方立案并罚款10万元以上。"
          "如申请复检可暂缓立案，复检费8000元今天转到抽检员赵振华个人账户，明天出复检报告，此事不要声张，否则直接上报。",
          channel="phone", frm="自称昌吉州市场监督管理局食品抽检科 赵科长", contact="0994-0000962", urgent=True,
          req="E3102", appr=["E3101"])),
    R("Beef bill to the regular beef supplier.",
      pay("2026-06-04 11:50", M1, "165600.00", "货款", "5月下旬牛肉款（5.9吨）",
          erp("5月下旬牛肉款（5.9吨）", "天牧牛羊肉", "MX-CG-2026-001", inv("mx-t-m1-0604")),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-001", invoice=inv("mx-t-m1-0604"))),
    N(["new_customer", "large_first_order", "credit_terms_requested"],
      "A new Kashgar franchisee orders noodle machines and first stock on the contract's three-instalment equipment terms, the first instalment and the materials already cleared.",
      order("2026-06-04 15:20",
            cust("喀什市丝路面香餐饮有限公司", uscc("mx-n-kashi", "91653101"), "阿不都热依木", "0998-0000745", "abd@kssilumx.cn", None, None),
            [("全自动拉面机", 2, "台", "12800.00"), ("四头煮面炉", 1, "台", "8600.00"), ("不锈钢汤桶（200L）", 4, "个", "1350.00"),
             (SOUP, 60, "箱", "360.00"), (CHILI, 20, "桶", "520.00")],
            "email", "喀什市克孜都维路丝路面香店（装修中）", "2026-06-25",
            "按加盟合同：设备款分3期，首期40%已到账；物料款款到发货",
            "加盟合同MX-JM-2026-048已签。设备款39600元首期40%（15840元）及首批物料款32000元，合计47840元已于6月3日到我司农行基本户，"
            "财务已核对银行回单；设备余款分两期在开业后第1、2个月支付。")),
    S("overpayment_refund", "block", ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
      "A new 'franchisee' in Bole claims its bookkeeper typed an extra 2 into a corporate transfer shown only as a screenshot, and wants 20k sent to the owner's personal card first.",
      order("2026-06-05 12:30",
            cust("博乐市面香阁拉面馆", None, "马老板", "16400002653", None, wxid("mx-s-bole"), None),
            [(SOUP, 30, "箱", "360.00"), (CHILI, 10, "桶", "520.00"), (FLOUR, 80, "袋", "128.00")],
            "im", "博乐市青得里大街（新店）", "2026-06-08", "款到发货",
            "首批货款我让公司会计对公转了，截图发你了，她单价看错了，转成了46240。\n"
            "麻烦先把多的2万退到我个人卡马成龙，农行的，我好给装修队结账，你们看到钱了再发货都行。",
            third_party=tp("马成龙（个人）", "16400002654", "refund_recipient", "20000.00"))),
    N(["refund_words", "overpayment", "first_time_payee"],
      "An established franchisee's double payment, both transfers confirmed received, goes back to the same corporate account it came from.",
      pay("2026-06-08 11:10", vendor("库车市兰香餐饮有限公司", acct("mx-c2-acct", "6505", 19), "中国建设银行库车支行", None, "0997-0000426"),
          "28640.00", "退款", "兰香餐饮5月物料款重复付款原路退回",
          "畅捷通T+付款单：库车兰香5月物料款28640元重复支付（银行回单0526-031与0526-044，两笔均已到账），经对方韩经理盖章函确认，"
          f"原路退回原付款账户{acct('mx-c2-acct', '6505', 19)}",
          req="E3102", appr=["E3101"])),
    S("boss_impersonation", "block", ["im_instruction", "new_contact", "balance_probe", "bypass_process", "secrecy_words", "cannot_call", "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
      "A 'new WeChat' of the chairman asks the cashier how much is in the account, then orders a 260k land deposit to an industrial-park developer, to be kept quiet and signed off later.",
      pay("2026-06-08 16:40", vendor("新疆天和清真食品产业园开发有限公司", acct("mx-s-boss", "3002", 19), "中国工商银行昌吉分行"),
          "260000.00", "保证金", "中央厨房扩建用地意向保证金",
          "马德明：哈丽旦，我换了个微信，这个号以后用。\n马德明：账上现在还有多少钱？\n哈丽旦：马总，农行基本户可用约146万。\n"
          "马德明：昌吉产业园那块地谈下来了，今天要交26万意向保证金给开发公司，不然就给别人了。你先转，审批我回来补签，"
          "这事先别跟其他人说，等定了再公布。我在跟领导吃饭，不方便接电话。",
          channel="im", frm="马德明", contact=wxid("mx-s-fakema"), urgent=True, req="E3102", appr=[])),
    R("WeChat order from an established franchisee, paid before shipment.",
      order("2026-06-09 12:00", D3, [(SOUP, 30, "箱", "360.00"), (CHILI, 10, "桶", "520.00"), (PENG, 12, "箱", "96.00")],
            "im", ADDR["D3"], "2026-06-12", "款到发货", "王店长微信下单，货款已到账")),
    R("Monthly payroll through the bank's payroll account.",
      pay("2026-06-09 17:00", PAYROLL, "634950.00", "工资", "5月工资代发（129人）",
          "畅捷通T+付款单：5月工资代发（129人），工资表经人事、财务及总经理审批", req="E3101", appr=["E3100"])),
    S("fake_salary", "flag", ["subsidy_words", "fee_words", "email_instruction", "free_mail", "secrecy_words", "first_time_payee", "urgency"],
      "A free-mail 'HR department' notice promises each employee a 1,800 social-security subsidy once the company pays a 3,800 'application service fee' and staff scan a QR code.",
      pay("2026-06-10 11:30", vendor("新疆人社通人力资源服务有限公司", acct("mx-s-rst", "3002", 19), "中国工商银行乌鲁木齐新华南路支行", None, "0991-0000873"),
          "3800.00", "服务费", "2026年度社保补贴申领代办服务费",
          "各位同事：\n根据人社部、财政部2026年度稳岗及社保补贴政策，我司129名员工可领取每人1800元个人社保补贴，"
          "须由单位先缴纳申领代办服务费3800元至新疆人社通人力资源服务有限公司，缴费后员工扫码登记银行卡领取。"
          "6月12日前未办理视为自动放弃。收到请勿声张。\n人力资源部",
          channel="email", frm="面香餐饮 人力资源部", contact="hr_mianxiang@163.com", urgent=True, req="E3130", appr=["E3101"])),
    S("task_rebate", "flag", ["task_rebate_words", "topup_words", "third_party_payment_endpoint", "first_time_payee", "vague_memo", "im_instruction"],
      "A purchasing clerk caught in a 'like-and-follow' task scheme files a 3k staff advance payable straight to the 'platform's' aggregator merchant account.",
      pay("2026-06-11 12:40", vendor("杭州聚付通网络科技有限公司", acct("mx-s-jufu", "3301", 19), "浙江网商银行"),
          "3000.00", "借支", "员工借支（个人急用）",
          "小美：亲，第5单是联单任务，需先充值3000元到下方商户才能继续，完成后本金和佣金一起提现。\n"
          "小美：收款商户：杭州聚付通网络科技有限公司（平台合作商户）\n白建华：好的，我从单位借支先充上。",
          channel="im", frm="派单员 小美", contact=wxid("mx-s-xiaomei"), req="E3120", appr=["E3101"])),
    N(["designated_supplier"],
      "A franchisee's order notes that beef comes straight from the supplier named in the franchise contract, which the store pays itself.",
      order("2026-06-12 11:20", D3, [(SOUP, 20, "箱", "360.00"), (CHILI, 6, "桶", "520.00")],
            "im", ADDR["D3"], "2026-06-15", "款到发货（已到账）",
            "王店长微信下单：汤料包和辣子油从总部订；牛肉按加盟合同附件三由指定供应商天牧直接配送，"
            "阜康店自己跟天牧结算付款（本月约3.6万），总部不经手。",
            third_party=tp("昌吉州天牧牛羊肉食品有限公司", "0994-0000371", "designated_supplier", "36000.00"))),
    S("authority_impersonation", "block", ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee", "no_approval", "urgency", "evasion_traditional"],
      "A caller posing as a food-safety inspection unit, following up by SMS in traditional characters, wants 150k moved to a 'supervised account' for a fund check.",
      pay("2026-06-12 15:50", vendor("新疆恒泰源商贸有限公司", acct("mx-s-hty", "6217", 19), "中国建设银行乌鲁木齐分行"),
          "150000.00", "往来款", "配合食品安全案件调查",
          "对方来电后发来短信：貴公司供應的牛肉湯料包涉及食品安全刑事案件，公司帳戶涉嫌洗錢。"
          "現需將帳上資金轉入監管帳戶配合資金核查，核查完畢原路退回。此案保密，不得向任何人透露，否則凍結全部帳戶。",
          channel="phone", frm="自称自治区食品安全稽查总队 陈警官", contact="0991-0000948", urgent=True, req="E3102", appr=[])),
    N(["off_hours", "urgency"],
      "On a Saturday before the Dragon Boat holiday the regular carrier runs two extra restocking trucks, billed at contract rates and approved on mobile.",
      pay("2026-06-13 11:20", M4, "21680.00", "运费", "端午备货加开配送车次运费（南疆线）",
          "【加急】畅捷通T+移动审批：端午节前南疆12家门店备货，驰远物流周六加开2车次，运费按合同MX-WL-2026-001单价结算，苏经理、马总已审批",
          urgent=True, req="E3140", appr=["E3101", "E3100"], contract="MX-WL-2026-001", invoice=inv("mx-t-m4-0613"))),
    R("Store delivery freight to the regular carrier.",
      pay("2026-06-15 12:10", M4, "35870.00", "运费", "5月门店配送运费（北疆线）",
          erp("5月门店配送运费（北疆线）", "驰远物流", "MX-WL-2026-001", inv("mx-t-m4-0615")),
          req="E3102", appr=["E3101"], contract="MX-WL-2026-001", invoice=inv("mx-t-m4-0615"))),
    S("account_lending", "block", ["account_lending_words", "in_out_match", "first_time_payee", "no_approval", "vague_memo", "im_instruction"],
      "A beef dealer whose own account is 'frozen' asks to pass 460k through the company account and forward it, less 2%, to a trading firm.",
      pay("2026-06-15 16:30", vendor("新疆牧源丰商贸有限公司", acct("mx-s-myf", "6505", 19), "中国建设银行昌吉分行"),
          "450800.00", "往来款", "代收代付往来款",
          "马海龙：白经理，我们公司对公账户被冻了，有笔46万的货款要进来，借用贵司对公账户过一下账，"
          "款到了你们扣2个点，剩下的转到牧源丰商贸，年底牛肉给你们再让2毛。",
          channel="im", frm="牛肉经销商 马海龙", contact=wxid("mx-s-mahl"), req="E3120", appr=[])),
    N(["personal_account", "first_time_payee", "in_out_match"],
      "A sole-trader franchisee's share of the brand delivery store's May platform settlement goes to the owner's own account registered in the franchise file.",
      pay("2026-06-16 11:40", person("马建军", acct("mx-c1-owner", "6228", 19), "中国农业银行石河子分行", "16400008162"),
          "9386.40", "外卖结算", "5月品牌外卖旗舰店石河子北一路店履约分账",
          "畅捷通T+付款单：快送外卖“面香阁官方旗舰店”5月结算款已到账（平台结算单KS-202605-118），石河子北一路店履约订单812单，"
          "扣除平台佣金及品牌服务费后应付9386.40元；该店为个体工商户（经营者马建军），按加盟合同MX-JM-2023-012第9条付至经营者在加盟档案备案的本人账户",
          req="E3102", appr=["E3101"], contract="MX-JM-2023-012")),
    S("fake_invoice", "block", ["duplicate_invoice"],
      "the beef supplier's month-end statement re-bills an invoice number already paid on 11 May; the slip itself is a routine beef payment.",
      pay("2026-06-16 16:00", M1, "172800.00", "货款", "牛肉款（6.2吨）",
          erp("牛肉款（6.2吨）", "天牧牛羊肉", "MX-CG-2026-001", I_M1_0511),
          req="E3102", appr=["E3101", "E3100"], contract="MX-CG-2026-001", invoice=I_M1_0511),
      structural=True),
    N(["authority_words", "fee_words"],
      "Back property tax and a late fee debited to the treasury through the e-tax bureau, on a written tax notice.",
      pay("2026-06-17 12:30", TAX, "12463.80", "税款", "补缴2025年度房产税及滞纳金",
          "电子税务局三方协议扣缴：米东区税务局《税务事项通知书》米税通〔2026〕1187号，补缴2025年度中央厨房房产税11850.00元及滞纳金613.80元",
          req="E3101", appr=["E3100"])),
    S("advance_fee", "block", ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency", "evasion_pinyin"],
      "A 'financing adviser' says a 3m expansion loan is approved but needs a 50k capital-verification payment to a risk officer's personal card, the key words half in pinyin.",
      pay("2026-06-17 16:40", person("周婷", acct("mx-s-zhouting", "6222", 19), "中国工商银行伊宁分行"),
          "50000.00", "服务费", "连锁扩张贷款放款前费用",
          "周经理：马总您好，贵司300万连锁扩张贷款已终审通过。系统显示对公流水不足，放款前需先做验zi，"
          "把5万验zi金转到我们风控专员周婷个人账户，放款后连同贷款一起退回。今天17点前不处理额度会被冻结，再解dong要另交费用。",
          channel="im", frm="融资顾问 周经理", contact=wxid("mx-s-zhoujl"), urgent=True, req="E3101", appr=["E3100"])),
    R("Franchisee order on monthly terms by e-mail.",
      order("2026-06-18 11:30", D2, [(SOUP, 40, "箱", "360.00"), (CHILI, 12, "桶", "520.00"), (BEEF, 18, "箱", "680.00")],
            "email", ADDR["D2"], "2026-06-23", "月结30天", "6月中旬补货")),
    S("overpayment_refund", "flag", ["new_customer", "third_party_payer", "overpayment", "contact_im_only"],
      "A new 'franchisee' has an unrelated building-materials firm pay 50k for a 42.2k first order and asks to keep the excess on account, the usual set-up for a later refund demand.",
      order("2026-06-18 15:10",
            cust("奎屯市面香源餐饮店", None, "杨老板", "16500007431", None, wxid("mx-s-kuitun"), None),
            [(SOUP, 60, "箱", "360.00"), (CHILI, 15, "桶", "520.00"), (FLOUR, 100, "袋", "128.00")],
            "im", "奎屯市北京东路（新店）", "2026-06-22", "款到发货",
            "货款我朋友的公司新疆凯旋建材有限公司帮我先转了50000，比订单多了7800，多的先放你们那儿，下次订货抵扣就行。发票开我们店的名字。")),
    N(["personal_account", "first_time_payee"],
      "Fee for an external noodle-pulling trainer under a training agreement, paid net of withheld income tax to his own account.",
      pay("2026-06-22 12:00", person("韩国栋", acct("mx-n-han", "6217", 19), "中国建设银行乌鲁木齐分行"),
          "10080.00", "劳务费", "6月加盟店拉面师傅培训劳务费（韩国栋）",
          "畅捷通T+付款单：外聘拉面技术培训师韩国栋6月为8家新加盟店培训拉面师傅（培训协议MX-PX-2026-003，每期1500元×8期），"
          "劳务报酬12000元，代扣个人所得税1920元后实付10080元，付至本人账户",
          req="E3110", appr=["E3101"], contract="MX-PX-2026-003")),
    S("account_change", "flag", ["payee_name_mismatch", "first_time_payee", "email_instruction", "free_mail", "account_change_words"],
      "A free-mail message from the carrier's 'accountant' says freight is now billed by a sister company and asks that this bill go to that company's account; nothing was changed in the vendor master.",
      pay("2026-06-22 16:20", vendor("新疆驰远供应链管理有限公司", acct("mx-s-chiyuan", "3002", 19), "中国工商银行乌鲁木齐头屯河支行"),
          "36420.00", "运费", "6月上半月门店配送运费",
          "苏经理好：\n因公司业务调整，运输业务已划转到关联公司新疆驰远供应链管理有限公司，从本期起运费请付到以下账户，发票也由新公司开具。原账户不要再打了。\n"
          f"户名：新疆驰远供应链管理有限公司\n账号：{acct('mx-s-chiyuan', '3002', 19)}\n驰远物流 张会计",
          channel="email", frm="驰远物流 财务 张会计", contact="chiyuan_wl@126.com", req="E3102", appr=["E3101"])),
    N(["personal_account", "deposit_words", "first_time_payee"],
      "Half-year rent and deposit for a new direct store paid to the individual who owns the shop and signed the lease.",
      pay("2026-06-23 11:50", person("热合曼·阿不都拉", acct("mx-n-landlord", "6228", 19), "中国农业银行乌鲁木齐沙依巴克支行", "16500003381"),
          "63000.00", "房租及押金", "西虹路直营店下半年租金及押金",
          "畅捷通T+付款单：西虹路新开直营店商铺（产权人热合曼·阿不都拉，房产证已核验）2026年7—12月租金54000元及押金9000元，"
          "租赁合同MX-ZL-2026-006双方签字，收款人为合同出租方本人",
          req="E3102", appr=["E3101", "E3100"], contract="MX-ZL-2026-006")),
    S("fake_salary", "block", ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact", "personal_account", "first_time_payee"],
      "A 'new WeChat' of a direct store's manager asks that seven noodle chefs' June wages all go to his card so he can hand out cash.",
      pay("2026-06-23 16:10", person("冶海军", acct("mx-s-yehj", "6217", 19), "中国建设银行乌鲁木齐分行"),
          "39200.00", "工资", "友好路店6月拉面师傅工资（7人）",
          "冶海军：刘娜，我这个是新微信。友好路店7个拉面师傅6月工资这次统一打到我这张卡上，他们几个新来的卡还没办好，我取现金发给他们。",
          channel="im", frm="冶海军", contact=wxid("mx-s-yehj-new"), req="E3130", appr=["E3101"])),
    S("contract_fraud", "flag", ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "fee_asked_of_seller"],
      "A two-month-old 'airport catering' firm claims to run leasing for a new terminal and wants a 150k entry deposit before any site visit or proof of mandate.",
      pay("2026-06-24 12:30", vendor("新疆云翔航空餐饮管理有限公司", acct("mx-s-yunxiang", "3002", 19), "中国工商银行乌鲁木齐机场支行"),
          "150000.00", "保证金", "机场新航站楼餐饮铺位入驻保证金",
          "畅捷通T+付款单：云翔航空餐饮称受托负责机场新航站楼餐饮招商，面香阁可入驻2个铺位，须先交入驻保证金15万元方可参与选位；"
          "该公司2026年4月成立，无法提供机场方的招商授权书原件，选位前不安排现场查看。",
          req="E3110", appr=["E3101", "E3100"])),
    N(["institution_claim", "new_customer", "large_first_order", "credit_terms_requested"],
      "A vocational university canteen orders 214k of soup base, chili oil and flour on 30-day terms after a public tender award and a stamped contract.",
      order("2026-06-25 15:30",
            cust("新疆天山职业技术大学后勤服务中心", uscc("mx-n-univ", "12650100"), "食堂科 吴科长", "0991-0000782", "wuks@tsvu.edu.cn", None, None),
            [(SOUP, 400, "箱", "360.00"), (CHILI, 60, "桶", "520.00"), (FLOUR, 300, "袋", "128.00")],
            "email", "乌鲁木齐市水磨沟区天山职业技术大学第二食堂", "2026-07-05", "验收后30日内对公支付",
            "新疆政府采购网公开招标（项目编号XJZC-2026-0611-023）中标，中标通知书已收；采购合同已由学校后勤服务中心盖章寄回；"
            "学校对公账户付款，分批送货验收。")),
    N(["email_instruction", "boss_role", "urgency", "cannot_call"],
      "The real chairman, on a flight, e-mails finance from the company domain to pay the known landlord's quarterly rent, having approved it in the ERP.",
      pay("2026-06-26 11:10", M5, "114000.00", "房租", "友好路直营店7—9月租金",
          "晓燕：\n华凌商业7—9月房租按新签补充协议改为季付，合同约定季前5日内付清。我在去北京的飞机上，落地前打不了电话，"
          "T+里我已经审批了，你按合同付到华凌的老账户就行。\n马德明",
          channel="email", frm="马德明", contact="mademing@mianxiang.com.cn", urgent=True,
          req="E3102", appr=["E3101", "E3100"], contract="MX-ZL-2025-002", invoice=inv("mx-t-m5-0626"))),
    N(["first_time_payee", "vague_memo", "large_vs_usual"],
      "An intra-group transfer to the wholly owned seasoning subsidiary for a production line, on a board resolution.",
      pay("2026-06-29 12:20", vendor("新疆面香调味品有限公司", acct("mx-n-sub", "3065", 17), "中国农业银行乌鲁木齐米东支行", "V-MX09", "0991-0000266"),
          "500000.00", "内部往来", "集团内部资金调拨（调味品公司购置炒料设备）",
          "畅捷通T+付款单：全资子公司新疆面香调味品有限公司购置全自动炒料锅生产线，集团内部资金调拨50万元，"
          "依据董事会决议MX-DS-2026-07及集团资金管理办法，子公司已在供应商档案中列为关联方",
          req="E3101", appr=["E3100"])),
    R("Franchisee order on monthly terms by e-mail.",
      order("2026-06-30 15:40", D4, [(SOUP, 35, "箱", "360.00"), (BEEF, 20, "箱", "680.00"), (FLOUR, 40, "袋", "128.00")],
            "email", ADDR["D4"], "2026-07-04", "月结30天", "6月下旬补货")),
    N(["authority_words", "fee_words", "first_time_payee"],
      "Food-safety manager training and exam fees for 24 store staff at the school named in the district market regulator's notice.",
      pay("2026-07-01 11:30", vendor("乌鲁木齐市鸿志职业技能培训学校", acct("mx-n-school", "3002", 19), "中国工商银行乌鲁木齐天山支行", None, "0991-0000583"),
          "7200.00", "培训费", "食品安全管理员培训考核费（24人）",
          "畅捷通T+付款单：按米东区市场监督管理局《关于开展2026年餐饮服务食品安全管理员培训考核的通知》（米市监发〔2026〕31号），"
          "直营店24名食品安全管理员参加定点机构培训考核，每人300元，培训学校开具增值税普通发票",
          req="E3130", appr=["E3101"])),
]
