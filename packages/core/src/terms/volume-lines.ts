import type { UnitCode } from '../model/units.ts';

/**
 * What the Ghi chú of a line filled from the survey volumes says (compute/volume-lines.ts): the quantity is the
 * volume of the line's unit as the input states it, not a figure the user typed on the line.
 */
export const volumeLineNote = {
  metres: 'Khối lượng lấy từ số mét giá khảo sát',
  pagesA4: 'Khối lượng lấy từ số trang A4 khảo sát',
  pagesA3: 'Khối lượng lấy từ số trang A3 khảo sát',
  files: 'Khối lượng lấy từ số hồ sơ khảo sát',
  documents: 'Khối lượng lấy từ số văn bản khảo sát',
  fonds: 'Khối lượng lấy từ số phông khảo sát',
} as const;

/** A survey volume (khối lượng khảo sát) of the input and of Thuyết minh: metres, pages A4, pages A3, files … */
export type VolumeKey = keyof typeof volumeLineNote;

/**
 * The unit each survey volume counts — mét giá from metres, trang A4 from pages A4 … — in the order volumes are
 * listed. Used by compute (a section's lines filled from the volumes) and the appraisal (a line's quantity
 * compared with the volume Thuyết minh states).
 */
export const volumeUnits: Readonly<Record<VolumeKey, UnitCode>> = {
  metres: 'met-gia',
  pagesA4: 'trang-a4',
  pagesA3: 'trang-a3',
  files: 'ho-so',
  documents: 'van-ban',
  fonds: 'phong',
};
