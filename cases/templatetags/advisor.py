from django import template

from ..core.hotlines import CHANNELS

register = template.Library()


@register.filter
def defang(value: str) -> str:
    """Show a link so that it cannot be tapped or auto-linked: hxxp://example[.]com."""
    text = str(value)
    for scheme in ("https", "http"):
        text = text.replace(scheme + "://", scheme.replace("tt", "xx") + "://")
        text = text.replace(scheme.upper() + "://", scheme.replace("tt", "xx") + "://")
    return text.replace(".", "[.]").replace("。", "[。]")


@register.filter
def channel(code: str):
    return CHANNELS.get(code)
