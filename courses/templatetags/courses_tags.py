from django import template

register = template.Library()


@register.filter
def state_of(states, block_id):
    """The learner's state of one quiz or exercise block (see LessonPage.quiz_state and exercise_states)."""
    return (states or {}).get(block_id, {})
