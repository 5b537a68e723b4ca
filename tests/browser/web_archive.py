"""The archive the web tests read: the shared fixture pages plus invented pages written here
(a flood story told by four outlets over three days, one of them the same wire copy, and a
page whose title, body and caption carry markup meant to run), stored through the real ingest
with facts. Built once per test session; a server on a free loopback port for browser tests."""

from __future__ import annotations

import atexit
import shutil
import socket
import tempfile
import threading
import time
from functools import cache
from html import escape
from pathlib import Path

from dateline.cli import main

ROOT = Path(__file__).resolve().parents[2]
PAGES_DIR = ROOT / "tests" / "fixtures" / "pages"
#: What the injected markup would set if it ever ran in a page.
XSS_FLAG = "__datelineXss"
XSS_TITLE = f"Harbour gala <script>window.{XSS_FLAG}=1</script> ends early"
XSS_BODY = f'Guests saw <img src=x onerror="window.{XSS_FLAG}=2"> a fireworks display.'
XSS_CAPTION = f'The quay at dusk <script>window.{XSS_FLAG}=3</script><b onmouseover="x()">b</b>'
#: Seconds a test server gets to start listening.
SERVER_START_SECONDS = 20

_FLOOD_DAYS = [
    (
        "Tidewire",
        "tidewire.example",
        "2024-06-10T08:00:00Z",
        "Flash floods kill 12 in Port Avel as river bursts its banks",
        "Mira Solenne",
        [
            "PORT AVEL, June 10 (Tidewire) - Flash floods swept through the low-lying "
            "districts of Port Avel on Monday after the Avel river burst its banks overnight, "
            "officials said.",
            "The Port Avel Emergency Agency said the floods killed 12 people and forced 3,000 "
            "residents from their homes in the eastern wards.",
            '"We have never seen the water rise this fast," said Kemi Adeyo, the director of '
            "the agency, who toured the flooded districts by boat.",
            "Rescue teams worked through the night to reach families stranded on rooftops, and "
            "the city council opened four schools as temporary shelters for the displaced.",
            '"Every shelter is full and we need more blankets," said Tobias Renn, a council '
            "spokesman, adding that the road to the airport was closed.",
            "Forecasters expect more heavy rain on Tuesday across the coastal districts.",
        ],
    ),
    (
        "The Lagoon Courier",
        "lagooncourier.example",
        "2024-06-11T09:30:00Z",
        "Port Avel flood toll rises to 27 as rain returns",
        "Dayo Farrant",
        [
            "The death toll from the floods in Port Avel rose on Tuesday as more rain fell on "
            "districts still under water, emergency workers said.",
            "Kemi Adeyo, the director of the Port Avel Emergency Agency, said 27 people had been "
            "killed and 8,000 displaced since the river burst its banks.",
            '"The next two days will decide how many more homes we lose," Adeyo told reporters '
            "at the agency's headquarters.",
            "Residents of the eastern wards said help had been slow to arrive, and several "
            "families waited more than a day on their roofs before boats reached them.",
            "The Red Lantern aid group said its volunteers had counted 31 dead in the wards it "
            "serves, a figure higher than the official count.",
            "Schools across the city will stay closed for the rest of the week.",
        ],
    ),
    (
        "Northsea Ledger",
        "northsealedger.example",
        "2024-06-12T07:15:00Z",
        "Port Avel floods: official toll reaches 41, aid groups warn of disease",
        "Ines Calder",
        [
            "The Port Avel Emergency Agency said on Wednesday that the floods had killed 41 "
            "people, and aid groups warned of cholera in the crowded shelters.",
            '"Clean water is now our first worry," said Tobias Renn, the council spokesman, '
            "as tankers were sent to the four schools housing the displaced.",
            "Kemi Adeyo, the agency's director, said 12,000 people had been displaced in all.",
            "The Avel river fell by almost a metre overnight, uncovering roads that had been "
            "under water since Monday, and engineers began inspecting the damaged bridges.",
            "The national government promised emergency funds for rebuilding the eastern wards.",
        ],
    ),
]


