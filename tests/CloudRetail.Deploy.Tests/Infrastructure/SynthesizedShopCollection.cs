namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>Test classes in this collection share one synthesis (the slow part, a few seconds) and
/// run one after another: every test that calls the CDK belongs here, since its runtime (a single
/// Node process) is not safe to start or drive from parallel test classes.</summary>
[CollectionDefinition(Name)]
public sealed class SynthesizedShopCollection : ICollectionFixture<SynthesizedShop>
{
    public const string Name = "Synthesized shop";
}
