#!/usr/bin/env bash
# Writes secrets/ beside this script with a random value for every credential the dev overlay needs, once: a value
# that exists is kept, so re-running never changes the credentials of a running cluster. secrets/ is not committed
# (.gitignore); the secretGenerator of kustomization.yaml turns each file into its Secret.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
umask 077
mkdir -p "$here/secrets"
for name in ingest-token query-read-token mongodb-ingest-password mongodb-parse-password mongodb-query-password; do
  file="$here/secrets/$name"
  if [[ ! -s "$file" ]]; then
    head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n' > "$file"
  fi
done
echo "credentials in $here/secrets (owner-only); the ingest token: $(cat "$here/secrets/ingest-token")"
