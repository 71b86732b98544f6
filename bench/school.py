"""The learning benchmark's school: 10 live courses of about 5 lessons (two with a quiz), 3 cooperation
teams per region, and learners bulk-created at a realistic spread of stages, deterministic for a seed."""

import datetime
import json
import random

import project

SEED = 20250301
COURSES = 10
LESSONS_PER_COURSE = 5
TEAMS_PER_REGION = 3

FIRST_NAMES = ["Anna", "Katarzyna", "Małgorzata", "Agnieszka", "Barbara", "Ewa", "Piotr", "Krzysztof", "Tomasz",
               "Paweł", "Magdalena", "Joanna", "Michał", "Łukasz", "Zofia", "Grażyna", "Jan", "Dorota"]  # fmt: skip
LAST_NAMES = ["Nowak", "Kowalska", "Wiśniewski", "Wójcik", "Kowalczyk", "Kamińska", "Lewandowski", "Zielińska",
              "Szymański", "Woźniak", "Dąbrowska", "Kozłowski", "Jankowska", "Mazur", "Kwiatkowski", "Krawczyk",
              "Piotrowska", "Grabowski", "Nowakowska", "Pawłowski", "Michalska", "Król", "Wieczorek", "Jabłońska"]  # fmt: skip
QUIZ = {
    "title": "Sprawdź się",
    "pass_threshold": 60,
    "max_attempts": 0,
    "questions": [
        {
            "kind": "single",
            "text": "Kto zwołuje posiedzenie zespołu kooperacji?",
            "answers": [
                {"text": "Koordynator zespołu", "correct": True, "feedback": "Tak – koordynator zwołuje zespół."},
                {"text": "Każdy członek zespołu", "correct": False, "feedback": "Nie – robi to koordynator."},
            ],
        },
        {
            "kind": "true_false",
            "text": "Rodzina współtworzy plan kooperacji.",
            "answers": [
                {"text": "Prawda", "correct": True, "feedback": "Tak – rodzina jest współautorem planu."},
                {"text": "Fałsz", "correct": False, "feedback": "Nie – bez rodziny plan nie zadziała."},
            ],
        },
    ],
}


