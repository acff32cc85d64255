from .core.hotlines import EMERGENCY


def site(request):
    return {
        "neutral_title": request.session.get("neutral_title", False),
        "emergency": EMERGENCY,  # the header, footer and advice all show the emergency line
    }
