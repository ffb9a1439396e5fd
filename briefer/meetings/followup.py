"""The thank-you after the meeting: thanks, the ask once more, answers to their questions and what
each side promised — as plain text, and as an email draft with the leave-behind attached.
"""

from __future__ import annotations

import datetime as dt

from briefer.meetings.model import Meeting, Report
from briefer.meetings.thanks_words import THANKS, ThanksWords
from briefer.page.brief import Brief, staffer_name
from briefer.page.compose import format_date, who
from briefer.page.office import bill_line
from briefer.page.words import long_date
from briefer.render.email import Attachment, Draft, render_email
from briefer.support.errors import BrieferError


def _bullets(items: tuple[str, ...] | list[str]) -> list[str]:
    return [f"- {item}" for item in items if item]


def the_ask(brief: Brief) -> str:
    """The ask as the page put it: the brief's own, or the pack's ask for the brief's audience."""
    from briefer.page.audience import audience_for
    from briefer.page.office import ask_for
    from briefer.pipeline import pack_for

    try:
        pack = pack_for(brief)
        pack = pack.in_language(brief.language) or pack  # the pack's ask in the page's language
        return ask_for(pack, brief, audience_for(brief).id)
    except BrieferError:  # the pack is gone: the brief's words
        return brief.ask.strip()


def subject(brief: Brief) -> str:
    topic = bill_line(brief)
    org = brief.sender.organization
    base = f"Thank you for meeting with {org}" if org else "Thank you for meeting with us"
    words = THANKS.get(brief.language)
    if words is not None:
        base = words.subject_org.format(org=org) if org else words.subject_us
    return f"{base} — {topic}" if topic else base


def greeting(brief: Brief, report: Report | None) -> str:
    """To the staffer the meeting names, else to whom the report says we met ("Jesús García,
    foreign policy adviser": the name), else to the office."""
    staffer = staffer_name(brief.meeting)
    if not staffer and report is not None and report.met.strip():
        staffer = report.met.split(",")[0].strip()
    words = THANKS.get(brief.language)
    if words is not None:
        if staffer:
            return words.dear.format(name=staffer)
        if brief.meeting.legislator:
            return words.dear_office.format(who=who(brief))
        return words.hello
    if staffer:
        return f"Dear {staffer},"
    if brief.meeting.legislator:
        return f"Dear colleagues in the office of {who(brief)},"
    return "Hello,"


def body(
    brief: Brief,
    meeting: Meeting | None = None,
    *,
    paper: str | None = None,
    attached: bool = True,
) -> str:
    """The thank-you in plain text, ready to edit: short paragraphs, lists as dashes. It says a
    page was left with the office only when the log records one given for this meeting."""
    if brief.language in THANKS:
        return _body_in(brief, meeting, THANKS[brief.language], attached)
    report = meeting.report if meeting else None
    if not paper and not brief.paper:  # the audience's date style: 3 December for Europe
        from briefer.page.audience import audience_for

        paper = audience_for(brief).dates
    paper = paper or brief.paper or "letter"
    m = brief.meeting
    day = format_date(m.date, paper) if m.date else ""
    name = " ".join(part for part in (m.title, m.legislator) if part)
    office = f" with {name}’s office" if m.legislator else ""
    when = f" on {day}" if day else ""
    lines = [greeting(brief, report), ""]
    lines.append(f"Thank you for taking the time to meet{office}{when}, and for hearing us out.")
    ask = the_ask(brief)
    if ask:
        bill = f" ({bill_line(brief)})" if brief.bill and brief.bill not in ask else ""
        lines += ["", f"Our request, once more: {ask}{bill}"]
    if report is not None:
        answered = [q for q in report.questions if q.answer]
        open_ = [q for q in report.questions if not q.answer]
        if answered:
            lines += ["", "You asked:"]
            for q in answered:
                lines += [f"- {q.question}", f"  {q.answer}"]
        if open_:
            lines += ["", "We owe you answers on:"]
            lines += _bullets([q.question for q in open_])
        if report.requests:  # what they asked of us, in their words: a thing to send
            lines += ["", "You asked us for the following; we will send it:"]
            lines += _bullets(list(report.requests))
        if report.our_commitments:
            lines += ["", "As promised, we will:"]
            lines += _bullets(list(report.our_commitments))
        if report.their_commitments:
            lines += ["", "Thank you for offering to:"]
            lines += _bullets(list(report.their_commitments))
        if report.follow_up and not report.follow_up_done:
            lines += ["", f"We will be in touch again by {format_date(report.follow_up, paper)}."]
    left = meeting is not None and meeting.given_count > 0
    if attached:
        lines += [
            "",
            "The one-page summary we left with you is attached."
            if left
            else "A one-page summary of our points is attached.",
        ]
    s = brief.sender
    sign = [part for part in (s.name, s.organization) if part]
    contact = " · ".join(part for part in (s.email, s.phone, s.website) if part)
    lines += ["", "With thanks,", *sign]
    if contact:
        lines.append(contact)
    return "\n".join(lines) + "\n"


