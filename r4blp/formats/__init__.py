"""Number formats where the site departs from Django's defaults; docs/translating.md says why."""
