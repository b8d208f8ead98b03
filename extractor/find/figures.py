"""Figures inside cải cách hành chính reports: index scores (PAR INDEX, criteria, SIPAS,
other indices), dossier statistics (hồ sơ thủ tục hành chính), tasks done, and
part/total ratios with a stated rate.

Vocabulary is data (rules/figures.yaml, rules/criteria.yaml); this module holds the
grammar: which cue a number belongs to, which figures form one statistic, which year and
unit a score is for. Everything is matched on `doc.view` (same length as the stored
text) so match offsets are document offsets; `doc.span()` gives the evidence.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Optional

import bisect
from itertools import islice

import regex

from extractor.find.numbers import NUM_TOKEN, Num, find_fractions, find_numbers, parse_number, split_row
from extractor.model import DocumentMeta, DossierStat, Ratio, Score, Task
from extractor.normalize import DocText, strip_marks
from extractor.rules import load_rules

# ==== vocabulary (compiled from rules/figures.yaml and rules/criteria.yaml) ============

# Tone-mark placement varies ("hoà"/"hòa", "uỷ"/"ủy"): either spelling matches.
_TONE_PAIRS = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"),
               ("òe", "oè"), ("óe", "oé"), ("ỏe", "oẻ"), ("õe", "oẽ"), ("ọe", "oẹ"),
               ("ùy", "uỳ"), ("úy", "uý"), ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ")]
_TONE_ALT: dict[str, str] = {}
for _a, _b in _TONE_PAIRS:
    _TONE_ALT[_a] = _TONE_ALT[_b] = f"(?:{_a}|{_b})"
_TONE_RE = regex.compile("|".join(regex.escape(k) for k in _TONE_ALT))


def tone_tolerant(pattern: str) -> str:
    return _TONE_RE.sub(lambda m: _TONE_ALT[m.group()], pattern)


def compile_cue(pattern: str) -> regex.Pattern:
    """A vocabulary pattern as matched on the match view: case-insensitive, tone-mark
    placement tolerant, never starting or ending inside a word."""
    return regex.compile(r"(?<!\w)(?:" + tone_tolerant(pattern) + r")(?!\w)", regex.I)


@dataclass
class Cue:
    kind: str
    key: str
    pattern: regex.Pattern
    position: str = "before"
    extra: Optional[dict[str, Any]] = None


_ANCHORED_KINDS = ("criterion_prefix", "period_exclude", "dossier_unit", "score_total")  # no word boundary
_CELL_KINDS = ("ranking_column",)  # matched against a whole table cell


@lru_cache(maxsize=1)
def cues() -> list[Cue]:
    out = []
    for e in load_rules("figures").entries:
        d = e.model_dump()
        if not d.get("pattern"):
            continue
        pat = d["pattern"]
        if d["kind"] in _CELL_KINDS:
            compiled = regex.compile(r"^\s*(?:" + tone_tolerant(pat) + r")\s*$", regex.I)
        elif d["kind"] in _ANCHORED_KINDS:
            compiled = regex.compile(tone_tolerant(pat), regex.I)
        else:
            compiled = compile_cue(pat)
        out.append(Cue(d["kind"], str(d["key"]), compiled, d.get("position") or "before", d))
    return out


def of_kind(kind: str, position: Optional[str] = None) -> list[Cue]:
    return [c for c in cues() if c.kind == kind and (position is None or c.position == position)]


@lru_cache(maxsize=None)
def union(kind: str, position: Optional[str] = None) -> regex.Pattern:
    """One alternation of every pattern of a kind ('is there any X here')."""
    return regex.compile("|".join(f"(?:{c.pattern.pattern})" for c in of_kind(kind, position)),
                         regex.I)


def _top_alternatives(pattern: str) -> list[str]:
    """Split a regex source at its top-level '|' (outside groups and character classes)."""
    parts, depth, in_class, cur, i = [], 0, False, [], 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            cur.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if ch == "]" and not (cur and cur[-1] == "["):
                in_class = False
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(cur))
            cur = []
            i += 1
            continue
        cur.append(ch)
        i += 1
    parts.append("".join(cur))
    return parts


@lru_cache(maxsize=None)
def _alternatives(cue_index: int) -> list[regex.Pattern]:
    """A cue's top-level alternatives compiled one by one. The regex engine finds a
    required literal for each alone ("tiếp nhận") but not for their alternation, so
    scanning a long text alternative by alternative is ~10x faster."""
    c = cues()[cue_index]
    raw = c.extra["pattern"]
    alts = _top_alternatives(raw)
    if len(alts) == 1 or c.kind in _CELL_KINDS:
        return [c.pattern]
    if c.kind in _ANCHORED_KINDS:
        return [regex.compile(tone_tolerant(a), regex.I) for a in alts]
    return [compile_cue(a) for a in alts]


@lru_cache(maxsize=1)
def _cue_index() -> dict[int, int]:
    return {id(c): i for i, c in enumerate(cues())}


def scan(cue: Cue, view: str, pos: int = 0, endpos: Optional[int] = None) -> list[tuple[int, int]]:
    """(start, end) of every match of cue.pattern.finditer(view, pos, endpos), computed
    from its alternatives: at each start the first alternative (in pattern order) that
    matches wins, and scanning resumes at the end of the match, as finditer does."""
    endpos = len(view) if endpos is None else endpos
    alts = _alternatives(_cue_index()[id(cue)])
    if len(alts) == 1:
        return [(m.start(), m.end()) for m in cue.pattern.finditer(view, pos, endpos)]
    at: dict[int, tuple[int, int]] = {}
    for i, a in enumerate(alts):
        for m in a.finditer(view, pos, endpos, overlapped=True):
            s = m.start()
            if s not in at or at[s][0] > i:
                at[s] = (i, m.end())
    out = []
    cur = pos
    for s in sorted(at):
        if s < cur:
            continue
        e = at[s][1]
        out.append((s, e))
        cur = e if e > s else s + 1
    return out


@lru_cache(maxsize=1)
def _criteria() -> list[tuple[str, str]]:
    pairs = []
    for e in load_rules("criteria").entries:
        for alias in [e.name] + list(getattr(e, "aliases", []) or []):
            pairs.append((strip_marks(alias), e.key))
    pairs.sort(key=lambda p: -len(p[0]))
    return pairs


def criterion_key(name: Optional[str]) -> Optional[str]:
    """Canonical criterion id (rules/criteria.yaml) of a criterion name as written; the
    longest alias contained in the name wins."""
    if not name:
        return None
    folded = strip_marks(name)
    for alias, key in _criteria():
        if alias and alias in folded:
            return key
    return None


# ==== shared grammar ==================================================================

_SENT_END = regex.compile(r"[.;!?](?=\s|$)|\s{3,}")
# a proper name's capitalised words (not a period starting the next line: "Năm 2023, ...")
_NAME_TAIL = regex.compile(r"(?:[ ]+(?!(?:Năm|Quý|Tháng|Ngày|Kỳ)\s+(?:\d|[IVX]+\b))(?:\p{Lu}[\p{L}\-]*|\d+))+")
_LEVEL_WORDS = r"tỉnh|thành phố|thị xã|huyện|quận|xã|phường|thị trấn"
_YEAR_IN = regex.compile(r"\d{4}")
_NUM_GAP_BAN = regex.compile(r"\d")


def _sentence_bounds(view: str, pos: int, limit: int = 600) -> tuple[int, int]:
    """(start, end) of the sentence around pos, looking at most `limit` characters
    either way. Answered from the document's sentence index (one regex pass)."""
    return _sentences(view).bounds(pos, limit)


def _sentence_bounds_scan(view: str, pos: int, limit: int = 600) -> tuple[int, int]:
    lo = max(0, pos - limit)
    start = lo
    for m in _SENT_END.finditer(view, lo, pos):
        start = m.end()
    m = _SENT_END.search(view, pos, min(len(view), pos + limit))
    end = m.start() if m else min(len(view), pos + limit)
    return start, end


