#!/bin/bash
curl -s --digest -u "$ADMIN_USER:$ADMIN_PASS" http://camera/axis-cgi/pwdgrp.cgi --data-urlencode action=add \
  --data-urlencode "user=$OPERATOR_USER" --data-urlencode "pwd=$OPERATOR_PASS" --data-urlencode grp=users --data-urlencode sgrp=operator:viewer
