"""What the app says of meetings in words: the list's summary line and a meeting in full (HTML
for the detail pane), in the app's language."""

from __future__ import annotations

import datetime as dt
import html

from briefer.gui.common.dates import long_date, short_date
from briefer.gui.common.i18n import QT_TR_NOOP, tr
from briefer.gui.meetings.model import position_label
from briefer.meetings.model import Meeting, Report
from briefer.support.validation import readable

# How a page came to be (briefer.meetings.model.SOURCES), in the app's words.
SOURCES = {
    "build": QT_TR_NOOP("briefer build"),
    "export": QT_TR_NOOP("exported"),
    "print": QT_TR_NOOP("printed"),
    "lobby": QT_TR_NOOP("lobby day"),
}
STATES = {"overdue": QT_TR_NOOP("overdue"), "due": QT_TR_NOOP("due"), "done": QT_TR_NOOP("done")}


def summary_line(meetings: list[Meeting], shown: int, now: dt.datetime) -> str:
    """The line over the list, as it stands at ``now``."""
    today = now.date()
    overdue = sum(1 for m in meetings if m.follow_up_state(today) == "overdue")
    due = sum(1 for m in meetings if m.follow_up_state(today) == "due")
    missing = sum(1 for m in meetings if m.report is None and m.passed(now))
    parts = [tr("%n meeting(s)", None, len(meetings))]
    if shown != len(meetings):
        parts[0] = tr("%n of {all} shown", None, shown).format(all=parts[0])
    if overdue:
        parts.append(tr("%n follow-up(s) overdue", None, overdue))
    if due:
        parts.append(tr("%n due soon", None, due))
    if missing:
        parts.append(tr("%n awaiting a report", None, missing))
    return " · ".join(parts)


def detail_html(m: Meeting, now: dt.datetime) -> str:
    """The selected meeting, as the detail pane shows it (what a teammate's log holds escaped,
    and without control characters or marks that reorder text)."""

    def e(text: str) -> str:
        return html.escape(readable(text, lines=True))

    when = ", ".join(x for x in (long_date(m.date) if m.date else tr("No date"), m.time) if x)
    out = [f"<h3 style='margin-bottom:2px'>{e(m.who)}</h3>", f"<p style='color:#555'>{e(when)}"]
    if m.location:
        out[-1] += f" · {e(m.location)}"
    out[-1] += "</p>"
    facts = [
        (tr("Staffer"), m.staffer_named),
        (tr("Our team"), ", ".join(m.attendees)),
        (tr("Ask"), m.ask),
    ]
    r: Report | None = m.report
    if r is None:
        out.append(
            f"<p><i>{tr('No report yet')}.</i></p>"
            if m.passed(now)
            else f"<p><i>{tr('The meeting is still ahead')}.</i></p>"
        )
    else:
        facts = [
            (tr("Position"), position_label(r.position)),
            (tr("We met"), r.met),
            (tr("Email"), r.staffer_email),
            *facts,
        ]
        if r.follow_up:
            state = m.follow_up_state(now.date())
            said = tr(STATES[state]) if state in STATES else state
            facts.append((tr("Follow up"), f"{short_date(r.follow_up)} ({said})"))
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
                    else f" <i>({tr('we owe an answer')})</i>"
                )
                + "</li>"
                for q in r.questions
            )
            out.append(f"<p><b>{tr('Their questions')}</b></p><ul>{items}</ul>")
        for title, items in (
            (tr("They asked of us"), r.requests),
            (tr("We promised"), r.our_commitments),
            (tr("They promised"), r.their_commitments),
        ):
            if items:
                out.append(
                    f"<p><b>{title}</b></p><ul>"
                    + "".join(f"<li>{e(i)}</li>" for i in items)
                    + "</ul>"
                )
        if r.notes:
            out.append(
                f"<p><b>{tr('Notes')}</b></p><p>" + e(r.notes).replace("\n", "<br>") + "</p>"
            )
    given = sum(1 for page in m.exports if page.given)
    pages = tr("({count}, {given} given to the office)").format(count=len(m.exports), given=given)
    out.append(f"<p><b>{tr('Pages')}</b> {pages}</p>")
    if not m.exports:
        out.append(f"<p style='color:#555'>{tr('None recorded.')}</p>")
    for page in reversed(m.exports):
        at = page.at[:16].replace("T", " ")
        what = page.file_name or tr("printed")
        short = sum(1 for _, v in page.points if v == "short")
        source = tr(SOURCES[page.source]) if page.source in SOURCES else page.source
        given_or_not = tr("given") if page.given else tr("not marked given")
        points = tr("%n point(s)", None, len(page.points))
        shorts = tr("%n short", None, short)
        out.append(
            f"<p style='margin:2px 0'>{e(what)} — {e(source)}, "
            f"{e(at)} UTC — {e(given_or_not)}<br>"
            f"<span style='color:#555'>{page.format.upper()}, {e(page.template)}, {e(page.paper)}, "
            f"{e(points)} ({e(shorts)}), id {page.short_id}</span></p>"
        )
    return "".join(out)
