"""Static files in production: whitenoise's hashed, compressed files, each one's URL looked up once."""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticFilesStorage(CompressedManifestStaticFilesStorage):
    """The manifest does not change while a process runs, and so neither does a file's hashed URL:
    kept after the first {% static %} rather than worked out again for each of every page's."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._urls = {}

    def url(self, name, force=False):
        if force:
            return super().url(name, force)
        try:
            return self._urls[name]
        except KeyError:
            url = self._urls[name] = super().url(name)
            return url
