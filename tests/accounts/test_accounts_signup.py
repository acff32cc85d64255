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


def test_it_saves_the_case_whose_keep_button_led_to_signup_and_asks_about_the_others(client, db):
    kept, other = start_case(client), start_case(client)
    assert client.post(f"/case/{kept.id}/keep/")["Location"] == f"/accounts/signup/?next=/case/{kept.id}/"
    response = client.post(
        "/accounts/signup/",
        {
            "username": "alice",
            "password1": "qiu-tian-de-yu-7",
            "password2": "qiu-tian-de-yu-7",
            "next": f"/case/{kept.id}/",
        },
    )
    kept.refresh_from_db()
    assert kept.owner.username == "alice"
    assert client.get(f"/case/{kept.id}/").status_code == 200
    # The other case of this browser is not saved without asking.
    assert response["Location"].startswith("/accounts/attach/")
    assert Case.objects.get(pk=other.id).owner is None


def test_it_asks_before_saving_the_browsers_cases_at_signup(client, db):
    case = start_case(client)
    response = client.post(
        "/accounts/signup/",
        {"username": "alice", "password1": "qiu-tian-de-yu-7", "password2": "qiu-tian-de-yu-7"},
    )
    assert response["Location"].startswith("/accounts/attach/")
    assert Case.objects.get(pk=case.id).owner is None
    client.post(response["Location"], {"attach": "yes"})
    assert Case.objects.get(pk=case.id).owner.username == "alice"


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
