"""Resume-code access can be taken back: the owner sees the codes in use and revokes them; a new
code or a password change ends the sessions that came in with a code; a code holder cannot make
a new code or delete an account's case, and is told why (issue 18, item 3)."""

from django.test import Client

from cases.models import Case
from tests.accounts.conftest import PASSWORD, take_resume_code
from tests.support import start_case

NEW_PASSWORD = "another fine long phrase"


def _owned_case_with_code_holder(alice_in) -> tuple[Case, str, Client]:
    case = start_case(alice_in)
    code = take_resume_code(alice_in, case)
    holder = Client()
    assert holder.post("/resume/", {"code": code}).status_code == 302
    assert holder.get(case.get_absolute_url()).status_code == 200
    return case, code, holder


def test_it_lists_the_codes_in_use_to_the_owner_and_revokes_one(alice_in):
    case, code, holder = _owned_case_with_code_holder(alice_in)
    page = alice_in.get("/accounts/resume-codes/")
    assert page.status_code == 200
    assert case.display_title in page.text and "最近一次被用来打开" in page.text
    response = alice_in.post(f"/case/{case.id}/resume-code/revoke/", {"next": "/accounts/resume-codes/"})
    assert response.status_code == 302
    assert holder.get(case.get_absolute_url()).status_code == 404
    assert Client().post("/resume/", {"code": code}).status_code == 200  # the code opens nothing now
    assert "你的案件现在都没有恢复码" in alice_in.get("/accounts/resume-codes/").text


def test_a_new_code_ends_the_sessions_of_the_old_one(alice_in):
    case, old, holder = _owned_case_with_code_holder(alice_in)
    new = take_resume_code(alice_in, case)
    assert new != old
    assert holder.get(case.get_absolute_url()).status_code == 404
    assert holder.post("/resume/", {"code": new}).status_code == 302
    assert holder.get(case.get_absolute_url()).status_code == 200


def test_a_password_change_ends_the_sessions_of_every_code(alice_in):
    case, code, holder = _owned_case_with_code_holder(alice_in)
    response = alice_in.post(
        "/accounts/password/",
        {
            "old_password": PASSWORD,
            "new_password1": "another fine long phrase",
            "new_password2": "another fine long phrase",
        },
        follow=True,
    )
    assert "恢复码也已作废" in response.text
    assert holder.get(case.get_absolute_url()).status_code == 404
    assert alice_in.get(case.get_absolute_url()).status_code == 200


def test_a_code_holder_cannot_make_a_code_and_is_told_why(alice_in):
    case, code, holder = _owned_case_with_code_holder(alice_in)
    response = holder.post(f"/case/{case.id}/resume-code/")
    assert response.status_code == 403
    assert "你是用恢复码打开这个案件的，不能生成新的恢复码" in response.text
    assert Client().post("/resume/", {"code": code}).status_code == 302  # the owner's code still works


def test_a_code_holder_cannot_delete_an_accounts_case_and_is_told_why(alice_in):
    case, code, holder = _owned_case_with_code_holder(alice_in)
    response = holder.post(f"/case/{case.id}/delete/")
    assert response.status_code == 403
    assert "不能删除这个案件" in response.text
    assert Case.objects.filter(pk=case.pk).exists()


def test_the_browser_that_started_an_anonymous_case_still_makes_codes(client, db):
    case = start_case(client)
    first = take_resume_code(client, case)
    assert take_resume_code(client, case) != first
