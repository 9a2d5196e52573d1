using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CloudRetail.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using HttpJsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace CloudRetail.Api.Tests;

/// <summary>
/// Every JSON body an endpoint reads or writes is described by source-generated metadata (each
/// module's <c>&lt;Module&gt;Json</c> context), so neither building the endpoints at start-up nor
/// the first answers reflect over it: a cold start's cost (issue #10). The metadata describes the
/// same JSON as reflection did, and reflection stays last in the chain for anything unlisted.
/// </summary>
[Collection(ShopApiCollection.Name)]
public sealed class JsonMetadataTests(ShopApi shop)
{
    private JsonSerializerOptions HttpJson => shop.Services.GetRequiredService<IOptions<HttpJsonOptions>>().Value.SerializerOptions;

    private IReadOnlyList<Type> BodyTypes => JsonBodies.Of(shop.Services.GetRequiredService<EndpointDataSource>());

    [Fact]
    public void Every_body_an_endpoint_reads_or_writes_has_source_generated_metadata()
    {
        var missing = JsonBodies.Undescribed(BodyTypes, JsonBodies.WithoutReflection(HttpJson));

        Assert.True(missing.Count == 0, "no source-generated JSON metadata (list them in the module's <Module>Json context): "
            + string.Join(", ", missing));
        Assert.True(BodyTypes.Count > 40, $"only {BodyTypes.Count} body types found: is the route table read?");
    }

    /// <summary>The rule can fail: without Catalog's context its bodies are reported by name.</summary>
    [Fact]
    public void A_module_whose_bodies_no_context_lists_is_reported()
    {
        var options = new JsonSerializerOptions(HttpJson)
        {
            TypeInfoResolver = JsonTypeInfoResolver.Combine(
                JsonBodies.WithoutReflection(HttpJson).TypeInfoResolverChain.Where(r => r.GetType().Name != "CatalogJson").ToArray()),
        };

        var missing = JsonBodies.Undescribed(BodyTypes, options);

        Assert.Contains("CreateProductRequest", missing);
        Assert.Contains("ProductPage", missing);
        Assert.DoesNotContain("CartView", missing);
    }

    [Fact]
    public void The_generated_metadata_describes_the_same_json_as_reflection()
    {
        var reflected = new JsonSerializerOptions(HttpJson) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        var differences = JsonBodies.Differences(BodyTypes, JsonBodies.WithoutReflection(HttpJson), reflected);

        Assert.True(differences.Count == 0, string.Join("\n\n", differences));
    }

