"""The period a document covers: moved to extractor/grammar/periods.py (the one period
grammar); these names stay importable for the metadata finder."""
from extractor.grammar.periods import first_period, last_period, periods

__all__ = ["periods", "first_period", "last_period"]
