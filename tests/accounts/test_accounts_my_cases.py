from cases.models import Case
from tests.support import start_case


def test_it_lists_my_cases_with_title_and_date(alice_in, alice, bob):
    mine = Case.objects.create(owner=alice, title="某某App的借款")
    Case.objects.create(owner=bob, title="bob 的案件")
    response = alice_in.get("/accounts/cases/")
    assert response.status_code == 200
    assert "某某App的借款" in response.text and f"/case/{mine.id}/" in response.text
    assert "bob 的案件" not in response.text
    assert "最后修改" in response.text


def test_it_requires_login(client, db):
    response = client.get("/accounts/cases/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_it_renames_a_case(alice_in, alice):
    case = Case.objects.create(owner=alice)
    response = alice_in.post(f"/case/{case.id}/title/", {"title": " 张三的借条 ", "next": "/accounts/cases/"})
    assert response.status_code == 302 and response["Location"] == "/accounts/cases/"
    case.refresh_from_db()
    assert case.title == "张三的借条"


def test_it_names_the_field_when_a_title_is_too_long(alice_in, alice):
    case = Case.objects.create(owner=alice)
    response = alice_in.post(f"/case/{case.id}/title/", {"title": "长" * 61})
    assert response.status_code == 200 and "「案件名称」" in response.text


def test_an_anonymous_owner_can_rename_too(client, db):
    case = start_case(client)
    client.post(f"/case/{case.id}/title/", {"title": "草稿"})
    case.refresh_from_db()
    assert case.title == "草稿"


def test_it_saves_a_case_to_my_account_from_the_case_page(client, alice):
    case = start_case(client)
    client.force_login(alice)
    html = client.get(f"/case/{case.id}/").text
    assert f'action="/case/{case.id}/keep/"' in html and "保存到我的账户" in html
    response = client.post(f"/case/{case.id}/keep/")
    assert response.status_code == 302
    assert Case.objects.get(pk=case.id).owner == alice


def test_keeping_while_anonymous_leads_to_signup(client, db):
    case = start_case(client)
    response = client.post(f"/case/{case.id}/keep/")
    assert response["Location"] == f"/accounts/signup/?next=/case/{case.id}/"
    assert Case.objects.get(pk=case.id).owner is None
