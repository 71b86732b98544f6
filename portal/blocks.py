"""StreamField blocks shared by every page type. Each has an icon, a template and a preview value."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail_localize.segments import StringSegmentValue

TEMPLATE_DIR = "components/blocks/"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Text"), max_length=200)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading 2")), ("h3", _("Heading 3")), ("h4", _("Heading 4"))],
        default="h2",
        help_text=_("Use levels in order: a level 3 heading belongs under a level 2 heading."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = TEMPLATE_DIR + "heading_block.html"
        preview_value = {"text": "Spotkanie makroregionalne w Kielcach", "level": "h2"}


class ParagraphBlock(blocks.RichTextBlock):
    class Meta:
        icon = "pilcrow"
        label = _("Paragraph")
        template = TEMPLATE_DIR + "paragraph_block.html"
        preview_value = "<p>Gminno-Powiatowy Zespół Kooperacji spotyka się co kwartał.</p>"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)
    credit = blocks.CharBlock(label=_("Photo credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        label = _("Image with caption")
        template = TEMPLATE_DIR + "image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(label=_("Author"), required=False, max_length=200)

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = TEMPLATE_DIR + "quote_block.html"
        preview_value = {
            "quote": "Kooperacja zaczyna się od rozmowy przy jednym stole.",
            "attribution": "Uczestniczka konsultacji modelu",
        }


class VideoEmbedBlock(blocks.StructBlock):
    embed = EmbedBlock(label=_("Address of the video"), help_text=_("E.g. a YouTube or Vimeo link."))
    title = blocks.CharBlock(
        label=_("Title of the video"), max_length=200, help_text=_("Read by screen readers before the player.")
    )
    transcript = blocks.RichTextBlock(
        label=_("Transcript"), required=False, help_text=_("A text version for people who cannot hear the video.")
    )

    class Meta:
        icon = "media"
        label = _("Embedded video")
        template = TEMPLATE_DIR + "embed_block.html"


class PortalTableBlock(TableBlock):
    """Wagtail's table (caption, header row and column) in a scrollable, labelled wrapper.

    wagtail-localize ignores TableBlock, so the caption and every cell are offered to translators
    here as segments ("caption", "cell-<row>-<column>").
    """

    class Meta:
        icon = "table"
        label = _("Table")
        template = TEMPLATE_DIR + "table_block.html"

    def get_translatable_segments(self, value):
        if not value:
            return []
        segments = []
        if value.get("table_caption"):
            segments.append(StringSegmentValue("caption", value["table_caption"]))
        for row_index, row in enumerate(value.get("data") or []):
            for column_index, cell in enumerate(row):
                if cell and str(cell).strip():
                    segments.append(StringSegmentValue(f"cell-{row_index}-{column_index}", str(cell)))
        return segments

    def restore_translated_segments(self, value, segments):
        value = {**value, "data": [list(row) for row in value.get("data") or []]}
        for segment in segments:
            if segment.path == "caption":
                value["table_caption"] = segment.render_text()
            elif segment.path.startswith("cell-"):
                _prefix, row_index, column_index = segment.path.split("-")
                value["data"][int(row_index)][int(column_index)] = segment.render_text()
        return value


class DocumentLinkBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Link text"), required=False, max_length=200, help_text=_("Leave empty to use the document title.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Document link")
        template = TEMPLATE_DIR + "document_link_block.html"


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    button_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("External address"), required=False, help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "pick"
        label = _("Call to action")
        template = TEMPLATE_DIR + "call_to_action_block.html"
        preview_value = {
            "heading": "Weź udział w konsultacjach modelu",
            "text": "Zgłoś uwagi do wersji roboczej Modelu Kooperacji do końca miesiąca.",
            "button_label": "Zobacz szczegóły",
            "url": "https://example.org/",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise blocks.StructBlockValidationError(
                block_errors={"page": blocks.BlockValidationError(_("Choose a page or enter an address."))}
            )
        return value


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    content = blocks.RichTextBlock(label=_("Content"))


class AccordionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    items = blocks.ListBlock(AccordionItemBlock(), label=_("Items"), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Accordion")
        template = TEMPLATE_DIR + "accordion_block.html"
        preview_value = {
            "heading": "Najczęstsze pytania",
            "items": [
                {"title": "Kto tworzy G-PZK?", "content": "<p>Przedstawiciele pomocy społecznej, szkół i policji.</p>"},
            ],
        }


class BodyStreamBlock(blocks.StreamBlock):
    """The body of standard pages (and, in later issues, news and documents)."""

    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = VideoEmbedBlock()
    table = PortalTableBlock()
    document = DocumentLinkBlock()
    call_to_action = CallToActionBlock()
    accordion = AccordionBlock()


class HighlightBlock(blocks.StructBlock):
    """A card on the home page pointing at a page the editors want to promote."""

    page = blocks.PageChooserBlock(label=_("Page"))
    title = blocks.CharBlock(
        label=_("Title"), required=False, max_length=120, help_text=_("Leave empty to use the page title.")
    )
    text = blocks.TextBlock(label=_("Text"), required=False, help_text=_("Leave empty to use the page's summary."))
    image = ImageChooserBlock(label=_("Image"), required=False)

    class Meta:
        icon = "pick"
        label = _("Highlight")
        template = TEMPLATE_DIR + "highlight_block.html"


class HomeStreamBlock(blocks.StreamBlock):
    highlight = HighlightBlock()
    call_to_action = CallToActionBlock()
    paragraph = ParagraphBlock()
