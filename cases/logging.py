"""Keep what people type out of logs and error reports.

Request bodies hold pasted collection messages, names and phone numbers. Django's error
reports include POST data and local variables by default; these filters remove them.
"""

import logging
import traceback

from django.views.debug import ExceptionReporter, SafeExceptionReporterFilter

REMOVED = "[message removed]"


class PersonalDataReporterFilter(SafeExceptionReporterFilter):
    """Error reports never include POST data or the frame variables that may hold it."""

    def get_post_parameters(self, request):
        return {key: self.cleansed_substitute for key in (request.POST if request else {})}

    def get_traceback_frame_variables(self, request, tb_frame):
        return [(name, self.cleansed_substitute) for name in tb_frame.f_locals]


class PersonalDataExceptionReporter(ExceptionReporter):
    """Error reports keep the traceback's file and line numbers but not the exception's
    message, which may quote what was typed (ValueError(f"cannot parse {text!r}"))."""

    def get_traceback_data(self):
        data = super().get_traceback_data()
        if "exception_value" in data:
            data["exception_value"] = REMOVED
        data["exception_notes"] = ""
        for frame in data.get("frames", []):
            frame["exc_cause"] = None
        return data


class RedactPersonalData(logging.Filter):
    """Drop the request (and with it the body) from log records, and the exception's message
    from logged tracebacks, before they are written."""

    def filter(self, record: logging.LogRecord) -> bool:
        if hasattr(record, "request"):
            record.request = None
        if record.exc_info and record.exc_info[1] is not None:
            exc_type, _, tb = record.exc_info
            record.exc_text = (
                "Traceback (most recent call last):\n"
                + "".join(traceback.format_tb(tb))
                + f"{exc_type.__qualname__}: {REMOVED}"
            )
        return True
