"""End to end: each hand-written fixture page → the Article fields it must yield.

Every page in ``fixtures/pages`` is invented; ``fixtures/pages/README.md`` says what each one
exercises. The expectations below are the specification (``docs/schema.md`` states the rules they
follow): exact metadata, the body paragraphs complete and in order, and none of the page chrome
that the page plants anywhere in ``text`` or ``markdown``.
"""

from __future__ import annotations

import codecs
import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import pytest
from conftest import page_bytes
from selectolax.lexbor import LexborHTMLParser

import dateline
from dateline import Article, Credit, Dateline, Image
from dateline.model import REMOVED_KINDS, WORDS_PER_MINUTE

Extract = Callable[[str, str | None], Article]


@dataclass(frozen=True)
class OneOf:
    """An expectation that accepts any of a few values, where the issue leaves the choice open."""

    values: tuple[object, ...]


@dataclass(frozen=True)
class PageCase:
    """What one fixture page must yield. ``related`` pairs must all be present, in page order."""

    file: str
    url: str
    title: str | OneOf
    dek: str | OneOf | None
    authors: list[str]
    published: str | None
    updated: str | OneOf | None
    site_name: str | OneOf | None
    section: str | OneOf | None
    tags: list[str]
    language: str | OneOf | None
    canonical_url: str | None
    paragraphs: list[str]
    chrome: list[str]
    removed_kinds: set[str]
    credits: list[Credit] = field(default_factory=list)
    dateline: Dateline | None = None
    images: list[Image] = field(default_factory=list)
    related: list[tuple[str, str]] = field(default_factory=list)
    not_related: list[str] = field(default_factory=list)
    page_type: str = "article"
    encoding: str = "utf-8"


# --- the wire story, as the agency published it and as a regional site republished it -----------

WIRE_TITLE = "Flash floods force thousands from homes in Lagos after record rain"
WIRE_DEK = (
    "Thousands moved to shelters as the heaviest rain in more than a decade swamps the Lagos "
    "mainland."
)
WIRE_PARAGRAPHS = [
    "LAGOS, March 3 (Tidewire) - Flash floods swept through low-lying districts of Lagos on Sunday"
    " after the heaviest single day of rain recorded in the city in more than a decade, forcing"
    " thousands of residents from their homes and cutting power to large parts of the mainland,"
    " emergency officials said.",
    "The Lagos State Emergency Management Agency said at least 4,200 people had been moved to"
    " temporary shelters in schools and churches in Ikorodu, Ajegunle and Mile 12, and that rescue"
    " boats were still reaching families trapped on rooftops late in the afternoon.",
    '"We have never seen water rise this fast," said Kehinde Oduya, a 46-year-old tailor who waded'
    ' out of her flooded shop in Ikorodu carrying two sewing machines. "By the time we understood'
    ' what was happening, it was already at our knees."',
    "The city's weather station at Oshodi measured 231 millimetres of rain in the 24 hours to"
    " 9 a.m., nearly double the previous March record, according to figures released by the"
    " state's Office of Climate Monitoring.",
    "Commissioner for the Environment Folake Adeyemi-Hart told reporters that canals cleared last"
    " year had held, but that new housing built on former wetlands along the lagoon had left the"
    " water with nowhere to drain. She said the state’s planning office would review building"
    " permits issued in flood-prone areas since 2020.",
    "Traffic on the Third Mainland Bridge was halted for nearly three hours, and the Lagos Ferries"
    " & Waterways Authority suspended five routes across the lagoon. The state electricity"
    " distributor said it had switched off 14 substations as a precaution and would restore supply"
    " once engineers had inspected them.",
    "No deaths had been confirmed by Sunday evening, but the agency said two people were missing"
    " after a footbridge collapsed over a canal in Agboyi-Ketu.",
    "Forecasters expect further heavy showers over the next three days as an unusually early rainy"
    " season sets in along the Gulf of Guinea coast. Residents of riverside communities in"
    " neighbouring Ogun State were told to move documents and valuables to higher ground.",
    "Lagos, a city of more than 15 million people built largely on islands and reclaimed swamp,"
    " floods most years, but scientists say rising sea levels and rapid, unplanned construction"
    " have made the inundations more frequent and more severe.",
]
WIRE_CREDITS = [
    Credit(role="reporting", name="Adaeze Okonkwo"),
    Credit(role="additional reporting", name="Musa Bello", place="Abuja"),
    Credit(role="editing", name="Clara Mendes"),
]
WIRE_DATELINE = Dateline(place="LAGOS", agency="Tidewire")
WIRE_CAPTION = (
    "Lagos State Governor Olumide Fasanya inspects a flooded street in the Ikorodu district of"
    " Lagos, Nigeria, March 3, 2024."
)
WIRE_PHOTO_CREDIT = "Femi Adebayo/Pool via Tidewire"
#: Chrome that both templates of the wire story plant around its body.
WIRE_CHROME_SHARED = [
    "Reporting by",
    "Additional reporting",
    "Editing by",
    WIRE_PHOTO_CREDIT,
    "inspects a flooded street",
    "Lagos opens three new flood shelters",
    "All rights reserved",
]

WIRE_ORIGINAL = PageCase(
    file="wire_original.html",
    url="https://www.tidewire.example/world/africa/flash-floods-force-thousands-from-homes-in-lagos-2024-03-03/",
    title=WIRE_TITLE,
    dek=WIRE_DEK,
    authors=["Adaeze Okonkwo"],
    credits=WIRE_CREDITS,
    dateline=WIRE_DATELINE,
    published="2024-03-03T14:05:00+01:00",
    updated="2024-03-03T17:20:00+01:00",
    site_name="Tidewire",
    section="Africa",
    tags=["Floods", "Nigeria", "Lagos", "Climate"],
    language="en",
    canonical_url="https://www.tidewire.example/world/africa/flash-floods-force-thousands-from-homes-in-lagos-2024-03-03/",
    images=[
        Image(
            url="https://media.tidewire.example/images/2024/03/03/lagos-floods-governor.jpg",
            alt="Governor Olumide Fasanya walks through a flooded street",
            caption=WIRE_CAPTION,
            credit=WIRE_PHOTO_CREDIT,
        )
    ],
    paragraphs=WIRE_PARAGRAPHS,
    chrome=[
        *WIRE_CHROME_SHARED,
        "Skip to main content",
        "Share on LinkedIn",
        "Copy link",
        "Email this article",
        "Our Standards",
        "Trust Principles",
        "Related Coverage",
        "West African cities race",
        "Investigations",
        "Sign in",
        "Topics:",
        "3 hours ago",
        "All quotes delayed",
        "Terms of use",
        "twConfig",
        "Governor Olumide Fasanya walks",
    ],
    related=[
        (
            "https://www.tidewire.example/world/africa/lagos-opens-three-new-flood-shelters-as-rains-intensify-2024-03-02/",
            "Lagos opens three new flood shelters as rains intensify",
        ),
        (
            "https://www.tidewire.example/sustainability/climate-energy/west-african-cities-race-to-rebuild-drainage-before-rainy-season-2024-02-26/",
            "West African cities race to rebuild drainage before rainy season",
        ),
    ],
    not_related=[
        "https://www.tidewire.example/world/",
        "https://www.tidewire.example/topics/floods/",
        "https://www.tidewire.example/about/trust-principles/",
        "https://www.tidewire.example/terms/",
    ],
    removed_kinds={"skip_link", "navigation", "share", "related", "footer"},
)

