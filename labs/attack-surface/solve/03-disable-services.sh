#!/bin/bash
A=(--digest -u "$ADMIN_USER:$ADMIN_PASS")
curl -sk "${A[@]}" "https://$BAD_CAM/axis-cgi/param.cgi?action=update&Network.UPnP.Enabled=no&Network.Bonjour.Enabled=no&Network.ZeroConf.Enabled=no&WebService.DiscoveryMode.Discoverable=no&WebService.ONVIF.Enabled=no&Network.SSH.Enabled=no&Network.HTTP.HTTPSOnly=yes"
curl -sk "${A[@]}" "https://$BAD_CAM/axis-cgi/pwdgrp.cgi?action=remove&user=$OLD_VIEWER"
