"""A case's `updated` moves whenever anything in its file changes: the answers, the evidence log
and its files, the checklist ticks, the complaints and the complainant's details: the idle-draft
purge (manage.py purge_stale) counts from it."""

from datetime import date, datetime, timedelta

import pytest
from django.apps import apps
from django.utils import timezone

from cases.core.rules import CHINA_TZ
from cases.models import CASE_FILE_PARTS, Case
from documents.models import Complainant, Complaint
from evidence.models import Attachment, ChecklistTick, Entry, PendingUpload
from tests.support import answer, start_case

pytestmark = pytest.mark.django_db

# Related to a case but not part of what it says.
DERIVED = {
    PendingUpload: "a file waiting on the form that received it; it joins the log as an Attachment",
}
LONG_AGO = datetime(2026, 1, 1, tzinfo=CHINA_TZ)


def _leads_to_case(model, seen=()) -> bool:
    for field in model._meta.concrete_fields:
        target = field.related_model if field.many_to_one or field.one_to_one else None
        if target is Case or (
            target is not None and target not in seen and _leads_to_case(target, {*seen, model})
        ):
            return True
    return False


@pytest.fixture
def case(client) -> Case:
    case = start_case(client)
    _age(case)
    return case


def _age(case: Case) -> None:
    Case.objects.filter(pk=case.pk).update(updated=LONG_AGO)
    case.updated = LONG_AGO


def _moved(case: Case) -> bool:
    moved = Case.objects.get(pk=case.pk).updated > LONG_AGO
    _age(case)
    return moved


def test_every_model_that_leads_to_a_case_is_part_of_its_file_or_derived_from_it():
    related = {m for m in apps.get_models() if m is not Case and _leads_to_case(m)}
    assert related == set(CASE_FILE_PARTS) | set(DERIVED)
    assert not set(CASE_FILE_PARTS) & set(DERIVED)


def test_new_answers_move_it(client, case):
    answer(client, case, "lender", {"lender": "某某网贷", "lender_kind": ""})
    assert _moved(case)


def test_adding_editing_and_deleting_a_log_entry_move_it(case):
    entry = Entry.objects.create(case=case, at=LONG_AGO, channel="call")
    assert _moved(case)
    entry.text = "再不还就上门"
    entry.save()
    assert _moved(case)
    entry.delete()
    assert _moved(case)


def test_adding_and_removing_a_file_move_it(case):
    entry = Entry.objects.create(case=case, at=LONG_AGO, channel="sms")
    _age(case)
    attachment = Attachment.store(
        Entry.objects.get(pk=entry.pk), b"\x89PNG\r\n\x1a\n", "a.png", "image", "image/png"
    )
    assert _moved(case)
    Attachment.objects.get(pk=attachment.pk).delete()  # a fresh row: its entry is not loaded
    assert _moved(case)


def test_ticking_the_checklist_moves_it(client, case):
    answer(client, case, "threats", {"threats": ["insult"]})
    _age(case)
    page = client.get(f"/case/{case.id}/evidence/checklist/").text
    code = page.split('name="ticked" value="', 1)[1].split('"', 1)[0]
    assert client.post(f"/case/{case.id}/evidence/checklist/", {"ticked": [code]}).status_code == 302
    assert ChecklistTick.objects.filter(case=case, code=code).exists()
    assert _moved(case)


def test_recording_and_deleting_a_complaint_move_it(case):
    complaint = Complaint.objects.create(case=case, channel="nfra", made_on=date(2026, 1, 5))
    assert _moved(case)
    complaint.delete()
    assert _moved(case)


def test_saving_and_clearing_the_complainant_move_it(client, case):
    client.post(f"/case/{case.id}/documents/complainant/", {"name": "陈晓", "phone": "", "id_number": ""})
    assert Complainant.objects.filter(case=case).exists() and _moved(case)
    client.post(f"/case/{case.id}/documents/complainant/", {"name": "", "phone": "", "id_number": ""})
    assert not Complainant.objects.filter(case=case).exists() and _moved(case)


def test_a_draft_whose_log_grows_is_not_purged_as_idle(case):
    assert case in Case.objects.stale_drafts(days=30)
    Entry.objects.create(case=case, at=timezone.now() - timedelta(hours=1), channel="call")
    assert case not in Case.objects.stale_drafts(days=30)


def test_deleting_a_case_with_its_log_and_files_works(case):
    entry = Entry.objects.create(case=case, at=LONG_AGO, channel="sms")
    Attachment.store(entry, b"\x89PNG\r\n\x1a\n", "a.png", "image", "image/png")
    Complaint.objects.create(case=case, channel="nfra", made_on=date(2026, 1, 5))
    Case.objects.get(pk=case.pk).delete()
    assert not Case.objects.filter(pk=case.pk).exists() and not Entry.objects.filter(pk=entry.pk).exists()
