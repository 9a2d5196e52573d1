import { ChangeDetectionStrategy, Component, OnInit, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ApiError, toApiError } from '../../core/api/api-error';
import { CheckoutChoices, OrderQuote, PostalAddress, PriceChange, SavedAddress, ShippingMethod } from '../../core/api/api-models';
import { AddressesService } from '../../core/services/addresses.service';
import { CartService } from '../../core/services/cart.service';
import { OrdersService } from '../../core/services/orders.service';
import { ShippingMethodsService } from '../../core/services/shipping-methods.service';
import { AddressForm } from '../../shared/address-form';
import { ErrorAlert } from '../../shared/error-alert';
import { fieldErrorsOf } from '../../shared/field-errors';
import { MoneyPipe } from '../../shared/money';
import { PriceBreakdownTable } from '../../shared/price-breakdown-table';
import { RequestState } from '../../shared/request-state';
import { newIdempotencyKey } from '../../shared/idempotency-key';

/** What the API says when the total moved since it was shown: the shopper must accept the new total. */
interface PriceChangeNotice {
  readonly message: string;
  readonly changes: readonly (PriceChange & { readonly name: string })[];
  readonly newTotal: number;
}

/** The address choice that means "written out below" rather than one from the book. */
const NEW_ADDRESS = 'new';

@Component({
  selector: 'app-checkout-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, FormsModule, RouterLink, AddressForm, ErrorAlert, PriceBreakdownTable],
  templateUrl: './checkout-page.html',
  styleUrl: './checkout-page.css',
})
export class CheckoutPage implements OnInit {
  private readonly carts = inject(CartService);
  private readonly orders = inject(OrdersService);
  private readonly addressBook = inject(AddressesService);
  private readonly shippingMethods = inject(ShippingMethodsService);
  private readonly router = inject(Router);

  protected readonly newAddress = NEW_ADDRESS;
  protected readonly cart = this.carts.cart;
  protected readonly methods = signal<readonly ShippingMethod[] | null>(null);
  protected readonly addresses = signal<readonly SavedAddress[]>([]);
  /** Kept when a new address's country is not among the method's: the quote then says so beside the methods, and the address stays editable. */
  protected readonly method = signal<ShippingMethod | null>(null);
  protected readonly addressChoice = signal<string>(NEW_ADDRESS);
  protected readonly writtenAddress = signal<PostalAddress | null>(null);
  protected readonly discountCode = signal('');
  protected readonly appliedCode = signal('');

  protected readonly quote = signal<OrderQuote | null>(null);
  protected readonly quoting = new RequestState();
  protected readonly priceChange = signal<PriceChangeNotice | null>(null);
  protected readonly loadError = signal<ApiError | null>(null);
  protected readonly placing = new RequestState();

  private shopDefaultMethod: string | null = null;
  private quotesAsked = 0;

  protected readonly methodId = computed(() => this.method()?.shippingMethodId ?? null);
  protected readonly needsAddress = computed(() => this.method()?.requiresAddress ?? false);
  /** Why no total can be shown yet, when the choices are incomplete. */
  protected readonly missingAddress = computed(() => this.needsAddress() && this.addressChoice() === NEW_ADDRESS && !this.writtenAddress());

  protected readonly choices = computed<CheckoutChoices>(() => {
    const chosen: { -readonly [K in keyof CheckoutChoices]: CheckoutChoices[K] } = {};
    const methodId = this.methodId();
    if (methodId) {
      chosen.shippingMethodId = methodId;
    }
    if (this.needsAddress()) {
      const choice = this.addressChoice();
      if (choice !== NEW_ADDRESS) {
        chosen.addressId = choice;
      } else if (this.writtenAddress()) {
        chosen.deliveryAddress = this.writtenAddress()!;
      }
    }
    if (this.appliedCode()) {
      chosen.discountCode = this.appliedCode();
    }
    return chosen;
  });

  /** The problem of the last quote or checkout, by field; shown beside the field it names. */
  private readonly problem = computed(() => this.placing.error() ?? this.quoting.error());
  protected readonly fieldErrors = computed(() => fieldErrorsOf(this.problem()));
  protected readonly addressErrors = computed(() => fieldErrorsOf(this.problem(), 'deliveryAddress'));
  /** A problem no field on screen explains, shown as the page's alert. */
  protected readonly pageError = computed(() => {
    // An empty cart is said in the page itself; the quote's refusal of it would only repeat it.
    const shown = this.loadError() ?? (this.cart()?.items.length === 0 ? this.placing.error() : this.problem());
    const fields = Object.keys(fieldErrorsOf(shown));
    return shown && (fields.length === 0 || !fields.every((field) => this.isOnScreen(field))) ? shown : null;
  });

