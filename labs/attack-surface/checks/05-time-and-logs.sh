#!/bin/bash
# NTP from the site's server (not DHCP) and remote syslog to the workstation, read through the JSON APIs.
# Asked from the grader: the workstation's address as the lab network's DNS knows it.
WS_IP=$(getent ahostsv4 workstation | awk '{print $1; exit}')
rpc() { curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' "https://$BAD_CAM/axis-cgi/$1" -d "{\"apiVersion\":\"1.0\",\"method\":\"$2\"}"; }
ntp=$(rpc ntp.cgi getNTPInfo)
jq -e .data <<<"$ntp" >/dev/null 2>&1 || { echo "Cannot read $BAD_CAM's NTP settings over HTTPS."; exit 1; }
jq -e --arg s "$NTP_SERVER" '.data.servers | index($s)' <<<"$ntp" >/dev/null || { echo "$BAD_CAM does not use $NTP_SERVER for NTP."; exit 1; }
[ "$(jq -r .data.obtainFromDHCP <<<"$ntp")" = false ] || { echo "$BAD_CAM still takes its time servers from DHCP."; exit 1; }
[ "$(jq -r .data.enabled <<<"$ntp")" = true ] || { echo "NTP is disabled on $BAD_CAM."; exit 1; }
log=$(rpc remotesyslog.cgi getConfiguration)
[ "$(jq -r .data.enabled <<<"$log")" = true ] || { echo "Remote syslog is off on $BAD_CAM."; exit 1; }
host=$(jq -r '.data.servers[0].host' <<<"$log")
port=$(jq -r '.data.servers[0].port' <<<"$log")
case "$host" in "$WS_IP" | workstation) ;; *) echo "$BAD_CAM sends its log to $host; the collector is $WS_IP."; exit 1 ;; esac
[ "$port" = 5514 ] || { echo "$BAD_CAM sends its log to port $port; the collector listens on 5514."; exit 1; }
echo "$BAD_CAM takes time from $NTP_SERVER and sends its log to $host:$port."
