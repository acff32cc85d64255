import math
import re

from django.test import Client

from accounts import resume
from cases.models import Case
from tests.accounts.conftest import take_resume_code
from tests.support import answer, start_case


def test_a_code_has_at_least_80_bits_from_an_unambiguous_alphabet():
    code = resume.new_code()
    assert re.fullmatch(r"[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}-[A-Z2-9]{5}", code)
    assert not set("01ILO") & set(code)
    assert 20 * math.log2(len(resume.ALPHABET)) >= 80
    assert len({resume.new_code() for _ in range(100)}) == 100


def test_it_accepts_the_code_however_it_is_typed():
    code = "K7QXN-3HWRB-T9MZE-C4PVA"
    for typed in (
        "k7qxn3hwrbt9mzec4pva",
        " K7QXN 3HWRB T9MZE C4PVA ",
        "Ｋ７ＱＸＮ－３ＨＷＲＢ－Ｔ９ＭＺＥ－Ｃ４ＰＶＡ",
    ):
        assert resume.digest(typed) == resume.digest(code)
        assert resume.looks_valid(typed)


def test_it_shows_the_code_once_and_stores_only_its_hash(client, db):
    case = start_case(client)
    code = take_resume_code(client, case)
    case.refresh_from_db()
    assert case.resume_code_hash == resume.digest(code)
    assert resume.normalise(code) not in case.resume_code_hash
    assert code not in client.get(f"/case/{case.id}/").text
    assert case.is_kept


def test_the_code_opens_the_case_in_a_fresh_browser(client, db):
    case = start_case(client)
    answer(client, case, "message", {"message": "你好，请尽快还款。"})
    code = take_resume_code(client, case)
    phone = Client()
    assert phone.get(f"/case/{case.id}/").status_code == 404
    response = phone.post("/resume/", {"code": code.lower().replace("-", " ")})
    assert response.status_code == 302 and response["Location"] == f"/case/{case.id}/"
    assert phone.get(f"/case/{case.id}/").status_code == 200
    assert "你好，请尽快还款。" in phone.get(f"/case/{case.id}/review/").text


def test_the_code_opens_a_case_saved_to_an_account(alice_in, alice):
    case = start_case(alice_in)
    code = take_resume_code(alice_in, case)
    phone = Client()
    phone.post("/resume/", {"code": code})
    assert phone.get(f"/case/{case.id}/").status_code == 200


def test_a_new_code_replaces_the_old_one(client, db):
    case = start_case(client)
    old = take_resume_code(client, case)
    new = take_resume_code(client, case)
    assert old != new
    assert Client().post("/resume/", {"code": old}).status_code == 200
    assert Client().post("/resume/", {"code": new}).status_code == 302


def test_a_wrong_code_says_so_and_opens_nothing(client, db):
    response = client.post("/resume/", {"code": "AAAAA-BBBBB-CCCCC-DDDDD"})
    assert response.status_code == 200
    assert "「恢复码」不对" in response.text
    assert "case_ids" not in client.session


def test_a_malformed_code_names_the_field(client, db):
    response = client.post("/resume/", {"code": "12345"})
    assert "「恢复码」格式不对" in response.text


def test_it_throttles_wrong_codes_per_client_with_a_clear_message(client, db):
    case = start_case(client)
    code = take_resume_code(client, case)
    guesser = Client(REMOTE_ADDR="10.1.1.1")
    for _ in range(10):
        assert guesser.post("/resume/", {"code": "AAAAA-BBBBB-CCCCC-DDDDD"}).status_code == 200
    response = guesser.post("/resume/", {"code": code})
    assert response.status_code == 429
    assert "恢复码输错的次数太多了" in response.text and "15 分钟" in response.text
    assert guesser.get(f"/case/{case.id}/").status_code == 404
    # Another client is not affected.
    assert Client(REMOTE_ADDR="10.2.2.2").post("/resume/", {"code": code}).status_code == 302


def test_the_throttle_counts_in_the_database_for_every_worker(db):
    from accounts.models import FailedAttempt

    Client(REMOTE_ADDR="10.1.1.1").post("/resume/", {"code": "AAAAA-BBBBB-CCCCC-DDDDD"})
    attempt = FailedAttempt.objects.get()
    assert attempt.scope == "resume" and "10.1.1.1" not in attempt.key


def test_the_resume_code_page_is_post_only_and_not_cached(client, db):
    case = start_case(client)
    assert client.get(f"/case/{case.id}/resume-code/").status_code == 405
    response = client.post(f"/case/{case.id}/resume-code/")
    assert "no-store" in response["Cache-Control"]
    assert "只显示这一次" in response.text


def test_case_page_offers_the_ways_to_keep_it(client, db):
    case = start_case(client)
    html = client.get(f"/case/{case.id}/").text
    assert "保存这个案件" in html
    assert f'action="/case/{case.id}/resume-code/"' in html
    assert f'href="/case/{case.id}/export/"' in html and f'href="/case/{case.id}/delete/"' in html
    assert Case.objects.get(pk=case.id).resume_code_hash == ""
