"""`clean_batch` releases the GIL: another Python thread runs while it cleans.

No timing assertion: the batch thread reads a counter that only the main thread increments,
just before and just after its call. With the switch interval raised to a minute, the
interpreter does not preempt the batch thread, so the main thread can only have run in between
if the call let go of the GIL.
"""

from __future__ import annotations

import sys
import threading
import time

import deboiler
from conftest import seed_texts


def test_another_thread_makes_progress_while_clean_batch_runs():
    texts = seed_texts() * 150
    cleaner = deboiler.Cleaner()
    counter = 0
    seen: dict[str, int] = {}
    done = threading.Event()

    def batch():
        seen["before"] = counter
        seen["result"] = len(cleaner.clean_batch(texts, jobs=1))
        seen["after"] = counter
        done.set()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(60)
    try:
        worker = threading.Thread(target=batch)
        worker.start()
        while not done.is_set():
            counter += 1
            time.sleep(0.0005)  # lets the batch thread take the GIL back when it returns
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    assert seen["result"] == len(texts)
    assert seen["after"] > seen["before"], "the main thread never ran during clean_batch"


def test_clean_and_clean_text_release_the_gil_too():
    text = "\n\n".join(seed_texts()) * 40
    cleaner = deboiler.Cleaner()
    for method in (cleaner.clean_text, cleaner.clean):
        counter = 0
        seen: dict[str, int] = {}
        done = threading.Event()

        def one():
            seen["before"] = counter
            method(text)
            seen["after"] = counter
            done.set()

        interval = sys.getswitchinterval()
        sys.setswitchinterval(60)
        try:
            worker = threading.Thread(target=one)
            worker.start()
            while not done.is_set():
                counter += 1
                time.sleep(0.0005)
            worker.join()
        finally:
            sys.setswitchinterval(interval)
        assert seen["after"] > seen["before"], method
