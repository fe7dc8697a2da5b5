//! Whom a payment's memo names. A payroll line names the employee it pays
//! (`押运员努尔买买提7月工资`, `离职工资结算（贾志勇，10月）`); when that employee is not the
//! account holder, the wages are going to somebody else's card (TYPOLOGIES.md H9).
//!
//! Only shapes that name a person with little doubt are read, since a name read where there is
//! none would flag an honest payment:
//!
//! - a transliterated name with its middle dot (`艾力·买买提`);
//! - two to six characters right after a job word (`押运员`, `员工`, `司机`, `师傅`) and before
//!   a number or a break;
//! - a Han name (common surname, two to four characters) alone in brackets before a break
//!   (`（贾志勇，`), or opening the memo before a month (`贾志勇10月工资`).
//!
//! Candidates holding a character that names a thing rather than a person (`资`, `费`, `月`,
//! `发`, `总` ...) are dropped, so `（单独发放）` or `（王总）` name no one.

use std::sync::LazyLock;

use regex::Regex;

use super::entity::normalize_person_name;

/// Common single-character Han surnames: the first character of the great majority of names.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏\
魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常\
温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲\
翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗\
瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// Characters that name a thing, a time or a role rather than a person, in payroll text.
const NOT_IN_NAMES: &str = "工资费款薪奖贴补结算月年日期批次组部间班队厂据表附见发放扣税含及与的等项目第号元件人员名\
细计总离职绩效押运装卸临季节卡账户银转代收付领单独统一全体各位金额";

static DOTTED: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\p{Han}{2,8}[·•・‧]\p{Han}{2,8}").ok());
static AFTER_JOB: LazyLock<Option<Regex>> =
    LazyLock::new(|| Regex::new(r"(?:员工|职工|工人|员|司机|师傅)(\p{Han}{2,6}?)(?:\d|[（(，,、；;：:。\s]|$)").ok());
static IN_BRACKETS: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"[（(](\p{Han}{2,4})[，,、；;）)\s]").ok());
static BEFORE_MONTH: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"^(\p{Han}{2,4}?)\d{1,2}月").ok());

/// The people `memo` names, as written there.
///
/// This runs for every payment to a person, so each pattern is tried only when the memo holds
/// the character its shape needs (a dot, a job word, a bracket, a month): most memos hold none.
pub fn persons_named(memo: &str) -> Vec<&str> {
    let mut names = Vec::new();
    let holds = |chars: &[char]| memo.contains(chars);
    if holds(&['·', '•', '・', '‧']) {
        if let Some(dotted) = DOTTED.as_ref() {
            names.extend(dotted.find_iter(memo).map(|m| m.as_str()));
        }
    }
    if holds(&['员', '工', '机', '傅']) {
        if let Some(after_job) = AFTER_JOB.as_ref() {
            let found = after_job.captures_iter(memo).filter_map(|c| c.get(1)).map(|m| m.as_str());
            names.extend(found.filter(|n| plain(n)));
        }
    }
    for (pattern, needs) in [(&IN_BRACKETS, &['（', '('][..]), (&BEFORE_MONTH, &['月'][..])] {
        if let (true, Some(pattern)) = (holds(needs), pattern.as_ref()) {
            let found = pattern.captures_iter(memo).filter_map(|c| c.get(1)).map(|m| m.as_str());
            names.extend(found.filter(|n| plain(n) && n.chars().next().is_some_and(|c| SURNAMES.contains(c))));
        }
    }
    names
}

/// Whether a candidate holds no character that names a thing rather than a person.
fn plain(candidate: &str) -> bool {
    !candidate.chars().any(|c| NOT_IN_NAMES.contains(c))
}

/// Whether `memo` names somebody and the payee `payee` is none of them: wages keyed to another
/// person's card. `false` whenever the memo names the payee anywhere (a line for several people,
/// the payee among them, is another rule's), or names no one it can tell.
pub fn names_someone_other_than(memo: &str, payee: &str) -> bool {
    let named = persons_named(memo);
    if named.is_empty() {
        return false;
    }
    let payee = normalize_person_name(payee);
    if payee.chars().count() < 2 || normalize_person_name(memo).contains(&payee) {
        return false;
    }
    named.into_iter().map(normalize_person_name).any(|name| !name.contains(&payee) && !payee.contains(&name))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shapes_of_a_named_employee_are_read() {
        assert_eq!(persons_named("押运员努尔买买提7月工资"), ["努尔买买提"]);
        assert_eq!(persons_named("离职工资结算（艾力·买买提，5月）"), ["艾力·买买提"]);
        assert_eq!(persons_named("离职工资结算（贾志勇，10月1日—11月15日）"), ["贾志勇"]);
        assert_eq!(persons_named("新入职员工阿力木4月工资"), ["阿力木"]);
        assert_eq!(persons_named("贾志勇10月工资"), ["贾志勇"]);
        assert_eq!(persons_named("离职结算工资及经济补偿（冯刚）"), ["冯刚"]);
    }

    #[test]
    fn words_that_only_look_like_names_are_not() {
        for memo in [
            "6月工资",
            "6月工资（单独发放）",
            "5月装卸工工资（12人，明细见附表）",
            "备用金（王总，出差）",
            "管理员工资5月",
            "补发还原车间3月加班费（5人）",
            "离职结算工资",
            "工资（补发）",
        ] {
            assert!(persons_named(memo).is_empty(), "{memo}: {:?}", persons_named(memo));
        }
    }

    #[test]
    fn wages_for_someone_else_are_told_from_wages_for_the_payee() {
        assert!(names_someone_other_than("押运员努尔买买提7月工资", "阿依古丽·托合提"));
        assert!(names_someone_other_than("离职工资结算（艾力·买买提，5月）", "麦麦提·托合提"));
        assert!(names_someone_other_than("离职工资结算（贾志勇，10月1日—11月15日）", "刘翠兰"));
        // The payee is the person named, however the name is spelt, or is named among others.
        assert!(!names_someone_other_than("5月工资（杨帆，变更工资卡后单独发放）", "杨帆"));
        assert!(!names_someone_other_than("离职工资结算（艾力·买买提，5月）", "艾力 买买提"));
        assert!(!names_someone_other_than("押运员努尔买买提、押运员马军7月工资", "马军"));
        // No one named: nothing to compare.
        assert!(!names_someone_other_than("6月工资", "王芳"));
        assert!(!names_someone_other_than("离职工资结算（贾志勇）", ""));
    }
}
