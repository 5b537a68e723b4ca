"""Page bytes → text: byte-order mark, declared charset, then detection; never a blind UTF-8 guess.

Order of evidence:

1. A byte-order mark (UTF-8, UTF-16, UTF-32) decides.
2. Bytes that are not text (NUL-heavy, control characters, PNG/PDF/ZIP/… signatures) raise
   ``InputError``; so does empty input.
3. Pure ASCII decodes as is (or with a declared 7-bit encoding such as ISO-2022-JP).
4. Bytes that are valid UTF-8 are UTF-8, whatever the page declares: a legacy page is almost
   never valid multi-byte UTF-8 by accident, while "charset=iso-8859-1" on a UTF-8 page is common.
   Bytes that are UTF-8 but for a few stray bytes (a pasted legacy character) are UTF-8 too.
5. The charset declared by HTTP ``Content-Type`` (``content_type``), else by ``<meta charset>`` /
   ``<meta http-equiv=Content-Type>`` in the first 4 KB, labels mapped as WHATWG does
   (latin1, iso-8859-1 and ascii mean windows-1252, gb2312 means gbk, …). A declaration is
   checked against detection: when the declared single-byte charset turns the sample into
   mojibake that detection's choice does not (Arabic bytes declared windows-1252), detection wins.
6. Detection (uchardet via faust-cchardet; charset-normalizer when uchardet is unsure) on a
   sample starting at the first non-ASCII byte, so that a 20 MB page costs what a small one does.

When nothing decodes the bytes, ``InputError`` is raised rather than text with replacement
characters.
"""

from __future__ import annotations

import codecs
import re

import cchardet
from charset_normalizer import from_bytes
from charset_normalizer.md import mess_ratio

from dateline.errors import InputError

#: Bytes given to the detector: 64 KB holds thousands of non-ASCII characters, plenty for a
#: decision, and keeps detection near 1 ms whatever the page size.
SAMPLE_BYTES = 65536
#: Bytes searched for a <meta> charset declaration (HTML requires it within the first 1024;
#: real pages put it later, behind long comments and scripts).
META_SCAN_BYTES = 4096
#: A UTF-8 page may carry a few stray bytes. It stays UTF-8 when it holds at least this many
#: valid multi-byte characters, and this many times more of them than invalid bytes: legacy
#: text forms a valid multi-byte sequence only by accident: in the test pages of ten legacy
#: encodings, invalid bytes outnumber accidental sequences 3.7:1 (Shift_JIS) to 254:0 (Arabic).
MIN_UTF8_EVIDENCE = 8
UTF8_EVIDENCE_RATIO = 4
#: An ASCII page but for this many bytes, which are not UTF-8 and which it declares UTF-8 or
#: nothing about, is read as windows-1252: a detector has nothing to go on in a handful of
#: bytes (one stray Word apostrophe, 0x92, in an English page declared UTF-8 was read as
#: cp865, "harbourÆs"), and windows-1252 is what such strays are (WHATWG's default for
#: undeclared Western pages).
MAX_STRAY_BYTES = MIN_UTF8_EVIDENCE
#: uchardet's confidence above which its answer is taken without a second opinion. It is right
#: on Western pages where charset-normalizer answers windows-1250 (French è read as č), and
#: unsure (≤ 0.25) on the Persian windows-1256 sample, which charset-normalizer gets right.
UCHARDET_TRUST = 0.5
#: Mess (charset-normalizer's mojibake measure, 0 = clean) by which a declared charset's decoding
#: must exceed detection's before the declaration is overruled. Turkish declared as windows-1252
#: measures 0.056 against 0.0 for windows-1254; honest declarations measure the same as detection.
MESS_MARGIN = 0.02
#: Letters that windows-1252 gives for the bytes of Turkish ğ ı ş Ğ İ Ş (windows-1254) and of
#: Vietnamese đ ư Đ Ư (windows-1258), inside a word. Only Icelandic and Faroese write them; on a
#: page declared Latin-1 that a detector confidently reads otherwise, they are the mark of a
#: wrong declaration, though the mess measure may find the misreading as clean (0.0 to 0.013
#: on Turkish test pages).
_MISREAD_1252_RE = re.compile(r"[^\W\d_][ðýþÐÝÞ]|[ðýþÐÝÞ][^\W\d_]")
#: Misread letters (``_MISREAD_1252_RE``) that overrule a Latin-1 declaration outright when
#: a sure detector reads the page as Turkish or Vietnamese (one may be an Icelandic name).
MIN_MISREADS = 3
_MISREAD_CODECS = frozenset({"cp1254", "iso8859-9", "cp1258"})
#: Bytes that KOI8-R reads as box-drawing characters and KOI8-U as Ukrainian є і ї ґ Є І Ї Ґ,
#: next to a Cyrillic letter byte: Ukrainian text, which KOI8-R garbles ("п╕сля" for "після").
_KOI8_U_RE = re.compile(
    rb"[\xc0-\xff][\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd]|[\xa4\xa6\xa7\xad\xb4\xb6\xb7\xbd][\xc0-\xff]"
)

