from dataclasses import dataclass

from django import template

from evidence import services
from evidence.models import Attachment, ChecklistTick

register = template.Library()


@dataclass(frozen=True)
class Summary:
    figures: services.Figures
    files: int
    ticked: int


@register.simple_tag
def evidence_summary(case) -> Summary:
    """What the case page shows about the log: counts and the rules the contacts break."""
    return Summary(
        figures=services.figures(case),
        files=Attachment.objects.filter(entry__case=case).count(),
        ticked=ChecklistTick.objects.filter(case=case).count(),
    )
