"""Every POST form a person can reach refuses a request without the CSRF token (403).

A sweep over the forms the crawler finds, so a new form is covered without a new test; each
app's own tests check its forms in detail.
"""

import pytest
from django.test import Client

from tests.security.conftest import walk
from tests.security.crawl import SKIP_FORM, post_forms

pytestmark = pytest.mark.django_db


def test_every_post_form_refuses_a_request_without_the_csrf_token(person):
    client, case = person
    pages = walk(client, case)
    forms = post_forms(pages)
    # The forms the sweep skips elsewhere (delete, log out) are exactly the ones to check here.
    forms += [f for page in pages.values() for f in page.forms if SKIP_FORM.search(f.action)]
    assert len(forms) >= 10

    forger = Client(enforce_csrf_checks=True)
    forger.cookies = client.cookies  # the victim's session, but not the token in the page
    allowed = []
    for form in forms:
        response = forger.post(form.action, form.defaults())
        if response.status_code != 403:
            allowed.append((form.action, response.status_code))
    assert not allowed, f"accepted without a CSRF token: {allowed}"
    assert client.get(f"/case/{case.id}/").status_code == 200  # and nothing was deleted
