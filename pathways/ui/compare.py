"""Compare routes: two to four routes to one job side by side, and money over the first ten years."""

from dataclasses import replace

import pandas as pd
import streamlit as st

from pathways import figures, money, plain_words, url_state
from pathways.routes import and_others, most_different
from pathways.ui import state, widgets

MOST = 4

graph = state.graph()
view = state.start("compare", graph)
st.title("Compare routes", anchor=False)
st.write("See routes to the same job side by side: how long, what they cost, and what you earn.")
widgets.notice(view)
stage, job = widgets.stage_and_job(graph, "compare", view)
view = replace(view, start=stage, job=job)
if not (stage and job):
    st.write("Choose where you are now and a job to compare routes.")
else:
    constraints = widgets.filters("compare", view.constraints)
    shown = state.routes(graph, stage, job, constraints)
    found = and_others(shown, state.routes(graph, stage, job, constraints, limit=url_state.MAX_COMPARE))
    numbers = list(range(1, len(found) + 1))
    widgets.seed("compare.routes", [n for n in view.compare if n in numbers] or most_different(shown, 3))
    picked = st.pills(
        f"Routes to compare (up to {MOST})",
        numbers,
        format_func=lambda n: f"Route {n}",
        selection_mode="multi",
        key="compare.routes",
        help="Routes 1 to 5 are the ones on the Find my route page. Tap a route to take it out or put it back.",
    )
    widgets.add_route(found, sorted(picked), MOST, "compare.routes")
    picked = sorted(picked)[:MOST]
    view = replace(view, constraints=constraints, compare=tuple(picked))
    if len(found) < 2:
        st.write("There is only one route here, so there is nothing to compare. Try turning a filter off.")
    if picked:
        chosen = [found[n - 1] for n in picked]
        plans = [money.plan(graph, r) for r in chosen]
        names = [f"Route {n}" for n in picked]
        table = {
            name: {
                "Steps": plain_words.md(c.steps),
                "Years to qualify": plain_words.md(c.years),
                "Fees you pay": plain_words.md(c.fees),
                "Pay while learning": plain_words.md(c.pay_while_learning),
                "To get in": plain_words.md(c.requirement),
                f"Money by age {c.by_age}, before tax": plain_words.md(c.money),
            }
            for name, c in zip(names, (money.comparison(r, p) for r, p in zip(chosen, plans, strict=True)), strict=True)
        }
        st.table(pd.DataFrame(table))
        st.header("Money over the first ten years", anchor=False)
        st.write(money.MONEY_WORDS)
        if widgets.show_chart("Show the money chart", "compare.show"):
            st.plotly_chart(
                figures.money_chart(plans, names),
                alt=money.describe_money(plans, names),
                config=widgets.MAP_CONFIG,
                key="compare.chart",
            )
        st.subheader("The money chart in words", anchor=False)
        st.markdown(
            "\n".join(
                f"- {plain_words.md(line.strip())}." for line in money.describe_money(plans, names).split(".") if line.strip()
            )
        )
        for note in sorted({n for p in plans for n in p.unknown}):
            st.caption(plain_words.md(note))
        with st.expander("Student loans, in plain words", expanded=any(r.uses_university for r in chosen)):
            st.write(money.loan_words(graph, job))
        with st.expander("Apprentice pay, in plain words", expanded=any(r.earns_while_learning for r in chosen)):
            st.write(money.apprentice_words(graph))
        with st.expander("The figures we used, and where they come from"):
            for item in money.assumptions(graph).values():
                st.markdown(
                    f"- **{plain_words.md(item.name)}**: {item.value:g} {plain_words.md(item.unit)}, {plain_words.md(item.applies)}"
                )
                widgets.source_line("source", item.source_url, item.checked)
state.keep("compare", view)
