#!/usr/bin/env python3
"""Generate a deterministic followthrough site (and optionally an equivalent Hugo site).

    python3 bench/generate.py --n 10000 --out bench/sites/n10000 [--seed 1] [--hugo]

Writes, under OUT:

    content/site.yaml                       site settings (default status vocabulary)
    content/glossary.yaml                   a few abbreviations
    content/reviews/<slug>/index.md         one review: front matter + Markdown summary
    content/reviews/<slug>/<NNN>.yaml       one recommendation per file
    hugo/                                   with --hugo: the same pages as a Hugo site

Only the standard library is used, and every random choice comes from one
random.Random(seed), so the same arguments always give byte-identical files.
Nothing depends on the clock, the locale, the hash seed or the file system order.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import sys

# --------------------------------------------------------------------------------------------
# Word banks: council scrutiny wording (housing repairs, TMOs, complaints, rent, voids,
# consultation). Recombined at random, they give text that reads like an action plan.
# --------------------------------------------------------------------------------------------

COUNCIL_PLACES = [
    "Northbridge", "Eastmere", "Kingsford", "Ashdown", "Hollowell", "Riverside", "Marlow Vale",
    "Fenwick", "Brackley Heath", "Stourton", "Whitcombe", "Langley Park",
]

REVIEW_TOPICS = [
    ("Housing Repairs", "housing-repairs"),
    ("Tenant Management Organisations", "tmos"),
    ("Complaints Handling", "complaints"),
    ("Rent Arrears and Income Collection", "rent-arrears"),
    ("Empty Homes and Void Turnaround", "voids"),
    ("Resident Consultation", "consultation"),
    ("Estate Cleaning and Caretaking", "estate-services"),
    ("Damp and Mould", "damp-and-mould"),
    ("Anti-social Behaviour", "asb"),
    ("Major Works and Leaseholder Charges", "major-works"),
    ("Lettings and Allocations", "lettings"),
    ("Gas Safety and Compliance", "gas-safety"),
    ("Sheltered Housing", "sheltered-housing"),
    ("Temporary Accommodation", "temporary-accommodation"),
    ("Aids and Adaptations", "adaptations"),
    ("Repairs Contact Centre", "contact-centre"),
]

REVIEW_BODIES = [
    "Housing Scrutiny Committee", "Communities Review Committee", "Tenants' Scrutiny Panel",
    "Residents' Overview and Scrutiny Panel", "Policy and Performance Scrutiny Committee",
    "Homes and Neighbourhoods Scrutiny Sub-Committee", "Tenants' Overview and Scrutiny Panel",
]

THEMES = [
    "Governance", "Communication", "Performance monitoring", "Repairs service",
    "Complaints", "Value for money", "Resident involvement", "Training and support",
    "Contract management", "Estate services", "Income and arrears", "Voids and lettings",
    "Health and safety", "Equality and access", "Information and data", "Leaseholders",
]

# ~40 owners. A few are abbreviations defined in glossary.yaml, as in real action plans.
OWNERS = [
    "TMT", "PS", "IC", "TMOs", "ASB Team", "Housing Property Services", "Repairs Contact Centre",
    "Tenancy Services", "Income Collection Team", "Lettings Team", "Voids Team",
    "Resident Engagement Team", "Complaints and Casework Team", "Estate Services",
    "Caretaking Service", "Leasehold Services", "Major Works Team", "Asset Management",
    "Gas Compliance Team", "Fire Safety Team", "Sheltered Housing Service",
    "Temporary Accommodation Team", "Housing Needs Service", "Adaptations Team",
    "Customer Services", "Digital Services", "Finance and Procurement", "Legal Services",
    "Human Resources", "Communications Team", "Performance and Insight Team",
    "Neighbourhood Officers", "Housing Ombudsman Liaison Officer", "Tenants' Federation",
    "Contractor Partnership Board", "Disrepair Team", "Damp and Mould Taskforce",
    "Strategic Housing", "Policy Team", "Service Improvement Team",
]

LEAD_OFFICERS = [
    "Director of Housing", "Head of Repairs", "Head of Housing Operations",
    "Head of Tenancy Management", "Head of Resident Engagement", "Head of Income",
    "Head of Asset Management", "Head of Customer Experience", "Head of Leasehold Services",
    "Complaints Manager", "Lettings Manager", "Voids Manager", "TMO Liaison Manager",
    "Compliance Manager", "Estate Services Manager", "Head of Housing Needs",
]

GLOSSARY = [
    ("ASB", "Anti-social behaviour"),
    ("IC", "Islington Council"),
    ("PS", "Property Services Team"),
    ("TMO", "Tenant Management Organisation"),
    ("TMT", "TMO Team"),
    ("NFTMO", "National Federation of Tenant Management Organisations"),
    ("KPI", "Key performance indicator"),
    ("LLW", "London Living Wage"),
]

OBJECTS = [
    "the repairs service", "the complaints procedure", "void turnaround times",
    "rent arrears recovery", "the TMO monitoring framework", "resident consultation",
    "estate inspections", "the repairs contact centre", "the lettings process",
    "damp and mould cases", "communal repairs", "the annual gas safety programme",
    "the handyperson scheme", "leaseholder service charges", "the tenant satisfaction survey",
    "the major works programme", "the anti-social behaviour policy", "out-of-hours repairs",
    "the TMO management agreements", "the Tenants' Forum", "the housing register",
    "the Decent Homes programme", "disrepair claims", "temporary accommodation standards",
]

VERBS = [
    "review", "publish", "improve", "monitor", "simplify", "strengthen", "report on",
    "consult residents on", "audit", "benchmark", "revise", "set clear targets for",
]

OPENERS = [
    "The Panel recommends that the Council should {verb} {obj}.",
    "The Committee recommends that officers {verb} {obj} within twelve months.",
    "Officers should {verb} {obj} and report progress to the Committee every six months.",
    "The Council and its contractors should jointly {verb} {obj}.",
    "The TMO Team should work with each TMO to {verb} {obj}.",
    "The Panel asks the Executive Member for Housing to {verb} {obj}.",
]

SENTENCES = [
    "Residents told the Panel that they often had to report the same fault several times before an operative attended.",
    "Evidence from the tenant satisfaction survey showed that satisfaction with {obj} had fallen for three consecutive years.",
    "The Panel heard that appointments were frequently missed without notice, which meant residents took unnecessary time off work.",
    "Benchmarking against comparable landlords suggests that performance on {obj} is in the bottom quartile.",
    "Members were concerned that the current arrangements do not give residents a clear point of contact.",
    "The Panel visited three estates and spoke to caretakers, repairs operatives and members of tenants' associations.",
    "Written evidence was received from the Tenants' Federation and from several Tenant Management Organisations.",
    "The Panel recognises the pressure on budgets but believes that earlier intervention would reduce costs in the long term.",
    "Information about {obj} should be published in plain English, in large print and in the main community languages.",
    "Officers explained that data on {obj} is held in several systems and is not routinely reconciled.",
    "The Panel was told that the contract does not currently include a penalty for missed appointments.",
    "Residents with disabilities described particular difficulties in reporting problems by telephone.",
    "The Panel would like to see quarterly performance figures reported to the Tenants' Forum.",
    "Several witnesses said that complaints were closed before the underlying repair had been completed.",
    "The Council should make sure that lessons learned from complaints are shared with frontline staff.",
    "The Panel notes the good practice of some TMOs, which publish their board minutes and annual accounts online.",
    "Void properties took an average of {days} days to relet, against a target of {target} days.",
    "Rent arrears have risen since the introduction of Universal Credit, and the Panel welcomes the new early-intervention approach.",
    "The Panel believes that residents should be involved in setting the service standards for {obj}.",
    "Officers agreed that the current reporting arrangements for {obj} could be made clearer.",
    "Members asked that any changes to {obj} are subject to a full equality impact assessment.",
    "The Panel considered evidence from the Housing Ombudsman on the handling of damp and mould complaints.",
    "There should be a single named officer responsible for each open case, and residents should be told who that is.",
    "The Panel welcomes the commitment to extend the handyperson scheme to older and disabled residents.",
]

LIST_ITEMS = [
    "publish monthly figures on {obj}",
    "set a target for first-time fixes and report against it",
    "give every resident a named contact for open repairs",
    "offer appointments in the evening and at weekends",
    "send a text message reminder the day before each appointment",
    "carry out a post-inspection on one in ten completed jobs",
    "report complaint outcomes to the Tenants' Forum each quarter",
    "train frontline staff on vulnerability and reasonable adjustments",
    "review the TMO modular management agreements",
    "hold an annual meeting with each TMO board",
    "agree a protocol for sharing data with contractors",
    "survey residents after every void is relet",
    "check that rent statements are clear and accurate",
    "consult tenants' associations before changing {obj}",
    "record the reason for every missed appointment",
    "publish the lettings policy in plain English",
    "make the online repairs form accessible on mobile phones",
    "set up a residents' working group on {obj}",
]

LINK_TEXTS = [
    ("the full scrutiny report", "reports/{slug}.pdf"),
    ("the Housing Ombudsman's Complaint Handling Code", "housing-ombudsman/complaint-handling-code"),
    ("the tenant satisfaction measures", "tenant-satisfaction-measures"),
    ("the Council's repairs policy", "housing/repairs-policy"),
    ("the NFTMO guidance on good governance", "nftmo/good-governance"),
    ("the minutes of the Tenants' Forum", "tenants-forum/minutes"),
    ("the lettings and allocations scheme", "housing/allocations-scheme"),
]

TABLE_KINDS = [
    ("Indicator", "Target", "Actual", [
        ("Repairs completed on time", "95%", "{p}%"),
        ("Repairs fixed first time", "90%", "{p}%"),
        ("Average days to relet a void", "28", "{d}"),
        ("Complaints answered within 10 days", "95%", "{p}%"),
        ("Rent collected", "98.5%", "{p}.{q}%"),
        ("Gas safety certificates in date", "100%", "{p}.{q}%"),
        ("Residents satisfied with repairs", "85%", "{p}%"),
    ]),
    ("Year", "Complaints", "Upheld", [
        ("2019-20", "{c}", "{u}"), ("2020-21", "{c}", "{u}"), ("2021-22", "{c}", "{u}"),
        ("2022-23", "{c}", "{u}"), ("2023-24", "{c}", "{u}"),
    ]),
    ("Estate", "Homes", "Open cases", [
        ("Hillside", "{h}", "{o}"), ("Marsh Lane", "{h}", "{o}"), ("Cedar Court", "{h}", "{o}"),
        ("Priory Green", "{h}", "{o}"), ("Canal Walk", "{h}", "{o}"), ("Bemerton", "{h}", "{o}"),
    ]),
]

CLOSERS = [
    "Progress should be reported against the measures in {link}.",
    "The Panel's findings are set out in {link}.",
    "Officers should take account of {link} when doing this work.",
    "Further detail is given in {link}, which the Panel asks to be kept under review.",
]

RESPONSE_TEXTS = {
    "agreed": [
        "Agreed. This will form part of the service review.",
        "Agreed. Officers will report progress to the Committee every six months.",
        "Agreed. The Council accepts this recommendation in full and will implement it within existing resources.",
        "Agreed. Work has already begun and will be completed within the timescale shown.",
    ],
    "partially-agreed": [
        "Partially agreed. The Council accepts the principle but cannot fund the full proposal this year.",
        "Agreed in principle. Implementation depends on the outcome of the contract re-procurement.",
        "Partially agreed. Monthly reporting is not practical; quarterly figures will be published instead.",
    ],
    "not-agreed": [
        "Not agreed. The cost of this proposal cannot be met from the Housing Revenue Account.",
        "Not agreed. Existing arrangements already meet the regulatory standard.",
        "Not agreed. This is a matter for each TMO board rather than the Council.",
    ],
    "noted": [
        "Noted. The Council will consider this as part of the next business plan.",
        "Noted. This falls outside the Council's direct control but will be raised with partners.",
    ],
    "awaiting": [
        "A response will be given once the Executive has considered the report.",
        "Awaiting a decision from the Housing Executive Board.",
    ],
}

ACTIONS = [
    "Review current procedures for {obj} and identify improvements",
    "Report quarterly performance on {obj} to the Tenants' Forum",
    "Consult tenants' associations on proposed changes to {obj}",
    "Publish revised guidance on {obj} on the Council website",
    "Agree new service standards for {obj} with residents",
    "Include {obj} in the contractor performance framework",
    "Provide training for frontline staff on {obj}",
    "Carry out an audit of {obj} and report the findings",
    "Set up a joint working group with TMOs on {obj}",
    "Update the IT system so that {obj} can be tracked end to end",
]

UPDATE_TEXTS = {
    "not-started": [
        "No further progress this quarter because of staff vacancies in the team.",
        "Work has not yet started; it depends on the outcome of the service review.",
        "The review of {obj} has been delayed by the re-procurement of the repairs contract.",
        "Officers are scoping the work and will report a timetable to the next Committee meeting.",
    ],
    "in-progress": [
        "A working group of officers and residents met on {day} and agreed terms of reference.",
        "Draft proposals for {obj} were presented to the Tenants' Forum and comments have been incorporated.",
        "Performance on {obj} is now reported monthly; the latest figures show a steady improvement.",
        "Officers have written to every TMO asking for an update; {k} of {m} have replied so far.",
        "Consultation closed with {k} responses; a summary will be published with the final policy.",
        "Funding has been identified in the capital programme and work will start in the new financial year.",
        "The Service Improvement Team has produced a draft guidance pack, which is being tested with two TMOs.",
    ],
    "complete": [
        "The new procedure for {obj} was introduced across all estates and staff have been trained.",
        "An audit of {obj} was completed and its recommendations have been accepted by management.",
        "The action is complete and the new arrangements are now part of business as usual.",
        "The guidance pack was sent to all TMOs on {day} and is published on the Council website.",
    ],
    "not-applicable": [
        "This recommendation has been superseded by the new housing strategy and is closed.",
        "The service was brought back in house, so this recommendation no longer applies.",
    ],
    "not-agreed": [
        "The Executive confirmed on {day} that this recommendation would not be taken forward.",
        "Not taken forward: the cost could not be met from the Housing Revenue Account.",
    ],
}

REVISION_REASONS = [
    "Waits for the outcome of the service review",
    "Delayed by the re-procurement of the repairs contract",
    "Staff vacancies in the team",
    "Rescheduled to align with the new IT system",
    "Extended to allow further consultation with residents",
    "Affected by the Covid-19 restrictions on home visits",
]

SUMMARY_SENTENCES = [
    "The {body} carried out this review between {start} and {end} in response to concerns raised by residents about {obj}.",
    "The Panel took evidence from officers, contractors, Tenant Management Organisations and more than {k} residents.",
    "It found that performance had improved in some areas but that residents were not always kept informed.",
    "The Panel made {n} recommendations, grouped under {t} themes, which were considered by the Executive.",
    "This page tracks the Council's response to each recommendation and what has been done since.",
    "Residents can see at a glance which actions are complete, which are in progress and which are overdue.",
    "The action plan is updated after each meeting of the Committee and reported to the Tenants' Forum.",
]

STATUS_LABELS = {
    "not-started": "Not started",
    "in-progress": "In progress",
    "complete": "Complete",
    "not-applicable": "Not applicable",
    "not-agreed": "Not agreed",
}
RESPONSE_LABELS = {
    "agreed": "Agreed",
    "partially-agreed": "Partially agreed",
    "not-agreed": "Not agreed",
    "noted": "Noted",
    "awaiting": "Awaiting response",
}

FIRST_DAY = dt.date(2019, 1, 1)
LAST_DAY = dt.date(2025, 12, 31)


# --------------------------------------------------------------------------------------------
# YAML helpers: everything is written by hand, with strings always double-quoted (or as
# literal block scalars), so the output parses the same in any YAML 1.1 or 1.2 parser.
# --------------------------------------------------------------------------------------------

def q(s: str) -> str:
    """A double-quoted YAML scalar."""
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def block(text: str, indent: int) -> str:
    """A literal block scalar (`|`) whose lines are indented by `indent` spaces."""
    pad = " " * indent
    lines = text.rstrip("\n").split("\n")
    return "|\n" + "\n".join((pad + ln) if ln else "" for ln in lines) + "\n"


# --------------------------------------------------------------------------------------------
# Text generation
# --------------------------------------------------------------------------------------------

class Gen:
    def __init__(self, seed: int):
        self.r = random.Random(seed)

    def date_between(self, a: dt.date, b: dt.date) -> dt.date:
        if b <= a:
            return a
        return a + dt.timedelta(days=self.r.randint(0, (b - a).days))

    def fill(self, template: str, slug: str = "", near: dt.date | None = None) -> str:
        r = self.r
        out = template
        # Each placeholder draws only if present, so the draw sequence is fixed by the template.
        if "{obj}" in out:
            out = out.replace("{obj}", r.choice(OBJECTS))
        if "{verb}" in out:
            out = out.replace("{verb}", r.choice(VERBS))
        if "{days}" in out:
            out = out.replace("{days}", str(r.randint(35, 90)))
        if "{target}" in out:
            out = out.replace("{target}", str(r.choice([21, 28, 30])))
        if "{k}" in out:
            out = out.replace("{k}", str(r.randint(8, 120)))
        if "{m}" in out:
            out = out.replace("{m}", str(r.randint(120, 200)))
        if "{day}" in out:
            if near is None:
                day = self.date_between(FIRST_DAY, LAST_DAY)
            else:
                day = near - dt.timedelta(days=r.randint(1, 40))
            out = out.replace("{day}", f"{day.day} {day.strftime('%B %Y')}")
        if "{slug}" in out:
            out = out.replace("{slug}", slug)
        return out

    def table(self) -> tuple[str, int]:
        r = self.r
        h1, h2, h3, rows = r.choice(TABLE_KINDS)
        chosen = sorted(r.sample(range(len(rows)), r.randint(2, 4)))
        chosen = [rows[i] for i in chosen]
        lines = [f"| {h1} | {h2} | {h3} |", "| --- | ---: | ---: |"]
        words = 3
        for a, b, c in chosen:
            vals = []
            for cell in (b, c):
                cell = (cell.replace("{p}", str(r.randint(61, 99)))
                        .replace("{q}", str(r.randint(0, 9)))
                        .replace("{d}", str(r.randint(20, 80)))
                        .replace("{c}", str(r.randint(80, 600)))
                        .replace("{u}", str(r.randint(10, 79)))
                        .replace("{h}", str(r.randint(150, 1400)))
                        .replace("{o}", str(r.randint(0, 60))))
                vals.append(cell)
            lines.append(f"| {a} | {vals[0]} | {vals[1]} |")
            words += len(a.split()) + 2
        return "\n".join(lines), words

    def recommendation_text(self, slug: str) -> tuple[str, str]:
        """(title, text): 150-300 words of Markdown with a bullet list, a table and a link."""
        r = self.r
        target = r.randint(150, 290)
        verb, obj = r.choice(VERBS), r.choice(OBJECTS)
        opener = r.choice(OPENERS).replace("{verb}", verb).replace("{obj}", obj)
        title = f"{verb[0].upper()}{verb[1:]} {obj}"
        items = [self.fill(x) for x in r.sample(LIST_ITEMS, r.randint(3, 5))]
        lst = "\n".join(f"- {it[0].upper()}{it[1:]}" for it in items)
        tbl, tbl_words = self.table()
        link_text, link_path = r.choice(LINK_TEXTS)
        url = "https://www.example.gov.uk/" + link_path.replace("{slug}", slug)
        closer = r.choice(CLOSERS).replace("{link}", f"[{link_text}]({url})")
        lead_in = "In particular, the Council should:"
        fixed = (len(opener.split()) + len(lead_in.split()) + sum(len(i.split()) for i in items)
                 + tbl_words + len(closer.split()))
        body: list[str] = []
        count = fixed
        for tpl in r.sample(SENTENCES, len(SENTENCES)):
            if count >= target:
                break
            s = self.fill(tpl)
            if count + len(s.split()) > 290:
                break
            body.append(s)
            count += len(s.split())
        # Split the evidence sentences into the opening and the closing paragraph.
        cut = (len(body) + 1) // 2
        para1 = " ".join([opener] + body[:cut])
        para2 = " ".join(body[cut:] + [closer])
        return title, f"{para1}\n\n{lead_in}\n\n{lst}\n\n{tbl}\n\n{para2}\n"


# --------------------------------------------------------------------------------------------
# The data model (plain dicts), built once and written out twice (followthrough and Hugo)
# --------------------------------------------------------------------------------------------

def review_sizes(g: Gen, n: int) -> list[int]:
    """Split n into reviews of about 50 recommendations (40-60 each)."""
    sizes: list[int] = []
    left = n
    while left > 60:
        s = g.r.randint(40, 60)
        sizes.append(s)
        left -= s
    if left:
        if sizes and left < 20:
            sizes[-1] += left
        else:
            sizes.append(left)
    return sizes


def make_status(g: Gen, response: str) -> str:
    r = g.r
    if response == "not-agreed":
        return "not-agreed" if r.random() < 0.9 else "not-applicable"
    if response == "noted":
        return r.choice(["not-applicable", "in-progress", "complete"])
    if response == "awaiting":
        return r.choice(["not-started", "not-started", "in-progress"])
    return r.choices(["complete", "in-progress", "not-started", "not-applicable"],
                     weights=[48, 35, 12, 5])[0]


def make_recommendation(g: Gen, slug: str, number: str, theme: str, published: dt.date) -> dict:
    r = g.r
    title, text = g.recommendation_text(slug)
    response = r.choices(list(RESPONSE_TEXTS), weights=[60, 15, 8, 7, 10])[0]
    responsible = r.sample(OWNERS, r.choice([1, 1, 2]))
    status = make_status(g, response)
    deadline = min(published + dt.timedelta(days=r.randint(60, 720)), LAST_DAY)

    revised = []
    if r.random() < 0.2:
        prev = deadline
        for _ in range(r.choice([1, 1, 2])):
            agreed = max(published, prev - dt.timedelta(days=r.randint(5, 60)))
            new = min(prev + dt.timedelta(days=r.randint(60, 365)), LAST_DAY)
            if new <= prev:
                break
            revised.append({"date": new, "reason": r.choice(REVISION_REASONS), "agreed": agreed})
            prev = new

    actions = []
    for _ in range(r.randint(1, 3)):
        a_status = status if r.random() < 0.6 else r.choice(
            ["not-started", "in-progress", "complete"])
        actions.append({
            "action": g.fill(r.choice(ACTIONS)),
            "responsible": r.choice(responsible + [r.choice(OWNERS)]),
            "status": a_status,
        })

    n_updates = r.randint(1, 4)
    start = published + dt.timedelta(days=30)
    dates = sorted(g.date_between(start, LAST_DAY) for _ in range(n_updates))
    # The status history moves forward: not started, then in progress, then the current status.
    history = sorted((r.choice(["not-started", "in-progress"]) for _ in range(n_updates - 1)),
                     key=["not-started", "in-progress"].index) + [status]
    updates = []
    for d, u_status in zip(dates, history):
        n_sent = r.randint(1, 3)
        bank = UPDATE_TEXTS[u_status]
        u_text = " ".join(g.fill(t, near=d) for t in r.sample(bank, min(n_sent, len(bank))))
        updates.append({"date": d, "status": u_status, "text": u_text})

    return {
        "number": number,
        "title": title,
        "theme": theme,
        "recommendation": text,
        "response": response,
        "response_text": r.choice(RESPONSE_TEXTS[response]),
        "responsible": responsible,
        "lead_officer": r.choice(LEAD_OFFICERS),
        "deadline": deadline,
        "revised_deadlines": revised,
        "status": status,
        "actions": actions,
        "updates": updates,
    }


def make_site(g: Gen, n: int) -> dict:
    r = g.r
    place = r.choice(COUNCIL_PLACES)
    organisation = f"London Borough of {place}"
    reviews = []
    used_slugs: set[str] = set()
    for i, size in enumerate(review_sizes(g, n)):
        topic, topic_slug = r.choice(REVIEW_TOPICS)
        published = g.date_between(FIRST_DAY, dt.date(2023, 12, 31))
        slug = f"{topic_slug}-{published.year}"
        k = 2
        while slug in used_slugs:
            slug = f"{topic_slug}-{published.year}-{k}"
            k += 1
        used_slugs.add(slug)
        body = r.choice(REVIEW_BODIES)
        themes = r.sample(THEMES, 6)
        recs = []
        num = 0
        for j in range(size):
            # Mostly 1, 2, 3 ...; now and then an "a" item after the previous number (3, 3a, 4).
            if j > 0 and r.random() < 0.04 and not recs[-1]["number"].endswith("a"):
                number = f"{num}a"
            else:
                num += 1
                number = str(num)
            theme = themes[min(5, j * 6 // size)]
            recs.append(make_recommendation(g, slug, number, theme, published))
        updated = max(u["date"] for rec in recs for u in rec["updates"])
        start = published - dt.timedelta(days=r.randint(90, 240))
        summary_parts = []
        for s in SUMMARY_SENTENCES:
            summary_parts.append(
                g.fill(s.replace("{body}", body)
                       .replace("{start}", start.strftime("%B %Y"))
                       .replace("{end}", published.strftime("%B %Y"))
                       .replace("{n}", str(size))
                       .replace("{t}", "six")))
        summary = (" ".join(summary_parts[:3]) + "\n\n" + " ".join(summary_parts[3:5]) + "\n\n"
                   + " ".join(summary_parts[5:]) + "\n")
        reviews.append({
            "slug": slug,
            "title": f"{topic} Scrutiny Review {published.year}",
            "body": body,
            "organisation": r.choice([organisation, f"{place} Homes", organisation]),
            "published": published,
            "updated": updated,
            "summary": summary,
            "recs": recs,
        })
    return {
        "title": f"{place} housing scrutiny: progress on recommendations",
        "organisation": organisation,
        "base_url": f"https://www.{place.lower().replace(' ', '')}.gov.uk/scrutiny/",
        "reviews": reviews,
    }


# --------------------------------------------------------------------------------------------
# followthrough output
# --------------------------------------------------------------------------------------------

def rec_filename(number: str) -> str:
    digits = "".join(c for c in number if c.isdigit())
    suffix = number[len(digits):]
    return f"{int(digits):03d}{suffix}.yaml"


def rec_yaml(rec: dict) -> str:
    out = [
        f"number: {q(rec['number'])}",
        f"title: {q(rec['title'])}",
        f"theme: {q(rec['theme'])}",
        "recommendation: " + block(rec["recommendation"], 2).rstrip("\n"),
        f"response: {rec['response']}",
        "response_text: " + block(rec["response_text"], 2).rstrip("\n"),
        "responsible: [" + ", ".join(q(x) for x in rec["responsible"]) + "]",
        f"lead_officer: {q(rec['lead_officer'])}",
        f"deadline: {rec['deadline'].isoformat()}",
    ]
    if rec["revised_deadlines"]:
        out.append("revised_deadlines:")
        for rv in rec["revised_deadlines"]:
            out.append(f"  - date: {rv['date'].isoformat()}")
            out.append(f"    reason: {q(rv['reason'])}")
            out.append(f"    agreed: {rv['agreed'].isoformat()}")
    out.append(f"status: {rec['status']}")
    out.append("actions:")
    for a in rec["actions"]:
        out.append(f"  - action: {q(a['action'])}")
        out.append(f"    responsible: {q(a['responsible'])}")
        out.append(f"    status: {a['status']}")
    out.append("updates:")
    for u in rec["updates"]:
        out.append(f"  - date: {u['date'].isoformat()}")
        out.append(f"    status: {u['status']}")
        out.append("    text: " + block(u["text"], 6).rstrip("\n"))
    return "\n".join(out) + "\n"


def review_md(rv: dict) -> str:
    return (
        "---\n"
        f"title: {q(rv['title'])}\n"
        f"body: {q(rv['body'])}\n"
        f"organisation: {q(rv['organisation'])}\n"
        f"published: {rv['published'].isoformat()}\n"
        f"updated: {rv['updated'].isoformat()}\n"
        "---\n"
        f"{rv['summary']}"
    )


def write(path: str, text: str) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def write_followthrough(site: dict, out: str) -> None:
    content = os.path.join(out, "content")
    write(os.path.join(content, "site.yaml"),
          f"title: {q(site['title'])}\n"
          f"organisation: {q(site['organisation'])}\n"
          f"base_url: {site['base_url']}\n"
          "language: en-GB\n"
          "stale_after_days: 180\n")
    write(os.path.join(content, "glossary.yaml"),
          "".join(f"{k}: {q(v)}\n" for k, v in GLOSSARY))
    for rv in site["reviews"]:
        d = os.path.join(content, "reviews", rv["slug"])
        write(os.path.join(d, "index.md"), review_md(rv))
        for rec in rv["recs"]:
            write(os.path.join(d, rec_filename(rec["number"])), rec_yaml(rec))


# --------------------------------------------------------------------------------------------
# Hugo output: the same pages, with the recommendation fields in front matter and the
# recommendation text as the page body. Taxonomies `status` and `owner` give the dashboards.
# --------------------------------------------------------------------------------------------

HUGO_TOML = """\
baseURL = "{base_url}"
languageCode = "en-GB"
title = "{title}"
disableKinds = []
enableRobotsTXT = false
relativeURLs = true

