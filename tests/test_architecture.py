"""Imports flow one way: a stage may import the stages below it, never one above.

load -> normalize -> grammar/vocab -> find -> resolve -> audit -> store -> query -> cli:
data flows left to right, so code of a later stage may use an earlier one, and an
earlier stage never reaches forward (no `find` importing `resolve`, no `store`
re-running finders). Imports inside functions count too. A new top-level module must be
given its layer here (docs/architecture.md says which is which)."""
import ast
from pathlib import Path

PKG = Path(__file__).resolve().parent.parent / "extractor"

# lowest first; a module may import its own layer and any lower one
LAYERS: list[set[str]] = [
    {"extractor", "model", "export", "faults", "labels"},  # plain data, the root, table output and its words, test hook
    {"vocab"},                             # rule data: the only reader of rules/*.yaml
    {"normalize", "search"},               # stored text and its matching view; search words
    {"grammar"},                           # numbers, dates, units, tables: one owner each
    {"load", "render"},                    # files -> pages; pages + spans -> HTML
    {"find"},                              # facts from text
    {"resolve"},                           # keys, units, catalog, links within a document
    {"audit"},                             # findings from facts
    {"stages", "pipeline"},                # the one orchestrator (and its spaCy frame)
    {"store"},                             # facts -> tables
    {"ingest", "query", "queue"},          # many files in; questions out
    {"api", "web", "report", "cli", "__main__"},  # what users call (report reads web's rows)
]


def layer_of(name: str) -> int:
    for i, names in enumerate(LAYERS):
        if name in names:
            return i
    raise AssertionError(f"extractor.{name} has no layer in tests/test_architecture.py")


def top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "extractor"


def imports_of(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "extractor":
                out += [(node.lineno, "extractor." + a.name) for a in node.names]
            elif node.module.startswith("extractor."):
                out.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names if a.name.startswith("extractor.")]
    return out


def upward_imports() -> list[str]:
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        rel = path.relative_to(PKG.parent).with_suffix("")
        module = ".".join(rel.parts).removesuffix(".__init__")
        here = layer_of(top(module))
        for line, target in imports_of(path):
            name = top(target)
            if name in ("__version__", "SCHEMA"):
                name = "extractor"
            if layer_of(name) > here:
                bad.append(f"{rel}.py:{line}: {top(module)} imports {target} (a later stage)")
    return bad


def test_no_stage_imports_a_later_stage():
    assert upward_imports() == []


def test_the_check_sees_an_upward_import(tmp_path, monkeypatch):
    fake = tmp_path / "extractor" / "find"
    fake.mkdir(parents=True)
    (fake / "x.py").write_text("def f():\n    from extractor.resolve.keys import base_key\n")
    monkeypatch.setattr(__import__(__name__), "PKG", tmp_path / "extractor")
    assert upward_imports() == [
        "extractor/find/x.py:2: find imports extractor.resolve.keys (a later stage)"]


def test_migrations_form_one_chain():
    """Several branches each added a migration after 0003; they must be re-chained into
    one line (one Alembic head), or `upgrade head` fails on a fresh database."""
    import re
    versions = PKG / "store" / "migrations" / "versions"
    down = {}
    for f in versions.glob("*.py"):
        text = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"](\w+)['\"]", text, re.M).group(1)
        prev = re.search(r"^down_revision\s*=\s*(?:['\"](\w+)['\"]|None)", text, re.M).group(1)
        down[rev] = prev
    heads = set(down) - set(down.values())
    assert len(heads) == 1, f"several heads: {sorted(heads)}"
    assert list(down.values()).count(None) == 1


def test_the_store_writes_facts_and_never_resolves_or_finds():
    # the store mapped figure scopes to units itself (resolve_unit inside store/write.py);
    # the resolve stage now gives each score and statistic its scope_unit
    import ast
    for path in sorted((PKG / "store").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import) else
                     [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(("extractor.resolve", "extractor.find")), \
                    f"{path.relative_to(PKG.parent)} imports {name}"
