using CloudRetail.BuildingBlocks.Naming;
using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Providers;

namespace CloudRetail.Payments.Tests;

public sealed class ProviderRulesTests
{
    [Theory]
    [InlineData("4242 4242 4242 4242", nameof(ProviderOutcome.Succeeded))]
    [InlineData("4242424242424242", nameof(ProviderOutcome.Succeeded))]
    [InlineData("4000 0000 0000 0002", nameof(ProviderOutcome.Declined))]
    [InlineData("5555 5555 5555 4444", nameof(ProviderOutcome.Declined))]
    public void The_simulator_decides_by_test_card(string number, string outcome) =>
        Assert.Equal(Enum.Parse<ProviderOutcome>(outcome), TestCards.Decide(TestCards.Digits(number)!));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("4242-4242-4242-4242")]
    [InlineData("42424242")]
    [InlineData("4242 4242 4242 4242 4242")]
    [InlineData("４２４２４２４２４２４２４２４２")]
    public void Only_12_to_19_ascii_digits_are_a_card_number(string? number) => Assert.Null(TestCards.Digits(number));

    [Fact]
    public void A_repeated_charge_under_one_key_is_the_same_charge()
    {
        var ledger = new MockLedger();

        var first = ledger.Charge("PAY-1", ProviderOutcome.Succeeded);
        var again = ledger.Charge("PAY-1", ProviderOutcome.Declined);

        Assert.Equal((ProviderOutcome.Succeeded, true), first);
        Assert.Equal((ProviderOutcome.Succeeded, false), again);
    }

    [Fact]
    public void A_void_gives_captured_money_back_once_and_declines_later_charges()
    {
        var ledger = new MockLedger();
        ledger.Charge("PAY-1", ProviderOutcome.Succeeded);

        Assert.True(ledger.Void("PAY-1"));
        Assert.False(ledger.Void("PAY-1"));
        Assert.Equal(ProviderOutcome.Declined, ledger.Find("PAY-1"));
        Assert.False(ledger.Void("PAY-2"));
        Assert.Equal((ProviderOutcome.Declined, false), ledger.Charge("PAY-2", ProviderOutcome.Succeeded));
        Assert.Null(ledger.Find("PAY-3"));
    }

    [Theory]
    [InlineData(nameof(ProviderOutcome.Succeeded), "SUCCESS", true)]
    [InlineData(nameof(ProviderOutcome.Due), "DUE", true)]
    [InlineData(nameof(ProviderOutcome.Declined), "FAILED", false)]
    public void An_outcome_settles_the_attempt_and_decides_the_order(string outcomeName, string statusName, bool confirms)
    {
        var outcome = Enum.Parse<ProviderOutcome>(outcomeName);
        var status = UpperCaseNames.Parse<PaymentStatus>(statusName);
        Assert.Equal(status, outcome.SettledStatus());
        Assert.Equal(confirms, outcome.ConfirmsOrder());
        Assert.Equal(confirms, status.Confirms());
    }

    [Fact]
    public void A_pending_outcome_settles_nothing() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProviderOutcome.Pending.SettledStatus());
}
