#!/bin/sh
# Imports Akhbar's Kibana saved objects (data view, visualisations, map, dashboards) through the
# Kibana saved-objects API. Idempotent: objects keep fixed ids and are overwritten.
#
#   KIBANA_URL=http://localhost:5601 deploy/kibana/import.sh [saved-objects.ndjson]
#
# Env: KIBANA_URL (required), KIBANA_SPACE (optional space id), KIBANA_API_KEY or
# KIBANA_USERNAME + KIBANA_PASSWORD (optional), KIBANA_WAIT_SECONDS (default 300: how long to wait
# for Kibana to be available), KIBANA_INSECURE=true (skip TLS verification, for self-signed certs).
set -eu

NDJSON="${1:-$(dirname "$0")/saved-objects.ndjson}"
: "${KIBANA_URL:?set KIBANA_URL, e.g. http://kibana:5601}"
KIBANA_URL="${KIBANA_URL%/}"
WAIT="${KIBANA_WAIT_SECONDS:-300}"
BASE="$KIBANA_URL"
if [ -n "${KIBANA_SPACE:-}" ]; then BASE="$KIBANA_URL/s/$KIBANA_SPACE"; fi

[ -r "$NDJSON" ] || { echo "import: cannot read $NDJSON" >&2; exit 2; }

# curl with the auth and TLS options, without putting secrets on the command line of ps.
CURL_CONFIG="$(mktemp)"
trap 'rm -f "$CURL_CONFIG"' EXIT
chmod 600 "$CURL_CONFIG"
{
  echo 'silent'
  echo 'show-error'
  echo 'header = "kbn-xsrf: akhbar-import"'
  if [ -n "${KIBANA_API_KEY:-}" ]; then
    echo "header = \"Authorization: ApiKey $KIBANA_API_KEY\""
  elif [ -n "${KIBANA_USERNAME:-}" ]; then
    echo "user = \"$KIBANA_USERNAME:${KIBANA_PASSWORD:-}\""
  fi
  if [ "${KIBANA_INSECURE:-false}" = true ]; then echo 'insecure'; fi
} > "$CURL_CONFIG"

echo "import: waiting up to ${WAIT}s for Kibana at $KIBANA_URL"
deadline=$(( $(date +%s) + WAIT ))
while :; do
  status="$(curl -K "$CURL_CONFIG" -o /dev/null -w '%{http_code}' "$KIBANA_URL/api/status" 2>/dev/null || true)"
  [ "$status" = 200 ] && break
  if [ "$(date +%s)" -ge "$deadline" ]; then
    echo "import: Kibana not available (last HTTP status: ${status:-none})" >&2
    exit 1
  fi
  sleep 5
done

echo "import: importing $(wc -l < "$NDJSON" | tr -d ' ') saved objects from $NDJSON"
response="$(curl -K "$CURL_CONFIG" -X POST "$BASE/api/saved_objects/_import?overwrite=true" \
  --form "file=@$NDJSON;type=application/ndjson")"
echo "$response"
case "$response" in
  *'"success":true'*) echo "import: done" ;;
  *) echo "import: Kibana reported errors (see above)" >&2; exit 1 ;;
esac
