"""The genogram editor at <lesson>/genogram/<block id>/: plain forms beside the drawing, no JavaScript needed.

Each change posts one form; courses.exercises.genogram.editing applies it to the learner's stored genogram,
the engine checks the result, and the page is drawn again (post/redirect/get). A change the engine refuses
(a child born before a parent, an id gone in another tab) shows its reasons and stores nothing.
"""

from dataclasses import dataclass

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from courses import exercise_work, genogram_forms
from courses.exercises import genogram
from courses.exercises.genogram import editing
from courses.exercises.genogram.text import couple_kind_label, display_names, life_years, relation_kind_label
from courses.learning import submissions
from courses.models.exercises import ExerciseSubmission

TEMPLATE = "courses/genogram_editor.html"
# ?edytuj=<kind>:<id> opens an edit form; ?usun=osoba:<id> asks before removing a person and their links.
EDIT_KINDS = {"osoba": "person", "para": "couple", "dziecko": "child", "relacja": "relation"}


class Invalid(Exception):
    """A form with errors, shown again with what the learner typed."""

    def __init__(self, form, editing_target=None):
        self.form = form
        self.editing_target = editing_target


@dataclass
class Target:
    """What an edit form or a confirmation is about: ("person", "p1"), ("relation", "p1:p2")…"""

    kind: str
    id: str

    @classmethod
    def from_query(cls, value):
        key, _sep, target_id = (value or "").partition(":")
        return cls(EDIT_KINDS[key], target_id) if key in EDIT_KINDS and target_id else None

    @property
    def pair(self):
        a, _sep, b = self.id.partition(":")
        return a, b


def find_block(lesson, block_id):
    block = next((b for b in lesson.body if b.block_type == "genogram" and b.id == block_id), None)
    if block is None:
        raise Http404
    return block


def own_submission(enrolment, lesson, block):
    if enrolment is None:
        return None
    return ExerciseSubmission.objects.filter(enrolment=enrolment, lesson=lesson, exercise_id=block.id).first()


def editor_url(lesson, block_id):
    return lesson.url + lesson.reverse_subpage("genogram", kwargs={"block_id": block_id})


def editor(request, lesson, block_id):
    block = find_block(lesson, block_id)
    enrolment = request.enrolment
    if request.method == "POST":
        if enrolment is None:
            messages.info(request, _("Exercises are stored for enrolled learners only."))
            return redirect(editor_url(lesson, block.id))
        return post(request, lesson, block, enrolment)
    submission = own_submission(enrolment, lesson, block)
    return render(request, lesson, block, submission)


def post(request, lesson, block, enrolment):
    url = editor_url(lesson, block.id)
    action = request.POST.get("action", "")
    submission = own_submission(enrolment, lesson, block)
    current = exercise_work.parsed_genogram(exercise_work.genogram_data(block, submission))
    try:
        if action == "submit":
            return hand_in(request, lesson, block, enrolment)
        change, message, anchor = read_change(request, action, current)
        submissions.save_genogram(enrolment, lesson, block, change, request.POST.get("revision", ""))
    except submissions.ExerciseLocked:
        messages.error(request, _("This work has been handed in; it can be changed once the coordinator returns it."))
        return redirect(url)
    except submissions.Stale:
        problems = [
            _("The genogram has changed in another window or tab. Here it is as it is now: make the change again.")
        ]
        return render(request, lesson, block, own_submission(enrolment, lesson, block), problems=problems, status=409)
    except Invalid as invalid:
        return render(request, lesson, block, submission, invalid=invalid, status=400)
    except genogram.GenogramError as error:
        return render(request, lesson, block, submission, problems=error.messages, status=400)
    messages.success(request, message)
    return redirect(f"{url}#{anchor}")


