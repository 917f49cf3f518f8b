"""A hostile HTTP server on 127.0.0.1 for the fetch tests and benchmark: bombs, drips, loops and lies.

It writes raw bytes on a socket, so it can do what a well-behaved server library will not: drip a
body or its headers, lie about a length, stack forty encodings, never stop sending. Each endpoint
says what fineprint must make of it: the page, or the error class and the sentence it raises.
Every loop here is bounded in count and time, and all of them stop when the server stops.
"""

from __future__ import annotations

import gzip
import io
import socket
import threading
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from http import HTTPStatus

import brotli

from parsers.errors import FetchError, HttpStatusError, NetworkError

# The slow endpoints send a byte at this interval, for at most this many steps (a minute).
DRIP_INTERVAL = 0.05
DRIP_STEPS = 1200
# How much an endless body may send before the server gives up on it.
ENDLESS_BYTES = 2 << 30
_SEGMENT = 1 << 20
_REQUEST_LIMIT = 64 * 1024
_TLS_HANDSHAKE = b"\x16\x03"

PAGE = (
    "<!doctype html><html><head><meta charset='utf-8'><title>Fine for a café</title></head><body>"
    "<article><h1>Fine for a café</h1><p>The regulator fined the café €2 million under the GDPR, "
    "its largest penalty this year, after a long inquiry into its loyalty app.</p></article></body></html>"
).encode()
RSS = (
    b"<?xml version='1.0'?><rss version='2.0'><channel><title>Fines</title><link>http://x.test/</link>"
    b"<item><title>A fine</title><link>http://x.test/a</link><description>A $5 million fine.</description>"
    b"</item></channel></rss>"
)
JSON_FEED = (
    b'{"version": "https://jsonfeed.org/version/1.1", "title": "Fines", "items": '
    b'[{"id": "1", "url": "http://x.test/a", "content_text": "A $5 million fine under COPPA."}]}'
)


@dataclass(frozen=True, slots=True)
class Endpoint:
    """One path: how it answers, and what a fetch of it must end in (no error: the page arrives)."""

    path: str
    family: str
    serve: Callable[[Reply], None]
    error: type[FetchError] | None = None
    says: str = ""
    slow: bool = False  # ends only at the deadline: tests give it a short one
    bomb: bool = False  # inflates far past the size limit: the benchmark measures memory
    unreadable: str = ""  # fetched fine, but the command line refuses the document with this sentence


class Reply:
    """The connection of one request, with the helpers an endpoint answers through."""

    def __init__(self, conn: socket.socket, server: HostileServer, path: str, query: str) -> None:
        self.conn = conn
        self.server = server
        self.path = path
        self.query = query

    def send(self, data: bytes) -> None:
        """Write raw bytes."""
        self.conn.sendall(data)

    def respond(
        self, body: bytes = b"", status: int = 200, headers: tuple[tuple[str, str], ...] = (),
        length: bool = True,
    ) -> None:  # fmt: skip
        """A whole response; without `length` the body runs until the connection closes."""
        self.send(head(status, headers, len(body) if length else None) + body)

    def pause(self, seconds: float) -> bool:
        """Wait; False once the server is stopping."""
        return not self.server.stopping.wait(seconds)


def head(status: int, headers: tuple[tuple[str, str], ...] = (), length: int | None = None) -> bytes:
    """A status line and headers, ready to send."""
    lines = [f"HTTP/1.1 {status} {HTTPStatus(status).phrase}", *(f"{k}: {v}" for k, v in headers)]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    lines += ["Connection: close", "", ""]
    return "\r\n".join(lines).encode("latin-1")


