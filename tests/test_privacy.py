"""What people type never sits in the database in clear, nor reaches logs or error reports."""

import io
import logging
import sys

import pytest
from django.core.signals import got_request_exception
from django.db import connection
from django.test import Client
from django.urls import include, path
from django.views.debug import get_exception_reporter_class, get_exception_reporter_filter

from cases.models import Case
from tests.support import answer, start_case

MESSAGE = "【安逸消费金融】张伟（13812345678）您已逾期，今天不还就上门找你家人。"


def raw(sql: str, params=()) -> str:
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return repr(cursor.fetchall())


@pytest.mark.django_db
def test_the_raw_database_row_holds_no_plaintext(client):
    case = start_case(client)
    answer(client, case, "message", {"message": MESSAGE})
    answer(client, case, "lender", {"lender": "安逸消费金融"})
    client.post(f"/case/{case.id}/title/", {"title": "张伟的借款"})
    assert Case.objects.get(pk=case.id).answers["message"] == MESSAGE

    row = raw("SELECT * FROM cases_case WHERE id = %s", [case.id.hex])
    for secret in ("张伟", "13812345678", "安逸", "逾期", "message", "lender"):
        assert secret not in row
    # Nothing else in the database holds it either (sessions hold only case ids).
    for table in connection.introspection.table_names():
        assert "13812345678" not in raw(f"SELECT * FROM {connection.ops.quote_name(table)}"), table


@pytest.mark.django_db
def test_every_encrypted_column_of_every_model_holds_tokens():
    from django.apps import apps

    from cases.management.commands.rotate_keys import encrypted_columns

    models = {m._meta.label: encrypted_columns(m) for m in apps.get_models() if encrypted_columns(m)}
    assert models["cases.Case"] == ["title", "answers"]


# -- logs and error reports -------------------------------------------------------------------


def boom(request):
    message = request.POST.get("message", "")  # noqa: F841 (a local the error report could show)
    raise RuntimeError("something broke while analysing")


def boom_with_text(request):
    raise ValueError(f"could not parse {request.POST.get('message', '')!r}")


class BoomUrls:
    urlpatterns = [
        path("boom/", boom),
        path("boom-text/", boom_with_text),
        path("", include("advisor.urls")),
    ]
    handler500 = "cases.views.server_error"


@pytest.fixture
def failing_site(settings):
    settings.ROOT_URLCONF = BoomUrls
    return Client(raise_request_exception=False)


@pytest.fixture
def console():
    """The configured console handler, writing into a buffer for the test."""
    handler = next(h for h in logging.getLogger("django").handlers if isinstance(h, logging.StreamHandler))
    buffer = io.StringIO()
    old = handler.setStream(buffer)
    yield buffer
    handler.setStream(old)


@pytest.fixture
def reports():
    """The error reports Django would write for each uncaught exception, as text and HTML."""
    found = []

    def receiver(sender, request, **kwargs):
        exc = sys.exc_info()
        reporter = get_exception_reporter_class(request)(request, *exc)
        assert isinstance(reporter.filter, type(get_exception_reporter_filter(request)))
        found.append(reporter.get_traceback_text() + reporter.get_traceback_html())

    got_request_exception.connect(receiver)
    yield found
    got_request_exception.disconnect(receiver)


@pytest.mark.django_db
def test_a_failing_request_keeps_the_message_out_of_logs_and_reports(failing_site, console, reports, caplog):
    caplog.set_level(logging.ERROR, logger="django.request")
    logging.getLogger("django").addHandler(caplog.handler)
    try:
        response = failing_site.post("/boom/", {"message": MESSAGE})
    finally:
        logging.getLogger("django").removeHandler(caplog.handler)
    assert response.status_code == 500
    assert MESSAGE not in response.text
    assert "something broke" in console.getvalue()  # the error itself is logged...
    assert "13812345678" not in console.getvalue()  # ...without the message
    assert caplog.records and all("13812345678" not in r.getMessage() for r in caplog.records)
    assert all(getattr(r, "request", None) is None for r in caplog.records)
    assert reports and "something broke" in reports[0]
    assert "13812345678" not in reports[0] and "张伟" not in reports[0]


@pytest.mark.django_db
def test_an_error_whose_text_quotes_the_message_keeps_it_out_of_logs(failing_site, console):
    failing_site.post("/boom-text/", {"message": MESSAGE})
    assert "ValueError" in console.getvalue()
    assert "13812345678" not in console.getvalue()


@pytest.mark.django_db
def test_an_error_whose_text_quotes_the_message_keeps_it_out_of_reports(failing_site, reports):
    failing_site.post("/boom-text/", {"message": MESSAGE})
    assert reports and "13812345678" not in reports[0]
