"""The log's contact events and the case export section."""

import io
import json
import zipfile

import pytest
from evidence_helpers import china, log, png

from evidence.log import read as read_log
from evidence.models import Attachment

pytestmark = pytest.mark.django_db


def test_it_turns_entries_into_contact_events(alice_case):
    log(alice_case, china(2026, 11, 21, 9, 0), target="employer", source="")
    log(alice_case, china(2026, 11, 20, 9, 0), answered=False, source="95188")
    events = list(read_log(alice_case).events)
    assert [(e.at, e.channel, e.answered, e.third_party, e.source) for e in events] == [
        (china(2026, 11, 20, 9, 0), "call", False, False, "95188"),
        (china(2026, 11, 21, 9, 0), "call", True, True, None),
    ]


def test_it_has_no_events_for_an_empty_log(alice_case):
    assert list(read_log(alice_case).events) == []


def test_it_adds_the_log_and_its_files_to_the_case_export(alice_case):
    export = pytest.importorskip("cases.export")
    data = png()
    entry = log(alice_case, china(2026, 11, 20, 9, 0), text="录音在附件")
    attachment = Attachment.store(entry, data, "a.png", "image", "image/png")
    archive = zipfile.ZipFile(io.BytesIO(export.zip_bytes([alice_case])))
    case_json = json.loads(archive.read(f"case-{alice_case.id}.json"))
    section = case_json["extras"]["evidence"]
    assert section["entries"][0]["text"] == "录音在附件"
    saved = section["entries"][0]["attachments"][0]
    assert saved["sha256"] == attachment.sha256 and saved["original_name"] == "a.png"
    assert archive.read(f"case-{alice_case.id}/{saved['file']}") == data
