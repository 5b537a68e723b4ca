"""The cycle collector is paused for an extraction and always given back."""

from __future__ import annotations

import gc

import pytest

from dateline import InputError, extract
from dateline.cycle_gc import cycle_gc_paused

PAGE = (
    "<html><body><article><h1>Ferry strike ends</h1>"
    "<p>Crews returned on Monday.</p></article></body></html>"
)


def test_collector_is_off_during_the_call_and_on_after_it() -> None:
    seen: list[bool] = []

    @cycle_gc_paused
    def probe() -> str:
        seen.append(gc.isenabled())
        return "done"

    assert gc.isenabled()
    assert probe() == "done"
    assert seen == [False]
    assert gc.isenabled()


def test_collector_is_given_back_when_the_call_fails() -> None:
    with pytest.raises(InputError):
        extract("   ")
    assert gc.isenabled()


def test_a_collector_the_caller_turned_off_stays_off() -> None:
    gc.disable()
    try:
        article = extract(PAGE)
        assert not gc.isenabled()
    finally:
        gc.enable()
    assert "Crews returned on Monday." in article.text


def test_the_wrapped_extract_keeps_its_name_and_docstring() -> None:
    assert extract.__name__ == "extract"
    assert extract.__doc__ and "article record" in extract.__doc__
