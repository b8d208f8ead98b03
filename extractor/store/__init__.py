"""Storage stage: SQLModel tables, migrations (Alembic), and writing extractions."""
