"""dianjing: 乌鲁木齐点睛文化传媒有限公司, a live-streaming and short-video agency (MCN)."""
from common import Tenant, payee, customer, acct, mob, tel, wx, uscc, inv

T = Tenant("dianjing", acct("dj-payer", "3002", 19), "乌鲁木齐点睛文化传媒有限公司", "钉钉审批·付款单：",
           {"E3100": "韩志远", "E3101": "阿依古丽", "E3102": "彭丽", "E3110": "杜明", "E3120": "王磊", "E3130": "刘欣", "E3140": "李晓燕"})

AG1 = payee("乌鲁木齐云帆数字营销有限公司", acct("dj-ag1", "3002", 19), "中国工商银行乌鲁木齐高新区支行",
            vendor_id="V-DJ01", phone=tel("0991", "dj-ag1"))
ST = payee("乌鲁木齐新北城文创园运营管理有限公司", acct("dj-st", "8801", 18), "乌鲁木齐银行新市区支行",
           vendor_id="V-DJ02", phone=tel("0991", "dj-st"))
EQ = payee("新疆影动摄影器材有限公司", acct("dj-eq", "6505", 19), "中国建设银行乌鲁木齐红山支行",
           vendor_id="V-DJ03", phone=tel("0991", "dj-eq"))
EQ_NEW = payee("新疆影动摄影器材有限公司", acct("dj-eq-new", "6226", 16), "中国民生银行成都分行营业部",
               vendor_id="V-DJ03", phone=tel("0991", "dj-eq"))
H1 = payee("苏雨桐", acct("dj-h1", "6222", 19), "中国工商银行乌鲁木齐友好路支行", "personal",
           vendor_id="V-DJ-H01", phone=mob("dj-h1"))
H2 = payee("买合木提·阿不都", acct("dj-h2", "6228", 19), "中国农业银行乌鲁木齐二道桥支行", "personal",
           vendor_id="V-DJ-H02", phone=mob("dj-h2"))
H3 = payee("张可欣", acct("dj-h3", "6217", 19), "中国建设银行乌鲁木齐新华北路支行", "personal",
           vendor_id="V-DJ-H03", phone=mob("dj-h3"))
PAY = payee("中国工商银行乌鲁木齐分行（代发工资专户）", acct("dj-pay", "3002", 19), "中国工商银行乌鲁木齐分行",
            vendor_id="PAY-DJ")
TAX = payee("国家金库乌鲁木齐市中心支库", acct("gc-tax", "6501", 17), "国家金库乌鲁木齐市中心支库",
            vendor_id="TAX-DJ")

C1 = customer("新疆天山雪果业有限公司", uscc("dj-c1", "654002"), "古丽巴哈尔", tel("0999", "dj-c1"),
              "scb@tsxguoye.com", None, "C-DJ01")
C2 = customer("伊犁薰衣草日化有限公司", uscc("dj-c2", "654002"), "陈经理", tel("0999", "dj-c2"),
              "chen@ylxunyicao.com", None, "C-DJ02")
C3 = customer("新疆沙漠玫瑰食品有限公司", uscc("dj-c3", "650402"), "吐尔洪", tel("0995", "dj-c3"),
              "market@desertrose-food.com", None, "C-DJ03")
C3_PAYER = payee("新疆沙漠玫瑰食品有限公司", acct("dj-c3-payer", "6505", 19), "中国建设银行吐鲁番分行",
                 phone=tel("0995", "dj-c3"))

ZC = "抖音直播带货专场（坑位费）"
ZC_TEXT = "短视频种草（达人视频）"
E_CASH, E_FM, E_CEO, E_OPS, E_BIZ, E_ART, E_ASST = "E3101", "E3102", "E3100", "E3110", "E3120", "E3130", "E3140"
i = inv

# ============================== history ==================================
T.h(T.pay("DJ-PAY-20260414001", "2026-04-14T14:30", AG1, 80000, "广告费", "巨量千川广告账户充值",
          req=E_OPS, appr=[E_FM], contract="DJ-TF-2026-001", invoice=i("dj-h1"),
          text="钉钉审批·付款单：巨量千川广告账户充值（广告账户ID 1790023346）｜授权代理商云帆数字｜合同DJ-TF-2026-001"),
    "Ad-account top-up through the authorised platform agent.")
