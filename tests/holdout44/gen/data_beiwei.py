"""beiwei: 新疆焙味食品有限公司, bakery chain 焙味坊 with a central kitchen in Changji; direct and franchised stores,
plus hotel and corporate (mooncake, afternoon-tea) orders."""
from common import (acct, inv, uscc, wxid, vendor, person, cust, pay, order, tp, H, R, N, S)

TENANT = "beiwei"
PREFIX = "BW"
PAYER = {"account_no": acct("bw-payer", "6505", 19), "account_name": "新疆焙味食品有限公司"}

B1 = vendor("昌吉市金麦面粉有限公司", acct("bw-v1", "3065", 17), "中国农业银行昌吉分行", "V-BW01", "0994-0000247")
B2 = vendor("新疆润雪乳品有限公司", acct("bw-v2", "3002", 19), "中国工商银行乌鲁木齐南湖路支行", "V-BW02", "0991-0000319")
B2NEW = vendor("新疆润雪乳品有限公司", acct("bw-v2-new", "6214", 19), "广发银行乌鲁木齐分行", "V-BW02", "0991-0000319")
B3 = vendor("昌吉市鼎盛包装印刷有限公司", acct("bw-v3", "8807", 18), "昌吉农村商业银行", "V-BW03", "0994-0000684")
B4 = vendor("昌吉市快驰冷链运输有限公司", acct("bw-v4", "6505", 19), "中国建设银行昌吉分行", "V-BW04", "0994-0000532")
B5 = vendor("新疆宏达制冷设备工程有限公司", acct("bw-v5", "1076", 18), "中国银行乌鲁木齐分行", "V-BW05", "0991-0000467")
B6 = vendor("昌吉市华府商业管理有限公司", acct("bw-v6", "3065", 17), "中国农业银行昌吉延安路支行", "V-BW06", "0994-0000815")
PAYROLL = vendor("中国建设银行昌吉分行（代发工资专户）", acct("bw-pay", "6505", 19), "中国建设银行昌吉分行", "PAY-01")
TAX = vendor("国家金库昌吉市支库", acct("bw-tax", "6523", 17), "国家金库昌吉市支库", "TAX-01")
B3_CHANGED = "2025-12-02 10:15"

K1 = cust("乌鲁木齐博格达酒店管理有限公司", uscc("bw-c1", "91650102"), "采购部 何经理", "0991-0000291", "purchase@bogedahotel.com", None, "C-BW01")
K2 = cust("呼图壁县麦香烘焙店", uscc("bw-c2", "92652323"), "孙店长", "16300007142", None, wxid("bw-c2"), "C-BW02")
K3 = cust("昌吉州天和热电有限公司", uscc("bw-c3", "91652301"), "工会 马主席", "0994-0000376", "gonghui@tianhe-rd.com", None, "C-BW03")
K4 = cust("阜康市甜蜜时光烘焙有限公司", uscc("bw-c4", "91652302"), "古丽店长", "0994-0000429", None, wxid("bw-c4"), "C-BW04")

CROIS = "冷冻面团（可颂，60g×100）"
TOAST = "冷冻面团（吐司，450g×20）"
BASE = "奶油蛋糕胚（8寸×10）"
BREAKFAST = "酒店早餐面包组合（每份6款）"
MOON = "广式月饼礼盒（8枚装）"
TEA = "员工下午茶蛋糕（6寸）"
ADDR = {"K1": "乌鲁木齐市天山区解放北路博格达酒店后厨", "K2": "呼图壁县团结路焙味坊麦香店",
        "K3": "昌吉市北京南路天和热电厂区工会活动中心", "K4": "阜康市天池街焙味坊甜蜜时光店"}


def erp(memo, short, contract, invoice):
    return f"浪潮ERP付款单：{memo}｜{short}｜合同{contract}｜发票{invoice}"


