"""``analyze``: the whole analysis of an article, its guards, long bodies, the CLI option."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from importlib import import_module
from pathlib import Path

import pytest
import spacy
from spacy.language import Language

import dateline
from dateline.cli import main
from dateline.facts import analyze, page_facts, with_facts
from dateline.facts import nlp as nlp_module
from dateline.facts.analyze import _organisation_named, parse, split_text, without_dateline
from dateline.facts.nlp import ENGLISH_PIPELINES, english_pipeline, keep_paragraphs_apart
from dateline.model import Article, Dateline, Facts

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "facts"
SAMPLE = Path(dateline.__file__).parent / "samples" / "northgate-post-lagos-grain-terminal.html"


@pytest.fixture(scope="module")
def nlp() -> Language:
    return english_pipeline()


def fixture_paragraphs() -> list[str]:
    texts = [
        json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(FIXTURES.glob("*.json"))
    ]
    return [para for text in texts for para in text.split("\n\n")]


def floods() -> Article:
    data = json.loads((FIXTURES / "claims_floods.json").read_text(encoding="utf-8"))
    return Article(text=data["text"], published=data["published"], language="en")


def test_an_english_article_gets_every_kind_of_fact(nlp: Language) -> None:
    facts = analyze(floods())
    assert "Aondona Terver" in [p.name for p in facts.people]
    assert "National Emergency Management Agency" in [o.name for o in facts.organizations]
    assert "Agatu" in [p.name for p in facts.places]
    assert any(q.speaker == "Aondona Terver" for q in facts.quotes)
    assert (312, "Ministry of Water Resources") in [(c.value, c.source) for c in facts.claims]
    assert ("on Monday", "2024-03-04") in [(d.text, d.resolved) for d in facts.dates]


def test_analyze_does_not_change_the_article_and_with_facts_returns_a_copy(nlp: Language) -> None:
    article = floods()
    before = article.to_dict()
    facts = analyze(article)
    assert article.to_dict() == before
    analysed = with_facts(article)
    assert article.facts is None
    assert analysed.facts == facts
    assert Article.from_dict(json.loads(analysed.to_json())).facts == facts


def test_quote_offsets_point_into_the_article_text(nlp: Language) -> None:
    article = floods()
    for quote in analyze(article).quotes:
        assert 0 <= quote.start < quote.end <= len(article.text)
        assert article.text[quote.start : quote.end].strip()


def test_a_wire_dateline_is_not_read_as_the_leads_subject(nlp: Language) -> None:
    text = (
        "VELDRAN, Ostmark (Reuters) - Floods that swept through the Ostmark lowlands killed 312 "
        "people, the Interior Ministry said on Wednesday, as rescue teams pushed on.\n\n"
        "Rescue teams reached two villages."
    )
    article = Article(
        text=text,
        published="2026-03-05",
        language="en",
        dateline=Dateline(place="VELDRAN, Ostmark", agency="Reuters"),
    )
    facts = analyze(article)
    quote = next(q for q in facts.quotes if "312" in q.text)
    assert quote.speaker and "Interior Ministry" in quote.speaker
    assert text[quote.start : quote.end] == quote.text and quote.text.startswith("Floods")
    assert [c.source for c in facts.claims if c.value == 312] == ["Interior Ministry"]
    assert without_dateline(text, None) == text
    # A dateline the text does not open with, or without its dash, is left alone.
    assert without_dateline("Floods hit. " + text, article.dateline).startswith("Floods hit")
    bare = "VELDRAN, Ostmark (Reuters) Floods killed 312 people."
    assert without_dateline(bare, article.dateline) == bare


def test_a_speaker_and_a_source_after_a_blanked_dateline_carry_no_padding(nlp: Language) -> None:
    text = (
        "TORVIK, Estmark (Baltwire) - The Torvik Port Authority said on Monday that 4,000 "
        "containers were stuck. Officials said traffic would resume."
    )
    article = Article(
        text=text,
        published="2025-03-14",
        language="en",
        dateline=Dateline(place="TORVIK", agency="Baltwire"),
    )
    facts = analyze(article)
    names = [q.speaker for q in facts.quotes] + [c.source for c in facts.claims]
    assert "Torvik Port Authority" in names
    assert all(name is None or name == " ".join(name.split()) for name in names)


def test_an_organisation_the_tagger_takes_for_a_person_is_listed_as_one(nlp: Language) -> None:
    text = (
        "Shares in Brellwick rose 3.2% on Monday. Brellwick said it would cut about 1,500 jobs."
        "\n\nKestwick Police said two men were arrested. Maria Kovacs said it was a bad day."
    )
    facts = analyze(Article(text=text, published="2026-03-05", language="en"))
    people = [p.name for p in facts.people]
    organizations = [o.name for o in facts.organizations]
    assert "Brellwick" not in people and "Brellwick" in organizations
    assert "Kestwick Police" not in people and "Kestwick Police" in organizations
    assert "Maria Kovacs" in people  # a person who "said it was" stays one


def test_the_agency_that_said_it_is_the_agency_the_article_named(nlp: Language) -> None:
    text = (
        "The Civil Protection Agency of Ostmark said on Tuesday that 52 deaths had been "
        "recorded in the floods. The agency said it could not yet explain the gap between "
        "its count and the hospitals'. Harbour Line Ferries said it would resume sailings."
    )
    facts = analyze(Article(text=text, published="2025-07-16", language="en"))
    speakers = [quote.speaker for quote in facts.quotes]
    assert speakers[:2] == ["Civil Protection Agency of Ostmark"] * 2
    # A noun that no organisation's name holds is left as the article wrote it.
    assert _organisation_named("The regulator", ["Harbour Line Ferries"]) == "The regulator"
    assert _organisation_named("The agency", ["Water Agency", "Rail Agency"]) == "The agency"


@pytest.mark.parametrize("language", ["fr", "de-DE", "zh"])
def test_an_article_in_another_language_has_empty_facts(language: str) -> None:
    article = Article(
        text="Le ministère a dit que 312 personnes sont mortes mardi.", language=language
    )
    assert analyze(article) == Facts()


@pytest.mark.parametrize("text", ["", "   \n\n  "])
def test_an_article_without_text_has_empty_facts(text: str) -> None:
    assert analyze(Article(text=text)) == Facts()


def test_an_article_naming_nobody_has_no_people_but_keeps_claims_and_dates(nlp: Language) -> None:
    text = "Heavy rain fell on Tuesday. About 40 homes were flooded and two bridges collapsed."
    facts = analyze(Article(text=text, published="2024-05-10"))
    assert facts.people == [] and facts.quotes == []
    assert [(c.value, c.qualifier, c.unit) for c in facts.claims] == [
        (40, "about", "homes"),
        (2, None, "bridges"),
    ]
    assert [(d.text, d.resolved) for d in facts.dates] == [("on Tuesday", "2024-05-07")]


def test_a_50k_word_article_is_analysed_in_pieces_with_offsets_into_its_text(nlp: Language) -> None:
    paragraphs = fixture_paragraphs()
    out: list[str] = []
    words = 0
    while words < 50_000:
        paragraph = paragraphs[len(out) % len(paragraphs)]
        out.append(paragraph)
        words += len(paragraph.split())
    article = Article(text="\n\n".join(out), published="2024-03-05", language="en-GB")
    facts = analyze(article)
    rounds = len(out) // len(paragraphs)
    assert len([c for c in facts.claims if c.value == 312]) >= rounds
    assert len(facts.dates) >= rounds * 10
    for quote in facts.quotes:
        assert 0 <= quote.start < quote.end <= len(article.text)


def test_split_text_cuts_at_paragraph_then_sentence_then_space() -> None:
    text = "One two. Three four.\n\nFive six seven eight nine ten eleven twelve."
    for limit in (10, 25, 40):
        pieces = split_text(text, limit)
        assert "".join(pieces) == text
        assert all(len(piece) <= limit for piece in pieces)
    assert split_text(text, 30)[0] == "One two. Three four.\n\n"


def test_sentences_and_names_never_run_across_paragraphs(nlp: Language) -> None:
    # Short paragraphs without end punctuation (a list, a product grid) ran into the next one.
    text = "Our Kitchens\n\nCreate a space for the family.\n\nPosted by Erin H.\n\nDearest readers"
    doc = parse(nlp, text)
    sentences = [sentence.text.strip() for sentence in doc.sents]
    assert all("\n" not in sentence for sentence in sentences)
    assert "Create a space for the family." in sentences
    assert [ent.text for ent in doc.ents if "\n" in ent.text] == []


def test_parsing_in_pieces_keeps_text_tokens_and_entities(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "\n\n".join(fixture_paragraphs()[:12])
    whole = nlp(text)
    # the module, not the function of the same name that the package re-exports
    monkeypatch.setattr(import_module("dateline.facts.analyze"), "MAX_CHUNK_CHARS", 700)
    pieces = parse(nlp, text)
    assert pieces.text == text
    assert len(pieces) == len(whole)
    assert [e.text for e in pieces.ents] == [e.text for e in whole.ents]


def test_the_fast_pipeline_gives_the_stock_pipelines_analysis(nlp: Language) -> None:
    """The look-up tagger and the BLAS swap change the time, not the tags, parses, entities,
    morphology or lemmas (the reference keeps paragraphs apart too, as ours does)."""
    name = next(n for n in ENGLISH_PIPELINES if spacy.util.is_package(n))
    reference = spacy.load(name)
    keep_paragraphs_apart(reference)
    assert "attribute_ruler" in reference.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names
    text = "\n\n".join(fixture_paragraphs())
    for ours, theirs in zip(parse(nlp, text), reference(text), strict=True):
        assert (ours.tag_, ours.dep_, ours.head.i, ours.ent_iob_, ours.ent_type_) == (
            theirs.tag_,
            theirs.dep_,
            theirs.head.i,
            theirs.ent_iob_,
            theirs.ent_type_,
        )
        assert (ours.pos_, str(ours.morph), ours.lemma_) == (
            theirs.pos_,
            str(theirs.morph),
            theirs.lemma_,
        )


def test_every_layer_multiplies_with_numpy_blas(nlp: Language) -> None:
    layers = [
        layer
        for _, component in nlp.pipeline
        if hasattr(getattr(component, "model", None), "walk")
        for layer in component.model.walk()
    ]
    assert len(layers) > 10
    assert all(getattr(layer.ops, "use_blis", True) is False for layer in layers)


def test_blas_runs_on_one_thread_while_the_pipeline_runs_and_is_restored_after() -> None:
    from threadpoolctl import threadpool_info

    def blas_threads() -> list[int]:
        return [pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"]

    before = blas_threads()
    assert before, "numpy's BLAS is not visible to threadpoolctl"
    with nlp_module.one_blas_thread():
        assert set(blas_threads()) == {1}
    assert blas_threads() == before


def test_importing_and_extracting_never_loads_spacy() -> None:
    code = (
        "import sys, dateline, dateline.cli; dateline.extract('<p>x</p>'); "
        "print(any(m == 'spacy' or m.startswith('spacy.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_dateline_analyze_is_the_facts_analyze() -> None:
    assert dateline.analyze is analyze


def test_cli_facts_adds_facts_to_the_record(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(SAMPLE), "--facts", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["facts"]["people"] and record["facts"]["claims"]


def test_cli_facts_leaves_a_listing_not_analysed(
    nlp: Language, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = Path(__file__).resolve().parent / "fixtures" / "pages" / "live_listing.html"
    assert main(["extract", str(listing), "--facts", "-q"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["page_type"] == "listing" and record["facts"] is None


def test_page_facts_analyses_article_pages_only(nlp: Language) -> None:
    assert page_facts(floods()) == analyze(floods())
    for page_type in ("listing", "other"):
        page = replace(floods(), page_type=page_type)
        assert page_facts(page) is None and with_facts(page).facts is None


def test_cli_without_facts_leaves_facts_null(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(SAMPLE), "-q"]) == 0
    assert json.loads(capsys.readouterr().out)["facts"] is None


@pytest.fixture
def no_pipeline(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(nlp_module, "ENGLISH_PIPELINES", ("no_such_pipeline_installed",))
    english_pipeline.cache_clear()
    yield
    english_pipeline.cache_clear()


def test_cli_facts_without_a_pipeline_says_how_to_install_one(
    no_pipeline: None, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["extract", str(SAMPLE), "--facts", "-q"]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.count("\n") == 1
    assert "pip install 'dateline[facts]'" in captured.err


def test_analyze_without_a_pipeline_raises_model_missing(no_pipeline: None) -> None:
    with pytest.raises(nlp_module.ModelMissing, match="pip install"):
        analyze(replace(floods(), facts=None))


def test_the_people_list_holds_named_people_only() -> None:
    text = (
        "The terminal, built by a consortium led by Lagoon Bulk Handling, can store 180,000 "
        "tonnes of grain in 24 silos.\n\nLagoon Bulk Handling blamed the delay on late "
        'deliveries of steel.\n\n"For two years we have paid ships to wait," said Folake '
        "Adeyemi, who heads an association of flour millers.\n\nWestford watched from the "
        "quay. Check the timetable before you travel."
    )
    article = Article(title="Terminal opens", text=text, language="en")
    facts = analyze(article)
    assert [person.name for person in facts.people] == ["Folake Adeyemi"]
    assert {q.speaker for q in facts.quotes} <= {"Folake Adeyemi", "Lagoon Bulk Handling"}
    assert any(q.speaker == "Lagoon Bulk Handling" for q in facts.quotes)


def test_a_name_whose_title_is_an_organisations_is_no_person() -> None:
    text = "The union, Cabin Crew United, said its members would strike on Friday."
    facts = analyze(Article(title="Strike", text=text, language="en"))
    assert facts.people == []
    assert [q.speaker for q in facts.quotes] == ["Cabin Crew United"]
    # A name the tagger took for a person's, titled as an organisation, is listed as one.
    text = (
        "The anti-corruption watchdog Clear Ledger, which first reported the contracts, said it "
        "had found three other cases."
    )
    facts = analyze(Article(title="Contracts", text=text, language="en"))
    assert facts.people == []
    assert "Clear Ledger" in [org.name for org in facts.organizations]
    text = "Kemi Adeyo, the director of the agency, said the river would crest on Friday."
    facts = analyze(Article(title="Floods", text=text, language="en"))
    assert [person.name for person in facts.people] == ["Kemi Adeyo"]


def test_it_said_after_according_to_is_the_source_named_there(nlp: Language) -> None:
    text = (
        "The study was paid for by the National Foundation for Metabolic Research. According "
        "to the foundation, about 31% of adults are at risk. Rates have nearly doubled since "
        "1995, it said."
    )
    facts = analyze(Article(text=text, published="2024-09-03", language="en"))
    rates = [quote for quote in facts.quotes if quote.text.startswith("Rates")]
    assert [quote.speaker for quote in rates] == ["National Foundation for Metabolic Research"]


def test_a_firm_named_by_its_first_word_is_the_firm() -> None:
    text = (
        "Tessaro Robotics unveiled a folding drone on Tuesday. Tessaro also said it would spend "
        "$300 million on a plant in Kelby."
    )
    facts = analyze(Article(text=text, published="2025-07-16", language="en"))
    assert "Tessaro Robotics" in [o.name for o in facts.organizations]
    assert [c.source for c in facts.claims if c.value == 300_000_000] == ["Tessaro Robotics"]
    assert "Tessaro Robotics" in [q.speaker for q in facts.quotes]


def test_lone_surrogates_in_the_body_are_read_around_not_fatal(nlp: Language) -> None:
    # A str decoded with "surrogateescape" keeps each byte that was not UTF-8 as a lone
    # surrogate, which spaCy's tokenizer refuses.
    text = (
        '"We will rebuild the quay before winter," said Harbour Master Odile Brenner \udcff in '
        "a statement on Tuesday.\n\nThe storm damaged 40 moorings, the port authority said."
    )
    facts = analyze(Article(text=text, published="2026-03-05", language="en"))
    assert [q.speaker for q in facts.quotes][:1] == ["Odile Brenner"]
    assert ("on Tuesday", "2026-03-03") in [(d.text, d.resolved) for d in facts.dates]


def test_a_figure_of_digits_int_cannot_read_is_no_age_and_no_crash(nlp: Language) -> None:
    # "4²" is digits to str.isdigit but no number to int() (a footnote mark run into an age).
    text = "The ferry captain Idris Mekonnen, 4², said he would retire in the spring."
    facts = analyze(Article(text=text, published="2026-03-05", language="en"))
    assert [p.name for p in facts.people] == ["Idris Mekonnen"]


def test_the_company_is_the_one_firm_the_text_describes(nlp: Language) -> None:
    text = (
        "Veltrix, the Arden-based chipmaker, unveiled its first laptop processor on Wednesday. "
        "Analysts at Greywater Research were cautious. "
        "The company said it had spent $1.2 billion developing the chip."
    )
    facts = analyze(Article(text=text, language="en"))
    quote = next(q for q in facts.quotes if "spent" in q.text)
    assert quote.speaker == "Veltrix"
    assert next(c for c in facts.claims if c.value == 1.2e9).source == "Veltrix"


def _speakers_and_sources(text: str) -> tuple[dict[str, str | None], dict[float, str | None]]:
    facts = analyze(Article(text=text, published="2026-11-12", language="en"))
    return {q.text: q.speaker for q in facts.quotes}, {c.value: c.source for c in facts.claims}


def test_the_company_is_the_firm_last_quoted_by_its_name(nlp: Language) -> None:
    speakers, sources = _speakers_and_sources(
        "Ferrow Logistics said on Thursday that revenue rose 12% in the three months to "
        "September.\n\n"
        "Profit before tax climbed to $410m from $350m a year earlier, the company said.\n\n"
        "The company also raised its forecast, saying it now expected revenue of $13bn."
    )
    said = next(s for text, s in speakers.items() if text.startswith("Profit before tax"))
    assert said == "Ferrow Logistics"
    assert sources[13_000_000_000] == "Ferrow Logistics"


def test_the_company_is_no_public_body_quoted_before(nlp: Language) -> None:
    speakers, _ = _speakers_and_sources(
        "The Consumer Safety Board said the heaters were unsafe.\n\n"
        "The company said the heaters had passed every test."
    )
    said = next(s for text, s in speakers.items() if "passed every test" in text)
    assert said == "The company"


def test_the_company_is_the_firm_a_noun_of_a_firm_names_in_apposition(nlp: Language) -> None:
    speakers, _ = _speakers_and_sources(
        "Helen Achterberg, the agency's chief inspector, said the manufacturer, Little Acorn "
        "Foods, had stopped production at the plant on Tuesday.\n\n"
        "The company said in a statement that it was cooperating fully."
    )
    said = next(s for text, s in speakers.items() if "cooperating fully" in text)
    assert said == "Little Acorn Foods"


def test_their_union_is_the_union_the_article_names() -> None:
    assert _organisation_named("their union", ["Calder Nurses' Union", "Calder"]) == (
        "Calder Nurses' Union"
    )
    assert _organisation_named("their union", ["Calder"]) == "their union"


def test_the_charity_is_the_name_the_text_sets_after_that_noun(nlp: Language) -> None:
    speakers, sources = _speakers_and_sources(
        "More than half of renters spend over a third of their income on rent, a survey by the "
        "housing charity Shelterline has found.\n\n"
        "The charity questioned 3,100 tenants in October. It found that 54% paid more than a "
        "third of their income in rent."
    )
    assert sources[3100] == "Shelterline"
    said = next(s for text, s in speakers.items() if text.startswith("54% paid"))
    assert said == "Shelterline"


def test_live_blog_entry_times_are_no_part_of_names_or_titles(nlp: Language) -> None:
    facts = analyze(
        Article(
            text=(
                "15:42 The jury has found Castell Engineering guilty of corporate manslaughter.\n\n"
                "15:50 Outside court, Maya Lindgren, whose husband died in the collapse, said the "
                "verdict brought relief.\n\n"
                "16:05 Castell Engineering says it will appeal. In a statement, the firm said it "
                "disagreed with the verdict."
            ),
            published="2026-11-27",
            language="en",
        )
    )
    assert [(p.name, p.titles) for p in facts.people] == [("Maya Lindgren", [])]
    speakers = {q.text: q.speaker for q in facts.quotes}
    assert speakers["it will appeal"] == "Castell Engineering"
    assert speakers["it disagreed with the verdict"] == "Castell Engineering"


def test_a_name_in_apposition_to_an_organisation_noun_is_an_organisation() -> None:
    text = (
        "A judge ordered the release of three activists, members of the group Green Tide, "
        "on Tuesday.\n\n"
        "Green Tide said it would hold a rally outside police headquarters on Friday.\n\n"
        "The prosecutor told the court Ivan Petrov had fled the country."
    )
    facts = analyze(Article(text=text, language="en", published="2026-07-22"))
    assert "Green Tide" in [o.name for o in facts.organizations]
    assert "Green Tide" not in [p.name for p in facts.people]
    assert "Ivan Petrov" in [p.name for p in facts.people]


def test_a_name_beside_a_plural_subject_is_not_its_speaker() -> None:
    text = (
        "Hospitals in the capital, Marrak, said they had treated about 350 people for "
        "heat-related illness since Friday."
    )
    facts = analyze(Article(text=text, language="en", published="2026-07-01"))
    [quote] = facts.quotes
    assert quote.speaker != "Marrak"
    assert [c.source for c in facts.claims] == ["Hospitals in the capital"]
    assert all(p.titles != ["Hospitals in the capital"] for p in facts.people)
