#!/bin/bash
# The IP filter must be on and accept exactly the workstation (the VMS in this lab).
# Asked from the grader: the workstation's address as the lab network's DNS knows it.
WS_IP=$(getent ahostsv4 workstation | awk '{print $1; exit}')
api() { curl -sk --max-time 8 --digest -u "$ADMIN_USER:$ADMIN_PASS" "$@"; }
list=$(api "https://$BAD_CAM/axis-cgi/param.cgi?action=list&group=Network.Filter")
grep -q '^root.Network.Filter' <<<"$list" || { echo "Cannot read $BAD_CAM's IP filter over HTTPS (did the filter lock the workstation out?)."; exit 1; }
enabled=$(sed -n 's/^root\.Network\.Filter\.Enabled=//p' <<<"$list")
accept=$(sed -n 's/^root\.Network\.Filter\.Input\.AcceptAddresses=//p' <<<"$list")
[ "$enabled" = yes ] || { echo "The IP filter on $BAD_CAM is off."; exit 1; }
[ -n "$accept" ] || { echo "The filter is on but accepts nobody."; exit 1; }
IFS=, read -ra entries <<<"$accept"
for e in "${entries[@]}"; do
  case "$e" in
    "$WS_IP" | "$WS_IP/32") ;;
    *) echo "The filter accepts $e: only the workstation/VMS ($WS_IP) should be allowed."; exit 1 ;;
  esac
done
echo "$BAD_CAM accepts connections only from $WS_IP."
