"""A mixin shared by the forms of every app (accounts, the genogram editor): errors that screen readers announce."""


class AccessibleFormMixin:
    """Points each invalid field at its error message (aria-describedby), so screen readers read both."""

    def full_clean(self):
        super().full_clean()
        for name in self.errors:
            if name not in self.fields:
                continue
            bound = self[name]
            described_by = [f"{bound.auto_id}_error"]
            if bound.help_text:
                described_by.append(f"{bound.auto_id}_helptext")
            self.fields[name].widget.attrs["aria-describedby"] = " ".join(described_by)