COURIER = "https://www.lagooncourier.example"
WIRE_REGIONAL = PageCase(
    file="wire_regional.html",
    url=f"{COURIER}/news/2024/03/03/flash-floods-force-thousands-from-homes/?utm_source=feed",
    title=WIRE_TITLE,
    dek=WIRE_DEK,
    authors=["Adaeze Okonkwo"],
    credits=WIRE_CREDITS,
    dateline=WIRE_DATELINE,
    published="2024-03-03T15:30:00+01:00",
    updated="2024-03-03T18:02:00+01:00",
    site_name="The Lagoon Courier",
    section="Metro",
    tags=["floods", "Lagos", "weather", "emergency services"],
    language="en-NG",
    canonical_url=f"{COURIER}/news/2024/03/03/flash-floods-force-thousands-from-homes/",
    images=[
        Image(
            url=f"{COURIER}/wp-content/uploads/2024/03/lagos-floods-governor-1200x800.jpg",
            alt=WIRE_CAPTION,
            caption=WIRE_CAPTION,
            credit=WIRE_PHOTO_CREDIT,
        )
    ],
    paragraphs=WIRE_PARAGRAPHS,
    chrome=[
        *WIRE_CHROME_SHARED,
        "Skip to content",
        "We use cookies",
        "Accept all",
        "Manage preferences",
        "e-paper",
        "Lagos 27°C",
        "Trending now",
        "Ikeja market fire",
        "Search for",
        "min read",
        "Advertisement",
        "Get The Morning Tide",
        "Sign up for our free daily newsletter",
        "unsubscribe at any time",
        "Read more",
        "More on floods",
        "Ikorodu residents say canal dredging came too late",
        "Why Lagos floods every year",
        "Tagged:",
        "Share this story",
        "WhatsApp",
        "12 comments",
        "Join the conversation",
        "Tunde_from_Yaba",
        "Every year the same story",
        "Stay safe everyone",
        "Leave a Reply",
        "Post Comment",
        "Independent news from Lagos",
        "Advertise with us",
        "for Tidewire",
        "googletag",
    ],
    related=[
        (
            f"{COURIER}/news/2024/03/02/lagos-opens-three-new-flood-shelters/",
            "Lagos opens three new flood shelters as rains intensify",
        ),
        (
            f"{COURIER}/news/2024/02/27/ikorodu-residents-say-canal-dredging-came-too-late/",
            "Ikorodu residents say canal dredging came too late",
        ),
        (
            f"{COURIER}/explainers/2024/02/20/why-lagos-floods-every-year/",
            "Why Lagos floods every year, and what could stop it",
        ),
    ],
    not_related=[
        f"{COURIER}/category/metro/",
        f"{COURIER}/tag/floods/",
        f"{COURIER}/about-us/",
        f"{COURIER}/e-paper/",
    ],
    removed_kinds={
        "skip_link",
        "navigation",
        "cookie_notice",
        "newsletter",
        "advertisement",
        "related",
        "share",
        "caption_duplicate",
        "comments",
        "footer",
    },
)

# --- a community blog whose only metadata is microdata ------------------------------------------

BLOG = PageCase(
    file="blog_microdata.html",
    url="https://riverbendreview.example/community/2024/04/13/millbrook-rail-yard-orchard",
    title="Volunteers turn Millbrook's old rail yard into a community orchard",
    dek=(
        "Sixty volunteers spent the winter clearing a disused rail yard. On Saturday they planted"
        " the first of 140 fruit trees."
    ),
    authors=["Jane Roe", "John Doe"],
    published="2024-04-13T16:45:00-05:00",
    updated="2024-04-14T09:10:00-05:00",
    site_name="Riverbend Review",
    section="Community",
    tags=["orchards", "volunteering", "Millbrook"],
    language="en-US",
    canonical_url="https://riverbendreview.example/community/2024/04/13/millbrook-rail-yard-orchard",
    images=[
        Image(
            url="https://riverbendreview.example/media/2024/04/orchard-planting.jpg",
            alt="Volunteers planting apple trees",
            caption=(
                "Volunteers plant the first apple trees at the old Millbrook rail yard on Saturday."
            ),
            credit="Marcus Lee",
        )
    ],
    paragraphs=[
        "Eighteen months after the last freight train left the Millbrook rail yard, the first apple"
        " trees went into the ground there on Saturday morning, planted by more than sixty"
        " volunteers who spent the winter clearing rubble and old sleepers from the site.",
        "The Millbrook Community Orchard, as the group has named it, will eventually hold 140 fruit"
        " trees, a wildflower meadow and a small nursery where schoolchildren can learn to graft"
        " and prune. The city leased the land to the group for ten years at a nominal rent of one"
        " dollar a year.",
        '"People kept asking us what would happen to the yard, and the honest answer was that'
        " nobody knew,\" said Rosa Delgado, a retired science teacher who chairs the orchard's"
        ' volunteer committee. "So we decided to stop asking and start digging."',
        "The soil turned out to be the hardest part. Tests commissioned by the group found traces"
        " of diesel and heavy metals near the old engine shed, so the trees there are being"
        " planted in raised beds filled with compost donated by the city's green-waste depot.",
        "Volunteers chose old local varieties, including the Millbrook Russet, an apple first"
        " grown by a farmer on the edge of town in the 1880s and kept alive by a handful of"
        " backyard growers. Cuttings from three surviving trees were grafted onto new rootstock"
        " last spring.",
        "The orchard will open to the public on weekends from May. The committee says anyone who"
        " wants to help can turn up on Saturday mornings with gloves and a flask of coffee; tools"
        " are provided.",
    ],
    chrome=[
        "This site uses cookies",
        "Got it",
        "Neighbourhood news for the Riverbend valley",
        "City Hall",
        "Photo: Marcus Lee",
        "Volunteers plant the first apple trees",
        "Filed under",
        "3 Responses",
        "My grandfather worked in that engine shed",
        "Is there a list of the other varieties",
        "full planting plan",
        "Leave a comment",
        "Upcoming events",
        "Support local news",
        "Archives",
        "volunteer-run news site",
        "very old laptop",
        "By JANE ROE",
    ],
    not_related=[
        "https://riverbendreview.example/history/2022/09/02/the-apple-that-came-back",
        "https://riverbendreview.example/events/spring-fair/",
        "https://riverbendreview.example/2024/04/",
    ],
    removed_kinds={"cookie_notice", "navigation", "comments", "footer"},
)

# --- an opinion column with no metadata at all: byline, date and title are only visible ----------

GAZETTE = "https://www.hillsidegazette.example"
OPINION = PageCase(
    file="opinion_visible_byline.html",
    url=f"{GAZETTE}/opinion/2024/03/05/night-buses.html",
    title="Our city needs night buses, not another ring road",
    dek="Late-night workers deserve a way home that does not cost them a day's wages.",
    authors=["Priya Natarajan"],
    published="2024-03-05",
    updated=None,
    site_name=OneOf((None, "The Hillside Gazette")),
    section=OneOf((None, "Opinion")),
    tags=[],
    language=OneOf((None, "en")),
    canonical_url=None,
    paragraphs=[
        "Every night, long after the last bus leaves the Eastbank depot at 11:40, thousands of"
        " people in this city are still at work: cleaning offices, stocking supermarket shelves,"
        " caring for patients, washing the dishes from our restaurant dinners.",
        "When their shifts end, most of them face the same choice. They can pay for a taxi that"
        " costs as much as two hours of their wages, or they can walk, sometimes for an hour or"
        " more, along roads that were never designed for anyone on foot.",
        "The council's transport committee will decide next month whether to spend $48 million on"
        " widening the northern ring road. For a fraction of that sum, it could run four night bus"
        " routes linking the hospital, the industrial estate and the riverside districts every"
        " half hour until dawn.",
        "Critics say the buses would run empty. The evidence from cities of our size says"
        " otherwise. When Westford introduced three night routes in 2019, ridership passed its"
        " five-year target within eighteen months, and the routes now cover more of their costs"
        " than several daytime services.",
        "Night buses are not a luxury. They are the difference between a job that is worth taking"
        " and one that is not, and between a city that works around the clock and one that only"
        " pretends to.",
        "The committee should fund them. The ring road can wait.",
    ],
    chrome=[
        "Print edition",
        "Obituaries",
        "Contributing Columnist",
        "Published March 5",
        "Tweet",
        "Have your say",
        "letters@hillsidegazette.example",
        "More from Opinion",
        "Cutting library hours",
        "Advertisement",
        "Community calendar",
        "Today's print edition",
        "e-edition",
        "corrections@hillsidegazette.example",
        "farmers' market",
        "light rain",
        "Delivery problems",
        "14 Quarry Lane",
        "All rights reserved",
    ],
    related=[
        (
            f"{GAZETTE}/opinion/2024/03/01/library-hours.html",
            "Cutting library hours saves pennies and costs a generation",
        ),
        (
            f"{GAZETTE}/opinion/2024/02/26/quarry-lane-crossing.html",
            "Quarry Lane needs a crossing before someone is killed",
        ),
        (
            f"{GAZETTE}/opinion/2024/02/19/editorial-budget.html",
            "Editorial: The budget is honest about the deficit, at last",
        ),
    ],
    not_related=[f"{GAZETTE}/local/", f"{GAZETTE}/privacy.html", f"{GAZETTE}/classifieds/jobs/"],
    removed_kinds={"navigation", "share", "related", "advertisement", "footer"},
)

# --- an explainer whose dek is repeated as the first paragraph; JSON-LD is a top-level array -----

