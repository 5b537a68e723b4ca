"""Progress and a closing summary on stderr for runs over many pages."""

from __future__ import annotations

import time
from typing import TextIO

#: On a terminal, the progress line is redrawn at most this often (seconds).
REDRAW_SECONDS = 0.25
#: Off a terminal (logs, CI), one progress line is written per this many pages.
LOG_EVERY = 500


class Progress:
    """Counts pages as they finish; shows progress when useful and a summary at the end.

    Progress appears only for runs of more than one page (``total`` None: a count not known in
    advance, as in a WARC file), redrawn in place on a terminal and as a plain line every
    ``LOG_EVERY`` pages elsewhere; ``quiet`` silences both and the summary.
    Error messages go through ``error`` so that they never collide with the progress line.
    """

    def __init__(self, total: int | None, stream: TextIO, *, quiet: bool = False) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.failed = 0
        self._active = (total is None or total > 1) and not quiet
        self._tty = self._active and stream.isatty()
        self._started = time.monotonic()
        self._drawn_at = 0.0
        self._line_shown = False

    def error(self, message: str) -> None:
        """Write one error line, clearing the progress line first."""
        self._clear()
        print(message, file=self.stream, flush=True)

    def page_done(self, *, failed: bool) -> None:
        """Record one finished page (``failed`` when it produced no record)."""
        self.done += 1
        self.failed += failed
        if not self._active:
            return
        if self._tty:
            now = time.monotonic()
            if now - self._drawn_at >= REDRAW_SECONDS or self.done == self.total:
                self._drawn_at = now
                self.stream.write(f"\r\x1b[K{self._status()}")
                self.stream.flush()
                self._line_shown = True
        elif self.done % LOG_EVERY == 0 and (self.total is None or self.done < self.total):
            print(self._status(), file=self.stream, flush=True)

    def finish(self) -> None:
        """Replace the progress line with the summary: pages, failures, pages per second."""
        self._clear()
        if self._active:
            elapsed = max(time.monotonic() - self._started, 1e-9)
            print(
                f"dateline: {_pages(self.done)}, {self.failed} failed, "
                f"{self.done / elapsed:.1f} pages/s",
                file=self.stream,
                flush=True,
            )

    def stop(self) -> None:
        """Clear the progress line without a summary (a run cut short)."""
        self._clear()

    def _status(self) -> str:
        elapsed = max(time.monotonic() - self._started, 1e-9)
        done = f"{self.done}" if self.total is None else f"{self.done}/{self.total}"
        return f"dateline: {done} pages, {self.failed} failed, {self.done / elapsed:.1f} pages/s"

    def _clear(self) -> None:
        if self._line_shown:
            self.stream.write("\r\x1b[K")
            self._line_shown = False


def _pages(count: int) -> str:
    return f"{count} page" if count == 1 else f"{count} pages"
