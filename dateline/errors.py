"""Errors that dateline raises for bad input; each names the input that caused it."""


class DatelineError(Exception):
    """Base class of dateline's own errors."""


class InputError(DatelineError, ValueError):
    """The input cannot be read as a page: empty, binary, undecodable, or over a limit."""
