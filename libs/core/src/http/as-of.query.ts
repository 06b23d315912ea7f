import { OptionalDate } from './dto-helpers';

/** `?date=` of a snapshot read; today in Shanghai when absent. */
export class AsOfQuery {
  @OptionalDate('日期（默认今天）· Date of the snapshot, default today', '2025-05-31')
  date?: string;
}
