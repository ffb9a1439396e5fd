"""The starter brief that `briefer new` writes: commented, and it builds as it is."""

from __future__ import annotations

import datetime as dt
import json

from briefer.page.content import Pack


def starter_brief(pack: Pack, today: dt.date) -> str:
    meeting_day = today + dt.timedelta(days=7)
    block_lines = "\n".join(f"  - {block_id}" for block_id in pack.defaults)
    return f"""\
# A Briefer brief: one meeting's leave-behind. Edit the values, then run
#   briefer build brief.yaml -o leave-behind.pdf
# `briefer blocks` lists the talking points you can choose. Text is plain: no markup.
briefer: 1
template: classic        # classic | myth-fact | sidebar | bold (`briefer templates` lists them)
paper: letter            # letter (US offices) | a4 (European offices)
# audience: us-congress  # us-state | eu-parliament | national-parliament: headings and dates

meeting:
  legislator: Jeanne Shaheen      # a name, or a bioguide id once the directory is imported
  title: Senator
  party: Democrat
  state: NH
  district: ""                    # for Representatives, e.g. 12, or At-large
  committees: [Foreign Relations]
  staffer: ""                     # who you meet, if it is staff
  date: {meeting_day.isoformat()}
  time: "10:30"                   # keep the quotes
  location: 506 Hart Senate Office Building   # empty: the directory fills it

sender:
  organization: Belarus Freedom Forum
  name: ""                        # shown in the footer and as the PDF author
  email: ""
  phone: ""
  website: ""
  about: ""                       # who we are, in one line (printed beside the contact)
  register_id: ""                 # EU Transparency Register id, for EU meetings
  logo: ""                        # your logo: a PNG, JPEG or SVG file beside this brief

# The ask comes first on the page, and last, to the member by name: one action they can take
# (cosponsor, sign, ask in a hearing, vote, press the government), with the bill if there is one.
# Left as the pack's ask, it follows the audience (`briefer build` words it for the body).
ask: {json.dumps(pack.ask, ensure_ascii=False)}
bill: ""
bill_title: ""                  # the bill's title, printed after its number
# why: ""                       # why this office: built from the committees; "" removes it
qr: ""                   # a web address to print as a QR code (your page, the full report)

# The talking points, in the order they appear within their section.
blocks:
{block_lines}

# Your own wording for a point, for this meeting only (replaces its short and long text):
edits: {{}}
#  hold-the-line: "Our own sentence for this office."
"""
