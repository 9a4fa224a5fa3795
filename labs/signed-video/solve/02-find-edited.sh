#!/bin/bash
# Uses sv-verify's JSON report to find the INVALID clip and its frames.
cd /home/learner/evidence
for f in incident-*.cwsv; do
  r=$(sv-verify --json "$f")
  if [ "$(jq -r .verdict <<<"$r")" = INVALID ]; then
    echo "edited: ${f%.cwsv} frames $(jq -r '.invalidFrames | join(", ")' <<<"$r")" >> findings.txt
  fi
done
cat findings.txt
