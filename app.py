"""Pathways Explorer: placeholder entry point until the pages land."""

import streamlit as st

from pathways.data import load_data
from pathways.graph import build_graph
from pathways.routes import describe, find_routes

st.set_page_config(page_title="Pathways Explorer", layout="wide")
graph = build_graph(load_data())
st.title("Pathways Explorer")
st.write(describe(find_routes(graph, "years-10-11", "laboratory-technician")))
