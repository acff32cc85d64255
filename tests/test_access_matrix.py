"""Every case URL, every method, five people: only the owner and the holder of the resume code
get anything; everyone else gets 404 (never 403, never data).

The URLs come from the resolver: any URL with a `case_id` kwarg, in any app, is covered as soon
as it exists. A URL with other kwargs needs a sample in SAMPLE_KWARGS (a value, or a callable
that gets the case and returns a value, e.g. the id of an evidence item it creates).
"""

import functools
import re

import pytest
from django.conf import settings as django_settings
from django.contrib.auth.models import User
from django.test import Client
from django.test.client import ClientHandler
from django.urls import URLResolver, get_resolver, reverse
from django.utils import timezone
from django.utils.crypto import get_random_string

from cases.models import Case


def _evidence_entry(case: Case) -> int:
    from evidence.models import Entry

    entry = Entry.objects.filter(case=case).first()
    return (entry or Entry.objects.create(case=case, at=timezone.now(), channel="sms")).id


def _evidence_attachment(case: Case) -> int:
    from evidence.models import Attachment, Entry

    entry = Entry.objects.get(pk=_evidence_entry(case))
    return Attachment.store(entry, b"%PDF-1.4 sample", "sample.pdf", "pdf", "application/pdf").id


def _letter_kind(case: Case) -> str:
    from documents.letters import LETTERS

    return next(iter(LETTERS))


def _complaint_channel(case: Case) -> str:
    from cases.core.hotlines import CHANNELS

    return next(iter(CHANNELS))


def _complaint(case: Case) -> int:
    from documents.models import Complaint

    made_on = timezone.localdate()
    return Complaint.objects.create(case=case, channel=_complaint_channel(case), made_on=made_on).id


SAMPLE_KWARGS = {
    "name": "message",  # cases:step
    "entry_id": _evidence_entry,  # evidence:edit, evidence:delete
    "attachment_id": _evidence_attachment,  # evidence:download
    "kind": _letter_kind,  # documents:letter
    "channel": _complaint_channel,  # documents:summary, documents:summary_public
    "complaint_id": _complaint,  # documents:complaint_delete
}
# Views that only accept POST: GET on them must say 405 (checked by name so a regression shows).
POST_ONLY = {"accounts:resume_code", "accounts:resume_code_revoke", "accounts:keep"}
PERSONAS = ["owner", "other_user", "anonymous", "wrong_code", "right_code"]
ALLOWED = {"owner", "right_code"}
# What only the owner of an account's case may do: the code holder is told so (403, in words).
OWNER_ONLY = {"accounts:resume_code", "accounts:resume_code_revoke", "accounts:delete"}


def case_url_names() -> list[tuple[str, tuple[str, ...]]]:
    """(namespaced name, kwarg names) of every URL pattern with a case_id kwarg."""
    found = []

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, ns)
                continue
            kwargs = tuple(pattern.pattern.regex.groupindex)
            if "case_id" in kwargs:
                assert pattern.name, f"case URL {pattern.pattern} needs a name to be tested"
                found.append((f"{namespace}{pattern.name}", kwargs))

    walk(get_resolver().url_patterns, "")
    return sorted(set(found))


CASE_URLS = case_url_names()


def url_for(name: str, kwargs: tuple[str, ...], case: Case) -> str:
    values = {"case_id": case.id}
    for kwarg in kwargs:
        if kwarg == "case_id":
            continue
        assert kwarg in SAMPLE_KWARGS, f"{name}: add a sample value for '{kwarg}' to SAMPLE_KWARGS"
        sample = SAMPLE_KWARGS[kwarg]
        values[kwarg] = sample(case) if callable(sample) else sample
    return reverse(name, kwargs=values)


@functools.cache
def _handler(enforce_csrf_checks: bool) -> ClientHandler:
    # One middleware chain for the whole module: building it (WhiteNoise scans the static
    # files) costs more than the requests themselves, and there are hundreds of tests here.
    return ClientHandler(enforce_csrf_checks)


def csrf_client() -> Client:
    client = Client(enforce_csrf_checks=True)
    client.handler = _handler(True)
    # What a page with a form would set: a CSRF secret in the cookie, echoed in each POST.
    client.cookies[django_settings.CSRF_COOKIE_NAME] = get_random_string(32)
    return client


def plain_client() -> Client:
    client = Client()
    client.handler = _handler(False)
    return client


def token(client: Client) -> str:
    return client.cookies[django_settings.CSRF_COOKIE_NAME].value


def post(client: Client, url: str, data: dict | None = None):
    return client.post(url, {**(data or {}), "csrfmiddlewaretoken": token(client)})


@pytest.fixture
def world(db, settings, tmp_path):
    """alice's case with a resume code, and one browser for each persona."""
    settings.MEDIA_ROOT = tmp_path
    alice = User.objects.create_user("alice", password="x-unused-x")
    bob = User.objects.create_user("bob", password="x-unused-x")
    owner = csrf_client()
    owner.force_login(alice)
    response = post(owner, "/start/")
    case = Case.objects.get(pk=re.search(r"/case/([0-9a-f-]{36})/", response["Location"]).group(1))
    assert case.owner == alice
    code = re.search(r"[A-Z2-9]{5}(?:-[A-Z2-9]{5}){3}", post(owner, f"/case/{case.id}/resume-code/").text)[0]

    other_user = csrf_client()
    other_user.force_login(bob)
    wrong_code = csrf_client()
    assert post(wrong_code, "/resume/", {"code": "AAAAA-BBBBB-CCCCC-DDDDD"}).status_code == 200
    right_code = csrf_client()
    assert post(right_code, "/resume/", {"code": code}).status_code == 302
    clients = {
        "owner": owner,
        "other_user": other_user,
        "anonymous": csrf_client(),
        "wrong_code": wrong_code,
        "right_code": right_code,
    }
    return case, clients


def test_it_finds_the_case_urls_of_every_app():
    names = {name for name, _ in CASE_URLS}
    assert {"cases:detail", "cases:step", "cases:review", "accounts:delete", "accounts:export"} <= names


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(("name", "kwargs"), CASE_URLS, ids=[n for n, _ in CASE_URLS])
def test_it_lets_only_the_owner_and_the_code_holder_in(world, name, kwargs, persona, method):
    case, clients = world
    url = url_for(name, kwargs, case)
    client = clients[persona]
    response = client.get(url) if method == "get" else post(client, url)
    if response.status_code == 405:
        # The method is not allowed for anyone: the owner gets 405 too, and nothing leaks.
        owner = clients["owner"]
        again = owner.get(url) if method == "get" else post(owner, url)
        assert again.status_code == 405, (name, method)
        return
    if persona == "right_code" and name in OWNER_ONLY:
        assert response.status_code == 403, (name, method, response.status_code)
        assert "你是用恢复码打开这个案件的" in response.text
    elif persona in ALLOWED:
        assert response.status_code in (200, 302), (name, method, persona, response.status_code)
    else:
        assert response.status_code == 404, (name, method, persona, response.status_code)
        assert str(case.id) not in response.text
    assert Case.objects.filter(pk=case.id).exists() or (persona in ALLOWED and method == "post")


@pytest.mark.parametrize(("name", "kwargs"), CASE_URLS, ids=[n for n, _ in CASE_URLS])
def test_it_accepts_some_method_and_rejects_put_and_delete(world, name, kwargs):
    case, clients = world
    url = url_for(name, kwargs, case)
    owner = plain_client()
    owner.force_login(case.owner)
    assert owner.put(url).status_code == 405, name
    assert owner.delete(url).status_code == 405, name
    codes = {owner.get(url).status_code, owner.post(url).status_code}
    assert codes != {405}, f"{name} accepts neither GET nor POST"


@pytest.mark.parametrize("name", sorted(POST_ONLY))
def test_it_answers_get_on_post_only_views_with_405(world, name):
    case, clients = world
    kwargs = dict(CASE_URLS)[name]
    assert clients["owner"].get(url_for(name, kwargs, case)).status_code == 405


@pytest.mark.parametrize(("name", "kwargs"), CASE_URLS, ids=[n for n, _ in CASE_URLS])
def test_it_requires_the_csrf_token_on_every_post(world, name, kwargs):
    case, clients = world
    url = url_for(name, kwargs, case)
    before = Case.objects.get(pk=case.id)
    for persona in ("owner", "right_code"):
        response = clients[persona].post(url, {"title": "changed", "message": "changed"})
        assert response.status_code == 403, (name, persona)
    after = Case.objects.get(pk=case.id)
    assert (after.updated, after.title, after.answers, after.owner_id) == (
        before.updated,
        before.title,
        before.answers,
        before.owner_id,
    )


def test_a_url_outside_the_table_names_the_missing_sample():
    with pytest.raises(AssertionError, match="add a sample value for 'item_id'"):
        url_for("cases:detail", ("case_id", "item_id"), Case())
