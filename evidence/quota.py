"""How much more evidence a case, and a browser, may store.

Without a limit an anonymous visitor could upload 10 × 20 MB again and again until the disk is
full. Each case may hold EVIDENCE_CASE_QUOTA_MB of files, and all the cases one browser (its
session, and the account logged in there) can open together EVIDENCE_BROWSER_QUOTA_MB. The form
says how much is left, and refuses a submission that would go over, naming the field.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q, Sum

from cases.access import session_case_ids

from .models import Attachment, PendingUpload

MB = 1024 * 1024


@dataclass(frozen=True)
class Space:
    case_left: int  # bytes
    browser_left: int  # bytes

    @property
    def left(self) -> int:
        return max(0, min(self.case_left, self.browser_left))

    @property
    def limited_by_browser(self) -> bool:
        return self.browser_left < self.case_left


def _used(case_filter: Q, pending_filter: Q) -> int:
    attached = Attachment.objects.filter(case_filter).aggregate(n=Sum("size"))["n"] or 0
    pending = PendingUpload.objects.filter(pending_filter).aggregate(n=Sum("size"))["n"] or 0
    return attached + pending


def space_left(request, case) -> Space:
    ids = set(session_case_ids(request)) | {str(case.pk)}
    browser = Q(case__in=ids)
    if request.user.is_authenticated:
        browser |= Q(case__owner=request.user)
    case_used = _used(Q(entry__case=case), Q(case=case))
    browser_used = _used(
        Q(entry__case__in=ids)
        | (Q(entry__case__owner=request.user) if request.user.is_authenticated else Q(pk=None)),
        browser,
    )
    return Space(
        case_left=settings.EVIDENCE_CASE_QUOTA_MB * MB - case_used,
        browser_left=settings.EVIDENCE_BROWSER_QUOTA_MB * MB - browser_used,
    )


def megabytes(n: int) -> str:
    return f"{max(n, 0) / MB:.1f} MB"
