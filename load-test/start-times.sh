#!/usr/bin/env bash
# Start time of the production jar on an existing database (README "Load test", docs/adr/047),
# several ways, SAMPLES starts each (default 3, taken in turns), printing each way's median and
# samples and the load average at the end:
#   plain                       java -jar portal.jar
#   AOT cache, fat jar          the same with a JDK 25 ahead-of-time cache (-XX:AOTCache) trained
#                               by one start and stop of the fat jar
#   extracted + AOT cache       the jar extracted (-Djarmode=tools extract), its cache trained the
#                               way the Docker image trains it: one start that exits after the
#                               context refresh, no database touched (the adopted way)
#   lazy initialisation         --spring.main.lazy-initialization=true
#   spring-aot                  extracted + AOT cache + -Dspring.aot.enabled=true: the bean
#                               definitions made at build time, as the Docker image starts (the
#                               adopted way, docs/adr/054; its cache trained the same way)
#   (on request: "aot-sequential": extracted + AOT cache with the schema migrated before the rest of
#   the start and Hibernate validating during its own, as before docs/adr/053;)
#   (on request: "extracted" without a cache, "deferred-jpa": Spring Data's deferred bootstrap)
# The time is from the JVM's start to /actuator/health UP (the start-up runners included). Needs
# SPRING_DATASOURCE_URL (+ _USERNAME, _PASSWORD) of a database the portal has started on before,
# and PORTAL_DATA_DIR of that start when it holds documents. Not a test: figures for the README,
# taken on a machine as quiet as can be had. WAYS="plain lazy" runs some ways only.
# Production settings by default (no profile; the document and two-factor keys generated once
# under PORTAL_DATA_DIR/keys, where a production start reads them from its variables), which the
# spring-aot way requires; SPRING_PROFILES_ACTIVE=demo starts the other ways as before the evening of 2026-12-04 (its profile beans refuse the spring-aot way).
set -euo pipefail
cd "$(dirname "$0")/.."

: "${SPRING_DATASOURCE_URL:?Set SPRING_DATASOURCE_URL (and _USERNAME, _PASSWORD) to a database the portal has started on}"
JAVA="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
jar=portal-ui/target/portal.jar
port="${PORT:-18090}"
samples="${SAMPLES:-3}"
ways="${WAYS:-plain aot-extracted spring-aot}"
[ -f "${jar}" ] || ./mvnw -q -Pproduction -DskipTests package
work=$(mktemp -d)
trap 'rm -rf "${work}"' EXIT
export PORTAL_DATA_DIR="${PORTAL_DATA_DIR:-load-test/target/portal-data}" PORT="${port}" VAADIN_USAGE_STATS_ENABLED=false
export SPRING_PROFILES_ACTIVE="${SPRING_PROFILES_ACTIVE:-}"
keys=(--portal.documents.generate-key=true --portal.two-factor.generate-key=true)

if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
  echo "Something already answers on port ${port}: choose another with PORT=..." >&2
  exit 1
fi

# Starts java with the given arguments, waits for health, stops it; prints the milliseconds to
# health, or nothing when it did not become healthy (its log's tail goes to standard error).
start_once() {
  local label=$1; shift
  local started app health=""
  if curl -s -o /dev/null "http://127.0.0.1:${port}/"; then
    echo "${label}: something else answers on port ${port}; stopping" >&2
    exit 1
  fi
  started=$(date +%s%N)
  "${JAVA}" "$@" >"${work}/${label}.log" 2>&1 &
  app=$!
  for _ in $(seq 1 2400); do
    health=$(curl -s "http://127.0.0.1:${port}/actuator/health" || true)
    case "${health}" in *'"UP"'*) break ;; esac
    kill -0 "${app}" 2>/dev/null || break
    sleep 0.05
  done
  local ms=$(( ($(date +%s%N) - started) / 1000000 ))
  kill "${app}" 2>/dev/null || true
  wait "${app}" 2>/dev/null || true
  case "${health}" in
    *'"UP"'*) echo "${ms}" ;;
    *) echo "${label}: did not become healthy" >&2; tail -n 20 "${work}/${label}.log" >&2 ;;
  esac
}

