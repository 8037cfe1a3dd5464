"""Bounded work on hostile replies: a total deadline, a size limit before and after decompression,
and a cache that keeps only what was parsed."""

from __future__ import annotations

import json
import re
import time
import zlib
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from demo.odata_server import ODataServer
from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.odata import Limits, ODataClient, ReplyTooLargeError, Row
from tests.conftest import Ivp

from .conftest import fast, plan_copy, with_client

URL = "https://dataderden.cbs.nl/ODataFeed/odata/47013NED/RegioS"
CHUNK = 64 * 1024


def read_rows(transport: httpx.AsyncBaseTransport, cache: Path, limits: Limits | None = None) -> list[Row]:
    async def call(client: ODataClient) -> list[Row]:
        return await client.rows(URL, None, "politie 47013NED RegioS")

    return with_client(transport, cache, call, limits=limits, attempts=3)


def test_a_server_dripping_a_byte_at_a_time_times_out_in_total(
    ivp: Ivp, odata: ODataServer, tmp_path: Path
) -> None:
    # Every read is quick (0.05 s), so a per-read timeout never fires; the whole reply would take
    # minutes. Before, the fetch waited for all of it.
    odata.state.switches.drip_seconds = 0.05
    plan = plan_copy(tmp_path, "testplan.yaml")
    before = plan.read_bytes()
    start = time.monotonic()
    result = ivp("fetch", plan, *fast(odata, attempts=1, timeout=0.3))
    assert time.monotonic() - start < 5
    assert result.exit_code == 3
    assert "timed out: no complete reply within 0.3 s; gave up after 1 attempts" in result.stderr
    assert plan.read_bytes() == before


class _Spaces:
    """A 300 MB body of spaces that counts what it has sent."""

    def __init__(self) -> None:
        self.sent = 0

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(300 * 2**20 // CHUNK):
            self.sent += CHUNK
            yield b" " * CHUNK


def test_a_reply_announcing_300_mb_is_refused_before_its_body_is_read(tmp_path: Path) -> None:
    body = _Spaces()

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Length": str(300 * 2**20)}, content=body)

    with pytest.raises(
        ReplyTooLargeError,
        match=r"^politie 47013NED RegioS: the reply announces 300\.0 MB, over the limit of 32\.0 MB; refused",
    ):
        read_rows(httpx.MockTransport(reply), tmp_path)
    assert body.sent == 0


def test_a_300_mb_reply_without_a_length_is_cut_off_at_the_limit(tmp_path: Path) -> None:
    body = _Spaces()
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=body))
    with pytest.raises(
        ReplyTooLargeError, match=re.escape("the reply passed the limit of 32.0 MB while arriving")
    ):
        read_rows(transport, tmp_path)
    assert body.sent <= Limits().max_reply_bytes + CHUNK  # not one chunk read past the limit
    assert list(tmp_path.iterdir()) == []  # and nothing cached


def test_a_gzip_bomb_is_stopped_at_the_limit_while_unpacking(tmp_path: Path) -> None:
    # 16 MB of zeros packs into 16 KB; a 2 MB bomb of the same kind unpacks to 2 GB.
    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    packed = bomb.compress(bytes(16 * 2**20)) + bomb.flush()
    assert len(packed) < 20 * 1024
    taken = 0

    async def body() -> AsyncIterator[bytes]:
        nonlocal taken
        for start in range(0, len(packed), 1024):
            taken += 1024
            yield packed[start : start + 1024]

    def reply(request: httpx.Request) -> httpx.Response:
        assert request.headers["Accept-Encoding"] == "gzip, deflate"
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body())

    with pytest.raises(
        ReplyTooLargeError, match=re.escape("the reply unpacks to more than the limit of 1.0 MB")
    ):
        read_rows(httpx.MockTransport(reply), tmp_path, Limits(max_reply_bytes=2**20))
    assert taken <= 4 * 1024  # 1 MB of zeros is about 1 KB packed: refused within a few chunks


def test_a_gzipped_reply_within_the_limit_is_read(tmp_path: Path) -> None:
    page = {"odata.metadata": "m", "value": [{"Key": "GM0415", "Title": "Landsmeer"}]}
    packed = zlib.compress(json.dumps(page).encode(), wbits=16 + zlib.MAX_WBITS)

    async def body() -> AsyncIterator[bytes]:
        yield packed

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Encoding": "gzip"}, content=body())

    assert read_rows(httpx.MockTransport(reply), tmp_path) == page["value"]


def test_the_cache_keeps_the_parsed_rows_only(tmp_path: Path) -> None:
    replies = [
        "<html>maintenance</html>",
        json.dumps({"odata.metadata": "m" * 10_000, "value": [{"Key": "GM0415"}], "extra": "x" * 10_000}),
    ]
    transport = httpx.MockTransport(lambda request: httpx.Response(200, text=replies.pop(0)))
    assert read_rows(transport, tmp_path) == [{"Key": "GM0415"}]
    (entry,) = tmp_path.iterdir()  # the HTML page was never stored
    stored = json.loads(entry.read_text(encoding="utf-8"))
    assert (stored["rows"], stored["next_link"]) == ([{"Key": "GM0415"}], None)
    assert entry.stat().st_size < 500  # not the 20 000 characters of the body
    assert ResponseCache(tmp_path, "offline").get(URL) is not None


@pytest.mark.parametrize("damage", ["{not json", '{"format": 2, "url": "elsewhere"}', "[]", ""])
def test_a_damaged_cache_entry_is_a_miss(tmp_path: Path, damage: str) -> None:
    cache = ResponseCache(tmp_path, "use")
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json={"value": [{"Key": "A"}]}))
    read_rows(transport, tmp_path)
    (entry,) = tmp_path.iterdir()
    entry.write_text(damage, encoding="utf-8")
    assert cache.get(URL) is None  # before: a JSONDecodeError traceback from the cache
    assert ResponseCache(tmp_path, "offline").get(URL) is None