T.h(T.order("DJ-SO-20260416001", "2026-04-16T11:20", C1, [(ZC, 2, "场", 30000)], ch="email",
            addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-04-25", terms="坑位费预付，佣金月结",
            notes="春季干果专场，坑位费已到账"), "Live-commerce sessions for an established dried-fruit brand.")
T.h(T.pay("DJ-PAY-20260420001", "2026-04-20T16:00", ST, 72000, "租金", "直播基地场地租金（二季度）",
          req=E_CASH, appr=[E_FM, E_CEO], contract="DJ-ZL-2025-006", invoice=i("dj-h3")),
    "Quarterly studio rent.")
T.h(T.pay("DJ-PAY-20260424001", "2026-04-24T19:30", H1, 18600, "主播佣金", "4月直播带货佣金（主播：苏雨桐）",
          req=E_ART, appr=[E_FM], contract="DJ-ZB-2025-003"), "Monthly commission to a contracted host's own card.")
T.h(T.pay("DJ-PAY-20260424002", "2026-04-24T19:40", H2, 12300, "主播佣金", "4月直播带货佣金（主播：买合木提·阿不都）",
          req=E_ART, appr=[E_FM], contract="DJ-ZB-2025-005"), "Monthly commission to a contracted host's own card.")
T.h(T.pay("DJ-PAY-20260428001", "2026-04-28T15:10", EQ, 38500, "货款", "直播补光灯及4K摄像机",
          req=E_OPS, appr=[E_FM, E_CEO], contract="DJ-CG-2026-002", invoice=i("dj-h6")),
    "Studio lighting and cameras from the regular equipment dealer.")
T.h(T.order("DJ-SO-20260429001", "2026-04-29T11:30", C2, [(ZC_TEXT, 10, "条", 3500), (ZC, 1, "场", 25000)],
            ch="email", addr="线上交付", deadline="2026-05-15", terms="预付（已到账）",
            notes="薰衣草精油新品种草加专场"), "Short-video and live package for an established cosmetics brand.")
T.h(T.pay("DJ-PAY-20260430001", "2026-04-30T18:50", PAY, 214300, "工资", "4月工资代发（31人）",
          req=E_FM, appr=[E_CEO], text="钉钉审批·付款单：4月工资代发（31人），工资表已审批"),
    "Monthly payroll through the bank's payroll account.")
T.h(T.pay("DJ-PAY-20260508001", "2026-05-08T15:30", AG1, 120000, "广告费", "巨量千川广告账户充值",
          req=E_OPS, appr=[E_FM, E_CEO], contract="DJ-TF-2026-001", invoice=i("dj-h9"),
          text="钉钉审批·付款单：巨量千川广告账户充值（广告账户ID 1790023346）｜授权代理商云帆数字｜合同DJ-TF-2026-001"),
    "Ad-account top-up through the authorised platform agent.")
T.h(T.order("DJ-SO-20260512001", "2026-05-12T11:10", C3, [(ZC, 3, "场", 28000)], ch="email",
            addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-06-30", terms="坑位费预付（已到账）",
            notes="葡萄干及玫瑰花酱专场3场"), "Three live sessions for an established food brand.")
T.h(T.pay("DJ-PAY-20260514001", "2026-05-14T10:40", TAX, "36712.40", "税款", "4月增值税及附加",
          req=E_FM, appr=[E_CEO], text="电子税务局三方协议扣款：4月增值税及附加"), "Monthly VAT.")
T.h(T.pay("DJ-PAY-20260520001", "2026-05-20T16:20", H3, 9800, "主播佣金", "4月直播带货佣金（主播：张可欣）",
          req=E_ART, appr=[E_FM], contract="DJ-ZB-2026-002"), "Monthly commission to a contracted host's own card.")
T.h(T.pay("DJ-PAY-20260522001", "2026-05-22T19:20", H1, 15200, "主播佣金", "5月上旬专场佣金（主播：苏雨桐）",
          req=E_ART, appr=[E_FM], contract="DJ-ZB-2025-003"), "Session commission to a contracted host's own card.")
