"""What a reply means: its status, its body read within a size limit, its rows and next page."""

from __future__ import annotations

import json
import re
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

Row = dict[str, Any]
_CAP_MESSAGE = re.compile(r"more than \d+ records")
# IIS' page for HTTP 404.15 ("The request filtering module is configured to deny a request where the
# query string is too long") and ASP.NET's 400 ("... exceeds the configured maxQueryStringLength").
_QUERY_TOO_LONG = re.compile(r"404\.15|query string is too long|maxQueryString", re.IGNORECASE)


class SourceError(Exception):
    """A data source failed; the message names the table and the query."""


class TableMissingError(SourceError):
    pass


class CapExceededError(SourceError):
    """The ODataApi refused a query over its 10 000-cell cap (HTTP 500): split it and ask again."""


class QueryTooLongError(SourceError):
    """The server refused the query string as too long: split it and ask again."""


class ReplyTooLargeError(SourceError):
    """A reply over the size limit, as received or once decompressed; never retried."""


class TransientError(SourceError):
    """Worth another attempt: 5xx, timeouts, resets, a garbled body."""


@dataclass(frozen=True)
class Page:
    rows: list[Row]
    next_link: str | None = None


def check_status(status: int, body: str, what: str, url: str) -> str:
    if status == 414 or (status in (400, 404) and _QUERY_TOO_LONG.search(body)):
        raise QueryTooLongError(f"{what}: the server refused the query string as too long: GET {url}")
    if status == 404:
        raise TableMissingError(f"{what}: not found (HTTP 404): the table may no longer exist: GET {url}")
    if status == 500 and _CAP_MESSAGE.search(body):
        raise CapExceededError(f"{what}: over the 10 000-cell cap: GET {url}")
    if status >= 500:
        raise TransientError(f"HTTP {status}")
    if status >= 300 or status < 200:
        raise SourceError(f"{what}: HTTP {status}: {body[:200]!r}: GET {url}")
    return body


def parse_reply(body: str) -> Page:
    try:
        reply = json.loads(body)
    except json.JSONDecodeError as error:
        if body.lstrip()[:1] == "<":
            raise TransientError("answered with an HTML page instead of JSON") from error
        raise TransientError(f"invalid or truncated JSON ({error.msg} at character {error.pos})") from error
    if not isinstance(reply, dict) or not isinstance(reply.get("value"), list):
        raise TransientError("the reply has no OData 'value' list")
    rows = reply["value"]
    if not all(isinstance(row, dict) for row in rows):
        raise TransientError("the reply's 'value' list holds something other than rows")
    link = reply.get("odata.nextLink") or reply.get("@odata.nextLink")
    if link is not None and not isinstance(link, str):
        raise TransientError(f"the reply's next page link is not a text: {link!r}")
    return Page(rows, link)


def next_page_url(link: str, first: str, what: str) -> str:
    """The next page on the host and path of the first request, with the query the link carries.

    The police service names its internal host (dataderden.prod.cbsp.nl) in `odata.nextLink`;
    ivp never contacts a host a reply names, only the configured one.
    """
    target, origin = urlsplit(urljoin(first, link)), urlsplit(first)
    here, there = origin.path.casefold(), target.path.casefold()
    if not (here == there or here.endswith(there)):
        raise SourceError(f"{what}: the next page link names another resource: {link}")
    return urlunsplit((origin.scheme, origin.netloc, origin.path, target.query, ""))


async def read_limited(response: httpx.Response, limit: int) -> str:
    """The body as text, refused as soon as it passes `limit` bytes, as received or decompressed."""
    declared = response.headers.get("Content-Length", "")
    if declared.isdigit() and int(declared) > limit:
        raise ReplyTooLargeError(f"the reply announces {_mb(int(declared))}, over the limit of {_mb(limit)}")
    if response.is_stream_consumed:  # built in memory (a test transport): only its size to check
        return _text(response.content, limit)
    inflate = _decoder(response.headers.get("Content-Encoding", ""))
    received = size = 0
    parts: list[bytes] = []
    async for chunk in response.aiter_raw():
        received += len(chunk)
        if received > limit:
            raise ReplyTooLargeError(f"the reply passed the limit of {_mb(limit)} while arriving")
        piece = inflate(chunk, limit - size + 1)
        size += len(piece)
        if size > limit:
            raise ReplyTooLargeError(f"the reply unpacks to more than the limit of {_mb(limit)}")
        parts.append(piece)
    return _text(b"".join(parts), limit)


def _text(body: bytes, limit: int) -> str:
    if len(body) > limit:
        raise ReplyTooLargeError(f"the reply unpacks to more than the limit of {_mb(limit)}")
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as error:
        raise TransientError(f"the reply is not UTF-8 text ({error.reason} at byte {error.start})") from error


def _decoder(encoding: str) -> Callable[[bytes, int], bytes]:
    name = encoding.strip().lower()
    if name in ("", "identity"):
        return lambda data, room: data
    if name not in ("gzip", "x-gzip", "deflate"):
        raise TransientError(f"the reply uses Content-Encoding '{encoding}', which ivp did not ask for")
    stream = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in name else zlib.MAX_WBITS)

    def inflate(data: bytes, room: int) -> bytes:
        # max_length: never more than one byte past the limit in memory, however dense the input.
        try:
            return stream.decompress(data, room)
        except zlib.error as error:
            raise TransientError(f"the reply could not be decompressed ({name}: {error})") from error

    return inflate


def _mb(size: int) -> str:
    return f"{size / 2**20:.1f} MB"
