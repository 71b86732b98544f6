"""The coordinators' course reports in the admin: scope per region, filters, exports, the chart, enrolment."""

import csv
import datetime
import io
import json

import openpyxl
import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone, translation
from django.utils.translation import ngettext

from courses import learning
from courses.models import Certificate, Enrolment, QuizAttempt
from portal.governance import COORDINATORS, editors_group_name, moderators_group_name, setup_governance
from portal.models import Profile, Team
from tests.courses.utils import get_as, report_url
from tests.factories import CourseIndexPageFactory, CoursePageFactory, LessonPageFactory
from tests.governance.utils import make_user
from tests.news.utils import assert_same_queries, count_queries
from tests.portal.utils import soup, text_of, ui

User = get_user_model()
WARSAW = datetime.timezone(datetime.timedelta(hours=2))  # summer time, for dates written in the tests

QUIZ = {
    "title": "Sprawdź się",
    "pass_threshold": 60,
    "max_attempts": 0,
    "questions": [
        {
            "kind": "true_false",
            "text": "Plan kooperacji rodziny powstaje z udziałem rodziny.",
            "answers": [
                {"text": "Prawda", "correct": True, "feedback": "Tak."},
                {"text": "Fałsz", "correct": False, "feedback": "Nie."},
            ],
        }
    ],
}


@pytest.fixture
def course(home):
    index = CourseIndexPageFactory(parent=home)
    course = CoursePageFactory(parent=index, title="Kooperacja w praktyce", slug="kooperacja-w-praktyce")
    LessonPageFactory(parent=course, title="Czym jest kooperacja", slug="czym-jest-kooperacja")
    LessonPageFactory(
        parent=course,
        title="Zespół kooperacji",
        slug="zespol",
        completion="quiz",
        body=json.dumps([{"type": "quiz", "value": QUIZ}]),
    )
    return course


@pytest.fixture
def teams(regions):
    return (
        Team.objects.create(name="G-PZK w Chmielniku", municipality="Chmielnik", region=regions.kielce.region),
        Team.objects.create(name="G-PZK w Sokółce", municipality="Sokółka", region=regions.bialystok.region),
    )


def make_learner(username, first_name, last_name, region=None, team=None, *, active=True):
    user = User.objects.create_user(
        username, f"{username}@example.org", "haslo-testowe-123", first_name=first_name, last_name=last_name
    )
    if not active:
        User.objects.filter(pk=user.pk).update(is_active=False)
    Profile.objects.create(user=user, region=region, team=team)
    return user


def quiz_id(lesson):
    return next(block.id for block in lesson.body if block.block_type == "quiz")


def attempt(enrolment, lesson, percent):
    return QuizAttempt.objects.create(
        enrolment=enrolment,
        lesson=lesson,
        quiz_id=quiz_id(lesson),
        answers=[[0]],
        score=percent // 100,
        max_score=1,
        percent=percent,
        passed=percent >= 60,
    )


def complete(enrolment, when):
    """Every lesson done (quiz passed), the course completed and certified at ``when``."""
    course = enrolment.course
    first, quiz_lesson = course.lessons
    learning.record_visit(enrolment, first)
    attempt(enrolment, quiz_lesson, 100)
    learning.complete_lesson(enrolment, quiz_lesson)
    Enrolment.objects.filter(pk=enrolment.pk).update(completed_at=when, last_activity_at=when)


