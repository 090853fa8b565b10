import type { FormerUnit } from './types.ts';

const KIND_WORDS: ReadonlyArray<[RegExp, FormerUnit['kind']]> = [
  [/^(?:các )?thị trấn /u, 'thi-tran'],
  [/^(?:các )?phường /u, 'phuong'],
  [/^(?:các )?xã /u, 'xa'],
];

/**
 * The former units named by a clause's words (đơn vị cũ trong "sắp xếp từ"): "thị trấn Mù Cang Chải và các xã Kim
 * Nọi, Mồ Dề, Chế Cu Nha" → thị trấn Mù Cang Chải, xã Kim Nọi, xã Mồ Dề, xã Chế Cu Nha. The list is split at
 * commas and "và"; a kind word ("xã", "các phường", "thị trấn") sets the kind of the names after it; words in
 * brackets are the qualifier that tells two units of one name apart ("Thanh Bình (huyện Mường Khương)").
 */
export function parseFormerUnits(words: string): FormerUnit[] {
  const out: FormerUnit[] = [];
  let kind: FormerUnit['kind'] | null = null;
  for (const raw of words.normalize('NFC').split(/,\s*|\s+và\s+/u)) {
    let part = raw.trim();
    if (!part) continue;
    for (const [re, k] of KIND_WORDS) {
      if (re.test(part)) {
        kind = k;
        part = part.replace(re, '');
        break;
      }
    }
    if (kind === null) throw new Error(`former units: no kind before "${part}" in "${words}"`);
    const q = /^(.*?)\s*\(([^)]+)\)$/u.exec(part);
    out.push(q ? { kind, name: q[1]!, qualifier: q[2]! } : { kind, name: part });
  }
  return out;
}
