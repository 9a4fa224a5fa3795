#!/bin/bash
# Uploads each bad file and records the status code the camera answers.
out=/home/learner/inbox/rejections.txt
: > "$out"
for l in A B C; do
  f=/home/learner/inbox/update-$l.cwfw
  fw-inspect "$f" >/dev/null 2>&1 && grep -q 'CW-P3265' <(fw-inspect "$f") && continue
  code=$(curl -sk -o /dev/null -w '%{http_code}' --digest -u "$ADMIN_USER:$ADMIN_PASS" -F "file=@$f" https://camera/axis-cgi/firmwaremanagement.cgi)
  echo "$l $code" >> "$out"
done
cat "$out"
