#!/usr/bin/env bash
# The consumption check, run by .ci/run after the tests: uses the packages exactly as a user will.
#   1. layout: a clone of HEAD inside a folder named src (as in ~/src/aicontracts): only src/* are packable libraries;
#   2. pack every package (CI mode: deterministic /_/ source paths for SourceLink) to a local folder, and read the
#      packed nuspecs: capped dependency ranges closed, metadata and files present (eng/consume/check-packages.py);
#   3. a fresh console app (eng/consume/ConsumerApp) restored from that folder and the machine's configured source
#      only, run on the JIT over samples/contracts (public API, DI, computations);
#   4. the same app published with native AOT for linux-x64 and run again; any IL2xxx/IL3xxx warning whose source is
#      an AiContracts assembly fails the check; third-party warnings are listed (see the README's Native AOT section);
#   5. a fresh xunit.v3 project (eng/consume/ConsumerTests) asserting with AiContracts.Testing, run with dotnet test;
#   6. the CLI, a platform-specific tool (pointer package AiContracts.Cli, native AOT AiContracts.Cli.linux-x64,
#      framework-dependent AiContracts.Cli.any): installed from the folder with dotnet tool install --tool-path (on this
#      linux-x64 machine the native package, a native executable), run on samples/contracts; the `any` package run
#      on the JIT as every other platform will.
# Prints "CHECK PASS: <name>" or "CHECK FAIL: <name>" per check and exits with 1 when any fails.
# Usage: eng/consume.sh [--keep] (--keep leaves the work folder for inspection).
set -uo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
keep=false
[ "${1:-}" = "--keep" ] && keep=true

work=$(mktemp -d "${TMPDIR:-/tmp}/aicontracts-consume.XXXXXX")
cleanup() { if $keep; then echo "work folder kept: $work"; else rm -rf "$work"; fi; }
trap cleanup EXIT

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
version=$(dotnet msbuild "$root/src/AiContracts.Domain/AiContracts.Domain.csproj" -getProperty:Version 2>/dev/null | tr -d '[:space:]')
feed="$work/feed"
failed=0

pass() { echo "CHECK PASS: $1"; }
fail() { echo "CHECK FAIL: $1"; failed=$((failed + 1)); }
began=$(date +%s)
step() { echo; echo "== $1 (at $(( $(date +%s) - began )) s)"; }

# --- 1. Layout independent of where the clone lives ----------------------------------------------------------------
step "layout: a clone in a folder named src"
clone="$work/src/aicontracts"
if git clone -q "$root" "$clone" 2>"$work/clone.log"; then
  layout_ok=true
  while read -r project; do
    out=$(cd "$clone" && dotnet msbuild "$project" -getProperty:IsPackable -getProperty:AiContractsProjectType 2>&1)
    packable=$(printf '%s' "$out" | grep -oE '"IsPackable": *"[^"]*"' | grep -oE '"[^"]*"$' | tr -d '"')
    kind=$(printf '%s' "$out" | grep -oE '"AiContractsProjectType": *"[^"]*"' | grep -oE '"[^"]*"$' | tr -d '"')
    case "$project" in
      src/*) want_packable=true; want_kind=Library ;;
      tests/*.Tests/*) want_packable=false; want_kind=Test ;;
      *) want_packable=false; want_kind= ;;
    esac
    if [ "${packable,,}" != "$want_packable" ] || [ "$kind" != "$want_kind" ]; then
      echo "  $project: IsPackable=$packable AiContractsProjectType=$kind (expected $want_packable, '${want_kind}')"
      [ -z "$packable" ] && printf '%s\n' "$out" | tail -5
      layout_ok=false
    fi
  done < <(cd "$clone" && git ls-files '*.csproj')
  $layout_ok && pass "layout: in $clone only src/* are packable libraries" || fail "layout: project kinds depend on the clone's location"
else
  cat "$work/clone.log"; fail "layout: git clone of HEAD"
fi

# --- 2. Pack and read the nuspecs -----------------------------------------------------------------------------------
step "pack $version to $feed"
# One pack of a solution filter holding src/* (one build, not five); a separate artifacts path keeps the CI-mode
# build apart from the repository's own outputs.
projects=$(cd "$root" && ls src/*/*.csproj | sed 's/.*/    "&"/' | paste -sd, -)
printf '{\n  "solution": {\n    "path": "%s",\n    "projects": [\n%s\n    ]\n  }\n}\n' "$root/AiContracts.Domain.sln" "$projects" >"$work/packages.slnf"
packed=true
if ! dotnet pack "$work/packages.slnf" -c Release -o "$feed" --artifacts-path "$work/artifacts" -p:ContinuousIntegrationBuild=true -nologo -v:q >"$work/pack.log" 2>&1; then
  cat "$work/pack.log"; packed=false
