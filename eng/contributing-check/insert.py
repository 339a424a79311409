#!/usr/bin/env python3
"""Inserts a snippet file into a file after (or, with --before, before) the first line matching a regular expression.

Usage: insert.py TARGET REGEX SNIPPET [--before]. Exits with 1 when no line matches, so that a step of the CONTRIBUTING
check fails loudly when the code it edits has moved.
"""
import re, sys

target, pattern, snippet = sys.argv[1:4]
before = '--before' in sys.argv[4:]
lines = open(target).read().splitlines(keepends=True)
for i, line in enumerate(lines):
    if re.search(pattern, line):
        at = i if before else i + 1
        lines[at:at] = [open(snippet).read()]
        open(target, 'w').write(''.join(lines))
        sys.exit(0)
print(f"  no line of {target} matches {pattern}")
sys.exit(1)
