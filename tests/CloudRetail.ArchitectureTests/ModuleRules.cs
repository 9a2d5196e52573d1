using System.Reflection;
using System.Runtime.CompilerServices;

namespace CloudRetail.ArchitectureTests;

/// <summary>The boundary rules, as functions from assemblies to violations, so each can be shown
/// to catch a deliberately broken example as well as to pass on the real modules.</summary>
public static class ModuleRules
{
    /// <summary>What the host references besides modules: the shared kit, and the constants app and stack share.</summary>
    private static readonly HashSet<string> NotModules = ["CloudRetail.BuildingBlocks", "CloudRetail.Contracts"];

    /// <summary>Module assemblies are the CloudRetail.* assemblies beside the host, except the host
    /// itself and <see cref="NotModules"/>.</summary>
    public static IReadOnlyList<Assembly> Modules()
    {
        var host = typeof(Program).Assembly;
        return host.GetReferencedAssemblies()
            .Where(a => a.Name!.StartsWith("CloudRetail.", StringComparison.Ordinal) && !NotModules.Contains(a.Name))
            .Select(Assembly.Load)
            .ToList();
    }

    /// <summary>Only a module's own tests may see its internals; another module may not.</summary>
    public static IEnumerable<string> InternalsOpenedToOtherModules(Assembly module) =>
        module.GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName)
            .Where(friend => friend != $"{module.GetName().Name}.Tests")
            .Select(friend => $"{module.GetName().Name} opens its internals to {friend}");

    /// <summary>A module's public surface is its contract: types in its root namespace only.
    /// Endpoints, Domain and Persistence stay internal.</summary>
    public static IEnumerable<string> PublicTypesOutsideTheContract(Assembly module) =>
        module.GetExportedTypes()
            .Where(t => t.Namespace != module.GetName().Name)
            .Select(t => $"{t.FullName} is public outside the contract namespace {module.GetName().Name}");

    /// <summary>No AWS SDK type appears in what a module's public types expose.</summary>
    public static IEnumerable<string> AwsTypesInPublicContract(IEnumerable<Type> publicTypes) =>
        from type in publicTypes
        from member in ExposedTypes(type)
        where IsAwsSdk(member.Type)
        select $"{type.FullName}.{member.Name} exposes {member.Type.FullName}";

    private static bool IsAwsSdk(Type type) =>
        type.Assembly.GetName().Name!.StartsWith("AWSSDK.", StringComparison.Ordinal)
        || (type.IsGenericType && type.GetGenericArguments().Any(IsAwsSdk))
        || (type.HasElementType && IsAwsSdk(type.GetElementType()!));

    private static IEnumerable<(string Name, Type Type)> ExposedTypes(Type type)
    {
        const BindingFlags visible = BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        foreach (var property in type.GetProperties(visible))
        {
            yield return (property.Name, property.PropertyType);
        }
        foreach (var field in type.GetFields(visible))
        {
            yield return (field.Name, field.FieldType);
        }
        foreach (var method in type.GetMethods(visible).Where(m => !m.IsSpecialName))
        {
            yield return (method.Name, method.ReturnType);
            foreach (var parameter in method.GetParameters())
            {
                yield return ($"{method.Name}({parameter.Name})", parameter.ParameterType);
            }
        }
        foreach (var constructor in type.GetConstructors(visible))
        {
            foreach (var parameter in constructor.GetParameters())
            {
                yield return ($"ctor({parameter.Name})", parameter.ParameterType);
            }
        }
    }
}
