"""Project package: settings, URLs and WSGI entry point."""
