/**
 * The catalog of home and community services (standards.md §7): what policy texts name, each with the national
 * home-visit type it reports under, whether it is delivered at the person's home (a visit window, staff check in
 * and out there), how long before the start a booking may still be cancelled, and how long after the end an order
 * nobody checked in becomes a no-show. Cut-off and grace are defaults, stored per type in service_type and
 * adjustable there.
 */
export const SERVICE_TYPES = ['meal', 'cleaning', 'bathing', 'walking', 'medical', 'emergency', 'recreation', 'visit'] as const;
export type ServiceType = (typeof SERVICE_TYPES)[number];

export interface ServiceTypeDefinition {
  code: ServiceType;
  label: { zh: string; en: string };
  /** 国家居家上门服务分类: 01 生活照料, 02 基础照顾, 03 探访关爱, 04 健康管理, 05 委托代办, 06 精神慰藉. */
  nationalCode: '01' | '02' | '03' | '04' | '05' | '06';
  atHome: boolean;
  cancelCutoffMinutes: number;
  noShowGraceMinutes: number;
}

export const SERVICE_TYPE_DEFINITIONS: readonly ServiceTypeDefinition[] = [
  { code: 'meal', label: { zh: '助餐', en: 'Meals' }, nationalCode: '01', atHome: false, cancelCutoffMinutes: 120, noShowGraceMinutes: 60 },
  { code: 'cleaning', label: { zh: '助洁', en: 'Cleaning' }, nationalCode: '01', atHome: true, cancelCutoffMinutes: 1440, noShowGraceMinutes: 120 },
  { code: 'bathing', label: { zh: '助浴', en: 'Bathing' }, nationalCode: '02', atHome: true, cancelCutoffMinutes: 1440, noShowGraceMinutes: 120 },
  { code: 'walking', label: { zh: '助行', en: 'Walking and escort' }, nationalCode: '02', atHome: true, cancelCutoffMinutes: 720, noShowGraceMinutes: 120 },
  { code: 'medical', label: { zh: '助医', en: 'Medical escort' }, nationalCode: '04', atHome: true, cancelCutoffMinutes: 720, noShowGraceMinutes: 120 },
  { code: 'emergency', label: { zh: '助急', en: 'Emergency help' }, nationalCode: '02', atHome: true, cancelCutoffMinutes: 0, noShowGraceMinutes: 60 },
  { code: 'recreation', label: { zh: '助乐', en: 'Recreation' }, nationalCode: '06', atHome: false, cancelCutoffMinutes: 120, noShowGraceMinutes: 60 },
  { code: 'visit', label: { zh: '探访关爱', en: 'Caring visit' }, nationalCode: '03', atHome: true, cancelCutoffMinutes: 120, noShowGraceMinutes: 120 },
];

export const ORDER_STATUSES = ['booked', 'checked_in', 'completed', 'cancelled', 'no_show'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const ORDER_STATUS_LABELS: Record<OrderStatus, { zh: string; en: string }> = {
  booked: { zh: '已预约', en: 'Booked' },
  checked_in: { zh: '已签到', en: 'Checked in' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
  no_show: { zh: '未到', en: 'No-show' },
};

export const SERVICE_TYPE_LABELS = Object.fromEntries(SERVICE_TYPE_DEFINITIONS.map((type) => [type.code, type.label])) as Record<ServiceType, { zh: string; en: string }>;
