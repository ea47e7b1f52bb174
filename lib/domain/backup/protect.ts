/**
 * A backup protected by a password: the backup's JSON text, gzipped, then sealed with AES-GCM under
 * a key derived from the password by PBKDF2-SHA-256. WebCrypto does the cryptography (no library),
 * on a page, in the check's Web Worker and in Node alike.
 *
 * The file is a small JSON envelope that names everything needed to open it again (the salt, the
 * iteration count, the nonce), so a later Flourish can raise the iterations without losing older
 * files. PBKDF2 gives 256 bits, which HKDF-SHA-256 expands into two: the AES key and `check`,
 * stored in the file. A `check` that does not match means the password is wrong (or the salt,
 * iterations or check were changed, which look the same); a match whose data fails AES-GCM's
 * authentication means the file was changed. The check saves a guesser nothing: each guess still
 * pays the whole PBKDF2 derivation, as the leader does once. The rest of the header is bound to the
 * sealed data as AES-GCM's additional data. Passwords are compared in Unicode's NFC form, so "é"
 * typed on one system and pasted from another is the same password.
 */
import { base64ToBytes, bytesToBase64 } from './base64';
import { MAX_BACKUP_BYTES } from './schema';

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
  /** PBKDF2 gives the input key; HKDF expands it into the AES key and the check. */
  kdf: { name: 'PBKDF2'; hash: 'SHA-256'; iterations: number; salt: string; expand: 'HKDF-SHA-256' };
  iv: string;
  check: string;
}

export interface ProtectedFile extends ProtectedHeader {
  data: string;
}

export type Unprotected =
  | { ok: true; text: string }
  | { ok: false; reason: 'password' | 'changed' | 'malformed' }
  | { ok: false; reason: 'newer'; version: number };

const subtle = () => globalThis.crypto.subtle;
const encoder = new TextEncoder();

/** Bytes as an ArrayBuffer WebCrypto accepts (a view on a SharedArrayBuffer is refused). */
const buffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;

async function compress(bytes: Uint8Array): Promise<Uint8Array> {
  const piped = new Blob([buffer(bytes)]).stream().pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(piped).arrayBuffer());
}

/**
 * Unzips, stopping at `limit` bytes: a small file that unzips to gigabytes (sealed with a password
 * its maker chose) must not take the page's memory. Null past the limit.
 */
async function decompress(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  const reader = new Blob([buffer(bytes)]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const whole = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}

const KEY_INFO = encoder.encode('flourish-backup-protected aes-256-gcm key');
const CHECK_INFO = encoder.encode('flourish-backup-protected password check');

/** The AES key and the password check: PBKDF2 once, then HKDF for each. */
async function derive(password: string, salt: Uint8Array, iterations: number) {
  const material = await subtle().importKey(
    'raw',
    encoder.encode(password.normalize('NFC')),
    'PBKDF2',
    false,
    ['deriveBits'],
  );
  const input = await subtle().deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: buffer(salt), iterations },
    material,
    256,
  );
  const expandable = await subtle().importKey('raw', input, 'HKDF', false, ['deriveBits']);
  const expand = (info: Uint8Array) =>
    subtle().deriveBits(
      { name: 'HKDF', hash: 'SHA-256', salt: new ArrayBuffer(0), info: buffer(info) },
      expandable,
      256,
    );
  const key = await subtle().importKey('raw', await expand(KEY_INFO), 'AES-GCM', false, [
    'encrypt',
    'decrypt',
  ]);
  const check = bytesToBase64(new Uint8Array(await expand(CHECK_INFO)));
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
      kdf.expand,
      iv,
      check,
    ]),
  );
}

/** Seals a backup's JSON text under `password`; resolves with the protected file's JSON text. */
export async function protectBackup(text: string, password: string): Promise<string> {
  // A fresh salt (so a fresh key) and nonce for every file.
  const salt = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const iv = globalThis.crypto.getRandomValues(new Uint8Array(12));
  const iterations = MIN_ITERATIONS;
  const { key, check } = await derive(password, salt, iterations);
  const header: ProtectedHeader = {
    format: PROTECTED_FORMAT,
    formatVersion: PROTECTED_FORMAT_VERSION,
    cipher: 'AES-GCM',
    compression: 'gzip',
    kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations, salt: bytesToBase64(salt), expand: 'HKDF-SHA-256' },
    iv: bytesToBase64(iv),
    check,
  };
  const packed = await compress(encoder.encode(text));
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

/**
 * The format version a protected file's opening names, if newer than this Flourish reads (before
 * asking for a password that could not help).
 */
export function newerProtectedVersion(text: string): number | null {
  const version = /"formatVersion"\s*:\s*(\d+)/.exec(text.slice(0, 200))?.[1];
  return version !== undefined && Number(version) > PROTECTED_FORMAT_VERSION ? Number(version) : null;
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

/**
 * The envelope, if each of its fields is what this version writes; why not otherwise: a newer
 * format version (with its number), or not a protected backup this version can read.
 */
function readEnvelope(text: string): Envelope | { newer: number } | null {
  let file: Record<string, unknown>;
  try {
    file = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return null;
  }
  if (typeof file.formatVersion === 'number' && file.formatVersion > PROTECTED_FORMAT_VERSION) {
    return { newer: file.formatVersion };
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
    kdf.expand === 'HKDF-SHA-256' &&
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

/**
 * Opens a protected backup with `password`: its JSON text, or why not: the password is not the
 * one it was protected with, the file was changed after it was made, a newer Flourish made it, or
 * it is not a protected backup this Flourish can read (nor one that unzips to more than a backup
 * can hold).
 */
export async function unprotectBackup(
  text: string,
  password: string,
  limit: number = MAX_BACKUP_BYTES,
): Promise<Unprotected> {
  const envelope = readEnvelope(text);
  if (!envelope) return { ok: false, reason: 'malformed' };
  if ('newer' in envelope) return { ok: false, reason: 'newer', version: envelope.newer };
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
    const bytes = await decompress(new Uint8Array(packed), limit);
    if (!bytes) return { ok: false, reason: 'malformed' };
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    // Authenticated, yet not gzipped text: made by something other than Flourish.
    return { ok: false, reason: 'malformed' };
  }
}
