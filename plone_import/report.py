"""The import's account of itself: what happened to each item, per type, with reasons; also as JSON."""

from collections import Counter, defaultdict

from django.utils.translation import gettext as _
from django.utils.translation import ngettext

OUTCOMES = ("created", "updated", "unchanged", "merged", "structure", "skipped", "failed")


def outcome_labels():
    return {
        "created": _("created"),
        "updated": _("updated"),
        "unchanged": _("unchanged"),
        "merged": _("merged into its folder"),
        "structure": _("structure and links only"),
        "skipped": _("skipped"),
        "failed": _("failed"),
    }


class Report:
    def __init__(self):
        self.entries = []
        self._by_uid = {}
        self.redirects = 0
        self.redirect_problems = []
        self.errors = []  # problems of the export as a whole (side files, unreadable item files)

    def add(self, node, outcome, message=""):
        entry = {
            "uid": node.uid,
            "type": node.type,
            "path": node.old_path,
            "title": node.title,
            "outcome": outcome,
            "message": str(message or ""),
        }
        self._by_uid[node.uid] = entry
        self.entries.append(entry)

    def add_bad_item(self, bad):
        self.entries.append(
            {"uid": "", "type": "?", "path": bad.source, "title": "", "outcome": "failed", "message": bad.message}
        )

    def outcome_of(self, node):
        entry = self._by_uid.get(node.uid)
        return entry["outcome"] if entry else None

    def note(self, node, message):
        entry = self._by_uid.get(node.uid)
        if entry is not None:
            entry["message"] = "; ".join(part for part in (entry["message"], str(message)) if part)

    def add_redirect_problem(self, old_path, reason):
        self.redirect_problems.append({"path": old_path, "reason": str(reason)})

    @property
    def failed(self):
        return any(entry["outcome"] == "failed" for entry in self.entries) or bool(self.errors)

    def counts(self):
        counts = defaultdict(Counter)
        for entry in self.entries:
            counts[entry["type"]][entry["outcome"]] += 1
        return counts

    def as_json(self, **context):
        return {
            **context,
            "counts": {kind: dict(counter) for kind, counter in sorted(self.counts().items())},
            "redirects": self.redirects,
            "redirect_problems": self.redirect_problems,
            "errors": [str(error) for error in self.errors],
            "items": self.entries,
        }

    def summary_lines(self):
        """The report for the terminal, in Polish: a table per type, then every item with a message."""
        labels = outcome_labels()
        lines = []
        counts = self.counts()
        width = max([len(kind) for kind in counts] + [10])
        lines.append(f"{_('Type'):<{width}}  " + "  ".join(f"{labels[outcome]:>10}" for outcome in OUTCOMES))
        for kind in sorted(counts):
            lines.append(
                f"{kind:<{width}}  "
                + "  ".join(f"{counts[kind].get(outcome, 0):>{max(10, len(labels[outcome]))}}" for outcome in OUTCOMES)
            )
        lines.append(
            ngettext(
                "%(count)s redirect from the old addresses.",
                "%(count)s redirects from the old addresses.",
                self.redirects,
            )
            % {"count": self.redirects}
        )
        for error in self.errors:
            lines.append(_("Error: %(error)s") % {"error": error})
        noted = [
            entry
            for entry in self.entries
            if entry["message"] and entry["outcome"] in ("failed", "created", "updated", "skipped")
        ]
        for entry in noted:
            lines.append(f"[{labels[entry['outcome']]}] {entry['type']} {entry['path']}: {entry['message']}")
        for problem in self.redirect_problems:
            lines.append(_("Redirect from %(path)s not made: %(reason)s") % problem)
        return lines
