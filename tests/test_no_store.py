"""No copy of a case page in the browser's cache or a proxy: every response of every case URL
(found through the URL resolver, like the access matrix) and of the account pages that list
cases carries `Cache-Control: no-store` — including a POST's answer, such as an edited letter."""

import pytest

from tests import test_access_matrix as matrix
from tests.test_access_matrix import CASE_URLS, post, url_for

world = matrix.world  # alice's case with a resume code, and one browser per persona

ACCOUNT_PAGES = ["/accounts/cases/", "/accounts/export/", "/accounts/delete/", "/accounts/password/"]


def _no_store(response) -> bool:
    return "no-store" in response.get("Cache-Control", "") and "private" in response["Cache-Control"]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize(("name", "kwargs"), CASE_URLS, ids=[n for n, _ in CASE_URLS])
def test_it_forbids_caching_every_answer_of_every_case_url(world, name, kwargs, method):
    case, clients = world
    url = url_for(name, kwargs, case)
    owner = clients["owner"]
    response = owner.get(url) if method == "get" else post(owner, url)
    if response.status_code == 405:
        return
    assert _no_store(response), (name, method, response.status_code, response.get("Cache-Control"))


@pytest.mark.parametrize("path", ACCOUNT_PAGES)
def test_it_forbids_caching_the_account_pages_that_list_cases(world, path):
    case, clients = world
    response = clients["owner"].get(path)
    assert response.status_code == 200
    assert _no_store(response), path


def test_it_forbids_caching_an_edited_letter(world):
    case, clients = world
    url = url_for("documents:letter", ("case_id", "kind"), case)
    response = post(clients["owner"], url, {"body": "我的修改"})
    assert response.status_code in (200, 302)
    assert _no_store(response)


def test_it_leaves_pages_without_case_content_cacheable_by_their_own_rules(client, db):
    assert "no-store" not in client.get("/").get("Cache-Control", "")