T.h(T.pay("DJ-PAY-20260526001", "2026-05-26T15:00", EQ, 6800, "货款", "直播声卡及线材",
          req=E_OPS, appr=[E_FM], contract="DJ-CG-2026-002", invoice=i("dj-h14")),
    "Audio gear from the regular equipment dealer.")

# ============================== test: routine ============================
T.legit(T.order("DJ-SO-20260602001", "2026-06-02T11:30", C1, [(ZC, 2, "场", 30000)], ch="email",
                addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-06-12", terms="坑位费预付，佣金月结",
                notes="618干果专场，坑位费已到账"), "Routine: Repeat live sessions for the established dried-fruit brand.")
T.legit(T.pay("DJ-PAY-20260610001", "2026-06-10T10:50", TAX, "41203.10", "税款", "5月增值税及附加",
              req=E_FM, appr=[E_CEO], text="电子税务局三方协议扣款：5月增值税及附加"), "Routine: Monthly VAT.")
T.legit(T.pay("DJ-PAY-20260615001", "2026-06-15T16:10", EQ, 8450, "货款", "补光灯柔光箱及灯架",
              req=E_OPS, appr=[E_FM], contract="DJ-CG-2026-002", invoice=i("dj-r3")),
        "Routine: Lighting accessories from the regular equipment dealer.")
T.legit(T.order("DJ-SO-20260624001", "2026-06-24T11:00", C2, [(ZC_TEXT, 8, "条", 3500)], ch="email",
                addr="线上交付", deadline="2026-07-10", terms="预付（已到账）", notes="夏季防晒系列种草"),
        "Routine: Short-video package for the established cosmetics brand.")
T.legit(T.pay("DJ-PAY-20260630001", "2026-06-30T18:20", PAY, 228900, "工资", "6月工资代发（33人）",
              req=E_FM, appr=[E_CEO], text="钉钉审批·付款单：6月工资代发（33人），工资表已审批"),
        "Routine: Monthly payroll through the bank's payroll account.")
T.legit(T.pay("DJ-PAY-20260703001", "2026-07-03T14:00", ST, 72000, "租金", "直播基地场地租金（三季度）",
              req=E_CASH, appr=[E_FM, E_CEO], contract="DJ-ZL-2025-006", invoice=i("dj-r6")),
        "Routine: Quarterly studio rent.")
T.legit(T.order("DJ-SO-20260710001", "2026-07-10T11:40", C3, [(ZC, 2, "场", 28000)], ch="email",
                addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-07-31", terms="坑位费预付（已到账）",
                notes="新季葡萄干专场"), "Routine: Repeat live sessions for the established food brand.")

# ============================== test: hard negatives =====================
T.legit(T.pay("DJ-PAY-20260603001", "2026-06-03T14:20", AG1, 150000, "广告费", "618大促巨量千川广告账户充值",
              req=E_OPS, appr=[E_FM, E_CEO], contract="DJ-TF-2026-001", invoice=i("dj-hn1"),
              text="钉钉审批·付款单：618大促巨量千川广告账户充值（广告账户ID 1790023346）｜充值款付至授权代理商云帆数字对公账户，与历次充值一致，到账后在千川后台核对余额"),
        "Hard negative: A larger-than-usual 618 ad-account top-up paid to the authorised platform agent's corporate account used for every top-up.",
        ["topup_words", "large_vs_usual"])
KD = payee("新疆快达互动广告有限公司", acct("dj-kd", "6505", 19), "中国建设银行乌鲁木齐北京南路支行",
           vendor_id="V-DJ05", phone=tel("0991", "dj-kd"))
T.legit(T.pay("DJ-PAY-20260605001", "2026-06-05T15:30", KD, 50000, "广告费", "快手磁力金牛广告账户首次充值",
              req=E_OPS, appr=[E_FM, E_CEO], contract="DJ-TF-2026-007", invoice=i("dj-hn2"),
              text="钉钉审批·付款单：快手磁力金牛广告账户充值｜授权代理商框架合同DJ-TF-2026-007已盖章，平台授权书已在快手营销平台核验｜充值款入代理商对公账户，到账后平台后台可查余额"),
        "Hard negative: First top-up of a Kuaishou ad account through a newly contracted, platform-verified agent's corporate account.",
        ["topup_words"])
