//! # caption-credit
//!
//! ## What it removes
//!
//! Photo and video captions and credit lines: a line that *is* a credit, or that *ends* in one.
//! A credit is one of:
//!
//! - **an agency credit**: parts joined by `/`, `|` or ` via `, at least one of them a photo or
//!   news agency from a generic list (Reuters, AP, AFP, Getty Images, EPA-EFE, dpa, Anadolu,
//!   Shutterstock, iStock, picture alliance, imago, …), every part a short name:
//!   `REUTERS/Jane Roe/File Photo`, `(AP Photo/Jane Roe)`, `(Jane Roe/AP)`,
//!   `Jane Roe/Anadolu via Getty Images`, `Alex Roe | Getty Images`;
//! - **a labelled credit**: `Photo:`, `Foto:`, `Bild:`, `Image credit:`, `Credit:`,
//!   `Crédit photo :`, `Imagen:`, `Fotocredit:`, `Credit...`, `(Photo by …)`,
//!   `Photograph by …`, `Image copyright …` followed by a short credit;
//! - **a `©` credit at the end of a caption**: `… © iStock.com/name`, `… © Name / Photothek`;
//! - **a lone agency line**: `Getty Images`, `REUTERS`, `AFP`, `dpa`.
//!
//! A *caption* is a description followed by the credit at the END of the line, after a
//! sentence end, a separator (` - `, ` | `, ` / `), an opening parenthesis, or (for a
//! capitalised `Label:` with a name-like credit) a plain space. The description may be at most 55
//! words and 3 sentences: a longer paragraph with a credit glued to its end is kept whole. A single agency name only counts as a trailing credit after ` / ` or ` | `, or, for
//! photo-only agencies (Getty Images, Shutterstock…), after a sentence end; a parenthesised
//! news agency at the end of a paragraph (`… said on Monday. (Reuters)`) is the article's own
//! attribution and is kept.
//!
//! ## Rules
//!
//! - `caption-credit/agency-credit`: a caption ending in an agency credit, or an agency credit
//!   line
//! - `caption-credit/labelled-credit`: a caption ending in a labelled credit (`Photo: …`), or a
//!   labelled credit line
//! - `caption-credit/copyright-credit`: a caption ending in a `©` credit
//! - `caption-credit/lone-agency`: an agency name alone on its line
//!
//! ## Why is this noise?
//!
//! Captions describe an image the text-only output no longer has, and credits name the
//! photographer and agency; neither is part of the article's text.
//!
//! ## Example
//!
//! Before:
//!
//! ```text
//! The minister speaks at a press conference in Madrid, May 3, 2024. REUTERS/Jane Roe/File Photo
//!
//! The minister announced new measures on Tuesday.
//!
//! Foto: Max Muster/dpa
//! ```
//!
//! After:
//!
//! ```text
//! The minister announced new measures on Tuesday.
//! ```
//!
//! ## Known false positives
//!
//! A sentence that ends with an agency slash pair by coincidence ("Support fell to 38 percent.
//! Reuters/Ipsos") is read as a caption. A standalone line `Bild: …` quoting the German
//! newspaper of that name would be read as a credit.
//!
//! Deliberately kept: article sentences that mention agencies ("Reuters reported on Monday
//! that…", "AP Photo editors said…", "WASHINGTON (Reuters) - …", "…, destacó AFP."), a photo
//! described in prose ("a photo shared by the agency shows…", "zeigt ein Foto von seinem
//! Sohn"), a trailing `(dpa)` or `(AFP)` attribution, labels followed by a sentence rather than a
//! credit ("Credit: Banks tightened lending standards in the third quarter."), URLs and dates
//! with slashes, and `© 2024 Example Media` copyright lines (left to the copyright filter).

use std::sync::LazyLock;

use regex::Regex;

use crate::filter::{Context, Filter, Finding, Rule};
use crate::matchers::gate;
use crate::matchers::regexes::{BoundaryRegex, Screened};
use crate::patterns::slots::{covering, longest_ascii_run, trie_alternation};
use crate::text::{has_words, is_stopword, more_words_than, trim, word_count, words};
use crate::vocabulary;

pub struct CaptionCredit;

