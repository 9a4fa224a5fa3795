#!/usr/bin/env python3
"""An outside verifier for the academy's Open Badges 3.0 credentials, written against the specs, not
the academy's code: jwcrypto and PyJWT check the signature with the key the JOSE header names (resolved
through did.json and through jwks.json, which must agree), the OB 3.0 VC-JWT binding rules are checked
claim by claim, and the credential is validated against the OB 3.0 JSON schema (python3-jsonschema).
Baked PNG (iTXt "openbadgecredential") and SVG (openbadges:credential verify=...) inputs are unpacked
here too. Prints one JSON object; exit 0 = every check passed.

  verify_ob3.py --did did.json --jwks jwks.json --schema schema.json (--jwt F | --png F | --svg F) [--legacy]
"""
import argparse, base64, datetime, json, struct, sys, zlib
import xml.etree.ElementTree as ET

import jsonschema
import jwt as pyjwt
from jwcrypto import jwk, jws

OB_NS = "https://purl.imsglobal.org/ob/v3p0"


def from_png(data: bytes) -> str:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, found = 8, []
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length : pos + 12 + length])
        assert zlib.crc32(kind + body) == crc, f"bad CRC in {kind!r}"
        if kind == b"iTXt":
            keyword, rest = body.split(b"\x00", 1)
            if keyword == b"openbadgecredential":
                assert rest[0] == 0, "the chunk must not be compressed"
                _lang, _translated, text = rest[2:].split(b"\x00", 2)
                found.append(text.decode("utf-8"))
        pos += 12 + length
    assert len(found) == 1, f"{len(found)} openbadgecredential chunks (exactly one allowed)"
    return found[0]


def from_svg(data: bytes) -> str:
    root = ET.fromstring(data)
    assert root.tag == "{http://www.w3.org/2000/svg}svg", "not an SVG"
    elements = root.findall(f"{{{OB_NS}}}credential")
    assert len(elements) == 1, f"{len(elements)} openbadges:credential elements (exactly one allowed)"
    assert list(root)[0] is elements[0], "openbadges:credential must come directly after <svg>"
    return elements[0].attrib["verify"]


def b64json(part: str):
    return json.loads(base64.urlsafe_b64decode(part + "=" * (-len(part) % 4)))


def epoch(iso: str) -> float:
    return datetime.datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--did", required=True)
    ap.add_argument("--jwks", required=True)
    ap.add_argument("--schema", required=True)
    ap.add_argument("--jwt")
    ap.add_argument("--png")
    ap.add_argument("--svg")
    ap.add_argument("--legacy", action="store_true", help="issued before the binding rules: EdDSA, typ vc+jwt")
    a = ap.parse_args()
    report, problems = {}, []
    if a.png:
        token = from_png(open(a.png, "rb").read())
    elif a.svg:
        token = from_svg(open(a.svg, "rb").read())
    else:
        token = open(a.jwt).read().strip()
    header_b64, payload_b64, _sig = token.split(".")
    header, payload = b64json(header_b64), b64json(payload_b64)
    report["header"] = header

    if not a.legacy:
        extra = sorted(set(header) - {"alg", "kid", "jwk", "typ"})
        if extra:
            problems.append(f"JOSE header has {extra}: only alg, kid, jwk, typ are allowed")
        if header.get("typ", "JWT") != "JWT":
            problems.append(f"typ is {header.get('typ')!r}, must be 'JWT'")
        if header.get("alg") != "RS256":
            problems.append(f"alg is {header.get('alg')!r}, credentials must use RS256")

    # Resolve kid through did.json (DID URL -> verification method -> publicKeyJwk) and jwks.json.
    did = json.load(open(a.did))
    did_id, _, fragment = header["kid"].partition("#")
    if did_id != did["id"]:
        problems.append(f"kid {header['kid']} is not a key of {did['id']}")
    method = next((m for m in did["verificationMethod"] if m["id"] == header["kid"]), None)
    listed = next((k for k in json.load(open(a.jwks))["keys"] if k.get("kid") == header["kid"]), None)
    if not method or not listed:
        problems.append("kid not found in did.json and jwks.json")
        print(json.dumps({**report, "problems": problems}))
        return 1
    did_jwk = method["publicKeyJwk"]
    public_fields = ("kty", "crv", "x", "n", "e")
    report["keysAgree"] = all(did_jwk.get(f) == listed.get(f) for f in public_fields)
    if not report["keysAgree"]:
        problems.append("did.json and jwks.json publish different keys for this kid")
    if any(f in did_jwk or f in listed for f in ("d", "p", "q", "dp", "dq", "qi")):
        problems.append("a published JWK contains private key material")

    # Signature, twice, with two independent libraries.
    try:
        signed = jws.JWS()
        signed.deserialize(token)
        signed.verify(jwk.JWK(**{k: v for k, v in did_jwk.items() if k in public_fields}), alg=header["alg"])
        report["jwcrypto"] = "valid"
    except Exception as e:  # noqa: BLE001 - report any failure
        report["jwcrypto"] = f"invalid: {type(e).__name__}"
        problems.append("jwcrypto: signature invalid")
    try:
        key = pyjwt.PyJWK(listed).key
        pyjwt.decode(token, key, algorithms=[header["alg"]], options={"verify_aud": False, "verify_exp": False, "verify_nbf": False})
        report["pyjwt"] = "valid"
    except Exception as e:  # noqa: BLE001
        report["pyjwt"] = f"invalid: {type(e).__name__}"
        problems.append("PyJWT: signature invalid")

    vc = payload
    if not a.legacy:
        # OB 3.0 "Verify a Credential VC-JWT Signature".
        checks = {
            "iss = issuer.id": payload.get("iss") == vc["issuer"]["id"],
            "jti = id": payload.get("jti") == vc["id"],
            "sub = credentialSubject.id": "sub" in payload and payload["sub"] == vc["credentialSubject"].get("id"),
            "nbf = validFrom": payload.get("nbf") == epoch(vc["validFrom"]),
            "exp = validUntil": ("validUntil" not in vc and "exp" not in payload) or payload.get("exp") == epoch(vc["validUntil"]),
        }
        report["binding"] = checks
        problems += [f"binding: {name} fails" for name, ok in checks.items() if not ok]

    schema = json.load(open(a.schema))
    validator = jsonschema.Draft201909Validator(schema, format_checker=jsonschema.FormatChecker())
    errors = sorted(validator.iter_errors({k: v for k, v in vc.items() if k not in ("iss", "jti", "sub", "nbf", "exp", "iat")}), key=str)
    report["schemaErrors"] = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors]
    problems += [f"schema: {m}" for m in report["schemaErrors"]]
    report["problems"] = problems
    print(json.dumps(report))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
