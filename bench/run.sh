#!/usr/bin/env bash
# bench/run.sh — time credlint as a go vet tool on real modules, against the
# floor (a vet tool that does nothing) and against plain go vet.
#
#   bench/run.sh [module[@version] ...]
#
# See bench/README.md. Needs go and the module proxy; the peak-RSS step also
# needs GNU time at /usr/bin/time (Debian: apt-get install time) and is
# skipped, with a note in the table, without it.
#
# Environment:
#   CREDLINT_BENCH_MODULES  space-separated module[@version] list, used when no
#                           arguments are given (default: stripe-go, go-github, slack,
#                           go-openai, cli/cli v2)
#   CREDLINT_BENCH_RUNS     timed runs per tool and module (default 3); the median is reported
#   CREDLINT_BENCH_OUT      where results go (default /tmp/credlint-bench)
#   CREDLINT_BIN            use this credlint binary instead of building ./cmd/credlint
#   CREDLINT_BENCH_KEEP     set to 1 to keep the work directory (module, caches)
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${CREDLINT_BENCH_RUNS:-3}
OUT=${CREDLINT_BENCH_OUT:-/tmp/credlint-bench}
# Pinned: the proxy may refuse a module's version list (cli/cli/v2@latest is refused at times), and pinned versions keep runs comparable.
DEFAULT_MODULES="github.com/stripe/stripe-go/v82@v82.5.1 github.com/google/go-github/v74@v74.0.0 github.com/slack-go/slack@v0.35.0 github.com/sashabaranov/go-openai@v1.43.0 github.com/cli/cli/v2@v2.86.0"
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

# Two benchmarks on one machine would time each other: the second one waits.
LOCK=${TMPDIR:-/tmp}/credlint-bench.lock
if command -v flock >/dev/null; then
	exec 9>>"$LOCK"
	if ! flock -n 9; then
		log "waiting for another bench/run.sh to finish (lock $LOCK)"
		flock 9
	fi
fi

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
# A canary package with one planted secret: the check below proves credlint
# analyses code under go vet, so that "0 findings" on a module means none.
# The key is assembled here so that this script holds no key-shaped literal.
mkdir -p canary
planted="sk_""live_""9fQ2xLm7Rt4V""b8Nc3Kp6Wd1Zh5"
printf 'package canary\n\n// APIKey is planted by bench/run.sh, which checks that credlint reports it.\nconst APIKey = "%s"\n' "$planted" >canary/canary.go
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
rc=0
GOCACHE=$WORK/cache-canary go vet -vettool="$CREDLINT" ./canary >"$WORK/canary.out" 2>&1 || rc=$?
if ((rc != 1)) || ! grep -q 'canary\.go:4:' "$WORK/canary.out"; then
	cat "$WORK/canary.out" >&2
	die "credlint under go vet did not report the secret planted in canary/canary.go (exit $rc)"
fi
rm -rf "$WORK/cache-canary"
log "canary: credlint reports a planted secret under go vet"

# ---------------------------------------------------------------- 4. timed runs
TIMEFORMAT='%3R %3U %3S'

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
# same copy. Appends "module tool rep wall_ms cpu_ms rerun_ms load" to
# times.tsv; cpu is user+sys of go vet and every process it ran.
timed_run() {
	local tool=$1 i=$2 rep=$3 cache=$WORK/cache real user sys ms cpu rerun rc load
	set_args "$tool"
	rm -rf "$cache"
	cp -a "$WARM_CACHE" "$cache"
	sync
	load=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -)
	rc=0
	{ time GOCACHE=$cache go vet "${ARGS[@]}" "${PATTERNS[$i]}" >"$WORK/vet.out" 2>&1; } 2>"$WORK/time.out" || rc=$?
	read -r real user sys <"$WORK/time.out"
	ms=$(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}')
	cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')
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
	{ time GOCACHE=$cache go vet "${ARGS[@]}" "${PATTERNS[$i]}" >/dev/null 2>&1; } 2>"$WORK/time.out" || true
	read -r real user sys <"$WORK/time.out"
	rerun=$(awk -v r="$real" 'BEGIN {printf "%d", r * 1000}')
	printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${PATHS[$i]}" "$tool" "$rep" "$ms" "$cpu" "$rerun" "$load" >>"$OUT/times.tsv"
	log "  ${PATHS[$i]} $tool run $rep/$RUNS: wall ${ms} ms, cpu ${cpu} ms (same cache again: ${rerun} ms; load ${load})"
	# A cold run analyses every package; a rerun finds the results cached (only
	# packages with findings, which go vet does not cache, run again).
	if ((rerun * 2 > ms)); then
		log "  WARNING: the rerun was not clearly faster: the vet cache may not have been cold"
		echo "${PATHS[$i]} $tool" >>"$WORK/notcold"
	fi
}

slug() { echo "$1" | tr '/@' '__'; }

