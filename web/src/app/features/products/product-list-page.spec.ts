import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ProductListPage } from './product-list-page';

const product = (productId: string, name: string) => ({
  productId,
  name,
  category: 'Electronics',
  price: 10,
  currency: 'USD',
  imageUrl: null,
  createdAt: '2026-11-21T00:00:00Z',
});

describe('ProductListPage', () => {
  let backend: HttpTestingController;
  let page: HTMLElement;
  let fixture: ReturnType<typeof TestBed.createComponent<ProductListPage>>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [ProductListPage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ProductListPage);
    page = fixture.nativeElement;
    fixture.detectChanges();
    backend.expectOne((r) => r.url === '/api/products' && !r.params.has('q')).flush({ items: [product('P001', 'Mouse')], count: 1, nextToken: 'cursor-2' });
    await fixture.whenStable();
  });

  it('searches with the words typed and the chosen category', async () => {
    const input = page.querySelector<HTMLInputElement>('#product-search')!;
    input.value = 'wireless mouse';
    input.dispatchEvent(new Event('input'));
    [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Electronics')!.click();

    const request = backend.expectOne((r) => r.url === '/api/products');
    expect(request.request.params.get('q')).toBe('wireless mouse');
    expect(request.request.params.get('category')).toBe('Electronics');
    expect(request.request.params.has('nextToken')).toBe(false);
    request.flush({ items: [], count: 0, nextToken: null });
    await fixture.whenStable();

    expect(page.textContent).toContain('No products match your search.');
  });

  it('pages forward with the cursor and back to the first page', async () => {
    buttonNamed('Next').click();
    const second = backend.expectOne((r) => r.url === '/api/products');
    expect(second.request.params.get('nextToken')).toBe('cursor-2');
    second.flush({ items: [product('P009', 'Book')], count: 1, nextToken: null });
    await fixture.whenStable();
    expect(page.textContent).toContain('Page 2');
    expect(buttonNamed('Next').disabled).toBe(true);

    buttonNamed('Previous').click();
    const first = backend.expectOne((r) => r.url === '/api/products');
    expect(first.request.params.has('nextToken')).toBe(false);
  });

  function buttonNamed(name: string): HTMLButtonElement {
    return [...page.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!;
  }
});
