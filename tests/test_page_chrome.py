"""attribute_kind: the chrome kind an element's class, id, role and style declare."""

from __future__ import annotations

import pytest

from dateline.model import REMOVED_KINDS
from dateline.page import chrome
from dateline.page.chrome import ROLE_KINDS, TAG_KINDS, attribute_kind


def _kind(**attrs: str | None) -> str | None:
    return attribute_kind(attrs)[0]


@pytest.mark.parametrize(
    ("cls", "kind"),
    [
        ("cookie-banner", "cookie_notice"),
        ("newsletter-signup", "newsletter"),
        ("ad-slot", "advertisement"),
        ("gpt-ad", "advertisement"),
        ("related-stories", "related"),
        ("jp-relatedposts", "related"),
        ("sharedaddy sd-sharing-enabled", "share"),
        ("jetpack-likes-widget-wrapper", "share"),
        ("share-bar", "share"),
        ("comments-area", "comments"),
        ("yorumlar", "comments"),  # the comment boxes of Turkish, German, French, Spanish sites
        ("article-kommentare", "comments"),
        ("zone-commentaires", "comments"),
        ("comentarios-lista", "comments"),
        ("talkbacks", "comments"),  # Israeli sites' readers' comments
        ("site-footer", "footer"),
        ("breadcrumb", "navigation"),
        ("skip-link", "skip_link"),
        ("sidebar", "other"),
        ("shareBar", "share"),  # camelCase parts
        ("mostread", "related"),
        ("Advertisement", "advertisement"),  # case does not matter
    ],
)
def test_chrome_words_in_class(cls: str, kind: str) -> None:
    assert _kind(**{"class": cls}) == kind


def test_compound_chrome_words_split_by_hyphen_or_case() -> None:
    found = {
        cls: _kind(**{"class": cls}) for cls in ("most-read", "mostRead", "sign-up", "up-next")
    }
    assert found == {
        "most-read": "related",
        "mostRead": "related",
        "sign-up": "newsletter",
        "up-next": "related",
    }


@pytest.mark.parametrize(
    ("cls", "kind"),
    [
        ("article-share-bar", "share"),
        ("related-share", "share"),
        ("share-related", "related"),
        ("ad-newsletter", "newsletter"),
        ("newsletter-ad", "advertisement"),
    ],
)
def test_last_chrome_word_of_a_token_wins(cls: str, kind: str) -> None:
    assert _kind(**{"class": cls}) == kind


def test_first_flagging_token_wins_across_tokens() -> None:
    assert attribute_kind({"class": "sharebar", "id": "comments"}) == ("share", "sharebar")
    assert attribute_kind({"class": "loaded", "id": "cookie-banner"}) == (
        "cookie_notice",
        "cookie-banner",
    )


@pytest.mark.parametrize(
    "attrs",
    [
        {"class": "share article-body"},
        {"class": "entry-content comments"},
        {"class": "sidebar", "id": "story-text"},
        {"class": "mainContent newsletter"},
        {"class": "ad", "id": "articleBody"},
    ],
)
def test_content_token_overrides_chrome(attrs: dict[str, str | None]) -> None:
    assert _kind(**attrs) == "content"


def test_content_token_must_be_whole() -> None:
    """ "article-body-share" is a share bar inside the body, not the body."""
    assert _kind(**{"class": "article-body-share"}) == "share"


@pytest.mark.parametrize(
    "cls", ["tag-share", "has-comments", "category-ads", "cat-newsletter", "post-format-gallery"]
)
def test_taxonomy_prefixes_are_ignored(cls: str) -> None:
    assert _kind(**{"class": cls}) is None


@pytest.mark.parametrize(
    "cls", ["shadow", "reading", "adventure", "download", "headline", "leadImage", "loaded"]
)
def test_words_inside_other_words_are_not_chrome(cls: str) -> None:
    assert _kind(**{"class": cls}) is None


@pytest.mark.parametrize(
    "cls", ["hidden", "Hidden", "sr-only", "d-none", "visually-hidden", "screen-reader-text"]
)
def test_whole_hidden_tokens_hide(cls: str) -> None:
    assert _kind(**{"class": cls}) == "hidden"


@pytest.mark.parametrize("cls", ["field-label-hidden", "hidden-xs-caption-off", "hide-on-print"])
def test_hidden_as_part_of_a_token_does_not_hide(cls: str) -> None:
    assert _kind(**{"class": cls}) != "hidden"


def test_is_hidden_token_hides() -> None:
    assert _kind(**{"class": "is-hidden"}) == "hidden"


@pytest.mark.parametrize(
    "attrs",
    [
        {"hidden": None},
        {"aria-hidden": "true"},
        {"style": "display: none"},
        {"style": "color: red; Visibility:Hidden"},
        {"class": "article-body", "style": "display:none"},
    ],
)
def test_hidden_by_attribute_or_style(attrs: dict[str, str | None]) -> None:
    assert _kind(**attrs) == "hidden"


@pytest.mark.parametrize(
    "attrs", [{"aria-hidden": "false"}, {"style": "display: block; color: grey"}]
)
def test_visible_attributes_do_not_hide(attrs: dict[str, str | None]) -> None:
    assert _kind(**attrs) is None


@pytest.mark.parametrize(
    ("role", "kind"),
    [
        ("navigation", "navigation"),
        ("NAVIGATION", "navigation"),
        ("contentinfo", "footer"),
        ("banner", "other"),
        ("search", "navigation"),
        ("main", "content"),
        ("article", "content"),
        ("region", None),
    ],
)
def test_role(role: str, kind: str | None) -> None:
    assert _kind(role=role) == kind