median() { sort -n | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print int((a[NR/2]+a[NR/2+1])/2)}'; }

printf 'module\ttool\trun\twall_ms\tcpu_ms\trerun_ms\tload\n' >"$OUT/times.tsv"
LOAD0=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
if awk -v l="$LOAD0" -v n="$(nproc)" 'BEGIN {exit !(l > n / 2)}'; then
	log "WARNING: load average is $LOAD0 on $(nproc) CPUs: other work will make wall times noisy (cpu times less so)"
fi
for rep in $(seq 1 "$RUNS"); do
	for i in "${!PATHS[@]}"; do
		# Interleave the tools so that drift in machine load hits all of them.
		for tool in "${TOOLS[@]}"; do
			timed_run "$tool" "$i" "$rep"
		done
	done
done
rm -rf "$WORK/cache"

# ---------------------------------------------------------------- 5. who pays
# One untimed credlint run per module, through a wrapper that counts the vet
# processes (one per package, dependencies included) and collects the lines
# credlint writes with CREDLINT_DEBUG=stats (one per process and thing it
# builds: "credlint: stats: rules: loaded … (pid N)"; the fact analyzers say
# whether they walked a dependency or skipped it: "sinkfacts/walk",
# "credfacts/skip-std", …).
cat >"$WORK/bin/credlint-stats" <<EOF
#!/usr/bin/env bash
case "\${@: -1}" in *.cfg) echo "\$\$" >>"$WORK/stats.procs" ;; esac
CREDLINT_DEBUG=stats exec "$CREDLINT" "\$@" 2>>"$WORK/stats.log"
EOF
chmod +x "$WORK/bin/credlint-stats"
: >"$WORK/stats.tsv"
for i in "${!PATHS[@]}"; do
	: >"$WORK/stats.procs"
	: >"$WORK/stats.log"
	rm -rf "$WORK/cache"
	cp -a "$WARM_CACHE" "$WORK/cache"
	GOCACHE=$WORK/cache go vet -vettool="$WORK/bin/credlint-stats" "${PATTERNS[$i]}" >/dev/null 2>&1 || true
	procs=$(wc -l <"$WORK/stats.procs")
	# Distinct pids per kind of line ("rules", "ssa", …).
	kinds=$(sed -n 's/^credlint: stats: \([a-z/-]*\):.*(pid \([0-9]*\)).*/\1 \2/p' "$WORK/stats.log" | sort -u | cut -d' ' -f1 | uniq -c |
		awk -v n="$procs" '{printf "%s%s %d/%d (%.0f%%)", sep, $2, $1, n, n ? 100 * $1 / n : 0; sep = ", "}')
	printf '%s\t%s\t%s\n' "${PATHS[$i]}" "$procs" "${kinds:-nothing}" >>"$WORK/stats.tsv"
	log "  ${PATHS[$i]}: $procs vet processes; built: ${kinds:-nothing}"
done
rm -rf "$WORK/cache"

# ---------------------------------------------------------------- 6. peak RSS
# Memory per vet process: one untimed run per module of the floor and of
# credlint, each vet process (a .cfg unit; -flags and -V=full are not
# measured) run under GNU time, whose %M is that process's peak RSS in KiB.
# The two tools run the same units, so their distributions compare.
RSS_TIME=/usr/bin/time
if ! "$RSS_TIME" --version 2>&1 | grep -q 'GNU'; then
	log "no GNU time at $RSS_TIME (Debian: apt-get install time): peak RSS not measured"
	RSS_TIME=
fi
# rss_stats FILE: the number of processes, then the median, p95 (nearest
# rank) and max of the peaks (KiB, one a line) in FILE, in MB.
rss_stats() {
	grep -E '^[0-9]+$' "$1" | sort -n | awk '{a[NR]=$1} END {
		if (!NR) {print "0 0 0 0"; exit}
		m = (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2
		p = int(0.95 * NR); if (p < 0.95 * NR) p++
		printf "%d %.1f %.1f %.1f\n", NR, m/1024, a[p]/1024, a[NR]/1024}'
}
: >"$WORK/rss.tsv"
if [[ -n $RSS_TIME ]]; then
	for tool in floor credlint; do
		bin=$FLOOR
		[[ $tool == credlint ]] && bin=$CREDLINT
		cat >"$WORK/bin/$tool-rss" <<EOF
