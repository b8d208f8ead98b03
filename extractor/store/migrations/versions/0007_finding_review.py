"""inspectors' reviews of findings (confirmed / dismissed, with a note), keyed on the
finding's stable identity so they survive re-ingest; indexes for the web pages

Revision ID: 0007
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0004"
branch_labels = None
depends_on = None

# web pages on large archives: facets and lists over ok documents, findings by rule
INDEXES = [("ix_document_status_unit", "document", ["status", "unit_id"]),
           ("ix_document_status_type", "document", ["status", "doc_type"]),
           ("ix_finding_rule_severity", "finding", ["rule", "severity"]),
           ("ix_finding_severity_document", "finding", ["severity", "document_id"])]


def upgrade() -> None:
    op.create_table(
        "finding_review",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("fingerprint", sa.String(), nullable=False),
        sa.Column("status", sa.String(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("rule", sa.String(), nullable=True),
        sa.Column("document_path", sa.String(), nullable=True),
        sa.Column("document_number", sa.String(), nullable=True),
        sa.Column("document_sha256", sa.String(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_finding_review_fingerprint", "finding_review", ["fingerprint"],
                    unique=True)
    for name, table, cols in INDEXES:
        op.create_index(name, table, cols)


def downgrade() -> None:
    for name, table, _ in INDEXES:
        op.drop_index(name, table_name=table)
    op.drop_index("ix_finding_review_fingerprint", table_name="finding_review")
    op.drop_table("finding_review")
