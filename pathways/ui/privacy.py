"""Privacy: what the app keeps (nothing beyond the open session), what a shared link holds, what it never does.

Every sentence here must stay true to the code: the browser tests in
tests/e2e/test_privacy.py record each request and cookie while every page is
used, and check that this page names every part a shared link can hold
(`links.KEYS`).
"""

from __future__ import annotations

import streamlit as st

from pathways import links

# What each part of a shared link means, in a pupil's words. Keys come from links.KEYS.
LINK_PARTS: dict[str, str] = {
    "from": "the stage you picked, for example Years 10 to 11",
    "to": "the job you picked",
    "route": "which route you opened (a number, like 2)",
    "compare": "which routes you are comparing (numbers)",
    "node": "the step you opened on the map",
    "sector": "the kind of work you picked, for example digital and creative",
    "subjects": "the subjects you picked",
    "q": "the words you typed in the search box",
    "nouni": "if you ticked “no university”",
    "paid": "if you ticked “earn while you learn”",
    "grade": "the GCSE grade you said you expect",
    "years": "the most years you said you want to spend",
    "near": "the town or area you picked under “Where do you live?”, for example Bootle (never your address)",
    "step": "which step of the route presenter mode is showing (a number)",
}

st.title("Privacy", anchor=False)
st.markdown(
    """
This page says what Pathways Explorer keeps about you. The short answer: **nothing, once you close the page**,
unless you join a class session (see “If you join a class”).

## No account, no names
You do not sign up or log in. We never ask your name, your email, your school or your age.

## What we keep while the page is open
While you use the app, the server remembers what you picked (a stage, a job, your filters), so the page can
show your routes. It is kept only for your open page. When you close it, it is thrown away.
We keep no record of who visited or what they looked at.
"""
)

st.header("What a shared link holds", anchor=False)
st.markdown(
    "When you share or bookmark a page, the link holds **only what is on screen**, never anything about you. "
    "It can hold these parts:"
)
st.markdown("\n".join(f"- `{key}`: {LINK_PARTS.get(key, 'a setting of the page')}" for key in links.KEYS))
st.markdown(
    "Each page's link holds only the parts that page shows. So if you typed words in the search box on "
    "“Find my route”, or said which grade you expect, those are in that page's link, but the words you typed "
    "never go into another page's link (such as the presenter's QR code). "
    "Look at the link before you send it. Anyone who has the link sees the same page."
)
st.markdown(
    "Presenter mode's short link (the one under its QR code) uses one letter for each part: "
    + ", ".join(f"`{short}` for `{long}`" for long, short in links.SHORT_KEYS.items())
    + ". The stage is a number there, for example `s=10` for Years 10 and 11."
)

st.markdown(
    """
## Where you live
To show the colleges and employers nearest to you, you can pick a town or area from a list, such as Bootle
or Widnes. We never ask for your address or postcode. The town you pick is kept only in the page's link
(the part called “near”), so it goes wherever you send the link, and nowhere else.

## Your plan, the QR code and the link
The printable plan (PDF) and the QR code are made on our server and sent only to your device.
We do not keep a copy. The plan prints a link, with a QR code, that opens the same routes again. Like the
page's own link, it holds the stage, the job, the filters and the town you picked, if you picked one, so
anyone who has the paper can open it. It never holds words you typed.

## No tracking, no adverts
- No tracking, no adverts, no “like” buttons.
- Streamlit's usage statistics are switched off.
- Your browser asks nothing from any other website while you use the app. Links to the sources of our facts
  (like the National Careers Service) open only if you click them.

## Cookies and browser storage
We set no cookies of our own. Streamlit, the tool the app is built with, sets one cookie, `_streamlit_xsrf`.
It stops other websites sending requests in your name, and it is deleted when you close the browser.
Streamlit also keeps two kinds of small note in your browser's storage: the colour theme (light, dark or
your device's own) for each page you open, and whether you left the menu open or closed. They stay on your device,
are never sent to us, and do not say who you are.

## If you join a class
Your teacher can start a **class session** and show you a code. If you join it (with the code or the link),
the class summary counts, **for the whole class**, how many pupils looked at:

- each stage (for example Years 10 and 11)
- each area of work, and each job
- each kind of route (university, apprenticeship, degree apprenticeship, college or sixth form)
- each area of work the quiz suggested

It keeps **numbers only**. Never your name, the words you type, your answers to the quiz, your grades, your
IP address or anything about your device. Your teacher sees any number below 3 as “fewer than 3”, so no one can
tell what one pupil looked at. Your tab gets a random number, kept only in your open page, so joining twice
counts once; the server keeps only a scrambled (hashed) copy of it, which cannot be traced back to you.

**How long:** the counts are deleted when your teacher ends the session, and always within 24 hours.
Your teacher may download the numbers (a spreadsheet and a one-page record) for the school's careers records.
You can leave the class at any time on “Find my route”; what you look at after that is not counted.

## For careers advisers
If you upload spreadsheet files to check them, they are checked in a temporary folder that is deleted
straight after. If you try them out, they stay only in your own open session: they never change the app's
data for anyone else.

## Questions
If you have a question about privacy, ask the teacher or careers adviser who gave you the link.
"""
)
