"""full-text search without tone marks, the same on SQLite and PostgreSQL

`page_fts.body` now holds `extractor.search.loose(page text)`: lower-case words without
tone or vowel marks (đ -> d) separated by single spaces. SQLite keeps it in an FTS5 table
(phrase queries); PostgreSQL gets a plain table of the same name and columns (LIKE on
' ' || body || ' ', with a trigram index when the pg_trgm extension can be created), so
`--text` means the same on both: the words, in order, as whole words, any marks.
Also an index on document (date, path), the order of every list of documents.

Revision ID: 0009
Revises: 0005
"""
import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0005"
branch_labels = None
depends_on = None

_BATCH = 500


def _fill(bind) -> None:
    from extractor.search import loose
    last = 0
    while True:
        rows = bind.execute(sa.text("SELECT id, document_id, number, text FROM page "
                                    "WHERE id > :last ORDER BY id LIMIT :n"),
                            {"last": last, "n": _BATCH}).all()
        if not rows:
            return
        bind.execute(sa.text("INSERT INTO page_fts (body, document_id, page) "
                             "VALUES (:b, :d, :p)"),
                     [{"b": loose(t), "d": d, "p": n} for _, d, n, t in rows])
        last = rows[-1][0]


def upgrade() -> None:
    bind = op.get_bind()
    # lists are ordered by (date, path, id) on every database: let SQLite walk an index
    op.create_index("ix_document_date_path", "document", ["date", "path"])
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS page_fts")
        op.execute("CREATE VIRTUAL TABLE page_fts USING fts5("
                   "body, document_id UNINDEXED, page UNINDEXED, "
                   "tokenize = 'unicode61 remove_diacritics 0')")
    else:
        op.create_table("page_fts",
                        sa.Column("document_id", sa.Integer(), nullable=False),
                        sa.Column("page", sa.Integer(), nullable=False),
                        sa.Column("body", sa.Text(), nullable=False))
        op.create_index("ix_page_fts_document_id", "page_fts", ["document_id"])
        if bind.dialect.name == "postgresql":
            # Trigram index for LIKE '% words %' (optional: needs the pg_trgm extension).
            nested = bind.begin_nested()
            try:
                bind.execute(sa.text("CREATE EXTENSION IF NOT EXISTS pg_trgm"))
                bind.execute(sa.text("CREATE INDEX ix_page_fts_body_trgm ON page_fts "
                                     "USING gin ((' ' || body || ' ') gin_trgm_ops)"))
                nested.commit()
            except Exception:  # no permission / extension not installed: plain scan
                nested.rollback()
    _fill(bind)


def downgrade() -> None:
    bind = op.get_bind()
    op.drop_index("ix_document_date_path", table_name="document")
    op.execute("DROP TABLE IF EXISTS page_fts")
    if bind.dialect.name == "sqlite":  # back to 0001's folded-with-marks body
        from extractor.normalize import fold
        op.execute("CREATE VIRTUAL TABLE page_fts USING fts5("
                   "body, document_id UNINDEXED, page UNINDEXED, "
                   "tokenize = 'unicode61 remove_diacritics 0')")
        rows = bind.execute(sa.text("SELECT document_id, number, text FROM page")).all()
        if rows:
            bind.execute(sa.text("INSERT INTO page_fts (body, document_id, page) "
                                 "VALUES (:b, :d, :p)"),
                         [{"b": fold(t), "d": d, "p": n} for d, n, t in rows])
