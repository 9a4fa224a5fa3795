#!/bin/bash
# Steps find-edited and find-removed (by $LAB_STEP): reads that step's line of ~/evidence/findings.txt,
# the clip (incident letter or clip id) and its frames.
f=$HOME/evidence/findings.txt
[ -s "$f" ] || { echo "There is no ~/evidence/findings.txt yet."; exit 1; }
edited=${CASE:0:1}; cut=${CASE:1:1}
if [ "$LAB_STEP" = find-edited ]; then
  what=edited; words='edit|alter|modif|chang|tamper'; want_clip=$edited; first=$EDIT_FROM; last=$((EDIT_FROM + 2))
  right="Right: incident-$edited frames $first-$last no longer match the hashes the camera signed."
else
  what=removed; words='remov|cut|missing|delet|gap'; want_clip=$cut; first=$((CUT_GOP * 10)); last=$((CUT_GOP * 10 + 9))
  right="Right: incident-$cut lost frames $first-$last; the GOP chain shows the gap although every remaining frame is authentic."
fi
line=$(tr 'A-Z' 'a-z' < "$f" | grep -E "$words" | head -n1)
[ -n "$line" ] || { echo "findings.txt has no line about the $what clip."; exit 1; }
clip_id=$(head -n1 "$HOME/evidence/incident-$want_clip.cwsv" | jq -r .clipId | tr 'A-Z' 'a-z')
named=$(grep -oE 'incident-[a-d]|clip-[0-9a-f]{12}' <<<"$line" | head -n1)
if [ "$named" != "incident-${want_clip,,}" ] && [ "$named" != "$clip_id" ]; then
  echo "${named:-The clip you name} is not the one. Run sv-verify on every file in ~/evidence."
  exit 1
fi
# Frames: everything after the clip name, "20-22", "20 to 22" and "20, 21, 22" alike.
rest=$(sed -E 's/.*(incident-[a-d]|clip-[0-9a-f]{12})//' <<<"$line" | sed -E 's/[[:space:]]*(-|–|to|\.\.)[[:space:]]*/-/g')
got=$(grep -oE '[0-9]+(-[0-9]+)?' <<<"$rest" | while IFS=- read -r a b; do seq "$a" "${b:-$a}"; done | sort -n | uniq)
if [ "$got" != "$(seq "$first" "$last")" ]; then
  echo "Right clip, but not the right frames: sv-verify lists them exactly."
  exit 1
fi
echo "$right"
