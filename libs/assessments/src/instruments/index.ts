import type { Instrument } from '../domain/instrument';
import { BARTHEL } from './barthel';
import { GBT_42195_2022 } from './gbt-42195-2022';
import { MZT_039_2013 } from './mzt-039-2013';

/** Every instrument and version Yiyang knows; the first of a code is its current version. */
export const INSTRUMENTS: readonly Instrument[] = [GBT_42195_2022, BARTHEL, MZT_039_2013];

export const INSTRUMENT_CODES = [...new Set(INSTRUMENTS.map((instrument) => instrument.code))];

export function findInstrument(code: string, version?: string): Instrument | undefined {
  return INSTRUMENTS.find((instrument) => instrument.code === code && (version === undefined || instrument.version === version));
}

export { BARTHEL, GBT_42195_2022, MZT_039_2013 };
