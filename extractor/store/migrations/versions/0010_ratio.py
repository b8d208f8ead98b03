"""ratios get a table: a part of a whole with the rate the text states (issue 9: every
kind of fact has a table). Documents stored before it are extracted again on the next
ingest (EXTRACTION_VERSION 4), which fills the table.

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "ratio",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("part", sa.Float(), nullable=False),
        sa.Column("total", sa.Float(), nullable=False),
        sa.Column("stated_rate", sa.Float(), nullable=True),
        sa.Column("label", sa.String(), nullable=True),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.create_index("ix_ratio_document_id", "ratio", ["document_id"])


def downgrade() -> None:
    op.drop_index("ix_ratio_document_id", table_name="ratio")
    op.drop_table("ratio")
