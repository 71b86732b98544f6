"""The SMART goal worksheet: reading a learner's worksheet and checking what can be checked.

``parse(data)`` reads a POSTed form (a QueryDict) or a stored dict (``SmartWorksheet.to_dict()``) without
ever failing: text is trimmed and cut to a limit, unreadable values and impossible dates come back as
Polish messages per field. ``check(worksheet, today)`` returns one ``Criterion`` per SMART letter, each
with the checks behind it, so a template can show a checklist and say plainly what is missing.

The checks on free text are deliberately simple heuristics for Polish, documented where they live:
- a field is "filled" when it has at least three words and fifteen characters (not a single token);
- the indicator is measurable when it has a number with a unit next to it ("4 spotkania",
  "80% dzieci", "2 razy w miesiącu", "liczba spotkań: 4"); dates and years do not count as numbers;
- the goal statement has a verb when one of its words looks like one (see ``has_verb``).
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from django.utils.formats import date_format, number_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

MAX_STEPS = 20
FAR_DEADLINE = timedelta(days=5 * 365 + 1)  # a family's goal further away than this is hard to follow
MIN_WORDS = 3
MIN_CHARACTERS = 15

# Field name → the longest text kept. The five guided fields are short paragraphs.
LIMITS = {
    "goal": 500,
    "specific": 1000,
    "measurable": 1000,
    "achievable": 1000,
    "relevant": 1000,
    "time_bound": 1000,
    "indicator": 300,
    "target_value": 100,
    "responsible": 300,
    "step": 300,
    "owner": 150,
}

CRITERIA = [
    # key, letter, label, guiding question (the help text of the guided field)
    ("specific", "S", gettext_lazy("Specific"), gettext_lazy("What exactly will change, for whom and where?")),
    (
        "measurable",
        "M",
        gettext_lazy("Measurable"),
        gettext_lazy("How will you and the family know that the goal has been reached?"),
    ),
    (
        "achievable",
        "A",
        gettext_lazy("Achievable"),
        gettext_lazy("Why is the goal realistic for this family now? What resources can it build on?"),
    ),
    (
        "relevant",
        "R",
        gettext_lazy("Relevant"),
        gettext_lazy("Why does the goal matter to the family and how does it fit the plan of support?"),
    ),
    (
        "time_bound",
        "T",
        gettext_lazy("Time-bound"),
        gettext_lazy("By when will the goal be reached, and which dates along the way can be checked?"),
    ),
]
CRITERION_LABELS = {key: label for key, _letter, label, _question in CRITERIA}

# The worksheet's fields in form order, for the lead's form and the printable version.
FIELDS = [
    {
        "name": "goal",
        "label": gettext_lazy("Goal statement"),
        "help_text": gettext_lazy("One sentence: who will do what, e.g. “Mrs Anna will attend a support group.”"),
        "max_length": LIMITS["goal"],
        "multiline": True,
    },
    *(
        {"name": key, "label": label, "help_text": question, "max_length": LIMITS[key], "multiline": True}
        for key, _letter, label, question in CRITERIA
    ),
    {
        "name": "indicator",
        "label": gettext_lazy("Indicator"),
        "help_text": gettext_lazy(
            "What you will count, with a number and a unit, e.g. “number of meetings: 4”, “80 per cent of children”, "
            "“2 times a month”."
        ),
        "max_length": LIMITS["indicator"],
        "multiline": False,
    },
    {
        "name": "target_value",
        "label": gettext_lazy("Target value"),
        "help_text": gettext_lazy("A number, e.g. 4 or 80 per cent."),
        "max_length": LIMITS["target_value"],
        "multiline": False,
    },
    {
        "name": "deadline",
        "label": gettext_lazy("Deadline"),
        "help_text": gettext_lazy("A date, e.g. 30.06.2026."),
        "max_length": 10,
        "multiline": False,
    },
    {
        "name": "responsible",
        "label": gettext_lazy("People responsible"),
        "help_text": gettext_lazy("Who sees to it that the goal is reached: family members and professionals."),
        "max_length": LIMITS["responsible"],
        "multiline": False,
    },
]
STEP_FIELDS = [
    {"name": "step", "label": gettext_lazy("What will be done"), "max_length": LIMITS["step"]},
    {"name": "owner", "label": gettext_lazy("Who does it"), "max_length": LIMITS["owner"]},
    {"name": "due", "label": gettext_lazy("By when"), "max_length": 10},
]
TEXT_FIELDS = [spec["name"] for spec in FIELDS if spec["name"] != "deadline"]


@dataclass
class Step:
    step: str = ""
    owner: str = ""
    due: date | None = None

    def to_dict(self):
        return {"step": self.step, "owner": self.owner, "due": self.due.isoformat() if self.due else ""}


@dataclass
class SmartWorksheet:
    goal: str = ""
    specific: str = ""
    measurable: str = ""
    achievable: str = ""
    relevant: str = ""
    time_bound: str = ""
    indicator: str = ""
    target_value: str = ""
    deadline: date | None = None
    responsible: str = ""
    steps: list[Step] = field(default_factory=list)

    def to_dict(self):
        """Plain JSON-ready data (dates as ISO text) that ``parse`` reads back unchanged."""
        data = {name: getattr(self, name) for name in TEXT_FIELDS}
        data["deadline"] = self.deadline.isoformat() if self.deadline else ""
        data["steps"] = [step.to_dict() for step in self.steps]
        return data


@dataclass(frozen=True)
class Check:
    code: str  # stable, for templates and tests: "indicator_quantity", "deadline_future", ...
    label: str  # what is checked, as a checklist line
    passed: bool
    detail: str = ""  # what is missing, what was found, or what deserves a second look
    warning: bool = False  # passed, but worth a second look


@dataclass
class Criterion:
    key: str
    letter: str
    label: str
    question: str
    checks: list[Check]

    @property
    def met(self):
        return all(item.passed for item in self.checks)

    @property
    def problems(self):
        return [item.detail for item in self.checks if not item.passed]

    @property
    def warnings(self):
        return [item.detail for item in self.checks if item.passed and item.warning]

    @property
    def explanation(self):
        """One plain paragraph: what is missing, or that the criterion is met (plus any warning)."""
        if not self.met:
            return " ".join(dict.fromkeys(self.problems))  # two checks may miss the same thing: say it once
        return " ".join([str(_("The goal meets this criterion.")), *self.warnings])


# ---------------------------------------------------------------------------------------------- parsing


def parse(data):
    """A ``(SmartWorksheet, errors)`` pair from a POSTed form or a stored dict; never raises.

    ``errors`` maps a field name ("deadline", "steps-2-due", or "__all__") to a list of Polish messages.
    Steps come either as a list of ``{"step", "owner", "due"}`` dicts under "steps" (stored data) or as
    form fields "steps-<n>-step", "steps-<n>-owner", "steps-<n>-due" for n from 0 (a form without
    JavaScript); rows left empty are skipped.
    """
    worksheet = SmartWorksheet()
    errors = {}
    if not isinstance(data, Mapping):
        errors["__all__"] = [_("The worksheet could not be read. Fill it in again.")]
        return worksheet, errors
    for name in TEXT_FIELDS:
        setattr(worksheet, name, _read_text(data.get(name), LIMITS[name], name, errors))
    worksheet.deadline = _read_date(data.get("deadline"), "deadline", errors)
    worksheet.steps = _read_steps(data, errors)
    return worksheet, errors


def _add_error(errors, key, message):
    errors.setdefault(key, []).append(message)


def _read_text(value, limit, key, errors):
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        _add_error(errors, key, _("This value could not be read. Type it in as text."))
        return ""
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    text = "".join(char for char in text if char in "\n\t" or char.isprintable()).strip()
    if len(text) > limit:
        _add_error(
            errors,
            key,
            _("This text is too long: at most %(limit)s characters, now %(length)s. It has been cut short.")
            % {"limit": limit, "length": len(text)},
        )
        text = text[:limit].rstrip()
    return text


# ASCII digits only, as everywhere (portal.parsing): "２０２６-06-30" or "30.06.２０２６" is not a date.
ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})", re.ASCII)
POLISH_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", re.ASCII)


def _read_date(value, key, errors):
    """A date from a date, "YYYY-MM-DD" (the browser's date field) or "DD.MM.YYYY" (typed by hand)."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        _add_error(errors, key, _("This date could not be read. Enter it as DD.MM.YYYY, e.g. 30.06.2026."))
        return None
    text = value.strip()
    if not text:
        return None
    if match := ISO_DATE.fullmatch(text):
        year, month, day = match.groups()
    elif match := POLISH_DATE.fullmatch(text):
        day, month, year = match.groups()
    else:
        _add_error(
            errors,
            key,
            _("“%(value)s” is not a date. Enter it as DD.MM.YYYY, e.g. 30.06.2026.") % {"value": text[:20]},
        )
        return None
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        _add_error(
            errors,
            key,
            _("There is no such day as %(value)s in the calendar. Check the day and the month.") % {"value": text},
        )
        return None


def _blank(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _read_steps(data, errors):
    raw = data.get("steps")
    if raw is None:
        rows = [
            (number, {name: data.get(f"steps-{number}-{name}") for name in ("step", "owner", "due")})
            for number in range(MAX_STEPS)
        ]
    elif isinstance(raw, list | tuple):
        rows = list(enumerate(raw))
        if len(rows) > MAX_STEPS:
            _add_error(errors, "steps", _("At most %(limit)s steps are kept.") % {"limit": MAX_STEPS})
            rows = rows[:MAX_STEPS]
    else:
        _add_error(errors, "steps", _("The steps could not be read. Enter them again."))
        return []
    steps = []
    for number, row in rows:
        prefix = f"steps-{number}-"
        if not isinstance(row, Mapping):
            _add_error(errors, prefix + "step", _("This step could not be read. Enter it again."))
            continue
        step = Step(
            step=_read_text(row.get("step"), LIMITS["step"], prefix + "step", errors),
            owner=_read_text(row.get("owner"), LIMITS["owner"], prefix + "owner", errors),
            due=_read_date(row.get("due"), prefix + "due", errors),
        )
        if not all(_blank(row.get(name)) for name in ("step", "owner", "due")):
            steps.append(step)
    return steps


# ---------------------------------------------------------------------------------------------- heuristics

WORD = re.compile(r"[^\W\d_]+")
TOKEN = re.compile(r"[^\W_]+")
NUMBER = re.compile(r"(?<![\w,.])(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?)(?![\w])")

MONTHS = (
    "stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|"
    "styczeń|luty|marzec|kwiecień|maj|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień"
)
# Dates and years inside an indicator ("do końca 2026 r.") say when, not how much: removed before counting.
DATES_AND_YEARS = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}"
    rf"|(?:\d{{1,2}}\s+)?(?:{MONTHS})\s+(?:19|20)\d{{2}}(?:\s*r\.?)?"
    r"|(?:19|20)\d{2}\s*(?:r\.|r\b|rok\w*)"
    r"|\b(?:do|w|od|po|przed|roku|końca|koniec)\s+(?:19|20)\d{2}\b",
    re.IGNORECASE,
)
PERCENT = re.compile(r"\s*(%|‰|proc\.?|procent\w*|pkt\.? proc\.?)", re.IGNORECASE)
UNIT_AFTER = re.compile(r"\s*([^\W\d_]+\.?)")
UNIT_BEFORE = re.compile(r"([^\W\d_]+)\s*[:=]\s*$")
# Small words next to a number that are not what is counted ("2 do 4 spotkań", "4 lub więcej").
NOT_UNITS = {
    "a", "albo", "and", "bądź", "czy", "do", "dla", "i", "lub", "na", "niż", "o", "od", "or", "oraz", "po",
    "przez", "the", "to", "w", "we", "z", "za", "ze", "і", "й", "та", "або", "до",
}  # fmt: skip
# Words that promise change without saying how much.
VAGUE = {
    "więcej", "mniej", "lepiej", "lepszy", "lepsza", "lepsze", "gorzej", "częściej", "rzadziej", "poprawa",
    "poprawić", "wzrost", "spadek", "zwiększenie", "zmniejszenie", "zwiększyć", "zmniejszyć", "more", "less",
    "better", "improve", "improvement", "більше", "менше", "краще",
}  # fmt: skip


