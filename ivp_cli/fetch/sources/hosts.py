"""Which hosts the client may contact: the known API hosts, unless the user overrides them.

A plan file names only a source ('politie', 'cbs'), never a URL, so a plan cannot point the
client at an arbitrary host; only `--base-url` or the environment can.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from ivp_cli.errors import UsageError

KNOWN_HOSTS: dict[str, str] = {
    # data.politie.nl's tables (catalog Politie: 47013NED SoortMisdrijf, 47021NED Overlast) live on
    # the CBS third-party host; their measure columns are read from DataProperties, never assumed.
    "politie": "https://dataderden.cbs.nl",
    "cbs": "https://opendata.cbs.nl",
}
ENV_VARS = {"politie": "IVP_POLITIE_BASE_URL", "cbs": "IVP_CBS_BASE_URL"}


class HostError(UsageError):
    """A --base-url or IVP_*_BASE_URL value that ivp may not or cannot use."""

    def __init__(self, message: str) -> None:
        super().__init__(f"ivp: {message}")


def parse_overrides(options: Sequence[str]) -> dict[str, str]:
    """`politie=http://127.0.0.1:8000` options -> {source: base URL}."""
    overrides: dict[str, str] = {}
    for option in options:
        source, sep, url = option.partition("=")
        if not sep or source not in KNOWN_HOSTS:
            known = ", ".join(KNOWN_HOSTS)
            raise HostError(f"--base-url expects SOURCE=URL with SOURCE one of {known}, got '{option}'")
        overrides[source] = _checked_url(url, option)
    return overrides


def base_urls(overrides: Mapping[str, str], environ: Mapping[str, str] | None = None) -> dict[str, str]:
    environ = os.environ if environ is None else environ
    urls = dict(KNOWN_HOSTS)
    for source, variable in ENV_VARS.items():
        if environ.get(variable):
            urls[source] = _checked_url(environ[variable], variable)
    urls.update(overrides)
    return urls


def allowed(url: str, urls: Mapping[str, str]) -> bool:
    """Whether `url` lies on one of the configured hosts (redirects are checked with this)."""
    target = urlsplit(url)
    return any(
        (target.scheme, target.netloc) == (urlsplit(base).scheme, urlsplit(base).netloc)
        for base in urls.values()
    )


def _checked_url(url: str, origin: str) -> str:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise HostError(f"{origin}: '{url}' is not an http(s) URL")
    return url.rstrip("/")
