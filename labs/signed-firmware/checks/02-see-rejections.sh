#!/bin/bash
# The learner records the status code the camera answered for each bad file; the codes are fixed by the API.
f=$HOME/inbox/rejections.txt
[ -s "$f" ] || { echo "There is no ~/inbox/rejections.txt yet."; exit 1; }
read -r a b c <<<"$FW_ORDER"
for pair in "a:$a" "b:$b" "c:$c"; do
  l=${pair%%:*}; kind=${pair#*:}
  [ "$kind" = genuine ] && continue
  # A line that starts with the letter (or names update-X anywhere): "A: genuine", "update-a.cwfw -> 422".
  line=$(tr 'A-Z' 'a-z' < "$f" | grep -E "^[[:space:]]*(update-)?$l([^a-z]|$)|update-$l([^a-z]|$)" | head -n1)
  [ -n "$line" ] || { echo "rejections.txt has no line for update-${l^^}."; exit 1; }
  code=$(grep -oE '\b4[0-9]{2}\b' <<<"$line" | head -n1)
  [ -n "$code" ] || { echo "The line for update-${l^^} has no HTTP status code."; exit 1; }
  if [ "$kind" = tampered ] && [ "$code" != 422 ] && [ "$code" != 415 ]; then echo "update-${l^^} is the tampered file; the camera does not answer $code for it. Upload it and read the status."; exit 1; fi
  if [ "$kind" = othermodel ] && [ "$code" != 421 ]; then echo "update-${l^^} is the other-model file; the camera does not answer $code for it. Upload it and read the status."; exit 1; fi
done
echo "Right: the tampered image fails the signature check (422) and the other model's image is refused as misdirected (421)."
