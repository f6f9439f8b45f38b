"""Webinars and meetings of the R4BLP."""