T.legit(T.pay("DJ-PAY-20260608001", "2026-06-08T19:10", H1, 21300, "主播佣金", "5月直播带货佣金（主播：苏雨桐）",
              ch="im", frm="苏雨桐", contact=wx("dj-h1"),
              text="刘欣姐，5月佣金对账单我确认了，共２１３００元，还是打我工行那张卡（和合同上的一样），明细截图发你ｖｘ了～",
              req=E_ART, appr=[E_FM], contract="DJ-ZB-2025-003"),
        "Hard negative: A contracted host confirms her monthly commission statement in full-width digits, to be paid to the same own-name card as always.",
        ["im_instruction", "evasion_fullwidth"])
T.legit(T.pay("DJ-PAY-20260618001", "2026-06-18T23:40", H2, 26800, "主播佣金", "618大促专场佣金（主播：买合木提·阿不都）",
              urgent=True, req=E_ART, appr=[E_FM, E_CEO], contract="DJ-ZB-2025-005",
              text="【加急】钉钉审批·付款单：618大促专场（6月18日20:00–23:30）成交额已与抖店后台核对，主播佣金按合同当晚结算至主播本人同名卡，韩总已审批"),
        "Hard negative: Late-night commission for the 618 live session, paid to the regular host's own card right after the show with two approvals.",
        ["urgency"])
H4 = payee("李思琪", acct("dj-h4", "6216", 19), "中国银行乌鲁木齐中山路支行", "personal", vendor_id="V-DJ-H04",
           phone=mob("dj-h4"))
T.legit(T.pay("DJ-PAY-20260622001", "2026-06-22T16:45", H4, 7600, "主播佣金", "6月上旬直播佣金（主播：李思琪）",
              req=E_ART, appr=[E_FM], contract="DJ-ZB-2026-014",
              text="钉钉审批·付款单：新签约主播李思琪首月佣金｜合同DJ-ZB-2026-014｜收款卡为本人身份证同名卡，已在签约时登记"),
        "Hard negative: First commission to a newly signed host, paid to the own-name card registered in her contract.")
XL = payee("乌鲁木齐市沙依巴克区小鹿美食工作室", acct("dj-xl", "8801", 18), "乌鲁木齐银行西北路支行",
           vendor_id="V-DJ06", phone=mob("dj-xl"))
T.legit(T.pay("DJ-PAY-20260623001", "2026-06-23T11:30", XL, 24000, "推广费", "达人推广费（小鹿美食 探店视频3条）",
              req=E_OPS, appr=[E_FM], contract="DJ-DR-2026-009", invoice=i("dj-hn6"),
              text="钉钉审批·付款单：达人小鹿美食3条探店视频，合同约定单条点赞过1万、播放过50万按阶梯结算；6月数据已从巨量星图后台导出核对，点赞合计4.6万，按第二档结算2.4万元，对方个体工商户已开票"),
        "Hard negative: A KPI-based influencer fee quoting like counts, paid to the influencer's registered studio under contract with an invoice.",
        ["task_rebate_words"])
YY = payee("北京云音电子商务有限公司", acct("dj-yy", "1100", 19), "招商银行北京望京支行", vendor_id="V-DJ07")
T.legit(T.pay("DJ-PAY-20260626001", "2026-06-26T15:40", YY, 20000, "保证金", "抖店店铺保证金（天山雪联名专营店）",
              req=E_OPS, appr=[E_FM, E_CEO],
              text="钉钉审批·付款单：新开抖店按平台规则缴纳店铺保证金2万元，在抖店后台“保证金”页面生成对公汇款识别码，收款账户为后台显示的平台运营主体对公账户，未经任何客服或第三方转介"),
        "Hard negative: A shop deposit for a new Douyin store, paid to the platform operator's corporate account shown in the merchant back office.",
        ["deposit_words", "fee_words"])
C_JHY = customer("新疆金胡杨农业科技有限公司", uscc("dj-jhy", "652901"), "阿迪力", tel("0997", "dj-jhy"),
                 "adili@jinhuyang-ag.com", None, None)
