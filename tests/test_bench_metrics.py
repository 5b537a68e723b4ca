"""The benchmark's scoring functions on tiny hand-made cases."""

from __future__ import annotations

import socket
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.adapters import fragment_text, page_language  # noqa: E402
from benchmarks.metadata_match import (  # noqa: E402
    author_names,
    authors_match,
    date_matches,
    title_matches,
)
from benchmarks.metrics import (  # noqa: E402
    shingle_score,
    shingles,
    summarise_shingles,
    summarise_words,
    word_score,
)
from benchmarks.no_network import NetworkBlocked, blocked  # noqa: E402
from benchmarks.report import END_MARKER, START_MARKER, write_section  # noqa: E402


def test_shingles_are_word_four_grams_and_a_short_text_is_one_shingle() -> None:
    assert shingles("Alpha beta, gamma delta epsilon.") == {
        ("Alpha", "beta", "gamma", "delta"): 1,
        ("beta", "gamma", "delta", "epsilon"): 1,
    }
    assert shingles("Two words") == {("Two", "words"): 1}
    assert shingles(" — ") == {}


def test_identical_texts_score_perfect_and_exact() -> None:
    score = shingle_score("The mayor of Tarnwick spoke.", "The mayor of Tarnwick spoke")
    assert (score.tp, score.fp, score.fn, score.exact) == (1.0, 0.0, 0.0, True)
    assert score.precision == score.recall == 1.0


def test_extra_words_cost_precision_not_recall() -> None:
    score = shingle_score("Menu one two three four five", "one two three four five")
    assert score.tp == pytest.approx(2 / 3) and score.fp == pytest.approx(1 / 3)
    assert score.precision == pytest.approx(2 / 3) and score.recall == 1.0
    assert not score.exact


def test_shingles_keep_case() -> None:
    assert shingle_score("the cat sat down", "The cat sat down").tp == 0.0


def test_shingles_compare_as_multisets() -> None:
    score = shingle_score("a b c d", "a b c d a b c d")
    assert score.precision == 1.0
    assert score.recall == pytest.approx(1 / 5)


def test_run_f1_is_harmonic_mean_of_mean_precision_and_mean_recall() -> None:
    perfect = shingle_score("one two three four", "one two three four")
    empty = shingle_score("", "five six seven eight")
    assert empty.precision is None and empty.recall == 0.0
    summary = summarise_shingles([perfect, empty])
    assert summary.precision == 1.0  # the empty prediction has no precision to average
    assert summary.recall == 0.5
    assert summary.f1 == pytest.approx(2 / 3)  # a mean of per-page F1s would give 0.5
    assert summary.accuracy == 0.5
    assert summary.pages == 2


def test_bootstrap_spread_is_zero_for_identical_pages_and_seeded() -> None:
    same = [shingle_score("one two three four", "one two three four")] * 20
    assert summarise_shingles(same).f1_std == 0.0
    mixed = [
        shingle_score("one two three four five", "one two three four five six seven"),
        shingle_score("x y z w", "one two three four"),
        shingle_score("one two three four", "one two three four"),
    ] * 5
    first, second = summarise_shingles(mixed, seed=3), summarise_shingles(mixed, seed=3)
    assert first.f1_std > 0.0 and first == second


def test_word_score_is_lowercased_bag_of_words() -> None:
    score = word_score("The CAT", "the cat sat")
    assert score.precision == 1.0 and score.recall == pytest.approx(2 / 3)
    assert score.f1 == pytest.approx(0.8)
    repeated = word_score("a a a", "a b")
    assert repeated.precision == pytest.approx(1 / 3) and repeated.recall == 0.5


def test_word_score_empty_cases() -> None:
    assert word_score("", "").f1 == 1.0
    assert word_score("Cookie settings", "").f1 == 0.0
    assert word_score("", "Some body").f1 == 0.0


def test_word_summary_is_mean_of_page_values() -> None:
    summary = summarise_words([word_score("a b", "a b"), word_score("", "a b")])
    assert (summary.f1, summary.precision, summary.recall, summary.accuracy) == (0.5, 0.5, 0.5, 0.5)


def test_title_matches_after_folding() -> None:
    assert title_matches("Harbour  Flood: What's Next?", "harbour flood — what s next")
    assert not title_matches("Harbour flood | The Tarnwick Post", "Harbour flood")
    assert not title_matches(None, "Harbour flood")


