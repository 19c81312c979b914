"""transferbot: football transfer claims, extracted from the news and answered with citations."""

__version__ = "0.1.0"
