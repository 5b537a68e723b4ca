"""The web commands of ``dateline``: ``serve`` the archive over HTTP, send topic ``digest``s.

``serve`` binds to loopback unless told otherwise and is read-only unless the operator names an
environment variable holding a token (``--token-env``). Exit status: 0 when done, 1 when the
archive, the address or the SMTP server was refused, 2 for usage errors.
"""

from __future__ import annotations

import argparse
import functools
import importlib.util
import os
import socket
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from dateline.archive.errors import ArchiveError
from dateline.archive.store import DEFAULT_DB, open_archive
from dateline.cli_types import date_argument, port

#: Environment variable read for the operator token unless ``--token-env`` names another.
DEFAULT_TOKEN_ENV = "DATELINE_TOKEN"
#: Environment variable read for the SMTP password of digests.
SMTP_PASSWORD_ENV = "DATELINE_SMTP_PASSWORD"


def add_web_commands(commands: argparse._SubParsersAction) -> None:
    """Register ``serve`` and ``digest`` on the ``dateline`` parser."""
    serve = commands.add_parser(
        "serve",
        help="serve an archive in the browser and as a JSON API",
        description="Serve the archive: pages for reading and searching it, and a JSON API "
        "under /api/ (OpenAPI at /api/openapi.json). Read-only unless an operator token is "
        "set; listens on 127.0.0.1 unless --host says otherwise.",
    )
    add_serve_arguments(serve)
    serve.set_defaults(run=run_serve)

    digest = commands.add_parser(
        "digest",
        help="e-mail each topic's new articles (run it daily, e.g. from cron)",
        description="Send every topic that has a digest address the articles published since "
        "--since (default: yesterday), as an e-mail with text and HTML parts, through the SMTP "
        f"server given. The SMTP password, if any, is read from ${SMTP_PASSWORD_ENV}.",
    )
    digest.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help="the archive")
    digest.add_argument("--smtp-host", required=True, help="SMTP server to send through")
    digest.add_argument("--smtp-port", type=port, default=25, help="SMTP port (default: 25)")
    digest.add_argument("--smtp-user", help="SMTP login name (password from the environment)")
    digest.add_argument("--starttls", action="store_true", help="upgrade to TLS before login")
    digest.add_argument("--sender", required=True, help="the From address")
    digest.add_argument(
        "--since", type=date_argument, help="articles published on or after (YYYY-MM-DD)"
    )
    digest.add_argument(
        "--base-url", default="http://127.0.0.1:8000", help="public address of `dateline serve`"
    )
    digest.set_defaults(run=run_digest)


def add_serve_arguments(parser: argparse.ArgumentParser, *, db: bool = True) -> None:
    """The options of ``serve`` (``demo`` shares them, without ``--db``)."""
    if db:
        parser.add_argument("--db", default=DEFAULT_DB, metavar="PATH", help="the archive")
    parser.add_argument("--host", default="127.0.0.1", help="address to listen on")
    parser.add_argument("--port", type=port, default=8000, help="port (default: 8000)")
    parser.add_argument(
        "--token-env",
        metavar="NAME",
        default=DEFAULT_TOKEN_ENV,
        help=f"environment variable holding the operator token that allows writes (topics); "
        f"unset or empty: read-only (default: {DEFAULT_TOKEN_ENV})",
    )
    parser.add_argument(
        "--base-url", help="public address for feed links (default: http://HOST:PORT)"
    )


def run_serve(args: argparse.Namespace) -> int:
    """``dateline serve``: run the web app under uvicorn until interrupted."""
    return serve(args.db, args)


