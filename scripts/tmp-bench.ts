import * as echarts from 'echarts';
const opt = (k: number) => ({ animation: false, title: { text: 'x' + k }, xAxis: { type: 'value' as const }, yAxis: { type: 'value' as const }, series: [{ type: 'line' as const, data: [[1, k], [2, 3]] }] });
let t = performance.now();
for (let i = 0; i < 20; i++) { const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 620, height: 310 }); c.setOption(opt(i)); c.renderToSVGString(); c.dispose(); }
console.log('init each', (performance.now() - t) / 20);
const c = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 620, height: 310 });
t = performance.now();
for (let i = 0; i < 20; i++) { c.setOption(opt(i), true); c.renderToSVGString(); }
console.log('reuse', (performance.now() - t) / 20);
