"""Alternative text of a page's pictures: written per language next to the image it describes."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def alt_text_field(verbose_name):
    """A translatable alternative text for one image field; Wagtail's image description (the same
    in every language) stands in while it is empty."""
    return models.CharField(
        verbose_name,
        max_length=255,
        blank=True,
        help_text=_(
            "What the picture shows, for people who cannot see it, in this page's language. "
            "Leave empty to use the image's description."
        ),
    )
