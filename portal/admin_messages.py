"""Admin messages that Wagtail words wrongly for the portal's moderation.

Approving the last step of a workflow publishes the page, but Wagtail's editor then says only
"Strona … została zaktualizowana". ``say_published_after_approval`` (an ``after_edit_page`` hook)
puts the right sentence in its place.
"""

from django.contrib import messages
from django.utils.translation import gettext
from wagtail.admin.messages import render
from wagtail.models import Page, WorkflowState

# Wagtail's own msgid, translated by Wagtail's catalogue (a variable, so makemessages leaves it out).
WAGTAIL_PAGE_UPDATED = "Page '%(page_title)s' has been updated."


def replace_message(request, old, new):
    """Put ``new`` in place of the queued admin message ``old`` (both plain text), keeping the others."""
    old, new = render(old, None), render(new, None)  # as Wagtail's admin messages store them
    storage = messages.get_messages(request)
    queued = list(storage)  # marks them read: only what is added again below reaches the next page
    for message in queued:
        text = new if message.message == old else message.message
        messages.add_message(request, message.level, text, extra_tags=message.extra_tags)


def published_by_approval(request, page):
    """Whether this request approved the last step of ``page``'s workflow, which published it."""
    if not (request.method == "POST" and request.POST.get("action-workflow-action")):
        return False
    if request.POST.get("workflow-action-name") != "approve":
        return False
    page = Page.objects.get(pk=page.pk)
    finished = WorkflowState.objects.for_instance(page).order_by("-created_at").first()
    return (
        finished is not None
        and finished.status == WorkflowState.STATUS_APPROVED
        and page.live
        and page.live_revision_id == page.latest_revision_id
    )


def say_published_after_approval(request, page):
    if not published_by_approval(request, page):
        return
    title = page.get_admin_display_title()
    replace_message(
        request,
        gettext(WAGTAIL_PAGE_UPDATED) % {"page_title": title},
        gettext("Page “%(page_title)s” has been approved and published.") % {"page_title": title},
    )
