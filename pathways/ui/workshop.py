"""Adviser data workshop: upload a changed CSV or a zip, see every problem, try it in this session only."""

import os

import streamlit as st

from pathways import plain_words
from pathways.graph import build_graph
from pathways.ui import state
from pathways.workshop import MAX_UPLOAD_BYTES, check_upload, going_live, zip_files

state.graph()  # the shipped data must load before we compare anything with it
st.title("Data workshop for advisers", anchor=False)
st.write(
    "Check a changed data file before it goes live. Upload one CSV file from the data folder, or a zip of the whole "
    "folder. We check it against everything else and list every problem with its file, line and column."
)
st.caption(
    f"Files up to {MAX_UPLOAD_BYTES // 1_000_000} MB. What you upload stays in this browser session: it is checked in a "
    "temporary folder that is deleted straight away, and nobody else sees it. The live data only changes through the "
    "project's own files."
)
upload = st.file_uploader("Choose a CSV file or a zip", type=["csv", "zip"], key="workshop.upload")
if upload is not None:
    checked = check_upload(upload.name, upload.getvalue())
    if checked.notes:
        st.warning(
            "We read some things differently from how they were typed. Please check we read them right:\n"
            + "\n".join(f"- {plain_words.md(str(note))}" for note in checked.notes),
            icon="✏️",
        )
    if not checked.ok and not checked.replaced:  # the upload itself could not be used: say why in full
        st.error("\n".join(plain_words.md(f"{p.file}: {p.message}") for p in checked.problems))
    elif not checked.ok:
        st.error(f"{len(checked.problems)} problem(s) to fix in {', '.join(checked.replaced) or upload.name}.")
        st.dataframe(
            [{"File": p.file, "Line": p.line, "Column": p.column, "What is wrong": p.message} for p in checked.problems],
            hide_index=True,
            width="stretch",
        )
    elif checked.dataset is not None:
        st.success(f"No problems found in {', '.join(checked.replaced)}.")
        if checked.dataset.warnings:
            st.markdown("\n".join(f"- {plain_words.md(str(w))}" for w in checked.dataset.warnings))
        col1, col2 = st.columns(2)
        if col1.button("Try the app with this data (only you will see it)", type="primary"):
            state.use_trial(build_graph(checked.dataset), upload.name)
            st.switch_page("pathways/ui/find_route.py")
        col2.download_button(
            "Download the checked data set (zip)", zip_files(checked.files), file_name="pathways-data.zip", mime="application/zip"
        )
        st.info(going_live(os.environ.get("PATHWAYS_DATA_CONTACT") or os.environ.get("PATHWAYS_CONTACT_EMAIL")))
if state.trial_name() and st.button("Go back to the live data"):  # the notice at the top says which data is in use
    state.stop_trial()
    st.rerun()
