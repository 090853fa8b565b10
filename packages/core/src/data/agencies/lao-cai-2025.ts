/**
 * The commune-level units of Lào Cai province from 01/7/2025 (đơn vị hành chính cấp xã): 99 units, 89 xã and
 * 10 phường, as Nghị quyết 1673/NQ-UBTVQH15 of 16/6/2025 of the National Assembly Standing Committee lists them
 * (Điều 1, khoản 1–92; the new units' authorities work from 01/7/2025, Điều 2 khoản 2). Typed from the copy in
 * /work/shared/reference/lao-cai-don-vi-cap-xa.md, in the order of the resolution's clauses: 81 xã formed by the
 * rearrangement (khoản 1–81), 10 phường (khoản 82–91), then the 8 xã left as they were (khoản 92).
 *
 * `formedFrom` is the resolution's own words "… của …" for each clause, verbatim; the former units are read from
 * it by packages/core/src/agencies/former-units.ts. Nothing here is completed or guessed.
 */
export const NQ_1673 = 'NQ 1673/NQ-UBTVQH15';

export interface CommuneRecord {
  /** Clause of Điều 1 that forms the unit; null for the 8 xã not rearranged (listed in khoản 92). */
  clause: number | null;
  kind: 'xa' | 'phuong';
  name: string;
  /** The resolution's words for what the unit was formed from; null when it was not rearranged. */
  formedFrom: string | null;
}

const u = (clause: number | null, kind: 'xa' | 'phuong', name: string, formedFrom: string | null): CommuneRecord => ({ clause, kind, name, formedFrom });

export const laoCaiCommunes2025Source = {
  doc: NQ_1673,
  title: 'Nghị quyết số 1673/NQ-UBTVQH15 ngày 16/6/2025 của Ủy ban Thường vụ Quốc hội về việc sắp xếp các đơn vị hành chính cấp xã của tỉnh Lào Cai năm 2025',
  issuedOn: '2025-06-16',
  effectiveFrom: '2025-07-01',
  status: 'official' as const,
  note: 'Bản sao văn bản (shared/reference/lao-cai-don-vi-cap-xa.md).',
};

