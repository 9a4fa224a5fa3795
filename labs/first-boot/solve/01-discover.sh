#!/bin/bash
curl -s http://camera/rootdesc.xml | grep -o '<serialNumber>[^<]*' | cut -d'>' -f2 > "$HOME/serial.txt"
