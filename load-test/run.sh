#!/usr/bin/env bash
# The load test (README "Load test"): starts the production jar with the demo and load-test
# profiles against the MariaDB named by SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD), waits until
# it is healthy, runs the driver against it with the options given, prints the figures and stops
# the jar. Exits with the driver's status (1 on any error or no successful navigation).
#
#   load-test/run.sh --users 1000 --ramp 7 --duration 300 [--think 10] [--gzip false] ...
#   load-test/run.sh --download-benchmark 50 [--parallel 20]     (README "Download benchmark")
#
# Builds the jars first when they are missing (./mvnw -Pproduction -DskipTests package).
# PORT (default 18090) and LOAD_TEST_JAVA_OPTS (default -Xmx1g) shape the portal's JVM.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${SPRING_DATASOURCE_URL:?Set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a MariaDB database the test may fill}"
JAVA="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
users=20
portal_args=()
args=()
while [ $# -gt 0 ]; do
  [ "$1" = --users ] && users="$2"
  # The download benchmark (README "Download benchmark"): a report of this many MB, stored at
  # start and shared with as many clients as download at once (--parallel, default 20).
  if [ "$1" = --download-benchmark ]; then
    portal_args+=("--portal.load-test.report-megabytes=$2")
  fi
  [ "$1" = --parallel ] && users="$2"
  args+=("$1")
  shift
done
port="${PORT:-18090}"
jar=portal-ui/target/portal.jar
driver=load-test/target/load-test-exec.jar
if [ ! -f "${jar}" ] || [ ! -f "${driver}" ]; then
  ./mvnw -q -Pproduction -DskipTests package
fi

if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
  echo "Something already answers on port ${port}: choose another with PORT=..." >&2
  exit 1
fi

# Documents and their keys stay with the database they belong to: a second run on the same
# database needs the same folder (PORTAL_DATA_DIR, default load-test/target/portal-data).
data="${PORTAL_DATA_DIR:-load-test/target/portal-data}"
mkdir -p "${data}"
log="${data}/portal.log"
started=$(date +%s%N)
# shellcheck disable=SC2086 # LOAD_TEST_JAVA_OPTS is a list of JVM options
SPRING_PROFILES_ACTIVE=demo,load-test PORTAL_DATA_DIR="${data}" PORT="${port}" VAADIN_USAGE_STATS_ENABLED=false \
  "${JAVA}" ${LOAD_TEST_JAVA_OPTS:--Xmx1g} -jar "${jar}" "--portal.load-test.clients=${users}" ${portal_args[@]+"${portal_args[@]}"} \
  >"${log}" 2>&1 &
app=$!
trap 'kill "${app}" 2>/dev/null || true; wait "${app}" 2>/dev/null || true' EXIT

health=""
for _ in $(seq 1 240); do
  health=$(curl -s "http://127.0.0.1:${port}/actuator/health" || true)
  case "${health}" in *'"UP"'*) break ;; esac
  if ! kill -0 "${app}" 2>/dev/null; then break; fi
  sleep 0.5
done
if ! kill -0 "${app}" 2>/dev/null; then
  echo "The portal stopped during its start:" >&2
  tail -n 60 "${log}" >&2
  exit 1
fi
case "${health}" in
  *'"UP"'*) ;;
  *) echo "The portal did not become healthy:" >&2; tail -n 60 "${log}" >&2; exit 1 ;;
esac
echo "Portal (pid ${app}) healthy $(( ($(date +%s%N) - started) / 1000000 )) ms after its start;" \
  "$(grep -o 'Load test: [0-9]* client accounts ready' "${log}" | head -n 1 || true)"

status=0
"${JAVA}" -jar "${driver}" --base-url "http://127.0.0.1:${port}/" --app-pid "${app}" --data-dir "${data}" \
  ${args[@]+"${args[@]}"} || status=$?
if grep -q ' ERROR ' "${log}"; then
  echo "The portal logged errors during the run:" >&2
  grep ' ERROR ' "${log}" | head -n 20 >&2
fi
exit "${status}"