export const laoCaiCommunes2025: readonly CommuneRecord[] = [
  u(1, 'xa', 'Khao Mang', 'xã Hồ Bốn và xã Khao Mang'),
  u(2, 'xa', 'Mù Cang Chải', 'thị trấn Mù Cang Chải và các xã Kim Nọi, Mồ Dề, Chế Cu Nha'),
  u(3, 'xa', 'Púng Luông', 'các xã Nậm Khắt, La Pán Tẩn, Dế Xu Phình và Púng Luông'),
  u(4, 'xa', 'Tú Lệ', 'xã Cao Phạ và xã Tú Lệ'),
  u(5, 'xa', 'Trạm Tấu', 'các xã Pá Lau, Pá Hu, Túc Đán và Trạm Tấu'),
  u(6, 'xa', 'Hạnh Phúc', 'thị trấn Trạm Tấu và các xã Bản Công, Hát Lừu, Xà Hồ'),
  u(7, 'xa', 'Phình Hồ', 'các xã Làng Nhì, Bản Mù và Phình Hồ'),
  u(8, 'xa', 'Liên Sơn', 'thị trấn Nông trường Liên Sơn, xã Sơn A và xã Nghĩa Phúc'),
  u(9, 'xa', 'Gia Hội', 'các xã Nậm Búng, Nậm Lành và Gia Hội'),
  u(10, 'xa', 'Sơn Lương', 'các xã Nậm Mười, Sùng Đô, Suối Quyền và Sơn Lương'),
  u(11, 'xa', 'Văn Chấn', 'thị trấn Sơn Thịnh và các xã Đồng Khê, Suối Bu, Suối Giàng'),
  u(12, 'xa', 'Thượng Bằng La', 'thị trấn Nông trường Trần Phú và xã Thượng Bằng La'),
  u(13, 'xa', 'Chấn Thịnh', 'các xã Tân Thịnh (huyện Văn Chấn), Đại Lịch và Chấn Thịnh'),
  u(14, 'xa', 'Nghĩa Tâm', 'các xã Bình Thuận, Minh An và Nghĩa Tâm'),
  u(15, 'xa', 'Phong Dụ Hạ', 'xã Xuân Tầm và xã Phong Dụ Hạ'),
  u(16, 'xa', 'Châu Quế', 'xã Châu Quế Thượng và xã Châu Quế Hạ'),
  u(17, 'xa', 'Lâm Giang', 'xã Lang Thíp và xã Lâm Giang'),
  u(18, 'xa', 'Đông Cuông', 'các xã Quang Minh, An Bình, Đông An và Đông Cuông'),
  u(19, 'xa', 'Tân Hợp', 'các xã Đại Sơn, Nà Hẩu và Tân Hợp'),
  u(20, 'xa', 'Mậu A', 'thị trấn Mậu A và các xã Yên Thái, An Thịnh, Mậu Đông, Ngòi A'),
  u(21, 'xa', 'Xuân Ái', 'các xã Đại Phác, Yên Phú, Yên Hợp, Viễn Sơn và Xuân Ái'),
  u(22, 'xa', 'Mỏ Vàng', 'xã An Lương và xã Mỏ Vàng'),
  u(23, 'xa', 'Lâm Thượng', 'các xã Mai Sơn, Khánh Thiện, Tân Phượng và Lâm Thượng'),
  u(24, 'xa', 'Lục Yên', 'thị trấn Yên Thế và các xã Minh Xuân, Yên Thắng, Liễu Đô'),
  u(25, 'xa', 'Tân Lĩnh', 'các xã Minh Chuẩn, Tân Lập, Phan Thanh, Khai Trung và Tân Lĩnh'),
  u(26, 'xa', 'Khánh Hòa', 'các xã Tô Mậu, An Lạc, Động Quan và Khánh Hòa'),
  u(27, 'xa', 'Phúc Lợi', 'các xã Trúc Lâu, Trung Tâm và Phúc Lợi'),
  u(28, 'xa', 'Mường Lai', 'các xã An Phú, Vĩnh Lạc, Minh Tiến và Mường Lai'),
  u(29, 'xa', 'Cảm Nhân', 'các xã Xuân Long, Ngọc Chấn và Cảm Nhân'),
  u(30, 'xa', 'Yên Thành', 'các xã Phúc Ninh, Mỹ Gia, Xuân Lai, Phúc An và Yên Thành'),
  u(31, 'xa', 'Thác Bà', 'thị trấn Thác Bà và các xã Vũ Linh, Bạch Hà, Hán Đà, Vĩnh Kiên, Đại Minh'),
  u(32, 'xa', 'Yên Bình', 'thị trấn Yên Bình và các xã Tân Hương, Thịnh Hưng, Đại Đồng'),
  u(33, 'xa', 'Bảo Ái', 'các xã Cảm Ân, Mông Sơn, Tân Nguyên và Bảo Ái'),
  u(34, 'xa', 'Trấn Yên', 'thị trấn Cổ Phúc và các xã Báo Đáp, Tân Đồng, Thành Thịnh, Hòa Cuông, Minh Quán'),
  u(35, 'xa', 'Hưng Khánh', 'xã Hồng Ca và xã Hưng Khánh'),
  u(36, 'xa', 'Lương Thịnh', 'xã Hưng Thịnh và xã Lương Thịnh'),
  u(37, 'xa', 'Việt Hồng', 'các xã Việt Cường, Vân Hội và Việt Hồng'),
  u(38, 'xa', 'Quy Mông', 'các xã Kiên Thành, Y Can và Quy Mông'),
  u(39, 'xa', 'Cốc San', 'các xã Đồng Tuyển, Tòng Sành và Cốc San'),
  u(40, 'xa', 'Hợp Thành', 'xã Tả Phời và xã Hợp Thành'),
  u(41, 'xa', 'Phong Hải', 'thị trấn Nông trường Phong Hải và xã Bản Cầm'),
  u(42, 'xa', 'Xuân Quang', 'các xã Phong Niên, Trì Quang và Xuân Quang'),
  u(43, 'xa', 'Bảo Thắng', 'thị trấn Phố Lu và các xã Sơn Hà, Sơn Hải, Thái Niên'),
  u(44, 'xa', 'Tằng Loỏng', 'thị trấn Tằng Loỏng và xã Phú Nhuận'),
  u(45, 'xa', 'Gia Phú', 'các xã Xuân Giao, Thống Nhất và Gia Phú'),
  u(46, 'xa', 'Mường Hum', 'các xã Nậm Pung, Trung Lèng Hồ và Mường Hum'),
  u(47, 'xa', 'Dền Sáng', 'các xã Dền Thàng, Sàng Ma Sáo và Dền Sáng'),
  u(48, 'xa', 'Y Tý', 'xã A Lù và xã Y Tý'),
  u(49, 'xa', 'A Mú Sung', 'xã Nậm Chạc và xã A Mú Sung'),
  u(50, 'xa', 'Trịnh Tường', 'xã Cốc Mỳ và xã Trịnh Tường'),
  u(51, 'xa', 'Bản Xèo', 'các xã Pa Cheo, Mường Vi và Bản Xèo'),
  u(52, 'xa', 'Bát Xát', 'thị trấn Bát Xát và các xã Bản Vược, Bản Qua, Phìn Ngan, Quang Kim'),
  u(53, 'xa', 'Võ Lao', 'các xã Nậm Mả, Nậm Dạng và Võ Lao'),
  u(54, 'xa', 'Khánh Yên', 'các xã Khánh Yên Trung, Liêm Phú và Khánh Yên Hạ'),
  u(55, 'xa', 'Văn Bàn', 'thị trấn Khánh Yên và các xã Khánh Yên Thượng, Sơn Thuỷ, Làng Giàng, Hòa Mạc'),
  u(56, 'xa', 'Dương Quỳ', 'xã Thẳm Dương và xã Dương Quỳ'),
  u(57, 'xa', 'Chiềng Ken', 'xã Nậm Tha và xã Chiềng Ken'),
  u(58, 'xa', 'Minh Lương', 'xã Nậm Xây và xã Minh Lương'),
  u(59, 'xa', 'Nậm Chày', 'xã Dần Thàng và xã Nậm Chày'),
  u(60, 'xa', 'Bảo Yên', 'thị trấn Phố Ràng và các xã Yên Sơn, Lương Sơn, Xuân Thượng'),
  u(61, 'xa', 'Nghĩa Đô', 'các xã Tân Tiến, Vĩnh Yên và Nghĩa Đô'),
  u(62, 'xa', 'Thượng Hà', 'các xã Điện Quan, Minh Tân và Thượng Hà'),
  u(63, 'xa', 'Xuân Hòa', 'xã Tân Dương và xã Xuân Hòa'),
  u(64, 'xa', 'Phúc Khánh', 'xã Việt Tiến và xã Phúc Khánh'),
  u(65, 'xa', 'Bảo Hà', 'các xã Kim Sơn, Cam Cọn, Tân An, Tân Thượng và Bảo Hà'),
  u(66, 'xa', 'Mường Bo', 'xã Liên Minh và xã Mường Bo'),
  u(67, 'xa', 'Bản Hồ', 'xã Thanh Bình (thị xã Sa Pa) và xã Bản Hồ'),
  u(68, 'xa', 'Tả Van', 'các xã Hoàng Liên, Mường Hoa và Tả Van'),
  u(69, 'xa', 'Tả Phìn', 'xã Trung Chải và xã Tả Phìn'),
  u(70, 'xa', 'Cốc Lầu', 'các xã Nậm Lúc, Bản Cái và Cốc Lầu'),
  u(71, 'xa', 'Bảo Nhai', 'các xã Nậm Đét, Cốc Ly và Bảo Nhai'),
  u(72, 'xa', 'Bản Liền', 'xã Nậm Khánh và xã Bản Liền'),
  u(73, 'xa', 'Bắc Hà', 'thị trấn Bắc Hà và các xã Na Hối, Thải Giàng Phố, Bản Phố, Hoàng Thu Phố, Nậm Mòn'),
  u(74, 'xa', 'Tả Củ Tỷ', 'xã Lùng Cải và xã Tả Củ Tỷ'),
  u(75, 'xa', 'Lùng Phình', 'các xã Tả Van Chư, Lùng Phình và Lùng Thẩn'),
  u(76, 'xa', 'Pha Long', 'các xã Tả Ngài Chồ, Dìn Chin, Tả Gia Khâu và Pha Long'),
  u(77, 'xa', 'Mường Khương', 'thị trấn Mường Khương và các xã Thanh Bình (huyện Mường Khương), Nậm Chảy, Tung Chung Phố, Nấm Lư'),
  u(78, 'xa', 'Bản Lầu', 'các xã Bản Sen, Lùng Vai và Bản Lầu'),
  u(79, 'xa', 'Cao Sơn', 'các xã Lùng Khấu Nhin, Tả Thàng, La Pan Tẩn và Cao Sơn'),
  u(80, 'xa', 'Si Ma Cai', 'thị trấn Si Ma Cai và các xã Sán Chải, Nàn Sán, Cán Cấu, Quan Hồ Thẩn'),
  u(81, 'xa', 'Sín Chéng', 'các xã Bản Mế, Thào Chư Phìn, Nàn Sín và Sín Chéng'),
  u(82, 'phuong', 'Nghĩa Lộ', 'phường Tân An, phường Pú Trạng, xã Nghĩa An và xã Nghĩa Sơn'),
  u(83, 'phuong', 'Trung Tâm', 'phường Trung Tâm và các xã Phù Nham, Nghĩa Lợi, Nghĩa Lộ'),
  u(84, 'phuong', 'Cầu Thia', 'phường Cầu Thia và các xã Thanh Lương, Thạch Lương, Phúc Sơn, Hạnh Sơn'),
  u(85, 'phuong', 'Văn Phú', 'phường Yên Thịnh và các xã Tân Thịnh (thành phố Yên Bái), Văn Phú, Phú Thịnh'),
  u(86, 'phuong', 'Yên Bái', 'các phường Đồng Tâm, Yên Ninh, Minh Tân, Nguyễn Thái Học và Hồng Hà'),
  u(87, 'phuong', 'Nam Cường', 'phường Nam Cường (thành phố Yên Bái) và các xã Minh Bảo, Tuy Lộc, Cường Thịnh'),
  u(88, 'phuong', 'Âu Lâu', 'phường Hợp Minh và các xã Giới Phiên, Minh Quân, Âu Lâu'),
  u(89, 'phuong', 'Cam Đường', 'các phường Nam Cường (thành phố Lào Cai), Xuân Tăng, Pom Hán, Bắc Cường, Bắc Lệnh, Bình Minh và xã Cam Đường'),
  u(90, 'phuong', 'Lào Cai', 'các phường Duyên Hải, Cốc Lếu, Kim Tân, Lào Cai, xã Vạn Hòa và xã Bản Phiệt'),
  u(91, 'phuong', 'Sa Pa', 'các phường Hàm Rồng, Ô Quý Hồ, Sa Pả, Cầu Mây, Phan Si Păng và Sa Pa'),
  u(null, 'xa', 'Nậm Xé', null),
  u(null, 'xa', 'Ngũ Chỉ Sơn', null),
  u(null, 'xa', 'Chế Tạo', null),
  u(null, 'xa', 'Lao Chải', null),
  u(null, 'xa', 'Nậm Có', null),
  u(null, 'xa', 'Tà Xi Láng', null),
  u(null, 'xa', 'Cát Thịnh', null),
  u(null, 'xa', 'Phong Dụ Thượng', null),
];
