"""Run calls in threads released together, so their read-edit-write cycles overlap."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence


def at_once(calls: Sequence[Callable[[], object]]) -> list[BaseException]:
    """Every call in its own thread, started by one barrier; what they raised, in no set order."""
    start = threading.Barrier(len(calls))
    failures: list[BaseException] = []

    def one(call: Callable[[], object]) -> None:
        start.wait()
        try:
            call()
        except BaseException as error:  # collected: an assertion in a thread would be lost
            failures.append(error)

    threads = [threading.Thread(target=one, args=(call,)) for call in calls]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures
