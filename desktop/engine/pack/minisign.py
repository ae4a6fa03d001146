"""minisign's file formats (https://jedisct1.github.io/minisign/), read and written in Python,
verified and signed with PyNaCl (libsodium's Ed25519; no OpenSSL).

- public key: an `untrusted comment:` line, then base64 of "Ed" + key id (8 bytes) + the
  Ed25519 public key (32 bytes);
- secret key: the same comment line, then base64 of "Ed" + kdf ("\\0\\0" unencrypted, or "Sc"
  scrypt) + "B2" + salt (32) + opslimit (8) + memlimit (8) + [key id (8) + secret key (64) +
  BLAKE2b-256 checksum (32)], the bracket XORed with the scrypt stream when encrypted;
- signature: an `untrusted comment:` line; base64 of "Ed" (the file signed as it is) or "ED"
  (its BLAKE2b-512 signed: what minisign 0.11 writes by default) + key id + signature (64);
  `trusted comment: ...`; base64 of the global signature over signature + trusted comment.

A key's fingerprint is its key id as minisign prints it: 16 hexadecimal digits.
"""

from __future__ import annotations

import base64
import binascii
import hashlib

from ..record import record

ED, ED_PREHASHED = b"Ed", b"ED"
UNTRUSTED = "untrusted comment: "
TRUSTED = "trusted comment: "
MAX_FILE = 4096  # a key or a signature file is a few hundred bytes


class MinisignError(Exception):
    """A key or signature file that is not minisign's format, or a signature that does not verify."""


@record
class PublicKey:
    key_id: bytes  # 8 bytes
    key: bytes  # 32 bytes
    comment: str = ""

    @property
    def fingerprint(self) -> str:
        return key_id_text(self.key_id)


@record
class SecretKey:
    key_id: bytes
    seed: bytes  # the Ed25519 seed (32 bytes); libsodium's secret key is seed + public key

    def public(self) -> PublicKey:
        from nacl.signing import SigningKey

        return PublicKey(self.key_id, bytes(SigningKey(self.seed).verify_key))


@record
class Signature:
    algorithm: bytes  # ED or ED_PREHASHED
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes
    untrusted_comment: str = ""


def key_id_text(key_id: bytes) -> str:
    """minisign prints the key id as a little-endian 64-bit number in hexadecimal."""
    return key_id[::-1].hex().upper()


def _text_lines(data: bytes, what: str) -> list[str]:
    if len(data) > MAX_FILE:
        raise MinisignError(f"{what}: too large to be a minisign file")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise MinisignError(f"{what}: not UTF-8 text") from None
    return [line.rstrip("\r") for line in text.split("\n")]


def _b64(line: str, size: int, what: str) -> bytes:
    try:
        raw = base64.b64decode(line.strip(), validate=True)
    except (binascii.Error, ValueError):
        raise MinisignError(f"{what}: not base64") from None
    if len(raw) != size:
        raise MinisignError(f"{what}: {len(raw)} bytes where minisign has {size}")
    return raw


def read_public_key(data: bytes, what: str = "public key") -> PublicKey:
    """A .pub file's bytes, or the bare base64 line `minisign -G` prints."""
    lines = [line for line in _text_lines(data, what) if line.strip()]
    comment = ""
    if lines and lines[0].startswith(UNTRUSTED):
        comment = lines.pop(0)[len(UNTRUSTED):]
    if len(lines) != 1:
        raise MinisignError(f"{what}: expected one line of base64 after the comment")
    raw = _b64(lines[0], 42, what)
    if raw[:2] != ED:
        raise MinisignError(f"{what}: not an Ed25519 minisign key")
    return PublicKey(raw[2:10], raw[10:], comment)


def public_key_text(key: PublicKey) -> str:
    body = base64.b64encode(ED + key.key_id + key.key).decode("ascii")
    return f"{UNTRUSTED}minisign public key {key.fingerprint}\n{body}\n"


def read_secret_key(data: bytes, password: bytes | None = None, what: str = "secret key") -> SecretKey:
    lines = [line for line in _text_lines(data, what) if line.strip()]
    if lines and lines[0].startswith(UNTRUSTED):
        lines.pop(0)
    if len(lines) != 1:
        raise MinisignError(f"{what}: expected one line of base64 after the comment")
    raw = _b64(lines[0], 158, what)
    algorithm, kdf, checksum_alg = raw[:2], raw[2:4], raw[4:6]
    if algorithm != ED or checksum_alg != b"B2":
        raise MinisignError(f"{what}: not an Ed25519 minisign secret key")
    salt, ops, mem, sealed = raw[6:38], raw[38:46], raw[46:54], raw[54:]
    if kdf == b"Sc":
        if password is None:
            raise MinisignError(f"{what}: the key is encrypted: give its password (OVCF_PACK_KEY_PASSWORD)")
        from nacl.pwhash import scrypt

        stream = scrypt.kdf(len(sealed), password, salt, int.from_bytes(ops, "little"), int.from_bytes(mem, "little"))
        sealed = bytes(a ^ b for a, b in zip(sealed, stream, strict=True))
    elif kdf != b"\0\0":
        raise MinisignError(f"{what}: unknown key encryption")
    key_id, secret, checksum = sealed[:8], sealed[8:72], sealed[72:]
    unchecked = kdf == b"\0\0" and checksum == bytes(32)  # minisign 0.11 -W writes no checksum
    if not unchecked and hashlib.blake2b(algorithm + key_id + secret, digest_size=32).digest() != checksum:
        raise MinisignError(f"{what}: wrong password or damaged key (checksum mismatch)")
    key = SecretKey(key_id, secret[:32])
    if key.public().key != secret[32:]:
        raise MinisignError(f"{what}: damaged key (its two halves do not match)")
    return key


