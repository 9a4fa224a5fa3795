#!/bin/bash
[ -f "$HOME/serial.txt" ] || { echo "There is no ~/serial.txt yet."; exit 1; }
got=$(tr -d ' \r\n' < "$HOME/serial.txt")
[ -n "$got" ] || { echo "~/serial.txt is empty."; exit 1; }
if [ "$got" != "$SERIAL" ]; then echo "~/serial.txt says '$got', which is not this camera's serial number."; exit 1; fi
echo "Serial $SERIAL matches the camera on your bench."
