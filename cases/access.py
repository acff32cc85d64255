"""The one door to a case: every view that touches a case comes through `get_case`.

A case belongs to its owner's account, and to the browser sessions that created it or opened it
with its resume code. Anyone else gets 404: never 403, never data.
"""

from django.core.exceptions import ValidationError
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


def revoke(request: HttpRequest, case_id) -> None:
    """Forget a case in this session (after it is deleted)."""
    request.session[SESSION_KEY] = [i for i in session_case_ids(request) if i != str(case_id)]


def can_open(request: HttpRequest, case: Case) -> bool:
    """The owner's account, or a session that created the case or gave its resume code.

    A session grant still counts after the case is saved to an account, so the holder of the
    resume code keeps access from another device; logging out or changing the password ends
    the session, and with it the grant.
    """
    if case.owner_id is not None and request.user.is_authenticated and case.owner_id == request.user.id:
        return True
    return str(case.id) in session_case_ids(request)


def get_case(request: HttpRequest, case_id) -> Case:
    try:
        case = Case.objects.get(pk=case_id)
    except (Case.DoesNotExist, ValidationError, ValueError):
        raise Http404("没有找到这个案件") from None
    if not can_open(request, case):
        raise Http404("没有找到这个案件")
    return case
