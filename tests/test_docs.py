"""The documentation says what the code does: README's command table lists exactly the
commands `cchc` has, docs/extract-format.md names every field the contract emits, and
README's Python examples run."""
import re
from dataclasses import fields
from pathlib import Path

import typer.main

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
FORMAT = (ROOT / "docs" / "extract-format.md").read_text(encoding="utf-8")


def cli_commands() -> set[str]:
    from extractor.cli import app
    group = typer.main.get_command(app)
    out = set()
    for name, cmd in group.commands.items():
        sub = getattr(cmd, "commands", None)
        if sub:
            out |= {f"{name} {s}" for s in sub}
        else:
            out.add(name)
    return out


def readme_commands() -> set[str]:
    """Commands named in the first cell of README's command table rows."""
    out = set()
    for line in README.splitlines():
        m = re.match(r"\|\s*`cchc ([a-z][a-z\-]*(?: [a-z][a-z\-]*)?)", line)
        if not m:
            continue
        words = m.group(1).split()
        out.add(" ".join(words[:2]) if words[0] == "query" else words[0])
        # "cchc query scores --unit NAME` / `dossiers --unit NAME`": both commands
        for extra in re.findall(r"/ `([a-z\-]+) ", line):
            out.add(f"query {extra}")
    return out


def test_readme_command_table_matches_the_cli():
    assert readme_commands() == cli_commands()


def _contract_keys(obj, prefix="") -> set[str]:
    keys = set()
    if isinstance(obj, dict):
        for k, v in obj.items():
            keys.add(k)
            keys |= _contract_keys(v)
    elif isinstance(obj, list):
        for v in obj:
            keys |= _contract_keys(v)
    return keys


def test_extract_format_doc_names_every_contract_field():
    """Every field of every fact the contract can emit is documented."""
    from extractor.stages import to_contract
    from extractor.model import (DocumentMeta, DossierStat, Finding, Law, Ratio, Reference,
                                 Score, Span, Task, Unit)
    names = {"schema", "source", "path", "sha256", "format", "pages", "ocr_pages",
             "encoding", "warnings", "document", "references", "laws", "scores",
             "dossier_stats", "tasks", "ratios", "findings"}
    from extractor.model import CONTRACT_OMITS
    # internal, stripped by to_contract
    dropped = {"date_span", "doc_sha256", "scope_unit"} | set(CONTRACT_OMITS["dossier_stats"]) - {"evidence"}
    for cls in (DocumentMeta, Unit, Reference, Law, Score, DossierStat, Task, Ratio,
                Finding, Span):
        names |= {f.name for f in fields(cls)} - dropped
    missing = sorted(n for n in names if not re.search(r"[`\"]%s[`\"]" % re.escape(n), FORMAT))
    assert missing == []
    # and what a real document emits is among them
    import extractor
    seed = next((ROOT / "corpora" / "seeds").glob("001_*.txt"))
    emitted = _contract_keys(to_contract(extractor.extract(seed)))
    assert sorted(emitted - names) == []


def _python_blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", README, flags=re.S)


def test_readme_python_examples_run(tmp_path, monkeypatch):
    """README's Python API examples run as written (from the repository root)."""
    blocks = _python_blocks()
    assert blocks, "README has no Python example"
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("CCHC_DB", str(tmp_path / "api.db"))
    env: dict = {}
    for block in blocks:
        exec(compile(block.replace("cchc.db", str(tmp_path / "api.db")), "README.md", "exec"), env)


def test_extract_stays_the_function_after_the_stages_module_is_imported():
    """Regression: the orchestrator module was named extractor/extract.py, so importing it
    replaced the API function `extractor.extract` with the module ('module' object is
    not callable)."""
    import extractor
    import extractor.stages  # noqa: F401
    import extractor.api  # noqa: F401
    assert callable(extractor.extract) and extractor.extract.__module__ == "extractor.api"
