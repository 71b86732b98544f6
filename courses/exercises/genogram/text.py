"""The genogram in words: the text alternative for screen readers and the page, and the short texts
(years, kinds) the drawing uses, all through gettext."""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .model import RELATION_KINDS


def sex_label(sex):
    return {"male": _("man"), "female": _("woman"), "unknown": _("sex unknown")}[sex]


def couple_kind_label(kind):
    return {
        "married": _("marriage"),
        "cohabiting": _("cohabiting without marriage"),
        "engaged": _("engagement"),
        "separated": _("separated couple"),
        "divorced": _("marriage ended in divorce"),
    }[kind]


def relation_kind_label(kind):
    return {
        "close": _("close relationship"),
        "fused": _("very close relationship (fused)"),
        "distant": _("distant relationship"),
        "conflict": _("conflict"),
        "hostile": _("hostility or abuse"),
        "cutoff": _("cut-off"),
    }[kind]


def sex_choices():
    """(value, label) pairs for forms and the legend."""
    return [("male", _("Man")), ("female", _("Woman")), ("unknown", _("Sex unknown"))]


def couple_kind_choices():
    return [
        ("married", _("Marriage")),
        ("cohabiting", _("Cohabiting")),
        ("engaged", _("Engagement")),
        ("separated", _("Separation")),
        ("divorced", _("Divorce")),
    ]


def child_kind_choices():
    return [("biological", _("Biological child")), ("adopted", _("Adopted child")), ("foster", _("Foster child"))]


def relation_kind_choices():
    labels = [(kind, relation_kind_label(kind)) for kind in RELATION_KINDS]
    return [(kind, label[:1].upper() + label[1:]) for kind, label in labels]


def life_years(person):
    """Under a symbol: "1950–2010", "b. 1950", "d. 2010" or ""."""
    if person.birth_year is not None and person.death_year is not None:
        return f"{person.birth_year}–{person.death_year}"
    if person.birth_year is not None:
        return _("b. %(year)s") % {"year": person.birth_year}
    if person.death_year is not None:
        return _("d. %(year)s") % {"year": person.death_year}
    return ""


def couple_years(couple):
    """The short lines written beside a couple line, e.g. ["m. 1983", "div. 1995"]."""
    lines = []
    if couple.start_year is not None:
        start = {"married": _("m. %(year)s"), "divorced": _("m. %(year)s"), "engaged": _("eng. %(year)s")}
        lines.append(start.get(couple.kind, _("since %(year)s")) % {"year": couple.start_year})
    if couple.end_year is not None:
        end = {"separated": _("sep. %(year)s"), "divorced": _("div. %(year)s")}
        lines.append(end.get(couple.kind, _("until %(year)s")) % {"year": couple.end_year})
    return lines


def display_names(genogram):
    """person id → the name used in sentences; people sharing a name are told apart by a number."""
    counts = {}
    for person in genogram.people:
        counts[person.name] = counts.get(person.name, 0) + 1
    seen, names = {}, {}
    for person in genogram.people:
        if counts[person.name] > 1:
            seen[person.name] = seen.get(person.name, 0) + 1
            names[person.id] = f"{person.name} ({seen[person.name]})"
        else:
            names[person.id] = person.name
    return names


def _sentence(parts):
    sentence = ", ".join(part for part in parts if part)
    return sentence if sentence.endswith(".") else sentence + "."


def describe_person(person, name):
    parts = [_("%(name)s: %(sex)s") % {"name": name, "sex": sex_label(person.sex)}]
    if person.birth_year is not None:
        parts.append(_("born %(year)s") % {"year": person.birth_year})
    if person.death_year is not None:
        parts.append(_("died %(year)s") % {"year": person.death_year})
    elif person.deceased:
        parts.append(_("deceased"))
    if person.index:
        parts.append(_("the index person (the genogram is about them)"))
    sentence = _sentence(parts)
    if person.notes:
        sentence += " " + _("Notes: %(notes)s") % {"notes": " ".join(person.notes.split())}
    return sentence


