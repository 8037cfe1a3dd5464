"""An OData v3 host in the shape of dataderden.cbs.nl, with switches for failure modes.

One set of answers, served two ways: `ODataMock` is an httpx.MockTransport in the client's own
event loop; `ODataServer` listens on a 127.0.0.1 socket in a thread. Use the mock unless the test
is about what only a socket does (a real read timeout, a dropped connection, the CLI end to end).
"""

from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from demo.odata_filter import FilterError, Node, parse_filter
from demo.odata_tables import Table, standard_tables

CAP = 10_000  # cells, counted as rows x returned columns (ivp_cli/fetch/sources/query.py says why)
MAX_QUERY_STRING = 2_048  # IIS' default maxQueryString, in bytes
POLICE_INTERNAL_HOST = "dataderden.prod.cbsp.nl"
HTML_PAGE = "<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>"
# The body IIS sends with HTTP 404.15 (shortened): request filtering, not a missing table.
IIS_QUERY_TOO_LONG = (
    "<!DOCTYPE html><html><head><title>IIS 10.0 Detailed Error - 404.15 - Not Found</title></head>"
    "<body><h3>HTTP Error 404.15 - Not Found</h3><h4>The request filtering module is configured to "
    "deny a request where the query string is too long.</h4></body></html>"
)
HTML, JSON = "text/html", "application/json;charset=utf-8"
Query = dict[str, str]


@dataclass
class Switches:
    latency: float = 0.0
    errors_500: int = 0  # answer this many requests with HTTP 500 (an HTML page), then recover
    resets: int = 0  # drop this many connections without an answer
    hangs: int = 0  # stall this many requests for `hang_seconds` (past the client's timeout)
    hang_seconds: float = 1.0
    drip_seconds: float = 0.0  # on the socket: send bodies one byte at a time, this long apart
    truncated: int = 0  # send this many bodies cut in half
    html_pages: int = 0  # answer this many requests with HTTP 200 and an HTML page
    wrong_rows: bool = False  # TypedDataSet rows without their dimension columns (valid JSON)
    missing_tables: set[str] = field(default_factory=set)
    page_size: int = 1000  # ODataFeed rows per page
    cap: int = CAP  # ODataApi refuses replies with more cells than this
    max_query_string: int = MAX_QUERY_STRING  # longer query strings get IIS' 404.15 page
    # Feed pages link to the next on this host, as the police service does; None: the host asked.
    next_link_host: str | None = POLICE_INTERNAL_HOST
    extra_rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # table -> rows to add
    redirects: int = 0  # answer this many requests with a 302 to the same path on `redirect_to`
    redirect_to: str | None = None  # a base URL; None: the host asked


@dataclass
class ServerState:
    tables: dict[str, Table] = field(default_factory=standard_tables)
    switches: Switches = field(default_factory=Switches)
    requests: list[tuple[str, Query]] = field(default_factory=list)
    answered: list[int] = field(default_factory=list)  # the HTTP status of every reply, in order
    raw: list[tuple[str, str]] = field(default_factory=list)  # path and query string as sent
    in_flight: int = 0
    most_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def take(self, name: str) -> bool:
        """Use up one of a counted failure switch."""
        with self.lock:
            left = getattr(self.switches, name)
            if left > 0:
                setattr(self.switches, name, left - 1)
            return bool(left > 0)

    def data_requests(self) -> list[Query]:
        return [query for path, query in self.requests if path.endswith("/TypedDataSet")]

    def raw_queries(self) -> list[str]:
        """The query strings of the data requests, percent-encoded as they were sent."""
        return [query for path, query in self.raw if path.endswith("/TypedDataSet")]

    @contextmanager
    def serving(self, target: str) -> Iterator[Asked]:
        """Record one `GET target` and count it as in flight until it is answered."""
        parts = urlsplit(target)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with self.lock:
            self.requests.append((parts.path, query))
            self.raw.append((parts.path, parts.query))
            self.in_flight += 1
            self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            yield Asked(parts.path, query, parts.query)
        finally:
            with self.lock:
                self.in_flight -= 1


@dataclass(frozen=True)
class Asked:
    path: str
    query: Query
    raw_query: str  # as sent, still percent-encoded


@dataclass(frozen=True)
class Reply:
    status: int
    body: str
    kind: str
    location: str | None = None


def answer(state: ServerState, host: str, asked: Asked) -> Reply:
    """The reply to one GET, once the connection-level faults (latency, resets, hangs) are past."""
    reply = _reply(state, host, asked)
    with state.lock:
        state.answered.append(reply.status)
    return reply


