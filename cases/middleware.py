"""Sessions expire after inactivity without a database write on every request; case pages are
never cached."""

import time

from django.utils.cache import add_never_cache_headers, patch_cache_control

# Refresh a session's expiry at most this often. Django's SESSION_SAVE_EVERY_REQUEST would
# write the session row on every page view, which on SQLite takes the database's write lock;
# the expiry only needs to move forward now and then for "expires after N days idle" to hold.
REFRESH_SECONDS = 300
SEEN_KEY = "_seen"


def refresh_session(get_response):
    def middleware(request):
        response = get_response(request)
        session = getattr(request, "session", None)
        # Only sessions that exist: a first visit to the home page creates none.
        if session is not None and session.session_key and not session.modified:
            now = int(time.time())
            if now - session.get(SEEN_KEY, 0) >= REFRESH_SECONDS:
                session[SEEN_KEY] = now  # marks it modified: saved with a new expiry
        return response

    return middleware


# Account pages that list or hand out case content without a case_id in their URL.
PRIVATE_URL_NAMES = {
    "accounts:cases",
    "accounts:export_all",
    "accounts:delete_account",
    "accounts:password",
    "accounts:resume",
    "accounts:resume_codes",
    "accounts:attach",
}


def shows_case_content(request) -> bool:
    """Whether the response to this request may show a case: every URL with a case_id, and
    the account pages in PRIVATE_URL_NAMES."""
    match = getattr(request, "resolver_match", None)
    if match is None:
        return False
    return "case_id" in match.kwargs or match.view_name in PRIVATE_URL_NAMES


def no_store_case_pages(get_response):
    """`Cache-Control: no-store` on every response that may show a case, whatever the view
    sets: neither the browser (its back button, a shared phone) nor a proxy keeps a copy."""

    def middleware(request):
        response = get_response(request)
        if shows_case_content(request):
            add_never_cache_headers(response)
            patch_cache_control(response, no_store=True, private=True)
        return response

    return middleware


def head_as_get(get_response):
    """HEAD is answered as GET without a body (RFC 9110), instead of the 405 that views limited
    to GET (`require_GET`) give it: same status and headers, Content-Length of the GET's body."""

    def middleware(request):
        if request.method != "HEAD":
            return get_response(request)
        request.method = "GET"
        try:
            response = get_response(request)
        finally:
            request.method = "HEAD"
        if response.streaming:
            close = getattr(response, "close", None)
            response.streaming_content = []
            if close:
                close()
        else:
            if not response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
            response.content = b""
        return response

    return middleware
