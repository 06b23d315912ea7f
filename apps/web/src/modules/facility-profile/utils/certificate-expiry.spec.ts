import { byUrgency, certificateStanding, daysBetween, mostUrgent } from './certificate-expiry';

describe('certificateStanding', () => {
  const today = '2026-12-07';
  it('marks a certificate expiring within 60 days, the last valid day included', () => {
    expect(certificateStanding('2027-02-05', today)).toEqual({ standing: 'expiring', daysLeft: 60 });
    expect(certificateStanding('2027-02-06', today)).toEqual({ standing: 'valid', daysLeft: 61 });
    expect(certificateStanding(today, today)).toEqual({ standing: 'expiring', daysLeft: 0 });
  });
  it('marks one past its last day expired, and one without an end permanent', () => {
    expect(certificateStanding('2026-12-06', today)).toEqual({ standing: 'expired', daysLeft: -1 });
    expect(certificateStanding(null, today)).toEqual({ standing: 'permanent', daysLeft: null });
  });
  it('counts days across a leap day and month ends', () => {
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-12-31', '2026-12-01')).toBe(-30);
  });
});

describe('urgency', () => {
  it('puts expired first, then expiring, then the rest', () => {
    expect(mostUrgent(['2030-01-01', '2026-12-20', null], '2026-12-07')).toBe('expiring');
    expect(mostUrgent([], '2026-12-07')).toBeNull();
    const people = [
      { name: 'a', standing: 'valid' as const },
      { name: 'b', standing: null },
      { name: 'c', standing: 'expired' as const },
      { name: 'd', standing: 'expiring' as const },
    ];
    expect(byUrgency(people, (person) => person.standing).map((person) => person.name)).toEqual(['c', 'd', 'a', 'b']);
  });
});