def _reply(state: ServerState, host: str, asked: Asked) -> Reply:
    path, query = asked.path, asked.query
    if len(asked.raw_query.encode("ascii")) > state.switches.max_query_string:
        return Reply(404, IIS_QUERY_TOO_LONG, HTML)
    if state.take("redirects"):
        target = f"{state.switches.redirect_to or f'http://{host}'}{path}?{asked.raw_query}"
        return Reply(302, "", HTML, target)
    if state.take("errors_500"):
        return Reply(500, HTML_PAGE, HTML)
    if state.take("html_pages"):
        return Reply(200, HTML_PAGE, HTML)
    status, reply = _answer(state, host, path, query)
    body = reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)
    if state.take("truncated"):
        body = body[: len(body) // 2]
    return Reply(status, body, JSON)


def _answer(state: ServerState, host: str, path: str, query: Query) -> tuple[int, Any]:
    pieces = path.strip("/").split("/")
    if len(pieces) != 4 or pieces[0] not in ("ODataApi", "ODataFeed") or pieces[1] != "odata":
        return 404, {"odata.error": {"message": {"value": "No route"}}}
    api, _, name, entity = pieces
    table = state.tables.get(name)
    if table is None or name in state.switches.missing_tables:
        return 404, {"odata.error": {"message": {"value": f"Table {name} not found"}}}
    try:
        rows = _rows(state, table, entity, query)
    except (FilterError, KeyError) as error:
        return 400, {"odata.error": {"message": {"value": f"Bad request: {error}"}}}
    cap = state.switches.cap
    if api == "ODataApi" and sum(len(row) for row in rows) > cap:
        return 500, f'{{"odata.error":{{"message":{{"value":"query returns more than {cap} records"}}}}}}'
    base = f"http://{host}/{api}/odata/{name}"
    next_base = f"http://{state.switches.next_link_host or host}/{api}/odata/{name}"
    return 200, _envelope(state, (base, next_base), api == "ODataFeed", entity, rows, query)


def _rows(state: ServerState, table: Table, entity: str, query: Query) -> Sequence[Mapping[str, object]]:
    if entity == "DataProperties":
        return table.data_properties()
    if entity == "Perioden":
        return table.periods
    if entity in table.dimensions:
        return table.dimensions[entity]
    if entity != "TypedDataSet":
        raise KeyError(entity)
    if state.switches.wrong_rows:
        return [{"ID": 0, "Waarde": 1}]
    return typed_rows(table, query) + state.switches.extra_rows.get(table.name, [])


def _envelope(
    state: ServerState,
    bases: tuple[str, str],
    feed: bool,
    entity: str,
    rows: Sequence[Mapping[str, object]],
    query: Query,
) -> dict[str, Any]:
    """The OData wrapper; the ODataFeed pages by `$skip` and `odata.nextLink`, the ODataApi does not."""
    base, next_base = bases
    skip = int(query.get("$skip", 0)) if feed else 0
    top = int(query["$top"]) if "$top" in query else len(rows)
    rows = rows[skip : skip + top] if feed else rows[:top]
    reply: dict[str, Any] = {"odata.metadata": f"{base}/$metadata#Cbs.OData.WebAPI.{entity}"}
    size = state.switches.page_size
    reply["value"] = list(rows[:size] if feed else rows)
    if feed and len(rows) > size:
        reply["odata.nextLink"] = f"{next_base}/{entity}?{urlencode({**query, '$skip': skip + size})}"
    return reply


def typed_rows(table: Table, query: Query) -> list[dict[str, Any]]:
    where: Node | None = parse_filter(query["$filter"]) if query.get("$filter") else None
    lists = {
        **{d: [r["Key"] for r in rows] for d, rows in table.dimensions.items()},
        "Perioden": [r["Key"] for r in table.periods],
    }
    for dim, keys in lists.items():
        wanted = where.candidates(dim) if where else None
        # An unpadded key matches nothing, as on the real host: no error, no rows.
        lists[dim] = [k for k in keys if wanted is None or k in wanted]
    columns = query.get("$select", "").split(",") if query.get("$select") else None
    rows: list[dict[str, Any]] = []
    for combo in itertools.product(*lists.values()):
        cell = dict(zip(lists, combo, strict=True))
        if where is None or where(cell):
            row = {"ID": len(rows), **cell, **{t: table.value(cell, t) for t in table.topics}}
            rows.append({k: v for k, v in row.items() if columns is None or k in columns})
    return rows


class ODataMock:
    """The host as an httpx.MockTransport: no socket, no thread. A hang is a ReadTimeout at once
    and a reset a RemoteProtocolError, as httpx raises them from a real connection."""

    def __init__(self, host: str = "odata.test") -> None:
        self.state = ServerState()
        self.url = f"http://{host}"
        self.transport = httpx.MockTransport(self._handle)

    async def _handle(self, request: httpx.Request) -> httpx.Response:
        with self.state.serving(request.url.raw_path.decode("ascii")) as asked:
            await asyncio.sleep(self.state.switches.latency)
            if self.state.take("resets"):
                raise httpx.RemoteProtocolError(
                    "Server disconnected without sending a response.", request=request
                )
            if self.state.take("hangs"):
                raise httpx.ReadTimeout("timed out", request=request)
            reply = answer(self.state, request.headers["Host"], asked)
        data = reply.body.encode("utf-8")
        headers = {"Content-Type": reply.kind, "Content-Length": str(len(data))}
        if reply.location:
            headers["Location"] = reply.location
        # A stream, not content=: httpx would read the body into memory here, before the client does.
        return httpx.Response(reply.status, headers=headers, stream=httpx.ByteStream(data))


class Handler(BaseHTTPRequestHandler):
    server: ODataServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        state = self.server.state
        with state.serving(self.path) as asked:
            time.sleep(state.switches.latency)
            if state.take("resets"):
                self.close_connection = True
                return
            if state.take("hangs"):
                time.sleep(state.switches.hang_seconds)
            reply = answer(state, self.headers["Host"], asked)
            data = reply.body.encode("utf-8")
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.kind)
            self.send_header("Content-Length", str(len(data)))
            if reply.location:
                self.send_header("Location", reply.location)
            self.end_headers()
            self._send(data)

    def _send(self, data: bytes) -> None:
        drip = self.server.state.switches.drip_seconds
        if not drip:
            self.wfile.write(data)
            return
        for index in range(len(data)):  # one byte at a time: every read is quick, the whole is not
            self.wfile.write(data[index : index + 1])
            self.wfile.flush()
            time.sleep(drip)


class ODataServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = ServerState()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that timed out and hung up is part of the test, not a server fault
