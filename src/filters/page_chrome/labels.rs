//! Short labels recognised by their shape around a known word: a menu entry with its arrows
//! (`News › ‹`, part of `page-chrome/breadcrumb`), a newsletter label (`Email Newsletters`,
//! part of `page-chrome/call-to-action`) and the heading of a list of more stories from a source
//! (`More from Sportsnet`, part of `page-chrome/button-label`). None of them ends like a
//! sentence, and each has at most [`MAX_LABEL_WORDS`] words.

use crate::text::{ends_sentence, more_words_than};
use crate::vocabulary::{MORE_FROM_LEADS, NEWSLETTER_WORDS};

/// Most words of a label.
const MAX_LABEL_WORDS: usize = 6;

/// Arrows of menus: a menu entry ends with one or two of them (`News › ‹`, `Home ›`).
const MENU_ARROWS: [char; 6] = ['›', '‹', '»', '«', '→', '>'];

/// Whether `line` is short and does not end like a sentence.
fn is_label_sized(line: &str) -> bool {
    !more_words_than(line, MAX_LABEL_WORDS) && !ends_sentence(line)
}

/// A menu entry with its arrows: one to four words, the first capitalised, then one or two
/// arrows set off by a space and nothing after them (`Local Businesses › ‹`, `Home ›`). A
/// longer line before an arrow (`See all of today's events »`) is left to the other rules: it
/// may be a sentence that ends in a quotation mark.
pub(super) fn is_menu_entry(line: &str) -> bool {
    let line = line.trim_end();
    let label = line.trim_end_matches(|c: char| MENU_ARROWS.contains(&c) || c == ' ');
    let arrows = &line[label.len()..];
    let arrow_count = arrows.chars().filter(|c| MENU_ARROWS.contains(c)).count();
    (1..=2).contains(&arrow_count)
        && arrows.starts_with(' ')
        && label.chars().next().is_some_and(char::is_uppercase)
        && !more_words_than(label, 4)
        && !ends_sentence(label)
        && !label.contains(|c: char| MENU_ARROWS.contains(&c))
}

/// A newsletter label: at most four words ending in the word newsletter, plural or exclaimed
/// (`SN Newsletters`, `VG247 newsletter!`), after any list marker.
pub(super) fn is_newsletter_label(line: &str) -> bool {
    let trimmed = line
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .trim_end();
    let exclaimed = trimmed.ends_with('!');
    let core =
        trimmed.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '!' | ':' | '…'));
    if core.eq_ignore_ascii_case("newsletter sign up")
        || core.eq_ignore_ascii_case("newsletter signup")
    {
        return true;
    }
    let Some((_, last)) = core.rsplit_once(char::is_whitespace) else {
        return false; // the word alone is a button (`newsletter_buttons`)
    };
    !more_words_than(core, 4)
        && !ends_sentence(core)
        && NEWSLETTER_WORDS.iter().any(|word| {
            last.eq_ignore_ascii_case(word) || (!last.is_ascii() && last.to_lowercase() == *word)
        })
        // A menu lists the newsletters (plural); a singular one is a label when it exclaims.
        // "The Paid Newsletter" or "Growing Your Newsletter" heads an article's section.
        && (exclaimed || last.ends_with(['s', 'S']) || last.ends_with("ven"))
}

/// A heading of more stories from a source: a lead of [`MORE_FROM_LEADS`] and a short name
/// (`More from Sportsnet`, `Mehr zum Thema auf UEPO.de`), not ending like a sentence. The lead
/// is compared with ASCII letters in any case (`MORE FROM`, `Más en`), without allocating: most
/// short lines of a page reach this test.
pub(super) fn is_more_from(line: &str) -> bool {
    let line = line.trim();
    line.len() <= 80
        && MORE_FROM_LEADS.iter().any(|lead| {
            line.get(..lead.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(lead))
                && line[lead.len()..]
                    .strip_prefix(' ')
                    .is_some_and(|name| !name.trim().is_empty())
        })
        && is_label_sized(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn menu_entries_end_with_their_arrows() {
        for line in [
            "News › ‹",
            "Local Businesses › ‹",
            "Home ›",
            "Classifieds »",
        ] {
            assert!(is_menu_entry(line), "{line:?}");
        }
        for line in [
            "The vote is on Friday. »",
            "a › b",
            "Home > World > Americas",
            "News",
            "›",
            "Five things we learned from the vote on Friday ›",
            "x ›",
            "Net income rose to 5 >",
        ] {
            assert!(!is_menu_entry(line), "{line:?}");
        }
    }

    #[test]
    fn newsletter_labels() {
        for line in [
            "Email Newsletters",
            "VG Newsletters",
            "Valley247 newsletter!",
            "- Gazette Newsletters",
            "o Newsletters",
            "Newsletter Sign Up",
            "Onze nieuwsbrieven",
        ] {
            assert!(is_newsletter_label(line), "{line:?}");
        }
        for line in [
            "Newsletter",
            "The newsletter grew to ten thousand readers in its first year of publication.",
            "Why I quit my newsletter.",
            "How the company built a newsletter empire in five years",
            "The Paid Newsletter",
            "Growing Your Newsletter",
        ] {
            assert!(!is_newsletter_label(line), "{line:?}");
        }
    }

    #[test]
    fn more_from_headings() {
        for line in [
            "More from Valleysport",
            "More From GAZETTE",
            "More From The Web",
            "Mehr zum Thema auf Beispiel.de",
        ] {
            assert!(is_more_from(line), "{line:?}");
        }
        for line in [
            "More from the interview follows below.",
            "Morecambe wins again",
            "More from",
            "More from the archive: how the city council voted on the new cycling lanes last year",
        ] {
            assert!(!is_more_from(line), "{line:?}");
        }
    }
}
