"""incremental archive audit: stored mentions with their group keys, dirty groups,
the group of each archive finding, the document's own-number evidence

Revision ID: 0005
Revises: 0008
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("number_page", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number_start", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number_end", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("number_text", sa.String(), nullable=True))
    with op.batch_alter_table("finding") as batch:
        batch.add_column(sa.Column("archive_key", sa.String(), nullable=True))
        batch.create_index("ix_finding_archive_key", ["archive_key"], unique=False)
    op.create_table(
        "archive_mention",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("number", sa.String(), nullable=False),
        sa.Column("ordinal", sa.String(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=True),
        sa.Column("symbol", sa.String(), nullable=False),
        sa.Column("party", sa.Boolean(), nullable=False),
        sa.Column("date", sa.String(), nullable=True),
        sa.Column("issuer", sa.String(), nullable=True),
        sa.Column("conflict_key", sa.String(), nullable=False),
        sa.Column("series_key", sa.String(), nullable=True),
        sa.ForeignKeyConstraint(["document_id"], ["document.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_archive_mention_document_id", "archive_mention", ["document_id"])
    op.create_index("ix_archive_mention_conflict_key", "archive_mention", ["conflict_key"])
    op.create_index("ix_archive_mention_series_key", "archive_mention", ["series_key"])
    op.create_table(
        "archive_dirty",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_archive_dirty_key", "archive_dirty", ["key"])

    # documents stored before: their own-number evidence moves from the stored
    # extraction into columns once, and every mention is derived on the next archive pass
    conn = op.get_bind()
    doc = sa.table("document", sa.column("id", sa.Integer), sa.column("status", sa.String),
                   sa.column("extract_json", sa.Text), sa.column("number_page", sa.Integer),
                   sa.column("number_start", sa.Integer), sa.column("number_end", sa.Integer),
                   sa.column("number_text", sa.String))
    rows = conn.execute(sa.select(doc.c.id, doc.c.extract_json)
                        .where(doc.c.status == "ok")).fetchall()
    for did, blob in rows:
        span = _number_span(blob)
        if span:
            conn.execute(doc.update().where(doc.c.id == did).values(
                number_page=span[0], number_start=span[1], number_end=span[2],
                number_text=span[3]))
    if rows:
        conn.execute(sa.text("INSERT INTO archive_dirty (key) VALUES ('*')"))


def _number_span(blob):
    try:
        span = (json.loads(blob)["document"].get("evidence") or {}).get("number")
        return (int(span["page"]), int(span["start"]), int(span["end"]),
                str(span["text"])) if span else None
    except (ValueError, KeyError, TypeError, AttributeError):
        return None


def downgrade() -> None:
    op.drop_table("archive_dirty")
    op.drop_table("archive_mention")
    with op.batch_alter_table("finding") as batch:
        batch.drop_index("ix_finding_archive_key")
        batch.drop_column("archive_key")
    with op.batch_alter_table("document") as batch:
        for c in ("number_text", "number_end", "number_start", "number_page"):
            batch.drop_column(c)
