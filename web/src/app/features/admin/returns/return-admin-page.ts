import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LineDisposition, ReturnChanged, ReturnStatus, ShopReturn } from '../../../core/api/return-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { MoneyPipe } from '../../../shared/money';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { ReturnAdminService } from './return-admin.service';

export const ADMIN_RETURN_STATUSES: readonly ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED', 'REFUNDED', 'REJECTED'];

@Component({
  selector: 'app-return-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, ErrorAlert, RouterLink, StackedTable],
  template: `
    <section class="page">
      <div class="page-header">
        <h1>Returns</h1>
        <div class="field">
          <label for="return-status">Status</label>
          <select id="return-status" [value]="status()" (change)="showStatus($any($event.target).value)">
            @for (option of statuses; track option) {
              <option [value]="option">{{ option }}</option>
            }
          </select>
        </div>
      </div>
      @if (notice(); as shown) {
        <p class="alert alert-success" role="status" data-testid="admin-notice">{{ shown }}</p>
      }
      <app-error-alert [error]="loading.error()" />
      <app-error-alert [error]="action.error()" />
      <table class="table" appStackedTable>
        <caption class="visually-hidden">{{ status() }} returns, newest first</caption>
        <thead>
          <tr><th scope="col">Return</th><th scope="col">Order</th><th scope="col">Asked</th><th scope="col">Items</th>
            <th scope="col">Reason</th><th scope="col">Action</th></tr>
        </thead>
        <tbody>
          @for (item of returns(); track item.returnId) {
            <tr [attr.data-return-id]="item.returnId">
              <td class="ref">{{ item.returnId.slice(0, 11) }}</td>
              <td class="ref"><a [routerLink]="['/admin/orders', item.orderId]">{{ item.orderId.slice(0, 10) }}</a></td>
              <td>{{ item.createdAt | date: 'medium' }}</td>
              <td>
                @for (line of item.lines; track line.productId) {
                  <div class="line">
                    <span class="quantity">{{ line.quantity }} ×</span>
                    @if (line.name) {
                      <span>{{ line.name }}</span>
                    } @else {
                      <span class="mono">{{ line.productId }}</span>
                    }
                    @if (item.status === 'APPROVED') {
                      <label class="visually-hidden" [for]="'disposition-' + item.returnId + '-' + line.productId">What became of {{ line.name ?? line.productId }}</label>
                      <select [id]="'disposition-' + item.returnId + '-' + line.productId" (change)="choose(item, line.productId, $any($event.target).value)">
                        <option value="BACK_TO_STOCK">Back to stock</option>
                        <option value="WRITE_OFF">Write off</option>
                      </select>
                    } @else if (line.disposition) {
                      <span class="muted">({{ line.disposition === 'WRITE_OFF' ? 'written off' : 'back to stock' }})</span>
                    }
                  </div>
                }
              </td>
              <td>{{ item.reason }}@if (item.rejectReason) {<br /><span class="muted">Rejected: {{ item.rejectReason }}</span>}</td>
              <td>
                @if (item.status === 'REQUESTED') {
                  <div class="decide">
                    <button type="button" class="button button-primary" [disabled]="action.busy()"
                            [attr.aria-label]="'Approve return ' + item.returnId.slice(0, 11)" (click)="approveReturn(item)">Approve</button>
                    <label class="visually-hidden" [for]="'reject-' + item.returnId">Why reject return {{ item.returnId.slice(0, 11) }}</label>
                    <input #why [id]="'reject-' + item.returnId" placeholder="Why reject" />
                    <button type="button" class="button button-danger" [disabled]="action.busy()"
                            [attr.aria-label]="'Reject return ' + item.returnId.slice(0, 11)" (click)="rejectReturn(item, why.value)">Reject</button>
                  </div>
                } @else if (item.status === 'APPROVED') {
                  <button type="button" class="button button-primary" [disabled]="action.busy()"
                          [attr.aria-label]="'Receive return ' + item.returnId.slice(0, 11)" (click)="receiveReturn(item)">Receive</button>
                } @else if (item.refundAmount !== null && item.refundAmount !== undefined) {
                  <span>Refunded {{ item.refundAmount | money: item.currency }}</span>
                } @else {
                  <span class="muted">—</span>
                }
              </td>
            </tr>
          } @empty {
            @if (!loading.busy()) {
              <tr><td colspan="6" class="muted">No {{ status() }} returns.</td></tr>
            }
          }
        </tbody>
      </table>
      @if (nextToken()) {
        <button type="button" class="button button-secondary" [disabled]="loading.busy()" (click)="showMoreReturns()">Show more returns</button>
      }
    </section>
  `,
  styles: `.decide { display: flex; gap: .5rem; flex-wrap: wrap; } .decide input { width: 9rem; } .line { display: flex; gap: .4rem; align-items: center; } .quantity { white-space: nowrap; }`,
})
export class ReturnAdminPage implements OnInit {
  private readonly returnsApi = inject(ReturnAdminService);

  protected readonly statuses = ADMIN_RETURN_STATUSES;
  protected readonly status = signal<ReturnStatus>('REQUESTED');
  protected readonly returns = signal<readonly ShopReturn[]>([]);
  protected readonly nextToken = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly action = new RequestState();
  /** Per return and line, what staff chose; a line not chosen goes back to stock. */
  private readonly dispositions = new Map<string, LineDisposition>();

  ngOnInit(): void {
    this.loadReturns();
  }

  protected showStatus(status: ReturnStatus): void {
    this.status.set(status);
    this.returns.set([]);
    this.loadReturns();
  }

  protected showMoreReturns(): void {
    this.loadReturns(this.nextToken() ?? undefined);
  }

  protected choose(item: ShopReturn, productId: string, disposition: LineDisposition): void {
    this.dispositions.set(`${item.returnId}/${productId}`, disposition);
  }

  protected approveReturn(item: ShopReturn): void {
    this.action.run(this.returnsApi.approve(item.returnId), (changed) => this.moved(item, changed));
  }

  protected rejectReturn(item: ShopReturn, reason: string): void {
    this.action.run(this.returnsApi.reject(item.returnId, reason.trim()), (changed) => this.moved(item, changed));
  }

  protected receiveReturn(item: ShopReturn): void {
    const lines = item.lines.map((l) => ({ productId: l.productId, disposition: this.dispositions.get(`${item.returnId}/${l.productId}`) ?? 'BACK_TO_STOCK' }));
    this.action.run(this.returnsApi.receive(item.returnId, lines), (changed) => this.moved(item, changed));
  }

  private moved(item: ShopReturn, changed: ReturnChanged): void {
    this.returns.update((shown) => shown.filter((r) => r.returnId !== item.returnId));
    this.notice.set(`${item.returnId.slice(0, 11)}: ${changed.message}.`);
  }

  private loadReturns(nextToken?: string): void {
    this.loading.run(this.returnsApi.listByStatus(this.status(), nextToken), (page) => {
      this.returns.update((shown) => (nextToken ? [...shown, ...page.items] : page.items));
      this.nextToken.set(page.nextToken ?? null);
    });
  }
}