_SIGNATURES = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "gzip-compressed data (decompress it first)"),
    (b"BZh", "bzip2-compressed data"),
    (b"\xfd7zXZ", "xz-compressed data"),
    (b"RIFF", "a RIFF media file"),
    (b"\x7fELF", "an executable"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
    (b"\x00\x00\x01\x00", "an icon file"),
    (b"wOFF", "a web font"),
    (b"wOF2", "a web font"),
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_META_RE = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:\-]+)", re.IGNORECASE)
_NON_ASCII_RE = re.compile(rb"[\x80-\xff]")
_CONTROL_RE = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]")

#: WHATWG encoding labels → the Python codec that decodes them as browsers do.
_LABELS: dict[str, str] = {}
for _codec, _labels in (
    ("utf-8", "utf-8 utf8 unicode-1-1-utf-8 unicode11utf8 unicode20utf8 x-unicode20utf8"),
    (
        "windows-1252",
        "windows-1252 ansi_x3.4-1968 ascii us-ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 "
        "iso-ir-100 iso8859-1 iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 x-cp1252 "
        "iso-8859-15 iso8859-15 latin9 latin-9 l9 csisolatin9 iso_8859-15",
    ),
    ("windows-1250", "windows-1250 cp1250 x-cp1250"),
    ("windows-1251", "windows-1251 cp1251 x-cp1251"),
    ("windows-1253", "windows-1253 cp1253 x-cp1253"),
    (
        "windows-1254",
        "windows-1254 cp1254 x-cp1254 iso-8859-9 iso8859-9 iso88599 iso_8859-9 latin5 l5 "
        "csisolatin5 iso-ir-148 iso_8859-9:1989",
    ),
    ("windows-1255", "windows-1255 cp1255 x-cp1255"),
    ("windows-1256", "windows-1256 cp1256 x-cp1256"),
    ("windows-1257", "windows-1257 cp1257 x-cp1257"),
    ("windows-1258", "windows-1258 cp1258 x-cp1258"),
    ("cp874", "windows-874 dos-874 iso-8859-11 iso8859-11 iso885911 tis-620"),
    ("iso-8859-2", "iso-8859-2 iso8859-2 iso88592 iso_8859-2 latin2 l2 csisolatin2"),
    ("iso-8859-3", "iso-8859-3 iso8859-3 latin3 l3"),
    ("iso-8859-4", "iso-8859-4 iso8859-4 latin4 l4"),
    ("iso-8859-5", "iso-8859-5 iso8859-5 iso88595 iso_8859-5 cyrillic csisolatincyrillic"),
    ("iso-8859-6", "iso-8859-6 iso8859-6 arabic asmo-708 ecma-114 iso-8859-6-i iso-8859-6-e"),
    ("iso-8859-7", "iso-8859-7 iso8859-7 greek greek8 elot_928 ecma-118 sun_eu_greek"),
    ("iso-8859-8", "iso-8859-8 iso8859-8 hebrew visual iso-8859-8-e csisolatinhebrew"),
    ("iso-8859-8", "iso-8859-8-i logical csiso88598i"),
    ("iso-8859-10", "iso-8859-10 iso8859-10 latin6 l6"),
    ("iso-8859-13", "iso-8859-13 iso8859-13"),
    ("iso-8859-14", "iso-8859-14 iso8859-14"),
    ("iso-8859-16", "iso-8859-16"),
    ("koi8-r", "koi8-r koi8_r koi8 cskoi8r koi"),
    ("koi8-u", "koi8-u koi8-ru"),
    ("mac-roman", "macintosh mac x-mac-roman csmacintosh"),
    ("mac-cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    ("cp866", "ibm866 866 cp866 csibm866"),
    ("gb18030", "gb18030 gbk gb2312 chinese csgb2312 csiso58gb231280 gb_2312 gb_2312-80 x-gbk"),
    ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    ("euc-jp", "euc-jp cseucpkdfmtjapanese x-euc-jp"),
    ("iso-2022-jp", "iso-2022-jp csiso2022jp"),
    (
        "cp932",
        "shift_jis shift-jis sjis ms932 ms_kanji windows-31j x-sjis csshiftjis cp932",
    ),
    ("cp949", "uhc euc-kr cp949 windows-949 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ksc_5601"),
    ("utf-16-le", "utf-16le utf-16 ucs-2 unicode csunicode unicodefeff"),
    ("utf-16-be", "utf-16be unicodefffe"),
):
    for _label in _labels.split():
        _LABELS[_label] = _codec

#: Python codec names → the names reported for them.
_REPORTED = {
    "cp1252": "windows-1252",
    "cp1250": "windows-1250",
    "cp1251": "windows-1251",
    "cp1253": "windows-1253",
    "cp1254": "windows-1254",
    "cp1255": "windows-1255",
    "cp1256": "windows-1256",
    "cp1257": "windows-1257",
    "cp1258": "windows-1258",
    "cp874": "windows-874",
    "cp932": "shift_jis",
    "cp949": "euc-kr",
    "gb18030": "gbk",
    "gbk": "gbk",
    "gb2312": "gbk",
    "euc_kr": "euc-kr",
    "shift_jis": "shift_jis",
    "big5hkscs": "big5",
    "big5": "big5",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "utf-8": "utf-8",
    "euc_jp": "euc-jp",
    "iso2022_jp": "iso-2022-jp",
    "mac-roman": "macintosh",
    "mac-cyrillic": "x-mac-cyrillic",
    "utf-16-le": "utf-16le",
    "utf-16-be": "utf-16be",
    "utf-32-le": "utf-32le",
    "utf-32-be": "utf-32be",
}
#: Codecs whose bytes never leave 7-bit ASCII; an ASCII page declaring one needs it to decode.
_SEVEN_BIT = frozenset({"iso2022_jp", "utf_7"})
#: Multi-byte codecs: a strict decode of a page declared so is strong evidence by itself.
_MULTI_BYTE = frozenset({"gb18030", "big5hkscs", "euc_jp", "cp932", "cp949"})


def _windows_1252_c1(error: UnicodeError) -> tuple[str, int]:
    """WHATWG windows-1252 maps the five bytes Python's cp1252 leaves undefined to C1 controls."""
    if not isinstance(error, UnicodeDecodeError):
        raise error
    byte = error.object[error.start]
    if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
        return chr(byte), error.start + 1
    raise error


codecs.register_error("dateline-windows-1252", _windows_1252_c1)


def decode_html(data: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return (text, encoding name used).

    Raises ``InputError`` for empty input, for bytes that are not text, and for text whose
    encoding can neither be read from the page nor detected.
    """
    if not data:
        raise InputError("empty input: the page has no bytes")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return body.decode(codec), _reported(codec)
            except UnicodeDecodeError:
                break  # a BOM followed by something else: judge the bytes on their own
    _refuse_binary(data)
    declared = _declared_codec(data, content_type)
    if data.isascii():
        if declared and codecs.lookup(declared).name in _SEVEN_BIT:
            try:
                return data.decode(declared), _reported(declared)
            except UnicodeDecodeError:
                pass
        return data.decode("ascii"), "utf-8"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    text = _mostly_utf8(data)
    if text is not None:
        return text, "utf-8"
    strays = len(data) - len(data.decode("ascii", "ignore"))
    if strays <= MAX_STRAY_BYTES and declared in (None, "utf-8"):
        return data.decode("cp1252", errors="dateline-windows-1252"), "windows-1252"
    sample = _sample(data)
    detected, sure = _detect(sample)
    if declared and declared not in ("utf-8", "utf-16-le", "utf-16-be"):
        declared = _ukrainian(declared, sample)
        text = _strict(data, declared)
        if text is not None and _declaration_holds(sample, declared, detected, sure):
            return text, _reported(declared)
    if detected:
        text = _strict(data, detected)
        if text is None:
            text = data.decode(detected, errors="replace")
        return text, _reported(detected)
    raise InputError(
        "cannot determine the character encoding: the bytes are not UTF-8, "
        f"the declared charset ({declared or 'none'}) does not decode them, "
        "and detection found no match"
    )


def utf8_as_given(data: bytes, text: str, encoding: str) -> bytes | None:
    """``data`` itself when it is exactly the UTF-8 form of ``text``, its ``decode_html``
    result (no byte-order mark, no byte replaced), else None: the parser then reads the
    page's own bytes instead of the text encoded again (0.17 ms a page on Scrapinghub, 0.30
    on WCXB dev)."""
    if encoding != "utf-8" or data.startswith(codecs.BOM_UTF8) or "\ufffd" in text:
        return None
    return data


def normalise_label(label: str) -> str | None:
    """The Python codec for a charset label, following the WHATWG label table; None if unknown."""
    label = label.strip().strip("\"'").lower()
    codec = _LABELS.get(label)
    if codec:
        return codec
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _refuse_binary(data: bytes) -> None:
    """Raise InputError for bytes that are plainly not an HTML or text page."""
    for signature, kind in _SIGNATURES:
        if data.startswith(signature):
            raise InputError(f"binary input: the bytes are {kind}, not a web page")
    head = data[:8192]
    nuls = head.count(0)
    # UTF-16 without a BOM has a NUL in every other byte of ASCII markup; decode it then.
    if nuls > len(head) // 4:
        raise InputError(
            f"binary input: {nuls} of the first {len(head)} bytes are NUL "
            "(UTF-16 without a byte-order mark is not supported)"
        )
    controls = len(_CONTROL_RE.findall(head))
    # Text pages carry at most a handful of stray control bytes; 5% is far beyond any page seen.
    if controls > max(8, len(head) // 20):
        raise InputError(
            f"binary input: {controls} of the first {len(head)} bytes are control characters"
        )


def _declared_codec(data: bytes, content_type: str | None) -> str | None:
    """The codec named by the HTTP header, else by a <meta> near the top of the page."""
    if content_type:
        match = _CHARSET_RE.search(content_type.encode("latin-1", errors="ignore"))
        if match:
            codec = normalise_label(match[1].decode("ascii"))
            if codec:
                return codec
    for match in _META_RE.finditer(data[:META_SCAN_BYTES]):
        codec = normalise_label(match[1].decode("ascii"))
        if codec:
            # A <meta> cannot truthfully declare UTF-16: the bytes it was read from are ASCII.
            return "utf-8" if codec.startswith("utf-16") else codec
    return None


def _mostly_utf8(data: bytes) -> str | None:
    """The UTF-8 decoding of bytes that are UTF-8 but for a few stray bytes, else None."""
    text = codecs.getincrementaldecoder("utf-8")("replace").decode(_sample(data), final=False)
    bad = text.count("\ufffd")
    # Non-ASCII characters counted in C (a Python loop over the 64 KB sample took 2 ms).
    valid = len(text) - len(text.encode("ascii", "ignore")) - bad
    if valid < MIN_UTF8_EVIDENCE or bad * UTF8_EVIDENCE_RATIO > valid:
        return None
    return data.decode("utf-8", errors="replace")


def _sample(data: bytes) -> bytes:
    """Up to SAMPLE_BYTES of the page, starting shortly before its first non-ASCII byte."""
    if len(data) <= SAMPLE_BYTES:
        return data
    first = _NON_ASCII_RE.search(data)
    start = max(0, first.start() - 256) if first else 0
    return data[start : start + SAMPLE_BYTES]


def _detect(sample: bytes) -> tuple[str | None, bool]:
    """The codec detection finds for the sample (uchardet when sure, else charset-normalizer)
    and whether uchardet was sure of it."""
    guess = cchardet.detect(sample)
    label, confidence = guess.get("encoding"), guess.get("confidence") or 0.0
    if label and confidence >= UCHARDET_TRUST:
        codec = normalise_label(label)
        if codec and codec != "utf-8" and _strict(sample, codec, partial=True) is not None:
            return _ukrainian(codec, sample), True
    best = from_bytes(sample, preemptive_behaviour=False).best()
    if best is None or best.encoding in ("ascii", "utf_8"):
        return None, False
    return _ukrainian(best.encoding, sample), False


def _ukrainian(codec: str, sample: bytes) -> str:
    """KOI8-U for KOI8-R when the sample holds Ukrainian letters in words, else ``codec``."""
    if codecs.lookup(codec).name == "koi8-r" and _KOI8_U_RE.search(sample):
        return "koi8-u"
    return codec


def _declaration_holds(sample: bytes, declared: str, detected: str | None, sure: bool) -> bool:
    """Whether the declared codec reads the sample at least about as cleanly as detection's.

    A windows-1252 declaration whose reading shows Turkish or Vietnamese letters misread
    (``_MISREAD_1252_RE``) against a detector that is sure must read strictly more cleanly.
    """
    if detected is None or codecs.lookup(declared).name == codecs.lookup(detected).name:
        return True
    if codecs.lookup(declared).name in _MULTI_BYTE:
        return True
    declared_text = _strict(sample, declared, partial=True)
    if declared_text is None:
        return False
    detected_text = _strict(sample, detected, partial=True)
    if detected_text is None or detected_text == declared_text:
        return True
    declared_mess, detected_mess = mess_ratio(declared_text, 1.0), mess_ratio(detected_text, 1.0)
    if sure and codecs.lookup(declared).name == "cp1252":
        misread = len(_MISREAD_1252_RE.findall(declared_text))
        if misread >= MIN_MISREADS and codecs.lookup(detected).name in _MISREAD_CODECS:
            # Turkish read as Latin-1 over and over: the mess measure can find the misreading
            # the cleaner (0.0 against 0.067 on a helper's windows-1254 page declared
            # iso-8859-1, whose title read "Zeytin hasadý düþtü").
            return False
        if misread:
            return declared_mess < detected_mess
    return declared_mess <= detected_mess + MESS_MARGIN


def _strict(data: bytes, codec: str, *, partial: bool = False) -> str | None:
    """The bytes decoded strictly (windows-1252 with the WHATWG C1 mapping), or None.

    ``partial`` allows a character cut off at the end, as a sample's last one may be.
    """
    try:
        name = codecs.lookup(codec).name
        errors = "dateline-windows-1252" if name == "cp1252" else "strict"
        if partial:
            return codecs.getincrementaldecoder(name)(errors).decode(data, final=False)
        return data.decode(name, errors=errors)
    except (UnicodeDecodeError, LookupError):
        return None


def _reported(codec: str) -> str:
    """The name reported for a Python codec: the WHATWG name where one is usual."""
    name = codecs.lookup(codec).name
    return _REPORTED.get(name, _REPORTED.get(codec, name))
