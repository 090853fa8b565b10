/**
 * Stand-ins, in the page's bundle only, for the two Node-only modules @dutoan/xlsx's chart code imports
 * (`node:fs` to look for font files, `@resvg/resvg-js`'s native binary to turn a chart's SVG into PNG). The page
 * never reaches them: it draws the charts' PNG itself in the browser and hands them to the workbook writer
 * (see tabs/progress-tab.ts). Reaching them anyway is a programming error, said so in Vietnamese.
 */
export const existsSync = (): boolean => false;

export class Resvg {
  constructor() {
    throw new Error('Trang web không vẽ biểu đồ bằng resvg: ảnh PNG của biểu đồ phải do trình duyệt vẽ (lỗi lập trình).');
  }
}
