#!/usr/bin/env bash
# TEST KEYS ONLY. Regenerates the simulated vendor PKI (root -> intermediate -> firmware signer).
# These keys are public in the repository: they sign nothing outside the lab simulation.
set -euo pipefail
cd "$(dirname "$0")"
ec() { openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out "$1"; }
ec vendor-root.key.pem
openssl req -x509 -new -key vendor-root.key.pem -sha256 -days 7300 -out vendor-root.pem \
  -subj "/O=Cyberwall Devices (TEST)/CN=Cyberwall Test Root CA" \
  -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign"
ec vendor-intermediate.key.pem
openssl req -new -key vendor-intermediate.key.pem -subj "/O=Cyberwall Devices (TEST)/CN=Cyberwall Test Device ID Intermediate CA" |
  openssl x509 -req -CA vendor-root.pem -CAkey vendor-root.key.pem -CAcreateserial -days 5475 -sha256 -out vendor-intermediate.pem \
  -extfile <(printf "basicConstraints=critical,CA:TRUE,pathlen:0\nkeyUsage=critical,keyCertSign,cRLSign\n")
ec firmware-signing.key.pem
openssl req -new -key firmware-signing.key.pem -subj "/O=Cyberwall Devices (TEST)/CN=Cyberwall Test Firmware Signing" |
  openssl x509 -req -CA vendor-intermediate.pem -CAkey vendor-intermediate.key.pem -CAcreateserial -days 3650 -sha256 -out firmware-signing.pem \
  -extfile <(printf "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=codeSigning\n")
rm -f ./*.srl
