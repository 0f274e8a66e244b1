"""Devices to control: "set a 12 minute timer for the pasta", "lock the front door", "turn the thermostat down to
68", "run the backyard sprinklers for 15 minutes".

The action probe was fitted on apps, accounts and services; a short command to a device reads to it, and to
the prototypes, like a question or a picture to make. A request with no file that opens with such a command is
one (with a file, "turn the lights on in <image 0>" is an edit). Timers, alarms and reminders count as devices.
"""

from __future__ import annotations

import re

from .action import GO, attaches_file, command

_DEVICE = (r"lights?|lamps?|thermostat|heat(?:ing|er)?|a/?c|air\s+con(?:ditioning)?|fan|tv|television|speakers?|music|"
           r"alarm|oven|stove|kettle|coffee\s+(?:maker|machine)|dishwasher|washer|dryer|washing\s+machine|roomba|vacuum|"
           r"robot\s+vacuum|sprinklers?|garage(?:\s+door)?|(?:front|back|side)?\s*door|blinds|curtains|wifi|router|car|engine|"
           # at work: "start the centrifuge for the samples in rack B", "fly the farm drone over the north field"
           r"centrifuge|autoclave|incubator|thermocycler|pcr\s+machine|3d\s+printer|cnc(?:\s+machine)?|laser\s+cutter|drones?|"
           r"pumps?|generator|conveyor|kiln|irrigation(?:\s+(?:pivot|system))?|pivots?|valves?|boiler|heat\s+pump")
_COMMAND = re.compile(
    rf"^{GO}(?:"
    # ("set timer 10 min for eggs" leaves out the article; a stopwatch or countdown runs as a timer does)
    r"(?:set|start|begin|run)\s+(?:(?:an?|the|my)\s+)?(?:[\w-]+\s+){0,3}?(?:timer|alarm|reminder|stopwatch|countdown)s?\b"
    r"|(?:make|create|add|put\s+in)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:timer|alarm|reminder)s?\s+(?:for|to|at|every|on)\b"
    r"|(?:timer|alarm)\s+(?:for\s+)?\d"
    r"|remind\s+me\s+(?:to|at|in|on|tomorrow|tonight|every|when)\b"
    r"|wake\s+me\s+(?:up\s+)?(?:at|in)\b"
    r"|(?:lock|unlock)\s+(?:the|my|our)\b"
    rf"|(?:turn|switch|shut)\s+(?:on|off|up|down)\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)?(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE})\b"
    rf"|(?:turn|switch|shut)\s+(?:the\s+|my\s+|all\s+(?:the\s+)?)(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE})\s+(?:on|off|up|down)\b"
    rf"|(?:dim|brighten)\s+(?:the|my)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE})\b"
    rf"|(?:run|start|stop|pause|preheat|arm|disarm|restart|reboot|reset)\s+(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE}|alarm\s+system)\b"
    r"|(?:open|close|raise|lower)\s+(?:the|my|our)\s+(?:garage|blinds|curtains|shades|windows)\b"
    # "lower the thermostat in the nursery to 68"
    r"|(?:raise|lower|increase|decrease|reduce)\s+(?:the|my|our)\s+(?:[\w-]+\s+)?(?:thermostat|heating|a/?c|air\s+con)\b"
    r"|(?:switch|change|set|turn)\s+(?:the|my)\s+(?:[\w-]+\s+){0,3}?(?:on|of)\s+(?:my|our)\s+(?:camera|phone|tv|laptop|computer|"
    r"router|printer|car|watch)\b"
    r"|start\s+(?:[\w-]+\s+)?(?:navigation|directions)|navigate\s+(?:me\s+)?(?:to|home)\b"
    rf"|fly\s+(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}?drones?\b"
    rf"|(?:tell|ask|get|have)\s+(?:the|my|our)\s+(?:[\w-]+\s+){{0,2}}?(?:{_DEVICE}|alexa|siri|google\s+home)\s+to\b"
    r")", re.IGNORECASE)


# anywhere: a reminder to be sent later ("I'm terrible with my pills. Can you remind me at 5 every afternoon?"), not
# "remind me what X means"
_REMINDS = re.compile(r"\bremind\s+me\s+(?:to|at|every|each|daily|tomorrow|tonight|in\s+\d|on\s+\w+day|before|when)\b"
                      r"|\bremind\s+me\s+(?:an?|one|two|three|\d+)\s+(?:hours?|minutes?|mins?|days?|weeks?)\s+(?:before|ahead|early|prior)\b"
                      r"|\b(?:make|set|create|add)\s+(?:an?\s+)?reminders?\s+for\s+me\b"
                      # "nudge me in two hours to take the dough out", "give me a nudge every third Sunday"
                      r"|\b(?:nudge|ping|poke|buzz)\s+me\s+(?:in\s+|every\s+|at\s+|tomorrow|tonight|on\s+\w+day|each\s+)"
                      r"|\b(?:nudge|ping|poke|buzz|remind)\s+me\s+(?:a|one|two|three|\d+)\s+(?:days?|weeks?|hours?|months?)\s+before\b"
                      r"|\bgive\s+me\s+a\s+(?:nudge|ping|shout|heads[- ]up|reminder)\s+(?:in\s+|every\s+|at\s+|tomorrow|tonight|"
                      r"on\s+\w+day|each\s+|before\s+)", re.IGNORECASE)


