/**
 * A backup protected by a password opens with that password and no other, says when the file was
 * changed, and is the standard construction it claims to be: Node's own crypto (an implementation
 * Flourish does not use) opens Flourish's files and makes files Flourish opens, from the parameters
 * the file names.
 */
import { createCipheriv, createDecipheriv, hkdfSync, pbkdf2Sync, randomBytes } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MIN_ITERATIONS,
  isProtectedBackup,
  newerProtectedVersion,
  protectBackup,
  unprotectBackup,
} from '../../../lib/domain/backup/protect';

const BACKUP = JSON.stringify({
  format: 'flourish-backup',
  tables: { profile: [{ vision: 'Ein Team, das ohne mich entscheidet — und Abendessen um sieben 🌅' }] },
});
const PASSWORD = 'correct horse battery staple';

type Envelope = Record<string, unknown> & { kdf: Record<string, unknown> };
let file: string;
let envelope: Envelope;

beforeAll(async () => {
  file = await protectBackup(BACKUP, PASSWORD);
  envelope = JSON.parse(file) as Envelope;
});

/** The key and check as the format defines them: PBKDF2-SHA-256 to 32 bytes, HKDF-SHA-256 for each. */
function nodeKeys(password: string, salt: Buffer) {
  const input = pbkdf2Sync(password.normalize('NFC'), salt, 600_000, 32, 'sha256');
  const expand = (info: string) => Buffer.from(hkdfSync('sha256', input, Buffer.alloc(0), info, 32));
  return {
    key: expand('flourish-backup-protected aes-256-gcm key'),
    check: expand('flourish-backup-protected password check').toString('base64'),
  };
}

/** The header's additional data, written out from the format's description. */
const aad = (salt: string, iv: string, check: string) =>
  Buffer.from(
    JSON.stringify([
      'flourish-backup-protected',
      1,
      'AES-GCM',
      'gzip',
      'PBKDF2',
      'SHA-256',
      600_000,
      salt,
      'HKDF-SHA-256',
      iv,
      check,
    ]),
  );

/** A protected file made by Node's crypto alone, holding `plain` gzipped. */
function sealWithNode(plain: Buffer, password: string): string {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const { key, check } = nodeKeys(password, salt);
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  cipher.setAAD(aad(salt.toString('base64'), iv.toString('base64'), check));
  const sealed = Buffer.concat([cipher.update(gzipSync(plain)), cipher.final(), cipher.getAuthTag()]);
  return JSON.stringify({
    format: 'flourish-backup-protected',
    formatVersion: 1,
    cipher: 'AES-GCM',
    compression: 'gzip',
    kdf: {
      name: 'PBKDF2',
      hash: 'SHA-256',
      iterations: 600_000,
      salt: salt.toString('base64'),
      expand: 'HKDF-SHA-256',
    },
    iv: iv.toString('base64'),
    check,
    data: sealed.toString('base64'),
  });
}

/** The file with one field replaced. */
const withField = (field: string, value: unknown) => JSON.stringify({ ...envelope, [field]: value });
/** A base64 field with its first byte flipped. */
function flipped(base64: string): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[0] = bytes[0]! ^ 0xff;
  return bytes.toString('base64');
}

