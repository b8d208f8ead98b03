"""Fuzz the query commands with hostile arguments (markup, LIKE wildcards, FTS5 syntax,
SQL, huge strings, odd Unicode): every run ends with exit 0 or 2, never a traceback, and
a usage error is one line (issue 13). Deterministic: a fixed seed."""
import random

import pytest
from typer.testing import CliRunner

from conftest import BACKENDS, SEEDS, scratch_db
from extractor.cli import app

runner = CliRunner()
pytestmark = pytest.mark.slow  # ~1000 CLI runs per database

HOSTILE = [
    "[/b]", "[bold]x", "[red]", "[link=file:///etc/passwd]x[/link]", ":smile:", "%", "_",
    "%_%", "\\", "\\%", " ", "", "\t\n", "'", "\"", "\"\"", "' OR 1=1 --", "'; DROP TABLE "
    "document; --", "NEAR(a b)", "a AND b", "x*", "^x", "-x", "{body}: x", "body:x", "\x00",
    "\u202e\u0644\u0627", "\u0301\u0301", "ｔｒａｎ ｐｈｕ", "𝕿𝖗𝖆𝖓", "🙂🙂", "ß", "İ", "Ð",
    "ǎ", "61/2018/NĐ-CP", "61/2018/NÐ-CP", "/", "//", "@", "88/QĐ-UBND@2021", "0", "-1",
    "99999999999999999999999", "1e309", "nan", "2021-02-30", "9999", "x" * 10000,
    "một " * 3000, "[" * 500, "%" * 500, "Trần Phú", "tran phu", "Hải Dương",
]

COMMANDS = [
    lambda a: ["query", "cites", "--unit", a],
    lambda a: ["query", "cites", "--unit", "Trần Phú", "--type", a],
    lambda a: ["query", "cited-by", a],
    lambda a: ["query", "docs", "--text", a],
    lambda a: ["query", "docs", "--unit", a],
    lambda a: ["query", "docs", "--type", a],
    lambda a: ["query", "docs", "--year", a],
    lambda a: ["query", "show", a],
    lambda a: ["query", "scores", "--unit", a],
    lambda a: ["query", "dossiers", "--unit", a],
    lambda a: ["audit", "--since", a],
    lambda a: ["audit", "--severity", a],
    lambda a: ["audit", "--rule", a],
    lambda a: ["audit", "--unit", a],
    lambda a: ["query", "docs", "--format", a],
    lambda a: ["query", "docs", a],
]


@pytest.fixture(scope="module", params=BACKENDS)
def seeded(request, tmp_path_factory):
    from extractor.ingest import ingest
    from extractor.store.db import open_engine
    db = scratch_db(request.param, tmp_path_factory.mktemp("fuzz"))
    assert ingest(open_engine(db), sorted(str(p) for p in SEEDS.glob("*.txt"))).new == 5
    return db


def _check(db, args):
    args = [a.replace("\x00", "") for a in args]  # argv cannot hold NUL
    result = runner.invoke(app, args + ["--db", db])
    shown = " ".join(a[:40] for a in args)
    assert result.exit_code in (0, 2), (shown, result.exit_code, result.output[-800:],
                                        result.exception)
    assert "Traceback" not in result.output, shown
    if result.exit_code == 2:
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert len(lines) == 1, (shown, result.output[-800:])


@pytest.mark.parametrize("command", range(len(COMMANDS)))
def test_every_hostile_argument_exits_0_or_2_without_traceback(seeded, command):
    for arg in HOSTILE:
        _check(seeded, COMMANDS[command](arg))


def test_random_combinations_exit_0_or_2_without_traceback(seeded):
    rng = random.Random(20261203)
    options = [["--unit"], ["--type"], ["--year"], ["--text"], ["--format"], ["--since"],
               ["--severity"], ["--rule"], ["-u"], ["-t"], ["-f"]]
    for _ in range(150):
        command = rng.choice([["query", "docs"], ["query", "cites"], ["audit"],
                              ["query", "scores"], ["query", "cited-by"], ["query", "show"],
                              ["stats"], ["query", "failures"]])
        args = list(command)
        for _ in range(rng.randint(0, 4)):
            if rng.random() < 0.8:
                args += rng.choice(options)
            args.append(rng.choice(HOSTILE)[:rng.choice([1, 10, 200, 20000])])
        _check(seeded, args)
