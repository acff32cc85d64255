from django.urls import include, path

urlpatterns = [
    path("", include("cases.urls")),
    path("", include("documents.urls")),
    path("", include("evidence.urls")),
    path("", include("accounts.urls")),
]

handler400 = "cases.errors.bad_request"
handler403 = "cases.errors.permission_denied"
handler404 = "cases.views.not_found"
handler500 = "cases.views.server_error"
