#!/usr/bin/env python3
"""Throughput of the text-level Python baselines on the same pages deboiler is measured on.

    python3 benches/python_baselines.py ../shared/bench/sh-dev.jsonl ../shared/bench/tf-dev.jsonl

Reads the `dump` texts into memory first, so the figures are net of interpreter start-up and
JSON parsing. Baselines: the C4 line filter (keep a line ending in . ? ! or " with at least five
words, minus citation markers, "..." endings, javascript and policy lines) and, when the `justext` package is installed, jusText on text (each line a paragraph,
English stoplist). Optional: not part of `cargo test`.
"""
import json
import re
import sys
import time


CITATION = re.compile(r"\[\d*\]|\[edit\]|\[citation needed\]")
POLICY = ("terms of use", "privacy policy", "cookie policy", "uses cookies", "use of cookies", "use cookies")


def c4_line_filter(text):
    """The line rules of C4's clean_page (TFDS c4_utils), as the quality benchmark uses them."""
    kept = []
    for line in text.split("\n"):
        line = CITATION.sub("", line.strip())
        if not line.endswith((".", "?", "!", '"')) or line.endswith("..."):
            continue
        if len(line.split()) < 5:
            continue
        lower = line.lower()
        if "javascript" in lower or any(phrase in lower for phrase in POLICY):
            continue
        kept.append(line)
    return "\n".join(kept)


def measure(name, function, texts):
    size = sum(len(t.encode("utf-8")) for t in texts)
    start = time.perf_counter()
    for text in texts:
        function(text)
    elapsed = time.perf_counter() - start
    print(f"{name:<16} {size / 1e6:7.1f} MB in {elapsed:7.2f} s = {size / 1e6 / elapsed:6.2f} MB/s")


def main(paths):
    texts = []
    for path in paths:
        with open(path, encoding="utf-8") as lines:
            texts.extend(json.loads(line)["dump"] for line in lines)
    measure("c4 line filter", c4_line_filter, texts)
    try:
        import justext
    except ImportError:
        print("justext not installed (pip install justext lxml_html_clean): skipped")
        return
    stoplist = justext.get_stoplist("English")

    def justext_on_text(text):
        html = "<html><body>" + "".join(
            f"<p>{line}</p>" for line in text.split("\n") if line.strip()
        ) + "</body></html>"
        return [p.text for p in justext.justext(html.encode("utf-8"), stoplist) if not p.is_boilerplate]

    measure("jusText on text", justext_on_text, texts)


if __name__ == "__main__":
    main(sys.argv[1:])
