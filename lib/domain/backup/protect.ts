/**
 * A backup protected by a password: the backup's JSON text, gzipped, then sealed with AES-GCM under
 * a key derived from the password by PBKDF2-SHA-256. WebCrypto does the cryptography (no library),
 * on a page, in the check's Web Worker and in Node alike.
 *
 * The file is a small JSON envelope that names everything needed to open it again (the salt, the
 * iteration count, the nonce), so a later Flourish can raise the iterations without losing older
 * files. PBKDF2 gives 512 bits: the first half is the AES key, the second half's SHA-256 is stored
 * as `check`. A wrong password is told by `check` before anything is decrypted; a right password
 * whose data fails AES-GCM's authentication means the file was changed. The check costs a guesser
 * nothing: every guess still pays the full key derivation. The envelope's header is bound to the
 * sealed data as AES-GCM's additional data, so changing a parameter is caught as a change.
 */
import { base64ToBytes, bytesToBase64 } from './base64';

export const PROTECTED_FORMAT = 'flourish-backup-protected';
export const PROTECTED_FORMAT_VERSION = 1;
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA-256; files may say more, never less. */
export const MIN_ITERATIONS = 600_000;
/** Far above any sensible count: a file asking for more would hang the page deriving a key. */
const MAX_ITERATIONS = 10_000_000;
/** A password shorter than this is refused when a backup is protected. */
export const MIN_PASSWORD_LENGTH = 8;

/** What the envelope says, apart from the sealed data; all of it is authenticated. */
export interface ProtectedHeader {
  format: typeof PROTECTED_FORMAT;
  formatVersion: typeof PROTECTED_FORMAT_VERSION;
  cipher: 'AES-GCM';
  compression: 'gzip';
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string };
  iv: string;
  check: string;
}

export interface ProtectedFile extends ProtectedHeader {
  data: string;
}

export type Unprotected =
  { ok: true; text: string } | { ok: false; reason: 'password' | 'changed' | 'malformed' };

/** A fixed salt and nonce, for tests that compare files byte for byte; fresh random ones otherwise. */
export interface ProtectOptions {
  salt?: Uint8Array;
  iv?: Uint8Array;
}

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

/** Bytes as an ArrayBuffer WebCrypto accepts (a view on a SharedArrayBuffer is refused). */
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

async function transform(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): Promise<Uint8Array> {
  const piped = new Blob([buffer(bytes)]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/** The AES key and the password check, both from one PBKDF2 derivation. */
async function derive(password: string, salt: Uint8Array, iterations: number) {
  const material = await subtle().importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveBits']);
  const bits = new Uint8Array(
    await subtle().deriveBits(
      { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
      material,
      512,
    ),
  );
  const key = await subtle().importKey('raw', bits.slice(0, 32), 'AES-GCM', false, ['encrypt', 'decrypt']);
  const check = bytesToBase64(new Uint8Array(await subtle().digest('SHA-256', bits.slice(32))));
  return { key, check };
}

/** The header's fields in a fixed order: the additional data AES-GCM authenticates. */
function associatedData(header: ProtectedHeader): Uint8Array {
  const { format, formatVersion, cipher, compression, kdf, iv, check } = header;
  return encoder.encode(
    JSON.stringify([
      format,
      formatVersion,
      cipher,
      compression,
      kdf.name,
      kdf.hash,
      kdf.iterations,
      kdf.salt,
      iv,
      check,
    ]),
  );
}

/** Seals a backup's JSON text under `password`; resolves with the protected file's JSON text. */
export async function protectBackup(
  text: string,
  password: string,
  options: ProtectOptions = {},
): Promise<string> {
  const salt = options.salt ?? globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = options.iv ?? globalThis.crypto.getRandomValues(new Uint8Array(12));
  const iterations = MIN_ITERATIONS;
  const { key, check } = await derive(password, salt, iterations);
  const header: ProtectedHeader = {
    format: PROTECTED_FORMAT,
    formatVersion: PROTECTED_FORMAT_VERSION,
    cipher: 'AES-GCM',
    compression: 'gzip',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt) },
    iv: bytesToBase64(iv),
    check,
  };
  const packed = await transform(encoder.encode(text), new CompressionStream('gzip'));
  const sealed = await subtle().encrypt(
    { name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(associatedData(header)) },
    key,
    buffer(packed),
  );
  return JSON.stringify({ ...header, data: bytesToBase64(new Uint8Array(sealed)) } satisfies ProtectedFile);
}

/** Whether a file's text is a protected backup (by its opening, without parsing all of it). */
export function isProtectedBackup(text: string): boolean {
  return /^\s*\{\s*"format"\s*:\s*"flourish-backup-protected"/.test(text.slice(0, 200));
}

/** The envelope's parameters and sealed data as bytes. */
interface Envelope {
  header: ProtectedHeader;
  salt: Uint8Array;
  iv: Uint8Array;
  sealed: Uint8Array;
}

const bytesOf = (value: unknown): Uint8Array | null =>
  typeof value === 'string' && value.length > 0 ? base64ToBytes(value) : null;

/** The envelope, if each of its fields is what this version writes; null otherwise. */
function readEnvelope(text: string): Envelope | null {
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  const kdf = file.kdf as Record<string, unknown> | undefined;
  const iterations = kdf?.iterations;
  const known =
    file.format === PROTECTED_FORMAT &&
    file.formatVersion === PROTECTED_FORMAT_VERSION &&
    file.cipher === 'AES-GCM' &&
    file.compression === 'gzip' &&
    kdf?.name === 'PBKDF2' &&
    kdf.hash === 'SHA-256' &&
    typeof iterations === 'number' &&
    Number.isInteger(iterations) &&
    iterations >= MIN_ITERATIONS &&
    iterations <= MAX_ITERATIONS &&
    typeof file.check === 'string';
  if (!known) return null;
  const salt = bytesOf(kdf.salt);
  const iv = bytesOf(file.iv);
  const sealed = bytesOf(file.data);
  if (!salt || !iv || iv.length !== 12 || !sealed) return null;
  const { data: _data, ...header } = file as unknown as ProtectedFile;
  return { header, salt, iv, sealed };
}

/** The newer format version a protected file says it is in, if it is newer than this Flourish reads. */
export function newerProtectedVersion(text: string): number | null {
  try {
    const version = (JSON.parse(text) as { formatVersion?: unknown }).formatVersion;
    return typeof version === 'number' && version > PROTECTED_FORMAT_VERSION ? version : null;
  } catch {
    return null;
  }
}

/**
 * Opens a protected backup with `password`: its JSON text, or why not: the password is not the
 * one it was protected with, the file was changed after it was made, or it is not a protected
 * backup this Flourish can read.
 */
export async function unprotectBackup(text: string, password: string): Promise<Unprotected> {
  const envelope = readEnvelope(text);
  if (!envelope) return { ok: false, reason: 'malformed' };
  const { header, salt, iv, sealed } = envelope;
  const { key, check } = await derive(password, salt, header.kdf.iterations);
  if (check !== header.check) return { ok: false, reason: 'password' };
  let packed: ArrayBuffer;
  try {
    packed = await subtle().decrypt(
      { name: 'AES-GCM', iv: buffer(iv), additionalData: buffer(associatedData(header)) },
      key,
      buffer(sealed),
    );
  } catch {
    return { ok: false, reason: 'changed' };
  }
  try {
    const bytes = await transform(new Uint8Array(packed), new DecompressionStream('gzip'));
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Authenticated, yet not gzipped text: made by something other than Flourish.
    return { ok: false, reason: 'malformed' };
  }
}
