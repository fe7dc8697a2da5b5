//! Whom a payment's memo names. A payroll line names the employee it pays
//! (`押运员努尔买买提7月工资`, `离职工资结算（贾志勇，10月）`); when that employee is not the
//! account holder, the wages are going to somebody else's card (TYPOLOGIES.md H9).
//!
//! Only shapes that name a person with little doubt are read, since a name read where there is
//! none would flag an honest payment:
//!
//! - a transliterated name with its middle dot (`艾力·买买提`);
//! - two to six characters right after a job word (`押运员`, `员工`, `司机`, `师傅`), or after
//!   one used as a label (`员工：`, `主播：`), and before a number or a break;
//! - a Han name (common surname, two to four characters) alone in brackets before a break
//!   (`（贾志勇，`), or opening the memo before a month (`贾志勇10月工资`), or standing alone
//!   before a bracketed employee number (`9月工资 张伟（E2257）`, `李娜(工号1024)`);
//! - the names listed after such a bracketed or dotted name (`（王文斌、字丽、张海）`,
//!   `热合曼·吐尔逊、王志强`) or after a label (`员工：阿力木、叶尔肯`, surnames or not), and a
//!   list of two or more names after a colon (`10月工资：张文斌、李丽、王海`): several people
//!   paid in one line.
//!
//! Candidates holding a character that names a thing rather than a person (`资`, `费`, `月`,
//! `发`, `总` ...) are dropped, so `（单独发放）` or `（王总）` name no one.

use super::entity::{is_cjk, normalize_person_name};

/// Common single-character Han surnames: the first character of the great majority of names.
const SURNAMES: &str = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏\
魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常\
温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲\
翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗\
瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝";

/// Characters that name a thing, a time or a role rather than a person, in payroll text.
const NOT_IN_NAMES: &str = "工资费款薪奖贴补结算月年日期批次组部间班队厂据表附见发放扣税含及与的等项目第号元件人员名\
细计总离职绩效押运装卸临季节卡账户银转代收付领单独统一全体各位金额";

/// The middle dots of transliterated names.
const NAME_DOTS: [char; 4] = ['·', '•', '・', '‧'];

/// Words for a job that a payroll line puts before the employee's name, longest first where
/// one starts another.
const JOB_WORDS: [&str; 6] = ["员工", "职工", "工人", "员", "司机", "师傅"];

/// Words for a role that name a person only when used as a label (`主播：苏雨桐`): bare, they
/// start too many ordinary words (`保洁服务`, `兼职人员`, `导游服务费`).
const LABEL_WORDS: [&str; 8] = ["主播", "兼职", "骑手", "保安", "保洁", "厨师", "导游", "教练"];

/// Characters that may end a name after a job word or in brackets.
const BREAKS: &str = "（(，,、；;：:。）)";

/// Characters that separate the names of a list.
const LIST_MARKS: &str = "、，,";

