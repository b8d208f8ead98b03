#!/usr/bin/env python
"""Figures against the seeds' gold: scores, dossier statistics, tasks and ratios.

Each numeric field of each gold entry is one (field, value) pair; a pair is found when
the extracted entry matched to that gold entry (its best match) has exactly that value.
Precision counts every extracted numeric pair once (a multiset: a figure reported twice,
e.g. a restatement turned into a second statistic, counts twice): a pair of an extracted
entry that no gold entry matched is an extra, and so is a pair whose matched gold entry
states another value; a field the matched gold entry leaves out is "unchecked" (gold
lists only what a reader checked; criterion years, for instance). Precision =
(extracted - extras) / extracted. Names
(scope, subject, period, criterion, label) are compared loosely and reported apart.
Arithmetic: findings of extractor/audit/arithmetic.py on the seed, with gold's
`checks_that_hold` (no error/warning expected) and expected rate/sum findings.
An expected finding (`expected_findings`, rules of ARITH_RULES) is found when a reported
finding has its `rule`, its `severity` (when the gold gives one) and every number of its
`values` in the finding's message — compared by value, the message's numbers read the
Vietnamese way ("6.612", "97,5") or the English way ("6,612", "97.5"); gold without `values`
(2NN-9NN) matches on the rule alone, as before. Reported per file and per set: "findings
expected found a/b, wrong severity c (rule and values right, severity not), unexpected
error/warning d (an error or warning matching no expected finding, severity aside), files
with a false error e (an unexpected error-severity finding)".

Scope and period: a gold record is *matched* when its best extracted record agrees on at
least one of its figures (the year aside). On each matched record that states a scope
(dossier `scope`, score `subject`) or a period (dossier/task `period`, score `year`), every
stated one must be right: a scope compares folded, as a whole-word part of the other, and a
level ("cấp xã") only with the same level; a period compares by what it covers (`period_keys`:
"quý I năm 2024", "6 tháng đầu năm 2024", "tháng 9/2021", "từ ngày 15/12/2023 đến ngày
14/3/2024", "năm 2023"...), any one of the periods a gold string names being enough (gold may
write "quý I năm 2024 (15/12/2023 – 14/3/2024)"); a gold period written as a bare year
("2022", as 2NN-5NN gold often is) checks the year only; a period with no key compares loosely.
An extracted scope or period of None is wrong where the gold states one. Gold written by
another convention for the same thing is accepted (`same_by_convention`, README "Scope
conventions"): a total-row label ("Tổng cộng") for a record read from that row, a level
("cấp huyện") for a body of a unit of that level, "toàn tỉnh" for the territory named.

Gold fields beyond the extract contract of 2NN-5NN (all optional; issue 10):
  dossier `due` (hồ sơ đến hạn), `early_rate` (trước hạn, %), `returned_rate` (trả lại, %):
      numbers, compared like every other figure;
  score `index_name` ("PCI", "PAPI"; a sub-index of the PAR INDEX such as "điểm thẩm định",
      "điểm điều tra xã hội học", recorded as indicator PAR_INDEX with its own max): compared
      as a value when the gold states it, folded and either inside the other (`_pair_same`);
  any record: `form` ("table" or "prose", default prose: where the figure is written) and
      `class` (the miss class of issue 10 the record exercises) — used only to break the
      recall down; `note` — free text, never compared;
  top level: `not_figures` — numbers the text holds that are no figure (thresholds, TTHC
      counts, digits inside names, signed changes, outlook targets), each {"value", "text"};
      reported as "traps taken" when some extracted figure has that value.

Sets reported apart: the seeds (corpora/seeds/*.txt, tuned on), documents nobody tuned
for (corpora/unseen/2*.txt, 4*.txt and 5*.txt with a gold file), and the sixth blind round
(corpora/unseen/6NN_* in any format the loader reads: .txt read as one page, .docx, .pdf,
.html through extractor.load; run with metadata found first, as `cchc extract` does; broken
down by class and by form: prose, DOCX tables, PDF tables, HTML tables). The ninth blind
round (corpora/unseen/9NN_*, `--set 9nn`) is read and reported the same way. The exit status is 1
when a seed misses a figure or the arithmetic on a seed is off; unseen and 6NN misses are
reported only, unless --strict (unseen).

    .venv/bin/python scripts/eval_figures.py [--with-metadata] [--verbose] [--set seeds|unseen|6nn|8nn|9nn|10nn|11nn|all] [--strict]
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Any, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractor.audit.arithmetic import check_arithmetic  # noqa: E402
from extractor.find.figures import (criterion_key, find_dossier_stats, find_ratios,  # noqa: E402
                                    find_scores, find_tasks)
from extractor.model import DocumentMeta, Extraction, Loaded, Page  # noqa: E402
from extractor.normalize import DocText, fold, strip_marks, to_stored  # noqa: E402

SEEDS = ROOT / "corpora" / "seeds"
UNSEEN = ROOT / "corpora" / "unseen"


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt"))


def unseen_files() -> list[Path]:
    """Unseen documents written for figures and arithmetic: 2NN_*.txt and 4NN_*.txt with a
    gold file (4NN: a second, blind round — ranking tables, SIPAS sub-indices, multi-year
    comparisons, quarters, two units in one paragraph, rounding, spaced thousands; 5NN: a third
    blind round — statistics by field, "kỳ báo cáo" with rates in parentheses, a commune's
    self-assessment, a multi-year SIPAS list, a sum error and a rank above its total)."""
    return sorted(t for t in UNSEEN.glob("[24]*.txt") if t.with_suffix(".gold.json").exists())


def blind_files() -> list[Path]:
    """The latest blind round (5NN_*.txt), reported with the unseen set but not yet held to
    zero misses by the test suite: what it still misses is the work list."""
    return sorted(t for t in UNSEEN.glob("5*.txt") if t.with_suffix(".gold.json").exists())


FORMATS = (".txt", ".docx", ".pdf", ".html")


def blind8_files() -> list[Path]:
    """The eighth round: 8NN_*.txt statistics grids flattened into text lines (sub-column
    header lines, a bare "Tổng" column, column groups, row labels holding digits), written
    by a helper who did not read the extractor; measured on the code before and after the
    flattened-grid fix (README)."""
    return sorted(t for t in UNSEEN.glob("8*.txt") if t.with_suffix(".gold.json").exists())


def _folder_files(folder: Path, pattern: str = "*") -> list[Path]:
    """The documents of any format the loader reads in `folder` matching `pattern`, each
    with its gold file beside it."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob(pattern) if p.suffix in FORMATS and gold_path(p).exists())


