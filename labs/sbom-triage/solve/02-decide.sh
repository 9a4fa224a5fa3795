#!/bin/bash
# Decides from the SBOM and each advisory's range (using the advisory tool for the version match).
cd /home/learner/triage
: > triage.txt
matches=$(advisory --dir /home/learner/advisories check sbom.json || true)
for f in /home/learner/advisories/*.json; do
  id=$(jq -r .id "$f"); pkg=$(jq -r '.affected[0].package.name' "$f")
  have=$(jq -r --arg p "$pkg" '.packages[] | select(.name == $p) | .versionInfo' sbom.json)
  if [ -z "$have" ]; then
    echo "$id: not affected - component absent: $pkg is not in the camera's SBOM" >> triage.txt
  elif grep -q "$id" <<<"$matches"; then
    echo "$id: affected - $pkg $have is inside the range; fixed in CamOS 11.11.94 (LTS track), upgrading" >> triage.txt
  else
    echo "$id: not affected - $pkg $have is outside the affected range (fixed $(jq -r '.affected[0].ranges[0].events[1].fixed' "$f"))" >> triage.txt
  fi
done
cat triage.txt