LEDGER = "https://www.northsealedger.example"
FERRY_DEK = (
    "Fewer early sailings, more evening ones: here is how the changes affect the three main routes."
)
EXPLAINER = PageCase(
    file="explainer_dek_repeated.html",
    url=f"{LEDGER}/transport/2024/may/20/new-ferry-timetable-island-commuters",
    title="What the new ferry timetable means for island commuters",
    dek=FERRY_DEK,
    authors=["Helena Brandt", "Tomas Lindqvist"],
    credits=[
        Credit(role="reporting", name="Tomas Lindqvist"),
        Credit(role="writing", name="Helena Brandt"),
        Credit(role="editing", name="Oskar Vik"),
    ],
    published="2024-05-20T06:00:00+00:00",
    updated="2024-05-20T09:30:00+00:00",
    site_name="Northsea Ledger",
    section="Transport",
    tags=["ferries", "Skerry Lines", "islands", "commuting"],
    language="en-GB",
    canonical_url=f"{LEDGER}/transport/2024/may/20/new-ferry-timetable-island-commuters",
    images=[
        Image(
            url="https://i.northsealedger.example/img/2024/05/ferry-holmvik-1600.jpg",
            alt="Ferry leaving harbour",
            caption="A Skerry Lines ferry leaves Holmvik harbour on a winter morning.",
            credit="Ingrid Sol/Northsea Ledger",
        )
    ],
    paragraphs=[
        FERRY_DEK,
        "The regional ferry operator Skerry Lines will introduce its summer timetable on June 3."
        " The company says the changes follow a survey of 6,000 passengers and will cut the number"
        " of half-empty crossings before 7 a.m.",
        "On the Holmvik to Sandøy route, the 5:40 and 6:10 departures are merged into a single 6:00"
        " sailing. Two new evening crossings, at 21:15 and 22:45, are added on weekdays.",
        "Commuters on the Brattøy route lose their only sailing before 6 a.m. Skerry Lines says"
        " fewer than 15 passengers a day used it last winter, and that a taxi boat can be booked"
        " the evening before for the same fare.",
        "The Kvarn route, which carries most freight, keeps its timetable unchanged. Lorry drivers"
        " had campaigned against any cut to the early crossings, which they say are essential for"
        " deliveries to the mainland markets.",
        "Island councillors have asked the operator to review the changes after the summer."
        ' "We accept that some early boats were nearly empty," said Ingeborg Dahl, who chairs the'
        " islands' transport forum. \"But for the nurses and fish plant workers who rely on them,"
        ' there is no alternative."',
        "Passengers can check the full timetable on the Skerry Lines website and at ferry terminals"
        " from next week.",
    ],
    chrome=[
        "Skip to main content",
        "Skip to navigation",
        "Advertisement",
        "ADVERTISEMENT",
        "Back to home",
        "Fisheries",
        "You are here",
        "Mon 20 May 2024",
        "Credit: Ingrid Sol",
        "leaves Holmvik harbour",
        "Related",
        "electric ferries",
        "Reporting by",
        "Oskar Vik",
        "Topics",
        "Share on Facebook",
        "Share via Email",
        "Most viewed in Transport",
        "Bridge to Kvarn closed",
        "bus fares frozen",
        "Complaints & corrections",
        "All rights reserved",
        "__LEDGER__",
    ],
    related=[
        (
            f"{LEDGER}/transport/2024/apr/11/skerry-lines-orders-two-electric-ferries",
            "Skerry Lines orders two electric ferries for the island routes",
        ),
        (
            f"{LEDGER}/transport/2024/may/18/bridge-to-kvarn-closed-for-repairs",
            "Bridge to Kvarn closed for three weeks of repairs",
        ),
        (
            f"{LEDGER}/transport/2024/may/15/bus-fares-frozen-for-pensioners",
            "Island bus fares frozen for pensioners until 2025",
        ),
    ],
    not_related=[f"{LEDGER}/transport", f"{LEDGER}/transport/ferries", f"{LEDGER}/about"],
    removed_kinds={"skip_link", "navigation", "advertisement", "related", "share", "footer"},
)

# --- a service guide whose body has headings, lists, a table and a block quote; broken JSON-LD ---

HCT = "https://www.harborcitytimes.example"
GUIDE_BLOCKS = [
    "Forecasters at the Harbor City weather office expect a wetter than usual spring, and the"
    " city's emergency management department is urging residents in low-lying neighbourhoods to"
    " prepare now rather than wait for the first warning.",
    "Before the rains",
    "Start with the things that are cheap and quick. Most of them take an afternoon.",
    "Clear gutters and downpipes so that rainwater runs away from the walls.",
    "Move important documents, medicines and chargers to an upper shelf or floor.",
    "Photograph each room for your insurer before anything is damaged.",
    "When a warning is issued",
    "The city now uses three warning levels. Each one comes with a text alert to phones"
    " registered in the affected zone.",
    "What it means",
    "Flooding possible in low-lying streets",
    "Lay sandbags and switch off power to the basement",
    "Danger to life",
    "If the water is about to come in, do these three things in order:",
    "Switch off gas and electricity at the mains.",
    "Move people and pets upstairs first, then valuables.",
    "Keep a phone charged and listen for instructions on local radio.",
    "The most common mistake we see is people going back into the basement for belongings."
    " Thirty centimetres of moving water is enough to knock an adult over.",
    "That warning comes from deputy fire chief Aaron Whitlock, whose crews carried out 214 rescues"
    " during last October's storm surge.",
    "After the water goes down",
    "Do not switch the power back on until an electrician has checked the wiring. Throw away any"
    " food that has touched floodwater, and wear gloves and boots while you clean.",
    "Residents who need help with sandbags can call the city's flood line on 311 or visit one of"
    " the collection points listed on the city website.",
]
GUIDE = PageCase(
    file="guide_structured_body.html",
    url=f"{HCT}/climate/2024/04/02/how-to-get-your-home-ready-for-flood-season.html",
    title="How to get your home ready for flood season",
    dek=(
        "A room-by-room checklist, what the city's new warning levels mean, and who to call when"
        " the water rises."
    ),
    authors=["Marisol Vega"],
    published="2024-04-02T07:00:00-04:00",
    updated="2024-04-03T12:30:00-04:00",
    site_name="Harbor City Times",
    section="Climate",
    tags=["flooding", "home safety", "emergency planning"],
    language="en-US",
    canonical_url=f"{HCT}/climate/2024/04/02/how-to-get-your-home-ready-for-flood-season.html",
    images=[
        Image(
            url="https://static.harborcitytimes.example/photos/2024/04/pier-street-sandbags.jpg",
            alt="Sandbags stacked against a doorway",
            caption="Sandbags line a doorway on Pier Street during last October's storm surge.",
            credit="HCT Photo/Lina Park",
        )
    ],
    paragraphs=GUIDE_BLOCKS,
    chrome=[
        "Subscribe for $1",
        "Log in",
        "Obituaries",
        "Climate Correspondent",
        "Share on Facebook",
        "Gift this article",
        "Sandbags line a doorway",
        "HCT Photo",
        "Climate Desk newsletter",
        "Sign up to get our weekly climate newsletter",
        "Related guides",
        "Does your home insurance cover flooding",
        "Mapping October's storm surge",
        "Contact the newsroom",
        "Ethics policy",
        "All rights reserved",
        "dataLayer",
    ],
    related=[
        (
            f"{HCT}/climate/2024/03/12/does-your-home-insurance-cover-flooding.html",
            "Does your home insurance cover flooding? What to check",
        ),
        (
            f"{HCT}/climate/2023/10/30/mapping-octobers-storm-surge-street-by-street.html",
            "Mapping October's storm surge, street by street",
        ),
    ],
    not_related=[f"{HCT}/climate/", f"{HCT}/ethics/", f"{HCT}/subscribe/"],
    removed_kinds={"navigation", "share", "newsletter", "related", "footer"},
)

# --- a tag page: a listing of teasers, not an article -------------------------------------------

LISTING_HEADLINES = [
    "Flash floods force thousands from homes in Lagos after record rain",
    "Lagos opens three new flood shelters as rains intensify",
    "Insurers brace for claims as early rains soak the coast",
    "Ikorodu residents say canal dredging came too late",
    "Why Lagos floods every year, and what could stop it",
    "Schools in Badagry closed after overnight storm",
    "Fishermen count the cost of a lagoon surge",
    "We keep building where the water goes",
    "State unveils early-warning text alerts for flood zones",
    "Drainage budget doubles in new spending plan",
]
LISTING = PageCase(
    file="live_listing.html",
    url=f"{COURIER}/tag/floods/",
    title=OneOf(("Floods", "Floods Archives")),
    dek=OneOf(
        (None, "News, analysis and explainers on flooding in Lagos and along the Nigerian coast.")
    ),
    authors=[],
    published=None,
    updated=None,
    site_name="The Lagoon Courier",
    section=OneOf((None, "Floods")),
    tags=[],
    language="en-NG",
    canonical_url=f"{COURIER}/tag/floods/",
    paragraphs=[],
    chrome=[
        "Skip to content",
        "We use cookies",
        "Accept all",
        "Entertainment",
        "Advertisement",
        "Next page",
        "Independent news from Lagos",
        "All rights reserved",
    ],
    removed_kinds={"skip_link", "cookie_notice", "navigation", "advertisement", "footer"},
    page_type="listing",
)

