"""Ten years of money on the tiny routes, worked out by hand from the tiny data."""

from __future__ import annotations

from pathlib import Path

from pathways import index, wages
from pathways.data import load_data
from pathways.figures import money_chart
from pathways.graph import Graph, build_graph, jobs
from pathways.money import apprentice_pay, apprentice_words, comparison, describe_money, loan_words, plan, step_words
from pathways.routes import Route, find_routes
from tests import tiny

APPRENTICE_YEAR = round(8.00 * 30 * 52)  # 12,480 from the tiny assumptions
APPRENTICE_18_20_YEAR = round(10.85 * 30 * 52)  # 16,926: an apprentice of 19 or 20 after the first year
FULL_TIME_21 = round(12.71 * 35 * 52)  # 23,132: the lowest legal full-time pay at 21 and over


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
    # £20,000 is above the legal minimum at 18 to 20 (£19,747) but below it from 21 (£23,132).
    assert money.by_year == (APPRENTICE_YEAR,) * 2 + (20_000,) * 3 + (FULL_TIME_21,) * 5
    assert money.total == 2 * APPRENTICE_YEAR + 3 * 20_000 + 5 * FULL_TIME_21
    assert money.earned_while_learning == 2 * APPRENTICE_YEAR
    assert money.tuition == 0
    assert money.qualified_age == 18
    assert {a.id for a in money.assumptions} == {
        "apprentice-minimum-wage",
        "apprentice-hours-per-week",
        "national-living-wage",
        "full-time-hours-per-week",
    }
    assert all(a.source_url.startswith("https://") for a in money.assumptions)
    assert (
        "Our source gives £20,000 a year for Laboratory technician, figures for 2024. That is below today's legal minimum,"
        " so we count the minimum instead: £23,132 a year (35 hours a week at £12.71 an hour, at age 21)."
    ) in money.unknown


def test_a_degree_costs_fees_and_unknown_pay_is_said_not_guessed(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph,
        route(
            tiny_graph, "years-10-11", "biomedical-scientist", "a-levels-sciences~degree-biomedical-science~biomedical-scientist"
        ),
    )
    assert money.by_year == (0, 0, -9535, -9535, -9535) + (FULL_TIME_21,) * 5
    assert money.tuition == 3 * 9535
    assert money.qualified_age == 21
    assert money.unknown == (
        "Starter pay for Biomedical scientist is not known yet, so we count the legal minimum:"
        " £23,132 a year (35 hours a week at £12.71 an hour, at age 21).",
    )
    assert {a.id for a in money.assumptions} == {"national-living-wage", "full-time-hours-per-week"}


def test_a_comparison_is_the_compare_tables_words_for_one_route(tiny_graph: Graph) -> None:
    degree = route(
        tiny_graph, "years-10-11", "biomedical-scientist", "a-levels-sciences~degree-biomedical-science~biomedical-scientist"
    )
    row = comparison(degree, plan(tiny_graph, degree))
    assert (row.kind, row.steps, row.years, row.fees) == (
        "university",
        "A levels in sciences then Degree in biomedical science",
        "5 years",
        "£28,605",
    )
    assert (row.paid_while_learning, row.pay_while_learning) == (False, "none")
    assert (row.by_age, row.money) == (26, f"£{5 * FULL_TIME_21 - 3 * 9535:,}")
    assert row.notes == plan(tiny_graph, degree).unknown


def test_a_comparison_never_counts_an_unknown_fee_as_nothing(tmp_path: Path) -> None:
    data = tiny.tables()
    next(r for r in data["qualifications.csv"] if r["id"] == "a-levels-sciences")["tuition_gbp_per_year"] = ""
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    a_levels = route(graph, "years-10-11", "laboratory-technician", "a-levels-sciences~laboratory-technician")
    row = comparison(a_levels, plan(graph, a_levels))
    assert (row.fees, row.money) == ("not known yet", "not known yet")
    assert row.notes[-1] == "The cost of A levels in sciences is not known yet, so we cannot add up the money on this route."


def test_starting_younger_still_counts_from_16(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph, route(tiny_graph, "years-7-9", "laboratory-technician", "years-10-11~a-levels-sciences~laboratory-technician")
    )
    assert money.first_age == 16
    assert money.by_year == (0, 0) + (20_000,) * 3 + (FULL_TIME_21,) * 5


