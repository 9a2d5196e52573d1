using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CloudRetail.Api.OpenApi;

/// <summary>
/// Some request records type a required field as nullable (<c>decimal? Price</c>) only so that a
/// missing value reaches the validator, which answers "price is required" instead of a binding
/// error. To a client the field is required and null is refused, so a required field of a request
/// body is documented without null. Optional fields (a default in the record) keep theirs.
/// </summary>
internal sealed class RequiredRequestFields : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || context.ParameterDescription?.Source != BindingSource.Body || schema.Required is null)
        {
            return Task.CompletedTask;
        }
        foreach (var name in schema.Required)
        {
            if (schema.Properties is not null && schema.Properties.TryGetValue(name, out var found)
                && found is OpenApiSchema { Type: { } type } property && type.HasFlag(JsonSchemaType.Null))
            {
                property.Type = type & ~JsonSchemaType.Null;
            }
        }
        return Task.CompletedTask;
    }
}
