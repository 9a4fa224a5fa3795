#!/bin/bash
cd /home/learner/evidence
for f in incident-*.cwsv; do
  r=$(sv-verify --json "$f")
  if [ "$(jq -r .verdict <<<"$r")" = "VALID WITH MISSING FRAMES" ]; then
    echo "removed: ${f%.cwsv} frames $(jq -r '.missingFrames | join(", ")' <<<"$r")" >> findings.txt
  fi
done
cat findings.txt
