"""Events (wydarzenia) published by the regions, and the site-wide event index with its calendar."""

import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from news.ical import calendar_response
from portal.blocks import BodyStreamBlock
from portal.listing import ListingIndexPage
from portal.models import BasePage
from portal.regions import region_page_of


class EventPageQuerySet(PageQuerySet):
    """``today`` defaults to the portal's current date."""

    def upcoming(self, today=None):
        """Events not over yet (a one-day event until its day ends), soonest first."""
        today = today or timezone.localdate()
        return self.filter(Q(end_date__gte=today) | Q(end_date__isnull=True, start_date__gte=today)).order_by(
            "start_date", "start_time", "pk"
        )

    def archive(self, today=None):
        """Events that are over, the latest first."""
        today = today or timezone.localdate()
        return self.filter(Q(end_date__lt=today) | Q(end_date__isnull=True, start_date__lt=today)).order_by(
            "-start_date", "-start_time", "-pk"
        )


class EventPage(RoutablePageMixin, BasePage):
    start_date = models.DateField(
        _("start date"), db_index=True, help_text=_("The day of the event, or its first day if it lasts longer.")
    )
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("E.g. 10:00; leave empty if the hours are not known yet.")
    )
    end_date = models.DateField(_("end date"), null=True, blank=True, help_text=_("Leave empty for a one-day event."))
    end_time = models.TimeField(
        _("end time"), null=True, blank=True, help_text=_("Leave empty if you do not know when the event ends.")
    )
    whole_day = models.BooleanField(
        _("whole-day event"), default=False, help_text=_("Tick when the event has no set hours; times are ignored.")
    )
    summary = models.TextField(_("summary"), max_length=600, help_text=_("What the event is about, in two sentences."))
    place_name = models.CharField(
        _("place"), max_length=200, blank=True, help_text=_("E.g. “Sala konferencyjna ROPS”.")
    )
    address = models.CharField(
        _("address"),
        max_length=300,
        blank=True,
        help_text=_("Street, number and city of the venue; leave empty for an event held only online."),
    )
    is_online = models.BooleanField(
        _("online event"),
        default=False,
        help_text=_("Tick if people can take part over the internet; the event is then marked “online”."),
    )
    organiser = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("The institution or team running the event, shown in the event's details."),
    )
    audience = models.CharField(
        _("audience"), max_length=300, blank=True, help_text=_("E.g. “members of G-PZK, social workers”.")
    )
    registration_info = RichTextField(
        _("registration"), blank=True, features=["bold", "italic", "link", "ul"], help_text=_("How to sign up.")
    )
    registration_deadline = models.DateField(
        _("registration deadline"),
        null=True,
        blank=True,
        help_text=_("The last day to sign up, no later than the start date; after it registration is shown as closed."),
    )
    contact_name = models.CharField(
        _("contact person"), max_length=200, blank=True, help_text=_("Who answers questions about the event.")
    )
    contact_email = models.EmailField(
        _("contact e-mail"), blank=True, help_text=_("Shown as a link; e.g. the project team's address.")
    )
    contact_phone = models.CharField(
        _("contact phone"), max_length=40, blank=True, help_text=_("With the area code, e.g. “41 342 15 00”.")
    )
    event_url = models.URLField(
        _("event website"),
        blank=True,
        help_text=_("The event's own page elsewhere, if it has one, starting with https://."),
    )
    body = StreamField(
        BodyStreamBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_("More about the event: its aims, who it is for, practical information."),
    )
    agenda = StreamField(
        BodyStreamBlock(),
        verbose_name=_("agenda"),
        blank=True,
        help_text=_("The programme of the event, e.g. the sessions with their times and speakers."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
                FieldPanel("whole_day"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel([FieldPanel("place_name"), FieldPanel("address"), FieldPanel("is_online")], heading=_("Where")),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("organiser"),
                FieldPanel("audience"),
                FieldPanel("registration_info"),
                FieldPanel("registration_deadline"),
                FieldRowPanel([FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")]),
                FieldPanel("event_url"),
            ],
            heading=_("For participants"),
        ),
        FieldPanel("agenda"),
        InlinePanel("related_documents", heading=_("Related documents"), label=_("related document")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("place_name"),
        index.SearchField("address"),
        index.SearchField("organiser"),
        index.SearchField("body"),
        index.SearchField("agenda"),
        index.FilterField("start_date"),
    ]

    parent_page_types = ["portal.RegionPage"]
    subpage_types = []
    template = "pages/event_page.html"

    objects = PageManager.from_queryset(EventPageQuerySet)()

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The event cannot end before it starts.")
        same_day = not self.end_date or self.end_date == self.start_date
        if same_day and self.start_time and self.end_time and self.end_time < self.start_time:
            errors["end_time"] = _("The event cannot end before it starts.")
        if self.registration_deadline and self.start_date and self.registration_deadline > self.start_date:
            errors["registration_deadline"] = _("Registration must close before the event starts.")
        if errors:
            raise ValidationError(errors)

    @property
    def last_date(self):
        return self.end_date or self.start_date

    @property
    def is_multi_day(self):
        return bool(self.end_date and self.end_date != self.start_date)

    @property
    def is_past(self):
        return self.last_date < timezone.localdate()

    @property
    def registration_open(self):
        return bool(self.registration_deadline and self.registration_deadline >= timezone.localdate())

    def starts_at(self):
        """Aware start datetime in the portal's time zone, or None for a whole-day event."""
        if self.whole_day or not self.start_time:
            return None
        return timezone.make_aware(datetime.datetime.combine(self.start_date, self.start_time))

    def ends_at(self):
        if self.whole_day or not self.start_time:
            return None
        end_time = self.end_time or self.start_time
        return timezone.make_aware(datetime.datetime.combine(self.last_date, end_time))

    @cached_property
    def region_page(self):
        return region_page_of(self)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        documents = [link.document for link in self.related_documents.select_related("document").all()]
        context["related_documents"] = [page for page in documents if page.live]
        return context

    @path("")
    def event(self, request):
        return self.render(request)

    @path("kalendarz/", name="ical")
    def ical(self, request):
        return calendar_response([self], filename=f"{self.slug}.ics", request=request)


class EventRelatedDocument(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="related_documents")
    document = models.ForeignKey(
        "portal.ModelDocumentPage",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A document from the library to list under the event, e.g. materials for the participants."),
    )

    panels = [PageChooserPanel("document", "portal.ModelDocumentPage")]


class EventIndexPage(ListingIndexPage):
    """Upcoming events (soonest first) and the archive of past ones (newest first), with a calendar feed."""

    introduction = models.TextField(
        _("introduction"), blank=True, help_text=_("A short paragraph shown above the list of upcoming events.")
    )

    template = "pages/event_index_page.html"
    item_model = EventPage
    context_object_name = "events"

    class Meta:
        verbose_name = _("event index")
        verbose_name_plural = _("event indexes")

    def upcoming(self):
        """The upcoming events of the index, unfiltered (the home page shows the first ones)."""
        return self.all_items().upcoming()

    def filtered(self, form, *, archive=False):
        """Events have no year filter; the upcoming ones, or the past ones in the archive."""
        events = form.filter_by_place(self.all_items())
        return events.archive() if archive else events.upcoming()

    def listing(self, request, *, archive=False):
        return super().listing(request, archive=archive)

    @path("archiwum/", name="archive")
    def archive_view(self, request):
        return self.listing(request, archive=True)

    @path("kalendarz/", name="ical")
    def ical(self, request):
        form = self.filter_form(request)
        events = self.filtered(form).select_related("locale")  # for the UIDs
        region = form.valid_filters().get("region")
        return calendar_response(
            events[:500], filename=f"wydarzenia{'-' + region if region else ''}.ics", request=request
        )
