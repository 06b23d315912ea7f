import { randomBytes } from 'node:crypto';
import { PersonalDataCipher } from './personal-data-cipher';

const key = () => randomBytes(32).toString('base64');

describe('PersonalDataCipher', () => {
  const hashKey = key();
  const old = `k2024:${key()}`;
  const current = `k2025:${key()}`;

  it('round-trips a value, and never stores it in the clear', () => {
    const cipher = new PersonalDataCipher(current, hashKey);
    const stored = cipher.encrypt('33020319560712123X', 'resident.id_number');
    expect(stored).toMatch(/^v1\.k2025\./);
    expect(stored).not.toContain('33020319560712123X');
    expect(cipher.decrypt(stored, 'resident.id_number')).toBe('33020319560712123X');
  });

  it('gives a different ciphertext each time (random IV)', () => {
    const cipher = new PersonalDataCipher(current, hashKey);
    expect(cipher.encrypt('13812345678', 'resident.phone')).not.toBe(cipher.encrypt('13812345678', 'resident.phone'));
  });

  it('refuses a value moved to another purpose or tampered with', () => {
    const cipher = new PersonalDataCipher(current, hashKey);
    const stored = cipher.encrypt('13812345678', 'resident.phone');
    expect(() => cipher.decrypt(stored, 'resident.id_number')).toThrow();
    const parts = stored.split('.');
    parts[4] = Buffer.from('00000000000').toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), 'resident.phone')).toThrow();
  });

  it('rotates keys: new values use the first key, old ones still decrypt', () => {
    const before = new PersonalDataCipher(old, hashKey).encrypt('value', 'p');
    const after = new PersonalDataCipher(`${current},${old}`, hashKey);
    expect(after.decrypt(before, 'p')).toBe('value');
    expect(after.keyIdOf(after.encrypt('value', 'p'))).toBe('k2025');
    expect(() => new PersonalDataCipher(current, hashKey).decrypt(before, 'p')).toThrow(/k2024/);
  });

  it('refuses a key ring that names one id twice', () => {
    expect(() => new PersonalDataCipher(`${current},${current.replace(/:.*/, ':')}${key()}`, hashKey)).toThrow(/twice/);
  });

  it('hashes deterministically per key and purpose', () => {
    const cipher = new PersonalDataCipher(current, hashKey);
    expect(cipher.hash('x', 'a')).toBe(cipher.hash('x', 'a'));
    expect(cipher.hash('x', 'a')).not.toBe(cipher.hash('x', 'b'));
    expect(new PersonalDataCipher(current, key()).hash('x', 'a')).not.toBe(cipher.hash('x', 'a'));
  });
});
