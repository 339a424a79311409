#!/usr/bin/env python3
"""Reads every packed .nupkg in a folder and checks what a consumer of the package sees.

Usage: check-packages.py <folder of .nupkg files>. Prints each package's dependencies with their ranges and exits
with 1 when a check fails:
- a dependency whose next major breaks us or changes licence (CAPPED below) must have a closed range with that cap;
- a dependency on another AiContracts package is pinned to this package's own version ([1.0.0]): they are released
  together, and a reader compiled against one version of the model must not run against another;
- every package of EXPECTED_PACKAGES is there;
- every package carries the metadata and files nuget.org shows (licence, icon, readme, release notes, URLs,
  description, tags, LICENSE, CHANGELOG.md).
"""
import glob
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

# Dependency id -> the exact range it must have in every nuspec that depends on it.
# No package depends on JsonSchema.Net since the 1.0 API review (only the tests use it, as the reference evaluator);
# should one depend on it again, its range must be capped.
CAPPED = {
    "JsonSchema.Net": "[8.0.5, 9.0.0)",  # 9.x and later are not free for companies
}
# Every package the repository ships (one per src/ project); a missing one fails the check.
EXPECTED_PACKAGES = ["AiContracts.Domain", "AiContracts.Json", "AiContracts.Extensions.DependencyInjection", "AiContracts.Testing",
                     "AiContracts.Reporting", "AiContracts.OpenSlo", "AiContracts.Cli"]
REQUIRED_METADATA = ["description", "tags", "license", "icon", "readme", "releaseNotes", "projectUrl", "repository"]
REQUIRED_FILES = ["README.md", "icon.png", "LICENSE", "CHANGELOG.md"]


def normalise(version_range):
    """'[8.0.5, 9.0.0)' and '[8.0.5,9.0.0)' are the same range."""
    return version_range.replace(" ", "")


def main(folder):
    packages = sorted(p for p in glob.glob(os.path.join(folder, "*.nupkg")) if not p.endswith(".snupkg"))
    if not packages:
        print(f"FAIL: no packages in {folder}")
        return 1
    failures = []
    ids = set()
    for path in packages:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            nuspec = next(n for n in names if n.endswith(".nuspec") and "/" not in n)
            root = ET.fromstring(package.read(nuspec))
        ns = {"n": root.tag[1:root.tag.index("}")]} if root.tag.startswith("{") else {"n": ""}
        metadata = root.find("n:metadata", ns)
        package_id = metadata.findtext("n:id", namespaces=ns)
        version = metadata.findtext("n:version", namespaces=ns)
        print(f"{package_id} {version}")
        ids.add(package_id)
        for element in REQUIRED_METADATA:
            found = metadata.find(f"n:{element}", ns)
            if found is None or not ((found.text or "").strip() or found.attrib):
                failures.append(f"{package_id}: no <{element}> in the nuspec")
        for file in REQUIRED_FILES:
            if file not in names:
                failures.append(f"{package_id}: {file} is not packed")
        for dependency in metadata.iterfind(".//n:dependency", ns):
            dep_id, dep_range = dependency.get("id"), dependency.get("version") or ""
            print(f"  {dep_id} {dep_range if dep_range.startswith(('[', '(')) else '>= ' + dep_range}")
            if dep_id.startswith("AiContracts.") and normalise(dep_range) != f"[{version}]":
                failures.append(f"{package_id}: {dep_id} has the range '{dep_range}'; it must be [{version}], the same release")
            if dep_id in CAPPED and normalise(dep_range) != normalise(CAPPED[dep_id]):
                failures.append(f"{package_id}: {dep_id} has the range '{dep_range}'; it must be {CAPPED[dep_id]} (no open range)")
    failures += [f"{expected}: not packed" for expected in EXPECTED_PACKAGES if expected not in ids]
    for failure in failures:
        print("FAIL: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]) if len(sys.argv) == 2 else 2)
