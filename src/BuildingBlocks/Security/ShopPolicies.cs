namespace CloudRetail.BuildingBlocks.Security;

/// <summary>Authorization policy names; the host defines what each requires.</summary>
public static class ShopPolicies
{
    /// <summary>Any signed-in shopper (staff included): carts, orders, their own profile.</summary>
    public const string Customer = "customer";

    /// <summary>Shop staff: manage the catalog, stock, orders and notifications.</summary>
    public const string Admin = "admin";
}
