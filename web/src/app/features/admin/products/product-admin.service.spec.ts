import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProductAdminService } from './product-admin.service';

describe('ProductAdminService', () => {
  it('uploads a picture to the pre-signed URL the API hands out, with its content type and size and no token', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'lamp.png', { type: 'image/png' });
    let uploadedKey: string | undefined;

    TestBed.inject(ProductAdminService)
      .uploadPicture('P100', file)
      .subscribe((upload) => (uploadedKey = upload.imageKey));
    const asked = backend.expectOne('/api/products/P100/image-upload');
    expect(asked.request.method).toBe('POST');
    expect(asked.request.body).toEqual({ contentType: 'image/png', contentLength: 4 });
    asked.flush({ productId: 'P100', imageKey: 'products/P100.png', uploadUrl: 'http://s3.test/bucket/products/P100.png?X-Amz-Signature=abc', method: 'PUT', contentType: 'image/png', expiresIn: 300, contentLength: 4, maxLength: 5242880 });

    const put = backend.expectOne('http://s3.test/bucket/products/P100.png?X-Amz-Signature=abc');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toBe(file);
    expect(put.request.headers.get('Content-Type')).toBe('image/png');
    expect(put.request.headers.has('Authorization')).toBe(false);
    put.flush('');

    expect(uploadedKey).toBe('products/P100.png');
    backend.verify();
  });

  it('reads a product never stocked as none available', () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const backend = TestBed.inject(HttpTestingController);
    let available: number | undefined;

    TestBed.inject(ProductAdminService).stock('P404').subscribe((level) => (available = level.availableQty));
    backend.expectOne('/api/inventory/P404').flush({ message: 'Inventory not found' }, { status: 404, statusText: 'Not Found' });

    expect(available).toBe(0);
  });
});
