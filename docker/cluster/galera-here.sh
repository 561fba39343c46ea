#!/usr/bin/env bash
# A three-node MariaDB Galera cluster on this machine, the persistence and notifications integration
# tests run against it, figures printed, the cluster stopped (docs/adr/045, README "Running several
# nodes"). Not part of CI: it takes several minutes and three more database servers. As root:
#   docker/cluster/galera-here.sh                  # tests through a load-balanced URL over the three nodes
#   GALERA_URL_MODE=single docker/cluster/galera-here.sh   # every connection to node 1
#   GALERA_TESTS='GaleraReadinessIT,WriteConflictRetryIT' docker/cluster/galera-here.sh   # some tests only
#   GALERA_KEEP=1 ...                              # leave the data folders (the servers stop anyway)
# Needs Debian's mariadb-server (10.11) and galera-4 (apt-get install -y mariadb-server galera-4 rsync).
# Ports: SQL 13306-13308, Galera replication 14567/14577/14587 (+1 IST, +2 state transfer).
set -euo pipefail
cd "$(dirname "$0")/../.."

if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -q 'version "25'; then
  JAVA_HOME=$(ls -d /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* 2>/dev/null | head -n 1 || true)
fi
export JAVA_HOME PATH="${JAVA_HOME}/bin:${PATH}"
provider=/usr/lib/galera/libgalera_smm.so
[ -f "${provider}" ] || { echo "No ${provider}: apt-get install -y galera-4" >&2; exit 1; }
command -v rsync >/dev/null || { echo "No rsync (state transfer): apt-get install -y rsync" >&2; exit 1; }

mode=${GALERA_URL_MODE:-loadbalance}
work=$(mktemp -d /tmp/portal-galera.XXXXXX)
# The servers run as mysql, as Debian's do: the state transfer's rsync daemon drops root's rights
# and could not write a root-owned data folder.
chmod 755 "${work}"
db=portal_galera
db_user=portal_galera
db_password="galera-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
nodes=(1 2 3)
sql_port() { echo $((13305 + $1)); }
gcomm_port() { echo $((14557 + 10 * $1)); }
cluster_address="gcomm://127.0.0.1:$(gcomm_port 1),127.0.0.1:$(gcomm_port 2),127.0.0.1:$(gcomm_port 3)"
client() { mariadb --protocol=socket -S "${work}/node$1/mysqld.sock" -uroot "${@:2}"; }
status() { client "$1" -N -e "SHOW GLOBAL STATUS LIKE '$2'" | awk '{print $2}'; }

pids=()
stop_all() {
  for n in "${nodes[@]}"; do
    if [ -S "${work}/node${n}/mysqld.sock" ]; then
      mariadb-admin --protocol=socket -S "${work}/node${n}/mysqld.sock" -uroot shutdown 2>/dev/null || true
    fi
  done
  for pid in "${pids[@]}"; do
    for _ in $(seq 1 60); do kill -0 "${pid}" 2>/dev/null || break; sleep 1; done
    # A node that is not in the primary component may not take the shutdown command.
    kill -0 "${pid}" 2>/dev/null && kill "${pid}" && sleep 5
    kill -0 "${pid}" 2>/dev/null && kill -9 "${pid}"
  done
  if [ "${GALERA_KEEP:-}" = 1 ]; then echo "Data folders kept under ${work}"; else rm -rf "${work}"; fi
}
trap stop_all EXIT

for port in $(sql_port 1) $(sql_port 2) $(sql_port 3) $(gcomm_port 1) $(gcomm_port 2) $(gcomm_port 3); do
  if (exec 3<>"/dev/tcp/127.0.0.1/${port}") 2>/dev/null; then
    echo "Port ${port} is in use" >&2
    exit 1
  fi
done

echo "==> Three Galera nodes under ${work}"
started=$(date +%s)
for n in "${nodes[@]}"; do
  dir="${work}/node${n}"
  mkdir -p "${dir}/data"
  g=$(gcomm_port "${n}")
  cat >"${dir}/my.cnf" <<CNF
[mysqld]
user=mysql
datadir=${dir}/data
socket=${dir}/mysqld.sock
pid-file=${dir}/mysqld.pid
log-error=${dir}/error.log
port=$(sql_port "${n}")
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_ci
default_storage_engine=InnoDB
binlog_format=ROW
innodb_autoinc_lock_mode=2
innodb_buffer_pool_size=96M
innodb_flush_log_at_trx_commit=2
max_connections=200
wsrep_on=ON
wsrep_provider=${provider}
wsrep_cluster_name=portal_galera_check
wsrep_cluster_address=${cluster_address}
wsrep_node_name=node${n}
wsrep_node_address=127.0.0.1:${g}
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:${g};ist.recv_addr=127.0.0.1:$((g + 1));gcache.size=64M"
wsrep_sst_method=rsync
wsrep_sst_receive_address=127.0.0.1:$((g + 2))
# Retry a statement that lost a certification conflict inside an autocommit statement once more.
wsrep_retry_autocommit=1
# Galera replicates through the binary log's events: without this, creating the audit table's
# triggers (changeset 0041) needs SUPER, which the portal's user does not have (docs/adr/045).
log_bin_trust_function_creators=1
CNF
  chown -R mysql:mysql "${dir}"
  mariadb-install-db --defaults-file="${dir}/my.cnf" --user=mysql --auth-root-authentication-method=socket \
    >"${dir}/install.log" 2>&1
