"""What every browser journey shares: a phone-sized Chromium page and the checks every page gets.

A journey is written as a person would tell it, and every page it lands on is checked the same
way, with no extra lines in the test:

    j.goto("/")                      # screenshot, axe-core, network log, console, status
    j.press("开始（不用注册）")         # click, wait for the next page, check it
    answer_questionnaire(j, {"message": "…", "channel": "sms"})

Adding a journey for a new feature is a test function of a few `goto`/`fill`/`press` lines.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from pathlib import Path
from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import BrowserContext, Page

from tests.browser.live import ROOT, LiveServer

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"viewport": {"width": 375, "height": 812}, "device_scale_factor": 1, "is_mobile": True,
         "has_touch": True, "locale": "zh-CN", "timezone_id": "Asia/Shanghai"}  # fmt: skip
SCREENSHOTS = ROOT / "screenshots"
UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
CSRF = re.compile(r'name="csrfmiddlewaretoken" value="[^"]*"')
STEP_PATH = re.compile(r"/case/[0-9a-f-]{36}/step/([\w-]+)/$")
# axe-core 4.x, as bundled by the axe-playwright-python package; injected through the DevTools
# protocol (page.evaluate), so the page's strict CSP stays on while it runs.
AXE = Axe()


def page_label(url: str) -> str:
    """'/case/<uuid>/step/message/' → 'case-step-message'; '/' → 'home'."""
    path = UUID.sub("", urlsplit(url).path)
    return "-".join(part for part in path.split("/") if part) or "home"


class Journey:
    """One person's visit in one browser context. Every page reached is checked by `check`."""

    def __init__(self, context: BrowserContext, site: LiveServer, name: str, *, javascript: bool = True):
        self.context = context
        self.site = site
        self.javascript = javascript
        self.page: Page = context.new_page()
        self.shots = SCREENSHOTS / re.sub(r"[^\w.-]+", "_", name)
        self.shots.mkdir(parents=True, exist_ok=True)
        for old in self.shots.glob("*.png"):
            old.unlink()
        self.count = 0
        self.requests: list[str] = []
        self.problems: list[str] = []  # console errors (CSP violations among them) and JS errors
        self.checked: list[str] = []  # the path of every page checked, in order
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("console", lambda m: m.type == "error" and self.problems.append(m.text))
        self.page.on("pageerror", lambda e: self.problems.append(str(e)))

    # -- moving around ----------------------------------------------------------------------

    def goto(self, path: str, label: str = "") -> Journey:
        return self._arrived(self.page.goto(self.site.url(path)), label)

    def refused(self, path: str, status: int = 404, label: str = "") -> Journey:
        """Open `path` expecting a refusal (404 for someone else's case); the page is still checked."""
        response = self.page.goto(self.site.url(path))
        assert response is not None and response.status == status, (path, response and response.status)
        expected = f"status of {status}"
        self.problems[:] = [p for p in self.problems if expected not in p]
        return self.check(label or f"{page_label(self.page.url)}-{status}")

    def press(self, name: str, label: str = "", *, exact: bool = False) -> Journey:
        """Click the button or link called `name`, wait for the page it leads to, check it."""
        target = self.page.get_by_role("button", name=name, exact=exact)
        if target.count() == 0:
            target = self.page.get_by_role("link", name=name, exact=exact)
        with self.page.expect_navigation() as navigation:
            target.first.click()
        return self._arrived(navigation.value, label)

    def submit(self, label: str = "") -> Journey:
        """Submit the page's main form with its first submit button."""
        with self.page.expect_navigation() as navigation:
            self.page.locator("main form[method=post] [type=submit]").first.click()
        return self._arrived(navigation.value, label)

    def _arrived(self, response, label: str) -> Journey:
        status = response.status if response is not None else None
        if status != 200:  # keep a picture of what the person saw, then fail with the server's log
            self.page.screenshot(
                path=self.shots / f"{self.count + 1:02d}-status-{status}.png", full_page=True
            )
        assert status == 200, f"{self.page.url} answered {status}\nserver log:\n{self.site.log_text()}"
        return self.check(label)

    def fill(self, answers: dict) -> Journey:
        """Fill the main form's fields by name: text, radio buttons, checkboxes, selects, files."""
        form = self.page.locator("main form[method=post]").first
        for name, value in answers.items():
            inputs = form.locator(f'[name="{name}"]')
            if inputs.count() == 0:
                continue
            kind = inputs.first.get_attribute("type") or inputs.first.evaluate("e => e.tagName.toLowerCase()")
            if kind == "radio":
                form.locator(f'[name="{name}"][value="{value}"]').check()
            elif kind == "checkbox":
                wanted = {str(v) for v in (value if isinstance(value, list | tuple) else [value])}
                for box in inputs.all():
                    box.set_checked(box.get_attribute("value") in wanted)
            elif kind == "select":
                inputs.first.select_option(str(value))
            elif kind == "file":
                inputs.first.set_input_files(value)
            else:
                inputs.first.fill(str(value))
        return self

    @property
    def path(self) -> str:
        return urlsplit(self.page.url).path

    # -- what every page gets ---------------------------------------------------------------

    def check(self, label: str = "") -> Journey:
        """Screenshot, accessibility, network log and console: the same for every page."""
        self.count += 1
        self.checked.append(self.path)
        label = label or page_label(self.page.url)
        self.page.screenshot(path=self.shots / f"{self.count:02d}-{label}.png", full_page=True)
        assert self.page.locator("h1").count() == 1, f"{self.path}: not exactly one <h1>"
        if self.javascript:
            violations = axe_violations(self.page)
            assert not violations, f"axe-core on {self.path}:\n{violations}"
        offsite = [u for u in self.requests if not u.startswith((self.site.base + "/", "data:"))]
        assert not offsite, f"requests to another host from {self.path}: {offsite}"
        assert not self.problems, f"console errors on {self.path}: {self.problems}"
        return self