def is_filled(text):
    """More than a token: at least three words and fifteen characters."""
    return len(TOKEN.findall(text)) >= MIN_WORDS and len(text.strip()) >= MIN_CHARACTERS


def quantity(text):
    """The first ``(number, unit)`` in an indicator, ``(number, "")`` when no unit stands by it, or ``None``.

    A unit is a per cent sign or word ("80%", "80 proc."), a word right after the number ("4 spotkania",
    "2 razy w miesiącu") or a label right before it with a colon ("liczba spotkań: 4"); connecting words
    ("do", "lub", "i") are not units. Dates and years are ignored.
    """
    text = DATES_AND_YEARS.sub(" ", text)
    first = None
    for match in NUMBER.finditer(text):
        number = match.group(1)
        after = text[match.end() :]
        if PERCENT.match(after):
            return number, "%"
        unit = UNIT_AFTER.match(after)
        if unit and unit.group(1).rstrip(".").lower() not in NOT_UNITS:
            return number, unit.group(1)
        label = UNIT_BEFORE.search(text[: match.start()])
        if label and label.group(1).lower() not in NOT_UNITS:
            return number, label.group(1)
        first = first or (number, "")
    return first


def target_number(text):
    """The number a target value states ("4", "80%", "co najmniej 4 spotkania", "1 200 zł"), or ``None``."""
    match = TARGET.fullmatch(text.strip())
    if not match:
        return None
    return float(re.sub(r"[ \u00a0]", "", match.group(1)).replace(",", "."))


