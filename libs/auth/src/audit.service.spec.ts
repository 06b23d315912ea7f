import { auditChanges } from './audit.service';

describe('auditChanges', () => {
  it('keeps only the fields that changed', () => {
    const before = { id: '1', role: 'operator', displayName: '王丽', updatedAt: new Date('2026-01-01') };
    const after = { id: '1', role: 'civil_affairs', displayName: '王丽', updatedAt: new Date('2026-02-01') };
    expect(auditChanges(before, after)).toEqual({ before: { role: 'operator' }, after: { role: 'civil_affairs' } });
  });

  it('records a creation as its values, with secrets redacted', () => {
    expect(auditChanges(null, { username: 'wang', passwordHash: '$argon2id$...', idNumber: '330203195607121234' })).toEqual({
      after: { username: 'wang', passwordHash: '[redacted]', idNumber: '[redacted]' },
    });
  });

  it('shows that a password changed without showing either hash', () => {
    expect(auditChanges({ passwordHash: 'old' }, { passwordHash: 'new' })).toEqual({
      before: { passwordHash: '[redacted]' },
      after: { passwordHash: '[redacted]' },
    });
  });

  it('returns null when nothing changed', () => {
    expect(auditChanges({ a: 1, b: [1, 2] }, { a: 1, b: [1, 2] })).toBeNull();
  });

  it('compares dates by instant', () => {
    expect(auditChanges({ at: new Date('2026-01-01T00:00:00Z') }, { at: new Date('2026-01-01T00:00:00.000Z') })).toBeNull();
  });
});
