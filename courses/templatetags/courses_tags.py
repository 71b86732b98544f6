from django import template
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

register = template.Library()


@register.filter
def state_of(states, block_id):
    """The learner's state of one quiz or exercise block (see LessonPage.quiz_state and exercise_states)."""
    return (states or {}).get(block_id, {})


@register.filter
def duration(minutes):
    """A time as people say it: "40 minut", "1 godz. 40 min", "2 godz." (Polish plural forms via ngettext)."""
    minutes = int(minutes or 0)
    if minutes < 60:
        return ngettext("%(counter)s minute", "%(counter)s minutes", minutes) % {"counter": minutes}
    hours, rest = divmod(minutes, 60)
    if not rest:
        return _("%(hours)s h") % {"hours": hours}
    return _("%(hours)s h %(minutes)s min") % {"hours": hours, "minutes": rest}
