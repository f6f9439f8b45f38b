"""Template tags for how a link to a page looks when shared: Open Graph and Twitter card."""

from django import template
from django.utils.translation import to_locale
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from home.models import SocialMediaSettings
from r4blp.page_cache import FRAME, cached_until_content_changes

register = template.Library()

# Open Graph wants a language and a territory; Portuguese is Brazilian on this site.
OG_LOCALES = {"en": "en_GB", "es": "es_ES", "fr": "fr_FR", "pt": "pt_BR", "ar": "ar_AR"}

# The size social networks show large (1.91:1), in a format every one of them reads.
SHARE_IMAGE_FILTER = "fill-1200x630-c75|format-jpeg"


@register.simple_tag(takes_context=True)
def share_image(context):
    """The share rendition of the page's hero image, or else of the site's default share image."""
    image = getattr(context.get("page"), "hero_image", None)
    if image is not None:
        return _rendition(image)
    request = context.get("request")
    if request is None:
        return None
    site = Site.find_for_request(request)
    if site is None:
        return None
    # The same on every page without a hero picture: kept until the settings or the image change.
    return cached_until_content_changes(
        f"default-share-image:{site.pk}",
        lambda: _rendition(SocialMediaSettings.for_site(site).default_share_image),
        shows=FRAME,
    )


def _rendition(image):
    if image is None:
        return None
    try:
        return image.get_rendition(SHARE_IMAGE_FILTER)
    except SourceImageIOError:
        # A lost original file: the page is shared without a picture rather than failing.
        return None


@register.filter
def og_locale(language_code):
    return OG_LOCALES.get(language_code) or to_locale(language_code)
