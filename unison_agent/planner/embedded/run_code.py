"""Code to run, not to write: "run this python script and tell me what it prints", "deploy my flask app to
heroku", "benchmark these two functions on your machine".

The planner writes code (text understanding) but executes nothing, and such a request reads as a
question about code. It opens with a verb that executes (run, execute, deploy, benchmark, install...)
followed by code or software as its object, or asks for what the code actually does ("on your
machine", "the real output"). Writing, explaining or reviewing code stays text work.
"""

from __future__ import annotations

import re

from .action import GO, opening

CAPABILITY = "running code and devices"

_CODE = (r"(?:scripts?|code|snippet|programs?|apps?|application|functions?|quer(?:y|ies)|regex(?:es)?|tests?|"
         r"test\s+suite|unit\s+tests|site|website|webpage|server|repo(?:sitory)?|containers?|docker\w*|pipeline|"
         r"notebook|migrations?|commands?|build|package|library|binary|bot|api|endpoint|sql|python|js|javascript|"
         r"node|java|bash|shell|flask|django|react|rails|cron\s+job|mods?|(?:scratch\s+)?projects?(?!\s+(?:meeting|kick-?off|team|plan)))")
_EXECUTES = re.compile(
    rf"^{GO}(?:actually\s+)?(?:run|rerun|execute|exec|deploy|redeploy|benchmark|profile|"
    r"install|compile|host|launch|ship|push|test|lint|spin\s+up|start|restart)\s+(?!(?:me|us|through|over)\b)"
    rf"(?:this|these|that|those|my|our|the|a|an|it|them|all)?\s*(?:[\w.#+'-]+\s+){{0,3}}?{_CODE}\b", re.IGNORECASE)
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


def asks_to_run(text: str) -> bool:
    """The request asks for code to be executed, installed or deployed."""
    first = opening(text, 12).strip()
    return bool(_EXECUTES.match(first) or _SETS_UP.match(first) or _REAL_RUN.search(text))
