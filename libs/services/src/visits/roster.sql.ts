/**
 * Who is on the visiting roster: people 60 and over living alone, empty-nest or left behind, at home (not staying in
 * a facility). The stay table is admissions'; services may not import that lib's internals, and admissions exports no
 * fragment for "staying on a date" yet, so the probe is written here.
 */
export const ON_ROSTER = (resident: string, date: string) => `
  ${resident}.living_arrangement IN ('alone', 'empty_nest', 'left_behind')
  AND ${resident}.birth_date <= (${date}::date - interval '60 years')
  AND NOT EXISTS (SELECT 1 FROM stay st WHERE st.resident_id = ${resident}.id AND daterange(st.admitted_on, st.discharged_on) @> ${date}::date)`;

/** A visit counts when someone saw or spoke with the person: not when nobody was home. */
export const COUNTING_VISIT = `v.outcome <> 'not_home'`;
