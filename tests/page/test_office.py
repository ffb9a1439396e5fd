"""Why this office, the ask for the audience, the closing ask and the advice on a position."""

from __future__ import annotations

from briefer.page import office
from briefer.page.brief import parse_brief
from briefer.page.content import load_pack
from tests.conftest import SAMPLE_BRIEF


def brief(**changes: str):  # type: ignore[no-untyped-def]
    text = SAMPLE_BRIEF
    for old, new in changes.items():
        text = text.replace(old.replace("_", " "), new)
    return parse_brief(text)


def test_why_this_office_from_the_committees_role_and_seat() -> None:
    shaheen = brief(
        **{
            "committees: [Foreign Relations]": "committees: ["
            "Senate Committee on Foreign Relations (Ranking Member), "
            "Senate Committee on Appropriations, Senate Committee on Armed Services]"
        }
    )
    assert office.why_line(shaheen) == (
        "Senator Jeanne Shaheen is Ranking Member of the Senate Committee on Foreign Relations, "
        "sits on the Senate Committee on Armed Services, and represents NH."
    )  # Appropriations does not bear on sanctions: left out
    typed = brief()  # "Foreign Relations", as a user types it
    assert office.why_line(typed) == (
        "Senator Jeanne Shaheen sits on the Foreign Relations Committee and represents NH."
    )
    house = brief(
        **{
            "state: NH": "state: NJ\n  district: 4",
            "title: Senator": "title: Representative",
            "committees: [Foreign Relations]": "committees: []",
        }
    )
    assert office.why_line(house) == "Representative Jeanne Shaheen represents NJ-4."


def test_the_user_writes_or_removes_the_why_line() -> None:
    own = parse_brief(SAMPLE_BRIEF + 'why: "She wrote the 2020 resolution we thank her for."\n')
    assert office.why_line(own) == "She wrote the 2020 resolution we thank her for."
    removed = parse_brief(SAMPLE_BRIEF + 'why: ""\n')
    assert office.why_line(removed) == ""


def test_the_pack_ask_follows_the_audience_but_the_users_own_stays() -> None:
    pack = load_pack()
    start = brief(
        **{
            "ask: Keep every sanction on the Lukashenka regime in place.": "ask: "
            + pack.ask.replace("\n", " ")
        }
    )
    assert office.ask_for(pack, start, "eu-parliament") == pack.asks["eu-parliament"]
    assert office.ask_for(pack, start, "us-state").startswith("Sponsor or cosponsor a resolution")
    own = brief()
    assert office.ask_for(pack, own, "eu-parliament") == own.ask  # the user's words win


def test_the_page_closes_on_the_ask_to_the_member_by_name() -> None:
    assert office.closing(brief(), "Cosponsor S. 1234.") == (
        "We ask Senator Jeanne Shaheen to cosponsor S. 1234."
    )
    assert office.closing(brief(), "S. 1234 deserves a vote.") == (
        "Senator Jeanne Shaheen, we ask you: S. 1234 deserves a vote."
    )
    assert office.closing(brief(), "") == ""
    assert office.closing(brief(**{"legislator: Jeanne Shaheen": "legislator: ''"}), "Vote.") == ""


def test_a_position_gets_advice_an_action_none() -> None:
    advice = office.ask_advice("Keep every sanction on the Lukashenka regime in place.")
    assert advice and "not an action" in advice and "cosponsor" in advice
    for ask in (
        "Cosponsor S. 1234.",
        "Sign the letter to the Administration.",
        "Ask in the hearing on Tuesday why sanctions were eased.",
        "Press the government to widen the sanctions.",
        load_pack().ask,
        *load_pack().asks.values(),
    ):
        assert office.ask_advice(ask) is None, ask


def test_bill_number_and_title() -> None:
    titled = parse_brief(SAMPLE_BRIEF + "bill_title: Belarus Democracy Act\n")
    assert office.bill_line(titled) == "S. 1234, Belarus Democracy Act"
    assert office.bill_line(brief()) == "S. 1234"


def test_why_this_office_names_a_subcommittee_and_its_role() -> None:
    chair = parse_brief(
        SAMPLE_BRIEF.replace(
            "committees: [Foreign Relations]",
            "committees: [Foreign Relations]\n  subcommittees: [Western Hemisphere, "
            "Europe and Regional Security Cooperation (Chair)]",
        )
    )
    assert office.why_line(chair) == (
        "Senator Jeanne Shaheen is Chair of the Subcommittee on Europe and Regional Security "
        "Cooperation, sits on the Foreign Relations Committee, and represents NH."
    )  # the Western Hemisphere does not bear on Belarus: left out


def test_why_this_office_in_the_pages_language() -> None:
    german = brief(**{"committees: [Foreign Relations]": "committees: [Auswärtiger Ausschuss]"})
    german = german.model_copy(update={"language": "de"})
    assert office.why_line(german) == (
        "Senator Jeanne Shaheen – Ausschüsse: Auswärtiger Ausschuss; Wahlkreis: NH."
    )
    polish = brief(**{"committees: [Foreign Relations]": "committees: ['Spraw Zagranicznych']"})
    assert office.why_line(polish.model_copy(update={"language": "pl"})) == (
        "Senator Jeanne Shaheen – komisje: Spraw Zagranicznych; okręg: NH."
    )


def test_why_this_office_names_foreign_affairs_before_armed_services() -> None:
    wilson = brief(
        **{
            "state: NH": "state: SC\n  district: 2",
            "title: Senator": "title: Representative",
            "Jeanne Shaheen": "Joe Wilson",
            "committees: [Foreign Relations]": "committees: [House Committee on Armed Services, "
            "House Committee on Education and Workforce, House Committee on Foreign Affairs]",
        }
    )  # the directory's order: alphabetical
    assert office.why_line(wilson) == (
        "Representative Joe Wilson sits on the House Committee on Foreign Affairs and the House "
        "Committee on Armed Services, and represents SC-2."
    )
