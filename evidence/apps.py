from importlib.util import find_spec

from django.apps import AppConfig


class EvidenceConfig(AppConfig):
    name = "evidence"
    verbose_name = "证据记录"

    def ready(self) -> None:
        from . import models  # noqa: F401  (connects the signal that deletes stored files)

        # The case export (privacy engineer's cases/export.py) collects a section from each app.
        if find_spec("cases.export") is not None:
            from cases import export

            from .exporter import export_case

            export.register(export_case)
