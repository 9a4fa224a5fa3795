#!/bin/bash
# Graded from the network side: the camera's own API, with the work order's credentials.
ready=$(curl -s --max-time 5 http://camera/axis-cgi/systemready.cgi | jq -r .data.needsetup 2>/dev/null)
[ "$ready" = "no" ] || { echo "The camera still needs setup: no administrator exists yet."; exit 1; }
code=$(curl -s -o /tmp/pwdgrp.$$ -w '%{http_code}' --max-time 5 --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/pwdgrp.cgi?action=get')
[ "$code" = "200" ] || { echo "Signing in as $ADMIN_USER with the vault password fails (HTTP $code): check the name and password."; exit 1; }
grep -Eq "^admin=\"([^\"]*,)?$ADMIN_USER(,[^\"]*)?\"" /tmp/pwdgrp.$$ || { echo "$ADMIN_USER exists but is not an administrator."; exit 1; }
rm -f /tmp/pwdgrp.$$
echo "$ADMIN_USER is the camera's administrator."
