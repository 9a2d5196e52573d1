namespace CloudRetail.BuildingBlocks.Security;

/// <summary>Authorization policy names; the host defines what each requires.</summary>
public static class ShopPolicies
{
    /// <summary>Shop staff: manage the catalog, stock, orders and notifications.</summary>
    public const string Admin = "admin";
}
