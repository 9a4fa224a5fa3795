# Cyberwall lab workstation
export CYBERWALL_SHARE=/usr/local/share/cyberwall
export PS1='\u@\h:\w\$ '
