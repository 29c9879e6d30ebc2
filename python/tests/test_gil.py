"""`clean_batch`, `clean_text` and `clean` release the GIL: another Python thread runs while
they clean.

No timing assertion: the cleaning thread reads a counter that only the main thread increments,
just before and just after its call. With the switch interval raised to a minute, the
interpreter does not preempt the cleaning thread, so the main thread can only have run in
between if the call let go of the GIL.
"""

from __future__ import annotations

import sys
import threading
import time

import deboiler
import pytest
from conftest import seed_texts


def main_thread_ran_during(call) -> bool:
    """Runs `call()` on another thread while this one counts; whether it counted during it."""
    counter = 0
    seen: dict[str, int] = {}
    done = threading.Event()

    def run():
        seen["before"] = counter
        call()
        seen["after"] = counter
        done.set()

    interval = sys.getswitchinterval()
    sys.setswitchinterval(60)
    try:
        worker = threading.Thread(target=run)
        worker.start()
        while not done.is_set():
            counter += 1
            time.sleep(0.0005)  # lets the other thread take the GIL back when its call returns
        worker.join()
    finally:
        sys.setswitchinterval(interval)
    return seen["after"] > seen["before"]


def test_another_thread_makes_progress_while_clean_batch_runs():
    texts = seed_texts() * 150
    cleaner = deboiler.Cleaner()
    result: list[str] = []
    assert main_thread_ran_during(lambda: result.extend(cleaner.clean_batch(texts, jobs=1)))
    assert len(result) == len(texts)


@pytest.mark.parametrize("method", ["clean_text", "clean", "explain"])
def test_one_document_releases_the_gil_too(method):
    text = "\n\n".join(seed_texts()) * 40
    call = getattr(deboiler.Cleaner(), method)
    assert main_thread_ran_during(lambda: call(text))


def test_the_check_sees_a_call_that_holds_the_gil():
    # The same check on pure Python work that never lets go: the main thread never runs.
    assert not main_thread_ran_during(lambda: sum(i * i for i in range(3_000_000)))
