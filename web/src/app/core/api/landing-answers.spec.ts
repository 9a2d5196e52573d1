import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { landingAnswerInterceptor } from './landing-answers';

describe('landingAnswerInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(withInterceptors([landingAnswerInterceptor])), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    backend.verify();
    delete window.landingAnswers;
  });

  it('answers the first call of a preloaded URL with the preloaded body, without asking the API', async () => {
    window.landingAnswers = { '/api/products?limit=4': Promise.resolve({ items: [], count: 0 }) };

    const page = await firstValueFrom(http.get('/api/products', { params: { limit: 4 } }));

    expect(page).toEqual({ items: [], count: 0 });
    backend.expectNone('/api/products?limit=4');
  });

  it('answers a URL once: the next call asks the API', async () => {
    window.landingAnswers = { '/api/products/P1': Promise.resolve({ productId: 'P1' }) };
    await firstValueFrom(http.get('/api/products/P1'));

    http.get('/api/products/P1').subscribe();

    backend.expectOne('/api/products/P1');
  });

  it('asks the API when the preload failed', async () => {
    window.landingAnswers = { '/api/inventory/P1': Promise.resolve(null) };
    const answer = firstValueFrom(http.get('/api/inventory/P1'));
    await new Promise((settled) => setTimeout(settled));

    backend.expectOne('/api/inventory/P1').flush({ productId: 'P1', stock: 2 });

    expect(await answer).toEqual({ productId: 'P1', stock: 2 });
  });

  it('leaves calls it has no answer for, and anything but a GET, to the API', () => {
    window.landingAnswers = { '/api/products?limit=4': Promise.resolve({ items: [] }) };

    http.get('/api/products', { params: { limit: 8 } }).subscribe();
    http.post('/api/products?limit=4', {}).subscribe();

    backend.expectOne('/api/products?limit=8');
    backend.expectOne((request) => request.method === 'POST');
  });
});
