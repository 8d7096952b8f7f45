"""Factsheet: an offline fact-sheet viewer for news articles."""

__version__ = "0.1.0"