TARGET = re.compile(
    r"(?:(?:co najmniej|conajmniej|przynajmniej|minimum|min\.?|maksimum|maksymalnie|maks\.?|max\.?|najwyżej|"
    r"nie mniej niż|nie więcej niż|około|ok\.|do|od|at least|at most|>=|<=|≥|≤|>|<|=|~)\s*)?"
    r"(\d{1,3}(?:[ \u00a0]\d{3})+|\d+(?:[.,]\d+)?)(?!\d)\s*(\D.*)?",
    re.IGNORECASE | re.DOTALL,
)

# Verbs that often carry a goal statement but have no tell-tale ending.
GOAL_VERBS = {
    "będzie", "będą", "będę", "będziemy", "zostanie", "zostaną", "jest", "są", "ma", "mają", "może", "mogą",
    "potrafi", "potrafią", "umie", "umieją", "chce", "chcą", "musi", "muszą", "powinien", "powinna",
    "powinno", "powinni", "powinny", "zacznie", "zaczną", "przestanie", "przestaną", "uzyska", "uzyskają",
    "ukończy", "ukończą", "weźmie", "wezmą", "podejmie", "podejmą", "znajdzie", "znajdą", "zapisze", "zapiszą",
    "zwiększy", "zwiększą", "zmniejszy", "zmniejszą", "ograniczy", "ograniczą", "obniży", "poprawi", "poprawią",
    "osiągnie", "osiągną", "uczestniczy", "uczestniczą", "spotka", "spotkają", "odwiedzi", "odwiedzą",
    "wróci", "wrócą", "nauczy", "nauczą", "opanuje", "korzysta", "korzystają", "uczęszcza", "uczęszczają",
    "złoży", "złożą", "otrzyma", "otrzymają", "spłaci", "spłacą", "zrobi", "zrobią", "ustali", "ustalą",
    "zamieszka", "zamieszkają", "mieszka", "mieszkają", "przeprowadzi", "przeprowadzą", "zgłosi", "zgłoszą",
    "odbędzie", "odbędą", "pójdzie", "pójdą", "przejdzie", "przejdą", "rozpocznie", "rozpoczną", "zakończy",
    "zakończą", "utrzyma", "utrzymają", "wykona", "wykonają", "zdobędzie", "zdobędą", "dba", "chodzi", "chodzą",
    "rozumieją", "rozumie", "wie", "wiedzą",
    "will", "shall", "can", "must", "буде", "будуть",
}  # fmt: skip
# Nouns that end like an infinitive (-ć).
NOUNS_IN_C = {"część", "pamięć", "chęć", "śmierć", "sieć", "nić", "maść", "płeć", "teść"}
VERB_ENDINGS = ("uje", "ują", "ają", "jemy", "imy", "ymy", "ати", "яти", "ити", "іти", "ути", "тися", "ться")


