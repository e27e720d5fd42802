"""Ten years of money on the tiny routes, worked out by hand from the tiny data."""

from __future__ import annotations

from pathways.graph import Graph
from pathways.money import apprentice_pay, apprentice_words, describe, loan_words, plan, step_words
from pathways.routes import Route, find_routes

APPRENTICE_YEAR = round(8.00 * 30 * 52)  # 12,480 from the tiny assumptions


def route(graph: Graph, start: str, job: str, key: str) -> Route:
    return next(r for r in find_routes(graph, start, job, limit=8) if r.key == key)


def test_apprentice_pay_comes_from_the_assumptions(tiny_graph: Graph) -> None:
    assert apprentice_pay(tiny_graph) == APPRENTICE_YEAR == 12_480


def test_apprenticeship_pays_from_16_then_the_starter_pay(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph, route(tiny_graph, "years-10-11", "laboratory-technician", "laboratory-technician-l3~laboratory-technician")
    )
    assert money.first_age == 16
    assert money.ages == tuple(range(16, 26))
    assert money.by_year == (APPRENTICE_YEAR,) * 2 + (20_000,) * 8
    assert money.total == 2 * APPRENTICE_YEAR + 8 * 20_000
    assert money.earned_while_learning == 2 * APPRENTICE_YEAR
    assert money.tuition == 0
    assert money.qualified_age == 18
    assert {a.id for a in money.assumptions} == {"apprentice-minimum-wage", "apprentice-hours-per-week"}
    assert all(a.source_url.startswith("https://") for a in money.assumptions)


def test_a_degree_costs_fees_and_unknown_pay_is_said_not_guessed(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph,
        route(
            tiny_graph, "years-10-11", "biomedical-scientist", "a-levels-sciences~degree-biomedical-science~biomedical-scientist"
        ),
    )
    assert money.by_year == (0, 0, -9535, -9535, -9535, 0, 0, 0, 0, 0)
    assert money.tuition == 3 * 9535
    assert money.qualified_age == 21
    assert money.unknown == ("Starter pay for Biomedical scientist is not known yet, so it counts as £0.",)
    assert money.assumptions == ()


def test_starting_younger_still_counts_from_16(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph, route(tiny_graph, "years-7-9", "laboratory-technician", "years-10-11~a-levels-sciences~laboratory-technician")
    )
    assert money.first_age == 16
    assert money.by_year == (0, 0) + (20_000,) * 8


def test_an_adult_counts_from_their_own_age(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph, route(tiny_graph, "adult", "laboratory-technician", "laboratory-technician-l3~laboratory-technician")
    )
    assert money.first_age == 19
    assert money.by_year[:3] == (APPRENTICE_YEAR, APPRENTICE_YEAR, 20_000)


def test_loan_words_use_the_threshold_rate_and_the_jobs_pay(tiny_graph: Graph) -> None:
    assert "£25,000" in loan_words(tiny_graph)
    assert "9p of every pound" in loan_words(tiny_graph)
    # Software developer starts on £25,000 in the tiny data: exactly the threshold, so nothing to pay yet.
    assert "you would pay nothing back yet" in loan_words(tiny_graph, "software-developer")
    assert "starter pay" not in loan_words(tiny_graph, "biomedical-scientist")


def test_apprentice_words_show_the_hourly_and_yearly_figures(tiny_graph: Graph) -> None:
    words = apprentice_words(tiny_graph)
    assert "£8.00 an hour" in words
    assert "£12,480 a year" in words


def test_describe_names_each_route_and_its_total(tiny_graph: Graph) -> None:
    routes = find_routes(tiny_graph, "years-10-11", "laboratory-technician")
    text = describe([plan(tiny_graph, r) for r in routes], ["Route 1", "Route 2", "Route 3"])
    assert text.count("by age 26") == 3
    assert "Route 2: by age 26 you would have £184,960 in all" in text
    assert describe([], []) == "No routes to compare."


def test_step_words_say_what_each_kind_of_step_costs_or_pays(tiny_graph: Graph) -> None:
    assert step_words(tiny_graph, "a-levels-sciences") == "free"
    assert step_words(tiny_graph, "degree-biomedical-science") == "fees of £9,535 a year"
    assert step_words(tiny_graph, "laboratory-technician-l3") == "you are paid at least £12,480 a year"
    assert step_words(tiny_graph, "lab-work-experience") == "unpaid"
    assert step_words(tiny_graph, "laboratory-technician") == "pay £20,000 to £30,000 a year (figures for 2024)"
    assert step_words(tiny_graph, "biomedical-scientist") == "pay not known yet"
