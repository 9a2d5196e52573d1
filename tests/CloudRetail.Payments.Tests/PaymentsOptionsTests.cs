using CloudRetail.Payments.Domain;
using CloudRetail.Payments.Endpoints;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace CloudRetail.Payments.Tests;

public sealed class PaymentsOptionsTests
{
    private const string Secret = "0123456789abcdef-secret";

    [Theory]
    [InlineData("Development", nameof(PaymentProviderKind.Mock))]
    [InlineData("Testing", nameof(PaymentProviderKind.Mock))]
    [InlineData("Production", nameof(PaymentProviderKind.Cod))]
    public void Without_a_setting_mock_runs_only_outside_production(string environment, string expected) =>
        Assert.Equal(Enum.Parse<PaymentProviderKind>(expected), Options(environment).Provider);

    [Fact]
    public void Production_refuses_to_start_with_mock_and_says_why()
    {
        var refused = Assert.Throws<InvalidOperationException>(() => Options("Production", ("PAYMENT_PROVIDER", "MOCK")));

        Assert.Contains("without paying", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PAYMENT_ALLOW_MOCK=true", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_runs_mock_only_when_allowed_plainly() =>
        Assert.Equal(PaymentProviderKind.Mock, Options("Production", ("PAYMENT_PROVIDER", "MOCK"), ("PAYMENT_ALLOW_MOCK", "true")).Provider);

    [Fact]
    public void Production_refuses_to_start_with_the_card_simulator_and_says_why()
    {
        var refused = Assert.Throws<InvalidOperationException>(() =>
            Options("Production", ("PAYMENT_PROVIDER", "CARD_SIMULATOR"), ("PAYMENT_WEBHOOK_SECRET", Secret)));

        Assert.Contains("public test card", refused.Message, StringComparison.Ordinal);
        Assert.Contains("PAYMENT_ALLOW_SIMULATOR=true", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Production_runs_the_card_simulator_only_when_allowed_plainly() =>
        Assert.Equal(PaymentProviderKind.CardSimulator, Options("Production",
            ("PAYMENT_PROVIDER", "CARD_SIMULATOR"), ("PAYMENT_WEBHOOK_SECRET", Secret), ("PAYMENT_ALLOW_SIMULATOR", "true")).Provider);

    [Fact]
    public void The_card_simulator_needs_a_webhook_secret()
    {
        Assert.Throws<InvalidOperationException>(() => Options("Development", ("PAYMENT_PROVIDER", "CARD_SIMULATOR")));
        Assert.Equal(Secret, Options("Development", ("PAYMENT_PROVIDER", "CARD_SIMULATOR"), ("PAYMENT_WEBHOOK_SECRET", Secret)).WebhookSecret);
    }

    [Fact]
    public void An_unknown_provider_is_refused() =>
        Assert.Contains("MOCK, COD or CARD_SIMULATOR", Assert.Throws<InvalidOperationException>(() => Options("Development", ("PAYMENT_PROVIDER", "PAYPAL"))).Message);

    [Theory]
    [InlineData("MOCK", "O-1", "SUCCESS", null, null)]
    [InlineData("MOCK", "O-1", "MAYBE", null, "status")]
    [InlineData("MOCK", "O-1", "SUCCESS", "4242424242424242", "cardNumber")]
    [InlineData("COD", "O-1", null, null, null)]
    [InlineData("COD", "O-1", "SUCCESS", null, "status")]
    [InlineData("COD", "", null, null, "orderId")]
    [InlineData("CARD_SIMULATOR", "O-1", null, "4242 4242 4242 4242", null)]
    [InlineData("CARD_SIMULATOR", "O-1", null, null, "cardNumber")]
    [InlineData("CARD_SIMULATOR", "O-1", "FAILED", "4242424242424242", "status")]
    public void A_body_is_checked_against_the_configured_provider(string provider, string orderId, string? status, string? card, string? badField)
    {
        var validator = new PayOrderValidator(Options("Development", ("PAYMENT_PROVIDER", provider), ("PAYMENT_WEBHOOK_SECRET", Secret)));

        var result = validator.Validate(new PayOrderRequest(orderId, status, card));

        Assert.Equal(badField, result.Errors.Select(e => e.PropertyName).SingleOrDefault() is { } field ? char.ToLowerInvariant(field[0]) + field[1..] : null);
    }

    private static PaymentsOptions Options(string environment, params (string Key, string Value)[] settings) =>
        PaymentsOptions.From(
            new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value))).Build(),
            new Environment(environment));

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "CloudRetail.Api";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
