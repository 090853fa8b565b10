/**
 * Checks on the add-in manifest that the XML schemas cannot express, and the build-time URL rewrite.
 * Pure string functions over the manifest text (the manifest is our own, regular XML).
 */

/** The origin every URL of the development manifest (repository root manifest.xml) starts with. */
export const DEV_ORIGIN = 'https://localhost:3000';

/** Office limits resource ids (bt:Image/bt:Url/bt:String ids, resid references) to 32 characters. */
export const MAX_ID_LENGTH = 32;

function attrs(xml: string, name: string): string[] {
  const re = new RegExp(`\\s${name}="([^"]*)"`, 'g');
  return [...xml.matchAll(re)].map((m) => m[1]!);
}

/** Ids defined under <Resources> (bt:Image, bt:Url, bt:String). */
export function definedResourceIds(xml: string): string[] {
  const start = xml.indexOf('<Resources>');
  const end = xml.indexOf('</Resources>');
  if (start < 0 || end < 0) return [];
  return attrs(xml.slice(start, end), 'id');
}

/** Every URL in the manifest: attribute values and element texts that start with a scheme. */
export function manifestUrls(xml: string): string[] {
  const noComments = xml.replace(/<!--[\s\S]*?-->/g, '');
  const fromAttrs = [...noComments.matchAll(/="([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^"]*)"/g)].map((m) => m[1]!);
  const fromText = [...noComments.matchAll(/>\s*([a-zA-Z][a-zA-Z0-9+.-]*:\/\/[^<\s]*)\s*</g)].map((m) => m[1]!);
  // namespace declarations (xmlns="http://schemas…") are names, not locations the host fetches
  const ns = new Set(attrs(noComments, 'xmlns(?::[a-z]+)?'));
  return [...fromAttrs, ...fromText].filter((u) => !ns.has(u));
}

/** Problems the schema does not catch: undefined resid, over-long ids, duplicate ids, non-https URLs. */
export function checkManifest(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/<!--[\s\S]*?-->/g, '');
  const defined = definedResourceIds(body);
  const seen = new Set<string>();
  for (const id of defined) {
    if (seen.has(id)) problems.push(`id trùng trong <Resources>: ${id}`);
    seen.add(id);
  }
  for (const ref of attrs(body, 'resid')) {
    if (!seen.has(ref)) problems.push(`resid chưa định nghĩa: ${ref}`);
  }
  for (const id of [...attrs(body, 'id'), ...attrs(body, 'resid')]) {
    if (id.length > MAX_ID_LENGTH) problems.push(`id dài hơn ${MAX_ID_LENGTH} ký tự: ${id}`);
  }
  for (const url of manifestUrls(body)) {
    if (!url.startsWith('https://')) problems.push(`URL không dùng https: ${url}`);
  }
  return problems;
}

/** Normalises and checks a production base URL given to the build (https, no query or fragment). */
export function normaliseBaseUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    throw new Error(`Địa chỉ triển khai không hợp lệ: ${raw}`);
  }
  if (u.protocol !== 'https:') throw new Error(`Địa chỉ triển khai phải dùng https: ${raw}`);
  if (u.search || u.hash) throw new Error(`Địa chỉ triển khai không được có ?truy vấn hoặc #neo: ${raw}`);
  return u.href.replace(/\/+$/, '');
}

/** The manifest with every development URL rewritten to `baseUrl` (already normalised). */
export function rewriteManifestUrls(xml: string, baseUrl: string): string {
  return xml.split(DEV_ORIGIN).join(baseUrl);
}
