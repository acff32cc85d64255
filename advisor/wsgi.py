import os

from django.core.wsgi import get_wsgi_application
from django.urls import resolve

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "advisor.settings")
application = get_wsgi_application()

# Import the URLconf now, and with it every view and the analyzer's compiled patterns: Django
# would otherwise do it on each gunicorn worker's first request, which then waits ~0.3 s.
resolve("/healthz")
