#!/bin/bash
curl -s http://camera/axis-cgi/pwdgrp.cgi --data-urlencode action=add --data-urlencode "user=$ADMIN_USER" \
  --data-urlencode "pwd=$ADMIN_PASS" --data-urlencode grp=root --data-urlencode sgrp=admin:operator:viewer:ptz
