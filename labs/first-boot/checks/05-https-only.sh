#!/bin/bash
plain=$(curl -s --max-time 5 --digest -u "$ADMIN_USER:$ADMIN_PASS" 'http://camera/axis-cgi/param.cgi?action=list&group=Brand')
grep -q "HTTPS required" <<<"$plain" || { echo "The camera still serves its API over plain HTTP."; exit 1; }
code=$(curl -sk -o /dev/null -w '%{http_code}' --max-time 5 --basic -u "$ADMIN_USER:$ADMIN_PASS" 'https://camera/axis-cgi/param.cgi?action=list&group=Brand')
[ "$code" = "200" ] || { echo "Basic authentication over HTTPS does not work (HTTP $code)."; exit 1; }
policy=$(curl -sk --max-time 5 --digest -u "$ADMIN_USER:$ADMIN_PASS" 'https://camera/axis-cgi/param.cgi?action=list&group=Network.HTTP.AuthenticationPolicy' | cut -d= -f2 | tr -d '\r\n')
case "$policy" in
  basic_digest) echo "AuthenticationPolicy is basic_digest: Basic would be accepted without TLS."; exit 1 ;;
  digest|digest_only) ;;
  *) echo "Could not read Network.HTTP.AuthenticationPolicy ($policy)."; exit 1 ;;
esac
ready=$(curl -s --max-time 5 -o /dev/null -w '%{http_code}' http://camera/axis-cgi/systemready.cgi)
[ "$ready" = "200" ] || { echo "systemready.cgi should stay reachable over HTTP for monitoring (HTTP $ready)."; exit 1; }
echo "HTTPS only, Basic only inside TLS (policy $policy)."
