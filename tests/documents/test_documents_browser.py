"""The documents pages in a real phone-sized browser: axe-core, no other host, the print button
with JavaScript on and off, and a letter edited and printed."""

import pytest

from tests.browser import conftest as browser_fixtures
from tests.browser.journey import Journey, acceptance_input, answer_questionnaire

# The browser journeys' fixtures (one live server, Chromium at a phone viewport), used here too.
site, browser, new_journey, journey = (
    browser_fixtures.site,
    browser_fixtures.browser,
    browser_fixtures.new_journey,
    browser_fixtures.journey,
)

pytestmark = pytest.mark.browser

ANSWERS = {
    **acceptance_input("A07"),
    "lender": "安逸消费金融",
    "lender_kind": "consumer_finance",
    "amount_claimed": "2356.80",
    "principal": "2000",
    "repay_ability": "part",
    "monthly_budget": "300",
}


def case_with_documents(j: Journey) -> str:
    answer_questionnaire(j.goto("/").press("开始"), ANSWERS)
    j.press("看结果")
    case_path = j.path
    j.press("全部文书和投诉材料")
    return case_path


def test_a_borrower_makes_a_plan_edits_a_letter_and_prints_it(journey):
    case_path = case_with_documents(journey)
    assert journey.path == f"{case_path}documents/"

    journey.press("打开协商计划")
    assert journey.page.locator("table.plan-table tbody tr").count() == 8
    journey.page.locator("[name=monthly_budget]").fill("0")  # a GET form: Journey.fill fills POST forms
    journey.press("重新计算", "plan-zero-budget")
    assert "还不完" in journey.page.locator("main").inner_text()

    journey.goto(f"{case_path}documents/letters/stop_collection/")
    editor = journey.page.locator("textarea[name=body]")
    assert "威胁“爆通讯录”或公开曝光" in editor.input_value()
    editor.fill(editor.input_value().replace("（你的姓名）", "陈晓", 1))
    journey.press("生成打印版", "letter-printable")
    printed = journey.page.locator(".print-document .letter-text").inner_text()
    assert "本人陈晓近期收到" in printed

    button = journey.page.locator("button[data-print]")
    assert button.inner_text() == "打印 / 存为 PDF"  # print.js has bound it
    journey.page.evaluate("window.print = () => { window.__printed = true; }")
    button.click()
    assert journey.page.evaluate("window.__printed === true")

    journey.page.emulate_media(media="print")
    journey.check("letter-as-printed")
    assert not button.is_visible() and not journey.page.locator("textarea[name=body]").is_visible()
    assert journey.page.locator(".print-document .letter-text").is_visible()
    journey.page.emulate_media(media="screen")


def test_the_complaint_pages_and_tracking_work_without_javascript(new_journey):
    j = new_journey(javascript=False)
    case_path = case_with_documents(j)
    button = j.page.locator("button[data-print]")
    j.goto(f"{case_path}documents/complaint/heimao/public/")
    assert "请用浏览器菜单里的“打印”" in button.inner_text()
    j.goto(f"{case_path}documents/complaints/")
    j.fill({"channel": "credit_dispute", "reference": "YY-1", "made_on": "2026-01-05"}).submit()
    listing = j.page.locator("ul.complaint-list").inner_text()
    assert "YY-1" in listing and "2026年1月25日" in listing
