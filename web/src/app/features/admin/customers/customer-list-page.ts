import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, OnInit, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Customer, CustomerSearch } from '../../../core/api/customer-admin-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { CustomerAdminService } from './customer-admin.service';

@Component({
  selector: 'app-customer-list-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DatePipe, ErrorAlert, RouterLink, StackedTable],
  template: `
    <section class="page">
      <h1>Customers</h1>
      <form class="panel search" role="search" aria-label="Customers" (submit)="$event.preventDefault(); searchCustomers(email.value, from.value, to.value)">
        <div class="field">
          <label for="customer-email">E-mail starts with</label>
          <input #email id="customer-email" type="search" autocomplete="off" placeholder="ann@" />
        </div>
        <div class="field">
          <label for="customer-from">Signed up from</label>
          <input #from id="customer-from" type="date" />
        </div>
        <div class="field">
          <label for="customer-to">Signed up to</label>
          <input #to id="customer-to" type="date" />
        </div>
        <button type="submit" class="button button-primary" [disabled]="loading.busy()">Search</button>
      </form>
      <app-error-alert [error]="loading.error()" />
      <table class="table" appStackedTable>
        <caption class="visually-hidden">Customers found</caption>
        <thead>
          <tr><th scope="col">E-mail</th><th scope="col">Name</th><th scope="col">Signed up</th><th scope="col">Sign-in</th><th scope="col">Role</th></tr>
        </thead>
        <tbody>
          @for (customer of customers(); track customer.id) {
            <tr [attr.data-customer-id]="customer.id">
              <td><a [routerLink]="customer.id">{{ customer.email }}</a></td>
              <td>{{ customer.name ?? '—' }}</td>
              <td>{{ customer.signedUpAt | date: 'mediumDate' }}</td>
              <td>{{ customer.enabled ? 'Enabled' : 'Disabled' }}</td>
              <td>{{ customer.isAdmin ? 'Admin' : 'Customer' }}</td>
            </tr>
          } @empty {
            @if (!loading.busy()) {
              <tr><td colspan="5" class="muted">{{ cursor() ? 'None on this page: show more to keep looking.' : 'No customers found.' }}</td></tr>
            }
          }
        </tbody>
      </table>
      @if (cursor()) {
        <button type="button" class="button button-secondary" [disabled]="loading.busy()" (click)="showMoreCustomers()">Show more customers</button>
      }
    </section>
  `,
  styles: `.search { display: flex; flex-wrap: wrap; gap: 1rem; align-items: end; }`,
})
export class CustomerListPage implements OnInit {
  private readonly customersApi = inject(CustomerAdminService);

  protected readonly customers = signal<readonly Customer[]>([]);
  protected readonly cursor = signal<string | null>(null);
  protected readonly loading = new RequestState();
  private search: CustomerSearch = {};

  ngOnInit(): void {
    this.loadCustomers();
  }

  protected searchCustomers(email: string, signedUpFrom: string, signedUpTo: string): void {
    this.search = { email: email.trim(), signedUpFrom, signedUpTo };
    this.customers.set([]);
    this.loadCustomers();
  }

  protected showMoreCustomers(): void {
    this.loadCustomers(this.cursor() ?? undefined);
  }

  private loadCustomers(cursor?: string): void {
    this.loading.run(this.customersApi.search(this.search, cursor), (page) => {
      this.customers.update((shown) => (cursor ? [...shown, ...page.items] : page.items));
      this.cursor.set(page.nextToken ?? null);
    });
  }
}
