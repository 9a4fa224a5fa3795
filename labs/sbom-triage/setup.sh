#!/bin/bash
# Runs once after provisioning, on the workstation as the learner: delivers this learner's three advisories
# (OSV format) into ~/advisories.
set -euo pipefail
mkdir -p "$HOME/advisories" "$HOME/triage"
osv() { # id published package ecosystem introduced fixed severity summary details
  jq -n --arg id "$1" --arg pub "$2" --arg pkg "$3" --arg eco "$4" --arg intro "$5" --arg fixed "$6" --arg sev "$7" --arg sum "$8" --arg det "$9" '{
    schema_version: "1.6.0", id: $id, aliases: [], published: $pub, modified: $pub, summary: $sum, details: $det,
    affected: [{ package: { name: $pkg, ecosystem: $eco }, ranges: [{ type: "ECOSYSTEM", events: [{ introduced: $intro }, { fixed: $fixed }] }] }],
    database_specific: { severity: $sev },
    references: [{ type: "ADVISORY", url: ("https://nvd.nist.gov/vuln/detail/" + $id) }] }' > "$HOME/advisories/$1.json"
}
write() {
  case "$1" in
    CVE-2024-6387) osv "$1" 2024-07-01T00:00:00Z openssh OpenBSD 8.5p1 9.8p1 HIGH "regreSSHion: unauthenticated remote code execution in OpenSSH's server (sshd)" "A signal handler race condition in sshd allows an unauthenticated attacker to execute code as root on glibc-based Linux systems." ;;
    CVE-2024-5535) osv "$1" 2024-06-27T00:00:00Z openssl OpenSSL 3.0.0 3.0.15 MEDIUM "OpenSSL: SSL_select_next_proto buffer overread" "Calling SSL_select_next_proto with an empty supported client protocols buffer may cause a crash or memory contents to be sent to the peer." ;;
    CVE-2024-2398) osv "$1" 2024-03-27T00:00:00Z curl curl 7.44.0 8.7.0 MEDIUM "curl: HTTP/2 push headers memory leak" "When an application tells libcurl it wants to allow HTTP/2 server push and the amount of received headers exceeds the limit, libcurl leaks memory, leading to denial of service." ;;
    CVE-2024-3094) osv "$1" 2024-03-29T00:00:00Z xz "Debian" 5.6.0 5.6.2 CRITICAL "xz/liblzma: malicious code in upstream tarballs (backdoor)" "The upstream release tarballs of xz 5.6.0 and 5.6.1 contain obfuscated build instructions that modify liblzma and can allow unauthorised remote access through sshd." ;;
    CVE-2023-4863) osv "$1" 2023-09-12T00:00:00Z libwebp "Debian" 0.5.0 1.3.2 HIGH "libwebp: heap buffer overflow in the lossless decoder" "A crafted WebP image can cause an out-of-bounds write in libwebp, exploited in the wild through image viewers and browsers." ;;
    CVE-2021-44228) osv "$1" 2021-12-10T00:00:00Z log4j-core Maven 2.0-beta9 2.15.0 CRITICAL "Log4Shell: remote code execution in Apache Log4j 2 via JNDI lookups" "An attacker who can control log messages can make Log4j load and execute code from an LDAP server." ;;
    CVE-2023-38545) osv "$1" 2023-10-11T00:00:00Z curl curl 7.69.0 8.4.0 HIGH "curl: SOCKS5 heap buffer overflow" "A heap overflow in the SOCKS5 proxy handshake when the host name is longer than 255 bytes and curl resolves it remotely." ;;
    CVE-2022-37434) osv "$1" 2022-08-05T00:00:00Z zlib zlib 0 1.2.13 CRITICAL "zlib: heap buffer overflow in inflateGetHeader" "inflate() with a large gzip header extra field can overflow a heap buffer when the application calls inflateGetHeader." ;;
    CVE-2023-3817) osv "$1" 2023-07-31T00:00:00Z openssl OpenSSL 3.0.0 3.0.10 LOW "OpenSSL: excessive time spent checking DH q parameter value" "Checking excessively long DH keys or parameters may be very slow, which can lead to denial of service." ;;
  esac
}
for id in "$APPLIES" "$ABSENT" "$SAFE"; do write "$id"; done
cat > "$HOME/site-info.txt" <<INFO
Camera "camera" (serial $SERIAL): administrator $ADMIN_USER / $ADMIN_PASS
Monday, 08:05: your customer's security team forwards three advisories (~/advisories/*.json, OSV format)
and asks: "Are our cameras affected? What are you doing about it?" Answer in ~/triage/triage.txt.
Firmware releases from the vendor: /usr/local/share/cyberwall/firmware/
INFO
