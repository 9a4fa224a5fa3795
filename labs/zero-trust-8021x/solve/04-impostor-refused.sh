#!/bin/bash
d=/home/learner/8021x
openssl ecparam -name prime256v1 -genkey -noout -out "$d/impostor.key"
openssl req -new -x509 -key "$d/impostor.key" -days 30 -subj "/O=Cyberwall Devices/serialNumber=$SERIAL/CN=$SERIAL" -out "$d/impostor.pem"
echo | openssl s_client -connect workstation:2083 -CAfile "$d/site-network-ca.pem" -cert "$d/impostor.pem" -key "$d/impostor.key" 2>&1 | tail -n 3 || true
