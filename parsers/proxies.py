"""Which proxy a fetch goes through: the environment's http_proxy, https_proxy, all_proxy and no_proxy.

They are read as curl reads them (lower case first, a proxy without a scheme is an http one), so a
reader behind a company proxy fetches like every other tool on the machine. Loopback addresses never
go through a proxy: a page served on this machine is always reached directly.
"""

from __future__ import annotations

import ipaddress
import urllib.request
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

# The standard library's no_proxy matcher; typeshed leaves it out of urllib.request's stubs.
from urllib.request import proxy_bypass_environment  # type: ignore[attr-defined]

from parsers.errors import FetchError

# The proxies httpcore can speak to; a SOCKS proxy needs a package fineprint does not carry.
PROXY_SCHEMES = ("http", "https")
_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


@dataclass(frozen=True, slots=True)
class Proxy:
    """A proxy's address without credentials, and the credentials apart."""

    url: str
    auth: tuple[str, str] | None = None


def proxy_for(scheme: str, host: str) -> Proxy | None:
    """The proxy for a request to `host` over `scheme`, or None to connect directly."""
    proxies = urllib.request.getproxies_environment()
    configured = proxies.get(scheme) or proxies.get("all")
    if not configured or _is_loopback(host) or proxy_bypass_environment(host, proxies):
        return None
    return parse_proxy(configured)


def parse_proxy(configured: str) -> Proxy:
    """A proxy setting as a Proxy; raises FetchError naming a kind of proxy fineprint cannot use."""
    text = configured.strip()
    if "://" not in text:
        text = f"http://{text}"  # as curl: "proxy.example:3128" is an http proxy
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise FetchError("the proxy set in the environment is not a valid address") from None
    scheme = parts.scheme.lower()
    if scheme not in PROXY_SCHEMES:
        shown = scheme if scheme.isascii() and scheme.isalnum() else "unknown"
        raise FetchError(
            f"the proxy set in the environment is a {shown} proxy; fineprint can use only http proxies"
        )
    if not parts.hostname:
        raise FetchError("the proxy set in the environment is not a valid address")
    host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    address = f"{scheme}://{host}" + (f":{port}" if port is not None else "")
    auth = (unquote(parts.username), unquote(parts.password or "")) if parts.username else None
    return Proxy(address, auth)


def _is_loopback(host: str) -> bool:
    """Whether `host` names this machine."""
    name = host.strip("[]").lower()
    if name in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False
