#!/bin/bash
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
curl -sk "${A[@]}" -F file=@/usr/local/share/cyberwall/firmware/CW-P3265-11.11.94.cwfw https://camera/axis-cgi/firmwaremanagement.cgi
for _ in $(seq 1 30); do
  st=$(curl -sk "${A[@]}" -H 'Content-Type: application/json' https://camera/axis-cgi/firmwaremanagement.cgi -d '{"apiVersion":"1.4","method":"status"}')
  [ "$(jq -r .data.activeFirmwareVersion <<<"$st" 2>/dev/null)" = 11.11.94 ] && break
  sleep 1
done
curl -sk "${A[@]}" -H 'Content-Type: application/json' https://camera/axis-cgi/firmwaremanagement.cgi -d '{"apiVersion":"1.4","method":"commit"}'
