"""A double tap on a corrected evidence form: two gunicorn workers save it at the same moment.
The file kept from the refused submission goes to exactly one of the two entries, and deleting
either entry leaves the other's file readable (issue 18, item 1)."""

import json
import threading

import pytest

from tests.browser.live import LiveServer, Visitor

ROUNDS = 6
FORM = {
    "at": "2026-11-20T23:10",
    "channel": "call",
    "source": "",
    "target": "me",
    "answered": "yes",
    "text": "",
}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with LiveServer(tmp_path_factory.mktemp("double-submit"), workers=2) as site:
        yield site


def _shell(site: LiveServer, code: str) -> object:
    return json.loads(site.manage("shell", "-c", code).stdout.strip().splitlines()[-1])


def test_it_gives_each_kept_file_to_one_entry_when_the_corrected_form_is_sent_twice_at_once(server):
    person = Visitor(server)
    case_id = person.start_case()
    # Files kept from refused submissions, as the form keeps them (encrypted, tied to the case).
    ids = _shell(
        server,
        "import json; from cases.models import Case; from evidence.models import PendingUpload as P; "
        f"c = Case.objects.get(pk='{case_id}'); "
        f"print(json.dumps([P.store(c, b'%PDF-1.4 ' + bytes([i]) + b'\\n%%EOF', 'a.pdf', 'pdf', "
        f"'application/pdf').pk for i in range({ROUNDS})]))",
    )
    person.get(f"/case/{case_id}/evidence/add/")  # the form's CSRF token
    statuses = []
    for pending in ids:
        barrier = threading.Barrier(2)

        def submit(pending=pending, barrier=barrier):
            tab = Visitor(server)
            tab.cookies, tab.csrf = dict(person.cookies), person.csrf
            barrier.wait()
            status, _, _ = tab.request("POST", f"/case/{case_id}/evidence/add/", {**FORM, "pending": pending})
            statuses.append(status)

        threads = [threading.Thread(target=submit) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)

    assert statuses == [302] * 2 * ROUNDS, server.log_text()
    result = _shell(
        server,
        "import json; from evidence.models import Attachment as A, Entry as E, PendingUpload as P; "
        "blobs = list(A.objects.values_list('blob', flat=True)); "
        "[e.delete() for e in E.objects.filter(attachments__isnull=True)]; "
        "print(json.dumps({'entries': E.objects.count(), 'blobs': blobs, 'pending': P.objects.count(), "
        "'readable': sorted(a.read()[9] for a in A.objects.all())}))",
    )
    assert result["pending"] == 0
    assert len(result["blobs"]) == ROUNDS == len(set(result["blobs"]))  # one attachment per file
    assert result["entries"] == ROUNDS  # the file-less twins deleted, the others kept their files
    assert result["readable"] == list(range(ROUNDS))
