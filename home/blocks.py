"""StreamField blocks shared by the site's pages: body content, landing figures, benefits, partners."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    attribution = blocks.CharBlock(required=False, max_length=200, label=_("Attribution"))

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = "blocks/quote_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=300, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "blocks/captioned_image_block.html"


class DocumentListBlock(blocks.StructBlock):
    heading = blocks.CharBlock(required=False, max_length=200, label=_("Heading"))
    documents = blocks.ListBlock(DocumentChooserBlock(label=_("Document")), label=_("Documents"))

    class Meta:
        icon = "doc-full"
        label = _("Documents")
        template = "blocks/document_list_block.html"


class BodyStreamBlock(blocks.StreamBlock):
    """The free content of standard pages; region and event bodies extend it."""

    heading = blocks.CharBlock(
        max_length=200,
        form_classname="title",
        icon="title",
        label=_("Heading"),
        template="blocks/heading_block.html",
    )
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul", "document-link"], icon="pilcrow", label=_("Paragraph")
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    embed = EmbedBlock(
        help_text=_("A video or other media URL, e.g. a YouTube link"),
        icon="media",
        label=_("Embedded media"),
        template="blocks/embed_block.html",
    )
    documents = DocumentListBlock()


FIGURE_CHOICES = [
    ("members", _("Active members (counted from live region profiles)")),
    ("inhabitants", _("Inhabitants represented (sum of region populations)")),
    ("territory_km2", _("Territory in km² (sum of region areas)")),
    ("webinars", _("Webinars held (counted from past online webinars)")),
]


class ComputedFigureBlock(blocks.StructBlock):
    """A figure the site computes from live pages, so it never disagrees with them."""

    figure = blocks.ChoiceBlock(choices=FIGURE_CHOICES, label=_("Figure"))
    label = blocks.CharBlock(max_length=120, label=_("Label"), help_text=_("e.g. active members"))
    description = blocks.TextBlock(required=False, max_length=400, label=_("Description"))

    class Meta:
        icon = "order"
        label = _("Computed figure")
        template = "blocks/figure_block.html"

    def get_context(self, value, parent_context=None):
        from home.figures import live_figures

        context = super().get_context(value, parent_context=parent_context)
        context["number"] = live_figures().get(value["figure"], 0)
        return context


class TypedFigureBlock(blocks.StructBlock):
    """A figure an editor types, for facts the site cannot count."""

    number = blocks.DecimalBlock(min_value=0, decimal_places=1, label=_("Number"))
    label = blocks.CharBlock(max_length=120, label=_("Label"))
    description = blocks.TextBlock(required=False, max_length=400, label=_("Description"))

    class Meta:
        icon = "edit"
        label = _("Typed figure")
        template = "blocks/figure_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        number = value["number"]
        context["number"] = int(number) if number == int(number) else number
        return context


class FiguresStreamBlock(blocks.StreamBlock):
    computed_figure = ComputedFigureBlock()
    typed_figure = TypedFigureBlock()


class BenefitBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Title"))
    text = blocks.TextBlock(required=False, max_length=600, label=_("Text"))

    class Meta:
        icon = "tick"
        label = _("Benefit")
        template = "blocks/benefit_block.html"


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=200, label=_("Name"))
    logo = ImageBlock(required=False, label=_("Logo"))
    description = blocks.TextBlock(required=False, max_length=600, label=_("Description"))
    url = blocks.URLBlock(required=False, label=_("Website"))

    class Meta:
        icon = "group"
        label = _("Partner")
        template = "blocks/partner_block.html"
