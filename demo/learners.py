"""Demo cooperation teams (G-PZK) and learners at different points of the courses, so that "Moje szkolenia",
certificates and the coordinators' reports have something true-to-life to show.

The learners' progress is made through courses.learning (the same code a learner's clicks run), then
their dates are spread over the past months so that the completions chart has a shape.
"""

import datetime

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from courses import exercise_work, learning
from courses.blocks import empowerment_definition
from courses.exercises import empowerment
from courses.learning import submissions
from courses.learning.progress import backdate
from courses.models import CoursePage
from portal.governance import COORDINATORS
from portal.models import Profile, Region, Team

# (region slug, team name, municipality)
TEAMS = [
    ("swietokrzyskie", "G-PZK w Chmielniku", "Chmielnik"),
    ("swietokrzyskie", "G-PZK w Pińczowie", "Pińczów"),
    ("podlaskie", "G-PZK w Choroszczy", "Choroszcz"),
    ("podlaskie", "G-PZK w Supraślu", "Supraśl"),
    ("lubelskie", "G-PZK w Nałęczowie", "Nałęczów"),
]

# (username, first name, last name, team, {course slug: lessons done, or "all"}, months ago). The learners are
# professionals: none shares a surname with a fictional family of the courses (Nowiccy, Kowalczykowie,
# Wiśniewscy, Jabłońscy).
LEARNERS = [
    (
        "uczestnik.swietokrzyskie",
        "Anna",
        "Michalska",
        "G-PZK w Chmielniku",
        {"kooperacja-w-praktyce": "all", "genogram-w-pracy-socjalnej": 1},
        2,
    ),
    ("uczestnik.podlaskie", "Tomasz", "Zieliński", "G-PZK w Choroszczy", {"kooperacja-w-praktyce": 1}, 1),
    ("m.pawlak", "Małgorzata", "Pawlak", "G-PZK w Chmielniku", {"kooperacja-w-praktyce": "all"}, 5),
    ("j.lewandowski", "Jan", "Lewandowski", "G-PZK w Chmielniku", {"kooperacja-w-praktyce": 2}, 4),
    ("k.wojcik", "Katarzyna", "Wójcik", "G-PZK w Pińczowie", {"kooperacja-w-praktyce": "all", "cele-smart": "all"}, 4),
    ("p.kaminski", "Piotr", "Kamiński", "G-PZK w Pińczowie", {"empowerment": 0}, 0),
    ("e.dabrowska", "Ewa", "Dąbrowska", "G-PZK w Choroszczy", {"kooperacja-w-praktyce": "all", "empowerment": 2}, 3),
    (
        "a.szymanska",
        "Agnieszka",
        "Szymańska",
        "G-PZK w Supraślu",
        {"cele-smart": "all", "genogram-w-pracy-socjalnej": "all"},
        3,
    ),
    ("m.wozniak", "Marek", "Woźniak", "G-PZK w Supraślu", {"cele-smart": 1}, 1),
    ("b.krawczyk", "Barbara", "Krawczyk", "G-PZK w Nałęczowie", {"kooperacja-w-praktyce": "all"}, 1),
]
COORDINATOR = ("koordynator", "Joanna", "Mazur")


def build_teams(log):
    teams = {}
    for region_slug, name, municipality in TEAMS:
        region = Region.objects.filter(slug=region_slug).first()
        if region is None:
            continue
        team, created = Team.objects.get_or_create(region=region, name=name, defaults={"municipality": municipality})
        if created:
            log(f"cooperation team {name}")
        teams[name] = team
    return teams


def correct_answers(quiz):
    return [
        [number for number, answer in enumerate(question["answers"]) if answer["correct"]]
        for question in quiz["questions"]
    ]


