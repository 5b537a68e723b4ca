"""Errors that dateline raises for bad input; each names the input that caused it."""


class DatelineError(Exception):
    """Base class of dateline's own errors."""


class InputError(DatelineError, ValueError):
    """The input cannot be read as a page: empty, binary, undecodable, or over a limit.

    ``reason`` says why; ``source`` names the input (its URL) when known, and the message is
    then ``"SOURCE: REASON"``, so that a front end that names the input itself can print the
    reason alone.
    """

    def __init__(self, reason: str, source: str | None = None) -> None:
        super().__init__(f"{source}: {reason}" if source else reason)
        self.reason = reason
        self.source = source
