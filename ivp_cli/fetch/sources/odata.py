"""One small async OData client over a single httpx.AsyncClient: cache, retries, paging, limits."""

from __future__ import annotations

import asyncio
import json
import random
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

import httpx

from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import allowed

Row = dict[str, Any]
_CAP_MESSAGE = re.compile(r"more than \d+ records")


class SourceError(Exception):
    """A data source failed; the message names the table and the query."""


class TableMissingError(SourceError):
    pass


class CapExceededError(SourceError):
    """The ODataApi refused a query over its 10 000-cell cap (HTTP 500): split it and ask again."""


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    timeout: float = 30.0

    def delay(self, attempt: int) -> float:
        bounded: float = min(self.max_delay, self.base_delay * 2.0**attempt)
        return bounded * (0.5 + random.random() / 2)  # jitter keeps parallel retries apart


@dataclass
class ClientStats:
    requests: int = 0
    retries: int = 0
    cache_hits: int = 0


@dataclass
class ODataClient:
    http: httpx.AsyncClient
    cache: ResponseCache
    base_urls: Mapping[str, str]
    policy: RetryPolicy = field(default_factory=RetryPolicy)
    concurrency: int = 4
    stats: ClientStats = field(default_factory=ClientStats)

    def __post_init__(self) -> None:
        self._limit = asyncio.Semaphore(self.concurrency)

    async def rows(self, url: str, params: Mapping[str, str] | None, what: str) -> list[Row]:
        """All rows of a query, following `odata.nextLink` pages."""
        rows: list[Row] = []
        next_url: str | None = with_query(url, params or {})
        while next_url is not None:
            reply = await self._reply(next_url, what)
            rows.extend(reply["value"])
            next_url = reply.get("odata.nextLink") or reply.get("@odata.nextLink")
            if next_url is not None and not allowed(next_url, self.base_urls):
                raise SourceError(f"{what}: the server sent a next page on another host: {next_url}")
        return rows

    async def _reply(self, url: str, what: str) -> dict[str, Any]:
        cached = self.cache.get(url)
        if cached is not None:
            self.stats.cache_hits += 1
            return parse_reply(cached, what, url)
        if self.cache.mode == "offline":
            raise SourceError(f"{what}: --offline and no cached reply for GET {url}")
        body, reply = await self._fetch(url, what)
        self.cache.put(url, body)
        return reply

    async def _fetch(self, url: str, what: str) -> tuple[str, dict[str, Any]]:
        failure = "no attempt made"
        for attempt in range(self.policy.attempts):
            if attempt:
                self.stats.retries += 1
                await asyncio.sleep(self.policy.delay(attempt - 1))
            try:
                body = await self._get(url, what)
                return body, parse_reply(body, what, url)
            except TransientError as error:
                failure = str(error)
        raise SourceError(f"{what}: {failure}; gave up after {self.policy.attempts} attempts: GET {url}")

    async def _get(self, url: str, what: str) -> str:
        async with self._limit:
            self.stats.requests += 1
            try:
                response = await self.http.get(url, timeout=self.policy.timeout)
            except httpx.TimeoutException as error:
                raise TransientError(f"timed out ({type(error).__name__})") from error
            except httpx.TransportError as error:
                raise TransientError(f"connection failed ({type(error).__name__}: {error})") from error
        return check_status(response, what, url)


def with_query(url: str, params: Mapping[str, str]) -> str:
    """Spaces as %20, never '+': padded keys ('3.1.1 ') must reach the server exactly."""
    if not params:
        return url
    return url + "?" + urlencode(params, quote_via=quote, safe="$',()")


class TransientError(SourceError):
    """Worth another attempt: 5xx, timeouts, resets, a garbled body."""


def check_status(response: httpx.Response, what: str, url: str) -> str:
    status = response.status_code
    if status == 404:
        raise TableMissingError(f"{what}: not found (HTTP 404): the table may no longer exist: GET {url}")
    if status == 500 and _CAP_MESSAGE.search(response.text):
        raise CapExceededError(f"{what}: over the 10 000-cell cap: GET {url}")
    if status >= 500:
        raise TransientError(f"HTTP {status}")
    if status >= 400:
        raise SourceError(f"{what}: HTTP {status}: {response.text[:200]!r}: GET {url}")
    return response.text


def parse_reply(body: str, what: str, url: str) -> dict[str, Any]:
    try:
        reply = json.loads(body)
    except json.JSONDecodeError as error:
        if body.lstrip()[:1] == "<":
            raise TransientError("answered with an HTML page instead of JSON") from error
        raise TransientError(f"invalid or truncated JSON ({error.msg} at character {error.pos})") from error
    if not isinstance(reply, dict) or not isinstance(reply.get("value"), list):
        raise TransientError("the reply has no OData 'value' list")
    return reply
