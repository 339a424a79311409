#!/usr/bin/env bash
# The CONTRIBUTING check, run by .ci/run after the consumption check: follows CONTRIBUTING.md literally on a throwaway
# clone of HEAD, and fails if the steps written there are not enough.
#   1. adds an optional member to a record (Contact.Department) and a member of a new smart enum type
#      (EscalationContact.PreferredChannel, ContactChannel), as "Adding a member to a record" says;
#   2. adds a rule (escalation-channel, EscalationChannelRule, AIC6008), as "Adding a rule" says;
#   3. runs the update steps (public API, docs/schema and docs/model.md), then builds and runs the test classes that
#      guard what a contributor could forget (generators, JSON registry, trimming roots, schema, docs, rule naming and
#      findings, round trips).
# The changes are files and snippets in eng/contributing-check/, copied or inserted at a marker line (insert.py).
# Prints "CHECK PASS: <name>" or "CHECK FAIL: <name>" and exits with 1 when the clone does not pass.
# Usage: eng/contributing-check.sh [--skip STEP] [--keep]
#   --skip STEP  leaves one step of CONTRIBUTING.md out (member, smart-enum, public-api, update, rule-class, catalogue,
#                register, rules-doc, fixture): the check must then fail, which shows that the step is needed and
#                checked (tried by hand with --skip fixture: RuleFindingTests fails, the check fails);
#   --keep       leaves the work folder for inspection.
# Takes about 10 minutes on a machine busy with other builds, a few minutes on an idle one.
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
files="$root/eng/contributing-check"
skip=
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --skip) skip=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    *) echo "usage: $0 [--skip STEP] [--keep]"; exit 2 ;;
  esac
done

work=$(mktemp -d "${TMPDIR:-/tmp}/aicontracts-contributing.XXXXXX")
cleanup() { if $keep; then echo "work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
began=$(date +%s)
say() { echo; echo "== $1 (at $(( $(date +%s) - began )) s)"; }
fail() { echo "CHECK FAIL: contributing: $1 (in $(( $(date +%s) - began )) s)"; exit 1; }
# Runs one step of CONTRIBUTING.md unless --skip names it.
step() {
  local name=$1; shift
  if [ "$name" = "$skip" ]; then say "step $name: SKIPPED on purpose"; return 0; fi
  say "step $name"
  "$@" || fail "step $name did not apply"
}
# Inserts a snippet of eng/contributing-check after (or, with --before, before) the first line matching a pattern.
insert() { python3 "$files/insert.py" "$1" "$2" "$files/$3" "${@:4}"; }

repo="$work/aicontracts"
git clone -q "$root" "$repo" || fail "git clone of HEAD"
cd "$repo" || exit 2
domain=src/AiContracts.Domain

# --- Adding a member to a record ------------------------------------------------------------------------------------
# 1. The property, with its XML doc comment; a new vocabulary is a smart enum class beside the records.
step member insert "$domain/Contact.cs" 'public string\? Phone \{ get; init; \}' member-contact.txt
step smart-enum bash -c "cp '$files/ContactChannel.cs' '$domain/Governance/' && python3 '$files/insert.py' '$domain/Governance/EscalationContact.cs' 'public string\? Phone \{ get; init; \}' '$files/member-escalation.txt'"

# --- Adding a rule --------------------------------------------------------------------------------------------------
# 1. The class, named after its identifier, in Validation/Rules.
step rule-class cp "$files/EscalationChannelRule.cs" "$domain/Validation/Rules/"
# 2. Its code in the area's partial file of DiagnosticCatalogue, and in RuleDescriptors().
step catalogue bash -c "python3 '$files/insert.py' '$domain/Diagnostics/DiagnosticCatalogue.Rules.cs' 'NoRightToTestModelChanges \{ get; \}' '$files/catalogue.txt' \
  && python3 '$files/insert.py' '$domain/Diagnostics/DiagnosticCatalogue.Rules.cs' '^        NoRightToTestModelChanges,\$' '$files/descriptors.txt'"
# 3. Registered in BuiltInRules (the baseline playbook runs every built-in rule that is not a GDPR one).
step register insert "$domain/Validation/BuiltInRules.cs" '\["model-change-notice"\] =' register.txt
# 4. Documented in docs/rules.md, at the end of its area's section.
step rules-doc insert docs/rules.md '^## Computations$' rules.md.txt --before
# 5. A fixture that emits the code.
step fixture insert tests/AiContracts.Domain.Tests/Validation/RuleFindingTests.cs '\["no right to test"\]' fixture.txt

# --- The update steps both lists end with ---------------------------------------------------------------------------
step public-api python3 eng/update-public-api.py src/AiContracts.Domain
step update env AICONTRACTS_UPDATE_SCHEMA=1 AICONTRACTS_UPDATE_DOCS=1 \
  dotnet test --project tests/AiContracts.Json.Tests -c Release -- --filter-method "*IsWhatTheModelGenerates"

say "what changed"
git status --short

# --- The tests that guard what a contributor could forget -----------------------------------------------------------
say "tests"
ok=true
if ! dotnet test --project tests/AiContracts.Domain.Tests -c Release -- \
    --filter-class "*ContractGeneratorsTests" --filter-class "*ContractEqualityPropertyTests" --filter-class "*TrimmingRootsTests" \
    --filter-class "*RuleNamingTests" --filter-class "*RuleFindingTests" --filter-class "*PlaybookTests" 2>&1 | tee "$work/domain.log" | tail -n 12; then
  ok=false
fi
grep -q '^| `ContactChannel` | .* | Email, Phone |$' docs/model.md || { echo "  docs/model.md does not list ContactChannel"; ok=false; }
if ! dotnet test --project tests/AiContracts.Json.Tests -c Release -- \
    --filter-class "*ModelCoverageTests" --filter-class "*SchemaTests" --filter-class "*ModelDocTests" --filter-class "*DocsTests" \
    --filter-class "*RoundTripPropertyTests" 2>&1 | tee "$work/json.log" | tail -n 12; then
  ok=false
fi
grep -q '"preferredChannel"' docs/schema/ai-contract.schema.json || { echo "  docs/schema/ai-contract.schema.json has no preferredChannel"; ok=false; }

# The failed tests by name (the runner prints "failed <test> (<time>)" for each).
grep -hE '^failed ' "$work/domain.log" "$work/json.log" 2>/dev/null | sed 's/^/  /'

if $ok; then
  echo "CHECK PASS: contributing: CONTRIBUTING.md's steps add a member, a smart enum and a rule on a clone, and its tests pass (in $(( $(date +%s) - began )) s)"
else
  fail "the clone does not pass after following CONTRIBUTING.md${skip:+ without step $skip}"
fi
