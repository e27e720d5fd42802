"""Class summary (for teachers): start a class session, project its code, watch the counts, download, end it."""

import datetime as dt

import streamlit as st

from pathways import share
from pathways.classroom import summary as records
from pathways.classroom.errors import ClassError, UnknownClassError
from pathways.ui import classroom, state

RUNNING = "class.code"  # the code of the session this teacher's tab started
REFRESH_SECONDS = 5


def start() -> None:
    try:
        st.session_state[RUNNING] = classroom.store().start().code
    except ClassError as error:
        st.session_state["class.notice"] = str(error)


def end() -> None:
    code = st.session_state.pop(RUNNING, None)
    try:
        if code:
            classroom.store().end(code)
        st.session_state["class.notice"] = "The class session has ended and its counts are deleted."
    except ClassError as error:
        st.session_state["class.notice"] = f"{error} The session will be deleted within 24 hours anyway."


@st.fragment(run_every=REFRESH_SECONDS)
def live_counts(code: str) -> None:
    """Re-run on its own every few seconds, so the counts stay live without reloading the page."""
    try:
        summary = classroom.store().summary(code)
    except UnknownClassError:
        st.session_state.pop(RUNNING, None)
        st.session_state["class.notice"] = (
            "This class session has ended or expired (they last 24 hours), so its counts are deleted."
        )
        st.rerun()
    except ClassError as error:
        st.info(str(error))
        return
    st.subheader("What the class explored", anchor=False)
    st.caption(f"Updates every {REFRESH_SECONDS} seconds. Counts are of pupils; below 3 they show as “fewer than 3”.")
    classroom.show_summary(graph, summary)
    today = dt.date.today()
    names = records.graph_names(graph)
    left, right = st.columns(2)
    left.download_button(
        "Download the counts (CSV)",
        records.summary_csv(summary, names, today),
        file_name=records.file_name(today, "csv"),
        mime="text/csv",
        key="class.csv",
        icon="📄",
    )
    right.download_button(
        "Download the record (PDF, one page)",
        records.summary_pdf(summary, names, today),
        file_name=records.file_name(today, "pdf"),
        mime="application/pdf",
        key="class.pdf",
        icon="🖨️",
    )


graph = state.graph()
st.title("Class summary", anchor=False)
st.write(
    "Run a careers lesson and keep a record of it, with no pupil names. Pupils join with a code; you see how many "
    "looked at each stage, area of work, job and kind of route, and what the quiz suggested."
)
notice = st.session_state.pop("class.notice", None)
if notice:
    st.info(notice)
code = st.session_state.get(RUNNING)
if not code:
    st.button("Start a class session", on_click=start, key="class.start", type="primary", icon="🏫")
    st.caption("A class session keeps counts only, never names or typed words. It is deleted when you end it, or after 24 hours.")
else:
    st.header(f"Class code: {code}", anchor=False)
    link = classroom.class_link(code)
    qr, words_link = st.columns([1, 2])
    qr.image(share.qr_png(link), caption="Scan to join the class", width=220, alt=f"QR code that opens {link}")
    words_link.markdown("Pupils scan the code, or type this address:")
    words_link.code(share.short_link(link), language=None, wrap_lines=True)
    words_link.markdown(f"Or they open **Find my route** and type the code **{code}** under “In a class?”.")
    live_counts(code)
    st.button("End session", on_click=end, key="class.end", icon="⏹️", help="Deletes the class counts now.")
