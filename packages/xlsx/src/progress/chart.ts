import { existsSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { formatMoney, type BurnUpChart } from '@dutoan/core';

/**
 * Burn-up charts drawn with Apache ECharts (server-side SVG rendering, no DOM) and turned into PNG by resvg
 * (@resvg/resvg-js, its binary shipped as an npm platform package). Text is drawn with the first of these
 * families found on the computer: Arial (Windows, macOS), DejaVu Sans (Linux, Debian package fonts-dejavu-core),
 * Liberation Sans; resvg reads the system's fonts. The font must have the Vietnamese letters (Latin Extended
 * Additional): Arial and DejaVu Sans do, Debian's fonts-liberation 1.07 does not (fonts-liberation2 does). DUTOAN_CHART_FONT=/path/to/font.ttf adds a
 * font file (for a computer without any of them).
 */
export const CHART_FONTS = 'Arial, DejaVu Sans, Liberation Sans, Helvetica, sans-serif';
/**
 * Font files looked for, in order: the user's (DUTOAN_CHART_FONT), DejaVu Sans (Debian fonts-dejavu-core: has the
 * Vietnamese letters; fonts-liberation 1.07 lacks ế, ộ, ữ…), Arial on Windows and macOS. When one is found only
 * these files are loaded (scanning every system font costs more than drawing the chart); else the system fonts.
 */
const FONT_FILES = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
  'C:\\Windows\\Fonts\\arial.ttf',
  'C:\\Windows\\Fonts\\arialbd.ttf',
  '/System/Library/Fonts/Supplemental/Arial.ttf',
  '/System/Library/Fonts/Supplemental/Arial Bold.ttf',
  '/Library/Fonts/Arial.ttf',
];
let fonts: { files: string[]; family: string } | undefined;
function chartFonts(): { files: string[]; family: string } {
  if (!fonts) {
    const files = [process.env.DUTOAN_CHART_FONT, ...FONT_FILES].filter((f): f is string => !!f && existsSync(f));
    fonts = { files, family: files.some((f) => f.includes('DejaVuSans')) ? 'DejaVu Sans' : 'Arial' };
  }
  return fonts;
}

const DAY = 86_400_000;
const ms = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
const dm = (t: number) => {
  const d = new Date(t);
  return `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
};
const pagesText = (v: number) => formatMoney(BigInt(Math.round(v)));

/** The chart as SVG text (ECharts server-side rendering): pages done, the target, the line to follow, the deadline. */
export function burnUpSvg(chart: BurnUpChart, size: { width: number; height: number }): string {
  const done = chart.done.map((p) => [ms(p.date), Number(p.pages)] as [number, number]);
  const target = chart.target === null ? null : Number(chart.target);
  const deadline = ms(chart.deadline);
  const firstDay = chart.start ? ms(chart.start) : done.length ? done[0]![0] : deadline - 60 * DAY;
  const text = { fontFamily: CHART_FONTS, color: '#222' };
  const series: echarts.SeriesOption[] = [
    {
      name: chart.labels.done,
      type: 'line',
      data: done,
      symbol: 'circle',
      symbolSize: 7,
      lineStyle: { width: 3, color: '#1f5fbf' },
      itemStyle: { color: '#1f5fbf' },
      label: { show: true, position: 'top', formatter: (p: unknown) => pagesText(((p as { value: [number, number] }).value)[1]), ...text, fontSize: 11 },
      markLine: {
        silent: true,
        symbol: 'none',
        label: { formatter: chart.labels.deadline, ...text, fontSize: 11 },
        lineStyle: { type: 'dashed', color: '#c00000' },
        data: [{ xAxis: deadline }],
      },
    },
  ];
  if (target !== null) {
    series.push({ name: chart.labels.target, type: 'line', data: [[firstDay, target], [deadline, target]], symbol: 'none', lineStyle: { type: 'dotted', width: 2, color: '#7f7f7f' }, itemStyle: { color: '#7f7f7f' } });
    if (chart.start) series.push({ name: chart.labels.ideal, type: 'line', data: [[ms(chart.start), 0], [deadline, target]], symbol: 'none', lineStyle: { type: 'dashed', width: 2, color: '#2e8b57' }, itemStyle: { color: '#2e8b57' } });
  }
  const ec = echarts.init(null, null, { renderer: 'svg', ssr: true, width: size.width, height: size.height });
  ec.setOption({
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: text,
    title: { text: chart.title, left: 'center', top: 8, textStyle: { ...text, fontSize: 16, fontWeight: 'bold', color: chart.sample ? '#c00000' : '#222' } },
    legend: { bottom: 6, textStyle: { ...text, fontSize: 12 } },
    grid: { left: 90, right: 40, top: 56, bottom: 64 },
    // A value axis in milliseconds with one tick a week from the first day (a time axis adds month ticks that overlap).
    xAxis: { type: 'value', min: firstDay, max: deadline + 3 * DAY, interval: 7 * DAY, axisLabel: { formatter: (v: number) => dm(v), ...text, fontSize: 11 }, splitLine: { show: false } },
    yAxis: { type: 'value', name: chart.labels.pages, nameTextStyle: { ...text, fontSize: 12 }, min: 0, axisLabel: { formatter: (v: number) => pagesText(v), ...text, fontSize: 11 } },
    series,
  });
  const svg = ec.renderToSVGString();
  ec.dispose();
  return svg;
}

/** SVG → PNG with resvg, white background, with the fonts of chartFonts() (or the system's when none is found). */
export function svgToPng(svg: string): Uint8Array {
  const f = chartFonts();
  const png = new Resvg(svg, { background: '#ffffff', font: { loadSystemFonts: f.files.length === 0, fontFiles: f.files, defaultFontFamily: f.family } }).render().asPng();
  return new Uint8Array(png);
}
