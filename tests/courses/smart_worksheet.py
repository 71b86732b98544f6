"""The SMART worksheet lesson and the empowerment self-assessment: data and helpers for the tests of
exercises (the fixtures are in conftest.py)."""

import datetime

from django.utils import timezone

from courses.models import LessonPage

URL = "/szkola-kooperacji/cele-smart/moj-cel/"
WORKSHEET = {
    "title": "Cel SMART dla rodziny Nowaków",
    "instructions": "<p>Napisz cel dla rodziny z opisu.</p>",
    "case": "<p>Pani Anna samotnie wychowuje dwoje dzieci; starszy syn opuszcza zajęcia w szkole.</p>",
    "requires_acceptance": False,
}


def good_goal(**changes):
    deadline = timezone.localdate() + datetime.timedelta(days=120)
    data = {
        "goal": "Pani Anna będzie uczestniczyć w grupie wsparcia dla rodziców raz w tygodniu.",
        "specific": "Pani Anna weźmie udział w spotkaniach grupy wsparcia prowadzonej w ośrodku.",
        "measurable": "Liczba spotkań, w których pani Anna weźmie udział, według listy obecności.",
        "achievable": "Grupa spotyka się blisko domu, a opiekę nad dziećmi zapewni babcia.",
        "relevant": "Pani Anna sama mówi, że chce lepiej radzić sobie z zachowaniem syna.",
        "time_bound": "Do końca semestru, z przeglądem postępów po dwóch miesiącach.",
        "indicator": "liczba spotkań grupy wsparcia: 12",
        "target_value": "12",
        "deadline": deadline.isoformat(),
        "responsible": "pani Anna, pracownica socjalna Ewa Kowalska",
        "steps-0-step": "Umówić pierwsze spotkanie z prowadzącą grupę",
        "steps-0-owner": "pracownica socjalna",
        "steps-0-due": (timezone.localdate() + datetime.timedelta(days=14)).isoformat(),
    }
    data.update(changes)
    return data


def exercise_id(lesson):
    return LessonPage.objects.get(pk=lesson.pk).body[0].id


def post(client, lesson, action="save", **data):
    return client.post(URL, {"exercise": exercise_id(lesson), "action": action, **data})


SELF_ASSESSMENT = {
    "title": "Samoocena wzmocnienia",
    "instructions": "<p>Oceń każde stwierdzenie.</p>",
    "scale_max": 5,
    "min_label": "zdecydowanie się nie zgadzam",
    "max_label": "zdecydowanie się zgadzam",
    "dimensions": [
        {
            "title": "Poczucie wpływu",
            "description": "",
            "statements": [
                {"text": "Mam wpływ na to, co dzieje się w moim życiu.", "reverse": False},
                {"text": "O moich sprawach decydują inni.", "reverse": True},
            ],
        },
        {
            "title": "Relacje i wsparcie",
            "description": "",
            "statements": [{"text": "Mam do kogo zwrócić się o pomoc.", "reverse": False}],
        },
    ],
    "reflection_questions": ["Co chcesz zmienić w ciągu miesiąca?"],
}
EMPOWERMENT_URL = "/szkola-kooperacji/cele-smart/samoocena/"


def rate(client, assessment, **ratings):
    block_id = LessonPage.objects.get(pk=assessment.pk).body[0].id
    names = {"first": "rating-d1-1", "second": "rating-d1-2", "third": "rating-d2-1"}
    data = {names[key]: value for key, value in ratings.items()}
    return client.post(EMPOWERMENT_URL, {"exercise": block_id, **data, "reflection-r1": "Chcę wrócić do pracy."})
