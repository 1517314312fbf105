"""Issue 9, hostile input: the crawler does not fetch private, loopback, link-local, multicast or
reserved addresses — not by IP, not by a name that resolves there, not through a redirect —
unless the outlet says allow_private = true (the sample site does)."""

import json
import sqlite3
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest
from scrapy import Request
from scrapy.http import HtmlResponse

from pantau.crawler.failures import RefusedAddress
from pantau.crawler.middlewares import AddressGuardMiddleware, non_public_reason, retry_after_seconds
from pantau.crawler.sources import load_sources
from tests.conftest import ROOT, pantau
from tests.faults.server import Portal

FAKE_DNS = {"portal-berita.id": "93.184.216.34", "berita-publik.id": "127.0.0.1", "intranet.example": "10.1.2.3"}


@pytest.mark.parametrize("address, reason", [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("::1", "loopback"), ("::ffff:127.0.0.1", "loopback"),
    ("10.0.0.1", "private"), ("172.16.5.4", "private"), ("192.168.1.1", "private"), ("fc00::1", "private"),
    ("169.254.169.254", "link-local"), ("fe80::1", "link-local"), ("224.0.0.1", "multicast"), ("ff02::1", "multicast"),
    ("0.0.0.0", "unspecified"), ("240.0.0.1", "private"), ("100.64.0.1", "not globally routable"),
    ("192.0.2.1", "private"), ("8.8.8.8", None), ("93.184.216.34", None), ("2606:4700:4700::1111", None),
])
def test_non_public_reason(address, reason):
    assert non_public_reason(address) == reason


def test_retry_after_forms():
    now = datetime(2026, 11, 20, 12, 0, 0, tzinfo=timezone.utc)
    assert retry_after_seconds(b"120") == 120
    assert retry_after_seconds(b"Fri, 20 Nov 2026 12:00:30 GMT", now) == 30
    assert retry_after_seconds(b"Fri, 20 Nov 2026 11:00:00 GMT", now) == 0
    assert retry_after_seconds(b"soon") is None and retry_after_seconds(None) is None


def guard(tmp_path, allow_private):
    (tmp_path / "s.toml").write_text(
        f'[[outlet]]\nid = "x"\nstart_urls = ["http://news.example/"]\nallow_private = {str(allow_private).lower()}\n')
    crawler = SimpleNamespace(spider=SimpleNamespace(sources=load_sources(tmp_path / "s.toml")))
    return AddressGuardMiddleware(crawler)


def test_the_address_a_response_came_from_is_checked_too(tmp_path):
    """If DNS changed between the check and the connection (rebinding after the cache expired)."""
    import ipaddress

    request = Request("http://news.example/a/1.html", meta={"outlet": "x"})
    response = HtmlResponse(request.url, body=b"<html></html>", request=request, ip_address=ipaddress.ip_address("10.9.8.7"))
    with pytest.raises(RefusedAddress, match=r"news.example \(10.9.8.7\) is a private address"):
        guard(tmp_path, False).process_response(request, response)
    assert guard(tmp_path, True).process_response(request, response) is response
    through_proxy = Request(request.url, meta={"outlet": "x", "proxy": "http://10.0.0.3:3128"})
    assert guard(tmp_path, False).process_response(through_proxy, response) is response


@pytest.fixture(scope="module")
def guarded(tmp_path_factory):
    """One crawl through a proxy (Portal) with a fake DNS: outlets that must be refused, and one allowed."""
    tmp = tmp_path_factory.mktemp("guard")
    with Portal() as portal:
        port = portal.base.rsplit(":", 1)[1]
        allowed = ', "127.0.0.1", "intranet.example", "169.254.169.254"'
        outlets = {
            "portal": ("http://portal-berita.id/feed.xml", allowed, False),
            "publik": ("http://berita-publik.id/feed.xml", "", False),
            "lokal": (f"{portal.base}/lokal/feed.xml", "", False),
            "v6": (f"http://[::1]:{port}/feed.xml", "", False),
            "desimal": (f"http://2130706433:{port}/feed.xml", "", False),
            "izin": (f"{portal.base}/izin/feed.xml", "", True),
        }
        lines = []
        for oid, (feed, extra, allow) in outlets.items():
            host = feed.split("/")[2].rsplit(":", 1)[0].strip("[]")
            lines += ["[[outlet]]", f'id = "{oid}"', f'feeds = ["{feed}"]', f'allowed_domains = ["{host}"{extra}]',
                      f"allow_private = {str(allow).lower()}", ""]
        (tmp / "s.toml").write_text("\n".join(lines), encoding="utf-8")
        proc = pantau("crawl", "--sources", tmp / "s.toml", "--db", tmp / "g.db", "--log-level", "WARNING",
                      "--set", "TWISTED_DNS_RESOLVER=tests.faults.resolver.FakeDNS", "--set", f"FAKE_DNS={json.dumps(FAKE_DNS)}",
                      env={"http_proxy": portal.base, "no_proxy": "", "PYTHONPATH": str(ROOT)})
        yield portal, tmp / "g.db", proc


def errors(db, outlet):
    with sqlite3.connect(db) as conn:
        return conn.execute("select kind, url, message from fetch_errors where outlet = ? order by url", [outlet]).fetchall()


@pytest.mark.parametrize("outlet, shown, reason", [
    ("publik", "berita-publik.id (127.0.0.1)", "loopback"),  # a public-looking name resolving to loopback
    ("lokal", "127.0.0.1", "loopback"),
    ("v6", "::1", "loopback"),
    ("desimal", "2130706433 (127.0.0.1)", "loopback"),  # 127.0.0.1 written as one number
])
def test_refused_before_any_connection(guarded, outlet, shown, reason):
    portal, db, proc = guarded
    assert proc.returncode == 0
    [(kind, url, message)] = errors(db, outlet)
    assert kind == "refused"
    assert f"{shown} is a {reason} address; outlet '{outlet}' does not set allow_private = true" in message
    assert not any("/lokal/" in u or "berita-publik" in u for u in portal.requests)  # not even robots.txt


def test_redirects_into_the_network_are_refused(guarded):
    portal, db, _ = guarded
    refused = {url: message for kind, url, message in errors(db, "portal") if kind == "refused"}
    assert len(refused) == 3, errors(db, "portal")
    assert "127.0.0.1 is a loopback address" in refused[f"{portal.base}/rahasia"]
    assert "intranet.example (10.1.2.3) is a private address" in refused["http://intranet.example/rahasia"]
    assert "169.254.169.254 is a link-local address" in refused["http://169.254.169.254/latest/meta-data/"]
    assert not any(u.endswith("/rahasia") or "meta-data" in u for u in portal.requests)
    with sqlite3.connect(db) as conn:  # the public site's own article was fetched through the proxy
        stored = {o for (o,) in conn.execute("select outlet from articles")}
    assert stored == {"portal", "izin"}


def test_allow_private_outlet_is_fetched(guarded):
    portal, db, _ = guarded
    assert errors(db, "izin") == []
    assert f"{portal.base}/a/127.0.0.1-0.html" in portal.requests
