import { PercentPipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PriceBreakdown } from '../core/api/api-models';
import { MoneyPipe } from './money';

/**
 * An order's or a quote's whole price as the API computed it: the lines, then subtotal, discount,
 * shipping, each tax rate and the total. Every figure is the server's; none is added up here.
 */
@Component({
  selector: 'app-price-breakdown',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, PercentPipe, RouterLink],
  host: { style: 'display: contents' },
  // A long product or shipping name wraps rather than push the table past a phone's screen, but the
  // product column keeps room for a word, so a short name or the headings are not broken mid-word.
  styles: `
    .price-breakdown td:first-child, .price-breakdown tfoot th { overflow-wrap: anywhere; }
    .price-breakdown td:first-child { min-width: 6rem; }
    @media (max-width: 30rem) { .price-breakdown th, .price-breakdown td { padding-inline: .5rem; } }
  `,
  template: `
    @let p = price();
    <table class="table price-breakdown">
      <caption class="visually-hidden">{{ caption() }}</caption>
      <thead><tr><th scope="col">Product</th><th scope="col" class="num">Qty</th><th scope="col" class="num">Price</th><th scope="col" class="num">Total</th></tr></thead>
      <tbody>
        @for (line of p.items; track line.productId) {
          <tr>
            <td>
              @if (linkProducts()) {
                <a [routerLink]="['/products', line.productId]">{{ line.name }}</a>
              } @else {
                {{ line.name }}
              }
            </td><td class="num">{{ line.qty }}</td><td class="num">{{ line.price | money: p.currency }}</td><td class="num">{{ line.lineTotal | money: p.currency }}</td>
          </tr>
        }
      </tbody>
      <tfoot>
        <tr><th scope="row" colspan="3">Subtotal</th><td class="num" data-testid="breakdown-subtotal">{{ p.subtotal | money: p.currency }}</td></tr>
        @if (p.discount > 0) {
          <tr><th scope="row" colspan="3">Discount @if (p.discountCode) {({{ p.discountCode }})}</th><td class="num" data-testid="breakdown-discount">−{{ p.discount | money: p.currency }}</td></tr>
        }
        @if (p.shippingMethod; as method) {
          <tr>
            <th scope="row" colspan="3">Shipping: {{ method.name }}</th>
            <td class="num" data-testid="breakdown-shipping">{{ p.shipping === 0 ? 'Free' : (p.shipping | money: p.currency) }}</td>
          </tr>
        }
        @for (tax of p.taxes; track tax.taxRateId) {
          <tr>
            <th scope="row" colspan="3">{{ p.pricesIncludeTax ? 'Includes ' : '' }}{{ tax.name }} ({{ tax.percent / 100 | percent: '1.0-3' }})</th>
            <td class="num" data-testid="breakdown-tax">{{ tax.amount | money: p.currency }}</td>
          </tr>
        }
        <tr class="grand-total">
          <th scope="row" colspan="3">Total</th>
          <td class="num"><strong [attr.data-testid]="totalTestId()" [attr.aria-live]="announceTotal() ? 'polite' : null">{{ p.total | money: p.currency }}</strong></td>
        </tr>
      </tfoot>
    </table>
  `,
})
export class PriceBreakdownTable {
  readonly price = input.required<PriceBreakdown>();
  readonly caption = input('Price of this order');
  readonly totalTestId = input<string | null>(null);
  /** On a page where the total changes with the shopper's choices, screen readers hear the new one. */
  readonly announceTotal = input(false);
  /** Each product's name links to its page (an order's lines; not at checkout, where leaving would lose the choices). */
  readonly linkProducts = input(false);
}
