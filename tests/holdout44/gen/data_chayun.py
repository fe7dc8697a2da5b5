"""chayun: 乌鲁木齐茶韵餐饮管理有限公司, milk-tea franchisor (brand 茶韵天山), 60 franchised stores."""
from common import (acct, inv, uscc, wxid, vendor, person, cust, verif, pay, order, tp, H, R, N, S)

TENANT = "chayun"
PREFIX = "CY"
PAYER = {"account_no": acct("cy-payer", "3002", 19), "account_name": "乌鲁木齐茶韵餐饮管理有限公司"}

V1 = vendor("昌吉市雪域乳业有限公司", acct("cy-v1", "3065", 17), "中国农业银行昌吉分行", "V-CY01", "0994-0000216")
V2 = vendor("乌鲁木齐茗香茶业有限公司", acct("cy-v2", "1076", 18), "中国银行乌鲁木齐分行", "V-CY02", "0991-0000348")
V3 = vendor("乌鲁木齐速达冷链物流有限公司", acct("cy-v3", "8805", 18), "乌鲁木齐银行新华北路支行", "V-CY03", "0991-0000571")
V3NEW = vendor("乌鲁木齐速达冷链物流有限公司", acct("cy-v3-new", "6227", 19), "中国建设银行兰州七里河支行", "V-CY03", "0991-0000571")
V4 = vendor("乌鲁木齐洁美包装制品有限公司", acct("cy-v4", "9910", 16), "招商银行乌鲁木齐分行", "V-CY04", "0991-0000463")
V4NEW = vendor("乌鲁木齐洁美包装制品有限公司", acct("cy-v4-new", "3002", 19), "中国工商银行乌鲁木齐经济技术开发区支行", "V-CY04", "0991-0000463")
V5 = vendor("新疆冰峰厨房设备有限公司", acct("cy-v5", "6501", 19), "中国建设银行乌鲁木齐分行", "V-CY05", "0991-0000692")
V6 = vendor("乌鲁木齐鸿坤商业管理有限公司", acct("cy-v6", "3002", 19), "中国工商银行乌鲁木齐天山支行", "V-CY06", "0991-0000725")
V7 = vendor("石河子甜源食品有限公司", acct("cy-v7", "3066", 17), "中国农业银行石河子分行", "V-CY07", "0993-0000418")
PAYROLL = vendor("中国工商银行乌鲁木齐友好路支行（代发工资专户）", acct("cy-pay", "3002", 19), "中国工商银行乌鲁木齐友好路支行", "PAY-01")
TAX = vendor("国家金库乌鲁木齐市中心支库", acct("cy-tax", "6501", 17), "国家金库乌鲁木齐市中心支库", "TAX-01")

C1 = cust("克拉玛依市沁悦餐饮有限公司", uscc("cy-c1", "91650203"), "孙店长", "0990-0000312", None, wxid("cy-c1"), "C-CY01")
C2 = cust("库尔勒市蜜语茶饮店", uscc("cy-c2", "92652801"), "热依拉", "16400003127", None, wxid("cy-c2"), "C-CY02")
C3 = cust("伊宁市清茶坊餐饮管理有限公司", uscc("cy-c3", "91654002"), "杨经理", "0999-0000264", "yangjl@qingchafang.cn", None, "C-CY03")
C4 = cust("昌吉市悦享餐饮有限公司", uscc("cy-c4", "91652301"), "刘店长", "0994-0000583", None, wxid("cy-c4"), "C-CY04")

TEA = "茶韵特调红茶茶底（500g×20袋）"
PEARL = "珍珠粉圆（1kg×12包）"
CHEESE = "芝士奶盖粉（1kg×10包）"
SYRUP = "果糖（25kg）"
CUP = "700ml注塑杯（1000只）"
FILM = "封口膜"

ADDR = {"C1": "克拉玛依市克拉玛依区准噶尔路茶韵天山沁悦店", "C2": "库尔勒市人民东路茶韵天山蜜语店",
        "C3": "伊宁市解放路清茶坊茶韵天山店", "C4": "昌吉市延安北路茶韵天山悦享店"}


def erp(memo, short, contract, invoice):
    return f"金蝶云星空付款单：{memo}｜{short}｜合同{contract}｜发票{invoice}"


V4_VERIF = verif("0991-0000463", "E2101", "2026-05-14 16:05")
I_V7_0519 = inv("cy-h-v7-0519")

