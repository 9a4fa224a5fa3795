#!/bin/bash
list=$(curl -s --max-time 5 --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/pwdgrp.cgi?action=get')
in_group() { grep -Eq "^$1=\"([^\"]*,)?$2(,[^\"]*)?\"" <<<"$list"; }
in_group operator "$OPERATOR_USER" || { echo "There is no operator account named $OPERATOR_USER yet."; exit 1; }
if in_group admin "$OPERATOR_USER"; then echo "$OPERATOR_USER is an administrator: daily-use accounts must not be."; exit 1; fi
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 --digest -u "$OPERATOR_USER:$OPERATOR_PASS" 'http://camera/axis-cgi/param.cgi?action=list&group=Brand')
[ "$code" = "200" ] || { echo "$OPERATOR_USER cannot sign in with the vault password (HTTP $code)."; exit 1; }
echo "$OPERATOR_USER can work as an operator, without admin rights."
