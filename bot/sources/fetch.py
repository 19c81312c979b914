"""Polite, guarded HTTP fetching for feeds and pages (aiohttp).

Every request made by the bot goes through `Fetcher.fetch`:

- a real User-Agent, gzip/deflate, a timeout per request;
- conditional GET (If-None-Match / If-Modified-Since), so an unchanged feed
  costs a 304 and nothing else;
- a cap on the body size, enforced while streaming (a Content-Length over the
  cap is refused before reading; a chunked body is cut off at the cap), so a
  50 MB body never sits in memory;
- redirects followed by hand and counted, each hop checked again;
- per-host politeness: a few requests at a time and a delay between starts;
- the address guard: private, loopback, link-local and other non-global
  addresses are refused unless `allow_private_addresses` is on. Host names are
  resolved by our own resolver and only checked addresses are connected to, so
  DNS cannot hand the connection a different address than the one checked.

Failures raise `FetchError` (a `SourceError`) whose message is the reason shown
to the user; `transient` says whether trying again later may help.
"""

from __future__ import annotations

import asyncio
import codecs
import ipaddress
import logging
import re
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp.abc import ResolveResult
from aiohttp.resolver import ThreadedResolver
from yarl import URL

from bot.config import Settings
from bot.sources.errors import SourceError

log = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
AddressPolicy = Callable[[IPAddress], bool]

ACCEPT_ANY = ("application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.9, "
              "text/xml;q=0.9, text/html;q=0.8, application/xhtml+xml;q=0.8, */*;q=0.5")
_REDIRECTS = {301, 302, 303, 307, 308}
_CHUNK = 64 * 1024


class FetchError(SourceError):
    """A URL that could not be fetched; the message is the reason. `transient`: worth retrying later."""

    def __init__(self, message: str, *, transient: bool = False, status: int | None = None) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


class BlockedAddressError(OSError):
    """Raised by the resolver for a host that resolves only to refused addresses."""


def describe_address(ip: IPAddress) -> str | None:
    """Why an address is refused ('a loopback address'), or None for a public one."""
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        return describe_address(ip.ipv4_mapped)
    if ip.is_loopback:
        return "a loopback address"
    if ip.is_link_local:
        return "a link-local address"
    if ip.is_private:
        return "a private address"
    if ip.is_multicast:
        return "a multicast address"
    if ip.is_unspecified:
        return "an unspecified address"
    if ip.is_reserved or not ip.is_global:
        return "a reserved address"
    return None


def public_only(ip: IPAddress) -> bool:
    return describe_address(ip) is None


def any_address(ip: IPAddress) -> bool:
    """Every address: for tests that pass their own policy, never chosen by a setting."""
    return True


_LOCAL_OK = (None, "a loopback address", "a private address")


def private_allowed(ip: IPAddress) -> bool:
    """TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES=1: public, loopback and private ranges (a test server, a LAN), but
    never link-local (169.254.169.254 is the cloud metadata service, whose answers hold credentials),
    multicast, unspecified or reserved addresses, whatever a redirect or a teaser link asks for."""
    return describe_address(ip) in _LOCAL_OK


def refusal(host: str, ip: IPAddress) -> str:
    what = describe_address(ip) or "a refused address"
    shown = f"{host} ({ip})" if host != str(ip) else str(ip)
    if what not in _LOCAL_OK:
        return f"refused: {shown} is {what}; such addresses are never fetched"
    return (f"refused: {shown} is {what}; fetching private, loopback and link-local addresses is off "
            "(set TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES=1 to allow private and loopback ones)")


class GuardedResolver(ThreadedResolver):
    """Resolves names itself and returns only the addresses the policy allows."""

    def __init__(self, allowed: AddressPolicy) -> None:
        super().__init__()
        self._allowed = allowed

    async def resolve(self, host: str, port: int = 0,
                      family: socket.AddressFamily = socket.AF_INET) -> list[ResolveResult]:
        results = await super().resolve(host, port, family)
        kept, refused = [], None
        for r in results:
            ip = ipaddress.ip_address(r["host"].split("%", 1)[0])
            if self._allowed(ip):
                kept.append(r)
            elif refused is None:
                refused = ip
        if not kept:
            if refused is not None:
                raise BlockedAddressError(refusal(host, refused))
            raise BlockedAddressError(f"cannot resolve {host}")
        return kept


