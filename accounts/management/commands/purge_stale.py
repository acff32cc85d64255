"""Remove anonymous drafts nobody kept, throttle records that have expired, and stored files that
no row names (left by a worker killed mid-upload), once they are an hour old.

A draft is kept when it belongs to an account or has a resume code; any other draft untouched
for STALE_DRAFT_DAYS days (env STALE_DRAFT_DAYS, default 30) is deleted with everything in it.
Run it daily, e.g. from cron: `python manage.py purge_stale`.
"""

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

from accounts import throttle
from cases.models import Case


class Command(BaseCommand):
    help = "Delete anonymous drafts nobody kept after STALE_DRAFT_DAYS days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="override STALE_DRAFT_DAYS")
        parser.add_argument("--dry-run", action="store_true", help="count only, delete nothing")

    def handle(self, *args, days: int | None, dry_run: bool, **options):
        days = settings.STALE_DRAFT_DAYS if days is None else days
        stale = Case.objects.stale_drafts(days)
        count = stale.count()
        if dry_run:
            self.stdout.write(f"{count} drafts untouched for {days} days would be deleted.")
            return
        # Deleting through the queryset sends post_delete for each case and its related rows,
        # so other apps' handlers remove their files too.
        stale.delete()
        expired = throttle.forget_old()
        # Models whose files may outlive their rows define sweep_orphans() (evidence.Attachment).
        orphans = sum(
            model.sweep_orphans()
            for model in apps.get_models()
            if callable(getattr(model, "sweep_orphans", None))
        )
        self.stdout.write(
            f"Deleted {count} drafts untouched for {days} days; {expired} expired throttle records; "
            f"{orphans} stored files no record names."
        )
