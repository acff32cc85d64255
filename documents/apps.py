from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Printable documents built from a case: the negotiation plan, letters, complaint summaries,
    and the record of complaints made."""

    name = "documents"
    verbose_name = "文书与投诉"

    def ready(self) -> None:
        from cases import export

        from .exporter import export_case

        export.register(export_case)