def test_author_fields_split_into_names_without_credentials() -> None:
    assert author_names("Mira Okafor, MS, RD and Tomas Vell") == {"mira okafor", "tomas vell"}
    assert author_names("Ines Ardo, Ph.D.") == {"ines ardo"}
    assert author_names("Pia & Lou") == {"pia", "lou"}
    assert author_names("ANNA BELL, OTTO KRAM") == {"anna bell", "otto kram"}


def test_every_truth_author_must_be_found() -> None:
    truth = "Mira Okafor, Tomas Vell"
    assert authors_match(["Tomas Vell", "mira okafor"], truth)
    assert authors_match(["Mira Okafor; Tomas Vell"], truth)
    assert not authors_match(["Mira Okafor"], truth)
    assert not authors_match(["By Mira Okafor", "Tomas Vell"], truth)
    assert not authors_match([], truth)


def test_dates_match_on_the_calendar_day() -> None:
    assert date_matches("2025-03-04T23:10:00-05:00", "2025-03-04")
    assert not date_matches("2025-03-05", "2025-03-04")
    assert date_matches("2025-03-17", "2025-03")
    assert not date_matches(None, "2025-03-04")
    assert not date_matches("March 4, 2025", "2025-03-04")


def test_fragment_text_puts_blocks_on_lines_and_skips_scripts() -> None:
    pytest.importorskip("lxml", reason="the peers' adapters need the [bench] extra")
    markup = "<div><p>Hello <b>world</b>.</p><p>Next<br>line</p><script>x=1</script>end</div>"
    assert fragment_text(markup) == "Hello world.\nNext\nline\nend"
    assert fragment_text("  ") == ""


def test_page_language_reads_the_html_lang_attribute() -> None:
    assert page_language('<!doctype html><html class="x" lang="pt-BR">') == "pt"
    assert page_language("<html><body>") is None


def test_network_guard_blocks_remote_hosts_and_allows_loopback() -> None:
    with blocked() as attempts:
        with pytest.raises(NetworkBlocked):
            socket.getaddrinfo("news.example.invalid", 80)
        assert socket.getaddrinfo("127.0.0.1", 80)
    assert attempts == ["news.example.invalid"]
    assert socket.getaddrinfo("127.0.0.1", 80)  # restored


def test_results_section_is_replaced_and_the_rest_kept(tmp_path: Path) -> None:
    results = tmp_path / "RESULTS.md"
    results.write_text("# Results\n\n## Search benchmark\n\nkept\n", encoding="utf-8")
    write_section(results, f"{START_MARKER}\nfirst\n{END_MARKER}\n")
    write_section(results, f"{START_MARKER}\nsecond\n{END_MARKER}\n")
    text = results.read_text(encoding="utf-8")
    assert "kept" in text and "second" in text and "first" not in text
    assert text.count(START_MARKER) == 1


def test_stage_timing_charges_extract_stages_and_puts_the_engine_back() -> None:
    from selectolax.lexbor import LexborHTMLParser

    import dateline
    from benchmarks.stage_costs import EXTRACT_MODULE, plain_walk, table, timed_stages

    module = sys.modules[EXTRACT_MODULE]
    original = module.cut_blocks
    page = (ROOT / "dateline" / "samples" / "harbour-courier-ferry-strike.html").read_text(
        encoding="utf-8"
    )
    totals: Counter[str] = Counter()
    with timed_stages(totals):
        assert module.cut_blocks is not original
        article = dateline.extract(page)
    assert module.cut_blocks is original  # the engine runs unwrapped again
    assert article.text  # the wrapped stages still did their work
    assert totals["cut_blocks"] > 0 and totals["read_metadata"] > 0
    assert "extract" not in totals
    tree = LexborHTMLParser("<body><div><p>One <b>two</b></p><p>three</p></div></body>")
    assert plain_walk(tree.body) == 5  # body, div, p, b, p
    rows = table({"a": {"(total)": 2.0, "cut_blocks": 1.5, "floor: parse": 0.3}}).splitlines()
    assert rows[2].startswith("| (total) | 2.000 (100%)")
    assert rows[3] == "| cut_blocks | 1.500 (75%) |"
    assert rows[-1] == "| floor: parse | 0.300 |"
