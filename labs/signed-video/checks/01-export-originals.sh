#!/bin/bash
# Every clip the camera holds must have a byte-identical copy in ~/originals (compared by SHA-256).
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
ids=$(curl -sk --max-time 8 "${A[@]}" "https://camera/axis-cgi/signedvideo.cgi?action=list" | jq -r '.data.clips[].clipId' 2>/dev/null)
[ -n "$ids" ] || { echo "Cannot list the camera's clips over HTTPS."; exit 1; }
have=$(cat $HOME/originals/*.cwsv 2>/dev/null | head -c1 >/dev/null && sha256sum $HOME/originals/*.cwsv 2>/dev/null | awk '{print $1}')
n=0; missing=0
for id in $ids; do
  n=$((n + 1))
  h=$(curl -sk --max-time 15 "${A[@]}" "https://camera/axis-cgi/signedvideo.cgi?action=export&clip=$id" | sha256sum | awk '{print $1}')
  grep -q "$h" <<<"$have" || missing=$((missing + 1))
done
[ "$missing" -eq 0 ] || { echo "$missing of the camera's $n clips have no identical copy in ~/originals/."; exit 1; }
echo "All $n clips on the camera are exported, byte for byte, to ~/originals/."
