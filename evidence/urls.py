from django.urls import path

from . import views

app_name = "evidence"

urlpatterns = [
    path("case/<uuid:case_id>/evidence/", views.log, name="log"),
    path("case/<uuid:case_id>/evidence/add/", views.add, name="add"),
    path("case/<uuid:case_id>/evidence/<int:entry_id>/edit/", views.edit, name="edit"),
    path("case/<uuid:case_id>/evidence/<int:entry_id>/delete/", views.delete, name="delete"),
    path("case/<uuid:case_id>/evidence/file/<int:attachment_id>/", views.download, name="download"),
    path("case/<uuid:case_id>/evidence/checklist/", views.checklist, name="checklist"),
    path("case/<uuid:case_id>/evidence/index/", views.index, name="index"),
    path("case/<uuid:case_id>/evidence/log.csv", views.export_csv, name="csv"),
]
