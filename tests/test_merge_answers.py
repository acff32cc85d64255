"""Case.merge_answers: a locked read-merge-save, and no write at all when the answers say nothing
new. (Two real processes at once: test_concurrency.py.)"""

import pytest

from cases import access
from cases.models import Case
from tests.support import start_case

pytestmark = pytest.mark.django_db


def _stored(case: Case) -> dict:
    return Case.objects.get(pk=case.pk).answers


def test_it_saves_the_answers_and_moves_updated(client):
    case = start_case(client)
    before = case.updated
    case.merge_answers({"lender": "某某网贷"})
    assert _stored(case)["lender"] == "某某网贷"
    assert case.answers["lender"] == "某某网贷"
    assert case.updated > before
    assert Case.objects.get(pk=case.pk).updated == case.updated


def test_a_save_from_a_stale_copy_keeps_what_another_request_saved_meanwhile(client):
    case = start_case(client)
    tab_a, tab_b = Case.objects.get(pk=case.pk), Case.objects.get(pk=case.pk)
    tab_a.merge_answers({"lender": "某某网贷"})
    tab_b.merge_answers({"principal": "3000"})  # tab_b read the case before tab_a's save
    stored = _stored(case)
    assert (stored["lender"], stored["principal"]) == ("某某网贷", "3000")
    assert tab_b.answers["lender"] == "某某网贷"  # the copy now holds what is stored
    assert Case.objects.get(pk=case.pk).updated == tab_b.updated


def test_the_same_copy_can_save_twice_in_a_row(client):
    case = start_case(client)
    case.merge_answers({"lender": "甲"})
    case.merge_answers({"lender": "乙"})
    assert _stored(case)["lender"] == "乙"


def test_answers_that_change_nothing_are_not_written(client, django_assert_num_queries):
    case = start_case(client)
    case.merge_answers({"lender": "某某网贷"})
    stamp = Case.objects.get(pk=case.pk).updated
    with django_assert_num_queries(0):
        case.merge_answers({"lender": "某某网贷"})
    assert Case.objects.get(pk=case.pk).updated == stamp


def test_an_empty_answer_over_a_stored_one_is_a_change(client):
    case = start_case(client)
    case.merge_answers({"lender": "某某网贷"})
    case.merge_answers({"lender": ""})
    assert _stored(case)["lender"] == ""


def test_a_copy_of_a_case_deleted_meanwhile_says_so():
    case = Case.objects.create(answers={})
    stale = Case.objects.get(pk=case.pk)
    Case.objects.filter(pk=case.pk).delete()
    with pytest.raises(Case.DoesNotExist):
        stale.merge_answers({"lender": "某某网贷"})


def test_saving_a_step_of_a_case_deleted_in_another_tab_is_not_found(client, monkeypatch):
    """The case is deleted between this request opening it and writing to it."""
    case = start_case(client)
    opened = access.get_case

    def open_then_lose(request, case_id):
        found = opened(request, case_id)
        Case.objects.filter(pk=found.pk).delete()
        return found

    monkeypatch.setattr(access, "get_case", open_then_lose)
    response = client.post(f"/case/{case.id}/step/lender/", {"lender": "某某网贷", "lender_kind": ""})
    assert response.status_code == 404
    assert "没有找到" in response.content.decode()
    assert not Case.objects.filter(pk=case.pk).exists()