# --- legacy encodings: Arabic in windows-1256 (truthful), Russian in windows-1251 (lying) -------

SAHEL = "https://www.sahel-daily.example"
ARABIC = PageCase(
    file="multilang_ar.html",
    url=f"{SAHEL}/local/2024/06/09/desalination-plant-opens",
    title="افتتاح أكبر محطة لتحلية مياه البحر في رأس المرجان",
    dek="المحطة الجديدة تنتج مئة وعشرين ألف متر مكعب يوميا وتخدم نحو نصف مليون نسمة",
    authors=["ليلى حداد"],
    published="2024-06-09T09:00:00+03:00",
    updated=None,
    site_name="صحيفة الساحل",
    section="محليات",
    tags=["مياه", "تحلية", "رأس المرجان"],
    language="ar",
    canonical_url=f"{SAHEL}/local/2024/06/09/desalination-plant-opens",
    paragraphs=[
        "افتتحت بلدية رأس المرجان صباح الأحد محطة جديدة لتحلية مياه البحر، هي الأكبر في المنطقة"
        " الساحلية، بعد ثلاث سنوات من أعمال البناء.",
        "وقال رئيس البلدية كريم العطار في كلمة خلال حفل الافتتاح إن المحطة ستنهي الانقطاعات"
        " المتكررة للمياه التي عانى منها السكان خلال فصول الصيف الماضية.",
        "وتعمل المحطة بالطاقة الشمسية جزئيا، إذ تغطي الألواح المركبة على سطحها نحو ثلث حاجتها من"
        " الكهرباء، وفق ما أوضحت المهندسة المسؤولة عن المشروع سلمى الخطيب.",
        "وأضافت الخطيب أن «المياه المالحة المتبقية من عملية التحلية ستعاد إلى البحر عبر أنابيب"
        " تمتد مسافة كيلومترين، لتقليل أثرها على الشعاب المرجانية القريبة».",
        "ويرى خبراء في شؤون المياه أن المشروع خطوة مهمة، لكنهم يحذرون من أن ارتفاع تكاليف التشغيل"
        " قد ينعكس على فواتير المستهلكين في السنوات المقبلة.",
    ],
    chrome=[
        "انتقل إلى المحتوى",
        "نستخدم ملفات تعريف الارتباط",
        "عربي ودولي",
        "بقلم",
        "شارك",
        "واتساب",
        "تصوير",
        "مبنى محطة التحلية الجديدة",
        "الكلمات المفتاحية",
        "اقرأ أيضا",
        "إعلان",
        "الأكثر قراءة",
        "النشرة البريدية",
        "آخر الأخبار",
        "جميع الحقوق محفوظة",
        "sahelAds",
    ],
    related=[
        (
            f"{SAHEL}/local/2024/05/28/summer-water-schedule",
            "البلدية تعلن جدول توزيع المياه لفصل الصيف",
        ),
        (
            f"{SAHEL}/economy/2024/05/12/solar-panels-subsidy",
            "دعم حكومي جديد لتركيب الألواح الشمسية في المنازل",
        ),
    ],
    not_related=[f"{SAHEL}/local/", f"{SAHEL}/privacy/"],
    removed_kinds={"skip_link", "cookie_notice", "navigation", "share", "footer"},
    encoding="windows-1256",
)

PRIBOY = "https://vecherniy-priboy.example"
RUSSIAN = PageCase(
    file="lying_charset.html",
    url=f"{PRIBOY}/gorod/2024/09/14/peshehodnyj-most",
    title="В Заречногорске открыли пешеходный мост через реку Светлую",
    dek="Мост длиной сто восемьдесят метров соединил исторический центр с районом Заречье.",
    authors=["Игорь Ланской"],
    published="2024-09-14T18:20:00+03:00",
    updated=None,
    site_name="Вечерний Прибой",
    section="Город",
    tags=["мост", "Заречногорск", "благоустройство"],
    language="ru",
    canonical_url=f"{PRIBOY}/gorod/2024/09/14/peshehodnyj-most",
    paragraphs=[
        "В субботу в Заречногорске торжественно открыли новый пешеходный мост через реку Светлую,"
        " который соединил исторический центр города с жилым районом Заречье.",
        "Строительство моста длиной сто восемьдесят метров продолжалось почти два года. По словам"
        " главного инженера проекта Анны Воронцовой, конструкция рассчитана на столетний срок"
        " службы.",
        "«Раньше нам приходилось делать крюк в три километра через автомобильный мост, а теперь"
        " дорога до работы занимает десять минут», — рассказала жительница Заречья Марина"
        " Голубева.",
        "Вечером на мосту включили декоративную подсветку, а на набережной прошёл концерт местного"
        " духового оркестра.",
        "Городская администрация обещает до конца года благоустроить оба берега и установить"
        " скамейки и велосипедные стоянки.",
    ],
    chrome=[
        "Перейти к содержанию",
        "Курсы валют",
        "Экономика",
        "Мы используем файлы cookie",
        "Понятно",
        "Автор:",
        "Поделиться",
        "Комментарии",
        "Будьте первым",
        "Читайте также",
        "Новости часа",
        "Реклама",
        "Подписывайтесь",
        "Новости партнёров",
        "Главный редактор",
        "Все права защищены",
    ],
    related=[
        (
            f"{PRIBOY}/gorod/2024/09/10/naberezhnaya",
            "Набережную Светлой закроют на ремонт до весны",
        ),
        (f"{PRIBOY}/gorod/2024/09/02/avtobus-12", "Автобус номер 12 изменит маршрут"),
    ],
    not_related=[f"{PRIBOY}/gorod/", f"{PRIBOY}/kontakty/"],
    removed_kinds={"skip_link", "navigation", "cookie_notice", "comments", "share", "footer"},
    encoding="windows-1251",
)

CASES = [WIRE_ORIGINAL, WIRE_REGIONAL, BLOG, OPINION, EXPLAINER, GUIDE, LISTING, ARABIC, RUSSIAN]
ARTICLES = [case for case in CASES if case.page_type == "article"]
#: Pages whose body is plain paragraphs, so ``text`` must equal them joined by blank lines.
PLAIN_BODIES = [case for case in ARTICLES if case is not GUIDE]


def ids(case: PageCase) -> str:
    return case.file.removesuffix(".html")


def run(extract_page: Extract, case: PageCase) -> Article:
    return extract_page(case.file, case.url)


def check(actual: object, expected: object) -> None:
    if isinstance(expected, OneOf):
        assert actual in expected.values
    else:
        assert actual == expected


def same_instant_and_offset(actual: str | None, expected: str | None) -> None:
    """ISO 8601 strings that name the same moment with the same offset (or the same date)."""
    if expected is None:
        assert actual is None
        return
    assert actual is not None
    if "T" not in expected:
        assert actual == expected
        return
    got, want = datetime.fromisoformat(actual), datetime.fromisoformat(expected)
    assert (got, got.utcoffset()) == (want, want.utcoffset()), actual


def assert_in_order(haystack: str, needles: list[str]) -> None:
    """Every needle occurs in the haystack, each after the one before it."""
    start = 0
    for needle in needles:
        found = haystack.find(needle, start)
        assert found != -1, f"missing or out of order: {needle!r}"
        start = found + len(needle)


def markdown_as_plain(markdown: str) -> str:
    """Markdown with link targets, emphasis markers and backslash escapes taken out."""
    plain = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", markdown)
    plain = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", plain)
    return re.sub(r"\\([\\`*_{}\[\]()#+\-.!|>])", r"\1", plain)


def fixture_visible_text(case: PageCase) -> str:
    """The fixture's visible text, whitespace folded (for the fixture self-checks)."""
    tree = LexborHTMLParser(page_bytes(case.file).decode(case.encoding))
    for node in tree.css("script, style"):
        node.decompose()
    return " ".join(tree.root.text(separator=" ").split())


