#!/bin/bash
mkdir -p /home/learner/audit
cat > /home/learner/audit/exposures.txt <<NOTE
Camera $BAD_CAM differs from the site baseline:
- UPnP and Bonjour discovery enabled, answers WS-Discovery probes
- ONVIF service on
- SSH enabled
- old viewer account $OLD_VIEWER
- IP filter off
NOTE
