//! The typed fields and derived features a `when` condition can read.
//!
//! The table below is the single source of truth: the checker resolves names against it,
//! `features` fills one value per entry for each request, and `fraudscreen rules fields`
//! prints it for rule authors.

use crate::domain::Kind;

/// The type of a field, checked at load time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Type {
    /// true / false.
    Bool,
    /// A decimal number (money, counts, ratios).
    Number,
    /// A length of time, such as `3d`.
    Duration,
    /// A time of day, such as `22:30`.
    Time,
    /// Text; keyword and regex sets test it.
    Text,
}

impl Type {
    /// The name used in messages.
    pub fn name(self) -> &'static str {
        match self {
            Type::Bool => "true/false",
            Type::Number => "number",
            Type::Duration => "duration",
            Type::Time => "time of day",
            Type::Text => "text",
        }
    }

    /// The Chinese name used in messages.
    pub fn name_zh(self) -> &'static str {
        match self {
            Type::Bool => "布尔值（true/false）",
            Type::Number => "数字",
            Type::Duration => "时长",
            Type::Time => "时刻",
            Type::Text => "文本",
        }
    }
}

/// Which request kinds carry a field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Applies {
    /// Payments only.
    Payment,
    /// Orders only.
    Order,
    /// Both kinds.
    Both,
}

impl Applies {
    /// Whether a field of this applicability exists on `kind`.
    pub fn covers(self, kind: Kind) -> bool {
        matches!((self, kind), (Applies::Both, _) | (Applies::Payment, Kind::Payment) | (Applies::Order, Kind::Order))
    }
}

/// One readable field.
#[derive(Debug)]
pub struct FieldDef {
    /// The name used in `when`.
    pub name: &'static str,
    /// Its type.
    pub ty: Type,
    /// Which requests carry it.
    pub applies: Applies,
    /// What it means, in Chinese.
    pub doc_zh: &'static str,
    /// What it means, in English.
    pub doc_en: &'static str,
}

macro_rules! fields {
    ($( $variant:ident = $name:literal : $ty:ident, $applies:ident, $zh:literal, $en:literal; )*) => {
        /// A field id: the index of the field in [`FIELDS`].
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[allow(missing_docs)]
        pub enum F { $($variant),* }

        /// Every field, in [`F`] order.
        pub static FIELDS: &[FieldDef] = &[
            $( FieldDef { name: $name, ty: Type::$ty, applies: Applies::$applies, doc_zh: $zh, doc_en: $en } ),*
        ];

        impl F {
            /// Every field id, in table order.
            pub const ALL: &[F] = &[$(F::$variant),*];
        }
    };
}

