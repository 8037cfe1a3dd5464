"""One small async OData client over a single httpx.AsyncClient: cache, retries, paging, limits.

Every request is bounded: a total deadline (a server that drips a byte a second still times out),
a reply size (as received and after decompression: a gzip bomb is stopped at the limit), at most
`max_pages` pages per query, a next page never read twice, and redirects followed only within
the allowed hosts.
"""

from __future__ import annotations

import asyncio
import random
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import urljoin

import httpx

from ivp_cli.fetch.sources.cache import ResponseCache
from ivp_cli.fetch.sources.hosts import allowed
from ivp_cli.fetch.sources.query import encode_query
from ivp_cli.fetch.sources.replies import (
    CapExceededError,
    Page,
    QueryTooLongError,
    ReplyTooLargeError,
    Row,
    SourceError,
    TableMissingError,
    TransientError,
    check_status,
    next_page_url,
    parse_reply,
    read_limited,
)

__all__ = [
    "CapExceededError",
    "ClientStats",
    "Limits",
    "ODataClient",
    "QueryTooLongError",
    "ReplyTooLargeError",
    "RetryPolicy",
    "Row",
    "SourceError",
    "TableMissingError",
    "TransientError",
    "with_query",
]

_REDIRECTS = (301, 302, 303, 307, 308)
# Only what ivp can decode within the size limit; httpx would offer br/zstd when installed.
_ACCEPT = {"Accept": "application/json", "Accept-Encoding": "gzip, deflate"}


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 4
    base_delay: float = 0.5
    max_delay: float = 8.0
    timeout: float = 30.0  # seconds for a whole request: connecting, waiting and reading the body

    def delay(self, attempt: int) -> float:
        bounded: float = min(self.max_delay, self.base_delay * 2.0**attempt)
        return bounded * (0.5 + random.random() / 2)  # jitter keeps parallel retries apart


@dataclass(frozen=True)
class Limits:
    # The largest real replies (a municipality list with descriptions, a Feed page) are a few MB.
    max_reply_bytes: int = 32 * 2**20  # as received, and again after decompression
    max_pages: int = 1_000
    max_redirects: int = 5


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
    limits: Limits = field(default_factory=Limits)

    def __post_init__(self) -> None:
        self._limit = asyncio.Semaphore(self.concurrency)
        self._writes: set[asyncio.Future[None]] = set()

    async def stored(self) -> None:
        """Wait until every reply read so far is in the cache (a run ends with them on disk)."""
        await asyncio.gather(*self._writes)

    async def rows(self, url: str, params: Mapping[str, str] | None, what: str) -> list[Row]:
        """All rows of a query, following `odata.nextLink` pages on the host the query went to."""
        first = with_query(url, params or {})
        rows: list[Row] = []
        read: set[str] = set()
        next_url: str | None = first
        while next_url is not None:
            if next_url in read:
                raise SourceError(f"{what}: the next page link points to a page already read: {next_url}")
            if len(read) == self.limits.max_pages:
                raise SourceError(f"{what}: more than {self.limits.max_pages} pages; stopped: GET {first}")
            read.add(next_url)
            page = await self._page(next_url, what)
            rows.extend(page.rows)
            next_url = None if page.next_link is None else next_page_url(page.next_link, first, what)
        return rows

    async def _page(self, url: str, what: str) -> Page:
        cached = self.cache.get(url)
        if cached is not None:
            self.stats.cache_hits += 1
            return cached
        if self.cache.mode == "offline":
            raise SourceError(f"{what}: --offline and no cached reply for GET {url}")
        page = await self._fetch(url, what)
        self._store(url, page)  # the parsed page only: never a body that failed to parse
        return page

    def _store(self, url: str, page: Page) -> None:
        """Write the page in a thread: the replies still arriving need not wait on a synced disk."""
        writing = asyncio.ensure_future(asyncio.to_thread(self.cache.put, url, page))
        self._writes.add(writing)
        writing.add_done_callback(self._writes.discard)

    async def _fetch(self, url: str, what: str) -> Page:
        failure = "no attempt made"
        for attempt in range(self.policy.attempts):
            if attempt:
                self.stats.retries += 1
                await asyncio.sleep(self.policy.delay(attempt - 1))
            try:
                return parse_reply(await self._get(url, what))
            except TransientError as error:
                failure = str(error)
        raise SourceError(f"{what}: {failure}; gave up after {self.policy.attempts} attempts: GET {url}")

    async def _get(self, url: str, what: str) -> str:
        target = url
        async with self._limit:
            for _ in range(self.limits.max_redirects + 1):
                self.stats.requests += 1
                status, location, body = await self._exchange(target, what)
                if status not in _REDIRECTS:
                    return check_status(status, body, what, target)
                target = self._redirected(target, location, status, what)
        raise SourceError(f"{what}: more than {self.limits.max_redirects} redirects: GET {url}")

    def _redirected(self, url: str, location: str | None, status: int, what: str) -> str:
        if not location:
            raise SourceError(f"{what}: HTTP {status} without a Location to follow: GET {url}")
        target = urljoin(url, location)
        if not allowed(target, self.base_urls):
            raise SourceError(f"{what}: redirected (HTTP {status}) to a host ivp may not contact: {target}")
        return target

    async def _exchange(self, url: str, what: str) -> tuple[int, str | None, str]:
        seconds = self.policy.timeout
        try:
            async with asyncio.timeout(seconds):
                async with self.http.stream("GET", url, headers=_ACCEPT, timeout=seconds) as response:
                    body = await read_limited(response, self.limits.max_reply_bytes)
                    return response.status_code, response.headers.get("Location"), body
        except ReplyTooLargeError as error:
            raise ReplyTooLargeError(f"{what}: {error}; refused: GET {url}") from None
        except (TimeoutError, httpx.TimeoutException) as error:
            raise TransientError(f"timed out: no complete reply within {seconds:g} s") from error
        except httpx.TransportError as error:
            raise TransientError(f"connection failed ({type(error).__name__}: {error})") from error


def with_query(url: str, params: Mapping[str, str]) -> str:
    return url + "?" + encode_query(params) if params else url
