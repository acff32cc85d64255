"""The documents app's part of a case export (cases/export.py): complaints made and the
complainant's details, decrypted, so a person takes everything they told us with them."""

from .models import Complainant, Complaint


def export_case(case) -> tuple[str, dict, list[tuple[str, bytes]]]:
    complainant = Complainant.objects.filter(case=case).first()
    data = {
        "complaints": [
            {
                "channel": c.channel,
                "channel_name": c.channel_name,
                "reference": c.reference,
                "made_on": c.made_on.isoformat(),
                "reply_due": c.reply_due.isoformat() if c.reply_due else None,
            }
            for c in Complaint.objects.filter(case=case).order_by("made_on", "id")
        ],
        "complainant": (
            {"name": complainant.name, "phone": complainant.phone, "id_number": complainant.id_number}
            if complainant
            else None
        ),
    }
    return "documents", data, []
