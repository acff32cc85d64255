"""Every page, served by gunicorn with the production settings, carries the protective headers.

The server is a real production process (DEBUG off, throwaway secrets), reached as if through
the HTTPS proxy, so HSTS and secure cookies are the ones a person's browser would receive.
"""

import pytest

from tests.browser.live import Visitor
from tests.security.crawl import crawl
from tests.support import finish

NOT_FOUND = "/case/00000000-0000-0000-0000-000000000000/"


@pytest.fixture(scope="module")
def pages(live_site):
    """(path → headers) for every page reachable from a finished case, over HTTPS-by-proxy."""
    person = Visitor(live_site, https=True)
    case_id = finish(person)
    headers: dict[str, tuple[int, dict]] = {}

    def fetch(path: str) -> tuple[int, str]:
        status, head, text = person.follow(path)
        headers[path] = (status, {k.lower(): v for k, v in head.items()})
        return status, text if head.get("Content-Type", "").startswith("text/html") else ""

    crawl(fetch, ["/", f"/case/{case_id}/", f"/case/{case_id}/review/", "/healthz"])
    status, head, _ = person.request("GET", NOT_FOUND)  # the 404 page is a page too
    headers[NOT_FOUND] = (status, {k.lower(): v for k, v in head.items()})
    return headers


def test_the_walk_reached_the_whole_site_and_nothing_failed(pages):
    assert len(pages) >= 15, sorted(pages)
    failed = {path: status for path, (status, _) in pages.items() if status >= 500}
    assert not failed, failed


def test_every_page_has_a_strict_content_security_policy(pages):
    for path, (_, head) in pages.items():
        csp = head.get("content-security-policy", "")
        directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
        assert directives.get("default-src") == ["'none'"], (path, csp)
        assert directives.get("frame-ancestors") == ["'none'"], (path, csp)
        assert directives.get("script-src") == ["'self'"], (path, csp)
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp, (path, csp)
        assert "http:" not in csp and "*" not in csp, (path, csp)


def test_every_page_has_hsts_nosniff_a_referrer_policy_and_refuses_framing(pages):
    for path, (_, head) in pages.items():
        hsts = head.get("strict-transport-security", "")
        assert "max-age=31536000" in hsts and "includeSubDomains" in hsts, (path, hsts)
        assert head.get("x-content-type-options") == "nosniff", path
        assert head.get("referrer-policy") in ("same-origin", "no-referrer", "strict-origin"), path
        assert head.get("x-frame-options") == "DENY", path
        assert head.get("cross-origin-opener-policy") == "same-origin", path


def test_the_session_and_csrf_cookies_are_secure_and_samesite(live_site):
    person = Visitor(live_site, https=True)
    person.get("/")
    csrf = next(c for c in person.set_cookies if c.startswith("csrftoken="))
    person.post("/start/", {})
    session = next(c for c in person.set_cookies if c.startswith("sessionid="))
    for attribute in ("Secure", "HttpOnly", "SameSite=Lax"):
        assert attribute in session, session
    assert "Secure" in csrf and "SameSite=Lax" in csrf, csrf
