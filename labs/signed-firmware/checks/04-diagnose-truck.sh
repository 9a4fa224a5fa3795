#!/bin/bash
# Grades the diagnosis by its content: what failed, what it means, what to do with the device.
# The scenario itself is graded from the network too: the truck camera must sit in its boot-ROM recovery state.
curl -s --max-time 5 http://truck/axis-cgi/systemready.cgi | jq -e '.data.securebootfailed == "yes"' > /dev/null \
  || { echo "The truck camera is not reporting a failed secure boot; reset the lab."; exit 1; }
f=$HOME/truck/diagnosis.txt
[ -s "$f" ] || { echo "There is no ~/truck/diagnosis.txt yet."; exit 1; }
t=$(tr 'A-Z\n' 'a-z ' < "$f")
[ ${#t} -ge 80 ] || { echo "Write a few sentences: the customer needs to understand what happened."; exit 1; }
grep -Eq "secure.?boot|boot" <<<"$t" || { echo "Say which protection stopped the camera (it happened at boot)."; exit 1; }
grep -Eq "signature|signed" <<<"$t" || { echo "Say what the camera checked and found wrong: the OS image's signature."; exit 1; }
grep -Eq "modif|tamper|alter|chang|implant|backdoor|compromis|manipulat" <<<"$t" || { echo "Say what a failed signature means about the installed OS image."; exit 1; }
grep -Eq "replac|rma|return|scrap|destroy|decommission|quarantin|retire|do not (re)?use|don.t (re)?use|never (re)?use|not (be )?(re)?used|do not trust|don.t trust|not be trusted|untrust" <<<"$t" \
  || { echo "Say what you will do with the device (hardware an attacker held cannot simply be reinstalled and trusted)."; exit 1; }
echo "Sound diagnosis: secure boot refused a modified OS image, and the device leaves service instead of being reflashed."