/// The people `memo` names, as written there.
///
/// This runs for every payment that has a memo or purpose, so it is a plain scan over the
/// memo's characters, and only when the memo holds a character some shape needs (a dot, a job
/// word, a bracket, a month, a list mark): most memos hold none.
pub fn persons_named(memo: &str) -> Vec<&str> {
    let mut names = Vec::new();
    if !memo.contains(|c| NAME_DOTS.contains(&c) || matches!(c, '员' | '工' | '机' | '傅' | '（' | '(' | '月' | '、'))
    {
        return names;
    }
    let chars: Vec<(usize, char)> = memo.char_indices().collect();
    let text = Chars { memo, chars: &chars };
    // Where the last dotted name ended: a dot right there joins a third part to it.
    let mut dotted_end = None;
    for (at, &(_, c)) in chars.iter().enumerate() {
        // A transliterated name: two to eight Han characters on each side of the dot.
        if NAME_DOTS.contains(&c) && dotted_end != Some(at) {
            let before = text.han_run_back(at);
            let after = text.han_run(at + 1);
            if at - before >= 2 && after - (at + 1) >= 2 {
                let end = after.min(at + 9);
                dotted_end = Some(end);
                names.push(text.slice(before.max(at.saturating_sub(8)), end));
                // The names listed after it (`员工：热合曼·吐尔逊、王志强`).
                text.read_list(end, false, &mut names);
            }
        }
        // Two to six Han characters after a job word (or a job word as a label, `员工：`), then a
        // number, a break or the end. The first job word starting here that is followed by such a
        // name counts.
        let after_job = JOB_WORDS.iter().filter(|w| text.rest(at).starts_with(*w)).find_map(|w| {
            let mut start = at + w.chars().count();
            let labelled = text.rest(start).starts_with(['：', ':']);
            if labelled {
                start += 1;
            }
            let name = text.name_after(start, 2..=6, |c| is_digit(c) || BREAKS.contains(c) || c.is_whitespace())?;
            Some((name, start, labelled))
        });
        let after_label = || {
            LABEL_WORDS.iter().filter(|w| text.rest(at).starts_with(*w)).find_map(|w| {
                let colon = at + w.chars().count();
                if !text.rest(colon).starts_with(['：', ':']) {
                    return None;
                }
                let name = text.name_after(colon + 1, 2..=6, |c| BREAKS.contains(c) || c.is_whitespace())?;
                Some((name, colon + 1, true))
            })
        };
        if let Some((name, start, labelled)) = after_job.or_else(after_label).filter(|(name, ..)| plain(name)) {
            names.push(name);
            // Whoever a label lists is a person, surname or not (`员工：阿力木、叶尔肯、阿依别克`).
            if labelled {
                text.read_list(start + name.chars().count(), true, &mut names);
            }
        }
        // A surname-led name of two to four characters standing alone (after a space, a break or
        // the start) right before a bracketed employee number.
        if matches!(c, '（' | '(') && text.opens_employee_number(at + 1) {
            let start = text.han_run_back(at);
            let alone =
                start == 0 || chars.get(start - 1).is_some_and(|(_, p)| p.is_whitespace() || BREAKS.contains(*p));
            if (2..=4).contains(&(at - start)) && alone {
                let name = text.slice(start, at);
                if plain(name) && led_by_surname(name) {
                    names.push(name);
                }
            }
        }
        // A surname-led name of two to four characters alone in brackets, and the names listed
        // after it there (`（王文斌、字丽、张海）`).
        if matches!(c, '（' | '(') {
            if let Some(name) = text.name_after(at + 1, 2..=4, |c| BREAKS.contains(c) || c.is_whitespace()) {
                if plain(name) && led_by_surname(name) {
                    names.push(name);
                    text.read_list(at + 1 + name.chars().count(), false, &mut names);
                }
            }
        }
        // Two or more names listed after a colon (`10月工资：张文斌、李丽、王海`): one name alone
        // after a colon could be anything, a list of them is people.
        if matches!(c, '：' | ':') {
            if let Some(name) = text.name_after(at + 1, 2..=4, |c| LIST_MARKS.contains(c)) {
                if plain(name) && led_by_surname(name) {
                    let before = names.len();
                    names.push(name);
                    text.read_list(at + 1 + name.chars().count(), false, &mut names);
                    if names.len() - before < 2 {
                        names.truncate(before);
                    }
                }
            }
        }
    }
    // A surname-led name of two to four characters opening the memo, before a month.
    let run = text.han_run(0);
    if (2..=4).contains(&run) {
        let digits = chars[run..].iter().take_while(|(_, c)| is_digit(*c)).count();
        if (1..=2).contains(&digits) && chars.get(run + digits).is_some_and(|(_, c)| *c == '月') {
            let name = text.slice(0, run);
            if plain(name) && led_by_surname(name) {
                names.push(name);
            }
        }
    }
    names
}

/// A memo's characters with their byte offsets, for scanning by character.
struct Chars<'m, 'c> {
    memo: &'m str,
    chars: &'c [(usize, char)],
}