fields! {
    // Payment: as sent.
    RequestId = "request_id": Text, Payment, "付款申请编号", "the payment's request id";
    PayerAccountNo = "payer.account_no": Text, Payment, "付款账号", "paying account number";
    PayerAccountName = "payer.account_name": Text, Payment, "付款户名", "paying account name";
    PayeeName = "payee.name": Text, Payment, "收款人户名", "payee account name";
    PayeeAccountNo = "payee.account_no": Text, Payment, "收款账号", "payee account number";
    PayeeBank = "payee.bank": Text, Payment, "收款开户行", "payee bank and branch";
    PayeeAccountType = "payee.account_type": Text, Payment, "收款账户类型：corporate 对公 / personal 对私 / unknown", "payee account type: corporate, personal or unknown";
    PayeeVendorId = "payee.vendor_id": Text, Payment, "供应商主数据编号", "vendor-master id";
    PayeePhone = "payee.phone": Text, Payment, "收款方留存电话", "payee phone on file";
    Amount = "amount": Number, Payment, "付款金额", "payment amount";
    Currency = "currency": Text, Both, "币种", "currency code";
    Purpose = "purpose": Text, Payment, "用途", "payment purpose";
    Memo = "memo": Text, Payment, "摘要/备注", "payment memo";
    InstructionChannel = "instruction.channel": Text, Payment, "指令渠道：erp / email / phone / sms / im / in_person / letter / other", "instruction channel: erp, email, phone, sms, im, in_person, letter or other";
    InstructionFromName = "instruction.from_name": Text, Payment, "指令发出人", "who the instruction claims to come from";
    InstructionFromContact = "instruction.from_contact": Text, Payment, "指令发出人联系方式（邮箱、号码、IM 号）", "sender address, number or IM id";
    InstructionText = "instruction.text": Text, Payment, "指令原文（粘贴的聊天或邮件）", "pasted text of the instruction";
    InstructionUrgent = "instruction.urgent": Bool, Payment, "标记为加急", "marked urgent";
    RequestedBy = "requested_by": Text, Payment, "申请人工号", "requester's employee id";
    Approvals = "approvals": Number, Payment, "审批人数（approved_by 的人数）", "number of approvers in approved_by";
    RelatedOrderId = "related.order_id": Text, Payment, "关联订单号", "linked order id";
    RelatedContractId = "related.contract_id": Text, Payment, "关联合同号", "linked contract id";
    RelatedInvoiceNo = "related.invoice_no": Text, Payment, "关联发票号", "linked invoice number";
    CallbackDone = "verification.callback_done": Bool, Payment, "已按留存号码回拨核实", "a call-back was made";
    CallbackNumber = "verification.callback_number": Text, Payment, "回拨号码", "number called back";
    CallbackTrusted = "verification.callback_trusted": Bool, Payment, "回拨可信：已回拨，且号码为收款方留存电话（先看导入的供应商主数据，再看请求）；无留存电话时，号码是固定电话（单位座机）且不是指令或变更函里提供的；没有回拨字段时，经审批的 ERP 付款单里写明回拨的号码是记录中的收款方电话（主数据或以往付款）亦算", "the call-back went to the payee's phone on file (the imported vendor master's, else the request's), or, with none on file, to a landline the instruction itself did not supply; without a verification record, an approved ERP slip noting a call-back to the payee's phone in our records (vendor master or earlier payments) counts too";
    // Payment: derived from the history.
    PayeeIsNew = "payee.is_new": Bool, Payment, "首次向该账号付款（此前没有已执行的付款）", "no executed payment to this account before";
    PayeeFirstPaidAge = "payee.first_paid_age": Duration, Payment, "距首次向该账号付款的时长", "time since the first payment to this account";
    PayeePaymentCount = "payee.payment_count": Number, Payment, "此前向该账号已执行的付款笔数", "executed payments to this account before";
    PayeeAccountChangedAge = "payee.account_changed_age": Duration, Payment, "距收款账户变更的时长（主数据变更日期，或同一供应商/户名此前付往其他账号）", "time since the payee's account changed (vendor-master date, or the same vendor or name paid to another account before)";
    PayeeAccountDiffers = "payee.account_differs": Bool, Payment, "同一供应商编号或户名此前付往另一个账号", "the same vendor id or payee name was paid to a different account before";
    PayeeSameHolder = "payee.same_holder": Bool, Payment, "该供应商以前的某个账号就在同一户名下（同一人或单位换了新账号）", "one of the vendor's earlier accounts was in this same name (the same holder, a new account)";
    PayeeNameMismatch = "payee.name_mismatch": Bool, Payment, "户名与该账号留存的户名不一致", "payee name differs from the name on file for this account";
    PayeeLookalike = "payee.lookalike_known": Bool, Payment, "户名与某个已知往来方相差一两个字（疑似仿冒）", "payee name is one or two characters off a known counterparty";
    PayeeAllowlisted = "payee.allowlisted": Bool, Payment, "复核确认过的误报：同一收款账户，且本次命中的规则都在放行名单所列规则之内", "a reviewed false alarm: the same payee account, and every rule that fired is one the allowlist entry lists";
    PayeeIsOwnAccount = "payee.is_own_account": Bool, Payment, "收款户名与付款户名相同（本公司账户之间划转；户名后括注账户用途如“（保证金户）”亦算）", "the payee is the paying company itself (a transfer between its own accounts; a bracketed account use such as `（保证金户）` after the name is ignored)";
    PayeeIsPersonName = "payee.is_person_name": Bool, Payment, "户名像个人姓名而非单位名称", "payee name looks like a person, not an organisation";
    MemoNamesOtherPerson = "memo.names_other_person": Bool, Payment, "摘要或用途点名了某人（如“押运员某某7月工资”“离职工资结算（某某）”），而收款户名不是此人", "the memo or purpose names a person (the employee a payroll line pays, say) and the payee is not that person";
    MemoPersonsNamed = "memo.persons_named": Number, Payment, "摘要和用途点名的不同人数（如“提成（某甲、某乙、某丙）”记 3 人）；只在收款方是个人时读", "how many different people the memo and purpose name (`提成（A、B、C）` names three); read only when the payee is a person";
    PayeeNotNamedParty = "payee.not_named_party": Bool, Payment, "用途、摘要或指令写明了合同另一方（“乙方：某某有限公司”），收款方却不是它", "the purpose, memo or instruction names the contract's other side ('乙方: X Co.') and the payee is not that party";
    PayeeNotOrderCustomer = "payee.not_order_customer": Bool, Payment, "付款关联了我方已接的订单（related.order_id），收款方却不是该订单的客户（按名称）；订单不在历史中时缺失", "the payment names one of our accepted orders (`related.order_id`) and the payee is not that order's customer (by name); missing when the order is not in the history";
    PayeeNotStatedAccount = "payee.not_stated_account": Bool, Payment, "用途、摘要或指令写明了原付款账户（“原付款账户6231…”“原卡尾号6613”），收款账号却不是它；没写明时缺失", "the purpose, memo or instruction names the account the money came from (`原付款账户6231…`, `原卡尾号6613`) and the payee's account is not it; missing when none is named";
    PayeeNotRefundParty = "payee.not_refund_party": Bool, Payment, "用途、摘要或指令写明退款退回哪家外国单位（“退回Northwind Energy多付款”），收款方（外文名）却不是它；只读外文名，没写明或收款方没有外文名时缺失", "the purpose, memo or instruction names the foreign organisation a refund goes back to (`退回Northwind Energy多付款`) and the Latin-named payee is not it; Latin names only, missing when none is named or the payee has no Latin name";
    PayeeEmployeeCount = "payee.employee_count": Number, Payment, "留存为工资卡的员工人数（该账号）", "employees whose payroll account on file is this account";
    PayeeAmountRatio = "payee.amount_ratio": Number, Payment, "本次金额与该收款人以往付款中位数之比", "amount divided by the median earlier payment to this payee";
    PayeePayments24h = "payee.payments_24h": Number, Payment, "24 小时内向该账号的付款笔数（不含本笔）", "payments to this account in the last 24h, this one excluded";
    PayeePayments72h = "payee.payments_72h": Number, Payment, "72 小时内向该账号的付款笔数（不含本笔）", "payments to this account in the last 72h, this one excluded";
    PayeeSum72h = "payee.sum_72h": Number, Payment, "72 小时内向该账号付款合计（含本笔）", "total paid to this account in the last 72h, this one included";
    RequesterPayments24h = "requester.payments_24h": Number, Payment, "同一申请人 24 小时内的付款笔数（不含本笔）", "payments by the same requester in the last 24h";
    RequesterPayments72h = "requester.payments_72h": Number, Payment, "同一申请人 72 小时内的付款笔数（不含本笔）", "payments by the same requester in the last 72h";
    JustBelowLimit = "amount.just_below_limit": Bool, Payment, "金额略低于某个审批额度（额度 × 比例 ≤ 金额 < 额度）", "amount just below an approval threshold";
    SplitPayment = "amount.split_payment": Bool, Payment, "拆分付款：72 小时内向同一账号多笔均低于额度、合计超过额度", "several payments to one account within the split window, each below a threshold, adding up past it";
    InvoicePaidBefore = "invoice.paid_before": Bool, Payment, "该发票号此前已付款", "this invoice number was paid before";
    FromFreeMail = "instruction.from_free_mail": Bool, Payment, "指令来自免费邮箱", "the instruction came from a free mail address";
    // Both: derived from the texts.
    LookalikeDomain = "contact.lookalike_domain": Bool, Both, "请求里的邮箱域名（发件人、客户邮箱或正文）以前没出现过，却与以前往来过的域名只差一个连字符、形近字符或一个字母（`jemis-trade.kz` 冒充 `jemistrade.kz`）", "an e-mail domain in the request (the sender, the customer's address or the text) is new, yet a hyphen, a look-alike character or one letter off a domain dealt with before (`jemis-trade.kz` for `jemistrade.kz`)";
    FoundedMonthsAgo = "text.founded_months_ago": Number, Both, "文字写明的成立或注册年月距今的月数（“经查该公司2026年3月成立”；写了几个取最近的）", "months since the founding or registration month the text gives ('founded in March 2026'; the latest if several)";
    // Order: as sent.
    RecordId = "record_id": Text, Order, "订单记录编号", "the order's record id";
    CustomerName = "customer.name": Text, Order, "客户名称", "customer name";
    CustomerCreditCode = "customer.credit_code": Text, Order, "统一社会信用代码", "unified social credit code";
    CustomerContactName = "customer.contact_name": Text, Order, "联系人", "contact person";
    CustomerPhone = "customer.phone": Text, Order, "联系电话", "contact phone";
    CustomerEmail = "customer.email": Text, Order, "联系邮箱", "contact e-mail";
    CustomerImId = "customer.im_id": Text, Order, "联系 IM 号", "contact IM id";
    CustomerId = "customer.customer_id": Text, Order, "客户主数据编号（新客户为空）", "customer-master id, null for a new customer";
    TotalAmount = "total_amount": Number, Order, "订单总额", "order total";
    OrderChannel = "channel": Text, Order, "下单渠道（取值同 instruction.channel）", "order channel, same values as instruction.channel";
    DeliveryAddress = "delivery.address": Text, Order, "收货地址", "ship-to address";
    DeliveryLeadTime = "delivery.lead_time": Duration, Order, "收单到要求交货日的时长", "time from receipt to the requested delivery date";
    PaymentTerms = "payment_terms": Text, Order, "付款条件", "payment terms";
    ThirdPartyName = "third_party.name": Text, Order, "第三方名称", "third party's name";
    ThirdPartyContact = "third_party.contact": Text, Order, "第三方联系方式", "third party's contact";
    ThirdPartyRole = "third_party.role": Text, Order, "第三方角色：designated_supplier / refund_recipient / pass_through_payee / notary_service …", "third party's role";
    ThirdPartyAmount = "third_party.amount": Number, Order, "涉及第三方的金额", "money involving the third party";
    ThirdPartyKnownPayee = "third_party.known_payee": Bool, Order, "第三方是我们以前付过款的收款方（同一名称，或供应商主数据里的供应商）", "the third party is a payee we have paid before (the same name, or a vendor in the vendor master)";
    FeesCount = "fees.count": Number, Order, "向我方索要的费用笔数", "number of fees asked of us";
    FeesTotal = "fees.total": Number, Order, "向我方索要的费用合计", "total of the fees asked of us";
    FeesReason = "fees.reason": Text, Order, "费用事由（多笔合并）", "reasons given for the fees, joined";
    ItemsCount = "items.count": Number, Order, "订单行数", "number of order lines";
    ItemsProduct = "items.product": Text, Order, "品名（多行合并）", "product names, joined";
    Notes = "notes": Text, Order, "订单备注（客户原话）", "order notes: what the customer said";
    // Order: derived.
    CustomerIsNew = "customer.is_new": Bool, Order, "新客户（无客户编号且不是已知客户）", "a new customer: no known customer id and no earlier order";
    CustomerKnownByNameOnly = "customer.known_by_name_only": Bool, Order, "无客户编号，但名称与已知客户相同（可能冒用老客户名义）", "no customer id, but the name of a known customer (possibly someone using it)";
    CustomerOrderCount = "customer.order_count": Number, Order, "该客户此前已接受的订单数", "orders from this customer accepted before";
    CreditCodeValid = "customer.credit_code_valid": Bool, Order, "统一社会信用代码校验位正确", "the credit code's check character is right";
    CustomerLookalike = "customer.lookalike_known": Bool, Order, "客户名称与已知客户相差一两个字（疑似仿冒）", "customer name is one or two characters off a known customer";
    CustomerAllowlisted = "customer.allowlisted": Bool, Order, "复核确认过的误报：同一客户，且本次命中的规则都在放行名单所列规则之内", "a reviewed false alarm: the same customer, and every rule that fired is one the allowlist entry lists";
    CustomerContactDiffers = "customer.contact_differs": Bool, Order, "已知客户（按编号，无编号时按名称）但电话、邮箱或 IM 与以往订单都不同", "a known customer (by id, or by name without one) whose phone, e-mail or IM id differs from all earlier orders";
    CustomerHasLandline = "customer.has_landline": Bool, Order, "留有固定电话", "a landline was given";
    CustomerFreeMail = "customer.email_free_mail": Bool, Order, "使用免费邮箱", "the e-mail is at a free mail service";
    CustomerSizeVsOwn = "customer.size_vs_own": Number, Order, "本单金额与该客户以往最大一单之比（小单取信、大单骗货）", "order total divided by this customer's largest earlier order (small orders first, then a big one)";
    CustomerTermsAsBefore = "customer.terms_as_before": Bool, Order, "已知客户本单的付款条件与其以往某一单相同（括号里的合同号、授信额度等备注不计）", "a known customer's payment terms are those of one of its earlier orders (bracketed remarks such as a contract number or credit line aside)";
    OrderSizeRatio = "order.size_vs_usual": Number, Order, "本单金额与本公司近期订单中位数之比", "order total divided by the median of the company's recent orders";
    // Both: time.
    LocalHour = "local.hour": Number, Both, "本地时间的小时（0–23，按租户时区）", "hour of day in the tenant's time zone";
    LocalTime = "local.time": Time, Both, "本地时刻", "local time of day";
    LocalWeekday = "local.weekday": Number, Both, "星期几（1=周一 … 7=周日）", "day of week, 1 = Monday";
    LocalIsWeekend = "local.is_weekend": Bool, Both, "周六或周日", "Saturday or Sunday";
    LocalIsHoliday = "local.is_holiday": Bool, Both, "法定节假日", "a public holiday";
    LocalIsWorkday = "local.is_workday": Bool, Both, "工作日（含调休上班日）", "a working day, make-up working days included";
    LocalIsBusinessHours = "local.is_business_hours": Bool, Both, "工作日的办公时间内", "within business hours on a working day";
    // Both: all free text.
    Text = "text": Text, Both, "全部自由文本（付款：用途、摘要、指令原文；订单：备注、付款条件、费用事由、品名、第三方名称）", "all free text: purpose, memo and instruction text for payments; notes, payment terms, fee reasons, products and third-party name for orders";
}

