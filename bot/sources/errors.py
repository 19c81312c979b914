"""The one error every source raises: its own module, so that files, pages, feeds and fetch share it
without importing each other."""

from __future__ import annotations


class SourceError(Exception):
    """A source that cannot become an article; the message is the reason shown to the user."""
