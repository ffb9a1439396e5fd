"""How ``briefer log`` prints meetings: the list as a table or JSON, and one meeting in full."""

from __future__ import annotations

from typing import Any

from briefer.cli.common import one_line


def meeting_row(meeting: Any, today: Any) -> list[str]:
    state = meeting.follow_up_state(today)
    follow = ""
    if meeting.report and meeting.report.follow_up:
        follow = meeting.report.follow_up.isoformat() + (f" {state}" if state != "upcoming" else "")
    return [
        meeting.short_id,
        meeting.date.isoformat() if meeting.date else "undated",
        one_line(meeting.time),
        one_line(meeting.who),
        meeting.position,
        follow,
        str(meeting.export_count),
        str(meeting.given_count),
    ]


def text_table(rows: list[list[str]], header: list[str]) -> str:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()
        for r in [header, *rows]
    ]
    return "\n".join(lines)


def list_json(meeting: Any, today: Any) -> dict[str, Any]:
    """A meeting for ``log list --json``: the data, plus its pages in short."""
    from briefer.meetings.exchange import meeting_data

    data = meeting_data(meeting)
    data["position"] = meeting.position
    data["follow_up_state"] = meeting.follow_up_state(today)
    data["exports"] = [
        {
            "id": e.id,
            "at": e.at,
            "source": e.source,
            "file_name": e.file_name,
            "format": e.format,
            "template": e.template,
            "paper": e.paper,
            "points": [list(p) for p in e.points],
            "sha256": e.sha256,
            "given": e.given,
        }
        for e in meeting.exports
    ]
    return data


def show_text(meeting: Any, today: Any) -> str:
    from briefer.meetings.model import SOURCES

    out = [
        f"Meeting {meeting.id}",
        f"  Member:     {one_line(meeting.who)}"
        + (f" ({one_line(meeting.member_id)})" if meeting.member_id else ""),
    ]
    when = " ".join(
        x for x in (meeting.date.isoformat() if meeting.date else "undated", meeting.time) if x
    )
    when = one_line(when)
    out.append(f"  When:       {when}")
    for label, value in (
        ("Where", meeting.location),
        ("Staffer", meeting.staffer_named),
        ("Ask", meeting.ask),
        ("Bill", meeting.bill),
    ):
        if value:  # each field on its one line: a line break in it would pose as another
            out.append(f"  {label + ':':<11} {one_line(value)}")
    if meeting.attendees:
        out.append(f"  Our team:   {one_line(', '.join(meeting.attendees))}")
    r = meeting.report
    if r is None:
        out.append("  Report:     none yet (briefer log report " + meeting.short_id + " ...)")
    else:
        out.append(f"  Position:   {r.position}")
        if r.met:
            out.append(f"  We met:     {one_line(r.met)}")
        if r.staffer_email:
            out.append(f"  Email:      {one_line(r.staffer_email)}")
        for title, items in (
            (
                "Their questions",
                [q.question + (f" — {q.answer}" if q.answer else "") for q in r.questions],
            ),
            ("They asked of us", r.requests),
            ("We promised", r.our_commitments),
            ("They promised", r.their_commitments),
        ):
            if items:
                out.append(f"  {title}:")
                out += [f"    - {one_line(item)}" for item in items]
        if r.follow_up:
            state = meeting.follow_up_state(today)
            out.append(f"  Follow-up:  {r.follow_up.isoformat()} ({state})")
        if r.notes:
            out.append("  Notes:")
            out += [f"    {line}" for line in r.notes.splitlines()]
    given = sum(1 for e in meeting.exports if e.given)
    out.append(f"  Pages ({len(meeting.exports)}, {given} given to the office):")
    for e in meeting.exports:
        points = ", ".join(f"{b}{'' if v == 'long' else ' (short)'}" for b, v in e.points)
        name = e.file_name or "(printed)"
        page = one_line(  # each page on its lines, whatever a teammate's file put in its fields
            f"{e.short_id}  {e.at[:16].replace('T', ' ')} UTC  "
            f"{SOURCES.get(e.source, e.source)}: {name} "
            f"({e.format.upper()}, {e.template}, {e.paper}, {e.body_size:g} pt)"
            + ("  given" if e.given else f"  not given (briefer log given {e.short_id})")
        )
        out.append(f"    {page}")
        out.append(f"              points: {one_line(points)}")
        out.append(f"              sha256: {e.sha256}")
    return "\n".join(out)
