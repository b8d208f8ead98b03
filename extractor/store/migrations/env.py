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


def _run(connection) -> None:
    from extractor.faults import kill_point
    context.configure(connection=connection, target_metadata=target_metadata,
                      render_as_batch=connection.dialect.name == "sqlite",
                      # tests: CCHC_TEST_KILL_AT=schema:N dies after the N-th revision,
                      # inside the one transaction of the whole upgrade
                      on_version_apply=lambda **_kw: kill_point("schema"))
    with context.begin_transaction():
        context.run_migrations()


run()
