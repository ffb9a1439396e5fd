"""The page's fixed words in the brief's language (``language:``): the labels, the meeting line,
the footer, the sections' headings, and dates and times in that language's style (CLDR data
through Babel). English keeps the words and dates it always had (briefer.page.audience).

The content (the pack's texts) is not here: a pack is written in its own language.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

PageLanguage = Literal["en", "de", "fr", "pl", "lt"]
PAGE_LANGUAGES: tuple[str, ...] = ("en", "de", "fr", "pl", "lt")
LANGUAGE_NAMES = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "pl": "Polish",
    "lt": "Lithuanian",
}

# The letters each language needs beyond ASCII: the template's font must draw them all.
LETTERS = {
    "en": "",
    "de": "ÄÖÜäöüß„“",
    "fr": "ÀÂÇÉÈÊËÎÏÔÙÛÜŸŒÆàâçéèêëîïôùûüÿœæ«»",
    "pl": "ĄĆĘŁŃÓŚŹŻąćęłńóśźż„”",
    "lt": "ĄČĘĖĮŠŲŪŽąčęėįšųūž„“",
}


@dataclass(frozen=True)
class Words:
    our_ask: str
    bill: str  # "Bill: " (with its space)
    myth: str  # "Claim: " (a misconception's claim, with what follows a label)
    fact: str  # "Response: "
    myth_head: str  # a table's column: "Claim"
    fact_head: str  # "Response"
    for_who: str  # "For {who}"
    with_staffer: str  # "with {staffer}"
    prepared: str  # "Prepared for the meeting of {date}"
    source: str  # "Source: "
    member_data: str  # "Member data: {credit}"
    the_meeting: str
    contact: str
    more: str  # "More: "
    register: str  # "EU Transparency Register {id}"
    # the sections' headings: a template's English heading, else the kind's own
    headings: dict[str, str] = field(default_factory=dict)
    # the legislature as a heading names it, by audience
    legislatures: dict[str, str] = field(default_factory=dict)
    # the closing ask, to the member by name: "We ask {name} to {ask}" (an ask that starts with
    # a verb, where the language can say it so), else "{name}, our ask: {ask}"
    ask_to: str = ""
    ask_you: str = "{name}: {ask}"
    # why this office, where the line is not written as an English sentence: the committees
    # (with the member's role, as the directory names them) and the seat, after the name
    why_committees: str = "{committees}"
    why_seat: str = "{place}"


ENGLISH = Words(
    "Our ask", "Bill: ", "Claim: ", "Response: ", "Claim", "Response", "For {who}",
    "with {staffer}", "Prepared for the meeting of {date}", "Source: ", "Member data: {credit}",
    "The meeting", "Contact", "More: ", "EU Transparency Register {id}",
    ask_to="We ask {name} to {ask}", ask_you="{name}, we ask you: {ask}",
)  # fmt: skip

WORDS: dict[str, Words] = {
    "en": ENGLISH,
    "de": Words(
        "Unsere Bitte",
        "Gesetzentwurf: ",
        "Behauptung: ",
        "Antwort: ",
        "Behauptung",
        "Antwort",
        "Für {who}",
        "mit {staffer}",
        "Vorbereitet für das Gespräch am {date}",
        "Quelle: ",
        "Abgeordnetendaten: {credit}",
        "Das Gespräch",
        "Kontakt",
        "Mehr: ",
        "EU-Transparenzregister {id}",
        ask_you="{name}, unsere Bitte: {ask}",
        why_committees="Ausschüsse: {committees}",
        why_seat="Wahlkreis: {place}",
        headings={
            "Sanctions are working": "Die Sanktionen wirken",
            "The evidence": "Die Belege",
            "Why it matters": "Warum es darauf ankommt",
            "What critics claim": "Was Kritiker behaupten",
            "Myths and facts": "Mythen und Fakten",
            "Myth and fact": "Mythos und Fakt",
            "What we recommend": "Was wir empfehlen",
            "What {legislature} can do": "Was {legislature} tun kann",
            "Background": "Hintergrund",
            "framing": "Worum es geht",
            "evidence": "Die Belege",
            "misconceptions": "Was Kritiker behaupten",
            "recommendations": "Was wir empfehlen",
            "context": "Hintergrund",
        },
        legislatures={
            "us-congress": "der Kongress",
            "us-state": "das Parlament des Bundesstaats",
            "eu-parliament": "das Europäische Parlament",
            "national-parliament": "das Parlament",
        },
    ),
    "fr": Words(
        "Notre demande",
        "Proposition de loi : ",
        "Affirmation : ",
        "Réponse : ",
        "Affirmation",
        "Réponse",
        "Pour {who}",
        "avec {staffer}",
        "Préparé pour la réunion du {date}",
        "Source : ",
        "Données sur l’élu : {credit}",
        "La réunion",
        "Contact",
        "En savoir plus : ",
        "Registre de transparence de l’UE {id}",
        ask_you="{name}, notre demande : {ask}",
        why_committees="commissions : {committees}",
        why_seat="circonscription : {place}",
        headings={
            "Sanctions are working": "Les sanctions fonctionnent",
            "The evidence": "Les faits",
            "Why it matters": "Pourquoi c’est important",
            "What critics claim": "Ce qu’affirment les critiques",
            "Myths and facts": "Idées reçues et réalités",
            "Myth and fact": "Idée reçue et réalité",
            "What we recommend": "Nos recommandations",
            "What {legislature} can do": "Ce que {legislature} peut faire",
            "Background": "Contexte",
            "framing": "L’essentiel",
            "evidence": "Les faits",
            "misconceptions": "Ce qu’affirment les critiques",
            "recommendations": "Nos recommandations",
            "context": "Contexte",
        },
        legislatures={
            "us-congress": "le Congrès",
            "us-state": "le parlement de l’État",
            "eu-parliament": "le Parlement européen",
            "national-parliament": "le Parlement",
        },
    ),
    "pl": Words(
        "Nasza prośba",
        "Projekt ustawy: ",
        "Twierdzenie: ",
        "Odpowiedź: ",
        "Twierdzenie",
        "Odpowiedź",
        "Dla: {who}",
        "z udziałem: {staffer}",
        "Przygotowano na spotkanie: {date}",
        "Źródło: ",
        "Dane o parlamentarzyście: {credit}",
        "Spotkanie",
        "Kontakt",
        "Więcej: ",
        "Rejestr służący przejrzystości UE {id}",
        ask_you="{name}, nasza prośba: {ask}",
        why_committees="komisje: {committees}",
        why_seat="okręg: {place}",
        headings={
            "Sanctions are working": "Sankcje działają",
            "The evidence": "Fakty",
            "Why it matters": "Dlaczego to ważne",
            "What critics claim": "Co twierdzą krytycy",
            "Myths and facts": "Mity i fakty",
            "Myth and fact": "Mit i fakt",
            "What we recommend": "Nasze rekomendacje",
            "What {legislature} can do": "Co może zrobić {legislature}",
            "Background": "Kontekst",
            "framing": "W skrócie",
            "evidence": "Fakty",
            "misconceptions": "Co twierdzą krytycy",
            "recommendations": "Nasze rekomendacje",
            "context": "Kontekst",
        },
        legislatures={
            "us-congress": "Kongres",
            "us-state": "parlament stanowy",
            "eu-parliament": "Parlament Europejski",
            "national-parliament": "Parlament",
        },
    ),
    "lt": Words(
        "Mūsų prašymas",
        "Įstatymo projektas: ",
        "Teiginys: ",
        "Atsakymas: ",
        "Teiginys",
        "Atsakymas",
        "Kam: {who}",
        "dalyvaujant: {staffer}",
        "Parengta susitikimui {date}",
        "Šaltinis: ",
        "Duomenys apie narį: {credit}",
        "Susitikimas",
        "Kontaktai",
        "Daugiau: ",
        "ES skaidrumo registras {id}",
        ask_you="{name}, mūsų prašymas: {ask}",
        why_committees="komitetai: {committees}",
        why_seat="apygarda: {place}",
        headings={
            "Sanctions are working": "Sankcijos veikia",
            "The evidence": "Faktai",
            "Why it matters": "Kodėl tai svarbu",
            "What critics claim": "Ką teigia kritikai",
            "Myths and facts": "Mitai ir faktai",
            "Myth and fact": "Mitas ir faktas",
            "What we recommend": "Ką rekomenduojame",
            "What {legislature} can do": "Ką gali padaryti {legislature}",
            "Background": "Kontekstas",
            "framing": "Svarbiausia",
            "evidence": "Faktai",
            "misconceptions": "Ką teigia kritikai",
            "recommendations": "Ką rekomenduojame",
            "context": "Kontekstas",
        },
        legislatures={
            "us-congress": "Kongresas",
            "us-state": "valstijos parlamentas",
            "eu-parliament": "Europos Parlamentas",
            "national-parliament": "Parlamentas",
        },
    ),
}


def words_for(language: str) -> Words:
    return WORDS.get(language, ENGLISH)


def heading(text: str, kind: str, language: str, audience: str) -> str:
    """A template's heading in the page's language ("{legislature}" not yet filled in for
    English; filled in for the others, with the legislature's name in that language)."""
    if language == "en":
        return text
    words = words_for(language)
    translated = words.headings.get(text) or words.headings.get(kind) or text
    return translated.replace("{legislature}", words.legislatures.get(audience, ""))


def long_date(date: dt.date, language: str, weekday: bool = True) -> str:
    """A date in the language's own long style (CLDR): "Donnerstag, 3. Dezember 2026",
    "czwartek, 3 grudnia 2026", "2026 m. gruodžio 3 d., ketvirtadienis"."""
    from babel.dates import format_date

    return format_date(date, "full" if weekday else "long", locale=language)


def time_text(time: str, language: str, day_first: bool = False) -> str:
    """A brief's time ("2:30 PM") as the language writes it ("14:30"), and in English for a
    day-first audience as Europe writes it (British English: "14:30"); as written if unread."""
    if not time or (language == "en" and not day_first):
        return time
    from babel.dates import format_time

    from briefer.support.when import parse_time

    try:
        value = parse_time(time)
    except ValueError:
        return time
    return format_time(value, "short", locale="en_GB" if language == "en" else language)