def describe_couple(couple, names):
    first, second = (names[partner] for partner in couple.partners)
    parts = [_("%(a)s and %(b)s: %(kind)s") % {"a": first, "b": second, "kind": couple_kind_label(couple.kind)}]
    if couple.start_year is not None:
        parts.append(_("together since %(year)s") % {"year": couple.start_year})
    if couple.end_year is not None:
        end = {"separated": _("separated in %(year)s"), "divorced": _("divorced in %(year)s")}
        parts.append(end.get(couple.kind, _("together until %(year)s")) % {"year": couple.end_year})
    return _sentence(parts)


def describe_children(couple, names):
    """One sentence per child of a couple, oldest first."""
    first, second = (names[partner] for partner in couple.partners)
    twins = {}
    for child in couple.children:
        if child.twin_group is not None:
            twins.setdefault(child.twin_group, []).append(child.person)
    sentences = []
    for number, child in enumerate(couple.children, 1):
        sentence = {
            "biological": _("%(child)s: a biological child of %(a)s and %(b)s"),
            "adopted": _("%(child)s: an adopted child of %(a)s and %(b)s"),
            "foster": _("%(child)s: a foster child of %(a)s and %(b)s"),
        }[child.kind]
        parts = [sentence % {"child": names[child.person], "a": first, "b": second}]
        if len(couple.children) > 1:
            parts.append(
                _("child %(number)s of %(count)s in birth order") % {"number": number, "count": len(couple.children)}
            )
        if child.twin_group is not None:
            others = [names[other] for other in twins[child.twin_group] if other != child.person]
            parts.append(_("a twin of %(names)s") % {"names": ", ".join(others)})
        sentences.append(_sentence(parts))
    return sentences


def describe_relation(relation, names):
    return _sentence(
        [
            _("%(a)s and %(b)s: %(kind)s")
            % {"a": names[relation.a], "b": names[relation.b], "kind": relation_kind_label(relation.kind)}
        ]
    )


def summary(genogram):
    """One sentence: how many people, couples and relations the genogram shows."""
    if not genogram.people:
        return _("The genogram is empty.")
    people = ngettext("%(count)s person", "%(count)s people", len(genogram.people)) % {"count": len(genogram.people)}
    couples = ngettext("%(count)s couple", "%(count)s couples", len(genogram.couples)) % {
        "count": len(genogram.couples)
    }
    relations = ngettext("%(count)s emotional relation", "%(count)s emotional relations", len(genogram.relations)) % {
        "count": len(genogram.relations)
    }
    return _("The genogram shows %(people)s, %(couples)s and %(relations)s.") % {
        "people": people,
        "couples": couples,
        "relations": relations,
    }


def describe_sections(genogram):
    """The text alternative in sections: [(heading, [sentence, ...]), ...], empty sections left out."""
    names = display_names(genogram)
    sections = [
        (_("People"), [describe_person(person, names[person.id]) for person in genogram.people]),
        (_("Couples"), [describe_couple(couple, names) for couple in genogram.couples]),
        (_("Children"), [sentence for couple in genogram.couples for sentence in describe_children(couple, names)]),
        (_("Household"), []),
        (_("Emotional relations"), [describe_relation(relation, names) for relation in genogram.relations]),
    ]
    if genogram.household:
        household = ", ".join(names[person_id] for person_id in genogram.household)
        sections[3] = (_("Household"), [_("Living in one household: %(names)s.") % {"names": household}])
    return [(heading, sentences) for heading, sentences in sections if sentences]


def describe(genogram):
    """The text alternative as a list of sentences: the summary, then every person, couple, child,
    the household and every relation."""
    return [summary(genogram)] + [
        sentence for _heading, sentences in describe_sections(genogram) for sentence in sentences
    ]
