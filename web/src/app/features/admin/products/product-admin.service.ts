import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable, catchError, map, of, switchMap } from 'rxjs';
import { ApiClient } from '../../../core/api/api-client';
import { ImageUpload, NewProduct, PictureType, ProductDraft, ProductSaved, StockUpdated } from '../../../core/api/admin-api-models';
import { Page, Product, StockLevel } from '../../../core/api/api-models';

/** What the ledger records as the reason for a count made on the products page. */
export const StockCountReason = 'Stock count from the admin page';

export const PICTURE_TYPES: readonly PictureType[] = ['image/jpeg', 'image/png', 'image/webp', 'image/gif'];

/** Catalog and stock as the staff change them. */
@Injectable({ providedIn: 'root' })
export class ProductAdminService {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);

  list(nextToken?: string): Observable<Page<Product>> {
    return this.api.request('listProducts', { query: { limit: 50, nextToken } });
  }

  /** The product's own answer: unlike a listing's item, it has the description. */
  product(productId: string): Observable<Product> {
    return this.api.request('getProduct', { pathParams: { productId } });
  }

  create(product: NewProduct): Observable<Product> {
    return this.api.request<ProductSaved>('createProduct', { body: product }).pipe(map(({ product }) => product));
  }

  update(productId: string, draft: ProductDraft): Observable<Product> {
    return this.api.request<ProductSaved>('updateProduct', { pathParams: { productId }, body: draft }).pipe(map(({ product }) => product));
  }

  delete(productId: string): Observable<unknown> {
    return this.api.request('deleteProduct', { pathParams: { productId } });
  }

  /** A product never stocked has no level yet: that is none available, not an error. */
  stock(productId: string): Observable<StockLevel> {
    return this.api
      .request<StockLevel>('getStock', { pathParams: { productId } })
      .pipe(catchError(() => of({ productId, availableQty: 0, reservedQty: 0 })));
  }

  /** A stock count of the units on hand; reserved units belong to orders and are never sent. */
  setStock(productId: string, availableQty: number): Observable<StockLevel> {
    return this.api
      .request<StockUpdated>('setStock', { pathParams: { productId }, body: { availableQty, reason: StockCountReason } })
      .pipe(map(({ inventory }) => inventory));
  }

  /** Asks the API for a pre-signed URL, then PUTs the file straight from the browser to the bucket. */
  uploadPicture(productId: string, file: File): Observable<ImageUpload> {
    const contentType = file.type as PictureType;
    // The size is signed into the upload URL: the bucket takes exactly this many bytes (at most 5 MiB).
    return this.api.request<ImageUpload>('createImageUpload', { pathParams: { productId }, body: { contentType, contentLength: file.size } }).pipe(
      switchMap((upload) =>
        this.http.put(upload.uploadUrl, file, { headers: { 'Content-Type': upload.contentType }, responseType: 'text' }).pipe(map(() => upload)),
      ),
    );
  }
}
