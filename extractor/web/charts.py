"""Charts as inline SVG, drawn on the server: no script, no library, no network. Each
chart has role="img", an aria-label and a <title> per point, so it reads without sight."""
from __future__ import annotations

from html import escape
from typing import Optional, Sequence

W, H = 560, 220
PAD_L, PAD_R, PAD_T, PAD_B = 44, 16, 16, 30
COLORS = ("#1f5fa8", "#c2410c", "#15803d", "#7e22ce")


def _num(v: float) -> str:
    """Vietnamese number: decimal comma, at most two decimals."""
    s = f"{v:.2f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


def _frame(label: str, body: list[str], css: str) -> str:
    return (f'<svg class="chart {css}" viewBox="0 0 {W} {H}" role="img" '
            f'aria-label="{escape(label)}" xmlns="http://www.w3.org/2000/svg">'
            + "".join(body) + "</svg>")


def _axes(ymax: float, years: Sequence[int], x_of, y_of, suffix: str) -> list[str]:
    out = [f'<line class="axis" x1="{PAD_L}" y1="{H - PAD_B}" x2="{W - PAD_R}" '
           f'y2="{H - PAD_B}"/>']
    for i in range(5):
        v = ymax * i / 4
        y = y_of(v)
        out.append(f'<line class="grid" x1="{PAD_L}" y1="{y:.1f}" x2="{W - PAD_R}" '
                   f'y2="{y:.1f}"/>')
        out.append(f'<text class="tick" x="{PAD_L - 6}" y="{y + 4:.1f}" '
                   f'text-anchor="end">{_num(v)}{suffix}</text>')
    for yr in years:
        out.append(f'<text class="tick" x="{x_of(yr):.1f}" y="{H - 10}" '
                   f'text-anchor="middle">{yr}</text>')
    return out


def line_chart(series: Sequence[tuple[str, Sequence[tuple[int, float]]]], label: str,
               ymax: Optional[float] = 100.0, suffix: str = "") -> str:
    """Lines over years; `series` = [(name, [(year, value), ...]), ...]."""
    years = sorted({y for _, pts in series for y, _ in pts})
    if not years:
        return ""
    top = ymax or max(v for _, pts in series for _, v in pts) or 1.0
    span = max(1, years[-1] - years[0])

    def x_of(yr: float) -> float:
        if len(years) == 1:
            return (PAD_L + W - PAD_R) / 2
        return PAD_L + 20 + (W - PAD_L - PAD_R - 40) * (yr - years[0]) / span

    def y_of(v: float) -> float:
        return H - PAD_B - (H - PAD_T - PAD_B) * min(v, top) / top

    body = _axes(top, years, x_of, y_of, suffix)
    for i, (name, pts) in enumerate(series):
        if not pts:
            continue
        color = COLORS[i % len(COLORS)]
        path = " ".join(f"{x_of(y):.1f},{y_of(v):.1f}" for y, v in pts)
        body.append(f'<polyline class="series" data-series="{escape(name)}" fill="none" '
                    f'stroke="{color}" stroke-width="2.5" points="{path}"/>')
        for y, v in pts:
            body.append(f'<circle class="point" cx="{x_of(y):.1f}" cy="{y_of(v):.1f}" r="4" '
                        f'fill="{color}"><title>{escape(name)} {y}: {_num(v)}{suffix}'
                        f'</title></circle>')
            body.append(f'<text class="value" x="{x_of(y):.1f}" y="{y_of(v) - 8:.1f}" '
                        f'text-anchor="middle" fill="{color}">{_num(v)}</text>')
    legend = "".join(f'<span class="key"><i style="background:{COLORS[i % len(COLORS)]}">'
                     f'</i>{escape(name)}</span>' for i, (name, pts) in enumerate(series) if pts)
    return (f'<figure class="chart-box">{_frame(label, body, "line")}'
            f'<figcaption>{escape(label)} {legend}</figcaption></figure>')


def bar_chart(points: Sequence[tuple[int, float]], label: str) -> str:
    """Bars over years (counts)."""
    if not points:
        return ""
    years = [y for y, _ in points]
    top = max(v for _, v in points) or 1
    top = -(-top // 4) * 4  # counts: whole numbers on the axis
    n = len(points)
    slot = (W - PAD_L - PAD_R) / n

    def x_of(yr: int) -> float:
        return PAD_L + slot * (years.index(yr) + 0.5)

    def y_of(v: float) -> float:
        return H - PAD_B - (H - PAD_T - PAD_B) * v / top

    body = _axes(top, years, x_of, y_of, "")
    bw = max(4.0, min(40.0, slot * 0.6))
    for y, v in points:
        body.append(f'<rect class="bar" x="{x_of(y) - bw / 2:.1f}" y="{y_of(v):.1f}" '
                    f'width="{bw:.1f}" height="{H - PAD_B - y_of(v):.1f}">'
                    f'<title>{y}: {_num(v)}</title></rect>')
    return (f'<figure class="chart-box">{_frame(label, body, "bars")}'
            f'<figcaption>{escape(label)}</figcaption></figure>')
