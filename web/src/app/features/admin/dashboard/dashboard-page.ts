import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Dashboard, DashboardPeriodName, DashboardQuery } from '../../../core/api/dashboard-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { formatMoney } from '../../../shared/money';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { BarChart, ChartBar } from './bar-chart';
import { DashboardService } from './dashboard.service';

/** The admin home: how the shop is doing over a period, what needs a person, and the way to every admin area. */
@Component({
  selector: 'app-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChart, ErrorAlert, RouterLink, StackedTable],
  templateUrl: './dashboard-page.html',
  styles: `
    .period { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }
    .cards, .statuses, .attention, .admin-areas { list-style: none; padding: 0; margin: 0; display: grid; gap: 1rem; }
    .cards { grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); }
    .statuses { grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr)); }
    .attention { grid-template-columns: repeat(auto-fill, minmax(13rem, 1fr)); }
    .statuses li { display: flex; justify-content: space-between; align-items: baseline; gap: 0.5rem; }
    .attention li { display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
    .attention-due { border-color: #b45309; }
    .admin-areas { grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); }
    .card { display: flex; flex-direction: column; gap: 0.25rem; }
    .card-label { font-size: 0.85rem; text-transform: uppercase; letter-spacing: 0.03em; }
    .card-value { font-size: 1.6rem; }
    .charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 22rem), 1fr)); gap: 1rem; }
    .numeric { text-align: right; font-variant-numeric: tabular-nums; }
    h2 { margin-top: 1.5rem; }
  `,
})
export class DashboardPage implements OnInit {
  private readonly dashboards = inject(DashboardService);

  protected readonly query = signal<DashboardQuery>({ period: 'today' });
  protected readonly custom = computed(() => this.query().period === 'custom');
  protected readonly dashboard = signal<Dashboard | null>(null);
  protected readonly loading = new RequestState();
  protected readonly plainNumber = (value: number): string => value.toFixed(2);

  ngOnInit(): void {
    this.loadDashboard();
  }

  protected choosePeriod(period: string): void {
    this.query.update((q) => ({ ...q, period: period as DashboardPeriodName }));
    if (period !== 'custom') {
      this.loadDashboard();
    }
  }

  protected showPeriod(period: string, from: string, to: string): void {
    this.query.set(period === 'custom' ? { period: 'custom', from, to } : { period: period as DashboardPeriodName });
    this.loadDashboard();
  }

  protected checkDrift(): void {
    this.loadDashboard(true);
  }

  protected readonly money = formatMoney;

  protected moneyIn(currency: string): (value: number) => string {
    return (value) => this.money(value, currency);
  }

  protected revenuePerDay(dashboard: Dashboard, currency: string): ChartBar[] {
    return dashboard.days.map((day) => ({ label: day.day, value: day.revenue.find((r) => r.currency === currency)?.total ?? 0 }));
  }

  protected ordersPerDay(dashboard: Dashboard): ChartBar[] {
    return dashboard.days.map((day) => ({ label: day.day, value: day.placed }));
  }

  protected topByRevenue(dashboard: Dashboard): ChartBar[] {
    return dashboard.topProductsByRevenue.map((p) => ({ label: `${p.name ?? p.productId} (${p.currency})`, value: p.revenue }));
  }

  protected topByUnits(dashboard: Dashboard): ChartBar[] {
    return dashboard.topProductsByUnits.map((p) => ({ label: p.name ?? p.productId, value: p.units }));
  }

  private loadDashboard(drift = false): void {
    const query = this.query();
    this.loading.run(this.dashboards.load(query, drift), (dashboard) => this.dashboard.set(dashboard));
  }
}