impl<'m> Chars<'m, '_> {
    /// The memo from character `at` on.
    fn rest(&self, at: usize) -> &'m str {
        self.chars.get(at).map_or("", |(byte, _)| &self.memo[*byte..])
    }

    /// The memo's characters `[from, to)`.
    fn slice(&self, from: usize, to: usize) -> &'m str {
        let byte = |i: usize| self.chars.get(i).map_or(self.memo.len(), |(b, _)| *b);
        &self.memo[byte(from)..byte(to)]
    }

    /// Whether an employee number starts at `at`: ASCII letters or digits, or `工号`.
    fn opens_employee_number(&self, at: usize) -> bool {
        self.rest(at).starts_with("工号") || self.chars.get(at).is_some_and(|(_, c)| c.is_ascii_alphanumeric())
    }

    /// Where the run of Han characters starting at `from` ends.
    fn han_run(&self, from: usize) -> usize {
        from + self.chars.get(from..).map_or(0, |rest| rest.iter().take_while(|(_, c)| is_cjk(*c)).count())
    }

    /// Where the run of Han characters ending just before `to` starts.
    fn han_run_back(&self, to: usize) -> usize {
        to - self.chars[..to].iter().rev().take_while(|(_, c)| is_cjk(*c)).count()
    }

    /// Reads the names listed from `at` on, each after a list mark, into `names`. A name after
    /// the first may lack a common surname (`字丽`) if it is short, or, in a list after a label
    /// (`员工：`) and after an enumeration comma, be up to six characters of any kind; a comma
    /// there may start a remark (`员工：马福成，提前返乡`). The list stops at the first item that
    /// is not a plain name.
    fn read_list(&self, mut at: usize, after_label: bool, names: &mut Vec<&'m str>) {
        while let Some(&(_, mark)) = self.chars.get(at).filter(|(_, c)| LIST_MARKS.contains(*c)) {
            let any_name = after_label && mark == '、';
            let lengths = if any_name { 2..=6 } else { 2..=4 };
            let Some(name) = self.name_after(at + 1, lengths, |c| BREAKS.contains(c) || c.is_whitespace()) else {
                return;
            };
            if !plain(name) || !(any_name || led_by_surname(name) || name.chars().count() <= 3) {
                return;
            }
            names.push(name);
            at += 1 + name.chars().count();
        }
    }

    /// The run of Han characters starting at `from`, when its length is in `lengths` and it
    /// is followed by the end of the memo or a character `ends` accepts.
    fn name_after(
        &self,
        from: usize,
        lengths: std::ops::RangeInclusive<usize>,
        ends: impl Fn(char) -> bool,
    ) -> Option<&'m str> {
        let end = self.han_run(from);
        let closed = self.chars.get(end).is_none_or(|(_, c)| ends(*c));
        (lengths.contains(&(end - from)) && closed).then(|| self.slice(from, end))
    }
}

fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || ('０'..='９').contains(&c)
}

fn led_by_surname(name: &str) -> bool {
    name.chars().next().is_some_and(|c| SURNAMES.contains(c))
}

/// Whether a candidate holds no character that names a thing rather than a person.
fn plain(candidate: &str) -> bool {
    !candidate.chars().any(|c| NOT_IN_NAMES.contains(c))
}

/// The people one text names, read once and then asked about in two ways.
pub struct PersonsNamed<'t> {
    text: &'t str,
    names: Vec<&'t str>,
}

impl<'t> PersonsNamed<'t> {
    /// Reads the names in `text` (see [`persons_named`]).
    pub fn read(text: &'t str) -> Self {
        Self { text, names: persons_named(text) }
    }

    /// Whether the text names somebody and the payee `payee` is none of them: wages keyed to
    /// another person's card. `false` whenever the text names the payee anywhere (a line for
    /// several people, the payee among them, is another rule's), or names no one it can tell.
    pub fn someone_other_than(&self, payee: &str) -> bool {
        if self.names.is_empty() {
            return false;
        }
        let payee = normalize_person_name(payee);
        if payee.chars().count() < 2 || normalize_person_name(self.text).contains(&payee) {
            return false;
        }
        self.names.iter().map(|n| normalize_person_name(n)).any(|name| !name.contains(&payee) && !payee.contains(&name))
    }
}

/// Whether `memo` names somebody and the payee is none of them (see
/// [`PersonsNamed::someone_other_than`]).
pub fn names_someone_other_than(memo: &str, payee: &str) -> bool {
    PersonsNamed::read(memo).someone_other_than(payee)
}

