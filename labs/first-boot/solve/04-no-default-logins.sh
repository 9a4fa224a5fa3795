#!/bin/bash
for cred in root:pass admin:admin; do
  curl -s -o /dev/null -w "${cred%%:*}: %{http_code}\n" --digest -u "$cred" 'http://camera/axis-cgi/param.cgi?action=list&group=Brand'
done
curl -s --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/pwdgrp.cgi?action=get' > "$HOME/accounts.txt"
