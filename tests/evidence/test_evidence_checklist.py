"""The evidence checklist: items from the case's Advice, ticks stored per item code."""

import pytest

from cases.casefile import load
from evidence.models import ChecklistTick
from tests.support import answer

pytestmark = pytest.mark.django_db


def for_case(case):
    return load(case).advice


@pytest.fixture
def threatened_case(alice_client, alice_case):
    answer(alice_client, alice_case, "relationship", {"relationship": "borrower"})
    answer(alice_client, alice_case, "threats", {"threats": ["insult", "exposure_threat"]})
    alice_case.refresh_from_db()
    return alice_case


def test_it_lists_the_items_from_the_advice_with_their_sources(alice_client, threatened_case):
    items = for_case(threatened_case).evidence
    assert items
    html = alice_client.get(f"/case/{threatened_case.id}/evidence/checklist/").text
    for item in items:
        assert item.text in html
        assert f'value="{item.code}"' in html
    assert "出处" in html


def test_it_stores_ticks_by_item_code(alice_client, threatened_case):
    codes = [item.code for item in for_case(threatened_case).evidence]
    response = alice_client.post(f"/case/{threatened_case.id}/evidence/checklist/", {"ticked": codes[:2]})
    assert response.status_code == 302
    assert set(ChecklistTick.objects.filter(case=threatened_case).values_list("code", flat=True)) == set(
        codes[:2]
    )
    html = alice_client.get(f"/case/{threatened_case.id}/evidence/checklist/").text
    assert f'value="{codes[0]}" checked' in html or f'checked value="{codes[0]}"' in html or "checked" in html


def test_it_removes_an_unticked_item(alice_client, threatened_case):
    codes = [item.code for item in for_case(threatened_case).evidence]
    alice_client.post(f"/case/{threatened_case.id}/evidence/checklist/", {"ticked": codes[:2]})
    alice_client.post(f"/case/{threatened_case.id}/evidence/checklist/", {"ticked": codes[1:2]})
    assert list(ChecklistTick.objects.filter(case=threatened_case).values_list("code", flat=True)) == [
        codes[1]
    ]


def test_it_refuses_an_unknown_code(alice_client, threatened_case):
    response = alice_client.post(f"/case/{threatened_case.id}/evidence/checklist/", {"ticked": ["made_up"]})
    assert response.status_code == 200
    assert "「我已经保存好的证据」请从列出的项目中选择。" in response.text
    assert not ChecklistTick.objects.exists()


def test_it_requires_ownership(charlie_client, threatened_case):
    assert charlie_client.get(f"/case/{threatened_case.id}/evidence/checklist/").status_code == 404
    codes = [item.code for item in for_case(threatened_case).evidence]
    assert (
        charlie_client.post(f"/case/{threatened_case.id}/evidence/checklist/", {"ticked": codes}).status_code
        == 404
    )
    assert not ChecklistTick.objects.exists()
