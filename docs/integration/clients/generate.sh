#!/usr/bin/env bash
# Regenerates the typed clients from the service's OpenAPI document (the same document a
# running server serves at /openapi.json, printed by `fraudscreen openapi`).
#
# Needs cargo, openapi-python-client (pip install openapi-python-client) and npm.
# Run it after any change to the API; the tests fail while openapi.json is out of date.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
cd "$here/../../.."
cargo run --quiet -- openapi > "$here/openapi.json"
cd "$here/python"
rm -rf fraudscreen_client
openapi-python-client generate --path ../openapi.json --meta none --output-path fraudscreen_client
cd "$here/typescript"
npm ci --no-audit --no-fund
npx openapi-typescript ../openapi.json -o src/schema.d.ts
echo "regenerated: python/fraudscreen_client, typescript/src/schema.d.ts"
