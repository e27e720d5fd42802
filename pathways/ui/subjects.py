"""Subjects to careers (Gatsby benchmark 4): pick a school subject, see the jobs and courses it opens."""

from dataclasses import replace

import streamlit as st

from pathways import plain_words, subjects
from pathways.ui import state, widgets

PAGE = "subjects"

graph = state.graph()
view = state.start(PAGE, graph)
st.title("Where can my subject take me?", anchor=False)
widgets.notice(view)
choices = dict(subjects.subject_choices(graph))
widgets.seed(f"{PAGE}.subject", view.subjects[0] if view.subjects and view.subjects[0] in choices else None)
subject = st.selectbox(
    "Choose a school subject",
    list(choices),
    format_func=choices.__getitem__,
    key=f"{PAGE}.subject",
    index=None,
    placeholder="Choose one",
)
view = replace(view, subjects=(subject,) if subject else ())
found = subjects.careers_for_subject(graph, subject) if subject else None
if found:
    st.header(f"{found.subject_name}: {found.job_count} jobs in the Liverpool City Region's big sectors", anchor=False)
    for sector, group in found.jobs_by_sector:
        st.subheader(sector, anchor=False)
        st.markdown("\n".join(f"- **{plain_words.md(j.name)}**: {plain_words.md(j.summary)}" for j in group))
    if not found.jobs_by_sector:
        st.write("No job in our data lists this subject yet.")
    st.subheader("Courses that ask for it", anchor=False)
    if found.asked_for:
        st.markdown(
            "\n".join(
                f"- **{plain_words.md(a.step.name)}**"
                + (f" ({plain_words.md(a.requirement)})" if a.requirement else "")
                + (
                    f". It can lead to {plain_words.md(plain_words.and_list([j.name for j in a.leads_to[:6]]))}"
                    if a.leads_to
                    else ""
                )
                for a in found.asked_for
            )
        )
    else:
        st.write("No course in our data asks for it by name. Many courses still like it.")
    if found.taught_in:
        st.subheader("Where you can keep studying it", anchor=False)
        st.markdown("\n".join(f"- {plain_words.md(n.name)}" for n in found.taught_in))
state.keep(PAGE, view)
