"""manage.py extract_document_text [--all]: read the text of documents' files so that search finds them."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _
from wagtail.documents import get_document_model

from portal.document_text import document_text


class Command(BaseCommand):
    help = (
        "Read the text of documents' PDF, DOCX and ODT files for search. New and replaced files are read on "
        "upload; this fills documents stored before that, or all of them with --all."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--all",
            action="store_true",
            dest="everything",
            help="read every document again, not only those without text",
        )

    def handle(self, *args, everything=False, verbosity=1, **options):
        documents = get_document_model().objects.order_by("pk").defer("text_content")
        if not everything:
            documents = documents.filter(text_content="")
        processed = with_text = 0
        for document in documents.iterator(chunk_size=100):
            document.text_content = document_text(document)
            # Saving only this field: the file is not touched, and the search index is updated.
            document.save(update_fields=["text_content"])
            processed += 1
            with_text += bool(document.text_content)
            if verbosity >= 2:
                self.stdout.write(f"  {document.pk} {document.filename}: {len(document.text_content)}")
        self.stdout.write(
            _("Documents processed: %(processed)d (with text: %(with_text)d, without text: %(without_text)d).")
            % {"processed": processed, "with_text": with_text, "without_text": processed - with_text}
        )