# with or without a file: stage lighting to drive ("drive the DMX lights on set so they match <image 0>")
_RIG = re.compile(r"\b(?:drive|control|program|cue|run|set)\s+(?:the\s+|our\s+|my\s+)?(?:dmx|stage|studio|set|lighting)\s+"
                  r"(?:lights?|lighting|rig|desk|console)\b|\bdmx\b", re.IGNORECASE)


# with or without a file: a device reset from afar ("<image 0> shows the error on our pump. Reset it remotely", "lower
# the hospital bed remotely for room 12")
_REMOTE = re.compile(r"\b(?:via|through|using|in|from)\s+(?:the|my|its)\s+(?:bluetooth|wi-?fi|companion|remote)\s+app\b|\b(?:reset|restart|reboot|unlock|lock|turn\s+(?:on|off)|shut\s+(?:down|off)|update|control|silence|raise|lower|fix|repair|"
                     r"open|close|adjust|tilt|recline)\s+(?:it|this|that|them|(?:the|my|our|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+)\s+remotely\b"
                     r"|\bremotely\s+(?:reset|restart|reboot|unlock|lock|control|silence|raise|lower|open|close|adjust|fix|repair)\b",
                     re.IGNORECASE)
# with or without a file: a machine put on a cycle or mode ("switch the milking robot over to its cleaning cycle", "set my
# smart washing machine to the right cycle for the shirt in <image 0>"), settings matched ("set the sprayer's section
# control to match the settings in <image 0>")
_MODE = re.compile(r"\b(?:switch|set|put|turn|change|run)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:machines?|robots?|washers?|"
                   r"dishwashers?|dryers?|ovens?|boilers?|sprayers?|drills?|tractors?|controllers?|systems?|heaters?|pumps?|"
                   r"dehumidifiers?|fridges?|freezers?)\s+(?:over\s+)?(?:to|onto|into|on)\s+(?:its|the|a|an|their)\s+"
                   r"(?:[\w-]+\s+){0,2}?(?:cycles?|modes?|programmes?|programs?|settings?)\b"
                   r"|\b(?:set|adjust|configure|program)\s+(?:the|my|our)\s+(?:[\w'-]+\s+){0,3}?(?:controls?|settings?)\s+to\s+match\b",
                   re.IGNORECASE)
# with no file: sensors read ("read the soil moisture probes on the farm and send me the numbers"; not "read the numbers
# on the meter in <image 0>")
_READS_SENSORS = re.compile(r"^(?:read|check|poll)\s+(?:the|my|our)\s+(?:[\w-]+\s+){0,3}?(?:probes?|sensors?|meters?|gauges?|loggers?)\b",
                            re.IGNORECASE)
# with or without a file: a device or account to connect to ("<image 0> That's my glucose sensor. Connect to it and ...",
# "connect to my server 192.168.1.4 and restart nginx")
_CONNECTS = re.compile(r"(?:^|[.!?]\s+|,\s*(?:then\s+|and\s+)?|\band\s+)(?:please\s+)?(?:connect|pair|sync|link)\s+(?:up\s+)?"
                       r"(?:to|with)\s+(?:it|this|that|them|my|our|the|his|her)\b", re.IGNORECASE)


# with a file too: "Set a reminder on my phone to take the tablet in <image 0> every eight hours"
_SETS_REMINDER = re.compile(r"(?:set|schedule)\s+(?:up\s+)?(?:an?\s+|the\s+|my\s+)?(?:[\w-]+\s+){0,2}?(?:reminders?|alarms?)\b",
                            re.IGNORECASE)


def controls_device(text: str) -> bool:
    """The request, with no file, opens (after politeness) with a command to a device, a timer or a reminder, or asks
    to be reminded anywhere in it; with or without one, it drives stage lighting, connects to a device or account, puts
    a machine on a cycle or mode, or opens by setting a reminder or an alarm."""
    if (_RIG.search(text) or _CONNECTS.search(text) or _REMOTE.search(text) or _SETS_REMINDER.match(command(text))
            or _MODE.search(text)):
        return True
    if not attaches_file(text) and _READS_SENSORS.match(command(text, 20)):
        return True
    return not attaches_file(text) and bool(_COMMAND.match(command(text)) or _REMINDS.search(text))
