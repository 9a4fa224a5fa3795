#!/bin/bash
jq -n --rawfile pem /home/learner/8021x/site-network-ca.pem '{apiVersion:"1.0",method:"installCACertificate",params:{id:"sitenetca",certificate:$pem}}' |
  curl -sk --digest -u "$ADMIN_USER:$ADMIN_PASS" -H 'Content-Type: application/json' https://camera/axis-cgi/certificates.cgi -d @-
