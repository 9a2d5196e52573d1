import { formatCurrency, getCurrencySymbol, getNumberOfCurrencyDigits } from '@angular/common';
import { Pipe, PipeTransform } from '@angular/core';

/**
 * An amount as the shop writes money everywhere: the currency's symbol where it has one in English
 * ("$24.50", "€24.50"), else its code set apart from the figure ("CHF 24.50"), with the currency's
 * own number of decimals. Angular's currency pipe glues a code to the figure ("CHF24.50"); the
 * browser's Intl.NumberFormat writes it right but loads its locale data on the first call, a long
 * task on a phone's first page. A missing currency is the API's default, USD.
 */
export function formatMoney(amount: number, currency?: string | null): string {
  const code = currency || 'USD';
  const symbol = getCurrencySymbol(code, 'wide', 'en-US');
  const digits = getNumberOfCurrencyDigits(code);
  const text = formatCurrency(amount, 'en-US', symbol, code, `1.${digits}-${digits}`);
  return /\p{L}$/u.test(symbol) ? text.replace(symbol, `${symbol}\u00a0`) : text;
}

@Pipe({ name: 'money' })
export class MoneyPipe implements PipeTransform {
  transform(amount: number | null | undefined, currency?: string | null): string {
    return amount == null ? '' : formatMoney(amount, currency);
  }
}
