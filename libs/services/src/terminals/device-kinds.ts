/** Kinds of smart elderly-care terminal, with their names. */
export const DEVICE_KINDS = ['emergency_call', 'smart_watch', 'sensor', 'tv_box', 'kiosk', 'other'] as const;
export type DeviceKind = (typeof DEVICE_KINDS)[number];

export const DEVICE_KIND_LABELS: Record<DeviceKind, { zh: string; en: string }> = {
  emergency_call: { zh: '紧急呼叫器', en: 'Emergency call button' },
  smart_watch: { zh: '智能手表（手环）', en: 'Smart watch or band' },
  sensor: { zh: '智能传感器（烟感、门磁、跌倒监测等）', en: 'Sensor (smoke, door, fall detection…)' },
  tv_box: { zh: '电视机顶盒（智慧养老频道）', en: 'TV box (smart-care channel)' },
  kiosk: { zh: '社区自助服务终端', en: 'Community self-service kiosk' },
  other: { zh: '其他', en: 'Other' },
};
