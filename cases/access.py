"""The one door to a case: every view that touches a case comes through `get_case`.

A case belongs to its owner's account, and to the browser sessions that created it or opened it
with its resume code. Anyone else gets 404: never 403, never data.
"""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest

from .models import Case

SESSION_KEY = "case_ids"
# Cases this session opened with a resume code: {case id: the code's digest}. The grant lasts
# only while that code is the case's code: a new code, a revoked code or the owner's password
# change (which revokes the codes of the account's cases) ends it.
CODES_KEY = "case_codes"


def session_case_ids(request: HttpRequest) -> list[str]:
    return list(request.session.get(SESSION_KEY, []))


def grant(request: HttpRequest, case: Case, code_digest: str = "") -> None:
    """Let this browser session open `case`: it created it, or (with `code_digest`) it gave the
    resume code, and then only for as long as that code stays the case's code."""
    ids = session_case_ids(request)
    if str(case.id) not in ids:
        request.session[SESSION_KEY] = [*ids, str(case.id)]
    codes = dict(request.session.get(CODES_KEY, {}))
    if code_digest:
        codes[str(case.id)] = code_digest
    elif str(case.id) in codes and not is_owner(request, case):
        return  # a code holder stays a code holder
    else:
        codes.pop(str(case.id), None)
    if codes != request.session.get(CODES_KEY, {}):
        request.session[CODES_KEY] = codes


def is_owner(request: HttpRequest, case: Case) -> bool:
    return case.owner_id is not None and request.user.is_authenticated and case.owner_id == request.user.id


def is_code_holder(request: HttpRequest, case: Case) -> bool:
    """This session opened the case with its resume code (and is not the owner's account)."""
    return not is_owner(request, case) and str(case.id) in request.session.get(CODES_KEY, {})


def revoke(request: HttpRequest, case_id) -> None:
    """Forget a case in this session (after it is deleted)."""
    request.session[SESSION_KEY] = [i for i in session_case_ids(request) if i != str(case_id)]
    codes = request.session.get(CODES_KEY, {})
    if str(case_id) in codes:
        request.session[CODES_KEY] = {k: v for k, v in codes.items() if k != str(case_id)}


def can_open(request: HttpRequest, case: Case) -> bool:
    """The owner's account, or a session that created the case or gave its resume code.

    A session grant still counts after the case is saved to an account, so the holder of the
    resume code keeps access from another device, until the code changes or is revoked.
    """
    if is_owner(request, case):
        return True
    if str(case.id) not in session_case_ids(request):
        return False
    code = request.session.get(CODES_KEY, {}).get(str(case.id))
    return code is None or (bool(case.resume_code_hash) and code == case.resume_code_hash)


def get_case(request: HttpRequest, case_id) -> Case:
    try:
        case = Case.objects.get(pk=case_id)
    except (Case.DoesNotExist, ValidationError, ValueError):
        raise Http404("没有找到这个案件") from None
    if not can_open(request, case):
        raise Http404("没有找到这个案件")
    return case
