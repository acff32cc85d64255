"""The site's own 400 and 403 pages, in Chinese, instead of Django's bare English ones.

A CSRF failure on a form of this site (an expired page left open overnight, cookies cleared)
shows back what was typed, so the person can copy it and send the form again; nothing typed is
lost. Only for a form posted from this site itself: a form on another site must not be able to
make ours display its text.
"""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme

# Never shown back: secrets, and what is not text a person typed.
NOT_SHOWN = {"csrfmiddlewaretoken", "password", "password1", "password2", "old_password", "new_password1",
             "new_password2", "next", "pending"}  # fmt: skip
MAX_SHOWN_CHARS = 20_000


def _same_site(request: HttpRequest) -> bool:
    origin = request.headers.get("Origin") or request.headers.get("Referer") or ""
    return bool(origin) and url_has_allowed_host_and_scheme(
        origin + "/", allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )


def typed_values(request: HttpRequest) -> list[tuple[int, str]]:
    """(number, text) of what the refused form carried, when it can be read and is ours."""
    if request.method != "POST" or not _same_site(request):
        return []
    try:
        data = request.POST
    except Exception:  # the body itself was refused (too many files, too large): nothing to show
        return []
    shown = []
    for name, values in data.lists():
        if name in NOT_SHOWN:
            continue
        text = "\n".join(v for v in values if v.strip())[:MAX_SHOWN_CHARS]
        if text:
            shown.append((len(shown) + 1, text))
    return shown


def bad_request(request: HttpRequest, exception=None) -> HttpResponse:
    context = {"max_files": settings.EVIDENCE_MAX_FILES, "max_mb": settings.EVIDENCE_MAX_UPLOAD_MB}
    return render(request, "errors/400.html", context, status=400)


def permission_denied(request: HttpRequest, exception=None) -> HttpResponse:
    return render(request, "errors/403.html", {"typed": [], "csrf": False}, status=403)


def csrf_failure(request: HttpRequest, reason: str = "") -> HttpResponse:
    return render(request, "errors/403.html", {"typed": typed_values(request), "csrf": True}, status=403)
