from django import template

register = template.Library()


@register.filter
def quiz_state(states, block_id):
    """The learner's state of one quiz block (see LessonPage.quiz_state)."""
    return (states or {}).get(block_id, {})
