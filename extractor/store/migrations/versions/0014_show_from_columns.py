"""A document's own page read from columns (issue 9): every field of the extract contract
gets a column, and the stored extraction JSON (document.extract_json) is dropped.

New: document.recipients / issuer_path / doc_type_signals (JSON lists of strings);
table document_evidence (where the document states its own fields); citation.ordinal /
year / symbol (the mention's own reading), date_text, issuer_inferred; law_mention.date;
dossier_stat.claims_total; task_stat.rate.

Documents stored before: the new columns are filled from their stored extraction JSON
here, once, before it is dropped (matched to the fact rows by their evidence span), so
nothing needs extracting again.

Revision ID: 0014
Revises: 0010
"""
import json

import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("recipients", sa.Text(), nullable=True))
        batch.add_column(sa.Column("issuer_path", sa.Text(), nullable=True))
        batch.add_column(sa.Column("doc_type_signals", sa.String(), nullable=True))
    with op.batch_alter_table("citation") as batch:
        batch.add_column(sa.Column("ordinal", sa.String(), nullable=True))
        batch.add_column(sa.Column("year", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("symbol", sa.String(), nullable=True))
        batch.add_column(sa.Column("date_text", sa.String(), nullable=True))
        # a plain string default: SQLite adds the column in place (no table copy)
        batch.add_column(sa.Column("issuer_inferred", sa.Boolean(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("law_mention") as batch:
        batch.add_column(sa.Column("date", sa.String(), nullable=True))
    with op.batch_alter_table("dossier_stat") as batch:
        batch.add_column(sa.Column("claims_total", sa.Boolean(), nullable=False,
                                   server_default="0"))
    with op.batch_alter_table("task_stat") as batch:
        batch.add_column(sa.Column("rate", sa.Float(), nullable=True))
    op.create_table(
        "document_evidence",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("document_id", sa.Integer(), sa.ForeignKey("document.id"), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("page", sa.Integer(), nullable=True),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.Column("text", sa.Text(), nullable=True),
    )
    op.create_index("ix_document_evidence_document_id", "document_evidence", ["document_id"])
    _fill_from_stored_json(op.get_bind())
    _drop_column(op.get_bind(), "document", "extract_json")


def _drop_column(conn, table: str, column: str) -> None:
    import sqlite3
    if conn.dialect.name == "sqlite" and sqlite3.sqlite_version_info < (3, 35):
        with op.batch_alter_table(table) as batch:  # pragma: no cover - old SQLite
            batch.drop_column(column)
    else:  # in place (no copy of the table) on SQLite >= 3.35 and PostgreSQL
        op.execute(f"ALTER TABLE {table} DROP COLUMN {column}")


def _spans(rows) -> dict:
    """(page, start, end) -> row id, first row of each span."""
    out: dict = {}
    for rid, page, start, end in rows:
        out.setdefault((page, start, end), rid)
    return out


def _fill_from_stored_json(conn) -> None:
    docs = conn.execute(sa.text("SELECT id, extract_json FROM document "
                                "WHERE status = 'ok' AND extract_json IS NOT NULL "
                                "ORDER BY id")).fetchall()
    for did, blob in docs:
        try:
            data = json.loads(blob)
            meta = data.get("document") or {}
        except (ValueError, AttributeError):
            continue
        conn.execute(sa.text("UPDATE document SET recipients = :r, issuer_path = :i, "
                             "doc_type_signals = :s WHERE id = :d"),
                     {"d": did, **{k: json.dumps(meta.get(name) or [], ensure_ascii=False)
                                   for k, name in (("r", "recipients"), ("i", "issuer_path"),
                                                   ("s", "doc_type_signals"))}})
        ev = [{"d": did, "n": name, "p": sp.get("page"), "s": sp.get("start"),
               "e": sp.get("end"), "t": sp.get("text")}
              for name, sp in (meta.get("evidence") or {}).items() if isinstance(sp, dict)]
        if ev:
            conn.execute(sa.text('INSERT INTO document_evidence (document_id, name, page, '
                                 '"start", "end", text) VALUES (:d, :n, :p, :s, :e, :t)'), ev)
        for table, key, cols in (
                ("citation", "references", ("ordinal", "year", "symbol", "date_text",
                                            "issuer_inferred")),
                ("law_mention", "laws", ("date",)),
                ("dossier_stat", "dossier_stats", ("claims_total",)),
                ("task_stat", "tasks", ("rate",))):
            ids = _spans(conn.execute(sa.text(
                f'SELECT id, page, "start", "end" FROM {table} WHERE document_id = :d '
                "ORDER BY id"), {"d": did}).fetchall())
            sets = ", ".join(f"{c} = :{c}" for c in cols)
            updates = []
            for fact in data.get(key) or []:
                rid = ids.pop((fact.get("page"), fact.get("start"), fact.get("end")), None)
                if rid is None:  # a fact no column could hold was not stored
                    continue
                vals = {c: fact.get(c) for c in cols}
                for c in ("issuer_inferred", "claims_total"):
                    if c in vals:
                        vals[c] = bool(vals[c])
                if isinstance(vals.get("year"), int) and abs(vals["year"]) >= 2 ** 63:
                    vals["year"] = None
                updates.append({"id": rid, **vals})
            if updates:
                conn.execute(sa.text(f"UPDATE {table} SET {sets} WHERE id = :id"), updates)


def downgrade() -> None:
    # the extraction JSON cannot be rebuilt here: documents are extracted again on the
    # next ingest of their files
    with op.batch_alter_table("document") as batch:
        batch.add_column(sa.Column("extract_json", sa.Text(), nullable=True))
    op.execute("UPDATE document SET extraction_version = NULL WHERE status = 'ok'")
    op.drop_index("ix_document_evidence_document_id", table_name="document_evidence")
    op.drop_table("document_evidence")
    for table, cols in (("task_stat", ("rate",)), ("dossier_stat", ("claims_total",)),
                        ("law_mention", ("date",)),
                        ("citation", ("issuer_inferred", "date_text", "symbol", "year",
                                      "ordinal")),
                        ("document", ("doc_type_signals", "issuer_path", "recipients"))):
        for c in cols:
            _drop_column(op.get_bind(), table, c)
