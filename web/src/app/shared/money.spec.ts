import { formatMoney, MoneyPipe } from './money';

describe('formatMoney', () => {
  it('writes a currency with an English symbol before the figure', () => {
    expect(formatMoney(1234.5, 'USD')).toBe('$1,234.50');
    expect(formatMoney(24.5, 'EUR')).toBe('€24.50');
  });

  it('sets a code apart from the figure where the currency has no symbol', () => {
    expect(formatMoney(24.5, 'CHF')).toBe('CHF\u00a024.50');
    expect(formatMoney(-3, 'CHF')).toBe('-CHF\u00a03.00');
  });

  it('writes as many decimals as the currency has, and USD when none is given', () => {
    expect(formatMoney(1500, 'JPY')).toBe('¥1,500');
    expect(formatMoney(3, undefined)).toBe('$3.00');
  });
});

describe('MoneyPipe', () => {
  it('shows nothing for a missing amount', () => {
    expect(new MoneyPipe().transform(null, 'USD')).toBe('');
  });
});