@pytest.fixture
def people(regions, teams, course):
    """Learners of two regions at every stage of the course, and the staff who follow them."""
    setup_governance()
    kielce, bialystok = regions.kielce.region, regions.bialystok.region
    chmielnik, sokolka = teams
    first, quiz_lesson = course.lessons

    anna = make_learner("anna", "Anna", "Nowak", kielce, chmielnik)
    complete(learning.enrol(anna, course), datetime.datetime(2025, 3, 31, 23, 30, tzinfo=datetime.UTC))
    bartosz = make_learner("bartosz", "Bartosz", "Kowalski", kielce, chmielnik)
    progress = learning.enrol(bartosz, course)
    learning.record_visit(progress, first)
    attempt(progress, quiz_lesson, 0)
    attempt(progress, quiz_lesson, 50)
    celina = make_learner("celina", "Celina", "Wiśniewska", kielce, None)
    learning.enrol(celina, course)
    jan = make_learner("jan", "Jan", "Zieliński", bialystok, sokolka)
    complete(learning.enrol(jan, course), datetime.datetime(2025, 1, 15, 10, 0, tzinfo=datetime.UTC))
    Certificate.objects.filter(enrolment__user=jan).update(revoked_at=timezone.now(), revocation_reason="Pomyłka")
    make_learner("dorota", "Dorota", "Mazur", kielce, chmielnik)  # a team member not enrolled yet
    make_learner("emil", "Emil", "Dąbrowski", kielce, chmielnik, active=False)
    make_learner("zofia", "Zofia", "Lis", bialystok, sokolka)

    return {
        "coordinator": make_user("koordynator", COORDINATORS),
        "moderator_a": make_user("moderator_a", moderators_group_name(kielce), kielce),
        "moderator_b": make_user("moderator_b", moderators_group_name(bialystok), bialystok),
        "moderator_without_region": make_user("moderator_x", moderators_group_name(kielce), None),
        "editor_a": make_user("editor_a", editors_group_name(kielce), kielce),
    }


def learner_names(response):
    assert response.status_code == 200
    return [text_of(cell) for cell in soup(response).select("table.learner-report tbody th")]


# Who sees what ----------------------------------------------------------------------------------------


def test_coordinator_sees_the_learners_of_every_region(client, people, course):
    response = get_as(client, people["coordinator"], report_url(course))

    assert learner_names(response) == ["Bartosz Kowalski", "Anna Nowak", "Celina Wiśniewska", "Jan Zieliński"]
    rows = {text_of(row.th): text_of(row) for row in soup(response).select("table.learner-report tbody tr")}
    assert "ROPS Białystok" in rows["Jan Zieliński"] and "G-PZK w Sokółce" in rows["Jan Zieliński"]
    assert "ROPS Kielce" in rows["Anna Nowak"] and "anna@example.org" in rows["Anna Nowak"]


def test_region_moderator_sees_only_the_learners_of_their_region(client, people, course):
    response = get_as(client, people["moderator_a"], report_url(course))

    assert learner_names(response) == ["Bartosz Kowalski", "Anna Nowak", "Celina Wiśniewska"]
    assert "Zieliński" not in response.content.decode()
    assert 'name="region"' not in response.content.decode(), "a moderator has nothing to choose"


def test_other_regions_learners_stay_hidden_whatever_the_filter(client, people, course, regions, teams):
    client.force_login(people["moderator_a"])

    for query in (f"region={regions.bialystok.region.slug}", f"team={teams[1].pk}", "q=Zieliński"):
        assert "Jan Zieliński" not in learner_names(client.get(report_url(course, query))), query


def test_moderator_without_a_region_sees_nobody(client, people, course):
    response = get_as(client, people["moderator_without_region"], report_url(course))

    assert learner_names(response) == []
    assert "Anna" not in response.content.decode()
    index = get_as(client, people["moderator_without_region"], "/admin/raporty-szkolen/")
    assert index.status_code == 200
    assert [text_of(cell) for cell in soup(index).select("tbody td.numeric")] == ["0", "0", "0", "0"]


def test_course_list_counts_the_learners_in_scope(client, people, course):
    coordinator = soup(get_as(client, people["coordinator"], "/admin/raporty-szkolen/"))
    row = coordinator.select_one("tbody tr")
    assert text_of(row.th) == "Kooperacja w praktyce"
    assert row.th.a["href"] == report_url(course)
    # enrolled, not started, in progress, completed
    assert [text_of(cell) for cell in row.select("td.numeric")] == ["4", "1", "1", "2"]
    assert coordinator.select_one("table caption")

    moderator = soup(get_as(client, people["moderator_a"], "/admin/raporty-szkolen/"))
    assert [text_of(cell) for cell in moderator.select("tbody tr td.numeric")] == ["3", "1", "1", "1"]


@pytest.mark.parametrize("method", ["get", "post"])
@pytest.mark.parametrize("path", ["", "{course}/", "{course}/?export=csv", "{course}/?export=xlsx"])
def test_editor_without_the_permission_is_refused(client, people, course, method, path):
    client.force_login(people["editor_a"])
    url = "/admin/raporty-szkolen/" + path.format(course=course.pk)

    response = getattr(client, method)(url, {"enrol-emails": "dorota@example.org"} if method == "post" else None)

    # Wagtail's permission_denied: back to the dashboard with "Sorry, you do not have permission…".
    assert response.status_code == 302 and response.url == "/admin/"
    assert not Enrolment.objects.filter(user__username="dorota").exists()
    assert not response.content


