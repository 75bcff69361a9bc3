"""Shared fixtures: small hand-built events."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from timeline.events import EventBase, parse_event

MakeEvent = Callable[..., EventBase]


@pytest.fixture
def make_event() -> MakeEvent:
    """Build a valid event of any kind; keyword arguments override the defaults."""

    defaults: dict[str, dict[str, Any]] = {
        "price_target": {"firm": "JPMorgan", "value": 230.0},
        "analyst_rating": {
            "firm": "Arete",
            "rating": "Neutral",
            "rating_normalized": "hold",
            "rating_score": 3,
        },
        "stake_change": {"investor": "ARK Invest", "direction": "buy", "amount": 16.3e6},
        "price_level": {"price": 155.74},
    }

    def make(kind: str = "price_target", **overrides: Any) -> EventBase:
        data: dict[str, Any] = {
            "kind": kind,
            "subject": "BABA",
            "source_id": "article-1",
            "reported_at": dt.datetime(2025, 12, 6, 11, 11, 4, tzinfo=dt.UTC),
            **defaults.get(kind, {}),
            **overrides,
        }
        return parse_event(data)

    return make


class Reliability:
    """Rows of the reliability table: what was tried, how many times, and what happened."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, int, str]] = []

    def record(self, fault: str, tries: int, outcome: str) -> None:
        self.rows.append((fault, tries, outcome))

    def markdown(self) -> str:
        lines = [
            "# Reliability",
            "",
            "Produced by the test suite (`python3 dev.py test`); each row is a test that passed.",
            "",
            "| fault or bad input | tries | outcome |",
            "| --- | ---: | --- |",
        ]
        lines += [f"| {f} | {n} | {o} |" for f, n, o in sorted(self.rows)]
        return "\n".join(lines) + "\n"


@pytest.fixture(scope="session")
def reliability() -> Iterator[Reliability]:
    """Collects the reliability table; written to test-output/reliability.md at the end."""
    table = Reliability()
    yield table
    if table.rows:
        out = Path(__file__).resolve().parents[1] / "test-output" / "reliability.md"
        out.parent.mkdir(exist_ok=True)
        out.write_text(table.markdown())


class S3Server:
    """A real S3 endpoint (moto's standalone server, a separate process) on 127.0.0.1."""

    def __init__(self, endpoint: str) -> None:
        self.endpoint = endpoint
        #: what a process needs to reach it: delta-rs, Polars and boto read these variables
        self.env = {
            "AWS_ENDPOINT_URL": endpoint,
            "AWS_ACCESS_KEY_ID": "timeline-tests",
            "AWS_SECRET_ACCESS_KEY": "timeline-tests",
            "AWS_REGION": "us-east-1",
            "AWS_ALLOW_HTTP": "true",
        }
        self._buckets = 0

    @property
    def options(self) -> dict[str, str]:
        """The same as storage options, for a store opened in this process."""
        return dict(self.env)

    def client(self) -> Any:
        """A boto3 client of the server, to look at what a test wrote."""
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            aws_access_key_id=self.env["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.env["AWS_SECRET_ACCESS_KEY"],
            region_name=self.env["AWS_REGION"],
        )

    def keys(self, url: str) -> list[str]:
        """The keys of the objects under ``url`` (s3://bucket/prefix)."""
        bucket, _, prefix = url.removeprefix("s3://").partition("/")
        pages = (
            self.client().get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefix)
        )
        return [item["Key"] for page in pages for item in page.get("Contents", [])]

    def bucket(self) -> str:
        """A new, empty bucket's URL."""
        self._buckets += 1
        name = f"timeline-test-{self._buckets}"
        self.client().create_bucket(Bucket=name)
        return f"s3://{name}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def s3_server() -> Iterator[S3Server]:
    """moto's S3 server, started for the session on a free port of 127.0.0.1 and stopped
    after it."""
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while True:
        try:
            with urllib.request.urlopen(endpoint, timeout=2):
                break
        except urllib.error.HTTPError:
            break  # it answers
        except (urllib.error.URLError, ConnectionError):
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail(f"moto's S3 server did not start on {endpoint}")
            time.sleep(0.2)
    try:
        yield S3Server(endpoint)
    finally:
        proc.terminate()
        proc.wait(timeout=30)
