#!/usr/bin/env python3
"""Marks the current public API as shipped: moves every line of each library's PublicAPI.Unshipped.txt into its
PublicAPI.Shipped.txt (sorted, removals recorded by the analyzer as *REMOVED* lines applied), leaving Unshipped empty.

Run once per release, after the version in Directory.Build.props is set and the CHANGELOG entry is written
(docs/releasing.md). From then on the analyzer reports any change to a shipped line.
Usage: python3 eng/ship-public-api.py
"""
import glob
import os

root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
for unshipped_path in sorted(glob.glob(os.path.join(root, 'src', '*', 'PublicAPI.Unshipped.txt'))):
    shipped_path = os.path.join(os.path.dirname(unshipped_path), 'PublicAPI.Shipped.txt')
    unshipped = [l.rstrip('\n') for l in open(unshipped_path)]
    shipped = [l.rstrip('\n') for l in open(shipped_path)] if os.path.exists(shipped_path) else ['#nullable enable']
    header = [l for l in shipped if l.startswith('#')] or ['#nullable enable']
    body = {l for l in shipped if l and not l.startswith('#')}
    for line in unshipped:
        if not line or line.startswith('#'):
            continue
        if line.startswith('*REMOVED*'):
            body.discard(line[len('*REMOVED*'):])
        else:
            body.add(line)
    with open(shipped_path, 'w') as f:
        f.write('\n'.join(header + sorted(body)) + '\n')
    with open(unshipped_path, 'w') as f:
        f.write('\n'.join([l for l in unshipped if l.startswith('#')] or ['#nullable enable']) + '\n')
    print(f"{os.path.basename(os.path.dirname(unshipped_path))}: {len(body)} shipped lines")
