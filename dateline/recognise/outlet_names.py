"""An outlet's or site's name folded to one key, so that the ways a page writes it compare
equal: "The Meridian Post", "MERIDIAN POST", "meridianpost.com" and "www.meridian-post.co.uk"
are all "meridianpost"."""

from __future__ import annotations

import re
import unicodedata

from dateline.recognise.dates import MARKS

#: A domain's ending: a generic one, or a country's with or without its second level
#: (".com", ".news", ".id", ".co.uk", ".com.au", ".co.id").
_DOMAIN_END_RE = re.compile(
    r"\.(?:com|org|net|news|info|(?:(?:co|com|net|org|or|ac|gov)\.)?[a-z]{2})$"
)
#: A host name once its ending is cut ("news.kabarlokal" of "news.kabarlokal.co.id"): its
#: last label names the outlet.
_HOST_RE = re.compile(r"[\w.-]+")
#: Anything that is not a letter, a digit or a combining mark (the vowel signs of Thai and
#: Devanagari are part of a name though ``\w`` does not match them).
_NOT_NAME_CHAR_RE = re.compile(rf"(?:[^\w{MARKS}]|_)+")


def fold_outlet_name(name: str) -> str:
    """``name`` as a key for comparing outlets: case-folded, without "www.", a domain's
    ending or a host's subdomains, spaces, punctuation, Latin letters' accents and a leading
    "the" ("The Meridian Post" and "news.meridianpost.com" → "meridianpost"); full-width
    letters are read as their ASCII ones.

    The key is for comparison alone: a leading "the" goes even when glued to the name, as a
    domain writes it ("themeridianpost.com"), so "Theodore Times" is "odoretimes". Names in
    other scripts keep their letters and marks; an empty or punctuation-only name is "".
    """
    folded = name.strip()
    if not folded.isascii():
        folded = _without_latin_accents(folded)
    folded = folded.casefold().removeprefix("www.")
    domain_end = _DOMAIN_END_RE.search(folded)
    if domain_end is not None:
        folded = folded[: domain_end.start()]
        if _HOST_RE.fullmatch(folded):
            folded = folded.rpartition(".")[2]
    return _NOT_NAME_CHAR_RE.sub("", folded).removeprefix("the")


def same_outlet(name: str, other: str) -> bool:
    """Whether two names fold to the same outlet (``fold_outlet_name``); a name without
    letters is no outlet's."""
    folded = fold_outlet_name(name)
    return bool(folded) and folded == fold_outlet_name(other)


def _without_latin_accents(text: str) -> str:
    """``text`` in its compatibility form (full-width "ＫＯＭＰＡＳ" is "KOMPAS") with the
    accents of its Latin letters dropped ("Notícias" → "Noticias"); the marks on letters of
    other scripts (Devanagari's vowel signs) are kept."""
    kept: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if not (unicodedata.combining(char) and kept and kept[-1].isascii()):
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))
