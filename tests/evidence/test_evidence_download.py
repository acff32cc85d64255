"""Files are served only to the case's owner, as downloads, byte for byte."""

import hashlib

from evidence_helpers import china, jpeg, log, pdf

from evidence.models import Attachment


def stored(case, data=None, name="信件.pdf"):
    data = data or pdf()
    entry = log(case, china(2026, 11, 20, 10, 0), channel="letter")
    return Attachment.store(entry, data, name, "pdf", "application/pdf")


def test_it_serves_the_original_bytes_to_the_owner(alice_client, alice_case):
    data = pdf()
    attachment = stored(alice_case, data)
    response = alice_client.get(f"/case/{alice_case.id}/evidence/file/{attachment.pk}/")
    assert response.status_code == 200
    assert response.streaming  # decrypted a chunk at a time, never whole in memory
    body = b"".join(response.streaming_content)
    assert body == data and response["Content-Length"] == str(len(data))
    assert hashlib.sha256(body).hexdigest() == attachment.sha256
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''%E4%BF%A1%E4%BB%B6.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_it_returns_404_to_an_outsider(alice_case, charlie_client):
    attachment = stored(alice_case)
    assert charlie_client.get(f"/case/{alice_case.id}/evidence/file/{attachment.pk}/").status_code == 404


def test_it_returns_404_for_a_file_of_another_case(alice_case, bob_client, bob_case):
    attachment = stored(alice_case)
    # Bob opens his own case's URL with Alice's file number.
    assert bob_client.get(f"/case/{bob_case.id}/evidence/file/{attachment.pk}/").status_code == 404


def test_it_returns_404_for_a_missing_file(alice_client, alice_case):
    assert alice_client.get(f"/case/{alice_case.id}/evidence/file/999999/").status_code == 404


def test_it_rejects_post(alice_client, alice_case):
    attachment = stored(alice_case, jpeg(), "a.jpg")
    assert alice_client.post(f"/case/{alice_case.id}/evidence/file/{attachment.pk}/").status_code == 405


def test_it_never_serves_a_file_under_an_executable_name(alice_client, alice_case):
    attachment = stored(alice_case, name="invoice.exe")
    response = alice_client.get(f"/case/{alice_case.id}/evidence/file/{attachment.pk}/")
    assert 'filename="invoice.exe.pdf"' in response["Content-Disposition"]
