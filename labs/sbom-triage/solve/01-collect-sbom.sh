#!/bin/bash
mkdir -p /home/learner/triage
curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" https://camera/axis-cgi/sbom.cgi > /home/learner/triage/sbom.json
jq -r '.packages[] | "\(.name) \(.versionInfo)"' /home/learner/triage/sbom.json
