"""The fetcher against the local server: limits, conditional GET, redirects, and the private-address guard."""

from __future__ import annotations

import ipaddress
import time

import pytest

from bot.config import load_settings
from bot.sources.fetch import Fetcher, FetchError, decode_body, describe_address

pytestmark = pytest.mark.sqlite_only  # fetching only: no database behind these


async def test_plain_get_sends_a_real_user_agent_and_gzip(web_server, web_settings):
    async with Fetcher(web_settings) as f:
        resp = await f.fetch(web_server.url("/gzip.xml"))
    assert resp.status == 200
    assert b"Ivan Toney" in resp.body  # decompressed
    headers = web_server.headers_of("/gzip.xml")[0]
    assert headers["User-Agent"] == web_settings.user_agent
    assert "gzip" in headers["Accept-Encoding"]


async def test_conditional_get_with_etag_costs_a_304(web_server, web_settings):
    async with Fetcher(web_settings) as f:
        first = await f.fetch(web_server.url("/etag.xml"))
        assert first.status == 200 and first.etag == '"rss-v1"'
        second = await f.fetch(web_server.url("/etag.xml"), etag=first.etag, last_modified=first.last_modified)
    assert second.not_modified and second.body == b""
    sent = web_server.headers_of("/etag.xml")[1]
    assert sent["If-None-Match"] == '"rss-v1"'
    assert sent["If-Modified-Since"] == first.last_modified


async def test_http_500_is_a_transient_failure(web_server, web_settings):
    async with Fetcher(web_settings) as f:
        with pytest.raises(FetchError, match="HTTP 500") as info:
            await f.fetch(web_server.url("/error500"))
    assert info.value.transient


async def test_timeout_fires_fast(web_server, tmp_path):
    settings = load_settings(db=tmp_path / "t.db", allow_private_addresses=True, fetch_timeout=0.3,
                             fetch_host_delay=0.0)
    started = time.monotonic()
    async with Fetcher(settings) as f:
        with pytest.raises(FetchError, match=r"timed out after 0\.3 s"):
            await f.fetch(web_server.url("/slow"))
    assert time.monotonic() - started < 3


async def test_redirect_loop_is_detected(web_server, web_settings):
    async with Fetcher(web_settings) as f:
        with pytest.raises(FetchError, match="redirect loop"):
            await f.fetch(web_server.url("/loop/a"))
    assert web_server.count("/loop/a") == 1 and web_server.count("/loop/b") == 1


async def test_redirects_are_followed_and_counted(web_server, web_settings):
    async with Fetcher(web_settings) as f:
        resp = await f.fetch(web_server.url("/chain/5"))  # exactly max_redirects hops
        assert resp.url.endswith("/chain/0") and b"Osimhen" in resp.body
        with pytest.raises(FetchError, match=r"too many redirects \(more than 5\)"):
            await f.fetch(web_server.url("/chain/6"))


@pytest.mark.parametrize("declared", [False, True])
async def test_50_megabyte_body_is_cut_off_at_the_cap(web_server, web_settings, declared):
    url = web_server.url("/huge" + ("?declared=1" if declared else ""))
    started = time.monotonic()
    async with Fetcher(web_settings) as f:
        with pytest.raises(FetchError, match="too large") as info:
            await f.fetch(url)
    assert f"{web_settings.max_fetch_bytes:,}" in str(info.value)
    assert time.monotonic() - started < 5


async def test_body_in_the_wrong_encoding_is_decoded_right():
    raw = "Thomas Müller backed the €30m move to Bayern München".encode("cp1252")
    assert decode_body(raw, "utf-8") == "Thomas Müller backed the €30m move to Bayern München"
    assert decode_body("Müller".encode(), "iso-8859-1") == "MÃ¼ller"  # valid as declared: trusted
    assert decode_body(b"\xef\xbb\xbfM\xc3\xbcller", None) == "Müller"


# -- the private-address guard (setting off) -------------------------------------------------------

@pytest.fixture
def guarded(tmp_path):
    return load_settings(db=tmp_path / "t.db", allow_private_addresses=False, fetch_timeout=2.0,
                         fetch_host_delay=0.0)


async def test_guard_refuses_loopback_ip(web_server, guarded):
    async with Fetcher(guarded) as f:
        with pytest.raises(FetchError) as info:
            await f.fetch(web_server.url("/rss.xml"))
    message = str(info.value)
    assert "refused" in message and "127.0.0.1" in message and "loopback" in message
    assert "TRANSFERBOT_ALLOW_PRIVATE_ADDRESSES" in message
    assert web_server.hits == []  # never connected


async def test_guard_refuses_a_name_that_resolves_to_loopback(web_server, guarded):
    port = web_server.base.rsplit(":", 1)[1]
    async with Fetcher(guarded) as f:
        with pytest.raises(FetchError) as info:
            await f.fetch(f"http://localhost:{port}/rss.xml")
    assert "refused" in str(info.value) and "localhost" in str(info.value)
    assert web_server.hits == []


@pytest.mark.parametrize("url", ["http://10.1.2.3/", "http://192.168.0.10/feed", "http://169.254.169.254/latest/",
                                 "http://[::1]/", "http://[fe80::1]/", "http://0.0.0.0/", "http://2130706433/"])
async def test_guard_refuses_private_and_link_local_literals(guarded, url):
    async with Fetcher(guarded) as f:
        with pytest.raises(FetchError, match="refused"):
            await f.fetch(url)


async def test_guard_is_checked_again_on_every_redirect(web_server, guarded):
    only_the_test_server = lambda ip: ip == ipaddress.ip_address("127.0.0.1")  # noqa: E731
    async with Fetcher(guarded, allow=only_the_test_server) as f:
        assert (await f.fetch(web_server.url("/moved"))).status == 200  # allowed hop, allowed target
        with pytest.raises(FetchError, match=r"refused: 10\.0\.0\.1 is a private address"):
            await f.fetch(web_server.url("/to-private"))
        with pytest.raises(FetchError, match=r"refused: 127\.0\.0\.2 is a loopback address"):
            await f.fetch(web_server.url("/to-loopback"))


def test_address_descriptions():
    assert describe_address(ipaddress.ip_address("8.8.8.8")) is None
    assert describe_address(ipaddress.ip_address("2606:4700::1111")) is None
    assert describe_address(ipaddress.ip_address("::ffff:127.0.0.1")) == "a loopback address"
    assert describe_address(ipaddress.ip_address("172.16.5.4")) == "a private address"
    assert describe_address(ipaddress.ip_address("169.254.1.1")) == "a link-local address"


async def test_non_http_schemes_are_refused(web_settings):
    async with Fetcher(web_settings) as f:
        with pytest.raises(FetchError, match="not an http"):
            await f.fetch("file:///etc/passwd")


async def test_per_host_politeness_spaces_requests_to_one_host(web_server, tmp_path):
    import asyncio

    settings = load_settings(db=tmp_path / "t.db", allow_private_addresses=True, fetch_host_delay=0.2,
                             fetch_host_concurrency=2)
    started = time.monotonic()
    async with Fetcher(settings) as f:
        await asyncio.gather(*(f.fetch(web_server.url("/rss.xml")) for _ in range(3)))
    assert time.monotonic() - started >= 0.4  # three starts, 0.2 s apart
    assert web_server.count("/rss.xml") == 3