def news_page(
    site: str,
    host: str,
    published: str,
    title: str,
    author: str,
    paragraphs: list[str],
    *,
    slug: str,
    caption: str | None = None,
) -> str:
    """An invented news page with Open Graph metadata, a byline, a body and maybe a photo."""
    body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    figure = ""
    if caption is not None:
        figure = (
            f'<figure><img src="https://{host}/photos/{slug}.jpg" alt="{escape(caption)}">'
            f"<figcaption>{escape(caption)} <span class=credit>Ada Lind/{escape(site)}</span>"
            "</figcaption></figure>"
        )
    return (
        f'<!doctype html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | {escape(site)}</title>"
        f'<link rel="canonical" href="https://{host}/news/{slug}">'
        f'<meta property="og:site_name" content="{escape(site)}">'
        f'<meta property="og:title" content="{escape(title)}">'
        f'<meta property="article:published_time" content="{published}">'
        f"</head><body><header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>"
        f"<main><article><h1>{escape(title)}</h1><p class=byline>By {escape(author)}</p>"
        f"{figure}{body}</article></main><footer>© {escape(site)}</footer></body></html>"
    )


def write_pages(folder: Path) -> Path:
    """The invented pages of the web tests, written into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for number, (site, host, published, title, author, paragraphs) in enumerate(_FLOOD_DAYS):
        page = news_page(
            site,
            host,
            published,
            title,
            author,
            paragraphs,
            slug=f"flood-{number}",
            caption="Residents wade through the eastern wards" if number == 0 else None,
        )
        (folder / f"flood-{number}.html").write_text(page, encoding="utf-8")
    # The same wire copy carried by another outlet a few hours later.
    site, host, _, title, _, paragraphs = _FLOOD_DAYS[0]
    copy = news_page(
        "Harbor City Times",
        "harborcitytimes.example",
        "2024-06-10T14:00:00Z",
        title,
        "Tidewire staff",
        paragraphs,
        slug="wire-flood",
    )
    (folder / "flood-wire-copy.html").write_text(copy, encoding="utf-8")
    xss = news_page(
        "Avel Evening",
        "avelevening.example",
        "2024-06-09T20:00:00Z",
        XSS_TITLE,
        "Ola Brand",
        [
            XSS_BODY,
            "The harbour master said the gala would return next summer with a longer programme "
            "of music, food stalls and boat races along the old quay.",
            "Organisers thanked the volunteers who cleared the quay before the storm arrived. "
            '"The quay has never looked better," said José Núñez, who chairs the gala committee.',
            # One unbroken 300-character token, which must wrap rather than widen the page.
            "The full programme is at avelevening.example/gala/" + "harbour-gala-programme-" * 13,
        ],
        slug="gala",
        caption=XSS_CAPTION,
    )
    (folder / "xss-gala.html").write_text(xss, encoding="utf-8")
    return folder


@cache
def archive_db() -> Path:
    """The test archive (built on first use, removed at exit): fixture and invented pages
    through ``dateline ingest --facts``."""
    folder = Path(tempfile.mkdtemp(prefix="dateline-web-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    db = folder / "web.db"
    pages = write_pages(folder / "pages")
    status = main(
        ["ingest", "-q", "--facts", "--workers", "2", "--db", str(db), str(PAGES_DIR), str(pages)]
    )
    if status != 0:
        raise RuntimeError(f"ingest of the web test pages failed with status {status}")
    return db


def free_port() -> int:
    """A TCP port free on the loopback interface right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """The web app under uvicorn in a thread, on a free loopback port."""

    def __init__(self, db: Path, *, token: str | None = None) -> None:
        import uvicorn

        from dateline.web.app import Settings, create_app

        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(Settings(db=db, token=token, base_url=self.url))
        config = uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + SERVER_START_SECONDS
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the test server on {self.url} did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *_: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=SERVER_START_SECONDS)
