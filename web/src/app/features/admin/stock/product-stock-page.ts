import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ApiError } from '../../../core/api/api-error';
import { ProductStock, StockMovement } from '../../../core/api/stock-models';
import { AuthService } from '../../../core/auth/auth.service';
import { ErrorAlert } from '../../../shared/error-alert';
import { FieldErrors, fieldErrorsOf } from '../../../shared/field-errors';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { StockAdminService } from './stock-admin.service';
import { movementLabel, movementMoves, movementQuantity } from './stock-movement-labels';

/** One product's stock: its figures, a count and an adjustment (each with its reason), and its ledger. */
@Component({
  selector: 'app-product-stock-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ErrorAlert, FormsModule, RouterLink, StackedTable],
  templateUrl: './product-stock-page.html',
  styles: `
    .figures { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: 1rem; }
    .figures li { display: flex; flex-direction: column; align-items: flex-start; gap: .25rem; min-width: 0; }
    .figure-label { font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
    .figure-value { font-size: 1.6rem; font-variant-numeric: tabular-nums; }
    .forms { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr)); gap: 1rem; margin-top: 1.5rem; }
    .page-header h1, .product-id { overflow-wrap: anywhere; }
    .forms form { display: flex; flex-direction: column; gap: .75rem; }
    .forms h2 { margin: 0; }
    .ledger-title { margin-top: 1.5rem; }
    .ledger-more { margin-top: .75rem; }
    td.reason { min-width: 12rem; }
  `,
})
export class ProductStockPage implements OnInit {
  private readonly stockApi = inject(StockAdminService);
  private readonly auth = inject(AuthService);

  readonly productId = input.required<string>();
  protected readonly name = signal<string | null>(null);
  protected readonly stock = signal<ProductStock | null>(null);
  protected readonly movements = signal<readonly StockMovement[]>([]);
  protected readonly nextToken = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly ledger = new RequestState();
  protected readonly counting = new RequestState();
  protected readonly adjusting = new RequestState();
  protected readonly countErrors = computed(() => fieldErrorsOf(this.counting.error()));
  protected readonly adjustErrors = computed(() => fieldErrorsOf(this.adjusting.error()));
  /** A refusal that names no field (taking away more than is there, the ceiling) shows above the button. */
  protected readonly countAlert = computed(() => alertOf(this.counting.error(), this.countErrors()));
  protected readonly adjustAlert = computed(() => alertOf(this.adjusting.error(), this.adjustErrors()));
  protected count = { availableQty: null as number | null, reason: '' };
  protected adjustment = { qty: null as number | null, reason: '' };
  protected readonly label = movementLabel;
  protected readonly moves = movementMoves;
  protected readonly quantity = movementQuantity;

  ngOnInit(): void {
    this.stockApi.product(this.productId()).subscribe({ next: (product) => this.name.set(product.name), error: () => this.name.set(null) });
    this.loadFigures();
    this.loadMovements();
  }

  protected recordCount(): void {
    const { availableQty, reason } = this.count;
    this.counting.run(this.stockApi.count(this.productId(), availableQty, reason.trim()), (done) => {
      this.count = { availableQty: null, reason: '' };
      this.changed(`Counted: ${done.inventory.availableQty} on hand for sale.`);
    });
  }

  protected recordAdjustment(): void {
    const { qty, reason } = this.adjustment;
    this.adjusting.run(this.stockApi.adjust(this.productId(), qty, reason.trim()), (done) => {
      this.adjustment = { qty: null, reason: '' };
      const change = (qty ?? 0) > 0 ? `Added ${qty} units` : `Took away ${-(qty ?? 0)} units`;
      this.changed(`${change}: ${done.inventory.availableQty} on hand for sale.`);
    });
  }

  protected showMoreMovements(): void {
    this.loadMovements(this.nextToken() ?? undefined);
  }

  /** Who moved the stock: an order, the reconciliation, you, or another staff account. */
  protected who(movement: StockMovement): string {
    if (movement.orderId) return `Order ${movement.orderId.slice(0, 8)}`;
    if (movement.by === 'reconciliation') return 'Reconciliation';
    if (movement.by && movement.by === this.auth.session()?.userId) return 'You';
    return movement.by ? `Staff ${movement.by.slice(0, 8)}` : '—';
  }

  private changed(message: string): void {
    this.notice.set(message);
    this.loadFigures();
    this.loadMovements();
  }

  private loadFigures(): void {
    this.loading.run(this.stockApi.stock(this.productId()), (stock) => this.stock.set(stock));
  }

  private loadMovements(nextToken?: string): void {
    this.ledger.run(this.stockApi.movements(this.productId(), nextToken), (page) => {
      this.movements.update((shown) => (nextToken ? [...shown, ...page.items] : page.items));
      this.nextToken.set(page.nextToken ?? null);
    });
  }
}

function alertOf(error: ApiError | null, fields: FieldErrors): ApiError | null {
  return error && Object.keys(fields).length === 0 ? error : null;
}