def has_verb(text):
    """Whether a goal statement names an action rather than a state ("poprawa sytuacji rodziny").

    A word counts as a verb when it is in ``GOAL_VERBS``, is an infinitive (ends in -ć, except nouns in
    -ość and those in ``NOUNS_IN_C``; or "móc", "pomóc"), ends like a present or future form
    (-uje, -ują, -ają, -jemy, -imy, -ymy, or a Ukrainian infinitive), or the sentence has the
    reflexive "się", which goes only with verbs. Simple on purpose: it catches the usual noun phrase.
    """
    words = [word.lower() for word in WORD.findall(text)]
    for word in words:
        if word in GOAL_VERBS or word in {"się", "móc", "pomóc"}:
            return True
        if word.endswith("ć") and not word.endswith("ość") and word not in NOUNS_IN_C and len(word) > 3:
            return True
        if len(word) > 4 and word.endswith(VERB_ENDINGS):
            return True
    return False


# ---------------------------------------------------------------------------------------------- checking


def check(worksheet, today):
    """One ``Criterion`` per SMART letter, in order, for ``worksheet`` as of the date ``today``."""
    checks = {
        "specific": [
            _goal_filled(worksheet),
            _goal_verb(worksheet),
            _field_filled(worksheet, "specific"),
            _responsible(worksheet),
        ],
        "measurable": [
            _field_filled(worksheet, "measurable"),
            _indicator(worksheet),
            _target(worksheet),
        ],
        "achievable": [
            _field_filled(worksheet, "achievable"),
            _steps_present(worksheet),
            _steps_described(worksheet),
            _steps_owned(worksheet),
        ],
        "relevant": [_field_filled(worksheet, "relevant")],
        "time_bound": [
            _field_filled(worksheet, "time_bound"),
            _deadline(worksheet, today),
            _steps_before_deadline(worksheet),
        ],
    }
    return [
        Criterion(key=key, letter=letter, label=str(label), question=str(question), checks=checks[key])
        for key, letter, label, question in CRITERIA
    ]


