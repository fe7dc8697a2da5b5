//! Problems found while loading rule files: where, what was expected, and a suggestion,
//! in Chinese or English, rendered with the offending text underlined.

use std::fmt;
use std::ops::Range;

use miette::{GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode};
use serde::Serialize;

use super::Sources;

/// Which language messages are shown in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Lang {
    /// 中文 (the officers' language).
    #[default]
    Zh,
    /// English.
    En,
}

/// A message in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Text {
    /// Chinese.
    pub zh: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A message in both languages.
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Text {
        Text { zh: zh.into(), en: en.into() }
    }

    /// The message in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

/// One problem in one file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, as named in [`Sources`].
    pub file: String,
    /// Byte range of the offending text in the file.
    pub span: Range<usize>,
    /// What is wrong.
    pub message: Text,
    /// The label under the offending text: what was expected.
    pub label: Text,
    /// How to fix it, with a did-you-mean where one is close.
    pub help: Option<Text>,
}

/// Every problem found in a load, in file order. Never empty when returned as an error.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

/// How diagnostics are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Format {
    /// Source excerpt with the offending text underlined.
    #[default]
    Human,
    /// One line per problem: `file:line:column: message`.
    Plain,
    /// A JSON array.
    Json,
}

impl Diagnostics {
    /// Number of problems.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Renders every problem.
    pub fn render(&self, sources: &Sources, lang: Lang, format: Format) -> String {
        match format {
            Format::Human => self.render_human(sources, lang),
            Format::Plain => self
                .0
                .iter()
                .map(|d| {
                    let (line, column) = line_column(sources.text_of(&d.file), d.span.start);
                    let mut out = format!("{}:{line}:{column}: {}: {}", d.file, d.message.get(lang), d.label.get(lang));
                    if let Some(help) = &d.help {
                        out.push_str(&format!(" ({})", help.get(lang)));
                    }
                    out + "\n"
                })
                .collect(),
            Format::Json => {
                #[derive(Serialize)]
                struct Row<'a> {
                    file: &'a str,
                    line: usize,
                    column: usize,
                    end_line: usize,
                    end_column: usize,
                    message: &'a str,
                    expected: &'a str,
                    help: Option<&'a str>,
                }
                let rows: Vec<Row<'_>> = self
                    .0
                    .iter()
                    .map(|d| {
                        let text = sources.text_of(&d.file);
                        let (line, column) = line_column(text, d.span.start);
                        let (end_line, end_column) = line_column(text, d.span.end);
                        Row {
                            file: &d.file,
                            line,
                            column,
                            end_line,
                            end_column,
                            message: d.message.get(lang),
                            expected: d.label.get(lang),
                            help: d.help.as_ref().map(|h| h.get(lang)),
                        }
                    })
                    .collect();
                serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n"
            }
        }
    }

    fn render_human(&self, sources: &Sources, lang: Lang) -> String {
        let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(100);
        let mut out = String::new();
        for d in &self.0 {
            let report = Rendered {
                message: d.message.get(lang).to_owned(),
                source: NamedSource::new(d.file.clone(), sources.text_of(&d.file).to_owned()),
                label: LabeledSpan::new_with_span(Some(d.label.get(lang).to_owned()), d.span.clone()),
                help: d.help.as_ref().map(|h| h.get(lang).to_owned()),
            };
            if handler.render_report(&mut out, &report).is_err() {
                out.push_str(&report.message);
            }
            out.push('\n');
        }
        let summary = match lang {
            Lang::Zh => format!("共发现 {} 个问题\n", self.0.len()),
            Lang::En => format!("{} problem(s) found\n", self.0.len()),
        };
        out + &summary
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in &self.0 {
            writeln!(f, "{}: {}", d.file, d.message.en)?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

/// 1-based line and column (in characters) of a byte offset.
pub fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(text.len());
    let before = text.get(..offset).unwrap_or("");
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[derive(Debug)]
struct Rendered {
    message: String,
    source: NamedSource<String>,
    label: LabeledSpan,
    help: Option<String>,
}

impl fmt::Display for Rendered {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Rendered {}

impl miette::Diagnostic for Rendered {
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(&self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(std::iter::once(self.label.clone())))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help.as_ref().map(|h| Box::new(h.clone()) as Box<dyn fmt::Display>)
    }
}

/// The closest of `candidates` to `word`, if close enough to be a likely typo.
pub fn did_you_mean<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| (strsim::levenshtein(word, c), c))
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, c)| (*distance, *c))
        .map(|(_, c)| c)
}

/// Help text for a did-you-mean.
pub fn suggestion(candidate: Option<&str>) -> Option<Text> {
    candidate.map(|c| Text::new(format!("是否想写 `{c}`？"), format!("did you mean `{c}`?")))
}
