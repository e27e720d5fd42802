"""Pathways Explorer: page set-up and navigation only. Each page is a short module in pathways/ui/."""

import streamlit as st

from pathways.ui import classroom, look

# Add a page by adding a line. The first page is the landing page. One flat list, not sections: Streamlit's
# section headings break the menu's list for screen readers (axe "list"; see tests/e2e/axe.py).
PAGES = [
    st.Page("pathways/ui/find_route.py", title="Find my route", icon="🧭", url_path="find", default=True),
    st.Page("pathways/ui/route_map.py", title="Route map", icon="🗺️", url_path="map"),
    st.Page("pathways/ui/job_profile.py", title="Job profile", icon="🔎", url_path="job"),
    st.Page("pathways/ui/compare.py", title="Compare routes", icon="⚖️", url_path="compare"),
    st.Page("pathways/ui/quiz.py", title="What would suit me?", icon="🤔", url_path="quiz"),
    st.Page("pathways/ui/subjects.py", title="Where can my subject take me?", icon="📚", url_path="subjects"),
    st.Page("pathways/ui/young_explorer.py", title="Young explorer", icon="🚀", url_path="young"),
    st.Page("pathways/ui/near_me.py", title="What's near me", icon="📍", url_path="near"),
    st.Page("pathways/ui/presenter.py", title="Presenter mode", icon="📽️", url_path="presenter"),
    st.Page("pathways/ui/class_summary.py", title="Class summary", icon="🏫", url_path="class"),
    st.Page("pathways/ui/workshop.py", title="Data workshop", icon="🛠️", url_path="workshop"),
    st.Page("pathways/ui/data_quality.py", title="Data quality", icon="✅", url_path="quality"),
    st.Page("pathways/ui/about_data.py", title="About the data", icon="📋", url_path="about"),
    st.Page("pathways/ui/accessibility.py", title="Accessibility", icon="♿", url_path="accessibility"),
    st.Page("pathways/ui/privacy.py", title="Privacy", icon="🔒", url_path="privacy"),
    # Presenter mode again at its short address (links.SHORT_PATHS), for the link on its QR code: not in the menu.
    st.Page("pathways/ui/presenter.py", title="Presenter mode", icon="📽️", url_path="p", visibility="hidden"),
]

st.set_page_config(page_title="Pathways Explorer", page_icon="🧭", layout="wide")
look.site()  # visible keyboard focus and text spacing on every page (WCAG 2.4.7, 1.4.11, 1.4.12)
classroom.take_link()  # a /?class=CODE link joins a class session on whichever page it opens
st.navigation(PAGES).run()
