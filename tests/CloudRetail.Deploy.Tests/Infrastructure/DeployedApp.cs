using System.Reflection;
using System.Text.Json.Nodes;
using CloudRetail.BuildingBlocks.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CloudRetail.Deploy.Tests.Infrastructure;

/// <summary>
/// The API's modules configured with the function's environment from the template, as Lambda
/// would start them. A value the stack fills from a resource (Ref/GetAtt) becomes "ref:LogicalId",
/// so each table a module registers names the very resource it would use in AWS.
/// </summary>
public static class DeployedApp
{
    public const string RefPrefix = "ref:";

    /// <summary>Every public <c>AddX(IServiceCollection, IConfiguration)</c> in the CloudRetail
    /// assemblies the API references (modules, and building blocks such as idempotency), so what
    /// lands later is covered without editing this test.</summary>
    public static IReadOnlyList<MethodInfo> Registrations() =>
        typeof(Program).Assembly.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("CloudRetail.", StringComparison.Ordinal))
            .Select(Assembly.Load)
            .SelectMany(a => a.GetExportedTypes())
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static))
            .Where(m => m.Name.StartsWith("Add", StringComparison.Ordinal)
                && m.GetParameters().Select(p => p.ParameterType).SequenceEqual([typeof(IServiceCollection), typeof(IConfiguration)]))
            .ToList();

    public static IConfiguration Configuration(JsonObject template)
    {
        var settings = template.FunctionEnvironment().ToDictionary(
            variable => variable.Key,
            variable => variable.Value is JsonValue literal
                ? literal.ToString()
                : RefPrefix + template.ReferencedIds(variable.Value).Single());
        return new ConfigurationBuilder().AddInMemoryCollection(settings!).Build();
    }

    public static IReadOnlyList<TableDefinition> Tables(JsonObject template)
    {
        var configuration = Configuration(template);
        var services = new ServiceCollection();
        foreach (var register in Registrations())
        {
            register.Invoke(null, [services, configuration]);
        }
        using var provider = services.BuildServiceProvider();
        return provider.GetServices<TableDefinition>().ToList();
    }
}
