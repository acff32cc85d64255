"""HEAD on a page that answers GET is that GET without its body, not 405 (issue 18, item 13)."""

import pytest


@pytest.mark.parametrize("path", ["/", "/healthz", "/resume/", "/accounts/login/"])
def test_it_answers_head_on_a_public_page_as_get_without_a_body(client, db, path):
    get = client.get(path)
    head = client.head(path)
    assert head.status_code == get.status_code == 200
    assert head.content == b""
    assert head["Content-Type"] == get["Content-Type"]
    assert int(head["Content-Length"]) == len(get.content) > 0


def test_it_answers_head_on_a_case_page_for_its_owner_only(alice_client, alice_case, charlie_client):
    head = alice_client.head(f"/case/{alice_case.id}/")
    assert head.status_code == 200 and head.content == b""
    assert "no-store" in head["Cache-Control"]
    assert charlie_client.head(f"/case/{alice_case.id}/").status_code == 404


def test_it_still_refuses_head_where_get_is_refused(alice_client, alice_case):
    assert alice_client.head(f"/case/{alice_case.id}/resume-code/").status_code == 405


def test_it_sends_no_file_on_head_of_an_export(alice_client, alice_case):
    head = alice_client.head(f"/case/{alice_case.id}/export/")
    assert head.status_code == 200
    body = b"".join(head.streaming_content) if head.streaming else head.content
    assert body == b""
    assert int(head["Content-Length"]) > 0  # the ZIP's size, as a GET would send it
