#!/bin/bash
p=Network.Interface.I0.dot1x
curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" \
  "https://camera/axis-cgi/param.cgi?action=update&$p.EAPTLS.ClientCertificate=deviceid&$p.EAPTLS.CACertificate=sitenetca&$p.EAPTLS.Identity=$SERIAL&$p.EAPOLVersion=2&$p.Enabled=yes"