def demo_smart_goal():
    """A SMART worksheet a diligent learner would hand in for the demo case of pani Marta Nowicka."""
    today = timezone.localdate()
    return {
        "goal": "Pani Marta zapisze Zosię do przedszkola i będzie odprowadzać Kubę do szkoły na 8:00.",
        "specific": "Zosia zacznie chodzić do przedszkola gminnego, a Kuba przestanie spóźniać się do szkoły.",
        "measurable": "Obecność Kuby według dziennika i liczba dni Zosi w przedszkolu w miesiącu.",
        "achievable": "Przedszkole ma wolne miejsca, opłatę pokryje zasiłek celowy z GOPS.",
        "relevant": "Pani Marta sama chce uporządkować poranki, to pierwszy krok do powrotu do pracy.",
        "time_bound": "Do końca semestru, z przeglądem obecności po sześciu tygodniach.",
        "indicator": "obecność Kuby na zajęciach: 90%",
        "target_value": "90",
        "deadline": (today + datetime.timedelta(days=150)).isoformat(),
        "responsible": "pani Marta, asystentka rodziny, wychowawczyni Kuby",
        "steps": [
            {
                "step": "Złożyć wniosek o miejsce w przedszkolu",
                "owner": "pani Marta z asystentką rodziny",
                "due": (today + datetime.timedelta(days=14)).isoformat(),
            },
            {
                "step": "Ustalić z wychowawczynią cotygodniowy kontakt w sprawie obecności",
                "owner": "pracownik socjalny",
                "due": (today + datetime.timedelta(days=21)).isoformat(),
            },
        ],
    }


def middle_ratings(block):
    """A self-assessment answered with the middle of the scale everywhere."""
    fields = empowerment.form_fields(empowerment_definition(block.value))
    middle = str((fields["scale"]["min"] + fields["scale"]["max"]) // 2)
    return {statement["name"]: middle for dimension in fields["dimensions"] for statement in dimension["statements"]}


def hand_in_case(enrolment, lesson, block):
    """A demo learner hands in the case's genogram as it stands (enough to show the review screens)."""
    case = exercise_work.genogram_data(block, None)
    submissions.save_genogram(enrolment, lesson, block, None, submissions.revision(case))
    submissions.hand_in_genogram(enrolment, lesson, block)


def work_through(enrolment, lessons):
    for lesson in lessons:
        learning.record_visit(enrolment, lesson)
        for block in learning.quiz_blocks(lesson):
            learning.submit_quiz(enrolment, lesson, block, correct_answers(block.value))
        for block in exercise_work.exercise_blocks(lesson):
            if block.block_type == "empowerment":
                submissions.save_empowerment(enrolment, lesson, block, middle_ratings(block))
            elif block.block_type == "genogram":
                hand_in_case(enrolment, lesson, block)
            else:
                submissions.save_smart(enrolment, lesson, block, demo_smart_goal(), submit=True)
            if exercise_work.every_exercise_done(enrolment, lesson):
                learning.complete_lesson(enrolment, lesson)


def spread_dates(enrolment, months_ago):
    """Move the learner's history back in time: enrolled N months ago, finished a few weeks later."""
    enrolled = timezone.now() - datetime.timedelta(days=30 * months_ago + 12)
    backdate(enrolment, enrolled_at=enrolled, finished_at=enrolled + datetime.timedelta(days=18))


def build_learners(password, log):
    """Demo learners with the administrator's password, and a course coordinator."""
    User = get_user_model()
    teams = build_teams(log)
    courses = {course.slug: course for course in CoursePage.objects.live()}
    for username, first_name, last_name, team_name, progress, months_ago in LEARNERS:
        team = teams.get(team_name)
        if team is None or User.objects.filter(username=username).exists():
            continue
        user = User.objects.create_user(
            username, f"{username}@example.org", password, first_name=first_name, last_name=last_name
        )
        Profile.objects.create(user=user, region=team.region, team=team)
        for slug, done in progress.items():
            course = courses.get(slug)
            if course is None:
                continue
            enrolment = learning.enrol(user, course)
            lessons = course.lessons if done == "all" else course.lessons[:done]
            work_through(enrolment, lessons)
            enrolment.refresh_from_db()
            spread_dates(enrolment, months_ago)
        log(f"learner account '{username}' ({team_name})")
    username, first_name, last_name = COORDINATOR
    if not User.objects.filter(username=username).exists():
        user = User.objects.create_user(
            username, f"{username}@example.org", password, first_name=first_name, last_name=last_name
        )
        user.groups.add(Group.objects.get(name=COORDINATORS))
        log(f"course coordinator account '{username}'")
