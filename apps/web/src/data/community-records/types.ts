import type { components } from '@web/api/schema';

export type HomeModification = components['schemas']['HomeModificationDto'];
export type NewHomeModification = components['schemas']['HomeModificationInputDto'];
export type SmartTerminal = components['schemas']['SmartTerminalDto'];
export type NewSmartTerminal = components['schemas']['SmartTerminalInputDto'];
export type DeviceKind = NewSmartTerminal['deviceKind'];
export type ListImportResult = components['schemas']['RecordImportResultDto'];

export const DEVICE_KINDS: readonly DeviceKind[] = ['emergency_call', 'smart_watch', 'sensor', 'tv_box', 'kiosk', 'other'];

/** The lists' filters as the page holds them. */
export interface ModificationFilters {
  regionCode?: string;
  hardship?: boolean;
  completed?: boolean;
  page: number;
  limit: number;
}

export interface TerminalFilters {
  regionCode?: string;
  deviceKind?: DeviceKind;
  installed?: boolean;
  page: number;
  limit: number;
}
