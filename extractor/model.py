"""Plain data passed between stages. Field names follow the public extract contract
(`cchc.extract/1`, see docs in README): add fields freely, never rename one."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional


@dataclass
class RawTable:
    """A table as a loader read it: rows of cells in source order, each cell
    (text, colspan, rowspan). extractor/grammar/tables.py locates the cells in the page
    text and expands merged cells."""
    source: str  # docx | html | pdf
    rows: list[list[tuple[str, int, int]]]


@dataclass
class Page:
    """One page of text exactly as stored; every offset of every fact points into it."""
    number: int  # 1-based
    text: str
    ocr: bool = False
    tables: list[RawTable] = field(default_factory=list)  # in reading order


@dataclass
class Loaded:
    """What a loader returns: pages plus what it learnt about the source."""
    path: str
    sha256: str
    format: str  # pdf|txt|docx|html
    pages: list[Page]
    encoding: Optional[str] = None
    warnings: list[str] = field(default_factory=list)

    @property
    def ocr_pages(self) -> list[int]:
        return [p.number for p in self.pages if p.ocr]

    def source_json(self) -> dict[str, Any]:
        return {"path": self.path, "sha256": self.sha256, "format": self.format,
                "pages": len(self.pages), "ocr_pages": self.ocr_pages,
                "encoding": self.encoding, "warnings": list(self.warnings)}


class LoadError(Exception):
    """A file that cannot be read. str(exc) is a one-line reason, Vietnamese first."""


@dataclass
class Span:
    """Evidence: page (1-based) and character span into that page's stored text."""
    page: int
    start: int
    end: int
    text: str


@dataclass
class Unit:
    name: Optional[str] = None
    level: Optional[str] = None
    district: Optional[str] = None
    province: Optional[str] = None
    key: Optional[str] = None  # canonical key, used to link units across documents
    new_name: Optional[str] = None  # what it became from 2025-07-01, when known


@dataclass
class DocumentMeta:
    doc_type: Optional[str] = None
    number: Optional[str] = None
    date: Optional[str] = None
    place: Optional[str] = None
    issuer: Optional[str] = None
    unit: Optional[Unit] = None
    signer: Optional[str] = None
    signer_title: Optional[str] = None
    title: Optional[str] = None
    period: Optional[str] = None
    published: Optional[str] = None
    recipients: list[str] = field(default_factory=list)
    issuer_path: list[str] = field(default_factory=list)  # header hierarchy, top first
    # the signals that decided the genre/type (find/genre.py): "header_motto", "title_word",
    # "date_line", "prose_only" ...; see docs/extract-format.md
    doc_type_signals: list[str] = field(default_factory=list)
    evidence: dict[str, Span] = field(default_factory=dict)  # field name -> span


@dataclass
class Reference:
    doc_type: Optional[str]
    number: Optional[str]  # as written, whitespace removed
    key: Optional[str]  # canonical key linking mentions of one document
    ordinal: Optional[str]
    year: Optional[int]
    symbol: Optional[str]
    date: Optional[str]
    issuer: Optional[str]
    subject: Optional[str]
    relation: Optional[str]
    text: str
    page: int
    start: int
    end: int
    date_span: Optional[Span] = None  # where the date was read, when apart from text
    date_text: Optional[str] = None  # the date as written when it is not a real date (31/02/2019)
    issuer_inferred: bool = False  # True when issuer comes from the symbol, not the text


@dataclass
class Law:
    name: str
    year: Optional[int]
    text: str
    page: int
    start: int
    end: int
    date: Optional[str] = None


@dataclass
class Score:
    indicator: str  # PAR_INDEX|PAR_INDEX_CRITERION|SIPAS|OTHER_INDEX
    criterion: Optional[str]
    value: Optional[float]
    max: Optional[float]
    unit: Optional[str]
    year: Optional[int]
    rank: Optional[int]
    rank_total: Optional[int]
    rating: Optional[str]
    subject: Optional[str]
    text: str
    page: int
    start: int
    end: int
    criterion_key: Optional[str] = None  # canonical id from rules/criteria.yaml
    index_name: Optional[str] = None  # for OTHER_INDEX: PCI, PAPI ...
    change: Optional[float] = None
    target: Optional[float] = None  # a target the text states next to the score ("mục tiêu ... (78%)")
    rank_change: Optional[int] = None  # places gained (+) or lost (-): "tăng 03 bậc"
    # the unit the subject names, resolved by the resolve stage (stored as unit_id)
    scope_unit: Optional[Unit] = None