T.legit(T.order("DJ-SO-20260629001", "2026-06-29T11:10", C_JHY, [(ZC, 5, "场", 32000), (ZC_TEXT, 20, "条", 3500)],
                ch="email", addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-08-31", terms="全款预付（已到账）",
                notes="阿克苏红枣核桃直播季，合同DJ-SO-2026-044已盖章，23万元已于6月26日到我司工行基本户"),
        "Hard negative: Large first order from a new agricultural brand, prepaid in full to the company account.",
        ["large_first_order"])
C_YAK = customer("新疆雪域牦牛乳业有限公司", uscc("dj-yak", "652301"), "王主管", tel("0994", "dj-yak"),
                 "wang@xueyu-yak.com", None, None)
T.legit(T.order("DJ-SO-20260701001", "2026-07-01T15:00", C_YAK, [(ZC, 2, "场", 30000)], ch="email",
                addr="昌吉市丝路直播基地", deadline="2026-07-20", terms="坑位费预付（已到账）",
                tp=("新疆丝路直播基地运营有限公司", tel("0994", "dj-base"), "designated_supplier", 18000),
                notes="品牌方要求在其合作的丝路直播基地开播，场地费1.8万元由品牌方与基地直接签约结算，我司不垫付任何款项；坑位费6万元已对公到账（回单0630-207）"),
        "Hard negative: A new brand insists on its own partner studio, but pays that studio directly and has already paid our fee in full.",
        ["designated_supplier"])
T.legit(T.pay("DJ-PAY-20260702001", "2026-07-02T16:30", C3_PAYER, 28000, "退款", "退回未执行专场坑位费（1场）",
              req=E_CASH, appr=[E_FM, E_CEO], order="DJ-SO-20260512001",
              text="钉钉审批·付款单：沙漠玫瑰3场专场中1场因品牌方新品延期取消，双方签署补充协议，坑位费2.8万元原路退回其付款账户（与5月付款回单一致）"),
        "Hard negative: An unused session fee is returned to the established brand's own paying account under a signed supplement.",
        ["refund_words"])
T.legit(T.pay("DJ-PAY-20260706001", "2026-07-06T11:15", ST, 15000, "押金", "三季度水电押金",
              ch="im", frm="韩志远", contact=wx("dj-ceo"),
              text="阿依古丽，园区说今天不交三季度水电押金就停电，下午有专场，赶紧付一下，钉钉审批我已经批了。",
              urgent=True, req=E_CASH, appr=[E_FM, E_CEO], contract="DJ-ZL-2025-006", invoice=i("dj-hn11")),
        "Hard negative: The CEO chases an urgent utilities deposit on WeChat, but the payee is the known studio landlord and the ERP approvals are in place.",
        ["im_instruction", "boss_role", "urgency", "deposit_words"])
T.legit(T.pay("DJ-PAY-20260708001", "2026-07-08T15:20", PAY, 46500, "工资", "6月主播及运营绩效奖金代发（12人）",
              req=E_FM, appr=[E_CEO],
              text="钉钉审批·付款单：6月绩效奖金经工资代发专户批量发放（12人）；其中2人工资卡变更已由本人在人事系统提交并到银行柜面核验"),
        "Hard negative: A bonus batch through the bank payroll account that mentions two staff card changes made through HR self-service.",
        ["payroll_change"])
T.legit(T.order("DJ-SO-20260713001", "2026-07-13T16:10", C2,
                [("千川广告代投服务费", 1, "月", 15000), ("千川广告消耗预充值（代投）", 1, "笔", 100000)],
                ch="email", addr="线上交付", deadline="2026-08-13", terms="预付（已到账）",
                notes="品牌方委托我司代投千川，代投充值款及服务费已预付到我司对公账户，充值至品牌方自有广告账户"),
        "Hard negative: An established brand prepays ad-buying money that we will top up into the brand's own ad account.",
        ["topup_words"])
C_TM = customer("伊犁天马旅游文化有限公司", uscc("dj-tm", "654002"), "孙经理", tel("0999", "dj-tm"),
                "sun@tianma-travel.com", None, None)
