"""Lines in which a publisher speaks of itself: at the foot of a page, its postal address with
a phone number ("Westmarch Gazette, 14 Quay Street, Westmarch. Phone 555-0142") and the group
that owns it ("Millbrook Mercury, part of Northmere Media."); between paragraphs, a pitch for
its app ("Download the Hollis Herald app for breaking news alerts."). A dump keeps them as
short prose lines among the story's, where they would be taken for its sentences.
"""

from __future__ import annotations

import re

#: Longest footer line, in words: an outlet's name, a street address, a town, a postcode and a
#: phone number run to ~20.
MAX_FOOTER_WORDS = 24
#: A street address: a house number and one to three capitalised words ending in a street word.
_STREET_RE = re.compile(
    r"\b\d{1,5}[A-Za-z]?,?\s+(?:[A-Z][\w'’.-]*\s+){1,3}"
    r"(?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Boulevard|Blvd|Drive|Dr|Square|Place|Way|Quay"
    r"|Court|Terrace|Parade|Row|Plaza|Highway|Hwy)\b\.?"
)
#: A phone number after its label: "Phone 555-0142", "Tel: +44 20 7946 0000", "Ph. (03) 9555 0100".
_PHONE_RE = re.compile(
    r"\b(?:phone|tel(?:ephone)?|ph|call us)\b\.?:?\s*\+?[\d(][\d ()./-]{5,}\d", re.IGNORECASE
)
#: The outlet naming the group that owns it, and nothing else: "Millbrook Mercury, part of
#: Northmere Media.", "The Harbour Post is a division of Coastline Publishing Group". Every
#: word of both names is capitalised, so a sentence of a story ("The plant is part of Ostrava
#: Steel Group.") does not fit.
_NAME = r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4}"
_OWNER_RE = re.compile(
    rf"^(?:©\s*)?{_NAME}(?:,\s*|\s+is\s+)(?:(?:a|an|the|proudly)\s+)*"
    r"(?:[Pp]art|[Dd]ivision|[Ss]ubsidiary|[Mm]ember|[Bb]rand)\s+of\s+(?:the\s+)?"
    rf"(?:{_NAME}\s+)?(?:Media|Group|Network|Publishing|Publications|Newspapers|Holdings|Press)"
    r"(?:\s+(?:[Nn]etwork|[Gg]roup|[Ff]amily|Ltd|Inc|plc|LLC))?\.?\s*$"
)

#: Longest app pitch, in words ("Download the Hollis Herald app for breaking news alerts on
#: your phone and tablet, free on iOS and Android" is 19).
MAX_APP_PITCH_WORDS = 25
#: A pitch for the outlet's app: an imperative to get "the …" or "our" app, saying it brings
#: news. A story's own sentence about an app ("Download the Calm app and try …" in a study's
#: method, 10 such in WCXB dev truth) names no news, alerts or headlines, so it stays prose.
_APP_PITCH_RE = re.compile(
    r"^(?:download|get|install)\s+(?:the|our)\b.{0,60}?\bapp\b"
    r".{0,120}?\b(?:news|alerts?|headlines|notifications|stories|updates)\b",
    re.IGNORECASE,
)


def is_app_pitch(text: str, words: int) -> bool:
    """Whether a line pitches the outlet's news app to the reader."""
    return words <= MAX_APP_PITCH_WORDS and _APP_PITCH_RE.match(text) is not None


def is_publisher_footer(text: str, words: int) -> bool:
    """Whether a line gives the publisher's postal address with a phone number, or the group
    that owns it, as a page's footer does."""
    if words > MAX_FOOTER_WORDS:
        return False
    if _STREET_RE.search(text) and _PHONE_RE.search(text):
        return True
    return bool(_OWNER_RE.search(text))
