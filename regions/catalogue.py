"""Per-language lookups every regions page needs (thematic blocks and targets, which are snippets),
kept until the frame changes, so pages pay no query for them."""

from r4blp.collation import sorted_for_reading
from r4blp.page_cache import FRAME, cached_until_content_changes


class Catalogue:
    """The thematic blocks and targets of one language."""

    def __init__(self, locale_id):
        from .models import BiodiversityTarget, ThematicBlock

        self.themes = sorted_for_reading(
            ThematicBlock.objects.filter(locale_id=locale_id), key=lambda t: t.name
        )
        self.targets = list(BiodiversityTarget.objects.filter(locale_id=locale_id))
        self.locale_id = locale_id
        self.theme_by_slug = {t.slug: t for t in self.themes}
        self.target_by_slug = {t.slug: t for t in self.targets}

    def localised(self, translation_keys):
        """The snippets of this language that translate the given ones, in catalogue order."""
        keys = set(translation_keys)
        return [item for item in [*self.themes, *self.targets] if item.translation_key in keys]


def catalogue(locale_id):
    return cached_until_content_changes(
        f"regions-catalogue:{locale_id}", lambda: Catalogue(locale_id), shows=FRAME
    )