T.legit(T.order("DJ-SO-20260715001", "2026-07-15T11:50", C_TM, [(ZC, 1, "场", 35000)], ch="email",
                addr="伊犁昭苏天马景区外景直播", deadline="2026-07-28", terms="坑位费预付（已到账）",
                notes="坑位费由其母公司新疆天马文旅集团有限公司代付，已提供盖章委托付款函（集团财务共享中心统一付款），款已到账，无退款或转付要求"),
        "Hard negative: A new tourism client's fee is paid by its parent group under a stamped payment-on-behalf letter, with nothing to pass on.",
        ["third_party_payer"])

# ============================== test: scams ==============================
T.scam("task_rebate", "block",
       T.pay("DJ-PAY-20260604001", "2026-06-04T21:50",
             payee("陈梦", acct("dj-cm", "6217", 19), "中国建设银行长沙分行", "personal"), 3200, "垫付", "抖音任务垫付",
             ch="im", frm="点赞任务群 派单员小雅", contact=wx("dj-task1"),
             text="【任务群截图】恭喜完成3单关注点赞任务，佣金36元已返！\n第4单为商家联合任务，需先垫付3200元到指定卡，完成后本金+返利一起返还。\n收款人：陈梦",
             req=E_ASST, appr=[]),
       "An operations assistant, hooked in a like-and-follow task group, puts in an evening 3.2k 'task advance' to a stranger's card.",
       ["task_rebate_words", "im_instruction"])
T.scam("task_rebate", "block",
       T.pay("DJ-PAY-20260609001", "2026-06-09T12:30",
             payee("孙红", acct("dj-sh", "6222", 19), "中国工商银行郑州分行", "personal"), 8800, "借支", "借支",
             ch="im", frm="带单导师", contact=wx("dj-task2"),
             text="导师：恭喜完成新手单！第二阶段商家唰单返力30%，需先转8800到商户收款卡，完成后连本带返力一起提现。",
             req=E_ASST, appr=[E_FM]),
       "A staff 'advance' request is really a second-stage order-brushing deposit, written with homophones for the key words.",
       ["task_rebate_words", "im_instruction", "evasion_homophone", "vague_memo"])
T.scam("task_rebate", "block",
       T.pay("DJ-PAY-20260612001", "2026-06-12T17:40",
             payee("赵婷", acct("dj-zt", "6228", 19), "中国农业银行南宁分行", "personal"), 15000, "其他", "往来款",
             ch="im", frm="任务平台客服", contact=wx("dj-task3"),
             text="客服：您的账户因操作失误被卡单，需完成3笔连单才能解除，第三笔充·值15000，完成后返·利与本金一并到账💰",
             req=E_ASST, appr=[E_FM]),
       "A 'stuck order' on a task platform demands a 15k third top-up to a personal card, with dots and emoji breaking up the key words.",
       ["task_rebate_words", "im_instruction", "evasion_symbols", "vague_memo"])
XT = payee("杭州星推互娱网络科技有限公司", acct("dj-xt", "3301", 19), "杭州银行滨江支行")
T.scam("task_rebate", "flag",
       T.pay("DJ-PAY-20260617001", "2026-06-17T15:10", XT, 26000, "推广费", "直播间人气推广套餐",
             ch="im", frm="星推互娱 客服", contact=wx("dj-xt"),
             text="您好，直播间人气套餐：同时在线3000人、点赞10万+、关注5000，保证上热门；开通会员后可领取高佣带货任务，返现比例15%，套餐费2.6万元转入我司对公账户即可开通。",
             req=E_OPS, appr=[E_FM]),
       "A 'traffic package' vendor sells fake likes and follows plus access to high-rebate tasks, paid to its corporate account with no contract.",
       ["task_rebate_words", "im_instruction", "no_po_contract"])
DX = payee("北京抖信网络科技服务有限公司", acct("dj-dx", "1100", 19), "中国民生银行北京酒仙桥支行")
T.scam("advance_fee", "flag",
       T.pay("DJ-PAY-20260616001", "2026-06-16T11:45", DX, 20000, "保证金", "企业号解冻保证金",
             ch="phone", frm="自称抖音官方客服", contact=tel("010", "dj-dx"),
             text="自称抖音官方客服来电：贵司企业号“点睛传媒”因直播间违规被限流冻结，需缴纳2万元解冻保证金至平台合作服务商北京抖信网络科技服务有限公司，解冻后72小时原路退回，否则账号永久封禁、千川余额清零。",
             urgent=True, req=E_OPS, appr=[E_FM]),
       "A fake 'platform customer service' call demands a 20k unfreezing deposit for the company's Douyin account, payable to a 'partner service provider'.",
       ["fee_words", "deposit_words", "phone_instruction", "urgency", "authority_words"])
