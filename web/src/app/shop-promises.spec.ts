import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { App } from './app';
import { HomePage } from './features/home/home-page';

// The frame and the home page are on every visit: they may not promise what the shop does not do.
// No returns exist, and how a shopper pays depends on the provider the API names
// (GET /api/payments/provider), which only the payment page asks for.
const promisesTheShopDoesNotKeep = [/return/i, /refund/i, /cash on delivery/i, /free shipping/i, /guarantee/i];

describe('What every page shows', () => {
  beforeEach(() =>
    TestBed.configureTestingModule({
      imports: [App, HomePage],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }),
  );

  it('the frame promises nothing the shop does not do', () => {
    expect(textOf(App)).not.toSatisfy(promising);
  });

  it('the home page promises nothing the shop does not do', () => {
    expect(textOf(HomePage)).not.toSatisfy(promising);
  });

  function textOf(component: Type<unknown>): string {
    const fixture = TestBed.createComponent(component);
    fixture.detectChanges();
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  function promising(text: string): boolean {
    return promisesTheShopDoesNotKeep.some((promise) => promise.test(text));
  }
});
