"""What django-axes keeps about a failed login: keyed hashes, never what was typed or who typed it.

Axes would store the typed username (a password typed into that box by mistake would be kept),
the raw IP address and the browser's user agent. Here the username and the IP address become
HMACs under SECRET_KEY (the IP as an IPv6-shaped value, because axes stores it in an IP address
column), and the user agent and Accept header are not kept at all. Lockouts work the same: the
same input always gives the same hash.
"""

import hashlib
import hmac
import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings


def _hmac(kind: str, value: str) -> bytes:
    return hmac.new(settings.SECRET_KEY.encode(), f"{kind}:{value}".encode(), hashlib.sha256).digest()


def client_ip(request) -> str:
    """The client's address as the proxy settings say (first of AXES_IPWARE_META_PRECEDENCE_ORDER
    present, e.g. HTTP_X_REAL_IP behind nginx, else REMOTE_ADDR)."""
    for key in settings.AXES_IPWARE_META_PRECEDENCE_ORDER:
        value = request.META.get(key, "")
        if value:
            return value.split(",")[0].strip()
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def hashed_ip(request) -> str:
    """AXES_CLIENT_IP_CALLABLE: a keyed hash of the client's address, shaped as an IPv6 address."""
    return str(ipaddress.IPv6Address(_hmac("ip", client_ip(request))[:16]))


def hashed_username(request, credentials) -> str | None:
    """AXES_USERNAME_CALLABLE: a keyed hash of the typed username (None when none was typed)."""
    data = credentials or getattr(request, "POST", {}) or {}
    username = data.get(settings.AXES_USERNAME_FORM_FIELD)
    return None if username is None else _hmac("username", username).hex()


class PrivateDatabaseHandler(AxesDatabaseHandler):
    """Axes' database handler, without the user agent and Accept header of the browser."""

    def user_login_failed(self, sender, credentials: dict, request=None, **kwargs):
        if request is not None:
            request.axes_user_agent = ""
            request.axes_http_accept = ""
        return super().user_login_failed(sender, credentials, request=request, **kwargs)

    def user_logged_in(self, sender, request, user, **kwargs):
        if request is not None:
            request.axes_user_agent = ""
            request.axes_http_accept = ""
        return super().user_logged_in(sender, request, user, **kwargs)