T.scam("advance_fee", "block",
       T.pay("DJ-PAY-20260624001", "2026-06-24T20:35",
             payee("周凯", acct("dj-zk", "6217", 19), "中国建设银行合肥分行", "personal"), 6600, "服务费", "快手小店保证金处理",
             ch="im", frm="快手小店客服专员", contact=wx("dj-ks"),
             text="快手小店客服：您店铺保证金被风控，需缴纳6600元jie冻验证金到专员账户，验证完成后与保证金一并退回。",
             req=E_OPS, appr=[]),
       "An evening message from a fake Kuaishou shop agent asks 6.6k 'unfreezing' money into a personal account, the key word half in pinyin.",
       ["fee_words", "im_instruction", "evasion_pinyin"])
T.scam("fake_salary", "block",
       T.pay("DJ-PAY-20260626002", "2026-06-26T18:30",
             payee("马晓峰", acct("dj-mxf", "6228", 19), "中国农业银行乌鲁木齐沙依巴克支行", "personal"), 68400,
             "主播佣金", "6月主播佣金（6人）",
             ch="im", frm="主播组长 马晓峰", contact=wx("dj-mxf-new"),
             text="刘欣，我换了新微信。这个月我们组6个主播的佣金统一打到我这张卡，我再分给她们，她们几个卡都在换。",
             req=E_ART, appr=[E_FM, E_CEO]),
       "A 'team leader' on a new WeChat asks that six hosts' commissions all go to his own card.",
       ["payroll_change", "payee_shared_by_employees", "payee_not_employee", "im_instruction", "new_contact"])
T.scam("fake_salary", "block",
       T.pay("DJ-PAY-20260701001", "2026-07-01T12:20",
             payee("苏雨晴", acct("dj-syq", "6222", 19), "中国工商银行成都分行", "personal"), 19800,
             "主播佣金", "6月直播带货佣金（主播：苏雨桐）",
             ch="im", frm="苏雨桐", contact=wx("dj-h1-new"),
             text="刘欣姐，我原来那张工行卡被冻结了，这个月佣金先打我妹妹苏雨晴的卡吧，谢谢姐～",
             req=E_ART, appr=[E_FM]),
       "A new WeChat claiming to be a top host asks her commission to be paid to her 'sister's' card in another name.",
       ["payee_not_employee", "payroll_change", "im_instruction", "new_contact"])
XY = payee("新疆星耀互娱文化传媒有限公司", acct("dj-xy", "3002", 19), "中国工商银行乌鲁木齐光明路支行")
T.scam("boss_impersonation", "block",
       T.pay("DJ-PAY-20260703002", "2026-07-03T11:25", XY, 450000, "定金", "头部达人独家签约定金",
             ch="im", frm="韩志远", contact="微信:新好友（头像昵称与韩总一致）",
             text="韩志远：阿依古丽，现在公司工行和农行余额分别多少？\n阿依古丽：韩总，工行186万，农行32万\n韩志远：我在跟品牌方吃饭不方便讲电话，刚谈好一个头部达人的独家签约，定金45万今天要付，打到新疆星耀互娱文化传媒有限公司，审批明天补。先不要在公司群里说。",
             urgent=True, req=E_CASH, appr=[]),
       "A new WeChat contact with the CEO's name and avatar probes the balances, then orders a 450k 'exclusive influencer' deposit to an unknown firm, quietly.",
       ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "secrecy_words",
        "boss_role", "urgency", "deposit_words"])