    /// <summary>The comparison can fail: metadata that names a property otherwise is reported.</summary>
    [Fact]
    public void Metadata_that_describes_other_json_is_reported()
    {
        var pascalCase = new JsonSerializerOptions(HttpJson) { PropertyNamingPolicy = null, TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        var differences = JsonBodies.Differences(BodyTypes, JsonBodies.WithoutReflection(HttpJson), pascalCase);

        Assert.Contains(differences, d => d.Contains("ProductDeleted { message: String", StringComparison.Ordinal)
            && d.Contains("ProductDeleted { Message: String", StringComparison.Ordinal));
    }

    [Fact]
    public void A_type_no_context_lists_still_serializes_by_reflection()
    {
        Assert.IsType<DefaultJsonTypeInfoResolver>(HttpJson.TypeInfoResolverChain[^1]);
        Assert.Equal("""{"unlisted":true}""", JsonSerializer.Serialize(new { Unlisted = true }, HttpJson));
    }
}

/// <summary>The JSON bodies of the app's endpoints, as their metadata declares them, and what a
/// serializer's resolvers make of them.</summary>
internal static class JsonBodies
{
    /// <summary>Request bodies (<see cref="IAcceptsMetadata"/>) and response bodies
    /// (<see cref="IProducesResponseTypeMetadata"/>) of every endpoint; none for bodiless answers.</summary>
    public static IReadOnlyList<Type> Of(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .SelectMany(e => e.Metadata.OfType<IAcceptsMetadata>().Select(m => m.RequestType)
                .Concat(e.Metadata.OfType<IProducesResponseTypeMetadata>().Select(m => m.Type)))
            .OfType<Type>()
            .Where(t => t != typeof(void))
            .Distinct()
            .ToList();

    /// <summary>The HTTP options with only the source-generated resolvers of their chain.</summary>
    public static JsonSerializerOptions WithoutReflection(JsonSerializerOptions http) => new(http)
    {
        TypeInfoResolver = JsonTypeInfoResolver.Combine(http.TypeInfoResolverChain.Where(r => r is not DefaultJsonTypeInfoResolver).ToArray()),
    };

    public static IReadOnlyList<string> Undescribed(IEnumerable<Type> types, JsonSerializerOptions options)
    {
        var missing = new List<string>();
        foreach (var type in types)
        {
            try
            {
                if (!options.TryGetTypeInfo(type, out _))
                {
                    missing.Add(Name(type));
                }
            }
            catch (NotSupportedException e)
            {
                missing.Add($"{Name(type)} ({e.Message})");
            }
        }
        return missing;
    }

    /// <summary>The types whose JSON the two options describe differently, each with both descriptions.
    /// Types <paramref name="generated"/> has no metadata for are left to <see cref="Undescribed"/>.</summary>
    public static IReadOnlyList<string> Differences(IEnumerable<Type> types, JsonSerializerOptions generated, JsonSerializerOptions reflected) =>
        types.Where(type => generated.TryGetTypeInfo(type, out _))
            .Select(type => (Generated: Describe(generated, type), Reflected: Describe(reflected, type)))
            .Where(d => d.Generated != d.Reflected)
            .Select(d => $"generated {d.Generated}\nreflected {d.Reflected}")
            .ToList();

    /// <summary>The JSON a type reads and writes, as its metadata says: each property's name, order,
    /// type and converter, and the constructor parameter it binds to, down through nested types.</summary>
    private static string Describe(JsonSerializerOptions options, Type type) => Describe(options, type, []);

    private static string Describe(JsonSerializerOptions options, Type type, HashSet<Type> seen)
    {
        var info = options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Object && !seen.Add(type))
        {
            return Name(type);
        }
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => $"{Name(type)} {{ {string.Join(", ", info.Properties.Select(p => Describe(options, p, seen)))} }}",
            JsonTypeInfoKind.Enumerable => $"[{Describe(options, info.ElementType!, seen)}]",
            JsonTypeInfoKind.Dictionary => $"{{{Describe(options, info.KeyType!, seen)}: {Describe(options, info.ElementType!, seen)}}}",
            _ => $"{Name(type)} by {Name(info.Converter.GetType())}",
        };
    }

    private static string Describe(JsonSerializerOptions options, JsonPropertyInfo property, HashSet<Type> seen)
    {
        if (property.Get is null && property.Set is null && property.AssociatedParameter is null)
        {
            // [JsonIgnore]: neither read nor written, so its type has no JSON to compare.
            return $"{property.Name}: ignored";
        }
        var parameter = property.AssociatedParameter is { } p
            ? $" from ({p.Name}{(p.HasDefaultValue ? $" = {p.DefaultValue ?? "null"}" : "")})"
            : "";
        var access = (property.Get is null ? " write-only" : "") + (property.Set is null && parameter.Length == 0 ? " read-only" : "");
        var converter = property.CustomConverter is { } custom ? $" by {Name(custom.GetType())}" : "";
        var order = property.Order == 0 ? "" : $" order {property.Order}";
        var extension = property.IsExtensionData ? " extension data" : "";
        return $"{property.Name}: {Describe(options, property.PropertyType, seen)}{parameter}{access}{converter}{order}{extension}";
    }

    private static string Name(Type type) => type.IsGenericType
        ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
        : type.Name;
}