def blind6_files() -> list[Path]:
    """The sixth blind round (issue 10): 6NN_* documents of any format the loader reads,
    each with a `6NN_name.gold.json` beside it — DOCX statistics grids and ranking tables,
    ruled PDF tables with two-line headers, HTML portal tables and prose in every miss class
    of the issue. Reported, not yet held to thresholds."""
    return _folder_files(UNSEEN, "6*")


def blind9_files() -> list[Path]:
    """The ninth blind round (issue 10): 9NN_* documents of any format the loader reads, each
    with a `9NN_name.gold.json` beside it — prose in every miss class of the issue, mixed within
    each document (901-916), and tables in layouts the earlier rounds lack (917-924: DOCX
    merged header and row-group cells, HTML three-row headers, ruled PDFs with 'Số lượng |
    Tỷ lệ (%)' sub-columns and a 'đến hạn' column, text grids with a unit row or '|' cells).
    Written by a helper blind to the extractor; reported, not held to thresholds."""
    return _folder_files(UNSEEN, "9*")


BLIND10 = ROOT / "corpora" / "blind10"


BLIND11 = ROOT / "corpora" / "blind11"
BLIND12 = ROOT / "corpora" / "blind12"


def blind11_files() -> list[Path]:
    """The eleventh blind round (issue 10), corpora/blind11/: written by a helper blind to the
    extractor after the 10NN fixes, mixing every class of the earlier rounds, to measure on
    the code as it stands whether the figures generalise. Reported, not held to thresholds."""
    return _folder_files(BLIND11)


def blind12_files() -> list[Path]:
    """The twelfth blind round (issue 10), corpora/blind12/: written by helpers blind to the
    extractor after the 11NN fixes — prose (D01..) and tables (E01..) — to measure on the code
    as it stands whether the figures generalise. Reported, not held to thresholds."""
    return _folder_files(BLIND12)


def blind10_files() -> list[Path]:
    """The tenth blind round (issue 10), in its own folder corpora/blind10/: documents of any
    format the loader reads, each with a `NAME.gold.json` beside it — scope and period
    inheritance (subjects named sentences earlier, paragraph leads, total rows, objects that
    are not scopes) and the audit's parts-against-whole, stated-denominator and
    repeated-paragraph cases. Written by helpers blind to the extractor; reported, not held to
    thresholds."""
    return _folder_files(BLIND10)


def gold_path(path: Path) -> Path:
    return path.with_suffix(".gold.json")


SECTIONS = ("scores", "dossier_stats", "tasks", "ratios")
NAME_FIELDS = {"scope", "subject", "period", "criterion", "label"}
STRING_VALUE_FIELDS = {"indicator", "unit", "rating", "index_name"}
GOLD_ONLY_FIELDS = {"form", "class", "note"}  # describe a gold record, never compared
ARITH_RULES = {"sum-mismatch", "rate-mismatch", "score-exceeds-max", "rank-exceeds-total"}


def _value_pairs(entry: dict[str, Any]) -> dict[str, Any]:
    """Fields compared exactly: numbers, plus indicator/unit/rating."""
    out = {}
    for k, v in entry.items():
        if v is None or k in NAME_FIELDS or k in ("text", "page", "start", "end", "evidence",
                                                   "claims_total", "criterion_key", "note",
                                                   "form", "class"):
            continue
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            out[k] = v
        elif k in STRING_VALUE_FIELDS:
            out[k] = v
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(float(a) - float(b)) < 1e-9
    return a == b


def _pair_same(field: str, ours: Any, gold: Any) -> bool:
    """_same, except that an index name compares folded, either inside the other, with
    "điểm"/"chỉ số" left out ("PCI" == "Chỉ số PCI"; "thẩm định" == "điểm thẩm định")."""
    if field == "index_name" and isinstance(ours, str) and isinstance(gold, str):
        def key(x: str) -> str:
            x = re.sub(r"\b(?:diem|chi so)\b", " ", strip_marks(x))
            return " ".join(re.sub(r"[^\w ]+", " ", x).split())
        o, g = key(ours), key(gold)
        return bool(o and g) and (o in g or g in o)
    return _same(ours, gold)