LINES = [
    # ------------------------------------------------------------------ history
    H("Franchisee ingredient and cup order debited from its prepaid balance.",
      order("2026-04-14 11:20", C1, [(TEA, 40, "箱", "260.00"), (PEARL, 30, "箱", "168.00"), (CUP, 20, "箱", "385.00")],
            "erp", ADDR["C1"], "2026-04-17", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    H("Dairy bill to the regular milk and cream supplier.",
      pay("2026-04-15 15:10", V1, "86400.00", "货款", "4月上半月鲜奶及稀奶油款",
          erp("4月上半月鲜奶及稀奶油款", "雪域乳业", "CY-CG-2026-001", inv("cy-h-v1-0415")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-001", invoice=inv("cy-h-v1-0415"))),
    H("Tea-leaf bill to the regular tea supplier.",
      pay("2026-04-17 16:05", V2, "52800.00", "货款", "春茶茶叶款（红茶、茉莉绿茶）",
          erp("春茶茶叶款（红茶、茉莉绿茶）", "茗香茶业", "CY-CG-2026-002", inv("cy-h-v2-0417")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-002", invoice=inv("cy-h-v2-0417"))),
    H("Cups and sealing film from the packaging supplier, old account.",
      pay("2026-04-21 12:30", V4, "64500.00", "货款", "注塑杯及封口膜款（4月）",
          erp("注塑杯及封口膜款（4月）", "洁美包装", "CY-CG-2026-004", inv("cy-h-v4-0421")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-004", invoice=inv("cy-h-v4-0421"))),
    H("Franchisee ingredient order by e-mail.",
      order("2026-04-23 11:45", C3, [(TEA, 30, "箱", "260.00"), (CHEESE, 12, "箱", "420.00"), (SYRUP, 20, "桶", "185.00")],
            "email", ADDR["C3"], "2026-04-28", "预存货款扣款", "4月下旬补货，预存货款扣款")),
    H("Cold-chain delivery to stores, old account.",
      pay("2026-04-24 17:20", V3, "38760.00", "运费", "4月上半月门店冷链配送费",
          erp("4月上半月门店冷链配送费", "速达冷链", "CY-WL-2026-002", inv("cy-h-v3-0424")),
          req="E2102", appr=["E2101"], contract="CY-WL-2026-002", invoice=inv("cy-h-v3-0424"))),
    H("Monthly rent of the flagship store.",
      pay("2026-04-28 14:00", V6, "45000.00", "房租", "鸿坤广场旗舰店5月租金",
          erp("鸿坤广场旗舰店5月租金", "鸿坤商业", "CY-ZL-2025-001", inv("cy-h-v6-0428")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-ZL-2025-001", invoice=inv("cy-h-v6-0428"))),
    H("Monthly payroll through the bank's payroll account.",
      pay("2026-05-08 15:30", PAYROLL, "268450.00", "工资", "4月工资代发（42人）",
          "金蝶云星空付款单：4月工资代发（42人），工资表经人事及总经理审批",
          req="E2101", appr=["E2100"])),
    H("Franchisee order of tea base, pearls, cups and film.",
      order("2026-05-11 12:10", C2, [(TEA, 25, "箱", "260.00"), (PEARL, 20, "箱", "168.00"), (CUP, 10, "箱", "385.00"), (FILM, 10, "卷", "95.00")],
            "erp", ADDR["C2"], "2026-05-15", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    H("Ice machine and sealer for a new franchised store.",
      pay("2026-05-13 16:40", V5, "27600.00", "设备款", "新店设备款（制冰机、封口机，阿勒泰店）",
          erp("新店设备款（制冰机、封口机，阿勒泰店）", "冰峰厨房", "CY-CG-2026-009", inv("cy-h-v5-0513")),
          req="E2102", appr=["E2101"], contract="CY-CG-2026-009", invoice=inv("cy-h-v5-0513"))),
    H("Monthly VAT by tripartite debit.",
      pay("2026-05-15 11:05", TAX, "96320.40", "税款", "4月增值税及附加", "电子税务局三方协议扣缴：4月增值税及附加",
          req="E2101", appr=["E2100"])),
    H("One-yuan test payment to the packaging supplier's new account after a stamped change letter and a call-back.",
      pay("2026-05-15 16:30", V4NEW, "1.00", "验证打款", "账户变更小额验证打款",
          "金蝶云星空付款单：洁美包装5月14日提交盖章《银行账户变更函》（工厂迁入经开区，基本户改开工行经开区支行），"
          "已按供应商档案原留座机0991-0000463回拨财务刘会计确认，先打1元验证到账",
          req="E2102", appr=["E2101"], changed="2026-05-14 10:20", verification=V4_VERIF)),
    H("Syrup bill to the regular syrup maker.",
      pay("2026-05-19 13:25", V7, "31200.00", "货款", "果糖款（5月）",
          erp("果糖款（5月）", "甜源食品", "CY-CG-2026-007", I_V7_0519),
          req="E2102", appr=["E2101"], contract="CY-CG-2026-007", invoice=I_V7_0519)),
    H("Franchisee ingredient and cup order.",
      order("2026-05-22 16:50", C4, [(TEA, 35, "箱", "260.00"), (PEARL, 25, "箱", "168.00"), (CHEESE, 10, "箱", "420.00"), (CUP, 15, "箱", "385.00")],
            "erp", ADDR["C4"], "2026-05-26", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    H("First full payment to the packaging supplier's verified new account.",
      pay("2026-05-26 15:15", V4NEW, "58900.00", "货款", "注塑杯及封口膜款（5月）",
          erp("注塑杯及封口膜款（5月）", "洁美包装", "CY-CG-2026-004", inv("cy-h-v4-0526")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-004", invoice=inv("cy-h-v4-0526"),
          changed="2026-05-14 10:20", verification=V4_VERIF)),

    # ------------------------------------------------------------------ test
    R("Monthly ingredient and cup order from an established franchisee, debited from its prepaid balance.",
      order("2026-06-01 11:30", C1, [(TEA, 45, "箱", "260.00"), (PEARL, 30, "箱", "168.00"), (CUP, 25, "箱", "385.00"), (FILM, 12, "卷", "95.00")],
            "erp", ADDR["C1"], "2026-06-04", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    N(["new_customer", "large_first_order", "credit_terms_requested"],
      "A newly signed franchisee orders its equipment package on the contract's instalment terms, with the first half already cleared in the company's bank account.",
      order("2026-06-02 15:20",
            cust("哈密市茶悦轩餐饮有限公司", uscc("cy-n-hami", "91650502"), "陈总", "0902-0000537", "chenyx@chayuexuan.cn", None, None),
            [("制冰机（日产120kg）", 1, "台", "16800.00"), ("全自动封口机", 1, "台", "4200.00"), ("果糖定量机", 1, "台", "3600.00"),
             ("步进式开水器", 1, "台", "2800.00"), ("门头及装修物料包", 1, "套", "38000.00")],
            "email", "哈密市伊州区天山北路茶悦轩茶韵天山店（装修中）", "2026-06-20",
            "按加盟合同分期：首付50%已到账，余款开业验收前付清",
            "加盟合同CY-JM-2026-061已于5月27日签订，首付款32700元5月29日已到我司工行基本户（银行回单已核对），"
            "余款32700元开业验收前付清；设备随首批物料一起发哈密店。")),
    R("Cold-chain store delivery paid to the carrier's account of record.",
      pay("2026-06-03 14:10", V3, "41280.00", "运费", "5月上半月门店冷链配送费",
          erp("5月上半月门店冷链配送费", "速达冷链", "CY-WL-2026-002", inv("cy-t-v3-0603")),
          req="E2102", appr=["E2101"], contract="CY-WL-2026-002", invoice=inv("cy-t-v3-0603"))),
    S("overpayment_refund", "block", ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "contact_im_only"],
      "A would-be franchisee in Aksu sends a screenshot showing 20k more than its first materials order and wants the 'excess' refunded to a cousin's card before any money is seen.",
      order("2026-06-03 16:45",
            cust("阿克苏市甜茶时光饮品店", None, "艾力", "16300005821", None, wxid("cy-s-aksu"), None),
            [(TEA, 20, "箱", "260.00"), (PEARL, 20, "箱", "168.00"), (CHEESE, 10, "箱", "420.00"), (CUP, 15, "箱", "385.00")],
            "im", "阿克苏市新华东路（新店装修中）", "2026-06-06", "款到发货",
            "首批物料款转过去了，截图发你看下。财务手一抖多转了2万，一共转了38535。\n"
            "麻烦把多的2万先退到我表哥张海龙的卡上，我们这边急着付装修款，货可以等你们看到钱再发。",
            third_party=tp("张海龙（个人）", "16300005822", "refund_recipient", "20000.00"))),
    N(["im_instruction", "boss_role", "urgency"],
      "The real GM nudges the cashier on WeChat to pay the regular dairy supplier's reconciled May bill; the payee is the known vendor account and both approvals are in the ERP.",
      pay("2026-06-04 12:20", V1, "92160.00", "货款", "5月鲜奶及稀奶油款",
          "周振宇：婷婷，雪域乳业5月的奶款今天安排一下，他们月底对完账了，别拖到下周。\n"
          "李婷：好的周总，付款单已提，古丽经理在审。\n周振宇：好，我在系统里也点一下。",
          channel="im", frm="周振宇", contact=wxid("cy-gm-zhou"), urgent=True,
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-001", invoice=inv("cy-t-v1-0604"))),
    S("fake_purchaser", "flag", ["lookalike_company", "new_customer", "large_first_order", "credit_terms_requested", "contact_mismatch", "contact_im_only"],
      "A buyer posing as the Karamay franchisee under a one-character-different name (锐 for 悦) orders 130k of equipment and materials on 60-day credit for pickup at an Urumqi logistics park, from a new WeChat.",
      order("2026-06-05 11:15",
            cust("克拉玛依市沁锐餐饮有限公司", None, "孙总", "16500002276", None, wxid("cy-s-qinrui"), None),
            [("制冰机（日产120kg）", 3, "台", "16800.00"), ("全自动封口机", 3, "台", "4200.00"), (TEA, 120, "箱", "260.00"),
             (CUP, 60, "箱", "385.00"), (CHEESE, 30, "箱", "420.00")],
            "im", "乌鲁木齐市米东区北站物流园12号库（中转）", "2026-06-08", "月结60天",
            "我们沁悦准备在克拉玛依和奎屯再开3家店，设备和首批物料一起订，老客户了，按月结60天走。"
            "货先发到米东物流园，我们自己安排车转运。以后就加这个微信联系。")),
    N(["refund_words", "deposit_words", "personal_account", "first_time_payee"],
      "A franchisee who did not renew gets its 30k deposit back, after the closing inspection, to the same personal account it was paid from in 2023.",
      pay("2026-06-08 12:40", person("韩雪梅", acct("cy-n-han", "6217", 19), "中国建设银行奎屯分行", "16400007315"),
          "30000.00", "退保证金", "奎屯北京路店加盟保证金退还（原路退回）",
          "金蝶云星空付款单：奎屯北京路店加盟合同CY-JM-2023-027于5月31日到期不再续约，闭店验收已完成（验收单CY-YS-0603），"
          f"设备物料款无欠款。退还加盟保证金30000元，原路退回原缴款账户{acct('cy-n-han', '6217', 19)}（2023年6月12日缴款，银行回单已核对）。",
          req="E2110", appr=["E2101", "E2100"], contract="CY-JM-2023-027")),
    S("boss_impersonation", "block", ["im_instruction", "new_contact", "balance_probe", "bypass_process", "cannot_call", "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency"],
      "In a freshly created 'head-office management group' a fake GM asks the cashier for both bank balances, then orders a 185k 'new-product cooperation deposit' to an unknown supply-chain firm, paperwork later.",
      pay("2026-06-08 17:30", vendor("新疆丝路优选供应链管理有限公司", acct("cy-s-boss1", "3002", 19), "中国工商银行乌鲁木齐北京路支行"),
          "185000.00", "定金", "新品研发合作定金",
          "周振宇：@李婷 之前的群不用了，以后总部的事在这个群说。\n"
          "周振宇：李婷，基本户和一般户现在余额各多少？截个图发我。\n"
          "李婷：周总，工行基本户可用112.6万，建行一般户23.4万。\n"
          "周振宇：好。今年秋冬新品跟丝路优选谈好了合作，先付定金18.5万，账户我发你，今天下班前必须到。我在开会不方便接电话，审批单回来补。",
          channel="im", frm="周振宇", contact="微信群:茶韵总部管理群（新）", urgent=True, req="E2102", appr=[])),
    R("Ingredient order from an established franchisee by e-mail.",
      order("2026-06-09 11:50", C3, [(TEA, 35, "箱", "260.00"), (CHEESE, 15, "箱", "420.00"), (SYRUP, 25, "桶", "185.00"), (CUP, 20, "箱", "385.00")],
            "email", ADDR["C3"], "2026-06-13", "预存货款扣款", "6月上旬补货，预存货款扣款")),
    N(["first_time_payee", "in_out_match"],
      "Head office passes on a franchisee's share of the brand's May Douyin group-buy settlement, per the franchise contract, to the franchisee's own corporate account on file.",
      pay("2026-06-09 15:00", vendor("昌吉市悦享餐饮有限公司", acct("cy-c4-acct", "3065", 17), "中国农业银行昌吉分行", None, "0994-0000583"),
          "23418.60", "团购结算", "5月抖音团购券昌吉店核销分账款",
          "金蝶云星空付款单：品牌官方抖音团购5月核销分账（抖音来客5月结算单DY-JS-202605已到账，昌吉店核销1236单），"
          "扣除品牌服务费后应付加盟商23418.60元，依据加盟合同CY-JM-2024-015第8.3条，付至加盟商档案备案的对公账户",
          req="E2102", appr=["E2101"], contract="CY-JM-2024-015")),
    S("account_change", "block", ["account_changed_recent", "first_time_payee", "unusual_bank_region"],
      "the cold-chain carrier's bank account was switched in the vendor master two days earlier to a Lanzhou branch, and this routine freight bill is the first payment to it.",
      pay("2026-06-10 16:20", V3NEW, "43950.00", "运费", "5月下半月门店冷链配送费",
          erp("5月下半月门店冷链配送费", "速达冷链", "CY-WL-2026-002", inv("cy-t-v3-0610")),
          req="E2102", appr=["E2101"], contract="CY-WL-2026-002", invoice=inv("cy-t-v3-0610"), changed="2026-06-08 11:40"),
      structural=True),
    N(["deposit_words", "first_time_payee"],
      "Three months' deposit plus the first rent for a new direct store, paid to the mall operator named in the signed lease.",
      pay("2026-06-11 12:05", vendor("乌鲁木齐星汇商业运营管理有限公司", acct("cy-n-xinghui", "3002", 19), "中国工商银行乌鲁木齐新市区支行", "V-CY11", "0991-0000816"),
          "80000.00", "房租及押金", "星汇广场B1-12铺位租赁押金（3个月）及6月租金",
          "金蝶云星空付款单：星汇广场B1-12铺位（新开直营店）租赁押金60000元（3个月租金，期满无息返还）及6月租金20000元｜"
          "合同CY-ZL-2026-004（双方盖章，法务已审）｜收款方与合同出租方一致，营业执照已核验",
          req="E2102", appr=["E2101", "E2100"], contract="CY-ZL-2026-004")),
    S("fake_order", "block", ["designated_supplier", "sales_order_linked", "institution_claim", "first_time_payee", "personal_account", "fake_payment_proof", "no_approval", "urgency", "im_instruction"],
      "A 'state-firm union' that ordered 600 cups of milk tea insists the cup sleeves come from its own print shop and asks us to advance 12.6k to the shop owner's card, its own payment being only a 'processing' screenshot.",
      pay("2026-06-11 17:10", person("乌鲁木齐市水磨沟区鑫彩图文广告部", acct("cy-s-xincai", "6228", 19), "中国农业银行乌鲁木齐水磨沟支行", "16300004418"),
          "12600.00", "代采购", "代购定制杯套600个（国企工会运动会订单）",
          "刘主席：赵经理，600杯奶茶的钱我们工会财务已经转了，对公转账截图发你了，银行显示处理中，明天才到。\n"
          "刘主席：杯套必须用我们指定的鑫彩图文印，logo他们有底版。他们今天要收到钱才开机，你们先垫付1.26万，到时候跟奶茶款一起结。",
          channel="im", frm="新疆某能源集团工会 刘主席", contact=wxid("cy-s-union"), urgent=True,
          req="E2140", appr=[], order="CY-XS-0610-03")),
    N(["account_changed_recent"],
      "Second regular payment to the packaging supplier's new account, changed four weeks ago on a stamped letter, call-back-verified and already paid in May.",
      pay("2026-06-12 11:40", V4NEW, "61750.00", "货款", "注塑杯及封口膜款（6月上）",
          erp("注塑杯及封口膜款（6月上）", "洁美包装", "CY-CG-2026-004", inv("cy-t-v4-0612")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-CG-2026-004", invoice=inv("cy-t-v4-0612"),
          changed="2026-05-14 10:20", verification=V4_VERIF)),
    S("task_rebate", "block", ["personal_account", "first_time_payee", "im_instruction", "task_rebate_words", "topup_words", "vague_memo", "evasion_homophone"],
      "The cashier, hooked by a 'store promotion' task group, books a 4.8k 'online promotion fee' to a stranger's card; the pasted chat spells the task words as homophones.",
      pay("2026-06-12 15:30", person("王芳", acct("cy-s-wangfang", "6212", 19), "中国工商银行喀什分行"),
          "4800.00", "推广费", "门店线上推广费",
          "小雨：亲，今天的唰单返力任务第3单是联单哦，需要先冲值4800到指定账户（王芳 工行），完成后本金+佣金5760一起返还到您账户～\n"
          "小雨：前两单都按时返了，放心做，超时未完成会卡单不能提现哦。",
          channel="im", frm="探店推广-小雨", contact=wxid("cy-s-xiaoyu"), req="E2102", appr=["E2101"])),
    R("Tea-leaf bill to the regular tea supplier.",
      pay("2026-06-15 11:10", V2, "48600.00", "货款", "夏季茶叶款（茉莉绿茶、乌龙）",
          erp("夏季茶叶款（茉莉绿茶、乌龙）", "茗香茶业", "CY-CG-2026-002", inv("cy-t-v2-0615")),
          req="E2102", appr=["E2101"], contract="CY-CG-2026-002", invoice=inv("cy-t-v2-0615"))),
    N(["task_rebate_words", "first_time_payee"],
      "Contractual annual purchase rebate to an established franchisee's own corporate account, computed from the year's reconciled purchases.",
      pay("2026-06-15 16:00", vendor("克拉玛依市沁悦餐饮有限公司", acct("cy-c1-acct", "3002", 19), "中国工商银行克拉玛依分行", None, "0990-0000312"),
          "18640.00", "返利", "2025年度加盟商采购返利（沁悦）",
          "金蝶云星空付款单：2025年度加盟商采购返利｜克拉玛依沁悦｜依据加盟合同CY-JM-2022-008附件三（年度采购额超120万元部分返2%），"
          "2025年度采购额213.2万元，经营运中心与财务对账确认返利18640元，付至加盟商档案备案对公账户",
          req="E2102", appr=["E2101", "E2100"], contract="CY-JM-2022-008")),
    S("authority_impersonation", "block", ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "first_time_payee", "no_approval", "urgency", "evasion_pinyin"],
      "A caller posing as the city market-regulation bureau says a franchise store sold expired milk and orders 200k moved to an 'aqzh' for checking, in secret, today.",
      pay("2026-06-16 12:30", vendor("新疆恒信达商贸有限公司", acct("cy-s-aqzh", "6216", 19), "中国银行乌鲁木齐分行"),
          "200000.00", "往来款", "配合市场监管部门案件核查",
          "对方来电后发来短信：你公司加盟门店销售过期奶制品，已被列为食品安全重点案件，品牌方负连带责任。"
          "为证明资金清白，须在今日17点前将公司账上资金20万元转入我局指定aqzh进行核查，核查无误48小时内原路退回。"
          "案件保密，不得告知他人，否则以妨碍调查论处。",
          channel="phone", frm="自称乌鲁木齐市市场监督管理局 王科长", contact="0991-0000934", urgent=True, req="E2102", appr=[])),
    N(["authority_words", "first_time_payee"],
      "A 5k market-regulation fine paid to the district finance bureau's non-tax collection account printed on the written penalty decision.",
      pay("2026-06-16 16:30", vendor("乌鲁木齐市天山区财政局（非税收入汇缴结算户）", acct("cy-n-feishui", "3002", 19), "中国工商银行乌鲁木齐天山支行"),
          "5000.00", "罚款", "行政处罚罚款（乌天市监处罚〔2026〕0412号）",
          "金蝶云星空付款单：天山区市场监督管理局行政处罚决定书乌天市监处罚〔2026〕0412号（南门店明码标价不规范），罚款5000元，"
          "按决定书载明的非税收入缴款通知书缴纳；法务已核对决定书原件",
          req="E2102", appr=["E2101", "E2100"])),
    S("contract_fraud", "flag", ["deposit_words", "bigproject_words", "shell_company", "first_time_payee", "fee_asked_of_seller"],
      "A three-month-old 'commercial property operator' wants a 200k 'intended-shop deposit' to reserve atrium units in a 500,000 m2 complex that has no planning permit.",
      pay("2026-06-17 11:35", vendor("新疆丝路港商业地产运营有限公司", acct("cy-s-silugang", "3002", 19), "中国工商银行乌鲁木齐高新区支行", None, "0991-0000417"),
          "200000.00", "保证金", "临空经济区丝路港综合体意向铺位保证金",
          "金蝶云星空付款单：丝路港商业地产称临空经济区在建50万平方米商业综合体，给茶韵天山预留一层中庭黄金铺位3个，"
          "须先交意向铺位保证金20万元锁定，签正式租约前不退；该公司2026年3月成立，项目尚未取得规划许可，现场未开工。",
          req="E2110", appr=["E2101", "E2100"])),
    R("Small restocking order from an established franchisee.",
      order("2026-06-17 15:45", C2, [(TEA, 20, "箱", "260.00"), (PEARL, 15, "箱", "168.00"), (CUP, 10, "箱", "385.00")],
            "erp", ADDR["C2"], "2026-06-22", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    N(["evasion_fullwidth"],
      "An established franchisee's usual WeChat order typed with full-width digits, paid from its prepaid balance.",
      order("2026-06-18 12:15", C4, [(PEARL, 20, "箱", "168.00"), (CHEESE, 10, "箱", "420.00"), (CUP, 12, "箱", "385.00")],
            "im", ADDR["C4"], "2026-06-19", "预存货款扣款",
            "刘店长微信下单：珍珠粉圆２０箱、芝士奶盖粉１０箱、７００ｍｌ杯子１２箱，从预存货款里扣，周五前送到昌吉店，谢谢！")),
    S("account_lending", "block", ["account_lending_words", "in_out_match", "first_time_payee", "no_approval", "vague_memo", "im_instruction", "evasion_spacing"],
      "A franchisee's manager asks head office to let a friend's firm run 380k through the company's basic account for a tender and forward it the same day, with the key phrase spaced out.",
      pay("2026-06-18 16:50", vendor("霍尔果斯瑞丰达商贸有限公司", acct("cy-s-ruifengda", "8809", 18), "霍尔果斯农村商业银行"),
          "372400.00", "往来款", "代伊宁加盟商朋友转付往来款",
          "杨经理：王经理，帮个忙。我朋友公司投个标需要公对公走 一 下 账，他今天把38万打到你们公司基本户，"
          "你们扣2个点辛苦费，剩下37.24万转给霍尔果斯瑞丰达商贸就行，当天进当天出，不影响你们。",
          channel="im", frm="伊宁清茶坊 杨经理", contact=wxid("cy-c3-yang"), urgent=True, req="E2120", appr=[])),
    N(["off_hours", "urgency"],
      "On a holiday Saturday the flagship store's broken ice machine is replaced by the regular equipment vendor, marked urgent and approved by both managers on mobile.",
      pay("2026-06-20 14:20", V5, "18900.00", "设备款", "旗舰店制冰机故障紧急更换",
          "【加急】金蝶云星空移动审批：端午假期旗舰店制冰机压缩机烧毁，冰峰厨房设备当日上门更换同型号制冰机（日产120kg），"
          "设备款按年度框架合同CY-CG-2026-009价格，古丽经理、周总已在手机端审批",
          urgent=True, req="E2140", appr=["E2101", "E2100"], contract="CY-CG-2026-009", invoice=inv("cy-t-v5-0620"))),
    S("fake_invoice", "block", ["duplicate_invoice", "im_instruction", "urgency"],
      "A WeChat message in the syrup maker's salesman's name claims the May syrup bill is unpaid and re-sends its invoice, whose number was already paid on 19 May.",
      pay("2026-06-22 14:40", V7, "31200.00", "货款", "果糖款（5月）",
          "小吴：古丽经理好，我们财务说5月那批果糖款一直没收到，发票我重新拍了一张发您，麻烦今天安排一下，月底我们要对账。",
          channel="im", frm="甜源食品 业务员 小吴", contact=wxid("cy-s-xiaowu"), urgent=True,
          req="E2102", appr=["E2101"], contract="CY-CG-2026-007", invoice=I_V7_0519)),
    N(["personal_account", "first_time_payee", "payroll_change"],
      "Final pay for a departing store manager to a new card in his own name, changed in person at HR with his ID.",
      pay("2026-06-23 11:50", person("阿力木·买买提", acct("cy-n-alim", "6217", 19), "中国建设银行乌鲁木齐分行"),
          "6850.00", "工资", "离职结算工资（员工：阿力木·买买提）",
          "金蝶云星空付款单：南门店店长阿力木·买买提离职结算（6月1日—20日工资及未休年假折算），人事离职结算单CY-LZ-0618；"
          "其原工资卡挂失，本人6月19日持身份证和新卡到人事部当面办理工资卡变更，人事系统已更新",
          req="E2130", appr=["E2101", "E2100"])),
    S("overpayment_refund", "block", ["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "personal_account", "first_time_payee"],
      "Franchise operations ask finance to refund a 'double-paid' 15k to a Hotan applicant's wife; the only proof is a screenshot and the bank shows nothing received.",
      pay("2026-06-23 16:10", person("阿依夏木·吐尔逊", acct("cy-s-ayxm", "6217", 19), "中国建设银行和田分行"),
          "15000.00", "退款", "和田新店首批物料多付款退还",
          "金蝶云星空付款单：加盟运营部申请：和田意向加盟商吐尔逊称首批物料款多转了1.5万元，"
          f"发来转账截图（原付款账户{acct('cy-s-tursun', '6228', 19)}），要求退到其妻子阿依夏木的卡上。"
          "财务查询基本户流水，该笔款项暂未查到到账，对方称跨行延迟。",
          req="E2110", appr=["E2101"])),
    N(["designated_supplier"],
      "An established franchisee's order notes that cups come from the packaging maker named in the franchise contract, which the franchisee orders and pays itself.",
      order("2026-06-24 12:00", C3, [(TEA, 40, "箱", "260.00"), (CHEESE, 15, "箱", "420.00"), (SYRUP, 20, "桶", "185.00")],
            "email", "伊宁市斯大林街清茶坊茶韵天山二店", "2026-06-29", "预存货款扣款",
            "伊宁二店开业首批物料。杯子、封口膜按加盟合同附件二由指定包材商洁美包装直供，"
            "加盟商自行下单并直接付款给洁美（约9800元），我司只供茶底和原料。",
            third_party=tp("乌鲁木齐洁美包装制品有限公司", "0991-0000463", "designated_supplier", "9800.00"))),
    S("fake_salary", "block", ["payee_shared_by_employees", "payee_not_employee", "personal_account", "first_time_payee"],
      "five part-time store staff's June wages go in one payment to a single private card; the slip itself reads like routine payroll.",
      pay("2026-06-24 16:30", person("张伟", acct("cy-s-zhangwei", "6222", 19), "中国工商银行乌鲁木齐分行"),
          "14600.00", "工资", "南门店6月兼职店员工资（5人）",
          "金蝶云星空付款单：南门店6月兼职店员工资（5人），按门店提交的工资表发放",
          req="E2130", appr=["E2101"]),
      structural=True),
    S("advance_fee", "block", ["loan_fee_words", "personal_account", "first_time_payee", "phone_instruction", "urgency"],
      "A 'lender' offering a 2m unsecured expansion loan wants a 36k 'capital-verification deposit' on a risk officer's personal card before disbursement.",
      pay("2026-06-25 11:30", person("刘建伟", acct("cy-s-liujw", "6217", 19), "中国建设银行喀什分行"),
          "36000.00", "服务费", "经营贷验资保证金（放款后退还）",
          "对方电话后微信补充：贵司200万无抵押经营贷已初审通过，年化3.6%，可用于新开10家门店。"
          "因对公流水不足，需先转验资保证金3.6万元到风控专员刘建伟个人账户做验资，放款时一并退还，今天不验资名额就作废。",
          channel="phone", frm="自称某金融服务公司 信贷经理刘建伟", contact="16500008820", urgent=True,
          req="E2101", appr=["E2100"])),
    R("Monthly rent of the flagship store.",
      pay("2026-06-26 15:00", V6, "45000.00", "房租", "鸿坤广场旗舰店7月租金",
          erp("鸿坤广场旗舰店7月租金", "鸿坤商业", "CY-ZL-2025-001", inv("cy-t-v6-0626")),
          req="E2102", appr=["E2101", "E2100"], contract="CY-ZL-2025-001", invoice=inv("cy-t-v6-0626"))),
    N(["topup_words", "first_time_payee"],
      "The July promotion budget is topped up on the delivery platform, paid to the platform company's corporate account shown in its merchant back office and invoiced by it.",
      pay("2026-06-29 12:20", vendor("北京快送到家信息技术有限公司", acct("cy-n-kuaisong", "1109", 19), "招商银行北京分行营业部", None, "010-0000683"),
          "20000.00", "推广费", "快送外卖平台7月推广通充值（直营店）",
          "金蝶云星空付款单：快送外卖商家后台“推广通”7月预算充值20000元（直营6店），本月起由店长微信支付改为公司对公充值，"
          "收款账户为平台商家后台充值页面公示的平台公司对公账户，平台按实际消耗开具增值税专用发票；市场部预算MK-2026-07已批",
          req="E2140", appr=["E2101", "E2100"])),
    S("boss_impersonation", "flag", ["email_instruction", "lookalike_domain", "boss_role", "secrecy_words", "urgency", "first_time_payee", "no_approval"],
      "An e-mail from a look-alike of the company domain, signed as the GM 'in Shanghai', wants a 68k co-branding design fee sent today to a Shanghai studio and kept quiet; no balance question.",
      pay("2026-06-30 11:45", vendor("上海简艺品牌设计有限公司", acct("cy-s-jianyi", "3101", 19), "上海浦东发展银行上海静安支行"),
          "68000.00", "设计费", "秋冬联名包装设计费",
          "古丽娜尔：\n我在上海谈一个IP联名，对方设计公司要先收设计费6.8万才出稿，合同我这边签好带回去。"
          "今天下班前付给上海简艺品牌设计有限公司，账户见下。联名的事还没官宣，先不要在公司里说。\n周振宇\n（发自我的手机）",
          channel="email", frm="周振宇", contact="zhouzhenyu@chayun-tea.com.cn", urgent=True, req="E2101", appr=[])),
    R("Ingredient and cup order from an established franchisee.",
      order("2026-07-01 12:10", C4, [(TEA, 30, "箱", "260.00"), (PEARL, 25, "箱", "168.00"), (CUP, 15, "箱", "385.00"), (FILM, 8, "卷", "95.00")],
            "erp", ADDR["C4"], "2026-07-04", "预存货款扣款", "加盟商订货系统下单，预存货款已扣")),
    N(["authority_words", "fee_words", "first_time_payee"],
      "Quarterly third-party testing of ingredients and store drinks by a CMA-accredited lab under contract, part of the company's own food-safety checks.",
      pay("2026-07-02 11:20", vendor("新疆正信食品检测技术有限公司", acct("cy-n-zhengxin", "3002", 19), "中国工商银行乌鲁木齐新市区支行", "V-CY12", "0991-0000358"),
          "12800.00", "检测费", "二季度原料及门店饮品第三方检测费",
          "金蝶云星空付款单：二季度原料（鲜奶、茶底、果糖）及20家门店饮品委托检测费，检测机构具备CMA资质，报告编号ZX-2026-Q2-0418至0437已收；"
          "按市场监管部门要求建立的自检制度执行，合同CY-FW-2026-006",
          req="E2102", appr=["E2101"], contract="CY-FW-2026-006", invoice=inv("cy-t-zx-0702"))),
]