  ngOnInit(): void {
    this.carts.load().subscribe({ error: (error: unknown) => this.loadError.set(toApiError(error)) });
    this.addressBook.list().subscribe({
      next: (book) => {
        this.addresses.set(book.items);
        const preferred = book.items.find((a) => a.isDefault) ?? book.items[0];
        this.addressChoice.set(preferred?.addressId ?? NEW_ADDRESS);
        this.offerMethods();
      },
      // Without a book the shopper can still write an address or collect.
      error: () => this.offerMethods(),
    });
  }

  protected chooseMethod(method: ShippingMethod): void {
    this.method.set(method);
    this.requote();
  }

  protected chooseAddress(choice: string): void {
    this.addressChoice.set(choice);
    this.offerMethods();
  }

  protected useWrittenAddress(address: PostalAddress): void {
    this.writtenAddress.set(address);
    this.addressChoice.set(NEW_ADDRESS);
    this.offerMethods();
  }

  protected applyDiscountCode(): void {
    this.appliedCode.set(this.discountCode().trim());
    this.requote();
  }

  protected placeOrder(): void {
    const quote = this.quote();
    // A quote that found catalog prices changed is not agreed to silently: the checkout's 409 lists them for the shopper to accept.
    this.submit(quote && quote.priceChanges.length === 0 ? quote.total : undefined);
  }

  protected acceptNewTotal(): void {
    this.submit(this.priceChange()?.newTotal);
  }

  protected deliveryEstimate(method: ShippingMethod): string {
    const days = method.minDays === method.maxDays ? `${method.maxDays}` : `${method.minDays}–${method.maxDays}`;
    const unit = days === '1' ? 'day' : 'days';
    return method.requiresAddress ? `Delivered in ${days} ${unit}` : `Ready to collect in ${days} ${unit}`;
  }

  protected addressSummary(address: PostalAddress): string {
    return [address.name, address.line1, address.line2, address.city, address.region, address.postalCode, address.country].filter(Boolean).join(', ');
  }

  private isOnScreen(field: string): boolean {
    if (field === 'shippingMethodId') {
      return (this.methods()?.length ?? 0) > 0;
    }
    if (field === 'addressId') {
      return this.needsAddress();
    }
    if (field.startsWith('deliveryAddress.')) {
      return this.needsAddress() && this.addressChoice() === NEW_ADDRESS;
    }
    return field === 'discountCode';
  }

  /** The methods for the chosen address's country (every active one before an address is known), then a new quote. */
  private offerMethods(): void {
    this.shippingMethods.offered(this.chosenCountry()).subscribe({
      next: (list) => {
        this.shopDefaultMethod ??= list.defaultShippingMethodId ?? null;
        this.methods.set(list.items);
        // Nothing is chosen for the shopper but the shop's default: without one the order goes, as before, with no shipping.
        const chosen = this.method();
        const shopDefault = list.items.find((m) => m.shippingMethodId === this.shopDefaultMethod) ?? null;
        this.method.set(chosen ? (list.items.find((m) => m.shippingMethodId === chosen.shippingMethodId) ?? chosen) : shopDefault);
        this.requote();
      },
      // An API without shipping methods still quotes and checks out with the shop's default.
      error: () => {
        this.methods.set([]);
        this.requote();
      },
    });
  }

  private chosenCountry(): string | undefined {
    const choice = this.addressChoice();
    if (choice === NEW_ADDRESS) {
      return this.writtenAddress()?.country || undefined;
    }
    return this.addresses().find((a) => a.addressId === choice)?.country;
  }

  private requote(): void {
    this.priceChange.set(null);
    this.placing.error.set(null);
    if (this.missingAddress()) {
      this.quote.set(null);
      this.quoting.error.set(null);
      return;
    }
    const asked = ++this.quotesAsked;
    this.quoting.run(
      this.orders.quote(this.choices()),
      (quote) => asked === this.quotesAsked && this.quote.set(quote),
      (error) => {
        if (asked === this.quotesAsked) {
          this.quote.set(null);
          this.quoting.error.set(error);
        }
      },
    );
  }

  private submit(acceptedTotal: number | undefined): void {
    this.placing.run(
      this.orders.checkout(newIdempotencyKey(), acceptedTotal, this.choices()),
      (order) => {
        this.carts.forget();
        this.carts.load().subscribe({ error: () => undefined });
        void this.router.navigate(['/orders', order.orderId, 'pay']);
      },
      (error) => {
        const notice = this.readPriceChange(error);
        this.priceChange.set(notice);
        this.placing.error.set(notice ? null : error);
      },
    );
  }

  private readPriceChange(error: ApiError): PriceChangeNotice | null {
    const changes = error.body['priceChanges'];
    const newTotal = error.body['newTotal'];
    if (error.status !== 409 || !Array.isArray(changes) || typeof newTotal !== 'number') {
      return null;
    }
    const names = new Map(this.cart()?.items.map((line) => [line.productId, line.name]) ?? []);
    return {
      message: error.message,
      newTotal,
      changes: (changes as PriceChange[]).map((change) => ({ ...change, name: names.get(change.productId) ?? change.productId })),
    };
  }
}
