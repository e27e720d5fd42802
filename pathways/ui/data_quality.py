"""Data-quality report: what an adviser should check or find next."""

import datetime as dt

import streamlit as st

from pathways import plain_words
from pathways.graph import Graph
from pathways.stats import STALE_AFTER_DAYS, quality
from pathways.ui import state

LABELS = {
    "checked_over_12_months_ago": f"Facts checked more than {STALE_AFTER_DAYS // 30} months ago (file:line)",
    "jobs_without_pay": "Jobs with no pay figure yet",
    "jobs_without_local_provider_or_employer": "Jobs with no local provider or employer yet",
    "steps_no_route_uses": "Steps that no route shows",
    "sources_used_once": "Web pages used for only one fact (worth a second source)",
    "pay_older_than_two_years": "Pay figures more than two years old (job and the year the figure is for)",
    "retired_or_closed": "Retired or closed: kept out of the app, listed so nobody adds them back",
}

graph = state.graph()
st.title("Data quality", anchor=False)
st.write("A to-do list for advisers who keep the data up to date. The same list comes from `python -m pathways stats`.")


@st.cache_data(show_spinner="Checking the data...")
def _report(_graph: Graph, token: str, today: dt.date) -> dict[str, list[str]]:
    return quality(_graph, today)


report = _report(graph, str(graph.graph.get("token", id(graph))), dt.date.today())
for key, label in LABELS.items():
    items = report.get(key, [])
    with st.expander(f"{label}: {len(items)}", expanded=False):
        st.markdown("\n".join(f"- {plain_words.md(item)}" for item in items) or "Nothing here.")
