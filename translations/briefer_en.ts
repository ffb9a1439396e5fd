<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n word(s)</source>
        <translation>
            <numerusform>%n word</numerusform>
            <numerusform>%n words</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) (the pack’s long texts keep to {limit})</source>
        <translation>
            <numerusform>%n word (the pack’s long texts keep to {limit})</numerusform>
            <numerusform>%n words (the pack’s long texts keep to {limit})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) chosen</source>
        <translation>
            <numerusform>%n point chosen</numerusform>
            <numerusform>%n points chosen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n on the page</source>
        <translation>
            <numerusform>%n on the page</numerusform>
            <numerusform>%n on the page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) use their default words for {audience}, which name another body:</source>
        <translation>
            <numerusform>%n point uses its default words for {audience}, which name another body:</numerusform>
            <numerusform>%n points use their default words for {audience}, which name another body:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s)</source>
        <translation>
            <numerusform>%n point</numerusform>
            <numerusform>%n points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n in short form</source>
        <translation>
            <numerusform>%n in short form</numerusform>
            <numerusform>%n in short form</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) for {who}</source>
        <translation>
            <numerusform>%n point for {who}</numerusform>
            <numerusform>%n points for {who}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chose %n point(s) suggested for {who}.</source>
        <translation>
            <numerusform>Chose %n point suggested for {who}.</numerusform>
            <numerusform>Chose %n points suggested for {who}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen point(s) it does not have were left out.</source>
        <translation>
            <numerusform>%n chosen point it does not have was left out.</numerusform>
            <numerusform>%n chosen points it does not have were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n point(s).</source>
        <translation>
            <numerusform>%n point.</numerusform>
            <numerusform>%n points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix before saving (marked ⚠).</source>
        <translation>
            <numerusform>%n problem to fix before saving (marked ⚠).</numerusform>
            <numerusform>%n problems to fix before saving (marked ⚠).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not saved: fix the %n problem(s) marked in red first.</source>
        <translation>
            <numerusform>Not saved: fix the %n problem marked in red first.</numerusform>
            <numerusform>Not saved: fix the %n problems marked in red first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n text(s) to write in {language} (marked ○).</source>
        <translation>
            <numerusform>%n text to write in {language} (marked ○).</numerusform>
            <numerusform>%n texts to write in {language} (marked ○).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Or leave out this point to fit: {points}.</numerusform>
            <numerusform>Or leave out these %n points to fit: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave out these %n point(s) to fit: {points}.</source>
        <translation>
            <numerusform>Leave out this point to fit: {points}.</numerusform>
            <numerusform>Leave out these %n points to fit: {points}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Or shorten your text for them.</source>
        <translation>
            <numerusform>Or shorten your text for it.</numerusform>
            <numerusform>Or shorten your texts for them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s)</source>
        <translation>
            <numerusform>%n meeting</numerusform>
            <numerusform>%n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of {all} shown</source>
        <translation>
            <numerusform>%n of {all} shown</numerusform>
            <numerusform>%n of {all} shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n due soon</source>
        <translation>
            <numerusform>%n due soon</numerusform>
            <numerusform>%n due soon</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n awaiting a report</source>
        <translation>
            <numerusform>%n awaiting a report</numerusform>
            <numerusform>%n awaiting a report</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n short</source>
        <translation>
            <numerusform>%n short</numerusform>
            <numerusform>%n short</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n committee(s)</source>
        <translation>
            <numerusform>%n committee</numerusform>
            <numerusform>%n committees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n Member(s) of the European Parliament from {source}</source>
        <translation>
            <numerusform>%n Member of the European Parliament from {source}</numerusform>
            <numerusform>%n Members of the European Parliament from {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{label}: %n member(s), imported {date}</source>
        <translation>
            <numerusform>{label}: %n member, imported {date}</numerusform>
            <numerusform>{label}: %n members, imported {date}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>core</name>
    <message numerus="yes">
        <source>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</source>
        <translation>
            <numerusform>template &apos;{name}&apos; shows %n point, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</numerusform>
            <numerusform>template &apos;{name}&apos; shows %n points, one of each kind first (a response, a recommendation, the evidence); left out: {left_out}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</source>
        <translation>
            <numerusform>the ask is %n word: one sentence of up to about {most} is read and remembered; the reasons can go in the points</numerusform>
            <numerusform>the ask is %n words: one sentence of up to about {most} is read and remembered; the reasons can go in the points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Built {built} of %n meeting(s)</source>
        <translation>
            <numerusform>Built {built} of %n meeting</numerusform>
            <numerusform>Built {built} of %n meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meeting(s) could not be built:</source>
        <translation>
            <numerusform>%n meeting could not be built:</numerusform>
            <numerusform>%n meetings could not be built:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</source>
        <translation>
            <numerusform>the sidebar is too long by about %n line: shorten the ask or the meeting details, or choose another template</numerusform>
            <numerusform>the sidebar is too long by about %n lines: shorten the ask or the meeting details, or choose another template</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too long for one page by about %n lines even at {size} pt with short texts</source>
        <translation>
            <numerusform>too long for one page by about %n line even at {size} pt with short texts</numerusform>
            <numerusform>too long for one page by about %n lines even at {size} pt with short texts</numerusform>
        </translation>
    </message>
</context>
</TS>
