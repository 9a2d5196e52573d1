import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ReconciliationReport } from '../../../core/api/stock-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { StockAdminService } from './stock-admin.service';

/**
 * The shop-wide check of reserved stock against the live orders that hold it. The report is repair's
 * preview: each row says what repair would set; Repair asks first, then shows the report again.
 */
@Component({
  selector: 'app-stock-reconciliation-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ErrorAlert, RouterLink, StackedTable],
  template: `
    <section class="page">
      <p><a routerLink="/admin">← Dashboard</a></p>
      <h1>Stock reconciliation</h1>
      <p class="muted">
        Each product's reserved units should be what its unpaid orders (pending or paying) hold. A product whose figures
        disagree is listed with what Repair would set: reserved to what orders hold, the difference back on sale (or taken
        from it). A product that moved in the last 30 seconds is left for the next look.
      </p>
      @if (notice(); as done) {
        <p class="alert alert-success" role="status" data-testid="admin-notice">{{ done }}</p>
      }
      <app-error-alert [error]="loading.error()" />
      <app-error-alert [error]="repairing.error()" />

      @if (report(); as r) {
        <p data-testid="reconciliation-summary">
          @if (r.products.length === 0) {
            Nothing to repair: every product's reserved stock matches its live orders.
          } @else {
            {{ r.products.length }} {{ r.products.length === 1 ? 'product disagrees with its orders' : 'products disagree with their orders' }},
            {{ r.drift }} {{ r.drift === 1 ? 'unit' : 'units' }} out of line in all.
          }
        </p>
        @if (r.products.length > 0) {
          <div class="table-scroll" role="region" tabindex="0" aria-label="Products whose reserved stock disagrees with their orders">
            <table class="table" appStackedTable data-testid="reconciliation">
              <caption class="visually-hidden">Products whose reserved stock disagrees with their orders, and what repair would set</caption>
              <thead>
                <tr>
                  <th scope="col">Product</th><th scope="col">Repair would set</th><th scope="col" class="num">Reserved</th>
                  <th scope="col" class="num">Orders hold</th><th scope="col" class="num">Available</th>
                </tr>
              </thead>
              <tbody>
                @for (product of r.products; track product.productId) {
                  <tr [attr.data-product-id]="product.productId">
                    <td><a [routerLink]="['/admin/products', product.productId, 'stock']">{{ product.name ?? product.productId }}</a></td>
                    <td class="repair">
                      @if (product.repair; as after) {
                        reserved {{ product.reservedQty }} → {{ after.reservedQty }}, available {{ product.availableQty }} → {{ after.availableQty }}
                      } @else {
                        <span class="badge badge-warning">Left for staff</span> {{ product.leftForStaff }}
                      }
                    </td>
                    <td class="num">{{ product.reservedQty }}</td>
                    <td class="num">{{ product.pendingQty }}</td>
                    <td class="num">{{ product.availableQty }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (confirming()) {
            <div class="alert alert-info confirm" role="alertdialog" aria-labelledby="repair-question">
              <p id="repair-question">
                Repair {{ repairable() }} {{ repairable() === 1 ? 'product' : 'products' }} as listed above? Each change is written to the
                product's ledger; a product whose stock moves meanwhile is left for the next look.
              </p>
              <div class="actions">
                <button type="button" class="button button-danger" [disabled]="repairing.busy()" (click)="repairStock()">Yes, repair</button>
                <button type="button" class="button button-ghost" (click)="confirming.set(false)">Cancel</button>
              </div>
            </div>
          }
        }
        @if (!confirming()) {
          <div class="actions">
            @if (repairable() > 0) {
              <button type="button" class="button button-primary" (click)="askToRepair()">Repair…</button>
            }
            <button type="button" class="button button-secondary" [disabled]="loading.busy()" (click)="loadReport()">Check again</button>
          </div>
        }
      }
    </section>
  `,
  styles: `
    .actions { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1rem; }
    .confirm { margin-top: 1rem; } .confirm p { margin-top: 0; }
    td.repair { min-width: 11rem; }
  `,
})
export class StockReconciliationPage implements OnInit {
  private readonly stockApi = inject(StockAdminService);

  protected readonly report = signal<ReconciliationReport | null>(null);
  protected readonly repairable = computed(() => (this.report()?.products ?? []).filter((p) => p.repair).length);
  protected readonly confirming = signal(false);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly repairing = new RequestState();

  ngOnInit(): void {
    this.loadReport();
  }

  protected askToRepair(): void {
    this.notice.set(null);
    this.confirming.set(true);
  }

  protected repairStock(): void {
    const names = new Map((this.report()?.products ?? []).map((p) => [p.productId, p.name ?? p.productId]));
    this.repairing.run(this.stockApi.repair(), (done) => {
      this.confirming.set(false);
      this.notice.set(
        done.repaired.length === 0
          ? 'Nothing was repaired: the stock moved meanwhile or had nothing left to repair.'
          : `Repaired ${done.repaired.map((id) => names.get(id) ?? id).join(', ')}.`,
      );
      this.loadReport();
    });
  }

  protected loadReport(): void {
    this.loading.run(this.stockApi.reconciliation(), (report) => this.report.set(report));
  }
}