DOSSIER_FIELDS = ("received", "carried_over", "online", "in_person", "to_resolve", "resolved",
                  "resolved_early", "resolved_on_time", "resolved_late", "pending",
                  "pending_on_time", "pending_overdue", "returned", "resolved_rate",
                  "on_time_rate", "late_rate", "online_rate", "due", "early_rate",
                  "returned_rate")
# a count field -> the field of its rate (percent) in a dossier statistic
DOSSIER_RATE_OF = {"resolved": "resolved_rate", "resolved_on_time": "on_time_rate",
                   "resolved_late": "late_rate", "online": "online_rate",
                   "resolved_early": "early_rate", "returned": "returned_rate"}


@dataclass
class DossierStat:
    scope: Optional[str]
    period: Optional[str]
    text: str
    page: int
    start: int
    end: int
    received: Optional[float] = None
    carried_over: Optional[float] = None
    online: Optional[float] = None
    in_person: Optional[float] = None  # received in person or by post (trực tiếp, bưu chính)
    to_resolve: Optional[float] = None
    resolved: Optional[float] = None
    resolved_early: Optional[float] = None
    resolved_on_time: Optional[float] = None
    resolved_late: Optional[float] = None
    pending: Optional[float] = None
    pending_on_time: Optional[float] = None
    pending_overdue: Optional[float] = None
    returned: Optional[float] = None
    resolved_rate: Optional[float] = None
    on_time_rate: Optional[float] = None
    late_rate: Optional[float] = None
    online_rate: Optional[float] = None
    due: Optional[float] = None  # dossiers that fell due in the period (đến hạn): some reports' rate base
    early_rate: Optional[float] = None  # resolved early (trước hạn), percent
    returned_rate: Optional[float] = None  # returned / refused (trả lại), percent
    # field name -> span of the figure itself, for findings' evidence
    evidence: dict[str, Span] = field(default_factory=dict)
    # True when the text itself claims the parts make up the whole ("gồm", "trong đó")
    claims_total: bool = False
    # the unit the scope names, resolved by the resolve stage (stored as unit_id)
    scope_unit: Optional[Unit] = None
    # rate field -> the count field the text says the rate is taken against ("tỷ lệ đúng
    # hạn đạt 98,5% trên tổng số hồ sơ đến hạn": {"on_time_rate": "due"}); only rates whose
    # denominator the text states (vocabulary: rules/figures.yaml kind rate_base)
    rate_bases: dict[str, str] = field(default_factory=dict)
    # internal (not in the contract): the table a row was read from (its reading order in
    # the document) and whether the row is that table's total row ("Tổng cộng")
    table: Optional[str] = None  # "docx#2": the table's source and its place in reading order
    total_row: bool = False


@dataclass
class Task:
    done: int
    total: int
    period: Optional[str]
    text: str
    page: int
    start: int
    end: int
    rate: Optional[float] = None  # stated rate, when the text gives one


@dataclass
class Ratio:
    """A part/total with a stated rate ("17/2744 ý kiến ... chiếm 0,61%")."""
    part: float
    total: float
    stated_rate: Optional[float]
    label: Optional[str]
    text: str
    page: int
    start: int
    end: int


@dataclass
class Finding:
    rule: str
    severity: str  # error|warning|info
    message: str  # Vietnamese
    message_en: str
    evidence: list[Span]
    number: Optional[str] = None
    date: Optional[str] = None
    suggestion: Optional[str] = None
    doc_sha256: Optional[str] = None  # for cross-document findings: the document it is filed on


# fields of a fact that the extract contract leaves out (internal to the stages), by the
# contract's list name: stages.to_contract drops them, query.document_view never reads them
CONTRACT_OMITS: dict[str, tuple[str, ...]] = {
    "references": ("date_span",),
    "scores": ("scope_unit",),
    "dossier_stats": ("evidence", "scope_unit", "table", "total_row"),
    "findings": ("doc_sha256",),
}


@dataclass
class Extraction:
    """Everything found in one document; the extract JSON is its serialization."""
    source: Loaded
    document: DocumentMeta
    references: list[Reference] = field(default_factory=list)
    laws: list[Law] = field(default_factory=list)
    scores: list[Score] = field(default_factory=list)
    dossier_stats: list[DossierStat] = field(default_factory=list)
    tasks: list[Task] = field(default_factory=list)
    ratios: list[Ratio] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
