import re

from tests.support import start_case


def title(html: str) -> str:
    return re.search(r"<title>(.*?)</title>", html, re.S).group(1)


def test_it_switches_the_tab_title_to_a_plain_one_and_back(client, db):
    case = start_case(client)
    html = client.get(f"/case/{case.id}/").text
    assert "在浏览器标签上显示普通标题" in html
    response = client.post("/neutral-title/", {"on": "1", "next": f"/case/{case.id}/"})
    assert response["Location"] == f"/case/{case.id}/"
    for url in ("/", f"/case/{case.id}/", "/resume/", "/accounts/login/"):
        page = title(client.get(url).text)
        assert page == "笔记", url
    client.post("/neutral-title/", {"on": "0"})
    assert "催收" in title(client.get("/").text)


def test_the_toggle_is_post_only_and_stays_on_this_site(client, db):
    assert client.get("/neutral-title/").status_code == 405
    for target in ("https://evil.example/", "//evil.example/", "0", "cases:home"):
        response = client.post("/neutral-title/", {"on": "1", "next": target})
        assert response["Location"] == "/", target


ACCOUNT_PAGES = ["/accounts/cases/", "/accounts/password/", "/accounts/delete/", "/resume/"]


def test_every_account_page_has_the_quick_exit_link_one_h1_and_a_title(alice_in, alice):
    case = start_case(alice_in)
    pages = [*ACCOUNT_PAGES, f"/case/{case.id}/title/", f"/case/{case.id}/delete/", f"/case/{case.id}/"]
    for url in pages:
        html = alice_in.get(url).text
        assert re.search(
            r'<a class="[^"]*quick-exit[^"]*" href="https://[^"]+" rel="noreferrer">快速离开</a>', html
        ), url
        assert len(re.findall(r"<h1\b", html)) == 1, url
        assert title(html).endswith("· 催收应对顾问"), url
        assert "<script" not in html and 'style="' not in html and "<style" not in html, url
    html = alice_in.post(f"/case/{case.id}/resume-code/").text
    assert "快速离开" in html and len(re.findall(r"<h1\b", html)) == 1


def test_anonymous_pages_have_the_quick_exit_link_too(client, db):
    for url in ("/accounts/login/", "/accounts/signup/", "/resume/"):
        html = client.get(url).text
        assert "快速离开" in html and len(re.findall(r"<h1\b", html)) == 1, url
