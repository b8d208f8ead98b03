"""cchc-extractor: mine Vietnamese CCHC reports into a queryable, auditable database.

Stages, one module each, data flowing one way:
load -> normalize -> find -> resolve -> audit -> store -> query.
"""
__version__ = "0.1.0"
SCHEMA = "cchc.extract/1"
