import type { TFunction } from 'i18next';
import { translateMessage } from '@web/lib/explain-api-error';
import { SERVICE_MESSAGES } from '@web/modules/services/utils/service-messages';
import { WAITLIST_MESSAGES } from './waitlist-messages';

const t = ((key: string, params?: object) => `${key}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`) as unknown as TFunction;

describe('the API\'s refusals in words', () => {
  it('knows the waiting list\'s (the messages of libs/admissions/src/waitlist.service.ts)', () => {
    const say = (message: string) => translateMessage(message, WAITLIST_MESSAGES, t);
    expect(say('2 applicant(s) wait ahead of this one; say why in skipReason to offer anyway')).toBe('waitlist.messages.skipAhead{"count":"2"}');
    expect(say('2 applicant(s) wait ahead')).toBe('waitlist.messages.skipAhead{"count":"2"}');
    expect(say('No offer without a current capability assessment (GB/T 42195-2022)')).toBe('waitlist.messages.noAssessment');
    expect(say('The application is suspended until 2027-05-11 after a declined offer')).toBe('waitlist.messages.suspended{"date":"2027-05-11"}');
    expect(say('The offer expired at 2026-05-11T00:00:00.000Z')).toBe('waitlist.messages.expired');
    expect(say('GB 38600 requires the nine safety risks assessed at admission (none recorded in the 30 days before)')).toBe('waitlist.messages.safetyRisks');
    expect(say('The application is withdrawn')).toBe('waitlist.messages.applicationState{"state":"waitlist.applicationStates.withdrawn"}');
    expect(say('something else entirely')).toBeNull();
  });

  it('knows the services\' (libs/services), naming the state in words', () => {
    const say = (message: string) => translateMessage(message, SERVICE_MESSAGES, t);
    expect(say('The slot is full')).toBe('services.messages.full');
    expect(say('The order is checked_in')).toBe('services.messages.orderState{"state":"services.orderStates.checked_in"}');
    expect(say('Too early: check-in opens two hours before 2026-05-11T03:30:00.000Z')).toBe('services.messages.tooEarlyCheckIn');
    expect(say('Too early: a no-show is marked once the slot has begun (2026-05-11T03:30:00.000Z)')).toBe('services.messages.tooEarlyNoShow');
    expect(say('the rule makes more than 400 slots: shorten the range')).toBe('services.messages.seriesTooMany');
  });
});
