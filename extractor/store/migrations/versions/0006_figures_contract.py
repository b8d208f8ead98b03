"""figures: dossier statistics due (đến hạn), early_rate, returned_rate; scores index_name,
change, target, rank_change

Revision ID: 0006
Revises: 0007
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_stat") as batch:
        batch.add_column(sa.Column("due", sa.Float(), nullable=True))
        batch.add_column(sa.Column("early_rate", sa.Float(), nullable=True))
        batch.add_column(sa.Column("returned_rate", sa.Float(), nullable=True))
    with op.batch_alter_table("score") as batch:
        batch.add_column(sa.Column("index_name", sa.String(), nullable=True))
        batch.add_column(sa.Column("change", sa.Float(), nullable=True))
        batch.add_column(sa.Column("target", sa.Float(), nullable=True))
        batch.add_column(sa.Column("rank_change", sa.Integer(), nullable=True))
        batch.create_index("ix_score_index_name", ["index_name"])


def downgrade() -> None:
    with op.batch_alter_table("score") as batch:
        batch.drop_index("ix_score_index_name")
        for c in ("rank_change", "target", "change", "index_name"):
            batch.drop_column(c)
    with op.batch_alter_table("dossier_stat") as batch:
        for c in ("returned_rate", "early_rate", "due"):
            batch.drop_column(c)
