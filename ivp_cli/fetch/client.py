"""The one httpx client of a fetch run, with TLS set up only when a source is reached over https."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from urllib.parse import urlsplit

import httpx


def http_client(
    base_urls: Mapping[str, str], timeout: float, transport: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncClient:
    """`transport` None is the network; tests pass a mock."""
    return httpx.AsyncClient(
        timeout=timeout, follow_redirects=False, verify=tls_verify(base_urls), transport=transport
    )


def tls_verify(base_urls: Mapping[str, str]) -> ssl.SSLContext | bool:
    """True (httpx loads the CA bundle, 20-40 ms) when any source is https.

    With plain-http sources only (a mirror, the test server) a context that trusts no certificate and
    checks host names: building it costs nothing, and a request that still went to https would fail
    verification, never pass unverified.
    """
    if any(urlsplit(url).scheme != "http" for url in base_urls.values()):
        return True
    return ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
