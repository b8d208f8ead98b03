"""dossier statistics: dossiers received in person or by post

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_stat") as batch:
        batch.add_column(sa.Column("in_person", sa.Float(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier_stat") as batch:
        batch.drop_column("in_person")