done

wait_synced() {
  for _ in $(seq 1 120); do
    if [ -S "${work}/node$1/mysqld.sock" ] && [ "$(status "$1" wsrep_local_state_comment 2>/dev/null)" = Synced ]; then
      return 0
    fi
    sleep 1
  done
  echo "node $1 did not reach Synced:" >&2
  tail -n 40 "${work}/node$1/error.log" >&2
  return 1
}

mariadbd --defaults-file="${work}/node1/my.cnf" --wsrep-new-cluster >/dev/null 2>&1 &
pids+=($!)
wait_synced 1
for n in 2 3; do
  mariadbd --defaults-file="${work}/node${n}/my.cnf" >/dev/null 2>&1 &
  pids+=($!)
  wait_synced "${n}"
done
echo "Cluster size $(status 1 wsrep_cluster_size), all Synced, in $(($(date +%s) - started)) s"

client 1 <<SQL
CREATE DATABASE ${db} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER '${db_user}'@'127.0.0.1' IDENTIFIED BY '${db_password}';
CREATE USER '${db_user}'@'localhost' IDENTIFIED BY '${db_password}';
GRANT ALL PRIVILEGES ON ${db}.* TO '${db_user}'@'127.0.0.1', '${db_user}'@'localhost';
SQL
hosts="127.0.0.1:$(sql_port 1),127.0.0.1:$(sql_port 2),127.0.0.1:$(sql_port 3)"
if [ "${mode}" = single ]; then
  url="jdbc:mariadb://127.0.0.1:$(sql_port 1)/${db}"
else
  # Every new connection goes to one of the three at random: transactions of one test meet on
  # different nodes, as two portal nodes behind a database load balancer would.
  url="jdbc:mariadb:loadbalance://${hosts}/${db}"
fi
for n in "${nodes[@]}"; do
  [ "$(client "${n}" -N -e "SELECT COUNT(*) FROM mysql.user WHERE user = '${db_user}'")" = 2 ] \
    || { echo "the user did not replicate to node ${n}" >&2; exit 1; }
done

echo "==> persistence and notifications integration tests against ${url}"
tests_started=$(date +%s)
set +e
SPRING_DATASOURCE_URL="${url}" SPRING_DATASOURCE_USERNAME="${db_user}" SPRING_DATASOURCE_PASSWORD="${db_password}" \
  ./mvnw -B --no-transfer-progress -pl persistence,notifications -am verify -Dtest=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false \
  ${GALERA_TESTS:+-Dit.test="${GALERA_TESTS}"} >"${work}/tests.log" 2>&1
tests_exit=$?
set -e
# The reports go with the log: left in target/, a failure against Galera would fail the next
# ordinary "verify" of these modules that runs none of their integration tests.
rm -rf /tmp/portal-galera-reports && mkdir -p /tmp/portal-galera-reports
for module in persistence notifications; do
  if [ -d "${module}/target/failsafe-reports" ]; then
    mv "${module}/target/failsafe-reports" "/tmp/portal-galera-reports/${module}"
  fi
done
tests_took=$(($(date +%s) - tests_started))

echo
echo "==> Figures (${mode} URL)"
grep -E '^\[(INFO|WARNING|ERROR)\] Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "${work}/tests.log" \
  | sed 's/^/tests: /' || true
grep -E 'Tests run:.*(FAILURE|ERROR)|<<< (FAILURE|ERROR)' "${work}/tests.log" | head -n 20 || true
echo "tests took ${tests_took} s, Maven exit ${tests_exit}"
printf '%-6s %-10s %-8s %-10s %-10s %-12s %-12s %-10s\n' node state size replicated received cert_failures bf_aborts fc_paused
for n in "${nodes[@]}"; do
  printf '%-6s %-10s %-8s %-10s %-10s %-12s %-12s %-10s\n' "node${n}" "$(status "${n}" wsrep_local_state_comment)" \
    "$(status "${n}" wsrep_cluster_size)" "$(status "${n}" wsrep_replicated)" "$(status "${n}" wsrep_received)" \
    "$(status "${n}" wsrep_local_cert_failures)" "$(status "${n}" wsrep_local_bf_aborts)" \
    "$(status "${n}" wsrep_flow_control_paused)"
done
for n in "${nodes[@]}"; do
  echo "node${n}: $(client "${n}" -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '${db}'") tables," \
    "$(client "${n}" -N -e "SELECT COUNT(*) FROM ${db}.DATABASECHANGELOG") changesets," \
    "$(client "${n}" -N -e "SELECT COUNT(*) FROM ${db}.notification_outbox") outbox rows"
done
if [ "${tests_exit}" -ne 0 ]; then
  cp "${work}/tests.log" /tmp/portal-galera-tests.log
  echo "Tests failed: /tmp/portal-galera-tests.log, reports in /tmp/portal-galera-reports" >&2
fi
exit "${tests_exit}"
