#!/usr/bin/env bash
# The shell steps of credlint's GitHub Action (action.yml at the repository
# root), one per argument, so that a test runs exactly what the action runs
# (cmd/credlint/action_test.go).
#
#   credlint-action.sh install   build credlint from the action's checkout
#   credlint-action.sh run       run it: SARIF to INPUT_SARIF_FILE (a valid
#                                log on every outcome; action.yml uploads it
#                                after status 0 or 1), or text with
#                                upload: false
#   credlint-action.sh fail      turn the run's exit status into the job's
#
# GitHub sets GITHUB_ACTION_PATH (the action's checkout, at the ref the
# workflow names in `uses: credlint/credlint@<ref>`), GITHUB_OUTPUT and
# RUNNER_TEMP; action.yml passes the inputs as INPUT_* variables.
set -euo pipefail

case "${1:-}" in
install)
  # From the action's own source: the version the workflow pinned, with
  # nothing fetched but its Go modules. GOTOOLCHAIN=auto: credlint needs
  # the Go its go.mod names even when the module checked is older.
  bin="$RUNNER_TEMP/credlint-action/credlint"
  (cd "$GITHUB_ACTION_PATH" && GOTOOLCHAIN=auto go build -o "$bin" ./cmd/credlint)
  "$bin" version
  echo "path=$bin" >>"$GITHUB_OUTPUT"
  ;;
run)
  if [[ "${INPUT_UPLOAD:-true}" == true ]]; then
    args=(-sarif -out "$INPUT_SARIF_FILE")
  else
    args=() # text in the job's log: nothing to upload
  fi
  if [[ -n "${INPUT_CONFIG:-}" ]]; then
    args+=(-config "$INPUT_CONFIG")
  fi
  # Extra flags and the packages, split on white space.
  read -r -a extra <<<"${INPUT_ARGS:-}"
  read -r -a pkgs <<<"${INPUT_PACKAGES:-./...}"
  status=0
  "$CREDLINT" "${args[@]}" "${extra[@]}" "${pkgs[@]}" || status=$?
  echo "status=$status" >>"$GITHUB_OUTPUT"
  ;;
fail)
  case "$STATUS" in
  0) ;;
  1)
    if [[ "${INPUT_FAIL:-true}" == true ]]; then
      echo "::error::credlint found credentials where they leak from; see the code scanning alerts or the log of the credlint step"
      exit 1
    fi
    echo "::warning::credlint found credentials where they leak from (fail: false)"
    ;;
  *)
    # Exit status 2: packages that do not load or type-check, a bad
    # configuration. Never a pass: nothing was checked, or not everything.
    echo "::error::credlint could not check the code (exit status $STATUS); see the log of the credlint step"
    exit "$STATUS"
    ;;
  esac
  ;;
*)
  echo "usage: $0 install|run|fail" >&2
  exit 2
  ;;
esac
