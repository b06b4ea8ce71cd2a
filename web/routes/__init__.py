"""Routers of the web app; each HTML page has a JSON twin under ``/api``."""
