"""Tenant antai: 克拉玛依安泰化工物资有限公司, a Karamay distributor of ammonium nitrate and other
explosive-precursor chemicals (易制爆). Buyers must show a public-security purchase filing (备案) and
pay from their own corporate account.

Approval rule seen in history: below 100,000 one approver (finance manager E2202); 100,000 and above
also the general manager E2200.
Staff: E2200 杨志刚 总经理, E2202 何丽 财务经理, E2205 古丽娜尔·吐尔逊 出纳, E2206 郑凯 会计,
E2210 王倩 人事, E2220 李振国 销售经理, E2221 阿不都热合曼 销售, E2230 谢海涛 安全主管, E2240 孟飞 采购.
"""
from lib import (Tenant, ZW, acct, customer, fw, grouped, inv, order, payee, payment, third, uscc,
                 verification, wxid)

T = Tenant("antai")
PAYER = {"account_no": acct("at-basic", "6505", 19), "account_name": "克拉玛依安泰化工物资有限公司"}

GM, FM, CASH, ACC, HR, SM, SALES, SAFE, PROC = ("E2200", "E2202", "E2205", "E2206", "E2210", "E2220",
                                                "E2221", "E2230", "E2240")
BIG = [FM, GM]
SMALL = [FM]

V01 = payee("新疆准美硝铵化工有限公司", acct("at-v01", "1076", 18), "中国银行克拉玛依分行", "corporate", "V-AT01", "0990-0000276")
V02 = payee("克拉玛依安运危险品运输有限公司", acct("at-v02", "3093", 17), "中国农业银行克拉玛依分行", "corporate", "V-AT02", "0990-0000418")
V03 = payee("克拉玛依众诚包装材料有限公司", acct("at-v03", "8820", 18), "昆仑银行克拉玛依分行", "corporate", "V-AT03", "0990-0000533")
V04 = payee("克拉玛依白碱滩危化品仓储有限公司", acct("at-v04", "8821", 18), "昆仑银行克拉玛依分行", "corporate", "V-AT04", "0990-0000642")
V05_OLD = payee("奎屯锦华硝盐化工有限公司", acct("at-v05-old", "2906", 19), "中国工商银行奎屯分行", "corporate", "V-AT05", "0992-0000297")
V05 = dict(V05_OLD, account_no=acct("at-v05-new", "3091", 17), bank="中国农业银行奎屯分行")
V05_CHANGED = "2026-01-21T12:10:00+08:00"
V06 = payee("克拉玛依天眼安防科技有限公司", acct("at-v06", "6505", 19), "中国建设银行克拉玛依分行", "corporate", "V-AT06", "0990-0000751")
V07 = payee("新疆云端网络科技有限公司", acct("at-v07", "3002", 19), "中国工商银行乌鲁木齐分行", "corporate", "V-AT07", "0991-0000369")
PAYROLL = payee("中国建设银行克拉玛依分行（代发工资专户）", acct("at-payroll", "6505", 19), "中国建设银行克拉玛依分行", "corporate", "PAY-AT", None)

C01 = customer("新疆天工爆破工程有限公司", uscc("at-c01", "91650203"), "袁经理", "0990-0000825", "wz@tiangongbp.com", None, "C-AT01")
C02 = customer("新疆昆仑爆破工程有限公司", uscc("at-c02", "91650104"), "秦主任", "0991-0000746", "caigou@kunlunbp.cn", None, "C-AT02")
C03 = customer("新疆西域民爆器材有限公司", uscc("at-c03", "91654226"), "苏厂长", "0990-0000917", "supply@xiyumb.com", None, "C-AT03")


def oa(no, body):
    return f"OA流程[{no}]已办结；{body}"


