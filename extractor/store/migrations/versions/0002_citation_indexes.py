"""covering indexes for cited-by / cites queries on large archives

Revision ID: 0002
Revises: 0001
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_citation_cited_document", "citation", ["cited_id", "document_id"])
    op.create_index("ix_citation_document_cited", "citation", ["document_id", "cited_id"])


def downgrade() -> None:
    op.drop_index("ix_citation_document_cited", table_name="citation")
    op.drop_index("ix_citation_cited_document", table_name="citation")