const AGENCY_CREDIT: Rule = Rule::new(
    "agency-credit",
    "a caption ending in an agency credit, or an agency credit line",
);
const LABELLED_CREDIT: Rule = Rule::new(
    "labelled-credit",
    "a caption ending in a labelled credit (`Photo: …`), or a labelled credit line",
);
const COPYRIGHT_CREDIT: Rule = Rule::new("copyright-credit", "a caption ending in a `©` credit");
const LONE_AGENCY: Rule = Rule::new("lone-agency", "an agency name alone on its line");

/// A photo or news agency, as it appears in credits: `agencies` of `lang/common.toml`, in their
/// case so that `ap` or `pa` inside ordinary words never count, then the photo libraries and
/// agencies in any case, each part a trie ([`trie_alternation`]): a name gives way to the longer
/// names it starts (`EPA-EFE` to `EPA`).
static AGENCY: LazyLock<String> = LazyLock::new(|| {
    let exact = trie_alternation(vocabulary::AGENCIES.iter().copied());
    let any_case = trie_alternation(any_case_agencies());
    format!("(?:{exact}|(?i:{any_case}))")
});

/// The names of [`AGENCY`] matched in any case.
fn any_case_agencies() -> impl Iterator<Item = &'static str> {
    let libraries = vocabulary::PHOTO_LIBRARIES.iter();
    libraries.chain(vocabulary::PHOTO_AGENCIES).copied()
}

/// Literals one of which every match of [`AGENCY`] holds, the screen of the patterns built on it
/// (see [`Screened`]): the names written in one case, matched in it (`AP` is not in "happen"),
/// and those of the case-insensitive part, in any case; each name as its longest ASCII run
/// (`lam` of `Télam`), each list without the names that hold another ([`covering`]).
static AGENCY_EXACT: LazyLock<Vec<&str>> = LazyLock::new(|| {
    let names = vocabulary::AGENCIES
        .iter()
        .map(|name| longest_ascii_run(name));
    covering(names, false)
});
static AGENCY_ANY_CASE: LazyLock<Vec<&str>> =
    LazyLock::new(|| covering(any_case_agencies().map(longest_ascii_run), true));

/// Agencies that only ever appear in photo credits, never as a story's source
/// (`photo_libraries` of `lang/common.toml`).
static PHOTO_AGENCY: LazyLock<String> = LazyLock::new(|| {
    let libraries = trie_alternation(vocabulary::PHOTO_LIBRARIES.iter().copied());
    format!("(?i:{libraries})")
});

/// One part of an agency credit that names the agency: "Reuters", "AP Photo", "Getty Images
/// for Netflix" is not needed, "AFP Photo", "dpa-Zentralbild".
static AGENCY_PART: LazyLock<Screened<Regex>> = LazyLock::new(|| {
    Screened::with_exact(
        &AGENCY_ANY_CASE,
        &AGENCY_EXACT,
        || {
            let agency = &*AGENCY;
            format!(
                r"(?x)^(?:{agency})(?:\ (?:Photo|PHOTO|Images|Pictures|Pool|POOL|Handout|File))?$"
            )
        },
        |pattern| Regex::new(pattern).expect("valid regex"),
    )
});

/// An agency name anywhere in the line. Every agency credit has a part that is one, so a line
/// without a match cannot end in one: this one scan spares the per-boundary work of
/// [`trailing_agency_credit`] on nearly every line.
static AGENCY_ANYWHERE: LazyLock<Screened<Regex>> = LazyLock::new(|| {
    Screened::with_exact(
        &AGENCY_ANY_CASE,
        &AGENCY_EXACT,
        || format!(r"(?x){}", *AGENCY),
        |pattern| Regex::new(pattern).expect("valid regex"),
    )
});

static PHOTO_AGENCY_ONLY: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"(?x)^(?:{})$", *PHOTO_AGENCY)).expect("valid regex"));

/// Separators between the parts of an agency credit.
static CREDIT_SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*[/|]\s*|\s+via\s+").expect("valid regex"));

