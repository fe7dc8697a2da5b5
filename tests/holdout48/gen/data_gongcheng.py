"""gongcheng: decoration and fit-out company in Korla."""
from common import (acct, inv, wx, mob, land, uscc, payee, instr, payment, customer, item,
                    order, tp, H, R, N, S)

TENANT = "gongcheng"
PREFIX = {"payment": "LC-FK", "order": "LC-DD"}

PAYER = {"account_no": acct("gc-basic", "65050175", 19), "account_name": "库尔勒梨城装饰工程有限公司"}

GLASS = payee("库尔勒华美玻璃有限公司", acct("gc-glass", "30", 17), "中国农业银行库尔勒分行",
              "corporate", "V-GC01", land("0996", "gc-glass"))
GLASS_FAKE = dict(GLASS, account_no=acct("gc-glass-fake", "6226", 17), bank="中国光大银行库尔勒分行")
TILES = payee("新疆瑞家瓷砖商贸有限公司", acct("gc-tiles", "3002", 19), "中国工商银行库尔勒分行",
              "corporate", "V-GC02", land("0996", "gc-tiles"))
GYPSUM = payee("库尔勒金石膏建材有限公司", acct("gc-gypsum", "65050175", 19), "中国建设银行库尔勒分行",
               "corporate", "V-GC03", land("0996", "gc-gypsum"))
FURN = payee("昆山冠宇家具有限公司", acct("gc-furn", "3002", 19), "中国工商银行昆山分行",
             "corporate", "V-GC04", "0512-0000" + "318")
FURN_FAKE = dict(FURN, account_no=acct("gc-furn-fake", "1076", 18), bank="中国银行深圳罗湖支行")
LI = payee("李志远", acct("gc-li", "6217", 19), "中国建设银行库尔勒分行", "personal", "V-GC05",
           mob("gc-li", "78"))
WAGE = payee("库尔勒梨城装饰工程有限公司（孔雀河酒店装修项目农民工工资专户）", acct("gc-wage", "65050175", 19),
             "中国建设银行库尔勒分行", "corporate", "PAY-GC01", None)
OFFICE_PAY = payee("中国建设银行库尔勒分行（代发工资专户）", acct("gc-office-pay", "65050175", 19),
                   "中国建设银行库尔勒分行", "corporate", "PAY-GC02", None)
ALIYUN = payee("阿里云计算有限公司", acct("gc-aliyun", "1202", 19), "招商银行杭州分行",
               "corporate", "V-GC06", None)
LAMP = payee("厦门光宝灯饰有限公司", acct("gc-lamp", "1076", 18), "中国银行厦门分行",
             "corporate", "V-GC07", "0592-0000" + "416")

HOTEL = customer("库尔勒孔雀河大酒店有限公司", uscc("gc-hotel", "652801"), "阿不都经理", land("0996", "gc-hotel"),
                 "gcb@kqhhotel.com", None, "C-GC01")
YINDA = customer("巴州银达房地产开发有限公司", uscc("gc-yinda", "652800"), "潘总监", land("0996", "gc-yinda"),
                 "panzj@yindadc.com", None, "C-GC02")

ERP = "金蝶云付款单："


def E(text, by="杨帆", urgent=False):
    return instr("erp", by, ERP + text, None, urgent)


def p(when, pe, amt, purpose, memo, text, req="E7303", appr=("E7301", "E7300"), **kw):
    by = kw.pop("by", "杨帆")
    urgent = kw.pop("urgent", False)
    return payment(when, PAYER, pe, amt, purpose, memo, E(text, by, urgent), req, appr, **kw)


INV_TILES_APR = inv("gc-tiles-apr")
SANITARY_ORDER = "@gc-sanitary"
SHOP_ORDER = "@gc-shop"


