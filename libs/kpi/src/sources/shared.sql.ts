/** A staff member on the payroll on `date`: hired by then and not yet gone. */
export const employedOn = (alias: string, date: string) =>
  `${alias}.hired_on <= ${date} AND (${alias}.left_on IS NULL OR ${alias}.left_on > ${date})`;
