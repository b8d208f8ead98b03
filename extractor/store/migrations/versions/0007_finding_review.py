"""inspectors' reviews of findings (confirmed / dismissed, with a note), keyed on the
finding's stable identity so they survive re-ingest

Revision ID: 0007
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "finding_review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("document_path", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_finding_review_fingerprint", "finding_review", ["fingerprint"],
                    unique=True)


def downgrade() -> None:
    op.drop_index("ix_finding_review_fingerprint", table_name="finding_review")
    op.drop_table("finding_review")
