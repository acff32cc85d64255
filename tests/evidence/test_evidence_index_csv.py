"""The printable evidence index and the CSV export."""

import csv
import io

import pytest
from evidence_helpers import china, jpeg, log

from evidence.index import evidence_index
from evidence.log import read as read_log
from evidence.models import Attachment

pytestmark = pytest.mark.django_db


@pytest.fixture
def logged(alice_case):
    first = log(
        alice_case, china(2026, 11, 20, 23, 10), channel="sms", source="10690000", text="今晚不还就上门"
    )
    Attachment.store(first, jpeg(), "短信截图.jpg", "image", "image/jpeg")
    log(alice_case, china(2026, 11, 21, 9, 0), answered=False, target="family")
    return alice_case


def test_it_builds_index_rows_oldest_first(logged):
    rows = evidence_index(read_log(logged))
    assert [(r.channel, r.source, r.file_name) for r in rows] == [
        ("短信", "10690000", "短信截图.jpg"),
        ("电话", "13800000000", ""),
    ]
    assert rows[0].summary == "今晚不还就上门"
    assert rows[1].summary == "未接来电，联系了我的家人"
    assert len(rows[0].sha256) == 64 and rows[1].sha256 == ""
    assert rows[0].at == china(2026, 11, 20, 23, 10)


def test_it_prints_the_index(alice_client, logged):
    sha = Attachment.objects.get().sha256
    html = alice_client.get(f"/case/{logged.id}/evidence/index/").text
    assert 'class="print-document' in html and 'class="no-print' in html
    assert "2026-11-20 23:10" in html and "短信截图.jpg" in html and sha in html
    assert "<h1>证据目录</h1>" in html


def test_it_exports_csv_with_a_bom_for_excel(alice_client, logged):
    response = alice_client.get(f"/case/{logged.id}/evidence/log.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment;")
    assert response.content.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][0] == "时间" and len(rows) == 3
    assert rows[1][:3] == ["2026-11-20 23:10", "短信", "10690000"]
    assert rows[1][7] == "短信截图.jpg" and rows[1][8] == Attachment.objects.get().sha256
    assert "深夜或清晨催收" in rows[1][6]


@pytest.mark.parametrize(
    "evil",
    [
        '=HYPERLINK("http://x")',
        "+1+1",
        "-2+3",
        "@SUM(A1)",
        "\t=1",
        " =1+1",
        "\n@SUM(A1)",
        "\u3000-2+3",
        "＝1+1",
    ],
)
def test_it_neutralises_formula_injection(alice_client, alice_case, evil):
    log(alice_case, china(2026, 11, 20, 10, 0), source=evil, text=evil)
    body = alice_client.get(f"/case/{alice_case.id}/evidence/log.csv").content.decode("utf-8-sig")
    row = list(csv.reader(io.StringIO(body)))[1]
    assert row[2] == "'" + evil and row[5] == "'" + evil


def test_it_serves_index_and_csv_only_to_the_owner(charlie_client, logged):
    assert charlie_client.get(f"/case/{logged.id}/evidence/index/").status_code == 404
    assert charlie_client.get(f"/case/{logged.id}/evidence/log.csv").status_code == 404
