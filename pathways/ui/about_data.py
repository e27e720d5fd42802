"""About the data: where each kind of fact comes from, when it was checked, and how an adviser updates it."""

import streamlit as st

from pathways import explorer, index, plain_words
from pathways.ui import state

WHAT = {  # table -> what it holds, in a pupil's words
    "jobs": "Jobs: what they are, pay and hours",
    "qualifications": "Qualifications: courses like A levels, T Levels and degrees",
    "apprenticeships": "Apprenticeships: paid jobs with training",
    "courses": "Courses at one named college or provider",
    "experiences": "Work experience and employer visits",
    "links": "Which step can lead to which, and what you need to get in",
    "providers": "Colleges, sixth forms, universities and training providers",
    "offers": "Which provider runs which step",
    "employers": "Employers in the city region",
    "employer_jobs": "Which employer has which jobs",
    "assumptions": "Figures the money sums use, like the apprentice minimum wage",
    "glossary": "What the jargon means",
}
OGL = "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"

graph = state.graph()
facts = index.facts(graph)
warnings = index.warnings(graph)
st.title("About the data", anchor=False)
st.write(
    "Every fact in this app comes from a public web page. Each one has a link to that page and the date someone checked it. "
    "If we do not know a fact, we say not known yet. We never guess."
)
st.header("Where the facts come from", anchor=False)
# A list, not a table: at 320 px a four-column table needs a sideways scroll box a keyboard cannot scroll (WCAG 1.4.10).
lines = []
for name, label in WHAT.items():
    rows = facts.get(name, ())
    days = sorted(row.checked for row in rows)
    hosts = sorted({plain_words.first_url(str(r.source_url)).split("/")[2] for r in rows if r.source_url})
    checked = f"checked between {days[0]:%d %b %Y} and {days[-1]:%d %b %Y}" if days else f"checked: {plain_words.NOT_KNOWN}"
    sites = ", ".join(hosts[:4]) + (" and more" if len(hosts) > 4 else "") or plain_words.NOT_KNOWN
    lines.append(
        f"- **{plain_words.md(label)}**: {len(rows)}, {plain_words.md(checked)}. Main websites: {plain_words.md(sites)}."
    )
st.markdown("\n".join(lines))
if warnings:
    with st.expander(f"Things an adviser should look at ({len(warnings)})"):
        st.markdown("\n".join(f"- {plain_words.md(str(w))}" for w in warnings))
st.header("Licence", anchor=False)
st.markdown(
    f"Contains public sector information licensed under the [Open Government Licence v3.0]({OGL}). "
    "It comes from the National Careers Service, gov.uk (including the Department for Education, Skills England and the "
    "Institute for Apprenticeships and Technical Education), the Office for National Statistics (pay from the Annual "
    "Survey of Hours and Earnings) and the NHS (NHS Health Careers, NHS Jobs). "
    "Other facts come from colleges, universities, training providers and employers, and each one names its own source."
)
st.header("How an adviser updates it", anchor=False)
st.markdown(
    "1. Open the CSV file in the `data` folder in a spreadsheet.\n"
    "2. Change or add a row. Put the web page in `source_url` and today's date in `checked`.\n"
    "3. Save it as CSV (UTF-8).\n"
    "4. Run `python -m pathways validate`. It lists every problem with the file, line and column.\n"
    "5. When it says ok, the app shows the new facts on the next visit.\n\n"
    "The file `data/README.md` explains every column."
)
st.header("Privacy", anchor=False)
st.write("There is no account and no tracking. What you pick stays in the link in your address bar.")
st.header("Pictures", anchor=False)
st.markdown(
    "The young explorer's pictures are from [Twemoji](https://github.com/jdecked/twemoji), copyright Twitter, Inc "
    "and other contributors, licensed under [CC-BY 4.0](https://creativecommons.org/licenses/by/4.0/). "
    "They are shipped with the app, so they look the same on every device."
)
st.caption(explorer.PICTURE_CREDIT)
