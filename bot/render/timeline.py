"""A saga's timeline as a PNG (matplotlib, Agg, no pyplot global state): dates across, one lane per
club, a mark per report shaped by stage and coloured by source tier, the completed move highlighted.

Drawing takes a tenth of a second or more: the bot calls `timeline_png` off the event loop.
"""

from __future__ import annotations

import io

from bot.answer.timeline import Timeline

WIDTH_PX = 900
DPI = 100
LANE_PX = 42
BASE_PX = 110
TOP_PX, BOTTOM_PX = 40, 40

STAGE_MARKER = {"interest": "o", "talks": "s", "bid": "D", "agreement": "^", "signed": "*", "loan": "*",
                "ended": "X"}
STAGE_ORDER = ("interest", "talks", "bid", "agreement", "signed", "loan", "ended")
TIER_COLOUR = {1: "#1b7837", 2: "#5aae61", 3: "#f1a340", 4: "#d73027", None: "#8c8c8c"}
TIER_LABEL = {1: "tier 1", 2: "tier 2", 3: "tier 3", 4: "tier 4", None: "no tier"}
MOVE_COLOUR = "#ffd700"


def size_for(t: Timeline) -> tuple[int, int]:
    """The image's size in pixels: a fixed width, a height that grows with the lanes."""
    return WIDTH_PX, BASE_PX + LANE_PX * max(1, len(t.lanes))


def timeline_png(t: Timeline) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure
    from matplotlib.lines import Line2D

    width, height = size_for(t)
    fig = Figure(figsize=(width / DPI, height / DPI), dpi=DPI)
    ax = fig.add_axes((0.27, BOTTOM_PX / height, 0.56, 1 - (TOP_PX + BOTTOM_PX) / height))
    lanes = list(reversed(t.lanes))  # the first club reported at the top
    y_of = {club: i for i, club in enumerate(lanes)}
    for i in y_of.values():
        ax.axhline(i, color="#e0e0e0", linewidth=1, zorder=0)
    moved = {club for club, _ in t.moves[-1:]}
    for club, day in t.moves[-1:]:  # the latest completed move: a gold band across the plot and a large star
        ax.axvline(mdates.date2num(day), color=MOVE_COLOUR, linewidth=4, alpha=0.5, zorder=1)
        ax.scatter([mdates.date2num(day)], [y_of[club]], s=620, marker="*", color=MOVE_COLOUR,
                   edgecolors="black", linewidths=1.2, zorder=3)
    for club, marks in t.marks.items():
        for m in marks:
            big = m.kind in ("signed", "loan")
            ax.scatter([mdates.date2num(m.date)], [y_of[club]], s=160 if big else 70,
                       marker=STAGE_MARKER.get(m.kind, "o"),
                       color="none" if m.past else TIER_COLOUR.get(m.tier, TIER_COLOUR[None]),
                       edgecolors=TIER_COLOUR.get(m.tier, TIER_COLOUR[None]) if m.past else "black",
                       linewidths=1.0, zorder=4)
    ax.set_yticks(range(len(lanes)))
    ax.set_yticklabels([c[:26] for c in lanes])
    for label in ax.get_yticklabels():
        if label.get_text() in {c[:26] for c in moved}:
            label.set_fontweight("bold")
    ax.set_ylim(-0.7, len(lanes) - 0.3)
    days = [m.date for ms in t.marks.values() for m in ms] or [__import__("datetime").date.today()]
    lo, hi = mdates.date2num(min(days)), mdates.date2num(max(days))
    pad = max(10.0, (hi - lo) * 0.06)
    ax.set_xlim(lo - pad, hi + pad)
    locator = mdates.AutoDateLocator(minticks=3, maxticks=8)
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    for side in ("top", "right", "left"):
        ax.spines[side].set_visible(False)
    title = f"{t.player}: transfer timeline"
    if t.moves:
        club, day = t.moves[-1]
        title += f" (moved to {club}, {day.isoformat()})"
    ax.set_title(title[:90], fontsize=11, loc="left")
    if t.hidden_lanes:
        ax.text(0, -0.12, f"+{t.hidden_lanes} more clubs not shown", transform=ax.transAxes, fontsize=8)
    used = {m.kind for ms in t.marks.values() for m in ms}
    stage_handles = [Line2D([], [], linestyle="", marker=STAGE_MARKER[k], color="#444444", markersize=7, label=k)
                     for k in STAGE_ORDER if k in used and k != "loan"]
    tiers = {m.tier for ms in t.marks.values() for m in ms}
    tier_handles = [Line2D([], [], linestyle="", marker="o", color=TIER_COLOUR[k], markersize=7,
                           label=TIER_LABEL[k]) for k in (1, 2, 3, 4, None) if k in tiers]
    extra = [Line2D([], [], linestyle="", marker="o", markerfacecolor="none", markeredgecolor="#444444",
                    markersize=7, label="told as past")] if any(m.past for ms in t.marks.values() for m in ms) else []
    fig.legend(handles=stage_handles + tier_handles + extra, loc="center right", fontsize=8, frameon=False,
               title="stage · source", title_fontsize=8)
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=DPI)
    return buf.getvalue()
