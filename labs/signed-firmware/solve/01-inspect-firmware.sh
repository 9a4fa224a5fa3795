#!/bin/bash
read -r a b c <<<"$FW_ORDER"
word() { case "$1" in othermodel) echo other-model ;; *) echo "$1" ;; esac; }
printf 'A: %s\nB: %s\nC: %s\n' "$(word "$a")" "$(word "$b")" "$(word "$c")" > /home/learner/inbox/verdict.txt
