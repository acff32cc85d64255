from django.test import Client

from tests.accounts.conftest import PASSWORD


def change(client, old=PASSWORD, new="a-new-long-password-9"):
    return client.post(
        "/accounts/password/", {"old_password": old, "new_password1": new, "new_password2": new}
    )


def test_it_changes_the_password_and_keeps_this_session(alice_in, alice):
    response = change(alice_in)
    assert response.status_code == 302
    alice.refresh_from_db()
    assert alice.check_password("a-new-long-password-9")
    assert alice_in.get("/accounts/cases/").status_code == 200


def test_it_logs_out_every_other_session(alice_in, alice):
    phone = Client()
    phone.force_login(alice)
    assert phone.get("/accounts/cases/").status_code == 200
    change(alice_in)
    response = phone.get("/accounts/cases/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")


def test_it_needs_the_current_password(alice_in, alice):
    response = change(alice_in, old="wrong")
    assert response.status_code == 200
    assert "「现在的密码」" in response.text
    alice.refresh_from_db()
    assert alice.check_password(PASSWORD)


def test_it_requires_login(client, db):
    response = client.get("/accounts/password/")
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