def lines():
    L = []
    # ---------------- history ----------------
    L.append(H("payment", "Tempered glass for the hotel fit-out from the regular glass works.",
               p("2026-04-08 11:30", GLASS, 86500, "材料款", "钢化玻璃隔断（1240平方米）",
                 "钢化玻璃隔断1240平方米｜华美玻璃｜合同LC-CG-2026-002", contract="LC-CG-2026-002",
                 invoice=inv("gc-glass-apr"))))
    L.append(H("order", "Guest-room fit-out contract from the established hotel.",
               order("2026-04-09 12:20", HOTEL, [item("孔雀河大酒店客房楼3-8层精装修", "6200", "平方米", "1150.00")],
                     "erp", "库尔勒市人民东路孔雀河大酒店", "2026-08-31", "预付20%，按月进度付至80%",
                     notes="装修合同LC-ZX-2026-003已签订，预付款已由建行银行回单确认到账")))
    L.append(H("payment", "March migrant-worker wages through the hotel project's wage special account.",
               p("2026-04-10 16:10", WAGE, 246800, "工资", "3月农民工工资代发（孔雀河酒店项目，52人）",
                 "3月农民工工资代发（孔雀河酒店项目52人），工资表经班组长及工人签字，劳资员马燕复核",
                 req="E7320", by="马燕")))
    L.append(H("payment", "March salaries of office and design staff.",
               p("2026-04-13 12:30", OFFICE_PAY, 168300, "工资", "3月职工工资（35人）",
                 "3月职工工资代发（35人），工资表已审批", req="E7301", appr=("E7300",), by="吐尔逊娜依")))
    L.append(H("payment", "Porcelain tiles from the regular tile dealer.",
               p("2026-04-14 11:50", TILES, 124600, "材料款", "客房卫生间瓷砖（2600平方米）",
                 "客房卫生间瓷砖2600平方米｜瑞家瓷砖｜合同LC-CG-2026-004", contract="LC-CG-2026-004",
                 invoice=INV_TILES_APR)))
    L.append(H("payment", "Gypsum board from the regular building-materials supplier.",
               p("2026-04-15 16:30", GYPSUM, 38900, "材料款", "纸面石膏板及轻钢龙骨",
                 "纸面石膏板及轻钢龙骨｜金石膏建材｜合同LC-CG-2026-005", contract="LC-CG-2026-005",
                 invoice=inv("gc-gypsum-apr"))))
    L.append(H("payment", "Guest-room furniture from the regular furniture maker (old account).",
               p("2026-04-17 12:10", FURN, 268000, "材料款", "客房固定家具首批（3-4层）",
                 "客房固定家具首批（3-4层）｜冠宇家具｜合同LC-CG-2026-006", contract="LC-CG-2026-006",
                 invoice=inv("gc-furn-apr"))))
    L.append(H("payment", "Paint team leader's own team fee after wages went through the special account.",
               p("2026-04-21 11:40", LI, 24500, "劳务费", "油漆班组4月机具费及班组管理费",
                 "油漆班组4月机具费及班组管理费（班组长李志远本人），工人工资由专户代发",
                 contract="LC-LW-2026-002")))
    L.append(H("order", "Show-flat fit-out from the established developer.",
               order("2026-04-23 16:20", YINDA, [item("银达梨香苑样板间精装修", "3", "套", "186000.00")],
                     "erp", "库尔勒市梨香苑售楼部样板间", "2026-06-15", "按进度付款",
                     notes="合同LC-ZX-2026-005已签订")))
    L.append(H("payment", "Annual domain and cloud-server renewal to the company's real provider.",
               p("2026-04-27 11:20", ALIYUN, 3860, "服务费", "企业官网域名及云服务器年费",
                 "lcdecor.cn域名续费及云服务器年费｜阿里云｜订单号ALY-20260427-3391", req="E7330",
                 appr=("E7301",), by="冯磊", invoice=inv("gc-aliyun-apr"))))
    L.append(H("payment", "Tempered glass for the hotel fit-out from the regular glass works.",
               p("2026-04-29 12:40", GLASS, 92300, "材料款", "钢化玻璃淋浴房（320套）",
                 "钢化玻璃淋浴房320套｜华美玻璃｜合同LC-CG-2026-002", contract="LC-CG-2026-002",
                 invoice=inv("gc-glass-apr2"))))
    L.append(H("payment", "April migrant-worker wages through the hotel project's wage special account.",
               p("2026-05-12 16:20", WAGE, 258400, "工资", "4月农民工工资代发（孔雀河酒店项目，55人）",
                 "4月农民工工资代发（孔雀河酒店项目55人），工资表经班组长及工人签字，劳资员马燕复核",
                 req="E7320", by="马燕")))
    L.append(H("payment", "Porcelain tiles from the regular tile dealer.",
               p("2026-05-13 11:30", TILES, 98700, "材料款", "客房卫生间瓷砖（2050平方米）",
                 "客房卫生间瓷砖2050平方米｜瑞家瓷砖｜合同LC-CG-2026-004", contract="LC-CG-2026-004",
                 invoice=inv("gc-tiles-may"))))
    L.append(H("payment", "Lighting fixtures from the regular lamp maker.",
               p("2026-05-14 12:00", LAMP, 57600, "材料款", "客房灯具（3-4层）",
                 "客房灯具（3-4层）｜光宝灯饰｜合同LC-CG-2026-007", contract="LC-CG-2026-007",
                 invoice=inv("gc-lamp-may"))))

    # ---------------- test ----------------
    L.append(N("payment", "The real GM on WeChat urges the glass payment before the works stop delivery; regular supplier, approvals in place.",
               payment("2026-05-18 12:10", PAYER, GLASS, 78400, "材料款", "钢化玻璃隔断（1120平方米）",
                       instr("im", "孙伟", "孙伟：杨帆，华美玻璃说这批款不到就不送了，酒店6层下周要装隔断，今天把玻璃款付了，OA我已经批了\n杨帆：好的孙总，单子已经到财务",
                             wx("gc-sun-real"), True),
                       "E7303", ["E7300", "E7301"], contract="LC-CG-2026-002", invoice=inv("gc-glass-may")),
               ["im_instruction", "boss_role", "urgency"]))
    L.append(R("payment", "Gypsum board from the regular building-materials supplier.",
               p("2026-05-19 11:40", GYPSUM, 42600, "材料款", "纸面石膏板及轻钢龙骨",
                 "纸面石膏板及轻钢龙骨｜金石膏建材｜合同LC-CG-2026-005", contract="LC-CG-2026-005",
                 invoice=inv("gc-gypsum-may"))))
    L.append(S("payment", "boss_impersonation", "block",
               "A new WeChat with the GM's avatar, typing in full-width mode, checks the balance and then orders 280k 'design deposit' to an unknown company.",
               payment("2026-05-20 12:40", PAYER,
                       payee("新疆博雅空间设计有限公司", acct("gc-b5", "6226", 17), "中国光大银行乌鲁木齐分行", "corporate"),
                       280000, "保证金", "酒店二期设计合作保证金",
                       instr("im", "孙伟",
                             "孙伟：米娜，现在账上余额多少？\n米娜：孙总，建行可用１６６万\n孙伟：马上转２８万给新疆博雅空间设计有限公司，酒店二期设计合作保证金，ＯＡ我回来补，我在陪客户不方便接电话",
                             wx("gc-b5"), True),
                       "E7304", []),
               ["im_instruction", "new_contact", "balance_probe", "boss_role", "bypass_process", "cannot_call", "deposit_words", "urgency", "evasion_fullwidth"]))
    L.append(N("order", "A new homeowner orders a full-house fit-out by WeChat for his flat; the 30% deposit has cleared at the bank.",
               order("2026-05-21 16:20",
                     customer("阿力木·吐尔地", None, "阿力木", mob("gc-home", "77"), None, wx("gc-home")),
                     [item("住宅全屋装修（半包）", "138", "平方米", "680.00")], "im",
                     "库尔勒市梨香苑小区5栋2单元", "2026-08-20", "首付30%，水电验收付40%，竣工付30%",
                     notes="业主通过门店设计师微信下单，合同LC-JZ-2026-041已签，首付28152元已由建行银行回单确认到账。"),
               ["residential_delivery", "contact_im_only"]))
    L.append(S("payment", "account_change", "block",
               "Structural only: the glass works' account was switched in the vendor master two days ago to a different bank and this ordinary slip is the first payment to it.",
               p("2026-05-22 11:30", GLASS_FAKE, 84200, "材料款", "钢化玻璃淋浴房（290套）",
                 "钢化玻璃淋浴房290套｜华美玻璃｜合同LC-CG-2026-002", contract="LC-CG-2026-002",
                 invoice=inv("gc-glass-may2"), changed="2026-05-20 17:40"),
               []))
    L.append(N("payment", "Bid bond for a hospital fit-out tender paid to the prefecture trading centre's deposit account named in the announcement.",
               p("2026-05-25 12:20",
                 payee("巴音郭楞蒙古自治州公共资源交易中心（保证金专户）", acct("gc-ggzy", "65050175", 19),
                       "中国建设银行库尔勒分行", "corporate", None, land("0996", "gc-ggzy")),
                 50000, "投标保证金", "巴州某医院门诊楼装饰工程投标保证金",
                 "巴州某医院门诊楼装饰工程（项目编号BZ-GGZY-2026-0521）投标保证金，按招标公告所列交易中心保证金专户缴纳，未中标原路退还",
                 req="E7330", by="冯磊"),
               ["deposit_words"]))
    L.append(S("payment", "fake_salary", "flag",
               "An e-mail 'from HR' about a 2026 job-stabilisation subsidy leads HR to pay a 'subsidy filing' fee to an agency, with QR code and a 24-hour deadline.",
               p("2026-05-26 12:00",
                 payee("新疆人社通政务服务有限公司", acct("gc-fs4", "6226", 17), "中国光大银行乌鲁木齐分行", "corporate"),
                 3600, "服务费", "2026年稳岗及社保补贴申领服务费",
                 "人社通政务服务 补贴申领服务费。邮件《关于发放2026年度稳岗补贴及社保补贴的通知》称须扫码登记员工银行卡信息，24小时内缴纳申领服务费，逾期视为放弃，收到请勿声张。",
                 req="E7320", appr=("E7301",), by="马燕"),
               ["subsidy_words", "fee_words", "secrecy_words", "urgency", "email_instruction"]))
    L.append(R("payment", "Porcelain tiles from the regular tile dealer.",
               p("2026-05-27 16:10", TILES, 112400, "材料款", "客房卫生间瓷砖（2340平方米）",
                 "客房卫生间瓷砖2340平方米｜瑞家瓷砖｜合同LC-CG-2026-004", contract="LC-CG-2026-004",
                 invoice=inv("gc-tiles-may2"))))
    L.append(S("order", "fake_order", "flag",
               "A 'hotel purchasing manager' reached via 'wei xin' orders a lobby refit and wants 60 sets of massage chairs bought first from the shop he names, 'advance it (dian fu) and settle together'.",
               order("2026-05-28 12:30",
                     customer("库尔勒某商务酒店", None, "钱经理", mob("gc-fo3", "76"), None, wx("gc-fo3")),
                     [item("酒店大堂及走廊装饰改造", "860", "平方米", "980.00")], "phone",
                     "库尔勒市萨依巴格路某商务酒店", "2026-07-10", "验收后一次付清",
                     third_party=tp("库尔勒康乐按摩椅经营部", mob("gc-fo3-shop", "77"), "designated_supplier", "72000.00"),
                     notes="钱经理让加他威信谈，大堂改造按报价做；另外60台按摩椅酒店只认康乐这家，麻烦你们先垫fu货款订下来，工程款一起结。"),
               ["designated_supplier", "off_catalogue_item", "contact_im_only", "institution_claim", "evasion_homophone"],
               key="gc-shop"))
    L.append(N("order", "The established hotel specifies the sanitary-ware brand for floors 5-8; its prepayment has cleared at the bank.",
               order("2026-05-29 11:20", HOTEL, [item("客房5-8层卫浴洁具供货及安装", "240", "套", "3850.00")],
                     "erp", "库尔勒市人民东路孔雀河大酒店", "2026-07-31", "预付30%，安装验收付至95%",
                     third_party=tp("新疆九牧卫浴销售有限公司", land("0991", "gc-sanitary"), "designated_supplier", "924000.00"),
                     notes="酒店指定卫浴品牌（补充协议LC-ZX-2026-003-02附件品牌表），预付款27.72万已由建行银行回单确认到账。"),
               ["designated_supplier"], key="gc-sanitary"))
    L.append(S("payment", "fake_order", "block",
               "The 'hotel purchasing manager' says its payment is 'in the approval flow' and asks us to advance 72k to the massage-chair shop today.",
               payment("2026-06-01 16:30", PAYER,
                       payee("库尔勒康乐按摩椅经营部", acct("gc-fo4", "6228", 19), "中国农业银行库尔勒分行", "personal"),
                       72000, "代采购", "代购按摩椅60台（商务酒店订单）",
                       instr("im", "商务酒店 钱经理",
                             "冯经理，我们酒店的款在走审批，这两天到，按摩椅那边今天要定金，你们先把7.2万打给康乐，回头和工程款一起结。",
                             wx("gc-fo3"), True),
                       "E7330", ["E7301"], order=SHOP_ORDER),
               ["designated_supplier", "sales_order_linked", "im_instruction", "urgency"]))
    L.append(N("payment", "First payment to the hotel-designated sanitary-ware dealer, linked to the hotel's order whose prepayment cleared; three-party confirmation on file.",
               p("2026-06-02 12:10",
                 payee("新疆九牧卫浴销售有限公司", acct("gc-sanitary", "3002", 19), "中国工商银行乌鲁木齐分行",
                       "corporate", "V-GC11", land("0991", "gc-sanitary")),
                 277200, "材料款", "客房5-8层卫浴洁具预付款（30%）",
                 "九牧卫浴 客房5-8层卫浴洁具预付款30%，酒店指定品牌，三方确认函已盖章，采购合同LC-CG-2026-012",
                 contract="LC-CG-2026-012", order=SANITARY_ORDER),
               ["designated_supplier", "sales_order_linked"]))
    L.append(S("payment", "authority_impersonation", "block",
               "A 'procuratorate' caller says the company account is in a fraud case and tells the cashier, using pinyin initials, to move 200k into an 'aqzh' for checking.",
               payment("2026-06-03 11:50", PAYER,
                       payee("新疆恒安资金结算服务有限公司", acct("gc-ai3", "6226", 17), "中国光大银行喀什分行", "corporate"),
                       200000, "往来款", "配合核查",
                       instr("phone", "自称巴州检察院 刘检察官",
                             "对方来电后发短信：你公司账户涉嫌为诈骗团伙转移资金，已立案，为证明清白须将20万转入aqzh接受核查，核查完全额退回，不得告诉任何人。",
                             mob("gc-ai3", "78"), True),
                       "E7304", ["E7301"]),
               ["authority_words", "safe_account_words", "secrecy_words", "phone_instruction", "urgency", "evasion_pinyin"]))
    L.append(R("payment", "May migrant-worker wages through the hotel project's wage special account.",
               p("2026-06-05 12:30", WAGE, 265700, "工资", "5月农民工工资代发（孔雀河酒店项目，56人）",
                 "5月农民工工资代发（孔雀河酒店项目56人），工资表经班组长及工人签字，劳资员马燕复核",
                 req="E7320", by="马燕")))
    L.append(S("payment", "fake_invoice", "block",
               "Structural only: the April tile invoice, already paid, is re-submitted as a new bill.",
               p("2026-06-08 11:30", TILES, 124600, "材料款", "客房卫生间瓷砖（2600平方米）",
                 "客房卫生间瓷砖2600平方米｜瑞家瓷砖｜合同LC-CG-2026-004", contract="LC-CG-2026-004",
                 invoice=INV_TILES_APR),
               []))
    L.append(N("payment", "The paint team leader's own team fee to his card on file, with the team's signed wage sheet already paid through the special account.",
               p("2026-06-09 12:20", LI, 26800, "劳务费", "油漆班组5月机具费及班组管理费",
                 "油漆班组5月机具费及班组管理费（班组长李志远本人），班组14名工人5月工资已由专户代发，工资表经李志远及工人签字，项目经理郭亮审核",
                 contract="LC-LW-2026-002"),
               []))
    L.append(S("payment", "fake_invoice", "flag",
               "An official-looking 'domain management centre' bills a 'Chinese domain and keyword renewal' that the company never ordered, with a deadline.",
               p("2026-06-10 11:40",
                 payee("北京中网域名保护管理中心有限公司", acct("gc-fi4", "0200", 19), "中国工商银行北京朝阳支行", "corporate"),
                 4980, "服务费", "中文域名及通用网址年度续费",
                 "中网域名保护管理中心来函：贵司“梨城装饰”中文域名及通用网址即将到期，6月12日前未续费将被他人抢注，年度续费4980元。（市场部转来，无合同）",
                 req="E7330", appr=("E7301",), by="冯磊"),
               ["renewal_bill", "urgency", "no_po_contract"]))
    L.append(S("payment", "advance_fee", "block",
               "A 'loan platform' that approved a 500k decoration-materials loan says the money is frozen for a wrong card number and wants an unfreezing fee to a personal card.",
               payment("2026-06-11 12:40", PAYER,
                       payee("何建平", acct("gc-af3", "6222", 19), "中国工商银行南宁分行", "personal"),
                       9800, "手续费", "贷款解冻费",
                       instr("im", "融易贷 客服",
                             "孙总您好，贵公司50万贷款已放款，因收款卡号填写错误资金被冻结，需缴纳解冻金9800元到财务专员何建平卡上，解冻后连同贷款一起到账。",
                             wx("gc-af3")),
                       "E7301", ["E7300"]),
               ["loan_fee_words", "fee_words", "im_instruction"]))
    L.append(N("payment", "The company's real domain renewal to its provider in the vendor master.",
               p("2026-06-12 16:10", ALIYUN, 1180, "服务费", "lcdecor.com.cn域名续费",
                 "lcdecor.com.cn域名到期续费（3年）｜阿里云｜订单号ALY-20260612-0771", req="E7330",
                 appr=("E7301",), by="冯磊", invoice=inv("gc-aliyun-jun")),
               ["renewal_bill"]))
    L.append(S("order", "contract_fraud", "flag",
               "A new 'EPC contractor' offers a hospital fit-out subcontract but requires a 300k performance bond from us before signing, plus a 'coordination fee'.",
               order("2026-06-15 12:10",
                     customer("新疆中建宏图工程总承包有限公司", uscc("gc-cf4", "650104"), "宋总", mob("gc-cf4", "76"),
                              "songzong_zjht@163.com", wx("gc-cf4")),
                     [item("巴州某医院住院楼装饰工程分包", "12000", "平方米", "850.00")], "phone",
                     "库尔勒市某医院住院楼", "2026-12-31", "按进度付款70%",
                     fees=[("履约保证金", "300000.00"), ("协调费", "60000.00")],
                     notes="宋总称中标住院楼EPC，装饰分包给我们，签合同前须先交履约保证金30万及协调费6万到其指定账户；公司2026年2月成立。"),
               ["deposit_words", "fee_asked_of_seller", "middleman_fee", "shell_company", "free_mail", "large_first_order"]))
    L.append(N("payment", "Scaffolding deposit to a new rental firm under a signed lease, refundable on return.",
               p("2026-06-16 11:30",
                 payee("库尔勒安平脚手架租赁有限公司", acct("gc-scaff", "30", 17), "中国农业银行库尔勒分行",
                       "corporate", "V-GC12", land("0996", "gc-scaff")),
                 30000, "押金", "盘扣式脚手架租赁押金",
                 "安平脚手架 盘扣式脚手架租赁押金（租赁合同LC-ZL-2026-004，退架验收后无息退还），随首月租金结算单",
                 contract="LC-ZL-2026-004"),
               ["deposit_words"]))
    L.append(S("payment", "task_rebate", "block",
               "A designer caught in a task-rebate scam asks finance to advance money to the 'task platform' card as a top-up, promising rebates.",
               payment("2026-06-17 12:20", PAYER,
                       payee("林晓东", acct("gc-tr3", "6217", 19), "中国建设银行东莞分行", "personal"),
                       8600, "借支", "个人借支",
                       instr("im", "何佳",
                             "吐经理，我在做一个点赞任务，第三单要先充值8600才能返利提现，您先从公司借我一下转到这个卡，月底工资扣。",
                             wx("gc-hejia")),
                       "E7335", ["E7301"]),
               ["task_rebate_words", "topup_words", "payee_name_mismatch", "im_instruction"]))
    L.append(N("payment", "High-temperature allowance paid with June wages through the known wage special account.",
               p("2026-06-18 16:40", WAGE, 16800, "工资", "6月高温补贴（孔雀河酒店项目一线工人，56人）",
                 "6月防暑降温费及高温补贴随工资代发（一线工人56人），按自治区高温补贴标准，工资表经班组长及工人签字",
                 req="E7320", by="马燕"),
               ["subsidy_words"]))
    L.append(N("payment", "Wages released on the Dragon Boat holiday morning after the developer's progress money arrived, to the known wage special account with signed sheets.",
               p("2026-06-20 09:40", WAGE, 96200, "工资", "银达样板间项目农民工工资代发（21人）",
                 "银达梨香苑样板间项目工人工资，开发商进度款昨晚到账，节日期间发放，工资表经班组长及工人签字，孙伟、吐尔逊娜依已审批",
                 req="E7320", by="马燕", urgent=True),
               ["urgency"]))
    L.append(S("payment", "account_change", "flag",
               "The furniture maker's account was switched in May on an e-mail 'bank change' letter with no call-back; this is the first payment to it, to a Shenzhen bank.",
               payment("2026-06-22 11:50", PAYER, FURN_FAKE, 286000, "材料款", "客房固定家具第二批（5-6层）",
                       instr("email", "冠宇家具 财务部",
                             "梨城装饰财务部：\n我司已于5月变更收款账户，请按变更函所列中国银行深圳罗湖支行账户支付第二批家具款，原工行账户已停用。\n冠宇家具 财务部",
                             "finance@guanyu-furniture.cn"),
                       "E7303", ["E7301", "E7300"], contract="LC-CG-2026-006", changed="2026-05-08 16:20"),
               ["email_instruction", "account_change_words", "unusual_bank_region"]))
    L.append(N("payment", "Lighting fixtures paid to the regular lamp maker, whose invoice e-mail is written in traditional characters by its Taiwanese-run office.",
               payment("2026-06-23 12:30", PAYER, LAMP, 61800, "材料款", "客房灯具（5-6层）",
                       instr("email", "光宝灯饰 業務部",
                             "梨城裝飾 楊會計您好：\n5-6層客房燈具已於6月20日到貨，驗收單已簽回，發票已開立，請依合同LC-CG-2026-007按原帳戶付款。\n光寶燈飾 業務部",
                             "sales@guangbao-lamp.com"),
                       "E7303", ["E7301", "E7300"], contract="LC-CG-2026-007", invoice=inv("gc-lamp-jun")),
               ["email_instruction", "evasion_traditional"]))
    L.append(S("payment", "fake_purchaser", "flag",
               "A 'hotel group purchasing centre' says suppliers must pay a 3,000 'vendor onboarding fee' to a staff card before a big hotel-chain fit-out can be quoted.",
               payment("2026-06-24 11:10", PAYER,
                       payee("唐丽", acct("gc-fp3", "6222", 19), "中国工商银行西安分行", "personal"),
                       3000, "服务费", "供应商入库费",
                       instr("im", "某酒店集团西北采购中心 唐经理",
                             "冯经理，集团今年在南疆要做6家连锁酒店装修，供应商先交3000元入库费才能进名录报价，转给我们采购专员唐丽就行，名额有限。",
                             wx("gc-fp3")),
                       "E7330", ["E7301"]),
               ["institution_claim", "fee_asked_of_seller", "im_instruction", "bigproject_words"]))
    L.append(R("order", "Corridor fit-out added by the established hotel.",
               order("2026-06-25 16:30", HOTEL, [item("客房楼3-8层走廊精装修", "1480", "平方米", "760.00")],
                     "erp", "库尔勒市人民东路孔雀河大酒店", "2026-08-31", "按月进度付至80%",
                     notes="补充协议LC-ZX-2026-003-03")))
    L.append(S("payment", "contract_fraud", "flag",
               "A 'hotel investor' promises a 40m resort fit-out and asks for a 200k cooperation deposit plus a middleman fee before any tender, to a company founded this spring.",
               p("2026-06-26 12:30",
                 payee("新疆丝路文旅投资管理有限公司", acct("gc-cf3", "6505", 19), "中国建设银行伊宁分行", "corporate"),
                 200000, "保证金", "博斯腾湖度假酒店装饰工程合作保证金",
                 "丝路文旅投资 博斯腾湖度假酒店装饰工程（对方称总投资4000万、装饰直接发包）合作保证金20万，另需居间费按合同额2%另付；对方2026年4月成立，未见立项及招标文件。",
                 req="E7330", by="冯磊"),
               ["deposit_words", "bigproject_words", "middleman_fee", "shell_company"]))
    L.append(N("payment", "A homeowner's deposit returned to the personal account it came from after the contract was cancelled in the cooling-off period.",
               p("2026-06-29 11:40",
                 payee("王淑兰", acct("gc-wsl", "6228", 19), "中国农业银行库尔勒分行", "personal"),
                 20000, "退款", "王淑兰家装定金退还（合同解除）",
                 "王淑兰家装合同LC-JZ-2026-037协商解除，定金原路退回。来款账户：" + acct("gc-wsl", "6228", 19) + "（农行回单6月8日已到账），解除协议经业主签字",
                 req="E7303", appr=("E7301",)),
               ["refund_words"]))
    L.append(S("order", "overpayment_refund", "flag",
               "A new customer says its transfer will include 50k more than the order 'for the next job' and asks us to hold it and pay it out later as it directs.",
               order("2026-06-30 12:10",
                     customer("库尔勒鑫茂商贸有限公司", uscc("gc-or3", "652801"), "周总", mob("gc-or3", "77"), None, wx("gc-or3")),
                     [item("办公室装修（隔断及吊顶）", "420", "平方米", "420.00")], "im",
                     "库尔勒市建设路某写字楼12层", "2026-07-20", "款到开工",
                     notes="周总说会计会多转5万，一共打226400，多的先放你们那儿，等他需要时再让你们转给他指定的人；付款截图晚点发。"),
               ["overpayment", "refund_words", "new_contact"]))
    L.append(S("order", "account_lending", "block",
               "A new 'trading company' places a small order and asks that 600k it will send be passed on the same day to a third party through our account.",
               order("2026-07-01 16:40",
                     customer("新疆鸿运达商贸有限公司", uscc("gc-al3", "650102"), "马总", mob("gc-al3", "78"), None, wx("gc-al3")),
                     [item("门店装修设计", "1", "项", "18000.00")], "im",
                     "库尔勒市天山路某门店", "2026-07-15", "款到开工",
                     third_party=tp("喀什某矿产贸易有限公司", mob("gc-al3-tp", "76"), "pass_through_payee", "600000.00"),
                     notes="马总说设计费照付，另外有60万货款要借你们公户过一下，今天打到你们账上，你们当天转给喀什那家公司，给1%手续费。"),
               ["account_lending_words", "in_out_match", "contact_im_only"]))
    L.append(R("payment", "June salaries of office and design staff.",
               p("2026-07-03 12:30", OFFICE_PAY, 171200, "工资", "6月职工工资（35人）",
                 "6月职工工资代发（35人），工资表已审批", req="E7301", appr=("E7300",), by="吐尔逊娜依")))
    L.append(N("order", "The established developer asks for monthly credit on a new show-flat order by e-mail from its usual domain.",
               order("2026-07-06 12:00", YINDA, [item("银达梨香苑二期样板间精装修", "2", "套", "192000.00")],
                     "email", "库尔勒市梨香苑二期售楼部", "2026-08-31", "月结30天",
                     notes="潘总监邮件（panzj@yindadc.com）：二期两套样板间按一期标准，结算改月结30天，合同LC-ZX-2026-009已盖章寄出。"),
               ["credit_terms_requested"]))
    L.append(R("payment", "Gypsum board from the regular building-materials supplier.",
               p("2026-07-07 16:20", GYPSUM, 39800, "材料款", "纸面石膏板及轻钢龙骨",
                 "纸面石膏板及轻钢龙骨｜金石膏建材｜合同LC-CG-2026-005", contract="LC-CG-2026-005",
                 invoice=inv("gc-gypsum-jul"))))
    return L
