/** Vietnamese messages of the workbook writer and reader (@dutoan/xlsx). */
export const xlsxVi = {
  numberTooLarge: (figure: string) =>
    `Số ${figure} vượt quá độ chính xác của ô bảng tính (tối đa 9.007.199.254.740.991): không ghi được tệp Excel chính xác đến đồng.`,
} as const;
