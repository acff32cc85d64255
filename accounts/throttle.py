"""Count failures per client in the database, so the limit holds across gunicorn workers.

    >>> if throttle.blocked("resume", request): ...   # refuse before checking the code
    >>> throttle.fail("resume", request)              # after a wrong code

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


def forget_old() -> int:
    count, _ = FailedAttempt.objects.filter(at__lt=timezone.now() - WINDOW).delete()
    return count
