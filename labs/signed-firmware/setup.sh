#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: hands out three firmware files under
# neutral names (the order is per learner) and the site notes.
set -euo pipefail
src=/usr/local/share/cyberwall/firmware
read -r a b c <<<"$FW_ORDER"
file_for() {
  case "$1" in
    genuine) echo "$src/CW-P3265-11.11.94.cwfw" ;;
    tampered) echo "$src/CW-P3265-11.11.94-tampered.cwfw" ;;
    othermodel) echo "$src/CW-Q1805-12.0.1.cwfw" ;;
  esac
}
mkdir -p "$HOME/inbox" "$HOME/truck"
# The image's own ~/firmware holds every sample under a telling name; this lab is about telling them apart.
rm -rf "$HOME/firmware"
cp "$(file_for "$a")" "$HOME/inbox/update-A.cwfw"
cp "$(file_for "$b")" "$HOME/inbox/update-B.cwfw"
cp "$(file_for "$c")" "$HOME/inbox/update-C.cwfw"
# What the bench technician read out of the truck camera's flash: a signed release with a payload patched afterwards.
cp "$src/CW-P3265-11.11.94-tampered.cwfw" "$HOME/truck/flash-dump.cwfw"
cat > "$HOME/site-info.txt" <<INFO
Camera "camera" (serial $SERIAL): administrator $ADMIN_USER / $ADMIN_PASS
Camera "truck"  (serial $TRUCK_SERIAL): recovered from a robbed delivery truck; same credentials.
  ~/truck/flash-dump.cwfw: its OS image, read out of the flash chip on the bench.

~/inbox/update-A.cwfw, update-B.cwfw, update-C.cwfw arrived by e-mail from "support",
all three named as the next CamOS release for this camera. Only one of them should be installed.
The vendor's root certificate is /usr/local/share/cyberwall/vendor-root.pem.
INFO
