def site(request):
    # The emergency line is a template global (advisor/jinja2.py): the parts of pages rendered
    # without a request (cases/pages.py) show it too.
    return {"neutral_title": request.session.get("neutral_title", False)}
