"""Count failures per client in the database, so the limit holds across gunicorn workers.

    >>> try_ = throttle.attempt("resume", request)    # None: over the limit, refuse
    >>> throttle.forgive(try_)                        # the code was right: it does not count

Each try is recorded before it is checked, and the count includes it: of 40 wrong codes sent
at once, exactly the limit are checked (counting after checking let 11 of 40 through).

Clients are identified by their IP address as django-axes sees it (the same proxy settings),
stored only as a keyed hash.
"""

import hashlib
import hmac
from datetime import timedelta

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from .models import FailedAttempt

WINDOW = timedelta(minutes=15)
# Many people in China share one public IP (carrier NAT), so the per-IP limit is not tiny.
LIMITS = {"resume": 10}


def _client_key(request: HttpRequest) -> str:
    ip = get_client_ip_address(request) or "unknown"
    return hmac.new(settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256).hexdigest()


def blocked(scope: str, request: HttpRequest) -> bool:
    since = timezone.now() - WINDOW
    count = FailedAttempt.objects.filter(scope=scope, key=_client_key(request), at__gte=since).count()
    return count >= LIMITS[scope]


def fail(scope: str, request: HttpRequest) -> None:
    FailedAttempt.objects.create(scope=scope, key=_client_key(request))


def attempt(scope: str, request: HttpRequest) -> FailedAttempt | None:
    """Record a try, then count the tries in the window including it (and any made at the same
    moment by other workers): None when this one is over the limit. Counted as a failure
    unless `forgive`n."""
    key = _client_key(request)
    row = FailedAttempt.objects.create(scope=scope, key=key)
    since = timezone.now() - WINDOW
    # Every try in the window, also those that came after this one: a try may be refused
    # because of a later one, but no try can miss one that committed before it counted.
    count = FailedAttempt.objects.filter(scope=scope, key=key, at__gte=since).count()
    return row if count <= LIMITS[scope] else None


def forgive(row: FailedAttempt) -> None:
    """The try succeeded (or was not a real try): it does not count."""
    FailedAttempt.objects.filter(pk=row.pk).delete()


def forget_old() -> int:
    count, _ = FailedAttempt.objects.filter(at__lt=timezone.now() - WINDOW).delete()
    return count
