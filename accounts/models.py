from django.db import models
from django.utils import timezone


class FailedAttempt(models.Model):
    """One failed try at something we throttle (a resume code), keyed by a hash of the client.

    Kept in the database, not in a per-process cache, so every gunicorn worker sees the same
    count. Rows older than the throttle window are useless and are removed by `purge_stale`.
    """

    scope = models.CharField(max_length=32)
    key = models.CharField(max_length=64)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["scope", "key", "at"])]

    def __str__(self) -> str:
        return f"{self.scope} {self.at:%Y-%m-%d %H:%M}"
