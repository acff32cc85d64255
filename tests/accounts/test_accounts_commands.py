from datetime import timedelta
from io import StringIO

from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.utils import timezone

from cases.models import Case


def age(case: Case, days: int) -> None:
    Case.objects.filter(pk=case.pk).update(updated=timezone.now() - timedelta(days=days))


def test_purge_stale_removes_only_old_drafts_nobody_kept(alice, settings):
    settings.STALE_DRAFT_DAYS = 30
    stale = Case.objects.create()
    recent = Case.objects.create()
    owned = Case.objects.create(owner=alice)
    with_code = Case.objects.create(resume_code_hash="a" * 64)
    for case in (stale, owned, with_code):
        age(case, 31)
    age(recent, 29)
    out = StringIO()
    call_command("purge_stale", stdout=out)
    assert set(Case.objects.values_list("pk", flat=True)) == {recent.pk, owned.pk, with_code.pk}
    assert "Deleted 1 drafts" in out.getvalue()


def test_purge_stale_takes_the_days_from_settings_or_the_command_line(db, settings):
    case = Case.objects.create()
    age(case, 8)
    settings.STALE_DRAFT_DAYS = 10
    call_command("purge_stale", stdout=StringIO())
    assert Case.objects.exists()
    call_command("purge_stale", "--days", "7", "--dry-run", stdout=StringIO())
    assert Case.objects.exists()
    call_command("purge_stale", "--days", "7", stdout=StringIO())
    assert not Case.objects.exists()


def test_purge_stale_forgets_expired_throttle_records(db):
    from accounts.models import FailedAttempt

    FailedAttempt.objects.create(scope="resume", key="k", at=timezone.now() - timedelta(hours=1))
    FailedAttempt.objects.create(scope="resume", key="k")
    call_command("purge_stale", stdout=StringIO())
    assert FailedAttempt.objects.count() == 1


def raw_row(case: Case) -> tuple:
    with connection.cursor() as cursor:
        cursor.execute("SELECT title, answers FROM cases_case WHERE id = %s", [case.id.hex])
        return cursor.fetchone()


def test_rotate_keys_re_encrypts_so_the_old_key_can_go(db, settings):
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    settings.FIELD_ENCRYPTION_KEYS = [old]
    cases = [Case.objects.create(title=f"标题{i}", answers={"message": f"消息{i}"}) for i in range(3)]
    empty = Case.objects.create()
    before = [raw_row(c) for c in cases]

    settings.FIELD_ENCRYPTION_KEYS = [new, old]
    assert Case.objects.get(pk=cases[0].pk).answers == {"message": "消息0"}  # old data still readable
    out = StringIO()
    call_command("rotate_keys", "--batch", "2", stdout=out)
    assert "cases.Case: 7 values re-encrypted" in out.getvalue()  # 3 titles, 4 answers
    assert [raw_row(c) for c in cases] != before

    settings.FIELD_ENCRYPTION_KEYS = [new]
    for i, case in enumerate(cases):
        case = Case.objects.get(pk=case.pk)
        assert (case.title, case.answers) == (f"标题{i}", {"message": f"消息{i}"})
    assert Case.objects.get(pk=empty.pk).title == ""


def test_rotate_keys_calls_rotate_encryption_on_models_that_define_it(db, monkeypatch):
    calls = []
    monkeypatch.setattr(
        Case, "rotate_encryption", classmethod(lambda cls: calls.append(cls) or 7), raising=False
    )
    out = StringIO()
    call_command("rotate_keys", stdout=out)
    assert calls == [Case]
    assert "cases.Case.rotate_encryption(): 7" in out.getvalue()


def test_rotate_keys_stops_on_data_no_key_can_read(db, settings):
    from django.core.management.base import CommandError

    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    Case.objects.create(title="x")
    settings.FIELD_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    try:
        call_command("rotate_keys", stdout=StringIO())
    except CommandError as error:
        assert "cannot be decrypted" in str(error)
    else:
        raise AssertionError("rotate_keys should have failed")