def test_the_menu_offers_the_reports_to_those_who_may_see_them(client, people):
    assert "/admin/raporty-szkolen/" in get_as(client, people["moderator_a"], "/admin/").content.decode()
    assert "/admin/raporty-szkolen/" in get_as(client, people["coordinator"], "/admin/").content.decode()
    assert "/admin/raporty-szkolen/" not in get_as(client, people["editor_a"], "/admin/").content.decode()


def test_unknown_course_is_not_found(client, people):
    client.force_login(people["coordinator"])

    assert client.get("/admin/raporty-szkolen/999999/").status_code == 404
    assert client.get("/admin/raporty-szkolen/99999999999999999999999/").status_code == 404


# Rows and filters -------------------------------------------------------------------------------------


def test_row_shows_status_progress_quizzes_and_certificate(client, people, course):
    response = get_as(client, people["coordinator"], report_url(course))
    rows = {text_of(row.th): row for row in soup(response).select("table.learner-report tbody tr")}

    anna = [text_of(cell) for cell in rows["Anna Nowak"].find_all("td")]
    assert "ukończone" in anna
    assert ui("%(done)s of %(total)s") % {"done": 2, "total": 2} in anna
    assert anna[-2] == "01.04.2025", "completed 31 March 23:30 UTC is 1 April in Warsaw"
    code = Certificate.objects.get(enrolment__user__username="anna").code
    assert anna[-1] == code

    bartosz = [text_of(cell) for cell in rows["Bartosz Kowalski"].find_all("td")]
    assert "w trakcie" in bartosz
    quizzes = ui("%(score)s%% (passed %(passed)s of %(total)s)") % {"score": 50, "passed": 0, "total": 1}
    assert quizzes in bartosz, "the best of 0% and 50%, not passed"
    assert ui("%(done)s of %(total)s") % {"done": 1, "total": 2} in bartosz

    jan = text_of(rows["Jan Zieliński"])
    revoked_on = ui("revoked on %(date)s") % {"date": timezone.localdate().strftime("%d.%m.%Y")}
    assert revoked_on in jan
    celina = [text_of(cell) for cell in rows["Celina Wiśniewska"].find_all("td")]
    assert "nierozpoczęte" in celina and celina[-1] == "—"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=podlaskie", ["Jan Zieliński"]),
        ("team={chmielnik}", ["Bartosz Kowalski", "Anna Nowak"]),
        ("status=completed", ["Anna Nowak", "Jan Zieliński"]),
        ("status=in_progress", ["Bartosz Kowalski"]),
        ("status=enrolled", ["Celina Wiśniewska"]),
        ("q=nowak", ["Anna Nowak"]),
        ("q=anna+nowak", ["Anna Nowak"]),
        ("q=jan%40example.org", ["Jan Zieliński"]),
        ("region=swietokrzyskie&status=completed", ["Anna Nowak"]),
    ],
)
def test_filters(client, people, course, teams, query, expected):
    response = get_as(client, people["coordinator"], report_url(course, query.format(chmielnik=teams[0].pk)))

    assert learner_names(response) == expected


def test_filter_form_labels_every_field(client, people, course):
    html = soup(get_as(client, people["coordinator"], report_url(course)))

    fields = html.select("main form select, main form input:not([type=hidden]), main form textarea")
    assert {field["name"] for field in fields} == {"region", "team", "status", "q", "enrol-team", "enrol-emails"}
    for field in fields:
        assert html.find("label", attrs={"for": field["id"]}), field["name"]
    assert len(html.find_all("h1")) == 1