describe('a password-protected backup', () => {
  it('opens with its password, every character of the backup as it was', async () => {
    expect(await unprotectBackup(file, PASSWORD)).toEqual({ ok: true, text: BACKUP });
  });

  it('holds none of the backup in the clear, and says how it was sealed', () => {
    expect(file).not.toContain('Abendessen');
    expect(file).not.toContain('profile');
    expect(isProtectedBackup(file)).toBe(true);
    expect(isProtectedBackup(BACKUP)).toBe(false);
    expect(envelope).toMatchObject({
      format: 'flourish-backup-protected',
      formatVersion: 1,
      cipher: 'AES-GCM',
      compression: 'gzip',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000, expand: 'HKDF-SHA-256' },
    });
    expect(MIN_ITERATIONS).toBe(600_000);
    expect(Buffer.from(envelope.kdf.salt as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.iv as string, 'base64')).toHaveLength(12);
  });

  it('is opened by Node’s own PBKDF2, HKDF, AES-256-GCM and gunzip from the parameters in the file', () => {
    const { key, check } = nodeKeys(PASSWORD, Buffer.from(envelope.kdf.salt as string, 'base64'));
    expect(check).toBe(envelope.check);
    const sealed = Buffer.from(envelope.data as string, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(envelope.iv as string, 'base64'));
    decipher.setAAD(aad(envelope.kdf.salt as string, envelope.iv as string, envelope.check as string));
    decipher.setAuthTag(sealed.subarray(-16));
    const packed = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]);
    expect(gunzipSync(packed).toString('utf8')).toBe(BACKUP);
  });

  it('opens a file Node’s crypto made the same way', async () => {
    const made = sealWithNode(Buffer.from(BACKUP), PASSWORD);
    expect(await unprotectBackup(made, PASSWORD)).toEqual({ ok: true, text: BACKUP });
  });

  it('takes a password typed with another Unicode form of “é” as the same password', async () => {
    const composed = await protectBackup(BACKUP, 'caf\u00e9 au lait');
    expect(await unprotectBackup(composed, 'cafe\u0301 au lait')).toEqual({ ok: true, text: BACKUP });
  });

  it('gets a fresh salt and nonce each time: the same backup never makes the same file', async () => {
    const again = JSON.parse(await protectBackup(BACKUP, PASSWORD)) as Envelope;
    expect(again.kdf.salt).not.toBe(envelope.kdf.salt);
    expect(again.iv).not.toBe(envelope.iv);
    expect(again.data).not.toBe(envelope.data);
  });

  it('does not open with another password, and says it is the password', async () => {
    expect(await unprotectBackup(file, 'Correct horse battery staple')).toEqual({
      ok: false,
      reason: 'password',
    });
  });

  it('cannot tell a changed salt from a wrong password: either way the password does not open it', async () => {
    expect(
      await unprotectBackup(
        withField('kdf', { ...envelope.kdf, salt: flipped(envelope.kdf.salt as string) }),
        PASSWORD,
      ),
    ).toEqual({ ok: false, reason: 'password' });
  });

  it('says the file was changed when its data was, even with the right password', async () => {
    expect(await unprotectBackup(withField('data', flipped(envelope.data as string)), PASSWORD)).toEqual({
      ok: false,
      reason: 'changed',
    });
  });

  it('says the file was changed when its nonce was', async () => {
    expect(await unprotectBackup(withField('iv', flipped(envelope.iv as string)), PASSWORD)).toEqual({
      ok: false,
      reason: 'changed',
    });
  });

  it('stops unzipping at the limit: a small file that unzips to more than a backup can hold is refused', async () => {
    const bomb = sealWithNode(Buffer.alloc(3 * 1024 * 1024, 0x20), PASSWORD);
    expect(bomb.length).toBeLessThan(20_000);
    expect(await unprotectBackup(bomb, PASSWORD, 1024 * 1024)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('says a newer Flourish made it, by the version its opening names', async () => {
    const newer = withField('formatVersion', 2);
    expect(newerProtectedVersion(newer)).toBe(2);
    expect(newerProtectedVersion(file)).toBeNull();
    expect(await unprotectBackup(newer, PASSWORD)).toEqual({ ok: false, reason: 'newer', version: 2 });
  });

  it.each([
    ['not JSON', () => 'flourish'],
    ['fewer iterations than Flourish asks', () => withField('kdf', { ...envelope.kdf, iterations: 1000 })],
    ['a cipher Flourish does not use', () => withField('cipher', 'AES-CBC')],
    ['a key expansion Flourish does not use', () => withField('kdf', { ...envelope.kdf, expand: 'none' })],
    ['data that is not base64', () => withField('data', 'not base64!')],
    ['a nonce of the wrong length', () => withField('iv', Buffer.alloc(16).toString('base64'))],
  ])('refuses %s as not a protected backup it can read', async (_, text) => {
    expect(await unprotectBackup(text(), PASSWORD)).toEqual({ ok: false, reason: 'malformed' });
  });
});
