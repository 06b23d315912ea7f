import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

const VERSION = 'v1';

interface Key {
  id: string;
  secret: Buffer;
}

/**
 * Personal data at rest (身份证 numbers, phones): AES-256-GCM with a random 96-bit IV per value, the key id stored
 * with the ciphertext so keys can rotate (the first configured key encrypts, every configured key decrypts), and
 * the purpose bound in as additional data so a value cannot be moved to another column. Values are found by an
 * HMAC-SHA256 of the normalised plaintext under a separate key, never by decrypting.
 *
 * Stored form: `v1.<keyId>.<iv>.<tag>.<ciphertext>` (base64url parts).
 */
export class PersonalDataCipher {
  private readonly keys: Key[];
  private readonly hashKey: Buffer;

  constructor(encryptionKeys: string, hashKey: string) {
    this.keys = encryptionKeys.split(',').map((pair) => {
      const [id, secret] = pair.split(':');
      const key = Buffer.from(secret, 'base64');
      if (key.length !== 32) throw new Error(`Encryption key ${id} is not 32 bytes`);
      return { id, secret: key };
    });
    const ids = this.keys.map((key) => key.id);
    if (new Set(ids).size !== ids.length) throw new Error('DATA_ENCRYPTION_KEYS names a key id twice');
    this.hashKey = Buffer.from(hashKey, 'base64');
    if (this.hashKey.length < 32) throw new Error('DATA_HASH_KEY is shorter than 32 bytes');
  }

  get currentKeyId(): string {
    return this.keys[0].id;
  }

  encrypt(plaintext: string, purpose: string): string {
    const key = this.keys[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key.secret, iv);
    cipher.setAAD(Buffer.from(purpose));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return [VERSION, key.id, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
  }

  decrypt(stored: string, purpose: string): string {
    const [version, keyId, iv, tag, ciphertext] = stored.split('.');
    if (version !== VERSION) throw new Error(`Unknown ciphertext version ${version}`);
    const key = this.keys.find((candidate) => candidate.id === keyId);
    if (!key) throw new Error(`No configured key ${keyId} for this value: keep retired keys in DATA_ENCRYPTION_KEYS until re-encrypted`);
    const decipher = createDecipheriv('aes-256-gcm', key.secret, Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(purpose));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
  }

  /** The key a stored value was encrypted with (to find values that still need the new key). */
  keyIdOf(stored: string): string {
    return stored.split('.')[1];
  }

  /** Keyed hash for lookups and uniqueness; callers normalise the value first (e.g. upper-case X). */
  hash(value: string, purpose: string): string {
    return createHmac('sha256', this.hashKey).update(`${purpose}\u0000${value}`).digest('hex');
  }
}
