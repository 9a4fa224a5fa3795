#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: records four signed clips on the camera
# and leaves "VMS copies" in ~/evidence, of which one has edited frames and one has a GOP cut out.
set -euo pipefail
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
for _ in $(seq 1 60); do curl -sf --max-time 2 http://camera/axis-cgi/systemready.cgi >/dev/null && break; sleep 0.5; done
mkdir -p "$HOME/evidence" "$HOME/originals"
edited=${CASE:0:1}; cut=${CASE:1:1}
for l in A B C D; do
  id=$(curl -sk --max-time 20 "${A[@]}" "https://camera/axis-cgi/signedvideo.cgi?action=record&frames=50" | jq -r .data.clipId)
  out="$HOME/evidence/incident-$l.cwsv"
  curl -sk --max-time 20 "${A[@]}" -o "$out" "https://camera/axis-cgi/signedvideo.cgi?action=export&clip=$id"
  if [ "$l" = "$edited" ]; then
    # Someone "improved" three frames: pixels changed, signed hash list untouched.
    jq -c --argjson a "$EDIT_FROM" 'if .type == "frame" and .n >= $a and .n <= $a + 2 then .data |= ("RWRpdGVk" + .[8:]) else . end' "$out" > "$out.tmp"
    mv "$out.tmp" "$out"
  elif [ "$l" = "$cut" ]; then
    # Someone cut one second: a whole GOP, frames and signature record alike.
    jq -c --argjson g "$CUT_GOP" 'select((.type == "frame" or .type == "gop") and .gop == $g | not)' "$out" > "$out.tmp"
    mv "$out.tmp" "$out"
  fi
done
cat > "$HOME/site-info.txt" <<INFO
Camera "camera" (serial $SERIAL), signed video enabled. Administrator $ADMIN_USER / $ADMIN_PASS
~/evidence/incident-A.cwsv ... incident-D.cwsv: the four clips the customer exported from their VMS
for the court case. The camera still holds its own recordings.
INFO