/// A credit part: a short run of name-like words (letters, digits, `. ' & _ -`).
static PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}][\p{L}\p{N}\p{M} .'’&_-]*$").expect("valid regex"));

/// A credit label. `colon` labels need `:` (or `...`) after them; the `by` labels do not.
static LABEL: Screened<BoundaryRegex> = Screened::new(
    &[
        "credit",
        "source",
        "courtesy",
        "photo",
        "pic",
        "image",
        "foto",
        "bild",
        "dit",
        "illustration",
        "genes",
        "cortes",
    ],
    || {
        r"(?xi)
        \b(?:
        (?P<colon>
            (?:main\ |top\ |featured\ |header\ |cover\ |lead\ )?(?:image|picture|photo)\ (?:credits?|source|courtesy)
          | photos? | photograph | photographer | photography | pictures? | pic | images?
          | credits? | image\ copyright
          | fotos? | fotografie | fotograf | fotografin | fotocredit | fotoquelle | fotonachweis
          | bild(?:er)? | bildquelle | bildnachweis | bildrechte | beitragsbild | titelbild | aufmacherbild
          | archivfoto | archivbild | symbolfoto | symbolbild | vorschaubild
          | crédits?(?:\ photos?)? | photo\ d['’]illustration | illustration
          | imagen | imágenes | fotografía | créditos? | cortesía | crediti | imagem
        )\s*(?::|\.\.\.|…)
        | (?P<by>
            (?:photo|photograph|picture|image)s?\ (?:by|via|courtesy(?:\ of)?)
          | image\ copyright
          | courtesy\ of
          | foto\ de\ archivo
        )\s
        )".into()
    },
    |pattern| BoundaryRegex::new(pattern).expect("valid regex"),
);

/// Labels that are also ordinary words or section names: their body must look like a credit.
/// Plural labels also head photo galleries ("Photos: The mall through the years"), so they count
/// as ambiguous too.
static AMBIGUOUS_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:credits?|images?|pictures?|pic|illustration|créditos?|crediti|photos|fotos|bilder|imágenes)\s*$",
    )
    .expect("valid regex")
});

/// Marks of a credit in a label's body: a slash, `©`, `via` or an agency name.
static CREDIT_MARK: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    let agency = &*AGENCY;
    BoundaryRegex::new(&format!(r"(?x)[/©|] | \bvia\b | \b(?:{agency})\b")).expect("valid regex")
});

/// Where a trailing credit may start: after a sentence end, a separator, `(`, `[` or `©`.
static BOUNDARY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"[.!?…"”’»)\]]\s+|[(\[]\s*|\s[-–—|•·/]\s+|©\s*"#).expect("valid regex")
});

/// Bullets and list markers before a line.
static LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[*+•·◦▪‣>–—-]+\s*)+").expect("valid regex"));

/// Copyright-notice words: a `©` line with these is a site copyright, not a photo credit.
static RIGHTS: LazyLock<BoundaryRegex> = LazyLock::new(|| {
    BoundaryRegex::new(r"(?i)\b(?:rights|reserved|copyright|rechte|vorbehalten|droits|derechos|diritti)\b|\b(?:19|20)\d\d\b")
        .expect("valid regex")
});

/// Sentence starts inside a text: a terminator, a space, then a capital letter.
static SENTENCE_BREAK: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[.!?]\s+\p{Lu}").expect("valid regex"));

/// Whether a description is short enough for a caption: at most 55 words and 3 sentences (and
/// at most [`MAX_CAPTION_BYTES`]). Longer text ending in a credit is an article paragraph with
/// a credit glued on; keeping the whole line loses less than removing the paragraph.
fn caption_sized(description: &str) -> bool {
    description.len() <= MAX_CAPTION_BYTES
        && !more_words_than(description, 55)
        && SENTENCE_BREAK.find_iter(description).take(3).count() < 3
}

/// Byte limits that keep the filter linear on very long lines (a scraped page flattened into
/// one line): only the end of a line can be a credit, and a caption is short. Real captions and
/// credits are far below these.
const MAX_CAPTION_BYTES: usize = 4096;
const MAX_CREDIT_BYTES: usize = 1024;

/// The kind of credit found (its rule, and its name for the reason) and where its text starts in
/// the line.
struct Credit<'a> {
    rule: Rule,
    kind: &'static str,
    credit: &'a str,
    description: &'a str,
}

/// Lower-case content words (not stopwords, not "via"): credits are mostly capitalised names.
fn lowercase_content(text: &str) -> usize {
    words(text)
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .filter(|w| w.chars().all(char::is_alphabetic))
        .filter(|w| *w != "via" && !is_stopword(w))
        .count()
}

