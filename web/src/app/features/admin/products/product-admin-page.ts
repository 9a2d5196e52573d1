import { ChangeDetectionStrategy, ChangeDetectorRef, Component, OnInit, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { forkJoin } from 'rxjs';
import { PictureType } from '../../../core/api/admin-api-models';
import { Product, StockLevel } from '../../../core/api/api-models';
import { ErrorAlert } from '../../../shared/error-alert';
import { MoneyPipe } from '../../../shared/money';
import { RequestState } from '../../../shared/request-state';
import { StackedTable } from '../../../shared/stacked-table';
import { PICTURE_TYPES, ProductAdminService } from './product-admin.service';

interface ProductForm {
  productId: string;
  name: string;
  category: string;
  price: number | null;
  currency: string;
  /** Null while an edited product's description is loading: a save then leaves it as it is. */
  description: string | null;
}

const emptyForm = (): ProductForm => ({ productId: '', name: '', category: '', price: null, currency: 'USD', description: '' });

@Component({
  selector: 'app-product-admin-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MoneyPipe, FormsModule, ErrorAlert, RouterLink, StackedTable],
  templateUrl: './product-admin-page.html',
  styles: `
    .editor { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 1rem; align-items: end; }
    .thumb { width: 4rem; height: 3rem; object-fit: cover; border-radius: .25rem; display: block; }
    .stock { display: flex; gap: .5rem; align-items: center; }
    .stock input { width: 5rem; }
    .actions { display: flex; gap: .5rem; flex-wrap: wrap; }
    .stock-link { display: block; }
  `,
})
export class ProductAdminPage implements OnInit {
  private readonly catalog = inject(ProductAdminService);
  private readonly view = inject(ChangeDetectorRef);

  protected readonly pictureTypes = PICTURE_TYPES.join(',');
  protected readonly products = signal<readonly Product[]>([]);
  protected readonly stock = signal<Readonly<Record<string, StockLevel>>>({});
  protected readonly editing = signal<string | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected form: ProductForm = emptyForm();
  protected readonly loading = new RequestState();
  protected readonly saving = new RequestState();
  protected readonly rowAction = new RequestState();

  ngOnInit(): void {
    this.loadProducts();
  }

  protected saveProduct(): void {
    const { productId, name, category, price, currency, description } = this.form;
    const draft = {
      name: name.trim(),
      category: category.trim(),
      price: Number(price),
      currency: currency.trim().toUpperCase(),
      ...(description === null ? {} : { description: description.trim() }),
    };
    const editing = this.editing();
    const request = editing ? this.catalog.update(editing, draft) : this.catalog.create({ productId: productId.trim(), ...draft });
    this.saving.run(request, (saved) => {
      this.announce(`Saved ${saved.name}.`);
      this.cancelEditing();
      this.loadProducts();
    });
  }

  protected editProduct(product: Product): void {
    this.editing.set(product.productId);
    const { productId, name, category, price, currency } = product;
    this.form = { productId, name, category, price, currency, description: null };
    // A listing leaves descriptions out: the product's own answer has it.
    this.catalog.product(productId).subscribe({
      next: (full) => {
        if (this.editing() !== productId) return;
        this.form = { ...this.form, description: full.description ?? '' };
        this.view.markForCheck();
      },
      // The description stays as it is: a save leaves it out.
      error: () => undefined,
    });
  }

  protected cancelEditing(): void {
    this.editing.set(null);
    this.form = emptyForm();
  }

  protected deleteProduct(product: Product): void {
    this.rowAction.run(this.catalog.delete(product.productId), () => {
      this.products.update((shown) => shown.filter((p) => p.productId !== product.productId));
      this.announce(`Deleted ${product.name}.`);
    });
  }

  protected saveStock(product: Product, available: string): void {
    this.rowAction.run(this.catalog.setStock(product.productId, Number(available)), (saved) => {
      this.stock.update((levels) => ({ ...levels, [product.productId]: saved }));
      this.announce(`Stock of ${product.name} is now ${saved.availableQty}.`);
    });
  }

  protected uploadPicture(product: Product, input: HTMLInputElement): void {
    const file = input.files?.[0];
    if (!file) return;
    if (!PICTURE_TYPES.includes(file.type as PictureType)) {
      this.announce(`A picture must be JPEG, PNG, WebP or GIF.`);
      return;
    }
    this.rowAction.run(this.catalog.uploadPicture(product.productId, file), () => {
      input.value = '';
      this.announce(`Uploaded the picture of ${product.name}.`);
      this.loadProducts();
    });
  }

  private loadProducts(): void {
    this.loading.run(this.catalog.list(), (page) => {
      this.products.set(page.items);
      if (page.items.length > 0) {
        forkJoin(page.items.map((p) => this.catalog.stock(p.productId))).subscribe((levels) =>
          this.stock.set(Object.fromEntries(levels.map((level) => [level.productId, level]))),
        );
      }
    });
  }

  private announce(message: string): void {
    this.notice.set(message);
  }
}
