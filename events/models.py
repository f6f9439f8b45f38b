"""Webinars and meetings: page models (filled by the events work)."""