# --- the fixtures themselves carry what the cases expect (keeps the checks below meaningful) -----


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_fixture_carries_its_body_and_chrome(case: PageCase) -> None:
    visible = fixture_visible_text(case)
    for paragraph in case.paragraphs:
        words = " ".join(re.sub(r"[^\w\s]", " ", paragraph).split())
        assert words in " ".join(re.sub(r"[^\w\s]", " ", visible).split()), paragraph
    source = " ".join(html.unescape(page_bytes(case.file).decode(case.encoding)).split())
    for snippet in case.chrome:
        planted = snippet in visible or snippet in source
        assert planted, f"chrome {snippet!r} is not planted in {case.file}"
        assert not any(snippet in p for p in case.paragraphs), f"{snippet!r} is body text"


# --- metadata -------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_url_and_canonical_url(extract_page: Extract, case: PageCase) -> None:
    article = run(extract_page, case)
    assert article.url == case.url
    assert article.canonical_url == case.canonical_url


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_title(extract_page: Extract, case: PageCase) -> None:
    check(run(extract_page, case).title, case.title)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_dek(extract_page: Extract, case: PageCase) -> None:
    check(run(extract_page, case).dek, case.dek)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_authors_are_bare_names(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).authors == case.authors


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_credits(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).credits == case.credits


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_dateline(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).dateline == case.dateline


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_published_and_updated_keep_the_page_offset(extract_page: Extract, case: PageCase) -> None:
    article = run(extract_page, case)
    same_instant_and_offset(article.published, case.published)
    if isinstance(case.updated, OneOf):
        assert article.updated in case.updated.values
    else:
        same_instant_and_offset(article.updated, case.updated)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_site_name_section_tags_language(extract_page: Extract, case: PageCase) -> None:
    article = run(extract_page, case)
    check(article.site_name, case.site_name)
    check(article.section, case.section)
    assert article.tags == case.tags
    check(article.language, case.language)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_page_type(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).page_type == case.page_type


@pytest.mark.parametrize("case", [c for c in ARTICLES if c.encoding == "utf-8"], ids=ids)
def test_images_with_caption_and_credit_split(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).images == case.images


def test_arabic_image_is_listed_with_its_alt(extract_page: Extract) -> None:
    images = run(extract_page, ARABIC).images
    assert [(i.url, i.alt) for i in images] == [
        (f"{SAHEL}/uploads/2024/06/desalination-plant.jpg", "محطة التحلية الجديدة")
    ]
    assert images[0].caption is not None
    assert images[0].caption.startswith("مبنى محطة التحلية الجديدة على الواجهة البحرية")


@pytest.mark.parametrize("case", [c for c in CASES if c.encoding != "utf-8"], ids=ids)
def test_legacy_encoding_is_detected_and_reported(extract_page: Extract, case: PageCase) -> None:
    encoding = run(extract_page, case).source_encoding
    assert encoding is not None
    assert codecs.lookup(encoding).name == codecs.lookup(case.encoding).name


# --- body -----------------------------------------------------------------------------------------


@pytest.mark.parametrize("case", PLAIN_BODIES, ids=ids)
def test_text_is_the_body_paragraphs_in_order(extract_page: Extract, case: PageCase) -> None:
    assert run(extract_page, case).text == "\n\n".join(case.paragraphs)


@pytest.mark.parametrize("case", PLAIN_BODIES, ids=ids)
def test_markdown_holds_every_body_paragraph(extract_page: Extract, case: PageCase) -> None:
    assert_in_order(markdown_as_plain(run(extract_page, case).markdown), case.paragraphs)


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_no_chrome_in_text_or_markdown(extract_page: Extract, case: PageCase) -> None:
    article = run(extract_page, case)
    for snippet in case.chrome:
        assert snippet not in article.text, snippet
        assert snippet not in article.markdown, snippet


@pytest.mark.parametrize("case", [c for c in ARTICLES if c is not EXPLAINER], ids=ids)
def test_dek_is_not_body_text(extract_page: Extract, case: PageCase) -> None:
    article = run(extract_page, case)
    assert isinstance(case.dek, str)
    assert case.dek not in article.text


def test_dek_repeated_as_first_paragraph_appears_once(extract_page: Extract) -> None:
    article = run(extract_page, EXPLAINER)
    assert article.dek == FERRY_DEK
    assert article.text.count(FERRY_DEK) == 1
    assert article.text.startswith(FERRY_DEK)
    assert markdown_as_plain(article.markdown).count(FERRY_DEK) == 1


def test_caption_repeated_in_alt_and_figcaption_appears_once_and_only_in_images(
    extract_page: Extract,
) -> None:
    article = run(extract_page, WIRE_REGIONAL)
    assert [image.caption for image in article.images] == [WIRE_CAPTION]
    assert WIRE_CAPTION not in article.text
    assert "Fasanya" not in article.markdown


def test_dateline_stays_at_the_start_of_the_first_paragraph(extract_page: Extract) -> None:
    for case in (WIRE_ORIGINAL, WIRE_REGIONAL):
        assert run(extract_page, case).text.startswith("LAGOS, March 3 (Tidewire) - Flash floods")


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_no_script_or_style_content_in_text(extract_page: Extract, case: PageCase) -> None:
    text = run(extract_page, case).text
    for marker in ("function(", "window.", "googletag", '{"@context"', "@context", "line-height"):
        assert marker not in text


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_word_count_and_reading_time_come_from_the_body(
    extract_page: Extract, case: PageCase
) -> None:
    article = run(extract_page, case)
    words = sum(1 for token in article.text.split() if any(ch.isalnum() for ch in token))
    assert article.word_count == words
    expected_minutes = 0 if words == 0 else max(1, round(words / WORDS_PER_MINUTE))
    assert article.reading_time_minutes == expected_minutes


def test_printed_reading_time_is_ignored(extract_page: Extract) -> None:
    article = run(extract_page, WIRE_REGIONAL)
    body = "\n\n".join(WIRE_PARAGRAPHS)
    assert article.word_count == sum(1 for token in body.split() if any(c.isalnum() for c in token))
    # 369 words at 238 a minute; the page prints "4 min read" and its JSON-LD says 412 words.
    assert article.reading_time_minutes == 2


# --- structure kept in Markdown -------------------------------------------------------------------


def test_structured_body_text_keeps_every_block_in_order(extract_page: Extract) -> None:
    assert_in_order(run(extract_page, GUIDE).text, GUIDE_BLOCKS)


def test_markdown_keeps_headings_lists_quote_and_table(extract_page: Extract) -> None:
    lines = [line.strip() for line in run(extract_page, GUIDE).markdown.splitlines()]

    def index(pattern: str) -> int:
        found = [at for at, line in enumerate(lines) if re.fullmatch(pattern, line)]
        assert found, pattern
        return found[0]

    for heading in ("Before the rains", "When a warning is issued", "After the water goes down"):
        index(rf"#{{2,3}} {heading}")
    index(r"[-*+] Clear gutters and downpipes so that rainwater runs away from the walls\.")
    index(r"[-*+] Photograph each room for your insurer before anything is damaged\.")
    index(r"1\. Switch off gas and electricity at the mains\.")
    index(r"\d\. Move people and pets upstairs first, then valuables\.")
    index(r"> The most common mistake we see is people going back into the basement.*")
    header = index(r"\|? *Level *\| *What it means *\| *What to do *\|?")
    separator = index(r"\|? *:?-{3,}:? *\| *:?-{3,}:? *\| *:?-{3,}:? *\|?")
    red = index(r"\|? *Red *\| *Danger to life *\| *Leave the area when told to by emergency .*")
    assert separator == header + 1, "a pipe table's separator row must follow its header row"
    assert all("|" in line for line in lines[header : red + 1]), "the table is broken up"


def test_listing_keeps_its_teaser_headlines_as_content(extract_page: Extract) -> None:
    text = run(extract_page, LISTING).text
    for headline in LISTING_HEADLINES:
        assert headline in text, headline


# --- related teasers and removed chrome -----------------------------------------------------------


@pytest.mark.parametrize("case", [c for c in CASES if c.related or c.not_related], ids=ids)
def test_related_teasers(extract_page: Extract, case: PageCase) -> None:
    related = [(link.url, link.title) for link in run(extract_page, case).related]
    found = [pair for pair in related if pair in case.related]
    assert found == case.related
    urls = [url for url, _ in related]
    assert len(urls) == len(set(urls)), "a teaser URL is listed twice"
    for url in case.not_related:
        assert url not in urls


@pytest.mark.parametrize("case", CASES, ids=ids)
def test_removed_names_the_planted_chrome_kinds(extract_page: Extract, case: PageCase) -> None:
    removed = run(extract_page, case).removed
    kinds = {item.kind for item in removed}
    assert kinds <= set(REMOVED_KINDS)
    assert case.removed_kinds <= kinds, sorted(case.removed_kinds - kinds)
    assert all(item.text.strip() for item in removed)


