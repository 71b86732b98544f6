"""The genogram editor's forms: one per kind of change, each with its own prefix so they share a page.

The forms check what a form can (required fields, numbers, choices among the genogram's own people); the
genogram's rules (a child born before a parent, twins, cycles) are checked by the engine on the result.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from courses.exercises import genogram
from courses.exercises.genogram.model import MAX_YEAR, MIN_YEAR
from courses.exercises.genogram.text import display_names
from portal.accessible_forms import AccessibleFormMixin
from portal.parsing import StrictIntegerField

MAX_IMPORT_BYTES = 1024 * 1024


def year_field(label):
    return StrictIntegerField(
        label=label,
        required=False,
        min_value=MIN_YEAR,
        max_value=MAX_YEAR,
        widget=forms.NumberInput(attrs={"inputmode": "numeric", "class": "input--year"}),
        error_messages={"invalid": _("Enter the year as a number, e.g. 1987.")},
    )


def person_choices(current):
    """(id, name) of every person, with a first empty choice; names made unique as in the drawing."""
    names = display_names(current)
    return [("", _("– choose a person –"))] + [(person.id, names[person.id]) for person in current.people]


class GenogramForm(AccessibleFormMixin, forms.Form):
    """A form that knows the genogram it changes (for its choices)."""

    def __init__(self, *args, current, **kwargs):
        self.current = current
        super().__init__(*args, **kwargs)


class PersonForm(GenogramForm):
    prefix = "person"

    name = forms.CharField(
        label=_("Name or label"),
        max_length=genogram.MAX_NAME,
        help_text=_("A first name or a label such as “Matka” or “Syn (8 lat)”: never real families' data."),
    )
    sex = forms.ChoiceField(label=_("Sex"), choices=genogram.sex_choices, initial="unknown")
    birth_year = year_field(_("Year of birth"))
    death_year = year_field(_("Year of death"))
    deceased = forms.BooleanField(
        label=_("Deceased"), required=False, help_text=_("Tick it also when the year of death is not known.")
    )
    index = forms.BooleanField(
        label=_("The index person"),
        required=False,
        help_text=_("The person the genogram is about; drawn with a double outline. Only one person can be it."),
    )
    in_household = forms.BooleanField(label=_("Lives in the household"), required=False)
    notes = forms.CharField(
        label=_("Notes"), required=False, max_length=genogram.MAX_NOTES, widget=forms.Textarea(attrs={"rows": 2})
    )

    @classmethod
    def initial_for(cls, current, person):
        return {
            "name": person.name,
            "sex": person.sex,
            "birth_year": person.birth_year,
            "death_year": person.death_year,
            "deceased": person.deceased,
            "index": person.index,
            "in_household": person.id in current.household,
            "notes": person.notes,
        }


class CoupleForm(GenogramForm):
    prefix = "couple"

    partner_a = forms.ChoiceField(label=_("First partner"))
    partner_b = forms.ChoiceField(label=_("Second partner"))
    kind = forms.ChoiceField(label=_("Relationship"), choices=genogram.couple_kind_choices, initial="married")
    start_year = year_field(_("Since (year)"))
    end_year = year_field(_("Until (year)"))

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:  # the partners of an existing couple stay; remove the couple to pair others
            del self.fields["partner_a"], self.fields["partner_b"]
        else:
            self.fields["partner_a"].choices = self.fields["partner_b"].choices = person_choices(self.current)


class ChildForm(GenogramForm):
    prefix = "child"

    couple = forms.ChoiceField(label=_("Parents"))
    person = forms.ChoiceField(label=_("Child"), help_text=_("Add the child as a person first."))
    kind = forms.ChoiceField(label=_("Kind of bond"), choices=genogram.child_kind_choices, initial="biological")
    twin_of = forms.ChoiceField(
        label=_("Twin of"), required=False, help_text=_("Only for twins: the sibling born at the same time.")
    )

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        names = display_names(self.current)
        if editing:  # only the kind of bond changes; move or remove the child to change the rest
            del self.fields["couple"], self.fields["person"], self.fields["twin_of"]
            return
        self.fields["couple"].choices = [("", _("– choose the parents –"))] + [
            (couple.id, f"{names[couple.partners[0]]} + {names[couple.partners[1]]}") for couple in self.current.couples
        ]
        self.fields["person"].choices = person_choices(self.current)
        children = [child.person for couple in self.current.couples for child in couple.children]
        self.fields["twin_of"].choices = [("", _("– not a twin –"))] + [(pid, names[pid]) for pid in children]


class RelationForm(GenogramForm):
    prefix = "relation"

    a = forms.ChoiceField(label=_("First person"))
    b = forms.ChoiceField(label=_("Second person"))
    kind = forms.ChoiceField(label=_("Relation"), choices=genogram.relation_kind_choices, initial="close")

    def __init__(self, *args, editing=False, **kwargs):
        super().__init__(*args, **kwargs)
        if editing:
            del self.fields["a"], self.fields["b"]
        else:
            self.fields["a"].choices = self.fields["b"].choices = person_choices(self.current)


class HouseholdForm(GenogramForm):
    prefix = "household"

    people = forms.MultipleChoiceField(
        label=_("Who lives in the household"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["people"].choices = person_choices(self.current)[1:]
        self.fields["people"].initial = list(self.current.household)


class ImportForm(GenogramForm):
    prefix = "import"

    file = forms.FileField(
        label=_("Genogram file (JSON)"),
        help_text=_("A file downloaded from this portal's genogram editor. It replaces the current drawing."),
    )
    replace = forms.BooleanField(label=_("Yes, replace my current genogram"), required=True)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["replace"].error_messages["required"] = _("Confirm that the file replaces your genogram.")
        if not self.current.people:  # nothing to lose
            self.fields["replace"].required = False
            self.fields["replace"].widget = forms.HiddenInput()

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > MAX_IMPORT_BYTES:
            raise forms.ValidationError(_("The file is too large: a genogram file has at most 1 MB."))
        data = upload.read(MAX_IMPORT_BYTES + 1)
        try:
            return genogram.from_json(data)
        except genogram.GenogramError as error:
            raise forms.ValidationError(error.messages) from None