def _goal_filled(worksheet):
    label = _("The goal statement is a full sentence")
    if not worksheet.goal:
        return Check("goal_filled", label, False, _("Write the goal statement: one sentence, who will do what."))
    if not is_filled(worksheet.goal):
        return Check(
            "goal_filled",
            label,
            False,
            _("“%(text)s” is too short for a goal. Write a whole sentence: who will do what.")
            % {"text": worksheet.goal},
        )
    return Check("goal_filled", label, True)


def _goal_verb(worksheet):
    label = _("The goal says what someone will do")
    if not worksheet.goal:
        return Check("goal_verb", label, False, _("Write the goal statement first."))
    if not has_verb(worksheet.goal):
        return Check(
            "goal_verb",
            label,
            False,
            _(
                "The goal names a state, not an action. Say who will do what, e.g. “Mrs Anna will attend "
                "four meetings of a support group” instead of “improvement of the family’s situation”."
            ),
        )
    return Check("goal_verb", label, True)


def _field_filled(worksheet, name):
    field_label = CRITERION_LABELS[name]
    label = _("The “%(field)s” field is filled in") % {"field": field_label}
    text = getattr(worksheet, name)
    if not text:
        return Check(f"{name}_filled", label, False, _("The “%(field)s” field is empty.") % {"field": field_label})
    if not is_filled(text):
        return Check(
            f"{name}_filled",
            label,
            False,
            _("The “%(field)s” field needs more than one word: write at least a short sentence.")
            % {"field": field_label},
        )
    return Check(f"{name}_filled", label, True)


