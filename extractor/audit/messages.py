"""Findings from message templates (rules/messages.yaml): Vietnamese first, English too."""
from __future__ import annotations

import string
from functools import lru_cache
from typing import Any, Optional

from extractor.model import Finding, Span
from extractor.vocab import load_rules

SEVERITIES = ("error", "warning", "info")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@lru_cache(maxsize=1)
def templates() -> dict[tuple[str, str], dict[str, Any]]:
    out = {}
    for e in load_rules("messages").entries:
        d = e.model_dump()
        for f in ("rule", "variant", "severity", "message", "message_en"):
            if not d.get(f):
                raise ValueError(f"rules/messages.yaml: entry {d.get('rule')!r} lacks {f!r}")
        if d["severity"] not in SEVERITIES:
            raise ValueError(f"rules/messages.yaml: bad severity {d['severity']!r}")
        out[(d["rule"], d["variant"])] = d
    return out


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(rule: str, variant: str = "default", **values: Any) -> tuple[str, str]:
    t = templates()[(rule, variant)]
    return t["message"].format(**values), t["message_en"].format(**values)


def lower(severity: str, to: str) -> str:
    """The milder of two severities."""
    return severity if _RANK[severity] >= _RANK[to] else to


def finding(rule: str, variant: str, evidence: list[Span], *, number: Optional[str] = None,
            date: Optional[str] = None, suggestion: Optional[str] = None,
            severity: Optional[str] = None, unchecked: Optional[str] = None,
            **values: Any) -> Finding:
    """A Finding from the template (rule, variant). `unchecked` names a catalog number
    whose row is unchecked: the message says so and the severity is at most warning."""
    t = templates()[(rule, variant)]
    sev = severity or t["severity"]
    vi, en = render(rule, variant, number=number, **values)
    if suggestion:
        s_vi, s_en = render("_suggestion", suggestion=suggestion)
        vi, en = vi + s_vi, en + s_en
    if unchecked:
        u_vi, u_en = render("_unchecked", number=unchecked)
        vi, en = vi + u_vi, en + u_en
        sev = lower(sev, "warning")
    # evidence text put into a message may hold line breaks: a message is one line
    vi, en = " ".join(vi.split()), " ".join(en.split())
    return Finding(rule=rule, severity=sev, message=vi, message_en=en,
                   evidence=list(evidence), number=number, date=date, suggestion=suggestion)