class _Sentences:
    """Every sentence end of a text, found once; bounds() gives what a scan of the
    `limit` characters around a position would give (it falls back to that scan where
    the index cannot tell: inside whitespace, or no sentence end within reach)."""

    def __init__(self, view: str):
        self.view = view
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _SENT_END.finditer(view):
            self.starts.append(m.start())
            self.ends.append(m.end())

    def bounds(self, pos: int, limit: int = 600) -> tuple[int, int]:
        view = self.view
        if view[pos:pos + 1].isspace() or view[pos - 1:pos] in (".", ";", "!", "?"):
            return _sentence_bounds_scan(view, pos, limit)
        lo = max(0, pos - limit)
        hi = min(len(view), pos + limit)
        i = bisect.bisect_right(self.ends, pos) - 1
        j = bisect.bisect_left(self.starts, pos)
        if not (i >= 0 and self.starts[i] >= lo) or not (j < len(self.starts) and self.ends[j] <= hi):
            return _sentence_bounds_scan(view, pos, limit)
        return self.ends[i], self.starts[j]

    def hard_start(self, pos: int) -> int:
        """End of the last sentence end at or before pos (0 if none)."""
        i = bisect.bisect_right(self.ends, pos) - 1
        return self.ends[i] if i >= 0 else 0

    def hard_end(self, pos: int) -> int:
        """Start of the first sentence end at or after pos (the text's end if none)."""
        j = bisect.bisect_left(self.starts, pos)
        return self.starts[j] if j < len(self.starts) else len(self.view)

    def windows(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """Spans widened to whole sentences and merged (also across short gaps, which
        are whole sentences too). No cue contains a sentence end,
        so a cue scan inside these windows finds exactly the whole-text matches there."""
        out: list[list[int]] = []
        for a, b in sorted((self.hard_start(a), self.hard_end(b)) for a, b in spans):
            if out and a <= out[-1][1] + 300:  # still whole sentences: fewer, longer scans
                out[-1][1] = max(out[-1][1], b)
            else:
                out.append([a, b])
        return [(a, b) for a, b in out]


_SENT_CACHE: list = [None, None]


def _sentences(view: str) -> _Sentences:
    if _SENT_CACHE[0] is not view:
        _SENT_CACHE[0], _SENT_CACHE[1] = view, _Sentences(view)
    return _SENT_CACHE[1]


_AGENCY_NAME = regex.compile(
    r"(?:[ ]+(?!(?:tiếp|nhận|đã|đang|được|giải|có|trong|tại|năm|quý|tháng|là|với|và|thực|tổ|báo)(?!\p{L}))"
    r"[\p{L}\-]+){1,8}", regex.I)


def _with_name(view: str, end: int) -> int:
    """Extend a scope/subject mention over a following capitalised proper name."""
    m = _NAME_TAIL.match(view, end, min(len(view), end + 300))
    return m.end() if m else end


def _period_before(view: str, pos: int, window: int = 1500, floor: int = 0) -> Optional[regex.Match]:
    """Last period expression ("năm 2018", "6 tháng đầu năm 2021") before pos, skipping
    comparisons ("so với năm 2017")."""
    lo = max(floor, pos - window)
    excl = union("period_exclude")
    last = None
    for m in union("period").finditer(view, lo, pos):
        if excl.search(view[max(0, m.start() - 20):m.start()]):
            continue
        last = m
    return last


_CUTOFF_DATE = regex.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})$")


def _with_cutoff(view: str, period: str, p_start: int, pos: int, before: int = 300) -> str:
    """'năm 2021' -> 'năm 2021 (đến 15/9/2021)' when a cut-off date of that year is
    stated shortly before the period or between it and the figures at pos."""
    year = _year_of(period)
    last = None
    for m in union("period_cutoff").finditer(view, max(0, p_start - before), pos):
        d = _CUTOFF_DATE.search(m.group())
        if d and int(d.group(3)) == year:
            last = d
    if last is None or "(" in period:
        return period
    return f"{period} (đến {last.group(1)}/{last.group(2)}/{last.group(3)})"


def _period_at(view: str, pos: int, meta: Optional[DocumentMeta], window: int = 1500) -> Optional[str]:
    """The period of figures at pos: the last period expression before them (with its
    cut-off date when one is stated), else the document's period."""
    pm = _period_before(view, pos, window=window)
    if pm is None:
        return _meta_period(meta)
    period = _clean_period(view[pm.start():pm.end()])
    if _year_of(period) is None and period.endswith("năm"):
        # "trong 6 tháng đầu năm" restates the report's period: the year is the one of
        # the last period stated with a year (the title's), else the document's
        year = None
        prev = pm.start()
        while year is None and prev > 0:
            earlier = _period_before(view, prev, window=5000)
            if earlier is None:
                break
            year = _year_of(view[earlier.start():earlier.end()])
            prev = earlier.start()
        year = year or _year_of(_meta_period(meta))
        if year is not None:
            period = f"{period} {year}"
    return _with_cutoff(view, period, pm.start(), pos)


def _clean_period(text: str) -> str:
    text = " ".join(text.split())
    return text[:1].lower() + text[1:]


def _meta_period(meta: Optional[DocumentMeta]) -> Optional[str]:
    if meta is None:
        return None
    if meta.period:
        return meta.period
    if meta.date and len(meta.date) >= 4 and meta.date[:4].isdigit():
        return f"năm {meta.date[:4]}"
    return None


