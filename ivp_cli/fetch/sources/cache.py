"""On-disk cache of API replies, so `--offline` can re-run a fetch without the network.

Modes: 'use' takes replies younger than `max_age` and stores new ones; 'refresh' ignores what is
stored but still stores; 'offline' takes any stored reply, however old, and never the network.
"""

from __future__ import annotations

import hashlib
import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ivp_cli.write.atomic import write_atomic

CacheMode = Literal["use", "offline", "refresh"]
DEFAULT_MAX_AGE = 12 * 3600.0


@dataclass(frozen=True)
class ResponseCache:
    folder: Path
    mode: CacheMode = "use"
    max_age: float = DEFAULT_MAX_AGE

    def _path(self, url: str) -> Path:
        return self.folder / (hashlib.sha256(url.encode()).hexdigest()[:32] + ".json")

    def get(self, url: str) -> str | None:
        if self.mode == "refresh":
            return None
        path = self._path(url)
        if not path.is_file():
            return None
        entry = json.loads(path.read_text(encoding="utf-8"))
        fresh = self.mode == "offline" or time.time() - float(entry["stored_at"]) < self.max_age
        return str(entry["body"]) if entry.get("url") == url and fresh else None

    def put(self, url: str, body: str) -> None:
        entry = {"url": url, "stored_at": time.time(), "body": body}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            write_atomic(self._path(url), json.dumps(entry, ensure_ascii=False).encode("utf-8"))
        except OSError:
            pass  # the cache only saves requests: an unwritable cache folder must not fail the fetch
