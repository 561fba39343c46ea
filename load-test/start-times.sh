#!/usr/bin/env bash
# Start time of the production jar on an existing database (README "Load test"), three ways:
# plain, with a JDK 25 ahead-of-time cache (-XX:AOTCache, trained by one start and stop), and with
# Spring's lazy initialisation. Prints the time from the JVM's start to /actuator/health UP (the
# start-up runners included) for each. Needs SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) of a
# database the portal has started on before, and PORTAL_DATA_DIR of that start when it holds
# documents. Not a test: figures for the README, taken on a quiet machine.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${SPRING_DATASOURCE_URL:?Set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a database the portal has started on}"
JAVA="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
jar=portal-ui/target/portal.jar
port="${PORT:-18090}"
[ -f "${jar}" ] || ./mvnw -q -Pproduction -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-load-test/target/portal-data}" PORT="${port}" VAADIN_USAGE_STATS_ENABLED=false
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-demo}"

# Starts the jar with the given JVM options and Spring arguments, waits for health, stops it;
# prints the milliseconds to health.
start_once() {
  local label=$1; shift
  local jvm=() spring=()
  while [ $# -gt 0 ] && [ "$1" != -- ]; do jvm+=("$1"); shift; done
  [ $# -gt 0 ] && shift
  spring=("$@")
  local started app health=""
  started=$(date +%s%N)
  "${JAVA}" "${jvm[@]}" -jar "${jar}" "${spring[@]}" >"${work}/${label}.log" 2>&1 &
  app=$!
  for _ in $(seq 1 1200); do
    health=$(curl -s "http://127.0.0.1:${port}/actuator/health" || true)
    case "${health}" in *'"UP"'*) break ;; esac
    kill -0 "${app}" 2>/dev/null || break
    sleep 0.1
  done
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "${app}" 2>/dev/null || true
  wait "${app}" 2>/dev/null || true
  case "${health}" in
    *'"UP"'*) printf '%-34s %6d ms to healthy\n' "${label}" "${ms}" ;;
    *) printf '%-34s did not become healthy (see below)\n' "${label}"; tail -n 20 "${work}/${label}.log" ;;
  esac
}

start_once "warm-up (not counted)" -Xmx1g
start_once "plain" -Xmx1g
start_once "AOT cache: training run" -Xmx1g "-XX:AOTCacheOutput=${work}/portal.aot" >/dev/null
start_once "AOT cache (-XX:AOTCache)" -Xmx1g "-XX:AOTCache=${work}/portal.aot"
start_once "lazy initialisation" -Xmx1g -- --spring.main.lazy-initialization=true
