"""A form whose posted data cannot even be read answers 400 Bad Request, not 500 (issue 19, item 8).

Forms read their data in widgets' ``value_from_datadict`` before validating it, and some trust what
the browser's own script posts: a StreamField or a ListBlock reads ``int(data["body-count"])`` and
``data["body-0-type"]``, a table block ``json.loads`` of its field, a formset its management form.
A hand-made or truncated POST (the count left out, "abc", "²") makes them raise KeyError,
MultiValueDictKeyError, ValueError, TypeError or ValidationError: a server error for a request that is
simply malformed; a formset's "-1" would even pass as "no rows" and drop the inline rows on saving.
Counts that are not whole numbers (portal.parsing) are refused with a 400 before the view runs, and the
middleware turns the exceptions above into a 400 with a Polish page too: an exception
counts only if it was raised while a form was reading its data (a frame of one of the functions
below in its traceback), so a real bug elsewhere still gives a 500 and is reported. Nothing was saved:
the exception interrupted the view before any form was valid.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.forms.formsets import DEFAULT_MAX_NUM
from django.http import HttpResponseBadRequest
from django.template import loader

from portal.parsing import parse_int

logger = logging.getLogger(__name__)

# Where forms, formsets and StreamField blocks read the posted data, before any validation.
READING_FUNCTIONS = frozenset(
    {
        "value_from_datadict",  # widgets and StreamField blocks
        "management_form",  # formsets
        "total_form_count",
        "initial_form_count",
        "_construct_form",  # a formset's form n (modelcluster reads its "-n-id" without a check)
    }
)
ADMIN_PATH = "/admin/"
MALFORMED = (KeyError, IndexError, ValueError, TypeError, OverflowError, ValidationError)


def raised_while_reading_a_form(exception):
    frame = exception.__traceback__
    while frame is not None:
        if frame.tb_frame.f_code.co_name in READING_FUNCTIONS:
            return True
        frame = frame.tb_next
    return False


# Management fields: a formset's counts anywhere, a StreamField's or ListBlock's count in the admin.
FORMSET_COUNTS = ("-TOTAL_FORMS", "-INITIAL_FORMS", "-MIN_NUM_FORMS", "-MAX_NUM_FORMS")
BLOCK_COUNT = "-count"


def garbled_counts(request):
    """The management fields of a POST that are not whole numbers ("abc", "-1", "²"), or that count
    more rows than a request may carry fields (Django's DATA_UPLOAD_MAX_NUMBER_FIELDS, at least
    formsets' default maximum): no real form posts those."""
    in_admin = request.path.startswith(ADMIN_PATH)
    fields = settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
    most = max(fields, DEFAULT_MAX_NUM) if fields else None  # a formset's own MAX_NUM_FORMS is 1,000
    return [
        key
        for key, values in request.POST.lists()
        if (key.endswith(FORMSET_COUNTS) or (in_admin and key.endswith(BLOCK_COUNT)))
        and any(parse_int(value, 0, most) is None for value in values)
    ]


class MalformedFormMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        """Counts that are not whole numbers are refused before the view reads them: Django would take a
        formset's "-1" as no forms at all, and save an edit that drops the inline rows."""
        if request.method != "POST":
            return None
        garbled = garbled_counts(request)
        if not garbled:
            return None
        logger.warning("Malformed form counts posted to %s: %s", request.path, ", ".join(garbled[:5]))
        return bad_request(request)

    def process_exception(self, request, exception):
        if request.method != "POST" or not isinstance(exception, MALFORMED):
            return None
        if not raised_while_reading_a_form(exception):
            return None
        logger.warning("Malformed form data posted to %s: %r", request.path, exception)
        return bad_request(request)


def bad_request(request):
    return HttpResponseBadRequest(loader.get_template("400.html").render(request=request))
