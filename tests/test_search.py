"""Search finds jobs from a pupil's own words, with typos, using words from the data."""

from __future__ import annotations

import pytest

from pathways.data import load_data
from pathways.graph import Graph, build_graph
from pathways.search import jobs_for, normalise, search_jobs
from tests import tiny

# Jobs a pupil asks about, added to the tiny data: (id, name, sector, keywords, subjects).
HEALTH, DIGITAL = "health-life-sciences", "digital-creative"
MORE_JOBS = [
    ("doctor", "Doctor (GP or hospital doctor)", HEALTH, "hospital; look after people; medicine", "biology; chemistry"),
    ("adult-nurse", "Adult nurse (registered nurse)", HEALTH, "nurse; hospital; look after people", "biology"),
    ("dental-nurse", "Dental nurse", HEALTH, "teeth; dentist", "biology"),
    ("maintenance-electrician", "Maintenance electrician", HEALTH, "wiring; fix machines", ""),
    ("ux-designer", "UX designer (user experience)", DIGITAL, "design apps; websites; how people use things", "computing"),
    ("statistician", "Statistician", DIGITAL, "numbers; data; maths", ""),
    ("games-developer", "Computer games developer", DIGITAL, "make video games; games; coding", "computing"),
    ("bioinformatician", "Bioinformatician", HEALTH, "dna; coding", "computing"),
]


@pytest.fixture(scope="module")
def people_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The tiny data plus the jobs pupils most often type, each reachable after A levels."""
    tables = tiny.tables()
    base = tables["jobs.csv"][0]
    for job_id, name, sector, keywords, subjects in MORE_JOBS:
        tables["jobs.csv"].append(
            {
                **base,
                **{"id": job_id, "name": name, "sector": sector, "level": "3"},
                **{"keywords": keywords, "subjects": subjects, "summary": "A job."},
            }
        )
        tables["links.csv"].append({**tables["links.csv"][0], "from": "a-levels-sciences", "to": job_id, "kind": "entry"})
    return build_graph(load_data(tiny.write(tmp_path_factory.mktemp("people") / "data", tables)))


@pytest.mark.parametrize(
    ("text", "first", "why"),
    [
        pytest.param("nurse", "adult-nurse", "“nurse” is in its name: “Adult nurse (registered nurse)”", id="name"),
        pytest.param("docter", "doctor", "“docter” (we read it as “doctor”) is in its name", id="misspelt"),
        pytest.param("nurce", "adult-nurse", "“nurce” (we read it as “nurse”) is in its name", id="misspelt-nurse"),
        pytest.param("sparky", "maintenance-electrician", "“sparky” (another word for electrician) is in its name", id="slang"),
        pytest.param("coding", "games-developer", "“coding” is in what it involves: “coding”", id="everyday-word"),
        pytest.param("computers and games", "games-developer", "“computers” and “games” are in its name", id="two-words"),
    ],
)
def test_a_pupils_word_reaches_the_job_and_says_why(people_graph: Graph, text: str, first: str, why: str) -> None:
    hit = search_jobs(people_graph, text)[0]
    assert hit.id == first
    assert why in hit.why


def test_on_a_tie_the_area_most_matches_are_in_comes_first(people_graph: Graph) -> None:
    coding = [h.id for h in search_jobs(people_graph, "coding")]
    assert coding.index("bioinformatician") > max(coding.index("games-developer"), coding.index("software-developer"))


def test_nurse_finds_the_nurses_and_nothing_that_only_looks_like_it(people_graph: Graph) -> None:
    assert [h.id for h in search_jobs(people_graph, "nurse")] == ["adult-nurse", "dental-nurse"]


@pytest.mark.parametrize("text", ["xyzzy", "astronaut", "doctor of cars"])
def test_no_good_match_gives_nothing_rather_than_an_unrelated_job(tiny_graph: Graph, text: str) -> None:
    assert search_jobs(tiny_graph, text) == []


def test_doctor_without_a_doctor_job_finds_nothing(tiny_graph: Graph) -> None:
    assert search_jobs(tiny_graph, "doctor") == []
    assert search_jobs(tiny_graph, "docter") == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("hospital lab", "biomedical-scientist"),
        ("test blood", "biomedical-scientist"),
        ("I want to work in a lab", "laboratory-technician"),
        ("test tubes", "laboratory-technician"),
        ("coding", "software-developer"),
        ("make apps", "software-developer"),
        ("programming", "software-developer"),  # a keyword of the subject computing
        ("softwear developer", "software-developer"),  # typo
        ("Biomedical", "biomedical-scientist"),
    ],
)
def test_the_expected_job_comes_first(tiny_graph: Graph, text: str, first: str) -> None:
    assert search_jobs(tiny_graph, text)[0].id == first


def test_nothing_typed_finds_nothing(tiny_graph: Graph) -> None:
    assert search_jobs(tiny_graph, "") == []
    assert search_jobs(tiny_graph, "   ") == []
    assert search_jobs(tiny_graph, "zzzzqqq") == []


def test_filler_words_are_ignored() -> None:
    assert normalise("I'd like to work in a Hospital LAB!") == "d hospital lab"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("make video games", "games-developer"),
        ("hack computers", "cyber-security-analyst"),
        ("make films", "video-editor"),
        ("design cars", "mechanical-engineer"),
        ("welding", "welder"),
        ("x-rays", "radiographer"),
        ("draw cartoons", "animator"),
        ("websites", "web-developer"),
        ("medicines", "pharmacist"),
        ("look after patients", "adult-nurse"),
        ("data and numbers", "data-analyst"),
        ("work in a hospital lab", "biomedical-scientist"),
    ],
)
def test_pupils_words_find_the_right_job_in_the_shipped_data(real_graph: Graph, text: str, first: str) -> None:
    assert search_jobs(real_graph, text)[0].id == first


@pytest.mark.parametrize(
    ("text", "among"),
    [
        ("build robots", {"robotics-engineer", "automation-controls-technician", "electronics-engineer", "mechanical-engineer"}),
        (
            "fix machines",
            {
                "engineering-operative",
                "engineering-fitter",
                "mechatronics-maintenance-technician",
                "mechanical-engineering-technician",
                "electronics-technician",
                "aircraft-maintenance-engineer",
                "maintenance-electrician",
            },
        ),
    ],
)
def test_broad_words_find_a_family_of_jobs(real_graph: Graph, text: str, among: set[str]) -> None:
    assert {h.id for h in search_jobs(real_graph, text, limit=2)} <= among


def test_nurse_and_games_rank_by_name_in_the_shipped_data(real_graph: Graph) -> None:
    nurses = search_jobs(real_graph, "nurse")
    assert all("nurse" in h.name.lower() for h in nurses[:5])
    assert {"adult-nurse", "dental-nurse"} <= {h.id for h in nurses}
    assert not {"ux-designer", "data-analyst", "statistician"} & {h.id for h in nurses}
    assert "games-developer" in [h.id for h in search_jobs(real_graph, "computers and games")[:2]]
    assert search_jobs(real_graph, "xyzzy") == []


def test_jobs_for_words_then_subjects_then_sector(tiny_graph: Graph) -> None:
    assert jobs_for(tiny_graph, words="coding")[0].id == "software-developer"
    assert {j.id for j in jobs_for(tiny_graph, subjects=("chemistry",))} == {"laboratory-technician"}
    assert {j.id for j in jobs_for(tiny_graph, sector="digital-creative")} == {"software-developer"}
    assert len(jobs_for(tiny_graph)) == 3