def _responsible(worksheet):
    label = _("The people responsible are named")
    if len(WORD.findall(worksheet.responsible)) == 0:
        return Check(
            "responsible_named", label, False, _("Name the people responsible: family members and professionals.")
        )
    return Check("responsible_named", label, True)


def _indicator(worksheet):
    label = _("The indicator has a number and a unit")
    text = worksheet.indicator
    if not text:
        return Check(
            "indicator_quantity",
            label,
            False,
            _(
                "The indicator is empty. Say what you will count, e.g. “number of meetings: 4” or “80 per cent of children”."
            ),
        )
    found = quantity(text)
    if found is None:
        words = {word.lower() for word in WORD.findall(text)}
        if words & VAGUE:
            detail = _(
                "Words such as “more” or “better” cannot be measured on their own. Say how many or how much, "
                "e.g. “4 meetings” or “2 times a month”."
            )
        else:
            detail = _(
                "The indicator has no number. Say how many or how much, e.g. “4 meetings” or “80 per cent of children”."
            )
        return Check("indicator_quantity", label, False, detail)
    number, unit = found
    if not unit:
        return Check(
            "indicator_quantity",
            label,
            False,
            _("The number %(number)s has no unit. Say what is counted: meetings, per cent of children, times a month.")
            % {"number": number},
        )
    return Check("indicator_quantity", label, True, _("Found: %(number)s %(unit)s.") % {"number": number, "unit": unit})


def _target(worksheet):
    label = _("The target value is a number")
    if not worksheet.target_value:
        return Check("target_number", label, False, _("Give the target value as a number, e.g. 4 or 80 per cent."))
    value = target_number(worksheet.target_value)
    if value is None:
        return Check(
            "target_number",
            label,
            False,
            _("“%(text)s” is not a number. Give the target value as a number, e.g. 4 or 80%%.")
            % {"text": worksheet.target_value},
        )
    in_percent = "%" in worksheet.target_value or (quantity(worksheet.indicator) or ("", ""))[1] == "%"
    if in_percent and value > 100:
        return Check(
            "target_number",
            label,
            True,
            _("The target is %(value)s per cent, more than a whole. Check the number.")
            % {"value": number_format(value, decimal_pos=0 if value.is_integer() else 1)},
            warning=True,
        )
    return Check("target_number", label, True)


def _steps_present(worksheet):
    label = _("There is at least one step")
    if not worksheet.steps:
        return Check("steps_present", label, False, _("Add the steps that lead to the goal: what, who and by when."))
    return Check("steps_present", label, True)


def _step_numbers(steps, condition):
    return ", ".join(str(number) for number, step in enumerate(steps, start=1) if condition(step))


def _steps_described(worksheet):
    label = _("Every step says what will be done")
    if not worksheet.steps:
        return Check("steps_described", label, False, _("There are no steps yet."))
    missing = _step_numbers(worksheet.steps, lambda step: len(WORD.findall(step.step)) < 2)
    if missing:
        return Check(
            "steps_described",
            label,
            False,
            _("Steps without a description: %(numbers)s. Say in a few words what will be done.") % {"numbers": missing},
        )
    return Check("steps_described", label, True)


