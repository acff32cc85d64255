from django.urls import path

from . import views

app_name = "cases"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", views.healthz, name="healthz"),
    path("start/", views.start, name="start"),
    path("case/<uuid:case_id>/", views.detail, name="detail"),
    path("case/<uuid:case_id>/step/<slug:name>/", views.step, name="step"),
    path("case/<uuid:case_id>/review/", views.review, name="review"),
]
