#!/usr/bin/env bash
# bench/run.sh — time credlint as a go vet tool on real modules, against the
# floor (a vet tool that does nothing) and against plain go vet.
#
#   bench/run.sh [module[@version] ...]
#
# See bench/README.md. Needs only go and the module proxy.
#
# Environment:
#   CREDLINT_BENCH_MODULES  space-separated module[@version] list, used when no
#                           arguments are given (default: stripe-go, go-github, slack)
#   CREDLINT_BENCH_RUNS     timed runs per tool and module (default 3); the median is reported
#   CREDLINT_BENCH_OUT      where results go (default /tmp/credlint-bench)
#   CREDLINT_BIN            use this credlint binary instead of building ./cmd/credlint
#   CREDLINT_BENCH_KEEP     set to 1 to keep the work directory (module, caches)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${CREDLINT_BENCH_RUNS:-3}
OUT=${CREDLINT_BENCH_OUT:-/tmp/credlint-bench}
DEFAULT_MODULES="github.com/stripe/stripe-go/v82 github.com/google/go-github/v74 github.com/slack-go/slack"
if (($# > 0)); then
	MODULES=("$@")
else
	read -r -a MODULES <<<"${CREDLINT_BENCH_MODULES:-$DEFAULT_MODULES}"
fi
TOOLS=(floor credlint govet)

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "CREDLINT_BENCH_RUNS must be a positive integer, got '$RUNS'"
((${#MODULES[@]} > 0)) || die "no modules to benchmark"
command -v go >/dev/null || die "go is not on PATH"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/credlint-bench.XXXXXX")
cleanup() {
	if [[ ${CREDLINT_BENCH_KEEP:-} == 1 ]]; then
		log "kept work directory $WORK"
	else
		rm -rf "$WORK"
	fi
}
trap cleanup EXIT
mkdir -p "$OUT" "$WORK/bin"
rm -f "$OUT"/findings*.txt "$OUT"/govet-*.txt "$OUT"/table.txt "$OUT"/times.tsv

# Go's own settings stay as the user has them (GOPROXY, GOMODCACHE, GOFLAGS…),
# except GOCACHE, which every go command below sets explicitly.
export GOTOOLCHAIN=${GOTOOLCHAIN:-local}
HOME_CACHE=$(go env GOCACHE)

# ---------------------------------------------------------------- 1. tools
# The floor tool and its "warm" twin: same code, a different executable, so a
# different vet tool ID and different vet cache keys (see bench/README.md).
log "building tools ($(go version | cut -d' ' -f3))"
(
	cd "$ROOT"
	export GOCACHE=$HOME_CACHE
	go build -o "$WORK/bin/floor" ./bench/floor
	go build -ldflags=-X=main.variant=warm -o "$WORK/bin/warm" ./bench/floor
	if [[ -n ${CREDLINT_BIN:-} ]]; then
		cp "$CREDLINT_BIN" "$WORK/bin/credlint"
	else
		go build -o "$WORK/bin/credlint" ./cmd/credlint
	fi
) || die "building the tools failed"
FLOOR=$WORK/bin/floor WARM=$WORK/bin/warm CREDLINT=$WORK/bin/credlint
"$CREDLINT" -V=full >/dev/null || die "$CREDLINT -V=full failed: it does not speak the vet tool protocol"
for t in "$FLOOR" "$WARM" "$CREDLINT"; do
	"$t" -V=full
done | awk '{print $NF}' | sort | uniq -d | grep -q . && die "two tools have the same vet tool ID"

# ---------------------------------------------------------------- 2. module
# A throwaway module requiring the modules under test; `go get -t` also adds
# what their tests need, since go vet checks test files too.
MOD=$WORK/mod
mkdir -p "$MOD"
cd "$MOD"
export GOCACHE=$HOME_CACHE
go mod init credlint.bench/throwaway >/dev/null 2>&1
PATHS=() PATTERNS=() VERSIONS=()
for spec in "${MODULES[@]}"; do
	path=${spec%%@*}
	version=latest
	[[ $spec == *@* ]] && version=${spec#*@}
	log "fetching $path@$version through $(go env GOPROXY)"
	go get -t "$path/...@$version" >"$WORK/get.log" 2>&1 || { cat "$WORK/get.log" >&2; die "go get $path/...@$version failed"; }
	PATHS+=("$path")
	PATTERNS+=("$path/...")
done
for path in "${PATHS[@]}"; do
	VERSIONS+=("$(go list -m -f '{{.Version}}' "$path")")
done
NPKGS=()
for i in "${!PATHS[@]}"; do
	NPKGS+=("$(go list "${PATTERNS[$i]}" | wc -l)")
	log "  ${PATHS[$i]} ${VERSIONS[$i]}: ${NPKGS[$i]} packages"
done

# ---------------------------------------------------------------- 3. warm cache
# One vet run with the warm twin compiles every dependency (export data is
# what vet type-checks against) into a fresh GOCACHE. The cache then holds
# compiled packages and the twin's vet results, but no vet result of floor,
# credlint or go vet's own tool, whose cache keys include their own tool ID.
WARM_CACHE=$WORK/cache-warm
log "warming $WARM_CACHE: compiling all dependencies (about a minute per 500 packages)"
if ! GOCACHE=$WARM_CACHE go vet -vettool="$WARM" "${PATTERNS[@]}" >"$WORK/warm.log" 2>&1; then
	cat "$WORK/warm.log" >&2
	die "warm-up go vet failed (the packages do not build?)"
fi
log "warm cache: $(du -sh "$WARM_CACHE" | cut -f1)"

# ---------------------------------------------------------------- 4. timed runs
now_ns() { date +%s%N; }
ms_since() { echo $((($(now_ns) - $1) / 1000000)); }

# set_args TOOL: the go vet arguments for TOOL, in ARGS.
set_args() {
	case $1 in
	floor) ARGS=(-vettool="$FLOOR") ;;
	credlint) ARGS=(-vettool="$CREDLINT") ;;
	govet) ARGS=() ;;
	*) die "unknown tool $1" ;;
	esac
}

# timed_run TOOL MODULE_INDEX REP: time one go vet on a fresh copy of the warm
# cache, then check the cache was cold by timing the same command again on the
# same copy. Appends "module tool rep ms rerun_ms" to times.tsv.
timed_run() {
	local tool=$1 i=$2 rep=$3 cache=$WORK/cache start ms rerun rc
	set_args "$tool"
	rm -rf "$cache"
	cp -a "$WARM_CACHE" "$cache"
	sync
	start=$(now_ns)
	rc=0
	GOCACHE=$cache go vet "${ARGS[@]}" "${PATTERNS[$i]}" >"$WORK/vet.out" 2>&1 || rc=$?
	ms=$(ms_since "$start")
	# go vet exits 1 when the tool reports something (the warm-up has shown
	# that the packages build); a crash of the tool is a failure.
	if ((rc > 1)) || grep -qE '^(panic: |fatal error: |go: )|^goroutine [0-9]+ \[' "$WORK/vet.out"; then
		cat "$WORK/vet.out" >&2
		die "go vet ${ARGS[*]} ${PATTERNS[$i]} failed (exit $rc)"
	fi
	if ((rep == 1)); then
		case $tool in
		credlint) cp "$WORK/vet.out" "$OUT/findings-$(slug "${PATHS[$i]}").txt" ;;
		govet) cp "$WORK/vet.out" "$OUT/govet-$(slug "${PATHS[$i]}").txt" ;;
		esac
	fi
	start=$(now_ns)
	GOCACHE=$cache go vet "${ARGS[@]}" "${PATTERNS[$i]}" >/dev/null 2>&1 || true
	rerun=$(ms_since "$start")
	printf '%s\t%s\t%s\t%s\t%s\n' "${PATHS[$i]}" "$tool" "$rep" "$ms" "$rerun" >>"$OUT/times.tsv"
	log "  ${PATHS[$i]} $tool run $rep/$RUNS: ${ms} ms (same cache again: ${rerun} ms)"
	# A cold run analyses every package; a rerun finds the results cached (only
	# packages with findings, which go vet does not cache, run again).
	if ((rerun * 2 > ms)); then
		log "  WARNING: the rerun was not clearly faster: the vet cache may not have been cold"
		echo "${PATHS[$i]} $tool" >>"$WORK/notcold"
	fi
}