def _meta_unit(meta: Optional[DocumentMeta]) -> Optional[str]:
    """The reporting unit's name ("xã Tóc Tiên") from metadata, when another stage found it."""
    if meta is None:
        return None
    if meta.unit is not None and meta.unit.name:
        return meta.unit.name
    if meta.issuer:
        m = regex.search(r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+)?((?:" + _LEVEL_WORDS
                         + r")\b.*)$", meta.issuer, regex.I)
        if m:
            return m.group(1).strip()
    return None


def _complete_subject(subject: str, meta: Optional[DocumentMeta]) -> str:
    """'thành phố' -> 'thành phố Nha Trang' when the reporting unit is that city."""
    unit = _meta_unit(meta)
    if not unit:
        return subject
    m = regex.match(r"^(?:(UBND|Ủy ban nhân dân)\s+)?(" + _LEVEL_WORDS + r")$", subject.strip(), regex.I)
    if m and strip_marks(unit).startswith(strip_marks(m.group(2)) + " "):
        return (m.group(1) + " " if m.group(1) else "") + unit
    return subject


def _year_of(period: Optional[str]) -> Optional[int]:
    if not period:
        return None
    m = _YEAR_IN.search(period)
    return int(m.group()) if m else None


def _percent_at(view: str, pos: int, limit: int) -> Optional[Num]:
    for n in find_numbers(view, pos, min(len(view), pos + limit), kind="decimal"):
        return n if n.percent else None
    return None


# ==== dossier statistics ==============================================================

RATE_OF = {"resolved": "resolved_rate", "resolved_on_time": "on_time_rate",
           "resolved_late": "late_rate", "online": "online_rate"}
_SKIP_BEFORE = regex.compile(
    r"(?:mức độ|năm|ngày|tháng|quý|số|khoản|điều|điểm|lần|giai đoạn|đợt|lớp|thứ|ISO)\s*$", regex.I)
_SHORT_GAP = regex.compile(r"^[\s:,(]*(?:(?:là|đạt|có|được|gồm|với|bằng)\s*)?[\s:]*$", regex.I)


@dataclass
class _Fig:
    field: str
    value: Any
    start: int  # cue start (or number start)
    end: int  # number end
    num_start: int
    scope: Optional[tuple[str, Optional[str], str, bool]] = None  # (level, name, text, strong)


@dataclass
class _Match:
    start: int
    end: int
    key: str


def _all(kind: str, view: str, position: Optional[str] = None,
         windows: Optional[list[tuple[int, int]]] = None) -> list[_Match]:
    out = []
    for c in of_kind(kind, position):
        for a, b in windows if windows is not None else [(0, len(view))]:
            for s, e in scan(c, view, a, b):
                out.append(_Match(s, e, c.key))
    out.sort(key=lambda x: (x.end, -(x.end - x.start)))
    return out


class _Cues:
    """Cue matches sorted by end, for 'the cue ending nearest before a number'."""

    def __init__(self, matches: list[_Match]):
        self.matches = sorted(matches, key=lambda x: (x.end, -(x.end - x.start)))
        self.ends = [m.end for m in self.matches]

    def nearest(self, lo: int, hi: int) -> Optional[_Match]:
        """Cue within [lo, hi] ending nearest hi; the longest on a tie."""
        i = bisect.bisect_right(self.ends, hi) - 1
        best = None
        while i >= 0 and self.ends[i] >= lo:
            m = self.matches[i]
            if m.start >= lo and (best is None or m.end > best.end
                                  or (m.end == best.end and m.start < best.start)):
                best = m
            if best is not None and m.end < best.end:
                break
            i -= 1
        return best


def _scope_mentions(view: str, windows: Optional[list[tuple[int, int]]] = None
                    ) -> list[tuple[int, int, str, Optional[str], str, bool]]:
    """(start, end, level, name, text, strong) for every scope mention (inside the
    windows when given)."""
    out = []
    for c in of_kind("scope"):
        for a, b in windows if windows is not None else [(0, len(view))]:
            for m_start, m_end in scan(c, view, a, b):
                end = _with_name(view, m_end)
                if c.key == "đơn vị":  # an agency's name runs up to its verb
                    nm = _AGENCY_NAME.match(view, m_end, min(len(view), m_end + 120))
                    end = max(end, nm.end()) if nm else end
                text = view[m_start:end].strip()
                name = view[m_end:end].strip() or None
                strong = (view[max(0, m_start - 4):m_start].lower() == "tại "
                          or view[end:end + 2].lstrip().startswith(":"))
                out.append((m_start, end, c.key, name, text, strong))
    out.sort()
    return out


@lru_cache(maxsize=1)
def _unit_re() -> regex.Pattern:
    """'hồ sơ' right after a number, glued or not ("01hồ sơ")."""
    raw = "|".join(tone_tolerant(c.extra["pattern"]) for c in of_kind("dossier_unit"))
    return regex.compile(r"\s*(?:" + raw + r")(?!\w)", regex.I)


def _dossier_figures(doc: DocText) -> list[_Fig]:
    view = doc.view
    sents = _sentences(view)
    context_re = union("dossier_context")
    rate_cue_re = union("dossier_rate")
    # numbers in a sentence about dossiers; cues are only looked for in those sentences.
    # A rate clause after ";" names no dossier but its cue does ("...; tỷ lệ đúng hạn đạt 99,6%")
    cands = []
    for n in find_numbers(view, kind="count"):
        s_start, s_end = sents.bounds(n.start)
        if context_re.search(view, s_start, s_end) or (
                n.percent and rate_cue_re.search(view, s_start, n.start)):
            cands.append((n, s_start, s_end))
    windows = sents.windows([(s_start, s_end) for _, s_start, s_end in cands])
    fields = _Cues(_all("dossier_field", view, "before", windows))
    rates = _Cues(_all("dossier_rate", view, None, windows))
    after_pats = of_kind("dossier_field", "after")
    target_re = union("target")
    link_re = union("rate_link")
    qual_re = union("qualifier")
    figs: list[_Fig] = []
    prev: Optional[_Fig] = None
    for n, s_start, s_end in cands:
        lo = max(s_start, prev.end if prev else 0)
        fig = None
        if n.percent:
            cue = rates.nearest(lo, n.start)
            if cue and len(view[cue.end:n.start]) <= 50 and not _NUM_GAP_BAN.search(view[cue.end:n.start]):
                fig = _Fig(cue.key, n.value, cue.start, n.end, n.start)
            else:
                cue = fields.nearest(lo, n.start)
                if (cue and RATE_OF.get(cue.key) and _SHORT_GAP.match(view[cue.end:n.start])):
                    fig = _Fig(RATE_OF[cue.key], n.value, cue.start, n.end, n.start)
                elif (prev and prev.field in RATE_OF and n.start - prev.end <= 40
                      and link_re.search(view[prev.end:n.start])
                      and not _NUM_GAP_BAN.search(qual_re.sub("", view[prev.end:n.start]))):
                    fig = _Fig(RATE_OF[prev.field], n.value, n.start, n.end, n.start)
                    cue = None
        else:
            if _SKIP_BEFORE.search(view[max(0, n.start - 12):n.start]):
                continue
            unit = _unit_re().match(view, n.end, min(len(view), n.end + 120))
            p = n.end + len(view[n.end:n.end + 3]) - len(view[n.end:n.end + 3].lstrip())
            after = None
            for c in after_pats:
                m = c.pattern.match(view, p, min(len(view), p + 120))
                if m:
                    after = (c.key, m.end())
                    break
            cue = fields.nearest(lo, n.start)
            if after:
                fig = _Fig(after[0], n.value, n.start, after[1], n.start)
            elif cue:
                gap = view[cue.end:n.start]
                ok = (_SHORT_GAP.match(gap) if not unit
                      else len(gap) <= 60 and not _NUM_GAP_BAN.search(gap)
                      and not union("change_word").search(gap))
                if ok:
                    fig = _Fig(cue.key, n.value, cue.start, unit.end() if unit else n.end, n.start)
        if fig is None:
            continue
        t_lo = max(s_start, fig.start - 30, prev.end if prev else 0)
        if target_re.search(view[t_lo:fig.num_start]):
            continue
        figs.append(fig)
        prev = fig
    figs = [f for f in figs if not f.field.startswith("_")]
    _total_with_breakdown(figs)
    return figs


def _total_with_breakdown(figs: list[_Fig]) -> None:
    """"tiếp nhận 8.652 hồ sơ (kỳ trước chuyển sang 215, tiếp nhận mới 8.437)": a received
    figure followed by carried-over and received figures that add up to it is the total
    to resolve, not a second statistic."""
    for i, f in enumerate(figs[:-2]):
        if f.field != "received":
            continue
        nxt = figs[i + 1:i + 3]
        if ({g.field for g in nxt} == {"carried_over", "received"}
                and nxt[-1].start - f.end <= 300
                and abs(sum(g.value for g in nxt) - f.value) < 1e-9):
            f.field = "to_resolve"


def _compatible(a: Optional[tuple], b: Optional[tuple]) -> bool:
    if a is None or b is None:
        return True
    if a[0] != b[0]:
        return False
    return a[1] is None or b[1] is None or strip_marks(a[1]) == strip_marks(b[1])


def _restated(values: dict[str, Any], scope: Optional[tuple], year: Optional[int],
              kept: list[tuple[Optional[tuple], Optional[int], dict[str, Any]]]) -> bool:
    """A group whose every figure was already stated, with the same value, by an earlier
    statistic of a compatible scope and the same year is a restatement ("tỷ lệ hồ sơ trễ
    hạn ... giảm xuống còn 1,07%" in a conclusion), not a new statistic."""
    for k_scope, k_year, k_values in kept:
        if not _compatible(k_scope, scope):
            continue
        if year is not None and k_year is not None and year != k_year:
            continue
        if all(f in k_values and k_values[f] == v for f, v in values.items()):
            return True
    return False


def _group_dossier(doc: DocText, figs: list[_Fig], meta: Optional[DocumentMeta],
                   tables: list[tuple[int, int]] = ()) -> list[DossierStat]:
    view = doc.view
    sents = _sentences(view)
    mentions = _scope_mentions(view, sents.windows([(max(0, f.start - 400), f.start) for f in figs]))
    # a table row's unit is that row's scope, not the scope of the prose after the table
    mentions = [m for m in mentions if not any(a <= m[0] < b for a, b in tables)]
    groups: list[list[_Fig]] = []
    scopes: list[Optional[tuple]] = []
    last_end = 0
    starts = [m[0] for m in mentions]
    for f in figs:
        lo = max(last_end, f.start - 400)
        i = bisect.bisect_left(starts, lo)
        window = []
        while i < len(mentions) and mentions[i][0] < f.start:
            if mentions[i][1] <= f.start:
                window.append(mentions[i])
            i += 1
        strong = [m for m in window if m[5]]
        pick = (strong or window)[-1] if window else None
        scope = (pick[2], pick[3], pick[4], pick[5]) if pick else None
        cur = groups[-1] if groups else None
        new = (cur is None or f.start - cur[-1].end > 700
               or any(g.field == f.field for g in cur)
               or not _compatible(scopes[-1], scope))
        if new:
            groups.append([f])
            scopes.append(scope)
        else:
            cur.append(f)
            if scopes[-1] is None and scope is not None:
                scopes[-1] = scope
        last_end = f.end
    claims = union("claims_total")
    out = []
    kept: list[tuple[Optional[tuple], Optional[int], dict[str, Any]]] = []
    for g, scope in zip(groups, scopes):
        period = _period_at(view, g[0].start, meta)
        values = {f.field: f.value for f in g}
        if _restated(values, scope, _year_of(period), kept):
            continue
        kept.append((scope, _year_of(period), values))
        start, end = g[0].start, max(x.end for x in g)
        span = doc.span(start, end)
        stat = DossierStat(scope=scope[2] if scope else _meta_unit(meta), period=period,
                           text=span.text, page=span.page, start=span.start, end=span.end)
        for f in g:
            setattr(stat, f.field, f.value)
            stat.evidence[f.field] = doc.span(f.start, f.end)
        stat.claims_total = bool(claims.search(view, g[0].end, end)) and len(g) > 1
        out.append(stat)
    return out


_ROW_ORDINAL = regex.compile(r"^\s*(?:\d{1,3}|[IVX]{1,4})\s*[|.)]?\s+(?=\S)")
# sub-columns under "Đang giải quyết": "Trong hạn | Quá hạn" are pending, not resolved
_PENDING_SUB = {"resolved_on_time": "pending_on_time", "pending_on_time": "pending_on_time",
                "resolved_late": "pending_overdue"}


def _header_keys(header: list[tuple[int, int, str, str]]) -> list[str]:
    """Column keys of a header; a time column after "đang giải quyết" (and no later
    "đã giải quyết") belongs to the pending dossiers."""
    keys: list[str] = []
    under_pending = False
    for _, _, key, _ in header:
        if key == "pending":
            under_pending = True
        elif key in ("resolved", "received", "to_resolve", "carried_over", "online"):
            under_pending = False
        elif under_pending and key in _PENDING_SUB:
            key = _PENDING_SUB[key]
        keys.append(key)
    return keys


def _table_stats(doc: DocText, meta: Optional[DocumentMeta]) -> list[DossierStat]:
    """Flattened tables: a header line naming >= 3 dossier columns, then rows of a label
    and as many numbers as columns ("UBND xã A 268763 257141 11622 48,6%")."""
    return _tables(doc, meta)[0]


def _tables(doc: DocText, meta: Optional[DocumentMeta]
            ) -> tuple[list[DossierStat], list[tuple[int, int]]]:
    """Table statistics and the (start, end) of each table read (header and rows), so
    that prose reading does not take a header word and a row number for a figure."""
    out = []
    regions: list[tuple[int, int]] = []
    text = doc.text
    lines = []
    pos = 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    fields = ([c for c in of_kind("dossier_field", "before") if not c.key.startswith("_")]
              + of_kind("table_column"))
    rates = of_kind("dossier_rate")
    i = 0
    while i < len(lines):
        a, b = lines[i]
        row_view = doc.view[a:b]
        if len(list(islice(find_numbers(row_view), 3))) >= 3:
            i += 1
            continue
        cols = []
        for c in rates + fields:
            for m in c.pattern.finditer(row_view):
                cols.append((m.start(), m.end(), c.key, c.kind))
        cols.sort(key=lambda x: (x[0], -(x[1] - x[0])))
        header = []
        for col in cols:  # drop cues inside another (longer) cue
            if header and col[0] < header[-1][1]:
                continue
            header.append(col)
        if len({h[2] for h in header}) < 3:
            i += 1
            continue
        keys = _header_keys(header)
        j = i + 1
        last_row = None
        skipped = 0
        while j < len(lines) and j <= i + 40:
            ra, rb = lines[j]
            label_end, nums = split_row(doc.view, ra, rb)
            if len(nums) > len(keys):
                # "Phường 3 120 118 2": a number that ends the unit's name; any other
                # extra number means the cells do not line up
                extra = nums[:-len(keys)]
                if len(extra) == 1 and _LEVEL_BEFORE_NUM.search(doc.view[ra:extra[0].start]):
                    label_end, nums = extra[0].end, nums[-len(keys):]
                else:
                    nums = []
            if len(nums) < len(keys):
                if doc.view[ra:rb].strip() == "":
                    j += 1
                    continue
                if _ROW_ORDINAL.match(doc.view[ra:rb]) and regex.match(r"\s*\d", doc.view[ra:rb]) \
                        and skipped < 2 and last_row is not None:
                    skipped += 1  # a numbered row whose cells do not line up
                    j += 1
                    continue
                break
            skipped = 0
            label = doc.view[ra:label_end]
            label = (_ROW_ORDINAL.sub("", label, count=1) if _ROW_ORDINAL.sub("", label, count=1).strip(" \t|.-:")
                     else label).strip(" \t|.-:") or None
            span = doc.span(ra, rb)
            stat = DossierStat(scope=label or _meta_unit(meta), period=_period_at(doc.view, a, meta),
                               text=span.text, page=span.page, start=span.start, end=span.end)
            for key, n in zip(keys, nums):
                if n.percent and key in RATE_OF:
                    key = RATE_OF[key]
                if key.endswith("_rate") != n.percent:
                    continue
                setattr(stat, key, n.value)
                stat.evidence[key] = doc.span(ra + (n.start - ra), n.end)
            out.append(stat)
            last_row = rb
            j += 1
        if last_row is not None:
            regions.append((a, last_row))
        i = j
    return out, regions


def find_dossier_stats(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[DossierStat]:
    table_stats, regions = _tables(doc, meta)
    figs = [f for f in _dossier_figures(doc)
            if not any(a <= f.num_start < b for a, b in regions)]
    stats = _group_dossier(doc, figs, meta, regions)
    stats += table_stats
    stats.sort(key=lambda s: (s.page, s.start))
    return stats


# ==== scores ==========================================================================

_SUBJECT = regex.compile(
    r"(?:của|tại)\s+((?:(?:UBND|Ủy ban nhân dân)\s+)?(?:(?:cấp|các)\s+)?(?:" + _LEVEL_WORDS
    + r"|sở|cơ quan|đơn vị))", regex.I)
_VALUE = regex.compile(r"(" + NUM_TOKEN + r")\s*(điểm|%)", regex.I)
_CHANGE = regex.compile(r"(tăng|giảm)\s+(" + NUM_TOKEN + r")\s*(%|điểm)", regex.I)
_TARGET = regex.compile(r"mục tiêu[^.;%]{0,160}?\(?\s*(" + NUM_TOKEN + r")\s*%", regex.I)
_RANK_CHANGE = regex.compile(r"(tăng|giảm|tụt)\s+(\d+)\s+(?:bậc|hạng|vị trí)", regex.I)
_VALUE_FRAC = regex.compile(r"(" + NUM_TOKEN + r")\s*/\s*(\d+(?:[.,]\d+)?)\s*(điểm)", regex.I)
_RANK_NUM = regex.compile(r"\s*(?:thứ\s+)?(\d+)(?:\s*/\s*(\d+))?")
# another year's value of the same index in the same sentence: "so với năm 2021 (82,2%)",
# "năm 2021 đạt 41,85 điểm", "(năm 2021: 63,08 điểm)"
_OTHER_YEAR = regex.compile(r"(?<!\w)năm\s+(\d{4})\s*(?:[(:,]\s*)?(?:(?:chỉ\s+)?(?:đạt|là)\s*)?:?\s*("
                            + NUM_TOKEN + r")\s*(điểm|%)", regex.I)


def _rating_after(view: str, pos: int, hi: int) -> Optional[str]:
    best = None
    for c in of_kind("rating"):
        m = c.pattern.search(view, pos, hi)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), c.key)
    return best[1] if best else None


