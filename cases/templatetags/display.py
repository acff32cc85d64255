"""Display-only filters every template may use (settings.TEMPLATES "builtins").

{{ reason.text|clip:60 }}   -> at most 60 characters, the last one "…" when cut
{{ link|defang }}           -> hxxp://example[.]com, which no phone turns into a link
"""

from django import template

register = template.Library()


@register.filter
def clip(value, length: int) -> str:
    """At most `length` characters, ending in one "…" when cut. Django's `truncatechars` ends
    Chinese text with the translation's three ASCII dots."""
    text = str(value)
    length = int(length)
    return text if len(text) <= length else text[: max(length - 1, 0)] + "…"


@register.filter
def defang(value) -> str:
    """Show a link so that it cannot be tapped or auto-linked: hxxp://example[.]com."""
    text = str(value)
    for scheme in ("https", "http"):
        text = text.replace(scheme + "://", scheme.replace("tt", "xx") + "://")
        text = text.replace(scheme.upper() + "://", scheme.replace("tt", "xx") + "://")
    return text.replace(".", "[.]").replace("。", "[。]")
