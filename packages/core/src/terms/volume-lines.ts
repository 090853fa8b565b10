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