def _rank_after(view: str, pos: int, hi: int) -> tuple[Optional[int], Optional[int]]:
    for c in of_kind("rank"):
        for m in c.pattern.finditer(view, pos, hi):
            r = _RANK_NUM.match(view, m.end(), min(len(view), m.end() + 120))
            if r:
                return int(r.group(1)), int(r.group(2)) if r.group(2) else None
    return None, None


def _index_scores(doc: DocText, meta: Optional[DocumentMeta],
                  tables: tuple[tuple[int, int], ...] | list[tuple[int, int]] = ()) -> list[Score]:
    view = doc.view
    index_hits = sorted(((a, b, c) for c in of_kind("index") for a, b in scan(c, view)),
                        key=lambda x: (x[0], -x[1]))
    starts = [h[0] for h in index_hits]
    out: list[Score] = []
    used: set[int] = set()
    for k, (c_start, c_end, cue) in enumerate(index_hits):
        s_start, s_end = _sentence_bounds(view, c_start)
        i_next = bisect.bisect_left(starts, c_end)
        nxt = min(starts[i_next], s_end) if i_next < len(starts) else s_end
        # a ranking table's rows are the scores of the units they name
        nxt = min([nxt] + [a for a, b in tables if a >= c_end])
        if any(a <= c_start < b for a, b in tables):
            continue
        m = None
        frac_part = None  # "đạt 88/100 điểm": the value is the part, the max the whole
        for v in _VALUE.finditer(view, c_end, min(nxt, c_end + 160)):
            before = view[max(0, v.start() - 6):v.start()]
            if regex.search(r"(?:tăng|giảm)\s*$", before, regex.I) or v.start() in used:
                continue
            if view[v.start() - 1:v.start()] == "/":
                continue
            m = v
            break
        fv = _VALUE_FRAC.search(view, c_end, m.start() if m else min(nxt, c_end + 160))
        if fv and fv.start() not in used:
            part, whole = parse_number(fv.group(1), "decimal"), parse_number(fv.group(2), "decimal")
            if part is not None and whole is not None and part <= whole:
                m, frac_part = fv, part
        rank, rank_total = _rank_after(view, c_end, nxt)
        if m is None and rank is None:
            continue
        unit = None
        value = None
        max_value = None
        stop = c_end
        if m:
            used.add(m.start())
            unit = "%" if m.group(m.lastindex) == "%" else "điểm"
            value = parse_number(m.group(1), "decimal")
            if frac_part is not None:
                value, max_value = frac_part, parse_number(m.group(2), "decimal")
            stop = m.end()
            after_hi = min(nxt, s_end, m.end() + 200)
        else:
            after_hi = nxt
        rating = _rating_after(view, stop, min(after_hi, stop + 40)) if m else None
        change = None
        target = None
        if m:
            ch = _CHANGE.search(view, m.end(), min(after_hi, m.end() + 60))
            if ch:
                change = parse_number(ch.group(2), "decimal")
                if ch.group(1).lower() == "giảm" and change is not None:
                    change = -change
            tg = _TARGET.search(view, m.end(), after_hi)
            if tg:
                target = parse_number(tg.group(1), "decimal")
        rank_change = None
        rc = _RANK_CHANGE.search(view, stop, min(nxt, s_end))
        if rc:
            rank_change = int(rc.group(2)) * (1 if rc.group(1).lower() == "tăng" else -1)
        subj_m = None
        for sm in _SUBJECT.finditer(view, c_end, m.start() if m else nxt):
            subj_m = sm
            break
        subject = None
        if subj_m:
            end = _with_name(view, subj_m.end(1))
            subject = _complete_subject(view[subj_m.start(1):end].strip(), meta)
        ym = _period_before(view, m.start() if m else nxt, window=(m.start() if m else nxt) - s_start,
                            floor=s_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        indicator = cue.extra.get("indicator") or cue.key
        criterion = _sub_index(view, c_end, m.start() if m else None) if indicator == "SIPAS" else None
        end = max(stop, c_end)
        if rating and m:
            rm = union("rating").search(view, stop, min(after_hi, stop + 40))
            if rm:
                end = max(end, rm.end())
        span = doc.span(c_start, end)
        out.append(Score(indicator=indicator, criterion=criterion, value=value, max=max_value, unit=unit,
                         year=year, rank=rank, rank_total=rank_total, rating=rating,
                         subject=subject, text=span.text, page=span.page, start=span.start,
                         end=span.end, index_name=cue.key if indicator == "OTHER_INDEX" else None,
                         change=change, target=target, rank_change=rank_change))
        if m is not None and year is not None:
            out.extend(_other_years(doc, view, m.end(), min(nxt, s_end), out[-1], used))
    return out


_SUB_INDEX = regex.compile(r"\s+về\s+(?:(?:việc|sự)\s+)?([^\d%:;.()]{3,120}?)\s*(?:[:,]\s*)?(?:(?:đạt|là)\s*)?$",
                          regex.I)


def _sub_index(view: str, cue_end: int, value_start: Optional[int]) -> Optional[str]:
    """'Chỉ số hài lòng về tiếp cận dịch vụ 85,2%': a satisfaction sub-index is named by
    what follows 'về' up to its value (no PAR criterion key: the aspects are SIPAS's)."""
    if value_start is None:
        return None
    m = _SUB_INDEX.match(view, cue_end, value_start)
    return " ".join(m.group(1).split()) if m else None


def _other_years(doc: DocText, view: str, lo: int, hi: int, main: Score,
                 used: set[int]) -> list[Score]:
    """Values of the same index for other years stated in the main value's sentence:
    each gets its own year, never the main one's."""
    out = []
    target_re = union("target")
    for om in _OTHER_YEAR.finditer(view, lo, hi):
        oy = int(om.group(1))
        if oy == main.year or om.start(2) in used:
            continue
        if target_re.search(view, max(lo, om.start() - 30), om.start(2)):
            continue  # "phấn đấu năm 2025 đạt 90%" is a target, not a result
        value = parse_number(om.group(2), "decimal")
        if value is None:
            continue
        used.add(om.start(2))
        span = doc.span(om.start(), om.end())
        out.append(Score(indicator=main.indicator, criterion=None, value=value, max=None,
                         unit="%" if om.group(3) == "%" else "điểm", year=oy, rank=None,
                         rank_total=None, rating=None, subject=main.subject, text=span.text,
                         page=span.page, start=span.start, end=span.end,
                         index_name=main.index_name))
    return out


_HEADING = regex.compile(r"(?m)^[ \t]*(?:\d+(?:\.\d+)*[.)]|[a-zđ]\)|[IVX]+\.|[-–+•*])[ \t]*")
_TRAIL_PERIOD = regex.compile(r"[\s,;:–-]*(?:(?:trong|vào)\s+)?năm\s+\d{4}[\s,;:]*$", regex.I)


_LINES_CACHE: list = [None, None]


def _line_start(text: str, pos: int) -> int:
    """Offset of the start of the line holding pos (newline index built once per text)."""
    if _LINES_CACHE[0] is not text:
        _LINES_CACHE[0] = text
        _LINES_CACHE[1] = [i + 1 for i, ch in enumerate(text) if ch == "\n"] if "\n" in text else []
    starts = _LINES_CACHE[1]
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i] if i >= 0 else 0


