// The add-in manifest (manifest.xml at the repository root): offline schema validation with xmllint against
// ../shared/office-schemas, plus the checks the schemas cannot express (resid defined, ids ≤ 32 characters,
// https only) and the production URL rewrite of the build.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkManifest, definedResourceIds, manifestUrls, normaliseBaseUrl, rewriteManifestUrls } from '../packages/excel-addin/scripts/manifest.ts';

const repoRoot = resolve(import.meta.dirname, '..');
const schemaDir = resolve(repoRoot, '../shared/office-schemas');
const schema = join(schemaDir, 'OfficeAppManifestV1_1.xsd');
const manifestPath = join(repoRoot, 'manifest.xml');
const manifest = readFileSync(manifestPath, 'utf8');
const inCI = process.env.CI === 'true';
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;
const hasSchemas = existsSync(schema);

function xmllint(file: string): { ok: boolean; output: string } {
  const r = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], { encoding: 'utf8' });
  return { ok: r.status === 0, output: `${r.stdout}${r.stderr}` };
}

describe('manifest.xml against the Office XML schemas (xmllint, offline)', () => {
  const ready = hasXmllint && hasSchemas;
  if (!ready && !inCI) {
    it.skip(`needs xmllint and ../shared/office-schemas (${!hasXmllint ? 'xmllint missing' : `${schemaDir} absent`}) — skipped outside CI`, () => {});
    return;
  }
  it('has xmllint and the schemas (required in CI)', () => {
    expect(hasXmllint, 'xmllint is missing (Debian package libxml2-utils)').toBe(true);
    expect(hasSchemas, `schemas missing at ${schemaDir}`).toBe(true);
  });

  it('validates', () => {
    const r = xmllint(manifestPath);
    expect(r.output).toContain('validates');
    expect(r.ok).toBe(true);
  });

  it('the validation is not vacuous: a broken manifest is rejected', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-manifest-'));
    const bad = join(dir, 'manifest.xml');
    writeFileSync(bad, manifest.replace('<Permissions>ReadWriteDocument</Permissions>', '<Permissions>FullControl</Permissions>'));
    expect(xmllint(bad).ok).toBe(false);
    writeFileSync(bad, manifest.replace('<Version>0.1.0.0</Version>', '<Version>version one</Version>'));
    expect(xmllint(bad).ok).toBe(false);
  });

  it('the production manifest (URL rewritten by the build) validates too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dutoan-manifest-'));
    const prod = join(dir, 'manifest.xml');
    writeFileSync(prod, rewriteManifestUrls(manifest, normaliseBaseUrl('https://addin.example.vn/dutoan/')));
    expect(xmllint(prod).ok).toBe(true);
  });
});

describe('manifest.xml: what the schemas do not check', () => {
  it('every resid is defined, ids ≤ 32 characters, every URL https', () => {
    expect(checkManifest(manifest)).toEqual([]);
    // and the check sees them: the manifest really has references and URLs
    expect(definedResourceIds(manifest)).toEqual(expect.arrayContaining(['Functions.Namespace', 'Taskpane.Url', 'Icon.16', 'Icon.32', 'Icon.80']));
    expect(manifestUrls(manifest).length).toBeGreaterThanOrEqual(10);
  });

  it('the checker catches an undefined resid, a long id and an http URL', () => {
    const bad = manifest
      .replace('resid="Button.Tooltip"', 'resid="Button.Tooltip.Missing"')
      .replace('id="Group.Label"', 'id="Group.Label.This.Is.Far.Too.Long.For.Office"')
      .replace('https://localhost:3000/help.html"/>\n      </bt:Urls>', 'http://localhost:3000/help.html"/>\n      </bt:Urls>');
    const problems = checkManifest(bad);
    expect(problems).toEqual(expect.arrayContaining([
      'resid chưa định nghĩa: Button.Tooltip.Missing',
      'id dài hơn 32 ký tự: Group.Label.This.Is.Far.Too.Long.For.Office',
      'URL không dùng https: http://localhost:3000/help.html',
    ]));
  });

  it('task pane + custom functions in namespace DUTOAN, vi-VN default with en-US overrides, ReadWriteDocument only', () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<ExtensionPoint xsi:type="CustomFunctions">/);
    expect(manifest).toMatch(/<bt:String id="Functions.Namespace" DefaultValue="DUTOAN"\/>/);
    expect(manifest).toMatch(/<DefaultLocale>vi-VN<\/DefaultLocale>/);
    expect(manifest.match(/Locale="en-US"/g)!.length).toBeGreaterThanOrEqual(6);
    expect(manifest.match(/<Permissions>([^<]*)<\/Permissions>/g)).toEqual(['<Permissions>ReadWriteDocument</Permissions>']);
    for (const size of [16, 32, 64, 80]) expect(manifest).toContain(`/assets/icon-${size}.png`);
  });

  it('development URLs are https://localhost:3000; the build rewrites every one of them', () => {
    const urls = manifestUrls(manifest);
    expect(urls.every((u) => u.startsWith('https://localhost:3000/'))).toBe(true);
    const prod = rewriteManifestUrls(manifest, normaliseBaseUrl('https://addin.example.vn/dutoan/'));
    expect(prod).not.toContain('localhost');
    expect(manifestUrls(prod).every((u) => u.startsWith('https://addin.example.vn/dutoan/'))).toBe(true);
    expect(checkManifest(prod)).toEqual([]);
  });

  it('refuses a non-https or malformed production URL', () => {
    expect(() => normaliseBaseUrl('http://addin.example.vn')).toThrow(/https/);
    expect(() => normaliseBaseUrl('không phải địa chỉ')).toThrow(/không hợp lệ/);
    expect(() => normaliseBaseUrl('https://addin.example.vn/?a=1')).toThrow(/truy vấn/);
  });

  it('icons referenced by the manifest are real PNG files of the stated size', async () => {
    const { pngSize } = await import('../packages/excel-addin/scripts/png.ts');
    for (const size of [16, 32, 64, 80]) {
      const file = join(repoRoot, 'packages/excel-addin/assets', `icon-${size}.png`);
      expect(pngSize(readFileSync(file))).toEqual({ width: size, height: size });
      // and the image data inflates to exactly height × (1 filter byte + width × RGBA)
      const b = readFileSync(file);
      const idat: Buffer[] = [];
      for (let o = 8; o < b.length; ) {
        const n = b.readUInt32BE(o);
        if (b.toString('ascii', o + 4, o + 8) === 'IDAT') idat.push(b.subarray(o + 8, o + 8 + n));
        o += 12 + n;
      }
      expect(inflateSync(Buffer.concat(idat)).length).toBe((size * 4 + 1) * size);
    }
  });
});