_axe_seen: dict[str, str] = {}


def axe_violations(page: Page) -> str:
    """axe-core's violations on the page, described; '' when there are none.

    Identical documents (the same page with another case id or CSRF token) give identical
    results, so each distinct document is audited once per test session.
    """
    html = page.evaluate("document.documentElement.outerHTML")
    key = hashlib.sha256(UUID.sub("", CSRF.sub("", html)).encode()).hexdigest()
    if key not in _axe_seen:
        _axe_seen[key] = describe_violations(AXE.run(page).response["violations"])
    return _axe_seen[key]


def describe_violations(violations: list[dict]) -> str:
    lines = []
    for v in violations:
        lines.append(f"- {v['id']} ({v['impact']}): {v['help']}")
        lines.extend(
            f"    {node['target']}: {node.get('failureSummary', '')[:300]}" for node in v["nodes"][:5]
        )
    return "\n".join(lines)


def answer_questionnaire(j: Journey, answers: dict) -> list[str]:
    """Walk the steps from wherever the journey is until the review page; return the step names.

    Fields the answers do not name are left as the page offers them (pre-filled guesses taken as
    they are, as a person in a hurry would).
    """
    steps: list[str] = []
    while found := STEP_PATH.search(j.path):
        steps.append(found.group(1))
        assert len(steps) <= 20, f"the questionnaire never ends: {steps}"
        j.fill(answers).submit()
    return steps


ACCEPTANCE = Path(os.environ.get("ACCEPTANCE_CASES", ROOT.parent / "shared" / "acceptance" / "cases.jsonl"))


def acceptance_input(prefix: str) -> dict:
    """The `input` of the acceptance case whose id starts with `prefix` (e.g. 'A02')."""
    for line in ACCEPTANCE.read_text(encoding="utf-8").splitlines():
        if line.strip() and (case := json.loads(line))["id"].startswith(prefix + "-"):
            return case["input"]
    raise LookupError(f"no acceptance case {prefix} in {ACCEPTANCE}")
