#!/bin/sh
# Runs inside the debootstrapped root (chroot) before import: users and directories the images need,
# then trims what a lab container never uses.
set -e
useradd --uid 1000 --create-home --shell /bin/bash learner
useradd --system --uid 990 --no-create-home --home-dir /var/lib/camos --shell /usr/sbin/nologin camos
install -d -o camos -g camos -m 0750 /var/lib/camos
install -d -m 0755 /opt/camos /usr/local/share/cyberwall
rm -rf /var/lib/apt/lists/* /var/cache/apt/*.bin /var/cache/apt/archives/*.deb /usr/share/doc/* /usr/share/man/* /usr/share/info/*
find /usr/share/locale -mindepth 1 -maxdepth 1 ! -name 'en*' ! -name locale.alias -exec rm -rf {} +
