"""Image fields of pages and snippets: the image, and its alternative text written per language."""

from django.db import models
from django.utils.translation import gettext_lazy as _


def image_field(verbose_name):
    """An optional image from the library; the page keeps working when the image is deleted."""
    return models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=verbose_name,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )


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