/// Strips closing brackets, a final full stop and an AP gallery's trailing "less"/"more".
fn trim_credit_end(text: &str) -> &str {
    let mut text = text.trim_end();
    for suffix in [") less", ") more"] {
        if let Some(stripped) = text.strip_suffix(suffix) {
            text = &text[..stripped.len() + 1];
        }
    }
    text.trim_end_matches([')', ']', '.', ' '])
}

/// Whether `tail` (no surrounding brackets) is an agency credit. `single_ok` allows a credit
/// that is only an agency name.
fn agency_credit(tail: &str, single_ok: impl Fn(&str) -> bool) -> bool {
    let tail = trim_credit_end(tail).trim_start_matches(['(', '[', '©', ' ']);
    if tail.is_empty() || more_words_than(tail, 14) {
        return false;
    }
    let parts: Vec<&str> = CREDIT_SEPARATOR
        .split(tail)
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    if parts.is_empty() || parts.len() > 5 {
        return false;
    }
    let well_formed = parts.iter().all(|p| {
        PART.is_match(p)
            && !more_words_than(p, 5)
            && (lowercase_content(p) <= 1 || AGENCY_PART.is_match(p))
    });
    if !well_formed {
        return false;
    }
    let agencies = parts.iter().filter(|p| AGENCY_PART.is_match(p)).count();
    match (parts.len(), agencies) {
        (_, 0) => false,
        (1, _) => single_ok(parts[0]),
        _ => true,
    }
}

/// A lone agency line: "Getty Images", "REUTERS", "(dpa)", "EFE EFE".
fn lone_agency(core: &str) -> bool {
    let core = core
        .trim_start_matches(['(', '[', '©', ' '])
        .trim_end_matches([')', ']', '.', ' ']);
    if AGENCY_PART.is_match(core) {
        return true;
    }
    // The same agency printed twice ("EFE EFE").
    let mut halves = core.split(' ');
    matches!((halves.next(), halves.next(), halves.next()), (Some(a), Some(b), None) if a == b && AGENCY_PART.is_match(a))
}

/// A labelled credit ("Foto: Max Muster/dpa"), the last label in the line that yields one.
fn labelled_credit(line: &str) -> Option<Credit<'_>> {
    let found: Vec<_> = LABEL
        .get(line)
        .and_then(|label| label.captures_iter(line))
        .into_iter()
        .flatten()
        .collect();
    for caps in found.iter().rev() {
        let whole = caps.get(0)?;
        if line.len() - whole.end() > MAX_CREDIT_BYTES {
            // Earlier labels leave even longer bodies.
            break;
        }
        let label = caps.name("colon").or_else(|| caps.name("by"))?;
        let by_label = caps.name("by").is_some();
        let body = trim_credit_end(&line[whole.end()..]).trim();
        if body.contains(['(', ')', '[', ']']) && !body.starts_with('©') {
            continue;
        }
        let prefix = line[..label.start()].trim_end();
        let prefix_core = prefix.trim_end_matches(['(', '[']).trim_end();
        let standalone = LEAD.replace(prefix_core, "").trim().is_empty();
        let ambiguous = AMBIGUOUS_LABEL.is_match(label.as_str());
        let body_words = word_count(body);
        let credit_like = body_words <= 12 && lowercase_content(body) <= 2;
        if by_label && body.is_empty() {
            continue;
        }
        if standalone {
            if (ambiguous && !credit_like) || body_words > 30 {
                continue;
            }
            return Some(Credit {
                rule: LABELLED_CREDIT,
                kind: "credit line",
                credit: line[label.start()..].trim(),
                description: "",
            });
        }
        // A caption: description, boundary, label, credit.
        let punctuated = prefix.ends_with([
            '.', '!', '?', '…', '"', '”', '’', '»', ')', ']', '(', '[', '-', '–', '—', '|', '/',
            '•', '·', ',', ':',
        ]);
        // After a plain space the label must be capitalised and the body unmistakably a credit:
        // a few name words, or a slash, `©`, `via` or agency ("… Journalisten Foto: Name/dpa").
        let capitalised = label.as_str().starts_with(char::is_uppercase);
        let plain_space_ok = capitalised
            && !by_label
            && credit_like
            && (body_words <= 4 || CREDIT_MARK.is_match(body));
        let boundary_ok = punctuated || plain_space_ok;
        if !boundary_ok || !credit_like || body.is_empty() || !caption_sized(prefix) {
            continue;
        }
        return Some(Credit {
            rule: LABELLED_CREDIT,
            kind: "caption ending in a labelled credit",
            credit: line[label.start()..].trim(),
            description: prefix,
        });
    }
    None
}