def _name_ok(field: str, gold: str, ours: Optional[str]) -> bool:
    if ours is None:
        return False
    g, o = fold(str(gold)), fold(str(ours))
    if field == "period":
        import re
        gy, oy = set(re.findall(r"\d{4}", g)), set(re.findall(r"\d{4}", o))
        return bool(gy & oy)
    if field == "criterion":
        if criterion_key(gold) is None:  # a sub-index (SIPAS aspects): the name as written
            return g in o or o in g
        return criterion_key(gold) == criterion_key(ours)
    return g in o or o in g


def _identity_ok(section: str, gold: dict, ours: dict) -> bool:
    if section == "scores":
        if gold.get("indicator") != ours.get("indicator"):
            return False
        if gold.get("criterion"):
            return criterion_key(gold["criterion"]) == ours.get("criterion_key")
    return True


def _sub_index_name(name: Optional[str]) -> bool:
    """A PAR INDEX sub-index named as written ("điểm thẩm định", "điểm điều tra xã hội
    học": the whole name is one of rules/figures.yaml kind sub_index)."""
    if not name:
        return False
    from extractor.find.figure_vocab import union
    return bool(union("sub_index").fullmatch(" ".join(str(name).split())))


def canonical(section: str, rec: dict) -> dict:
    """One writing of one fact. A sub-index of the PAR INDEX is written two ways by gold
    files: indicator PAR_INDEX with `index_name` (6NN, the contract of issue 10, what the
    extractor emits) or indicator PAR_INDEX_CRITERION with the name as `criterion` (the
    shared real documents). Both are read as the first, on both sides of the comparison."""
    if (section == "scores" and rec.get("indicator") == "PAR_INDEX_CRITERION"
            and _sub_index_name(rec.get("criterion"))):
        rec = dict(rec, indicator="PAR_INDEX", index_name=rec["criterion"], criterion=None)
    return rec


_MESSAGE_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def message_numbers(message: str) -> list[float]:
    """Every value a number written in a finding's message may stand for, read the Vietnamese
    way ("6.612" = 6612, "97,5" = 97.5) and the English way ("6,612" = 6612, "97.5")."""
    out: list[float] = []
    for token in _MESSAGE_NUMBER.findall(message or ""):
        for thousands, decimal in ((".", ","), (",", ".")):
            digits = token.replace(thousands, "")
            if digits.count(decimal) <= 1:
                out.append(float(digits.replace(decimal, ".")))
    return out


def finding_matches(expected: dict[str, Any], finding: Any, severity: bool = True) -> bool:
    """A reported finding answers an expected one: same rule, same severity (when the gold
    gives one and `severity`), and each of the gold's `values` among the message's numbers."""
    if finding.rule != expected["rule"]:
        return False
    if severity and expected.get("severity") and finding.severity != expected["severity"]:
        return False
    numbers = message_numbers(finding.message)
    return all(any(abs(n - float(v)) < 1e-6 for n in numbers) for v in expected.get("values") or [])


def extract_seed(path: Path, with_metadata: bool = False) -> tuple[DocText, Extraction]:
    """Run the figure finders on one document: a .txt as one page of stored text (as the
    seeds always were), any other format through extractor.load."""
    if path.suffix == ".txt":
        doc = DocText.from_text(to_stored(path.read_text(encoding="utf-8")))
        loaded = Loaded(str(path), "", "txt", [Page(1, doc.text)])
    else:
        from extractor.load import load
        loaded = load(str(path))
        doc = DocText(loaded.pages)
    meta = DocumentMeta()
    if with_metadata:
        from extractor.stages import read_document as find_metadata
        meta = find_metadata(doc, loaded)
    ex = Extraction(source=loaded, document=meta, scores=find_scores(doc, meta),
                    dossier_stats=find_dossier_stats(doc, meta), tasks=find_tasks(doc, meta),
                    ratios=find_ratios(doc))
    return doc, ex


# ---- scope and period --------------------------------------------------------------------

# "các xã", "12 xã, thị trấn" (the units of a level, counted) are the commune level too
_LEVEL = re.compile(r"\b(?:cap|cac|\d{1,3}) (tinh|huyen|xa)\b")
# a level's own body named by its level word alone ("Bộ phận Một cửa huyện", "UBND xã"): that
# level, as "cấp huyện" is
_BODY_LEVEL = re.compile(r"\b(?:bo phan mot cua|bo phan tiep nhan va tra ket qua|ubnd|uy ban nhan dan|"
                         r"trung tam phuc vu hanh chinh cong) (tinh|huyen|xa)\b")