def secret_key_text(key: SecretKey) -> str:
    """An unencrypted secret key file (what `minisign -G -W` writes): keep it out of the repository."""
    public = key.public().key
    secret = key.seed + public
    checksum = hashlib.blake2b(ED + key.key_id + secret, digest_size=32).digest()
    raw = ED + b"\0\0" + b"B2" + bytes(48) + key.key_id + secret + checksum
    return f"{UNTRUSTED}minisign secret key\n{base64.b64encode(raw).decode('ascii')}\n"


def generate_key() -> SecretKey:
    import os

    return SecretKey(os.urandom(8), os.urandom(32))


def read_signature(data: bytes, what: str = "signature") -> Signature:
    lines = _text_lines(data, what)
    while lines and not lines[-1].strip():
        lines.pop()
    if len(lines) != 4 or not lines[0].startswith(UNTRUSTED) or not lines[2].startswith(TRUSTED):
        raise MinisignError(f"{what}: not a minisign signature (4 lines: comment, signature, trusted comment, "
                            "global signature)")
    raw = _b64(lines[1], 74, what)
    if raw[:2] not in (ED, ED_PREHASHED):
        raise MinisignError(f"{what}: unknown signature algorithm")
    return Signature(raw[:2], raw[2:10], raw[10:], lines[2][len(TRUSTED):], _b64(lines[3], 64, what),
                     lines[0][len(UNTRUSTED):])


def signature_text(sig: Signature) -> str:
    return (f"{UNTRUSTED}{sig.untrusted_comment}\n"
            f"{base64.b64encode(sig.algorithm + sig.key_id + sig.signature).decode('ascii')}\n"
            f"{TRUSTED}{sig.trusted_comment}\n{base64.b64encode(sig.global_signature).decode('ascii')}\n")


def _signed_message(algorithm: bytes, message: bytes) -> bytes:
    return hashlib.blake2b(message).digest() if algorithm == ED_PREHASHED else message


def sign(message: bytes, key: SecretKey, trusted_comment: str, prehash: bool = True,
         untrusted_comment: str = "signature from OVCF Pathway") -> Signature:
    from nacl.signing import SigningKey

    if "\n" in trusted_comment or "\r" in trusted_comment:
        raise MinisignError("a trusted comment is one line")
    signer = SigningKey(key.seed)
    algorithm = ED_PREHASHED if prehash else ED
    signature = signer.sign(_signed_message(algorithm, message)).signature
    global_signature = signer.sign(signature + trusted_comment.encode("utf-8")).signature
    return Signature(algorithm, key.key_id, signature, trusted_comment, global_signature, untrusted_comment)


def verify(message: bytes, sig: Signature, key: PublicKey) -> None:
    """Raise MinisignError unless `sig` is `key`'s signature of `message` and of its trusted comment."""
    if sig.key_id != key.key_id:
        raise MinisignError(f"signed with key {key_id_text(sig.key_id)}, not {key.fingerprint}")
    if not ed25519_valid(sig.signature, _signed_message(sig.algorithm, message), key.key):
        raise MinisignError("the signature does not match the signed file")
    if not ed25519_valid(sig.global_signature, sig.signature + sig.trusted_comment.encode("utf-8"), key.key):
        raise MinisignError("the trusted comment has been altered")


def ed25519_valid(signature: bytes, message: bytes, public_key: bytes) -> bool:
    """Whether `signature` is `public_key`'s Ed25519 signature of `message`: libsodium's
    crypto_sign_open, called as PyNaCl's VerifyKey.verify calls it, but through PyNaCl's libsodium
    module alone (nacl.signing imports all of PyNaCl's bindings: ~8 ms of every start)."""
    from nacl._sodium import ffi, lib  # type: ignore[import-not-found]  # cffi module: no stubs

    if len(signature) != 64 or len(public_key) != 32:  # what libsodium reads: never past a shorter buffer
        return False
    if ffi.init_once(lib.sodium_init, "libsodium") == -1:  # as nacl.bindings does, once per process
        raise MinisignError("libsodium could not be initialised")
    signed = signature + message
    opened = ffi.new("unsigned char[]", len(signed))
    opened_length = ffi.new("unsigned long long *")
    return bool(lib.crypto_sign_open(opened, opened_length, signed, len(signed), public_key) == 0)
