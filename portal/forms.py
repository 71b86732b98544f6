from wagtail.documents.forms import BaseDocumentForm

from portal.documents import check_upload


class PortalDocumentForm(BaseDocumentForm):
    """The admin's document form: only formats the portal publishes, checked by content, size-limited."""

    def clean_file(self):
        uploaded = self.cleaned_data.get("file")
        if uploaded and hasattr(uploaded, "content_type"):  # a new upload, not the stored file
            check_upload(uploaded)
        return uploaded
