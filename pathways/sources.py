"""Which web pages may stand behind a fact a parent will act on.

A careers fact cited to a document-sharing upload, a CV-writing blog, a forum
post or a raw file on a code host cannot be checked against its owner, and an
adviser who clicks it loses trust in everything else. The validator rejects
these hosts outright, so such a source never reaches a pupil.
"""

from __future__ import annotations

from urllib.parse import urlsplit

# host (or a parent domain of it) -> what kind of site it is, in the words the validator uses
UNTRUSTED_HOSTS: dict[str, str] = {
    # document-sharing sites: copies of documents, owner unknown
    "scribd.com": "a document-sharing site",
    "yumpu.com": "a document-sharing site",
    "issuu.com": "a document-sharing site",
    "slideshare.net": "a document-sharing site",
    "pdfcoffee.com": "a document-sharing site",
    "studocu.com": "a document-sharing site",
    "dokumen.pub": "a document-sharing site",
    "docplayer.net": "a document-sharing site",
    "coursehero.com": "a document-sharing site",
    # CV-writing and essay sites
    "cvmaker.uk": "a CV-writing site",
    "myperfectcv.co.uk": "a CV-writing site",
    "livecareer.co.uk": "a CV-writing site",
    "resumegenius.com": "a CV-writing site",
    "standout-cv.com": "a CV-writing site",
    "cv-library.co.uk": "a CV-writing site",
    "ukessays.com": "an essay-writing site",
    # forums
    "reddit.com": "a forum",
    "mumsnet.com": "a forum",
    "thestudentroom.co.uk": "a forum",
    "quora.com": "a forum",
    "customerhelp.education.gov.uk": "a forum (community posts, not guidance)",
    # code hosts and raw files
    "github.com": "a code host",
    "raw.githubusercontent.com": "a code host",
    "gist.github.com": "a code host",
    "gitlab.com": "a code host",
    "bitbucket.org": "a code host",
    # wiki mirrors
    "wikimili.com": "a copy of Wikipedia",
    "wikiwand.com": "a copy of Wikipedia",
}


# host (or a parent domain of it) -> the publisher's name, for link texts that say where a link goes (WCAG 2.4.4).
PUBLISHERS: dict[str, str] = {
    "nationalcareers.service.gov.uk": "National Careers Service",
    "nationalcareersservice.direct.gov.uk": "National Careers Service",
    "instituteforapprenticeships.org": "Skills England (apprenticeship standards)",
    "skillsengland.education.gov.uk": "Skills England",
    "healthcareers.nhs.uk": "NHS Health Careers",
    "ons.gov.uk": "Office for National Statistics",
    "gov.uk": "GOV.UK",
    "nhs.uk": "the NHS",
    "ucas.com": "UCAS",
    "prospects.ac.uk": "Prospects",
    "careerpilot.org.uk": "Careerpilot",
}


def publisher(url: str) -> str:
    """Who published a source page, as a link's words: a known publisher's name, else the site's own address.

    Fifteen links that all read "where this comes from" tell a screen reader's
    list of links nothing; "National Careers Service" or "stcg.ac.uk" does.
    """
    name = host(url)
    for known, title in PUBLISHERS.items():
        if name == known or name.endswith("." + known):
            return title
    return name or "the source"


def host(url: str) -> str:
    """The host name of a web address, lower case, without a leading "www."."""
    name = (urlsplit(url.strip()).hostname or "").lower()
    return name.removeprefix("www.")


def untrusted(url: str) -> str | None:
    """What kind of site `url` is, if it is one no fact may rest on; None when it may be cited."""
    name = host(url)
    for bad, kind in UNTRUSTED_HOSTS.items():
        if name == bad or name.endswith("." + bad):
            return kind
    return None
