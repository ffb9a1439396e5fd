"""The thank-you's words in the brief's page language (German, French, Polish, Lithuanian);
English is written in briefer.meetings.followup itself. Dates come from CLDR
(briefer.page.words.long_date)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ThanksWords:
    subject_org: str  # {org}
    subject_us: str
    dear: str  # {name}
    dear_office: str  # {who}
    hello: str
    thanks_office_day: str  # {name} {day}
    thanks_office: str  # {name}
    thanks_day: str  # {day}
    thanks: str
    request: str  # {ask}
    you_asked: str
    owe: str
    requests: str
    promised: str
    offered: str
    again: str  # {day}
    attached: str  # the page we left with them
    attached_plain: str  # a page, none recorded as given to them
    sign: str


THANKS: dict[str, ThanksWords] = {
    "de": ThanksWords(
        "Vielen Dank für das Gespräch mit {org}", "Vielen Dank für das Gespräch mit uns",
        "Sehr geehrte(r) {name},", "Sehr geehrte Damen und Herren im Büro von {who},",
        "Guten Tag,",
        "vielen Dank, dass Sie sich am {day} Zeit für das Gespräch im Büro von {name} genommen "
        "und uns angehört haben.",
        "vielen Dank, dass Sie sich Zeit für das Gespräch im Büro von {name} genommen und uns "
        "angehört haben.",
        "vielen Dank, dass Sie sich am {day} Zeit für das Gespräch genommen und uns angehört "
        "haben.",
        "vielen Dank, dass Sie sich Zeit für das Gespräch genommen und uns angehört haben.",
        "Unsere Bitte noch einmal: {ask}", "Sie fragten:", "Wir schulden Ihnen noch Antworten zu:",
        "Sie baten uns um Folgendes; wir schicken es Ihnen:", "Wie versprochen werden wir:",
        "Vielen Dank für Ihr Angebot:", "Wir melden uns bis zum {day} wieder.",
        "Die einseitige Zusammenfassung, die wir Ihnen dagelassen haben, ist angehängt.",
        "Eine einseitige Zusammenfassung unserer Punkte ist angehängt.",
        "Mit Dank,",
    ),
    "fr": ThanksWords(
        "Merci d’avoir rencontré {org}", "Merci de nous avoir rencontrés", "Madame, Monsieur,",
        "Mesdames et Messieurs du bureau de {who},", "Bonjour,",
        "Merci d’avoir pris le temps de nous recevoir au bureau de {name} le {day} et de nous "
        "avoir écoutés.",
        "Merci d’avoir pris le temps de nous recevoir au bureau de {name} et de nous avoir "
        "écoutés.",
        "Merci d’avoir pris le temps de nous recevoir le {day} et de nous avoir écoutés.",
        "Merci d’avoir pris le temps de nous recevoir et de nous avoir écoutés.",
        "Notre demande, une fois encore : {ask}", "Vous nous avez demandé :",
        "Nous vous devons encore une réponse sur :",
        "Vous nous avez demandé ce qui suit ; nous vous l’enverrons :",
        "Comme promis, nous allons :", "Merci d’avoir proposé de :",
        "Nous reprendrons contact d’ici le {day}.",
        "Vous trouverez en pièce jointe la page de synthèse que nous vous avons laissée.",
        "Vous trouverez en pièce jointe une page de synthèse de nos arguments.",
        "Avec nos remerciements,",
    ),
    "pl": ThanksWords(
        "Dziękujemy za spotkanie z {org}", "Dziękujemy za spotkanie", "Szanowni Państwo,",
        "Szanowni Państwo z biura: {who},", "Dzień dobry,",
        "dziękujemy za czas poświęcony na spotkanie w biurze: {name} ({day}) i za "
        "wysłuchanie nas.",
        "dziękujemy za czas poświęcony na spotkanie w biurze: {name} i za wysłuchanie nas.",
        "dziękujemy za czas poświęcony na spotkanie ({day}) i za wysłuchanie nas.",
        "dziękujemy za czas poświęcony na spotkanie i za wysłuchanie nas.",
        "Nasza prośba raz jeszcze: {ask}", "Pytali Państwo:",
        "Jesteśmy winni odpowiedzi w sprawach:",
        "Prosili Państwo o poniższe; prześlemy to:", "Zgodnie z obietnicą:",
        "Dziękujemy za propozycję:", "Odezwiemy się ponownie do {day}.",
        "W załączniku jednostronicowe podsumowanie, które u Państwa zostawiliśmy.",
        "W załączniku jednostronicowe podsumowanie naszych argumentów.",
        "Z podziękowaniami,",
    ),
    "lt": ThanksWords(
        "Dėkojame už susitikimą su {org}", "Dėkojame už susitikimą su mumis",
        "Gerbiamas (-a) {name},", "Gerbiami {who} biuro darbuotojai,", "Laba diena,",
        "dėkojame, kad {day} skyrėte laiko susitikimui {name} biure ir mus išklausėte.",
        "dėkojame, kad skyrėte laiko susitikimui {name} biure ir mus išklausėte.",
        "dėkojame, kad {day} skyrėte laiko susitikimui ir mus išklausėte.",
        "dėkojame, kad skyrėte laiko susitikimui ir mus išklausėte.",
        "Dar kartą mūsų prašymas: {ask}", "Jūs klausėte:", "Dar turime atsakyti į šiuos klausimus:",
        "Prašėte mūsų šių dalykų; juos atsiųsime:", "Kaip žadėjome, mes:",
        "Dėkojame, kad pasiūlėte:", "Vėl susisieksime iki {day}.",
        "Pridedame vieno puslapio santrauką, kurią jums palikome.",
        "Pridedame vieno puslapio mūsų argumentų santrauką.", "Su padėka,",
    ),
}  # fmt: skip
