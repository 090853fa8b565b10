/** What the development server tells the developer (Vietnamese; Microsoft's certificate tool's English is kept out). */
export const devServerText = {
  building: 'Đang dựng phần bổ trợ…',
  buildFailed: (why: string) => `Không dựng được phần bổ trợ: ${why}`,
  running: (url: string) => `Phần bổ trợ đang chạy: ${url}`,
  manifest: (path: string) => `Tệp kê khai (manifest): ${path} — xem README, mục "Phần bổ trợ Excel".`,
  stop: 'Bấm Ctrl+C để dừng.',
  ownCertificate: (cert: string) => `Dùng chứng chỉ của bạn: ${cert} (DUTOAN_DEV_CERT, DUTOAN_DEV_KEY).`,
  ownCertificateUnreadable: (path: string, why: string) => `Không đọc được tệp chứng chỉ ${path}: ${why}`,
  ownCertificateHalf: 'Cần đặt cả hai biến DUTOAN_DEV_CERT (tệp chứng chỉ PEM) và DUTOAN_DEV_KEY (tệp khóa PEM).',
  trusted: (dir: string) => `Chứng chỉ cho https://localhost đã được máy tin cậy (${dir}).`,
  /** The local CA could not be installed into the system's trust store (typically: Linux without sudo). */
  notTrusted: (caPath: string, installScript: string, why: string) => [
    `Chưa cài được chứng chỉ gốc cho https://localhost vào kho tin cậy của máy (${why}).`,
    'Excel và trình duyệt sẽ từ chối tải ngăn cho đến khi chứng chỉ được tin cậy. Làm một trong các cách sau rồi chạy lại lệnh:',
    `  1. Người có quyền quản trị chạy: sudo sh '${installScript}' '${caPath}'`,
    `  2. Chỉ cho trình duyệt (Excel trên web): nhập tệp ${caPath} làm tổ chức phát hành tin cậy —`,
    '     Chrome/Edge: Cài đặt → Quyền riêng tư và bảo mật → Bảo mật → Quản lý chứng chỉ → Tổ chức phát hành (Authorities) → Nhập;',
    '     Firefox: Cài đặt → Quyền riêng tư & Bảo mật → Chứng chỉ → Xem chứng chỉ → Nhà cung cấp (Authorities) → Nhập.',
    '  3. Dùng chứng chỉ có sẵn của bạn: DUTOAN_DEV_CERT=tệp.crt DUTOAN_DEV_KEY=tệp.key npm run start -w @dutoan/excel-addin',
  ].join('\n'),
  needsAdmin: 'việc này cần quyền quản trị (sudo), mà máy không cho hoặc không hỏi được mật khẩu',
  toolFailed: 'công cụ chứng chỉ office-addin-dev-certs báo lỗi (DUTOAN_DEBUG=1 để xem chi tiết)',
  servingUntrusted: 'Máy chủ vẫn chạy với chứng chỉ vừa tạo (chưa được tin cậy).',
  noCertificate: (why: string) =>
    `Không tạo được chứng chỉ cho https://localhost: ${why}. Hãy dùng chứng chỉ có sẵn: DUTOAN_DEV_CERT=tệp.crt DUTOAN_DEV_KEY=tệp.key npm run start -w @dutoan/excel-addin`,
  portBusy: (port: number) => `Cổng ${port} đang bận (một máy chủ khác đang chạy?). Dừng máy chủ đó, hoặc chọn cổng khác: PORT=3001 npm run start -w @dutoan/excel-addin (khi đó sửa cổng trong manifest.xml).`,
  serverFailed: (why: string) => `Máy chủ dừng vì lỗi: ${why}`,
} as const;
