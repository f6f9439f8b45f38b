"""Pages and snippets of the site's frame: the landing, free-standing pages and people."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail.snippets.models import register_snippet
from wagtail_localize.fields import SynchronizedField, TranslatableField

from r4blp.images import alt_text_field, image_field

from .blocks import BenefitBlock, BodyStreamBlock, FiguresStreamBlock, PartnerBlock
from .translations import SYNCHRONISED_SLUG


class HomePage(Page):
    """The landing page; one per locale, the root of that locale's tree."""

    hero_intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    hero_image = image_field(_("hero image"))
    hero_image_alt = alt_text_field(_("hero image alternative text"))
    figures_heading = models.CharField(_("figures heading"), max_length=200, blank=True)
    figures = StreamField(FiguresStreamBlock(), blank=True, verbose_name=_("figures"))
    activities_heading = models.CharField(_("activities heading"), max_length=200, blank=True)
    activities = RichTextField(
        _("activities and outcomes"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    benefits_heading = models.CharField(_("benefits heading"), max_length=200, blank=True)
    benefits_intro = models.TextField(_("benefits introduction"), max_length=600, blank=True)
    benefits = StreamField([("benefit", BenefitBlock())], blank=True, verbose_name=_("why join: benefits"))
    partners_heading = models.CharField(_("partners heading"), max_length=200, blank=True)
    partners = StreamField([("partner", PartnerBlock())], blank=True, verbose_name=_("partners"))
    contact = models.ForeignKey(
        "home.Person",
        verbose_name=_("contact person"),
        help_text=_("Shown as the Policy Officer on the landing and in the footer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    join_heading = models.CharField(_("join call heading"), max_length=200, blank=True)
    join_text = models.TextField(_("join call text"), max_length=600, blank=True)
    join_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("join page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel(
            [FieldPanel("hero_intro"), FieldPanel("hero_image"), FieldPanel("hero_image_alt")],
            heading=_("Hero"),
        ),
        MultiFieldPanel([FieldPanel("figures_heading"), FieldPanel("figures")], heading=_("Figures")),
        MultiFieldPanel(
            [FieldPanel("activities_heading"), FieldPanel("activities")],
            heading=_("Activities and outcomes"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("benefits_heading"),
                FieldPanel("benefits_intro"),
                FieldPanel("benefits"),
            ],
            heading=_("Why join"),
        ),
        MultiFieldPanel([FieldPanel("partners_heading"), FieldPanel("partners")], heading=_("Partners")),
        FieldPanel("contact"),
        MultiFieldPanel(
            [FieldPanel("join_heading"), FieldPanel("join_text"), FieldPanel("join_page")],
            heading=_("Call to join"),
        ),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("hero_intro"),
        index.SearchField("activities"),
    ]
    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    @cached_property
    def contact_with_photo(self):
        """The contact and their photo in one query (in a preview, the contact chosen in the form)."""
        if self.contact_id is None:
            return None
        return Person.objects.select_related("photo").filter(pk=self.contact_id).first()

    @cached_property
    def partners_with_logos(self):
        """The partner blocks, with the renditions of all their logos read in one query."""
        blocks = list(self.partners)
        prefetch_related_objects(
            [block.value["logo"] for block in blocks if block.value["logo"]], "renditions"
        )
        return blocks

    @classmethod
    def can_create_at(cls, parent):
        # Each language's landing is made as a translation of the first one.
        return super().can_create_at(parent) and not cls.objects.exists()


class StandardPage(Page):
    """A free page such as About or Privacy."""

    intro = models.TextField(_("introduction"), max_length=1000, blank=True)
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = [SYNCHRONISED_SLUG]

    parent_page_types = ["home.HomePage", "home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")


@register_snippet
class Person(TranslatableMixin, index.Indexed, models.Model):
    """A speaker or contact; translatable so roles read in every language."""

    name = models.CharField(_("name"), max_length=200)
    role = models.CharField(_("role"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    email = models.EmailField(_("email"), blank=True)
    photo = image_field(_("photo"))
    photo_alt = alt_text_field(_("photo alternative text"))

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("photo"),
        FieldPanel("photo_alt"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]
    # A name, an address and a face are the same in every language.
    translatable_fields = [
        SynchronizedField("name", overridable=False),
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("email", overridable=False),
        SynchronizedField("photo"),
        TranslatableField("photo_alt"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name"]

    def __str__(self):
        return self.name


@register_setting(icon="image")
class SocialMediaSettings(BaseSiteSetting):
    """How the site's links look when shared: the picture of pages that have none of their own."""

    select_related = ["default_share_image"]

    default_share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default share image"),
        help_text=_(
            "Shown when a link to a page without its own hero image is shared on social media or "
            "in a chat; cropped to 1200 × 630 pixels around its focal point."
        ),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("default_share_image")]

    class Meta:
        verbose_name = _("social media")
