from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", views.login, name="login"),
    path("accounts/logout/", views.logout, name="logout"),
    path("accounts/attach/", views.attach, name="attach"),
    path("accounts/password/", views.password_change, name="password"),
    path("accounts/cases/", views.my_cases, name="cases"),
    path("accounts/export/", views.export_all, name="export_all"),
    path("accounts/delete/", views.delete_account, name="delete_account"),
    path("resume/", views.resume_open, name="resume"),
    path("neutral-title/", views.neutral_title, name="neutral_title"),
    path("accounts/resume-codes/", views.resume_codes, name="resume_codes"),
    path("case/<uuid:case_id>/resume-code/", views.resume_code, name="resume_code"),
    path("case/<uuid:case_id>/resume-code/revoke/", views.resume_code_revoke, name="resume_code_revoke"),
    path("case/<uuid:case_id>/keep/", views.keep, name="keep"),
    path("case/<uuid:case_id>/title/", views.title, name="title"),
    path("case/<uuid:case_id>/export/", views.export_case, name="export"),
    path("case/<uuid:case_id>/delete/", views.delete_case, name="delete"),
]