def read_change(request, action, current):
    """(function data → new data, the message to show, the section to return to) for the posted action."""
    post, target = request.POST, request.POST.get("target", "")
    names = display_names(current)

    def valid(form_class, editing_target=None, **kwargs):
        form = form_class(post, request.FILES or None, current=current, **kwargs)
        if not form.is_valid():
            raise Invalid(form, editing_target)
        return form.cleaned_data

    if action in ("add_person", "edit_person"):
        values = valid(genogram_forms.PersonForm, Target("person", target) if action == "edit_person" else None)
        if action == "add_person":
            return (
                lambda data: editing.add_person(data, **values)[0],
                _("Person added: %(name)s.") % {"name": values["name"]},
                "people",
            )
        return lambda data: editing.update_person(data, target, **values), _("The changes have been saved."), "people"
    if action == "remove_person":
        name = names.get(target, "")
        return (
            lambda data: editing.remove_person(data, target),
            _("Person removed: %(name)s.") % {"name": name},
            "people",
        )
    if action == "add_couple":
        values = valid(genogram_forms.CoupleForm)
        return lambda data: editing.add_couple(data, **values)[0], _("The couple has been added."), "couples"
    if action == "edit_couple":
        values = valid(genogram_forms.CoupleForm, Target("couple", target), editing=True)
        return lambda data: editing.update_couple(data, target, **values), _("The changes have been saved."), "couples"
    if action == "remove_couple":
        return lambda data: editing.remove_couple(data, target), _("The couple has been removed."), "couples"
    if action == "add_child":
        values = valid(genogram_forms.ChildForm)
        return (
            lambda data: editing.add_child(
                data, values["couple"], values["person"], kind=values["kind"], twin_of=values["twin_of"] or None
            ),
            _("Now shown as a child of the couple: %(name)s.") % {"name": names.get(values["person"], "")},
            "couples",
        )
    if action == "edit_child":
        values = valid(genogram_forms.ChildForm, Target("child", target), editing=True)
        return lambda data: editing.update_child(data, target, **values), _("The changes have been saved."), "couples"
    if action in ("move_child_up", "move_child_down"):
        step = -1 if action == "move_child_up" else 1
        return (
            lambda data: editing.move_child(data, target, step),
            _("The order of the children has changed."),
            "couples",
        )
    if action == "remove_child":
        return (
            lambda data: editing.remove_child(data, target),
            _("No longer shown as a child of the couple: %(name)s.") % {"name": names.get(target, "")},
            "couples",
        )
    if action == "add_relation":
        values = valid(genogram_forms.RelationForm)
        return lambda data: editing.add_relation(data, **values), _("The relation has been added."), "relations"
    if action in ("edit_relation", "remove_relation"):
        a, b = Target("relation", target).pair
        if action == "remove_relation":
            return lambda data: editing.remove_relation(data, a, b), _("The relation has been removed."), "relations"
        values = valid(genogram_forms.RelationForm, Target("relation", target), editing=True)
        return (
            lambda data: editing.update_relation(data, a, b, values["kind"]),
            _("The changes have been saved."),
            "relations",
        )
    if action == "household":
        values = valid(genogram_forms.HouseholdForm)
        return (
            lambda data: editing.set_household(data, values["people"]),
            _("The household has been saved."),
            "household",
        )
    if action == "import":
        imported = valid(genogram_forms.ImportForm)["file"]
        return lambda data: imported.to_dict(), _("The genogram has been loaded from the file."), "drawing"
    if action == "reset":
        return None, _("You are starting again from the exercise's starting point."), "drawing"
    raise genogram.GenogramError([_("Unknown action: reload the page and try again.")])


def hand_in(request, lesson, block, enrolment):
    url = editor_url(lesson, block.id)
    submissions.hand_in_genogram(enrolment, lesson, block)
    messages.success(request, _("Your work has been handed in."))
    submissions.complete_lesson_if_exercises_done(enrolment, lesson)
    return redirect(url)


