"""Real-browser journeys at a 375×812 phone viewport, one per thing a person comes to do.

Every page each journey reaches is screenshotted (screenshots/), checked with axe-core, and its
network log must name no host but 127.0.0.1 (see `Journey.check`).
"""

import struct
import zlib

import pytest

from cases.core.codes import VERDICTS
from tests.browser.journey import Journey, acceptance_input, answer_questionnaire

pytestmark = pytest.mark.browser


def start(j: Journey) -> Journey:
    return j.goto("/").press("开始")


def see_verdict(j: Journey, verdict: str) -> None:
    section = j.page.locator(f"section.verdict-{verdict}")
    assert section.count() == 1, f"expected the {verdict} verdict on {j.path}"
    assert section.locator("h2").inner_text().strip() == VERDICTS[verdict].label
    assert j.page.locator("ol.steps li").count() >= 1, "no next steps on the case page"


@pytest.mark.parametrize(
    "example, verdict",
    [
        ("A01", "lawful_reminder"),
        ("A02", "scam"),
        ("A07", "unlawful_collection"),
        ("A12", "not_your_debt"),
        ("A24", "needs_verification"),
    ],
)
def test_a_person_pastes_a_message_and_sees_the_right_verdict(journey, example, verdict):
    answers = acceptance_input(example)
    steps = answer_questionnaire(start(journey), answers)
    assert steps[:2] == ["message", "findings"], steps
    assert journey.path.endswith("/review/")
    journey.press("看结果")
    see_verdict(journey, verdict)


def test_the_whole_questionnaire_works_with_javascript_switched_off(new_journey):
    j = new_journey(javascript=False)
    assert j.page.evaluate("1 + 1") == 2  # Playwright's own evaluate still works; the page's JS does not
    answers = {**acceptance_input("A02"), "lender": "某某网贷", "amount_claimed": "5200"}
    steps = answer_questionnaire(start(j), answers)
    assert {"message", "findings", "channel", "sender", "relationship", "threats"} <= set(steps)
    j.press("看结果")
    see_verdict(j, "scam")


def test_a_bad_value_is_refused_in_the_browser_with_the_fields_name(journey):
    start(journey).fill({"message": "你的账单逾期了"}).submit()
    while "/step/amounts/" not in journey.path:
        journey.fill({"channel": "sms", "sender": "unknown", "relationship": "borrower"}).submit()
    journey.fill({"amount_claimed": "很多钱"}).submit("amounts-error")
    alert = journey.page.get_by_role("alert")
    assert "「对方说你欠多少钱（元）」" in alert.inner_text()
    assert journey.page.locator('[name="amount_claimed"]').input_value() == "很多钱"


def test_a_resume_code_reopens_the_case_in_another_browser_and_nobody_else_sees_it(new_journey):
    alice = new_journey("alice")
    answer_questionnaire(start(alice), acceptance_input("A07"))
    alice.press("看结果")
    case_path = alice.path
    alice.press("拿一个恢复码")
    code = alice.page.get_by_label("恢复码").inner_text().strip()
    assert code

    # Charlie, a stranger in his own browser, cannot open the case by its address.
    charlie = new_journey("charlie")
    charlie.refused(case_path)

    # Alice on another day, in a fresh browser: the code opens it.
    later = new_journey("alice-later")
    later.goto("/resume/").fill({"code": code}).press("打开案件")
    assert later.path == case_path
    see_verdict(later, "unlawful_collection")

    # ... and a wrong code opens nothing.
    stranger = new_journey("stranger")
    stranger.goto("/resume/").fill({"code": "AAAA-BBBB-CCCC"}).press("打开案件", "resume-refused")
    assert stranger.path == "/resume/"


def tiny_png() -> bytes:
    """A real 2×2 PNG, made here so the test needs no fixture file."""
    raw = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(raw))
        + chunk(b"IEND", b"")
    )


def test_evidence_with_an_upload_updates_the_timeline_and_flags_and_prints_in_the_complaint(journey):
    answer_questionnaire(start(journey), acceptance_input("A07"))
    journey.press("看结果")
    case_path = journey.path

    journey.press("开始记录")
    journey.press("记一次联系")
    journey.fill(
        {
            "at": "2026-11-20T23:10",
            "channel": "call",
            "source": "13800001234",
            "target": "family",
            "answered": "yes",
            "text": "晚上十一点打给我妈妈，说我欠钱不还要告诉全村。",
            "files": {"name": "通话截图.png", "mimeType": "image/png", "buffer": tiny_png()},
        }
    ).press("保存", "evidence-saved")

    timeline = journey.page.locator("ol.timeline li.entry")
    assert timeline.count() == 1
    entry = timeline.first
    assert entry.locator(".badge-night").count() == 1, "a call at 23:10 is not marked as a night contact"
    assert entry.locator(".flags li").count() >= 1, "the entry shows no flags"
    assert "通话截图.png" in entry.locator(".attachments").inner_text()
    figures = journey.page.locator("section.figures").inner_text()
    assert "晚上10点到早上8点之间：1 次" in figures.replace("\n", "")
    assert "联系了你以外的人：1 次" in figures.replace("\n", "")

    journey.goto(case_path)
    assert "已记下 1 次联系" in journey.page.locator("section.evidence-summary").inner_text()

    journey.press("全部文书和投诉材料")
    journey.press("生成打印版", "documents-print")
    journey.page.emulate_media(media="print")
    journey.check("documents-print-as-printed")
    evidence_table = journey.page.locator(".print-document .evidence-table").first
    assert "13800001234" in evidence_table.inner_text(), "the complaint does not list the logged contact"
    assert not journey.page.locator(".no-print").first.is_visible()
    journey.page.emulate_media(media="screen")