def test_removed_records_the_printed_reading_time_and_the_credit_free_caption(
    extract_page: Extract,
) -> None:
    removed = run(extract_page, WIRE_REGIONAL).removed
    texts = " ".join(item.text for item in removed)
    for snippet in ("We use cookies", "Get The Morning Tide", "Advertisement", "More on floods"):
        assert snippet in texts, snippet


# --- the record as a whole -------------------------------------------------------------------


def test_extract_is_deterministic() -> None:
    raw = page_bytes(WIRE_REGIONAL.file)
    first = dateline.extract(raw, url=WIRE_REGIONAL.url).to_dict()
    second = dateline.extract(raw, url=WIRE_REGIONAL.url).to_dict()
    assert first == second


def test_str_and_bytes_input_give_the_same_record() -> None:
    raw = page_bytes(WIRE_REGIONAL.file)
    from_bytes = dateline.extract(raw, url=WIRE_REGIONAL.url).to_dict()
    from_str = dateline.extract(raw.decode("utf-8"), url=WIRE_REGIONAL.url).to_dict()
    from_bytes.pop("source_encoding")
    from_str.pop("source_encoding")
    assert from_bytes == from_str


def test_record_round_trips_through_json(extract_page: Extract) -> None:
    article = run(extract_page, WIRE_REGIONAL)
    assert Article.from_dict(article.to_dict()) == article
    assert article.to_dict()["schema"] == "dateline.article/2"


def test_flattened_text_shares_the_body_paragraphs_with_the_html(extract_page: Extract) -> None:
    from_html = run(extract_page, WIRE_REGIONAL)
    flattened = page_bytes("wire_regional.txt").decode("utf-8")
    from_text = dateline.extract_text(flattened, url=WIRE_REGIONAL.url)
    assert from_text.text.split("\n\n") == from_html.text.split("\n\n") == WIRE_PARAGRAPHS


# --- pages written for single faults ---------------------------------------------------------

_STORY = "".join(
    f"<p>Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice a "
    "day through the winter months, the harbour master said.</p>"
    for n in range(1, 5)
)
_STORY_TEXT = [
    f"Paragraph {n}: the Kestrel Bay council voted to keep the island ferry running twice a day "
    "through the winter months, the harbour master said."
    for n in range(1, 5)
]


def test_dropped_bylines_bios_and_credits_are_explained_in_page_order() -> None:
    bio = (
        "Lotte Varn is a transport correspondent for the Kestrel Post and has covered the "
        "islands since 2015."
    )
    html = (
        "<html><body><article><h1>Ferry kept for winter</h1><p>By Lotte Varn</p>"
        f"{_STORY}<p>(Reporting by Ines Varga; Editing by Tom Reddle)</p><p>{bio}</p>"
        "</article><footer><p>Copyright 2024 Kestrel Post. All rights reserved.</p></footer>"
        "</body></html>"
    )
    article = dateline.extract(html)
    assert article.text.split("\n\n") == _STORY_TEXT
    removed = [(item.kind, item.text) for item in article.removed]
    assert ("other", "By Lotte Varn") in removed
    assert ("other", "(Reporting by Ines Varga; Editing by Tom Reddle)") in removed
    assert ("other", bio) in removed
    texts = [text for _, text in removed]
    assert (
        texts.index("By Lotte Varn")
        < texts.index(bio)
        < texts.index("Copyright 2024 Kestrel Post. All rights reserved.")
    )
    assert all(item.kind in REMOVED_KINDS for item in article.removed)


def test_poll_widgets_and_amp_ad_fallbacks_leave_the_body() -> None:
    html = (
        f"<html><body><article><h1>Ferry kept for winter</h1>{_STORY}"
        "<div class='poll-widget'><h3>Have your say</h3><p>Should the ferry run all winter?</p>"
        "<p class='poll-results'>1,204 votes so far</p></div>"
        "<amp-ad width='300' height='250' type='doubleclick'><div fallback>Ad failed to load"
        "</div></amp-ad><amp-embed type='taboola'><div fallback>Sorry, recommendations could "
        "not be loaded</div></amp-embed></article></body></html>"
    )
    text = dateline.extract(html).text
    assert text.split("\n\n") == _STORY_TEXT
    for chrome in ("Have your say", "votes so far", "Ad failed to load", "recommendations"):
        assert chrome not in text


def test_a_printer_friendly_table_layout_keeps_its_paragraphs() -> None:
    paragraphs = "<br><br>\n".join(_STORY_TEXT)
    html = (
        "<html><head><title>Printer Friendly Version - Kestrel Post</title></head><body>"
        "<table width='640'><tr><td><font size='5'><b>Ferry kept for winter</b></font><br>"
        "<font size='2'>By LOTTE VARN<br>Staff Writer<br>Published: Wednesday, May 8, 2024 "
        f"11:47 PM CDT</font><br><br>\n{paragraphs}<br><br></td></tr></table></body></html>"
    )
    article = dateline.extract(html)
    assert article.text.split("\n\n")[-4:] == _STORY_TEXT
    assert " | " not in article.text
    assert article.authors == ["Lotte Varn"]


def test_an_indian_wire_dateline_is_read() -> None:
    html = (
        "<html><body><article><h1>Court seeks reply on ferry fares</h1><p>New Delhi, Aug 12 "
        "(PTI) The court on Monday sought a reply on a plea against the ferry fare rise.</p>"
        f"{_STORY}</article></body></html>"
    )
    assert dateline.extract(html).dateline == Dateline("New Delhi", "PTI")


def test_a_table_caption_stays_with_its_table_and_captions_no_image() -> None:
    table = (
        "<table><caption>Seats won by party</caption><tr><th>Party</th><th>Seats</th></tr>"
        "<tr><td>Harbour</td><td>12</td></tr><tr><td>Valley</td><td>9</td></tr></table>"
    )
    html = (
        "<html><body><article><h1>Vote count ends in Kestrel Bay</h1>"
        f"{_STORY}<img src='/logo.png' alt='Harbour Party logo'>{table}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/vote")
    assert "Seats won by party\n\n| Party | Seats |" in article.markdown
    assert all(image.caption != "Seats won by party" for image in article.images)


@pytest.mark.parametrize(
    "locked",
    [
        '<div class="paywall">{}</div>',
        "{}",  # each paragraph marked: <p class="paywall">
    ],
)
def test_a_storys_locked_paragraphs_marked_paywall_are_body(locked: str) -> None:
    rest = [
        "Crews from three brigades worked through the night to shore up the sea wall at Gull "
        "Point, where the storm surge tore away a stretch of the promenade.",
        "The council said repairs would start as soon as the tides allowed and would cost "
        "more than the harbour fund holds.",
        "Residents of the point were told to keep away from the wall until engineers have "
        "checked what is left of it.",
    ]
    marked = locked == "{}"
    paragraphs = "".join(
        f'<p class="paywall">{text}</p>' if marked else f"<p>{text}</p>" for text in rest
    )
    prompt = (
        '<div class="paywall-prompt"><p>Subscribe to keep reading. Already a subscriber? '
        "Log in.</p></div>"
    )
    html = (
        "<html><body><article><h1>Storm tears away Gull Point promenade</h1>"
        f"{_STORY}{locked.format(paragraphs)}{prompt}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/storm")
    assert all(text in article.text for text in rest)
    assert "Subscribe to keep reading" not in article.text


@pytest.mark.parametrize(
    "line",
    [
        "Haber Merkezi Giriş: 13 Haziran 2024 Perşembe 14:35 Güncelleme: 13.06.2024 16:10",
        "Publié le jeudi 13 juin 2024 à 14h35",
        "quinta-feira, 13 de junho de 2024 às 14:35",
    ],
)
def test_a_date_line_with_its_weekday_and_labels_leaves_the_body(line: str) -> None:
    html = (
        "<html><body><article><h1>Vote count ends in Kestrel Bay</h1>"
        f"<div class='meta'>{line}</div>{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/vote")
    assert article.text.startswith("Paragraph 1:")
    assert article.published is not None and article.published.startswith("2024-06-13")


def test_the_storys_own_headline_heads_its_header_after_a_consent_dialogs() -> None:
    html = f"""<html><head><meta property="og:title" content="Oyster beds closed after spill">
    </head><body><div id="consent"><h1>Bienvenue sur Le Phare du Goëlo</h1>
    <p>Avec votre accord, nos partenaires et nous utilisons des cookies.</p></div>
    <article><h1>Oyster beds closed after spill</h1>
    <div class="meta">Publié le 26 novembre 2024 à 10h15, modifié le 26 novembre 2024 à
    18h40</div>{_STORY}</article></body></html>"""
    article = dateline.extract(html, "https://lephare.example/huitres")
    assert article.published == "2024-11-26T10:15:00"
    assert article.updated == "2024-11-26T18:40:00"


