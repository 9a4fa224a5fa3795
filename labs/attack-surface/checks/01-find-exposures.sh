#!/bin/bash
# Grades the learner's audit note: it must name the drifted camera and each exposure found on it.
f=$HOME/audit/exposures.txt
[ -s "$f" ] || { echo "There is no ~/audit/exposures.txt yet."; exit 1; }
text=$(tr 'A-Z' 'a-z' < "$f")
serial_bad=$(case "$BAD_CAM" in cam1) echo "$SERIAL1";; cam2) echo "$SERIAL2";; cam3) echo "$SERIAL3";; esac)
if ! grep -qw "$BAD_CAM" <<<"$text" && ! grep -qi "$serial_bad" <<<"$text"; then
  echo "Your report does not name the camera that differs from the baseline."
  exit 1
fi
for good in cam1 cam2 cam3; do
  [ "$good" = "$BAD_CAM" ] && continue
  if grep -qw "$good" <<<"$text"; then wrong="$good"; fi
done
missing=()
grep -q "ssh" <<<"$text" || missing+=("the remote shell")
grep -Eq "upnp|bonjour|mdns|ssdp|zeroconf|discovery" <<<"$text" || missing+=("the discovery protocols")
grep -q "onvif" <<<"$text" || missing+=("the ONVIF service")
grep -q "$(tr 'A-Z' 'a-z' <<<"$OLD_VIEWER")" <<<"$text" || missing+=("the account that should not exist")
grep -Eq "filter|firewall|allow ?list|accept" <<<"$text" || missing+=("the missing IP filter")
if [ ${#missing[@]} -gt 0 ]; then
  echo "Good start, but the report does not mention: $(IFS=,; echo "${missing[*]}" | sed 's/,/, /g')."
  exit 1
fi
echo "Correct: $BAD_CAM is the drifted camera${wrong:+ (you also mention $wrong, which matches the baseline)}, and your report lists its exposures."