[params]
organisation = "{organisation}"
asOf = "2025-12-31"
staleAfterDays = 180

[taxonomies]
status = "status"
owner = "owner"

[outputs]
home = ["HTML", "RSS"]
section = ["HTML", "RSS"]
taxonomy = ["HTML"]
term = ["HTML"]

[markup.goldmark.renderer]
unsafe = false
"""

HUGO_BASEOF = """\
<!DOCTYPE html>
<html lang="{{ site.LanguageCode }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ block "title" . }}{{ .Title }} - {{ site.Title }}{{ end }}</title>
<link rel="canonical" href="{{ .Permalink }}">
<style>
body{font-family:Arial,sans-serif;margin:0;line-height:1.5;color:#0b0c0c}
header,main,footer{max-width:960px;margin:0 auto;padding:0 15px}
.tag{display:inline-block;padding:2px 8px;font-weight:700;background:#eee}
.tag--complete{background:#cce2d8}.tag--in-progress{background:#bbd4ea}
.tag--not-started{background:#f6d7d2}.tag--overdue{background:#d4351c;color:#fff}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #b1b4b6;padding:6px;text-align:left}
dl.summary{display:grid;grid-template-columns:30% 70%}dl.summary dt{font-weight:700}
ol.timeline{list-style:none;padding-left:0}ol.timeline li{border-left:3px solid #1d70b8;padding-left:12px;margin-bottom:12px}
@media print{nav,footer{display:none}}
</style>
</head>
<body>
<a href="#main" class="skip">Skip to main content</a>
<header>
<p><a href="{{ "/" | relURL }}">{{ site.Title }}</a></p>
<nav aria-label="Main">
<ul>
<li><a href="{{ "/reviews/" | relURL }}">Reviews</a></li>
<li><a href="{{ "/status/" | relURL }}">By status</a></li>
<li><a href="{{ "/owner/" | relURL }}">By owner</a></li>
</ul>
</nav>
</header>
<main id="main">
{{ block "main" . }}{{ end }}
</main>
<footer>
<p>Published by {{ site.Params.organisation }}. Figures as of {{ time.Format "2 January 2006" site.Params.asOf }}.</p>
</footer>
</body>
</html>
"""

HUGO_PARTIAL_TAG = """\
{{- $labels := dict "not-started" "Not started" "in-progress" "In progress" "complete" "Complete" "not-applicable" "Not applicable" "not-agreed" "Not agreed" -}}
<strong class="tag tag--{{ . }}">{{ index $labels . | default . }}</strong>
"""

HUGO_PARTIAL_FLAGS = """\
{{- /* Derived facts, as followthrough computes them: current deadline, overdue, not updated. */ -}}
{{- $asOf := time site.Params.asOf -}}
{{- $current := .Params.deadline -}}
{{- range .Params.revised_deadlines }}{{ $current = .date }}{{ end -}}
{{- $open := in (slice "not-started" "in-progress") .Params.state -}}
{{- $due := time $current -}}
{{- if and $open ($due.Before $asOf) -}}
{{- $days := div ($asOf.Sub $due).Hours 24 -}}
<strong class="tag tag--overdue">Overdue by {{ int $days }} days</strong>
{{- end -}}
{{- $last := "" -}}
{{- range .Params.updates }}{{ if gt .date $last }}{{ $last = .date }}{{ end }}{{ end -}}
{{- if and $open $last -}}
{{- $age := div ($asOf.Sub (time $last)).Hours 24 -}}
{{- if gt $age site.Params.staleAfterDays }} <strong class="tag">Not updated for {{ int $age }} days</strong>{{ end -}}
{{- end -}}
"""

HUGO_HOME = """\
{{ define "main" }}
{{ $recs := where site.RegularPages "Section" "reviews" }}
<h1>{{ site.Title }}</h1>
<ul class="headline">
<li><strong>{{ len $recs }}</strong> recommendations</li>
<li><strong>{{ len (where $recs "Params.state" "complete") }}</strong> done</li>
<li><strong>{{ len (where $recs "Params.state" "in-progress") }}</strong> in progress</li>
<li><strong>{{ len (where $recs "Params.state" "not-started") }}</strong> not started</li>
<li><strong>{{ len (where $recs "Params.state" "in" (slice "not-applicable" "not-agreed")) }}</strong> closed</li>
</ul>
<h2>Reviews</h2>
<table>
<thead><tr><th>Review</th><th>Published</th><th>Recommendations</th><th>Done</th><th>Progress</th></tr></thead>
<tbody>
{{ range (site.GetPage "/reviews").Sections.ByTitle }}
{{ $n := len .Pages }}{{ $done := len (where .Pages "Params.state" "complete") }}
<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ time.Format "2 Jan 2006" .Params.published }}</td>
<td>{{ $n }}</td><td>{{ $done }}</td><td>{{ if $n }}{{ div (mul $done 100) $n }}%{{ end }}</td></tr>
{{ end }}
</tbody>
</table>
<h2>Latest updates</h2>
<ol>
{{ range first 20 $recs.ByDate.Reverse }}
<li><a href="{{ .RelPermalink }}">{{ .Parent.Title }}: {{ .Params.number }}. {{ .Title }}</a> ({{ .Date.Format "2 January 2006" }})</li>
{{ end }}
</ol>
{{ end }}
"""

HUGO_LIST = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
{{ if eq .Kind "section" }}
{{ with .Params.body }}<p>Review by {{ . }}{{ with $.Params.organisation }} of {{ . }}{{ end }}.</p>{{ end }}
{{ with .Params.published }}<p>Published {{ time.Format "2 January 2006" . }}; action plan updated {{ time.Format "2 January 2006" $.Params.updated }}.</p>{{ end }}
{{ .Content }}
{{ if .Sections }}
<ul>{{ range .Sections.ByTitle }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a> ({{ len .Pages }})</li>{{ end }}</ul>
{{ end }}
{{ with .RegularPages }}
<h2>Status</h2>
<ul>
{{ range $k := slice "complete" "in-progress" "not-started" "not-applicable" "not-agreed" }}
<li>{{ partial "tag.html" $k }} {{ len (where $.RegularPages "Params.state" $k) }}</li>
{{ end }}
</ul>
<h2>Action plan</h2>
{{ range $.RegularPages.GroupByParam "theme" }}
<h3>{{ .Key }}</h3>
<table>
<thead><tr><th>No.</th><th>Recommendation</th><th>Responsible</th><th>Deadline</th><th>Status</th></tr></thead>
<tbody>
{{ range .Pages.ByWeight }}
<tr><td>{{ .Params.number }}</td><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td>
{{ $cur := .Params.deadline }}{{ range .Params.revised_deadlines }}{{ $cur = .date }}{{ end }}
<td>{{ delimit .Params.responsible ", " }}</td><td>{{ time.Format "2 Jan 2006" $cur }}</td>
<td>{{ partial "tag.html" .Params.state }} {{ partial "flags.html" . }}</td></tr>
{{ end }}
</tbody>
</table>
{{ end }}
{{ end }}
{{ else }}
{{ .Content }}
<table>
<thead><tr><th>Review</th><th>No.</th><th>Recommendation</th><th>Deadline</th><th>Status</th></tr></thead>
<tbody>
{{ range .Pages }}
<tr><td><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></td><td>{{ .Params.number }}</td>
{{ $cur := .Params.deadline }}{{ range .Params.revised_deadlines }}{{ $cur = .date }}{{ end }}
<td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td><td>{{ time.Format "2 Jan 2006" $cur }}</td>
<td>{{ partial "tag.html" .Params.state }} {{ partial "flags.html" . }}</td></tr>
{{ end }}
</tbody>
</table>
{{ end }}
{{ end }}
"""

HUGO_TERMS = """\
{{ define "main" }}
<h1>{{ .Title }}</h1>
<table>
<thead><tr><th>{{ .Title }}</th><th>Recommendations</th><th>Done</th></tr></thead>
<tbody>
{{ range .Data.Terms.Alphabetical }}
<tr><td><a href="{{ .Page.RelPermalink }}">{{ .Page.Title }}</a></td><td>{{ .Count }}</td>
<td>{{ len (where .Pages "Params.state" "complete") }}</td></tr>
{{ end }}
</tbody>
</table>
{{ end }}
"""

HUGO_SINGLE = """\
{{ define "title" }}Recommendation {{ .Params.number }}: {{ .Title }} - {{ .Parent.Title }}{{ end }}
{{ define "main" }}
<nav aria-label="Breadcrumb"><a href="{{ .Parent.RelPermalink }}">{{ .Parent.Title }}</a></nav>
<h1><span>Recommendation {{ .Params.number }}</span> {{ .Title }}</h1>
<p>{{ partial "tag.html" .Params.state }} {{ partial "flags.html" . }}</p>
<dl class="summary">
<dt>Theme</dt><dd>{{ .Params.theme }}</dd>
<dt>Responsible</dt><dd>{{ range $i, $t := .GetTerms "owner" }}{{ if $i }}, {{ end }}<a href="{{ $t.RelPermalink }}">{{ $t.LinkTitle }}</a>{{ end }}</dd>
<dt>Lead officer</dt><dd>{{ .Params.lead_officer }}</dd>
<dt>Deadline</dt><dd>
{{ $current := .Params.deadline }}{{ range .Params.revised_deadlines }}{{ $current = .date }}{{ end }}
{{ time.Format "2 January 2006" $current }}
{{ with .Params.revised_deadlines }}
<p>Originally {{ time.Format "2 January 2006" $.Params.deadline }}.</p>
<ul>{{ range . }}<li>Moved to {{ time.Format "2 January 2006" .date }} on {{ time.Format "2 January 2006" .agreed }}: {{ .reason }}</li>{{ end }}</ul>
{{ end }}
</dd>
<dt>Last updated</dt><dd>{{ .Date.Format "2 January 2006" }}</dd>
</dl>
<h2>You said</h2>
{{ .Content }}
<h2>The response</h2>
{{ $responses := dict "agreed" "Agreed" "partially-agreed" "Partially agreed" "not-agreed" "Not agreed" "noted" "Noted" "awaiting" "Awaiting response" }}
<p><strong>{{ index $responses .Params.response }}</strong></p>
{{ .Params.response_text | markdownify }}
{{ with .Params.actions }}
<h2>Actions</h2>
{{ $done := len (where . "status" "complete") }}
<p>{{ $done }} of {{ len . }} actions done ({{ div (mul $done 100) (len .) }}%).</p>
<table>
<thead><tr><th>Action</th><th>Responsible</th><th>Status</th></tr></thead>
<tbody>
{{ range . }}<tr><td>{{ .action | markdownify }}</td><td>{{ .responsible }}</td><td>{{ partial "tag.html" .status }}</td></tr>{{ end }}
</tbody>
</table>
{{ end }}
<h2>We did</h2>
<ol class="timeline">
{{ range sort .Params.updates "date" "desc" }}
<li><h3><time datetime="{{ .date }}">{{ time.Format "2 January 2006" .date }}</time></h3>
{{ with .status }}{{ partial "tag.html" . }}{{ end }}
{{ .text | markdownify }}</li>
{{ end }}
</ol>
<nav aria-label="Previous and next">
{{- /* Hugo's PrevInSection/NextInSection run against the weight order, hence the swap. */ -}}
{{ with .NextInSection }}<a rel="prev" href="{{ .RelPermalink }}">Recommendation {{ .Params.number }}</a>{{ end }}
{{ with .PrevInSection }}<a rel="next" href="{{ .RelPermalink }}">Recommendation {{ .Params.number }}</a>{{ end }}
</nav>
{{ end }}
"""


def hugo_front_matter_rec(rec: dict, weight: int) -> str:
    fm = [
        "---",
        f"title: {q(rec['title'])}",
        f"date: {rec['updates'][-1]['date'].isoformat()}",
        f"weight: {weight}",
        f"number: {q(rec['number'])}",
        f"theme: {q(rec['theme'])}",
        f"response: {rec['response']}",
        "response_text: " + block(rec["response_text"], 2).rstrip("\n"),
        "responsible: [" + ", ".join(q(x) for x in rec["responsible"]) + "]",
        "owner: [" + ", ".join(q(x) for x in rec["responsible"]) + "]",
        f"lead_officer: {q(rec['lead_officer'])}",
        f"deadline: {q(rec['deadline'].isoformat())}",
    ]
    if rec["revised_deadlines"]:
        fm.append("revised_deadlines:")
        for rv in rec["revised_deadlines"]:
            fm.append(f"  - date: {q(rv['date'].isoformat())}")
            fm.append(f"    reason: {q(rv['reason'])}")
            fm.append(f"    agreed: {q(rv['agreed'].isoformat())}")
    fm.append(f"state: {rec['status']}")
    fm.append(f"status: [{rec['status']}]")
    fm.append("actions:")
    for a in rec["actions"]:
        fm.append(f"  - action: {q(a['action'])}")
        fm.append(f"    responsible: {q(a['responsible'])}")
        fm.append(f"    status: {a['status']}")
    fm.append("updates:")
    for u in rec["updates"]:
        fm.append(f"  - date: {q(u['date'].isoformat())}")
        fm.append(f"    status: {u['status']}")
        fm.append("    text: " + block(u["text"], 6).rstrip("\n"))
    fm.append("---")
    return "\n".join(fm) + "\n" + rec["recommendation"]


def write_hugo(site: dict, out: str) -> None:
    h = os.path.join(out, "hugo")
    # Hugo's relURL would prefix the base URL's path; the host alone keeps links like
    # followthrough's (relative to the site root).
    host = site["base_url"].split("/scrutiny/")[0] + "/"
    write(os.path.join(h, "hugo.toml"), HUGO_TOML.format(
        base_url=host, title=site["title"], organisation=site["organisation"]))
    lay = os.path.join(h, "layouts")
    write(os.path.join(lay, "_default", "baseof.html"), HUGO_BASEOF)
    write(os.path.join(lay, "index.html"), HUGO_HOME)
    write(os.path.join(lay, "_default", "list.html"), HUGO_LIST)
    write(os.path.join(lay, "_default", "terms.html"), HUGO_TERMS)
    write(os.path.join(lay, "_default", "single.html"), HUGO_SINGLE)
    write(os.path.join(lay, "partials", "tag.html"), HUGO_PARTIAL_TAG)
    write(os.path.join(lay, "partials", "flags.html"), HUGO_PARTIAL_FLAGS)
    c = os.path.join(h, "content")
    write(os.path.join(c, "_index.md"), f"---\ntitle: {q(site['title'])}\n---\n")
    write(os.path.join(c, "reviews", "_index.md"), "---\ntitle: \"Reviews\"\n---\n")
    for rv in site["reviews"]:
        d = os.path.join(c, "reviews", rv["slug"])
        fm = (
            "---\n"
            f"title: {q(rv['title'])}\n"
            f"body: {q(rv['body'])}\n"
            f"organisation: {q(rv['organisation'])}\n"
            f"published: {q(rv['published'].isoformat())}\n"
            f"updated: {q(rv['updated'].isoformat())}\n"
            f"date: {rv['updated'].isoformat()}\n"
            "---\n"
        )
        write(os.path.join(d, "_index.md"), fm + rv["summary"])
        for w, rec in enumerate(rv["recs"], start=1):
            write(os.path.join(d, rec["number"] + ".md"), hugo_front_matter_rec(rec, w))


def main(argv: list[str]) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, required=True, help="number of recommendations")
    ap.add_argument("--out", required=True, help="site folder to write (replaced if it exists)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--hugo", action="store_true", help="also write an equivalent Hugo site in OUT/hugo")
    args = ap.parse_args(argv)
    if args.n < 1:
        ap.error("--n must be at least 1")

    g = Gen(args.seed)
    site = make_site(g, args.n)
    # Start from a clean folder so that a smaller N never leaves stale files behind.
    for sub in ("content", "hugo", "output"):
        p = os.path.join(args.out, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
    write_followthrough(site, args.out)
    if args.hugo:
        write_hugo(site, args.out)
    n_recs = sum(len(rv["recs"]) for rv in site["reviews"])
    print(f"wrote {n_recs} recommendations in {len(site['reviews'])} reviews to {args.out}"
          + (" (+ hugo/)" if args.hugo else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
