#!/bin/bash
# Compares the learner's verdict per file with the order this learner's files were handed out in.
f=$HOME/inbox/verdict.txt
[ -s "$f" ] || { echo "There is no ~/inbox/verdict.txt yet."; exit 1; }
read -r a b c <<<"$FW_ORDER"
declare -A truth=([a]="$a" [b]="$b" [c]="$c")
for l in a b c; do
  # A line that starts with the letter (or names update-X anywhere): "A: genuine", "update-a.cwfw -> 422".
  line=$(tr 'A-Z' 'a-z' < "$f" | grep -E "^[[:space:]]*(update-)?$l([^a-z]|$)|update-$l([^a-z]|$)" | head -n1)
  [ -n "$line" ] || { echo "verdict.txt has no line for update-${l^^}."; exit 1; }
  said=""
  grep -Eq "genuine|authentic|valid signature" <<<"$line" && said=genuine
  grep -Eq "tamper|modified|altered|invalid signature" <<<"$line" && said=tampered
  grep -Eq "other.?model|wrong.?model|another model|q1805" <<<"$line" && said=othermodel
  [ -n "$said" ] || { echo "The line for update-${l^^} does not say genuine, tampered or other-model."; exit 1; }
  if [ "$said" != "${truth[$l]}" ]; then echo "update-${l^^} is not $said. Look at its signature verdict and its model again."; exit 1; fi
done
echo "Right: only one file is both correctly signed by the vendor and made for this camera."
