#!/bin/bash
# The discovery window closes one hour after boot (camera clock): grade from the camera's own uptime.
ready=$(curl -s --max-time 8 "http://$BAD_CAM/axis-cgi/systemready.cgi") || ready=""
uptime=$(jq -r '.data.uptime // empty' <<<"$ready" 2>/dev/null)
[ -n "$uptime" ] || { echo "$BAD_CAM does not answer systemready.cgi on port 80."; exit 1; }
if [ "$uptime" -lt 3600 ]; then
  echo "$BAD_CAM reports an uptime of $uptime s: its discovery window is still open. Move its clock more than an hour ahead."
  exit 1
fi
echo "$BAD_CAM has been up for $uptime s by its own clock: discovery answers have stopped, although UPnP and Bonjour may still be enabled."
