from django.test import Client

from cases.models import Case
from tests.accounts.conftest import PASSWORD
from tests.support import start_case
from tests.test_settings import PRODUCTION, settings_value


def login(client, username="alice", password=PASSWORD, **extra):
    return client.post("/accounts/login/", {"username": username, "password": password, **extra})


def test_it_logs_in(client, alice):
    response = login(client)
    assert response.status_code == 302 and response["Location"] == "/accounts/cases/"
    assert client.get("/accounts/cases/").status_code == 200


def test_it_says_plainly_when_the_password_is_wrong(client, alice):
    response = login(client, password="wrong")
    assert response.status_code == 200
    assert "用户名或密码不对" in response.text


def test_it_asks_before_saving_the_cases_of_this_browser_and_saves_them_on_yes(client, alice):
    case = start_case(client)
    response = login(client, next=f"/case/{case.id}/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/attach/")
    assert Case.objects.get(pk=case.id).owner is None  # nothing saved before the answer
    question = client.get(response["Location"])
    assert "把这个浏览器里的 1 个案件保存到你的账号？" in question.text
    answer = client.post(response["Location"], {"attach": "yes", "next": f"/case/{case.id}/"})
    assert answer["Location"] == f"/case/{case.id}/"
    assert Case.objects.get(pk=case.id).owner == alice


def test_it_leaves_the_cases_of_this_browser_alone_on_no(client, alice):
    case = start_case(client)
    question = login(client)["Location"]
    client.post(question, {"attach": "no"})
    assert Case.objects.get(pk=case.id).owner is None
    assert client.get(f"/case/{case.id}/").status_code == 200  # still open in this browser


def test_it_asks_nothing_when_the_browser_holds_no_unsaved_case(client, alice):
    assert login(client)["Location"] == "/accounts/cases/"


def test_it_does_not_take_a_case_that_belongs_to_someone_else(client, alice, bob):
    case = start_case(client)
    Case.objects.filter(pk=case.id).update(owner=bob)
    login(client)
    assert Case.objects.get(pk=case.id).owner == bob


def test_it_locks_out_a_username_from_that_address_after_five_failures_with_a_chinese_message(client, alice):
    for _ in range(4):
        assert login(client, password="wrong").status_code == 200
    response = login(client, password="wrong")
    assert response.status_code == 429
    assert "暂时不能登录" in response.text and "15 分钟" in response.text
    # Even the right password is refused now from this address...
    response = login(client)
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # ...but not from alice's own phone elsewhere: a stranger's guesses do not lock her out.
    other = Client(REMOTE_ADDR="10.0.0.9")
    assert login(other).status_code == 302


def test_it_stores_no_typed_username_raw_address_or_user_agent(client, alice):
    from axes.models import AccessAttempt

    secret_typed = "my-password-typed-in-the-wrong-box"
    browser = Client(REMOTE_ADDR="203.0.113.7", HTTP_USER_AGENT="Mozilla/5.0 (Linux; Android 14; 小米)")
    login(browser, username=secret_typed, password="wrong")
    [attempt] = AccessAttempt.objects.all()
    stored = " ".join(str(getattr(attempt, f.name)) for f in AccessAttempt._meta.concrete_fields)
    assert secret_typed not in stored
    assert "203.0.113.7" not in stored
    assert "Mozilla" not in stored and "小米" not in stored
    assert attempt.username and attempt.ip_address  # hashes, so lockouts still work


def test_it_locks_out_a_client_that_tries_many_usernames(client, alice, bob):
    for name in ("u1", "u2", "u3", "u4", "u5"):
        login(client, username=name, password="wrong")
    response = login(client, username="bob")
    assert response.status_code == 429
    # bob himself, elsewhere, is not locked out.
    assert login(Client(REMOTE_ADDR="10.0.0.9"), username="bob").status_code == 302


def test_a_successful_login_resets_the_count(client, alice):
    for _ in range(4):
        login(client, password="wrong")
    assert login(client).status_code == 302
    client.post("/accounts/logout/")
    for _ in range(4):
        assert login(client, password="wrong").status_code == 200


def test_logout_needs_a_post(alice_in):
    assert alice_in.get("/accounts/logout/").status_code == 405
    response = alice_in.post("/accounts/logout/")
    assert response.status_code == 302
    assert alice_in.get("/accounts/cases/").status_code == 302


def test_logout_forgets_the_cases_of_the_session(client, alice):
    login(client)
    case = start_case(client)
    client.post("/accounts/logout/")
    assert client.get(f"/case/{case.id}/").status_code == 404


def test_production_hashes_passwords_with_argon2_first():
    value = settings_value("settings.PASSWORD_HASHERS[0]", PRODUCTION)
    assert value == "django.contrib.auth.hashers.Argon2PasswordHasher"
    proc = settings_value(
        "__import__('django.contrib.auth.hashers', fromlist=['x']).make_password('pw').split('$')[0]",
        PRODUCTION,
    )
    assert proc == "argon2"


def test_the_header_offers_login_or_my_cases(client, alice_in):
    assert 'href="/accounts/login/"' in client.get("/").text
    html = alice_in.get("/").text
    assert 'href="/accounts/cases/"' in html and 'action="/accounts/logout/"' in html


def test_failed_logins_do_not_put_the_username_or_ip_in_the_logs(client, alice, caplog):
    caplog.set_level("DEBUG", logger="axes")
    for _ in range(5):
        login(client, username="alice-secret-name", password="wrong")
    assert "AXES" in caplog.text
    assert "alice-secret-name" not in caplog.text and "127.0.0.1" not in caplog.text


def test_sessions_use_secure_http_only_cookies_in_production():
    value = settings_value(
        "settings.SESSION_COOKIE_AGE <= 30 * 24 * 3600, settings.SESSION_COOKIE_SECURE,"
        " settings.SESSION_COOKIE_HTTPONLY",
        PRODUCTION,
    )
    assert value == "True True True"


def test_an_over_long_username_is_refused_by_name_and_never_reaches_the_lockout_log(client, db):
    from axes.models import AccessAttempt

    response = client.post("/accounts/login/", {"username": "a" * 300, "password": "whatever1"})
    assert response.status_code == 200
    assert "「用户名」最多 150 个字符。" in response.text
    assert not AccessAttempt.objects.filter(username__startswith="aaaa").exists()


def test_it_saves_the_case_whose_keep_button_led_to_login_without_asking(client, alice):
    case = start_case(client)
    client.post(f"/case/{case.id}/keep/")
    response = login(client, next=f"/case/{case.id}/")
    assert response["Location"] == f"/case/{case.id}/"
    assert Case.objects.get(pk=case.id).owner == alice
