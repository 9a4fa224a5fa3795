#!/bin/bash
when=$(date -u -d '+61 minutes' +%Y-%m-%dT%H:%M:%SZ)
curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' "https://$BAD_CAM/axis-cgi/time.cgi" \
  -d "{\"apiVersion\":\"1.0\",\"method\":\"setDateTime\",\"params\":{\"dateTime\":\"$when\"}}"
