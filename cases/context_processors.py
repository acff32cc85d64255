from django.template.backends.utils import csrf_input
from django.utils.functional import SimpleLazyObject


def site(request):
    return {
        # Django's own csrf_input masks the token afresh each time a page prints it, and the
        # case page prints it in three forms; one masked token per response is what protects
        # against BREACH, so it is made once, and only if the page prints it.
        "csrf_input": SimpleLazyObject(lambda: csrf_input(request)),
        "neutral_title": request.session.get("neutral_title", False),
        # The emergency line is a template global (advisor/jinja2.py): the parts of pages
        # rendered without a request (cases/pages.py) show it too.
    }