impl F {
    /// The field's definition.
    pub fn def(self) -> &'static FieldDef {
        &FIELDS[self as usize]
    }

    /// Looks a field up by name.
    pub fn by_name(name: &str) -> Option<F> {
        F::ALL.iter().copied().find(|f| f.def().name == name)
    }

    /// The values an enumerated text field may take; empty for free text.
    pub fn allowed_values(self) -> &'static [&'static str] {
        match self {
            F::PayeeAccountType => &["corporate", "personal", "unknown"],
            F::InstructionChannel | F::OrderChannel => {
                &["erp", "email", "phone", "sms", "im", "in_person", "letter", "other"]
            }
            F::Currency => &[],
            _ => &[],
        }
    }

    /// The fields a composite text field stands for, on `kind`; empty for plain fields.
    pub fn members(self, kind: Kind) -> &'static [F] {
        match (self, kind) {
            (F::Text, Kind::Payment) => &[F::Purpose, F::Memo, F::InstructionText],
            (F::Text, Kind::Order) => &[F::Notes, F::PaymentTerms, F::FeesReason, F::ItemsProduct, F::ThirdPartyName],
            _ => &[],
        }
    }

    /// Whether this is a composite of other text fields.
    pub fn is_composite(self) -> bool {
        self == F::Text
    }
}

/// Number of fields.
pub const N_FIELDS: usize = F::ALL.len();

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_and_enum_agree() {
        assert_eq!(FIELDS.len(), F::ALL.len());
        for (index, field) in F::ALL.iter().enumerate() {
            assert_eq!(*field as usize, index);
            assert_eq!(F::by_name(field.def().name), Some(*field));
        }
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = FIELDS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FIELDS.len());
    }
}
