"""Quotes: direct and indirect, split and multi-paragraph quotes, and their speakers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from dateline.facts.nlp import ModelMissing, english_pipeline

try:
    NLP = english_pipeline()
except ModelMissing:  # pragma: no cover - the facts extra is not installed
    pytest.skip("no English spaCy pipeline installed", allow_module_level=True)

from dateline.facts.cues import lemma
from dateline.facts.people import find_people
from dateline.facts.quote_marks import find_quoted
from dateline.facts.quotes import find_quote_spans, find_quotes
from dateline.model import Quote


def quotes_of(text: str) -> list[Quote]:
    doc = NLP(text)
    return find_quotes(doc, find_people(doc))


def quote_with(quotes: list[Quote], words: str) -> Quote:
    for quote in quotes:
        if words in quote.text:
            return quote
    raise AssertionError(f"no quote holds {words!r}: {[q.text for q in quotes]}")


def test_pronoun_speaker_resolves_to_the_named_person() -> None:
    quotes = quotes_of(
        "Mayor Clara Osei toured the harbour on Monday. "
        "“The sea wall held, and that saved the old town,” she said."
    )
    quote = quote_with(quotes, "sea wall held")
    assert quote.kind == "direct"
    assert quote.speaker == "Clara Osei"
    assert quote.cue == "said"


def test_quote_split_by_its_cue_is_one_quote() -> None:
    text = (
        "Engineer Tomas Reyes inspected the bridge. "
        "“We will rebuild,” he said, “but not this year.”"
    )
    quotes = quotes_of(text)
    quote = quote_with(quotes, "We will rebuild")
    assert "but not this year" in quote.text
    assert quote.speaker == "Tomas Reyes"
    assert text[quote.start : quote.end].startswith("We will rebuild")
    assert text[quote.start : quote.end].endswith("not this year.")
    assert len([q for q in quotes if "not this year" in q.text]) == 1


def test_a_reply_is_not_the_second_part_of_the_quote_before_it() -> None:
    quotes = quotes_of(
        "“The council has failed the harbour,” said Paul Ndiaye. "
        "Councillor Maria Kovacs said: “That is simply false.”"
    )
    assert quote_with(quotes, "failed the harbour").speaker == "Paul Ndiaye"
    assert "false" not in quote_with(quotes, "failed the harbour").text
    assert quote_with(quotes, "simply false").speaker == "Maria Kovacs"


def test_narration_about_someone_else_ends_the_speaker_s_turn() -> None:
    text = (
        "“The council has failed the harbour,” said Paul Ndiaye. Councillor Maria Kovacs "
        "shook her head. “That is simply false, and the budget shows it.”"
    )
    quotes = quotes_of(text)
    assert "false" not in quote_with(quotes, "failed the harbour").text
    assert quote_with(quotes, "simply false").speaker != "Paul Ndiaye"
    # Narration about the speaker himself keeps the floor with him.
    same = quotes_of(
        "“The council has failed the harbour,” said Paul Ndiaye. He did not name anyone. "
        "“Every budget since 2019 has cut the dredging.”"
    )
    assert "dredging" in quote_with(same, "failed the harbour").text


def test_a_place_with_full_stops_inside_a_split_quote_keeps_it_whole() -> None:
    quotes = quotes_of(
        "“We will rebuild,” Mayor Tomas Reyes said in Velmora, N.C., “and nobody will be left "
        "behind.”"
    )
    quote = quote_with(quotes, "We will rebuild")
    assert "nobody will be left behind" in quote.text and quote.speaker == "Tomas Reyes"


def test_speaker_named_only_by_role() -> None:
    quotes = quotes_of(
        "Health Minister Ines Duarte opened the clinic in Faro. "
        "Hundreds of patients waited outside.\n\n"
        "“Nobody should wait six hours for a doctor,” the minister said."
    )
    assert quote_with(quotes, "six hours").speaker == "Ines Duarte"


def test_quote_over_several_paragraphs() -> None:
    text = (
        "Fire chief Anton Leclerc described the night.\n\n"
        "“The wind turned at midnight,” Leclerc said. “We lost the north road.\n\n"
        "“By dawn the school was gone.”"
    )
    quotes = quotes_of(text)
    running = quote_with(quotes, "north road")
    assert "By dawn the school was gone" in running.text
    assert running.speaker == "Anton Leclerc"


def test_indirect_speech_with_that_and_without() -> None:
    quotes = quotes_of(
        "Rescue coordinator Lena Park said that the shaft had collapsed at noon. "
        "She said about 40 miners were still trapped."
    )
    first = quote_with(quotes, "shaft had collapsed")
    assert first.kind == "indirect"
    assert first.speaker == "Lena Park"
    second = quote_with(quotes, "40 miners")
    assert second.kind == "indirect"
    assert second.speaker == "Lena Park"


def test_according_to_and_organisation_speakers() -> None:
    quotes = quotes_of(
        "The fire spread to three warehouses, according to state police. "
        "The regional health ministry said nobody was hurt."
    )
    assert quote_with(quotes, "three warehouses").speaker == "state police"
    assert quote_with(quotes, "nobody was hurt").speaker == "The regional health ministry"


def test_told_reporters() -> None:
    quotes = quotes_of("Coach Ivo Marsh told reporters the team would appeal the ban.")
    quote = quote_with(quotes, "appeal the ban")
    assert quote.speaker == "Ivo Marsh"
    assert "reporters" not in quote.text


def test_names_inside_a_quote_are_not_the_speaker() -> None:
    quotes = quotes_of(
        "Senator Ruth Abara spoke after the vote. "
        "“I told Daniel Kwan that this bill would pass,” she said."
    )
    assert quote_with(quotes, "this bill would pass").speaker == "Ruth Abara"


def test_quote_in_a_headline_is_not_attributed() -> None:
    quotes = quotes_of(
        "“We are not leaving” - dockers dig in at Port Selwyn\n\n"
        "Union organiser Paul Achebe addressed the crowd at the gate on Friday."
    )
    headline = [q for q in quotes if "not leaving" in q.text]
    assert all(q.speaker is None for q in headline)


def test_unknown_pronoun_speaker_stays_null() -> None:
    quotes = quotes_of("“The road is closed until further notice,” they said.")
    assert quote_with(quotes, "road is closed").speaker is None


def test_offsets_point_at_the_quote_text() -> None:
    text = 'Inspector Mia Holt said: "The lock was forced from outside." Nobody else spoke.'
    quote = quote_with(quotes_of(text), "lock was forced")
    assert text[quote.start : quote.end] == quote.text


def test_speaker_mention_span_is_kept_for_evaluation() -> None:
    text = "“The figures are wrong,” said treasurer Omar Haddad."
    doc = NLP(text)
    found = find_quote_spans(doc, find_people(doc))
    source = found[0].source
    assert source is not None
    assert "Haddad" in text[source[0] : source[1]]


def test_text_without_quotes_or_people() -> None:
    assert quotes_of("Rain is expected across the region this weekend.") == []
    assert quotes_of("") == []


def test_non_english_text_gives_no_error() -> None:
    quotes = quotes_of("Der Bürgermeister sagte am Dienstag, die Brücke bleibe gesperrt.")
    assert all(isinstance(q, Quote) for q in quotes)


FIXTURES = sorted((Path(__file__).parent / "fixtures" / "facts").glob("quotes_*.json"))


@pytest.mark.parametrize("path", FIXTURES, ids=lambda p: p.stem)
def test_annotated_fixture_quotes(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    text = data["text"]
    quotes = quotes_of(text)
    for quote in quotes:
        assert text[quote.start : quote.end].startswith(quote.text.split(" … ")[0])
    for gold in data["quotes"]:
        found = [q for q in quotes if q.text == gold["text"]]
        assert found, f"{gold['text']!r} not among {[q.text for q in quotes]}"
        assert found[0].speaker == gold["speaker"], gold["text"]
        assert found[0].kind == gold["kind"], gold["text"]


def test_transcript_lines_name_their_speaker() -> None:
    quotes = quotes_of(
        "Host Amir Patel questioned council chair Ruth Brennan on Sunday.\n\n"
        "Partial transcript as follows:\n\n"
        "PATEL: Will the mayor resign before the vote?\n\n"
        "BRENNAN: No, she will not resign this week."
    )
    assert quote_with(quotes, "resign before the vote").speaker == "Amir Patel"
    assert quote_with(quotes, "will not resign").speaker == "Ruth Brennan"


def test_a_label_before_a_colon_is_not_a_speaker() -> None:
    quotes = quotes_of("UPDATE: The bridge reopened to traffic at noon on Saturday.")
    assert all(q.speaker is None for q in quotes)


def test_pronoun_after_a_titled_speaker_the_tagger_missed_is_that_speaker() -> None:
    doc = NLP(
        "Ruth Ambali, a 52-year-old fishmonger, said her stall was under water by noon.\n\n"
        "Commissioner for Water Resources Adaeze Okonkwo-Bell told reporters that the "
        "drains had been cleared in March. She said the board would inspect every culvert "
        "in the district before the rains returned."
    )
    people = find_people(doc)
    quotes = find_quotes(doc, people)
    named = {p.name: p.titles for p in people.people}
    assert named.get("Adaeze Okonkwo-Bell") == ["Commissioner for Water Resources"]
    assert quote_with(quotes, "inspect every culvert").speaker == "Adaeze Okonkwo-Bell"


def test_speaker_after_but_is_the_group_not_the_place() -> None:
    quotes = quotes_of(
        "Durban, a city of more than three million people, floods most winters, but "
        "engineers say blocked drains and careless building have made the floods worse."
    )
    assert quote_with(quotes, "blocked drains").speaker == "engineers"


def test_according_to_figures_released_by_an_office_names_the_office() -> None:
    quotes = quotes_of(
        "The river rose 3 metres overnight, according to data published by the county's "
        "Hydrology Service."
    )
    speaker = quote_with(quotes, "river rose").speaker
    assert speaker is not None and "Hydrology Service" in speaker


def test_according_to_an_owners_figures_names_the_owner() -> None:
    quotes = quotes_of("Exports fell for a third month, according to the ministry's figures.")
    speaker = quote_with(quotes, "Exports fell").speaker
    assert speaker is not None and speaker.startswith("the ministry")


def test_passive_cue_takes_its_agent_but_not_a_date() -> None:
    quotes = quotes_of(
        "The plan was endorsed by the farmers' union. No arrests had been confirmed by "
        "Friday night."
    )
    assert quote_with(quotes, "The plan").speaker == "the farmers' union"
    assert all(q.speaker != "Friday night" for q in quotes)


def test_object_cue_keeps_the_reason_it_gives() -> None:
    quotes = quotes_of("The senator criticized the governor for cutting the school budget.")
    assert quote_with(quotes, "the governor").text == "the governor for cutting the school budget"


def test_noun_cue_attributes_to_its_possessor() -> None:
    quotes = quotes_of(
        "Mayor Lena Forsberg repeated her criticism of the new parking rules on Tuesday."
    )
    quote = quote_with(quotes, "new parking rules")
    assert quote.speaker == "Lena Forsberg" and quote.cue == "criticism"


def test_second_cue_joined_to_indirect_speech_starts_its_own_quote() -> None:
    quotes = quotes_of(
        "The minister said she would order a review of the grain reserves and warned "
        "against hoarding by traders."
    )
    first = quote_with(quotes, "order a review")
    assert "hoarding" not in first.text
    assert quote_with(quotes, "hoarding").cue == "warned"


def test_quote_going_on_after_its_cue_joins_the_same_attribution() -> None:
    quotes = quotes_of(
        "“The ferry will run again on Monday,” said Tomas Varga, the harbour master. "
        "“We have checked every mooring twice.”"
    )
    quote = quote_with(quotes, "ferry will run")
    assert "every mooring" in quote.text and quote.speaker == "Tomas Varga"
    assert len([q for q in quotes if "every mooring" in q.text]) == 1


def test_headline_verb_is_not_part_of_a_name() -> None:
    doc = NLP("Okafor Says Bridge Will Reopen\n\nMayor Ada Okafor said the bridge would reopen.")
    # The entity tagger sometimes swallows a headline's verb into the name.
    doc.ents = [Span(doc, 0, 2, label="PERSON")]
    names = [person.name for person in find_people(doc).people]
    # The headline's "Okafor" is the mayor named in full below it.
    assert names == ["Ada Okafor"]


def test_a_described_group_speaks_but_a_bare_quantifier_names_nobody() -> None:
    described = quotes_of(
        "Harbour master Lena Dahl spoke to the council. "
        "Many of her colleagues believe the new pier is unsafe."
    )
    assert quote_with(described, "pier is unsafe").speaker == "Many of her colleagues"
    bare = quotes_of("Some believe the new pier is unsafe.")
    assert quote_with(bare, "pier is unsafe").speaker is None


def test_a_noun_cue_belongs_to_whoever_issues_it() -> None:
    quotes = quotes_of("The port authority issued a warning that the pier would close in May.")
    quote = quote_with(quotes, "pier would close")
    assert quote.speaker == "The port authority" and quote.cue == "warning"


def test_a_cue_opening_its_sentence_has_its_speaker_after_it() -> None:
    quotes = quotes_of(
        "Harbour master Lena Dahl closed the pier on Friday. "
        "Said Dahl: “We could not risk another collapse.”"
    )
    assert quote_with(quotes, "another collapse").speaker == "Lena Dahl"


def test_a_past_participle_describing_a_noun_is_no_cue() -> None:
    quotes = quotes_of("The money went to a group called Harbour Watch.")
    assert not [q for q in quotes if "Harbour Watch" in q.text]


def test_a_date_is_when_something_was_said_not_what() -> None:
    quotes = quotes_of("Harbour master Lena Dahl spoke on Thursday.")
    assert not [q for q in quotes if "Thursday" in q.text]


def test_mixed_straight_and_curly_marks_close_one_quote() -> None:
    quotes = quotes_of(
        'The harbour master, Lena Dahl, was blunt. “We are not ready," said Dahl. '
        "The pier stays shut."
    )
    quote = quote_with(quotes, "We are not ready")
    assert quote.speaker == "Lena Dahl"
    assert "pier stays shut" not in quote.text


def test_it_said_by_an_organisation_is_that_organisation() -> None:
    quotes = quotes_of(
        "The ministry said it was opposed to the plan and would warn the city to wait."
    )
    assert quote_with(quotes, "city to wait").speaker == "The ministry"


def test_verbs_coordinated_with_the_cue_can_be_its_content() -> None:
    quotes = quotes_of(
        "Harbour master Lena Dahl wants to widen the harbour, dredge the channel and build "
        "a sea wall."
    )
    assert "build a sea wall" in quote_with(quotes, "widen the harbour").text


def test_a_quote_with_a_cue_later_in_its_sentence_is_not_joined_to_the_last() -> None:
    quotes = quotes_of(
        "Harbour master Lena Dahl was angry. “It just isn't right,” Dahl said. "
        "“You ignored the warnings” to save money, she said."
    )
    first = quote_with(quotes, "just isn't right")
    assert "ignored the warnings" not in first.text
    assert quote_with(quotes, "ignored the warnings").speaker == "Lena Dahl"


def test_words_after_a_speech_verb_and_a_colon_are_quoted() -> None:
    quotes = quotes_of("Port spokesman Ivo Brandt added:\n\nThe port will reopen in May.")
    quote = quote_with(quotes, "port will reopen")
    assert quote.speaker == "Ivo Brandt" and quote.cue == "added"


def test_someones_sentence_ending_in_a_colon_introduces_the_quote_after_it() -> None:
    quotes = quotes_of(
        "Interior Minister Maria Kovacs defended the budget on Monday. Opposition leader "
        "Tomas Reyes disagreed: “This budget will close three hospitals in Port Avel.” "
        "Kovacs spoke again on Tuesday. She was unmoved: “I have heard all of this before "
        "from them.”"
    )
    assert quote_with(quotes, "close three hospitals").speaker == "Tomas Reyes"
    assert quote_with(quotes, "heard all of this").speaker == "Maria Kovacs"
    # A thing's sentence introduces no speaker.
    quotes = quotes_of("The agenda listed one item: “Budget review for the coming fiscal year.”")
    assert quote_with(quotes, "Budget review").speaker is None


def test_a_phrase_quoted_in_a_clause_about_the_subject_is_not_what_the_verb_reports() -> None:
    quotes = quotes_of(
        "Tomas Brenner, who called the plan “a disgrace”, said he would not resign. The mayor, "
        "whom Maria Kovacs described as “a coward”, said the vote was rigged."
    )
    assert quote_with(quotes, "he would not resign").speaker == "Tomas Brenner"
    assert quote_with(quotes, "the vote was rigged").cue == "said"
    assert not any("Brenner, who" in quote.text or "mayor, whom" in quote.text for quote in quotes)
    # A quote before its speaker's own clause is still theirs.
    quotes = quotes_of("“We will not resign,” said Tomas Brenner, who leads the party.")
    assert quote_with(quotes, "We will not resign").speaker == "Tomas Brenner"


def test_a_speech_verb_joined_to_a_clause_about_a_thing_is_the_reporters() -> None:
    quotes = quotes_of(
        "Professor Henrik Dahl said the finding was promising but warned against expecting "
        "quick results."
    )
    assert quote_with(quotes, "expecting quick results").speaker == "Henrik Dahl"
    # A text speaks for itself: "the report warned … and added …" stays the report's.
    quotes = quotes_of(
        "Maria Kovacs said the report warned of delays and added that costs would rise."
    )
    assert quote_with(quotes, "costs would rise").speaker != "Maria Kovacs"


def test_a_parenthetical_cue_keeps_the_subject_before_it() -> None:
    quotes = quotes_of("The bonuses, Sofia Marchetti said, were set by an independent committee.")
    quote = quote_with(quotes, "independent committee")
    assert quote.text == "The bonuses … were set by an independent committee"
    assert quote.speaker == "Sofia Marchetti"
    # A lead-in is no part of what was said.
    quotes = quotes_of("On Sunday's show, Sofia Marchetti said, the mood was grim.")
    assert quote_with(quotes, "the mood was grim").text == "the mood was grim"


def test_a_lemma_slip_still_finds_its_cue() -> None:
    doc = Doc(NLP.vocab, words=["She", "hopes", "to", "win"])
    doc[1].tag_, doc[1].lemma_ = "VBZ", "hop"
    assert lemma(doc[1]) == "hope"
    doc[3].tag_, doc[3].lemma_ = "VB", "win"
    assert lemma(doc[3]) == "win"


def test_a_quote_split_by_a_long_aside_is_one_quote() -> None:
    quotes = quotes_of(
        "Senator Ivo Brandt was not impressed. “Every time you say that,” Brandt said, "
        "pointing to the chart on the wall behind him, “you make the case for us.”"
    )
    quote = quote_with(quotes, "Every time you say that")
    assert "make the case for us" in quote.text and quote.speaker == "Ivo Brandt"


def test_a_short_sentence_going_on_from_a_quote_joins_it() -> None:
    quotes = quotes_of(
        "Harbour master Lena Dahl looked at the pier. “It is finished,” she said of the "
        "old wooden structure, which had stood for a century. “In my view, anyway.”"
    )
    quote = quote_with(quotes, "It is finished")
    assert "In my view, anyway" in quote.text and quote.speaker == "Lena Dahl"


def test_a_passive_cue_without_agent_names_no_speaker() -> None:
    quotes = quotes_of("Asked about the device, Commissioner Ivo Brandt said it was too early.")
    assert quote_with(quotes, "the device").speaker is None
    assert quote_with(quotes, "too early").speaker == "Ivo Brandt"
    criticized = quotes_of("Harbour master Lena Dahl was criticized for closing the pier.")
    assert all(q.speaker is None for q in criticized if q.cue == "criticized")
    assert [q for q in criticized if q.cue == "criticized"]


def test_a_quote_over_two_paragraphs_drops_the_mark_that_reopens_it() -> None:
    text = (
        '"The river rose faster than anyone expected. We had no warning.\n\n'
        '"The dams were built for a smaller flood," said Lena Ortiz, a hydrologist.'
    )
    [quote] = quotes_of(text)
    assert quote.text == (
        "The river rose faster than anyone expected. We had no warning.\n\n"
        "The dams were built for a smaller flood"
    )
    assert quote.speaker == "Lena Ortiz"


def test_deeds_done_to_people_are_not_quotes() -> None:
    text = (
        "Mayor Ilse Marrow thanked the volunteers for their patience. Prosecutors charged Tam "
        "Okafor with fraud on Monday. The board promoted her to editor. The audit was "
        "published on Monday. Rhea Lund has been promoted."
    )
    assert quotes_of(text) == []


def test_a_deed_in_the_passive_is_attributed_to_its_named_doer() -> None:
    quotes = quotes_of("The audit of the harbour fund was published by the inspectorate.")
    assert quote_with(quotes, "The audit").speaker == "the inspectorate"
    # A charge that is a claim ("charged that …") is still one.
    claimed = quotes_of("Tam Okafor charged that the audit had been rushed.")
    assert quote_with(claimed, "the audit had been rushed").speaker == "Tam Okafor"


def test_german_quotation_marks_close_with_the_high_mark() -> None:
    text = "„Wir bauen jedes Haus wieder auf“, sagte Maria Kovacs. Der Bürgermeister nickte."
    [span] = find_quoted(text)
    assert text[span.inner_start : span.inner_end] == "Wir bauen jedes Haus wieder auf"
    quotes = quotes_of("„We will rebuild every house“, said Mayor Maria Kovacs. The crowd cheered.")
    assert [(q.text, q.speaker) for q in quotes] == [
        ("We will rebuild every house", "Maria Kovacs")
    ]


def test_an_infinitive_marker_alone_is_not_a_reported_quote() -> None:
    text = (
        "Red means danger to life. Leave the area when told to by emergency services.\n\n"
        "The council told residents to move their cars before the river rises."
    )
    texts = [quote.text for quote in quotes_of(text)]
    assert "to" not in texts
    assert any("move their cars" in t for t in texts)


def test_according_to_figures_someone_shared_credits_who_shared_them() -> None:
    text = (
        "Demurrage charges reached an estimated $46 million last year, according to figures "
        "the association shared with reporters."
    )
    [quote] = quotes_of(text)
    assert quote.speaker == "the association"


def test_a_role_with_the_name_in_apposition_speaks_under_the_name() -> None:
    text = (
        "Lagoon Bulk Handling blamed the delay on late deliveries of steel. Its managing "
        "director, Emeka Balogun, said the terminal would reach full capacity by June."
    )
    doc = NLP(text)
    people = find_people(doc)
    quotes = find_quotes(doc, people)
    assert any(q.speaker == "Emeka Balogun" and "full capacity" in q.text for q in quotes)
    [person] = [p for p in people.people if p.name == "Emeka Balogun"]
    assert person.titles == ["managing director"]


def test_british_single_quotation_marks_are_quotes() -> None:
    text = (
        "The council leader, Sir Alan Pryce, defended the plan on Tuesday. ‘We have no choice "
        "but to close the pool,’ he said. ‘The roof is failing and the repairs would cost £4m.’"
        "\n\nResidents were unconvinced. ‘It’s the only pool for miles,’ said Jane Cole. The "
        "campaigners’ petition has 3,000 signatures.\n\nMs Cole added: ‘We will fight the "
        "council’s “consultation” all the way.’"
    )
    quotes = [q for q in quotes_of(text) if q.kind == "direct"]
    assert [(q.speaker, q.text) for q in quotes] == [
        (
            "Alan Pryce",
            "We have no choice but to close the pool … The roof is failing and the repairs "
            "would cost £4m.",
        ),
        ("Jane Cole", "It’s the only pool for miles"),
        ("Jane Cole", "We will fight the council’s “consultation” all the way."),
    ]


def test_a_wire_leads_dateline_is_no_part_of_what_was_said() -> None:
    for lead, said in (
        ("LONDON (Wire) - Oil prices rose after the cartel cut output, traders said.", "Oil"),
        ("WASHINGTON — The Senate passed the bill late on Monday, aides said.", "The Senate"),
        ("KASTOR, Verania (Wire) — Rebels seized the airport, officials said.", "Rebels"),
    ):
        [quote] = quotes_of(lead)
        assert quote.text.startswith(said)


def test_a_percent_sign_ends_the_content_it_belongs_to() -> None:
    [quote] = quotes_of("Analysts said yields had fallen by up to 35%.")
    assert quote.text == "yields had fallen by up to 35%"


def test_it_opening_a_sentence_speaks_for_the_organisation_that_spoke_before() -> None:
    quotes = quotes_of(
        "Sarem Petroleum Co said a fire broke out at its refinery on Monday. It said no one was "
        "injured."
    )
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Sarem Petroleum Co", "a fire broke out at its refinery on Monday"),
        ("Sarem Petroleum Co", "no one was injured"),
    ]


def test_a_date_alone_is_not_what_was_said() -> None:
    texts = [
        q.text
        for q in quotes_of(
            "The ministry said in a statement on Tuesday that it would not intervene."
        )
    ]
    assert texts == ["it would not intervene"]


def test_straight_single_quotation_marks_are_quotes_and_apostrophes_are_not() -> None:
    text = (
        "'We have bent over backwards,' said union leader Colm Ferris. 'The owners haven't "
        "moved an inch.'\n\nThe members' vote, the first since the '90s, went O'Dowd's way. "
        "Ferris added: 'I urge both sides to talk.' The ministry said 600 trains were cut."
    )
    quotes = quotes_of(text)
    direct = [(q.speaker, q.text) for q in quotes if q.kind == "direct"]
    assert direct == [
        ("Colm Ferris", "We have bent over backwards … The owners haven't moved an inch."),
        ("Colm Ferris", "I urge both sides to talk."),
    ]
    assert quote_with(quotes, "600 trains").speaker == "The ministry"


def test_single_marks_within_doubled_apostrophe_quotes_stay_content() -> None:
    text = "The rules ''only require 'significant' holdings to be listed,'' the report says."
    assert [text[q.inner_start : q.inner_end] for q in find_quoted(text)] == [
        "only require 'significant' holdings to be listed,"
    ]


def test_it_said_after_a_clause_about_an_organisation_is_that_organisation() -> None:
    quotes = quotes_of("Brellwick Energy posted a profit of $7.2 billion, it said on Thursday.")
    assert quote_with(quotes, "posted a profit").speaker == "Brellwick Energy"


@pytest.mark.parametrize(
    "text",
    [
        "She called police at 3am.",
        "The storm hit the coast on Sunday.",
        "Police questioned Peter Sandor after the crash.",
        "The team showed great spirit.",
        "The parliament will debate a relief bill.",
        "The plan, which the parish council will discuss, is new.",
    ],
)
def test_a_verb_whose_object_is_no_statement_attributes_nothing(text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Mayor Ines Roble called the plan a disgrace.", "the plan a disgrace"),
        ("Mayor Ines Roble questioned whether the plan would work.", "the plan would work"),
        ("Mayor Ines Roble questioned the decision.", "the decision"),
        ("The poll showed a close race.", "a close race"),
        ("Mayor Ines Roble showed support for the plan.", "support for the plan"),
    ],
)
def test_object_cues_that_do_state_something_still_attribute(text: str, content: str) -> None:
    assert [q.text for q in quotes_of(text)] == [content]


def test_asked_after_a_heading_names_no_speaker_for_the_question() -> None:
    # After a heading the tagger reads "Asked" as a past tense, not a participle.
    quotes = quotes_of("Harbour row\n\nAsked whether he would resign, the minister said no.")
    assert quote_with(quotes, "he would resign").speaker is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"They are having a laugh," fumed Lee Garrow.', "Lee Garrow"),
        ('Council chief Sandra Pryde hit back: "Rules are rules."', "Sandra Pryde"),
        ('"Never," snapped Ada Brink.', "Ada Brink"),
    ],
)
def test_tabloid_speech_verbs_cue_a_quote(text: str, speaker: str) -> None:
    [quote] = quotes_of(text)
    assert (quote.kind, quote.speaker) == ("direct", speaker)


def test_a_name_after_a_comma_in_the_subject_is_the_speaker() -> None:
    quotes = quotes_of(
        "Sarah Whitlow, head of Kelso Academy, said the change was overdue. Her counterpart "
        "at St Bride's High, Fiona Galloway, said it would hurt pupils."
    )
    assert quote_with(quotes, "hurt pupils").speaker == "Fiona Galloway"


def test_interview_answers_are_quotes_of_the_person_interviewed() -> None:
    text = (
        "Mayor Tessa Lindgren was elected in November. Lindgren spoke to the Herald.\n\n"
        "Q: How will you pay for it?\n\n"
        "A: The last council left us with £60 million in reserves.\n\n"
        "Q. And the buses?\n\n"
        "A. The bus network is a disgrace."
    )
    answers = [(q.kind, q.speaker, q.text) for q in quotes_of(text) if q.cue in ("A:", "A.")]
    assert answers == [
        ("direct", "Tessa Lindgren", "The last council left us with £60 million in reserves."),
        ("direct", "Tessa Lindgren", "The bus network is a disgrace."),
    ]


def test_interview_answers_are_the_asked_persons_not_the_most_named() -> None:
    text = (
        "Deputy Prime Minister Eva Lindqvist says the budget is unfair. Lindqvist has attacked "
        "it for weeks. We asked Finance Minister Jonas Albrecht about the row.\n\n"
        "Q: Will you withdraw it?\n\n"
        "A: No. Lindqvist knows the numbers as well as I do."
    )
    answer = quote_with(quotes_of(text), "knows the numbers")
    assert (answer.cue, answer.speaker) == ("A:", "Jonas Albrecht")
    # Who spoke to whom: "we spoke to" names the one asked, "spoke to the Courier" its subject.
    for intro in ("We spoke to Jonas Albrecht.", "Jonas Albrecht spoke to the Courier."):
        text = (
            "Eva Lindqvist attacked the budget. Lindqvist wants it withdrawn. "
            f"{intro}\n\nQ: Why?\n\nA: Numbers."
        )
        assert quote_with(quotes_of(text), "Numbers").speaker == "Jonas Albrecht", intro


def test_answers_after_question_paragraphs_are_quotes_of_the_person_interviewed() -> None:
    # Interviews print the questions in bold, which the text loses: no "Q:" and no "A:".
    text = (
        "Lena Marchetti opened Fennel in a former bus depot in 2019. Last month it won its "
        "first star. We spoke to her in the kitchen before service.\n\n"
        "How did it feel to get the call?\n\n"
        "I was peeling shallots. I carried on peeling, because there were 60 covers booked.\n\n"
        "What changes now?\n\n"
        "Nothing in the kitchen. The prices stay the same."
    )
    quotes = quotes_of(text)
    for answer in ("I was peeling shallots", "Nothing in the kitchen"):
        found = quote_with(quotes, answer)
        assert (found.kind, found.speaker) == ("direct", "Lena Marchetti")
    assert not [q for q in quotes if "?" in q.text]


def test_a_writers_own_questions_between_paragraphs_are_no_interview() -> None:
    quotes = quotes_of(
        "Mayor Ruth Kell closed the Marsh Lane library in March.\n\n"
        "Why did it take so long to decide?\n\n"
        "Councillor Hugh Tennant said the budget had been late.\n\n"
        "And who will pay?\n\n"
        "Who knows? Nobody has said."
    )
    assert [q.speaker for q in quotes if q.kind == "direct"] == []


def test_quote_going_on_in_the_next_paragraph_keeps_its_speaker() -> None:
    # Paragraphs are joined by blank lines; each line break used to count as a paragraph.
    quotes = quotes_of(
        "Harbour engineer Tomas Reyes inspected the sea wall on Monday.\n\n"
        "“The wall held, and that saved the old town,” he said.\n\n"
        "“Next winter we will raise it by another metre.”"
    )
    assert quote_with(quotes, "raise it by another metre").speaker == "Tomas Reyes"
    assert "raise it" not in quote_with(quotes, "wall held").text


def test_quote_read_by_a_text_and_speaker_phrase_with_a_preposition() -> None:
    quotes = quotes_of(
        "The council sent a letter to every household in Brantley. "
        "“The harbour will close for two weeks from March,” the letter reads.\n\n"
        "“Why did nobody warn the residents?” a narrator in the Kestrel Party advert asks."
    )
    assert quote_with(quotes, "harbour will close").speaker == "the letter"
    warned = quote_with(quotes, "nobody warn")
    assert warned.speaker == "a narrator in the Kestrel Party advert"
    assert warned.cue == "asks"


def test_it_and_they_after_a_quote_stand_for_the_group_before() -> None:
    quotes = quotes_of(
        "Fishermen in Portvale say the new quota has cost them dearly. "
        "“We cannot feed our families on this catch,” they said.\n\n"
        "The harbour board published its annual report on Monday. "
        "“Dredging the channel will take two years,” the report says.\n\n"
        "“Boats must be moved to the outer moorings before then,” it adds."
    )
    assert quote_with(quotes, "feed our families").speaker == "Fishermen in Portvale"
    assert quote_with(quotes, "outer moorings").speaker == "the report"


def test_they_never_stands_for_named_people() -> None:
    quotes = quotes_of(
        "Ana Ferreira and Jonas Brandt met the striking dockers in Orvel on Friday. "
        "They said the port would reopen within a week."
    )
    assert quote_with(quotes, "reopen within a week").speaker is None


def test_quote_after_a_reported_sentence_is_its_speakers() -> None:
    quotes = quotes_of(
        "Stall rents at the Kelmar market will double next year, Ada Okafor said. "
        "“Half of us will be gone by the spring, and nobody at the council cares.”"
    )
    assert quote_with(quotes, "Half of us").speaker == "Ada Okafor"


def test_quote_goes_on_after_a_title_quoted_at_the_end_of_its_cue() -> None:
    quotes = quotes_of(
        "“We will not back down,” union organiser Flynn Marsh said on Thursday on Radio "
        "Kestrel’s “Morning Show.” “The strike goes on until the yard reopens its gates.”"
    )
    assert quote_with(quotes, "strike goes on").speaker == "Flynn Marsh"


def test_as_someone_put_it_frames_the_clause_or_quote_beside_it() -> None:
    quotes = quotes_of(
        "As Petra Lind, a tax lawyer in Orvel, put it, the harbour rules are written for the "
        "rich. The first test for a permit is a “clean record of trading,” as a harbour board "
        "memo put it. As Lind recently put it, “Did the board lower its fees through loopholes "
        "or through fraud?”"
    )
    assert quote_with(quotes, "written for the rich").speaker == "Petra Lind"
    assert quote_with(quotes, "first test for a permit").speaker == "a harbour board memo"
    fraud = quote_with(quotes, "loopholes or through fraud")
    assert (fraud.speaker, fraud.kind) == ("Petra Lind", "direct")


def test_participle_after_a_cue_shares_its_speaker_when_misparsed_as_root() -> None:
    quotes = quotes_of(
        "“We have shown the world we can build,” Mayor Lena Sauer said, not even needing to "
        "mention the old pier."
    )
    assert quote_with(quotes, "the old pier").speaker == "Lena Sauer"


def test_commented_cues_a_quote() -> None:
    quotes = quotes_of(
        "During a heated debate about the new quota, a fisherman from Portvale commented: "
        "“For us, the quota is the only reason to vote against the council.”"
    )
    assert quote_with(quotes, "only reason to vote").speaker == "a fisherman from Portvale"


def test_they_opening_a_sentence_takes_the_group_named_just_before_it() -> None:
    quotes = quotes_of(
        "The yard was sold in secret, according to harbour insiders. "
        "They said the buyer had paid far less than the yard was worth. "
        "The cranes will be removed next month, according to the harbour board."
    )
    assert quote_with(quotes, "buyer had paid").speaker == "harbour insiders"


def test_cue_right_before_a_quoted_sentence_without_a_comma() -> None:
    quotes = quotes_of(
        "In an interview with the Orvel Gazette, Mayor Lena Sauer declared “The harbour will "
        "be ours again by the summer, whatever the board decides.”"
    )
    harbour = quote_with(quotes, "harbour will be ours")
    assert (harbour.speaker, harbour.kind, harbour.cue) == ("Lena Sauer", "direct", "declared")


def test_quote_after_a_sentence_naming_someone_is_the_namers() -> None:
    quotes = quotes_of(
        "His former partner at Kelmar Shipping, Lawrence Obi, called him a master of "
        "impossible deals. “He showed again and again that he could close what others "
        "could not.”"
    )
    assert quote_with(quotes, "again and again").speaker == "Lawrence Obi"


def test_object_of_a_verb_of_forcing_speaks_its_infinitive() -> None:
    quotes = quotes_of(
        "Senator Ana Ferreira forced bank chief Tomas Hale to admit that no executive had "
        "been fired over the scandal."
    )
    assert quote_with(quotes, "no executive had been fired").speaker == "Tomas Hale"


def test_a_thing_used_to_say_something_does_not_say_it() -> None:
    quotes = quotes_of(
        "Harbour master Ivan Petrov used unusually blunt language to denounce the sale of "
        "the old pier to a casino group."
    )
    assert quote_with(quotes, "sale of the old pier").speaker == "Ivan Petrov"


def test_participle_cue_after_reported_clause_belongs_to_the_reporter() -> None:
    quotes = quotes_of(
        "Transport Minister Ana Ferreira said the rail talks had failed, adding that a new "
        "round would start in May. Orvel Energy said prices had risen sharply, citing higher "
        "fuel costs."
    )
    assert quote_with(quotes, "new round would start").speaker == "Ana Ferreira"
    assert quote_with(quotes, "higher fuel costs").speaker == "Orvel Energy"


def test_tensed_cue_joined_to_a_modal_verb_belongs_to_the_reporter() -> None:
    quotes = quotes_of(
        "Prime Minister Ana Ferreira said this week that the country would formally leave "
        "the customs union by March and suggested that it would also leave the single market."
    )
    assert quote_with(quotes, "leave the single market").speaker == "Ana Ferreira"


def test_perfect_participle_cue_in_a_subordinate_clause_keeps_its_subject() -> None:
    quotes = quotes_of(
        "Since Ana Ferreira has criticised the harbour plan, the board will review it. "
        "Talk of a challenge to Tomas Hale may die down now that Ana Ferreira has endorsed "
        "the mayor."
    )
    assert quote_with(quotes, "the harbour plan").speaker == "Ana Ferreira"
    assert quote_with(quotes, "the mayor").speaker == "Ana Ferreira"


def test_a_verb_after_a_quote_that_closed_its_sentence_opens_the_next_one() -> None:
    quotes = quotes_of(
        "Interior Minister Maria Kovacs called the plan “reckless.” Opposition leader Tomas "
        "Brenner urged voters to back it."
    )
    assert quote_with(quotes, "reckless").speaker == "Maria Kovacs"
    assert all(q.speaker != "Tomas Brenner" or "reckless" not in q.text for q in quotes)
    quotes = quotes_of('Kovacs said the plan was "reckless." Tomas Brenner announced a recount.')
    assert quote_with(quotes, "reckless").speaker == "Kovacs"
    # A cue after such a quote still reports it when all it adds is a time, an addressee or
    # an aside.
    for text in (
        "“We will not back down.” Ana Ruiz said on Monday.",
        "“We will not back down!” Ana Ruiz told reporters.",
        "“Will we back down?” Ana Ruiz asked the minister.",
        "“We will not back down.” Ana Ruiz said, adding that the vote was close.",
    ):
        quote = quote_with(quotes_of(text), "back down")
        assert (quote.kind, quote.speaker) == ("direct", "Ana Ruiz"), text


def test_a_pronoun_that_named_one_person_tells_the_next_pronoun_apart() -> None:
    # Neither given name is in the list of known genders: the first "she" settles one.
    quotes = quotes_of(
        "Prime Minister Ada Sorensen met opposition leader Tomas Brenner on Monday.\n\n"
        "“The meeting was constructive,” she said.\n\n“We remain far apart,” he said."
    )
    assert quote_with(quotes, "constructive").speaker == "Ada Sorensen"
    assert quote_with(quotes, "far apart").speaker == "Tomas Brenner"


def test_a_pronoun_after_an_unnamed_speaker_is_not_an_older_names() -> None:
    quotes = quotes_of(
        "“They overhired,” said Derek Lowe, an analyst.\n\nA Quillon spokesman said most of "
        "the cuts would fall in Tarsk. He said affected employees would receive severance."
    )
    assert quote_with(quotes, "severance").speaker != "Derek Lowe"
    # A definite description most often refers back to the named person.
    quotes = quotes_of(
        "Senator Ilse Marrow spoke in Tarsk on Friday. The Republican nominee noted that her "
        "campaign had spent little. She said she would buy more advertising."
    )
    assert quote_with(quotes, "advertising").speaker == "Ilse Marrow"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Several residents refused to leave. One, Pavel Horak, who has lived on the street "
            "for 40 years, said he would stay.",
            "Pavel Horak",
        ),
        ("Two officials spoke to reporters. The first, Ana Ruiz, said the dam held.", "Ana Ruiz"),
    ],
)
def test_one_of_a_group_named_beside_it_speaks_by_that_name(text: str, speaker: str) -> None:
    said = [q for q in quotes_of(text) if q.cue == "said"]
    assert [q.speaker for q in said] == [speaker]


def test_a_companys_description_in_apposition_is_no_part_of_its_name() -> None:
    quotes = quotes_of("Halvorsen Foods, the Nordic packaged-food maker, said revenue rose.")
    assert [q.speaker for q in quotes] == ["Halvorsen Foods"]
    # A name in apposition to a role is still the speaker.
    named = quotes_of("Its managing director, Emeka Balogun, said the plant would reopen.")
    assert [q.speaker for q in named] == ["Emeka Balogun"]


def test_a_question_asked_before_a_clause_that_reports_nothing_is_no_quote() -> None:
    assert quotes_of("Asked about the criticism, the mayor smiled.") == []
    reported = quotes_of("Asked about the criticism, the mayor said it was unfair.")
    assert [(q.text, q.speaker) for q in reported if q.cue == "said"] == [
        ("it was unfair", "the mayor")
    ]


def test_a_quote_after_a_sentence_saying_someone_spoke_is_theirs() -> None:
    quotes = quotes_of(
        "Manager Sofia Brandt spoke after the match.\n\n"
        "“There are 11 games left and we can still do it.”"
    )
    assert [q.speaker for q in quotes] == ["Sofia Brandt"]


@pytest.mark.parametrize(
    "closing",
    [", a spokesman, Idris Mahmoud, said.", ", the agency's chief spokesman, Idris Mahmoud, said."],
)
def test_a_trailing_role_and_name_in_apposition_speak_and_leave_the_content(closing: str) -> None:
    text = "The agency has received only 35% of the aid it asked for" + closing
    (quote,) = quotes_of(text)
    assert quote.speaker == "Idris Mahmoud"
    assert quote.text == "The agency has received only 35% of the aid it asked for"


def test_a_that_clause_the_parse_hangs_from_the_addressee_is_what_was_told() -> None:
    (quote,) = quotes_of(
        "Graham Petrie told councillors that the reserves would only delay the problem."
    )
    assert (quote.speaker, quote.text) == (
        "Graham Petrie",
        "the reserves would only delay the problem",
    )


def test_they_never_stands_for_talks_or_other_things_that_cannot_speak() -> None:
    text = (
        "Halvard is in talks to buy Brightmoor, people familiar with the matter said on "
        "Tuesday. The deal could be announced next week, according to two of the people, who "
        "asked not to be named because the talks are private. They cautioned that the "
        "discussions could still collapse."
    )
    cautioned = [quote for quote in quotes_of(text) if quote.cue == "cautioned"]
    assert cautioned and cautioned[0].speaker != "the talks"


def test_she_said_is_the_sentences_speaker_not_a_woman_named_in_what_she_reported() -> None:
    text = (
        "Rosa Delgado was elected mayor on Sunday night. She said she would name her team by "
        "Friday.\n\nPolitical scientist Hana Okafor said Delgado had benefited from a surge in "
        'young voters. "Voters under 30 turned out in force," she said.'
    )
    voters = [quote for quote in quotes_of(text) if quote.text.startswith("Voters")]
    assert [quote.speaker for quote in voters] == ["Hana Okafor"]


def test_a_court_that_heard_something_is_not_its_speaker() -> None:
    quotes = quotes_of(
        "Marta Velling, the prosecutor, spoke first. The court heard that the ledgers were "
        "burned in a garden in Tolbury."
    )
    assert quote_with(quotes, "ledgers were burned").speaker is None


def test_a_passive_cue_after_a_quote_names_no_speaker() -> None:
    quotes = quotes_of(
        "“We have waited long enough for the bridge,” Oduya said on the radio. “This is our "
        "chance to fix it.” A decision is expected next week."
    )
    assert all(q.speaker == "Oduya" for q in quotes)
    assert all(q.cue == "said" for q in quotes)


def test_hospital_admissions_and_conceded_goals_are_no_speech() -> None:
    quotes = quotes_of(
        "Dozens fell ill after the banquet, and 12 were admitted to intensive care, the "
        "hospital said. It was the view of Bexford coach Alan Pryce, whose side have conceded "
        "30 goals this season."
    )
    assert [q.cue for q in quotes if q.cue in ("admitted", "conceded")] == []
    # A confession is still one.
    quotes = quotes_of("The builder admitted that he had ignored the warnings.")
    assert quote_with(quotes, "ignored the warnings").cue == "admitted"


def test_one_of_a_group_speaks_as_that_group_and_anonymity_is_no_quote() -> None:
    quotes = quotes_of(
        "Ward managers were more cautious. Two of them, speaking on condition of anonymity "
        "because they were not allowed to talk to reporters, said they had no staff for the "
        'night shifts. "The beds are there. The nurses are not," one of them said.'
    )
    assert quote_with(quotes, "no staff for the night shifts").speaker == "Two of them"
    assert quote_with(quotes, "The nurses are not").speaker == "one of them"
    assert not [q for q in quotes if "anonymity" in q.text]
    # The group as named, without the clause that describes it.
    quotes = quotes_of(
        '"The wards are short of staff," two of the managers who attended the meeting in '
        "Kelby said."
    )
    assert quote_with(quotes, "short of staff").speaker == "two of the managers"


def test_a_name_beside_a_role_speaks_when_the_parser_hangs_both_on_an_opening_noun() -> None:
    # The parser makes "court" the subject and the lawyer its apposition.
    quotes = quotes_of(
        "Outside court, the family's lawyer, Petra Lindahl, said the verdict was fair."
    )
    assert quote_with(quotes, "verdict was fair").speaker == "Petra Lindahl"


@pytest.mark.parametrize(
    "text",
    [
        "In an interview with Kanal Tri, Peter Nagy, the finance minister, said taxes would rise.",
        "Speaking to Radio Velm, the mayor, Peter Nagy, said taxes would rise.",
        "In an interview with the broadcaster Nordwelle, the head of the Tarnel Refugee Council, "
        "Peter Nagy, said taxes would rise.",
    ],
)
def test_the_speaker_after_an_opening_phrase_naming_a_medium(text: str) -> None:
    # The parser hangs the speaker on the station, or makes the station the subject.
    assert quote_with(quotes_of(text), "taxes would rise").speaker == "Peter Nagy"


def test_the_commas_around_an_apposed_name_do_not_count_toward_the_cue_gap() -> None:
    # Seven words and three commas between the quote and "posted" (parsed as a participle).
    quotes = quotes_of(
        "“We found out from social media,” the union's president, Delia Fontaine, posted on "
        "Threadline."
    )
    quote = quote_with(quotes, "found out")
    assert (quote.speaker, quote.cue) == ("Delia Fontaine", "posted")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pieter Groen has run the bakery since 1988. “Bread is patience,” the 71-year-old said.",
         "Pieter Groen"),
        ("Maria Kovacs, the fourth seed, said her wrist hurt. “She played the big points better. "
         "I have no excuses,” the 29-year-old said.", "Maria Kovacs"),
    ],
)  # fmt: skip
def test_an_age_standing_for_a_person_speaks_as_the_person_just_named(
    text: str, speaker: str
) -> None:
    quote = next(q for q in quotes_of(text) if q.kind == "direct")
    assert quote.speaker == speaker


def test_a_past_tense_read_as_a_participle_still_reports_speech() -> None:
    # The parser reads "announced" as describing "governor", which it makes the root.
    quotes = quotes_of(
        "The governor, Ines Albescu, announced on Friday that the state would close its coal "
        "plants.\n\n"
        "“For twenty years we have promised cleaner air, and for twenty years we have done "
        "nothing about it.”"
    )
    said = quote_with(quotes, "the state would close")
    assert (said.speaker, said.cue, said.kind) == ("Ines Albescu", "announced", "indirect")
    assert quote_with(quotes, "For twenty years").speaker == "Ines Albescu"
    # A participle that does describe a noun reports nothing.
    quotes = quotes_of("The plan, announced on Friday, said the state would close its plants.")
    assert all(q.cue != "announced" for q in quotes)


def test_a_sentence_split_by_its_cue_before_a_quote_is_one_attribution() -> None:
    quotes = quotes_of(
        "Rents were still rising by about 6% a year, Brandt said, “and that is not something "
        "a family on an average wage can keep up with”."
    )
    quote = quote_with(quotes, "Rents were still rising")
    assert "not something a family" in quote.text
    assert quote.speaker == "Brandt"


def test_he_or_she_after_an_unnamed_subject_speaks_as_that_subject() -> None:
    quotes = quotes_of(
        "Chief Inspector Naomi Fairweather said the driver had been arrested. A witness, who "
        "gave her name only as Leanne, told the Gazette the car had come out of nowhere. "
        "“People were screaming, there was glass everywhere,” she said."
    )
    assert quote_with(quotes, "People were screaming").speaker == "A witness"


def test_an_adjective_after_the_speakers_noun_is_part_of_the_speaker() -> None:
    quotes = quotes_of(
        "The government is preparing to buy 24 fighter jets, two people familiar with the "
        "negotiations said on Tuesday."
    )
    speaker = quote_with(quotes, "fighter jets").speaker
    assert speaker == "two people familiar with the negotiations"


def test_a_cue_joined_to_what_another_cue_reports_shares_the_reporters_subject() -> None:
    quotes = quotes_of(
        "The transport ministry said 9 passengers had been injured and warned that the line "
        "would stay closed."
    )
    assert quote_with(quotes, "stay closed").speaker == "The transport ministry"


def test_she_after_a_name_following_an_outlet_noun_is_the_person_named_later() -> None:
    quotes = quotes_of(
        "In an interview with the broadcaster Nordwelle, the minister, Amira Haddou, said the "
        'camps were full. "They have heard too many promises," she said.'
    )
    assert quote_with(quotes, "too many promises").speaker == "Amira Haddou"


def test_a_sentence_pointing_back_at_a_quote_names_its_speaker() -> None:
    quotes = quotes_of(
        '"We will not sign this deal under any circumstances."\n\n'
        "With those words, union leader Marta Ekholm walked out of the talks on Monday."
    )
    assert quote_with(quotes, "under any circumstances").speaker == "Marta Ekholm"


def test_a_reported_passive_cue_without_agent_leaves_the_report_to_its_speaker() -> None:
    quotes = quotes_of(
        "Hospitals have been told to prepare for more admissions, a health ministry spokesman said."
    )
    quote = quote_with(quotes, "Hospitals have been told")
    assert quote.speaker == "a health ministry spokesman"
    assert quote.cue == "said"


def test_a_clause_the_parser_read_as_the_object_of_say_is_its_content() -> None:
    quotes = quotes_of("Dr. Priya Nandakumar said the effect held across all ages.")
    quote = quote_with(quotes, "the effect held across all ages")
    assert quote.speaker == "Priya Nandakumar"


def test_it_after_shares_in_a_firm_is_the_firm() -> None:
    quotes = quotes_of(
        "Shares in the shipping group Norvane fell 3% after it warned that earnings would "
        "be well below last year's."
    )
    assert quote_with(quotes, "earnings would be").speaker == "Norvane"


def test_an_organiser_or_a_forecaster_is_a_role_that_names_its_holder_later() -> None:
    quotes = quotes_of(
        "Festival organiser Bethan Quayle said sales had risen. "
        '"We sold out the camping in a day," the organiser said.\n\n'
        "Forecaster Ines Kahl said the frost would last. "
        '"Carry blankets," she said.'
    )
    assert quote_with(quotes, "We sold out").speaker == "Bethan Quayle"
    assert quote_with(quotes, "Carry blankets").speaker == "Ines Kahl"


def test_a_closing_cue_the_parser_hung_on_an_apposition_attributes_the_clause() -> None:
    quotes = quotes_of(
        "Petrol prices will rise by 6 cents a litre from tomorrow, the Ostmark energy "
        "regulator announced on Saturday.\n\nThe increase is the third since the autumn."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Petrol prices will rise by 6 cents a litre from tomorrow",
            "the Ostmark energy regulator",
        )
    ]


def test_a_thing_announced_with_no_doer_is_no_quote_of_its_own() -> None:
    quotes = quotes_of(
        "A deal could be announced as early as next week, one of the people said, asking "
        "not to be named.\n\nThe ministry announced that 300 jobs would go."
    )
    assert quote_with(quotes, "A deal could be announced").speaker == "one of the people"
    assert quote_with(quotes, "300 jobs would go").speaker == "The ministry"
    assert all(q.speaker is not None for q in quotes)


def test_a_reported_subject_the_parser_hung_on_the_cue_stays_in_the_content() -> None:
    quotes = quotes_of(
        "Interior Minister Emre Doğan said between 400 and 500 buildings had been damaged."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        ("between 400 and 500 buildings had been damaged", "Emre Doğan")
    ]


def test_what_someone_told_their_hearers_is_the_that_clause_the_parser_made_relative() -> None:
    quotes = quotes_of(
        "Governor Abdel-Rahman al-Masri told reporters in the provincial capital that rescue "
        "teams were still searching for survivors."
    )
    quote = quote_with(quotes, "rescue teams were still searching for survivors")
    assert quote.speaker == "Abdel-Rahman al-Masri"


def test_of_two_subjects_before_a_cue_the_one_set_off_by_a_comma_speaks() -> None:
    quotes = quotes_of(
        "Harlow Motors is in talks to buy battery maker Celdra, three people with knowledge "
        "of the negotiations said."
    )
    assert [(q.text, q.speaker) for q in quotes] == [
        (
            "Harlow Motors is in talks to buy battery maker Celdra",
            "three people with knowledge of the negotiations",
        )
    ]


def test_an_organisation_issuing_a_statement_before_a_colon_speaks_the_quote() -> None:
    quotes = quotes_of(
        "The Ministry of Agriculture issued a statement on Sunday: "
        '"The outbreak is contained and there is no risk to consumers."'
    )
    assert quote_with(quotes, "The outbreak is contained").speaker == "The Ministry of Agriculture"


def test_who_said_it_speaks_when_according_to_names_who_reports_it() -> None:
    quotes = quotes_of(
        "The ferry terminal will close for a year, the harbour master, Ilse Warrender, told a "
        "private meeting last week, according to minutes seen by the Tarrow Gazette.\n\n"
        "Warrender said the builder had walked off the site, according to two people present."
    )
    assert quote_with(quotes, "ferry terminal will close").speaker == "Ilse Warrender"
    assert quote_with(quotes, "the builder had walked off").speaker == "Ilse Warrender"


def test_according_to_alone_still_names_the_source() -> None:
    quotes = quotes_of("The ferry terminal will close for a year, according to the Tarrow Gazette.")
    assert quote_with(quotes, "ferry terminal will close").speaker == "the Tarrow Gazette"


def test_a_short_sentence_quoted_after_a_colon_is_the_subjects() -> None:
    quotes = quotes_of(
        "Mayor Ines Calloway toured the flooded streets on Monday.\n\n"
        "The mayor was blunt: “Not this year.”"
    )
    assert quote_with(quotes, "Not this year").speaker == "Ines Calloway"


def test_a_short_title_after_a_colon_is_no_quote() -> None:
    quotes = quotes_of("The agenda listed one item: “Parking.”")
    assert not [q for q in quotes if "Parking" in q.text]


def test_a_single_quoted_quote_holding_a_double_quoted_one_is_one_quote() -> None:
    text = (
        "Tamsin Oduya kept the lighthouse for a decade.\n\n"
        "She said: 'He told me \"never\" twice, and I believed him.' Then she left the island."
    )
    spans = find_quoted(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        'He told me "never" twice, and I believed him.'
    ]
    quote = quote_with(quotes_of(text), "He told me")
    assert quote.speaker == "Tamsin Oduya"
    assert "left the island" not in quote.text


def test_a_single_quoted_word_before_a_double_quote_stays_a_word() -> None:
    text = "She called it 'home' and said: \"I will never leave this rock again.\""
    spans = find_quoted(text)
    assert [text[s.inner_start : s.inner_end] for s in spans] == [
        "I will never leave this rock again."
    ]


def test_a_reported_verb_the_tagger_put_in_a_date_is_still_what_was_said() -> None:
    quotes = quotes_of("County engineer Sunil Bakshi said the new deck would last 50 years.")
    assert quote_with(quotes, "the new deck would last 50 years").speaker == "Sunil Bakshi"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The Ministry of Agriculture said on Monday it would pay farmers up to $12,000 each.",
            "it would pay farmers up to $12,000 each",
        ),
        ("The port authority said Monday the terminal would reopen.", "the terminal would reopen"),
        ("Mayor Ines Varga said last week the plan was dead.", "the plan was dead"),
        ("Mayor Ines Varga said in March that the bridge would reopen.", "the bridge would reopen"),
        # A date that belongs to the clause's subject is content.
        ("Mayor Ines Varga said last week's storm killed 12 people.", "last week's storm"),
    ],
)
def test_when_it_was_said_does_not_open_the_content(text: str, content: str) -> None:
    quote = quote_with(quotes_of(text), content)
    assert quote.text.startswith(content)


def test_a_titled_name_in_apposition_to_a_long_description_speaks() -> None:
    quotes = quotes_of(
        "His opponent in the campaign, the former environment minister Lucia Ferraz, said the "
        "poll was within the margin of error."
    )
    assert quote_with(quotes, "within the margin of error").speaker == "Lucia Ferraz"


def test_a_closing_speaker_the_parser_hung_as_an_apposition_still_speaks() -> None:
    text = (
        "The line cost 480 million euros, compared with an original budget of 250 million, "
        "the authority's director, Pieter de Wit, told reporters."
    )
    quote = quote_with(quotes_of(text), "The line cost 480 million euros")
    assert quote.speaker == "Pieter de Wit"
    assert "director" not in quote.text


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The ministry says the floods killed 312 people, a figure aid groups said was "
            "likely to rise.",
            "aid groups",
        ),
        ("The toll stands at 40, a number officials say could rise.", "officials"),
    ],
)
def test_who_speaks_of_a_figure_is_not_the_figure(text: str, speaker: str) -> None:
    assert quote_with(quotes_of(text), "rise").speaker == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"The bridge will reopen," Kovacs, 54, said, "but not this year."', "Kovacs"),
        ('"The bridge will reopen," the mayor, 61, said.', "the mayor"),
    ],
)
def test_a_speakers_age_and_the_quotes_closing_marks_are_no_part_of_it(
    text: str, speaker: str
) -> None:
    assert quote_with(quotes_of(text), "The bridge will reopen").speaker == speaker