def _too_long(view: str, start: int) -> bool:
    """A label segment whose first 1000 characters hold more than 210 letters/digits
    cannot shrink to 160 characters (the lead-in and trailing-period rules remove
    fewer than 50 of them), so it is no criterion name."""
    return sum(ch.isalnum() for ch in view[start:start + 1000]) > 210


def _own_label(view: str, line_start: int, lead_start: int) -> bool:
    """A line that starts with a capital and names something before a colon ahead of
    the score ("Cải cách thể chế: đạt 4,5/5"); a wrapped heading's continuation starts
    lower-case ("tra xã hội học: Năm 2020, số điểm đạt 27,032/35")."""
    line = view[line_start:lead_start].lstrip()
    return bool(line) and line[0].isupper() and ":" in line


def _skip_numbered(view: str, seg_start: int, hi: int) -> int:
    """Past a numbered label ("Tiêu chí 1: ", "Lĩnh vực IV. ") at the segment's start."""
    pos = seg_start
    while pos < hi and view[pos].isspace():
        pos += 1
    for c in of_kind("criterion_prefix"):
        if c.key != "numbered":
            continue
        m = c.pattern.match(view[pos:hi])
        if m:
            return pos + m.end()
    return seg_start


def _criterion_label(doc: DocText, lead_start: int) -> tuple[Optional[str], int]:
    text = doc.text
    lo = max(0, lead_start - 400)
    head = None
    for m in _HEADING.finditer(text, lo, lead_start):
        head = m
    line_start = _line_start(text, lead_start)
    if head is None:
        seg_start = line_start
    else:
        seg_start = head.end()
        if head.end() < line_start and _own_label(doc.view, line_start, lead_start):
            # "I. KẾT QUẢ ...\nTiêu chí 1: Cải cách thể chế: đạt 4,5/5": the score's own
            # line names it; the heading above is the section's
            seg_start = line_start
    seg_start = _skip_numbered(doc.view, seg_start, lead_start)
    colon = doc.view.find(":", seg_start, lead_start)
    cut = colon if colon >= 0 else lead_start
    if cut - seg_start > 1000 and _too_long(doc.view, seg_start):
        return None, seg_start
    seg = doc.view[seg_start:cut]
    seg = _TRAIL_PERIOD.sub("", seg).strip(" ,;:–-")
    for c in of_kind("criterion_prefix"):
        seg = c.pattern.sub("", seg, count=1)
    seg = " ".join(seg.split())
    if not seg or len(seg) > 160:
        return None, seg_start
    return seg[:1].upper() + seg[1:], seg_start


