import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { Product } from '../core/api/api-models';
import { MoneyPipe } from './money';

@Component({
  selector: 'app-product-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RouterLink, MoneyPipe],
  template: `
    @let item = product();
    <a class="card" [routerLink]="['/products', item.productId]">
      @if (item.imageUrl) {
        <img class="picture" [src]="item.imageUrl" [alt]="item.name" width="320" height="240"
             [attr.loading]="eager() ? 'eager' : 'lazy'" [attr.fetchpriority]="eager() ? 'high' : null" />
      } @else {
        <div class="picture placeholder" aria-hidden="true">{{ item.name.charAt(0) }}</div>
      }
      <div class="body">
        <span class="category">{{ item.category }}</span>
        <h3 class="name">{{ item.name }}</h3>
        <span class="price">{{ item.price | money: item.currency }}</span>
      </div>
    </a>
  `,
  styles: `
    .card { display: flex; flex-direction: column; height: 100%; background: #fff; border: 1px solid var(--border); border-radius: var(--radius); overflow: hidden; color: inherit; text-decoration: none; transition: box-shadow .15s, transform .15s; }
    .card:hover { box-shadow: 0 8px 24px rgb(15 23 42 / .08); transform: translateY(-2px); }
    .picture { width: 100%; aspect-ratio: 4 / 3; height: auto; object-fit: cover; background: #f1f5f9; }
    .placeholder { display: grid; place-items: center; font-size: 3rem; color: #64748b; }
    .body { display: grid; gap: .25rem; padding: 1rem; }
    .category { font-size: .8rem; color: var(--text-muted); text-transform: uppercase; letter-spacing: .05em; }
    .name { font-size: 1rem; margin: 0; }
    .price { font-weight: 700; }
  `,
})
export class ProductCard {
  readonly product = input.required<Product>();
  /** The first cards are above the fold: load their pictures first. */
  readonly eager = input(false);
}
