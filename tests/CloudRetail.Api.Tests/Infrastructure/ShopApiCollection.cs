namespace CloudRetail.Api.Tests.Infrastructure;

/// <summary>Every API test class joins this collection and so shares one <see cref="ShopApi"/>
/// (xunit wants the definition in the tests' own assembly).</summary>
[CollectionDefinition(Name)]
public sealed class ShopApiCollection : ICollectionFixture<ShopApi>
{
    public const string Name = "shop api";
}