@pytest.mark.parametrize(
    ("description", "dek"),
    [
        # The first paragraph cut short by the CMS: no standfirst.
        ("Paragraph 1: the Kestrel Bay council voted to keep the island ferry running tw…", None),
        ("the Kestrel Bay council voted to keep the island ferry running twice a day...", None),
        # A standfirst of its own, and the first paragraph whole, stay the dek.
        ("Islanders win their winter crossings after a year of petitions", "Islanders win"),
        (_STORY_TEXT[0], _STORY_TEXT[0][:20]),
    ],
)
def test_a_description_cut_from_the_first_paragraph_is_no_dek(
    description: str, dek: str | None
) -> None:
    html = (
        f'<html><head><meta name="description" content="{description}"></head><body><article>'
        f"<h1>Ferry to run all winter</h1>{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/ferry")
    if dek is None:
        assert article.dek is None
    else:
        assert article.dek is not None and article.dek.startswith(dek)


def test_a_writers_headshot_is_no_image_of_the_story() -> None:
    html = (
        "<html><body><article><h1>Ferry to run all winter</h1>"
        '<div class="columnist"><img src="/img/ruth-calloway.jpg" alt="Ruth Calloway">'
        "<span>By Ruth Calloway</span></div>"
        '<figure><img src="/img/ferry.jpg" alt="The ferry at the quay">'
        "<figcaption>The ferry at the quay on Monday.</figcaption></figure>"
        f"{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/ferry")
    assert article.authors == ["Ruth Calloway"]
    assert [image.url for image in article.images] == ["https://kestrelpost.example/img/ferry.jpg"]


@pytest.mark.parametrize(
    "signoff", ["박서연 기자 seoyeon.park@hanbit.example", "박서연 기자", "<b>박서연 기자</b>"]
)
def test_a_korean_sign_off_names_the_author_and_leaves_the_body(signoff: str) -> None:
    story = "".join(
        f"<p>한빛시 의회는 {n}일 새 버스 노선을 승인했으며 주민들은 이 결정을 크게 환영했다.</p>"
        for n in range(1, 5)
    )
    html = (
        "<html><head><meta property='article:published_time' content='2024-06-01'></head>"
        f"<body><article><h1>새 버스 노선 승인</h1>{story}<p>{signoff}</p></article></body></html>"
    )
    article = dateline.extract(html, "https://hanbit.example/news/1")
    assert article.authors == ["박서연"]
    assert "기자" not in article.text


def test_a_korean_sites_widget_author_is_read() -> None:
    html = (
        "<html><head><meta name='dable:author' content='박서연 기자'></head>"
        f"<body><article><h1>Ferry to run all winter</h1>{_STORY}</article></body></html>"
    )
    assert dateline.extract(html).authors == ["박서연"]


def test_a_role_line_under_the_byline_leaves_the_body() -> None:
    html = (
        "<html><body><article><h1>Ferry to run all winter</h1>"
        "<p><i>By HAROLD WIEBE<br>Kestrel Post Staff Writer</i></p>"
        f"{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/ferry")
    assert article.authors == ["Harold Wiebe"]
    assert article.text.startswith("Paragraph 1:")


def test_a_byline_component_and_a_pictures_copyright_element_are_read() -> None:
    html = (
        "<html><body><article><h1>Ferry to run all winter</h1>"
        '<div data-component="byline-block" class="x1-Wrapper">'
        '<div class="x2-Text-ContributorName">Fiona Dunlevy</div></div>'
        '<figure><div><img src="/img/ferry.jpg" alt="The ferry at the quay">'
        '<span role="text" class="x3-ImageCopyright">Kestrel Coastguard</span></div>'
        "<figcaption>The ferry at the quay on Monday.</figcaption></figure>"
        f"{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/ferry")
    assert article.authors == ["Fiona Dunlevy"]
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The ferry at the quay on Monday.", "Kestrel Coastguard")
    ]
    assert "Kestrel Coastguard" not in article.text


def test_a_fact_box_aside_in_the_body_is_the_storys() -> None:
    html = (
        "<html><body><article><h1>Island to get its first phone mast</h1>"
        "<div class='article-body'><p>The island of Skarra will get its first mobile phone "
        "mast next spring, ending its years as one of the last islands without a signal.</p>"
        "<aside class='factbox'><h4>Skarra at a glance</h4><ul><li>Population: 46</li>"
        "<li>Ferry: twice a week from Lornport</li></ul></aside>"
        f"{_STORY}</div></article><aside class='sidebar'><h3>Most read</h3>"
        "<a href='/a'>Ferry timetable changes for the winter</a></aside></body></html>"
    )
    text = dateline.extract(html, "https://westisles.example/skarra").text
    assert "Skarra at a glance\n\nPopulation: 46\n\nFerry: twice a week from Lornport" in text
    assert "Most read" not in text


def test_a_credit_element_drops_its_label_without_a_colon() -> None:
    html = (
        "<html><body><article><h1>Jazz festival draws a record crowd</h1>"
        '<figure><img src="/medias/jazz.jpg"><figcaption>The closing concert on Saturday. '
        '<span class="credit">Photo AFP/Marc Lenoir</span></figcaption></figure>'
        f"{_STORY}</article></body></html>"
    )
    article = dateline.extract(html, "https://montclaircourier.example/jazz")
    assert [(i.caption, i.credit) for i in article.images] == [
        ("The closing concert on Saturday.", "AFP/Marc Lenoir")
    ]


def test_a_data_tables_cells_are_data_whatever_their_words() -> None:
    table = (
        "<table><tr><th>Candidate</th><th>Votes</th><th>Share</th><th>Contact</th></tr>"
        "<tr><td>Ines Calloway</td><td>4,210</td><td>52%</td><td>Email</td></tr>"
        "<tr><td>Rafe Dunmore</td><td>3,880</td><td>48%</td><td>Print</td></tr></table>"
    )
    html = (
        "<html><body><article><h1>Vote count ends in Kestrel Bay</h1>"
        f"{_STORY}{table}</article></body></html>"
    )
    article = dateline.extract(html, "https://kestrelpost.example/vote")
    assert "| Candidate | Votes | Share | Contact |" in article.markdown
    assert "| Ines Calloway | 4,210 | 52% | Email |" in article.markdown
    assert not any(removed.text in {"Share", "Email", "Print"} for removed in article.removed)


def test_an_articles_date_printed_only_in_its_byline_box_is_read() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {n} of the guide tells how the Morrow valley co-op dries its hops in "
        "late summer, and why the growers still stack the kilns by hand.</p>"
        for n in range(8)
    )
    page = f"""<html><head><title>Drying hops the old way</title>
    <meta property="og:type" content="article"></head><body>
    <article><h1>Drying hops the old way</h1>{paragraphs}</article>
    <div class="post-info"><ul class="tags"><li><a href="/t/hops">hops</a></li></ul>
    <p class="author-line">Written by <a href="/people/ilse">Ilse Marrow</a></p>
    <p>April 8, 2026</p></div></body></html>"""
    article = dateline.extract(page)
    assert article.page_type == "article"
    assert article.published == "2026-04-08"
    # Without the byline box, nothing on the page dates it.
    assert (
        dateline.extract(
            re.sub(r"<div class=\"post-info\">.*?</div>", "", page, flags=re.S)
        ).published
        is None
    )


def test_the_pages_own_permalink_is_no_related_story() -> None:
    url = "https://quayside.example/2025/11/18/ferry-back-at-port-elm/"
    teaser = "https://quayside.example/2025/11/12/new-pier-lights-go-up-on-the-harbour-wall/"
    html = f"""<html><head><link rel="canonical" href="{url}"></head><body><article>
    <header class="entry-header"><h1>Ferry back at Port Elm</h1><div class="entry-meta">
    <span class="posted-on">Posted on <a href="{url}" rel="bookmark"><time
    datetime="2025-11-18T07:42:10+00:00">November 18, 2025</time></a></span><span
    class="byline"> by <a href="/author/ilse-marrow/">Ilse Marrow</a></span></div></header>
    <p>{_STORY}</p></article><aside class="related-posts"><h3>Related stories</h3><ul>
    <li><a href="{teaser}">New pier lights go up on the harbour wall</a></li></ul></aside>
    </body></html>"""
    for page_url in (url, None):
        related = dateline.extract(html, page_url).related
        assert [link.url for link in related] == [teaser], page_url


