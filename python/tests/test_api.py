"""The package's API: strings, removals and their offsets, options, errors."""

from __future__ import annotations

import copy
import pickle

import deboiler
import pytest
from conftest import seed_texts

RAW = "Rain fell all day in the valley.\n\n\u00a9 2024 Valley Gazette. All rights reserved.\n"


def test_clean_removes_boilerplate_and_keeps_the_article():
    assert deboiler.clean(RAW) == "Rain fell all day in the valley.\n"


@pytest.mark.parametrize(
    ("raw", "cleaned"),
    [
        # The library's rule for strings: a newline only when the input had one.
        ("short", "short"),
        ("short\n", "short\n"),
        ("a\r\n\r\n", "a\n"),
        ("  A short string.\u00a0", "  A short string."),
        ("", ""),
        ("\n\n", ""),
        ("line one\rline two\r", "line one\nline two\n"),
        ("\ufeffBOM first.", "BOM first."),
        ("soft\u00adhyphen", "softhyphen"),
    ],
)
def test_strings_follow_the_librarys_rule(raw, cleaned):
    assert deboiler.clean(raw, disable=["line-model"]) == cleaned


def test_cleaned_carries_text_profile_and_removals():
    cleaned = deboiler.Cleaner().clean(RAW)
    assert cleaned.text == deboiler.clean(RAW)
    assert cleaned.profile == "article"
    [removal] = cleaned.removals
    assert removal.filter == "copyright"
    assert removal.rule == "copyright/leading-mark"
    assert removal.lines == (3, 3)
    assert removal.text == "\u00a9 2024 Valley Gazette. All rights reserved."
    assert "copyright" in removal.reason
    assert "copyright/leading-mark" in repr(removal)
    assert "removals=1" in repr(cleaned)


@pytest.mark.parametrize("text", [RAW, "x\u00e9\U0001f600\r\n" + RAW.replace("\n", "\r\n"), *seed_texts()])
def test_bytes_chars_and_lines_point_at_the_removed_text(text):
    encoded = text.encode("utf-8")
    lines = text.splitlines(keepends=True)
    for removal in deboiler.Cleaner().clean(text).removals:
        b0, b1 = removal.bytes
        c0, c1 = removal.chars
        assert encoded[b0:b1].decode("utf-8") == removal.text
        assert text[c0:c1] == removal.text
        first, last = removal.lines
        assert 1 <= first <= last
        assert "".join(lines[first - 1 : last]).rstrip("\r\n") == removal.text


def test_chars_differ_from_bytes_after_non_ascii_text():
    text = "\u00e9t\u00e9 \U0001f600 caf\u00e9 na\u00efve words here.\n\n" + RAW
    [removal] = deboiler.Cleaner().clean(text).removals
    assert removal.chars[0] < removal.bytes[0]
    assert text[slice(*removal.chars)] == removal.text


def test_explain_gives_the_removals_as_dicts():
    [entry] = deboiler.explain(RAW)
    assert entry == {
        "filter": "copyright",
        "rule": "copyright/leading-mark",
        "lines": [3, 3],
        "bytes": [34, 78],
        "reason": entry["reason"],
        "text": "\u00a9 2024 Valley Gazette. All rights reserved.",
    }
    assert deboiler.Cleaner().clean(RAW).removals[0].to_dict() == entry


def test_options_choose_the_filters_and_profile():
    assert deboiler.clean(RAW, disable=["copyright", "line-model"]) == RAW
    assert deboiler.clean(RAW, only=["social-embed"]) == RAW
    assert deboiler.clean(RAW, only=["copyright"]) == "Rain fell all day in the valley.\n"
    cleaner = deboiler.Cleaner(only=["copyright", "author-bio"], disable=["author-bio"], profile="page")
    assert cleaner.filters == ["copyright"]
    assert cleaner.profile == "page"
    assert cleaner.clean(RAW).profile == "page"
    assert "line-model" in deboiler.Cleaner().filters
    ids = [fid for fid, _ in deboiler.filters()]
    assert ids == deboiler.Cleaner().filters
    assert all(summary for _, summary in deboiler.filters())


def test_clean_batch_equals_clean_one_by_one():
    texts = [RAW, "", "short", *seed_texts()] * 3
    expected = [deboiler.clean(t) for t in texts]
    cleaner = deboiler.Cleaner()
    assert cleaner.clean_batch(texts) == expected
    assert cleaner.clean_batch(texts, jobs=1) == expected
    assert cleaner.clean_batch(texts, jobs=3) == expected
    assert cleaner.clean_batch(tuple(texts)) == expected
    assert cleaner.clean_batch(t for t in texts) == expected
    assert cleaner.clean_batch([]) == []
    assert deboiler.clean_batch(texts, jobs=2) == expected
    assert [cleaner.clean_text(t) for t in texts] == expected
    assert [cleaner.clean(t).text for t in texts] == expected


