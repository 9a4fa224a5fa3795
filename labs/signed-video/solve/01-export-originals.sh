#!/bin/bash
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
mkdir -p /home/learner/originals
for id in $(curl -sk "${A[@]}" "https://camera/axis-cgi/signedvideo.cgi?action=list" | jq -r '.data.clips[].clipId'); do
  curl -sk "${A[@]}" -o "/home/learner/originals/$id.cwsv" "https://camera/axis-cgi/signedvideo.cgi?action=export&clip=$id"
done
(cd /home/learner/originals && sha256sum ./*.cwsv > SHA256SUMS)
