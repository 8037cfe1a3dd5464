"""On-disk cache of API replies, so `--offline` can re-run a fetch without the network.

Modes: 'use' takes replies younger than `max_age` and stores new ones; 'refresh' ignores what is
stored but still stores; 'offline' takes any stored reply, however old, and never the network.

Only parsed pages are stored (their rows and next page link, nothing else of the body), so a
garbled or oversized reply never reaches the disk; an entry that cannot be read is a miss.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ivp_cli.fetch.sources.replies import Page
from ivp_cli.write.atomic import write_atomic

CacheMode = Literal["use", "offline", "refresh"]
DEFAULT_MAX_AGE = 12 * 3600.0
_FORMAT = 2  # entries of another format (the raw bodies of earlier versions) are misses


@dataclass(frozen=True)
class ResponseCache:
    folder: Path
    mode: CacheMode = "use"
    max_age: float = DEFAULT_MAX_AGE

    def _path(self, url: str) -> Path:
        return self.folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".json")

    def get(self, url: str) -> Page | None:
        if self.mode == "refresh":
            return None
        try:
            entry = json.loads(self._path(url).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None  # absent, unreadable or damaged: ask the source again
        return _page(entry, url, self.mode == "offline", self.max_age)

    def put(self, url: str, page: Page) -> None:
        entry = {
            "format": _FORMAT,
            "url": url,
            "stored_at": time.time(),
            "rows": page.rows,
            "next_link": page.next_link,
        }
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            # Not synced: an entry a crash leaves empty or damaged is a miss, asked for again.
            data = json.dumps(entry, ensure_ascii=False).encode("utf-8")
            write_atomic(self._path(url), data, durable=False)
        except (OSError, ValueError):
            pass  # the cache only saves requests: an unwritable cache folder must not fail the fetch


def _page(entry: Any, url: str, any_age: bool, max_age: float) -> Page | None:
    if not isinstance(entry, dict) or entry.get("format") != _FORMAT or entry.get("url") != url:
        return None
    rows, link, stored = entry.get("rows"), entry.get("next_link"), entry.get("stored_at")
    if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
        return None
    if not (link is None or isinstance(link, str)) or not isinstance(stored, int | float):
        return None
    return Page(rows, link) if any_age or time.time() - stored < max_age else None
