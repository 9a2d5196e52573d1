import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

/** One bar: its label (a day, a product) and its value. */
export interface ChartBar {
  readonly label: string;
  readonly value: number;
}

let nextChartId = 0;

/**
 * A bar chart drawn by the app itself as inline SVG: nothing is loaded from anywhere. The SVG is one
 * image (role="img") named by the chart's title, with a text alternative that states the figures'
 * range; the same figures follow as a table a screen reader or a careful reader can open.
 * Vertical bars for a series (days), horizontal ones for a ranking (products).
 */
@Component({
  selector: 'app-bar-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <figure class="chart panel">
      <figcaption [id]="titleId">{{ title() }}</figcaption>
      @if (bars().length === 0) {
        <p class="muted">Nothing in this period.</p>
      } @else {
        <svg role="img" [attr.aria-labelledby]="titleId + ' ' + descId" [attr.viewBox]="'0 0 ' + width + ' ' + height()" [attr.preserveAspectRatio]="ranking() ? null : 'none'"
             class="chart-svg" [class.chart-ranking]="ranking()" focusable="false">
          <title>{{ title() }}</title>
          <desc [id]="descId">{{ summary() }}</desc>
          @if (ranking()) {
            @for (bar of drawn(); track $index) {
              <rect class="chart-bar" x="0" [attr.y]="bar.y" [attr.width]="bar.size" [attr.height]="bar.thickness" rx="2" />
              <text class="chart-label" x="4" [attr.y]="bar.y - 4">{{ bar.label }} · {{ bar.text }}</text>
            }
          } @else {
            <line class="chart-axis" x1="0" [attr.y1]="height() - 0.5" [attr.x2]="width" [attr.y2]="height() - 0.5" />
            @for (bar of drawn(); track $index) {
              <rect class="chart-bar" [attr.x]="bar.x" [attr.y]="height() - bar.size" [attr.width]="bar.thickness" [attr.height]="bar.size" rx="1" />
            }
          }
        </svg>
        @if (!ranking()) {
          <div class="chart-range muted" aria-hidden="true"><span>{{ bars()[0].label }}</span><span>{{ bars()[bars().length - 1].label }}</span></div>
        }
        <details class="chart-table">
          <summary>{{ title() }}: the figures</summary>
          <table class="table">
            <thead><tr><th scope="col">{{ labelHeading() }}</th><th scope="col" class="numeric">{{ valueHeading() }}</th></tr></thead>
            <tbody>
              @for (bar of bars(); track $index) {
                <tr><th scope="row">{{ bar.label }}</th><td class="numeric">{{ format()(bar.value) }}</td></tr>
              }
            </tbody>
          </table>
        </details>
      }
    </figure>
  `,
  styles: `
    .chart { margin: 0; display: flex; flex-direction: column; gap: 0.5rem; min-width: 0; }
    .chart figcaption { font-weight: 600; }
    .chart-svg { width: 100%; height: 10rem; display: block; }
    .chart-svg.chart-ranking { height: auto; }
    .chart-bar { fill: var(--color-primary, #1d4ed8); }
    .chart-axis { stroke: currentColor; stroke-width: 1; opacity: 0.5; }
    .chart-label { font-size: 20px; fill: currentColor; }
    .chart-range { display: flex; justify-content: space-between; font-size: 0.8rem; }
    .numeric { text-align: right; font-variant-numeric: tabular-nums; }
    /* A row's name (a product, a day) as written, not in the column headers' capitals. */
    .chart-table tbody th { text-transform: none; letter-spacing: normal; font-size: inherit; color: inherit; font-weight: 500; }
  `,
})
export class BarChart {
  readonly title = input.required<string>();
  readonly bars = input.required<readonly ChartBar[]>();
  /** True for a ranking (horizontal bars, labelled), false for a series over days (vertical bars). */
  readonly ranking = input(false);
  readonly labelHeading = input('Day');
  readonly valueHeading = input('Value');
  readonly format = input<(value: number) => string>((value) => String(value));

  protected readonly width = 600;
  private readonly id = nextChartId++;
  protected readonly titleId = `chart-title-${this.id}`;
  protected readonly descId = `chart-desc-${this.id}`;

  protected readonly height = computed(() => (this.ranking() ? Math.max(1, this.bars().length) * 52 : 160));

  /** The text alternative: what the chart shows at a glance, with its highest and lowest figures. */
  protected readonly summary = computed(() => {
    const bars = this.bars();
    if (bars.length === 0) return 'No figures.';
    const format = this.format();
    const highest = bars.reduce((a, b) => (b.value > a.value ? b : a));
    const lowest = bars.reduce((a, b) => (b.value < a.value ? b : a));
    return `${bars.length} bars; highest ${highest.label} at ${format(highest.value)}, lowest ${lowest.label} at ${format(lowest.value)}.`;
  });

  protected readonly drawn = computed(() => {
    const bars = this.bars();
    const max = Math.max(0, ...bars.map((b) => b.value)) || 1;
    const format = this.format();
    if (this.ranking()) {
      return bars.map((bar, i) => ({
        label: bar.label, text: format(bar.value), x: 0, y: i * 52 + 26, thickness: 18,
        size: Math.max(2, (Math.max(0, bar.value) / max) * this.width),
      }));
    }
    const slot = this.width / bars.length;
    return bars.map((bar, i) => ({
      label: bar.label, text: format(bar.value), x: i * slot + slot * 0.15, y: 0, thickness: Math.max(1, slot * 0.7),
      size: (Math.max(0, bar.value) / max) * 150,
    }));
  });
}
