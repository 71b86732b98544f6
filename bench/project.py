"""The project's modules the benchmarks use, named in this one place: when a module moves, its line here
is the only one to change.

The benches set the environment (database, settings) before Django is set up, so nothing can be imported
from the project when their modules load: ``project.NewsPage`` imports ``news.models`` on first use,
after ``harness.setup_django()``.
"""

import importlib

# module path: the names taken from it.
MODULES = {
    "home.models": ["HomePage"],
    "news.models": ["EventIndexPage", "EventPage", "NewsIndexPage", "NewsPage", "NewsPageTag"],
    "portal.models": [
        "DocumentCategory",
        "DocumentLibraryPage",
        "ModelDocumentFile",
        "ModelDocumentPage",
        "PortalDocument",
        "PortalImage",
        "Profile",
        "Region",
        "RegionPage",
        "Team",
    ],  # fmt: skip
    "search.models": ["SearchTerm"],
    "portal.governance": ["COORDINATORS", "setup_governance"],
    "accounts.two_factor": ["required_for as two_factor_required_for"],
    "search.query": [" as search_query"],
    "search.ranking": [" as search_ranking"],
    "search.views": [" as search_views"],
    "search.vocabulary": [" as search_vocabulary"],
    "search.lemmas": [" as search_lemmas"],
    "courses.models": [
        "Certificate",
        "CourseIndexPage",
        "CoursePage",
        "Enrolment",
        "ExerciseSubmission",
        "LessonPage",
        "LessonProgress",
        "QuizAttempt",
    ],  # fmt: skip
    "courses.models.learning": ["new_certificate_code"],
    "courses.learning": [" as learning", "learner_name"],
    "courses.exercises.genogram": [" as genogram"],
    "tests.plone_import.export_builder": ["generate_news"],
    "tests.courses.exercises.genogram_generated": ["build_family"],
}

# "name" → the name itself; "name as alias" → the name under the alias; " as alias" → the module itself.
WHERE = {
    name.rpartition(" as ")[2] or name: (module, name.partition(" as ")[0])
    for module, names in MODULES.items()
    for name in names
}


def module_path(alias):
    """The dotted path of a module named above (for code run in another process)."""
    return WHERE[alias][0]


def __getattr__(name):
    if name not in WHERE:
        raise AttributeError(f"bench/project.py names no {name!r}")
    module, attribute = WHERE[name]
    loaded = importlib.import_module(module)
    return getattr(loaded, attribute) if attribute else loaded
