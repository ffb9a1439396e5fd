"""What the app says of meetings in words: the list's summary line and a meeting in full (HTML
for the detail pane). Plain functions, no Qt."""

from __future__ import annotations

import datetime as dt
import html

from briefer.meetings.model import POSITION_LABELS, SOURCES, Meeting, Report
from briefer.support.validation import readable
from briefer.support.when import long_date, short_date


def summary_line(meetings: list[Meeting], shown: int, now: dt.datetime) -> str:
    """The line over the list, as it stands at ``now``."""
    today = now.date()
    overdue = sum(1 for m in meetings if m.follow_up_state(today) == "overdue")
    due = sum(1 for m in meetings if m.follow_up_state(today) == "due")
    missing = sum(1 for m in meetings if m.report is None and m.passed(now))
    parts = [f"{len(meetings)} meeting{'s' if len(meetings) != 1 else ''}"]
    if shown != len(meetings):
        parts[0] = f"{shown} of {parts[0]} shown"
    if overdue:
        parts.append(f"{overdue} follow-up{'s' if overdue != 1 else ''} overdue")
    if due:
        parts.append(f"{due} due soon")
    if missing:
        parts.append(f"{missing} awaiting a report")
    return " · ".join(parts)


def detail_html(m: Meeting, now: dt.datetime) -> str:
    """The selected meeting, as the detail pane shows it (what a teammate's log holds escaped,
    and without control characters or marks that reorder text)."""

    def e(text: str) -> str:
        return html.escape(readable(text, lines=True))

    when = ", ".join(x for x in (long_date(m.date) if m.date else "No date", m.time) if x)
    out = [f"<h3 style='margin-bottom:2px'>{e(m.who)}</h3>", f"<p style='color:#555'>{e(when)}"]
    if m.location:
        out[-1] += f" · {e(m.location)}"
    out[-1] += "</p>"
    facts = [("Staffer", m.staffer_named), ("Our team", ", ".join(m.attendees)), ("Ask", m.ask)]
    r: Report | None = m.report
    if r is None:
        out.append(
            "<p><i>No report yet.</i></p>"
            if m.passed(now)
            else "<p><i>The meeting is still ahead.</i></p>"
        )
    else:
        facts = [
            ("Position", POSITION_LABELS[r.position]),
            ("We met", r.met),
            ("Email", r.staffer_email),
            *facts,
        ]
        if r.follow_up:
            state = m.follow_up_state(now.date())
            facts.append(("Follow up", f"{short_date(r.follow_up)} ({state})"))
    rows = "".join(
        f"<tr><td style='color:#555;padding-right:10px'>{e(k)}</td><td>{e(v)}</td></tr>"
        for k, v in facts
        if v
    )
    out.append(f"<table>{rows}</table>")
    if r is not None:
        if r.questions:
            items = "".join(
                f"<li>{e(q.question)}"
                + (
                    f"<br><span style='color:#555'>{e(q.answer)}</span>"
                    if q.answer
                    else " <i>(we owe an answer)</i>"
                )
                + "</li>"
                for q in r.questions
            )
            out.append(f"<p><b>Their questions</b></p><ul>{items}</ul>")
        for title, items in (
            ("They asked of us", r.requests),
            ("We promised", r.our_commitments),
            ("They promised", r.their_commitments),
        ):
            if items:
                out.append(
                    f"<p><b>{title}</b></p><ul>"
                    + "".join(f"<li>{e(i)}</li>" for i in items)
                    + "</ul>"
                )
        if r.notes:
            out.append("<p><b>Notes</b></p><p>" + e(r.notes).replace("\n", "<br>") + "</p>")
    given = sum(1 for page in m.exports if page.given)
    out.append(f"<p><b>Pages</b> ({len(m.exports)}, {given} given to the office)</p>")
    if not m.exports:
        out.append("<p style='color:#555'>None recorded.</p>")
    for page in reversed(m.exports):
        at = page.at[:16].replace("T", " ")
        what = page.file_name or "printed"
        short = sum(1 for _, v in page.points if v == "short")
        out.append(
            f"<p style='margin:2px 0'>{e(what)} — {e(SOURCES.get(page.source, page.source))}, "
            f"{e(at)} UTC — {'given' if page.given else 'not marked given'}<br>"
            f"<span style='color:#555'>{page.format.upper()}, {e(page.template)}, {e(page.paper)}, "
            f"{len(page.points)} points ({short} short), id {page.short_id}</span></p>"
        )
    return "".join(out)
