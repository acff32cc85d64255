"""Keep what people type out of logs and error reports.

Request bodies hold pasted collection messages, names and phone numbers. Django's error
reports include POST data and local variables by default; these filters remove them.
"""

import logging

from django.views.debug import SafeExceptionReporterFilter


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports never include POST data or the frame variables that may hold it."""

    def get_post_parameters(self, request):
        return {key: self.cleansed_substitute for key in (request.POST if request else {})}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class RedactPersonalData(logging.Filter):
    """Drop the request object (and with it the body) from log records before they are written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            record.request = None
        return True
