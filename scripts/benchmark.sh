#!/usr/bin/env bash
# Runs Gridloop's benchmarks. See docs/benchmarks.md for the recorded figures.
#
#   scripts/benchmark.sh jmh <pattern> [JMH options]
#       Builds the test classes (tests skipped) and runs the JMH benchmarks whose name matches
#       <pattern> (a regular expression, e.g. GridLookup), with the settings annotated on each
#       benchmark unless JMH options override them (e.g. -f 1 -wi 3 -i 5, -rf json -rff out.json).
#       JMH benchmarks live under src/test/java, end in "Benchmark" and never run in mvn verify.
#
#   scripts/benchmark.sh jmh -l
#       Lists the available JMH benchmarks.
#
#   scripts/benchmark.sh load [rate] [seconds] [warmup] [inspectors]
#       Starts the application on an ephemeral embedded PostgreSQL with the demo district and
#       posts reports over HTTP at a fixed rate (default 1000/s for 60 s after 60 s of warm-up,
#       from 50 demo inspectors), then measures the raw JDBC insert ceiling in the same database.
#
#   scripts/benchmark.sh map [seconds] [clients]
#       Starts the application on an ephemeral embedded PostgreSQL with the demo district's
#       200,000 assets and asks the map's asset layer for city views (zoom 11-12) and street views
#       (zoom 18) with closed-loop clients (default 20 s per phase, 4 clients), then reads single
#       assets by identifier as the baseline.
#
#   scripts/benchmark.sh scan [cases] [overduePercent] [runs]
#       Starts the application on an ephemeral embedded PostgreSQL, inserts open cases (default
#       1,000,000, 1 % of them overdue) and times the supervision scan (median of 5 runs) against a
#       bare UPDATE of the same clocks.
#
#   scripts/benchmark.sh positions [samplesPerRun] [threads] [runs]
#       Starts the application on an ephemeral embedded PostgreSQL with the demo district, ingests
#       position samples in batches of 60 (default 300,000 per run, 4 threads, 5 runs) against a
#       raw COPY of the same rows, then times the attendance of all 773 inspectors over one day.
#
#   scripts/benchmark.sh import [rows] [runs]
#       Starts the application on an ephemeral embedded PostgreSQL with the demo district, imports
#       a generated legacy CSV file of cases (default 100,000 rows, 3 runs) against a raw COPY of
#       the same case and timeline rows.
#
#   scripts/benchmark.sh scorecards [cases] [runs]
#       Starts the application on an ephemeral embedded PostgreSQL with the demo district, writes
#       a year of cases (default 1,000,000, eight steps each) into the evaluation read model and
#       times all ten scorecards (together and one by one) and the headline figures of one quarter (median of 5 runs)
#       against two hand-written aggregates over the same rows.
set -euo pipefail

cd "$(dirname "$0")/.."

usage() {
  sed -n '2,43p' "$0" | sed 's/^# \{0,1\}//'
  exit 2
}

[[ $# -ge 1 ]] || usage
mode=$1
shift

# Builds the test classes (tests skipped) and runs the given main class on the test classpath.
run() {
  mvn -B -ntp -q -DskipTests test-compile
  local classpath_file=target/benchmark-classpath.txt
  mvn -B -ntp -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
  exec java "${heap[@]}" -cp "target/test-classes:target/classes:$(cat "$classpath_file")" "$@"
}

heap=(-Xms1g -Xmx2g)
case "$mode" in
  jmh)
    [[ $# -ge 1 ]] || usage
    heap=()
    run org.openjdk.jmh.Main "$@"
    ;;
  load) run org.gridloop.benchmark.ReportIntakeLoad "$@" ;;
  map) run org.gridloop.benchmark.AssetMapLoad "$@" ;;
  scan) run org.gridloop.benchmark.OverdueScanBenchmark "$@" ;;
  positions) run org.gridloop.benchmark.PositionBenchmark "$@" ;;
  import) run org.gridloop.benchmark.CaseImportBenchmark "$@" ;;
  scorecards) run org.gridloop.benchmark.ScorecardBenchmark "$@" ;;
  *) usage ;;
esac