#!/usr/bin/env bash
case "\${@: -1}" in *.cfg) exec "$RSS_TIME" -f %M -a -o "$WORK/rss-$tool.txt" "$bin" "\$@" ;; esac
exec "$bin" "\$@"
EOF
		chmod +x "$WORK/bin/$tool-rss"
	done
	for i in "${!PATHS[@]}"; do
		for tool in floor credlint; do
			: >"$WORK/rss-$tool.txt"
			rm -rf "$WORK/cache"
			cp -a "$WARM_CACHE" "$WORK/cache"
			GOCACHE=$WORK/cache go vet -vettool="$WORK/bin/$tool-rss" "${PATTERNS[$i]}" >/dev/null 2>&1 || true
		done
		read -r nf mf pf xf < <(rss_stats "$WORK/rss-floor.txt")
		read -r nc mc pc xc < <(rss_stats "$WORK/rss-credlint.txt")
		printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "${PATHS[$i]}" "$nf" "$mf" "$pf" "$xf" "$nc" "$mc" "$pc" "$xc" >>"$WORK/rss.tsv"
		log "  ${PATHS[$i]}: peak RSS MB median/p95/max: floor $mf/$pf/$xf ($nf processes), credlint $mc/$pc/$xc ($nc)"
	done
	rm -rf "$WORK/cache"
fi

# ---------------------------------------------------------------- 7. report
# col N TOOL MODULE: the median of column N of times.tsv.
col() { awk -F'\t' -v c="$1" -v t="$2" -v m="$3" '$1 == m && $2 == t {print $c}' "$OUT/times.tsv" | median; }
{
	echo "credlint vet-tool benchmark: $(date -u +%Y-%m-%dT%H:%MZ), $(go version | cut -d' ' -f3), $(nproc) CPUs, median of $RUNS cold-vet-cache runs"
	echo "load average during the runs: $(awk -F'\t' 'NR > 1 {print $7}' "$OUT/times.tsv" | sort -n | sed -n '1p;$p' | paste -sd- -)"
	echo
	printf '%-32s %-9s %4s | %-27s | %-12s | %-27s | %-12s | %s\n' "" "" "" "wall seconds (median)" "wall ratio" "cpu seconds (median)" "cpu ratio" ""
	printf '%-32s %-9s %4s | %8s %9s %8s | %5s %6s | %8s %9s %8s | %5s %6s | %s\n' \
		module version pkgs floor credlint govet cred govet floor credlint govet cred govet findings
	for i in "${!PATHS[@]}"; do
		m=${PATHS[$i]}
		f=$(grep -cE '\.go:[0-9]+:[0-9]+: ' "$OUT/findings-$(slug "$m").txt" || true)
		awk -v m="$m" -v v="${VERSIONS[$i]}" -v n="${NPKGS[$i]}" -v f="$f" \
			-v wf="$(col 4 floor "$m")" -v wc="$(col 4 credlint "$m")" -v wg="$(col 4 govet "$m")" \
			-v cf="$(col 5 floor "$m")" -v cc="$(col 5 credlint "$m")" -v cg="$(col 5 govet "$m")" \
			'BEGIN {printf "%-32s %-9s %4d | %8.2f %9.2f %8.2f | %5.2f %6.2f | %8.2f %9.2f %8.2f | %5.2f %6.2f | %d\n",
				m, v, n, wf/1000, wc/1000, wg/1000, wc/wf, wg/wf, cf/1000, cc/1000, cg/1000, cc/cf, cg/cf, f}'
	done
	echo
	echo "Each time is one 'go vet <module>/...' run from the throwaway module, on a fresh copy of a GOCACHE"
	echo "that holds the compiled dependencies but no vet results: floor = -vettool=<no-op analyzer>,"
	echo "credlint = -vettool=credlint, govet = plain go vet. Ratios are over floor (cred = credlint/floor,"
	echo "govet = govet/floor). cpu = user+sys of go vet and all its children: steadier than wall on a busy machine."
	echo
	echo "Vet processes that built something (CREDLINT_DEBUG=stats lines, one untimed credlint run per module):"
	awk -F'\t' '{printf "  %-32s %5d processes; %s\n", $1, $2, $3}' "$WORK/stats.tsv"
	echo
	if [[ -s $WORK/rss.tsv ]]; then
		echo "Peak RSS per vet process, MB (GNU time %M of each .cfg unit; one untimed run per tool and module):"
		printf '  %-32s %5s | %-20s | %-20s | %s\n' "" "" "floor" "credlint" "credlint/floor"
		printf '  %-32s %5s | %6s %6s %6s | %6s %6s %6s | %6s %6s %6s\n' module procs median p95 max median p95 max median p95 max
		awk -F'\t' '{printf "  %-32s %5d | %6.1f %6.1f %6.1f | %6.1f %6.1f %6.1f | %6.2f %6.2f %6.2f%s\n",
			$1, $6, $3, $4, $5, $7, $8, $9, $3 ? $7/$3 : 0, $4 ? $8/$4 : 0, $5 ? $9/$5 : 0,
			$2 != $6 ? "  (floor: " $2 " processes)" : ""}' "$WORK/rss.tsv"
	else
		echo "Peak RSS not measured: it needs GNU time at /usr/bin/time (Debian: apt-get install time)."
	fi
	if [[ -s $WORK/notcold ]]; then
		echo "WARNING: some reruns were not clearly faster than the timed run (vet cache maybe not cold):"
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
