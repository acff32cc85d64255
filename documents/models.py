"""What the person records about complaints they made, and the details they choose to put on them.

Both are encrypted at rest where a person typed them (cases.crypto); the channel and the date are
not secret and are kept plain so the reply due dates can be shown.
"""

from datetime import date

from django.db import models
from django.utils import timezone

from cases.core.hotlines import CHANNELS
from cases.core.router import REPLY_LIMITS, reply_due
from cases.crypto import EncryptedTextField
from cases.models import Case, case_file_part


@case_file_part()
class Complaint(models.Model):
    """One complaint the person made: where, the reference number they were given, and when."""

    case = models.ForeignKey(Case, models.CASCADE, related_name="complaints")
    # A hotlines.CHANNELS code. Not declared as choices, so that adding a channel to the registry
    # needs no migration; the form offers and checks the registry's codes.
    channel = models.CharField("投诉渠道", max_length=30)
    reference = EncryptedTextField("受理编号", blank=True)
    made_on = models.DateField("投诉日期")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-made_on", "-id"]

    def __str__(self) -> str:
        return f"{self.made_on} {self.channel_name}"

    @property
    def channel_name(self) -> str:
        return CHANNELS[self.channel].name if self.channel in CHANNELS else self.channel

    @property
    def limit(self):
        """The rule that sets a reply time limit for this channel, or None."""
        return REPLY_LIMITS.get(self.channel)

    @property
    def reply_due(self) -> date | None:
        return reply_due(self.channel, self.made_on)

    @property
    def overdue(self) -> bool:
        due = self.reply_due
        return due is not None and due < timezone.localdate()


@case_file_part()
class Complainant(models.Model):
    """The person's own details for complaints, only if they choose to enter them."""

    case = models.OneToOneField(Case, models.CASCADE, related_name="complainant")
    name = EncryptedTextField("姓名", blank=True)
    phone = EncryptedTextField("手机号", blank=True)
    id_number = EncryptedTextField("身份证号", blank=True)
    updated = models.DateTimeField(auto_now=True)

    def __str__(self) -> str:
        return "投诉人信息"

    @property
    def is_empty(self) -> bool:
        return not (self.name or self.phone or self.id_number)
