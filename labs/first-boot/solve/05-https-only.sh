#!/bin/bash
curl -s --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/param.cgi?action=update&Network.HTTP.HTTPSOnly=yes&Network.HTTP.AuthenticationPolicy=digest'