fi
# One package per src/ project, plus the CLI's two RID-specific packages (the project's PackRidSpecificTools target).
tool_rid_packages="AiContracts.Cli.linux-x64 AiContracts.Cli.any"
[ "$(ls "$feed"/*.nupkg 2>/dev/null | wc -l)" -eq "$(( $(cd "$root" && ls src/*/*.csproj | wc -l) + 2 ))" ] || { echo "  not one package per src/ project plus $tool_rid_packages"; packed=false; }
for id in $tool_rid_packages; do
  [ -f "$feed/$id.$version.nupkg" ] || { echo "  $id.$version.nupkg was not packed"; packed=false; }
done
if $packed; then pass "pack: $(ls "$feed"/*.nupkg | wc -l) packages"; else fail "pack"; fi
# The CLI's native AOT compile (in the pack above): our assemblies fail the pack on any trim or AOT warning
# (warnings as errors); the two third-party packages the README's Native AOT section explains warn as a whole.
# A warning is ours when its origin member is in an AiContracts namespace, or (when it points into source) its file is
# under src/AiContracts.* (/_/src/... in CI mode); the consumer app's check below uses the same rule.
ours_pattern='(warning|error) IL[0-9]+: (AiContracts\.|Assembly .AiContracts\.)|/src/AiContracts\.[A-Za-z.]+/.*(warning|error) IL[23]'
cli_warnings=$(grep -E '(warning|error) IL[23][0-9]{3}' "$work/pack.log" | sed -E 's/^[[:space:]]+//; s/ \[[^]]*\]$//' | sort -u)
[ -n "$cli_warnings" ] && { echo "CLI native AOT: trim/AOT warnings:"; printf '%s\n' "$cli_warnings" | sed 's/^/  /'; }
if $packed && ! printf '%s\n' "$cli_warnings" | grep -qE "$ours_pattern"; then
  pass "CLI native AOT (linux-x64): no trim or AOT warning from AiContracts assemblies"
else
  fail "CLI native AOT (linux-x64): trim or AOT warnings from AiContracts assemblies"
fi
# What the tool packages hold: English only (no satellite folders), no XML docs, no native symbol file.
tool_extras=$(for id in AiContracts.Cli $tool_rid_packages; do
  unzip -Z1 "$feed/$id.$version.nupkg" 2>/dev/null | grep -E '^tools/.*(\.xml$|\.dbg$|\.pdb$|/[a-z]{2}(-[A-Za-z]+)?/[^/]+\.resources\.dll$)' | grep -v 'DotnetToolSettings.xml$' | sed "s|^|  $id: |"
done)
if $packed && [ -z "$tool_extras" ]; then
  pass "tool packages: no XML docs, symbol files or satellite resources"
else
  printf '%s\n' "$tool_extras"; fail "tool packages: XML docs, symbol files or satellite resources packed"
fi
if python3 "$root/eng/consume/check-packages.py" "$feed"; then pass "nuspecs: capped ranges closed, metadata and files present"; else fail "nuspecs"; fi
$packed || { echo "$failed check(s) failed (nothing to consume)"; exit 1; }

# The consumers restore from the folder plus the machine's configured sources (no remote URL here), into a package
# folder of their own so that no stale AiContracts package is taken from the machine's cache. The machine's cache is a
# fallback folder for third-party packages only (the NuGet default location, unless NUGET_PACKAGES says otherwise).
cache="${NUGET_PACKAGES:-$HOME/.nuget/packages}"
export NUGET_PACKAGES="$work/packages"
cat >"$work/nuget.config" <<EOF
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="aicontracts-packed" value="$feed" />
  </packageSources>
  <fallbackPackageFolders>
    <add key="machine-cache" value="$cache" />
  </fallbackPackageFolders>
</configuration>
EOF
cp "$root/eng/consume/global.json" "$work/"
cp -r "$root/eng/consume/ConsumerApp" "$root/eng/consume/ConsumerTests" "$work/"

