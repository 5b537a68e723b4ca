"""``dateline serve`` and ``dateline demo`` as a user runs them: a real server process on a
free loopback port, and the demo's archive built from the shipped samples."""

from __future__ import annotations

import json
import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from browser.web_archive import archive_db, free_port

from dateline.cli import main

#: Seconds a served process gets to answer its first request.
START_SECONDS = 30


def wait_for(url: str, process: subprocess.Popen[str]) -> bytes:
    deadline = time.monotonic() + START_SECONDS
    while True:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                return response.read()
        except (urllib.error.URLError, ConnectionError):
            if process.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"no answer from {url}: {process.stderr.read()}") from None
            time.sleep(0.1)


def test_serve_answers_on_loopback_and_refuses_writes_without_a_token() -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DATELINE_TOKEN"}
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dateline.cli",
            "serve",
            "--db",
            str(archive_db()),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        body = wait_for(f"http://127.0.0.1:{port}/api/stories", process)
        assert json.loads(body)["total"] > 0
        request = urllib.request.Request(
            f"http://127.0.0.1:{port}/api/topics",
            method="POST",
            data=b'{"name": "x", "query": "y"}',
            headers={"Content-Type": "application/json"},
        )
        try:
            urllib.request.urlopen(request, timeout=5)
            raise AssertionError("a read-only server accepted a topic")
        except urllib.error.HTTPError as err:
            assert err.code == 403
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert f"http://127.0.0.1:{port}/" in out and "read-only" in out


def test_demo_serves_the_archive_it_builds(tmp_path: Path) -> None:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dateline.cli",
            "demo",
            "--serve",
            "--dir",
            str(tmp_path),
            "--port",
            str(port),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        body = wait_for(f"http://127.0.0.1:{port}/api/articles", process)
        samples = Path(__file__).resolve().parents[1] / "dateline" / "samples"
        assert json.loads(body)["total"] == len(list(samples.iterdir()))
    finally:
        process.terminate()
        out, _ = process.communicate(timeout=30)
    assert f"Serving {tmp_path / 'demo.db'} at http://127.0.0.1:{port}/" in out


def test_serve_on_a_port_in_use_says_so_without_announcing_itself(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = taken.getsockname()[1]
        assert main(["serve", "--db", str(archive_db()), "--port", str(port)]) == 1
    out, error = capsys.readouterr()
    assert "Serving" not in out
    [line] = error.splitlines()
    assert line.startswith(f"dateline: 127.0.0.1:{port}: ") and "in use" in line


def test_serve_refuses_a_missing_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["serve", "--db", str(tmp_path / "none.db")]) == 1
    error = capsys.readouterr().err
    assert "none.db" in error and "no archive" in error


def test_demo_builds_an_archive_of_the_samples_without_serving(tmp_path: Path, capsys) -> None:
    assert main(["demo", "--no-serve", "--dir", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    db = tmp_path / "demo.db"
    assert f"Demo archive: {db}" in out and f"dateline serve --db {db}" in out
    with sqlite3.connect(db) as conn:
        titles = [row[0] for row in conn.execute("SELECT title FROM articles")]
    samples = Path(__file__).resolve().parents[1] / "dateline" / "samples"
    assert len(titles) == len(list(samples.iterdir())) and all(titles)
    # A rerun into the same folder stores nothing new and still counts what the archive holds.
    assert main(["demo", "--no-serve", "--dir", str(tmp_path)]) == 0
    assert f"Demo archive: {db} ({len(titles)} articles" in capsys.readouterr().out
