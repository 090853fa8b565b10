/**
 * The signature block (khối chữ ký) of an estimate — DOMAIN.md §3: titles by kind of body, and the hints under
 * them.
 */
export const signerTitles = {
  preparer: 'NGƯỜI LẬP BIỂU',
  accountant: 'KẾ TOÁN TRƯỞNG',
  /** A commune's accountant. */
  accountantCommune: 'PHỤ TRÁCH KẾ TOÁN',
  head: 'THỦ TRƯỞNG ĐƠN VỊ',
  /** A commune's head, two lines. */
  headCommune: 'TM. ỦY BAN NHÂN DÂN',
  headCommune2: 'CHỦ TỊCH',
  signHint: '(Ký, ghi rõ họ tên)',
  sealHint: '(Ký tên, đóng dấu)',
} as const;
