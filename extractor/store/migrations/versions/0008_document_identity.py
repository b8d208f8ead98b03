"""document identity: copies of one document (same report as TXT, DOCX, PDF) and cited
documents linked to the archive's own copy

Revision ID: 0008
Revises: 0006
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("number_key", sa.String(), nullable=True))
        batch.add_column(sa.Column("copy_of", sa.Integer(), nullable=True))
        batch.create_index("ix_document_number_key", ["number_key"])
        batch.create_index("ix_document_copy_of", ["copy_of"])
        batch.create_foreign_key("fk_document_copy_of", "document", ["copy_of"], ["id"])
    with op.batch_alter_table("cited_document") as batch:
        batch.add_column(sa.Column("document_id", sa.Integer(), nullable=True))
        batch.create_index("ix_cited_document_document_id", ["document_id"])
        batch.create_foreign_key("fk_cited_document_document", "document", ["document_id"], ["id"])


def downgrade() -> None:
    with op.batch_alter_table("cited_document") as batch:
        batch.drop_constraint("fk_cited_document_document", type_="foreignkey")
        batch.drop_index("ix_cited_document_document_id")
        batch.drop_column("document_id")
    with op.batch_alter_table("document") as batch:
        batch.drop_constraint("fk_document_copy_of", type_="foreignkey")
        batch.drop_index("ix_document_copy_of")
        batch.drop_index("ix_document_number_key")
        batch.drop_column("copy_of")
        batch.drop_column("number_key")
