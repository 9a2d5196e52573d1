using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>
/// The API's own composition (Program.cs, every module as it is registered there) with the
/// function's environment from the template, in Production, as Lambda would start it; captured once
/// every service is registered and before anything is built or started. A value the stack fills
/// from a resource (Ref/GetAtt) becomes "ref:LogicalId", so each table a module registers names the
/// very resource it would use in AWS.
/// </summary>
public static class DeployedApp
{
    public const string RefPrefix = "ref:";

    /// <summary>The function's environment as settings. Without SECRET_PARAMETERS: nothing here may
    /// call SSM, and the composition does not depend on the secrets' values.</summary>
    public static IReadOnlyDictionary<string, string?> Settings(JsonObject template) =>
        template.FunctionEnvironment().Where(variable => variable.Key != ShopSettings.SecretParameters).ToDictionary(
            variable => variable.Key,
            variable => (string?)(variable.Value is JsonValue literal
                ? literal.ToString()
                : RefPrefix + template.ReferencedIds(variable.Value).Single()));

    /// <summary>Every service Program.cs registers when started with the template's environment.</summary>
    public static IReadOnlyList<ServiceDescriptor> Services(JsonObject template)
    {
        using var app = new CompositionOnly(Settings(template));
        try
        {
            _ = app.Services;
        }
        catch (Exception e) when (Captured(e) is { } captured)
        {
            return captured.Services;
        }
        throw new InvalidOperationException("The host started without its services being captured");
    }

    /// <summary>The tables the modules register, as they would ask for them in AWS.</summary>
    public static IReadOnlyList<TableDefinition> Tables(JsonObject template) =>
        [.. Services(template).Where(s => s.ServiceType == typeof(TableDefinition)).Select(s => (TableDefinition)s.ImplementationInstance!)];

    private static CompositionCaptured? Captured(Exception? e) =>
        e switch
        {
            null => null,
            CompositionCaptured captured => captured,
            AggregateException many => many.InnerExceptions.Select(Captured).FirstOrDefault(c => c is not null),
            _ => Captured(e.InnerException),
        };

    /// <summary>Runs Program.cs up to the host's build, with test services last: they copy the
    /// registrations and stop the build, so nothing starts and nothing calls AWS.</summary>
    private sealed class CompositionOnly(IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
            builder.ConfigureTestServices(services => throw new CompositionCaptured([.. services]));
        }
    }

    private sealed class CompositionCaptured(IReadOnlyList<ServiceDescriptor> services) : Exception("composition captured")
    {
        public IReadOnlyList<ServiceDescriptor> Services { get; } = services;
    }
}
