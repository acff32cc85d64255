"""An entry's flags are read from its text when it is saved, kept encrypted beside it, and read
again when the analyzer changes: a page shows the same flags without analyzing the whole log."""

from django.db import connection

from cases.analysis import VERSION
from evidence import log
from evidence.models import Entry
from tests.evidence.evidence_helpers import china
from tests.evidence.evidence_helpers import log as add_entry


def test_it_reads_the_flags_of_the_text_when_the_entry_is_saved(alice_case):
    entry = add_entry(alice_case, china(2026, 11, 20, 10, 0), text="再不还钱就告诉你全家，老赖")
    entry.refresh_from_db()
    assert {"insult", "exposure_threat"} <= set(entry.said_flags)
    assert entry.flags_version == VERSION


def test_it_keeps_the_flags_encrypted(alice_case):
    entry = add_entry(alice_case, china(2026, 11, 20, 10, 0), text="老赖，赶紧还钱")
    with connection.cursor() as cursor:
        cursor.execute("SELECT said_flags FROM evidence_entry WHERE id = %s", [entry.id])
        stored = cursor.fetchone()[0]
    assert "insult" not in stored


def test_it_reads_the_text_again_when_an_older_analyzer_read_it(alice_case):
    entry = add_entry(alice_case, china(2026, 11, 20, 10, 0), text="老赖，赶紧还钱")
    Entry.objects.filter(id=entry.id).update(flags_version="old", said_flags="")
    events = log.read(alice_case).events
    assert "insult" in events[0].flags
    entry.refresh_from_db()
    assert entry.flags_version == VERSION and "insult" in entry.said_flags


def test_it_changes_the_flags_when_the_text_is_edited(alice_case):
    entry = add_entry(alice_case, china(2026, 11, 20, 10, 0), text="老赖，赶紧还钱")
    entry.text = "您好，请按时还款。"
    entry.save()
    entry.refresh_from_db()
    assert "insult" not in entry.said_flags