def test_a_page_that_declares_no_language_is_judged_by_its_body() -> None:
    german = (
        "<p>Die Fähre nach Port Elm fährt wieder, und die Stadt hat sich für den Winter auf "
        "zwei Fahrten am Tag festgelegt. Das ist mit dem Rat abgestimmt, sagte er.</p>"
    )
    page = "<html><body><article><h1>Fähre fährt wieder</h1>{}</article></body></html>"
    assert dateline.extract(page.format(german * 4)).language == "de"
    assert dateline.extract(page.format(_STORY)).language == "en"
    # A declared language wins.
    declared = page.replace("<html>", '<html lang="en-GB">')
    assert dateline.extract(declared.format(german * 4)).language == "en-GB"


def test_the_authors_bio_box_after_the_story_leaves_the_body() -> None:
    for box in ("author-bio", "authorbox", "about-author"):
        html = f"""<html><body><article><h1>Ferry back at Port Elm</h1>{_STORY}
        <div class="{box}"><h4>About the author</h4><p>Gethin Morrow has covered the
        harbour towns for the Quayside Ledger since 2019 and sails a dinghy badly.</p></div>
        </article></body></html>"""
        article = dateline.extract(html)
        assert "Gethin Morrow" not in article.text, box
        assert "About the author" not in article.text, box
        assert any("Gethin Morrow" in r.text for r in article.removed), box


def test_an_undated_story_under_a_byline_is_an_article() -> None:
    body = "".join(
        f"<p>Paragraph {n}: fire crews fought the blaze at the Kellerman mill through the night "
        "and saved the granary next to it, the brigade said.</p>"
        for n in range(4)
    )
    page = "<html><body><article><h1>Fire destroys historic mill</h1>{}{}</article></body></html>"
    byline = '<div class="meta">By Soraya Batchelder · Published 3 hours ago</div>'
    assert dateline.extract(page.format(byline, body)).page_type == "article"
    # The same prose with neither date nor byline is a story by its layout (one <article>
    # under one <h1>); laid out as one post among others it is no more than "other".
    assert dateline.extract(page.format("", body)).page_type == "article"
    thread = page.replace("</article>", "</article><article><p>A reply.</p></article>")
    assert dateline.extract(thread.format("", body)).page_type == "other"


def test_a_dated_one_paragraph_wire_brief_is_an_article() -> None:
    page = """<html><head><meta property="article:published_time" content="2026-05-02T09:00:00Z">
    </head><body><article><h1>Crane topples onto ship at Harwick quay</h1>
    <p>HARWICK, May 2 (Coastline Wire) - The Harwick port authority closed its north quay on
    Friday after a crane toppled onto an empty cargo ship overnight. Nobody was hurt, a
    spokeswoman said, and the quay should reopen within a week.</p>
    </article></body></html>"""
    article = dateline.extract(page)
    assert article.page_type == "article"
    assert article.dateline is not None and article.dateline.agency == "Coastline Wire"
    # Without its dateline the same paragraph is too short to call a story.
    assert dateline.extract(page.replace("HARWICK, May 2 (Coastline Wire) - ", "")).page_type == (
        "other"
    )


def test_sponsored_teasers_are_no_related_stories() -> None:
    url = "https://quayside.example/2026/03/04/ferry-back-at-port-elm/"
    organic = "https://quayside.example/2026/03/01/new-pier-lights-go-up-on-the-harbour-wall/"
    html = f"""<html><body><article><h1>Ferry back at Port Elm</h1><p>{_STORY}</p></article>
    <div class="taboola"><h3>Recommended for you</h3><div><a href="https://ads.example/c?1">
    Doctors stunned by this one simple harbour trick</a><span>Sponsored by HealthyLife</span>
    </div><div><a href="{organic}">New pier lights go up on the harbour wall</a></div></div>
    <aside class="related"><h3>Sponsored Content</h3><ul><li><a
    href="https://cruises.example/river/three-must-do-river-cruises-this-spring">Three must-do
    river cruises this spring</a></li></ul></aside></body></html>"""
    assert [link.url for link in dateline.extract(html, url).related] == [organic]


def test_a_subheadline_is_the_dek_when_the_description_only_cuts_the_opening_short() -> None:
    opening = (
        "HALDEN, Maine, June 3, 2025 /WireDesk/ -- Brackwater Tidal, a maker of small tidal "
        "turbines, today announced a $9 million round to build its first plant."
    )
    described = opening.split(" 2025 ")[1].removesuffix(" its first plant.")
    more = "<p>" + "The plant will employ about 60 people when it opens next spring. " * 3 + "</p>"
    headline = "Brackwater Tidal raises $9 million"
    sub = "Round will fund a turbine plant on the Halden waterfront"
    page = (
        f'<html><head><meta name="description" content="{described}"><title>{headline}</title>'
        '<meta property="article:published_time" content="2025-06-03T08:00:00Z"></head><body>'
        f'<header class="release-head"><h1>{headline}</h1><h2>{sub}</h2></header>'
        f"<article><p>{opening}</p>{more}{more}</article></body></html>"
    )
    assert dateline.extract(page).dek == sub
    # A byline and date line in the <h2> is no dek.
    assert dateline.extract(page.replace(sub, "By Orla Finch June 3, 2025")).dek is None


FERRY_PARAGRAPHS = "".join(
    f"<p>{text}</p>"
    for text in (
        "The Kestrel Bay council voted on Tuesday to keep the island ferry running twice a day "
        "through the winter, after a petition signed by most of Gull Island's residents.",
        "Councillor Edwin Farrow said the extra sailings would cost the town about 40,000 "
        "pounds, which the harbour fund will cover for this season at least.",
        "The operator, Tern Line, said it would add a second crew from December and publish "
        "the new timetable on its website next week.",
    )
)


@pytest.mark.parametrize(
    "standfirst",
    [
        "<div class='b-subheadline'><h2>{sub}</h2></div>",  # Arc's box round a heading
        "<div class='sub-headline'><h3>{sub}</h3></div>",
        "<p class='article-sub-headline'>{sub}</p>",
    ],
)
def test_a_subheadline_box_round_a_heading_is_the_dek_and_leaves_the_body(
    standfirst: str,
) -> None:
    sub = "The vote keeps two daily crossings running until March after a residents' petition."
    page = (
        "<html><head><title>Ferry to Gull Island runs all winter</title></head><body><main>"
        "<article><div class='b-headline'><h1>Ferry to Gull Island runs all winter</h1></div>"
        f"{standfirst.format(sub=sub)}<div class='b-byline'>By Marta Quill</div>"
        f"{FERRY_PARAGRAPHS}</article></main></body></html>"
    )
    article = dateline.extract(page, "https://kestrelcourier.example/2024/11/04/ferry")
    assert article.dek == sub
    assert "crossings" not in article.text
    assert article.text.startswith("The Kestrel Bay council voted")
    # A box holding a heading and more (key points under their heading) is no dek.
    points = f"<div class='b-subheadline'><h2>Key points</h2><p>{sub}</p></div>"
    boxed = page.replace(standfirst.format(sub=sub), points)
    assert dateline.extract(boxed, "https://kestrelcourier.example/2024/11/04/f").dek is None


def _live_page(times: list[str]) -> str:
    entries = (
        "The harbour master says waves of six metres are breaking over the north pier, and the "
        "coastguard has closed the promenade to walkers.",
        "Tern Line has cancelled every sailing until Wednesday morning and says it will refund "
        "every ticket booked for the week.",
        "Schools in Port Avel will close at noon, the council says, and buses will run an hour "
        "early to take pupils home.",
        "Gusts of 110 km/h were recorded at the lighthouse overnight, the highest reading there "
        "since the great storm.",
    )
    feed = "".join(
        f"<div class='entry'><time>{time}</time><p>{entry}</p></div>"
        for time, entry in zip(times, entries, strict=True)
    )
    return (
        "<html><head><title>Storm Odile live: ferries cancelled</title></head><body><main>"
        "<h1>Storm Odile live: ferries cancelled</h1><p class='intro-text'>All crossings to the"
        " islands are off until Wednesday and the coastguard warns people off the sea front.</p>"
        f"<div class='feed'>{feed}</div></main></body></html>"
    )


def test_an_undated_live_blog_is_a_story_and_its_standfirst_leaves_the_text() -> None:
    url = "https://harbourgazette.example/live/storm-odile"
    article = dateline.extract(_live_page(["09:42", "09:15", "8.50am", "8.20am"]), url)
    assert article.page_type == "article"
    assert article.dek is not None and article.dek.startswith("All crossings")
    assert "All crossings" not in article.text
    assert article.text.startswith("09:42 The harbour master says")
    # Lengths of videos over their summaries run in no order: no live blog's times.
    lengths = dateline.extract(_live_page(["1:07", "0:41", "1:49", "0:49"]), url)
    assert lengths.page_type != "article"
