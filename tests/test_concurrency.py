"""Two processes saving the same case at once lose nothing, and nobody sees "database is locked".

gunicorn runs two worker processes on one SQLite file (WAL, busy timeout); a person with the case
open in two tabs — or a flaky connection that resends — saves different steps at the same moment.
After every round, every answer of that round must be stored.
"""

import threading

import pytest

from tests.browser.live import LiveServer, Visitor

ROUNDS = 30


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("concurrency"), workers=2) as site:
        yield site


def same_person(site: LiveServer, original: Visitor) -> Visitor:
    """Another tab of the same browser: same cookies, same CSRF token."""
    tab = Visitor(site)
    tab.cookies = dict(original.cookies)
    tab.csrf = original.csrf
    return tab


def test_concurrent_saves_to_different_steps_of_one_case_lose_nothing(server):
    person = Visitor(server)
    case_id = person.start_case()
    person.answer(case_id, "message", {"message": "你的账单逾期了，尽快处理。"})
    person.answer(case_id, "relationship", {"relationship": "borrower"})
    writes = {
        "lender": lambda i: {"lender": f"平台{i}号"},
        "amounts": lambda i: {"amount_claimed": str(1000 + i), "overdue_days": str(i)},
        "repay": lambda i: {"monthly_budget": str(300 + i)},
    }
    tabs = {step: same_person(server, person) for step in writes}
    statuses: list[int] = []
    lost: list[tuple[int, list[str]]] = []

    for i in range(ROUNDS):
        barrier = threading.Barrier(len(writes))

        def save(step, i=i, barrier=barrier):
            barrier.wait()
            status, _, _ = tabs[step].request("POST", f"/case/{case_id}/step/{step}/", writes[step](i))
            statuses.append(status)

        threads = [threading.Thread(target=save, args=(step,)) for step in writes]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        review = person.get(f"/case/{case_id}/review/")
        expected = [f"平台{i}号", f"{1000 + i:,}.00 元", f"{i} 天", f"{300 + i:,}.00 元"]
        missing = [value for value in expected if value not in review]
        if missing:
            lost.append((i, missing))

    assert set(statuses) == {302}, f"statuses {sorted(set(statuses))}:\n{server.log_text()}"
    assert "database is locked" not in server.log_text()
    assert not lost, f"answers lost in {len(lost)} of {ROUNDS} rounds, e.g. {lost[:3]}"