def test_an_adult_counts_from_their_own_age(tiny_graph: Graph) -> None:
    money = plan(
        tiny_graph, route(tiny_graph, "adult", "laboratory-technician", "laboratory-technician-l3~laboratory-technician")
    )
    # The apprentice rate covers the first year only for someone of 19 or over; then the 18 to 20 rate.
    assert money.first_age == 19
    assert money.by_year[:3] == (APPRENTICE_YEAR, APPRENTICE_18_20_YEAR, FULL_TIME_21)


def _graph_with(tmp_path: Path, step: str, **changes: str) -> Graph:
    data = tiny.tables()
    for file_rows in data.values():
        for row in file_rows:
            if row.get("id") == step:
                row.update(changes)
    return build_graph(load_data(tiny.write(tmp_path / "data", data)))


def test_an_unknown_degree_fee_counts_at_the_fee_cap_never_at_nothing(tmp_path: Path) -> None:
    graph = _graph_with(tmp_path, "degree-biomedical-science", tuition_gbp_per_year="")
    money = plan(
        graph,
        route(graph, "years-10-11", "biomedical-scientist", "a-levels-sciences~degree-biomedical-science~biomedical-scientist"),
    )
    assert money.tuition == 3 * 9535
    assert money.left_out is None
    assert "tuition-fee-cap" in {a.id for a in money.assumptions}
    assert any("fees for Degree in biomedical science are not known yet, so we count £9,535 a year" in n for n in money.unknown)


def test_an_unknown_college_fee_leaves_the_route_out_of_the_sums_and_says_why(tmp_path: Path) -> None:
    graph = _graph_with(tmp_path, "a-levels-sciences", tuition_gbp_per_year="")
    routes = find_routes(graph, "years-10-11", "laboratory-technician", limit=8)
    plans = [plan(graph, r) for r in routes]
    names = [f"Route {n}" for n in range(1, len(routes) + 1)]
    left = [(name, p) for name, p in zip(names, plans, strict=True) if p.left_out]
    assert left, "the A-level route has an unknown cost"
    name, money = left[0]
    assert money.left_out == "The cost of A levels in sciences is not known yet, so we cannot add up the money on this route."
    assert f"{name} is not in the chart: The cost of A levels in sciences is not known yet" in describe_money(plans, names)
    drawn = {trace.name for trace in money_chart(plans, names).data}
    assert name not in drawn
    assert drawn == {n for n, p in zip(names, plans, strict=True) if not p.left_out}


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
    text = describe_money([plan(tiny_graph, r) for r in routes], ["Route 1", "Route 2", "Route 3"])
    assert text.count("by age 26") == 3
    assert text.count("in all, before tax") == 3
    assert describe_money([], []) == "No routes to compare."


def test_step_words_say_what_each_kind_of_step_costs_or_pays(tiny_graph: Graph) -> None:
    assert step_words(tiny_graph, "a-levels-sciences") == "free"
    assert step_words(tiny_graph, "degree-biomedical-science") == "fees of £9,535 a year"
    assert step_words(tiny_graph, "laboratory-technician-l3") == "you are paid at least £12,480 a year"
    assert step_words(tiny_graph, "lab-work-experience") == "unpaid"
    assert step_words(tiny_graph, "laboratory-technician") == "pay £20,000 to £30,000 a year (figures for 2024)"
    assert step_words(tiny_graph, "biomedical-scientist") == "pay not known yet"


def test_no_route_on_the_shipped_data_is_drawn_below_the_legal_minimum(real_graph: Graph) -> None:
    """Every job and its five routes: no stretch of paid time is below the lowest legal pay for its age."""
    figures = index.assumptions(real_graph)
    checked = 0
    for job in jobs(real_graph):
        for found in find_routes(real_graph, "years-10-11", job.id, limit=5):
            money = plan(real_graph, found)
            for period in money.periods:
                if period.kind == "job":
                    assert period.per_year >= wages.job_floor(figures, period.start_age).per_year, (job.id, period)
                elif period.kind == "apprenticeship":
                    assert period.per_year >= wages.apprentice_floor(figures, period.start_age, first_year=True).per_year
                checked += 1
    assert checked > 200
