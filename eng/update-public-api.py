#!/usr/bin/env python3
"""Records the current public API in PublicAPI.Unshipped.txt of each library project.

Run after an intended API change: it builds, takes the RS0016 (symbol not declared) and RS0017 (declared symbol
removed) findings of Microsoft.CodeAnalysis.PublicApiAnalyzers, and updates the files. Review the diff.
Usage: python3 eng/update-public-api.py [project-dir ...]
"""
import re, subprocess, sys, os, glob

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
projects = sys.argv[1:] or sorted(os.path.dirname(p) for p in glob.glob(os.path.join(root, 'src', '*', 'PublicAPI.Unshipped.txt')))
for proj in projects:
    proj = os.path.abspath(proj)
    out = subprocess.run(['dotnet', 'build', proj, '--no-incremental', '-p:TreatWarningsAsErrors=false', '-nologo', '-clp:NoSummary'],
                         capture_output=True, text=True).stdout
    # Only this project's findings: a build also reports those of the projects it references.
    mine = "\n".join(line for line in out.splitlines() if line.rstrip().endswith(os.path.basename(proj) + ".csproj]"))
    added = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", mine))
    removed = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", mine))
    path = os.path.join(proj, 'PublicAPI.Unshipped.txt')
    lines = [l.rstrip('\n') for l in open(path)]
    header = [l for l in lines if l.startswith('#')] or ['#nullable enable']
    body = {l for l in lines if l and not l.startswith('#')}
    body = (body | added) - removed
    with open(path, 'w') as f:
        f.write('\n'.join(header + sorted(body)) + '\n')
    print(f"{os.path.basename(proj)}: +{len(added)} -{len(removed)}")
