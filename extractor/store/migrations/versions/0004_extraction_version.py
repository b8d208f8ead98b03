"""document.extraction_version: which extractor stored a document, so that documents
stored by an older extractor are re-extracted on re-ingest instead of skipped as unchanged

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("extraction_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.drop_column("extraction_version")