slug() { echo "$1" | tr '/@' '__'; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

printf 'module\ttool\trun\tms\trerun_ms\n' >"$OUT/times.tsv"
for rep in $(seq 1 "$RUNS"); do
	for i in "${!PATHS[@]}"; do
		# Interleave the tools so that drift in machine load hits all of them.
		for tool in "${TOOLS[@]}"; do
			timed_run "$tool" "$i" "$rep"
		done
	done
done
rm -rf "$WORK/cache"

# ---------------------------------------------------------------- 5. report
{
	echo "credlint vet-tool benchmark — $(date -u +%Y-%m-%dT%H:%MZ), $(go version | cut -d' ' -f3), $(nproc) CPUs, median of $RUNS cold-cache runs"
	echo
	printf '%-34s %-10s %5s %10s %11s %9s %9s %9s %9s\n' module version pkgs floor_s credlint_s govet_s cred/flr govet/flr findings
	for i in "${!PATHS[@]}"; do
		declare -A med=()
		for tool in "${TOOLS[@]}"; do
			med[$tool]=$(awk -F'\t' -v m="${PATHS[$i]}" -v t="$tool" '$1 == m && $2 == t {print $4}' "$OUT/times.tsv" | median)
		done
		f=$(grep -cE '\.go:[0-9]+:[0-9]+: ' "$OUT/findings-$(slug "${PATHS[$i]}").txt" || true)
		awk -v m="${PATHS[$i]}" -v v="${VERSIONS[$i]}" -v n="${NPKGS[$i]}" -v fl="${med[floor]}" -v cr="${med[credlint]}" -v gv="${med[govet]}" -v f="$f" \
			'BEGIN {printf "%-34s %-10s %5d %10.2f %11.2f %9.2f %9.2f %9.2f %9d\n", m, v, n, fl/1000, cr/1000, gv/1000, cr/fl, gv/fl, f}'
		unset med
	done
	echo
	echo "floor: go vet -vettool=<no-op analyzer>; credlint: go vet -vettool=credlint; govet: plain go vet."
	echo "Times are wall seconds for 'go vet <module>/...' with compiled dependencies cached and no vet results cached."
	if [[ -s $WORK/notcold ]]; then
		echo "WARNING: some reruns were not clearly faster than the timed run (cache maybe not cold):"
		sort -u "$WORK/notcold" | sed 's/^/  /'
	fi
} | tee "$OUT/table.txt"

{
	for i in "${!PATHS[@]}"; do
		file=$OUT/findings-$(slug "${PATHS[$i]}").txt
		echo "== ${PATHS[$i]} ${VERSIONS[$i]} ($(grep -cE '\.go:[0-9]+:[0-9]+: ' "$file" || true) findings)"
		# Paths in the module cache are long; show them relative to it.
		sed -e "s#$(go env GOMODCACHE)/##" "$file"
		echo
	done
} >"$OUT/findings.txt"
echo
echo "credlint findings: $OUT/findings.txt (per module: $OUT/findings-*.txt)"
echo "go vet findings:   $OUT/govet-*.txt"
echo "raw times:         $OUT/times.tsv"
