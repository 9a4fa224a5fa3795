#!/bin/bash
cd /home/learner/evidence
edited=$(grep -o 'edited: incident-[A-D]' findings.txt | cut -d' ' -f2)
removed=$(grep -o 'removed: incident-[A-D]' findings.txt | cut -d' ' -f2)
cat > court.txt <<TEXT
Every clip from this camera carries a digital signature made by the camera itself when it recorded.
The signature proves the integrity of the footage: the frames of a valid clip are unaltered since
recording. It also proves which device signed it: the certificate names serial $SERIAL and chains
to the manufacturer's root certificate.
Two of the four VMS exports fail that test: $edited has frames whose content was changed, and
$removed has a second of footage removed. The originals exported from the camera are intact.
The signature does not prove that the camera's clock was correct, what happened outside the picture,
whether the scene was staged, or who the people in it are.
TEXT