def serve(db: str, args: argparse.Namespace) -> int:
    """Serve the archive at ``db`` with the ``serve`` options in ``args``."""
    try:
        import uvicorn

        from dateline.web.app import Settings, create_app
    except ImportError as err:
        print(
            f"dateline: serve needs the web extra: pip install 'dateline[web]' ({err})",
            file=sys.stderr,
        )
        return 1
    try:
        open_archive(db, create=False).close()  # a missing archive is told before any binding
    except ArchiveError as err:
        print(f"dateline: {err}", file=sys.stderr)
        return 1
    # The socket is bound here, before the address is announced: a port in use is then this
    # command's one-line error, not uvicorn's log line and exit status 3 after a false start;
    # and --port 0 is announced with the port the system chose.
    try:
        family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
        listener = socket.create_server((args.host, args.port), family=family)
    except OSError as err:
        print(f"dateline: {args.host}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 1
    with listener:
        token = os.environ.get(args.token_env) or None
        address = f"http://{_url_host(args.host)}:{listener.getsockname()[1]}"
        settings = Settings(db=db, token=token, base_url=args.base_url or address)
        try:
            app = create_app(settings)
        except ArchiveError as err:  # the archive changed since it was checked
            print(f"dateline: {err}", file=sys.stderr)
            return 1
        mode = "topics writable with the operator token" if token else "read-only"
        print(f"Serving {db} at {address}/ ({mode}); Ctrl-C stops", flush=True)
        uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listener])
    return 0


def run_digest(args: argparse.Namespace) -> int:
    """``dateline digest``: one e-mail per topic with a digest address and new articles."""
    from dateline.web.db import Archive
    from dateline.web.digest import SmtpSettings, send_digests
    from dateline.web.render import make_environment

    since = args.since or (datetime.now(UTC).date() - timedelta(days=1)).isoformat()
    smtp = SmtpSettings(
        host=args.smtp_host,
        port=args.smtp_port,
        sender=args.sender,
        username=args.smtp_user,
        password=os.environ.get(SMTP_PASSWORD_ENV),
        starttls=args.starttls,
    )
    try:
        archive = Archive(args.db)
        try:
            outcomes = send_digests(
                archive.reader(), make_environment(), smtp, base_url=args.base_url, day=since
            )
        finally:
            archive.close()
    except ArchiveError as err:
        print(f"dateline: {err}", file=sys.stderr)
        return 1
    failed = 0
    for outcome in outcomes:
        name = f"topic {outcome.topic.id} ({outcome.topic.name})"
        if outcome.error:
            failed += 1
            print(f"dateline: {name}: digest not sent: {outcome.error}", file=sys.stderr)
        else:
            print(f"dateline: {name}: {outcome.articles} new articles", file=sys.stderr)
    return 1 if failed else 0


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def add_demo_arguments(parser: argparse.ArgumentParser) -> None:
    """The options ``demo`` takes to build its archive and serve it."""
    parser.add_argument(
        "--dir",
        metavar="FOLDER",
        help="folder for the demo archive (default: a new temporary folder)",
    )
    parser.add_argument(
        "--serve",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="serve the demo archive after building it (default: when run in a terminal)",
    )
    add_serve_arguments(parser, db=False)


def demo_archive(args: argparse.Namespace, samples: Path) -> int:
    """Build an archive from the sample pages in ``samples`` (facts included when spaCy is
    installed), print where it is, and serve it when asked or when run in a terminal."""
    from dateline.archive.ingest import ingest
    from dateline.archive.store import open_archive
    from dateline.records import to_article
    from dateline.sources.files import read_file, walk_folder

    folder = Path(args.dir) if args.dir else Path(tempfile.mkdtemp(prefix="dateline-demo-"))
    db = folder / "demo.db"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        conn = open_archive(db)
    except (OSError, ArchiveError) as err:
        print(f"dateline: {folder}: cannot make the demo archive ({err})", file=sys.stderr)
        return 1
    facts = importlib.util.find_spec("spacy") is not None
    try:
        report = ingest(
            conn,
            (read_file(path) for path in walk_folder(samples)),
            to_record=functools.partial(to_article, input_kind="auto", url=None),
            workers=1,
            facts=facts,
            label="dateline demo samples",
        )
        stories = conn.execute("SELECT count(*) FROM stories").fetchone()[0]
        # Counted in the archive, not the run: a rerun into the same --dir stores nothing new.
        articles = conn.execute("SELECT count(*) FROM articles WHERE is_latest = 1").fetchone()[0]
    finally:
        conn.close()
    with_facts = " with facts" if facts else " (no facts: pip install 'dateline[facts]')"
    print(
        f"\nDemo archive: {db} ({articles} articles{with_facts}, {stories} stories)",
        flush=True,
    )
    serving = args.serve if args.serve is not None else sys.stdin.isatty()
    if not serving:
        print(f"Browse it: dateline serve --db {db}", flush=True)
        return 1 if report.failures else 0
    return serve(str(db), args)
