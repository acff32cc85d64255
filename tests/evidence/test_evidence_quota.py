"""Upload quotas: per case and per browser, stated on the form, refused naming the field, nothing
stored past them (issue 18, item 5)."""

from evidence_helpers import form_data, png, upload

from evidence.models import Attachment, Entry, PendingUpload
from tests.support import start_case

MB = 1024 * 1024


def big_png(size: int) -> bytes:
    data = png()
    return data + bytes(size - len(data))  # zero padding after the end is not a hidden format


def test_it_says_how_much_the_case_may_still_hold(alice_client, alice_case, settings):
    settings.EVIDENCE_CASE_QUOTA_MB = 3
    entry = Entry.objects.create(case=alice_case, at="2026-11-20T23:10+08:00", channel="sms")
    Attachment.store(entry, big_png(MB), "a.png", "image", "image/png")
    page = alice_client.get(f"/case/{alice_case.id}/evidence/add/").text
    assert "这个案件还能再上传 2.0 MB" in page


def test_it_refuses_files_over_the_case_quota_and_keeps_what_was_typed(alice_client, alice_case, settings):
    settings.EVIDENCE_CASE_QUOTA_MB = 1
    data = {
        **form_data(text="对方说明天上门"),
        "files": [upload("a.png", big_png(MB // 2)), upload("b.png", big_png(MB))],
    }
    response = alice_client.post(f"/case/{alice_case.id}/evidence/add/", data)
    assert response.status_code == 200
    assert "「附件（截图、录音、信件）」这次选的文件一共 1.5 MB，这个案件只能再上传 1.0 MB" in response.text
    assert "对方说明天上门" in response.text
    assert not Attachment.objects.exists() and not PendingUpload.objects.exists()


def test_it_counts_every_case_of_the_browser_against_its_quota(alice_client, alice_case, settings):
    settings.EVIDENCE_CASE_QUOTA_MB, settings.EVIDENCE_BROWSER_QUOTA_MB = 10, 2
    first = alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        {**form_data(), "files": upload("a.png", big_png(3 * MB // 2))},
    )
    assert first.status_code == 302
    second_case = start_case(alice_client)  # a fresh case does not reset the browser's quota
    response = alice_client.post(
        f"/case/{second_case.id}/evidence/add/", {**form_data(), "files": upload("b.png", big_png(MB))}
    )
    assert "这个浏览器里的案件一共只能再上传 0.5 MB" in response.text
    assert Attachment.objects.count() == 1


def test_another_browser_has_its_own_quota(alice_client, alice_case, bob_client, bob_case, settings):
    settings.EVIDENCE_BROWSER_QUOTA_MB = 2
    alice_client.post(
        f"/case/{alice_case.id}/evidence/add/",
        {**form_data(), "files": upload("a.png", big_png(3 * MB // 2))},
    )
    response = bob_client.post(
        f"/case/{bob_case.id}/evidence/add/", {**form_data(), "files": upload("b.png", big_png(MB))}
    )
    assert response.status_code == 302
    assert Attachment.objects.count() == 2
