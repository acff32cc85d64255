"""Forty wrong resume codes sent at once from one address: exactly the limit (10) are checked,
the rest are refused as over the limit (issue 18, item 12; counting after checking let 11 in)."""

import threading

import pytest

from accounts.throttle import LIMITS
from tests.browser.live import LiveServer, Visitor

TRIES = 40


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("resume-race"), workers=2, threads=8) as site:
        yield site


def test_it_checks_exactly_the_limit_of_forty_parallel_wrong_codes(server):
    visitors = [Visitor(server) for _ in range(TRIES)]
    for visitor in visitors:
        visitor.get("/resume/")  # each its own browser and CSRF token, one address
    barrier = threading.Barrier(TRIES)
    statuses = []

    def guess(visitor):
        barrier.wait()
        status, _, _ = visitor.request("POST", "/resume/", {"code": "AAAAA-BBBBB-CCCCC-DDDDD"})
        statuses.append(status)

    threads = [threading.Thread(target=guess, args=(v,)) for v in visitors]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert len(statuses) == TRIES
    assert statuses.count(200) <= LIMITS["resume"]  # wrong code, checked and told so
    assert statuses.count(429) >= TRIES - LIMITS["resume"]
    assert set(statuses) <= {200, 429}
