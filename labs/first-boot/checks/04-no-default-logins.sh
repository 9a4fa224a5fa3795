#!/bin/bash
for cred in root:pass admin:admin root:root admin:12345; do
  code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 --digest -u "$cred" 'http://camera/axis-cgi/param.cgi?action=list&group=Brand')
  [ "$code" = "401" ] || { echo "The default login ${cred%%:*} is accepted (HTTP $code)."; exit 1; }
done
list=$(curl -s -f --max-time 5 --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/pwdgrp.cgi?action=get') || { echo "Create the administrator first: the account list needs its credentials."; exit 1; }
users=$(grep '^digusers=' <<<"$list" | cut -d'"' -f2 | tr ',' '\n' | sort | tr '\n' ' ')
expected=$(printf '%s\n' "$ADMIN_USER" "$OPERATOR_USER" | sort | tr '\n' ' ')
[ "$users" = "$expected" ] || { echo "The camera has other accounts besides yours: ${users}"; exit 1; }
[ -f "$HOME/accounts.txt" ] || { echo "No default login works. Now save the account listing to ~/accounts.txt as evidence."; exit 1; }
grep -q "$ADMIN_USER" "$HOME/accounts.txt" && grep -q "$OPERATOR_USER" "$HOME/accounts.txt" || { echo "~/accounts.txt does not contain the pwdgrp.cgi account listing."; exit 1; }
echo "No default login works, and only $ADMIN_USER and $OPERATOR_USER exist."
