"""Pausing Python's cycle collector while one page is extracted.

Extraction builds thousands of small containers (elements, blocks, their lists) that live
for the whole page and die together when it is done, freed by reference counting. The cycle
collector, triggered every 700 allocations, scans them again and again and promotes them to
the older generations, whose full collections then scan the caller's whole heap: in the
extraction benchmark (all 1,678 dev pages loaded) 30 full collections of ~19 ms each and
4,000 young ones, 0.56 ms of a page's 10 ms. Paused for the call, the collector runs after
it over the few objects still alive (Mercurial's ``nogc`` does the same when it builds large
structures).
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")


def cycle_gc_paused(function: Callable[P, R]) -> Callable[P, R]:
    """``function`` run with the cycle collector paused, and restored after it whatever happens.

    Only the caller that paused the collector restores it, so concurrent calls from several
    threads never leave it off.
    """

    @functools.wraps(function)
    def paused(*args: P.args, **kwargs: P.kwargs) -> R:
        if not gc.isenabled():
            return function(*args, **kwargs)
        gc.disable()
        try:
            return function(*args, **kwargs)
        finally:
            gc.enable()

    return paused
