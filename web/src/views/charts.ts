/**
 * The overview: the relationship index per period (line, with partnership and membership
 * designations as markers) and the events per quad class (stacked bars), drawn with ECharts'
 * SVG renderer. Clicking a point (or the button of a period in the data table, for keyboard
 * users) opens the evidence panel on that period's events.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { isAbort } from '../api/client.js';
import type {
  DesignationJson,
  EventJson,
  EventsPage,
  IndexPoint,
  IndexSeries,
  Series,
} from '../api/types.js';
import type { Ctx } from '../context.js';
import { Latest } from '../context.js';
import { fill, h } from '../dom.js';
import { QUAD_NAMES, periodLabel, signed } from '../format.js';
import { dyadPair, seriesQuery, type ViewState } from '../state.js';
import { done, showError, showLoading } from './status.js';

echarts.use([
  LineChart,
  BarChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  SVGRenderer,
]);

/** Okabe–Ito colours: distinguishable with colour-blindness, dark enough on white. */
export const QUAD_COLORS = ['#0072B2', '#56B4E9', '#E69F00', '#D55E00'] as const;
const INDEX_COLOR = '#1b4f72';

interface Period {
  readonly period: string;
  readonly end: string;
}

export interface OverviewView {
  readonly element: HTMLElement;
  load(state: ViewState): void;
  /** Partnership and membership markers on the index chart. */
  setDesignations(list: readonly DesignationJson[]): void;
  resize(): void;
}

function tooltipBox(lines: readonly (readonly [string, string])[], title: string): HTMLElement {
  return h(
    'div',
    { class: 'chart-tip' },
    h('strong', {}, title),
    ...lines.map(([k, v]) => h('div', {}, `${k}: ${v}`)),
  );
}

