"""Code to run, not to write: "run this python script and tell me what it prints", "deploy my flask app to
heroku", "benchmark these two functions on your machine".

The planner writes code (text understanding) but executes nothing, and such a request reads as a
question about code. It opens with a verb that executes (run, execute, deploy, benchmark, install...)
followed by code or software as its object, or asks for what the code actually does ("on your
machine", "the real output"). Writing, explaining or reviewing code stays text work.
"""

from __future__ import annotations

import re

from .action import GO, PLACEHOLDER, command, opening

CAPABILITY = "running code and devices"

_CODE = (r"(?:suites?|cells|pods?|scripts?|code|snippet|programs?|apps?|application|functions?|quer(?:y|ies)|regex(?:es)?|tests?|"
         r"test\s+suite|unit\s+tests|site|website|webpage|server|repo(?:sitory)?|containers?|docker\w*|pipeline|"
         r"notebook|migrations?|commands?|build|package|library|binary|bot|api|endpoint|sql|python|js|javascript|"
         r"node|java|bash|shell|flask|django|react|rails|cron\s+job|database|db|manifest|playbook|macros?|mods?|(?:scratch\s+)?projects?(?!\s+(?:meeting|kick-?off|team|plan)))")
_EXECUTES = re.compile(
    rf"^{GO}(?:actually\s+)?(?:run|rerun|execute|exec|deploy|redeploy|benchmark|profile|"
    r"install|compile|host|launch|ship|push|test|lint|spin\s+up|start|restart)\s+(?!(?:me|us|through|over)\b)"
    rf"(?:this|these|that|those|my|our|the|a|an|it|them|all)?\s*(?:[\w.#+'/-]+\s+){{0,3}}?{_CODE}\b", re.IGNORECASE)
_SETS_UP = re.compile(rf"^{GO}(?:deploy|redeploy|install|compile|host)\s+(?!(?:me|us)\b)\S",
                      re.IGNORECASE)
"""Verbs that execute whatever their object is ("install numpy on my laptop")."""
_REAL_RUN = re.compile(r"\b(?:on\s+your\s+(?:machine|computer|server|end)|the\s+(?:real|actual)\s+(?:output|timings?|result)|"
                       r"actually\s+(?:run|execute|prints?|outputs?)|"
                       # "run this and tell me what it prints:", "remote in and fix it"
                       r"^(?:run|execute)\s+(?:this|it|that)\s+and\s+(?:tell|show)\s+me\s+(?:exactly\s+)?what\s+(?:[\w-]+\s+)?it\s+"
                       r"(?:prints|printed|outputs|returns|says)|(?<!the\s)remote\s+(?:in|into)\s+(?:and|to|my|our|it|the\s+(?:server|machine|"
                       r"computer|laptop|pc))|remotely\s+(?:fix|access|log))\b",
                       re.IGNORECASE | re.MULTILINE)


# timing code is running it: "time how long this regex takes on a 1MB string", "time both versions of this query"
_TIMES = re.compile(r"^(?:time|clock)\s+(?:how\s+(?:long|fast)\s+)?(?:this|these|that|those|my|our|both|each|all|it|them|the\s+"
                    r"(?:two|three|query|queries|function|functions|script|scripts|code|versions?|regex))\b(?![-])"
                    r"|\bby\s+actually\s+running\b|\bon\s+real\s+data\b.{0,40}?\b(?:faster|slower|quicker|timings?)\b"
                    r"|\bagainst\s+(?:our|my|the)\s+(?:prod(?:uction)?|staging|live)\s+(?:database|db|server|cluster)\b", re.IGNORECASE)
# as the request's own opening: "run this against our Snowflake warehouse and ...", "SSH into the box and restart ..."
_RUNS_THERE = re.compile(r"^(?:run|execute)\b.{0,40}?\bagainst\s+(?:our|my|the)\s+(?:[\w-]+\s+){0,2}?(?:database|db|warehouse|"
                         r"server|cluster|instance)\b", re.IGNORECASE)
_SSH = re.compile(r"(?:^|[.!?;\u2014-]\s+)(?:please\s+)?(?:(?:ssh|remote)\s+(?:into|to|onto|in\s+to)|go\s+into\s+(?:the|our|my)\s+"
                  r"(?:cluster|server|box|database|db|prod|production))\b", re.IGNORECASE)
# a tool's command line asked to run: "kubectl apply this manifest to my staging cluster"
_COMMAND_LINE = re.compile(r"^(?:kubectl|terraform|helm|ansible(?:-playbook)?|docker(?:-compose)?|git|npm|yarn|pnpm|pip|ssh|scp|rsync|"
                           r"curl|wget)\s+(?:apply|run|push|pull|install|exec|deploy|up|build|plan|commit|clone|into|to|this|it|the|"
                           r"my|our)\b", re.IGNORECASE)


# code run in a later clause: "here's a screenshot of my Jupyter error <image 0>, rerun the notebook with the fix ..."
_LATER_RUN = re.compile(rf"(?:[,.;!?]\s+|\band\s+(?:then\s+)?)(?:please\s+)?(?:re-?run|execute)\s+(?:all\s+(?:of\s+)?)?(?:the|my|our|this|it)\s+"
                        rf"(?:[\w.#+'-]+\s+){{0,3}}?{_CODE}\b", re.IGNORECASE)
# a simulation, or a program named by its capitalised name, run on the user's input: "run a molecular dynamics
# simulation of this peptide", "Run AlphaFold on this sequence" (not "run me through a simulation of ...")
_SIMULATES = re.compile(r"^(?:run|perform)\s+(?!(?:me|us)\s+through\b)(?:an?\s+|the\s+|some\s+)?(?:[\w,-]+\s+){0,3}?(?:simulat\w*|"
                        r"monte\s+carlo)\b", re.IGNORECASE)
_RUNS_NAMED = re.compile(r"^(?:[Rr]un|RUN)\s+[A-Z][\w-]*\s+on\b")


def opens_with_run(text: str) -> bool:
    """The request opens by asking to run code ("run this Python script against our CRM export and give me the
    list"): the words it then asks for come from the run, not from writing."""
    return bool(_EXECUTES.match(command(text, 12)))


def asks_to_run(text: str) -> bool:
    """The request asks for code to be executed, installed or deployed."""
    first = opening(text, 12).strip()
    bare = command(text, 12)
    return bool(_EXECUTES.match(first) or _SETS_UP.match(first) or _REAL_RUN.search(text) or _EXECUTES.match(bare)
                or _TIMES.search(bare) or _TIMES.search(text) or _COMMAND_LINE.match(bare) or _LATER_RUN.search(text)
                or _SIMULATES.match(bare) or _RUNS_NAMED.match(bare) or _RUNS_THERE.match(command(text, 20)) or _SSH.search(PLACEHOLDER.sub("", text).strip()))