# Prepares each way (extraction, training), then takes the samples in turns, one start of every
# way per round, so that a change in the machine's load falls on every way alike.
declare -A command_of=()
order=()
add_way() { local label=$1; shift; order+=("${label}"); command_of["${label}"]=$(printf '%q ' "$@" "${keys[@]}"); }
extract() { [ -d "${work}/app" ] || "${JAVA}" -Djarmode=tools -jar "${jar}" extract --destination "${work}/app" >/dev/null; }
for way in ${ways}; do
  case "${way}" in
    plain)
      add_way "plain" -Xmx1g -jar "${jar}" ;;
    aot-fat)
      start_once aot-fat-training -Xmx1g "-XX:AOTCacheOutput=${work}/fat.aot" -jar "${jar}" "${keys[@]}" >/dev/null
      add_way "AOT cache, fat jar" -Xmx1g "-XX:AOTCache=${work}/fat.aot" -jar "${jar}" ;;
    aot-extracted)
      extract
      # The Docker image's training (docker/Dockerfile): no database, exit after the refresh.
      SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:1/aot-training SPRING_PROFILES_ACTIVE=aot-training \
        PORTAL_DATA_DIR="${work}/aot-training" "${JAVA}" -Xmx1g "-XX:AOTCacheOutput=${work}/app/portal.aot" \
        -Dspring.context.exit=onRefresh -jar "${work}/app/portal.jar" >"${work}/aot-training.log" 2>&1 \
        || { echo "AOT training failed:" >&2; tail -n 20 "${work}/aot-training.log" >&2; }
      add_way "extracted + AOT cache" -Xmx1g "-XX:AOTCache=${work}/app/portal.aot" -jar "${work}/app/portal.jar" ;;
    aot-sequential)
      [ -f "${work}/app/portal.aot" ] || { echo "aot-sequential needs aot-extracted before it in WAYS" >&2; exit 1; }
      add_way "AOT cache, migrations first" -Xmx1g "-XX:AOTCache=${work}/app/portal.aot" -jar "${work}/app/portal.jar" \
        --portal.schema.migrate-beside-start=false --spring.jpa.hibernate.ddl-auto=validate ;;
    spring-aot)
      extract
      SPRING_DATASOURCE_URL=jdbc:mariadb://127.0.0.1:1/aot-training SPRING_PROFILES_ACTIVE=aot-training \
        PORTAL_DATA_DIR="${work}/aot-training" "${JAVA}" -Xmx1g "-XX:AOTCacheOutput=${work}/app/spring-aot.aot" \
        -Dspring.aot.enabled=true -Dspring.context.exit=onRefresh -jar "${work}/app/portal.jar" \
        >"${work}/spring-aot-training.log" 2>&1 \
        || { echo "AOT training failed:" >&2; tail -n 20 "${work}/spring-aot-training.log" >&2; }
      add_way "Spring AOT + AOT cache" -Xmx1g "-XX:AOTCache=${work}/app/spring-aot.aot" -Dspring.aot.enabled=true \
        -jar "${work}/app/portal.jar" ;;
    extracted)
      extract
      add_way "extracted, no cache" -Xmx1g -jar "${work}/app/portal.jar" ;;
    lazy)
      add_way "lazy initialisation" -Xmx1g -jar "${jar}" --spring.main.lazy-initialization=true ;;
    deferred-jpa)
      add_way "deferred JPA repositories" -Xmx1g -jar "${jar}" --spring.data.jpa.repositories.bootstrap-mode=deferred ;;
    *) echo "Unknown way ${way} (plain, aot-fat, aot-extracted, spring-aot, aot-sequential, extracted, lazy, deferred-jpa)" >&2; exit 1 ;;
  esac
done

start_once warm-up -Xmx1g -jar "${jar}" "${keys[@]}" >/dev/null
declare -A samples_of=()
for round in $(seq 1 "${samples}"); do
  for label in "${order[@]}"; do
    eval "set -- ${command_of[${label}]}"
    ms=$(start_once "${label//[^a-zA-Z0-9]/-}-${round}" "$@")
    [ -n "${ms}" ] && samples_of["${label}"]+="${ms} "
  done
done

echo "Start to healthy, ${samples} starts each, load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
for label in "${order[@]}"; do
  values="${samples_of[${label}]:-}"
  if [ -z "${values}" ]; then
    printf '%-27s no healthy start\n' "${label}"
    continue
  fi
  sorted=$(printf '%s\n' ${values} | sort -n | tr '\n' ' ')
  median=$(printf '%s\n' ${values} | sort -n \
    | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }')
  printf '%-27s median %6d ms   samples: %s\n' "${label}" "${median}" "${sorted}"
done
