"""Every documents page is reached through the case's one door: 404 for anyone else."""

import pytest

from documents.models import Complaint

pytestmark = pytest.mark.django_db

PAGES = [
    "",
    "plan/",
    "letters/negotiation_request/",
    "letters/stop_collection/",
    "letters/not_borrower/",
    "letters/credit_dispute/",
    "letters/family_note/",
    "complaint/nfra/",
    "complaint/heimao/public/",
    "complaints/",
    "complainant/",
    "print/",
]


def test_it_opens_every_page_for_the_owner(alice_client, borrower_case):
    for page in PAGES:
        assert alice_client.get(f"/case/{borrower_case.id}/documents/{page}").status_code == 200, page


def test_it_gives_an_outsider_404_on_every_page(charlie_client, borrower_case):
    for page in PAGES:
        assert charlie_client.get(f"/case/{borrower_case.id}/documents/{page}").status_code == 404, page


def test_it_gives_an_outsider_404_on_every_form(charlie_client, borrower_case):
    base = f"/case/{borrower_case.id}/documents/"
    assert charlie_client.post(base + "letters/negotiation_request/", {"body": "x"}).status_code == 404
    assert (
        charlie_client.post(base + "complaints/", {"channel": "nfra", "made_on": "2026-01-01"}).status_code
        == 404
    )
    assert charlie_client.post(base + "complainant/", {"name": "查理"}).status_code == 404
    assert not Complaint.objects.exists()


def test_an_outsider_cannot_delete_someone_elses_complaint(charlie_client, borrower_case):
    complaint = Complaint.objects.create(case=borrower_case, channel="nfra", made_on="2026-01-01")
    url = f"/case/{borrower_case.id}/documents/complaints/{complaint.pk}/delete/"
    assert charlie_client.post(url).status_code == 404
    assert Complaint.objects.filter(pk=complaint.pk).exists()


def test_a_complaint_of_another_case_cannot_be_deleted_through_mine(alice_client, borrower_case):
    from tests.documents.conftest import BORROWER, make_case

    other = make_case(alice_client, **BORROWER)
    complaint = Complaint.objects.create(case=other, channel="nfra", made_on="2026-01-01")
    url = f"/case/{borrower_case.id}/documents/complaints/{complaint.pk}/delete/"
    assert alice_client.post(url).status_code == 404


def test_unknown_letters_and_channels_are_404(alice_client, borrower_case):
    base = f"/case/{borrower_case.id}/documents/"
    assert alice_client.get(base + "letters/love_letter/").status_code == 404
    assert alice_client.get(base + "complaint/nowhere/").status_code == 404


def test_the_delete_url_refuses_get(alice_client, borrower_case):
    complaint = Complaint.objects.create(case=borrower_case, channel="nfra", made_on="2026-01-01")
    url = f"/case/{borrower_case.id}/documents/complaints/{complaint.pk}/delete/"
    assert alice_client.get(url).status_code == 405