def deflate_bomb(size: int, wbits: int, fill: bytes = b" ") -> bytes:
    """`size` bytes of `fill`, compressed cheaply: one fully flushed segment, repeated, then a true trailer."""
    plain = fill * (_SEGMENT // len(fill))
    count = max(3, size // len(plain))
    packer = zlib.compressobj(9, zlib.DEFLATED, wbits)
    first = packer.compress(plain) + packer.flush(zlib.Z_FULL_FLUSH)
    again = packer.compress(plain) + packer.flush(zlib.Z_FULL_FLUSH)
    finish = packer.compress(plain) + packer.flush(zlib.Z_FINISH)
    body = first + again * (count - 2) + finish
    if wbits > 16:  # gzip: CRC-32 and length of the whole
        crc = 0
        for _ in range(count):
            crc = zlib.crc32(plain, crc)
        return body[:-8] + crc.to_bytes(4, "little") + (count * len(plain) % (1 << 32)).to_bytes(4, "little")
    if wbits > 0:  # zlib: Adler-32 of the whole
        adler = 1
        for _ in range(count):
            adler = zlib.adler32(plain, adler)
        return body[:-4] + adler.to_bytes(4, "big")
    return body


def brotli_bomb(size: int) -> bytes:
    """`size` spaces in Brotli, compressed a segment at a time."""
    packer = brotli.Compressor(quality=1, lgwin=24)
    plain = b" " * _SEGMENT
    parts = [packer.process(plain) for _ in range(max(1, size // _SEGMENT))]
    return b"".join([*parts, packer.finish()])


def gzip_times(data: bytes, times: int) -> bytes:
    """`data` gzipped `times` over."""
    for _ in range(times):
        data = gzip.compress(data, 9)
    return data


def _docx() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    return buffer.getvalue()


# --- endpoints -------------------------------------------------------------------------------------

HTML = "text/html; charset=utf-8"


def _page(body: bytes, content_type: str = HTML, encoding: str | None = None) -> Callable[[Reply], None]:
    headers = (("Content-Type", content_type),) + ((("Content-Encoding", encoding),) if encoding else ())
    return lambda reply: reply.respond(body, headers=headers)


def _redirect(location: str, status: int = 302) -> Callable[[Reply], None]:
    return lambda reply: reply.respond(status=status, headers=(("Location", location),))


def _status(status: int, retry_after: str | None = None) -> Callable[[Reply], None]:
    headers = (("Retry-After", retry_after),) if retry_after else ()
    return lambda reply: reply.respond(b"no page here", status, headers)


def _endless_redirect(reply: Reply) -> None:
    number = reply.query.removeprefix("n=")
    step = int(number) if number.isdigit() else 0
    reply.respond(status=302, headers=(("Location", f"/redirect-endless?n={step + 1}"),))


def _unavailable(reply: Reply) -> None:
    when = format_datetime(datetime.now(UTC) + timedelta(seconds=90), usegmt=True)
    reply.respond(b"down", 503, (("Retry-After", when),))


def _huge_headers(reply: Reply) -> None:
    filler = tuple((f"X-Filler-{index}", "f" * 1000) for index in range(1000))
    reply.respond(PAGE, headers=(("Content-Type", HTML), *filler))


def _endless_headers(reply: Reply) -> None:
    reply.send(b"HTTP/1.1 200 OK\r\n")
    for index in range(ENDLESS_BYTES // 1024):
        if reply.server.stopping.is_set():
            return
        reply.send(f"X-More-{index}: {'m' * 1000}\r\n".encode())


def _drip(reply: Reply) -> None:
    reply.send(head(200, (("Content-Type", HTML),)) + b"<p>")
    for _ in range(DRIP_STEPS):
        if not reply.pause(DRIP_INTERVAL):
            return
        reply.send(b"a")


def _slow_headers(reply: Reply) -> None:
    reply.send(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    for _ in range(DRIP_STEPS):
        if not reply.pause(DRIP_INTERVAL):
            return
        reply.send(b"s")


def _stall(reply: Reply) -> None:
    reply.pause(DRIP_INTERVAL * DRIP_STEPS)


def _endless(reply: Reply) -> None:
    reply.send(head(200, (("Content-Type", HTML),)))
    chunk = b"<p>" + b"a" * (64 * 1024 - 3)
    for _ in range(ENDLESS_BYTES // len(chunk)):
        if reply.server.stopping.is_set():
            return
        reply.send(chunk)


# Bomb bodies by name, each built once per server at its bomb size (several endpoints share one).
BOMB_BUILDERS: dict[str, Callable[[int], bytes]] = {}


def _bomb(name: str, encoding: str, build: Callable[[int], bytes]) -> Callable[[Reply], None]:
    BOMB_BUILDERS[name] = build
    headers = (("Content-Type", HTML), ("Content-Encoding", encoding))
    return lambda reply: reply.respond(reply.server.body(name), headers=headers)


def _gzip_bomb(layers: int) -> Callable[[int], bytes]:
    return lambda size: gzip_times(deflate_bomb(size, 31), layers - 1)


def _redirect_to_own(scheme: str, host: str, path: str) -> Callable[[Reply], None]:
    """A redirect to this same server under another scheme or host name."""
    return lambda reply: _redirect(f"{scheme}://{host}:{reply.server.port}{path}")(reply)


def _redirect_to_closed_port(reply: Reply) -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    _redirect(f"http://127.0.0.1:{port}/page")(reply)


def _reset(reply: Reply) -> None:
    # Closing with a zero linger time sends a reset instead of an orderly end.
    reply.conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, (1).to_bytes(4, "little") + bytes(4))


def _three_encoding_lines(reply: Reply) -> None:
    lines = tuple(("Content-Encoding", "gzip") for _ in range(3))
    reply.respond(gzip_times(PAGE, 3), headers=(("Content-Type", HTML), *lines))


def _endless_chunks(reply: Reply) -> None:
    reply.send(head(200, (("Content-Type", HTML), ("Transfer-Encoding", "chunked"))))
    chunk = b"10000\r\n" + b"<p>" + b"c" * (0x10000 - 3) + b"\r\n"
    for _ in range(ENDLESS_BYTES // 0x10000):
        if reply.server.stopping.is_set():
            return
        reply.send(chunk)


_LOOP = "redirects in a loop"
_TOO_BIG = "larger than 10 MB"
_BROKEN = "incomplete or malformed"
_TIME = "took longer than"
_UTF7 = b"<p>+ADw-script+AD4-alert(1)+ADw-/script+AD4- caf\xc3\xa9</p>"
_HUGE_LABEL = b"<meta charset='" + b"u" * (1 << 20) + b"'>"
_LATIN1 = (
    b"<html><head><meta charset=iso-8859-1><title>Un caf\xe9 condamn\xe9</title></head><body><article>"
    b"<h1>Un caf\xe9 condamn\xe9</h1><p>Un caf\xe9 \x80 5 million: the regulator fined the caf\xe9 "
    b"under the GDPR for tracking its customers without asking them first.</p></article></body></html>"
)
_PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n" * 50
_RETRY_120 = r"^the server asked to wait 120 seconds before trying again \(429 Too Many Requests\)$"

# fmt: off
ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint("/page", "success", _page(PAGE)),
    Endpoint("/no-content-type", "success", lambda reply: reply.respond(PAGE)),
    Endpoint("/chain-1", "redirect", _redirect("/chain-2", 301)),
    Endpoint("/chain-2", "redirect", _redirect("/chain-3", 307)),
    Endpoint("/chain-3", "redirect", _redirect("/page", 308)),
    Endpoint("/page-gzip", "encoding", _page(gzip.compress(PAGE), HTML, "gzip")),
    Endpoint("/page-deflate", "encoding", _page(zlib.compress(PAGE), HTML, "deflate")),
    Endpoint("/page-deflate-raw", "encoding", _page(zlib.compress(PAGE, wbits=-15), HTML, "deflate")),
    Endpoint("/page-br", "encoding", _page(brotli.compress(PAGE), HTML, "br")),
    Endpoint("/page-gzip-br", "encoding", _page(brotli.compress(gzip.compress(PAGE)), HTML, "gzip, br")),
    Endpoint("/feed-rss", "feed", _page(RSS, "application/rss+xml")),
    Endpoint("/feed-json", "feed", _page(JSON_FEED, "application/feed+json")),
    Endpoint("/charset-utf7", "charset", _page(_UTF7, "text/html; charset=utf-7")),
    Endpoint("/charset-made-up", "charset", _page(PAGE, "text/html; charset=x-made-up-9")),
    Endpoint("/charset-user-defined", "charset", _page(PAGE, "text/html; charset=x-user-defined")),
    Endpoint("/charset-huge", "charset", _page(_HUGE_LABEL + PAGE, "text/html; charset=" + "x" * 8000)),
    Endpoint("/charset-latin1-meta", "charset", _page(_LATIN1, "text/html")),

    Endpoint("/empty", "success", _page(b""), unreadable="the document is empty"),
    Endpoint("/redirect-localhost", "redirect", _redirect_to_own("http", "localhost", "/page")),

    Endpoint("/redirect-https", "network", _redirect_to_own("https", "127.0.0.1", "/page"), NetworkError, "secure connection"),
    Endpoint("/redirect-closed-port", "network", _redirect_to_closed_port, NetworkError, "connection was refused"),
    Endpoint("/redirect-dns", "network", _redirect("http://no-such-host.invalid/page"), NetworkError, "name could not be found|took longer"),
    Endpoint("/reset", "network", _reset, NetworkError, "connection broke"),
    Endpoint("/close-at-once", "network", lambda reply: None, FetchError, _BROKEN),
    Endpoint("/not-http", "network", lambda reply: reply.send(b"SSH-2.0-OpenSSH_9.6\r\n"), FetchError, _BROKEN),
    Endpoint("/chunked-endless", "size", _endless_chunks, FetchError, _TOO_BIG),
    Endpoint("/three-encoding-lines", "encoding", _three_encoding_lines, FetchError, "3 times over"),
    Endpoint("/redirect-loop", "redirect", _redirect("/redirect-loop"), FetchError, _LOOP),
    Endpoint("/ping", "redirect", _redirect("/pong"), FetchError, _LOOP),
    Endpoint("/pong", "redirect", _redirect("/ping"), FetchError, _LOOP),
    Endpoint("/redirect-endless", "redirect", _endless_redirect, FetchError, "redirected more than 10 times"),
    Endpoint("/redirect-file", "redirect", _redirect("file:///etc/passwd"), FetchError, "redirected to a file: address"),
    Endpoint("/redirect-javascript", "redirect", _redirect("javascript:alert(1)"), FetchError, "an address fineprint cannot follow"),
    Endpoint("/status-404", "status", _status(404), HttpStatusError, r"^the server answered 404 Not Found$"),
    Endpoint("/status-410", "status", _status(410), HttpStatusError, r"^the server answered 410 Gone$"),
    Endpoint("/status-500", "status", _status(500), HttpStatusError, r"^the server answered 500 Internal Server Error$"),
    Endpoint("/status-429", "status", _status(429, "120"), HttpStatusError, _RETRY_120),
    Endpoint("/status-429-junk", "status", _status(429, "soon" * 500), HttpStatusError, r"^the server answered 429 Too Many Requests$"),
    Endpoint("/status-503-date", "status", _unavailable, HttpStatusError, r"wait \d+ seconds? before trying again \(503 Service"),
    Endpoint("/huge-headers", "headers", _huge_headers, FetchError, _BROKEN),
    Endpoint("/endless-headers", "headers", _endless_headers, FetchError, _BROKEN),
    Endpoint("/drip", "slow", _drip, NetworkError, _TIME, slow=True),
    Endpoint("/slow-headers", "slow", _slow_headers, NetworkError, _TIME, slow=True),
    Endpoint("/stall", "slow", _stall, NetworkError, _TIME, slow=True),
    Endpoint("/endless", "size", _endless, FetchError, _TOO_BIG),
    Endpoint("/huge-declared", "size", lambda r: r.send(head(200, (("Content-Type", HTML),), 99_999_999_999)), FetchError, _TOO_BIG),
    Endpoint("/lying-length", "size", lambda r: r.send(head(200, (("Content-Type", HTML),), 100_000) + PAGE), FetchError, _BROKEN),
    Endpoint("/stacked-40", "encoding", _page(gzip_times(PAGE, 40), HTML, ", ".join(["gzip"] * 40)), FetchError, "40 times over"),
    Endpoint("/zstd", "encoding", _page(b"\x28\xb5\x2f\xfd" + PAGE, HTML, "zstd"), FetchError, "with zstd, which"),
    Endpoint("/unknown-encoding", "encoding", _page(PAGE, HTML, "x-squash"), FetchError, "with x-squash, which"),
    Endpoint("/bad-gzip", "encoding", _page(b"\x1f\x8b\x08\x00" + PAGE, HTML, "gzip"), FetchError, "could not be decompressed"),
    Endpoint("/pdf-as-html", "type", _page(_PDF), FetchError, "^the server sent a PDF document, not a web page$"),
    Endpoint("/png-as-html", "type", _page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(500)), FetchError, "a PNG image"),
    Endpoint("/docx-as-html", "type", _page(_docx()), FetchError, "a Word document"),
    Endpoint("/mp4-as-html", "type", _page(b"\x00\x00\x00\x18ftypmp42" + bytes(500)), FetchError, "an MP4 video"),
    Endpoint("/elf-as-text", "type", _page(b"\x7fELF\x02\x01\x01" + bytes(500), "text/plain"), FetchError, "a Linux program"),
    Endpoint("/gzip-in-body", "type", _page(gzip.compress(PAGE)), FetchError, "gzip-compressed data"),
    Endpoint("/nul-binary", "type", _page(bytes(range(256)) * 8), FetchError, "binary data"),
    Endpoint("/image-type", "type", _page(b"\x89PNG\r\n\x1a\n", "image/png"), FetchError, "sent image/png, which is not"),
    Endpoint("/octet-stream", "type", _page(PAGE, "application/octet-stream"), FetchError, "application/octet-stream"),
    Endpoint("/json-not-feed", "type", _page(b'{"version": 2, "items": []}', "application/json"), FetchError, "not a JSON Feed"),
    Endpoint("/bomb-gzip", "bomb", _bomb("gzip", "gzip", _gzip_bomb(1)), FetchError, _TOO_BIG, bomb=True),
    Endpoint("/bomb-gzip-2x", "bomb", _bomb("gzip2", "gzip, gzip", _gzip_bomb(2)), FetchError, _TOO_BIG, bomb=True),
    Endpoint("/bomb-gzip-3x", "bomb", _bomb("gzip3", "gzip, gzip, gzip", _gzip_bomb(3)), FetchError, "3 times over", bomb=True),
    Endpoint("/bomb-gzip-3x-as-one", "bomb", _bomb("gzip3", "gzip", _gzip_bomb(3)), FetchError, "gzip-compressed data", bomb=True),
    Endpoint("/bomb-deflate", "bomb", _bomb("deflate", "deflate", lambda n: deflate_bomb(n, 15)), FetchError, _TOO_BIG, bomb=True),
    Endpoint("/bomb-deflate-raw", "bomb", _bomb("raw", "deflate", lambda n: deflate_bomb(n, -15)), FetchError, _TOO_BIG, bomb=True),
    Endpoint("/bomb-brotli", "bomb", _bomb("br", "br", brotli_bomb), FetchError, _TOO_BIG, bomb=True),
    Endpoint("/bomb-brotli-gzip", "bomb", _bomb("brgz", "br, gzip", lambda n: gzip.compress(brotli_bomb(n))), FetchError, _TOO_BIG, bomb=True),
)
# fmt: on
ENDPOINTS_BY_PATH = {point.path: point for point in ENDPOINTS}


# --- the server ------------------------------------------------------------------------------------


class HostileServer:
    """The endpoints above on 127.0.0.1, a thread a connection; a context manager."""

    def __init__(self, bomb_bytes: int = 1 << 30) -> None:
        self.bomb_bytes = bomb_bytes
        self.stopping = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._listener.settimeout(0.2)
        self.port = self._listener.getsockname()[1]
        self._bodies: dict[str, bytes] = {}
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._accept, daemon=True)

    def __enter__(self) -> HostileServer:
        self._thread.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stopping.set()
        self._thread.join(timeout=5)
        self._listener.close()

    def url(self, path: str) -> str:
        """The address of a path on this server."""
        return f"http://127.0.0.1:{self.port}{path}"

    def body(self, name: str) -> bytes:
        """A bomb body, built once at the server's bomb size."""
        with self._lock:
            if name not in self._bodies:
                self._bodies[name] = BOMB_BUILDERS[name](self.bomb_bytes)
            return self._bodies[name]

    def prepare(self) -> dict[str, int]:
        """Build every bomb now (so no request waits for one); their sizes in bytes, by name."""
        return {name: len(self.body(name)) for name in BOMB_BUILDERS}

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self._listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._handle, args=(conn,), daemon=True).start()

    def _handle(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(10)
            try:
                target = _request_target(conn)
                path, _, query = target.partition("?")
                point = ENDPOINTS_BY_PATH.get(path)
                if path == "/tls":  # a client speaking TLS to this plain server: answer in clear text
                    conn.sendall(head(400, length=0))
                elif point is None:
                    conn.sendall(head(404, length=0))
                else:
                    point.serve(Reply(conn, self, path, query))
            except OSError:
                pass  # the client hung up, as it should on a refusal


def _request_target(conn: socket.socket) -> str:
    """The path of the request on this connection; a TLS greeting gets plain HTTP back at once."""
    data = b""
    while b"\r\n\r\n" not in data and len(data) < _REQUEST_LIMIT:
        if data.startswith(_TLS_HANDSHAKE):
            return "/tls"
        chunk = conn.recv(4096)
        if not chunk:
            break
        data += chunk
    parts = data.split(b"\r\n", 1)[0].split(b" ")
    return parts[1].decode("latin-1") if len(parts) >= 2 else "/"
