"""StreamField blocks of region profiles: the site's body blocks plus a best practice."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from home.blocks import BodyStreamBlock


class PracticeBlock(blocks.StructBlock):
    """A best practice a region shares with the others: what was wrong, what it did, what changed."""

    title = blocks.CharBlock(max_length=200, label=_("Title"))
    challenge = blocks.TextBlock(label=_("Challenge"))
    action = blocks.TextBlock(label=_("Action"))
    results = blocks.TextBlock(label=_("Results"))

    class Meta:
        icon = "success"
        label = _("Best practice")
        template = "regions/blocks/practice_block.html"


class RegionBodyStreamBlock(BodyStreamBlock):
    practice = PracticeBlock()