LINES = [
    # ------------------------------------------------------------------ history
    H("Flour bill to the regular mill.",
      pay("2026-04-13 15:20", B1, "96500.00", "货款", "高筋面粉款（4月上）",
          erp("高筋面粉款（4月上）", "金麦面粉", "BW-CG-2026-001", inv("bw-h-b1-0413")),
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-001", invoice=inv("bw-h-b1-0413"))),
    H("Hotel breakfast-pastry order on monthly terms.",
      order("2026-04-14 11:40", K1, [(BREAKFAST, 1500, "份", "18.00"), (CROIS, 20, "箱", "210.00")],
            "email", ADDR["K1"], "2026-04-30", "月结30天", "4月下半月早餐面包，按日配送")),
    H("Cream and butter bill to the regular dairy supplier.",
      pay("2026-04-16 16:10", B2, "68400.00", "货款", "动物奶油及黄油款（4月）",
          erp("动物奶油及黄油款（4月）", "润雪乳品", "BW-CG-2026-002", inv("bw-h-b2-0416")),
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-002", invoice=inv("bw-h-b2-0416"))),
    H("Bread bags and cake boxes from the packaging printer whose account change dates from December 2025.",
      pay("2026-04-20 12:30", B3, "23760.00", "货款", "面包袋及蛋糕盒款",
          erp("面包袋及蛋糕盒款", "鼎盛包装", "BW-CG-2026-003", inv("bw-h-b3-0420")),
          req="E4102", appr=["E4101"], contract="BW-CG-2026-003", invoice=inv("bw-h-b3-0420"), changed=B3_CHANGED)),
    H("Franchisee dough order by WeChat, prepaid balance.",
      order("2026-04-22 15:50", K2, [(CROIS, 30, "箱", "210.00"), (TOAST, 40, "箱", "180.00"), (BASE, 15, "箱", "260.00")],
            "im", ADDR["K2"], "2026-04-24", "预付货款扣款", "孙店长微信下单，预付货款扣款")),
    H("Cold-chain store delivery.",
      pay("2026-04-24 11:10", B4, "28300.00", "运费", "4月门店冷链配送费",
          erp("4月门店冷链配送费", "快驰冷链", "BW-WL-2026-001", inv("bw-h-b4-0424")),
          req="E4102", appr=["E4101"], contract="BW-WL-2026-001", invoice=inv("bw-h-b4-0424"))),
    H("Monthly rent of a direct store.",
      pay("2026-04-28 16:30", B6, "32000.00", "房租", "昌吉延安路店5月租金",
          erp("昌吉延安路店5月租金", "华府商业", "BW-ZL-2025-004", inv("bw-h-b6-0428")),
          req="E4102", appr=["E4101"], contract="BW-ZL-2025-004", invoice=inv("bw-h-b6-0428"))),
    H("Monthly payroll through the bank's payroll account.",
      pay("2026-05-08 12:20", PAYROLL, "721560.00", "工资", "4月工资代发（186人）",
          "浪潮ERP付款单：4月工资代发（186人），工资表经人事、财务总监及董事长审批", req="E4101", appr=["E4100"])),
    H("Quarterly maintenance of the central kitchen's cold stores.",
      pay("2026-05-12 15:40", B5, "16800.00", "维修费", "中央厨房冷库季度维保费",
          erp("中央厨房冷库季度维保费", "宏达制冷", "BW-FW-2026-003", inv("bw-h-b5-0512")),
          req="E4102", appr=["E4101"], contract="BW-FW-2026-003", invoice=inv("bw-h-b5-0512"))),
    H("Corporate union's afternoon-tea order, paid by transfer before delivery.",
      order("2026-05-14 11:30", K3, [(TEA, 300, "个", "58.00")],
            "email", ADDR["K3"], "2026-05-18", "款到发货", "工会五一后职工下午茶，已对公付款")),
    H("Monthly VAT by tripartite debit.",
      pay("2026-05-15 16:20", TAX, "128640.30", "税款", "4月增值税及附加", "电子税务局三方协议扣缴：4月增值税及附加",
          req="E4101", appr=["E4100"])),
    H("Flour bill to the regular mill.",
      pay("2026-05-19 12:40", B1, "102300.00", "货款", "高筋面粉款（5月）",
          erp("高筋面粉款（5月）", "金麦面粉", "BW-CG-2026-001", inv("bw-h-b1-0519")),
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-001", invoice=inv("bw-h-b1-0519"))),
    H("Franchisee dough order, prepaid balance.",
      order("2026-05-21 15:10", K4, [(CROIS, 25, "箱", "210.00"), (TOAST, 30, "箱", "180.00"), (BASE, 10, "箱", "260.00")],
            "im", ADDR["K4"], "2026-05-23", "预付货款扣款", "古丽店长微信下单，预付货款扣款")),
    H("Packaging printer paid at its long-standing changed account.",
      pay("2026-05-26 11:50", B3, "27540.00", "货款", "面包袋及蛋糕盒款",
          erp("面包袋及蛋糕盒款", "鼎盛包装", "BW-CG-2026-003", inv("bw-h-b3-0526")),
          req="E4102", appr=["E4101"], contract="BW-CG-2026-003", invoice=inv("bw-h-b3-0526"), changed=B3_CHANGED)),

    # ------------------------------------------------------------------ test
    R("Franchisee dough order by WeChat, debited from its prepaid balance.",
      order("2026-06-01 11:20", K2, [(CROIS, 35, "箱", "210.00"), (TOAST, 40, "箱", "180.00"), (BASE, 12, "箱", "260.00")],
            "im", ADDR["K2"], "2026-06-03", "预付货款扣款", "孙店长微信下单，预付货款扣款")),
    N(["first_time_payee"],
      "First payment to a new cream supplier after sample testing, a factory audit, a signed contract, a purchase order and goods received.",
      pay("2026-06-01 16:30", vendor("新疆雪峰乳业科技有限公司", acct("bw-n-xuefeng", "3066", 17), "中国农业银行石河子分行", "V-BW08", "0993-0000562"),
          "46800.00", "货款", "稀奶油首批货款（2.6吨）",
          "浪潮ERP付款单：新增稀奶油供应商雪峰乳业首批货款｜合同BW-CG-2026-014（经样品检测、现场验厂后签订）｜采购订单PO-BW-2605-022｜"
          f"入库单RK-0529-07｜发票{inv('bw-n-xuefeng-0601')}",
          req="E4120", appr=["E4101"], contract="BW-CG-2026-014", invoice=inv("bw-n-xuefeng-0601"))),
    S("fake_purchaser", "flag", ["institution_claim", "new_customer", "large_first_order", "credit_terms_requested", "contact_im_only"],
      "A self-styled 'international hotel group' with no credit code orders 3,000 mooncake gift boxes at list price without haggling, on 60-day credit, to a logistics-park warehouse, by WeChat only.",
      order("2026-06-02 12:10",
            cust("新疆天域国际酒店集团有限公司", None, "采购总监 周经理", "16500004629", None, wxid("bw-s-tianyu"), None),
            [(MOON, 3000, "盒", "168.00")],
            "im", "乌鲁木齐市头屯河区物流园C区17号仓库", "2026-09-10", "到货验收后60天结算",
            "我们集团旗下12家酒店今年中秋员工福利和客户礼品统一采购，先订3000盒，后面可能还要加。价格按你们报价，不用谈。"
            "集团规定月饼到货验收后60天统一结算，货送到头屯河物流园仓库，我们自己分发。合同你们先盖章发过来，我们这边走流程。"),
      key="tianyu1"),
    S("fake_order", "flag", ["designated_supplier", "off_catalogue_item", "new_customer", "contact_im_only", "large_first_order"],
      "The same 'hotel group' adds 3,000 branded tins that must come from its own packaging maker, to be 'settled together' with the mooncakes; no payment asked yet.",
      order("2026-06-03 11:40",
            cust("新疆天域国际酒店集团有限公司", None, "采购总监 周经理", "16500004629", None, wxid("bw-s-tianyu"), None),
            [("定制月饼礼盒外包装（集团logo烫金）", 3000, "个", "38.00")],
            "im", "乌鲁木齐市头屯河区物流园C区17号仓库", "2026-09-10", "与月饼款一并结算",
            "周经理：月饼外包装必须用我们集团指定的金彩包装做，logo和烫金工艺他们有集团的底版，别家做不了。"
            "你们跟金彩下单，礼盒钱算到月饼总价里一起结。",
            third_party=tp("乌鲁木齐金彩包装有限公司", "16500004630", "designated_supplier", "114000.00")),
      key="tianyu2"),
    R("Flour bill to the regular mill.",
      pay("2026-06-03 16:20", B1, "98700.00", "货款", "高筋面粉款（6月上）",
          erp("高筋面粉款（6月上）", "金麦面粉", "BW-CG-2026-001", inv("bw-t-b1-0603")),
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-001", invoice=inv("bw-t-b1-0603"))),
    S("fake_order", "block", ["designated_supplier", "sales_order_linked", "first_time_payee", "fake_payment_proof", "im_instruction", "urgency", "no_approval", "evasion_fullwidth"],
      "The 'hotel group' says its down payment is 'processing' (screenshot only) and presses sales to pay its tin maker a 57k deposit today, typing the amount and 'VX' in full-width characters.",
      pay("2026-06-04 15:40", vendor("乌鲁木齐金彩包装有限公司", acct("bw-s-jincai", "6228", 19), "中国农业银行乌鲁木齐米东支行"),
          "57000.00", "定金", "天域酒店集团月饼礼盒代采定金",
          "周经理：张经理，我们集团财务已经把首付款转过去了，对公转账截图发你了，银行显示处理中，明天到账。\n"
          "周经理：金彩那边今天必须收到定金５７０００才给排产，不然赶不上中秋。你们先付，到时候跟月饼款一起结。\n"
          "周经理：付完把回单ＶＸ发我一下。",
          channel="im", frm="天域酒店集团 周经理", contact=wxid("bw-s-tianyu"), urgent=True,
          req="E4110", appr=[], order="@tianyu2")),
    N(["im_instruction", "boss_role", "urgency", "large_vs_usual"],
      "The real chairman, in the company's long-standing DingTalk group, asks for a price-lock prepayment to the regular flour mill under a stamped supplementary agreement, approved in the ERP.",
      pay("2026-06-05 12:30", B1, "150000.00", "货款", "锁价预付面粉款（7—8月用量）",
          "陈立新：@王慧 金麦面粉7月起要涨价，我跟他们李总谈好了按现价锁两个月量，预付15万，补充协议BW-CG-2026-001-B已经盖章发到钉钉文件里了，今天把付款单提一下。\n"
          "王慧：收到陈总，补充协议看到了，我这边审批。",
          channel="im", frm="陈立新", contact="钉钉群:焙味经营管理群", urgent=True,
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-001-B")),
    S("fake_purchaser", "flag", ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "contact_mismatch", "free_mail"],
      "A phone buyer using a one-character variant (禾 for 和) of an established corporate customer orders 2,000 mooncake boxes on 60-day credit to a warehouse, with a new mobile and a free-mail address.",
      order("2026-06-05 16:50",
            cust("昌吉州天禾热电有限公司", None, "工会 刘主席", "16400005518", "tianhe_gh@163.com", None, None),
            [(MOON, 2000, "盒", "168.00")],
            "phone", "乌鲁木齐市米东区化工园区西路28号（仓库）", "2026-09-15", "月结60天",
            "电话下单：称是天和热电工会，今年中秋职工福利月饼2000盒，老客户按月结60天，送到米东仓库。以后联系换成刘主席这个手机。")),
    N(["new_customer", "large_first_order"],
      "A new corporate union orders 1,200 mooncake boxes after a price comparison, with a stamped contract and the full price already cleared from its own account.",
      order("2026-06-08 11:30",
            cust("新疆准东能源发展有限公司工会委员会", uscc("bw-n-zhundong", "81652300"), "工会 高主席", "0994-0000951", "gonghui@zhundong-energy.com", None, None),
            [(MOON, 1200, "盒", "168.00")],
            "email", "昌吉州准东经济技术开发区准东能源办公楼", "2026-09-18", "全款预付（已到账）",
            "职工中秋福利集中采购，比价后选定焙味；购销合同BW-XS-2026-088已双方盖章，货款201600元6月5日已由工会对公账户汇入我司建行基本户，"
            "财务已核对到账；按合同送货到准东办公楼。")),
    R("Cream and butter bill to the regular dairy supplier at its account of record.",
      pay("2026-06-08 15:10", B2, "71200.00", "货款", "动物奶油及黄油款（5月）",
          erp("动物奶油及黄油款（5月）", "润雪乳品", "BW-CG-2026-002", inv("bw-t-b2-0608")),
          req="E4102", appr=["E4101", "E4100"], contract="BW-CG-2026-002", invoice=inv("bw-t-b2-0608"))),
    N(["refund_words", "deposit_words", "first_time_payee"],
      "A franchisee whose contract expired gets its 50k deposit back, after the closing check, to the corporate account it was paid from.",
      pay("2026-06-09 12:40", vendor("玛纳斯县香满园烘焙有限公司", acct("bw-n-manas", "6505", 19), "中国建设银行玛纳斯支行", None, "0994-0000263"),
          "50000.00", "退保证金", "玛纳斯加盟店合同到期加盟保证金退还",
          "浪潮ERP付款单：玛纳斯加盟店（合同BW-JM-2023-009）5月31日到期不续约，闭店检查及品牌物料回收已完成（检查单BW-BD-0604），无未结货款；"
          f"加盟保证金50000元原路退回原缴款账户{acct('bw-n-manas', '6505', 19)}（2023年6月缴款，回单已核对）",
          req="E4150", appr=["E4101", "E4100"], contract="BW-JM-2023-009")),
    S("boss_impersonation", "block", ["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "first_time_payee", "no_approval", "boss_role", "urgency", "off_hours"],
      "Late in the evening a fake chairman in a DingTalk group created that day gets the cashier to report both balances, then orders a 300k flour 'price-lock prepayment' to an unknown grain trader tonight.",
      pay("2026-06-09 21:10", vendor("新疆鑫麦源粮油贸易有限公司", acct("bw-s-xmy", "3002", 19), "中国工商银行乌鲁木齐钱塘江路支行"),
          "300000.00", "预付款", "小麦粉锁价预付款",
          "陈立新：@努尔古丽 在吗？建行和农行账上余额各有多少，截图发一下。\n努尔古丽：陈总，建行可用87万，农行12万。\n"
          "陈立新：跟鑫麦源谈了小麦粉锁价，今晚要先付30万预付款，明早价格就变了。你先转，合同和审批明天我让王总补。我在饭局上，有事群里说。",
          channel="im", frm="陈立新", contact="钉钉群:焙味管理层沟通群（当日新建）", urgent=True, req="E4102", appr=[])),
    R("Monthly payroll through the bank's payroll account.",
      pay("2026-06-10 11:50", PAYROLL, "738920.00", "工资", "5月工资代发（189人）",
          "浪潮ERP付款单：5月工资代发（189人），工资表经人事、财务总监及董事长审批", req="E4101", appr=["E4100"])),
    N(["deposit_words", "first_time_payee"],
      "A tender deposit for a school-lunch bakery contract paid to the deposit account named in the public-resource trading centre's announcement.",
      pay("2026-06-10 16:10", vendor("昌吉州公共资源交易中心", acct("bw-n-ggzy", "6505", 19), "中国建设银行昌吉分行", None, "0994-0000172"),
          "20000.00", "投标保证金", "昌吉市中小学营养午餐面点供应项目投标保证金",
          "浪潮ERP付款单：昌吉市2026—2027学年中小学营养午餐面点供应项目（项目编号CJGGZY-2026-0609-017）投标保证金，"
          "按昌吉州公共资源交易中心招标公告指定的保证金专户缴纳，未中标原路退还",
          req="E4110", appr=["E4101", "E4100"])),
    S("fake_order", "block", ["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof", "new_customer", "contact_im_only", "urgency"],
      "A 'military logistics' buyer orders 800 bread sets and asks us to advance 38.4k for self-heating meals from its chosen factory, backed only by a transfer screenshot.",
      order("2026-06-11 12:20",
            cust("武警某部后勤处", None, "后勤 陈班长", "16300002975", None, wxid("bw-s-wj"), None),
            [("早餐面包组合（每份6款）", 800, "份", "18.00")],
            "im", "乌鲁木齐市达坂城区某营区（电话通知门岗）", "2026-06-13", "对公转账（称已付）",
            "陈班长：面包800份下周野外拉练用，另外部队还要400箱自热米饭，我们只认军旅自热食品厂的，之前跟他们有点矛盾不方便直接联系，"
            "麻烦你们先垫付3.84万帮我们采购，一起送过来。面包款和自热米饭款我们已经对公一起转了，转账截图发你了，部队对公转账要24小时到账。",
            third_party=tp("乌鲁木齐军旅自热食品厂", "16300002976", "designated_supplier", "38400.00"))),
    N(["account_changed_long_ago"],
      "Mooncake inserts and carry bags from the packaging printer whose bank change dates from December 2025 and has been paid there since.",
      pay("2026-06-11 16:00", B3, "29160.00", "货款", "中秋月饼礼盒内托及手提袋款（首批）",
          erp("中秋月饼礼盒内托及手提袋款（首批）", "鼎盛包装", "BW-CG-2026-003", inv("bw-t-b3-0611")),
          req="E4102", appr=["E4101"], contract="BW-CG-2026-003", invoice=inv("bw-t-b3-0611"), changed=B3_CHANGED)),
    N(["new_customer", "large_first_order", "credit_terms_requested"],
      "A new Qitai franchisee orders its ovens and first dough on the contract's terms, the equipment down payment and the dough already cleared.",
      order("2026-06-12 11:30",
            cust("奇台县麦田时光烘焙有限公司", uscc("bw-n-qitai", "91652325"), "冯经理", "0994-0000788", "fengjl@maitiansg.cn", None, None),
            [("十层电烤箱", 1, "台", "36800.00"), ("醒发箱（32盘）", 1, "台", "9600.00"), ("和面机（25kg）", 1, "台", "7800.00"),
             ("风冷展示柜（1.5m）", 2, "台", "8900.00"), (CROIS, 40, "箱", "210.00")],
            "email", "奇台县古城街麦田时光焙味坊（装修中）", "2026-06-28",
            "按加盟合同：设备款首付50%已到账，余款开业后30日内付清；物料款款到发货",
            "加盟合同BW-JM-2026-021已签，设备首付36000元及首批面团款8400元（合计44400元）6月10日已到我司建行基本户，回单已核对；"
            "设备余款36000元开业后30日内付清。")),
    S("task_rebate", "block", ["personal_account", "first_time_payee", "im_instruction", "task_rebate_words", "topup_words", "vague_memo", "evasion_symbols"],
      "A store manager in a 'review-posting' task group books a 6.6k 'promotion fee' to a stranger's card; the pasted chat breaks the task and top-up words with emoji and slashes.",
      pay("2026-06-12 15:40", person("刘晓雯", acct("bw-s-lxw", "6217", 19), "中国建设银行乌鲁木齐分行"),
          "6600.00", "推广费", "门店小红书推广费",
          "客服小七：恭喜完成前3单任➕务💐 第4单为“组合单”，需先充💰值6600元到下方账户，完成后本金+佣金7920元一起返✨\n"
          "客服小七：收款人：刘/晓/雯 建行\n客服小七：超时未充会卡单，之前的返/利也无法提现哦",
          channel="im", frm="推广接单群 客服小七", contact=wxid("bw-s-xiaoqi"), req="E4150", appr=["E4101"])),
    R("Corporate union's afternoon-tea order, paid by transfer before delivery.",
      order("2026-06-15 12:00", K3, [(TEA, 350, "个", "58.00")],
            "email", ADDR["K3"], "2026-06-18", "款到发货", "工会6月职工下午茶，已对公付款")),
    N(["first_time_payee", "in_out_match"],
      "A franchisee's share of the brand's May mini-program and delivery-platform settlement, paid under the franchise contract to its corporate account on file.",
      pay("2026-06-15 16:30", vendor("阜康市甜蜜时光烘焙有限公司", acct("bw-c4-acct", "3002", 19), "中国工商银行阜康支行", None, "0994-0000429"),
          "15872.40", "外卖结算", "5月品牌小程序及外卖订单阜康店履约结算",
          "浪潮ERP付款单：品牌小程序及快送外卖“焙味坊官方店”5月结算款已到账（结算单KS-BW-202605），阜康店履约订单1034单，"
          "扣除平台佣金及品牌服务费后应付15872.40元；依据加盟合同BW-JM-2024-006第7条，付至加盟商档案备案对公账户",
          req="E4102", appr=["E4101"], contract="BW-JM-2024-006")),
    S("account_change", "block", ["account_changed_recent", "first_time_payee", "im_instruction", "account_change_words", "urgency"],
      "A WeChat message from the dairy supplier's 'salesman' blames an annual review for a new account at another bank; the change was keyed the day before and this is the first payment to it.",
      pay("2026-06-16 11:10", B2NEW, "74600.00", "货款", "动物奶油及黄油款（6月上）",
          "小陈：李经理，我们公司工行账户因为年审暂时不能收款，财务让我通知一下，这期货款打到新账户，变更函盖章照片发您了：\n"
          f"户名：新疆润雪乳品有限公司\n开户行：广发银行乌鲁木齐分行\n账号：{acct('bw-v2-new', '6214', 19)}\n麻烦今天安排，月中要结算。",
          channel="im", frm="润雪乳品 业务员 小陈", contact=wxid("bw-s-xiaochen"), urgent=True,
          req="E4120", appr=["E4101", "E4100"], contract="BW-CG-2026-002", changed="2026-06-15 15:30")),
    N(["authority_words", "fee_words", "first_time_payee"],
      "The company's statutory re-test of a disputed mooncake-filling sample, paid to the inspection institute named in the regulator's sampling notice.",
      pay("2026-06-16 15:20", vendor("昌吉州产品质量检验所", acct("bw-n-zjs", "6505", 19), "中国建设银行昌吉分行", None, "0994-0000344"),
          "1860.00", "检验费", "月饼馅料复检检验费",
          "浪潮ERP付款单：昌吉州市场监督管理局6月抽检我司月饼馅料酸价项目结果存疑，我司依法在7个工作日内申请复检，"
          "复检机构为抽检通知书列明的昌吉州产品质量检验所，检验费按其收费公示1860元，付至该所对公账户，取得非税票据",
          req="E4140", appr=["E4101"])),
    S("fake_invoice", "flag", ["renewal_bill", "first_time_payee", "no_po_contract", "letter_instruction", "urgency"],
      "A faxed 'brand-resource dispute notice' demands 4,980 within three days to 'protect' the brand's Chinese domain names from a rival registrant.",
      pay("2026-06-17 12:30", vendor("中企品牌资源保护中心（北京）有限公司", acct("bw-s-brand", "1100", 19), "中国民生银行北京分行"),
          "4980.00", "服务费", "中文域名及品牌保护年费",
          "来函（传真）：《品牌资源争议审核通知函》贵司“焙味坊”品牌及中文域名“焙味坊.中国”“焙味坊.网址”即将到期，现有第三方公司提交注册申请。"
          "为保护贵司品牌权益，请于3个工作日内缴纳年度保护费4980元，逾期将视为自动放弃，由申请方注册。",
          channel="letter", frm="中企品牌资源保护中心", contact="010-0000947", urgent=True, req="E4102", appr=["E4101"])),
    N(["first_time_payee", "payee_shared_by_employees"],
      "The mooncake-season labour-dispatch bill for 86 workers, paid to the dispatch agency's corporate account under the dispatch agreement.",
      pay("2026-06-17 16:40", vendor("昌吉市众力劳务派遣有限公司", acct("bw-n-zhongli", "3065", 17), "中国农业银行昌吉分行", "V-BW09", "0994-0000718"),
          "258000.00", "劳务费", "中秋月饼季派遣工6月劳务费（86人）",
          "浪潮ERP付款单：中央厨房月饼季劳务派遣协议BW-LW-2026-002，6月派遣工86人，按考勤确认单结算劳务费258000元（含派遣工工资、社保及管理费），"
          "劳务公司开具增值税专用发票；工资由劳务公司发放至个人",
          req="E4130", appr=["E4101", "E4100"], contract="BW-LW-2026-002", invoice=inv("bw-n-zhongli-0617"))),
    R("Monthly VAT by tripartite debit.",
      pay("2026-06-18 11:40", TAX, "136580.70", "税款", "5月增值税及附加", "电子税务局三方协议扣缴：5月增值税及附加",
          req="E4101", appr=["E4100"])),
    N(["off_hours", "urgency"],
      "A night-time emergency compressor replacement in the central kitchen's freezer by the regular refrigeration contractor, approved by both managers.",
      pay("2026-06-18 22:15", B5, "23500.00", "维修费", "中央厨房速冻库压缩机抢修",
          "【加急】浪潮ERP移动审批：中央厨房-18℃速冻库压缩机夜间故障，库内月饼馅料及冷冻面团约40吨，宏达制冷连夜抢修更换压缩机，"
          "配件及工时按维保合同BW-FW-2026-003价格，刘厂长申请，王总、陈总已审批",
          urgent=True, req="E4140", appr=["E4101", "E4100"], contract="BW-FW-2026-003")),
    S("overpayment_refund", "block", ["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "personal_account", "first_time_payee"],
      "A new office customer claims its 2.8k afternoon-tea order was paid as 12.8k and wants 10k back on its 'accountant's' card; nothing has arrived at the bank.",
      pay("2026-06-22 12:10", person("何婷婷", acct("bw-s-hett", "6222", 19), "中国工商银行乌鲁木齐分行"),
          "10000.00", "退款", f"下午茶订单多付款退还（原付款账户{acct('bw-s-hezg-corp', '6505', 19)}，基本户流水未查到到账）",
          "何主管：你好，我们公司下午茶订单2800元，会计转成12800了，转账截图发你了。"
          "麻烦把多的1万退到我们财务何婷婷的卡上，对公退回要走审批太麻烦了。",
          channel="im", frm="新疆恒达建工 行政 何主管", contact=wxid("bw-s-hezg"), urgent=True, req="E4110", appr=["E4101"])),
    N(["designated_supplier"],
      "An established hotel's mooncake order whose tins come from the hotel's own can maker, contracted and paid by the hotel itself.",
      order("2026-06-22 16:00", K1, [("广式月饼（8枚装，装入酒店定制铁盒）", 1200, "套", "128.00")],
            "email", ADDR["K1"], "2026-09-12", "月结30天",
            "博格达酒店中秋月饼：铁盒由酒店指定的广州华艺制罐按酒店设计生产，酒店与华艺直接签约并自行付款，铁盒直接发到我司中央厨房装盒；我司只收月饼款。",
            third_party=tp("广州华艺制罐有限公司", "020-0000615", "designated_supplier", "30000.00"))),
    S("account_lending", "block", ["account_lending_words", "in_out_match", "phone_instruction", "first_time_payee", "no_approval", "vague_memo"],
      "A franchisee's husband phones asking to use the company's corporate account for a 298k construction payment and forward it the same day.",
      pay("2026-06-23 11:30", vendor("新疆广源鑫建材贸易有限公司", acct("bw-s-gyx", "6505", 19), "中国建设银行乌鲁木齐分行"),
          "298000.00", "往来款", "代加盟商家属转付工程款",
          "电话内容（出纳记录）：王先生称其工程公司对公账户在年审，有一笔29.8万工程款想借用焙味公户走账，对方今天打到焙味基本户，"
          "请焙味当天转给广源鑫建材，事后请吃饭。",
          channel="phone", frm="呼图壁加盟店孙店长的丈夫 王先生", contact="16300007143", req="E4102", appr=[])),
    N(["personal_account", "first_time_payee", "vague_memo"],
      "A travel advance for a store-operations supervisor going to open a franchised store, paid to her own card on an approved trip request.",
      pay("2026-06-24 15:30", person("周洁", acct("bw-n-zhoujie", "6217", 19), "中国建设银行昌吉分行"),
          "8000.00", "借支", "奇台新店开业督导差旅借支（员工：周洁）",
          "浪潮ERP付款单：门店营运周洁6月25日至7月5日赴奇台麦田时光加盟店开业督导，差旅借支8000元，出差审批单CC-0623-05，回来后凭票报销冲账",
          req="E4150", appr=["E4101"])),
    S("advance_fee", "flag", ["loan_fee_words", "fee_words", "first_time_payee", "urgency", "phone_instruction"],
      "A 'supply-chain finance platform' promises a 3m unsecured loan in three days once a 60k 'risk deposit' is paid to its corporate account.",
      pay("2026-06-25 12:00", vendor("新疆融信通供应链管理有限公司", acct("bw-s-rxt", "3002", 19), "中国工商银行乌鲁木齐新华北路支行"),
          "60000.00", "保证金", "供应链贷款风险保证金",
          "电话后微信发来：贵司中央厨房扩建300万供应链贷款已通过平台审批，无抵押，3天放款。按平台规定需先缴纳2%风险保证金6万元到我司对公账户，"
          "放款后随第一期利息返还。",
          channel="phone", frm="融信通 客户经理 郑经理", contact="16500006617", urgent=True, req="E4101", appr=["E4100"])),
    N(["loan_fee_words", "first_time_payee"],
      "A mortgage valuation fee for an approved bank loan, paid to an appraisal firm on the bank's panel under a signed engagement.",
      pay("2026-06-26 11:20", vendor("新疆天衡房地产土地评估有限公司", acct("bw-n-tianheng", "1076", 18), "中国银行昌吉分行", None, "0994-0000625"),
          "9600.00", "评估费", "中央厨房厂房抵押贷款评估费",
          "浪潮ERP付款单：建设银行昌吉分行500万固定资产贷款已出具批复（建昌贷批〔2026〕118号），按银行要求对中央厨房厂房及土地进行抵押评估，"
          "评估机构为银行入围名单中的天衡评估，评估委托合同BW-FW-2026-011，费用按收费标准9600元，付至评估公司对公账户",
          req="E4102", appr=["E4101", "E4100"], contract="BW-FW-2026-011")),
    S("contract_fraud", "flag", ["deposit_words", "payee_name_mismatch", "middleman_fee", "fee_asked_of_seller", "first_time_payee"],
      "A consultancy claiming a supermarket chain's mandate wants an 80k performance deposit and 'entry service fee' paid to itself before any contract with the chain exists.",
      pay("2026-06-29 15:00", vendor("乌鲁木齐万嘉商务咨询有限公司", acct("bw-s-wanjia", "3002", 19), "中国工商银行乌鲁木齐红山支行"),
          "80000.00", "保证金", "天百超市系统进场履约保证金",
          "浪潮ERP付款单：万嘉商务咨询称受天百超市集团委托办理供应商进场，焙味面包进驻其32家门店须先交履约保证金6万元及进场服务费2万元，"
          "付至万嘉咨询账户；天百超市方面的进场合同尚未见到，对方称交款后统一签约。",
          req="E4110", appr=["E4101", "E4100"])),
    R("Franchisee dough order, prepaid balance.",
      order("2026-06-30 11:50", K4, [(CROIS, 30, "箱", "210.00"), (TOAST, 35, "箱", "180.00"), (BASE, 12, "箱", "260.00")],
            "im", ADDR["K4"], "2026-07-02", "预付货款扣款", "古丽店长微信下单，预付货款扣款")),
    S("authority_impersonation", "block", ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "personal_account", "first_time_payee", "no_approval", "urgency"],
      "After a uniformed 'economic-crime police' video call, the cashier is told to move 280k into a 'safe account' held by a named 'checker' and tell no one.",
      pay("2026-07-02 16:10", person("吴振东", acct("bw-s-wzd", "6212", 19), "中国工商银行喀什分行"),
          "280000.00", "往来款", "配合调查资金",
          "对方视频通话（身穿警服）后短信：你公司账户涉嫌为诈骗团伙洗钱，已被列入冻结名单。为证明清白，须将公司账户资金转入安全账户进行资金核查，"
          "核查专员吴振东负责，核查期间严格保密，不得告诉公司其他人。",
          channel="phone", frm="自称昌吉州公安局经侦支队 吴警官", contact="0994-0000911", urgent=True, req="E4102", appr=[])),
]
