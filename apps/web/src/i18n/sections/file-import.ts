import type { Shape } from '../shape';

/** The words of the shared file import (ui/file-import): progress, failure and the rejected rows' table. */
export const fileImportZhCN = {
  uploading: '正在上传并检查 {{name}}…',
  progress: '已读取 {{read}} 行',
  progressOf: '已读取 {{read}} / {{total}} 行',
  failed: '导入失败：{{message}}',
  rejectedCaption: '未通过检查的行',
  line: '行号',
  field: '列',
  reason: '原因',
};

export const fileImportEn: Shape<typeof fileImportZhCN> = {
  uploading: 'Uploading and checking {{name}}…',
  progress: '{{read}} rows read',
  progressOf: '{{read}} of {{total}} rows read',
  failed: 'The import failed: {{message}}',
  rejectedCaption: 'Rows that did not pass',
  line: 'Line',
  field: 'Column',
  reason: 'Reason',
};
