import { readRegions } from './regions';
import { buildWorkforce } from './workforce';

describe('the demo\'s trainings and community social workers', () => {
  const regions = readRegions();
  const { trainings, workers } = buildWorkforce(regions, '2026-11-30');
  const inNingbo = (code: string) => code.startsWith('3302');
  const plan = trainings.filter((t) => inNingbo(t.regionCode) && t.trainedOn >= '2021-01-01' && t.trainedOn <= '2025-12-31');

  it('comes near 宁波市\'s 2021–2025 training targets', () => {
    const family = plan.filter((t) => t.courseType === 'family_caregiver' && t.free).length;
    const caregivers = plan.filter((t) => t.courseType === 'caregiver').length;
    const managers = new Set(plan.filter((t) => t.courseType === 'manager').map((t) => t.trainee.idNumber)).size;
    expect(family).toBeGreaterThan(27_000);
    expect(caregivers).toBeGreaterThan(9_000);
    expect(managers).toBeGreaterThan(250);
  });

  it('has 舟山市\'s community social workers near 1:450 at the end of 2025, with periods in order', () => {
    const serving = workers.filter((w) => w.regionCode.startsWith('3309') && w.startedOn <= '2025-12-31' && (w.endedOn === null || w.endedOn > '2025-12-31')).length;
    expect(288_093 / serving).toBeGreaterThan(430);
    expect(288_093 / serving).toBeLessThan(470);
    expect(workers.every((w) => w.endedOn === null || w.endedOn > w.startedOn)).toBe(true);
    expect(trainings.every((t) => t.trainedOn <= '2026-11-30')).toBe(true);
  });
});
