"""`cchc serve`: a local web workbench over the store (SQLite or PostgreSQL).

Standard-library WSGI (wsgiref) + Jinja2 templates; every asset (CSS, the small JS,
inline SVG charts) ships in this package, so it works with no internet.
"""
from extractor.web.app import App, create_app  # noqa: F401
