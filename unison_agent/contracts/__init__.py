"""What every other part speaks: tasks, references, the typed plan, its validation, tools and
their registry, requests, policy caps and the error classes.

Nothing here loads a model or runs a graph; planners, the executor, sessions and front doors
all import from here, never the other way round.
"""
