#!/usr/bin/env bash
# The several-nodes check on this machine, without Docker (README "Running several nodes",
# docs/adr/045). One command, as root:
#   docker/cluster/check-here.sh
# Installs HAProxy if missing, starts the machine's MariaDB if it is not running, makes a fresh
# schema, builds the production jar if it is missing or older than the sources, then runs
# docker/cluster/check/ClusterCheck.java, which starts a fake SMTP server, S3Proxy, two portal nodes
# and HAProxy, runs the checks and prints one line per check. Exits non-zero if any check failed.
# Ports (change with the CHECK_* variables): HAProxy 28480, nodes 28481/28482, S3Proxy 28483,
# SMTP 28425. Takes about five minutes (CHECK_LOAD_FOR=PT2M of it is the load).
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$(pwd)

step() { printf '\n==> %s\n' "$*"; }

if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
fi
[ -x "${JAVA_HOME:-}/bin/java" ] || { echo "No JDK 25 under /usr/lib/jvm" >&2; exit 1; }
export JAVA_HOME PATH="${JAVA_HOME}/bin:${PATH}"

balancer_port=${CHECK_BALANCER_PORT:-28480}
for port in "${balancer_port}" "${CHECK_PORT_A:-28481}" "${CHECK_PORT_B:-28482}" "${CHECK_S3_PORT:-28483}" \
    "${CHECK_SMTP_PORT:-28425}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    echo "Port ${port} is in use: stop what listens there or choose other CHECK_*_PORT values." >&2
    exit 1
  fi
done

step "HAProxy"
if ! command -v haproxy >/dev/null 2>&1; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy
fi
haproxy -v | sed -n 1p
# Only the binary is used: the package's own service stays as it is. lsof tells whose a port is.
command -v lsof >/dev/null 2>&1 || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lsof

step "MariaDB: a fresh schema on the machine's server"
if ! mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1; then
  mkdir -p /run/mysqld && chown mysql:mysql /run/mysqld
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd -- --user=mysql
  for _ in $(seq 1 60); do
    mariadb-admin --protocol=socket -uroot ping >/dev/null 2>&1 && break
    sleep 1
  done
fi
db=portal_cluster_check
db_user=portal_cluster
db_password="cluster-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
mariadb --protocol=socket -uroot <<SQL
DROP DATABASE IF EXISTS ${db};
CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '${db_user}'@'127.0.0.1' IDENTIFIED BY '${db_password}';
CREATE USER IF NOT EXISTS '${db_user}'@'localhost' IDENTIFIED BY '${db_password}';
ALTER USER '${db_user}'@'127.0.0.1' IDENTIFIED BY '${db_password}';
ALTER USER '${db_user}'@'localhost' IDENTIFIED BY '${db_password}';
GRANT ALL PRIVILEGES ON ${db}.* TO '${db_user}'@'127.0.0.1', '${db_user}'@'localhost';
FLUSH PRIVILEGES;
SQL
echo "Schema ${db} is empty"

step "Production jar"
jar=portal-ui/target/portal.jar
# A jar from "./mvnw verify" is not a production one (it would not start with java -jar).
production() { unzip -p "${jar}" META-INF/VAADIN/config/flow-build-info.json 2>/dev/null | grep -q '"productionMode" *: *true'; }
if [ ! -f "${jar}" ] || ! production \
    || [ -n "$(find pom.xml */pom.xml */src/main -newer "${jar}" -type f -print -quit)" ]; then
  ./mvnw -B -q -Pproduction -pl portal-ui -am package -DskipTests
fi
ls -l "${jar}"

step "The check's libraries (GreenMail, S3Proxy 2.6.0, Playwright, MariaDB driver)"
work=$(mktemp -d /tmp/portal-cluster-check.XXXXXX)
./mvnw -B -q -f docker/cluster/check/pom.xml dependency:build-classpath -Dmdep.outputFile="${work}/classpath"
[ -x "${PORTAL_CHROMIUM:-/usr/bin/chromium}" ] || {
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium
}

step "Several nodes: starting them and checking (logs under ${work})"
# enableAllMethodRetry: a request on a kept-alive connection that the balancer closed before any
# answer (its node was just killed) is sent again on a new connection, as browsers do; without it
# the JDK's client retries only GETs.
CHECK_JAR="${root}/${jar}" \
CHECK_WORK="${work}" \
CHECK_DB_URL="jdbc:mariadb://127.0.0.1:3306/${db}" \
CHECK_DB_USER="${db_user}" \
CHECK_DB_PASSWORD="${db_password}" \
CHECK_HAPROXY="$(command -v haproxy)" \
  java -Xmx512m -Djdk.httpclient.enableAllMethodRetry=true -Dlogback.configurationFile=docker/cluster/check/logback.xml \
    -cp "$(cat "${work}/classpath")" \
    docker/cluster/check/ClusterCheck.java
