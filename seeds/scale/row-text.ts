/** Rows in COPY's text format: tab-separated, `\N` for NULL, arrays and booleans in Postgres' own spelling. */

export const N = '\\N';
export const bool = (value: boolean): string => (value ? 't' : 'f');
export const array = (items: string[]): string => `{${items.join(',')}}`;
/** COPY text format reads a backslash as an escape: JSON's own escapes must survive it. */
export const json = (value: unknown): string => JSON.stringify(value).replace(/\\/g, '\\\\');

/**
 * uuid-shaped ids from the row index and a table tag: deterministic, ascending (b-tree inserts append), and varying in
 * their leading bytes, which btree_gist's penalty for uuid reads: ids sharing a long prefix degrade the exclusion
 * constraints' GiST indexes into scans (60,000 stays took 25 s with the index in the trailing bytes, 1 s like this).
 */
export function uuid(tag: number, index: number): string {
  return `${index.toString(16).padStart(8, '0')}-${tag.toString(16).padStart(4, '0')}-4000-8000-5ca1e0000000`;
}
export const TAG = { facility: 1, room: 2, bed: 3, staff: 4, certificate: 5, resident: 6, stay: 7, slot: 8, order: 9, visit: 10, inspection: 11, star: 12, assessment: 13, careAgreement: 14, homeModification: 15, smartTerminal: 16,
  bedCommissioning: 17, facilityProject: 18, hazard: 19, medicalInstitution: 20, medicalAgreement: 21, consortium: 22, consortiumMember: 23, training: 24,
  socialWorker: 25,
};
