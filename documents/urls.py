from django.urls import path

from . import views

app_name = "documents"

urlpatterns = [
    path("case/<uuid:case_id>/documents/", views.index, name="index"),
    path("case/<uuid:case_id>/documents/plan/", views.plan, name="plan"),
    path("case/<uuid:case_id>/documents/letters/<slug:kind>/", views.letter, name="letter"),
    path("case/<uuid:case_id>/documents/complaint/<slug:channel>/", views.summary, name="summary"),
    path(
        "case/<uuid:case_id>/documents/complaint/<slug:channel>/public/",
        views.summary,
        {"public": True},
        name="summary_public",
    ),
    path("case/<uuid:case_id>/documents/complaints/", views.complaints, name="complaints"),
    path(
        "case/<uuid:case_id>/documents/complaints/<int:complaint_id>/delete/",
        views.complaint_delete,
        name="complaint_delete",
    ),
    path("case/<uuid:case_id>/documents/complainant/", views.complainant, name="complainant"),
    path("case/<uuid:case_id>/documents/print/", views.print_all, name="print"),
]
