"""The log snapshot: one encrypted copy of a case's log that readers rebuild when the log changes."""

import pytest
from django.db import connection
from evidence_helpers import china, log, png

import cases.crypto
from cases.core import codes
from cases.models import Case
from evidence import services
from evidence.models import Attachment, Entry, LogSnapshot

pytestmark = pytest.mark.django_db


def read(case) -> list[services.LoggedEntry]:
    """The log as a new request sees it (a fresh case object, no per-object copy)."""
    return services.logged_entries(Case.objects.get(pk=case.pk))


def test_it_reads_the_same_log_from_the_snapshot_as_from_the_entries(alice_case):
    entry = log(alice_case, china(2026, 11, 20, 23, 10), text="不还钱就通知你单位", target="employer")
    Attachment.store(entry, png(), "截图.png", "image", "image/png")
    first = read(alice_case)  # builds the snapshot
    assert LogSnapshot.objects.filter(case=alice_case).exists()
    second = read(alice_case)  # answered from it
    assert first == second
    (row,) = second
    assert (row.at, row.text, row.target_label, row.third_party) == (
        china(2026, 11, 20, 23, 10),
        "不还钱就通知你单位",
        codes.CONTACT_TARGETS["employer"].label,
        True,
    )
    assert [f.original_name for f in row.files] == ["截图.png"]


@pytest.mark.parametrize("change", ["add", "edit", "delete", "attach", "detach"])
def test_any_change_to_the_log_is_seen_on_the_next_view(alice_case, change):
    entry = log(alice_case, china(2026, 11, 20, 9, 0), text="第一次")
    log(alice_case, china(2026, 11, 20, 10, 0), text="第二次")
    file = Attachment.store(entry, png(), "a.png", "image", "image/png")
    read(alice_case)
    if change == "add":
        log(alice_case, china(2026, 11, 20, 11, 0), text="第三次")
        expected = (["第一次", "第二次", "第三次"], 1)
    elif change == "edit":
        entry.text = "改过了"
        entry.save()
        expected = (["改过了", "第二次"], 1)
    elif change == "delete":
        Entry.objects.filter(pk=entry.pk).delete()
        expected = (["第二次"], 0)
    elif change == "attach":
        Attachment.store(entry, png(), "b.png", "image", "image/png")
        expected = (["第一次", "第二次"], 2)
    else:
        file.delete()
        expected = (["第一次", "第二次"], 0)
    rows = read(alice_case)
    assert ([r.text for r in rows], sum(len(r.files) for r in rows)) == expected


def test_the_snapshot_is_stored_encrypted(alice_case):
    log(alice_case, china(2026, 11, 20, 9, 0), text="爆你通讯录")
    read(alice_case)
    with connection.cursor() as cursor:
        cursor.execute("SELECT entries FROM evidence_logsnapshot")
        (stored,) = cursor.fetchone()
    assert stored.startswith("gAAAA") and "通讯录" not in stored and "13800000000" not in stored


def test_a_snapshot_that_cannot_be_decrypted_is_built_again(alice_case):
    log(alice_case, china(2026, 11, 20, 9, 0), text="还钱")
    read(alice_case)
    with connection.cursor() as cursor:  # raw: the model would encrypt whatever it is given
        cursor.execute("UPDATE evidence_logsnapshot SET entries = %s", ["gAAAAAnot-a-token"])
    assert [r.text for r in read(alice_case)] == ["还钱"]


def test_an_unchanged_log_is_decrypted_once_per_view_however_long(alice_case, monkeypatch):
    for hour in range(20):
        log(alice_case, china(2026, 11, 20, hour, 0), text=f"第{hour}次")
    read(alice_case)
    calls = []
    real = cases.crypto.decrypt_bytes
    monkeypatch.setattr(cases.crypto, "decrypt_bytes", lambda token: calls.append(1) or real(token))
    assert len(read(alice_case)) == 20
    assert len(calls) <= 3  # the case's title and answers, and the snapshot


def test_the_snapshot_goes_with_the_case(alice_case):
    log(alice_case, china(2026, 11, 20, 9, 0))
    read(alice_case)
    alice_case.delete()
    assert not LogSnapshot.objects.exists()
