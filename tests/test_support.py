"""The shared test support builds a finished case the way a person does."""

import pytest

from cases.questionnaire import STEPS, applicable_steps
from tests.support import ANSWERS, by_step, finished_case

pytestmark = pytest.mark.django_db


def test_it_has_an_answer_for_every_step_that_asks_something():
    assert set(ANSWERS) == {step.name for step in STEPS if step.fields}


def test_it_finishes_a_case_through_every_step_that_applies(alice_client):
    case = finished_case(alice_client)
    assert case.submitted is not None
    asked = {name for step in applicable_steps(case.answers) for name in step.fields}
    assert asked <= set(case.answers)  # every step that applies was answered, even if left empty
    assert (case.answers["lender"], case.answers["amount_claimed"], case.answers["overdue_days"]) == (
        "安逸消费金融",
        "2356.80",
        3,
    )


def test_it_leaves_the_case_to_the_browser_that_started_it(alice_client, charlie_client):
    case = finished_case(alice_client)
    assert alice_client.get(f"/case/{case.id}/").status_code == 200
    assert charlie_client.get(f"/case/{case.id}/").status_code == 404


def test_it_groups_answers_by_the_step_that_asks_them():
    assert by_step({"lender": "某某网贷", "threats": ["insult"], "overdue_days": None}) == {
        "lender": {"lender": "某某网贷"},
        "threats": {"threats": ["insult"]},
        "amounts": {"overdue_days": ""},
    }