# the provincial departments as a block: the provincial level ("cấp tỉnh (các sở, ban, ngành)")
_DEPARTMENTS = re.compile(r"^(?:cac )?so ban nganh(?: (?:cap )?tinh)?$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_DATE = r"(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?"
_PERIOD_PATTERNS = [
    ("ytd", re.compile(r"tu\s+dau\s+nam(?:\s+\d{4})?\s+den(?:\s+het)?(?:\s+ngay)?\s+" + _DATE)),
    ("range", re.compile(r"(?:tu\s+(?:ngay\s+)?)?" + _DATE + r"\s*(?:-|–|—|den(?:\s+het)?(?:\s+ngay)?)\s*"
                         + _DATE)),
    ("quarter", re.compile(r"quy\s+(iv|iii|ii|i|[1-4])\b\s*(?:nam\s+|/\s*|-\s*)?(\d{4})")),
    ("months", re.compile(r"\b(6|9|sau|chin)\s+thang\s+(dau\s+|cuoi\s+)?(?:nam\s+)?(\d{4})")),
    ("month", re.compile(r"thang\s+(\d{1,2})\s*(?:/|-|\s+nam\s+|\s+)\s*(\d{4})")),
    ("span", re.compile(r"(?:giai\s+doan\s+)?\b(\d{4})\s*(?:-|–|den)\s*(\d{4})\b")),
    ("date", re.compile(_DATE)),
    ("year", re.compile(r"\b(\d{4})\b")),
]


def period_keys(period: Optional[str]) -> set[tuple]:
    """What a period phrase covers, as comparable keys (one per period it names):
    ("Q", 2024, 1), ("H", 2024, 1) for 6 tháng đầu năm, ("M9", 2023) for 9 tháng,
    ("M", 2021, 9), ("R", (2023, 12, 15), (2024, 3, 14)), ("Y", 2023), ("S", 2021, 2025).
    A lone date ("đến 15/9/2021") names no period."""
    if not period:
        return set()
    text = strip_marks(str(period))
    keys: set[tuple] = set()
    for kind, pat in _PERIOD_PATTERNS:
        def take(m: re.Match) -> str:
            g = m.groups()
            if kind == "ytd":  # "từ đầu năm đến ngày 30/9/2024"
                d2, m2, y2 = g
                if y2 is None:
                    return m.group()
                keys.add(("R", (int(y2), 1, 1), (int(y2), int(m2), int(d2))))
            elif kind == "range":
                d1, m1, y1, d2, m2, y2 = g
                if y2 is None:
                    return m.group()
                y2i = int(y2)
                y1i = int(y1) if y1 else (y2i - 1 if int(m1) > int(m2) else y2i)
                keys.add(("R", (y1i, int(m1), int(d1)), (y2i, int(m2), int(d2))))
            elif kind == "quarter":
                keys.add(("Q", int(g[1]), _ROMAN[g[0]]))
            elif kind == "months":
                n = 6 if g[0] in ("6", "sau") else 9
                y = int(g[2])
                keys.add(("H", y, 2) if n == 6 and (g[1] or "").startswith("cuoi")
                         else ("H", y, 1) if n == 6 else ("M9", y))
            elif kind == "month":
                if not 1 <= int(g[0]) <= 12:
                    return m.group()
                keys.add(("M", int(g[1]), int(g[0])))
            elif kind == "span":
                keys.add(("S", int(g[0]), int(g[1])))
            elif kind == "year":
                keys.add(("Y", int(g[0])))
            return " " * len(m.group())  # consumed: a year inside a quarter is not "năm"
        text = pat.sub(take, text)
    return keys


def _as_ranges(keys: set[tuple]) -> set[tuple]:
    """The keys with months from the start of a year also as their date range: "9 tháng năm
    2024" covers what "từ đầu năm đến ngày 30/9/2024" does."""
    out = set(keys)
    for k in keys:
        if k[0] == "M9":
            out.add(("R", (k[1], 1, 1), (k[1], 9, 30)))
        elif k[0] == "H":
            out.add(("R", (k[1], 1, 1), (k[1], 6, 30)) if k[2] == 1 else ("R", (k[1], 7, 1), (k[1], 12, 31)))
    return out


def period_ok(gold: Optional[str], ours: Optional[str]) -> bool:
    if gold is None:
        return True
    if ours is None:
        return False
    gk = period_keys(gold)
    if not gk:
        return _name_ok("label", gold, ours)
    bare = re.match(r"\s*(\d{4})\b", str(gold))
    if bare:  # gold written as a bare year ("2022"): only the year is checked
        return any(int(bare.group(1)) in _years(k) for k in period_keys(ours))
    return bool(_as_ranges(gk) & _as_ranges(period_keys(ours)))


def _years(key: tuple) -> set[int]:
    if key[0] == "R":
        return set(range(key[1][0], key[2][0] + 1))
    if key[0] == "S":
        return set(range(key[1], key[2] + 1))
    return {key[1]}


# the same thing written by another convention (README, "Scope conventions"):
# a total row named by its own words ("Tổng cộng", "Cộng", "Toàn huyện") in gold, by what it
# covers in the extract; the record's evidence must be that row
_TOTAL_LABEL = re.compile(r"(?:tong cong|tong so|tong|cong|toan (?:tinh|huyen|thi xa|thanh pho|quan|xa|phuong|thi tran))")
_ROW_START = re.compile(r"^[\s|]*(?:\d{1,3}[.)]?|[ivx]{1,4}[.)]?)?[\s|]*")
# a unit of a level named with its proper name ("Bộ phận Một cửa thành phố Sầm Sơn", "UBND
# thị xã A") is of that level: the district level's units, the commune level's; the cities
# run by the centre are provinces
_UNIT_LEVEL = re.compile(r"\b(?:bo phan mot cua|bo phan tiep nhan va tra ket qua|ubnd|uy ban nhan dan)\s+"
                         r"(huyen|quan|thi xa|thanh pho|xa|phuong|thi tran)\s+(\w[\w ]*)")
_LEVEL_OF_UNIT = {"huyen": "huyen", "quan": "huyen", "thi xa": "huyen", "thanh pho": "huyen",
                  "xa": "xa", "phuong": "xa", "thi tran": "xa"}
_CENTRAL_CITIES = {"ha noi", "ho chi minh", "hai phong", "da nang", "can tho", "hue"}
# "toàn tỉnh" in gold, the territory named in the extract ("tỉnh Lạng Sơn"): the whole unit
_WHOLE = re.compile(r"^(?:tren )?(?:toan|dia ban|tren dia ban) (tinh|huyen|thi xa|thanh pho|quan|xa|phuong|thi tran)\b")


def _unit_levels(o: str) -> set[str]:
    out = set()
    for kind, name in _UNIT_LEVEL.findall(o):
        if kind == "thanh pho" and any(f"{name} ".startswith(c + " ") for c in _CENTRAL_CITIES):
            out.add("tinh")
        else:
            out.add(_LEVEL_OF_UNIT[kind])
    return out


def same_by_convention(gold: str, ours: str, evidence: Optional[str] = None) -> bool:
    """Two writings of one scope that the plain comparison cannot see (each tested in
    tests/test_figures_scope.py): a gold total-row label against a record read from that
    row (its evidence starts with the label); a gold level against a body of a unit of that
    level ("cấp huyện" = "Bộ phận Một cửa thành phố Sầm Sơn"); a gold "toàn tỉnh" against
    the territory of that level named ("tỉnh Lạng Sơn")."""
    g = " ".join(re.sub(r"[^\w ]+", " ", strip_marks(gold).lower()).split())
    o = " ".join(re.sub(r"[^\w ]+", " ", strip_marks(ours).lower()).split())
    if evidence is not None and _TOTAL_LABEL.fullmatch(g):
        ev = " ".join(re.sub(r"[^\w |]+", " ", strip_marks(evidence).lower()).split())
        ev = _ROW_START.sub("", ev, count=1)
        if re.match(re.escape(g) + r"(?![\w])", ev):
            return True
    g_levels = set(_LEVEL.findall(g))
    if len(g_levels) == 1 and _LEVEL.sub("", g).strip() in ("", "ubnd", "uy ban nhan dan"):
        if g_levels == _unit_levels(o):
            return True
    w = _WHOLE.match(g)
    if w and o.startswith(w.group(1) + " ") and not _LEVEL.search(o):
        return True
    return False


def scope_ok(gold: Optional[str], ours: Optional[str], evidence: Optional[str] = None) -> bool:
    """Folded whole-word containment either way; a level ("cấp huyện") only with the same
    level, so "Với cấp xã, toàn tỉnh ..." read as "toàn tỉnh" is wrong; a level's own body
    ("Bộ phận Một cửa huyện", "UBND xã") is of that level; and the conventions of
    same_by_convention."""
    if gold is None:
        return True
    if ours is None:
        return False
    if same_by_convention(str(gold), str(ours), evidence):
        return True
    g, o = strip_marks(str(gold)), strip_marks(str(ours))
    g_levels = set(_LEVEL.findall(g))
    o_levels = set(_LEVEL.findall(o)) | set(_BODY_LEVEL.findall(o))
    if _DEPARTMENTS.match(" ".join(re.sub(r"[^\w ]+", " ", o.lower()).split())):
        o_levels.add("tinh")  # "các sở, ban, ngành" are the provincial level's bodies
    if g_levels and g_levels != o_levels:
        return False
    if not g_levels and set(_LEVEL.findall(o)):
        return False
    if _LEVEL.findall(g) and _LEVEL.sub("", g).strip(" ,") in ("", "ubnd", "uy ban nhan dan"):
        return True  # the gold names a level only, and ours is of that level
    g, o = re.sub(r"[^\w ]+", " ", g), re.sub(r"[^\w ]+", " ", o)
    g, o = " ".join(g.split()), " ".join(o.split())
    return bool(g and o) and (f" {g} " in f" {o} " or f" {o} " in f" {g} ")


def scope_period_checks(section: str, gold: dict, ours: dict) -> list[tuple[str, Any, Any, bool]]:
    """(field, gold value, our value, right) for each scope/period field the gold states."""
    out = []
    scope_field = "subject" if section == "scores" else "scope"
    if gold.get(scope_field) is not None:
        out.append((scope_field, gold[scope_field], ours.get(scope_field),
                    scope_ok(gold[scope_field], ours.get(scope_field), ours.get("text"))))
    if section == "scores":
        if gold.get("year") is not None:
            out.append(("year", gold["year"], ours.get("year"), _same(gold["year"], ours.get("year"))))
    elif gold.get("period") is not None and section != "ratios":
        out.append(("period", gold["period"], ours.get("period"),
                    period_ok(gold["period"], ours.get("period"))))
    return out


def form_of(path: Path, gold: dict) -> str:
    """prose, or "<format> table" for a record the gold marks as read from a table."""
    if gold.get("form") == "table":
        return {".docx": "DOCX tables", ".pdf": "PDF tables", ".html": "HTML tables"}.get(
            path.suffix, "text tables")
    return "prose"


def evaluate_file(path: Path, with_metadata: bool = False) -> dict[str, Any]:
    gold = json.loads(gold_path(path).read_text(encoding="utf-8"))
    doc, ex = extract_seed(path, with_metadata)
    res: dict[str, Any] = {"file": path.name, "format": path.suffix.lstrip("."),
                           "found": 0, "gold": 0, "missed": [], "extras": [],
                           "extracted": 0, "unchecked": 0,
                           "names_ok": 0, "names": 0, "name_misses": [],
                           "sp_ok": 0, "sp": 0, "sp_misses": [],
                           "by_class": {}, "by_form": {}, "traps": [],
                           "num_found": 0, "num_gold": 0, "by_section": {}}
    for section in SECTIONS:
        ours = [canonical(section, asdict(x)) for x in getattr(ex, section)]
        gold_entries = [canonical(section, g) for g in gold.get(section) or []]
        matched: dict[int, list[dict]] = {}  # extracted entry index -> gold entries
        for g in gold_entries:
            pairs = _value_pairs(g)
            best, best_hits = None, -1
            for o in ours:
                if not _identity_ok(section, g, o):
                    continue
                hits = sum(1 for k, v in pairs.items() if _pair_same(k, o.get(k), v))
                if hits > best_hits:
                    best, best_hits = o, hits
            if best is not None:
                matched.setdefault(next(i for i, o in enumerate(ours) if o is best), []).append(g)
            tallies = [res["by_class"].setdefault(g.get("class") or "plain", [0, 0]),
                       res["by_form"].setdefault(form_of(path, g), [0, 0])]
            for k, v in pairs.items():
                res["gold"] += 1
                hit = best is not None and _pair_same(k, best.get(k), v)
                if k not in STRING_VALUE_FIELDS:
                    res["num_gold"] += 1
                    res["num_found"] += hit
                    by_section = res["by_section"].setdefault(section, [0, 0])
                    by_section[0] += hit
                    by_section[1] += 1
                for t in tallies:
                    t[0] += hit
                    t[1] += 1
                if hit:
                    res["found"] += 1
                else:
                    res["missed"].append((section, g.get("criterion") or g.get("scope")
                                          or g.get("indicator"), k, v,
                                          best.get(k) if best else None))
            for k in sorted(NAME_FIELDS & {k for k, v in g.items() if v is not None}):
                res["names"] += 1
                if best is not None and _name_ok(k, g[k], best.get(k)):
                    res["names_ok"] += 1
                else:
                    res["name_misses"].append((section, k, g[k], best.get(k) if best else None))
            # scope and period, on records matched by at least one figure besides the year
            if best is not None and any(_same(best.get(k), v) for k, v in pairs.items()
                                        if k != "year" and k not in STRING_VALUE_FIELDS):
                checks = scope_period_checks(section, g, best)
                if checks:
                    res["sp"] += 1
                    if all(c[3] for c in checks):
                        res["sp_ok"] += 1
                    else:
                        res["sp_misses"].append((section, [c[:3] for c in checks if not c[3]]))
        for i, o in enumerate(ours):
            golds = [_value_pairs(g) for g in matched.get(i, [])]
            for k, v in _value_pairs(o).items():
                if k in STRING_VALUE_FIELDS:
                    continue  # extras count figures only
                res["extracted"] += 1
                stated = [g[k] for g in golds if k in g]
                if golds and not stated:
                    res["unchecked"] += 1
                elif not any(_same(v, w) for w in stated):
                    res["extras"].append((section, k, v, o.get("text", "")[:60]))
    extracted_values = [v for section in SECTIONS for o in getattr(ex, section)
                        for k, v in _value_pairs(asdict(o)).items()
                        if k not in STRING_VALUE_FIELDS and k != "year"]
    for trap in gold.get("not_figures") or []:
        if any(_same(trap["value"], v) for v in extracted_values):
            res["traps"].append((trap["value"], trap.get("text", "")))
    res["traps_planted"] = len(gold.get("not_figures") or [])
    findings = check_arithmetic(ex)
    res["findings"] = [(f.rule, f.severity, f.message) for f in findings]
    expected = [e["rule"] for e in gold.get("expected_findings") or [] if e["rule"] in ARITH_RULES]
    res["expected_arith"] = expected
    res["arith_expected_found"] = all(any(f.rule == r for f in findings) for r in expected)
    res["arith_unexpected"] = [(f.rule, f.severity, f.message) for f in findings
                               if f.severity in ("error", "warning") and f.rule not in expected]
    res["checks_that_hold"] = gold.get("checks_that_hold") or []
    wanted = [e for e in gold.get("expected_findings") or [] if e["rule"] in ARITH_RULES]
    res["fx_expected"] = len(wanted)
    res["fx_missing"] = [e for e in wanted if not any(finding_matches(e, f) for f in findings)]
    res["fx_found"] = len(wanted) - len(res["fx_missing"])
    # (rule, severity expected, severity reported, values): rule and values right, severity not
    res["fx_wrong_severity"] = [(e["rule"], e.get("severity"), f.severity, e.get("values"))
                                for e in res["fx_missing"]
                                for f in [next((f for f in findings
                                                if finding_matches(e, f, severity=False)), None)]
                                if f is not None]
    res["fx_unexpected"] = [(f.rule, f.severity, f.message) for f in findings
                            if f.severity in ("error", "warning")
                            and not any(finding_matches(e, f, severity=False) for e in wanted)]
    res["fx_false_error"] = any(u[1] == "error" for u in res["fx_unexpected"])
    return res


def _failed_file(path: Path, exc: Exception) -> dict[str, Any]:
    """A document the loader could not read: every gold figure of it is missed."""
    gold = json.loads(gold_path(path).read_text(encoding="utf-8"))
    res: dict[str, Any] = {"file": path.name, "format": path.suffix.lstrip("."), "found": 0,
                           "gold": 0, "missed": [], "extras": [], "extracted": 0, "unchecked": 0,
                           "names_ok": 0, "names": 0, "name_misses": [], "sp_ok": 0, "sp": 0,
                           "sp_misses": [], "by_class": {}, "by_form": {}, "traps": [],
                           "traps_planted": len(gold.get("not_figures") or []), "findings": [],
                           "expected_arith": [], "arith_expected_found": False,
                           "arith_unexpected": [], "checks_that_hold": [],
                           "failed": f"{type(exc).__name__}: {exc}", "num_found": 0,
                           "num_gold": 0}
    wanted = [e for e in gold.get("expected_findings") or [] if e["rule"] in ARITH_RULES]
    res.update(fx_expected=len(wanted), fx_found=0, fx_missing=wanted, fx_wrong_severity=[],
               fx_unexpected=[], fx_false_error=False)
    for section in SECTIONS:
        for g in gold.get(section) or []:
            for k, v in _value_pairs(g).items():
                res["gold"] += 1
                res["num_gold"] += k not in STRING_VALUE_FIELDS
                res["missed"].append((section, g.get("scope") or g.get("indicator"), k, v, None))
                for t in (res["by_class"].setdefault(g.get("class") or "plain", [0, 0]),
                          res["by_form"].setdefault(form_of(path, g), [0, 0])):
                    t[1] += 1
    return res


def _add(into: dict[str, list[int]], part: dict[str, list[int]]) -> None:
    for k, (a, b) in part.items():
        t = into.setdefault(k, [0, 0])
        t[0] += a
        t[1] += b


def evaluate_set(files: list[Path], with_metadata: bool = False,
                 verbose: bool = False) -> dict[str, Any]:
    """Print one line per file and return the set's totals."""
    tot = {"found": 0, "gold": 0, "extras": 0, "extracted": 0, "files": 0, "files_ok": 0,
           "arith_expected": 0, "arith_expected_found": 0, "arith_unexpected": 0, "ok": True,
           "sp_ok": 0, "sp": 0, "by_class": {}, "by_form": {}, "by_format": {},
           "traps": 0, "traps_planted": 0, "num_found": 0, "num_gold": 0,
           "fx_expected": 0, "fx_found": 0, "fx_wrong_severity": 0, "fx_unexpected": 0,
           "fx_false_error_files": 0}
    for path in files:
        try:
            r = evaluate_file(path, with_metadata)
        except Exception as exc:  # a file that cannot be read is reported, never skipped
            r = _failed_file(path, exc)
        tot["files"] += 1
        tot["found"] += r["found"]
        tot["gold"] += r["gold"]
        tot["extras"] += len(r["extras"])
        tot["extracted"] += r["extracted"]
        tot["sp_ok"] += r["sp_ok"]
        tot["sp"] += r["sp"]
        tot["traps"] += len(r["traps"])
        tot["num_found"] += r["num_found"]
        tot["num_gold"] += r["num_gold"]
        tot["traps_planted"] += r["traps_planted"]
        _add(tot["by_class"], r["by_class"])
        _add(tot["by_form"], r["by_form"])
        fmt = tot["by_format"].setdefault(r["format"], {"found": 0, "gold": 0, "extras": 0,
                                                        "extracted": 0, "sp_ok": 0, "sp": 0})
        for k in fmt:
            fmt[k] += len(r[k]) if isinstance(r[k], list) else r[k]
        tot["arith_expected"] += len(r["expected_arith"])
        tot["arith_expected_found"] += sum(1 for rule in r["expected_arith"]
                                           if any(f[0] == rule for f in r["findings"]))
        tot["arith_unexpected"] += len(r["arith_unexpected"])
        tot["fx_expected"] += r["fx_expected"]
        tot["fx_found"] += r["fx_found"]
        tot["fx_wrong_severity"] += len(r["fx_wrong_severity"])
        tot["fx_unexpected"] += len(r["fx_unexpected"])
        tot["fx_false_error_files"] += r["fx_false_error"]
        recall = r["found"] / r["gold"] if r["gold"] else 1.0
        if r.get("failed"):
            print(f"{r['file']}: LOAD FAILED ({r['failed']}); figures 0/{r['gold']}")
        print(f"{r['file']}: figures {r['found']}/{r['gold']} recall {recall:.3f}; "
              f"extras {len(r['extras'])}/{r['extracted']} ({r['unchecked']} unchecked); names {r['names_ok']}/{r['names']}; "
              f"arithmetic findings {len(r['findings'])} "
              f"(expected {r['expected_arith'] or '-'}: {'found' if r['arith_expected_found'] else 'MISSING'}; "
              f"unexpected error/warning {len(r['arith_unexpected'])})"
              f"; scope/period {r['sp_ok']}/{r['sp']}"
              + (f"; traps taken {len(r['traps'])}/{r['traps_planted']}" if r["traps_planted"] else "")
              + "; " + _findings_text(r["fx_found"], r["fx_expected"], len(r["fx_wrong_severity"]),
                                      len(r["fx_unexpected"]), int(r["fx_false_error"])))
        for m in r["missed"]:
            print("   MISSED", m)
        for u in r["arith_unexpected"]:
            print("   UNEXPECTED", u)
        if verbose:
            for e in r["extras"]:
                print("   extra", e)
            for n in r["name_misses"]:
                print("   name", n)
            for n in r["sp_misses"]:
                print("   scope/period", n)
            for t in r["traps"]:
                print("   trap taken", t)
            for f in r["findings"]:
                print("   finding", f)
            for e in r["fx_missing"]:
                print("   expected finding not found", (e["rule"], e.get("severity"), e.get("values")))
            for w in r["fx_wrong_severity"]:
                print("   wrong severity (rule, expected, reported, values)", w)
        file_ok = not r["missed"] and r["arith_expected_found"] and not r["arith_unexpected"]
        tot["files_ok"] += file_ok
        tot["ok"] = tot["ok"] and file_ok
    return tot


def _findings_text(found: int, expected: int, wrong_severity: int, unexpected: int,
                   false_error_files: int) -> str:
    return (f"findings expected found {found}/{expected}, wrong severity {wrong_severity}, "
            f"unexpected error/warning {unexpected}, files with a false error {false_error_files}")


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _total_line(name: str, tot: dict[str, Any]) -> str:
    recall = tot["found"] / tot["gold"] if tot["gold"] else 1.0
    precision = ((tot["extracted"] - tot["extras"]) / tot["extracted"]
                 if tot["extracted"] else 1.0)
    return (f"{name}: figures {tot['found']}/{tot['gold']} recall {recall:.3f}; extras "
            f"{tot['extras']} of {tot['extracted']} extracted, precision {precision:.3f}; "
            f"arithmetic expected {tot['arith_expected_found']}/{tot['arith_expected']}, "
            f"unexpected error/warning {tot['arith_unexpected']}; "
            f"files clean {tot['files_ok']}/{tot['files']}"
            f"; scope and period right on matched records {tot['sp_ok']}/{tot['sp']} "
            f"({_ratio(tot['sp_ok'], tot['sp']):.3f}); "
            + _findings_text(tot["fx_found"], tot["fx_expected"], tot["fx_wrong_severity"],
                             tot["fx_unexpected"], tot["fx_false_error_files"]))


def breakdown_lines(name: str, tot: dict[str, Any]) -> list[str]:
    """Recall per miss class and per form; recall, precision and scope/period per format."""
    lines = [f"  {name} numbers only (indicator/unit/index names left out): "
             f"{tot['num_found']}/{tot['num_gold']} recall {_ratio(tot['num_found'], tot['num_gold']):.3f}"]
    for fmt, f in sorted(tot["by_format"].items()):
        lines.append(f"  {name} .{fmt}: figures {f['found']}/{f['gold']} recall "
                     f"{_ratio(f['found'], f['gold']):.3f}; precision "
                     f"{_ratio(f['extracted'] - f['extras'], f['extracted']):.3f} "
                     f"({f['extras']} extras of {f['extracted']}); scope/period "
                     f"{f['sp_ok']}/{f['sp']}")
    for form, (a, b) in sorted(tot["by_form"].items()):
        lines.append(f"  {name} form {form}: recall {a}/{b} {_ratio(a, b):.3f}")
    for cls, (a, b) in sorted(tot["by_class"].items()):
        lines.append(f"  {name} class {cls}: recall {a}/{b} {_ratio(a, b):.3f}")
    if tot["traps_planted"]:
        lines.append(f"  {name} traps taken (a non-figure number extracted as a figure): "
                     f"{tot['traps']}/{tot['traps_planted']}")
    return lines


# the blind rounds after the unseen set, each read with metadata first: (--set key, heading,
# its files, whether recall per class, form and format is printed)
BLIND_ROUNDS = (
    ("8nn", "8NN (flattened grids in text)", blind8_files, False),
    ("6nn", "6NN (blind round of issue 10; any format, metadata first)", blind6_files, True),
    ("9nn", "9NN (ninth blind round of issue 10; any format, metadata first)", blind9_files, True),
    ("10nn", "10NN (tenth blind round of issue 10: scope, period, audit; corpora/blind10)",
     blind10_files, True),
    ("11nn", "11NN (eleventh blind round of issue 10; corpora/blind11)", blind11_files, True),
    ("12nn", "12NN (twelfth blind round of issue 10; corpora/blind12)", blind12_files, True),
)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--with-metadata", action="store_true",
                    help="fill DocumentMeta with extractor.find.metadata first (6NN always does)")
    ap.add_argument("--verbose", "-v", action="store_true")
    ap.add_argument("--set", choices=("seeds", "unseen", *(r[0] for r in BLIND_ROUNDS), "all"), default="all")
    ap.add_argument("--strict", action="store_true",
                    help="exit 1 on unseen misses too")
    args = ap.parse_args(argv)
    ok = True
    lines = []
    if args.set in ("seeds", "all"):
        print("== seeds")
        tot = evaluate_set(seed_files(), args.with_metadata, args.verbose)
        ok = ok and tot["ok"]
        lines.append(_total_line("TOTAL seeds", tot))
    if args.set in ("unseen", "all"):
        print("== unseen")
        tot = evaluate_set(unseen_files() + blind_files(), args.with_metadata, args.verbose)
        if args.strict:
            ok = ok and tot["ok"]
        lines.append(_total_line("TOTAL unseen", tot))
    for key, title, files_of, breakdown in BLIND_ROUNDS:
        files = files_of() if args.set in (key, "all") else []
        if files:
            print(f"== {title}")
            tot = evaluate_set(files, True, args.verbose)
            lines.append(_total_line(f"TOTAL {key.upper()}", tot))
            if breakdown:
                lines.extend(breakdown_lines(key.upper(), tot))
    for line in lines:
        print(line)
    return 0 if ok else 1

if __name__ == "__main__":
    sys.exit(main())
