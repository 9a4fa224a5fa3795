#!/bin/bash
# ~/triage/sbom.json must be this camera's SPDX SBOM (same document namespace as the camera publishes).
f=$HOME/triage/sbom.json
[ -s "$f" ] || { echo "There is no ~/triage/sbom.json yet."; exit 1; }
[ "$(jq -r .spdxVersion "$f" 2>/dev/null)" = SPDX-2.3 ] || { echo "~/triage/sbom.json is not an SPDX 2.3 JSON document."; exit 1; }
live=$(curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" https://camera/axis-cgi/sbom.cgi | jq -r .documentNamespace 2>/dev/null)
[ -n "$live" ] && [ "$live" != null ] || { echo "Cannot read the camera's SBOM over HTTPS."; exit 1; }
mine=$(jq -r .documentNamespace "$f")
# Taken before an upgrade, the saved SBOM describes the factory release: same model, older version.
[ "$mine" = "$live" ] || [ "${mine%/*}" = "${live%/*}" ] || { echo "~/triage/sbom.json does not come from this camera."; exit 1; }
echo "You have the camera's SBOM: $(jq '.packages | length' "$f") packages in $(jq -r .name "$f")."
