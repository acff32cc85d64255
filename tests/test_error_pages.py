"""400 and 403 answers are the site's own Chinese pages; a CSRF failure on our own form shows back
what was typed; the 500 page does not claim everything was saved (issue 18, item 11)."""

from django.conf import settings as django_settings
from django.test import Client

from tests.support import start_case


def test_a_csrf_failure_on_our_own_form_is_a_chinese_page_that_keeps_what_was_typed(db):
    browser = Client(enforce_csrf_checks=True)
    browser.get("/")
    case = start_case(Client())  # any case URL will do: the check runs before the view
    browser.cookies[django_settings.CSRF_COOKIE_NAME] = "x" * 32
    response = browser.post(
        f"/case/{case.id}/step/message/",
        {"message": "你再不还钱就去你单位", "csrfmiddlewaretoken": "stale", "password": "secret-pass"},
        HTTP_ORIGIN="http://testserver",
    )
    assert response.status_code == 403
    assert "这次提交没有保存" in response.text and "Forbidden" not in response.text
    assert "你再不还钱就去你单位" in response.text
    assert "secret-pass" not in response.text


def test_a_forged_cross_site_form_does_not_get_its_text_shown(db):
    browser = Client(enforce_csrf_checks=True)
    response = browser.post(
        "/resume/", {"code": "请拨打 400-000-0000 办理"}, HTTP_ORIGIN="https://evil.example"
    )
    assert response.status_code == 403
    assert "这次提交没有保存" in response.text
    assert "400-000-0000" not in response.text


def test_too_many_files_is_a_chinese_400_page(alice_client, alice_case, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = tmp_path
    files = [SimpleUploadedFile(f"{i}.png", b"x") for i in range(21)]
    alice_client.raise_request_exception = False
    response = alice_client.post(f"/case/{alice_case.id}/evidence/add/", {"files": files})
    assert response.status_code == 400
    assert "没能收下这次提交" in response.text and "一次最多上传 10 个文件" in response.text
    assert "Bad Request" not in response.text


def test_the_500_page_does_not_claim_everything_was_saved():
    page = (django_settings.BASE_DIR / "templates" / "500.html").read_text(encoding="utf-8")
    assert "都已保存" not in page
    assert "可能没有保存" in page
