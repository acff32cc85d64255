from django.contrib.auth.models import User

from cases.models import Case
from tests.support import start_case


def test_it_asks_only_for_a_username_and_a_password(client, db):
    response = client.get("/accounts/signup/")
    assert response.status_code == 200
    assert 'name="username"' in response.text and 'name="password1"' in response.text
    assert 'name="email"' not in response.text and "手机号码" not in response.text


def test_it_creates_an_account_and_logs_in(client, db):
    response = client.post(
        "/accounts/signup/",
        {"username": "小雨", "password1": "qiu-tian-de-yu-7", "password2": "qiu-tian-de-yu-7"},
    )
    assert response.status_code == 302 and response["Location"] == "/accounts/cases/"
    user = User.objects.get(username="小雨")
    assert user.email == "" and user.check_password("qiu-tian-de-yu-7")
    assert "qiu-tian-de-yu-7" not in user.password
    assert client.get("/accounts/cases/").status_code == 200


def test_it_saves_the_cases_of_this_browser_to_the_new_account(client, db):
    case = start_case(client)
    client.post(
        "/accounts/signup/",
        {
            "username": "alice",
            "password1": "qiu-tian-de-yu-7",
            "password2": "qiu-tian-de-yu-7",
            "next": f"/case/{case.id}/",
        },
    )
    case.refresh_from_db()
    assert case.owner.username == "alice"
    assert client.get(f"/case/{case.id}/").status_code == 200


def test_it_names_the_field_of_every_error(client, db):
    response = client.post(
        "/accounts/signup/", {"username": "alice", "password1": "12345678", "password2": "12345678"}
    )
    assert response.status_code == 200
    assert "「密码」" in response.text or "「再输一次密码」" in response.text
    assert not User.objects.exists()


def test_it_refuses_a_username_already_taken(client, alice):
    response = client.post(
        "/accounts/signup/",
        {"username": "Alice", "password1": "qiu-tian-de-yu-7", "password2": "qiu-tian-de-yu-7"},
    )
    assert "「用户名」" in response.text
    assert User.objects.count() == 1


def test_it_ignores_a_next_url_on_another_host(client, db):
    response = client.post(
        "/accounts/signup/",
        {
            "username": "alice",
            "password1": "qiu-tian-de-yu-7",
            "password2": "qiu-tian-de-yu-7",
            "next": "https://evil.example/",
        },
    )
    assert response["Location"] == "/accounts/cases/"


def test_a_case_started_while_logged_in_belongs_to_the_account(alice_in, alice):
    case = start_case(alice_in)
    assert Case.objects.get(pk=case.id).owner == alice
