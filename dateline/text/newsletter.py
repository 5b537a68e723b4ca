"""An emailed newsletter saved as text: its masthead and the mail's own furniture.

A newsletter opens with its name and issue ("THE MORNING BRIEF — Issue 214", "Issue #31 ·
Friday, March 7, 2025") and the mail's links ("View in browser", "Forwarded this email?
Subscribe here."), and closes with more ("Reply to this email with tips", "Unsubscribe",
"You are receiving this email because …"). None of it is the story's: the masthead is not its
headline, nor the sign-off its last paragraph.
"""

from __future__ import annotations

import re

from dateline.recognise.dates import find_date

#: Most words of a masthead line ("THE WEEKLY HARBOUR LETTER — Vol. 3, No. 12 · March 2025").
MAX_MASTHEAD_WORDS = 12
#: Most words of a mail's furniture line ("You are receiving this email because you signed up
#: at example.org." runs to 11; a story's sentence about email runs longer or reads otherwise).
MAX_FURNITURE_WORDS = 16
#: An issue number opening a line or after the newsletter's name and a separator: "Issue 214",
#: "No. 88", "Vol. 3, No. 12", "Edition #45"; not "No. 1 seed" inside a headline.
_ISSUE_MARK = r"(?:issue|edition|vol\.?|volume|no\.|nr\.|number)\s*#?\d{1,4}\b"
_ISSUE_RE = re.compile(rf"(?:^|\s[—–|·•:-]\s*|\s\|){_ISSUE_MARK}", re.IGNORECASE)
#: The mail's furniture: links to the web copy, to subscribe or unsubscribe, to reply; the
#: notice of why the mail came.
_FURNITURE_RE = re.compile(
    r"^(?:view (?:this (?:email|newsletter|issue) )?(?:in|on) (?:your |a )?(?:web )?browser"
    r"|(?:was this|were you) forwarded (?:this )?(?:email|newsletter)"
    r"|forwarded this (?:email|newsletter)"
    r"|(?:unsubscribe|manage (?:your )?(?:preferences|subscription))"
    r"(?=\s*(?:$|[|·•]|here\b|from\b))"
    r"|you(?:'re| are) receiving this (?:email|newsletter)"
    r"|(?:thanks for reading[.!]?\s*)?(?:just )?(?:hit )?reply to this (?:email|newsletter)"
    r"|this (?:email|newsletter) was sent to\b)",
    re.IGNORECASE,
)


#: What may follow a masthead's issue number: more of the number ("Vol. 3, No. 12"), the
#: separators, and the issue's date or season ("· Friday, March 7, 2025", "— March 2025",
#: "Spring 2025"): words of a sentence after it make a headline ("Number 10 rejects calls …",
#: "No. 1 seed crashes out").
_AFTER_ISSUE_RE = re.compile(
    rf"^(?:[\s—–|·•:,-]|{_ISSUE_MARK})*"
    r"(?:[A-Za-z]+\.?,?\s+)?(?:[A-Za-z]+\.?\s+)?(?:\d{1,2},?\s+)?(?:\d{4})?\s*$",
    re.IGNORECASE,
)


def is_masthead(text: str, words: int) -> bool:
    """A newsletter's name and issue number, maybe with the issue's date."""
    if words > MAX_MASTHEAD_WORDS:
        return False
    issue = _ISSUE_RE.search(text)
    if issue is None:
        return False
    rest = text[issue.end() :]
    return _AFTER_ISSUE_RE.match(rest) is not None or find_date(rest) is not None


def is_mail_furniture(text: str, words: int) -> bool:
    """A line of the mail around the newsletter: browser link, forward note, sign-off."""
    return words <= MAX_FURNITURE_WORDS and _FURNITURE_RE.match(text) is not None
