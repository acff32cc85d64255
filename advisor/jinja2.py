"""The Jinja2 environment every page is rendered with.

Jinja2 rather than Django's template language because the pages people wait for on a phone (a
questionnaire step, the case page, the printable complaint) spent most of their time in template
rendering: the same case page renders several times faster here (see README, Performance).

Globals: url(name, *args), static(path), the emergency line, and the two summaries the case
page shows. Filters keep Django's behaviour where people see the result: `date` formats in China
time with Django's format letters, `truncatechars` cuts where Django's does, `filesizeformat` is
Django's. Plain-text templates (.txt, the letters) are not HTML-escaped.
"""

from functools import lru_cache

from django.template import defaultfilters
from django.templatetags.static import static
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils import timezone
from jinja2 import Environment, select_autoescape

from cases.core.hotlines import CHANNELS, EMERGENCY


def url(name: str, *args, **kwargs) -> str:
    """Django's `reverse`, remembered: a case page links to some thirty URLs of a handful of
    patterns, and Django takes ~20 µs to build each one. The answer depends only on these
    arguments, the URLconf and the script prefix, which are all part of the key."""
    return _reverse(get_script_prefix(), get_urlconf(), name, args, tuple(sorted(kwargs.items())))


@lru_cache(maxsize=4096)
def _reverse(prefix: str, urlconf, name: str, args: tuple, kwargs: tuple) -> str:
    return reverse(name, urlconf=urlconf, args=args or None, kwargs=dict(kwargs) or None)


@lru_cache(maxsize=256)
def static_url(path: str) -> str:
    """Django's `static`, remembered: the hashed name of a static file is fixed for the life of
    the process (the manifest is read once), and looking it up took 5% of a step's time."""
    return static(path)


def truncatechars(value, length: int) -> str:
    """At most `length` characters, the last one "…" when cut. Django's filter does the same with
    a per-character Unicode analysis that made it the slowest part of the case page, and in
    Chinese it ended the text with three ASCII dots."""
    text = str(value)
    return text if len(text) <= length else text[: max(length - 1, 0)] + "…"


def date(value, fmt: str | None = None) -> str:
    """Django's `date` filter, after converting an aware datetime to China time as Django's
    templates do."""
    if value in (None, ""):
        return ""
    return defaultfilters.date(timezone.template_localtime(value), fmt)


def defang(value) -> str:
    """Show a link so that it cannot be tapped or auto-linked: hxxp://example[.]com."""
    text = str(value)
    for scheme in ("https", "http"):
        text = text.replace(scheme + "://", scheme.replace("tt", "xx") + "://")
        text = text.replace(scheme.upper() + "://", scheme.replace("tt", "xx") + "://")
    return text.replace(".", "[.]").replace("。", "[。]")


def _printable(value):
    """Refuse to print a method: Django's templates call `{{ obj.method }}`, Jinja2 needs `()`."""
    if callable(value) and not hasattr(value, "__html__"):
        raise TypeError(f"template prints a callable ({value!r}); call it with ()")
    return value


def environment(**options) -> Environment:
    from documents.section import documents_summary
    from evidence.services import case_summary as evidence_summary

    options["autoescape"] = select_autoescape(disabled_extensions=("txt",), default=True)
    options.setdefault("finalize", _printable)
    env = Environment(**options)
    env.globals.update(
        url=url,
        static=static_url,
        emergency=EMERGENCY,
        evidence_summary=evidence_summary,
        documents_summary=documents_summary,
    )
    env.filters.update(
        date=date,
        truncatechars=truncatechars,
        filesizeformat=defaultfilters.filesizeformat,
        urlencode=defaultfilters.urlencode,
        defang=defang,
        channel=CHANNELS.get,
    )
    return env