def _steps_owned(worksheet):
    label = _("Every step has an owner")
    if not worksheet.steps:
        return Check("steps_owners", label, False, _("There are no steps yet."))
    missing = _step_numbers(worksheet.steps, lambda step: not WORD.search(step.owner))
    if missing:
        return Check(
            "steps_owners",
            label,
            False,
            _("Steps without an owner: %(numbers)s. Say who does each: a step without an owner is easily left undone.")
            % {"numbers": missing},
        )
    return Check("steps_owners", label, True)


def _deadline(worksheet, today):
    label = _("The deadline is a real date in the future")
    deadline = worksheet.deadline
    if deadline is None:
        return Check("deadline_future", label, False, _("Give the deadline as a calendar date, e.g. 30.06.2026."))
    if deadline <= today:
        return Check(
            "deadline_future",
            label,
            False,
            _("The deadline %(date)s is not in the future. Choose a date after today.")
            % {"date": date_format(deadline)},
        )
    if deadline - today > FAR_DEADLINE:
        return Check(
            "deadline_future",
            label,
            True,
            _(
                "The deadline %(date)s is more than five years away. A goal for a family is easier to follow "
                "with a nearer date, or with dates along the way."
            )
            % {"date": date_format(deadline)},
            warning=True,
        )
    return Check("deadline_future", label, True, date_format(deadline))


def _steps_before_deadline(worksheet):
    label = _("The steps are due by the deadline")
    if worksheet.deadline is None:
        return Check("steps_before_deadline", label, True)
    late = _step_numbers(worksheet.steps, lambda step: step.due is not None and step.due > worksheet.deadline)
    if late:
        return Check(
            "steps_before_deadline",
            label,
            True,
            _("Steps due after the goal’s deadline: %(numbers)s. Check the dates.") % {"numbers": late},
            warning=True,
        )
    return Check("steps_before_deadline", label, True)


# ---------------------------------------------------------------------------------------------- output


def summary(criteria):
    """How many criteria the goal meets: ``{"met", "total", "all_met", "text"}``."""
    met = sum(1 for criterion in criteria if criterion.met)
    total = len(criteria)
    text = ngettext(
        "The goal meets %(met)s of %(total)s SMART criterion.",
        "The goal meets %(met)s of %(total)s SMART criteria.",
        total,
    ) % {"met": met, "total": total}
    return {"met": met, "total": total, "all_met": met == total, "text": text}


def checklist(criteria):
    """Plain data for a checklist template: one dict per criterion, each with its checks."""
    return [
        {
            "key": criterion.key,
            "letter": criterion.letter,
            "label": criterion.label,
            "question": criterion.question,
            "met": criterion.met,
            "explanation": criterion.explanation,
            "checks": [
                {
                    "code": item.code,
                    "label": item.label,
                    "passed": item.passed,
                    "warning": item.warning,
                    "detail": item.detail,
                }
                for item in criterion.checks
            ],
        }
        for criterion in criteria
    ]


def printable(worksheet, criteria):
    """Everything a printable page or PDF shows: the fields, the steps, the checklist and the summary."""
    fields = []
    for spec in FIELDS:
        value = getattr(worksheet, spec["name"])
        if spec["name"] == "deadline":
            value = date_format(value) if value else ""
        fields.append({"name": spec["name"], "label": str(spec["label"]), "value": value})
    steps = [
        {
            "number": number,
            "step": step.step,
            "owner": step.owner,
            "due": step.due,
            "due_text": date_format(step.due) if step.due else "",
        }
        for number, step in enumerate(worksheet.steps, start=1)
    ]
    return {
        "fields": fields,
        "step_labels": [str(spec["label"]) for spec in STEP_FIELDS],
        "steps": steps,
        "checklist": checklist(criteria),
        "summary": summary(criteria),
    }
