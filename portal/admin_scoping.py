"""Admin viewsets whose objects belong to a region: every view answers only for the objects in scope.

Wagtail's snippet and model viewsets scope only their listing by ``get_queryset(request)``; edit,
delete, history, usage, copy, inspect, revisions, preview, lock and the chooser each look their
object up by primary key across the whole table and check the model permission only. A moderator
who may change their own region's teams could so open another region's team by its id (issue 19,
item 6). ``ScopedViewSetMixin`` closes that for every view at once: any view whose URL names an
object (``pk``) answers 404 unless the object is in ``scope_queryset(request, ...)``, checked before
the view runs; the listing and the chooser list only the objects in scope.
"""

import functools

from django.contrib.admin.utils import unquote
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)


def in_scope_or_404(view, scope_queryset, model):
    """``view`` refusing (404) any ``pk`` outside ``scope_queryset(request, queryset)``."""

    @functools.wraps(view)
    def scoped_view(request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            try:
                found = scope_queryset(request, model._default_manager.all()).filter(pk=unquote(str(pk))).exists()
            except (ValueError, TypeError):  # not a valid primary key at all
                found = False
            if not found:
                raise Http404
        return view(request, *args, **kwargs)

    return scoped_view


class ScopedChooserViewMixin:
    scope_queryset = None  # the owning viewset's scope_queryset(request, queryset), given to as_view()

    def get_object_list(self):
        return self.scope_queryset(self.request, super().get_object_list())


class ScopedChooseView(ScopedChooserViewMixin, ChooseView):
    pass


class ScopedChooseResultsView(ScopedChooserViewMixin, ChooseResultsView):
    pass


class ScopedChosenView(SnippetChosenView):
    scope_queryset = None

    def get_object(self, pk):
        return self.scope_queryset(self.request, self.model_class.objects.all()).get(pk=pk)


class ScopedChosenMultipleView(SnippetChosenMultipleView):
    scope_queryset = None

    def get_objects(self, pks):
        return self.scope_queryset(self.request, self.model_class.objects.filter(pk__in=pks))


class ScopedSnippetChooserViewSet(SnippetChooserViewSet):
    choose_view_class = ScopedChooseView
    choose_results_view_class = ScopedChooseResultsView
    chosen_view_class = ScopedChosenView
    chosen_multiple_view_class = ScopedChosenMultipleView
    scope_queryset = None  # set by the snippet viewset that owns this chooser

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(scope_queryset=self.scope_queryset, **kwargs)


class ScopedViewSetMixin:
    """For a SnippetViewSet or ModelViewSet: define ``scope_queryset(request, queryset)``."""

    chooser_viewset_class = ScopedSnippetChooserViewSet

    def scope_queryset(self, request, queryset):
        raise NotImplementedError

    def get_queryset(self, request):
        return self.scope_queryset(request, self.model._default_manager.all())

    def construct_view(self, view_class, **kwargs):
        return in_scope_or_404(super().construct_view(view_class, **kwargs), self.scope_queryset, self.model)

    @cached_property
    def chooser_viewset(self):
        viewset = super().chooser_viewset
        viewset.scope_queryset = self.scope_queryset
        return viewset
