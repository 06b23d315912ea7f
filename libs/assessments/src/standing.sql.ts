/** The instrument whose results are a person's standing assessment: the current national standard, GB/T 42195-2022. */
export const STANDING_INSTRUMENT = 'gbt-42195-2022';

/**
 * The person's standing GB/T 42195 assessment on $date, as a subquery of `columns` of it (alias a): the latest by
 * then that no assessment by then corrects.
 */
export const STANDING_ASSESSMENT = (resident: string, date: string, columns: string) => `(
  SELECT ${columns} FROM assessment a
   WHERE a.resident_id = ${resident} AND a.instrument_code = '${STANDING_INSTRUMENT}' AND a.assessed_on <= ${date}
     AND NOT EXISTS (SELECT 1 FROM assessment c WHERE c.corrects_id = a.id AND c.assessed_on <= ${date})
   ORDER BY a.assessed_on DESC, a.signed_at DESC LIMIT 1)`;

/** The person's standing GB/T 42195 final level on $date, null if never assessed. */
export const STANDING_LEVEL = (resident: string, date: string) => STANDING_ASSESSMENT(resident, date, 'a.final_level');
