#!/usr/bin/env bash
# Bring the lab engine up: Docker Engine (overlay2, iptables on). As root on Debian/Ubuntu it installs
# docker.io when missing; otherwise it prints one instruction and exits non-zero (labs stay off).
set -euo pipefail
cd "$(dirname "$0")/.."

sock=/var/run/docker.sock
engine_up() { [[ -S $sock ]] && curl -s --max-time 2 --unix-socket "$sock" http://localhost/_ping > /dev/null 2>&1; }

if [[ -z ${DOCKER_HOST:-} ]] && ! engine_up; then
  if ! command -v dockerd > /dev/null; then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get > /dev/null; then
      echo "    installing docker.io"
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io debootstrap > /dev/null
    else
      echo "    Docker Engine is not installed. Install it (Debian/Ubuntu: sudo apt-get install docker.io) and run npm start again."
      exit 1
    fi
  fi
  if [[ $(id -u) -ne 0 ]]; then
    echo "    Docker Engine is not running. Start it (sudo systemctl start docker) and run npm start again."
    exit 1
  fi
  mkdir -p data
  echo "    starting dockerd (log: data/dockerd.log)"
  nohup dockerd --storage-driver=overlay2 > data/dockerd.log 2>&1 &
  for _ in $(seq 1 60); do engine_up && break; sleep 0.5; done
  engine_up || { echo "    dockerd did not come up; see data/dockerd.log"; exit 1; }
fi
command -v debootstrap > /dev/null || { [[ $(id -u) -eq 0 ]] && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap > /dev/null; } || true
echo "    Docker Engine is up"

# Lab networks are Internal, yet still reach the host through their bridge gateway: drop everything the
# lab address pool sends to the host itself (idempotent; only this pool, nothing else is touched).
pool=${LAB_SUBNET_POOL:-10.213.0.0/16}
if [[ -z ${DOCKER_HOST:-} ]]; then
  if command -v iptables > /dev/null && [[ $(id -u) -eq 0 ]]; then
    iptables -C INPUT -s "$pool" -j DROP 2> /dev/null || iptables -I INPUT -s "$pool" -j DROP
    echo "    host blocks lab pool $pool"
  else
    echo "    WARNING: could not add the host-side block for $pool (needs root and iptables):"
    echo "             sudo iptables -I INPUT -s $pool -j DROP"
  fi
fi

# Lab images (content-hashed, so an unchanged image is not rebuilt).
if [[ -z ${LAB_ENGINE_SKIP_IMAGES:-} && -f scripts/build-lab-images.ts ]]; then
  echo "    building lab images"
  npx tsx scripts/build-lab-images.ts
fi
