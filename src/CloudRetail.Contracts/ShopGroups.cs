namespace CloudRetail;

/// <summary>The user pool's groups: the stack creates them, the API's policies check them.</summary>
public static class ShopGroups
{
    /// <summary>Staff: products, stock, every shopper's orders, failed e-mails.</summary>
    public const string Admin = "admin";
}
