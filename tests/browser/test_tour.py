"""A tour of every page a person can reach from a full case, in the browser.

Each page gets the same checks as the journeys (screenshot in screenshots/, axe-core, network
log, console), so a new page is screenshotted and audited as soon as something links to it.
"""

import re

import pytest

from tests.browser.journey import Journey, acceptance_input, answer_questionnaire
from tests.browser.test_journeys import start, tiny_png

pytestmark = pytest.mark.browser

# Downloads and actions are not pages to look at: files, CSV, ZIP export, log out, delete.
NOT_A_PAGE = re.compile(r"^/static/|/file/\d+/|\.csv$|/export/|/logout/|/delete/|^/neutral-title/")
LIMIT = 40


def links(j: Journey) -> list[str]:
    hrefs = j.page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    base = j.site.base
    found = []
    for href in hrefs:
        if href.startswith(base + "/"):
            path = href[len(base) :].split("#")[0]
            if path and not NOT_A_PAGE.search(path.split("?")[0]):
                found.append(path)
    return found


def test_every_page_reachable_from_a_full_case_is_screenshotted_and_passes_axe(journey):
    answer_questionnaire(start(journey), acceptance_input("A07"))
    journey.press("看结果")
    case_path = journey.path
    journey.press("开始记录").press("记一次联系")
    journey.fill(
        {
            "at": "2026-11-21T07:30",
            "channel": "sms",
            "source": "10690000",
            "target": "me",
            "text": "不还钱就去你单位。",
            "files": {"name": "短信.png", "mimeType": "image/png", "buffer": tiny_png()},
        }
    ).press("保存")

    seen: set[str] = set()
    queue = [case_path]
    while queue and len(seen) < LIMIT:
        path = queue.pop(0)
        if path.split("?")[0] in seen:  # the same page with another query is the same page
            continue
        seen.add(path.split("?")[0])
        journey.goto(path)
        queue += links(journey)
    assert len(seen) >= 25, sorted(seen)