export function createOverview(ctx: Ctx): OverviewView {
  const indexBox = h('div', { class: 'chart', attrs: { 'data-chart': 'index' } });
  const quadBox = h('div', { class: 'chart', attrs: { 'data-chart': 'quads' } });
  const indexState = h('div', { class: 'chart-state' });
  const quadState = h('div', { class: 'chart-state' });
  const table = h('div', { class: 'chart-table' });
  const formula = h('p', { class: 'note' });
  const element = h(
    'section',
    { class: 'card overview', attrs: { id: 'overview', 'aria-labelledby': 'overview-title' } },
    h('h2', { attrs: { id: 'overview-title' } }, 'Relationship over time'),
    h(
      'div',
      { class: 'charts' },
      h(
        'figure',
        { class: 'chart-figure' },
        h('figcaption', {}, 'Relationship index (−100 hostile … +100 close)'),
        h(
          'p',
          { class: 'note small' },
          'Dashed lines: periods in which a partnership or membership is stated.',
        ),
        indexState,
        indexBox,
      ),
      h(
        'figure',
        { class: 'chart-figure' },
        h('figcaption', {}, 'Events per quad class'),
        quadState,
        quadBox,
      ),
    ),
    formula,
    table,
  );

  let indexChart: echarts.ECharts | null = null;
  let quadChart: echarts.ECharts | null = null;
  let index: IndexSeries | null = null;
  let series: Series | null = null;
  let designations: readonly DesignationJson[] = [];
  const latest = new Latest();

  /** The chart of a box (made once); its accessible name summarises it, the data table has the numbers. */
  const chartOf = (box: HTMLElement, current: echarts.ECharts | null, label: string) => {
    box.setAttribute('role', 'img');
    box.setAttribute('aria-label', label);
    return current ?? echarts.init(box, undefined, { renderer: 'svg' });
  };
  const span = (labels: readonly string[]) =>
    labels.length === 0 ? 'no periods' : `${labels[0]} to ${labels[labels.length - 1]}`;

  /** Opens the panel on the events of one period (and quad class). */
  const openPeriod = (p: Period, quad: number | null, opener: Element | null) => {
    const state = ctx.state();
    const pair = dyadPair(state);
    if (!pair) return;
    const label = periodLabel(p.period, state.interval);
    const title = quad ? `${QUAD_NAMES[quad]} events, ${label}` : `Events, ${label}`;
    ctx.openList(
      title,
      async (signal) => {
        const page: EventsPage = await ctx.api.get(
          '/api/events',
          {
            dyad: state.dyad,
            ...(state.direction !== 'both' ? { direction: state.direction } : {}),
            from: p.period,
            to: p.end,
            ...(quad ? { quad: String(quad) } : {}),
            modality: 'asserted,future',
            limit: '100',
          },
          signal,
        );
        return page.items as EventJson[];
      },
      opener,
    );
  };

  const drawIndex = () => {
    if (!index) return;
    const interval = index.interval;
    const points = index.points;
    const labels = points.map((p) => periodLabel(p.period, interval));
    const periodOfDay = (day: string) => points.findIndex((p) => p.period <= day && day <= p.end);
    /** Designations stated for each period (partnerships and memberships), shown as dashed lines. */
    const stated = new Map<number, string[]>();
    for (const d of designations) {
      if (d.kind === 'initiative' || d.day === null) continue;
      const at = periodOfDay(d.day);
      if (at < 0) continue;
      const text = d.kind === 'membership' ? d.label : (d.level ?? d.label);
      const list = stated.get(at) ?? [];
      if (!list.includes(text)) list.push(text);
      stated.set(at, list);
    }
    const markers = [...stated.keys()].map((at) => ({ xAxis: labels[at] }));
    const last = points[points.length - 1];
    indexChart = chartOf(
      indexBox,
      indexChart,
      `Line chart of the relationship index by ${interval}, ${span(labels)}` +
        (last ? `; latest value ${last.index.toFixed(1)}` : '') +
        '. The numbers are in the data table below.',
    );
    indexChart.setOption(
      {
        animation: false,
        grid: { left: 48, right: 16, top: 28, bottom: 40 },
        tooltip: {
          trigger: 'axis',
          formatter: (params: unknown) => {
            const i = (Array.isArray(params) ? params[0] : params) as { dataIndex: number };
            const p = points[i.dataIndex] as IndexPoint;
            const c = p.components;
            return tooltipBox(
              [
                ['Index', p.index.toFixed(1)],
                ['Events', String(c.events)],
                ['Tone', c.tone === null ? '—' : c.tone.toFixed(2)],
                ['Cooperation balance', c.balance === null ? '—' : c.balance.toFixed(2)],
                ['Partnership level', c.level.label ?? 'none known'],
                ...(stated.get(i.dataIndex) ?? []).map((t) => ['Designation stated', t] as const),
              ],
              labels[i.dataIndex] ?? p.period,
            );
          },
        },
        xAxis: { type: 'category', data: labels, axisLabel: { color: '#333' } },
        yAxis: { type: 'value', min: -100, max: 100, axisLabel: { color: '#333' } },
        series: [
          {
            name: 'Relationship index',
            type: 'line',
            data: points.map((p) => Math.round(p.index * 10) / 10),
            color: INDEX_COLOR,
            symbol: 'circle',
            symbolSize: 7,
            markLine: {
              symbol: 'none',
              silent: true,
              lineStyle: { color: '#6b4c9a', type: 'dashed' },
              label: { show: false },
              data: [
                { yAxis: 0, lineStyle: { color: '#888', type: 'solid' }, label: { show: false } },
                ...markers,
              ],
            },
          },
        ],
      },
      { notMerge: true },
    );
    indexChart.off('click');
    indexChart.on('click', (e) => {
      const p = points[e.dataIndex];
      if (p) openPeriod(p, null, indexBox);
    });
  };

  const drawQuads = () => {
    if (!series) return;
    const points = series.points;
    const labels = points.map((p) => periodLabel(p.period, series?.interval ?? 'month'));
    const totals = [0, 1, 2, 3].map((q) => points.reduce((n, p) => n + (p.quads[q] ?? 0), 0));
    quadChart = chartOf(
      quadBox,
      quadChart,
      `Stacked bar chart of events per quad class by ${series.interval}, ${span(labels)}: ` +
        totals.map((n, q) => `${n} ${(QUAD_NAMES[q + 1] ?? '').toLowerCase()}`).join(', ') +
        '. The numbers are in the data table below.',
    );
    quadChart.setOption(
      {
        animation: false,
        grid: { left: 40, right: 16, top: 40, bottom: 40 },
        legend: { top: 0, textStyle: { color: '#222' } },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        xAxis: { type: 'category', data: labels, axisLabel: { color: '#333' } },
        yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#333' } },
        series: [1, 2, 3, 4].map((q) => ({
          name: QUAD_NAMES[q],
          type: 'bar',
          stack: 'quads',
          color: QUAD_COLORS[q - 1],
          data: points.map((p) => p.quads[q - 1]),
        })),
      },
      { notMerge: true },
    );
    quadChart.off('click');
    quadChart.on('click', (e) => {
      const p = points[e.dataIndex];
      if (p) openPeriod(p, (e.seriesIndex ?? 0) + 1, quadBox);
    });
  };

  /** The numbers behind the charts, with a button per period that has events. */
  const drawTable = () => {
    if (!index || !series) return;
    const rows = series.points.map((p, i) => ({ p, ix: index?.points[i] })).filter(({ p }) => p.events > 0);
    fill(
      table,
      h(
        'details',
        {},
        h('summary', {}, `Data table (${rows.length} periods with events)`),
        h(
          'table',
          { class: 'data' },
          h('caption', { class: 'sr-only' }, 'Index and events per period'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ...[
                'Period',
                'Index',
                'Events',
                ...[1, 2, 3, 4].map((q) => QUAD_NAMES[q] ?? ''),
                'Goldstein mean',
                '',
              ].map((t) => h('th', { attrs: { scope: 'col' } }, t)),
            ),
          ),
          h(
            'tbody',
            {},
            ...rows.map(({ p, ix }) =>
              h(
                'tr',
                {},
                h('th', { attrs: { scope: 'row' } }, periodLabel(p.period, series?.interval ?? 'month')),
                h('td', { class: 'num' }, ix ? ix.index.toFixed(1) : '—'),
                h('td', { class: 'num' }, p.events),
                ...p.quads.map((n) => h('td', { class: 'num' }, n)),
                h('td', { class: 'num' }, signed(p.goldstein.mean)),
                h(
                  'td',
                  {},
                  h(
                    'button',
                    {
                      class: 'link',
                      attrs: { type: 'button' },
                      on: { click: (e) => openPeriod(p, null, e.currentTarget as Element) },
                    },
                    'Events',
                  ),
                ),
              ),
            ),
          ),
        ),
      ),
    );
  };

  const load = (state: ViewState) => {
    const pair = dyadPair(state);
    if (!pair) return;
    const signal = latest.start();
    const base = `/api/dyads/${encodeURIComponent(pair[0])}/${encodeURIComponent(pair[1])}`;
    const query = seriesQuery(state);
    showLoading(indexState, 'the index');
    showLoading(quadState, 'the event counts');
    element.setAttribute('aria-busy', 'true');
    fill(table);
    fill(formula);
    Promise.all([
      ctx.api.get<IndexSeries>(`${base}/index`, query, signal),
      ctx.api.get<Series>(`${base}/series`, query, signal),
    ]).then(
      ([i, s]) => {
        index = i;
        series = s;
        done(element);
        const total = s.points.reduce((n, p) => n + p.events, 0);
        if (total === 0) {
          indexBox.hidden = true;
          quadBox.hidden = true;
          fill(indexState, h('p', { class: 'state state-empty' }, 'No events for this dyad in this period.'));
          fill(quadState);
          return;
        }
        fill(indexState);
        fill(quadState);
        indexBox.hidden = false;
        quadBox.hidden = false;
        done(indexState);
        done(quadState);
        drawIndex();
        drawQuads();
        indexChart?.resize();
        quadChart?.resize();
        drawTable();
        fill(formula, h('details', {}, h('summary', {}, 'How the index is computed'), h('p', {}, i.formula)));
      },
      (error: unknown) => {
        if (isAbort(error)) return;
        done(element);
        indexBox.hidden = true;
        quadBox.hidden = true;
        showError(indexState, error, () => load(ctx.state()));
        fill(quadState);
      },
    );
  };

  return {
    element,
    load,
    setDesignations(list) {
      designations = list;
      drawIndex();
    },
    resize() {
      indexChart?.resize();
      quadChart?.resize();
    },
  };
}
