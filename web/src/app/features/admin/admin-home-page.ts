import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-admin-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section class="page">
      <h1>Admin</h1>
      <nav aria-label="Admin">
        <ul class="admin-areas">
          <li class="panel"><a routerLink="products">Products and stock</a><p class="muted">Create, edit and delete products, upload pictures, set stock.</p></li>
          <li class="panel"><a routerLink="orders">Orders</a><p class="muted">Every shopper's orders by status; ship and mark delivered.</p></li>
          <li class="panel"><a routerLink="shipping-methods">Shipping methods</a><p class="muted">What delivery and collection cost, where they go and how long they take.</p></li>
          <li class="panel"><a routerLink="tax-rates">Tax rates</a><p class="muted">Sales tax and VAT by country and region.</p></li>
          <li class="panel"><a routerLink="discount-codes">Discount codes</a><p class="muted">Codes shoppers enter at checkout, their limits and use.</p></li>
          <li class="panel"><a routerLink="customers">Customers</a><p class="muted">Find a customer by e-mail, see their orders and spend, lock or unlock their account, make them staff.</p></li>
          <li class="panel"><a routerLink="spreadsheets">Import and export</a><p class="muted">Products and orders as CSV for a spreadsheet; import products from one.</p></li>
          <li class="panel"><a routerLink="emails">Failed e-mails</a><p class="muted">E-mails SES did not take, to send again.</p></li>
        </ul>
      </nav>
    </section>
  `,
  styles: `.admin-areas { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; }`,
})
export class AdminHomePage {}