@dataclass(slots=True)
class Response:
    """A fetched body (capped) with what the caller needs to decode it and to ask again conditionally."""

    url: str                       # the final URL, after redirects
    status: int
    content_type: str              # lower-cased media type without parameters, "" when absent
    charset: str | None
    body: bytes
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    def text(self) -> str:
        return decode_body(self.body, self.charset)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""")


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip()).name
    except LookupError:
        return None


def decode_body(body: bytes, declared: str | None = None) -> str:
    """Text from bytes: BOM, then the declared charset (header, <meta>, XML declaration) if the bytes
    really are in it, then detection, then windows-1252 (which decodes anything). A page served as
    UTF-8 but written in Latin-1 comes out right instead of full of replacement characters."""
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace").lstrip("\ufeff")
    head = body[:2048]
    candidates: list[str | None] = [_known_codec(declared)]
    m = _META_CHARSET.search(head) or _XML_ENCODING.search(head.lstrip())
    if m:
        candidates.append(_known_codec(m.group(1).decode("ascii", "ignore")))
    candidates.append("utf-8")
    for candidate in candidates:
        if candidate is None:
            continue
        if candidate in ("latin-1", "iso8859-1"):
            candidate = "cp1252"  # what "ISO-8859-1" means on the web (WHATWG)
        try:
            return body.decode(candidate)
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly ASCII with a few bytes outside it: Western text in windows-1252, the web's usual mistake.
    high = sum(1 for b in body[:200_000] if b >= 0x80)
    if high <= 0.1 * min(len(body), 200_000):
        try:
            return body.decode("cp1252")
        except UnicodeDecodeError:
            pass
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body[:200_000]).best()
        if best is not None and best.encoding:
            return body.decode(best.encoding, errors="replace")
    except Exception:  # detection is a nicety; windows-1252 below always works
        pass
    return body.decode("cp1252", errors="replace")


class _HostGate:
    """Per-host politeness: at most `concurrency` requests at once and `delay` seconds between starts."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.semaphore = asyncio.Semaphore(max(1, concurrency))
        self.delay = max(0.0, delay)
        self.lock = asyncio.Lock()
        self.next_start = 0.0

    async def wait_turn(self) -> None:
        if not self.delay:
            return
        async with self.lock:
            now = time.monotonic()
            if self.next_start > now:
                await asyncio.sleep(self.next_start - now)
            self.next_start = time.monotonic() + self.delay