/// An agency credit ending the line, possibly the whole line.
fn trailing_agency_credit(line: &str) -> Option<Credit<'_>> {
    if !AGENCY_ANYWHERE.is_match(line) {
        return None;
    }
    // Candidate starts, leftmost first: the whole line, then after every boundary.
    let starts = std::iter::once(0).chain(BOUNDARY.find_iter(line).map(|m| m.end()));
    // A prefix is only list markers exactly when it ends within the line's leading markers
    // (found once, not per candidate).
    let lead_end = LEAD.find(line).map_or(0, |m| m.end());
    for start in starts {
        if start >= line.len() || line.len() - start > MAX_CREDIT_BYTES {
            continue;
        }
        let tail = &line[start..];
        let before = line[..start].trim_end();
        let whole_line = before.len() <= lead_end;
        let after_separator = before.ends_with(['/', '|']);
        let after_sentence = before.ends_with(['.', '!', '?', '…', '"', '”', '’', '»', '©']);
        let single_ok = |part: &str| {
            whole_line || after_separator || (after_sentence && PHOTO_AGENCY_ONLY.is_match(part))
        };
        if agency_credit(tail, single_ok) {
            if whole_line {
                return Some(Credit {
                    rule: AGENCY_CREDIT,
                    kind: "agency credit line",
                    credit: line.trim(),
                    description: "",
                });
            }
            if !caption_sized(before) {
                return None;
            }
            return Some(Credit {
                rule: AGENCY_CREDIT,
                kind: "caption ending in an agency credit",
                credit: tail.trim(),
                description: before,
            });
        }
    }
    None
}

/// A caption ending in a `©` credit that is not a copyright notice: "… © iStock.com/name".
fn copyright_credit(line: &str) -> Option<Credit<'_>> {
    let at = line.rfind('©')?;
    let before = line[..at].trim_end();
    let body = trim_credit_end(&line[at + '©'.len_utf8()..]).trim();
    if before.is_empty() || body.is_empty() || RIGHTS.is_match(line) {
        return None;
    }
    if !has_words(before, 3) || !caption_sized(before) || more_words_than(body, 8) {
        return None;
    }
    if lowercase_content(body) > 1 || body.contains(['(', ')']) {
        return None;
    }
    Some(Credit {
        rule: COPYRIGHT_CREDIT,
        kind: "caption ending in a © credit",
        credit: line[at..].trim(),
        description: before,
    })
}

/// The credit in `line`, which passed [`gate::CAPTION_CREDIT`] or [`gate::CAPTION_CREDIT_ACRONYMS`].
fn find_credit(line: &str) -> Option<Credit<'_>> {
    let core = LEAD.replace(line, "");
    if lone_agency(core.trim()) {
        return Some(Credit {
            rule: LONE_AGENCY,
            kind: "lone agency credit",
            credit: line,
            description: "",
        });
    }
    labelled_credit(line)
        .or_else(|| trailing_agency_credit(line))
        .or_else(|| copyright_credit(line))
}

