"""The slow parts of a case's pages, rendered once per change of the case file.

The case page's advice, evidence figures and documents, the evidence timeline and the print
view are pure functions of the case file and the calendar day. `Case.updated` moves whenever
any part of the file changes (cases.models.case_file_part), so (template, case, `updated`, day)
names one rendering exactly, and a worker hands back what it rendered before until the person
changes something. A change made through another worker is seen too: every request reads
`updated` from the database before it looks here.

    body = pages.part(case, "cases/_case_body.html", lambda: {"advice": ...})

Privacy: the parts hold decrypted answers and evidence, so they live in this process's memory
only (CACHES["pages"], Django's bounded LocMemCache), never in the shared database cache or on
disk. They are rendered without the request, so nothing of one visitor's session (CSRF token,
user name, messages) can reach another person who opens the same case.
"""

import hashlib
from collections.abc import Callable

from django.core.cache import caches
from django.template.loader import get_template
from django.utils import timezone
from markupsafe import Markup

CACHE = "pages"


def part(case, template_name: str, context: Callable[[], dict], *variant: str) -> Markup:
    """`template_name` rendered over `context()` (with `case` added), or the same rendering
    remembered from an earlier request. `variant` names anything else the result depends on,
    such as which documents a print view was asked for. `context` is only called on a miss."""
    stamp = "|".join(
        (template_name, str(case.pk), case.updated.isoformat(), timezone.localdate().isoformat(), *variant)
    )
    key = hashlib.sha256(stamp.encode()).hexdigest()
    cache = caches[CACHE]
    html = cache.get(key)
    if html is None:
        html = get_template(template_name).render({"case": case, **context()})
        cache.set(key, html)
    return Markup(html)
