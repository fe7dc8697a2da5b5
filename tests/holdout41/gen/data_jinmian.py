"""jinmian: 阿瓦提县金棉轧花有限公司, a seed-cotton ginning mill in Awat county, Aksu."""
from common import (Tenant, V, I, erp, C, item, TP, fee, verif, digits, mobile, land,
                    wxid, uscc, invno)

NAME = "阿瓦提县金棉轧花有限公司"
ADBC = "中国农业发展银行阿瓦提县支行"
RCC = "阿瓦提县农村信用合作联社"


def build():
    t = Tenant("jinmian", "JM", digits("jm:payer", 19, "2036529"), NAME)

    # ---- vendor master -------------------------------------------------------------
    sun = V("孙玉田", digits("jm:sun", 19, "623157"), RCC, "personal", "V-JM01",
            mobile("jm:sun", "53"))
    ahm = V("艾合买提·阿不都热依木", digits("jm:ahm", 19, "622848"), "中国农业银行阿瓦提县支行",
            "personal", "V-JM02", mobile("jm:ahm", "56"))
    ahm_new = V("古丽努尔·艾合买提", digits("jm:ahm-new", 19, "621700"), "中国建设银行喀什人民东路支行",
                "personal", "V-JM02", mobile("jm:ahm", "56"))
    he_old = V("何建军", digits("jm:he-old", 19, "621700"), "中国建设银行阿克苏分行",
               "personal", "V-JM03", mobile("jm:he", "55"))
    he_new = V("何建军", digits("jm:he-new", 19, "623157"), RCC, "personal", "V-JM03",
               mobile("jm:he", "55"))
    shunda = V("阿瓦提县顺达棉花运输有限公司", digits("jm:shunda", 17, "30"), "中国农业银行阿瓦提县支行",
               "corporate", "V-JM04", land("0997", "jm:shunda"))
    fibre = V("阿克苏地区纤维质量监测中心", digits("jm:fibre", 19, "3007"), "中国工商银行阿克苏分行",
              "corporate", "V-JM05", land("0997", "jm:fibre"))
    farmers = V(ADBC + "（棉农交售款代发专户）", digits("jm:farmers", 19, "2036529"), ADBC,
                "corporate", "V-JM06", None)
    power = V("国网新疆电力有限公司阿瓦提县供电公司", digits("jm:power", 19, "3007"),
              "中国工商银行阿瓦提县支行", "corporate", "V-JM07", land("0997", "jm:power"))
    pack = V("阿克苏丰源包装材料有限公司", digits("jm:pack", 17, "30"), "中国农业银行阿克苏分行",
             "corporate", "V-JM08", land("0997", "jm:pack"))
    payroll = V(ADBC + "（代发工资专户）", digits("jm:payroll", 19, "2036529"), ADBC,
                "corporate", "V-JM09", None)
    store = V("阿克苏棉麻储运有限公司", digits("jm:store", 17, "30"), "中国农业银行阿克苏分行",
              "corporate", "V-JM10", land("0997", "jm:store"))
    coop = V("阿瓦提县丰收棉花种植农民专业合作社", digits("jm:coop", 18, "8807"), RCC,
             "corporate", "V-JM11", mobile("jm:coop", "55"))
    loan = V(ADBC + "（贷款收息专户）", digits("jm:loan", 19, "2036529"), ADBC,
             "corporate", "V-JM13", land("0997", "jm:adbc"))

    cust_nt = C("南通江海棉纺有限公司", uscc("jm:nt", "320600"), "顾红梅", land("0513", "jm:nt"),
                "caigou@jianghaimf.com", None, "C-JM01")
    cust_bz = C("巴州天山纺纱有限公司", uscc("jm:bz", "652801"), "吴刚", land("0996", "jm:bz"),
                "yl@tsfangsha.com", None, "C-JM02")

    H, T = "history", "test"
    K3 = "金蝶K3付款申请单："

    # ---- history (executed) --------------------------------------------------------
    inv_shunda = invno("jm:shunda-0909")
    t.pay(H, "2026-08-24 11:20", pack, "86400", "货款", "棉包包装布及打包带（新年度备料）",
          erp("阿依古丽·吐尔逊", K3 + "棉包包装布12000条、PET打包带8吨｜丰源包装｜合同JM-CG-2026-011｜发票"
              + invno("jm:pack-0824")),
          "E3105", ["E3102"], (None, "JM-CG-2026-011", invno("jm:pack-0824")),
          note="Routine: bale wrap and strapping bought before the ginning season.")
    t.pay(H, "2026-08-25 16:40", power, "38600", "电费", "8月电费（设备检修试车）",
          erp("阿依古丽·吐尔逊", K3 + "8月电费｜阿瓦提县供电公司｜户号6529280047"),
          "E3105", ["E3102"], (None, None, invno("jm:power-0825")),
          note="Routine: August electricity during pre-season test runs.")
    t.pay(H, "2026-08-26 12:10", sun, "200000", "收购预付款", "经纪人孙玉田英艾日克收购点首笔预付款",
          erp("王海涛", K3 + "经纪人收购预付款｜孙玉田（英艾日克镇收购点）｜协议JM-JJ-2026-01｜按周凭过磅单核销"),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-01", None),
          note="Routine: first season advance to a regular cotton broker under his broker agreement.")
    t.pay(H, "2026-08-27 17:05", ahm, "150000", "收购预付款", "经纪人艾合买提阿依巴格收购点首笔预付款",
          erp("王海涛", K3 + "经纪人收购预付款｜艾合买提·阿不都热依木（阿依巴格乡收购点）｜协议JM-JJ-2026-02"),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-02", None),
          note="Routine: first season advance to a second regular broker.")
    t.pay(H, "2026-08-28 11:45", he_old, "120000", "收购预付款", "经纪人何建军多浪乡收购点首笔预付款",
          erp("王海涛", K3 + "经纪人收购预付款｜何建军（多浪乡收购点）｜协议JM-JJ-2026-03"),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-03", None),
          note="Routine: first season advance to a third regular broker, to his old card.")
    t.order(H, "2026-08-31 15:30", cust_nt,
            [item("2025年度机采皮棉（3129B，库存）", "96", "吨", "14650")], "erp",
            ("江苏省南通市通州区江海棉纺厂原料库", "2026-09-10"), "款到发货",
            "清库存，买方已付全款，专业监管库出库，公检证书随货", ref="nt1",
            note="Routine: sale of last season's lint stock to an established Nantong spinner.")
    t.pay(H, "2026-09-01 12:20", loan, "412500", "利息", "棉花收购贷款第三季度利息",
          erp("李娜", K3 + "农发行收购贷款利息（借款合同ADBC-AWT-2025-017）｜系统扣息前备付"),
          "E3103", ["E3102"], (None, "ADBC-AWT-2025-017", None),
          note="Routine: quarterly interest on the cotton-purchase loan from the policy bank.")
    t.pay(H, "2026-09-02 16:10", fibre, "6800", "检验费", "在线回潮仪年度比对检验费",
          erp("阿依古丽·吐尔逊", K3 + "2026年度籽棉回潮仪、皮棉在线回潮仪比对检验｜地区纤维质量监测中心｜发票"
              + invno("jm:fibre-0902")),
          "E3105", ["E3102"], (None, None, invno("jm:fibre-0902")),
          note="Routine: annual moisture-meter comparison test fee to the prefecture fibre inspection centre.")
    t.pay(H, "2026-09-04 11:30", store, "27350", "仓储费", "2025年度皮棉监管库仓储费（7-8月）",
          erp("阿依古丽·吐尔逊", K3 + "专业监管仓库仓储费｜棉麻储运｜合同JM-CC-2025-004"),
          "E3105", ["E3102"], (None, "JM-CC-2025-004", invno("jm:store-0904")),
          note="Routine: storage fee at the supervised lint warehouse.")
    t.pay(H, "2026-09-07 18:20", payroll, "386420", "工资", "8月工资代发（62人）",
          erp("李娜", K3 + "8月工资代发62人，工资表人事已审核"),
          "E3103", ["E3102", "E3101"], (None, None, None),
          note="Routine: August payroll through the bank payroll account.")
    t.pay(H, "2026-09-09 12:40", shunda, "54600", "运费", "8月皮棉外运运费（阿瓦提—库尔勒）",
          erp("阿依古丽·吐尔逊", K3 + "8月皮棉外运运费｜顺达运输｜合同JM-WL-2026-002｜发票" + inv_shunda),
          "E3105", ["E3102"], (None, "JM-WL-2026-002", inv_shunda),
          note="Routine: lint haulage to the regular carrier.")
    t.order(H, "2026-09-11 17:30", cust_bz,
            [item("2025年度机采皮棉（2129B，库存）", "60", "吨", "14520")], "erp",
            ("巴州库尔勒市经济技术开发区天山纺纱原料库", "2026-09-18"), "款到发货",
            "款已到账，按公检批号出库", ref="bz1",
            note="Routine: lint stock sale to an established Korla spinner.")
    t.pay(H, "2026-09-15 11:10", he_new, "1.00", "验证打款", "何建军新卡小额验证",
          erp("王海涛", K3 + "何建军原建行卡丢失，9月14日本人持身份证到公司办理收款卡变更，已按档案留存号码回拨确认；新卡小额验证1元"),
          "E3110", ["E3102"], (None, "JM-JJ-2026-03", None), changed="2026-09-14 16:20",
          verification=verif(mobile("jm:he", "55"), "E3102", "2026-09-14 17:05"),
          note="Routine: one-yuan test payment to a broker's new card after an in-person change and call-back.")
    t.pay(H, "2026-09-16 13:25", farmers, "1286400", "籽棉款", "第1批棉农交售款代发（214户，手摘棉）",
          erp("王海涛", K3 + "第1批棉农交售款：214户，过磅单GB-0910-0001至GB-0915-0388，明细表已核"),
          "E3110", ["E3102", "E3101"], (None, None, None),
          note="Routine: first batch of seed-cotton payments to farmers through the policy-bank payout account.")
    t.pay(H, "2026-09-17 16:45", coop, "468000", "籽棉款", "丰收合作社交售籽棉款（75吨）",
          erp("王海涛", K3 + "丰收合作社交售籽棉75吨（过磅单GB-0916-0402至0431）｜合作社对公账户"),
          "E3110", ["E3102", "E3101"], (None, "JM-SG-2026-008", None),
          note="Routine: seed cotton bought from a farmers' cooperative, paid to its corporate account.")

    # ---- test ----------------------------------------------------------------------
    t.pay(T, "2026-10-12 11:40", farmers, "3862750", "籽棉款", "第6批棉农交售款代发（538户，机采棉）",
          erp("王海涛", K3 + "第6批棉农交售款：538户，过磅单GB-1006-2210至GB-1011-3390，扣水扣杂已按化验单执行"),
          "E3110", ["E3102", "E3101"],
          note="Routine: a peak-season batch of farmer payments through the payout account.")

    t.pay(T, "2026-10-13 12:15", he_new, "300000", "收购预付款", "经纪人何建军多浪乡收购点第二笔预付款",
          erp("王海涛", K3 + "经纪人收购预付款｜何建军（多浪乡收购点）｜协议JM-JJ-2026-03｜上笔预付款已凭过磅单核销完毕"),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-03", None), changed="2026-09-14 16:20",
          sig=["account_changed_recent", "personal_account"],
          note="Hard negative: advance to a broker's card changed four weeks ago in person, call-back verified and already test-paid.")

    t.pay(T, "2026-10-15 16:20", V("买买提·吐尔逊", digits("jm:mmt", 19, "623157"), RCC, "personal"),
          "38427.60", "籽棉款", "吐尔逊·尼亚孜交售籽棉款（委托其子代收）",
          erp("王海涛", K3 + "棉农吐尔逊·尼亚孜（72岁，无银行卡）交售籽棉：过磅单GB-1014-2876 毛重6402kg 扣水杂204kg 净重6198kg×6.20元/kg\n"
              "附：本人签字按手印的《代收棉款委托书》、村委会证明、父子身份证及户口本复印件"),
          "E3110", ["E3102"],
          sig=["personal_account", "first_time_payee", "payee_name_mismatch"],
          note="Hard negative: an elderly farmer's cotton money paid to his son under a signed entrustment certified by the village committee.")

    t.pay(T, "2026-10-16 11:50", ahm_new, "260000", "收购预付款", "经纪人艾合买提收购预付款（新卡）",
          I("im", "艾合买提（新微信）", wxid("jm:ahm-fake"),
            "王经理，我艾合买提，原来那个号被盗了，加这个新号。\n"
            "我农行卡在喀什被银行风控了，收购点流水太大，暂时用不了。\n"
            "今天的预付款打到我老婆古丽努尔的建行卡上，卡号发你了，收购点农民排队等钱，急！",
            True),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-02", None), changed="2026-10-14 15:30",
          label="scam", st="account_change", expect="block",
          sig=["im_instruction", "new_contact", "account_change_words", "payee_name_mismatch",
               "unusual_bank_region", "urgency", "account_changed_recent", "first_time_payee",
               "personal_account"],
          note="A broker's 'new WeChat' had his card switched in the vendor master to his 'wife's' Kashgar card two days before this advance.")

    t.pay(T, "2026-10-17 21:40", V("阿克苏鑫达棉业有限公司", digits("jm:xinda", 19, "6505"),
                                   "中国建设银行乌鲁木齐新华南路支行", "corporate"),
          "480000", "定金", "机采籽棉定金",
          I("im", "马立军", "微信群：金棉收购调度群（当日新建）",
            "马立军：阿依古丽，农发行收购资金户现在可用余额多少？截个图发群里\n"
            "阿依古丽·吐尔逊：马总，可用２１３万\n"
            "马立军：沙雅那边有一批机采籽棉今晚不定就被别人抢了，先付４８万定金给阿克苏鑫达棉业，账号我发你，审批我明天回来补，我在跟县里开会不方便接电话",
            True),
          "E3105", [],
          label="scam", st="boss_impersonation", expect="block",
          sig=["im_instruction", "new_contact", "boss_role", "balance_probe", "bypass_process",
               "cannot_call", "deposit_words", "urgency", "evasion_fullwidth", "first_time_payee",
               "no_approval", "off_hours"],
          note="On a Saturday night in the busy season a fake chairman in a same-day group asks the cashier for the purchase-account balance, then a 480k deposit to an unknown cotton firm.")

    t.pay(T, "2026-10-19 12:30", power, "168900", "电费", "9月电费（轧花生产）",
          erp("阿依古丽·吐尔逊", K3 + "9月电费｜阿瓦提县供电公司｜户号6529280047"),
          "E3105", ["E3102"], (None, None, invno("jm:power-1019")),
          note="Routine: September electricity for ginning.")

    t.pay(T, "2026-10-20 17:15", fibre, "12600", "检验费", "皮棉质量抽查复检及仪器化检验配合费",
          erp("阿依古丽·吐尔逊", K3 + "地区纤维质量监测中心《监督抽查结果通知书》：我公司10月批次皮棉回潮率复检合格；"
              "按中心收费通知缴纳复检费及仪器化检验配合费｜对公账户与档案一致｜发票" + invno("jm:fibre-1020")),
          "E3105", ["E3102"], (None, None, invno("jm:fibre-1020")),
          sig=["authority_words"],
          note="Hard negative: re-test fee after a quality spot check, paid to the fibre inspection centre's own account on file against its written notice.")

    t.pay(T, "2026-10-21 10:50", V("新疆纤检专项资金监管中心", digits("jm:fake-fibre", 19, "6217"),
                                   "中国银行乌鲁木齐北京路支行", "corporate"),
          "500000", "保证金", "资金核查保证金",
          I("phone", "自治区纤维质量监测中心稽查处 李处长", mobile("jm:fake-li", "56"),
            "（电话记录）你们厂10月公检批次异性纤维和回潮率严重超标，涉嫌掺杂使假，资格要暂停、收购贷款要冻结。"
            "为证明收购资金来源合法，今天之内把50万转入纤检专项监管账户做资金核查，三天后原路退回。此事保密，不要告诉其他人。",
            True),
          "E3105", [],
          label="scam", st="authority_impersonation", expect="block",
          sig=["phone_instruction", "authority_words", "safe_account_words", "secrecy_words",
               "urgency", "first_time_payee", "no_approval"],
          note="A fake fibre-inspection official threatens suspension and asks for 500k in a 'supervised account' for fund verification.")

    t.pay(T, "2026-10-22 11:35", V("新疆农业融资担保有限公司阿克苏分公司", digits("jm:guar", 19, "2036529"),
                                   ADBC, "corporate", "V-JM14", land("0997", "jm:guar")),
          "96000", "担保费", "2026年度棉花收购贷款担保费（1200万×0.8%）",
          erp("李娜", K3 + "农发行2026年度收购贷款1200万元已签约（借款合同ADBC-AWT-2026-009）；"
              "按担保合同DB-AKS-2026-031第五条支付担保费0.8%，担保公司持有融资担保业务经营许可证"),
          "E3103", ["E3102", "E3101"], (None, "DB-AKS-2026-031", invno("jm:guar-1022")),
          sig=["loan_fee_words", "first_time_payee"],
          note="Hard negative: guarantee fee for the season's purchase loan to a licensed guarantee company, after the loan contract was signed.")

    t.pay(T, "2026-10-23 15:40", V("喀什恒利通商贸有限公司", digits("jm:hlt", 19, "6217"),
                                   "中国银行喀什分行", "corporate"),
          "851400", "往来款", "代付棉款",
          I("im", "王德福（丰收合作社理事长）", wxid("jm:wdf"),
            "王经理，帮个忙：我一个老板朋友今天往你们公司打86万，备注籽棉款，\n"
            "你们收到后当天转给喀什恒利通商贸851400，剩下8600算你们手续费。\n"
            "他们公司账户额度满了，借你们公户走一下账，合作社和你们多年关系，放心。",
            True),
          "E3110", ["E3102"],
          label="scam", st="account_lending", expect="block",
          sig=["im_instruction", "account_lending_words", "in_out_match", "fee_words",
               "vague_memo", "first_time_payee"],
          note="A cooperative head relays an offer to pass 860k through the gin's account and forward it the same day, keeping 1% as a fee.")

    t.pay(T, "2026-10-24 20:45", farmers, "5124380", "籽棉款", "第8批棉农交售款代发（712户，机采棉）",
          erp("王海涛", K3 + "【加急】收购高峰，712户交售款今晚发放，过磅单GB-1020-4100至GB-1024-5233，马总已在系统审批",
              True),
          "E3110", ["E3102", "E3101"],
          sig=["off_hours", "urgency", "large_vs_usual"],
          note="Hard negative: a record Saturday-night batch of farmer payments at the peak of the harvest, approved in the system.")

    t.pay(T, "2026-10-26 12:05", V("陈志飞", digits("jm:czf", 19, "621483"), "招商银行深圳科苑支行",
                                   "personal"),
          "18800", "借支", "季节工张晓燕借支",
          I("im", "张晓燕", wxid("jm:zxy"),
            "陈姐，我想借支18800，家里急用，麻烦直接转到这个卡上（陈志飞），\n"
            "我在做的点赞任务卡单了，要再充值18800才能把前面的本金和返利一起提现，提出来马上还公司。",
            True),
          "E3141", ["E3102"],
          label="scam", st="task_rebate", expect="block",
          sig=["im_instruction", "task_rebate_words", "topup_words", "urgency", "personal_account",
               "first_time_payee"],
          note="A seasonal weighing clerk caught in a 'like-task' scheme asks for a wage advance paid straight to the scheme's personal card.")

    t.pay(T, "2026-10-27 16:30", sun, "600000", "收购预付款", "经纪人孙玉田收购点追加预付款",
          erp("王海涛", K3 + "孙玉田英艾日克收购点日收籽棉已超120吨，前两笔预付款已凭过磅单全部核销；"
              "按协议JM-JJ-2026-01追加预付款60万，原卡收款", True),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-01", None),
          sig=["personal_account", "urgency", "large_vs_usual"],
          note="Hard negative: a large urgent top-up advance to a regular broker's long-standing card once earlier advances were cleared by weighing slips.")

    t.order(T, "2026-10-28 11:10",
            C("江苏南通江海棉纺织有限公司", uscc("jm:fake-nt", "320600"), "顾经理", mobile("jm:fake-nt", "55"),
              "jianghai_mf@163.com", wxid("jm:fake-nt"), None),
            [item("2026年度机采皮棉（3128B）", "500", "吨", "14980")], "im",
            ("河南省郑州市中牟县某物流园B区", "2026-11-02"), "货到60天付款",
            "我们是江海棉纺的新采购，今年在河南新开纺纱车间，价格按你们报的不用谈，先发500吨到郑州物流园，60天账期。",
            label="scam", st="fake_purchaser", expect="flag",
            sig=["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested",
                 "far_delivery", "contact_im_only", "new_customer"],
            note="A name two characters off an established Nantong customer orders 500 t of lint on 60-day credit for a Zhengzhou logistics park.")

    t.pay(T, "2026-10-29 17:50", V("阿不都热合曼·买合木提", digits("jm:abdr", 19, "623157"), RCC, "personal"),
          "2316.94", "籽棉款", "复检后补付多扣水杂款",
          erp("王海涛", K3 + "棉农阿不都热合曼·买合木提对10月21日过磅单GB-1021-4388回潮率有异议，留样经地区纤检中心复检，"
              "回潮率由13.2%改判为11.4%，补付多扣的373.7kg籽棉款（×6.20元/kg），打入其交售时的本人卡"),
          "E3110", ["E3102"],
          sig=["refund_words", "personal_account", "first_time_payee"],
          note="Hard negative: a moisture-deduction correction paid to the farmer's own card after an official re-test.")

    t.pay(T, "2026-10-30 12:45", shunda, "54600", "运费", "皮棉外运运费",
          erp("阿依古丽·吐尔逊", K3 + "皮棉外运运费（阿瓦提—库尔勒）｜顺达运输｜合同JM-WL-2026-002"),
          "E3105", ["E3102"], (None, "JM-WL-2026-002", inv_shunda),
          label="scam", st="fake_invoice", expect="block",
          sig=["duplicate_invoice"],
          note="Structural only: the carrier's August invoice, already paid on 9 September, is submitted again for payment.")

    t.pay(T, "2026-11-02 11:15", pack, "124800", "货款", "棉包包装布及打包带（补货）",
          erp("阿依古丽·吐尔逊", K3 + "棉包包装布16000条、PET打包带12吨｜丰源包装｜合同JM-CG-2026-011"),
          "E3105", ["E3102"], (None, "JM-CG-2026-011", invno("jm:pack-1102")),
          note="Routine: top-up of bale wrap and strapping.")

    t.pay(T, "2026-11-03 15:20", V("新疆棉联供应链管理有限公司", digits("jm:mianlian", 19, "6228"),
                                   "中国农业银行乌鲁木齐沙依巴克支行", "corporate"),
          "86000", "手续费", "皮棉仓单质押手续费",
          I("email", "马立军", "ma.lijun.jinmian@163.com",
            "陈经理：\n我在乌鲁木齐开棉花协会的会，手机静音不方便接电话。\n"
            "皮棉仓单质押融资那边要今天付8.6万手续费给新疆棉联供应链管理有限公司，账户见下。先付，签字回去补。\n马立军",
            True),
          "E3102", [],
          label="scam", st="boss_impersonation", expect="flag",
          sig=["email_instruction", "free_mail", "boss_role", "cannot_call", "bypass_process",
               "fee_words", "urgency", "first_time_payee", "no_approval"],
          note="A free-mail message in the chairman's name orders an 86k 'warehouse-receipt pledge fee' to an unknown firm, sign-off later.")

    t.pay(T, "2026-11-04 12:30", store, "96400", "仓储费", "新棉入监管库仓储费及公检配合费（10月）",
          I("im", "马立军", "wxid_ma_lijun（通讯录）",
            "陈经理，棉麻储运那边10月的仓储费今天结一下，公检扦样排队，别让他们卡我们的棉包，\n付款单走系统，我已经在手机上批了。"),
          "E3102", ["E3101"], (None, "JM-CC-2026-004", invno("jm:store-1104")),
          sig=["im_instruction", "boss_role", "urgency"],
          note="Hard negative: the real chairman asks on WeChat for the supervised warehouse's monthly fee, the known vendor, with the request approved in the system.")

    t.pay(T, "2026-11-05 16:40", V("孙玉田", digits("jm:sun-fake", 19, "622202"), "中国工商银行阿克苏分行",
                                   "personal", None, mobile("jm:sun-fake", "56")),
          "200000", "收购预付款", "经纪人孙玉田收购预付款（工行新卡）",
          I("sms", "孙玉田", mobile("jm:sun-fake", "56"),
            "王经理我孙玉田，原来手机掉了这是新号。信用社卡挂失补办要一周，这次预付款20万先打我工行新卡，卡号发你了，收购点等着付钱。",
            True),
          "E3110", ["E3102"], (None, "JM-JJ-2026-01", None),
          label="scam", st="account_change", expect="flag",
          sig=["new_contact", "account_change_words", "urgency",
               "personal_account", "first_time_payee"],
          note="An SMS from a 'new number' of a regular broker gets this advance typed against a new card without any vendor-master change.")

    t.order(T, "2026-11-06 11:25",
            C("浙江兰溪恒美纺织有限公司", uscc("jm:lanxi", "330781"), "方建国", land("0579", "jm:lanxi"),
              "purchase@hengmeitex.com", None, None),
            [item("2026年度机采皮棉（3128B）", "300", "吨", "15020")], "email",
            ("浙江省兰溪市经济开发区恒美纺织原料仓", "2026-11-20"), "款到发货",
            "首次合作，经中国棉花协会会员名录核实。全款450.6万元已于11月5日到账（农发行收款回单已核），凭公检证书在监管库办理出库。",
            sig=["large_first_order", "new_customer"],
            note="Hard negative: a new inland spinner's large first lint order, fully prepaid and cleared before release.")

    t.pay(T, "2026-11-07 10:40", V("刘刚", digits("jm:liugang", 19, "623157"), RCC, "personal"),
          "31800", "工资", "10月季节性司磅员工资（员工：刘刚、马晓梅、艾尼瓦尔·吐尔地、王丽、阿依努尔·肉孜、赵建平，6人）",
          I("im", "刘刚（司磅班长）", wxid("jm:liugang-new"),
            "李会计，我换新微信了。司磅组6个人的10月工资这次统一打我卡上，我领了分给他们，\n他们几个都是外地来的季节工，卡在老家办的，转账不方便。"),
          "E3103", ["E3102"],
          label="scam", st="fake_salary", expect="block",
          sig=["im_instruction", "new_contact", "payroll_change", "payee_shared_by_employees",
               "off_hours", "personal_account", "first_time_payee"],
          note="A 'new WeChat' of the weighing-team leader asks that six seasonal clerks' wages all go to one card.")

    t.pay(T, "2026-11-09 12:10", payroll, "612880", "工资", "10月工资代发（98人，含季节工）",
          erp("李娜", K3 + "10月工资代发98人（含季节工36人），工资表人事已审核"),
          "E3103", ["E3102", "E3101"],
          note="Routine: October payroll including seasonal staff, through the payroll account.")

    t.pay(T, "2026-11-10 17:35", V("田永亮", digits("jm:tyl", 19, "621226"), "中国工商银行乌鲁木齐友好路支行",
                                   "personal"),
          "150000", "服务费", "收购周转贷款验资费",
          I("im", "田经理（融通金服）", wxid("jm:tyl"),
            "陈经理，500万无抵押收购周转贷款已经批了，明天放款。\n"
            "放款前按规定要做验资，验资费15万打到我们风控专员田永亮个人账户，放款时一起退还。今天下班前办好，不然额度要排到下个月。",
            True),
          "E3102", ["E3101"],
          label="scam", st="advance_fee", expect="block",
          sig=["im_instruction", "loan_fee_words", "urgency", "personal_account", "first_time_payee"],
          note="A 'lender' promises an unsecured 5m purchase loan and asks for a 150k capital-verification fee to a personal account.")

    t.pay(T, "2026-11-11 11:50", V("努尔买买提·艾力", digits("jm:nme", 19, "622848"), "中国农业银行阿瓦提县支行",
                                   "personal", "V-JM15", mobile("jm:nme", "55")),
          "100000", "收购预付款", "新签经纪人努尔买买提乌鲁却勒镇收购点首笔预付款",
          erp("王海涛", K3 + "新签经纪人努尔买买提·艾力（乌鲁却勒镇收购点）｜协议JM-JJ-2026-07已签｜"
              "本人到公司面签，身份证、银行卡原件已核，风险保证金2万元已交公司｜首笔预付款10万"),
          "E3110", ["E3102", "E3101"], (None, "JM-JJ-2026-07", None),
          sig=["personal_account", "first_time_payee"],
          note="Hard negative: first advance to a newly signed broker, vetted in person, to his own card.")

    t.order(T, "2026-11-12 16:15",
            C("绍兴柯桥瑞丰纺织有限公司", uscc("jm:ruifeng", "330603"), "许总", mobile("jm:ruifeng", "53"),
              None, wxid("jm:ruifeng"), None),
            [item("2026年度机采皮棉（3129B）", "92", "吨", "15000")], "im",
            ("浙江省绍兴市柯桥区某纺织园", "2026-11-16"), "款到发货",
            "货款138万已付，我们财务手误多打了10万（付了148万，截图发你了）。多的10万麻烦退到我们供应商绍兴聚源化纤的账户，省得来回倒。",
            TP("绍兴聚源化纤有限公司", mobile("jm:juyuan", "55"), "refund_recipient", "100000"),
            label="scam", st="overpayment_refund", expect="block",
            sig=["new_customer", "overpayment", "refund_words", "refund_to_other_account",
                 "fake_payment_proof", "contact_im_only"],
            note="A new lint buyer claims a 100k overpayment shown only by a screenshot and wants it refunded to its 'supplier'.")

    t.pay(T, "2026-11-13 11:30", V("阿克苏地区计量检定测试所", digits("jm:jiliang", 19, "3007"),
                                   "中国工商银行阿克苏分行", "corporate", "V-JM16", land("0997", "jm:jiliang")),
          "4800", "检定费", "100吨地磅强制检定费（2台）",
          erp("阿依古丽·吐尔逊", K3 + "按县市场监管局通知，收购季地磅强制检定；地区计量检定测试所出具检定证书JD-2026-1187，"
              "按其收费通知缴费，账户与检定证书上载明的对公账户一致"),
          "E3105", ["E3102"], (None, None, invno("jm:jiliang-1113")),
          sig=["authority_words", "first_time_payee"],
          note="Hard negative: mandatory weighbridge verification fee to the official metrology institute, paid against its certificate.")

    t.pay(T, "2026-11-16 12:20", V("王建成", digits("jm:wjc", 19, "621700"), "中国建设银行乌鲁木齐分行",
                                   "personal"),
          "30000", "罚款", "纤检稽查罚款",
          I("phone", "纤检所 王科长", mobile("jm:wjc", "56"),
            "（电话记录）有棉农举报你们压级压价、扣水不合理，我们要立案查处，一立案就要曝光、停止收购。"
            "念你们初犯，今天把3万罚款交到我们执法专员王建成的卡上就不立案了，这个事别跟你们老板说。",
            True),
          "E3105", ["E3102"],
          label="scam", st="authority_impersonation", expect="flag",
          sig=["phone_instruction", "authority_words", "secrecy_words", "urgency",
               "personal_account", "first_time_payee"],
          note="A fake fibre-inspection section chief threatens a case over moisture deductions unless a 30k 'fine' is paid to a personal card.")

    t.pay(T, "2026-11-17 18:05", shunda, "88200", "运费", "10月皮棉外运运费（阿瓦提—库尔勒）",
          erp("阿依古丽·吐尔逊", K3 + "10月皮棉外运运费｜顺达运输｜合同JM-WL-2026-002｜发票" + invno("jm:shunda-1117")),
          "E3105", ["E3102"], (None, "JM-WL-2026-002", invno("jm:shunda-1117")),
          note="Routine: October lint haulage.")

    t.pay(T, "2026-11-18 11:05", V("阿克苏天盛源商贸有限公司", digits("jm:tsy", 19, "6228"),
                                   "中国农业银行阿克苏分行", "corporate"),
          "620000", "往来款", "代付棉款",
          I("im", "郭老板（棉花贩运）", wxid("jm:guo"),
            "王经理，你们收购企业账上流水大不显眼，借你们公户过·账一下：\n"
            "今天下午有62万进你们账，备注籽棉款，进来马上转给阿克苏天盛源商贸，\n"
            "给你们千分之五辛苦费，细节➕v私聊。"),
          "E3110", ["E3102"],
          label="scam", st="account_lending", expect="block",
          sig=["im_instruction", "account_lending_words", "in_out_match", "fee_words", "vague_memo",
               "evasion_symbols", "first_time_payee"],
          note="A cotton trader asks to route 620k through the gin's account with symbol-broken wording and a 0.5% 'reward'.")

    t.pay(T, "2026-11-20 16:50", V("霍尔果斯中棉储备物资有限公司", digits("jm:zmcb", 19, "6217"),
                                   "中国银行霍尔果斯分行", "corporate"),
          "200000", "保证金", "储备棉轮入合作履约保证金",
          erp("陈秀英", K3 + "霍尔果斯中棉储备物资有限公司称可为我公司取得2026年度储备棉轮入指标2000吨（高于市价每吨300元），"
              "需先付履约保证金20万；合同在对方乌鲁木齐办公室签订（对方公司成立于2026年9月）"),
          "E3102", ["E3101"], (None, "ZMCB-2026-118", None),
          label="scam", st="contract_fraud", expect="flag",
          sig=["bigproject_words", "deposit_words", "fee_asked_of_seller", "shell_company",
               "first_time_payee"],
          note="A two-month-old firm posing as part of the state reserve system sells a 'reserve intake quota' for a 200k performance bond.")

    t.pay(T, "2026-11-23 11:40", V("帕提古丽·依明", digits("jm:ptgl", 19, "623157"), RCC, "personal"),
          "56214.16", "籽棉款", "依明·托乎提交售籽棉款（委托其妻代收）",
          erp("王海涛", K3 + "棉农依明·托乎提交售籽棉：过磅单GB-1120-6677、GB-1121-6702 净重9066.8kg×6.20元/kg（扣水杂已计）\n"
              "本人在库尔勒打工，已寄回签字按手印的《代收棉款委托书》，经乡政府和村委会盖章证明，委托其妻帕提古丽·依明代收"),
          "E3110", ["E3102"],
          sig=["personal_account", "first_time_payee", "payee_name_mismatch"],
          note="Hard negative: a migrant farmer's cotton money paid to his wife under a stamped written entrustment.")

    t.order(T, "2026-11-24 12:40", cust_bz,
            [item("2026年度机采皮棉（2129B）", "200", "吨", "14980")], "erp",
            ("巴州库尔勒市经济技术开发区天山纺纱原料库", "2026-12-05"), "月结30天（2026年度供货框架合同）",
            "老客户，年度框架合同HT-JM-2026-03约定月结30天，授信额度400万内",
            sig=["credit_terms_requested"],
            note="Hard negative: an established Korla spinner's lint order on the 30-day terms of its annual framework contract.")

    t.pay(T, "2026-11-27 12:10", farmers, "2934180", "籽棉款", "第15批棉农交售款代发（406户）",
          erp("王海涛", K3 + "第15批棉农交售款：406户，过磅单GB-1121-6650至GB-1126-7420"),
          "E3110", ["E3102", "E3101"],
          note="Routine: a late-season farmer payment batch.")

    t.order(T, "2026-12-01 11:30", cust_nt,
            [item("2026年度机采皮棉（3129B）", "200", "吨", "15080")], "erp",
            ("江苏省南通市通州区江海棉纺厂原料库", "2026-12-12"), "款到发货",
            "老客户常规订单，款到后按公检批号出库", ref="nt2",
            note="Routine: an established Nantong spinner's new-season lint order.")

    t.pay(T, "2026-12-03 16:20", loan, "8000000", "还款", "归还棉花收购贷款（部分）",
          erp("李娜", K3 + "皮棉销售回款，按农发行收购贷款“购销挂钩、封闭运行”要求归还借款合同ADBC-AWT-2026-009项下贷款800万元"),
          "E3103", ["E3102", "E3101"], (None, "ADBC-AWT-2026-009", None),
          sig=["large_vs_usual", "loan_fee_words"],
          note="Hard negative: an 8m repayment of the purchase loan to the policy bank's own account, the largest payment of the season.")

    return t
