"""Argument types for the command line's numeric and date options: a bad value is argparse's
one-line error naming the option, never a traceback."""

from __future__ import annotations

import argparse
import math

from dateline.archive.search import iso_date
from dateline.urls import is_page_address

#: The largest count or size an option takes, a C int: above it `--workers` (a process count),
#: `--limit` (an SQLite integer) and `--max-bytes` (a read size) ended in OverflowError
#: tracebacks.
LARGEST_INT = 2**31 - 1


def positive_int(value: str) -> int:
    """An integer above zero, at most ``LARGEST_INT``."""
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    if number > LARGEST_INT:
        raise argparse.ArgumentTypeError(f"too large: {value} (at most {LARGEST_INT:,})")
    return number


def port(value: str) -> int:
    """A TCP port number, 0 to 65535 (0: any free port, where the option allows it)."""
    number = int(value)
    if not 0 <= number <= 65535:
        raise argparse.ArgumentTypeError(f"not a port: {value}")
    return number


def _finite(value: str) -> float:
    """A float that is a number: "nan" and "inf" parse as floats but time nothing."""
    number = float(value)
    if not math.isfinite(number):
        raise argparse.ArgumentTypeError(f"must be a finite number: {value}")
    return number


def positive_float(value: str) -> float:
    """A finite number above zero."""
    number = _finite(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return number


def non_negative_float(value: str) -> float:
    """A finite number of zero or more."""
    number = _finite(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number


def date_argument(value: str) -> str:
    """A date, YYYY-MM-DD (an ISO date-time gives its day)."""
    try:
        return iso_date(value)
    except ValueError as err:
        raise argparse.ArgumentTypeError(str(err)) from None


def page_url(value: str) -> str:
    """A page's own address: an absolute http(s) URL (``urls.is_page_address``)."""
    if not is_page_address(value):
        raise argparse.ArgumentTypeError(f"not an http(s) address of a page: {value!r}")
    return value
