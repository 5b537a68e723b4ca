"""Build the wirecorpus: invented stories, their wire reports, and the outlets' copies of them."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from itertools import combinations

from benchmarks.wirecorpus import names
from benchmarks.wirecorpus.outlets import REPUBLISHERS, WIRE, Outlet, Story
from benchmarks.wirecorpus.topics import LOCAL_ADDITIONS, REGIONAL_INTROS, TOPICS, Topic

#: Day the invented coverage starts; stories begin within the following seven weeks.
EPOCH = datetime(2025, 3, 3, tzinfo=UTC)
_RELATED = (
    ("/news/council-budget", "Council approves next year's budget"),
    ("/sport/derby-preview", "Derby preview: five things to watch"),
    ("/business/rates", "Central bank holds interest rates"),
    ("/culture/festival", "Summer festival line-up announced"),
    ("/weather/week", "The week's weather: showers then sun"),
)


@dataclass(frozen=True)
class CorpusPage:
    """One page of the corpus with its ground truth.

    ``wire_group``: pages with the same value are copies of one report (near-duplicates);
    ``story``: pages with the same value cover one event.
    """

    page_id: int
    url: str
    html: str
    outlet: str
    published: str
    wire_group: int
    story: int
    edits: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    """The pages in arrival order (shuffled: an earlier copy often arrives later)."""

    pages: tuple[CorpusPage, ...]

    def stories(self) -> int:
        """Number of distinct stories."""
        return len({p.story for p in self.pages})


def true_pairs(labels: dict[int, int]) -> set[tuple[int, int]]:
    """Pairs of ids (smaller first) that share a label."""
    groups: dict[int, list[int]] = {}
    for item, label in labels.items():
        groups.setdefault(label, []).append(item)
    return {pair for members in groups.values() for pair in combinations(sorted(members), 2)}


#: The people every story names, each with a surname of their own within a topic.
ROLES = ("official", "resident", "expert", "minister", "candidate", "rival", "defendant")


def _story_slots(
    index: int,
    town: str,
    order: dict[str, list[str]],
    people: list[tuple[str, str]],
    rng: random.Random,
) -> dict[str, str]:
    """A story's names: its own town, the ``index``-th share of the topic's people and of each
    topic choice in ``order`` (two strikes of a corpus never hit the same company, and two
    floods never quote people of the same name, as in real coverage)."""
    slots = {"town": town, "region": rng.choice(names.REGIONS)}
    for number, role in enumerate(ROLES):
        first, last = people[index * len(ROLES) + number]
        slots[role], slots[f"{role}_last"] = f"{first} {last}", last
    for key, options in order.items():
        slots[key] = options[index % len(options)]
    return slots


def _fill(template: str, slots: dict[str, str]) -> str:
    text = template.format(**slots)
    return text[0].upper() + text[1:]


def _report(topic: Topic, phase: int, values: dict[str, str], rng: random.Random) -> list[str]:
    """The paragraphs of one original report: a lead, then body, background and quotes."""
    sentences = [*rng.sample(topic.body, rng.randint(5, 7)), rng.choice(topic.background)]
    sentences += rng.sample(topic.quotes, rng.randint(1, 2))
    rng.shuffle(sentences)
    paragraphs = [_fill(rng.choice(topic.leads[phase]), values)]
    while sentences:
        take = 2 if len(sentences) > 2 and rng.random() < 0.35 else 1
        paragraphs.append(" ".join(_fill(s, values) for s in sentences[:take]))
        del sentences[:take]
    return paragraphs


_WIRE_DATELINE = re.compile(r"^([A-Z][A-Z .-]+, \w+ \d+) \(Meridian Wire\) - ")


def _copy_edits(
    paragraphs: list[str], slots: dict[str, str], outlet: Outlet, rng: random.Random
) -> tuple[list[str], list[str]]:
    """An outlet's edited copy of the wire paragraphs and the names of the edits made (at
    least one; "headline changed" asks the caller for another headline)."""
    local = {**slots, "outlet_town": outlet.town, "outlet_name": outlet.name}
    local["weekday"] = rng.choice(("Monday", "Tuesday", "Wednesday", "Thursday"))
    edits: list[str] = []
    copy = list(paragraphs)
    while not edits:
        if rng.random() < 0.5:
            keep = max(3, round(len(paragraphs) * rng.uniform(0.45, 0.85)))
            if keep < len(paragraphs):
                copy, edits = copy[:keep], [*edits, "trimmed"]
        if rng.random() < 0.35:
            copy += [_fill(t, local) for t in rng.sample(LOCAL_ADDITIONS, rng.randint(1, 2))]
            edits.append("added paragraphs")
        if rng.random() < 0.25:
            copy.insert(0, _fill(rng.choice(REGIONAL_INTROS), local))
            edits.append("regional intro")
        if rng.random() < 0.5:
            drop_all = rng.random() < 0.5
            copy = [_WIRE_DATELINE.sub("" if drop_all else r"\1 - ", p) for p in copy]
            edits.append("dateline changed")
        if rng.random() < 0.6:
            edits.append("headline changed")
    return copy, edits


def _values(topic: Topic, slots: dict[str, str], rng: random.Random) -> dict[str, str]:
    """The story's slots with this report's figures drawn."""
    values = dict(slots)
    for key, (low, high) in topic.numbers.items():
        values[key] = str(rng.randint(low, high))
    return values


def _slug(title: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:60]


def _dress(
    outlet: Outlet,
    title: str,
    at: datetime,
    byline: str,
    paragraphs: list[str],
    rng: random.Random,
    serial: int,
) -> tuple[str, str]:
    """The URL and HTML page of one article as ``outlet`` publishes it."""
    url = f"https://{outlet.host}/{at:%Y/%m}/{_slug(title)}-{serial}"
    related = tuple((f"https://{outlet.host}{u}", t) for u, t in rng.sample(_RELATED, 3))
    story = Story(url, title, at.isoformat(), byline, tuple(paragraphs), related)
    return url, outlet.page(story)


def generate(seed: int = 2025, stories_per_topic: int = 3) -> Corpus:
    """The corpus for ``seed``: the same pages and ground truth on every run and machine."""
    rng = random.Random(seed)
    # Outlets' home towns appear in their local paragraphs: no story happens there.
    homes = {WIRE.town, *(outlet.town for outlet in REPUBLISHERS)}
    towns = rng.sample([t for t in names.TOWNS if t not in homes], len(TOPICS) * stories_per_topic)
    built: list[CorpusPage] = []
    wire_group = 0
    for topic_index, topic in enumerate(TOPICS):
        first_day = 0
        order = {key: rng.sample(options, len(options)) for key, options in topic.choices.items()}
        people = list(
            zip(
                rng.sample(names.FIRST_NAMES, len(names.FIRST_NAMES)),
                rng.sample(names.SURNAMES, len(names.SURNAMES)),
                strict=False,
            )
        )
        for index in range(stories_per_topic):
            story = topic_index * stories_per_topic + index
            story_rng = random.Random(f"{seed}/{topic.name}/{index}")
            slots = _story_slots(index, towns[story], order, people, story_rng)
            # The second story of a topic runs in the same days as the first: two floods at
            # once, told apart only by who and where.
            day = first_day + story_rng.randint(0, 3) if index == 1 else story_rng.randint(0, 45)
            first_day = day if index == 0 else first_day
            reports = story_rng.randint(3, 5)
            for number in range(reports):
                phase = 0 if number == 0 else (2 if number == reports - 1 else 1)
                day += 0 if number == 0 else story_rng.randint(1, 2)
                at = EPOCH + timedelta(days=day, hours=story_rng.randint(6, 18))
                values = _values(topic, slots, story_rng)
                paragraphs = _report(topic, phase, values, story_rng)
                place = f"{slots['town'].upper()}, {at:%B} {at.day} (Meridian Wire) - "
                paragraphs[0] = place + paragraphs[0]
                title = _fill(story_rng.choice(topic.headlines), values)
                url, html = _dress(
                    WIRE, title, at, "Meridian Wire", paragraphs, story_rng, len(built)
                )
                built.append(
                    CorpusPage(
                        len(built), url, html, WIRE.name, at.isoformat(), wire_group, story, ()
                    )
                )
                for outlet in story_rng.sample(REPUBLISHERS, story_rng.randint(2, 4)):
                    copy, edits = _copy_edits(paragraphs, slots, outlet, story_rng)
                    headline = title
                    if "headline changed" in edits:
                        others = [h for h in topic.headlines if _fill(h, values) != title]
                        headline = _fill(story_rng.choice(others), values)
                    later = at + timedelta(minutes=story_rng.randint(20, 1200))
                    byline = story_rng.choice(
                        (
                            "Meridian Wire",
                            "Staff and agencies",
                            f"{slots['expert_last']} Desk, Meridian Wire",
                        )
                    )
                    url, html = _dress(outlet, headline, later, byline, copy, story_rng, len(built))
                    built.append(
                        CorpusPage(
                            len(built),
                            url,
                            html,
                            outlet.name,
                            later.isoformat(),
                            wire_group,
                            story,
                            tuple(edits),
                        )
                    )
                wire_group += 1
                if story_rng.random() < 0.3:
                    # An outlet's own reporting of the event: same story, no wire copy.
                    own = rng.choice(REPUBLISHERS)
                    values = _values(topic, slots, story_rng)
                    paragraphs = _report(topic, min(phase + 1, 2), values, story_rng)
                    title = _fill(story_rng.choice(topic.headlines), values)
                    later = at + timedelta(hours=story_rng.randint(2, 30))
                    url, html = _dress(
                        own,
                        title,
                        later,
                        f"{slots['resident_last']} Reporter",
                        paragraphs,
                        story_rng,
                        len(built),
                    )
                    built.append(
                        CorpusPage(
                            len(built),
                            url,
                            html,
                            own.name,
                            later.isoformat(),
                            wire_group,
                            story,
                            ("own report",),
                        )
                    )
                    wire_group += 1
    rng.shuffle(built)
    return Corpus(tuple(built))
