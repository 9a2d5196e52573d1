import { ChangeDetectionStrategy, Component } from '@angular/core';

@Component({
  selector: 'app-admin-home-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="page">
      <h1>Admin</h1>
      <p>Products, stock and orders are managed here.</p>
    </section>
  `,
})
export class AdminHomePage {}