def _criterion_scores(doc: DocText, meta: Optional[DocumentMeta]) -> list[Score]:
    view = doc.view
    lead_re = union("score_lead")
    unit_re = union("score_unit")
    rank_re = union("rank")
    out = []
    for fr in find_fractions(view):
        before = view[max(0, fr.start - 40):fr.start]
        lead = None
        for m in lead_re.finditer(before):
            if _SHORT_GAP.match(before[m.end():]):
                lead = m
        unit_after = regex.compile(r"\s*(?:" + unit_re.pattern + ")", regex.I).match(view, fr.end)
        if lead is None and unit_after is None:
            continue
        if rank_re.search(before[-20:]):
            continue
        lead_start = fr.start - len(before) + lead.start() if lead else fr.start
        name, seg_start = _criterion_label(doc, lead_start)
        key = criterion_key(name)
        if name and key is None and union("score_total").match(name.strip()):
            # the list's total line: the index score out of its maximum
            ym = _period_before(view, fr.start)
            end = unit_after.end() if unit_after else fr.end
            span = doc.span(seg_start if fr.start - seg_start < 300 else lead_start, end)
            out.append(Score(indicator="PAR_INDEX", criterion=None, value=fr.part, max=fr.total,
                             unit="điểm", year=_year_of(view[ym.start():ym.end()]) if ym else None,
                             rank=None, rank_total=None, rating=None, subject=_meta_unit(meta),
                             text=span.text, page=span.page, start=span.start, end=span.end))
            continue
        if name is None or key is None and union("index").search(name or ""):
            continue
        ym = _period_before(view, fr.start, window=fr.start - seg_start, floor=seg_start)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        end = unit_after.end() if unit_after else fr.end
        span = doc.span(seg_start if fr.start - seg_start < 300 else lead_start, end)
        out.append(Score(indicator="PAR_INDEX_CRITERION", criterion=name, value=fr.part,
                         max=fr.total, unit="điểm", year=year, rank=None, rank_total=None,
                         rating=None, subject=_meta_unit(meta), text=span.text, page=span.page,
                         start=span.start, end=span.end, criterion_key=key))
    return out


_CELL_SPLIT = regex.compile(r"\s*[|\t]\s*")


def _cells(line: str, offset: int) -> list[tuple[int, int, str]]:
    """(start, end, text) of each '|'- or tab-separated cell of a line; [] when the line
    has no such separator."""
    if "|" not in line and "\t" not in line:
        return []
    out, pos = [], 0
    for m in _CELL_SPLIT.finditer(line):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(line)))
    cells = []
    for a, b in out:
        raw = line[a:b]
        lead = len(raw) - len(raw.lstrip())
        text = raw.strip()
        cells.append((offset + a + lead, offset + a + lead + len(text), text))
    if cells and cells[0][2] == "" and line.lstrip().startswith("|"):
        cells = cells[1:]
    if cells and cells[-1][2] == "" and line.rstrip().endswith("|"):
        cells = cells[:-1]
    return cells


def _view_cells(text: str, view: str, a: int, b: int) -> list[tuple[int, int, str]]:
    """Cells split on the stored text (the view turns tabs into spaces), read on the view."""
    return [(s, e, view[s:e]) for s, e, _ in _cells(text[a:b], a)]


def _ranking_header(cells: list[tuple[int, int, str]]) -> Optional[list[Optional[str]]]:
    """Column keys of a ranking table header, or None: it needs a unit column and a
    score column, and every cell must be a known column."""
    keys: list[Optional[str]] = []
    for _, _, text in cells:
        key = next((c.key for c in of_kind("ranking_column") if c.pattern.match(text)), None)
        if key is None:
            return None
        keys.append(key)
    if keys.count("subject") != 1 or keys.count("value") != 1 or len(set(keys)) != len(keys):
        return None
    return keys


_WORD = regex.compile(r"\S+")
_FLAT_NUMERIC = ("value", "rank")
_FLAT_NUM_AT_END = regex.compile(r"(?:^|(?<=\s))(" + NUM_TOKEN + r")\s*(%?)\s*$")
_LEVEL_BEFORE_NUM = regex.compile(r"(?:^|\s)(?:" + _LEVEL_WORDS + r"|khu phố|ấp|thôn)\s+$", regex.I)


@lru_cache(maxsize=1)
def _column_start() -> regex.Pattern:
    """A line starting with a known column name (cheap test before reading a header)."""
    alts = "|".join(f"(?:{tone_tolerant(c.extra['pattern'])})" for c in of_kind("ranking_column"))
    return regex.compile(r"\s*(?:" + alts + r")(?!\w)", regex.I)


