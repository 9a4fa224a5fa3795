#!/bin/bash
# One verdict per advisory, with the right reason; the applicable one must name the fixed LTS release.
f=$HOME/triage/triage.txt
[ -s "$f" ] || { echo "There is no ~/triage/triage.txt yet."; exit 1; }
verdict() { # id -> affected | not | missing
  local line
  line=$(grep -i -- "$1" "$f" | head -n1 | tr 'A-Z' 'a-z')
  [ -n "$line" ] || { echo missing; return; }
  if grep -Eq "not affected|not-affected|unaffected|not applicable|does not apply|doesn.t apply|false (risk|positive)|no impact" <<<"$line"; then echo not
  elif grep -Eq "affected|applies|vulnerable" <<<"$line"; then echo affected
  else echo unclear; fi
}
for id in "$APPLIES" "$ABSENT" "$SAFE"; do
  case "$(verdict "$id")" in
    missing) echo "triage.txt has no line for $id."; exit 1 ;;
    unclear) echo "The line for $id does not say 'affected' or 'not affected'."; exit 1 ;;
  esac
done
[ "$(verdict "$APPLIES")" = affected ] || { echo "Look again at $APPLIES: the component is in the SBOM and its version is inside the range."; exit 1; }
[ "$(verdict "$ABSENT")" = not ] || { echo "Look again at $ABSENT: search the SBOM for the package it names."; exit 1; }
[ "$(verdict "$SAFE")" = not ] || { echo "Look again at $SAFE: compare the camera's version with the 'fixed' version of the range."; exit 1; }
line=$(grep -i -- "$ABSENT" "$f" | head -n1 | tr 'A-Z' 'a-z')
grep -Eq "absent|not (in|part of|present|included|contained|shipped|listed)|no such|isn.t in|does not (contain|include|ship)|doesn.t (contain|include|ship)|missing from|not found" <<<"$line" \
  || { echo "$ABSENT is not affected, but say why: the component is absent from the camera."; exit 1; }
line=$(grep -i -- "$SAFE" "$f" | head -n1 | tr 'A-Z' 'a-z')
grep -Eq "version|fixed|range|older|newer|already|[0-9]+\.[0-9]+" <<<"$line" || { echo "$SAFE is not affected, but say why: compare versions."; exit 1; }
grep -q "11\.11\.94" "$f" || { echo "Record what you will do about $APPLIES: which release fixes it on the camera's track?"; exit 1; }
echo "Sound triage: $APPLIES applies (fix: CamOS 11.11.94 LTS), $ABSENT is a false risk (component absent), $SAFE misses the camera's version."
