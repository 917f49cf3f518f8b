"""The whole-fetch deadline: a clock, and a watchdog that cuts every connection of the fetch when it passes.

Timeouts on each read do not bound a fetch: a server that drips one byte a second, or sends its
headers a byte at a time, never lets a read time out. So each fetch has a watchdog thread that, at
the deadline, shuts down the sockets the fetch opened; whatever read was waiting returns at once.
Name lookups, which take no timeout at all, run in a helper thread that is waited for only as long
as the deadline allows.
"""

from __future__ import annotations

import contextlib
import functools
import ipaddress
import socket
import ssl
import threading
import time
from collections.abc import Iterable
from types import TracebackType

import httpcore
import httpx

from parsers.errors import NetworkError
from parsers.fetch_messages import seconds
from parsers.proxies import Proxy, proxy_for


class Deadline:
    """A time limit for one fetch, and the connections to cut when it passes."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._ends = time.monotonic() + seconds
        self._lock = threading.Lock()
        self._handles: list[socket.socket] = []
        self._cut = False
        # A deadline set to "inf" in the config still needs a timer the thread library accepts.
        self._timer = threading.Timer(min(max(0.0, seconds), threading.TIMEOUT_MAX), self._cut_all)
        self._timer.daemon = True

    def __enter__(self) -> Deadline:
        self._timer.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self._timer.cancel()
        with self._lock:
            self._cut = True  # nothing opened from now on needs watching
            for handle in self._handles:
                handle.close()
            self._handles.clear()

    def remaining(self) -> float:
        """Seconds left, never below zero."""
        return max(0.0, self._ends - time.monotonic())

    def expired(self) -> bool:
        """Whether the deadline has passed."""
        return time.monotonic() >= self._ends

    def error(self) -> NetworkError:
        """The plain sentence for a fetch that ran out of time."""
        return NetworkError(f"the download took longer than {seconds(self.seconds)}, the time limit")

    def check(self) -> None:
        """Raise the deadline's error once it has passed."""
        if self.expired():
            raise self.error()

    def watch(self, sock: socket.socket) -> None:
        """Cut this socket at the deadline; a duplicate handle keeps it reachable even once TLS wraps it."""
        handle = sock.dup()
        with self._lock:
            if not self._cut:
                self._handles.append(handle)
                return
        _shut(handle)
        handle.close()

    def _cut_all(self) -> None:
        with self._lock:
            self._cut = True
            for handle in self._handles:
                _shut(handle)


def _shut(handle: socket.socket) -> None:
    """Shut a socket down both ways: a read waiting on it in another thread returns at once."""
    with contextlib.suppress(OSError):  # already closed by the peer or by the fetch
        handle.shutdown(socket.SHUT_RDWR)


def _resolve(host: str, port: int, timeout: float) -> list[str]:
    """A host's addresses, looked up in a helper thread: the system resolver takes no timeout of its own."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        pass  # a name, not an address: look it up
    found: list[str] = []
    failures: list[OSError] = []
    done = threading.Event()

    def look_up() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            found.extend(str(info[4][0]) for info in infos)
        except OSError as error:
            failures.append(error)
        finally:
            done.set()

    threading.Thread(target=look_up, daemon=True).start()
    if not done.wait(timeout):
        raise httpcore.ConnectTimeout("the name lookup took too long")
    if failures:
        error = httpcore.ConnectError(str(failures[0]))
        # httpcore re-raises with `from None`, which drops a cause; the context survives to name it.
        error.__context__ = failures[0]
        raise error
    return list(dict.fromkeys(found))


class _WatchedBackend(httpcore.NetworkBackend):
    """httpcore's own sockets, each handed to the deadline as it is opened."""

    def __init__(self, deadline: Deadline) -> None:
        self._inner = httpcore.SyncBackend()
        self._deadline = deadline

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        """Look the host up and connect, within both the connect timeout and what is left of the deadline."""
        failure = httpcore.ConnectError("the host has no address")
        for address in _resolve(host, port, self._limit(timeout)):
            try:
                stream = self._inner.connect_tcp(
                    address, port, self._limit(timeout), local_address, socket_options
                )
            except httpcore.ConnectError as error:
                failure = error  # try the host's next address, as socket.create_connection does
                continue
            self._deadline.watch(stream.get_extra_info("socket"))
            return stream
        raise failure

    def _limit(self, timeout: float | None) -> float:
        """A step's timeout, cut to what is left of the deadline."""
        remaining = self._deadline.remaining()
        if remaining <= 0:
            raise httpcore.ConnectTimeout("the deadline has passed")
        return remaining if timeout is None else min(timeout, remaining)

    def sleep(self, seconds: float) -> None:
        """httpcore sleeps only between retries, which fineprint does not make."""
        time.sleep(min(seconds, self._deadline.remaining()))


@functools.cache
def _tls_context() -> ssl.SSLContext:
    """One verifying TLS context for every fetch: loading the certificate store takes a while."""
    return httpx.create_ssl_context(trust_env=False)


class _RoutedTransport(httpx.BaseTransport):
    """Sends each request directly or through the proxy the environment names for its address."""

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline
        self._routes: dict[Proxy | None, httpx.HTTPTransport] = {}

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        """Send one request by its route; a redirect to another host may take another route."""
        proxy = proxy_for(request.url.scheme, request.url.host)
        if proxy not in self._routes:
            self._routes[proxy] = _transport(self._deadline, proxy)
        return self._routes[proxy].handle_request(request)

    def close(self) -> None:
        """Close every route's connections."""
        for transport in self._routes.values():
            transport.close()


def watched_transport(deadline: Deadline) -> httpx.BaseTransport:
    """An httpx transport whose connections the deadline can cut, through a proxy where one is set."""
    return _RoutedTransport(deadline)


def _transport(deadline: Deadline, proxy: Proxy | None) -> httpx.HTTPTransport:
    """One route's transport: httpx's own, with its connection pool rebuilt on the watched backend."""
    transport = httpx.HTTPTransport(verify=_tls_context(), trust_env=False)
    backend = _WatchedBackend(deadline)
    # httpx takes no network backend, so its connection pool is replaced by one built with ours;
    # the fetch tests (drip, slow headers, proxy) fail if a later httpx stops reading `_pool`.
    if proxy is None:
        transport._pool = httpcore.ConnectionPool(ssl_context=_tls_context(), network_backend=backend)
    else:
        transport._pool = httpcore.HTTPProxy(
            proxy_url=proxy.url,
            proxy_auth=proxy.auth,
            ssl_context=_tls_context(),
            proxy_ssl_context=_tls_context() if proxy.url.startswith("https:") else None,
            network_backend=backend,
        )
    return transport
