from django.apps import AppConfig


class DocumentsConfig(AppConfig):
    """Printable documents built from a case: the negotiation plan, letters, complaint summaries,
    and the record of complaints made."""

    name = "documents"
    verbose_name = "文书与投诉"

    def ready(self) -> None:
        # This app sits above `cases` and `evidence`: it plugs its parts in rather than being
        # imported by them.
        from cases import casefile, export

        from .exporter import export_case
        from .section import case_section

        casefile.register_section("documents", case_section)
        export.register(export_case)
