"""Pathways Explorer: the page list. Each page is a short module in pathways/ui/."""

import streamlit as st

# One list: add a page by adding a line. The first page is the landing page.
PAGES = [
    st.Page("pathways/ui/find_route.py", title="Find my route", icon="🧭", url_path="find", default=True),
    st.Page("pathways/ui/route_map.py", title="Route map", icon="🗺️", url_path="map"),
    st.Page("pathways/ui/job_profile.py", title="Job profile", icon="🔎", url_path="job"),
    st.Page("pathways/ui/compare.py", title="Compare routes", icon="⚖️", url_path="compare"),
    st.Page("pathways/ui/quiz.py", title="What would suit me?", icon="🤔", url_path="quiz"),
    st.Page("pathways/ui/subjects.py", title="Where can my subject take me?", icon="📚", url_path="subjects"),
    st.Page("pathways/ui/young_explorer.py", title="Young explorer", icon="🚀", url_path="young"),
    st.Page("pathways/ui/presenter.py", title="Presenter mode", icon="📽️", url_path="presenter"),
    st.Page("pathways/ui/about_data.py", title="About the data", icon="📋", url_path="about"),
]

st.set_page_config(page_title="Pathways Explorer", page_icon="🧭", layout="wide")
st.navigation(PAGES).run()
