/**
 * A backup protected by a password opens with that password and no other, says when the file was
 * changed, and is the standard construction it claims to be: Node's own crypto (an implementation
 * Flourish does not use) opens it from the parameters written in the file.
 */
import { createDecipheriv, pbkdf2Sync, createHash } from 'node:crypto';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MIN_ITERATIONS,
  isProtectedBackup,
  protectBackup,
  unprotectBackup,
} from '../../../lib/domain/backup/protect';

const BACKUP = JSON.stringify({
  format: 'flourish-backup',
  tables: { profile: [{ vision: 'Ein Team, das ohne mich entscheidet — und Abendessen um sieben 🌅' }] },
});
const PASSWORD = 'correct horse battery staple';

let file: string;
let envelope: Record<string, unknown> & { kdf: Record<string, unknown> };

beforeAll(async () => {
  file = await protectBackup(BACKUP, PASSWORD);
  envelope = JSON.parse(file) as typeof envelope;
});

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
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
    });
    expect(MIN_ITERATIONS).toBe(600_000);
    expect(Buffer.from(envelope.kdf.salt as string, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.iv as string, 'base64')).toHaveLength(12);
  });

  it('is opened by Node’s own PBKDF2, AES-256-GCM and gunzip from the parameters in the file', () => {
    const bits = pbkdf2Sync(
      PASSWORD,
      Buffer.from(envelope.kdf.salt as string, 'base64'),
      600_000,
      64,
      'sha256',
    );
    expect(createHash('sha256').update(bits.subarray(32)).digest('base64')).toBe(envelope.check);
    const sealed = Buffer.from(envelope.data as string, 'base64');
    const decipher = createDecipheriv(
      'aes-256-gcm',
      bits.subarray(0, 32),
      Buffer.from(envelope.iv as string, 'base64'),
    );
    decipher.setAAD(
      Buffer.from(
        JSON.stringify([
          'flourish-backup-protected',
          1,
          'AES-GCM',
          'gzip',
          'PBKDF2',
          'SHA-256',
          600_000,
          envelope.kdf.salt,
          envelope.iv,
          envelope.check,
        ]),
      ),
    );
    decipher.setAuthTag(sealed.subarray(-16));
    const packed = Buffer.concat([decipher.update(sealed.subarray(0, -16)), decipher.final()]);
    expect(gunzipSync(packed).toString('utf8')).toBe(BACKUP);
  });

  it('gets a fresh salt and nonce each time: the same backup never makes the same file', async () => {
    const again = JSON.parse(await protectBackup(BACKUP, PASSWORD)) as typeof envelope;
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

  it.each([
    ['not JSON', () => 'flourish'],
    ['fewer iterations than Flourish asks', () => withField('kdf', { ...envelope.kdf, iterations: 1000 })],
    ['a cipher Flourish does not use', () => withField('cipher', 'AES-CBC')],
    ['a newer format version', () => withField('formatVersion', 2)],
    ['data that is not base64', () => withField('data', 'not base64!')],
    ['a nonce of the wrong length', () => withField('iv', Buffer.alloc(16).toString('base64'))],
  ])('refuses %s as not a protected backup it can read, before deriving a key', async (_, text) => {
    expect(await unprotectBackup(text(), PASSWORD)).toEqual({ ok: false, reason: 'malformed' });
  });
});