def test_role_comes_before_class() -> None:
    assert attribute_kind({"role": "main", "class": "sidebar"}) == ("content", "role=main")
    assert attribute_kind({"role": "navigation", "class": "article-body"}) == (
        "navigation",
        "role=navigation",
    )


@pytest.mark.parametrize(
    "cls", ["wp-caption-text", "image__credit", "figcaption", "photo-credits", "captionText"]
)
def test_caption_words(cls: str) -> None:
    assert attribute_kind({"class": cls}) == ("caption", cls)


def test_a_chrome_word_beats_a_caption_word() -> None:
    assert _kind(**{"class": "caption share"}) == "share"
    assert _kind(**{"class": "credits sidebar"}) == "other"


def test_caption_words_only_in_class() -> None:
    assert _kind(id="caption") is None


def test_no_attributes_no_kind() -> None:
    assert attribute_kind({}) == (None, "")
    assert attribute_kind({"class": "wrapper col-8", "id": "x1"}) == (None, "")


def test_a_class_alone_and_with_an_id_are_told_apart() -> None:
    # The class-and-id cache keys a class alone by itself and a class with an id by the pair.
    assert attribute_kind({"class": "story-box"}) == (None, "")
    assert attribute_kind({"class": "story-box", "id": "comments"}) == ("comments", "comments")
    assert attribute_kind({"id": "story-box"}) == (None, "")


def test_every_declared_kind_is_a_removed_kind() -> None:
    kinds = set(TAG_KINDS.values()) | set(ROLE_KINDS.values())
    assert kinds <= set(REMOVED_KINDS)


def test_a_full_token_cache_starts_afresh_and_answers_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(chrome, "MAX_CACHED", 3)
    monkeypatch.setattr(chrome, "_token_cache", {})
    monkeypatch.setattr(chrome, "_words_cache", {})
    tokens = ["site-newsletter", "story-grid", "mostRead", "cookie-bar", "site-newsletter"]
    kinds = [attribute_kind({"class": token})[0] for token in tokens]
    assert kinds == ["newsletter", None, "related", "cookie_notice", "newsletter"]
    assert len(chrome._token_cache) <= 3
    assert len(chrome._words_cache) <= 3


@pytest.mark.parametrize(
    ("cls", "ident", "expected"),
    [
        ("header-anchor-post", None, True),
        ("section-header", None, True),
        (None, "pageHeader", True),
        ("sidebar-header", None, False),  # "sidebar" flags it too
        ("header-anchor-post", "most-read", False),
        ("subtitle", None, False),  # no chrome word at all
        (None, None, False),
    ],
)
def test_only_header_word(cls: str | None, ident: str | None, expected: bool) -> None:
    assert chrome.only_header_word(cls, ident) is expected


@pytest.mark.parametrize("cls", ["poll-widget", "wp-polls", "sidebar-poll", "article__block_poll"])
def test_poll_widgets_are_chrome(cls: str) -> None:
    assert _kind(**{"class": cls}) == "other"


@pytest.mark.parametrize("tag", ["amp-ad", "amp-embed", "amp-sticky-ad"])
def test_amp_ad_and_embed_slots_are_advertisements(tag: str) -> None:
    assert TAG_KINDS[tag] == "advertisement"


@pytest.mark.parametrize("cls", ["img-cap", "photoCap", "imgcap", "article__image-cap"])
def test_cap_after_a_picture_word_marks_a_caption(cls: str) -> None:
    assert attribute_kind({"class": cls}) == ("caption", cls)


@pytest.mark.parametrize("cls", ["drop-cap", "fa-graduation-cap", "market-cap", "cap"])
def test_cap_alone_is_no_caption(cls: str) -> None:
    assert attribute_kind({"class": cls})[0] is None


@pytest.mark.parametrize(
    "cls",
    [
        "bildunterschrift", "artikel-bildtext", "foto-legenda", "legende", "leyenda",
        "pie-foto", "resim-aciklama", "keterangan-foto", "img-desc", "photoText",
        "content-media__description", "photo__desc", "image--description",
    ],
)  # fmt: skip
def test_caption_words_of_other_languages_and_picture_descriptions(cls: str) -> None:
    assert attribute_kind({"class": cls}) == ("caption", cls)


@pytest.mark.parametrize(
    "cls", ["urun-aciklama", "desc", "text", "keterangan", "pie-chart", "media__text"]
)
def test_a_description_of_no_picture_is_no_caption(cls: str) -> None:
    assert attribute_kind({"class": cls})[0] is None


@pytest.mark.parametrize("cls", ["art_header_footer", "post-header__footer", "headerFooter"])
def test_a_headers_footer_is_no_page_footer(cls: str) -> None:
    assert attribute_kind({"class": cls})[0] is None


@pytest.mark.parametrize("cls", ["guestbook", "obit-guest-book", "condolences"])
def test_an_obituarys_guest_book_is_its_comments(cls: str) -> None:
    assert attribute_kind({"class": cls})[0] == "comments"


@pytest.mark.parametrize("cls", ["detail_picture_desc", "imgdescr", "img-descr"])
def test_a_pictures_description_in_other_cms_words_is_a_caption(cls: str) -> None:
    assert attribute_kind({"class": cls})[0] == "caption"
