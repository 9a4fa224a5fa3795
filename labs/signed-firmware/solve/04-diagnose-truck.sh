#!/bin/bash
curl -si --max-time 5 http://truck/axis-cgi/systemready.cgi || true
mkdir -p /home/learner/truck
cat > /home/learner/truck/diagnosis.txt <<'NOTE'
The camera refuses to boot: secure boot found that the signature of the installed OS image no longer
matches its contents, so the image was modified after the vendor signed it (while the truck was robbed).
The device cannot be trusted again by reflashing it: an attacker with physical access may have changed
more than the OS image. It is taken out of service, quarantined and returned to the vendor (RMA) for
replacement; the incident is reported to the customer.
NOTE