def render(request, lesson, block, submission, *, invalid=None, problems=(), status=200):
    current = exercise_work.parsed_genogram(exercise_work.genogram_data(block, submission))
    target = invalid.editing_target if invalid else Target.from_query(request.GET.get("edytuj"))
    if invalid is not None:
        problems = [_("The change was not saved: correct the fields marked in the form below.")]
    removing = Target.from_query(request.GET.get("usun"))
    try:
        svg = genogram.render_svg(current, block.value["title"], full_description=False)
    except genogram.LayoutTooSlow as error:  # the text, the forms and the downloads still work
        svg, problems = "", [*problems, *error.messages]
    context = Page.get_context(lesson, request)
    context.update(
        {
            "course": lesson.course,
            "exercise_block": block,
            "value": block.value,
            "submission": submission,
            "locked": submission is not None and submission.is_done,
            "can_save": request.enrolment is not None,
            "genogram": current,
            "svg": svg,
            "summary": genogram.summary(current),
            "sections": genogram.describe_sections(current),
            "people": people_rows(current),
            "couples": couple_rows(current),
            "relations": relation_rows(current),
            "forms": forms_for(current, target, invalid),
            "editing": target,
            "removal": removal(current, removing),
            "confirm_reset": request.GET.get("od-nowa") == "1",
            "problems": problems,
            "revision": submissions.revision(exercise_work.genogram_data(block, submission)),
            "editor_url": editor_url(lesson, block.id),
            "downloads": exercise_work.download_links(lesson, block, submission),
        }
    )
    return TemplateResponse(request, TEMPLATE, context, status=status)


def people_rows(current):
    names = display_names(current)
    return [
        {
            "id": person.id,
            "name": names[person.id],
            "years": life_years(person),
            "index": person.index,
            "in_household": person.id in current.household,
        }
        for person in current.people
    ]


def couple_rows(current):
    names = display_names(current)
    rows = []
    for couple in current.couples:
        children = []
        for number, child in enumerate(couple.children):
            children.append(
                {
                    "id": child.person,
                    "name": names[child.person],
                    "kind": dict(genogram.child_kind_choices())[child.kind],
                    "twin": bool(child.twin_group),
                    "first": number == 0,
                    "last": number == len(couple.children) - 1,
                }
            )
        rows.append(
            {
                "id": couple.id,
                "names": f"{names[couple.partners[0]]} i {names[couple.partners[1]]}",
                "kind": couple_kind_label(couple.kind),
                "start_year": couple.start_year,
                "end_year": couple.end_year,
                "children": children,
            }
        )
    return rows


def relation_rows(current):
    names = display_names(current)
    return [
        {
            "id": f"{relation.a}:{relation.b}",
            "names": f"{names[relation.a]} – {names[relation.b]}",
            "kind": relation_kind_label(relation.kind),
        }
        for relation in current.relations
    ]


def forms_for(current, target, invalid):
    """The forms of the page: the add forms, or an edit form for ``target``, with the invalid one bound."""
    forms = {
        "person": genogram_forms.PersonForm(current=current),
        "couple": genogram_forms.CoupleForm(current=current),
        "child": genogram_forms.ChildForm(current=current),
        "relation": genogram_forms.RelationForm(current=current),
        "household": genogram_forms.HouseholdForm(current=current),
        "import": genogram_forms.ImportForm(current=current),
    }
    if target is not None:
        edit = edit_form(current, target)
        if edit is None:
            target = None
        else:
            forms[target.kind] = edit
    if invalid is not None:
        kind = invalid.form.prefix
        forms[kind] = invalid.form
    return forms


def edit_form(current, target):
    """The edit form for an existing person, couple, child or relation, filled in; None if it is gone."""
    if target.kind == "person" and target.id in current.people_by_id:
        person = current.person(target.id)
        return genogram_forms.PersonForm(
            current=current, initial=genogram_forms.PersonForm.initial_for(current, person)
        )
    if target.kind == "couple":
        couple = next((c for c in current.couples if c.id == target.id), None)
        if couple:
            initial = {"kind": couple.kind, "start_year": couple.start_year, "end_year": couple.end_year}
            return genogram_forms.CoupleForm(current=current, editing=True, initial=initial)
    if target.kind == "child" and target.id in current.child_link:
        initial = {"kind": current.child_link[target.id].kind}
        return genogram_forms.ChildForm(current=current, editing=True, initial=initial)
    if target.kind == "relation":
        a, b = target.pair
        relation = next((r for r in current.relations if {r.a, r.b} == {a, b}), None)
        if relation:
            return genogram_forms.RelationForm(current=current, editing=True, initial={"kind": relation.kind})
    return None


def removal(current, target):
    """What removing a person also removes, for the confirmation; None when nothing is being removed."""
    if target is None or target.kind != "person" or target.id not in current.people_by_id:
        return None
    return {
        "id": target.id,
        "name": display_names(current)[target.id],
        "consequences": editing.removal_consequences(current.to_dict(), target.id),
    }