class Fetcher:
    """One HTTP session with the guard and the politeness rules. Use as `async with Fetcher(settings) as f:`.

    `allow` overrides the address policy (tests use it to allow exactly their loopback server).
    """

    def __init__(self, settings: Settings, *, allow: AddressPolicy | None = None) -> None:
        self.settings = settings
        self.allow: AddressPolicy = allow or (private_allowed if settings.allow_private_addresses else public_only)
        self._session: aiohttp.ClientSession | None = None
        self._gates: dict[str, _HostGate] = {}

    async def __aenter__(self) -> Fetcher:
        await self.open()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def open(self) -> None:
        if self._session is not None:
            return
        connector = aiohttp.TCPConnector(
            resolver=GuardedResolver(self.allow),
            limit=32,
            limit_per_host=max(1, self.settings.fetch_host_concurrency),
            ttl_dns_cache=300,
        )
        timeout = aiohttp.ClientTimeout(total=self.settings.fetch_timeout,
                                        sock_connect=min(10.0, self.settings.fetch_timeout))
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=timeout, trust_env=False,  # no proxy from the environment around the guard
            headers={"User-Agent": self.settings.user_agent, "Accept-Encoding": "gzip, deflate"},
            auto_decompress=True, cookie_jar=aiohttp.DummyCookieJar(),
        )

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _gate(self, host: str) -> _HostGate:
        gate = self._gates.get(host)
        if gate is None:
            gate = self._gates[host] = _HostGate(self.settings.fetch_host_concurrency, self.settings.fetch_host_delay)
        return gate

    def _check_url(self, url: URL) -> None:
        if url.scheme not in ("http", "https"):
            raise FetchError(f"not an http(s) URL: {url}")
        host = url.raw_host
        if not host:
            raise FetchError(f"no host in URL: {url}")
        try:
            ip = ipaddress.ip_address(host.strip("[]").split("%", 1)[0])
        except ValueError:
            if host.rstrip(".").isdigit():  # 2130706433 = 127.0.0.1 in disguise
                raise FetchError(f"refused: {host} is not a canonical address") from None
            return  # a name: the resolver checks what it resolves to
        if not self.allow(ip):
            raise FetchError(refusal(host, ip))

    async def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
                    accept: str = ACCEPT_ANY) -> Response:
        """GET `url`, following redirects by hand. A 304 comes back as a Response with status 304."""
        if self._session is None:
            await self.open()
        assert self._session is not None
        try:
            current = URL(url)
        except ValueError as exc:
            raise FetchError(f"not a valid URL: {exc}") from None
        seen = {str(current)}
        headers = {"Accept": accept}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        for hop in range(self.settings.max_redirects + 1):
            self._check_url(current)
            status, location, response = await self._request(current, headers)
            if location is None:
                assert response is not None
                return response
            if hop == self.settings.max_redirects:
                break
            try:
                nxt = current.join(URL(location))
            except ValueError:
                raise FetchError(f"HTTP {status} redirect to an invalid URL: {location!r}") from None
            if str(nxt) in seen:
                raise FetchError(f"redirect loop: {current} redirects back to {nxt}")
            seen.add(str(nxt))
            log.info("redirect %s -> %s", current, nxt)
            current = nxt
        raise FetchError(f"too many redirects (more than {self.settings.max_redirects}) from {url}")

    async def _request(self, url: URL, headers: dict[str, str]) -> tuple[int, str | None, Response | None]:
        assert self._session is not None
        host = (url.host or "").lower()
        gate = self._gate(host)
        timeout = self.settings.fetch_timeout
        try:
            async with gate.semaphore:
                await gate.wait_turn()
                async with asyncio.timeout(timeout), self._session.get(url, headers=headers,
                                                                       allow_redirects=False) as resp:
                    if resp.status in _REDIRECTS:
                        location = resp.headers.get("Location")
                        if not location:
                            raise FetchError(f"HTTP {resp.status} redirect without a Location", status=resp.status)
                        return resp.status, location, None
                    if resp.status == 304:
                        return 304, None, self._response(resp, b"")
                    if resp.status >= 400:
                        raise FetchError(f"HTTP {resp.status} {resp.reason or ''}".rstrip(),
                                         transient=resp.status >= 500 or resp.status in (408, 429),
                                         status=resp.status)
                    body = await self._read_capped(resp)
                    return resp.status, None, self._response(resp, body)
        except FetchError:
            raise
        except TimeoutError:
            raise FetchError(f"timed out after {timeout:g} s", transient=True) from None
        except aiohttp.ClientConnectorDNSError as exc:
            cause = exc.os_error
            if isinstance(cause, BlockedAddressError):
                raise FetchError(str(cause)) from None
            raise FetchError(f"cannot resolve {host}: {cause.strerror or cause}", transient=True) from None
        except aiohttp.ClientConnectorError as exc:
            raise FetchError(f"cannot connect to {host}: {exc.os_error.strerror or exc.os_error}",
                             transient=True) from None
        except aiohttp.TooManyRedirects:
            raise FetchError(f"too many redirects (more than {self.settings.max_redirects})") from None
        except aiohttp.ClientPayloadError as exc:
            raise FetchError(f"broken response body: {exc}", transient=True) from None
        except aiohttp.ClientResponseError as exc:
            raise FetchError(f"bad HTTP response: {exc.message}", transient=True) from None
        except aiohttp.InvalidURL as exc:
            raise FetchError(f"not a valid URL: {exc}") from None
        except aiohttp.ClientError as exc:
            raise FetchError(f"HTTP error: {exc.__class__.__name__}: {exc}", transient=True) from None

    async def _read_capped(self, resp: aiohttp.ClientResponse) -> bytes:
        cap = self.settings.max_fetch_bytes
        declared = resp.content_length
        if declared is not None and declared > cap and not resp.headers.get("Content-Encoding"):
            raise FetchError(f"too large: {declared:,} bytes (the limit is {cap:,})")
        chunks: list[bytes] = []
        size = 0
        async for chunk in resp.content.iter_chunked(_CHUNK):
            size += len(chunk)
            if size > cap:  # stop reading; leaving the context closes the connection
                raise FetchError(f"too large: more than {cap:,} bytes (the limit); stopped reading")
            chunks.append(chunk)
        return b"".join(chunks)

    @staticmethod
    def _response(resp: aiohttp.ClientResponse, body: bytes) -> Response:
        ctype = resp.headers.get("Content-Type", "")
        media = ctype.split(";", 1)[0].strip().lower()
        charset = None
        m = re.search(r"charset\s*=\s*\"?([^\";\s]+)", ctype, re.I)
        if m:
            charset = m.group(1)
        headers: dict[str, Any] = {k.lower(): v for k, v in resp.headers.items()}
        return Response(url=str(resp.url), status=resp.status, content_type=media, charset=charset, body=body,
                        etag=resp.headers.get("ETag"), last_modified=resp.headers.get("Last-Modified"),
                        headers=headers)
