"""The one door to a case: every view that touches a case comes through `get_case`.

A case belongs to its owner's account, or — before it has one — to the browser sessions that
created it or opened it with its resume code. Anyone else gets 404: never 403, never data.
"""

from django.http import Http404, HttpRequest

from .models import Case

SESSION_KEY = "case_ids"


def session_case_ids(request: HttpRequest) -> list[str]:
    return list(request.session.get(SESSION_KEY, []))


def grant(request: HttpRequest, case: Case) -> None:
    """Let this browser session open `case` (it created it, or it gave the resume code)."""
    ids = session_case_ids(request)
    if str(case.id) not in ids:
        request.session[SESSION_KEY] = [*ids, str(case.id)]


def can_open(request: HttpRequest, case: Case) -> bool:
    if case.owner_id is not None:
        return request.user.is_authenticated and case.owner_id == request.user.id
    return str(case.id) in session_case_ids(request)


def get_case(request: HttpRequest, case_id) -> Case:
    try:
        case = Case.objects.get(pk=case_id)
    except (Case.DoesNotExist, ValueError):
        raise Http404("没有找到这个案件") from None
    if not can_open(request, case):
        raise Http404("没有找到这个案件")
    return case