class School:
    """The bench's courses, lessons, quizzes, regions and teams (the same objects on both sites)."""

    def __init__(self):

        self.index = project.CourseIndexPage.objects.live().order_by("path").first()
        self.courses = list(project.CoursePage.objects.child_of(self.index).live().order_by("path"))[:COURSES]
        self.lessons = {course.pk: course.lessons for course in self.courses}
        self.quizzes = {
            course.pk: [
                (lesson.pk, block.id)
                for lesson in course.lessons
                for block in lesson.body
                if block.block_type == "quiz"
            ]
            for course in self.courses
        }
        self.regions = list(project.Region.objects.order_by("slug"))
        teams = list(project.Team.objects.order_by("pk"))
        self.teams = {region.pk: [team for team in teams if team.region_id == region.pk] for region in self.regions}

    @staticmethod
    def prepare():
        """Up to 10 live courses of about 5 lessons, 3 teams per region, the governance groups."""
        done = []
        home = project.HomePage.objects.get(locale__language_code="pl", depth=2)
        index = project.CourseIndexPage.objects.child_of(home).first()
        if index is None:
            index = project.CourseIndexPage(title="Szkoła Kooperacji", slug="szkola-kooperacji")
            home.add_child(instance=index)
            index.save_revision().publish()
            done.append("created the course index")
        existing = project.CoursePage.objects.child_of(index).live().count()
        for number in range(existing + 1, COURSES + 1):
            course = project.CoursePage(
                title=f"Szkolenie pomiarowe {number}",
                slug=f"szkolenie-pomiarowe-{number}",
                summary="Jak zespół kooperacji planuje wsparcie rodziny krok po kroku.",
                outcomes="Potrafisz opisać rolę koordynatora G-PZK.\nWiesz, jak przygotować wspólną diagnozę.",
                audience="pracownicy socjalni, członkowie G-PZK",
            )
            index.add_child(instance=course)
            course.save_revision().publish()
            for lesson_number in range(1, LESSONS_PER_COURSE + 1):
                with_quiz = lesson_number in (3, LESSONS_PER_COURSE)
                body = [{"type": "paragraph", "value": "<p>Koordynator zwołuje zespół i prowadzi spotkanie.</p>"}]
                if with_quiz:
                    body.append({"type": "quiz", "value": QUIZ})
                lesson = project.LessonPage(
                    title=f"Lekcja {lesson_number}",
                    slug=f"lekcja-{lesson_number}",
                    body=json.dumps(body),
                    completion="quiz" if with_quiz else "viewed",
                )
                course.add_child(instance=lesson)
                lesson.save_revision().publish()
        if existing < COURSES:
            done.append(f"{existing} courses made by load_demo, {COURSES - existing} added")
        for region in project.Region.objects.order_by("slug"):
            for number in range(1, TEAMS_PER_REGION + 1):
                project.Team.objects.get_or_create(
                    region=region,
                    name=f"G-PZK nr {number} – {region.city}",
                    defaults={"municipality": f"{region.city} (gmina {number})"},
                )
        project.setup_governance()
        deleted, _by_model = project.Enrolment.objects.all().delete()
        if deleted:
            done.append(f"removed the demo's enrolments and their progress ({deleted} rows): exact counts")
        return done

    def add_learners(self, start, stop, password):
        """Learners number ``start`` … ``stop - 1``, deterministic, with their enrolments and progress."""
        from django.contrib.auth import get_user_model

        rng = random.Random(SEED + start)
        users = [
            get_user_model()(
                username=f"uczestnik{number:05d}",
                email=f"uczestnik{number:05d}@example.org",
                first_name=FIRST_NAMES[number % len(FIRST_NAMES)],
                last_name=LAST_NAMES[(number * 7) % len(LAST_NAMES)],
                password=password,
            )
            for number in range(start, stop)
        ]
        get_user_model().objects.bulk_create(users, batch_size=500)
        profiles = []
        for number, user in enumerate(users, start):
            region = self.regions[number % len(self.regions)]
            teams = self.teams[region.pk]
            profiles.append(
                project.Profile(user=user, region=region, team=teams[number // len(self.regions) % len(teams)])
            )
        project.Profile.objects.bulk_create(profiles, batch_size=500)
        plan = []
        for user in users:
            courses = [self.courses[0], *rng.sample(self.courses[1:], rng.randint(0, 3))]
            plan.extend((user, course) for course in courses)
        self.enrol(plan, rng)
        return len(users)

    def enrol(self, plan, rng):
        """Enrolments for (user, course) pairs, each at a random stage, with progress, attempts, certificates."""
        from django.db import transaction
        from django.utils import timezone

        now = timezone.now()
        enrolments, details = [], []
        for user, course in plan:
            lessons = self.lessons[course.pk]
            stage = rng.random()
            enrolment = project.Enrolment(user=user, course=course)
            done = 0
            if stage >= 0.6:  # completed, some time in the last 18 months
                done = len(lessons)
                enrolment.completed_at = now - datetime.timedelta(days=rng.randrange(540), hours=rng.randrange(24))
                enrolment.last_activity_at = enrolment.completed_at
                enrolment.last_lesson_id = lessons[-1].pk
            elif stage >= 0.2:  # in progress
                done = rng.randrange(0, len(lessons))
                enrolment.last_activity_at = now - datetime.timedelta(days=rng.randrange(120), hours=rng.randrange(24))
                enrolment.last_lesson_id = lessons[min(done, len(lessons) - 1)].pk
            enrolments.append(enrolment)
            details.append((course, done))
        with transaction.atomic():
            project.Enrolment.objects.bulk_create(enrolments, batch_size=500)
            progress, attempts, certificates, codes = [], [], [], set()
            for enrolment, (course, done) in zip(enrolments, details, strict=True):
                lessons = self.lessons[course.pk]
                quiz_of = {lesson_id: quiz_id for lesson_id, quiz_id in self.quizzes[course.pk]}
                opened = done + (1 if enrolment.last_activity_at and done < len(lessons) else 0)
                for position, lesson in enumerate(lessons[:opened]):
                    completed = position < done
                    progress.append(
                        project.LessonProgress(
                            enrolment=enrolment,
                            lesson=lesson,
                            completed_at=enrolment.last_activity_at if completed else None,
                        )
                    )
                    if lesson.pk in quiz_of:
                        tries = rng.randint(1, 3)
                        for number in range(tries):
                            passed = completed and number == tries - 1
                            percent = rng.choice((60, 80, 100)) if passed else rng.choice((0, 20, 40, 50))
                            attempts.append(
                                project.QuizAttempt(
                                    enrolment=enrolment,
                                    lesson=lesson,
                                    quiz_id=quiz_of[lesson.pk],
                                    answers=[[0], [0]],
                                    score=percent * 2 // 100,
                                    max_score=2,
                                    percent=percent,
                                    passed=passed,
                                )
                            )
                if enrolment.completed_at and course.issues_certificate:
                    code = project.new_certificate_code()
                    while code in codes:
                        code = project.new_certificate_code()
                    codes.add(code)
                    certificates.append(
                        project.Certificate(
                            enrolment=enrolment,
                            code=code,
                            learner_name=project.learner_name(enrolment.user),
                            course_title=course.title,
                            minutes=sum(lesson.estimated_minutes for lesson in lessons),
                        )
                    )
            project.LessonProgress.objects.bulk_create(progress, batch_size=1000)
            project.QuizAttempt.objects.bulk_create(attempts, batch_size=1000)
            project.Certificate.objects.bulk_create(certificates, batch_size=1000)
        return len(enrolments)

    def add_people(self, password):
        """The learner enrolled in all 10 courses and the coordinator who reads the reports."""
        from django.contrib.auth import get_user_model
        from django.contrib.auth.models import Group

        User = get_user_model()
        learner = User.objects.create(
            username="uczestnik-pomiar", email="pomiar@example.org", first_name="Ewa", last_name="Pomiarowa",
            password=password,
        )  # fmt: skip
        project.Profile.objects.create(user=learner, region=self.regions[0], team=self.teams[self.regions[0].pk][0])
        self.enrol([(learner, course) for course in self.courses], random.Random(SEED - 1))
        coordinator = User.objects.create(
            username="koordynator-pomiar", email="koordynator@example.org", first_name="Jan", last_name="Koordynator",
            password=password,
        )  # fmt: skip
        coordinator.groups.add(Group.objects.get(name=project.COORDINATORS))
        return learner, coordinator

    def counts(self):

        return {
            "learners": project.Enrolment.objects.values("user").distinct().count(),
            "enrolments": project.Enrolment.objects.count(),
            "first course": project.Enrolment.objects.filter(course=self.courses[0]).count(),
            "lesson progress": project.LessonProgress.objects.count(),
            "quiz attempts": project.QuizAttempt.objects.count(),
        }


def session_for(user):
    """A database session signed in as ``user``, as the login view would make it; returns its key.

    A user who must use the two-step sign-in (admin access: the coordinator) gets a confirmed TOTP device
    and a session that has passed the second step, as after entering the code (django_otp.login)."""
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.sessions.backends.db import SessionStore
    from django_otp import DEVICE_ID_SESSION_KEY
    from django_otp.plugins.otp_totp.models import TOTPDevice

    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    if project.two_factor_required_for(user):
        device = TOTPDevice.objects.create(user=user, name="bench", confirmed=True)
        session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.create()
    return session.session_key
