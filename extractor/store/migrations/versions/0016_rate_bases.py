"""dossier_stat.rate_bases: for a stated rate, the count the text says it is taken
against ("tỷ lệ đúng hạn đạt 98,5% trên tổng số hồ sơ đến hạn": {"on_time_rate": "due"}),
a JSON object (rate field -> count field); NULL for rows stored before (read as {}).

Revision ID: 0016
Revises: 0014
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("dossier_stat") as batch:
        batch.add_column(sa.Column("rate_bases", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("dossier_stat") as batch:
        batch.drop_column("rate_bases")
