import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Observable } from 'rxjs';
import { Customer, CustomerDetails } from '../../../core/api/customer-admin-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { MoneyPipe } from '../../../shared/money';
import { OrderStatusBadge } from '../../../shared/order-status-badge';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { CustomerAdminService } from './customer-admin.service';

/** An account move waiting for the admin to confirm it. */
interface PendingChange {
  readonly question: string;
  readonly confirmLabel: string;
  readonly done: string;
  readonly send: () => Observable<Customer>;
}

@Component({
  selector: 'app-customer-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, DatePipe, ErrorAlert, OrderStatusBadge, RouterLink, StackedTable],
  templateUrl: './customer-page.html',
  styles: `
    .facts { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; margin: 0; }
    .facts dt { font-weight: 600; } .facts dd { margin: 0; }
    .actions, .confirm-buttons { display: flex; flex-wrap: wrap; gap: .75rem; }
    .actions, .confirm { margin-top: 1.25rem; } .confirm p { margin-top: 0; }
    .sections { display: grid; grid-template-columns: minmax(0, 1fr); gap: 1.5rem; }
    h1 { overflow-wrap: anywhere; }
    .addresses { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; }
    address { font-style: normal; }
  `,
})
export class CustomerPage implements OnInit {
  private readonly customersApi = inject(CustomerAdminService);

  readonly customerId = input.required<string>();
  protected readonly details = signal<CustomerDetails | null>(null);
  protected readonly pending = signal<PendingChange | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly loading = new RequestState();
  protected readonly action = new RequestState();

  ngOnInit(): void {
    this.loading.run(this.customersApi.get(this.customerId()), (details) => this.details.set(details));
  }

  protected askToDisable(customer: Customer): void {
    this.ask({
      question: `Disable ${customer.email}? They can no longer sign in and are signed out everywhere; a session already open ends within the hour.`,
      confirmLabel: 'Yes, disable sign-in', done: `${customer.email} can no longer sign in.`,
      send: () => this.customersApi.disable(customer.id),
    });
  }

  protected askToEnable(customer: Customer): void {
    this.ask({
      question: `Let ${customer.email} sign in again?`, confirmLabel: 'Yes, enable sign-in', done: `${customer.email} can sign in again.`,
      send: () => this.customersApi.enable(customer.id),
    });
  }

  protected askToGrantAdmin(customer: Customer): void {
    this.ask({
      question: `Make ${customer.email} an admin? At their next sign-in they can run the whole shop.`,
      confirmLabel: 'Yes, make admin', done: `${customer.email} is now an admin.`,
      send: () => this.customersApi.grantAdmin(customer.id),
    });
  }

  protected askToRevokeAdmin(customer: Customer): void {
    this.ask({
      question: `Remove the admin role from ${customer.email}?`, confirmLabel: 'Yes, remove admin role',
      done: `${customer.email} is no longer an admin.`, send: () => this.customersApi.revokeAdmin(customer.id),
    });
  }

  protected confirmChange(change: PendingChange): void {
    this.action.run(change.send(), (customer) => {
      this.pending.set(null);
      this.details.update((shown) => (shown ? { ...shown, customer } : shown));
      this.notice.set(change.done);
    });
  }

  protected cancelChange(): void {
    this.pending.set(null);
  }

  private ask(change: PendingChange): void {
    this.notice.set(null);
    this.action.error.set(null);
    this.pending.set(change);
  }
}
