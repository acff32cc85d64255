from django.contrib.auth.models import User
from django.contrib.messages.storage.cookie import CookieStorage
from django.test import Client, RequestFactory
from django.utils import timezone

from cases import export
from cases.models import Case
from tests.accounts.conftest import PASSWORD, messages_text, take_resume_code
from tests.support import answer, start_case


def test_it_lists_what_will_go_before_deleting_a_case(client, db):
    case = start_case(client)
    answer(client, case, "message", {"message": "还钱"})
    response = client.get(f"/case/{case.id}/delete/")
    assert response.status_code == 200
    assert "会删除这些" in response.text and "1 项回答" in response.text
    assert Case.objects.filter(pk=case.id).exists()


def test_it_deletes_a_case_and_says_what_went(client, db):
    case = start_case(client)
    answer(client, case, "message", {"message": "还钱"})
    response = client.post(f"/case/{case.id}/delete/", follow=True)
    assert not Case.objects.filter(pk=case.id).exists()
    assert "案件已删除" in messages_text(response) and "1 项回答" in messages_text(response)
    assert str(case.id) not in client.session.get("case_ids", [])
    assert client.get(f"/case/{case.id}/").status_code == 404


def test_the_message_after_a_delete_carries_no_case_title(client, db):
    case = start_case(client)
    case.title = "张三的借条"
    case.save()
    response = client.post(f"/case/{case.id}/delete/")
    # The message travels in a (signed, not encrypted) cookie until it is shown.
    storage = CookieStorage(RequestFactory().get("/"))
    carried = [str(m) for m in storage._decode(response.cookies["messages"].value)]
    assert any("案件已删除" in m for m in carried) and not any("张三" in m for m in carried)
    shown = messages_text(client.get(response["Location"]))
    assert "案件已删除" in shown and "张三" not in shown


def test_the_delete_page_lists_registered_sections(client, db):
    def section(case):
        return "notes", [1, 2], [("a.jpg", b"x")]

    export.register(section, label="笔记")
    try:
        case = start_case(client)
        html = client.get(f"/case/{case.id}/delete/").text
    finally:
        export.unregister(section)
    assert "全部笔记" in html and "1 个上传的文件" in html


def test_deleting_the_account_removes_the_evidence_files_too(
    alice_in, alice, settings, tmp_path, django_capture_on_commit_callbacks
):
    from evidence.models import Attachment, Entry

    settings.MEDIA_ROOT = tmp_path
    case = start_case(alice_in)
    entry = Entry.objects.create(case=case, at=timezone.now(), channel="sms", text="骂人的话")
    Attachment.store(entry, b"%PDF-1.4 proof", "证据.pdf", "pdf", "application/pdf")
    assert [p for p in tmp_path.rglob("*") if p.is_file()]
    html = alice_in.get("/accounts/delete/").text
    assert "全部证据记录" in html and "1 个上传的文件" in html
    with django_capture_on_commit_callbacks(execute=True):
        alice_in.post("/accounts/delete/", {"password": PASSWORD})
    assert not Entry.objects.exists() and not Attachment.objects.exists()
    assert not [p for p in tmp_path.rglob("*") if p.is_file()]


def test_deleting_a_case_ends_access_for_the_code_holder(client, db):
    case = start_case(client)
    code = take_resume_code(client, case)
    phone = Client()
    phone.post("/resume/", {"code": code})
    client.post(f"/case/{case.id}/delete/")
    assert phone.get(f"/case/{case.id}/").status_code == 404


def test_deleting_the_account_removes_everything(alice_in, alice, bob):
    cases = [start_case(alice_in) for _ in range(2)]
    code = take_resume_code(alice_in, cases[0])
    phone = Client()
    phone.post("/resume/", {"code": code})
    assert phone.get(f"/case/{cases[0].id}/").status_code == 200
    bobs = Case.objects.create(owner=bob)

    page = alice_in.get("/accounts/delete/")
    assert page.status_code == 200 and "账户“alice”" in page.text
    response = alice_in.post("/accounts/delete/", {"password": PASSWORD}, follow=True)

    assert not User.objects.filter(username="alice").exists()
    assert not Case.objects.filter(owner_id=alice.id).exists()
    assert not Case.objects.filter(pk__in=[c.id for c in cases]).exists()
    assert Case.objects.filter(pk=bobs.id).exists()
    assert "已经全部删除" in messages_text(response) and "2 个案件" in messages_text(response)
    assert phone.get(f"/case/{cases[0].id}/").status_code == 404
    assert alice_in.get("/accounts/cases/").status_code == 302


def test_deleting_the_account_needs_the_password(alice_in, alice):
    response = alice_in.post("/accounts/delete/", {"password": "wrong"})
    assert response.status_code == 200 and "「密码」" in response.text
    assert User.objects.filter(pk=alice.pk).exists()


def test_deleting_the_account_requires_login(client, db):
    assert client.post("/accounts/delete/", {"password": PASSWORD}).status_code == 302
