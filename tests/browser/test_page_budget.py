"""Page budget: a frightened person on a slow phone connection gets the first page fast.

The first load of the home page and of a questionnaire step, with an empty cache, transfers at
most 60 KB in total (compressed, headers included, as DevTools counts "transferred"), and asks
no host but 127.0.0.1 — measured from Chromium's own network log over the DevTools protocol.
"""

import json

import pytest

from tests.browser.journey import SCREENSHOTS, Journey

pytestmark = pytest.mark.browser

BUDGET = 60 * 1024


class NetworkLog:
    """Every request the page makes and the bytes each one transferred, from Chromium itself."""

    def __init__(self, j: Journey):
        self.urls: dict[str, str] = {}
        self.sizes: dict[str, int] = {}
        self.encodings: dict[str, str] = {}
        self.failed: list[str] = []
        cdp = j.context.new_cdp_session(j.page)
        cdp.on(
            "Network.requestWillBeSent", lambda e: self.urls.__setitem__(e["requestId"], e["request"]["url"])
        )
        cdp.on("Network.responseReceived", self._response)
        cdp.on(
            "Network.loadingFinished",
            lambda e: self.sizes.__setitem__(e["requestId"], e["encodedDataLength"]),
        )
        cdp.on("Network.loadingFailed", lambda e: self.failed.append(self.urls.get(e["requestId"], "?")))
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})  # every load is a first load
        self.cdp = cdp

    def _response(self, event):
        headers = {k.lower(): v for k, v in event["response"]["headers"].items()}
        self.encodings[event["requestId"]] = headers.get("content-encoding", "")

    def reset(self):
        for table in (self.urls, self.sizes, self.encodings):
            table.clear()
        self.failed.clear()

    @property
    def total(self) -> int:
        return sum(self.sizes.values())

    def table(self) -> list[tuple[str, int, str]]:
        return [(self.urls[rid], size, self.encodings.get(rid, "")) for rid, size in self.sizes.items()]


def measure(j: Journey, log: NetworkLog, path: str) -> dict:
    log.reset()
    response = j.page.goto(j.site.url(path), wait_until="networkidle")
    assert response.status == 200
    j.check()
    rows = log.table()
    assert not log.failed, f"failed requests on {path}: {log.failed}"
    offsite = [url for url, _, _ in rows if not url.startswith(j.site.base + "/")]
    assert not offsite, f"{path} asked another host: {offsite}"
    for url, size, encoding in rows:
        if url.endswith(".css") and size > 2048:
            assert encoding in ("br", "gzip"), f"{url} was sent uncompressed ({size} bytes)"
    return {"path": path, "total": log.total, "requests": rows}


def test_the_home_page_and_a_questionnaire_step_stay_under_60_kb_on_first_load(journey):
    log = NetworkLog(journey)
    home = measure(journey, log, "/")
    journey.press("开始")
    step = measure(journey, log, journey.path)

    report = {"budget": BUDGET, "home": home, "step": step}
    (SCREENSHOTS / "page-weights.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    for page in (home, step):
        detail = "\n".join(f"  {size:>7} {enc or '-':>4} {url}" for url, size, enc in page["requests"])
        assert page["total"] <= BUDGET, f"{page['path']}: {page['total']} bytes > {BUDGET}\n{detail}"
