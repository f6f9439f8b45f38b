"""Member regions: page models and snippets (filled by the regions work)."""