def test_non_strings_raise_type_error():
    cleaner = deboiler.Cleaner()
    with pytest.raises(TypeError, match="text must be str, not int"):
        deboiler.clean(3)
    with pytest.raises(TypeError, match="text must be str, not bytes"):
        cleaner.clean(b"bytes")
    with pytest.raises(TypeError, match=r"texts\[1\] must be str, not NoneType"):
        cleaner.clean_batch(["a", None])
    with pytest.raises(TypeError, match="not a str"):
        cleaner.clean_batch("one document")
    with pytest.raises(TypeError, match="list of str, not int"):
        cleaner.clean_batch(5)
    with pytest.raises(TypeError, match="not a str"):
        deboiler.clean("x", disable="copyright")
    with pytest.raises(TypeError):
        deboiler.Cleaner(disable=[1])
    with pytest.raises(TypeError):
        deboiler.Cleaner("copyright")  # options are keyword-only


def test_bad_options_raise_value_error_with_the_known_values():
    with pytest.raises(ValueError, match=r"unknown filter id `nope` \(known: site-boilerplate, "):
        deboiler.Cleaner(disable=["nope"])
    with pytest.raises(ValueError, match="unknown filter id `nope`"):
        deboiler.clean("x", only=["nope"])
    with pytest.raises(ValueError, match=r"unknown profile `web` \(auto, article, page\)"):
        deboiler.Cleaner(profile="web")
    with pytest.raises(ValueError, match="jobs must be at least 1"):
        deboiler.Cleaner().clean_batch(["x"], jobs=0)
    with pytest.raises(OverflowError):
        deboiler.Cleaner().clean_batch(["x"], jobs=-1)


def test_a_string_that_is_not_unicode_text_raises_value_error():
    # A lone surrogate has no UTF-8 form; UnicodeEncodeError is a ValueError.
    with pytest.raises(ValueError, match="surrogates not allowed"):
        deboiler.clean("a\ud800b")
    with pytest.raises(ValueError, match="surrogates not allowed"):
        deboiler.Cleaner().clean_batch(["ok", "a\ud800b"])


def test_a_cleaner_pickles_and_copies_with_its_options():
    cleaner = deboiler.Cleaner(disable=["line-model"], profile="article")
    for clone in (pickle.loads(pickle.dumps(cleaner)), copy.deepcopy(cleaner)):
        assert clone.filters == cleaner.filters
        assert clone.profile == "article"
        assert clone.clean_text(RAW) == cleaner.clean_text(RAW)
    only = pickle.loads(pickle.dumps(deboiler.Cleaner(only=["copyright"])))
    assert only.filters == ["copyright"]


def test_the_package_is_typed_and_documented():
    from pathlib import Path

    package = Path(deboiler.__file__).parent
    assert (package / "py.typed").is_file()
    assert (package / "_deboiler.pyi").is_file()
    assert deboiler.__version__
    for item in (deboiler.clean, deboiler.clean_batch, deboiler.explain, deboiler.Cleaner,
                 deboiler.Cleaner.clean, deboiler.Cleaner.clean_batch, deboiler.filters):
        assert item.__doc__, item


def test_a_panic_comes_out_as_a_runtime_error_naming_the_document():
    # A test hook that runs the batch machinery with a function that panics on "panic".
    from deboiler import _deboiler

    for jobs in (None, 1, 2):
        with pytest.raises(RuntimeError, match=r"texts\[1\]: deboiler: internal error .*a test panic"):
            _deboiler._panic_in_batch(["ok", "panic", "ok"], jobs)
    assert _deboiler._panic_in_batch(["ok", "fine"]) == ["ok", "fine"]


def test_clean_batch_works_in_a_process_forked_after_it_ran():
    # A fork copies the thread pool but not its threads; the child must make its own.
    import multiprocessing

    texts = [RAW] * 8
    deboiler.Cleaner().clean_batch(texts)  # the parent's pool exists now
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        result = pool.apply_async(_clean_all, (texts,))
        assert result.get(timeout=120) == [deboiler.clean(RAW)] * 8


def _clean_all(texts):
    return deboiler.Cleaner().clean_batch(texts)
