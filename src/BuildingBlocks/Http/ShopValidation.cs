using System.Text.Json;
using FluentValidation;

namespace CloudRetail.BuildingBlocks.Http;

public static class ShopValidation
{
    /// <summary>Validation errors name fields as they appear in the JSON (<c>qty</c>, not <c>Qty</c>).</summary>
    public static void UseJsonFieldNames()
    {
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
        ValidatorOptions.Global.DisplayNameResolver = (_, member, _) => member is null ? null : JsonNamingPolicy.CamelCase.ConvertName(member.Name);
    }
}
