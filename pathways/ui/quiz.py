"""Interest quiz: quick taps, then sectors and jobs with a reason for each. Answers stay in this session only."""

import streamlit as st

from pathways import plain_words, quiz
from pathways.ui import classroom, state

PAGE = "quiz"
CHOICES = {True: "👍 Yes", False: "👎 Not for me"}


def start_again() -> None:
    for key in [k for k in st.session_state if str(k).startswith(f"{PAGE}.")]:
        del st.session_state[key]


graph = state.graph()
st.title("What would suit me?", anchor=False)
st.markdown(
    "Tap **Yes** or **Not for me** for each question. Skip any you are not sure about. "
    "This is not a test: there are no wrong answers. We keep nothing: your answers go when you close the page."
)
answers: dict[str, bool] = {}
for question in quiz.questions():
    picked = st.segmented_control(
        f"{question.emoji} {question.question}", list(CHOICES), format_func=CHOICES.__getitem__, key=f"{PAGE}.{question.id}"
    )
    if picked is not None:
        answers[question.id] = bool(picked)
st.button("Start again", on_click=start_again, key=f"{PAGE}.reset", icon="🔄")

st.header("Ideas for you", anchor=False)
result = quiz.suggest(graph, answers)
classroom.count_quiz(s.id for s in result.sectors)
if not answers:
    st.write("Answer a few questions to see ideas here.")
elif not result.jobs:
    st.write("We have no ideas from those answers yet. Try saying yes to a few more things.")
else:
    st.subheader("Areas of work", anchor=False)
    st.markdown("\n".join(f"- **{plain_words.md(s.name)}**, {plain_words.md(s.because)}" for s in result.sectors))
    st.subheader("Jobs to look at", anchor=False)
    for suggestion in result.jobs:
        st.markdown(f"**{plain_words.md(suggestion.name)}**, {plain_words.md(suggestion.because)}")
        st.page_link(
            "pathways/ui/job_profile.py", label=f"More about {suggestion.name}", icon="🔎", query_params={"to": suggestion.id}
        )
