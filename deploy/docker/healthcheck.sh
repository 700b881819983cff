#!/bin/bash
# Asks a health endpoint of the service (liveness unless another path is given) with bash's /dev/tcp,
# because the JRE image is not guaranteed to carry curl or wget; exits 0 only on HTTP 200 with status UP.
set -euo pipefail
path="${1:-/actuator/health/liveness}"
port="${SERVER_PORT:-8081}"
exec 3<>"/dev/tcp/127.0.0.1/${port}"
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
response="$(timeout 4 cat <&3)"
exec 3<&-
[[ "${response}" == "HTTP/1.1 200"* || "${response}" == "HTTP/1.0 200"* ]] && [[ "${response}" == *'"UP"'* ]]