T.scam("account_change", "block",
       T.pay("DJ-PAY-20260707001", "2026-07-07T16:50", EQ_NEW, 46700, "货款", "提词器及稳定云台",
             ch="im", frm="影动器材 业务员小郑", contact=wx("dj-eq-sales"),
             text="彭姐好，我们公司对公户年审暂时用不了，6月那批提词器和云台的货款请打到我们成都结算中心的新户，户名不变，变更资料已经发给你们采购录入了。",
             req=E_OPS, appr=[E_FM], contract="DJ-CG-2026-002", invoice=i("dj-s10"), changed="2026-07-06T18:05"),
       "The equipment dealer's 'salesman' moves payment to a Chengdu account keyed in the day before, first payment to it.",
       ["account_change_words", "im_instruction", "unusual_bank_region"])
C_RK = customer("乌鲁木齐瑞康生物科技有限公司", None, "周总", mob("dj-rk"), None, wx("dj-rk"), None)
T.scam("fake_order", "block",
       T.order("DJ-SO-20260708001", "2026-07-08T11:40", C_RK, [(ZC, 3, "场", 30000)], ch="im",
               addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-07-15", terms="坑位费与礼盒款一并结算",
               tp=("广州美颜礼盒包装厂", mob("dj-gz"), "designated_supplier", 36000),
               notes="我们的益生菌要在你们直播间卖3场，主播手上要有配套礼盒样品，200套礼盒只能找广州美颜礼盒包装厂定做。麻烦你们先付3.6万给厂家，坑位费和礼盒钱一起打给你们，转账截图已发，对公跨行显示处理中。"),
       "A new 'health brand' books three sessions and wants us to pay 36k first to the gift-box factory it names, showing only a 'processing' screenshot.",
       ["designated_supplier", "fake_payment_proof", "contact_im_only", "off_catalogue_item"])
C_HT = customer("新疆宏泰电器销售有限公司", uscc("dj-ht", "650104"), "钱经理", mob("dj-ht"), None, wx("dj-ht"), None)
T.scam("fake_order", "flag",
       T.order("DJ-SO-20260709001", "2026-07-09T15:30", C_HT, [(ZC, 2, "场", 35000)], ch="im",
               addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-07-20", terms="签约后扫码付款",
               notes="对方视频会议下单，要求王磊下载“云视讯会议”APP并开启屏幕共享签电子合同，又让他在共享状态下打开手机银行“验证对公收款”。"),
       "A new appliance dealer ordering by video call wants our business manager to install a meeting app, share his screen and open mobile banking.",
       ["remote_control", "contact_im_only"])
C_FAKE2 = customer("伊犁薰衣草日用化工有限公司", None, "林总", mob("dj-ln"), "ylxyc_pinpai@163.com",
                   wx("dj-ln"), None)
T.scam("fake_purchaser", "flag",
       T.order("DJ-SO-20260710002", "2026-07-10T16:15", C_FAKE2, [(ZC, 30, "场", 50000)], ch="email",
               addr="乌鲁木齐市新北城文创园点睛直播间", deadline="2026-09-30", terms="全部场次结束后90天结算",
               fees=[("品牌授权保证金", 50000)],
               notes="我们是薰衣草的新品牌事业部，下半年30场专场全部给你们，价格按报价来，场次结束后90天统一结算。开播前贵司需先缴纳品牌授权保证金5万元，合作结束退还。"),
       "A name one word off the established cosmetics client books 30 sessions on 90-day credit from a free-mail address and wants a 50k 'brand licence deposit' first.",
       ["lookalike_company", "contact_mismatch", "large_first_order", "credit_terms_requested",
        "fee_asked_of_seller", "free_mail"])
HY = payee("新疆宏远通商贸有限公司", acct("dj-hy", "6505", 19), "中国建设银行乌鲁木齐南湖路支行")
T.scam("account_lending", "block",
       T.pay("DJ-PAY-20260714001", "2026-07-14T12:10", HY, 200000, "推广费", "直播推广费",
             ch="im", frm="杨总（朋友介绍）", contact=wx("dj-yang"),
             text="王经理，我们公司对公户额度满了，一笔20万的货款借用你们公户过一下账：我今天把20万打到你们账上，你们再转给新疆宏远通商贸有限公司，给你们1个点辛苦费，备注写直播推广费就行。",
             req=E_BIZ, appr=[E_FM]),
       "A 'friend' asks to route 200k through the company account and out again as fake promotion fees, for a 1% fee.",
       ["account_lending_words", "im_instruction", "new_contact", "in_out_match"])