/// How many different people the texts (a memo and a purpose, say) name between them.
pub fn distinct_persons<'a, 't: 'a>(readings: impl IntoIterator<Item = &'a PersonsNamed<'t>>) -> usize {
    let mut named: Vec<String> =
        readings.into_iter().flat_map(|r| r.names.iter()).map(|n| normalize_person_name(n)).collect();
    named.sort_unstable();
    named.dedup();
    named.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shapes_of_a_named_employee_are_read() {
        assert_eq!(persons_named("押运员努尔买买提7月工资"), ["努尔买买提"]);
        assert_eq!(persons_named("离职工资结算（艾力·买买提，5月）"), ["艾力·买买提"]);
        assert_eq!(persons_named("5月夜班岗工资补发（员工：热合曼·吐尔逊、王志强）"), ["热合曼·吐尔逊", "王志强"]);
        assert_eq!(persons_named("6月直播带货佣金（主播：苏雨桐）"), ["苏雨桐"]);
        assert_eq!(
            persons_named("1月第3周日结工资（员工：阿力木、叶尔肯、马文博、阿依别克）"),
            ["阿力木", "叶尔肯", "马文博", "阿依别克"]
        );
        assert_eq!(persons_named("11—12月工资结清（员工：马福成，提前返乡）"), ["马福成"]);
        assert!(persons_named("保洁服务（3月）").is_empty(), "a role word names someone only as a label");
        assert!(persons_named("兼职人员课时费").is_empty());
        assert_eq!(persons_named("离职工资结算（贾志勇，10月1日—11月15日）"), ["贾志勇"]);
        assert_eq!(persons_named("新入职员工阿力木4月工资"), ["阿力木"]);
        assert_eq!(persons_named("贾志勇10月工资"), ["贾志勇"]);
        assert_eq!(persons_named("离职结算工资及经济补偿（冯刚）"), ["冯刚"]);
        assert_eq!(persons_named("司机王建国，8月出车补助"), ["王建国"]);
        assert_eq!(persons_named("阿卜杜·热合曼·艾力6月工资"), ["阿卜杜·热合曼"]);
        assert_eq!(persons_named("员工（李娜）5月工资"), ["李娜"]);
        assert_eq!(persons_named("9月工资 张伟（E2257）"), ["张伟"]);
        assert_eq!(persons_named("李娜(工号1024)10月工资"), ["李娜"]);
    }

    #[test]
    fn the_names_of_a_list_are_read_in_brackets_and_after_a_colon() {
        assert_eq!(persons_named("8月提成（王文斌、字丽、张海）"), ["王文斌", "字丽", "张海"]);
        assert_eq!(persons_named("10月工资：张文斌、李丽、王海"), ["张文斌", "李丽", "王海"]);
        // A single name after a colon is not read; a list stops at an item that names a thing.
        assert!(persons_named("备注：张文斌").is_empty());
        assert_eq!(persons_named("工资（张文斌、附表）"), ["张文斌"]);
        // A month after the name is not a second name.
        assert_eq!(persons_named("离职工资结算（贾志勇，10月）"), ["贾志勇"]);
    }

    #[test]
    fn people_named_in_several_texts_are_counted_once() {
        let count = |texts: [&str; 2]| distinct_persons(&texts.map(PersonsNamed::read));
        assert_eq!(count(["提成（王文斌、字丽）", "提成：张海、字丽"]), 3);
        assert_eq!(count(["货款", "9月工资"]), 0);
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
            // A name glued to other words before the number is not read: 工资张伟 is no name.
            "9月工资张伟（E2257）",
            "设备款（A3型）",
        ] {
            assert!(persons_named(memo).is_empty(), "{memo}: {:?}", persons_named(memo));
        }
    }

    #[test]
    fn wages_for_someone_else_are_told_from_wages_for_the_payee() {
        assert!(names_someone_other_than("押运员努尔买买提7月工资", "阿依古丽·托合提"));
        assert!(names_someone_other_than("离职工资结算（艾力·买买提，5月）", "麦麦提·托合提"));
        assert!(names_someone_other_than("离职工资结算（贾志勇，10月1日—11月15日）", "刘翠兰"));
        assert!(names_someone_other_than("11月下旬趟次工资 3趟（员工：李文斌）", "李秀兰"));
        assert!(!names_someone_other_than("11月下旬趟次工资 3趟（员工：李文斌）", "李文斌"));
        // The payee is the person named, however the name is spelt, or is named among others.
        assert!(!names_someone_other_than("5月工资（杨帆，变更工资卡后单独发放）", "杨帆"));
        assert!(!names_someone_other_than("离职工资结算（艾力·买买提，5月）", "艾力 买买提"));
        assert!(!names_someone_other_than("押运员努尔买买提、押运员马军7月工资", "马军"));
        // No one named: nothing to compare.
        assert!(!names_someone_other_than("6月工资", "王芳"));
        assert!(!names_someone_other_than("离职工资结算（贾志勇）", ""));
    }
}
