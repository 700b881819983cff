#!/bin/bash
# Creates docpipe's topics (docpipe.events.Topics / TopicDefaults) if missing. The four pipeline topics are
# compacted, keyed by document id: the latest event of every document stays, so a stage or the read model can
# be rebuilt by replaying from the earliest offset. Dead-letter topics keep everything for 30 days.
set -euo pipefail
bootstrap="${BOOTSTRAP_SERVERS:?}"
partitions="${PARTITIONS:-6}"
replication="${REPLICATION_FACTOR:-3}"
max_bytes=16777216

create() {
  local topic="$1"; shift
  /opt/kafka/bin/kafka-topics.sh --bootstrap-server "${bootstrap}" --create --if-not-exists \
    --topic "${topic}" --partitions "${partitions}" --replication-factor "${replication}" \
    --config "max.message.bytes=${max_bytes}" --config min.insync.replicas=2 "$@"
}

compacted=(--config cleanup.policy=compact --config min.compaction.lag.ms=3600000)
dead_letters=(--config cleanup.policy=delete --config retention.ms=2592000000)

create docs.received "${compacted[@]}"
create docs.parsed "${compacted[@]}" --config compression.type=producer
create docs.enriched "${compacted[@]}" --config compression.type=producer
create docs.status "${compacted[@]}"
create docs.received.DLT "${dead_letters[@]}"
create docs.parsed.DLT "${dead_letters[@]}"
create docs.enriched.DLT "${dead_letters[@]}"
create docs.status.DLT "${dead_letters[@]}"

/opt/kafka/bin/kafka-topics.sh --bootstrap-server "${bootstrap}" --describe --topics-with-overrides