def _flat_header(view: str, a: int, b: int) -> Optional[list[tuple[int, int, str]]]:
    """A header flattened with single spaces ("STT Đơn vị Tổng điểm Xếp hạng"): the
    line read as consecutive known column names (fewest columns: "Tổng điểm" is one),
    or None when some word belongs to no column."""
    if b - a > 240 or not _column_start().match(view, a, b):
        return None
    words = [(m.start(), m.end()) for m in _WORD.finditer(view, a, b)]
    if not 2 <= len(words) <= 24:
        return None
    cols = of_kind("ranking_column")
    n = len(words)
    best: list[Optional[list[tuple[int, int]]]] = [None] * (n + 1)
    best[0] = []
    for i in range(n):
        if best[i] is None:
            continue
        for j in range(i + 1, min(n, i + 8) + 1):
            s, e = words[i][0], words[j - 1][1]
            if any(c.pattern.match(view[s:e]) for c in cols):
                cand = best[i] + [(s, e)]
                if best[j] is None or len(cand) < len(best[j]):
                    best[j] = cand
    if best[n] is None:
        return None
    return [(s, e, view[s:e]) for s, e in best[n]]


def _flat_row(view: str, ra: int, rb: int, keys: list[str]
              ) -> tuple[Optional[dict[str, tuple[int, int, str]]], bool]:
    """A row of a space-flattened ranking table ("1 Phường Nghĩa Đô 89,45 1"): the
    trailing cells read right to left by the header's columns after the unit (numbers
    for value and rank, a rating word for rating), the text before them (after the row
    number) is the unit. Returns (cells, looks_like_row): cells None when the counts do
    not line up; looks_like_row False when the line is no row at all (prose)."""
    line = view[ra:rb]
    if not line.strip():
        return None, True
    si = keys.index("subject")
    lo = ra
    if "ordinal" in keys[:si]:
        om = _ROW_ORDINAL.match(line)
        if om is None or not regex.match(r"\s*\d", line):
            return None, False
        lo = ra + om.end()
        got_ordinal = (ra + om.start(), ra + om.end(), om.group().strip(" .)|"))
    else:
        got_ordinal = None
    if keys[:si] and keys[:si] != ["ordinal"]:
        return None, False
    got: dict[str, tuple[int, int, str]] = {}
    hi = rb
    while hi > lo and view[hi - 1].isspace():
        hi -= 1
    for key in reversed(keys[si + 1:]):
        seg = view[lo:hi]
        if key in _FLAT_NUMERIC:
            m = _FLAT_NUM_AT_END.search(seg)
            if m is None:
                return None, lo > ra
            got[key] = (lo + m.start(1), lo + m.end(1), m.group(1))
        elif key == "rating":
            m = None
            for c in of_kind("rating"):
                mm = regex.search(r"(?:^|(?<=\s))(" + regex.escape(c.key) + r")\s*$", seg, regex.I)
                if mm and (m is None or mm.start() < m.start()):
                    m = mm
            if m is None:
                return None, lo > ra
            got[key] = (lo + m.start(1), lo + m.end(1), m.group(1))
        else:
            return None, False
        hi = lo + m.start()
        while hi > lo and view[hi - 1].isspace():
            hi -= 1
    subject = view[lo:hi].strip()
    if (not subject or not subject[:1].isupper() or len(subject.split()) > 12
            or regex.search(r"[.;:!?](?:\s|$)", subject)):
        return None, lo > ra
    tail = _FLAT_NUM_AT_END.search(subject)
    if tail and not _LEVEL_BEFORE_NUM.search(subject[:tail.start()]):
        return None, lo > ra  # one number too many: the counts do not line up
    got["subject"] = (lo + view[lo:hi].find(subject), hi, subject)
    if got_ordinal:
        got["ordinal"] = got_ordinal
    return got, True


def _ranking_tables(doc: DocText, meta: Optional[DocumentMeta]
                    ) -> tuple[list[Score], list[tuple[int, int]]]:
    """"STT | Đơn vị | Tổng điểm | Xếp hạng": each row is the score of the unit it names.
    The index and year are those named before the header; the unit is the value column's
    ('%' when its header says so, else 'điểm'). Returns scores and table regions."""
    text, view = doc.text, doc.view
    out: list[Score] = []
    regions: list[tuple[int, int]] = []
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    index_hits = sorted((a, b, c) for c in of_kind("index") for a, b in scan(c, view))
    i = 0
    while i < len(lines):
        a, b = lines[i]
        cells = _view_cells(text, view, a, b)
        flat = False
        if not cells:
            cells = _flat_header(view, a, b) or []
            flat = True
        keys = _ranking_header(cells) if len(cells) >= 2 else None
        if keys is None:
            i += 1
            continue
        before = [h for h in index_hits if a - 800 <= h[0] < a] or [h for h in index_hits if a <= h[0] < b]
        if not before:
            i += 1
            continue
        cue = before[-1][2]
        indicator = cue.extra.get("indicator") or cue.key
        value_head = cells[keys.index("value")][2]
        unit = "%" if "%" in value_head else "điểm"
        ym = _period_before(view, a, window=800)
        year = _year_of(view[ym.start():ym.end()]) if ym else None
        j, last = i + 1, None
        last_order: Optional[int] = None
        skipped = 0
        while j < len(lines):
            ra, rb = lines[j]
            if flat and not view[ra:rb].strip():
                j += 1
                continue
            if flat:
                # a numbered line whose cells do not line up is skipped (two at most in
                # a row); any other line, or a row number going back, ends the table
                flat_got, is_row = _flat_row(view, ra, rb, keys)
                order = int(flat_got["ordinal"][2]) if flat_got and "ordinal" in flat_got else None
                if flat_got is None or (order is not None and last_order is not None
                                        and order <= last_order):
                    skipped += 1
                    if flat_got is not None or not is_row or skipped > 2:
                        break
                    j += 1
                    continue
                skipped = 0
                last_order = order if order is not None else last_order
                got = flat_got
            else:
                row = _view_cells(text, view, ra, rb)
                if len(row) != len(keys):
                    break
                got = dict(zip(keys, row))
            value = parse_number(got["value"][2], "decimal")
            subject = got["subject"][2]
            if value is None or not subject or parse_number(subject, "auto") is not None:
                break
            rank = None
            if "rank" in got:
                rank = parse_number(got["rank"][2], "count")
                if not isinstance(rank, int):
                    rank = None
            rating = None
            if "rating" in got and got["rating"][2]:
                cell = got["rating"][2]
                rating = next((c.key for c in of_kind("rating")
                               if strip_marks(c.key) == strip_marks(cell)), cell)
            span = doc.span(ra, rb)
            out.append(Score(indicator=indicator, criterion=None, value=value, max=None,
                             unit=unit, year=year, rank=rank, rank_total=None, rating=rating,
                             subject=subject, text=span.text, page=span.page, start=span.start,
                             end=span.end,
                             index_name=cue.key if indicator == "OTHER_INDEX" else None))
            last = rb
            j += 1
        if last is not None:
            regions.append((a, last))
        i = max(j, i + 1)
    return out, regions


