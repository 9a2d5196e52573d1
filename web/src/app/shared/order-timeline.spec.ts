import { TestBed } from '@angular/core/testing';
import { OrderHistoryEntry } from '../core/api/api-models';
import { OrderTimeline } from './order-timeline';

describe('OrderTimeline', () => {
  function render(entries: OrderHistoryEntry[]): string[] {
    const fixture = TestBed.createComponent(OrderTimeline);
    fixture.componentRef.setInput('entries', entries);
    fixture.componentRef.setInput('currency', 'USD');
    fixture.detectChanges();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('li strong')].map((what) => what.textContent ?? '');
  }

  /** Who each entry says moved the order, as the timeline shows it with these inputs. */
  function whoMoved(entries: OrderHistoryEntry[], inputs: Record<string, unknown>): (string | undefined)[] {
    const fixture = TestBed.createComponent(OrderTimeline);
    fixture.componentRef.setInput('entries', entries);
    fixture.componentRef.setInput('currency', 'USD');
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    return [...(fixture.nativeElement as HTMLElement).querySelectorAll('li .muted')].map((by) => by.textContent?.trim());
  }

  const move = (subject: OrderHistoryEntry['subject'], from: string | null, to: string): OrderHistoryEntry =>
    ({ at: '2026-12-03T10:00:00Z', subject, from, to, actor: { kind: 'ADMIN' } });

  it("tells a return's way from the shopper's request to its refund in words", () => {
    expect(render([
      move('RETURN', null, 'REQUESTED'),
      move('RETURN', 'REQUESTED', 'APPROVED'),
      move('RETURN', 'APPROVED', 'RECEIVED'),
      move('RETURN', 'RECEIVED', 'REFUNDED'),
      move('RETURN', 'REQUESTED', 'REJECTED'),
    ])).toEqual(['Return requested', 'Return approved', 'Returned goods received', 'Return refunded', 'Return rejected']);
  });

  it("names the order's own shopper to staff as the customer, and any other account by its id", () => {
    expect(whoMoved([
      { ...move('ORDER', null, 'PENDING'), actor: { kind: 'SHOPPER', id: 'U-1' } },
      { ...move('ORDER', 'PENDING', 'CANCELLED'), actor: { kind: 'SHOPPER', id: 'U-2' } },
      { ...move('ORDER', 'CANCELLED', 'CONFIRMED'), actor: { kind: 'ADMIN', id: 'A-1' } },
    ], { forStaff: true, customerId: 'U-1' })).toEqual(['· by the customer', '· by customer U-2', '· by the shop A-1']);
  });

  it('tells a shopper who moved their order in words, and staff which provider', () => {
    const entries: OrderHistoryEntry[] = [
      { ...move('ORDER', null, 'PENDING'), actor: { kind: 'SHOPPER', id: 'U-1' } },
      { ...move('PAYMENT', 'PROCESSING', 'SUCCESS'), actor: { kind: 'PROVIDER', id: 'MOCK' } },
      { ...move('ORDER', 'PENDING', 'CANCELLED'), actor: { kind: 'SWEEP' } },
    ];

    expect(whoMoved(entries, { forStaff: false, customerId: 'U-1' })).toEqual(['· by you', '· by the payment provider', '· by an automatic check']);
    expect(whoMoved(entries, { forStaff: true, customerId: 'U-1' }))
      .toEqual(['· by the customer', '· by the payment provider (MOCK)', '· by an automatic check']);
  });

  it('names a staff account to staff by its e-mail, or by its id where the shop holds none', () => {
    expect(whoMoved([
      { ...move('ORDER', 'CONFIRMED', 'SHIPPED'), actor: { kind: 'ADMIN', id: 'A-1', email: 'ana@shop.example' } },
      { ...move('ORDER', 'SHIPPED', 'DELIVERED'), actor: { kind: 'ADMIN', id: 'A-2', email: null } },
    ], { forStaff: true })).toEqual(['· by the shop (ana@shop.example)', '· by the shop A-2']);
  });

  it('shows a move it has no words for as its statuses', () => {
    expect(render([move('ORDER', 'SHIPPED', 'LOST')])).toEqual(['order SHIPPED → LOST']);
  });
});
