using FluentValidation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.BuildingBlocks.Http;

/// <summary>Answers 400 ValidationProblem, naming each bad field, before the handler runs.</summary>
public sealed class ValidationFilter<T>(IValidator<T> validator) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var request = context.Arguments.OfType<T>().FirstOrDefault();
        if (request is null)
        {
            return ShopProblems.BadRequest("Request body is required");
        }
        var result = await validator.ValidateAsync(request, context.HttpContext.RequestAborted);
        if (result.IsValid)
        {
            return await next(context);
        }
        var errors = result.ToDictionary();
        var message = string.Join(" ", result.Errors.Select(e => e.ErrorMessage).Distinct());
        return TypedResults.ValidationProblem(errors, detail: message, extensions: new Dictionary<string, object?> { ["message"] = message });
    }
}

public static class ValidationFilterExtensions
{
    public static RouteHandlerBuilder Validate<T>(this RouteHandlerBuilder builder) =>
        builder.AddFilter(services => new ValidationFilter<T>(services.GetRequiredService<IValidator<T>>())).ProducesValidationProblem();
}
