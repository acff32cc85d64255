from .core.hotlines import EMERGENCY


def site(request):
    return {"emergency": EMERGENCY, "neutral_title": request.session.get("neutral_title", False)}