impl Filter for CaptionCredit {
    fn id(&self) -> &'static str {
        "caption-credit"
    }

    fn summary(&self) -> &'static str {
        "Photo captions ending in an agency or labelled credit, and standalone photo credits"
    }

    fn rules(&self) -> &'static [Rule] {
        &[
            AGENCY_CREDIT,
            LABELLED_CREDIT,
            COPYRIGHT_CREDIT,
            LONE_AGENCY,
        ]
    }

    fn line_local(&self) -> bool {
        true
    }

    fn check(&self, cx: &Context) -> Vec<Finding> {
        cx.live_lines()
            .filter(|&i| cx.passes(i, &gate::CAPTION_CREDIT))
            .filter_map(|i| {
                let line = trim(cx.doc.line(i));
                let credit = find_credit(line)?;
                let reason = if credit.description.is_empty() {
                    format!("{} `{}`", credit.kind, credit.credit)
                } else {
                    format!("{}: trailing `{}`", credit.kind, credit.credit)
                };
                Some(Finding::line(i, reason).with_rule(credit.rule))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every match of a screened pattern holds one of its screen's literals.
    #[test]
    fn screens_cover_their_patterns() {
        LABEL.assert_screen_covers();
        // The agency patterns take the names as a trie, whose literal runs the check cannot
        // see; the same names as a flat alternation, which matches the same texts, hold the
        // screen's literals. And the patterns compile.
        use crate::patterns::slots::alternation;
        let exact = alternation(vocabulary::AGENCIES.iter().copied());
        let flat = format!("(?x)(?:{exact}|(?i:{}))", alternation(any_case_agencies()));
        let ast = regex_syntax::ast::parse::Parser::new()
            .parse(&flat)
            .unwrap();
        let covers = crate::patterns::literals::screen_covers;
        assert!(covers(&ast, &AGENCY_ANY_CASE, &AGENCY_EXACT), "{flat}");
        for literal in AGENCY_ANY_CASE.iter() {
            assert!(literal.is_ascii(), "{literal:?}");
        }
        assert!(AGENCY_PART.get("AP Photo").unwrap().is_match("AP Photo"));
        assert!(AGENCY_ANYWHERE.get("by Getty Images").is_some());
    }
    use crate::filters::testing::{assert_keeps, removed_by};

    fn removes(line: &str) {
        let input = format!("The council approved the budget on Monday.\n\n{line}\n");
        assert_eq!(removed_by(&CaptionCredit, &input), [line], "for {line:?}");
    }

    #[test]
    fn each_kind_of_credit_names_its_rule() {
        use crate::filters::testing::rules_fired;
        for (line, rule) in [
            (
                "The minister speaks in Madrid, May 3, 2024. REUTERS/Jane Roe/File Photo",
                "agency-credit",
            ),
            ("Foto: Max Muster/dpa", "labelled-credit"),
            (
                "The harbour at dawn over the old town. © Jane Roe",
                "copyright-credit",
            ),
            ("Getty Images", "lone-agency"),
        ] {
            let input = format!("The council approved the budget on Monday.\n\n{line}\n");
            assert_eq!(
                rules_fired(&CaptionCredit, &input),
                [(line.to_string(), format!("caption-credit/{rule}"))]
            );
        }
    }

    #[test]
    fn doc_example() {
        let input = "The minister speaks at a press conference in Madrid, May 3, 2024. REUTERS/Jane Roe/File Photo\n\n\
            The minister announced new measures on Tuesday.\n\n\
            Foto: Max Muster/dpa\n";
        assert_eq!(
            removed_by(&CaptionCredit, input),
            [
                "The minister speaks at a press conference in Madrid, May 3, 2024. REUTERS/Jane Roe/File Photo",
                "Foto: Max Muster/dpa"
            ]
        );
    }

    #[test]
    fn removes_captions_with_trailing_agency_credits() {
        for line in [
            "The minister speaks at a press conference in Madrid, May 3, 2024. REUTERS/Jane Roe/File Photo",
            "Fans cheer during the final in Pittsburgh, Tuesday, Nov. 19, 2019. (AP Photo/Gene J. Porter)",
            "Fans cheer during the final in Pittsburgh, Tuesday, Nov. 19, 2019. (AP Photo/Gene J. Porter) less",
            "A shopper looks at extension cords in Grass Valley, Calif. (Elias Fontes/The Union via AP)",
            "Doctors examine an injured child at a hospital on Oct. 21, 2023. Photo: Ali Jaber/Anadolu via Getty Images",
            "The road to retiring early isn't easy. Kathrin Zeller/Getty",
            "Presidente de EEUU, Joe Biden / AFP",
            "Die Intensivstation im Universitätsklinikum / picture alliance",
            "Der Minister bei der Pressekonferenz in Berlin. (picture alliance / dpa / Oliver Berg)",
            "A student erasing answers from a test (smolaw11/iStock)",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_labelled_credits() {
        for line in [
            "Foto: Max Muster/dpa",
            "Foto:",
            "photo: iStock",
            "Bild: Die neuen Darsteller der Serie beim Dreh in München.",
            "Image credit: www.example.com/in/",
            "Crédit photo : KB / Bondy Blog",
            "Crédits photos : Bestimage",
            "Imagen: Archivo",
            "(Photo by Dana Whitford/Getty Images)",
            "Image copyright Getty Images",
            "Cowboystiefel aus Gummi werden auch Croots genannt. Foto: Hersteller",
            "Nach dem Gespräch beantwortet der Chef Fragen von Journalisten Foto: Soeren Stache/dpa",
            "Ab 2025 könnte der Hersteller eigene Akkus verbauen. (Foto: iFixit)",
            "How can a duvet affect your lungs? (Photo: Getty Images)",
            "Protesters have worn masks to protect their identities (Image: GETTY )",
            "The president at the economic club last week. Credit... Anna Moneymaker/The New York Times",
            "A simulated galaxy cluster merging with dark matter. (Image credit: TNG Collaboration)",
            "Los precios de las gasolinas siguen aumentando. (Foto: Prensa Libre/Esbin García)",
            "Ein Hermelin im Winterfell. © Hans Berger / Photothek",
        ] {
            removes(line);
        }
    }

    #[test]
    fn removes_lone_agency_lines() {
        for line in [
            "Getty Images",
            "REUTERS",
            "* AFP",
            "dpa",
            "EFE EFE",
            "© Getty Images",
            "Shutterstock",
        ] {
            removes(line);
        }
    }

    #[test]
    fn keeps_article_sentences_that_mention_agencies() {
        assert_keeps(
            &CaptionCredit,
            "Reuters reported on Monday that the talks had stalled.\n\n\
             AP Photo editors said the image had not been altered.\n\n\
             A photo shared by the agency shows the damaged bridge.\n\n\
             WASHINGTON (Reuters) - Scientists unveiled the first global map of Titan.\n\n\
             Small investors welcomed the deal, Reuters reported.\n\n\
             An Alibaba spokesperson declined to comment on the pricing to Reuters.\n\n\
             Scott se ha convertido en un blanco clave del mensaje electoral, destacó AFP.\n\n\
             Gobierno ingresa proyecto para pago de pensiones: incluye cobros a AFP\n\n\
             The police said the suspect had fled the scene. (dpa)\n\n\
             Le président a démenti ces informations. (AFP)\n\n\
             The lawsuit was filed by Getty Images in London.\n\n\
             Getty Images sued the start-up over its training data.\n",
        );
    }

    #[test]
    fn keeps_prose_about_photos_and_labels_followed_by_sentences() {
        assert_keeps(
            &CaptionCredit,
            "Der Vater zeigt ein Foto von seinem Sohn.\n\n\
             Photos which were released online show the actress in new make-up.\n\n\
             Credit: Banks tightened lending standards in the third quarter of the year.\n\n\
             The drinks were courtesy of the host.\n\n\
             Ich bin gelernter Fotograf, und weiß wovon ich rede.\n\n\
             Art der Aufnahme: Digitalfoto\n\n\
             See more photos:\n\n\
             Tolle Bilder: Die Olympia-Schanzen und -Pisten im Drohnenflug\n\n\
             Bloomberg, Once a Tough Talker, Becomes a Pander Bear\n\n\
             * Fotogalerien\n\n\
             Photovoltaik kann auch Gasbrennwert-Heizsysteme unterstützen.\n",
        );
    }

    #[test]
    fn keeps_a_long_paragraph_with_a_credit_glued_to_its_end() {
        assert_keeps(
            &CaptionCredit,
            "Whether the price rises are justified in each case would have to be settled in court. \
             Before suing, customers should seek advice, for example from consumer groups, which \
             offer free help. The regulators also accept complaints about excessive prices: \
             municipal utilities answer to local supervisors, private suppliers to the competition \
             authority, which can order refunds and fines when a supplier has abused its local \
             monopoly over the heating network.Foto: photocase.de\n",
        );
    }

    #[test]
    fn keeps_urls_dates_and_copyright_notices() {
        assert_keeps(
            &CaptionCredit,
            "Read more at http://www.example.com/2016/07/11/reuters/story.html\n\n\
             The meeting is on 11/18/19 at the TCP/IP lab.\n\n\
             © 2024 Example Media. All rights reserved.\n\n\
             Copyright © 2019 Example Ltd\n\n\
             The data came from a Reuters/Ipsos poll of 1,000 adults taken last week.\n",
        );
    }
}
