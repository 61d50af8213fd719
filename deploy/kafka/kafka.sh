#!/usr/bin/env bash
# Starts or stops a single-node Apache Kafka (KRaft, broker+controller in one JVM) on
# 127.0.0.1 for development, tests and CI. The jars come from Maven Central via pom.xml.
#   deploy/kafka/kafka.sh start   # prints "kafka ready on 127.0.0.1:PORT" or fails with the log tail
#   deploy/kafka/kafka.sh stop    # clean shutdown, waits for the JVM to exit
#   deploy/kafka/kafka.sh status
# Environment: KAFKA_PORT (19092), KAFKA_CONTROLLER_PORT (19093), KAFKA_WORK_DIR (target/kafka-run),
#              KAFKA_FRESH=1 wipes the data directory before starting.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
PORT=${KAFKA_PORT:-19092}
CPORT=${KAFKA_CONTROLLER_PORT:-19093}
WORK=${KAFKA_WORK_DIR:-$HERE/target/kafka-run}
LIBS=$HERE/target/kafka-libs
PIDF=$WORK/kafka.pid

running() { [ -f "$PIDF" ] && kill -0 "$(cat "$PIDF")" 2>/dev/null; }

fetch_jars() {
  if ! ls "$LIBS"/kafka_2.13-*.jar >/dev/null 2>&1; then
    echo "kafka: fetching broker jars from Maven Central"
    mvn -B -q -f "$HERE/pom.xml" dependency:copy-dependencies
  fi
}

write_config() {
  mkdir -p "$WORK/data" "$WORK/logs"
  cat > "$WORK/server.properties" <<P
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:${CPORT}
listeners=PLAINTEXT://127.0.0.1:${PORT},CONTROLLER://127.0.0.1:${CPORT}
advertised.listeners=PLAINTEXT://127.0.0.1:${PORT},CONTROLLER://127.0.0.1:${CPORT}
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=${WORK}/data
num.network.threads=2
num.io.threads=2
num.partitions=4
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=4
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
transaction.max.timeout.ms=900000
P
  printf '%s\n' 'appender.out.type = Console' 'appender.out.name = STDOUT' \
    'appender.out.layout.type = PatternLayout' 'appender.out.layout.pattern = [%d] %p %m (%c)%n' \
    'rootLogger.level = INFO' 'rootLogger.appenderRef.out.ref = STDOUT' > "$WORK/log4j2.properties"
}

start() {
  if running; then echo "kafka ready on 127.0.0.1:$PORT (already running)"; return 0; fi
  fetch_jars
  [ "${KAFKA_FRESH:-0}" = 1 ] && rm -rf "$WORK"
  write_config
  JVM=(-Xms512m -Xmx1g -server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35
       -XX:+ExplicitGCInvokesConcurrent -Djava.awt.headless=true -XX:+ExitOnOutOfMemoryError
       -Dkafka.logs.dir="$WORK/logs" -Dlog4j2.configurationFile="$WORK/log4j2.properties" -cp "$LIBS/*")
  if [ ! -f "$WORK/data/meta.properties" ]; then
    CID=$(java "${JVM[@]}" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n1)
    java "${JVM[@]}" kafka.tools.StorageTool format --standalone --cluster-id "$CID" \
      --config "$WORK/server.properties" --ignore-formatted >"$WORK/logs/format.out" 2>&1 \
      || { cat "$WORK/logs/format.out" >&2; exit 1; }
  fi
  nohup java "${JVM[@]}" kafka.Kafka "$WORK/server.properties" >"$WORK/logs/kafka.out" 2>&1 </dev/null &
  echo $! >"$PIDF"
  for _ in $(seq 1 120); do
    if ! running; then echo "kafka: broker exited during start-up" >&2; tail -50 "$WORK/logs/kafka.out" >&2; exit 1; fi
    if grep -q "Kafka Server started" "$WORK/logs/kafka.out" && kcat -b "127.0.0.1:$PORT" -L -m 5 >/dev/null 2>&1; then
      echo "kafka ready on 127.0.0.1:$PORT"; return 0
    fi
    sleep 1
  done
  echo "kafka: not ready after 120 s" >&2; tail -50 "$WORK/logs/kafka.out" >&2; exit 1
}

stop() {
  if ! running; then echo "kafka: not running"; return 0; fi
  local pid; pid=$(cat "$PIDF")
  kill -TERM "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || { rm -f "$PIDF"; echo "kafka: stopped"; return 0; }; sleep 1; done
  kill -KILL "$pid" 2>/dev/null || true; rm -f "$PIDF"; echo "kafka: killed after 60 s"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) if running; then echo "kafka running (pid $(cat "$PIDF")) on 127.0.0.1:$PORT"; else echo "kafka not running"; exit 1; fi ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