# Every AiContracts package a consumer restored must be the one just packed (same SHA-512), not one found elsewhere.
same_as_packed() {
  local ok=true id dir
  for nupkg in "$feed"/*.nupkg; do
    id=$(basename "$nupkg" ".$version.nupkg")
    case "$id" in AiContracts.Cli|AiContracts.Cli.*) continue ;; esac # the tool's packages: checked where installed
    dir="$NUGET_PACKAGES/${id,,}/$version"
    [ -d "$dir" ] || { echo "  $id $version was not restored into $NUGET_PACKAGES"; ok=false; continue; }
    if [ "$(cat "$dir/${id,,}.$version.nupkg.sha512")" != "$(openssl dgst -sha512 -binary "$nupkg" | base64 -w0)" ]; then
      echo "  $id $version in $dir is not the package just packed"; ok=false
    fi
  done
  for dir in "$cache"/aicontracts.*; do
    [ -d "$dir/$version" ] && { echo "  $dir/$version is in the machine's cache and would shadow the packed package; delete it"; ok=false; }
  done
  $ok
}

# --- 3. The console app on the JIT ----------------------------------------------------------------------------------
step "console app: restore from the packed folder, publish with native AOT (linux-x64)"
app="$work/ConsumerApp"
publish_log="$work/publish.log"
if dotnet publish "$app" -c Release -r linux-x64 -p:AiContractsVersion="$version" -o "$work/aot" -nologo >"$publish_log" 2>&1; then
  published=true
else
  published=false
fi

# The publish builds the IL app first: run it on the JIT.
jit_dll=$(find "$app/bin/Release" -name ConsumerApp.dll -path '*linux-x64*' | head -n 1)
if [ -n "$jit_dll" ] && dotnet "$jit_dll" "$root/samples/contracts"; then
  pass "console app (JIT): public API and DI over samples/contracts"
else
  $published || cat "$publish_log"
  fail "console app (JIT)"
fi

# --- 4. Native AOT --------------------------------------------------------------------------------------------------
if $published && "$work/aot/ConsumerApp" "$root/samples/contracts"; then
  pass "console app (native AOT): runs over samples/contracts"
else
  $published && cat "$publish_log" || tail -n 40 "$publish_log"
  fail "console app (native AOT)"
fi
# Trim and AOT warnings, one line each (TrimmerSingleWarn=false in the app), by the assembly they come from.
# A warning is ours when its origin member is in an AiContracts namespace, or (when the warning points into source)
# its file is under src/AiContracts.* (/_/src/... in packages packed in CI mode).
warnings=$(grep -E 'warning IL[23][0-9]{3}' "$publish_log" | sed -E 's/^[[:space:]]+//; s/ \[[^]]*\]$//' | sort -u)
ours=$(printf '%s\n' "$warnings" | grep -E "$ours_pattern" || true)
theirs=$(printf '%s\n' "$warnings" | grep -vE "$ours_pattern" | grep . || true)
if [ -n "$theirs" ]; then
  echo "third-party trim/AOT warnings ($(printf '%s\n' "$theirs" | wc -l); see the README's Native AOT section):"
  printf '%s\n' "$theirs" | sed 's/^/  /'
fi
if [ -z "$ours" ] && $published; then
  pass "native AOT: no trim or AOT warning from AiContracts assemblies"
else
  printf '%s\n' "$ours" | sed 's/^/  /'
  fail "native AOT: trim or AOT warnings from AiContracts assemblies"
fi

# --- 5. A user's xunit.v3 test project ------------------------------------------------------------------------------
step "test project: xunit.v3 with AiContracts.Testing"
if (cd "$work/ConsumerTests" && AICONTRACTS_SAMPLES="$root/samples/contracts" dotnet test -c Release -p:AiContractsVersion="$version" 2>&1 | tee "$work/test.log" | tail -n 8; exit "${PIPESTATUS[0]}") \
   && grep -qE 'succeeded: *[1-9]' "$work/test.log"; then
  pass "test project: ContractAssert from AiContracts.Testing"
else
  fail "test project"
fi

# The app and the test project between them restored every library package: each must be the one just packed.
if same_as_packed; then pass "restore: every AiContracts package came from the packed folder"; else fail "restore: AiContracts packages from elsewhere"; fi

# --- 6. The tool ----------------------------------------------------------------------------------------------------
step "tool: dotnet tool install --tool-path"
tools="$work/tools"
if dotnet tool install AiContracts.Cli --version "$version" --tool-path "$tools" --configfile "$work/nuget.config" >"$work/tool.log" 2>&1; then
  # The pointer package and, on this linux-x64 machine, the native package it names must both be the ones just packed;
  # the command must be a native executable (no .NET assembly beside it), not an apphost or `dotnet` running a dll.
  same=true
  for id in AiContracts.Cli AiContracts.Cli.linux-x64; do
    installed=$(find "$tools/.store" -name "${id,,}.$version.nupkg" | head -n 1)
    if [ -z "$installed" ] || ! cmp -s "$installed" "$feed/$id.$version.nupkg"; then
      echo "  $id $version: ${installed:-not installed} is not the package just packed"; same=false
    fi
  done
  if $same; then pass "tool: installed from the packed folder (AiContracts.Cli, AiContracts.Cli.linux-x64)"; else fail "tool: the installed packages are not the ones just packed"; fi
  command_file=$(readlink -f "$tools/aicontracts")
  if head -c 4 "$command_file" | grep -q 'ELF' && [ -z "$(find "$tools/.store" -name '*.dll')" ] \
     && [ "$(basename "$command_file")" = AiContracts.Cli ] && case "$command_file" in */aicontracts.cli.linux-x64/*) true ;; *) false ;; esac; then
    pass "tool: aicontracts is the native AOT executable from AiContracts.Cli.linux-x64"
  else
    echo "  $tools/aicontracts -> $command_file"; file -L "$tools/aicontracts" 2>/dev/null | sed 's/^/  /'
    fail "tool: aicontracts is not the native executable"
  fi
  # The default playbook fails the risky draft on purpose (exit 1, its findings listed); `none` passes every sample.
  "$tools/aicontracts" validate "$root/samples/contracts" >"$work/validate.log" 2>&1
  rc=$?
  tail -n 3 "$work/validate.log"
  if [ "$rc" -eq 1 ] && grep -q '04-risky-vendor-draft.json:.*error AIC' "$work/validate.log" && ! grep -q '0[123]-.*error AIC' "$work/validate.log"; then
    pass "tool: aicontracts validate samples/contracts fails the risky draft only (exit $rc)"
  else
    fail "tool: aicontracts validate samples/contracts (exit $rc; expected 1 with errors in the risky draft only)"
  fi
  if "$tools/aicontracts" validate "$root/samples/contracts" --playbook none >"$work/validate-none.log" 2>&1; then
    pass "tool: aicontracts validate --playbook none passes every sample"
  else
    tail -n 5 "$work/validate-none.log"; fail "tool: aicontracts validate --playbook none"
  fi
  # The tool prints the contract schema it was built with: the checked-in one, whose $id names the format version.
  schema_id=$(grep -m1 -o '"\$id": *"[^"]*"' "$root/docs/schema/ai-contract.schema.json" | sed 's/.*"\(https:[^"]*\)"/\1/')
  if [ -n "$schema_id" ] && "$tools/aicontracts" schema 2>&1 | grep -qF "$schema_id"; then
    pass "tool: aicontracts schema"
  else
    fail "tool: aicontracts schema"
  fi
  # The folder walk tells a FIFO from a file with statx (a LibraryImport of libc): it must work in the native build.
  mkdir -p "$work/fifo/sub" && cp "$root/samples/contracts/01-vendor-llm-api.json" "$work/fifo/" && mkfifo "$work/fifo/sub/pipe.json"
  timeout 60 "$tools/aicontracts" validate "$work/fifo" --playbook none >"$work/fifo.log" 2>&1
  rc=$?
  if [ "$rc" -eq 0 ] && grep -q "pipe.json' is not a regular file" "$work/fifo.log" && grep -q '^1 file checked' "$work/fifo.log"; then
    pass "tool: a FIFO in a folder is skipped (statx in the native build)"
  else
    cat "$work/fifo.log"; fail "tool: a FIFO in a folder (exit $rc)"
  fi
else
  cat "$work/tool.log"; fail "tool: install from the packed folder"
fi

# The framework-dependent package, the one every platform but linux-x64 installs: its command runs on the JIT.
step "tool: the framework-dependent package AiContracts.Cli.any"
any_dir="$work/tool-any"
if unzip -q "$feed/AiContracts.Cli.any.$version.nupkg" -d "$any_dir" 2>/dev/null \
   && grep -q 'EntryPoint="AiContracts.Cli.dll" Runner="dotnet"' "$any_dir/tools/net10.0/any/DotnetToolSettings.xml" \
   && dotnet "$any_dir/tools/net10.0/any/AiContracts.Cli.dll" validate "$root/samples/contracts" --playbook none >"$work/validate-any.log" 2>&1; then
  tail -n 1 "$work/validate-any.log"
  pass "tool (any): dotnet AiContracts.Cli.dll validate --playbook none passes every sample"
else
  tail -n 5 "$work/validate-any.log" 2>/dev/null; fail "tool (any): the framework-dependent package"
fi

echo
echo "consumption check: $failed check(s) failed in $(( $(date +%s) - began )) s"
[ "$failed" -eq 0 ]
