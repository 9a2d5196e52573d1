import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

@Component({
  selector: 'app-not-found-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink],
  template: `
    <section class="panel narrow page">
      <h1>Page not found</h1>
      <p>There is nothing at this address. <a routerLink="/products">Browse products</a></p>
    </section>
  `,
})
export class NotFoundPage {}
