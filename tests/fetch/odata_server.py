"""A local OData v3 server in the shape of dataderden.cbs.nl, with switches for failure modes."""

from __future__ import annotations

import itertools
import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

from .odata_filter import FilterError, Node, parse_filter
from .odata_tables import Table, standard_tables

CAP = 10_000
HTML_PAGE = "<!DOCTYPE html><html><body><h1>Service Unavailable</h1></body></html>"


@dataclass
class Switches:
    latency: float = 0.0
    errors_500: int = 0  # answer this many requests with HTTP 500 (an HTML page), then recover
    resets: int = 0  # drop this many connections without an answer
    hangs: int = 0  # stall this many requests for `hang_seconds` (past the client's timeout)
    hang_seconds: float = 1.0
    truncated: int = 0  # send this many bodies cut in half
    html_pages: int = 0  # answer this many requests with HTTP 200 and an HTML page
    wrong_rows: bool = False  # TypedDataSet rows without their dimension columns (valid JSON)
    missing_tables: set[str] = field(default_factory=set)
    page_size: int = 1000  # ODataFeed rows per page
    cap: int = CAP  # ODataApi refuses replies with more rows than this


@dataclass
class ServerState:
    tables: dict[str, Table] = field(default_factory=standard_tables)
    switches: Switches = field(default_factory=Switches)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
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

    def data_requests(self) -> list[dict[str, str]]:
        return [query for path, query in self.requests if path.endswith("/TypedDataSet")]


class Handler(BaseHTTPRequestHandler):
    server: ODataServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        state = self.server.state
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query, keep_blank_values=True).items()}
        with state.lock:
            state.requests.append((parts.path, query))
            state.in_flight += 1
            state.most_in_flight = max(state.most_in_flight, state.in_flight)
        try:
            self._serve(parts.path, query)
        finally:
            with state.lock:
                state.in_flight -= 1

    def _serve(self, path: str, query: dict[str, str]) -> None:
        state = self.server.state
        time.sleep(state.switches.latency)
        if state.take("resets"):
            self.close_connection = True
            return
        if state.take("hangs"):
            time.sleep(state.switches.hang_seconds)
        if state.take("errors_500"):
            return self._send(500, HTML_PAGE, "text/html")
        if state.take("html_pages"):
            return self._send(200, HTML_PAGE, "text/html")
        status, reply = self._answer(path, query)
        body = reply if isinstance(reply, str) else json.dumps(reply, ensure_ascii=False)
        if state.take("truncated"):
            body = body[: len(body) // 2]
        self._send(status, body, "application/json;charset=utf-8")

    def _send(self, status: int, body: str, kind: str) -> None:
        data = body.encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _answer(self, path: str, query: dict[str, str]) -> tuple[int, Any]:
        pieces = path.strip("/").split("/")
        if len(pieces) != 4 or pieces[0] not in ("ODataApi", "ODataFeed") or pieces[1] != "odata":
            return 404, {"odata.error": {"message": {"value": "No route"}}}
        api, _, name, entity = pieces
        table = self.server.state.tables.get(name)
        if table is None or name in self.server.state.switches.missing_tables:
            return 404, {"odata.error": {"message": {"value": f"Table {name} not found"}}}
        try:
            rows = self._rows(table, entity, query)
        except (FilterError, KeyError) as error:
            return 400, {"odata.error": {"message": {"value": f"Bad request: {error}"}}}
        cap = self.server.state.switches.cap
        if api == "ODataApi" and len(rows) > cap:
            return 500, f'{{"odata.error":{{"message":{{"value":"query returns more than {cap} records"}}}}}}'
        return 200, self._envelope(api, name, entity, rows, query)

    def _rows(self, table: Table, entity: str, query: dict[str, str]) -> list[dict[str, Any]]:
        if entity == "DataProperties":
            return table.data_properties()
        if entity == "Perioden":
            return table.periods
        if entity in table.dimensions:
            return table.dimensions[entity]
        if entity != "TypedDataSet":
            raise KeyError(entity)
        if self.server.state.switches.wrong_rows:
            return [{"ID": 0, "Waarde": 1}]
        return typed_rows(table, query)

    def _envelope(
        self, api: str, name: str, entity: str, rows: list[dict[str, Any]], query: dict[str, str]
    ) -> dict[str, Any]:
        base = f"http://{self.headers['Host']}/{api}/odata/{name}"
        skip = int(query.get("$skip", 0)) if api == "ODataFeed" else 0
        top = int(query["$top"]) if "$top" in query else len(rows)
        rows = rows[skip : skip + top] if api == "ODataFeed" else rows[:top]
        reply: dict[str, Any] = {"odata.metadata": f"{base}/$metadata#Cbs.OData.WebAPI.{entity}"}
        size = self.server.state.switches.page_size
        reply["value"] = rows[:size] if api == "ODataFeed" else rows
        if api == "ODataFeed" and len(rows) > size:
            reply["odata.nextLink"] = f"{base}/{entity}?{urlencode({**query, '$skip': skip + size})}"
        return reply


def typed_rows(table: Table, query: dict[str, str]) -> list[dict[str, Any]]:
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
    rows = []
    for combo in itertools.product(*lists.values()):
        cell = dict(zip(lists, combo, strict=True))
        if where is None or where(cell):
            row = {"ID": len(rows), **cell, **{t: table.value(cell, t) for t in table.topics}}
            rows.append({k: v for k, v in row.items() if columns is None or k in columns})
    return rows


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
