#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: the site's work order.
cat > "$HOME/work-order.txt" <<ORDER
WORK ORDER — install camera "$CAMERA_NAME" on the bench network
  Hostname on this network : camera
  Administrator account    : $ADMIN_USER   (password from the site vault: $ADMIN_PASS)
  Operator account         : $OPERATOR_USER   (password from the site vault: $OPERATOR_PASS)
  Policy                   : no shared or default accounts, HTTPS only, Basic authentication only over TLS
ORDER
