"""Fixtures for the real-browser journeys: one production-like server, Debian's Chromium.

If Chromium is missing or cannot start, every browser test fails (it never skips): a quality
gate that quietly skips is no gate. The PostgreSQL pass deselects them with `-m "not browser"`.
"""

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.journey import CHROMIUM, LAUNCH_ARGS, PHONE, Journey
from tests.browser.live import LiveServer


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Iterator[LiveServer]:
    server = LiveServer(tmp_path_factory.mktemp("live"), workers=2)
    server.start()
    yield server
    server.stop()


# Module scope, not session: Playwright's sync API keeps an event loop in this thread, and
# Django refuses database access while one runs, so the browser is gone before other tests run.
@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        try:
            chromium = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=LAUNCH_ARGS)
        except Exception as error:  # any failure to start is the same failure
            pytest.fail(
                f"Chromium could not start from {CHROMIUM}: {error}\n"
                "Install Debian's `chromium` and `fonts-noto-cjk` (.ci/run does it with apt).",
                pytrace=False,
            )
        yield chromium
        chromium.close()


@pytest.fixture
def new_journey(browser, site, request):
    """Make a journey in a fresh browser context (its own cookies, its own cache)."""
    contexts = []

    def make(suffix: str = "", *, javascript: bool = True) -> Journey:
        context = browser.new_context(**PHONE, java_script_enabled=javascript)
        contexts.append(context)
        name = request.node.name + (f"-{suffix}" if suffix else "")
        return Journey(context, site, name, javascript=javascript)

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def journey(new_journey) -> Journey:
    return new_journey()
