"""Argument types for the command line's numeric options: a bad value is argparse's one-line
error naming the option, never a traceback."""

from __future__ import annotations

import argparse


def positive_int(value: str) -> int:
    """An integer above zero."""
    number = int(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return number


def positive_float(value: str) -> float:
    """A number above zero."""
    number = float(value)
    if number <= 0:
        raise argparse.ArgumentTypeError(f"must be positive: {value}")
    return number


def non_negative_float(value: str) -> float:
    """A number of zero or more."""
    number = float(value)
    if number < 0:
        raise argparse.ArgumentTypeError(f"must not be negative: {value}")
    return number
