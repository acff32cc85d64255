"""What every test suite shares (as healthchecks' hc/test.py): the personas and one way to build
a finished case.

Personas, the same everywhere:
- alice owns the case: `alice_client` is her browser (it started the case), `alice` her account;
- bob is another account (`bob`, `bob_in`), with cases of his own (`bob_client`, `bob_case`);
- charlie is an outsider with a browser of his own (`charlie_client`): every case URL is a 404.

A finished case is built one way, through the questionnaire as a person fills it in, by
`finished_case(client)` (Django's test client) or `finish(visitor)` (a Visitor of a real server:
the benchmark, the live tests). Which steps are asked is the questionnaire's business: the
answers are given per step and each redirect says which step comes next.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Protocol

from cases.questionnaire import FIELD_STEP, STEPS

if TYPE_CHECKING:  # Django's models and test client need configured settings; the benchmark's
    # process only talks HTTP to a server and has none.
    from django.test import Client

    from cases.models import Case

PASSWORD = "correct horse battery staple"

# One plain answer for every step that asks something: a borrower's normal reminder by SMS.
ANSWERS: dict[str, dict] = {
    "message": {"message": "【安逸消费金融】您的借款已逾期3天，应还金额2,356.80元。如已还款请忽略。"},
    "channel": {"channel": "sms"},
    "sender": {"sender": "official"},
    "relationship": {"relationship": "borrower"},
    "lender": {"lender": "安逸消费金融", "lender_kind": ""},
    "amounts": {"amount_claimed": "2356.80", "overdue_days": "3"},
    "threats": {},
    "demands": {},
    "repay": {},
}


def by_step(answers: dict) -> dict[str, dict]:
    """Answers given per field ({"lender": "…", "threats": [...]}) grouped by the step that asks them."""
    grouped: dict[str, dict] = {}
    for name, value in answers.items():
        grouped.setdefault(FIELD_STEP[name].name, {})[name] = "" if value is None else value
    return grouped


class Person(Protocol):
    def start_case(self) -> str: ...
    def answer(self, case_id: str, step: str, data: dict) -> str: ...
    def post(self, path: str, data: dict) -> str: ...
    def follow(self, path: str): ...


def finish(person: Person, answers: dict[str, dict] = ANSWERS) -> str:
    """Start a case, answer every step the questionnaire asks (`answers` per step name; a step
    without an entry is submitted empty) and ask for the result. Returns the case id."""
    case_id = person.start_case()
    step: str | None = STEPS[0].name
    while step:
        where = person.answer(case_id, step, answers.get(step, {}))
        found = re.search(r"/step/([\w-]+)/", where)
        step = found.group(1) if found else None
    person.follow(person.post(f"/case/{case_id}/review/", {}))
    return case_id


class ClientPerson:
    """Django's test client as a Person: what `finish` needs, in-process."""

    def __init__(self, client: Client):
        self.client = client

    def start_case(self) -> str:
        return str(start_case(self.client).id)

    def answer(self, case_id: str, step: str, data: dict) -> str:
        return self.post(f"/case/{case_id}/step/{step}/", data)

    def post(self, path: str, data: dict) -> str:
        response = self.client.post(path, data)
        assert response.status_code == 302, (path, response.status_code, response.text[:2000])
        return response["Location"]

    def follow(self, path: str):
        return self.client.get(path)


def finished_case(client: Client, answers: dict[str, dict] = ANSWERS) -> Case:
    """A case started in `client`'s browser with the questionnaire finished."""
    from cases.models import Case

    return Case.objects.get(pk=finish(ClientPerson(client), answers))


def start_case(client: Client) -> Case:
    """Start a case the way a person does: the start button on the home page."""
    from cases.models import Case

    response = client.post("/start/")
    assert response.status_code == 302
    case_id = re.search(r"/case/([0-9a-f-]{36})/", response["Location"]).group(1)
    return Case.objects.get(pk=case_id)


def answer(client: Client, case: Case, step: str, data: dict, query: str = ""):
    return client.post(f"/case/{case.id}/step/{step}/{query}", data)


def case_with_answers(client: Client, **answers) -> Case:
    """A case in `client`'s browser holding exactly these answers, as if given (the documents'
    tests: a situation named field by field, with nothing else answered)."""
    case = start_case(client)
    case.answers = answers
    case.save()
    return case