def _body_in(
    brief: Brief, meeting: Meeting | None, words: ThanksWords, attached: bool = True
) -> str:
    """The thank-you in the brief's page language: the same parts as the English one."""
    report = meeting.report if meeting else None
    m = brief.meeting
    day = long_date(m.date, brief.language) if m.date else ""
    name = " ".join(part for part in (m.title, m.legislator) if part)
    if m.legislator:
        thanks = words.thanks_office_day if day else words.thanks_office
    else:
        thanks = words.thanks_day if day else words.thanks
    lines = [greeting(brief, report), "", thanks.format(name=name, day=day)]
    ask = the_ask(brief)
    if ask:
        bill = f" ({bill_line(brief)})" if brief.bill and brief.bill not in ask else ""
        lines += ["", words.request.format(ask=ask + bill)]
    if report is not None:
        answered = [q for q in report.questions if q.answer]
        open_ = [q for q in report.questions if not q.answer]
        if answered:
            lines += ["", words.you_asked]
            for q in answered:
                lines += [f"- {q.question}", f"  {q.answer}"]
        if open_:
            lines += ["", words.owe, *_bullets([q.question for q in open_])]
        if report.requests:
            lines += ["", words.requests, *_bullets(list(report.requests))]
        if report.our_commitments:
            lines += ["", words.promised, *_bullets(list(report.our_commitments))]
        if report.their_commitments:
            lines += ["", words.offered, *_bullets(list(report.their_commitments))]
        if report.follow_up and not report.follow_up_done:
            again = long_date(report.follow_up, brief.language, weekday=False)
            lines += ["", words.again.format(day=again)]
    left = meeting is not None and meeting.given_count > 0
    if attached:
        lines += ["", words.attached if left else words.attached_plain]
    s = brief.sender
    sign = [part for part in (s.name, s.organization) if part]
    contact = " · ".join(part for part in (s.email, s.phone, s.website) if part)
    lines += ["", words.sign, *sign]
    if contact:
        lines.append(contact)
    return "\n".join(lines) + "\n"


def as_text(brief: Brief, meeting: Meeting | None = None, *, paper: str | None = None) -> str:
    """What "Copy as text" puts on the clipboard: the subject line, then the message."""
    return f"Subject: {subject(brief)}\n\n{body(brief, meeting, paper=paper)}"


def draft(
    brief: Brief,
    meeting: Meeting | None,
    pdf: bytes | None,
    pdf_name: str,
    *,
    paper: str | None = None,
) -> Draft:
    report = meeting.report if meeting else None
    to_address = report.staffer_email if report else ""
    to_name = staffer_name(brief.meeting) if to_address else ""
    attachments = (Attachment(pdf_name, pdf),) if pdf is not None else ()
    return Draft(
        subject=subject(brief),
        body=body(brief, meeting, paper=paper, attached=pdf is not None),
        to_name=to_name,
        to_address=to_address,
        from_name=brief.sender.name or brief.sender.organization,
        from_address=brief.sender.email,
        attachments=attachments,
    )


def thank_you_eml(
    brief: Brief, meeting: Meeting | None, pdf: bytes | None, pdf_name: str, **kw: object
) -> bytes:
    """The .eml draft, the leave-behind attached."""
    return render_email(draft(brief, meeting, pdf, pdf_name, **kw))  # type: ignore[arg-type]


def due_date(meeting_day: dt.date, weeks: int = 2) -> dt.date:
    """A follow-up two weeks after the meeting, moved off a weekend to the Monday."""
    day = meeting_day + dt.timedelta(weeks=weeks)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
