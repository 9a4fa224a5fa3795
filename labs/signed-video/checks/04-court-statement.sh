#!/bin/bash
# Looks for the ideas of a sound statement, not for exact sentences.
f=$HOME/evidence/court.txt
[ -s "$f" ] || { echo "There is no ~/evidence/court.txt yet."; exit 1; }
t=$(tr 'A-Z\n' 'a-z ' < "$f")
[ ${#t} -ge 200 ] || { echo "The court needs a few sentences (at least 200 characters); explain in plain language."; exit 1; }
grep -Eq "integrity|unaltered|unchanged|not (been )?(altered|modified|changed|edited)|unmodified|intact" <<<"$t" \
  || { echo "Say what the signature proves about the frames themselves (integrity since recording)."; exit 1; }
grep -q "${SERIAL,,}" <<<"$t" || { echo "Say which device signed the clips (its serial number)."; exit 1; }
grep -Eq "root|vendor|manufacturer|chain|certificate" <<<"$t" || { echo "Say why the device's key can be trusted (its certificate chains to the manufacturer's root)."; exit 1; }
grep -Eq "not prove|doesn.t prove|does not prove|cannot prove|can.t prove|no proof|does not show|doesn.t show|cannot show|does not tell|says nothing|not establish|limit" <<<"$t" \
  || { echo "Say clearly what the signature does not prove."; exit 1; }
grep -Eq "clock|time|timestamp|ntp|scene|staged|context|who |identity|person|operat|what happened" <<<"$t" \
  || { echo "Name at least one thing outside the signature's reach (the clock, the scene, who is in it...)."; exit 1; }
c=${CASE,,}
grep -q "incident-${c:0:1}" <<<"$t" || { echo "Tell the court what you found: which clip was edited and which was cut."; exit 1; }
grep -q "incident-${c:1:1}" <<<"$t" || { echo "Tell the court what you found: which clip was edited and which was cut."; exit 1; }
echo "A statement a court can follow: what is proven (integrity, device $SERIAL, vendor chain), what was found, and the limits."
