using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.Http;

public static class JsonTypes
{
    /// <summary>Puts a module's source-generated JSON metadata first in the HTTP JSON options'
    /// resolver chain, so the request delegates and the answers find its bodies' metadata without
    /// reflection (cold start). The options themselves (Web defaults, enums as strings) stay the ones
    /// in force, and the reflection resolver stays last for any type no context lists.</summary>
    public static IServiceCollection AddJsonTypes(this IServiceCollection services, JsonSerializerContext context) =>
        services.ConfigureHttpJsonOptions(options => options.SerializerOptions.TypeInfoResolverChain.Insert(0, context));
}
