from alembic import context
from sqlmodel import SQLModel

import extractor.store.models  # noqa: F401  (registers tables)

target_metadata = SQLModel.metadata
config = context.config


def run() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        from sqlalchemy import create_engine
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
        with engine.begin() as conn:
            _run(conn)
    else:
        _run(connection)


def _include(obj, name, type_, reflected, compare_to) -> bool:
    # page_fts (search words, migration 0009) is kept by raw SQL, not by the models:
    # an FTS5 virtual table on SQLite, a plain table on PostgreSQL.
    return not (type_ == "table" and name and name.startswith("page_fts"))


def _run(connection) -> None:
    from extractor.faults import kill_point
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      include_object=_include,
                      # tests: CCHC_TEST_KILL_AT=schema:N dies after the N-th revision,
                      # inside the one transaction of the whole upgrade
                      on_version_apply=lambda **_kw: kill_point("schema"))
    with context.begin_transaction():
        context.run_migrations()


run()
