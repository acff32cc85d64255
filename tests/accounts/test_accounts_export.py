import io
import json
import zipfile

import pytest

from cases import export
from cases.models import Case
from tests.support import answer, start_case


def read_zip(response) -> zipfile.ZipFile:
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "no-store" in response["Cache-Control"]
    assert response.streaming  # served from a temporary file, not built in memory
    return zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))


@pytest.fixture
def extra_section():
    def section(case):
        return "notes", [{"n": 1}], [("notes/one.txt", b"hello"), ("../../escape.txt", b"x")]

    export.register(section)
    yield section
    export.unregister(section)


def test_it_downloads_one_case_as_json_in_a_zip(client, db):
    case = start_case(client)
    answer(client, case, "message", {"message": "【某某金融】您已逾期3天。"})
    client.post(f"/case/{case.id}/title/", {"title": "某某金融"})
    archive = read_zip(client.get(f"/case/{case.id}/export/"))
    data = json.loads(archive.read(f"case-{case.id}.json"))
    assert data["id"] == str(case.id)
    assert data["title"] == "某某金融"
    assert data["answers"]["message"] == "【某某金融】您已逾期3天。"
    assert {"created", "updated", "submitted", "extras"} <= set(data)


def test_it_adds_the_sections_other_apps_register_with_their_files(client, db, extra_section):
    case = start_case(client)
    archive = read_zip(client.get(f"/case/{case.id}/export/"))
    data = json.loads(archive.read(f"case-{case.id}.json"))
    assert data["extras"]["notes"] == [{"n": 1}]
    assert archive.read(f"case-{case.id}/notes/one.txt") == b"hello"
    # A file path cannot climb out of the case's folder.
    assert all(name.startswith(f"case-{case.id}") for name in archive.namelist())


def test_it_downloads_every_case_of_an_account(alice_in, alice, bob):
    mine = [Case.objects.create(owner=alice, answers={"lender": f"L{i}"}) for i in range(2)]
    theirs = Case.objects.create(owner=bob)
    archive = read_zip(alice_in.get("/accounts/export/"))
    names = archive.namelist()
    assert sorted(names) == sorted(f"case-{c.id}.json" for c in mine)
    assert f"case-{theirs.id}.json" not in names


def test_exporting_every_case_requires_login(client, db):
    assert client.get("/accounts/export/").status_code == 302


def test_registering_twice_adds_once(extra_section):
    export.register(extra_section)
    assert export._SECTIONS.count(extra_section) == 1