BAD_QUERIES = [
    "page=0",
    "page=-1",
    "page=99999",
    "page=abc",
    "page=%00",
    "region=nie-ma",
    "region=%00",
    "region[]=podlaskie",
    "team=abc",
    "team=99999999999999999999999",
    "team=%00",
    "status=zaliczony",
    "status=%00",
    "q=" + "a" * 5000,
    "q=%00",
    "q=%27%3B--",
    "q=%E2%80%AE%F0%9F%98%80",
    "export=pdf",
    "export=%00",
    "%00=%00",
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_strings_never_break_the_report(client, people, course, query):
    response = get_as(client, people["coordinator"], report_url(course, query))

    assert response.status_code in (200, 400)


@pytest.mark.parametrize("query", ["region=nie-ma", "team=abc", "status=zaliczony", "q=%00", "q=" + "a" * 500])
def test_invalid_filter_is_reported_and_ignored(client, people, course, query):
    response = get_as(client, people["coordinator"], report_url(course, query))

    assert len(learner_names(response)) == 4
    errors = soup(response).select_one("[role=alert]")
    assert errors is not None and errors.find("a")["href"].startswith("#id_")


@pytest.mark.parametrize("query", ["q=%00", "team=abc"])
def test_invalid_filter_is_ignored_in_exports_too(client, people, course, query):
    response = get_as(client, people["coordinator"], report_url(course, query + "&export=csv"))

    assert response.status_code == 200
    assert len(read_csv(response)) == 5


# Exports ----------------------------------------------------------------------------------------------


def read_csv(response):
    data = b"".join(response.streaming_content)
    assert data.startswith("\ufeff".encode()), "a BOM, so that Excel reads UTF-8"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_csv_export_holds_the_filtered_report_with_polish_headers(client, people, course):
    response = get_as(client, people["coordinator"], report_url(course, "region=swietokrzyskie&export=csv"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert "attachment" in response["Content-Disposition"]
    header, *rows = read_csv(response)
    assert header[:5] == [ui("Learner"), ui("E-mail"), ui("Region"), ui("Cooperation team"), ui("Status")]
    assert header[-1].startswith(ui("Quiz: %(quiz)s (%%)").split("%")[0])
    assert [row[0] for row in rows] == ["Bartosz Kowalski", "Anna Nowak", "Celina Wiśniewska"]
    anna = dict(zip(header, rows[1], strict=True))
    assert anna[ui("E-mail")] == "anna@example.org"
    assert anna[ui("Cooperation team")] == "G-PZK w Chmielniku"
    assert anna[ui("Completion date")] == "2025-04-01 01:30", "Warsaw time"
    assert anna[ui("Lessons completed")] == "2" and anna[ui("Lessons in the course")] == "2"
    assert anna[ui("Certificate")] == Certificate.objects.get(enrolment__user__username="anna").code


def test_csv_export_neutralises_formulas_in_names(client, people, course):
    User.objects.filter(username="celina").update(first_name='=HYPERLINK("http://example.org")')
    response = get_as(client, people["coordinator"], report_url(course, "status=enrolled&export=csv"))

    _header, row = read_csv(response)
    assert row[0].startswith("'=")


def test_xlsx_export_parses_back_with_dates_in_warsaw(client, people, course):
    response = get_as(client, people["coordinator"], report_url(course, "export=xlsx"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    header, *rows = [list(row) for row in workbook.active.iter_rows(values_only=True)]
    assert header[:2] == [ui("Learner"), ui("E-mail")]
    by_name = {row[0]: dict(zip(header, row, strict=True)) for row in rows}
    assert sorted(by_name) == ["Anna Nowak", "Bartosz Kowalski", "Celina Wiśniewska", "Jan Zieliński"]
    assert by_name["Anna Nowak"][ui("Completion date")] == datetime.datetime(2025, 4, 1, 1, 30)
    assert by_name["Bartosz Kowalski"][ui("Quizzes: average of best results (%)")] == 50
    assert by_name["Jan Zieliński"][ui("Certificate revoked")] == ui("yes")
    assert by_name["Jan Zieliński"][ui("Region")] == "ROPS Białystok"


def test_moderator_exports_only_their_region(client, people, course):
    response = get_as(client, people["moderator_a"], report_url(course, "export=xlsx"))

    workbook = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content)))
    names = [row[0] for row in workbook.active.iter_rows(min_row=2, values_only=True)]
    assert names == ["Bartosz Kowalski", "Anna Nowak", "Celina Wiśniewska"]


# The chart --------------------------------------------------------------------------------------------


def test_completions_chart_and_its_table(client, people, course):
    html = soup(get_as(client, people["coordinator"], report_url(course)))

    table = html.select_one("table.completions-table")
    assert table.caption and table.select("thead th[scope=col]")
    months = [(text_of(row.th), text_of(row.td)) for row in table.select("tbody tr")]
    # January (Jan) to April (Anna, 31 March 23:30 UTC), the months between with none.
    assert [count for _month, count in months] == ["1", "0", "0", "1"]
    assert all(row.th["scope"] == "row" for row in table.select("tbody tr"))
    svg = html.select_one("figure.report-chart svg")
    assert svg["role"] == "img"
    assert html.find(id=svg["aria-labelledby"]).get_text(strip=True)
    assert len(svg.select("rect")) == 4


def test_chart_shows_the_last_24_months_and_the_table_all(client, people, course, regions):
    busko = Team.objects.create(name="G-PZK w Busku-Zdroju", municipality="Busko-Zdrój", region=regions.kielce.region)
    add_learners(course, regions.kielce.region, busko, 3)
    for year, enrolment in enumerate(Enrolment.objects.filter(user__profile__team=busko).order_by("pk"), 2022):
        Enrolment.objects.filter(pk=enrolment.pk).update(
            completed_at=datetime.datetime(year, 2, 10, tzinfo=datetime.UTC)
        )

    html = soup(get_as(client, people["coordinator"], report_url(course, f"team={busko.pk}")))

    counts = [int(text_of(row.td)) for row in html.select("table.completions-table tbody tr")]
    assert len(counts) == 25 and counts[0] == counts[12] == counts[24] == 1 and sum(counts) == 3
    assert len(html.select("figure.report-chart svg rect")) == 24
    assert "24" in text_of(html.select_one("figure.report-chart figcaption"))


def test_chart_follows_the_filters(client, people, course):
    html = soup(get_as(client, people["moderator_a"], report_url(course)))

    counts = [text_of(row.td) for row in html.select("table.completions-table tbody tr")]
    assert counts == ["1"]


# Query counts -----------------------------------------------------------------------------------------


def add_learners(course, region, team, count, start=0):
    """``count`` more learners of ``region`` at different stages, with attempts and certificates."""
    first, quiz_lesson = course.lessons
    for number in range(start, start + count):
        user = make_learner(f"uczestnik{number}", "Uczestnik", f"Numer {number:03d}", region, team)
        enrolment = learning.enrol(user, course)
        if number % 3 == 0:
            complete(enrolment, timezone.now() - datetime.timedelta(days=40 * (number % 5)))
        elif number % 3 == 1:
            learning.record_visit(enrolment, first)
            attempt(enrolment, quiz_lesson, 40)


def test_query_count_is_the_same_for_5_and_50_learners(client, people, course, regions, teams):
    client.force_login(people["coordinator"])
    add_learners(course, regions.kielce.region, teams[0], 5)
    urls = [report_url(course, "status=&q="), report_url(course, "export=csv"), report_url(course, "export=xlsx")]
    few = [count_queries(client, url)[0] for url in urls]

    add_learners(course, regions.kielce.region, teams[0], 45, start=5)
    many = [count_queries(client, url) for url in urls]

    assert len(learner_names(many[0][1])) == 50
    for url, before, (after, _response) in zip(urls, few, many, strict=True):
        assert_same_queries(before, after, url)
    index_few, _response = count_queries(client, "/admin/raporty-szkolen/")
    add_learners(course, regions.bialystok.region, teams[1], 10, start=50)
    index_many, _response = count_queries(client, "/admin/raporty-szkolen/")
    assert_same_queries(index_few, index_many, "/admin/raporty-szkolen/")


def test_report_is_paginated_by_50(client, people, course, regions, teams):
    add_learners(course, regions.kielce.region, teams[0], 50)
    client.force_login(people["coordinator"])

    assert len(learner_names(client.get(report_url(course)))) == 50
    assert len(learner_names(client.get(report_url(course, "page=2")))) == 4
    assert len(learner_names(client.get(report_url(course, "page=abc")))) == 50
    export = client.get(report_url(course, "page=2&export=csv"))
    assert len(read_csv(export)) == 55, "the export holds every page"


# Enrolment by coordinators ----------------------------------------------------------------------------


def enrol(client, course, **data):
    return client.post(report_url(course), {f"enrol-{name}": value for name, value in data.items()}, follow=True)


def messages_of(response):
    return text_of(soup(response).select_one(".messages"))


def enrolled_message(count):
    with translation.override("pl"):
        return ngettext("%(count)s learner enrolled.", "%(count)s learners enrolled.", count) % {"count": count}


def already_message(count):
    with translation.override("pl"):
        return ngettext("%(count)s was already enrolled.", "%(count)s were already enrolled.", count) % {"count": count}


def test_coordinator_enrols_a_whole_team(client, people, course, teams):
    client.force_login(people["coordinator"])

    response = enrol(client, course, team=teams[0].pk)

    enrolled = Enrolment.objects.filter(course=course, user__profile__team=teams[0])
    assert sorted(enrolled.values_list("user__username", flat=True)) == ["anna", "bartosz", "dorota"]
    dorota = enrolled.get(user__username="dorota")
    assert dorota.enrolled_by == people["coordinator"]
    assert enrolled_message(1) in messages_of(response) and already_message(2) in messages_of(response)
    assert not Enrolment.objects.filter(user__username="emil").exists(), "inactive accounts are left out"


def test_enrolment_message_uses_polish_plural_forms(client, people, course, regions, teams):
    for number in range(5):
        make_learner(f"nowy{number}", "Nowy", f"Uczestnik {number}", regions.kielce.region, teams[0])
    client.force_login(people["coordinator"])

    response = enrol(client, course, team=teams[0].pk)

    message = messages_of(response)
    assert enrolled_message(6) in message and already_message(2) in message


def test_coordinator_enrols_people_by_email(client, people, course):
    client.force_login(people["coordinator"])

    response = enrol(client, course, emails="Dorota@Example.org\nzofia@example.org, anna@example.org")

    assert response.status_code == 200
    assert set(Enrolment.objects.filter(course=course).values_list("user__username", flat=True)) >= {
        "dorota",
        "zofia",
    }
    assert Enrolment.objects.get(course=course, user__username="zofia").enrolled_by == people["coordinator"]


def test_unknown_addresses_are_listed_and_nobody_is_enrolled(client, people, course):
    client.force_login(people["coordinator"])

    response = enrol(client, course, emails="dorota@example.org\nnikt@example.org\nemil@example.org")

    assert response.status_code == 200
    error = text_of(soup(response).select_one("#id_enrol-emails_error"))
    assert "nikt@example.org" in error and "emil@example.org" in error
    assert "dorota@example.org" not in error
    assert soup(response).select_one("#id_enrol-emails")["aria-describedby"].endswith("id_enrol-emails_error")
    assert not Enrolment.objects.filter(user__username="dorota").exists()


def test_malformed_addresses_are_refused(client, people, course):
    client.force_login(people["coordinator"])

    response = enrol(client, course, emails="dorota@example.org\nto-nie-jest-adres")

    assert "to-nie-jest-adres" in text_of(soup(response).select_one("#id_enrol-emails_error"))
    assert not Enrolment.objects.filter(user__username="dorota").exists()


def test_empty_enrolment_form_says_what_to_do(client, people, course):
    client.force_login(people["coordinator"])

    response = enrol(client, course, team="", emails="  ")

    assert response.status_code == 200
    assert soup(response).select_one("section[aria-labelledby=enrol-title] [role=alert]")


def test_moderator_enrols_their_regions_team_but_not_another_regions(client, people, course, teams):
    client.force_login(people["moderator_a"])

    refused = enrol(client, course, team=teams[1].pk)

    assert refused.status_code == 200
    assert soup(refused).select_one("#id_enrol-team_error")
    assert not Enrolment.objects.filter(user__username="zofia").exists()
    options = [option["value"] for option in soup(refused).select("#id_enrol-team option")]
    assert str(teams[1].pk) not in options and str(teams[0].pk) in options

    enrol(client, course, team=teams[0].pk)
    assert Enrolment.objects.filter(course=course, user__username="dorota").exists()


def test_moderator_cannot_enrol_another_regions_learner_by_email(client, people, course):
    client.force_login(people["moderator_a"])

    response = enrol(client, course, emails="zofia@example.org\ndorota@example.org")

    assert "zofia@example.org" in text_of(soup(response).select_one("#id_enrol-emails_error"))
    assert not Enrolment.objects.filter(user__username__in=["zofia", "dorota"]).exists()


def test_enrolment_keeps_the_reports_filters(client, people, course, teams):
    client.force_login(people["coordinator"])

    response = client.post(report_url(course, "status=enrolled"), {"enrol-emails": "dorota@example.org"})

    assert response.status_code == 302 and response.url == report_url(course, "status=enrolled")