def build():
    # ------------------------------------------------------------------ history
    T.hist("payment", "Routine: Sodium nitrate from the regular supplier, to its original ICBC account.",
           payment("AT-FK-20260106001", "2026-01-06T11:10:00+08:00", PAYER, V05_OLD, "168000", "货款", "工业硝酸钠（50吨）",
                   "erp", "郑凯", None, oa("付款审批-0103", "事项：工业硝酸钠50吨；收款单位：锦华硝盐；依据：合同AT-CG-2026-002"),
                   False, ACC, BIG, contract_id="AT-CG-2026-002", invoice_no=inv("at-h01")))
    T.hist("order", "Routine: Ammonium-nitrate order from an established blasting contractor with its purchase filing number.",
           order("AT-XS-20260108001", "2026-01-08T15:30:00+08:00", C01,
                 [("多孔粒状硝酸铵", "60", "吨", "3400.00")], "erp", "克拉玛依区天工爆破民爆仓库", "2026-01-14",
                 "款到发货", "购买备案号KS-YZB-2026-0011，对公账户付款"))
    T.hist("payment", "Routine: Ammonium nitrate from the regular producer.",
           payment("AT-FK-20260109001", "2026-01-09T12:15:00+08:00", PAYER, V01, "768000", "货款", "硝酸铵（300吨）",
                   "erp", "郑凯", None, oa("付款审批-0105", "事项：硝酸铵300吨；收款单位：准美硝铵；依据：年度采购合同AT-CG-2026-001"),
                   False, ACC, BIG, contract_id="AT-CG-2026-001", invoice_no=inv("at-h03")))
    T.hist("payment", "Routine: Monthly rent of the licensed hazardous-goods warehouse.",
           payment("AT-FK-20260113001", "2026-01-13T16:20:00+08:00", PAYER, V04, "58000", "仓储费", "1月危化品库租金",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0109", "事项：1月危化品库租金；收款单位：白碱滩危化品仓储"),
                   False, CASH, SMALL, contract_id="AT-ZL-2026-001", invoice_no=inv("at-h04")))
    T.hist("payment", "Routine: December payroll to the bank payroll account.",
           payment("AT-FK-20260115001", "2026-01-15T18:00:00+08:00", PAYER, PAYROLL, "318400", "工资", "2025年12月工资代发（36人）",
                   "erp", "王倩", None, oa("工资发放-1225", "12月工资代发36人"), False, HR, BIG))
    T.hist("payment", "Routine: Freight to the licensed hazardous-goods carrier.",
           payment("AT-FK-20260120001", "2026-01-20T11:45:00+08:00", PAYER, V02, "46800", "运费", "1月上旬危险品运费",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0114", "事项：危险品运输费（1月上旬）；收款单位：安运危险品运输；对账单已签"),
                   False, CASH, SMALL, contract_id="AT-WL-2026-001", invoice_no=inv("at-h06")))
    T.hist("payment", "Routine: Annual company e-mail service from the registrar and host.",
           payment("AT-FK-20260128001", "2026-01-28T10:35:00+08:00", PAYER, V07, "6800", "服务费", "企业邮箱年费（2026年度）",
                   "erp", "郑凯", None, oa("付款审批-0121", "事项：企业邮箱年费；收款单位：云端网络"),
                   False, ACC, SMALL, contract_id="AT-IT-2026-001", invoice_no=inv("at-h07")))
    T.hist("payment", "Routine: Ammonium nitrate from the regular producer.",
           payment("AT-FK-20260205001", "2026-02-05T14:40:00+08:00", PAYER, V01, "742400", "货款", "硝酸铵（290吨）",
                   "email", "准美硝铵 销售内勤 严蕾", "yanlei@zhunmei-chem.cn",
                   "何经理您好：2月第一批硝酸铵290吨已到贵司白碱滩库，电子发票已发至贵司财务邮箱，请按合同约定安排付款。\n准美硝铵 严蕾\n"
                   + oa("付款审批-0204", "事项：硝酸铵290吨；收款单位：准美硝铵；依据：AT-CG-2026-001"),
                   False, ACC, BIG, contract_id="AT-CG-2026-001", invoice_no=inv("at-h08")))
    T.hist("order", "Routine: Ammonium-nitrate order from an established explosives maker.",
           order("AT-XS-20260210001", "2026-02-10T16:15:00+08:00", C03,
                 [("硝酸铵（工业级）", "200", "吨", "3350.00")], "email", "和布克赛尔县西域民爆生产区原料库", "2026-02-13",
                 "款到发货", "备案号TC-YZB-2026-0020，苏厂长邮件确认"))
    T.hist("payment", "Routine: January payroll.",
           payment("AT-FK-20260212001", "2026-02-12T17:50:00+08:00", PAYER, PAYROLL, "322900", "工资", "2026年1月工资代发（36人）",
                   "erp", "王倩", None, oa("工资发放-0126", "1月工资代发36人"), False, HR, BIG))
    T.hist("payment", "Routine: First payment to the sodium-nitrate supplier's new account after a stamped letter and a call-back in January.",
           payment("AT-FK-20260226001", "2026-02-26T11:30:00+08:00", PAYER, V05, "152000", "货款", "工业硝酸钠（45吨）",
                   "erp", "郑凯", None,
                   oa("付款审批-0219", "事项：工业硝酸钠45吨；收款单位：锦华硝盐。供应商1月21日盖章函变更开户行为农行奎屯分行，何丽按档案座机0992-0000297回拨确认"),
                   False, ACC, BIG, contract_id="AT-CG-2026-002", invoice_no=inv("at-h11"), changed_at=V05_CHANGED,
                   verification=verification("0992-0000297", FM, "2026-01-22T11:05:00+08:00")))
    T.hist("payment", "Routine: Monthly warehouse rent.",
           payment("AT-FK-20260303001", "2026-03-03T15:55:00+08:00", PAYER, V04, "58000", "仓储费", "2月危化品库租金",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0302", "事项：2月危化品库租金"),
                   False, CASH, SMALL, contract_id="AT-ZL-2026-001", invoice_no=inv("at-h12")))
    T.hist("payment", "Routine: Bulk bags from the regular packaging supplier.",
           payment("AT-FK-20260305001", "2026-03-05T12:25:00+08:00", PAYER, V03, "50400", "货款", "吨袋（1200条）",
                   "erp", "孟飞", None, oa("付款审批-0304", "事项：防潮内衬吨袋1200条；收款单位：众诚包装"),
                   False, PROC, SMALL, contract_id="AT-CG-2026-006", invoice_no=inv("at-h13")))
    T.hist("payment", "Routine: Freight to the licensed hazardous-goods carrier.",
           payment("AT-FK-20260311001", "2026-03-11T10:50:00+08:00", PAYER, V02, "52300", "运费", "2月危险品运费",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0308", "事项：2月危险品运输费；收款单位：安运危险品运输"),
                   False, CASH, SMALL, contract_id="AT-WL-2026-001", invoice_no=inv("at-h14")))
    T.hist("payment", "Routine: February payroll.",
           payment("AT-FK-20260313001", "2026-03-13T17:40:00+08:00", PAYER, PAYROLL, "319700", "工资", "2026年2月工资代发（36人）",
                   "erp", "王倩", None, oa("工资发放-0227", "2月工资代发36人"), False, HR, BIG))
    T.hist("order", "Routine: Ammonium-nitrate order from an established blasting company in Urumqi.",
           order("AT-XS-20260317001", "2026-03-17T14:20:00+08:00", C02,
                 [("多孔粒状硝酸铵", "80", "吨", "3420.00")], "email", "乌鲁木齐县昆仑爆破民爆仓库", "2026-03-24",
                 "款到发货", "备案号WS-YZB-2026-0042，秦主任邮件下单"))
    T.hist("payment", "Routine: Ammonium nitrate from the regular producer.",
           payment("AT-FK-20260320001", "2026-03-20T11:20:00+08:00", PAYER, V01, "806400", "货款", "硝酸铵（315吨）",
                   "erp", "郑凯", None, oa("付款审批-0316", "事项：硝酸铵315吨；收款单位：准美硝铵"),
                   False, ACC, BIG, contract_id="AT-CG-2026-001", invoice_no=inv("at-h17")))
    T.hist("payment", "Routine: Sodium nitrate paid to the supplier's account recorded in January.",
           payment("AT-FK-20260325001", "2026-03-25T16:05:00+08:00", PAYER, V05, "147500", "货款", "工业硝酸钠（44吨）",
                   "erp", "郑凯", None, oa("付款审批-0321", "事项：工业硝酸钠44吨；收款单位：锦华硝盐"),
                   False, ACC, BIG, contract_id="AT-CG-2026-002", invoice_no=inv("at-h18"), changed_at=V05_CHANGED))
    T.hist("payment", "Routine: Quarterly maintenance of the warehouse CCTV and intrusion alarm.",
           payment("AT-FK-20260402001", "2026-04-02T10:40:00+08:00", PAYER, V06, "18600", "维保费", "一季度监控及周界报警维保",
                   "erp", "谢海涛", None, oa("付款审批-0401", "事项：易制爆库房视频监控及周界报警一季度维保；收款单位：天眼安防"),
                   False, SAFE, SMALL, contract_id="AT-AF-2026-001", invoice_no=inv("at-h19")))
    T.hist("payment", "Routine: Monthly warehouse rent.",
           payment("AT-FK-20260407001", "2026-04-07T15:10:00+08:00", PAYER, V04, "58000", "仓储费", "3月危化品库租金",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0403", "事项：3月危化品库租金"),
                   False, CASH, SMALL, contract_id="AT-ZL-2026-001", invoice_no=inv("at-h20")))
    T.hist("payment", "Routine: March payroll.",
           payment("AT-FK-20260410001", "2026-04-10T17:55:00+08:00", PAYER, PAYROLL, "325100", "工资", "2026年3月工资代发（37人）",
                   "erp", "王倩", None, oa("工资发放-0328", "3月工资代发37人"), False, HR, BIG))
    T.hist("payment", "Routine: Freight to the licensed hazardous-goods carrier.",
           payment("AT-FK-20260415001", "2026-04-15T12:35:00+08:00", PAYER, V02, "49600", "运费", "3月危险品运费",
                   "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0412", "事项：3月危险品运输费；收款单位：安运危险品运输"),
                   False, CASH, SMALL, contract_id="AT-WL-2026-001", invoice_no=inv("at-h22")))
    T.hist("order", "Routine: Repeat order from the established blasting contractor.",
           order("AT-XS-20260421001", "2026-04-21T11:05:00+08:00", C01,
                 [("多孔粒状硝酸铵", "70", "吨", "3420.00")], "erp", "克拉玛依区天工爆破民爆仓库", "2026-04-27",
                 "款到发货", "备案号KS-YZB-2026-0105，对公付款"))
    T.hist("payment", "Routine: Bulk bags from the regular packaging supplier.",
           payment("AT-FK-20260423001", "2026-04-23T16:30:00+08:00", PAYER, V03, "46200", "货款", "吨袋（1100条）",
                   "erp", "孟飞", None, oa("付款审批-0420", "事项：吨袋1100条；收款单位：众诚包装"),
                   False, PROC, SMALL, contract_id="AT-CG-2026-006", invoice_no=inv("at-h24")))

    # ------------------------------------------------------------------ test
    T.legit("payment", [], "Routine: Ammonium nitrate from the regular producer.",
            payment("AT-FK-20260506001", "2026-05-06T11:40:00+08:00", PAYER, V01, "792000", "货款", "硝酸铵（300吨）",
                    "erp", "郑凯", None, oa("付款审批-0505", "事项：硝酸铵300吨；收款单位：准美硝铵；依据：AT-CG-2026-001"),
                    False, ACC, BIG, contract_id="AT-CG-2026-001", invoice_no=inv("at-t01")))

    T.legit("payment", ["deposit_words"],
            "Hard negative: Returnable bulk-bag deposit to the regular packaging supplier.",
            payment("AT-FK-20260507001", "2026-05-07T12:20:00+08:00", PAYER, V03, "12000", "押金", "周转吨袋押金（300条×40元）",
                    "erp", "孟飞", None, oa("付款审批-0506", "事项：周转吨袋押金，吨袋返还后众诚包装按原价退押金；押金协议附后"),
                    False, PROC, SMALL, contract_id="AT-CG-2026-006"))

    acc_s10 = acct("at-s10", "2301", 19)
    T.scam("payment", "authority_impersonation", "block",
           ["phone_instruction", "authority_words", "safe_account_words", "secrecy_words", "urgency",
            "first_time_payee", "unusual_bank_region", "no_approval", "evasion_symbols"],
           "A caller posing as the regional police explosives-control section quotes the company's filing number and says its ammonium nitrate went into a bombing case, so all funds must sit in a 'police supervision account' during the check.",
           payment("AT-FK-20260508001", "2026-05-08T10:40:00+08:00", PAYER,
                   payee("新疆公共安全资金监管服务中心", acc_s10, "中国农业银行海口龙华支行", "corporate"),
                   "2600000", "资金监管", "配合核查划转",
                   "phone", "自称自治区公安厅治安总队民爆监管科 周警官", "0991-0000110",
                   "通话记录（何丽 10:15-10:36）：对方自称公安厅治安总队民爆监管科周警官，报出了我司易制爆备案编号和杨总的名字，说我司上月销往南疆的12吨硝铵流进了一起涉爆案件，"
                   "公司账户涉嫌替嫌疑人收款，要对账户资金清查一遍。要求今天把基本户资金全部转入“公/安/监/管/专/户”代管，核查结束后退回；"
                   "期间不得对外透露案情，包括公司领导，否则按妨碍侦查处理。对方说稍后发“协查通知书”照片过来。",
                   True, FM, []))

    T.scam("order", "fake_purchaser", "flag",
           ["hazardous_no_permit", "third_party_payer", "new_customer", "residential_delivery", "contact_im_only",
            "bypass_process", "evasion_traditional"],
           "A new Fuyun mining outfit, writing in traditional characters, wants 60 t of ammonium nitrate shipped before its purchase filing exists, half paid from the owner's personal card and unloaded in a yard.",
           order("AT-XS-20260511001", "2026-05-11T16:20:00+08:00",
                 customer("富蕴县金拓矿业有限公司", uscc("at-s5", "91654322"), "常经理", "13800003786", None,
                          wxid("at-s5"), None),
                 [("多孔粒状硝酸铵", "60", "吨", "3450.00")], "im", "富蕴县喀拉通克镇（到镇上再打电话，卸在院子里）", "2026-05-14",
                 "老板个人账户先付一半，余款货到付",
                 "常經理：我們礦上開春要放炮，急需60噸硝銨。易制爆購買備案和公安的購買許可正在辦，下週才下來，你們先發貨，備案證明後補。"
                 "款先從我們老闆個人帳戶打一半，公司帳戶這兩天在變更法人，轉不了。到了鎮上直接卸在我們院子裡就行。"))

    T.legit("payment", ["im_instruction", "boss_role", "urgency"],
            "Hard negative: The GM asks in the usual management group to settle the carrier's freight today; the payee is the long-standing carrier account and the OA approval is complete.",
            payment("AT-FK-20260512001", "2026-05-12T15:30:00+08:00", PAYER, V02, "51400", "运费", "4月下旬至5月上旬危险品运费",
                    "im", "杨志刚", wxid("at-yangzhigang"),
                    "杨志刚（安泰管理群）：@郑凯 安运的运费今天结一下，他们车队月中要交保险，别拖。\n"
                    "郑凯：好的杨总，OA我现在提，何经理审。\n"
                    + oa("付款审批-0511", "事项：危险品运输费；收款单位：安运危险品运输；对账单已签"),
                    True, ACC, SMALL, contract_id="AT-WL-2026-001", invoice_no=inv("at-t05")))

    T.legit("order", [], "Routine: Ammonium-nitrate order from the established blasting contractor with its filing number.",
            order("AT-XS-20260513001", "2026-05-13T11:10:00+08:00", C01,
                  [("多孔粒状硝酸铵", "80", "吨", "3420.00")], "erp", "克拉玛依区天工爆破民爆仓库", "2026-05-19",
                  "款到发货", "购买备案号KS-YZB-2026-0187，已在克拉玛依市公安局备案，货款由天工爆破对公账户支付"))

    acc_s14 = acct("at-s14", "6230", 19)
    T.scam("payment", "task_rebate", "block",
           ["task_rebate_words", "topup_words", "personal_account", "first_time_payee", "vague_memo", "urgency",
            "evasion_symbols"],
           "The buyer asks for a 15k petty-cash advance to a 'friend's' card and forwards the task platform's demand to top up before his order 'unlocks', with a zero-width space splitting the keyword.",
           payment("AT-FK-20260514001", "2026-05-14T15:10:00+08:00", PAYER,
                   payee("甘露", acc_s14, "平安银行郑州分行", "personal"),
                   "15000", "备用金", "采购备用金",
                   "im", "孟飞", wxid("at-mengfei"),
                   f"郑会计，我先领1.5万备用金，采购跑腿用，发票回头补。直接打到这张卡：甘露，平安银行 {acc_s14}（我朋友的卡，我自己的卡限额了）\n"
                   f"[转发截图] 派单客服：亲，您的第5单是组合单，需先充值15000元，刷{ZW}单完成后本金+佣金21450元秒到账，超时系统会冻结您的账号哦~",
                   True, PROC, [FM]))

    T.legit("payment", ["authority_words", "first_time_payee", "urgency"],
            "Hard negative: April VAT paid to the state treasury through the e-tax bureau's three-party debit within the filing period.",
            payment("AT-FK-20260515001", "2026-05-15T12:45:00+08:00", PAYER,
                    payee("国家金库克拉玛依市中心支库", acct("at-tax", "1600", 16), "中国人民银行克拉玛依市中心支行", "corporate"),
                    "186420.35", "税款", "2026年4月增值税及附加（税库银联网划缴）",
                    "erp", "郑凯", None, oa("税费缴纳-0514", "4月增值税及附加，网上按期申报后由税库银联网从基本户划缴，申报表已附"),
                    True, ACC, BIG))

    acc_s1 = acct("at-s1", "8830", 18)
    T.scam("payment", "boss_impersonation", "block",
           ["im_instruction", "new_contact", "balance_probe", "cannot_call", "bypass_process", "secrecy_words",
            "deposit_words", "first_time_payee", "no_approval", "boss_role", "urgency", "evasion_homophone"],
           "A new WeChat Work account with the GM's photo asks the cashier for screenshots of both balances, then orders a 460k 'agency deposit' to an unknown Zhundong firm while he is 'in a meeting'.",
           payment("AT-FK-20260518001", "2026-05-18T13:10:00+08:00", PAYER,
                   payee("新疆准东汇能矿业服务有限公司", acc_s1, "昆仑银行乌鲁木齐分行", "corporate"),
                   "460000", "保证金", "区域代理保证金",
                   "im", "杨志刚", "企业微信：杨志刚（新账号，头像与本人一致）",
                   "杨志刚：古丽娜尔，建行和昆仑银行两个户头现在各有多少？截个图发我\n"
                   "古丽娜尔：杨总，建行2,873,550.12，昆仑银行640,218.00，截图发您了\n"
                   f"杨志刚：好。准东那边给了我们硝铵区域代理，对方要46万保正金，今天必须到账，不然名额给别人。收款单位：新疆准东汇能矿业服务有限公司，昆仑银行乌鲁木齐分行，{acc_s1}\n"
                   "杨志刚：我在厅里开会，电话接不了，审批单明天回来补签。这事暂时别在群里说。",
                   True, CASH, []))

    T.scam("payment", "fake_order", "block",
           ["institution_claim", "designated_supplier", "off_catalogue_item", "sales_order_linked", "first_time_payee",
            "personal_account", "fake_payment_proof", "urgency", "evasion_symbols"],
           "Sales asks to advance 67k to a Dushanzi individual for gas detectors an 'oilfield emergency centre' wants bought through us, on a transfer shown as 'in transit'.",
           payment("AT-FK-20260519001", "2026-05-19T15:40:00+08:00", PAYER,
                   payee("贾国栋", acct("at-s7", "6228", 19), "中国农业银行独山子区支行", "personal"),
                   "67200", "代购款", "代客户采购便携式气体检测仪28台（销售单AT-XS-0516）",
                   "im", "阿不都热合曼（转客户消息）", wxid("at-abdu"),
                   "【某油田作业区应急保障中心 牛干事】你们的融雪剂我们订了，合同盖章件已发。另外中心年中检查缺28台四合一气体检测仪，独山子贾师傅那边有现货，"
                   f"但我们单位只能跟一家供应商签合同，麻烦你们先垫{ZW}付给贾师傅，开票时一并算进你们合同。我们后勤的对公款截图发你了，系统显示在途，明天到账。\n"
                   "阿不都：客户说检测仪今天必须付，明早就要送到中心验收。",
                   True, SALES, [SM], order_id="AT-XS-0516"))

    T.legit("order", ["new_customer", "large_first_order"],
            "Hard negative: Large first ammonium-nitrate order from a new blasting company that attached its filing, blasting licence and a cleared prepayment from its own corporate account.",
            order("AT-XS-20260520001", "2026-05-20T12:30:00+08:00",
                  customer("塔城地区安宏爆破工程有限公司", uscc("at-l1", "91654201"), "翟经理", "0901-0000518",
                           "zhai@anhongbp.com", None, None),
                  [("多孔粒状硝酸铵", "150", "吨", "3420.00")], "email",
                  "托里县铁厂沟矿区安宏爆破公司民爆仓库（持《爆破作业单位许可证》）", "2026-05-28",
                  "全款预付（5月19日已从客户对公账户到账，开户许可证已核对）",
                  "随单附：易制爆危险化学品购买备案证明（塔城地区公安局，备案号TC-YZB-2026-0093）、营业执照、爆破作业单位许可证、经办人身份证复印件。"
                  "货款513,000元已于5月19日由我司对公户汇出，付款户名与营业执照一致。"))

    T.scam("payment", "fake_invoice", "flag",
           ["renewal_bill", "email_instruction", "first_time_payee", "no_po_contract", "urgency"],
           "An unknown 'brand protection centre' says another firm is registering the company name as a Chinese keyword and demands a 4,980 'renewal' before the protection 'lapses'.",
           payment("AT-FK-20260521001", "2026-05-21T14:30:00+08:00", PAYER,
                   payee("北京中网品牌保护服务中心有限公司", acct("at-s12", "1527", 17), "中国民生银行北京亚运村支行", "corporate"),
                   "4980", "服务费", "通用网址及中文域名“安泰化工”续用费（5年）",
                   "email", "中网品牌保护中心 审核部", "shenhe@cn-brandcenter.net",
                   "安泰化工物资负责人：\n您好！我中心近日收到“乌鲁木齐某某科技有限公司”提交的申请，拟注册“安泰化工”“安泰硝铵”等中文网址及相关域名。"
                   "经审核，贵司为该商号在先使用人，享有优先续用权。贵司原有网络关键词保护将于5月25日届满，请在届满前完成续用，逾期系统将自动释放给申请方，届时本中心无法再协调。"
                   "续用费：4980元/5年。",
                   True, ACC, SMALL))

    acc_s17 = acct("at-s17", "1007", 17)
    T.scam("payment", "overpayment_refund", "block",
           ["refund_words", "overpayment", "refund_to_other_account", "fake_payment_proof", "im_instruction",
            "new_contact", "urgency"],
           "A 'new finance clerk' of the established blasting customer asks for 52k of an 'overpayment' still shown as pending to be refunded today to a different account in the customer's name.",
           payment("AT-FK-20260522001", "2026-05-22T16:35:00+08:00", PAYER,
                   payee("新疆天工爆破工程有限公司", acc_s17, "乌鲁木齐银行克拉玛依分行", "corporate"),
                   "52000", "退款", "客户多付货款退回",
                   "im", "天工爆破 财务部 宋琪", wxid("at-s17"),
                   "您好，我是天工爆破财务部宋琪，袁经理让我联系您。我们5月20日付贵司的硝铵款多付了52000元（应付273600，付了325600），"
                   "银行那边显示处理中，以实际到账为准。月底审计要平账，麻烦今天先把多付的退回来，退到我们一般户（乌鲁木齐银行 "
                   f"{acc_s17}），基本户在做变更，暂时收不了款。",
                   True, ACC, SMALL, order_id="AT-XS-20260513001"))

    T.legit("payment", ["account_changed_long_ago"],
            "Hard negative: Sodium nitrate paid to the supplier whose account change was verified in January and used since.",
            payment("AT-FK-20260525001", "2026-05-25T11:25:00+08:00", PAYER, V05, "158400", "货款", "工业硝酸钠（48吨）",
                    "erp", "郑凯", None, oa("付款审批-0522", "事项：工业硝酸钠48吨；收款单位：锦华硝盐；依据：AT-CG-2026-002"),
                    False, ACC, BIG, contract_id="AT-CG-2026-002", invoice_no=inv("at-t14"), changed_at=V05_CHANGED))

    fake_c02 = customer("新疆昆仑爆破工程有限责任公司", uscc("at-s6", "91650104"), "秦主任", "13800004519",
                        "kunlunbp_cg@163.com", None, None)
    T.scam("order", "fake_purchaser", "flag",
           ["lookalike_company", "contact_mismatch", "free_mail", "credit_terms_requested", "far_delivery",
            "large_first_order", "new_customer", "hazardous_no_permit"],
           "A near-copy of an established blasting customer's name, using the real contact's name but a free mailbox and mobile, orders 200 t for a Hotan site on 60-day terms and waves away the filing.",
           order("AT-XS-20260526001", "2026-05-26T12:05:00+08:00", fake_c02,
                 [("硝酸铵（工业级）", "200", "吨", "3380.00")], "email", "和田地区墨玉县某工地临时库房（收货人马工 13800004527）",
                 "2026-05-29", "月结60天",
                 "秦主任邮件：老朋友了，还是我。公司南疆项目部刚成立，用这个新邮箱对接采购。这批200吨直接发和田墨玉的工地，合同走项目部，60天月结。"
                 "备案手续项目部会跟当地公安报，不用你们操心，越快越好。"))

    T.scam("payment", "advance_fee", "block",
           ["loan_fee_words", "personal_account", "first_time_payee", "im_instruction", "urgency", "evasion_spacing"],
           "A loan 'disbursement officer' claims a mistyped card number froze a 1.5m loan and asks for a 30k unfreezing fee on his personal account.",
           payment("AT-FK-20260527001", "2026-05-27T12:40:00+08:00", PAYER,
                   payee("钱晓东", acct("at-s13", "6210", 19), "中国邮政储蓄银行郑州金水区支行", "personal"),
                   "30000", "解冻金", "贷款账户解冻",
                   "im", "融易通 放款专员 钱晓东", wxid("at-s13"),
                   "何经理，系统刚反馈贵司预留的收款卡号第7位填错了，150万贷款被银行风控锁住，显示“资金冻结”。需要贵司打一笔解 冻 金（贷款额的2%）"
                   "到我们财务个人账户做流水认证，解冻后连同贷款一起退回。今天不处理，系统会判定骗贷，影响贵司征信。",
                   True, FM, [GM]))

    T.legit("payment", ["authority_words", "first_time_payee", "urgency"],
            "Hard negative: Court-ordered judgment money paid before the deadline into the district people's court enforcement account named in the enforcement notice.",
            payment("AT-FK-20260529001", "2026-05-29T11:50:00+08:00", PAYER,
                    payee("克拉玛依市克拉玛依区人民法院（执行款专户）", acct("at-court", "3002", 19), "中国工商银行克拉玛依分行",
                          "corporate", None, "0990-0000126"),
                    "137260", "执行款", "（2026）新0203执312号 执行款",
                    "erp", "何丽", None,
                    oa("付款审批-0528", "根据克拉玛依区人民法院执行通知书（2026）新0203执312号，限6月3日前履行货款纠纷判决款及案件受理费，缴入法院执行款专户；法务已按法院官网公布的账号核对"),
                    True, FM, [GM]))

    acc_s2 = acct("at-s2", "6217", 19)
    T.scam("payment", "boss_impersonation", "flag",
           ["new_contact", "boss_role", "personal_account", "personal_account_pretext", "bypass_process",
            "first_time_payee", "no_approval", "urgency", "evasion_pinyin"],
           "An SMS from an unknown number claiming to be the GM's 'new number' tells the accountant to send a 38k association fee to a private card, not through the corporate account, paperwork later.",
           payment("AT-FK-20260601001", "2026-06-01T19:35:00+08:00", PAYER,
                   payee("韩学东", acc_s2, "中国建设银行克拉玛依分行", "personal"),
                   "38000", "会务费", "行业协会会务费",
                   "sms", "杨志刚", "13800008317（陌生号码，自称换了新号）",
                   "小郑，我是杨志刚，这是我新号。晚上跟安监那边几个领导吃饭，协会秘书长韩主任帮了大忙，得给他们协会补一笔3.8万的会务费。"
                   f"你直接转他si人卡上，别走dgzh，对公到账慢还要开票。户名韩学东，建行{acc_s2}。手续后面我找何丽签，明早之前办好。",
                   True, ACC, []))

    T.legit("payment", [], "Routine: Monthly warehouse rent.",
            payment("AT-FK-20260602001", "2026-06-02T16:10:00+08:00", PAYER, V04, "58000", "仓储费", "5月危化品库租金",
                    "erp", "古丽娜尔·吐尔逊", None, oa("付款审批-0601", "事项：5月危化品库租金；收款单位：白碱滩危化品仓储"),
                    False, CASH, SMALL, contract_id="AT-ZL-2026-001", invoice_no=inv("at-t19")))

    T.scam("payment", "contract_fraud", "flag",
           ["bigproject_words", "deposit_words", "middleman_fee", "fee_asked_of_seller", "shell_company",
            "first_time_payee", "email_instruction", "urgency", "evasion_fullwidth"],
           "A two-month-old Khorgos 'energy' firm dangling a cross-border mine-blasting contract asks for a 300k 'entry deposit' plus a fixer's fee before signing a supply deal.",
           payment("AT-FK-20260603001", "2026-06-03T11:10:00+08:00", PAYER,
                   payee("霍尔果斯中亚鼎盛能源开发有限公司", acct("at-s8", "1079", 18), "中国银行霍尔果斯支行", "corporate"),
                   "300000", "保证金", "中哈跨境矿山爆破总包 项目准入保证金",
                   "email", "鼎盛能源 项目经理 曲振海", "quzhenhai@zydsny.com",
                   "李总：\n我方承接的哈萨克斯坦东部矿区剥离爆破总包项目（合同额9.6亿）已获两国审批，硝铵年需求约2万吨，拟由贵司独家供应。"
                   f"根据总包方要求，供应单位须先缴纳项目准入{fw('BZJ')}30万元，另需支付对接费用（居间）5万元至我方指定联络人，由其负责跟业主方打点。"
                   "两项到账后即签订三年供货框架协议。本周五前未缴纳视为放弃。",
                   True, SM, SMALL))

    T.scam("payment", "fake_salary", "block",
           ["payee_shared_by_employees", "personal_account", "first_time_payee"],
           "Structural only: five warehouse keepers' May wages go in one lump to a single personal account instead of through the payroll account.",
           payment("AT-FK-20260604001", "2026-06-04T17:30:00+08:00", PAYER,
                   payee("石国华", acct("at-s9", "6228", 19), "中国农业银行克拉玛依分行", "personal"),
                   "29500", "工资", "5月库管组工资（5人）",
                   "erp", "王倩", None, oa("工资单-库管组-05", "5月库管组工资（5人，明细见附表）；收款：石国华"),
                   False, HR, SMALL))

    T.legit("payment", ["urgency", "off_hours", "authority_words"],
            "Hard negative: Sunday-morning emergency repair of the explosives-store CCTV and perimeter alarm, which the police filing requires back within 24 hours, by the regular security vendor.",
            payment("AT-FK-20260607001", "2026-06-07T09:05:00+08:00", PAYER, V06, "12800", "维修费", "易制爆库房监控主机及周界报警抢修",
                    "erp", "谢海涛", None,
                    oa("付款审批-0607", "周日早7点易制爆库房周界报警和视频监控主机故障，按公安备案要求须24小时内恢复并报辖区派出所。天眼安防维保人员已到场更换硬盘录像机，杨总、何经理电话同意后线上审批"),
                    True, SAFE, BIG, contract_id="AT-AF-2026-001", invoice_no=inv("at-t22")))

    acc_s3 = acct("at-s3", "1078", 18)
    T.scam("payment", "account_change", "block",
           ["email_instruction", "lookalike_domain", "account_change_words", "account_changed_recent",
            "payee_name_mismatch", "unusual_bank_region", "first_time_payee", "evasion_fullwidth"],
           "An e-mail from a look-alike of the producer's domain (rn for m) moves ammonium-nitrate payments to a Kashgar 'supply-chain' company; the new details were keyed in six days earlier.",
           payment("AT-FK-20260609001", "2026-06-09T11:45:00+08:00", PAYER,
                   dict(V01, name="喀什准美硝铵供应链有限公司", account_no=acc_s3, bank="中国银行喀什分行"),
                   "792000", "货款", "硝酸铵（300吨）",
                   "email", "准美硝铵 结算中心 孔琳", "konglin@zhunrnei-chem.cn",
                   "何经理您好：\n根据集团资金集中管理要求，我司自6月起由喀什准美硝铵供应链有限公司统一收取南北疆客户货款，原中国银行克拉玛依分行账户停止收款。"
                   "请将本月硝酸铵货款（300吨）汇至：\n户名：喀什准美硝铵供应链有限公司\n开户行：中国银行喀什分行\n"
                   f"账号：{fw(acc_s3)}\n盖章变更函见附件，如有疑问请直接回复本邮件，销售经理近期在外地出差。\n准美硝铵 结算中心 孔琳",
                   False, ACC, BIG, contract_id="AT-CG-2026-001", invoice_no=inv("at-t23"),
                   changed_at="2026-06-03T16:20:00+08:00"))

    T.legit("payment", [], "Routine: May payroll to the bank payroll account.",
            payment("AT-FK-20260610001", "2026-06-10T17:45:00+08:00", PAYER, PAYROLL, "331600", "工资", "2026年5月工资代发（37人）",
                    "erp", "王倩", None, oa("工资发放-0529", "5月工资代发37人"), False, HR, BIG))

    T.scam("payment", "task_rebate", "flag",
           ["task_rebate_words", "third_party_payment_endpoint", "first_time_payee", "no_po_contract",
            "im_instruction", "evasion_pinyin"],
           "A 'short-video promotion' outfit signs the salesman up for like-and-follow tasks with daily commission and asks 12.8k for a 'diamond membership' via a payment-platform merchant code.",
           payment("AT-FK-20260611001", "2026-06-11T11:25:00+08:00", PAYER,
                   payee("上海点金网络科技有限公司", acct("at-s15", "2088", 16), "支付宝（中国）网络技术有限公司（商户收款）", "corporate"),
                   "12800", "推广费", "短视频推广会员升级费",
                   "im", "点金传媒 运营 小米", wxid("at-s15"),
                   "您好，贵司账号已开通企业推广权限，每天zuo任务给客户视频点赞、关注，平台按单返佣，日结。升级钻石会员后派单量翻三倍，升级费12800元，"
                   "走我们公司支付宝企业收款码，开推广费发票。本周升级送3000元任务金。",
                   False, SALES, [SM]))

    T.legit("payment", ["refund_words", "first_time_payee"],
            "Hard negative: An established explosives maker's prepayment is returned to the account it came from after its purchase filing lapsed and the order was cancelled in writing.",
            payment("AT-FK-20260612001", "2026-06-12T15:20:00+08:00", PAYER,
                    payee("新疆西域民爆器材有限公司", acct("at-c03-pay", "6505", 19), "中国建设银行塔城分行", "corporate", None, "0990-0000917"),
                    "340000", "退款", "6月5日预付款原路退回（备案有效期届满，订单取消）",
                    "erp", "郑凯", None,
                    oa("付款审批-0611", "客户6月5日预付340,000元已到我司建行账户（银行回单已核），因其易制爆购买备案有效期届满未能续办，双方书面确认取消订单，款项原路退回至来款账户，户名、账号与回单一致"),
                    False, ACC, BIG))

    T.scam("payment", "authority_impersonation", "flag",
           ["authority_words", "fee_words", "personal_account", "first_time_payee", "urgency", "evasion_symbols"],
           "An SMS styled as the emergency-management bureau says the hazardous-chemicals licence review is overdue and asks an 8,600 'rectification fee' on a clerk's personal card, with an emoji splitting the keyword.",
           payment("AT-FK-20260615001", "2026-06-15T16:10:00+08:00", PAYER,
                   payee("郝文斌", acct("at-s11", "6217", 19), "中国建设银行克拉玛依分行", "personal"),
                   "8600", "年审费", "危化品经营许可证年审整改费",
                   "sms", "克拉玛依市应急管理局 许可科", "13800009126",
                   "【应急管理局】安泰化工物资：贵单位《危险化学品经营许可证》年审材料逾期未报，系统已标记异常⚠️。"
                   "请于6月17日前缴纳整💰改费8600元至经办人郝文斌账户（建行尾号" + acct("at-s11", "6217", 19)[-4:] + "），逾期将暂停许可证并列入重点检查名单。咨询请回复本短信。",
                   True, SAFE, SMALL))

    tp_s16 = third("奎屯顺驰物流有限公司", "13800005672", "refund_recipient", "40000")
    T.scam("order", "overpayment_refund", "block",
           ["new_customer", "overpayment", "refund_to_other_account", "fake_payment_proof", "evasion_fullwidth"],
           "A new Dushanzi trader shows a receipt 40k above a 96k sodium-nitrate order and asks for the excess to go to its haulier, amounts typed in full-width.",
           order("AT-XS-20260616001", "2026-06-16T10:50:00+08:00",
                 customer("独山子区恒远化工贸易有限公司", uscc("at-s16", "91650202"), "邬经理", "13800005634", None,
                          wxid("at-s16"), None),
                 [("工业硝酸钠", "30", "吨", "3200.00")], "im", "独山子区大庆东路恒远化工仓库", "2026-06-18", "款到发货",
                 f"邬经理：货款我们财务已经汇了，电子回单截图发你了，是{fw('136000')}，财务手滑多打了{fw('40000')}。多出来的麻烦直接转给顺驰物流，"
                 "正好是我们欠他们的运费，省得你们退回来我们再转一道。银行说跨行要晚点到，你们先安排发货。",
                 third_party=tp_s16))

    T.legit("payment", ["deposit_words", "first_time_payee"],
            "Hard negative: 30% cash margin for a bank acceptance bill, moved into the company's own margin account at its bank.",
            payment("AT-FK-20260618001", "2026-06-18T11:15:00+08:00", PAYER,
                    payee("克拉玛依安泰化工物资有限公司（承兑保证金户）", acct("at-margin", "6505", 19), "中国建设银行克拉玛依分行", "corporate"),
                    "300000", "保证金", "开立银行承兑汇票30%保证金（票面100万元）",
                    "erp", "何丽", None,
                    oa("付款审批-0617", "向建行克拉玛依分行申请开立银行承兑汇票100万元支付准美硝铵货款，按承兑协议存入30%保证金至本公司在建行开立的保证金账户"),
                    False, FM, [GM]))

    T.scam("payment", "account_lending", "block",
           ["account_lending_words", "in_out_match", "first_time_payee", "no_po_contract", "im_instruction", "urgency",
            "evasion_traditional"],
           "A 'friend's company' says it has just wired 630k into our account and, in traditional characters, asks us to forward the same sum to a road-building firm as its tender bond for a fee.",
           payment("AT-FK-20260623001", "2026-06-23T14:40:00+08:00", PAYER,
                   payee("新疆盛源路桥工程有限公司", acct("at-s18", "6505", 19), "中国建设银行昌吉分行", "corporate"),
                   "630000", "代付", "代新疆众利商贸付投标保证金",
                   "im", "众利商贸 苗总（朋友介绍）", wxid("at-s18"),
                   "李總，上次說的事麻煩了：我們公司對公戶在年審，今天有一筆63萬的投標保證金要進盛源路橋，想借貴司公戶走賬——我們剛把63萬打到你們建行賬上了，"
                   "你們收到後原數轉給盛源路橋就行，給你們五千手續費。回單我發群裡了，下午兩點前要轉出去，不然趕不上開標。",
                   True, SM, BIG))

    T.legit("payment", ["renewal_bill"],
            "Hard negative: Domain renewal paid to the company's own registrar and mail host, already in the vendor master.",
            payment("AT-FK-20260626001", "2026-06-26T10:30:00+08:00", PAYER, V07, "2400", "服务费", "域名续费（3个域名，3年）",
                    "erp", "郑凯", None, oa("付款审批-0625", "事项：公司域名3个续费3年，原注册服务商云端网络，续费通知由其客户经理座机来电，已在注册商后台核对到期日"),
                    False, ACC, SMALL, contract_id="AT-IT-2026-001", invoice_no=inv("at-t31")))

    T.scam("payment", "account_change", "flag",
           ["first_time_payee", "unusual_bank_region"],
           "Structural only: the bag maker's account was re-keyed 48 days ago, outside the 30-day window, to a Chengdu bank with no call-back recorded, and this is the first payment to it.",
           payment("AT-FK-20260629001", "2026-06-29T15:25:00+08:00", PAYER,
                   dict(V03, account_no=acct("at-s4", "6226", 16), bank="中国民生银行成都分行"),
                   "47800", "货款", "吨袋（1100条）",
                   "erp", "孟飞", None, oa("付款审批-0626", "事项：吨袋1100条；收款单位：众诚包装；依据：AT-CG-2026-014"),
                   False, PROC, SMALL, contract_id="AT-CG-2026-014", invoice_no=inv("at-t32"),
                   changed_at="2026-05-12T10:40:00+08:00"))
    return T.lines
