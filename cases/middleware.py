"""Sessions expire after inactivity without a database write on every request."""

import time

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