def find_scores(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[Score]:
    table_scores, regions = _ranking_tables(doc, meta)
    scores = _index_scores(doc, meta, regions) + _criterion_scores(doc, meta) + table_scores
    unit = _meta_unit(meta)
    for s in scores:
        if s.indicator == "PAR_INDEX" and s.subject is None and unit:
            s.subject = unit
    scores.sort(key=lambda s: (s.page, s.start))
    return scores


# ==== tasks and ratios ================================================================

def find_tasks(doc: DocText, meta: Optional[DocumentMeta] = None) -> list[Task]:
    view = doc.view
    noun = union("task_noun")
    done = union("task_done")
    link = union("rate_link")
    out = []
    for fr in find_fractions(view):
        if not (isinstance(fr.part, int) and isinstance(fr.total, int)) or fr.part > fr.total:
            continue
        after = view[fr.end:fr.end + 25]
        s_start, s_end = _sentence_bounds(view, fr.start)
        m_noun = noun.match(after.lstrip()) if after.strip() else None
        before = view[max(s_start, fr.start - 25):fr.start]
        if not m_noun and not (done.search(before) and noun.search(view, s_start, s_end)):
            continue
        if regex.search(r"(?:ngày|tháng)\s*$", before, regex.I):
            continue
        end = fr.end + (len(after) - len(after.lstrip()) + m_noun.end() if m_noun else 0)
        rate = None
        rm = regex.compile(r"[\s,(]*(?:" + link.pattern + r")\s*(" + NUM_TOKEN + r")\s*%",
                           regex.I).match(view, end)
        if rm is None:
            rm = regex.compile(r"[^.;\d]{0,40}?(?:" + link.pattern + r")\s*(" + NUM_TOKEN + r")\s*%",
                               regex.I).match(view, end)
        if rm:
            rate = parse_number(rm.group(1), "decimal")
            end = rm.end()
        period = _period_at(view, fr.start, meta, window=600)
        start = fr.start
        dm = None
        for dm in done.finditer(view, max(s_start, fr.start - 40), fr.start):
            pass
        if dm:
            start = dm.start()
        span = doc.span(start, end)
        out.append(Task(done=fr.part, total=fr.total, period=period, text=span.text,
                        page=span.page, start=span.start, end=span.end, rate=rate))
    out += _counted_tasks(doc, meta, out)
    out.sort(key=lambda t: (t.page, t.start))
    return out


_TASK_COUNT_CACHE: list = []


def _task_count_res() -> tuple[regex.Pattern, regex.Pattern]:
    """(done, total): "đã hoàn thành 32 nhiệm vụ" and "tổng số nhiệm vụ ... là 35 nhiệm vụ"
    / "Kế hoạch ... với 35 nhiệm vụ"."""
    if not _TASK_COUNT_CACHE:
        noun = union("task_noun").pattern
        _TASK_COUNT_CACHE.append(regex.compile(
            r"(?:" + union("task_done_count").pattern + r")\s*(" + NUM_TOKEN + r")\s*(?:"
            + noun + r")", regex.I))
        _TASK_COUNT_CACHE.append(regex.compile(
            r"(?:" + union("task_total").pattern + r")\s*(" + NUM_TOKEN + r")\s*(?:"
            + noun + r")", regex.I))
    return _TASK_COUNT_CACHE[0], _TASK_COUNT_CACHE[1]


def _counted_tasks(doc: DocText, meta: Optional[DocumentMeta], taken: list[Task]) -> list[Task]:
    """Tasks done stated as a count whose total was stated just before, in the same
    paragraph: "Tổng số nhiệm vụ ... là 35 nhiệm vụ; đến nay đã hoàn thành 32 nhiệm vụ
    (đạt 91,43%)"."""
    view, text = doc.view, doc.text
    done_re, total_re = _task_count_res()
    link = union("rate_link")
    out = []
    for dm in done_re.finditer(view):
        n = parse_number(dm.group(1), "count")
        if not isinstance(n, int) or any(t.start <= dm.start(1) < t.end for t in taken):
            continue
        lo = max(0, dm.start() - 400)
        para = text.rfind("\n\n", lo, dm.start())
        lo = para + 2 if para >= 0 else lo
        tm = None
        for tm in total_re.finditer(view, lo, dm.start()):
            pass
        if tm is None:
            continue
        total = parse_number(tm.group(1), "count")
        if not isinstance(total, int) or total < n or total == 0:
            continue
        end = dm.end()
        rate = None
        rm = regex.compile(r"[\s,(]*(?:" + link.pattern + r")\s*(" + NUM_TOKEN + r")\s*%",
                           regex.I).match(view, end)
        if rm:
            rate = parse_number(rm.group(1), "decimal")
            end = rm.end()
        span = doc.span(tm.start(), end)
        out.append(Task(done=n, total=total, period=_period_at(view, dm.start(), meta, window=600),
                        text=span.text, page=span.page, start=span.start, end=span.end, rate=rate))
    return out


_RATIO_TAIL = None


def _ratio_tail() -> regex.Pattern:
    global _RATIO_TAIL
    if _RATIO_TAIL is None:
        _RATIO_TAIL = regex.compile(
            r"\s*([^\d%;.()]{1,60}?)\s*[,(]?\s*(?:" + union("rate_link").pattern + r")\s*("
            + NUM_TOKEN + r")\s*%\s*\)?", regex.I)
    return _RATIO_TAIL


_PROSE_RATIO = None


def _prose_ratio() -> regex.Pattern:
    global _PROSE_RATIO
    if _PROSE_RATIO is None:
        noun = r"(\p{L}+(?: \p{L}+)?)"
        _PROSE_RATIO = regex.compile(
            r"(?:" + union("ratio_whole").pattern + r")\s+(" + NUM_TOKEN + r")\s+" + noun
            + r"(?!\p{L})[^\d%;.]{0,80}?(?<!\p{L})(?:" + union("ratio_part").pattern + r")\s+("
            + NUM_TOKEN + r")\s+\2(?!\p{L})([^\d%;.()]{0,60}?)\s*[,(]?\s*(?:"
            + union("rate_link").pattern + r")\s*(" + NUM_TOKEN + r")\s*%\s*\)?", regex.I)
    return _PROSE_RATIO


def _prose_ratios(doc: DocText, taken: list[Ratio]) -> list[Ratio]:
    """A whole, a part counted with the same noun, the part's rate, told in prose.
    Dossiers ("hồ sơ") are dossier statistics, not ratios."""
    view = doc.view
    out = []
    for m in _prose_ratio().finditer(view):
        noun = m.group(2)
        if _unit_re().match(" " + noun) or union("task_noun").match(noun):
            continue
        total, part = parse_number(m.group(1), "count"), parse_number(m.group(3), "count")
        if total is None or part is None or part > total:
            continue
        if any(r.start < m.end() and m.start() < r.end for r in taken):
            continue
        label = " ".join((noun + " " + m.group(4)).split()).strip(" ,:")
        span = doc.span(m.start(), m.end())
        out.append(Ratio(part=part, total=total, stated_rate=parse_number(m.group(5), "decimal"),
                         label=label, text=span.text, page=span.page, start=span.start,
                         end=span.end))
    return out


def find_ratios(doc: DocText) -> list[Ratio]:
    """part/total with a stated rate: '17/2744 ý kiến không hài lòng (tỷ lệ 0.61%)', or
    told in prose: 'phát ra 1.500 phiếu, thu về 1.482 phiếu hợp lệ, đạt 98,8%'."""
    out = _fraction_ratios(doc)
    out += _prose_ratios(doc, out)
    out.sort(key=lambda r: (r.page, r.start))
    return out


def _fraction_ratios(doc: DocText) -> list[Ratio]:
    view = doc.view
    out = []
    for fr in find_fractions(view):
        if fr.part > fr.total:
            continue
        m = _ratio_tail().match(view, fr.end)
        if not m:
            continue
        label = " ".join(m.group(1).split()).strip(" ,:") or None
        if label and (union("task_noun").match(label) or union("score_unit").match(label)):
            continue
        span = doc.span(fr.start, m.end())
        out.append(Ratio(part=fr.part, total=fr.total,
                         stated_rate=parse_number(m.group(2), "decimal"), label=label,
                         text=span.text, page=span.page, start=span.start, end=span.end))
    return out
