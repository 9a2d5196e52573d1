using Microsoft.Extensions.Configuration;

namespace CloudRetail.BuildingBlocks;

public static class SettingValues
{
    /// <summary>A setting's value, or its default when unset or empty.</summary>
    public static string Setting(this IConfiguration configuration, string key, string defaultValue) =>
        configuration[key] is { Length: > 0 } value ? value : defaultValue;
}
