from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "evidence"
    verbose_name = "证据记录"

    def ready(self) -> None:
        # This app sits above `cases`: it plugs its parts into the case's loader and export
        # rather than being imported by them.
        from cases import casefile, export

        from . import models  # noqa: F401  (connects the signal that deletes stored files)
        from .exporter import export_case
        from .log import read
        from .timeline import case_section

        casefile.register_log(read)
        casefile.register_section("evidence", case_section)
        export.register(export_case)
