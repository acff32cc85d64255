"""A case export carries the complaints made and the complainant's details (decrypted)."""

from datetime import date

import pytest

from cases import export
from documents.models import Complainant, Complaint

pytestmark = pytest.mark.django_db


def test_the_export_lists_complaints_and_the_complainant(borrower_case):
    Complaint.objects.create(
        case=borrower_case, channel="credit_dispute", reference="ZX-9", made_on=date(2026, 1, 1)
    )
    Complainant.objects.create(case=borrower_case, name="陈晓")
    section = export.collect(borrower_case).data["extras"]["documents"]
    assert section["complaints"] == [
        {
            "channel": "credit_dispute",
            "channel_name": "征信异议",
            "reference": "ZX-9",
            "made_on": "2026-01-01",
            "reply_due": "2026-01-21",
        }
    ]
    assert section["complainant"] == {"name": "陈晓", "phone": "", "id_number": ""}


def test_a_case_without_documents_exports_an_empty_section(borrower_case):
    section = export.collect(borrower_case).data["extras"]["documents"]
    assert section == {"complaints": [], "complainant": None}
