"""Case.objects.by_id: the plain-SQL fetch every case page starts with is the ORM's get()."""

import uuid

import pytest
from django.db.models import Model

from cases.models import Case
from tests.conftest import answer, start_case

pytestmark = pytest.mark.django_db


def test_it_reads_the_same_case_as_get_with_its_answers_decrypted(client):
    case = start_case(client)
    answer(client, case, "lender", {"lender": "某某网贷", "lender_kind": ""})
    found, expected = Case.objects.by_id(case.id), Case.objects.get(pk=case.id)
    fields = [f.attname for f in Case._meta.concrete_fields]
    assert [getattr(found, f) for f in fields] == [getattr(expected, f) for f in fields]
    assert found.answers["lender"] == "某某网贷"
    assert isinstance(found, Model) and found._state.adding is False and found._state.db == "default"


def test_it_accepts_the_id_as_text(client):
    case = start_case(client)
    assert Case.objects.by_id(str(case.id)).pk == case.pk


def test_an_unknown_id_is_does_not_exist_and_a_malformed_one_a_value_error(db):
    with pytest.raises(Case.DoesNotExist):
        Case.objects.by_id(uuid.uuid4())
    with pytest.raises(ValueError):
        Case.objects.by_id("not-a-uuid")
