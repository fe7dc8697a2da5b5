"""baimian: 阿拉尔白棉服饰有限公司, a garment factory in Alar with piece-rate workers."""
from common import (Tenant, V, I, erp, C, item, TP, fee, verif, digits, mobile, land,
                    wxid, uscc, invno)

NAME = "阿拉尔白棉服饰有限公司"
CCB = "中国建设银行阿拉尔分行"


def build():
    t = Tenant("baimian", "BM", digits("bm:payer", 19, "6505"), NAME)

    tahe = V("阿拉尔塔河纺织有限公司", digits("bm:tahe", 19, "6505"), CCB, "corporate", "V-BM01",
             land("0997", "bm:tahe"))
    jinxiu = V("新疆锦绣服装辅料有限公司", digits("bm:jinxiu", 17, "30"), "中国农业银行乌鲁木齐米东支行",
               "corporate", "V-BM02", land("0991", "bm:jinxiu"))
    payroll = V(CCB + "（代发工资专户）", digits("bm:payroll", 19, "6505"), CCB, "corporate", "V-BM03", None)
    power = V("新疆生产建设兵团第一师电力有限责任公司", digits("bm:power", 19, "6505"), CCB, "corporate",
              "V-BM04", land("0997", "bm:power"))
    logi = V("阿拉尔通达物流有限公司", digits("bm:logi", 17, "30"), "中国农业银行阿拉尔分行", "corporate",
             "V-BM05", land("0997", "bm:logi"))
    fibre = V("阿拉尔市纤维质量检验所", digits("bm:fibre", 19, "6505"), CCB, "corporate", "V-BM06",
              land("0997", "bm:fibre"))
    sewing = V("阿拉尔恒达缝纫设备有限公司", digits("bm:sewing", 17, "30"), "中国农业银行阿拉尔分行",
               "corporate", "V-BM07", land("0997", "bm:sewing"))
    huamei = V("绍兴柯桥华美面料有限公司", digits("bm:huamei", 19, "1211"), "中国工商银行绍兴柯桥支行",
               "corporate", "V-BM08", land("0575", "bm:huamei"))

    c_ts = C("乌鲁木齐天山工装有限公司", uscc("bm:ts", "650102"), "马丽", land("0991", "bm:ts"),
             "mali@tianshangz.com", wxid("bm:mali"), "C-BM01")
    c_jy = C("上海锦衣服饰有限公司", uscc("bm:jy", "310115"), "蒋文", land("021", "bm:jy"),
             "jiangwen@jinyi-fashion.com", None, "C-BM02")
    c_3z = C("阿拉尔市第三中学", uscc("bm:3z", "659002", "12"), "杨老师", land("0997", "bm:3z"), None,
             wxid("bm:yang"), "C-BM03")

    H, T = "history", "test"
    DD = "钉钉审批单："

    # ---- history -------------------------------------------------------------------
    inv_huamei = invno("bm:huamei-0828")
    t.pay(H, "2026-08-24 11:50", tahe, "386400", "货款", "纯棉斜纹布（工装面料）",
          erp("米娜瓦尔·阿不都", DD + "纯棉斜纹布46000米｜塔河纺织｜合同BM-CG-2026-021"),
          "E7105", ["E7102"], (None, "BM-CG-2026-021", invno("bm:tahe-0824")),
          note="Routine: workwear twill from the local weaving mill.")
    t.order(H, "2026-08-25 16:10", c_ts, [item("秋季工装（夹克+裤）", "5000", "套", "128")], "erp",
            ("乌鲁木齐市米东区天山工装仓库", "2026-09-20"), "款到发货", "年度合同TS-2026-07项下订单",
            note="Routine: workwear order from an established Urumqi workwear brand.")
    t.pay(H, "2026-08-26 12:30", power, "46280", "电费", "8月电费",
          erp("米娜瓦尔·阿不都", DD + "8月电费｜第一师电力公司｜户号6590020115"),
          "E7105", ["E7102"], (None, None, invno("bm:power-0826")),
          note="Routine: August electricity.")
    t.pay(H, "2026-08-27 17:20", jinxiu, "42350", "货款", "辅料款（纽扣、拉链、洗水标）",
          erp("米娜瓦尔·阿不都", DD + "辅料款｜锦绣辅料｜合同BM-CG-2026-008"),
          "E7105", ["E7102"], (None, "BM-CG-2026-008", invno("bm:jinxiu-0827")),
          note="Routine: trims from the regular supplier.")
    t.pay(H, "2026-08-28 11:40", huamei, "215600", "货款", "精梳府绸面料款",
          erp("米娜瓦尔·阿不都", DD + "精梳府绸面料28000米｜华美面料｜合同BM-CG-2026-012｜发票" + inv_huamei),
          "E7105", ["E7102", "E7101"], (None, "BM-CG-2026-012", inv_huamei),
          note="Routine: poplin for shirts from a regular Shaoxing fabric supplier.")
    t.order(H, "2026-08-31 15:10", c_jy, [item("纯棉T恤（OEM）", "20000", "件", "26.50")], "email",
            ("上海市浦东新区锦衣服饰仓库", "2026-09-25"), "预付30%，余款发货前付清", "OEM常规订单，预付款已到账",
            ref="jy",
            note="Routine: OEM T-shirt order from an established Shanghai brand.")
    t.pay(H, "2026-09-01 12:05", logi, "18600", "运费", "8月成品外运运费",
          erp("米娜瓦尔·阿不都", DD + "8月成品外运运费｜通达物流｜合同BM-WL-2026-001"),
          "E7105", ["E7102"], (None, "BM-WL-2026-001", invno("bm:logi-0901")),
          note="Routine: outbound freight for finished garments.")
    t.order(H, "2026-09-03 11:25", c_3z, [item("秋季校服（两件套）", "1800", "套", "245")], "letter",
            ("阿拉尔市第三中学（校内）", "2026-09-30"), "验收合格后由市财政国库集中支付",
            "政府采购合同ALR-ZFCG-2026-0233项下校服",
            note="Routine: school uniforms under a public procurement contract with an established school.")
    t.pay(H, "2026-09-07 18:30", payroll, "926780", "工资", "8月计件工资代发（286人）",
          erp("刘婷", DD + "8月计件工资代发286人，计件统计表车间、人事已核"),
          "E7103", ["E7102", "E7101"],
          note="Routine: August piece-rate payroll through the bank payroll account.")
    t.pay(H, "2026-09-08 16:50", sewing, "23460", "货款", "缝纫机配件（针板、送布牙）",
          erp("米娜瓦尔·阿不都", DD + "缝纫机配件｜恒达缝纫设备"),
          "E7105", ["E7102"], (None, None, invno("bm:sewing-0908")),
          note="Routine: sewing-machine spare parts.")
    t.pay(H, "2026-09-10 12:15", fibre, "2400", "检验费", "工装纤维含量检验费",
          erp("米娜瓦尔·阿不都", DD + "工装纤维含量、色牢度委托检验（委托单WT-2026-0612）｜阿拉尔市纤维质量检验所"),
          "E7105", ["E7102"], (None, None, invno("bm:fibre-0910")),
          note="Routine: fibre-content testing fee to the city fibre inspection institute.")
    t.pay(H, "2026-09-14 11:35", tahe, "412800", "货款", "纯棉斜纹布（工装面料）",
          erp("米娜瓦尔·阿不都", DD + "纯棉斜纹布49000米｜塔河纺织｜合同BM-CG-2026-021"),
          "E7105", ["E7102"], (None, "BM-CG-2026-021", invno("bm:tahe-0914")),
          note="Routine: more twill from the local mill.")
    t.pay(H, "2026-09-16 17:05", jinxiu, "38900", "货款", "辅料款（纽扣、拉链、织唛）",
          erp("米娜瓦尔·阿不都", DD + "辅料款｜锦绣辅料｜合同BM-CG-2026-008"),
          "E7105", ["E7102"], (None, "BM-CG-2026-008", invno("bm:jinxiu-0916")),
          note="Routine: trims from the regular supplier.")
    t.order(H, "2026-09-17 12:20", c_ts, [item("冬季棉服工装", "3000", "套", "132")], "erp",
            ("乌鲁木齐市米东区天山工装仓库", "2026-10-15"), "款到发货", "年度合同TS-2026-07项下订单",
            note="Routine: winter workwear order from the established brand.")

    # ---- test ----------------------------------------------------------------------
    t.pay(T, "2026-10-12 12:20", tahe, "438600", "货款", "纯棉斜纹布（冬装面料）",
          erp("米娜瓦尔·阿不都", DD + "纯棉斜纹布52000米｜塔河纺织｜合同BM-CG-2026-021"),
          "E7105", ["E7102"], (None, "BM-CG-2026-021", invno("bm:tahe-1012")),
          note="Routine: twill from the local mill.")

    t.order(T, "2026-10-13 11:30",
            C("武警某支队后勤处", None, "陈班长", mobile("bm:chen", "56"), None, wxid("bm:chen"), None),
            [item("作训服（夏季，含帽）", "3000", "套", "168")], "im",
            ("阿克苏市某部营区（具体位置到时电话通知）", "2026-10-20"), "货到验收后对公转账",
            "支队统一采购3000套作训服，另外还要3000双作训鞋，后勤只认莆田鸿捷这家的鞋。"
            "我们之前和厂家结账闹过不愉快，不方便直接联系，麻烦你们一起采购一起送来。"
            "鞋款16.8万我们已经对公转给你们了，转账截图发你了，对公到账有延迟，你们先付给鞋厂，明天一起结。",
            TP("莆田荔城区鸿捷鞋业商行", mobile("bm:hongjie", "55"), "designated_supplier", "168000"),
            label="scam", st="fake_order", expect="block", ref="wj",
            sig=["institution_claim", "designated_supplier", "off_catalogue_item", "fake_payment_proof",
                 "contact_im_only", "large_first_order", "new_customer"],
            note="A 'paramilitary logistics office' orders 3,000 training suits plus boots from its chosen shop, 'paid' by a screenshot, and wants us to pay the shop first.")

    t.order(T, "2026-10-14 16:40",
            C("阿拉尔市第五中学", uscc("bm:5z", "659002", "12"), "后勤处 张老师", land("0997", "bm:5z"),
              None, None, None),
            [item("冬季校服（两件套）", "1200", "套", "268")], "email",
            ("阿拉尔市第五中学（校内）", "2026-11-10"), "验收合格后由市财政国库集中支付",
            "阿拉尔市政府采购网公开招标中标（项目编号ALR-ZFCG-2026-0412），政府采购合同已在采购网公告；学校不要求任何代购或垫付。",
            ref="5z", sig=["institution_claim", "new_customer"],
            note="Hard negative: a new school's uniform order won in a published public tender, paid by the treasury after acceptance.")

    t.pay(T, "2026-10-15 12:10", V("莆田荔城区鸿捷鞋业商行", digits("bm:hongjie", 19, "6216"),
                                   "中国银行莆田分行", "corporate"),
          "168000", "代采购", "代购作训鞋3000双（武警支队订单）",
          I("im", "陈班长", wxid("bm:chen"),
            "郑经理，鞋厂说不见钱不发货，部队这边周一就要。\n我们的款在走对公流程，回单截图你也看到了，你们先把16.8万打给鸿捷鞋业，到时候一并结给你们。",
            True),
          "E7120", [], ("@wj", None, None),
          label="scam", st="fake_order", expect="block",
          sig=["im_instruction", "designated_supplier", "sales_order_linked", "fake_payment_proof",
               "urgency", "first_time_payee", "no_approval"],
          note="Sales is asked to pay 168k to the boot shop named by the fake buyer before any of the buyer's money has arrived.")

    t.pay(T, "2026-10-16 17:30", V("阿依努尔·买买提", digits("bm:ayn", 19, "621700"), CCB, "personal"),
          "5860", "工资", "9月计件工资补发（员工：阿依努尔·买买提）",
          erp("王芳", DD + "缝纫二组阿依努尔·买买提原工资卡为农信卡，本人10月14日在钉钉人事自助提交工资卡变更（人脸识别、上传银行卡），"
              "人事核对身份证与新卡户名一致；9月计件工资因原卡销户退回，本次单独补发"),
          "E7130", ["E7102"],
          sig=["payroll_change", "personal_account", "first_time_payee"],
          note="Hard negative: a worker's returned wage re-paid to her own new card, changed through HR self-service with identity checks.")

    t.pay(T, "2026-10-19 11:45", V("马秀兰", digits("bm:mxl", 19, "623157"), "阿拉尔农村商业银行", "personal"),
          "52460", "工资",
          "9月缝纫三组计件工资（员工：马秀兰、古丽巴哈尔·艾买提、张玉芬、热孜万古丽·吐尔逊、李红、阿米娜·吾守尔、"
          "王秀珍、帕丽旦·买买提、刘春燕、努尔古丽·艾力、赵桂香，11人）",
          I("im", "马秀兰（三组组长，新微信）", wxid("bm:mxl-new"),
            "王姐，我手机丢了用新微信。我们三组11个人9月的计件工资这次都打我这张卡，\n我领了再分给大家，组里好几个人的卡打不进去。"),
          "E7130", ["E7102"],
          label="scam", st="fake_salary", expect="block",
          sig=["im_instruction", "new_contact", "payroll_change", "payee_shared_by_employees",
               "personal_account", "first_time_payee"],
          note="A 'new WeChat' of a line leader asks that eleven piece-rate workers' wages all go to one card.")

    t.pay(T, "2026-10-20 12:30", power, "52140", "电费", "9月电费",
          erp("米娜瓦尔·阿不都", DD + "9月电费｜第一师电力公司｜户号6590020115"),
          "E7105", ["E7102"], (None, None, invno("bm:power-1020")),
          note="Routine: September electricity.")

    t.pay(T, "2026-10-21 16:15", V("广州穗丰纺织品贸易有限公司", digits("bm:suifeng", 19, "3602"),
                                   "中国工商银行广州中大支行", "corporate"),
          "260000", "定金", "冬装面料定金",
          I("im", "周卫东", wxid("bm:zhou-fake"),
            "米娜瓦尔，我换了个威信号，老号在广州登不上了，以后用这个联系。\n"
            "现在建行账上还有多少钱？截图给我看一下。\n"
            "（米娜瓦尔：周总，建行可用186万）\n"
            "好。中大市场这批摇粒绒面料很抢手，先付26万定金给广州穗丰纺织品贸易，审批等我回去补，我这边谈事不方便接电话。",
            True),
          "E7105", [],
          label="scam", st="boss_impersonation", expect="block",
          sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "deposit_words",
               "bypass_process", "cannot_call", "urgency", "evasion_homophone", "first_time_payee",
               "no_approval"],
          note="A fake chairman on a 'new WeChat' (spelt with a homophone) probes the balance and orders a 260k fabric deposit to a new Guangzhou trader.")

    t.pay(T, "2026-10-22 11:20", V("阿拉尔市第五中学", digits("bm:5z-acct", 19, "6505"), CCB, "corporate",
                                   "V-BM09", land("0997", "bm:5z")),
          "16080", "保证金", "冬季校服政府采购合同履约保证金（5%）",
          erp("刘婷", DD + "按政府采购合同ALR-ZFCG-2026-0412第八条，履约保证金为合同金额5%，交至采购人阿拉尔市第五中学在合同中载明的对公账户，"
              "验收合格后无息退还；账户已与采购网公告核对"),
          "E7103", ["E7102", "E7101"], ("@5z", "ALR-ZFCG-2026-0412", None),
          sig=["deposit_words", "institution_claim", "first_time_payee"],
          note="Hard negative: a 5% performance bond to the school's own account named in the published procurement contract.")

    t.pay(T, "2026-10-23 15:50", V("新疆锦秀商贸有限公司", digits("bm:jinxiu-fake", 17, "30"),
                                   "中国农业银行昌吉分行", "corporate", "V-BM02", land("0991", "bm:jinxiu")),
          "46700", "货款", "辅料款（纽扣、拉链、洗水标）",
          I("im", "锦绣辅料 财务小张", wxid("bm:jinxiu-zhang"),
            "黄姐好，我们公司重组了，以后辅料款都由关联公司新疆锦秀商贸收，盖章变更函扫描件发你了。\n原农行账户月底注销，这次的款请打新账户。"),
          "E7110", ["E7102"], (None, "BM-CG-2026-008", invno("bm:jinxiu-1023")),
          changed="2026-10-20 18:10",
          label="scam", st="account_change", expect="block",
          sig=["im_instruction", "account_change_words", "payee_name_mismatch", "account_changed_recent",
               "first_time_payee"],
          note="After a WeChat 'restructuring' notice the trims supplier's payee became a near-namesake company, first paid three days later.")

    t.pay(T, "2026-10-26 12:40", V("上海锦衣服饰有限公司", digits("bm:jy-acct", 19, "3100"),
                                   "中国工商银行上海浦东分行", "corporate"),
          "12720", "退款", "8月订单次品退货款（原路退回）",
          erp("刘婷", DD + "锦衣服饰8月T恤订单中480件印花偏色退货，已入库（入库单RK-1023-02）；客户货款9月已全额到账（建行回单），"
              "按480件×26.50元原路退回其付款账户"),
          "E7103", ["E7102"], ("@jy", None, None),
          sig=["refund_words", "first_time_payee"],
          note="Hard negative: a refund for returned defective T-shirts to the established customer's own paying account.")

    t.pay(T, "2026-10-27 11:05", V("新疆兵团市场监管资金监管中心", digits("bm:fake-smr", 19, "6217"),
                                   "中国银行乌鲁木齐分行", "corporate"),
          "300000", "保证金", "資金核查保證金",
          I("phone", "兵团市场监管局纤维检验稽查 刘警官", mobile("bm:liu-fake", "53"),
            "（電話記錄）你們送檢的工裝纖維含量與標識不符，涉嫌以次充好，案件已移交經偵。"
            "為配合調查，今天把30萬貨款轉入監管帳戶做資金核查，查清後全額退回。此事保密，不要告訴你們老闆。", True),
          "E7105", [],
          label="scam", st="authority_impersonation", expect="block",
          sig=["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency",
               "evasion_traditional", "first_time_payee", "no_approval"],
          note="A fake market-regulation fibre inspector, in traditional characters, wants 300k moved to a 'supervised account' for fund verification.")

    t.pay(T, "2026-10-28 16:30", logi, "21300", "运费", "9月成品外运运费",
          erp("米娜瓦尔·阿不都", DD + "9月成品外运运费｜通达物流｜合同BM-WL-2026-001"),
          "E7105", ["E7102"], (None, "BM-WL-2026-001", invno("bm:logi-1028")),
          note="Routine: September outbound freight.")

    t.pay(T, "2026-10-29 12:15", fibre, "6900", "检验费", "中小学生校服强制性检验费",
          erp("米娜瓦尔·阿不都", DD + "按GB/T 31888及市教育局要求，冬季校服批次送阿拉尔市纤维质量检验所检验（委托单WT-2026-0877），"
              "检验所对公账户与往来档案一致"),
          "E7105", ["E7102"], (None, None, invno("bm:fibre-1029")),
          sig=["authority_words"],
          note="Hard negative: mandatory school-uniform testing fee to the city fibre inspection institute's account on file.")

    t.pay(T, "2026-10-30 11:50", V("林晓东", digits("bm:lxd", 19, "621483"), "招商银行福州五四支行", "personal"),
          "8800", "借支", "仓管陈雪借支",
          I("im", "陈雪", wxid("bm:chenxue"),
            "黄姐，帮我借支8800，直接转到这个卡上（林晓东）。\n"
            "我在做唰单返力，前面几单都到了，这单卡住了，导师说再冲值8800就能连本带返力一起提出来，月底工资扣回。"),
          "E7151", ["E7102"],
          label="scam", st="task_rebate", expect="block",
          sig=["im_instruction", "task_rebate_words", "topup_words", "evasion_homophone", "personal_account",
               "first_time_payee"],
          note="A warehouse clerk, writing the scheme's words with homophones, asks for an advance paid to the scheme's card.")

    t.order(T, "2026-11-02 11:35",
            C("乌鲁木齐天山工装集团有限公司", uscc("bm:ts-fake", "650102"), "马经理", mobile("bm:ts-fake", "53"),
              "tianshan_gz@163.com", wxid("bm:ts-fake"), None),
            [item("冬季棉服工装", "8000", "套", "215")], "im",
            ("霍尔果斯市某物流园区3号仓", "2026-11-12"), "货到60天付款",
            "我们是天山工装集团新成立的采购部，以后统一从这里下单。价格按你们给天山工装的报价，先发8000套到霍尔果斯物流园转运，60天账期。",
            label="scam", st="fake_purchaser", expect="flag",
            sig=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested",
                 "far_delivery", "contact_im_only", "new_customer"],
            note="A lookalike of the established workwear customer orders 8,000 winter suits on 60-day credit to a border logistics park.")

    t.order(T, "2026-11-03 17:10", c_ts, [item("冬季棉服工装", "2000", "套", "215")], "im",
            ("乌鲁木齐市米东区天山工装仓库", "2026-11-20"), "款到发货",
            "天山工装采购马丽微信下单（与客户档案联系人、微信一致），年度合同TS-2026-07价格，款到发货。",
            sig=["contact_im_only"],
            note="Hard negative: the established customer's usual buyer orders by WeChat from the account on file, cash before shipment.")

    t.pay(T, "2026-11-04 12:25", V("吴海波", digits("bm:whb", 19, "622202"), "中国工商银行乌鲁木齐新市区支行",
                                   "personal"),
          "36000", "服务费", "贷款手续费",
          I("im", "小吴（快易贷客户经理）", wxid("bm:whb"),
            "黄主管，贵公司200万流动资金贷款已审批放款，但财务填写的收款卡号有误，资金被系统冻结。\n"
            "需缴纳贷款金额1.8%的解 冻 金36000元到专员吴海波账户，解 冻后连同贷款一起退回，今天17点前办理。", True),
          "E7102", ["E7101"],
          label="scam", st="advance_fee", expect="block",
          sig=["im_instruction", "loan_fee_words", "urgency", "evasion_spacing", "personal_account",
               "first_time_payee"],
          note="A fake loan agent claims the loan is frozen by a typo and asks for a spaced-out 'unfreezing fee' to a personal card.")

    t.pay(T, "2026-11-05 11:40", tahe, "452400", "货款", "纯棉斜纹布（冬装面料）",
          erp("米娜瓦尔·阿不都", DD + "纯棉斜纹布53600米｜塔河纺织｜合同BM-CG-2026-021"),
          "E7105", ["E7102"], (None, "BM-CG-2026-021", invno("bm:tahe-1105")),
          note="Routine: twill from the local mill.")

    t.pay(T, "2026-11-06 16:45", huamei, "215600", "货款", "精梳府绸面料款",
          erp("米娜瓦尔·阿不都", DD + "精梳府绸面料｜华美面料｜合同BM-CG-2026-012"),
          "E7105", ["E7102", "E7101"], (None, "BM-CG-2026-012", inv_huamei),
          label="scam", st="fake_invoice", expect="block",
          sig=["duplicate_invoice"],
          note="Structural only: the August poplin invoice, paid on 28 August, comes back for payment.")

    t.pay(T, "2026-11-09 12:10", payroll, "1046320", "工资", "10月计件工资代发（312人）",
          erp("刘婷", DD + "10月计件工资代发312人，计件统计表车间、人事已核"),
          "E7103", ["E7102", "E7101"],
          note="Routine: October piece-rate payroll.")

    t.pay(T, "2026-11-10 11:25", V("艾克拜尔·买买提", digits("bm:akbr", 19, "623157"), "阿拉尔农村商业银行",
                                   "personal"),
          "6420", "工资", "10月计件工资（员工：古丽米拉·吐尔洪）",
          I("im", "古丽米拉（新号）", wxid("bm:glml-new"),
            "王姐，我yhk丢了还没补办，这个月计件工资先打到我表哥艾克拜尔·买买提的卡上，我找他拿。"),
          "E7130", ["E7102"],
          label="scam", st="fake_salary", expect="block",
          sig=["im_instruction", "new_contact", "payroll_change", "payee_not_employee", "evasion_pinyin",
               "personal_account", "first_time_payee"],
          note="A 'new number' of a sewing worker asks, with a pinyin abbreviation, that her wage go to a 'cousin's' card.")

    t.pay(T, "2026-11-11 16:20", V("陈立新", digits("bm:clx", 19, "621700"), "中国建设银行杭州分行", "personal"),
          "18000", "劳务费", "外聘版师冬装制版劳务费（已代扣个税）",
          erp("刘婷", DD + "外聘杭州版师陈立新为冬季工装制版12款，劳务合同BM-LW-2026-03，已代扣个人所得税，收款卡户名与身份证一致"),
          "E7103", ["E7102"], (None, "BM-LW-2026-03", None),
          sig=["personal_account", "first_time_payee"],
          note="Hard negative: a labour fee to a freelance pattern maker's own card under a signed contract.")

    t.pay(T, "2026-11-12 12:35", V("上海耀动体育用品供应链有限公司", digits("bm:yaodong", 19, "3100"),
                                   "中国银行上海闵行支行", "corporate"),
          "80000", "保证金", "OEM合作保证金及供应商入围费",
          erp("郑凯", DD + "上海耀动称已为我司内定某运动品牌华东区5万件T恤代工订单，签约前须交合作保证金5万元及供应商入围费3万元，"
              "合同须到其上海办公室签订（企查查：该公司2026年8月成立，注册资本10万元）"),
          "E7120", ["E7101"], (None, "YD-OEM-2026-011", None),
          label="scam", st="contract_fraud", expect="flag",
          sig=["bigproject_words", "deposit_words", "fee_asked_of_seller", "shell_company", "first_time_payee"],
          note="A three-month-old 'supply-chain' firm sells a big-brand OEM slot for a cooperation deposit and a vendor listing fee.")

    t.pay(T, "2026-11-13 11:15", V("阿拉尔市公共资源交易中心（投标保证金专户）", digits("bm:ggzy", 19, "6505"), CCB,
                                   "corporate"),
          "20000", "保证金", "第一师医院职工工装采购项目投标保证金",
          erp("刘婷", DD + "招标公告（项目编号ALR-GGZY-2026-1106）载明投标保证金2万元交至公共资源交易中心投标保证金专户，"
              "账户与公告一致，未中标全额退还"),
          "E7103", ["E7102", "E7101"], (None, "ALR-GGZY-2026-1106", None),
          sig=["deposit_words", "first_time_payee"],
          note="Hard negative: a tender deposit to the public resource trading centre's account named in the announcement.")

    t.pay(T, "2026-11-16 17:40", V("新疆汇才人力资源服务有限公司", digits("bm:huicai", 19, "6228"),
                                   "中国农业银行乌鲁木齐分行", "corporate"),
          "3600", "服务费", "冬季稳岗补贴申报服务费",
          I("email", "阿拉尔人社局社保科", "alr_rsj_sbk@163.com",
            "各用工单位：\n根据人社部、财政部关于2026年冬季稳岗补贴的通知，贵单位可为312名职工申领每人800元劳动补贴。\n"
            "请于48小时内扫描附件二维码登记并缴纳申报服务费3600元，逾期视为放弃。收到请勿声张，以免影响名额。", True),
          "E7130", ["E7102"],
          label="scam", st="fake_salary", expect="flag",
          sig=["email_instruction", "free_mail", "subsidy_words", "authority_words", "fee_words", "urgency",
               "secrecy_words", "first_time_payee"],
          note="A free-mail 'labour bureau' notice offers a per-worker winter subsidy for a QR registration and a service fee.")

    t.pay(T, "2026-11-17 12:05", V("国家金库阿拉尔市支库", digits("bm:gk", 19, "6590"), "国家金库阿拉尔市支库", "corporate"),
          "286430.18", "社保费", "10月社会保险费（电子税务局申报）",
          erp("刘婷", DD + "10月社会保险费经电子税务局申报，三方协议扣款前备付。\n"
              "附：失业保险稳岗返还4.6万元已由人社部门直接拨入公司基本户，无需缴纳任何费用"),
          "E7103", ["E7102"],
          sig=["subsidy_words", "authority_words", "first_time_payee"],
          note="Hard negative: social insurance paid to the treasury through the tax portal, with a note that the real job-stability refund arrived by itself.")

    t.order(T, "2026-11-18 11:50",
            C("喀什亿隆商贸有限公司", uscc("bm:yilong", "653101"), "阿里木", mobile("bm:yilong", "56"), None,
              wxid("bm:yilong"), None),
            [item("男式工装夹克", "2000", "件", "138")], "im",
            ("喀什市某商贸城仓库", "2026-11-25"), "款到发货",
            "货款我让三个朋友的卡分别转给你们了，一共转了30万，多出来的2.4万等我告诉你们打到哪里。",
            label="scam", st="overpayment_refund", expect="flag",
            sig=["third_party_payer", "overpayment", "contact_im_only", "new_customer"],
            note="A new wholesaler 'pays' through three friends' cards, overpays by 24k and promises to say later where the excess should go.")

    t.pay(T, "2026-11-19 16:35", sewing, "19880", "货款", "缝纫机配件（旋梭、压脚）",
          erp("米娜瓦尔·阿不都", DD + "缝纫机配件｜恒达缝纫设备"),
          "E7105", ["E7102"], (None, None, invno("bm:sewing-1119")),
          note="Routine: sewing-machine spare parts.")

    t.pay(T, "2026-11-20 12:45", V("新疆天元商业保理有限公司", digits("bm:tianyuan", 19, "3002"),
                                   "中国工商银行乌鲁木齐分行", "corporate", "V-BM10", land("0991", "bm:tianyuan")),
          "418600", "货款", "塔河纺织10月面料款（应收账款已转让天元保理）",
          erp("米娜瓦尔·阿不都", DD + "塔河纺织将10月面料款应收账款转让给天元保理，三方《应收账款转让通知书》（塔河、天元、我司三方盖章）9月28日已归档，"
              "采购徐强已回拨塔河纺织档案座机确认；本笔按通知书付至保理公司账户"),
          "E7105", ["E7102", "E7101"], (None, "BM-CG-2026-021", invno("bm:tahe-1120")),
          sig=["payee_name_mismatch", "account_change_words", "first_time_payee"],
          note="Hard negative: a fabric invoice paid to the factoring company under a three-party assignment notice confirmed with the mill.")

    t.order(T, "2026-11-23 11:30", c_jy, [item("精梳府绸衬衫（OEM）", "8000", "件", "58")], "email",
            ("上海市浦东新区锦衣服饰仓库", "2026-12-20"), "预付30%，余款发货前付清",
            "OEM常规订单，面料指定华美精梳府绸；预付30%已到账", ref="jy2",
            note="Routine: OEM shirt order from the established Shanghai brand.")

    t.pay(T, "2026-11-24 20:40", payroll, "386540", "工资", "季节性计件工返乡结算工资（118人）",
          erp("刘婷", DD + "【加急】118名季节性计件工明早包车返乡，今晚结清计件工资；工资表经车间、人事、财务三方核对，周总已审批", True),
          "E7103", ["E7102", "E7101"],
          sig=["off_hours", "urgency"],
          note="Hard negative: an evening rush payroll for seasonal workers leaving for home, through the payroll account.")

    t.order(T, "2026-11-27 11:10", c_3z, [item("冬季校服（两件套）补订", "150", "套", "245")], "im",
            ("阿拉尔市第三中学（校内）", "2026-12-15"), "验收合格后由市财政国库集中支付（原合同补充协议）",
            "郑经理，三中冬季校服补订１５０套，尺码表见附件，按原合同价２４５元／套，补充协议已盖章，款项验收后财政支付。杨老师",
            sig=["institution_claim", "contact_im_only", "evasion_fullwidth"],
            note="Hard negative: the established school's teacher tops up a uniform order by WeChat, typed with full-width digits, under the existing contract.")

    t.pay(T, "2026-12-01 16:50", huamei, "96800", "货款", "锦衣服饰指定面料（精梳府绸）采购款",
          erp("米娜瓦尔·阿不都", DD + "上海锦衣服饰衬衫订单客户指定使用华美精梳府绸（在我司合格供应商名录内），"
              "客户30%预付款已到账（建行回单），按我司采购合同BM-CG-2026-012付款"),
          "E7105", ["E7102", "E7101"], ("@jy2", "BM-CG-2026-012", invno("bm:huamei-1201")),
          sig=["designated_supplier", "sales_order_linked"],
          note="Hard negative: fabric the customer specified, bought from our own approved supplier after the customer's prepayment cleared.")

    return t
